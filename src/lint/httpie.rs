//! HTTPie (`http`, `https`) and xh (`xh`, `xhs`) command lines → requests. Request items:
//! `name==value` (query), `name=value` and `name:=json` (body), `Header:value`, `name@file`;
//! `-a user:pass`, `-A bearer -a TOKEN`, xh's `--bearer TOKEN`, `--verify no`. `http` defaults to
//! `http://`.

use super::model::{BodyKind, Client, Param, Request, Spanned, Url};
use super::shell::Word;

/// The program's default scheme, if these words are an HTTPie or xh command.
fn default_scheme(words: &[Word]) -> Option<&'static str> {
    let first = words.first()?;
    let program = first.text.rsplit(['/', '\\']).next().unwrap_or(&first.text);
    match program {
        "http" | "xh" => Some("http"),
        "https" | "xhs" => Some("https"),
        _ => None,
    }
}

pub fn is_httpie(words: &[Word]) -> bool {
    // `http` alone is also a common word: require something that looks like a URL after it.
    default_scheme(words).is_some() && words.len() > 1
}

const WITH_ARGUMENT: &[&str] = &[
    "--auth",
    "-a",
    "--auth-type",
    "-A",
    "--proxy",
    "--session",
    "--session-read-only",
    "--cert",
    "--cert-key",
    "--cert-key-pass",
    "--output",
    "-o",
    "--timeout",
    "--pretty",
    "--style",
    "-s",
    "--print",
    "-p",
    "--ssl",
    "--ciphers",
    "--default-scheme",
    "--max-redirects",
    "--format-options",
    "--boundary",
    "--raw",
    "--response-charset",
    "--response-mime",
    "--verify",
    "--chunked-size",
    // xh
    "--bearer",
    "--http-version",
    "--resolve",
    "--interface",
    "--generate",
];

const METHODS: &[&str] = &[
    "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "CONNECT",
];

/// Whether the first positional argument is the method, as HTTPie and xh decide: a known method
/// in any case, or any word of letters followed by something that is not a request item
/// (`http localhost x==1` has no method; `xh get example.org` and `http PROPFIND host` do).
fn is_method(positional: &[Word]) -> bool {
    let Some(first) = positional.first() else {
        return false;
    };
    let known = METHODS.iter().any(|m| m.eq_ignore_ascii_case(&first.text));
    let letters = !first.text.is_empty() && first.text.bytes().all(|b| b.is_ascii_alphabetic());
    match positional.get(1) {
        Some(next) => (known || letters) && !is_item(&next.text),
        None => false,
    }
}

/// `name=value`, `name==value`, `name:=json`, `name@file`, `Header:value`: not a URL.
fn is_item(text: &str) -> bool {
    let slash = text.find('/').unwrap_or(text.len());
    if text.find(['=', '@']).is_some_and(|at| at < slash) {
        return true;
    }
    match text.find(':') {
        Some(colon) if colon > 0 => {
            let name_ok = text[..colon]
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
            let after = &text[colon + 1..];
            // `host:8080/path` and `scheme://` are URLs; `X-Key:abc` is a header.
            name_ok && !after.starts_with(|c: char| c.is_ascii_digit() || c == '/')
        }
        _ => false,
    }
}

pub fn parse(words: &[Word]) -> Vec<Request> {
    let Some(scheme) = default_scheme(words) else {
        return Vec::new();
    };
    let mut request = Request {
        client: Some(Client::Httpie),
        words: words.to_vec(),
        body_kind: BodyKind::Json,
        ..Request::default()
    };
    let mut auth: Option<Word> = None;
    let mut bearer = false;
    let mut positional = Vec::new();
    let mut i = 1;
    while i < words.len() {
        let word = &words[i];
        i += 1;
        let text = word.text.as_str();
        if text.starts_with('-') && text.len() > 1 {
            let (flag, inline) = match text.split_once('=') {
                Some((f, _)) if f.starts_with("--") => {
                    (f, Some(word.slice(f.len() + 1..text.len())))
                }
                _ => (text, None),
            };
            let value = if WITH_ARGUMENT.contains(&flag) && inline.is_none() {
                i += 1;
                words.get(i - 1).cloned()
            } else {
                inline
            };
            match (flag, value) {
                ("--auth" | "-a", Some(v)) => auth = Some(v),
                ("--bearer", Some(v)) => {
                    auth = Some(v);
                    bearer = true;
                }
                ("--auth-type" | "-A", Some(v)) => bearer = v.text.eq_ignore_ascii_case("bearer"),
                ("--verify", Some(v))
                    if matches!(v.text.to_ascii_lowercase().as_str(), "no" | "false") =>
                {
                    request.insecure = Some(word.span());
                }
                ("--form" | "-f" | "--multipart", _) => request.body_kind = BodyKind::Form,
                ("--proxy", Some(v)) => {
                    let url_part = v
                        .text
                        .split_once(':')
                        .map_or(0, |(proto, _)| proto.len() + 1);
                    if let Some(url) = Url::parse(&v.slice(url_part..v.text.len()), "http") {
                        request.proxies.push(url);
                    }
                }
                ("--cert-key-pass", Some(v)) => request.literals.push(Param {
                    name: "key-password".into(),
                    value: Spanned::of(&v),
                }),
                _ => {}
            }
            continue;
        }
        positional.push(word.clone());
    }
    if is_method(&positional) {
        positional.remove(0);
    }
    let Some(url_word) = positional.first() else {
        return Vec::new();
    };
    // `:3000/path` is localhost.
    let url = if url_word.text.starts_with(':') {
        let mut text = format!("localhost{}", url_word.text);
        if !text.contains("://") {
            text = format!("{scheme}://{text}");
        }
        Url::parse(&Word::verbatim(&text, url_word.span().start), scheme).map(|mut u| {
            u.raw = Spanned::of(url_word);
            u
        })
    } else {
        Url::parse(url_word, scheme)
    };
    let Some(mut url) = url else {
        return Vec::new();
    };
    for item in &positional[1..] {
        item_into(item, &mut request, &mut url);
    }
    match auth {
        Some(token) if bearer => request.headers.push(Param {
            name: "Authorization".into(),
            value: Spanned::of(&token),
        }),
        Some(credentials) => request.basic_auth = Some(super::curl::split_user(&credentials)),
        None => {}
    }
    request.urls.push(url);
    let start = words.first().map_or(0, |w| w.span().start);
    request.span = start..words.last().map_or(start, |w| w.span().end);
    vec![request]
}

/// One request item, by its separator.
fn item_into(item: &Word, request: &mut Request, url: &mut Url) {
    let text = &item.text;
    let separators = [":=@", "=@", "==", ":=", "=", "@", ":"];
    let found = text.char_indices().find_map(|(at, _)| {
        separators
            .iter()
            .find(|s| text[at..].starts_with(**s))
            .map(|s| (at, *s))
    });
    let Some((at, separator)) = found else {
        return;
    };
    let name = text[..at].to_owned();
    let value = item.slice(at + separator.len()..text.len());
    let param = Param {
        name,
        value: Spanned::of(&value),
    };
    match separator {
        "==" => url.query.push(param),
        "=" => request.body.push(param),
        ":=" => {
            let fields = super::curl::json_fields(&value);
            if fields.is_empty() {
                request.body.push(param);
            } else {
                request.body.extend(fields);
            }
        }
        ":" => {
            if param.name.eq_ignore_ascii_case("cookie") {
                request.cookies.extend(super::curl::cookies(&value));
            }
            request.headers.push(param);
        }
        _ => request.from_files = true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::shell;

    fn one(command: &str) -> Request {
        let words = &shell::commands(command)[0];
        assert!(is_httpie(words), "{command}");
        parse(words).remove(0)
    }

    #[test]
    fn request_items_land_where_httpie_puts_them() {
        let r = one(
            "http -A bearer -a tok123 POST api.example.com/v1 api_key==k1 password=p1 meta:='{\"secret\":\"s1\"}' X-Api-Key:k2 file@a.txt",
        );
        let url = &r.urls[0];
        assert_eq!(url.scheme, "http", "http defaults to http://");
        assert_eq!(url.query[0].name, "api_key");
        assert_eq!(
            r.body.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
            ["password", "secret"]
        );
        assert_eq!(
            r.headers
                .iter()
                .map(|p| p.name.as_str())
                .collect::<Vec<_>>(),
            ["X-Api-Key", "Authorization"]
        );
        assert!(r.from_files);
    }

    #[test]
    fn basic_auth_verify_and_localhost_shorthand() {
        let r = one("https --verify=no -a user:pw :3000/x");
        assert!(r.insecure.is_some());
        assert_eq!(
            r.basic_auth.as_ref().unwrap().1.as_ref().unwrap().text,
            "pw"
        );
        assert!(r.urls[0].is_loopback());
        assert_eq!(r.urls[0].scheme, "https");
        let r = one("http --unsorted --verify no example.org/x api_key==abc123");
        assert!(r.insecure.is_some());
        assert_eq!(r.urls[0].query[0].name, "api_key");
        let r = one("xh --bearer tok123 http://example.org/");
        assert_eq!(r.headers[0].name, "Authorization");
        assert_eq!(r.headers[0].value.text, "tok123");
    }

    #[test]
    fn the_method_is_optional_and_any_case() {
        let host = |command: &str| one(command).urls[0].host.clone();
        assert_eq!(host("xh get example.org/x token==abc"), "example.org");
        assert_eq!(host("http PROPFIND example.org"), "example.org");
        assert_eq!(host("http post :8080/x a=b"), "localhost");
        assert_eq!(host("http localhost x==1"), "localhost");
        assert_eq!(host("http localhost X-Api-Key:abc"), "localhost");
        assert_eq!(host("http localhost:8080"), "localhost");
        assert_eq!(host("http example.org"), "example.org");
    }
}
