//! Everything keyward prints: results on stdout as text or JSON, notes and warnings on stderr.
//!
//! This is the only module that knows about colour and tables. Colour follows `--color`, and with
//! `auto` (the default) appears only on a terminal and never when `NO_COLOR` is set.

use std::fmt::Display;
use std::io::{self, Write};

use anstream::{AutoStream, ColorChoice};
use anstyle::{AnsiColor, Style};
use clap::ValueEnum;
use jiff::Timestamp;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::time;

mod inspect;
mod jwt;
mod keys;
mod lint;

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

pub(crate) const GOOD: Style = AnsiColor::Green.on_default().bold();
pub(crate) const WARN: Style = AnsiColor::Yellow.on_default().bold();
pub(crate) const BAD: Style = AnsiColor::Red.on_default().bold();
pub(crate) const DIM: Style = Style::new().dimmed();

/// Writes results and notes. Handlers decide what to say; the printer decides how it looks.
pub struct Printer {
    out: Box<dyn Write>,
    err: Box<dyn Write>,
    color: bool,
    quiet: bool,
    /// Set when the reader of stdout went away (`keyward keys list | head -1`): the rest of the
    /// output is dropped, and the exit status still reports the answer.
    closed: bool,
    /// Stdout is the null device (`>/dev/null`, or closed: `>&-`, which the Rust runtime reopens
    /// as /dev/null): what is printed reaches nobody.
    discarded: bool,
    /// Whether anything was written to stdout: a JSON error is only printed in place of a result.
    wrote: bool,
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
            discarded: stdout_is_null(),
            wrote: false,
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
            discarded: false,
            wrote: false,
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

    /// An empty borderless table with these headers (none: no header line), styled only when
    /// colour is on.
    fn table<const N: usize>(&self, headers: [&str; N]) -> comfy_table::Table {
        let mut table = comfy_table::Table::new();
        table.load_style(comfy_table::presets::NOTHING);
        if self.color {
            table.enforce_styling();
        } else {
            table.force_no_tty();
        }
        if N > 0 {
            table.set_header(headers);
        }
        table
    }

    /// A table cell, coloured when colour is on.
    fn cell(&self, text: &str, color: Option<comfy_table::Color>) -> comfy_table::Cell {
        let cell = comfy_table::Cell::new(text);
        match color {
            Some(color) if self.color => cell.fg(color).add_attribute(comfy_table::Attribute::Bold),
            _ => cell,
        }
    }

    /// A table on stdout, columns two spaces apart.
    fn print_table(&mut self, mut table: comfy_table::Table) -> Result<()> {
        for column in table.column_iter_mut() {
            column.set_padding((0, 2));
        }
        for line in table.lines() {
            self.line(line.trim_end())?;
        }
        Ok(())
    }

    /// One JSON document on one line of stdout.
    pub fn json(&mut self, value: &impl Serialize) -> Result<()> {
        let mut bytes =
            serde_json::to_vec(value).map_err(|e| Error::Output(io::Error::other(e)))?;
        bytes.push(b'\n');
        self.write_out(&bytes)
    }

    pub(crate) fn write_out(&mut self, bytes: &[u8]) -> Result<()> {
        if self.closed {
            return Ok(());
        }
        self.wrote |= !bytes.is_empty();
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

    /// With `--format json`, a command that fails before printing its result prints the error
    /// as JSON on stdout too (`{"error": {"kind", "message"}}`), so a script reads one document
    /// either way; stderr still carries the line for people.
    pub fn error_json(&mut self, error: &Error) {
        if self.is_json() && !self.wrote {
            let _ = self.json(&serde_json::json!({
                "error": {"kind": error.kind(), "message": error.to_string()}
            }));
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
        if self.discarded {
            return Err(Error::NotDelivered(
                "stdout is closed or /dev/null, so nobody would see it".into(),
            ));
        }
        Ok(())
    }

    pub(crate) fn paint(&self, style: Style, text: impl Display) -> String {
        if self.color {
            format!("{style}{text}{style:#}")
        } else {
            text.to_string()
        }
    }
}

/// `2026-11-28T06:30:00Z (3h ago)`.
pub(crate) fn moment(ts: Timestamp, now: Timestamp) -> String {
    format!("{ts} ({})", time::relative(ts, now))
}

/// Whether stdout is the null device, or not open at all.
fn stdout_is_null() -> bool {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        use std::os::unix::fs::{FileTypeExt, MetadataExt};
        let Ok(out) = io::stdout().as_fd().try_clone_to_owned() else {
            return true;
        };
        let (Ok(out), Ok(null)) = (
            std::fs::File::from(out).metadata(),
            std::fs::metadata("/dev/null"),
        ) else {
            return false;
        };
        out.file_type().is_char_device() && out.rdev() == null.rdev()
    }
    #[cfg(not(unix))]
    false
}

/// Text from a keyfile, a token or a file name, with control characters escaped: what someone
/// else wrote (a key's name, a revocation reason, an unverified payload) must not drive the
/// terminal (clear the screen, forge a "valid" line in colour).
pub fn printable(text: &str) -> String {
    if text.chars().any(char::is_control) {
        text.escape_debug().to_string()
    } else {
        text.to_owned()
    }
}
