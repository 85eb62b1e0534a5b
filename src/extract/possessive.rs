//! A possessive determiner as a source: in "his decision to resign" or "their call for a
//! vote", the holder of the position is whoever "he" or "they" would be, so the determiner is
//! resolved as its personal pronoun.

use super::phrase::{NpClass, classify};
use super::tokens::{Token, Tokens};
use std::ops::Range;

/// The personal pronoun a one-word possessive source stands for ("his" → "he").
pub fn as_pronoun(tokens: &[Token], np: &Range<usize>) -> Option<NpClass> {
    if np.len() != 1 {
        return None;
    }
    let pronoun = pronoun_of(&tokens[np.start].lower)?;
    Some(NpClass::Pronoun(pronoun.to_string()))
}

/// The personal pronoun a possessive determiner agrees with ("her" → "she").
pub fn pronoun_of(possessive: &str) -> Option<&'static str> {
    Some(match possessive {
        "his" => "he",
        "her" => "she",
        "its" => "it",
        "their" => "they",
        "our" => "we",
        _ => return None,
    })
}

/// The named subject of the clause a possessive determiner refers to ("Jane Roe repeated her
/// claim"), found by the rule that drafted the attribution, when it is a name.
pub fn holder(toks: Tokens, subject: Option<Range<usize>>) -> Option<NpClass> {
    let class = classify(toks, subject?, None);
    matches!(class, NpClass::Name { .. }).then_some(class)
}
