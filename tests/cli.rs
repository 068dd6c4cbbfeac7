//! Behaviour every command shares: help, exit codes, and clean failures on hostile input.

mod common;

use std::fs;

use common::Sandbox;

#[test]
fn help_documents_the_exit_codes() {
    let sb = Sandbox::new();
    for args in [
        vec!["--help"],
        vec!["keys", "check", "--help"],
        vec!["keygen", "--help"],
    ] {
        let run = sb.run(&args);
        assert_eq!(run.code, 0);
        assert!(run.stdout.contains("Exit status:"), "{args:?}");
        assert!(run.stdout.contains("1  a negative answer"), "{args:?}");
    }
    let version = sb.run(&["--version"]);
    assert_eq!(
        version.stdout,
        format!("keyward {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn usage_errors_exit_2_with_one_line() {
    let sb = Sandbox::new();
    for args in [
        vec!["frobnicate"],
        vec!["keygen", "--count", "many"],
        vec!["keys"],
    ] {
        let run = sb.run(&args);
        assert_eq!(run.code, 2, "{args:?}");
        run.assert_clean_failure();
    }
}

#[test]
fn hostile_input_never_panics() {
    let sb = Sandbox::new();
    let inputs: [&[u8]; 5] = [
        b"\xff\xfe\x00garbage",
        b"",
        &[b'a'; 100_000],
        "kw_\u{1F600}\u{1F600}\u{1F600}\u{1F600}_x".as_bytes(),
        b"kw_AAAAAAAA_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\r\n",
    ];
    for input in inputs {
        let run = sb.run_with_stdin(&["keys", "check"], input);
        assert!(run.code == 1 || run.code == 2, "{input:?}: {}", run.code);
        run.assert_clean_failure();
    }
}

#[test]
fn unusable_keyfile_paths_are_clean_errors() {
    let sb = Sandbox::new();
    let dir = sb.dir.path().join("a-directory");
    fs::create_dir(&dir).unwrap();
    let file = sb.dir.path().join("a-file");
    fs::write(&file, "x").unwrap();
    let under_file = file.join("keys.json");
    for path in [&dir, &under_file] {
        for args in [vec!["keygen"], vec!["keys", "list"]] {
            let mut all = vec!["--keyfile", path.to_str().unwrap()];
            all.extend(args.iter().copied());
            let run = sb.run(&all);
            assert_eq!(run.code, 2, "{all:?}: {}", run.stderr);
            run.assert_clean_failure();
            assert!(run.stderr.starts_with("error: "), "{}", run.stderr);
        }
    }
    fs::write(sb.dir.path().join("binary.json"), b"\x00\x01\x02\xff").unwrap();
    let run = sb.run(&["--keyfile", "binary.json", "keys", "list"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("line 1, column 1"), "{}", run.stderr);
}

/// Runs keyward with stdout on a pipe whose reader is already gone.
#[cfg(unix)]
fn with_closed_stdout(sb: &Sandbox, args: &[&str], stdin: &[u8]) -> (i32, String) {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = sb
        .command()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let _ = child.stdin.take().unwrap().write_all(stdin);
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[cfg(unix)]
#[test]
fn a_closed_stdout_keeps_the_answer_in_the_exit_status() {
    let sb = Sandbox::new();
    let key = sb.keygen(&[]);
    for _ in 0..3 {
        sb.keygen(&[]);
    }
    let (code, stderr) = with_closed_stdout(&sb, &["keys", "list"], b"");
    assert_eq!(code, 0, "{stderr}");
    assert!(
        !stderr.contains("panicked") && !stderr.contains("Broken pipe"),
        "{stderr}"
    );
    // A "no" stays a "no" when nobody reads the output.
    let (code, _) = with_closed_stdout(&sb, &["keys", "check"], b"kw_garbage");
    assert_eq!(code, 1);
    sb.run(&["keys", "revoke", &key[3..11]]);
    let (code, _) = with_closed_stdout(&sb, &["keys", "check"], key.as_bytes());
    assert_eq!(code, 1);
    let (code, _) = with_closed_stdout(&sb, &["keys", "check"], sb.keygen(&[]).as_bytes());
    assert_eq!(code, 0);
}

#[cfg(unix)]
#[test]
fn a_key_that_cannot_be_shown_is_not_stored() {
    let sb = Sandbox::new();
    let old = sb.keygen(&["--name", "ci"]);
    let before = fs::read(&sb.keyfile).unwrap();
    let (code, stderr) = with_closed_stdout(&sb, &["keygen"], b"");
    assert_eq!(code, 2);
    assert!(stderr.contains("nothing was stored"), "{stderr}");
    let (code, stderr) = with_closed_stdout(&sb, &["keys", "rotate", &old[3..11]], b"");
    assert_eq!(code, 2, "{stderr}");
    assert_eq!(fs::read(&sb.keyfile).unwrap(), before);
    assert_eq!(sb.check(&old, &[]).0, 0, "the old key still works");
    // A full disk behind stdout is the same failure.
    let full = sb
        .command()
        .args(["keys", "rotate", &old[3..11]])
        .stdout(
            fs::OpenOptions::new()
                .write(true)
                .open("/dev/full")
                .unwrap(),
        )
        .output()
        .unwrap();
    assert_eq!(full.status.code(), Some(2));
    assert_eq!(fs::read(&sb.keyfile).unwrap(), before);
    // Stdout closed (`>&-`: the runtime reopens it as /dev/null) or sent to /dev/null: nobody sees
    // the key, so it is not stored, and a rotated key keeps working.
    for args in [&["keygen"][..], &["keys", "rotate", &old[3..11]][..]] {
        let mut closed = sb.command();
        closed.args(args);
        // SAFETY: close(2) is async-signal-safe, as pre_exec requires.
        unsafe {
            std::os::unix::process::CommandExt::pre_exec(&mut closed, || {
                libc::close(1);
                Ok(())
            });
        }
        let out = closed.output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains("nobody would see it"), "{stderr}");
        let null = sb
            .command()
            .args(args)
            .stdout(std::process::Stdio::null())
            .output()
            .unwrap();
        assert_eq!(null.status.code(), Some(2), "{args:?} >/dev/null");
    }
    assert_eq!(fs::read(&sb.keyfile).unwrap(), before);
    assert_eq!(sb.check(&old, &[]).0, 0, "the old key still works");
}

#[test]
fn parser_errors_never_quote_the_values_they_reject() {
    let sb = Sandbox::new();
    sb.keygen(&[]);
    let secret = "sk_live_4eC39HqLyjWDarjtT1zdp7dc";
    let text = fs::read_to_string(&sb.keyfile).unwrap();
    let at = text.find("\"scopes\":[]").expect("a record without scopes");
    let edited = format!("{}\"scopes\":\"{secret}\"{}", &text[..at], &text[at + 11..]);
    fs::write(&sb.keyfile, edited).unwrap();
    let run = sb.run(&["keys", "list"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("line 2") && !run.stderr.contains("sk_l"),
        "{}",
        run.stderr
    );
    fs::write(
        sb.dir.path().join(".keyward.toml"),
        format!("[lint]\nfail-on = \"{secret}\"\n"),
    )
    .unwrap();
    let run = sb.run(&["lint", "-c", "curl https://a.example/"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("(line 2)") && !run.stderr.contains("sk_l"),
        "{}",
        run.stderr
    );
}

#[test]
fn with_format_json_an_error_is_a_json_document_on_stdout_too() {
    let sb = Sandbox::new();
    for (args, kind) in [
        (
            vec![
                "keys",
                "show",
                "AAAAAAAA",
                "--format",
                "json",
                "--keyfile",
                "missing/keys.json",
            ],
            "keyfile_io",
        ),
        (
            vec![
                "jwt", "verify", "--format", "json", "--secret", "@nowhere", "a.b.c",
            ],
            "input",
        ),
        (
            vec!["keygen", "--format", "json", "--prefix", "my-app"],
            "usage",
        ),
    ] {
        let run = sb.run(&args);
        assert_eq!(run.code, 2, "{args:?}");
        let doc: serde_json::Value = serde_json::from_str(&run.stdout).expect(&run.stdout);
        assert_eq!(doc["error"]["kind"], kind, "{args:?}");
        assert!(run.stderr.starts_with("error:"), "{}", run.stderr);
    }
    // A result already printed is not followed by a second document.
    fs::write(sb.dir.path().join("open.sh"), "curl 'https://a.example/\n").unwrap();
    let run = sb.run(&["lint", "--format", "json", "open.sh"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stdout.lines().count(), 1, "{}", run.stdout);
}
