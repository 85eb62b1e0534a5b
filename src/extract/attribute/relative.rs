//! Reporting verbs inside relative clauses: "Jane Roe, who said ...", "the report, which
//! found ...".
//!
//! The relative pronoun is the grammatical subject of the cue and the source mention as
//! written (the PARC/PolNeAR convention); the phrase it follows, before an optional comma, is
//! who that is, and is what the speaker is resolved from.

use super::{Sentence, SourceRef};
use crate::extract::phrase::np_backward;

/// The source of a cue right after the relative pronoun at `pronoun`.
pub(super) fn relative_subject(s: &Sentence, pronoun: usize) -> Option<SourceRef> {
    let lo = s.range.start;
    let mut end = pronoun.checked_sub(1).filter(|&e| e >= lo)?;
    if s.is_punct(end, ',') {
        end = end.checked_sub(1).filter(|&e| e >= lo)?;
    }
    let np = np_backward(s.text, s.tokens, lo, end)?;
    Some(SourceRef::Relative { pronoun, np })
}
