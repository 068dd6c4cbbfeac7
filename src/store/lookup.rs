//! Finding one record in a large keyfile without reading all of it.
//!
//! keyward writes one record per line, sorted by id, each line starting with `{"id":"<id>"`,
//! between a first line `{"version":N,"keys":[` and a last line `]}`. A binary search over byte
//! offsets then reaches any record in O(log n) reads of a few KiB, so `keys check` costs the same
//! with 100 000 records as with one. A file whose first or last line is not keyward's, a record that
//! does not parse, an overlong line or a duplicate id answer `None`, and the caller
//! parses the whole file instead, which is always correct.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};

use super::KeyRecord;

/// Bytes read per probe: several records.
const PROBE: usize = 4096;
/// A record line longer than this sends the caller to the full parse.
const MAX_LINE: usize = 64 * 1024;
const RECORD_START: &[u8] = b"{\"id\":\"";
/// The last line, with the newline that ends the line before it.
const FOOTER: &[u8] = b"\n]}\n";

/// The answer, found or not, from a file in keyward's layout.
#[derive(Debug)]
pub(super) struct Found {
    pub version: u64,
    pub record: Option<KeyRecord>,
}

/// `None` when the file is not in keyward's layout (or holds something odd): parse it all.
pub(super) fn find(file: &File, id: &str) -> io::Result<Option<Found>> {
    let len = file.metadata()?.len();
    let Some((version, body_start)) = read_header(file)? else {
        return Ok(None);
    };
    let footer_at = len.saturating_sub(FOOTER.len() as u64);
    if footer_at + 1 < body_start || read_at(file, footer_at, FOOTER.len())? != FOOTER {
        return Ok(None);
    }
    // Record lines lie in [body_start, body_end); body_end starts the `]}` line.
    let body_end = footer_at + 1;
    let Some(start) = search(file, body_start, body_end, id.as_bytes())? else {
        return Ok(Some(Found {
            version,
            record: None,
        }));
    };
    let window_start = start.saturating_sub(MAX_LINE as u64).max(body_start);
    let window = read_at(
        file,
        window_start,
        (start - window_start) as usize + MAX_LINE,
    )?;
    let at = (start - window_start) as usize;
    let Some(end) = memchr::memchr(b'\n', &window[at..]).map(|n| at + n) else {
        return Ok(None);
    };
    // Sorted lines put a duplicate id next to the hit: then the file is invalid, and the full
    // parse says so.
    let previous = window[..at.saturating_sub(1)]
        .rsplit(|&b| b == b'\n')
        .next()
        .filter(|_| at > 0);
    let next = window[end + 1..].split(|&b| b == b'\n').next();
    let id = id.as_bytes();
    if [previous, next]
        .into_iter()
        .flatten()
        .any(|line| line_id_of(line) == Some(id))
    {
        return Ok(None);
    }
    Ok(record_from_line(&window[at..end], id).map(|record| Found {
        version,
        record: Some(record),
    }))
}

/// The header line `{"version":N,"keys":[` → (N, offset of the first record line).
fn read_header(file: &File) -> io::Result<Option<(u64, u64)>> {
    let head = read_at(file, 0, 64)?;
    let Some(end) = memchr::memchr(b'\n', &head) else {
        return Ok(None);
    };
    let version = head[..end]
        .strip_prefix(b"{\"version\":")
        .and_then(|rest| rest.strip_suffix(b",\"keys\":["))
        .and_then(|digits| std::str::from_utf8(digits).ok())
        .and_then(|digits| digits.parse().ok());
    Ok(version.map(|v| (v, end as u64 + 1)))
}

/// Binary search for the line of `id` among the lines in `[lo, hi)`; `lo` starts a line.
/// Returns the offset where that line starts.
fn search(file: &File, mut lo: u64, mut hi: u64, id: &[u8]) -> io::Result<Option<u64>> {
    // Invariant: the line for `id`, if present, starts in [lo, hi), and `lo` starts a line.
    while hi - lo > 2 * PROBE as u64 {
        let mid = lo + (hi - lo) / 2;
        let Some(start) = next_line_start(file, mid, hi)? else {
            hi = mid;
            continue;
        };
        let head = read_at(file, start, RECORD_START.len() + 64)?;
        match line_id_of(&head) {
            Some(found) if found < id => lo = start,
            Some(found) if found == id => return Ok(Some(start)),
            // A greater id, or a line that is not a record.
            _ => hi = start,
        }
    }
    // A few KiB remain: read them, with enough beyond `hi` to complete the last line's id, and
    // look at each line that starts before `hi`.
    let window = read_at(file, lo, (hi - lo) as usize + RECORD_START.len() + 64)?;
    let mut at = 0;
    for line in window.split(|&b| b == b'\n') {
        if lo + at as u64 >= hi {
            break;
        }
        if line_id_of(line) == Some(id) {
            return Ok(Some(lo + at as u64));
        }
        at += line.len() + 1;
    }
    Ok(None)
}

/// The first line start in `[pos, end)` (`pos` > 0), if there is one within reach.
fn next_line_start(file: &File, pos: u64, end: u64) -> io::Result<Option<u64>> {
    let mut offset = pos - 1;
    while offset < end && offset + 1 - pos < MAX_LINE as u64 {
        let chunk = read_at(file, offset, PROBE)?;
        if chunk.is_empty() {
            break;
        }
        if let Some(n) = memchr::memchr(b'\n', &chunk) {
            let start = offset + n as u64 + 1;
            return Ok((start < end).then_some(start));
        }
        offset += chunk.len() as u64;
    }
    Ok(None)
}

/// `{"id":"<id>",…` → `<id>`.
fn line_id_of(line: &[u8]) -> Option<&[u8]> {
    let rest = line.strip_prefix(RECORD_START)?;
    let end = memchr::memchr(b'"', rest)?;
    Some(&rest[..end])
}

fn record_from_line(line: &[u8], id: &[u8]) -> Option<KeyRecord> {
    let line = line.strip_suffix(b",").unwrap_or(line);
    serde_json::from_slice::<KeyRecord>(line)
        .ok()
        .filter(|r| r.id.as_bytes() == id)
}

fn read_at(mut file: &File, offset: u64, len: usize) -> io::Result<Vec<u8>> {
    file.seek(SeekFrom::Start(offset))?;
    let mut buf = Vec::with_capacity(len);
    file.take(len as u64).read_to_end(&mut buf)?;
    Ok(buf)
}
