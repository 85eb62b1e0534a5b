//! Pairs quotation marks inside one paragraph.
//!
//! Scraped news mixes straight and curly double quotes, leaves marks unbalanced, and uses
//! apostrophe-like marks inside transliterated names. Pairing is done per paragraph, so a stray
//! mark can at worst mislead its own paragraph and never the rest of the document. Single quotes
//! are not treated as quotation marks: in news copy they are mostly apostrophes, quotes inside
//! quotes, or headline quotes, and none of those open a new attribution.

use crate::model::Span;

/// One paired quotation: `open` and `close` are the byte positions of the marks (`close` is
/// `None` when the quote runs unclosed to the end of the paragraph).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    pub open: usize,
    pub close: Option<usize>,
    /// The text between the marks.
    pub inner: Span,
}

/// How a double quote mark behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Open,
    Close,
}

/// The direction of a double quote mark at `pos`, or `None` when `c` is not a double quote.
fn direction(text: &str, pos: usize, c: char) -> Option<Direction> {
    match c {
        '“' | '„' | '«' => Some(Direction::Open),
        '”' | '»' => Some(Direction::Close),
        '"' => {
            let before = text[..pos].chars().next_back();
            // A straight quote after a space, an opening bracket or at the paragraph start opens.
            let opens = match before {
                None => true,
                Some(b) => {
                    b.is_whitespace() || matches!(b, '(' | '[' | '—' | '–' | '-' | '\u{feff}')
                }
            };
            Some(if opens {
                Direction::Open
            } else {
                Direction::Close
            })
        }
        _ => None,
    }
}

/// True for characters that are double quotation marks of any style.
pub fn is_double_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»')
}

/// Pairs the double quotes of the paragraph `text[para.start..para.end]`, in order.
///
/// An opening mark that finds no closing mark before the paragraph end runs to the end of the
/// paragraph (the news convention for quotes continued in the next paragraph); a closing mark
/// with nothing open is ignored.
pub fn pair_quotes(text: &str, para: Span) -> Vec<Quote> {
    let mut quotes = Vec::new();
    let mut pending: Option<usize> = None;
    for (offset, c) in text[para.start..para.end].char_indices() {
        let pos = para.start + offset;
        let Some(dir) = direction(text, pos, c) else {
            continue;
        };
        match (dir, pending) {
            (Direction::Open, _) => pending = Some(pos),
            (Direction::Close, Some(open)) => {
                let inner_start = open + text[open..].chars().next().map_or(1, char::len_utf8);
                quotes.push(Quote {
                    open,
                    close: Some(pos),
                    inner: Span::new(inner_start, pos),
                });
                pending = None;
            }
            (Direction::Close, None) => {}
        }
    }
    if let Some(open) = pending {
        let inner_start = open + text[open..].chars().next().map_or(1, char::len_utf8);
        let end = para.start + text[para.start..para.end].trim_end().len();
        if inner_start < end {
            quotes.push(Quote {
                open,
                close: None,
                inner: Span::new(inner_start, end),
            });
        }
    }
    quotes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner_texts(text: &str) -> Vec<&str> {
        pair_quotes(text, Span::new(0, text.len()))
            .iter()
            .map(|q| q.inner.of(text))
            .collect()
    }

    #[test]
    fn pairs_straight_and_curly_quotes() {
        let text = "\"Yes,\" she said. “No,” he said.";
        assert_eq!(inner_texts(text), vec!["Yes,", "No,"]);
    }

    #[test]
    fn apostrophes_and_single_quotes_are_not_quotes() {
        let text = "The Ta’ifa group’s ‘new’ line, “he said it,” she said.";
        assert_eq!(inner_texts(text), vec!["he said it,"]);
    }

    #[test]
    fn unclosed_quote_runs_to_paragraph_end() {
        let text = "“We will continue the fight. ";
        assert_eq!(inner_texts(text), vec!["We will continue the fight."]);
    }

    #[test]
    fn stray_closing_mark_is_ignored() {
        let text = "Kata\"ib said ”so“ and “yes”";
        assert_eq!(inner_texts(text), vec!["yes"]);
    }

    #[test]
    fn only_quote_marks() {
        let text = "\"\"\"\"\"“”";
        let quotes = pair_quotes(text, Span::new(0, text.len()));
        for q in quotes {
            assert!(text.is_char_boundary(q.inner.start) && text.is_char_boundary(q.inner.end));
        }
    }
}
