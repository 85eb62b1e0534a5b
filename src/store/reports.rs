//! Aggregates over claims for the sourcing audit and the speaker-by-outlet comparison.

use super::{Store, short_hash};
use crate::error::Result;
use crate::names::fold_text;
use rusqlite::params_from_iter;
use rusqlite::types::Value;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

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
    fn merge(&mut self, other: &SourcingCounts) {
        self.named += other.named;
        self.anonymous += other.anonymous;
        self.vague += other.vague;
        self.none += other.none;
        self.claims += other.claims;
        self.unsourced_share = share(self.claims - self.named, self.claims);
    }

    fn add(&mut self, source_kind: &str, count: i64) {
        match source_kind {
            "named" => self.named += count,
            "anonymous" => self.anonymous += count,
            "vague" => self.vague += count,
            _ => self.none += count,
        }
        self.claims += count;
        self.unsourced_share = share(self.claims - self.named, self.claims);
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

    /// Claims by source kind for each document in scope, ranked by unsourced share (highest
    /// first), and the same summed per outlet.
    ///
    /// Two passes that need no sorting, so a whole archive is counted in one read of a compact
    /// index: the counts come off `claim_sourcing` in its own (document, source kind) order, and
    /// the documents' metadata from their table.
    pub fn sourcing(
        &self,
        scope: &AuditScope,
    ) -> Result<(Vec<DocumentSourcing>, Vec<OutletSourcing>)> {
        let (condition, values) = scope_condition(scope);
        let mut counts: HashMap<i64, SourcingCounts> = HashMap::new();
        let sql = format!(
            "SELECT c.document_id, c.source_kind, count(*) FROM claim c INDEXED BY claim_sourcing
             WHERE c.review != 'rejected' AND c.document_id IN (
                 SELECT d.id FROM document d LEFT JOIN outlet o ON o.id = d.outlet_id WHERE {condition})
             GROUP BY c.document_id, c.source_kind"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query(params_from_iter(values.clone()))?;
        while let Some(row) = rows.next()? {
            let kind: String = row.get(1)?;
            counts
                .entry(row.get(0)?)
                .or_default()
                .add(&kind, row.get(2)?);
        }
        let sql = format!(
            "SELECT d.id, d.sha256, d.title, o.name FROM document d
             LEFT JOIN outlet o ON o.id = d.outlet_id WHERE {condition}"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query(params_from_iter(values))?;
        let mut documents = Vec::new();
        let mut outlets: BTreeMap<Option<String>, OutletSourcing> = BTreeMap::new();
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            let sha256: String = row.get(1)?;
            let outlet: Option<String> = row.get(3)?;
            let document_counts = counts.remove(&id).unwrap_or_default();
            let entry = outlets
                .entry(outlet.clone())
                .or_insert_with(|| OutletSourcing {
                    outlet: outlet.clone(),
                    documents: 0,
                    counts: SourcingCounts::default(),
                });
            entry.documents += 1;
            entry.counts.merge(&document_counts);
            documents.push(DocumentSourcing {
                id,
                short_hash: short_hash(&sha256).to_string(),
                sha256,
                title: row.get(2)?,
                outlet,
                counts: document_counts,
            });
        }
        documents.sort_by(|a, b| {
            b.counts
                .unsourced_share
                .total_cmp(&a.counts.unsourced_share)
                .then(b.counts.claims.cmp(&a.counts.claims))
                .then(a.sha256.cmp(&b.sha256))
        });
        // Named outlets in name order, then documents without one.
        let mut outlets: Vec<OutletSourcing> = outlets.into_values().collect();
        outlets
            .sort_by(|a, b| (a.outlet.is_none(), &a.outlet).cmp(&(b.outlet.is_none(), &b.outlet)));
        Ok((documents, outlets))
    }

    /// Claim counts and stance mix for each (speaker group, outlet).
    pub fn compare_matrix(&self, filter: &CompareFilter) -> Result<Vec<CompareCell>> {
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
        let rows = stmt.query_map(params_from_iter(values), |row| {
            Ok(CompareCell {
                speaker: row.get(0)?,
                outlet: row.get(1)?,
                claims: row.get(2)?,
                assert: row.get(3)?,
                deny: row.get(4)?,
                hedge: row.get(5)?,
                demand: row.get(6)?,
                commit: row.get(7)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

fn scope_condition(scope: &AuditScope) -> (&'static str, Vec<Value>) {
    match (scope.document_id, &scope.outlet) {
        (Some(id), _) => ("d.id = ?", vec![Value::Integer(id)]),
        (None, Some(outlet)) => ("o.name_folded = ?", vec![Value::Text(fold_text(outlet))]),
        (None, None) => ("1", Vec::new()),
    }
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
