//! How `inspect` looks: a headline that answers "key or token?", then a table of what is known.

use anstyle::Style;
use comfy_table::Color;
use jiff::Timestamp;

use super::jwt::printable;
use super::{Printer, moment};
use crate::detect::Mode;
use crate::error::Result;
use crate::inspect::{
    Details, HashDetails, JwtDetails, KeyDetails, KeywardDetails, Report, UnknownDetails,
};

const HEADING: Style = Style::new().bold();

/// Label, value, and the colour the value gets on a terminal.
type Row = (&'static str, String, Option<Color>);

fn row(label: &'static str, value: impl Into<String>) -> Row {
    (label, value.into(), None)
}

fn colored(label: &'static str, value: impl Into<String>, color: Color) -> Row {
    (label, value.into(), Some(color))
}

impl Printer {
    /// `inspect`: the headline, then one row per fact; or the report as one JSON document.
    pub fn inspection(&mut self, report: &Report, now: Timestamp) -> Result<()> {
        if self.is_json() {
            return self.json(report);
        }
        self.line(format!(
            "{} — {}",
            self.paint(HEADING, &report.summary),
            report.answer
        ))?;
        let mut rows = common_rows(report);
        match &report.details {
            Details::Keyward(details) => keyward_rows(&mut rows, details, now),
            Details::Jwt(details) => jwt_rows(&mut rows, details, now),
            Details::Key(details) => key_rows(&mut rows, details, now),
            Details::KeySet { keys } => {
                for (n, key) in keys.iter().enumerate() {
                    rows.push(row(if n == 0 { "keys" } else { "" }, key_summary(key)));
                }
            }
            Details::Hash(details) => hash_rows(&mut rows, details),
            Details::Unknown(details) => unknown_rows(&mut rows, details),
            Details::None {} => {}
        }
        if let Some(header) = report.header {
            rows.push(row("send it in", header));
        }
        if let Some(revoke) = &report.revoke {
            rows.push(row("if leaked", revoke.as_str()));
        }
        let mut table = self.table([]);
        for (label, value, color) in rows {
            table.add_row(vec![
                comfy_table::Cell::new(label),
                self.cell(&value, color),
            ]);
        }
        self.print_table(table)
    }
}

fn common_rows(report: &Report) -> Vec<Row> {
    let mut rows = Vec::new();
    if let Some(format) = report.format {
        rows.push(row("format", format));
    }
    if let Some(provider) = report.provider {
        rows.push(row("provider", provider));
    }
    let what = if report.secret {
        "(redacted)"
    } else {
        "(not secret)"
    };
    rows.push(row("value", format!("{}  {what}", report.redacted)));
    let unit = if report.binary { "bytes" } else { "characters" };
    rows.push(row("length", format!("{} {unit}", report.length)));
    match report.mode {
        Some(Mode::Live) => rows.push(colored("mode", "live", Color::Yellow)),
        Some(Mode::Test) => rows.push(row("mode", "test")),
        None => {}
    }
    if let Some(check) = &report.check {
        let label = match check.what {
            "header" | "parts" => "JWT header",
            "DER" => "key body",
            _ => "checksum",
        };
        if check.holds {
            let holds = if matches!(check.what, "header" | "parts") {
                "decodes"
            } else {
                "holds"
            };
            rows.push(colored(label, holds, Color::Green));
        } else {
            let why = match check.what {
                "DER" => "fails: the body is not a key (a placeholder, or damaged)",
                _ => "fails: mistyped, truncated or made up",
            };
            rows.push(colored(label, why, Color::Red));
        }
    }
    if let Some(source) = report.example {
        rows.push(colored(
            "example",
            format!("a published example ({source}): not a leak"),
            Color::Green,
        ));
    }
    rows
}

fn keyward_rows(rows: &mut Vec<Row>, details: &KeywardDetails, now: Timestamp) {
    rows.push(row("id", details.id.as_str()));
    rows.push(row("prefix", details.prefix.as_str()));
    let Some(keyfile) = &details.keyfile else {
        return;
    };
    let Some(record) = &details.record else {
        let why = if details.keyfile_exists {
            format!("none in {}", keyfile.display())
        } else {
            format!("none: no keyfile at {}", keyfile.display())
        };
        rows.push(colored("record", why, Color::Yellow));
        return;
    };
    rows.push(row("record", format!("in {}", keyfile.display())));
    rows.push(row("name", record.name.as_deref().unwrap_or("-")));
    rows.push(row(
        "scopes",
        if record.scopes.is_empty() {
            "-".to_owned()
        } else {
            record.scopes.join(",")
        },
    ));
    rows.push(row("created", moment(record.created_at, now)));
    rows.push(row(
        "expires",
        record
            .expires_at
            .map_or_else(|| "never".into(), |at| moment(at, now)),
    ));
    if let Some(at) = record.revoked_at {
        rows.push(row("revoked", moment(at, now)));
    }
    if let Some(reason) = &record.revoked_reason {
        rows.push(row("reason", reason.as_str()));
    }
    rows.push(colored(
        "status",
        record.status.label(),
        super::keys::status_color(record.status),
    ));
    match &details.verified {
        Some(v) if v.valid => rows.push(colored("verified", "valid", Color::Green)),
        Some(v) => rows.push(colored(
            "verified",
            format!("invalid: {}", v.message),
            Color::Red,
        )),
        None => rows.push(row(
            "verified",
            "no (--check verifies the key against its stored hash)",
        )),
    }
}

fn jwt_rows(rows: &mut Vec<Row>, jwt: &JwtDetails, now: Timestamp) {
    let text = |value: &Option<String>| value.as_deref().map(printable);
    for (label, value) in [
        ("algorithm", text(&jwt.alg)),
        ("type", text(&jwt.typ)),
        ("key id", text(&jwt.kid)),
        ("issuer", text(&jwt.issuer)),
        ("subject", text(&jwt.subject)),
    ] {
        if let Some(value) = value {
            rows.push(row(label, value));
        }
    }
    if jwt.encrypted {
        rows.push(row(
            "encrypted",
            "yes (JWE): only the header can be read without the key",
        ));
        return;
    }
    if !jwt.audience.is_empty() {
        rows.push(row("audience", printable(&jwt.audience.join(", "))));
    }
    if !jwt.scopes.is_empty() {
        rows.push(row("scopes", printable(&jwt.scopes.join(" "))));
    }
    if let Some(at) = jwt.issued_at {
        rows.push(row("issued", moment(at, now)));
    }
    if let Some(at) = jwt.not_before {
        let when = moment(at, now);
        if jwt.not_yet_valid {
            rows.push(colored(
                "not before",
                format!("{when}: not valid yet"),
                Color::Yellow,
            ));
        } else {
            rows.push(row("not before", when));
        }
    }
    match (jwt.expires_at, jwt.expired) {
        (Some(at), Some(true)) => rows.push(colored(
            "expires",
            format!("{}: expired", moment(at, now)),
            Color::Red,
        )),
        (Some(at), _) => rows.push(colored("expires", moment(at, now), Color::Green)),
        (None, _) if jwt.malformed_claims.contains(&"exp") => rows.push(colored(
            "expires",
            "malformed exp claim (not a NumericDate): verifiers reject or ignore it",
            Color::Red,
        )),
        (None, _) => rows.push(colored("expires", "never (no exp claim)", Color::Yellow)),
    }
    let standard = [
        "iss", "sub", "aud", "exp", "nbf", "iat", "scope", "scp", "scopes",
    ];
    let others: Vec<&str> = jwt
        .claims
        .as_ref()
        .and_then(|c| c.as_object())
        .map(|c| {
            c.keys()
                .map(String::as_str)
                .filter(|k| !standard.contains(k))
                .collect()
        })
        .unwrap_or_default();
    if !others.is_empty() {
        rows.push(row("other claims", printable(&others.join(", "))));
    }
    rows.push(colored(
        "signature",
        "not checked (keyward jwt verify checks it)",
        Color::Yellow,
    ));
}

/// "EC P-256 public key, kid k1, thumbprint NzbL…".
fn key_summary(key: &KeyDetails) -> String {
    let mut text = key
        .description
        .clone()
        .or_else(|| key.key_type.clone())
        .unwrap_or_else(|| "unknown key".into());
    if let Some(kid) = &key.kid {
        text.push_str(&format!(", kid {}", printable(kid)));
    }
    if let Some(thumbprint) = &key.thumbprint {
        text.push_str(&format!(", thumbprint {thumbprint}"));
    }
    if let Some(problem) = &key.problem {
        text.push_str(&format!(" ({})", printable(problem)));
    }
    text
}

fn key_rows(rows: &mut Vec<Row>, key: &KeyDetails, now: Timestamp) {
    if let Some(label) = &key.label {
        rows.push(row("PEM label", label.as_str()));
    }
    let what = match (&key.description, &key.key_type, key.bits) {
        (Some(what), _, _) => Some(what.clone()),
        (None, Some(kind), Some(bits)) => Some(format!("{kind}, {bits} bits")),
        (None, Some(kind), None) => Some(printable(kind)),
        (None, None, _) => None,
    };
    if let Some(what) = what {
        rows.push(row("key", what));
    }
    if key.private {
        rows.push(colored("private", "yes: keep it secret", Color::Yellow));
    } else if key.description.is_some() {
        rows.push(row("private", "no"));
    }
    if key.encrypted {
        rows.push(row("encrypted", "yes"));
    }
    for (label, value) in [
        ("thumbprint", &key.thumbprint),
        ("kid", &key.kid),
        ("alg", &key.alg),
        ("use", &key.key_use),
    ] {
        if let Some(value) = value {
            rows.push(row(label, printable(value)));
        }
    }
    if let Some(cert) = &key.certificate {
        rows.push(row("subject", printable(&cert.subject)));
        rows.push(row("issuer", printable(&cert.issuer)));
        if let Some(at) = cert.not_before {
            rows.push(row("valid from", moment(at, now)));
        }
        if let Some(at) = cert.not_after {
            if cert.expired {
                rows.push(colored(
                    "valid until",
                    format!("{}: expired", moment(at, now)),
                    Color::Red,
                ));
            } else {
                rows.push(row("valid until", moment(at, now)));
            }
        }
    }
    if let Some(problem) = &key.problem {
        rows.push(colored("problem", printable(problem), Color::Yellow));
    }
}

fn hash_rows(rows: &mut Vec<Row>, hash: &HashDetails) {
    rows.push(row("algorithm", hash.algorithm.as_str()));
    if let Some(version) = hash.version {
        rows.push(row("version", version.to_string()));
    }
    rows.push(row("parameters", hash.params.as_str()));
    let numbers = [
        ("memory", hash.memory_kib.map(|m| format!("{m} KiB"))),
        ("iterations", hash.iterations.map(|t| t.to_string())),
        ("parallelism", hash.parallelism.map(|p| p.to_string())),
        ("cost", hash.cost.map(|c| format!("{c} (2^{c} rounds)"))),
        ("salt", hash.salt_bytes.map(|n| format!("{n} bytes"))),
        ("hash", hash.hash_bytes.map(|n| format!("{n} bytes"))),
    ];
    for (label, value) in numbers {
        if let Some(value) = value {
            rows.push(row(label, value));
        }
    }
    match hash.below_owasp_floor {
        Some(true) => rows.push(colored("costs", "below OWASP's minimum", Color::Red)),
        Some(false) => rows.push(colored("costs", "meet OWASP's minimum", Color::Green)),
        None => {}
    }
    if let Some(problem) = &hash.problem {
        rows.push(colored("problem", problem.as_str(), Color::Yellow));
    }
}

fn unknown_rows(rows: &mut Vec<Row>, unknown: &UnknownDetails) {
    rows.push(row(
        "entropy",
        format!(
            "{:.2} bits per character, about {:.0} bits in all (an upper bound)",
            unknown.entropy_bits_per_char, unknown.entropy_bits
        ),
    ));
    rows.push(row("alphabet", unknown.charset));
    rows.push(row(
        "looks generated",
        if unknown.looks_generated {
            "yes: it could be a secret, but nothing says whose"
        } else {
            "no"
        },
    ));
}
