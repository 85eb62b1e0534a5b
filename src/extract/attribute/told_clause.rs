//! "told a rally in Dayton she will win", "told him the plan is dead": a telling verb whose
//! clause follows the addressee with no "that". After a plain addressee (not a name or the
//! press) a clause is only taken when it visibly is one: a subject pronoun, or a short subject
//! and then an auxiliary or a form of "be", so "told him the story" stays no attribution.

use super::Sentence;
use crate::extract::lexicon as lx;

/// How many words a subject before its auxiliary may have ("a second term", "Jane Roe").
const SUBJECT_WORDS: usize = 4;
/// How many capitalised words a place after the addressee may have ("in New Mexico").
const PLACE_WORDS: usize = 4;

/// The start of the clause after the addressee, at `k` or past a place phrase there.
pub(crate) fn clause_after_addressee(s: &Sentence, k: usize) -> Option<usize> {
    let k = past_place(s, k);
    if is_subject_pronoun(s, k) {
        return Some(k);
    }
    let opens = s.kind(k) == Some(crate::extract::tokens::Kind::Word)
        && s.tokens[k].quote.is_none()
        && (s.is(k, lx::DETERMINERS) || s.is_capitalised(k));
    if !opens {
        return None;
    }
    let finite = (k + 1..(k + 1 + SUBJECT_WORDS).min(s.range.end))
        .take_while(|&j| s.kind(j) == Some(crate::extract::tokens::Kind::Word))
        .any(|j| s.is(j, lx::CUE_AUXILIARIES) || s.is(j, lx::BE_FORMS));
    finite.then_some(k)
}

/// The token after "in Dayton", "of Springfield, Ohio" at `k`, else `k`.
fn past_place(s: &Sentence, k: usize) -> usize {
    if !matches!(s.lower(k), "in" | "of" | "at" | "from") {
        return k;
    }
    let run = (k + 1..(k + 1 + PLACE_WORDS).min(s.range.end))
        .take_while(|&j| s.is_capitalised(j) && s.tokens[j].quote.is_none())
        .count();
    if run == 0 { k } else { k + 1 + run }
}

/// "he", "she's", "they'd", "I": a subject pronoun, also with a contracted verb.
pub(crate) fn is_subject_pronoun(s: &Sentence, k: usize) -> bool {
    let Some(t) = s.tokens.get(k).filter(|t| t.is_word() && t.quote.is_none()) else {
        return false;
    };
    let head = t.lower.split(['\'', '’']).next().unwrap_or("");
    matches!(head, "he" | "she" | "they" | "we" | "i")
}
