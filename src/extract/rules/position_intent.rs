//! Positions, demands and intentions: "vowed to C", "denied C", "endorsed C", "plans to C".

use super::said::said_rule;
use crate::extract::attribute::{Answer, CueSite};
use crate::extract::cues::CueKind;
use crate::extract::lexicon::{self as lx, Frame};

/// "S vowed to C", "pledged that C".
pub(crate) fn vow_to(site: &CueSite) -> Answer {
    if looks_to_be(site) {
        return Answer::Stop;
    }
    said_rule(site, |_, said| said.frame == Frame::Infinitive)
}

/// "support looks to be weakening": "look" before "to be" is an impression, not an aim.
fn looks_to_be(site: &CueSite) -> bool {
    let (s, cue) = (site.s, site.cue);
    s.lower(cue.head).starts_with("look")
        && s.lower(cue.last + 1) == "to"
        && s.lower(cue.last + 2) == "be"
}

/// "S denied C", "urged C": a noun phrase or a clause.
pub(crate) fn object(site: &CueSite) -> Answer {
    if repeats_own_words(site) {
        return Answer::Stop;
    }
    said_rule(site, |_, said| said.frame == Frame::Object)
}

/// "repeated her call for C", "repeated his claim that C": what is repeated is the source's
/// own nominal cue, which reports it more exactly.
fn repeats_own_words(site: &CueSite) -> bool {
    let (s, k) = (site.s, site.cue.last + 1);
    s.lower(site.cue.head).starts_with("repeat")
        && lx::is_in(lx::POSSESSIVE_DETERMINERS, s.lower(k))
        && lx::NOMINAL_CUES
            .iter()
            .any(|n| lx::is_in(n.nouns, s.lower(k + 1)))
}

/// "S endorsed C", "opposed C": a position taken on a noun phrase.
pub(crate) fn position_object(site: &CueSite) -> Answer {
    if physical_attack(site) || backs_off(site) || names_someone(site) || asks_the_reader(site) {
        return Answer::Stop;
    }
    said_rule(site, |_, said| said.frame == Frame::Position)
}

/// "Do you support the harbour plan?": a question opening with an auxiliary and "you" asks
/// the reader's position and reports nobody's (on PolNeAR train 11 such, none annotated).
fn asks_the_reader(site: &CueSite) -> bool {
    let (s, cue) = (site.s, site.cue);
    let lo = s.range.start;
    matches!(
        cue.kind,
        CueKind::Verb {
            frame: Frame::Position,
            ..
        }
    ) && cue.first == lo + 2
        && s.lower(lo + 1) == "you"
        && matches!(s.lower(lo), "do" | "would" | "will" | "can" | "could")
}

/// "militias attacked the embassy": a verb of attack with an article before its object is
/// mostly an act of force, not of words ("attacked Roe", "attacked his record").
fn physical_attack(site: &CueSite) -> bool {
    let (s, cue) = (site.s, site.cue);
    let k = cue.last + 1;
    matches!(cue.kind, CueKind::Verb { .. })
        && s.lower(cue.head).starts_with("attack")
        && matches!(s.lower(k), "the" | "a" | "an")
        && k < s.range.end
}

/// "a worker named Jane Roe", "a group named after X": a bare "named" right after a common
/// noun and before a name (or "after") gives a name, not a choice ("Roe named Ward as her
/// deputy", "the magazine named him").
fn names_someone(site: &CueSite) -> bool {
    let (s, cue) = (site.s, site.cue);
    if s.lower(cue.head) != "named" || cue.first != cue.head || cue.head == s.range.start {
        return false;
    }
    let before = &s.tokens[cue.head - 1];
    let common_noun =
        before.is_word() && !before.is_capitalised() && !before.is(lx::PERSON_PRONOUNS);
    let k = cue.last + 1;
    s.lower(k) == "after" || common_noun && k < s.range.end && s.is_capitalised(k)
}

/// "backed away from C", "backed her up": a verb of siding with a particle after it is a
/// retreat or a phrasal verb, not the position itself.
fn backs_off(site: &CueSite) -> bool {
    let (s, cue) = (site.s, site.cue);
    s.lower(cue.head).starts_with("back")
        && (cue.last + 1..(cue.last + 3).min(s.range.end))
            .any(|k| matches!(s.lower(k), "away" | "down" | "off" | "up" | "out"))
}

/// "S plans to C", "refused to C", "wants X to C".
pub(crate) fn intent(site: &CueSite) -> Answer {
    // "Voters may want to reconsider": advice in the reporter's voice, no one's intent.
    let (s, cue) = (site.s, site.cue);
    let advice = cue.head > s.range.start
        && matches!(s.lower(cue.head - 1), "may" | "might")
        && s.lower(cue.head) == "want";
    // "the moment the militias want may not come": "want" ends a relative clause whose
    // object stands before it.
    let object_before = s.lower(cue.head) == "want" && s.is(cue.head + 1, lx::CUE_AUXILIARIES);
    if advice || object_before || plans_as_subject(site) {
        return Answer::Stop;
    }
    said_rule(site, |_, said| said.frame == Frame::Intent)
}

/// "the tax plans would cost a fortune", "health plans rose": "plan(s)" before a finite verb
/// is a noun, the subject of that verb.
fn plans_as_subject(site: &CueSite) -> bool {
    let (s, cue) = (site.s, site.cue);
    let k = cue.head + 1;
    let next = s.lower(k);
    matches!(s.lower(cue.head), "plan" | "plans")
        && k < s.range.end
        && (s.is(k, lx::CUE_AUXILIARIES) && !next.ends_with("ly")
            || s.is(k, lx::BE_FORMS)
            || next.ends_with("n't")
            || next.ends_with("ed") && next.len() > 4
            || next == "subject")
}

/// "S is critical of C", "S was worried that C": an adjective of attitude after "to be".
pub(crate) fn be_adjective(site: &CueSite) -> Answer {
    if !crate::extract::attitude::is_attitude_cue(site.s.tokens, site.cue.first, site.cue.head) {
        return Answer::Next;
    }
    said_rule(site, |_, _| true)
}
