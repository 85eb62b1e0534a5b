//! Where a content span ends when the sentence goes on after it.
//!
//! The settled content of a cue runs to the next cut of its sentence. Some endings are marked
//! by the shape of the text instead: a quotation introduced by the cue and closed before a
//! comma ("she said, “We’ll see,” when asked ...") is the whole content, and what follows it is
//! the reporter's framing.

use super::Sentence;
use crate::extract::tokens::Kind;

/// The end of content `start..end`: just after the quotation that opens it when that quotation
/// closes before a comma and the sentence does not go on with another quotation.
pub(super) fn quotation_end(s: &Sentence, start: usize, end: usize) -> usize {
    if s.kind(start) != Some(Kind::OpenQuote) {
        return end;
    }
    let q = s.tokens[start].quote;
    let Some(close) =
        (start + 1..end).find(|&k| s.tokens[k].kind == Kind::CloseQuote && s.tokens[k].quote == q)
    else {
        return end;
    };
    let after = close + 1;
    // The comma stands inside the marks (“We’ll see,” when) or after them (“Yes”, when).
    let (comma_inside, next) = if s.is_punct(after, ',') {
        (false, after + 1)
    } else {
        (s.is_punct(close - 1, ','), after)
    };
    let framing_follows = (comma_inside || next > after)
        && s.kind(next) == Some(Kind::Word)
        && s.tokens[next].quote.is_none();
    if framing_follows { after } else { end }
}
