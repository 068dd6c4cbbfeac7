//! Finding credentials in any text, fast: a literal prefilter (one Aho-Corasick automaton over
//! every detector's literals, another over the words credential names are made of), then, only
//! where a literal is found, that one detector's regex anchored at the candidate's start. No
//! generic pattern competes with a provider's: each provider hit is judged by its own detector,
//! and a name-based value is only looked at where no provider value was found.

use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{LazyLock, OnceLock};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use super::{DETECTORS, Detection, Detector};

/// How far past its start a value is looked at: a PEM key or a JWT with a large payload fits.
const WINDOW: usize = 64 * 1024;

/// A provider-format value found in a text.
#[derive(Debug, Clone)]
pub struct ProviderValue {
    pub span: Range<usize>,
    pub detection: Detection,
}

/// A value assigned to a credential-looking name (`api_key = "…"`, `"password": "…"`,
/// `TOKEN=…`), before it is judged.
#[derive(Debug, Clone)]
pub struct NamedValue {
    pub name: Range<usize>,
    pub value: Range<usize>,
    /// Whether the value was written in quotes: code; a bare value is a config or shell one.
    pub quoted: bool,
}

/// One automaton for both kinds of literal, so a text is searched once: every detector's
/// literals (matched in any case by the automaton, then checked case-sensitively), then the
/// words credential names are made of (in any case).
struct Prefilter {
    /// The detector literals, then the keywords.
    patterns: Vec<&'static str>,
    /// For each detector literal, by pattern index, the detector it belongs to; the keywords
    /// come after them.
    owner: Vec<&'static Detector>,
    /// The automaton as an NFA: built in a fifth of a millisecond, searches ~130 MiB/s.
    nfa: OnceLock<AhoCorasick>,
    /// As a DFA: built in a millisecond, searches twice as fast. Built once a run has scanned
    /// enough text to earn it back, so that linting one command starts as fast as it can.
    dfa: OnceLock<AhoCorasick>,
}

/// Bytes scanned so far in this run, to tell when the DFA pays for itself.
static SCANNED: AtomicUsize = AtomicUsize::new(0);
const DFA_AFTER: usize = 1 << 20;

/// A prefilter hit.
enum Hit {
    Literal(&'static Detector, Range<usize>),
    Keyword(Range<usize>),
}

impl Prefilter {
    fn automaton(&self, kind: AhoCorasickKind) -> AhoCorasick {
        AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(kind))
            .build(&self.patterns)
            .expect("catalog literals and keywords are plain strings")
    }

    fn hits<'a>(&'a self, text: &'a [u8]) -> impl Iterator<Item = Hit> + 'a {
        let before = SCANNED.fetch_add(text.len(), Ordering::Relaxed);
        let automaton = if before + text.len() > DFA_AFTER {
            self.dfa
                .get_or_init(|| self.automaton(AhoCorasickKind::DFA))
        } else {
            self.nfa
                .get_or_init(|| self.automaton(AhoCorasickKind::NoncontiguousNFA))
        };
        automaton.find_iter(text).filter_map(move |m| {
            let index = m.pattern().as_usize();
            match self.owner.get(index) {
                Some(detector) => {
                    let literal = detector
                        .literals
                        .iter()
                        .any(|l| l.as_bytes() == &text[m.range()]);
                    literal.then(|| Hit::Literal(detector, m.range()))
                }
                None => Some(Hit::Keyword(m.range())),
            }
        })
    }
}

/// Built on first use: a lint of one command never builds it.
static PREFILTER: LazyLock<Prefilter> = LazyLock::new(|| {
    let mut patterns = Vec::new();
    let mut owner = Vec::new();
    for detector in DETECTORS {
        for literal in detector.literals {
            patterns.push(*literal);
            owner.push(detector);
        }
    }
    // Leftmost-longest: where literals overlap (`sk-ant-` and `sk-`), the longer one's detector
    // is the one tried.
    patterns.extend(KEYWORDS);
    Prefilter {
        patterns,
        owner,
        nfa: OnceLock::new(),
        dfa: OnceLock::new(),
    }
});

/// Every credential name holds one of these (see `lint::judge`'s name lists).
const KEYWORDS: &[&str] = &[
    "key",
    "token",
    "secret",
    "pass",
    "pwd",
    "auth",
    "credential",
    "sig",
    "appid",
    "bearer",
    "jwt",
];

fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// Whether the byte before `start` continues a longer value (`session-key-…`, `xAKIA…`) rather
/// than ending something else: an escape such as `\n` or `%3D` ends what precedes it.
fn touches_value(text: &[u8], start: usize) -> bool {
    let before = text[start - 1];
    if !(is_word_byte(before) || before == b'_' || before == b'-') {
        return false;
    }
    let escaped = start >= 2 && text[start - 2] == b'\\' && matches!(before, b'n' | b'r' | b't')
        || start >= 3
            && text[start - 3] == b'%'
            && text[start - 2].is_ascii_hexdigit()
            && before.is_ascii_hexdigit();
    !escaped
}

/// Characters a value may be made of when the scanner walks back from a literal inside it.
fn is_value_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'~' | b'.')
}

/// The provider-format values in `text`, in order, none overlapping. Values whose check fails (a
/// wrong checksum: a made-up token) are not values.
pub fn provider_values(text: &[u8]) -> Vec<ProviderValue> {
    scan(text).0
}

/// Values assigned to names that hold a credential keyword: `name = value`, `name: value`,
/// `name := value`, `name => value`, `"name": "value"`, `name=value`, with the name quoted or not.
/// The caller judges the name and the value.
pub fn named_values(text: &[u8]) -> Vec<NamedValue> {
    scan(text).1
}

/// Both, in one search of the text.
pub fn scan(text: &[u8]) -> (Vec<ProviderValue>, Vec<NamedValue>) {
    let mut found: Vec<ProviderValue> = Vec::new();
    let mut named: Vec<NamedValue> = Vec::new();
    // Where the next `-----END ` and `-----BEGIN ` are, once looked for: a PEM block's regex
    // runs only up to its END, and not at all past the next BEGIN, so a file of BEGIN lines
    // costs one search, not one 64 KiB scan each.
    let mut pem_end: Option<(usize, Option<usize>)> = None;
    for hit in PREFILTER.hits(text) {
        let (detector, hit) = match hit {
            Hit::Literal(detector, range) => (detector, range),
            Hit::Keyword(range) => {
                if named
                    .last()
                    .is_none_or(|last| range.start >= last.value.end)
                {
                    let name = name_around(text, range.start, range.end);
                    named.extend(
                        assignment_after(text, name.clone())
                            .or_else(|| listed_value(text, name.clone()))
                            .or_else(|| spaced_value(text, name)),
                    );
                }
                continue;
            }
        };
        let at = if detector.lead { hit.end } else { hit.start };
        let mut limit = text.len().min(at + WINDOW);
        if detector.kind == super::Kind::PrivateKey && detector.literals == ["-----BEGIN "] {
            let next_end = match pem_end {
                Some((from, next)) if from <= hit.end && next.is_none_or(|e| e >= hit.end) => next,
                _ => {
                    let next =
                        memchr::memmem::find(&text[hit.end..], b"-----END ").map(|i| hit.end + i);
                    pem_end = Some((hit.end, next));
                    next
                }
            };
            let next_begin =
                memchr::memmem::find(&text[hit.end..limit], b"-----BEGIN ").map(|i| hit.end + i);
            match next_end {
                Some(end) if next_begin.is_none_or(|b| end < b) => limit = limit.min(end + 48),
                _ => continue,
            }
        }
        // A value that may start before its literal is tried from each possible start, leftmost
        // first: the digits of `123456789:AA…`, the hex of `…-us21`.
        let floor = at.saturating_sub(detector.back);
        let mut first = at;
        while first > floor && is_value_byte(text[first - 1]) {
            first -= 1;
        }
        let matched = (first..=at).find_map(|start| {
            let glued = detector
                .glued_after
                .iter()
                .any(|w| text[..start].ends_with(w.as_bytes()));
            if start > 0 && touches_value(text, start) && !glued {
                return None;
            }
            let window = &text[start..limit.max(start)];
            let end = start + detector.regex().find(window)?.end();
            let inside_word =
                end < text.len() && is_word_byte(text[end]) && is_word_byte(text[end - 1]);
            (!inside_word).then_some(start..end)
        });
        let Some(span) = matched else {
            continue;
        };
        if found
            .iter()
            .rev()
            .take(4)
            .any(|f| f.span.contains(&span.start))
        {
            continue;
        }
        // Patterns are ASCII, so the match is UTF-8.
        let value = std::str::from_utf8(&text[span.clone()]).unwrap_or("");
        let detection = super::detection(detector, value);
        if detection.check == Some(false) || super::is_reference(value) {
            continue;
        }
        found.push(ProviderValue { span, detection });
    }
    found.sort_by_key(|f| f.span.start);
    // A value that starts before its literal (`back`) can overlap one found before it.
    let mut kept: Vec<ProviderValue> = Vec::with_capacity(found.len());
    for value in found {
        if kept.last().is_none_or(|k| value.span.start >= k.span.end) {
            kept.push(value);
        }
    }
    (kept, named)
}

/// The detectors whose literals `value` holds, each once, in catalog order of first literal.
pub(super) fn candidates(value: &[u8]) -> impl Iterator<Item = &'static Detector> {
    let mut seen: Vec<&'static Detector> = Vec::new();
    for hit in PREFILTER.hits(value) {
        if let Hit::Literal(detector, _) = hit
            && !seen.iter().any(|d| std::ptr::eq(*d, detector))
        {
            seen.push(detector);
        }
    }
    seen.into_iter()
}

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'-'
}

/// The identifier a keyword is part of: `aws_secret_access_key` around `secret`.
fn name_around(text: &[u8], start: usize, end: usize) -> Range<usize> {
    let mut from = start;
    while from > 0 && start - from < 64 && is_name_byte(text[from - 1]) {
        from -= 1;
    }
    let mut to = end;
    while to < text.len() && to - end < 64 && is_name_byte(text[to]) {
        to += 1;
    }
    // Names written as words: `public key: …`, `API key: …`, `client secret = …`.
    const QUALIFIERS: &[&[u8]] = &[
        b"public",
        b"publishable",
        b"private",
        b"secret",
        b"api",
        b"access",
        b"client",
        b"session",
        b"refresh",
        b"auth",
    ];
    if from > 0 && text[from - 1] == b' ' {
        let before = &text[..from - 1];
        if let Some(word) = QUALIFIERS.iter().find(|w| {
            before.len() >= w.len()
                && before[before.len() - w.len()..].eq_ignore_ascii_case(w)
                && (before.len() == w.len() || !is_name_byte(before[before.len() - w.len() - 1]))
        }) {
            from -= word.len() + 1;
        }
    }
    from..to
}

/// The value assigned to the name at `name`, if an assignment follows it.
fn assignment_after(text: &[u8], name: Range<usize>) -> Option<NamedValue> {
    let mut i = name.end;
    let at = |i: usize| text.get(i).copied();
    // An XML element: `<apiKey>…</apiKey>`.
    if name.start > 0 && text[name.start - 1] == b'<' && at(i) == Some(b'>') {
        let from = i + 1;
        let len = memchr::memchr2(b'<', b'\n', &text[from..text.len().min(from + 1024)])?;
        return (len > 0 && text[from + len] == b'<').then_some(NamedValue {
            name,
            value: from..from + len,
            quoted: true,
        });
    }
    // A quoted name: `"api_key": …`, `['token'] = …`, and a name and value passed together:
    // `os.Setenv("API_KEY", "…")`, `define('DB_PASSWORD', '…')`, `headers.set("X-Api-Key", "…")`.
    if let Some(quote @ (b'"' | b'\'')) = at(i) {
        let quoted_name = name.start > 0 && text[name.start - 1] == quote;
        i += 1;
        if at(i) == Some(b']') {
            i += 1;
        }
        let mut j = i;
        while matches!(at(j), Some(b' ' | b'\t')) {
            j += 1;
        }
        if quoted_name && at(j) == Some(b',') {
            j += 1;
            while matches!(at(j), Some(b' ' | b'\t')) {
                j += 1;
            }
            if matches!(at(j), Some(b'"' | b'\'')) {
                return value_at(text, name, j);
            }
            return None;
        }
    }
    while matches!(at(i), Some(b' ' | b'\t')) {
        i += 1;
    }
    // The operator.
    let colon = at(i) == Some(b':');
    match (at(i), at(i + 1)) {
        (Some(b':'), Some(b'=')) | (Some(b'='), Some(b'>')) | (Some(b'?' | b'|'), Some(b'=')) => {
            i += 2
        }
        (Some(b'='), Some(b'=')) => return None,
        (Some(b'=' | b':'), _) => i += 1,
        _ => return None,
    }
    while matches!(at(i), Some(b' ' | b'\t')) {
        i += 1;
    }
    // A typed declaration: `API_KEY: &str = "…"`, `const token: string = '…'`.
    if colon && !matches!(at(i), Some(b'"' | b'\'' | b'`')) {
        let ty = text[i..text.len().min(i + 48)]
            .iter()
            .position(|b| !(b.is_ascii_alphanumeric() || b" _&'<>[],:.".contains(b)));
        if let Some(len) = ty
            && at(i + len) == Some(b'=')
            && at(i + len + 1) != Some(b'=')
        {
            // A declaration assigns a quoted literal; `Basic dXNl…=` is a value, not a type.
            let mut j = i + len + 1;
            while matches!(at(j), Some(b' ' | b'\t')) {
                j += 1;
            }
            if matches!(at(j), Some(b'"' | b'\'' | b'`')) {
                i = j;
            }
        }
    }
    value_at(text, name, i)
}

/// The value written at `i`: quoted, or bare to the next delimiter. An authentication scheme
/// before it (`Bearer …`, `Basic …`, `token …`) is not part of it.
fn value_at(text: &[u8], name: Range<usize>, mut i: usize) -> Option<NamedValue> {
    let at = |i: usize| text.get(i).copied();
    let quote = at(i).filter(|q| matches!(q, b'"' | b'\'' | b'`'));
    let scheme_at = i + usize::from(quote.is_some());
    for scheme in [&b"Bearer "[..], b"bearer ", b"Basic ", b"Token ", b"token "] {
        if text[scheme_at..].starts_with(scheme) {
            if let Some(q) = quote {
                // `'Bearer abc'`: the value is what follows the scheme, up to the quote.
                let from = scheme_at + scheme.len();
                let limit = text.len().min(from + 1024);
                let len = memchr::memchr2(q, b'\n', &text[from..limit])?;
                return (text[from + len] == q && len > 0).then_some(NamedValue {
                    name,
                    value: from..from + len,
                    quoted: true,
                });
            }
            i = scheme_at + scheme.len();
            break;
        }
    }
    let (value, quoted) = match at(i) {
        Some(quote @ (b'"' | b'\'' | b'`')) => {
            let from = i + 1;
            let limit = text.len().min(from + 1024);
            let len = memchr::memchr2(quote, b'\n', &text[from..limit])?;
            if text[from + len] != quote {
                return None;
            }
            (from..from + len, true)
        }
        Some(_) => {
            let from = i;
            let mut to = from;
            // Credentials are ASCII: a bare value ends at the first byte that is not.
            while to < text.len()
                && to - from < 1024
                && text[to].is_ascii()
                && !matches!(
                    text[to],
                    b' ' | b'\t'
                        | b'\r'
                        | b'\n'
                        | b','
                        | b';'
                        | b')'
                        | b'}'
                        | b']'
                        | b'"'
                        | b'\''
                        | b'&'
                        | b'#'
                )
            {
                to += 1;
            }
            (from..to, false)
        }
        None => return None,
    };
    (!value.is_empty()).then_some(NamedValue {
        name,
        value,
        quoted,
    })
}

/// A value after a name and a space, where a format says so: a Dockerfile's `ENV API_KEY value`,
/// a `.netrc`'s `machine host login me password value`.
fn spaced_value(text: &[u8], name: Range<usize>) -> Option<NamedValue> {
    if text.get(name.end) != Some(&b' ') {
        return None;
    }
    let look = name.start.saturating_sub(256);
    let line_start = memchr::memrchr(b'\n', &text[look..name.start]).map_or(look, |i| look + i + 1);
    let before = &text[line_start..name.start];
    let dockerfile = before.trim_ascii_start() == b"ENV ";
    let netrc = text[name.clone()].eq_ignore_ascii_case(b"password")
        && (memchr::memmem::find(before, b"login ").is_some()
            || memchr::memmem::find(before, b"machine ").is_some());
    if !(dockerfile || netrc) {
        return None;
    }
    let mut i = name.end;
    while text.get(i) == Some(&b' ') {
        i += 1;
    }
    value_at(text, name, i)
}

/// A name and value written as a list entry, as Kubernetes and CI files do:
/// `- name: API_SECRET` with `value: "…"` on the next line.
fn listed_value(text: &[u8], name: Range<usize>) -> Option<NamedValue> {
    // Only the few bytes before the name are looked at: `- name: ` and its indentation.
    let look = name.start.saturating_sub(24);
    let line_start = memchr::memrchr(b'\n', &text[look..name.start]).map_or(look, |i| look + i + 1);
    let before = text[line_start..name.start].trim_ascii();
    let before = before
        .strip_suffix(b"\"")
        .or_else(|| before.strip_suffix(b"'"))
        .unwrap_or(before);
    if !(before.ends_with(b"name:") || before.ends_with(b"\"name\":")) {
        return None;
    }
    let line_end = memchr::memchr(b'\n', &text[name.end..])? + name.end;
    let next_end =
        memchr::memchr(b'\n', &text[line_end + 1..]).map_or(text.len(), |i| line_end + 1 + i);
    let next = &text[line_end + 1..next_end];
    let key = memchr::memmem::find(next, b"value")?;
    let after = line_end + 1 + key + "value".len();
    let mut i = after + usize::from(text.get(after) == Some(&b'"'));
    if text.get(i) != Some(&b':') {
        return None;
    }
    i += 1;
    while matches!(text.get(i), Some(b' ' | b'\t')) {
        i += 1;
    }
    value_at(text, name, i)
}

/// Whether an opaque value (no provider format) looks generated: long enough, no spaces, at
/// least two of lower case, upper case and digits, and enough entropy for its length. Hashes
/// named for what they are (`sha256-…` integrity strings) and UUIDs are not keys, nor is code
/// (`os.environ["KEY"]`, `config.token`, `getToken()`).
pub fn looks_generated(value: &str, quoted: bool) -> bool {
    let len = value.len();
    if !(8..=512).contains(&len) || value.bytes().any(|b| b.is_ascii_whitespace()) {
        return false;
    }
    let has = |f: fn(&u8) -> bool| value.as_bytes().iter().any(f);
    let classes = [
        has(u8::is_ascii_lowercase),
        has(u8::is_ascii_uppercase),
        has(u8::is_ascii_digit),
    ]
    .iter()
    .filter(|c| **c)
    .count();
    if classes < 2 {
        return false;
    }
    if ["sha1-", "sha256-", "sha384-", "sha512-", "md5-"]
        .iter()
        .any(|p| value.starts_with(p))
        || is_uuid(value)
    {
        return false;
    }
    // Code, not a value: a call, an index, a template. A quoted value may hold a `$`
    // (`"$ecr3tP@ss"`); `${…}` and `$(…)` are references, rejected by the caller.
    if value.contains(['(', ')', '[', ']', '{', '}', '<', '>', '\\', ' '])
        || (!quoted && value.contains('$'))
    {
        return false;
    }
    // `config.api_key`, `settings.SECRET`, `process.env.TOKEN`: a path of identifiers.
    let dotted = value.contains('.')
        && value
            .split('.')
            .all(|part| !part.is_empty() && part.bytes().all(is_name_byte))
        && value
            .split('.')
            .any(|part| !part.bytes().any(|b| b.is_ascii_digit()));
    if dotted && !quoted {
        return false;
    }
    let bits = super::entropy(value);
    // Random base16 has 4 bits a character at most, base62 about 5.9; short values cannot reach
    // either, so the bar rises with length.
    let bar = if len < 16 { 2.5 } else { 3.0 };
    bits >= bar
}

fn is_uuid(value: &str) -> bool {
    let b = value.as_bytes();
    b.len() == 36
        && b.iter().enumerate().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => *c == b'-',
            _ => c.is_ascii_hexdigit(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(text: &str) -> Vec<&'static str> {
        provider_values(text.as_bytes())
            .iter()
            .map(|v| v.detection.detector.id)
            .collect()
    }

    #[test]
    fn every_example_is_found_in_code_config_and_urls() {
        for detector in DETECTORS {
            for value in detector.examples.0 {
                let lead = if detector.lead {
                    detector.literals[0]
                } else {
                    ""
                };
                for text in [
                    format!("token = \"{lead}{value}\"\n"),
                    format!("KEY={lead}{value}\n"),
                    format!("{{\"k\": \"{lead}{value}\"}}"),
                    format!("curl 'https://x.example/?k={lead}{value}&a=1'"),
                ] {
                    let found = provider_values(text.as_bytes());
                    assert_eq!(found.len(), 1, "{}: {text}", detector.id);
                    assert_eq!(found[0].detection.detector.id, detector.id, "{text}");
                    assert_eq!(&text[found[0].span.clone()], *value, "{text}");
                }
            }
            for value in detector.examples.1 {
                let text = format!("x = \"{value}\"");
                assert!(
                    !ids(&text).contains(&detector.id),
                    "{}: {value}",
                    detector.id
                );
            }
        }
    }

    #[test]
    fn values_glued_to_what_their_provider_writes_before_them() {
        assert_eq!(
            ids("https://api.telegram.org/bot681514016:AA0GwDSB-S73je9775zVJQsL66TVs_2bL5q/getMe"),
            ["telegram-bot-token"]
        );
        let azure = "DefaultEndpointsProtocol=https;AccountName=a;AccountKey=aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789+/aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789+/aBcDeFgHiJ==;EndpointSuffix=core.windows.net";
        let found = provider_values(azure.as_bytes());
        assert_eq!(
            &azure[found[0].span.clone()][..4],
            "aBcD",
            "the value, without AccountKey="
        );
        assert!(
            ids("key = \"sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\"").is_empty(),
            "a placeholder"
        );
    }

    #[test]
    fn values_inside_longer_strings_are_not_values() {
        assert!(ids("xAKIAZ7QW3ERTY2UIOPAS").is_empty());
        assert!(ids("AKIAZ7QW3ERTY2UIOPASX").is_empty());
        assert!(ids("TASK0123456789abcdef0123456789abcdef").is_empty());
        assert_eq!(ids("id=AKIAZ7QW3ERTY2UIOPAS;"), ["aws-access-key-id"]);
    }

    #[test]
    fn a_provider_value_is_not_shadowed_by_a_generic_name() {
        // ripsecrets misses this one: its generic `token = '…'` branch wins.
        let text = "token = 'xoxp-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx'";
        assert_eq!(ids(text), ["slack-token"]);
    }

    #[test]
    fn named_values_in_code_configs_and_shell() {
        let cases = [
            ("api_key = \"f3a9c2\"", "api_key", "f3a9c2"),
            ("\"client_secret\": \"abc\"", "client_secret", "abc"),
            ("PASSWORD=hunter22\n", "PASSWORD", "hunter22"),
            ("  token: 9f8e7d6c\n", "token", "9f8e7d6c"),
            ("$apiKey := 'zz'", "apiKey", "zz"),
            ("headers['X-Api-Key'] = \"k1\"", "X-Api-Key", "k1"),
            ("secret => \"s\",", "secret", "s"),
            (
                "pub static DB_PASSWORD: &str = \"e0ff\";",
                "DB_PASSWORD",
                "e0ff",
            ),
            ("export const API_KEY: string = 'k9';", "API_KEY", "k9"),
            ("{'Authorization': 'Bearer Qc1x'}", "Authorization", "Qc1x"),
            (
                "headers=\"Authorization: Bearer Qg4i.n!9e\"",
                "Authorization",
                "Qg4i.n!9e",
            ),
            (
                "- name: API_SECRET\n  value: \"5fbc\"\n",
                "API_SECRET",
                "5fbc",
            ),
            ("# public key: age1ps68", "public key", "age1ps68"),
            ("os.Setenv(\"API_KEY\", \"k7\")", "API_KEY", "k7"),
            ("define('DB_PASSWORD','pw9');", "DB_PASSWORD", "pw9"),
            ("<apiKey>Zx81</apiKey>", "apiKey", "Zx81"),
            ("ENV API_KEY k8s9\n", "API_KEY", "k8s9"),
            (
                "machine api.example.com login me password pw7\n",
                "password",
                "pw7",
            ),
        ];
        for (text, name, value) in cases {
            let found = named_values(text.as_bytes());
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(&text[found[0].name.clone()], name, "{text}");
            assert_eq!(&text[found[0].value.clone()], value, "{text}");
        }
        assert!(named_values(b"if token == other {").is_empty());
        assert!(named_values(b"the key is here").is_empty());
    }

    #[test]
    fn generated_values_and_things_that_are_not() {
        for value in [
            "9f8e7d6c5b4a39281706f5e4d3c2b1a0",
            "Zx81mQ0pLr7Tv2Wn",
            "aB3!dE5fG7hJ9kL1",
        ] {
            assert!(looks_generated(value, true), "{value}");
        }
        for value in [
            "password",
            "changeme",
            "123e4567-e89b-12d3-a456-426614174000",
            "sha512-Zx81mQ0pLr7Tv2WnZx81mQ0pLr7Tv2Wn",
            "os.environ[\"API_KEY\"]",
            "getToken()",
            "short1",
            "aaaaaaaaaaaaaaaa1",
        ] {
            assert!(!looks_generated(value, true), "{value}");
        }
        assert!(!looks_generated("settings.apiKey", false));
    }
}
