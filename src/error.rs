//! Typed errors for everything that stops a command, and the exit-code table.
//!
//! A negative answer (an unknown key, a hash that does not match) is not an error: handlers return it
//! as an [`Outcome`]. An [`Error`] means the question could not be answered, and always exits 2.

use std::io;
use std::path::PathBuf;
use std::process::ExitCode;

/// Exit status 0: success, or a positive answer.
pub const EXIT_SUCCESS: u8 = 0;
/// Exit status 1: a negative answer (key unknown, revoked, expired, mismatch).
pub const EXIT_NEGATIVE: u8 = 1;
/// Exit status 2: a usage, input or I/O error.
pub const EXIT_ERROR: u8 = 2;

/// The exit-code table, for the man pages.
pub const EXIT_CODES: [(u8, &str); 3] = [
    (
        EXIT_SUCCESS,
        "success: the command did what was asked; a key or hash is valid",
    ),
    (
        EXIT_NEGATIVE,
        "a negative answer: unknown, revoked or expired key, missing scope, hash mismatch",
    ),
    (
        EXIT_ERROR,
        "an error: bad usage or input, unreadable or corrupt keyfile, I/O failure",
    ),
];

/// The exit-code table, as shown by `--help`.
pub const EXIT_STATUS_HELP: &str = "\
Exit status:
  0  success: the command did what was asked; a key or hash is valid
  1  a negative answer: unknown, revoked or expired key, missing scope, hash mismatch
  2  an error: bad usage or input, unreadable or corrupt keyfile, I/O failure";

/// How a command that ran to completion ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Exit 0.
    Success,
    /// Exit 1: the command answered "no".
    Negative,
}

impl From<Outcome> for ExitCode {
    fn from(outcome: Outcome) -> Self {
        match outcome {
            Outcome::Success => ExitCode::from(EXIT_SUCCESS),
            Outcome::Negative => ExitCode::from(EXIT_NEGATIVE),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A flag or argument that parses but makes no sense.
    #[error("{0}")]
    Usage(String),

    /// Input that is not what it claims to be (a secret, a PHC string, a duration…).
    #[error("{0}")]
    Input(String),

    #[error("{}: {source}", path.display())]
    File { path: PathBuf, source: io::Error },

    #[error("keyfile {}: {source}", path.display())]
    KeyfileIo { path: PathBuf, source: io::Error },

    #[error("keyfile {}: line {line}, column {column}: {message}", path.display())]
    KeyfileSyntax {
        path: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },

    #[error(
        "keyfile {}: format version {found} is newer than this keyward understands (version {supported}); upgrade keyward",
        path.display()
    )]
    KeyfileVersion {
        path: PathBuf,
        found: u64,
        supported: u64,
    },

    #[error("keyfile {}: {message}", path.display())]
    KeyfileInvalid { path: PathBuf, message: String },

    #[error(
        "keyfile {}: {why}; refusing to use it (--insecure-keyfile uses it anyway, with a warning)",
        path.display()
    )]
    KeyfileUnsafe { path: PathBuf, why: String },

    #[error(
        "keyfile {} is locked by another keyward process (waited {waited_secs} s); try again",
        path.display()
    )]
    KeyfileLocked { path: PathBuf, waited_secs: u64 },

    #[error("the operating system's random number generator failed: {0}")]
    Random(String),

    #[error("writing output: {0}")]
    Output(#[source] io::Error),

    #[error("could not print the new key ({0}); nothing was stored")]
    NotDelivered(String),

    #[error("{0}; the key printed above was NOT stored")]
    NotStored(Box<Error>),
}

/// A parser's message with the values it quotes taken out (`invalid type: string "h2FD…",
/// expected …` → `invalid type: string, expected …`): a keyfile or settings value may be a
/// secret. Names of fields, and what was expected, stay.
pub fn without_values(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut chars = message.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        _ => {}
                    }
                }
                if out.ends_with(' ') {
                    out.pop();
                }
            }
            '`' if ["variant ", "string ", "integer ", "float ", "value "]
                .iter()
                .any(|kind| out.ends_with(kind)) =>
            {
                for c in chars.by_ref() {
                    if c == '`' {
                        break;
                    }
                }
                out.push('…');
            }
            _ => out.push(c),
        }
    }
    out
}

impl Error {
    /// A stable name for the kind of error, for `{"error": {"kind", "message"}}` in JSON output.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Usage(_) => "usage",
            Error::Input(_) => "input",
            Error::File { .. } => "file",
            Error::KeyfileIo { .. } => "keyfile_io",
            Error::KeyfileSyntax { .. } => "keyfile_syntax",
            Error::KeyfileVersion { .. } => "keyfile_version",
            Error::KeyfileInvalid { .. } => "keyfile_invalid",
            Error::KeyfileUnsafe { .. } => "keyfile_unsafe",
            Error::KeyfileLocked { .. } => "keyfile_locked",
            Error::Random(_) => "random",
            Error::Output(_) => "output",
            Error::NotDelivered(_) => "not_delivered",
            Error::NotStored(_) => "not_stored",
        }
    }

    pub fn file(path: impl Into<PathBuf>) -> impl FnOnce(io::Error) -> Error {
        let path = path.into();
        move |source| Error::File { path, source }
    }

    pub fn exit_code(&self) -> ExitCode {
        ExitCode::from(EXIT_ERROR)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parser_messages_lose_the_values_they_quote() {
        assert_eq!(
            without_values(r#"invalid type: string "h2FDEE\"x", expected u64"#),
            "invalid type: string, expected u64"
        );
        assert_eq!(
            without_values("unknown variant `sk_live_x`, expected `info` or `error`"),
            "unknown variant …, expected `info` or `error`"
        );
        assert_eq!(
            without_values("unknown field `fail_on`"),
            "unknown field `fail_on`"
        );
        assert_eq!(
            without_values("invalid type: integer `12345`, expected path string"),
            "invalid type: integer …, expected path string"
        );
    }

    #[test]
    fn exit_codes_follow_the_grep_convention() {
        assert_eq!(ExitCode::from(Outcome::Success), ExitCode::from(0));
        assert_eq!(ExitCode::from(Outcome::Negative), ExitCode::from(1));
        assert_eq!(Error::Usage("x".into()).exit_code(), ExitCode::from(2));
        for (code, meaning) in EXIT_CODES {
            assert!(EXIT_STATUS_HELP.contains(&format!("  {code}  {meaning}")));
        }
    }
}
