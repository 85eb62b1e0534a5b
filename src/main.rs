//! The `claimtrack` binary: parse arguments, run, and map errors to exit codes
//! (0 success, 1 user error, 2 bad usage, 3 a failed check; a closed pipe is success).

use claimtrack::error::ErrorKind;
use clap::Parser;

fn main() {
    let cli = match claimtrack::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            // --help and --version are not errors; clap prints them on stdout.
            let code = if err.use_stderr() { 2 } else { 0 };
            let _ = err.print();
            std::process::exit(code);
        }
    };
    let Err(err) = claimtrack::cli::run(cli) else {
        return;
    };
    if err.kind != ErrorKind::ClosedPipe {
        eprintln!("error: {}", err.message);
        if let Some(hint) = &err.hint {
            eprintln!("hint: {hint}");
        }
    }
    std::process::exit(err.kind.exit_code());
}
