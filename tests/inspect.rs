//! `keyward inspect` end to end: one case per kind of value, input forms, the JSON contract, exit
//! codes, and that no secret comes back out.

mod common;

use common::{Run, Sandbox, vectors};
use serde_json::{Value, json};
use snapbox::str;

const GITHUB: &str = "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";
const GITHUB_TYPO: &str = "ghp_1wuHFikBKQtCcH3EB2FBUkyn8krXhP0MWHxt";
const HMAC_SECRET: &str = "a-string-secret-at-least-256-bits-long";

impl Sandbox {
    /// `inspect --format json` with the value on stdin.
    fn inspect(&self, value: &str, extra: &[&str]) -> (i32, Value) {
        let mut args = vec!["inspect", "--format", "json"];
        args.extend_from_slice(extra);
        let run = self.run_with_stdin(&args, value.as_bytes());
        assert_ne!(run.code, 2, "{}", run.stderr);
        (run.code, run.json())
    }

    fn token(&self, args: &[&str]) -> String {
        self.encode(&[&["--secret", HMAC_SECRET], args].concat())
    }
}

/// The text output with runs of spaces squeezed to one: column widths vary with the rows.
fn squeezed(text: &str) -> String {
    text.split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Neither stream repeats the value, in text or in JSON.
fn assert_not_echoed(sb: &Sandbox, secret: &str) {
    for format in ["text", "json"] {
        let run = sb.run_with_stdin(&["inspect", "--format", format], secret.as_bytes());
        assert!(!run.stdout.contains(secret), "{format}: {}", run.stdout);
        assert!(!run.stderr.contains(secret), "{format}: {}", run.stderr);
        // Nor a large piece of it.
        let chars: Vec<char> = secret.chars().collect();
        let tail: String = chars[chars.len() / 2..].iter().collect();
        assert!(!run.stdout.contains(&tail), "{format}: {}", run.stdout);
    }
}

#[test]
fn a_provider_key_names_its_provider_header_and_revocation_page() {
    let sb = Sandbox::new();
    let (code, out) = sb.inspect(GITHUB, &[]);
    assert_eq!(code, 0);
    assert_eq!(out["recognised"], true);
    assert_eq!(out["format"], "github-token");
    assert_eq!(out["provider"], "GitHub");
    assert_eq!(out["kind"], "secret_key");
    // A personal access token acts with its user's identity and rights: a token, not a key.
    assert_eq!(out["credential"], "token");
    assert_eq!(out["secret"], true);
    assert_eq!(out["redacted"], "ghp_…");
    assert_eq!(out["check"], json!({"what": "checksum", "holds": true}));
    assert_eq!(out["header"], "Authorization: Bearer");
    assert_eq!(out["revoke"], "https://github.com/settings/tokens");
    assert_eq!(out["example"], Value::Null);
    assert_not_echoed(&sb, GITHUB);

    sb.snap()
        .args(["inspect", "-"])
        .stdin(GITHUB)
        .assert()
        .code(0)
        .stdout_eq(str![[r#"
GitHub user token — a token: it carries a user's identity and rights
format      github-token
provider    GitHub
value       ghp_…  (redacted)
length      40 characters
checksum    holds
send it in  Authorization: Bearer
if leaked   https://github.com/settings/tokens

"#]]);
}

#[test]
fn a_bad_checksum_is_recognised_and_called_out() {
    let sb = Sandbox::new();
    let (code, out) = sb.inspect(GITHUB_TYPO, &[]);
    assert_eq!(code, 0, "the format is known");
    assert_eq!(out["format"], "github-token");
    assert_eq!(out["check"]["holds"], false);
    let run = sb.run_with_stdin(&["inspect"], GITHUB_TYPO.as_bytes());
    assert!(
        squeezed(&run.stdout).contains("checksum fails: mistyped, truncated or made up"),
        "{}",
        run.stdout
    );
}

#[test]
fn stripe_keys_say_live_or_test_and_publishable_keys_are_not_secret() {
    let sb = Sandbox::new();
    let live = "sk_live_51Hq8TmZr2LvXk9PwYc4Nd7Bs";
    let (code, out) = sb.inspect(live, &[]);
    assert_eq!(code, 0);
    assert_eq!(out["format"], "stripe-secret-key");
    assert_eq!(out["mode"], "live");
    assert_eq!(out["secret"], true);
    assert_not_echoed(&sb, live);
    let (_, out) = sb.inspect("rk_test_51Hq8TmZr2LvXk9PwYc4Nd7Bs", &[]);
    assert_eq!(out["mode"], "test");

    let (code, out) = sb.inspect("pk_live_51Hq8TmZr2LvXk9PwYc4Nd7Bs", &[]);
    assert_eq!(code, 0);
    assert_eq!(out["format"], "stripe-publishable-key");
    assert_eq!(out["kind"], "publishable_key");
    assert_eq!(out["credential"], "key");
    assert_eq!(out["secret"], false);
    assert!(
        out["answer"]
            .as_str()
            .unwrap()
            .contains("meant to be public")
    );
}

#[test]
fn documented_examples_are_not_leaks() {
    let sb = Sandbox::new();
    let (code, out) = sb.inspect("AKIAIOSFODNN7EXAMPLE", &[]);
    assert_eq!(code, 0);
    assert_eq!(out["format"], "aws-access-key-id");
    assert_eq!(out["example"], "AWS documentation");
    assert_eq!(out["secret"], false);
    // Examples no detector matches on its own, and one that looks like a variable name.
    for (value, source) in [
        ("DEMO_KEY", "api.nasa.gov's demo key"),
        (
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "AWS documentation",
        ),
    ] {
        let (code, out) = sb.inspect(value, &[]);
        assert_eq!(code, 0, "{value}");
        assert_eq!(out["format"], "documented-example", "{value}");
        assert_eq!(out["example"], source);
    }
    let run = sb.run_with_stdin(&["inspect"], b"AKIAIOSFODNN7EXAMPLE");
    assert!(
        run.stdout
            .contains("a published example (AWS documentation): not a leak"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_jwt_shows_its_claims_and_times_and_that_the_signature_was_not_checked() {
    let sb = Sandbox::new();
    let token = sb.token(&[
        "--iss",
        "https://id.example.com",
        "--sub",
        "alice",
        "--aud",
        "api",
        "--aud",
        "web",
        "--exp",
        "2h",
        "-c",
        "scope=read write",
        "--kid",
        "k1",
    ]);
    let (code, out) = sb.inspect(&format!("Bearer {token}"), &[]);
    assert_eq!(code, 0);
    assert_eq!(out["format"], "jwt");
    assert_eq!(out["kind"], "token");
    assert_eq!(out["credential"], "token");
    assert_eq!(out["check"], json!({"what": "header", "holds": true}));
    let d = &out["details"];
    assert_eq!(d["alg"], "HS256");
    assert_eq!(d["typ"], "JWT");
    assert_eq!(d["kid"], "k1");
    assert_eq!(d["issuer"], "https://id.example.com");
    assert_eq!(d["subject"], "alice");
    assert_eq!(d["audience"], json!(["api", "web"]));
    assert_eq!(d["scopes"], json!(["read", "write"]));
    assert_eq!(d["expired"], false);
    assert_eq!(d["not_yet_valid"], false);
    assert_eq!(d["signature_checked"], false);
    assert_eq!(d["encrypted"], false);
    assert_eq!(d["claims"]["sub"], "alice");
    assert_eq!(d["header"]["kid"], "k1");
    assert!(d["expires_at"].as_str().unwrap().ends_with('Z'));
    assert_not_echoed(&sb, &token);

    let run = sb.run_with_stdin(&["inspect"], token.as_bytes());
    assert_eq!(run.code, 0);
    // Issued a moment ago: "just now", or on a loaded machine a few seconds ago.
    assert!(
        run.stdout.contains("(just now)") || run.stdout.contains("s ago)"),
        "{}",
        run.stdout
    );
    for line in [
        "JSON Web Token (HS256) — a token: it carries a user's identity and rights",
        "audience api, web",
        "scopes read write",
        "issued 20",
        "signature not checked (keyward jwt verify checks it)",
    ] {
        assert!(
            squeezed(&run.stdout).contains(line),
            "{line:?} in\n{}",
            run.stdout
        );
    }
    assert!(
        run.stdout.contains("(in 2h)") || run.stdout.contains("(in 1h 59m)"),
        "{}",
        run.stdout
    );
}

#[test]
fn an_expired_jwt_says_so() {
    let sb = Sandbox::new();
    let token = sb.token(&["--sub", "bob", "--exp", "-3h", "--nbf", "-4h"]);
    let (code, out) = sb.inspect(&token, &[]);
    assert_eq!(code, 0, "expired is still recognised");
    let run = sb.run_with_stdin(&["inspect", "--check"], token.as_bytes());
    assert_eq!(run.code, 1, "--check passes only valid keyward keys");
    assert!(
        run.stderr.contains("--check verifies keyward keys"),
        "{}",
        run.stderr
    );
    assert_eq!(out["details"]["expired"], true);
    let run = sb.run_with_stdin(&["inspect"], token.as_bytes());
    assert!(
        run.stdout.contains("(3h ago): expired") || run.stdout.contains("(2h 59m ago): expired"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("not before"), "{}", run.stdout);

    // No exp at all, and the jwt.io sample, a published example.
    let sample = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
    let (_, out) = sb.inspect(sample, &[]);
    assert_eq!(out["details"]["expired"], Value::Null);
    assert_eq!(out["example"], "jwt.io's sample token");
    assert_eq!(out["secret"], false);
    let run = sb.run_with_stdin(&["inspect"], sample.as_bytes());
    assert!(
        squeezed(&run.stdout).contains("expires never (no exp claim)"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_keyward_key_shows_its_record_and_status_without_verifying_unless_asked() {
    let sb = Sandbox::new();
    let key = sb.keygen(&["--name", "ci", "--scope", "read", "--expires", "30d"]);
    let id = key.split('_').nth(1).unwrap().to_owned();
    let (code, out) = sb.inspect(&key, &[]);
    assert_eq!(code, 0);
    assert_eq!(out["format"], "keyward-key");
    assert_eq!(out["provider"], "keyward");
    assert_eq!(out["credential"], "key");
    assert_eq!(out["redacted"], format!("kw_{id}_…"));
    assert_eq!(out["revoke"], format!("keyward keys revoke {id}"));
    let d = &out["details"];
    assert_eq!(d["id"], id.as_str());
    assert_eq!(d["prefix"], "kw");
    assert_eq!(d["keyfile_exists"], true);
    assert_eq!(d["record"]["name"], "ci");
    assert_eq!(d["record"]["status"], "active");
    assert!(d["record"].get("hash").is_none());
    assert_eq!(d["verified"], Value::Null);
    assert_not_echoed(&sb, &key);

    let (code, out) = sb.inspect(&key, &["--check"]);
    assert_eq!(code, 0);
    assert_eq!(out["details"]["verified"]["valid"], true);

    // A key that is well formed but whose secret part is not the stored one.
    let forged = keyward::keys::format::ApiKey::assemble("kw", &id, &"A".repeat(28));
    let forged = forged.expose();
    let (code, out) = sb.inspect(forged, &[]);
    assert_eq!(code, 0, "without --check, nothing is verified");
    assert_eq!(out["details"]["record"]["id"], id.as_str());
    let (code, out) = sb.inspect(forged, &["--check"]);
    assert_eq!(code, 1);
    assert_eq!(out["details"]["verified"]["reason"], "mismatch");

    let run = sb.run(&["-q", "keys", "revoke", &id, "--reason", "leaked"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let (code, out) = sb.inspect(&key, &[]);
    assert_eq!(code, 0, "a revoked key is still recognised");
    assert_eq!(out["details"]["record"]["status"], "revoked");
    assert_eq!(out["details"]["record"]["revoked_reason"], "leaked");
    let (code, out) = sb.inspect(&key, &["--check"]);
    assert_eq!(code, 1);
    assert_eq!(out["details"]["verified"]["reason"], "revoked");
    let run = sb.run_with_stdin(&["inspect"], key.as_bytes());
    assert!(
        squeezed(&run.stdout).contains("status revoked"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_keyward_key_without_a_record_or_keyfile_is_still_a_keyward_key() {
    let sb = Sandbox::new();
    let run = sb.run(&["-q", "keygen", "--no-store", "--prefix", "acme_live"]);
    let key = run.stdout.trim_end().to_owned();
    let (code, out) = sb.inspect(&key, &[]);
    assert_eq!(code, 0);
    assert_eq!(out["format"], "keyward-key");
    assert_eq!(out["details"]["prefix"], "acme_live");
    assert_eq!(out["details"]["keyfile_exists"], false);
    assert_eq!(out["details"]["record"], Value::Null);
    let run = sb.run_with_stdin(&["inspect"], key.as_bytes());
    assert!(run.stdout.contains("none: no keyfile at"), "{}", run.stdout);
    assert!(!sb.keyfile.exists(), "inspect creates no keyfile");
    // --check needs the keyfile, as keys check does.
    let run = sb.run_with_stdin(&["inspect", "--check"], key.as_bytes());
    assert_eq!(run.code, 2, "{}", run.stderr);
    run.assert_clean_failure();

    sb.keygen(&[]);
    let (_, out) = sb.inspect(&key, &[]);
    assert_eq!(out["details"]["keyfile_exists"], true);
    assert_eq!(out["details"]["record"], Value::Null);

    // A mistyped keyward key: its checksum fails, and the keyfile is not consulted.
    let mut typo = key.clone().into_bytes();
    let last = typo.len() - 1;
    typo[last] = if typo[last] == b'a' { b'b' } else { b'a' };
    let typo = String::from_utf8(typo).unwrap();
    let (code, out) = sb.inspect(&typo, &[]);
    assert_eq!(code, 0);
    assert_eq!(out["format"], "keyward-key");
    assert_eq!(out["check"]["holds"], false);
    assert_eq!(out["details"]["keyfile"], Value::Null);
}

#[test]
fn password_hashes_show_costs_but_not_salt_or_hash() {
    let sb = Sandbox::new();
    let phc = "$argon2id$v=19$m=19456,t=2,p=1$SosQzdAL2FCU+S5F5rw4bw$wL5LlVVfE172nH+IUSfLNeMwDLkqK7D3eBz8tVRdbjw";
    let (code, out) = sb.inspect(phc, &[]);
    assert_eq!(code, 0);
    assert_eq!(out["format"], "phc");
    assert_eq!(out["credential"], "hash");
    assert_eq!(out["kind"], "password_hash");
    assert_eq!(out["redacted"], "$argon2id$v=19$m=19456,t=2,p=1$…");
    let d = &out["details"];
    assert_eq!(d["algorithm"], "argon2id");
    assert_eq!(d["version"], 19);
    assert_eq!(d["memory_kib"], 19456);
    assert_eq!(d["iterations"], 2);
    assert_eq!(d["parallelism"], 1);
    assert_eq!(d["salt_bytes"], 16);
    assert_eq!(d["hash_bytes"], 32);
    assert_eq!(d["below_owasp_floor"], false);
    assert_not_echoed(&sb, phc);

    let weak = "$argon2i$m=4096,t=3,p=1$c29tZXNhbHQ$iWh06vD8Fy27wf9npn6FXWiCX4K6pW6Ue1Bnzz07Z8A";
    let (_, out) = sb.inspect(weak, &[]);
    assert_eq!(out["details"]["version"], 16, "no v= means version 16");
    assert_eq!(out["details"]["below_owasp_floor"], true);

    let bcrypt = "$2b$08$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW";
    let (code, out) = sb.inspect(bcrypt, &[]);
    assert_eq!(code, 0);
    assert_eq!(out["format"], "bcrypt");
    assert_eq!(out["details"]["cost"], 8);
    assert_eq!(out["details"]["below_owasp_floor"], true);
    assert_eq!(out["redacted"], "$2b$08$…");
}

#[test]
fn pem_keys_are_described_and_private_ones_flagged() {
    let sb = Sandbox::new();
    let (private, public) = sb.keygen_files("ES256", "pem");
    let pem = std::fs::read_to_string(&private).unwrap();
    let (code, out) = sb.inspect(&pem, &[]);
    assert_eq!(code, 0);
    assert_eq!(out["format"], "private-key");
    assert_eq!(out["credential"], "private_key");
    assert_eq!(out["secret"], true);
    assert_eq!(out["redacted"], "-----BEGIN PRIVATE KEY-----…");
    assert_eq!(out["check"], json!({"what": "DER", "holds": true}));
    let d = &out["details"];
    assert_eq!(d["container"], "pem");
    assert_eq!(d["encoding"], "PKCS#8");
    assert_eq!(d["type"], "EC");
    assert_eq!(d["curve"], "P-256");
    assert_eq!(d["private"], true);
    let thumbprint = sb.run(&["jwt", "thumbprint", public.to_str().unwrap()]);
    assert_eq!(d["thumbprint"], thumbprint.stdout.trim());
    assert_not_echoed(&sb, pem.trim());

    // The public half, from a file: not secret, so no warning about anything.
    let at = format!("@{}", public.display());
    let run = sb.run(&["inspect", "--format", "json", &at]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = run.json();
    assert_eq!(out["format"], "pem");
    assert_eq!(out["kind"], "public_key");
    assert_eq!(out["credential"], "public_key");
    assert_eq!(out["secret"], false);
    assert_eq!(out["details"]["encoding"], "SPKI");
    assert_eq!(out["details"]["thumbprint"], thumbprint.stdout.trim());

    let rsa = std::fs::read_to_string(vectors().join("jwt/keys/jwtio-rsa.pub.pem")).unwrap();
    let (_, out) = sb.inspect(&rsa, &[]);
    assert_eq!(out["details"]["type"], "RSA");
    assert_eq!(out["details"]["bits"], 2048);
    assert_eq!(out["summary"], "RSA 2048-bit public key (SPKI PEM)");

    // A placeholder where the body should be: the form is known, the body is not a key.
    let fake = "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5IGF0IGFsbCwganVzdCB0ZXh0IGhlcmU=\n-----END PRIVATE KEY-----";
    let (code, out) = sb.inspect(fake, &[]);
    assert_eq!(code, 0);
    assert_eq!(out["check"]["holds"], false);
    assert!(out["details"]["problem"].is_string(), "{out}");
}

#[test]
fn jwks_and_jwk_sets_are_described() {
    let sb = Sandbox::new();
    let file = vectors().join("jwt/keys/rfc7515-a3.ec-p256.pub.jwk.json");
    let run = sb.run(&[
        "inspect",
        "--format",
        "json",
        &format!("@{}", file.display()),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = run.json();
    assert_eq!(out["format"], "jwk");
    assert_eq!(out["credential"], "public_key");
    assert_eq!(out["redacted"], "{…}");
    let thumbprint = sb.run(&["jwt", "thumbprint", file.to_str().unwrap()]);
    assert_eq!(out["details"]["thumbprint"], thumbprint.stdout.trim());
    assert_eq!(out["details"]["curve"], "P-256");

    // A secret (oct) key: private, and no thumbprint that would help guess it.
    let oct = std::fs::read_to_string(vectors().join("jwt/keys/rfc7515-a1.oct.jwk.json")).unwrap();
    let (code, out) = sb.inspect(&oct, &[]);
    assert_eq!(code, 0);
    assert_eq!(out["credential"], "private_key");
    assert_eq!(out["details"]["type"], "oct");
    assert_eq!(out["details"]["thumbprint"], Value::Null);
    assert_not_echoed(&sb, oct.trim());

    let (private, public) = sb.keygen_files("EdDSA", "jwk");
    let set = std::fs::read_to_string(public).unwrap();
    let (code, out) = sb.inspect(&set, &[]);
    assert_eq!(code, 0);
    assert_eq!(out["format"], "jwk-set");
    assert_eq!(out["details"]["keys"][0]["type"], "Ed25519");
    assert_eq!(out["details"]["keys"][0]["alg"], "EdDSA");
    let private = std::fs::read_to_string(private).unwrap();
    let (_, out) = sb.inspect(&private, &[]);
    assert_eq!(out["credential"], "private_key");
    assert_eq!(out["details"]["private"], true);
    assert_not_echoed(&sb, private.trim());
}

#[test]
fn references_are_placeholders_not_credentials() {
    let sb = Sandbox::new();
    for value in ["$API_KEY", "${GITHUB_TOKEN}", "{{token}}", "<YOUR_API_KEY>"] {
        let (code, out) = sb.inspect(value, &[]);
        assert_eq!(code, 0, "{value}");
        assert_eq!(out["format"], "reference", "{value}");
        assert_eq!(out["credential"], "reference");
        assert_eq!(out["secret"], false);
        assert_eq!(out["redacted"], value, "a reference is shown whole");
    }
    // On the command line, a reference is nothing to warn about.
    let run = sb.run(&["inspect", "{{token}}"]);
    assert_eq!(run.code, 0);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    assert!(
        run.stdout
            .starts_with("reference or placeholder — a reference or placeholder, not a credential"),
        "{}",
        run.stdout
    );
}

#[test]
fn an_unknown_value_gets_its_length_and_an_entropy_estimate_and_exit_1() {
    let sb = Sandbox::new();
    let value = "Xk9fQ2mZp7Lw4RtB8vNc";
    let (code, out) = sb.inspect(value, &[]);
    assert_eq!(code, 1);
    assert_eq!(out["recognised"], false);
    assert_eq!(out["format"], Value::Null);
    assert_eq!(out["credential"], Value::Null);
    assert_eq!(out["length"], 20);
    let d = &out["details"];
    assert_eq!(d["charset"], "alphanumeric");
    assert_eq!(d["looks_generated"], true);
    let per_char = d["entropy_bits_per_char"].as_f64().unwrap();
    assert!((4.0..=4.33).contains(&per_char), "{per_char}");
    assert!((d["entropy_bits"].as_f64().unwrap() - per_char * 20.0).abs() < 0.1);
    assert_not_echoed(&sb, value);

    let run = sb.run_with_stdin(&["inspect"], value.as_bytes());
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.starts_with("no known format — "),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("bits per character"), "{}", run.stdout);
}

#[test]
fn stdin_the_argument_a_file_and_the_environment_give_the_same_answer() {
    let sb = Sandbox::new();
    let file = sb.dir.path().join("token.txt");
    std::fs::write(&file, format!("{GITHUB}\n")).unwrap();
    let at_file = format!("@{}", file.display());
    let quoted = format!("  \"{GITHUB}\"  ");
    let runs: Vec<(&str, Run)> = vec![
        (
            "stdin",
            sb.run_with_stdin(
                &["inspect", "--format", "json"],
                format!("{GITHUB}\n").as_bytes(),
            ),
        ),
        (
            "-",
            sb.run_with_stdin(&["inspect", "--format", "json", "-"], GITHUB.as_bytes()),
        ),
        (
            "quoted",
            sb.run_with_stdin(&["inspect", "--format", "json"], quoted.as_bytes()),
        ),
        (
            "header",
            sb.run_with_stdin(
                &["inspect", "--format", "json"],
                format!("Authorization: Bearer {GITHUB}").as_bytes(),
            ),
        ),
        ("file", sb.run(&["inspect", "--format", "json", &at_file])),
        (
            "env",
            sb.run_with_env(
                &["inspect", "--format", "json", "env:TOKEN"],
                &[("TOKEN", GITHUB)],
            ),
        ),
        ("argument", sb.run(&["inspect", "--format", "json", GITHUB])),
    ];
    let first = runs[0].1.json();
    for (how, run) in &runs {
        assert_eq!(run.code, 0, "{how}: {}", run.stderr);
        assert_eq!(run.json(), first, "{how}");
        let warned = run.stderr.contains("visible to other users");
        assert_eq!(warned, *how == "argument", "{how}: {}", run.stderr);
    }
}

#[test]
fn the_json_document_has_every_documented_field() {
    let sb = Sandbox::new();
    let fields = [
        "recognised",
        "format",
        "provider",
        "kind",
        "credential",
        "secret",
        "summary",
        "answer",
        "redacted",
        "length",
        "mode",
        "check",
        "header",
        "revoke",
        "example",
        "details",
    ];
    for value in [GITHUB, "$TOKEN", "hunter2", "AKIAIOSFODNN7EXAMPLE"] {
        let (_, out) = sb.inspect(value, &[]);
        let object = out.as_object().unwrap();
        let mut keys: Vec<&str> = object.keys().map(String::as_str).collect();
        keys.sort_unstable();
        let mut want = fields.to_vec();
        want.sort_unstable();
        assert_eq!(keys, want, "{value}");
        assert!(out["details"].is_object(), "{value}");
    }
}

#[test]
fn input_errors_exit_2() {
    let sb = Sandbox::new();
    for (input, want) in [
        (&b""[..], "empty"),
        (b"\"\"", "empty"),
        (b"ghp_one\nghp_two\n", "2 lines"),
    ] {
        let run = sb.run_with_stdin(&["inspect"], input);
        assert_eq!(run.code, 2, "{input:?}");
        assert!(run.stderr.contains(want), "{input:?}: {}", run.stderr);
        assert!(run.stdout.is_empty());
        run.assert_clean_failure();
    }
    let run = sb.run(&["inspect", "@/nonexistent/file"]);
    assert_eq!(run.code, 2);
    run.assert_clean_failure();
    let run = sb.run(&["inspect", "--format", "yaml", "x"]);
    assert_eq!(run.code, 2);
}

#[test]
fn colour_appears_only_when_asked_for_and_never_with_no_color() {
    let sb = Sandbox::new();
    let run = sb.run_with_stdin(&["inspect", "--color", "always"], GITHUB.as_bytes());
    assert!(run.stdout.contains('\x1b'), "{}", run.stdout);
    let run = sb.run_with_stdin(&["inspect"], GITHUB.as_bytes());
    assert!(!run.stdout.contains('\x1b'));
    let mut cmd = sb.command();
    cmd.args(["inspect", "--", GITHUB]).env("NO_COLOR", "1");
    let out = cmd.output().unwrap();
    assert!(!String::from_utf8_lossy(&out.stdout).contains('\x1b'));
}

#[test]
fn hostile_claims_cannot_drive_the_terminal() {
    let sb = Sandbox::new();
    let token = sb.token(&["--sub", "\x1b[2Jvalid\x1b[0m"]);
    let run = sb.run_with_stdin(&["inspect", "--color", "never"], token.as_bytes());
    assert_eq!(run.code, 0);
    assert!(!run.stdout.contains('\x1b'), "{:?}", run.stdout);
    assert!(run.stdout.contains("\\u{1b}[2J"), "{}", run.stdout);
}

#[test]
fn access_key_ids_and_placeholders_in_a_providers_form() {
    let sb = Sandbox::new();
    let (code, out) = sb.inspect("AKIAZ7QW3ERTY2UIOPAS", &[]);
    assert_eq!(code, 0);
    assert_eq!(out["kind"], "key_id", "the identifier half of a key pair");
    let (code, out) = sb.inspect("sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", &[]);
    assert_eq!(code, 0);
    assert_eq!(out["format"], "reference");
    assert_eq!(out["secret"], false);
}

#[test]
fn a_jwt_with_a_malformed_exp_says_so() {
    use base64::Engine;
    let b64 = |s: &str| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(s);
    let token = format!(
        "{}.{}.c2ln",
        b64(r#"{"alg":"HS256"}"#),
        b64(r#"{"sub":"a","exp":"tomorrow"}"#)
    );
    let sb = Sandbox::new();
    let (code, out) = sb.inspect(&token, &[]);
    assert_eq!(code, 0);
    assert_eq!(
        out["details"]["malformed_claims"],
        serde_json::json!(["exp"])
    );
    let run = sb.run_with_stdin(&["inspect", "-"], token.as_bytes());
    assert!(run.stdout.contains("malformed exp claim"), "{}", run.stdout);
    assert!(!run.stdout.contains("no exp claim"), "{}", run.stdout);
}

#[test]
fn a_line_of_a_dotenv_file_is_inspected_by_its_value() {
    let sb = Sandbox::new();
    for line in [
        "GITHUB_TOKEN=ghp_R6v3Ck5mXq2LpZs8TnWb4YdJ0aFh7Ke9GiUo",
        "export GITHUB_TOKEN=\"ghp_R6v3Ck5mXq2LpZs8TnWb4YdJ0aFh7Ke9GiUo\"",
    ] {
        let (code, out) = sb.inspect(line, &[]);
        assert_eq!(code, 0, "{line}");
        assert_eq!(out["provider"], "GitHub", "{line}: {out}");
    }
    // Base64 padding and PHC parameters are not NAME=value lines.
    let (_, out) = sb.inspect("$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzYWx0MTIzNA$0sC4pB1yY1tN7U8s7xk7GNZ/HoTy2O++Y3831FD1LHg", &[]);
    assert_eq!(out["format"], "phc", "{out}");
}
