//! Finding credentials in any text, fast: a literal prefilter (one Aho-Corasick automaton over
//! every detector's literals, another over the words credential names are made of), then, only
//! where a literal is found, that one detector's regex anchored at the candidate's start. No
//! generic pattern competes with a provider's: each provider hit is judged by its own detector,
//! and a name-based value is only looked at where no provider value was found.

use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{LazyLock, OnceLock};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use super::named::{NamedValue, Syntax};
use super::{DETECTORS, Detection, Detector};

/// How far past its start a value is looked at: a PEM key or a JWT with a large payload fits.
const WINDOW: usize = 64 * 1024;

/// A provider-format value found in a text.
#[derive(Debug, Clone)]
pub struct ProviderValue {
    pub span: Range<usize>,
    pub detection: Detection,
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

/// The provider-format values in `text`, in order, none overlapping: values whose check holds,
/// made-up ones (a wrong checksum, which the caller reports as such) and damaged keys.
/// Placeholders in a provider's form (`AKIAXXXXXXXXXXXXXXXX`) are not values.
pub fn provider_values(text: &[u8]) -> Vec<ProviderValue> {
    scan(text, Syntax::Text).0
}

/// Both: provider values, and values assigned to names that hold a credential keyword, as the
/// text's syntax writes them (see [`super::named`]), in one search of the text. The caller
/// judges the names and the values.
pub fn scan(text: &[u8], syntax: Syntax) -> (Vec<ProviderValue>, Vec<NamedValue>) {
    let mut found: Vec<ProviderValue> = Vec::new();
    let mut named: Vec<NamedValue> = Vec::new();
    // The end of the last name looked at: a name holds several keywords (`api_key_secret`).
    let mut names_end = 0;
    // A private key block's END is looked for once, up to the next BEGIN.
    let mut pem_until = 0;
    for hit in PREFILTER.hits(text) {
        let (detector, hit) = match hit {
            Hit::Literal(detector, range) => (detector, range),
            Hit::Keyword(range) => {
                let taken = named.last().map_or(0, |last| last.value.end);
                if range.start >= taken.max(names_end) {
                    let name = super::named::name_around(text, range.start, range.end);
                    names_end = name.end;
                    named.extend(super::named::value_of(text, name, syntax));
                }
                continue;
            }
        };
        if detector.is_pem() {
            if hit.start < pem_until {
                continue;
            }
            let Some(block) = super::pem::block_at(text, hit.start) else {
                continue;
            };
            pem_until = block.span.end;
            let value = String::from_utf8_lossy(&text[block.span.clone()]);
            if super::pem::is_placeholder(&value) {
                continue;
            }
            let mut detection = super::detection(detector, &value);
            if block.cut_short {
                detection.check = Some(false);
            }
            found.push(ProviderValue {
                span: block.span,
                detection,
            });
            continue;
        }
        let at = if detector.lead { hit.end } else { hit.start };
        let limit = text.len().min(at + WINDOW);
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
            // A value cut short by what follows (`…-####`, `…~yk0`) is part of something longer.
            let continues = |b: u8| is_word_byte(b) || matches!(b, b'_' | b'-' | b'~');
            let inside_word = end < text.len() && continues(text[end]) && continues(text[end - 1]);
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
        let not_this_format = !detector.has_form(value)
            || detection.check == Some(false)
                && detector
                    .check
                    .as_ref()
                    .is_some_and(|c| c.failing == super::Failing::NotThisFormat);
        if not_this_format || super::is_reference(value) || super::placeholder_body(detector, value)
        {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The formats found in `text`, but for made-up values (a checksum that fails).
    fn ids(text: &str) -> Vec<&'static str> {
        provider_values(text.as_bytes())
            .iter()
            .filter(|v| !v.detection.made_up())
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
        let azure = "DefaultEndpointsProtocol=https;AccountName=a;AccountKey=BcaF5g8KfZcrkSXkQ9lhut40GI6K8mc8csWfzVtNTjoenrZsMYcVLWO6GsKD+FxFnQBz3AuhXVEqjRmW5mHydw==;EndpointSuffix=core.windows.net";
        let found = provider_values(azure.as_bytes());
        assert_eq!(
            &azure[found[0].span.clone()][..4],
            "BcaF",
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
        let text = "token = 'xoxp-718093162245-4093755170331-Kq2mRzT8vWn4LcYp9HdXs7Fb'";
        assert_eq!(ids(text), ["slack-token"]);
    }
}
