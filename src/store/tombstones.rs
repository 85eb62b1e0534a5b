//! Tombstones: the spans of rejected claims that were later removed, so that `reextract` never
//! brings such a claim back. A rejection says "the extractor is wrong here", and removing the
//! claim must not make the next extraction forget it.
//!
//! They are not a table of their own: the change log already holds every removed claim row as it
//! was, review state included, so the tombstones are read from it. That way they travel with
//! export and import, and are as tamper-evident as the log itself. Reading them is a scan of the
//! log, so a store reads them once, and only when a re-extraction needs them.

use super::changelog::Table;
use crate::error::{Error, Result};
use rusqlite::Connection;
use std::collections::{HashMap, HashSet};

/// A content span, `(start, end)` in bytes.
pub type SpanKey = (i64, i64);

/// The tombstoned content spans of each document, by document id.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Tombstones(HashMap<i64, HashSet<SpanKey>>);

impl Tombstones {
    /// Every tombstone in the log: each removed claim row whose review was `rejected`.
    pub fn read(conn: &Connection) -> Result<Tombstones> {
        let column = |name: &str| {
            Table::Claim
                .columns()
                .iter()
                .position(|c| *c == name)
                .expect("a logged claim column")
        };
        let (document, start, end, review) = (
            column("document_id"),
            column("content_start"),
            column("content_end"),
            column("review"),
        );
        let mut tombstones = Tombstones::default();
        let mut statement = conn.prepare_cached(
            "SELECT seq, data FROM change_log
             WHERE action = 'claim.removed' AND row_table = 'claim'",
        )?;
        let mut rows = statement.query([])?;
        while let Some(row) = rows.next()? {
            let (seq, data): (i64, String) = (row.get(0)?, row.get(1)?);
            for line in data.lines() {
                let values: Vec<serde_json::Value> = serde_json::from_str(line).map_err(|err| {
                    Error::internal(format!("change log entry {seq}: unreadable row"))
                        .with_source(err)
                })?;
                if values.get(review).and_then(|v| v.as_str()) != Some("rejected") {
                    continue;
                }
                let number = |i: usize| values.get(i).and_then(serde_json::Value::as_i64);
                if let (Some(doc), Some(s), Some(e)) =
                    (number(document), number(start), number(end))
                {
                    tombstones.0.entry(doc).or_default().insert((s, e));
                }
            }
        }
        Ok(tombstones)
    }

    /// The store's tombstones, read through `conn` the first time they are needed.
    pub fn cached<'c>(cache: &'c mut Option<Tombstones>, conn: &Connection) -> Result<&'c Self> {
        match cache {
            Some(tombstones) => Ok(tombstones),
            None => Ok(cache.insert(Tombstones::read(conn)?)),
        }
    }

    /// The tombstoned spans of one document.
    pub fn of(&self, document_id: i64) -> Option<&HashSet<SpanKey>> {
        self.0.get(&document_id)
    }
}
