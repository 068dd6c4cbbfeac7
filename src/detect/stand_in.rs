//! Values that only stand in for a credential: references to one (`$API_KEY`, `{{token}}`),
//! placeholders (`<YOUR_KEY>`, `xxxx`, `%(key)s`, keyward's own `sk_l…`), values published as
//! examples (AWS's `AKIAIOSFODNN7EXAMPLE`, RFC 6750's tokens), and trivial test values
//! (`user:pass`, `guest`). Placement is still judged for references and placeholders (documenting
//! `?api_key=$KEY` teaches users to leak keys); trivial values are no credential at all.

use super::random::is_filler;

/// Values published in documentation and specifications as examples: finding one is not
/// finding a leak.
static DOCUMENTED_EXAMPLES: &[(&str, &str)] = &[
    ("AKIAIOSFODNN7EXAMPLE", "AWS documentation"),
    (
        "AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "AWS documentation",
    ),
    (
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "AWS documentation",
    ),
    ("AKIAI44QH8DHBEXAMPLE", "AWS documentation"),
    (
        "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
        "AWS documentation",
    ),
    ("DEMO_KEY", "api.nasa.gov's demo key"),
    (
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
        "Azurite, the Azure Storage emulator",
    ),
    (
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
        "jwt.io's sample token",
    ),
    (
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiYWRtaW4iOnRydWUsImlhdCI6MTUxNjIzOTAyMn0.KMUFsIDTnFmyG3nMiGM6H9FNFUROf3wh7SmqJp-QV30",
        "jwt.io's sample token",
    ),
    ("sk_test_4eC39HqLyjWDarjtT1zdp7dc", "Stripe documentation"),
    ("pk_test_TYooMQauvdEDq54NiTphI7jx", "Stripe documentation"),
    ("sk_test_BQokikJOvBiI2HlWgH4olfQ2", "Stripe documentation"),
    (
        "b6907d289e10d714a6e88b30761fae22",
        "OpenWeatherMap's sample appid",
    ),
    (
        "439d4b804bc8187953eb36d2a8c26a02",
        "OpenWeatherMap's sample appid",
    ),
    (
        "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
        "GitHub documentation",
    ),
    (
        "xoxb-not-a-real-token-this-will-not-work",
        "Slack documentation",
    ),
    (
        "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
        "Slack documentation",
    ),
    (
        "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "SendGrid documentation",
    ),
    // The OAuth 2.0 and Bearer Token RFCs' examples.
    ("2YotnFZFEjr1zCsicMWpAA", "RFC 6749"),
    ("tGzv3JOkF0XG5Qx2TlKWIA", "RFC 6749"),
    ("SplxlOBeZQQYbYS6WxSbIA", "RFC 6749"),
    ("SlAV32hkKG", "RFC 6749"),
    ("8xLOxBtZp8", "RFC 6749"),
    (
        "czZCaGRSa3F0MzpnWDFmQmF0M2JW",
        "RFC 6749 (s6BhdRkqt3:gX1fBat3bV)",
    ),
    ("gX1fBat3bV", "RFC 6749"),
    ("mF_9.B5f-4.1JqM", "RFC 6750"),
    ("h480djs93hd8", "RFC 6749"),
    ("489dks293j39", "RFC 6749"),
    (
        "QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
        "RFC 7617 (Aladdin:open sesame)",
    ),
    ("opensesame", "RFC 7617"),
    ("open sesame", "RFC 7617"),
    // Keys the Firebase SDKs publish in their own sources and tests.
    (
        "AIzaSyabcdefghijklmnopqrstuvwxyz1234567",
        "Firebase SDK samples",
    ),
    (
        "AIzaSyAnLA7NfeLquW1tJFpx_eQCxoX-oo6YyIs",
        "Firebase SDK samples",
    ),
    (
        "AIzaSyCkEhVjf3pduRDt6d1yKOMitrUEke8agEM",
        "Firebase SDK samples",
    ),
    (
        "AIzaSyDMAScliyLx7F0NPDEJi1QmyCgHIAODrlU",
        "Firebase SDK samples",
    ),
    (
        "AIzaSyD3asb-2pEZVqMkmL6M9N6nHZRR_znhrh0",
        "Firebase SDK samples",
    ),
    (
        "AIzayDNSXIbFmlXbIE6mCzDLQAqITYefhixbX4A",
        "Firebase SDK samples",
    ),
    (
        "AIzaSyAdOS2zB6NCsk1pCdZ4-P6GBdi_UUPwX7c",
        "Firebase SDK samples",
    ),
    (
        "AIzaSyASWm6HmTMdYWpgMnjRBjxcQ9CKctWmLd4",
        "Firebase SDK samples",
    ),
    (
        "AIzaSyANUvH9H9BsUccjsu2pCmEkOPjjaXeDQgY",
        "Firebase SDK samples",
    ),
    (
        "AIzaSyA5_iVawFQ8ABuTZNUdcwERLJv_a_p4wtM",
        "Firebase SDK samples",
    ),
    (
        "AIzaSyA4UrcGxgwQFTfaI3no3t7Lt1sjmdnP5sQ",
        "Firebase SDK samples",
    ),
    (
        "AIzaSyDSb51JiIcB6OJpwwMicseKRhhrOq1cS7g",
        "Firebase SDK samples",
    ),
    (
        "AIzaSyBF2RrAIm4a0mO64EShQfqfd2AFnzAvvuU",
        "Firebase SDK samples",
    ),
    (
        "AIzaSyBcE-OOIbhjyR83gm4r2MFCu4MJmprNXsw",
        "Firebase SDK samples",
    ),
    (
        "AIzaSyB8qGxt4ec15vitgn44duC5ucxaOi4FmqE",
        "Firebase SDK samples",
    ),
    (
        "AIzaSyA8vmApnrHNFE0bApF4hoZ11srVL_n0nvY",
        "Firebase SDK samples",
    ),
];

fn without_scheme(value: &str) -> &str {
    let value = value.trim();
    for scheme in ["Bearer ", "bearer ", "Basic ", "basic ", "Token ", "token "] {
        if let Some(rest) = value.strip_prefix(scheme) {
            return rest.trim_start();
        }
    }
    value
}

/// Where `value` is published as an example, if it is one.
pub fn documented_example(value: &str) -> Option<&'static str> {
    let value = without_scheme(value);
    DOCUMENTED_EXAMPLES
        .iter()
        .find(|(example, _)| *example == value)
        .map(|(_, source)| *source)
}

/// Whether a value only stands for a credential: `$VAR`, `${VAR}`, `$(cmd)`, `{{var}}`, `%VAR%`,
/// `${{ secrets.X }}`, `{API_KEY}`, `%(key)s`, `<YOUR_KEY>`, `YOUR_API_KEY`, `xxxx…`, `***`,
/// `1234…`, keyward's own redaction (`sk_l…`). Placement is still judged for these, but they are
/// not leaked secrets.
pub fn is_reference(value: &str) -> bool {
    let v = without_scheme(value);
    if v.is_empty() {
        return true;
    }
    // Which bytes the value holds: most checks below look for a byte it lacks, and are skipped
    // (this runs for every value of every request).
    let mut holds = [false; 256];
    for b in v.bytes() {
        holds[usize::from(b)] = true;
    }
    let has = |b: u8| holds[usize::from(b)];
    if (has(b'$') || has(b'#')) && (v.contains("${") || v.contains("$(") || v.contains("#{")) {
        return true;
    }
    // `$API_KEY`, but not a password hash (`$argon2id$v=19$…`, `$2b$12$…`), which has several
    // `$`s, or a `$` followed by a digit. `$ecr3tP@ss` is a password that starts with a dollar.
    if let Some(rest) = v.strip_prefix('$')
        && rest.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && rest.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
    {
        return true;
    }
    if has(b'{') && v.contains("{{") && v.contains("}}") {
        return true;
    }
    // `{API_KEY}`, `{0}`, `%(key)s`, `%s`: a template's or a format string's slot.
    if v.len() >= 2
        && v.starts_with('{')
        && v.ends_with('}')
        && v[1..v.len() - 1]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"_.-: ".contains(&b))
    {
        return true;
    }
    // A private key block that only shows where a key goes (`MIIE...`, base64 of prose).
    if has(b'-') && v.contains("-----BEGIN ") {
        return super::pem::is_placeholder(v);
    }
    if has(b'%') && v.contains("%(") && v.contains(")s") || v == "%s" || v == "%v" {
        return true;
    }
    if v.len() > 2 && v.starts_with('%') && v.ends_with('%') {
        return true;
    }
    if v.starts_with('<') && v.ends_with('>') || v.starts_with('[') && v.ends_with(']') {
        return true;
    }
    // `cat token.txt` in backticks: a command substitution.
    if v.len() > 2 && v.starts_with('`') && v.ends_with('`') {
        return true;
    }
    // What keyward and other tools print in place of a secret, and redaction marks inside one
    // (`xoxp-…-####################`).
    // `…` and `•` are three bytes from 0xE2; `...`, `####` and `****` need their byte.
    if has(0xE2) && (v.contains('…') || v.contains("••••"))
        || has(b'.') && v.contains("...")
        || has(b'#') && v.contains("####")
        || has(b'*') && v.contains("****")
    {
        return true;
    }
    // An environment variable's name written without `$`: `API_KEY`, `ACCESS_TOKEN`, `TOKEN`.
    // Generated secrets have digits or lower case; these have neither.
    if v.len() >= 3
        && v.bytes().all(|b| b.is_ascii_uppercase() || b == b'_')
        && (v.contains('_')
            || ["TOKEN", "KEY", "SECRET", "PASSWORD", "APIKEY", "PASS"].contains(&v))
    {
        return true;
    }
    let bytes = v.as_bytes();
    const STARTS: &[&str] = &[
        "YOUR_",
        "YOUR-",
        "YOUR.",
        "MY_",
        "MY-TOKEN",
        "MY-KEY",
        "MY-SECRET",
        "MY-API",
        "MY-PASS",
        "REPLACE",
        "INSERT",
        "CHANGEME",
        "CHANGE_ME",
        "PLACEHOLDER",
        "EXAMPLE_",
        "TODO",
        "REDACTED",
        "DUMMY",
        "FAKE_",
        "FAKE-",
        "SAMPLE_",
    ];
    let starts =
        |p: &str| bytes.len() >= p.len() && bytes[..p.len()].eq_ignore_ascii_case(p.as_bytes());
    if STARTS.iter().any(|p| starts(p)) {
        return true;
    }
    const WITHIN: &[&str] = &[
        "YOUR_API",
        "YOUR_TOKEN",
        "YOUR_KEY",
        "YOUR_SECRET",
        "YOURAPIKEY",
        "_HERE",
        "REDACTED",
        "PLACEHOLDER",
    ];
    // Each of these holds `_`, `Y` or `R`/`P` (REDACTED, PLACEHOLDER): only then is an upper-case
    // copy made to look for them.
    let may = has(b'_')
        || [b'Y', b'R', b'P']
            .iter()
            .any(|&c| has(c) || has(c.to_ascii_lowercase()));
    if may && {
        let upper = v.to_ascii_uppercase();
        WITHIN.iter().any(|w| upper.contains(w))
    } {
        return true;
    }
    // Filler, also after a provider's prefix: `sk_live_xxxxxxxxxxxx`, `ghp_XXXXXXXX`,
    // `AKIAXXXXXXXXXXXXXXXX`, `ntn_1234567890…`.
    let tail = v.rsplit(['_', '-']).next().unwrap_or(v);
    (tail.len() >= 8 && tail.len() * 2 >= v.len() && is_filler(tail)) || is_filler(v)
}

/// Test values that are no credential at all, wherever they are written: `a:b`, `user:pass`,
/// `guest`, `password`, `foo:bar`: the parts of a `user:password` pair or a lone password that
/// a person types to try a parser out.
pub fn is_trivial(value: &str) -> bool {
    let v = without_scheme(value);
    // Basic credentials are base64 of `user:password`: `dXNlcm5hbWU6cGFzc3dvcmQ=` is trivial.
    if let Some(pair) = basic_pair(v) {
        return is_trivial(&pair);
    }
    if let Some((user, password)) = v.split_once(':') {
        return (is_trivial_word(user) || user.len() <= 3) && is_trivial(password);
    }
    v.chars().count() <= 3 || is_trivial_word(v)
}

/// The `user:password` a base64 value encodes, if it encodes one.
fn basic_pair(value: &str) -> Option<String> {
    use base64::Engine;
    if value.len() < 4 || !value.len().is_multiple_of(4) || value.contains(':') {
        return None;
    }
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(value)
        .ok()?;
    let text = String::from_utf8(bytes).ok()?;
    (text.contains(':') && text.chars().all(|c| c.is_ascii_graphic() || c == ' ')).then_some(text)
}

fn is_trivial_word(word: &str) -> bool {
    // `value2`, `secret123`, `test1`: the number only tells examples apart.
    let word = word.trim_end_matches(|c: char| c.is_ascii_digit());
    const WORDS: &[&str] = &[
        "pass",
        "passw0rd",
        "password",
        "password1",
        "password123",
        "passwd",
        "pwd",
        "secret",
        "secret123",
        "s3cr3t",
        "mysecret",
        "mypassword",
        "yourpassword",
        "user",
        "username",
        "guest",
        "admin",
        "admin123",
        "administrator",
        "root",
        "toor",
        "test",
        "tester",
        "testing",
        "testpass",
        "testpassword",
        "demo",
        "example",
        "foo",
        "bar",
        "baz",
        "qux",
        "foobar",
        "changeme",
        "hunter2",
        "p@ssw0rd",
        "p@ssword",
        "pa$$word",
        "aladdin",
        "opensesame",
        "dummy",
        "default",
        "none",
        "null",
        "nil",
        "empty",
        "anonymous",
        "token",
        "apikey",
        "api_key",
        "key",
        "value",
        "val",
        "string",
        "abc",
        "alice",
        "bob",
        "john",
        "jdoe",
        "doe",
        "me",
        "you",
        "someone",
        "somebody",
        "login",
        "auth",
    ];
    let lower = word.to_ascii_lowercase();
    // `my-token`, `test_key`, `your.password`: whose it is, then the word for what it is.
    let owned = ["my", "your", "test", "fake", "dummy", "sample", "example"]
        .iter()
        .filter_map(|owner| lower.strip_prefix(owner))
        .map(|rest| rest.trim_start_matches(['-', '_', '.']))
        .any(|rest| !rest.is_empty() && WORDS.contains(&rest));
    owned || WORDS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_stand_for_secrets() {
        for reference in [
            "$API_KEY",
            "${API_KEY}",
            "$(cat key)",
            "{{apiKey}}",
            "%API_KEY%",
            "${{ secrets.KEY }}",
            "{API_KEY}",
            "%(key)s",
            "<YOUR_KEY>",
            "YOUR_API_KEY",
            "xxxxxxxx",
            "***",
            "Bearer $TOKEN",
            "",
            "REPLACE_ME",
            "`cat token.txt`",
            "ACCESS_TOKEN",
            "TOKEN",
            "AKIAXXXXXXXXXXXXXXXX",
            "sk_live_AAAAAAAAAAAAAAAAAAAAAAAA",
            "sk_l…",
            "ntn_123456789012345678901234567890123456789012345678901234567890",
        ] {
            assert!(is_reference(reference), "{reference}");
        }
        for secret in [
            "s3cr3t-v4lue",
            "ghp_abc",
            "hunter2",
            "x1",
            "price$5",
            "AKIAIOSFODNN7EXAMPLE",
            "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$aGFzaA",
            "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW",
            "sk_live_4eC39HqLyjWDarjtT1zdp7dcX",
        ] {
            assert!(!is_reference(secret), "{secret}");
        }
    }

    #[test]
    fn trivial_values_are_no_credentials() {
        for value in [
            "a:b",
            "user:pass",
            "guest:guest",
            "username:password",
            "Aladdin:opensesame",
            "foo",
            "b",
            "secret",
            "my-token",
            "test_key",
            "your.password",
            "Basic dXNlcm5hbWU6cGFzc3dvcmQ=",
        ] {
            assert!(is_trivial(value), "{value}");
        }
        for value in [
            "admin:S3cr3tP4ss!",
            "Tz8#kLm2qW9x",
            "ghp_abc123",
            "my-tokenizer",
            "test-Tz8#kLm2qW9x",
            "Basic YWRtaW46VHo4I2tMbTJxVzl4",
        ] {
            assert!(!is_trivial(value), "{value}");
        }
    }
}
