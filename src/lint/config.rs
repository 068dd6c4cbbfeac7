//! `.keyward.toml`: project settings for `keyward lint`, looked for from the working directory up
//! to the repository root.
//!
//! ```toml
//! [lint]
//! ignore = ["credential-in-cookie"]   # rules not to report
//! fail-on = "error"                   # the severity that makes the exit status 1
//! baseline = ".keyward-baseline.json" # fingerprints of accepted findings
//! exclude = ["vendor/**", "*.har"]    # paths not to lint (gitignore syntax)
//! ```

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::rules::Severity;
use crate::error::{Error, Result};

pub const FILE_NAME: &str = ".keyward.toml";

/// Markers that suppress findings on their line (ours, gitleaks's and detect-secrets's).
pub const ALLOW_MARKERS: [&str; 3] = [
    "keyward:allow",
    "gitleaks:allow",
    "pragma: allowlist secret",
];

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    lint: Settings,
}

/// The `[lint]` table.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Settings {
    #[serde(default)]
    pub ignore: Vec<String>,
    pub fail_on: Option<Severity>,
    pub baseline: Option<PathBuf>,
    #[serde(default)]
    pub exclude: Vec<String>,
    /// What paths in fingerprints and `exclude` patterns are relative to: the directory of the
    /// settings file, else the repository's root, else the working directory.
    #[serde(skip)]
    pub root: PathBuf,
}

/// Reads `--config PATH`, or the nearest `.keyward.toml` from the working directory up to the
/// repository's root (outside a repository, the working directory's only).
pub fn load(explicit: Option<&Path>) -> Result<Settings> {
    let cwd = std::env::current_dir().map_err(Error::file(Path::new(".")))?;
    let repository = repository_root(&cwd);
    let found = match explicit {
        Some(path) => Some(path.to_owned()),
        None => cwd
            .ancestors()
            .take_while(|dir| {
                repository
                    .as_deref()
                    .is_none_or(|root| dir.starts_with(root))
            })
            .take(if repository.is_some() { usize::MAX } else { 1 })
            .map(|dir| dir.join(FILE_NAME))
            .find(|path| path.is_file()),
    };
    let Some(path) = found else {
        return Ok(Settings {
            root: repository.unwrap_or(cwd),
            ..Settings::default()
        });
    };
    let text = std::fs::read_to_string(&path).map_err(Error::file(&path))?;
    let file: File = toml::from_str(&text).map_err(|e| {
        let place = e
            .span()
            .map(|s| {
                let line = text[..s.start].matches('\n').count() + 1;
                format!(" (line {line})")
            })
            .unwrap_or_default();
        let message = crate::error::without_values(e.message());
        Error::Input(format!("{}{place}: {message}", path.display()))
    })?;
    for id in &file.lint.ignore {
        super::rules::by_id(id)
            .map_err(|e| Error::Input(format!("{}: ignore: {e}", path.display())))?;
    }
    let mut settings = file.lint;
    settings.root = super::normalized(&cwd.join(path.parent().unwrap_or(Path::new(""))));
    // A baseline named in the file is found next to the file, wherever keyward runs.
    if let Some(baseline) = &settings.baseline {
        settings.baseline = Some(settings.root.join(baseline));
    }
    Ok(settings)
}

/// The nearest directory from `dir` up that holds `.git` (a directory, or the file a work tree
/// or submodule has).
pub fn repository_root(dir: &Path) -> Option<PathBuf> {
    dir.ancestors()
        .find(|d| d.join(".git").exists())
        .map(Path::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_are_read_and_mistakes_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, "[lint]\nignore = [\"credential-in-cookie\"]\nfail-on = \"error\"\nexclude = [\"vendor/**\"]\nbaseline = \"b.json\"\n").unwrap();
        let settings = load(Some(&path)).unwrap();
        assert_eq!(settings.baseline, Some(dir.path().join("b.json")));
        assert_eq!(settings.ignore, ["credential-in-cookie"]);
        assert_eq!(settings.fail_on, Some(Severity::Error));
        std::fs::write(&path, "[lint]\nfail_on = \"error\"\n").unwrap();
        let err = load(Some(&path)).unwrap_err().to_string();
        assert!(err.contains("line 2") && err.contains("fail_on"), "{err}");
        std::fs::write(&path, "[lint]\nignore = [\"no-such-rule\"]\n").unwrap();
        assert!(
            load(Some(&path))
                .unwrap_err()
                .to_string()
                .contains("ignore: no-such-rule: no such rule")
        );
    }
}
