//! Claims: attributed assertions with byte spans into their document's stored text.
//!
//! Every write checks the spans against the text, so that `text[start..end]` always equals the
//! stored content, source and cue, whoever made the claim.

use super::changelog::{self, Action, Table};
use super::speakers::{KnownSpeakers, speaker_id_for, speaker_id_for_folded};
use super::tombstones::{SpanKey, Tombstones};
use super::{Store, now_utc, short_hash};
use crate::error::{Error, Reason, Result};
use crate::model::{
    Attribution, ClaimKind, Framing, ReviewStatus, SourceKind, Span, SpeakerKind, Stance,
};
use crate::record::{ClaimState, ClaimText};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, params, params_from_iter};
use serde::Serialize;
use std::collections::HashSet;

/// A claim to be stored, with spans into its document's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewClaim {
    pub content: Span,
    pub kind: ClaimKind,
    pub source: Option<Span>,
    pub source_kind: SourceKind,
    pub speaker: Option<String>,
    pub speaker_kind: SpeakerKind,
    pub cue: Option<Span>,
    pub stance: Stance,
    pub framing: Framing,
    /// `manual` or `extractor/<version>`.
    pub origin: String,
    pub rule: Option<String>,
    /// The resolver that named the speaker (`None` for manual claims).
    pub resolver: Option<String>,
}

impl NewClaim {
    /// Checks that every span of the claim lies in `text` on character boundaries, so that a
    /// write can only fail for reasons of the database itself.
    pub fn check_spans(&self, text: &str) -> Result<()> {
        check_span(text, self.content, "content")?;
        if let Some(span) = self.source {
            check_span(text, span, "source")?;
        }
        if let Some(span) = self.cue {
            check_span(text, span, "cue")?;
        }
        Ok(())
    }

    pub fn from_attribution(attribution: &Attribution, extractor_version: &str) -> NewClaim {
        NewClaim {
            content: attribution.content,
            kind: attribution.kind,
            source: attribution.source,
            source_kind: attribution.source_kind,
            speaker: attribution.speaker.clone(),
            speaker_kind: attribution.speaker_kind,
            cue: attribution.cue,
            stance: attribution.stance,
            framing: attribution.framing,
            origin: format!("extractor/{extractor_version}"),
            rule: Some(attribution.rule.to_string()),
            resolver: Some(attribution.resolver.to_string()),
        }
    }
}

/// A stored claim as listed and printed: its id and document, then the parts every claim
/// record shares (see [`crate::record`], which declares the JSON keys).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ClaimRecord {
    pub id: i64,
    pub doc_sha256: String,
    pub doc_short: String,
    pub doc_title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    #[serde(flatten)]
    pub claim: ClaimText,
    #[serde(flatten)]
    pub state: ClaimState,
}

/// What `claimtrack claims` filters on. Every field narrows the list; `None` means any.
#[derive(Debug, Clone, Default)]
pub struct ClaimFilter {
    /// Speaker ids, as found by [`Store::find_speakers`].
    pub speaker_ids: Option<Vec<i64>>,
    pub document_id: Option<i64>,
    pub outlet: Option<String>,
    pub source_kind: Option<SourceKind>,
    pub stance: Option<Stance>,
    pub kind: Option<ClaimKind>,
    /// Words to find in the content (full-text search; every word must occur).
    pub search: Option<String>,
    /// Only claims with this review status. Without it, rejected claims are left out.
    pub review: Option<ReviewStatus>,
    /// Only claims without a named source (anonymous, vague or none).
    pub unsourced: bool,
    /// At most this many claims, the first in the listing's order.
    pub limit: Option<u64>,
}

/// A change to a stored claim; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct ClaimEdit {
    pub content: Option<Span>,
    pub kind: Option<ClaimKind>,
    pub source: Option<Option<Span>>,
    pub source_kind: Option<SourceKind>,
    pub speaker: Option<Option<(String, SpeakerKind)>>,
    pub cue: Option<Option<Span>>,
    pub stance: Option<Stance>,
    pub framing: Option<Framing>,
}

/// A claim's columns as [`claim_from_row`] reads them; the last, its document's id, orders
/// listings.
pub(super) const CLAIM_FIELDS: &str =
    "c.id, d.sha256, d.title, o.name, d.published, c.content_start,
    c.content_end, c.content, c.kind, s.name, c.source, c.source_start, c.source_end,
    c.source_kind, c.cue, c.cue_start, c.cue_end, c.stance, c.framing, c.origin, c.rule,
    c.resolver, c.review, c.created_at, c.document_id";

/// What a claim row `c` is joined to for [`CLAIM_FIELDS`].
pub(super) const CLAIM_JOINS: &str = "JOIN document d ON d.id = c.document_id
    LEFT JOIN outlet o ON o.id = d.outlet_id
    LEFT JOIN speaker written ON written.id = c.speaker_id
    LEFT JOIN speaker s ON s.id = coalesce(written.canonical_id, written.id)";

pub(super) fn claim_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<ClaimRecord> {
    let sha256: String = row.get(1)?;
    Ok(ClaimRecord {
        id: row.get(0)?,
        doc_short: short_hash(&sha256).to_string(),
        doc_sha256: sha256,
        doc_title: row.get(2)?,
        outlet: row.get(3)?,
        published: row.get(4)?,
        claim: claim_text_from_row(row, 5)?,
        state: claim_state_from_row(row, 19)?,
    })
}

/// The [`ClaimText`] in the 14 columns from `first` on, in the order `content_start,
/// content_end, content, kind, speaker, source, source_start, source_end, source_kind, cue,
/// cue_start, cue_end, stance, framing`.
pub(super) fn claim_text_from_row(
    row: &rusqlite::Row<'_>,
    first: usize,
) -> rusqlite::Result<ClaimText> {
    Ok(ClaimText {
        start: offset(row, first)?,
        end: offset(row, first + 1)?,
        content: row.get(first + 2)?,
        kind: parsed(row, first + 3)?,
        speaker: row.get(first + 4)?,
        source: row.get(first + 5)?,
        source_start: row.get::<_, Option<i64>>(first + 6)?.map(|o| o as usize),
        source_end: row.get::<_, Option<i64>>(first + 7)?.map(|o| o as usize),
        source_kind: parsed(row, first + 8)?,
        cue: row.get(first + 9)?,
        cue_start: row.get::<_, Option<i64>>(first + 10)?.map(|o| o as usize),
        cue_end: row.get::<_, Option<i64>>(first + 11)?.map(|o| o as usize),
        stance: parsed(row, first + 12)?,
        framing: parsed(row, first + 13)?,
    })
}

/// The [`ClaimState`] in the 5 columns from `first` on: `origin, rule, resolver, review,
/// created_at`.
pub(super) fn claim_state_from_row(
    row: &rusqlite::Row<'_>,
    first: usize,
) -> rusqlite::Result<ClaimState> {
    Ok(ClaimState {
        origin: row.get(first)?,
        rule: row.get(first + 1)?,
        resolver: row.get(first + 2)?,
        review: parsed(row, first + 3)?,
        created_at: row.get(first + 4)?,
    })
}

/// A byte offset: stored as an integer, never negative (every write checks its spans).
fn offset(row: &rusqlite::Row<'_>, index: usize) -> rusqlite::Result<usize> {
    Ok(row.get::<_, i64>(index)? as usize)
}

/// A column holding one of a closed set's names (the schema's CHECKs keep them so).
fn parsed<T>(row: &rusqlite::Row<'_>, index: usize) -> rusqlite::Result<T>
where
    T: std::str::FromStr<Err = crate::model::UnknownValue>,
{
    let text: String = row.get(index)?;
    text.parse().map_err(|err| {
        rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Text, Box::new(err))
    })
}

impl Store {
    /// Adds one claim to a stored document, in its own transaction.
    pub fn add_claim(&mut self, document_id: i64, claim: &NewClaim) -> Result<i64> {
        let tx = self.conn.transaction()?;
        let text = super::documents::document_text(&tx, document_id)?;
        let last = last_claim_id(&tx)?;
        let (id, logged) = insert_claim(
            &tx,
            &mut KnownSpeakers::default(),
            document_id,
            &text,
            claim,
            &now_utc(),
        )?;
        changelog::record_rows(
            &tx,
            Action::ClaimAdded,
            Table::Claim,
            &[(id, logged)],
            &claim.origin,
        )?;
        index_claims_after(&tx, last)?;
        tx.commit()?;
        Ok(id)
    }

    /// The other claims of a document with exactly this content span, by id: what a manual
    /// claim on that span would duplicate.
    pub fn claims_on_span(&self, document_id: i64, content: Span) -> Result<Vec<ClaimRecord>> {
        let ids: Vec<i64> = self
            .conn
            .prepare_cached(
                "SELECT id FROM claim
                 WHERE document_id = ?1 AND content_start = ?2 AND content_end = ?3 ORDER BY id",
            )?
            .query_map(
                params![document_id, content.start as i64, content.end as i64],
                |row| row.get(0),
            )?
            .collect::<rusqlite::Result<_>>()?;
        ids.into_iter().map(|id| self.claim(id)).collect()
    }

    pub fn claim(&self, id: i64) -> Result<ClaimRecord> {
        claim_in(&self.conn, id)
    }

    /// The document id a claim belongs to.
    pub fn claim_document(&self, id: i64) -> Result<i64> {
        claim_document_in(&self.conn, id)
    }

    pub fn claims(&self, filter: &ClaimFilter) -> Result<Vec<ClaimRecord>> {
        let mut claims = Vec::new();
        self.for_each_claim(filter, |claim| {
            claims.push(claim);
            Ok(())
        })?;
        Ok(claims)
    }

    /// Hands each claim of the listing to `each` as it is read, so that a long listing is
    /// never held in memory; an error from `each` (a closed pipe) ends it.
    pub fn for_each_claim(
        &self,
        filter: &ClaimFilter,
        mut each: impl FnMut(ClaimRecord) -> Result<()>,
    ) -> Result<()> {
        let (sql, values) = claims_query(filter, Order::Listing)?;
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query(params_from_iter(values))?;
        while let Some(row) = rows.next()? {
            each(claim_from_row(row)?)?;
        }
        Ok(())
    }

    /// How many claims the listing holds, counting no further than `at_most`: what a page
    /// can say of the rest without reading all of a large listing.
    pub fn count_claims(&self, filter: &ClaimFilter, at_most: u64) -> Result<u64> {
        if let Some(ids) = only_speakers(filter) {
            return Ok(self.group_claim_count(ids)?.min(at_most));
        }
        let bounded = ClaimFilter {
            limit: Some(at_most),
            ..filter.clone()
        };
        let (sql, values) = claims_query(&bounded, Order::Any)?;
        let count: i64 = self
            .conn
            .prepare_cached(&format!("SELECT count(*) FROM ({sql})"))?
            .query_row(params_from_iter(values), |row| row.get(0))?;
        Ok(count as u64)
    }

    /// The claims of the groups whose members are `ids` (whole groups, as
    /// [`Store::find_speakers`] gives them), rejected ones left out: read off the counts kept
    /// at write time, where counting them read a claim row each, scattered over the file.
    fn group_claim_count(&self, ids: &[i64]) -> Result<u64> {
        let count: i64 = self
            .conn
            .prepare_cached(
                "SELECT coalesce(sum(claims), 0) FROM speaker_group_claims
                 WHERE root_id IN (SELECT value FROM json_each(?1))",
            )?
            .query_row([serde_json::to_string(ids).unwrap_or_default()], |row| {
                row.get(0)
            })?;
        Ok(count as u64)
    }

    /// The query plan SQLite chooses for [`Store::claims`] with this filter, one line per step,
    /// so tests can show that listings use indexes rather than scans.
    pub fn explain_claims(&self, filter: &ClaimFilter) -> Result<Vec<String>> {
        let (sql, values) = claims_query(filter, Order::Listing)?;
        let mut stmt = self.conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?;
        let rows = stmt.query_map(params_from_iter(values), |row| row.get::<_, String>(3))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn edit_claim(&mut self, id: i64, edit: &ClaimEdit) -> Result<()> {
        // The row is read inside the write transaction (an immediate one, see `configure`), so
        // no other writer can change or remove it between the read and the write.
        let tx = self.conn.transaction()?;
        let document_id = claim_document_in(&tx, id)?;
        let current = claim_in(&tx, id)?;
        let text = super::documents::document_text(&tx, document_id)?;
        let speaker_id: Option<i64> = match &edit.speaker {
            Some(Some((name, kind))) => Some(speaker_id_for(&tx, name, *kind, "manual")?),
            Some(None) => None,
            None => tx
                .prepare_cached("SELECT speaker_id FROM claim WHERE id = ?1")?
                .query_row([id], |row| row.get(0))?,
        };
        let current = current.claim;
        let content = edit.content.unwrap_or(current.content_span());
        let source = edit.source.unwrap_or(current.source_span());
        let cue = edit.cue.unwrap_or(current.cue_span());
        check_span(&text, content, "content")?;
        for (span, what) in [(source, "source"), (cue, "cue")] {
            if let Some(span) = span {
                check_span(&text, span, what)?;
            }
        }
        let source_kind = edit.source_kind.unwrap_or(current.source_kind);
        // A claim a person has edited is theirs now: `reextract` must never overwrite it.
        tx.prepare_cached(
            "UPDATE claim SET content = ?2, content_start = ?3, content_end = ?4, kind = ?5,
                 source = ?6, source_start = ?7, source_end = ?8, source_kind = ?9, speaker_id = ?10,
                 cue = ?11, cue_start = ?12, cue_end = ?13, stance = ?14, framing = ?15,
                 origin = 'manual'
             WHERE id = ?1",
        )?
        .execute(params![
            id,
            content.of(&text),
            content.start as i64,
            content.end as i64,
            edit.kind.unwrap_or(current.kind).as_str(),
            source.map(|s| s.of(&text)),
            source.map(|s| s.start as i64),
            source.map(|s| s.end as i64),
            source_kind.as_str(),
            speaker_id,
            cue.map(|s| s.of(&text)),
            cue.map(|s| s.start as i64),
            cue.map(|s| s.end as i64),
            edit.stance.unwrap_or(current.stance).as_str(),
            edit.framing.unwrap_or(current.framing).as_str(),
        ])?;
        changelog::record(&tx, Action::ClaimEdited, Table::Claim, id, "manual")?;
        tx.commit()?;
        Ok(())
    }

    pub fn remove_claim(&mut self, id: i64) -> Result<()> {
        let tx = self.conn.transaction()?;
        claim_in(&tx, id)?;
        changelog::remove(&tx, Table::Claim, "id = ?1", [id], "manual")?;
        tx.commit()?;
        // A rejected claim removed is a new tombstone.
        self.tombstones = None;
        Ok(())
    }

    /// Replaces a document's unreviewed extracted claims by a new extraction. Manual, accepted
    /// and rejected claims stay as they are, and a new claim with the same content span as one
    /// of them, or as a rejected claim since removed (a tombstone), is not added, so a rejected
    /// extraction does not come back. Returns how many claims were removed and added.
    pub fn replace_extracted_claims(
        &mut self,
        document_id: i64,
        claims: &[NewClaim],
    ) -> Result<(usize, usize)> {
        let tx = self.conn.transaction()?;
        let last = last_claim_id(&tx)?;
        let known = &mut KnownSpeakers::default();
        let tombstoned = Tombstones::cached(&mut self.tombstones, &tx)?.of(document_id);
        let replaced = replace_extracted_in(&tx, known, document_id, claims, tombstoned)?;
        index_claims_after(&tx, last)?;
        tx.commit()?;
        Ok(replaced)
    }

    pub fn review_claim(&mut self, id: i64, review: ReviewStatus) -> Result<()> {
        let tx = self.conn.transaction()?;
        claim_in(&tx, id)?;
        tx.prepare_cached("UPDATE claim SET review = ?2 WHERE id = ?1")?
            .execute(params![id, review.as_str()])?;
        changelog::record(&tx, Action::ClaimReviewed, Table::Claim, id, "manual")?;
        tx.commit()?;
        Ok(())
    }
}

/// [`Store::replace_extracted_claims`] inside the transaction `tx`, which indexes the added
/// claims before it commits (see [`index_claims_after`]).
pub(super) fn replace_extracted_in(
    tx: &Connection,
    known: &mut KnownSpeakers,
    document_id: i64,
    claims: &[NewClaim],
    tombstoned: Option<&HashSet<SpanKey>>,
) -> Result<(usize, usize)> {
    let origin = format!("extractor/{}", crate::extract::EXTRACTOR_VERSION);
    // A claim the new extraction finds again, the same in every field, keeps its row and id,
    // so an id noted before `reextract` still points at the claim.
    let (unchanged, found_again) = claims_found_again(tx, document_id, claims)?;
    let unchanged = serde_json::to_string(&unchanged).unwrap_or_default();
    let removed = changelog::remove(
        tx,
        Table::Claim,
        "document_id = ?1 AND origin GLOB 'extractor/*' AND review = 'unreviewed'
         AND id NOT IN (SELECT value FROM json_each(?2))",
        params![document_id, unchanged],
        &origin,
    )?;
    let mut kept: HashSet<SpanKey> = tx
        .prepare_cached(
            "SELECT content_start, content_end FROM claim WHERE document_id = ?1
             AND id NOT IN (SELECT value FROM json_each(?2))",
        )?
        .query_map(params![document_id, unchanged], |row| {
            Ok((row.get(0)?, row.get(1)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    kept.extend(tombstoned.into_iter().flatten());
    let text = super::documents::document_text(tx, document_id)?;
    let now = now_utc();
    let mut added = Vec::new();
    for (i, claim) in claims.iter().enumerate() {
        let span = (claim.content.start as i64, claim.content.end as i64);
        if !found_again[i] && !kept.contains(&span) {
            added.push(insert_claim(tx, known, document_id, &text, claim, &now)?);
        }
    }
    // In id order, as the log had them when it read them back by id.
    changelog::record_rows(tx, Action::ClaimAdded, Table::Claim, &added, &origin)?;
    Ok((removed, added.len()))
}

/// The ids of a document's unreviewed extracted claims that `claims` holds again, the same in
/// every field (spans, kinds, speaker's name, stance, framing and rule), and for each of
/// `claims` whether it is one of them.
fn claims_found_again(
    tx: &Connection,
    document_id: i64,
    claims: &[NewClaim],
) -> Result<(Vec<i64>, Vec<bool>)> {
    type Fields = (
        i64,
        i64,
        String,
        Option<i64>,
        Option<i64>,
        String,
        Option<String>,
    );
    type More = (Option<i64>, Option<i64>, String, String, Option<String>);
    let mut stored: Vec<(i64, Fields, More)> = tx
        .prepare_cached(
            "SELECT c.id, c.content_start, c.content_end, c.kind, c.source_start, c.source_end,
                    c.source_kind, s.name, c.cue_start, c.cue_end, c.stance, c.framing, c.rule
             FROM claim c LEFT JOIN speaker s ON s.id = c.speaker_id
             WHERE c.document_id = ?1 AND c.origin GLOB 'extractor/*'
               AND c.review = 'unreviewed'",
        )?
        .query_map([document_id], |r| {
            Ok((
                r.get(0)?,
                (
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                    r.get(7)?,
                ),
                (r.get(8)?, r.get(9)?, r.get(10)?, r.get(11)?, r.get(12)?),
            ))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let start = |span: Option<Span>| span.map(|s| s.start as i64);
    let end = |span: Option<Span>| span.map(|s| s.end as i64);
    let mut unchanged = Vec::new();
    let mut found_again = Vec::with_capacity(claims.len());
    for claim in claims {
        let fields: Fields = (
            claim.content.start as i64,
            claim.content.end as i64,
            claim.kind.as_str().to_string(),
            start(claim.source),
            end(claim.source),
            claim.source_kind.as_str().to_string(),
            claim.speaker.clone(),
        );
        let more: More = (
            start(claim.cue),
            end(claim.cue),
            claim.stance.as_str().to_string(),
            claim.framing.as_str().to_string(),
            claim.rule.clone(),
        );
        let at = stored
            .iter()
            .position(|(_, f, m)| *f == fields && *m == more);
        found_again.push(at.is_some());
        if let Some(at) = at {
            unchanged.push(stored.swap_remove(at).0);
        }
    }
    Ok((unchanged, found_again))
}

/// A stored claim, read through `conn` (the store's connection or a transaction of it).
fn claim_in(conn: &Connection, id: i64) -> Result<ClaimRecord> {
    let sql = format!("SELECT {CLAIM_FIELDS} FROM claim c {CLAIM_JOINS} WHERE c.id = ?1");
    conn.prepare_cached(&sql)?
        .query_row([id], claim_from_row)
        .optional()?
        .ok_or_else(|| no_such_claim(id))
}

fn no_such_claim(id: i64) -> Error {
    Error::user(format!("claim {id}: no such claim")).with_reason(Reason::NoSuchClaim { id })
}

fn claim_document_in(conn: &Connection, id: i64) -> Result<i64> {
    conn.prepare_cached("SELECT document_id FROM claim WHERE id = ?1")?
        .query_row([id], |row| row.get(0))
        .optional()?
        .ok_or_else(|| no_such_claim(id))
}

/// The SQL and parameters of a claim listing. Only fixed SQL fragments are assembled here;
/// every user value is a parameter.
///
/// The order is one an index delivers, so that a page reads about as many rows as it shows:
/// ranked by relevance (FTS5 `bm25`) for a search, else by document in the order they were
/// stored, then by position. A speaker's claims come from `claim_by_speaker` (speaker,
/// document, position); a merged speaker is several ids, whose ranges SQLite merges
/// (`UNION ALL` ordered by the same keys) instead of sorting them all.
fn claims_query(filter: &ClaimFilter, order: Order) -> Result<(String, Vec<Value>)> {
    let (conditions, values) = claim_conditions(filter);
    let ordered = |by: &str| match order {
        Order::Listing => format!(" ORDER BY {by}"),
        Order::Any => String::new(),
    };
    let (mut sql, mut values) = match (&filter.search, &filter.speaker_ids) {
        (Some(words), _) => {
            let speakers = filter.speaker_ids.as_deref();
            let (sql, values) = ranked_search(words, speakers, &conditions, values, order)?;
            (sql + &ordered("f.rank"), values)
        }
        (None, Some(ids)) => {
            let (sql, values) = by_speaker(ids, &conditions, &values);
            // Result columns 25, 6 and 1: the document's id, the content's start, the claim's id.
            (sql + &ordered("25, 6, 1"), values)
        }
        (None, None) => (
            format!(
                "SELECT {CLAIM_FIELDS} FROM claim c {CLAIM_JOINS} WHERE {}{}",
                conditions.join(" AND "),
                ordered("c.document_id, c.content_start, c.id")
            ),
            values,
        ),
    };
    if let Some(limit) = filter.limit {
        sql.push_str(" LIMIT ?");
        values.push(Value::Integer(i64::try_from(limit).unwrap_or(i64::MAX)));
    }
    Ok((sql, values))
}

/// Whether a listing's query keeps its order, or only counts its rows (and so need not rank
/// a search's matches).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Order {
    Listing,
    Any,
}

/// The conditions of a listing other than its speakers and words, with their parameters.
fn claim_conditions(filter: &ClaimFilter) -> (Vec<&'static str>, Vec<Value>) {
    let mut conditions: Vec<&str> = Vec::new();
    let mut values: Vec<Value> = Vec::new();
    if let Some(id) = filter.document_id {
        conditions.push("c.document_id = ?");
        values.push(Value::Integer(id));
    }
    if let Some(outlet) = &filter.outlet {
        conditions.push("o.name_folded = ?");
        values.push(Value::Text(crate::names::fold_text(outlet)));
    }
    if let Some(kind) = filter.source_kind {
        conditions.push("c.source_kind = ?");
        values.push(Value::Text(kind.as_str().into()));
    }
    if let Some(stance) = filter.stance {
        conditions.push("c.stance = ?");
        values.push(Value::Text(stance.as_str().into()));
    }
    if let Some(kind) = filter.kind {
        conditions.push("c.kind = ?");
        values.push(Value::Text(kind.as_str().into()));
    }
    if filter.unsourced {
        conditions.push("c.source_kind != 'named'");
    }
    match filter.review {
        Some(review) => {
            conditions.push("c.review = ?");
            values.push(Value::Text(review.as_str().into()));
        }
        None => conditions.push("c.review != 'rejected'"),
    }
    (conditions, values)
}

/// Claims whose content holds every word, best match first: FTS5 ranks its matches itself
/// (`ORDER BY rank`), and only the claims of the page are joined to their rows.
fn ranked_search(
    words: &str,
    speaker_ids: Option<&[i64]>,
    conditions: &[&str],
    values: Vec<Value>,
    order: Order,
) -> Result<(String, Vec<Value>)> {
    let query = fts_query(words);
    if query.is_empty() {
        return Err(Error::user("search: give at least one word to search for")
            .with_reason(Reason::EmptySearch));
    }
    let mut conditions = conditions.to_vec();
    let mut all_values = vec![Value::Text(query)];
    if let Some(ids) = speaker_ids {
        conditions.push("c.speaker_id IN (SELECT value FROM json_each(?))");
        all_values.push(Value::Text(serde_json::to_string(ids).unwrap_or_default()));
    }
    all_values.extend(values);
    let ranked = if order == Order::Listing {
        " ORDER BY rank"
    } else {
        ""
    };
    let sql = format!(
        "SELECT {CLAIM_FIELDS}
         FROM (SELECT rowid AS id, rank FROM claim_fts WHERE claim_fts MATCH ?{ranked}) f
         JOIN claim c ON c.id = f.id {CLAIM_JOINS}
         WHERE {}",
        conditions.join(" AND ")
    );
    Ok((sql, all_values))
}

/// The claims of a group of speaker ids, one index range per id, merged in listing order.
fn by_speaker(ids: &[i64], conditions: &[&str], values: &[Value]) -> (String, Vec<Value>) {
    if ids.is_empty() {
        let sql = format!("SELECT {CLAIM_FIELDS} FROM claim c {CLAIM_JOINS} WHERE 0");
        return (sql, Vec::new());
    }
    let mut arms = Vec::with_capacity(ids.len());
    let mut all_values = Vec::with_capacity(ids.len() * (values.len() + 1));
    for &id in ids {
        arms.push(format!(
            "SELECT {CLAIM_FIELDS} FROM claim c {CLAIM_JOINS}
             WHERE c.speaker_id = ? AND {}",
            conditions.join(" AND ")
        ));
        all_values.push(Value::Integer(id));
        all_values.extend(values.iter().cloned());
    }
    (arms.join(" UNION ALL "), all_values)
}

/// The speaker ids of a filter that selects nothing but those speakers' claims (rejected ones
/// left out), whose count the kept counts give.
fn only_speakers(filter: &ClaimFilter) -> Option<&[i64]> {
    let ClaimFilter {
        speaker_ids: Some(ids),
        document_id: None,
        outlet: None,
        source_kind: None,
        stance: None,
        kind: None,
        search: None,
        review: None,
        unsourced: false,
        limit: _,
    } = filter
    else {
        return None;
    };
    Some(ids)
}

/// Checks that `span` lies inside `text` on character boundaries.
fn check_span(text: &str, span: Span, what: &str) -> Result<()> {
    if span.start > span.end || span.end > text.len() {
        return Err(Error::user(format!(
            "{what} span {}..{} lies outside the document ({} bytes)",
            span.start,
            span.end,
            text.len()
        )));
    }
    if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
        return Err(Error::user(format!(
            "{what} span {}..{} does not lie on character boundaries",
            span.start, span.end
        )));
    }
    Ok(())
}

/// Stores a claim of the document `document_id` and returns its id and its row as the change
/// log writes it ([`changelog::RowJson`], columns of [`Table::Claim`]), built from the values
/// stored rather than read back. `created_at` is the time of the write.
pub(super) fn insert_claim(
    tx: &Connection,
    known: &mut KnownSpeakers,
    document_id: i64,
    text: &str,
    claim: &NewClaim,
    created_at: &str,
) -> Result<(i64, String)> {
    claim.check_spans(text)?;
    let speaker_id = claim_speaker_id(tx, known, claim)?;
    let span = |span: Option<Span>| span.map(|s| (s.of(text), s.start as i64, s.end as i64));
    let (source, cue) = (span(claim.source), span(claim.cue));
    let review = ReviewStatus::Unreviewed.as_str();
    tx.prepare_cached(
        "INSERT INTO claim (document_id, content, content_start, content_end, kind, source,
             source_start, source_end, source_kind, speaker_id, cue, cue_start, cue_end, stance,
             framing, origin, rule, resolver, review, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
                 ?19, ?20)",
    )?
    .execute(params![
        document_id,
        claim.content.of(text),
        claim.content.start as i64,
        claim.content.end as i64,
        claim.kind.as_str(),
        source.map(|s| s.0),
        source.map(|s| s.1),
        source.map(|s| s.2),
        claim.source_kind.as_str(),
        speaker_id,
        cue.map(|s| s.0),
        cue.map(|s| s.1),
        cue.map(|s| s.2),
        claim.stance.as_str(),
        claim.framing.as_str(),
        claim.origin,
        claim.rule,
        claim.resolver,
        review,
        created_at,
    ])?;
    let id = tx.last_insert_rowid();
    let logged = changelog::RowJson::new()
        .int(id)
        .int(document_id)
        .int(claim.content.start as i64)
        .int(claim.content.end as i64)
        .text(claim.kind.as_str())
        .opt_int(source.map(|s| s.1))
        .opt_int(source.map(|s| s.2))
        .text(claim.source_kind.as_str())
        .opt_int(speaker_id)
        .opt_int(cue.map(|s| s.1))
        .opt_int(cue.map(|s| s.2))
        .text(claim.stance.as_str())
        .text(claim.framing.as_str())
        .text(&claim.origin)
        .opt_text(claim.rule.as_deref())
        .text(review)
        .text(created_at)
        .finish();
    Ok((id, logged))
}

/// The speaker a new claim is stored under. A name typed by a person that folds to nothing is
/// refused (by `speaker_id_for`); one the extractor found is dropped instead, so that it never
/// costs the document. The name is folded once here and handed down: folding is a visible
/// share of the writer's time.
fn claim_speaker_id(
    tx: &Connection,
    known: &mut KnownSpeakers,
    claim: &NewClaim,
) -> Result<Option<i64>> {
    let Some(name) = claim.speaker.as_deref().map(str::trim) else {
        return Ok(None);
    };
    if name.is_empty() {
        return Ok(None);
    }
    let folded = crate::names::fold_text(name);
    if folded.is_empty() && claim.origin != "manual" {
        return Ok(None);
    }
    speaker_id_for_folded(tx, known, name, folded, claim.speaker_kind, &claim.origin).map(Some)
}

/// The highest claim id now stored; claims inserted after this call get higher ids.
pub(super) fn last_claim_id(conn: &Connection) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT coalesce(max(id), 0) FROM claim")?
        .query_row([], |row| row.get(0))?)
}

/// Adds the claims with ids above `last` to the full-text index and to the maintained counts,
/// a statement each. Every transaction that inserts claims calls it before committing (see
/// migrations 3 and 14 in schema.sql).
pub(super) fn index_claims_after(conn: &Connection, last: i64) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO claim_fts(rowid, content) SELECT id, content FROM claim WHERE id > ?1",
    )?
    .execute([last])?;
    super::counts::count_claims_after(conn, last)
}

/// Turns the user's words into an FTS5 query that matches documents containing every word.
/// Each word becomes a quoted string, so FTS operators and punctuation in the input are taken
/// literally instead of being parsed as query syntax.
pub(crate) fn fts_query(words: &str) -> String {
    words
        .split_whitespace()
        .map(|word| format!("\"{}\"", word.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" ")
}

impl crate::output::Keyed for ClaimRecord {
    const KEYS: &'static [&'static str] = crate::claim_record_keys!();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fts_query_quotes_every_word() {
        assert_eq!(fts_query("rocket  attacks"), "\"rocket\" \"attacks\"");
        assert_eq!(fts_query("a\"b OR c*"), "\"a\"\"b\" \"OR\" \"c*\"");
        assert_eq!(fts_query("   "), "");
    }

    #[test]
    fn a_speaker_name_that_folds_to_nothing_is_refused_by_hand_and_dropped_from_extraction() {
        let text = "Headline\n\nThe mayor said the road was open.\n";
        let mut store = Store::open_in_memory().unwrap();
        let document = crate::store::NewDocument {
            sha256: crate::input::sha256_hex(text.as_bytes()),
            text: text.to_string(),
            ..Default::default()
        };
        let claim = |origin: &str| NewClaim {
            content: Span::new(25, 42),
            kind: ClaimKind::Indirect,
            source: None,
            source_kind: SourceKind::Named,
            speaker: Some("\u{200b}".to_string()),
            speaker_kind: SpeakerKind::Unknown,
            cue: None,
            stance: Stance::Assert,
            framing: Framing::Neutral,
            origin: origin.to_string(),
            rule: None,
            resolver: None,
        };
        let crate::store::AddOutcome::Added { document_id, .. } = store
            .add_document(&document, &[claim("extractor/1")])
            .unwrap()
        else {
            panic!("the document is new");
        };
        let stored = store.claims(&ClaimFilter::default()).unwrap();
        assert_eq!(stored.len(), 1);
        assert_eq!(stored[0].claim.speaker, None);
        let err = store.add_claim(document_id, &claim("manual")).unwrap_err();
        assert!(err.message.contains("the name is empty"), "{}", err.message);
    }

    #[test]
    fn spans_must_lie_on_char_boundaries() {
        let text = "caf\u{e9} said";
        assert!(check_span(text, Span::new(0, 5), "content").is_ok());
        assert!(check_span(text, Span::new(0, 4), "content").is_err());
        assert!(check_span(text, Span::new(0, 99), "content").is_err());
    }
}
