//! Cuts a document into paragraphs and a paragraph's tokens into sentences.
//!
//! Attribution rules never look across a sentence except to continue a quotation, and quote
//! pairing never looks across a paragraph, so these two boundaries are what keep one bad mark or
//! one run-on sentence from affecting the rest of a document. Sentences are not cut inside a
//! quotation: a quoted passage of several sentences is one piece of content.

use super::quotes::Quote;
use super::tokens::{Kind, Token};
use crate::model::Span;
use std::ops::Range;

/// Non-blank lines: scraped articles put one paragraph on a line, blank lines or not.
pub fn paragraphs(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut start = 0usize;
    let mut done = false;
    std::iter::from_fn(move || {
        while !done {
            let rest = &text[start..];
            let (line_len, sep_len) = match rest.find(['\n', '\r', '\u{2029}', '\u{2028}']) {
                Some(i) => (i, rest[i..].chars().next().map_or(1, char::len_utf8)),
                None => {
                    done = true;
                    (rest.len(), 0)
                }
            };
            let line = Span::new(start, start + line_len);
            start += line_len + sep_len;
            if line.of(text).chars().any(|c| !super::tokens::is_space(c)) {
                return Some(line);
            }
        }
        None
    })
}

/// Paragraphs with a lead-in joined to the quotation it introduces: a paragraph that ends
/// with a colon ("Roe told the crowd:") and a next paragraph that opens with a quotation mark
/// are one stretch of text, so the cue and its quotation meet in one sentence.
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
            && let Some(next) = paragraphs.peek()
            && next
                .of(text)
                .trim_start_matches(super::tokens::is_space)
                .starts_with(|c: char| super::quotes::is_double_quote(c) || c == '‘' || c == '\'')
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
pub fn is_title_case(text: &str, tokens: &[Token], range: Range<usize>) -> bool {
    let long_words = || {
        tokens[range.clone()]
            .iter()
            .filter(|t| t.is_word() && t.quote.is_none() && t.lower.chars().count() > 3)
    };
    let (total, capitalised) = long_words().fold((0usize, 0usize), |(n, c), t| {
        (n + 1, c + usize::from(t.is_capitalised(text)))
    });
    range.len() >= 4 && total >= 3 && capitalised * 4 >= total * 3
}

/// Words after an initialism ("U.S.") that show the full stop also ended the sentence.
const SENTENCE_OPENERS_AFTER_INITIALISM: &[&str] = &[
    "the", "he", "she", "it", "they", "we", "i", "but", "in", "a", "this", "that", "there",
];

fn starts_sentence(text: &str, token: &Token) -> bool {
    match token.kind {
        Kind::OpenQuote => true,
        Kind::Punct(c) => matches!(c, '(' | '[' | '"' | '“' | '‘' | '\''),
        Kind::Word => token
            .span
            .of(text)
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric()),
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
fn attribution_follows(text: &str, rest: &[Token]) -> bool {
    let is_cue = |t: &Token| {
        t.verb.is_some() && t.quote.is_none() && !t.is_capitalised(text)
            || super::attribute::quote_tail::finite_verb_like(text, t)
    };
    match rest.first() {
        Some(first) if is_cue(first) => true,
        Some(first) if first.is_capitalised(text) => rest
            .iter()
            .take(5)
            .take_while(|t| t.is_word() && t.quote.is_none())
            .skip(1)
            .find(|t| !t.is_capitalised(text))
            .is_some_and(is_cue),
        _ => false,
    }
}

/// Token ranges of the sentences of one paragraph.
pub fn sentences(text: &str, tokens: &[Token], quotes: &[Quote]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0usize;
    for i in 0..tokens.len() {
        let token = &tokens[i];
        let Some(next) = tokens.get(i + 1) else {
            break;
        };
        let ends = match token.kind {
            Kind::Punct('.' | '!' | '?') if token.quote.is_none() => starts_sentence(text, next),
            Kind::CloseQuote => {
                token
                    .quote
                    .is_some_and(|q| quote_ends_sentence(text, &quotes[q]))
                    && starts_sentence(text, next)
                    && !(token
                        .quote
                        .is_some_and(|q| quote_asks_or_exclaims(text, &quotes[q]))
                        && attribution_follows(text, &tokens[i + 1..]))
            }
            Kind::Word if token.quote.is_none() && token.lower.ends_with('.') => {
                token.lower[..token.lower.len() - 1].contains('.')
                    && (SENTENCE_OPENERS_AFTER_INITIALISM.contains(&next.lower.as_str())
                        && next.is_capitalised(text)
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
    use crate::extract::quotes::pair_quotes;
    use crate::extract::tokens::tokenize;

    fn split(text: &str) -> Vec<String> {
        let mut out = Vec::new();
        for para in paragraphs(text) {
            let quotes = pair_quotes(text, para);
            let tokens = tokenize(text, para, &quotes);
            for s in sentences(text, &tokens, &quotes) {
                let span = Span::new(tokens[s.start].span.start, tokens[s.end - 1].span.end);
                out.push(span.of(text).to_string());
            }
        }
        out
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
    fn blank_and_crlf_lines_are_skipped() {
        let text = "a\r\n\r\n \u{a0}\nb";
        let paras: Vec<&str> = paragraphs(text).map(|p| p.of(text)).collect();
        assert_eq!(paras, vec!["a", "b"]);
    }
}
