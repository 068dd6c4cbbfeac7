//! JSON Web Tokens: `keyward jwt encode|decode|verify|keygen|jwk|thumbprint`.
//!
//! The handlers read input, load keys and hand results to the printer; parsing ([`token`]),
//! keys ([`key`]), cryptography ([`crypto`]) and claim checks ([`claims`]) are free of I/O.

pub mod alg;
pub mod claims;
pub mod crypto;
pub mod jwk;
pub mod key;
pub mod keygen;
pub mod pkcs8;
pub mod roca;
pub mod token;

use std::collections::HashMap;
use std::io::{self, BufRead, IsTerminal, Read};

use base64ct::Encoding;
use jiff::Timestamp;
use serde::Serialize;
use serde_json::{Map, Value};
use zeroize::Zeroizing;

use crate::cli::{DecodeArgs, EncodeArgs, JwtCommand, KeyFileArg, KeySourceArgs, VerifyArgs};
use crate::error::{Error, Outcome, Result};
use crate::output::Printer;
use crate::secret::{self, Source};
use crate::time;
use alg::{Alg, Family};
use claims::{Expectations, Kind, Rejection};
use key::{Key, Loaded, Purpose};
use token::{Jws, Token};

/// `keyward jwt …`.
pub fn run(command: &JwtCommand, printer: &mut Printer, now: Timestamp) -> Result<Outcome> {
    match command {
        JwtCommand::Encode(args) => encode(args, printer, now),
        JwtCommand::Decode(args) => decode(args, printer, now),
        JwtCommand::Verify(args) => verify(args, printer, now),
        JwtCommand::Keygen(args) => keygen::run(args, printer),
        JwtCommand::Jwk(args) => {
            let key = single_key(&load_key_file(&args.key)?)?;
            let alg = key.default_alg();
            // Only signing keys: a JWK for encryption must not come out marked use=sig.
            key::check_usable(&key, alg, Purpose::Verify, true)
                .map_err(|why| Error::Input(format!("not a signing key: {why}")))?;
            let jwk = jwk::public_jwk(&key.material, key.kid.as_deref(), Some(alg.name()))
                .ok_or_else(|| Error::Input("an HMAC secret has no public JWK".into()))?;
            printer.json(&jwk)?;
            Ok(Outcome::Success)
        }
        JwtCommand::Thumbprint(args) => thumbprint(args, printer),
    }
}

fn thumbprint(args: &KeyFileArg, printer: &mut Printer) -> Result<Outcome> {
    let key = single_key(&load_key_file(&args.key)?)?;
    if key.material.family() == Family::Hmac {
        return Err(Error::Usage(
            "an HMAC secret has no public thumbprint (its hash would help guess it)".into(),
        ));
    }
    printer.line(jwk::thumbprint(&key.material))?;
    Ok(Outcome::Success)
}

// ---------------------------------------------------------------------------------------------
// Keys from the command line

/// Reads `--key PATH|-`.
fn load_key_file(arg: &str) -> Result<Loaded> {
    let bytes = Zeroizing::new(if arg == "-" {
        let mut bytes = Vec::new();
        io::stdin()
            .lock()
            .take(secret::MAX_SECRET_BYTES as u64 * 4)
            .read_to_end(&mut bytes)
            .map_err(|e| Error::Input(format!("reading the key from stdin: {e}")))?;
        bytes
    } else {
        std::fs::read(arg).map_err(|e| Error::Input(format!("key file {arg}: {e}")))?
    });
    let what = if arg == "-" { "stdin" } else { arg };
    key::load(&bytes).map_err(|e| Error::Input(format!("key {what}: {e}")))
}

/// Reads `--secret VALUE`: `b64:` and `b64url:` (padded or not, inline or from a source) on top
/// of the usual sources.
fn read_secret(value: Option<&str>, printer: &mut Printer) -> Result<Zeroizing<Vec<u8>>> {
    let decode = |encoded: &str, url: bool| -> Result<Zeroizing<Vec<u8>>> {
        let trimmed = encoded.trim().trim_end_matches('=');
        let decoded = if url {
            base64ct::Base64UrlUnpadded::decode_vec(trimmed)
        } else {
            base64ct::Base64Unpadded::decode_vec(trimmed)
        };
        let prefix = if url { "b64url:" } else { "b64:" };
        match decoded {
            Ok(bytes) if bytes.is_empty() => Err(Error::Input(format!(
                "--secret {prefix}: the secret is empty"
            ))),
            Ok(bytes) => Ok(Zeroizing::new(bytes)),
            Err(_) => Err(Error::Input(format!(
                "--secret {prefix}…: not valid base64"
            ))),
        }
    };
    // `b64url:@hs.key` (what `jwt keygen --alg HS256 --out hs.key` writes), `b64:env:NAME`,
    // `b64:-`: the encoded text comes from the usual sources too.
    let encoded = |rest: &str, url: bool, printer: &mut Printer| {
        if Source::of(Some(rest), false) == Source::Argument {
            warn_argv(printer);
            return decode(rest, url);
        }
        let (text, _) = secret::read(Some(rest), "HMAC secret: ")?;
        let text = std::str::from_utf8(text.expose())
            .map_err(|_| Error::Input("--secret b64…: the encoded secret is not text".into()))?;
        decode(text, url)
    };
    match value {
        Some(v) if v.starts_with("b64:") => encoded(&v[4..], false, printer),
        Some(v) if v.starts_with("b64url:") => encoded(&v[7..], true, printer),
        other => {
            let (secret, source) = secret::read(other, "HMAC secret: ")?;
            if source == Source::Argument {
                warn_argv(printer);
            }
            Ok(secret.into_bytes())
        }
    }
}

fn warn_argv(printer: &mut Printer) {
    printer.note(
        "a secret on the command line is visible to other users (ps) and in shell history; \
         prefer --secret @FILE, env:NAME or -",
    );
}

/// The key or keys named by `--secret` / `--key`, or a prompt for a secret on a terminal.
fn load_keys(args: &KeySourceArgs, token_on_stdin: bool, printer: &mut Printer) -> Result<Loaded> {
    if let Some(path) = &args.key {
        if path == "-" && token_on_stdin {
            return Err(Error::Usage(
                "the token and the key cannot both come from stdin".into(),
            ));
        }
        return load_key_file(path);
    }
    let secret_from_stdin = match args.secret.as_deref() {
        Some("-") => true,
        None => !io::stdin().is_terminal(),
        Some(_) => false,
    };
    if secret_from_stdin && token_on_stdin {
        return Err(Error::Usage(
            "give the key with --secret VALUE or --key PATH: stdin holds the token".into(),
        ));
    }
    let bytes = read_secret(args.secret.as_deref(), printer)?;
    let key = key::hmac_secret(bytes).map_err(|e| Error::Usage(format!("--secret: {e}")))?;
    Ok(Loaded {
        entries: vec![key::Entry {
            kid: None,
            key: Ok(key),
        }],
        is_set: false,
    })
}

/// The one key of what was loaded (signing, `jwk`, `thumbprint`).
fn single_key(loaded: &Loaded) -> Result<Key> {
    match loaded.entries.as_slice() {
        [entry] => entry
            .key
            .clone()
            .map_err(|why| Error::Input(format!("the key cannot be used: {why}"))),
        [] => Err(Error::Input("the JWK Set is empty".into())),
        many => Err(Error::Input(format!(
            "the JWK Set holds {} keys; give a file with one key",
            many.len()
        ))),
    }
}

// ---------------------------------------------------------------------------------------------
// encode

fn encode(args: &EncodeArgs, printer: &mut Printer, now: Timestamp) -> Result<Outcome> {
    let from_stdin = [&args.claims_json, &args.from_json]
        .iter()
        .any(|a| a.as_deref() == Some("-"));
    let loaded = load_keys(&args.key, from_stdin, printer)?;
    let key = single_key(&loaded)?;
    let alg = args.alg.unwrap_or_else(|| key.default_alg());
    key::check_usable(&key, alg, Purpose::Sign, args.key.allow_weak_key)
        .map_err(|why| Error::Usage(format!("cannot sign {alg} with this key: {why}")))?;

    let (mut header, mut claims) = match &args.from_json {
        Some(source) => from_decoded(&read_json_arg(source, "--from-json")?)?,
        None => (Map::new(), Map::new()),
    };
    // The names given as claims (not re-signed from --from-json), to tell conflicts with flags.
    let mut given: Vec<String> = Vec::new();
    if let Some(source) = &args.claims_json {
        match read_json_arg(source, "--claims")? {
            Value::Object(map) => {
                given.extend(map.keys().cloned());
                claims.extend(map);
            }
            _ => return Err(Error::Usage("--claims must be a JSON object".into())),
        }
    }
    for pair in &args.claims {
        let (name, value) = name_value(pair, "--claim")?;
        given.push(name.clone());
        claims.insert(name, value);
    }
    // A flag and a claim naming the same thing (`--sub a -c sub=b`): neither silently wins.
    let flags = [
        ("iss", args.iss.is_some()),
        ("sub", args.sub.is_some()),
        ("aud", !args.aud.is_empty()),
        ("exp", args.exp.is_some()),
        ("nbf", args.nbf.is_some()),
        ("jti", args.jti.is_some()),
    ];
    if let Some((name, _)) = flags
        .iter()
        .find(|(name, flag)| *flag && given.iter().any(|g| g == name))
    {
        return Err(Error::Usage(format!(
            "--{name} and a {name} claim (-c or --claims) are both given; keep one"
        )));
    }
    set_claims(args, &mut claims, now)?;
    claims::well_formed(&claims)
        .map_err(|r| Error::Usage(format!("jwt verify would reject this token: {}", r.message)))?;

    header.remove("alg");
    header.insert("typ".into(), Value::String(args.typ.clone()));
    // `--kid ''` leaves the header without one. A key pair without a kid of its own (a PEM file)
    // gets its RFC 7638 thumbprint, the kid `jwt keygen` and `jwt jwk` report for it; an HMAC
    // secret none (its hash would help guess a weak one).
    let thumbprint =
        || (key.material.family() != alg::Family::Hmac).then(|| jwk::thumbprint(&key.material));
    if let Some(kid) = args
        .kid
        .clone()
        .or_else(|| key.kid.clone())
        .or_else(thumbprint)
        && !kid.is_empty()
    {
        header.insert("kid".into(), Value::String(kid));
    }
    for pair in &args.headers {
        let (name, value) = name_value(pair, "--header")?;
        if name == "alg" {
            return Err(Error::Usage("--header cannot set alg; use --alg".into()));
        }
        header.insert(name, value);
    }
    header.insert("alg".into(), Value::String(alg.name().into()));

    let signer = crypto::Signer::new(&key.material, alg).map_err(Error::Input)?;
    let signing_input = format!(
        "{}.{}",
        token::encode_segment(&serde_json::to_vec(&header).map_err(json_error)?),
        token::encode_segment(&serde_json::to_vec(&claims).map_err(json_error)?)
    );
    let signature = signer
        .sign(signing_input.as_bytes())
        .map_err(Error::Input)?;
    printer.line(format!("{signing_input}.{signature}"))?;
    Ok(Outcome::Success)
}

fn json_error(e: serde_json::Error) -> Error {
    Error::Input(e.to_string())
}

/// The flags that name claims: `--iss`, `--sub`, `--aud`, `--exp`, `--nbf`, `--jti`, and `iat`.
fn set_claims(args: &EncodeArgs, claims: &mut Map<String, Value>, now: Timestamp) -> Result<()> {
    let string = |s: &String| Value::String(s.clone());
    if let Some(iss) = &args.iss {
        claims.insert("iss".into(), string(iss));
    }
    if let Some(sub) = &args.sub {
        claims.insert("sub".into(), string(sub));
    }
    match args.aud.as_slice() {
        [] => {}
        [one] => {
            claims.insert("aud".into(), string(one));
        }
        many => {
            claims.insert(
                "aud".into(),
                Value::Array(many.iter().map(string).collect()),
            );
        }
    }
    for (name, arg) in [("exp", &args.exp), ("nbf", &args.nbf)] {
        if let Some(when) = arg {
            let at =
                time::parse_moment(when, now).map_err(|e| Error::Usage(format!("--{name} {e}")))?;
            claims.insert(name.into(), Value::from(at.as_second()));
        }
    }
    match args.jti.as_deref() {
        None => {}
        Some("auto") => {
            let mut id = [0u8; 16];
            rand::TryRng::try_fill_bytes(&mut rand::rngs::SysRng, &mut id)
                .map_err(|e| Error::Random(e.to_string()))?;
            claims.insert("jti".into(), Value::String(token::encode_segment(&id)));
        }
        Some(jti) => {
            claims.insert("jti".into(), Value::String(jti.into()));
        }
    }
    if !args.no_iat && !claims.contains_key("iat") {
        claims.insert("iat".into(), Value::from(now.as_second()));
    }
    Ok(())
}

/// `name=text` or `name:=JSON`.
fn name_value(pair: &str, flag: &str) -> Result<(String, Value)> {
    let Some(eq) = pair.find('=') else {
        return Err(Error::Usage(format!(
            "{flag} {pair:?}: expected NAME=VALUE or NAME:=JSON"
        )));
    };
    let (name, value) = (&pair[..eq], &pair[eq + 1..]);
    let (name, value) = match name.strip_suffix(':') {
        Some(name) => (
            name,
            serde_json::from_str(value)
                .map_err(|e| Error::Usage(format!("{flag} {name}:= is not JSON: {e}")))?,
        ),
        None => (name, Value::String(value.to_owned())),
    };
    if name.is_empty() {
        return Err(Error::Usage(format!("{flag} {pair:?}: the name is empty")));
    }
    Ok((name.to_owned(), value))
}

/// A JSON argument: literal JSON, `@FILE` or `-`.
fn read_json_arg(arg: &str, flag: &str) -> Result<Value> {
    let text = match arg {
        "-" => {
            let mut text = String::new();
            io::stdin()
                .lock()
                .read_to_string(&mut text)
                .map_err(|e| Error::Input(format!("{flag} -: {e}")))?;
            text
        }
        _ => match arg.strip_prefix('@') {
            Some(path) => std::fs::read_to_string(path)
                .map_err(|e| Error::Input(format!("{flag} {path}: {e}")))?,
            None => arg.to_owned(),
        },
    };
    serde_json::from_str(&text).map_err(|e| {
        Error::Input(format!(
            "{flag}: not JSON: line {}, column {}: {}",
            e.line(),
            e.column(),
            e.to_string()
                .rsplit_once(" at line ")
                .map_or(e.to_string(), |(m, _)| m.to_owned())
        ))
    })
}

/// `{header, payload, …}` from `jwt decode --format json` → the header and claims to re-sign.
fn from_decoded(value: &Value) -> Result<(Map<String, Value>, Map<String, Value>)> {
    let object = |name: &str| match value.get(name) {
        Some(Value::Object(map)) => Ok(map.clone()),
        _ => Err(Error::Usage(format!(
            "--from-json expects the output of keyward jwt decode --format json, with a {name} object"
        ))),
    };
    Ok((object("header")?, object("payload")?))
}

// ---------------------------------------------------------------------------------------------
// decode

/// `jwt decode --format json`.
#[derive(Debug, Serialize)]
pub struct Decoded<'a> {
    pub header: &'a Map<String, Value>,
    /// The payload: its JSON if it is JSON, else its text, else null (see payload_base64url).
    pub payload: Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payload_base64url: Option<String>,
    pub signature: Option<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub encrypted: bool,
}

impl<'a> Decoded<'a> {
    fn of(token: &'a Token<'_>) -> Decoded<'a> {
        match token {
            Token::Jwe { header } => Decoded {
                header,
                payload: Value::Null,
                payload_base64url: None,
                signature: None,
                encrypted: true,
            },
            Token::Jws(jws) => {
                let (payload, raw) = match &jws.payload_json {
                    Some(value) => (value.clone(), None),
                    None => match std::str::from_utf8(&jws.payload) {
                        Ok(text) => (Value::String(text.to_owned()), None),
                        Err(_) => (Value::Null, Some(token::encode_segment(&jws.payload))),
                    },
                };
                Decoded {
                    header: &jws.header,
                    payload,
                    payload_base64url: raw,
                    signature: Some(token::encode_segment(&jws.signature)),
                    encrypted: false,
                }
            }
        }
    }
}

/// A line of stdin longer than this is not a token; it is reported, not read into memory.
const MAX_TOKEN_LINE: u64 = 1 << 20;

/// Tokens from the argument, or one per line of stdin, read as they come: a batch of 100 000
/// tokens is never held in memory at once. A line that is not UTF-8, or too long, becomes a
/// token that fails to parse, so the rest of the batch is still checked.
struct Tokens {
    /// The first tokens, read ahead to learn whether there are several.
    ahead: std::collections::VecDeque<String>,
    stdin: Option<io::StdinLock<'static>>,
    several: bool,
}

/// A token is a bearer credential: on argv, others can read it as they read a secret.
fn note_if_argv(arg: Option<&str>, printer: &mut Printer) {
    if arg.is_some_and(|t| t != "-") {
        printer.note(
            "a token on the command line is visible to other users (ps) and in shell history; \
             prefer stdin (keyward jwt … - < FILE, or a pipe)",
        );
    }
}

impl Tokens {
    fn from(arg: Option<&str>) -> Result<Tokens> {
        if let Some(token) = arg.filter(|t| *t != "-") {
            return Ok(Tokens {
                ahead: [token.to_owned()].into(),
                stdin: None,
                several: false,
            });
        }
        if io::stdin().is_terminal() {
            return Err(Error::Usage("give a token, or pipe tokens on stdin".into()));
        }
        let mut tokens = Tokens {
            ahead: Default::default(),
            stdin: Some(io::stdin().lock()),
            several: false,
        };
        while tokens.ahead.len() < 2 {
            match tokens.read_line()? {
                Some(line) => tokens.ahead.push_back(line),
                None => break,
            }
        }
        if tokens.ahead.is_empty() {
            return Err(Error::Input("no token on stdin".into()));
        }
        tokens.several = tokens.ahead.len() > 1;
        Ok(tokens)
    }

    /// The next non-blank line of stdin.
    fn read_line(&mut self) -> Result<Option<String>> {
        let Some(stdin) = self.stdin.as_mut() else {
            return Ok(None);
        };
        let failed = |e: io::Error| Error::Input(format!("reading stdin: {e}"));
        let mut line = Vec::new();
        loop {
            line.clear();
            let read = stdin
                .by_ref()
                .take(MAX_TOKEN_LINE)
                .read_until(b'\n', &mut line)
                .map_err(failed)?;
            if read == 0 {
                return Ok(None);
            }
            if line.last() != Some(&b'\n') && read as u64 == MAX_TOKEN_LINE {
                // Skip the rest of the overlong line, and let the parser reject what was read.
                let mut rest = Vec::new();
                while stdin.read_until(b'\n', &mut rest).map_err(failed)? > 0
                    && rest.last() != Some(&b'\n')
                {
                    rest.clear();
                }
                return Ok(Some("(a line longer than 1 MiB)".into()));
            }
            let text = String::from_utf8_lossy(&line);
            if !text.trim().is_empty() {
                return Ok(Some(text.trim_end_matches(['\n', '\r']).to_owned()));
            }
        }
    }

    fn next(&mut self) -> Result<Option<String>> {
        match self.ahead.pop_front() {
            Some(token) => Ok(Some(token)),
            None => self.read_line(),
        }
    }
}

fn decode(args: &DecodeArgs, printer: &mut Printer, now: Timestamp) -> Result<Outcome> {
    printer.with_format(args.output.format);
    let mut tokens = Tokens::from(args.token.as_deref())?;
    note_if_argv(args.token.as_deref(), printer);
    printer.note("decoded without verifying the signature; use keyward jwt verify to check it");
    let mut outcome = Outcome::Success;
    let mut count = 0;
    while let Some(input) = tokens.next()? {
        count += 1;
        let line = tokens.several.then_some(count);
        match token::parse(token::extract(&input)) {
            Ok(token) => printer.decoded(&Decoded::of(&token), line, now)?,
            Err(malformed) => {
                outcome = Outcome::Negative;
                printer.malformed_token(&malformed.0, line)?;
            }
        }
    }
    Ok(outcome)
}

// ---------------------------------------------------------------------------------------------
// verify

/// What `jwt verify` reports for one token.
#[derive(Debug, Serialize)]
pub struct Verdict<'a> {
    pub valid: bool,
    pub error: Option<Rejection>,
    pub header: Option<&'a Map<String, Value>>,
    /// Only for a valid token: unverified claims are never printed as if they were.
    pub claims: Option<&'a Map<String, Value>>,
    pub key: Option<KeyInfo>,
}

/// Which key verified (or was to verify) a token.
#[derive(Debug, Clone, Serialize)]
pub struct KeyInfo {
    pub kid: Option<String>,
    /// RFC 7638 thumbprint; none for HMAC secrets, whose hash would help guess a weak one.
    pub thumbprint: Option<String>,
    #[serde(rename = "type")]
    pub kind: String,
    pub alg: Alg,
}

/// Everything fixed for a run of `jwt verify`: the keys, the algorithms, the expectations, and
/// each key made ready (checked, parsed, described) once for all the tokens of a batch.
struct VerifyPlan {
    loaded: Loaded,
    allowed: Vec<Alg>,
    expect: Expectations,
    allow_weak: bool,
    /// `--alg` was given: it overrides what the keys declare.
    explicit_algs: bool,
    prepared: HashMap<(usize, Alg), std::result::Result<(crypto::Verifier, KeyInfo), Failure>>,
}

/// A key checked against the policy and parsed for `alg`, or why it cannot verify `alg`.
fn prepare(
    entry: &key::Entry,
    alg: Alg,
    allow_weak: bool,
    explicit_algs: bool,
) -> std::result::Result<(crypto::Verifier, KeyInfo), Failure> {
    let key = entry
        .key
        .as_ref()
        .map_err(|why| (Rejection::new(Kind::InvalidKey, why.clone()), None))?;
    let info = KeyInfo {
        kid: key.kid.clone().or_else(|| entry.kid.clone()),
        thumbprint: (key.material.family() != Family::Hmac).then(|| jwk::thumbprint(&key.material)),
        kind: key.material.describe(),
        alg,
    };
    let fail = |kind, why: String| (Rejection::new(kind, why), Some(info.clone()));
    if key.material.family() != alg.family() {
        return Err(fail(
            Kind::AlgNotAllowed,
            format!(
                "the token is signed with {alg}, which the {} cannot verify",
                key.material.describe()
            ),
        ));
    }
    // Without --alg, a key that declares its algorithm verifies that algorithm only.
    if let Some(declared) = key.declared()
        && !explicit_algs
        && !declared.same_as(alg)
    {
        return Err(fail(
            Kind::AlgNotAllowed,
            format!("the token is signed with {alg}; its key declares {declared}"),
        ));
    }
    key::check_usable(key, alg, Purpose::Verify, allow_weak)
        .map_err(|why| fail(Kind::InvalidKey, why))?;
    let verifier =
        crypto::Verifier::new(&key.material, alg).map_err(|why| fail(Kind::InvalidKey, why))?;
    Ok((verifier, info))
}

fn verify(args: &VerifyArgs, printer: &mut Printer, now: Timestamp) -> Result<Outcome> {
    printer.with_format(args.output.format);
    let token_on_stdin = args.token.as_deref().is_none_or(|t| t == "-");
    let loaded = match (&args.jwks, &args.oidc) {
        (Some(url), _) => fetch::jwks(url, args.timeout)?,
        (None, Some(issuer)) => fetch::oidc(issuer, args.timeout)?,
        (None, None) => load_keys(&args.key, token_on_stdin, printer)?,
    };
    let duration = |flag: &str, value: &str| {
        time::parse_duration(value).map_err(|e| Error::Usage(format!("{flag} {e}")))
    };
    let leeway = duration("--leeway", &args.leeway)?;
    let max_age = args
        .max_age
        .as_deref()
        .map(|m| duration("--max-age", m))
        .transpose()?;
    if leeway.is_negative() || max_age.is_some_and(|m| m.is_negative()) {
        return Err(Error::Usage(
            "--leeway and --max-age cannot be negative".into(),
        ));
    }
    let expect = Expectations {
        issuer: args.iss.clone().or_else(|| args.oidc.clone()),
        audiences: args.aud.clone(),
        subject: args.sub.clone(),
        required: args.require.clone(),
        max_age,
        leeway,
        ignore_exp: args.ignore_exp,
    };
    if loaded.entries.is_empty() {
        return Err(Error::Input("the JWK Set holds no keys".into()));
    }
    let allowed = if args.alg.is_empty() {
        algs_for(&loaded)
    } else {
        args.alg.clone()
    };
    if leeway.is_zero() && !printer.is_json() {
        printer.note("checking exp and nbf with no clock-skew leeway (--leeway to allow some)");
    }
    let mut plan = VerifyPlan {
        loaded,
        allowed,
        expect,
        allow_weak: args.key.allow_weak_key,
        explicit_algs: !args.alg.is_empty(),
        prepared: HashMap::new(),
    };
    let mut tokens = Tokens::from(args.token.as_deref())?;
    note_if_argv(args.token.as_deref(), printer);
    let mut all_valid = true;
    let mut count = 0;
    while let Some(input) = tokens.next()? {
        count += 1;
        let parsed = token::parse(token::extract(&input));
        let result = match &parsed {
            Err(malformed) => Err((Rejection::new(Kind::Malformed, &malformed.0), None)),
            Ok(Token::Jwe { .. }) => Err((
                Rejection::new(
                    Kind::UnsupportedAlg,
                    "this is an encrypted token (JWE); keyward verifies signed tokens (JWS)",
                ),
                None,
            )),
            Ok(Token::Jws(jws)) => plan.check(jws, now),
        };
        let header = match &parsed {
            Ok(Token::Jws(jws)) => Some(&jws.header),
            Ok(Token::Jwe { header }) => Some(header),
            Err(_) => None,
        };
        let verdict = match result {
            Ok(info) => Verdict {
                valid: true,
                error: None,
                header,
                claims: match &parsed {
                    Ok(Token::Jws(jws)) => jws.claims(),
                    _ => None,
                },
                key: Some(info),
            },
            Err((rejection, info)) => {
                all_valid = false;
                Verdict {
                    valid: false,
                    error: Some(rejection),
                    header,
                    claims: None,
                    key: info,
                }
            }
        };
        printer.verdict(&verdict, tokens.several.then_some(count), now)?;
    }
    Ok(if all_valid {
        Outcome::Success
    } else {
        Outcome::Negative
    })
}

/// The algorithms a key set can verify: each key's declared `alg`, or else its family's.
fn algs_for(loaded: &Loaded) -> Vec<Alg> {
    let mut algs: Vec<Alg> = Vec::new();
    for key in loaded.entries.iter().filter_map(|e| e.key.as_ref().ok()) {
        let for_key = match key.declared() {
            Some(alg) if alg.family() == Family::Ed25519 => vec![Alg::EdDSA, Alg::Ed25519],
            Some(alg) => vec![alg],
            None => Alg::of_family(key.material.family()),
        };
        for alg in for_key {
            if !algs.contains(&alg) {
                algs.push(alg);
            }
        }
    }
    algs
}

type Failure = (Rejection, Option<KeyInfo>);

impl VerifyPlan {
    /// Algorithm, key, signature, then claims: the first failure decides.
    fn check(&mut self, jws: &Jws, now: Timestamp) -> std::result::Result<KeyInfo, Failure> {
        let reject = |kind, message: String| (Rejection::new(kind, message), None);
        if jws.alg.eq_ignore_ascii_case("none") {
            return Err(reject(
                Kind::AlgNotAllowed,
                format!("alg {:?}: unsigned tokens are never accepted", jws.alg),
            ));
        }
        let alg: Alg = jws.alg.parse().map_err(|_| {
            reject(
                Kind::UnsupportedAlg,
                format!("alg {:?} is not a JWS algorithm keyward verifies", jws.alg),
            )
        })?;
        // With no usable key there is nothing to allow: the key's own problem is reported below.
        let usable_keys = !self.allowed.is_empty() || self.explicit_algs;
        if usable_keys && !self.allowed.contains(&alg) {
            let allowed: Vec<&str> = self.allowed.iter().map(|a| a.name()).collect();
            return Err(reject(
                Kind::AlgNotAllowed,
                format!(
                    "the token is signed with {alg}; accepted here: {}",
                    if allowed.is_empty() {
                        "none".to_owned()
                    } else {
                        allowed.join(", ")
                    }
                ),
            ));
        }
        if let Some(crit) = jws.header.get("crit") {
            let names = crit
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(Value::as_str)
                        .collect::<Vec<_>>()
                        .join(", ")
                })
                .unwrap_or_default();
            return Err(reject(
                Kind::Malformed,
                format!(
                    "the header marks {names:?} critical (crit), and keyward does not understand them"
                ),
            ));
        }
        // A nested JWT carries its claims in the inner token, which this check would not look
        // at: an expired inner token would pass as "no claims" (RFC 7519 §5.2).
        let nested = jws
            .header
            .get("cty")
            .and_then(Value::as_str)
            .is_some_and(|cty| cty.eq_ignore_ascii_case("JWT"));
        if nested {
            return Err(reject(
                Kind::Malformed,
                "the token is a nested JWT (cty: JWT): its claims are in the inner token, which \
                 is not checked here; take it out (keyward jwt decode) and verify it"
                    .into(),
            ));
        }
        let candidates = self.select(jws, alg)?;
        let mut last_failure = None;
        for index in candidates {
            let prepared = match self.prepared.entry((index, alg)) {
                std::collections::hash_map::Entry::Occupied(slot) => slot.into_mut(),
                std::collections::hash_map::Entry::Vacant(slot) => slot.insert(prepare(
                    &self.loaded.entries[index],
                    alg,
                    self.allow_weak,
                    self.explicit_algs,
                )),
            };
            let (verifier, info) = match prepared {
                Ok(ready) => ready,
                Err(failure) => {
                    last_failure = Some(failure.clone());
                    continue;
                }
            };
            if !verifier.verify(jws.signing_input.as_bytes(), &jws.signature) {
                last_failure = Some((
                    Rejection::new(
                        Kind::InvalidSignature,
                        "the signature does not match the token and the key",
                    ),
                    Some(info.clone()),
                ));
                continue;
            }
            return match claims::check(jws.claims(), &self.expect, now) {
                Ok(()) => Ok(info.clone()),
                Err(rejection) => Err((rejection, Some(info.clone()))),
            };
        }
        Err(last_failure
            .unwrap_or_else(|| reject(Kind::KeyNotFound, "no key to verify with".into())))
    }

    /// The entries that may verify this token: by `kid` in a JWK Set, else every key of the
    /// algorithm's type.
    fn select(&self, jws: &Jws, alg: Alg) -> std::result::Result<Vec<usize>, Failure> {
        let entries = &self.loaded.entries;
        let reject = |kind, message: String| (Rejection::new(kind, message), None);
        if !self.loaded.is_set {
            return match entries.first() {
                Some(key::Entry { key: Err(why), .. }) => {
                    Err(reject(Kind::InvalidKey, why.clone()))
                }
                Some(_) => Ok(vec![0]),
                None => Err(reject(Kind::KeyNotFound, "no key".into())),
            };
        }
        let families: Vec<Family> = entries
            .iter()
            .filter_map(|e| e.key.as_ref().ok())
            .map(|k| k.material.family())
            .collect();
        if families.contains(&Family::Hmac) && families.iter().any(|f| *f != Family::Hmac) {
            return Err(reject(
                Kind::InvalidKey,
                "the JWK Set mixes secret (oct) keys with public keys; keep secrets out of key sets".into(),
            ));
        }
        let kids = || {
            let kids: Vec<&str> = entries.iter().filter_map(|e| e.kid.as_deref()).collect();
            if kids.is_empty() {
                "none".to_owned()
            } else {
                kids.join(", ")
            }
        };
        match jws.header.get("kid") {
            Some(Value::String(kid)) => {
                let matching: Vec<usize> = (0..entries.len())
                    .filter(|&i| entries[i].kid.as_deref() == Some(kid))
                    .collect();
                match matching.as_slice() {
                    [] => Err(reject(
                        Kind::KeyNotFound,
                        format!("no key with kid {kid:?} in the set (kids: {})", kids()),
                    )),
                    [one] => match &entries[*one].key {
                        Ok(_) => Ok(vec![*one]),
                        Err(why) => Err(reject(Kind::InvalidKey, format!("key {kid:?}: {why}"))),
                    },
                    many => Err(reject(
                        Kind::InvalidKey,
                        format!("{} keys in the set share kid {kid:?}", many.len()),
                    )),
                }
            }
            Some(_) => Err(reject(
                Kind::Malformed,
                "the header's kid is not a string".into(),
            )),
            None => {
                let fitting: Vec<usize> = (0..entries.len())
                    .filter(|&i| {
                        entries[i]
                            .key
                            .as_ref()
                            .is_ok_and(|k| k.material.family() == alg.family())
                    })
                    .collect();
                if fitting.is_empty() {
                    return Err(reject(
                        Kind::KeyNotFound,
                        format!(
                            "the token has no kid, and no key in the set can verify {alg} (kids: {})",
                            kids()
                        ),
                    ));
                }
                Ok(fitting)
            }
        }
    }
}

mod fetch;
