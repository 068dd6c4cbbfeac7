//! Micro benchmarks: argon2id at OWASP's costs, and the keyfile work around it.
//! Run with `cargo bench --bench argon2`; whole-command comparisons are in bench/run.sh.

use std::hint::black_box;

use keyward::keys::hashing::{self, Cost, Phc};
use keyward::store::{KeyRecord, Keyfile, Store};

fn main() {
    divan::main();
}

#[divan::bench(sample_count = 20)]
fn argon2id_hash_owasp() -> String {
    hashing::hash(
        black_box(b"kw_4fTq9ZbX_y3Kp0wQm8VhR2sLcN6dJtA1eB7gU000000"),
        Cost::OWASP,
    )
    .unwrap()
}

#[divan::bench(sample_count = 20)]
fn argon2id_verify_owasp(bencher: divan::Bencher) {
    let phc = hashing::hash(b"secret", Cost::OWASP).unwrap();
    let parsed = Phc::parse(&phc).unwrap();
    bencher.bench(|| parsed.matches(black_box(b"secret")).unwrap());
}

fn keyfile_of(n: usize) -> (tempfile::TempDir, Store, String) {
    let phc = hashing::hash(b"secret", Cost::OWASP).unwrap();
    let keys: Vec<KeyRecord> = (0..n)
        .map(|i| KeyRecord {
            id: format!("{i:08}"),
            name: Some(format!("service-{i}")),
            prefix: "kw".into(),
            hash: phc.clone(),
            scopes: vec!["read".into(), "write".into()],
            created_at: "2026-11-28T06:00:00Z".parse().unwrap(),
            expires_at: Some("2027-02-26T06:00:00Z".parse().unwrap()),
            revoked_at: None,
            revoked_reason: None,
            rotated_from: None,
            rotated_to: None,
            extra: Default::default(),
        })
        .collect();
    let last = keys.last().unwrap().id.clone();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::at(dir.path().join("keys.json"));
    std::fs::write(store.path(), Keyfile { keys }.to_bytes()).unwrap();
    (dir, store, last)
}

/// Finding the last record by id: the lookup `keys check` does before its one argon2 verification.
#[divan::bench(args = [1, 1_000, 100_000])]
fn find_record_by_id(bencher: divan::Bencher, n: usize) {
    let (_dir, store, last) = keyfile_of(n);
    bencher.bench(|| store.find(black_box(&last)).unwrap().unwrap());
}

/// Loading and validating the whole file: what `keys list` and every write do.
#[divan::bench(args = [10_000])]
fn load_whole_keyfile(bencher: divan::Bencher, n: usize) {
    let (_dir, store, _) = keyfile_of(n);
    bencher.bench(|| store.load().unwrap().keys.len());
}
