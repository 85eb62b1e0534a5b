//! The W3C Web Annotation model (https://www.w3.org/TR/annotation-model/): one annotation per
//! claim, whose target is the claim's content in its document, found again by a quote with its
//! surroundings (`TextQuoteSelector`) or by its position (`TextPositionSelector`), and whose body
//! says who said it and how.
//!
//! Positions count Unicode code points, as the model requires and annotation clients expect,
//! while claimtrack's spans count bytes; the conversion is here and nowhere else.

use super::{LinkedClaim, claim_iris, document_iri};
use crate::model::{ClaimKind, Framing, ReviewStatus, SourceKind, SpeakerKind, Stance};
use crate::store::DocumentRecord;
use serde::{Deserialize, Serialize};

/// How many characters of text before and after the quote its selector carries.
pub const CONTEXT_CHARS: usize = 32;

/// The W3C context, and claimtrack's own terms for what the model has no words for.
pub fn context() -> serde_json::Value {
    serde_json::json!([
        "http://www.w3.org/ns/anno.jsonld",
        {
            "ct": "urn:claimtrack:vocab#",
            "speaker": "ct:speaker",
            "speakerKind": "ct:speakerKind",
            "sourceMention": "ct:sourceMention",
            "sourceKind": "ct:sourceKind",
            "cue": "ct:cue",
            "stance": "ct:stance",
            "claimKind": "ct:claimKind",
            "framing": "ct:framing",
            "review": "ct:review",
            "origin": "ct:origin",
            "rule": "ct:rule",
            "documentSha256": "ct:documentSha256"
        }
    ])
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Annotation {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub motivation: String,
    pub created: String,
    pub body: ClaimBody,
    pub target: Target,
}

/// What the annotation says of its target: a sentence for people, and the claim's fields for
/// programs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ClaimBody {
    #[serde(rename = "type")]
    pub kind: String,
    pub purpose: String,
    pub format: String,
    pub value: String,
    pub speaker: Option<String>,
    pub speaker_kind: Option<SpeakerKind>,
    pub source_mention: Option<String>,
    pub source_kind: SourceKind,
    pub cue: Option<String>,
    pub stance: Stance,
    pub claim_kind: ClaimKind,
    pub framing: Framing,
    pub review: ReviewStatus,
    pub origin: String,
    pub rule: Option<String>,
    pub document_sha256: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Target {
    pub source: String,
    pub selector: (QuoteSelector, PositionSelector),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuoteSelector {
    #[serde(rename = "type")]
    pub kind: String,
    pub exact: String,
    pub prefix: String,
    pub suffix: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PositionSelector {
    #[serde(rename = "type")]
    pub kind: String,
    pub start: usize,
    pub end: usize,
}

/// The annotations of one document's claims, in the claims' order.
pub fn annotations(doc: &DocumentRecord, claims: &[LinkedClaim]) -> Vec<Annotation> {
    let positions = CodePoints::new(&doc.text);
    claim_iris(doc, claims)
        .into_iter()
        .zip(claims)
        .map(|(id, linked)| Annotation {
            id,
            kind: "Annotation".into(),
            motivation: "describing".into(),
            created: linked.state.created_at.clone(),
            body: body(doc, linked),
            target: Target {
                source: document_iri(doc),
                selector: selectors(&doc.text, &positions, linked.claim.start, linked.claim.end),
            },
        })
        .collect()
}

fn body(doc: &DocumentRecord, linked: &LinkedClaim) -> ClaimBody {
    let claim = &linked.claim;
    let speaker = linked
        .canonical_speaker
        .clone()
        .or_else(|| claim.speaker.clone());
    ClaimBody {
        kind: "TextualBody".into(),
        purpose: "describing".into(),
        format: "text/plain".into(),
        value: summary(linked, speaker.as_deref()),
        speaker,
        speaker_kind: linked.speaker_kind,
        source_mention: claim.source.clone(),
        source_kind: claim.source_kind,
        cue: claim.cue.clone(),
        stance: claim.stance,
        claim_kind: claim.kind,
        framing: claim.framing,
        review: linked.state.review,
        origin: linked.state.origin.clone(),
        rule: linked.state.rule.clone(),
        document_sha256: doc.sha256.clone(),
    }
}

/// "Jane Roe — said (assert, indirect): the bridge would reopen", for a reader of the page.
fn summary(linked: &LinkedClaim, speaker: Option<&str>) -> String {
    let claim = &linked.claim;
    let who = match (speaker, claim.source.as_deref()) {
        (Some(name), _) => name.to_string(),
        (None, Some(mention)) => format!("{mention} ({})", claim.source_kind),
        (None, None) => "no source".to_string(),
    };
    let cue = claim.cue.as_deref().unwrap_or("-");
    format!(
        "{who} — {cue} ({}, {}): {}",
        claim.stance, claim.kind, claim.content
    )
}

fn selectors(
    text: &str,
    positions: &CodePoints,
    start: usize,
    end: usize,
) -> (QuoteSelector, PositionSelector) {
    let before = &text[..start];
    let after = &text[end..];
    let prefix_from = before
        .char_indices()
        .rev()
        .nth(CONTEXT_CHARS - 1)
        .map_or(0, |(at, _)| at);
    let suffix_to = after
        .char_indices()
        .nth(CONTEXT_CHARS)
        .map_or(after.len(), |(at, _)| at);
    (
        QuoteSelector {
            kind: "TextQuoteSelector".into(),
            exact: text[start..end].to_string(),
            prefix: before[prefix_from..].to_string(),
            suffix: after[..suffix_to].to_string(),
        },
        PositionSelector {
            kind: "TextPositionSelector".into(),
            start: positions.at(start),
            end: positions.at(end),
        },
    )
}

/// Byte offsets to code point offsets for one text, by binary search over its multi-byte
/// characters, so a document with many claims is scanned once.
struct CodePoints {
    /// The byte offset of every character that takes more than one byte, with the number of
    /// extra bytes before and including it.
    wide: Vec<(usize, usize)>,
}

impl CodePoints {
    fn new(text: &str) -> CodePoints {
        let mut extra = 0;
        let wide = text
            .char_indices()
            .filter(|(_, c)| c.len_utf8() > 1)
            .map(|(at, c)| {
                extra += c.len_utf8() - 1;
                (at, extra)
            })
            .collect();
        CodePoints { wide }
    }

    /// The code point offset of a byte offset that falls on a character boundary.
    fn at(&self, byte: usize) -> usize {
        let before = self.wide.partition_point(|&(at, _)| at < byte);
        let extra = if before == 0 {
            0
        } else {
            self.wide[before - 1].1
        };
        byte - extra
    }
}

/// Where a quote selector finds its text: the code point offset of `prefix + exact + suffix`'s
/// `exact`, if the text holds it. Annotation clients anchor this way; the tests use it to show
/// that every selector re-anchors.
pub fn anchor_quote(text: &str, quote: &QuoteSelector) -> Option<usize> {
    let whole = format!("{}{}{}", quote.prefix, quote.exact, quote.suffix);
    let at = text.find(&whole)? + quote.prefix.len();
    Some(text[..at].chars().count())
}

#[cfg(test)]
mod tests {
    use super::super::sha256_urn;
    use super::super::tests::{TEXT, claims, document};
    use super::*;

    #[test]
    fn every_selector_finds_its_claim_again() {
        let doc = document(None);
        let annotations = annotations(&doc, &claims());
        assert!(!annotations.is_empty());
        let chars: Vec<char> = TEXT.chars().collect();
        for annotation in &annotations {
            let (quote, position) = &annotation.target.selector;
            let by_position: String = chars[position.start..position.end].iter().collect();
            assert_eq!(by_position, quote.exact);
            assert_eq!(anchor_quote(TEXT, quote), Some(position.start));
        }
    }

    #[test]
    fn positions_count_characters_not_bytes() {
        let positions = CodePoints::new("Zoë said é.");
        assert_eq!(positions.at(0), 0);
        assert_eq!(positions.at("Zoë".len()), 3);
        assert_eq!(positions.at("Zoë said é".len()), 10);
    }

    #[test]
    fn the_context_is_cut_at_32_characters_on_both_sides() {
        let text = format!("{}X said it would rain.{}", "ä".repeat(40), "ö".repeat(40));
        let start = text.find("it would").unwrap();
        let end = start + "it would rain".len();
        let (quote, position) = selectors(&text, &CodePoints::new(&text), start, end);
        assert_eq!(quote.prefix.chars().count(), CONTEXT_CHARS);
        assert!(quote.prefix.ends_with("X said "));
        assert_eq!(quote.suffix.chars().count(), CONTEXT_CHARS);
        assert_eq!(position.start, 40 + "X said ".len());
    }

    #[test]
    fn the_body_names_the_speaker_and_how_the_claim_was_made() {
        let annotations = annotations(&document(Some("https://example.org/ferry")), &claims());
        let first = &annotations[0];
        assert_eq!(first.target.source, "https://example.org/ferry");
        assert_eq!(first.body.speaker.as_deref(), Some("Zoë Ängström"));
        assert_eq!(first.body.cue.as_deref(), Some("said"));
        assert!(
            first
                .body
                .value
                .starts_with("Zoë Ängström — said (assert, indirect): the ferry")
        );
        assert_eq!(
            sha256_urn(&first.body.document_sha256),
            format!("urn:sha256:{}", "ab".repeat(32))
        );
    }
}
