//! HAR 1.2 files (`log.entries[].request`), streamed: one entry at a time is in memory, so a 1 GiB
//! capture needs megabytes, not gigabytes. Each request is turned into the raw HTTP it stands for
//! and linted like one; findings point at the entry's line in the HAR file.

use std::io::Read;

use serde::Deserialize;

#[derive(Deserialize)]
struct Entry {
    request: HarRequest,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct HarRequest {
    #[serde(default)]
    method: String,
    url: String,
    #[serde(default)]
    headers: Vec<NameValue>,
    #[serde(default)]
    cookies: Vec<NameValue>,
    #[serde(default)]
    post_data: Option<PostData>,
}

#[derive(Deserialize)]
struct NameValue {
    name: String,
    #[serde(default)]
    value: String,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct PostData {
    #[serde(default)]
    mime_type: String,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    params: Vec<NameValue>,
}

impl Entry {
    /// The request as raw HTTP/1.1 text, which the HTTP parser reads.
    fn to_raw_http(&self) -> String {
        let r = &self.request;
        let method = if r.method.is_empty() {
            "GET"
        } else {
            &r.method
        };
        let mut text = format!("{method} {} HTTP/1.1\n", one_line(&r.url));
        let mut has_cookie = false;
        let mut has_type = false;
        for h in &r.headers {
            has_cookie |= h.name.eq_ignore_ascii_case("cookie");
            has_type |= h.name.eq_ignore_ascii_case("content-type");
            text.push_str(&format!("{}: {}\n", one_line(&h.name), one_line(&h.value)));
        }
        if !has_cookie && !r.cookies.is_empty() {
            let cookies: Vec<String> = r
                .cookies
                .iter()
                .map(|c| format!("{}={}", c.name, c.value))
                .collect();
            text.push_str(&format!("Cookie: {}\n", one_line(&cookies.join("; "))));
        }
        if let Some(post) = &r.post_data {
            if !has_type && !post.mime_type.is_empty() {
                text.push_str(&format!("Content-Type: {}\n", one_line(&post.mime_type)));
            }
            text.push('\n');
            if !post.params.is_empty() {
                let form: Vec<String> = post
                    .params
                    .iter()
                    .map(|p| format!("{}={}", p.name, p.value))
                    .collect();
                text.push_str(&one_line(&form.join("&")));
            } else if let Some(body) = &post.text {
                text.push_str(body);
            }
        }
        text
    }
}

/// Values are written on one line each: a newline inside one would start a header of its own.
fn one_line(text: &str) -> String {
    text.replace(['\r', '\n'], " ")
}

/// Calls `each(raw_http, line)` for every entry's request, reading the HAR as a stream.
///
/// A structural scan finds each element of `log.entries` (jumping over strings with memchr, so
/// megabyte response bodies cost little), and serde_json reads that element alone. By hand: serde
/// can stream with `from_reader`, but byte by byte, at under half the speed this needs.
pub fn for_each_request(
    mut reader: impl Read,
    mut each: impl FnMut(String, usize),
) -> Result<usize, String> {
    let mut scan = Scanner::default();
    let mut chunk = vec![0u8; 1 << 20];
    let mut count = 0;
    loop {
        let n = reader.read(&mut chunk).map_err(|e| e.to_string())?;
        if n == 0 {
            break;
        }
        scan.buf.extend_from_slice(&chunk[..n]);
        scan.advance(&mut |entry, line| {
            count += 1;
            each(entry.to_raw_http(), line);
        })?;
    }
    if !scan.done {
        return Err(match (scan.seen_log, scan.in_entries) {
            (false, _) => "not a HAR file: no \"log\" object".into(),
            (true, false) if scan.depth == 0 => {
                "not a HAR file: no \"entries\" list in \"log\"".into()
            }
            _ => format!(
                "not a HAR file: it ends in the middle, at line {}",
                scan.line
            ),
        });
    }
    Ok(count)
}

/// What the scanner calls with each entry and the line it starts on.
type EntryHandler<'a> = dyn FnMut(Entry, usize) + 'a;

/// The state of the structural scan over a sliding buffer.
#[derive(Default)]
struct Scanner {
    buf: Vec<u8>,
    /// Where the scan is in `buf`.
    at: usize,
    /// Lines before `at`.
    line: usize,
    depth: usize,
    in_string: bool,
    /// The last string that ended, if short: a key candidate.
    last_string: Option<Vec<u8>>,
    string_start: usize,
    /// `"log"` was the key of the object at depth 2.
    in_log: bool,
    seen_log: bool,
    in_entries: bool,
    done: bool,
    /// Where the current entry element started, and its line.
    element: Option<(usize, usize)>,
    started: bool,
}

impl Scanner {
    /// Scans what is buffered, handing each complete entry element and its line to `element`, and
    /// drops what is no longer needed from the buffer.
    fn advance(&mut self, on_entry: &mut EntryHandler) -> Result<(), String> {
        if !self.started {
            self.started = true;
            self.line = 1;
        }
        while self.at < self.buf.len() && !self.done {
            if self.in_string {
                match memchr::memchr2(b'"', b'\\', &self.buf[self.at..]) {
                    None => {
                        self.at = self.buf.len();
                    }
                    Some(i) => {
                        let pos = self.at + i;
                        if self.buf[pos] == b'\\' {
                            if pos + 1 >= self.buf.len() {
                                self.at = pos;
                                break;
                            }
                            self.at = pos + 2;
                        } else {
                            self.in_string = false;
                            self.at = pos + 1;
                            let len = pos - self.string_start;
                            self.last_string =
                                (len <= 16).then(|| self.buf[self.string_start..pos].to_vec());
                        }
                    }
                }
                continue;
            }
            let byte = self.buf[self.at];
            if byte == b'{' && self.in_entries && self.depth == 3 {
                // An entry: serde_json reads it straight from the buffer, and says where it ends.
                self.element = None;
                let mut stream =
                    serde_json::Deserializer::from_slice(&self.buf[self.at..]).into_iter::<Entry>();
                match stream.next() {
                    Some(Ok(entry)) => {
                        let end = self.at + stream.byte_offset();
                        let line = self.line;
                        self.line += memchr::memchr_iter(b'\n', &self.buf[self.at..end]).count();
                        self.at = end;
                        on_entry(entry, line);
                        continue;
                    }
                    Some(Err(e)) if e.is_eof() => {
                        // Incomplete: keep it, and read on.
                        self.element = Some((self.at, self.line));
                        break;
                    }
                    Some(Err(e)) => {
                        return Err(format!(
                            "not a HAR file: the entry at line {}: {e}",
                            self.line
                        ));
                    }
                    None => break,
                }
            }
            match byte {
                b'"' => {
                    self.in_string = true;
                    self.string_start = self.at + 1;
                }
                b'\n' => self.line += 1,
                b'{' | b'[' => {
                    self.depth += 1;
                    let key = self.last_string.as_deref();
                    match (self.depth, byte) {
                        (2, b'{') if key == Some(b"log") => {
                            self.in_log = true;
                            self.seen_log = true;
                        }
                        (3, b'[') if self.in_log && key == Some(b"entries") => {
                            self.in_entries = true
                        }
                        _ => {}
                    }
                    self.last_string = None;
                }
                b'}' | b']' => {
                    if self.depth == 0 {
                        return Err(format!(
                            "not a HAR file: unbalanced {} at line {}",
                            byte as char, self.line
                        ));
                    }
                    match (self.depth, byte) {
                        (3, b']') if self.in_entries => self.in_entries = false,
                        (2, b'}') if self.in_log => self.in_log = false,
                        (1, b'}') if self.seen_log => self.done = true,
                        _ => {}
                    }
                    self.depth -= 1;
                }
                _ => {}
            }
            self.at += 1;
        }
        // Keep only what an unfinished element (or string) still needs.
        let keep_from = self
            .element
            .map(|(start, _)| start)
            .unwrap_or(if self.in_string {
                self.string_start.min(self.at)
            } else {
                self.at
            });
        if keep_from > 0 {
            self.buf.drain(..keep_from);
            self.at -= keep_from;
            self.string_start = self.string_start.saturating_sub(keep_from);
            if let Some((start, line)) = self.element {
                self.element = Some((start - keep_from, line));
            }
        }
        Ok(())
    }
}

/// Whether a text is a HAR file: a JSON object with a `log`.
pub fn looks_like_har(text: &str) -> bool {
    let t = text.trim_start();
    t.starts_with('{') && t[..t.len().min(200)].contains("\"log\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_become_raw_requests_with_their_lines() {
        let har = r#"{"log": {"version": "1.2", "creator": {"name": "x"},
  "entries": [
    {"request": {"method": "GET", "url": "https://api.example.com/v1?api_key=k1",
                 "headers": [{"name": "Authorization", "value": "Bearer t1"}],
                 "queryString": [{"name": "api_key", "value": "k1"}], "cookies": []},
     "response": {"status": 200, "content": {"text": "huge"}}},
    {"request": {"method": "POST", "url": "http://api.example.com/login",
                 "headers": [], "cookies": [{"name": "session", "value": "s1"}],
                 "postData": {"mimeType": "application/x-www-form-urlencoded",
                              "params": [{"name": "password", "value": "p1"}]}}}
  ]}}"#;
        let mut seen = Vec::new();
        let n = for_each_request(har.as_bytes(), |raw, line| seen.push((raw, line))).unwrap();
        assert_eq!(n, 2);
        assert!(seen[0].0.starts_with(
            "GET https://api.example.com/v1?api_key=k1 HTTP/1.1\nAuthorization: Bearer t1\n"
        ));
        assert!(seen[1].0.contains("Cookie: session=s1\n"));
        assert!(seen[1].0.ends_with("\npassword=p1"));
        assert!(
            seen[0].1 < seen[1].1,
            "lines grow: {:?}",
            seen.iter().map(|s| s.1).collect::<Vec<_>>()
        );
    }

    #[test]
    fn broken_har_files_are_errors() {
        assert!(for_each_request(&b"{\"nolog\":1}"[..], |_, _| {}).is_err());
        assert!(
            for_each_request(
                &b"{\"log\":{\"entries\":[{\"request\":{}}]}}"[..],
                |_, _| {}
            )
            .is_err()
        );
        assert!(for_each_request(&b"[1,2"[..], |_, _| {}).is_err());
    }
}
