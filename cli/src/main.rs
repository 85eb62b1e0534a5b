//! The `claimtrack` binary: the command line's argument definitions and the commands that turn
//! them into calls on the library's store and extractor. It parses, runs, and maps errors to
//! exit codes (0 success, 1 user error, 2 bad usage, 3 a failed check; a closed pipe is
//! success). The library knows nothing of clap; everything about flags and commands is here.

mod args;
mod audit;
mod claims;
mod compare;
mod diff;
mod documentation;
mod documents;
mod eval;
mod explain;
mod extract;
mod filters;
mod history;
mod ingest;
mod maintenance;
mod paging;
mod serve;
mod speakers;
mod table;
mod terminal;

use args::{ClaimCommand, Cli, Command, FormatChoice, SpeakerCommand};
use claimtrack::error::{Error, ErrorKind, Result};
use claimtrack::linked_data::LinkedFormat;
use claimtrack::output::Format;
use claimtrack::store::Store;
use clap::Parser;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::time::Duration;

/// What every command gets: where the database is, how to print, and where to.
pub struct Context {
    db: PathBuf,
    format: Option<Format>,
    /// A linked-data vocabulary asked for with `--format`; only `export` writes one.
    linked: Option<LinkedFormat>,
    pub style: terminal::Style,
    /// Whether stdout is a terminal, where a person reads it as it comes.
    pub stdout_is_terminal: bool,
    pub out: BufWriter<io::StdoutLock<'static>>,
}

impl Context {
    /// The store, which must exist already: a command run in the wrong folder says so instead
    /// of creating an empty database and answering from it.
    pub fn open_store(&self) -> Result<Store> {
        self.require_database()?;
        Store::open(&self.db)
    }

    /// The store, created if there is none: for the commands that add documents or claims
    /// (`ingest`, `import`, `claim add`).
    pub fn open_or_create_store(&self) -> Result<Store> {
        Store::open(&self.db)
    }

    /// The store on a read-only connection, for commands that never write: they never wait
    /// for a writer and work on a database that cannot be written.
    pub fn open_store_for_reading(&self) -> Result<Store> {
        self.require_database()?;
        Store::open_for_reading(&self.db)
    }

    fn require_database(&self) -> Result<()> {
        claimtrack::store::check_database_path(&self.db)?;
        if std::fs::symlink_metadata(&self.db).is_ok() {
            return Ok(());
        }
        Err(
            Error::user(format!("{}: no such database", self.db.display())).with_hint(
                "`claimtrack ingest FILES` creates it; name another with --db PATH or CLAIMTRACK_DB",
            ),
        )
    }

    /// The format asked for, or this command's default.
    pub fn format_or(&self, default: Format) -> Format {
        self.format.unwrap_or(default)
    }
}

/// Prints a message for the user on stderr (never on stdout, which carries data).
pub fn note(message: impl std::fmt::Display) {
    let _ = writeln!(
        terminal::stderr(),
        "{}",
        terminal::labelled(&message.to_string())
    );
}

/// Prints an error, and its hint if it has one, on stderr.
pub fn report(err: &claimtrack::error::Error) {
    let shown = explain::explain(err);
    note(format!("error: {}", shown.message));
    if let Some(hint) = &shown.hint {
        note(format!("hint: {hint}"));
    }
}

/// Says on stderr that a command is waiting for another process's write to end.
fn note_waiting(db: &std::path::Path, waited: Duration, limit: Duration) {
    note(format!(
        "note: waiting for another process to finish writing {} ({} s so far, at most {} s; see --busy-timeout)",
        db.display(),
        waited.as_secs(),
        limit.as_secs()
    ));
}

fn main() {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            // --help and --version are not errors; clap prints them on stdout.
            let code = if err.use_stderr() { 2 } else { 0 };
            let _ = err.print();
            std::process::exit(code);
        }
    };
    let Err(err) = run(cli) else {
        return;
    };
    if err.kind != ErrorKind::ClosedPipe {
        report(&err);
    }
    std::process::exit(err.kind.exit_code());
}

fn run(cli: Cli) -> Result<()> {
    claimtrack::store::set_busy_timeout(Duration::from_secs(cli.busy_timeout), Some(note_waiting));
    let (format, linked) = match cli.format.map(FormatChoice::from) {
        Some(FormatChoice::Output(format)) => (Some(format), None),
        Some(FormatChoice::Linked(_)) if !matches!(cli.command, Command::Export) => {
            return Err(Error::usage(
                "--format web-annotation and --format schema-claim are for `export` only",
            )
            .with_hint("other commands write table, json, jsonl or csv"));
        }
        Some(FormatChoice::Linked(linked)) => (None, Some(linked)),
        None => (None, None),
    };
    let mut ctx = Context {
        db: cli.db.unwrap_or_else(|| PathBuf::from("claimtrack.db")),
        format,
        linked,
        style: terminal::detect(),
        stdout_is_terminal: io::stdout().is_terminal(),
        out: BufWriter::new(io::stdout().lock()),
    };
    let result = match cli.command {
        Command::Ingest(args) => ingest::run(&mut ctx, args),
        Command::Reextract(args) => ingest::reextract(&mut ctx, args),
        Command::Docs(page) => documents::list(&mut ctx, page),
        Command::Show(args) => documents::show(&mut ctx, args),
        Command::Claims(args) => claims::list(&mut ctx, args),
        Command::Claim { command } => match command {
            ClaimCommand::Add(args) => claims::add(&mut ctx, args),
            ClaimCommand::Edit(args) => claims::edit(&mut ctx, args),
            ClaimCommand::Rm(args) => claims::remove(&mut ctx, args),
            ClaimCommand::Review(args) => claims::review(&mut ctx, args),
        },
        Command::Speakers(args) => speakers::list(&mut ctx, args),
        Command::Speaker { command } => match command {
            SpeakerCommand::Alias { command } => speakers::alias(&mut ctx, command),
            SpeakerCommand::Merge { name, other } => speakers::merge(&mut ctx, &name, &other),
            SpeakerCommand::Unmerge { name } => speakers::unmerge(&mut ctx, &name),
            SpeakerCommand::Rename { name, new_name } => {
                speakers::rename(&mut ctx, &name, &new_name)
            }
        },
        Command::Diff(args) => diff::run(&mut ctx, args),
        Command::Compare(args) => compare::compare(&mut ctx, args),
        Command::Audit(args) => audit::audit(&mut ctx, args),
        Command::Extract(args) => extract::extract(&mut ctx, args),
        Command::Eval(args) => eval::eval(&mut ctx, args),
        Command::Verify(args) => maintenance::verify(&mut ctx, args),
        Command::Log(args) => history::log(&mut ctx, args),
        Command::Export => maintenance::export(&mut ctx),
        Command::Import(args) => maintenance::import(&mut ctx, args),
        Command::Completions { shell } => documentation::completions(&mut ctx, shell),
        Command::Man => documentation::man_page(&mut ctx),
        Command::Serve(args) => serve::serve(&ctx, args),
    };
    let flushed = ctx.out.flush();
    result.map_err(|err| err.at_database(&ctx.db))?;
    flushed?;
    Ok(())
}
