//! Cues with an object before their content: "accused X of C", "linked X to C", "blamed X for
//! C", "described X as C", "a finding S described as C", "called X Y".

use super::said::said_rule;
use super::verb::verb;
use crate::extract::attribute::{Answer, ContentRef, CueSite, Parts, SourceRef};
use crate::extract::lexicon::{self as lx, Frame};
use crate::extract::tokens::Kind;

/// A rule for the object frame with preposition `p` (any other when `None`).
fn object_then(site: &CueSite, p: Option<&str>) -> Answer {
    said_rule(site, |_, said| match said.frame {
        Frame::ObjectThen(q) => p.is_none_or(|p| p == q),
        _ => false,
    })
}

pub(crate) fn accuse_of(site: &CueSite) -> Answer {
    object_then(site, Some("of"))
}

pub(crate) fn link_to(site: &CueSite) -> Answer {
    object_then(site, Some("to"))
}

pub(crate) fn describe_as(site: &CueSite) -> Answer {
    object_then(site, Some("as"))
}

pub(crate) fn blame_for(site: &CueSite) -> Answer {
    object_then(site, None)
}

/// "called X Y", "calling him a liar": an evaluation.
pub(crate) fn called(site: &CueSite) -> Answer {
    if names_a_thing(site) {
        return Answer::Stop;
    }
    said_rule(site, |_, said| said.frame == Frame::Call)
}

/// "staged a play called “X”", "from an account called X": a bare "called" right after an
/// indefinite noun phrase that is itself an object names the thing; nobody evaluates it.
fn names_a_thing(site: &CueSite) -> bool {
    let (s, cue) = (site.s, site.cue);
    let bare_call = verb(site).is_some_and(|(frame, _, _)| frame == Frame::Call)
        && cue.first == cue.head
        && cue.last == cue.head;
    if !bare_call {
        return false;
    }
    let Some((SourceRef::Phrase { np, .. }, _)) = site.subject() else {
        return false;
    };
    let object = np.start > s.range.start
        && s.kind(np.start - 1) == Some(Kind::Word)
        && !s.is(np.start - 1, lx::SUBORDINATORS)
        && !matches!(s.lower(np.start - 1), "and" | "but" | "or" | "then");
    np.end == cue.head && s.is(np.start, lx::INDEFINITE_DETERMINERS) && object
}

/// "a finding Roe described as C": the object stands before the source, the content after "as".
pub(crate) fn object_source_described_as(site: &CueSite) -> Answer {
    let Some((frame, _, _)) = verb(site) else {
        return Answer::Next;
    };
    let Some((source, _)) = site.subject() else {
        return Answer::Stop;
    };
    let (s, lo) = (site.s, site.s.range.start);
    let after = s.skip_adjuncts(site.cue.last + 1);
    if frame != Frame::ObjectThen("as") || s.lower(after) != "as" || after + 1 >= s.range.end {
        return Answer::Next;
    }
    // ", a finding Roe described as": the comma before the object opens this clause.
    // ", which S described as" is a relative clause inside other content: no boundary.
    let boundary = match source {
        SourceRef::Phrase { np, .. }
            if np.start > lo && !matches!(s.lower(np.start - 1), "which" | "that" | "who") =>
        {
            (np.start.saturating_sub(4).max(lo)..np.start)
                .rev()
                .find(|&c| s.is_punct(c, ','))
        }
        _ => None,
    };
    Answer::Draft(Parts::new(
        source.clone(),
        ContentRef::starting(after + 1, true),
        boundary,
    ))
}
