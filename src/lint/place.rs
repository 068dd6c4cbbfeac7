//! Where a finding sits in its source: line and column, and the excerpt shown with it — its
//! line, windowed around the value, with every credential on it redacted.
//!
//! A file can hold a million findings, so nothing here looks at all of them per finding: the
//! credentials to redact are found by a binary search over their sorted spans.

use std::ops::Range;

use super::rules::{self, Finding};
use super::{Reported, Source};

/// The spans of every credential found in a source, sorted by start, with what is needed to
/// find the ones that touch a range in logarithmic time.
pub struct Secrets {
    /// Each span with its index in the order the spans were given (which decides how pieces
    /// that start together are merged), sorted by start.
    spans: Vec<(Range<usize>, usize)>,
    /// `reach[i]`: the furthest end among `spans[..=i]`.
    reach: Vec<usize>,
}

impl Secrets {
    pub fn new(given: Vec<Range<usize>>) -> Secrets {
        let mut spans: Vec<(Range<usize>, usize)> = given.into_iter().zip(0..).collect();
        spans.sort_by_key(|(s, _)| s.start);
        let reach = spans
            .iter()
            .scan(0, |far, (s, _)| {
                *far = (*far).max(s.end);
                Some(*far)
            })
            .collect();
        Secrets { spans, reach }
    }

    /// The spans that start before `window.end` and end after `window.start`, in the order
    /// they were given.
    fn touching(&self, window: &Range<usize>) -> Vec<&Range<usize>> {
        let before = self.spans.partition_point(|(s, _)| s.start < window.end);
        // Walking back from the last span that starts in time, stop where no earlier span
        // reaches into the window.
        let mut found: Vec<&(Range<usize>, usize)> = (0..before)
            .rev()
            .take_while(|&i| self.reach[i] > window.start)
            .map(|i| &self.spans[i])
            .filter(|(s, _)| s.end > window.start)
            .collect();
        found.sort_by_key(|(_, given)| *given);
        found.into_iter().map(|(s, _)| s).collect()
    }
}

/// How much of a long line is shown on each side of a finding's value, in bytes.
const EXCERPT_CONTEXT: usize = 160;

/// Places a finding in its source: line, column, the redacted excerpt, the fingerprint.
///
/// Every credential on the excerpt's line is redacted, not only the finding's own: `secrets` are
/// the source spans of all credentials found in the source.
pub fn place(source: &Source, finding: Finding, secrets: &Secrets) -> Reported {
    let (line, column) = source.position(finding.span.start);
    let (end_line, end_column) = source.position(finding.span.end);
    let line_text = source.line(line);
    let line_start = source.line_start(line);
    let line_end = line_start + line_text.len();
    let own = finding.span.start..finding.span.end.min(line_end).max(finding.span.start);
    // A long line (minified code, a one-line JSON dump) is shown around the value only.
    let text = &source.text;
    let mut from = line_start.max(own.start.saturating_sub(EXCERPT_CONTEXT));
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = line_end.min(own.end + EXCERPT_CONTEXT);
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let (mut excerpt, mut marked) = excerpt(source, from..to, own, &finding, secrets);
    if from > line_start {
        excerpt.insert(0, '…');
        marked = marked.start + '…'.len_utf8()..marked.end + '…'.len_utf8();
    }
    if to < line_end {
        excerpt.push('…');
    }
    let raw = source.text.get(finding.span.clone());
    Reported::new(
        finding,
        source.name.clone(),
        (line, column),
        (end_line, end_column),
        (excerpt, marked),
        raw,
    )
}

/// How a piece of an excerpt is shown.
#[derive(Clone, PartialEq)]
enum Show {
    /// As written: the finding marks something that is no secret (`http`, `-k`).
    Verbatim,
    /// The finding's own redacted value.
    As(String),
    /// Redacted here: another credential, or pieces that overlap.
    Redact,
}

/// The line `line` of the source with every credential on it redacted, and the range of the
/// excerpt that stands for the finding's own span.
fn excerpt(
    source: &Source,
    line: Range<usize>,
    own: Range<usize>,
    finding: &Finding,
    secrets: &Secrets,
) -> (String, Range<usize>) {
    let text = &source.text;
    let floor = |mut i: usize| {
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let ceil = |mut i: usize| {
        while !text.is_char_boundary(i) {
            i += 1;
        }
        i
    };
    let own_show = match (&finding.redacted, own.is_empty()) {
        (Some(r), false) => Show::As(r.clone()),
        _ => Show::Verbatim,
    };
    let mut pieces: Vec<(Range<usize>, Show, bool)> = secrets
        .touching(&line)
        .into_iter()
        .filter(|s| **s != finding.span)
        .map(|s| {
            (
                s.start.max(line.start)..s.end.min(line.end),
                Show::Redact,
                false,
            )
        })
        .chain([(own, own_show, true)])
        .map(|(r, show, is_own)| (floor(r.start)..ceil(r.end), show, is_own))
        .collect();
    pieces.sort_by_key(|(r, _, _)| r.start);
    // Overlapping pieces (a value found only as its whole JSON body) become one, redacted whole:
    // an overlap must never leave a secret shown.
    let mut merged: Vec<(Range<usize>, Show, bool)> = Vec::new();
    for (range, show, is_own) in pieces {
        match merged.last_mut() {
            Some((last, last_show, last_own)) if range.start < last.end => {
                last.end = last.end.max(range.end);
                *last_show = Show::Redact;
                *last_own |= is_own;
            }
            _ => merged.push((range, show, is_own)),
        }
    }
    let mut out = String::new();
    let mut marked = 0..0;
    let mut at = line.start;
    for (range, show, is_own) in merged {
        out.push_str(&text[at..range.start.max(at)]);
        let shown = match show {
            Show::Verbatim => text[range.clone()].to_owned(),
            Show::As(r) => r,
            Show::Redact => rules::redact(&text[range.clone()], false),
        };
        if is_own {
            marked = out.len()..out.len() + shown.len();
        }
        out.push_str(&shown);
        at = range.end.max(at);
    }
    out.push_str(&text[at.min(line.end)..line.end]);
    (out, marked)
}
