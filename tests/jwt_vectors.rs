//! Every case of tests/vectors/jwt/jwt_cases.json (Project Wycheproof's JWS and JWK Set vectors, the
//! RFC 7515/7519/7520/8037 examples and jwt.io's tokens), through `keyward jwt verify` and
//! `keyward jwt decode`.

mod common;

use std::path::PathBuf;

use common::{Sandbox, vectors};
use serde_json::Value;

fn cases() -> Vec<Value> {
    let text = std::fs::read_to_string(vectors().join("jwt/jwt_cases.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// `keyward jwt verify --format json` for a case; returns (exit code, JSON output).
fn verify(sb: &Sandbox, case: &Value, extra: &[&str]) -> (i32, Value, String) {
    let dir = vectors().join("jwt");
    let material = case["key_material"].as_str().unwrap();
    let is_file = case["key_material_is_file"].as_bool().unwrap();
    let path: PathBuf = if is_file {
        dir.join(material)
    } else {
        let path = sb
            .dir
            .path()
            .join(format!("{}.key", case["id"].as_str().unwrap()));
        std::fs::write(&path, material).unwrap();
        path
    };
    let key_arg = match case["key_kind"].as_str().unwrap() {
        "hmac_secret" => format!("--secret=@{}", path.display()),
        _ => format!("--key={}", path.display()),
    };
    let mut args = vec!["-q", "jwt", "verify", "--format", "json", key_arg.as_str()];
    let algs: Vec<String> = case["allowed_algs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| format!("--alg={}", a.as_str().unwrap()))
        .collect();
    args.extend(algs.iter().map(String::as_str));
    args.extend_from_slice(extra);
    // After `--`: a token may start with anything.
    args.push("--");
    args.push(case["token"].as_str().unwrap());
    let run = sb.run(&args);
    let json = serde_json::from_str(&run.stdout).unwrap_or(Value::Null);
    (run.code, json, run.stderr)
}

#[test]
fn every_jwt_vector_holds_its_verdict_and_expected_error() {
    let sb = Sandbox::new();
    let all = cases();
    let mut verdict_failures = Vec::new();
    let mut kind_mismatches = Vec::new();
    let mut passed = 0;
    for case in &all {
        let id = case["id"].as_str().unwrap();
        let (code, out, stderr) = verify(&sb, case, &[]);
        let valid = out["valid"].as_bool();
        let verdict = case["verdict"].as_str().unwrap();
        let expect = case["expect"].as_str().unwrap();
        let holds = match verdict {
            "accept" => code == 0 && valid == Some(true),
            "reject" => code == 1 && valid == Some(false),
            // One documented policy: see README.md, "jwt verify policy".
            _ => code == 0 || code == 1,
        };
        if !holds {
            verdict_failures.push(format!(
                "{id}: verdict {verdict}, got exit {code}: {out} {stderr}"
            ));
            continue;
        }
        let got = if valid == Some(true) {
            "valid"
        } else {
            out["error"]["kind"].as_str().unwrap_or("?")
        };
        let alternatives: Vec<&str> = case["expect_alternatives"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(Value::as_str)
            .collect();
        if got != expect && !alternatives.contains(&got) {
            kind_mismatches.push(format!(
                "{id}: expected {expect} {alternatives:?}, got {got}: {}",
                out["error"]["message"]
            ));
            continue;
        }
        passed += 1;
    }
    eprintln!(
        "jwt vectors: {passed} of {} pass verdict and expected kind",
        all.len()
    );
    assert!(
        verdict_failures.is_empty(),
        "{} verdicts fail:\n{}",
        verdict_failures.len(),
        verdict_failures.join("\n")
    );
    assert!(
        kind_mismatches.is_empty(),
        "{} kinds differ:\n{}",
        kind_mismatches.len(),
        kind_mismatches.join("\n")
    );
}

#[test]
fn expired_vectors_verify_without_time_checks() {
    let sb = Sandbox::new();
    let timed: Vec<Value> = cases()
        .into_iter()
        .filter(|c| c.get("expect_no_time_checks").is_some())
        .collect();
    assert_eq!(timed.len(), 7);
    for case in &timed {
        let (code, out, stderr) = verify(&sb, case, &["--ignore-exp"]);
        assert_eq!(code, 0, "{}: {out} {stderr}", case["id"]);
    }
}

#[test]
fn decode_shows_the_expected_header_and_claims() {
    let sb = Sandbox::new();
    let mut checked = 0;
    for case in cases() {
        let Some(header) = case.get("expected_header").filter(|h| !h.is_null()) else {
            continue;
        };
        let token = case["token"].as_str().unwrap();
        let run = sb.run(&["-q", "jwt", "decode", "--format", "json", "--", token]);
        if run.code != 0 {
            // A token with a readable header but a malformed payload or signature.
            assert_eq!(run.code, 1, "{}: {}", case["id"], run.stderr);
            continue;
        }
        let out = run.json();
        assert_eq!(&out["header"], header, "{}", case["id"]);
        if let Some(claims) = case.get("expected_claims").filter(|c| !c.is_null()) {
            assert_eq!(&out["payload"], claims, "{}", case["id"]);
        }
        checked += 1;
    }
    assert!(checked > 400, "only {checked} decoded");
}
