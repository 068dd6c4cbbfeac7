//! Secrets in memory and where they come from.
//!
//! A [`Secret`] never shows itself in `Debug` output and is zeroized when dropped. Secrets are read from
//! stdin, a file (`@PATH`), an environment variable (`env:NAME`), a no-echo prompt on a terminal, or,
//! least preferred because other users can see it in `ps`, the command line.

use std::fmt;
use std::io::{self, IsTerminal, Read};
use std::path::{Path, PathBuf};

use zeroize::{Zeroize, Zeroizing};

use crate::error::{Error, Result};

/// Secrets larger than this are refused: a secret is a key or a password, not a file.
pub const MAX_SECRET_BYTES: usize = 1 << 20;

/// Bytes that must not leak: zeroized on drop, redacted in `Debug`.
pub struct Secret(Zeroizing<Vec<u8>>);

impl Secret {
    pub fn new(bytes: Vec<u8>) -> Self {
        Secret(Zeroizing::new(bytes))
    }

    pub fn expose(&self) -> &[u8] {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn into_bytes(self) -> Zeroizing<Vec<u8>> {
        self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(redacted)")
    }
}

/// Where a secret argument says to read the secret from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// The argument itself (visible to other users in `ps`).
    Argument,
    /// `-`, or no argument with stdin not a terminal.
    Stdin,
    /// `@PATH`.
    File(PathBuf),
    /// `env:NAME`.
    Env(String),
    /// No argument on a terminal: a no-echo prompt.
    Prompt,
}

impl Source {
    /// Interprets a secret argument: `-`, `@PATH`, `env:NAME` or a literal; `None` means stdin if it
    /// is piped, else a prompt.
    pub fn of(arg: Option<&str>, stdin_is_terminal: bool) -> Source {
        match arg {
            None if stdin_is_terminal => Source::Prompt,
            None | Some("-") => Source::Stdin,
            Some(a) => {
                if let Some(path) = a.strip_prefix('@') {
                    Source::File(PathBuf::from(path))
                } else if let Some(name) = a.strip_prefix("env:") {
                    Source::Env(name.to_owned())
                } else {
                    Source::Argument
                }
            }
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Source::Argument => "the command line".into(),
            Source::Stdin => "stdin".into(),
            Source::File(_) => "the file given with @".into(),
            Source::Env(_) => "the environment variable given with env:".into(),
            Source::Prompt => "the prompt".into(),
        }
    }
}

/// Reads the secret that `arg` designates (see [`Source::of`]), prompting with `prompt` if needed.
///
/// Input from stdin, a file or the environment loses one trailing newline (`echo key | keyward …`).
pub fn read(arg: Option<&str>, prompt: &str) -> Result<(Secret, Source)> {
    let (secret, source) = read_even_empty(arg, prompt)?;
    if secret.is_empty() {
        return Err(Error::Input(format!(
            "the secret from {} is empty",
            source.describe()
        )));
    }
    Ok((secret, source))
}

/// [`read`], where an empty secret is an answer (checking whether a hash is of the empty
/// password, as other argon2 tools allow).
pub fn read_even_empty(arg: Option<&str>, prompt: &str) -> Result<(Secret, Source)> {
    let source = Source::of(arg, io::stdin().is_terminal());
    let mut bytes = match &source {
        Source::Argument => arg.unwrap_or_default().as_bytes().to_vec(),
        Source::Stdin => read_bounded(io::stdin().lock(), "stdin")?,
        Source::File(path) => read_file(path)?,
        Source::Env(name) => read_env(name)?,
        Source::Prompt => rpassword::prompt_password(prompt)
            .map_err(|e| Error::Input(format!("reading the secret from the terminal: {e}")))?
            .into_bytes(),
    };
    if !matches!(source, Source::Argument | Source::Prompt) {
        strip_one_newline(&mut bytes);
    }
    Ok((Secret::new(bytes), source))
}

/// The path and the variable name are not repeated in errors: a secret that happens to start with
/// `@` or `env:` would otherwise be printed.
const LITERAL_HINT: &str = "a secret that itself starts with @ or env: must come from stdin";

fn read_file(path: &Path) -> Result<Vec<u8>> {
    let file = std::fs::File::open(path).map_err(|e| {
        Error::Input(format!(
            "cannot open the file given with @ ({e}); {LITERAL_HINT}"
        ))
    })?;
    read_bounded(file, "the file given with @")
}

fn read_env(name: &str) -> Result<Vec<u8>> {
    match std::env::var_os(name) {
        Some(value) => Ok(value.into_encoded_bytes()),
        None => Err(Error::Input(format!(
            "the environment variable given with env: is not set; {LITERAL_HINT}"
        ))),
    }
}

fn read_bounded(reader: impl Read, what: &str) -> Result<Vec<u8>> {
    // Sized so that a typical secret never reallocates, which would leave copies behind.
    let mut bytes = Vec::with_capacity(4096);
    reader
        .take(MAX_SECRET_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::Input(format!("reading the secret from {what}: {e}")))?;
    if bytes.len() > MAX_SECRET_BYTES {
        bytes.zeroize();
        return Err(Error::Input(format!(
            "the secret from {what} is larger than {} KiB",
            MAX_SECRET_BYTES / 1024
        )));
    }
    Ok(bytes)
}

fn strip_one_newline(bytes: &mut Vec<u8>) {
    if bytes.last() == Some(&b'\n') {
        bytes.pop();
        if bytes.last() == Some(&b'\r') {
            bytes.pop();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_secret() {
        let s = Secret::new(b"hunter2".to_vec());
        assert_eq!(format!("{s:?}"), "Secret(redacted)");
    }

    #[test]
    fn argument_forms_pick_their_source() {
        assert_eq!(Source::of(None, true), Source::Prompt);
        assert_eq!(Source::of(None, false), Source::Stdin);
        assert_eq!(Source::of(Some("-"), true), Source::Stdin);
        assert_eq!(
            Source::of(Some("@/tmp/k"), true),
            Source::File("/tmp/k".into())
        );
        assert_eq!(
            Source::of(Some("env:API_KEY"), true),
            Source::Env("API_KEY".into())
        );
        assert_eq!(Source::of(Some("kw_abc"), true), Source::Argument);
    }

    #[test]
    fn one_trailing_newline_is_dropped() {
        for (input, want) in [
            (&b"key\n"[..], &b"key"[..]),
            (b"key\r\n", b"key"),
            (b"key\n\n", b"key\n"),
            (b"key", b"key"),
        ] {
            let mut v = input.to_vec();
            strip_one_newline(&mut v);
            assert_eq!(v, want);
        }
    }

    #[test]
    fn oversized_input_is_refused() {
        let big = vec![b'a'; MAX_SECRET_BYTES + 1];
        let err = read_bounded(&big[..], "stdin").unwrap_err();
        assert!(err.to_string().contains("larger than 1024 KiB"), "{err}");
        assert!(read_bounded(&big[..MAX_SECRET_BYTES], "stdin").is_ok());
    }
}
