//! Where a content span ends when the sentence goes on after it.
//!
//! The settled content of a cue runs to the next cut of its sentence. Some endings are marked
//! by the shape of the text instead: a quotation introduced by the cue and closed before a
//! comma ("she said, “We’ll see,” when asked ...") is the whole content, and what follows it is
//! the reporter's framing.
//!
//! Where the content starts after a cue is marked the same way: a prepositional adjunct of the
//! cue ends at "that" ("said in her opening remarks that C"), and a comma right after the cue
//! opens a clause with a parenthetical first ("said, if elected, she would C").

use super::Sentence;
use crate::extract::lexicon as lx;
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

/// Where a clause starts at token `k` after a cue, past an adjunct the cue's own skipping did
/// not know: a preposition and up to ten plain words before "that", or a comma and a clause.
pub(super) fn clause_after_adjunct(s: &Sentence, k: usize) -> Option<usize> {
    if s.is(k, lx::PREPOSITIONS) || s.is(k, lx::TIME_WORDS) {
        let that = (k + 1..(k + 12).min(s.range.end))
            .take_while(|&j| {
                let t = &s.tokens[j];
                t.quote.is_none() && (t.is_word() || t.is_punct('\'')) && t.verb.is_none()
            })
            .find(|&j| s.lower(j) == "that")?;
        return (that + 1 < s.range.end).then_some(that + 1);
    }
    // "said, if elected, she would": a subordinate or adverbial opener closed by a comma.
    if s.is_punct(k, ',') && s.kind(k + 1) == Some(Kind::Word) {
        let next = &s.tokens[k + 1];
        let opener = next.quote.is_none()
            && (next.is(lx::SUBORDINATORS) && next.lower != "that" && next.lower != "which"
                || next.is(lx::ADVERBIAL_OPENERS));
        let closed = (k + 2..(k + 9).min(s.range.end)).any(|j| s.is_punct(j, ','));
        return (opener && closed).then_some(k + 1);
    }
    None
}
