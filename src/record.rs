//! One claim record for every layer that hands claims on: what `extract` prints, what the store
//! lists, and what an export writes.
//!
//! The three used to declare the same fields three times (and two more shapes beside them), so
//! a key added to one could be forgotten in another. Now each composes the parts it shares with
//! the others, flattened into one JSON object: [`ClaimText`] (the claim read off its text, the
//! same everywhere) and, for a stored claim, [`ClaimState`] (where it came from and where it
//! stands in review). The JSON keys and their order are a public interface (README), declared
//! here once, by the order of these fields.

use crate::model::{Attribution, ClaimKind, Framing, ReviewStatus, SourceKind, Span, Stance};
use serde::{Deserialize, Serialize};

/// The JSON keys of a record that flattens a claim's [`ClaimText`]: the keys `before` it, its
/// own, then the keys `after` it (`claim_keys!["file", "doc_sha256"; "rule", "resolver"]`).
/// One list for every such record, so their CSV headers (`output::Keyed`) cannot drift.
#[macro_export]
macro_rules! claim_keys {
    [$($before:literal),* ; $($after:literal),*] => {
        &[
            $($before,)* "start", "end", "content", "kind", "speaker", "source", "source_start",
            "source_end", "source_kind", "cue", "cue_start", "cue_end", "stance", "framing",
            $($after,)*
        ]
    };
}

/// The JSON keys of a stored claim's record (`claims`, `show`, `diff`), after the keys given
/// (`claim_record_keys!("side", "pair")`).
#[macro_export]
macro_rules! claim_record_keys {
    ($($first:literal),*) => {
        $crate::claim_keys![
            $($first,)* "id", "doc_sha256", "doc_short", "doc_title", "outlet", "published";
            "origin", "rule", "resolver", "review", "created_at"
        ]
    };
}

/// A claim as its text says it: every span with the text it covers, and how the claim reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimText {
    pub start: usize,
    pub end: usize,
    pub content: String,
    pub kind: ClaimKind,
    /// The speaker's canonical name (for a stored claim, the name it was stored under or, in a
    /// listing, its group's head).
    pub speaker: Option<String>,
    pub source: Option<String>,
    pub source_start: Option<usize>,
    pub source_end: Option<usize>,
    pub source_kind: SourceKind,
    pub cue: Option<String>,
    pub cue_start: Option<usize>,
    pub cue_end: Option<usize>,
    pub stance: Stance,
    pub framing: Framing,
}

/// Where a stored claim came from and where it stands in review.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClaimState {
    /// `manual` or `extractor/<version>`.
    pub origin: String,
    /// The catalogue rule that found it; `None` for a claim entered by hand.
    pub rule: Option<String>,
    /// The resolver that named the speaker; `None` for a claim entered by hand or stored
    /// before resolvers were (and absent from exports made then).
    #[serde(default)]
    pub resolver: Option<String>,
    pub review: ReviewStatus,
    pub created_at: String,
}

impl ClaimText {
    /// An attribution read off the `text` it was found in.
    pub fn of(attribution: &Attribution, text: &str) -> ClaimText {
        let covered = |span: Option<Span>| span.map(|s| s.of(text).to_string());
        ClaimText {
            start: attribution.content.start,
            end: attribution.content.end,
            content: attribution.content.of(text).to_string(),
            kind: attribution.kind,
            speaker: attribution.speaker.clone(),
            source: covered(attribution.source),
            source_start: attribution.source.map(|s| s.start),
            source_end: attribution.source.map(|s| s.end),
            source_kind: attribution.source_kind,
            cue: covered(attribution.cue),
            cue_start: attribution.cue.map(|s| s.start),
            cue_end: attribution.cue.map(|s| s.end),
            stance: attribution.stance,
            framing: attribution.framing,
        }
    }

    pub fn content_span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    pub fn source_span(&self) -> Option<Span> {
        span_of(self.source_start, self.source_end)
    }

    pub fn cue_span(&self) -> Option<Span> {
        span_of(self.cue_start, self.cue_end)
    }
}

fn span_of(start: Option<usize>, end: Option<usize>) -> Option<Span> {
    match (start, end) {
        (Some(start), Some(end)) if start <= end => Some(Span::new(start, end)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Ann Lee said the bridge would reopen.";

    /// What the extractor finds in `TEXT` (found, not written out here, so that this test
    /// follows the attribution's fields as they grow).
    fn attribution() -> Attribution {
        let found = crate::extract::extract(TEXT);
        assert_eq!(found.len(), 1, "{found:?}");
        found.into_iter().next().unwrap()
    }

    #[test]
    fn a_claim_read_off_its_text_gives_back_its_spans() {
        let claim = ClaimText::of(&attribution(), TEXT);
        assert_eq!(claim.content, "the bridge would reopen");
        assert_eq!(claim.source.as_deref(), Some("Ann Lee"));
        assert_eq!(claim.cue.as_deref(), Some("said"));
        assert_eq!(claim.speaker.as_deref(), Some("Ann Lee"));
        assert_eq!(claim.content_span(), attribution().content);
        assert_eq!(claim.source_span(), attribution().source);
        assert_eq!(claim.cue_span(), attribution().cue);
    }

    /// The keys every claim record prints, in their documented order (README).
    #[test]
    fn the_keys_come_in_their_documented_order() {
        #[derive(Serialize)]
        struct Stored {
            id: i64,
            #[serde(flatten)]
            claim: ClaimText,
            #[serde(flatten)]
            state: ClaimState,
        }
        let stored = Stored {
            id: 1,
            claim: ClaimText::of(&attribution(), TEXT),
            state: ClaimState {
                origin: "manual".into(),
                rule: None,
                resolver: None,
                review: ReviewStatus::Accepted,
                created_at: "2020-01-01T00:00:00Z".into(),
            },
        };
        let value = serde_json::to_value(&stored).unwrap();
        let keys: Vec<&str> = value
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            [
                "id",
                "start",
                "end",
                "content",
                "kind",
                "speaker",
                "source",
                "source_start",
                "source_end",
                "source_kind",
                "cue",
                "cue_start",
                "cue_end",
                "stance",
                "framing",
                "origin",
                "rule",
                "resolver",
                "review",
                "created_at"
            ]
        );
        assert_eq!(value["kind"], "indirect");
        assert_eq!(value["review"], "accepted");
    }

    #[test]
    fn both_parts_round_trip_through_json() {
        let claim = ClaimText::of(&attribution(), TEXT);
        let state = ClaimState {
            origin: "extractor/1.0".into(),
            rule: Some("source-said-that".into()),
            resolver: Some("name-in-mention".into()),
            review: ReviewStatus::Rejected,
            created_at: "2020-01-01T00:00:00Z".into(),
        };
        let text = serde_json::to_string(&claim).unwrap();
        assert_eq!(serde_json::from_str::<ClaimText>(&text).unwrap(), claim);
        let text = serde_json::to_string(&state).unwrap();
        assert_eq!(serde_json::from_str::<ClaimState>(&text).unwrap(), state);
    }

    #[test]
    fn a_state_exported_before_resolvers_were_stored_reads_without_one() {
        let old = r#"{"origin":"manual","rule":null,"review":"unreviewed","created_at":"2020-01-01T00:00:00Z"}"#;
        let state: ClaimState = serde_json::from_str(old).unwrap();
        assert_eq!(state.resolver, None);
    }
}
