//! Raw HTTP/1.1 requests, and `.http`/`.rest` files (VS Code REST Client and JetBrains syntax:
//! `###` separators, `@var = value` definitions, `{{var}}` references, `#` and `//` comments).

use std::ops::Range;

use super::model::{BodyKind, Client, Param, Request, Spanned, Url, query_params};
use super::shell::Word;

const METHODS: &[&str] = &[
    "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "CONNECT",
];

/// Whether a line starts a request: `METHOD target [HTTP/x]`, or (in `.http` files) a bare URL.
/// Returns the target and its offset in the line.
fn request_line(line: &str, bare_urls: bool) -> Option<(&str, usize)> {
    let trimmed = line.trim_start();
    let lead = line.len() - trimmed.len();
    let first = trimmed.split_whitespace().next()?;
    if METHODS.contains(&first) {
        let after = &trimmed[first.len()..];
        let target = after.split_whitespace().next()?;
        return Some((
            target,
            lead + first.len() + (after.len() - after.trim_start().len()),
        ));
    }
    if bare_urls && (first.starts_with("http://") || first.starts_with("https://")) {
        return Some((first, lead));
    }
    None
}

/// A `.http` file (or a raw request): requests, and the `@name = value` definitions.
pub fn parse(text: &str, dot_http: bool) -> Vec<Request> {
    let mut requests = Vec::new();
    let mut definitions = Vec::new();
    let mut offset = 0;
    let mut block_start = 0;
    let lines: Vec<(usize, &str)> = text
        .split_inclusive('\n')
        .map(|line| {
            let at = offset;
            offset += line.len();
            (at, line.trim_end_matches(['\n', '\r']))
        })
        .collect();
    // Blocks are separated by `###` lines (a raw request file is one block).
    let mut blocks: Vec<Range<usize>> = Vec::new();
    for (i, (_, line)) in lines.iter().enumerate() {
        if line.trim_start().starts_with("###") {
            blocks.push(block_start..i);
            block_start = i + 1;
        }
    }
    blocks.push(block_start..lines.len());
    for block in blocks {
        let block_lines = &lines[block];
        let mut i = 0;
        // Skip comments, blank lines and variable definitions before the request line.
        let mut request_at = None;
        while i < block_lines.len() {
            let (at, line) = block_lines[i];
            let trimmed = line.trim_start();
            if let Some(definition) = trimmed.strip_prefix('@') {
                if let Some((name, value)) = definition.split_once('=') {
                    let value_text = value.trim();
                    let value_at = at
                        + (line.len() - trimmed.len())
                        + 1
                        + name.len()
                        + 1
                        + (value.len() - value.trim_start().len());
                    definitions.push(Param {
                        name: name.trim().to_owned(),
                        value: Spanned::new(value_text, value_at..value_at + value_text.len()),
                    });
                }
            } else if !(trimmed.is_empty() || trimmed.starts_with('#') || trimmed.starts_with("//"))
            {
                if let Some((target, target_at)) = request_line(line, dot_http) {
                    request_at = Some((i, target.to_owned(), at + target_at));
                }
                break;
            }
            i += 1;
        }
        let Some((line_index, target, target_at)) = request_at else {
            continue;
        };
        requests.push(request(text, block_lines, line_index, &target, target_at));
    }
    if dot_http && !definitions.is_empty() {
        // Definitions are literals written into the file; their use is judged where they are used.
        let span = definitions[0].value.span.clone();
        requests.push(Request {
            client: Some(Client::Http),
            span,
            literals: definitions
                .into_iter()
                .filter(|d| super::judge::name_says_credential(&d.name))
                .collect(),
            ..Request::default()
        });
    }
    requests
}

fn request(
    source: &str,
    lines: &[(usize, &str)],
    request_line: usize,
    target: &str,
    target_at: usize,
) -> Request {
    let mut request = Request {
        client: Some(Client::Http),
        ..Request::default()
    };
    let mut headers_end = lines.len();
    let mut host: Option<String> = None;
    // `.http` files continue a long URL's query on indented `?…` and `&…` lines.
    let mut more_query = Vec::new();
    for (i, &(at, line)) in lines.iter().enumerate().skip(request_line + 1) {
        if line.trim().is_empty() {
            headers_end = i;
            break;
        }
        let trimmed = line.trim_start();
        if trimmed.starts_with('#') || trimmed.starts_with("//") {
            continue;
        }
        if line.starts_with([' ', '\t']) && trimmed.starts_with(['?', '&']) {
            let lead = line.len() - trimmed.len();
            let word = Word::verbatim(trimmed, at + lead);
            more_query.extend(query_params(&word, 1, &trimmed[1..]));
            continue;
        }
        let word = Word::verbatim(line, at);
        if let Some(header) = super::curl::header(&word) {
            if header.name.eq_ignore_ascii_case("host") {
                host = Some(header.value.text.clone());
            }
            if header.name.eq_ignore_ascii_case("cookie") {
                let value = word.slice(line.len() - header.value.text.len()..line.len());
                request.cookies.extend(super::curl::cookies(&value));
            }
            request.headers.push(header);
        }
    }
    let mut body_lines = lines.get(headers_end + 1..).unwrap_or(&[]);
    // A response handler (`> {% … %}`, `> script.js`) or a response reference (`<> file`) ends
    // the body.
    if let Some(end) = body_lines
        .iter()
        .position(|(_, l)| l.starts_with("> ") || l.starts_with("<> ") || l.starts_with(">> "))
    {
        body_lines = &body_lines[..end];
    }
    while body_lines.last().is_some_and(|(_, l)| l.trim().is_empty()) {
        body_lines = &body_lines[..body_lines.len() - 1];
    }
    if let (Some(&(body_at, _)), Some(&(last_at, last))) = (body_lines.first(), body_lines.last()) {
        let body_end = last_at + last.len();
        let content_type = request
            .headers
            .iter()
            .find(|h| h.name.eq_ignore_ascii_case("content-type"))
            .map(|h| h.value.text.to_ascii_lowercase())
            .unwrap_or_default();
        if let Some(text) = source.get(body_at..body_end) {
            let word = Word::verbatim(text, body_at);
            if content_type.contains("json") || text.trim_start().starts_with('{') {
                request.body_kind = BodyKind::Json;
                request.body.extend(super::curl::json_fields(&word));
            } else if content_type.contains("x-www-form-urlencoded") {
                // Form bodies may be split over lines that start with `&`.
                request
                    .body
                    .extend(query_params(&word, 0, text).into_iter().map(|mut p| {
                        p.name = p.name.trim().to_owned();
                        let trimmed = p.value.text.trim_end().len();
                        if p.value.span.len() == p.value.text.len() {
                            p.value.span.end = p.value.span.start + trimmed;
                        }
                        p.value.text.truncate(trimmed);
                        p
                    }));
            }
        }
    }
    // A raw request names a path and a Host; its scheme is not written, so none is assumed
    // insecure.
    let target_word = Word::verbatim(target, target_at);
    let url_word = if target.starts_with('/') {
        target_word.prefixed(&format!(
            "https://{}",
            host.as_deref().unwrap_or("unknown-host")
        ))
    } else {
        target_word.clone()
    };
    if let Some(mut url) = Url::parse(&url_word, "https") {
        url.raw = Spanned::of(&target_word);
        url.query.extend(more_query);
        if target.starts_with('/') {
            url.scheme_span = target_at..target_at;
        }
        request.urls.push(url);
    }
    let start = lines[request_line].0;
    let end = lines.last().map_or(start, |(at, l)| at + l.len());
    request.span = start..end;
    request
}

/// Whether a text is a raw HTTP request.
pub fn looks_like_request(text: &str) -> bool {
    let mut lines = text.lines().skip_while(|l| l.trim().is_empty());
    let first = lines.next().unwrap_or("");
    let mut parts = first.split_whitespace();
    let request_line = matches!((parts.next(), parts.next(), parts.next(), parts.next()), (Some(m), Some(_), Some(v), None) if METHODS.contains(&m) && v.starts_with("HTTP/"));
    // A request line is followed by a header or by nothing; a log of request lines is a log.
    let next = lines.next().unwrap_or("").trim_end_matches('\r');
    request_line
        && (next.is_empty()
            || next
                .split_once(':')
                .is_some_and(|(name, _)| !name.is_empty() && !name.contains(' ')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_requests_have_headers_bodies_and_hosts() {
        let text = "POST /v1/token?api_key=k1 HTTP/1.1\r\nHost: api.example.com\r\nAuthorization: Bearer t1\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\nclient_secret=s1&grant_type=client_credentials";
        assert!(looks_like_request(text));
        assert!(!looks_like_request(
            "GET /a?page=1 HTTP/1.1 200\nGET /b?page=2 HTTP/1.1 200\n"
        ));
        assert!(!looks_like_request("GET /a HTTP/1.1\nGET /b HTTP/1.1\n"));
        let r = &parse(text, false)[0];
        assert_eq!(r.urls[0].host, "api.example.com");
        assert_eq!(r.urls[0].query[0].name, "api_key");
        assert_eq!(&text[r.urls[0].query[0].value.span.clone()], "k1");
        assert_eq!(r.headers[1].name, "Authorization");
        assert_eq!(r.body[0].name, "client_secret");
        assert_eq!(&text[r.body[0].value.span.clone()], "s1");
    }

    #[test]
    fn dot_http_files_have_blocks_variables_and_bare_urls() {
        let text = "@token = abc123secret\n@host = api.example.com\n\n### list\nGET https://{{host}}/v1/items?key={{token}}\nAccept: application/json\n\n###\n# comment\nhttps://api.example.com/health\n";
        let requests = parse(text, true);
        assert_eq!(requests.len(), 3);
        assert_eq!(requests[0].urls[0].query[0].value.text, "{{token}}");
        assert_eq!(requests[1].urls[0].host, "api.example.com");
        let definitions = &requests[2].literals;
        assert_eq!(definitions.len(), 1, "only credential-named definitions");
        assert_eq!(&text[definitions[0].value.span.clone()], "abc123secret");
    }

    #[test]
    fn query_lines_form_lines_handlers_and_crlf_bodies() {
        let text = "GET https://a.example/v1\n    ?api_key=k1\n    &limit=5\n\n###\nPOST https://a.example/t\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials\n&client_secret=s1\n\n> {%\n  client.global.set(\"x\", 1);\n%}\n";
        let requests = parse(text, true);
        let query = &requests[0].urls[0].query;
        assert_eq!(
            (query[0].name.as_str(), &text[query[0].value.span.clone()]),
            ("api_key", "k1")
        );
        let body = &requests[1].body;
        assert_eq!(body.len(), 2, "{body:?}");
        assert_eq!(
            (body[1].name.as_str(), &text[body[1].value.span.clone()]),
            ("client_secret", "s1")
        );
        let raw = "POST /v1 HTTP/1.1\r\nHost: a.example\r\nContent-Type: application/json\r\n\r\n{\r\n  \"api_key\": \"k2\"\r\n}\r\n";
        let r = &parse(raw, false)[0];
        assert_eq!(&raw[r.body[0].value.span.clone()], "k2");
    }
}
