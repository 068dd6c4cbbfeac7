//! `keyward lint` end to end: every input kind, the rules, the report formats, suppression.

mod common;

use std::fs;
use std::path::PathBuf;

use common::{Sandbox, vectors};
use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/lint")
        .join(name)
}

/// (rule, location, name, line) of each finding, from the JSON report.
fn findings(out: &Value) -> Vec<(String, String, String, u64)> {
    out["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_owned(),
                f["location"].as_str().unwrap().to_owned(),
                f["name"].as_str().unwrap_or("").to_owned(),
                f["line"].as_u64().unwrap(),
            )
        })
        .collect()
}

fn lint_json(sb: &Sandbox, args: &[&str]) -> (i32, Value) {
    let mut all = vec!["-q", "lint", "--format", "json"];
    all.extend_from_slice(args);
    let run = sb.run(&all);
    (
        run.code,
        serde_json::from_str(&run.stdout).unwrap_or(Value::Null),
    )
}

fn tuple(rule: &str, location: &str, name: &str, line: u64) -> (String, String, String, u64) {
    (rule.into(), location.into(), name.into(), line)
}

#[test]
fn a_script_with_curl_wget_and_httpie() {
    let sb = Sandbox::new();
    let (code, out) = lint_json(&sb, &[fixture("deploy.sh").to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(
        findings(&out),
        [
            tuple("credential-in-query", "query", "api_key", 5),
            tuple("literal-secret", "file", "password", 8),
            tuple("credential-over-http", "scheme", "http", 9),
            tuple("credential-over-http", "scheme", "http", 10),
            // A password in a login request's body is where it belongs; written out, it is not.
            tuple("literal-secret", "file", "password", 10),
        ]
    );
    let query = &out["findings"][0];
    assert_eq!(query["redacted"], "$API_KEY", "a reference is shown whole");
    assert_eq!(query["column"], 54);
    assert_eq!(query["secret_kind"], "api_key");
    assert!(
        query["fix"]
            .as_str()
            .unwrap()
            .contains("-H \"Authorization: Bearer $API_KEY\"")
    );
    assert_eq!(out["summary"]["requests"], 4);
}

#[test]
fn markdown_code_blocks_and_console_transcripts() {
    let sb = Sandbox::new();
    let (_, out) = lint_json(&sb, &[fixture("README.md").to_str().unwrap()]);
    // The python block is no shell block, but the URL in it is still a request.
    assert_eq!(
        findings(&out),
        [
            tuple("credential-in-query", "query", "appid", 6),
            tuple("credential-in-query", "query", "api_key", 14)
        ]
    );
    assert_eq!(out["summary"]["requests"], 3);
}

#[test]
fn chrome_copies_for_bash_and_cmd() {
    let sb = Sandbox::new();
    let (_, out) = lint_json(&sb, &[fixture("chrome-bash.sh").to_str().unwrap()]);
    assert_eq!(
        findings(&out),
        [
            tuple("credential-in-query", "query", "access_token", 1),
            tuple("credential-in-cookie", "cookie", "session_id", 3),
            // JSON without a JSON Content-Type is still read as JSON.
            tuple("credential-in-body", "body", "token", 4),
        ]
    );
    let (_, out) = lint_json(&sb, &[fixture("chrome-cmd.bat").to_str().unwrap()]);
    assert_eq!(
        findings(&out),
        [tuple("credential-in-query", "query", "key", 1)]
    );
    assert_eq!(out["findings"][0]["column"], 45);
}

#[test]
fn http_files_and_raw_requests() {
    let sb = Sandbox::new();
    let (_, out) = lint_json(&sb, &[fixture("requests.http").to_str().unwrap()]);
    assert_eq!(
        findings(&out),
        [
            tuple("literal-secret", "file", "api_token", 1),
            tuple("credential-in-query", "query", "token", 5),
            tuple("literal-secret", "file", "password", 12),
            tuple("credential-in-body", "body", "api_key", 18),
        ]
    );
    let (_, out) = lint_json(&sb, &[fixture("token-request.txt").to_str().unwrap()]);
    assert_eq!(
        findings(&out),
        [tuple("credential-in-body", "body", "client_secret", 5)]
    );
}

#[test]
fn har_files_are_streamed_entry_by_entry() {
    let sb = Sandbox::new();
    let (code, out) = lint_json(&sb, &[fixture("capture.har").to_str().unwrap()]);
    assert_eq!(code, 1);
    let got = findings(&out);
    let rules: Vec<&str> = got.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(
        rules,
        [
            "credential-in-query",
            "credential-over-http",
            "literal-secret",
            "presigned-url"
        ]
    );
    assert_eq!(out["findings"][0]["secret_kind"], "google-api-key");
    assert!(
        out["findings"][0]["fix"]
            .as_str()
            .unwrap()
            .contains("x-goog-api-key")
    );
    assert!(
        out["findings"][3]["message"]
            .as_str()
            .unwrap()
            .contains("900 s")
    );
    assert_eq!(out["summary"]["requests"], 3);
    // Lines point into the HAR file, in order.
    let lines: Vec<u64> = got.iter().map(|f| f.3).collect();
    assert!(
        lines.windows(2).all(|w| w[0] <= w[1]) && lines[0] > 5,
        "{lines:?}"
    );
    let broken = sb.dir.path().join("broken.har");
    fs::write(&broken, "{\"log\": {\"entries\": [ {\"request\": ").unwrap();
    let run = sb.run(&["lint", broken.to_str().unwrap()]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("broken.har") && run.stderr.contains("not a HAR file"),
        "{}",
        run.stderr
    );
}

#[test]
fn commands_as_arguments_strings_and_stdin() {
    let sb = Sandbox::new();
    let run = sb.run(&[
        "-q",
        "lint",
        "--format",
        "json",
        "--",
        "curl",
        "-u",
        "deploy:Rk8vT2qLm",
        "http://api.example.com/",
    ]);
    assert_eq!(run.code, 1);
    let out: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        findings(&out),
        [tuple("credential-over-http", "scheme", "http", 1)]
    );
    let run = sb.run_with_stdin(
        &["-q", "lint", "--format", "json"],
        b"curl 'https://a.example/?token=abc123'\n",
    );
    let out: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(out["findings"][0]["file"], "<stdin>");
    let clean = sb.run(&[
        "-q",
        "lint",
        "-c",
        "curl -H 'Authorization: Bearer $TOKEN' https://api.example.com/",
    ]);
    assert_eq!(clean.code, 0);
    assert_eq!(clean.stdout, "no findings in 1 input\n");
}

#[test]
fn text_reports_underline_the_redacted_value() {
    let sb = Sandbox::new();
    let run = sb.run(&[
        "-q",
        "lint",
        "-c",
        "curl -s 'https://api.example.com/v1?api_key=sk_live_4eC39HqLyjWDarjtT1zdp7dcX'",
    ]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stdout,
        "error[credential-in-query]: Stripe secret key `api_key` in the query string of https://api.example.com/v1
 --> <command line>:1:45
  |
1 | curl -s 'https://api.example.com/v1?api_key=sk_l…'
  |                                             ^^^^^
  = why: query strings are written to server and proxy logs, browser history and Referer headers (OWASP API2:2023, RFC 6750 §2.3)
  = fix: curl -H \"Authorization: Bearer $API_KEY\" -s https://api.example.com/v1

1 finding (1 error, 0 warnings, 0 info) in 1 input
"
    );
    assert!(!run.stdout.contains("4eC39"), "the secret is not printed");
}

#[test]
fn no_raw_secret_reaches_any_format() {
    let sb = Sandbox::new();
    let secret = "sk_live_4eC39HqLyjWDarjtT1zdp7dcX";
    let command =
        format!("curl 'http://api.example.com/v1?api_key={secret}' -d password=hunter2hunter2");
    for format in ["text", "json", "sarif", "github"] {
        let run = sb.run(&["-q", "lint", "--format", format, "-c", &command]);
        assert_eq!(run.code, 1, "{format}");
        assert!(
            !run.stdout.contains(&secret[4..]),
            "{format}: {}",
            run.stdout
        );
        assert!(!run.stdout.contains("hunter2hunter2"), "{format}");
    }
}

#[test]
fn sarif_output_validates_against_the_schema() {
    let sb = Sandbox::new();
    let run = sb.run(&[
        "-q",
        "lint",
        "--format",
        "sarif",
        fixture("deploy.sh").to_str().unwrap(),
        fixture("capture.har").to_str().unwrap(),
    ]);
    assert_eq!(run.code, 1);
    let sarif: Value = serde_json::from_str(&run.stdout).unwrap();
    let text = fs::read_to_string(vectors().join("sarif/sarif-schema-2.1.0.json")).unwrap();
    // The OASIS schema's `language` patterns end in an unescaped `]?`, which ECMA-262 reads as a
    // literal `]` and Rust's regex engines reject: escape it, same meaning.
    let unescaped = "[a-zA-Z]{2}]?$";
    assert_eq!(text.matches(unescaped).count(), 2);
    let text = text.replace(unescaped, "[a-zA-Z]{2}\\\\]?$");
    let schema: Value = serde_json::from_str(&text).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 9);
    assert_eq!(results[0]["ruleId"], "credential-in-query");
    assert!(
        results[0]["partialFingerprints"]["keyward/v1"]
            .as_str()
            .unwrap()
            .len()
            == 32
    );
}

#[test]
fn github_annotations() {
    let sb = Sandbox::new();
    let run = sb.run(&[
        "-q",
        "lint",
        "--format",
        "github",
        "-c",
        "curl -u deploy:Rk8vT2qLm http://api.example.com/",
    ]);
    assert_eq!(
        run.stdout,
        "::error file=<command line>,line=1,col=26,endLine=1,endColumn=30,title=credential-over-http::credentials sent to api.example.com over plain http://%0Afix: use https://api.example.com\n"
    );
}

#[test]
fn fail_on_and_ignore() {
    let sb = Sandbox::new();
    let cookie = "curl -b 'session=abcdef0123456789' https://a.example/";
    assert_eq!(
        sb.run(&["-q", "lint", "-c", cookie]).code,
        0,
        "info does not fail by default"
    );
    assert_eq!(
        sb.run(&["-q", "lint", "--fail-on", "info", "-c", cookie])
            .code,
        1
    );
    let body = "curl -d 'client_secret=abcdef123' https://a.example/token";
    assert_eq!(
        sb.run(&["-q", "lint", "--fail-on", "error", "-c", body])
            .code,
        0
    );
    let (code, out) = lint_json(&sb, &["--ignore", "credential-in-body", "-c", body]);
    assert_eq!((code, out["summary"]["findings"].as_u64()), (0, Some(0)));
    let bad = sb.run(&["lint", "--ignore", "no-such-rule", "-c", body]);
    assert_eq!(bad.code, 2);
}

#[test]
fn inline_markers_baselines_and_project_settings() {
    let sb = Sandbox::new();
    let script = sb.dir.path().join("s.sh");
    fs::write(
        &script,
        "curl 'https://a.example/?api_key=k1k1k1k1' # keyward:allow\ncurl 'https://a.example/?token=t2t2t2t2' # gitleaks:allow\ncurl 'https://a.example/?key=k3k3k3k3'\n",
    )
    .unwrap();
    let path = script.to_str().unwrap();
    let (_, out) = lint_json(&sb, &[path]);
    assert_eq!(
        findings(&out),
        [tuple("credential-in-query", "query", "key", 3)]
    );
    // A baseline accepts today's findings; moved lines keep their fingerprints.
    let baseline = sb.dir.path().join("baseline.json");
    let run = sb.run(&[
        "-q",
        "lint",
        "--write-baseline",
        baseline.to_str().unwrap(),
        path,
    ]);
    assert_eq!(run.code, 1);
    fs::write(
        &script,
        format!("\n\n{}", fs::read_to_string(&script).unwrap()),
    )
    .unwrap();
    let (code, out) = lint_json(&sb, &["--baseline", baseline.to_str().unwrap(), path]);
    assert_eq!((code, out["summary"]["findings"].as_u64()), (0, Some(0)));
    // The same file named relative to the current directory is the same file.
    let (code, _) = lint_json(&sb, &["--baseline", baseline.to_str().unwrap(), "./s.sh"]);
    assert_eq!(code, 0, "./s.sh and the absolute path are one file");
    // A baselined placeholder does not hide the real key that later replaces it.
    let docs = sb.dir.path().join("docs.sh");
    fs::write(&docs, "curl 'https://a.example/?key=$API_KEY'\n").unwrap();
    let docs_baseline = sb.dir.path().join("docs-baseline.json");
    let docs_path = docs.to_str().unwrap();
    let run = sb.run(&[
        "-q",
        "lint",
        "--write-baseline",
        docs_baseline.to_str().unwrap(),
        docs_path,
    ]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    fs::write(&docs, "curl 'https://a.example/?key=k9Zq4vT2mW8x'\n").unwrap();
    let (code, out) = lint_json(
        &sb,
        &["--baseline", docs_baseline.to_str().unwrap(), docs_path],
    );
    assert_eq!(code, 1);
    assert_eq!(out["summary"]["findings"], 1, "{out}");
    // A new placement is a new finding, and so is a different secret at an accepted place.
    fs::write(
        &script,
        "curl 'https://a.example/?key=Q7vLm2Xp9sKd'\ncurl 'https://b.example/?key=k3k3k3k3'\n",
    )
    .unwrap();
    let (_, out) = lint_json(&sb, &["--baseline", baseline.to_str().unwrap(), path]);
    assert_eq!(
        findings(&out),
        [
            tuple("credential-in-query", "query", "key", 1),
            tuple("credential-in-query", "query", "key", 2)
        ]
    );
    // .keyward.toml in the current directory.
    fs::write(
        sb.dir.path().join(".keyward.toml"),
        "[lint]\nignore = [\"credential-in-query\"]\n",
    )
    .unwrap();
    let (code, out) = lint_json(&sb, &[path]);
    assert_eq!((code, out["summary"]["findings"].as_u64()), (0, Some(0)));
    fs::write(
        sb.dir.path().join(".keyward.toml"),
        "[lint]\nfail-on = 'nope'\n",
    )
    .unwrap();
    let run = sb.run(&["lint", path]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains(".keyward.toml (line 2)"),
        "{}",
        run.stderr
    );
}

#[test]
fn directories_respect_gitignore_and_unreadable_files_do_not_stop_the_rest() {
    let sb = Sandbox::new();
    let root = sb.dir.path().join("repo");
    fs::create_dir_all(root.join("ignored")).unwrap();
    fs::create_dir_all(root.join(".git")).unwrap();
    fs::write(root.join(".gitignore"), "ignored/\n").unwrap();
    fs::write(
        root.join("a.sh"),
        "curl 'https://a.example/?api_key=abc123'\n",
    )
    .unwrap();
    fs::write(
        root.join("ignored/b.sh"),
        "curl 'https://a.example/?api_key=abc123'\n",
    )
    .unwrap();
    fs::write(root.join("blob.bin"), [0xff, 0xfe, 0x00]).unwrap();
    // Hidden files are read (that is where `.env` files are); git's own directory is not.
    fs::write(
        root.join(".git/config.sh"),
        "curl 'https://a.example/?api_key=abc123'\n",
    )
    .unwrap();
    fs::create_dir_all(root.join(".github")).unwrap();
    fs::write(
        root.join(".github/ci.sh"),
        "curl 'https://a.example/?api_key=abc123'\n",
    )
    .unwrap();
    // Latin-1 text is still text.
    fs::write(
        root.join("latin1.sh"),
        b"# caf\xe9\ncurl 'https://a.example/?api_key=abc123'\n",
    )
    .unwrap();
    let (code, out) = lint_json(&sb, &[root.to_str().unwrap()]);
    assert_eq!(code, 1);
    let mut files: Vec<&str> = out["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["file"].as_str().unwrap().rsplit("repo/").next().unwrap())
        .collect();
    files.sort();
    assert_eq!(files, [".github/ci.sh", "a.sh", "latin1.sh"]);
    let missing = sb.dir.path().join("missing.sh");
    let run = sb.run(&[
        "-q",
        "lint",
        "--format",
        "json",
        root.join("a.sh").to_str().unwrap(),
        missing.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 2, "an unreadable input is an error");
    let out: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        out["summary"]["findings"], 1,
        "the readable one was still linted"
    );
    assert!(run.stderr.contains("missing.sh"), "{}", run.stderr);
}

mod arbitrary_input {
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        #[test]
        fn parsers_never_panic(text in "(curl|wget|http|https|POST /|GET https://a|###|@a = b|\\$'|\\^\"|'|\"|\\\\|-[A-Za-z]{1,3}|--[a-z-]{1,12}=?|[a-z0-9:/?&=%@.{}\\[\\]#;| \\n\\r\\t]{1,8}){0,24}") {
            let source = keyward::lint::Source::new("t", text.clone());
            for kind in [
                keyward::cli::InputKind::Auto,
                keyward::cli::InputKind::Http,
                keyward::cli::InputKind::Markdown,
                keyward::cli::InputKind::Har,
            ] {
                let _ = keyward::lint::lint_source(&source, kind, keyward::lint::rules::Origin::File);
            }
        }

        #[test]
        fn the_scanner_never_panics(text in "(AKIA|ghp_|api_key|token: |= '|\"|-----BEGIN |PRIVATE KEY-----|AccountKey=|:AA|bot|postgres://a:|@|name: |value: |Bearer |sk-|-us|Q~|\\|\n|[A-Za-z0-9+/=_.-]{1,12}){0,30}") {
            for name in ["t.py", "t.log", "t.sh", "t.yaml"] {
                let source = keyward::lint::Source::new(name, text.clone());
                let _ = keyward::lint::lint_source(&source, keyward::cli::InputKind::Auto, keyward::lint::rules::Origin::File);
            }
        }

        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            let text = String::from_utf8_lossy(&bytes).into_owned();
            let source = keyward::lint::Source::new("t", text);
            let _ = keyward::lint::lint_source(&source, keyward::cli::InputKind::Auto, keyward::lint::rules::Origin::File);
            let _ = keyward::lint::har::for_each_request(&bytes[..], |_, _| {});
        }
    }
}

#[test]
fn rules_are_listed_and_explained() {
    let sb = Sandbox::new();
    let list = sb.run(&["lint", "--list-rules"]);
    assert_eq!(list.code, 0);
    let ids: Vec<&str> = list
        .stdout
        .lines()
        .skip(1)
        .map(|l| l.split_whitespace().next().unwrap())
        .collect();
    assert!(ids.contains(&"credential-in-query") && ids.contains(&"presigned-url"));
    assert_eq!(ids.len(), 10);
    let json = sb.run(&["lint", "--list-rules", "--format", "json"]);
    let rules: Value = serde_json::from_str(&json.stdout).unwrap();
    for rule in rules.as_array().unwrap() {
        for field in ["id", "severity", "summary", "why", "fix"] {
            assert!(rule[field].is_string(), "{field} in {rule}");
        }
    }
    // Every rule a finding names can be explained.
    let found = sb.run(&["lint", "-c", "curl 'http://a.example/?api_key=abc123'"]);
    let rule = found.stdout.split(['[', ']']).nth(1).unwrap().to_owned();
    let explained = sb.run(&["lint", "--explain", &rule]);
    assert_eq!(explained.code, 0);
    assert!(explained.stdout.contains("why: ") && explained.stdout.contains("fix: "));
    let unknown = sb.run(&["lint", "--explain", "credential-in-querystring"]);
    assert_eq!(unknown.code, 2);
    assert!(
        unknown.stderr.contains("no such rule"),
        "{}",
        unknown.stderr
    );
}

#[test]
fn fixes_rewrite_each_client_in_its_own_syntax() {
    let sb = Sandbox::new();
    let fixes = |command: &str| -> Vec<String> {
        let (_, out) = lint_json(&sb, &["-c", command]);
        out["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|f| f["fix"].as_str().map(str::to_owned))
            .collect()
    };
    // HTTPie takes request items after the URL; its default http:// becomes https://.
    assert!(
        fixes("xh get api.example.com/x token==abcd1234 limit==5").contains(
            &"xh get https://api.example.com/x limit==5 \"Authorization: Bearer $API_KEY\"".into()
        )
    );
    assert!(
        fixes("wget -q 'http://api.example.com/x?access_token=abcd1234'").contains(
            &"wget --header=\"Authorization: Bearer $ACCESS_TOKEN\" -q https://api.example.com/x"
                .into()
        )
    );
    // Quoted dollars stay literal, expansions stay expansions.
    assert!(
        fixes(r#"curl -H 'X-Home: $HOME' "https://a.example/x?api_key=abcd1234efgh&u=$USER""#)
            .contains(
                &r#"curl -H "Authorization: Bearer $API_KEY" -H 'X-Home: $HOME' "https://a.example/x?u=$USER""#
                    .into()
            )
    );
    assert!(
        fixes(r#"curl -H "X-Price: \$5" 'https://a.example/x?api_key=abcd1234efgh'"#).contains(
            &r#"curl -H "Authorization: Bearer $API_KEY" -H 'X-Price: $5' https://a.example/x"#
                .into()
        )
    );
    // A request that already sends Authorization keeps it, and gets no second one.
    assert!(
        fixes("curl -H 'Authorization: token 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' 'https://api.github.com/x?access_token=abcd1234efgh'")
            .contains(&r#"curl -H "Authorization: token $API_KEY" https://api.github.com/x"#.into())
    );
    assert!(
        fixes("curl --url=http://a.example/x?token=abcd1234efgh").contains(
            &r#"curl -H "Authorization: Bearer $API_KEY" --url=https://a.example/x"#.into()
        )
    );
    assert!(
        fixes("curl -d 'user=bob&password=abcd1234' https://api.example.com/v1/items").contains(
            &"drop `password` from the body and use HTTP Basic authentication: `-u \"$API_USER:$PASSWORD\"`".into()
        )
    );
}

#[test]
fn values_ending_in_multibyte_characters_are_placed_and_redacted() {
    let sb = Sandbox::new();
    let (code, out) = lint_json(
        &sb,
        &[
            "-c",
            "curl 'https://a.example.com/?api_key=sk_live_4eC39HqLyjWDarjtT1zdp7dc' 'https://b.example.com/?token=abcdefgé' -u 'bob:Geheimnis€'",
        ],
    );
    assert_eq!(code, 1);
    let token = &out["findings"][1];
    assert_eq!(
        (token["name"].as_str(), token["end_column"].as_u64()),
        (Some("token"), Some(110))
    );
}

#[test]
fn a_tree_of_code_configs_and_logs_is_scanned_for_secrets_and_misplaced_ones() {
    let sb = Sandbox::new();
    let root = sb.dir.path().join("repo");
    for dir in ["src", "deploy", "logs"] {
        fs::create_dir_all(root.join(dir)).unwrap();
    }
    fs::write(
        root.join("src/client.py"),
        concat!(
            "import requests\n",
            "# ripsecrets misses this one: a generic `token = '…'` rule shadows Slack's\n",
            "token = 'xoxp-718093162245-4093755170331-Kq2mRzT8vWn4LcYp9HdXs7Fb'\n",
            "r = requests.get(\"https://api.example.com/v1/items?api_key=9f8e7d6c5b4a3928\")\n",
            "commit = \"9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c\"\n",
            "request_id = \"123e4567-e89b-12d3-a456-426614174000\"\n",
            "AWS_KEY = \"AKIAIOSFODNN7EXAMPLE\"\n",
        ),
    )
    .unwrap();
    fs::write(
        root.join("deploy/app.yaml"),
        "env:\n  - name: API_SECRET\n    value: \"5fbc0cdbcdfe02b4b369d64dd2bc9bad\"\n  - name: DB_URL\n    value: postgres://app:Zx81mQ0pLr7Tv2Wn@db:5432/x\n",
    )
    .unwrap();
    fs::write(
        root.join("logs/access.log.1"),
        "10.0.0.1 - - [28/Nov/2026:10:00:00 +0000] \"GET /v1/items?page=2 HTTP/1.1\" 200 5\n10.0.0.1 - - [28/Nov/2026:10:00:01 +0000] \"GET /v1/me?access_token=Qm9vT2sK7xLp HTTP/1.1\" 200 5\n",
    )
    .unwrap();
    fs::write(
        root.join(".env"),
        "GITHUB_TOKEN=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\nCACHE_BUSTER=ghp_1wuHFikBKQtCcH3EB2FBUkyn8krXhP0MWHxt\nSTRIPE_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nOLD_TOKEN=ghp_8wuHFikBKQtCcH3EB2FBUkyn8krXhP0MWHxt\n",
    )
    .unwrap();
    let (code, out) = lint_json(&sb, &[root.to_str().unwrap()]);
    assert_eq!(code, 1);
    let mut found: Vec<(String, u64, String, String)> = out["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["file"]
                    .as_str()
                    .unwrap()
                    .rsplit("repo/")
                    .next()
                    .unwrap()
                    .to_owned(),
                f["line"].as_u64().unwrap(),
                f["rule"].as_str().unwrap().to_owned(),
                f["secret_kind"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect();
    found.sort();
    let expect = |file: &str, line: u64, rule: &str, kind: &str| {
        (file.to_owned(), line, rule.to_owned(), kind.to_owned())
    };
    assert_eq!(
        found,
        [
            expect(".env", 1, "literal-secret", "github-token"),
            expect(".env", 2, "literal-secret", "github-token"),
            expect(".env", 4, "literal-secret", "token"),
            expect("deploy/app.yaml", 3, "literal-secret", "secret"),
            expect("deploy/app.yaml", 5, "literal-secret", "password"),
            expect("logs/access.log.1", 2, "credential-in-query", "token"),
            expect("src/client.py", 3, "literal-secret", "slack-token"),
            expect("src/client.py", 4, "credential-in-query", "api_key"),
        ],
        "git SHAs, UUIDs, documented examples and placeholders are no secrets"
    );
    // A token whose checksum fails is a note, a reference; under a credential name, its value is
    // a secret all the same.
    let on_line = |line: u64| {
        out["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["file"].as_str().unwrap().ends_with(".env") && f["line"] == line)
            .unwrap()
            .clone()
    };
    let made_up = on_line(2);
    assert_eq!(made_up["severity"], "info");
    assert_eq!(made_up["reference"], true);
    assert!(
        made_up["message"]
            .as_str()
            .unwrap()
            .contains("checksum fails"),
        "{made_up}"
    );
    let named = on_line(4);
    assert_eq!(named["severity"], "warning");
    assert_eq!(named["reference"], false);
    assert!(
        named["message"]
            .as_str()
            .unwrap()
            .contains("checksum fails"),
        "{named}"
    );
    // Every finding is redacted, and no secret reaches the report.
    let text = out.to_string();
    for secret in [
        "Kq2mRzT8vWn4",
        "9f8e7d6c5b4a3928",
        "Zx81mQ0pLr7Tv2Wn",
        "Qm9vT2sK7xLp",
        "5fbc0cdb",
    ] {
        assert!(!text.contains(secret), "{secret} in {text}");
    }
}

#[test]
fn the_detector_catalog_is_listed() {
    let sb = Sandbox::new();
    let run = sb.run(&["lint", "--list-detectors", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let list = run.json();
    let list = list.as_array().unwrap();
    assert!(list.len() >= 50, "{} formats", list.len());
    let github = list.iter().find(|d| d["id"] == "github-token").unwrap();
    assert_eq!(github["check"], "checksum");
    assert_eq!(github["provider"], "GitHub");
    let text = sb.run(&["lint", "--list-detectors"]);
    assert!(
        text.stdout
            .lines()
            .any(|l| l.starts_with("stripe-publishable-key"))
    );
}

#[test]
fn no_secret_is_shown_whatever_else_the_line_holds() {
    let sb = Sandbox::new();
    let telegram = "681514016:AA0GwDSB-S73je9775zVJQsL66TVs_2bL5q";
    let bad_checksum = "ghp_8aspm4G7VmSUfOoD6V1vrORcmn0iSH2JWh3e";
    let github = "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";
    let path = sb.dir.path().join("a.py");
    // A long minified line: the excerpt shows the value's surroundings, not the whole line.
    let filler = "x".repeat(5000);
    fs::write(
        &path,
        format!(
            "requests.get(\"https://api.telegram.org/bot{telegram}/x?token=Zx81mQ0pLr7Tv2WnA9sd8f7g\")\nurl = \"https://api.github.com/user?access_token={bad_checksum}\"\ntoken=\"{github}\"; other=\"{github}\"\nvar a='{filler}';api_key=\"Qm9vT2sK7xLpZx81\";var b='{filler}'\n"
        ),
    )
    .unwrap();
    for format in ["text", "json", "sarif", "github"] {
        let run = sb.run(&["lint", "--format", format, path.to_str().unwrap()]);
        assert_eq!(run.code, 1, "{format}: {}", run.stderr);
        for secret in [
            telegram,
            bad_checksum,
            github,
            "Zx81mQ0pLr7Tv2Wn",
            "Qm9vT2sK7xLp",
        ] {
            assert!(
                !run.stdout.contains(secret),
                "{format}: {secret} in {}",
                run.stdout
            );
        }
        if format == "text" {
            assert!(
                run.stdout.lines().all(|l| l.len() < 1000),
                "excerpts are windowed"
            );
        }
    }
}

#[test]
fn a_baselined_secret_does_not_hide_a_second_one_written_the_same_way() {
    let sb = Sandbox::new();
    let config = sb.dir.path().join("app.yaml");
    fs::write(&config, "dev:\n  password: Xk29aB7dLq0P\n").unwrap();
    let baseline = sb.dir.path().join("baseline.json");
    let path = config.to_str().unwrap();
    let run = sb.run(&[
        "-q",
        "lint",
        "--write-baseline",
        baseline.to_str().unwrap(),
        path,
    ]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    fs::write(
        &config,
        "dev:\n  password: Xk29aB7dLq0P\nprod:\n  password: Qz81mN3vT6rY\n",
    )
    .unwrap();
    let (code, out) = lint_json(&sb, &["--baseline", baseline.to_str().unwrap(), path]);
    assert_eq!(code, 1);
    assert_eq!(
        findings(&out),
        [tuple("literal-secret", "file", "password", 4)]
    );
}

#[test]
fn a_new_secret_at_a_baselined_place_is_reported_and_the_baseline_keeps_no_secret() {
    let sb = Sandbox::new();
    let env = sb.dir.path().join(".env");
    fs::write(
        &env,
        "STRIPE_KEY=sk_live_4eC39HqLyjWDarjtT1zdp7dc\nDB_PASSWORD=Xk29aB7dLq0P\n",
    )
    .unwrap();
    let run = sb.run(&["lint", "--write-baseline", "b.json", ".env"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("wrote 2 accepted findings to b.json"),
        "{}",
        run.stderr
    );
    let written = fs::read_to_string(sb.dir.path().join("b.json")).unwrap();
    for secret in ["4eC39HqLyjWDarjtT1zdp7dc", "Xk29aB7dLq0P", "Xk29", "4eC3"] {
        assert!(!written.contains(secret), "{written}");
    }
    let file: Value = serde_json::from_str(&written).unwrap();
    assert_eq!(file["keyward-baseline"], 2);
    for entry in file["findings"].as_array().unwrap() {
        assert_eq!(
            entry["tag"].as_str().map(str::len),
            Some(4),
            "16 bits: {entry}"
        );
    }
    let (code, out) = lint_json(&sb, &["--baseline", "b.json", ".env"]);
    assert_eq!((code, out["summary"]["findings"].as_u64()), (0, Some(0)));
    // The live key that replaces an accepted one is a new finding; the password is still accepted.
    fs::write(
        &env,
        "STRIPE_KEY=sk_live_51HqLyjWDarjtT1zdp7dcXy9\nDB_PASSWORD=Xk29aB7dLq0P\n",
    )
    .unwrap();
    let (code, out) = lint_json(&sb, &["--baseline", "b.json", ".env"]);
    assert_eq!(code, 1);
    assert_eq!(
        findings(&out),
        [tuple("literal-secret", "file", "STRIPE_KEY", 1)]
    );
    // Rewriting keeps the salt, so only the changed finding's line changes.
    let run = sb.run(&["-q", "lint", "--write-baseline", "b.json", ".env"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let rewritten: Value =
        serde_json::from_str(&fs::read_to_string(sb.dir.path().join("b.json")).unwrap()).unwrap();
    assert_eq!(rewritten["salt"], file["salt"]);
    let tags = |f: &Value| -> Vec<String> {
        f["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e.to_string())
            .collect()
    };
    let (before, after) = (tags(&file), tags(&rewritten));
    assert_eq!(
        before.iter().filter(|e| after.contains(e)).count(),
        1,
        "{before:?} {after:?}"
    );
    // A list of fingerprints, as earlier versions wrote, still works, by place only, and says so.
    let list: Vec<&Value> = file["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["fingerprint"])
        .collect();
    fs::write(
        sb.dir.path().join("old.json"),
        serde_json::to_string(&list).unwrap(),
    )
    .unwrap();
    let run = sb.run(&["lint", "--baseline", "old.json", ".env"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(run.stderr.contains("holds places only"), "{}", run.stderr);
}

#[test]
fn settings_and_baselines_hold_wherever_in_the_repository_keyward_runs() {
    let sb = Sandbox::new();
    let repo = sb.dir.path().join("repo");
    fs::create_dir_all(repo.join(".git")).unwrap();
    fs::create_dir_all(repo.join("app/vendor")).unwrap();
    fs::write(
        repo.join(".keyward.toml"),
        "[lint]\nbaseline = \"accepted.json\"\nexclude = [\"app/vendor/**\"]\n",
    )
    .unwrap();
    let query = "curl 'https://a.example/?api_key=k9Zq4vT2mW8x'\n";
    fs::write(repo.join("app/run.sh"), query).unwrap();
    fs::write(repo.join("app/vendor/theirs.sh"), query).unwrap();
    // Written from the root: the vendored script is excluded by the root's pattern.
    let mut cmd = sb.command();
    let run = cmd
        .current_dir(&repo)
        .args([
            "-q",
            "lint",
            "--format",
            "json",
            "--write-baseline",
            "accepted.json",
            ".",
        ])
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(report["summary"]["findings"], 1, "{report}");
    // Run from a subfolder, naming the file three ways: .keyward.toml is found up the tree, its
    // baseline applies, and the file is the same file.
    for name in ["run.sh", "./run.sh", "../app/run.sh"] {
        let mut cmd = sb.command();
        let run = cmd
            .current_dir(repo.join("app"))
            .args(["lint", name])
            .output()
            .unwrap();
        assert_eq!(
            run.status.code(),
            Some(0),
            "{name}: {}",
            String::from_utf8_lossy(&run.stdout)
        );
    }
    // The exclude pattern is the root's too, from the subfolder.
    let mut cmd = sb.command();
    let run = cmd
        .current_dir(repo.join("app"))
        .args(["-q", "lint", "--format", "json", "."])
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&run.stdout).unwrap();
    assert_eq!(report["summary"]["inputs"], 1, "{report}");
    // Above the repository, its settings are not read.
    let mut cmd = sb.command();
    let run = cmd
        .args(["-q", "lint", "repo/app/run.sh"])
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(1));
}

/// (file, line, rule, secret kind, severity, reference) of a finding.
type Found = (String, u64, String, String, String, bool);

/// Writes `files` (name, text) into a fresh folder and lints it: every finding, sorted, and the
/// report.
fn lint_tree(files: &[(&str, &str)]) -> (Vec<Found>, Value) {
    let sb = Sandbox::new();
    let root = sb.dir.path().join("tree");
    for (name, text) in files {
        let path = root.join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    let (_, out) = lint_json(&sb, &[root.to_str().unwrap()]);
    let mut found: Vec<_> = out["findings"]
        .as_array()
        .unwrap_or(&Vec::new())
        .iter()
        .map(|f| {
            (
                f["file"]
                    .as_str()
                    .unwrap()
                    .rsplit("tree/")
                    .next()
                    .unwrap()
                    .to_owned(),
                f["line"].as_u64().unwrap(),
                f["rule"].as_str().unwrap().to_owned(),
                f["secret_kind"].as_str().unwrap_or("").to_owned(),
                f["severity"].as_str().unwrap().to_owned(),
                f["reference"].as_bool().unwrap(),
            )
        })
        .collect();
    found.sort();
    (found, out)
}

#[test]
fn code_is_never_taken_for_a_secret() {
    let (found, out) = lint_tree(&[
        (
            "src/lib.rs",
            concat!(
                "pub struct Keys { shared_secret: SharedSecret, token: Token }\n",
                "let token = Token::Bracket {\n",
                "pub fn cfb128(key: UnboundCipherKey) -> Result<Key, Error> {\n",
                "#[deprecated(note = \"use aws_lc_rs::signature::ML_DSA_65_SIGNING\")]\n",
                "let key = signature::Error::from_source(e);\n",
                "const BCRYPT_PRIVATE_KEY: &str = \"PrivKeyVal\";\n",
                "UnwrapKey => \"unwrapKey\",\n",
            ),
        ),
        (
            "tokenize.py",
            concat!(
                "PseudoToken = Whitespace + group(PseudoExtras, Number, Funny, ContStr, Name)\n",
                "key = \"_Screen.\"+methodname\n",
                "    :param password: Password to send as authorization for all requests.\n",
                "    private_key: \"_DSAPrivateKey\", data: bytes\n",
                "m = re.search(r'<key>ProductUserVisibleVersion</key>\\s*'\n",
                "ExtendedKeyUsageOID.SERVER_AUTH: \"serverAuth\",\n",
                "key = '%s/PKG-INFO' % info_dir\n",
            ),
        ),
        (
            "Main.java",
            "private final KeyStore keyStore = KeyStore.getInstance(\"PKCS12\");\nString apiKey = config.getApiKey();\n",
        ),
    ]);
    assert_eq!(found, [], "{out}");
}

#[test]
fn secrets_are_found_in_the_assignment_forms_of_each_language() {
    let token = "TzT2DLOf9LmqphiEZyHmJ4dIA5ab";
    let go = format!("var githubToken string = \"{token}\"\napiSecret := `{token}`\n");
    let java = format!("String apiToken = \"{token}\";\n");
    let cs = format!("string authToken = @\"{token}\";\n");
    let php = format!("<?php\n$apiToken .= \"{token}\";\n$config = ['api_key' => '{token}'];\n");
    let c = format!("static const struct cred creds[] = {{ {{ \"api_key\", \"{token}\" }} }};\n");
    let kt = format!("const val API_TOKEN: String = \"{token}\"\n");
    let yaml = format!("db:\n  password: Tz8#kLm2qW9xR4Vb\n  api_token: {token}\n");
    let xml = format!("<config>\n  <apiToken>\n    {token}\n  </apiToken>\n</config>\n");
    let json = format!("{{\"config.ini\": \"API_TOKEN={token}\\nBACKUP_ENABLED=true\"}}\n");
    let docker = format!("FROM alpine\nENV API_TOKEN {token}\n");
    let props = format!("service.api.token={token}\n");
    let tf = format!("resource \"x\" \"y\" {{\n  api_token = \"{token}\"\n}}\n");
    let (found, out) = lint_tree(&[
        ("a.go", &go),
        ("A.java", &java),
        ("A.cs", &cs),
        ("a.php", &php),
        ("a.c", &c),
        ("a.kt", &kt),
        ("a.yaml", &yaml),
        ("a.xml", &xml),
        ("a.json", &json),
        ("Dockerfile", &docker),
        ("a.properties", &props),
        ("main.tf", &tf),
    ]);
    let places: Vec<(&str, u64)> = found.iter().map(|f| (f.0.as_str(), f.1)).collect();
    assert_eq!(
        places,
        [
            ("A.cs", 1),
            ("A.java", 1),
            ("Dockerfile", 2),
            ("a.c", 1),
            ("a.go", 1),
            ("a.go", 2),
            ("a.json", 1),
            ("a.kt", 1),
            ("a.php", 2),
            ("a.php", 3),
            ("a.properties", 1),
            ("a.xml", 3),
            ("a.yaml", 2),
            ("a.yaml", 3),
            ("main.tf", 2),
        ],
        "{out}"
    );
    assert!(
        found
            .iter()
            .all(|f| f.2 == "literal-secret" && f.4 == "warning" && !f.5)
    );
    assert!(
        !out.to_string().contains(&token[4..]),
        "no secret in the report"
    );
}

#[test]
fn trivial_values_and_placeholders_are_never_secrets() {
    let (found, out) = lint_tree(&[
        (
            "tests/url.rs",
            concat!(
                "assert!(parse(\"http://a:b@127.0.0.1/\").is_ok());\n",
                "let u = Url::parse(\"http://user:pass@example.net/\");\n",
                "let all = \"http://Aladdin:opensesame@y.ep\";\n",
                "// see http://rt.example.org/Ticket/Display.html?id=2900&user=guest&pass=guest\n",
            ),
        ),
        (
            "fixtures.json",
            "{\"href\": \"http://username:password@example.com/\", \"auth\": \"Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==\"}\n",
        ),
        (
            "config.py",
            concat!(
                "AWS_KEY = \"AKIAXXXXXXXXXXXXXXXX\"\n",
                "STRIPE_KEY = \"sk_live_AAAAAAAAAAAAAAAAAAAAAAAA\"\n",
                "GITHUB_TOKEN = \"ghp_…\"\n",
                "API_KEY = \"{API_KEY}\"\n",
                "TOKEN = \"%(token)s\"\n",
                "SECRET = \"<your secret here>\"\n",
                "PASSWORD = \"YOUR_PASSWORD\"\n",
                "NOTION_TOKEN = \"ntn_123456789012345678901234567890123456789012345678\"\n",
            ),
        ),
    ]);
    assert_eq!(found, [], "{out}");
}

#[test]
fn a_url_whose_scheme_comes_from_a_variable_is_not_plain_http() {
    let (found, out) = lint_tree(&[
        (
            "deploy.sh",
            concat!(
                "curl -H \"Authorization: Bearer $TOKEN\" \"$API_URL/v1/orders\"\n",
                "curl -H \"Authorization: Bearer $TOKEN\" \"${BASE}/v1/items\"\n",
                "curl -H \"Authorization: Bearer $TOKEN\" http://api.example.com/v1/items\n",
            ),
        ),
        (
            "api.http",
            "GET {{host}}/v1/items\nAuthorization: Bearer {{token}}\n",
        ),
    ]);
    assert_eq!(
        found,
        [(
            "deploy.sh".to_owned(),
            3,
            "credential-over-http".to_owned(),
            String::new(),
            "error".to_owned(),
            false
        )],
        "{out}"
    );
    let fix = out["findings"][0]["fix"].as_str().unwrap();
    assert_eq!(fix, "use https://api.example.com/v1/items");
}

#[test]
fn a_documented_example_in_a_query_string_is_as_wrong_as_a_reference_there() {
    let (found, _) = lint_tree(&[(
        "README.md",
        "```sh\ncurl \"https://api.nasa.gov/planetary/apod?api_key=DEMO_KEY\"\ncurl \"https://api.example.com/v1?api_key=$API_KEY\"\n```\n",
    )]);
    assert_eq!(
        found,
        [
            (
                "README.md".to_owned(),
                2,
                "credential-in-query".to_owned(),
                "api_key".to_owned(),
                "error".to_owned(),
                true
            ),
            (
                "README.md".to_owned(),
                3,
                "credential-in-query".to_owned(),
                "api_key".to_owned(),
                "error".to_owned(),
                true
            ),
        ]
    );
}

#[test]
fn tokens_as_url_user_names_session_cookies_over_http_and_compound_key_names() {
    let (found, out) = lint_tree(&[(
        "ci.sh",
        concat!(
            "git clone https://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@github.com/o/r.git\n",
            "curl -b 'sessionid=Zx81mQ0pLr7Tv2WnQk9' http://shop.example.com/cart\n",
            "curl -H \"DD-API-KEY: $DD_API_KEY\" \"https://api.datadoghq.com/api/v1/query?application_key=9f8e7d6c5b4a39281706f5e4d3c2b1a0\"\n",
            "curl \"https://api.example.com/v1/items?sort_key=created_at&cache_key=v2\"\n",
        ),
    )]);
    assert!(
        !out.to_string().contains("1wuHFikBKQ"),
        "a token as a user name is never repeated, not even in a fix: {out}"
    );
    let rules: Vec<(u64, &str)> = found.iter().map(|f| (f.1, f.2.as_str())).collect();
    assert_eq!(
        rules,
        [
            (1, "credential-in-userinfo"),
            (2, "credential-in-cookie"),
            (2, "credential-over-http"),
            (3, "credential-in-query"),
        ],
        "{out}"
    );
}

#[test]
fn basic_auth_written_in_a_file_is_a_literal_secret() {
    let (found, out) = lint_tree(&[(
        "ops.sh",
        "curl -u deploy:Rk8vT2qLm9 https://api.example.com/x\nwget --user=deploy --password=Rk8vT2qLm9 https://api.example.com/x\nhttp -a deploy:Rk8vT2qLm9 https://api.example.com/x\ncurl -u \"$USER:$PASSWORD\" https://api.example.com/x\n",
    )]);
    let rules: Vec<(u64, &str, &str)> = found
        .iter()
        .map(|f| (f.1, f.2.as_str(), f.3.as_str()))
        .collect();
    assert_eq!(
        rules,
        [
            (1, "literal-secret", "password"),
            (2, "literal-secret", "password"),
            (3, "literal-secret", "password"),
        ],
        "{out}"
    );
}

#[test]
fn presigned_urls_are_judged_by_their_expiry() {
    let (found, out) = lint_tree(&[(
        "share.md",
        concat!(
            "live: https://acct.blob.core.windows.net/c/report.pdf?sv=2024-08-04&se=2099-01-01T00:00:00Z&sr=b&sp=r&sig=Zx81mQ0pLr7Tv2WnQk9aB3xYz4Wq\n",
            "old: https://b.s3.amazonaws.com/r.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20200101T000000Z&X-Amz-Expires=3600&X-Amz-Signature=9f8e7d6c5b4a39281706f5e4d3c2b1a0\n",
        ),
    )]);
    let got: Vec<(u64, &str, &str)> = found
        .iter()
        .map(|f| (f.1, f.2.as_str(), f.4.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            (1, "presigned-url", "warning"),
            (2, "presigned-url", "info")
        ],
        "{out}"
    );
}

/// The start of an RSA private key's DER, as test blocks' body.
const RSA_BODY: &str =
    "MIIBOwIBAAJBAGC+MSAeaf7aoO7ouZl/XHwpmf2v5ZMlPNZUr0361xQnoK6z/ukjL4ryIR+e5JHFsQvs";

#[test]
fn every_private_key_block_is_reported_however_it_is_written() {
    let body = RSA_BODY;
    let c_string = format!(
        "static const char kKey[] =\n    \"-----BEGIN PRIVATE KEY-----\\n\"\n    \"{body}\\n\"\n    \"-----END PRIVATE KEY-----\\n\";\n"
    );
    let js = format!(
        "const key = '-----BEGIN RSA PRIVATE KEY-----' +\n  '{body}' +\n  '-----END RSA PRIVATE KEY-----';\n"
    );
    let encrypted = format!(
        "-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,1F77CE6D2BB6B185\n\n{body}\n-----END RSA PRIVATE KEY-----\n"
    );
    let labels = [
        "ENCRYPTED PRIVATE KEY",
        "DSA PRIVATE KEY",
        "PGP PRIVATE KEY BLOCK",
    ]
    .iter()
    .map(|l| format!("-----BEGIN {l}-----\n{body}\n-----END {l}-----\n"))
    .collect::<String>();
    let cut_short = format!("-----BEGIN PRIVATE KEY-----\n{body}\n{body}\n");
    let damaged = "-----BEGIN PRIVATE KEY-----\n34fNwLAJYISQf4pT4wgMrzN1p3kdMYLTEYXw12k+SlKL=QLKQj=SP=hOpCG5Cdj/Hkk0ARyOgoZbJycYA\n-----END PRIVATE KEY-----\n";
    let placeholders = "-----BEGIN PRIVATE KEY-----\nMIIE...\n-----END PRIVATE KEY-----\n-----BEGIN PRIVATE KEY-----\n<your private key here>\n-----END PRIVATE KEY-----\n";
    let (found, out) = lint_tree(&[
        ("key_test.cc", &c_string),
        ("key.js", &js),
        ("encrypted.pem", &encrypted),
        ("labels.txt", &labels),
        ("cut.pem", &cut_short),
        ("damaged.pem", damaged),
        ("README.md", placeholders),
    ]);
    let got: Vec<(&str, u64)> = found.iter().map(|f| (f.0.as_str(), f.1)).collect();
    assert_eq!(
        got,
        [
            ("cut.pem", 1),
            ("damaged.pem", 1),
            ("encrypted.pem", 1),
            ("key.js", 1),
            ("key_test.cc", 2),
            ("labels.txt", 1),
            ("labels.txt", 4),
            ("labels.txt", 7),
        ],
        "{out}"
    );
    assert!(
        found
            .iter()
            .all(|f| f.3 == "private-key" && f.4 == "warning")
    );
    let message = |file: &str| {
        out["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["file"].as_str().unwrap().ends_with(file))
            .unwrap()["message"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    assert!(message("damaged.pem").contains("does not parse"), "{out}");
    assert!(message("cut.pem").contains("does not parse"), "{out}");
    assert!(
        !message("encrypted.pem").contains("does not parse"),
        "{out}"
    );
}

#[test]
fn private_keys_in_doc_comments_and_split_literals_parse_as_keys() {
    let rsa = RSA_BODY;
    let doc = format!(
        "//! ```\n//! const KEY: &str = \"-----BEGIN RSA PRIVATE KEY-----\n//! {rsa}\n//! -----END RSA PRIVATE KEY-----\n//! \";\n//! ```\nfn f() {{}}\n"
    );
    let block_comment = format!(
        "/*\n * -----BEGIN PRIVATE KEY-----\n * {rsa}\n * -----END PRIVATE KEY-----\n */\n"
    );
    let shell =
        format!("# -----BEGIN RSA PRIVATE KEY-----\n# {rsa}\n# -----END RSA PRIVATE KEY-----\n");
    // ML-KEM-512 in PKCS#8, made for this test: its first line ends with a `+`, which is base64
    // inside the literal, not a concatenation.
    let ml_kem = "const char *kKey =\n    \"-----BEGIN PRIVATE KEY-----\\n\"\n    \"MFQCAQAwCwYJYIZIAWUDBAQBBEKAQMthql4HBK7tRXI+R1ji0qXfR5xTPe2sHk5+\\n\"\n    \"4mVwWgd46Az+wcXxIvtLwwZGQNufCkQ1K8WSrG7euwztt6fHUbE=\\n\"\n    \"-----END PRIVATE KEY-----\\n\";\n";
    let (found, out) = lint_tree(&[
        ("src/lib.rs", &doc),
        ("key.c", &block_comment),
        ("setup.sh", &shell),
        ("p_kem_test.cc", ml_kem),
    ]);
    let got: Vec<(&str, u64, &str)> = found
        .iter()
        .map(|f| (f.0.as_str(), f.1, f.3.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("key.c", 2, "private-key"),
            ("p_kem_test.cc", 2, "private-key"),
            ("setup.sh", 1, "private-key"),
            ("src/lib.rs", 2, "private-key"),
        ],
        "{out}"
    );
    for f in out["findings"].as_array().unwrap() {
        let message = f["message"].as_str().unwrap();
        assert!(!message.contains("does not parse"), "{message}");
    }
}

#[test]
fn a_command_in_a_string_is_read_as_the_shell_hands_it_over() {
    let script = concat!(
        "run() {\n",
        "  bash -c \"curl -fsSL -X POST -u \\\"admin:$PASSWORD\\\" --cookie \\\"$JAR\\\" \\\"$SERVER\\\"/scriptText -d script=\\\"$1\\\"\"\n",
        "  ssh ci \"curl -u \\\"deploy:Tz8kLm2qW9xV4rN\\\" https://ci.example.com/api\"\n",
        "}\n",
    );
    let (found, out) = lint_tree(&[("tests/runtime.bats", script)]);
    let got: Vec<(u64, &str)> = found.iter().map(|f| (f.1, f.2.as_str())).collect();
    assert_eq!(got, [(3, "literal-secret")], "{out}");
    let f = &out["findings"][0];
    let line = script.lines().nth(2).unwrap();
    let column = line.find("Tz8k").unwrap() as u64 + 1;
    assert_eq!(f["column"], column, "{out}");
    assert_eq!(f["end_column"], column + 15, "{out}");
}

#[test]
fn provider_formats_new_and_exact() {
    let azure =
        "42YcQl9Jx1L3tR0ZMgIlZdBNsST8frclybm8PGuxo2121+Bq+g/SAgxVes5SE6kqnNFGzWd5QGO0Grfo+F3SFw==";
    let long = "yDuLiX1dVlZykbch7MwKQlcbA5v1UnqNSbiziKknou7dmx6Ef5".repeat(12);
    let config = format!(
        concat!(
            "OPENAI_API_KEY=sk-1Jz2v2QnSdSmbVqedjKG8FFBhFobWZwZFL5yq4SvdTxS7I01\n",
            "VAULT_ADDR=https://vault.example.com\n",
            "vault_token: s.jOGiqfujX9Er4Qq2Ym7ZJCMd\n",
            "AZURE_STORAGE_KEY={azure}\n",
            "secret: {{AQAAABAAAAAQNuOn2/npkvGHTYPn+jm+cIk54G9eENaz5qVEm5euAS4=}}\n",
            "API_KEY={long}\n",
        ),
        azure = azure,
        long = long,
    );
    let (found, out) = lint_tree(&[("settings.env", &config)]);
    let kinds: Vec<(u64, &str)> = found.iter().map(|f| (f.1, f.3.as_str())).collect();
    assert_eq!(
        kinds,
        [
            (1, "openai-api-key"),
            (3, "hashicorp-vault-token"),
            (4, "azure-storage-account-key"),
            (5, "jenkins-secret"),
            (6, "api_key"),
        ],
        "{out}"
    );
}

#[test]
fn a_script_whose_quote_never_closes_is_unreadable_not_clean() {
    let sb = Sandbox::new();
    // The open quote swallows the command after it: bash refuses the script, keyward says so.
    fs::write(
        sb.dir.path().join("deploy.sh"),
        "#!/bin/sh\ncurl -H \"Authorization: Bearer $TOKEN https://api.example/v1\ncurl 'https://api.example/?api_key=k9Zq4vT2mW8x'\n",
    )
    .unwrap();
    let run = sb.run(&["lint", "deploy.sh"]);
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(
        run.stderr
            .contains("deploy.sh:2:9: this quote is never closed"),
        "{}",
        run.stderr
    );
    let run = sb.run(&["lint", "-c", "curl \"https://api.example/v1?x=1"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("<command line>:1:6"), "{}", run.stderr);
    let run = sb.run_with_stdin(&["lint"], b"curl 'https://api.example/v1\n");
    assert_eq!(run.code, 2, "{}", run.stderr);
    // Quotes the shell does not count are not counted: comments, here-documents, escapes.
    fs::write(
        sb.dir.path().join("fine.sh"),
        "#!/bin/bash\n# don't\ncat <<EOF\nit's\nEOF\necho \\' $'it\\'s' \"${x:-\"a\"}\"\ncurl -H \"Authorization: Bearer $TOKEN\" \"$API_URL/v1\"\n",
    )
    .unwrap();
    let run = sb.run(&["lint", "fine.sh"]);
    assert_eq!((run.code, run.stderr.as_str()), (0, ""), "{}", run.stdout);
    // A script for another interpreter follows its own quoting, piped or named.
    let node = b"#!/usr/bin/env node\n// don't\nconsole.log(1)\n";
    let run = sb.run_with_stdin(&["-q", "lint"], node);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn a_made_up_token_in_a_header_is_an_info_reference_never_dropped() {
    let (found, _) = lint_tree(&[(
        "t.sh",
        "curl -H \"Authorization: token ghp_R6v3Ck5mXq2LpZs8TnWb4YdJ0aFh7Ke9GiUo\" https://api.github.com/user\nhttp https://registry.npmjs.org/-/whoami Authorization:\"Bearer npm_R6v3Ck5mXq2LpZs8TnWb4YdJ0aFh7Ke9GiUo\"\n",
    )]);
    let infos: Vec<_> = found
        .iter()
        .filter(|f| f.2 == "literal-secret" && f.4 == "info" && f.5)
        .map(|f| f.1)
        .collect();
    assert_eq!(infos, [1, 2], "{found:?}");
}

#[test]
fn a_command_in_a_single_quoted_value_ends_at_its_closing_quote() {
    // The wget in single quotes must not run on into the next lines' quotes and read `Bearer`
    // as a host (the extended corpus's .env files: 211 false credential-over-http errors).
    let (found, out) = lint_tree(&[(
        "svc.env",
        "FILTER_CHECK='wget -q --header=\"X-API-Key: $SENDGRID_API_KEY\" -O- $REGISTRY_URL/api/v1/images'\nSERVICE_TOKEN=${DEPLOY_TOKEN}\nWINDOW_CHECK=\"curl -fsS -H 'Authorization: Bearer $ACCESS_TOKEN' $API_URL/api/v1/reports\"\nRAW='curl -s http://api.example/v1?api_key=Zq81mN3vT6rYk29aB7dL'\n",
    )]);
    let rules: Vec<(u64, &str)> = found.iter().map(|f| (f.1, f.2.as_str())).collect();
    assert_eq!(
        rules,
        [(4, "credential-in-query"), (4, "credential-over-http")],
        "{out}"
    );
}
