//! How key commands look: the key table, key details, check and hash verdicts.

use comfy_table::{Cell, Color};
use jiff::Timestamp;

use super::{BAD, GOOD, Printer, WARN, moment};
use crate::error::Result;
use crate::keys::{CheckReport, GeneratedKey, HashCheckReport, KeyView, Status};
use crate::time;
use anstyle::Style;

impl Printer {
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
        let mut table = self.table([
            "ID", "NAME", "PREFIX", "SCOPES", "CREATED", "EXPIRES", "STATUS",
        ]);
        for view in views {
            let expires = match view.expires_at {
                Some(at) => format!("{} ({})", date_time(at), time::relative(at, now)),
                None => "never".into(),
            };
            table.add_row(vec![
                Cell::new(&view.id),
                Cell::new(
                    view.name
                        .as_deref()
                        .map_or_else(|| "-".into(), super::printable),
                ),
                Cell::new(&view.prefix),
                Cell::new(scopes(&view.scopes)),
                Cell::new(date_time(view.created_at)),
                Cell::new(expires),
                self.cell(view.status.label(), Some(status_color(view.status))),
            ]);
        }
        self.print_table(table)
    }

    /// `keys show`: one field per line.
    pub fn key_details(&mut self, view: &KeyView, now: Timestamp) -> Result<()> {
        if self.is_json() {
            return self.json(view);
        }
        let status = self.paint(Self::status_style(view.status), view.status.label());
        let mut rows: Vec<(&str, String)> = vec![
            ("id", view.id.clone()),
            (
                "name",
                view.name
                    .as_deref()
                    .map_or_else(|| "-".into(), super::printable),
            ),
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
            rows.push(("reason", super::printable(reason)));
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

    fn status_style(status: Status) -> Style {
        match status_color(status) {
            Color::Green => GOOD,
            Color::Yellow => WARN,
            _ => BAD,
        }
    }
}

pub(super) fn status_color(status: Status) -> Color {
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
