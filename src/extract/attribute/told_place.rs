//! "told a town hall in Salem, Ohio on Monday that C": an addressee with a place and a time
//! after it, whose commas and "and" stop the ordinary adjunct scan. The content still starts
//! after the "that" that ends such a run of names, prepositions, time words and plain
//! modifiers ("told a packed crowd in snowy Salem on the final day that C").

use super::Sentence;
use crate::extract::lexicon as lx;
use crate::extract::tokens::Kind;

/// How many tokens after the addressee the "that" may stand.
const REACH: usize = 20;

/// The token after "that" when tokens from `k` on are names, prepositions, time words, "and"
/// and commas up to a "that".
pub(crate) fn that_after_place(s: &Sentence, k: usize) -> Option<usize> {
    let limit = s.range.end.min(k + REACH);
    let mut plain_seen = false;
    for j in k..limit {
        let t = &s.tokens[j];
        if t.quote.is_some() {
            return None;
        }
        if s.lower(j) == "that" {
            // After plain modifiers, "that" must open a clause ("that he ..."), not a relative
            // clause on the addressee's noun ("the bill that passed ...").
            let opens_clause = !plain_seen || subject_opener(s, j + 1);
            return (j > k && opens_clause).then_some(j + 1);
        }
        // "in snowy Windham", "on the final campaign day": plain modifiers too, but no verb
        // form or pronoun, which would open a clause of its own.
        let plain = t.verb.is_none()
            && !t.is(lx::BE_FORMS)
            && !t.is(lx::PERSON_PRONOUNS)
            && !t.is(lx::GROUP_PRONOUNS)
            && !t.is(lx::CLAUSE_WORDS);
        let name_like = t.kind == Kind::Word
            && (t.is_capitalised()
                || t.is(lx::PREPOSITIONS)
                || t.is(lx::TIME_WORDS)
                || matches!(s.lower(j), "and" | "the")
                || plain);
        if !(name_like || s.is_punct(j, ',')) {
            return None;
        }
        plain_seen |=
            plain && !t.is_capitalised() && !t.is(lx::PREPOSITIONS) && !t.is(lx::TIME_WORDS);
    }
    None
}

/// A word that opens a clause's subject: a pronoun, a determiner, a name, a number or a
/// quotation mark.
fn subject_opener(s: &Sentence, k: usize) -> bool {
    let Some(t) = s.tokens.get(k).filter(|_| k < s.range.end) else {
        return false;
    };
    // "he'd", "they're": a subject pronoun with its verb contracted onto it.
    t.kind == Kind::OpenQuote
        || super::told_clause::is_subject_pronoun(s, k)
        || t.is(lx::DETERMINERS)
        || t.is(lx::PERSON_PRONOUNS)
        || t.is(lx::GROUP_PRONOUNS)
        || t.is(lx::THING_PRONOUNS)
        || matches!(
            t.lower.as_str(),
            "i" | "you" | "there" | "his" | "her" | "their" | "our"
        )
        || t.is_word() && (t.is_capitalised() || t.lower.starts_with(|c: char| c.is_ascii_digit()))
}
