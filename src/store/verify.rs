//! Evidence integrity: proves that what the store holds is still what was ingested.
//!
//! A claim is only evidence while its document's bytes still hash to the recorded SHA-256 and
//! its spans still cut exactly its content, source and cue out of those bytes. Writes through
//! the store keep both true; this module finds out whether anything else (a hand edit, a bad
//! disk, a buggy tool) broke them. Stored text is read as raw bytes, so even text that is no
//! longer valid UTF-8 is hashed and reported instead of failing the whole check.
//!
//! Spans and hashes alone cannot show a claim moved to another speaker, a changed stance or a
//! deleted claim; the change log can (src/store/changelog.rs), and is checked here too.

use super::{Store, short_hash};
use crate::error::Result;
use crate::input::{html, sha256_hex};
use rusqlite::OptionalExtension;
use rusqlite::types::ValueRef;
use serde::Serialize;

/// One thing found wrong. The field names are the stable JSON keys of `claimtrack verify`.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Problem {
    /// `hash_mismatch`, `length_mismatch`, `not_utf8`, `span_out_of_bounds`, for a page's
    /// document `text_hash_mismatch`, `page_unreadable`, `derivation_mismatch` or
    /// `derivation_changed`,
    /// `span_not_on_char_boundary`, `text_mismatch`, `dangling_reference`,
    /// `search_index_mismatch`, `count_mismatch`, or one of the change log's: `history_broken`,
    /// `history_mismatch`, `unlogged_row` or `unlogged_removal`.
    pub kind: &'static str,
    /// The SHA-256 the document is recorded under (`null` when the document itself is missing).
    pub document_sha256: Option<String>,
    pub document_id: Option<i64>,
    /// `null` for problems of the document itself.
    pub claim_id: Option<i64>,
    pub detail: String,
}

/// How much `verify` looked at, for its summary line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct VerifyCounts {
    pub documents: u64,
    pub claims: u64,
    pub problems: u64,
    /// The change log's last entry (its number and hash) in the state that was checked;
    /// `None` while the log is empty. This is what `verify --head` prints.
    pub head: Option<(i64, [u8; 32])>,
}

/// A document as recorded, with the stored text's bytes.
struct StoredDocument {
    id: i64,
    sha256: String,
    byte_len: i64,
    text: Vec<u8>,
    /// The web page the text was derived from, if it was.
    page: Option<StoredPage>,
}

/// A document's page as recorded (schema migration 12).
struct StoredPage {
    media_type: String,
    derivation: String,
    text_sha256: String,
    byte_len: i64,
    bytes_zstd: Vec<u8>,
}

/// A span as recorded: start, end, and the bytes stored as what it covers.
type RecordedSpan = (i64, i64, Vec<u8>);

/// The three spans of a claim, as recorded.
struct StoredClaim {
    id: i64,
    spans: [(&'static str, Option<RecordedSpan>); 3],
}

impl Store {
    /// Checks every document and claim, handing each problem to `report` as it is found.
    /// Documents are read one at a time, and a document's claims only while it is checked, so
    /// memory stays bounded by the largest document whatever the size of the database.
    pub fn verify(&self, report: &mut dyn FnMut(Problem) -> Result<()>) -> Result<VerifyCounts> {
        // One read transaction, so that a concurrent ingest cannot show up as half a document.
        // Deferred: a read snapshot that never holds the write lock, so ingest goes on beside it.
        let snapshot = rusqlite::Transaction::new_unchecked(
            &self.conn,
            rusqlite::TransactionBehavior::Deferred,
        )?;
        let mut counts = VerifyCounts::default();
        let mut note = |problem: Problem, counts: &mut VerifyCounts| {
            counts.problems += 1;
            report(problem)
        };
        let mut after = String::new();
        while let Some(document) = next_document(&snapshot, &after)? {
            counts.documents += 1;
            for detail in document_problems(&document) {
                note(
                    Problem {
                        kind: detail.0,
                        document_sha256: Some(document.sha256.clone()),
                        document_id: Some(document.id),
                        claim_id: None,
                        detail: detail.1,
                    },
                    &mut counts,
                )?;
            }
            let mut claims = snapshot.prepare_cached(
                "SELECT id, content_start, content_end, CAST(content AS BLOB),
                        source_start, source_end, CAST(source AS BLOB),
                        cue_start, cue_end, CAST(cue AS BLOB)
                 FROM claim WHERE document_id = ?1 ORDER BY content_start, id",
            )?;
            let mut rows = claims.query([document.id])?;
            while let Some(row) = rows.next()? {
                let span = |at: usize| -> rusqlite::Result<Option<RecordedSpan>> {
                    let start: Option<i64> = row.get(at)?;
                    let end: Option<i64> = row.get(at + 1)?;
                    let written: Option<Vec<u8>> = row.get(at + 2)?;
                    Ok(start.zip(end).zip(written).map(|((s, e), w)| (s, e, w)))
                };
                let claim = StoredClaim {
                    id: row.get(0)?,
                    spans: [
                        ("content", span(1)?),
                        ("source", span(4)?),
                        ("cue", span(7)?),
                    ],
                };
                counts.claims += 1;
                for (kind, detail) in claim_problems(&document.text, &claim) {
                    note(
                        Problem {
                            kind,
                            document_sha256: Some(document.sha256.clone()),
                            document_id: Some(document.id),
                            claim_id: Some(claim.id),
                            detail: format!(
                                "claim {} in document {}: {detail}",
                                claim.id,
                                short_hash(&document.sha256)
                            ),
                        },
                        &mut counts,
                    )?;
                }
            }
            after = document.sha256;
        }
        for problem in dangling_references(&snapshot)? {
            note(problem, &mut counts)?;
        }
        super::changelog::check(&snapshot, &mut |problem| note(problem, &mut counts))?;
        counts.head = super::changelog::head(&snapshot)?;
        for problem in super::counts::count_problems(&snapshot)? {
            note(problem, &mut counts)?;
        }
        if let Some(detail) = search_index_problem(&snapshot)? {
            note(
                Problem {
                    kind: "search_index_mismatch",
                    document_sha256: None,
                    document_id: None,
                    claim_id: None,
                    detail,
                },
                &mut counts,
            )?;
        }
        Ok(counts)
    }
}

/// Whether the full-text index agrees with the claims it indexes. Claims are indexed by the
/// code that writes them (schema migration 3), so a write that forgot would show here.
///
/// FTS5's own `integrity-check` is an INSERT, which needs the write lock (so it failed beside an
/// ingest) and a writable file (so read-only evidence could not be verified). Instead the index
/// is rebuilt from the claims in the connection's temporary database, and the two indexes are
/// compared term by term through `fts5vocab`: how many claims hold each term, and how often.
fn search_index_problem(conn: &rusqlite::Connection) -> Result<Option<String>> {
    conn.execute_batch(
        "CREATE VIRTUAL TABLE temp.claim_fts_rebuilt USING fts5(
             content, content = '', tokenize = 'unicode61 remove_diacritics 2');
         INSERT INTO temp.claim_fts_rebuilt(rowid, content) SELECT id, content FROM main.claim;
         CREATE VIRTUAL TABLE temp.claim_fts_terms USING fts5vocab(main, claim_fts, row);
         CREATE VIRTUAL TABLE temp.claim_fts_rebuilt_terms
             USING fts5vocab(temp, claim_fts_rebuilt, row);",
    )?;
    let differing: Option<String> = conn
        .query_row(
            "SELECT term FROM (
                 SELECT term, doc, cnt FROM temp.claim_fts_terms
                 EXCEPT SELECT term, doc, cnt FROM temp.claim_fts_rebuilt_terms)
             UNION ALL
             SELECT term FROM (
                 SELECT term, doc, cnt FROM temp.claim_fts_rebuilt_terms
                 EXCEPT SELECT term, doc, cnt FROM temp.claim_fts_terms)
             LIMIT 1",
            [],
            |row| row.get(0),
        )
        .optional()?;
    conn.execute_batch(
        "DROP TABLE temp.claim_fts_terms;
         DROP TABLE temp.claim_fts_rebuilt_terms;
         DROP TABLE temp.claim_fts_rebuilt;",
    )?;
    Ok(differing.map(|term| {
        format!(
            "the full-text index of claim content does not match the claims (first differing term: {term:?})"
        )
    }))
}

/// The document after `after` in SHA-256 order. Paging by key keeps no cursor open across the
/// checks of a document's claims and never holds more than one text.
fn next_document(conn: &rusqlite::Connection, after: &str) -> Result<Option<StoredDocument>> {
    let mut stmt = conn.prepare_cached(
        "SELECT d.id, d.sha256, d.byte_len, t.text,
                p.media_type, p.derivation, p.text_sha256, p.byte_len, p.bytes_zstd
         FROM document d LEFT JOIN document_text t ON t.document_id = d.id
         LEFT JOIN document_page p ON p.document_id = d.id
         WHERE d.sha256 > ?1 ORDER BY d.sha256 LIMIT 1",
    )?;
    let mut rows = stmt.query([after])?;
    let Some(row) = rows.next()? else {
        return Ok(None);
    };
    let text = match row.get_ref(3)? {
        ValueRef::Text(bytes) | ValueRef::Blob(bytes) => bytes.to_vec(),
        _ => Vec::new(),
    };
    let page = match row.get::<_, Option<String>>(4)? {
        Some(media_type) => Some(StoredPage {
            media_type,
            derivation: row.get(5)?,
            text_sha256: row.get(6)?,
            byte_len: row.get(7)?,
            bytes_zstd: row.get(8)?,
        }),
        None => None,
    };
    Ok(Some(StoredDocument {
        id: row.get(0)?,
        sha256: row.get(1)?,
        byte_len: row.get(2)?,
        text,
        page,
    }))
}

fn document_problems(document: &StoredDocument) -> Vec<(&'static str, String)> {
    let mut problems = Vec::new();
    let short = short_hash(&document.sha256);
    let actual = sha256_hex(&document.text);
    if let Some(page) = &document.page {
        problems.extend(page_problems(document, page, &actual));
    } else if actual != document.sha256 {
        problems.push((
            "hash_mismatch",
            format!(
                "document {short}: the stored text hashes to {actual}, not to the recorded {}",
                document.sha256
            ),
        ));
    }
    if document.byte_len != document.text.len() as i64 {
        problems.push((
            "length_mismatch",
            format!(
                "document {short}: byte_len is {} but the stored text has {} bytes",
                document.byte_len,
                document.text.len()
            ),
        ));
    }
    if let Err(err) = std::str::from_utf8(&document.text) {
        problems.push((
            "not_utf8",
            format!(
                "document {short}: the stored text is not valid UTF-8 at byte {}",
                err.valid_up_to()
            ),
        ));
    }
    problems
}

/// What is wrong with a page's document: the page's bytes must hash to the document's SHA-256,
/// the text to the recorded text SHA-256, and deriving the text again from the bytes must give
/// the stored text. A page derived by another derivation than this claimtrack's cannot be
/// derived again; that is said as such, not as a mismatch.
fn page_problems(
    document: &StoredDocument,
    page: &StoredPage,
    text_sha256: &str,
) -> Vec<(&'static str, String)> {
    let short = short_hash(&document.sha256);
    let mut problems = Vec::new();
    if text_sha256 != page.text_sha256 {
        problems.push((
            "text_hash_mismatch",
            format!(
                "document {short}: the stored text hashes to {text_sha256}, not to the recorded text SHA-256 {}",
                page.text_sha256
            ),
        ));
    }
    let bytes = match super::pages::decompress(&page.bytes_zstd) {
        Ok(bytes) => bytes,
        Err(err) => {
            problems.push((
                "page_unreadable",
                format!("document {short}: {}", err.message),
            ));
            return problems;
        }
    };
    let actual = sha256_hex(&bytes);
    if actual != document.sha256 {
        problems.push((
            "hash_mismatch",
            format!(
                "document {short}: the stored page hashes to {actual}, not to the recorded {}",
                document.sha256
            ),
        ));
    }
    if page.byte_len != bytes.len() as i64 {
        problems.push((
            "length_mismatch",
            format!(
                "document {short}: the page's byte_len is {} but the stored page has {} bytes",
                page.byte_len,
                bytes.len()
            ),
        ));
    }
    if page.derivation != html::DERIVATION {
        problems.push((
            "derivation_changed",
            format!(
                "document {short}: its text was derived by {:?}, and this claimtrack derives by {:?}; the text cannot be derived again to check it (the hashes were checked)",
                page.derivation,
                html::DERIVATION
            ),
        ));
        return problems;
    }
    match html::derive_text(&bytes, &page.media_type) {
        Ok(derived) if derived.as_bytes() == document.text => {}
        Ok(derived) => {
            let (at, stored, derived) = first_difference(&document.text, derived.as_bytes());
            problems.push((
                "derivation_mismatch",
                format!(
                    "document {short}: the stored text is not what the stored page gives: they part at byte {at}: stored {stored:?}, derived {derived:?}"
                ),
            ));
        }
        Err(err) => problems.push((
            "derivation_mismatch",
            format!(
                "document {short}: the stored page no longer gives a text: {}",
                err.message
            ),
        )),
    }
    problems
}

/// Whether byte offset `at` starts a character (or ends the text). Works on bytes so that a
/// document that is no longer UTF-8 still has its claims checked.
fn on_char_boundary(text: &[u8], at: usize) -> bool {
    at == text.len() || text.get(at).is_some_and(|&b| (b as i8) >= -0x40)
}

fn claim_problems(text: &[u8], claim: &StoredClaim) -> Vec<(&'static str, String)> {
    let mut problems = Vec::new();
    for (what, span) in &claim.spans {
        let Some((start, end, written)) = span else {
            continue;
        };
        let (start, end) = (*start, *end);
        if start < 0 || start > end || end as u64 > text.len() as u64 {
            problems.push((
                "span_out_of_bounds",
                format!(
                    "{what} span {start}..{end} lies outside the document ({} bytes)",
                    text.len()
                ),
            ));
            continue;
        }
        let (start, end) = (start as usize, end as usize);
        if !on_char_boundary(text, start) || !on_char_boundary(text, end) {
            problems.push((
                "span_not_on_char_boundary",
                format!("{what} span {start}..{end} does not lie on character boundaries"),
            ));
        }
        let found = &text[start..end];
        if found != written.as_slice() {
            problems.push(("text_mismatch", mismatch(what, start, end, written, found)));
        }
    }
    problems
}

/// Says where a recorded span text and the document's text part ways, showing a little of
/// each from just before that point, so that a long claim's damage is visible in one line.
fn mismatch(what: &str, start: usize, end: usize, written: &[u8], found: &[u8]) -> String {
    let (differs_at, written, found) = first_difference(written, found);
    format!(
        "{what} and text[{start}..{end}] part at byte {differs_at} of the span: recorded {written:?}, text {found:?}"
    )
}

/// Where two byte strings part ways, and a little of each from just before that point.
fn first_difference(a: &[u8], b: &[u8]) -> (usize, String, String) {
    const BEFORE: usize = 20;
    const LONGEST: usize = 60;
    let differs_at = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let from = differs_at.saturating_sub(BEFORE);
    let excerpt = |bytes: &[u8]| {
        let text = String::from_utf8_lossy(&bytes[from.min(bytes.len())..]);
        let mut shown: String = text.chars().take(LONGEST).collect();
        if text.chars().count() > LONGEST {
            shown.push('…');
        }
        if from > 0 {
            shown.insert(0, '…');
        }
        shown
    };
    (differs_at, excerpt(a), excerpt(b))
}

/// Claims whose document or speaker is gone: possible only when something wrote to the file
/// with foreign keys off, but then every listing would silently drop those claims.
fn dangling_references(conn: &rusqlite::Connection) -> Result<Vec<Problem>> {
    let mut stmt = conn.prepare_cached(
        "SELECT c.id, c.document_id, d.sha256, 'document' FROM claim c
         LEFT JOIN document d ON d.id = c.document_id WHERE d.id IS NULL
         UNION ALL
         SELECT c.id, c.document_id, d.sha256, 'speaker ' || c.speaker_id FROM claim c
         LEFT JOIN document d ON d.id = c.document_id
         WHERE c.speaker_id IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM speaker s WHERE s.id = c.speaker_id)
         ORDER BY 1",
    )?;
    let rows = stmt.query_map([], |row| {
        let claim_id: i64 = row.get(0)?;
        let document_id: i64 = row.get(1)?;
        let missing: String = row.get(3)?;
        Ok(Problem {
            kind: "dangling_reference",
            document_sha256: row.get(2)?,
            document_id: Some(document_id),
            claim_id: Some(claim_id),
            detail: if missing == "document" {
                format!("claim {claim_id}: its document (row {document_id}) does not exist")
            } else {
                format!("claim {claim_id}: its {missing} does not exist")
            },
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl crate::output::Keyed for Problem {
    const KEYS: &'static [&'static str] = &[
        "kind",
        "document_sha256",
        "document_id",
        "claim_id",
        "detail",
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(spans: [Option<(i64, i64, &str)>; 3]) -> StoredClaim {
        let [a, b, c] = spans.map(|s| s.map(|(s, e, w)| (s, e, w.as_bytes().to_vec())));
        StoredClaim {
            id: 1,
            spans: [("content", a), ("source", b), ("cue", c)],
        }
    }

    #[test]
    fn a_faithful_claim_has_no_problems() {
        let text = "Café owner said: prices rise.".as_bytes();
        let good = claim([
            Some((18, 30, "prices rise.")),
            Some((0, 11, "Café owner")),
            Some((11, 15, " sai")),
        ]);
        assert_eq!(claim_problems(text, &good), Vec::new());
    }

    #[test]
    fn each_kind_of_span_damage_is_named() {
        let text = "Café owner said".as_bytes();
        let kinds = |c: StoredClaim| -> Vec<&str> {
            claim_problems(text, &c).into_iter().map(|p| p.0).collect()
        };
        assert_eq!(
            kinds(claim([Some((0, 99, "x")), None, None])),
            ["span_out_of_bounds"]
        );
        assert_eq!(
            kinds(claim([Some((0, 4, "Caf\u{c3}")), None, None])),
            ["span_not_on_char_boundary", "text_mismatch"]
        );
        assert_eq!(
            kinds(claim([
                Some((6, 11, "owned")),
                None,
                Some((11, 15, "said"))
            ])),
            ["text_mismatch", "text_mismatch"]
        );
    }

    #[test]
    fn a_changed_byte_breaks_the_hash_but_not_the_length() {
        let text = b"hello".to_vec();
        let mut document = StoredDocument {
            id: 1,
            sha256: sha256_hex(&text),
            byte_len: 5,
            text,
            page: None,
        };
        assert!(document_problems(&document).is_empty());
        document.text[0] = b'j';
        let kinds: Vec<&str> = document_problems(&document).iter().map(|p| p.0).collect();
        assert_eq!(kinds, ["hash_mismatch"]);
    }
}
