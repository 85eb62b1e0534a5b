//! Reads a person's gender off the words that follow their name, so that a later "she" does not
//! resolve to a man named before, nor "he" to a woman: "Jane Roe and her deputy", "Roe said
//! his plan", "Roe found herself". Only the first third-person possessive or reflexive pronoun
//! after the name, in the same clause and with no other name or person between, is read.

use super::lexicon::{self as lx, is_in};
use super::tokens::Token;

/// How many words after a name its possessive pronoun may stand.
const REACH: usize = 10;

/// The pronoun ("he" or "she") that the possessive or reflexive after the name `name` (token
/// range, titles included) implies, reading no further than `end`, the end of the sentence that
/// opens at `opens`. Only a name opening its clause is read: after "of Jane Roe and" or "to John
/// Doe and" the possessive is the subject's ("she spoke of Roe and her ...").
pub fn gender_after_name(
    tokens: &[Token],
    name: std::ops::Range<usize>,
    opens: usize,
    end: usize,
) -> Option<&'static str> {
    if name.start > opens && !opens_clause(&tokens[name.start - 1]) {
        return None;
    }
    let after = name.end;
    // "Jane Roe's husband ... his": the possessive after a possessive name is someone else's.
    if after == 0 || tokens[after - 1].is_possessive() {
        return None;
    }
    // "John Doe, her deputy,": an apposition's possessive is someone else's.
    if tokens.get(after).is_some_and(|t| !t.is_word()) {
        return None;
    }
    for k in after..end.min(after + REACH) {
        let t = &tokens[k];
        match t.lower.as_str() {
            _ if t.quote.is_some() => return None,
            "his" | "himself" => return Some("he"),
            "herself" => return Some("she"),
            "her" => return possessive_her(tokens, k, end).then_some("she"),
            _ if ends_clause(t) || another_person(t) => return None,
            _ => {}
        }
    }
    None
}

/// A word or mark after which a name is the subject of a new clause.
fn opens_clause(t: &Token) -> bool {
    t.is_punct(',') && t.quote.is_none()
        || t.is_punct(';')
        || is_in(
            &["and", "but", "while", "as", "when", "though", "although"],
            t.lower.as_str(),
        )
        || t.is(lx::SUBORDINATORS)
}

fn ends_clause(t: &Token) -> bool {
    t.is_punct(';') || t.is_punct(':') || t.is_punct('(') || t.is(lx::SUBORDINATORS)
}

/// Another name, pronoun or person between the name and the possessive may be its owner.
fn another_person(t: &Token) -> bool {
    t.is_word() && t.is_capitalised()
        || t.is(lx::PERSON_PRONOUNS)
        || t.is(lx::GROUP_PRONOUNS)
        || t.is(lx::OBJECT_PRONOUNS)
        || t.stem_is(lx::PERSON_TITLES)
        || t.is(lx::ANONYMOUS_HEADS)
        || t.is(lx::PEOPLE_NOUNS)
}

/// "and her deputy", "of her plan", not "told her that" nor "gave it to her": "her" after a
/// conjunction or a preposition and before a noun is a possessive, its owner the clause's
/// subject; an object "her" is someone else.
fn possessive_her(tokens: &[Token], k: usize, end: usize) -> bool {
    let before = tokens[k - 1].lower.as_str();
    let opens_possessive = is_in(
        &[
            "and", "of", "in", "on", "with", "about", "over", "given", "despite", "during", "into",
            "at", "by", "from", "through",
        ],
        before,
    );
    let noun_after = tokens[k + 1..end].first().is_some_and(|n| {
        n.is_word()
            && !n.is_capitalised()
            && !n.is(lx::DETERMINERS)
            && !n.is(lx::PREPOSITIONS)
            && !is_in(&["that", "and", "or", "not"], n.lower.as_str())
    });
    opens_possessive && noun_after
}
