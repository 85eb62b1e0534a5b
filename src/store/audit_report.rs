//! The sourcing audit as one report: the shares per document and outlet, and the claims
//! without a named source, each with the sentence it stands in. `claimtrack audit --format
//! json` prints it and serve's `/api/audit` answers it, so both have the same keys and rows.

use super::reports::RankedOnly;
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
    /// The first of the ranking, most unsourced first (see [`DEFAULT_RANKED_DOCUMENTS`]).
    pub documents: Vec<DocumentSourcing>,
    #[serde(flatten)]
    pub summary: AuditSummary,
}

/// What an audit reports besides its ranking, over every document in scope: read after the
/// ranking, which `claimtrack audit` streams.
#[derive(Debug, Clone, Serialize)]
pub struct AuditSummary {
    /// Documents in scope, listed or not.
    pub documents_total: u64,
    pub outlets: Vec<OutletSourcing>,
    /// Documents with at least one claim without a named source.
    pub unsourced_documents: u64,
    /// Of those, how many have their claims in `unsourced`.
    pub listed_documents: usize,
    pub unsourced: Vec<UnsourcedClaim>,
}

/// How many documents of its ranking an audit lists unless asked otherwise (a terminal shows
/// a page of them): an audit is a report, and an archive's every document is an export. At
/// 600,000 documents the whole ranking took 5 s to write as JSON, and the rest of the audit
/// 0.1 s.
pub const DEFAULT_RANKED_DOCUMENTS: u64 = 1_000;

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

/// How many documents an audit's scope holds, and how many of them have a claim without a
/// named source.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DocumentTally {
    pub documents: u64,
    pub unsourced: u64,
}

impl Store {
    /// The audit of `scope`: the first `ranked` documents of its ranking (all when `None`),
    /// and its summary (see [`Store::audit_summary`]).
    pub fn audit_report(
        &self,
        scope: &AuditScope,
        most_documents: usize,
        ranked: Option<u64>,
    ) -> Result<AuditReport> {
        let mut documents = Vec::new();
        self.each_document_sourcing(scope, ranked, &mut |document| {
            documents.push(document);
            Ok(())
        })?;
        Ok(AuditReport {
            documents,
            summary: self.audit_summary(scope, most_documents)?,
        })
    }

    /// The counts, the outlets, and the unsourced claims of at most `most_documents`
    /// documents, those with the largest unsourced share first.
    pub fn audit_summary(&self, scope: &AuditScope, most_documents: usize) -> Result<AuditSummary> {
        let tally = self.document_tally(scope)?;
        let listed = self.most_unsourced_documents(scope, most_documents)?;
        Ok(AuditSummary {
            documents_total: tally.documents,
            outlets: self.outlet_sourcing(scope)?,
            unsourced_documents: tally.unsourced,
            listed_documents: listed.len(),
            unsourced: self.unsourced_claims(&listed)?,
        })
    }

    /// The documents in `scope`, and those with a claim without a named source, counted off
    /// the kept counts (a row per document, no claim read).
    pub fn document_tally(&self, scope: &AuditScope) -> Result<DocumentTally> {
        let (condition, values) = super::reports::scope_condition(scope);
        let sql = format!(
            "SELECT count(*), count(*) FILTER (WHERE s.claims > s.named)
             FROM document_sourcing s WHERE {condition}"
        );
        let (documents, unsourced): (i64, i64) = self
            .conn
            .prepare_cached(&sql)?
            .query_row(rusqlite::params_from_iter(values), |row| {
                Ok((row.get(0)?, row.get(1)?))
            })?;
        Ok(DocumentTally {
            documents: documents as u64,
            unsourced: unsourced as u64,
        })
    }

    /// The ids of the first `most` documents of the ranking that have a claim without a named
    /// source.
    pub fn most_unsourced_documents(&self, scope: &AuditScope, most: usize) -> Result<Vec<i64>> {
        let mut ids = Vec::new();
        let limit = (most != usize::MAX).then_some(most as u64);
        self.each_ranked_document(scope, RankedOnly::Unsourced, limit, &mut |document| {
            ids.push(document.id);
            Ok(())
        })?;
        Ok(ids)
    }

    /// The documents whose unsourced share (as printed, to three decimals) exceeds `share`,
    /// most unsourced first: the top of the ranking, read off its index.
    pub fn documents_over(&self, scope: &AuditScope, share: f64) -> Result<Vec<DocumentSourcing>> {
        let mut over = Vec::new();
        let floor = (share * 1000.0).floor() as i64;
        self.each_ranked_document(scope, RankedOnly::PermilleAtLeast(floor), None, &mut |d| {
            if d.counts.unsourced_share > share {
                over.push(d);
            }
            Ok(())
        })?;
        Ok(over)
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
