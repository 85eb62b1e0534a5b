//! Reporting verbs inside relative clauses ("Jane Roe, who said ...", "the report, which
//! found ..."), and subjects with a relative clause of their own after the content ("..., the
//! engineer who inspected the bridge on Tuesday said.").
//!
//! The relative pronoun is the grammatical subject of the cue and the source mention as
//! written (the PARC/PolNeAR convention); the phrase it follows, before an optional comma, is
//! who that is, and is what the speaker is resolved from.

use super::{Sentence, SourceRef, relative_clause_host, with_affiliation_before};
use crate::extract::lexicon::TIME_WORDS;
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
    Some(SourceRef::Relative { pronoun, np })
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
