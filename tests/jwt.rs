//! `keyward jwt …` end to end: round trips, the attacks peers fall for, key formats, input forms.

mod common;

use std::fs;
use std::path::Path;

use common::{Run, Sandbox, vectors};
use serde_json::{Value, json};

const SECRET: &str = "a-string-secret-at-least-256-bits-long";

fn b64url(bytes: &[u8]) -> String {
    use base64ct::Encoding;
    base64ct::Base64UrlUnpadded::encode_string(bytes)
}

fn token_of(header: Value, claims: Value, signature: &[u8]) -> String {
    format!(
        "{}.{}.{}",
        b64url(header.to_string().as_bytes()),
        b64url(claims.to_string().as_bytes()),
        b64url(signature)
    )
}

impl Sandbox {
    fn verify(&self, token: &str, args: &[&str]) -> (i32, Value) {
        let mut all = vec!["-q", "jwt", "verify", "--format", "json"];
        all.extend_from_slice(args);
        all.extend(["--", token]);
        let run = self.run(&all);
        (
            run.code,
            serde_json::from_str(&run.stdout).unwrap_or(Value::Null),
        )
    }
}

fn kind(out: &Value) -> &str {
    out["error"]["kind"].as_str().unwrap_or("(valid)")
}

#[test]
fn every_algorithm_round_trips_through_generated_keys() {
    let sb = Sandbox::new();
    let algs = [
        "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "ES256K",
        "EdDSA",
    ];
    for alg in algs {
        for format in ["pem", "jwk"] {
            let (private, public) = sb.keygen_files(alg, format);
            // A PEM key says nothing of its algorithm beyond its type; a JWK names it.
            let mut args = vec![
                "--key",
                private.to_str().unwrap(),
                "--sub",
                "alice",
                "--exp",
                "1h",
            ];
            if format == "pem" {
                args.extend(["--alg", alg]);
            }
            let token = sb.encode(&args);
            let (code, out) = sb.verify(&token, &["--key", public.to_str().unwrap()]);
            assert_eq!(code, 0, "{alg} {format}: {out}");
            assert_eq!(out["header"]["alg"], alg);
            assert_eq!(out["claims"]["sub"], "alice");
            assert_eq!(out["key"]["alg"], alg);
            if format == "jwk" {
                // The header carries the JWK's kid, which is the key's thumbprint.
                assert_eq!(out["header"]["kid"], out["key"]["thumbprint"], "{alg}");
            }
        }
    }
    for alg in ["HS256", "HS384", "HS512"] {
        let run = sb.run(&["-q", "jwt", "keygen", "--alg", alg]);
        let secret = run.stdout.trim();
        let min = match alg {
            "HS256" => 32usize,
            "HS384" => 48,
            _ => 64,
        };
        assert_eq!(
            secret.len(),
            (min * 4).div_ceil(3),
            "{alg}: the hash's size, base64url"
        );
        let arg = format!("--secret=b64url:{secret}");
        let token = sb.encode(&[&arg, "--alg", alg]);
        assert_eq!(sb.verify(&token, &[&arg]).0, 0, "{alg}");
    }
}

#[test]
fn private_keys_are_written_0600_and_never_overwritten() {
    use std::os::unix::fs::PermissionsExt;
    let sb = Sandbox::new();
    let (private, public) = sb.keygen_files("ES256", "pem");
    let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&private), 0o600);
    assert!(
        fs::read_to_string(&private)
            .unwrap()
            .starts_with("-----BEGIN PRIVATE KEY-----\n")
    );
    assert!(
        fs::read_to_string(&public)
            .unwrap()
            .starts_with("-----BEGIN PUBLIC KEY-----\n")
    );
    let before = fs::read(&private).unwrap();
    let again = sb.run(&[
        "jwt",
        "keygen",
        "--alg",
        "ES256",
        "--out",
        private.to_str().unwrap(),
    ]);
    assert_eq!(again.code, 2);
    assert!(
        again.stderr.contains("does not overwrite"),
        "{}",
        again.stderr
    );
    assert_eq!(fs::read(&private).unwrap(), before);
}

#[test]
fn alg_none_is_never_accepted() {
    let sb = Sandbox::new();
    for alg in ["none", "None", "NONE"] {
        let token = token_of(json!({"alg": alg}), json!({"sub": "x"}), b"");
        let (code, out) = sb.verify(&token, &["--secret", SECRET]);
        assert_eq!(code, 1, "{alg}");
        assert_eq!(kind(&out), "alg_not_allowed", "{alg}");
        assert_eq!(
            out["claims"],
            Value::Null,
            "unverified claims are not printed"
        );
    }
}

#[test]
fn an_hmac_token_keyed_with_an_rsa_public_key_is_rejected() {
    let sb = Sandbox::new();
    let pem_path = vectors().join("jwt/keys/jwtio-rsa.pub.pem");
    let pem = fs::read(&pem_path).unwrap();
    // The classic confusion: MAC the token with the public key's PEM text as the HMAC secret.
    let header = b64url(br#"{"alg":"HS256","typ":"JWT"}"#);
    let payload = b64url(br#"{"sub":"admin"}"#);
    let input = format!("{header}.{payload}");
    let key = aws_lc_rs::hmac::Key::new(aws_lc_rs::hmac::HMAC_SHA256, &pem);
    let tag = aws_lc_rs::hmac::sign(&key, input.as_bytes());
    let forged = format!("{input}.{}", b64url(tag.as_ref()));
    let (code, out) = sb.verify(&forged, &["--key", pem_path.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(kind(&out), "alg_not_allowed");
    // Handing the PEM over as a secret is refused outright.
    let as_secret = format!("--secret=@{}", pem_path.display());
    let run = sb.run(&["jwt", "verify", &as_secret, "--", &forged]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("the secret is a key"), "{}", run.stderr);
}

#[test]
fn tampering_time_and_expectations_are_each_rejected_with_their_kind() {
    let sb = Sandbox::new();
    let s = format!("--secret={SECRET}");
    let good = sb.encode(&[
        &s,
        "--iss",
        "https://id.example",
        "--aud",
        "api",
        "--sub",
        "alice",
        "--exp",
        "1h",
    ]);
    let ok = ["--iss", "https://id.example", "--aud", "api"];
    let mut args = vec![s.as_str()];
    args.extend_from_slice(&ok);
    assert_eq!(sb.verify(&good, &args).0, 0);

    let parts: Vec<&str> = good.split('.').collect();
    let evil_payload =
        b64url(br#"{"iss":"https://id.example","aud":"api","sub":"admin","exp":9999999999}"#);
    let tampered_payload = format!("{}.{evil_payload}.{}", parts[0], parts[2]);
    assert_eq!(
        kind(&sb.verify(&tampered_payload, &args).1),
        "invalid_signature"
    );
    let mut sig = parts[2].to_owned().into_bytes();
    sig[3] = if sig[3] == b'A' { b'B' } else { b'A' };
    let tampered_sig = format!(
        "{}.{}.{}",
        parts[0],
        parts[1],
        String::from_utf8(sig).unwrap()
    );
    assert_eq!(
        kind(&sb.verify(&tampered_sig, &args).1),
        "invalid_signature"
    );

    let expired = sb.encode(&[
        &s,
        "--exp",
        "-1h",
        "--aud",
        "api",
        "--iss",
        "https://id.example",
    ]);
    let (code, out) = sb.verify(&expired, &args);
    assert_eq!((code, kind(&out)), (1, "expired"));
    assert!(
        out["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with("expired 1h ago, at "),
        "{out}"
    );
    let lenient = [
        s.as_str(),
        "--aud",
        "api",
        "--iss",
        "https://id.example",
        "--leeway",
        "2h",
    ];
    assert_eq!(sb.verify(&expired, &lenient).0, 0, "within the leeway");

    let early = sb.encode(&[&s, "--nbf", "+1h"]);
    assert_eq!(kind(&sb.verify(&early, &[&s]).1), "not_yet_valid");

    let cases = [
        (
            vec!["--aud", "web", "--iss", "https://id.example"],
            "invalid_audience",
        ),
        (vec!["--iss", "https://id.example"], "invalid_audience"),
        (
            vec!["--aud", "api", "--iss", "https://other.example"],
            "invalid_issuer",
        ),
        (
            vec!["--aud", "api", "--iss", "https://evil.example"],
            "invalid_issuer",
        ),
        (vec!["--aud", "api", "--sub", "bob"], "invalid_subject"),
        (vec!["--aud", "api", "--require", "scope"], "missing_claim"),
    ];
    for (extra, want) in cases {
        let mut args = vec![s.as_str()];
        args.extend(extra.iter().copied());
        let (code, out) = sb.verify(&good, &args);
        assert_eq!((code, kind(&out)), (1, want), "{extra:?}");
    }
}

#[test]
fn a_rejected_token_prints_nothing_on_stdout_in_text() {
    let sb = Sandbox::new();
    let s = format!("--secret={SECRET}");
    let expired = sb.encode(&[&s, "--exp", "-5m", "--sub", "alice"]);
    let run = sb.run(&["-q", "jwt", "verify", &s, &expired]);
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout, "");
    assert!(
        run.stderr.starts_with("invalid token: expired 5m"),
        "{}",
        run.stderr
    );
    let good = sb.encode(&[&s, "--sub", "alice", "--exp", "1h"]);
    let run = sb.run(&["-q", "jwt", "verify", &s, &good]);
    assert_eq!(run.code, 0);
    assert!(
        run.stdout
            .starts_with("valid HS256, HMAC secret of 38 bytes\nsubject  alice\nexpires  "),
        "{}",
        run.stdout
    );
}

/// Signs `header.payload` (raw JSON bytes) with HS256 and the test secret.
fn hs256(header: &[u8], payload: &[u8]) -> String {
    let input = format!("{}.{}", b64url(header), b64url(payload));
    let key = aws_lc_rs::hmac::Key::new(aws_lc_rs::hmac::HMAC_SHA256, SECRET.as_bytes());
    let tag = aws_lc_rs::hmac::sign(&key, input.as_bytes());
    format!("{input}.{}", b64url(tag.as_ref()))
}

#[test]
fn claims_a_parser_cannot_read_are_not_skipped() {
    let sb = Sandbox::new();
    let s = format!("--secret={SECRET}");
    let header = br#"{"alg":"HS256"}"#;
    // A lone surrogate (Node's JSON.stringify writes them) would make the claims unreadable; the
    // token must not pass as one with no claims, and so with no expiry.
    for payload in [
        &br#"{"exp":1000,"name":"\ud800"}"#[..],
        br#"{"exp":1e400}"#,
        br#"{"exp":1000,"exp":9999999999}"#,
    ] {
        let (code, out) = sb.verify(&hs256(header, payload), &[&s]);
        assert_eq!(
            (code, kind(&out)),
            (1, "malformed"),
            "{}",
            String::from_utf8_lossy(payload)
        );
    }
    let (code, out) = sb.verify(&hs256(br#"{"alg":"none","alg":"HS256"}"#, b"{}"), &[&s]);
    assert_eq!((code, kind(&out)), (1, "malformed"));
    assert!(
        out["error"]["message"]
            .as_str()
            .unwrap()
            .contains("appears twice"),
        "{out}"
    );
    // Opaque payloads are still fine.
    assert_eq!(sb.verify(&hs256(header, b"just bytes"), &[&s]).0, 0);
}

#[test]
fn payloads_other_parsers_read_differently_are_refused() {
    let sb = Sandbox::new();
    let s = format!("--secret={SECRET}");
    let header = br#"{"alg":"HS256"}"#;
    // Python's json.loads reads a byte-order mark then an object as the object: an expired token
    // must not pass here as an opaque payload with no claims.
    for payload in [
        &b"\xef\xbb\xbf{\"exp\":1}"[..],
        b"\x01{\"exp\":1}",
        br#"{"exp":9999999999,"ctx":{"role":"user","role":"admin"}}"#,
        br#"{"exp":9999999999,"list":[{"a":1,"a":2}]}"#,
    ] {
        let (code, out) = sb.verify(&hs256(header, payload), &[&s]);
        assert_eq!(
            (code, kind(&out)),
            (1, "malformed"),
            "{}",
            String::from_utf8_lossy(payload)
        );
    }
    // A nested JWT's claims are in the inner token, which is not checked: refused, not passed.
    let inner = hs256(header, br#"{"exp":1}"#);
    let outer = hs256(br#"{"alg":"HS256","cty":"JWT"}"#, inner.as_bytes());
    let (code, out) = sb.verify(&outer, &[&s]);
    assert_eq!((code, kind(&out)), (1, "malformed"), "{out}");
    assert!(
        out["error"]["message"]
            .as_str()
            .unwrap()
            .contains("nested JWT"),
        "{out}"
    );
}

#[test]
fn rsa_keys_with_a_small_public_exponent_are_refused() {
    let sb = Sandbox::new();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/jwt");
    let token = fs::read_to_string(fixtures.join("rsa-e3.jwt")).unwrap();
    let key = format!("--key={}", fixtures.join("rsa-e3.pub.pem").display());
    let (code, out) = sb.verify(token.trim(), &[&key]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out["error"]["message"]
            .as_str()
            .unwrap()
            .contains("below 65537"),
        "{out}"
    );
}

#[test]
fn public_keys_in_any_form_are_refused_as_secrets() {
    let sb = Sandbox::new();
    let (_, public) = sb.keygen_files("RS256", "pem");
    let der = sb.dir.path().join("public.der");
    let run = sb.run(&["-q", "jwt", "jwk", public.to_str().unwrap()]);
    assert_eq!(run.code, 0);
    let pem_text = fs::read_to_string(&public).unwrap();
    let body: String = pem_text
        .lines()
        .filter(|l| !l.starts_with("-----"))
        .collect();
    use base64ct::Encoding;
    fs::write(&der, base64ct::Base64::decode_vec(&body).unwrap()).unwrap();
    let prefixed = sb.dir.path().join("bag.pem");
    fs::write(
        &prefixed,
        format!("Bag Attributes\n    localKeyID: 01\n{pem_text}"),
    )
    .unwrap();
    // The base64 text of the key's DER (a PEM body without its lines) is the key too.
    let base64_text = sb.dir.path().join("public.b64");
    fs::write(&base64_text, &body).unwrap();
    for file in [&public, &der, &prefixed, &base64_text] {
        let arg = format!("--secret=@{}", file.display());
        let run = sb.run(&["jwt", "verify", &arg, "a.b.c"]);
        assert_eq!(run.code, 2, "{}", file.display());
        assert!(run.stderr.contains("the secret is a key"), "{}", run.stderr);
    }
}

#[test]
fn a_key_in_a_set_verifies_only_the_algorithm_it_declares() {
    let sb = Sandbox::new();
    let (private, public) = sb.keygen_files("RS256", "jwk");
    let jwk: Value = serde_json::from_slice(&fs::read(&public).unwrap()).unwrap();
    let mut as_ps = jwk["keys"][0].clone();
    as_ps["alg"] = json!("PS256");
    as_ps["kid"] = json!("ps");
    let set = sb.dir.path().join("set.json");
    fs::write(&set, json!({"keys": [jwk["keys"][0], as_ps]}).to_string()).unwrap();
    let set = set.to_str().unwrap();
    // A PS256 token naming the RS256 key's kid.
    let kid = jwk["keys"][0]["kid"].as_str().unwrap();
    let token = sb.encode(&[
        "--key",
        private.to_str().unwrap(),
        "--alg",
        "PS256",
        "--kid",
        kid,
    ]);
    assert_eq!(
        kind(&sb.verify(&token, &["--key", set]).1),
        "alg_not_allowed"
    );
    let token = sb.encode(&[
        "--key",
        private.to_str().unwrap(),
        "--alg",
        "PS256",
        "--kid",
        "ps",
    ]);
    assert_eq!(sb.verify(&token, &["--key", set]).0, 0);
    // An empty set cannot verify anything: the check cannot run.
    let empty = sb.dir.path().join("empty.json");
    fs::write(&empty, r#"{"keys":[]}"#).unwrap();
    assert_eq!(
        sb.run(&["jwt", "verify", "--key", empty.to_str().unwrap(), &token])
            .code,
        2
    );
}

#[test]
fn a_broken_line_in_a_batch_is_one_malformed_token() {
    let sb = Sandbox::new();
    let s = format!("--secret={SECRET}");
    let good = sb.encode(&[&s]);
    let mut input = format!("{good}\n").into_bytes();
    input.extend_from_slice(b"\xff\xfe\n");
    input.extend_from_slice(format!("{good}\n").as_bytes());
    let run = sb.run_with_stdin(&["-q", "jwt", "verify", &s, "--format", "json"], &input);
    assert_eq!(run.code, 1);
    let kinds: Vec<String> = run
        .stdout
        .lines()
        .map(|l| kind(&serde_json::from_str(l).unwrap()).to_owned())
        .collect();
    assert_eq!(kinds, ["(valid)", "malformed", "(valid)"]);
}

#[test]
fn token_text_cannot_drive_the_terminal() {
    let sb = Sandbox::new();
    let token = format!(
        "{}.{}.",
        b64url(br#"{"alg":"none"}"#),
        b64url(b"\x1b[2J\x1b[31mvalid")
    );
    let run = sb.run(&["-q", "jwt", "decode", &token]);
    assert!(!run.stdout.contains('\x1b'), "{:?}", run.stdout);
    assert!(run.stdout.contains("\\u{1b}[2J"), "{}", run.stdout);
    let s = format!("--secret={SECRET}");
    let evil = hs256(br#"{"alg":"HS256"}"#, br#"{"sub":"\u001b[2Jroot"}"#);
    let run = sb.run(&["-q", "jwt", "verify", &s, &evil]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!run.stdout.contains('\x1b'), "{:?}", run.stdout);
}

#[test]
fn odd_flag_values_are_usage_errors() {
    let sb = Sandbox::new();
    let token = sb.encode(&["--secret", SECRET]);
    for args in [
        vec!["jwt", "verify", "--secret", SECRET, "--max-age=-1h", &token],
        vec!["jwt", "verify", "--secret", "b64:", &token],
    ] {
        let run = sb.run(&args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
    }
}

#[test]
fn critical_header_parameters_keyward_does_not_know_are_rejected() {
    let sb = Sandbox::new();
    let s = format!("--secret={SECRET}");
    let token = sb.encode(&[&s, "--header", "crit:=[\"exp2\"]", "--header", "exp2:=1"]);
    let (code, out) = sb.verify(&token, &[&s]);
    assert_eq!((code, kind(&out)), (1, "malformed"));
    assert!(
        out["error"]["message"].as_str().unwrap().contains("exp2"),
        "{out}"
    );
}

#[test]
fn decode_says_what_the_times_mean() {
    let sb = Sandbox::new();
    let token = sb.encode(&["--secret", SECRET, "--exp", "-3h", "--nbf", "-4h"]);
    let run = sb.run(&["-q", "jwt", "decode", &token]);
    assert!(run.stdout.contains("  exp  "), "{}", run.stdout);
    assert!(run.stdout.contains("expired 3h ago"), "{}", run.stdout);
    assert!(run.stdout.contains("valid since 4h ago"), "{}", run.stdout);
    assert!(
        run.stdout.contains("issued just now") || run.stdout.contains("issued 1s ago"),
        "{}",
        run.stdout
    );
}

#[test]
fn weak_hmac_secrets_are_refused_unless_allowed() {
    let sb = Sandbox::new();
    let run = sb.run(&["jwt", "encode", "--secret", "short"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("needs at least 32"), "{}", run.stderr);
    let token = sb.encode(&["--secret", "short", "--allow-weak-key"]);
    assert_eq!(
        kind(&sb.verify(&token, &["--secret", "short"]).1),
        "invalid_key"
    );
    assert_eq!(
        sb.verify(&token, &["--secret", "short", "--allow-weak-key"])
            .0,
        0
    );
}

#[test]
fn sec1_pkcs1_der_and_dot_key_files_are_recognised_by_content() {
    use aws_lc_rs::encoding::AsDer;
    use aws_lc_rs::signature::KeyPair;
    let sb = Sandbox::new();
    let pem = |tag: &str, der: &[u8]| pem::encode(&pem::Pem::new(tag, der.to_vec()));
    // An EC key in SEC1 ("EC PRIVATE KEY"), in a file named .key.
    let ec = aws_lc_rs::signature::EcdsaKeyPair::generate(
        &aws_lc_rs::signature::ECDSA_P384_SHA384_FIXED_SIGNING,
    )
    .unwrap();
    let sec1 = sb.dir.path().join("ec.key");
    fs::write(
        &sec1,
        pem(
            "EC PRIVATE KEY",
            ec.private_key().as_der().unwrap().as_ref(),
        ),
    )
    .unwrap();
    let spki_der = sb.dir.path().join("ec-public.der");
    fs::write(&spki_der, ec.public_key().as_der().unwrap().as_ref()).unwrap();
    let token = sb.encode(&["--key", sec1.to_str().unwrap()]);
    let (code, out) = sb.verify(&token, &["--key", spki_der.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        out["header"]["alg"], "ES384",
        "the algorithm follows from the key"
    );
    // RSA in PKCS#1 PEM, verified with a PKCS#1 public key.
    let rsa = aws_lc_rs::signature::RsaKeyPair::generate(aws_lc_rs::rsa::KeySize::Rsa2048).unwrap();
    let pkcs8 = rsa.as_der().unwrap();
    let info =
        <pkcs8::PrivateKeyInfoRef as x509_cert::der::Decode>::from_der(pkcs8.as_ref()).unwrap();
    let pkcs1 = sb.dir.path().join("rsa.key");
    fs::write(&pkcs1, pem("RSA PRIVATE KEY", info.private_key.as_bytes())).unwrap();
    let rsa_pub = sb.dir.path().join("rsa.pub");
    fs::write(&rsa_pub, pem("RSA PUBLIC KEY", rsa.public_key().as_ref())).unwrap();
    let token = sb.encode(&["--key", pkcs1.to_str().unwrap(), "--alg", "PS384"]);
    assert_eq!(
        sb.verify(&token, &["--key", rsa_pub.to_str().unwrap()]).0,
        0
    );
}

#[test]
fn a_certificate_verifies_as_its_public_key() {
    let sb = Sandbox::new();
    let cert = rcgen::generate_simple_self_signed(vec!["issuer.example".into()]).unwrap();
    let key = sb.dir.path().join("signing.pem");
    fs::write(&key, cert.signing_key.serialize_pem()).unwrap();
    let crt = sb.dir.path().join("signing.crt");
    fs::write(&crt, cert.cert.pem()).unwrap();
    let token = sb.encode(&["--key", key.to_str().unwrap()]);
    let (code, out) = sb.verify(&token, &["--key", crt.to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn jwk_sets_pick_the_key_by_kid() {
    let sb = Sandbox::new();
    let (a_private, a_public) = sb.keygen_files("ES256", "jwk");
    let (b_private, b_public) = sb.keygen_files("RS256", "jwk");
    let set_of = |files: &[&Path]| {
        let keys: Vec<Value> = files
            .iter()
            .flat_map(|f| {
                let v: Value = serde_json::from_slice(&fs::read(f).unwrap()).unwrap();
                v["keys"].as_array().unwrap().clone()
            })
            .collect();
        let path = sb.dir.path().join("set.json");
        fs::write(&path, json!({ "keys": keys }).to_string()).unwrap();
        path
    };
    let set = set_of(&[&a_public, &b_public]);
    let set = set.to_str().unwrap();
    for private in [&a_private, &b_private] {
        let token = sb.encode(&["--key", private.to_str().unwrap()]);
        let (code, out) = sb.verify(&token, &["--key", set]);
        assert_eq!(code, 0, "{out}");
    }
    let c_private = sb.dir.path().join("stranger.json");
    let run = sb.run(&[
        "-q",
        "jwt",
        "keygen",
        "--alg",
        "ES256",
        "--format",
        "jwk",
        "--out",
        c_private.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0);
    let stranger = sb.encode(&["--key", c_private.to_str().unwrap()]);
    let (code, out) = sb.verify(&stranger, &["--key", set]);
    assert_eq!((code, kind(&out)), (1, "key_not_found"));
    let message = out["error"]["message"].as_str().unwrap();
    assert!(
        message.contains("kids: "),
        "the message lists the kids: {message}"
    );
    // `--kid ''` leaves the kid out; then the key of the token's type is used.
    let no_kid = sb.encode(&["--key", a_private.to_str().unwrap(), "--kid", ""]);
    let (code, out) = sb.verify(&no_kid, &["--key", set]);
    assert_eq!(code, 0, "{out}");
    assert!(out["header"].get("kid").is_none(), "{out}");
}

#[test]
fn secrets_come_from_files_the_environment_stdin_and_base64() {
    let sb = Sandbox::new();
    let token = sb.encode(&["--secret", SECRET, "--sub", "x"]);
    let file = sb.dir.path().join("secret.txt");
    fs::write(&file, format!("{SECRET}\n")).unwrap();
    let from_file = format!("--secret=@{}", file.display());
    assert_eq!(sb.verify(&token, &[&from_file]).0, 0);
    let run = sb.run_with_env(
        &["-q", "jwt", "verify", "--secret", "env:JWT_SECRET", &token],
        &[("JWT_SECRET", SECRET)],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = sb.run_with_stdin(
        &["-q", "jwt", "verify", "--secret", "-", &token],
        SECRET.as_bytes(),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    use base64ct::Encoding;
    for encoded in [
        format!("b64:{}", base64ct::Base64::encode_string(SECRET.as_bytes())),
        format!(
            "b64:{}",
            base64ct::Base64Unpadded::encode_string(SECRET.as_bytes())
        ),
        format!(
            "b64url:{}",
            base64ct::Base64UrlUnpadded::encode_string(SECRET.as_bytes())
        ),
    ] {
        assert_eq!(sb.verify(&token, &["--secret", &encoded]).0, 0, "{encoded}");
    }
    // The token and the secret cannot both come from stdin.
    let run = sb.run_with_stdin(&["jwt", "verify", "--secret", "-"], token.as_bytes());
    assert_eq!(run.code, 2);
}

#[test]
fn decode_takes_tokens_as_users_paste_them() {
    let sb = Sandbox::new();
    let token = sb.encode(&[
        "--secret",
        SECRET,
        "--sub",
        "alice",
        "-c",
        "n:=5",
        "-c",
        "role=admin",
    ]);
    for input in [
        token.clone(),
        format!("Bearer {token}"),
        format!("Authorization: Bearer {token}"),
        format!("  \"{token}\"  "),
    ] {
        let run = sb.run(&["-q", "jwt", "decode", "--format", "json", &input]);
        assert_eq!(run.code, 0, "{input}: {}", run.stderr);
        let out = run.json();
        assert_eq!(out["payload"]["sub"], "alice");
        assert_eq!(out["payload"]["n"], 5);
        assert_eq!(out["payload"]["role"], "admin");
        assert_eq!(out["header"]["alg"], "HS256");
    }
    let stdin = format!("{token}\nnot.a.token\n\nBearer {token}\n");
    let run = sb.run_with_stdin(
        &["-q", "jwt", "decode", "--format", "json"],
        stdin.as_bytes(),
    );
    assert_eq!(run.code, 1, "one line is malformed");
    let lines: Vec<Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[1]["error"]["kind"], "malformed");
    assert_eq!(lines[2]["payload"]["sub"], "alice");
    let text = sb.run(&["jwt", "decode", &token]);
    assert!(text.stderr.contains("without verifying"), "{}", text.stderr);
    assert!(
        text.stdout.contains("Header\n{\n  \"alg\": \"HS256\""),
        "{}",
        text.stdout
    );
}

#[test]
fn decode_shows_any_alg_and_encrypted_tokens() {
    let sb = Sandbox::new();
    let es256k = token_of(
        json!({"alg": "ES256K", "kid": "k"}),
        json!({"sub": "x"}),
        &[1; 64],
    );
    let run = sb.run(&["-q", "jwt", "decode", "--format", "json", &es256k]);
    assert_eq!(run.json()["header"]["alg"], "ES256K");
    let jwe = format!(
        "{}.a.b.c.d",
        b64url(br#"{"alg":"RSA-OAEP","enc":"A256GCM"}"#)
    );
    let run = sb.run(&["-q", "jwt", "decode", "--format", "json", &jwe]);
    assert_eq!(run.code, 0);
    assert_eq!(run.json()["encrypted"], true);
    let bad = sb.run(&["-q", "jwt", "decode", "eyJhbGciOiJIUzI1NiJ9.e30=.x"]);
    assert_eq!(bad.code, 1);
    assert!(
        bad.stderr.contains("payload (segment 2) is not base64url"),
        "{}",
        bad.stderr
    );
}

#[test]
fn encode_builds_headers_and_claims_from_flags_json_and_decoded_tokens() {
    let sb = Sandbox::new();
    let claims = sb.dir.path().join("claims.json");
    fs::write(&claims, r#"{"scope":"read write","tenant":7}"#).unwrap();
    let at_claims = format!("@{}", claims.display());
    let token = sb.encode(&[
        "--secret",
        SECRET,
        "--claims",
        &at_claims,
        "--aud",
        "a",
        "--aud",
        "b",
        "--jti",
        "auto",
        "--typ",
        "at+jwt",
        "--kid",
        "k1",
        "--header",
        "x5t:=null",
        "--no-iat",
    ]);
    let decoded = sb
        .run(&["-q", "jwt", "decode", "--format", "json", &token])
        .json();
    assert_eq!(
        decoded["header"],
        json!({"alg": "HS256", "typ": "at+jwt", "kid": "k1", "x5t": null})
    );
    assert_eq!(decoded["payload"]["aud"], json!(["a", "b"]));
    assert_eq!(decoded["payload"]["tenant"], 7);
    assert!(decoded["payload"].get("iat").is_none());
    assert_eq!(decoded["payload"]["jti"].as_str().unwrap().len(), 22);
    // Re-sign a decoded token with another key, keeping its claims.
    let (private, public) = sb.keygen_files("ES256", "pem");
    let decoded_file = sb.dir.path().join("decoded.json");
    fs::write(&decoded_file, decoded.to_string()).unwrap();
    let from = format!("@{}", decoded_file.display());
    let resigned = sb.encode(&["--key", private.to_str().unwrap(), "--from-json", &from]);
    let (code, out) = sb.verify(
        &resigned,
        &["--key", public.to_str().unwrap(), "--aud", "b"],
    );
    assert_eq!(code, 0, "{out}");
    assert_eq!(out["claims"]["tenant"], 7);
    assert_eq!(out["header"]["typ"], "JWT");
    let run = sb.run(&["jwt", "encode", "--secret", SECRET, "-c", "bad:={nope"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("bad:= is not JSON"), "{}", run.stderr);
}

#[test]
fn batch_verify_answers_each_line_and_fails_if_any_fails() {
    let sb = Sandbox::new();
    let s = format!("--secret={SECRET}");
    let good = sb.encode(&[&s, "--exp", "1h"]);
    let expired = sb.encode(&[&s, "--exp", "-1h"]);
    let input = format!("{good}\n{expired}\ngarbage\n{good}\n");
    let run = sb.run_with_stdin(
        &["-q", "jwt", "verify", &s, "--format", "json"],
        input.as_bytes(),
    );
    assert_eq!(run.code, 1);
    let kinds: Vec<String> = run
        .stdout
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap();
            kind(&v).to_owned()
        })
        .collect();
    assert_eq!(kinds, ["(valid)", "expired", "malformed", "(valid)"]);
    let all_good = format!("{good}\n{good}\n");
    let run = sb.run_with_stdin(&["-q", "jwt", "verify", &s], all_good.as_bytes());
    assert_eq!(run.code, 0);
    assert_eq!(run.stdout.lines().count(), 2);
}

#[test]
fn jwk_and_thumbprint_print_public_forms_only() {
    let sb = Sandbox::new();
    let (private, _) = sb.keygen_files("ES256K", "pem");
    let run = sb.run(&["jwt", "jwk", private.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let jwk = run.json();
    assert_eq!(jwk["crv"], "secp256k1");
    assert_eq!(jwk["alg"], "ES256K");
    assert!(jwk.get("d").is_none(), "no private member");
    let thumb = sb.run(&["jwt", "thumbprint", private.to_str().unwrap()]);
    assert_eq!(thumb.stdout.trim(), jwk["kid"].as_str().unwrap());
    // The RFC 8037 A.3 example: the Ed25519 key's thumbprint.
    let rfc = vectors().join("jwt/keys/rfc8037-a2.ed25519.pub.jwk.json");
    let run = sb.run(&["jwt", "thumbprint", rfc.to_str().unwrap()]);
    assert_eq!(
        run.stdout.trim(),
        "kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"
    );
}

#[test]
fn unreadable_keys_and_bad_flags_exit_2_without_a_panic() {
    let sb = Sandbox::new();
    let token = sb.encode(&["--secret", SECRET]);
    for args in [
        vec!["jwt", "verify", "--key", "/nonexistent/key.pem", &token],
        vec!["jwt", "verify", "--key", "Cargo.toml", &token],
        vec![
            "jwt", "verify", "--secret", SECRET, "--leeway", "soon", &token,
        ],
        vec!["jwt", "verify", "--secret", SECRET, "--alg", "none", &token],
        vec!["jwt", "encode", "--key", "/nonexistent"],
        vec!["jwt", "verify", "--jwks", "http://127.0.0.1:1/keys", &token],
    ] {
        let run = sb.run(&args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stdout);
        Run::assert_clean_failure(&run);
    }
}

mod arbitrary_input {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// The parsers behind decode and verify never panic, whatever the bytes.
        #[test]
        fn token_and_key_parsers_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
            let text = String::from_utf8_lossy(&bytes);
            let _ = keyward::jwt::token::parse(keyward::jwt::token::extract(&text));
            let _ = keyward::jwt::key::load(&bytes);
        }

        /// Tokens made of base64url segments of random JSON-ish bytes.
        #[test]
        fn structured_garbage_never_panics(
            header in "\\{\"alg\":\"(HS256|RS256|ES512|none|EdDSA|x)\"(,\"kid\":[0-9a-z\"\\[\\]{}]{0,8})?\\}",
            payload in proptest::collection::vec(any::<u8>(), 0..64),
            signature in proptest::collection::vec(any::<u8>(), 0..80),
        ) {
            let token = format!("{}.{}.{}", b64url(header.as_bytes()), b64url(&payload), b64url(&signature));
            let _ = keyward::jwt::token::parse(&token);
        }
    }

    #[test]
    fn random_bytes_through_the_binary() {
        let sb = Sandbox::new();
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for round in 0..40 {
            let len = (round * 37) % 300;
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    state as u8
                })
                .collect();
            for args in [
                vec!["-q", "jwt", "decode"],
                vec!["-q", "jwt", "verify", "--secret", SECRET],
            ] {
                let run = sb.run_with_stdin(&args, &bytes);
                assert!(
                    run.code == 1 || run.code == 2,
                    "{args:?} {bytes:?}: {}",
                    run.code
                );
                run.assert_clean_failure();
            }
        }
    }
}

#[test]
fn a_token_on_the_command_line_gets_a_note_that_others_can_read_it() {
    let sb = Sandbox::new();
    let token = hs256(br#"{"alg":"HS256"}"#, br#"{"exp":9999999999}"#);
    let secret = format!("--secret={SECRET}");
    for args in [
        vec!["jwt", "decode", &token],
        vec!["jwt", "verify", &secret, &token],
    ] {
        let run = sb.run(&args);
        assert!(
            run.stderr.contains("visible to other users (ps)"),
            "{args:?}: {}",
            run.stderr
        );
        let mut piped = args.clone();
        piped.pop();
        let run = sb.run_with_stdin(&piped, token.as_bytes());
        assert!(
            !run.stderr.contains("token on the command line"),
            "{}",
            run.stderr
        );
    }
}

#[test]
fn durations_take_the_same_forms_everywhere() {
    let sb = Sandbox::new();
    let s = format!("--secret={SECRET}");
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    let header = br#"{"alg":"HS256"}"#;
    let expired = hs256(header, format!(r#"{{"exp":{}}}"#, now - 20).as_bytes());
    // Plain seconds, as PyJWT and jwt-cli take a leeway, and every unit up to weeks.
    for leeway in ["30", "30s", "1m", "1h", "1d", "1w"] {
        assert_eq!(
            sb.verify(&expired, &[&s, "--leeway", leeway]).0,
            0,
            "--leeway {leeway}"
        );
    }
    assert_eq!(sb.verify(&expired, &[&s, "--leeway", "10"]).0, 1);
    let old = hs256(
        header,
        format!(r#"{{"iat":{}}}"#, now - 2 * 86_400).as_bytes(),
    );
    assert_eq!(sb.verify(&old, &[&s, "--max-age", "1d"]).0, 1);
    assert_eq!(sb.verify(&old, &[&s, "--max-age", "1w"]).0, 0);
    let run = sb.run(&["jwt", "verify", &s, "--leeway", "1y", &old]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("use days or weeks"), "{}", run.stderr);
    assert!(!run.stderr.contains("jiff"), "{}", run.stderr);
    // keys rotate --grace reads the same forms.
    let key = sb.keygen(&[]);
    let id = &key[3..11];
    let run = sb.run(&["-q", "keys", "rotate", id, "--grace", "90"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn an_hmac_secret_keygen_writes_is_usable_as_written() {
    let sb = Sandbox::new();
    let run = sb.run(&["jwt", "keygen", "--alg", "HS256", "--out", "hs.key"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("--secret b64url:@hs.key"),
        "{}",
        run.stderr
    );
    let run = sb.run(&[
        "-q",
        "jwt",
        "encode",
        "--secret",
        "b64url:@hs.key",
        "--sub",
        "a",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let token = run.stdout.trim().to_owned();
    let (code, out) = sb.verify(&token, &["--secret=b64url:@hs.key"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(out["header"]["alg"], "HS256");
    // The same text from the environment, and the 32 bytes it encodes, not its 43 characters.
    let text = fs::read_to_string(sb.dir.path().join("hs.key")).unwrap();
    let run = sb
        .command()
        .args([
            "-q",
            "jwt",
            "verify",
            "--secret",
            "b64url:env:HS_KEY",
            &token,
        ])
        .env("HS_KEY", text.trim())
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&run.stdout).contains("HMAC secret of 32 bytes"));
}

#[test]
fn tokens_signed_with_a_pem_key_carry_the_kid_keygen_reported() {
    let sb = Sandbox::new();
    let run = sb.run(&["jwt", "keygen", "--alg", "ES256", "--out", "es.pem"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let reported = run.stderr.rsplit("kid ").next().unwrap().trim().to_owned();
    let run = sb.run(&["-q", "jwt", "encode", "--key", "es.pem", "--sub", "a"]);
    let token = run.stdout.trim();
    let run = sb.run(&["-q", "jwt", "decode", "--format", "json", token]);
    assert_eq!(run.json()["header"]["kid"], reported.as_str());
    // What a PEM file cannot carry is refused, not dropped.
    for args in [&["--kid", "mine"][..], &["--bits", "4096"]] {
        let mut all = vec!["jwt", "keygen", "--alg", "ES256"];
        all.extend_from_slice(args);
        let run = sb.run(&all);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
    }
}

#[test]
fn encode_refuses_claims_verify_would_reject_and_flags_that_contradict_claims() {
    let sb = Sandbox::new();
    let s = format!("--secret={SECRET}");
    for args in [
        &["-c", "exp=tomorrow"][..],
        &["--claims", r#"{"exp":"soon"}"#],
        &["-c", "nbf:=true"],
        &["-c", "aud:=[1]"],
        &["-c", "sub:=5"],
    ] {
        let mut all = vec!["jwt", "encode", &s];
        all.extend_from_slice(args);
        let run = sb.run(&all);
        assert_eq!(run.code, 2, "{args:?}");
        assert!(
            run.stderr.contains("jwt verify would reject"),
            "{}",
            run.stderr
        );
        assert!(run.stdout.is_empty());
    }
    let run = sb.run(&["jwt", "encode", &s, "--sub", "a", "-c", "sub=b"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("--sub and a sub claim"),
        "{}",
        run.stderr
    );
    // What verify accepts still signs, and re-signing a decoded token may change its subject.
    let run = sb.run(&[
        "-q",
        "jwt",
        "encode",
        &s,
        "-c",
        "exp:=4102444800",
        "--sub",
        "a",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let decoded = sb.run(&["-q", "jwt", "decode", "--format", "json", run.stdout.trim()]);
    let resigned = sb.run_with_stdin(
        &["-q", "jwt", "encode", &s, "--from-json", "-", "--sub", "b"],
        decoded.stdout.as_bytes(),
    );
    assert_eq!(resigned.code, 0, "{}", resigned.stderr);
}
