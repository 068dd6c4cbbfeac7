//! Credentials in any text, outside the commands and requests the parsers read: URLs in code,
//! docs and logs (`requests.get("https://…?api_key=…")`), access log request lines
//! (`"GET /v1/items?access_token=… HTTP/1.1"`), and secrets written literally (provider formats,
//! values assigned to credential names).

use std::ops::Range;

use memchr::memmem;

use super::model::{Request, Spanned, Url, query_params};
use super::rules::{self, Finding};
use super::shell::Word;
use crate::detect::named::{NamedValue, Syntax};
use crate::detect::scan;

/// The requests written as bare URLs or log lines in `text`, outside `taken` (the spans of the
/// commands and requests already read).
pub fn requests(text: &str, taken: &[Range<usize>]) -> Vec<Request> {
    let mut out: Vec<Request> = Vec::new();
    let mut last_end = 0;
    for at in memmem::find_iter(text.as_bytes(), "://") {
        if let Some(url) = url_at(text, at)
            && url.raw.span.start >= last_end
            && !overlaps(taken, &url.raw.span)
            && carries_credentials(&url)
        {
            last_end = url.raw.span.end;
            out.push(request_for(url));
        }
    }
    let url_spans: Vec<Range<usize>> = out.iter().map(|r| r.span.clone()).collect();
    for protocol in [" HTTP/1.", " HTTP/2"] {
        for at in memmem::find_iter(text.as_bytes(), protocol) {
            if let Some(url) = log_target(text, at)
                && !overlaps(taken, &url.raw.span)
                && !overlaps(&url_spans, &url.raw.span)
                && carries_credentials(&url)
            {
                out.push(request_for(url));
            }
        }
    }
    out
}

/// Whether a URL gives the rules anything to judge: user information that holds a credential,
/// or a query parameter judged a credential. A log of a million requests makes a million URLs;
/// few of them carry one. A URL written in code, docs and data sends nothing by itself, so
/// trivial values make no request (URL parsers' tests are full of `http://:secret@host` and
/// `?user=guest&pass=guest`), and a password must look like one someone chose.
fn carries_credentials(url: &Url) -> bool {
    let userinfo = super::rules::userinfo_credential(url).is_some_and(|(value, user, _)| {
        user.is_none_or(|user| user != value.text && plausible_password(&value.text))
    });
    userinfo
        || url.query.iter().any(|q| {
            // Presigned URLs are judged whole (a capability, with its expiry).
            matches!(
                q.name.to_ascii_lowercase().as_str(),
                "x-amz-signature" | "x-goog-signature" | "sig" | "signature"
            ) || (super::judge::judge(Some(&q.name), &q.value.text).is_some()
                && !crate::detect::is_trivial(&q.value.text))
        })
}

/// Not a word or two (`wonderland`, `foobar`, and with punctuation `p@ss word`, `foo(b]c`, the
/// strings URL parsers' tests encode), nor a reference: a password someone chose.
fn plausible_password(value: &str) -> bool {
    if value.chars().any(|c| c.is_control()) {
        return false;
    }
    let decoded = percent_encoding::percent_decode_str(value).decode_utf8_lossy();
    let letters: String = decoded.chars().filter(char::is_ascii_alphabetic).collect();
    let punctuated_words = letters.len() <= 12
        && !letters.is_empty()
        && letters.bytes().all(|b| b.is_ascii_lowercase())
        && decoded
            .chars()
            .all(|c| c.is_ascii_alphabetic() || c.is_ascii_punctuation() || c == ' ');
    let words_only = punctuated_words
        || value.bytes().all(|b| b.is_ascii_alphabetic())
            && (value.len() <= 12 || crate::detect::random::reads_as_words(value));
    !words_only
        && !crate::detect::is_reference(value)
        && !crate::detect::is_trivial(value)
        && value.chars().count() >= 4
}

/// The password in a URL of another scheme (`postgres://app:pw@db/x`, `redis://:pw@cache`,
/// `amqp://…`), whose `://` is at `at`: a secret written in a connection string.
fn connection_password(text: &str, at: usize) -> Option<Range<usize>> {
    let bytes = text.as_bytes();
    let scheme = text[scheme_start(bytes, at)..at].to_ascii_lowercase();
    if !PASSWORD_SCHEMES.contains(&scheme.as_str()) {
        return None;
    }
    let rest = &bytes[at + 3..];
    let authority_len = rest
        .iter()
        .position(|b| ends_url(*b) || matches!(b, b'/' | b'?' | b'#'))
        .unwrap_or(rest.len());
    let authority = &text[at + 3..at + 3 + authority_len];
    let (userinfo, _) = authority.rsplit_once('@')?;
    let (user, password) = userinfo.split_once(':')?;
    let start = at + 3 + userinfo.len() - password.len();
    // `postgres:postgres`, `root:root`, `:secret`: a local default or an example.
    let chosen = password.len() >= 8 && password != user && plausible_password(password);
    chosen.then_some(start..start + password.len())
}

/// The schemes of services whose URLs carry a password (`postgres://app:…@db/x`).
const PASSWORD_SCHEMES: &[&str] = &[
    "postgres",
    "postgresql",
    "mysql",
    "mariadb",
    "mongodb",
    "mongodb+srv",
    "redis",
    "rediss",
    "amqp",
    "amqps",
    "mqtt",
    "mqtts",
    "ftp",
    "ftps",
    "sftp",
    "smtp",
    "smtps",
    "imap",
    "imaps",
    "pop3",
    "ldap",
    "ldaps",
    "sqlserver",
    "mssql",
    "oracle",
    "cassandra",
    "couchdb",
    "couchbase",
    "clickhouse",
    "nats",
    "kafka",
    "memcached",
    "neo4j",
    "bolt",
    "snowflake",
    "db2",
    "cockroachdb",
    "svn",
    "svn+ssh",
    "ssh",
    "git",
    "webdav",
    "socks",
    "socks4",
    "socks5",
    "socks5h",
];

fn request_for(url: Url) -> Request {
    Request {
        span: url.raw.span.clone(),
        urls: vec![url],
        ..Request::default()
    }
}

/// Whether `span` overlaps one of `spans`, which are in order and do not overlap each other.
fn overlaps(spans: &[Range<usize>], span: &Range<usize>) -> bool {
    let after = spans.partition_point(|s| s.end <= span.start);
    spans.get(after).is_some_and(|s| s.start < span.end)
}

/// Where the scheme of the `://` at `at` starts: a letter, then letters, digits, `+`, `.`, `-`
/// (RFC 3986); empty when there is none.
fn scheme_start(bytes: &[u8], at: usize) -> usize {
    let mut start = at;
    while start > 0
        && (bytes[start - 1].is_ascii_alphanumeric() || b"+.-".contains(&bytes[start - 1]))
    {
        start -= 1;
    }
    while start < at && !bytes[start].is_ascii_alphabetic() {
        start += 1;
    }
    start
}

/// Where a URL written in running text ends: at white space, quotes, or the brackets and
/// escapes that close it in code and Markdown.
fn ends_url(b: u8) -> bool {
    b.is_ascii_whitespace()
        || matches!(
            b,
            b'"' | b'\'' | b'`' | b'<' | b'>' | b')' | b']' | b'}' | b'|' | b'\\' | b'^'
        )
}

/// The http(s) URL whose `://` is at `at`, if it carries anything a rule looks at: a query, user
/// info. Other URLs cannot hold a misplaced credential that the literal scan does not see.
fn url_at(text: &str, at: usize) -> Option<Url> {
    let bytes = text.as_bytes();
    let start = scheme_start(bytes, at);
    let scheme = &bytes[start..at];
    // `git+https://` (package manifests' git dependencies) carries user information the same way.
    let web = |s: &[u8]| s.eq_ignore_ascii_case(b"http") || s.eq_ignore_ascii_case(b"https");
    if !(web(scheme)
        || scheme.len() > 4 && scheme[..4].eq_ignore_ascii_case(b"git+") && web(&scheme[4..]))
    {
        return None;
    }
    let len = bytes[at..]
        .iter()
        .position(|b| ends_url(*b))
        .unwrap_or(bytes.len() - at);
    let mut end = at + len;
    // A sentence's full stop or comma is not part of the URL.
    while end > at + 3 && matches!(bytes[end - 1], b'.' | b',' | b';' | b':') {
        end -= 1;
    }
    let raw = &text[start..end];
    if !raw.contains('?') && !raw.as_bytes()[raw.len().min(8)..].contains(&b'@') {
        return None;
    }
    Url::parse(&Word::verbatim(raw, start), "https")
}

/// The request target of an access log line (`"GET /v1/items?access_token=… HTTP/1.1"`) whose
/// ` HTTP/` is at `at`, when it has a query.
fn log_target(text: &str, at: usize) -> Option<Url> {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let before = &text[line_start..at];
    let target_at = before.rfind(' ')? + 1;
    let target = &before[target_at..];
    let method = before[..target_at - 1].rsplit([' ', '"']).next()?;
    let is_method =
        (3..=7).contains(&method.len()) && method.bytes().all(|b| b.is_ascii_uppercase());
    if !is_method || !target.starts_with('/') {
        return None;
    }
    let (path, query) = target.split_once('?')?;
    let start = line_start + target_at;
    let word = Word::verbatim(target, start);
    let mut path_at = start + 1;
    let mut path_segments = Vec::new();
    for segment in path[1..].split('/') {
        if !segment.is_empty() {
            path_segments.push(Spanned::new(segment, path_at..path_at + segment.len()));
        }
        path_at += segment.len() + 1;
    }
    // A log line names no scheme or host: the server that wrote it received the request.
    Some(Url {
        raw: Spanned::new(target, start..start + target.len()),
        scheme: String::new(),
        scheme_span: start..start,
        host: String::new(),
        port: None,
        user: None,
        password: None,
        path_segments,
        query: query_params(&word, path.len() + 1, query),
    })
}

/// Secrets written literally in `text`, outside `taken` (the values already judged, in order):
/// provider-format values anywhere, and generated-looking values assigned to credential names,
/// as the text's `syntax` writes values.
pub fn literal_secrets(text: &str, taken: &[Range<usize>], syntax: Syntax) -> Vec<Finding> {
    let bytes = text.as_bytes();
    let (providers, mut named) = scan::scan(bytes, syntax);
    named.sort_by_key(|n| n.value.start);
    // Both lists are in order and (each) disjoint: look-ups are binary searches.
    let provider_spans: Vec<Range<usize>> = providers.iter().map(|p| p.span.clone()).collect();
    let mut findings = Vec::new();
    for at in memmem::find_iter(bytes, "://") {
        if let Some(span) = connection_password(text, at)
            && !overlaps(taken, &span)
        {
            findings.extend(literal(text, Some("password"), span, None));
        }
    }
    for value in &providers {
        if overlaps(taken, &value.span) {
            continue;
        }
        let after = named.partition_point(|n| n.value.end <= value.span.start);
        let covering = named
            .get(after)
            .filter(|n| n.value.start <= value.span.start && value.span.end <= n.value.end);
        // A token whose checksum fails is no token of its provider; under a credential name, a
        // generated-looking value is a secret all the same.
        let name = covering.filter(|n| {
            !value.detection.made_up() || generated(&text[n.value.clone()], &text[n.name.clone()])
        });
        findings.extend(literal(
            text,
            name.map(|n| &text[n.name.clone()]),
            value.span.clone(),
            Some(value.detection),
        ));
    }
    let mut by_name: Vec<(&str, &NamedValue)> = named
        .iter()
        .filter(|a| !overlaps(taken, &a.value) && !overlaps(&provider_spans, &a.value))
        .map(|a| (&text[a.name.clone()], a))
        .filter(|(name, a)| generated(&text[a.value.clone()], name))
        .collect();
    // A name written with many different values in one file (`Key = …` in a file of test
    // vectors, a table of examples) names data, not a secret.
    let mut values_of: std::collections::HashMap<String, std::collections::HashSet<&str>> =
        std::collections::HashMap::new();
    for (name, a) in &by_name {
        values_of
            .entry(super::judge::normalize(name))
            .or_default()
            .insert(&text[a.value.clone()]);
    }
    by_name.retain(|(name, _)| values_of[&super::judge::normalize(name)].len() < TABLE_OF_VALUES);
    for (name, assignment) in by_name {
        let value = &text[assignment.value.clone()];
        let format = crate::detect::named_format(name, value);
        findings.extend(literal(text, Some(name), assignment.value.clone(), format));
    }
    findings
}

/// How many different values under one name make a file a table of data.
const TABLE_OF_VALUES: usize = 5;

/// Whether a value under `name` is a secret by its name: a credential name, and a value that
/// looks generated and stands for nothing.
fn generated(value: &str, name: &str) -> bool {
    // A signature is public by design; only a presigned URL's is a credential.
    let signature = matches!(super::judge::normalize(name).as_str(), "sig" | "signature");
    !signature
        && super::judge::name_suggests_credential(name)
        && crate::detect::looks_generated(value)
        && !crate::detect::is_reference(value)
        && crate::detect::documented_example(value).is_none()
}

fn literal(
    text: &str,
    name: Option<&str>,
    span: Range<usize>,
    found: Option<crate::detect::Detection>,
) -> Option<Finding> {
    let value = Spanned::new(&text[span.clone()], span.clone());
    let line_start = text[..span.start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[span.end..]
        .find('\n')
        .map_or(text.len(), |i| span.end + i);
    let context = format!(
        "{}\u{0}{}",
        text[line_start..span.start].trim_start(),
        text[span.end..line_end].trim_end()
    );
    rules::literal_in_text(name, &value, found, context)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn query_names(text: &str) -> Vec<String> {
        requests(text, &[])
            .iter()
            .flat_map(|r| r.urls[0].query.iter().map(|q| q.name.clone()))
            .collect()
    }

    #[test]
    fn urls_in_code_docs_and_logs() {
        assert_eq!(
            query_names(
                r#"requests.get("https://api.example.com/v1/x?api_key=Zx81mQ0p", timeout=5)"#
            ),
            ["api_key"]
        );
        assert_eq!(
            query_names("see <https://a.example/?token=t0k3n>."),
            ["token"]
        );
        assert_eq!(
            query_names(
                r#"10.0.0.1 - - [28/Nov/2026:10:00:00 +0000] "GET /v1/items?access_token=zz9Qk2 HTTP/1.1" 200 512"#
            ),
            ["access_token"]
        );
        assert!(query_names("https://a.example/plain/path and http://b.example").is_empty());
        assert_eq!(
            query_names("at the end: https://a.example/?token=t0k3n"),
            ["token"]
        );
        assert!(query_names("http://é@").is_empty());
        // URL parsers' tests: words and punctuation for a password, placeholders in a query.
        for test_url in [
            "\"http://u%40ser:p%2540ss+word@localhost:3128\"",
            "\"http://user:p%3Ass:tail@localhost:3128\"",
            "\"http://&a:foo(b%5Dc@d:2/\"",
            "\"http://localhost:6767/foo/bar?auth=my-token\"",
            "\"https://foo.bar/path?key=value%20with%20%27quotes%27\"",
        ] {
            assert!(requests(test_url, &[]).is_empty(), "{test_url}");
        }
        assert_eq!(
            requests("\"http://app:s7Kd-pw9x@db.example/\"", &[]).len(),
            1
        );
        let command = "curl 'https://a.example/?api_key=abc123'";
        let taken = [Range {
            start: 0,
            end: command.len(),
        }];
        assert!(requests(command, &taken).is_empty());
    }

    #[test]
    fn literal_secrets_by_format_and_by_name() {
        let text = "token = 'xoxp-718093162245-4093755170331-Kq2mRzT8vWn4LcYp9HdXs7Fb'\nclient_secret = \"9f8e7d6c5b4a39281706f5e4d3c2b1a0\"\ncommit = \"9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c\"\napi_key = os.environ[\"API_KEY\"]\n";
        let found = literal_secrets(text, &[], Syntax::Text);
        let kinds: Vec<_> = found
            .iter()
            .map(|f| (f.secret_kind.clone().unwrap(), f.name.clone()))
            .collect();
        assert_eq!(
            kinds,
            [
                ("slack-token".to_owned(), Some("token".to_owned())),
                ("secret".to_owned(), Some("client_secret".to_owned())),
            ]
        );
    }

    #[test]
    fn connection_strings_hold_passwords() {
        let text = "url: postgres://app:0fd61dac22d2c4397@db.internal:5432/x\nredis://:$REDIS_PASSWORD@cache\n";
        let found = literal_secrets(text, &[], Syntax::Text);
        assert_eq!(found.len(), 1);
        assert_eq!(&text[found[0].span.clone()], "0fd61dac22d2c4397");
    }

    #[test]
    fn examples_are_no_leaks_and_publishable_keys_are_info() {
        let found = literal_secrets(
            "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\nk = pk_live_4eC39HqLyjWDarjtT1zdp7dc\n",
            &[],
            Syntax::Text,
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].severity, rules::Severity::Info);
    }
}
