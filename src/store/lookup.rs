//! Finding one record in a large keyfile without reading all of it.
//!
//! keyward writes one record per line, sorted by id, each line starting with `{"id":"<id>"`. A
//! binary search over byte offsets then reaches any record in O(log n) reads of a few KiB, so
//! `keys check` costs the same with 100 000 records as with one. Anything unexpected (another
//! layout, an overlong line, a record that does not parse) returns `None`, and the caller falls back
//! to parsing the whole file, which is always correct.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};

use super::KeyRecord;

/// Bytes read per probe: several records.
const PROBE: usize = 4096;
/// A record line longer than this sends the caller to the full parse.
const MAX_LINE: usize = 64 * 1024;
const RECORD_START: &[u8] = b"{\"id\":\"";

/// The header line `{"version":N,"keys":[` → (N, offset of the first record line).
pub(super) fn read_header(file: &File) -> io::Result<Option<(u64, u64)>> {
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

/// Binary search for the record `id` among the lines in `[body_start, len)`.
pub(super) fn find_sorted(
    file: &File,
    body_start: u64,
    len: u64,
    id: &str,
) -> io::Result<Option<KeyRecord>> {
    let id = id.as_bytes();
    // Invariant: `lo` is a line start, and the line for `id`, if present, starts in [lo, hi).
    let (mut lo, mut hi) = (body_start, len);
    while hi - lo > 2 * PROBE as u64 {
        let mid = lo + (hi - lo) / 2;
        let Some(start) = next_line_start(file, mid, len)? else {
            hi = mid;
            continue;
        };
        if start >= hi {
            hi = mid;
            continue;
        }
        match line_id(file, start)? {
            Some(found) if found.as_slice() < id => lo = start,
            Some(found) if found.as_slice() == id => return parse_line(file, start, id),
            // A greater id, or the closing `]}` line.
            _ => hi = start,
        }
    }
    // A few KiB remain: read them (and the rest of the last line) and look for the line.
    let window = read_at(file, lo, (hi - lo) as usize + MAX_LINE)?;
    let mut start = 0;
    while start < window.len() {
        let end = memchr::memchr(b'\n', &window[start..]).map_or(window.len(), |n| start + n);
        let line = &window[start..end];
        if line_id_of(line) == Some(id) {
            return Ok(record_from_line(line, id));
        }
        if (lo + start as u64) >= hi {
            break;
        }
        start = end + 1;
    }
    Ok(None)
}

/// The first line start at or after `pos` (`pos` > 0), or `None` at the end of the file.
fn next_line_start(file: &File, pos: u64, len: u64) -> io::Result<Option<u64>> {
    let mut offset = pos - 1;
    while offset < len && offset + 1 - pos < MAX_LINE as u64 {
        let chunk = read_at(file, offset, PROBE)?;
        if chunk.is_empty() {
            break;
        }
        if let Some(n) = memchr::memchr(b'\n', &chunk) {
            let start = offset + n as u64 + 1;
            return Ok((start < len).then_some(start));
        }
        offset += chunk.len() as u64;
    }
    Ok(None)
}

fn line_id(file: &File, start: u64) -> io::Result<Option<Vec<u8>>> {
    let head = read_at(file, start, 80)?;
    Ok(line_id_of(&head).map(<[u8]>::to_vec))
}

/// `{"id":"<id>",…` → `<id>`.
fn line_id_of(line: &[u8]) -> Option<&[u8]> {
    let rest = line.strip_prefix(RECORD_START)?;
    let end = memchr::memchr(b'"', rest)?;
    Some(&rest[..end])
}

fn parse_line(file: &File, start: u64, id: &[u8]) -> io::Result<Option<KeyRecord>> {
    let window = read_at(file, start, MAX_LINE)?;
    let Some(end) = memchr::memchr(b'\n', &window) else {
        return Ok(None);
    };
    Ok(record_from_line(&window[..end], id))
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
