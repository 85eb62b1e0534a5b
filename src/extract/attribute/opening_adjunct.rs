//! "At a rally in Ames, Iowa, on Sunday, Roe spoke, saying C"; "Late last month, the firm
//! wrote ..., calling C": where a sentence opens with an adjunct, the subject a participle or
//! coordinated cue hangs on follows the adjunct's last comma, not its first. A place's state
//! or country and a trailing time phrase each add a comma to the adjunct.

use super::Sentence;
use crate::extract::lexicon as lx;

/// The most comma-separated pieces (a state, a time) an opening adjunct is followed over.
const MAX_PIECES: usize = 3;
/// The longest such piece, in tokens ("New South Wales", "on Sunday night").
const PIECE_WORDS: usize = 4;

/// True when the clause at `start` opens with an adverb or time word that an adjunct phrase
/// follows ("Late last month,", "Shortly after the vote,", "More recently,").
pub(crate) fn opens_with_adverb(s: &Sentence, start: usize) -> bool {
    let w = s.lower(start);
    s.tokens[start].quote.is_none()
        && (w.len() > 4 && w.ends_with("ly") || matches!(w, "late" | "early" | "more" | "later"))
}

/// The most words of a time phrase that opens a clause ("The day before,").
const TIME_WORDS_MAX: usize = 5;

/// True when the clause at `start` opens with a time phrase closed by a comma before `limit`:
/// "The day before,", "That night,", "Two weeks later,".
pub(crate) fn opens_with_time_phrase(s: &Sentence, start: usize, limit: usize) -> bool {
    let end = limit.min(start + TIME_WORDS_MAX + 1);
    let Some(comma) = (start..end).find(|&k| s.is_punct(k, ',')) else {
        return false;
    };
    let is_time = |k: usize| s.is(k, lx::TIME_WORDS) || s.is(k, lx::WEEKDAYS);
    let time_word = |k: usize| {
        is_time(k)
            || s.is(k, lx::DETERMINERS)
            || s.lower(k).starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                s.lower(k),
                "before"
                    | "after"
                    | "earlier"
                    | "later"
                    | "ago"
                    | "next"
                    | "following"
                    | "previous"
                    | "same"
                    | "two"
                    | "three"
                    | "few"
            )
    };
    comma > start && (start..comma).any(is_time) && (start..comma).all(time_word)
}

/// The token after the adjunct that ends at the comma `first_comma`, followed over the pieces
/// that continue it, up to (not past) `limit`.
pub(crate) fn subject_after(s: &Sentence, first_comma: usize, limit: usize) -> usize {
    let mut c = first_comma;
    for _ in 0..MAX_PIECES {
        let end = (c + 1..limit.min(c + 2 + PIECE_WORDS)).find(|&k| s.is_punct(k, ','));
        let Some(next) = end else {
            break;
        };
        if !continues_adjunct(s, c + 1, next) {
            break;
        }
        c = next;
    }
    c + 1
}

/// A piece `a..b` that continues a place or time adjunct: a short capitalised place ("Iowa",
/// "N.H.") or a time phrase ("on Sunday", "last week").
fn continues_adjunct(s: &Sentence, a: usize, b: usize) -> bool {
    if a >= b {
        return false;
    }
    let words = (a..b).filter(|&k| s.tokens[k].is_word()).count();
    let place =
        (a..b).all(|k| s.tokens[k].quote.is_none() && (s.is_capitalised(k) || s.is_punct(k, '.')));
    // A place followed by its subject's verb is no place: "Iowa, Roe said".
    let time = (s.is(a, lx::PREPOSITIONS) || s.is(a, lx::DETERMINERS) || s.is(a, lx::TIME_WORDS))
        && (a..b).any(|k| s.is(k, lx::TIME_WORDS) || s.is(k, lx::WEEKDAYS))
        && (a..b).all(|k| s.tokens[k].verb.is_none());
    words > 0 && (place || time)
}
