use std::io::Write;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};
use keyward::cli::Cli;

fn main() -> ExitCode {
    keyward::install_panic_hook();
    // Parsed by hand rather than with `Cli::parse()` so that clap's command tree is not freed: the
    // process ends right after, and freeing it costs about as much as parsing (a third of the
    // start-up of a one-token `jwt` command).
    let mut command = std::mem::ManuallyDrop::new(Cli::command());
    let matches = command.get_matches_mut();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    std::mem::forget(matches);
    match keyward::run(cli) {
        Ok(outcome) => outcome.into(),
        Err(e) => {
            let mut stderr = anstream::stderr();
            let red = anstyle::AnsiColor::Red.on_default().bold();
            let _ = writeln!(stderr, "{red}error:{red:#} {e}");
            e.exit_code()
        }
    }
}
