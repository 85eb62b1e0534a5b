//! The change log: a hash chain of every change to a document, claim, speaker, alias or merge,
//! so that a change made behind claimtrack's back can be proven, not only suspected.
//!
//! Each write through the store appends, in its own transaction, an entry for the rows it
//! changed: each row as it is after the change (as it was, for a removal) as canonical JSON,
//! when, what action and whose doing (`origin`). Each entry carries the SHA-256 of the entry
//! before it and of its own contents, as in Certificate Transparency logs or git, so an entry
//! cannot be edited, dropped or slipped in without breaking every hash after it, and the last
//! hash (the head) stands for the whole history. `verify` replays the log and compares the result with
//! the tables (see [`check`]).
//!
//! Cost matters: ingest logs every claim. A document's claims are one entry (one SHA-256, one
//! insert); each row is a JSON array, without keys or the claim's strings, which ingest builds
//! from the values it has just stored ([`RowJson`]) rather than reading them back.
//!
//! This module appends entries and lists them; `check` replays the log for `verify`, and
//! `rebuild` adopts another database's log on import.

mod check;
mod rebuild;

pub(super) use check::check;
pub(super) use rebuild::{Rebuilt, Replayed, adopt, rebuild, rebuild_claims, replay};

use crate::error::{Error, Result};
use rusqlite::types::ValueRef;
use rusqlite::{Connection, OptionalExtension, Params, params};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::Write as _;
use std::ops::ControlFlow;

/// The schema migration that creates the log; an older database's state at that point becomes
/// the log's first entries (see [`start`]).
pub(super) const MIGRATION: i64 = 8;

/// The `prev` of the first entry.
const GENESIS: [u8; 32] = [0; 32];

/// The tables whose rows the log follows, with the columns it records. Columns derived from
/// others (folded names and name keys, a claim's strings) are left out: they are recomputed,
/// never chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(super) enum Table {
    Document,
    Speaker,
    Alias,
    Merge,
    Claim,
}

impl Table {
    pub const ALL: [Table; 5] = [
        Table::Document,
        Table::Speaker,
        Table::Alias,
        Table::Merge,
        Table::Claim,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Table::Document => "document",
            Table::Speaker => "speaker",
            Table::Alias => "speaker_alias",
            Table::Merge => "speaker_merge",
            Table::Claim => "claim",
        }
    }

    pub fn columns(self) -> &'static [&'static str] {
        match self {
            Table::Document => &["id", "sha256"],
            Table::Speaker => &["id", "name", "kind", "canonical_id"],
            Table::Alias => &["id", "speaker_id", "alias"],
            Table::Merge => &[
                "id",
                "into_id",
                "merged_id",
                "moved",
                "made_by",
                "evidence",
                "created_at",
                "undone_at",
            ],
            // The content, source and cue strings are left out: they are the document's text at
            // the logged spans (verify checks that), and the text is pinned by its logged hash.
            // Leaving them out halves what ingest writes to the log.
            Table::Claim => &[
                "id",
                "document_id",
                "content_start",
                "content_end",
                "kind",
                "source_start",
                "source_end",
                "source_kind",
                "speaker_id",
                "cue_start",
                "cue_end",
                "stance",
                "framing",
                "origin",
                "rule",
                "review",
                "created_at",
            ],
        }
    }

    fn parse(name: &str) -> Option<Table> {
        Table::ALL.into_iter().find(|t| t.name() == name)
    }

    /// `SELECT <columns> FROM <table>`, to be followed by a condition or an order.
    fn select(self) -> String {
        format!("SELECT {} FROM {}", self.columns().join(", "), self.name())
    }
}

/// What a change did. The strings are the `action` values of the log (documented in README).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Action {
    /// A row that existed when the database was upgraded to a schema with the log.
    Existing,
    DocumentAdded,
    ClaimAdded,
    ClaimEdited,
    ClaimReviewed,
    ClaimRemoved,
    SpeakerCreated,
    /// The speaker's kind was learned from a later mention.
    SpeakerEdited,
    SpeakerRenamed,
    SpeakerMerged,
    SpeakerUnmerged,
    AliasAdded,
    AliasRemoved,
}

impl Action {
    const ALL: [Action; 13] = [
        Action::Existing,
        Action::DocumentAdded,
        Action::ClaimAdded,
        Action::ClaimEdited,
        Action::ClaimReviewed,
        Action::ClaimRemoved,
        Action::SpeakerCreated,
        Action::SpeakerEdited,
        Action::SpeakerRenamed,
        Action::SpeakerMerged,
        Action::SpeakerUnmerged,
        Action::AliasAdded,
        Action::AliasRemoved,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Action::Existing => "existing",
            Action::DocumentAdded => "document.added",
            Action::ClaimAdded => "claim.added",
            Action::ClaimEdited => "claim.edited",
            Action::ClaimReviewed => "claim.reviewed",
            Action::ClaimRemoved => "claim.removed",
            Action::SpeakerCreated => "speaker.created",
            Action::SpeakerEdited => "speaker.edited",
            Action::SpeakerRenamed => "speaker.renamed",
            Action::SpeakerMerged => "speaker.merged",
            Action::SpeakerUnmerged => "speaker.unmerged",
            Action::AliasAdded => "alias.added",
            Action::AliasRemoved => "alias.removed",
        }
    }

    fn parse(name: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.as_str() == name)
    }

    /// Whether the entry's row is gone after it (its data is the row as it was).
    fn removes(self) -> bool {
        matches!(self, Action::ClaimRemoved | Action::AliasRemoved)
    }
}

/// One entry as stored, for `claimtrack log`, export and import (where it is the `change`
/// record, hashes in hex).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub seq: i64,
    pub at: String,
    pub origin: String,
    pub action: String,
    pub table: String,
    pub row_id: i64,
    /// Canonical JSON of the row; hashed byte for byte.
    pub data: String,
    #[serde(with = "hex_hash")]
    pub prev: [u8; 32],
    #[serde(with = "hex_hash")]
    pub hash: [u8; 32],
}

/// A hash as 64 lower-case hex digits in JSON.
mod hex_hash {
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(hash: &[u8; 32], out: S) -> Result<S::Ok, S::Error> {
        out.serialize_str(&super::hex(hash))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(input: D) -> Result<[u8; 32], D::Error> {
        let text = String::deserialize(input)?;
        super::parse_hex(&text)
            .ok_or_else(|| D::Error::custom(format!("{text:?} is not a SHA-256 in hex")))
    }
}

impl Entry {
    /// The SHA-256 this entry's contents and its predecessor's hash give.
    pub fn expected_hash(&self) -> [u8; 32] {
        entry_hash(
            &self.prev,
            self.seq,
            [&self.at, &self.origin, &self.action, &self.table],
            self.row_id,
            &self.data,
        )
    }
}

/// Every field length-prefixed, the data last, so no two entries hash the same bytes.
fn entry_hash(prev: &[u8; 32], seq: i64, fields: [&str; 4], row_id: i64, data: &str) -> [u8; 32] {
    let mut hasher = Sha256::new();
    hasher.update(prev);
    hasher.update(seq.to_be_bytes());
    for field in fields {
        hasher.update((field.len() as u64).to_be_bytes());
        hasher.update(field.as_bytes());
    }
    hasher.update(row_id.to_be_bytes());
    hasher.update(data.as_bytes());
    hasher.finalize().into()
}

/// Logs the row `id` of `table` as it now stands.
pub(super) fn record(
    conn: &Connection,
    action: Action,
    table: Table,
    id: i64,
    origin: &str,
) -> Result<()> {
    let data = row_data(conn, table, id)?;
    append(conn, action, table, &[(id, data)], origin)
}

/// Logs, as one entry, `rows` (each its id and its data, built by the writer with [`RowJson`]
/// from the values it has just stored): ingest logs a new document's claims, and its new
/// speakers, so, without reading back what it wrote.
pub(super) fn record_rows(
    conn: &Connection,
    action: Action,
    table: Table,
    rows: &[(i64, String)],
    origin: &str,
) -> Result<()> {
    #[cfg(debug_assertions)]
    for (id, data) in rows {
        debug_assert_eq!(data, &row_data(conn, table, *id)?, "{} {id}", table.name());
    }
    append(conn, action, table, rows, origin)
}

fn row_data(conn: &Connection, table: Table, id: i64) -> Result<String> {
    let sql = format!("{} WHERE id = ?1", table.select());
    Ok(conn
        .prepare_cached(&sql)?
        .query_row([id], |row| row_json(row, table.columns()))?)
}

/// Deletes the rows of `table` that match `condition` and logs each one as removed, with the
/// data it had. Returns how many went.
pub(super) fn remove(
    conn: &Connection,
    table: Table,
    condition: &str,
    values: impl Params,
    origin: &str,
) -> Result<usize> {
    let action = match table {
        Table::Claim => Action::ClaimRemoved,
        Table::Alias => Action::AliasRemoved,
        _ => return Err(Error::internal("only claims and aliases are ever removed")),
    };
    let sql = format!(
        "DELETE FROM {} WHERE {condition} RETURNING {}",
        table.name(),
        table.columns().join(", ")
    );
    let removed: Vec<(i64, String)> = conn
        .prepare_cached(&sql)?
        .query_map(values, |row| {
            Ok((row.get(0)?, row_json(row, table.columns())?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    append(conn, action, table, &removed, origin)?;
    Ok(removed.len())
}

/// Logs a merge (or its undoing): the merge record and every speaker it moved.
pub(super) fn record_merge(
    conn: &Connection,
    action: Action,
    merge_id: i64,
    origin: &str,
) -> Result<()> {
    let moved: String = conn
        .prepare_cached("SELECT moved FROM speaker_merge WHERE id = ?1")?
        .query_row([merge_id], |row| row.get(0))?;
    let moved: Vec<(i64, Option<i64>)> = serde_json::from_str(&moved).map_err(|err| {
        Error::internal(format!(
            "merge {merge_id}: the list of moved speakers is unreadable"
        ))
        .with_source(err)
    })?;
    let speakers = moved
        .iter()
        .map(|&(speaker, _)| Ok((speaker, row_data(conn, Table::Speaker, speaker)?)))
        .collect::<Result<Vec<_>>>()?;
    append(conn, action, Table::Speaker, &speakers, origin)?;
    record(conn, action, Table::Merge, merge_id, origin)
}

/// Appends one entry for `rows` (id and data each) of `table`, if there are any: `row_id` is
/// the first row's id, and `data` holds one row per line (JSON escapes every newline inside a
/// row, so the lines split without parsing).
fn append(
    conn: &Connection,
    action: Action,
    table: Table,
    rows: &[(i64, String)],
    origin: &str,
) -> Result<()> {
    let Some(&(row_id, _)) = rows.first() else {
        return Ok(());
    };
    let joined;
    let data = if rows.len() == 1 {
        &rows[0].1
    } else {
        joined = rows
            .iter()
            .map(|(_, data)| data.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        &joined
    };
    // The log exists: every writable store is migrated past `MIGRATION` when it is opened.
    let (last, prev) = last_entry(conn)?.unwrap_or((0, GENESIS));
    let seq = last + 1;
    let at = super::now_utc();
    let hash = entry_hash(
        &prev,
        seq,
        [&at, origin, action.as_str(), table.name()],
        row_id,
        data,
    );
    conn.prepare_cached(
        "INSERT INTO change_log (seq, at, origin, action, row_table, row_id, data, prev, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        seq,
        at,
        origin,
        action.as_str(),
        table.name(),
        row_id,
        data,
        &prev[..],
        &hash[..]
    ])?;
    Ok(())
}

fn has_log(conn: &Connection) -> Result<bool> {
    // Cached: every append asks, and parsing the query cost more than running it.
    Ok(conn
        .prepare_cached(
            "SELECT EXISTS (SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'change_log')",
        )?
        .query_row([], |row| row.get(0))?)
}

/// The last entry's number and hash; `None` for an empty log.
pub(super) fn head(conn: &Connection) -> Result<Option<(i64, [u8; 32])>> {
    // A missing log has no head; `check` reports it as broken.
    if !has_log(conn)? {
        return Ok(None);
    }
    last_entry(conn)
}

/// The last entry's number and hash, from a log that exists.
fn last_entry(conn: &Connection) -> Result<Option<(i64, [u8; 32])>> {
    let found: Option<(i64, Vec<u8>)> = conn
        .prepare_cached("SELECT seq, hash FROM change_log ORDER BY seq DESC LIMIT 1")?
        .query_row([], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?;
    Ok(found.map(|(seq, hash)| (seq, to_hash(&hash))))
}

/// A stored hash as 32 bytes; anything else (a damaged row) becomes zeros, which never match.
fn to_hash(bytes: &[u8]) -> [u8; 32] {
    bytes.try_into().unwrap_or([0; 32])
}

/// Starts the log of a database that had rows before the log existed: `existing` entries of
/// up to 1,000 rows each, so that the upgraded database verifies and later changes chain onto
/// its state.
pub(super) fn start(conn: &Connection) -> Result<()> {
    for table in Table::ALL {
        let sql = format!("{} ORDER BY id", table.select());
        let mut stmt = conn.prepare(&sql)?;
        let mut rows = stmt.query([])?;
        let mut chunk: Vec<(i64, String)> = Vec::with_capacity(1000);
        while let Some(row) = rows.next()? {
            chunk.push((row.get(0)?, row_json(row, table.columns())?));
            if chunk.len() == 1000 {
                append(conn, Action::Existing, table, &chunk, "upgrade")?;
                chunk.clear();
            }
        }
        append(conn, Action::Existing, table, &chunk, "upgrade")?;
    }
    Ok(())
}

/// The rows of an entry's data: each line with the row id it starts with.
fn row_lines(data: &str) -> impl Iterator<Item = (i64, &str)> {
    data.split('\n').map(|line| {
        let id = line
            .strip_prefix('[')
            .and_then(|rest| rest.split([',', ']']).next())
            .and_then(|id| id.parse().ok());
        // A line without an id (only a forger writes one) matches no row.
        (id.unwrap_or(i64::MIN), line)
    })
}

/// The row's columns as a JSON array in column order (the keys would double the log's size;
/// [`row_object`] puts them back for readers), written straight from SQLite's values.
fn row_json(row: &rusqlite::Row<'_>, columns: &[&str]) -> rusqlite::Result<String> {
    let mut json = RowJson::new();
    for i in 0..columns.len() {
        json = json.value(row.get_ref(i)?);
    }
    Ok(json.finish())
}

/// A row as the log writes it: a JSON array of the column values in column order. Both the
/// read-back of stored rows ([`row_json`]) and the writer's rows built from the values it has
/// just stored go through it, so the two are byte for byte the same. Text that is not UTF-8
/// (only a hand edit makes such) is written lossily, so it cannot equal what was logged.
pub(super) struct RowJson(Vec<u8>);

impl RowJson {
    pub fn new() -> RowJson {
        let mut out = Vec::with_capacity(128);
        out.push(b'[');
        RowJson(out)
    }

    pub fn value(mut self, value: ValueRef<'_>) -> RowJson {
        if self.0.len() > 1 {
            self.0.push(b',');
        }
        let out = &mut self.0;
        match value {
            ValueRef::Null => out.extend_from_slice(b"null"),
            ValueRef::Integer(n) => write!(out, "{n}").expect("writing to a Vec"),
            ValueRef::Real(x) => write!(out, "{x}").expect("writing to a Vec"),
            ValueRef::Text(bytes) | ValueRef::Blob(bytes) => match std::str::from_utf8(bytes) {
                // Most values need no escape: copied as they are, which is what serde_json
                // writes for them (it escapes only quotes, backslashes and control characters).
                Ok(text) if !text.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\') => {
                    out.push(b'"');
                    out.extend_from_slice(text.as_bytes());
                    out.push(b'"');
                }
                _ => {
                    let text = String::from_utf8_lossy(bytes);
                    serde_json::to_writer(&mut *out, text.as_ref()).expect("writing to a Vec");
                }
            },
        }
        self
    }

    pub fn int(self, n: i64) -> RowJson {
        self.value(ValueRef::Integer(n))
    }

    pub fn opt_int(self, n: Option<i64>) -> RowJson {
        self.value(n.map_or(ValueRef::Null, ValueRef::Integer))
    }

    pub fn text(self, text: &str) -> RowJson {
        self.value(ValueRef::Text(text.as_bytes()))
    }

    pub fn opt_text(self, text: Option<&str>) -> RowJson {
        self.value(text.map_or(ValueRef::Null, |t| ValueRef::Text(t.as_bytes())))
    }

    pub fn finish(mut self) -> String {
        self.0.push(b']');
        String::from_utf8(self.0).expect("JSON written from UTF-8 strings")
    }
}

fn entry_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<Entry> {
    Ok(Entry {
        seq: row.get(0)?,
        at: row.get(1)?,
        origin: row.get(2)?,
        action: row.get(3)?,
        table: row.get(4)?,
        row_id: row.get(5)?,
        data: String::from_utf8_lossy(row.get_ref(6)?.as_bytes()?).into_owned(),
        prev: to_hash(&row.get::<_, Vec<u8>>(7)?),
        hash: to_hash(&row.get::<_, Vec<u8>>(8)?),
    })
}

/// An entry's data as a list with one object per row, keyed by column name; a line that is not
/// a logged row of `table` (only a forger writes one) is given as a string.
pub fn row_objects(table: &str, data: &str) -> serde_json::Value {
    row_lines(data)
        .map(|(_, line)| {
            Table::parse(table)
                .and_then(|table| line_object(table, line))
                .map_or_else(|| line.into(), serde_json::Value::Object)
        })
        .collect()
}

/// One logged row as column name to value; `None` when it is not a row of `table`.
fn line_object(table: Table, line: &str) -> Option<RowObject> {
    let value: serde_json::Value = serde_json::from_str(line).ok()?;
    let values = value.as_array()?;
    if values.len() != table.columns().len() {
        return None;
    }
    Some(
        table
            .columns()
            .iter()
            .zip(values)
            .map(|(column, value)| (column.to_string(), value.clone()))
            .collect(),
    )
}

/// Lower-case hex of a hash, as shown and exported.
pub fn hex(hash: &[u8; 32]) -> String {
    hash.iter().map(|b| format!("{b:02x}")).collect()
}

/// Reads a hash written by [`hex`].
pub fn parse_hex(text: &str) -> Option<[u8; 32]> {
    if text.len() != 64 || !text.is_ascii() {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, byte) in out.iter_mut().enumerate() {
        *byte = u8::from_str_radix(&text[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

/// Hands every entry, in order, to `each`, one at a time.
pub(super) fn each_entry(
    conn: &Connection,
    each: &mut dyn FnMut(Entry) -> Result<()>,
) -> Result<()> {
    each_entry_until(conn, &mut |entry| {
        each(entry)?;
        Ok(ControlFlow::Continue(()))
    })
}

/// [`each_entry`], stopping when `each` breaks: a reader that wants the log's first entries
/// does not read the rest.
fn each_entry_until(
    conn: &Connection,
    each: &mut dyn FnMut(Entry) -> Result<ControlFlow<()>>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "SELECT seq, at, origin, action, row_table, row_id, data, prev, hash FROM change_log
         ORDER BY seq",
    )?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        if each(entry_from_row(row)?)?.is_break() {
            break;
        }
    }
    Ok(())
}

/// A logged row, as column name to value.
pub(super) type RowObject = serde_json::Map<String, serde_json::Value>;

/// Which entries `claimtrack log` shows.
#[derive(Debug, Clone)]
pub enum ChangeFilter {
    All,
    Claim(i64),
    /// Speaker ids (a whole group): the speakers, their aliases, merges and claims.
    Speakers(Vec<i64>),
    /// A document and its claims.
    Document(i64),
}

impl ChangeFilter {
    fn selects(&self, table: Table, id: i64, line: &str) -> bool {
        let column = |name: &str| {
            line_object(table, line)
                .and_then(|row| row.get(name).and_then(|v| v.as_i64()))
                .unwrap_or(i64::MIN)
        };
        match (self, table) {
            (ChangeFilter::All, _) => true,
            (ChangeFilter::Claim(claim), Table::Claim) => id == *claim,
            (ChangeFilter::Document(doc), Table::Document) => id == *doc,
            (ChangeFilter::Document(doc), Table::Claim) => column("document_id") == *doc,
            (ChangeFilter::Speakers(ids), Table::Speaker) => ids.contains(&id),
            (ChangeFilter::Speakers(ids), Table::Claim | Table::Alias) => {
                ids.contains(&column("speaker_id"))
            }
            (ChangeFilter::Speakers(ids), Table::Merge) => {
                ids.contains(&column("into_id")) || ids.contains(&column("merged_id"))
            }
            _ => false,
        }
    }
}

impl super::Store {
    /// The entries that `filter` selects, oldest first, each cut down to the rows it selects.
    pub fn changes(&self, filter: &ChangeFilter) -> Result<Vec<Entry>> {
        let mut selected = Vec::new();
        self.each_change(filter, &mut |entry| {
            selected.push(entry);
            Ok(ControlFlow::Continue(()))
        })?;
        Ok(selected)
    }

    /// Hands the entries that `filter` selects to `each`, oldest first, each cut down to the
    /// rows it selects, until `each` breaks: the log is read as it is shown, so its first page
    /// costs what it shows, whatever the archive's size.
    pub fn each_change(
        &self,
        filter: &ChangeFilter,
        each: &mut dyn FnMut(Entry) -> Result<ControlFlow<()>>,
    ) -> Result<()> {
        each_entry_until(&self.conn, &mut |mut entry| {
            let Some(table) = Table::parse(&entry.table) else {
                return Ok(ControlFlow::Continue(()));
            };
            let rows: Vec<(i64, &str)> = row_lines(&entry.data)
                .filter(|(id, line)| filter.selects(table, *id, line))
                .collect();
            let Some(&(first, _)) = rows.first() else {
                return Ok(ControlFlow::Continue(()));
            };
            let data: Vec<&str> = rows.iter().map(|(_, line)| *line).collect();
            entry.data = data.join("\n");
            entry.row_id = first;
            each(entry)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ClaimKind, Framing, SourceKind, Span, SpeakerKind, Stance};
    use crate::store::{NewClaim, NewDocument, Store};

    /// The rows ingest logs from memory are byte for byte the rows as stored, read back in the
    /// order the log has always given a document's claims (by content start), whatever order
    /// they were added in, with every optional column both set and empty, and names that JSON
    /// must escape.
    #[test]
    fn rows_built_by_the_writer_are_the_rows_as_stored() {
        let text = "Tax\n\n\"Rates \\ rise,\" said Zoë \"Z\" O'Neil. Officials said it was late.\n";
        let at = |needle: &str| {
            let start = text.find(needle).unwrap();
            Span::new(start, start + needle.len())
        };
        let claim = |content: Span, speaker: Option<&str>, cue: Option<Span>| NewClaim {
            content,
            kind: ClaimKind::Direct,
            source: speaker.map(at),
            source_kind: SourceKind::Named,
            speaker: speaker.map(str::to_string),
            speaker_kind: SpeakerKind::Person,
            cue,
            stance: Stance::Assert,
            framing: Framing::Neutral,
            origin: "extractor/test".into(),
            rule: cue.map(|_| "quote-cue".to_string()),
            resolver: None,
        };
        let claims = [
            claim(at("it was late"), None, None),
            claim(
                at("Rates \\ rise,"),
                Some("Zoë \"Z\" O'Neil"),
                Some(at("said")),
            ),
        ];
        let document = NewDocument {
            sha256: crate::input::sha256_hex(text.as_bytes()),
            text: text.into(),
            ..NewDocument::default()
        };
        let mut store = Store::open_in_memory().unwrap();
        store.add_document(&document, &claims).unwrap();

        let entries = store.changes(&ChangeFilter::All).unwrap();
        let logged = |table: Table| -> Vec<String> {
            entries
                .iter()
                .filter(|e| e.table == table.name())
                .flat_map(|e| e.data.split('\n').map(str::to_string))
                .collect()
        };
        let stored = |table: Table, order: &str| -> Vec<String> {
            let sql = format!("SELECT id FROM {} ORDER BY {order}", table.name());
            let ids: Vec<i64> = store
                .conn
                .prepare(&sql)
                .unwrap()
                .query_map([], |row| row.get(0))
                .unwrap()
                .collect::<rusqlite::Result<_>>()
                .unwrap();
            ids.into_iter()
                .map(|id| row_data(&store.conn, table, id).unwrap())
                .collect()
        };
        assert_eq!(
            logged(Table::Claim),
            stored(Table::Claim, "content_start, id")
        );
        assert_eq!(logged(Table::Claim).len(), 2);
        assert_eq!(logged(Table::Document), stored(Table::Document, "id"));
        assert_eq!(logged(Table::Speaker), stored(Table::Speaker, "id"));
        let mut problems = Vec::new();
        check(&store.conn, &mut |problem| {
            problems.push(problem.detail);
            Ok(())
        })
        .unwrap();
        assert!(problems.is_empty(), "{problems:?}");
    }

    /// The copy without escapes and serde_json's escaping write the same JSON.
    #[test]
    fn text_is_written_as_serde_json_writes_it() {
        for text in [
            "plain",
            "",
            "Zoë O'Neil",
            "a \"b\"",
            "back\\slash",
            "tab\tnew\nline\u{1}",
            "\u{7f}\u{2028}",
        ] {
            let written = RowJson::new().text(text).finish();
            assert_eq!(
                written,
                format!("[{}]", serde_json::to_string(text).unwrap())
            );
        }
        let invalid = RowJson::new().value(ValueRef::Text(b"caf\xe9")).finish();
        assert_eq!(invalid, "[\"caf\u{fffd}\"]");
    }
}
