//! Replaying the change log for `verify`: the chain of hashes is checked entry by entry, then
//! the state the log leaves every row in is compared with the tables.

use super::{
    Action, Entry, GENESIS, MIGRATION, Table, entry_from_row, has_log, line_object, row_json,
    row_lines,
};
use crate::error::Result;
use crate::store::verify::Problem;
use rusqlite::Connection;
use sha2::{Digest, Sha256};
use std::collections::HashMap;

/// A row's place in a problem report: which claim or document it is.
fn problem(kind: &'static str, table: Table, id: i64, detail: String) -> Problem {
    Problem {
        kind,
        document_sha256: None,
        document_id: (table == Table::Document).then_some(id),
        claim_id: (table == Table::Claim).then_some(id),
        detail,
    }
}

/// What the chain and the tables disagree on. The chain is walked first: the first entry that
/// does not follow its predecessor or does not match its own hash is reported (what comes
/// after it cannot be trusted to say more). Then every row whose current state is not the
/// state the log leaves it in, and every logged row that is gone.
pub(in crate::store) fn check(
    conn: &Connection,
    report: &mut dyn FnMut(Problem) -> Result<()>,
) -> Result<()> {
    if !has_log(conn)? {
        // A database from before the log (opened without migrating it) has nothing to check;
        // one that should have it has lost it.
        let version: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
        if version >= MIGRATION {
            report(Problem {
                kind: "history_broken",
                document_sha256: None,
                document_id: None,
                claim_id: None,
                detail: "the change log is missing: it was dropped outside claimtrack".into(),
            })?;
        }
        return Ok(());
    }
    // The replayed state keeps a digest of each row's data and the entry that logged it, not
    // the data itself, so memory stays small however many claims there are.
    let mut state: HashMap<(Table, i64), ([u8; 16], i64)> = HashMap::new();
    let mut expected_prev = GENESIS;
    let mut broken = false;
    let mut stmt = conn.prepare(
        "SELECT seq, at, origin, action, row_table, row_id, data, prev, hash FROM change_log
         ORDER BY seq",
    )?;
    let mut rows = stmt.query([])?;
    let mut last_seq = 0;
    while let Some(row) = rows.next()? {
        let entry = entry_from_row(row)?;
        if !broken {
            if let Some(detail) = chain_problem(&entry, last_seq, &expected_prev) {
                broken = true;
                report(Problem {
                    kind: "history_broken",
                    document_sha256: None,
                    document_id: None,
                    claim_id: None,
                    detail,
                })?;
            }
        }
        last_seq = entry.seq;
        expected_prev = entry.hash;
        let (Some(table), Some(action)) =
            (Table::parse(&entry.table), Action::parse(&entry.action))
        else {
            continue;
        };
        for (id, line) in row_lines(&entry.data) {
            if action.removes() {
                state.remove(&(table, id));
            } else {
                state.insert((table, id), (digest(line), entry.seq));
            }
        }
    }
    for table in Table::ALL {
        check_rows(conn, table, &mut state, report)?;
    }
    let mut gone: Vec<((Table, i64), i64)> = state
        .into_iter()
        .map(|(key, (_, seq))| (key, seq))
        .collect();
    gone.sort();
    for ((table, id), seq) in gone {
        report(problem(
            "unlogged_removal",
            table,
            id,
            format!(
                "{} {id} is logged (last by change {seq}) but is no longer in the database",
                table.name()
            ),
        ))?;
    }
    Ok(())
}

fn chain_problem(entry: &Entry, last_seq: i64, expected_prev: &[u8; 32]) -> Option<String> {
    if entry.seq != last_seq + 1 || entry.prev != *expected_prev {
        return Some(format!(
            "change {} does not follow change {last_seq}: a change before it was altered, removed or inserted",
            entry.seq
        ));
    }
    if entry.hash != entry.expected_hash() {
        return Some(format!(
            "change {} ({} of {} {}) does not match its hash: the entry was altered",
            entry.seq, entry.action, entry.table, entry.row_id
        ));
    }
    None
}

/// Compares every row of `table` with its replayed state, removing the rows it sees.
fn check_rows(
    conn: &Connection,
    table: Table,
    state: &mut HashMap<(Table, i64), ([u8; 16], i64)>,
    report: &mut dyn FnMut(Problem) -> Result<()>,
) -> Result<()> {
    let sql = format!("{} ORDER BY id", table.select());
    let mut stmt = conn.prepare(&sql)?;
    let mut rows = stmt.query([])?;
    while let Some(row) = rows.next()? {
        let id: i64 = row.get(0)?;
        let data = row_json(row, table.columns())?;
        let name = table.name();
        match state.remove(&(table, id)) {
            None => report(problem(
                "unlogged_row",
                table,
                id,
                format!("{name} {id} is not in the change log: it was added outside claimtrack"),
            ))?,
            Some((logged, seq)) if logged != digest(&data) => {
                let fields = differing_fields(conn, table, id, seq, &data)?;
                report(problem(
                    "history_mismatch",
                    table,
                    id,
                    format!(
                        "{name} {id} differs from its state after change {seq} ({fields}): it was changed outside claimtrack"
                    ),
                ))?
            }
            Some(_) => {}
        }
    }
    Ok(())
}

fn digest(data: &str) -> [u8; 16] {
    let full: [u8; 32] = Sha256::digest(data.as_bytes()).into();
    full[..16].try_into().expect("16 of 32 bytes")
}

/// The fields in which a row differs from its logged data, as `field: now X, logged Y`.
fn differing_fields(
    conn: &Connection,
    table: Table,
    id: i64,
    seq: i64,
    data: &str,
) -> Result<String> {
    let logged: String = conn
        .prepare_cached("SELECT data FROM change_log WHERE seq = ?1")?
        .query_row([seq], |row| row.get(0))?;
    let logged = row_lines(&logged)
        .filter(|(logged_id, _)| *logged_id == id)
        .map(|(_, line)| line)
        .last()
        .unwrap_or_default();
    let (Some(now), Some(then)) = (line_object(table, data), line_object(table, logged)) else {
        return Ok(String::new());
    };
    let fields: Vec<String> = now
        .iter()
        .filter(|(key, value)| then.get(*key) != Some(*value))
        .map(|(key, value)| {
            let was = then.get(key).cloned().unwrap_or(serde_json::Value::Null);
            format!("{key} is {}, logged {}", shorten(value), shorten(&was))
        })
        .collect();
    Ok(fields.join("; "))
}

fn shorten(value: &serde_json::Value) -> String {
    let text = value.to_string();
    match text.char_indices().nth(60) {
        Some((cut, _)) => format!("{}...", &text[..cut]),
        None => text,
    }
}
