//! completions/ and man/ are generated from the clap definitions and committed; this test keeps
//! them byte-for-byte fresh. After changing src/cli.rs, refresh them with
//! `SNAPSHOTS=overwrite cargo test --test generated`.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use clap::CommandFactory;
use clap_complete::Shell;
use keyward::cli::Cli;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn files_in(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let Ok(entries) = fs::read_dir(dir) else {
        return BTreeMap::new();
    };
    entries
        .map(|e| e.unwrap())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

fn generate(kind: &str, out: &Path) {
    let mut cmd = Cli::command();
    match kind {
        "man" => {
            let mut cmd = cmd.disable_help_subcommand(true);
            cmd.build();
            write_man_pages(&cmd, out);
        }
        "completions" => {
            for shell in [
                Shell::Bash,
                Shell::Zsh,
                Shell::Fish,
                Shell::Elvish,
                Shell::PowerShell,
            ] {
                clap_complete::generate_to(shell, &mut cmd, "keyward", out).unwrap();
            }
        }
        _ => unreachable!(),
    }
}

/// clap_mangen's pages for the command and each subcommand, with an EXIT STATUS section in place of
/// the `--help` footer (which clap_mangen would print, unwrapped, under "EXTRA").
fn write_man_pages(cmd: &clap::Command, out: &Path) {
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        write_man_pages(sub, out);
    }
    let man = clap_mangen::Man::new(cmd.clone());
    let mut page = Vec::new();
    man.render_title(&mut page).unwrap();
    man.render_name_section(&mut page).unwrap();
    man.render_synopsis_section(&mut page).unwrap();
    man.render_description_section(&mut page).unwrap();
    if cmd.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(&mut page).unwrap();
    }
    if cmd.has_subcommands() {
        man.render_subcommands_section(&mut page).unwrap();
    }
    page.extend_from_slice(b".SH \"EXIT STATUS\"\n");
    for (code, meaning) in keyward::error::EXIT_CODES {
        page.extend_from_slice(format!(".TP\n\\fB{code}\\fR\n{meaning}\n").as_bytes());
    }
    man.render_version_section(&mut page).unwrap();
    fs::write(out.join(man.get_filename()), page).unwrap();
}

fn check_fresh(kind: &str) {
    let temp = tempfile::tempdir().unwrap();
    generate(kind, temp.path());
    let fresh = files_in(temp.path());
    let committed_dir = root().join(kind);
    if std::env::var_os("SNAPSHOTS").is_some_and(|v| v == "overwrite") {
        let _ = fs::remove_dir_all(&committed_dir);
        fs::create_dir_all(&committed_dir).unwrap();
        for (name, bytes) in &fresh {
            fs::write(committed_dir.join(name), bytes).unwrap();
        }
        return;
    }
    let committed = files_in(&committed_dir);
    let stale: Vec<&String> = fresh
        .keys()
        .chain(committed.keys())
        .filter(|name| fresh.get(*name) != committed.get(*name))
        .collect();
    assert!(
        stale.is_empty(),
        "{kind}/ is out of date ({stale:?}); run: SNAPSHOTS=overwrite cargo test --test generated"
    );
}

#[test]
fn man_pages_are_fresh() {
    check_fresh("man");
}

#[test]
fn completions_are_fresh() {
    check_fresh("completions");
}

#[test]
fn the_completions_command_prints_the_committed_scripts() {
    for (shell, file) in [
        ("bash", "keyward.bash"),
        ("zsh", "_keyward"),
        ("fish", "keyward.fish"),
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_keyward"))
            .args(["completions", shell])
            .output()
            .unwrap();
        assert!(out.status.success());
        assert_eq!(
            out.stdout,
            fs::read(root().join("completions").join(file)).unwrap(),
            "{shell}"
        );
    }
}
