//! "Jane Roe delivered a forceful promise to C", "made an impassioned call for C": a cue word
//! in its bare form after an indefinite article is a noun, the object of another verb, and the
//! article phrase before it is no subject. Without this the phrase ("a forceful") was taken
//! for the source; the source is the subject of the clause that holds the noun.

use super::{Sentence, clause_subject};
use crate::extract::cues::Cue;
use crate::extract::lexicon as lx;
use std::ops::Range;

/// The subject of the clause when `np`, right before the cue, is an indefinite article and
/// its modifiers ("a forceful") in the middle of a clause, and the cue's head is a bare form.
pub(crate) fn subject_of_article_noun(
    s: &Sentence,
    cue: &Cue,
    np: &Range<usize>,
) -> Option<Range<usize>> {
    let lo = s.range.start;
    let head = s.lower(cue.head);
    let bare = !(head.ends_with('s') || head.ends_with("ed") || head.ends_with("ing"));
    let article = matches!(s.lower(np.start), "a" | "an");
    let modifiers = np.clone().skip(1).all(|k| {
        let t = &s.tokens[k];
        t.is_word() && !t.is_capitalised() && !t.is(lx::NP_STOP_WORDS)
    });
    let inside_clause = np.start > lo + 1 && {
        let before = &s.tokens[np.start - 1];
        before.is_word()
            && before.quote.is_none()
            && !before.is_capitalised()
            && !before.is(lx::NP_STOP_WORDS)
            && !before.is(lx::SUBORDINATORS)
            && !matches!(before.lower.as_str(), "and" | "but" | "or")
    };
    if !(bare && article && modifiers && inside_clause && np.end == cue.first) {
        return None;
    }
    clause_subject(s, np.start - 1).filter(|subject| subject.end < np.start)
}
