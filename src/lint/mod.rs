//! `keyward lint`: credentials placed where they leak, in curl/wget/HTTPie commands, raw HTTP
//! requests, `.http` files, HAR files and the scripts and docs that hold them.
//!
//! Every input becomes [`model::Request`]s whose values remember their source span; the
//! [`rules`] judge them; the printer reports findings at the exact characters.

pub mod curl;
pub mod judge;
pub mod model;
pub mod rules;
pub mod shell;

use std::io::Read;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::cli::{InputKind, LintArgs};
use crate::error::{Error, Outcome, Result};
use crate::output::Printer;
use model::Request;
use rules::{Finding, Origin, Severity};

/// A text being linted: a file, stdin, or a command line.
#[derive(Debug, Clone)]
pub struct Source {
    /// The path as given, `<stdin>` or `<command line>`.
    pub name: String,
    pub text: String,
    line_starts: Vec<usize>,
}

impl Source {
    pub fn new(name: impl Into<String>, text: String) -> Source {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Source {
            name: name.into(),
            text,
            line_starts,
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn position(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
        let column = self.text[start..offset].chars().count() + 1;
        (line + 1, column)
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
    pub message: String,
    pub fix: Option<String>,
    pub fingerprint: String,
    /// The source line with the value redacted, and where the redacted value sits in it.
    #[serde(skip)]
    pub excerpt: (String, std::ops::Range<usize>),
    #[serde(skip)]
    pub why: &'static str,
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

/// Lints one source: finds the requests in it and judges them.
pub fn lint_source(
    source: &Source,
    kind: InputKind,
    origin: Origin,
) -> (Vec<Request>, Vec<Finding>) {
    let requests = requests_in(source, kind);
    let findings = requests
        .iter()
        .flat_map(|r| rules::check(r, origin))
        .collect();
    (requests, findings)
}

/// The requests a source holds, read as `kind`.
pub fn requests_in(source: &Source, kind: InputKind) -> Vec<Request> {
    match kind {
        InputKind::Markdown => markdown_blocks(&source.text)
            .into_iter()
            .flat_map(|range| commands_in(&source.text, range))
            .collect(),
        InputKind::Curl | InputKind::Script | InputKind::Auto => {
            commands_in(&source.text, 0..source.text.len())
        }
    }
}

/// The commands in `text[range]` that send requests.
fn commands_in(text: &str, range: std::ops::Range<usize>) -> Vec<Request> {
    let part = &text[range.clone()];
    // Console transcripts: `$ curl …` lines; the prompt is not part of the command.
    let unprompted: String = part
        .split_inclusive('\n')
        .map(|line| match line.strip_prefix("$ ") {
            Some(rest) => format!("  {rest}"),
            None => line.to_owned(),
        })
        .collect();
    let mut requests = Vec::new();
    for mut words in shell::commands(&unprompted) {
        // Offsets are relative to the part: move them to the whole text.
        for word in &mut words {
            *word = word.shifted(range.start);
        }
        // `sudo curl`, `command curl`, `exec curl`, env assignments before the program.
        while words.len() > 1
            && (matches!(
                words[0].text.as_str(),
                "sudo" | "command" | "exec" | "time" | "env" | "!"
            ) || is_assignment(&words[0].text))
        {
            words.remove(0);
        }
        if curl::is_curl(&words) {
            requests.extend(curl::parse(&words));
        }
    }
    requests
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
    blocks
}

/// `keyward lint`.
pub fn run(args: &LintArgs, printer: &mut Printer) -> Result<Outcome> {
    printer.with_format(args.output.format);
    let mut sources: Vec<(Source, InputKind, Origin)> = Vec::new();
    let mut unreadable = Vec::new();
    if !args.command.is_empty() {
        let mut text = String::new();
        let mut words = Vec::new();
        for arg in &args.command {
            if !text.is_empty() {
                text.push(' ');
            }
            words.push(text.len());
            text.push_str(&rules::quote(arg));
        }
        sources.push((
            Source::new("<command line>", text),
            InputKind::Curl,
            Origin::CommandLine,
        ));
    }
    if let Some(command) = &args.string {
        sources.push((
            Source::new("<command line>", command.clone()),
            args.from.unwrap_or(InputKind::Auto),
            Origin::CommandLine,
        ));
    }
    let read_stdin = args.paths.iter().any(|p| p == Path::new("-"))
        || (sources.is_empty() && args.paths.is_empty());
    if read_stdin {
        let mut text = String::new();
        match std::io::stdin().lock().read_to_string(&mut text) {
            Ok(_) => sources.push((
                Source::new("<stdin>", text),
                args.from.unwrap_or(InputKind::Auto),
                Origin::File,
            )),
            Err(e) => unreadable.push(format!("<stdin>: {e}")),
        }
    }
    for path in args.paths.iter().filter(|p| *p != Path::new("-")) {
        for file in files_under(path, &mut unreadable) {
            match std::fs::read(&file) {
                Ok(bytes) => match String::from_utf8(bytes) {
                    Ok(text) => {
                        let kind = args.from.unwrap_or_else(|| kind_of(&file, &text));
                        sources.push((
                            Source::new(file.display().to_string(), text),
                            kind,
                            Origin::File,
                        ));
                    }
                    Err(_) if path == &file => {
                        unreadable.push(format!("{}: not UTF-8 text", file.display()))
                    }
                    Err(_) => {}
                },
                Err(e) => unreadable.push(format!("{}: {e}", file.display())),
            }
        }
    }
    for problem in &unreadable {
        printer.warn(format!("cannot lint {problem}"));
    }
    let mut reported = Vec::new();
    let mut summary = Summary {
        inputs: sources.len(),
        unreadable: unreadable.len(),
        ..Summary::default()
    };
    for (source, kind, origin) in &sources {
        let (requests, findings) = lint_source(source, *kind, *origin);
        summary.requests += requests.len();
        reported.extend(
            findings
                .into_iter()
                .filter(|f| !args.ignore.iter().any(|r| r == f.rule.id))
                .map(|f| place(source, f)),
        );
    }
    reported.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
    for f in &reported {
        match f.severity {
            Severity::Error => summary.errors += 1,
            Severity::Warning => summary.warnings += 1,
            Severity::Info => summary.infos += 1,
        }
    }
    summary.findings = reported.len();
    printer.lint_report(&reported, &summary)?;
    if !unreadable.is_empty() {
        return Err(Error::Input(format!(
            "{} input{} could not be read (the rest was linted)",
            unreadable.len(),
            if unreadable.len() == 1 { "" } else { "s" }
        )));
    }
    let fails = reported.iter().any(|f| f.severity >= args.fail_on);
    Ok(if fails {
        Outcome::Negative
    } else {
        Outcome::Success
    })
}

/// A path's files: itself, or the text files under a directory (respecting .gitignore).
fn files_under(path: &Path, unreadable: &mut Vec<String>) -> Vec<PathBuf> {
    if !path.is_dir() {
        return vec![path.to_owned()];
    }
    let mut files = Vec::new();
    for entry in ignore::WalkBuilder::new(path).build() {
        match entry {
            Ok(e) if e.file_type().is_some_and(|t| t.is_file()) => files.push(e.into_path()),
            Ok(_) => {}
            Err(e) => unreadable.push(e.to_string()),
        }
    }
    files.sort();
    files
}

/// What a file holds, by its name and content.
fn kind_of(path: &Path, _text: &str) -> InputKind {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match ext.as_str() {
        "md" | "markdown" | "mdx" => InputKind::Markdown,
        _ => InputKind::Script,
    }
}

/// Places a finding in its source: line, column, the redacted excerpt, the fingerprint.
fn place(source: &Source, finding: Finding) -> Reported {
    let (line, column) = source.position(finding.span.start);
    let (end_line, end_column) = source.position(finding.span.end);
    let line_text = source.line(line);
    let line_start = source.line_start(line);
    let start_in_line = finding.span.start - line_start;
    let end_in_line = if end_line == line {
        finding.span.end - line_start
    } else {
        line_text.len()
    }
    .min(line_text.len())
    .max(start_in_line.min(line_text.len()));
    let start_in_line = start_in_line.min(line_text.len());
    let shown = match &finding.redacted {
        Some(redacted) if !finding.span.is_empty() => redacted.clone(),
        _ => line_text[start_in_line..end_in_line].to_owned(),
    };
    let excerpt = format!(
        "{}{shown}{}",
        &line_text[..start_in_line],
        &line_text[end_in_line..]
    );
    let marked = start_in_line..start_in_line + shown.len();
    Reported {
        rule: finding.rule.id,
        severity: finding.severity,
        location: finding.location,
        name: finding.name,
        file: source.name.clone(),
        line,
        column,
        end_line,
        end_column,
        redacted: finding.redacted,
        secret_kind: finding.secret_kind,
        message: finding.message,
        fix: finding.fix,
        fingerprint: fingerprint(
            finding.rule.id,
            &source.name,
            finding.location,
            &finding.value_digest,
        ),
        excerpt: (excerpt, marked),
        why: finding.rule.why,
    }
}

/// Stable across line moves: the rule, the file, where in the request, and the value's hash.
fn fingerprint(
    rule: &str,
    file: &str,
    location: rules::Location,
    value_digest: &[u8; 32],
) -> String {
    let mut input = format!("{rule}\0{file}\0{location:?}\0").into_bytes();
    input.extend_from_slice(value_digest);
    let d = aws_lc_rs::digest::digest(&aws_lc_rs::digest::SHA256, &input);
    d.as_ref()[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_lines_and_character_columns() {
        let s = Source::new("f", "ab\nçd ef\n".to_owned());
        assert_eq!(s.position(0), (1, 1));
        assert_eq!(s.position(3), (2, 1));
        assert_eq!(s.position(6), (2, 3));
        assert_eq!(s.line(2), "çd ef");
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
        let text = "$ curl 'https://a.example/?api_key=x1y2z3'\nTOKEN=1 sudo curl -u a:b https://b.example\n";
        let requests = commands_in(text, 0..text.len());
        assert_eq!(requests.len(), 2);
        let q = &requests[0].urls[0].query[0];
        assert_eq!(&text[q.value.span.clone()], "x1y2z3");
    }
}
