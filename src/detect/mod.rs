//! Recognising credentials by their form: provider key formats, JWTs, keyward's own keys, and
//! placeholders that only stand for a credential.
//!
//! Each detector carries its provider, what kind of credential it is, the header the provider
//! documents for sending it, and examples beside its definition that its tests run.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use crate::keys::format::ApiKey;

/// What kind of credential a value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A secret key or token for an API.
    SecretKey,
    /// A key meant to be public (a publishable key): low risk.
    PublishableKey,
    /// A signed token carrying a user's identity (a JWT).
    Token,
    /// A URL that is itself the credential (a webhook).
    WebhookUrl,
    PrivateKey,
}

/// One provider format.
#[derive(Debug)]
pub struct Detector {
    /// Stable id, used in findings: `github-pat`, `aws-access-key-id`…
    pub id: &'static str,
    pub provider: &'static str,
    pub kind: Kind,
    /// The header the provider documents for sending it, e.g. `Authorization: Bearer` or
    /// `x-goog-api-key`.
    pub header: &'static str,
    matches: fn(&str) -> bool,
    /// Values that must match and values that must not, run by the tests.
    pub examples: (&'static [&'static str], &'static [&'static str]),
}

/// A value identified as a credential.
#[derive(Debug, Clone, Copy)]
pub struct Detection {
    pub detector: &'static Detector,
}

/// Detectors are statics: the same detector is the same id.
impl PartialEq for Detection {
    fn eq(&self, other: &Detection) -> bool {
        self.detector.id == other.detector.id
    }
}

impl Eq for Detection {}

fn prefix_then(value: &str, prefix: &str, min: usize, max: usize, allowed: fn(u8) -> bool) -> bool {
    value
        .strip_prefix(prefix)
        .is_some_and(|rest| (min..=max).contains(&rest.len()) && rest.bytes().all(allowed))
}

fn alnum(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

fn alnum_dash_underscore(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_'
}

/// GitHub's classic tokens: a prefix, 30 base62 characters and a CRC32 of them in 6 base62 digits.
fn github_classic(value: &str) -> bool {
    let Some(rest) = ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"]
        .iter()
        .find_map(|p| value.strip_prefix(p))
    else {
        return false;
    };
    if rest.len() != 36 || !rest.bytes().all(alnum) {
        return false;
    }
    let (random, checksum) = rest.split_at(30);
    crate::keys::format::base62_u32(crc32fast::hash(random.as_bytes())) == checksum
}

/// A JWT: three base64url segments whose first decodes to a JSON object with an `alg`.
pub fn is_jwt(value: &str) -> bool {
    let mut parts = value.split('.');
    let (Some(header), Some(payload), Some(_), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    if !header.starts_with("eyJ") || payload.is_empty() {
        return false;
    }
    URL_SAFE_NO_PAD
        .decode(header)
        .ok()
        .and_then(|h| serde_json::from_slice::<serde_json::Value>(&h).ok())
        .is_some_and(|h| h.get("alg").is_some())
}

pub static DETECTORS: &[Detector] = &[
    Detector {
        id: "github-token",
        provider: "GitHub",
        kind: Kind::SecretKey,
        header: "Authorization: Bearer",
        matches: github_classic,
        examples: (
            &["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"],
            &["ghp_1wuHFikBKQtCcH3EB2FBUkyn8krXhP0MWHxt", "ghp_short"],
        ),
    },
    Detector {
        id: "github-fine-grained-pat",
        provider: "GitHub",
        kind: Kind::SecretKey,
        header: "Authorization: Bearer",
        matches: |v| prefix_then(v, "github_pat_", 82, 82, alnum_dash_underscore),
        examples: (
            &[
                "github_pat_11ABCDEFG0123456789abc_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456",
            ],
            &["github_pat_short"],
        ),
    },
    Detector {
        id: "gitlab-token",
        provider: "GitLab",
        kind: Kind::SecretKey,
        header: "PRIVATE-TOKEN",
        matches: |v| prefix_then(v, "glpat-", 20, 64, alnum_dash_underscore),
        examples: (&["glpat-xxxxAbCdEf1234567890"], &["glpat-short"]),
    },
    Detector {
        id: "slack-token",
        provider: "Slack",
        kind: Kind::SecretKey,
        header: "Authorization: Bearer",
        matches: |v| {
            [
                "xoxb-", "xoxp-", "xoxa-", "xoxe-", "xoxr-", "xoxs-", "xapp-",
            ]
            .iter()
            .any(|p| prefix_then(v, p, 20, 255, alnum_dash_underscore))
        },
        examples: (
            &["xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx"],
            &["xoxb-1"],
        ),
    },
    Detector {
        id: "stripe-secret-key",
        provider: "Stripe",
        kind: Kind::SecretKey,
        header: "Authorization: Bearer",
        matches: |v| {
            ["sk_live_", "sk_test_", "rk_live_", "rk_test_"]
                .iter()
                .any(|p| prefix_then(v, p, 16, 247, alnum))
        },
        examples: (
            &["sk_live_4eC39HqLyjWDarjtT1zdp7dcX"],
            &["sk_live_", "pk_live_4eC39HqLyjWDarjtT1zdp7dc"],
        ),
    },
    Detector {
        id: "stripe-publishable-key",
        provider: "Stripe",
        kind: Kind::PublishableKey,
        header: "Authorization: Bearer",
        matches: |v| {
            ["pk_live_", "pk_test_"]
                .iter()
                .any(|p| prefix_then(v, p, 16, 247, alnum))
        },
        examples: (&["pk_test_TYooMQauvdEDq54NiTphI7jx"], &["pk_test_"]),
    },
    Detector {
        id: "aws-access-key-id",
        provider: "AWS",
        kind: Kind::SecretKey,
        header: "Authorization (AWS Signature Version 4)",
        matches: |v| {
            ["AKIA", "ASIA", "ABIA", "ACCA"].iter().any(|p| {
                prefix_then(v, p, 16, 16, |b| {
                    b.is_ascii_uppercase() || (b'2'..=b'7').contains(&b)
                })
            })
        },
        examples: (
            &["AKIAIOSFODNN7EXAMPLE"],
            &["AKIAIOSFODNN7EXAMPL", "akiaiosfodnn7example"],
        ),
    },
    Detector {
        id: "google-api-key",
        provider: "Google",
        kind: Kind::SecretKey,
        header: "x-goog-api-key",
        matches: |v| prefix_then(v, "AIza", 35, 35, alnum_dash_underscore),
        examples: (&["AIzaSyA-1234567890abcdefghijklmnopqrstu"], &["AIzaSy"]),
    },
    Detector {
        id: "openai-api-key",
        provider: "OpenAI",
        kind: Kind::SecretKey,
        header: "Authorization: Bearer",
        matches: |v| {
            v.starts_with("sk-") && v.contains("T3BlbkFJ") && v.bytes().all(alnum_dash_underscore)
        },
        examples: (&["sk-proj-abc123T3BlbkFJxyz789"], &["sk-abc123"]),
    },
    Detector {
        id: "anthropic-api-key",
        provider: "Anthropic",
        kind: Kind::SecretKey,
        header: "x-api-key",
        matches: |v| prefix_then(v, "sk-ant-", 40, 200, alnum_dash_underscore),
        examples: (
            &["sk-ant-api03-abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH"],
            &["sk-ant-x"],
        ),
    },
    Detector {
        id: "npm-token",
        provider: "npm",
        kind: Kind::SecretKey,
        header: "Authorization: Bearer",
        matches: |v| prefix_then(v, "npm_", 36, 36, alnum),
        examples: (&["npm_abcdefghijklmnopqrstuvwxyz0123456789"], &["npm_abc"]),
    },
    Detector {
        id: "pypi-token",
        provider: "PyPI",
        kind: Kind::SecretKey,
        header: "Authorization: Basic (__token__)",
        matches: |v| prefix_then(v, "pypi-AgEIcHlwaS5vcmc", 50, 250, alnum_dash_underscore),
        examples: (
            &["pypi-AgEIcHlwaS5vcmcCJGFiY2RlZmdoLWlqa2wtbW5vcC1xcnN0LXV2d3h5ejAxMjM0NTY3"],
            &["pypi-x"],
        ),
    },
    Detector {
        id: "jwt",
        provider: "JWT",
        kind: Kind::Token,
        header: "Authorization: Bearer",
        matches: is_jwt,
        examples: (
            &[
                "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
            ],
            &[
                "eyJhbGciOiJIUzI1NiJ9",
                "eyJub3QiOiJqd3QifQ.eyJ4IjoxfQ.sig",
                "a.b.c",
            ],
        ),
    },
    Detector {
        id: "keyward-key",
        provider: "keyward",
        kind: Kind::SecretKey,
        header: "Authorization: Bearer",
        matches: |v| ApiKey::parse(v).is_ok(),
        examples: (
            &["kw_4fTq9ZbX_y3Kp0wQm8VhR2sLcN6dJtA1eB7gU1oozlk"],
            &["kw_4fTq9ZbX_y3Kp0wQm8VhR2sLcN6dJtA1eB7gU1oozll"],
        ),
    },
];

/// The provider format `value` has, if any.
pub fn identify(value: &str) -> Option<Detection> {
    let value = value.trim();
    let value = value
        .strip_prefix("Bearer ")
        .or_else(|| value.strip_prefix("bearer "))
        .unwrap_or(value);
    DETECTORS
        .iter()
        .find(|d| (d.matches)(value))
        .map(|detector| Detection { detector })
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
    if v.contains('$') && (v.contains("${") || v.contains("$(") || v.starts_with('$')) {
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
    // One filler character repeated: `xxxxxxxx`, `********`, `00000000`.
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
            for value in good {
                let found = identify(value).map(|d| d.detector.id);
                assert_eq!(found, Some(detector.id), "{}: {value}", detector.id);
            }
            for value in bad {
                assert!(!(detector.matches)(value), "{}: {value}", detector.id);
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
        ] {
            assert!(!is_reference(secret), "{secret}");
        }
    }
}
