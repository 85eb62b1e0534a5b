//! `claimtrack verify`, `export` and `import`: commands that look after the database as a body
//! of evidence (is it intact, can it be carried elsewhere) rather than query it.

use super::args::{ImportArgs, VerifyArgs};
use super::table::{Column, write_records};
use super::terminal::plural;
use super::{Context, note};
use claimtrack::error::{Error, Result};
use claimtrack::linked_data::{LinkedDataWriter, LinkedFormat};
use claimtrack::output::Format;
use claimtrack::store::{ExportFormat, ImportReport, ImportTally, Problem, short_hash};
use serde_json::Value;
use std::io::{self, BufRead, BufReader};

pub fn verify(ctx: &mut Context, args: VerifyArgs) -> Result<()> {
    if args.recount {
        ctx.open_store()?.recount()?;
        note("counted every claim again for audit and speakers");
    }
    let store = ctx.open_store_for_reading()?;
    let format = ctx.format_or(Format::Table);
    let style = ctx.style;
    let columns = [
        Column::keep("KIND", "kind"),
        Column::keep("DOC", "document_sha256").rendered(|value| {
            value
                .as_str()
                .map_or("-".into(), |sha| short_hash(sha).to_string())
        }),
        Column::keep("CLAIM", "claim_id").rendered(|value| match value {
            Value::Number(id) => id.to_string(),
            _ => "-".to_string(),
        }),
        Column::content("DETAIL", "detail"),
    ];
    // JSON Lines goes out as problems are found; the other formats need them all first (a
    // table to size its columns), which costs memory only in proportion to what is wrong.
    let mut problems: Vec<Problem> = Vec::new();
    let mut miscounted = false;
    let out = &mut ctx.out;
    let counts = store.verify(&mut |problem| {
        miscounted |= problem.kind == "count_mismatch";
        if format == Format::Jsonl {
            write_records(out, format, style, std::slice::from_ref(&problem), &columns)?;
        } else {
            problems.push(problem);
        }
        Ok(())
    })?;
    // With --head, a clean check prints the head instead of an empty list.
    let quiet_when_clean = format == Format::Table || args.head;
    if format != Format::Jsonl && !(quiet_when_clean && problems.is_empty()) {
        write_records(&mut ctx.out, format, style, &problems, &columns)?;
    }
    drop(store);
    let summary = format!(
        "checked {} and {}: {}",
        plural(counts.documents, "document", "documents"),
        plural(counts.claims, "claim", "claims"),
        plural(counts.problems, "problem", "problems"),
    );
    if counts.problems == 0 {
        note(summary);
        return if args.head {
            super::history::print_head(ctx, counts.head)
        } else {
            Ok(())
        };
    }
    let hint = if miscounted {
        "the counts that audit and speakers read differ from the claims; `claimtrack verify --recount` counts the claims again (other problems mean the stored text or claims were changed outside claimtrack)"
    } else {
        "the stored text or claims were changed outside claimtrack; `claimtrack show DOC` shows a document with its claims marked"
    };
    Err(Error::check_failed(summary).with_hint(hint))
}

pub fn export(ctx: &mut Context) -> Result<()> {
    if let Some(linked) = ctx.linked {
        return export_linked(ctx, linked);
    }
    let format = match ctx.format_or(Format::Jsonl) {
        Format::Jsonl => ExportFormat::Jsonl,
        Format::Json => ExportFormat::Json,
        Format::Table | Format::Csv => {
            return Err(Error::usage(
                "export: --format must be jsonl (the default), json, web-annotation or schema-claim",
            ));
        }
    };
    let store = ctx.open_store_for_reading()?;
    store.export(&mut ctx.out, format)
}

/// Every claim as linked data, one document at a time; says on stderr how many it wrote.
fn export_linked(ctx: &mut Context, format: LinkedFormat) -> Result<()> {
    let store = ctx.open_store_for_reading()?;
    let mut writer = LinkedDataWriter::start(&mut ctx.out, format)?;
    store.each_document_with_claims(&mut |doc, claims| writer.document(doc, claims))?;
    let written = writer.finish()?;
    note(format!(
        "exported {written} claim{}",
        if written == 1 { "" } else { "s" }
    ));
    Ok(())
}

pub fn import(ctx: &mut Context, args: ImportArgs) -> Result<()> {
    // The input is opened first, so that a mistyped file name does not create a database.
    let (origin, mut input): (String, Box<dyn BufRead>) = if args.file.as_os_str() == "-" {
        ("<stdin>".to_string(), Box::new(io::stdin().lock()))
    } else {
        let origin = args.file.display().to_string();
        let file = std::fs::File::open(&args.file)
            .map_err(|err| Error::user(format!("{origin}: cannot open: {err}")))?;
        (origin, Box::new(BufReader::new(file)))
    };
    let mut store = ctx.open_or_create_store()?;
    let report = store.import(&mut *input, &origin)?;
    for message in &report.notes {
        note(format!("note: {message}"));
    }
    note(import_summary(&origin, &report));
    Ok(())
}

fn import_summary(origin: &str, report: &ImportReport) -> String {
    let tally = |what: &str, tally: ImportTally| {
        format!(
            "{what} {} added, {} already present",
            tally.added, tally.skipped
        )
    };
    format!(
        "imported {origin}: {}; {}; {}; {}; {}; {}",
        tally("documents", report.documents),
        tally("speakers", report.speakers),
        tally("aliases", report.aliases),
        tally("claims", report.claims),
        tally("merges", report.merges),
        tally("changes", report.changes),
    )
}
