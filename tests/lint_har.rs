//! `keyward lint` on HAR captures end to end: findings placed in the HAR file itself, whatever the
//! input's name or origin; no secret in any output; bad entries skipped, not fatal.

mod common;

use std::fs;

use common::Sandbox;
use serde_json::Value;

const STRIPE: &str = "sk_live_4eC39HqLyjWDarjtT1zdp7dcX";

/// A pretty-printed capture: a query key, a bearer token, a session cookie and a form secret.
const CAPTURE: &str = r#"{
  "log": {
    "version": "1.2",
    "creator": {"name": "Firefox", "version": "120"},
    "entries": [
      {
        "startedDateTime": "2026-11-28T06:00:00Z",
        "request": {
          "method": "POST",
          "url": "https://api.example.com/v1/token?api_key=k_3f9a8b7c6d5e4f3a2b1c",
          "headers": [
            {"name": "Authorization", "value": "Bearer sk_live_4eC39HqLyjWDarjtT1zdp7dcX"},
            {"name": "Content-Type", "value": "application/x-www-form-urlencoded"}
          ],
          "cookies": [
            {"name": "session_id", "value": "a8f5f167f44f4964e6c998dee827110c"}
          ],
          "postData": {
            "mimeType": "application/x-www-form-urlencoded",
            "params": [{"name": "grant_type", "value": "client_credentials"}, {"name": "client_secret", "value": "cs_9b8a7f6e5d4c3b2a1f0e"}]
          }
        },
        "response": {"status": 200, "content": {"size": 2, "text": "{}"}}
      }
    ]
  }
}
"#;

/// The raw secrets of [`CAPTURE`], none of which may be printed past its first four characters.
const SECRETS: [&str; 4] = [
    "k_3f9a8b7c6d5e4f3a2b1c",
    STRIPE,
    "a8f5f167f44f4964e6c998dee827110c",
    "cs_9b8a7f6e5d4c3b2a1f0e",
];

fn lint(sb: &Sandbox, args: &[&str]) -> (i32, Value, String) {
    let mut all = vec!["-q", "lint", "--format", "json"];
    all.extend_from_slice(args);
    let run = sb.run(&all);
    (run.code, run.json(), run.stderr)
}

/// (rule, name, line, column, end_line, end_column) of each finding.
fn places(out: &Value) -> Vec<(String, String, u64, u64, u64, u64)> {
    out["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let n = |k: &str| f[k].as_u64().unwrap();
            (
                f["rule"].as_str().unwrap().to_owned(),
                f["name"].as_str().unwrap_or("").to_owned(),
                n("line"),
                n("column"),
                n("end_line"),
                n("end_column"),
            )
        })
        .collect()
}

fn place(rule: &str, name: &str, at: [u64; 4]) -> (String, String, u64, u64, u64, u64) {
    (rule.into(), name.into(), at[0], at[1], at[2], at[3])
}

/// Line and column (from 1, in characters) where `needle` starts in `text`.
fn find(text: &str, needle: &str) -> [u64; 2] {
    let at = text.find(needle).unwrap();
    let line = text[..at].matches('\n').count() + 1;
    let column = text[..at].rsplit('\n').next().unwrap().chars().count() + 1;
    [line as u64, column as u64]
}

#[test]
fn findings_point_at_the_value_in_the_har_file() {
    let sb = Sandbox::new();
    let path = sb.dir.path().join("capture.har");
    fs::write(&path, CAPTURE).unwrap();
    let (code, out, _) = lint(&sb, &[path.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(
        places(&out),
        [
            place("credential-in-query", "api_key", [10, 60, 10, 82]),
            place("literal-secret", "Authorization", [12, 56, 12, 89]),
            place("credential-in-cookie", "session_id", [16, 46, 16, 78]),
            place("credential-in-body", "client_secret", [20, 115, 20, 138]),
        ]
    );
    // The same places, found independently in the text.
    for (secret, f) in SECRETS.iter().zip(places(&out)) {
        assert_eq!(find(CAPTURE, secret), [f.2, f.3], "{secret}");
    }
    assert_eq!(out["summary"]["requests"], 1);
    // The excerpt is the HAR file's own line, the value redacted and underlined.
    let run = sb.run(&["-q", "lint", path.to_str().unwrap()]);
    let query = format!(
        "  --> {}:10:60
   |
10 |           \"url\": \"https://api.example.com/v1/token?api_key=k_3f…\",
   |                                                            ^^^^^
",
        path.display()
    );
    assert!(run.stdout.contains(&query), "{}", run.stdout);
    // Every credential on the line is redacted, not only the finding's own.
    let cookie = "16 |             {\"name\": \"session_id\", \"value\": \"a8f5…\"}\n";
    assert!(run.stdout.contains(cookie), "{}", run.stdout);
    let params = "20 |             \"params\": [{\"name\": \"grant_type\", \"value\": \"client_credentials\"}, {\"name\": \"client_secret\", \"value\": \"cs_9…\"}]\n";
    assert!(run.stdout.contains(params), "{}", run.stdout);
}

#[test]
fn a_minified_har_shows_a_redacted_window_of_its_one_line() {
    let sb = Sandbox::new();
    // As browsers write it: every credential twice, the copies in lists no rule reads.
    let mut capture: Value = serde_json::from_str(CAPTURE).unwrap();
    let request = &mut capture["log"]["entries"][0]["request"];
    let cookie = format!("other=1; session_id={}", SECRETS[2]);
    let headers = request["headers"].as_array_mut().unwrap();
    headers.push(serde_json::json!({"name": "Cookie", "value": cookie}));
    request["queryString"] = serde_json::json!([{"name": "api_key", "value": SECRETS[0]}]);
    request["postData"]["text"] =
        format!("grant_type=client_credentials&client_secret={}", SECRETS[3]).into();
    let mut text = capture.to_string();
    // A long response body after the request, and long padding before the value.
    text = text.replace(
        "\"text\":\"{}\"",
        &format!("\"text\":\"{}\"", "r".repeat(5000)),
    );
    text = text.replace("/v1/token", &format!("/v1/{}/token", "p".repeat(400)));
    let path = sb.dir.path().join("min.har");
    fs::write(&path, &text).unwrap();
    let run = sb.run(&["-q", "lint", path.to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    // The finding is the URL's copy (serde_json writes members sorted: `queryString` first).
    let at = find(&text, &format!("token?api_key={}", SECRETS[0]));
    assert!(
        run.stdout.contains(&format!(
            "min.har:1:{}\n",
            at[1] + "token?api_key=".len() as u64
        )),
        "{}",
        run.stdout
    );
    let excerpts: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.starts_with("1 | "))
        .collect();
    assert_eq!(excerpts.len(), 4, "{}", run.stdout);
    for excerpt in excerpts {
        let shown = &excerpt["1 | ".len()..];
        assert!(shown.chars().count() <= 170, "{shown}");
        assert!(shown.starts_with('…') && shown.ends_with('…'), "{shown}");
        assert!(!shown.contains("rrrr"), "no response body: {shown}");
    }
    for secret in SECRETS {
        assert!(!run.stdout.contains(&secret[4..]), "{}", run.stdout);
    }
}

#[test]
fn har_on_stdin_or_by_another_name_is_linted_the_same_and_never_shows_a_secret() {
    let sb = Sandbox::new();
    let har = sb.dir.path().join("capture.har");
    let json = sb.dir.path().join("capture.json");
    fs::write(&har, CAPTURE).unwrap();
    fs::write(&json, CAPTURE).unwrap();
    let (_, expected, _) = lint(&sb, &[har.to_str().unwrap()]);
    let expected = places(&expected);
    assert_eq!(expected.len(), 4);
    let (_, out, _) = lint(&sb, &[json.to_str().unwrap()]);
    assert_eq!(places(&out), expected, "capture.json");
    for args in [
        &["-q", "lint", "--format", "json"][..],
        &["-q", "lint", "--format", "json", "-"],
    ] {
        let run = sb.run_with_stdin(args, CAPTURE.as_bytes());
        assert_eq!(places(&run.json()), expected, "{args:?}");
        assert_eq!(run.json()["findings"][0]["file"], "<stdin>");
    }
    if cfg!(target_os = "linux") {
        // A path that is a pipe (`keyward lint <(…)`) is read once, not sniffed first.
        let run = sb.run_with_stdin(
            &["-q", "lint", "--format", "json", "/dev/stdin"],
            CAPTURE.as_bytes(),
        );
        assert_eq!(places(&run.json()), expected, "/dev/stdin");
    }
    let minified = serde_json::from_str::<Value>(CAPTURE).unwrap().to_string();
    for format in ["text", "json", "sarif", "github"] {
        let runs = [
            sb.run(&["-q", "lint", "--format", format, har.to_str().unwrap()]),
            sb.run(&["-q", "lint", "--format", format, json.to_str().unwrap()]),
            sb.run_with_stdin(&["-q", "lint", "--format", format], CAPTURE.as_bytes()),
            sb.run_with_stdin(
                &["-q", "lint", "--format", format, "-"],
                minified.as_bytes(),
            ),
            sb.run(&[
                "-q", "lint", "--format", format, "--from", "har", "-c", &minified,
            ]),
        ];
        for (i, run) in runs.iter().enumerate() {
            assert_eq!(run.code, 1, "{format} #{i}: {}", run.stderr);
            for secret in SECRETS {
                assert!(
                    !run.stdout.contains(&secret[4..]),
                    "{format} #{i}: {}",
                    run.stdout
                );
            }
        }
    }
}

#[test]
fn a_bad_entry_is_skipped_with_its_line_and_never_its_values() {
    let sb = Sandbox::new();
    let path = sb.dir.path().join("bad.har");
    fs::write(
        &path,
        format!(
            r#"{{"log": {{"entries": [
  {{"request": {{"url": "https://a.example/?api_key=k_1a2b3c4d5e6f7a8b9c0d", "headers": []}}}},
  {{"request": {{"url": "https://b.example/", "headers": ["Authorization: Bearer {STRIPE}"]}}}},
  {{"request": {{"url": "https://c.example/", "headers": [{{"name": "X", "value": {{"token": "{STRIPE}"}}}}]}}}},
  {{"request": {{"url": "https://d.example/?access_token=t_1a2b3c4d5e6f7a8b9c0d"}}}}
]}}}}
"#
        ),
    )
    .unwrap();
    let (code, out, stderr) = lint(&sb, &[path.to_str().unwrap()]);
    assert_eq!(code, 2, "part of the input could not be read");
    let found: Vec<(String, String, u64, u64, u64, u64)> = places(&out);
    assert_eq!(
        found
            .iter()
            .map(|f| (f.1.as_str(), f.2))
            .collect::<Vec<_>>(),
        [("api_key", 2), ("access_token", 5)],
        "the other entries are linted"
    );
    assert_eq!(out["summary"]["requests"], 2);
    assert!(
        stderr.contains("bad.har: skipped entry at line 3: `headers` is not a list of name/value objects (line 3, column 57)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("bad.har: skipped entry at line 4: `headers[].value` is not a string (line 4, column 80)"),
        "{stderr}"
    );
    assert!(!stderr.contains("4eC3"), "{stderr}");
}

#[test]
fn a_malformed_entry_names_its_line_and_column_but_not_its_value() {
    let sb = Sandbox::new();
    let path = sb.dir.path().join("malformed.har");
    fs::write(
        &path,
        format!(
            "{{\"log\": {{\"entries\": [\n{{\"request\": {{\"url\": \"https://a.example/\",\n  \"headers\": [{{\"name\": \"Authorization\" \"value\": \"Bearer {STRIPE}\"}}]}}}}\n]}}}}\n"
        ),
    )
    .unwrap();
    let run = sb.run(&["-q", "lint", path.to_str().unwrap()]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains(
            "malformed.har: skipped entry at line 2: the request is not valid JSON: expected ',' or '}' (line 3, column 40)"
        ),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("4eC3") && !run.stdout.contains("4eC3"));
    run.assert_clean_failure();
}

#[test]
fn null_values_are_empty() {
    let sb = Sandbox::new();
    let path = sb.dir.path().join("nulls.har");
    fs::write(
        &path,
        r#"{"log": {"entries": [{"request": {"method": "GET", "url": "https://a.example/?key=k_1a2b3c4d5e6f7a8b9c0d",
  "headers": [{"name": "Accept", "value": null}], "cookies": [{"name": "sid", "value": null}],
  "postData": null, "queryString": null}}]}}"#,
    )
    .unwrap();
    let (code, out, stderr) = lint(&sb, &[path.to_str().unwrap()]);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.is_empty(), "{stderr}");
    assert_eq!(
        places(&out),
        [place("credential-in-query", "key", [1, 83, 1, 105])]
    );
}

#[test]
fn multipart_form_params_are_linted() {
    let sb = Sandbox::new();
    for mime in [r#""mimeType": "multipart/form-data; boundary=----x", "#, ""] {
        let path = sb.dir.path().join("upload.har");
        fs::write(
            &path,
            format!(
                r#"{{"log": {{"entries": [{{"request": {{"method": "POST", "url": "https://api.example.com/v1/upload",
  "postData": {{{mime}"params": [
    {{"name": "file", "fileName": "report.pdf", "contentType": "application/pdf"}},
    {{"name": "api_key", "value": "k_1a2b3c4d5e6f7a8b9c0d"}}]}}}}}}]}}}}"#
            ),
        )
        .unwrap();
        let (code, out, stderr) = lint(&sb, &[path.to_str().unwrap()]);
        assert_eq!(code, 1, "{mime}: {stderr}");
        assert_eq!(
            places(&out),
            [place("credential-in-body", "api_key", [4, 35, 4, 57])],
            "{mime}"
        );
    }
}

#[test]
fn responses_are_read_for_tokens_and_session_cookies_they_hand_out() {
    let sb = Sandbox::new();
    let refresh = "q8Zt2WmLr5Xn1KpVb7HdYc3FsJ9gTe4R";
    let session = "Zx81mQ0pLr7Tv2WnQk9";
    let har = format!(
        r#"{{"log": {{"version": "1.2", "entries": [
 {{"request": {{"method": "POST", "url": "https://auth.example.com/oauth/token", "headers": [], "cookies": []}},
  "response": {{"status": 200,
   "headers": [{{"name": "Set-Cookie", "value": "sessionid={session}; Path=/; HttpOnly"}}, {{"name": "Set-Cookie", "value": "theme=dark"}}],
   "cookies": [{{"name": "sessionid", "value": "{session}"}}],
   "content": {{"mimeType": "application/json", "text": "{{\"refresh_token\":\"{refresh}\",\"token_type\":\"Bearer\",\"expires_in\":3600}}"}}}}}}
]}}}}
"#
    );
    let path = sb.dir.path().join("login.har");
    fs::write(&path, &har).unwrap();
    let (code, out, _) = lint(&sb, &[path.to_str().unwrap()]);
    assert_eq!(code, 1);
    let mut cookie_at = find(&har, &format!("sessionid={session}"));
    cookie_at[1] += "sessionid=".len() as u64;
    let token_at = find(&har, refresh);
    let found = places(&out);
    assert_eq!(
        found,
        [
            place(
                "literal-secret",
                "sessionid",
                [
                    cookie_at[0],
                    cookie_at[1],
                    cookie_at[0],
                    cookie_at[1] + session.len() as u64
                ]
            ),
            place(
                "literal-secret",
                "refresh_token",
                [
                    token_at[0],
                    token_at[1],
                    token_at[0],
                    token_at[1] + refresh.len() as u64
                ]
            ),
        ],
        "the session cookie once (the Set-Cookie header, not again from the list), the body's token, and no finding for `theme`"
    );
    let text = out.to_string();
    assert!(!text.contains(session) && !text.contains(refresh), "{text}");
}

#[test]
fn a_response_too_large_to_keep_is_said_to_be_unread() {
    let sb = Sandbox::new();
    let body = "x".repeat(5 << 20);
    let har = format!(
        r#"{{"log": {{"entries": [{{"request": {{"url": "https://a.example/"}}, "response": {{"content": {{"text": "{body}"}}}}}}]}}}}"#
    );
    let path = sb.dir.path().join("big.har");
    fs::write(&path, har).unwrap();
    let (code, _, stderr) = lint(&sb, &[path.to_str().unwrap()]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("its response is over 4 MiB; its cookies and body were not read"),
        "{stderr}"
    );
}
