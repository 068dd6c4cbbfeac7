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

#[cfg(unix)]
#[test]
fn a_closed_stdout_is_not_an_error() {
    use std::process::Stdio;
    let sb = Sandbox::new();
    for _ in 0..3 {
        sb.keygen(&[]);
    }
    // The reader goes away before keyward writes: keyward must exit quietly, not panic.
    let mut child = sb
        .command()
        .args(["keys", "list"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("Broken pipe"), "{stderr}");
}
