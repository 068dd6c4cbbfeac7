//! Recognising credentials by their form: provider key formats, JWTs, keyward's own keys, and
//! placeholders that only stand for a credential.
//!
//! Each detector carries its provider, what kind of credential it is, the header the provider
//! documents for sending it, and examples beside its definition that its tests run.

mod catalog;
pub mod scan;

pub use catalog::DETECTORS;

use std::sync::{LazyLock, OnceLock};

/// What kind of credential a value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A secret key or token for an API.
    SecretKey,
    /// A key meant to be public (a publishable key): low risk.
    PublishableKey,
    /// The identifier half of a key pair (an AWS access key ID): it names the key, and its secret
    /// half is usually written next to it.
    KeyId,
    /// A signed token carrying a user's identity (a JWT).
    Token,
    /// A URL that is itself the credential (a webhook).
    WebhookUrl,
    PrivateKey,
}

impl Kind {
    /// In words, for messages: "secret key", "private key"…
    pub fn describe(self) -> &'static str {
        match self {
            Kind::SecretKey => "secret key",
            Kind::PublishableKey => "publishable key",
            Kind::KeyId => "access key ID",
            Kind::Token => "token",
            Kind::WebhookUrl => "webhook URL",
            Kind::PrivateKey => "private key",
        }
    }
}

/// Live or test, where the format says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    Live,
    Test,
}

/// A check a pattern cannot express.
#[derive(Debug)]
pub struct Check {
    /// What is checked: `checksum`, `header` (a JWT's), `DER` (a PEM body).
    pub what: &'static str,
    pub holds: fn(&str) -> bool,
}

/// One provider format.
#[derive(Debug)]
pub struct Detector {
    /// Stable id, used in findings: `github-token`, `aws-access-key-id`…
    pub id: &'static str,
    pub provider: &'static str,
    pub kind: Kind,
    /// The header the provider documents for sending it, e.g. `Authorization: Bearer` or
    /// `x-goog-api-key`.
    pub header: &'static str,
    /// Where a leaked one is revoked: the provider's page, or what to do.
    pub revoke: &'static str,
    /// Literals every value contains: what the scanner's prefilter looks for.
    pub literals: &'static [&'static str],
    /// How many bytes before its literal a value may start (0: it starts with the literal).
    pub back: usize,
    /// The literal is context written before the value, not part of it (`AccountKey=`).
    pub lead: bool,
    /// Words a value may be glued to (`bot` in Telegram's `/bot<token>/` URLs); otherwise a
    /// letter or digit right before a value means it is part of something longer.
    pub glued_after: &'static [&'static str],
    /// The value's form: a `regex::bytes` pattern over ASCII.
    pub pattern: &'static str,
    pub check: Option<Check>,
    /// Markers of live and test values.
    pub modes: &'static [(&'static str, Mode)],
    /// Value prefixes that make it a user's token (a personal access token, an OAuth user
    /// token): it acts with a user's identity and rights, not as an application's key.
    pub user_prefixes: &'static [&'static str],
    /// Values that must be recognised as this format and values that must not; the tests run them.
    pub examples: (&'static [&'static str], &'static [&'static str]),
}

impl Detector {
    /// What most formats share; entries spell out the rest.
    const BASE: Detector = Detector {
        id: "",
        provider: "",
        kind: Kind::SecretKey,
        header: "",
        revoke: "",
        literals: &[],
        back: 0,
        lead: false,
        glued_after: &[],
        pattern: "",
        check: None,
        modes: &[],
        user_prefixes: &[],
        examples: (&[], &[]),
    };

    /// The compiled pattern, anchored at the start: built the first time this format is needed,
    /// so that a run that meets three formats compiles three regexes.
    pub(crate) fn regex(&self) -> &'static regex::bytes::Regex {
        static COMPILED: LazyLock<Vec<OnceLock<regex::bytes::Regex>>> =
            LazyLock::new(|| DETECTORS.iter().map(|_| OnceLock::new()).collect());
        let index = DETECTORS
            .iter()
            .position(|d| std::ptr::eq(d, self))
            .expect("detectors are the catalog's");
        COMPILED[index].get_or_init(|| {
            // Anchored, short matches: a small lazy-DFA cache per thread is enough, and keeps
            // a scan's memory small with all the catalog's regexes in use.
            regex::bytes::RegexBuilder::new(&format!(r"(?-u)\A(?:{})", self.pattern))
                .dfa_size_limit(256 << 10)
                .build()
                .expect("catalog patterns are tested")
        })
    }

    /// Whether the whole of `value` has this form (the check aside).
    fn matches_whole(&self, value: &str) -> bool {
        self.regex()
            .find(value.as_bytes())
            .is_some_and(|m| m.end() == value.len())
    }

    fn mode_of(&self, value: &str) -> Option<Mode> {
        self.modes
            .iter()
            .find(|(marker, _)| value.contains(marker))
            .map(|(_, mode)| *mode)
    }
}

/// A value identified as a credential.
#[derive(Debug, Clone, Copy)]
pub struct Detection {
    pub detector: &'static Detector,
    /// Whether the format's check holds: `None` when the format has none.
    pub check: Option<bool>,
    pub mode: Option<Mode>,
    /// Whether it acts for a user (a token) rather than identifying an application (a key).
    pub for_user: bool,
    /// Where the value is published as an example, when it is one: not a leak.
    pub example: Option<&'static str>,
}

/// Detectors are statics: the same detector is the same id.
impl PartialEq for Detection {
    fn eq(&self, other: &Detection) -> bool {
        self.detector.id == other.detector.id
    }
}

impl Eq for Detection {}

fn without_bearer(value: &str) -> &str {
    let value = value.trim();
    value
        .strip_prefix("Bearer ")
        .or_else(|| value.strip_prefix("bearer "))
        .unwrap_or(value)
}

/// The provider format `value` has, if any, when its check holds: a token with a wrong checksum
/// was mistyped or made up.
pub fn identify(value: &str) -> Option<Detection> {
    recognise(value).filter(|d| d.check != Some(false))
}

/// No provider value is shorter (AWS key ids are the shortest); the test of the catalog says so.
const SHORTEST: usize = 20;

/// The provider format `value` has, if any, and whether its check holds.
pub fn recognise(value: &str) -> Option<Detection> {
    let value = without_bearer(value);
    if value.len() < SHORTEST {
        return None;
    }
    let detector = scan::candidates(value.as_bytes())
        .find(|d| d.matches_whole(value))
        .or_else(|| {
            // keyward keys with a custom prefix have no literal to look for.
            let keyward = DETECTORS.iter().find(|d| d.id == "keyward-key")?;
            keyward.matches_whole(value).then_some(keyward)
        })?;
    Some(detection(detector, value))
}

fn detection(detector: &'static Detector, value: &str) -> Detection {
    Detection {
        detector,
        check: detector.check.as_ref().map(|c| (c.holds)(value)),
        mode: detector.mode_of(value),
        for_user: detector.kind == Kind::Token
            || detector.user_prefixes.iter().any(|p| value.starts_with(p)),
        example: documented_example(value),
    }
}

/// Values published in documentation as examples; finding one is not finding a leak.
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
];

/// Where `value` is published as an example, if it is one.
pub fn documented_example(value: &str) -> Option<&'static str> {
    let value = without_bearer(value);
    DOCUMENTED_EXAMPLES
        .iter()
        .find(|(example, _)| *example == value)
        .map(|(_, source)| *source)
}

/// The base64 text of a PEM block: between its BEGIN and END lines, without header lines
/// (`Proc-Type: …`) and line breaks, also when they are written as `\n` escapes (a PEM in JSON).
pub fn pem_body(value: &str) -> Option<String> {
    let value = value.replace("\\r", "").replace("\\n", "\n");
    let after_begin = value.split_once("-----BEGIN ")?.1;
    let after_label = after_begin.split_once("-----")?.1;
    let body = after_label.split_once("-----END ")?.0;
    let text: String = body
        .lines()
        .filter(|line| !line.contains(':'))
        .flat_map(|line| line.chars())
        .filter(|c| !c.is_whitespace())
        .collect();
    (!text.is_empty()).then_some(text)
}

/// Shannon entropy of the value's characters, in bits per character.
pub fn entropy(value: &str) -> f64 {
    // Bytes, not characters: credentials are ASCII, and a count table needs no allocation.
    let mut counts = [0usize; 256];
    for b in value.bytes() {
        counts[usize::from(b)] += 1;
    }
    let total = value.len() as f64;
    counts
        .iter()
        .filter(|&&n| n > 0)
        .map(|&n| {
            let p = n as f64 / total;
            -p * p.log2()
        })
        .sum()
}

/// Whether a value only stands for a credential: `$VAR`, `${VAR}`, `$(cmd)`, `{{var}}`, `%VAR%`,
/// `${{ secrets.X }}`, `<YOUR_KEY>`, `YOUR_API_KEY`, `xxxx…`, `***`. Placement is still judged for
/// these (documenting `?api_key=$KEY` teaches users to leak keys), but they are not leaked secrets.
pub fn is_reference(value: &str) -> bool {
    let v = value.trim();
    let v = v
        .strip_prefix("Bearer ")
        .or_else(|| v.strip_prefix("bearer "))
        .unwrap_or(v)
        .trim();
    if v.is_empty() {
        return true;
    }
    if v.contains("${") || v.contains("$(") {
        return true;
    }
    // `$API_KEY`, but not a password hash (`$argon2id$v=19$…`, `$2b$12$…`), which has several
    // `$`s, or a `$` followed by a digit.
    // `$API_KEY` is a reference; `$ecr3tP@ss` is a password that starts with a dollar.
    if let Some(rest) = v.strip_prefix('$')
        && rest.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && rest.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
    {
        return true;
    }
    if v.contains("{{") && v.contains("}}") {
        return true;
    }
    if v.len() > 2 && v.starts_with('%') && v.ends_with('%') {
        return true;
    }
    if v.starts_with('<') && v.ends_with('>') {
        return true;
    }
    // `cat token.txt` in backticks: a command substitution.
    if v.len() > 2 && v.starts_with('`') && v.ends_with('`') {
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
    let upper = v.to_ascii_uppercase();
    if [
        "YOUR_",
        "YOUR-",
        "MY_",
        "<",
        "REPLACE",
        "INSERT",
        "CHANGEME",
        "CHANGE_ME",
        "PLACEHOLDER",
        "EXAMPLE_",
        "TODO",
    ]
    .iter()
    .any(|p| upper.starts_with(p))
    {
        return true;
    }
    if upper.contains("YOUR_API")
        || upper.contains("YOUR_TOKEN")
        || upper.contains("YOUR_KEY")
        || upper.contains("YOUR_SECRET")
    {
        return true;
    }
    // One filler character repeated: `xxxxxxxx`, `********`, `00000000`, also after a
    // provider's prefix: `sk_live_xxxxxxxxxxxx`, `ghp_XXXXXXXX`.
    let tail = v.rsplit(['_', '-']).next().unwrap_or(v);
    if tail.len() >= 8 && tail.len() * 2 >= v.len() / 2 && is_filler(tail) {
        return true;
    }
    is_filler(v)
}

fn is_filler(v: &str) -> bool {
    let mut fill = v.chars().filter(|c| *c != '-' && *c != '_');
    let first = fill.next();
    let filler = first
        .is_some_and(|f| matches!(f, 'x' | 'X' | '*' | '.' | '0' | '•') && fill.all(|c| c == f));
    filler && v.len() >= 3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_detector_matches_its_examples_and_rejects_its_counterexamples() {
        for detector in DETECTORS {
            let (good, bad) = detector.examples;
            assert!(!good.is_empty(), "{}: no example", detector.id);
            // A value known by the context before it (`AccountKey=`) is only found in text.
            for value in good.iter().filter(|_| !detector.lead) {
                let found = identify(value).map(|d| d.detector.id);
                assert_eq!(found, Some(detector.id), "{}: {value}", detector.id);
            }
            for value in bad {
                let found = identify(value).map(|d| d.detector.id);
                assert_ne!(found, Some(detector.id), "{}: {value}", detector.id);
            }
        }
    }

    #[test]
    fn no_value_is_shorter_than_the_shortest() {
        for detector in DETECTORS {
            for value in detector.examples.0 {
                assert!(value.len() >= SHORTEST, "{}: {value}", detector.id);
            }
        }
    }

    #[test]
    fn ids_are_unique() {
        let mut ids: Vec<&str> = DETECTORS.iter().map(|d| d.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), DETECTORS.len());
    }

    #[test]
    fn references_stand_for_secrets() {
        for reference in [
            "$API_KEY",
            "${API_KEY}",
            "$(cat key)",
            "{{apiKey}}",
            "%API_KEY%",
            "${{ secrets.KEY }}",
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
            "ABCDEFGHIJKLMNOP",
            "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHQ$aGFzaA",
            "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW",
        ] {
            assert!(!is_reference(secret), "{secret}");
        }
    }
}
