//! How `keyward lint` looks: findings like rustc's and ruff's (file:line:col, the rule, the source
//! line with the value redacted and underlined, why, and a fix), or JSON.

use anstyle::{AnsiColor, Style};
use comfy_table::{Cell, Color};

use super::{BAD, Printer, WARN};
use crate::cli::LintFormat;
use crate::detect::Detector;
use crate::error::{Error, Result};
use crate::lint::rules::{Rule, Severity};
use crate::lint::{Reported, Summary, report};

const INFO: Style = AnsiColor::Cyan.on_default().bold();
const GUTTER: Style = AnsiColor::Blue.on_default().bold();
const BOLD: Style = Style::new().bold();

/// A lint report being written, one finding at a time, in any `--format`.
pub struct LintStream {
    format: LintFormat,
    /// Findings written so far.
    written: usize,
    /// What closes a SARIF log after its results.
    sarif_tail: String,
}

impl Printer {
    /// Starts a lint report: what comes before the first finding.
    pub fn lint_begin(&mut self, format: LintFormat) -> Result<LintStream> {
        let mut sarif_tail = String::new();
        match format {
            LintFormat::Json => self.write_out(b"{\"findings\":[")?,
            LintFormat::Sarif => {
                let (head, tail) = report::sarif_frame();
                sarif_tail = tail;
                self.write_out(head.as_bytes())?;
            }
            LintFormat::Text | LintFormat::Github => {}
        }
        Ok(LintStream {
            format,
            written: 0,
            sarif_tail,
        })
    }

    /// One finding of a lint report.
    pub fn lint_item(&mut self, stream: &mut LintStream, f: &Reported) -> Result<()> {
        let first = stream.written == 0;
        stream.written += 1;
        match stream.format {
            LintFormat::Text => self.lint_finding(f),
            LintFormat::Github => self.line(report::github(f)),
            LintFormat::Json => self.json_item(first, f),
            LintFormat::Sarif => self.json_item(first, &report::sarif_result(f)),
        }
    }

    /// Ends a lint report: the summary, and what closes the document.
    pub fn lint_end(&mut self, stream: LintStream, summary: &Summary) -> Result<()> {
        match stream.format {
            LintFormat::Text => self.lint_summary(summary),
            LintFormat::Github => Ok(()),
            LintFormat::Json => {
                self.write_out(b"],\"summary\":")?;
                let summary = serde_json::to_vec(summary).map_err(json_error)?;
                self.write_out(&summary)?;
                self.write_out(b"}\n")
            }
            LintFormat::Sarif => {
                let tail = format!("{}\n", stream.sarif_tail);
                self.write_out(tail.as_bytes())
            }
        }
    }

    /// An element of a JSON array being written: a comma before all but the first.
    fn json_item(&mut self, first: bool, value: &impl serde::Serialize) -> Result<()> {
        let mut bytes = if first { Vec::new() } else { vec![b','] };
        serde_json::to_writer(&mut bytes, value).map_err(json_error)?;
        self.write_out(&bytes)
    }

    fn lint_summary(&mut self, summary: &Summary) -> Result<()> {
        let text = match summary.findings {
            0 => format!(
                "no findings in {} input{}",
                summary.inputs,
                plural(summary.inputs)
            ),
            n => format!(
                "{n} finding{} ({} error{}, {} warning{}, {} info) in {} input{}",
                plural(n),
                summary.errors,
                plural(summary.errors),
                summary.warnings,
                plural(summary.warnings),
                summary.infos,
                summary.inputs,
                plural(summary.inputs)
            ),
        };
        self.line(self.paint(BOLD, text))
    }

    fn lint_finding(&mut self, f: &Reported) -> Result<()> {
        let (label, style) = severity_style(f.severity);
        let head = format!(
            "{}{}",
            self.paint(style, format!("{label}[{}]", f.rule)),
            self.paint(BOLD, format!(": {}", super::printable(&f.message)))
        );
        self.line(head)?;
        let number = f.line.to_string();
        let pad = " ".repeat(number.len());
        let bar = self.paint(GUTTER, "|");
        self.line(format!(
            "{pad}{} {}:{}:{}",
            self.paint(GUTTER, "-->"),
            super::printable(&f.file),
            f.line,
            f.column
        ))?;
        self.line(format!("{pad} {bar}"))?;
        let (excerpt, marked) = &f.excerpt;
        self.line(format!(
            "{} {bar} {}",
            self.paint(GUTTER, &number),
            printable(excerpt)
        ))?;
        let before = printable(&excerpt[..marked.start.min(excerpt.len())])
            .chars()
            .count();
        let width =
            printable(&excerpt[marked.start.min(excerpt.len())..marked.end.min(excerpt.len())])
                .chars()
                .count()
                .max(1);
        self.line(format!(
            "{pad} {bar} {}{}",
            " ".repeat(before),
            self.paint(style, "^".repeat(width))
        ))?;
        self.line(format!("{pad} {} why: {}", self.paint(GUTTER, "="), f.why))?;
        if let Some(fix) = &f.fix {
            self.line(format!("{pad} {} fix: {fix}", self.paint(GUTTER, "=")))?;
        }
        self.line("")
    }
}

impl Printer {
    /// `lint --list-rules`: a table, or a JSON array with each rule's why and fix.
    pub fn lint_rules(&mut self, rules: &[&Rule]) -> Result<()> {
        if self.is_json() {
            return self.json(&rules);
        }
        let mut table = self.table(["RULE", "SEVERITY", "FINDS"]);
        for rule in rules {
            let color = match rule.severity {
                Severity::Error => Color::Red,
                Severity::Warning => Color::Yellow,
                Severity::Info => Color::Cyan,
            };
            table.add_row(vec![
                Cell::new(rule.id),
                self.cell(severity_style(rule.severity).0, Some(color)),
                Cell::new(rule.summary),
            ]);
        }
        self.print_table(table)
    }

    /// `lint --list-detectors`: the catalog, as a table or a JSON array.
    pub fn detectors(&mut self, detectors: &[Detector]) -> Result<()> {
        #[derive(serde::Serialize)]
        struct Entry {
            id: &'static str,
            provider: &'static str,
            kind: crate::detect::Kind,
            header: &'static str,
            revoke: &'static str,
            /// `checksum`, `parts` (a JWT's), `DER`, or null.
            check: Option<&'static str>,
        }
        let entries: Vec<Entry> = detectors
            .iter()
            .map(|d| Entry {
                id: d.id,
                provider: d.provider,
                kind: d.kind,
                header: d.header,
                revoke: d.revoke,
                check: d.check.as_ref().map(|c| c.what),
            })
            .collect();
        if self.is_json() {
            return self.json(&entries);
        }
        let mut table = self.table(["ID", "PROVIDER", "KIND", "CHECK", "SENT IN"]);
        for e in &entries {
            table.add_row(vec![
                Cell::new(e.id),
                Cell::new(e.provider),
                Cell::new(e.kind.describe()),
                Cell::new(e.check.unwrap_or("")),
                Cell::new(e.header),
            ]);
        }
        self.print_table(table)
    }

    /// `lint --explain RULE`.
    pub fn lint_rule(&mut self, rule: &Rule) -> Result<()> {
        if self.is_json() {
            return self.json(rule);
        }
        let (label, style) = severity_style(rule.severity);
        self.line(format!(
            "{}{}",
            self.paint(style, format!("{label}[{}]", rule.id)),
            self.paint(BOLD, format!(": {}", rule.summary))
        ))?;
        self.line(format!("why: {}", rule.why))?;
        self.line(format!("fix: {}", rule.fix))
    }
}

fn severity_style(severity: Severity) -> (&'static str, Style) {
    match severity {
        Severity::Error => ("error", BAD),
        Severity::Warning => ("warning", WARN),
        Severity::Info => ("info", INFO),
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// Source text with tabs as spaces and control characters escaped, so columns line up and the
/// input cannot drive the terminal.
fn printable(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\t' => " ".to_owned(),
            c if c.is_control() => c.escape_debug().to_string(),
            c => c.to_string(),
        })
        .collect()
}

fn json_error(e: serde_json::Error) -> Error {
    Error::Output(std::io::Error::other(e))
}
