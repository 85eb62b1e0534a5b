//! `claimtrack log` and `claimtrack verify --head`: the change log as a reader sees it, and the
//! one hash a newsroom publishes to prove later that nothing changed.

use super::args::LogArgs;
use super::table::Column;
use super::{Context, paging};
use claimtrack::error::{Error, Result};
use claimtrack::output::{Format, write_one};
use claimtrack::store::{ChangeEntry, ChangeFilter, hash_hex, row_objects, short_hash};
use serde::Serialize;
use serde_json::Value;

/// One change as `log` prints it. The field names are the stable JSON keys.
#[derive(Debug, Serialize)]
struct ChangeRecord {
    seq: i64,
    at: String,
    origin: String,
    action: String,
    table: String,
    row_id: i64,
    /// The rows the entry changed (as they were after it; before it, for a removal), one object
    /// each; with a filter, only the rows it selects.
    data: Value,
    prev: String,
    hash: String,
}

impl ChangeRecord {
    fn from_entry(entry: ChangeEntry) -> ChangeRecord {
        ChangeRecord {
            data: row_objects(&entry.table, &entry.data),
            seq: entry.seq,
            at: entry.at,
            origin: entry.origin,
            action: entry.action,
            table: entry.table,
            row_id: entry.row_id,
            prev: hash_hex(&entry.prev),
            hash: hash_hex(&entry.hash),
        }
    }
}

const LOG_COLUMNS: [Column; 8] = [
    Column::keep("SEQ", "seq"),
    Column::keep("AT", "at"),
    Column::detail("ORIGIN", "origin", 2),
    Column::keep("ACTION", "action"),
    Column::keep("TABLE", "table"),
    Column::keep("ROW", "row_id"),
    Column::detail("HASH", "hash", 1).rendered(|value| {
        value
            .as_str()
            .map_or(String::new(), |h| short_hash(h).to_string())
    }),
    // Pretty JSON, folded to one line by the table: spaces where the cell may wrap.
    Column::content("DATA", "data")
        .rendered(|value| serde_json::to_string_pretty(value).unwrap_or_default()),
];

pub fn log(ctx: &mut Context, args: LogArgs) -> Result<()> {
    // A reader: it never writes, so it works beside an ingest and on read-only evidence.
    let store = ctx.open_store_for_reading()?;
    let filter = if let Some(id) = args.claim {
        ChangeFilter::Claim(id)
    } else if let Some(name) = &args.speaker {
        let ids = store.find_speakers(name)?;
        if ids.is_empty() {
            return Err(Error::user(format!("speaker {name:?}: no such speaker"))
                .with_hint("`claimtrack speakers` lists the speakers"));
        }
        ChangeFilter::Speakers(ids)
    } else if let Some(prefix) = &args.doc {
        ChangeFilter::Document(store.resolve_document(prefix)?.id)
    } else {
        ChangeFilter::All
    };
    // Entries go out as they are read, oldest first; a page of them on a terminal, and the
    // same pass counts the rest.
    let rows = args.page.rows(paging::to_terminal(ctx));
    let noun = paging::Noun("change", "changes");
    paging::write_counted_listing(ctx, &LOG_COLUMNS, rows, noun, |each| {
        store.each_change(&filter, &mut |entry| each(ChangeRecord::from_entry(entry)))
    })?;
    Ok(())
}

#[derive(Debug, Serialize)]
struct Head {
    /// The hash of the log's last entry; `null` while the log is empty.
    head: Option<String>,
    /// How many entries the log has.
    changes: i64,
}

/// Prints the head `verify` read with what it checked (so the hash stands for exactly that
/// state, whatever was written since): the bare hash in a table, else a record.
pub fn print_head(ctx: &mut Context, head: Option<(i64, [u8; 32])>) -> Result<()> {
    let record = Head {
        head: head.map(|(_, hash)| hash_hex(&hash)),
        changes: head.map_or(0, |(seq, _)| seq),
    };
    match ctx.format_or(Format::Table) {
        Format::Table => {
            use std::io::Write;
            writeln!(ctx.out, "{}", record.head.as_deref().unwrap_or("-"))?;
        }
        Format::Csv => {
            claimtrack::output::write_data(&mut ctx.out, Format::Csv, &[record])?;
        }
        format => write_one(&mut ctx.out, format, &record)?,
    }
    Ok(())
}

impl claimtrack::output::Keyed for ChangeRecord {
    const KEYS: &'static [&'static str] = &[
        "seq", "at", "origin", "action", "table", "row_id", "data", "prev", "hash",
    ];
}

impl claimtrack::output::Keyed for Head {
    const KEYS: &'static [&'static str] = &["head", "changes"];
}
