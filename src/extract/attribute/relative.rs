//! Reporting verbs inside relative clauses ("Jane Roe, who said ...", "the report, which
//! found ..."), and subjects with a relative clause of their own after the content ("..., the
//! engineer who inspected the bridge on Tuesday said.").
//!
//! The relative pronoun is the grammatical subject of the cue and the source mention as
//! written (the PARC/PolNeAR convention); the phrase it follows, before an optional comma, is
//! who that is, and is what the speaker is resolved from.

use super::{
    Sentence, SourceRef, apposition_after, clause_subject, relative_clause_host,
    with_affiliation_before,
};
use crate::extract::lexicon::{RELEASE_VERBS, TIME_WORDS, WEEKDAYS};
use crate::extract::tokens::Kind;
use std::ops::Range;

/// The source of a cue right after the relative pronoun at `pronoun`.
pub(crate) fn relative_subject(s: &Sentence, pronoun: usize) -> Option<SourceRef> {
    let lo = s.range.start;
    let mut end = pronoun.checked_sub(1).filter(|&e| e >= lo)?;
    if s.is_punct(end, ',') {
        end = end.checked_sub(1).filter(|&e| e >= lo)?;
    }
    let np = s.np_backward(lo, end)?;
    if let Some(releaser) = releaser_of(s, pronoun, &np) {
        return Some(releaser);
    }
    Some(SourceRef::Relative { pronoun, np })
}

/// "Roe released a video that accuses X", "the group has issued a statement on Monday that
/// urges C": an ad, video, report or statement put out by the clause's subject speaks for
/// that subject, which is the source (the artifact is only the medium). Only a restrictive
/// "that" after the object of a verb of releasing.
fn releaser_of(s: &Sentence, pronoun: usize, np: &Range<usize>) -> Option<SourceRef> {
    if s.lower(pronoun) != "that" {
        return None;
    }
    let lo = s.range.start;
    // "released data Monday morning that suggest", "a video on Monday that said": a time
    // phrase may follow the object.
    let mut object = np.clone();
    if object
        .clone()
        .all(|k| s.is(k, TIME_WORDS) || s.is(k, WEEKDAYS))
    {
        let mut before = object.start.checked_sub(1)?;
        if matches!(s.lower(before), "on" | "in" | "at" | "last" | "this") {
            before = before.checked_sub(1)?;
        }
        object = s.np_backward(lo, before)?;
    }
    let verb = object.start.checked_sub(1).filter(|&v| v > lo)?;
    if !RELEASE_VERBS.contains(&s.lower(verb)) {
        return None;
    }
    let subject = clause_subject(s, verb)?;
    let appos = apposition_after(s, &subject);
    Some(SourceRef::Phrase { np: subject, appos })
}

/// "C, the engineer who inspected it on Tuesday said": when the phrase before an inverted
/// cue does not follow a comma or quotation, it may sit inside a "who" clause (after a time
/// adjunct) whose host is the subject.
pub(crate) fn subject_past_relative_clause(s: &Sentence, np: Range<usize>) -> Range<usize> {
    let lo = s.range.start;
    let opens_tail = |np: &Range<usize>| {
        np.start > lo
            && (s.is_punct(np.start - 1, ',') || s.kind(np.start - 1) == Some(Kind::CloseQuote))
    };
    if np.start <= lo || opens_tail(&np) {
        return np;
    }
    let mut inner = np.clone();
    // "on Tuesday", "last week": a time adjunct at the end of the clause.
    if inner
        .clone()
        .all(|k| s.is(k, TIME_WORDS) || s.is_capitalised(k))
        && inner.start > lo + 1
        && matches!(
            s.lower(inner.start - 1),
            "on" | "in" | "last" | "this" | "at"
        )
        && let Some(before) = s.np_backward(lo, inner.start - 2)
    {
        inner = before;
    }
    match relative_clause_host(s, inner) {
        Some(host) if opens_tail(&host) => with_affiliation_before(s, host),
        _ => np,
    }
}
