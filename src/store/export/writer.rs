//! Writing an export: the database as a stream of records, read through cursors one row at a
//! time and written as they come, in either format.

use super::{
    EXPORT_FORMAT, EXPORT_FORMAT_VERSION, ExportFormat, ExportHeader, ExportRecord, ExportedClaim,
    ExportedMerge, ExportedSpeaker, MovedSpeaker,
};
use crate::error::{Error, Result};
use crate::store::{Store, changelog};
use rusqlite::OptionalExtension;
use std::io::Write;

/// The JSON sections in the order they are written.
const SECTIONS: [&str; 5] = ["changes", "documents", "speakers", "claims", "merges"];

/// Writes records in either format as they come, so an export never holds more than one.
struct RecordWriter<'w> {
    out: &'w mut dyn Write,
    format: ExportFormat,
    /// The JSON section being written, and whether it has a record yet.
    section: Option<(usize, bool)>,
}

impl RecordWriter<'_> {
    fn header(&mut self, header: ExportHeader) -> Result<()> {
        match self.format {
            ExportFormat::Jsonl => self.line(&ExportRecord::Header(header)),
            ExportFormat::Json => {
                self.out.write_all(b"{\"header\":")?;
                serde_json::to_writer(&mut *self.out, &header).map_err(json_error)?;
                Ok(())
            }
        }
    }

    fn record(&mut self, record: ExportRecord) -> Result<()> {
        if self.format == ExportFormat::Jsonl {
            return self.line(&record);
        }
        let section = match &record {
            ExportRecord::Header(_) => {
                return Err(Error::internal("the export header is written once, first"));
            }
            ExportRecord::Change(_) => 0,
            ExportRecord::Document(_) => 1,
            ExportRecord::Speaker(_) => 2,
            ExportRecord::Claim(_) => 3,
            ExportRecord::Merge(_) => 4,
        };
        self.open_through(section)?;
        let first = matches!(self.section, Some((_, false)));
        self.out
            .write_all(if first { "\n" } else { ",\n" }.as_bytes())?;
        self.section = Some((section, true));
        let out = &mut *self.out;
        match &record {
            ExportRecord::Header(_) => Ok(()),
            ExportRecord::Change(r) => serde_json::to_writer(out, r),
            ExportRecord::Document(r) => serde_json::to_writer(out, r),
            ExportRecord::Speaker(r) => serde_json::to_writer(out, r),
            ExportRecord::Claim(r) => serde_json::to_writer(out, r),
            ExportRecord::Merge(r) => serde_json::to_writer(out, r),
        }
        .map_err(json_error)
    }

    /// Closes the open JSON section and opens every one up to `section`, empty ones included.
    fn open_through(&mut self, section: usize) -> Result<()> {
        loop {
            let next = match self.section {
                Some((open, _)) if open == section => return Ok(()),
                Some((open, started)) => {
                    self.out
                        .write_all(if started { "\n]" } else { "]" }.as_bytes())?;
                    open + 1
                }
                None => 0,
            };
            write!(self.out, ",\n\"{}\":[", SECTIONS[next])?;
            self.section = Some((next, false));
        }
    }

    fn finish(mut self) -> Result<()> {
        if self.format == ExportFormat::Json {
            self.open_through(SECTIONS.len() - 1)?;
            let started = self.section.is_some_and(|(_, started)| started);
            self.out
                .write_all(if started { "\n]}\n" } else { "]}\n" }.as_bytes())?;
        }
        Ok(())
    }

    fn line(&mut self, record: &ExportRecord) -> Result<()> {
        serde_json::to_writer(&mut *self.out, record).map_err(json_error)?;
        self.out.write_all(b"\n")?;
        Ok(())
    }
}

fn json_error(err: serde_json::Error) -> Error {
    match err.io_error_kind() {
        Some(kind) => std::io::Error::from(kind).into(),
        None => Error::internal(format!("cannot write JSON: {err}")),
    }
}

impl Store {
    /// Writes the whole database to `out`. Rows are read through cursors, one at a time.
    pub fn export(&self, out: &mut dyn Write, format: ExportFormat) -> Result<()> {
        // One read transaction, so a concurrent write cannot leave a claim without its document.
        // Deferred: a read snapshot that never holds the write lock, so ingest goes on beside it.
        let snapshot = rusqlite::Transaction::new_unchecked(
            &self.conn,
            rusqlite::TransactionBehavior::Deferred,
        )?;
        let mut writer = RecordWriter {
            out,
            format,
            section: None,
        };
        writer.header(ExportHeader {
            format: EXPORT_FORMAT.to_string(),
            format_version: EXPORT_FORMAT_VERSION,
            schema_version: self.schema_version()?,
            generator: format!("claimtrack {}", env!("CARGO_PKG_VERSION")),
        })?;

        changelog::each_entry(&snapshot, &mut |entry| {
            writer.record(ExportRecord::Change(entry))
        })?;

        let sql = format!(
            "SELECT {} ORDER BY d.sha256",
            crate::store::documents::document_columns()
        );
        let mut stmt = snapshot.prepare_cached(&sql)?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let mut document = crate::store::documents::document_from_row(row)?;
            if let Some(page) = &mut document.page {
                page.bytes_base64 = crate::store::pages::exported_bytes(&snapshot, document.id)?;
            }
            writer.record(ExportRecord::Document(document))?;
        }

        let mut stmt = snapshot.prepare_cached(
            "SELECT s.id, s.name, s.kind, head.name FROM speaker s
             LEFT JOIN speaker head ON head.id = s.canonical_id ORDER BY s.name",
        )?;
        let mut aliases = snapshot.prepare_cached(
            "SELECT alias FROM speaker_alias WHERE speaker_id = ?1 ORDER BY alias",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            writer.record(ExportRecord::Speaker(ExportedSpeaker {
                name: row.get(1)?,
                kind: row.get(2)?,
                aliases: aliases
                    .query_map([id], |alias| alias.get(0))?
                    .collect::<rusqlite::Result<_>>()?,
                merged_into: row.get(3)?,
            }))?;
        }

        let mut stmt = snapshot.prepare_cached(
            "SELECT d.sha256, c.content_start, c.content_end, c.content, c.kind, s.name, c.source,
                    c.source_start, c.source_end, c.source_kind, c.cue, c.cue_start, c.cue_end,
                    c.stance, c.framing, c.origin, c.rule, c.resolver, c.review,
                    c.created_at
             FROM claim c JOIN document d ON d.id = c.document_id
             LEFT JOIN speaker s ON s.id = c.speaker_id
             ORDER BY d.sha256, c.content_start, c.content_end, c.id",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            writer.record(ExportRecord::Claim(ExportedClaim {
                doc_sha256: row.get(0)?,
                claim: crate::store::claims::claim_text_from_row(row, 1)?,
                state: crate::store::claims::claim_state_from_row(row, 15)?,
            }))?;
        }

        let mut stmt = snapshot.prepare_cached(
            "SELECT i.name, m.name, g.made_by, g.evidence, g.created_at, g.undone_at, g.moved
             FROM speaker_merge g JOIN speaker i ON i.id = g.into_id
             JOIN speaker m ON m.id = g.merged_id ORDER BY g.id",
        )?;
        let mut name_of = snapshot.prepare_cached("SELECT name FROM speaker WHERE id = ?1")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let moved_ids: Vec<(i64, Option<i64>)> =
                serde_json::from_str(&row.get::<_, String>(6)?).unwrap_or_default();
            let mut moved = Vec::with_capacity(moved_ids.len());
            for (id, previous) in moved_ids {
                let speaker: Option<String> = name_of.query_row([id], |r| r.get(0)).optional()?;
                let previous: Option<String> = match previous {
                    Some(previous) => name_of.query_row([previous], |r| r.get(0)).optional()?,
                    None => None,
                };
                if let Some(speaker) = speaker {
                    moved.push(MovedSpeaker { speaker, previous });
                }
            }
            writer.record(ExportRecord::Merge(ExportedMerge {
                into: row.get(0)?,
                merged: row.get(1)?,
                made_by: row.get(2)?,
                evidence: row.get(3)?,
                created_at: row.get(4)?,
                undone_at: row.get(5)?,
                moved,
            }))?;
        }
        writer.finish()
    }
}
