//! wget command lines → requests: `--header`, `--user`/`--password`, `--http-user`/`--http-password`,
//! `--post-data`, `--body-data`, proxies and `--no-check-certificate`.

use super::model::{Client, Param, Request, Spanned, Url, query_params};
use super::shell::Word;

pub fn is_wget(words: &[Word]) -> bool {
    words.first().is_some_and(|w| {
        let program = w.text.rsplit(['/', '\\']).next().unwrap_or(&w.text);
        matches!(program, "wget" | "wget2" | "wget.exe")
    })
}

/// Options whose argument is not a credential but must not be taken for a URL.
const SKIP: &[&str] = &[
    "output-document",
    "output-file",
    "append-output",
    "user-agent",
    "directory-prefix",
    "tries",
    "timeout",
    "wait",
    "limit-rate",
    "execute",
    "load-cookies",
    "save-cookies",
    "post-file",
    "body-file",
    "input-file",
    "base",
    "config",
    "bind-address",
    "dns-timeout",
    "connect-timeout",
    "read-timeout",
    "waitretry",
    "quota",
    "restrict-file-names",
    "default-page",
    "accept",
    "reject",
    "domains",
    "exclude-domains",
    "include-directories",
    "exclude-directories",
    "level",
    "ca-certificate",
    "ca-directory",
    "certificate",
    "certificate-type",
    "private-key",
    "private-key-type",
    "secure-protocol",
    "ciphers",
    "method",
    "referer",
    "max-redirect",
    "accept-regex",
    "backups",
    "compression",
    "crl-file",
    "cut-dirs",
    "follow-tags",
    "ignore-tags",
    "local-encoding",
    "pinnedpubkey",
    "prefer-family",
    "progress",
    "regex-type",
    "reject-regex",
    "rejected-log",
    "remote-encoding",
    "report-speed",
    "retry-on-http-error",
    "start-pos",
    "use-askpass",
    "warc-dedup",
    "warc-file",
    "warc-header",
    "warc-max-size",
    "warc-tempdir",
];

const SHORT_WITH_ARGUMENT: &str = "OoaUPtTweiBlADRQXIY";

pub fn parse(words: &[Word]) -> Vec<Request> {
    let mut request = Request {
        client: Some(Client::Wget),
        words: words.to_vec(),
        ..Request::default()
    };
    let (mut user, mut password): (Option<Spanned>, Option<Spanned>) = (None, None);
    let mut urls = Vec::new();
    let mut data: Vec<Word> = Vec::new();
    let mut i = 1;
    while i < words.len() {
        let word = &words[i];
        i += 1;
        let text = word.text.as_str();
        if let Some(long) = text.strip_prefix("--") {
            let (name, value) = match long.split_once('=') {
                Some((name, _)) => (name, Some(word.slice(2 + name.len() + 1..text.len()))),
                None => (long, None),
            };
            let needs_value = matches!(
                name,
                "header"
                    | "user"
                    | "password"
                    | "http-user"
                    | "http-password"
                    | "post-data"
                    | "body-data"
                    | "proxy-user"
                    | "proxy-password"
                    | "ftp-user"
                    | "ftp-password"
            ) || SKIP.contains(&name);
            let value = if needs_value && value.is_none() {
                i += 1;
                words.get(i - 1).cloned()
            } else {
                value
            };
            match (name, value) {
                ("header", Some(v)) => {
                    if let Some(h) = super::curl::header(&v) {
                        request.headers.push(h);
                    }
                }
                ("user" | "http-user" | "ftp-user", Some(v)) => user = Some(Spanned::of(&v)),
                ("password" | "http-password" | "ftp-password", Some(v)) => {
                    password = Some(Spanned::of(&v))
                }
                ("post-data" | "body-data", Some(v)) => data.push(v),
                ("proxy-password", Some(v)) => request.literals.push(Param {
                    name: "proxy-password".into(),
                    value: Spanned::of(&v),
                }),
                ("no-check-certificate", _) => request.insecure = Some(word.span()),
                ("post-file" | "body-file" | "load-cookies", _) => request.from_files = true,
                _ => {}
            }
            continue;
        }
        if text.starts_with('-') && text.len() > 1 {
            // Short options: the ones that take an argument consume the rest or the next word.
            let with_argument = text
                .char_indices()
                .skip(1)
                .find(|(_, c)| SHORT_WITH_ARGUMENT.contains(*c));
            if with_argument.is_some_and(|(at, _)| at + 1 == text.len()) {
                i += 1;
            }
            continue;
        }
        urls.push(word.clone());
    }
    if let Some(user) = user {
        request.basic_auth = Some((user, password));
    } else if let Some(password) = password {
        request.literals.push(Param {
            name: "password".into(),
            value: password,
        });
    }
    for word in &data {
        request.body.extend(query_params(word, 0, &word.text));
    }
    request.urls = urls.iter().filter_map(|w| Url::parse(w, "http")).collect();
    let start = words.first().map_or(0, |w| w.span().start);
    request.span = start..words.last().map_or(start, |w| w.span().end);
    if request.urls.is_empty() {
        return Vec::new();
    }
    vec![request]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::shell;

    #[test]
    fn credentials_data_and_headers() {
        let words = &shell::commands(
            "wget -q -O out --header='X-Api-Key: k' --http-user=admin --http-password=pw --post-data 'token=t1' --no-check-certificate https://a.example/x",
        )[0];
        assert!(is_wget(words));
        let r = &parse(words)[0];
        assert_eq!(r.headers[0].name, "X-Api-Key");
        assert_eq!(
            r.basic_auth.as_ref().unwrap().1.as_ref().unwrap().text,
            "pw"
        );
        assert_eq!(r.body[0].name, "token");
        assert!(r.insecure.is_some());
        assert_eq!(r.urls.len(), 1);
        assert_eq!(r.urls[0].host, "a.example");
        // Long options take their argument as the next word too.
        let words = &shell::commands("wget --progress dot --tries 3 https://b.example/")[0];
        let hosts: Vec<String> = parse(words)[0]
            .urls
            .iter()
            .map(|u| u.host.clone())
            .collect();
        assert_eq!(hosts, ["b.example"]);
    }
}
