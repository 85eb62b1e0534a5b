//! Reading the database one document at a time with its claims and their speakers' canonical
//! names and kinds, for the linked-data exports (`crate::linked_data`), which need a document's
//! text beside its claims to build selectors and appearances.

use crate::error::Result;
use crate::linked_data::LinkedClaim;
use crate::model::SpeakerKind;
use crate::store::{DocumentRecord, Store};

impl Store {
    /// Calls `each` with every document (by hash) and its claims (by span, then age), inside
    /// one read snapshot, so a concurrent write never shows a claim without its document.
    pub fn each_document_with_claims(
        &self,
        each: &mut dyn FnMut(&DocumentRecord, &[LinkedClaim]) -> Result<()>,
    ) -> Result<()> {
        let snapshot = rusqlite::Transaction::new_unchecked(
            &self.conn,
            rusqlite::TransactionBehavior::Deferred,
        )?;
        let sql = format!(
            "SELECT {} ORDER BY d.sha256",
            crate::store::documents::document_columns()
        );
        let mut documents = snapshot.prepare_cached(&sql)?;
        let mut claims = snapshot.prepare_cached(
            "SELECT c.content_start, c.content_end, c.content, c.kind, s.name, c.source,
                    c.source_start, c.source_end, c.source_kind, c.cue, c.cue_start, c.cue_end,
                    c.stance, c.framing, c.origin, c.rule, c.resolver, c.review, c.created_at,
                    head.name, head.kind
             FROM claim c
             LEFT JOIN speaker s ON s.id = c.speaker_id
             LEFT JOIN speaker head ON head.id = COALESCE(s.canonical_id, s.id)
             WHERE c.document_id = ?1
             ORDER BY c.content_start, c.content_end, c.id",
        )?;
        let mut rows = documents.query([])?;
        while let Some(row) = rows.next()? {
            let document = crate::store::documents::document_from_row(row)?;
            let linked = claims
                .query_map([document.id], |row| {
                    let kind: Option<String> = row.get(20)?;
                    Ok(LinkedClaim {
                        claim: crate::store::claims::claim_text_from_row(row, 0)?,
                        state: crate::store::claims::claim_state_from_row(row, 14)?,
                        canonical_speaker: row.get(19)?,
                        speaker_kind: kind.and_then(|kind| kind.parse::<SpeakerKind>().ok()),
                    })
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            each(&document, &linked)?;
        }
        Ok(())
    }
}
