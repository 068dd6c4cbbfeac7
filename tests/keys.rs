//! `keyward keygen` and `keyward keys …`, end to end through the binary.

mod common;

use std::fs;
use std::thread;
use std::time::Duration;

use common::Sandbox;
use keyward::keys::format::ApiKey;
use snapbox::str;

fn is_key_shape(key: &str, prefix: &str) -> bool {
    let Some(rest) = key.strip_prefix(prefix).and_then(|r| r.strip_prefix('_')) else {
        return false;
    };
    let (id, tail) = rest.split_at(8);
    id.bytes().all(|b| b.is_ascii_alphanumeric())
        && tail.len() == 35
        && tail.starts_with('_')
        && tail[1..].bytes().all(|b| b.is_ascii_alphanumeric())
}

#[test]
fn keygen_prints_the_key_alone_and_a_note_on_stderr() {
    let sb = Sandbox::new();
    let run = sb.run(&["keygen", "--name", "ci"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let key = run.stdout.strip_suffix('\n').unwrap();
    assert!(!key.contains('\n'), "one line: {:?}", run.stdout);
    assert!(is_key_shape(key, "kw"), "{key}");
    let id = &key[3..11];
    assert!(run.stderr.contains(id), "{}", run.stderr);
    assert!(run.stderr.contains(&sb.keyfile.display().to_string()));
    assert!(run.stderr.contains("shown once"), "{}", run.stderr);
    // The keyfile holds the hash, never the key.
    let text = fs::read_to_string(&sb.keyfile).unwrap();
    assert!(!text.contains(key));
    assert!(!text.contains(&key[12..]));
    assert!(text.contains("$argon2id$v=19$m=19456,t=2,p=1$"));
}

#[test]
fn a_fresh_key_checks_valid() {
    let sb = Sandbox::new();
    let key = sb.keygen(&["--name", "ci", "--scope", "read,write", "--expires", "90d"]);
    let (code, report) = sb.check(&key, &[]);
    assert_eq!(code, 0, "{report}");
    assert_eq!(report["valid"], true);
    assert_eq!(report["reason"], serde_json::Value::Null);
    assert_eq!(report["key"]["name"], "ci");
    assert_eq!(
        report["key"]["scopes"],
        serde_json::json!(["read", "write"])
    );
    assert_eq!(report["key"]["status"], "active");
    assert!(report["key"].get("hash").is_none(), "{report}");

    sb.snap()
        .arg("keys")
        .arg("check")
        .stdin(key.clone())
        .assert()
        .code(0)
        .stdout_eq(str![[r#"
valid key [..] (ci), scopes read,write, expires in [..]

"#]]);
}

#[test]
fn keys_are_read_from_stdin_a_file_an_env_var_or_the_argument() {
    let sb = Sandbox::new();
    let key = sb.keygen(&[]);
    let file = sb.dir.path().join("key.txt");
    fs::write(&file, format!("{key}\n")).unwrap();
    let at_file = format!("@{}", file.display());
    assert_eq!(sb.run(&["keys", "check", &at_file]).code, 0);
    let run = sb.run_with_env(&["keys", "check", "env:MY_KEY"], &[("MY_KEY", &key)]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stderr, "",
        "no warning for secrets from the environment"
    );
    let run = sb.run(&["keys", "check", &key]);
    assert_eq!(run.code, 0);
    assert!(
        run.stderr.contains("visible to other users"),
        "{}",
        run.stderr
    );
    let quiet = sb.run(&["-q", "keys", "check", &key]);
    assert_eq!(quiet.stderr, "");
}

#[test]
fn one_changed_character_fails_the_checksum_before_the_keyfile_is_read() {
    let sb = Sandbox::new();
    let key = sb.keygen(&[]);
    let mut changed = key.clone().into_bytes();
    let last = changed.len() - 10;
    changed[last] = if changed[last] == b'a' { b'b' } else { b'a' };
    let changed = String::from_utf8(changed).unwrap();
    // A keyfile that cannot be parsed: reading it would exit 2.
    fs::write(&sb.keyfile, "not json").unwrap();
    let (code, report) = sb.check(&changed, &[]);
    assert_eq!(code, 1, "{report}");
    assert_eq!(report["reason"], "bad_checksum");
    assert_eq!(report["key"], serde_json::Value::Null);
}

#[test]
fn malformed_input_is_malformed() {
    let sb = Sandbox::new();
    for input in [
        "hello",
        "kw_short_key",
        "ghp_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    ] {
        let (code, report) = sb.check(input, &[]);
        assert_eq!(code, 1, "{input}: {report}");
        assert_eq!(report["reason"], "malformed", "{input}");
    }
}

#[test]
fn a_key_with_a_valid_checksum_but_another_secret_is_a_mismatch() {
    let sb = Sandbox::new();
    let key = ApiKey::parse(&sb.keygen(&[])).unwrap();
    let forged = ApiKey::assemble(key.prefix(), key.id(), &"Z".repeat(28));
    let (code, report) = sb.check(forged.expose(), &[]);
    assert_eq!(code, 1, "{report}");
    assert_eq!(report["reason"], "mismatch");
    // The forger learns the id, nothing of the record.
    sb.run(&["keys", "revoke", key.id(), "--reason", "moved to vault-7"]);
    for format in ["json", "text"] {
        let run = sb.run_with_stdin(
            &["keys", "check", "-", "--format", format],
            forged.expose().as_bytes(),
        );
        assert_eq!(run.code, 1);
        assert!(run.stdout.contains(key.id()), "{}", run.stdout);
        for detail in ["vault-7", "revoked", "ci", "scopes", "name"] {
            assert!(
                !run.stdout.contains(detail),
                "{format}: {detail} in {}",
                run.stdout
            );
        }
    }
    let unknown = ApiKey::assemble("kw", "00000000", &"Z".repeat(28));
    let (code, report) = sb.check(unknown.expose(), &[]);
    assert_eq!(code, 1);
    assert_eq!(report["reason"], "unknown_key");
}

#[test]
fn revoked_keys_are_revoked_with_their_reason() {
    let sb = Sandbox::new();
    let key = sb.keygen(&["--name", "ci"]);
    let id = &key[3..11];
    let run = sb.run(&["keys", "revoke", id, "--reason", "leaked in a CI log"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stdout, format!("revoked key {id} (ci)\n"));
    let (code, report) = sb.check(&key, &[]);
    assert_eq!(code, 1);
    assert_eq!(report["reason"], "revoked");
    assert_eq!(report["key"]["status"], "revoked");
    assert_eq!(report["key"]["revoked_reason"], "leaked in a CI log");
    let text = sb.run_with_stdin(&["keys", "check"], key.as_bytes());
    assert!(
        text.stdout
            .starts_with(&format!("invalid key {id} (ci): revoked ")),
        "{}",
        text.stdout
    );
    assert!(
        text.stdout.ends_with(": leaked in a CI log\n"),
        "{}",
        text.stdout
    );
    // Revoking twice keeps the first revocation; revoking by the whole key works too.
    let again = sb.run(&["keys", "revoke", &key]);
    assert_eq!(again.code, 0);
    assert_eq!(again.stdout, format!("key {id} was already revoked\n"));
}

#[test]
fn expired_keys_are_expired() {
    let sb = Sandbox::new();
    let key = sb.keygen(&["--expires", "1s"]);
    thread::sleep(Duration::from_millis(2100));
    let (code, report) = sb.check(&key, &[]);
    assert_eq!(code, 1, "{report}");
    assert_eq!(report["reason"], "expired");
    assert_eq!(report["key"]["status"], "expired");
}

#[test]
fn missing_scopes_are_named() {
    let sb = Sandbox::new();
    let key = sb.keygen(&["--scope", "read"]);
    assert_eq!(sb.check(&key, &["--scope", "read"]).0, 0);
    let (code, report) = sb.check(&key, &["--scope", "read,admin"]);
    assert_eq!(code, 1);
    assert_eq!(report["reason"], "missing_scope");
    assert!(report["message"].as_str().unwrap().contains("admin"));
}

#[test]
fn rotation_keeps_the_old_key_for_the_grace_period() {
    let sb = Sandbox::new();
    let old = sb.keygen(&[
        "--name",
        "deploy",
        "--scope",
        "write",
        "--prefix",
        "myapp_live",
    ]);
    let old_id = &old[11..19];
    let run = sb.run(&["keys", "rotate", old_id, "--grace", "2s"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let new = run.stdout.trim_end().to_owned();
    assert!(is_key_shape(&new, "myapp_live"), "{new}");
    assert!(run.stderr.contains("works until"), "{}", run.stderr);
    let new_id = &new[11..19];

    let (code, report) = sb.check(&new, &["--scope", "write"]);
    assert_eq!(code, 0, "{report}");
    assert_eq!(report["key"]["name"], "deploy");
    assert_eq!(report["key"]["rotated_from"], old_id);
    assert_eq!(
        sb.check(&old, &[]).0,
        0,
        "the old key works during the grace"
    );

    thread::sleep(Duration::from_millis(3100));
    let (code, report) = sb.check(&old, &[]);
    assert_eq!(code, 1);
    assert_eq!(report["reason"], "expired");
    assert_eq!(report["key"]["rotated_to"], new_id);
    assert!(report["message"].as_str().unwrap().contains(new_id));
    assert_eq!(sb.check(&new, &[]).0, 0);
}

#[test]
fn rotation_without_grace_ends_the_old_key_now_and_keeps_the_lifetime() {
    let sb = Sandbox::new();
    let old = sb.keygen(&["--expires", "30d"]);
    let run = sb.run(&["keys", "rotate", &old[3..11], "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let new = run.json();
    let lifetime = new["expires_at"]
        .as_str()
        .unwrap()
        .parse::<jiff::Timestamp>()
        .unwrap()
        - new["created_at"]
            .as_str()
            .unwrap()
            .parse::<jiff::Timestamp>()
            .unwrap();
    assert_eq!(lifetime.as_secs(), 30 * 86_400);
    assert_eq!(sb.check(&old, &[]).1["reason"], "expired");
    assert_eq!(sb.check(new["key"].as_str().unwrap(), &[]).0, 0);
    // A key that no longer works cannot be rotated.
    let other = sb.keygen(&["--expires", "1s"]);
    thread::sleep(Duration::from_millis(2100));
    let again = sb.run(&["keys", "rotate", &other[3..11]]);
    assert_eq!(again.code, 2);
    assert!(again.stderr.contains("is expired"), "{}", again.stderr);
}

#[test]
fn a_key_is_rotated_once() {
    let sb = Sandbox::new();
    let old = sb.keygen(&[]);
    let run = sb.run(&["keys", "rotate", &old[3..11], "--grace", "1h"]);
    assert_eq!(run.code, 0);
    let new_id = &run.stdout[3..11];
    let again = sb.run(&["keys", "rotate", &old[3..11], "--grace", "1h"]);
    assert_eq!(again.code, 2);
    assert!(
        again
            .stderr
            .contains(&format!("already rotated to {new_id}")),
        "{}",
        again.stderr
    );
    assert_eq!(
        sb.run(&["keys", "list", "--format", "json"])
            .json()
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

#[test]
fn a_missing_keyfile_is_an_error_not_an_unknown_key() {
    let sb = Sandbox::new();
    let key = ApiKey::assemble("kw", "AAAAAAAA", &"Z".repeat(28));
    let run = sb.run_with_stdin(&["keys", "check"], key.expose().as_bytes());
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(run.stderr.contains("no such file"), "{}", run.stderr);
    for args in [
        vec!["keys", "revoke", "AAAAAAAA"],
        vec!["keys", "rm", "AAAAAAAA"],
        vec!["keys", "rotate", "AAAAAAAA"],
    ] {
        let run = sb.run(&args);
        assert_eq!(run.code, 2, "{args:?}");
    }
    assert!(
        !sb.keyfile.parent().unwrap().exists(),
        "nothing was created"
    );
    // Listing a keyfile that does not exist yet is an empty list.
    assert_eq!(sb.run(&["keys", "list"]).code, 0);
}

#[test]
fn list_and_show_never_print_a_secret_or_a_hash() {
    let sb = Sandbox::new();
    let key = sb.keygen(&["--name", "ci", "--scope", "read"]);
    let id = &key[3..11];
    let hash = sb.keyfile_json()["keys"][0]["hash"]
        .as_str()
        .unwrap()
        .to_owned();
    let hash_output = hash.rsplit('$').next().unwrap().to_owned();
    for args in [
        vec!["keys", "list"],
        vec!["keys", "list", "--format", "json"],
        vec!["keys", "show", id],
        vec!["keys", "show", id, "--format", "json"],
    ] {
        let run = sb.run(&args);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        for output in [&run.stdout, &run.stderr] {
            assert!(!output.contains(&key[12..]), "{args:?} printed the secret");
            assert!(!output.contains(&hash_output), "{args:?} printed the hash");
            assert!(!output.contains("argon2"), "{args:?} printed the hash");
        }
    }
    let listed = sb.run(&["keys", "list", "--format", "json"]).json();
    assert_eq!(listed[0]["id"], id);
    assert_eq!(listed[0]["status"], "active");
    sb.snap()
        .args(["keys", "list"])
        .assert()
        .code(0)
        .stdout_eq(str![[r#"
ID        NAME  PREFIX  SCOPES  CREATED           EXPIRES  STATUS
[..]  ci    kw      read    [..]  never    active

"#]]);
    sb.snap()
        .args(["keys", "show", id])
        .assert()
        .code(0)
        .stdout_eq(str![[r#"
id:          [..]
name:        ci
prefix:      kw
scopes:      read
created:     [..]
expires:     never
status:      active

"#]]);
}

#[test]
fn list_filters_by_status() {
    let sb = Sandbox::new();
    let a = sb.keygen(&["--name", "a"]);
    sb.keygen(&["--name", "b", "--expires", "3d"]);
    sb.run(&["keys", "revoke", &a[3..11]]);
    let names = |status: &str| -> Vec<String> {
        let run = sb.run(&["keys", "list", "--status", status, "--format", "json"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        run.json()
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["name"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(names("revoked"), ["a"]);
    assert_eq!(names("expiring_soon"), ["b"]);
    // Keys expiring soon are active keys: --status active shows them.
    assert_eq!(names("active"), ["b"]);
    assert_eq!(names("active,revoked").len(), 2);
    assert_eq!(names("revoked,expiring_soon").len(), 2);
}

#[test]
fn sixteen_concurrent_keygens_make_sixteen_records() {
    let sb = Sandbox::new();
    let children: Vec<_> = (0..16)
        .map(|i| {
            sb.command()
                .args(["keygen", "--name", &format!("worker-{i}")])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let keys: Vec<String> = children
        .into_iter()
        .map(|child| {
            let out = child.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            String::from_utf8(out.stdout).unwrap().trim_end().to_owned()
        })
        .collect();
    let listed = sb.run(&["keys", "list", "--format", "json"]).json();
    assert_eq!(listed.as_array().unwrap().len(), 16);
    for key in &keys {
        assert_eq!(sb.check(key, &[]).0, 0, "{key} does not check");
    }
}

#[test]
fn a_killed_writer_never_leaves_a_torn_keyfile() {
    let sb = Sandbox::new();
    sb.keygen(&["--name", "first"]);
    let mut good = 1;
    for i in 0..24u64 {
        let mut child = sb
            .command()
            .args(["keygen", "--name", "victim"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Spread the kills over the whole run: hashing, locking, writing, renaming.
        thread::sleep(Duration::from_millis(i * 3));
        let _ = child.kill();
        if child.wait().unwrap().success() {
            good += 1;
        }
        let run = sb.run(&["keys", "list", "--format", "json"]);
        assert_eq!(
            run.code, 0,
            "kill {i} left a broken keyfile: {}",
            run.stderr
        );
        let n = run.json().as_array().unwrap().len();
        assert!(n >= good, "a record was lost");
    }
    // The next write sweeps up temporary files of writers killed mid-write.
    sb.keygen(&["--name", "last"]);
    let leftovers: Vec<_> = fs::read_dir(sb.keyfile.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_corrupt_keyfile_is_reported_and_never_rewritten() {
    let sb = Sandbox::new();
    let key = sb.keygen(&["--name", "ci"]);
    let id = key[3..11].to_owned();
    let mut text = fs::read_to_string(&sb.keyfile).unwrap();
    text = text.replacen("\"prefix\"", "\"prefix\" \"kw\",", 1);
    fs::write(&sb.keyfile, &text).unwrap();
    let before = fs::read(&sb.keyfile).unwrap();
    for args in [
        vec!["keygen"],
        vec!["keys", "revoke", &id],
        vec!["keys", "rm", &id],
        vec!["keys", "rotate", &id],
        vec!["keys", "list"],
        vec!["keys", "show", &id],
        vec!["-q", "keys", "check", &key],
    ] {
        let run = sb.run(&args);
        assert_eq!(run.code, 2, "{args:?}: {}", run.stdout);
        run.assert_clean_failure();
        assert!(
            run.stderr.starts_with(&format!(
                "error: keyfile {}: line 2, column ",
                sb.keyfile.display()
            )),
            "{args:?}: {}",
            run.stderr
        );
        assert_eq!(
            fs::read(&sb.keyfile).unwrap(),
            before,
            "{args:?} changed the file"
        );
    }
}

#[test]
fn a_newer_keyfile_version_is_refused() {
    let sb = Sandbox::new();
    fs::create_dir_all(sb.keyfile.parent().unwrap()).unwrap();
    let newer = "{\"version\":2,\"keys\":[],\"vaults\":{}}\n";
    fs::write(&sb.keyfile, newer).unwrap();
    let run = sb.run(&["keygen"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("format version 2 is newer"),
        "{}",
        run.stderr
    );
    assert_eq!(fs::read_to_string(&sb.keyfile).unwrap(), newer);
}

#[cfg(unix)]
#[test]
fn keyfiles_are_private_and_readable_ones_are_flagged() {
    use std::os::unix::fs::PermissionsExt;
    let sb = Sandbox::new();
    sb.keygen(&[]);
    let mode = |p: &std::path::Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&sb.keyfile), 0o600);
    assert_eq!(mode(sb.keyfile.parent().unwrap()), 0o700);
    fs::set_permissions(&sb.keyfile, fs::Permissions::from_mode(0o644)).unwrap();
    let run = sb.run(&["keys", "list"]);
    assert!(run.stderr.contains("warning: keyfile"), "{}", run.stderr);
    assert!(run.stderr.contains("chmod 600"), "{}", run.stderr);
    // A rewrite keeps the mode the owner chose (a service may read the file through its group),
    // and keeps warning about it.
    let run = sb.run(&["keygen"]);
    assert_eq!(mode(&sb.keyfile), 0o644);
    assert!(run.stderr.contains("chmod 600"), "{}", run.stderr);
}

#[test]
fn removed_keys_are_unknown() {
    let sb = Sandbox::new();
    let key = sb.keygen(&["--name", "ci"]);
    let id = &key[3..11];
    let run = sb.run(&["keys", "rm", id]);
    assert_eq!(run.code, 0);
    assert_eq!(run.stdout, format!("removed key {id} (ci)\n"));
    assert_eq!(sb.check(&key, &[]).1["reason"], "unknown_key");
    let again = sb.run(&["keys", "rm", id]);
    assert_eq!(again.code, 1);
    assert!(again.stderr.contains(&format!("no key with id {id}")));
    assert_eq!(sb.run(&["keys", "show", id]).code, 1);
}

#[test]
fn no_store_leaves_the_keyfile_alone_and_json_carries_the_hash() {
    let sb = Sandbox::new();
    let run = sb.run(&[
        "keygen",
        "--no-store",
        "--format",
        "json",
        "--name",
        "x",
        "--scope",
        "a",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!sb.keyfile.exists());
    let out = run.json();
    let key = out["key"].as_str().unwrap();
    assert!(is_key_shape(key, "kw"));
    assert_eq!(out["id"], &key[3..11]);
    assert_eq!(out["name"], "x");
    assert_eq!(out["prefix"], "kw");
    assert_eq!(out["scopes"], serde_json::json!(["a"]));
    assert_eq!(out["expires_at"], serde_json::Value::Null);
    assert!(out["created_at"].as_str().unwrap().ends_with('Z'));
    // The printed hash is the key's: `hash --check` agrees.
    let hash = out["hash"].as_str().unwrap();
    let check = sb.run_with_stdin(&["hash", "--check", hash], key.as_bytes());
    assert_eq!(check.code, 0, "{}", check.stderr);
}

#[test]
fn count_makes_several_keys_one_per_line() {
    let sb = Sandbox::new();
    let run = sb.run(&["keygen", "--count", "3", "--prefix", "acme_test"]);
    assert_eq!(run.code, 0);
    let keys: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(keys.len(), 3);
    assert!(keys.iter().all(|k| is_key_shape(k, "acme_test")));
    let json = sb.run(&["keygen", "--count", "2", "--format", "json"]);
    assert_eq!(json.stdout.lines().count(), 2, "JSON Lines");
}

#[test]
fn bad_keygen_flags_are_usage_errors() {
    let sb = Sandbox::new();
    for (args, want) in [
        (
            vec!["keygen", "--prefix", "my-app"],
            "--prefix: the prefix has a character other than A-Z, a-z, 0-9 and _ at byte 2",
        ),
        (
            vec!["keygen", "--prefix", "a_very_long_prefix_indeed"],
            "at most 20 fit",
        ),
        (
            vec!["keygen", "--expires", "2020-01-01"],
            "is not in the future",
        ),
        (vec!["keygen", "--expires", "soon"], "is not a time"),
        // Read as 1970-01-01T00:01:30Z it would be a typo's worst reading.
        (
            vec!["keygen", "--expires", "90"],
            "a Unix timestamp has at least 10 digits",
        ),
        (
            vec!["keygen", "--scope", "read write"],
            "a scope is one word",
        ),
        (vec!["keygen", "--count", "0"], "0 is not in 1..=10000"),
    ] {
        let run = sb.run(&args);
        assert_eq!(run.code, 2, "{args:?}");
        run.assert_clean_failure();
        assert!(run.stderr.contains(want), "{args:?}: {}", run.stderr);
    }
    assert!(!sb.keyfile.exists());
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let sb = Sandbox::new();
    sb.keygen(&["--name", "ci"]);
    let plain = sb.run(&["keys", "list"]);
    assert!(
        !plain.stdout.contains('\x1b'),
        "piped output has no ANSI codes"
    );
    let forced = sb.run(&["--color", "always", "keys", "list"]);
    assert!(forced.stdout.contains("\x1b["), "{:?}", forced.stdout);
    let run = sb.run_with_env(&["--color", "auto", "keys", "list"], &[("NO_COLOR", "1")]);
    assert!(!run.stdout.contains('\x1b'));
}

#[test]
fn the_default_keyfile_lives_in_the_data_directory() {
    let sb = Sandbox::new();
    let mut cmd = sb.command();
    cmd.env_remove("KEYWARD_KEYFILE")
        .env("XDG_DATA_HOME", sb.dir.path().join("xdg"));
    let out = cmd.arg("keygen").output().unwrap();
    assert!(out.status.success());
    assert!(sb.dir.path().join("xdg/keyward/keys.json").exists());
    // --keyfile wins over the environment.
    let other = sb.dir.path().join("other.json");
    let run = sb.run(&["--keyfile", other.to_str().unwrap(), "keygen"]);
    assert_eq!(run.code, 0);
    assert!(other.exists());
}

#[test]
fn no_message_repeats_more_than_four_characters_of_a_pasted_secret() {
    let sb = Sandbox::new();
    sb.keygen(&[]);
    let secrets = [
        "ghp_8aspm4G7Qz81mN3vT6rYk29aB7dLq0PxWcEe",
        "7f3a9c2e41b8d6f0a5c3e9b7d1f4a8c2_x_y",
        "sk_live_4eC39HqLyjWDarjtT1zdp7dc-x",
        "Xk29aB7dLq0PQz81mN3v",
    ];
    let leaks =
        |secret: &str, text: &str| (0..secret.len() - 4).any(|i| text.contains(&secret[i..i + 5]));
    for secret in secrets {
        for command in [
            &["keys", "revoke"][..],
            &["keys", "show"],
            &["keys", "rotate"],
        ] {
            let mut args = command.to_vec();
            args.push(secret);
            let run = sb.run(&args);
            assert_eq!(run.code, 2, "{args:?}");
            assert!(!leaks(secret, &run.stderr), "{args:?}: {}", run.stderr);
        }
        for format in ["text", "json"] {
            let run = sb.run_with_stdin(
                &["keys", "check", "-", "--format", format],
                secret.as_bytes(),
            );
            assert!(
                !leaks(secret, &run.stdout) && !leaks(secret, &run.stderr),
                "{}{}",
                run.stdout,
                run.stderr
            );
        }
    }
}

#[cfg(unix)]
#[test]
fn a_keyfile_someone_else_could_have_written_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let sb = Sandbox::new();
    let key = sb.keygen(&[]);
    let mode = |path: &std::path::Path, mode: u32| {
        fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap()
    };
    // Writable by others: its records could be planted keys.
    mode(&sb.keyfile, 0o666);
    let run = sb.run_with_stdin(&["keys", "check", "-"], key.as_bytes());
    assert_eq!(run.code, 2, "{}", run.stdout);
    assert!(
        run.stderr.contains("writable by other users (mode 666)"),
        "{}",
        run.stderr
    );
    let run = sb.run_with_stdin(
        &["--insecure-keyfile", "keys", "check", "-"],
        key.as_bytes(),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("used anyway (--insecure-keyfile)"),
        "{}",
        run.stderr
    );
    mode(&sb.keyfile, 0o600);
    // In a directory others can change entries of (not sticky).
    let shared = sb.dir.path().join("shared");
    fs::create_dir(&shared).unwrap();
    mode(&shared, 0o777);
    let planted = shared.join("keys.json");
    fs::copy(&sb.keyfile, &planted).unwrap();
    let run = sb.run(&["--keyfile", planted.to_str().unwrap(), "keys", "list"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("is writable by other users (mode 777)"),
        "{}",
        run.stderr
    );
    // A symlink into it is judged where it leads.
    let link = sb.dir.path().join("link.json");
    std::os::unix::fs::symlink(&planted, &link).unwrap();
    let run = sb.run(&["--keyfile", link.to_str().unwrap(), "keys", "list"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    // Owned by another user (only root can make one).
    // SAFETY: geteuid cannot fail.
    if unsafe { libc::geteuid() } == 0 {
        let theirs = sb.dir.path().join("theirs.json");
        fs::copy(&sb.keyfile, &theirs).unwrap();
        std::os::unix::fs::chown(&theirs, Some(65534), None).unwrap();
        let run = sb.run(&["--keyfile", theirs.to_str().unwrap(), "keys", "list"]);
        assert_eq!(run.code, 2);
        assert!(
            run.stderr.contains("owned by another user (uid 65534)"),
            "{}",
            run.stderr
        );
    }
}

#[cfg(unix)]
#[test]
fn a_keyfile_that_is_not_a_regular_file_is_refused_without_hanging() {
    let sb = Sandbox::new();
    let fifo = sb.dir.path().join("fifo.json");
    let path = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(path.as_ptr(), 0o600) }, 0);
    let null = sb.dir.path().join("null.json");
    std::os::unix::fs::symlink("/dev/null", &null).unwrap();
    for keyfile in [&fifo, &null] {
        for args in [
            &["keys", "list"][..],
            &["keygen"],
            &["keys", "show", "AAAAAAAA"],
        ] {
            let mut cmd = sb.command();
            cmd.arg("--keyfile").arg(keyfile).args(args);
            cmd.stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped());
            let mut child = cmd.spawn().unwrap();
            let start = std::time::Instant::now();
            while child.try_wait().unwrap().is_none() {
                if start.elapsed() > Duration::from_secs(10) {
                    child.kill().unwrap();
                    panic!("{args:?} on {} hangs", keyfile.display());
                }
                thread::sleep(Duration::from_millis(20));
            }
            let out = child.wait_with_output().unwrap();
            assert_eq!(out.status.code(), Some(2), "{args:?}");
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(stderr.contains("not a regular file"), "{stderr}");
        }
    }
}

#[cfg(unix)]
#[test]
fn the_lock_is_beside_the_path_the_user_named() {
    let sb = Sandbox::new();
    let real = sb.dir.path().join("elsewhere");
    fs::create_dir(&real).unwrap();
    sb.keygen(&["--keyfile", real.join("keys.json").to_str().unwrap()]);
    let link = sb.dir.path().join("mine.json");
    std::os::unix::fs::symlink(real.join("keys.json"), &link).unwrap();
    sb.keygen(&["--keyfile", link.to_str().unwrap()]);
    assert!(sb.dir.path().join("mine.json.lock").exists());
    let rows = fs::read_to_string(real.join("keys.json")).unwrap();
    assert_eq!(
        rows.matches("\"id\"").count(),
        2,
        "the key went where the link leads"
    );
}

#[test]
fn a_record_asking_for_more_work_than_keyward_writes_is_refused() {
    let sb = Sandbox::new();
    let key = sb.keygen(&[]);
    let original = fs::read_to_string(&sb.keyfile).unwrap();
    for costs in [
        "v=19$m=1048576,t=4,p=1",
        "v=19$m=19456,t=11,p=1",
        "v=19$m=19456,t=2,p=17",
        "v=16$m=19456,t=2,p=1",
    ] {
        let edited = original.replacen("v=19$m=19456,t=2,p=1", costs, 1);
        assert_ne!(edited, original);
        fs::write(&sb.keyfile, edited).unwrap();
        let run = sb.run_with_stdin(&["keys", "check", "-"], key.as_bytes());
        assert_eq!(run.code, 2, "{costs}: {}", run.stdout);
        assert!(
            run.stderr.contains("outside what keyward writes"),
            "{}",
            run.stderr
        );
        assert!(
            !run.stderr.contains("--max-memory"),
            "keys check has no such flag"
        );
    }
}

#[test]
fn keys_show_revoke_and_rotate_take_a_whole_key_from_stdin_a_file_or_the_environment() {
    let sb = Sandbox::new();
    let key = sb.keygen(&["--name", "leaked"]);
    let id = &key[3..11];
    fs::write(sb.dir.path().join("k.txt"), format!("{key}\n")).unwrap();
    let run = sb.run(&["keys", "show", "@k.txt", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains(id) && !run.stderr.contains("(ps)"),
        "{}",
        run.stderr
    );
    let run = sb.run_with_env(
        &["-q", "keys", "rotate", "env:LEAKED", "--grace", "1h"],
        &[("LEAKED", &key)],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let run = sb.run_with_stdin(
        &["keys", "revoke", "-", "--reason", "leaked"],
        key.as_bytes(),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(sb.check(&key, &[]).1["reason"], "revoked");
    // On argv it still works, with the note that others can read it.
    let run = sb.run(&["keys", "show", &key]);
    assert_eq!(run.code, 0);
    assert!(run.stderr.contains("(ps)"), "{}", run.stderr);
}

#[test]
fn a_grace_longer_than_the_key_has_left_is_not_promised() {
    let sb = Sandbox::new();
    let key = sb.keygen(&["--expires", "1h"]);
    let run = sb.run(&["keys", "rotate", &key[3..11], "--grace", "7d"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("works until"), "{}", run.stderr);
    assert!(!run.stderr.contains("(in 7d)"), "{}", run.stderr);
}

#[test]
fn control_characters_never_reach_the_terminal_from_a_keyfile() {
    let sb = Sandbox::new();
    let run = sb.run(&["keygen", "--name", "ci\u{1b}[2J"]);
    assert_eq!(run.code, 2, "refused at the door");
    let key = sb.keygen(&["--name", "ci"]);
    let run = sb.run(&["keys", "revoke", &key[3..11], "--reason", "x\u{7}"]);
    assert_eq!(run.code, 2);
    // A hand-edited keyfile may hold anything: it is escaped wherever it is shown.
    let text = fs::read_to_string(&sb.keyfile).unwrap();
    fs::write(
        &sb.keyfile,
        text.replace("\"name\":\"ci\"", "\"name\":\"ci\\u001b[31mOK\""),
    )
    .unwrap();
    sb.run(&["-q", "keys", "revoke", &key[3..11], "--reason", "leaked"]);
    for args in [&["keys", "list"][..], &["keys", "show", &key[3..11]]] {
        let run = sb.run(args);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        assert!(
            !run.stdout.contains('\u{1b}') && run.stdout.contains("\\u{1b}"),
            "{args:?}: {}",
            run.stdout
        );
    }
    let run = sb.run_with_stdin(&["keys", "check", "-"], key.as_bytes());
    assert!(!run.stdout.contains('\u{1b}'), "{}", run.stdout);
}

#[test]
fn keys_check_takes_a_key_as_it_is_sent_and_names_bad_bytes_where_they_are() {
    let sb = Sandbox::new();
    let key = sb.keygen(&[]);
    for pasted in [
        format!("Bearer {key}"),
        format!("Authorization: Bearer {key}"),
        format!("\"{key}\""),
        format!("'{key}'\n"),
    ] {
        let run = sb.run_with_stdin(&["keys", "check", "-"], pasted.as_bytes());
        assert_eq!(run.code, 0, "{pasted:?}: {}", run.stdout);
    }
    let run = sb.run_with_stdin(&["keys", "check", "-"], b"kw_\xff\xfeabc");
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("at byte 3"), "{}", run.stdout);
}

#[cfg(unix)]
#[test]
fn writers_through_a_symlink_and_through_its_target_lose_no_key() {
    let sb = Sandbox::new();
    let real = sb.dir.path().join("real");
    let links = sb.dir.path().join("links");
    fs::create_dir_all(&real).unwrap();
    fs::create_dir_all(&links).unwrap();
    let target = real.join("keys.json");
    sb.keygen(&["--keyfile", target.to_str().unwrap()]);
    let link = links.join("keys.json");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let children: Vec<_> = (0..16)
        .map(|i| {
            let path = if i % 2 == 0 { &link } else { &target };
            sb.command()
                .args(["-q", "keygen", "--keyfile", path.to_str().unwrap()])
                .stdout(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let shown = children
        .into_iter()
        .map(|c| c.wait_with_output().unwrap())
        .filter(|o| o.status.success())
        .count();
    assert_eq!(shown, 16);
    let stored = fs::read_to_string(&target)
        .unwrap()
        .matches("\"id\"")
        .count();
    assert_eq!(stored, 17, "every key shown is stored");
}
