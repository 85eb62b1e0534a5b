//! Light-verb cues as a rule of their own, so that they are measured apart from the fixed
//! prepositions of `cue-preposition`: "made a case for C", "made the observation that C".

use super::said::said_rule;
use crate::extract::attribute::{Answer, CueSite};
use crate::extract::light_verbs::is_light_verb_cue;

/// "S made a case for C": a light verb, a noun of saying, and its preposition or "that".
pub(crate) fn light_verb_noun(site: &CueSite) -> Answer {
    let (s, cue) = (site.s, site.cue);
    if cue.last == cue.head || !is_light_verb_cue(s.tokens, &s.range, cue.head, cue.last) {
        return Answer::Next;
    }
    said_rule(site, |_, _| true)
}
