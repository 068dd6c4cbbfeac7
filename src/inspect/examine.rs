//! The recognisers: a value in, a [`Report`] out, no I/O. Formats are tried from the most
//! specific to the least: keyward keys, the provider catalog (which includes JWTs and PEM private
//! keys), documented examples, password hashes, PEM, JWKs, references; then "no known format".

use argon2::password_hash::phc::PasswordHash;
use jiff::Timestamp;
use serde_json::{Map, Value};

use super::{
    CertificateDetails, Check, Credential, Details, HashDetails, JwtDetails, KeyDetails,
    KeywardDetails, Report, UnknownDetails,
};
use crate::detect::{self, Detection, Detector, Kind};
use crate::error::{Error, Result};
use crate::jwt::alg::Family;
use crate::jwt::key::{self, Key, Purpose};
use crate::jwt::{jwk, token};
use crate::keys::format::{ApiKey, KeyFormatError};
use crate::keys::hashing::Phc;

/// What `input` is. Around the value, whitespace, quotes, `Bearer ` and `Authorization:` are
/// ignored. Only a PEM block or a JSON JWK may span lines.
pub fn examine(input: &str, now: Timestamp) -> Result<Report> {
    let value = token::extract(input);
    if value.is_empty() {
        return Err(Error::Input("the value is empty".into()));
    }
    if value.contains('\n') && !value.contains("-----BEGIN ") && !value.starts_with('{') {
        return Err(Error::Input(format!(
            "the input has {} lines; inspect reads one value (only a PEM block or a JSON JWK may \
             span lines)",
            value.lines().count()
        )));
    }
    Ok(recognise(value, now))
}

/// What binary input is: a DER key, or nothing known.
pub fn examine_bytes(bytes: &[u8]) -> Report {
    let loaded = key::load(bytes).ok();
    let first = loaded.as_ref().and_then(|l| l.entries.first());
    if let Some(key::Entry { key: Ok(key), .. }) = first {
        let mut details = KeyDetails {
            container: "der",
            ..KeyDetails::default()
        };
        describe_key(&mut details, key);
        let summary = format!("{} (DER)", details.description.as_deref().unwrap_or("key"));
        return Report {
            binary: true,
            redacted: "…".into(),
            length: bytes.len(),
            ..key_report("", "der", details, None, summary)
        };
    }
    let text = String::from_utf8_lossy(bytes);
    Report {
        length: bytes.len(),
        binary: true,
        redacted: "…".into(),
        ..unknown(&text, "binary")
    }
}

fn recognise(value: &str, now: Timestamp) -> Report {
    let keyward_key = ApiKey::parse(value);
    if let Ok(key) = &keyward_key {
        return keyward(value, key.prefix(), key.id(), true);
    }
    // `sk_live_xxxxxxxx` has Stripe's form but is a placeholder: it is told as one, below. A
    // PEM block is described whatever its body holds, and says when that is no key.
    if let Some(detection) =
        detect::recognise(value).filter(|d| d.detector.is_pem() || !detect::is_reference(value))
    {
        let found = match detection.detector.id {
            "jwt" => jwt(value, now),
            "private-key" => Some(pem(value, Some(&detection), now)),
            "keyward-key" => keyward_parts(value).map(|(p, id)| keyward(value, p, id, false)),
            _ => None,
        };
        return found.unwrap_or_else(|| provider(value, &detection));
    }
    if keyward_key.is_err_and(|e| e == KeyFormatError::BadChecksum)
        && let Some((prefix, id)) = keyward_parts(value)
    {
        return keyward(value, prefix, id, false);
    }
    if let Some(report) = jwt(value, now) {
        return report;
    }
    if let Some(source) = detect::documented_example(value) {
        return Report {
            example: Some(source),
            secret: false,
            ..report(
                value,
                "documented-example",
                Some(Credential::Key),
                format!("example value from {source}"),
                Details::None {},
            )
        };
    }
    if let Some(report) = password_hash(value) {
        return report;
    }
    if value.contains("-----BEGIN ") {
        return pem(value, None, now);
    }
    if value.starts_with('{')
        && let Some(report) = jwk_report(value)
    {
        return report;
    }
    if detect::is_reference(value) {
        return Report {
            kind: Some("reference"),
            ..report(
                value,
                "reference",
                Some(Credential::Reference),
                "reference or placeholder".into(),
                Details::None {},
            )
        };
    }
    unknown(value, charset(value))
}

/// A recognised value with what every format has; the recognisers fill in the rest.
fn report(
    value: &str,
    format: &'static str,
    credential: Option<Credential>,
    summary: String,
    details: Details,
) -> Report {
    Report {
        recognised: true,
        format: Some(format),
        provider: None,
        kind: None,
        credential,
        secret: credential.is_some_and(Credential::is_secret),
        summary,
        answer: answer(credential, false),
        redacted: redact(value, credential),
        length: value.chars().count(),
        binary: false,
        mode: None,
        check: None,
        header: None,
        revoke: None,
        example: None,
        details,
    }
}

impl Credential {
    fn is_secret(self) -> bool {
        !matches!(self, Credential::PublicKey | Credential::Reference)
    }
}

/// The key-or-token answer.
fn answer(credential: Option<Credential>, publishable: bool) -> &'static str {
    match credential {
        Some(Credential::Key) if publishable => {
            "a publishable API key: it identifies the calling application, and is meant to be public"
        }
        Some(Credential::Key) => {
            "an API key: it identifies the calling application (a token would carry a user's identity and rights)"
        }
        Some(Credential::Token) => "a token: it carries a user's identity and rights",
        Some(Credential::PrivateKey) => "a private key: it signs or decrypts, and is never sent",
        Some(Credential::PublicKey) => "a public key: it verifies or encrypts, and is not secret",
        Some(Credential::WebhookUrl) => "a webhook URL: the URL itself is the credential",
        Some(Credential::Hash) => {
            "a password hash: not a credential, but keep it private (it allows offline guessing)"
        }
        Some(Credential::Reference) => "a reference or placeholder, not a credential",
        None => "not a credential",
    }
}

/// As much of the value as can be shown: a reference whole, a PEM block's BEGIN line, a webhook
/// URL's origin, a JSON object's brace, else the first four characters.
fn redact(value: &str, credential: Option<Credential>) -> String {
    if credential == Some(Credential::Reference) {
        return value.to_owned();
    }
    if let Some(start) = value.find("-----BEGIN ")
        && let Some(end) = value[start + 11..].find("-----")
    {
        return format!("{}…", &value[start..start + 11 + end + 5]);
    }
    if credential == Some(Credential::WebhookUrl)
        && let Some(scheme) = value.find("://")
        && let Some(path) = value[scheme + 3..].find('/')
    {
        return format!("{}…", &value[..scheme + 3 + path + 1]);
    }
    if value.starts_with('{') {
        return "{…}".into();
    }
    crate::lint::rules::redact(value, false)
}

fn catalog(id: &str) -> Option<&'static Detector> {
    detect::DETECTORS.iter().find(|d| d.id == id)
}

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::SecretKey => "secret_key",
        Kind::PublishableKey => "publishable_key",
        Kind::KeyId => "key_id",
        Kind::Token => "token",
        Kind::WebhookUrl => "webhook_url",
        Kind::PrivateKey => "private_key",
    }
}

// ---------------------------------------------------------------------------------------------
// Provider formats

fn provider(value: &str, detection: &Detection) -> Report {
    let detector = detection.detector;
    let credential = match detector.kind {
        Kind::SecretKey if detection.for_user => Credential::Token,
        Kind::SecretKey | Kind::PublishableKey | Kind::KeyId => Credential::Key,
        Kind::Token => Credential::Token,
        Kind::WebhookUrl => Credential::WebhookUrl,
        Kind::PrivateKey => Credential::PrivateKey,
    };
    let publishable = detector.kind == Kind::PublishableKey;
    Report {
        provider: Some(detector.provider),
        kind: Some(kind_name(detector.kind)),
        secret: !publishable && detection.example.is_none(),
        answer: answer(Some(credential), publishable),
        mode: detection.mode,
        check: check_of(detection),
        header: Some(detector.header),
        revoke: Some(detector.revoke.into()),
        example: detection.example,
        ..report(
            value,
            detector.id,
            Some(credential),
            if detection.for_user && detector.kind == Kind::SecretKey {
                format!("{} user token", detector.provider)
            } else {
                format!("{} {}", detector.provider, detector.kind.describe())
            },
            Details::None {},
        )
    }
}

fn check_of(detection: &Detection) -> Option<Check> {
    let check = detection.detector.check.as_ref()?;
    Some(Check {
        what: check.what,
        holds: detection.check.unwrap_or(true),
    })
}

/// The prefix and id of a value in keyward's layout, `<prefix>_<id>_<secret><checksum>`.
fn keyward_parts(value: &str) -> Option<(&str, &str)> {
    let mut parts = value.rsplitn(3, '_');
    let (_, id, prefix) = (parts.next()?, parts.next()?, parts.next()?);
    crate::keys::format::is_valid_id(id).then_some((prefix, id))
}

fn keyward(value: &str, prefix: &str, id: &str, checksum_holds: bool) -> Report {
    let detector = catalog("keyward-key");
    Report {
        provider: Some("keyward"),
        kind: Some("secret_key"),
        redacted: format!("{prefix}_{id}_…"),
        check: Some(Check {
            what: "checksum",
            holds: checksum_holds,
        }),
        header: detector.map(|d| d.header),
        revoke: Some(format!("keyward keys revoke {id}")),
        ..report(
            value,
            "keyward-key",
            Some(Credential::Key),
            "keyward API key".into(),
            Details::Keyward(Box::new(KeywardDetails {
                prefix: prefix.to_owned(),
                id: id.to_owned(),
                keyfile: None,
                keyfile_exists: false,
                record: None,
                verified: None,
            })),
        )
    }
}

// ---------------------------------------------------------------------------------------------
// JWTs

fn jwt(value: &str, now: Timestamp) -> Option<Report> {
    let (header, payload, encrypted) = match token::parse(value).ok()? {
        token::Token::Jws(jws) => (jws.header, jws.payload_json, false),
        token::Token::Jwe { header } => (header, None, true),
    };
    let claims = payload.as_ref().and_then(Value::as_object);
    let text = |map: Option<&Map<String, Value>>, name: &str| {
        map.and_then(|m| m.get(name))
            .and_then(Value::as_str)
            .map(str::to_owned)
    };
    let time = |name: &str| {
        let secs = claims?.get(name)?.as_f64()?;
        Timestamp::from_second(secs as i64).ok()
    };
    let expires_at = time("exp");
    let not_before = time("nbf");
    let malformed_claims: Vec<&'static str> = ["exp", "nbf", "iat"]
        .into_iter()
        .filter(|name| claims.and_then(|c| c.get(*name)).is_some() && time(name).is_none())
        .collect();
    let alg = text(Some(&header), "alg");
    let summary = if encrypted {
        "encrypted JSON Web Token (JWE)".to_owned()
    } else {
        format!("JSON Web Token ({})", alg.as_deref().unwrap_or("?"))
    };
    let details = JwtDetails {
        typ: text(Some(&header), "typ"),
        kid: text(Some(&header), "kid"),
        alg,
        encrypted,
        issuer: text(claims, "iss"),
        subject: text(claims, "sub"),
        audience: strings(claims.and_then(|c| c.get("aud")), false),
        scopes: ["scope", "scp", "scopes"]
            .iter()
            .flat_map(|name| strings(claims.and_then(|c| c.get(*name)), true))
            .collect(),
        issued_at: time("iat"),
        not_before,
        expires_at,
        expired: expires_at.map(|at| at <= now),
        not_yet_valid: not_before.is_some_and(|at| at > now),
        signature_checked: false,
        malformed_claims,
        header,
        claims: payload,
    };
    let detector = catalog("jwt");
    let example = detect::documented_example(value);
    Some(Report {
        kind: Some("token"),
        secret: example.is_none(),
        check: Some(Check {
            what: "header",
            holds: true,
        }),
        header: detector.map(|d| d.header),
        revoke: detector.map(|d| d.revoke.to_owned()),
        example,
        ..report(
            value,
            "jwt",
            Some(Credential::Token),
            summary,
            Details::Jwt(Box::new(details)),
        )
    })
}

/// A claim that holds a string or an array of strings; `split` a string at spaces (OAuth scopes).
fn strings(value: Option<&Value>, split: bool) -> Vec<String> {
    match value {
        Some(Value::String(s)) if split => s.split_whitespace().map(str::to_owned).collect(),
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_owned)
            .collect(),
        _ => vec![],
    }
}

// ---------------------------------------------------------------------------------------------
// Password hashes

fn password_hash(value: &str) -> Option<Report> {
    let (details, redacted) = match bcrypt(value) {
        Some(found) => found,
        None => phc(value)?,
    };
    let format = if details.algorithm == "bcrypt" {
        "bcrypt"
    } else {
        "phc"
    };
    let summary = match format {
        "bcrypt" => "bcrypt password hash".to_owned(),
        _ => format!("{} password hash (PHC string)", details.algorithm),
    };
    Some(Report {
        kind: Some("password_hash"),
        redacted,
        ..report(
            value,
            format,
            Some(Credential::Hash),
            summary,
            Details::Hash(details),
        )
    })
}

/// `$2b$12$` and 53 characters: 22 of salt, 31 of hash.
fn bcrypt(value: &str) -> Option<(HashDetails, String)> {
    let rest = value.strip_prefix("$2")?;
    let (variant, rest) = rest.split_once('$')?;
    let (cost, body) = rest.split_once('$')?;
    let body_ok = body.len() == 53
        && body
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'/');
    if !matches!(variant, "" | "a" | "b" | "x" | "y") || cost.len() != 2 || !body_ok {
        return None;
    }
    let cost: u32 = cost.parse().ok().filter(|c| (4..=31).contains(c))?;
    let details = HashDetails {
        algorithm: "bcrypt".into(),
        params: format!("2{variant}"),
        cost: Some(cost),
        salt_bytes: Some(16),
        hash_bytes: Some(23),
        // OWASP's Password Storage Cheat Sheet: a work factor of 10 or more.
        below_owasp_floor: Some(cost < 10),
        ..HashDetails::default()
    };
    Some((details, format!("$2{variant}${cost:02}$…")))
}

/// A PHC string with a salt and a hash; argon2's costs are read and judged.
fn phc(value: &str) -> Option<(HashDetails, String)> {
    let parsed = PasswordHash::new(value).ok()?;
    let (salt, hash) = (parsed.salt?, parsed.hash?);
    let algorithm = parsed.algorithm.as_str().to_owned();
    let params = parsed.params.as_str().to_owned();
    let mut redacted = format!("${algorithm}");
    if let Some(v) = parsed.version {
        redacted.push_str(&format!("$v={v}"));
    }
    if !params.is_empty() {
        redacted.push_str(&format!("${params}"));
    }
    redacted.push_str("$…");
    let mut details = HashDetails {
        algorithm,
        version: parsed.version,
        params,
        salt_bytes: Some(salt.as_ref().len()),
        hash_bytes: Some(hash.len()),
        ..HashDetails::default()
    };
    if details.algorithm.starts_with("argon2") {
        match Phc::parse(value) {
            Ok(phc) => {
                let cost = phc.cost();
                details.version = Some(phc.version.into());
                details.memory_kib = Some(cost.memory_kib);
                details.iterations = Some(cost.iterations);
                details.parallelism = Some(cost.parallelism);
                details.below_owasp_floor = Some(cost.is_below_owasp());
            }
            Err(e) => details.problem = Some(e.to_string()),
        }
    }
    Some((details, redacted))
}

// ---------------------------------------------------------------------------------------------
// Keys: PEM, JWK, DER

/// A report on a key whose details are known.
fn key_report(
    value: &str,
    format: &'static str,
    details: KeyDetails,
    detection: Option<&Detection>,
    summary: String,
) -> Report {
    let is_key = details.description.is_some() || details.key_type.is_some();
    let is_private = details.private || details.label.as_deref().is_some_and(is_private_label);
    let credential = if is_private {
        Some(Credential::PrivateKey)
    } else if is_key || details.certificate.is_some() {
        Some(Credential::PublicKey)
    } else {
        None
    };
    let kind = match credential {
        Some(Credential::PrivateKey) => Some("private_key"),
        Some(_) if details.certificate.is_some() => Some("certificate"),
        Some(_) => Some("public_key"),
        None => None,
    };
    // Where a private key goes and what to do when it leaks, from the catalog.
    let detector = detection
        .map(|d| d.detector)
        .or_else(|| is_private.then(|| catalog("private-key")).flatten());
    Report {
        kind,
        secret: is_private,
        check: detection.and_then(check_of),
        header: detector.map(|d| d.header),
        revoke: detector.map(|d| d.revoke.to_owned()),
        ..report(
            value,
            format,
            credential,
            summary,
            Details::Key(Box::new(details)),
        )
    }
}

fn is_private_label(label: &str) -> bool {
    label.contains("PRIVATE KEY")
}

/// Type, size, thumbprint, and whether keyward would use it, from a key it can read.
fn describe_key(details: &mut KeyDetails, key: &Key) {
    let material = &key.material;
    details.description = Some(material.describe());
    details.private = material.is_private();
    let family = material.family();
    let (key_type, bits, curve) = match family {
        Family::Hmac => ("oct", None, None),
        Family::Rsa => ("RSA", material.rsa_bits(), None),
        Family::Ec(curve) => ("EC", None, Some(curve.jwk_name())),
        Family::Ed25519 => ("Ed25519", None, None),
    };
    details.key_type = Some(key_type.to_owned());
    details.bits = bits;
    details.curve = curve;
    // A secret's hash would help guess a weak one: no thumbprint for oct keys.
    details.thumbprint = (family != Family::Hmac).then(|| jwk::thumbprint(material));
    let purpose = if details.private {
        Purpose::Sign
    } else {
        Purpose::Verify
    };
    details.problem = key::check_usable(key, key.default_alg(), purpose, false)
        .err()
        .map(|why| format!("keyward would not use it: {why}"));
}

fn pem(value: &str, detection: Option<&Detection>, now: Timestamp) -> Report {
    // A PEM pasted from JSON has its line breaks as `\n` escapes.
    let text = if !value.contains('\n') && value.contains("\\n") {
        value.replace("\\r", "").replace("\\n", "\n")
    } else {
        value.to_owned()
    };
    let block = pem::parse_many(&text)
        .ok()
        .and_then(|blocks| blocks.into_iter().find(|b| b.tag() != "EC PARAMETERS"));
    let label = match &block {
        Some(block) => block.tag().to_owned(),
        None => text
            .split_once("-----BEGIN ")
            .and_then(|(_, rest)| rest.split_once("-----"))
            .map_or_else(String::new, |(label, _)| label.to_owned()),
    };
    let mut details = KeyDetails {
        container: "pem",
        encoding: encoding_of(&label),
        private: is_private_label(&label),
        encrypted: label.starts_with("ENCRYPTED") || text.contains("Proc-Type: 4,ENCRYPTED"),
        ..KeyDetails::default()
    };
    match &block {
        None => details.problem = Some("the PEM body does not decode".into()),
        Some(block) if label == "OPENSSH PRIVATE KEY" => openssh(&mut details, block.contents()),
        Some(block) => {
            if label == "CERTIFICATE" {
                details.certificate = certificate(block.contents(), now);
            }
            if details.encoding.is_some() {
                match key::load(text.as_bytes()).map(|l| l.entries.into_iter().next()) {
                    Ok(Some(key::Entry { key: Ok(key), .. })) => describe_key(&mut details, &key),
                    Ok(Some(key::Entry { key: Err(why), .. })) => details.problem = Some(why),
                    Ok(None) => {}
                    Err(why) => details.problem = Some(why.to_string()),
                }
            }
        }
    }
    let summary = match (&details.description, details.encoding) {
        (Some(what), _) if label == "CERTIFICATE" => format!("X.509 certificate ({what})"),
        (Some(what), Some(encoding)) => format!("{what} ({encoding} PEM)"),
        (None, Some(encoding)) if details.private => {
            let encrypted = if details.encrypted { "encrypted " } else { "" };
            format!("{encrypted}{encoding} private key (PEM)")
        }
        (None, Some(encoding)) => format!("{encoding} PEM"),
        (_, None) => format!("PEM block ({label})"),
    };
    details.label = Some(label);
    key_report(
        value,
        if detection.is_some() {
            "private-key"
        } else {
            "pem"
        },
        details,
        detection,
        summary,
    )
}

/// The encoding a PEM label names; `None` for labels that are not keys keyward knows.
fn encoding_of(label: &str) -> Option<&'static str> {
    Some(match label {
        "PRIVATE KEY" | "ENCRYPTED PRIVATE KEY" => "PKCS#8",
        "RSA PRIVATE KEY" | "RSA PUBLIC KEY" => "PKCS#1",
        "EC PRIVATE KEY" => "SEC1",
        "PUBLIC KEY" => "SPKI",
        "CERTIFICATE" => "X.509",
        "OPENSSH PRIVATE KEY" => "OpenSSH",
        _ => return None,
    })
}

/// An OpenSSH private key's type and encryption, from its unencrypted public part
/// (`openssh-key-v1`: cipher, KDF, KDF options, key count, then the public key).
fn openssh(details: &mut KeyDetails, blob: &[u8]) {
    let mut reader = SshReader(blob);
    let parsed = (|| {
        reader.magic(b"openssh-key-v1\0")?;
        let cipher = reader.string()?;
        reader.string()?;
        reader.string()?;
        reader.u32()?;
        let mut public = SshReader(reader.string()?);
        let key_type = String::from_utf8_lossy(public.string()?).into_owned();
        let bits = if key_type == "ssh-rsa" {
            public.string()?;
            let n = public.string()?;
            let n = &n[n.iter().position(|&b| b != 0).unwrap_or(n.len())..];
            n.first()
                .map(|first| n.len() * 8 - first.leading_zeros() as usize)
        } else {
            None
        };
        Some((cipher != b"none", key_type, bits))
    })();
    match parsed {
        Some((encrypted, key_type, bits)) => {
            details.encrypted = encrypted;
            let size = bits.map(|b| format!(" {b}-bit")).unwrap_or_default();
            details.description = Some(format!("{key_type}{size} private key"));
            details.key_type = Some(key_type);
            details.bits = bits;
        }
        None => details.problem = Some("not an openssh-key-v1 structure".into()),
    }
}

/// SSH wire format: big-endian lengths before strings.
struct SshReader<'a>(&'a [u8]);

impl<'a> SshReader<'a> {
    fn magic(&mut self, magic: &[u8]) -> Option<()> {
        self.0 = self.0.strip_prefix(magic)?;
        Some(())
    }

    fn u32(&mut self) -> Option<u32> {
        let (head, rest) = self.0.split_first_chunk::<4>()?;
        self.0 = rest;
        Some(u32::from_be_bytes(*head))
    }

    fn string(&mut self) -> Option<&'a [u8]> {
        let len = self.u32()? as usize;
        let bytes = self.0.get(..len)?;
        self.0 = &self.0[len..];
        Some(bytes)
    }
}

fn certificate(der: &[u8], now: Timestamp) -> Option<CertificateDetails> {
    use x509_cert::der::Decode;
    let cert = x509_cert::Certificate::from_der(der).ok()?;
    let tbs = cert.tbs_certificate();
    let time = |t: x509_cert::time::Time| {
        i64::try_from(t.to_unix_duration().as_secs())
            .ok()
            .and_then(|s| Timestamp::from_second(s).ok())
    };
    let not_after = time(tbs.validity().not_after);
    Some(CertificateDetails {
        subject: tbs.subject().to_string(),
        issuer: tbs.issuer().to_string(),
        not_before: time(tbs.validity().not_before),
        not_after,
        expired: not_after.is_some_and(|at| at <= now),
    })
}

fn jwk_report(value: &str) -> Option<Report> {
    let Ok(Value::Object(object)) = serde_json::from_str::<Value>(value) else {
        return None;
    };
    if let Some(Value::Array(keys)) = object.get("keys") {
        let keys: Vec<KeyDetails> = keys.iter().map(jwk_details).collect();
        let private = keys.iter().any(|k| k.private);
        let summary = format!(
            "JWK Set of {} key{}",
            keys.len(),
            if keys.len() == 1 { "" } else { "s" }
        );
        let credential = if private {
            Credential::PrivateKey
        } else {
            Credential::PublicKey
        };
        return Some(Report {
            kind: Some(if private { "private_key" } else { "public_key" }),
            ..report(
                value,
                "jwk-set",
                Some(credential),
                summary,
                Details::KeySet { keys },
            )
        });
    }
    if !object.contains_key("kty") {
        return None;
    }
    let details = jwk_details(&Value::Object(object));
    let summary = match &details.description {
        Some(what) => format!("{what} (JWK)"),
        None => format!("{} JWK", details.key_type.as_deref().unwrap_or("unknown")),
    };
    Some(key_report(value, "jwk", details, None, summary))
}

fn jwk_details(jwk: &Value) -> KeyDetails {
    let text = |name: &str| jwk.get(name).and_then(Value::as_str).map(str::to_owned);
    let mut details = KeyDetails {
        container: "jwk",
        encoding: Some("JWK"),
        key_type: text("kty"),
        kid: text("kid"),
        alg: text("alg"),
        key_use: text("use"),
        private: jwk.get("d").is_some() || text("kty").as_deref() == Some("oct"),
        ..KeyDetails::default()
    };
    match jwk.as_object().map(key::from_jwk) {
        Some(Ok(key)) => describe_key(&mut details, &key),
        Some(Err(why)) => details.problem = Some(why),
        None => details.problem = Some("a JWK must be a JSON object".into()),
    }
    details
}

// ---------------------------------------------------------------------------------------------
// Anything else

fn unknown(value: &str, charset: &'static str) -> Report {
    let per_char = detect::entropy(value);
    let details = Details::Unknown(UnknownDetails {
        entropy_bits_per_char: round2(per_char),
        entropy_bits: round2(per_char * value.chars().count() as f64),
        charset,
        looks_generated: detect::looks_generated(value),
    });
    Report {
        recognised: false,
        format: None,
        secret: true,
        answer: "neither a key nor a token keyward knows; if it is a secret, nothing in it says whose",
        ..report(value, "", None, "no known format".into(), details)
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// The smallest alphabet the value is written in.
fn charset(value: &str) -> &'static str {
    let all = |f: fn(u8) -> bool| value.bytes().all(f);
    if all(|b| b.is_ascii_digit()) {
        "decimal"
    } else if all(|b| b.is_ascii_hexdigit()) {
        "hex"
    } else if all(|b| b.is_ascii_alphanumeric()) {
        "alphanumeric"
    } else if all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') {
        "base64url"
    } else if all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/' || b == b'=') {
        "base64"
    } else if value.is_ascii() {
        "ascii"
    } else {
        "text"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> Timestamp {
        "2026-11-28T06:00:00Z".parse().unwrap()
    }

    fn format_of(value: &str) -> Option<&'static str> {
        examine(value, now()).unwrap().format
    }

    #[test]
    fn formats_are_told_apart() {
        let cases = [
            (
                "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",
                Some("github-token"),
            ),
            (
                "Bearer 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",
                Some("github-token"),
            ),
            (
                "'sk_live_4eC39HqLyjWDarjtT1zdp7dcX'",
                Some("stripe-secret-key"),
            ),
            (
                "kw_4fTq9ZbX_y3Kp0wQm8VhR2sLcN6dJtA1eB7gU1oozlk",
                Some("keyward-key"),
            ),
            (
                "kw_4fTq9ZbX_y3Kp0wQm8VhR2sLcN6dJtA1eB7gU1oozll",
                Some("keyward-key"),
            ),
            (
                "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
                Some("phc"),
            ),
            (
                "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW",
                Some("bcrypt"),
            ),
            ("$API_KEY", Some("reference")),
            ("{{token}}", Some("reference")),
            ("DEMO_KEY", Some("documented-example")),
            ("hunter2", None),
            ("{\"a\":1}", None),
        ];
        for (value, want) in cases {
            assert_eq!(format_of(value), want, "{value}");
        }
    }

    #[test]
    fn custom_prefixes_are_keyward_keys() {
        let key = ApiKey::assemble("acme_live", "4fTq9ZbX", "y3Kp0wQm8VhR2sLcN6dJtA1eB7gU");
        let report = examine(key.expose(), now()).unwrap();
        assert_eq!(report.format, Some("keyward-key"));
        assert_eq!(report.redacted, "acme_live_4fTq9ZbX_…");
        let Details::Keyward(details) = report.details else {
            panic!("{:?}", report.details)
        };
        assert_eq!(
            (details.prefix.as_str(), details.id.as_str()),
            ("acme_live", "4fTq9ZbX")
        );
    }

    #[test]
    fn several_lines_are_not_one_value() {
        let err = examine("ghp_a\nghp_b", now()).unwrap_err();
        assert!(err.to_string().contains("2 lines"), "{err}");
        assert!(examine("  \n", now()).is_err());
    }

    #[test]
    fn hashes_show_their_costs_not_their_salt() {
        let report = examine(
            "$argon2id$v=19$m=8,t=1,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
            now(),
        )
        .unwrap();
        assert_eq!(report.redacted, "$argon2id$v=19$m=8,t=1,p=1$…");
        let Details::Hash(details) = report.details else {
            panic!()
        };
        assert_eq!(details.memory_kib, Some(8));
        assert_eq!(details.below_owasp_floor, Some(true));
        assert_eq!(details.salt_bytes, Some(8));
    }

    #[test]
    fn unknown_values_get_an_entropy_estimate() {
        let report = examine("abababab", now()).unwrap();
        assert!(!report.recognised);
        let Details::Unknown(details) = report.details else {
            panic!()
        };
        assert_eq!(details.entropy_bits_per_char, 1.0);
        assert_eq!(details.entropy_bits, 8.0);
        assert_eq!(details.charset, "hex");
        assert_eq!(charset("123"), "decimal");
        assert_eq!(charset("a-b_c"), "base64url");
        assert_eq!(charset("a+b/c="), "base64");
        assert_eq!(charset("a b"), "ascii");
        assert_eq!(charset("é"), "text");
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// Pieces of every format, in any order: the recognisers answer, or say it is an input
        /// error, and never panic.
        #[test]
        fn any_input_gets_an_answer(
            parts in proptest::collection::vec(
                "(-----BEGIN |-----END |PRIVATE KEY-----|CERTIFICATE-----|\\\\n|\n|\\$2b\\$|\\$argon2id\\$|v=19|m=8,t=1,p=1|eyJ|[.]|kw_|ghp_|_|\\{\"kty\":|\"keys\":\\[|[A-Za-z0-9+/=]{1,12}|https://|é|\\$)",
                0..10,
            ),
            bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..64),
        ) {
            let _ = examine(&parts.concat(), now());
            let _ = examine_bytes(&bytes);
        }
    }

    #[test]
    fn openssh_keys_name_their_type() {
        let mut blob = b"openssh-key-v1\0".to_vec();
        let string = |out: &mut Vec<u8>, s: &[u8]| {
            out.extend((s.len() as u32).to_be_bytes());
            out.extend(s);
        };
        string(&mut blob, b"aes256-ctr");
        string(&mut blob, b"bcrypt");
        string(&mut blob, b"");
        blob.extend(1u32.to_be_bytes());
        let mut public = Vec::new();
        string(&mut public, b"ssh-ed25519");
        string(&mut public, &[7; 32]);
        string(&mut blob, &public);
        let mut details = KeyDetails::default();
        openssh(&mut details, &blob);
        assert_eq!(details.key_type.as_deref(), Some("ssh-ed25519"));
        assert!(details.encrypted);
        openssh(&mut details, b"openssh-key-v1\0\0\0");
        assert!(details.problem.is_some());
    }
}
