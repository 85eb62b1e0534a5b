//! Subjects separated from their cue by long parentheticals: "Jane Roe, dean of the law
//! school at the University of X, said ...", "Sen. Jane Roe, D-Utopia, speaking on radio,
//! said ...", "Rep. Jane Roe (D-Utopia) said ...".
//!
//! The ordinary subject search accepts a parenthetical only when it opens with a known word
//! ("who", "a", a participle, a name). When it fails, the subject of the sentence itself is the
//! source, provided it is a name or a determiner phrase closed by a comma, a bracket or a dash
//! and nothing between it and the cue is another cue.

use super::{Draft, Sentence, SourceRef, conjunction_boundary};
use crate::extract::lexicon as lx;
use crate::extract::tokens::Kind;

pub(crate) fn is_dash(s: &Sentence, k: usize) -> bool {
    matches!(s.kind(k), Some(Kind::Punct('-' | '—' | '–')))
}

/// The source of a cue at `first` that follows a parenthetical, when the subject search failed.
pub(crate) fn subject_across_parenthetical(
    s: &Sentence,
    first: usize,
    earlier: &[Draft],
) -> Option<(SourceRef, Option<usize>)> {
    let lo = s.range.start;
    let b = first.checked_sub(1).filter(|&b| b >= lo)?;
    // "Rep. Jane Roe (D-Utopia) last week said": the time phrase after the bracket.
    let b = (lo..b)
        .rev()
        .take(6)
        .find(|&p| s.is_punct(p, ')') && time_phrase(s, p + 1..b + 1))
        .unwrap_or(b);
    // "Rep. Jane Roe (D-Utopia) said"
    if s.is_punct(b, ')') {
        let np = np_before(s, b)?;
        let boundary = conjunction_boundary(s, np.start);
        return Some((SourceRef::Phrase { np, appos: None }, boundary));
    }
    if !(s.is_punct(b, ',') || is_dash(s, b)) {
        return None;
    }
    let mut start = if matches!(s.lower(lo), "but" | "and" | "yet" | "so") {
        lo + 1
    } else {
        lo
    };
    // "And on Tuesday, Jane Roe, chairman of X, said": past an opening adjunct.
    if let Some(c) = (start..b).find(|&k| s.is_punct(k, ','))
        && (s.opens_with_adjunct(start, b) || time_phrase(s, start..c))
    {
        start = c + 1;
    }
    let np = with_trailing_phrase(s, s.np_forward(start, b)?, b);
    let closed = s.is_punct(np.end, ',') || s.is_punct(np.end, '(') || is_dash(s, np.end);
    let head = &s.tokens[np.start];
    let speaker_like = head.is_capitalised() || head.is(lx::DETERMINERS);
    let cue_between = earlier
        .iter()
        .any(|d| d.cue.start >= np.end && d.cue.start < b);
    (closed && speaker_like && !cue_between && b - np.end <= 40)
        .then_some((SourceRef::Phrase { np, appos: None }, None))
}

/// "on Tuesday", "late last month", "in March 2016": a short time phrase without a verb.
fn time_phrase(s: &Sentence, r: std::ops::Range<usize>) -> bool {
    let opener = s.is(r.start, lx::PREPOSITIONS)
        || s.is(r.start, lx::TIME_DEICTICS)
        || s.is(r.start, lx::TIME_WORDS);
    opener
        && r.len() <= 6
        && r.clone()
            .all(|k| s.tokens[k].is_word() && s.tokens[k].verb.is_none())
        && r.clone().any(|k| {
            s.is(k, lx::TIME_WORDS) || s.lower(k).starts_with(|c: char| c.is_ascii_digit())
        })
}

/// "Many speakers at the service — including ... — said": the phrase with a prepositional
/// phrase after it, when that reaches the punctuation opening the parenthetical (before `b`).
fn with_trailing_phrase(
    s: &Sentence,
    np: std::ops::Range<usize>,
    b: usize,
) -> std::ops::Range<usize> {
    if !s.is(np.end, lx::PREPOSITIONS) {
        return np;
    }
    match s.np_forward(np.end + 1, b) {
        Some(pp) if s.is_punct(pp.end, ',') || is_dash(s, pp.end) => np.start..pp.end,
        _ => np,
    }
}

/// The most tokens a bracket after a name may hold.
const MAX_BRACKET: usize = 30;

/// The noun phrase ending at token `end`, or before the bracket that `end` closes: "Rep. Jane
/// Roe (D-Utopia)".
pub(crate) fn np_before(s: &Sentence, end: usize) -> Option<std::ops::Range<usize>> {
    let lo = s.range.start;
    if !s.is_punct(end, ')') {
        return s.np_backward(lo, end);
    }
    // "Sen. Jane Roe (a Utopia Democrat first elected in 2012)": a description may be long.
    let open = (end.saturating_sub(MAX_BRACKET).max(lo)..end)
        .rev()
        .find(|&k| s.is_punct(k, '(') || s.is_punct(k, ')'))
        .filter(|&k| s.is_punct(k, '('))?;
    s.np_backward(lo, open.checked_sub(1)?)
}

/// "“Q,” Jane Roe, the director of X, said", "“Q,” the economist Jane Roe, a former adviser,
/// wrote": a quotation, a source phrase (a name, or a role after an article), and a description
/// between commas up to the comma at `b` before the cue. The source phrase and the quotation's index.
pub(crate) fn quote_then_described_name(
    s: &Sentence,
    b: usize,
) -> Option<(std::ops::Range<usize>, usize)> {
    let lo = s.range.start;
    if !s.is_punct(b, ',') {
        return None;
    }
    let window = b.saturating_sub(45).max(lo);
    let close = (window..b)
        .rev()
        .find(|&k| matches!(s.tokens[k].kind, Kind::CloseQuote | Kind::OpenQuote))?;
    if s.tokens[close].kind != Kind::CloseQuote {
        return None;
    }
    let start = if s.is_punct(close + 1, ',') {
        close + 2
    } else {
        close + 1
    };
    let np = s.np_forward(start, b)?;
    // "the economist Jane Roe, a former adviser,": a role before the name, or a role alone
    // ("the economist, a former adviser,"), after a quotation that opens the sentence (inside
    // one, "under what Roe called “the old model,” the club, a private course, charged" is
    // no quotation of the club).
    let q = s.tokens[close].quote;
    let opens = s.tokens[lo].kind == Kind::OpenQuote && (lo..close).all(|k| s.tokens[k].quote == q);
    let named = s.is_capitalised(np.start)
        || opens && (np.clone().any(|k| s.is_capitalised(k)) || s.is(np.start, lx::DETERMINERS));
    let described = s.is_punct(np.end, ',') && np.end < b;
    Some((np, s.tokens[close].quote?)).filter(|_| named && described)
}

/// "Clinton, during a town hall in Columbus, Ohio, said": when the sentence opens with a name
/// closed by a comma and the subject found before the cue lies inside the parenthetical that
/// follows (not a name in apposition right after the comma), the opening name is the subject.
pub(crate) fn prefer_sentence_subject(
    s: &Sentence,
    first: usize,
    found: &SourceRef,
    earlier: &[Draft],
) -> Option<SourceRef> {
    let SourceRef::Phrase { np: inner, .. } = found else {
        return None;
    };
    let lo = s.range.start;
    let b = first.checked_sub(1).filter(|&b| b >= lo)?;
    if !s.is_punct(b, ',') {
        return None;
    }
    let start = dateline_end(s).max(lo);
    let np = s.np_forward(start, b)?;
    let head = &s.tokens[np.start];
    let opening_name = head.is_capitalised()
        && np
            .clone()
            .all(|k| s.is_capitalised(k) || s.is(k, lx::NAME_PARTICLES))
        && !head.is(lx::TIME_WORDS)
        && !head.is(lx::WEEKDAYS)
        && !head.is(lx::ADVERBIAL_OPENERS)
        && s.is_punct(np.end, ',');
    let appositive_name = inner.start == np.end + 1 && inner.clone().all(|k| s.is_capitalised(k));
    let cue_between = earlier
        .iter()
        .any(|d| d.cue.start > np.end && d.cue.start < b);
    (opening_name && inner.start > np.end && !appositive_name && !cue_between)
        .then_some(SourceRef::Phrase { np, appos: None })
}

/// The token after a wire-copy dateline opening the sentence (`segment::after_dateline`), or
/// the sentence's first token.
pub(crate) fn dateline_end(s: &Sentence) -> usize {
    s.after_dateline(s.range.end).unwrap_or(s.range.start)
}
