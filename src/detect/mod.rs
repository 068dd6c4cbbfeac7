//! Recognising credentials by their form: provider key formats, JWTs, keyward's own keys, and
//! placeholders that only stand for a credential.
//!
//! Each detector carries its provider, what kind of credential it is, the header the provider
//! documents for sending it, and examples beside its definition that its tests run.

mod catalog;
pub mod jwt_parts;
pub mod named;
pub mod pem;
pub mod random;
pub mod scan;
mod stand_in;

pub use catalog::DETECTORS;
pub use random::{entropy, looks_generated};
pub use stand_in::{documented_example, is_reference, is_trivial};

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
    /// What is checked: `checksum`, `parts` (a JWT's claims and signature), `DER` (a PEM body).
    pub what: &'static str,
    pub holds: fn(&str) -> bool,
    /// What a value whose check fails is.
    pub failing: Failing,
}

/// What a value of a format's form is when the format's check fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failing {
    /// Not of this format after all: a Vault `s.` value that is a property path.
    NotThisFormat,
    /// Mistyped or made up (a checksum that fails, a JWT signed `sig`): it stands in for a
    /// credential, it is none.
    MadeUp,
    /// Damaged or cut short, still a leak: a PEM key whose body does not parse.
    Damaged,
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
    /// What a value of the pattern must also be to have this form at all (a JWT's header
    /// decodes); a value that fails it is something else.
    pub form: Option<fn(&str) -> bool>,
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
        form: None,
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

    /// Whether values of this format are PEM blocks, found by [`pem::block_at`].
    pub(crate) fn is_pem(&self) -> bool {
        self.literals == ["-----BEGIN "]
    }

    /// Whether the whole of `value` has this form (the check aside).
    fn matches_whole(&self, value: &str) -> bool {
        self.regex()
            .find(value.as_bytes())
            .is_some_and(|m| m.end() == value.len())
            && self.has_form(value)
    }

    /// Whether a value of the pattern passes the format's [`Detector::form`].
    pub(crate) fn has_form(&self, value: &str) -> bool {
        self.form.is_none_or(|form| form(value))
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

impl Detection {
    /// Of the format's form, but its checksum fails: mistyped or made up.
    pub fn made_up(&self) -> bool {
        self.check == Some(false)
            && self
                .detector
                .check
                .as_ref()
                .is_some_and(|c| c.failing == Failing::MadeUp)
    }

    /// Of the format, but damaged or cut short (a PEM body that does not parse): still a leak.
    pub fn damaged(&self) -> bool {
        self.check == Some(false)
            && self
                .detector
                .check
                .as_ref()
                .is_some_and(|c| c.failing == Failing::Damaged)
    }
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

/// The provider format `value` has, if any, when it is a credential of that format: its check
/// holds, or it fails in a way that still leaks (a damaged key). A token whose checksum fails
/// was mistyped or made up; a PEM block with a placeholder for a body holds no key.
pub fn identify(value: &str) -> Option<Detection> {
    recognise(value).filter(|d| !(d.made_up() || d.detector.is_pem() && pem::is_placeholder(value)))
}

/// No provider value is shorter (AWS key ids are the shortest); the test of the catalog says so.
const SHORTEST: usize = 20;

/// The provider format `value` has, if any, and whether its check holds.
pub fn recognise(value: &str) -> Option<Detection> {
    let value = without_bearer(value);
    if value.len() < SHORTEST {
        return None;
    }
    let of_form = |d: &&'static Detector| {
        d.matches_whole(value)
            && d.check
                .as_ref()
                .is_none_or(|c| c.failing != Failing::NotThisFormat || (c.holds)(value))
    };
    let detector = scan::candidates(value.as_bytes())
        .find(|d| of_form(d))
        .or_else(|| {
            // keyward keys with a custom prefix have no literal to look for.
            let keyward = DETECTORS.iter().find(|d| d.id == "keyward-key")?;
            of_form(&keyward).then_some(keyward)
        })?;
    Some(detection(detector, value))
}

/// The provider format a value has by the name it is written under, where the form alone says
/// too little: an Azure storage account key (88 characters of base64) under a storage-key name
/// (`AZURE_STORAGE_KEY`, `storageAccountKey`) outside a connection string's `AccountKey=`.
pub fn named_format(name: &str, value: &str) -> Option<Detection> {
    let name: String = name
        .bytes()
        .filter(u8::is_ascii_alphanumeric)
        .map(|b| b.to_ascii_lowercase() as char)
        .collect();
    let storage_key =
        (name.contains("storage") || name.contains("account")) && name.ends_with("key");
    let base64_key = value.len() == 88
        && value.ends_with("==")
        && value[..86]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/');
    let detector = DETECTORS
        .iter()
        .find(|d| d.id == "azure-storage-account-key")?;
    (storage_key && base64_key && random::looks_generated(value))
        .then(|| detection(detector, value))
}

/// Whether what follows a format's literal reads as words: `xoxe.xoxp-1-SlackAppConfigurationAccessTokenHere`
/// has Slack's form and says what goes there. The bar is high: a random body reads as words by
/// chance far less often than a short value does.
pub(crate) fn placeholder_body(detector: &Detector, value: &str) -> bool {
    let body = detector
        .literals
        .iter()
        .filter_map(|l| value.find(l).map(|at| &value[at + l.len()..]))
        .min_by_key(|b| b.len())
        .unwrap_or(value);
    // Capitals alone (AWS's base32) run into words too often by chance to be judged so.
    body.bytes().any(|b| b.is_ascii_lowercase())
        && random::word_score(body) >= 8.0 + body.len() as f64 / 20.0
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
}
