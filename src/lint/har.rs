//! HAR 1.2 files (`log.entries[].request`), streamed: one entry at a time is in memory, so a 1 GiB
//! capture needs megabytes, not gigabytes. Each request is turned into the raw HTTP it stands for
//! and linted like one; findings point at the entry's line in the HAR file.

use std::cell::Cell;
use std::fmt;
use std::io::{self, Read};
use std::rc::Rc;

use serde::de::{DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};

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

/// Counts the lines a reader has handed out, for the line of each entry.
struct LineCounter<R> {
    inner: R,
    line: Rc<Cell<usize>>,
}

impl<R: Read> Read for LineCounter<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let newlines = memchr::memchr_iter(b'\n', &buf[..n]).count();
        self.line.set(self.line.get() + newlines);
        Ok(n)
    }
}

/// Calls `each(raw_http, line)` for every entry's request, reading the HAR as a stream.
pub fn for_each_request(
    reader: impl Read,
    mut each: impl FnMut(String, usize),
) -> Result<usize, String> {
    let line = Rc::new(Cell::new(1));
    let counter = LineCounter {
        inner: io::BufReader::with_capacity(1 << 16, reader),
        line: line.clone(),
    };
    let mut deserializer = serde_json::Deserializer::from_reader(counter);
    let mut count = 0;
    let seed = Root {
        each: &mut |entry: Entry| {
            count += 1;
            each(entry.to_raw_http(), line.get());
        },
    };
    seed.deserialize(&mut deserializer)
        .map_err(|e| format!("not a HAR file: {e}"))?;
    Ok(count)
}

struct Root<'a> {
    each: &'a mut dyn FnMut(Entry),
}

impl<'de> DeserializeSeed<'de> for Root<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Root<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a HAR object with a log")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen_log = false;
        while let Some(key) = map.next_key::<String>()? {
            if key == "log" && !seen_log {
                seen_log = true;
                map.next_value_seed(Log {
                    each: &mut *self.each,
                })?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        if !seen_log {
            return Err(serde::de::Error::custom("no \"log\" object"));
        }
        Ok(())
    }
}

struct Log<'a> {
    each: &'a mut dyn FnMut(Entry),
}

impl<'de> DeserializeSeed<'de> for Log<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Log<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a HAR log object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            if key == "entries" {
                map.next_value_seed(Entries {
                    each: &mut *self.each,
                })?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

struct Entries<'a> {
    each: &'a mut dyn FnMut(Entry),
}

impl<'de> DeserializeSeed<'de> for Entries<'_> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Entries<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of HAR entries")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while let Some(entry) = seq.next_element::<Entry>()? {
            (self.each)(entry);
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
