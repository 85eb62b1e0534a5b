//! Adopting another database's change log on import: its entries are appended as they are,
//! replayed into the state they describe, and the rows of that state are stored with their
//! logged ids.

use super::{Action, Entry, GENESIS, RowObject, Table, head, line_object, row_lines};
use crate::error::{Error, Result};
use rusqlite::{Connection, params};
use std::collections::{HashMap, HashSet};

/// Appends an entry exactly as another database logged it (an import that adopts that
/// database's history). It must follow the current head.
pub(in crate::store) fn adopt(conn: &Connection, entry: &Entry) -> Result<()> {
    let (last, prev) = head(conn)?.unwrap_or((0, GENESIS));
    if entry.seq != last + 1 || entry.prev != prev || entry.hash != entry.expected_hash() {
        return Err(Error::user(format!(
            "change {}: does not follow the change before it or does not match its hash",
            entry.seq
        ))
        .with_hint("the export was changed after it was written; nothing was imported"));
    }
    conn.prepare_cached(
        "INSERT INTO change_log (seq, at, origin, action, row_table, row_id, data, prev, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        entry.seq,
        entry.at,
        entry.origin,
        entry.action,
        entry.table,
        entry.row_id,
        entry.data,
        &entry.prev[..],
        &entry.hash[..]
    ])?;
    Ok(())
}

/// The state the log describes: for each row, its last logged data, by table and id.
pub(in crate::store) type Replayed = HashMap<(Table, i64), String>;

/// Applies an entry to a replayed state; `None` when the entry names an unknown table or action.
pub(in crate::store) fn replay(state: &mut Replayed, entry: &Entry) -> Option<()> {
    let table = Table::parse(&entry.table)?;
    let action = Action::parse(&entry.action)?;
    for (id, line) in row_lines(&entry.data) {
        if action.removes() {
            state.remove(&(table, id));
        } else {
            state.insert((table, id), line.to_string());
        }
    }
    Some(())
}

/// What [`rebuild`] leaves to the caller: documents and claims need the documents' text, which
/// the log does not hold.
pub(in crate::store) struct Rebuilt {
    /// The documents' logged ids by hash; the caller stores each when its record comes.
    pub documents: HashMap<String, i64>,
    /// The claims, for [`rebuild_claims`] once the documents are stored.
    pub claims: Vec<RowObject>,
    /// The claims and merges rebuilt from the log that no record of the export has matched
    /// yet: each stands for exactly one record, so two equal records match two rows.
    pub unmatched: HashSet<(Table, i64)>,
}

/// Stores the speakers, aliases and merges a replayed log describes, with their logged ids, in
/// a database that has none. Foreign keys are checked at commit, when the documents are there.
pub(in crate::store) fn rebuild(conn: &Connection, state: &Replayed) -> Result<Rebuilt> {
    conn.pragma_update(None, "defer_foreign_keys", true)?;
    let mut rows: Vec<(&(Table, i64), &String)> = state.iter().collect();
    rows.sort_by_key(|(key, _)| **key);
    let mut rebuilt = Rebuilt {
        documents: HashMap::new(),
        claims: Vec::new(),
        unmatched: HashSet::new(),
    };
    for (&(table, id), data) in rows {
        let bad =
            |what: &str| Error::user(format!("{} {id} in the change log: {what}", table.name()));
        let object = line_object(table, data).ok_or_else(|| bad("not a row of that table"))?;
        check_values(table, &object).map_err(|err| bad(&err.message))?;
        if matches!(table, Table::Claim | Table::Merge) {
            rebuilt.unmatched.insert((table, id));
        }
        if table == Table::Document {
            let sha256 = object
                .get("sha256")
                .and_then(|v| v.as_str())
                .ok_or_else(|| bad("no sha256"))?;
            rebuilt.documents.insert(sha256.to_string(), id);
            continue;
        }
        if table == Table::Claim {
            rebuilt.claims.push(object);
            continue;
        }
        insert_row(conn, table, &object, Vec::new()).map_err(|err| bad(&err.message))?;
    }
    Ok(rebuilt)
}

/// Refuses a logged row with a value that import refuses in a record (names that fold to
/// nothing, timestamps that are not, merges that could not be undone). The chain's hashes show
/// that a log is whole, not who wrote it, so an adopted log is checked as strictly as records.
fn check_values(table: Table, row: &RowObject) -> Result<()> {
    let text = |column: &str| row.get(column).and_then(|v| v.as_str());
    match table {
        Table::Speaker => crate::names::check_name(text("name").unwrap_or_default(), "name")?,
        Table::Alias => crate::names::check_name(text("alias").unwrap_or_default(), "alias")?,
        Table::Merge => {
            let id = |column: &str| row.get(column).and_then(|v| v.as_i64()).unwrap_or_default();
            let moved: Vec<(i64, Option<i64>)> =
                serde_json::from_str(text("moved").unwrap_or_default())
                    .map_err(|err| Error::user(format!("moved: {err}")))?;
            crate::store::export::check_moved(id("into_id"), id("merged_id"), &moved)?;
        }
        Table::Document | Table::Claim => {}
    }
    for column in ["created_at", "undone_at"] {
        if let Some(at) = text(column) {
            crate::input::parse_timestamp(at).map_err(|err| err.context(column))?;
        }
    }
    Ok(())
}

/// Stores the claims of a rebuilt log, their strings cut from their documents' stored text.
pub(in crate::store) fn rebuild_claims(conn: &Connection, claims: &[RowObject]) -> Result<()> {
    let mut text: Option<(i64, String)> = None;
    for claim in claims {
        let number = |column: &str| claim.get(column).and_then(|v| v.as_i64());
        let id = number("id").unwrap_or_default();
        let bad = |what: &str| Error::user(format!("claim {id} in the change log: {what}"));
        let document = number("document_id").ok_or_else(|| bad("no document_id"))?;
        if text.as_ref().is_none_or(|(cached, _)| *cached != document) {
            let stored = crate::store::documents::document_text(conn, document)
                .map_err(|_| bad("its document is not in the export"))?;
            text = Some((document, stored));
        }
        let text = &text.as_ref().expect("read above").1;
        let mut strings = Vec::with_capacity(3);
        for (column, start, end) in [
            ("content", "content_start", "content_end"),
            ("source", "source_start", "source_end"),
            ("cue", "cue_start", "cue_end"),
        ] {
            let cut = match (number(start), number(end)) {
                (Some(s), Some(e)) => {
                    let span = usize::try_from(s).ok().zip(usize::try_from(e).ok());
                    let found = span.and_then(|(s, e)| text.get(s..e));
                    Some(
                        found
                            .ok_or_else(|| bad(&format!("{column} {s}..{e} is not in the text")))?,
                    )
                }
                _ => None,
            };
            strings.push((column, cut.map(str::to_string)));
        }
        insert_row(conn, Table::Claim, claim, strings).map_err(|err| bad(&err.message))?;
    }
    Ok(())
}

/// Inserts a logged row, with the columns derived from its names (folded names, name keys).
fn insert_row(
    conn: &Connection,
    table: Table,
    object: &RowObject,
    extra: Vec<(&str, Option<String>)>,
) -> Result<()> {
    use rusqlite::types::Value;
    let mut columns: Vec<&str> = table.columns().to_vec();
    let mut values: Vec<Value> = Vec::with_capacity(columns.len() + 3);
    for column in &columns {
        values.push(match object.get(*column) {
            None | Some(serde_json::Value::Null) => Value::Null,
            Some(serde_json::Value::String(text)) => Value::Text(text.clone()),
            Some(serde_json::Value::Number(n)) => Value::Integer(
                n.as_i64()
                    .ok_or_else(|| Error::user(format!("{column}: {n} is not an integer")))?,
            ),
            Some(other) => {
                return Err(Error::user(format!("{column}: unexpected value {other}")));
            }
        });
    }
    let text_of = |column: &str| object.get(column).and_then(|v| v.as_str()).unwrap_or("");
    match table {
        Table::Speaker => {
            let name = text_of("name");
            columns.extend(["name_folded", "name_key", "surname_key"]);
            values.push(Value::Text(crate::names::fold_text(name)));
            values.push(Value::Text(crate::names::name_key(name)));
            values.push(Value::Text(crate::names::name_parts(name).surname));
        }
        Table::Alias => {
            columns.push("alias_folded");
            values.push(Value::Text(crate::names::fold_text(text_of("alias"))));
        }
        _ => {}
    }
    for (column, value) in extra {
        columns.push(column);
        values.push(value.map_or(Value::Null, Value::Text));
    }
    let placeholders = vec!["?"; columns.len()].join(", ");
    let sql = format!(
        "INSERT INTO {} ({}) VALUES ({placeholders})",
        table.name(),
        columns.join(", ")
    );
    conn.prepare_cached(&sql)?
        .execute(rusqlite::params_from_iter(values))?;
    Ok(())
}
