//! The rules: where a credential sits in a request, and what that costs. Each rule has a stable id,
//! a severity, the reason it matters and how to fix it.

use std::ops::Range;

use serde::Serialize;

use super::fix::{body_fix, env_name, query_fix, userinfo_fix};
use super::judge::{self, Judgement};
use super::model::{Param, Request, Spanned, Url};

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Serialize,
    serde::Deserialize,
    clap::ValueEnum,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

/// Where in a request a finding sits: part of the stable JSON contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Location {
    Query,
    Body,
    Header,
    Userinfo,
    Cookie,
    Path,
    Scheme,
    File,
}

/// A rule's stable id and documentation.
#[derive(Debug, PartialEq, Eq, Serialize)]
pub struct Rule {
    pub id: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
    pub why: &'static str,
    pub fix: &'static str,
}

pub const QUERY: Rule = Rule {
    id: "credential-in-query",
    severity: Severity::Error,
    summary: "credential in the query string",
    why: "query strings are written to server and proxy logs, browser history and Referer headers (OWASP API2:2023, RFC 6750 §2.3)",
    fix: "send it in the Authorization header, or the API-key header the provider documents",
};
pub const USERINFO: Rule = Rule {
    id: "credential-in-userinfo",
    severity: Severity::Error,
    summary: "credential in the URL's user information",
    why: "user:password@ in a URL is logged with the URL, shown in process lists and kept in history",
    fix: "pass the credentials apart from the URL (curl -u, or an Authorization header)",
};
pub const PLAIN_HTTP: Rule = Rule {
    id: "credential-over-http",
    severity: Severity::Error,
    summary: "credential sent over plain http://",
    why: "anyone on the network path can read a credential sent without TLS",
    fix: "use https://",
};
pub const BODY: Rule = Rule {
    id: "credential-in-body",
    severity: Severity::Warning,
    summary: "credential in the request body",
    why: "bodies are logged by frameworks, APM tools and error reporters, and replayed by retries (RFC 6749 §2.3.1 allows client secrets there only when a server cannot use Basic auth)",
    fix: "send it in the Authorization header",
};
pub const PATH: Rule = Rule {
    id: "credential-in-path",
    severity: Severity::Warning,
    summary: "credential in the URL path",
    why: "paths are logged like query strings; a URL that is the credential (a webhook, /bot<token>/) leaks with every copy of the URL",
    fix: "keep the URL in a secret store and out of scripts, logs and docs",
};
pub const COOKIE: Rule = Rule {
    id: "credential-in-cookie",
    severity: Severity::Info,
    summary: "credential in a cookie sent from the command line",
    why: "a session cookie copied into a command carries a user's session; it ends up in shell history",
    fix: "use an API credential made for the caller, in the Authorization header",
};
pub const INSECURE: Rule = Rule {
    id: "tls-verification-disabled",
    severity: Severity::Warning,
    summary: "TLS verification disabled for a request with credentials",
    why: "without certificate checks, anyone in the path can pose as the server and take the credential",
    fix: "drop -k/--insecure (--no-check-certificate, --verify=no); trust the right CA with --cacert instead",
};
pub const LITERAL: Rule = Rule {
    id: "literal-secret",
    severity: Severity::Warning,
    summary: "secret written into a file",
    why: "a secret committed to a file is read by everyone who can read the file and its history",
    fix: "read it from the environment or a secret store ($API_KEY)",
};
pub const PROXY_HTTP: Rule = Rule {
    id: "proxy-credential-over-http",
    severity: Severity::Warning,
    summary: "proxy credentials sent to a plain http:// proxy",
    why: "Proxy-Authorization travels unencrypted to an http:// proxy",
    fix: "use an https:// proxy, or a proxy that needs no credentials",
};
pub const PRESIGNED: Rule = Rule {
    id: "presigned-url",
    severity: Severity::Info,
    summary: "presigned URL",
    why: "a presigned URL is a bearer capability by design: anyone holding it can use it until it expires",
    fix: "share it only for as long as it is needed, and prefer short expiries",
};

pub const ALL: [&Rule; 10] = [
    &QUERY,
    &USERINFO,
    &PLAIN_HTTP,
    &BODY,
    &PATH,
    &COOKIE,
    &INSECURE,
    &LITERAL,
    &PROXY_HTTP,
    &PRESIGNED,
];

/// The rule with this id; the error names the known ones.
pub fn by_id(id: &str) -> Result<&'static Rule, String> {
    ALL.iter().copied().find(|r| r.id == id).ok_or_else(|| {
        let known: Vec<&str> = ALL.iter().map(|r| r.id).collect();
        format!("{id}: no such rule (rules: {})", known.join(", "))
    })
}

/// One problem found, with everything the printers need. The raw secret is never kept.
#[derive(Debug, Clone)]
pub struct Finding {
    pub rule: &'static Rule,
    pub severity: Severity,
    pub location: Location,
    pub name: Option<String>,
    pub span: Range<usize>,
    /// The value, redacted; `None` where the finding marks no value (`http`, `-k`).
    pub redacted: Option<String>,
    pub secret_kind: Option<String>,
    pub reference: bool,
    pub message: String,
    pub fix: Option<String>,
    /// The request's URL without query or user info: with the rule, the location and the name,
    /// what a fingerprint is made of. Nothing derived from the secret goes into a fingerprint, so
    /// a committed baseline cannot be used to confirm a guessed password.
    pub context: String,
}

/// First four characters, then `…`; references are shown whole (they are not secrets).
pub fn redact(value: &str, reference: bool) -> String {
    if reference {
        return value.to_owned();
    }
    let shown: String = value.chars().take(4).collect();
    if value.chars().count() <= 4 {
        "…".to_owned()
    } else {
        format!("{shown}…")
    }
}

/// Whether the request came from a file (scripts, docs) rather than the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    CommandLine,
    File,
}

struct Checker<'a> {
    request: &'a Request,
    findings: Vec<Finding>,
}

impl Checker<'_> {
    #[allow(clippy::too_many_arguments)]
    fn add(
        &mut self,
        rule: &'static Rule,
        severity: Severity,
        location: Location,
        name: Option<&str>,
        value: &Spanned,
        judgement: Option<&Judgement>,
        message: String,
        fix: Option<String>,
    ) {
        // A placement is as wrong whatever stands in the value (a reference, a documentation
        // example, a made-up token): `reference` says that nothing leaked.
        let reference = judgement.is_some_and(|j| j.reference);
        self.findings.push(Finding {
            rule,
            severity,
            location,
            name: name.map(str::to_owned),
            span: value.span.clone(),
            redacted: (!matches!(location, Location::Scheme))
                // Only a true placeholder is shown whole; a documented example or a made-up
                // token stands in for a credential but is redacted all the same.
                .then(|| {
                    redact(
                        &value.text,
                        reference && crate::detect::is_reference(&value.text),
                    )
                }),
            secret_kind: judgement.map(|j| j.secret_kind.clone()),
            reference,
            message,
            fix,
            context: self.request.urls.first().map(safe_url).unwrap_or_default(),
        });
    }
}

/// What a detected credential is called: "token", "secret key", "private key".
fn noun(d: &crate::detect::Detection) -> &'static str {
    match d.detector.kind {
        crate::detect::Kind::Token => "token",
        crate::detect::Kind::WebhookUrl => "webhook URL",
        crate::detect::Kind::PrivateKey => "private key",
        crate::detect::Kind::KeyId => "access key ID",
        _ if d.detector.id.contains("token") => "token",
        _ => "secret key",
    }
}

/// What fails in a made-up value, for messages: "checksum fails".
fn failing_check(d: &crate::detect::Detection) -> &'static str {
    match d.detector.check.as_ref().map(|c| c.what) {
        Some("parts") => "claims or signature are no token's",
        _ => "checksum fails",
    }
}

/// What a credential is, for messages: "GitHub token", "API key".
fn describe(judgement: &Judgement) -> String {
    let what = match &judgement.detection {
        Some(d) => format!("{} {}", d.detector.provider, noun(d)),
        None => match judgement.secret_kind.as_str() {
            "api_key" => "API key".to_owned(),
            "session" => "session cookie".to_owned(),
            other => other.replace(['_', '-'], " "),
        },
    };
    if judgement.reference {
        format!("{what} placeholder")
    } else {
        what
    }
}

/// Checks one request.
pub fn check(request: &Request, origin: Origin) -> Vec<Finding> {
    let mut c = Checker {
        request,
        findings: Vec::new(),
    };
    let credentials = has_credentials(request);
    for url in &request.urls {
        check_url(&mut c, url, credentials);
    }
    let credentials = credentials
        || request
            .urls
            .iter()
            .any(|u| userinfo_credential(u).is_some());
    for proxy in &request.proxies {
        if let Some(password) = &proxy.password {
            let judgement = judge::judge(Some("password"), &password.text);
            c.add(
                &USERINFO,
                USERINFO.severity,
                Location::Userinfo,
                proxy.user.as_ref().map(|u| u.text.as_str()),
                password,
                judgement.as_ref(),
                format!("proxy password in the proxy URL {}", safe_url(proxy)),
                Some("give the proxy credentials with --proxy-user, or better, read them from a .netrc file".into()),
            );
        }
        if let Some(auth) = &request.proxy_auth
            && proxy.scheme == "http"
        {
            let judgement = judge::judge(Some("password"), &auth.text);
            c.add(
                &PROXY_HTTP,
                PROXY_HTTP.severity,
                Location::Header,
                Some("Proxy-Authorization"),
                auth,
                judgement.as_ref(),
                format!(
                    "proxy credentials go to the plain http:// proxy {}",
                    proxy.host
                ),
                Some(PROXY_HTTP.fix.to_owned()),
            );
        }
    }
    let login = request.urls.iter().any(is_login_endpoint);
    for field in &request.body {
        // A user's password in the body of a login request is where it belongs (RFC 6749 §4.3
        // too); what the rule is about is API credentials that have a header of their own.
        if login && is_user_password(&field.name) {
            continue;
        }
        if let Some(j) = judge::judge(Some(&field.name), &field.value.text) {
            let message = format!("{} `{}` in the request body", describe(&j), field.name);
            c.add(
                &BODY,
                BODY.severity,
                Location::Body,
                Some(&field.name),
                &field.value,
                Some(&j),
                message,
                Some(body_fix(request, field)),
            );
        }
    }
    for cookie in &request.cookies {
        if let Some(j) =
            judge::judge(Some(&cookie.name), &cookie.value.text).or_else(|| session_cookie(cookie))
        {
            let message = format!("{} in cookie `{}`", describe(&j), cookie.name);
            c.add(
                &COOKIE,
                COOKIE.severity,
                Location::Cookie,
                Some(&cookie.name),
                &cookie.value,
                Some(&j),
                message,
                Some(COOKIE.fix.to_owned()),
            );
        }
    }
    if let Some(span) = &request.insecure
        && credentials
    {
        let flag = Spanned::new("", span.clone());
        c.add(
            &INSECURE,
            INSECURE.severity,
            Location::Scheme,
            None,
            &flag,
            None,
            "TLS certificate checks are off for a request that carries credentials".into(),
            Some(INSECURE.fix.to_owned()),
        );
    }
    if origin == Origin::File {
        check_literals(&mut c);
    }
    c.findings
}

fn session_cookie(cookie: &Param) -> Option<Judgement> {
    let n = judge::normalize(&cookie.name);
    let is_session =
        n.contains("session") || n.contains("sessid") || n == "sid" || n.ends_with("auth");
    (is_session && cookie.value.text.len() >= 8).then(|| Judgement {
        secret_kind: "session".into(),
        detection: None,
        reference: judge::stands_in(&cookie.value.text),
    })
}

/// A cookie a captured response sets (`Set-Cookie` in a HAR file): a session, or a credential by
/// its name, is a secret written into the file, for whoever reads the capture.
pub fn cookie_set_in_capture(cookie: &Param) -> Option<Finding> {
    let value = &cookie.value.text;
    let j = session_cookie(cookie).or_else(|| {
        judge::judge(Some(&cookie.name), value).filter(|_| {
            crate::detect::looks_generated(value) || crate::detect::identify(value).is_some()
        })
    })?;
    if j.reference || value.is_empty() {
        return None;
    }
    Some(Finding {
        rule: &LITERAL,
        severity: LITERAL.severity,
        location: Location::Cookie,
        name: Some(cookie.name.clone()),
        span: cookie.value.span.clone(),
        redacted: Some(redact(value, false)),
        secret_kind: Some(j.secret_kind.clone()),
        reference: false,
        message: format!(
            "{} `{}` set by a response in the capture: whoever reads the file holds it",
            describe(&j),
            cookie.name
        ),
        fix: Some(CAPTURE_FIX.to_owned()),
        context: format!("set-cookie\0{}", cookie.name),
    })
}

/// What to do about a secret a capture holds.
pub const CAPTURE_FIX: &str = "share captures without cookies and tokens (export the HAR sanitized), and end the session or revoke the token";

/// Whether anything in the request authenticates it, besides a URL's own user information
/// (which its finding reports, with the scheme it goes over). Stand-ins count: `-u user:pass`
/// over http teaches sending credentials in the clear.
fn has_credentials(request: &Request) -> bool {
    request.basic_auth.is_some()
        || request
            .headers
            .iter()
            .any(|h| judge::judge_header(&h.name, &h.value.text).is_some())
        || request.cookies.iter().any(|c| {
            judge::judge(Some(&c.name), &c.value.text).is_some() || session_cookie(c).is_some()
        })
        || request
            .body
            .iter()
            .any(|b| judge::judge(Some(&b.name), &b.value.text).is_some())
        || request.urls.iter().any(|u| {
            !is_badge(u)
                && u.query
                    .iter()
                    .any(|q| judge::judge(Some(&q.name), &q.value.text).is_some())
        })
}

/// A badge image (`…/badge.svg?token=…`, shields and codecov badges): its token only lets the
/// image be drawn, and is meant to be shown in a README.
fn is_badge(url: &Url) -> bool {
    const BADGE_HOSTS: &[&str] = &["img.shields.io", "badgen.net", "badge.fury.io"];
    BADGE_HOSTS.contains(&url.host.as_str())
        || url.path_segments.last().is_some_and(|s| {
            let s = s.text.to_ascii_lowercase();
            [".svg", ".png", ".gif"].iter().any(|e| s.ends_with(e))
        })
        || url
            .path_segments
            .iter()
            .any(|s| s.text.eq_ignore_ascii_case("badge"))
}

/// The credential a URL's user information carries: its password (unless empty), or a token
/// written as the user name (`https://ghp_…@github.com/`, and beside a fixed word for a
/// password, `https://<token>:x-oauth-basic@github.com/`), with the name to call it by and
/// what it was judged to be.
pub(super) fn userinfo_credential(url: &Url) -> Option<(&Spanned, Option<&str>, Judgement)> {
    let user = url.user.as_ref();
    let token = user.and_then(|u| token_as_user(&u.text));
    if let Some(password) = url.password.as_ref().filter(|p| !p.text.is_empty()) {
        if let (Some(user), Some(token)) = (user, token.clone())
            && !crate::detect::looks_generated(&password.text)
        {
            return Some((user, None, token));
        }
        let j = judge::judge(Some("password"), &password.text).unwrap_or(Judgement {
            secret_kind: "password".into(),
            detection: None,
            reference: judge::stands_in(&password.text),
        });
        return Some((password, user.map(|u| u.text.as_str()), j));
    }
    Some((user?, None, token?))
}

/// A user name that is a token: a provider's, or a long generated value.
fn token_as_user(user: &str) -> Option<Judgement> {
    match crate::detect::identify(user) {
        Some(d) if d.detector.kind != crate::detect::Kind::PublishableKey => Some(Judgement {
            secret_kind: d.detector.id.to_owned(),
            detection: Some(d),
            reference: judge::stands_in(user),
        }),
        Some(_) => None,
        None if user.len() >= 16 && crate::detect::looks_generated(user) => Some(Judgement {
            secret_kind: "token".into(),
            detection: None,
            reference: judge::stands_in(user),
        }),
        None => None,
    }
}

fn check_url(c: &mut Checker, url: &Url, credentials_elsewhere: bool) {
    if let Some((value, user, j)) = userinfo_credential(url) {
        let over_http = if url.scheme == "http" {
            ", sent over plain http://"
        } else {
            ""
        };
        let message = match user {
            Some(user) => format!(
                "password for `{user}` in the URL {}{over_http}",
                safe_url(url)
            ),
            None => format!(
                "{} as the user name in the URL {}{over_http}",
                describe(&j),
                safe_url(url)
            ),
        };
        c.add(
            &USERINFO,
            USERINFO.severity,
            Location::Userinfo,
            user,
            value,
            Some(&j),
            message,
            Some(userinfo_fix(c.request, url, user.is_none())),
        );
    }
    let presigned = presigned(url);
    for param in &url.query {
        if let Some(p) = presigned
            .as_ref()
            .filter(|_| is_presigned_signature(&param.name))
        {
            // An unexpired one is a live capability written down; an expired or undated one is
            // worth a note.
            let now = crate::time::now();
            let (severity, when) = match p.expires {
                Some(at) if at > now => (
                    Severity::Warning,
                    format!(
                        ", valid until {at} ({}): a live bearer capability, written down",
                        crate::time::relative(at, now)
                    ),
                ),
                Some(at) => (
                    PRESIGNED.severity,
                    format!(", expired {}", crate::time::relative(at, now)),
                ),
                None => (
                    PRESIGNED.severity,
                    p.lifetime
                        .as_ref()
                        .map(|l| format!(", valid for {l} from when it was signed (not said)"))
                        .unwrap_or_default(),
                ),
            };
            c.add(
                &PRESIGNED,
                severity,
                Location::Query,
                Some(&param.name),
                &param.value,
                None,
                format!("presigned URL for {}{when}", url.host),
                Some(PRESIGNED.fix.to_owned()),
            );
            continue;
        }
        // The rest of the signing (X-Amz-Credential, X-Amz-Security-Token…) belongs to the
        // capability the signature finding reports; moving it to a header would break it.
        if presigned.is_some() && is_presigning_param(&param.name) {
            continue;
        }
        if is_badge(url) {
            continue;
        }
        if let Some(j) = judge::judge(Some(&param.name), &param.value.text) {
            let message = format!(
                "{} `{}` in the query string of {}",
                describe(&j),
                param.name,
                safe_url(url)
            );
            let fix = query_fix(c.request, url, param, &j);
            c.add(
                &QUERY,
                QUERY.severity,
                Location::Query,
                Some(&param.name),
                &param.value,
                Some(&j),
                message,
                Some(fix),
            );
        }
    }
    for segment in &url.path_segments {
        let bare = segment
            .text
            .strip_prefix("bot")
            .filter(|_| url.host.contains("telegram"));
        let telegram = bare.is_some_and(|t| t.contains(':') && t.len() > 30);
        let slack_hook = url.host == "hooks.slack.com"
            && segment.text.len() >= 20
            && url.path_segments.len() >= 4;
        let judged = crate::lint::judge::judge(None, &segment.text);
        if telegram
            || judged.is_some()
            || (slack_hook && std::ptr::eq(segment, url.path_segments.last().unwrap_or(segment)))
        {
            let j = judged.unwrap_or(Judgement {
                secret_kind: if telegram {
                    "telegram-bot-token".into()
                } else {
                    "webhook".into()
                },
                detection: None,
                reference: judge::stands_in(&segment.text),
            });
            c.add(
                &PATH,
                PATH.severity,
                Location::Path,
                None,
                segment,
                Some(&j),
                format!("{} in the URL path of {}", describe(&j), url.host),
                Some(PATH.fix.to_owned()),
            );
        }
    }
    if url.scheme == "http" && credentials_elsewhere {
        let (severity, local) = if url.is_loopback() {
            (
                Severity::Warning,
                " (a loopback host: only this machine sees it, but a copy of the command may not stay local)",
            )
        } else {
            (Severity::Error, "")
        };
        let scheme = Spanned::new("http", url.scheme_span.clone());
        c.add(
            &PLAIN_HTTP,
            severity,
            Location::Scheme,
            Some("http"),
            &scheme,
            None,
            format!("credentials sent to {} over plain http://{local}", url.host),
            // The URL without its query and user info: a fix never repeats a credential.
            Some(format!(
                "use {}",
                safe_url(url).replacen("http://", "https://", 1)
            )),
        );
    }
}

/// Whether a URL is where users sign in, register or get a token: its path names it.
fn is_login_endpoint(url: &Url) -> bool {
    url.path_segments.iter().any(|segment| {
        matches!(
            judge::normalize(&segment.text).as_str(),
            "login"
                | "logon"
                | "signin"
                | "session"
                | "sessions"
                | "auth"
                | "authenticate"
                | "authentication"
                | "token"
                | "register"
                | "signup"
                | "password"
        )
    })
}

/// A field that holds a person's password, as login and sign-up forms name it.
pub(super) fn is_user_password(name: &str) -> bool {
    let name = judge::normalize(name);
    name.ends_with("password") || matches!(name.as_str(), "passwd" | "pass" | "pwd")
}

/// A URL for messages: without its query and userinfo.
pub(super) fn safe_url(url: &Url) -> String {
    let path: Vec<&str> = url.path_segments.iter().map(|s| s.text.as_str()).collect();
    let port = url.port.as_ref().map_or(String::new(), |p| format!(":{p}"));
    // A path segment that is a credential (Telegram's `/bot<token>/`, a webhook's secret) is
    // redacted here as everywhere.
    let path: Vec<String> = path
        .iter()
        .map(|s| {
            let credential = judge::judge(None, s).is_some_and(|j| !j.reference)
                || !crate::detect::scan::provider_values(s.as_bytes()).is_empty();
            if credential {
                redact(s, false)
            } else {
                (*s).to_owned()
            }
        })
        .collect();
    // A request line from a log names no server.
    if url.host.is_empty() {
        return format!("/{}", path.join("/"));
    }
    let scheme = if url.scheme.is_empty() {
        String::new()
    } else {
        format!("{}://", url.scheme)
    };
    if path.is_empty() {
        format!("{scheme}{}{port}", url.host)
    } else {
        format!("{scheme}{}{port}/{}", url.host, path.join("/"))
    }
}

fn is_presigned_signature(name: &str) -> bool {
    matches!(
        name.to_ascii_lowercase().as_str(),
        "x-amz-signature" | "x-goog-signature" | "sig" | "signature"
    )
}

/// The parameters a presigned URL is signed with (SigV4, GCS V4, SigV2, Azure SAS).
fn is_presigning_param(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.starts_with("x-amz-")
        || lower.starts_with("x-goog-")
        || matches!(
            lower.as_str(),
            "awsaccesskeyid"
                | "signature"
                | "expires"
                | "sv"
                | "ss"
                | "srt"
                | "sp"
                | "se"
                | "st"
                | "spr"
                | "sr"
                | "sig"
                | "skoid"
                | "sktid"
                | "skt"
                | "ske"
                | "sks"
                | "skv"
                | "si"
                | "sdd"
        )
}

/// Whether a URL is presigned: the whole URL is a capability, reported as such.
pub fn is_presigned(url: &Url) -> bool {
    presigned(url).is_some()
}

/// What a presigned URL says of its life.
struct Presigned {
    /// How long it is valid for after it was signed, when it says (`3600 s`).
    lifetime: Option<String>,
    /// When it expires, when it says enough to tell.
    expires: Option<jiff::Timestamp>,
}

/// A presigned URL (S3 SigV4 and SigV2, GCS V4, Azure SAS), and when it expires: the signing
/// date plus the lifetime, or the expiry it names.
fn presigned(url: &Url) -> Option<Presigned> {
    let get = |n: &str| {
        url.query
            .iter()
            .find(|p| p.name.eq_ignore_ascii_case(n))
            .map(|p| p.value.text.as_str())
    };
    // `20261204T101500Z`, as SigV4 and GCS V4 write their signing date.
    let signed_plus = |date: Option<&str>, seconds: Option<&str>| -> Option<jiff::Timestamp> {
        let signed = jiff::civil::DateTime::strptime("%Y%m%dT%H%M%SZ", date?).ok()?;
        let signed = jiff::tz::TimeZone::UTC.to_timestamp(signed).ok()?;
        signed
            .checked_add(jiff::SignedDuration::from_secs(seconds?.parse().ok()?))
            .ok()
    };
    let lifetime = |seconds: Option<&str>| seconds.map(|s| format!("{s} s"));
    for (signature, date, expires) in [
        ("X-Amz-Signature", "X-Amz-Date", "X-Amz-Expires"),
        ("X-Goog-Signature", "X-Goog-Date", "X-Goog-Expires"),
    ] {
        if get(signature).is_some() {
            return Some(Presigned {
                lifetime: lifetime(get(expires)),
                expires: signed_plus(get(date), get(expires)),
            });
        }
    }
    if get("sig").is_some() && get("sv").is_some() {
        // Azure's `se`: a UTC time, or a date.
        let expires = get("se").and_then(|e| {
            e.parse::<jiff::Timestamp>().ok().or_else(|| {
                let date = e.parse::<jiff::civil::Date>().ok()?;
                jiff::tz::TimeZone::UTC
                    .to_timestamp(date.to_datetime(jiff::civil::Time::midnight()))
                    .ok()
            })
        });
        return Some(Presigned {
            lifetime: None,
            expires,
        });
    }
    if get("Signature").is_some() && get("AWSAccessKeyId").is_some() {
        let expires = get("Expires")
            .and_then(|e| e.parse::<i64>().ok())
            .and_then(|e| jiff::Timestamp::from_second(e).ok());
        return Some(Presigned {
            lifetime: None,
            expires,
        });
    }
    None
}

fn literal_candidates(request: &Request) -> Vec<(Option<&str>, Spanned, Option<Judgement>)> {
    let mut out = Vec::new();
    for h in &request.headers {
        out.push((
            Some(h.name.as_str()),
            if judge::is_credential_header(&h.name) {
                judge::credential_part(&h.value)
            } else {
                h.value.clone()
            },
            judge::judge_header(&h.name, &h.value.text),
        ));
    }
    // `-u sk_live_…:` (Stripe's documented form): the user is the key.
    if let Some((user, _)) = &request.basic_auth
        && crate::detect::identify(&user.text).is_some()
    {
        out.push((Some("user"), user.clone(), judge::judge(None, &user.text)));
    }
    // A webhook URL is itself the credential.
    for url in &request.urls {
        if crate::detect::identify(&url.raw.text).is_some() {
            out.push((None, url.raw.clone(), judge::judge(None, &url.raw.text)));
        }
    }
    if let Some((_, Some(password))) = &request.basic_auth {
        let mut j = judge::judge(Some("password"), &password.text);
        if let Some(j) = j.as_mut() {
            j.secret_kind = "password".into();
        }
        out.push((Some("password"), password.clone(), j));
    }
    // Body fields that no placement rule reported, such as a password sent to a login endpoint.
    for field in &request.body {
        out.push((
            Some(field.name.as_str()),
            field.value.clone(),
            judge::judge(Some(&field.name), &field.value.text),
        ));
    }
    for l in &request.literals {
        if l.name != "oauth2-bearer" {
            // `.http` definitions carry their own names (`token`); flags hold passwords.
            let name = if judge::name_says_credential(&l.name) {
                l.name.as_str()
            } else {
                "password"
            };
            out.push((
                Some(l.name.as_str()),
                l.value.clone(),
                judge::judge(Some(name), &l.value.text),
            ));
        }
    }
    out
}

/// In files: credentials whose placement is fine but that are written out literally.
fn check_literals(c: &mut Checker) {
    // A provider token whose checksum fails is a reference, yet never dropped: info, so that a
    // mistyped real token is still seen.
    let made_up = |j: &Judgement| j.detection.filter(|d| d.made_up());
    let candidates: Vec<(Option<String>, Spanned, Judgement)> = literal_candidates(c.request)
        .into_iter()
        .filter_map(|(n, v, j)| {
            let mut j = j?;
            if j.reference && j.detection.is_none() {
                // A header value's credential is its last word (`token ghp_…`).
                let credential = v.text.split_whitespace().last().unwrap_or("");
                j.detection = crate::detect::recognise(credential).filter(|d| d.made_up());
            }
            (!j.reference || made_up(&j).is_some()).then(|| (n.map(str::to_owned), v, j))
        })
        .collect();
    for (name, value, j) in candidates {
        let already = c.findings.iter().any(|f| f.span == value.span);
        if already {
            continue;
        }
        let label = name.as_deref().unwrap_or("value");
        let (severity, message) = match made_up(&j).filter(|_| j.reference) {
            Some(d) => (
                Severity::Info,
                format!(
                    "{} {} whose {}: mistyped or made up (in `{label}`)",
                    d.detector.provider,
                    noun(&d),
                    failing_check(&d)
                ),
            ),
            None => (
                LITERAL.severity,
                format!("{} written literally (in `{label}`)", describe(&j)),
            ),
        };
        c.add(
            &LITERAL,
            severity,
            Location::File,
            name.as_deref(),
            &value,
            Some(&j),
            message,
            Some(format!(
                "replace it with a reference such as ${}",
                env_name(label)
            )),
        );
    }
}

/// A secret found in a file outside any request: written literally. `name` is what it is assigned
/// to, if anything (the caller checked that a value found by its name looks generated);
/// `context` is what tells two such findings in one file apart in fingerprints (the line around
/// the value, the value cut out). Publishable keys are info: they are meant to be public. A token
/// in a provider's form whose checksum fails is info too, a reference: mistyped or made up,
/// unless its name makes it a secret anyway. References, placeholders, trivial values and
/// documentation examples are no secrets: `None`.
pub fn literal_in_text(
    name: Option<&str>,
    value: &Spanned,
    found: Option<crate::detect::Detection>,
    context: String,
) -> Option<Finding> {
    let text = value.text.as_str();
    if crate::detect::is_reference(text)
        || crate::detect::is_trivial(text)
        || crate::detect::documented_example(text).is_some()
    {
        return None;
    }
    let detection = found.or_else(|| crate::detect::recognise(text));
    let made_up = detection.filter(|d| d.made_up());
    let by_form = detection.filter(|d| !d.made_up());
    let by_name = name.filter(|n| judge::name_suggests_credential(n));
    let (severity, kind, detection, reference) = match (by_form, by_name, made_up) {
        (Some(d), _, _) if d.detector.kind == crate::detect::Kind::PublishableKey => {
            (Severity::Info, d.detector.id.to_owned(), Some(d), false)
        }
        (Some(d), _, _) => (LITERAL.severity, d.detector.id.to_owned(), Some(d), false),
        (None, Some(n), _) => (
            LITERAL.severity,
            judge::kind_by_name(n).to_owned(),
            None,
            false,
        ),
        (None, None, Some(d)) => (Severity::Info, d.detector.id.to_owned(), Some(d), true),
        (None, None, None) => return None,
    };
    let judgement = Judgement {
        secret_kind: kind,
        detection,
        reference,
    };
    let what = describe(&Judgement {
        reference: false,
        ..judgement.clone()
    });
    let damaged = detection.is_some_and(|d| d.damaged());
    let mut message = match (name, &made_up) {
        _ if severity == Severity::Info && !reference => {
            format!("{what} written literally: meant to be public, low risk")
        }
        (_, Some(d)) if reference => format!(
            "{} {} whose {}: mistyped or made up",
            d.detector.provider,
            noun(d),
            failing_check(d)
        ),
        (Some(name), _) => format!("{what} written literally (in `{name}`)"),
        (None, _) => format!("{what} written literally"),
    };
    if let Some(d) = made_up.filter(|_| !reference) {
        message.push_str(&format!(
            "; it has the form of a {} {}, but its {}",
            d.detector.provider,
            noun(&d),
            failing_check(&d)
        ));
    }
    if damaged {
        message.push_str("; its body does not parse as a key (cut short or damaged), and a partial key still leaks");
    }
    let label = name.unwrap_or(judgement.secret_kind.as_str());
    Some(Finding {
        rule: &LITERAL,
        severity,
        location: Location::File,
        name: name.map(str::to_owned),
        span: value.span.clone(),
        redacted: Some(redact(text, false)),
        secret_kind: Some(judgement.secret_kind.clone()),
        reference,
        message,
        fix: Some(if reference {
            "check where it came from: a real token would pass its checksum".to_owned()
        } else {
            format!(
                "replace it with a reference such as ${}, and revoke it if it was ever committed",
                env_name(label)
            )
        }),
        context,
    })
}

/// Where the credentials of a request sit, with the name to call each by: every value judged a
/// credential that is not already a reference. Printers redact all of them, wherever they appear.
pub fn secret_values(request: &Request) -> Vec<(Range<usize>, String)> {
    let mut out = Vec::new();
    // The value is judged last: most values in scripts are references (`$TOKEN`), which the
    // cheaper checks rule out.
    let mut add = |value: &Spanned, name: &str, judged: &dyn Fn() -> bool| {
        if !value.span.is_empty() && !crate::detect::is_reference(&value.text) && judged() {
            out.push((value.span.clone(), name.to_owned()));
        }
    };
    for url in request.urls.iter().chain(&request.proxies) {
        if let Some(password) = &url.password {
            add(password, "password", &|| true);
        }
        for q in &url.query {
            add(&q.value, &q.name, &|| {
                judge::judge(Some(&q.name), &q.value.text).is_some()
            });
        }
        for segment in &url.path_segments {
            add(segment, "token", &|| {
                judge::judge(None, &segment.text).is_some()
            });
        }
    }
    for h in &request.headers {
        add(&judge::credential_part(&h.value), &h.name, &|| {
            judge::judge_header(&h.name, &h.value.text).is_some()
        });
    }
    for p in request
        .body
        .iter()
        .chain(&request.cookies)
        .chain(&request.literals)
    {
        add(&p.value, &p.name, &|| {
            judge::judge(Some(&p.name), &p.value.text).is_some()
                || session_cookie(p).is_some()
                || p.name.ends_with("password")
                || p.name == "oauth2-bearer"
        });
    }
    if let Some((_, Some(password))) = &request.basic_auth {
        add(password, "password", &|| true);
    }
    if let Some(auth) = &request.proxy_auth {
        add(auth, "proxy_credentials", &|| true);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::{curl, shell};

    fn findings(command: &str, origin: Origin) -> Vec<Finding> {
        let words = &shell::commands(command)[0];
        curl::parse(words)
            .iter()
            .flat_map(|r| check(r, origin))
            .collect()
    }

    /// The fix of the first finding of this rule in a command.
    fn fix_for(command: &str, rule: &str) -> String {
        findings(command, Origin::CommandLine)
            .into_iter()
            .find(|f| f.rule.id == rule)
            .and_then(|f| f.fix)
            .unwrap()
    }

    fn ids(command: &str) -> Vec<(&'static str, Severity)> {
        findings(command, Origin::CommandLine)
            .iter()
            .map(|f| (f.rule.id, f.severity))
            .collect()
    }

    #[test]
    fn each_placement_has_its_rule() {
        assert_eq!(
            ids("curl 'https://api.example.com/v1?api_key=abc123'"),
            [("credential-in-query", Severity::Error)]
        );
        assert_eq!(
            ids("curl https://u:S3cr3tPw@api.example.com/"),
            [("credential-in-userinfo", Severity::Error)]
        );
        assert_eq!(
            ids("curl -H 'Authorization: Bearer abc' http://api.example.com/"),
            [("credential-over-http", Severity::Error)]
        );
        assert_eq!(
            ids("curl -u ci:Rk8vT2qLm http://localhost:8080/"),
            [("credential-over-http", Severity::Warning)]
        );
        // Trivial values are no secrets, but their placement is judged all the same.
        assert_eq!(
            ids("curl -u a:b http://example.com/"),
            [("credential-over-http", Severity::Error)]
        );
        let trivial = findings("curl http://user:pass@example.com/", Origin::CommandLine);
        assert_eq!(trivial.len(), 1);
        assert!(trivial[0].reference, "a stand-in: nothing leaked");
        // A URL's own password over plain http is one finding, which says so.
        assert_eq!(
            ids("curl http://deploy:Rk8vT2qLm@api.example.com/"),
            [("credential-in-userinfo", Severity::Error)]
        );
        // A token as the user name.
        assert_eq!(
            ids("curl https://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@github.com/o/r.git"),
            [("credential-in-userinfo", Severity::Error)]
        );
        // A variable holds the scheme: not plain http.
        assert_eq!(
            ids("curl -H 'Authorization: Bearer $TOKEN' \"$API_URL/v1/orders\""),
            []
        );
        assert_eq!(
            ids("curl -d 'client_secret=abc' https://a.example/token"),
            [("credential-in-body", Severity::Warning)]
        );
        assert_eq!(
            ids("curl -b 'session=abcdef123456' https://a.example/"),
            [("credential-in-cookie", Severity::Info)]
        );
        assert_eq!(
            ids("curl -k -H 'x-api-key: abc' https://a.example/"),
            [("tls-verification-disabled", Severity::Warning)]
        );
        assert_eq!(
            ids(
                "curl https://api.telegram.org/bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/getMe"
            ),
            [("credential-in-path", Severity::Warning)]
        );
    }

    #[test]
    fn correct_placements_and_non_credentials_are_quiet() {
        for command in [
            "curl -H 'Authorization: Bearer $TOKEN' https://api.example.com/",
            "curl -u user:pass https://api.example.com/",
            "curl 'https://api.example.com/?page_token=abc&client_id=xyz'",
            "curl -k https://self-signed.example/",
            "curl http://example.com/",
            "curl -b cookies.txt https://a.example/",
        ] {
            assert_eq!(ids(command), [], "{command}");
        }
    }

    #[test]
    fn presigned_urls_are_info_with_their_expiry() {
        let f = findings(
            "curl 'https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=3600&X-Amz-Signature=abcdef'",
            Origin::CommandLine,
        );
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].rule.id, "presigned-url");
        assert!(f[0].message.contains("3600 s"), "{}", f[0].message);
        assert_eq!(f[0].severity, Severity::Info, "undated");
        let expired = findings(
            "curl 'https://b.s3.amazonaws.com/k?X-Amz-Date=20200101T000000Z&X-Amz-Expires=3600&X-Amz-Signature=abcdef'",
            Origin::CommandLine,
        );
        assert_eq!(expired[0].severity, Severity::Info);
        assert!(
            expired[0].message.contains("expired"),
            "{}",
            expired[0].message
        );
        let live = findings(
            "curl 'https://a.blob.core.windows.net/c/b?sv=2024-08-04&se=2099-01-01T00:00:00Z&sr=b&sp=r&sig=Zx81mQ0pLr7Tv2Wn'",
            Origin::CommandLine,
        );
        assert_eq!(live[0].severity, Severity::Warning, "{}", live[0].message);
        assert!(live[0].message.contains("live bearer capability"));
    }

    #[test]
    fn query_fixes_rewrite_the_command() {
        let f = findings(
            "curl -s 'https://api.example.com/v1/x?api_key=abc123&limit=5'",
            Origin::CommandLine,
        );
        assert_eq!(
            f[0].fix.as_deref(),
            Some("curl -H \"Authorization: Bearer \\$API_KEY\" -s 'https://api.example.com/v1/x?limit=5'")
                .map(|s| s.replace("\\$", "$"))
                .as_deref()
        );
        let g = findings(
            "curl 'https://maps.googleapis.com/maps/api/geocode/json?key=AIzaSyC-6Ap605pjE6pULRh_5whYWISV-AhqET2'",
            Origin::CommandLine,
        );
        assert!(
            g[0].fix
                .as_deref()
                .unwrap()
                .contains("x-goog-api-key: $API_KEY"),
            "{:?}",
            g[0].fix
        );
        assert_eq!(g[0].redacted.as_deref(), Some("AIza…"));
        assert_eq!(g[0].secret_kind.as_deref(), Some("google-api-key"));
        let fix_of = |command: &str| fix_for(command, "credential-in-query");
        assert_eq!(
            fix_of("curl http://api.example.com:8080/x?token=abc123"),
            "curl -H \"Authorization: Bearer $API_KEY\" https://api.example.com:8080/x"
        );
        assert_eq!(
            fix_of("curl http://127.0.0.1:8080/x?token=abc123"),
            "curl -H \"Authorization: Bearer $API_KEY\" http://127.0.0.1:8080/x"
        );
        assert_eq!(
            fix_of("curl -G -d api_key=abc123 -d q=1 https://a.example/s"),
            "curl -H \"Authorization: Bearer $API_KEY\" -G -d q=1 https://a.example/s"
        );
    }

    #[test]
    fn body_fixes_take_the_field_out() {
        let fix_of = |command: &str| fix_for(command, "credential-in-body");
        assert_eq!(
            fix_of("curl -d 'api_key=abc123&x=1' https://a.example/v1"),
            "curl -H \"Authorization: Bearer $API_KEY\" -d x=1 https://a.example/v1"
        );
        assert_eq!(
            fix_of("curl -F api_key=abc123 -F f=@a.txt https://a.example/up"),
            "curl -H \"Authorization: Bearer $API_KEY\" -F f=@a.txt https://a.example/up"
        );
        // A JSON body is not rewritten: the fix says what to do instead.
        assert_eq!(
            fix_of("curl --json '{\"api_key\":\"abc123\"}' https://a.example/v1"),
            "drop `api_key` from the body and send `Authorization: Bearer $API_KEY`"
        );
    }

    #[test]
    fn passwords_belong_in_login_bodies_and_nowhere_else() {
        assert!(
            ids("curl -d 'username=bob&password=q7Rk2vXa' https://a.example/v1/login").is_empty()
        );
        assert!(
            ids("curl --json '{\"password\":\"q7Rk2vXa\"}' https://a.example/oauth/token")
                .is_empty()
        );
        let elsewhere = findings(
            "curl -d 'password=q7Rk2vXa' https://a.example/v1/items",
            Origin::CommandLine,
        );
        assert_eq!(elsewhere[0].rule.id, "credential-in-body");
        assert_eq!(
            elsewhere[0].fix.as_deref(),
            Some(
                "drop `password` from the body and use HTTP Basic authentication: `-u \"$API_USER:$PASSWORD\"`"
            )
        );
        // An API credential is reported even when sent to a token endpoint.
        assert_eq!(
            ids("curl -d 'client_secret=q7Rk2vXa' https://a.example/oauth/token"),
            [("credential-in-body", Severity::Warning)]
        );
        // Written into a file, a login password is still a literal secret.
        let literal = findings(
            "curl -d 'password=q7Rk2vXa' https://a.example/login",
            Origin::File,
        );
        assert_eq!(literal[0].rule.id, "literal-secret");
    }

    #[test]
    fn literals_in_files_are_flagged_and_references_are_not() {
        let literal = findings(
            "curl -H 'Authorization: Bearer s3cretvalue' https://a.example/",
            Origin::File,
        );
        assert_eq!(literal.len(), 1);
        assert_eq!(literal[0].rule.id, "literal-secret");
        assert!(
            findings(
                "curl -H 'Authorization: Bearer $TOKEN' https://a.example/",
                Origin::File
            )
            .is_empty()
        );
        assert!(
            findings(
                "curl -H 'Authorization: Bearer s3cretvalue' https://a.example/",
                Origin::CommandLine
            )
            .is_empty()
        );
    }

    #[test]
    fn redaction_keeps_four_characters() {
        assert_eq!(redact("sk_live_abcdef", false), "sk_l…");
        assert_eq!(redact("abc", false), "…");
        assert_eq!(redact("$API_KEY", true), "$API_KEY");
    }
}
