//! Claims without a named source: "reportedly", "it is believed that C", "X is expected to C",
//! "X is known for C", and the passive with an agent after all ("it was reported by local media that C", "X was
//! first reported by Y").

use crate::extract::attribute::{
    Answer, ContentRef, CueSite, Draft, Parts, Sentence, SourceRef, embedded,
};
use crate::extract::cues::CueKind;
use crate::extract::lexicon as lx;
use crate::extract::rules::Rule;

/// "it was reported by local media that C": the agent is the source.
pub(crate) fn passive_by_agent(site: &CueSite) -> Answer {
    if site.cue.kind != CueKind::SourcelessPassive {
        return Answer::Next;
    }
    match embedded::impersonal_agent(site.s, site.cue.last + 1) {
        Some((source, that)) => Answer::Draft(Parts::new(
            source,
            ContentRef::starting(that + 1, false),
            None,
        )),
        None => Answer::Next,
    }
}

/// "X was (first) reported by Y (that C)", found in a sentence no cue drafted anything in.
pub(crate) fn passives_with_agent(s: &Sentence, rule: &'static Rule) -> Vec<Draft> {
    embedded::passives_with_agent(s, rule)
}

/// "reportedly C", "it is believed (that) C": no source at all.
pub(crate) fn sourceless(site: &CueSite) -> Answer {
    let (s, cue) = (site.s, site.cue);
    match cue.kind {
        CueKind::SourcelessAdverb => Answer::Draft(Parts::new(
            SourceRef::Nobody,
            ContentRef::Tokens(s.range.start..s.range.end),
            None,
        )),
        CueKind::SourcelessPassive => {
            let mut k = cue.last + 1;
            if s.lower(k) == "that" {
                k += 1;
            } else if s.lower(k) == "to" {
                return Answer::Stop;
            }
            (k < s.range.end)
                .then(|| Parts::new(SourceRef::Nobody, ContentRef::starting(k, false), None))
                .into()
        }
        _ => Answer::Next,
    }
}

/// "X seems to C", "it appears that C", "X appeared more confident": an impression with no
/// source.
pub(crate) fn seems(site: &CueSite) -> Answer {
    let CueKind::Seems {
        content,
        comma_ends,
    } = site.cue.kind
    else {
        return Answer::Next;
    };
    Answer::Draft(Parts::new(
        SourceRef::Nobody,
        ContentRef::starting(content, comma_ends),
        None,
    ))
}

/// "X is (widely) expected to C": an expectation with no source.
pub(crate) fn expected_to(site: &CueSite) -> Answer {
    if site.cue.kind != CueKind::ExpectedTo {
        return Answer::Next;
    }
    let comma_ends = main_clause_after_comma(site.s, site.cue.first);
    Answer::Draft(Parts::new(
        SourceRef::Nobody,
        ContentRef::starting(site.cue.last + 1, comma_ends),
        None,
    ))
}

/// "While the vote is expected to C, the mayor ...", "the bill, which the Senate is expected
/// to pass next week, returns ...": an expectation inside a clause that a subordinator or a
/// relative pronoun opens (no comma between) ends at the next comma when a new subject or the
/// main verb follows it, not an adjective ("expected to give a long, angry speech").
fn main_clause_after_comma(s: &Sentence, cue_first: usize) -> bool {
    let lo = s.range.start;
    let subordinate = (lo..cue_first)
        .rev()
        .take_while(|&k| !s.is_punct(k, ','))
        .any(|k| s.is(k, lx::SUBORDINATORS) && s.tokens[k].quote.is_none());
    let Some(comma) = (cue_first..s.range.end).find(|&k| s.is_punct(k, ',')) else {
        return false;
    };
    let next = comma + 1;
    let w = s.lower(next);
    let opens_clause = s.is(next, lx::DETERMINERS)
        || s.is(next, lx::PERSON_PRONOUNS)
        || w == "there"
        || s.is_capitalised(next)
        || w.len() > 3 && w.ends_with('s') && !w.ends_with("ss");
    subordinate && opens_clause
}

/// "X is (best) known for C": a reputation with no source.
pub(crate) fn known_for(site: &CueSite) -> Answer {
    if site.cue.kind != CueKind::KnownFor {
        return Answer::Next;
    }
    Answer::Draft(Parts::new(
        SourceRef::Nobody,
        ContentRef::starting(site.cue.last + 1, true),
        None,
    ))
}
