//! Aggregates over claims for the sourcing audit and the speaker-by-outlet comparison.

use super::{Store, short_hash};
use crate::error::Result;
use crate::names::fold_text;
use rusqlite::params_from_iter;
use rusqlite::types::Value;
use serde::Serialize;
use std::ops::ControlFlow;

/// Claims by source kind, for one document or one outlet.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SourcingCounts {
    pub claims: i64,
    pub named: i64,
    pub anonymous: i64,
    pub vague: i64,
    pub none: i64,
    /// Share of claims without a named source (anonymous, vague or none), 0 to 1.
    pub unsourced_share: f64,
}

impl SourcingCounts {
    /// The counts of claims that are named, anonymous, vague and without a source.
    fn of([named, anonymous, vague, none]: [i64; 4]) -> SourcingCounts {
        let claims = named + anonymous + vague + none;
        SourcingCounts {
            claims,
            named,
            anonymous,
            vague,
            none,
            unsourced_share: share(claims - named, claims),
        }
    }
}

fn share(part: i64, whole: i64) -> f64 {
    if whole == 0 {
        0.0
    } else {
        (part as f64 / whole as f64 * 1000.0).round() / 1000.0
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct DocumentSourcing {
    #[serde(skip)]
    pub id: i64,
    pub sha256: String,
    pub short_hash: String,
    pub title: Option<String>,
    pub outlet: Option<String>,
    #[serde(flatten)]
    pub counts: SourcingCounts,
}

#[derive(Debug, Clone, Serialize)]
pub struct OutletSourcing {
    pub outlet: Option<String>,
    pub documents: i64,
    #[serde(flatten)]
    pub counts: SourcingCounts,
}

/// Which documents an audit covers.
#[derive(Debug, Clone, Default)]
pub struct AuditScope {
    pub document_id: Option<i64>,
    pub outlet: Option<String>,
}

/// One cell of the speaker-by-outlet matrix.
#[derive(Debug, Clone, Serialize)]
pub struct CompareCell {
    pub speaker: String,
    pub outlet: Option<String>,
    pub claims: i64,
    pub assert: i64,
    pub deny: i64,
    pub hedge: i64,
    pub demand: i64,
    pub commit: i64,
}

#[derive(Debug, Clone, Default)]
pub struct CompareFilter {
    pub speaker_ids: Option<Vec<i64>>,
    /// Published on or after this date (`YYYY-MM-DD`).
    pub since: Option<String>,
    /// Published on or before this date.
    pub until: Option<String>,
}

impl Store {
    /// How many stored documents have no publication date, and how many there are: a date
    /// filter leaves the undated ones out.
    pub fn undated_documents(&self) -> Result<(i64, i64)> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT count(*) FILTER (WHERE published IS NULL), count(*) FROM document",
            )?
            .query_row([], |row| Ok((row.get(0)?, row.get(1)?)))?)
    }

    /// The stored name of the outlet `name` (compared as filters compare it: folded case and
    /// accents), or `None` when no document has that outlet.
    pub fn outlet_named(&self, name: &str) -> Result<Option<String>> {
        use rusqlite::OptionalExtension;
        Ok(self
            .conn
            .prepare_cached("SELECT name FROM outlet WHERE name_folded = ?1")?
            .query_row([crate::names::fold_text(name)], |row| row.get(0))
            .optional()?)
    }

    /// Hands each document in scope, with its claims by source kind, to `each`, ranked by
    /// unsourced share (highest first), then by claims (most first), then by SHA-256; the
    /// first `limit` of them, or all.
    ///
    /// The counts are those kept at write time (schema migration 14), read in rank order off
    /// their index, so a whole archive streams without counting or sorting its claims, and a
    /// limited ranking reads only its own rows.
    pub fn each_document_sourcing(
        &self,
        scope: &AuditScope,
        limit: Option<u64>,
        each: &mut dyn FnMut(DocumentSourcing) -> Result<()>,
    ) -> Result<()> {
        self.each_ranked_document(scope, RankedOnly::Every, limit, each)
    }

    /// [`Store::each_document_sourcing`] over the documents `only` picks.
    pub(super) fn each_ranked_document(
        &self,
        scope: &AuditScope,
        only: RankedOnly,
        limit: Option<u64>,
        each: &mut dyn FnMut(DocumentSourcing) -> Result<()>,
    ) -> Result<()> {
        let (sql, values) = document_sourcing_query(scope, only, limit);
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query(params_from_iter(values))?;
        while let Some(row) = rows.next()? {
            let sha256: String = row.get(1)?;
            each(DocumentSourcing {
                id: row.get(0)?,
                short_hash: short_hash(&sha256).to_string(),
                sha256,
                title: row.get(2)?,
                outlet: row.get(3)?,
                counts: SourcingCounts::of([row.get(4)?, row.get(5)?, row.get(6)?, row.get(7)?]),
            })?;
        }
        Ok(())
    }

    /// Claims by source kind summed per outlet over the documents in scope: named outlets in
    /// name order, then documents without one. Read from the per-outlet counts, except for one
    /// document's audit.
    pub fn outlet_sourcing(&self, scope: &AuditScope) -> Result<Vec<OutletSourcing>> {
        if scope.document_id.is_some() {
            let mut outlets = Vec::new();
            self.each_document_sourcing(scope, None, &mut |document| {
                outlets.push(OutletSourcing {
                    outlet: document.outlet,
                    documents: 1,
                    counts: document.counts,
                });
                Ok(())
            })?;
            return Ok(outlets);
        }
        let outlet = scope.outlet.as_deref().map(fold_text);
        let mut stmt = self.conn.prepare_cached(
            "SELECT o.name, x.documents, x.named, x.anonymous, x.vague, x.none
             FROM outlet_sourcing x LEFT JOIN outlet o ON o.id = x.outlet_key
             WHERE x.documents > 0 AND (?1 IS NULL OR o.name_folded = ?1)
             ORDER BY o.name IS NULL, o.name",
        )?;
        let rows = stmt.query_map([outlet], |row| {
            Ok(OutletSourcing {
                outlet: row.get(0)?,
                documents: row.get(1)?,
                counts: SourcingCounts::of([row.get(2)?, row.get(3)?, row.get(4)?, row.get(5)?]),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The query plan of the whole-database audit's ranking, one line per step, so tests can
    /// show that it reads the counts in index order rather than counting claims.
    pub fn explain_sourcing(&self, scope: &AuditScope) -> Result<Vec<String>> {
        let limit = Some(super::DEFAULT_RANKED_DOCUMENTS);
        let (sql, values) = document_sourcing_query(scope, RankedOnly::Every, limit);
        let mut stmt = self.conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?;
        let rows = stmt.query_map(params_from_iter(values), |row| row.get::<_, String>(3))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Hands each (speaker group, outlet) cell to `each`, in speaker then outlet order, until
    /// `each` breaks: the cells stream, so memory stays flat whatever the archive's size
    /// (collecting a million cells took 200 MB).
    pub fn each_compare_cell(
        &self,
        filter: &CompareFilter,
        each: &mut dyn FnMut(CompareCell) -> Result<ControlFlow<()>>,
    ) -> Result<()> {
        let mut conditions = vec!["c.review != 'rejected'"];
        let mut values: Vec<Value> = Vec::new();
        if let Some(ids) = &filter.speaker_ids {
            conditions.push("c.speaker_id IN (SELECT value FROM json_each(?))");
            values.push(Value::Text(serde_json::to_string(ids).unwrap_or_default()));
        }
        if let Some(since) = &filter.since {
            conditions.push("d.published >= ?");
            values.push(Value::Text(since.clone()));
        }
        if let Some(until) = &filter.until {
            conditions.push("d.published <= ?");
            values.push(Value::Text(until.clone()));
        }
        let sql = format!(
            "SELECT r.name, o.name, count(*),
                    sum(c.stance = 'assert'), sum(c.stance = 'deny'), sum(c.stance = 'hedge'),
                    sum(c.stance = 'demand'), sum(c.stance = 'commit')
             FROM claim c
             JOIN speaker s ON s.id = c.speaker_id
             JOIN speaker r ON r.id = coalesce(s.canonical_id, s.id)
             JOIN document d ON d.id = c.document_id
             LEFT JOIN outlet o ON o.id = d.outlet_id
             WHERE {}
             GROUP BY r.id, o.id
             ORDER BY r.name_folded, o.name IS NULL, o.name",
            conditions.join(" AND ")
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query(params_from_iter(values))?;
        while let Some(row) = rows.next()? {
            let cell = CompareCell {
                speaker: row.get(0)?,
                outlet: row.get(1)?,
                claims: row.get(2)?,
                assert: row.get(3)?,
                deny: row.get(4)?,
                hedge: row.get(5)?,
                demand: row.get(6)?,
                commit: row.get(7)?,
            };
            if each(cell)?.is_break() {
                break;
            }
        }
        Ok(())
    }
}

/// Which of the ranked documents a query reads.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum RankedOnly {
    Every,
    /// Those with a claim without a named source.
    Unsourced,
    /// Those whose unsourced share, in thousandths, is at least this: the top of the ranking.
    PermilleAtLeast(i64),
}

/// The documents of an audit's scope with their counts, in rank order. The rank is the
/// unsourced share in thousandths (`unsourced_permille`, which orders as the share printed
/// does), so the counts' index gives the order and only ties are sorted, by SHA-256.
fn document_sourcing_query(
    scope: &AuditScope,
    only: RankedOnly,
    limit: Option<u64>,
) -> (String, Vec<Value>) {
    let (mut condition, mut values) = scope_condition(scope);
    match only {
        RankedOnly::Every => {}
        RankedOnly::Unsourced => condition.push_str(" AND s.claims > s.named"),
        RankedOnly::PermilleAtLeast(permille) => {
            condition.push_str(" AND s.unsourced_permille >= ?");
            values.push(Value::Integer(permille));
        }
    }
    let limit = limit.map_or(String::new(), |n| format!(" LIMIT {n}"));
    let sql = format!(
        "SELECT s.document_id, d.sha256, d.title, o.name, s.named, s.anonymous, s.vague, s.none
         FROM document_sourcing s JOIN document d ON d.id = s.document_id
         LEFT JOIN outlet o ON o.id = d.outlet_id
         WHERE {condition}
         ORDER BY s.unsourced_permille DESC, s.claims DESC, d.sha256{limit}"
    );
    (sql, values)
}

/// The condition on `document_sourcing s` that keeps an audit's scope.
pub(super) fn scope_condition(scope: &AuditScope) -> (String, Vec<Value>) {
    let (condition, values) = match (scope.document_id, &scope.outlet) {
        (Some(id), _) => ("s.document_id = ?", vec![Value::Integer(id)]),
        (None, Some(outlet)) => (
            "s.outlet_key = (SELECT id FROM outlet WHERE name_folded = ?)",
            vec![Value::Text(fold_text(outlet))],
        ),
        (None, None) => ("1", Vec::new()),
    };
    (condition.to_string(), values)
}

impl crate::output::Keyed for CompareCell {
    const KEYS: &'static [&'static str] = &[
        "speaker", "outlet", "claims", "assert", "deny", "hedge", "demand", "commit",
    ];
}

impl crate::output::Keyed for DocumentSourcing {
    const KEYS: &'static [&'static str] = &[
        "sha256",
        "short_hash",
        "title",
        "outlet",
        "claims",
        "named",
        "anonymous",
        "vague",
        "none",
        "unsourced_share",
    ];
}

impl crate::output::Keyed for OutletSourcing {
    const KEYS: &'static [&'static str] = &[
        "outlet",
        "documents",
        "claims",
        "named",
        "anonymous",
        "vague",
        "none",
        "unsourced_share",
    ];
}
