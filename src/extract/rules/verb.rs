//! What the verb-cue rules ask of a cue: its frame and flags, and whether it is a participle
//! after a statement noun.

use crate::extract::attribute::CueSite;
use crate::extract::cues::CueKind;
use crate::extract::lexicon::Frame;

/// A verb cue's frame, whether it inverts ("said S"), and whether it is a participle.
pub(crate) fn verb(site: &CueSite) -> Option<(Frame, bool, bool)> {
    match site.cue.kind {
        CueKind::Verb {
            frame,
            inverts,
            participle,
        } => Some((frame, inverts, participle)),
        _ => None,
    }
}

/// "a statement saying C": a participle after a statement noun reports the statement.
pub(crate) fn statement(site: &CueSite) -> bool {
    let (s, cue) = (site.s, site.cue);
    cue.first != cue.head && s.lower(cue.head).ends_with("ing") && s.is_statement(cue)
}
