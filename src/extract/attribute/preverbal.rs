//! What stands between a subject and its verb without belonging to either: an adverb ("Roe
//! seldom speaks of", "would ever admit"), a floating quantifier ("have both urged"), an
//! auxiliary left out of the cue ("have in the past said") and a time adjunct with or without
//! its preposition ("Roe this past week announced", "Roe later Thursday told", "The ministry
//! less than two weeks ago said"). The backward scan for the subject would otherwise take the
//! adverb or the time phrase for the source. The word lists are in the lexicon.
use super::Sentence;
use crate::extract::lexicon as lx;

/// The most words skipped between a subject and its cue.
const MAX_SKIPPED: usize = 8;

/// The token that ends the subject of a cue whose token before it is `b`: `b` itself, or the
/// token before the adverbs, auxiliaries and time adjunct that follow the subject. A skip is
/// taken only when a word is left before it to hold the subject.
pub(crate) fn subject_end(s: &Sentence, b: usize) -> usize {
    let lo = s.range.start;
    let mut k = b;
    let mut skipped = 0;
    while k > lo && skipped < MAX_SKIPPED {
        let next = if is_preverbal(s, k) {
            k - 1
        } else if let Some(start) = time_adjunct_start(s, k) {
            match start.checked_sub(1).filter(|&p| p >= lo) {
                Some(p) => p,
                None => break,
            }
        } else {
            break;
        };
        skipped += k - next;
        k = next;
    }
    // "Officials from both said": what is left must be able to end a subject.
    let function_word = s.is(k, lx::PREPOSITIONS) || s.is(k, lx::DETERMINERS);
    if k == b
        || function_word
        || s.tokens[k].quote.is_some()
        || !s.tokens[k].is_word() && !s.is_punct(k, ',')
    {
        return b;
    }
    k
}

fn is_preverbal(s: &Sentence, k: usize) -> bool {
    let w = s.lower(k);
    // "so far", "thus far": the pair is skipped a word at a time.
    let far = w == "far" && k > s.range.start && matches!(s.lower(k - 1), "so" | "thus");
    let pair_opener = matches!(w, "so" | "thus") && s.lower(k + 1) == "far";
    s.tokens[k].quote.is_none()
        && (lx::is_in(lx::PREVERBAL_ADVERBS, w)
            || lx::is_in(lx::SPLIT_AUXILIARIES, w)
            || far
            || pair_opener)
}

/// The first token of a time adjunct ending at `end` ("this past week", "later Thursday", "in
/// the past", "less than two weeks ago"): words of time phrases with a time word, marked as an
/// adjunct or a lone weekday or month, after a word that can end a subject.
fn time_adjunct_start(s: &Sentence, end: usize) -> Option<usize> {
    let lo = s.range.start;
    let is_time = |k: usize| s.is(k, lx::TIME_WORDS) || s.is(k, lx::MONTHS) || s.lower(k) == "past";
    let in_phrase = |k: usize| {
        s.tokens[k].quote.is_none()
            && (is_time(k)
                || lx::is_in(lx::TIME_PHRASE_WORDS, s.lower(k))
                || s.lower(k).starts_with(|c: char| c.is_ascii_digit()))
    };
    let mut start = end + 1;
    while start > lo + 1 && end + 1 - start < MAX_SKIPPED && in_phrase(start - 1) {
        start -= 1;
    }
    if start > end || !(start..=end).any(is_time) {
        return None;
    }
    let ends_well = is_time(end) || matches!(s.lower(end), "ago" | "later" | "earlier" | "past");
    let marked = (start..=end).any(|k| lx::is_in(lx::TIME_ADJUNCT_MARKERS, s.lower(k)));
    // "Roe Thursday told", but not "Super Tuesday", "a presidential year".
    let before = &s.tokens[start - 1];
    let named_day = start == end
        && (s.is(end, lx::WEEKDAYS) || s.is(end, lx::MONTHS))
        && !before.is_capitalised();
    let inside_name = s.is_capitalised(start) && before.is_capitalised() && !marked;
    let function_word = before.is(lx::DETERMINERS) || before.is(lx::PREPOSITIONS);
    let ends_subject = before.is_word() && !function_word && !inside_name || before.is_punct(',');
    (ends_well && (marked || named_day) && ends_subject).then_some(start)
}
