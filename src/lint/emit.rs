//! The run's findings in report order — by file name, then position — numbered, filtered and
//! counted as they come, so that the printer can write each one and let it go: a run's memory is
//! bounded by the findings of the input being read, not by all of them.
//!
//! What is kept for the whole run: the fingerprints already seen in a file, while an input of
//! the same fingerprint path may still come (16 bytes and a count each), and, for
//! `--write-baseline` only, the fingerprints reported with their values' digests.

use std::collections::{BTreeMap, HashMap};

use super::baseline::Baseline;
use super::rules::Severity;
use super::{Reported, Summary, digest_hex, fingerprint_path};

/// What keeps a finding out of the report, and what makes the run fail.
pub struct Filter<'a> {
    pub ignore: &'a [String],
    pub baseline: &'a Baseline,
    pub fail_on: Severity,
    /// Keep the fingerprints reported, for `--write-baseline`.
    pub keep_fingerprints: bool,
}

/// The findings of a run, input by input in report order.
pub struct Report<'a> {
    filter: Filter<'a>,
    /// Input indices in report order: by name, inputs of one name in the order given.
    order: Vec<usize>,
    /// For each position in `order`: the group of inputs of its name.
    group: Vec<usize>,
    /// For each position in `order`: whether another input has the same name (their findings
    /// are then merged by position before they are reported).
    shared: Vec<bool>,
    /// For each position in `order`: the input's fingerprint path.
    paths: Vec<String>,
    /// The last position in `order` of each fingerprint path.
    last_use: HashMap<String, usize>,
    /// The position in `order` of the input being read.
    at: usize,
    /// Findings of inputs sharing a name, held until the last of them is read.
    merging: Vec<Reported>,
    /// Per fingerprint path, how often each fingerprint was seen.
    seen: HashMap<String, HashMap<u128, u32>>,
    /// For `--write-baseline`: each finding's fingerprint and its value's digest.
    accepted: Vec<(String, Option<[u8; 32]>)>,
    fails: bool,
    pub summary: Summary,
}

impl<'a> Report<'a> {
    /// A report over inputs of these names.
    pub fn new(names: &[String], filter: Filter<'a>) -> Report<'a> {
        let mut order: Vec<usize> = (0..names.len()).collect();
        order.sort_by(|&a, &b| names[a].cmp(&names[b]));
        let group: Vec<usize> = order
            .iter()
            .scan(None::<&str>, |last, &i| {
                let new = *last != Some(names[i].as_str());
                *last = Some(&names[i]);
                Some(new)
            })
            .scan(0, |id, new| {
                *id += usize::from(new);
                Some(*id)
            })
            .collect();
        // Groups are runs in `order`: an input shares its name with a neighbour or none.
        let shared = (0..group.len())
            .map(|at| {
                (at > 0 && group[at - 1] == group[at]) || group.get(at + 1) == Some(&group[at])
            })
            .collect();
        let paths: Vec<String> = order.iter().map(|&i| fingerprint_path(&names[i])).collect();
        let last_use = paths.iter().cloned().zip(0..).collect();
        Report {
            filter,
            group,
            shared,
            paths,
            last_use,
            at: 0,
            merging: Vec::new(),
            seen: HashMap::new(),
            accepted: Vec::new(),
            fails: false,
            summary: Summary {
                inputs: names.len(),
                ..Summary::default()
            },
            order,
        }
    }

    /// The order in which inputs are to be read.
    pub fn order(&self) -> &[usize] {
        &self.order
    }

    /// Findings of the input being read, in order of position: those to report now.
    pub fn found(&mut self, found: Vec<Reported>) -> Vec<Reported> {
        if self.shared[self.at] {
            self.merging.extend(found);
            return Vec::new();
        }
        self.take(found)
    }

    /// The input being read is done: the findings it leaves to report, and on to the next.
    pub fn input_done(&mut self) -> Vec<Reported> {
        let at = self.at;
        let group_ends = self.shared[at] && self.group.get(at + 1) != Some(&self.group[at]);
        let out = if group_ends {
            let mut merged = std::mem::take(&mut self.merging);
            sort(&mut merged);
            self.take(merged)
        } else {
            Vec::new()
        };
        let path = &self.paths[at];
        if self.last_use.get(path) == Some(&at) {
            self.seen.remove(path);
        }
        self.at += 1;
        out
    }

    /// Numbers, filters and counts findings of the input at `self.at`, in report order.
    fn take(&mut self, found: Vec<Reported>) -> Vec<Reported> {
        if found.is_empty() {
            return found;
        }
        let seen = self.seen.entry(self.paths[self.at].clone()).or_default();
        let mut kept = Vec::with_capacity(found.len());
        for mut r in found {
            // Two findings that share a fingerprint (`password: …` under `dev:` and under
            // `prod:` in one file, a request repeated in a HAR capture) are told apart by their
            // order in the file, so that a baseline holding the first does not hide the second.
            let n = seen.entry(key(&r.fingerprint)).or_insert(0);
            *n += 1;
            if *n > 1 {
                r.fingerprint = digest_hex(&format!("{}#{}", r.fingerprint, n));
            }
            let ignored = self.filter.ignore.iter().any(|id| id == r.rule);
            if ignored || self.filter.baseline.accepts(&r) {
                continue;
            }
            match r.severity {
                Severity::Error => self.summary.errors += 1,
                Severity::Warning => self.summary.warnings += 1,
                Severity::Info => self.summary.infos += 1,
            }
            self.summary.findings += 1;
            self.fails |= r.severity >= self.filter.fail_on;
            if self.filter.keep_fingerprints {
                self.accepted.push((r.fingerprint.clone(), r.value_digest));
            }
            kept.push(r);
        }
        kept
    }

    /// Whether a finding reported is at least as severe as `fail_on`.
    pub fn fails(&self) -> bool {
        self.fails
    }

    /// The findings reported (fingerprints and values' digests), when asked to keep them.
    pub fn kept_for_baseline(&self) -> &[(String, Option<[u8; 32]>)] {
        &self.accepted
    }
}

/// A fingerprint as a number: 32 hex digits (see `digest_hex`) make 128 bits.
fn key(fingerprint: &str) -> u128 {
    u128::from_str_radix(fingerprint, 16).unwrap_or_else(|_| {
        use std::hash::{Hash, Hasher};
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        fingerprint.hash(&mut hasher);
        u128::from(hasher.finish())
    })
}

/// Findings of one input in report order: by line, then column (stable: findings at one place
/// keep the order they were made in).
pub fn sort(found: &mut [Reported]) {
    found.sort_by_key(|r| (r.line, r.column));
}

/// What inputs gave besides findings, handed on in the order the inputs were given.
#[derive(Default)]
pub struct InInputOrder<T> {
    next: usize,
    pending: BTreeMap<usize, T>,
}

impl<T> InInputOrder<T> {
    /// Input `index` is done: what can now be handed on, in input order.
    pub fn done(&mut self, index: usize, value: T) -> Vec<T> {
        self.pending.insert(index, value);
        let mut ready = Vec::new();
        while let Some(value) = self.pending.remove(&self.next) {
            ready.push(value);
            self.next += 1;
        }
        ready
    }
}
