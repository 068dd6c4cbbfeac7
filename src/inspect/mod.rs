//! `keyward inspect`: what a credential is. Is it an API key or a token, whose is it, is it live,
//! does its checksum hold, what does it carry, where is it sent and where is it revoked.
//!
//! The recognisers in [`examine`] are pure: a value in, a [`Report`] out. The handler here reads
//! the value, consults the keyfile for keyward keys, and hands the report to the printer.

mod examine;

use std::path::PathBuf;

use jiff::Timestamp;
use serde::Serialize;
use serde_json::{Map, Value};

use crate::cli::InspectArgs;
use crate::detect::Mode;
use crate::error::{Outcome, Result};
use crate::keys::format::ApiKey;
use crate::keys::{self, Context, KeyView, Reason};
use crate::secret::{self, Source};
use crate::store::Store;

pub use examine::{examine, examine_bytes};

/// The answer to "is this an API key or a token?", and the other things a value can be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Credential {
    /// Identifies the calling application.
    Key,
    /// Carries a user's identity and rights.
    Token,
    /// Signs or decrypts; never sent.
    PrivateKey,
    /// A URL that is itself the credential.
    WebhookUrl,
    /// A password hash: not a credential, but it allows offline guessing.
    Hash,
    /// Verifies; not secret.
    PublicKey,
    /// A placeholder that stands for a credential (`$API_KEY`).
    Reference,
}

/// A format's own check (a checksum, a JWT header, a PEM body's DER), and whether it holds.
#[derive(Debug, Clone, Serialize)]
pub struct Check {
    pub what: &'static str,
    pub holds: bool,
}

/// What `inspect` found. The JSON form is documented in README.md and stable.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub recognised: bool,
    /// A catalog id (`github-token`, `jwt`, `keyward-key`…) or one of inspect's own formats
    /// (`phc`, `bcrypt`, `pem`, `jwk`, `jwk-set`, `der`, `reference`, `documented-example`).
    pub format: Option<&'static str>,
    pub provider: Option<&'static str>,
    /// `secret_key`, `publishable_key`, `token`, `webhook_url`, `private_key`, `public_key`,
    /// `certificate`, `password_hash`, `reference`.
    pub kind: Option<&'static str>,
    pub credential: Option<Credential>,
    /// Whether the value must be kept private.
    pub secret: bool,
    /// "GitHub secret key", for people.
    pub summary: String,
    /// The key-or-token answer in a sentence, for people.
    pub answer: &'static str,
    /// The value as far as it can be shown: a secret's first four characters and "…".
    pub redacted: String,
    /// Characters; bytes for binary input (`format` `der`, or `charset` `binary`).
    pub length: usize,
    /// Binary input: its length is in bytes.
    #[serde(skip)]
    pub binary: bool,
    pub mode: Option<Mode>,
    pub check: Option<Check>,
    /// The header the provider documents for sending it.
    pub header: Option<&'static str>,
    /// Where a leaked one is revoked, or what to do.
    pub revoke: Option<String>,
    /// Where the value is published as an example: not a leak.
    pub example: Option<&'static str>,
    pub details: Details,
}

/// What is known about a value beyond its format, by format.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum Details {
    Keyward(Box<KeywardDetails>),
    Jwt(Box<JwtDetails>),
    Key(Box<KeyDetails>),
    KeySet { keys: Vec<KeyDetails> },
    Hash(HashDetails),
    Unknown(UnknownDetails),
    None {},
}

/// A keyward key: its parts, and its record in the keyfile.
#[derive(Debug, Clone, Serialize)]
pub struct KeywardDetails {
    pub prefix: String,
    pub id: String,
    /// Where the record was looked for; null when it was not (a bad checksum, no keyfile path).
    pub keyfile: Option<PathBuf>,
    pub keyfile_exists: bool,
    /// The record, without its hash; null when there is none.
    pub record: Option<KeyView>,
    /// With `--check`: the verdict of `keys check`.
    pub verified: Option<Verified>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Verified {
    pub valid: bool,
    pub reason: Option<Reason>,
    pub message: String,
}

/// A JWT's header and claims, decoded without verifying the signature.
#[derive(Debug, Clone, Serialize)]
pub struct JwtDetails {
    pub alg: Option<String>,
    pub typ: Option<String>,
    pub kid: Option<String>,
    /// A JWE: only its header can be read.
    pub encrypted: bool,
    pub issuer: Option<String>,
    pub subject: Option<String>,
    pub audience: Vec<String>,
    /// From `scope` (space-separated), `scp` or `scopes`.
    pub scopes: Vec<String>,
    pub issued_at: Option<Timestamp>,
    pub not_before: Option<Timestamp>,
    pub expires_at: Option<Timestamp>,
    /// Null when there is no `exp`.
    pub expired: Option<bool>,
    pub not_yet_valid: bool,
    /// Always false: `keyward jwt verify` checks signatures.
    pub signature_checked: bool,
    /// Time claims present but not NumericDate numbers (`"exp": "tomorrow"`): a verifier
    /// rejects the token, or worse, ignores the claim.
    pub malformed_claims: Vec<&'static str>,
    pub header: Map<String, Value>,
    /// The payload, if it is JSON.
    pub claims: Option<Value>,
}

/// A key in a PEM block, DER, a JWK, or one of a JWK Set.
#[derive(Debug, Clone, Default, Serialize)]
pub struct KeyDetails {
    /// `pem`, `der`, `jwk`.
    pub container: &'static str,
    /// `PKCS#8`, `PKCS#1`, `SEC1`, `SPKI`, `X.509`, `OpenSSH`, `JWK`.
    pub encoding: Option<&'static str>,
    /// The PEM label: `PRIVATE KEY`, `CERTIFICATE`…
    pub label: Option<String>,
    /// `RSA`, `EC`, `Ed25519`, `oct`, or what an OpenSSH key or a JWK names.
    #[serde(rename = "type")]
    pub key_type: Option<String>,
    pub bits: Option<usize>,
    pub curve: Option<&'static str>,
    pub private: bool,
    pub encrypted: bool,
    /// "RSA 2048-bit private key".
    pub description: Option<String>,
    /// RFC 7638, of the public part; none for secret (oct) keys.
    pub thumbprint: Option<String>,
    pub kid: Option<String>,
    pub alg: Option<String>,
    #[serde(rename = "use")]
    pub key_use: Option<String>,
    pub certificate: Option<CertificateDetails>,
    /// Why keyward cannot read the key, or would not sign or verify with it.
    pub problem: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CertificateDetails {
    pub subject: String,
    pub issuer: String,
    pub not_before: Option<Timestamp>,
    pub not_after: Option<Timestamp>,
    pub expired: bool,
}

/// A password hash's algorithm and costs; never its salt or output.
#[derive(Debug, Clone, Default, Serialize)]
pub struct HashDetails {
    pub algorithm: String,
    pub version: Option<u32>,
    /// The parameters as written: `m=19456,t=2,p=1`.
    pub params: String,
    pub memory_kib: Option<u32>,
    pub iterations: Option<u32>,
    pub parallelism: Option<u32>,
    /// bcrypt's cost: log2 of the rounds.
    pub cost: Option<u32>,
    pub salt_bytes: Option<usize>,
    pub hash_bytes: Option<usize>,
    /// Null where keyward knows no floor for the algorithm.
    pub below_owasp_floor: Option<bool>,
    /// Why keyward would not verify it (a pepper, a malformed parameter).
    pub problem: Option<String>,
}

/// A value of no known format.
#[derive(Debug, Clone, Serialize)]
pub struct UnknownDetails {
    /// Shannon entropy of its characters.
    pub entropy_bits_per_char: f64,
    /// The same over the whole value: an upper bound on its strength as a secret.
    pub entropy_bits: f64,
    /// `decimal`, `hex`, `alphanumeric`, `base64url`, `base64`, `ascii`, `text`, `binary`.
    pub charset: &'static str,
    /// Long, mixed-case or digits, no spaces, high entropy: what a generated secret looks like.
    pub looks_generated: bool,
}

/// `keyward inspect`.
pub fn run(args: &InspectArgs, ctx: &mut Context) -> Result<Outcome> {
    ctx.printer.with_format(args.output.format);
    let (value, source) = secret::read(args.value.as_deref(), "Value to inspect: ")?;
    let mut report = match std::str::from_utf8(value.expose()) {
        Ok(text) => examine(text, ctx.now)?,
        Err(_) => examine_bytes(value.expose()),
    };
    if source == Source::Argument && report.secret {
        keys::warn_if_argv(&source, ctx.printer);
    }
    let mut valid = None;
    if let Details::Keyward(details) = &mut report.details
        && report.check.as_ref().is_some_and(|c| c.holds)
    {
        let text = std::str::from_utf8(value.expose()).unwrap_or_default();
        valid = look_up(details, text, args.check, ctx)?;
    }
    if args.check && valid.is_none() && report.recognised {
        ctx.printer
            .note("--check verifies keyward keys; this is not one, or its checksum fails");
    }
    ctx.printer.inspection(&report, ctx.now)?;
    let answer = if args.check {
        valid.unwrap_or(false)
    } else {
        report.recognised
    };
    Ok(if answer {
        Outcome::Success
    } else {
        Outcome::Negative
    })
}

/// Finds a keyward key's record, and with `check` verifies the key as `keys check` does. Returns
/// the verdict when there was one.
fn look_up(
    details: &mut KeywardDetails,
    text: &str,
    check: bool,
    ctx: &mut Context,
) -> Result<Option<bool>> {
    let store = match Store::locate(ctx.keyfile.clone(), ctx.insecure_keyfile) {
        Ok(store) => store,
        Err(e) if !check => {
            ctx.printer.note(format!("the keyfile was not read: {e}"));
            return Ok(None);
        }
        Err(e) => return Err(e),
    };
    details.keyfile = Some(store.path().to_owned());
    details.keyfile_exists = store.exists();
    if !details.keyfile_exists && !check {
        return Ok(None);
    }
    for warning in store.warnings()? {
        ctx.printer.warn(warning);
    }
    if !check {
        details.record = store.find(&details.id)?.map(|r| KeyView::of(&r, ctx.now));
        return Ok(None);
    }
    let key = ApiKey::parse(crate::jwt::token::extract(text))
        .map_err(|e| crate::error::Error::Input(e.to_string()))?;
    let report = keys::check_parsed(&key, &store, &[], ctx.now)?;
    details.record = report.key;
    details.verified = Some(Verified {
        valid: report.valid,
        reason: report.reason,
        message: report.message,
    });
    Ok(Some(report.valid))
}
