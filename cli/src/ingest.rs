//! `claimtrack ingest` and `claimtrack reextract`.
//!
//! A long ingest shows a progress bar on stderr (indicatif) when stderr is a terminal. On a
//! terminal, a table-format ingest prints its summary rather than a line per document (unless
//! `--verbose`); written to a pipe or a file, every document has its line, as scripts expect.
//! Whatever reaches the terminal while the bar is drawn is written with the bar lifted, so the
//! two never share a line.

use super::args::{IngestArgs, ReextractArgs};
use super::explain::explain;
use super::{Context, note, report};
use claimtrack::error::{Error, Result};
use claimtrack::ingest::{IngestEvent, IngestOptions, ingest};
use claimtrack::input::{self, ArchiveFormat, InputSource, Metadata};
use claimtrack::output::{Format, write_csv_row};
use claimtrack::store::short_hash;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::Serialize;
use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};

/// One line of ingest output. Keys are stable (see README).
#[derive(Serialize)]
struct IngestRecord<'a> {
    status: &'a str,
    origin: &'a str,
    sha256: Option<&'a str>,
    claims: Option<usize>,
    error: Option<&'a str>,
}

pub fn run(ctx: &mut Context, args: IngestArgs) -> Result<()> {
    let mut metadata = Metadata {
        outlet: args.outlet,
        title: args.title,
        url: args.url,
        published: args.published,
        byline: args.byline,
    };
    // Check flag values before anything is read or written.
    // The messages begin with the field's name ("published: bad date"): make it the flag's.
    metadata.published = input::check_metadata(&metadata).map_err(|mut err| {
        err.message.insert_str(0, "--");
        err
    })?;
    let options = IngestOptions {
        metadata,
        extract: !args.no_extract,
        threads: args.jobs.unwrap_or(0),
        max_bytes: args.max_bytes,
        ..IngestOptions::default()
    };
    let mut store = ctx.open_or_create_store()?;
    let sources = input::expand_paths(&args.paths);
    // A compressed web archive gives more bytes than its size: no total, no estimate.
    let total_bytes = sources
        .iter()
        .map(|source| match source.as_ref().ok() {
            Some(InputSource::Archive(_, ArchiveFormat::WarcGz)) => None,
            source => source
                .and_then(InputSource::path)
                .and_then(|path| std::fs::metadata(path).ok())
                .map(|meta| meta.len()),
        })
        .sum::<Option<u64>>();
    let stop = stop_on_ctrl_c();
    let format = ctx.format_or(Format::Table);
    let progress = progress_bar(total_bytes);
    let mut write_error: Option<std::io::Error> = None;
    let to_terminal = ctx.stdout_is_terminal;
    let per_document = writes_each_document(format, to_terminal, args.verbose);
    let out = &mut ctx.out;
    write_start(out, format)?;
    let mut written = 0;
    let (mut documents, mut claims_added) = (0u64, 0usize);
    let mut on_event = |event: &IngestEvent<'_>| {
        let shown;
        let record = match event {
            IngestEvent::Added {
                origin,
                sha256,
                claims,
                bytes,
            }
            | IngestEvent::Reextracted {
                origin,
                sha256,
                added: claims,
                bytes,
                ..
            } => {
                claims_added += claims;
                advance(&progress, &mut documents, *bytes);
                IngestRecord {
                    status: "added",
                    origin,
                    sha256: Some(sha256),
                    claims: Some(*claims),
                    error: None,
                }
            }
            IngestEvent::AlreadyPresent {
                origin,
                sha256,
                bytes,
            } => {
                advance(&progress, &mut documents, *bytes);
                IngestRecord {
                    status: "present",
                    origin,
                    sha256: Some(sha256),
                    claims: None,
                    error: None,
                }
            }
            IngestEvent::Failed { origin, error } => {
                progress.suspend(|| report(error));
                shown = explain(error).message;
                IngestRecord {
                    status: "failed",
                    origin,
                    sha256: None,
                    claims: None,
                    error: Some(&shown),
                }
            }
        };
        let first = written == 0;
        written += 1;
        if !per_document {
            return;
        }
        // On a terminal the line goes out at once, with the bar lifted; into a pipe or a file,
        // it is buffered (the bar is on stderr, elsewhere).
        let wrote = if to_terminal {
            progress.suspend(|| {
                write_record(out, format, &record, first)?;
                out.flush()
            })
        } else {
            write_record(out, format, &record, first)
        };
        if let Err(err) = wrote {
            write_error.get_or_insert(err);
        }
    };
    let summary = ingest(
        &mut store,
        sources,
        Box::new(std::io::stdin()),
        &options,
        stop,
        &mut on_event,
    )?;
    progress.finish_and_clear();
    if let Some(err) = write_error {
        return Err(err.into());
    }
    write_end(&mut ctx.out, format, written)?;
    let mut said = format!(
        "{} added, {} already present, {} failed",
        summary.added, summary.present, summary.failed
    );
    if claims_added > 0 {
        said.push_str(&format!(
            "; {} extracted",
            super::terminal::plural(claims_added as u64, "claim", "claims")
        ));
    }
    note(said);
    if summary.interrupted {
        return Err(Error::user("interrupted: what was stored so far stays")
            .with_hint("run the same command again to continue where it stopped"));
    }
    if summary.failed > 0 {
        let others = if summary.added + summary.present > 0 {
            " (the others were stored)"
        } else {
            ""
        };
        return Err(Error::user(format!(
            "{} input{} could not be ingested{others}",
            summary.failed,
            if summary.failed == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

/// Whether each document gets its line on stdout: always for the formats programs read, and
/// for a table unless a person at a terminal would see thousands of them scroll by.
fn writes_each_document(format: Format, to_terminal: bool, verbose: bool) -> bool {
    format != Format::Table || !to_terminal || verbose
}

/// The progress bar on stderr: bytes read of the total when the inputs are files (a spinner
/// for standard input), documents, speed and time left. Hidden unless stderr is a terminal,
/// so that logs and pipes stay clean.
fn progress_bar(total_bytes: Option<u64>) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let (bar, template) = match total_bytes {
        Some(total) => (
            ProgressBar::new(total),
            "{bar:24} {percent:>3}%  {msg}  {binary_bytes}/{binary_total_bytes}  \
             {binary_bytes_per_sec}  {eta} left",
        ),
        None => (
            ProgressBar::new_spinner(),
            "{spinner} {msg}  {binary_bytes}  {binary_bytes_per_sec}  {elapsed}",
        ),
    };
    bar.set_draw_target(ProgressDrawTarget::stderr());
    bar.set_style(ProgressStyle::with_template(template).expect("a valid template"));
    bar
}

/// One more document of `bytes` read.
fn advance(progress: &ProgressBar, documents: &mut u64, bytes: usize) {
    *documents += 1;
    progress.inc(bytes as u64);
    if !progress.is_hidden() {
        progress.set_message(format!("{documents} documents"));
    }
}

/// A flag that the first Ctrl-C sets, so ingest stops after committing what it has; a second
/// Ctrl-C exits at once (still safe: every write is a transaction).
fn stop_on_ctrl_c() -> &'static AtomicBool {
    static STOP: AtomicBool = AtomicBool::new(false);
    let _ = ctrlc::set_handler(|| {
        if STOP.swap(true, Ordering::SeqCst) {
            std::process::exit(130);
        }
    });
    &STOP
}

/// The columns of `ingest --format csv`: the keys of its JSON records.
const CSV_HEADER: &str = "status,origin,sha256,claims,error";

/// What goes before the first record: a CSV header or a JSON array's opening, so that an
/// ingest that stores nothing still writes a valid file.
fn write_start(out: &mut dyn Write, format: Format) -> std::io::Result<()> {
    match format {
        Format::Csv => writeln!(out, "{CSV_HEADER}"),
        Format::Json => write!(out, "["),
        Format::Jsonl | Format::Table => Ok(()),
    }
}

/// What goes after the last record: the end of a JSON array.
fn write_end(out: &mut dyn Write, format: Format, written: usize) -> std::io::Result<()> {
    match format {
        Format::Json if written == 0 => writeln!(out, "]"),
        Format::Json => writeln!(out, "\n]"),
        _ => Ok(()),
    }
}

fn write_record(
    out: &mut dyn Write,
    format: Format,
    record: &IngestRecord<'_>,
    first: bool,
) -> std::io::Result<()> {
    match format {
        Format::Json => {
            write!(out, "{}", if first { "\n" } else { ",\n" })?;
            serde_json::to_writer(&mut *out, record).map_err(std::io::Error::from)
        }
        Format::Jsonl => {
            serde_json::to_writer(&mut *out, record)?;
            writeln!(out)
        }
        Format::Csv => write_csv_row(
            out,
            [
                record.status,
                record.origin,
                record.sha256.unwrap_or(""),
                &record.claims.map(|n| n.to_string()).unwrap_or_default(),
                record.error.unwrap_or(""),
            ],
        ),
        // A failure is reported on stderr, where a person reads it.
        Format::Table if record.status == "failed" => Ok(()),
        Format::Table => {
            let detail = match (record.status, record.claims) {
                ("added", Some(1)) => "1 claim".to_string(),
                ("added", Some(n)) => format!("{n} claims"),
                _ => "already present".to_string(),
            };
            writeln!(
                out,
                "{:<8} {}  {}  ({detail})",
                record.status,
                short_hash(record.sha256.unwrap_or("")),
                record.origin
            )
        }
    }
}

pub fn reextract(ctx: &mut Context, args: ReextractArgs) -> Result<()> {
    let mut store = ctx.open_store()?;
    let documents = match &args.doc {
        Some(prefix) => vec![store.resolve_document(prefix)?.id],
        None => store.document_ids()?,
    };
    let options = IngestOptions::default();
    let summary = claimtrack::ingest::reextract(&mut store, documents, &options, stop_on_ctrl_c())?;
    note(format!(
        "extractor {}: {} unreviewed extracted claims replaced by {}",
        claimtrack::extract::EXTRACTOR_VERSION,
        summary.removed,
        summary.added
    ));
    if summary.interrupted {
        return Err(
            Error::user("interrupted: the documents done so far stay done")
                .with_hint("run the same command again to finish"),
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_terminal_gets_the_summary_unless_verbose() {
        assert!(!writes_each_document(Format::Table, true, false));
        assert!(writes_each_document(Format::Table, true, true));
        // Into a pipe or a file, lines as scripts expect.
        assert!(writes_each_document(Format::Table, false, false));
        // Formats for programs are data, wherever they go.
        assert!(writes_each_document(Format::Jsonl, true, false));
        assert!(writes_each_document(Format::Csv, true, false));
    }
}
