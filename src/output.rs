//! Everything keyward prints: results on stdout as text or JSON, notes and warnings on stderr.
//!
//! This is the only module that knows about colour and tables. Colour follows `--color`, and with
//! `auto` (the default) appears only on a terminal and never when `NO_COLOR` is set.

use std::fmt::Display;
use std::io::{self, Write};

use anstream::{AutoStream, ColorChoice};
use anstyle::{AnsiColor, Style};
use clap::ValueEnum;
use comfy_table::{Cell, Color, Table};
use jiff::Timestamp;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::keys::{CheckReport, GeneratedKey, HashCheckReport, KeyView, Status};
use crate::time;

/// `--format`: text for people, JSON for programs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    #[default]
    Text,
    /// One compact JSON document per line; the fields are documented in README.md.
    Json,
}

/// `--color`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// On a terminal, unless NO_COLOR is set.
    #[default]
    Auto,
    Always,
    Never,
}

const GOOD: Style = AnsiColor::Green.on_default().bold();
const WARN: Style = AnsiColor::Yellow.on_default().bold();
const BAD: Style = AnsiColor::Red.on_default().bold();
const DIM: Style = Style::new().dimmed();

/// Writes results and notes. Handlers decide what to say; the printer decides how it looks.
pub struct Printer {
    out: Box<dyn Write>,
    err: Box<dyn Write>,
    color: bool,
    quiet: bool,
    /// Set when the reader of stdout went away (`keyward keys list | head -1`): the rest of the
    /// output is dropped, and the exit status still reports the answer.
    closed: bool,
    pub format: Format,
}

impl Printer {
    /// A printer on the process's stdout and stderr.
    pub fn stdio(color: ColorWhen, quiet: bool) -> Printer {
        let choice = match color {
            ColorWhen::Auto => ColorChoice::Auto,
            ColorWhen::Always => ColorChoice::Always,
            ColorWhen::Never => ColorChoice::Never,
        };
        let out = AutoStream::new(io::stdout(), choice);
        let err = AutoStream::new(io::stderr(), choice);
        let color = out.current_choice() != ColorChoice::Never;
        // Without colour, results carry no escape codes to strip: skip the stripping adapter.
        let out: Box<dyn Write> = if color {
            Box::new(out)
        } else {
            Box::new(io::stdout())
        };
        Printer {
            // Buffered: a 10 000-row table is one write, not 10 000. Stderr output flushes it
            // first, so that notes and results appear in the order they were made.
            out: Box::new(io::BufWriter::with_capacity(64 * 1024, out)),
            err: Box::new(err),
            color,
            quiet,
            closed: false,
            format: Format::Text,
        }
    }

    /// A printer into any writers, without colour: for tests.
    pub fn new(out: Box<dyn Write>, err: Box<dyn Write>) -> Printer {
        Printer {
            out,
            err,
            color: false,
            quiet: false,
            closed: false,
            format: Format::Text,
        }
    }

    pub fn with_format(&mut self, format: Format) -> &mut Self {
        self.format = format;
        self
    }

    pub fn is_json(&self) -> bool {
        self.format == Format::Json
    }

    /// A remark on stderr, silenced by `--quiet`. Failing to write it is not worth failing for.
    pub fn note(&mut self, message: impl Display) {
        if !self.quiet {
            self.stderr_line(format_args!("{DIM}note:{DIM:#} {message}"));
        }
    }

    /// Something the user should act on, on stderr, even with `--quiet`.
    pub fn warn(&mut self, message: impl Display) {
        self.stderr_line(format_args!("{WARN}warning:{WARN:#} {message}"));
    }

    /// A negative answer that is not a result, such as "no key with that id", on stderr.
    pub fn answer(&mut self, message: impl Display) {
        self.stderr_line(format_args!("{message}"));
    }

    fn stderr_line(&mut self, line: std::fmt::Arguments) {
        let _ = self.out.flush();
        let _ = writeln!(self.err, "{line}");
    }

    /// One line of result text on stdout.
    pub fn line(&mut self, text: impl Display) -> Result<()> {
        self.write_out(format!("{text}\n").as_bytes())
    }

    /// One JSON document on one line of stdout.
    pub fn json(&mut self, value: &impl Serialize) -> Result<()> {
        let mut bytes =
            serde_json::to_vec(value).map_err(|e| Error::Output(io::Error::other(e)))?;
        bytes.push(b'\n');
        self.write_out(&bytes)
    }

    fn write_out(&mut self, bytes: &[u8]) -> Result<()> {
        if self.closed {
            return Ok(());
        }
        let written = self.out.write_all(bytes);
        self.absorb_broken_pipe(written)
    }

    fn absorb_broken_pipe(&mut self, result: io::Result<()>) -> Result<()> {
        match result {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(())
            }
            other => other.map_err(Error::Output),
        }
    }

    pub fn flush(&mut self) -> Result<()> {
        if self.closed {
            return Ok(());
        }
        let flushed = self.out.flush();
        self.absorb_broken_pipe(flushed)
    }

    /// Makes sure everything printed so far reached stdout: a new key is stored only once it has
    /// been shown.
    pub fn deliver(&mut self) -> Result<()> {
        self.flush()
            .map_err(|e| Error::NotDelivered(e.to_string()))?;
        if self.closed {
            return Err(Error::NotDelivered("stdout was closed".into()));
        }
        Ok(())
    }

    fn paint(&self, style: Style, text: impl Display) -> String {
        if self.color {
            format!("{style}{text}{style:#}")
        } else {
            text.to_string()
        }
    }

    fn status_style(status: Status) -> Style {
        match status_color(status) {
            Color::Green => GOOD,
            Color::Yellow => WARN,
            _ => BAD,
        }
    }

    /// `keygen`: the keys alone in text (so `KEY=$(keyward keygen)` works), or JSON Lines.
    pub fn generated_keys(&mut self, keys: &[GeneratedKey]) -> Result<()> {
        for key in keys {
            if self.is_json() {
                self.json(key)?;
            } else {
                self.line(key.key.expose())?;
            }
        }
        Ok(())
    }

    /// `keys list`: a table, or one JSON array.
    pub fn key_table(&mut self, views: &[KeyView], now: Timestamp) -> Result<()> {
        if self.is_json() {
            return self.json(&views);
        }
        let mut table = Table::new();
        table.load_style(comfy_table::presets::NOTHING);
        if self.color {
            table.enforce_styling();
        } else {
            table.force_no_tty();
        }
        let headers = [
            "ID", "NAME", "PREFIX", "SCOPES", "CREATED", "EXPIRES", "STATUS",
        ];
        table.set_header(headers);
        for view in views {
            let expires = match view.expires_at {
                Some(at) => format!("{} ({})", date_time(at), time::relative(at, now)),
                None => "never".into(),
            };
            table.add_row(vec![
                Cell::new(&view.id),
                Cell::new(view.name.as_deref().unwrap_or("-")),
                Cell::new(&view.prefix),
                Cell::new(scopes(&view.scopes)),
                Cell::new(date_time(view.created_at)),
                Cell::new(expires),
                self.cell(view.status.label(), Some(status_color(view.status))),
            ]);
        }
        for column in table.column_iter_mut() {
            column.set_padding((0, 2));
        }
        for line in table.lines() {
            self.line(line.trim_end())?;
        }
        Ok(())
    }

    /// A table cell, coloured when colour is on.
    fn cell(&self, text: &str, color: Option<Color>) -> Cell {
        let cell = Cell::new(text);
        match color {
            Some(color) if self.color => cell.fg(color).add_attribute(comfy_table::Attribute::Bold),
            _ => cell,
        }
    }

    /// `keys show`: one field per line.
    pub fn key_details(&mut self, view: &KeyView, now: Timestamp) -> Result<()> {
        if self.is_json() {
            return self.json(view);
        }
        let status = self.paint(Self::status_style(view.status), view.status.label());
        let mut rows: Vec<(&str, String)> = vec![
            ("id", view.id.clone()),
            ("name", view.name.clone().unwrap_or_else(|| "-".into())),
            ("prefix", view.prefix.clone()),
            ("scopes", scopes(&view.scopes)),
            ("created", moment(view.created_at, now)),
            (
                "expires",
                view.expires_at
                    .map_or_else(|| "never".into(), |at| moment(at, now)),
            ),
        ];
        if let Some(at) = view.revoked_at {
            rows.push(("revoked", moment(at, now)));
        }
        if let Some(reason) = &view.revoked_reason {
            rows.push(("reason", reason.clone()));
        }
        if let Some(id) = &view.rotated_from {
            rows.push(("replaces", id.clone()));
        }
        if let Some(id) = &view.rotated_to {
            rows.push(("replaced by", id.clone()));
        }
        rows.push(("status", status));
        for (label, value) in rows {
            self.line(format!("{:<12} {value}", format!("{label}:")))?;
        }
        Ok(())
    }

    /// `keys check`: "valid …" or "invalid: <reason> …".
    pub fn check_report(&mut self, report: &CheckReport, now: Timestamp) -> Result<()> {
        if self.is_json() {
            return self.json(report);
        }
        let who = report.key.as_ref().map(KeyView::label);
        if report.valid {
            let who = who.as_deref().unwrap_or_default();
            let mut text = format!("{} key {who}", self.paint(GOOD, "valid"));
            if let Some(key) = &report.key {
                if !key.scopes.is_empty() {
                    text.push_str(&format!(", scopes {}", scopes(&key.scopes)));
                }
                match key.expires_at {
                    Some(at) => text.push_str(&format!(", expires {}", time::relative(at, now))),
                    None => text.push_str(", never expires"),
                }
            }
            return self.line(text);
        }
        let who = who.map(|w| format!(" {w}")).unwrap_or_default();
        let invalid = self.paint(BAD, "invalid");
        self.line(format!("{invalid} key{who}: {}", report.message))
    }

    /// `hash --check`: "match" or "mismatch", with what was computed.
    pub fn hash_check(&mut self, report: &HashCheckReport) -> Result<()> {
        if self.is_json() {
            return self.json(report);
        }
        let verdict = if report.matches {
            self.paint(GOOD, "match")
        } else {
            self.paint(BAD, "mismatch")
        };
        self.line(format!(
            "{verdict} ({} v={} m={},t={},p={})",
            report.algorithm,
            report.version,
            report.memory_kib,
            report.iterations,
            report.parallelism
        ))
    }
}

fn status_color(status: Status) -> Color {
    match status {
        Status::Active => Color::Green,
        Status::ExpiringSoon => Color::Yellow,
        Status::Expired | Status::Revoked => Color::Red,
    }
}

fn scopes(scopes: &[String]) -> String {
    if scopes.is_empty() {
        "-".into()
    } else {
        scopes.join(",")
    }
}

/// `2026-11-28 06:30` (UTC), for table cells.
fn date_time(ts: Timestamp) -> String {
    ts.strftime("%Y-%m-%d %H:%M").to_string()
}

/// `2026-11-28T06:30:00Z (3h ago)`.
fn moment(ts: Timestamp, now: Timestamp) -> String {
    format!("{ts} ({})", time::relative(ts, now))
}
