//! Every command-line definition. The doc comments here are the `--help` text, the man pages and
//! the shell completions.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};
use clap_complete::Shell;

use crate::error::EXIT_STATUS_HELP;
use crate::keys::format::DEFAULT_PREFIX;
use crate::keys::hashing::{Cost, CostLimits};
use crate::output::{ColorWhen, Format};

/// API keys and API tokens, done right.
///
/// A key identifies the calling application; keyward makes prefixed, checksummed keys from the OS
/// random number generator and keeps only their argon2id hashes in a local keyfile.
#[derive(Debug, Parser)]
#[command(
    name = "keyward",
    version,
    propagate_version = true,
    after_help = EXIT_STATUS_HELP,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// The keyfile [default: keys.json in the platform's data directory, e.g. ~/.local/share/keyward]
    #[arg(long, global = true, env = "KEYWARD_KEYFILE", value_name = "PATH")]
    pub keyfile: Option<PathBuf>,

    /// When to colour the output (NO_COLOR turns "auto" off)
    #[arg(long, global = true, value_enum, default_value_t, value_name = "WHEN")]
    pub color: ColorWhen,

    /// Print no notes on stderr (warnings and errors still appear)
    #[arg(short, long, global = true)]
    pub quiet: bool,
}

#[derive(Debug, Args, Clone, Copy)]
pub struct FormatArg {
    /// Output format
    #[arg(long, value_enum, default_value_t, value_name = "FORMAT")]
    pub format: Format,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Generate API keys, store their hashes in the keyfile and print each key once
    #[command(after_help = EXIT_STATUS_HELP)]
    Keygen(KeygenArgs),

    /// Hash a secret with argon2id, or check a secret against a PHC hash string
    #[command(after_help = EXIT_STATUS_HELP)]
    Hash(HashArgs),

    /// List, show, check, revoke, remove and rotate the keys in the keyfile
    #[command(subcommand)]
    Keys(KeysCommand),

    /// Print a shell completion script: source <(keyward completions bash)
    Completions {
        #[arg(value_enum)]
        shell: Shell,
    },
}

#[derive(Debug, Args)]
pub struct KeygenArgs {
    /// Human-readable prefix that starts the key: a letter, then letters, digits and _
    #[arg(long, default_value = DEFAULT_PREFIX, value_name = "PREFIX")]
    pub prefix: String,

    /// A name to recognise the key by (who or what uses it)
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,

    /// A scope the key grants; repeat the flag or separate scopes with commas
    #[arg(long = "scope", value_name = "SCOPE", value_delimiter = ',')]
    pub scopes: Vec<String>,

    /// When the key expires: a duration (90d, 12h), a date (2027-01-31, at 00:00 UTC), an RFC 3339
    /// time or a Unix timestamp [default: never]
    #[arg(long, value_name = "WHEN")]
    pub expires: Option<String>,

    /// How many keys to generate
    #[arg(long, default_value_t = 1, value_name = "N",
          value_parser = clap::value_parser!(u32).range(1..=10_000))]
    pub count: u32,

    /// Print the key (and, with --format json, its hash) without touching the keyfile
    #[arg(long)]
    pub no_store: bool,

    #[command(flatten)]
    pub output: FormatArg,
}

#[derive(Debug, Args)]
pub struct HashArgs {
    /// The secret: - for stdin, @FILE, env:NAME, or the secret itself (visible to other users in
    /// ps). Without it, read stdin if piped, else prompt without echo.
    #[arg(value_name = "SECRET|-")]
    pub secret: Option<String>,

    /// Check the secret against this PHC string instead of hashing it (exit 0 on a match, 1 on a
    /// mismatch, 2 if the string is malformed); argon2id, argon2i and argon2d, versions 16 and 19
    #[arg(long, value_name = "PHC")]
    pub check: Option<String>,

    /// Memory cost in KiB, or with a unit: 19MiB, 1GiB
    #[arg(long, value_name = "SIZE", default_value = "19456", value_parser = parse_kib)]
    pub memory: u32,

    /// Number of passes over memory (argon2 t)
    #[arg(long, value_name = "N", default_value_t = Cost::OWASP.iterations)]
    pub iterations: u32,

    /// Degree of parallelism (argon2 p, lanes)
    #[arg(long, value_name = "N", default_value_t = Cost::OWASP.parallelism)]
    pub parallelism: u32,

    /// With --check: refuse hashes that ask for more memory than this
    #[arg(long, value_name = "SIZE", default_value = "1GiB", value_parser = parse_kib)]
    pub max_memory: u32,

    /// With --check: refuse hashes that ask for more passes than this
    #[arg(long, value_name = "N", default_value_t = CostLimits::DEFAULT_MAX_ITERATIONS)]
    pub max_iterations: u32,

    #[command(flatten)]
    pub output: FormatArg,
}

#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// List the keys in the keyfile, without their hashes
    #[command(after_help = EXIT_STATUS_HELP)]
    List(ListArgs),

    /// Show one key's record, without its hash
    #[command(after_help = EXIT_STATUS_HELP)]
    Show {
        /// The key's id (the 8 characters after the prefix)
        #[arg(value_name = "ID")]
        id: String,
        #[command(flatten)]
        output: FormatArg,
    },

    /// Check a key: format, checksum, hash, revocation, expiry and scopes
    ///
    /// Exit 0 when the key is valid; 1 when it is not, with the reason: malformed, bad_checksum,
    /// unknown_key, mismatch, revoked, expired or missing_scope.
    #[command(after_help = EXIT_STATUS_HELP)]
    Check(CheckArgs),

    /// Revoke a key: it stays in the keyfile and no longer checks as valid
    #[command(after_help = EXIT_STATUS_HELP)]
    Revoke {
        /// The key's id
        #[arg(value_name = "ID")]
        id: String,
        /// Why the key is revoked (kept in the keyfile)
        #[arg(long, value_name = "TEXT")]
        reason: Option<String>,
        #[command(flatten)]
        output: FormatArg,
    },

    /// Remove a key's record from the keyfile
    #[command(after_help = EXIT_STATUS_HELP)]
    Rm {
        /// The key's id
        #[arg(value_name = "ID")]
        id: String,
        #[command(flatten)]
        output: FormatArg,
    },

    /// Replace a key with a new one of the same name, prefix and scopes; print the new key once
    #[command(after_help = EXIT_STATUS_HELP)]
    Rotate(RotateArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Show only keys with this status; repeat or separate with commas
    #[arg(long, value_enum, value_delimiter = ',', value_name = "STATUS")]
    pub status: Vec<crate::keys::Status>,

    #[command(flatten)]
    pub output: FormatArg,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The key: - for stdin, @FILE, env:NAME, or the key itself (visible to other users in ps).
    /// Without it, read stdin if piped, else prompt without echo.
    #[arg(value_name = "KEY|-")]
    pub key: Option<String>,

    /// Require this scope; repeat or separate with commas
    #[arg(long = "scope", value_name = "SCOPE", value_delimiter = ',')]
    pub scopes: Vec<String>,

    #[command(flatten)]
    pub output: FormatArg,
}

#[derive(Debug, Args)]
pub struct RotateArgs {
    /// The id of the key to replace
    #[arg(value_name = "ID")]
    pub id: String,

    /// How long the old key keeps working: 0s (now), 24h, 7d
    #[arg(long, default_value = "0s", value_name = "DURATION")]
    pub grace: String,

    /// When the new key expires [default: as long after now as the old key lived, or never]
    #[arg(long, value_name = "WHEN")]
    pub expires: Option<String>,

    #[command(flatten)]
    pub output: FormatArg,
}

/// A memory size in KiB: `19456`, `19MiB`, `1GiB`, `512KiB`.
fn parse_kib(input: &str) -> Result<u32, String> {
    let s = input.trim();
    let split = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let (digits, unit) = s.split_at(split);
    let number: u64 = digits
        .parse()
        .map_err(|_| format!("{input:?} is not a size (try 19456, 64MiB or 1GiB)"))?;
    let factor: u64 = match unit.trim() {
        "" | "K" | "KiB" | "k" => 1,
        "M" | "MiB" => 1 << 10,
        "G" | "GiB" => 1 << 20,
        other => return Err(format!("unknown unit {other:?} (use KiB, MiB or GiB)")),
    };
    number
        .checked_mul(factor)
        .and_then(|kib| u32::try_from(kib).ok())
        .ok_or_else(|| format!("{input:?} is too large (at most 4 TiB)"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_definition_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn sizes_take_units() {
        assert_eq!(parse_kib("19456"), Ok(19456));
        assert_eq!(parse_kib("19MiB"), Ok(19456));
        assert_eq!(parse_kib("1GiB"), Ok(1 << 20));
        assert!(parse_kib("1TB").is_err());
        assert!(parse_kib("8192GiB").is_err());
        assert!(parse_kib("lots").is_err());
    }
}
