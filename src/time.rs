//! Times given on the command line, and times shown to people.
//!
//! A moment is a duration from now (`90d`, `+15m`, `1h30m`, `P90D`), a date (`2027-01-31`, meaning
//! 00:00 UTC that day), an RFC 3339 time, or a Unix timestamp. Calendar units count in UTC, where
//! every day has 24 hours.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::{RoundMode, SignedDuration, Span, SpanRound, Timestamp, Unit};

/// Parses a moment as described in the module documentation, relative to `now`.
pub fn parse_moment(input: &str, now: Timestamp) -> Result<Timestamp, String> {
    let s = input.trim();
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        // `--expires 90` read as 1970-01-01T00:01:30Z helps nobody: a Unix time of this era has
        // ten digits, and a duration says its unit.
        if s.len() < 10 {
            return Err(format!(
                "{input:?}: a Unix timestamp has at least 10 digits; for a duration give a unit \
                 (90s, 90m, 90d)"
            ));
        }
        let secs: i64 = s
            .parse()
            .map_err(|_| format!("{input:?}: Unix timestamp out of range"))?;
        return Timestamp::from_second(secs)
            .map_err(|_| format!("{input:?}: Unix timestamp out of range"));
    }
    if let Ok(ts) = s.parse::<Timestamp>() {
        return Ok(ts);
    }
    if let Ok(date) = s.parse::<Date>() {
        return date
            .to_zoned_datetime(TimeZone::UTC)
            .map(|z| z.timestamp())
            .map_err(|e| format!("{input:?}: {e}"));
    }
    let span = parse_span(s).map_err(|_| {
        format!(
            "{input:?} is not a time: use a duration (90d, 12h, 1h30m), a date (2027-01-31), \
             an RFC 3339 time (2027-01-31T12:00:00Z) or a Unix timestamp"
        )
    })?;
    add(now, span).map_err(|e| format!("{input:?}: {e}"))
}

/// Parses a duration such as `30` (seconds, as PyJWT and jwt-cli take a leeway), `30s`, `15m`,
/// `1h30m`, `1d`, `1w` or `PT15M`; a leading `+` is allowed. Every duration flag reads through
/// here (or [`parse_duration`]), so all take the same forms.
pub fn parse_span(input: &str) -> Result<Span, String> {
    let s = input.trim();
    let s = s.strip_prefix('+').unwrap_or(s);
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        return s
            .parse::<i64>()
            .ok()
            .and_then(|secs| Span::new().try_seconds(secs).ok())
            .ok_or_else(|| format!("{input:?} is too many seconds"));
    }
    s.parse::<Span>()
        .map_err(|_| format!("{input:?} is not a duration (try 30s, 15m, 24h, 90d or 1w)"))
}

/// A duration of fixed length, for clock skews and ages: days and weeks count 24 hours (UTC);
/// months and years, which have none, are refused.
pub fn parse_duration(input: &str) -> Result<SignedDuration, String> {
    let span = parse_span(input)?;
    span.to_duration(jiff::SpanRelativeTo::days_are_24_hours())
        .map_err(|_| format!("{input:?}: months and years have no fixed length; use days or weeks"))
}

/// `ts + span`, counting calendar units in UTC.
pub fn add(ts: Timestamp, span: Span) -> Result<Timestamp, String> {
    ts.to_zoned_datetime(TimeZone::UTC)
        .checked_add(span)
        .map(|z| z.timestamp())
        .map_err(|e| e.to_string())
}

/// Now, to the second: stored times carry no fractions.
pub fn now() -> Timestamp {
    truncate(Timestamp::now())
}

pub fn truncate(ts: Timestamp) -> Timestamp {
    Timestamp::from_second(ts.as_second()).unwrap_or(ts)
}

/// "in 89d 23h", "3h 12m ago", "just now": the two largest units, truncated.
pub fn relative(ts: Timestamp, now: Timestamp) -> String {
    let diff = SignedDuration::from_secs(ts.as_second() - now.as_second());
    if diff.is_zero() {
        return "just now".into();
    }
    let text = approximate(diff.abs());
    if diff.is_positive() {
        format!("in {text}")
    } else {
        format!("{text} ago")
    }
}

fn approximate(duration: SignedDuration) -> String {
    let secs = duration.as_secs();
    let smallest = match secs {
        86_400.. => Unit::Hour,
        3_600.. => Unit::Minute,
        _ => Unit::Second,
    };
    let rounded = Span::try_from(duration).and_then(|span| {
        span.round(
            SpanRound::new()
                .largest(Unit::Day)
                .smallest(smallest)
                .mode(RoundMode::Trunc)
                .days_are_24_hours(),
        )
    });
    match rounded {
        Ok(span) => format!("{span:#}"),
        Err(_) => format!("{secs}s"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    fn moments_in_every_form() {
        let now = ts("2026-11-28T06:00:00Z");
        let cases = [
            ("90d", "2027-02-26T06:00:00Z"),
            ("+15m", "2026-11-28T06:15:00Z"),
            ("1h30m", "2026-11-28T07:30:00Z"),
            ("P1D", "2026-11-29T06:00:00Z"),
            ("2027-01-31", "2027-01-31T00:00:00Z"),
            ("2027-01-31T12:00:00+02:00", "2027-01-31T10:00:00Z"),
            ("1800000000", "2027-01-15T08:00:00Z"),
        ];
        for (input, want) in cases {
            assert_eq!(parse_moment(input, now).unwrap(), ts(want), "{input}");
        }
    }

    #[test]
    fn bad_moments_explain_the_accepted_forms() {
        let err = parse_moment("next tuesday", Timestamp::UNIX_EPOCH).unwrap_err();
        assert!(err.contains("use a duration (90d"), "{err}");
        assert!(parse_moment("99999999999999999999", Timestamp::UNIX_EPOCH).is_err());
    }

    #[test]
    fn relative_times_read_naturally() {
        let now = ts("2026-11-28T06:00:00Z");
        assert_eq!(relative(ts("2027-02-26T05:59:00Z"), now), "in 89d 23h");
        assert_eq!(relative(ts("2026-11-28T02:48:00Z"), now), "3h 12m ago");
        assert_eq!(relative(ts("2026-11-28T06:00:42Z"), now), "in 42s");
        assert_eq!(relative(now, now), "just now");
    }
}
