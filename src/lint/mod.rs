//! `keyward lint`: credentials placed where they leak, in curl/wget/HTTPie commands, raw HTTP
//! requests, `.http` files, HAR files and the scripts and docs that hold them.
//!
//! Every input becomes [`model::Request`]s whose values remember their source span; the
//! [`rules`] judge them; the printer reports findings at the exact characters.

pub mod baseline;
pub mod config;
pub mod curl;
pub mod emit;
pub mod fix;
pub mod har;
pub mod http;
pub mod httpie;
pub mod judge;
pub mod model;
pub mod place;
mod quotes;
pub mod report;
pub mod rules;
pub mod shell;
pub mod text;
pub mod wget;

use std::io::Read;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::cli::{InputKind, LintArgs, LintFormat};
use crate::error::{Error, Outcome, Result};
use crate::output::Printer;
use baseline::Baseline;
use model::Request;
use rules::{Finding, Origin, Severity};

/// A text being linted: a file, stdin, or a command line.
#[derive(Debug, Clone)]
pub struct Source {
    /// The path as given, `<stdin>` or `<command line>`.
    pub name: String,
    pub text: String,
    line_starts: Vec<usize>,
    /// Characters before every `CHAR_MARK`-th byte, made when a long line is first asked about:
    /// a column on a minified file's one long line is then counted from the nearest mark.
    char_marks: std::sync::OnceLock<Vec<usize>>,
    /// The 1-based lines that carry an allow marker, found once for the whole text.
    allow_lines: std::sync::OnceLock<Vec<usize>>,
}

/// Bytes between two marks of `Source::char_marks`.
const CHAR_MARK: usize = 4096;

/// Whether a byte starts a character (does not continue one).
fn starts_char(b: &u8) -> bool {
    (*b & 0xC0) != 0x80
}

impl Source {
    pub fn new(name: impl Into<String>, text: String) -> Source {
        let line_starts = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1))
            .collect();
        Source {
            name: name.into(),
            text,
            line_starts,
            char_marks: std::sync::OnceLock::new(),
            allow_lines: std::sync::OnceLock::new(),
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        (line + 1, self.chars_between(start, offset) + 1)
    }

    /// How many characters `text[from..to]` holds. Short spans are counted; on a long line
    /// (thousands of findings on one minified line) the count starts at the nearest mark, so
    /// placing each finding costs the same wherever it is on its line.
    fn chars_between(&self, from: usize, to: usize) -> usize {
        let bytes = self.text.as_bytes();
        if to - from <= 2 * CHAR_MARK {
            return bytes[from..to].iter().filter(|b| starts_char(b)).count();
        }
        let marks = self.char_marks.get_or_init(|| {
            let mut marks = vec![0];
            let mut chars = 0;
            for block in bytes.chunks(CHAR_MARK) {
                chars += block.iter().filter(|b| starts_char(b)).count();
                marks.push(chars);
            }
            marks
        });
        let chars_to = |at: usize| {
            let mark = at / CHAR_MARK;
            marks[mark]
                + bytes[mark * CHAR_MARK..at]
                    .iter()
                    .filter(|b| starts_char(b))
                    .count()
        };
        chars_to(to) - chars_to(from)
    }

    /// The text of a 1-based line, without its newline.
    pub fn line(&self, line: usize) -> &str {
        let start = self.line_starts[line - 1];
        let end = self
            .line_starts
            .get(line)
            .map_or(self.text.len(), |&e| e - 1);
        self.text[start..end].trim_end_matches('\r')
    }

    pub fn line_start(&self, line: usize) -> usize {
        self.line_starts[line - 1]
    }

    /// Whether any of the 1-based lines `first..=last` carries an allow marker.
    fn allows(&self, first: usize, last: usize) -> bool {
        let lines = self.allow_lines.get_or_init(|| {
            // Markers hold no line end: a marker in the text is a marker on its line.
            let mut lines: Vec<usize> = config::ALLOW_MARKERS
                .iter()
                .flat_map(|m| memchr::memmem::find_iter(self.text.as_bytes(), m))
                .map(|at| self.line_starts.partition_point(|&s| s <= at))
                .collect();
            lines.sort_unstable();
            lines.dedup();
            lines
        });
        let at = lines.partition_point(|&l| l < first);
        lines.get(at).is_some_and(|&l| l <= last)
    }
}

/// A finding placed in its source, as printed. The JSON field names are a stable contract.
#[derive(Debug, Clone, Serialize)]
pub struct Reported {
    pub rule: &'static str,
    pub severity: Severity,
    pub location: rules::Location,
    pub name: Option<String>,
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub redacted: Option<String>,
    pub secret_kind: Option<String>,
    /// The value only stands in for a credential (a placeholder, a documentation example, a
    /// made-up token): its placement is the finding, nothing leaked.
    pub reference: bool,
    pub message: String,
    pub fix: Option<String>,
    pub fingerprint: String,
    /// The source line with the value redacted, and where the redacted value sits in it.
    #[serde(skip)]
    pub excerpt: (String, std::ops::Range<usize>),
    #[serde(skip)]
    pub why: &'static str,
    /// The SHA-256 of the value as written, for baselines to tell a new secret at an accepted
    /// place from the accepted one. Never printed.
    #[serde(skip)]
    pub value_digest: Option<[u8; 32]>,
}

impl Reported {
    /// A finding placed at `start` and `end` (line and column) of `file`, shown as `excerpt`.
    pub fn new(
        finding: Finding,
        file: String,
        start: (usize, usize),
        end: (usize, usize),
        excerpt: (String, std::ops::Range<usize>),
        raw: Option<&str>,
    ) -> Reported {
        Reported {
            fingerprint: fingerprint(&finding, &file),
            value_digest: value_digest(&finding, raw),
            rule: finding.rule.id,
            severity: finding.severity,
            location: finding.location,
            name: finding.name,
            file,
            line: start.0,
            column: start.1,
            end_line: end.0,
            end_column: end.1,
            redacted: finding.redacted,
            secret_kind: finding.secret_kind,
            reference: finding.reference,
            message: finding.message,
            fix: finding.fix,
            excerpt,
            why: finding.rule.why,
        }
    }
}

/// Totals for the report.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Summary {
    pub inputs: usize,
    pub requests: usize,
    pub findings: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    /// Inputs that could not be read.
    pub unreadable: usize,
}

/// What linting a source gave.
#[derive(Default)]
pub struct Judged {
    /// How many requests it held.
    pub requests: usize,
    pub findings: Vec<Finding>,
    /// Where the credentials the requests hold sit, in the order of the requests: every
    /// excerpt redacts them.
    pub secrets: Vec<std::ops::Range<usize>>,
    /// The spans of the requests, and of the presigned URLs among them.
    taken: Vec<std::ops::Range<usize>>,
    presigned: Vec<std::ops::Range<usize>>,
}

impl Judged {
    /// Judges one request, and keeps only what the rest of the source's linting needs of it:
    /// a file of many commands never holds all of them parsed.
    fn request(&mut self, source: &Source, origin: Origin, request: Request) {
        self.requests += 1;
        self.taken.push(request.span.clone());
        if !allowed(source, request.span.clone()) {
            self.findings.extend(rules::check(&request, origin));
        }
        self.secrets
            .extend(secret_spans(std::slice::from_ref(&request)));
        let presigned = request.urls.iter().filter(|u| rules::is_presigned(u));
        self.presigned.extend(presigned.map(|u| u.raw.span.clone()));
    }
}

/// Lints one source: finds the requests in it and judges them. Findings of a request whose
/// lines carry an allow marker (`keyward:allow`, `gitleaks:allow`, `pragma: allowlist secret`) are
/// dropped.
pub fn lint_source(source: &Source, kind: InputKind, origin: Origin) -> Judged {
    let mut judged = Judged::default();
    requests_in(source, kind, &mut |r| judged.request(source, origin, r));
    // A file is read whole, not only for its commands: URLs in code and logs, and secrets
    // written anywhere. A command given on the command line is only that command.
    if origin == Origin::File && kind != InputKind::Har {
        let mut taken = std::mem::take(&mut judged.taken);
        taken.sort_by_key(|s| s.start);
        for request in text::requests(&source.text, &taken) {
            judged.request(source, origin, request);
        }
        // Everything the requests hold was judged by the rules; the rest of the text is read for
        // secrets written anywhere (also inside a request, where no rule looks: an `.http`
        // variable after a body, a flag no rule knows).
        let mut spans: Vec<std::ops::Range<usize>> = judged
            .findings
            .iter()
            .map(|f| f.span.clone())
            .chain(judged.secrets.iter().cloned())
            // A presigned URL is reported whole; the key id it names is part of it.
            .chain(judged.presigned.iter().cloned())
            .collect();
        spans.sort_by_key(|s| (s.start, s.end));
        spans.dedup_by(|b, a| {
            // Merge overlapping spans so the list stays ordered and disjoint.
            if b.start < a.end {
                a.end = a.end.max(b.end);
                true
            } else {
                false
            }
        });
        let syntax = crate::detect::named::Syntax::of_file(&source.name);
        let mut literals = text::literal_secrets(&source.text, &spans, syntax);
        literals.retain(|f| !allowed(source, f.span.clone()));
        judged.findings.extend(literals);
    }
    judged
}

/// Whether the lines of `span` carry an allow marker.
fn allowed(source: &Source, span: std::ops::Range<usize>) -> bool {
    let (first, _) = source.position(span.start);
    let (last, _) = source.position(span.end);
    source.allows(first, last)
}

/// The requests a source holds, read as `kind`, handed to `each` as they are found.
pub fn requests_in(source: &Source, kind: InputKind, each: &mut dyn FnMut(Request)) {
    let text = &source.text;
    match kind {
        InputKind::Markdown => {
            for range in markdown_blocks(text) {
                requests_of_commands(text, range, &mut *each);
            }
        }
        InputKind::Http => http::parse(text, !http::looks_like_request(text))
            .into_iter()
            .for_each(each),
        InputKind::Auto if http::looks_like_request(text) => {
            http::parse(text, false).into_iter().for_each(each)
        }
        // `run` streams HAR inputs itself; a HAR text that reaches here is read by the same code,
        // and its spans are offsets in the text.
        InputKind::Har => {
            let _ = har::for_each_request(text.as_bytes(), |item, _| {
                if let har::Item::Request(request) = item {
                    each(request.to_model());
                }
            });
        }
        InputKind::Script | InputKind::Auto if !source.name.starts_with('<') => {
            embedded_commands(text, is_shell_like(&source.name), each)
        }
        InputKind::Curl
        | InputKind::Wget
        | InputKind::Httpie
        | InputKind::Script
        | InputKind::Auto => requests_of_commands(text, 0..text.len(), each),
    }
}

/// Whether a file may be a script as a whole, by its name: code and data files are not (their
/// commands are found where they are written, in comments, strings and docstrings).
fn is_shell_like(name: &str) -> bool {
    const NOT_SHELL: &[&str] = &[
        "py",
        "pyi",
        "ipynb",
        "js",
        "mjs",
        "cjs",
        "ts",
        "jsx",
        "tsx",
        "vue",
        "svelte",
        "go",
        "rs",
        "java",
        "kt",
        "kts",
        "scala",
        "groovy",
        "gradle",
        "rb",
        "php",
        "c",
        "h",
        "cc",
        "cpp",
        "hpp",
        "cs",
        "swift",
        "m",
        "dart",
        "lua",
        "pl",
        "r",
        "ex",
        "exs",
        "erl",
        "clj",
        "json",
        "jsonl",
        "log",
        "toml",
        "ini",
        "env",
        "properties",
        "xml",
        "html",
        "htm",
        "css",
        "sql",
        "csv",
        "tsv",
        "lock",
        "conf",
        "tf",
        "hcl",
    ];
    // Stdin and the command line: what was given is what is meant.
    if name.starts_with('<') {
        return true;
    }
    let file = Path::new(name)
        .file_name()
        .map(|f| f.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let extensions: Vec<&str> = file.split('.').skip(1).collect();
    // A rotated log (`access.log.2`, `access_log.3`) is a log whatever it was called.
    let rotated = extensions
        .last()
        .is_some_and(|e| !e.is_empty() && e.bytes().all(|b| b.is_ascii_digit()));
    !rotated && !extensions.iter().any(|e| NOT_SHELL.contains(e))
}

/// The commands in a file, found where they are written: from each `curl`, `wget`, `http`,
/// `https` or `xh` word that starts a command to the end of the command (its line, backslash
/// continuations, and quotes that span lines: a multi-line JSON body). In a script, that is every
/// command that sends a request; in code and data (`shell_like` false) quotes are not followed
/// across lines, since the file's own quoting is not the shell's. Only these regions are parsed
/// as shell: a large file costs a search, not a parse.
fn embedded_commands(text: &str, shell_like: bool, each: &mut dyn FnMut(Request)) {
    let bytes = text.as_bytes();
    type Quoted = Option<(String, Vec<usize>)>;
    let mut regions: Vec<(std::ops::Range<usize>, Quoted)> = Vec::new();
    for program in ["curl ", "wget ", "http ", "https ", "xh "] {
        for at in memchr::memmem::find_iter(bytes, program) {
            let starts_word = at == 0
                || matches!(
                    bytes[at - 1],
                    b' ' | b'\t' | b'\n' | b'"' | b'\'' | b'`' | b'(' | b'$' | b'|' | b';' | b'&'
                );
            if !starts_word {
                continue;
            }
            // A command in a string (`bash -c "curl …"`, `ssh host "curl …"`) is the string's
            // content, read as the shell hands it over.
            if opens_string(bytes, at, b'"') {
                let (inner, map, end) = shell::double_quoted(text, at, shell_like);
                regions.push((at..end, Some((inner, map))));
            } else if opens_string(bytes, at, b'\'') {
                // In single quotes nothing is special: the command is the text up to the quote
                // that closes them (`CHECK='wget --header="…" $URL'` in a `.env` file).
                let line_end = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |i| at + i);
                let close = memchr::memchr(b'\'', &bytes[at..line_end]).map(|i| at + i);
                regions.push((
                    at..close.unwrap_or_else(|| command_end(bytes, at, shell_like)),
                    None,
                ));
            } else {
                regions.push((at..command_end(bytes, at, shell_like), None));
            }
        }
    }
    regions.sort_by_key(|r| r.0.start);
    let mut covered = 0;
    for (region, quoted) in regions {
        if region.start >= covered {
            covered = region.end;
            match quoted {
                Some((inner, map)) => requests_in_part(&inner, &|w| *w = w.remapped(&map), each),
                None => requests_of_commands(text, region, &mut *each),
            }
        }
    }
}

/// The commands in `text[range]` that send requests, handed to `each` as they are read.
fn requests_of_commands(text: &str, range: std::ops::Range<usize>, each: &mut dyn FnMut(Request)) {
    // Offsets are relative to the part: move them to the whole text.
    requests_in_part(&text[range.clone()], &|w| w.shift(range.start), each);
}

/// The commands in `part` that send requests; `place` moves a word's offsets from the part to
/// the whole text.
fn requests_in_part(part: &str, place: &dyn Fn(&mut shell::Word), each: &mut dyn FnMut(Request)) {
    let unprompted = without_prompts(part);
    shell::for_each_command(&unprompted, &mut |mut words| {
        for word in &mut words {
            place(word);
        }
        words.drain(..program_index(&words));
        let requests = if curl::is_curl(&words) {
            curl::parse(&words)
        } else if wget::is_wget(&words) {
            wget::parse(&words)
        } else if httpie::is_httpie(&words) {
            httpie::parse(&words)
        } else {
            Vec::new()
        };
        requests.into_iter().for_each(&mut *each);
    });
}

/// Whether the `quote` right before `at` opens a string: the line before it holds an even
/// number of unescaped such quotes.
fn opens_string(bytes: &[u8], at: usize, quote: u8) -> bool {
    if at == 0 || bytes[at - 1] != quote {
        return false;
    }
    let line_start = memchr::memrchr(b'\n', &bytes[..at - 1]).map_or(0, |i| i + 1);
    let mut quotes = 0;
    let mut i = line_start;
    while i < at - 1 {
        match bytes[i] {
            b'\\' => i += 1,
            b if b == quote => quotes += 1,
            _ => {}
        }
        i += 1;
    }
    quotes % 2 == 0
}

/// The commands in `text[range]` that send requests.
#[cfg(test)]
fn commands_in(text: &str, range: std::ops::Range<usize>) -> Vec<Request> {
    let mut requests = Vec::new();
    requests_of_commands(text, range, &mut |r| requests.push(r));
    requests
}

/// A console transcript (`$ curl …`, `user@host:~$ curl …`, `% curl …`, `PS C:\> curl …`) as a
/// script: prompts and command output become spaces (so offsets stay), `> ` continuation lines
/// are kept. A text without prompts is returned as it is.
fn without_prompts(part: &str) -> std::borrow::Cow<'_, str> {
    if !part.lines().any(|line| prompt_len(line).is_some()) {
        return part.into();
    }
    let blank = |text: &str| -> String { " ".repeat(text.len()) };
    let mut out = String::with_capacity(part.len());
    let mut continues = false;
    for line in part.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let ending = &line[body.len()..];
        let kept = match prompt_len(body) {
            Some(n) => Some(format!("{}{}", blank(&body[..n]), &body[n..])),
            // Continuation lines, after `\` or an open quote, are shown with the `> ` prompt.
            None => match body.strip_prefix("> ") {
                Some(rest) if !out.is_empty() => Some(format!("  {rest}")),
                _ if continues => Some(body.to_owned()),
                _ => None,
            },
        };
        continues = kept.as_ref().is_some_and(|k| k.ends_with('\\'));
        out.push_str(&kept.unwrap_or_else(|| blank(body)));
        out.push_str(ending);
    }
    out.into()
}

/// The length of a shell prompt at the start of a line: `$ `, `% `, `user@host:~/dir$ `,
/// `PS C:\dir> `.
fn prompt_len(line: &str) -> Option<usize> {
    let indent = line.len() - line.trim_start().len();
    let rest = &line[indent..];
    if rest.starts_with("PS ") {
        return rest.find("> ").map(|i| indent + i + 2);
    }
    let token = rest
        .find(|c: char| !(c.is_alphanumeric() || "_.@:~/-[]".contains(c)))
        .unwrap_or(rest.len());
    let after = &rest[token..];
    (after.starts_with("$ ") || after.starts_with("% ")).then_some(indent + token + 2)
}

/// Where the program starts among a command's words: after `if`, `sudo -u x`, `timeout 10`,
/// `env A=b`, `VAR=x`, `xargs -n1`, a YAML `run:` or `- `, and the like.
fn program_index(words: &[shell::Word]) -> usize {
    let mut i = 0;
    while i + 1 < words.len() {
        let word = words[i].text.as_str();
        i += 1;
        match word {
            "if" | "then" | "else" | "elif" | "do" | "while" | "until" | "!" | "{" | "command"
            | "builtin" | "exec" | "nohup" | "run:" | "-" | "script:" => {}
            // Wrappers with options; some options (and `timeout`'s duration) take an argument.
            "sudo" | "doas" | "time" | "env" | "nice" | "xargs" | "timeout" | "watch" | "retry" => {
                while i + 1 < words.len() && words[i].text.starts_with('-') {
                    let takes = matches!(
                        (word, words[i].text.as_str()),
                        ("sudo", "-u" | "-g" | "-h" | "-p" | "-C" | "-D" | "-U")
                            | ("nice", "-n")
                            | ("xargs", "-n" | "-I" | "-P" | "-L" | "-d" | "-s")
                            | ("timeout", "-s" | "-k")
                            | ("watch", "-n")
                    );
                    i += if takes { 2 } else { 1 };
                }
                if word == "timeout" && i + 1 < words.len() {
                    i += 1; // the duration
                }
            }
            _ if is_assignment(word) => {}
            _ => return i - 1,
        }
    }
    i
}

fn is_assignment(word: &str) -> bool {
    word.split_once('=').is_some_and(|(name, _)| {
        !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    })
}

/// Fenced code blocks in Markdown whose language is a shell (or none), as byte ranges.
pub fn markdown_blocks(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut blocks = Vec::new();
    let mut offset = 0;
    let mut open: Option<(String, bool, usize)> = None;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let fence = ["```", "~~~"].into_iter().find(|f| trimmed.starts_with(f));
        match (&open, fence) {
            (None, Some(f)) => {
                let info = trimmed[f.len()..].trim().to_ascii_lowercase();
                let lang = info
                    .split(|c: char| !c.is_alphanumeric())
                    .next()
                    .unwrap_or("");
                let shell = matches!(
                    lang,
                    "" | "bash"
                        | "sh"
                        | "shell"
                        | "console"
                        | "zsh"
                        | "shellsession"
                        | "curl"
                        | "cmd"
                        | "bat"
                        | "powershell"
                        | "ps1"
                );
                open = Some((f.to_owned(), shell, offset + line.len()));
            }
            (Some((f, shell, start)), Some(g)) if g == f && trimmed.trim_end() == f.as_str() => {
                if *shell {
                    blocks.push(*start..offset);
                }
                open = None;
            }
            _ => {}
        }
        offset += line.len();
    }
    // A block left open runs to the end of the text, as CommonMark says.
    if let Some((_, true, start)) = open {
        blocks.push(start..text.len());
    }
    blocks
}

/// One input to lint.
enum Input {
    Text(Source, InputKind, Origin),
    /// A file, read when a worker comes to it: only the files being linted are in memory.
    /// `explicit`: named on the command line (not found under a directory).
    File {
        path: PathBuf,
        explicit: bool,
    },
    /// A HAR capture, whatever its name or origin: streamed, and placed in its own text.
    Har(HarInput),
    /// Stdin that is no HAR: the bytes read to tell, then the rest of the stream, read like a
    /// file.
    Stdin(Vec<u8>),
}

impl Input {
    /// The name its findings are reported under.
    fn name(&self) -> String {
        match self {
            Input::Text(source, ..) => source.name.clone(),
            Input::File { path, .. } => path.display().to_string(),
            Input::Har(har) => har.name(),
            Input::Stdin(_) => "<stdin>".into(),
        }
    }
}

/// Where a HAR capture is read from.
enum HarInput {
    File(PathBuf),
    /// Stdin: the bytes read to tell what it holds, then the rest of the stream.
    Stdin(Vec<u8>),
    /// A text already read (a HAR file by another name, a `--from har` command line): its name.
    Text(String, String),
}

impl HarInput {
    fn name(&self) -> String {
        match self {
            HarInput::File(path) => path.display().to_string(),
            HarInput::Stdin(_) => "<stdin>".into(),
            HarInput::Text(name, _) => name.clone(),
        }
    }
}

/// A text input of a kind; HAR text goes to the HAR reader, as every HAR input does.
fn text_input(name: &str, text: String, kind: InputKind, origin: Origin) -> Input {
    if kind == InputKind::Har {
        Input::Har(HarInput::Text(name.to_owned(), text))
    } else {
        Input::Text(Source::new(name, text), kind, origin)
    }
}

/// `keyward lint`.
pub fn run(args: &LintArgs, printer: &mut Printer) -> Result<Outcome> {
    let settings = config::load(args.config.as_deref())?;
    printer.with_format(if args.format == LintFormat::Text {
        crate::output::Format::Text
    } else {
        crate::output::Format::Json
    });
    if args.list_detectors {
        printer.detectors(crate::detect::DETECTORS)?;
        return Ok(Outcome::Success);
    }
    if args.list_rules {
        printer.lint_rules(&rules::ALL)?;
        return Ok(Outcome::Success);
    }
    if let Some(id) = &args.explain {
        printer.lint_rule(rules::by_id(id).map_err(|e| Error::Usage(format!("--explain {e}")))?)?;
        return Ok(Outcome::Success);
    }
    let mut ignore = settings.ignore.clone();
    ignore.extend(args.ignore.iter().cloned());
    for id in &args.ignore {
        rules::by_id(id).map_err(|e| Error::Usage(format!("--ignore {e}")))?;
    }
    // Writing a baseline accepts every finding of today, so none is read.
    let baseline_path = args.baseline.as_ref().or(settings.baseline.as_ref());
    let baseline = match baseline_path.filter(|_| args.write_baseline.is_none()) {
        Some(path) => {
            let baseline = Baseline::read(path)?;
            if !baseline.tells_values() {
                printer.note(format!(
                    "{} holds places only: a new secret at a baselined place stays hidden \
                     (rewrite it with --write-baseline)",
                    path.display()
                ));
            }
            baseline
        }
        None => Baseline::default(),
    };
    // Fingerprints name files relative to the project, wherever in it keyward runs.
    let _ = FINGERPRINT_ROOT.set(settings.root.clone());
    let mut unreadable = Vec::new();
    let inputs = gather(args, &settings, &mut unreadable)?;
    for problem in &unreadable {
        printer.warn(format!("cannot lint {problem}"));
    }
    let names: Vec<String> = inputs.iter().map(Input::name).collect();
    let fail_on = args
        .fail_on
        .or(settings.fail_on)
        .unwrap_or(Severity::Warning);
    let mut report = emit::Report::new(
        &names,
        emit::Filter {
            ignore: &ignore,
            baseline: &baseline,
            fail_on,
            keep_fingerprints: args.write_baseline.is_some(),
        },
    );
    let mut stream = printer.lint_begin(args.format)?;
    // Warnings are printed in input order, findings in report order (by file name).
    let mut notes = emit::InInputOrder::default();
    let order = report.order().to_vec();
    lint_all(&inputs, &order, args.from, |event| {
        match event {
            Event::Found(found) => {
                for f in report.found(found) {
                    printer.lint_item(&mut stream, &f)?;
                }
            }
            Event::Done(index, linted) => {
                report.summary.requests += linted.requests;
                for linted in notes.done(index, linted) {
                    for warning in linted.warnings {
                        printer.warn(warning);
                    }
                    for problem in &linted.unreadable {
                        printer.warn(format!("cannot lint {problem}"));
                    }
                    unreadable.extend(linted.unreadable);
                }
                for f in report.input_done() {
                    printer.lint_item(&mut stream, &f)?;
                }
            }
        }
        Ok(())
    })?;
    report.summary.unreadable = unreadable.len();
    printer.lint_end(stream, &report.summary)?;
    if let Some(path) = &args.write_baseline {
        let count = Baseline::write(path, report.kept_for_baseline())?;
        printer.note(format!(
            "wrote {count} accepted finding{} to {}",
            if count == 1 { "" } else { "s" },
            path.display()
        ));
    }
    if !unreadable.is_empty() {
        return Err(Error::Input(format!(
            "{} input{} could not be read (the rest was linted)",
            unreadable.len(),
            if unreadable.len() == 1 { "" } else { "s" }
        )));
    }
    Ok(if report.fails() {
        Outcome::Negative
    } else {
        Outcome::Success
    })
}

/// What linting one input gave, besides its findings.
#[derive(Default)]
struct Linted {
    requests: usize,
    /// Printed as they are, in input order.
    warnings: Vec<String>,
    unreadable: Vec<String>,
}

/// What a worker hands back about the input it lints: its findings, in order, a batch at a time
/// (a chunk of a large file), then what else it gave.
enum Event {
    Found(Vec<Reported>),
    /// The index of the input, and the rest of what it gave.
    Done(usize, Linted),
}

/// How many batches a worker may get ahead of the printer on one input: memory stays bounded
/// by a few chunks' findings, whatever the size of the run.
const BATCHES_AHEAD: usize = 2;

/// Lints the inputs, taken in `order`, on as many threads as there are CPUs, and hands every
/// input's events to `each` in that order, as they come. A failure of `each` (stdout closed
/// with an error) stops the run.
fn lint_all(
    inputs: &[Input],
    order: &[usize],
    from: Option<InputKind>,
    mut each: impl FnMut(Event) -> Result<()>,
) -> Result<()> {
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    use std::sync::{Mutex, mpsc};
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(inputs.len().max(1));
    // One bounded channel per input: a worker ahead of the printer waits rather than piling
    // up findings, and a worker that dies drops its sender, which ends its input.
    let (senders, receivers): (Vec<_>, Vec<_>) = order
        .iter()
        .map(|_| {
            let (tx, rx) = mpsc::sync_channel::<Event>(BATCHES_AHEAD);
            (Mutex::new(Some(tx)), rx)
        })
        .unzip();
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let live = AtomicUsize::new(workers);
    /// When the last worker ends, even by a panic, inputs no worker took end too: the printer
    /// never waits for them.
    struct LastOut<'a>(
        &'a AtomicUsize,
        &'a [Mutex<Option<mpsc::SyncSender<Event>>>],
    );
    impl Drop for LastOut<'_> {
        fn drop(&mut self) {
            if self.0.fetch_sub(1, Ordering::AcqRel) == 1 {
                for sender in self.1 {
                    sender.lock().unwrap_or_else(|e| e.into_inner()).take();
                }
            }
        }
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                scope.spawn(|| {
                    let _last_out = LastOut(&live, &senders);
                    while !stop.load(Ordering::Relaxed) {
                        let at = next.fetch_add(1, Ordering::Relaxed);
                        let Some(&index) = order.get(at) else {
                            return;
                        };
                        let Some(tx) = senders[at].lock().unwrap_or_else(|e| e.into_inner()).take()
                        else {
                            return;
                        };
                        let mut gone = false;
                        let linted = lint_input(&inputs[index], from, &mut |found| {
                            gone |= !found.is_empty() && tx.send(Event::Found(found)).is_err();
                        });
                        if gone || tx.send(Event::Done(index, linted)).is_err() {
                            stop.store(true, Ordering::Relaxed);
                        }
                    }
                })
            })
            .collect();
        let receivers = receivers;
        let mut result = Ok(());
        'inputs: for (at, rx) in receivers.iter().enumerate() {
            loop {
                let event = match rx.recv() {
                    Ok(event) => event,
                    // Its worker died: the input gave nothing.
                    Err(_) => Event::Done(order[at], Linted::default()),
                };
                let done = matches!(event, Event::Done(..));
                if let Err(e) = each(event) {
                    result = Err(e);
                    break 'inputs;
                }
                if done {
                    break;
                }
            }
        }
        stop.store(true, Ordering::Relaxed);
        // Workers blocked on a full channel are let go.
        drop(receivers);
        for handle in handles {
            let _ = handle.join();
        }
        result
    })
}

fn lint_input(
    input: &Input,
    from: Option<InputKind>,
    found: &mut dyn FnMut(Vec<Reported>),
) -> Linted {
    match input {
        Input::Text(source, kind, origin) => {
            let mut linted = Linted {
                requests: lint_text(source, *kind, *origin, 0, found),
                ..Linted::default()
            };
            let command = *origin == Origin::CommandLine || looks_like_a_command(&source.text);
            if matches!(kind, InputKind::Script | InputKind::Auto) && command {
                linted.unreadable.extend(unclosed_quote(source));
            }
            linted
        }
        Input::Har(har) => lint_har_file(har, found),
        Input::File { path, explicit } => lint_file(path, *explicit, from, found),
        Input::Stdin(head) => lint_stdin(head, from, found),
    }
}

/// Lints one text; `line_offset` is the number of lines before it in its file (a chunk of a
/// large file). Hands its findings to `found` in order of position, a batch at a time, and
/// returns how many requests it held.
fn lint_text(
    source: &Source,
    kind: InputKind,
    origin: Origin,
    line_offset: usize,
    found: &mut dyn FnMut(Vec<Reported>),
) -> usize {
    let Judged {
        requests,
        mut findings,
        mut secrets,
        ..
    } = lint_source(source, kind, origin);
    // Every credential found, in requests or written anywhere, is redacted in every excerpt.
    secrets.extend(
        findings
            .iter()
            .filter(|f| f.redacted.is_some() && !f.span.is_empty())
            .filter(|f| {
                !f.reference
                    || source
                        .text
                        .get(f.span.clone())
                        .is_none_or(|v| !crate::detect::is_reference(v))
            })
            .map(|f| f.span.clone()),
    );
    let secrets = place::Secrets::new(secrets);
    // Placed in order, a batch at a time: a file of a million findings never holds a million
    // placed ones (excerpts, fingerprints) besides them.
    findings.sort_by_cached_key(|f| source.position(f.span.start));
    let mut findings = findings.into_iter().peekable();
    while findings.peek().is_some() {
        let mut batch: Vec<Reported> = findings
            .by_ref()
            .take(PLACED_BATCH)
            .map(|f| place::place(source, f, &secrets))
            .collect();
        for r in &mut batch {
            r.line += line_offset;
            r.end_line += line_offset;
        }
        found(batch);
    }
    requests
}

/// How many findings are placed and handed on at a time.
const PLACED_BATCH: usize = 4096;

/// Files up to this size are read whole; larger ones (logs, dumps) in chunks of
/// `CHUNK` bytes cut at line ends, so memory stays bounded whatever the file's size.
const WHOLE_FILE_MAX: u64 = 64 << 20;
const CHUNK: usize = 16 << 20;

fn lint_file(
    path: &Path,
    explicit: bool,
    from: Option<InputKind>,
    found: &mut dyn FnMut(Vec<Reported>),
) -> Linted {
    let name = path.display().to_string();
    let file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) => {
            return Linted {
                unreadable: vec![format!("{name}: {e}")],
                ..Linted::default()
            };
        }
    };
    let large = file
        .metadata()
        .is_ok_and(|m| m.is_file() && m.len() > WHOLE_FILE_MAX);
    let read = Reading {
        chunk: large.then_some(CHUNK),
        explicit,
        binary_skipped: true,
    };
    lint_reader(path, (file, Vec::new()), read, from, found)
}

/// Stdin, read as a file of its size would be: whole up to `WHOLE_FILE_MAX`, in chunks past it
/// (which only reading that far can tell). `head` is what was read to tell it is no HAR.
fn lint_stdin(
    head: &[u8],
    from: Option<InputKind>,
    found: &mut dyn FnMut(Vec<Reported>),
) -> Linted {
    let mut stdin = std::io::stdin().lock();
    let mut start = head.to_vec();
    let more = (&mut stdin)
        .take(WHOLE_FILE_MAX + 1 - start.len() as u64)
        .read_to_end(&mut start);
    if let Err(e) = more {
        return Linted {
            unreadable: vec![format!("<stdin>: {e}")],
            ..Linted::default()
        };
    }
    let large = start.len() as u64 > WHOLE_FILE_MAX;
    let read = Reading {
        chunk: large.then_some(CHUNK),
        explicit: true,
        // Stdin is what the user gave: linted whatever its bytes.
        binary_skipped: false,
    };
    let path = Path::new("<stdin>");
    if large {
        // Chunks are cut as a file's are, from the first byte.
        let rest = std::io::Cursor::new(start).chain(stdin);
        lint_reader(path, (rest, Vec::new()), read, from, found)
    } else {
        lint_reader(path, (stdin, start), read, from, found)
    }
}

/// How an input is read.
#[derive(Clone, Copy)]
struct Reading {
    /// Whole, or in chunks of this many bytes cut at line ends.
    chunk: Option<usize>,
    /// Named on the command line: a binary file is then an error, not skipped.
    explicit: bool,
    /// Whether binary content is skipped (files) or linted all the same (stdin).
    binary_skipped: bool,
}

/// Lints what `reader` holds after the bytes already read from it, read as `read` says; hands its findings to `found` a chunk at a
/// time, in order.
fn lint_reader(
    path: &Path,
    (mut reader, mut buffer): (impl Read, Vec<u8>),
    read: Reading,
    from: Option<InputKind>,
    found: &mut dyn FnMut(Vec<Reported>),
) -> Linted {
    let name = path.display().to_string();
    let mut linted = Linted::default();
    let mut line_offset = 0;
    let mut kind = None;
    // Findings on a line a chunk cut in two wait for the rest of that line's.
    let mut waiting: Vec<Reported> = Vec::new();
    loop {
        let limit = read.chunk.map_or(u64::MAX, |c| c as u64);
        let n = match (&mut reader).take(limit).read_to_end(&mut buffer) {
            Ok(n) => n,
            Err(e) => {
                // What earlier chunks held has been reported already.
                linted.unreadable.push(format!("{name}: {e}"));
                found(waiting);
                return linted;
            }
        };
        let done = read.chunk.is_none_or(|c| n < c);
        if kind.is_none() && read.binary_skipped && is_binary(&buffer) {
            // Binary files in a directory are skipped; one named outright is an error.
            if read.explicit {
                linted
                    .unreadable
                    .push(format!("{name}: a binary file, not text"));
            }
            return linted;
        }
        // A chunk ends at its last line end; the rest starts the next one. A single line longer
        // than a chunk is cut where the chunk ends.
        let cut = if done {
            buffer.len()
        } else {
            open_block_start(&buffer)
                .unwrap_or_else(|| memchr::memrchr(b'\n', &buffer).map_or(buffer.len(), |i| i + 1))
        };
        let rest = buffer.split_off(cut);
        // Text in another encoding (Latin-1 docs, a log with a stray byte) is still linted:
        // credentials are ASCII, and the odd byte only becomes U+FFFD.
        let text = match String::from_utf8(std::mem::take(&mut buffer)) {
            Ok(text) => text,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        };
        let lines = memchr::memchr_iter(b'\n', text.as_bytes()).count();
        let kind = *kind.get_or_insert_with(|| from.unwrap_or_else(|| kind_of(path, &text)));
        let source = Source::new(name.clone(), text);
        linted.requests += lint_text(&source, kind, Origin::File, line_offset, &mut |part| {
            waiting.extend(part);
            emit::sort(&mut waiting);
            // Later batches of the chunk are further on, but may add to its last line.
            let last = waiting.last().map_or(0, |r| r.line);
            let later = waiting.split_off(waiting.partition_point(|r| r.line < last));
            found(std::mem::replace(&mut waiting, later));
        });
        // Only a whole script is judged: a chunk may end inside a quote.
        let script = is_shell_script(&source)
            || (path == Path::new("<stdin>") && looks_like_a_command(&source.text));
        if done && line_offset == 0 && kind == InputKind::Script && script {
            linted.unreadable.extend(unclosed_quote(&source));
        }
        drop(source);
        line_offset += lines;
        // The next chunk starts on line `line_offset + 1`: what is before it is in order.
        let ready = if done {
            waiting.len()
        } else {
            waiting.partition_point(|r| r.line <= line_offset)
        };
        let later = waiting.split_off(ready);
        found(std::mem::replace(&mut waiting, later));
        buffer = rest;
        if done {
            return linted;
        }
    }
}

/// The inputs: the command after `--`, `-c`, stdin, and the files under the paths given.
fn gather(
    args: &LintArgs,
    settings: &config::Settings,
    unreadable: &mut Vec<String>,
) -> Result<Vec<Input>> {
    let mut inputs = Vec::new();
    if !args.command.is_empty() {
        let text: Vec<String> = args.command.iter().map(|a| fix::quote(a)).collect();
        inputs.push(text_input(
            "<command line>",
            text.join(" "),
            args.from.unwrap_or(InputKind::Auto),
            Origin::CommandLine,
        ));
    }
    if let Some(command) = &args.string {
        inputs.push(text_input(
            "<command line>",
            command.clone(),
            args.from.unwrap_or(InputKind::Auto),
            Origin::CommandLine,
        ));
    }
    let read_stdin = args.paths.iter().any(|p| p == Path::new("-"))
        || (inputs.is_empty() && args.paths.is_empty());
    if read_stdin {
        match stdin_input(args.from) {
            Ok(input) => inputs.push(input),
            Err(e) => unreadable.push(format!("<stdin>: {e}")),
        }
    }
    let excludes = exclusions(&settings.exclude, &settings.root)?;
    for path in args.paths.iter().filter(|p| *p != Path::new("-")) {
        for file in files_under(path, &excludes, unreadable) {
            let explicit = &file == path;
            if args.from == Some(InputKind::Har) || (args.from.is_none() && is_har_path(&file)) {
                inputs.push(Input::Har(HarInput::File(file)));
                continue;
            }
            inputs.push(Input::File {
                path: file,
                explicit,
            });
        }
    }
    Ok(inputs)
}

/// `exclude` patterns from `.keyward.toml`, in gitignore syntax, relative to `root` (the
/// settings file's directory).
fn exclusions(patterns: &[String], root: &Path) -> Result<Option<ignore::gitignore::Gitignore>> {
    if patterns.is_empty() {
        return Ok(None);
    }
    let mut builder = ignore::gitignore::GitignoreBuilder::new(root);
    for pattern in patterns {
        builder.add_line(None, pattern).map_err(|e| {
            Error::Input(format!("{}: exclude {pattern:?}: {e}", config::FILE_NAME))
        })?;
    }
    builder
        .build()
        .map(Some)
        .map_err(|e| Error::Input(format!("{}: {e}", config::FILE_NAME)))
}

/// Stdin. A HAR capture is streamed like a file, and so is any other text: only its first bytes
/// are read here, to tell what it is.
fn stdin_input(from: Option<InputKind>) -> std::io::Result<Input> {
    let mut stdin = std::io::stdin().lock();
    let mut head = Vec::new();
    // Enough to judge as the whole text would be: the first bytes after leading white space.
    loop {
        let n = (&mut stdin).take(4096).read_to_end(&mut head)?;
        let text = String::from_utf8_lossy(&head);
        if n == 0 || text.trim_start().len() >= 256 || head.len() as u64 >= WHOLE_FILE_MAX {
            break;
        }
    }
    let har = match from {
        Some(kind) => kind == InputKind::Har,
        None => har::looks_like_har(&String::from_utf8_lossy(&head)),
    };
    Ok(if har {
        Input::Har(HarInput::Stdin(head))
    } else {
        Input::Stdin(head)
    })
}

/// Warnings for the first few skipped entries of a HAR input; the rest are counted.
const SKIPPED_SHOWN: usize = 10;

/// A HAR input, streamed: returns how many requests it held and the findings, placed in the HAR
/// text. Entries that cannot be read are skipped with a warning and make the input count as
/// unreadable (the rest is linted), as does a file that is no HAR or ends early.
fn lint_har_file(input: &HarInput, found: &mut dyn FnMut(Vec<Reported>)) -> Linted {
    let mut warnings = Vec::new();
    let mut unreadable = Vec::new();
    let name = input.name();
    let (mut requests, mut reported, mut skipped) = (0, Vec::new(), 0);
    let mut each = |item: har::Item<'_>, _line: usize| match item {
        har::Item::Request(request) => {
            requests += 1;
            let model = request.to_model();
            let secrets = secret_spans(std::slice::from_ref(&model));
            for finding in rules::check(&model, Origin::File) {
                reported.push(request.place(finding, &secrets, &name));
            }
        }
        har::Item::Response(response) => {
            let findings = response.findings();
            let secrets: Vec<std::ops::Range<usize>> =
                findings.iter().map(|f| f.span.clone()).collect();
            for finding in findings {
                reported.push(response.place(finding, &secrets, &name));
            }
        }
        har::Item::Note(note) => warnings.push(format!("{name}: {note}")),
        har::Item::Skipped(why) => {
            skipped += 1;
            if skipped <= SKIPPED_SHOWN {
                warnings.push(format!("{name}: skipped {why}"));
            }
        }
    };
    let read = match input {
        HarInput::File(path) => std::fs::File::open(path)
            .map_err(|e| e.to_string())
            .and_then(|file| har::for_each_request(file, &mut each)),
        HarInput::Stdin(head) => {
            har::for_each_request(head.as_slice().chain(std::io::stdin().lock()), &mut each)
        }
        HarInput::Text(_, text) => har::for_each_request(text.as_bytes(), &mut each),
    };
    if skipped > SKIPPED_SHOWN {
        warnings.push(format!(
            "{name}: skipped {} more entries",
            skipped - SKIPPED_SHOWN
        ));
    }
    // What was read before a fatal error is still reported: a capture cut short is common.
    match read {
        Ok(_) if skipped > 0 => {
            let entries = if skipped == 1 { "entry" } else { "entries" };
            unreadable.push(format!("{name}: {skipped} {entries} skipped"));
        }
        Ok(_) => {}
        Err(e) => {
            unreadable.push(format!("{name}: {e}"));
        }
    }
    emit::sort(&mut reported);
    found(reported);
    Linted {
        requests,
        warnings,
        unreadable,
    }
}

/// A path's files: itself, or the files under a directory (respecting .gitignore and the
/// project's `exclude` patterns).
fn files_under(
    path: &Path,
    excludes: &Option<ignore::gitignore::Gitignore>,
    unreadable: &mut Vec<String>,
) -> Vec<PathBuf> {
    if !path.is_dir() {
        return vec![path.to_owned()];
    }
    let mut files = Vec::new();
    // Hidden files are where secrets live (`.env`, `.github/workflows`), so they are read; only
    // git's own directory is not.
    let walk = ignore::WalkBuilder::new(path)
        .hidden(false)
        .filter_entry(|e| e.file_name() != ".git")
        .build();
    for entry in walk {
        match entry {
            Ok(e) if e.file_type().is_some_and(|t| t.is_file()) => {
                // Matched as absolute paths: patterns are relative to the settings file's
                // directory, wherever keyward runs.
                // (the matcher asks for paths under its root).
                let excluded = excludes.as_ref().is_some_and(|g| {
                    let path = std::path::absolute(e.path())
                        .map(|p| normalized(&p))
                        .unwrap_or_else(|_| e.path().to_owned());
                    path.starts_with(g.path())
                        && g.matched_path_or_any_parents(&path, false).is_ignore()
                });
                if !excluded {
                    files.push(e.into_path());
                }
            }
            Ok(_) => {}
            Err(e) => unreadable.push(e.to_string()),
        }
    }
    files.sort();
    files
}

/// Where the shell command starting at `at` ends: an unquoted, unescaped newline (quotes are
/// followed across lines only in a script), or 1 MiB on.
fn command_end(bytes: &[u8], at: usize, follow_quotes: bool) -> usize {
    let limit = bytes.len().min(at + (1 << 20));
    let mut quote: Option<u8> = None;
    let mut i = at;
    while i < limit {
        let b = bytes[i];
        match quote {
            Some(q) if b == q => quote = None,
            Some(b'"') if b == b'\\' => i += 1,
            Some(_) if b == b'\n' && !follow_quotes => return i,
            Some(_) => {}
            None => match b {
                b'\\' => i += 1,
                b'\n' => return i,
                b'\'' | b'"' => quote = Some(b),
                _ => {}
            },
        }
        i += 1;
    }
    limit
}

/// Fail closed: a script the shell would refuse for a quote that never closes has its commands
/// after that quote swallowed, so it is unreadable, not clean.
fn unclosed_quote(source: &Source) -> Option<String> {
    let at = quotes::unclosed_quote(&source.text)?;
    let (line, column) = source.position(at);
    Some(format!(
        "{}:{line}:{column}: this quote is never closed, so the shell would not run the script \
         and the commands after it could not be read",
        source.name
    ))
}

const SHELLS: [&str; 5] = ["sh", "bash", "zsh", "ksh", "dash"];

/// A shell script, by its extension or its `#!` line.
fn is_shell_script(source: &Source) -> bool {
    let extension = Path::new(&source.name)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    extension.is_some_and(|e| SHELLS.contains(&e.as_str())) || has_shell_shebang(&source.text)
}

/// A `#!` line naming a shell (`#!/bin/sh`, `#!/usr/bin/env bash`): not node, python or ruby.
fn has_shell_shebang(text: &str) -> bool {
    let first = text.lines().next().unwrap_or("");
    first.starts_with("#!")
        && first
            .split(['/', ' '])
            .any(|word| SHELLS.contains(&word.trim()))
}

/// Text that is a shell script or a command by how it starts: a shell's `#!` line, or a request
/// program.
fn looks_like_a_command(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("");
    has_shell_shebang(text.trim_start()) || ["curl", "wget", "http", "https", "xh"].contains(&first)
}

/// Where a chunk must end so that a PEM block it opens but does not close goes whole into the
/// next one: the start of the line of its last `-----BEGIN `, when no `-----END ` follows it.
fn open_block_start(buffer: &[u8]) -> Option<usize> {
    let begin = memchr::memmem::rfind(buffer, b"-----BEGIN ")?;
    if memchr::memmem::find(&buffer[begin..], b"-----END ").is_some() {
        return None;
    }
    let line = memchr::memrchr(b'\n', &buffer[..begin]).map_or(0, |i| i + 1);
    // A block that starts the chunk is kept whole by reading on (an empty cut), up to the
    // largest key the detectors look at; past that it is cut like any line.
    (line > 0 || buffer.len() < 64 << 10).then_some(line)
}

/// Binary, as git and ripgrep judge it: a NUL byte in the first 8 KiB.
fn is_binary(bytes: &[u8]) -> bool {
    memchr::memchr(0, &bytes[..bytes.len().min(8192)]).is_some()
}

/// What a file holds, by its name, then its content.
fn kind_of(path: &Path, text: &str) -> InputKind {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match ext.as_str() {
        "md" | "markdown" | "mdx" => InputKind::Markdown,
        "http" | "rest" => InputKind::Http,
        "har" => InputKind::Har,
        _ if http::looks_like_request(text) => InputKind::Http,
        _ if har::looks_like_har(text) => InputKind::Har,
        _ => InputKind::Script,
    }
}

/// Whether a file is a HAR capture, to be streamed rather than read whole: by its name, or, when
/// the name says nothing of its kind (`x.json`), by its first bytes, as `kind_of` would judge the
/// whole text. Only regular files are looked into: the start of a pipe cannot be read twice.
fn is_har_path(path: &Path) -> bool {
    match kind_of(path, "") {
        InputKind::Har => true,
        InputKind::Script if std::fs::metadata(path).is_ok_and(|m| m.is_file()) => {
            let mut head = Vec::new();
            let read = std::fs::File::open(path).and_then(|f| f.take(4096).read_to_end(&mut head));
            read.is_ok() && har::looks_like_har(&String::from_utf8_lossy(&head))
        }
        _ => false,
    }
}

fn secret_spans(requests: &[Request]) -> Vec<std::ops::Range<usize>> {
    requests
        .iter()
        .flat_map(rules::secret_values)
        .map(|(span, _)| span)
        .collect()
}

/// Stable across line moves: the rule, the file, where in which request, the name, and whether
/// the value is a reference (so that a baselined placeholder does not hide the real key that
/// later replaces it). Never anything derived from the secret itself.
fn fingerprint(finding: &Finding, file: &str) -> String {
    let input = format!(
        "{}\0{}\0{:?}\0{}\0{}\0{}",
        finding.rule.id,
        fingerprint_path(file),
        finding.location,
        finding.name.as_deref().unwrap_or(""),
        finding.context,
        if finding.reference { "ref" } else { "literal" },
    );
    digest_hex(&input)
}

/// The digest of a finding's value as written (`raw`, its span's text), if it marks a value.
fn value_digest(finding: &Finding, raw: Option<&str>) -> Option<[u8; 32]> {
    let raw = raw.filter(|raw| finding.redacted.is_some() && !raw.is_empty())?;
    let digest = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, raw.as_bytes());
    digest.as_ref().try_into().ok()
}

/// The first 128 bits of the SHA-256 of `input`, in hex.
pub(crate) fn digest_hex(input: &str) -> String {
    let d = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, input.as_bytes());
    d.as_ref()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The file as a fingerprint names it: `./f/q.sh`, `f/q.sh` and `$PWD/f/q.sh` are one file, so a
/// baseline written from one spelling holds for the others.
/// Where it is run from in the project, a file's path is relative to the project's root
/// (`config::Settings::root`), so that one baseline holds wherever keyward runs.
pub(crate) fn fingerprint_path(file: &str) -> String {
    // Asked once: a run can place thousands of findings.
    static CWD: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();
    let path = Path::new(file);
    if file.starts_with('<') {
        return file.to_owned();
    }
    let cwd = CWD.get_or_init(|| std::env::current_dir().ok());
    let absolute = match cwd {
        Some(cwd) => normalized(&cwd.join(path)),
        None => normalized(path),
    };
    // The root comes normalized (config::load), or is the working directory: not redone here,
    // once per finding.
    let root = FINGERPRINT_ROOT.get().or(cwd.as_ref());
    let relative = match root {
        Some(root) => absolute.strip_prefix(root).unwrap_or(&absolute),
        None => &absolute,
    };
    let parts: Vec<String> = relative
        .components()
        .filter(|c| !matches!(c, std::path::Component::CurDir))
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    parts.join("/")
}

/// The project's root for fingerprints, set once per run.
static FINGERPRINT_ROOT: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();

/// `path` with `.` and `dir/..` taken out, as written (symbolic links are not followed: a
/// fingerprint names the file as the project does).
fn normalized(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir if out.file_name().is_some() => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprint_paths_ignore_how_the_file_was_named() {
        assert_eq!(fingerprint_path("./f/q.sh"), "f/q.sh");
        assert_eq!(fingerprint_path("f//q.sh"), "f/q.sh");
        let cwd = std::env::current_dir().unwrap();
        assert_eq!(
            fingerprint_path(&cwd.join("f/q.sh").display().to_string()),
            "f/q.sh"
        );
        assert_eq!(fingerprint_path("<stdin>"), "<stdin>");
    }

    #[test]
    fn positions_are_lines_and_character_columns() {
        let s = Source::new("f", "ab\nçd ef\n".to_owned());
        assert_eq!(s.position(0), (1, 1));
        assert_eq!(s.position(3), (2, 1));
        assert_eq!(s.position(6), (2, 3));
        assert_eq!(s.line(2), "çd ef");
    }

    #[test]
    fn chunks_are_cut_at_line_ends_and_keep_line_numbers() {
        let mut text = String::new();
        for i in 0..200 {
            text.push_str(&format!("GET /v1/items/{i}?page={i} HTTP/1.1 200\n"));
            if i % 37 == 5 {
                text.push_str("GET /v1/me?access_token=Zx81mQ0pLr7Tv2Wn HTTP/1.1 200\n");
                text.push_str("token = \"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\"\n");
            }
            if i == 100 {
                // A key over several lines, which a chunk cut must not split.
                text.push_str("-----BEGIN RSA PRIVATE KEY-----\nMIIBOwIBAAJBAGC+MSAeaf7aoO7o\nuZl/XHwpmf2v5ZMlPNZUr0361xQnoK6z/ukjL4ryIR+e5JHFsQvs\n-----END RSA PRIVATE KEY-----\n");
            }
        }
        let path = Path::new("access.log");
        let lines = |chunk: Option<usize>| -> Vec<(usize, usize, &'static str)> {
            let read = Reading {
                chunk,
                explicit: true,
                binary_skipped: true,
            };
            let mut found = Vec::new();
            lint_reader(
                path,
                (text.as_bytes(), Vec::new()),
                read,
                None,
                &mut |part| {
                    found.extend(part.iter().map(|r| (r.line, r.column, r.rule)));
                },
            );
            found.sort();
            found
        };
        let whole = lines(None);
        assert_eq!(whole.len(), 13, "{whole:?}");
        for chunk in [64, 100, 1000, 4096] {
            let chunked = lines(Some(chunk));
            assert_eq!(chunked, whole, "chunks of {chunk} bytes");
        }
    }

    #[test]
    fn code_data_and_logs_are_not_scripts() {
        for name in ["deploy.sh", "bin/deploy", "ci.yml", "<stdin>", "notes.txt"] {
            assert!(is_shell_like(name), "{name}");
        }
        for name in [
            "app.py",
            ".env",
            ".env.production",
            "access.log.5",
            "access_log.3",
            "x.json",
        ] {
            assert!(!is_shell_like(name), "{name}");
        }
    }

    #[test]
    fn markdown_shell_blocks_only() {
        let md =
            "# Title\n```bash\ncurl a\n```\n```python\nrequests.get(x)\n```\n~~~\ncurl b\n~~~\n";
        let blocks: Vec<&str> = markdown_blocks(md).into_iter().map(|r| &md[r]).collect();
        assert_eq!(blocks, ["curl a\n", "curl b\n"]);
    }

    #[test]
    fn commands_are_found_behind_prompts_sudo_and_assignments() {
        let text = "$ curl 'https://a.example/?api_key=x1y2z3'\ncurl https://output.example/ is output\nme@box:~/src$ TOKEN=1 sudo -u ci curl \\\n> -u a:b https://b.example\n";
        let requests = commands_in(text, 0..text.len());
        let hosts: Vec<&str> = requests.iter().map(|r| r.urls[0].host.as_str()).collect();
        assert_eq!(hosts, ["a.example", "b.example"]);
        let q = &requests[0].urls[0].query[0];
        assert_eq!(&text[q.value.span.clone()], "x1y2z3");
        let script = "if timeout -s KILL 10 curl -s https://c.example; then :; fi\nR=$(env A=1 curl \"https://d.example/?k=$(cat f)\")\ncurl https://e.example > out 2>&1\n";
        let hosts: Vec<String> = commands_in(script, 0..script.len())
            .iter()
            .map(|r| {
                r.urls
                    .iter()
                    .map(|u| u.host.clone())
                    .collect::<Vec<_>>()
                    .join(",")
            })
            .collect();
        assert_eq!(hosts, ["c.example", "d.example", "e.example"]);
    }
}
