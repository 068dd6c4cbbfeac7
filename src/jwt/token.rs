//! Reading compact JWS and JWE tokens, strictly, without trusting anything in them.
//!
//! Parsed here rather than by jsonwebtoken so that tokens with any `alg` (none, ES512, unknown)
//! can be shown, and so that every malformed token gets a message naming the segment at fault.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Map, Value};

/// Why a token is not a token.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Malformed(pub String);

/// A compact JWS: `header.payload.signature`.
#[derive(Debug, Clone)]
pub struct Jws<'a> {
    /// `header.payload` as received: what the signature covers.
    pub signing_input: &'a str,
    pub header: Map<String, Value>,
    /// The header's `alg`, as written.
    pub alg: String,
    pub payload: Vec<u8>,
    /// The payload as JSON, if it is JSON.
    pub payload_json: Option<Value>,
    pub signature: Vec<u8>,
}

impl Jws<'_> {
    /// The claims set: the payload, if it is a JSON object.
    pub fn claims(&self) -> Option<&Map<String, Value>> {
        self.payload_json.as_ref().and_then(Value::as_object)
    }
}

/// What a string holds.
#[derive(Debug, Clone)]
pub enum Token<'a> {
    Jws(Jws<'a>),
    /// A compact JWE: only its protected header can be read without the key.
    Jwe {
        header: Map<String, Value>,
    },
}

/// Without the quotes around it, if it has them.
fn unquote(mut s: &str) -> &str {
    for quote in ['"', '\''] {
        if s.len() >= 2 && s.starts_with(quote) && s.ends_with(quote) {
            s = s[1..s.len() - 1].trim();
        }
    }
    s
}

/// Finds the token in what a user pasted: `Bearer …`, an `Authorization:` header line, a `.env`
/// line (`NAME=value`), quotes or whitespace around it.
pub fn extract(input: &str) -> &str {
    let mut s = unquote(input.trim());
    // A line of a `.env` file or a shell (`GITHUB_TOKEN=ghp_…`, `export KEY="…"`): its value.
    if let Some((name, value)) = s.split_once('=') {
        let name = name.trim_end();
        let name = name.strip_prefix("export ").unwrap_or(name).trim();
        let identifier = name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
        if identifier && !value.trim().is_empty() {
            s = unquote(value.trim());
        }
    }
    if let Some(rest) = strip_prefix_ignore_case(s, "authorization:") {
        s = rest.trim_start();
    }
    if let Some(rest) = strip_prefix_ignore_case(s, "bearer")
        && rest.starts_with(char::is_whitespace)
    {
        s = rest.trim_start();
    }
    s
}

fn strip_prefix_ignore_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// Parses a compact token. Empty payloads and signatures parse (they fail verification later);
/// everything else that is not strict base64url or not a JSON object header is malformed.
pub fn parse(token: &str) -> Result<Token<'_>, Malformed> {
    if token.is_empty() {
        return Err(Malformed("the token is empty".into()));
    }
    let segments: Vec<&str> = token.split('.').collect();
    match segments.len() {
        3 => {}
        5 => {
            let header = parse_header(segments[0])?;
            return Ok(Token::Jwe { header });
        }
        n => {
            return Err(Malformed(format!(
                "a JWT has 3 segments separated by dots (5 for an encrypted one); this has {n}"
            )));
        }
    }
    let header = parse_header(segments[0])?;
    let alg = match header.get("alg") {
        Some(Value::String(alg)) => alg.clone(),
        Some(_) => return Err(Malformed("the header's alg is not a string".into())),
        None => return Err(Malformed("the header has no alg".into())),
    };
    let payload = decode_segment(segments[1], Segment::Payload)?;
    let signature = decode_segment(segments[2], Segment::Signature)?;
    let payload_json = parse_payload(&payload)?;
    Ok(Token::Jws(Jws {
        signing_input: &token[..segments[0].len() + 1 + segments[1].len()],
        header,
        alg,
        payload,
        payload_json,
        signature,
    }))
}

/// The three parts of a compact JWS, for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Segment {
    Header = 1,
    Payload = 2,
    Signature = 3,
}

impl Segment {
    fn name(self) -> &'static str {
        match self {
            Segment::Header => "header",
            Segment::Payload => "payload",
            Segment::Signature => "signature",
        }
    }
}

fn parse_header(segment: &str) -> Result<Map<String, Value>, Malformed> {
    if segment.is_empty() {
        return Err(Malformed("the header (segment 1) is empty".into()));
    }
    let bytes = decode_segment(segment, Segment::Header)?;
    match serde_json::from_slice::<UniqueObject>(&bytes) {
        Ok(UniqueObject(map)) => Ok(map),
        Err(e) => Err(Malformed(format!(
            "the header (segment 1) is not a JSON object: {e}"
        ))),
    }
}

/// A payload is opaque bytes, or JSON. One that starts like a JSON object must be one, with unique
/// members: a claims set this parser cannot read must not pass as "no claims", unchecked.
fn parse_payload(payload: &[u8]) -> Result<Option<Value>, Malformed> {
    // What some parsers skip before an object (a byte-order mark, control bytes: Python's
    // json.loads reads "\u{feff}{…}" as the object) must not hide a claims set from the checks.
    let text = String::from_utf8_lossy(payload);
    let skipped =
        text.trim_start_matches(|c: char| c.is_whitespace() || c.is_control() || c == '\u{feff}');
    let json_ws = text.trim_start_matches([' ', '\t', '\n', '\r']);
    if skipped.starts_with('{') && skipped.len() != json_ws.len() {
        return Err(Malformed(
            "the payload (segment 2) has a byte-order mark or control bytes before a JSON object: \
             other parsers read the object, so it is refused"
                .into(),
        ));
    }
    let looks_like_object = payload
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|&b| b == b'{');
    if looks_like_object {
        return serde_json::from_slice::<UniqueObject>(payload)
            .map(|UniqueObject(map)| Some(Value::Object(map)))
            .map_err(|e| {
                Malformed(format!(
                    "the payload (segment 2) looks like a JSON object but is not one: {e}"
                ))
            });
    }
    Ok(serde_json::from_slice::<Value>(payload).ok())
}

/// A JSON object whose members are unique. RFC 7515 §4 lets a parser keep the last of duplicate
/// names, but two parsers that disagree on which `alg` or `exp` counts are an attack surface:
/// duplicates are malformed here. (serde_json keeps the last one silently.)
struct UniqueObject(Map<String, Value>);

impl<'de> serde::Deserialize<'de> for UniqueObject {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = UniqueObject;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut access: A,
            ) -> Result<UniqueObject, A::Error> {
                let mut map = Map::new();
                while let Some((name, UniqueValue(value))) =
                    access.next_entry::<String, UniqueValue>()?
                {
                    if map.contains_key(&name) {
                        return Err(serde::de::Error::custom(format!(
                            "the member {name:?} appears twice"
                        )));
                    }
                    map.insert(name, value);
                }
                Ok(UniqueObject(map))
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

/// Any JSON value whose objects, at every depth, have unique members (`{"a": {"b": 1, "b": 2}}`
/// is as ambiguous as a duplicate at the top).
struct UniqueValue(Value);

impl<'de> serde::Deserialize<'de> for UniqueValue {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = UniqueValue;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON value")
            }
            fn visit_bool<E>(self, v: bool) -> Result<UniqueValue, E> {
                Ok(UniqueValue(Value::Bool(v)))
            }
            fn visit_i64<E>(self, v: i64) -> Result<UniqueValue, E> {
                Ok(UniqueValue(Value::from(v)))
            }
            fn visit_u64<E>(self, v: u64) -> Result<UniqueValue, E> {
                Ok(UniqueValue(Value::from(v)))
            }
            fn visit_f64<E>(self, v: f64) -> Result<UniqueValue, E> {
                Ok(UniqueValue(Value::from(v)))
            }
            fn visit_str<E>(self, v: &str) -> Result<UniqueValue, E> {
                Ok(UniqueValue(Value::String(v.to_owned())))
            }
            fn visit_string<E>(self, v: String) -> Result<UniqueValue, E> {
                Ok(UniqueValue(Value::String(v)))
            }
            fn visit_unit<E>(self) -> Result<UniqueValue, E> {
                Ok(UniqueValue(Value::Null))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut access: A,
            ) -> Result<UniqueValue, A::Error> {
                let mut items = Vec::new();
                while let Some(UniqueValue(item)) = access.next_element()? {
                    items.push(item);
                }
                Ok(UniqueValue(Value::Array(items)))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                access: A,
            ) -> Result<UniqueValue, A::Error> {
                let UniqueObject(map) = serde::Deserialize::deserialize(
                    serde::de::value::MapAccessDeserializer::new(access),
                )?;
                Ok(UniqueValue(Value::Object(map)))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// Strict base64url: no padding, no `+` or `/`, no whitespace, no stray bits in the last character.
pub fn decode_segment(segment: &str, which: Segment) -> Result<Vec<u8>, Malformed> {
    let (name, number) = (which.name(), which as u8);
    if let Some((at, c)) = segment
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_'))
    {
        return Err(Malformed(format!(
            "the {name} (segment {number}) is not base64url: {c:?} at character {}",
            at + 1
        )));
    }
    // Tokens are public: the `base64` crate's fast decoder, which is as strict as RFC 7515 asks
    // (no padding, no stray bits), suits them. Key material goes through base64ct, which runs in
    // constant time.
    URL_SAFE_NO_PAD.decode(segment).map_err(|_| {
        let why = if segment.len() % 4 == 1 {
            "its length is impossible for base64"
        } else {
            "its last character has bits set that encode nothing (a non-canonical encoding)"
        };
        Malformed(format!(
            "the {name} (segment {number}) is not base64url: {why}"
        ))
    })
}

pub fn encode_segment(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    const JWT_IO: &str = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiYWRtaW4iOnRydWUsImlhdCI6MTUxNjIzOTAyMn0.KMUFsIDTnFmyG3nMiGM6H9FNFUROf3wh7SmqJp-QV30";

    #[test]
    fn tokens_are_found_in_what_users_paste() {
        for input in [
            JWT_IO.to_owned(),
            format!("  {JWT_IO}\n"),
            format!("Bearer {JWT_IO}"),
            format!("bearer  {JWT_IO}"),
            format!("Authorization: Bearer {JWT_IO}"),
            format!("authorization:Bearer {JWT_IO}\r\n"),
            format!("\"{JWT_IO}\""),
            format!("'Bearer {JWT_IO}'"),
        ] {
            assert_eq!(extract(&input), JWT_IO, "{input:?}");
        }
    }

    #[test]
    fn a_jws_parses_into_its_parts() {
        let Token::Jws(jws) = parse(JWT_IO).unwrap() else {
            panic!("not a JWS")
        };
        assert_eq!(jws.alg, "HS256");
        assert_eq!(jws.header["typ"], "JWT");
        assert_eq!(jws.claims().unwrap()["name"], "John Doe");
        assert_eq!(jws.signature.len(), 32);
        assert_eq!(jws.signing_input, &JWT_IO[..JWT_IO.rfind('.').unwrap()]);
    }

    #[test]
    fn any_alg_and_any_payload_parse() {
        let header = encode_segment(br#"{"alg":"none"}"#);
        let token = format!("{header}.{}.", encode_segment(b"\xff\x00not json"));
        let Token::Jws(jws) = parse(&token).unwrap() else {
            panic!()
        };
        assert_eq!(jws.alg, "none");
        assert!(jws.claims().is_none());
        assert!(jws.signature.is_empty());
        assert!(matches!(
            parse(&format!("{header}..")).unwrap(),
            Token::Jws(_)
        ));
    }

    #[test]
    fn five_segments_are_an_encrypted_token() {
        let header = encode_segment(br#"{"alg":"RSA-OAEP","enc":"A256GCM"}"#);
        match parse(&format!("{header}.a.b.c.d")).unwrap() {
            Token::Jwe { header } => assert_eq!(header["enc"], "A256GCM"),
            Token::Jws(_) => panic!("a JWE parsed as a JWS"),
        }
    }

    #[test]
    fn malformed_tokens_name_the_segment() {
        let header = encode_segment(br#"{"alg":"HS256"}"#);
        let cases = [
            (String::new(), "empty"),
            ("abc".to_owned(), "this has 1"),
            ("a.b.c.d".to_owned(), "this has 4"),
            (format!(".{header}.x"), "header (segment 1) is empty"),
            (
                format!("{header}.e30=.x"),
                "payload (segment 2) is not base64url: '=' at character 4",
            ),
            (
                format!("{header}.e30.a+b"),
                "signature (segment 3) is not base64url: '+'",
            ),
            (format!("{header}.AB.x"), "non-canonical"),
            (format!("{header}.e30.abcde"), "length is impossible"),
            (
                format!("{}.e30.x", encode_segment(b"[1]")),
                "not a JSON object",
            ),
            (
                format!(
                    "{}.e30.x",
                    encode_segment(br#"{"alg":"none","alg":"HS256"}"#)
                ),
                "\"alg\" appears twice",
            ),
            (
                format!("{header}.{}.AAAA", encode_segment(br#"{"exp":1,"exp":9}"#)),
                "\"exp\" appears twice",
            ),
            (
                format!("{header}.{}.AAAA", encode_segment(br#"{"name":"\ud800"}"#)),
                "looks like a JSON object",
            ),
            (
                format!("{header}.{}.AAAA", encode_segment(br#" {"exp":1e400}"#)),
                "looks like a JSON object",
            ),
            (
                format!("{}.e30.x", encode_segment(b"{\"typ\":\"JWT\"}")),
                "no alg",
            ),
            (
                format!("{}.e30.x", encode_segment(b"{\"alg\":5}")),
                "not a string",
            ),
            (
                format!("{}.e30.x", encode_segment(b"{nope")),
                "not a JSON object",
            ),
        ];
        for (token, want) in cases {
            let err = parse(&token).unwrap_err();
            assert!(err.0.contains(want), "{token}: {err}");
        }
    }
}
