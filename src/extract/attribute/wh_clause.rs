//! Verbs of telling and remembering followed by an indirect question: "explained how C",
//! "recalled what C", "revealed why C". These verbs take a clause only when it is marked, and
//! a "how/why/what/whether" clause is such a mark: its content starts at the question word,
//! which belongs to the content (as "whether" does after "asked").

use super::Sentence;
use crate::extract::lexicon as lx;

/// True when the cue at `head` is a verb that reports an indirect question and the token at
/// `k`, right after the cue, opens one.
pub(crate) fn opens_indirect_question(s: &Sentence, head: usize, k: usize) -> bool {
    s.is(head, lx::WH_CLAUSE_VERBS) && s.is(k, lx::WH_CLAUSE_OPENERS) && s.kind(k + 1).is_some()
}
