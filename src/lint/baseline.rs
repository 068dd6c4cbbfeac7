//! Baselines: the findings a project has accepted, so that only new ones are reported.
//!
//! A finding is accepted by its fingerprint (where it sits: rule, file, place in the request,
//! name) and, when it has a value, by a *tag* of that value: 16 bits of a salted PBKDF2, so that
//! a different secret appearing at a baselined place is reported again. Sixteen bits cannot
//! confirm a guessed secret (one guess in 65 536 matches by chance), and the salt and the rounds
//! make each guess cost as much as a password hash check.
//!
//! ```json
//! {"keyward-baseline": 2, "salt": "…", "rounds": 20000,
//!  "findings": [{"fingerprint": "…", "tag": "9f3a"}, {"fingerprint": "…"}]}
//! ```
//!
//! Also read, matching by place only: a JSON list of fingerprints (version 1) and a
//! `keyward lint --format json` report.

use std::collections::HashMap;
use std::num::NonZeroU32;
use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::STANDARD_NO_PAD as BASE64;
use serde::{Deserialize, Serialize};

use super::Reported;
use crate::error::{Error, Result};

const VERSION: u32 = 2;
/// PBKDF2-HMAC-SHA256 rounds: 3 ms per tag on this project's 2.6 GHz EPYC (1 000 tags: 3.1 s of
/// CPU, spread over the cores); tags are computed only for
/// findings being written to a baseline or found at a baselined place.
const ROUNDS: u32 = 20_000;
const SALT_LEN: usize = 16;

/// The accepted findings of a baseline file.
#[derive(Debug, Default)]
pub struct Baseline {
    /// Fingerprint → the tag of the value written there, if it had one.
    accepted: HashMap<String, Option<u16>>,
    salt: Vec<u8>,
    rounds: u32,
}

#[derive(Serialize, Deserialize)]
struct File {
    #[serde(rename = "keyward-baseline")]
    version: u32,
    salt: String,
    rounds: u32,
    findings: Vec<Entry>,
}

#[derive(Serialize, Deserialize)]
struct Entry {
    fingerprint: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    tag: Option<String>,
}

impl Baseline {
    /// Reads a baseline file. Whether it can tell values apart is `tells_values`.
    pub fn read(path: &Path) -> Result<Baseline> {
        let text = std::fs::read_to_string(path).map_err(Error::file(path))?;
        let problem = |what: String| Error::Input(format!("baseline {}: {what}", path.display()));
        let value: serde_json::Value =
            serde_json::from_str(&text).map_err(|e| problem(format!("not JSON: {e}")))?;
        if value.get("keyward-baseline").is_some() {
            let file: File = serde_json::from_value(value)
                .map_err(|e| problem(format!("not a keyward baseline: {e}")))?;
            if file.version > VERSION {
                return Err(problem(format!(
                    "version {} is newer than this keyward reads ({VERSION})",
                    file.version
                )));
            }
            let salt = BASE64
                .decode(&file.salt)
                .map_err(|_| problem("salt: not base64".into()))?;
            let mut accepted = HashMap::with_capacity(file.findings.len());
            for entry in file.findings {
                let tag = match &entry.tag {
                    Some(tag) => Some(
                        u16::from_str_radix(tag, 16)
                            .ok()
                            .filter(|_| tag.len() == 4)
                            .ok_or_else(|| problem("tag: not 4 hex digits".into()))?,
                    ),
                    None => None,
                };
                accepted.insert(entry.fingerprint, tag);
            }
            return Ok(Baseline {
                accepted,
                salt,
                rounds: file.rounds.clamp(1, 10 * ROUNDS),
            });
        }
        let list = value.get("findings").unwrap_or(&value);
        let Some(items) = list.as_array() else {
            return Err(problem(
                "expected a keyward baseline, a keyward lint JSON report or a list of fingerprints"
                    .into(),
            ));
        };
        let accepted = items
            .iter()
            .filter_map(|item| item.get("fingerprint").unwrap_or(item).as_str())
            .map(|f| (f.to_owned(), None))
            .collect();
        Ok(Baseline {
            accepted,
            ..Baseline::default()
        })
    }

    /// Whether the baseline holds tags of values (files written by `--write-baseline` do; lists
    /// of fingerprints and JSON reports match by place only).
    pub fn tells_values(&self) -> bool {
        !self.salt.is_empty()
    }

    /// Whether a finding is accepted: its fingerprint is in the baseline and its value, if the
    /// baseline tagged one, is the one it was written with (a slow hash, computed only here).
    pub fn accepts(&self, reported: &Reported) -> bool {
        match self.accepted.get(&reported.fingerprint) {
            None => false,
            Some(None) => true,
            Some(Some(kept)) => reported
                .value_digest
                .is_none_or(|digest| self.tag(&reported.fingerprint, &digest) == *kept),
        }
    }

    /// Writes the baseline of the findings reported (fingerprints and values' digests) to
    /// `path`, keeping the salt of a baseline already there (so that a rewrite changes only the
    /// lines of findings that changed). Returns how many findings it holds.
    pub fn write(path: &Path, reported: &[(String, Option<[u8; 32]>)]) -> Result<usize> {
        let kept = Baseline::read(path).ok().filter(Baseline::tells_values);
        let (salt, rounds) = match kept {
            Some(b) => (b.salt, b.rounds),
            None => (fresh_salt()?, ROUNDS),
        };
        let baseline = Baseline {
            salt,
            rounds,
            ..Baseline::default()
        };
        let tags = baseline.tags_of(reported);
        let mut findings: Vec<Entry> = reported
            .iter()
            .zip(tags)
            .map(|((fingerprint, _), tag)| Entry {
                fingerprint: fingerprint.clone(),
                tag: tag.map(|t| format!("{t:04x}")),
            })
            .collect();
        findings.sort_by(|a, b| (&a.fingerprint, &a.tag).cmp(&(&b.fingerprint, &b.tag)));
        findings.dedup_by(|a, b| a.fingerprint == b.fingerprint && a.tag == b.tag);
        let count = findings.len();
        let file = File {
            version: VERSION,
            salt: BASE64.encode(&baseline.salt),
            rounds,
            findings,
        };
        let text = serde_json::to_string_pretty(&file).map_err(|e| Error::Input(e.to_string()))?;
        crate::store::write_atomically(path, (text + "\n").as_bytes())
            .map_err(Error::file(path))?;
        Ok(count)
    }

    /// The tags of the findings' values (`None` for findings without one, and for every finding
    /// when the baseline keeps no tags), computed on every core: each is a slow hash.
    fn tags_of(&self, reported: &[(String, Option<[u8; 32]>)]) -> Vec<Option<u16>> {
        if !self.tells_values() {
            return vec![None; reported.len()];
        }
        let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
        let per_worker = reported.len().div_ceil(workers).max(1);
        std::thread::scope(|scope| {
            let handles: Vec<_> = reported
                .chunks(per_worker)
                .map(|part| {
                    scope.spawn(move || {
                        part.iter()
                            .map(|(fingerprint, digest)| digest.map(|d| self.tag(fingerprint, &d)))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap_or_default())
                .collect()
        })
    }

    /// 16 bits of PBKDF2 over the value's digest, salted by the file's salt and the finding's
    /// fingerprint (so that two places holding one secret do not show it by equal tags).
    fn tag(&self, fingerprint: &str, value_digest: &[u8; 32]) -> u16 {
        let mut salt = self.salt.clone();
        salt.extend_from_slice(fingerprint.as_bytes());
        let mut out = [0u8; 2];
        let rounds = NonZeroU32::new(self.rounds).unwrap_or(NonZeroU32::MIN);
        aws_lc_rs::pbkdf2::derive(
            aws_lc_rs::pbkdf2::PBKDF2_HMAC_SHA256,
            rounds,
            &salt,
            value_digest,
            &mut out,
        );
        u16::from_be_bytes(out)
    }
}

fn fresh_salt() -> Result<Vec<u8>> {
    let mut salt = vec![0u8; SALT_LEN];
    rand::TryRng::try_fill_bytes(&mut rand::rngs::SysRng, &mut salt)
        .map_err(|e| Error::Input(format!("the system's random number generator failed: {e}")))?;
    Ok(salt)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprint_lists_and_reports_are_read_as_places_only() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("b.json");
        std::fs::write(
            &path,
            r#"{"findings":[{"fingerprint":"aa"},{"fingerprint":"bb"}],"summary":{}}"#,
        )
        .unwrap();
        let baseline = Baseline::read(&path).unwrap();
        assert_eq!(baseline.accepted.len(), 2);
        assert!(!baseline.tells_values());
        std::fs::write(&path, r#"["aa", "cc"]"#).unwrap();
        assert!(Baseline::read(&path).unwrap().accepted.contains_key("cc"));
        std::fs::write(
            &path,
            r#"{"keyward-baseline": 9, "salt": "", "rounds": 1, "findings": []}"#,
        )
        .unwrap();
        let err = Baseline::read(&path).unwrap_err().to_string();
        assert!(err.contains("version 9 is newer"), "{err}");
    }

    #[test]
    fn tags_depend_on_value_salt_and_place() {
        let baseline = Baseline {
            salt: vec![1; SALT_LEN],
            rounds: 10,
            ..Baseline::default()
        };
        let a = baseline.tag("f1", &[7; 32]);
        assert_eq!(a, baseline.tag("f1", &[7; 32]));
        let differ = (0u8..20)
            .filter(|v| baseline.tag("f1", &[*v; 32]) != a)
            .count();
        assert!(differ >= 18, "values are told apart");
        let places = (0..20)
            .filter(|i| baseline.tag(&format!("f{i}"), &[7; 32]) != a)
            .count();
        assert!(places >= 18, "one secret at two places gets two tags");
    }
}
