use std::io::Write;
use std::process::ExitCode;

use clap::Parser;
use keyward::cli::Cli;

fn main() -> ExitCode {
    keyward::install_panic_hook();
    let cli = Cli::parse();
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
