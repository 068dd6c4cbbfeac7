//! tests/vectors/lint/lint_cases.json: curl commands from the curlconverter project, with the
//! findings a linter must (and must not) report.

mod common;

use common::{Sandbox, vectors};
use serde_json::Value;

#[test]
fn every_curlconverter_fixture_gets_the_expected_findings() {
    let sb = Sandbox::new();
    let text = std::fs::read_to_string(vectors().join("lint/lint_cases.json")).unwrap();
    let cases: Vec<Value> = serde_json::from_str(&text).unwrap();
    let mut failures = Vec::new();
    for case in &cases {
        let input = case["input"].as_str().unwrap();
        let run = sb.run(&["lint", "--format", "json", "-c", input]);
        let out: Value = serde_json::from_str(&run.stdout).unwrap_or(Value::Null);
        let findings = out["findings"].as_array().cloned().unwrap_or_default();
        for want in case["expect"].as_array().unwrap() {
            let required = want
                .get("required")
                .and_then(Value::as_bool)
                .unwrap_or(true);
            let severities: Vec<&str> = want
                .get("acceptable_severities")
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(Value::as_str).collect())
                .unwrap_or_else(|| vec![want["severity"].as_str().unwrap()]);
            let found = findings.iter().any(|f| {
                f["location"] == want["location"]
                    && f["name"]
                        .as_str()
                        .unwrap_or("")
                        .eq_ignore_ascii_case(want["name"].as_str().unwrap_or(""))
                    && severities.contains(&f["severity"].as_str().unwrap_or(""))
            });
            if required && !found {
                failures.push(format!("{}: missing {want}; got {findings:?}", case["id"]));
            }
        }
        // Nothing beyond what is expected, at error or warning.
        for f in &findings {
            let expected = case["expect"]
                .as_array()
                .unwrap()
                .iter()
                .any(|w| w["location"] == f["location"]);
            if !expected && f["severity"] != "info" {
                failures.push(format!("{}: unexpected {f}", case["id"]));
            }
        }
        let expected_exit = if findings.is_empty() { 0 } else { 1 };
        if run.code != expected_exit {
            failures.push(format!(
                "{}: exit {} ({})",
                case["id"], run.code, run.stderr
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
