//! Light-verb cues as a rule of their own, so that they are measured apart from the fixed
//! prepositions of `cue-preposition`: "made a case for C", "made the observation that C".

use super::said::said_rule;
use crate::extract::attribute::{Answer, CueSite};
use crate::extract::lexicon as lx;

/// "S made a case for C": a light verb, a noun of saying, and its preposition or "that".
pub(crate) fn light_verb_noun(site: &CueSite) -> Answer {
    let (s, cue) = (site.s, site.cue);
    if cue.last == cue.head || !lx::is_in(lx::LIGHT_VERBS, s.lower(cue.head)) {
        return Answer::Next;
    }
    let noun = if s.lower(cue.last) == "that"
        || lx::is_in(lx::LIGHT_VERB_PREPOSITIONS, s.lower(cue.last))
    {
        cue.last - 1
    } else {
        cue.last
    };
    if !lx::LIGHT_VERB_NOUNS
        .iter()
        .any(|(w, _)| *w == s.lower(noun))
    {
        return Answer::Next;
    }
    said_rule(site, |_, _| true)
}
