//! Precision and recall per rule, per resolver or per cue (`eval --by`), so that a change to
//! one rule or cue is judged on what it finds and what it costs.
//!
//! Predictions carry their rule and resolver, gold rows do not: per rule (or resolver) the
//! recall is the share of all required gold that the group's predictions find, so the groups'
//! recalls add up to the overall recall. Both sides carry a cue: per cue, gold rows are grouped
//! by their own cue and predictions by theirs, so recall is that of the cue's gold rows.

use super::Scored;
use super::report::ratio;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GroupBy {
    Rule,
    Cue,
    Resolver,
}

/// The figures of one group.
#[derive(Debug, Clone, Serialize)]
pub struct GroupRow {
    pub group: String,
    /// Required gold rows in the group (per cue); null per rule or resolver.
    pub gold: Option<usize>,
    /// Gold rows found: of the group's gold (per cue), or by the group's predictions.
    pub found: usize,
    /// Of those, found with the right source.
    pub found_right: usize,
    /// The group's predictions, not counting those on optional gold.
    pub predicted: usize,
    /// Of those, the ones matched to required gold, and matched with the right source.
    pub matched: usize,
    pub right_source: usize,
    pub span_precision: f64,
    pub attribution_precision: f64,
    pub span_recall: f64,
    pub attribution_recall: f64,
    /// The group's share of all gold found.
    pub share_of_found: f64,
}

#[derive(Default)]
struct Tally {
    /// How often each written form of the group occurs, to name it by the commonest.
    forms: BTreeMap<String, usize>,
    gold: usize,
    found: usize,
    found_right: usize,
    predicted: usize,
    matched: usize,
    right_source: usize,
}

/// Words that carry no lexical meaning in a cue: auxiliaries, negation, the "it" of "it is
/// believed", and the determiners and prepositions of nominal cues ("in a statement").
const CUE_FILLERS: &[&str] = &[
    "a", "also", "am", "an", "are", "be", "been", "being", "can", "could", "did", "do", "does",
    "had", "has", "have", "her", "his", "in", "is", "it", "its", "may", "might", "must", "not",
    "n't", "our", "shall", "should", "the", "their", "to", "was", "were", "will", "would",
];

/// Past forms whose stem the suffix rules cannot find.
const IRREGULAR: &[(&str, &str)] = &[
    ("said", "say"),
    ("told", "tell"),
    ("wrote", "write"),
    ("written", "write"),
    ("thought", "think"),
    ("knew", "know"),
    ("known", "know"),
    ("sought", "seek"),
    ("felt", "feel"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("gave", "give"),
    ("given", "give"),
    ("saw", "see"),
    ("seen", "see"),
    ("took", "take"),
    ("taken", "take"),
    ("made", "make"),
    ("found", "find"),
    ("held", "hold"),
    ("meant", "mean"),
    ("went", "go"),
    ("began", "begin"),
];

/// A crude stem that folds the inflections of one word together: "announces", "announced"
/// and "announcing" all give "announc".
fn stem(word: &str) -> String {
    let word = IRREGULAR
        .iter()
        .find(|(form, _)| *form == word)
        .map_or(word, |(_, base)| base);
    let mut s = if let Some(base) = word
        .strip_suffix("ies")
        .or_else(|| word.strip_suffix("ied"))
    {
        format!("{base}y")
    } else if let Some(base) = ["ing", "ed", "es"]
        .iter()
        .find_map(|suffix| word.strip_suffix(suffix).filter(|b| b.len() >= 3))
    {
        base.to_string()
    } else if let Some(base) = word
        .strip_suffix('s')
        .filter(|b| !b.ends_with('s') && b.len() >= 2)
    {
        base.to_string()
    } else {
        word.to_string()
    };
    if s.len() > 3 && s.ends_with('e') {
        s.pop();
    }
    let bytes = s.as_bytes();
    if bytes.len() > 3 && bytes[bytes.len() - 1] == bytes[bytes.len() - 2] {
        s.pop();
    }
    s
}

/// The group of a cue: the stem of its first word that is not an auxiliary, negation,
/// determiner or preposition, with that word as written (lowercase). "has learned" and
/// "learns" share a group; a cue of fillers only keeps its whole text.
pub fn cue_key(cue: &str) -> (String, String) {
    let lower = crate::names::fold_text(cue);
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    match words.iter().find(|w| !CUE_FILLERS.contains(w)) {
        Some(head) => (stem(head), head.to_string()),
        None if words.is_empty() => ("-".into(), "-".into()),
        None => (words.join(" "), words.join(" ")),
    }
}

fn tally(tallies: &mut BTreeMap<String, Tally>, (key, form): (String, String)) -> &mut Tally {
    let t = tallies.entry(key).or_default();
    *t.forms.entry(form).or_default() += 1;
    t
}

fn prediction_key(by: GroupBy, p: &super::Prediction) -> (String, String) {
    let named = |v: &Option<String>| {
        let name = v.clone().unwrap_or_else(|| "-".into());
        (name.clone(), name)
    };
    match by {
        GroupBy::Rule => named(&p.rule),
        GroupBy::Resolver => named(&p.resolver),
        GroupBy::Cue => cue_key(p.cue.as_deref().unwrap_or("")),
    }
}

/// Figures per group, the biggest groups first.
pub fn group(scored: &Scored, by: GroupBy) -> Vec<GroupRow> {
    let mut tallies: BTreeMap<String, Tally> = BTreeMap::new();
    let required: Vec<_> = scored
        .gold
        .iter()
        .filter(|g| !scored.row(g).optional)
        .collect();
    let found_total = required.iter().filter(|g| g.matched.is_some()).count();
    if by == GroupBy::Cue {
        for g in &required {
            let t = tally(
                &mut tallies,
                cue_key(scored.row(g).cue.as_deref().unwrap_or("")),
            );
            t.gold += 1;
            t.found += usize::from(g.matched.is_some());
            t.found_right += usize::from(g.judgement.source_right);
        }
    }
    for outcome in scored.predictions.iter().filter(|o| !scored.on_optional(o)) {
        let p = scored.prediction(outcome.doc, outcome.pred);
        let t = tally(&mut tallies, prediction_key(by, p));
        t.predicted += 1;
        if let Some(g) = outcome.matched {
            let right = usize::from(scored.gold[g].judgement.source_right);
            t.matched += 1;
            t.right_source += right;
            if by != GroupBy::Cue {
                t.found += 1;
                t.found_right += right;
            }
        }
    }
    let mut rows: Vec<GroupRow> = tallies
        .into_values()
        .map(|t| row(t, by, required.len(), found_total))
        .collect();
    rows.sort_by(|a, b| {
        let size = |r: &GroupRow| r.gold.unwrap_or(0) + r.predicted;
        size(b).cmp(&size(a)).then_with(|| a.group.cmp(&b.group))
    });
    rows
}

fn row(t: Tally, by: GroupBy, gold_required: usize, found_total: usize) -> GroupRow {
    let gold = (by == GroupBy::Cue).then_some(t.gold);
    let recall_base = gold.unwrap_or(gold_required);
    let group = t
        .forms
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
        .map(|(form, _)| form.clone())
        .unwrap_or_default();
    GroupRow {
        group,
        gold,
        found: t.found,
        found_right: t.found_right,
        predicted: t.predicted,
        matched: t.matched,
        right_source: t.right_source,
        span_precision: ratio(t.matched, t.predicted),
        attribution_precision: ratio(t.right_source, t.predicted),
        span_recall: ratio(t.found, recall_base),
        attribution_recall: ratio(t.found_right, recall_base),
        share_of_found: ratio(t.found, found_total),
    }
}

impl crate::output::Keyed for GroupRow {
    const KEYS: &'static [&'static str] = &[
        "group",
        "gold",
        "found",
        "found_right",
        "predicted",
        "matched",
        "right_source",
        "span_precision",
        "attribution_precision",
        "span_recall",
        "attribution_recall",
        "share_of_found",
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_of_a_cue_share_a_group() {
        let key = |cue| cue_key(cue).0;
        for (a, b) in [
            ("said", "says"),
            ("has said", "saying"),
            ("announced", "announces"),
            ("announcing", "announce"),
            ("planned", "plans"),
            ("believes", "believed"),
            ("told reporters", "tells"),
            ("has not denied", "denies"),
            ("stresses", "stressed"),
            ("In a statement", "statements"),
        ] {
            assert_eq!(key(a), key(b), "{a} / {b}");
        }
        assert_ne!(key("said"), key("asked"));
        assert_ne!(key("warned"), key("wanted"));
        assert_eq!(cue_key("Has said").1, "said");
        assert_eq!(key(""), "-");
    }
}
