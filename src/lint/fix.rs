//! Fixes: the command rewritten with the credential moved to a header and every literal
//! credential replaced by an environment variable, or a sentence saying what to do.

use std::ops::Range;

use super::judge::{self, Judgement};
use super::model::{Client, Param, Request, Url};
use super::rules::{is_user_password, secret_values};
use super::shell::Word;

/// `api_key` → `API_KEY`; names that say little become `API_KEY`.
pub fn env_name(name: &str) -> String {
    let upper: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_uppercase()
            } else {
                '_'
            }
        })
        .collect();
    let upper = upper.trim_matches('_').to_owned();
    if upper.is_empty()
        || matches!(
            upper.as_str(),
            "KEY" | "TOKEN" | "AUTH" | "AUTHORIZATION" | "APPID"
        )
    {
        "API_KEY".into()
    } else {
        upper
    }
}

/// The header to use instead, with the credential as an environment variable.
pub(super) fn header_for(url: &Url, name: &str, judgement: &Judgement) -> String {
    let var = env_name(name);
    let documented = judgement.detection.map(|d| d.detector.header);
    let google = url.host.ends_with("googleapis.com") && judge::normalize(name) == "key";
    match documented {
        _ if google => format!("x-goog-api-key: ${var}"),
        Some(h) if !h.starts_with("Authorization") && !h.contains('(') => format!("{h}: ${var}"),
        _ => format!("Authorization: Bearer ${var}"),
    }
}

pub(super) fn query_fix(
    request: &Request,
    url: &Url,
    param: &Param,
    judgement: &Judgement,
) -> String {
    let header = header_for(url, &param.name, judgement);
    moved(request, url, Drop::Query(param), &header)
}

/// The fix that takes a credential out of the query or the body and sends it in `header`
/// instead; a request that already sends that header only loses the parameter.
fn moved(request: &Request, url: &Url, drop: Drop, header: &str) -> String {
    let header_name = header.split(':').next().unwrap_or(header);
    let sent = request
        .headers
        .iter()
        .any(|h| h.name.eq_ignore_ascii_case(header_name));
    let added = (!sent).then_some(header);
    let rewritten = match request.client {
        Some(Client::Curl | Client::Wget | Client::Httpie) if !request.words.is_empty() => {
            rewrite_command(request, url, drop, added)
        }
        _ => None,
    };
    let (Drop::Query(param) | Drop::Body(param)) = drop;
    let place = match drop {
        Drop::Query(_) => "the query string",
        Drop::Body(_) => "the body",
    };
    rewritten.unwrap_or_else(|| match added {
        Some(header) => format!("drop `{}` from {place} and send `{header}`", param.name),
        None => format!(
            "drop `{}` from {place}: the request already sends `{header_name}`",
            param.name
        ),
    })
}

pub(super) fn body_fix(request: &Request, field: &Param) -> String {
    if is_user_password(&field.name) {
        let how = match request.client {
            Some(Client::Curl) => "`-u \"$API_USER:$PASSWORD\"`",
            Some(Client::Wget) => "`--user \"$API_USER\" --password \"$PASSWORD\"`",
            Some(Client::Httpie) => "`-a \"$API_USER:$PASSWORD\"`",
            _ => "`Authorization: Basic …`",
        };
        return format!(
            "drop `{}` from the body and use HTTP Basic authentication: {how}",
            field.name
        );
    }
    let Some(url) = request.urls.first() else {
        return format!(
            "drop `{}` from the body and send `Authorization: Bearer ${}`",
            field.name,
            env_name(&field.name)
        );
    };
    let j = judge::judge(Some(&field.name), &field.value.text).unwrap_or(Judgement {
        secret_kind: "api_key".into(),
        detection: None,
        reference: false,
    });
    let header = header_for(url, &field.name, &j);
    moved(request, url, Drop::Body(field), &header)
}

pub(super) fn userinfo_fix(request: &Request, url: &Url, user_is_the_secret: bool) -> String {
    // A token written as the user name is never repeated, not even in a fix.
    if user_is_the_secret {
        return "remove the token and its `@` from the URL and send it in an Authorization header (git: a credential helper)".into();
    }
    let user = url.user.as_ref().map_or("", |u| u.text.as_str());
    match request.client {
        Some(Client::Curl) => format!(
            "remove `{user}:…@` from the URL and pass `-u \"{user}:$PASSWORD\"` (or use a .netrc file)"
        ),
        _ => format!(
            "remove `{user}:…@` from the URL and send the credentials in an Authorization header"
        ),
    }
}

/// What a rewritten command leaves out.
#[derive(Clone, Copy)]
enum Drop<'a> {
    /// A parameter of the URL's query string. One written apart from the URL (`--url-query`,
    /// `-G -d`, HTTPie `name==value`) is taken out of its word like a form field.
    Query(&'a Param),
    /// A form field (`-d`, `--data-urlencode`, `-F`, `--post-data`, an HTTPie `name=value` item).
    Body(&'a Param),
}

/// The command again, with the parameter removed, the header added after the program name,
/// http:// made https:// (except for loopback hosts), every credential replaced by a reference,
/// and every word quoted for a POSIX shell. None when the field cannot be taken out cleanly (a
/// JSON body, `-dname=value`).
fn rewrite_command(
    request: &Request,
    url: &Url,
    drop: Drop,
    header: Option<&str>,
) -> Option<String> {
    let secrets = secret_values(request);
    let mut words: Vec<String> = Vec::with_capacity(request.words.len() + 2);
    let mut dropped = matches!(drop, Drop::Query(_));
    let (Drop::Query(field) | Drop::Body(field)) = drop;
    for (i, word) in request.words.iter().enumerate() {
        let whole = 0..word.text.len();
        let url_part = word.text_range_of(url.raw.span.clone());
        if url_part.is_none() && word.text_range_of(field.value.span.clone()).is_some() {
            let rest = without_form_field(&marked(word, &secrets, whole), &field.name)?;
            dropped = true;
            if !rest.is_empty() {
                words.push(shell_word(&rest));
            } else if i > 1 && request.words[i - 1].text.starts_with('-') {
                words.pop(); // the -d or -F that took the field
            }
        } else if let Some(part) = url_part {
            // The URL, alone or inside its option (`--url=http://…`).
            let query = match drop {
                Drop::Query(param) => Some(param),
                Drop::Body(_) => None,
            };
            let mut text = without_param(&marked(word, &secrets, part.clone()), query);
            // A credential moved to a header still leaks over plain http: the fix upgrades too.
            if url.scheme == "http" && !url.is_loopback() {
                if text
                    .get(..7)
                    .is_some_and(|s| s.eq_ignore_ascii_case("http://"))
                {
                    text.replace_range(..7, "https://");
                } else if !text.contains("://") {
                    text.insert_str(0, "https://"); // HTTPie's `http host/path`
                }
            }
            let before = marked(word, &secrets, 0..part.start);
            let after = marked(word, &secrets, part.end..word.text.len());
            words.push(shell_word(&format!("{before}{text}{after}")));
        } else if i == 0 {
            words.push(word.text.clone());
        } else {
            words.push(shell_word(&marked(word, &secrets, whole)));
        }
        if let (0, Some(header)) = (i, header) {
            match request.client {
                Some(Client::Wget) => words.push(format!("--header={}", quote_double(header))),
                Some(Client::Httpie) => {} // request items go after the URL: see below
                _ => words.push(format!("-H {}", quote_double(header))),
            }
        }
    }
    if let (Some(Client::Httpie), Some(header)) = (request.client, header) {
        words.push(quote_double(header));
    }
    dropped.then(|| words.join(" "))
}

// A word's text is rewritten with markers, so that the parts of a command can be edited as text
// before it is quoted: a credential becomes REFERENCE name END, and a quoted or escaped `$`
// becomes LITERAL_DOLLAR. Any other `$` is one the shell expands, as in the original command.
const REFERENCE: char = '\u{1}';
const END: char = '\u{2}';
const LITERAL_DOLLAR: char = '\u{3}';

/// The bytes `range` of a word's text, marked: credentials as references, literal dollars.
fn marked(word: &Word, secrets: &[(Range<usize>, String)], range: Range<usize>) -> String {
    let mut inside: Vec<(Range<usize>, &str)> = secrets
        .iter()
        .filter_map(|(span, name)| word.text_range_of(span.clone()).map(|r| (r, name.as_str())))
        .filter(|(r, _)| range.start <= r.start && r.end <= range.end)
        .collect();
    inside.sort_by_key(|(r, _)| r.start);
    let text = &word.text;
    let literal = |out: &mut String, from: usize, to: usize| {
        for (i, c) in text[from..to].char_indices() {
            let quoted_dollar = c == '$' && word.is_literal_dollar(from + i);
            out.push(if quoted_dollar { LITERAL_DOLLAR } else { c });
        }
    };
    let mut out = String::new();
    let mut at = range.start;
    for (r, name) in inside {
        if r.start < at || !text.is_char_boundary(r.start) || !text.is_char_boundary(r.end) {
            continue;
        }
        literal(&mut out, at, r.start);
        out.push(REFERENCE);
        out.push_str(&env_name(name));
        out.push(END);
        at = r.end;
    }
    literal(&mut out, at, range.end.max(at));
    out
}

/// A marked text as one POSIX shell word: single quotes when nothing in it expands, else double
/// quotes, with literal dollars escaped and references as `$NAME`.
fn shell_word(marked: &str) -> String {
    if !marked.contains(REFERENCE) && !marked.contains('$') {
        return quote(&marked.replace(LITERAL_DOLLAR, "$"));
    }
    let mut out = String::from("\"");
    for c in marked.chars() {
        match c {
            REFERENCE => out.push('$'),
            END => {}
            LITERAL_DOLLAR => out.push_str("\\$"),
            '\\' | '"' | '`' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Form data without the named field: `a=1&key=x` → `a=1`; `key=x`, HTTPie's `key:=x` and
/// `key==x` → ``.
/// None when no `name=value` pair has that name, as in a JSON body.
fn without_form_field(text: &str, name: &str) -> Option<String> {
    let pairs: Vec<&str> = text.split('&').collect();
    let kept: Vec<&str> = pairs
        .iter()
        .copied()
        .filter(|pair| {
            pair.split_once('=')
                .is_none_or(|(n, _)| super::model::decode(n.strip_suffix(':').unwrap_or(n)) != name)
        })
        .collect();
    (kept.len() < pairs.len()).then(|| kept.join("&"))
}

/// A URL's text without one query parameter.
fn without_param(text: &str, drop: Option<&Param>) -> String {
    let Some(q) = text.find('?') else {
        return text.to_owned();
    };
    let (base, rest) = text.split_at(q);
    let (query, fragment) = match rest[1..].find('#') {
        Some(h) => (&rest[1..1 + h], &rest[1 + h..]),
        None => (&rest[1..], ""),
    };
    let kept: Vec<&str> = query
        .split('&')
        .filter(|pair| {
            let name = pair.split('=').next().unwrap_or("");
            drop.is_none_or(|d| super::model::decode(name) != d.name)
        })
        .collect();
    if kept.is_empty() {
        format!("{base}{fragment}")
    } else {
        format!("{base}?{}{fragment}", kept.join("&"))
    }
}

/// Single-quotes a word for a POSIX shell when it needs it.
pub fn quote(text: &str) -> String {
    let safe = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./:=@%+,".contains(c));
    if safe {
        text.to_owned()
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

/// Double quotes, so that `$API_KEY` inside expands.
fn quote_double(text: &str) -> String {
    let escaped = text
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('`', "\\`");
    format!("\"{escaped}\"")
}
