//! One sentence in context: its tokens and quotations within the document, with the
//! questions every rule asks of a token (its lower-case form, lexicon membership, kind), so a
//! rule never handles the text and the token list separately.

use super::cues::Cue;
use super::lexicon::{self as lx, ADJUNCT_NOUNS, TIME_WORDS, WEEKDAYS};
use super::phrase::{np_backward, np_forward};
use super::tokens::{Kind, Tokens};
use std::ops::Range;

/// One sentence in context: its paragraph's tokens (which it derefs to, for `text`, `tokens`
/// and `quotes`), the range of them it spans, and whether the paragraph is a headline.
pub struct Sentence<'a> {
    pub toks: Tokens<'a>,
    pub range: Range<usize>,
    pub headline: bool,
}

impl<'a> std::ops::Deref for Sentence<'a> {
    type Target = Tokens<'a>;
    fn deref(&self) -> &Tokens<'a> {
        &self.toks
    }
}

impl<'a> Sentence<'a> {
    pub(crate) fn lower(&self, i: usize) -> &str {
        if i < self.range.end {
            self.tokens[i].lower.as_str()
        } else {
            ""
        }
    }

    /// The noun phrase starting at token `start`, not reaching `hi` (see `phrase::np_forward`).
    #[inline]
    pub(crate) fn np_forward(&self, start: usize, hi: usize) -> Option<Range<usize>> {
        np_forward(self.toks, start, hi)
    }

    /// The noun phrase ending at token `end`, not reaching before `lo`.
    #[inline]
    pub(crate) fn np_backward(&self, lo: usize, end: usize) -> Option<Range<usize>> {
        np_backward(self.toks, lo, end)
    }

    /// Where the sentence's words start after a wire-copy dateline, within `..end`.
    pub(crate) fn after_dateline(&self, end: usize) -> Option<usize> {
        super::segment::after_dateline(self.toks, self.range.start, end)
    }

    /// True when the clause from `start` to `end` opens with an adjunct before its comma.
    pub(crate) fn opens_with_adjunct(&self, start: usize, end: usize) -> bool {
        super::segment::opens_with_adjunct(self.tokens, start, end)
    }

    /// A document phrase ending at `end` ("a poll released on Monday by X"), from `lo`.
    pub(crate) fn document_subject(&self, lo: usize, end: usize) -> Option<Range<usize>> {
        super::evidence::document_subject(self.toks, lo, end)
    }

    /// True when token `i` starts with a capital (or is in a script without capitals).
    #[inline]
    pub(crate) fn is_capitalised(&self, i: usize) -> bool {
        self.tokens[i].is_capitalised()
    }

    /// True when token `i` is a word of the sentence in `list`.
    pub(crate) fn is(&self, i: usize, list: &lx::WordList) -> bool {
        i < self.range.end && self.tokens[i].is(list)
    }

    pub(crate) fn is_punct(&self, i: usize, c: char) -> bool {
        i < self.range.end && self.tokens[i].is_punct(c)
    }

    pub(crate) fn kind(&self, i: usize) -> Option<Kind> {
        (i < self.range.end).then(|| self.tokens[i].kind)
    }

    /// Skips "on Wednesday", "in a statement", "last week", "earlier" after a cue.
    /// True when "at one point" (a time adjunct of the report) starts at `k`.
    pub(crate) fn at_one_point(&self, k: usize) -> bool {
        self.lower(k) == "at" && self.lower(k + 1) == "one" && self.lower(k + 2) == "point"
    }

    pub(crate) fn skip_adjuncts(&self, mut k: usize) -> usize {
        for _ in 0..3 {
            let w = self.lower(k);
            let next = self.lower(k + 1);
            let next_is_date = self.kind(k + 1) == Some(Kind::Word)
                && self.is_capitalised(k + 1)
                && (self.is(k + 1, TIME_WORDS)
                    || self
                        .lower(k + 2)
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_digit()));
            if matches!(w, "on" | "late" | "early") && (self.is(k + 1, TIME_WORDS) || next_is_date)
            {
                k += if next_is_date && !self.is(k + 1, TIME_WORDS) {
                    3
                } else {
                    2
                };
            } else if w.is_empty()
                && self.is_punct(k, ',')
                && self.is(k + 1, lx::ASIDE_ADVERBS)
                && self.is_punct(k + 2, ',')
            {
                k += 3;
            } else if self.is(k, WEEKDAYS) {
                k += 1;
            } else if self.is(k, lx::TIME_DEICTICS) && self.is(k + 1, TIME_WORDS) {
                k += 2;
            } else if matches!(w, "in" | "at" | "during")
                && matches!(next, "a" | "an" | "the" | "his" | "her" | "its" | "their")
                && let Some(noun) = (k + 2..k + 5)
                    .take_while(|&j| self.kind(j) == Some(Kind::Word) || self.is_punct(j, '-'))
                    .find(|&j| self.is(j, ADJUNCT_NOUNS))
            {
                // "in a statement", "in a 40-page report", "in a note to clients"
                k = noun + 1;
                if self.is(k, ADJUNCT_NOUNS) {
                    k += 1;
                }
                if self.lower(k) == "to"
                    && let Some(np) = self.np_forward(k + 1, self.range.end)
                {
                    k = np.end;
                }
            } else if self.is(k, lx::REPORT_ADVERBS) {
                k += 1;
            } else if self.at_one_point(k) {
                k += 3;
            } else {
                break;
            }
        }
        k
    }

    /// Index of the closest comma before `i` (exclusive), looking back at most `window` tokens
    /// and never across a quotation mark.
    pub(crate) fn previous_comma(&self, i: usize, window: usize) -> Option<usize> {
        let lo = self.range.start.max(i.saturating_sub(window));
        (lo..i)
            .rev()
            .take_while(|&k| !matches!(self.tokens[k].kind, Kind::OpenQuote | Kind::CloseQuote))
            .find(|&k| self.tokens[k].is_punct(','))
    }
}

impl Sentence<'_> {
    /// True when the cue is a participle after a statement noun ("a statement saying").
    pub(crate) fn is_statement(&self, cue: &Cue) -> bool {
        cue.head >= 2 && self.is(cue.head - 1, lx::STATEMENT_NOUNS)
    }
}
