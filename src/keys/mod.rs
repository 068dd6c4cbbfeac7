//! API keys: `keyward keygen`, `keyward hash` and `keyward keys …`.
//!
//! The handlers here read input, consult the keyfile, and hand the results to the printer. The
//! key format and the hashing live in [`format`] and [`hashing`], free of I/O.

pub mod format;
pub mod hashing;

use std::path::PathBuf;

use clap::ValueEnum;
use jiff::{SignedDuration, Timestamp};
use rand::TryRng;
use rand::rngs::SysRng;
use serde::{Serialize, Serializer};

use crate::cli::{CheckArgs, HashArgs, KeygenArgs, KeysCommand, ListArgs, RotateArgs};
use crate::error::{Error, Outcome, Result};
use crate::output::Printer;
use crate::secret::{self, Source};
use crate::store::{Change, KeyRecord, Keyfile, Missing, Store};
use crate::time;
use format::{ApiKey, ID_LEN, KeyFormatError, SECRET_LEN};
use hashing::{Cost, CostLimits, Phc, PhcError};

/// A key is "expiring soon" in its last week.
pub const EXPIRING_SOON: SignedDuration = SignedDuration::from_hours(7 * 24);

/// Where a key stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ValueEnum)]
#[serde(rename_all = "snake_case")]
#[value(rename_all = "snake_case")]
pub enum Status {
    Active,
    /// Active, and expires within 7 days
    ExpiringSoon,
    Expired,
    Revoked,
}

impl Status {
    /// Whether a filter on `self` shows a key of `status`: keys expiring soon are active too.
    pub fn includes(self, status: Status) -> bool {
        self == status || (self == Status::Active && status == Status::ExpiringSoon)
    }

    pub fn of(record: &KeyRecord, now: Timestamp) -> Status {
        if record.revoked_at.is_some_and(|at| at <= now) {
            return Status::Revoked;
        }
        match record.expires_at {
            Some(at) if at <= now => Status::Expired,
            Some(at) if at.duration_since(now) <= EXPIRING_SOON => Status::ExpiringSoon,
            _ => Status::Active,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Status::Active => "active",
            Status::ExpiringSoon => "expiring soon",
            Status::Expired => "expired",
            Status::Revoked => "revoked",
        }
    }
}

/// A record as shown to users: everything but the hash, plus its status.
#[derive(Debug, Clone, Serialize)]
pub struct KeyView {
    pub id: String,
    pub name: Option<String>,
    pub prefix: String,
    pub scopes: Vec<String>,
    pub created_at: Timestamp,
    pub expires_at: Option<Timestamp>,
    pub revoked_at: Option<Timestamp>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub revoked_reason: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rotated_from: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rotated_to: Option<String>,
    pub status: Status,
}

impl KeyView {
    /// `4fTq9ZbX (ci)`: the id, and the name if there is one.
    pub fn label(&self) -> String {
        label(&self.id, self.name.as_deref())
    }

    fn label_of(record: &KeyRecord) -> String {
        label(&record.id, record.name.as_deref())
    }

    pub fn of(record: &KeyRecord, now: Timestamp) -> KeyView {
        KeyView {
            id: record.id.clone(),
            name: record.name.clone(),
            prefix: record.prefix.clone(),
            scopes: record.scopes.clone(),
            created_at: record.created_at,
            expires_at: record.expires_at,
            revoked_at: record.revoked_at,
            revoked_reason: record.revoked_reason.clone(),
            rotated_from: record.rotated_from.clone(),
            rotated_to: record.rotated_to.clone(),
            status: Status::of(record, now),
        }
    }
}

/// A name or reason to keep in the keyfile: text without control characters, which would reach
/// every terminal that lists the key.
fn plain_text(text: &str, flag: &str) -> Result<String> {
    match text.char_indices().find(|(_, c)| c.is_control()) {
        Some((at, _)) => Err(Error::Usage(format!(
            "{flag}: a control character at byte {at}; names and reasons are plain text"
        ))),
        None => Ok(text.to_owned()),
    }
}

fn label(id: &str, name: Option<&str>) -> String {
    match name {
        // A hand-edited keyfile may hold any bytes in a name.
        Some(name) => format!("{id} ({})", crate::output::printable(name)),
        None => id.to_owned(),
    }
}

/// A key fresh from `keygen` or `rotate`: the only time the key itself is in hand.
#[derive(Debug, Serialize)]
pub struct GeneratedKey {
    #[serde(serialize_with = "expose_key")]
    pub key: ApiKey,
    pub id: String,
    pub name: Option<String>,
    pub prefix: String,
    pub scopes: Vec<String>,
    pub created_at: Timestamp,
    pub expires_at: Option<Timestamp>,
    pub hash: String,
}

fn expose_key<S: Serializer>(key: &ApiKey, s: S) -> std::result::Result<S::Ok, S::Error> {
    s.serialize_str(key.expose())
}

impl GeneratedKey {
    fn record(&self) -> KeyRecord {
        KeyRecord {
            id: self.id.clone(),
            name: self.name.clone(),
            prefix: self.prefix.clone(),
            hash: self.hash.clone(),
            scopes: self.scopes.clone(),
            created_at: self.created_at,
            expires_at: self.expires_at,
            revoked_at: None,
            revoked_reason: None,
            rotated_from: None,
            rotated_to: None,
            extra: Default::default(),
        }
    }
}

/// Why `keys check` said no.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    Malformed,
    BadChecksum,
    UnknownKey,
    Mismatch,
    Revoked,
    Expired,
    MissingScope,
}

/// The answer of `keys check`.
#[derive(Debug, Clone, Serialize)]
pub struct CheckReport {
    pub valid: bool,
    pub reason: Option<Reason>,
    /// One sentence for people; not part of the stable JSON contract.
    pub message: String,
    pub key: Option<KeyView>,
}

/// The answer of `hash --check`.
#[derive(Debug, Clone, Serialize)]
pub struct HashCheckReport {
    #[serde(rename = "match")]
    pub matches: bool,
    pub algorithm: String,
    pub version: u32,
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

/// What every key handler needs.
pub struct Context<'a> {
    pub printer: &'a mut Printer,
    pub keyfile: Option<PathBuf>,
    /// `--insecure-keyfile`.
    pub insecure_keyfile: bool,
    pub now: Timestamp,
}

impl Context<'_> {
    /// The keyfile, refused if another user could have written it, with a warning if other users
    /// can read it.
    fn store(&mut self) -> Result<Store> {
        let store = Store::locate(self.keyfile.clone(), self.insecure_keyfile)?;
        for warning in store.warnings()? {
            self.printer.warn(warning);
        }
        Ok(store)
    }
}

/// `keyward keygen`.
pub fn keygen(args: &KeygenArgs, ctx: &mut Context) -> Result<Outcome> {
    ctx.printer.with_format(args.output.format);
    format::validate_prefix(&args.prefix).map_err(|e| Error::Usage(format!("--prefix: {e}")))?;
    let scopes = clean_scopes(&args.scopes)?;
    let expires_at = args
        .expires
        .as_deref()
        .map(|when| future_moment(when, ctx.now, "--expires"))
        .transpose()?;
    let template = KeyTemplate {
        prefix: args.prefix.clone(),
        name: args
            .name
            .as_deref()
            .map(|n| plain_text(n, "--name"))
            .transpose()?,
        scopes,
        expires_at,
    };
    // Hash before taking the keyfile lock, so that concurrent keygens wait only for the write.
    let mut keys = (0..args.count)
        .map(|_| template.generate(ctx.now))
        .collect::<Result<Vec<_>>>()?;
    if args.no_store {
        ctx.printer.generated_keys(&keys)?;
        ctx.printer.deliver()?;
        ctx.printer
            .note("not stored (--no-store); the key is shown once");
        return Ok(Outcome::Success);
    }
    let store = ctx.store()?;
    let now = ctx.now;
    commit_after_showing(
        &store,
        ctx.printer,
        Missing::Create,
        &mut keys,
        |keyfile, keys| {
            for key in keys.iter_mut() {
                // Ids are random: a collision is a one-in-10^10 event per pair; regenerate.
                while keyfile.contains(&key.id) {
                    *key = template.generate(now)?;
                }
                keyfile.keys.push(key.record());
            }
            Ok(())
        },
        |printer, keys| printer.generated_keys(keys),
    )?;
    let ids: Vec<&str> = keys.iter().map(|k| k.id.as_str()).collect();
    ctx.printer.note(format!(
        "stored {} {} in {}; {} shown once",
        if ids.len() == 1 { "key" } else { "keys" },
        ids.join(", "),
        store.path().display(),
        if ids.len() == 1 { "it is" } else { "they are" },
    ));
    Ok(Outcome::Success)
}

/// Changes the keyfile with `change` and commits it only once `show` has printed the new keys and
/// they reached stdout: a key that cannot be shown is not stored. If the commit fails after the
/// keys were shown, the error says so.
fn commit_after_showing<T>(
    store: &Store,
    printer: &mut Printer,
    missing: Missing,
    state: &mut T,
    change: impl FnOnce(&mut Keyfile, &mut T) -> Result<()>,
    show: impl FnOnce(&mut Printer, &T) -> Result<()>,
) -> Result<()> {
    let mut delivered = false;
    store
        .update_and_deliver(
            missing,
            move |keyfile| {
                change(keyfile, state)?;
                Ok(Change::Write(state))
            },
            |state| {
                show(printer, state)?;
                printer.deliver()?;
                delivered = true;
                Ok(())
            },
        )
        .map(|_| ())
        .map_err(|e| {
            if delivered {
                Error::NotStored(Box::new(e))
            } else {
                e
            }
        })
}

/// What a new key will be like; `rotate` copies it from the old record.
struct KeyTemplate {
    prefix: String,
    name: Option<String>,
    scopes: Vec<String>,
    expires_at: Option<Timestamp>,
}

impl KeyTemplate {
    fn generate(&self, now: Timestamp) -> Result<GeneratedKey> {
        let id = random_base62(ID_LEN)?;
        let secret = zeroize::Zeroizing::new(random_base62(SECRET_LEN)?);
        let key = ApiKey::assemble(&self.prefix, &id, &secret);
        let hash = hashing::hash(key.expose().as_bytes(), Cost::OWASP)?;
        Ok(GeneratedKey {
            key,
            id,
            name: self.name.clone(),
            prefix: self.prefix.clone(),
            scopes: self.scopes.clone(),
            created_at: now,
            expires_at: self.expires_at,
            hash,
        })
    }
}

/// `len` uniformly random base62 characters from the OS generator.
fn random_base62(len: usize) -> Result<String> {
    let mut out = String::with_capacity(len);
    // 64 bytes yield the 28 characters needed with overwhelming probability (each byte is kept
    // with probability 248/256); the loop covers the rest.
    let mut bytes = zeroize::Zeroizing::new([0u8; 64]);
    while out.len() < len {
        SysRng
            .try_fill_bytes(bytes.as_mut_slice())
            .map_err(|e| Error::Random(e.to_string()))?;
        let want = len - out.len();
        format::push_base62_from_bytes(bytes.as_slice(), &mut out, want);
    }
    Ok(out)
}

fn clean_scopes(scopes: &[String]) -> Result<Vec<String>> {
    let mut clean: Vec<String> = Vec::new();
    for scope in scopes {
        let scope = scope.trim();
        if scope.is_empty() || scope.chars().any(char::is_whitespace) {
            return Err(Error::Usage(format!(
                "--scope {scope:?}: a scope is one word without spaces"
            )));
        }
        if !clean.iter().any(|s| s == scope) {
            clean.push(scope.to_owned());
        }
    }
    Ok(clean)
}

fn future_moment(when: &str, now: Timestamp, flag: &str) -> Result<Timestamp> {
    let at = time::parse_moment(when, now).map_err(|e| Error::Usage(format!("{flag} {e}")))?;
    if at <= now {
        return Err(Error::Usage(format!(
            "{flag} {when}: {at} is not in the future"
        )));
    }
    Ok(time::truncate(at))
}

/// `keyward hash`.
pub fn hash(args: &HashArgs, printer: &mut Printer) -> Result<Outcome> {
    printer.with_format(args.output.format);
    if let Some(phc) = &args.check {
        return check_hash(phc, args, printer);
    }
    let cost = Cost {
        memory_kib: args.memory,
        iterations: args.iterations,
        parallelism: args.parallelism,
    };
    if cost.is_below_owasp() {
        printer.warn(format!(
            "{cost} is weaker than OWASP's minimum for argon2id (m=19456,t=2 or m=7168,t=5)"
        ));
    }
    // A hash that costs more than `hash --check` accepts by default is one a later check refuses.
    let ceiling = CostLimits::ceiling(
        CostLimits::DEFAULT_MAX_MEMORY_KIB,
        CostLimits::DEFAULT_MAX_ITERATIONS,
    );
    if let Some(why) = hashing::above_ceiling(cost, &ceiling) {
        printer.warn(format!(
            "hash --check will refuse this hash by default: {why}"
        ));
    }
    let (secret, source) = secret::read(args.secret.as_deref(), "Secret to hash: ")?;
    warn_if_argv(&source, printer);
    let phc = hashing::hash(secret.expose(), cost)?;
    if printer.is_json() {
        printer.json(&serde_json::json!({ "hash": phc }))?;
    } else {
        printer.line(&phc)?;
    }
    Ok(Outcome::Success)
}

fn check_hash(phc: &str, args: &HashArgs, printer: &mut Printer) -> Result<Outcome> {
    let parsed = Phc::parse(phc).map_err(|e| Error::Input(e.to_string()))?;
    parsed
        .check_limits(&CostLimits::ceiling(args.max_memory, args.max_iterations))
        .map_err(|e| Error::Input(e.to_string()))?;
    let (secret, source) = secret::read_even_empty(args.secret.as_deref(), "Secret to check: ")?;
    warn_if_argv(&source, printer);
    let matches = parsed.matches(secret.expose())?;
    let cost = parsed.cost();
    printer.hash_check(&HashCheckReport {
        matches,
        algorithm: parsed.algorithm.to_string(),
        version: parsed.version.into(),
        memory_kib: cost.memory_kib,
        iterations: cost.iterations,
        parallelism: cost.parallelism,
    })?;
    Ok(if matches {
        Outcome::Success
    } else {
        Outcome::Negative
    })
}

pub(crate) fn warn_if_argv(source: &Source, printer: &mut Printer) {
    if *source == Source::Argument {
        printer.note(
            "a secret on the command line is visible to other users (ps) and in shell history; \
             prefer stdin, @FILE or env:NAME",
        );
    }
}

/// `keyward keys …`.
pub fn keys(command: &KeysCommand, ctx: &mut Context) -> Result<Outcome> {
    match command {
        KeysCommand::List(args) => list(args, ctx),
        KeysCommand::Show { id, output } => {
            ctx.printer.with_format(output.format);
            let id = key_id(id, ctx.printer)?;
            let store = ctx.store()?;
            match store.find(&id)? {
                Some(record) => {
                    ctx.printer
                        .key_details(&KeyView::of(&record, ctx.now), ctx.now)?;
                    Ok(Outcome::Success)
                }
                None => not_found(&id, &store, ctx.printer),
            }
        }
        KeysCommand::Check(args) => check(args, ctx),
        KeysCommand::Revoke { id, reason, output } => {
            ctx.printer.with_format(output.format);
            let id = key_id(id, ctx.printer)?;
            let reason = reason
                .as_deref()
                .map(|r| plain_text(r, "--reason"))
                .transpose()?;
            edit_record(ctx, &id, Edit::Revoke(reason))
        }
        KeysCommand::Rm { id, output } => {
            ctx.printer.with_format(output.format);
            let id = key_id(id, ctx.printer)?;
            edit_record(ctx, &id, Edit::Remove)
        }
        KeysCommand::Rotate(args) => rotate(args, ctx),
    }
}

/// Accepts an id, or a whole key (handy when revoking a key that leaked): as the argument, or
/// from `-` (stdin), `@FILE` or `env:NAME`, as `keys check` reads one.
fn key_id(arg: &str, printer: &mut Printer) -> Result<String> {
    let arg = arg.trim();
    if format::is_valid_id(arg) {
        return Ok(arg.to_owned());
    }
    let (text, source) = secret::read(Some(arg), "key: ")?;
    let text = String::from_utf8_lossy(text.expose());
    // Pasted as it is sent (`Bearer kw_…`, in quotes), as keys check reads it.
    let arg = crate::jwt::token::extract(&text);
    if source != Source::Argument && format::is_valid_id(arg) {
        return Ok(arg.to_owned());
    }
    match ApiKey::parse(arg) {
        Ok(key) => {
            warn_if_argv(&source, printer);
            Ok(key.id().to_owned())
        }
        // The argument is never quoted: it may be a secret with a typo in it.
        Err(KeyFormatError::BadChecksum) => Err(Error::Usage(
            "the key's checksum does not match: it was mistyped, truncated or made up".into(),
        )),
        Err(KeyFormatError::Malformed(why)) if arg.contains('_') => Err(Error::Usage(format!(
            "neither a key id (8 letters and digits, as keyward keys list shows) nor a keyward \
             key: {why}"
        ))),
        Err(_) => Err(Error::Usage(format!(
            "not a key id: an id is 8 letters and digits (this has {}), as keyward keys list shows",
            arg.chars().count()
        ))),
    }
}

fn not_found(id: &str, store: &Store, printer: &mut Printer) -> Result<Outcome> {
    let message = format!("no key with id {id} in {}", store.path().display());
    if printer.is_json() {
        printer
            .json(&serde_json::json!({ "error": { "kind": "unknown_key", "message": message } }))?;
    } else {
        printer.answer(&message);
    }
    Ok(Outcome::Negative)
}

/// What `revoke` and `rm` do to a record.
enum Edit {
    Revoke(Option<String>),
    Remove,
}

/// Changes one record under the lock and prints the result (the message, or the record in JSON).
fn edit_record(ctx: &mut Context, id: &str, edit: Edit) -> Result<Outcome> {
    let store = ctx.store()?;
    let now = ctx.now;
    let edited = store.update(Missing::Fail, |keyfile| {
        let Some(index) = keyfile.keys.iter().position(|r| r.id == id) else {
            return Ok(Change::Keep(None));
        };
        Ok(match edit {
            Edit::Remove => {
                let record = keyfile.keys.remove(index);
                let message = format!("removed key {}", KeyView::label_of(&record));
                Change::Write(Some((message, record)))
            }
            Edit::Revoke(_) if keyfile.keys[index].revoked_at.is_some() => {
                let record = keyfile.keys[index].clone();
                Change::Keep(Some((format!("key {id} was already revoked"), record)))
            }
            Edit::Revoke(reason) => {
                let record = &mut keyfile.keys[index];
                record.revoked_at = Some(now);
                record.revoked_reason = reason;
                let message = format!("revoked key {}", KeyView::label_of(record));
                Change::Write(Some((message, record.clone())))
            }
        })
    })?;
    let Some((message, record)) = edited else {
        return not_found(id, &store, ctx.printer);
    };
    if ctx.printer.is_json() {
        ctx.printer.json(&KeyView::of(&record, ctx.now))?;
    } else {
        ctx.printer.line(message)?;
    }
    Ok(Outcome::Success)
}

fn list(args: &ListArgs, ctx: &mut Context) -> Result<Outcome> {
    ctx.printer.with_format(args.output.format);
    let store = ctx.store()?;
    let keyfile = store.load()?;
    let mut views: Vec<KeyView> = keyfile
        .keys
        .iter()
        .map(|r| KeyView::of(r, ctx.now))
        .filter(|v| args.status.is_empty() || args.status.iter().any(|s| s.includes(v.status)))
        .collect();
    views.sort_by(|a, b| (a.created_at, &a.id).cmp(&(b.created_at, &b.id)));
    if views.is_empty() && !ctx.printer.is_json() {
        ctx.printer.note(if keyfile.keys.is_empty() {
            format!("no keys in {}", store.path().display())
        } else {
            "no keys with that status".to_owned()
        });
        return Ok(Outcome::Success);
    }
    ctx.printer.key_table(&views, ctx.now)?;
    Ok(Outcome::Success)
}

fn check(args: &CheckArgs, ctx: &mut Context) -> Result<Outcome> {
    ctx.printer.with_format(args.output.format);
    let required = clean_scopes(&args.scopes)?;
    let (secret, source) = secret::read(args.key.as_deref(), "Key to check: ")?;
    warn_if_argv(&source, ctx.printer);
    // Pasted as it is sent (`Authorization: Bearer kw_…`, in quotes), as inspect and jwt take it.
    let report = match std::str::from_utf8(secret.expose()) {
        Err(e) => negative(
            Reason::Malformed,
            format!("not UTF-8 text: a bad byte at byte {}", e.valid_up_to()),
            None,
        ),
        Ok(text) => check_text(crate::jwt::token::extract(text), &required, ctx)?,
    };
    ctx.printer.check_report(&report, ctx.now)?;
    Ok(if report.valid {
        Outcome::Success
    } else {
        Outcome::Negative
    })
}

fn check_text(text: &str, required: &[String], ctx: &mut Context) -> Result<CheckReport> {
    Ok(match ApiKey::parse(text) {
        Err(KeyFormatError::Malformed(why)) => negative(Reason::Malformed, why, None),
        Err(e @ KeyFormatError::BadChecksum) => negative(Reason::BadChecksum, e.to_string(), None),
        Ok(key) => check_parsed(&key, &ctx.store()?, required, ctx.now)?,
    })
}

/// Checks a well-formed key against the keyfile: its record, its hash, revocation, expiry and the
/// scopes required.
pub(crate) fn check_parsed(
    key: &ApiKey,
    store: &Store,
    required: &[String],
    now: Timestamp,
) -> Result<CheckReport> {
    match store.find(key.id())? {
        None => Ok(negative(
            Reason::UnknownKey,
            format!("no key with id {} in {}", key.id(), store.path().display()),
            None,
        )),
        Some(record) => judge(key, &record, required, now).map_err(|e| Error::KeyfileInvalid {
            path: store.path().to_owned(),
            message: format!("record {}: {e}", record.id),
        }),
    }
}

/// Authenticates the key against its record, then applies revocation, expiry and scopes. An error
/// means the record itself is unusable (a malformed hash, or costs outside the keyfile's bounds).
fn judge(
    key: &ApiKey,
    record: &KeyRecord,
    required: &[String],
    now: Timestamp,
) -> std::result::Result<CheckReport, String> {
    let phc = Phc::parse(&record.hash)
        .and_then(|phc| phc.check_limits(&CostLimits::KEYFILE).map(|()| phc))
        .map_err(|e: PhcError| e.to_string())?;
    let view = KeyView::of(record, now);
    if !phc
        .matches(key.expose().as_bytes())
        .map_err(|e| e.to_string())?
    {
        // Whoever holds a forged key (a known id, a valid checksum) learns the id only: not the
        // record's name, scopes, status or revocation reason.
        return Ok(negative(
            Reason::Mismatch,
            format!(
                "the key does not match the stored hash of key {}",
                record.id
            ),
            None,
        ));
    }
    if let Some(at) = record.revoked_at.filter(|at| *at <= now) {
        let mut message = format!("revoked {}, at {at}", time::relative(at, now));
        if let Some(reason) = &record.revoked_reason {
            message.push_str(&format!(": {}", crate::output::printable(reason)));
        }
        return Ok(negative(Reason::Revoked, message, Some(view)));
    }
    if let Some(at) = record.expires_at.filter(|at| *at <= now) {
        let mut message = format!("expired {}, at {at}", time::relative(at, now));
        if let Some(next) = &record.rotated_to {
            message.push_str(&format!("; rotated to key {next}"));
        }
        return Ok(negative(Reason::Expired, message, Some(view)));
    }
    let missing: Vec<&str> = required
        .iter()
        .filter(|s| !record.scopes.contains(s))
        .map(String::as_str)
        .collect();
    if !missing.is_empty() {
        return Ok(negative(
            Reason::MissingScope,
            format!("the key lacks scope {}", missing.join(", ")),
            Some(view),
        ));
    }
    Ok(CheckReport {
        valid: true,
        reason: None,
        message: "valid".into(),
        key: Some(view),
    })
}

fn negative(reason: Reason, message: String, key: Option<KeyView>) -> CheckReport {
    CheckReport {
        valid: false,
        reason: Some(reason),
        message,
        key,
    }
}

fn rotate(args: &RotateArgs, ctx: &mut Context) -> Result<Outcome> {
    ctx.printer.with_format(args.output.format);
    let now = ctx.now;
    let id = key_id(&args.id, ctx.printer)?;
    let grace = time::parse_span(&args.grace).map_err(|e| Error::Usage(format!("--grace {e}")))?;
    let old_ends = time::add(now, grace).map_err(|e| Error::Usage(format!("--grace: {e}")))?;
    if old_ends < now {
        return Err(Error::Usage("--grace cannot be negative".into()));
    }
    let expires = args
        .expires
        .as_deref()
        .map(|when| future_moment(when, now, "--expires"))
        .transpose()?;
    let store = ctx.store()?;
    // Checked once here, to hash the new key outside the lock, and again under it.
    let Some(old) = store.find(&id)? else {
        return not_found(&id, &store, ctx.printer);
    };
    rotatable(&old, now)?;
    let lifetime = old.expires_at.map(|at| at.duration_since(old.created_at));
    let template = KeyTemplate {
        prefix: old.prefix.clone(),
        name: old.name.clone(),
        scopes: old.scopes.clone(),
        expires_at: expires.or(lifetime
            .and_then(|d| now.checked_add(d).ok())
            .map(time::truncate)),
    };
    let mut new = template.generate(now)?;
    let mut ends = old_ends;
    commit_after_showing(
        &store,
        ctx.printer,
        Missing::Fail,
        &mut new,
        |keyfile, new| {
            while keyfile.contains(&new.id) {
                *new = template.generate(now)?;
            }
            let Some(record) = keyfile.get_mut(&id) else {
                return Err(Error::Usage(format!(
                    "key {id} was removed while rotating; nothing changed"
                )));
            };
            rotatable(record, now)?;
            // A grace longer than the key had left does not lengthen its life.
            ends = record.expires_at.map_or(old_ends, |at| at.min(old_ends));
            record.expires_at = Some(ends);
            record.rotated_to = Some(new.id.clone());
            let mut replacement = new.record();
            replacement.rotated_from = Some(id.clone());
            keyfile.keys.push(replacement);
            Ok(())
        },
        // If the new key cannot be shown, the old one keeps working.
        |printer, new| printer.generated_keys(std::slice::from_ref(new)),
    )?;
    let until = if ends <= now {
        "stopped working now".to_owned()
    } else {
        format!("works until {ends} ({})", time::relative(ends, now))
    };
    ctx.printer.note(format!(
        "key {} replaces {id}, which {until}; the new key is shown once",
        new.id
    ));
    Ok(Outcome::Success)
}

/// Only a key that still works, and has not been replaced already, can be rotated.
fn rotatable(record: &KeyRecord, now: Timestamp) -> Result<()> {
    if let Some(next) = &record.rotated_to {
        return Err(Error::Usage(format!(
            "key {} was already rotated to {next}; rotate {next} instead",
            record.id
        )));
    }
    let status = Status::of(record, now);
    if matches!(status, Status::Revoked | Status::Expired) {
        return Err(Error::Usage(format!(
            "key {} is {}; rotate replaces a key that still works (use keygen for a new one)",
            record.id,
            status.label()
        )));
    }
    format::validate_prefix(&record.prefix).map_err(|why| Error::KeyfileInvalid {
        path: format!("record {}", record.id).into(),
        message: why,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(expires_at: Option<&str>, revoked_at: Option<&str>) -> KeyRecord {
        KeyRecord {
            id: "AAAAAAAA".into(),
            name: None,
            prefix: "kw".into(),
            hash: String::new(),
            scopes: vec![],
            created_at: "2026-01-01T00:00:00Z".parse().unwrap(),
            expires_at: expires_at.map(|s| s.parse().unwrap()),
            revoked_at: revoked_at.map(|s| s.parse().unwrap()),
            revoked_reason: None,
            rotated_from: None,
            rotated_to: None,
            extra: Default::default(),
        }
    }

    #[test]
    fn status_follows_revocation_then_expiry() {
        let now: Timestamp = "2026-11-28T00:00:00Z".parse().unwrap();
        assert_eq!(Status::of(&record(None, None), now), Status::Active);
        assert_eq!(
            Status::of(&record(Some("2027-01-01T00:00:00Z"), None), now),
            Status::Active
        );
        assert_eq!(
            Status::of(&record(Some("2026-12-04T00:00:00Z"), None), now),
            Status::ExpiringSoon
        );
        assert_eq!(
            Status::of(&record(Some("2026-11-28T00:00:00Z"), None), now),
            Status::Expired
        );
        assert_eq!(
            Status::of(
                &record(Some("2020-01-01T00:00:00Z"), Some("2026-11-01T00:00:00Z")),
                now
            ),
            Status::Revoked
        );
    }

    #[test]
    fn random_keys_are_well_formed_and_distinct() {
        let a = random_base62(SECRET_LEN).unwrap();
        let b = random_base62(SECRET_LEN).unwrap();
        assert_eq!(a.len(), SECRET_LEN);
        assert!(a.bytes().all(|c| c.is_ascii_alphanumeric()));
        assert_ne!(a, b);
    }

    #[test]
    fn ids_are_taken_from_ids_or_whole_keys() {
        let mut printer = Printer::new(Box::new(std::io::sink()), Box::new(std::io::sink()));
        assert_eq!(key_id("4fTq9ZbX", &mut printer).unwrap(), "4fTq9ZbX");
        let key = ApiKey::assemble("kw", "4fTq9ZbX", &"a".repeat(SECRET_LEN));
        assert_eq!(key_id(key.expose(), &mut printer).unwrap(), "4fTq9ZbX");
        let err = key_id("kw_4fTq9ZbX_not-a-key-at-all", &mut printer)
            .unwrap_err()
            .to_string();
        assert!(err.contains("at byte 15") && !err.contains("4fTq"), "{err}");
    }

    #[test]
    fn scopes_are_words_and_deduplicated() {
        let scopes = clean_scopes(&["read".into(), " write ".into(), "read".into()]).unwrap();
        assert_eq!(scopes, ["read", "write"]);
        assert!(clean_scopes(&["".into()]).is_err());
        assert!(clean_scopes(&["read write".into()]).is_err());
    }
}
