//! "this week", "last month", "the past few days": a time phrase that names no one. News puts it
//! right before the cue with no preposition ("Voters in Ohio this week said") or before the
//! subject ("This week Jane Roe said"), where the backward noun-phrase scan would otherwise take
//! it for the source or a part of it.

use super::Sentence;
use crate::extract::lexicon as lx;
use std::ops::Range;

/// The end (exclusive) of a deictic time phrase starting at `k` ("this week", "the past few
/// days", "last couple of weeks"), if one starts there.
fn time_phrase_end(s: &Sentence, mut k: usize, hi: usize) -> Option<usize> {
    if k < hi && s.lower(k) == "the" {
        k += 1;
    }
    if !(k < hi && s.is(k, lx::DEICTIC_TIME_OPENERS)) {
        return None;
    }
    k += 1;
    while k < hi && k < s.range.end {
        if s.is(k, lx::TIME_WORDS) {
            return Some(k + 1);
        }
        let w = s.lower(k);
        if !(lx::is_in(lx::TIME_QUANTIFIERS, w) || w.starts_with(|c: char| c.is_ascii_digit())) {
            return None;
        }
        k += 1;
    }
    None
}

/// The phrase to read the source from instead of `np` when `np` is a time phrase (possibly with
/// its opener just before it, which the scan does not take): the phrase before it, or `None`
/// when `np` is no time phrase. `find` scans back from a token for a noun phrase.
pub(crate) fn before_time_phrase(
    s: &Sentence,
    np: &Range<usize>,
    find: impl Fn(usize) -> Option<Range<usize>>,
) -> Option<Option<Range<usize>>> {
    let lo = s.range.start;
    // "the last couple of weeks": "last" may have been left out of the phrase.
    let opener = [
        np.start.checked_sub(2),
        np.start.checked_sub(1),
        Some(np.start),
    ]
    .into_iter()
    .flatten()
    .filter(|&k| k >= lo)
    .find(|&k| time_phrase_end(s, k, np.end) == Some(np.end))?;
    Some(opener.checked_sub(1).filter(|&p| p >= lo).and_then(find))
}

/// `np` without a deictic time phrase that opens it: "This week Jane Roe" → "Jane Roe".
pub(crate) fn without_leading_time(s: &Sentence, np: Range<usize>) -> Range<usize> {
    match time_phrase_end(s, np.start, np.end) {
        Some(end) if end < np.end => end..np.end,
        _ => np,
    }
}
