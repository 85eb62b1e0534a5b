//! Reporting verbs embedded in other verb phrases: an infinitive ("went on to say", "took to
//! Twitter to say") and a passive with its agent ("the meeting was first reported by the
//! local paper").
//!
//! In both the reporting verb has no subject of its own right before it. The infinitive's
//! source is the subject of the clause it depends on; the passive's source is the agent after
//! "by", and its content is the grammatical subject (or a "that" clause after the agent).

use super::{
    ContentRef, Draft, Sentence, SourceRef, apposition_after, clause_subject,
    repeats_previous_source,
};
use crate::extract::cues::{Cue, CueKind};
use crate::extract::lexicon as lx;
use crate::extract::rules::Rule;
use crate::extract::tokens::Kind;
use crate::model::Framing;

/// The source of a cue right after "to" at `to` ("went on to say C", "continued to criticise
/// C"): the subject of the clause, when only a short verb phrase of plain words stands between
/// it and "to".
pub(crate) fn infinitive_subject(
    s: &Sentence,
    cue: &Cue,
    to: usize,
    earlier: &[Draft],
) -> Option<SourceRef> {
    let lo = s.range.start;
    let before = to.checked_sub(1).filter(|&b| b >= lo)?;
    // Any verb cue of any frame: "went on to say C", "continued to criticise C".
    let says = matches!(
        cue.kind,
        CueKind::Verb {
            participle: false,
            ..
        }
    );
    if !says || s.is(before, lx::REFUSALS) || s.is(before, lx::NOT_CONTROL) {
        return None;
    }
    let np = subject_without_verbs(s, clause_subject(s, to)?);
    // "It is too soon to say", "That is not to suggest": no one says it.
    if np.len() == 1 && matches!(s.lower(np.start), "it" | "that" | "this" | "there" | "what") {
        return None;
    }
    let verb_phrase = np.end..to;
    if !is_plain_verb_phrase(s, verb_phrase.clone()) {
        let conj = coordinated_verb_phrase(s, verb_phrase.clone())
            .filter(|&c| is_plain_verb_phrase(s, c + 1..to))?;
        // "Roe joked that X was late, but went on to say": the source of the cue the
        // conjunction follows, not the subject of the clause embedded after it.
        return Some(previous_in_clause(s, conj, earlier).unwrap_or_else(|| {
            let appos = apposition_after(s, &np);
            SourceRef::Phrase { np, appos }
        }));
    }
    let appos = apposition_after(s, &np);
    Some(SourceRef::Phrase { np, appos })
}

/// A short verb phrase of plain words with a verb in it ("went on", "took to Twitter").
fn is_plain_verb_phrase(s: &Sentence, verb_phrase: std::ops::Range<usize>) -> bool {
    !verb_phrase.is_empty()
        && verb_phrase.len() <= 6
        && verb_phrase
            .clone()
            .all(|k| s.tokens[k].is_word() && s.tokens[k].quote.is_none())
        && verb_phrase.clone().any(|k| reads_as_verb(s, k))
}

/// "S praised the plan, but went on to say C": the last "but" or "and" in `verb_phrase` when
/// a finite verb of plain letters (no "be", which more often opens a predicate adjective: "and
/// are free to") comes right after it, so that it joins a second predicate of the same subject,
/// not a clause with a subject of its own.
fn coordinated_verb_phrase(s: &Sentence, verb_phrase: std::ops::Range<usize>) -> Option<usize> {
    let conj = verb_phrase
        .clone()
        .rev()
        .find(|&k| matches!(s.lower(k), "but" | "and") && s.tokens[k].quote.is_none())?;
    let verb = conj + 1;
    let finite = verb < verb_phrase.end
        && reads_as_verb(s, verb)
        && !s.is(verb, lx::BE_FORMS)
        && s.lower(verb).chars().all(|c| c.is_ascii_alphabetic());
    finite.then_some(conj)
}

/// The source of the last draft of this sentence whose cue ends before `conj`, when it is the
/// last draft with a source (`SourceRef::Previous`).
fn previous_in_clause(s: &Sentence, conj: usize, earlier: &[Draft]) -> Option<SourceRef> {
    let last = earlier
        .iter()
        .rev()
        .find(|d| d.source != SourceRef::Nobody)?;
    (last.cue.start >= s.range.start && last.cue.end <= conj && repeats_previous_source(earlier))
        .then_some(SourceRef::Previous)
}

/// A forward noun phrase cut before the first word that reads as a verb ("The mayor went"
/// → "The mayor"): an auxiliary, an -ed form, or a common irregular verb.
fn subject_without_verbs(s: &Sentence, np: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let verb_at = (np.start + 1..np.end).find(|&k| reads_as_verb(s, k));
    np.start..verb_at.unwrap_or(np.end)
}

/// True for a lower-case word that reads as a verb form or a predicate adjective.
pub(crate) fn reads_as_verb(s: &Sentence, k: usize) -> bool {
    let t = &s.tokens[k];
    !t.is_capitalised()
        && (t.is(lx::BE_FORMS)
            || t.is(lx::CUE_AUXILIARIES)
            || t.lower.ends_with("ed")
            || lx::is_in(lx::COMMON_VERB_FORMS, &t.lower))
}

/// "went on to say C": an ordinary draft whose cue follows "to" takes the infinitive rule id.
pub(crate) fn mark_infinitive(
    s: &Sentence,
    d: &mut Draft,
    _: &[Cue],
    rule: &'static Rule,
) -> Option<Draft> {
    let after_to = d.cue.start > s.range.start && s.lower(d.cue.start - 1) == "to";
    if after_to {
        d.rule = rule;
    }
    None
}

/// "X was (first) reported by Y (that C)": drafts for passives of reporting verbs with an agent.
pub(crate) fn passives_with_agent(s: &Sentence, rule: &'static Rule) -> Vec<Draft> {
    let mut out = Vec::new();
    let lo = s.range.start;
    for be in lo..s.range.end {
        if !s.is(be, lx::BE_FORMS) || s.tokens[be].quote.is_some() || be == lo {
            continue;
        }
        let mut v = be + 1;
        if s.lower(v).ends_with("ly") || matches!(s.lower(v), "first" | "also" | "since") {
            v += 1;
        }
        let Some(verb) = (v < s.range.end).then(|| s.tokens[v].verb).flatten() else {
            continue;
        };
        let w = s.lower(v);
        if w.ends_with("ing") || w.ends_with('s') || s.lower(v + 1) != "by" {
            continue;
        }
        let Some(agent) = s.np_forward(v + 2, s.range.end) else {
            continue;
        };
        // "was told by aides that C": the clause; otherwise the subject is what was reported.
        let content = if s.lower(agent.end) == "that" && agent.end + 1 < s.range.end {
            ContentRef::From {
                start: agent.end + 1,
                comma_ends: false,
            }
        } else if matches!(s.lower(be - 1), "which" | "that") {
            ContentRef::Tokens(be - 1..be)
        } else {
            match s.np_backward(lo, be - 1) {
                Some(subject) if s.kind(subject.start) == Some(Kind::Word) => {
                    ContentRef::Tokens(subject)
                }
                _ => continue,
            }
        };
        out.push(Draft {
            rule,
            cue: be..v + 2,
            source: SourceRef::Phrase {
                np: agent,
                appos: None,
            },
            content,
            boundary: None,
            stance: verb.stance,
            framing: Framing::Neutral,
        });
    }
    out
}

/// "it was reported by S that C": the agent after "by" at `by` and the index of "that".
pub(crate) fn impersonal_agent(s: &Sentence, by: usize) -> Option<(SourceRef, usize)> {
    if s.lower(by) != "by" {
        return None;
    }
    let np = s.np_forward(by + 1, s.range.end)?;
    let that = s.skip_adjuncts(np.end);
    (s.lower(that) == "that" && that + 1 < s.range.end)
        .then_some((SourceRef::Phrase { np, appos: None }, that))
}
