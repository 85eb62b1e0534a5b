//! `claimtrack audit`: how claims are sourced, per document and per outlet.

use super::args::AuditArgs;
use super::paging::{Noun, TERMINAL_PAGE, left_out_note, thousands, to_terminal};
use super::table::{Column, TableStream, share, write_records};
use super::terminal::{FAINT, cut, plural};
use super::{Context, note};
use claimtrack::error::{Error, Result};
use claimtrack::output::{Format, ObjectStream, RecordStream};
use claimtrack::store::{
    AuditScope, AuditSummary, DEFAULT_RANKED_DOCUMENTS, DocumentSourcing, Store, UnsourcedClaim,
    default_listed_documents,
};
use std::io::Write;

pub fn audit(ctx: &mut Context, args: AuditArgs) -> Result<()> {
    let store = ctx.open_store_for_reading()?;
    let document = args
        .doc
        .as_deref()
        .map(|d| store.resolve_document(d))
        .transpose()?;
    if let Some(outlet) = &args.outlet {
        super::filters::require_outlet(&store, outlet)?;
    }
    let scope = AuditScope {
        document_id: document.as_ref().map(|d| d.id),
        outlet: args.outlet.clone(),
    };
    let listed_documents = match (args.all_claims, args.top) {
        (true, _) => usize::MAX,
        (false, Some(n)) => n,
        (false, None) => default_listed_documents(&scope),
    };
    let ranked = match (args.limit, args.all) {
        (Some(limit), _) => Some(limit),
        (None, true) => None,
        (None, false) if to_terminal(ctx) => Some(TERMINAL_PAGE),
        (None, false) => Some(DEFAULT_RANKED_DOCUMENTS),
    };
    let format = ctx.format_or(Format::Table);
    let style = ctx.style;
    if format == Format::Table {
        writeln!(
            ctx.out,
            "{}",
            style.heading("Documents, most unsourced first")
        )?;
    }
    // The ranked documents go out as they come, in every format (a table a slice of rows at
    // a time); the rest of the audit is read from the kept counts.
    let document_columns = document_columns();
    let mut sink = match format {
        Format::Json | Format::Jsonl => {
            let mut report = ObjectStream::new(&mut ctx.out, format)?;
            report.begin_array("documents")?;
            Sink::Report(report)
        }
        Format::Csv => Sink::Csv(RecordStream::new(&mut ctx.out, format)?),
        Format::Table => Sink::Table(TableStream::new(&mut ctx.out, style, &document_columns)),
    };
    let mut shown = 0u64;
    store.each_document_sourcing(&scope, ranked, &mut |document| {
        shown += 1;
        match &mut sink {
            Sink::Report(report) => Ok(report.element(&document)?),
            Sink::Csv(csv) => Ok(csv.write(&document)?),
            Sink::Table(table) => Ok(table.write(&document)?),
        }
    })?;
    // CSV has the document rows only; the other formats go on with the summary.
    let documents_total = match sink {
        Sink::Csv(csv) => {
            csv.finish()?;
            store.document_tally(&scope)?.documents
        }
        Sink::Report(mut report) => {
            let summary = store.audit_summary(&scope, listed_documents)?;
            report.end_array()?;
            report.fields(&summary)?;
            report.finish()?;
            summary.documents_total
        }
        Sink::Table(table) => {
            table.finish()?;
            let summary = store.audit_summary(&scope, listed_documents)?;
            print_outlets_and_unsourced(ctx, &summary)?;
            summary.documents_total
        }
    };
    ctx.out.flush()?;
    if let Some(more) = documents_total.checked_sub(shown).filter(|&n| n > 0) {
        note(left_out_note(more, Noun("document", "documents")));
    }
    if let Some(limit) = args.max_unsourced {
        check_unsourced_share(&store, &scope, limit)?;
    }
    Ok(())
}

/// Fails the check when a document in scope has a larger unsourced share than `limit`, naming
/// them (the first 20), whether or not the ranking listed them.
fn check_unsourced_share(store: &Store, scope: &AuditScope, limit: f64) -> Result<()> {
    const NAMED: usize = 20;
    let over = store.documents_over(scope, limit)?;
    if over.is_empty() {
        return Ok(());
    }
    let mut names: Vec<String> = over
        .iter()
        .take(NAMED)
        .map(|d| format!("{} ({:.3})", d.short_hash, d.counts.unsourced_share))
        .collect();
    if over.len() > NAMED {
        names.push(format!(
            "and {} more",
            thousands((over.len() - NAMED) as u64)
        ));
    }
    Err(Error::check_failed(format!(
        "{} document{} over the unsourced share of {limit}: {}",
        over.len(),
        if over.len() == 1 { " is" } else { "s are" },
        names.join(", ")
    )))
}

/// Where an audit's documents go: JSON and JSON Lines write the report's documents field as
/// they come, CSV (which has only the documents) its rows, and a table collects them.
enum Sink<'o> {
    Report(ObjectStream<'o>),
    Csv(RecordStream<'o, DocumentSourcing>),
    Table(TableStream<'o>),
}

/// The counts by source kind, which a narrow terminal drops (the total and the unsourced
/// share stay).
const SOURCING_COLUMNS: [Column; 6] = [
    Column::keep("CLAIMS", "claims"),
    Column::detail("NAMED", "named", 5),
    Column::detail("ANONYMOUS", "anonymous", 4),
    Column::detail("VAGUE", "vague", 3),
    Column::detail("NONE", "none", 2),
    Column::keep("UNSOURCED SHARE", "unsourced_share").rendered(share),
];

/// The columns of the audit's documents table.
fn document_columns() -> Vec<Column> {
    let mut columns = vec![
        Column::keep("DOC", "short_hash"),
        Column::detail("OUTLET", "outlet", 1),
    ];
    columns.extend(SOURCING_COLUMNS);
    columns.push(Column::content("TITLE", "title"));
    columns
}

/// The audit's tables after the documents' (which stream): the outlets, and the unsourced
/// claims of the listed documents.
fn print_outlets_and_unsourced(ctx: &mut Context, summary: &AuditSummary) -> Result<()> {
    let style = ctx.style;
    writeln!(ctx.out)?;
    writeln!(ctx.out, "{}", style.heading("Outlets"))?;
    let mut columns = vec![
        Column::name("OUTLET", "outlet"),
        Column::keep("DOCUMENTS", "documents"),
    ];
    columns.extend(SOURCING_COLUMNS);
    write_records(
        &mut ctx.out,
        Format::Table,
        style,
        &summary.outlets,
        &columns,
    )?;
    writeln!(ctx.out)?;
    let unsourced = &summary.unsourced;
    let claims = plural(unsourced.len() as u64, "claim", "claims");
    let listed = summary.listed_documents;
    let shown = if (listed as u64) < summary.unsourced_documents {
        format!(
            "{claims} of the {listed} most unsourced of {} documents; --top N or --all-claims for more",
            summary.unsourced_documents
        )
    } else {
        claims
    };
    writeln!(
        ctx.out,
        "{}",
        style.heading(&format!("Claims without a named source ({shown})"))
    )?;
    let width = style.width;
    let mut current = None;
    for UnsourcedClaim { claim, sentence } in unsourced {
        if current != Some(&claim.doc_sha256) {
            current = Some(&claim.doc_sha256);
            let title = claim.doc_title.as_deref().unwrap_or("(untitled)");
            let line = format!("{}  {title}", claim.doc_short);
            writeln!(ctx.out, "\n  {}", cut(&line, width.saturating_sub(2)))?;
        }
        let source = claim.claim.source.as_deref().unwrap_or("(no source)");
        let line = format!(
            "[{}] {} [{}] {}",
            claim.claim.source_kind,
            source,
            claim.claim.cue.as_deref().unwrap_or("-"),
            claim.claim.content
        );
        writeln!(ctx.out, "    {}", cut(&line, width.saturating_sub(4)))?;
        writeln!(
            ctx.out,
            "      {}",
            style.paint(FAINT, &cut(sentence, width.saturating_sub(6)))
        )?;
    }
    Ok(())
}
