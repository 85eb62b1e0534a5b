//! Cuts a document into paragraphs and a paragraph's tokens into sentences.
//!
//! Attribution rules never look across a sentence except to continue a quotation, and quote
//! pairing never looks across a paragraph, so these two boundaries are what keep one bad mark or
//! one run-on sentence from affecting the rest of a document. Sentences are not cut inside a
//! quotation: a quoted passage of several sentences is one piece of content.

use super::quotes::Quote;
use super::tokens::{Kind, Token, Tokens};
use crate::model::Span;
use std::ops::Range;

/// The widths, in characters, between which a document whose longest line fits is taken to be
/// hard-wrapped (wire copy, plain-text exports, e-mail); scraped articles have longer lines.
const WRAP_WIDTHS: std::ops::RangeInclusive<usize> = 30..=100;

/// Paragraphs: non-blank lines, since scraped articles put one paragraph on a line, blank lines
/// or not; but in hard-wrapped text a line break inside a paragraph is only a space, so lines
/// that the wrap cut apart are joined into one paragraph span (newlines included: spans stay
/// offsets into the original text).
pub fn paragraphs(text: &str) -> impl Iterator<Item = Span> + '_ {
    let lines = lines(text);
    let width = lines.iter().map(|l| visible_len(l.of(text))).max();
    let wrapped = width.filter(|w| WRAP_WIDTHS.contains(w));
    // No more paragraphs than lines: one allocation rather than a series of regrowths.
    let mut out: Vec<Span> = Vec::with_capacity(lines.len());
    let mut previous_blank = true;
    for line in lines {
        let blank = line.of(text).chars().all(super::tokens::is_space);
        if !blank {
            match (out.last_mut(), wrapped) {
                (Some(last), Some(w)) if !previous_blank && wrap_cut(text, *last, line, w) => {
                    last.end = line.end;
                }
                _ => out.push(line),
            }
        }
        previous_blank = blank;
    }
    out.into_iter()
}

/// The lines of `text`, without their separators (LF, CR, CRLF, U+2028, U+2029).
fn lines(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    // Room for a line per 64 bytes (news copy has far fewer), so that the vector is allocated
    // once rather than regrown line by line.
    let mut out = Vec::with_capacity(text.len() / 64 + 2);
    let mut start = 0usize;
    // The separators are ASCII or start with 0xE2: a byte search finds their first bytes
    // without decoding the characters between them.
    for i in memchr::memchr3_iter(b'\n', b'\r', 0xE2, bytes) {
        if i < start {
            continue; // the LF of a CRLF already taken
        }
        let sep_len = match bytes[i] {
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => 2,
            b'\n' | b'\r' => 1,
            0xE2 if bytes.get(i + 1) == Some(&0x80)
                && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) =>
            {
                3
            }
            _ => continue,
        };
        out.push(Span::new(start, i));
        start = i + sep_len;
    }
    out.push(Span::new(start, text.len()));
    out
}

fn visible_len(line: &str) -> usize {
    line.trim_end_matches(super::tokens::is_space)
        .chars()
        .count()
}

/// True when the break after `paragraph` (whose last line ends it) before `next` was made by a
/// wrap at `width`: the next line's first word would not have fitted on the line, which was
/// full. A headline, a short last line or a list item leaves room, so it stays a paragraph.
fn wrap_cut(text: &str, paragraph: Span, next: Span, width: usize) -> bool {
    let before = paragraph.of(text);
    let last_line = before
        .rsplit(['\n', '\r', '\u{2029}', '\u{2028}'])
        .next()
        .unwrap_or(before);
    let len = visible_len(last_line);
    // An indented first line opens a new paragraph in text without blank lines.
    let indent = |line: &str| line.len() - line.trim_start_matches([' ', '\t']).len();
    if indent(next.of(text)) > indent(last_line) {
        return false;
    }
    let first_word = next
        .of(text)
        .trim_start_matches(super::tokens::is_space)
        .split(super::tokens::is_space)
        .next()
        .map_or(0, |w| w.chars().count());
    first_word > 0 && len * 3 >= width * 2 && len + 1 + first_word > width
}

/// The longest dateline considered, in tokens: "NEW YORK, Aug. 31 (Reuters) -".
const MAX_DATELINE: usize = 14;

/// The token after a wire-copy dateline that opens the sentence at `start` ("PARIS, Aug 31
/// (Reuters) - ...", "WASHINGTON (AP) — ..."): a place in capitals, then anything short up to a
/// dash. A dateline is not the subject of the sentence.
pub fn after_dateline(toks: Tokens, start: usize, end: usize) -> Option<usize> {
    let Tokens { text, tokens, .. } = toks;
    let all_caps = |t: &Token| {
        let w = t.span.of(text);
        t.is_word()
            && t.quote.is_none()
            && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !w.chars().any(char::is_lowercase)
    };
    let limit = end.min(start + MAX_DATELINE);
    let mut k = start;
    while k < limit && all_caps(&tokens[k]) {
        k += 1;
    }
    if k == start {
        return agency_dateline_end(toks, start, limit).filter(|&after| after < end);
    }
    (k..limit)
        .find(|&d| {
            matches!(tokens[d].kind, Kind::Punct('-' | '—' | '–')) && tokens[d].quote.is_none()
        })
        .map(|d| d + 1)
        .filter(|&after| after < end)
}

/// The token after a dateline whose place is not in capitals but names a wire agency in
/// brackets right before the dash ("Mexico City (AFP) – ..."): up to three capitalised words,
/// the agency in capitals, then the dash.
fn agency_dateline_end(toks: Tokens, start: usize, limit: usize) -> Option<usize> {
    let Tokens { text, tokens, .. } = toks;
    let place_end = (start..limit.min(start + 3))
        .find(|&k| {
            !(tokens[k].is_word() && tokens[k].is_capitalised() && tokens[k].quote.is_none())
        })
        .unwrap_or(limit);
    let agency = place_end + 1;
    let dash = agency + 2;
    let shaped = place_end > start
        && dash < limit
        && tokens[place_end].kind == Kind::Punct('(')
        && tokens[agency].is_word()
        && !tokens[agency].span.of(text).chars().any(char::is_lowercase)
        && tokens[agency + 1].kind == Kind::Punct(')')
        && matches!(tokens[dash].kind, Kind::Punct('-' | '—' | '–'));
    shaped.then_some(dash + 1)
}

/// True when the sentence starting at `start` opens with an adjunct that ends at a comma rather
/// than with its subject: an adverb alone before a comma ("Soon, he ..."), or a participle
/// followed by a lower-case word ("Asked about the vote, she ...", "Speaking in Ohio, he ...").
pub fn opens_with_adjunct(tokens: &[Token], start: usize, end: usize) -> bool {
    let Some(first) = tokens.get(start).filter(|_| start < end) else {
        return false;
    };
    let next = tokens.get(start + 1).filter(|_| start + 1 < end);
    let w = first.lower.as_str();
    // A lone adverb before a comma; a lone name ("Davis, a liberal, said") is a subject.
    let adverb = w.ends_with("ly")
        || w.ends_with("ward")
        || w.ends_with("wards")
        || super::lexicon::is_in(super::lexicon::SENTENCE_ADVERBS, w);
    let alone = adverb && next.is_some_and(|n| n.kind == Kind::Punct(','));
    // "Asked about it, Roe said": a short "-ed" form only when it is a known verb.
    let participle = first.is_word()
        && (w.ends_with("ing") || w.ends_with("ed") && (w.len() > 5 || first.verb.is_some()))
        && next.is_some_and(|n| n.is_word() && !n.is_capitalised());
    first.is_word() && first.quote.is_none() && (alone || participle)
}

/// Paragraphs with a lead-in joined to the quotation it introduces: a paragraph that ends
/// with a colon ("Roe told the crowd:") and a next paragraph that opens with a quotation mark
/// are one stretch of text, so the cue and its quotation meet in one sentence. A lead-in with a
/// quotation left open, or a next paragraph whose quotation never closes, is not joined: the
/// open quotation would then run across the paragraph break.
pub fn join_lead_ins<'a>(
    text: &'a str,
    paragraphs: impl Iterator<Item = Span> + 'a,
) -> impl Iterator<Item = Span> + 'a {
    let mut paragraphs = paragraphs.peekable();
    std::iter::from_fn(move || {
        let mut para = paragraphs.next()?;
        while para
            .of(text)
            .trim_end_matches(super::tokens::is_space)
            .ends_with(':')
            && super::quotes::pair_quotes(text, para)
                .iter()
                .all(|q| q.close.is_some())
            && let Some(next) = paragraphs.peek()
            && next
                .of(text)
                .trim_start_matches(super::tokens::is_space)
                .starts_with(|c: char| super::quotes::is_double_quote(c) || c == '‘' || c == '\'')
            && super::quotes::pair_quotes(text, *next)
                .first()
                .is_some_and(|q| q.close.is_some())
        {
            para = Span::new(para.start, next.end);
            paragraphs.next();
        }
        Some(para)
    })
}

/// True when the sentence `range` is written in Title Case, as headlines are even when an
/// export adds a full stop ("Mayor Says City Will Rebuild Bridge."): four words or more, and at
/// least three in four of those longer than three letters capitalised.
pub fn is_title_case(tokens: &[Token], range: Range<usize>) -> bool {
    let long_words = || {
        tokens[range.clone()]
            .iter()
            .filter(|t| t.is_word() && t.quote.is_none() && t.lower.chars().count() > 3)
    };
    let (total, capitalised) = long_words().fold((0usize, 0usize), |(n, c), t| {
        (n + 1, c + usize::from(t.is_capitalised()))
    });
    range.len() >= 4 && total >= 3 && capitalised * 4 >= total * 3
}

/// Words after an initialism ("U.S.") that show the full stop also ended the sentence.
const SENTENCE_OPENERS_AFTER_INITIALISM: &[&str] = &[
    "the", "he", "she", "it", "they", "we", "i", "but", "in", "a", "this", "that", "there",
];

/// True when token `i` can open a sentence (a capital, a digit, an opening bracket or quote).
fn starts_sentence(toks: Tokens, i: usize) -> bool {
    let token = &toks.tokens[i];
    match token.kind {
        Kind::OpenQuote => true,
        Kind::Punct(c) => matches!(c, '(' | '[' | '"' | '“' | '‘' | '\''),
        Kind::Word => token
            .span
            .of(toks.text)
            .chars()
            .next()
            .is_some_and(|c| super::tokens::is_capital_letter(c) || c.is_numeric()),
        Kind::CloseQuote => false,
    }
}

fn quote_ends_sentence(text: &str, quote: &Quote) -> bool {
    quote
        .inner
        .of(text)
        .trim_end()
        .ends_with(['.', '!', '?', '…'])
}

/// True when a quotation ends with a question or exclamation mark, which English puts inside
/// the quote whether or not the sentence goes on ("“Why?” she asked.").
fn quote_asks_or_exclaims(text: &str, quote: &Quote) -> bool {
    quote.inner.of(text).trim_end().ends_with(['!', '?'])
}

/// True when `rest` opens with the source and reporting verb of the quotation before it: a
/// verb form first ("asked Jane Roe") or after a short name ("Jane Roe said", "Mr. Roe told");
/// any finite verb form counts ("she shouted"), as in `quote_tail`.
fn attribution_follows(rest: &[Token]) -> bool {
    let is_cue = |t: &Token| {
        t.verb.is_some() && t.quote.is_none() && !t.is_capitalised()
            || super::rules::quote_tail::finite_verb_like(t)
    };
    match rest.first() {
        Some(first) if is_cue(first) => true,
        Some(first) if first.is_capitalised() => rest
            .iter()
            .take(5)
            .take_while(|t| t.is_word() && t.quote.is_none())
            .skip(1)
            .find(|t| !t.is_capitalised())
            .is_some_and(is_cue),
        _ => false,
    }
}

/// Token ranges of the sentences of one paragraph.
pub fn sentences(toks: Tokens) -> Vec<Range<usize>> {
    let Tokens {
        text,
        tokens,
        quotes,
    } = toks;
    let mut out = Vec::new();
    let mut start = 0usize;
    for i in 0..tokens.len() {
        let token = &tokens[i];
        let Some(next) = tokens.get(i + 1) else {
            break;
        };
        let ends = match token.kind {
            Kind::Punct('.' | '!' | '?') if token.quote.is_none() => starts_sentence(toks, i + 1),
            Kind::CloseQuote => {
                token
                    .quote
                    .is_some_and(|q| quote_ends_sentence(text, &quotes[q]))
                    && starts_sentence(toks, i + 1)
                    && !(token
                        .quote
                        .is_some_and(|q| quote_asks_or_exclaims(text, &quotes[q]))
                        && attribution_follows(&toks.tokens[i + 1..]))
            }
            Kind::Word if token.quote.is_none() && token.lower.ends_with('.') => {
                token.lower[..token.lower.len() - 1].contains('.')
                    && (SENTENCE_OPENERS_AFTER_INITIALISM.contains(&next.lower.as_str())
                        && next.is_capitalised()
                        // "... in Fort Mill, S.C. “It seems ...": a quotation opens a sentence.
                        || next.kind == Kind::OpenQuote)
            }
            _ => false,
        };
        if ends {
            out.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::with_paragraph;

    fn split(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        for para in paragraphs(text) {
            with_paragraph(text, para, |toks| {
                for s in sentences(toks) {
                    let (first, last) = (&toks.tokens[s.start], &toks.tokens[s.end - 1]);
                    out.push(
                        Span::new(first.span.start, last.span.end)
                            .of(text)
                            .to_string(),
                    );
                }
            });
        }
        out
    }

    fn paragraph_texts(text: &str) -> Vec<&str> {
        paragraphs(text).map(|p| p.of(text)).collect()
    }

    #[test]
    fn wrapped_lines_join_into_one_paragraph() {
        let text = "Bridge closes\n\nThe council voted on Tuesday to close the\nold bridge, the mayor said.\r\nA short line.\n";
        assert_eq!(
            paragraph_texts(text),
            [
                "Bridge closes",
                "The council voted on Tuesday to close the\nold bridge, the mayor said.",
                "A short line."
            ]
        );
    }

    #[test]
    fn an_indented_line_opens_a_paragraph() {
        let text = "  The council voted on Tuesday to close the\nold bridge, the mayor said on Monday night.\n  Police said the road was closed.\n";
        assert_eq!(paragraph_texts(text).len(), 2);
    }

    #[test]
    fn long_lines_stay_one_paragraph_each() {
        let long = "word ".repeat(30);
        let text = format!("{long}\n{long}\nshort\n");
        assert_eq!(paragraphs(&text).count(), 3);
    }

    #[test]
    fn abbreviations_initials_and_decimals_do_not_end_sentences() {
        assert_eq!(
            split(
                "Gen. Mark A. Milley met Mr. Smith in Washington, D.C. on Jan. 5. Prices rose 2.5 percent. No. 10 said so."
            ),
            vec![
                "Gen. Mark A. Milley met Mr. Smith in Washington, D.C. on Jan. 5.",
                "Prices rose 2.5 percent.",
                "No. 10 said so."
            ]
        );
    }

    #[test]
    fn quotations_are_not_cut_and_end_sentences() {
        assert_eq!(
            split("“It works. It is cheap,” she said. “Buy it.” He did.\r\n\r\nNext\u{a0}one."),
            vec![
                "“It works. It is cheap,” she said.",
                "“Buy it.”",
                "He did.",
                "Next\u{a0}one."
            ]
        );
    }

    #[test]
    fn a_question_or_exclamation_in_quotes_keeps_its_source() {
        assert_eq!(
            split("“Is that all?” Jane Roe said. “Why not?” he asked. “Wow!” The crowd left."),
            vec![
                "“Is that all?” Jane Roe said.",
                "“Why not?” he asked.",
                "“Wow!”",
                "The crowd left."
            ]
        );
    }

    #[test]
    fn a_question_and_its_cue_are_one_sentence() {
        assert_eq!(
            split("“Can we win?” Jane Roe asked. “Stop!” He ran."),
            vec!["“Can we win?” Jane Roe asked.", "“Stop!”", "He ran."]
        );
    }

    #[test]
    fn blank_and_crlf_lines_are_skipped() {
        let text = "a\r\n\r\n \u{a0}\nb";
        let paras: Vec<&str> = paragraphs(text).map(|p| p.of(text)).collect();
        assert_eq!(paras, vec!["a", "b"]);
    }
}
