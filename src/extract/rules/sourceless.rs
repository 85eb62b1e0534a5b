//! Claims without a named source: "reportedly", "it is believed that C", "X is expected to C",
//! and the passive with an agent after all ("it was reported by local media that C", "X was
//! first reported by Y").

use crate::extract::attribute::{
    Answer, ContentRef, CueSite, Draft, Parts, Sentence, SourceRef, embedded,
};
use crate::extract::cues::CueKind;
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
    Answer::Draft(Parts::new(
        SourceRef::Nobody,
        ContentRef::starting(site.cue.last + 1, false),
        None,
    ))
}
