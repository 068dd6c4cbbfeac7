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

/// tests/vectors/detect-peers: the examples gitleaks, Nosey Parker, Kingfisher and secretlint keep
/// beside their rules, for the formats keyward's catalog claims. A secret is found when keyward
/// reports an error or a warning that is not a reference on its file; a negative is flagged when
/// it gets one, unless the flag comes from a credential name only on a value the collection
/// wrapped as `KEY = "…"` (the wrapping supplied the name), or the value is another peer rule's
/// positive. Cases where keyward disagrees with the peer on principle are listed in
/// disputed.json with the reason; each of them must still be a disagreement.
#[test]
fn the_peers_own_examples_are_found_and_their_negatives_are_not() {
    let sb = Sandbox::new();
    let dir = vectors().join("detect-peers");
    let read = |name: &str| -> Value {
        serde_json::from_str(&std::fs::read_to_string(dir.join(name)).unwrap()).unwrap()
    };
    let manifest = read("manifest.json");
    let cases = manifest.as_array().unwrap();
    let disputed: std::collections::HashMap<String, String> = read("disputed.json")
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["id"].as_str().unwrap().to_owned(),
                d["reason"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let catalog: Vec<String> = serde_json::from_str::<Value>(
        &sb.run(&["lint", "--list-detectors", "--format", "json"])
            .stdout,
    )
    .unwrap()
    .as_array()
    .unwrap()
    .iter()
    .map(|d| d["id"].as_str().unwrap().to_owned())
    .collect();
    // The kinds of the counted findings on each file.
    let mut kinds: std::collections::HashMap<String, Vec<String>> = Default::default();
    let files: Vec<String> = cases
        .iter()
        .map(|c| dir.join(c["file"].as_str().unwrap()).display().to_string())
        .collect();
    for chunk in files.chunks(800) {
        let mut args = vec!["-q", "lint", "--format", "json"];
        args.extend(chunk.iter().map(String::as_str));
        let run = sb.run(&args);
        assert!(run.code <= 1, "{}", run.stderr);
        for f in run.json()["findings"].as_array().unwrap() {
            let counts = matches!(f["severity"].as_str(), Some("error" | "warning"))
                && f["reference"] != true;
            if counts {
                kinds
                    .entry(f["file"].as_str().unwrap().to_owned())
                    .or_default()
                    .push(f["secret_kind"].as_str().unwrap_or("").to_owned());
            }
        }
    }
    let (mut found, mut secrets, mut flagged, mut negatives) = (0, 0, 0, 0);
    let mut wrong = Vec::new();
    for (case, file) in cases.iter().zip(&files) {
        let id = case["id"].as_str().unwrap();
        let got = kinds.get(file);
        let hit = got.is_some();
        let by_name_only = got.is_some_and(|k| k.iter().all(|k| !catalog.contains(k)));
        let excused = (by_name_only && case["wrapped"] == true)
            || case["also_positive_of"]
                .as_array()
                .is_some_and(|a| !a.is_empty());
        let secret = case["expect"] == "secret";
        let agrees = if secret { hit } else { !hit || excused };
        if secret {
            secrets += 1;
            found += usize::from(hit);
        } else {
            negatives += 1;
            flagged += usize::from(hit && !excused);
        }
        match (agrees, disputed.get(id)) {
            (true, Some(_)) => wrong.push(format!(
                "{id}: disputed, but keyward agrees with the peer now: drop it from disputed.json"
            )),
            (false, None) => wrong.push(format!(
                "{id}: {}",
                if secret { "missed" } else { "flagged" }
            )),
            _ => {}
        }
    }
    let recall = found as f64 / secrets as f64;
    let flagged_share = flagged as f64 / negatives as f64;
    eprintln!(
        "peers' examples: recall {found}/{secrets} = {:.1} %, negatives flagged {flagged}/{negatives} = {:.1} %, disputed {}",
        100.0 * recall,
        100.0 * flagged_share,
        disputed.len()
    );
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(recall >= 0.97, "recall {recall}");
    assert!(flagged_share <= 0.10, "negatives flagged {flagged_share}");
    assert!(disputed.len() * 20 <= cases.len(), "at most 5 % disputed");
}
