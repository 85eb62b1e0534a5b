//! "this week", "last month", "the past few days": a time phrase that names no one. News puts it
//! right before the cue with no preposition ("Voters in Ohio this week said") or before the
//! subject ("This week Jane Roe said"), where the backward noun-phrase scan would otherwise take
//! it for the source or a part of it.

use super::Sentence;
use crate::extract::lexicon as lx;
use crate::extract::phrase::is_subject_pronoun;
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
    let opener = time_phrase_opener(s, np)?;
    Some(opener.checked_sub(1).filter(|&p| p >= lo).and_then(find))
}

/// Where the time phrase that `np` is starts: "the last couple of weeks" may have had "the
/// last" left out of the phrase. `None` when `np` is no time phrase.
fn time_phrase_opener(s: &Sentence, np: &Range<usize>) -> Option<usize> {
    [
        np.start.checked_sub(2),
        np.start.checked_sub(1),
        Some(np.start),
    ]
    .into_iter()
    .flatten()
    .filter(|&k| k >= s.range.start)
    .find(|&k| time_phrase_end(s, k, np.end) == Some(np.end))
}

/// `np` without a deictic time phrase that opens it: "This week Jane Roe" → "Jane Roe".
pub(crate) fn without_leading_time(s: &Sentence, np: Range<usize>) -> Range<usize> {
    match time_phrase_end(s, np.start, np.end) {
        Some(end) if end < np.end => end..np.end,
        _ => np,
    }
}

/// Units of elapsed time that `TIME_WORDS` leaves out: "a few minutes later".
const ELAPSED_UNITS: &[&str] = &["minute", "minutes", "hour", "hours", "decade", "decades"];

/// "Two days later she ...", "A few minutes later they ...": when `np`, read forward from the
/// opening of a clause, is a counted span of time before "later", "earlier" or "ago", the
/// token after that word, where the subject starts.
pub(crate) fn after_elapsed_time(s: &Sentence, np: &Range<usize>) -> Option<usize> {
    let last = np.end.checked_sub(1).filter(|&k| k >= np.start)?;
    let unit = s.is(last, lx::TIME_WORDS) || lx::is_in(ELAPSED_UNITS, s.lower(last));
    let counted = (np.start..last).all(|k| {
        let w = s.lower(k);
        matches!(w, "a" | "an" | "the")
            || lx::is_in(lx::TIME_QUANTIFIERS, w)
            || w.starts_with(|c: char| c.is_ascii_digit())
    });
    let adverb = matches!(s.lower(np.end), "later" | "earlier" | "ago");
    let after = np.end + 1;
    let after = if s.is_punct(after, ',') {
        after + 1
    } else {
        after
    };
    (unit && counted && adverb).then_some(after)
}

/// The most words of a contact clause's verb ("I have spoken with"), before its time phrase.
const MAX_CONTACT_VERB: usize = 4;

/// "Several people I have spoken with over the last few weeks said", "the scholars we
/// interviewed this week thought": a time phrase `np` that ends a contact clause (a personal
/// pronoun and its verb, with no relative word) hanging on a noun phrase. Returns the whole
/// subject, from that phrase to the end of the time phrase.
pub(crate) fn contact_clause_subject(s: &Sentence, np: &Range<usize>) -> Option<Range<usize>> {
    let lo = s.range.start;
    let opener = time_phrase_opener(s, np)?;
    let mut k = opener.checked_sub(1).filter(|&k| k > lo)?;
    if s.is(k, lx::PREPOSITIONS) {
        k -= 1;
    }
    let floor = k.saturating_sub(MAX_CONTACT_VERB).max(lo + 1);
    let pronoun = (floor..=k)
        .rev()
        .find(|&j| is_subject_pronoun(&s.tokens[j]))?;
    let verbal = (pronoun + 1..=k).all(|j| {
        let t = &s.tokens[j];
        t.is_word() && t.quote.is_none() && !t.is_capitalised()
    });
    let head = s
        .np_backward(lo, pronoun - 1)
        .filter(|h| h.end == pronoun && verbal)?;
    Some(head.start..np.end)
}
