//! The web pages documents were derived from, kept as evidence: a page's document is
//! identified by the SHA-256 of the bytes received, while its claims point into the text derived
//! from them. So the store keeps the bytes (zstd-compressed), the text's own SHA-256, the name
//! of the derivation, the media type and the fetch time (schema migration 12), and `verify` can
//! check both hashes and derive the text again.

use crate::error::{Error, Result};
use crate::input::{SourcePage, sha256_hex};
use base64::Engine;
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

/// zstd's default level: pages compress about fivefold, and the work is the workers', not the
/// writer's.
const COMPRESSION_LEVEL: i32 = 3;

/// A page made ready for the writer: compressed and its text hashed on a worker's thread, since
/// the single writer is the pipeline's bottleneck.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPage {
    pub media_type: String,
    pub derivation: String,
    pub fetched_at: Option<String>,
    /// The SHA-256 of the derived text, which is stored as the document's text.
    pub text_sha256: String,
    pub byte_len: i64,
    pub bytes_zstd: Vec<u8>,
}

impl NewPage {
    /// The page `text` was derived from, as the store keeps it.
    pub fn new(page: &SourcePage, text: &str) -> Result<NewPage> {
        Ok(NewPage {
            media_type: page.media_type.clone(),
            derivation: page.derivation.clone(),
            fetched_at: page.fetched.clone(),
            text_sha256: sha256_hex(text.as_bytes()),
            byte_len: page.bytes.len() as i64,
            bytes_zstd: compress(&page.bytes)?,
        })
    }

    /// The page of an imported document, from its export record, once the record's hashes are
    /// checked against its bytes and text.
    pub(super) fn imported(record: &PageRecord, sha256: &str, text: &str) -> Result<NewPage> {
        let encoded = record.bytes_base64.as_deref().ok_or_else(|| {
            Error::user("page: bytes_base64 is missing; a page's document needs its bytes")
        })?;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(encoded)
            .map_err(|err| Error::user(format!("page: bytes_base64 is not base64: {err}")))?;
        let actual = sha256_hex(&bytes);
        if actual != sha256 {
            return Err(Error::user(format!(
                "hash mismatch: the page's SHA-256 is {actual}, but the record says {sha256}"
            )));
        }
        let text_sha256 = sha256_hex(text.as_bytes());
        if text_sha256 != record.text_sha256 {
            return Err(Error::user(format!(
                "hash mismatch: the text's SHA-256 is {text_sha256}, but page.text_sha256 says {}",
                record.text_sha256
            )));
        }
        let page = SourcePage {
            bytes,
            media_type: record.media_type.clone(),
            derivation: record.derivation.clone(),
            fetched: record.fetched_at.clone(),
        };
        NewPage::new(&page, text)
    }
}

/// What a document's record says of its page (`show --format json`, and the export, which also
/// carries the bytes). The stable JSON keys are documented in README.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PageRecord {
    /// The SHA-256 of the derived text; the document's `sha256` is that of the page's bytes.
    pub text_sha256: String,
    pub media_type: String,
    pub derivation: String,
    pub fetched_at: Option<String>,
    /// The size of the page as received.
    pub bytes: i64,
    /// The page's bytes, in an export only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bytes_base64: Option<String>,
}

/// The columns [`page_from_row`] reads, from `document_page p` joined to a document.
pub(super) const PAGE_COLUMNS: &str =
    "p.text_sha256, p.media_type, p.derivation, p.fetched_at, p.byte_len";

/// The page record of a row whose columns from `at` on are [`PAGE_COLUMNS`] (all NULL for a
/// document read as text).
pub(super) fn page_from_row(
    row: &rusqlite::Row<'_>,
    at: usize,
) -> rusqlite::Result<Option<PageRecord>> {
    let Some(text_sha256) = row.get::<_, Option<String>>(at)? else {
        return Ok(None);
    };
    Ok(Some(PageRecord {
        text_sha256,
        media_type: row.get(at + 1)?,
        derivation: row.get(at + 2)?,
        fetched_at: row.get(at + 3)?,
        bytes: row.get(at + 4)?,
        bytes_base64: None,
    }))
}

/// Stores the page of the document `document_id`.
pub(super) fn insert_page(conn: &Connection, document_id: i64, page: &NewPage) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO document_page (document_id, media_type, derivation, text_sha256, fetched_at,
                                    byte_len, bytes_zstd)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        document_id,
        page.media_type,
        page.derivation,
        page.text_sha256,
        page.fetched_at,
        page.byte_len,
        page.bytes_zstd,
    ])?;
    Ok(())
}

/// The page's bytes as the export carries them: base64 of the bytes received.
pub(super) fn exported_bytes(conn: &Connection, document_id: i64) -> Result<Option<String>> {
    let stored: Option<Vec<u8>> = conn
        .prepare_cached("SELECT bytes_zstd FROM document_page WHERE document_id = ?1")?
        .query_row([document_id], |row| row.get(0))
        .optional()?;
    stored
        .map(|zstd| {
            let bytes = decompress(&zstd)?;
            Ok(base64::engine::general_purpose::STANDARD.encode(bytes))
        })
        .transpose()
}

fn compress(bytes: &[u8]) -> Result<Vec<u8>> {
    zstd::bulk::compress(bytes, COMPRESSION_LEVEL)
        .map_err(|err| Error::internal(format!("cannot compress a page: {err}")))
}

/// The bytes of a stored page. Read as a stream, so that a damaged frame cannot ask for more
/// memory than it holds data.
pub(super) fn decompress(zstd: &[u8]) -> Result<Vec<u8>> {
    zstd::stream::decode_all(zstd)
        .map_err(|err| Error::user(format!("the stored page cannot be decompressed: {err}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_is_kept_compressed_and_comes_back_whole() {
        let bytes = "<html><body><p>Jane Roe said so.</p></body></html>".repeat(50);
        let page = SourcePage {
            bytes: bytes.clone().into_bytes(),
            media_type: "text/html".into(),
            derivation: "test".into(),
            fetched: None,
        };
        let new = NewPage::new(&page, "Jane Roe said so.\n").unwrap();
        assert!(new.bytes_zstd.len() < bytes.len() / 5);
        assert_eq!(new.byte_len, bytes.len() as i64);
        assert_eq!(decompress(&new.bytes_zstd).unwrap(), bytes.as_bytes());
        assert!(decompress(b"not zstd").is_err());
    }
}
