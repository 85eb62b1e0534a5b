//! The claim counts kept at write time (schema migration 14): how they are computed from the
//! claims, added to per transaction, rebuilt, and checked.
//!
//! `audit` and `speakers` read these rows instead of counting claims, so a count that drifted
//! from the claims would be a wrong answer given fast. One definition of each count, as a
//! query over the claims alone, serves to fill the tables (the migration and
//! `verify --recount`) and to check them (`verify`).

use super::Store;
use super::verify::Problem;
use crate::error::Result;
use rusqlite::{Connection, params};
use std::collections::HashMap;

/// Schema migration 14, whose tables [`rebuild`] fills.
pub(super) const MIGRATION: i64 = 14;

/// A counts table, with the query over the claims that gives its rows as they should be.
struct Counted {
    table: &'static str,
    columns: &'static str,
    /// Rows that may stay behind at zero after their claims go (e.g. a speaker's count for an
    /// outlet), which a recount does not make.
    kept_at_zero: &'static str,
    expected: &'static str,
    /// The same rows from the tables filled before this one, when that reads less than
    /// `expected` (which must not rely on them: `verify` checks each table on its own).
    rebuilt_from: Option<&'static str>,
}

/// A document's claims by source kind, rejected claims left out (as `audit` counts them).
const DOCUMENTS_EXPECTED: &str = "
    SELECT d.id, coalesce(d.outlet_id, 0), coalesce(n.named, 0), coalesce(n.anonymous, 0),
           coalesce(n.vague, 0), coalesce(n.none, 0)
    FROM document d LEFT JOIN (
        SELECT document_id, sum(source_kind = 'named') AS named,
               sum(source_kind = 'anonymous') AS anonymous, sum(source_kind = 'vague') AS vague,
               sum(source_kind = 'none') AS none
        FROM claim WHERE review != 'rejected' GROUP BY document_id
    ) n ON n.document_id = d.id";

const COUNTED: [Counted; 4] = [
    Counted {
        table: "document_sourcing",
        columns: "document_id, outlet_key, named, anonymous, vague, none",
        kept_at_zero: "0",
        expected: DOCUMENTS_EXPECTED,
        rebuilt_from: None,
    },
    Counted {
        table: "outlet_sourcing",
        columns: "outlet_key, documents, named, anonymous, vague, none",
        kept_at_zero: "documents = 0 AND named + anonymous + vague + none = 0",
        expected: "
            SELECT coalesce(d.outlet_id, 0), count(*), sum(coalesce(n.named, 0)),
                   sum(coalesce(n.anonymous, 0)), sum(coalesce(n.vague, 0)),
                   sum(coalesce(n.none, 0))
            FROM document d LEFT JOIN (
                SELECT document_id, sum(source_kind = 'named') AS named,
                       sum(source_kind = 'anonymous') AS anonymous,
                       sum(source_kind = 'vague') AS vague, sum(source_kind = 'none') AS none
                FROM claim WHERE review != 'rejected' GROUP BY document_id
            ) n ON n.document_id = d.id
            GROUP BY 1",
        rebuilt_from: Some(
            "SELECT outlet_key, count(*), sum(named), sum(anonymous), sum(vague), sum(none)
             FROM document_sourcing GROUP BY outlet_key",
        ),
    },
    Counted {
        table: "speaker_claims",
        columns: "speaker_id, outlet_key, claims",
        kept_at_zero: "claims = 0",
        expected: "
            SELECT c.speaker_id, coalesce(d.outlet_id, 0), count(*)
            FROM claim c JOIN document d ON d.id = c.document_id
            WHERE c.speaker_id IS NOT NULL AND c.review != 'rejected'
            GROUP BY 1, 2",
        rebuilt_from: None,
    },
    Counted {
        table: "speaker_group_claims",
        columns: "root_id, claims",
        kept_at_zero: "0",
        // A group's claims are its root's own and its members' (canonical_id = the root),
        // each looked up on an index. A join of every speaker with the grouped counts, which
        // this was, finds no index to the groups: SQLite scanned them all for each speaker,
        // which at 270k speakers would run for hours.
        expected: "
            SELECT s.id,
                (SELECT count(*) FROM claim c
                 WHERE c.speaker_id = s.id AND s.canonical_id IS NULL AND c.review != 'rejected')
              + (SELECT count(*) FROM speaker m JOIN claim c ON c.speaker_id = m.id
                 WHERE m.canonical_id = s.id AND c.review != 'rejected')
            FROM speaker s",
        rebuilt_from: Some(
            "SELECT s.id,
                 coalesce((SELECT sum(x.claims) FROM speaker_claims x
                           WHERE x.speaker_id = s.id AND s.canonical_id IS NULL), 0)
               + coalesce((SELECT sum(x.claims) FROM speaker m
                           JOIN speaker_claims x ON x.speaker_id = m.id
                           WHERE m.canonical_id = s.id), 0)
             FROM speaker s",
        ),
    },
];

/// Fills the counts tables from the claims, replacing what they held; the claims are read
/// twice, for the documents' counts and the speakers'.
pub(super) fn rebuild(tx: &Connection) -> Result<()> {
    for counted in &COUNTED {
        tx.execute(&format!("DELETE FROM {}", counted.table), [])?;
        tx.execute(
            &format!(
                "INSERT INTO {} ({}) {}",
                counted.table,
                counted.columns,
                counted.rebuilt_from.unwrap_or(counted.expected)
            ),
            [],
        )?;
    }
    Ok(())
}

/// The claims a transaction added, as they add to each row of the counts: by document and by
/// outlet (named, anonymous, vague, none), by speaker and outlet, and by speaker group.
#[derive(Default)]
struct Added {
    documents: HashMap<i64, [i64; 4]>,
    outlets: HashMap<i64, [i64; 4]>,
    speakers: HashMap<(i64, i64), i64>,
    groups: HashMap<i64, i64>,
}

/// Adds the claims with ids above `last` to the counts. They are read once and tallied here,
/// then each row they touch is updated once (grouping them in SQL, a statement per table, read
/// them four times and sorted them three). Every document and speaker already has its row (the
/// insert triggers make them); a speaker's count for an outlet may be new.
pub(super) fn count_claims_after(conn: &Connection, last: i64) -> Result<()> {
    let mut added = Added::default();
    let mut stmt = conn.prepare_cached(
        "SELECT c.document_id, d.outlet_key, c.speaker_id, coalesce(s.canonical_id, s.id),
                c.source_kind
         FROM claim c JOIN document_sourcing d ON d.document_id = c.document_id
         LEFT JOIN speaker s ON s.id = c.speaker_id
         WHERE c.id > ?1 AND c.review != 'rejected'",
    )?;
    let mut rows = stmt.query([last])?;
    while let Some(row) = rows.next()? {
        let kind = match row.get_ref(4)?.as_str().unwrap_or_default() {
            "named" => 0,
            "anonymous" => 1,
            "vague" => 2,
            _ => 3,
        };
        let outlet: i64 = row.get(1)?;
        added.documents.entry(row.get(0)?).or_default()[kind] += 1;
        added.outlets.entry(outlet).or_default()[kind] += 1;
        if let (Some(speaker), Some(root)) = (row.get::<_, Option<i64>>(2)?, row.get(3)?) {
            *added.speakers.entry((speaker, outlet)).or_default() += 1;
            *added.groups.entry(root).or_default() += 1;
        }
    }
    let by_kind = |table: &str, key: &str| {
        format!(
            "UPDATE {table} SET named = named + ?2, anonymous = anonymous + ?3,
                 vague = vague + ?4, none = none + ?5 WHERE {key} = ?1"
        )
    };
    for (table, key, tallies) in [
        ("document_sourcing", "document_id", &added.documents),
        ("outlet_sourcing", "outlet_key", &added.outlets),
    ] {
        let mut update = conn.prepare_cached(&by_kind(table, key))?;
        for (id, [named, anonymous, vague, none]) in tallies {
            update.execute(params![id, named, anonymous, vague, none])?;
        }
    }
    let mut upsert = conn.prepare_cached(
        "INSERT INTO speaker_claims (speaker_id, outlet_key, claims) VALUES (?1, ?2, ?3)
         ON CONFLICT (speaker_id, outlet_key) DO UPDATE SET claims = claims + excluded.claims",
    )?;
    for ((speaker, outlet), claims) in &added.speakers {
        upsert.execute(params![speaker, outlet, claims])?;
    }
    let mut update = conn.prepare_cached(
        "UPDATE speaker_group_claims SET claims = claims + ?2 WHERE root_id = ?1",
    )?;
    for (root, claims) in &added.groups {
        update.execute(params![root, claims])?;
    }
    Ok(())
}

/// The counts tables that differ from a recount of the claims, one problem each, naming how
/// many keys (documents, outlets, speakers) differ and the first of them.
pub(super) fn count_problems(conn: &Connection) -> Result<Vec<Problem>> {
    let mut problems = Vec::new();
    for counted in &COUNTED {
        let kept = format!(
            "SELECT {} FROM {} WHERE NOT ({})",
            counted.columns, counted.table, counted.kept_at_zero
        );
        let differing = format!(
            "SELECT * FROM ({kept} EXCEPT {expected})
             UNION ALL SELECT * FROM ({expected} EXCEPT {kept})",
            expected = counted.expected
        );
        let (rows, first): (i64, Option<i64>) = conn.query_row(
            &format!(
                "SELECT count(DISTINCT {key}), min({key}) FROM ({differing})",
                key = first_column(counted)
            ),
            [],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        if rows > 0 {
            problems.push(Problem {
                kind: "count_mismatch",
                document_sha256: None,
                document_id: None,
                claim_id: None,
                detail: format!(
                    "the claim counts in {} differ from a recount of the claims for {rows} key{} (first: {} {})",
                    counted.table,
                    if rows == 1 { "" } else { "s" },
                    first_column(counted),
                    first.unwrap_or_default()
                ),
            });
        }
    }
    Ok(problems)
}

fn first_column(counted: &Counted) -> &'static str {
    counted.columns.split(',').next().unwrap_or("rowid")
}

impl Store {
    /// Counts every claim again into the tables `audit` and `speakers` read, in one
    /// transaction: the repair for a `count_mismatch` that `verify` found.
    pub fn recount(&mut self) -> Result<()> {
        let tx = self.conn.transaction()?;
        rebuild(&tx)?;
        tx.commit()?;
        Ok(())
    }
}
