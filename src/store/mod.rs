//! The keyfile: where it lives, how it is read, and how it is changed safely.
//!
//! The file is JSON with one record per line, so that `keys check` can find one record by id
//! without parsing the rest:
//!
//! ```text
//! {"version":1,"keys":[
//! {"id":"4fTq9ZbX","name":"ci","prefix":"kw","hash":"$argon2id$…","scopes":["read"],…},
//! {"id":"Qm8VhR2s",…}
//! ]}
//! ```
//!
//! Changes happen under an exclusive lock on `<keyfile>.lock`, and are written to a temporary file
//! in the same directory, fsynced, renamed over the keyfile, and the directory fsynced: a reader
//! sees the old file or the new one, never a torn one. A file that does not parse is never written.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::thread;
use std::time::{Duration, Instant};

use jiff::Timestamp;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::error::{Error, Result};

mod lookup;
mod safety;

/// The keyfile format version this build reads and writes.
pub const VERSION: u64 = 1;
pub const DEFAULT_FILE_NAME: &str = "keys.json";
const LOCK_TIMEOUT: Duration = Duration::from_secs(10);

/// One key, as stored: everything but the key itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct KeyRecord {
    /// Stays the first field: the one-line lookup searches for `{"id":"…"`.
    pub id: String,
    #[serde(default)]
    pub name: Option<String>,
    pub prefix: String,
    /// argon2id PHC string of the whole key.
    pub hash: String,
    #[serde(default)]
    pub scopes: Vec<String>,
    pub created_at: Timestamp,
    #[serde(default)]
    pub expires_at: Option<Timestamp>,
    #[serde(default)]
    pub revoked_at: Option<Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoked_reason: Option<String>,
    /// The key this one replaced in `keys rotate`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rotated_from: Option<String>,
    /// The key that replaced this one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rotated_to: Option<String>,
    /// Fields written by a newer keyward or by hand, kept as they are.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The whole keyfile.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Keyfile {
    pub keys: Vec<KeyRecord>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Document {
    version: u64,
    keys: Vec<KeyRecord>,
}

#[derive(Deserialize)]
struct VersionOnly {
    version: u64,
}

impl Keyfile {
    pub fn get(&self, id: &str) -> Option<&KeyRecord> {
        self.keys.iter().find(|r| r.id == id)
    }

    pub fn get_mut(&mut self, id: &str) -> Option<&mut KeyRecord> {
        self.keys.iter_mut().find(|r| r.id == id)
    }

    pub fn contains(&self, id: &str) -> bool {
        self.get(id).is_some()
    }

    /// Parses a keyfile, naming the line and column of the first problem.
    pub fn parse(bytes: &[u8], path: &Path) -> Result<Keyfile> {
        let syntax = |e: serde_json::Error| Error::KeyfileSyntax {
            path: path.to_owned(),
            line: e.line(),
            column: e.column(),
            message: crate::error::without_values(&strip_position(&e.to_string())),
        };
        let doc: Document = match serde_json::from_slice(bytes) {
            Ok(doc) => doc,
            Err(e) => {
                // A newer format may fail to parse as this one: say so rather than show its errors.
                if let Ok(v) = serde_json::from_slice::<VersionOnly>(bytes) {
                    check_version(v.version, path)?;
                }
                return Err(syntax(e));
            }
        };
        check_version(doc.version, path)?;
        let keyfile = Keyfile { keys: doc.keys };
        keyfile.validate(path)?;
        Ok(keyfile)
    }

    fn validate(&self, path: &Path) -> Result<()> {
        let mut ids: Vec<&str> = self.keys.iter().map(|r| r.id.as_str()).collect();
        ids.sort_unstable();
        if let Some(w) = ids.windows(2).find(|w| w[0] == w[1]) {
            return Err(Error::KeyfileInvalid {
                path: path.to_owned(),
                message: format!("two records have the id {}", w[0]),
            });
        }
        Ok(())
    }

    /// The on-disk form: one record per line, sorted by id for [`lookup`].
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut sorted: Vec<&KeyRecord> = self.keys.iter().collect();
        sorted.sort_unstable_by(|a, b| a.id.cmp(&b.id));
        let mut out = Vec::with_capacity(64 + self.keys.len() * 320);
        out.extend_from_slice(format!("{{\"version\":{VERSION},\"keys\":[").as_bytes());
        for (i, record) in sorted.into_iter().enumerate() {
            out.extend_from_slice(if i == 0 { b"\n" } else { b",\n" });
            // Serialising a struct of strings, timestamps and JSON values into memory cannot fail.
            serde_json::to_writer(&mut out, record).expect("a record serialises to JSON");
        }
        out.extend_from_slice(b"\n]}\n");
        out
    }
}

fn check_version(found: u64, path: &Path) -> Result<()> {
    if found > VERSION {
        return Err(Error::KeyfileVersion {
            path: path.to_owned(),
            found,
            supported: VERSION,
        });
    }
    if found == 0 {
        return Err(Error::KeyfileInvalid {
            path: path.to_owned(),
            message: "version 0 is not a keyfile version".into(),
        });
    }
    Ok(())
}

/// serde_json appends " at line L column C"; the error message puts the position first.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_owned(),
        None => message.to_owned(),
    }
}

/// The keyfile at a path.
#[derive(Debug, Clone)]
pub struct Store {
    /// The file itself (where a symlink leads).
    path: PathBuf,
    /// The path as the user named it: a lock lives beside it (and one beside `path`).
    named: PathBuf,
    /// `--insecure-keyfile`: use a keyfile another user could have written, with a warning.
    insecure: bool,
}

/// What a change to the keyfile did: only a `Write` rewrites the file.
#[derive(Debug)]
pub enum Change<T> {
    Write(T),
    Keep(T),
}

/// Whether [`Store::update`] may create a keyfile that does not exist yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    /// `keygen`: start a new keyfile.
    Create,
    /// `revoke`, `rm`, `rotate`: a missing keyfile is an error (a mistyped path must not create one).
    Fail,
}

impl Store {
    /// `--keyfile` (or `KEYWARD_KEYFILE`, which clap folds into the flag), else the platform's data
    /// directory: `~/.local/share/keyward/keys.json` on Linux. A symlink is followed, so that the
    /// lock and the rewrite apply to the file it points at.
    pub fn locate(flag: Option<PathBuf>, insecure: bool) -> Result<Store> {
        let path = match flag {
            Some(path) => path,
            None => directories::ProjectDirs::from("", "", "keyward")
                .ok_or_else(|| {
                    Error::Usage(
                        "cannot find a home directory for the keyfile; pass --keyfile PATH or set KEYWARD_KEYFILE"
                            .into(),
                    )
                })?
                .data_dir()
                .join(DEFAULT_FILE_NAME),
        };
        let is_link = fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
        if !is_link {
            return Ok(Store {
                named: path.clone(),
                path,
                insecure,
            });
        }
        match fs::canonicalize(&path) {
            Ok(target) => Ok(Store {
                path: target,
                named: path,
                insecure,
            }),
            Err(e) => Err(Error::KeyfileIo {
                path,
                source: io::Error::new(e.kind(), format!("a symlink to a missing file ({e})")),
            }),
        }
    }

    pub fn at(path: impl Into<PathBuf>) -> Store {
        let path = path.into();
        Store {
            named: path.clone(),
            path,
            insecure: false,
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn exists(&self) -> bool {
        self.path.exists()
    }

    fn io_error(&self, source: io::Error) -> Error {
        Error::KeyfileIo {
            path: self.path.clone(),
            source,
        }
    }

    fn missing(&self) -> Error {
        self.io_error(io::Error::new(
            io::ErrorKind::NotFound,
            "no such file (check --keyfile or KEYWARD_KEYFILE)",
        ))
    }

    /// Beside the path the user named: a symlink into a shared directory must not put the only
    /// lock where others can replace it.
    fn lock_path(&self) -> PathBuf {
        lock_path_beside(&self.named)
    }

    /// Opens the keyfile for reading, and refuses one another user could have written (unless
    /// `--insecure-keyfile`), or anything but a regular file; `None` when it does not exist.
    fn open(&self) -> Result<Option<File>> {
        let file = match safety::open(&self.path) {
            Ok(file) => file,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(self.io_error(e)),
        };
        let metadata = file.metadata().map_err(|e| self.io_error(e))?;
        if let Some(e) = safety::not_regular(&metadata) {
            return Err(self.io_error(e));
        }
        match safety::file_problem(&metadata) {
            Some(why) if !self.insecure => Err(self.unsafe_file(why)),
            _ => Ok(Some(file)),
        }
    }

    fn unsafe_file(&self, why: String) -> Error {
        Error::KeyfileUnsafe {
            path: self.path.clone(),
            why,
        }
    }

    /// Reads the raw file; `None` when it does not exist.
    fn read_bytes(&self) -> Result<Option<Vec<u8>>> {
        let Some(mut file) = self.open()? else {
            return Ok(None);
        };
        let mut bytes = Vec::new();
        io::Read::read_to_end(&mut file, &mut bytes).map_err(|e| self.io_error(e))?;
        Ok(Some(bytes))
    }

    /// Loads and validates the whole keyfile; a missing file is an empty one.
    pub fn load(&self) -> Result<Keyfile> {
        match self.read_bytes()? {
            Some(bytes) => Keyfile::parse(&bytes, &self.path),
            None => Ok(Keyfile::default()),
        }
    }

    /// Finds one record by id; a missing keyfile is an error.
    ///
    /// In a file in keyward's own layout (checked by its first and last line), a binary search
    /// reads a few KiB around the record (see [`lookup`]), and its answer is final: the file is
    /// sorted, so a miss is a miss. A duplicate id beside the hit, or any other layout, falls back
    /// to a full parse, which validates the whole file.
    pub fn find(&self, id: &str) -> Result<Option<KeyRecord>> {
        let Some(file) = self.open()? else {
            return Err(self.missing());
        };
        let fast = lookup::find(&file, id).map_err(|e| self.io_error(e))?;
        match fast {
            Some(found) => {
                check_version(found.version, &self.path)?;
                Ok(found.record)
            }
            None => Ok(self.load()?.get(id).cloned()),
        }
    }

    /// What is wrong with where the keyfile lives: an error when another user could have
    /// written it (its file, the file a symlink leads to, or their directories), warnings when
    /// `--insecure-keyfile` accepts that, and when other users can read the hashes.
    pub fn warnings(&self) -> Result<Vec<String>> {
        let mut problems: Vec<String> = [parent_dir(&self.named), parent_dir(&self.path)]
            .iter()
            .filter_map(|dir| safety::dir_problem(dir))
            .collect();
        problems.dedup();
        let metadata = fs::metadata(&self.path).ok();
        if let Some(metadata) = &metadata {
            if let Some(e) = safety::not_regular(metadata) {
                return Err(self.io_error(e));
            }
            problems.extend(safety::file_problem(metadata));
        }
        if let Some(why) = problems.first().filter(|_| !self.insecure) {
            return Err(self.unsafe_file(why.clone()));
        }
        let mut warnings: Vec<String> = problems
            .into_iter()
            .map(|why| {
                format!(
                    "keyfile {}: {why}; used anyway (--insecure-keyfile)",
                    self.path.display()
                )
            })
            .collect();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = metadata.map(|m| m.permissions().mode() & 0o777);
            if let Some(mode) = mode.filter(|mode| mode & 0o077 != 0) {
                warnings.push(format!(
                    "keyfile {} can be read by other users (mode {mode:o}); run: chmod 600 {}",
                    self.path.display(),
                    self.path.display()
                ));
            }
        }
        Ok(warnings)
    }

    /// Loads the keyfile under an exclusive lock and lets `change` edit it. The file is rewritten,
    /// atomically and keeping its mode and owner, only when `change` returns [`Change::Write`]; not
    /// when the file fails to parse, and not when `change` fails. Anything `change` must deliver
    /// before the file is committed (a new key on stdout), it delivers before returning.
    pub fn update<T>(
        &self,
        missing: Missing,
        change: impl FnOnce(&mut Keyfile) -> Result<Change<T>>,
    ) -> Result<T> {
        self.update_and_deliver(missing, change, |_| Ok(()))
    }

    /// [`Store::update`] for a change that hands something over (a new key, on stdout): the new
    /// file is written and synced first, then `deliver` runs, then a rename commits the file. So a
    /// key is shown only once it is on disk, and stored only once it was shown; a failing
    /// `deliver` leaves the old file as it was.
    pub fn update_and_deliver<T>(
        &self,
        missing: Missing,
        change: impl FnOnce(&mut Keyfile) -> Result<Change<T>>,
        deliver: impl FnOnce(&T) -> Result<()>,
    ) -> Result<T> {
        let exists = self.exists();
        if !exists && missing == Missing::Fail {
            return Err(self.missing());
        }
        if !exists {
            self.ensure_dir()?;
        }
        // Beside the named path (which the user controls), and beside the file itself, so that
        // writers reaching one keyfile by different paths (a symlink and its target) exclude each
        // other. Always in this order, the target's last: no two writers wait on each other.
        let _named_lock = self.lock(&self.lock_path())?;
        let _file_lock = (self.named != self.path)
            .then(|| self.lock(&lock_path_beside(&self.path)))
            .transpose()?;
        remove_stale_temp_files(&self.path);
        let mut keyfile = self.load()?;
        match change(&mut keyfile)? {
            Change::Keep(value) => Ok(value),
            Change::Write(value) => {
                let staged = Staged::write(&self.path, &keyfile.to_bytes(), |_| Ok(()))
                    .map_err(|e| self.io_error(e))?;
                deliver(&value)?;
                staged.commit(|_| Ok(())).map_err(|e| self.io_error(e))?;
                Ok(value)
            }
        }
    }

    /// Creates the keyfile's directory, private to its owner, if it does not exist.
    fn ensure_dir(&self) -> Result<()> {
        let dir = parent_dir(&self.path);
        if dir.is_dir() {
            return Ok(());
        }
        let mut builder = fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
        builder.create(dir).map_err(Error::file(dir))
    }

    /// Takes the exclusive lock, waiting up to [`LOCK_TIMEOUT`] for another process to finish.
    /// The lock file is never a symlink: in a shared directory, one could point it anywhere.
    fn lock(&self, path: &Path) -> Result<File> {
        let path = path.to_owned();
        let mut options = private_options();
        options.read(true).write(true).create(true).truncate(false);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NOFOLLOW);
        let file = options.open(&path).map_err(|e| Error::File {
            path: path.clone(),
            source: if fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
                io::Error::other("the lock file is a symlink; remove it")
            } else {
                e
            },
        })?;
        let start = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(file),
                Err(fs::TryLockError::WouldBlock) if start.elapsed() < LOCK_TIMEOUT => {
                    thread::sleep(Duration::from_millis(5));
                }
                Err(fs::TryLockError::WouldBlock) => {
                    return Err(Error::KeyfileLocked {
                        path: self.path.clone(),
                        waited_secs: LOCK_TIMEOUT.as_secs(),
                    });
                }
                Err(fs::TryLockError::Error(e)) => return Err(Error::File { path, source: e }),
            }
        }
    }
}

/// `keys.json.lock` beside `keys.json`.
fn lock_path_beside(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(".lock");
    path.with_file_name(name)
}

/// `.keys.json.` + random + `.tmp`: temporary files of one keyfile, beside it.
fn temp_prefix(path: &Path) -> String {
    format!(
        ".{}.",
        path.file_name().unwrap_or_default().to_string_lossy()
    )
}

const TEMP_SUFFIX: &str = ".tmp";
const TEMP_RANDOM_LEN: usize = 6;

/// Removes temporary files that a killed writer left behind. Only a lock holder creates them, so
/// while this process holds the lock, any that exist are stale.
fn remove_stale_temp_files(path: &Path) {
    let dir = parent_dir(path);
    let prefix = temp_prefix(path);
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        // Exactly this keyfile's: `.keys.json.bak.XXXXXX.tmp` belongs to `keys.json.bak`.
        let middle = name
            .strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(TEMP_SUFFIX));
        if middle.is_some_and(|m| m.len() == TEMP_RANDOM_LEN && !m.contains('.')) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

fn private_options() -> OpenOptions {
    let mut options = OpenOptions::new();
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options
}

/// A rewrite keeps the file's mode and group (a service may read it through its group); a new
/// file stays 0600. It is never given to another user: the writer owns what it writes. Changing
/// the group needs membership, so failing to is not an error.
fn keep_mode_and_group(path: &Path, temp: &File) {
    #[cfg(unix)]
    if let Ok(old) = fs::metadata(path) {
        use std::os::unix::fs::MetadataExt;
        let _ = std::os::unix::fs::fchown(temp, None, Some(old.gid()));
        let _ = temp.set_permissions(old.permissions());
    }
}

/// The steps of an atomic write, for tests that make one of them fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WriteStep {
    Created,
    Written,
    Synced,
    Renamed,
}

/// Replaces `path` with `contents` so that readers see the old or the new file, never a mixture.
pub fn write_atomically(path: &Path, contents: &[u8]) -> io::Result<()> {
    write_atomically_with(path, contents, |_| Ok(()))
}

/// [`write_atomically`], calling `after` once each step is done; an error from `after` aborts
/// the write at that point, as a crash or a full disk would.
pub(crate) fn write_atomically_with(
    path: &Path,
    contents: &[u8],
    mut after: impl FnMut(WriteStep) -> io::Result<()>,
) -> io::Result<()> {
    Staged::write(path, contents, &mut after)?.commit(after)
}

/// A new version of a file, written and synced beside it, not yet in its place. Dropped
/// uncommitted, it is removed and the file is as it was.
struct Staged<'a> {
    path: &'a Path,
    temp: tempfile::NamedTempFile,
}

impl<'a> Staged<'a> {
    fn write(
        path: &'a Path,
        contents: &[u8],
        mut after: impl FnMut(WriteStep) -> io::Result<()>,
    ) -> io::Result<Staged<'a>> {
        // tempfile creates the file with mode 0600 and removes it if anything below fails.
        let mut temp = tempfile::Builder::new()
            .prefix(&temp_prefix(path))
            .suffix(TEMP_SUFFIX)
            .rand_bytes(TEMP_RANDOM_LEN)
            .tempfile_in(parent_dir(path))?;
        keep_mode_and_group(path, temp.as_file());
        after(WriteStep::Created)?;
        temp.write_all(contents)?;
        after(WriteStep::Written)?;
        temp.as_file().sync_all()?;
        after(WriteStep::Synced)?;
        Ok(Staged { path, temp })
    }

    /// Renames the new version into place, durably.
    fn commit(self, mut after: impl FnMut(WriteStep) -> io::Result<()>) -> io::Result<()> {
        self.temp.persist(self.path).map_err(|e| e.error)?;
        after(WriteStep::Renamed)?;
        // The rename is durable once the directory entry is.
        File::open(parent_dir(self.path))?.sync_all()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(id: &str) -> KeyRecord {
        KeyRecord {
            id: id.into(),
            name: Some("ci \"deploy\"\nbot".into()),
            prefix: "kw".into(),
            hash: "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g".into(),
            scopes: vec!["read".into()],
            created_at: "2026-11-28T06:00:00Z".parse().unwrap(),
            expires_at: None,
            revoked_at: None,
            revoked_reason: None,
            rotated_from: None,
            rotated_to: None,
            extra: Map::new(),
        }
    }

    fn keyfile(ids: &[&str]) -> Keyfile {
        Keyfile {
            keys: ids.iter().map(|id| record(id)).collect(),
        }
    }

    #[test]
    fn the_file_is_one_record_per_line_and_round_trips() {
        let kf = keyfile(&["BBBBBBBB", "AAAAAAAA"]);
        let bytes = kf.to_bytes();
        let text = String::from_utf8(bytes.clone()).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 4, "{text}");
        assert_eq!(lines[0], "{\"version\":1,\"keys\":[");
        assert!(lines[1].starts_with("{\"id\":\"AAAAAAAA\","));
        assert_eq!(lines[3], "]}");
        let mut sorted = kf.clone();
        sorted.keys.reverse();
        assert_eq!(Keyfile::parse(&bytes, Path::new("k")).unwrap(), sorted);
        let empty = Keyfile::default().to_bytes();
        assert_eq!(empty, b"{\"version\":1,\"keys\":[\n]}\n");
        assert_eq!(
            Keyfile::parse(&empty, Path::new("k")).unwrap(),
            Keyfile::default()
        );
    }

    #[test]
    fn the_lookup_finds_every_record_in_files_of_any_size() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::at(dir.path().join("keys.json"));
        for n in [0usize, 1, 2, 3, 50, 1000] {
            // Ids in a shuffled order: the file is sorted on write.
            let ids: Vec<String> = (0..n)
                .map(|i| format!("{:08}", (i * 7919) % 100_003))
                .collect();
            let kf = Keyfile {
                keys: ids.iter().map(|id| record(id)).collect(),
            };
            fs::write(store.path(), kf.to_bytes()).unwrap();
            let file = File::open(store.path()).unwrap();
            let fast = |id: &str| match lookup::find(&file, id).unwrap() {
                Some(found) if found.version == 1 => found.record,
                other => panic!("{n} records, id {id}: not answered by the lookup: {other:?}"),
            };
            for id in &ids {
                assert_eq!(fast(id).as_ref(), kf.get(id), "{n} records, id {id}");
            }
            for absent in ["00000000", "0000000", "zzzzzzzz", "5", ""] {
                if !ids.iter().any(|i| i == absent) {
                    assert_eq!(fast(absent), None, "{n} records, id {absent}");
                }
            }
        }
    }

    #[test]
    fn other_layouts_fall_back_to_a_full_parse() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::at(dir.path().join("keys.json"));
        let kf = keyfile(&["BBBBBBBB", "AAAAAAAA", "CCCCCCCC"]);
        let pretty = format!(
            "{{\n  \"version\": 1,\n  \"keys\": {}\n}}",
            serde_json::to_string_pretty(&kf.keys).unwrap()
        );
        fs::write(store.path(), pretty).unwrap();
        assert_eq!(store.find("CCCCCCCC").unwrap().as_ref(), kf.get("CCCCCCCC"));
        // Hand-edited, unsorted, in keyward's line layout: still found.
        let unsorted = "{\"version\":1,\"keys\":[\n".to_owned()
            + &kf
                .keys
                .iter()
                .map(|r| serde_json::to_string(r).unwrap())
                .collect::<Vec<_>>()
                .join(",\n")
            + "\n]}\n";
        fs::write(store.path(), unsorted).unwrap();
        for id in ["AAAAAAAA", "BBBBBBBB", "CCCCCCCC"] {
            assert_eq!(store.find(id).unwrap().as_ref(), kf.get(id));
        }
        assert_eq!(store.find("DDDDDDDD").unwrap(), None);
        // A truncated file, or a duplicate id, is not answered from one line: the full parse fails.
        let good = keyfile(&["AAAAAAAA", "BBBBBBBB"]).to_bytes();
        fs::write(store.path(), &good[..good.len() - 5]).unwrap();
        assert!(matches!(
            store.find("AAAAAAAA"),
            Err(Error::KeyfileSyntax { .. })
        ));
        let mut twice = keyfile(&["AAAAAAAA", "BBBBBBBB"]);
        twice.keys.push(record("BBBBBBBB"));
        fs::write(store.path(), twice.to_bytes()).unwrap();
        assert!(matches!(
            store.find("BBBBBBBB"),
            Err(Error::KeyfileInvalid { .. })
        ));
        fs::write(store.path(), "{\"version\":9,\"keys\":[\n]}\n").unwrap();
        assert!(matches!(
            store.find("AAAAAAAA"),
            Err(Error::KeyfileVersion { found: 9, .. })
        ));
    }

    #[test]
    fn unknown_record_fields_survive_a_rewrite() {
        let text = "{\"version\":1,\"keys\":[\n{\"id\":\"AAAAAAAA\",\"prefix\":\"kw\",\"hash\":\"h\",\"created_at\":\"2026-11-28T06:00:00Z\",\"owner\":\"team-a\"}\n]}\n";
        let kf = Keyfile::parse(text.as_bytes(), Path::new("k")).unwrap();
        assert_eq!(kf.keys[0].extra["owner"], "team-a");
        let again = String::from_utf8(kf.to_bytes()).unwrap();
        assert!(again.contains("\"owner\":\"team-a\""), "{again}");
    }

    #[test]
    fn parse_errors_name_line_and_column() {
        let text = "{\"version\":1,\"keys\":[\n{\"id\":\"AAAAAAAA\",,}\n]}\n";
        let err = Keyfile::parse(text.as_bytes(), Path::new("/k.json")).unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.starts_with("keyfile /k.json: line 2, column 18: "),
            "{msg}"
        );
        assert!(!msg.contains(" at line "), "{msg}");
    }

    #[test]
    fn newer_versions_and_duplicate_ids_are_refused() {
        let newer = b"{\"version\":2,\"keys\":[],\"shards\":4}";
        let err = Keyfile::parse(newer, Path::new("k")).unwrap_err();
        assert!(
            matches!(err, Error::KeyfileVersion { found: 2, .. }),
            "{err}"
        );
        let mut kf = keyfile(&["AAAAAAAA"]);
        kf.keys.push(record("AAAAAAAA"));
        let err = Keyfile::parse(&kf.to_bytes(), Path::new("k")).unwrap_err();
        assert!(err.to_string().contains("two records have the id AAAAAAAA"));
    }

    #[test]
    fn a_delivered_key_is_on_disk_before_it_is_shown_and_stored_only_once_shown() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::at(dir.path().join("keys.json"));
        let old = keyfile(&["AAAAAAAA"]);
        write_atomically(store.path(), &old.to_bytes()).unwrap();
        let add = |keyfile: &mut Keyfile| {
            keyfile.keys.push(record("BBBBBBBB"));
            Ok(Change::Write(()))
        };
        let synced_beside = || {
            // When the key is shown, the new file is written and synced beside the old one.
            let staged: Vec<Vec<u8>> = fs::read_dir(dir.path())
                .unwrap()
                .flatten()
                .filter(|e| e.file_name().to_string_lossy().ends_with(TEMP_SUFFIX))
                .map(|e| fs::read(e.path()).unwrap())
                .collect();
            assert_eq!(staged.len(), 1);
            assert!(String::from_utf8_lossy(&staged[0]).contains("BBBBBBBB"));
            assert_eq!(fs::read(store.path()).unwrap(), old.to_bytes());
        };
        store
            .update_and_deliver(Missing::Fail, add, |()| {
                synced_beside();
                Ok(())
            })
            .unwrap();
        assert!(store.find("BBBBBBBB").unwrap().is_some());
        let before = fs::read(store.path()).unwrap();
        let err = store
            .update_and_deliver(
                Missing::Fail,
                |k: &mut Keyfile| {
                    k.keys.push(record("CCCCCCCC"));
                    Ok(Change::Write(()))
                },
                |()| Err(Error::NotDelivered("stdout was closed".into())),
            )
            .unwrap_err();
        assert!(err.to_string().contains("nothing was stored"));
        assert_eq!(fs::read(store.path()).unwrap(), before);
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            2,
            "keyfile and lock only"
        );
    }

    #[test]
    fn an_interrupted_write_leaves_the_old_file_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys.json");
        let old = keyfile(&["AAAAAAAA"]).to_bytes();
        let new = keyfile(&["AAAAAAAA", "BBBBBBBB"]).to_bytes();
        write_atomically(&path, &old).unwrap();
        for fail_at in [WriteStep::Created, WriteStep::Written, WriteStep::Synced] {
            let err = write_atomically_with(&path, &new, |step| {
                if step == fail_at {
                    Err(io::Error::other("injected crash"))
                } else {
                    Ok(())
                }
            })
            .unwrap_err();
            assert_eq!(err.to_string(), "injected crash");
            assert_eq!(fs::read(&path).unwrap(), old, "failed after {fail_at:?}");
            let leftovers: Vec<_> = fs::read_dir(dir.path()).unwrap().collect();
            assert_eq!(leftovers.len(), 1, "temporary file left after {fail_at:?}");
        }
        let _ = write_atomically_with(&path, &new, |step| {
            if step == WriteStep::Renamed {
                Err(io::Error::other("crash after rename"))
            } else {
                Ok(())
            }
        });
        assert_eq!(fs::read(&path).unwrap(), new);
    }

    #[test]
    fn unchanged_files_are_not_rewritten_and_missing_ones_not_created() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::at(dir.path().join("keys.json"));
        let err = store
            .update(Missing::Fail, |_| Ok(Change::Write(())))
            .unwrap_err();
        assert!(err.to_string().contains("no such file"), "{err}");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
        fs::write(store.path(), "{\"version\":1,\"keys\":[ ]}").unwrap();
        store
            .update(Missing::Fail, |_| Ok(Change::Keep(())))
            .unwrap();
        assert_eq!(
            fs::read_to_string(store.path()).unwrap(),
            "{\"version\":1,\"keys\":[ ]}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn rewrites_keep_the_mode_and_lock_files_are_never_symlinks() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let store = Store::at(dir.path().join("keys.json"));
        fs::write(store.path(), keyfile(&["AAAAAAAA"]).to_bytes()).unwrap();
        fs::set_permissions(store.path(), fs::Permissions::from_mode(0o640)).unwrap();
        let add = |kf: &mut Keyfile| {
            kf.keys.push(record(&format!("{:08}", kf.keys.len())));
            Ok(Change::Write(()))
        };
        store.update(Missing::Fail, add).unwrap();
        let mode = fs::metadata(store.path()).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
        fs::remove_file(store.lock_path()).unwrap();
        let target = dir.path().join("elsewhere");
        std::os::unix::fs::symlink(&target, store.lock_path()).unwrap();
        let err = store.update(Missing::Fail, add).unwrap_err();
        assert!(err.to_string().contains("symlink"), "{err}");
        assert!(!target.exists());
    }

    #[cfg(unix)]
    #[test]
    fn a_symlinked_keyfile_is_changed_where_it_points() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("srv-keys.json");
        fs::write(&real, keyfile(&["AAAAAAAA"]).to_bytes()).unwrap();
        let link = dir.path().join("keys.json");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        let store = Store::locate(Some(link.clone()), false).unwrap();
        store
            .update(Missing::Fail, |kf| {
                kf.keys.clear();
                Ok(Change::Write(()))
            })
            .unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(Store::at(&real).load().unwrap(), Keyfile::default());
        fs::remove_file(&real).unwrap();
        assert!(
            Store::locate(Some(link), false).is_err(),
            "a dangling link is an error"
        );
    }

    #[test]
    fn stale_temp_files_of_this_keyfile_only_are_swept() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::at(dir.path().join("keys.json"));
        let ours = dir.path().join(".keys.json.a1B2c3.tmp");
        let theirs = dir.path().join(".keys.json.bak.a1B2c3.tmp");
        fs::write(&ours, "x").unwrap();
        fs::write(&theirs, "x").unwrap();
        store
            .update(Missing::Create, |_| Ok(Change::Write(())))
            .unwrap();
        assert!(!ours.exists());
        assert!(theirs.exists());
    }

    #[cfg(unix)]
    #[test]
    fn written_files_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let store = Store::at(dir.path().join("sub/keys.json"));
        store
            .update(Missing::Create, |kf| {
                kf.keys.push(record("AAAAAAAA"));
                Ok(Change::Write(()))
            })
            .unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(store.path()), 0o600);
        assert_eq!(mode(&dir.path().join("sub")), 0o700);
        assert_eq!(mode(&store.lock_path()), 0o600);
        assert!(store.warnings().unwrap().is_empty());
        fs::set_permissions(store.path(), fs::Permissions::from_mode(0o644)).unwrap();
        assert!(store.warnings().unwrap()[0].contains("mode 644"));
    }
}
