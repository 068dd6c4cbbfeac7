//! `.keyward.toml`: project settings for `keyward lint`, and the baseline of accepted findings.
//!
//! ```toml
//! [lint]
//! ignore = ["credential-in-cookie"]   # rules not to report
//! fail-on = "error"                   # the severity that makes the exit status 1
//! baseline = ".keyward-baseline.json" # fingerprints of accepted findings
//! exclude = ["vendor/**", "*.har"]    # paths not to lint (gitignore syntax)
//! ```

use std::collections::HashSet;
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
}

/// Reads `--config PATH`, or `.keyward.toml` in the current directory when it exists.
pub fn load(explicit: Option<&Path>) -> Result<Settings> {
    let path = match explicit {
        Some(path) => path.to_owned(),
        None => {
            let default = PathBuf::from(FILE_NAME);
            if !default.exists() {
                return Ok(Settings::default());
            }
            default
        }
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
        Error::Input(format!("{}{place}: {}", path.display(), e.message()))
    })?;
    for id in &file.lint.ignore {
        super::rules::by_id(id)
            .map_err(|e| Error::Input(format!("{}: ignore: {e}", path.display())))?;
    }
    let mut settings = file.lint;
    // A baseline named in the file is found next to the file, wherever keyward runs.
    if let (Some(baseline), Some(dir)) = (&settings.baseline, path.parent()) {
        settings.baseline = Some(dir.join(baseline));
    }
    Ok(settings)
}

/// The fingerprints in a baseline file: a `keyward lint --format json` report, or a JSON list.
pub fn read_baseline(path: &Path) -> Result<HashSet<String>> {
    let text = std::fs::read_to_string(path).map_err(Error::file(path))?;
    let value: serde_json::Value = serde_json::from_str(&text)
        .map_err(|e| Error::Input(format!("baseline {}: not JSON: {e}", path.display())))?;
    let list = value.get("findings").unwrap_or(&value);
    let Some(items) = list.as_array() else {
        return Err(Error::Input(format!(
            "baseline {}: expected a keyward lint JSON report or a list of fingerprints",
            path.display()
        )));
    };
    Ok(items
        .iter()
        .filter_map(|item| item.get("fingerprint").unwrap_or(item).as_str())
        .map(str::to_owned)
        .collect())
}

/// Writes a baseline: the sorted fingerprints, as a JSON list.
pub fn write_baseline(path: &Path, fingerprints: &[&str]) -> Result<()> {
    let mut sorted: Vec<&str> = fingerprints.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let text =
        serde_json::to_string_pretty(&sorted).map_err(|e| Error::Input(e.to_string()))? + "\n";
    crate::store::write_atomically(path, text.as_bytes()).map_err(Error::file(path))
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

    #[test]
    fn baselines_read_reports_and_lists() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.json");
        std::fs::write(
            &path,
            r#"{"findings":[{"fingerprint":"aa"},{"fingerprint":"bb"}],"summary":{}}"#,
        )
        .unwrap();
        assert_eq!(read_baseline(&path).unwrap().len(), 2);
        write_baseline(&path, &["cc", "aa", "cc"]).unwrap();
        let set = read_baseline(&path).unwrap();
        assert!(set.contains("aa") && set.contains("cc") && set.len() == 2);
    }
}
