//! The sourcing audit as one report: the shares per document and outlet, and the claims
//! without a named source, each with the sentence it stands in. `claimtrack audit --format
//! json` prints it and serve's `/api/audit` answers it, so both have the same keys and rows.

use super::{AuditScope, ClaimFilter, ClaimRecord, DocumentSourcing, OutletSourcing, Store};
use crate::error::Result;
use crate::passage;
use serde::Serialize;

/// A claim without a named source, with the sentence it comes from.
#[derive(Debug, Clone, Serialize)]
pub struct UnsourcedClaim {
    #[serde(flatten)]
    pub claim: ClaimRecord,
    pub sentence: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct AuditReport {
    pub documents: Vec<DocumentSourcing>,
    pub outlets: Vec<OutletSourcing>,
    /// Documents with at least one claim without a named source.
    pub unsourced_documents: usize,
    /// Of those, how many have their claims in `unsourced`.
    pub listed_documents: usize,
    pub unsourced: Vec<UnsourcedClaim>,
}

/// How many documents' unsourced claims an audit of a whole database lists unless asked
/// otherwise: the worst ones, enough to act on, without a large archive's every claim. An
/// audit of one document or outlet lists them all.
pub fn default_listed_documents(scope: &AuditScope) -> usize {
    const WHOLE_DATABASE_TOP: usize = 20;
    if scope.document_id.is_some() || scope.outlet.is_some() {
        usize::MAX
    } else {
        WHOLE_DATABASE_TOP
    }
}

impl Store {
    /// The audit of `scope`, listing the unsourced claims of at most `most_documents`
    /// documents, those with the largest unsourced share first.
    pub fn audit_report(&self, scope: &AuditScope, most_documents: usize) -> Result<AuditReport> {
        let (documents, outlets) = self.sourcing(scope)?;
        let unsourced_documents: Vec<&DocumentSourcing> = documents
            .iter()
            .filter(|d| d.counts.claims > d.counts.named)
            .collect();
        // Documents come ranked, most unsourced first.
        let listed = &unsourced_documents[..unsourced_documents.len().min(most_documents)];
        let listed_ids: Vec<i64> = listed.iter().map(|d| d.id).collect();
        let unsourced = self.unsourced_claims(&listed_ids)?;
        Ok(AuditReport {
            unsourced_documents: unsourced_documents.len(),
            listed_documents: listed.len(),
            documents,
            outlets,
            unsourced,
        })
    }

    /// The claims without a named source of the documents `listed`, in that order, each with
    /// its sentence; each document's text is read once.
    pub fn unsourced_claims(&self, listed: &[i64]) -> Result<Vec<UnsourcedClaim>> {
        let mut unsourced = Vec::new();
        for &document_id in listed {
            let text = self.text_of(document_id)?;
            let claims = self.claims(&ClaimFilter {
                document_id: Some(document_id),
                unsourced: true,
                ..ClaimFilter::default()
            })?;
            for claim in claims {
                let sentence = passage::sentence_around(&text, claim.claim.start, claim.claim.end);
                unsourced.push(UnsourcedClaim { claim, sentence });
            }
        }
        Ok(unsourced)
    }
}
