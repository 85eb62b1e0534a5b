//! "“We will win.” Jane Roe said.": a quotation closed by a full stop, then a sentence that is
//! only its source and a verb of saying. The full stop ends the quotation's sentence, so no
//! rule of either sentence sees the pair; the document loop (`extract`) gives the quotation to
//! the source of the sentence after it, taking it back from the previous speaker it had been
//! given to as a continuation.

use crate::extract::attribute::{Found, Sentence, SourceRef, ends_after_cue};
use crate::extract::cues::{CueKind, find_cues};
use crate::extract::lexicon::Frame;
use crate::model::{ClaimKind, Span};

/// The attribution of `quote` to the source of `s`, when `s` is nothing but a short subject,
/// one verb of saying and its adjuncts ("Jane Roe said.", "he told reporters on Monday.").
pub(crate) fn quote_then_source(s: &Sentence, quote: Span) -> Option<Found> {
    let cues = find_cues(s.toks, s.range.clone());
    let [cue] = cues.as_slice() else {
        return None;
    };
    let CueKind::Verb { frame, inverts, .. } = cue.kind else {
        return None;
    };
    if !(inverts || frame == Frame::Tell) {
        return None;
    }
    let np = s.np_forward(s.range.start, cue.first)?;
    // Nothing after the cue but adjuncts up to the full stop: "He said, twice, that C" and
    // "Roe continues, “Q”" have content of their own.
    let plain_end = s.tokens[cue.last + 1..s.range.end]
        .iter()
        .all(|t| t.quote.is_none() && !t.is_punct(',') && !t.is_punct(':'));
    if np.end != cue.first || np.len() > 6 || !plain_end || !ends_after_cue(s, cue, frame) {
        return None;
    }
    let tokens = s.tokens;
    Some(Found {
        rule: super::QUOTE_THEN_SOURCE,
        content: quote,
        kind: ClaimKind::Direct,
        source: SourceRef::Phrase { np, appos: None },
        cue: Span::new(tokens[cue.first].span.start, tokens[cue.last].span.end),
        stance: cue.stance,
        framing: cue.framing,
    })
}
