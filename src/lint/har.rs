//! HAR 1.2 captures (`log.entries[].request`), streamed: a 1 GiB capture needs megabytes, however
//! its entries are shaped. A structural scan walks the file and keeps only the `request` object of
//! the entry it is in; response bodies stream by and are not kept. Each request is read with the
//! place of every string in it, so findings point at the exact characters of the HAR file, and
//! excerpts are the file's own lines (windowed on long lines, every credential redacted).

use std::io::Read;
use std::ops::Range;

use super::Reported;
use super::model::{self, BodyKind, Client, Param, Spanned, Url};
use super::rules::{self, Finding};
use super::shell::Word;
use crate::detect::named::Syntax;

/// Bytes read at a time.
const CHUNK: u64 = 1 << 20;
/// The longest key the scan tells apart (`entries`): longer strings are not kept as they stream by.
const KEY_MAX: usize = 8;
/// Bytes kept before the scan position: enough to see what leads a line up to a request object.
const LOOKBACK: usize = 64;
/// The widest excerpt, in characters: a minified HAR is one line.
const EXCERPT_WIDTH: usize = 160;
/// Deeper nesting in a request object is no HAR request, and would exhaust the stack.
const MAX_DEPTH: usize = 64;

/// What the stream yields for each entry.
pub enum Item<'a> {
    /// The entry's request, read.
    Request(Request<'a>),
    /// The entry's response, read: it can hold tokens and session cookies.
    Response(Response<'a>),
    /// Why the entry was skipped: where, and what was wrong in general terms, never a value.
    Skipped(String),
    /// What was not read, though the entry was: a response too large to keep.
    Note(String),
}

/// An object of an entry (its request or its response) in the HAR file: its text, where that
/// starts, and where findings in it are placed.
struct Object<'a> {
    /// The object, after what leads its line up to it when that holds no value.
    text: &'a str,
    /// Offset in the HAR file of `text`.
    start: usize,
    /// Where `text` starts.
    at: Position,
}

/// One entry's request: where it is, and what it says.
pub struct Request<'a> {
    object: Object<'a>,
    fields: Fields,
}

/// One entry's response: where it is, the cookies it sets, and its body's text.
pub struct Response<'a> {
    object: Object<'a>,
    /// `Set-Cookie` header values, or the `cookies` list when there is none.
    cookies: Vec<Cookie>,
    /// `content.text`, unless base64.
    content: Option<Text>,
}

/// A cookie a response sets: its name, and its value's text (a `Set-Cookie` value is cut at its
/// first `;`).
struct Cookie {
    name: String,
    value: Text,
}

/// Responses larger than this are not kept to be read (a 1 GiB body streams by).
const RESPONSE_MAX: usize = 4 << 20;

/// Reads a HAR file as a stream, calling `each` with every entry's request (or why the entry was
/// skipped) and the line the entry starts on. Returns how many requests were read.
///
/// By hand: serde can stream with `from_reader`, but byte by byte, at under half the speed needed,
/// and it neither skips a bad entry nor says where a value is written.
pub fn for_each_request(
    mut reader: impl Read,
    mut each: impl FnMut(Item<'_>, usize),
) -> Result<usize, String> {
    let mut scan = Scanner::default();
    while !scan.done {
        let n = (&mut reader)
            .take(CHUNK)
            .read_to_end(&mut scan.buf)
            .map_err(|e| e.to_string())?;
        if n == 0 {
            break;
        }
        scan.advance(&mut each)?;
    }
    scan.finish()
}

/// Whether a text is a HAR file: a JSON object with a `log`.
pub fn looks_like_har(text: &str) -> bool {
    let t = text.trim_start();
    let head = &t.as_bytes()[..t.len().min(200)];
    t.starts_with('{') && memchr::memmem::find(head, b"\"log\"").is_some()
}

/// A line and a column in characters, both from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Position {
    line: usize,
    column: usize,
}

impl Default for Position {
    fn default() -> Position {
        Position { line: 1, column: 1 }
    }
}

impl Position {
    /// Where the text `bytes`, starting here, ends.
    fn after(self, bytes: &[u8]) -> Position {
        match memchr::memrchr(b'\n', bytes) {
            Some(last) => Position {
                line: self.line + memchr::memchr_iter(b'\n', bytes).count(),
                column: 1 + chars(&bytes[last + 1..]),
            },
            None => Position {
                line: self.line,
                column: self.column + chars(bytes),
            },
        }
    }
}

/// Characters in UTF-8 bytes: those that do not continue a character.
fn chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// The keys the scan looks for.
#[derive(Default, Clone, Copy, PartialEq, Eq)]
enum Key {
    #[default]
    Other,
    Log,
    Entries,
    Request,
    Response,
}

/// A `request` object being read: where its text starts in the buffer, how much of that leads up
/// to the object, and where it starts in the file.
struct Open {
    start: usize,
    lead: usize,
    at: Position,
}

/// The structural scan over a sliding buffer: strings are jumped over with memchr and kept only
/// while they may be a key; the buffer keeps the request object being read, and little else.
#[derive(Default)]
struct Scanner {
    buf: Vec<u8>,
    /// Offset in the file of `buf[0]`.
    base: usize,
    /// Where the scan is in `buf`.
    at: usize,
    /// An offset in the file and its position: counted once, as the scan moves on.
    cursor: (usize, Position),
    depth: usize,
    in_string: bool,
    /// Offset in the file of the current string's first byte after the quote.
    string_start: usize,
    /// The last string, if it is a key the scan looks for.
    key: Key,
    in_log: bool,
    seen_log: bool,
    in_entries: bool,
    done: bool,
    /// The entry being read: the line it starts on, and whether it had a request.
    entry: Option<(usize, bool)>,
    request: Option<Open>,
    response: Option<Open>,
    count: usize,
}

impl Scanner {
    /// Scans what is buffered, handing each request to `each`, then drops what is not needed.
    fn advance(&mut self, each: &mut dyn FnMut(Item<'_>, usize)) -> Result<(), String> {
        while self.at < self.buf.len() && !self.done {
            if self.in_string {
                if !self.skip_string() {
                    break;
                }
                continue;
            }
            match self.buf[self.at] {
                b'"' => {
                    self.in_string = true;
                    self.string_start = self.base + self.at + 1;
                }
                b',' => self.key = Key::Other,
                byte @ (b'{' | b'[') => self.open(byte),
                byte @ (b'}' | b']') => self.close(byte, each)?,
                _ => {}
            }
            self.at += 1;
        }
        if let Some(line) = self.discard() {
            each(
                Item::Note(format!(
                    "entry at line {line}: its response is over {} MiB; its cookies and body were not read",
                    RESPONSE_MAX >> 20
                )),
                line,
            );
        }
        Ok(())
    }

    /// Moves past the end of the current string; false when the buffer ends first.
    fn skip_string(&mut self) -> bool {
        let Some(i) = memchr::memchr2(b'"', b'\\', &self.buf[self.at..]) else {
            self.at = self.buf.len();
            return false;
        };
        let pos = self.at + i;
        if self.buf[pos] == b'\\' {
            if pos + 1 >= self.buf.len() {
                self.at = pos;
                return false;
            }
            self.at = pos + 2;
            return true;
        }
        self.in_string = false;
        self.at = pos + 1;
        self.key = if self.base + pos - self.string_start <= KEY_MAX {
            // Short strings are kept until they end (see `discard`).
            match &self.buf[self.string_start - self.base..pos] {
                b"log" => Key::Log,
                b"entries" => Key::Entries,
                b"request" => Key::Request,
                b"response" => Key::Response,
                _ => Key::Other,
            }
        } else {
            Key::Other
        };
        true
    }

    /// `{` or `[`: `log`, its `entries`, an entry, or an entry's `request`.
    fn open(&mut self, byte: u8) {
        match (self.depth, byte, std::mem::take(&mut self.key)) {
            (1, b'{', Key::Log) => {
                self.in_log = true;
                self.seen_log = true;
            }
            (2, b'[', Key::Entries) if self.in_log => self.in_entries = true,
            (3, b'{', _) if self.in_entries => {
                self.entry = Some((self.position(self.at).line, false));
            }
            (4, b'{', Key::Request) if self.entry.is_some() => self.open_request(),
            (4, b'{', Key::Response) if self.entry.is_some() && self.request.is_none() => {
                self.response = Some(self.open_object());
            }
            _ => {}
        }
        self.depth += 1;
    }

    fn open_request(&mut self) {
        self.request = Some(self.open_object());
        if let Some(entry) = &mut self.entry {
            entry.1 = true;
        }
    }

    /// An object (a request or a response) opening at the scan's position.
    fn open_object(&mut self) -> Open {
        let from = (self.cursor.0 - self.base).max(self.at.saturating_sub(LOOKBACK));
        let lead = line_lead(&self.buf[from..self.at]);
        let start = self.at - lead;
        let at = self.position(start);
        Open { start, lead, at }
    }

    /// `}` or `]`: the end of a request, an entry, the entries, `log`, or the file.
    fn close(&mut self, byte: u8, each: &mut dyn FnMut(Item<'_>, usize)) -> Result<(), String> {
        if self.depth == 0 {
            let line = self.position(self.at).line;
            return Err(format!(
                "not a HAR file: unbalanced {} at line {line}",
                byte as char
            ));
        }
        self.depth -= 1;
        match (self.depth, byte) {
            (4, _) if self.request.is_some() => self.close_request(each),
            (4, _) if self.response.is_some() => self.close_response(each),
            (3, _) if self.entry.is_some() => {
                if let Some((line, false)) = self.entry.take() {
                    each(
                        Item::Skipped(format!("entry at line {line}: it has no request object")),
                        line,
                    );
                }
            }
            (2, b']') if self.in_entries => self.in_entries = false,
            (1, b'}') if self.in_log => self.in_log = false,
            (0, b'}') if self.seen_log => self.done = true,
            _ => {}
        }
        Ok(())
    }

    fn close_request(&mut self, each: &mut dyn FnMut(Item<'_>, usize)) {
        let Some(open) = self.request.take() else {
            return;
        };
        let line = self.entry.map_or(open.at.line, |(line, _)| line);
        let item = Request::read(
            &self.buf[open.start..=self.at],
            self.base + open.start,
            &open,
            line,
        );
        if let Item::Request(_) = item {
            self.count += 1;
        }
        each(item, line);
    }

    fn close_response(&mut self, each: &mut dyn FnMut(Item<'_>, usize)) {
        let Some(open) = self.response.take() else {
            return;
        };
        let line = self.entry.map_or(open.at.line, |(line, _)| line);
        let item = Response::read(
            &self.buf[open.start..=self.at],
            self.base + open.start,
            &open,
            line,
        );
        each(item, line);
    }

    /// The position of `buf[offset]`; the cursor moves there (it never moves back).
    fn position(&mut self, offset: usize) -> Position {
        let (at, position) = self.cursor;
        let to = self.base + offset;
        if to <= at {
            return position;
        }
        let moved = position.after(&self.buf[at - self.base..offset]);
        self.cursor = (to, moved);
        moved
    }

    /// Drops what the scan no longer needs: everything before the open request, the current string
    /// if it may be a key, and a few bytes of lookback.
    /// Returns the line of the entry whose response was let go for its size, if one was.
    fn discard(&mut self) -> Option<usize> {
        // A response grown too large is let go: its body streams by like any other.
        let mut let_go = None;
        if let Some(open) = self
            .response
            .take_if(|open| self.at - open.start > RESPONSE_MAX)
        {
            let_go = Some(self.entry.map_or(open.at.line, |(line, _)| line));
        }
        let needed = match (&self.request, &self.response) {
            (Some(open), _) | (None, Some(open)) => open.start,
            (None, None)
                if self.in_string && self.base + self.at - self.string_start <= KEY_MAX =>
            {
                self.string_start - self.base
            }
            (None, None) => self.at,
        };
        let keep = needed.min(self.at.saturating_sub(LOOKBACK));
        self.position(keep);
        self.buf.drain(..keep);
        self.base += keep;
        self.at -= keep;
        if let Some(open) = &mut self.request {
            open.start -= keep;
        }
        if let Some(open) = &mut self.response {
            open.start -= keep;
        }
        let_go
    }

    fn finish(mut self) -> Result<usize, String> {
        if self.done {
            return Ok(self.count);
        }
        if !self.seen_log {
            return Err("not a HAR file: no \"log\" object".into());
        }
        let line = self.position(self.buf.len()).line;
        Err(format!(
            "not a HAR file: it ends in the middle, at line {line}"
        ))
    }
}

/// How much of `before` (the bytes before a request object) leads its line up to it, when that is
/// only `"request":` and whitespace, perhaps after the entry's `{`: an excerpt may show it, as it
/// holds no value. Anything else before the object on its line is not shown.
fn line_lead(before: &[u8]) -> usize {
    let Some(newline) = memchr::memrchr(b'\n', before) else {
        return 0;
    };
    let lead = &before[newline + 1..];
    let rest = lead.trim_ascii_start();
    let rest = rest.strip_prefix(b"{").unwrap_or(rest).trim_ascii_start();
    let only_key = rest
        .strip_prefix(b"\"request\"")
        .and_then(|r| r.trim_ascii_start().strip_prefix(b":"))
        .is_some_and(|r| r.trim_ascii().is_empty());
    if only_key { lead.len() } else { 0 }
}

/// A JSON string: its text, and where it is written between its quotes, in the request's text.
#[derive(Debug, Clone)]
struct Text {
    value: String,
    raw: Range<usize>,
}

impl Text {
    /// Whether the string is written as it reads: without escapes, every one of which is longer
    /// than what it stands for.
    fn verbatim(&self) -> bool {
        self.raw.len() == self.value.len()
    }
}

/// A HAR name/value pair (a header, a cookie, a form field).
#[derive(Debug)]
struct Pair {
    name: Text,
    value: Text,
}

#[derive(Debug)]
struct PostData {
    mime_type: String,
    text: Option<Text>,
    params: Vec<Pair>,
}

/// What a request holds that can carry a credential.
#[derive(Debug)]
struct Fields {
    url: Text,
    headers: Vec<Pair>,
    cookies: Vec<Pair>,
    post_data: Option<PostData>,
}

/// Why a request could not be read, and where: general words, never a value of the input.
struct Problem {
    at: usize,
    what: String,
}

fn problem(at: usize, what: impl Into<String>) -> Problem {
    Problem {
        at,
        what: what.into(),
    }
}

impl<'a> Request<'a> {
    /// Reads the request object `bytes` (after `open.lead` bytes of its line), which starts at
    /// offset `start` in the file.
    fn read(bytes: &'a [u8], start: usize, open: &Open, entry_line: usize) -> Item<'a> {
        let skipped = |p: Problem| {
            let at = open.at.after(&bytes[..p.at.min(bytes.len())]);
            Item::Skipped(format!(
                "entry at line {entry_line}: {} (line {}, column {})",
                p.what, at.line, at.column
            ))
        };
        let text = match std::str::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) => return skipped(problem(e.valid_up_to(), "the request is not UTF-8 text")),
        };
        let mut parser = Parser {
            text,
            at: open.lead,
        };
        match parser.value(0).and_then(|v| Fields::of(&v)) {
            Ok(fields) => Item::Request(Request {
                object: Object {
                    text,
                    start,
                    at: open.at,
                },
                fields,
            }),
            Err(p) => skipped(p),
        }
    }

    /// The request for the rules. Its spans are offsets in the HAR file, exact even inside strings
    /// written with escapes (a JSON body always has some).
    pub fn to_model(&self) -> model::Request {
        let mut words = Words::new(self);
        let fields = &self.fields;
        let object = &self.object;
        let mut request = model::Request {
            client: Some(Client::Har),
            span: object.start..object.start + object.text.len(),
            ..model::Request::default()
        };
        request
            .urls
            .extend(Url::parse(&words.of(&fields.url), "http"));
        let mut content_type = "";
        for header in &fields.headers {
            let name = header.name.value.trim();
            let word = words.of(&header.value);
            if name.eq_ignore_ascii_case("cookie") {
                request.cookies.extend(super::curl::cookies(&word));
            }
            if name.eq_ignore_ascii_case("content-type") {
                content_type = &header.value.value;
            }
            let value = &word.text;
            let lead = value.len() - value.trim_start().len();
            let end = value.trim_end().len().max(lead);
            request.headers.push(Param {
                name: name.to_owned(),
                value: Spanned::of(&word.slice(lead..end)),
            });
        }
        // Browsers give cookies twice, in the Cookie header and as a list: the header is enough.
        if request.cookies.is_empty() {
            for cookie in &fields.cookies {
                request.cookies.push(Param {
                    name: cookie.name.value.clone(),
                    value: Spanned::of(&words.of(&cookie.value)),
                });
            }
        }
        if let Some(post) = &fields.post_data {
            add_body(&mut request, post, content_type, &mut words);
        }
        words.remap(&mut request);
        request
    }

    /// Places a finding in the HAR file: line, column, and the file's own line as the excerpt,
    /// with the value and every other credential of the request (`secrets`) redacted.
    pub fn place(&self, finding: Finding, secrets: &[Range<usize>], file: &str) -> Reported {
        self.object.place(finding, secrets, file)
    }
}

impl<'a> Response<'a> {
    /// Reads the response object `bytes` (after `open.lead` bytes of its line), which starts at
    /// offset `start` in the file: the cookies it sets and its body's text.
    fn read(bytes: &'a [u8], start: usize, open: &Open, entry_line: usize) -> Item<'a> {
        let skipped = |at: usize, what: &str| {
            let at = open.at.after(&bytes[..at.min(bytes.len())]);
            Item::Skipped(format!(
                "entry at line {entry_line}: its response {what} (line {}, column {})",
                at.line, at.column
            ))
        };
        let json = match std::str::from_utf8(bytes) {
            Ok(json) => json,
            Err(e) => return skipped(e.valid_up_to(), "is not UTF-8 text"),
        };
        let mut parser = Parser {
            text: json,
            at: open.lead,
        };
        let read = parser.value(0).and_then(|response| {
            let headers = pairs(response.member("headers"), "response.headers")?;
            let mut cookies: Vec<Cookie> = headers
                .iter()
                .filter(|h| h.name.value.trim().eq_ignore_ascii_case("set-cookie"))
                .filter_map(|h| set_cookie(&h.value))
                .collect();
            // Browsers give cookies twice, in the header and as a list: the header is enough.
            if cookies.is_empty() {
                cookies = pairs(response.member("cookies"), "response.cookies")?
                    .into_iter()
                    .map(|p| Cookie {
                        name: p.name.value,
                        value: p.value,
                    })
                    .collect();
            }
            let content = response.member("content");
            let base64 = text(content.and_then(|c| c.member("encoding")), "encoding")?
                .is_some_and(|e| e.value.eq_ignore_ascii_case("base64"));
            let body = text(content.and_then(|c| c.member("text")), "content.text")?;
            Ok((cookies, body.filter(|_| !base64)))
        });
        match read {
            Ok((cookies, content)) => Item::Response(Response {
                object: Object {
                    text: json,
                    start,
                    at: open.at,
                },
                cookies,
                content,
            }),
            Err(p) => skipped(p.at, &p.what.replace("the request", "it")),
        }
    }

    /// What the response holds that the capture should not: session cookies and credentials it
    /// sets, and secrets in its body (a token endpoint's `access_token`). Spans are offsets in
    /// the HAR file.
    pub fn findings(&self) -> Vec<Finding> {
        let object = &self.object;
        let mut found: Vec<Finding> = self
            .cookies
            .iter()
            .filter_map(|c| {
                let value = Spanned::new(
                    c.value.value.clone(),
                    if c.value.verbatim() {
                        object.start + c.value.raw.start..object.start + c.value.raw.end
                    } else {
                        object.start + c.value.raw.start..object.start + c.value.raw.start
                    },
                );
                rules::cookie_set_in_capture(&Param {
                    name: c.name.clone(),
                    value,
                })
            })
            .collect();
        if let Some(body) = &self.content {
            // The body as written in the file, escapes and all: a JSON body's `\"token\": \"…\"`
            // is read as JSON in a string.
            let raw = &object.text[body.raw.clone()];
            let shift = object.start + body.raw.start;
            for mut finding in super::text::literal_secrets(raw, &[], Syntax::Config) {
                finding.span = finding.span.start + shift..finding.span.end + shift;
                finding
                    .message
                    .push_str(", in a response the capture holds");
                finding.fix = Some(rules::CAPTURE_FIX.to_owned());
                found.push(finding);
            }
        }
        found
    }

    /// Places a finding of [`Response::findings`] in the HAR file.
    pub fn place(&self, finding: Finding, secrets: &[Range<usize>], file: &str) -> Reported {
        self.object.place(finding, secrets, file)
    }
}

/// The cookie a `Set-Cookie` value sets: `name=value` before the first `;`.
fn set_cookie(header: &Text) -> Option<Cookie> {
    let pair = header.value.split(';').next()?;
    let (name, value) = pair.split_once('=')?;
    let lead = value.len() - value.trim_start().len();
    let at = name.len() + 1 + lead;
    let value = value.trim();
    let raw = if header.verbatim() {
        header.raw.start + at..header.raw.start + at + value.len()
    } else {
        header.raw.clone()
    };
    Some(Cookie {
        name: name.trim().to_owned(),
        value: Text {
            value: value.to_owned(),
            raw,
        },
    })
}

impl Object<'_> {
    /// Places a finding in the HAR file: line, column, and the file's own line as the excerpt,
    /// with the value and every other credential of the object (`secrets`) redacted.
    fn place(&self, finding: Finding, secrets: &[Range<usize>], file: &str) -> Reported {
        let raw = self.relative(&finding.span).and_then(|s| self.text.get(s));
        let (span, excerpt) = match self.relative(&finding.span) {
            Some(span) => {
                let excerpt = self.excerpt(span.clone(), finding.redacted.clone(), secrets);
                (span, excerpt)
            }
            // Not expected: spans come from this request. Then point at its start, show nothing.
            None => (0..0, ("{…}".to_owned(), 0..1)),
        };
        let start = self.position(span.start);
        let end = self.position(span.end);
        Reported::new(
            finding,
            file.to_owned(),
            (start.line, start.column),
            (end.line, end.column),
            excerpt,
            raw,
        )
    }

    /// A file span as a range of `text`, if it is inside it.
    fn relative(&self, span: &Range<usize>) -> Option<Range<usize>> {
        let end = self.start + self.text.len();
        (span.start >= self.start && span.start <= span.end && span.end <= end)
            .then(|| span.start - self.start..span.end - self.start)
    }

    fn position(&self, offset: usize) -> Position {
        self.at.after(&self.text.as_bytes()[..offset])
    }

    /// The line of `own` (a range of `text`) with `own` shown as `redacted` and every other
    /// credential redacted, and where `own` is in it. Only the request's part of the line is shown:
    /// what comes before or after it on the same line (another entry's response, in a minified
    /// file) is not this request's, and may hold secrets no rule knows of.
    fn excerpt(
        &self,
        own: Range<usize>,
        redacted: Option<String>,
        secrets: &[Range<usize>],
    ) -> (String, Range<usize>) {
        let bytes = self.text.as_bytes();
        let lo = memchr::memrchr(b'\n', &bytes[..own.start]).map_or(0, |i| i + 1);
        let mut hi =
            memchr::memchr(b'\n', &bytes[own.start..]).map_or(bytes.len(), |i| own.start + i);
        if hi > own.start && bytes[hi - 1] == b'\r' {
            hi -= 1;
        }
        let others = secrets
            .iter()
            .filter_map(|s| self.relative(s))
            .chain(self.repeats(secrets, lo..hi))
            .filter(|s| s.start >= lo && s.start < hi && *s != own)
            .map(|s| s.start..s.end.min(hi))
            .collect();
        let shown = own.start..own.end.clamp(own.start, hi);
        let redacted = redacted.filter(|_| !own.is_empty());
        let (line, marked, hidden) = redact_line(self.text, lo..hi, others, shown, redacted);
        let cut_before = lo == 0 && self.at.column > 1;
        let cut_after = hi == bytes.len();
        window(&line, marked, &hidden, cut_before, cut_after)
    }

    /// Where on `line` (a range of `text`) credentials are written again: a HAR repeats them (the
    /// `queryString` and `cookies` lists, a form's `text` beside its `params`), and an excerpt
    /// redacts every copy. Copies are found as written, and percent-decoded.
    fn repeats(&self, secrets: &[Range<usize>], line: Range<usize>) -> Vec<Range<usize>> {
        let mut needles = Vec::new();
        for span in secrets.iter().filter_map(|s| self.relative(s)) {
            let raw = &self.text[widen(self.text, span)];
            let decoded = serde_json::to_string(&model::decode(raw)).unwrap_or_default();
            needles.push(raw.to_owned());
            if let Some(decoded) = decoded.strip_prefix('"').and_then(|d| d.strip_suffix('"')) {
                needles.push(decoded.to_owned());
            }
        }
        // Shorter values are redacted to `…` where they are found, and would match by chance.
        needles.retain(|n| n.chars().count() >= 4);
        needles.sort();
        needles.dedup();
        let text = &self.text[line.clone()];
        needles
            .iter()
            .flat_map(|n| text.match_indices(n.as_str()))
            .map(|(i, n)| line.start + i..line.start + i + n.len())
            .collect()
    }
}

/// `text[line]` with `own` shown as `redacted` (or as it is, for a finding without a value) and
/// each of `others` redacted; and where `own`, and every redacted value, are in the result. A value
/// that another covers is not shown apart: then the cover is marked.
fn redact_line(
    text: &str,
    line: Range<usize>,
    others: Vec<Range<usize>>,
    own: Range<usize>,
    redacted: Option<String>,
) -> (String, Range<usize>, Vec<Range<usize>>) {
    let own = widen(text, own);
    let mut pieces: Vec<(Range<usize>, Option<String>)> =
        others.into_iter().map(|r| (widen(text, r), None)).collect();
    pieces.push((own.clone(), redacted));
    pieces.sort_by_key(|(r, _)| r.start);
    let mut shown = String::new();
    let mut marked = None;
    let mut hidden: Vec<Range<usize>> = Vec::new();
    let mut at = line.start;
    for (range, replacement) in pieces {
        if range.start < at {
            if range == own {
                marked = hidden.last().cloned();
            }
            continue;
        }
        shown.push_str(&text[at..range.start]);
        let value = match replacement {
            Some(r) => r,
            None if range == own => text[range.clone()].to_owned(),
            None => rules::redact(&text[range.clone()], false),
        };
        let placed = shown.len()..shown.len() + value.len();
        if range == own {
            marked = Some(placed.clone());
        }
        hidden.push(placed);
        shown.push_str(&value);
        at = range.end;
    }
    shown.push_str(&text[at.min(line.end)..line.end]);
    (shown, marked.unwrap_or(0..0), hidden)
}

/// A range grown to character boundaries.
fn widen(text: &str, range: Range<usize>) -> Range<usize> {
    let mut start = range.start.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = range.end.clamp(start, text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    start..end
}

/// At most [`EXCERPT_WIDTH`] characters of `line` around `marked`, `…` where it is cut (or where
/// the line goes on beyond the request). A cut never falls inside a redacted value (`hidden`).
fn window(
    line: &str,
    marked: Range<usize>,
    hidden: &[Range<usize>],
    cut_before: bool,
    cut_after: bool,
) -> (String, Range<usize>) {
    let (mut from, mut to) = (0, line.len());
    let width = line.chars().count();
    if width > EXCERPT_WIDTH {
        let before = line[..marked.start].chars().count();
        let own = line[marked.clone()].chars().count();
        let after = width - before - own;
        let room = EXCERPT_WIDTH.saturating_sub(own);
        let left = (room / 2).max(room.saturating_sub(after)).min(before);
        let right = (room - left).min(after);
        let byte_at = |chars: usize| {
            line.char_indices()
                .nth(chars)
                .map_or(line.len(), |(i, _)| i)
        };
        from = byte_at(before - left);
        to = byte_at(before + own + right);
        for h in hidden {
            if h.start < from && from < h.end {
                from = h.end;
            }
            if h.start < to && to < h.end {
                to = h.start;
            }
        }
    }
    // Exactly sized: thousands of findings are kept until the report is printed.
    let mut excerpt = String::with_capacity(to - from + 2 * "…".len());
    if cut_before || from > 0 {
        excerpt.push('…');
    }
    let shift = excerpt.len();
    excerpt.push_str(&line[from..to]);
    if cut_after || to < line.len() {
        excerpt.push('…');
    }
    let marked = marked.start - from + shift..marked.end - from + shift;
    (excerpt, marked)
}

/// The body's fields: form parameters (urlencoded or multipart alike), or those of a JSON or
/// urlencoded text.
fn add_body(request: &mut model::Request, post: &PostData, content_type: &str, words: &mut Words) {
    let mime = if post.mime_type.is_empty() {
        content_type
    } else {
        &post.mime_type
    }
    .to_ascii_lowercase();
    let multipart = mime.contains("multipart");
    if !post.params.is_empty() {
        request.body_kind = if multipart {
            BodyKind::Multipart
        } else {
            BodyKind::Form
        };
        for param in &post.params {
            let word = words.of(&param.value);
            // Urlencoded values may be written encoded; multipart ones are as sent.
            let text = if multipart {
                word.text.clone()
            } else {
                model::decode(&word.text)
            };
            request.body.push(Param {
                name: param.name.value.clone(),
                value: Spanned::new(text, word.span()),
            });
        }
    } else if let Some(text) = &post.text {
        let word = words.of(text);
        if mime.contains("json") || text.value.trim_start().starts_with('{') {
            request.body_kind = BodyKind::Json;
            request.body.extend(super::curl::json_fields(&word));
        } else if mime.contains("x-www-form-urlencoded") {
            request
                .body
                .extend(model::query_params(&word, 0, &text.value));
        }
    }
}

/// Words over a request's strings, whose spans are offsets in the HAR file. A string written
/// without escapes is its own source. One with escapes gets a stand-in place after the request
/// (words map their bytes one to one); [`Words::remap`] then moves every span from a stand-in to
/// the escaped text it stands for.
struct Words<'r> {
    request: &'r Request<'r>,
    next: usize,
    /// Each stand-in's start, and the raw range of its string in the request's text.
    escaped: Vec<(usize, Range<usize>)>,
}

impl<'r> Words<'r> {
    fn new(request: &'r Request<'r>) -> Words<'r> {
        Words {
            request,
            next: request.object.start + request.object.text.len() + 1,
            escaped: Vec::new(),
        }
    }

    fn of(&mut self, text: &Text) -> Word {
        if text.verbatim() {
            return Word::verbatim(&text.value, self.request.object.start + text.raw.start);
        }
        let at = self.next;
        // A gap between stand-ins: an end is never taken for the next one's start.
        self.next += text.value.len() + 1;
        self.escaped.push((at, text.raw.clone()));
        Word::verbatim(&text.value, at)
    }

    /// The file offset of a word offset.
    fn locate(&self, offset: usize) -> usize {
        let request = &self.request.object;
        if offset <= request.start + request.text.len() {
            return offset;
        }
        let i = self.escaped.partition_point(|(at, _)| *at <= offset);
        match i.checked_sub(1).map(|i| &self.escaped[i]) {
            Some((at, raw)) => {
                let escaped = &request.text.as_bytes()[raw.clone()];
                request.start + raw.start + raw_offset(escaped, offset - at)
            }
            None => request.start,
        }
    }

    /// Moves every span of `request` (the parts a HAR request fills) to the file.
    fn remap(&self, request: &mut model::Request) {
        let fix = |span: &mut Range<usize>| *span = self.locate(span.start)..self.locate(span.end);
        for url in &mut request.urls {
            fix(&mut url.raw.span);
            fix(&mut url.scheme_span);
            let parts = url.user.iter_mut().chain(url.password.iter_mut());
            for part in parts.chain(url.path_segments.iter_mut()) {
                fix(&mut part.span);
            }
            for query in &mut url.query {
                fix(&mut query.value.span);
            }
        }
        let params = request.headers.iter_mut().chain(request.cookies.iter_mut());
        for param in params.chain(request.body.iter_mut()) {
            fix(&mut param.value.span);
        }
    }
}

/// Where the `decoded`-th byte of a JSON string's text starts in its escaped form `raw`.
fn raw_offset(raw: &[u8], decoded: usize) -> usize {
    let (mut i, mut n) = (0, 0);
    while i < raw.len() && n < decoded {
        let (took, gave) = match raw[i] {
            b'\\' => escape_size(&raw[i..]),
            _ => (1, 1),
        };
        i += took;
        n += gave;
    }
    i.min(raw.len())
}

/// An escape's length, and how many bytes of text it stands for.
fn escape_size(escape: &[u8]) -> (usize, usize) {
    if escape.get(1) != Some(&b'u') {
        return (2, 1);
    }
    let unit = |at: usize| {
        let hex = std::str::from_utf8(escape.get(at..at + 4)?).ok()?;
        u32::from_str_radix(hex, 16).ok()
    };
    match unit(2) {
        Some(0xD800..=0xDBFF)
            if escape.get(6..8) == Some(b"\\u") && matches!(unit(8), Some(0xDC00..=0xDFFF)) =>
        {
            (12, 4)
        }
        Some(code) => (6, char::from_u32(code).map_or(3, char::len_utf8)),
        None => (2, 1),
    }
}

/// A JSON value of a request object, with its offset in the request's text.
struct Value {
    at: usize,
    kind: Kind,
}

enum Kind {
    Text(Text),
    Object(Vec<(String, Value)>),
    Array(Vec<Value>),
    Null,
    /// Numbers and booleans.
    Other,
}

impl Value {
    fn member(&self, name: &str) -> Option<&Value> {
        match &self.kind {
            Kind::Object(members) => members.iter().find(|(n, _)| n == name).map(|(_, v)| v),
            _ => None,
        }
    }
}

/// A JSON reader that keeps where each string is written. By hand: serde_json says where a value
/// ends, not where a string sits, and its messages quote the input.
struct Parser<'a> {
    text: &'a str,
    at: usize,
}

impl Parser<'_> {
    fn value(&mut self, depth: usize) -> Result<Value, Problem> {
        self.skip_space();
        let at = self.at;
        if depth > MAX_DEPTH {
            return Err(problem(at, "the request is nested too deeply"));
        }
        let kind = match self.text.as_bytes().get(at) {
            Some(b'{') => self.object(depth)?,
            Some(b'[') => self.array(depth)?,
            Some(b'"') => Kind::Text(self.string()?),
            Some(b'n') => self.word("null", Kind::Null)?,
            Some(b't') => self.word("true", Kind::Other)?,
            Some(b'f') => self.word("false", Kind::Other)?,
            Some(b'-' | b'0'..=b'9') => {
                let digits = self.text.as_bytes()[at..]
                    .iter()
                    .take_while(|b| b.is_ascii_digit() || b"+-.eE".contains(b))
                    .count();
                self.at += digits;
                Kind::Other
            }
            _ => return Err(problem(at, "the request is not valid JSON")),
        };
        Ok(Value { at, kind })
    }

    fn object(&mut self, depth: usize) -> Result<Kind, Problem> {
        self.at += 1;
        let mut members = Vec::new();
        self.skip_space();
        if self.eat(b'}') {
            return Ok(Kind::Object(members));
        }
        loop {
            self.skip_space();
            if self.text.as_bytes().get(self.at) != Some(&b'"') {
                return Err(self.expected("a member name"));
            }
            let name = self.string()?.value;
            self.skip_space();
            if !self.eat(b':') {
                return Err(self.expected("':'"));
            }
            members.push((name, self.value(depth + 1)?));
            self.skip_space();
            if self.eat(b'}') {
                return Ok(Kind::Object(members));
            }
            if !self.eat(b',') {
                return Err(self.expected("',' or '}'"));
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Kind, Problem> {
        self.at += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.eat(b']') {
            return Ok(Kind::Array(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            self.skip_space();
            if self.eat(b']') {
                return Ok(Kind::Array(items));
            }
            if !self.eat(b',') {
                return Err(self.expected("',' or ']'"));
            }
        }
    }

    fn string(&mut self) -> Result<Text, Problem> {
        let open = self.at;
        let bytes = self.text.as_bytes();
        let mut end = open + 1;
        let mut escaped = false;
        loop {
            match memchr::memchr2(b'"', b'\\', bytes.get(end..).unwrap_or_default()) {
                Some(i) if bytes[end + i] == b'\\' => {
                    escaped = true;
                    end += i + 2;
                }
                Some(i) => {
                    end += i;
                    break;
                }
                None => return Err(problem(open, "a string is not closed")),
            }
        }
        self.at = end + 1;
        let value = if escaped {
            serde_json::from_str::<String>(&self.text[open..=end])
                .map_err(|_| problem(open, "a string has an invalid escape"))?
        } else {
            self.text[open + 1..end].to_owned()
        };
        Ok(Text {
            value,
            raw: open + 1..end,
        })
    }

    fn word(&mut self, word: &str, kind: Kind) -> Result<Kind, Problem> {
        if !self.text[self.at..].starts_with(word) {
            return Err(problem(self.at, "the request is not valid JSON"));
        }
        self.at += word.len();
        Ok(kind)
    }

    fn skip_space(&mut self) {
        let bytes = self.text.as_bytes();
        while bytes.get(self.at).is_some_and(u8::is_ascii_whitespace) {
            self.at += 1;
        }
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.text.as_bytes().get(self.at) == Some(&byte);
        self.at += usize::from(found);
        found
    }

    fn expected(&self, what: &str) -> Problem {
        problem(
            self.at,
            format!("the request is not valid JSON: expected {what}"),
        )
    }
}

impl Fields {
    fn of(request: &Value) -> Result<Fields, Problem> {
        let url = text(request.member("url"), "url")?
            .ok_or_else(|| problem(request.at, "the request has no `url`"))?;
        let post_data = match request.member("postData") {
            None => None,
            Some(Value {
                kind: Kind::Null, ..
            }) => None,
            Some(
                post @ Value {
                    kind: Kind::Object(_),
                    ..
                },
            ) => Some(PostData {
                mime_type: text(post.member("mimeType"), "postData.mimeType")?
                    .map(|t| t.value)
                    .unwrap_or_default(),
                text: text(post.member("text"), "postData.text")?,
                params: pairs(post.member("params"), "postData.params")?,
            }),
            Some(other) => return Err(problem(other.at, "`postData` is not an object")),
        };
        Ok(Fields {
            url,
            headers: pairs(request.member("headers"), "headers")?,
            cookies: pairs(request.member("cookies"), "cookies")?,
            post_data,
        })
    }
}

/// A string member; `None` when it is absent or null.
fn text(value: Option<&Value>, field: &str) -> Result<Option<Text>, Problem> {
    match value {
        None => Ok(None),
        Some(Value {
            kind: Kind::Null, ..
        }) => Ok(None),
        Some(Value {
            kind: Kind::Text(t),
            ..
        }) => Ok(Some(t.clone())),
        Some(other) => Err(problem(other.at, format!("`{field}` is not a string"))),
    }
}

/// A list of name/value objects; absent or null is empty, and so is a null name or value.
fn pairs(value: Option<&Value>, field: &str) -> Result<Vec<Pair>, Problem> {
    let items = match value {
        None
        | Some(Value {
            kind: Kind::Null, ..
        }) => return Ok(Vec::new()),
        Some(Value {
            kind: Kind::Array(items),
            ..
        }) => items,
        Some(other) => return Err(not_pairs(other.at, field)),
    };
    items
        .iter()
        .map(|item| {
            if !matches!(item.kind, Kind::Object(_)) {
                return Err(not_pairs(item.at, field));
            }
            let empty = Text {
                value: String::new(),
                raw: item.at..item.at,
            };
            Ok(Pair {
                name: text(item.member("name"), &format!("{field}[].name"))?
                    .unwrap_or_else(|| empty.clone()),
                value: text(item.member("value"), &format!("{field}[].value"))?.unwrap_or(empty),
            })
        })
        .collect()
}

fn not_pairs(at: usize, field: &str) -> Problem {
    problem(at, format!("`{field}` is not a list of name/value objects"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every request of a HAR text, as models, and the skip messages.
    fn read(har: &str) -> (Vec<model::Request>, Vec<String>) {
        let (mut requests, mut skipped) = (Vec::new(), Vec::new());
        for_each_request(har.as_bytes(), |item, _| match item {
            Item::Request(r) => requests.push(r.to_model()),
            Item::Skipped(why) => skipped.push(why),
            Item::Response(_) | Item::Note(_) => {}
        })
        .unwrap();
        (requests, skipped)
    }

    fn wrap(entries: &str) -> String {
        format!("{{\"log\": {{\"version\": \"1.2\", \"entries\": [\n{entries}\n]}}}}\n")
    }

    #[test]
    fn spans_are_offsets_in_the_har_file() {
        let har = wrap(
            r#"{"request": {"method": "POST", "url": "https://api.example.com/v1?api_key=k1k1",
  "headers": [{"name": "Authorization", "value": "  Bearer t2t2 "}, {"name": "Cookie", "value": "a=1; sid=c3c3"}],
  "cookies": [{"name": "sid", "value": "c3c3"}],
  "postData": {"mimeType": "application/x-www-form-urlencoded", "params": [{"name": "password", "value": "p4p4"}]}},
 "response": {"content": {"text": "big"}}}"#,
        );
        let (requests, skipped) = read(&har);
        assert!(skipped.is_empty(), "{skipped:?}");
        let r = &requests[0];
        let at = |span: &Range<usize>| &har[span.clone()];
        assert_eq!(at(&r.urls[0].query[0].value.span), "k1k1");
        assert_eq!(at(&r.headers[0].value.span), "Bearer t2t2");
        assert_eq!(r.cookies.len(), 2, "from the Cookie header only");
        assert_eq!(at(&r.cookies[1].value.span), "c3c3");
        assert!(r.cookies[1].value.span.start < har.find("\"cookies\"").unwrap());
        assert_eq!(at(&r.body[0].value.span), "p4p4");
        assert_eq!(at(&r.urls[0].scheme_span), "https");
        assert_eq!(at(&r.span).chars().next(), Some('{'));
    }

    #[test]
    fn spans_inside_escaped_strings_point_at_the_escaped_text() {
        let har = wrap(
            r#"{"request": {"url": "https:\/\/a.example\/x?token=t\u00e9t\"1", "postData": {"mimeType": "application/json", "text": "{\"user\":\"bob\",\"client_secret\":\"s\\\\3cr3t\"}"}}}"#,
        );
        let (requests, _) = read(&har);
        let r = &requests[0];
        assert_eq!(r.urls[0].query[0].value.text, "tét\"1");
        assert_eq!(
            &har[r.urls[0].query[0].value.span.clone()],
            "t\\u00e9t\\\"1"
        );
        assert_eq!(r.urls[0].host, "a.example");
        let secret = r.body.iter().find(|p| p.name == "client_secret").unwrap();
        assert_eq!(secret.value.text, "s\\3cr3t");
        assert_eq!(&har[secret.value.span.clone()], "s\\\\\\\\3cr3t");
    }

    #[test]
    fn escapes_are_measured() {
        assert_eq!(raw_offset(br#"a\"b"#, 2), 3);
        assert_eq!(raw_offset(br#"\u00e9x"#, 2), 6);
        assert_eq!(raw_offset(br#"\ud83d\ude00x"#, 4), 12);
        assert_eq!(raw_offset(b"abc", 9), 3);
    }

    #[test]
    fn null_values_are_empty_and_bad_entries_are_skipped() {
        let har = wrap(
            r#"{"request": {"url": "https://a.example/", "cookies": [{"name": "sid", "value": null}], "headers": null}},
{"request": {"url": "https://a.example/", "headers": ["Authorization: Bearer sk_live_4eC39HqLyjWDarjtT1zdp7dcX"]}},
{"response": {}},
{"request": {"url": "https://b.example/?api_key=k1k1k1k1", "headers": [{"name": "A", "value": "x"} {"name": "B"}]}},
{"request": {"url": "https://c.example/?api_key=k2"}}"#,
        );
        let (requests, skipped) = read(&har);
        assert_eq!(requests.len(), 2);
        assert_eq!(requests[0].cookies[0].value.text, "");
        assert_eq!(requests[1].urls[0].host, "c.example");
        assert_eq!(skipped.len(), 3, "{skipped:?}");
        let column = har.lines().nth(2).unwrap().find("\"Authorization").unwrap() + 1;
        assert_eq!(
            skipped[0],
            format!(
                "entry at line 3: `headers` is not a list of name/value objects (line 3, column {column})"
            )
        );
        assert_eq!(skipped[1], "entry at line 4: it has no request object");
        assert!(skipped[2].contains("expected ',' or ']'"), "{}", skipped[2]);
        assert!(
            skipped
                .iter()
                .all(|s| !s.contains("sk_live") && !s.contains("k1k1"))
        );
    }

    #[test]
    fn multipart_params_are_body_fields_with_or_without_a_mime_type() {
        for mime in [r#""mimeType": "multipart/form-data; boundary=x", "#, ""] {
            let har = wrap(&format!(
                r#"{{"request": {{"url": "https://a.example/upload", "postData": {{{mime}"params": [{{"name": "file", "fileName": "a.txt", "contentType": "text/plain"}}, {{"name": "api_key", "value": "k1%2Fk1"}}]}}}}}}"#
            ));
            let (requests, skipped) = read(&har);
            assert!(skipped.is_empty(), "{skipped:?}");
            let body = &requests[0].body;
            assert_eq!(body.len(), 2, "{mime}");
            let expected = if mime.is_empty() { "k1/k1" } else { "k1%2Fk1" };
            assert_eq!(body[1].value.text, expected);
            assert_eq!(&har[body[1].value.span.clone()], "k1%2Fk1");
        }
    }

    #[test]
    fn excerpts_are_the_line_windowed_and_redacted() {
        let padding = "x".repeat(300);
        let secret = "sk_live_4eC39HqLyjWDarjtT1zdp7dcX";
        let har = format!(
            r#"{{"log":{{"entries":[{{"request":{{"url":"https://a.example/{padding}?api_key={secret}&page=1&{padding}","headers":[{{"name":"Authorization","value":"Bearer ghp_1234567890abcdefghijklmnopqrstuvwxyzAB"}}]}},"response":{{"content":{{"text":"{padding}"}}}}}}]}}}}"#
        );
        let mut reported = Vec::new();
        for_each_request(har.as_bytes(), |item, _| {
            if let Item::Request(r) = item {
                let model = r.to_model();
                let secrets: Vec<_> = rules::secret_values(&model)
                    .into_iter()
                    .map(|s| s.0)
                    .collect();
                for f in rules::check(&model, rules::Origin::File) {
                    reported.push(r.place(f, &secrets, "m.har"));
                }
            }
        })
        .unwrap();
        let query = reported
            .iter()
            .find(|f| f.name.as_deref() == Some("api_key"))
            .unwrap();
        let start = har.find(secret).unwrap();
        assert_eq!((query.line, query.column), (1, start + 1));
        assert_eq!(query.end_column, start + 1 + secret.len());
        let (excerpt, marked) = &query.excerpt;
        assert!(
            excerpt.starts_with('…') && excerpt.ends_with('…'),
            "{excerpt}"
        );
        assert!(excerpt.chars().count() <= EXCERPT_WIDTH + 2, "{excerpt}");
        assert_eq!(&excerpt[marked.clone()], "sk_l…");
        for f in &reported {
            assert!(!f.excerpt.0.contains(&secret[4..]) && !f.excerpt.0.contains("567890abc"));
        }
    }

    #[test]
    fn a_window_never_cuts_into_a_redacted_value() {
        // The window would start at the third character of `AAAA…`: it starts after it instead.
        let line = format!(
            "{}AAAA…{}MARK{}",
            "a".repeat(10),
            "b".repeat(76),
            "c".repeat(200)
        );
        let hidden = line.find("AAAA").unwrap();
        let marked = line.find("MARK").unwrap();
        let (excerpt, at) = window(
            &line,
            marked..marked + 4,
            &[hidden..hidden + "AAAA…".len(), marked..marked + 4],
            false,
            false,
        );
        assert_eq!(&excerpt[at], "MARK");
        assert!(
            excerpt.starts_with("…bbb") && excerpt.ends_with("c…"),
            "{excerpt}"
        );
        assert!(excerpt.chars().count() <= EXCERPT_WIDTH + 2);
    }

    #[test]
    fn response_bodies_are_not_kept() {
        let body = "y".repeat(8 << 20);
        let har = wrap(&format!(
            r#"{{"request": {{"url": "https://a.example/"}}, "response": {{"content": {{"text": "{body}"}}}}}}"#
        ));
        let mut scan = Scanner::default();
        let mut largest = 0;
        let (mut requests, mut notes) = (0, 0);
        for chunk in har.as_bytes().chunks(64 << 10) {
            scan.buf.extend_from_slice(chunk);
            scan.advance(&mut |item, _| match item {
                Item::Request(_) => requests += 1,
                Item::Note(_) => notes += 1,
                _ => {}
            })
            .unwrap();
            largest = largest.max(scan.buf.len());
        }
        assert!(scan.done && requests == 1 && notes == 1);
        // A response is kept to be read up to its limit, then let go.
        assert!(largest <= RESPONSE_MAX + (128 << 10), "{largest}");
    }

    #[test]
    fn entries_start_on_their_lines() {
        let har = wrap(
            "{\"request\": {\"url\": \"https://a.example/\"}},\n\n{\"request\":\n {\"url\": \"https://b.example/\"}}",
        );
        let mut lines = Vec::new();
        for_each_request(har.as_bytes(), |_, line| lines.push(line)).unwrap();
        assert_eq!(lines, [2, 4]);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]

        /// Strings with escapes, quotes and brackets in every field: a request is read or skipped,
        /// and its findings placed inside it, never a panic.
        #[test]
        fn odd_requests_are_placed_or_skipped(
            parts in proptest::collection::vec("(\\\\[\"\\\\/nu]|\\\\u00e9|\\\\ud83d\\\\ude00|[a-z_=&?%:/.{}\\[\\]\" é€]|api_key=|password|Bearer |https://|http://){0,12}", 5),
            mime in "(application/json|application/x-www-form-urlencoded|multipart/form-data|)",
        ) {
            let har = wrap(&format!(
                r#"{{"request": {{"url": "{}", "headers": [{{"name": "Authorization", "value": "{}"}}, {{"name": "Cookie", "value": "{}"}}], "postData": {{"mimeType": "{mime}", "text": "{}", "params": [{{"name": "token", "value": "{}"}}]}}}}}}"#,
                parts[0], parts[1], parts[2], parts[3], parts[4]
            ));
            let _ = for_each_request(har.as_bytes(), |item, _| {
                if let Item::Request(r) = item {
                    let model = r.to_model();
                    let secrets: Vec<_> = rules::secret_values(&model).into_iter().map(|s| s.0).collect();
                    for f in rules::check(&model, rules::Origin::File) {
                        let span = f.span.clone();
                        assert!(r.object.relative(&span).is_some(), "{span:?} outside the request");
                        let placed = r.place(f, &secrets, "p.har");
                        assert!(placed.excerpt.1.end <= placed.excerpt.0.len());
                    }
                }
            });
        }
    }

    #[test]
    fn broken_har_files_are_errors() {
        assert!(for_each_request(&b"{\"nolog\":1}"[..], |_, _| {}).is_err());
        assert!(for_each_request(&b"[1,2"[..], |_, _| {}).is_err());
        assert!(
            for_each_request(&b"{\"log\":{\"entries\":[{\"request\":{"[..], |_, _| {}).is_err()
        );
        assert!(for_each_request(&b"]"[..], |_, _| {}).is_err());
        let n = for_each_request(
            &b"{\"log\":{\"entries\":[{\"request\":{}}]}}"[..],
            |_, _| {},
        );
        assert_eq!(n, Ok(0), "a request without a url is skipped, not an error");
    }
}
