//! Documents: stored once per distinct SHA-256 of their bytes, with their metadata and the
//! claims found in them written in the same transaction.

use super::changelog::{self, Action, Table};
use super::claims::{NewClaim, index_claims_after, insert_claim, last_claim_id};
use super::pages::{NewPage, PAGE_COLUMNS, PageRecord, insert_page, page_from_row};
use super::speakers::KnownSpeakers;
use super::tombstones::Tombstones;
use super::{Store, now_utc, short_hash};
use crate::alternate_names::NameEquivalence;
use crate::error::{Error, Reason, Result};
use crate::names::fold_text;
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

/// A document ready to be stored: its exact text and what is known about it.
#[derive(Debug, Clone, Default)]
pub struct NewDocument {
    pub sha256: String,
    pub text: String,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    /// `YYYY-MM-DD`, already validated.
    pub published: Option<String>,
    pub byline: Option<String>,
    /// Where it was read from, for the user's reference.
    pub origin_path: Option<String>,
    /// The names the text says are one, found by
    /// [`name_equivalences`](crate::alternate_names::name_equivalences) before the write: the
    /// store joins the speakers they name but does no text analysis itself, so the single
    /// writer keeps to the work that needs the database.
    pub alternate_names: Vec<NameEquivalence>,
    /// The web page the text was derived from, when the bytes received were a page.
    pub page: Option<NewPage>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddOutcome {
    Added { document_id: i64, claims: usize },
    AlreadyPresent { document_id: i64 },
}

/// One row of `claimtrack docs`.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentSummary {
    pub sha256: String,
    pub short_hash: String,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub published: Option<String>,
    pub bytes: i64,
    pub claims: i64,
}

/// A whole stored document. Its JSON form is also the document record of an export.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentRecord {
    #[serde(skip)]
    pub id: i64,
    pub sha256: String,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub byline: Option<String>,
    pub origin_path: Option<String>,
    pub ingested_at: String,
    /// The size of the stored text, in bytes.
    pub bytes: i64,
    /// The web page the text was derived from; absent for a document read as text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<PageRecord>,
    pub text: String,
}

impl Store {
    /// Stores a document and its claims in one transaction, unless the same bytes are already
    /// stored, in which case nothing is written.
    pub fn add_document(&mut self, doc: &NewDocument, claims: &[NewClaim]) -> Result<AddOutcome> {
        let mut batch = self.begin_batch()?;
        let outcome = batch.add(doc, claims)?;
        batch.commit()?;
        Ok(outcome)
    }

    /// Starts a batch: documents written together in one transaction, which commits them all
    /// or, if the database fails, none. Check the claims' spans first
    /// ([`NewClaim::check_spans`]), so that no single document can fail part way.
    pub fn begin_batch(&mut self) -> Result<DocumentBatch<'_>> {
        let tx = self.conn.transaction()?;
        let claims_before = last_claim_id(&tx)?;
        Ok(DocumentBatch {
            tx,
            claims_before,
            known: KnownSpeakers::default(),
            tombstones: &mut self.tombstones,
        })
    }

    /// Whether a document with this SHA-256 is stored.
    pub fn contains_document(&self, sha256: &str) -> Result<bool> {
        Ok(self
            .conn
            .prepare_cached("SELECT 1 FROM document WHERE sha256 = ?1")?
            .query_row([sha256], |_| Ok(()))
            .optional()?
            .is_some())
    }

    /// Finds the one document whose SHA-256 starts with `prefix` (at least 6 hex digits).
    pub fn resolve_document(&self, prefix: &str) -> Result<DocumentRecord> {
        let prefix = prefix.trim().to_ascii_lowercase();
        if prefix.len() < 6 || prefix.len() > 64 || !prefix.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(Error::user(format!(
                "document {prefix:?}: expected a SHA-256 prefix of 6 to 64 hexadecimal digits"
            ))
            .with_reason(Reason::NoSuchDocument { prefix }));
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, sha256, coalesce(title, '') FROM document
             WHERE sha256 >= ?1 AND sha256 < ?1 || 'g' ORDER BY sha256 LIMIT 11",
        )?;
        let found: Vec<(i64, String, String)> = stmt
            .query_map([&prefix], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        match found.as_slice() {
            [] => Err(Error::user(format!(
                "document {prefix}: no document has a hash starting with it"
            ))
            .with_reason(Reason::NoSuchDocument { prefix })),
            [(id, _, _)] => self.document(*id),
            many => {
                let listed: Vec<String> = many
                    .iter()
                    .take(10)
                    .map(|(_, sha, title)| format!("  {}  {}", short_hash(sha), title))
                    .collect();
                Err(Error::user(format!(
                    "document {prefix}: ambiguous, it matches {}{} documents:\n{}",
                    if many.len() > 10 { "more than " } else { "" },
                    many.len().min(10),
                    listed.join("\n")
                ))
                .with_hint("give more digits of the hash"))
            }
        }
    }

    pub fn document(&self, id: i64) -> Result<DocumentRecord> {
        let sql = format!("SELECT {} WHERE d.id = ?1", document_columns());
        Ok(self
            .conn
            .prepare_cached(&sql)?
            .query_row([id], document_from_row)?)
    }

    pub fn documents(&self) -> Result<Vec<DocumentSummary>> {
        let mut documents = Vec::new();
        self.for_each_document(None, |document| {
            documents.push(document);
            Ok(())
        })?;
        Ok(documents)
    }

    /// Hands the first `limit` documents (all with `None`) to `each` as they are read: by
    /// outlet (ignoring case and accents), date, title and hash, then those of no outlet.
    /// Indexes give that order (migration 15), so the first line needs no sort of them all.
    pub fn for_each_document(
        &self,
        limit: Option<u64>,
        mut each: impl FnMut(DocumentSummary) -> Result<()>,
    ) -> Result<()> {
        let mut left = limit.map_or(-1, |l| i64::try_from(l).unwrap_or(i64::MAX));
        for sql in DOCUMENT_LISTINGS {
            let mut stmt = self.conn.prepare_cached(sql)?;
            let mut rows = stmt.query([left])?;
            while let Some(row) = rows.next()? {
                left -= 1;
                each(document_summary_from_row(row)?)?;
            }
            if left == 0 {
                break;
            }
        }
        Ok(())
    }

    /// The query plans of the document listing's two parts, one line per step, so tests can
    /// show that the listing reads in index order rather than sorting every document.
    pub fn explain_documents(&self) -> Result<Vec<Vec<String>>> {
        DOCUMENT_LISTINGS
            .iter()
            .map(|sql| {
                let mut stmt = self.conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?;
                let rows = stmt.query_map([-1], |row| row.get::<_, String>(3))?;
                Ok(rows.collect::<rusqlite::Result<_>>()?)
            })
            .collect()
    }

    /// How many documents there are, counting no further than `at_most`.
    pub fn count_documents(&self, at_most: u64) -> Result<u64> {
        let at_most = i64::try_from(at_most).unwrap_or(i64::MAX);
        let count: i64 = self
            .conn
            .prepare_cached("SELECT count(*) FROM (SELECT 1 FROM document LIMIT ?1)")?
            .query_row([at_most], |row| row.get(0))?;
        Ok(count as u64)
    }

    pub fn document_ids(&self) -> Result<Vec<i64>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id FROM document ORDER BY id")?;
        let ids = stmt.query_map([], |row| row.get(0))?;
        Ok(ids.collect::<rusqlite::Result<_>>()?)
    }

    /// The exact text of a stored document.
    pub fn text_of(&self, document_id: i64) -> Result<String> {
        document_text(&self.conn, document_id)
    }

    pub fn document_count(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("SELECT count(*) FROM document", [], |row| row.get(0))?)
    }
}

/// Documents being written in one transaction; see [`Store::begin_batch`].
pub struct DocumentBatch<'s> {
    tx: rusqlite::Transaction<'s>,
    /// The last claim id before the batch: the batch indexes the claims after it at commit.
    claims_before: i64,
    /// The speakers the batch has found or created so far.
    known: KnownSpeakers,
    /// The store's tombstones, read on the first re-extraction.
    tombstones: &'s mut Option<Tombstones>,
}

impl DocumentBatch<'_> {
    /// Adds a document and its claims. On an error the batch must be dropped (rolled back),
    /// since the document may be partly written; a savepoint per document would avoid that,
    /// but costs a full-text index flush per document, which made ingest ten times slower.
    pub fn add(&mut self, doc: &NewDocument, claims: &[NewClaim]) -> Result<AddOutcome> {
        add_document_in(&self.tx, &mut self.known, doc, claims)
    }

    /// Replaces the unreviewed extracted claims of the stored document `sha256` by a new
    /// extraction, as [`Store::replace_extracted_claims`] does; `None` when no such document is
    /// stored (it was removed since it was read).
    pub fn replace_extracted(
        &mut self,
        sha256: &str,
        claims: &[NewClaim],
    ) -> Result<Option<(usize, usize)>> {
        let Some(document_id) = document_id(&self.tx, sha256)? else {
            return Ok(None);
        };
        let tombstoned = Tombstones::cached(self.tombstones, &self.tx)?.of(document_id);
        super::claims::replace_extracted_in(
            &self.tx,
            &mut self.known,
            document_id,
            claims,
            tombstoned,
        )
        .map(Some)
    }

    pub fn commit(self) -> Result<()> {
        index_claims_after(&self.tx, self.claims_before)?;
        Ok(self.tx.commit()?)
    }
}

pub(super) fn add_document_in(
    tx: &Connection,
    known: &mut KnownSpeakers,
    doc: &NewDocument,
    claims: &[NewClaim],
) -> Result<AddOutcome> {
    if let Some(document_id) = document_id(tx, &doc.sha256)? {
        return Ok(AddOutcome::AlreadyPresent { document_id });
    }
    let outlet_id = match &doc.outlet {
        Some(name) if !name.trim().is_empty() => Some(outlet_id(tx, name.trim())?),
        _ => None,
    };
    // One time for the document, its claims and their log entries.
    let now = now_utc();
    let document_id = insert_document_row(
        tx,
        &DocumentRow {
            id: None,
            sha256: &doc.sha256,
            outlet_id,
            title: doc.title.as_deref(),
            url: doc.url.as_deref(),
            published: doc.published.as_deref(),
            byline: doc.byline.as_deref(),
            origin_path: doc.origin_path.as_deref(),
            ingested_at: &now,
            text: &doc.text,
            page: doc.page.as_ref(),
        },
        Some("ingest"),
    )?;
    let mut logged = Vec::with_capacity(claims.len());
    for claim in claims {
        let (id, row) = insert_claim(tx, known, document_id, &doc.text, claim, &now)?;
        logged.push((claim.content.start, id, row));
    }
    // The order in which the log read a document's claims back when it did (index
    // `claim_by_document`), so that the entry is the same as before.
    logged.sort_by_key(|&(start, id, _)| (start, id));
    if let Some(first) = claims.first() {
        let rows: Vec<(i64, String)> = logged.into_iter().map(|(_, id, row)| (id, row)).collect();
        changelog::record_rows(tx, Action::ClaimAdded, Table::Claim, &rows, &first.origin)?;
    }
    super::speakers::join_alternate_names(tx, &doc.alternate_names, short_hash(&doc.sha256))?;
    Ok(AddOutcome::Added {
        document_id,
        claims: claims.len(),
    })
}

/// The id of the document stored with this SHA-256, if any.
fn document_id(conn: &Connection, sha256: &str) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT id FROM document WHERE sha256 = ?1")?
        .query_row([sha256], |row| row.get(0))
        .optional()?)
}

/// What [`document_from_row`] reads, from `document d` with its text, outlet and page.
pub(super) fn document_columns() -> String {
    format!(
        "d.id, d.sha256, o.name, d.title, d.url, d.published,
         d.byline, d.origin_path, d.ingested_at, d.byte_len, t.text, {PAGE_COLUMNS}
         FROM document d JOIN document_text t ON t.document_id = d.id
         LEFT JOIN outlet o ON o.id = d.outlet_id
         LEFT JOIN document_page p ON p.document_id = d.id"
    )
}

pub(super) fn document_from_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<DocumentRecord> {
    Ok(DocumentRecord {
        id: row.get(0)?,
        sha256: row.get(1)?,
        outlet: row.get(2)?,
        title: row.get(3)?,
        url: row.get(4)?,
        published: row.get(5)?,
        byline: row.get(6)?,
        origin_path: row.get(7)?,
        ingested_at: row.get(8)?,
        bytes: row.get(9)?,
        text: row.get(10)?,
        page: page_from_row(row, 11)?,
    })
}

/// A document's row as stored, whoever writes it (ingest or import).
pub(super) struct DocumentRow<'a> {
    /// `None` for a new id; an import that adopts a change log keeps the logged one.
    pub id: Option<i64>,
    pub sha256: &'a str,
    pub outlet_id: Option<i64>,
    pub title: Option<&'a str>,
    pub url: Option<&'a str>,
    pub published: Option<&'a str>,
    pub byline: Option<&'a str>,
    pub origin_path: Option<&'a str>,
    pub ingested_at: &'a str,
    pub text: &'a str,
    pub page: Option<&'a NewPage>,
}

/// Stores a document's metadata and its text (in its own table; see schema migration 5).
/// `origin` is whose doing it is, for the change log; `None` when the log has the row already.
pub(super) fn insert_document_row(
    conn: &Connection,
    row: &DocumentRow<'_>,
    origin: Option<&str>,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO document (id, sha256, outlet_id, title, url, published, byline, origin_path,
                               ingested_at, byte_len)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(params![
        row.id,
        row.sha256,
        row.outlet_id,
        row.title,
        row.url,
        row.published,
        row.byline,
        row.origin_path,
        row.ingested_at,
        row.text.len() as i64,
    ])?;
    let id = conn.last_insert_rowid();
    conn.prepare_cached("INSERT INTO document_text (document_id, text) VALUES (?1, ?2)")?
        .execute(params![id, row.text])?;
    if let Some(page) = row.page {
        insert_page(conn, id, page)?;
    }
    if let Some(origin) = origin {
        let logged = changelog::RowJson::new().int(id).text(row.sha256).finish();
        changelog::record_rows(
            conn,
            Action::DocumentAdded,
            Table::Document,
            &[(id, logged)],
            origin,
        )?;
    }
    Ok(id)
}

/// The exact text of a stored document.
pub(super) fn document_text(conn: &Connection, document_id: i64) -> Result<String> {
    Ok(conn
        .prepare_cached("SELECT text FROM document_text WHERE document_id = ?1")?
        .query_row([document_id], |row| row.get(0))?)
}

pub(super) fn outlet_id(tx: &Connection, name: &str) -> Result<i64> {
    let folded = fold_text(name);
    let found: Option<i64> = tx
        .prepare_cached("SELECT id FROM outlet WHERE name_folded = ?1")?
        .query_row([&folded], |row| row.get(0))
        .optional()?;
    if let Some(id) = found {
        return Ok(id);
    }
    tx.prepare_cached("INSERT INTO outlet (name, name_folded) VALUES (?1, ?2)")?
        .execute(params![name, folded])?;
    Ok(tx.last_insert_rowid())
}

impl crate::output::Keyed for DocumentSummary {
    const KEYS: &'static [&'static str] = &[
        "sha256",
        "short_hash",
        "outlet",
        "title",
        "published",
        "bytes",
        "claims",
    ];
}

/// The two parts of the document listing, each in an order `document_by_outlet` gives and each
/// limited by `?1` (negative for no limit): documents of an outlet, outlets in order of their
/// folded names (the `CROSS JOIN` keeps the outlets the outer loop), then documents of none.
/// A document's claims are counted on the `claim_sourcing` index.
const DOCUMENT_LISTINGS: [&str; 2] = [
    "SELECT d.sha256, o.name, d.title, d.published, d.byte_len,
            (SELECT count(*) FROM claim c WHERE c.document_id = d.id AND c.review != 'rejected')
     FROM outlet o CROSS JOIN document d ON d.outlet_id = o.id
     ORDER BY o.name_folded, d.published, d.title, d.sha256 LIMIT ?1",
    "SELECT d.sha256, NULL, d.title, d.published, d.byte_len,
            (SELECT count(*) FROM claim c WHERE c.document_id = d.id AND c.review != 'rejected')
     FROM document d WHERE d.outlet_id IS NULL
     ORDER BY d.published, d.title, d.sha256 LIMIT ?1",
];

/// A [`DocumentSummary`] from the columns `sha256, outlet, title, published, byte_len, claims`.
pub(super) fn document_summary_from_row(
    row: &rusqlite::Row<'_>,
) -> rusqlite::Result<DocumentSummary> {
    let sha256: String = row.get(0)?;
    Ok(DocumentSummary {
        short_hash: short_hash(&sha256).to_string(),
        sha256,
        outlet: row.get(1)?,
        title: row.get(2)?,
        published: row.get(3)?,
        bytes: row.get(4)?,
        claims: row.get(5)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::alternate_names::name_equivalences;
    use crate::model::{ClaimKind, Framing, SourceKind, Span, SpeakerKind, Stance};

    /// A document whose text says "Harbour Transit Authority (HTA)", with one claim by "HTA".
    fn document(alternate_names: Vec<NameEquivalence>) -> (NewDocument, NewClaim) {
        let text = "Fares\n\nThe Harbour Transit Authority (HTA) runs the ferries. \
                    HTA said fares would rise.\n";
        let said = text.find("HTA said").unwrap();
        let content = text.find("fares would").unwrap();
        let claim = NewClaim {
            content: Span::new(content, text.len() - 2),
            kind: ClaimKind::Indirect,
            source: Some(Span::new(said, said + 3)),
            source_kind: SourceKind::Named,
            speaker: Some("HTA".into()),
            speaker_kind: SpeakerKind::Organisation,
            cue: None,
            stance: Stance::Assert,
            framing: Framing::Neutral,
            origin: "extractor/test".into(),
            rule: None,
            resolver: None,
        };
        let document = NewDocument {
            sha256: crate::input::sha256_hex(text.as_bytes()),
            text: text.into(),
            alternate_names,
            ..NewDocument::default()
        };
        (document, claim)
    }

    /// The writer joins the names it is handed and finds none itself.
    #[test]
    fn alternate_names_are_data_the_writer_is_given() {
        let (with_names, claim) = document(name_equivalences(&document(Vec::new()).0.text));
        assert!(!with_names.alternate_names.is_empty());
        let mut store = Store::open_in_memory().unwrap();
        store
            .add_document(&with_names, std::slice::from_ref(&claim))
            .unwrap();
        let joined = store.speaker_named("Harbour Transit Authority");
        assert_eq!(joined.ok(), Some(store.speaker_named("HTA").unwrap()));

        let (without_names, claim) = document(Vec::new());
        let mut store = Store::open_in_memory().unwrap();
        store.add_document(&without_names, &[claim]).unwrap();
        assert!(store.speaker_named("Harbour Transit Authority").is_err());
    }

    /// A batch remembers the speakers it has found or created: a kind learned from a later
    /// mention in the same batch is stored and logged. A batch rolled back forgets the speakers
    /// it created, so the next one creates them again rather than pointing at nothing.
    #[test]
    fn a_batch_remembers_its_speakers_until_it_is_rolled_back() {
        let (first, mut unknown) = document(Vec::new());
        unknown.speaker_kind = SpeakerKind::Unknown;
        let text = "Ferries\n\nHTA said the ferries would run.\n";
        let said = text.find("HTA said").unwrap();
        let second = NewDocument {
            sha256: crate::input::sha256_hex(text.as_bytes()),
            text: text.into(),
            ..NewDocument::default()
        };
        let organisation = NewClaim {
            content: Span::new(said + 9, text.len() - 2),
            source: Some(Span::new(said, said + 3)),
            speaker_kind: SpeakerKind::Organisation,
            ..unknown.clone()
        };
        let mut store = Store::open_in_memory().unwrap();
        let mut batch = store.begin_batch().unwrap();
        batch.add(&first, std::slice::from_ref(&unknown)).unwrap();
        drop(batch);
        assert!(store.speaker_named("HTA").is_err());

        let mut batch = store.begin_batch().unwrap();
        batch.add(&first, &[unknown]).unwrap();
        batch.add(&second, &[organisation]).unwrap();
        batch.commit().unwrap();
        let speakers = store.speakers().unwrap();
        assert_eq!(speakers.len(), 1);
        assert_eq!(
            (speakers[0].kind.as_str(), speakers[0].claims),
            ("organisation", 2)
        );
        let learned = store.changes(&super::changelog::ChangeFilter::All).unwrap();
        assert!(learned.iter().any(|e| e.action == "speaker.edited"));
        let counts = store
            .verify(&mut |problem| panic!("{}", problem.detail))
            .unwrap();
        assert_eq!(counts.problems, 0);
    }
}
