//! Listings that page in SQL, for the web pages of `claimtrack serve`: a page of documents in
//! the order they were stored, and a page of a speaker's claims in the order `claims
//! --speaker` lists them. Both stop reading at the page's end, so a page costs the same on a
//! large archive as on a small one.

use super::claims::{CLAIM_FIELDS, CLAIM_JOINS, claim_from_row, fts_query};
use super::documents::document_summary_from_row;
use super::{ClaimRecord, DocumentSummary, Store};
use crate::error::Result;
use rusqlite::types::Value;
use rusqlite::{OptionalExtension, params_from_iter};

/// One speaker's claims after a position in the listing order, off the index that gives it.
const SPEAKER_PAGE: &str =
    "SELECT document_id, content_start, id FROM claim INDEXED BY claim_by_speaker
     WHERE speaker_id = ?1 AND (document_id, content_start, id) > (?2, ?3, ?4)
       AND review != 'rejected'
     ORDER BY document_id, content_start, id LIMIT ?5";

/// Which documents a page lists; `None` is no condition.
#[derive(Debug, Clone, Default)]
pub struct DocumentPageFilter {
    /// The outlet's name, exactly.
    pub outlet: Option<String>,
    /// Published on or after this date (YYYY-MM-DD).
    pub since: Option<String>,
    /// Published on or before this date: a full timestamp on that day is still within it.
    pub until: Option<String>,
    /// Words in the title, or in the content of one of the document's claims.
    pub words: Option<String>,
}

/// A listed document and how many of its claims have no named source.
#[derive(Debug, Clone)]
pub struct ListedDocument {
    pub summary: DocumentSummary,
    pub unsourced: i64,
}

/// A speaker group as the head of its page shows it.
#[derive(Debug, Clone)]
pub struct SpeakerHeading {
    pub name: String,
    pub kind: String,
    pub aliases: Vec<String>,
    /// The other speakers merged into this one.
    pub merged: Vec<String>,
    /// The group's stored claims, rejected ones included: counted off the speaker index
    /// alone, so the count costs little however many claims the group has.
    pub stored_claims: i64,
}

/// The WHERE clause of a document page and its parameters; only fixed SQL is assembled.
fn document_condition(filter: &DocumentPageFilter) -> (String, Vec<Value>) {
    let mut conditions = vec!["1"];
    let mut values = Vec::new();
    if let Some(outlet) = &filter.outlet {
        conditions.push("o.name = ?");
        values.push(Value::Text(outlet.clone()));
    }
    if let Some(since) = &filter.since {
        conditions.push("d.published >= ?");
        values.push(Value::Text(since.clone()));
    }
    if let Some(until) = &filter.until {
        conditions.push("substr(d.published, 1, length(?)) <= ?");
        values.push(Value::Text(until.clone()));
        values.push(Value::Text(until.clone()));
    }
    if let Some(words) = &filter.words {
        let title = format!(
            "%{}%",
            words
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        );
        let query = fts_query(words);
        if query.is_empty() {
            conditions.push("d.title LIKE ? ESCAPE '\\'");
            values.push(Value::Text(title));
        } else {
            conditions.push(
                "(d.title LIKE ? ESCAPE '\\' OR d.id IN (SELECT c.document_id FROM claim c
                   WHERE c.review != 'rejected'
                     AND c.id IN (SELECT rowid FROM claim_fts WHERE claim_fts MATCH ?)))",
            );
            values.push(Value::Text(title));
            values.push(Value::Text(query));
        }
    }
    (conditions.join(" AND "), values)
}

impl Store {
    /// The documents that match, `limit` of them from `offset` in the order they were stored,
    /// with their claim counts; and how many match in all.
    pub fn document_page(
        &self,
        filter: &DocumentPageFilter,
        offset: u64,
        limit: u64,
    ) -> Result<(Vec<ListedDocument>, i64)> {
        let (condition, values) = document_condition(filter);
        let from =
            format!("FROM document d LEFT JOIN outlet o ON o.id = d.outlet_id WHERE {condition}");
        let total: i64 = self.conn.query_row(
            &format!("SELECT count(*) {from}"),
            params_from_iter(values.clone()),
            |row| row.get(0),
        )?;
        let sql = format!(
            "SELECT d.sha256, o.name, d.title, d.published, d.byte_len,
                    (SELECT count(*) FROM claim c WHERE c.document_id = d.id AND c.review != 'rejected'),
                    (SELECT count(*) FROM claim c WHERE c.document_id = d.id AND c.review != 'rejected'
                        AND c.source_kind != 'named')
             {from} ORDER BY d.id LIMIT ? OFFSET ?"
        );
        let mut values = values;
        values.push(Value::Integer(i64::try_from(limit).unwrap_or(i64::MAX)));
        values.push(Value::Integer(i64::try_from(offset).unwrap_or(i64::MAX)));
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(params_from_iter(values), |row| {
            Ok(ListedDocument {
                summary: document_summary_from_row(row)?,
                unsourced: row.get(6)?,
            })
        })?;
        Ok((rows.collect::<rusqlite::Result<_>>()?, total))
    }

    /// The heading of the group whose members are `speaker_ids` (as
    /// [`find_speakers`](Store::find_speakers) gives them, any member first).
    pub fn speaker_heading(&self, speaker_ids: &[i64]) -> Result<SpeakerHeading> {
        let member = speaker_ids.first().copied().unwrap_or_default();
        let root = super::speakers::root_of(&self.conn, member)?;
        let (name, kind) = self.conn.query_row(
            "SELECT name, kind FROM speaker WHERE id = ?1",
            [root],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        let (aliases, merged) = self.group_aliases_and_merged(root)?;
        let ids = serde_json::to_string(speaker_ids).unwrap_or_default();
        let stored_claims = self.conn.query_row(
            "SELECT count(*) FROM claim INDEXED BY claim_by_speaker
             WHERE speaker_id IN (SELECT value FROM json_each(?1))",
            [ids],
            |row| row.get(0),
        )?;
        Ok(SpeakerHeading {
            name,
            kind,
            aliases,
            merged,
            stored_claims,
        })
    }

    /// The outlets' names, in name order.
    pub fn outlet_names(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT name FROM outlet ORDER BY name")?;
        let names = stmt.query_map([], |row| row.get(0))?;
        Ok(names.collect::<rusqlite::Result<_>>()?)
    }

    /// Up to `limit` claims (not rejected) of these speakers that come after the claim
    /// `after` (0: from the start), in the listing order of `claims --speaker`: by document and
    /// position. Each speaker's claims come off `claim_by_speaker` in that order from the
    /// previous page's last claim on, so no more than `limit` of them are read however many
    /// the speaker has.
    pub fn speaker_claim_page(
        &self,
        speaker_ids: &[i64],
        after: i64,
        limit: u64,
    ) -> Result<Vec<ClaimRecord>> {
        let limit_value = i64::try_from(limit).unwrap_or(i64::MAX);
        let from = self.listing_position(after)?;
        let mut found: Vec<(i64, i64, i64)> = Vec::new();
        let mut stmt = self.conn.prepare_cached(SPEAKER_PAGE)?;
        for &speaker in speaker_ids {
            let rows = stmt.query_map((speaker, from.0, from.1, from.2, limit_value), |row| {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?))
            })?;
            found.extend(rows.collect::<rusqlite::Result<Vec<_>>>()?);
        }
        found.sort_unstable();
        found.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
        let ids: Vec<i64> = found.iter().map(|&(_, _, id)| id).collect();
        let sql = format!(
            "SELECT {CLAIM_FIELDS} FROM claim c {CLAIM_JOINS}
             WHERE c.id IN (SELECT value FROM json_each(?))
             ORDER BY c.document_id, c.content_start, c.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let ids = serde_json::to_string(&ids).unwrap_or_default();
        let claims = stmt.query_map([ids], claim_from_row)?;
        Ok(claims.collect::<rusqlite::Result<_>>()?)
    }

    /// The query plan of one speaker's part of [`Store::speaker_claim_page`], one line per
    /// step, so tests can show that a page reads the index in order and sorts nothing.
    pub fn explain_speaker_claim_page(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare(&format!("EXPLAIN QUERY PLAN {SPEAKER_PAGE}"))?;
        let steps = stmt.query_map((1, 0, 0, 0, 50), |row| row.get::<_, String>(3))?;
        Ok(steps.collect::<rusqlite::Result<_>>()?)
    }

    /// Where the claim `id` stands in the listing order (document, position, id); the start
    /// for 0 or a claim that is gone (a page link kept while the claim was removed).
    fn listing_position(&self, id: i64) -> Result<(i64, i64, i64)> {
        let start = (i64::MIN, i64::MIN, i64::MIN);
        if id == 0 {
            return Ok(start);
        }
        let position = self
            .conn
            .prepare_cached("SELECT document_id, content_start, id FROM claim WHERE id = ?1")?
            .query_row([id], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
            .optional()?;
        Ok(position.unwrap_or(start))
    }
}
