//! One fixture per curl option that carries data or credentials, and per quoting form, through
//! `keyward lint -c`.

mod common;

use common::Sandbox;
use serde_json::Value;

/// (rule, name) of each finding for a command.
fn lint(sb: &Sandbox, command: &str) -> Vec<(String, String)> {
    let run = sb.run(&["-q", "lint", "--format", "json", "-c", command]);
    assert!(run.code == 0 || run.code == 1, "{command}: {}", run.stderr);
    let out: Value = serde_json::from_str(&run.stdout).unwrap();
    out["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_owned(),
                f["name"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(r, n)| ((*r).to_owned(), (*n).to_owned()))
        .collect()
}

const Q: &str = "credential-in-query";
const B: &str = "credential-in-body";
const U: &str = "credential-in-userinfo";
const H: &str = "credential-over-http";
const C: &str = "credential-in-cookie";
const K: &str = "tls-verification-disabled";
const P: &str = "proxy-credential-over-http";

#[test]
fn every_option_that_carries_credentials() {
    let sb = Sandbox::new();
    let cases: &[(&str, &[(&str, &str)])] = &[
        // Headers and auth options: fine over https, flagged over http.
        (
            "curl -H 'Authorization: Bearer abc123' https://a.example/",
            &[],
        ),
        (
            "curl -H 'Authorization: Bearer abc123' http://a.example/",
            &[(H, "http")],
        ),
        (
            "curl --header 'X-Api-Key: abc123' http://a.example/",
            &[(H, "http")],
        ),
        ("curl -u user:pass https://a.example/", &[]),
        ("curl --user=ci:Rk8vT2qLm http://a.example/", &[(H, "http")]),
        // Trivial values are stand-ins: their placement is judged.
        ("curl --user=user:pass http://a.example/", &[(H, "http")]),
        (
            "curl --oauth2-bearer tok123 http://a.example/",
            &[(H, "http")],
        ),
        (
            "curl --aws-sigv4 aws:amz:us-east-1:s3 -u AKIAIOSFODNN7EXAMPLE:secret https://s3.amazonaws.com/b",
            &[],
        ),
        // Bodies, in every form.
        (
            "curl -d 'api_key=abc123' https://a.example/",
            &[(B, "api_key")],
        ),
        (
            "curl --data 'x=1&token=abc123' https://a.example/",
            &[(B, "token")],
        ),
        (
            "curl --data-raw 'password=p4ss@word' https://a.example/",
            &[(B, "password")],
        ),
        (
            "curl --data-binary 'client_secret=abc123' https://a.example/",
            &[(B, "client_secret")],
        ),
        (
            "curl --data-ascii 'secret=abc123' https://a.example/",
            &[(B, "secret")],
        ),
        (
            "curl --data-urlencode 'api_key=a b c' https://a.example/",
            &[(B, "api_key")],
        ),
        (
            "curl --data-urlencode '=justcontent' https://a.example/",
            &[],
        ),
        (
            "curl --data-urlencode 'token@secret.txt' https://a.example/",
            &[],
        ),
        ("curl -d @body.json https://a.example/", &[]),
        (
            r#"curl --json '{"user":{"password":"p4ssw0rd"}}' https://a.example/"#,
            &[(B, "password")],
        ),
        (
            r#"curl -H 'Content-Type: application/json' -d '{"apiKey":"abc123"}' https://a.example/"#,
            &[(B, "apiKey")],
        ),
        (
            "curl -F 'token=abc123' -F 'file=@a.png' https://a.example/",
            &[(B, "token")],
        ),
        (
            "curl --form-string 'secret=@literal' https://a.example/",
            &[(B, "secret")],
        ),
        // Into the query string.
        (
            "curl -G -d 'api_key=abc123' https://a.example/",
            &[(Q, "api_key")],
        ),
        (
            "curl --get --data-urlencode 'access_token=abc123' https://a.example/",
            &[(Q, "access_token")],
        ),
        (
            "curl --url-query 'key=abc123' https://a.example/",
            &[(Q, "key")],
        ),
        (
            "curl --url 'https://a.example/?apikey=abc123'",
            &[(Q, "apikey")],
        ),
        // Cookies: literal pairs, or a file.
        (
            "curl -b 'session=0123456789abcdef' https://a.example/",
            &[(C, "session")],
        ),
        ("curl --cookie cookies.txt https://a.example/", &[]),
        (
            "curl -H 'Cookie: auth_token=0123456789abcdef' https://a.example/",
            &[(C, "auth_token")],
        ),
        // Userinfo, proxies.
        ("curl https://admin:Rk8vT2qLm@a.example/", &[(U, "admin")]),
        ("curl https://admin:hunter2@a.example/", &[(U, "admin")]),
        (
            "curl -x http://pu:pp@proxy.example:3128 https://a.example/",
            &[(U, "pu")],
        ),
        (
            "curl --proxy http://proxy.example:3128 -U 'pu:pp' https://a.example/",
            &[(P, "Proxy-Authorization")],
        ),
        (
            "curl --proxy https://proxy.example:3128 --proxy-user 'pu:pp' https://a.example/",
            &[],
        ),
        // TLS verification.
        (
            "curl -k -H 'Authorization: Bearer abc123' https://a.example/",
            &[(K, "")],
        ),
        ("curl --insecure https://a.example/", &[]),
        // Short clusters, attached values, --opt=value, abbreviations, several URLs, --next.
        ("curl -sSLku ci:Rk8vT2qLm https://a.example/", &[(K, "")]),
        (
            "curl -XPOST -H'X-Auth-Token: abc123' http://a.example/",
            &[(H, "http")],
        ),
        (
            "curl --heade=X-Api-Key:abc123 http://a.example/",
            &[(H, "http")],
        ),
        (
            "curl --data-url 'token=abc123' https://a.example/",
            &[(B, "token")],
        ),
        (
            "curl 'https://a.example/?token=t1' 'https://b.example/?key=k2'",
            &[(Q, "token"), (Q, "key")],
        ),
        (
            "curl -d 'token=t1' https://a.example/ --next http://b.example/",
            &[(B, "token")],
        ),
        ("curl -: -u ci:Rk8vT2qLm http://b.example/", &[(H, "http")]),
        // Identifiers, cursors and CSRF values are not credentials.
        (
            "curl 'https://a.example/?client_id=abc&page_token=xyz&csrf_token=q&state=s&cursor=c'",
            &[],
        ),
        // Presigned URLs are deliberate: info.
        (
            "curl 'https://x.blob.core.windows.net/c/f?sv=2022-11-02&se=2026-12-01T00%3A00%3A00Z&sig=abc123'",
            &[("presigned-url", "sig")],
        ),
        // Credentials in URL paths.
        (
            "curl https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
            &[("credential-in-path", "")],
        ),
    ];
    let mut failures = Vec::new();
    for (command, expected) in cases {
        let got = lint(&sb, command);
        if got != pairs(expected) {
            failures.push(format!("{command}\n  want {expected:?}\n  got  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_quoting_form() {
    let sb = Sandbox::new();
    let cases: &[(&str, &str)] = &[
        ("curl 'https://a.example/?token=single'", "sing…"),
        (r#"curl "https://a.example/?token=dou\"ble""#, "dou\"…"),
        (r#"curl "https://a.example/?token=$TOKEN""#, "$TOKEN"),
        (r"curl https://a.example/\?token=escaped", "esca…"),
        ("curl $'https://a.example/?token=ansi\\x41c'", "ansi…"),
        ("curl \\\n  'https://a.example/?token=continued'", "cont…"),
        ("curl ^\"https://a.example/?token=cmdquote^\"", "cmdq…"),
    ];
    for (command, redacted) in cases {
        let run = sb.run(&["-q", "lint", "--format", "json", "-c", command]);
        let out: Value = serde_json::from_str(&run.stdout).unwrap();
        let finding = &out["findings"][0];
        assert_eq!(finding["rule"], Q, "{command}");
        assert_eq!(finding["redacted"], *redacted, "{command}");
    }
}

#[test]
fn exact_columns_through_quotes_and_escapes() {
    let sb = Sandbox::new();
    // The value starts after `curl $'https://a.example/?token=` (32 characters): column 33.
    let run = sb.run(&[
        "-q",
        "lint",
        "--format",
        "json",
        "-c",
        "curl $'https://a.example/?token=s\\x65cret'",
    ]);
    let out: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(out["findings"][0]["column"], 33);
    assert_eq!(
        out["findings"][0]["end_column"], 42,
        "the value spans its escaped source text"
    );
}
