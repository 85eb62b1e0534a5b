//! Scores predicted attributions against a gold file, exactly as `fixtures/gold/FORMAT.md`
//! defines it, so extractor changes can be measured.
//!
//! Scoring is pure: the caller reads the documents, gold rows and entity names and passes them
//! in; this module only matches spans and counts.

use crate::model::{Attribution, ClaimKind, SourceKind, Stance};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// One line of a gold `.jsonl` file.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldRow {
    pub doc: String,
    pub content: String,
    pub speaker: Option<String>,
    pub source: String,
    pub source_kind: SourceKind,
    #[serde(default)]
    pub source_kind_alt: Vec<SourceKind>,
    pub cue: String,
    pub kind: ClaimKind,
    pub stance: Stance,
    #[serde(default)]
    pub optional: bool,
}

/// Canonical speaker → the other names the documents use for it (`entities.json`).
pub type Entities = BTreeMap<String, Vec<String>>;

/// A document with the extractor's predictions for it.
pub struct EvalDoc {
    pub name: String,
    pub text: String,
    pub predicted: Vec<Attribution>,
}

/// A gold attribution or prediction that found no partner, for `--verbose`.
#[derive(Debug, Clone, Serialize)]
pub struct Unmatched {
    pub doc: String,
    pub content: String,
    /// Speaker (or source kind when unnamed) as the gold or the prediction has it.
    pub source: String,
    pub cue: String,
    pub rule: Option<String>,
}

/// A matched pair whose source is wrong.
#[derive(Debug, Clone, Serialize)]
pub struct WrongSource {
    pub doc: String,
    pub content: String,
    pub gold_source: String,
    pub gold_speaker: Option<String>,
    pub gold_source_kind: SourceKind,
    pub predicted_source: Option<String>,
    pub predicted_speaker: Option<String>,
    pub predicted_source_kind: SourceKind,
    pub rule: String,
}

/// A matched pair whose kind, source kind or stance differs, for `--verbose`.
#[derive(Debug, Clone, Serialize)]
pub struct WrongLabel {
    pub doc: String,
    pub content: String,
    pub field: &'static str,
    pub gold: String,
    pub predicted: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Counts {
    /// Gold attributions that must be found (every occurrence of every non-optional row).
    pub gold_required: usize,
    pub gold_optional: usize,
    /// Gold rows whose content does not occur in their document.
    pub gold_not_found: usize,
    pub predicted: usize,
    /// Predictions matched to required gold.
    pub matched: usize,
    /// Predictions matched to optional gold (neither right nor wrong).
    pub matched_optional: usize,
    /// Matched pairs with the right source.
    pub correct_source: usize,
    pub correct_source_kind: usize,
    pub correct_kind: usize,
    pub correct_stance: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct EvalReport {
    pub span_precision: f64,
    pub span_recall: f64,
    pub span_f1: f64,
    pub attribution_precision: f64,
    pub attribution_recall: f64,
    pub attribution_f1: f64,
    pub source_kind_accuracy: f64,
    pub kind_accuracy: f64,
    pub stance_accuracy: f64,
    pub counts: Counts,
    pub misses: Vec<Unmatched>,
    pub extras: Vec<Unmatched>,
    pub wrong_sources: Vec<WrongSource>,
    pub wrong_labels: Vec<WrongLabel>,
}

/// Dice overlap of two byte spans: 2·|A∩B| / (|A|+|B|).
pub fn dice(a: (usize, usize), b: (usize, usize)) -> f64 {
    let total = (a.1 - a.0) + (b.1 - b.0);
    if total == 0 {
        return 0.0;
    }
    let overlap = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    2.0 * overlap as f64 / total as f64
}

/// Case- and accent-insensitive form with "al-"/"el-" prefixes and punctuation ignored, as
/// FORMAT.md compares speaker names. Case, accents and dashes fold as everywhere else
/// ([`crate::names::fold_text`]).
pub fn fold_name(name: &str) -> String {
    let folded = crate::names::fold_text(name);
    let words: Vec<String> = folded
        .split(' ')
        .map(|word| {
            let word = word
                .strip_prefix("al-")
                .or_else(|| word.strip_prefix("el-"))
                .unwrap_or(word);
            word.chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
        })
        .filter(|word| !word.is_empty())
        .collect();
    words.join(" ")
}

/// True when the predicted source is right for the gold row.
fn source_is_right(pred: &Attribution, gold: &GoldRow, entities: &Entities) -> bool {
    let kind_ok =
        || pred.source_kind == gold.source_kind || gold.source_kind_alt.contains(&pred.source_kind);
    match (&gold.speaker, &pred.speaker) {
        (Some(canonical), Some(speaker)) => {
            let folded = fold_name(speaker);
            if folded.is_empty() {
                return false;
            }
            std::iter::once(canonical)
                .chain(entities.get(canonical).into_iter().flatten())
                .any(|name| fold_name(name) == folded)
        }
        _ => kind_ok(),
    }
}

fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        0.0
    } else {
        num as f64 / den as f64
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// Every occurrence of `needle` in `hay`, as byte ranges (overlapping occurrences included).
fn occurrences(hay: &str, needle: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if needle.is_empty() {
        return out;
    }
    let mut from = 0;
    while let Some(i) = hay[from..].find(needle) {
        let start = from + i;
        out.push((start, start + needle.len()));
        from = start + hay[start..].chars().next().map_or(1, char::len_utf8);
    }
    out
}

fn describe_prediction(text: &str, a: &Attribution) -> String {
    let written = a.source.map(|s| s.of(text).to_string()).unwrap_or_default();
    match &a.speaker {
        Some(s) => format!("{s} ({written})"),
        None => format!("{} ({written})", a.source_kind),
    }
}

/// Scores the predictions of `docs` against `gold`.
pub fn score(docs: &[EvalDoc], gold: &[GoldRow], entities: &Entities) -> EvalReport {
    let mut counts = Counts::default();
    let mut misses = Vec::new();
    let mut extras = Vec::new();
    let mut wrong_sources = Vec::new();
    let mut wrong_labels = Vec::new();
    for doc in docs {
        counts.predicted += doc.predicted.len();
        // Gold occurrences of this document: (span, row).
        let mut golds: Vec<((usize, usize), &GoldRow)> = Vec::new();
        for row in gold.iter().filter(|r| r.doc == doc.name) {
            let found = occurrences(&doc.text, &row.content);
            if found.is_empty() {
                counts.gold_not_found += 1;
            }
            for span in found {
                if row.optional {
                    counts.gold_optional += 1;
                } else {
                    counts.gold_required += 1;
                }
                golds.push((span, row));
            }
        }
        // Candidate pairs, best overlap first, matched one to one.
        let mut pairs: Vec<(f64, usize, usize)> = Vec::new();
        for (pi, p) in doc.predicted.iter().enumerate() {
            for (gi, (gspan, _)) in golds.iter().enumerate() {
                let d = dice((p.content.start, p.content.end), *gspan);
                if d >= 0.5 {
                    pairs.push((d, pi, gi));
                }
            }
        }
        pairs.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
        let mut pred_used = vec![false; doc.predicted.len()];
        let mut gold_used = vec![false; golds.len()];
        for (_, pi, gi) in pairs {
            if pred_used[pi] || gold_used[gi] {
                continue;
            }
            pred_used[pi] = true;
            gold_used[gi] = true;
            let p = &doc.predicted[pi];
            let (gspan, row) = golds[gi];
            if row.optional {
                counts.matched_optional += 1;
                continue;
            }
            counts.matched += 1;
            let content = doc.text[gspan.0..gspan.1].to_string();
            if source_is_right(p, row, entities) {
                counts.correct_source += 1;
            } else {
                wrong_sources.push(WrongSource {
                    doc: doc.name.clone(),
                    content: content.clone(),
                    gold_source: row.source.clone(),
                    gold_speaker: row.speaker.clone(),
                    gold_source_kind: row.source_kind,
                    predicted_source: p.source.map(|s| s.of(&doc.text).to_string()),
                    predicted_speaker: p.speaker.clone(),
                    predicted_source_kind: p.source_kind,
                    rule: p.rule.to_string(),
                });
            }
            let mut label = |field: &'static str, ok: bool, gold: String, predicted: String| {
                if !ok {
                    wrong_labels.push(WrongLabel {
                        doc: doc.name.clone(),
                        content: content.clone(),
                        field,
                        gold,
                        predicted,
                    });
                }
                ok
            };
            let sk_ok =
                p.source_kind == row.source_kind || row.source_kind_alt.contains(&p.source_kind);
            counts.correct_source_kind += usize::from(label(
                "source_kind",
                sk_ok,
                row.source_kind.to_string(),
                p.source_kind.to_string(),
            ));
            counts.correct_kind += usize::from(label(
                "kind",
                p.kind == row.kind,
                row.kind.to_string(),
                p.kind.to_string(),
            ));
            counts.correct_stance += usize::from(label(
                "stance",
                p.stance == row.stance,
                row.stance.to_string(),
                p.stance.to_string(),
            ));
        }
        for (gi, (gspan, row)) in golds.iter().enumerate() {
            if !gold_used[gi] && !row.optional {
                misses.push(Unmatched {
                    doc: doc.name.clone(),
                    content: doc.text[gspan.0..gspan.1].to_string(),
                    source: match &row.speaker {
                        Some(s) => format!("{s} ({})", row.source),
                        None => format!("{} ({})", row.source_kind, row.source),
                    },
                    cue: row.cue.clone(),
                    rule: None,
                });
            }
        }
        for (pi, p) in doc.predicted.iter().enumerate() {
            if !pred_used[pi] {
                extras.push(Unmatched {
                    doc: doc.name.clone(),
                    content: p.content.of(&doc.text).to_string(),
                    source: describe_prediction(&doc.text, p),
                    cue: p
                        .cue
                        .map(|c| c.of(&doc.text).to_string())
                        .unwrap_or_default(),
                    rule: Some(p.rule.to_string()),
                });
            }
        }
    }
    let scored_predictions = counts.predicted - counts.matched_optional;
    let span_precision = ratio(counts.matched, scored_predictions);
    let span_recall = ratio(counts.matched, counts.gold_required);
    let attribution_precision = ratio(counts.correct_source, scored_predictions);
    let attribution_recall = ratio(counts.correct_source, counts.gold_required);
    EvalReport {
        span_precision,
        span_recall,
        span_f1: f1(span_precision, span_recall),
        attribution_precision,
        attribution_recall,
        attribution_f1: f1(attribution_precision, attribution_recall),
        source_kind_accuracy: ratio(counts.correct_source_kind, counts.matched),
        kind_accuracy: ratio(counts.correct_kind, counts.matched),
        stance_accuracy: ratio(counts.correct_stance, counts.matched),
        counts,
        misses,
        extras,
        wrong_sources,
        wrong_labels,
    }
}

impl EvalReport {
    /// The summary, and with `verbose` every miss, extra, wrong source and wrong label.
    pub fn render(&self, verbose: bool) -> String {
        let mut s = self.to_string();
        if verbose {
            use std::fmt::Write;
            let _ = writeln!(s, "\nmisses (gold not found):");
            for m in &self.misses {
                let _ = writeln!(
                    s,
                    "  [{}] {:?} <- {} / {}",
                    m.doc, m.content, m.source, m.cue
                );
            }
            let _ = writeln!(s, "\nextras (predictions not in gold):");
            for m in &self.extras {
                let _ = writeln!(
                    s,
                    "  [{}] {:?} <- {} / {} [{}]",
                    m.doc,
                    m.content,
                    m.source,
                    m.cue,
                    m.rule.as_deref().unwrap_or("")
                );
            }
            let _ = writeln!(s, "\nwrong sources:");
            for w in &self.wrong_sources {
                let _ = writeln!(
                    s,
                    "  [{}] {:?}\n      gold: {} / {} / {}\n      got:  {} / {} / {} [{}]",
                    w.doc,
                    w.content,
                    w.gold_speaker.as_deref().unwrap_or("-"),
                    w.gold_source,
                    w.gold_source_kind,
                    w.predicted_speaker.as_deref().unwrap_or("-"),
                    w.predicted_source.as_deref().unwrap_or("-"),
                    w.predicted_source_kind,
                    w.rule
                );
            }
            let _ = writeln!(s, "\nwrong labels:");
            for w in &self.wrong_labels {
                let _ = writeln!(
                    s,
                    "  [{}] {}: gold {} got {} in {:?}",
                    w.doc, w.field, w.gold, w.predicted, w.content
                );
            }
        }
        s
    }
}

impl fmt::Display for EvalReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let c = &self.counts;
        writeln!(
            f,
            "attribution  P {:.3}  R {:.3}  F1 {:.3}",
            self.attribution_precision, self.attribution_recall, self.attribution_f1
        )?;
        writeln!(
            f,
            "span         P {:.3}  R {:.3}  F1 {:.3}",
            self.span_precision, self.span_recall, self.span_f1
        )?;
        writeln!(
            f,
            "accuracy     source_kind {:.3}  kind {:.3}  stance {:.3}",
            self.source_kind_accuracy, self.kind_accuracy, self.stance_accuracy
        )?;
        write!(
            f,
            "counts       gold {} required + {} optional ({} not found in text), predicted {}, matched {} (+{} optional), right source {}",
            c.gold_required,
            c.gold_optional,
            c.gold_not_found,
            c.predicted,
            c.matched,
            c.matched_optional,
            c.correct_source
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_fold_as_the_format_compares_them() {
        assert_eq!(fold_name("Nuri al-Maliki"), "nuri maliki");
        assert_eq!(fold_name("NURI EL\u{2010}MALIKI"), "nuri maliki");
        assert_eq!(
            fold_name("José  Ramos-Horta."),
            fold_name("jose ramos-horta")
        );
        assert_eq!(fold_name("U.S."), "us");
        assert_ne!(fold_name("Nuri al-Maliki"), fold_name("Nuri Maliky"));
    }
    use crate::model::{Framing, Span, SpeakerKind};

    fn pred(start: usize, end: usize, speaker: Option<&str>, kind: SourceKind) -> Attribution {
        Attribution {
            content: Span::new(start, end),
            kind: ClaimKind::Indirect,
            source: None,
            source_kind: kind,
            speaker: speaker.map(str::to_string),
            speaker_kind: SpeakerKind::Unknown,
            cue: None,
            stance: Stance::Assert,
            framing: Framing::Neutral,
            rule: "test",
        }
    }

    fn row(content: &str, speaker: Option<&str>, kind: SourceKind, optional: bool) -> GoldRow {
        GoldRow {
            doc: "d".into(),
            content: content.into(),
            speaker: speaker.map(str::to_string),
            source: String::new(),
            source_kind: kind,
            source_kind_alt: Vec::new(),
            cue: "said".into(),
            kind: ClaimKind::Indirect,
            stance: Stance::Assert,
            optional,
        }
    }

    fn doc(text: &str, predicted: Vec<Attribution>) -> Vec<EvalDoc> {
        vec![EvalDoc {
            name: "d".into(),
            text: text.into(),
            predicted,
        }]
    }

    #[test]
    fn dice_overlap() {
        assert_eq!(dice((0, 10), (0, 10)), 1.0);
        assert_eq!(dice((0, 10), (5, 15)), 0.5);
        assert_eq!(dice((0, 10), (10, 20)), 0.0);
        assert!(dice((0, 3), (0, 12)) < 0.5);
    }

    #[test]
    fn matching_is_one_to_one_best_first() {
        let text = "aaaaaaaaaa bbbbbbbbbb";
        // Two predictions over the same gold: only the better one matches.
        let docs = doc(
            text,
            vec![
                pred(0, 8, None, SourceKind::Vague),
                pred(0, 10, None, SourceKind::Vague),
            ],
        );
        let gold = vec![row("aaaaaaaaaa", None, SourceKind::Vague, false)];
        let r = score(&docs, &gold, &Entities::new());
        assert_eq!(r.counts.matched, 1);
        assert_eq!(r.extras.len(), 1);
        assert_eq!(r.extras[0].content, "aaaaaaaa");
        assert!((r.span_precision - 0.5).abs() < 1e-9 && (r.span_recall - 1.0).abs() < 1e-9);
    }

    #[test]
    fn optional_rows_are_neither_right_nor_wrong() {
        let text = "aaaaaaaaaa bbbbbbbbbb";
        let docs = doc(text, vec![pred(0, 10, None, SourceKind::Vague)]);
        let gold = vec![
            row("aaaaaaaaaa", None, SourceKind::Vague, true),
            row("bbbbbbbbbb", None, SourceKind::Vague, false),
        ];
        let r = score(&docs, &gold, &Entities::new());
        assert_eq!(r.counts.matched_optional, 1);
        assert_eq!(r.counts.gold_required, 1);
        assert_eq!(r.span_precision, 0.0);
        assert_eq!(r.span_recall, 0.0);
        assert!(r.extras.is_empty());
        assert_eq!(r.misses.len(), 1);
    }

    #[test]
    fn every_occurrence_counts() {
        let text = "same words here\nsame words here";
        let docs = doc(text, vec![pred(0, 15, None, SourceKind::Anonymous)]);
        let gold = vec![row("same words here", None, SourceKind::Anonymous, false)];
        let r = score(&docs, &gold, &Entities::new());
        assert_eq!(r.counts.gold_required, 2);
        assert_eq!(r.counts.matched, 1);
        assert!((r.attribution_recall - 0.5).abs() < 1e-9);
        assert!((r.attribution_precision - 1.0).abs() < 1e-9);
    }

    #[test]
    fn aliases_accents_and_prefixes_match() {
        let text = "the strike was justified";
        let mut entities = Entities::new();
        entities.insert("Bashar al-Assad".into(), vec!["Assad".into()]);
        let gold = vec![row(text, Some("Bashar al-Assad"), SourceKind::Named, false)];
        for (speaker, right) in [
            ("assad", true),
            ("Bashar Assad", true),
            ("Bashar el-Assad", true),
            ("Al-Assad", true),
            ("Asma", false),
        ] {
            let docs = doc(
                text,
                vec![pred(0, text.len(), Some(speaker), SourceKind::Named)],
            );
            let r = score(&docs, &gold, &entities);
            assert_eq!(r.counts.correct_source == 1, right, "{speaker}");
        }
        let gold = vec![row(text, Some("José Martí"), SourceKind::Named, false)];
        let docs = doc(
            text,
            vec![pred(0, text.len(), Some("Jose Marti"), SourceKind::Named)],
        );
        assert_eq!(
            score(&docs, &gold, &Entities::new()).counts.correct_source,
            1
        );
    }

    #[test]
    fn wrong_source_counts_once_each_way() {
        let text = "the strike was justified";
        let gold = vec![row(text, None, SourceKind::Anonymous, false)];
        let docs = doc(text, vec![pred(0, text.len(), None, SourceKind::Vague)]);
        let r = score(&docs, &gold, &Entities::new());
        assert_eq!(r.span_f1, 1.0);
        assert_eq!(r.attribution_f1, 0.0);
        assert_eq!(r.wrong_sources.len(), 1);
        let mut alt = gold.clone();
        alt[0].source_kind_alt = vec![SourceKind::Vague];
        assert_eq!(score(&docs, &alt, &Entities::new()).attribution_f1, 1.0);
    }
}
