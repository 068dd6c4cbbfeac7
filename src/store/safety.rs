//! Whether a keyfile can be trusted: records someone else can write are keys someone else can
//! plant. As ssh does for its keys, a keyfile (the file a symlink leads to, too) must be a regular
//! file owned by the user (or root) and writable by no one else, in directories no one else can
//! change entries of (unless they are sticky, as /tmp is).

use std::fs::{File, Metadata, OpenOptions};
use std::io;
use std::path::Path;

/// Why a keyfile (a regular file) is not safe, if it is not.
pub(super) fn file_problem(metadata: &Metadata) -> Option<String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if !owned_by_us(metadata.uid()) {
            return Some(format!(
                "owned by another user (uid {}): its records could be keys they planted",
                metadata.uid()
            ));
        }
        if metadata.mode() & 0o022 != 0 {
            return Some(format!(
                "writable by other users (mode {:o}): run chmod 600 on it",
                metadata.mode() & 0o777
            ));
        }
    }
    None
}

/// Why the directory holding a keyfile is not safe, if it is not: another user could replace the
/// keyfile in it.
pub(super) fn dir_problem(dir: &Path) -> Option<String> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let metadata = std::fs::metadata(dir).ok()?;
        if !owned_by_us(metadata.uid()) {
            return Some(format!(
                "its directory {} is owned by another user (uid {})",
                dir.display(),
                metadata.uid()
            ));
        }
        let sticky = metadata.mode() & 0o1000 != 0;
        if metadata.mode() & 0o022 != 0 && !sticky {
            return Some(format!(
                "its directory {} is writable by other users (mode {:o})",
                dir.display(),
                metadata.mode() & 0o777
            ));
        }
    }
    #[cfg(not(unix))]
    let _ = dir;
    None
}

#[cfg(unix)]
fn owned_by_us(uid: u32) -> bool {
    // SAFETY: geteuid cannot fail and touches no memory.
    uid == 0 || uid == unsafe { libc::geteuid() }
}

/// Opens a keyfile for reading without blocking: a FIFO planted in its place must not hang
/// keyward. What was opened is then checked, on the open file itself.
pub(super) fn open(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(&mut options, libc::O_NONBLOCK);
    options.open(path)
}

/// A keyfile is a regular file: never a FIFO (which would hang), a device (`/dev/null`, which
/// reads as empty and swallows writes) or a directory.
pub(super) fn not_regular(metadata: &Metadata) -> Option<io::Error> {
    (!metadata.is_file()).then(|| {
        io::Error::other("not a regular file (a FIFO, a device or a directory); refusing to use it")
    })
}
