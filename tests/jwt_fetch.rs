//! `jwt verify --jwks URL` and `--oidc ISSUER` against an HTTPS server on 127.0.0.1 whose
//! self-signed certificate the keyward process trusts through SSL_CERT_FILE.

mod common;

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::sync::Arc;

use common::Sandbox;
use rustls::pki_types::{PrivateKeyDer, PrivatePkcs8KeyDer};
use serde_json::{Value, json};

/// Serves fixed bodies by path over TLS; returns the base URL and the CA file to trust.
fn serve(
    sb: &Sandbox,
    routes: impl Fn(&str) -> HashMap<String, String>,
) -> (String, std::path::PathBuf) {
    let _ = rustls::crypto::aws_lc_rs::default_provider().install_default();
    let cert =
        rcgen::generate_simple_self_signed(vec!["127.0.0.1".into(), "localhost".into()]).unwrap();
    let ca = sb.dir.path().join("ca.pem");
    std::fs::write(&ca, cert.cert.pem()).unwrap();
    let key = PrivateKeyDer::Pkcs8(PrivatePkcs8KeyDer::from(cert.signing_key.serialize_der()));
    let config = Arc::new(
        rustls::ServerConfig::builder()
            .with_no_client_auth()
            .with_single_cert(vec![cert.cert.der().clone()], key)
            .unwrap(),
    );
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let base = format!(
        "https://127.0.0.1:{}",
        listener.local_addr().unwrap().port()
    );
    let routes = routes(&base);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let Ok(conn) = rustls::ServerConnection::new(config.clone()) else {
                continue;
            };
            let mut tls = rustls::StreamOwned::new(conn, stream);
            let mut reader = BufReader::new(&mut tls);
            let mut request_line = String::new();
            if reader.read_line(&mut request_line).is_err() {
                continue;
            }
            let mut line = String::new();
            while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                line.clear();
            }
            let path = request_line
                .split_whitespace()
                .nth(1)
                .unwrap_or("/")
                .to_owned();
            let (status, body) = match routes.get(&path) {
                Some(body) => ("200 OK", body.clone()),
                None => ("404 Not Found", String::new()),
            };
            let _ = write!(
                tls,
                "HTTP/1.1 {status}\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            let _ = tls.flush();
            tls.conn.send_close_notify();
            let _ = tls.flush();
        }
    });
    (base, ca)
}

fn keygen_jwk(sb: &Sandbox) -> (std::path::PathBuf, Value) {
    let (private, public) = sb.keygen_files("ES256", "jwk");
    let public: Value = serde_json::from_slice(&std::fs::read(public).unwrap()).unwrap();
    (private, public)
}

#[test]
fn keys_are_fetched_from_a_jwks_url_and_through_oidc_discovery() {
    let sb = Sandbox::new();
    let (private, jwks) = keygen_jwk(&sb);
    let jwks_text = jwks.to_string();
    let (base, ca) = serve(&sb, |base| {
        HashMap::from([
            ("/keys.json".to_owned(), jwks_text.clone()),
            (
                "/oct.json".to_owned(),
                json!({"keys": [{"kty": "oct", "kid": "shared", "k": "YS1zdHJpbmctc2VjcmV0LWF0LWxlYXN0LTI1Ni1iaXRzLWxvbmc"}]}).to_string(),
            ),
            (
                "/.well-known/openid-configuration".to_owned(),
                json!({"issuer": base, "jwks_uri": format!("{base}/keys.json")}).to_string(),
            ),
        ])
    });
    let ca = ca.to_str().unwrap();
    let token_for = |iss: &str| {
        let run = sb.run(&[
            "-q",
            "jwt",
            "encode",
            "--key",
            private.to_str().unwrap(),
            "--iss",
            iss,
        ]);
        run.stdout.trim().to_owned()
    };
    let token = token_for(&base);
    let jwks_url = format!("{base}/keys.json");
    let run = sb.run_with_env(
        &[
            "-q", "jwt", "verify", "--format", "json", "--jwks", &jwks_url, &token,
        ],
        &[("SSL_CERT_FILE", ca)],
    );
    assert_eq!(run.code, 0, "{} {}", run.stdout, run.stderr);
    let run = sb.run_with_env(
        &[
            "-q", "jwt", "verify", "--format", "json", "--oidc", &base, &token,
        ],
        &[("SSL_CERT_FILE", ca)],
    );
    assert_eq!(run.code, 0, "{} {}", run.stdout, run.stderr);
    // --oidc also expects the issuer it was given.
    let other = token_for("https://other.example");
    let run = sb.run_with_env(
        &[
            "-q", "jwt", "verify", "--format", "json", "--oidc", &base, &other,
        ],
        &[("SSL_CERT_FILE", ca)],
    );
    assert_eq!(run.code, 1);
    assert_eq!(run.json()["error"]["kind"], "invalid_issuer");
    // Without trusting the certificate, the fetch fails: the check could not run.
    let run = sb.run(&["-q", "jwt", "verify", "--jwks", &jwks_url, &token]);
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(run.stderr.contains("fetching"), "{}", run.stderr);
    // An HMAC key published in a key set is no secret.
    let hs = sb.run(&[
        "-q",
        "jwt",
        "encode",
        "--secret",
        "a-string-secret-at-least-256-bits-long",
        "--kid",
        "shared",
    ]);
    let oct_url = format!("{base}/oct.json");
    let run = sb.run_with_env(
        &[
            "-q",
            "jwt",
            "verify",
            "--format",
            "json",
            "--jwks",
            &oct_url,
            hs.stdout.trim(),
        ],
        &[("SSL_CERT_FILE", ca)],
    );
    assert_eq!(run.code, 1, "{} {}", run.stdout, run.stderr);
    assert_eq!(run.json()["error"]["kind"], "invalid_key");
    let missing = format!("{base}/nothing.json");
    let run = sb.run_with_env(
        &["-q", "jwt", "verify", "--jwks", &missing, &token],
        &[("SSL_CERT_FILE", ca)],
    );
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("404"), "{}", run.stderr);
}

#[test]
fn a_server_that_never_answers_times_out() {
    let sb = Sandbox::new();
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!(
        "https://127.0.0.1:{}/keys.json",
        listener.local_addr().unwrap().port()
    );
    let started = std::time::Instant::now();
    let run = sb.run(&[
        "-q",
        "jwt",
        "verify",
        "--jwks",
        &url,
        "--timeout",
        "1",
        "a.b.c",
    ]);
    assert_eq!(run.code, 2);
    assert!(started.elapsed().as_secs() < 10);
    assert!(
        run.stderr.to_lowercase().contains("timeout") || run.stderr.contains("timed out"),
        "{}",
        run.stderr
    );
    drop(listener);
}
