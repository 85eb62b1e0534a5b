//! Claims in the two linked-data vocabularies that fact-checking and annotation tools already
//! read, so that claimtrack's evidence can leave it without a converter: the W3C Web Annotation
//! model (Hypothesis and other annotation clients re-anchor an annotation in the page by its
//! selectors) and schema.org's `Claim` (what ClaimReview and Google's Fact Check tools build on).
//!
//! Both are pure functions of one stored document and its claims; the store hands them over
//! ([`crate::store::Store::each_document_with_claims`]) and the writers here stream them out one
//! document at a time, so an export never holds more than one document.

pub mod schema_claim;
pub mod web_annotation;

use crate::error::Result;
use crate::model::SpeakerKind;
use crate::record::{ClaimState, ClaimText};
use crate::store::DocumentRecord;
use std::io::Write;

/// A stored claim with what a reader outside claimtrack needs to know of its speaker.
#[derive(Debug, Clone, PartialEq)]
pub struct LinkedClaim {
    pub claim: ClaimText,
    pub state: ClaimState,
    /// The name of the head of the speaker's group (the name the speaker is known by), which
    /// may differ from the name the claim was stored under (`claim.speaker`).
    pub canonical_speaker: Option<String>,
    pub speaker_kind: Option<SpeakerKind>,
}

/// The two vocabularies `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkedFormat {
    /// An `AnnotationPage` of W3C Web Annotations, one per claim.
    WebAnnotation,
    /// A schema.org graph of `Claim`s, one per claim.
    SchemaClaim,
}

/// Writes one JSON-LD document, a document's claims at a time: an `AnnotationPage` whose
/// `items` are the annotations, or a schema.org `@graph` of claims.
pub struct LinkedDataWriter<'w> {
    out: &'w mut dyn Write,
    format: LinkedFormat,
    written: usize,
}

impl<'w> LinkedDataWriter<'w> {
    pub fn start(out: &'w mut dyn Write, format: LinkedFormat) -> Result<LinkedDataWriter<'w>> {
        let context = match format {
            LinkedFormat::WebAnnotation => web_annotation::context(),
            LinkedFormat::SchemaClaim => serde_json::Value::from(schema_claim::CONTEXT),
        };
        out.write_all(b"{\"@context\":")?;
        serde_json::to_writer(&mut *out, &context).map_err(std::io::Error::from)?;
        out.write_all(match format {
            LinkedFormat::WebAnnotation => b",\"type\":\"AnnotationPage\",\"items\":[".as_slice(),
            LinkedFormat::SchemaClaim => b",\"@graph\":[".as_slice(),
        })?;
        Ok(LinkedDataWriter {
            out,
            format,
            written: 0,
        })
    }

    pub fn document(&mut self, doc: &DocumentRecord, claims: &[LinkedClaim]) -> Result<()> {
        match self.format {
            LinkedFormat::WebAnnotation => self.items(&web_annotation::annotations(doc, claims)),
            LinkedFormat::SchemaClaim => self.items(&schema_claim::claims(doc, claims)),
        }
    }

    fn items<T: serde::Serialize>(&mut self, items: &[T]) -> Result<()> {
        for item in items {
            self.out
                .write_all(if self.written == 0 { b"\n" } else { b",\n" })?;
            serde_json::to_writer(&mut *self.out, item).map_err(std::io::Error::from)?;
            self.written += 1;
        }
        Ok(())
    }

    /// Closes the document; returns how many claims were written.
    pub fn finish(self) -> Result<usize> {
        self.out.write_all(if self.written == 0 {
            b"]}\n"
        } else {
            b"\n]}\n"
        })?;
        Ok(self.written)
    }
}

/// The IRI a document is known by: its URL where it has one, else its SHA-256 as a URN.
pub fn document_iri(doc: &DocumentRecord) -> String {
    match doc.url.as_deref().filter(|url| !url.trim().is_empty()) {
        Some(url) => url.to_string(),
        None => sha256_urn(&doc.sha256),
    }
}

pub fn sha256_urn(sha256: &str) -> String {
    format!("urn:sha256:{sha256}")
}

/// An IRI for each claim of a document that is the same in every database holding it: the
/// document's hash and the content's byte span, with a running number when several claims share
/// one span (a manual claim beside an extracted one, or two speakers of one sentence).
pub fn claim_iris(doc: &DocumentRecord, claims: &[LinkedClaim]) -> Vec<String> {
    let mut iris = Vec::with_capacity(claims.len());
    let mut previous: Option<(usize, usize)> = None;
    let mut repeat = 0;
    for linked in claims {
        let span = (linked.claim.start, linked.claim.end);
        repeat = if previous == Some(span) {
            repeat + 1
        } else {
            0
        };
        previous = Some(span);
        let base = format!("urn:claimtrack:claim:{}:{}-{}", doc.sha256, span.0, span.1);
        iris.push(if repeat == 0 {
            base
        } else {
            format!("{base}:{}", repeat + 1)
        });
    }
    iris
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::record::ClaimText;

    pub(crate) const TEXT: &str =
        "Mayor Zoë Ängström said the ferry would run again in May. Officials doubted it.";

    pub(crate) fn document(url: Option<&str>) -> DocumentRecord {
        DocumentRecord {
            id: 1,
            sha256: "ab".repeat(32),
            outlet: Some("The Harbour Gazette".into()),
            title: Some("Ferry to return".into()),
            url: url.map(str::to_string),
            published: Some("2024-03-05".into()),
            byline: None,
            origin_path: None,
            ingested_at: "2024-03-06T10:00:00Z".into(),
            bytes: TEXT.len() as i64,
            page: None,
            text: TEXT.to_string(),
        }
    }

    pub(crate) fn claims() -> Vec<LinkedClaim> {
        crate::extract::extract(TEXT)
            .iter()
            .map(|attribution| LinkedClaim {
                claim: ClaimText::of(attribution, TEXT),
                state: ClaimState {
                    origin: "extracted".into(),
                    rule: Some(attribution.rule.to_string()),
                    resolver: None,
                    review: crate::model::ReviewStatus::Unreviewed,
                    created_at: "2024-03-06T10:00:00Z".into(),
                },
                canonical_speaker: attribution.speaker.clone(),
                speaker_kind: attribution
                    .speaker
                    .as_ref()
                    .map(|_| attribution.speaker_kind),
            })
            .collect()
    }

    #[test]
    fn a_document_without_a_url_is_named_by_its_hash() {
        assert_eq!(document(None).sha256.len(), 64);
        assert_eq!(
            document_iri(&document(None)),
            format!("urn:sha256:{}", "ab".repeat(32))
        );
        assert_eq!(
            document_iri(&document(Some("https://example.org/a"))),
            "https://example.org/a"
        );
    }

    #[test]
    fn claims_on_one_span_get_distinct_iris() {
        let mut two = claims();
        two.truncate(1);
        two.push(two[0].clone());
        let iris = claim_iris(&document(None), &two);
        assert_ne!(iris[0], iris[1]);
        assert!(iris[1].ends_with(":2"), "{iris:?}");
    }
}
