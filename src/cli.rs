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

    /// Use a keyfile that another user owns or can write (or that lies in such a directory), with
    /// a warning; without it, keyward refuses: its records could be keys someone else planted
    #[arg(long, global = true)]
    pub insecure_keyfile: bool,

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

// Parsed once per process: the size difference between variants does not matter.
#[allow(clippy::large_enum_variant)]
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

    /// Create, decode and verify JSON Web Tokens, and make keys for them
    #[command(subcommand)]
    Jwt(JwtCommand),

    /// Find credentials placed where they leak in HTTP requests: query strings, URLs, bodies,
    /// plain http://
    ///
    /// Reads curl, wget and HTTPie commands (and the scripts and Markdown that hold them), raw HTTP
    /// requests, .http files and HAR captures: as arguments after --, with -c, from files and
    /// directories, or from stdin.
    #[command(after_help = LINT_EXIT_HELP)]
    Lint(LintArgs),

    /// Tell what a credential is: API key or token, whose, live or test, and what it holds
    ///
    /// Recognises provider keys (GitHub, Stripe, AWS, Slack… with their checksums, the header they
    /// go in and where to revoke them), JWTs (claims and expiry, without checking the signature),
    /// keyward keys (with their keyfile record), PEM keys and certificates, JWKs, password hashes
    /// (PHC strings, bcrypt) and placeholders. Prints the value itself only where it is not
    /// secret: a secret is shown as its first four characters.
    #[command(after_help = INSPECT_EXIT_HELP)]
    Inspect(InspectArgs),

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
        /// The key's id (the 8 characters after the prefix), or the whole key: as the argument,
        /// or from - (stdin), @FILE or env:NAME
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
        /// The key's id, or the whole key: as the argument, or from - (stdin), @FILE or env:NAME
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
        /// The key's id, or the whole key: as the argument, or from - (stdin), @FILE or env:NAME
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
    /// Show only keys with this status (active includes keys expiring soon); repeat or separate
    /// with commas
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
    /// The id of the key to replace, or the whole key: as the argument, or from - (stdin),
    /// @FILE or env:NAME
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

#[derive(Debug, Subcommand)]
pub enum JwtCommand {
    /// Create and sign a token; prints the token and nothing else
    #[command(visible_alias = "sign", after_help = EXIT_STATUS_HELP)]
    Encode(EncodeArgs),

    /// Show a token's header and claims, without verifying it
    #[command(after_help = DECODE_EXIT_HELP)]
    Decode(DecodeArgs),

    /// Verify a token's signature and claims
    ///
    /// The algorithms accepted come from --alg, or else from the key: never from the token alone.
    /// alg "none" is always rejected. exp and nbf are checked with no leeway unless --leeway says
    /// otherwise; a token that names an audience is accepted only with a matching --aud.
    #[command(after_help = VERIFY_EXIT_HELP)]
    Verify(VerifyArgs),

    /// Generate a signing key: an HMAC secret, or a private key and its public key
    #[command(after_help = EXIT_STATUS_HELP)]
    Keygen(JwtKeygenArgs),

    /// Print the public JWK of a key (PEM, DER or JWK), with its thumbprint as kid
    #[command(after_help = EXIT_STATUS_HELP)]
    Jwk(KeyFileArg),

    /// Print the RFC 7638 SHA-256 thumbprint of a key
    #[command(after_help = EXIT_STATUS_HELP)]
    Thumbprint(KeyFileArg),
}

const DECODE_EXIT_HELP: &str = "\
Exit status:
  0  every token was decoded
  1  a token is malformed (the message names the segment and what is wrong)
  2  an error: bad usage or unreadable input";

const VERIFY_EXIT_HELP: &str = "\
Exit status:
  0  the token is valid (with several tokens on stdin: every one is)
  1  the token was rejected; --format json gives error.kind: malformed, invalid_signature,
     expired, not_yet_valid, invalid_issuer, invalid_audience, invalid_subject, missing_claim,
     alg_not_allowed, key_not_found, invalid_key or unsupported_alg
  2  the check could not run: unreadable key, bad flags";

const LINT_EXIT_HELP: &str = "\
Exit status:
  0  no finding at or above --fail-on
  1  at least one finding at or above --fail-on (default: warning)
  2  an error: bad usage, or an input could not be read (the others are still linted)

Examples:
  keyward lint -- curl -H 'X: y' 'https://api.example.com/?api_key=abc'
  keyward lint -c \"curl https://user:pass@example.com\"
  keyward lint scripts/ README.md";

const INSPECT_EXIT_HELP: &str = "\
Exit status:
  0  the value is recognised (with --check: and the keyward key is valid)
  1  no known format (with --check: the key is not valid, or not a keyward key)
  2  an error: bad usage, unreadable input or keyfile

Examples:
  keyward inspect                       # prompts without echo
  pbpaste | keyward inspect
  keyward inspect @key.pem --format json";

#[derive(Debug, Args)]
pub struct InspectArgs {
    /// The value: - for stdin, @FILE, env:NAME, or the value itself (visible to other users in ps).
    /// Without it, read stdin if piped, else prompt without echo. "Bearer ", an "Authorization:"
    /// prefix and surrounding quotes are ignored; a PEM block or a JSON JWK may span lines.
    #[arg(value_name = "VALUE|-")]
    pub value: Option<String>,

    /// For a keyward key: also verify it against the hash in its keyfile record, as keys check
    /// does, and exit 1 unless it is valid
    #[arg(long)]
    pub check: bool,

    #[command(flatten)]
    pub output: FormatArg,
}

#[derive(Debug, Args)]
pub struct LintArgs {
    /// Files or directories to lint (directories are walked, respecting .gitignore); - for stdin
    #[arg(value_name = "PATH")]
    pub paths: Vec<std::path::PathBuf>,

    /// A command to lint, as one string
    #[arg(short = 'c', long = "command", value_name = "COMMAND")]
    pub string: Option<String>,

    /// A command to lint, as arguments: keyward lint -- curl -H … URL
    #[arg(last = true, value_name = "COMMAND", allow_hyphen_values = true)]
    pub command: Vec<String>,

    /// Read inputs as this kind instead of guessing from the file name and content
    #[arg(long, value_enum, value_name = "KIND")]
    pub from: Option<InputKind>,

    /// Exit 1 when a finding has this severity or a higher one [default: warning]
    #[arg(long, value_enum, value_name = "SEVERITY")]
    pub fail_on: Option<crate::lint::rules::Severity>,

    /// Do not report this rule; repeat for several
    #[arg(long, value_name = "RULE")]
    pub ignore: Vec<String>,

    /// Do not report the findings accepted in this file (written by --write-baseline: a new
    /// secret at an accepted place is still reported; a JSON report or a list of fingerprints
    /// matches by place only)
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<std::path::PathBuf>,

    /// Accept every finding of this run: write them to FILE, to use as a --baseline later (no
    /// baseline is applied while writing one)
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<std::path::PathBuf>,

    /// Project settings [default: .keyward.toml in the current directory, if there is one]
    #[arg(long, value_name = "FILE")]
    pub config: Option<std::path::PathBuf>,

    /// Output format: text, JSON, SARIF 2.1.0 (for code scanning), or GitHub workflow annotations
    #[arg(long, value_enum, default_value_t, value_name = "FORMAT")]
    pub format: LintFormat,

    /// List the rules, with their ids and severities, and lint nothing
    #[arg(long, conflicts_with_all = ["paths", "string", "command", "explain"])]
    pub list_rules: bool,

    /// List the credential formats recognised (the `secret_kind` of findings), and lint nothing
    #[arg(long, conflicts_with_all = ["paths", "string", "command", "explain", "list_rules"])]
    pub list_detectors: bool,

    /// Explain one rule: why it matters and how to fix what it finds
    #[arg(long, value_name = "RULE", conflicts_with_all = ["paths", "string", "command"])]
    pub explain: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum LintFormat {
    #[default]
    Text,
    Json,
    Sarif,
    Github,
}

/// What an input holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum InputKind {
    /// Guess from the file name and content
    Auto,
    /// curl command lines
    Curl,
    /// wget command lines
    Wget,
    /// HTTPie (http, https) and xh command lines
    Httpie,
    /// Raw HTTP requests, and .http/.rest files
    Http,
    /// HAR 1.2 captures (streamed)
    Har,
    /// A shell script: its curl, wget and HTTPie commands
    Script,
    /// Markdown: the commands in its shell code blocks
    Markdown,
}

/// Where the key comes from, for commands that sign or verify.
#[derive(Debug, Args, Clone)]
pub struct KeySourceArgs {
    /// HMAC secret: @FILE, env:NAME, - (stdin), b64:BASE64, b64url:BASE64URL (also b64url:@FILE,
    /// b64:env:NAME: the encoded text from a source), or the text itself.
    /// Omitted with no --key on a terminal: prompt without echo
    #[arg(long, value_name = "VALUE", conflicts_with = "key")]
    pub secret: Option<String>,

    /// Key file, or - for stdin: PEM (PKCS#8, PKCS#1, SEC1, SPKI, certificate), DER, a JWK or a JWK
    /// Set, recognised by content
    #[arg(long, value_name = "PATH|-")]
    pub key: Option<String>,

    /// Accept HMAC secrets shorter than the hash (RFC 7518 §3.2 asks for at least as long)
    #[arg(long)]
    pub allow_weak_key: bool,
}

#[derive(Debug, Args)]
pub struct EncodeArgs {
    #[command(flatten)]
    pub key: KeySourceArgs,

    /// Signing algorithm [default: HS256 with --secret, else the key's: RS256, ES256/384/512,
    /// ES256K or EdDSA]
    #[arg(long, value_enum, value_name = "ALG")]
    pub alg: Option<crate::jwt::alg::Alg>,

    /// Subject (sub)
    #[arg(long, value_name = "SUB")]
    pub sub: Option<String>,

    /// Issuer (iss)
    #[arg(long, value_name = "ISS")]
    pub iss: Option<String>,

    /// Audience (aud); repeat for several
    #[arg(long = "aud", value_name = "AUD")]
    pub aud: Vec<String>,

    /// Expiry (exp): a duration (1h, +15m, 90d), an RFC 3339 time or a Unix timestamp
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub exp: Option<String>,

    /// Not before (nbf), in the same forms as --exp
    #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
    pub nbf: Option<String>,

    /// Leave out iat (issued at), which is now by default
    #[arg(long)]
    pub no_iat: bool,

    /// Token id (jti); "auto" makes a random one
    #[arg(long, value_name = "ID|auto")]
    pub jti: Option<String>,

    /// A claim: name=text, or name:=JSON for numbers, booleans, arrays and objects
    #[arg(short = 'c', long = "claim", value_name = "NAME=VALUE")]
    pub claims: Vec<String>,

    /// A whole claims object: JSON, @FILE or - (stdin); other flags add to it
    #[arg(long = "claims", value_name = "JSON|@FILE|-")]
    pub claims_json: Option<String>,

    /// Key id (kid) in the header; '' for none [default: the JWK's kid, if the key is a JWK with one]
    #[arg(long, value_name = "KID")]
    pub kid: Option<String>,

    /// Token type (typ) in the header, such as at+jwt
    #[arg(long, value_name = "TYP", default_value = "JWT")]
    pub typ: String,

    /// A header parameter: name=text or name:=JSON
    #[arg(long = "header", value_name = "NAME=VALUE")]
    pub headers: Vec<String>,

    /// Re-sign the output of `keyward jwt decode --format json` (JSON, @FILE or -)
    #[arg(long, value_name = "JSON|@FILE|-", conflicts_with = "claims_json")]
    pub from_json: Option<String>,
}

#[derive(Debug, Args)]
pub struct DecodeArgs {
    /// The token: bare, after "Bearer ", or a whole "Authorization:" line; - or nothing reads stdin,
    /// one token per line
    #[arg(value_name = "TOKEN|-")]
    pub token: Option<String>,

    #[command(flatten)]
    pub output: FormatArg,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    /// The token: bare, after "Bearer ", or a whole "Authorization:" line; - or nothing reads stdin,
    /// one token per line (one JSON line each with --format json)
    #[arg(value_name = "TOKEN|-")]
    pub token: Option<String>,

    #[command(flatten)]
    pub key: KeySourceArgs,

    /// Fetch the JWK Set from this HTTPS URL
    #[arg(long, value_name = "URL", conflicts_with_all = ["secret", "key", "oidc"])]
    pub jwks: Option<String>,

    /// Find the JWK Set through OpenID Connect discovery at this issuer URL (and expect it as iss)
    #[arg(long, value_name = "ISSUER_URL", conflicts_with_all = ["secret", "key"])]
    pub oidc: Option<String>,

    /// Accept only this algorithm; repeat for several [default: what the key can verify]
    #[arg(long, value_enum, value_name = "ALG")]
    pub alg: Vec<crate::jwt::alg::Alg>,

    /// Tolerance for clock skew when checking exp, nbf and iat
    #[arg(long, value_name = "DURATION", default_value = "0s")]
    pub leeway: String,

    /// Accept expired tokens
    #[arg(long)]
    pub ignore_exp: bool,

    /// Require this issuer (iss)
    #[arg(long, value_name = "ISS")]
    pub iss: Option<String>,

    /// Require this audience (aud) among the token's; repeat to accept any of several
    #[arg(long = "aud", value_name = "AUD")]
    pub aud: Vec<String>,

    /// Require this subject (sub)
    #[arg(long, value_name = "SUB")]
    pub sub: Option<String>,

    /// Require this claim to be present; repeat for several
    #[arg(long, value_name = "CLAIM")]
    pub require: Vec<String>,

    /// Reject tokens issued (iat) longer ago than this
    #[arg(long, value_name = "DURATION")]
    pub max_age: Option<String>,

    /// Seconds to wait for --jwks or --oidc
    #[arg(long, value_name = "SECONDS", default_value_t = 10)]
    pub timeout: u64,

    #[command(flatten)]
    pub output: FormatArg,
}

#[derive(Debug, Args)]
pub struct JwtKeygenArgs {
    /// Algorithm the key is for
    #[arg(long, value_enum, value_name = "ALG")]
    pub alg: crate::jwt::alg::Alg,

    /// RSA modulus size, for RS* and PS* only [default: 2048]
    #[arg(long, value_name = "BITS",
          value_parser = clap::builder::TypedValueParser::map(
              clap::builder::PossibleValuesParser::new(["2048", "3072", "4096"]),
              |s| s.parse::<usize>().unwrap_or(2048)))]
    pub bits: Option<usize>,

    /// Write the private key to this file (mode 0600) and the public key beside it, with .pub
    /// inserted before the extension; without it, print both
    #[arg(long, short, value_name = "PATH")]
    pub out: Option<std::path::PathBuf>,

    /// Key format: PKCS#8 and SPKI PEM, or a private JWK and a public JWK Set
    #[arg(long, value_enum, default_value_t, value_name = "FORMAT")]
    pub format: KeyFormat,

    /// Key id for JWKs [default: the RFC 7638 thumbprint]
    #[arg(long, value_name = "KID")]
    pub kid: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum KeyFormat {
    #[default]
    Pem,
    Jwk,
}

#[derive(Debug, Args)]
pub struct KeyFileArg {
    /// Key file (PEM, DER or JWK), or - for stdin
    #[arg(value_name = "KEY|-")]
    pub key: String,
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
