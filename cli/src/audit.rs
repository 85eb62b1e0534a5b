//! `claimtrack audit` (how claims are sourced) and `claimtrack compare` (speakers by outlets).

use super::args::{AuditArgs, CompareArgs};
use super::paging::{TERMINAL_PAGE, thousands, to_terminal};
use super::table::{Column, Fit, TableStream, share, write_records, write_table};
use super::terminal::{FAINT, cut, plural};
use super::{Context, note};
use claimtrack::error::{Error, Result};
use claimtrack::output::{Format, ObjectStream, RecordStream};
use claimtrack::store::{
    AuditScope, CompareFilter, DEFAULT_RANKED_DOCUMENTS, DocumentSourcing, DocumentTally,
    OutletSourcing, Store, UnsourcedClaim, default_listed_documents,
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
    let tally = store.document_tally(&scope)?;
    let outlets = store.outlet_sourcing(&scope)?;
    let listed = store.most_unsourced_documents(&scope, listed_documents)?;
    let unsourced = store.unsourced_claims(&listed)?;
    match sink {
        Sink::Report(mut report) => {
            report.end_array()?;
            report.field("documents_total", &tally.documents)?;
            report.field("outlets", &outlets)?;
            report.field("unsourced_documents", &tally.unsourced)?;
            report.field("listed_documents", &listed.len())?;
            report.field("unsourced", &unsourced)?;
            report.finish()?;
        }
        Sink::Csv(csv) => csv.finish()?,
        Sink::Table(table) => {
            table.finish()?;
            print_outlets_and_unsourced(ctx, &outlets, tally, listed.len(), &unsourced)?;
        }
    }
    ctx.out.flush()?;
    if let Some(more) = tally.documents.checked_sub(shown).filter(|&n| n > 0) {
        let noun = if more == 1 { "document" } else { "documents" };
        note(format!(
            "… {} more {noun} in the ranking: --all or --limit N",
            thousands(more)
        ));
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
fn print_outlets_and_unsourced(
    ctx: &mut Context,
    outlets: &[OutletSourcing],
    tally: DocumentTally,
    listed: usize,
    unsourced: &[UnsourcedClaim],
) -> Result<()> {
    let style = ctx.style;
    writeln!(ctx.out)?;
    writeln!(ctx.out, "{}", style.heading("Outlets"))?;
    let mut columns = vec![
        Column::name("OUTLET", "outlet"),
        Column::keep("DOCUMENTS", "documents"),
    ];
    columns.extend(SOURCING_COLUMNS);
    write_records(&mut ctx.out, Format::Table, style, outlets, &columns)?;
    writeln!(ctx.out)?;
    let claims = plural(unsourced.len() as u64, "claim", "claims");
    let shown = if (listed as u64) < tally.unsourced {
        format!(
            "{claims} of the {listed} most unsourced of {} documents; --top N or --all-claims for more",
            tally.unsourced
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

fn stance_mix(cell: &claimtrack::store::CompareCell) -> String {
    let parts: Vec<String> = [
        ("assert", cell.assert),
        ("deny", cell.deny),
        ("hedge", cell.hedge),
        ("demand", cell.demand),
        ("commit", cell.commit),
    ]
    .iter()
    .filter(|(_, n)| *n > 0)
    .map(|(name, n)| format!("{n} {name}"))
    .collect();
    format!("{} ({})", cell.claims, parts.join(", "))
}

/// Says why a date range found nothing when undated documents are the reason: they are left
/// out by any date filter, and without the note an empty matrix looks like a bug.
fn explain_empty_date_range(store: &claimtrack::store::Store) -> Result<()> {
    let (undated, all) = store.undated_documents()?;
    if undated > 0 {
        crate::note(format!(
            "note: no claims in that date range; {undated} of {all} documents have no \
             publication date, and a date filter leaves them out (give one with `ingest \
             --published`, a sidecar's \"published\", or a page's date)"
        ));
    }
    Ok(())
}

pub fn compare(ctx: &mut Context, args: CompareArgs) -> Result<()> {
    let store = ctx.open_store_for_reading()?;
    let speaker_ids = args
        .speaker
        .as_deref()
        .map(|s| super::filters::require_speaker(&store, s))
        .transpose()?;
    let filter = CompareFilter {
        speaker_ids,
        since: args.since,
        until: args.until,
    };
    let cells = store.compare_matrix(&filter)?;
    if cells.is_empty() && (filter.since.is_some() || filter.until.is_some()) {
        explain_empty_date_range(&store)?;
    }
    let format = ctx.format_or(Format::Table);
    if format != Format::Table {
        write_records(&mut ctx.out, format, ctx.style, &cells, &[])?;
        return Ok(());
    }
    // Pivot: a row per speaker, a column per outlet.
    let outlets: Vec<Option<String>> = {
        let mut names: Vec<Option<String>> = cells.iter().map(|c| c.outlet.clone()).collect();
        names.sort_by(|a, b| (a.is_none(), a).cmp(&(b.is_none(), b)));
        names.dedup();
        names
    };
    let mut rows: Vec<serde_json::Map<String, serde_json::Value>> = Vec::new();
    for cell in &cells {
        if rows
            .last()
            .is_none_or(|r| r["speaker"] != cell.speaker.as_str())
        {
            let mut row = serde_json::Map::new();
            row.insert("speaker".into(), cell.speaker.clone().into());
            row.insert("total".into(), 0.into());
            rows.push(row);
        }
        let row = rows.last_mut().expect("pushed");
        let total = row["total"].as_i64().unwrap_or(0) + cell.claims;
        row.insert("total".into(), total.into());
        row.insert(outlet_key(&cell.outlet), stance_mix(cell).into());
    }
    rows.sort_by(|a, b| b["total"].as_i64().cmp(&a["total"].as_i64()));
    let mut columns = vec![
        Column::name("SPEAKER", "speaker"),
        Column::keep("TOTAL", "total"),
    ];
    // An outlet's cell means little cut: the rightmost outlets are left out instead, and named.
    columns.extend(outlets.iter().enumerate().map(|(i, o)| {
        let rank = u8::try_from(outlets.len() - i).unwrap_or(u8::MAX);
        Column::named(outlet_key(o), Fit::Whole(rank))
    }));
    let left_out = write_table(&mut ctx.out, ctx.style, &rows, &columns)?;
    if !left_out.is_empty() {
        note(format!(
            "note: {} left out at this width: {}; --format csv has them all",
            plural(left_out.len() as u64, "outlet", "outlets"),
            left_out.join(", ")
        ));
    }
    Ok(())
}

fn outlet_key(outlet: &Option<String>) -> String {
    outlet.clone().unwrap_or_else(|| "(no outlet)".to_string())
}
