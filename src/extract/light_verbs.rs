//! Light-verb cues: "made a case for C", "made no mention of C", "made the observation that
//! C". The verb says little; a noun of saying, arguing or promising carries the report, and
//! the content follows its preposition or "that". Kept apart from the fixed multi-word cues
//! (`lexicon::PHRASES`) because words may stand between the verb and the noun ("made an
//! impassioned call for", "made conflicting statements about").

use super::lexicon as lx;
use super::tokens::{Kind, Token};
use crate::model::Stance;
use std::ops::Range;

/// How many words (determiners, adjectives, adverbs) may stand between the verb and its noun,
/// for the light verbs that take modifiers (`LightVerb::modifiers`).
const MODIFIER_REACH: usize = 3;

/// Where a light-verb cue headed at `i` ends and its stance: the preposition after the noun,
/// or the noun itself before "that". `None` when `i` opens none.
pub(crate) fn light_verb_end(
    tokens: &[Token],
    range: &Range<usize>,
    i: usize,
) -> Option<(usize, Stance)> {
    let w = tokens[i].lower.as_str();
    let light = lx::LIGHT_VERBS.iter().find(|l| lx::is_in(l.verbs, w))?;
    let reach = if light.modifiers { MODIFIER_REACH } else { 0 };
    let limit = range.end.min(i + 2 + reach);
    for n in i + 1..limit {
        let t = &tokens[n];
        if t.kind != Kind::Word || t.quote.is_some() {
            return None;
        }
        // A noun of saying may also be a verb form ("mention"); other verbs end the search.
        let noun = light.nouns.iter().find(|(w, _)| *w == t.lower.as_str());
        if noun.is_none() && t.verb.is_some() {
            return None;
        }
        if let Some(&(_, stance)) = noun {
            let next = tokens.get(n + 1).filter(|_| n + 1 < range.end)?;
            return match next.lower.as_str() {
                "that" if light.that_clause => Some((n, stance)),
                p if lx::is_in(light.prepositions, p) && n + 2 < range.end => Some((n + 1, stance)),
                _ => None,
            };
        }
        // Only modifiers stand between: no noun of another kind ("made the team for").
        if !is_modifier(t) {
            return None;
        }
    }
    None
}

/// True when `cue` (first token `head`, last `last`) is a light-verb cue.
pub(crate) fn is_light_verb_cue(
    tokens: &[Token],
    range: &Range<usize>,
    head: usize,
    last: usize,
) -> bool {
    light_verb_end(tokens, range, head).is_some_and(|(end, _)| end == last)
}

/// A determiner, or an adjective or adverb as far as a word list-free reader can tell: a
/// lower-case word that is not a preposition.
fn is_modifier(t: &Token) -> bool {
    !t.is(lx::PREPOSITIONS) && !t.is_capitalised()
}
