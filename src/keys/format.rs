//! The API key format: `<prefix>_<id>_<secret><checksum>`.
//!
//! ```text
//! kw_4fTq9ZbX_y3Kp0wQm8VhR2sLcN6dJtA1eB7gUo5iZx0NQbJ
//! ^^ prefix (human, `--prefix`)
//!    ^^^^^^^^ id: 8 base62 characters, public, finds the record without hashing
//!             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ secret: 28 base62 characters, 166 bits from the OS
//!                                         ^^^^^^ CRC32 of everything before it, 6 base62 digits
//! ```
//!
//! Only `[A-Za-z0-9_]`, so a double click selects the whole key and it needs no escaping in a URL,
//! a shell or JSON. The checksum, like GitHub's tokens, rejects typos and made-up keys offline,
//! before any hashing or keyfile access. Everything here is pure; randomness comes in as arguments.

use std::fmt;

use zeroize::Zeroizing;

pub const DEFAULT_PREFIX: &str = "kw";
pub const ID_LEN: usize = 8;
/// 28 base62 characters carry 28 × log2(62) ≈ 166.7 bits.
pub const SECRET_LEN: usize = 28;
pub const CHECKSUM_LEN: usize = 6;
pub const MAX_KEY_LEN: usize = 64;
/// What is left of [`MAX_KEY_LEN`] for the prefix: 64 − (1 + 8 + 1 + 28 + 6) = 20.
pub const MAX_PREFIX_LEN: usize = MAX_KEY_LEN - (1 + ID_LEN + 1 + SECRET_LEN + CHECKSUM_LEN);

/// Digits in numeric order; the checksum is written with them, most significant first.
pub const BASE62: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/// Why a string is not a well-formed key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyFormatError {
    #[error("not a keyward key: {0}")]
    Malformed(String),
    #[error("checksum does not match: the key was mistyped, truncated or made up")]
    BadChecksum,
}

/// A parsed key. It holds the secret, so it zeroizes itself and never prints it in `Debug`.
pub struct ApiKey {
    text: Zeroizing<String>,
    prefix_len: usize,
}

impl ApiKey {
    /// Builds a key from its parts, appending the checksum.
    pub fn assemble(prefix: &str, id: &str, secret: &str) -> ApiKey {
        let mut text = Zeroizing::new(String::with_capacity(MAX_KEY_LEN));
        text.push_str(prefix);
        text.push('_');
        text.push_str(id);
        text.push('_');
        text.push_str(secret);
        let checksum = base62_u32(crc32fast::hash(text.as_bytes()));
        text.push_str(&checksum);
        ApiKey {
            text,
            prefix_len: prefix.len(),
        }
    }

    /// Parses and checks a key; surrounding whitespace is ignored.
    pub fn parse(input: &str) -> Result<ApiKey, KeyFormatError> {
        let text = input.trim();
        let malformed = |why: &str| Err(KeyFormatError::Malformed(why.to_owned()));
        if text.is_empty() {
            return malformed("the key is empty");
        }
        // The offending character is not quoted: the input may be a secret with a typo in it.
        if let Some(at) = text
            .bytes()
            .position(|b| !(b.is_ascii_alphanumeric() || b == b'_'))
        {
            return Err(KeyFormatError::Malformed(format!(
                "a character other than A-Z, a-z, 0-9 and _ at byte {at}"
            )));
        }
        if text.len() > MAX_KEY_LEN {
            return malformed(&format!(
                "{} characters, longer than the {MAX_KEY_LEN} a key can have",
                text.len()
            ));
        }
        let mut parts = text.rsplitn(3, '_');
        let (Some(tail), Some(id), Some(prefix)) = (parts.next(), parts.next(), parts.next())
        else {
            return malformed("expected PREFIX_ID_SECRET");
        };
        if let Err(why) = validate_prefix(prefix) {
            return malformed(&why);
        }
        if id.len() != ID_LEN {
            return malformed(&format!(
                "the id part has {} characters, not {ID_LEN}",
                id.len()
            ));
        }
        if tail.len() != SECRET_LEN + CHECKSUM_LEN {
            return malformed(&format!(
                "the secret part has {} characters, not {}",
                tail.len(),
                SECRET_LEN + CHECKSUM_LEN
            ));
        }
        let (body, checksum) = text.split_at(text.len() - CHECKSUM_LEN);
        let expected = base62_u32(crc32fast::hash(body.as_bytes()));
        // The checksum is public information (it is derived from the key in plain sight), so an
        // ordinary comparison leaks nothing about any stored secret.
        if checksum != expected {
            return Err(KeyFormatError::BadChecksum);
        }
        Ok(ApiKey {
            text: Zeroizing::new(text.to_owned()),
            prefix_len: prefix.len(),
        })
    }

    pub fn prefix(&self) -> &str {
        &self.text[..self.prefix_len]
    }

    pub fn id(&self) -> &str {
        &self.text[self.prefix_len + 1..self.prefix_len + 1 + ID_LEN]
    }

    /// The whole key, secret included. Handle with care.
    pub fn expose(&self) -> &str {
        &self.text
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ApiKey({}_{}_(redacted))", self.prefix(), self.id())
    }
}

/// A prefix starts with a letter, uses `[A-Za-z0-9_]`, does not end with `_` and fits the length.
pub fn validate_prefix(prefix: &str) -> Result<(), String> {
    if prefix.is_empty() {
        return Err("the prefix is empty".into());
    }
    if prefix.len() > MAX_PREFIX_LEN {
        return Err(format!(
            "the prefix has {} characters; at most {MAX_PREFIX_LEN} fit in a {MAX_KEY_LEN}-character key",
            prefix.len()
        ));
    }
    if !prefix.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return Err("the prefix must start with a letter".into());
    }
    if let Some(at) = prefix
        .bytes()
        .position(|b| !(b.is_ascii_alphanumeric() || b == b'_'))
    {
        return Err(format!(
            "the prefix has a character other than A-Z, a-z, 0-9 and _ at byte {at}"
        ));
    }
    if prefix.ends_with('_') {
        return Err("the prefix must not end with _".into());
    }
    Ok(())
}

/// Whether `id` could be a key id (the right length, base62).
pub fn is_valid_id(id: &str) -> bool {
    id.len() == ID_LEN && id.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// Maps uniformly random bytes to base62 characters by rejection: bytes ≥ 248 (= 4 × 62) are
/// skipped so that every character is equally likely. Returns how many characters were appended.
///
/// Written by hand because rand's `Alphanumeric` needs an infallible generator, and the OS generator
/// is fallible: its failure must be an error, not a panic.
pub fn push_base62_from_bytes(random: &[u8], out: &mut String, want: usize) -> usize {
    let before = out.len();
    for &b in random {
        if out.len() - before == want {
            break;
        }
        if b < 248 {
            out.push(BASE62[usize::from(b % 62)] as char);
        }
    }
    out.len() - before
}

/// A `u32` as exactly six base62 digits (62^6 > 2^32), most significant first.
///
/// By hand: the base62 crates encode variable-length integers; the key format needs fixed width.
pub fn base62_u32(mut value: u32) -> String {
    let mut digits = [b'0'; CHECKSUM_LEN];
    for slot in digits.iter_mut().rev() {
        *slot = BASE62[(value % 62) as usize];
        value /= 62;
    }
    String::from_utf8_lossy(&digits).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_message_about_an_input_quotes_any_of_it() {
        // Secrets of every shape a user might paste by mistake, with and without underscores.
        let alphabet = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.:";
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for n in 0..3000 {
            let len = 5 + n % 70;
            let input: String = (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    alphabet[(state % alphabet.len() as u64) as usize] as char
                })
                .collect();
            let Err(e) = ApiKey::parse(&input) else {
                continue;
            };
            let message = e.to_string();
            let leaked = (0..input.len().saturating_sub(4))
                .map(|i| &input[i..i + 5])
                .find(|piece| message.contains(piece));
            assert_eq!(leaked, None, "{input:?} → {message}");
        }
    }

    const ID: &str = "4fTq9ZbX";
    const SECRET: &str = "y3Kp0wQm8VhR2sLcN6dJtA1eB7gU";

    #[test]
    fn assembled_keys_parse_back() {
        let key = ApiKey::assemble("kw", ID, SECRET);
        assert_eq!(key.expose().len(), 2 + 44);
        let parsed = ApiKey::parse(key.expose()).unwrap();
        assert_eq!(parsed.prefix(), "kw");
        assert_eq!(parsed.id(), ID);
        assert_eq!(parsed.expose(), key.expose());
    }

    #[test]
    fn prefixes_with_underscores_parse() {
        let key = ApiKey::assemble("myapp_live", ID, SECRET);
        let parsed = ApiKey::parse(&format!("  {}\n", key.expose())).unwrap();
        assert_eq!(parsed.prefix(), "myapp_live");
        assert_eq!(parsed.id(), ID);
    }

    #[test]
    fn the_longest_prefix_makes_a_64_character_key() {
        let prefix = "a".repeat(MAX_PREFIX_LEN);
        let key = ApiKey::assemble(&prefix, ID, SECRET);
        assert_eq!(key.expose().len(), MAX_KEY_LEN);
        assert!(ApiKey::parse(key.expose()).is_ok());
        assert!(validate_prefix(&"a".repeat(MAX_PREFIX_LEN + 1)).is_err());
    }

    #[test]
    fn every_single_character_change_fails_the_checksum() {
        let key = ApiKey::assemble("kw", ID, SECRET);
        let text = key.expose().to_owned();
        for i in 0..text.len() {
            if text.as_bytes()[i] == b'_' {
                continue;
            }
            for &c in BASE62 {
                if c == text.as_bytes()[i] {
                    continue;
                }
                let mut changed = text.clone().into_bytes();
                changed[i] = c;
                let changed = String::from_utf8(changed).unwrap();
                let err = ApiKey::parse(&changed).unwrap_err();
                if i == 0 && c.is_ascii_digit() {
                    // A prefix must start with a letter: caught before the checksum.
                    assert!(matches!(err, KeyFormatError::Malformed(_)), "{changed}");
                } else {
                    assert_eq!(err, KeyFormatError::BadChecksum, "{changed}");
                }
            }
        }
    }

    #[test]
    fn malformed_keys_say_what_is_wrong() {
        let cases = [
            ("", "empty"),
            ("kw-abc", "_ at byte 2"),
            ("kw_abc", "expected PREFIX_ID_SECRET"),
            ("kw_abc_def", "id part has 3 characters"),
            ("kw_4fTq9ZbX_short", "secret part has 5 characters"),
            (
                "9w_4fTq9ZbX_y3Kp0wQm8VhR2sLcN6dJtA1eB7gU000000",
                "must start with a letter",
            ),
            (&"a".repeat(65), "longer than the 64"),
        ];
        for (input, want) in cases {
            match ApiKey::parse(input) {
                Err(KeyFormatError::Malformed(why)) => {
                    assert!(why.contains(want), "{input}: {why}")
                }
                other => panic!("{input}: {other:?}"),
            }
        }
    }

    #[test]
    fn debug_hides_the_secret() {
        let key = ApiKey::assemble("kw", ID, SECRET);
        let shown = format!("{key:?}");
        assert_eq!(shown, "ApiKey(kw_4fTq9ZbX_(redacted))");
        assert!(!shown.contains(SECRET));
    }

    #[test]
    fn prefixes_are_validated() {
        assert!(validate_prefix("kw").is_ok());
        assert!(validate_prefix("myapp_live").is_ok());
        for bad in ["", "_kw", "kw_", "k-w", "1kw", "kw key", "ké"] {
            assert!(validate_prefix(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn base62_checksums_are_fixed_width() {
        assert_eq!(base62_u32(0), "000000");
        assert_eq!(base62_u32(61), "00000z");
        assert_eq!(base62_u32(62), "000010");
        assert_eq!(base62_u32(u32::MAX), "4gfFC3");
    }

    #[test]
    fn rejection_sampling_skips_biased_bytes() {
        let mut out = String::new();
        let n = push_base62_from_bytes(&[0, 61, 62, 247, 248, 255, 1], &mut out, 10);
        assert_eq!(n, 5);
        assert_eq!(out, "0z0z1");
        let mut out = String::new();
        assert_eq!(push_base62_from_bytes(&[1, 2, 3], &mut out, 2), 2);
        assert_eq!(out, "12");
    }

    #[test]
    fn ids_are_eight_base62_characters() {
        assert!(is_valid_id(ID));
        assert!(!is_valid_id("4fTq9Zb"));
        assert!(!is_valid_id("4fTq9Zb_"));
    }
}
