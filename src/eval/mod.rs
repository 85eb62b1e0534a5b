//! Scores predicted attributions against gold annotations, so that every extractor change is
//! decided on data. The figures are those of the reference scorer `attr_eval.py` (a copy is in
//! `fixtures/tools/`), computed the same way so that both agree to the last digit.
//!
//! Scoring is pure: the caller reads the documents, gold rows, predictions and entity names
//! and passes them in; this module matches spans, judges sources and counts.

mod compare;
pub mod fold;
mod groups;
mod report;
mod rows;

pub use compare::{Change, Comparison, Outcome, compare};
pub use groups::{GroupBy, GroupRow, group};
pub use report::{EvalReport, Figures};
pub use rows::{GoldRow, Prediction, PredictionRow, parse_gold, parse_predictions};

use fold::{dice, exact_span, fold, fold_opt, occurrences};
use std::collections::{BTreeMap, BTreeSet};

/// Canonical speaker → the other names the documents use for it (`entities.json`).
pub type Entities = BTreeMap<String, Vec<String>>;

/// A gold attribution placed in its document: one per `content_span`, or one per occurrence
/// of the content when the row has no span.
#[derive(Debug, Clone, Copy)]
pub struct GoldSpan {
    /// Index of the row in the gold file.
    pub row: usize,
    pub span: (usize, usize),
}

/// A document with its gold attributions and the predictions for it.
pub struct EvalDoc {
    pub name: String,
    pub text: String,
    pub gold: Vec<GoldSpan>,
    pub predicted: Vec<Prediction>,
}

/// The gold attributions of document `name`, in file order; an error names the first row
/// whose content is not in the text or whose span lies outside it.
pub fn locate_gold(name: &str, text: &str, rows: &[GoldRow]) -> Result<Vec<GoldSpan>, String> {
    let mut out = Vec::new();
    for (index, row) in rows.iter().enumerate().filter(|(_, r)| r.doc == name) {
        let spans = match row.content_span {
            Some((s, e)) if s <= e && e <= text.len() => vec![(s, e)],
            Some((s, e)) => {
                return Err(format!(
                    "line {}: content_span [{s}, {e}] is outside {name} ({} bytes)",
                    row.line,
                    text.len()
                ));
            }
            None => occurrences(text, &row.content),
        };
        if spans.is_empty() {
            let shown: String = row.content.chars().take(60).collect();
            return Err(format!(
                "line {}: content not found in {name}: {shown:?}",
                row.line
            ));
        }
        out.extend(spans.into_iter().map(|span| GoldSpan { row: index, span }));
    }
    Ok(out)
}

/// How a matched pair's source was judged, and whether the content is exactly right.
#[derive(Debug, Clone, Copy, Default)]
pub struct Judgement {
    pub source_right: bool,
    /// Right, or close enough: the gold source's last word (or all of a speaker's name) is in
    /// the predicted speaker or source.
    pub source_lenient: bool,
    pub exact: bool,
}

/// One gold attribution after matching.
#[derive(Debug, Clone, Copy)]
pub struct GoldOutcome {
    pub doc: usize,
    pub gold: GoldSpan,
    /// Index of the matched prediction in its document.
    pub matched: Option<usize>,
    pub judgement: Judgement,
}

/// One prediction after matching.
#[derive(Debug, Clone, Copy)]
pub struct PredictionOutcome {
    pub doc: usize,
    pub pred: usize,
    /// Index of the matched gold attribution in [`Scored::gold`].
    pub matched: Option<usize>,
}

/// Every gold attribution and prediction with its partner, the basis of every figure.
pub struct Scored<'a> {
    pub docs: &'a [EvalDoc],
    pub rows: &'a [GoldRow],
    pub gold: Vec<GoldOutcome>,
    pub predictions: Vec<PredictionOutcome>,
}

impl Scored<'_> {
    pub fn row(&self, outcome: &GoldOutcome) -> &GoldRow {
        &self.rows[outcome.gold.row]
    }

    pub fn prediction(&self, doc: usize, pred: usize) -> &Prediction {
        &self.docs[doc].predicted[pred]
    }

    /// True when the prediction matched an optional row: neither right nor wrong.
    pub fn on_optional(&self, outcome: &PredictionOutcome) -> bool {
        outcome
            .matched
            .is_some_and(|g| self.row(&self.gold[g]).optional)
    }
}

/// The folded names that count as `speaker`: its own and its other names in `entities`.
fn names_of(speaker: &str, entities: &Entities) -> BTreeSet<String> {
    std::iter::once(speaker)
        .chain(
            entities
                .get(speaker)
                .into_iter()
                .flatten()
                .map(String::as_str),
        )
        .map(fold)
        .collect()
}

/// True when the predicted source kind is the gold's or one of its alternatives.
fn kind_in(predicted: Option<&str>, gold: &GoldRow) -> bool {
    predicted == Some(gold.source_kind.as_str()) || alt_kind(predicted, gold)
}

/// True when the predicted source kind is one of the gold's alternatives (which excuse a
/// wrong or missing speaker).
fn alt_kind(predicted: Option<&str>, gold: &GoldRow) -> bool {
    predicted.is_some_and(|p| gold.source_kind_alt.iter().any(|k| k.as_str() == p))
}

fn named_speaker(gold: &GoldRow) -> Option<&str> {
    let named = gold.source_kind == crate::model::SourceKind::Named;
    gold.speaker.as_deref().filter(|s| named && !s.is_empty())
}

/// Whether the predicted source is right for the gold row: by source span or folded source
/// text when the gold has a source span; else by speaker name when the gold names one; else
/// by source kind.
fn source_is_right(gold: &GoldRow, p: &Prediction, entities: &Entities) -> bool {
    if let Some(gold_span) = gold.source_span {
        p.source_span.is_some_and(|s| dice(gold_span, s) >= 0.5)
            || fold_opt(p.source.as_deref()) == fold_opt(gold.source.as_deref())
    } else if let Some(speaker) = named_speaker(gold) {
        p.speaker
            .as_deref()
            .is_some_and(|s| names_of(speaker, entities).contains(&fold(s)))
            || alt_kind(p.source_kind.as_deref(), gold)
    } else {
        kind_in(p.source_kind.as_deref(), gold)
    }
}

fn words(text: &str) -> BTreeSet<String> {
    fold(text).split_whitespace().map(str::to_string).collect()
}

/// The lenient judgement of a wrong source: the gold source's last word is among the predicted
/// speaker's or source's words, or every word of one of the gold speaker's names is.
fn source_is_close(gold: &GoldRow, p: &Prediction, entities: &Entities) -> bool {
    if gold.source_span.is_some() {
        let folded = fold_opt(gold.source.as_deref()).unwrap_or_default();
        let Some(last) = folded.split_whitespace().next_back() else {
            return false;
        };
        let mut candidates = words(p.speaker.as_deref().unwrap_or(""));
        candidates.extend(words(p.source.as_deref().unwrap_or("")));
        candidates.contains(last)
    } else if let Some(speaker) = named_speaker(gold) {
        let Some(predicted) = p.speaker.as_deref().filter(|s| !s.is_empty()) else {
            return false;
        };
        let tokens = words(predicted);
        names_of(speaker, entities)
            .iter()
            .any(|name| !name.is_empty() && name.split_whitespace().all(|w| tokens.contains(w)))
    } else {
        false
    }
}

fn judge(
    doc: &EvalDoc,
    gold: &GoldSpan,
    row: &GoldRow,
    p: &Prediction,
    entities: &Entities,
) -> Judgement {
    let source_right = source_is_right(row, p, entities);
    let data = doc.text.as_bytes();
    Judgement {
        source_right,
        source_lenient: source_right || source_is_close(row, p, entities),
        exact: exact_span(data, gold.span) == exact_span(data, p.span),
    }
}

/// Pairs of (gold, prediction) with Dice ≥ 0.5, best first; ties go to the later gold row and
/// then the later prediction, as the reference scorer's reverse sort leaves them.
fn ranked_pairs(doc: &EvalDoc) -> Vec<(f64, usize, usize)> {
    let mut pairs = Vec::new();
    for (gi, g) in doc.gold.iter().enumerate() {
        for (pi, p) in doc.predicted.iter().enumerate() {
            let overlap = dice(g.span, p.span);
            if overlap >= 0.5 {
                pairs.push((overlap, gi, pi));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(b.1.cmp(&a.1)).then(b.2.cmp(&a.2)));
    pairs
}

/// Matches each document's predictions to its gold one to one, best overlap first, and judges
/// every matched pair.
pub fn score<'a>(docs: &'a [EvalDoc], rows: &'a [GoldRow], entities: &Entities) -> Scored<'a> {
    let mut gold = Vec::new();
    let mut predictions = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        let mut gold_partner = vec![None; doc.gold.len()];
        let mut pred_partner = vec![None; doc.predicted.len()];
        for (_, gi, pi) in ranked_pairs(doc) {
            if gold_partner[gi].is_none() && pred_partner[pi].is_none() {
                gold_partner[gi] = Some(pi);
                pred_partner[pi] = Some(gi);
            }
        }
        let first_gold = gold.len();
        for (g, partner) in doc.gold.iter().zip(&gold_partner) {
            let judgement = partner
                .map(|pi| judge(doc, g, &rows[g.row], &doc.predicted[pi], entities))
                .unwrap_or_default();
            gold.push(GoldOutcome {
                doc: d,
                gold: *g,
                matched: *partner,
                judgement,
            });
        }
        predictions.extend(pred_partner.iter().enumerate().map(|(pi, partner)| {
            PredictionOutcome {
                doc: d,
                pred: pi,
                matched: partner.map(|gi| first_gold + gi),
            }
        }));
    }
    Scored {
        docs,
        rows,
        gold,
        predictions,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::SourceKind;

    fn pred(start: usize, end: usize, speaker: Option<&str>, kind: SourceKind) -> Prediction {
        Prediction {
            span: (start, end),
            speaker: speaker.map(str::to_string),
            source_kind: Some(kind.as_str().to_string()),
            ..Prediction::default()
        }
    }

    fn row(content: &str, speaker: Option<&str>, kind: SourceKind, optional: bool) -> GoldRow {
        let line = serde_json::json!({
            "doc": "d", "content": content, "speaker": speaker, "source": "",
            "source_kind": kind, "cue": "said", "optional": optional,
        });
        serde_json::from_value(line).unwrap()
    }

    fn report(
        text: &str,
        predicted: Vec<Prediction>,
        gold: &[GoldRow],
        e: &Entities,
    ) -> EvalReport {
        let docs = [EvalDoc {
            name: "d".into(),
            text: text.into(),
            gold: locate_gold("d", text, gold).unwrap(),
            predicted,
        }];
        EvalReport::new(&score(&docs, gold, e))
    }

    #[test]
    fn matching_is_one_to_one_best_first() {
        let text = "aaaaaaaaaa bbbbbbbbbb";
        let predicted = vec![
            pred(0, 8, None, SourceKind::Vague),
            pred(0, 10, None, SourceKind::Vague),
        ];
        let gold = [row("aaaaaaaaaa", None, SourceKind::Vague, false)];
        let r = report(text, predicted, &gold, &Entities::new());
        assert_eq!(r.counts.matched, 1);
        assert_eq!(r.extras.len(), 1);
        assert_eq!(r.extras[0].content, "aaaaaaaa");
        assert_eq!(
            (r.figures.span_precision, r.figures.span_recall),
            (0.5, 1.0)
        );
    }

    #[test]
    fn optional_rows_are_neither_right_nor_wrong() {
        let text = "aaaaaaaaaa bbbbbbbbbb";
        let predicted = vec![pred(0, 10, None, SourceKind::Vague)];
        let gold = [
            row("aaaaaaaaaa", None, SourceKind::Vague, true),
            row("bbbbbbbbbb", None, SourceKind::Vague, false),
        ];
        let r = report(text, predicted, &gold, &Entities::new());
        assert_eq!(r.counts.matched_optional, 1);
        assert_eq!(
            (r.counts.gold_required, r.counts.scored_predictions),
            (1, 0)
        );
        assert_eq!(
            (r.figures.span_precision, r.figures.span_recall),
            (0.0, 0.0)
        );
        assert!(r.extras.is_empty());
        assert_eq!(r.misses.len(), 1);
    }

    #[test]
    fn every_occurrence_counts_unless_the_row_has_a_span() {
        let text = "same words here\nsame words here";
        let predicted = || vec![pred(0, 15, None, SourceKind::Anonymous)];
        let gold = [row("same words here", None, SourceKind::Anonymous, false)];
        let r = report(text, predicted(), &gold, &Entities::new());
        assert_eq!((r.counts.gold_required, r.counts.matched), (2, 1));
        assert_eq!(r.figures.attribution_recall, 0.5);
        let mut spanned = gold.clone();
        spanned[0].content_span = Some((16, 31));
        let r = report(text, predicted(), &spanned, &Entities::new());
        assert_eq!((r.counts.gold_required, r.counts.matched), (1, 0));
    }

    #[test]
    fn speakers_match_by_any_name_with_accents_and_prefixes_folded() {
        let text = "the strike was justified";
        let mut entities = Entities::new();
        entities.insert("Bashar al-Assad".into(), vec!["Assad".into()]);
        let gold = [row(text, Some("Bashar al-Assad"), SourceKind::Named, false)];
        for (speaker, right) in [
            ("assad", true),
            ("Bashar Assad", true),
            ("Bashar el-Assad", true),
            ("Al-Assad", true),
            ("Asma", false),
        ] {
            let predicted = vec![pred(0, text.len(), Some(speaker), SourceKind::Named)];
            let r = report(text, predicted, &gold, &entities);
            assert_eq!(r.counts.correct_source == 1, right, "{speaker}");
        }
        let gold = [row(text, Some("José Martí"), SourceKind::Named, false)];
        let predicted = vec![pred(0, text.len(), Some("Jose Marti"), SourceKind::Named)];
        let r = report(text, predicted, &gold, &Entities::new());
        assert_eq!(r.counts.correct_source, 1);
    }

    #[test]
    fn a_named_gold_needs_the_speaker_unless_an_alternative_kind_excuses_it() {
        let text = "the strike was justified";
        let mut gold = [row(text, Some("Jane Roe"), SourceKind::Named, false)];
        let predicted = || vec![pred(0, text.len(), None, SourceKind::Named)];
        assert_eq!(
            report(text, predicted(), &gold, &Entities::new())
                .counts
                .correct_source,
            0
        );
        gold[0].source_kind_alt = vec![SourceKind::Named];
        assert_eq!(
            report(text, predicted(), &gold, &Entities::new())
                .counts
                .correct_source,
            1
        );
    }

    #[test]
    fn wrong_source_counts_once_each_way() {
        let text = "the strike was justified";
        let gold = [row(text, None, SourceKind::Anonymous, false)];
        let predicted = || vec![pred(0, text.len(), None, SourceKind::Vague)];
        let r = report(text, predicted(), &gold, &Entities::new());
        assert_eq!((r.figures.span_f1, r.figures.attribution_f1), (1.0, 0.0));
        assert_eq!(r.wrong_sources.len(), 1);
        let mut alt = gold.clone();
        alt[0].source_kind_alt = vec![SourceKind::Vague];
        let r = report(text, predicted(), &alt, &Entities::new());
        assert_eq!(r.figures.attribution_f1, 1.0);
    }

    #[test]
    fn a_source_span_is_judged_by_overlap_or_folded_text() {
        let text = "Jane Roe, the mayor, said the strike was justified";
        let mut gold = [row(
            "the strike was justified",
            None,
            SourceKind::Named,
            false,
        )];
        gold[0].source = Some("Jane Roe, the mayor".into());
        gold[0].source_span = Some((0, 19));
        let judged = |source: &str, span: Option<(usize, usize)>| {
            let p = Prediction {
                span: (26, text.len()),
                source: Some(source.into()),
                source_span: span,
                ..Prediction::default()
            };
            let c = report(text, vec![p], &gold, &Entities::new()).counts;
            (c.correct_source, c.correct_source_lenient)
        };
        assert_eq!(judged("Jane Roe", Some((0, 8))), (1, 1));
        assert_eq!(judged("jane roe the mayor", None), (1, 1));
        assert_eq!(judged("the mayor", None), (0, 1));
        assert_eq!(judged("Jane", Some((0, 4))), (0, 0));
    }
}
