//! Quotations and content before the cue: "Q," said S; "Q," S said; C, S said; C, said S.

use super::verb::verb;
use crate::extract::attribute::{
    Answer, ContentRef, CueSite, Parts, Sentence, SourceRef, boundary, close_quote_at,
    ends_after_cue, opens_with_question, parenthetical, relative, source_after, titled_name,
    with_affiliation_before,
};
use crate::extract::lexicon::{self as lx, Frame};
use crate::extract::tokens::Kind;
use std::ops::Range;

/// A draft giving the quotation that closes at `close` to `source`; stops when the closing
/// mark has no quotation.
fn quote_parts(s: &Sentence, close: usize, source: SourceRef) -> Answer {
    s.tokens[close]
        .quote
        .map(|q| Parts::new(source, ContentRef::Quote(q), None))
        .into()
}

/// "Q," said S / "Q", said S.
pub(crate) fn quote_said_source(site: &CueSite) -> Answer {
    let (Some((frame, inverts, _)), Some(b)) = (verb(site), site.before()) else {
        return Answer::Next;
    };
    let s = site.s;
    if let Some(close) = close_quote_at(s, b)
        && (inverts || frame == Frame::Tell)
        && let Some((np, appos)) = source_after(s, site.cue.last + 1)
    {
        return quote_parts(s, close, SourceRef::Phrase { np, appos });
    }
    Answer::Next
}

/// "Q," S said; "Q," X's ambassador, Jane Roe, said; "Q," Jane Roe, the director of X, said.
pub(crate) fn quote_source_said(site: &CueSite) -> Answer {
    let (Some(_), Some(b)) = (verb(site), site.before()) else {
        return Answer::Next;
    };
    let (s, lo) = (site.s, site.s.range.start);
    // The subject carries a name in apposition.
    if s.is_punct(b, ',')
        && let Some(pc) = s.previous_comma(b, 12)
        && pc > lo
        && titled_name(s, pc + 1..b)
        && let Some(np) = s.np_backward(lo, pc - 1)
        && np.start > lo
        && let Some(close) = close_quote_at(s, np.start - 1)
    {
        let appos = Some(pc + 1..b);
        return quote_parts(s, close, SourceRef::Phrase { np, appos });
    }
    if let Some((np, q)) = parenthetical::quote_then_described_name(s, b) {
        let source = SourceRef::Phrase { np, appos: None };
        return Answer::Draft(Parts::new(source, ContentRef::Quote(q), None));
    }
    if let Some(np) = site.phrase_before().map(|np| with_conjunct_before(s, np))
        && let Some(close) = close_quote_at(s, np.start - 1)
    {
        if s.tokens[close].quote.is_none() {
            return Answer::Stop;
        }
        // "Sunday on Fox News's “Sunday Futures,” Rep. Jane Roe said C": a title after a
        // possessive or a preposition is no quotation of the speaker.
        if is_title(s, close) {
            return Answer::Next;
        }
        let after = boundary::past_title(s, s.skip_adjuncts(site.cue.last + 1));
        let continues = boundary::is_complementiser(s, after)
            || s.kind(after) == Some(Kind::OpenQuote)
            || s.is_punct(after, ':');
        if !continues {
            return quote_parts(s, close, SourceRef::Phrase { np, appos: None });
        }
    }
    Answer::Next
}

/// True when the quotation closing at `close` is a short title in capitalised words right
/// after a possessive or a preposition ("on CNN's “State of the Union,”").
fn is_title(s: &Sentence, close: usize) -> bool {
    let Some(q) = s.tokens[close].quote else {
        return false;
    };
    let lo = s.range.start;
    let Some(open) = (close.saturating_sub(8).max(lo)..close)
        .find(|&k| s.tokens[k].kind == Kind::OpenQuote && s.tokens[k].quote == Some(q))
    else {
        return false;
    };
    let after_owner =
        open > lo && (s.tokens[open - 1].is_possessive() || s.is(open - 1, lx::PREPOSITIONS));
    after_owner && boundary::quoted_title(s, open, close - open + 1) == Some(close)
}

/// The phrase before the cue at `b`, over an affiliation and a relative clause, when something
/// stands before it.
pub(crate) fn phrase_before_cue(s: &Sentence, b: usize) -> Option<Range<usize>> {
    parenthetical::np_before(s, b)
        .map(|np| with_affiliation_before(s, np))
        .map(|np| relative::subject_past_relative_clause(s, np))
        .filter(|np| np.start > s.range.start)
}

/// C, S said: a clause, its comma, then the source and a cue that ends the sentence.
pub(crate) fn clause_source_said(site: &CueSite) -> Answer {
    let (Some((frame, _, _)), Some(_)) = (verb(site), site.before()) else {
        return Answer::Next;
    };
    let s = site.s;
    let phrase = site
        .phrase_before()
        .map(|np| (with_conjunct_before(s, np), None))
        .or_else(|| subject_with_apposition(s, site.before()?));
    if let Some((np, appos)) = phrase {
        let p = np.start - 1;
        if s.is_punct(p, ',') && ends_after_cue(s, site.cue, frame) {
            let start = s.range.start;
            if start < p && !opens_with_question(s, start) {
                let source = SourceRef::Phrase { np, appos };
                return Answer::Draft(Parts::new(source, ContentRef::Tokens(start..p), Some(p)));
            }
        }
    }
    Answer::Next
}

/// "C, Jane Roe, the head of X, said" and "C, its spokesman, Jane Roe, said": a subject and
/// its apposition between commas, the last ending at the comma `b` before the cue, when a
/// comma stands before the subject. The subject and the apposition that carries the name.
fn subject_with_apposition(s: &Sentence, b: usize) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let lo = s.range.start;
    if !s.is_punct(b, ',') {
        return None;
    }
    let pc = s.previous_comma(b, 15)?;
    let np = s.np_backward(lo, pc.checked_sub(1)?)?;
    if np.start <= lo + 1 || !s.is_punct(np.start - 1, ',') {
        return None;
    }
    let segment = pc + 1..b;
    let named = np
        .clone()
        .all(|k| s.is_capitalised(k) || s.is(k, lx::NAME_PARTICLES));
    let described = s.is(pc + 1, lx::DETERMINERS) || !s.is_capitalised(pc + 1);
    if named && described {
        return Some((np, None));
    }
    // "its spokesman, Jane Roe,": a role, then the name that says who it is.
    let role = s.is(np.start, lx::DETERMINERS) || !s.is_capitalised(np.start);
    (role && titled_name(s, segment.clone())).then_some((np, Some(segment)))
}

/// "Jane Roe of Ohio, a lawyer who ..., said C", "Jane Roe, 52, said C", "Rep. Jane Roe,
/// R-Utah, said C": a name and its apposition between commas before the cue are its subject,
/// not a content.
fn opens_with_apposition(s: &Sentence, b: usize) -> bool {
    let lo = s.range.start;
    let Some(first) = s.np_forward(lo, b) else {
        return false;
    };
    let next = first.end + 1;
    // "Jane Roe, 52, said": an age.
    let age = s.lower(next).chars().all(|c| c.is_ascii_digit()) && s.is_punct(next + 1, ',');
    // "Rep. Jane Roe, R-Utah, said": a tag of capitalised words, with no verb of a clause.
    let tag = (next..b).all(|k| s.is_capitalised(k) || !s.tokens[k].is_word());
    // "Jane Roe, associate professor of history, said": a name alone before the comma.
    let name = first.len() <= 6
        && first
            .clone()
            .all(|k| s.is_capitalised(k) || s.is(k, lx::NAME_PARTICLES))
        && s.kind(next) == Some(Kind::Word)
        && !s.is(next, lx::SUBORDINATORS);
    s.is_punct(first.end, ',')
        && first.end < b
        && s.is_capitalised(lo)
        && s.tokens[first.end - 1].is_capitalised()
        && (matches!(s.lower(next), "a" | "an" | "the") || age || tag || name)
}

/// "C, teachers and union officials said", "“Q,” the senator and candidate said": the phrase
/// before the cue with the conjunct before its "and", when a comma or a closing quotation
/// stands before that conjunct.
fn with_conjunct_before(s: &Sentence, np: Range<usize>) -> Range<usize> {
    let lo = s.range.start;
    let Some(and) = np
        .start
        .checked_sub(1)
        .filter(|&a| a > lo + 1 && s.lower(a) == "and")
    else {
        return np;
    };
    match s.np_backward(lo, and - 1) {
        Some(first)
            if first.len() <= 5
                && first.start > lo
                && close_quote_at(s, first.start - 1).is_some()
                || first.len() <= 4 && first.start > lo && s.is_punct(first.start - 1, ',') =>
        {
            first.start..np.end
        }
        _ => np,
    }
}

/// C, said S. Not "X, speaking in Y, said C": that comma closes a parenthetical.
pub(crate) fn clause_said_source(site: &CueSite) -> Answer {
    let (Some((_, inverts, _)), Some(b)) = (verb(site), site.before()) else {
        return Answer::Next;
    };
    let s = site.s;
    let closes_parenthetical = s.previous_comma(b, 30).is_some_and(|pc| {
        let w = s.lower(pc + 1);
        // "speaking in X, said" is a participle; "during the talks, said" is no parenthetical.
        matches!(w, "who" | "whose" | "which") || w.ends_with("ing") && w != "during"
    });
    if s.is_punct(b, ',')
        && inverts
        && !closes_parenthetical
        && !opens_with_apposition(s, b)
        && let Some((np, appos)) = source_after(s, site.cue.last + 1)
    {
        let start = s.range.start;
        if start < b {
            let source = SourceRef::Phrase { np, appos };
            return Answer::Draft(Parts::new(source, ContentRef::Tokens(start..b), Some(b)));
        }
    }
    Answer::Next
}
