//! Compares the claims of two articles (or two outlets): which claims and speakers one carries
//! and the other does not, and how each frames the claims both carry.
//!
//! Pure: it takes claims as stored and returns the comparison; the store and the command line
//! are elsewhere. Two claims pair when they have the same speaker and similar content (overlap
//! of content words after folding), or are the same direct quote whoever it is given to; a named
//! claim may also pair with an unnamed one when the content is close, which is how "named in one,
//! anonymous in the other" shows up.

use crate::model::ClaimKind;
use crate::names::fold_text;
use crate::record::ClaimText;
use crate::store::ClaimRecord;
use serde::Serialize;
use std::collections::{BTreeSet, HashSet};

/// Least content similarity for claims of the same speaker to pair.
const SAME_SPEAKER_SIMILARITY: f64 = 0.3;
/// Least content similarity for claims to pair when either source is unnamed.
const UNNAMED_SIMILARITY: f64 = 0.5;

/// How a claim carried by both sides differs between them.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "field", rename_all = "snake_case")]
pub enum Difference {
    /// Both quote directly, in different words.
    Wording {
        a: String,
        b: String,
    },
    /// Direct against paraphrased (or mixed).
    Kind {
        a: String,
        b: String,
    },
    Cue {
        a: Option<String>,
        b: Option<String>,
    },
    Framing {
        a: String,
        b: String,
    },
    Stance {
        a: String,
        b: String,
    },
    /// Named in one, anonymous or vague in the other, or a different source kind.
    Sourcing {
        a: String,
        b: String,
    },
    /// Given to different speakers.
    Speaker {
        a: Option<String>,
        b: Option<String>,
    },
}

impl Difference {
    /// The difference in a few words for a person, side A's value first: "stance assert / deny".
    pub fn describe(&self) -> String {
        let or_dash = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".to_string());
        match self {
            Difference::Wording { .. } => "quoted in different words".to_string(),
            Difference::Kind { a, b } => format!("kind {a} / {b}"),
            Difference::Cue { a, b } => format!("cue {:?} / {:?}", or_dash(a), or_dash(b)),
            Difference::Framing { a, b } => format!("framing {a} / {b}"),
            Difference::Stance { a, b } => format!("stance {a} / {b}"),
            Difference::Sourcing { a, b } => format!("source {a} / {b}"),
            Difference::Speaker { a, b } => format!("speaker {} / {}", or_dash(a), or_dash(b)),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct ClaimPair {
    pub a: ClaimRecord,
    pub b: ClaimRecord,
    /// Content similarity, 0 to 1 (1 for the same quote).
    pub similarity: f64,
    pub differences: Vec<Difference>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ClaimsDiff {
    pub only_a: Vec<ClaimRecord>,
    pub only_b: Vec<ClaimRecord>,
    pub both: Vec<ClaimPair>,
    /// Speakers with claims on both sides, in one only: canonical names.
    pub speakers_both: Vec<String>,
    pub speakers_only_a: Vec<String>,
    pub speakers_only_b: Vec<String>,
}

const STOPWORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by",
    "from", "that", "this", "these", "those", "is", "are", "was", "were", "be", "been", "being",
    "it", "its", "as", "has", "have", "had", "will", "would", "could", "should", "may", "might",
    "not", "no", "he", "she", "they", "we", "his", "her", "their", "our", "i", "you", "there",
    "which", "who", "what", "if", "than", "then", "so", "into", "about", "also",
];

/// The content words of a claim, folded.
fn content_words(text: &str) -> HashSet<String> {
    fold_text(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !STOPWORDS.contains(w))
        .map(str::to_string)
        .collect()
}

/// One side of a comparison, as `diff --format json` and `serve`'s diff twin name it.
#[derive(Debug, Clone, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Side {
    Document {
        sha256: String,
        title: Option<String>,
        outlet: Option<String>,
    },
    Outlet {
        name: String,
    },
}

/// A comparison with what it compared: `diff --format json`'s record.
#[derive(Debug, Clone, Serialize)]
pub struct DiffReport {
    pub a: Side,
    pub b: Side,
    #[serde(flatten)]
    pub diff: ClaimsDiff,
}

/// Dice overlap of two claims' content words.
pub fn similarity(a: &str, b: &str) -> f64 {
    let (a, b) = (content_words(a), content_words(b));
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    2.0 * a.intersection(&b).count() as f64 / (a.len() + b.len()) as f64
}

fn same_quote(a: &ClaimText, b: &ClaimText) -> bool {
    a.kind == ClaimKind::Direct
        && b.kind == ClaimKind::Direct
        && normalized(&a.content) == normalized(&b.content)
}

fn normalized(text: &str) -> String {
    fold_text(text)
        .trim_end_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace())
        .to_string()
}

/// How well two claims pair, or `None` when they should not.
fn pair_score(a: &ClaimRecord, b: &ClaimRecord) -> Option<f64> {
    let (a, b) = (&a.claim, &b.claim);
    if same_quote(a, b) {
        return Some(1.0);
    }
    let score = similarity(&a.content, &b.content);
    let threshold = match (&a.speaker, &b.speaker) {
        (Some(x), Some(y)) if x == y => SAME_SPEAKER_SIMILARITY,
        (Some(_), Some(_)) => return None,
        _ => UNNAMED_SIMILARITY,
    };
    (score >= threshold).then_some(score)
}

fn differences(a: &ClaimRecord, b: &ClaimRecord) -> Vec<Difference> {
    let (a, b) = (&a.claim, &b.claim);
    let mut found = Vec::new();
    if a.kind == ClaimKind::Direct
        && b.kind == ClaimKind::Direct
        && normalized(&a.content) != normalized(&b.content)
    {
        found.push(Difference::Wording {
            a: a.content.clone(),
            b: b.content.clone(),
        });
    }
    if a.kind != b.kind {
        found.push(Difference::Kind {
            a: a.kind.to_string(),
            b: b.kind.to_string(),
        });
    }
    let cue = |c: &ClaimText| c.cue.as_deref().map(fold_text);
    if cue(a) != cue(b) {
        found.push(Difference::Cue {
            a: a.cue.clone(),
            b: b.cue.clone(),
        });
    }
    if a.framing != b.framing {
        found.push(Difference::Framing {
            a: a.framing.to_string(),
            b: b.framing.to_string(),
        });
    }
    if a.stance != b.stance {
        found.push(Difference::Stance {
            a: a.stance.to_string(),
            b: b.stance.to_string(),
        });
    }
    if a.source_kind != b.source_kind {
        found.push(Difference::Sourcing {
            a: a.source_kind.to_string(),
            b: b.source_kind.to_string(),
        });
    }
    if a.speaker != b.speaker {
        found.push(Difference::Speaker {
            a: a.speaker.clone(),
            b: b.speaker.clone(),
        });
    }
    found
}

/// Pairs the claims of `a` with those of `b`, one to one, best pairs first.
pub fn diff_claims(a: Vec<ClaimRecord>, b: Vec<ClaimRecord>) -> ClaimsDiff {
    let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
    for (i, x) in a.iter().enumerate() {
        for (j, y) in b.iter().enumerate() {
            if let Some(score) = pair_score(x, y) {
                candidates.push((score, i, j));
            }
        }
    }
    candidates.sort_by(|p, q| q.0.total_cmp(&p.0).then(p.1.cmp(&q.1)).then(p.2.cmp(&q.2)));
    let (mut used_a, mut used_b) = (vec![false; a.len()], vec![false; b.len()]);
    let mut pairs = Vec::new();
    for (score, i, j) in candidates {
        if !used_a[i] && !used_b[j] {
            used_a[i] = true;
            used_b[j] = true;
            pairs.push((score, i, j));
        }
    }
    pairs.sort_by_key(|&(_, i, _)| i);
    let speakers = |claims: &[ClaimRecord]| -> BTreeSet<String> {
        claims
            .iter()
            .filter_map(|c| c.claim.speaker.clone())
            .collect()
    };
    let (speakers_a, speakers_b) = (speakers(&a), speakers(&b));
    let both = pairs
        .iter()
        .map(|&(similarity, i, j)| ClaimPair {
            similarity: (similarity * 100.0).round() / 100.0,
            differences: differences(&a[i], &b[j]),
            a: a[i].clone(),
            b: b[j].clone(),
        })
        .collect();
    let only = |claims: &[ClaimRecord], used: &[bool]| -> Vec<ClaimRecord> {
        claims
            .iter()
            .zip(used)
            .filter(|(_, u)| !**u)
            .map(|(c, _)| c.clone())
            .collect()
    };
    ClaimsDiff {
        only_a: only(&a, &used_a),
        only_b: only(&b, &used_b),
        both,
        speakers_both: speakers_a.intersection(&speakers_b).cloned().collect(),
        speakers_only_a: speakers_a.difference(&speakers_b).cloned().collect(),
        speakers_only_b: speakers_b.difference(&speakers_a).cloned().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(
        id: i64,
        speaker: Option<&str>,
        content: &str,
        kind: &str,
        cue: &str,
        source_kind: &str,
    ) -> ClaimRecord {
        ClaimRecord {
            id,
            doc_sha256: String::new(),
            doc_short: String::new(),
            doc_title: None,
            outlet: None,
            published: None,
            claim: ClaimText {
                start: 0,
                end: content.len(),
                content: content.to_string(),
                kind: kind.parse().unwrap(),
                speaker: speaker.map(str::to_string),
                source: None,
                source_start: None,
                source_end: None,
                source_kind: source_kind.parse().unwrap(),
                cue: Some(cue.to_string()),
                cue_start: None,
                cue_end: None,
                stance: crate::model::Stance::Assert,
                framing: if cue == "claimed" {
                    crate::model::Framing::Distance
                } else {
                    crate::model::Framing::Neutral
                },
            },
            state: crate::record::ClaimState {
                origin: "manual".to_string(),
                rule: None,
                resolver: None,
                review: crate::model::ReviewStatus::Unreviewed,
                created_at: String::new(),
            },
        }
    }

    #[test]
    fn pairs_paraphrase_of_the_same_speaker_and_reports_framing() {
        let a = vec![
            claim(
                1,
                Some("Jane Roe"),
                "the ceasefire will hold through the winter",
                "indirect",
                "said",
                "named",
            ),
            claim(
                2,
                Some("John Doe"),
                "prices will rise",
                "indirect",
                "said",
                "named",
            ),
        ];
        let b = vec![claim(
            3,
            Some("Jane Roe"),
            "the ceasefire would hold through winter",
            "direct",
            "claimed",
            "named",
        )];
        let diff = diff_claims(a, b);
        assert_eq!(diff.both.len(), 1);
        assert_eq!(diff.both[0].a.id, 1);
        let fields: Vec<_> = diff.both[0]
            .differences
            .iter()
            .map(|d| serde_json::to_value(d).unwrap()["field"].clone())
            .collect();
        assert_eq!(fields, ["kind", "cue", "framing"]);
        assert_eq!(diff.only_a.len(), 1);
        assert_eq!(diff.speakers_only_a, ["John Doe"]);
        assert_eq!(diff.speakers_both, ["Jane Roe"]);
        assert!(diff.speakers_only_b.is_empty());
    }

    #[test]
    fn named_against_anonymous_pairs_on_close_content() {
        let a = vec![claim(
            1,
            Some("Jane Roe"),
            "the talks collapsed over border security",
            "indirect",
            "said",
            "named",
        )];
        let b = vec![claim(
            2,
            None,
            "talks collapsed over border security",
            "indirect",
            "said",
            "anonymous",
        )];
        let diff = diff_claims(a, b);
        assert_eq!(diff.both.len(), 1);
        assert!(diff.both[0].differences.contains(&Difference::Sourcing {
            a: "named".into(),
            b: "anonymous".into()
        }));
    }

    #[test]
    fn different_speakers_with_different_content_do_not_pair() {
        let a = vec![claim(
            1,
            Some("Jane Roe"),
            "taxes will fall",
            "indirect",
            "said",
            "named",
        )];
        let b = vec![claim(
            2,
            Some("John Doe"),
            "taxes will fall",
            "indirect",
            "said",
            "named",
        )];
        let diff = diff_claims(a, b);
        assert!(diff.both.is_empty());
        assert_eq!(diff.only_a.len() + diff.only_b.len(), 2);
    }

    #[test]
    fn the_same_quote_pairs_whoever_it_is_given_to() {
        let a = vec![claim(
            1,
            Some("Jane Roe"),
            "We will not back down.",
            "direct",
            "said",
            "named",
        )];
        let b = vec![claim(
            2,
            Some("Roe Office"),
            "We will not back down",
            "direct",
            "said",
            "named",
        )];
        let diff = diff_claims(a, b);
        assert_eq!(diff.both.len(), 1);
        assert_eq!(diff.both[0].similarity, 1.0);
    }
}
