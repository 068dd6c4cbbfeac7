//! `keyward hash`: hashing, and checking PHC strings made by other implementations.

mod common;

use common::{Sandbox, vectors};
use serde_json::Value;

fn cases(file: &str) -> Vec<Value> {
    let path = vectors().join("argon2").join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    serde_json::from_str(&text).unwrap()
}

fn password(case: &Value) -> Vec<u8> {
    let hex = case["password_hex"].as_str().unwrap();
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
        .collect()
}

/// Runs `keyward hash --check PHC -` with the case's password on stdin; returns the failures.
fn run_cases(cases: &[Value]) -> Vec<String> {
    let sb = Sandbox::new();
    let mut failures = Vec::new();
    for case in cases {
        let phc = case["phc"].as_str().unwrap();
        let want = match case["expect"].as_str().unwrap() {
            "match" => 0,
            "mismatch" => 1,
            "malformed" => 2,
            other => panic!("unknown expectation {other}"),
        };
        let run = sb.run_with_stdin(&["hash", "--check", phc, "-"], &password(case));
        if run.code != want {
            failures.push(format!(
                "{}: exit {} (want {want}): {}{}",
                case["id"], run.code, run.stdout, run.stderr
            ));
        }
        run.assert_clean_failure();
    }
    failures
}

#[test]
fn every_reference_implementation_vector() {
    let all = cases("phc_cases.json");
    let fast: Vec<Value> = all.iter().filter(|c| c["slow"] != true).cloned().collect();
    assert_eq!(all.len() - fast.len(), 2, "two vectors need 1 GiB");
    let failures = run_cases(&fast);
    assert!(failures.is_empty(), "{failures:#?}");
}

/// 1 GiB each, run one at a time: about 7 s in a debug build.
#[test]
fn the_one_gibibyte_reference_vectors() {
    let slow: Vec<Value> = cases("phc_cases.json")
        .into_iter()
        .filter(|c| c["slow"] == true)
        .collect();
    let failures = run_cases(&slow);
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn argon2d_and_other_strings_from_the_c_command_line_tool() {
    let failures = run_cases(&cases("c_cli_cases.json"));
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn hashes_use_owasp_defaults_and_check_back() {
    let sb = Sandbox::new();
    let run = sb.run_with_stdin(&["hash"], b"hunter2\n");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let phc = run.stdout.trim_end();
    assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
    // The trailing newline of piped input is not part of the secret.
    let ok = sb.run_with_stdin(&["hash", "--check", phc], b"hunter2");
    assert_eq!(ok.code, 0);
    assert_eq!(ok.stdout, "match (argon2id v=19 m=19456,t=2,p=1)\n");
    let bad = sb.run_with_stdin(&["hash", "--check", phc, "-"], b"hunter3");
    assert_eq!(bad.code, 1);
    assert_eq!(bad.stdout, "mismatch (argon2id v=19 m=19456,t=2,p=1)\n");
    let json = sb.run_with_stdin(&["hash", "--check", phc, "--format", "json"], b"hunter2");
    assert_eq!(
        json.json(),
        serde_json::json!({"match": true, "algorithm": "argon2id", "version": 19,
                           "memory_kib": 19456, "iterations": 2, "parallelism": 1})
    );
}

#[test]
fn costs_can_be_chosen_and_weak_ones_are_flagged() {
    let sb = Sandbox::new();
    let run = sb.run_with_stdin(
        &[
            "hash",
            "--memory",
            "64MiB",
            "--iterations",
            "3",
            "--parallelism",
            "2",
            "--format",
            "json",
        ],
        b"s",
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let phc = run.json()["hash"].as_str().unwrap().to_owned();
    assert!(phc.starts_with("$argon2id$v=19$m=65536,t=3,p=2$"), "{phc}");
    assert_eq!(run.stderr, "");
    let weak = sb.run_with_stdin(&["hash", "--memory", "1024", "--iterations", "1"], b"s");
    assert_eq!(weak.code, 0);
    assert!(
        weak.stderr.contains("weaker than OWASP's minimum"),
        "{}",
        weak.stderr
    );
}

#[test]
fn costly_strings_are_refused_unless_allowed() {
    let sb = Sandbox::new();
    let huge =
        "$argon2id$v=19$m=4194304,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
    let run = sb.run_with_stdin(&["hash", "--check", huge], b"password");
    assert_eq!(run.code, 2);
    run.assert_clean_failure();
    assert!(run.stderr.contains("4194304 KiB"), "{}", run.stderr);
    assert!(run.stderr.contains("--max-memory"), "{}", run.stderr);
    let id64 =
        "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
    let low = sb.run_with_stdin(
        &["hash", "--check", id64, "--max-memory", "32MiB"],
        b"password",
    );
    assert_eq!(low.code, 2, "{}", low.stderr);
    let raised = sb.run_with_stdin(
        &["hash", "--check", id64, "--max-memory", "64MiB"],
        b"password",
    );
    assert_eq!(raised.code, 0, "{}", raised.stderr);
    let many =
        "$argon2id$v=19$m=64,t=100000,p=1$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc";
    let run = sb.run_with_stdin(&["hash", "--check", many], b"password");
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--max-iterations"), "{}", run.stderr);
}

#[test]
fn malformed_strings_and_empty_secrets_are_input_errors() {
    let sb = Sandbox::new();
    for (phc, want) in [
        (
            "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ",
            "no hash output",
        ),
        ("$bcrypt$whatever", "malformed PHC string"),
        ("not a hash", "malformed PHC string"),
        (
            "$argon2id$v=19$m=64,t=1,p=1,keyid=AAAA$c29tZXNhbHQ$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc",
            "pepper",
        ),
    ] {
        let run = sb.run_with_stdin(&["hash", "--check", phc], b"password");
        assert_eq!(run.code, 2, "{phc}");
        run.assert_clean_failure();
        assert!(run.stderr.contains(want), "{phc}: {}", run.stderr);
    }
    let empty = sb.run_with_stdin(&["hash"], b"\n");
    assert_eq!(empty.code, 2);
    assert!(
        empty.stderr.contains("the secret from stdin is empty"),
        "{}",
        empty.stderr
    );
    // What follows @ or env: may be a secret typed by mistake: errors do not repeat it.
    for arg in ["@Tr0ub4dor&3", "env:Sup3rS3cret"] {
        let run = sb.run(&["hash", arg]);
        assert_eq!(run.code, 2);
        run.assert_clean_failure();
        assert!(!run.stderr.contains(&arg[4..]), "{}", run.stderr);
        assert!(
            run.stderr.contains("must come from stdin"),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn a_keyfile_hash_downgraded_below_owasp_is_refused() {
    let sb = Sandbox::new();
    let key = sb.keygen(&[]);
    // A valid hash of the very key, at costs far below OWASP's floor.
    let weak = sb.run_with_stdin(
        &["hash", "--memory", "8", "--iterations", "1", "-q"],
        key.as_bytes(),
    );
    let weak = weak.stdout.trim_end();
    let text = std::fs::read_to_string(&sb.keyfile).unwrap();
    let strong = sb.keyfile_json()["keys"][0]["hash"]
        .as_str()
        .unwrap()
        .to_owned();
    std::fs::write(&sb.keyfile, text.replace(&strong, weak)).unwrap();
    let run = sb.run_with_stdin(&["keys", "check"], key.as_bytes());
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(
        run.stderr.contains("below OWASP's minimum"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_empty_password_checks_and_incomplete_or_foreign_hashes_are_named() {
    let sb = Sandbox::new();
    // argon2-cffi 23: hash_secret(b"", b"somesaltsalt1234", time_cost=2, memory_cost=19456,
    // parallelism=1, hash_len=32, type=Type.ID)
    let empty = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzYWx0MTIzNA$0sC4pB1yY1tN7U8s7xk7GNZ/HoTy2O++Y3831FD1LHg";
    assert_eq!(sb.run_with_stdin(&["hash", "--check", empty], b"").code, 0);
    assert_eq!(sb.run_with_stdin(&["hash", "--check", empty], b"x").code, 1);
    let no_memory =
        "$argon2id$v=19$t=2,p=1$c29tZXNhbHRzYWx0MTIzNA$0sC4pB1yY1tN7U8s7xk7GNZ/HoTy2O++Y3831FD1LHg";
    let run = sb.run_with_stdin(&["hash", "--check", no_memory], b"");
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("no m= (memory) parameter"),
        "{}",
        run.stderr
    );
    let bcrypt = "$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW";
    let run = sb.run_with_stdin(&["hash", "--check", bcrypt], b"abc");
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("a bcrypt hash"), "{}", run.stderr);
    assert!(!run.stderr.contains("salt too short"), "{}", run.stderr);
}

#[test]
fn a_hash_that_check_would_refuse_is_warned_of_when_made() {
    let sb = Sandbox::new();
    let run = sb.run_with_stdin(&["hash", "--memory", "1MiB", "--iterations", "65"], b"pw");
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("hash --check will refuse this hash by default"),
        "{}",
        run.stderr
    );
    let run = sb.run_with_stdin(&["hash"], b"pw");
    assert!(!run.stderr.contains("will refuse"), "{}", run.stderr);
}
