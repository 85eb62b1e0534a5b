//! "told a town hall in Salem, Ohio on Monday that C": an addressee with a place and a time
//! after it, whose commas and "and" stop the ordinary adjunct scan. The content still starts
//! after the "that" that ends such a run of names, prepositions and time words.

use super::Sentence;
use crate::extract::lexicon as lx;
use crate::extract::tokens::Kind;

/// How many tokens after the addressee the "that" may stand.
const REACH: usize = 12;

/// The token after "that" when tokens from `k` on are names, prepositions, time words, "and"
/// and commas up to a "that".
pub(crate) fn that_after_place(s: &Sentence, k: usize) -> Option<usize> {
    let limit = s.range.end.min(k + REACH);
    for j in k..limit {
        let t = &s.tokens[j];
        if t.quote.is_some() {
            return None;
        }
        if s.lower(j) == "that" {
            return (j > k).then_some(j + 1);
        }
        let name_like = t.kind == Kind::Word
            && (t.is_capitalised()
                || t.is(lx::PREPOSITIONS)
                || t.is(lx::TIME_WORDS)
                || matches!(s.lower(j), "and" | "the"));
        if !(name_like || s.is_punct(j, ',')) {
            return None;
        }
    }
    None
}
