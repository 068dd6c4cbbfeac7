//! Is a value a credential? By its name (`api_key`, `token`, `password`…) or by its form (a
//! GitHub token, a JWT…). Identifiers, pagination cursors and CSRF values are not.

use super::model::Spanned;
use crate::detect::{self, Detection, Kind};

/// What a value was judged to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Judgement {
    /// `github-token`, `jwt`… for a known format; else what its name says: `api_key`, `password`,
    /// `token`, `secret`.
    pub secret_kind: String,
    /// The provider's format, if the value has one.
    pub detection: Option<Detection>,
    /// Only a placeholder such as `$API_KEY`: placement is judged, but nothing leaked.
    pub reference: bool,
}

/// `Api-Key`, `api_key`, `apiKey` → `apikey`.
pub fn normalize(name: &str) -> String {
    if name.is_ascii() {
        let mut out = String::with_capacity(name.len());
        out.extend(
            name.bytes()
                .filter(u8::is_ascii_alphanumeric)
                .map(|b| b.to_ascii_lowercase() as char),
        );
        return out;
    }
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Names that say "not a credential" even though they look like one.
const NOT_CREDENTIALS: &[&str] = &[
    "pagetoken",
    "nextpagetoken",
    "nexttoken",
    "prevtoken",
    "continuationtoken",
    "paginationtoken",
    "resumptiontoken",
    "synctoken",
    "cursor",
    "csrftoken",
    "xsrftoken",
    "csrfmiddlewaretoken",
    "authenticitytoken",
    "requestverificationtoken",
    "xcsrftoken",
    "xxsrftoken",
    "tokentype",
    "tokenendpoint",
    "clientid",
    "sortkey",
    "idempotencykey",
    "idempotencytoken",
    "partitionkey",
    "cachekey",
    "primarykey",
    "foreignkey",
    "publickey",
    "publishablekey",
    "keyid",
    "kid",
    "keyword",
    "keywords",
    "keyname",
    "keytype",
    "accesskeyid",
    "awsaccesskeyid",
    "codechallenge",
    "codeverifier",
    "state",
    "nonce",
    "passwordreset",
    "passwordconfirmationrequired",
    "secretname",
    "tokenizer",
    "tokencount",
    "maxtokens",
    "tokens",
    "skiptoken",
    "deltatoken",
    "key_",
    "monkey",
    "hotkey",
    "turkey",
];

/// Names (normalised) that are credentials, whole.
const CREDENTIAL_NAMES: &[&str] = &[
    "key",
    "apikey",
    "appkey",
    "appid",
    "accesstoken",
    "token",
    "auth",
    "authtoken",
    "authkey",
    "clientsecret",
    "password",
    "passwd",
    "pwd",
    "pass",
    "secret",
    "privatetoken",
    "subscriptionkey",
    "apitoken",
    "accesskey",
    "secretkey",
    "sessiontoken",
    "bearer",
    "jwt",
    "refreshtoken",
    "idtoken",
    "apisecret",
    "appsecret",
    "privatekey",
    "credential",
    "credentials",
    "authorization",
    "hapikey",
    "apikeysecret",
    "signingkey",
    "webhooksecret",
    "oauthtoken",
    "sig",
    "signature",
];

/// Endings (normalised) that make a name a credential: `github_token`, `stripe_api_key`.
const CREDENTIAL_ENDINGS: &[&str] = &[
    "apikey",
    "token",
    "secret",
    "password",
    "passwd",
    "secretkey",
    "accesskey",
    "authkey",
    "privatekey",
    "apitoken",
    "clientsecret",
    "subscriptionkey",
];

/// Headers that carry credentials by design (`Authorization`, API-key headers): correct placement.
pub fn is_credential_header(name: &str) -> bool {
    let n = normalize(name);
    matches!(
        n.as_str(),
        "authorization"
            | "proxyauthorization"
            | "xapikey"
            | "apikey"
            | "xauthtoken"
            | "xaccesstoken"
            | "privatetoken"
            | "xgoogapikey"
            | "ocpapimsubscriptionkey"
            | "xfunctionskey"
            | "xapitoken"
            | "xauthkey"
            | "authtoken"
            | "jobtoken"
            | "xvaulttoken"
            | "xgitlabtoken"
    ) || name_says_credential(n.strip_prefix('x').unwrap_or(&n))
}

/// Pagination and sync cursors named like tokens: `next_page_token`, `prev_token`,
/// `starting_token`, `$skiptoken`.
fn is_cursor(n: &str) -> bool {
    const CURSORS: &[&str] = &[
        "page",
        "next",
        "prev",
        "previous",
        "start",
        "starting",
        "skip",
        "delta",
        "sync",
        "continuation",
        "resumption",
        "pagination",
        "cursor",
        "wait",
        "marker",
    ];
    n.ends_with("token") && CURSORS.iter().any(|c| n.starts_with(c))
}

/// Whether a parameter name says it holds a credential.
pub fn name_says_credential(name: &str) -> bool {
    let n = stem(name);
    if n.is_empty() || NOT_CREDENTIALS.contains(&n.as_str()) || is_cursor(&n) {
        return false;
    }
    CREDENTIAL_NAMES.contains(&n.as_str())
        || CREDENTIAL_ENDINGS.iter().any(|e| n.ends_with(e))
        || compound_key(&n)
}

/// A compound key name (`application_key`, `app_key`, `dd-application-key`, `master_key`): a
/// credential, unless the word before `key` names what the key identifies (`sort_key`,
/// `cache_key`, `public_key`, `site_key`, `object_key`). Its value must look generated, as under
/// `key` alone.
fn compound_key(n: &str) -> bool {
    const IDENTIFIES: &[&str] = &[
        "sort",
        "primary",
        "foreign",
        "partition",
        "cache",
        "idempotency",
        "public",
        "pub",
        "publishable",
        "map",
        "hash",
        "range",
        "row",
        "routing",
        "group",
        "file",
        "object",
        "s3",
        "message",
        "lookup",
        "entity",
        "dict",
        "order",
        "index",
        "unique",
        "composite",
        "shard",
        "dedup",
        "dedupe",
        "join",
        "cluster",
        "distribution",
        "site",
        "project",
        "issue",
        "jira",
        "translation",
        "i18n",
        "locale",
        "lang",
        "label",
        "config",
        "setting",
        "settings",
        "registry",
        "item",
        "record",
        "table",
        "column",
        "field",
        "property",
        "attr",
        "meta",
        "data",
        "cursor",
        "page",
        "query",
        "search",
        "filter",
        "event",
        "state",
        "node",
        "tree",
        "list",
        "menu",
        "hot",
        "short",
        "shortcut",
        "shift",
        "ctrl",
        "alt",
        "modifier",
        "react",
        "dom",
        "child",
        "parent",
        "cell",
        "bucket",
        "blob",
        "path",
        "url",
        "route",
        "nav",
        "tab",
        "mongo",
        "redis",
        "dynamo",
        "kv",
        "schema",
        "type",
        "name",
        "id",
        "idx",
        "cache",
        "lock",
        "mutex",
        "memo",
        "store",
        "storage_account_name",
        "ref",
        "rev",
        "version",
        "tag",
        "feature",
        "flag",
        "experiment",
        "metric",
        "log",
        "trace",
        "span",
        "sequence",
        "seq",
        "natural",
        "surrogate",
        "business",
        "candidate",
        "alternate",
        "super",
        "compound",
    ];
    n.len() > 3 && n.ends_with("key") && !IDENTIFIES.iter().any(|w| n[..n.len() - 3].ends_with(w))
}

/// A name normalised, without the number that tells several apart: `access_token2` →
/// `accesstoken`.
fn stem(name: &str) -> String {
    let mut n = normalize(name);
    while n.ends_with(|c: char| c.is_ascii_digit()) {
        n.pop();
    }
    n
}

/// Names that suggest a credential in code and configs, where the value must also look generated
/// to count: besides what `name_says_credential` accepts, any name ending in `key`, `pass`, `pwd`,
/// `passphrase` or `auth` (`ENCRYPTION_KEY`, `db_pass`, `MYSQL_PWD`, `ssh_passphrase`,
/// `redis_auth`), except the names known not to be credentials (`sort_key`, `public_key`…).
pub fn name_suggests_credential(name: &str) -> bool {
    if name_says_credential(name) {
        return true;
    }
    let n = stem(name);
    !n.is_empty()
        && !NOT_CREDENTIALS.contains(&n.as_str())
        && !is_cursor(&n)
        && ["key", "pass", "pwd", "passphrase", "auth", "keybase"]
            .iter()
            .any(|e| n.ends_with(e))
}

/// What a name says a credential is, for findings: `api_key`, `password`, `token`, `secret`.
pub fn kind_by_name(name: &str) -> &'static str {
    let n = normalize(name);
    if n.contains("pass") || n == "pwd" {
        "password"
    } else if n.contains("token") || n == "auth" || n == "jwt" || n == "bearer" {
        "token"
    } else if n.contains("secret") || n.contains("private") {
        "secret"
    } else {
        "api_key"
    }
}

/// Whether a value only stands in for a credential: a reference (`$API_KEY`), a trivial test value
/// (`user:pass`, `guest`), a value published as a documentation example, or one whose provider
/// checksum fails (made up or mistyped).
/// Placement is judged for these; nothing leaked.
pub fn stands_in(value: &str) -> bool {
    detect::is_reference(value)
        || detect::is_trivial(value)
        || detect::documented_example(value).is_some()
        || detect::recognise(value).is_some_and(|d| d.check == Some(false))
}

/// Judges a value under a name (or none): a credential, or `None`.
pub fn judge(name: Option<&str>, value: &str) -> Option<Judgement> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    let reference = stands_in(value);
    if let Some(detection) = detect::identify(value) {
        if detection.detector.kind == Kind::PublishableKey {
            return None;
        }
        return Some(Judgement {
            secret_kind: detection.detector.id.to_owned(),
            detection: Some(detection),
            reference,
        });
    }
    let name = name?;
    if !name_says_credential(name) {
        return None;
    }
    let kind = kind_by_name(name);
    // What stands for a credential by its form (`$KEY`, `<token>`, `xxxx`): the name is all
    // there is to judge. A trivial value (`42`, `abc`) is judged like any other.
    let placeholder = reference && !detect::is_trivial(value);
    // A credential-named value that is a plain number or a boolean is a flag or an id; a
    // password is a password whatever it is made of.
    if !placeholder
        && kind != "password"
        && (value.parse::<f64>().is_ok() || matches!(value, "true" | "false" | "null"))
    {
        return None;
    }
    // `key` alone names many things (a Jira project `TEST`, a map key), and so do compound key
    // names: a credential under one looks generated.
    let stem = stem(name);
    let loose = stem == "key"
        || (compound_key(&stem)
            && !CREDENTIAL_NAMES.contains(&stem.as_str())
            && !CREDENTIAL_ENDINGS.iter().any(|e| stem.ends_with(e)));
    if !placeholder && loose && !looks_random(value) {
        return None;
    }
    Some(Judgement {
        secret_kind: kind.to_owned(),
        detection: None,
        reference,
    })
}

/// Not a plain word: generated keys have digits, mixed case or symbols; `TEST`, `status` and
/// `my-project` have none. Nor words with spaces between them, percent-encoded or not
/// (`value%20with%20quotes`): a key has no spaces.
fn looks_random(value: &str) -> bool {
    if percent_encoding::percent_decode_str(value)
        .decode_utf8_lossy()
        .contains(char::is_whitespace)
    {
        return false;
    }
    let has = |f: fn(&u8) -> bool| value.as_bytes().iter().any(f);
    let symbol = |b: &u8| !b.is_ascii_alphanumeric() && !matches!(b, b'-' | b'_' | b' ' | b'.');
    has(u8::is_ascii_digit)
        || (has(u8::is_ascii_lowercase) && has(u8::is_ascii_uppercase))
        || has(symbol)
}

/// The length of an authentication scheme (`Bearer `, `token `, `Basic `…) at the start of a
/// header value, spaces included; 0 when there is none.
fn scheme_len(value: &str) -> usize {
    let Some((scheme, rest)) = value.split_once(' ') else {
        return 0;
    };
    let known = matches!(
        scheme.to_ascii_lowercase().as_str(),
        "bearer" | "basic" | "token" | "digest" | "apikey" | "sso-key" | "key"
    );
    if known {
        value.len() - rest.trim_start().len()
    } else {
        0
    }
}

/// A credential header's value without its scheme: `Bearer abc` → `abc`, with its span when the
/// value was written as it reads (else the whole value).
pub fn credential_part(value: &Spanned) -> Spanned {
    let lead = value.text.len() - value.text.trim_start().len();
    let skip = lead + scheme_len(value.text.trim_start());
    if skip == 0 || value.span.len() != value.text.len() {
        return value.clone();
    }
    Spanned::new(
        value.text[skip..].trim_end(),
        value.span.start + skip..value.span.start + value.text.trim_end().len(),
    )
}

/// A header's value judged: credential headers always are (unless empty); others by form.
pub fn judge_header(name: &str, value: &str) -> Option<Judgement> {
    if is_credential_header(name) {
        let bare = value.trim();
        if bare.is_empty() {
            return None;
        }
        let credential_part = &bare[scheme_len(bare)..];
        let detection = detect::identify(credential_part);
        return Some(Judgement {
            secret_kind: detection.map_or_else(
                || kind_by_name(name).to_owned(),
                |d| d.detector.id.to_owned(),
            ),
            detection,
            reference: stands_in(credential_part),
        });
    }
    judge(None, value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_are_credentials() {
        for name in [
            "api_key",
            "apikey",
            "API-Key",
            "apiKey",
            "key",
            "appid",
            "access_token",
            "token",
            "auth",
            "client_secret",
            "password",
            "secret",
            "private_token",
            "subscription-key",
            "github_token",
            "stripe_api_key",
            "X-Auth-Token",
            "refresh_token",
            "hapikey",
            "application_key",
            "app_key",
            "dd-application-key",
            "master_key",
            "access_token2",
        ] {
            assert!(name_says_credential(name), "{name}");
        }
    }

    #[test]
    fn names_that_are_not() {
        for name in [
            "client_id",
            "page_token",
            "next_token",
            "nextPageToken",
            "cursor",
            "csrf_token",
            "authenticity_token",
            "sort_key",
            "idempotency_key",
            "code_challenge",
            "state",
            "nonce",
            "public_key",
            "keyword",
            "q",
            "grant_type",
            "user",
            "email",
            "max_tokens",
            "$skiptoken",
            "prev_page_token",
            "previous_token",
            "starting_token",
            "$deltatoken",
            "cache_key",
            "object_key",
            "site_key",
            "primaryKey",
        ] {
            assert!(!name_says_credential(name), "{name}");
        }
    }

    #[test]
    fn values_are_judged_by_form_and_name() {
        assert_eq!(
            judge(None, "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")
                .unwrap()
                .secret_kind,
            "github-token"
        );
        assert_eq!(
            judge(Some("q"), "AKIAIOSFODNN7EXAMPLE")
                .unwrap()
                .secret_kind,
            "aws-access-key-id"
        );
        assert_eq!(
            judge(Some("api_key"), "abc123def456").unwrap().secret_kind,
            "api_key"
        );
        assert!(judge(Some("api_key"), "$API_KEY").unwrap().reference);
        assert!(judge(Some("page_token"), "abc123").is_none());
        assert!(judge(Some("token"), "").is_none());
        assert!(judge(Some("key"), "42").is_none());
        assert!(judge(Some("key"), "TEST").is_none(), "a Jira project key");
        assert!(judge(Some("key"), "a1b2c3d4e5f6g7").is_some());
        assert!(judge(Some("key"), "my-project").is_none());
        assert!(
            judge(Some("key"), "value%20with%20%27quotes%27").is_none(),
            "words with spaces"
        );
        assert!(judge(Some("password"), "123456").is_some());
        assert!(judge(Some("sig"), "abcdef123456").is_some());
        assert!(
            judge(None, "pk_test_TYooMQauvdEDq54NiTphI7jx").is_none(),
            "publishable"
        );
    }

    #[test]
    fn credential_headers() {
        let auth = judge_header("Authorization", "Bearer $TOKEN").unwrap();
        assert!(auth.reference);
        assert_eq!(
            judge_header("x-api-key", "abc").unwrap().secret_kind,
            "api_key"
        );
        assert!(judge_header("Accept", "application/json").is_none());
        assert!(judge_header("Authorization", " ").is_none());
    }
}
