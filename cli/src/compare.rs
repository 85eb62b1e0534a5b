//! `claimtrack compare`: speakers by outlets, each cell a claim count and its stance mix.
//!
//! The cells stream from the store in speaker and outlet order. Data formats write them as
//! they come, a page of them on a terminal; the table pivots them into a row per speaker and
//! keeps only the speakers it will show, the busiest, so neither grows with the archive.

use super::args::CompareArgs;
use super::paging::{self, Noun};
use super::table::{Column, Fit, write_table};
use super::terminal::plural;
use super::{Context, note};
use claimtrack::error::Result;
use claimtrack::output::Format;
use claimtrack::store::{CompareCell, CompareFilter, Store};
use serde_json::{Map, Value};
use std::io::Write;
use std::ops::ControlFlow;

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
    let rows = args.page.rows(paging::to_terminal(ctx));
    let found = if ctx.format_or(Format::Table) == Format::Table {
        pivot_table(ctx, &store, &filter, rows)?
    } else {
        paging::write_counted_listing(ctx, &[], rows, Noun("cell", "cells"), |each| {
            store.each_compare_cell(&filter, each)
        })?
    };
    if found == 0 && (filter.since.is_some() || filter.until.is_some()) {
        explain_empty_date_range(&store)?;
    }
    Ok(())
}

/// A speaker's row of the pivot table: its cells, and their total.
struct SpeakerRow {
    speaker: String,
    total: i64,
    cells: Vec<CompareCell>,
}

/// Writes a row per speaker and a column per outlet, the speakers with most claims first, at
/// most `rows` of them. Returns how many cells it saw.
fn pivot_table(
    ctx: &mut Context,
    store: &Store,
    filter: &CompareFilter,
    rows: Option<u64>,
) -> Result<u64> {
    let keep = rows.map(|rows| usize::try_from(rows).unwrap_or(usize::MAX));
    let mut busiest = Busiest::new(keep);
    let mut current: Option<SpeakerRow> = None;
    let mut seen = 0u64;
    store.each_compare_cell(filter, &mut |cell| {
        seen += 1;
        if current
            .as_ref()
            .is_some_and(|row| row.speaker != cell.speaker)
        {
            busiest.offer(current.take().expect("checked"));
        }
        let row = current.get_or_insert_with(|| SpeakerRow {
            speaker: cell.speaker.clone(),
            total: 0,
            cells: Vec::new(),
        });
        row.total += cell.claims;
        row.cells.push(cell);
        Ok(ControlFlow::Continue(()))
    })?;
    if let Some(row) = current {
        busiest.offer(row);
    }
    let (shown, speakers) = busiest.finish();
    write_pivot(ctx, &shown)?;
    let left = speakers - shown.len() as u64;
    if left > 0 {
        ctx.out.flush()?;
        note(paging::left_out_note(left, Noun("speaker", "speakers")));
    }
    Ok(seen)
}

/// The speakers with most claims, in that order (ties in name order), keeping no more rows
/// than will be shown; and how many speakers were offered.
struct Busiest {
    keep: Option<usize>,
    rows: Vec<SpeakerRow>,
    offered: u64,
}

impl Busiest {
    fn new(keep: Option<usize>) -> Busiest {
        Busiest {
            keep,
            rows: Vec::new(),
            offered: 0,
        }
    }

    fn offer(&mut self, row: SpeakerRow) {
        self.offered += 1;
        self.rows.push(row);
        if let Some(keep) = self.keep
            && self.rows.len() >= keep.saturating_mul(2).max(64)
        {
            self.trim(keep);
        }
    }

    /// Sorts by total, most first; the sort is stable and rows arrive in name order, so ties
    /// stay in name order.
    fn trim(&mut self, keep: usize) {
        self.rows.sort_by_key(|row| std::cmp::Reverse(row.total));
        self.rows.truncate(keep);
    }

    fn finish(mut self) -> (Vec<SpeakerRow>, u64) {
        self.trim(self.keep.unwrap_or(usize::MAX));
        (self.rows, self.offered)
    }
}

fn write_pivot(ctx: &mut Context, rows: &[SpeakerRow]) -> Result<()> {
    let mut outlets: Vec<Option<String>> = rows
        .iter()
        .flat_map(|row| row.cells.iter().map(|c| c.outlet.clone()))
        .collect();
    outlets.sort_by(|a, b| (a.is_none(), a).cmp(&(b.is_none(), b)));
    outlets.dedup();
    let records: Vec<Map<String, Value>> = rows
        .iter()
        .map(|row| {
            let mut record = Map::new();
            record.insert("speaker".into(), row.speaker.clone().into());
            record.insert("total".into(), row.total.into());
            for cell in &row.cells {
                record.insert(outlet_key(&cell.outlet), stance_mix(cell).into());
            }
            record
        })
        .collect();
    let mut columns = vec![
        Column::name("SPEAKER", "speaker"),
        Column::keep("TOTAL", "total"),
    ];
    // An outlet's cell means little cut: the rightmost outlets are left out instead, and named.
    columns.extend(outlets.iter().enumerate().map(|(i, o)| {
        let rank = u8::try_from(outlets.len() - i).unwrap_or(u8::MAX);
        Column::named(outlet_key(o), Fit::Whole(rank))
    }));
    let left_out = write_table(&mut ctx.out, ctx.style, &records, &columns)?;
    if !left_out.is_empty() {
        note(format!(
            "note: {} left out at this width: {}; --format csv has them all",
            plural(left_out.len() as u64, "outlet", "outlets"),
            left_out.join(", ")
        ));
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

fn outlet_key(outlet: &Option<String>) -> String {
    outlet.clone().unwrap_or_else(|| "(no outlet)".to_string())
}
