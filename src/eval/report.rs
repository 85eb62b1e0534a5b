//! The figures of a scoring run, with the lists `--verbose` prints: the reference scorer's
//! precision, recall and F1 for spans, exact content and attributions, and label accuracies.

use super::{GoldOutcome, GoldRow, Prediction, Scored};
use serde::Serialize;
use std::fmt;

/// The headline figures. Accuracies are None when no gold row carries that label.
#[derive(Debug, Clone, Serialize)]
pub struct Figures {
    pub span_precision: f64,
    pub span_recall: f64,
    pub span_f1: f64,
    pub content_exact_f1: f64,
    pub attribution_precision: f64,
    pub attribution_recall: f64,
    pub attribution_f1: f64,
    pub attribution_f1_lenient: f64,
    pub source_kind_accuracy: Option<f64>,
    pub kind_accuracy: Option<f64>,
    pub stance_accuracy: Option<f64>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Counts {
    /// Gold attributions that must be found (each span of each non-optional row).
    pub gold_required: usize,
    pub gold_optional: usize,
    /// Every prediction, including those on optional gold.
    pub predicted: usize,
    /// Predictions that count: all but those matched to optional gold.
    pub scored_predictions: usize,
    /// Predictions matched to required gold.
    pub matched: usize,
    /// Predictions matched to optional gold (neither right nor wrong).
    pub matched_optional: usize,
    /// Matched pairs with the right source, and with a close enough one.
    pub correct_source: usize,
    pub correct_source_lenient: usize,
    /// Matched pairs whose content is exact after trimming quotes, blanks and punctuation.
    pub content_exact: usize,
    /// Matched pairs whose gold carries the label, and of those the ones predicted right.
    pub labelled_source_kind: usize,
    pub correct_source_kind: usize,
    pub labelled_kind: usize,
    pub correct_kind: usize,
    pub labelled_stance: usize,
    pub correct_stance: usize,
}

/// A gold attribution or prediction that found no partner, for `--verbose`.
#[derive(Debug, Clone, Serialize)]
pub struct Unmatched {
    pub doc: String,
    pub content: String,
    /// Speaker (or source kind when unnamed) and the source as written.
    pub source: String,
    pub cue: String,
    pub rule: Option<String>,
}

/// A matched pair whose source is wrong.
#[derive(Debug, Clone, Serialize)]
pub struct WrongSource {
    pub doc: String,
    pub content: String,
    pub gold_source: Option<String>,
    pub gold_speaker: Option<String>,
    pub gold_source_kind: &'static str,
    pub predicted_source: Option<String>,
    pub predicted_speaker: Option<String>,
    pub predicted_source_kind: Option<String>,
    pub rule: Option<String>,
}

/// A matched pair whose kind, source kind or stance differs, for `--verbose`.
#[derive(Debug, Clone, Serialize)]
pub struct WrongLabel {
    pub doc: String,
    pub content: String,
    pub field: &'static str,
    pub gold: String,
    pub predicted: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EvalReport {
    #[serde(flatten)]
    pub figures: Figures,
    pub counts: Counts,
    pub misses: Vec<Unmatched>,
    pub extras: Vec<Unmatched>,
    pub wrong_sources: Vec<WrongSource>,
    pub wrong_labels: Vec<WrongLabel>,
}

pub(super) fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        0.0
    } else {
        num as f64 / den as f64
    }
}

/// Precision, recall and F1 from true positives, false positives and false negatives.
fn prf(tp: usize, fp: usize, fn_: usize) -> (f64, f64, f64) {
    let p = ratio(tp, tp + fp);
    let r = ratio(tp, tp + fn_);
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

impl Figures {
    pub fn of(c: &Counts) -> Figures {
        let (fp, fn_) = (
            c.scored_predictions - c.matched,
            c.gold_required - c.matched,
        );
        let (span_precision, span_recall, span_f1) = prf(c.matched, fp, fn_);
        // A matched pair with the wrong source is both a false positive and a false negative.
        let wrong = c.matched - c.correct_source;
        let (attribution_precision, attribution_recall, attribution_f1) =
            prf(c.correct_source, fp + wrong, fn_ + wrong);
        let wrong_lenient = c.matched - c.correct_source_lenient;
        let (_, _, attribution_f1_lenient) = prf(
            c.correct_source_lenient,
            fp + wrong_lenient,
            fn_ + wrong_lenient,
        );
        let (_, _, content_exact_f1) = prf(
            c.content_exact,
            c.scored_predictions - c.content_exact,
            c.gold_required - c.content_exact,
        );
        let accuracy = |right, of| (of > 0).then(|| ratio(right, of));
        Figures {
            span_precision,
            span_recall,
            span_f1,
            content_exact_f1,
            attribution_precision,
            attribution_recall,
            attribution_f1,
            attribution_f1_lenient,
            source_kind_accuracy: accuracy(c.correct_source_kind, c.labelled_source_kind),
            kind_accuracy: accuracy(c.correct_kind, c.labelled_kind),
            stance_accuracy: accuracy(c.correct_stance, c.labelled_stance),
        }
    }
}

fn source_kind_right(row: &GoldRow, p: &Prediction) -> bool {
    super::kind_in(p.source_kind.as_deref(), row)
}

/// The labels a gold row carries, each with whether the prediction has it right.
fn labels(row: &GoldRow, p: &Prediction) -> Vec<(&'static str, String, bool)> {
    let mut out = vec![(
        "source_kind",
        row.source_kind.to_string(),
        source_kind_right(row, p),
    )];
    if let Some(kind) = row.kind {
        out.push((
            "kind",
            kind.to_string(),
            p.kind.as_deref() == Some(kind.as_str()),
        ));
    }
    if let Some(stance) = row.stance {
        let right = p.stance.as_deref() == Some(stance.as_str());
        out.push(("stance", stance.to_string(), right));
    }
    out
}

fn predicted_label(p: &Prediction, field: &str) -> Option<String> {
    match field {
        "source_kind" => p.source_kind.clone(),
        "kind" => p.kind.clone(),
        _ => p.stance.clone(),
    }
}

fn gold_source(row: &GoldRow) -> String {
    let written = row.source.as_deref().unwrap_or("");
    match &row.speaker {
        Some(s) => format!("{s} ({written})"),
        None => format!("{} ({written})", row.source_kind),
    }
}

fn predicted_source(p: &Prediction) -> String {
    let written = p.source.as_deref().unwrap_or("");
    match (&p.speaker, &p.source_kind) {
        (Some(s), _) => format!("{s} ({written})"),
        (None, kind) => format!("{} ({written})", kind.as_deref().unwrap_or("-")),
    }
}

/// The text of a byte span, also when a foreign file's offsets cut a character.
pub(super) fn text_of(text: &str, span: (usize, usize)) -> String {
    let bytes = text.as_bytes();
    let end = span.1.min(bytes.len());
    String::from_utf8_lossy(&bytes[span.0.min(end)..end]).into_owned()
}

struct Lists {
    misses: Vec<Unmatched>,
    extras: Vec<Unmatched>,
    wrong_sources: Vec<WrongSource>,
    wrong_labels: Vec<WrongLabel>,
}

impl EvalReport {
    pub fn new(scored: &Scored) -> EvalReport {
        let mut c = Counts::default();
        let mut lists = Lists {
            misses: Vec::new(),
            extras: Vec::new(),
            wrong_sources: Vec::new(),
            wrong_labels: Vec::new(),
        };
        for outcome in &scored.gold {
            count_gold(scored, outcome, &mut c, &mut lists);
        }
        for outcome in &scored.predictions {
            c.predicted += 1;
            if scored.on_optional(outcome) {
                continue;
            }
            c.scored_predictions += 1;
            if outcome.matched.is_none() {
                let doc = &scored.docs[outcome.doc];
                let p = &doc.predicted[outcome.pred];
                lists.extras.push(Unmatched {
                    doc: doc.name.clone(),
                    content: text_of(&doc.text, p.span),
                    source: predicted_source(p),
                    cue: p.cue.clone().unwrap_or_default(),
                    rule: p.rule.clone(),
                });
            }
        }
        EvalReport {
            figures: Figures::of(&c),
            counts: c,
            misses: lists.misses,
            extras: lists.extras,
            wrong_sources: lists.wrong_sources,
            wrong_labels: lists.wrong_labels,
        }
    }

    /// Drops the lists that only `--verbose` shows.
    pub fn without_lists(mut self) -> EvalReport {
        self.misses.clear();
        self.extras.clear();
        self.wrong_sources.clear();
        self.wrong_labels.clear();
        self
    }
}

fn count_gold(scored: &Scored, outcome: &GoldOutcome, c: &mut Counts, lists: &mut Lists) {
    let row = scored.row(outcome);
    let doc = &scored.docs[outcome.doc];
    if row.optional {
        c.gold_optional += 1;
        c.matched_optional += usize::from(outcome.matched.is_some());
        return;
    }
    c.gold_required += 1;
    let content = text_of(&doc.text, outcome.gold.span);
    let Some(pi) = outcome.matched else {
        lists.misses.push(Unmatched {
            doc: doc.name.clone(),
            content,
            source: gold_source(row),
            cue: row.cue.clone().unwrap_or_default(),
            rule: None,
        });
        return;
    };
    let p = &doc.predicted[pi];
    let j = outcome.judgement;
    c.matched += 1;
    c.correct_source += usize::from(j.source_right);
    c.correct_source_lenient += usize::from(j.source_lenient);
    c.content_exact += usize::from(j.exact);
    if !j.source_right {
        lists.wrong_sources.push(WrongSource {
            doc: doc.name.clone(),
            content: content.clone(),
            gold_source: row.source.clone(),
            gold_speaker: row.speaker.clone(),
            gold_source_kind: row.source_kind.as_str(),
            predicted_source: p.source.clone(),
            predicted_speaker: p.speaker.clone(),
            predicted_source_kind: p.source_kind.clone(),
            rule: p.rule.clone(),
        });
    }
    for (field, gold, right) in labels(row, p) {
        let (labelled, correct) = match field {
            "source_kind" => (&mut c.labelled_source_kind, &mut c.correct_source_kind),
            "kind" => (&mut c.labelled_kind, &mut c.correct_kind),
            _ => (&mut c.labelled_stance, &mut c.correct_stance),
        };
        *labelled += 1;
        *correct += usize::from(right);
        if !right {
            lists.wrong_labels.push(WrongLabel {
                doc: doc.name.clone(),
                content: content.clone(),
                field,
                gold,
                predicted: predicted_label(p, field),
            });
        }
    }
}

/// A figure to three decimals, or "-" when there is none.
fn three(value: Option<f64>) -> String {
    value.map_or_else(|| "-".to_string(), |v| format!("{v:.3}"))
}

impl EvalReport {
    /// The summary, and with `verbose` every miss, extra, wrong source and wrong label.
    pub fn render(&self, verbose: bool) -> String {
        let mut s = format!("{self}\n");
        if verbose {
            self.render_lists(&mut s);
        }
        s
    }

    fn render_lists(&self, s: &mut String) {
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
            let rule = m.rule.as_deref().unwrap_or("");
            let _ = writeln!(
                s,
                "  [{}] {:?} <- {} / {} [{rule}]",
                m.doc, m.content, m.source, m.cue
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
                w.gold_source.as_deref().unwrap_or("-"),
                w.gold_source_kind,
                w.predicted_speaker.as_deref().unwrap_or("-"),
                w.predicted_source.as_deref().unwrap_or("-"),
                w.predicted_source_kind.as_deref().unwrap_or("-"),
                w.rule.as_deref().unwrap_or("")
            );
        }
        let _ = writeln!(s, "\nwrong labels:");
        for w in &self.wrong_labels {
            let got = w.predicted.as_deref().unwrap_or("-");
            let _ = writeln!(
                s,
                "  [{}] {}: gold {} got {got} in {:?}",
                w.doc, w.field, w.gold, w.content
            );
        }
    }
}

impl fmt::Display for EvalReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (x, c) = (&self.figures, &self.counts);
        writeln!(
            f,
            "attribution  P {:.3}  R {:.3}  F1 {:.3}  lenient F1 {:.3}",
            x.attribution_precision,
            x.attribution_recall,
            x.attribution_f1,
            x.attribution_f1_lenient
        )?;
        writeln!(
            f,
            "span         P {:.3}  R {:.3}  F1 {:.3}  content exact F1 {:.3}",
            x.span_precision, x.span_recall, x.span_f1, x.content_exact_f1
        )?;
        writeln!(
            f,
            "accuracy     source_kind {}  kind {}  stance {}",
            three(x.source_kind_accuracy),
            three(x.kind_accuracy),
            three(x.stance_accuracy)
        )?;
        write!(
            f,
            "counts       gold {} required + {} optional, predicted {} ({} on optional gold), \
             matched {}, right source {} (lenient {}), exact content {}",
            c.gold_required,
            c.gold_optional,
            c.predicted,
            c.matched_optional,
            c.matched,
            c.correct_source,
            c.correct_source_lenient,
            c.content_exact
        )
    }
}
