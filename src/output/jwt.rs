//! How JWT commands look: decoded tokens, verdicts, and pretty JSON coloured on a terminal.

use std::io::{self, Write};

use anstyle::{AnsiColor, Style};
use jiff::Timestamp;
use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};
use serde_json::{Map, Value, json};

use super::{BAD, GOOD, Printer};
use crate::error::{Error, Result};
use crate::jwt::claims::moment;

use crate::jwt::{Decoded, Verdict};

const HEADING: Style = Style::new().bold();
const KEY: Style = AnsiColor::Blue.on_default().bold();
const STRING: Style = AnsiColor::Green.on_default();
const NUMBER: Style = AnsiColor::Cyan.on_default();
const LITERAL: Style = AnsiColor::Yellow.on_default();

impl Printer {
    /// `jwt decode`: header, payload and the times in it; JSON Lines with `--format json`.
    pub fn decoded(
        &mut self,
        decoded: &Decoded,
        line: Option<usize>,
        now: Timestamp,
    ) -> Result<()> {
        if self.is_json() {
            return self.json(decoded);
        }
        if let Some(line) = line {
            self.line(self.paint(HEADING, format!("── token {line} ──")))?;
        }
        self.line(self.paint(HEADING, "Header"))?;
        self.pretty(&Value::Object(decoded.header.clone()))?;
        if decoded.encrypted {
            return self.line(
                "Encrypted token (JWE): its payload can only be read with the key; the protected header is above",
            );
        }
        self.line(self.paint(HEADING, "Payload"))?;
        match (&decoded.payload, &decoded.payload_base64url) {
            (_, Some(raw)) => self.line(format!("(not text; base64url) {raw}"))?,
            (Value::String(text), None) => self.line(format!("(not JSON) {}", printable(text)))?,
            (payload, None) => self.pretty(payload)?,
        }
        if let Value::Object(claims) = &decoded.payload {
            let times = time_lines(claims, now);
            if !times.is_empty() {
                self.line(self.paint(HEADING, "Times"))?;
                for line in times {
                    self.line(line)?;
                }
            }
        }
        let signature = decoded.signature.as_deref().unwrap_or_default();
        self.line(format!(
            "{} {} bytes, not verified",
            self.paint(HEADING, "Signature"),
            signature.len() * 3 / 4
        ))
    }

    /// A token `jwt decode` could not read.
    pub fn malformed_token(&mut self, message: &str, line: Option<usize>) -> Result<()> {
        if self.is_json() {
            return self.json(&json!({"error": {"kind": "malformed", "message": message}}));
        }
        let at = line.map(|l| format!("token {l}: ")).unwrap_or_default();
        self.answer(format!(
            "{}{at}{message}",
            self.paint(BAD, "malformed token: ")
        ));
        Ok(())
    }

    /// `jwt verify`. A single rejected token prints nothing on stdout in text mode: its claims are
    /// not trustworthy, and the reason goes to stderr.
    pub fn verdict(
        &mut self,
        verdict: &Verdict,
        line: Option<usize>,
        now: Timestamp,
    ) -> Result<()> {
        if self.is_json() {
            return self.json(verdict);
        }
        let reason = verdict
            .error
            .as_ref()
            .map(|e| e.message.as_str())
            .unwrap_or_default();
        if let Some(line) = line {
            let text = if verdict.valid {
                format!("{line}: {} {}", self.paint(GOOD, "valid"), summary(verdict))
            } else {
                format!("{line}: {} {reason}", self.paint(BAD, "invalid:"))
            };
            return self.line(text);
        }
        if !verdict.valid {
            self.answer(format!("{} {reason}", self.paint(BAD, "invalid token:")));
            return Ok(());
        }
        self.line(format!(
            "{} {}",
            self.paint(GOOD, "valid"),
            summary(verdict)
        ))?;
        if let Some(claims) = verdict.claims {
            if let Some(Value::String(sub)) = claims.get("sub") {
                self.line(format!("subject  {}", printable(sub)))?;
            }
            let expiry = match claims.get("exp").and_then(Value::as_f64) {
                Some(exp) => moment(exp as i64, now),
                None => "never (no exp claim)".into(),
            };
            self.line(format!("expires  {expiry}"))?;
            self.pretty(&Value::Object(claims.clone()))?;
        }
        Ok(())
    }

    /// Indented JSON, coloured when colour is on.
    fn pretty(&mut self, value: &Value) -> Result<()> {
        let mut out = Vec::new();
        let written = if self.color {
            value.serialize(&mut serde_json::Serializer::with_formatter(
                &mut out,
                Colored::default(),
            ))
        } else {
            value.serialize(&mut serde_json::Serializer::pretty(&mut out))
        };
        written.map_err(|e| Error::Output(io::Error::other(e)))?;
        self.line(String::from_utf8_lossy(&out))
    }
}

pub(super) use super::printable;

/// "RS256, RSA 2048-bit public key, kid k1 (thumbprint NzbL…)".
fn summary(verdict: &Verdict) -> String {
    let Some(key) = &verdict.key else {
        return String::new();
    };
    let kid = key
        .kid
        .as_deref()
        .map(|k| format!(", kid {k}"))
        .unwrap_or_default();
    let thumbprint = key
        .thumbprint
        .as_deref()
        .map(|t| format!(" (thumbprint {t})"))
        .unwrap_or_default();
    format!("{}, {}{kid}{thumbprint}", key.alg, key.kind)
}

/// `iat`, `nbf` and `exp` as RFC 3339 times, with what they mean now: "expired 3h ago".
fn time_lines(claims: &Map<String, Value>, now: Timestamp) -> Vec<String> {
    let mut lines = Vec::new();
    for name in ["iat", "nbf", "exp"] {
        let Some(secs) = claims.get(name).and_then(Value::as_f64) else {
            continue;
        };
        let secs = secs as i64;
        let Ok(at) = Timestamp::from_second(secs) else {
            lines.push(format!("  {name}  {secs} (out of range)"));
            continue;
        };
        let relative = crate::time::relative(at, now);
        let past = secs <= now.as_second();
        let meaning = match (name, past) {
            ("iat", _) => format!("issued {relative}"),
            ("nbf", true) => format!("valid since {relative}"),
            ("nbf", false) => format!("not valid yet: valid {relative}"),
            (_, true) => format!("expired {relative}"),
            (_, false) => format!("expires {relative}"),
        };
        lines.push(format!("  {name}  {at}  {meaning}"));
    }
    lines
}

/// serde_json's pretty printer with ANSI colours: keys, strings, numbers, literals.
#[derive(Default)]
struct Colored<'a> {
    pretty: PrettyFormatter<'a>,
    in_key: bool,
}

impl Colored<'_> {
    fn paint<W: ?Sized + Write>(
        w: &mut W,
        style: Style,
        write: impl FnOnce(&mut W) -> io::Result<()>,
    ) -> io::Result<()> {
        write!(w, "{style}")?;
        write(w)?;
        write!(w, "{style:#}")
    }
}

impl Formatter for Colored<'_> {
    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.pretty.begin_array(w)
    }
    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.pretty.end_array(w)
    }
    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.pretty.begin_array_value(w, first)
    }
    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.pretty.end_array_value(w)
    }
    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.pretty.begin_object(w)
    }
    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.pretty.end_object(w)
    }
    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.pretty.begin_object_key(w, first)?;
        self.in_key = true;
        write!(w, "{KEY}")
    }
    fn end_object_key<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.in_key = false;
        write!(w, "{KEY:#}")
    }
    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.pretty.begin_object_value(w)
    }
    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.pretty.end_object_value(w)
    }
    fn begin_string<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        if !self.in_key {
            write!(w, "{STRING}")?;
        }
        w.write_all(b"\"")
    }
    fn end_string<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b"\"")?;
        if !self.in_key {
            write!(w, "{STRING:#}")?;
        }
        Ok(())
    }
    fn write_null<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        Self::paint(w, LITERAL, |w| w.write_all(b"null"))
    }
    fn write_bool<W: ?Sized + Write>(&mut self, w: &mut W, value: bool) -> io::Result<()> {
        Self::paint(w, LITERAL, |w| write!(w, "{value}"))
    }
    fn write_i64<W: ?Sized + Write>(&mut self, w: &mut W, value: i64) -> io::Result<()> {
        Self::paint(w, NUMBER, |w| write!(w, "{value}"))
    }
    fn write_u64<W: ?Sized + Write>(&mut self, w: &mut W, value: u64) -> io::Result<()> {
        Self::paint(w, NUMBER, |w| write!(w, "{value}"))
    }
    fn write_f64<W: ?Sized + Write>(&mut self, w: &mut W, value: f64) -> io::Result<()> {
        let mut plain = Vec::new();
        serde_json::ser::CompactFormatter.write_f64(&mut plain, value)?;
        Self::paint(w, NUMBER, |w| w.write_all(&plain))
    }
}
