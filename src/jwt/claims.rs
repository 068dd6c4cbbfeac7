//! What a verified token's claims must satisfy: time (`exp`, `nbf`, `iat`) and the expectations
//! given on the command line (`--iss`, `--aud`, `--sub`, `--require`, `--max-age`).

use jiff::{SignedDuration, Timestamp};
use serde::Serialize;
use serde_json::{Map, Value};

use crate::time;

/// Why a token was rejected: the stable `error.kind` of `jwt verify --format json`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Malformed,
    InvalidSignature,
    Expired,
    NotYetValid,
    InvalidIssuer,
    InvalidAudience,
    InvalidSubject,
    MissingClaim,
    AlgNotAllowed,
    KeyNotFound,
    InvalidKey,
    UnsupportedAlg,
}

/// A rejection: its kind and one sentence for people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rejection {
    pub kind: Kind,
    pub message: String,
}

impl Rejection {
    pub fn new(kind: Kind, message: impl Into<String>) -> Rejection {
        Rejection {
            kind,
            message: message.into(),
        }
    }
}

/// What the command line asks of the claims.
#[derive(Debug, Clone, Default)]
pub struct Expectations {
    pub issuer: Option<String>,
    /// Any one of these.
    pub audiences: Vec<String>,
    pub subject: Option<String>,
    pub required: Vec<String>,
    pub max_age: Option<SignedDuration>,
    pub leeway: SignedDuration,
    pub ignore_exp: bool,
}

impl Expectations {
    fn asks_for_claims(&self) -> bool {
        self.issuer.is_some()
            || !self.audiences.is_empty()
            || self.subject.is_some()
            || !self.required.is_empty()
            || self.max_age.is_some()
    }
}

/// Checks the claims of a token whose signature is valid. `claims` is `None` when the payload is not
/// a JSON object: such a token passes only when nothing is asked of its claims.
pub fn check(
    claims: Option<&Map<String, Value>>,
    expect: &Expectations,
    now: Timestamp,
) -> Result<(), Rejection> {
    let Some(claims) = claims else {
        if expect.asks_for_claims() {
            return Err(Rejection::new(
                Kind::MissingClaim,
                "the payload is not a JSON claims set, so it has none of the claims asked for",
            ));
        }
        return Ok(());
    };
    let leeway = expect.leeway.as_secs();
    let now_secs = now.as_second();
    let exp = numeric_date(claims, "exp")?;
    if let Some(exp) = exp
        && !expect.ignore_exp
        && now_secs >= exp.saturating_add(leeway)
    {
        return Err(Rejection::new(
            Kind::Expired,
            format!("expired {}", when(exp, now)),
        ));
    }
    if let Some(nbf) = numeric_date(claims, "nbf")?
        && now_secs.saturating_add(leeway) < nbf
    {
        return Err(Rejection::new(
            Kind::NotYetValid,
            format!("not valid before {}", moment(nbf, now)),
        ));
    }
    let iat = numeric_date(claims, "iat")?;
    if let Some(iat) = iat
        && iat > now_secs.saturating_add(leeway)
    {
        return Err(Rejection::new(
            Kind::NotYetValid,
            format!("issued in the future, {}", moment(iat, now)),
        ));
    }
    if let Some(max_age) = expect.max_age {
        let iat = iat.ok_or_else(|| {
            Rejection::new(
                Kind::MissingClaim,
                "--max-age needs an iat claim, and there is none",
            )
        })?;
        let age = now_secs.saturating_sub(iat);
        if age > max_age.as_secs().saturating_add(leeway) {
            return Err(Rejection::new(
                Kind::Expired,
                format!(
                    "issued {}, longer ago than --max-age {max_age:#}",
                    when(iat, now)
                ),
            ));
        }
    }
    if let Some(issuer) = &expect.issuer {
        match string_claim(claims, "iss")? {
            None => return Err(missing("iss", "--iss")),
            Some(iss) if iss != issuer => {
                return Err(Rejection::new(
                    Kind::InvalidIssuer,
                    format!("the issuer is {iss:?}, not {issuer:?}"),
                ));
            }
            Some(_) => {}
        }
    }
    check_audience(claims, &expect.audiences)?;
    if let Some(subject) = &expect.subject {
        match string_claim(claims, "sub")? {
            None => return Err(missing("sub", "--sub")),
            Some(sub) if sub != subject => {
                return Err(Rejection::new(
                    Kind::InvalidSubject,
                    format!("the subject is {sub:?}, not {subject:?}"),
                ));
            }
            Some(_) => {}
        }
    }
    if let Some(name) = expect
        .required
        .iter()
        .find(|name| !claims.contains_key(*name))
    {
        return Err(missing(name, "--require"));
    }
    Ok(())
}

/// RFC 7519 §4.1.3: a token with an audience is for that audience only. Without `--aud`, a token
/// that names one is refused, as PyJWT does, rather than accepted by anyone.
fn check_audience(claims: &Map<String, Value>, expected: &[String]) -> Result<(), Rejection> {
    let audiences: Vec<&str> = match claims.get("aud") {
        None => vec![],
        Some(Value::String(aud)) => vec![aud],
        Some(Value::Array(list)) => list
            .iter()
            .map(|v| v.as_str())
            .collect::<Option<_>>()
            .ok_or_else(|| {
                Rejection::new(
                    Kind::Malformed,
                    "the aud claim holds something other than strings",
                )
            })?,
        Some(_) => {
            return Err(Rejection::new(
                Kind::Malformed,
                "the aud claim is neither a string nor an array of strings",
            ));
        }
    };
    if expected.is_empty() {
        if audiences.is_empty() {
            return Ok(());
        }
        return Err(Rejection::new(
            Kind::InvalidAudience,
            format!("the token is for audience {audiences:?}; pass --aud to accept it"),
        ));
    }
    if audiences.is_empty() {
        return Err(missing("aud", "--aud"));
    }
    if audiences.iter().any(|a| expected.iter().any(|e| e == a)) {
        return Ok(());
    }
    Err(Rejection::new(
        Kind::InvalidAudience,
        format!(
            "the audience is {audiences:?}, not {}",
            expected.join(" or ")
        ),
    ))
}

fn missing(claim: &str, flag: &str) -> Rejection {
    Rejection::new(
        Kind::MissingClaim,
        format!("the token has no {claim} claim, which {flag} requires"),
    )
}

/// Whether the registered claims have the types `check` requires (NumericDates, strings, an
/// audience of strings): `jwt encode` refuses to sign what `jwt verify` would reject as malformed.
pub fn well_formed(claims: &Map<String, Value>) -> Result<(), Rejection> {
    for name in ["exp", "nbf", "iat"] {
        numeric_date(claims, name)?;
    }
    for name in ["iss", "sub", "jti"] {
        string_claim(claims, name)?;
    }
    let audiences: Vec<String> = match claims.get("aud") {
        Some(Value::String(aud)) => vec![aud.clone()],
        Some(Value::Array(list)) => list
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect(),
        _ => vec![],
    };
    check_audience(claims, &audiences).map(|_| ())
}

/// A NumericDate claim in whole seconds (fractions are allowed and truncated).
fn numeric_date(claims: &Map<String, Value>, name: &str) -> Result<Option<i64>, Rejection> {
    match claims.get(name) {
        None => Ok(None),
        Some(Value::Number(n)) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) => Ok(Some(i)),
            (None, Some(f)) if f.is_finite() => Ok(Some(f as i64)),
            _ => Err(not_a_date(name)),
        },
        Some(_) => Err(not_a_date(name)),
    }
}

fn not_a_date(name: &str) -> Rejection {
    Rejection::new(
        Kind::Malformed,
        format!("the {name} claim is not a number of seconds since 1970"),
    )
}

fn string_claim<'a>(
    claims: &'a Map<String, Value>,
    name: &str,
) -> Result<Option<&'a str>, Rejection> {
    match claims.get(name) {
        None => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(_) => Err(Rejection::new(
            Kind::Malformed,
            format!("the {name} claim is not a string"),
        )),
    }
}

/// "12m ago, at 2026-11-28T06:12:00Z"
fn when(secs: i64, now: Timestamp) -> String {
    match Timestamp::from_second(secs) {
        Ok(ts) => format!("{}, at {ts}", time::relative(ts, now)),
        Err(_) => format!("at {secs} seconds since 1970"),
    }
}

/// "2026-11-28T07:00:00Z (in 5m)"
pub fn moment(secs: i64, now: Timestamp) -> String {
    match Timestamp::from_second(secs) {
        Ok(ts) => format!("{ts} ({})", time::relative(ts, now)),
        Err(_) => format!("{secs} seconds since 1970"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const NOW: i64 = 1_800_000_000;

    fn now() -> Timestamp {
        Timestamp::from_second(NOW).unwrap()
    }

    fn claims(value: Value) -> Map<String, Value> {
        value.as_object().unwrap().clone()
    }

    fn kind(value: Value, expect: &Expectations) -> Option<Kind> {
        check(Some(&claims(value)), expect, now())
            .err()
            .map(|r| r.kind)
    }

    #[test]
    fn time_claims_with_and_without_leeway() {
        let none = Expectations::default();
        assert_eq!(kind(json!({"exp": NOW + 1}), &none), None);
        assert_eq!(kind(json!({"exp": NOW}), &none), Some(Kind::Expired));
        assert_eq!(
            kind(json!({"exp": NOW as f64 - 0.5}), &none),
            Some(Kind::Expired)
        );
        assert_eq!(
            kind(json!({"nbf": NOW + 10}), &none),
            Some(Kind::NotYetValid)
        );
        assert_eq!(
            kind(json!({"iat": NOW + 10}), &none),
            Some(Kind::NotYetValid)
        );
        assert_eq!(
            kind(json!({"exp": "tomorrow"}), &none),
            Some(Kind::Malformed)
        );
        let lenient = Expectations {
            leeway: SignedDuration::from_secs(30),
            ..Default::default()
        };
        assert_eq!(
            kind(json!({"exp": NOW - 10, "nbf": NOW + 10}), &lenient),
            None
        );
        let ignore = Expectations {
            ignore_exp: true,
            ..Default::default()
        };
        assert_eq!(kind(json!({"exp": 1}), &ignore), None);
    }

    #[test]
    fn expiry_messages_say_when() {
        let err = check(
            Some(&claims(json!({"exp": NOW - 720}))),
            &Expectations::default(),
            now(),
        )
        .unwrap_err();
        assert_eq!(err.message, "expired 12m ago, at 2027-01-15T07:48:00Z");
    }

    #[test]
    fn expected_claims_must_be_present_and_equal() {
        let expect = Expectations {
            issuer: Some("https://id.example".into()),
            audiences: vec!["api".into(), "web".into()],
            subject: Some("alice".into()),
            required: vec!["scope".into()],
            ..Default::default()
        };
        let good =
            json!({"iss": "https://id.example", "aud": ["x", "web"], "sub": "alice", "scope": "r"});
        assert_eq!(kind(good.clone(), &expect), None);
        let with = |k: &str, v: Value| {
            let mut c = good.clone();
            c[k] = v;
            c
        };
        let without = |k: &str| {
            let mut c = good.clone();
            c.as_object_mut().unwrap().remove(k);
            c
        };
        assert_eq!(
            kind(with("iss", json!("evil")), &expect),
            Some(Kind::InvalidIssuer)
        );
        assert_eq!(kind(without("iss"), &expect), Some(Kind::MissingClaim));
        assert_eq!(
            kind(with("aud", json!("mobile")), &expect),
            Some(Kind::InvalidAudience)
        );
        assert_eq!(kind(without("aud"), &expect), Some(Kind::MissingClaim));
        assert_eq!(
            kind(with("sub", json!("bob")), &expect),
            Some(Kind::InvalidSubject)
        );
        assert_eq!(kind(without("scope"), &expect), Some(Kind::MissingClaim));
        assert_eq!(kind(with("aud", json!(5)), &expect), Some(Kind::Malformed));
    }

    #[test]
    fn a_token_for_an_audience_needs_aud() {
        let none = Expectations::default();
        assert_eq!(
            kind(json!({"aud": "api"}), &none),
            Some(Kind::InvalidAudience)
        );
        assert_eq!(kind(json!({"sub": "x"}), &none), None);
    }

    #[test]
    fn max_age_counts_from_iat() {
        let expect = Expectations {
            max_age: Some(SignedDuration::from_hours(1)),
            ..Default::default()
        };
        assert_eq!(kind(json!({"iat": NOW - 60}), &expect), None);
        assert_eq!(
            kind(json!({"iat": NOW - 7200}), &expect),
            Some(Kind::Expired)
        );
        assert_eq!(kind(json!({}), &expect), Some(Kind::MissingClaim));
    }

    #[test]
    fn payloads_that_are_not_claims_pass_only_when_nothing_is_asked() {
        assert!(check(None, &Expectations::default(), now()).is_ok());
        let expect = Expectations {
            subject: Some("x".into()),
            ..Default::default()
        };
        assert_eq!(
            check(None, &expect, now()).unwrap_err().kind,
            Kind::MissingClaim
        );
    }
}
