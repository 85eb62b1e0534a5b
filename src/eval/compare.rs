//! What a change to the extractor gained and lost (`eval --compare`): the gold attributions
//! whose outcome differs between two sets of predictions scored on the same gold.

use super::report::text_of;
use super::{Figures, GoldOutcome, Scored};
use serde::Serialize;

/// How a gold attribution fared: not found, found with the wrong source, or right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Missed,
    WrongSource,
    Right,
}

/// One gold attribution whose outcome changed.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    /// `gained` when the outcome got better, `lost` when it got worse.
    pub change: &'static str,
    pub doc: String,
    pub start: usize,
    pub end: usize,
    pub content: String,
    /// The gold speaker, or the source as written.
    pub gold_source: Option<String>,
    pub before: Outcome,
    pub after: Outcome,
    /// The matched prediction's speaker (or source kind when unnamed), before and after.
    pub predicted_before: Option<String>,
    pub predicted_after: Option<String>,
}

/// The figures before and after, with every changed gold attribution.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    pub gained: usize,
    pub lost: usize,
    pub before: Figures,
    pub after: Figures,
    pub changes: Vec<Change>,
}

fn outcome(g: &GoldOutcome) -> Outcome {
    match (g.matched, g.judgement.source_right) {
        (None, _) => Outcome::Missed,
        (Some(_), false) => Outcome::WrongSource,
        (Some(_), true) => Outcome::Right,
    }
}

fn predicted(scored: &Scored, g: &GoldOutcome) -> Option<String> {
    let p = scored.prediction(g.doc, g.matched?);
    p.speaker.clone().or_else(|| p.source_kind.clone())
}

/// Compares two scorings of the same gold and documents (`before` from the old predictions).
pub fn compare(before: &Scored, after: &Scored) -> Comparison {
    let mut changes = Vec::new();
    for (old, new) in before.gold.iter().zip(&after.gold) {
        let row = after.row(new);
        let (was, is) = (outcome(old), outcome(new));
        if row.optional || was == is {
            continue;
        }
        let doc = &after.docs[new.doc];
        changes.push(Change {
            change: if is > was { "gained" } else { "lost" },
            doc: doc.name.clone(),
            start: new.gold.span.0,
            end: new.gold.span.1,
            content: text_of(&doc.text, new.gold.span),
            gold_source: row.speaker.clone().or_else(|| row.source.clone()),
            before: was,
            after: is,
            predicted_before: predicted(before, old),
            predicted_after: predicted(after, new),
        });
    }
    let report = |s: &Scored| super::EvalReport::new(s).figures;
    Comparison {
        gained: changes.iter().filter(|c| c.change == "gained").count(),
        lost: changes.iter().filter(|c| c.change == "lost").count(),
        before: report(before),
        after: report(after),
        changes,
    }
}

impl crate::output::Keyed for Change {
    const KEYS: &'static [&'static str] = &[
        "change",
        "doc",
        "start",
        "end",
        "content",
        "gold_source",
        "before",
        "after",
        "predicted_before",
        "predicted_after",
    ];
}
