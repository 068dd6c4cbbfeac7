//! curl command lines → requests: every option that carries data or credentials, combined short
//! flags (`-sSLu user:pass`, `-XPOST`, `-H'X: y'`), `--opt=value`, unambiguous abbreviations of long
//! options, several URLs and `--next`.

use super::model::{BodyKind, Client, Param, Request, Spanned, Url, query_params};
use super::shell::Word;

/// What an option does with its argument (or without one).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Takes an argument that matters to nobody here.
    Skip,
    /// No argument.
    Flag,
    Url,
    Header,
    ProxyHeader,
    User,
    ProxyUser,
    OAuth2Bearer,
    Data(DataKind),
    Json,
    Form {
        literal: bool,
    },
    Get,
    UrlQuery,
    Cookie,
    Referer,
    Proxy,
    Cert,
    KeyPassword,
    Insecure,
    Request,
    Config,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DataKind {
    /// `-d`, `--data-ascii`, `--data-binary`: `@file` reads a file.
    Data,
    /// `--data-raw`: `@` is literal.
    Raw,
    /// `--data-urlencode`: `name=content`, `=content`, `@file`, `name@file`.
    UrlEncode,
}

/// Long options and their roles. Options not listed are taken for flags (`--compressed`, and any
/// `--no-…` form).
const LONG: &[(&str, Role)] = &[
    ("url", Role::Url),
    ("header", Role::Header),
    ("proxy-header", Role::ProxyHeader),
    ("user", Role::User),
    ("proxy-user", Role::ProxyUser),
    ("oauth2-bearer", Role::OAuth2Bearer),
    ("data", Role::Data(DataKind::Data)),
    ("data-ascii", Role::Data(DataKind::Data)),
    ("data-binary", Role::Data(DataKind::Data)),
    ("data-raw", Role::Data(DataKind::Raw)),
    ("data-urlencode", Role::Data(DataKind::UrlEncode)),
    ("json", Role::Json),
    ("form", Role::Form { literal: false }),
    ("form-string", Role::Form { literal: true }),
    ("get", Role::Get),
    ("url-query", Role::UrlQuery),
    ("cookie", Role::Cookie),
    ("referer", Role::Referer),
    ("proxy", Role::Proxy),
    ("preproxy", Role::Proxy),
    ("socks4", Role::Proxy),
    ("socks4a", Role::Proxy),
    ("socks5", Role::Proxy),
    ("socks5-hostname", Role::Proxy),
    ("cert", Role::Cert),
    ("proxy-cert", Role::Cert),
    ("pass", Role::KeyPassword),
    ("proxy-pass", Role::KeyPassword),
    ("tlspassword", Role::KeyPassword),
    ("proxy-tlspassword", Role::KeyPassword),
    ("insecure", Role::Insecure),
    ("proxy-insecure", Role::Insecure),
    ("request", Role::Request),
    ("config", Role::Config),
    ("next", Role::Flag),
    // Options whose argument is not a credential, listed so the argument is not taken for a URL.
    ("abstract-unix-socket", Role::Skip),
    ("alt-svc", Role::Skip),
    ("aws-sigv4", Role::Skip),
    ("cacert", Role::Skip),
    ("capath", Role::Skip),
    ("cert-type", Role::Skip),
    ("ciphers", Role::Skip),
    ("connect-timeout", Role::Skip),
    ("connect-to", Role::Skip),
    ("continue-at", Role::Skip),
    ("cookie-jar", Role::Skip),
    ("create-file-mode", Role::Skip),
    ("crlfile", Role::Skip),
    ("curves", Role::Skip),
    ("delegation", Role::Skip),
    ("dns-interface", Role::Skip),
    ("dns-ipv4-addr", Role::Skip),
    ("dns-ipv6-addr", Role::Skip),
    ("dns-servers", Role::Skip),
    ("doh-url", Role::Skip),
    ("dump-header", Role::Skip),
    ("ech", Role::Skip),
    ("egd-file", Role::Skip),
    ("engine", Role::Skip),
    ("etag-compare", Role::Skip),
    ("etag-save", Role::Skip),
    ("expect100-timeout", Role::Skip),
    ("ftp-account", Role::Skip),
    ("ftp-alternative-to-user", Role::Skip),
    ("ftp-method", Role::Skip),
    ("ftp-port", Role::Skip),
    ("ftp-ssl-ccc-mode", Role::Skip),
    ("happy-eyeballs-timeout-ms", Role::Skip),
    ("haproxy-clientip", Role::Skip),
    ("hostpubmd5", Role::Skip),
    ("hostpubsha256", Role::Skip),
    ("hsts", Role::Skip),
    ("interface", Role::Skip),
    ("ip-tos", Role::Skip),
    ("keepalive-cnt", Role::Skip),
    ("keepalive-time", Role::Skip),
    ("key", Role::Skip),
    ("key-type", Role::Skip),
    ("krb", Role::Skip),
    ("libcurl", Role::Skip),
    ("limit-rate", Role::Skip),
    ("local-port", Role::Skip),
    ("login-options", Role::Skip),
    ("mail-auth", Role::Skip),
    ("mail-from", Role::Skip),
    ("mail-rcpt", Role::Skip),
    ("max-filesize", Role::Skip),
    ("max-redirs", Role::Skip),
    ("max-time", Role::Skip),
    ("netrc-file", Role::Skip),
    ("noproxy", Role::Skip),
    ("output", Role::Skip),
    ("output-dir", Role::Skip),
    ("parallel-max", Role::Skip),
    ("pinnedpubkey", Role::Skip),
    ("proto", Role::Skip),
    ("proto-default", Role::Skip),
    ("proto-redir", Role::Skip),
    ("proxy-cacert", Role::Skip),
    ("proxy-capath", Role::Skip),
    ("proxy-cert-type", Role::Skip),
    ("proxy-ciphers", Role::Skip),
    ("proxy-crlfile", Role::Skip),
    ("proxy-key", Role::Skip),
    ("proxy-key-type", Role::Skip),
    ("proxy-pinnedpubkey", Role::Skip),
    ("proxy-service-name", Role::Skip),
    ("proxy-tls13-ciphers", Role::Skip),
    ("proxy-tlsauthtype", Role::Skip),
    ("proxy-tlsuser", Role::Skip),
    ("proxy1.0", Role::Proxy),
    ("pubkey", Role::Skip),
    ("quote", Role::Skip),
    ("random-file", Role::Skip),
    ("range", Role::Skip),
    ("rate", Role::Skip),
    ("request-target", Role::Skip),
    ("resolve", Role::Skip),
    ("retry", Role::Skip),
    ("retry-delay", Role::Skip),
    ("retry-max-time", Role::Skip),
    ("sasl-authzid", Role::Skip),
    ("service-name", Role::Skip),
    ("socks5-gssapi-service", Role::Skip),
    ("speed-limit", Role::Skip),
    ("speed-time", Role::Skip),
    ("ssl-sessions", Role::Skip),
    ("stderr", Role::Skip),
    ("telnet-option", Role::Skip),
    ("tftp-blksize", Role::Skip),
    ("time-cond", Role::Skip),
    ("tls-max", Role::Skip),
    ("tls13-ciphers", Role::Skip),
    ("tlsauthtype", Role::Skip),
    ("tlsuser", Role::Skip),
    ("trace", Role::Skip),
    ("trace-ascii", Role::Skip),
    ("trace-config", Role::Skip),
    ("unix-socket", Role::Skip),
    ("upload-file", Role::Skip),
    ("user-agent", Role::Skip),
    ("variable", Role::Skip),
    ("write-out", Role::Skip),
    ("ipfs-gateway", Role::Skip),
    ("knownhosts", Role::Skip),
    ("parallel-max-host", Role::Skip),
    ("upload-flags", Role::Skip),
    ("sigalgs", Role::Skip),
    ("vlan-priority", Role::Skip),
];

/// curl's options that take no argument (curl 8.x, `curl --help all`). Listed so that an exact
/// flag is never read as an abbreviation of a longer option (`--head` is not `--header`), and so
/// that abbreviations are ambiguous exactly when curl says they are. `--no-X` negates a flag.
const FLAGS: &[&str] = &[
    "anyauth",
    "append",
    "basic",
    "ca-native",
    "cert-status",
    "compressed",
    "compressed-ssh",
    "create-dirs",
    "crlf",
    "digest",
    "disable",
    "disable-eprt",
    "disable-epsv",
    "disallow-username-in-url",
    "doh-cert-status",
    "doh-insecure",
    "fail",
    "fail-early",
    "fail-with-body",
    "false-start",
    "follow",
    "form-escape",
    "ftp-create-dirs",
    "ftp-pasv",
    "ftp-pret",
    "ftp-skip-pasv-ip",
    "ftp-ssl",
    "ftp-ssl-ccc",
    "ftp-ssl-control",
    "ftp-ssl-reqd",
    "get",
    "globoff",
    "haproxy-protocol",
    "head",
    "help",
    "http0.9",
    "http1.0",
    "http1.1",
    "http2",
    "http2-prior-knowledge",
    "http3",
    "http3-only",
    "ignore-content-length",
    "include",
    "insecure",
    "ipv4",
    "ipv6",
    "junk-session-cookies",
    "list-only",
    "location",
    "location-trusted",
    "manual",
    "metalink",
    "mptcp",
    "negotiate",
    "netrc",
    "netrc-optional",
    "next",
    "no-alpn",
    "no-buffer",
    "no-clobber",
    "no-keepalive",
    "no-npn",
    "no-progress-meter",
    "no-sessionid",
    "ntlm",
    "ntlm-wb",
    "out-null",
    "parallel",
    "parallel-immediate",
    "path-as-is",
    "post301",
    "post302",
    "post303",
    "progress-bar",
    "progress-meter",
    "proxy-anyauth",
    "proxy-basic",
    "proxy-ca-native",
    "proxy-digest",
    "proxy-http2",
    "proxy-insecure",
    "proxy-negotiate",
    "proxy-ntlm",
    "proxy-ssl-allow-beast",
    "proxy-ssl-auto-client-cert",
    "proxy-tlsv1",
    "proxytunnel",
    "raw",
    "remote-header-name",
    "remote-name",
    "remote-name-all",
    "remote-time",
    "remove-on-error",
    "retry-all-errors",
    "retry-connrefused",
    "sasl-ir",
    "show-error",
    "show-headers",
    "silent",
    "skip-existing",
    "socks5-basic",
    "socks5-gssapi",
    "socks5-gssapi-nec",
    "ssl",
    "ssl-allow-beast",
    "ssl-auto-client-cert",
    "ssl-no-revoke",
    "ssl-reqd",
    "ssl-revoke-best-effort",
    "sslv2",
    "sslv3",
    "styled-output",
    "suppress-connect-headers",
    "tcp-fastopen",
    "tcp-nodelay",
    "tftp-no-options",
    "tls-earlydata",
    "tlsv1",
    "tlsv1.0",
    "tlsv1.1",
    "tlsv1.2",
    "tlsv1.3",
    "tr-encoding",
    "trace-ids",
    "trace-time",
    "use-ascii",
    "verbose",
    "version",
    "xattr",
];

fn short(c: char) -> Option<Role> {
    Some(match c {
        'H' => Role::Header,
        'u' => Role::User,
        'U' => Role::ProxyUser,
        'd' => Role::Data(DataKind::Data),
        'F' => Role::Form { literal: false },
        'G' => Role::Get,
        'b' => Role::Cookie,
        'e' => Role::Referer,
        'x' => Role::Proxy,
        'E' => Role::Cert,
        'k' => Role::Insecure,
        'X' => Role::Request,
        'K' => Role::Config,
        'A' | 'c' | 'C' | 'D' | 'm' | 'o' | 'P' | 'Q' | 'r' | 'T' | 't' | 'w' | 'y' | 'Y' | 'z' => {
            Role::Skip
        }
        ':' => Role::Flag, // -: is --next
        _ => return None,
    })
}

fn takes_argument(role: Role) -> bool {
    !matches!(role, Role::Flag | Role::Get | Role::Insecure)
}

/// A long option by its exact name or an unambiguous prefix of one. Unknown names are flags.
fn long(name: &str) -> Option<(&'static str, Role)> {
    // `--expand-header` (curl 8.3) is `--header` with `{{variables}}` expanded.
    if let Some(option) = name.strip_prefix("expand-")
        && let Some(found) = long(option)
    {
        return Some(found);
    }
    if let Some(&(full, role)) = LONG.iter().find(|(n, _)| *n == name) {
        return Some((full, role));
    }
    if let Some(&flag) = FLAGS.iter().find(|f| **f == name) {
        return Some((flag, Role::Flag));
    }
    if let Some(flag) = name.strip_prefix("no-")
        && let Some(&flag) = FLAGS.iter().find(|f| **f == flag)
    {
        return Some((flag, Role::Flag));
    }
    let options = LONG.iter().copied();
    let flags = FLAGS.iter().map(|f| (*f, Role::Flag));
    let mut matching = options.chain(flags).filter(|(n, _)| n.starts_with(name));
    match (matching.next(), matching.next()) {
        (Some((full, role)), None) => Some((full, role)),
        _ => None,
    }
}

/// Whether these words are a curl command.
pub fn is_curl(words: &[Word]) -> bool {
    words.first().is_some_and(|w| {
        let program = w.text.rsplit(['/', '\\']).next().unwrap_or(&w.text);
        program.eq_ignore_ascii_case("curl") || program.eq_ignore_ascii_case("curl.exe")
    })
}

/// One `--next` group of a command, before its data is turned into a body or a query.
#[derive(Default)]
struct Group {
    request: Request,
    urls: Vec<Word>,
    data: Vec<(DataKind, Word)>,
    json: Vec<Word>,
    /// `--url-query` arguments: always appended to the query, whatever `-G` says.
    url_query: Vec<Word>,
    get: bool,
    /// The group's words: `words[0]` (curl) and these are what a fix rewrites.
    own_words: std::ops::Range<usize>,
}

/// Parses a curl command (`words[0]` is `curl`) into requests, one per `--next` group.
pub fn parse(words: &[Word]) -> Vec<Request> {
    let mut groups = vec![Group {
        own_words: 1..words.len(),
        ..Group::default()
    }];
    let mut i = 1;
    let mut only_urls = false;
    while i < words.len() {
        let word = &words[i];
        i += 1;
        let text = word.text.as_str();
        let group = groups.last_mut().expect("at least one group");
        if only_urls || !text.starts_with('-') || text == "-" {
            group.urls.push(word.clone());
            continue;
        }
        if text == "--" {
            only_urls = true;
            continue;
        }
        if let Some(long_text) = text.strip_prefix("--") {
            let (name, inline) = match long_text.split_once('=') {
                Some((name, _)) => (name, Some(word.slice(2 + name.len() + 1..text.len()))),
                None => (long_text, None),
            };
            if name == "next" {
                next_group(&mut groups, i);
                continue;
            }
            let Some((_, role)) = long(name) else {
                continue;
            };
            let argument = if takes_argument(role) {
                match inline {
                    Some(value) => Some(value),
                    None => {
                        i += 1;
                        words.get(i - 1).cloned()
                    }
                }
            } else {
                None
            };
            apply(group, role, word, argument);
            continue;
        }
        // A cluster of short options: `-sSL`, `-XPOST`, `-uuser:pass`.
        for (at, c) in text.char_indices().skip(1) {
            let Some(role) = short(c) else {
                continue;
            };
            if c == ':' {
                next_group(&mut groups, i);
                break;
            }
            if role == Role::Insecure {
                // In a cluster (`-sku`), the `k` alone.
                group.request.insecure = Some(word.source_range(at..at + c.len_utf8()));
                continue;
            }
            if !takes_argument(role) {
                apply(group, role, word, None);
                continue;
            }
            let rest = at + c.len_utf8();
            let argument = if rest < text.len() {
                Some(word.slice(rest..text.len()))
            } else {
                i += 1;
                words.get(i - 1).cloned()
            };
            apply(group, role, word, argument);
            break;
        }
    }
    let start = words.first().map_or(0, |w| w.span().start);
    let end = words.last().map_or(start, |w| w.span().end);
    groups
        .into_iter()
        .filter(|g| !g.urls.is_empty())
        .map(|g| finish(g, words, start..end))
        .collect()
}

/// Starts a new group after the `--next` that ends the last one (`i` is the index after it).
fn next_group(groups: &mut Vec<Group>, i: usize) {
    let last = groups.last_mut().expect("at least one group");
    let end = last.own_words.end;
    last.own_words.end = i - 1;
    groups.push(Group {
        own_words: i..end,
        ..Group::default()
    });
}

fn apply(group: &mut Group, role: Role, option: &Word, argument: Option<Word>) {
    let request = &mut group.request;
    match role {
        Role::Insecure => request.insecure = Some(option.span()),
        Role::Get => group.get = true,
        _ => {}
    }
    let Some(arg) = argument else {
        return;
    };
    match role {
        Role::Url => group.urls.push(arg),
        Role::Header | Role::ProxyHeader => {
            if arg.text.starts_with('@') {
                request.from_files = true;
            } else if let Some(param) = header(&arg) {
                if param.name.eq_ignore_ascii_case("cookie") {
                    request.cookies.extend(cookies(
                        &arg.slice(arg.text.len() - param.value.text.len()..arg.text.len()),
                    ));
                }
                request.headers.push(param);
            }
        }
        Role::User => {
            let (user, password) = split_user(&arg);
            request.basic_auth = Some((user, password));
        }
        // Only the password is a secret: `-U user:password`.
        Role::ProxyUser => {
            let password = arg.text.find(':').map_or(0, |colon| colon + 1);
            request.proxy_auth = Some(Spanned::of(&arg.slice(password..arg.text.len())));
        }
        Role::OAuth2Bearer => {
            request.headers.push(Param {
                name: "Authorization".into(),
                value: Spanned::of(&arg),
            });
            request.literals.push(Param {
                name: "oauth2-bearer".into(),
                value: Spanned::of(&arg),
            });
        }
        Role::Data(kind) => group.data.push((kind, arg)),
        Role::Json => group.json.push(arg),
        Role::Form { literal } => {
            request.body_kind = BodyKind::Multipart;
            if let Some(eq) = arg.text.find('=') {
                // `name=content;type=text/plain;filename=x`: the content ends at its attributes.
                let end = [";type=", ";filename=", ";headers=", ";encoder="]
                    .iter()
                    .filter_map(|a| arg.text[eq..].find(a).map(|i| eq + i))
                    .min()
                    .unwrap_or(arg.text.len());
                let value = arg.slice(eq + 1..end);
                if !literal && (value.text.starts_with('@') || value.text.starts_with('<')) {
                    request.from_files = true;
                } else {
                    request.body.push(Param {
                        name: arg.text[..eq].to_owned(),
                        value: Spanned::of(&value),
                    });
                }
            }
        }
        Role::UrlQuery => {
            let text = arg.text.trim_start_matches('+');
            if text.starts_with('@') || text.contains("=@") {
                request.from_files = true;
            } else {
                let offset = arg.text.len() - text.len();
                group.url_query.push(arg.slice(offset..arg.text.len()));
            }
        }
        Role::Cookie => {
            if arg.text.contains('=') {
                request.cookies.extend(cookies(&arg));
            } else {
                request.from_files = true;
            }
        }
        Role::Referer => request.headers.push(Param {
            name: "Referer".into(),
            value: Spanned::of(&arg),
        }),
        Role::Proxy => {
            if let Some(url) = Url::parse(&arg, "http") {
                request.proxies.push(url);
            }
        }
        Role::Cert => {
            // `file:password`; not `C:\path` on Windows.
            let text = &arg.text;
            let drive = text.len() > 2
                && text.as_bytes()[1] == b':'
                && text.as_bytes()[0].is_ascii_alphabetic();
            let search_from = if drive { 2 } else { 0 };
            if let Some(colon) = text[search_from..].find(':').map(|c| c + search_from) {
                request.literals.push(Param {
                    name: "cert-password".into(),
                    value: Spanned::of(&arg.slice(colon + 1..text.len())),
                });
            }
        }
        Role::KeyPassword => request.literals.push(Param {
            name: "key-password".into(),
            value: Spanned::of(&arg),
        }),
        Role::Config => request.from_files = true,
        _ => {}
    }
}

/// `Name: value` → a header, its value spanning exactly the value.
pub fn header(word: &Word) -> Option<Param> {
    let colon = word.text.find(':')?;
    let name = word.text[..colon].trim();
    if name.is_empty() || name.contains(char::is_whitespace) {
        return None;
    }
    let raw_value = &word.text[colon + 1..];
    let lead = raw_value.len() - raw_value.trim_start().len();
    let value_start = colon + 1 + lead;
    let value_end = colon + 1 + raw_value.trim_end().len();
    Some(Param {
        name: name.to_owned(),
        value: Spanned::of(&word.slice(value_start..value_end.max(value_start))),
    })
}

/// `a=b; c=d` → cookies.
pub fn cookies(word: &Word) -> Vec<Param> {
    let mut params = Vec::new();
    let mut at = 0;
    for pair in word.text.split(';') {
        if let Some(eq) = pair.find('=') {
            let name = pair[..eq].trim();
            let value_end = at + pair.trim_end().len();
            params.push(Param {
                name: name.to_owned(),
                value: Spanned::of(&word.slice(at + eq + 1..value_end.max(at + eq + 1))),
            });
        }
        at += pair.len() + 1;
    }
    params
}

/// `user:password` (the password may be absent: curl asks for it).
pub fn split_user(word: &Word) -> (Spanned, Option<Spanned>) {
    match word.text.find(':') {
        Some(colon) => (
            Spanned::of(&word.slice(0..colon)),
            Some(Spanned::of(&word.slice(colon + 1..word.text.len()))),
        ),
        None => (Spanned::of(word), None),
    }
}

fn finish(mut group: Group, words: &[Word], span: std::ops::Range<usize>) -> Request {
    let mut request = std::mem::take(&mut group.request);
    request.client = Some(Client::Curl);
    request.span = span;
    // Only this group's words: a fix must not carry another group's options (or credentials).
    request.words = words[..1]
        .iter()
        .chain(&words[group.own_words.clone()])
        .cloned()
        .collect();
    let is_json = !group.json.is_empty()
        || request.headers.iter().any(|h| {
            h.name.eq_ignore_ascii_case("content-type")
                && h.value.text.to_ascii_lowercase().contains("json")
        });
    let mut fields = Vec::new();
    for word in &group.json {
        fields.extend(json_fields(word));
    }
    for (kind, word) in &group.data {
        match kind {
            DataKind::Data if word.text.starts_with('@') => request.from_files = true,
            DataKind::UrlEncode => fields.extend(urlencode_field(word, &mut request.from_files)),
            // JSON is read as JSON whatever the Content-Type says: servers often do the same.
            _ if word.text.trim_start().starts_with(['{', '[']) && is_json_text(&word.text) => {
                request.body_kind = BodyKind::Json;
                fields.extend(json_fields(word))
            }
            _ => fields.extend(query_params(word, 0, &word.text)),
        }
    }
    let extra_query: Vec<Param> = group
        .url_query
        .iter()
        .flat_map(|w| query_params(w, 0, &w.text))
        .collect();
    let default_scheme = "http";
    for word in &group.urls {
        if let Some(mut url) = Url::parse(word, default_scheme) {
            url.query.extend(extra_query.iter().cloned());
            if group.get {
                url.query.extend(fields.iter().cloned());
            }
            request.urls.push(url);
        }
    }
    if is_json {
        request.body_kind = BodyKind::Json;
    }
    if !group.get {
        request.body.extend(fields);
    }
    request
}

/// `--data-urlencode` forms.
fn urlencode_field(word: &Word, from_files: &mut bool) -> Option<Param> {
    let text = &word.text;
    let eq = text.find('=');
    let at = text.find('@');
    match (eq, at) {
        (_, Some(a)) if eq.is_none_or(|e| a < e) => {
            *from_files = true;
            None
        }
        (Some(e), _) => Some(Param {
            name: text[..e].to_owned(),
            value: Spanned::of(&word.slice(e + 1..text.len())),
        }),
        (None, _) => None,
    }
}

/// The string and number members of a JSON body, at any depth, named by their key; each spans its
/// value in the source when it can be found there.
pub fn json_fields(word: &Word) -> Vec<Param> {
    let Ok(value) = serde_json::from_str::<serde_json::Value>(&word.text) else {
        return Vec::new();
    };
    let mut fields = Vec::new();
    collect_json(&value, None, word, &mut fields);
    fields
}

fn collect_json(value: &serde_json::Value, name: Option<&str>, word: &Word, out: &mut Vec<Param>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, v) in map {
                collect_json(v, Some(key), word, out);
            }
        }
        serde_json::Value::Array(items) => {
            for v in items {
                collect_json(v, name, word, out);
            }
        }
        serde_json::Value::String(s) => {
            if let Some(name) = name {
                let span = find_json_value(word, name, s);
                out.push(Param {
                    name: name.to_owned(),
                    value: Spanned::new(s.clone(), span),
                });
            }
        }
        _ => {}
    }
}

fn is_json_text(text: &str) -> bool {
    serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok()
}

/// Where `"name": "value"` puts the value in the word (as written, escapes and all), or the
/// whole word.
fn find_json_value(word: &Word, name: &str, value: &str) -> std::ops::Range<usize> {
    let key = format!("\"{name}\"");
    let encoded = serde_json::to_string(value).unwrap_or_default();
    let escaped = encoded.trim_matches('"');
    // Writers escape differently (`\/`, `\u00e9`): try the value as serde writes it, as it is,
    // and with every `/` escaped.
    let slashed = escaped.replace('/', "\\/");
    if let Some(k) = word.text.find(&key) {
        let after = k + key.len();
        for form in [escaped, value, slashed.as_str()] {
            if let Some(v) = word.text[after..].find(form) {
                let start = after + v;
                return word.source_range(start..start + form.len());
            }
        }
    }
    word.span()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::shell;

    fn requests(command: &str) -> Vec<Request> {
        let words = &shell::commands(command)[0];
        assert!(is_curl(words));
        parse(words)
    }

    fn one(command: &str) -> Request {
        let mut all = requests(command);
        assert_eq!(all.len(), 1, "{command}");
        all.remove(0)
    }

    #[test]
    fn urls_queries_and_userinfo() {
        let r = one("curl -sSL 'https://u:p@api.example.com/v1?api_key=abc&x=1'");
        let url = &r.urls[0];
        assert_eq!(url.query[0].name, "api_key");
        assert_eq!(url.password.as_ref().unwrap().text, "p");
    }

    #[test]
    fn combined_short_flags_and_attached_arguments() {
        let r = one("curl -sSLu user:pass -XPOST -H'X-Api-Key: k1' https://a.example");
        assert_eq!(
            r.basic_auth.as_ref().unwrap().1.as_ref().unwrap().text,
            "pass"
        );
        assert_eq!(r.headers[0].name, "X-Api-Key");
        assert_eq!(r.headers[0].value.text, "k1");
        assert_eq!(r.urls.len(), 1);
    }

    #[test]
    fn data_goes_to_the_body_or_with_g_to_the_query() {
        let r = one("curl -d 'token=abc&page=2' https://a.example");
        assert_eq!(r.body[0].name, "token");
        let g = one("curl -G --data-urlencode 'api_key=abc' https://a.example");
        assert!(g.body.is_empty());
        assert_eq!(g.urls[0].query[0].name, "api_key");
        let q = one("curl --url-query 'key=abc' https://a.example");
        assert_eq!(q.urls[0].query[0].name, "key");
        let j = one(r#"curl --json '{"auth":{"client_secret":"s3"}}' https://a.example"#);
        assert_eq!(j.body[0].name, "client_secret");
        assert_eq!(j.body_kind, BodyKind::Json);
        let files = one("curl -d @body.json -b cookies.txt https://a.example");
        assert!(files.from_files && files.body.is_empty() && files.cookies.is_empty());
    }

    #[test]
    fn long_options_abbreviations_equals_and_next() {
        let r = requests(
            "curl --heade=X:1 --oauth2-bear=tok https://a.example --next --user a:b http://b.example",
        );
        assert_eq!(r.len(), 2);
        assert_eq!(
            r[0].headers
                .iter()
                .find(|h| h.name == "Authorization")
                .unwrap()
                .value
                .text,
            "tok"
        );
        assert_eq!(r[1].basic_auth.as_ref().unwrap().0.text, "a");
        // Exact flags that begin longer options' names are themselves.
        for flag in [
            "--head",
            "--netrc",
            "--ssl",
            "--ftp-ssl",
            "--socks5-gssapi",
            "--no-buffer",
        ] {
            let r = requests(&format!("curl {flag} 'https://a.example/?api_key=x'"));
            assert_eq!(r.len(), 1, "{flag}");
            assert_eq!(r[0].urls[0].query[0].name, "api_key", "{flag}");
        }
        let r = requests("curl --expand-header 'X-Api-Key: {{KEY}}' https://a.example");
        assert_eq!(r[0].headers[0].name, "X-Api-Key");
    }

    #[test]
    fn options_with_arguments_do_not_become_urls() {
        let r =
            one("curl -o out.json -A 'agent x' --max-time 5 -w '%{http_code}' https://a.example");
        assert_eq!(r.urls.len(), 1);
        assert_eq!(r.urls[0].host, "a.example");
    }

    #[test]
    fn cookies_proxies_certificates_and_insecure() {
        let r = one(
            "curl -k -b 'session=abc; lang=en' -x http://pu:pp@proxy:8080 -U pu:pp -E 'c.pem:certpw' https://a.example",
        );
        assert!(r.insecure.is_some());
        assert_eq!(r.cookies.len(), 2);
        assert_eq!(r.proxies[0].password.as_ref().unwrap().text, "pp");
        assert_eq!(r.proxy_auth.as_ref().unwrap().text, "pp");
        assert_eq!(r.literals[0].value.text, "certpw");
    }
}
