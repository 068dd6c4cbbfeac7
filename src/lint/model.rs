//! One model for every input: an HTTP request whose parts remember where they came from.

use std::ops::Range;

use percent_encoding::percent_decode_str;

use super::shell::Word;

/// Text and the source bytes it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spanned {
    pub text: String,
    pub span: Range<usize>,
}

impl Spanned {
    pub fn new(text: impl Into<String>, span: Range<usize>) -> Spanned {
        Spanned {
            text: text.into(),
            span,
        }
    }

    pub fn of(word: &Word) -> Spanned {
        Spanned::new(word.text.clone(), word.span())
    }
}

/// A named value: a query parameter, a header, a form or JSON field, a cookie.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    pub name: String,
    pub value: Spanned,
}

/// Which program would send the request: it decides how a fix is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Client {
    Curl,
    Wget,
    Httpie,
    /// A raw HTTP request or a `.http` file.
    Http,
    Har,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Url {
    pub raw: Spanned,
    /// Lower case, `http` when the command gave none and the client defaults to it; empty when
    /// a variable holds it (`$API_URL/v1`).
    pub scheme: String,
    /// Where the scheme is written; for a URL written without one, its host and port, which a
    /// finding about the scheme underlines instead.
    pub scheme_span: Range<usize>,
    pub host: String,
    /// The port as written, if any.
    pub port: Option<String>,
    pub user: Option<Spanned>,
    pub password: Option<Spanned>,
    pub path_segments: Vec<Spanned>,
    pub query: Vec<Param>,
}

impl Url {
    /// Parses an absolute URL (or `host/path`, with `default_scheme`) from a word, keeping the
    /// source span of every part. Percent-encoded names and values are decoded.
    pub fn parse(word: &Word, default_scheme: &str) -> Option<Url> {
        let text = word.text.as_str();
        let (scheme, rest_at, scheme_span) = match text.find("://") {
            Some(i)
                if i > 0
                    && text[..i]
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)) =>
            {
                (
                    text[..i].to_ascii_lowercase(),
                    i + 3,
                    word.source_range(0..i),
                )
            }
            Some(_) => return None,
            // `$API_URL/v1`, `${BASE}/x`, `{{host}}/api`: the scheme comes with the variable,
            // and is not known.
            None if starts_with_variable(text) => {
                let start = word.span().start;
                (String::new(), 0, start..start)
            }
            None => {
                let start = word.span().start;
                (default_scheme.to_owned(), 0, start..start)
            }
        };
        let rest = &text[rest_at..];
        let authority_len = rest.find(['/', '?', '#']).unwrap_or(rest.len());
        let authority = &rest[..authority_len];
        if authority.is_empty() || authority.contains(char::is_whitespace) {
            return None;
        }
        let scheme_span = if rest_at == 0 {
            word.source_range(0..authority_len)
        } else {
            scheme_span
        };
        let (userinfo, host_port) = match authority.rfind('@') {
            Some(at) => (Some((rest_at, &authority[..at])), &authority[at + 1..]),
            None => (None, authority),
        };
        let (mut host, port) = host_and_port(host_port);
        if scheme.is_empty() {
            // A variable's name, as written.
            host = host_port[..host.len()].to_owned();
        }
        let (mut user, mut password) = (None, None);
        if let Some((start, info)) = userinfo {
            let (u, p) = match info.find(':') {
                Some(colon) => (
                    &info[..colon],
                    Some((start + colon + 1, &info[colon + 1..])),
                ),
                None => (info, None),
            };
            user = Some(decoded(word, start, u));
            password = p.map(|(at, p)| decoded(word, at, p));
        }
        let after = rest_at + authority_len;
        let fragment_at = text[after..].find('#').map_or(text.len(), |i| after + i);
        let query_at = text[after..fragment_at].find('?').map(|i| after + i);
        let path_end = query_at.unwrap_or(fragment_at);
        let mut path_segments = Vec::new();
        let mut at = after;
        for segment in text[after..path_end].split('/') {
            if !segment.is_empty() {
                path_segments.push(decoded(word, at, segment));
            }
            at += segment.len() + 1;
        }
        let query = match query_at {
            Some(q) => query_params(word, q + 1, &text[q + 1..fragment_at]),
            None => Vec::new(),
        };
        Some(Url {
            raw: Spanned::of(word),
            scheme,
            scheme_span,
            host,
            port,
            user,
            password,
            path_segments,
            query,
        })
    }

    /// Whether the host is this machine: traffic to it does not cross a network.
    pub fn is_loopback(&self) -> bool {
        let host = self.host.trim_start_matches('[').trim_end_matches(']');
        host == "localhost"
            || host.ends_with(".localhost")
            || host
                .parse::<std::net::IpAddr>()
                .is_ok_and(|ip| ip.is_loopback())
    }
}

/// Whether a URL's text starts with a variable that holds its scheme and host: `$API_URL`,
/// `${BASE}`, `$(url)`, `{{host}}`, `%BASE%`, `<base-url>`.
fn starts_with_variable(text: &str) -> bool {
    text.starts_with('$')
        || text.starts_with("{{")
        || text.starts_with('<')
        || (text.starts_with('%') && text[1..].contains('%'))
}

/// `host:port` (or `[v6]:port`) split; the host in lower case.
fn host_and_port(host_port: &str) -> (String, Option<String>) {
    let split = if host_port.starts_with('[') {
        host_port.find("]:").map(|i| i + 1)
    } else {
        host_port.rfind(':')
    };
    let (host, port) = match split {
        Some(i) => (&host_port[..i], Some(host_port[i + 1..].to_owned())),
        None => (host_port, None),
    };
    (host.to_ascii_lowercase(), port)
}

/// `name=value&…` starting at byte `start` of the word.
pub fn query_params(word: &Word, start: usize, query: &str) -> Vec<Param> {
    let mut params = Vec::new();
    let mut at = start;
    for pair in query.split('&') {
        if !pair.is_empty() {
            let (name, value_at, value) = match pair.find('=') {
                Some(eq) => (&pair[..eq], at + eq + 1, &pair[eq + 1..]),
                None => (pair, at + pair.len(), ""),
            };
            params.push(Param {
                name: decode(&name.replace('+', " ")),
                value: decoded(word, value_at, value),
            });
        }
        at += pair.len() + 1;
    }
    params
}

/// A percent-decoded part of a word, spanning its encoded bytes.
fn decoded(word: &Word, start: usize, raw: &str) -> Spanned {
    Spanned::new(decode(raw), word.source_range(start..start + raw.len()))
}

pub fn decode(raw: &str) -> String {
    percent_decode_str(raw).decode_utf8_lossy().into_owned()
}

/// The body's form, for messages and fixes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BodyKind {
    #[default]
    Form,
    Json,
    Multipart,
}

/// A request, whatever it was written as.
#[derive(Debug, Clone, Default)]
pub struct Request {
    pub client: Option<Client>,
    /// The whole command or request in the source.
    pub span: Range<usize>,
    /// The command's words, for rewriting it as a fix.
    pub words: Vec<Word>,
    pub urls: Vec<Url>,
    pub headers: Vec<Param>,
    pub cookies: Vec<Param>,
    pub body: Vec<Param>,
    pub body_kind: BodyKind,
    /// `-u user:password`: sent in the Authorization header.
    pub basic_auth: Option<(Spanned, Option<Spanned>)>,
    /// Proxies, and the password for them (`-U user:password`; the user when there is none).
    pub proxies: Vec<Url>,
    pub proxy_auth: Option<Spanned>,
    /// Where TLS verification was turned off (`-k`).
    pub insecure: Option<Range<usize>>,
    /// Secrets written on the command line that are sent nowhere risky by themselves (`-E
    /// cert:password`, `--oauth2-bearer`); judged as literal secrets in files.
    pub literals: Vec<Param>,
    /// `-d @file`, `-b cookies.txt`: data read from files, not written in the command.
    pub from_files: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(text: &str) -> Url {
        Url::parse(&Word::verbatim(text, 10), "http").unwrap()
    }

    #[test]
    fn parts_and_spans() {
        let u = url(
            "https://user:p%40ss@API.example.com:8443/v1/bot123:abc/x?api_key=s3cr%2Bt&page=2#frag",
        );
        assert_eq!(u.scheme, "https");
        assert_eq!(u.host, "api.example.com");
        assert_eq!(u.port.as_deref(), Some("8443"));
        assert_eq!(u.user.as_ref().unwrap().text, "user");
        assert_eq!(u.password.as_ref().unwrap().text, "p@ss");
        assert_eq!(u.path_segments.len(), 3);
        assert_eq!(u.path_segments[1].text, "bot123:abc");
        assert_eq!(u.query[0].name, "api_key");
        assert_eq!(u.query[0].value.text, "s3cr+t");
        let start = 10 + "https://user:p%40ss@API.example.com:8443/v1/bot123:abc/x?api_key=".len();
        assert_eq!(u.query[0].value.span, start..start + 8);
        assert_eq!(u.query[1].value.text, "2");
    }

    #[test]
    fn schemes_default_and_hosts_can_be_loopback() {
        let bare = url("localhost:8080/path?token=x");
        assert_eq!(bare.scheme, "http");
        assert_eq!(
            bare.scheme_span,
            10..24,
            "the host and port stand for the missing scheme"
        );
        assert!(bare.is_loopback());
        assert!(url("http://127.0.0.2/").is_loopback());
        assert!(url("http://[::1]:80/").is_loopback());
        assert_eq!(url("http://[::1]:80/").port.as_deref(), Some("80"));
        assert_eq!(url("http://[::1]/").host, "[::1]");
        assert_eq!(url("http://[::1]/").port, None);
        assert!(url("http://app.localhost/").is_loopback());
        assert!(!url("http://example.com/").is_loopback());
        assert!(Url::parse(&Word::verbatim("not a url", 0), "http").is_none());
    }
}
