//! Listings that page in SQL, for the web pages of `claimtrack serve`: a page of documents in
//! the order they were stored, and a page of a speaker's claims in id order. Both stop reading
//! at the page's end, so a page costs the same on a large archive as on a small one (the
//! command line's listings, which sort everything by outlet and date, cannot).

use super::claims::{CLAIM_COLUMNS, claim_from_row, fts_query};
use super::documents::document_summary_from_row;
use super::{ClaimRecord, DocumentSummary, Store};
use crate::error::Result;
use rusqlite::params_from_iter;
use rusqlite::types::Value;

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
        let strings = |sql: &str| -> Result<Vec<String>> {
            let mut stmt = self.conn.prepare_cached(sql)?;
            let rows = stmt.query_map([root], |row| row.get(0))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        };
        let aliases = strings(
            "SELECT a.alias FROM speaker_alias a JOIN speaker s ON s.id = a.speaker_id
             WHERE coalesce(s.canonical_id, s.id) = ?1 ORDER BY a.alias",
        )?;
        let merged = strings("SELECT name FROM speaker WHERE canonical_id = ?1 ORDER BY name")?;
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

    /// Up to `limit` claims (not rejected) of these speakers with ids above `after`, in id
    /// order. Each speaker's claims come off its index in id order, so no more than `limit`
    /// of them are read however many it has.
    pub fn speaker_claim_page(
        &self,
        speaker_ids: &[i64],
        after: i64,
        limit: u64,
    ) -> Result<Vec<ClaimRecord>> {
        let limit_value = i64::try_from(limit).unwrap_or(i64::MAX);
        let mut ids: Vec<i64> = Vec::new();
        let mut stmt = self.conn.prepare_cached(
            "SELECT id FROM claim INDEXED BY claim_by_speaker
             WHERE speaker_id = ?1 AND id > ?2 AND review != 'rejected' ORDER BY id LIMIT ?3",
        )?;
        for &speaker in speaker_ids {
            let found = stmt.query_map((speaker, after, limit_value), |row| row.get(0))?;
            ids.extend(found.collect::<rusqlite::Result<Vec<i64>>>()?);
        }
        ids.sort_unstable();
        ids.truncate(usize::try_from(limit).unwrap_or(usize::MAX));
        let sql = format!(
            "SELECT {CLAIM_COLUMNS} WHERE c.id IN (SELECT value FROM json_each(?)) ORDER BY c.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let ids = serde_json::to_string(&ids).unwrap_or_default();
        let claims = stmt.query_map([ids], claim_from_row)?;
        Ok(claims.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ClaimKind, Framing, SourceKind, Span, SpeakerKind, Stance};
    use crate::store::{ClaimFilter, NewClaim, NewDocument};

    /// Twelve short documents in two outlets, each with a claim of one of three speakers, and
    /// the third speaker merged into the first.
    fn store() -> Store {
        let mut store = Store::open_in_memory().unwrap();
        for i in 0..12 {
            let text = format!("Report {i}\n\nThe council said the ferry {i} would run.\n");
            let content = text.find("the ferry").unwrap();
            let document = NewDocument {
                sha256: crate::input::sha256_hex(text.as_bytes()),
                outlet: Some(["Daily A", "Weekly B"][i % 2].to_string()),
                title: Some(format!("Ferry {i}")),
                published: Some(format!("2024-05-{:02}", i + 1)),
                text: text.clone(),
                ..NewDocument::default()
            };
            let claim = NewClaim {
                content: Span::new(content, text.len() - 2),
                kind: ClaimKind::Indirect,
                source: None,
                source_kind: SourceKind::Named,
                speaker: Some(["Ana Ruiz", "Bo Chan", "A. Ruiz"][i % 3].to_string()),
                speaker_kind: SpeakerKind::Person,
                cue: None,
                stance: Stance::Assert,
                framing: Framing::Neutral,
                origin: "manual".to_string(),
                rule: None,
                resolver: None,
            };
            store.add_document(&document, &[claim]).unwrap();
        }
        store.merge_speakers("Ana Ruiz", "A. Ruiz").unwrap();
        store
    }

    #[test]
    fn a_speaker_heading_names_the_group_and_counts_its_claims() {
        let mut store = store();
        let ids = store.find_speakers("A. Ruiz").unwrap();
        let heading = store.speaker_heading(&ids).unwrap();
        assert_eq!(
            (heading.name.as_str(), heading.merged, heading.stored_claims),
            ("Ana Ruiz", vec!["A. Ruiz".to_string()], 8)
        );
        let first = store.speaker_claim_page(&ids, 0, 1).unwrap()[0].id;
        store
            .review_claim(first, crate::model::ReviewStatus::Rejected)
            .unwrap();
        assert_eq!(
            store.speaker_heading(&ids).unwrap().stored_claims,
            8,
            "rejected ones too"
        );
        assert_eq!(store.speaker_claim_page(&ids, 0, 100).unwrap().len(), 7);
    }

    #[test]
    fn speaker_pages_put_together_are_the_groups_claims_in_id_order() {
        let store = store();
        let ids = store.find_speakers("Ana Ruiz").unwrap();
        assert_eq!(ids.len(), 2, "the group has two names");
        let mut expected: Vec<i64> = store
            .claims(&ClaimFilter {
                speaker_ids: Some(ids.clone()),
                ..ClaimFilter::default()
            })
            .unwrap()
            .iter()
            .map(|c| c.id)
            .collect();
        expected.sort_unstable();
        assert_eq!(expected.len(), 8);
        let (mut paged, mut after) = (Vec::new(), 0);
        loop {
            let page = store.speaker_claim_page(&ids, after, 3).unwrap();
            assert!(page.len() <= 3);
            let Some(last) = page.last() else { break };
            after = last.id;
            paged.extend(page.iter().map(|c| c.id));
        }
        assert_eq!(paged, expected);
    }

    #[test]
    fn document_pages_count_filter_and_follow_the_storing_order() {
        let store = store();
        let all = DocumentPageFilter::default();
        let (first, total) = store.document_page(&all, 0, 5).unwrap();
        let (last, _) = store.document_page(&all, 10, 5).unwrap();
        assert_eq!((first.len(), last.len(), total), (5, 2, 12));
        assert_eq!(first[0].summary.title.as_deref(), Some("Ferry 0"));
        assert_eq!(last[1].summary.title.as_deref(), Some("Ferry 11"));
        assert_eq!((first[0].summary.claims, first[0].unsourced), (1, 0));

        let filtered = |filter: DocumentPageFilter| {
            let (rows, total) = store.document_page(&filter, 0, 100).unwrap();
            assert_eq!(rows.len() as i64, total);
            rows.into_iter()
                .map(|d| d.summary.title.unwrap())
                .collect::<Vec<_>>()
        };
        let weekly_in_may = filtered(DocumentPageFilter {
            outlet: Some("Weekly B".to_string()),
            since: Some("2024-05-04".to_string()),
            until: Some("2024-05-08".to_string()),
            ..DocumentPageFilter::default()
        });
        assert_eq!(weekly_in_may, ["Ferry 3", "Ferry 5", "Ferry 7"]);
        let by_claim_words = filtered(DocumentPageFilter {
            words: Some("ferry 7".to_string()),
            ..DocumentPageFilter::default()
        });
        assert_eq!(by_claim_words, ["Ferry 7"]);
        let by_title = filtered(DocumentPageFilter {
            words: Some("rry 1".to_string()),
            ..DocumentPageFilter::default()
        });
        assert_eq!(by_title, ["Ferry 1", "Ferry 10", "Ferry 11"]);
    }
}
