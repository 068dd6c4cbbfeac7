//! Machine formats for `keyward lint`: SARIF 2.1.0 (GitHub code scanning and other tools) and
//! GitHub workflow annotations. Neither carries a raw secret: values appear redacted, if at all.

use serde_json::{Value, json};

use super::Reported;
use super::rules::{self, Severity};

/// A SARIF 2.1.0 log with one run, around its results: what comes before the first result and
/// what comes after the last, so that results are written one at a time. Made from the whole
/// document with a marker for its results, so that it is written exactly as serde writes it.
pub fn sarif_frame() -> (String, String) {
    const MARK: &str = "\u{1}keyward results\u{1}";
    let rules: Vec<Value> = rules::ALL
        .iter()
        .map(|rule| {
            json!({
                "id": rule.id,
                "name": rule.id,
                "shortDescription": {"text": rule.summary},
                "fullDescription": {"text": rule.why},
                "help": {"text": format!("{} Fix: {}.", rule.why, rule.fix)},
                "defaultConfiguration": {"level": level(rule.severity)},
            })
        })
        .collect();
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "keyward",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://github.com/keyward/keyward",
                "rules": rules,
            }},
            "results": [MARK],
        }],
    });
    let text = log.to_string();
    let mark = Value::from(MARK).to_string();
    let at = text.find(&mark).unwrap_or(text.len());
    let after = (at + mark.len()).min(text.len());
    (text[..at].to_owned(), text[after..].to_owned())
}

/// One finding as a SARIF result.
pub fn sarif_result(f: &Reported) -> Value {
    let mut result = json!({
        "ruleId": f.rule,
        "ruleIndex": rules::ALL.iter().position(|r| r.id == f.rule).unwrap_or(0),
        "level": level(f.severity),
        "message": {"text": match &f.fix {
            Some(fix) => format!("{}. Fix: {fix}", f.message),
            None => f.message.clone(),
        }},
        "locations": [{
            "physicalLocation": {
                "artifactLocation": {"uri": uri(&f.file)},
                "region": {
                    "startLine": f.line,
                    "startColumn": f.column,
                    "endLine": f.end_line,
                    "endColumn": f.end_column.max(f.column + usize::from(f.end_line == f.line)),
                },
            },
        }],
        "partialFingerprints": {"keyward/v1": f.fingerprint},
    });
    if let Some(kind) = &f.secret_kind {
        result["properties"] = json!({"secretKind": kind, "location": f.location});
    }
    result
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A relative path as a URI reference (`<stdin>` and `<command line>` have none).
fn uri(file: &str) -> String {
    let path = file.strip_prefix("./").unwrap_or(file);
    match path {
        "<stdin>" => "stdin".into(),
        "<command line>" => "command-line".into(),
        _ => percent_encoding::utf8_percent_encode(path, URI_UNSAFE).to_string(),
    }
}

const URI_UNSAFE: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}');

/// A `::error file=…,line=…::message` line for GitHub Actions.
pub fn github(f: &Reported) -> String {
    let command = match f.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    };
    format!(
        "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
        property(&f.file),
        f.line,
        f.column,
        f.end_line,
        f.end_column,
        property(f.rule),
        data(&match &f.fix {
            Some(fix) => format!("{}\nfix: {fix}", f.message),
            None => f.message.clone(),
        })
    )
}

/// Workflow-command escaping for messages.
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Workflow-command escaping for properties.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workflow_commands_are_escaped() {
        assert_eq!(data("50%\nnext"), "50%25%0Anext");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
        assert_eq!(uri("docs/my file.md"), "docs/my%20file.md");
        assert_eq!(uri("<stdin>"), "stdin");
    }
}
