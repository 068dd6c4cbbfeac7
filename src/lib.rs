//! keyward: API keys and API tokens, done right.
//!
//! The binary is a thin shell over [`run`]; each concern has its own module, and only
//! [`output`] prints.

pub mod cli;
pub mod detect;
pub mod error;
pub mod inspect;
pub mod jwt;
pub mod keys;
pub mod lint;
pub mod output;
pub mod secret;
pub mod store;
pub mod time;

use std::io::Write;

use clap::CommandFactory;

use cli::{Cli, Command};
pub use error::{Error, Outcome, Result};
use output::Printer;

/// Runs one parsed command line.
pub fn run(cli: Cli) -> Result<Outcome> {
    let mut printer = Printer::stdio(cli.global.color, cli.global.quiet);
    let outcome = dispatch(cli, &mut printer);
    if let Err(error) = &outcome {
        printer.error_json(error);
    }
    printer.flush()?;
    outcome
}

fn dispatch(cli: Cli, printer: &mut Printer) -> Result<Outcome> {
    let mut ctx = keys::Context {
        printer,
        keyfile: cli.global.keyfile,
        insecure_keyfile: cli.global.insecure_keyfile,
        now: time::now(),
    };
    match &cli.command {
        Command::Keygen(args) => keys::keygen(args, &mut ctx),
        Command::Hash(args) => keys::hash(args, ctx.printer),
        Command::Keys(command) => keys::keys(command, &mut ctx),
        Command::Jwt(command) => jwt::run(command, ctx.printer, ctx.now),
        Command::Lint(args) => lint::run(args, ctx.printer),
        Command::Inspect(args) => inspect::run(args, &mut ctx),
        Command::Completions { shell } => {
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut Cli::command(), "keyward", &mut script);
            ctx.printer
                .line(String::from_utf8_lossy(&script).trim_end())?;
            Ok(Outcome::Success)
        }
    }
}

/// Replaces Rust's panic message and backtrace hint with one line and exit status 2: a panic is a
/// bug, and the user should see that, not a stack trace. The panic's message is left out: it can
/// quote the input (a string slice error prints the string), and the input may hold secrets.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let place = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let _ = writeln!(
            std::io::stderr(),
            "error: internal error{place} (this is a bug in keyward; please report it)"
        );
        std::process::exit(i32::from(error::EXIT_ERROR));
    }));
}
