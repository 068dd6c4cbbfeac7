//! What a JWT-shaped value is made of, read without a key: a JOSE header, claims and a
//! signature, each base64url. A token is all three (RFC 7515 §7.1); test data about tokens
//! (`badz.<claims>.sig`, a header alone, a signature of `wrong`) has the parts' form and carries
//! no credential: its randomness is the encoding's, not a secret's.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::Value;

/// The shortest signature a JWS algorithm makes, in base64url characters: HMAC-SHA256's
/// 32 bytes (ECDSA P-256 and Ed25519 make 64, RSA 128 or more).
const SHORTEST_SIGNATURE: usize = 43;

/// A part as long as a signature, of base64url characters.
fn signature_like(part: &str) -> bool {
    part.len() >= SHORTEST_SIGNATURE
        && part
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'='))
}

fn json(part: &str) -> Option<Value> {
    let bytes = URL_SAFE_NO_PAD.decode(part.trim_end_matches('=')).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// A JOSE header: a JSON object with an `alg`.
fn header(part: &str) -> Option<serde_json::Map<String, Value>> {
    match json(part)? {
        Value::Object(h) if h.get("alg").is_some_and(Value::is_string) => Some(h),
        _ => None,
    }
}

/// The value's first segment is a JOSE header: it has a JWT's form.
pub fn header_decodes(value: &str) -> bool {
    header(value.split('.').next().unwrap_or("")).is_some()
}

/// A whole token: a header, a payload (claims, or any bytes: RFC 7515 §3) and a signature as
/// long as an algorithm makes (none for `alg: none`). An encrypted token (JWE, `enc` in its
/// header) is whole by its form.
pub fn is_whole(value: &str) -> bool {
    let parts: Vec<&str> = value.split('.').collect();
    let Some(h) = parts.first().and_then(|h| header(h)) else {
        return false;
    };
    if h.contains_key("enc") {
        return true;
    }
    let [_, payload, signature] = parts[..] else {
        return false;
    };
    if payload.is_empty() {
        return false;
    }
    if h.get("alg").and_then(Value::as_str) == Some("none") {
        return signature.is_empty();
    }
    signature_like(signature)
}

/// JWT parts with no signature to them: a header or claims alone, or beside a made-up
/// signature (`….sig`). A damaged header beside a real signature is still a token's.
pub fn parts_only(value: &str) -> bool {
    let json_part = |p: &str| p.starts_with("eyJ") && matches!(json(p), Some(Value::Object(_)));
    value.contains("eyJ")
        && value.split('.').any(json_part)
        && !value.split('.').any(|p| !json_part(p) && signature_like(p))
        && !is_whole(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9";
    const CLAIMS: &str = "eyJzdWIiOiIxMjM0NTY3ODkwIn0";
    const SIGNATURE: &str = "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";

    #[test]
    fn a_token_has_a_header_claims_and_a_signature() {
        assert!(is_whole(&format!("{HEADER}.{CLAIMS}.{SIGNATURE}")));
        // alg: none, unsigned
        assert!(is_whole(&format!("eyJhbGciOiJub25lIn0.{CLAIMS}.")));
        // JWE: the second part is an encrypted key, not claims.
        assert!(is_whole(
            "eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.OKOawDo13gRp2ojaHV7LFpZcgV7T6DVZKTyKOMTYUmKoTCVJRgckCL9kiMT03JGe.48V1_ALb6US04U3b.5eym8TW_c8SuK0ltJ3rpYIzOeDQz7TALvtu6UG9oMo4vpzs9tX_EFShS8iB7j6ji.XFBoMYUZodetZdvTiFvSkQ"
        ));
    }

    #[test]
    fn parts_that_make_no_token_are_test_data() {
        for value in [
            HEADER.to_owned(),
            format!("{HEADER}.{CLAIMS}"),
            format!("badz.{CLAIMS}.sig"),
            format!("{HEADER}.badz.sig"),
            format!("{HEADER}.{CLAIMS}.S"),
            format!("{HEADER}.{CLAIMS}.wrong"),
        ] {
            assert!(!is_whole(&value), "{value}");
            assert!(parts_only(&value), "{value}");
        }
        assert!(!is_whole(&format!(
            "eyJhbGciOiJub25lIn0.{CLAIMS}.{SIGNATURE}"
        )));
        assert!(!parts_only(&format!("{HEADER}.{CLAIMS}.{SIGNATURE}")));
        // A payload need not be JSON; a damaged header beside a signature is a token's still.
        assert!(is_whole(&format!(
            "{HEADER}.AO9gWJy6UnMceCzA4Lig0VV4wwUjIf6N5.{SIGNATURE}"
        )));
        assert!(!parts_only(&format!(
            "eyJhbGciOieeeiIsInR5cCI6IkpXVCJ9.{CLAIMS}.{SIGNATURE}"
        )));
        assert!(!parts_only("k8Jq2vX9mP4rT7wZ1nB6cY3hL5sD0fG8"));
    }
}
