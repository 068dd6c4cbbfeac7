//! A sandbox per test: its own directory, keyfile and HOME, and a scrubbed environment.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_keyward"))
}

/// The public test vectors, copied into the repository (see tests/vectors/README.md).
pub fn vectors() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors")
}

pub struct Sandbox {
    pub dir: tempfile::TempDir,
    pub keyfile: PathBuf,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        let dir = tempfile::tempdir().unwrap();
        let keyfile = dir.path().join("data/keys.json");
        Sandbox { dir, keyfile }
    }

    /// `keyward` with only the variables a test sets: no NO_COLOR, no KEYWARD_* from the caller.
    pub fn command(&self) -> Command {
        let mut cmd = Command::new(bin());
        cmd.env_clear()
            .env("HOME", self.dir.path())
            .env("KEYWARD_KEYFILE", &self.keyfile)
            .current_dir(self.dir.path())
            .stdin(Stdio::null());
        cmd
    }

    /// The same, as a snapbox command for output snapshots.
    pub fn snap(&self) -> snapbox::cmd::Command {
        snapbox::cmd::Command::from_std(self.command())
    }

    pub fn run(&self, args: &[&str]) -> Run {
        Run::of(self.command().args(args).output().unwrap())
    }

    pub fn run_with_env(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        let mut cmd = self.command();
        cmd.args(args).envs(env.iter().copied());
        Run::of(cmd.output().unwrap())
    }

    pub fn run_with_stdin(&self, args: &[&str], stdin: &[u8]) -> Run {
        use std::io::Write;
        let mut child = self
            .command()
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // keyward may exit before reading stdin (a malformed argument): that is not a test failure.
        match child.stdin.take().unwrap().write_all(stdin) {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => panic!("writing stdin: {e}"),
            _ => {}
        }
        Run::of(child.wait_with_output().unwrap())
    }

    /// Generates one stored key and returns it.
    pub fn keygen(&self, args: &[&str]) -> String {
        let mut all = vec!["keygen"];
        all.extend_from_slice(args);
        let run = self.run(&all);
        assert_eq!(run.code, 0, "keygen failed: {}", run.stderr);
        run.stdout.trim_end().to_owned()
    }

    /// `keys check` with the key on stdin, as JSON.
    pub fn check(&self, key: &str, extra: &[&str]) -> (i32, Value) {
        let mut args = vec!["keys", "check", "--format", "json"];
        args.extend_from_slice(extra);
        let run = self.run_with_stdin(&args, key.as_bytes());
        (run.code, run.json())
    }

    /// `jwt encode`, which must succeed; the token alone.
    pub fn encode(&self, args: &[&str]) -> String {
        let mut all = vec!["-q", "jwt", "encode"];
        all.extend_from_slice(args);
        let run = self.run(&all);
        assert_eq!(run.code, 0, "encode {args:?}: {}", run.stderr);
        let token = run.stdout.strip_suffix('\n').unwrap();
        assert!(!token.contains('\n'), "encode prints the token alone");
        token.to_owned()
    }

    /// `jwt keygen --out` into the sandbox: the private and the public key file.
    pub fn keygen_files(&self, alg: &str, format: &str) -> (PathBuf, PathBuf) {
        let ext = if format == "jwk" { "json" } else { "pem" };
        let private = self.dir.path().join(format!("{alg}-{format}.{ext}"));
        let run = self.run(&[
            "-q",
            "jwt",
            "keygen",
            "--alg",
            alg,
            "--format",
            format,
            "--out",
            private.to_str().unwrap(),
        ]);
        assert_eq!(run.code, 0, "keygen {alg}: {}", run.stderr);
        let public = self.dir.path().join(format!("{alg}-{format}.pub.{ext}"));
        assert!(public.exists());
        (private, public)
    }

    pub fn keyfile_json(&self) -> Value {
        serde_json::from_slice(&std::fs::read(&self.keyfile).unwrap()).unwrap()
    }
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    fn of(output: Output) -> Run {
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8(output.stdout).unwrap(),
            stderr: String::from_utf8(output.stderr).unwrap(),
        }
    }

    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {:?}", self.stdout))
    }

    /// No panic message, no backtrace, one line of error at most.
    pub fn assert_clean_failure(&self) {
        assert!(!self.stderr.contains("panicked"), "{}", self.stderr);
        assert!(!self.stderr.contains("RUST_BACKTRACE"), "{}", self.stderr);
        let errors = self
            .stderr
            .lines()
            .filter(|l| l.starts_with("error"))
            .count();
        assert!(errors <= 1, "{}", self.stderr);
    }
}
