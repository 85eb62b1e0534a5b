//! Nominal cues: "his decision to C", "the senator's call for C", "In his view, C" and
//! "To S, C".

use crate::extract::attribute::{
    Answer, ContentRef, CueSite, Parts, SourceRef, named_clause_subject, possessor,
};
use crate::extract::cues::CueKind;
use crate::extract::lexicon as lx;
use crate::extract::tokens::Kind;

/// "his decision to C", "the senator's call for C": the possessive before the noun is the
/// source, and the content runs from `content` to the next comma.
pub(crate) fn possessive_nominal(site: &CueSite) -> Answer {
    let CueKind::Nominal { content } = site.cue.kind else {
        return Answer::Next;
    };
    let (s, cue) = (site.s, site.cue);
    let parts = || {
        let owner = cue.first.checked_sub(1).filter(|&o| o >= s.range.start)?;
        let (np, appos) = if s.tokens[owner].is_possessive() {
            let np = possessor(s, s.np_backward(s.range.start, owner)?);
            (np, None)
        } else {
            (owner..owner + 1, named_clause_subject(s, owner))
        };
        let words = (content < s.range.end) && s.kind(content) == Some(Kind::Word)
            || s.kind(content) == Some(Kind::OpenQuote);
        words.then(|| {
            let source = SourceRef::Phrase { np, appos };
            Parts::new(source, ContentRef::starting(content, true), None)
        })
    };
    parts().into()
}

/// "amid calls for a recount": a nominal cue with no possessive before it has no source.
pub(crate) fn sourceless_nominal(site: &CueSite) -> Answer {
    let CueKind::Nominal { content } = site.cue.kind else {
        return Answer::Next;
    };
    let (s, cue) = (site.s, site.cue);
    let owner = cue.first.checked_sub(1).filter(|&o| o >= s.range.start);
    let owned = owner.is_some_and(|o| {
        s.tokens[o].is_possessive() || lx::is_in(lx::POSSESSIVE_DETERMINERS, s.lower(o))
    });
    if owned {
        return Answer::Next;
    }
    Answer::Draft(Parts::new(
        SourceRef::Nobody,
        ContentRef::starting(content, true),
        None,
    ))
}

/// "In his view, C", "In the words of S, C": the holder of the view is the source.
pub(crate) fn in_source(site: &CueSite) -> Answer {
    let CueKind::InSource { comma } = site.cue.kind else {
        return Answer::Next;
    };
    let s = site.s;
    let mut np = site.cue.last + 1..comma;
    if s.is(comma - 1, lx::VIEW_NOUNS) {
        np = possessor(s, np.start..comma - 1);
    }
    (comma + 1 < s.range.end)
        .then(|| {
            let source = SourceRef::Phrase { np, appos: None };
            Parts::new(source, ContentRef::starting(comma + 1, false), None)
        })
        .into()
}

/// "To many farmers, C": the phrase after "to" holds the view, the clause after its comma
/// (and after a relative clause on the source) is the content.
pub(crate) fn to_source(site: &CueSite) -> Answer {
    match site.cue.kind {
        CueKind::ToSource {
            source_end,
            content,
        } => source_after_cue(site, source_end, content, false),
        _ => Answer::Next,
    }
}

/// "claims by intelligence officials that C", "calls from two senators to C": the phrase after
/// "by" or "from" is the source.
pub(crate) fn nominal_by_source(site: &CueSite) -> Answer {
    match site.cue.kind {
        CueKind::NominalBySource {
            source_end,
            content,
        } => source_after_cue(site, source_end, content, true),
        _ => Answer::Next,
    }
}

/// The phrase from after the cue up to `source_end` is the source, the content starts at
/// `content` (and ends at a comma when `comma_ends`).
fn source_after_cue(site: &CueSite, source_end: usize, content: usize, comma_ends: bool) -> Answer {
    let np = site.cue.last + 1..source_end;
    Answer::Draft(Parts::new(
        SourceRef::Phrase { np, appos: None },
        ContentRef::starting(content, comma_ends),
        None,
    ))
}
