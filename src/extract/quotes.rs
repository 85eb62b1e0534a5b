//! Pairs quotation marks inside one paragraph.
//!
//! Scraped news mixes straight and curly double quotes, leaves marks unbalanced, and uses
//! apostrophe-like marks inside transliterated names. Pairing is done per paragraph, so a stray
//! mark can at worst mislead its own paragraph and never the rest of the document.
//!
//! Curly single quotes (‘…’) are quotation marks too when they stand outside every double
//! quotation, as British copy writes them: ‘…’ opens after a space or at the paragraph start and
//! closes before a space or punctuation, so the apostrophes of "wouldn’t" and "Ta‘ifa" never
//! pair, and a name like "Ibn ‘Umar" (a capitalised word, a space, a mark, a capital) is not an
//! opening. Inside a double quotation a single-quoted passage is a quote within a quote and
//! opens nothing. Straight single quotes stay apostrophes: they are too ambiguous.
//!
//! Two straight apostrophes ('') are one double quotation mark: plain-text exports of some
//! newspapers and wire archives write every quotation that way, and TeX-style copy closes with
//! them. A pair of apostrophes never occurs inside an English word, so this costs nothing.

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
        // "“Not now,“ he said": an opening mark typed for a closing one, right after the
        // quotation's last punctuation and before a space.
        '“' if closes_after_punctuation(text, pos, c) => Some(Direction::Close),
        '“' | '„' | '«' => Some(Direction::Open),
        '”' | '»' => Some(Direction::Close),
        '"' => {
            let before = text[..pos].chars().next_back();
            // A straight quote after a space, an opening bracket or at the paragraph start opens.
            let opens = match before {
                None => true,
                Some(b) => {
                    b.is_whitespace() || matches!(b, '(' | '[' | '—' | '―' | '–' | '-' | '\u{feff}')
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

/// True when the mark `c` at `pos` follows sentence or clause punctuation directly and a space
/// or the end of the text follows it.
fn closes_after_punctuation(text: &str, pos: usize, c: char) -> bool {
    let before = text[..pos].chars().next_back();
    let after = text[pos + c.len_utf8()..].chars().next();
    matches!(before, Some(',' | '.' | '?' | '!')) && after.is_none_or(char::is_whitespace)
}

/// True for characters that are double quotation marks of any style.
pub fn is_double_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»')
}

/// Pairs the quotation marks of the paragraph `text[para.start..para.end]`, in order: the
/// double quotes first, then the curly single quotes that stand outside them.
///
/// An opening mark that finds no closing mark before the paragraph end runs to the end of the
/// paragraph (the news convention for quotes continued in the next paragraph); a closing mark
/// with nothing open is ignored. An unclosed single quote counts only when it opens the
/// paragraph, as a continued quotation does.
pub fn pair_quotes(text: &str, para: Span) -> Vec<Quote> {
    let doubles = pair_double_quotes(text, para);
    if !text[para.start..para.end].contains('‘') {
        return doubles;
    }
    let singles = pair_single_quotes(text, para, &doubles);
    if singles.is_empty() {
        return doubles;
    }
    let mut all = Vec::with_capacity(doubles.len() + singles.len());
    let (mut d, mut g) = (
        doubles.into_iter().peekable(),
        singles.into_iter().peekable(),
    );
    loop {
        let take_double = match (d.peek(), g.peek()) {
            (Some(a), Some(b)) => a.open < b.open,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        all.extend(if take_double { d.next() } else { g.next() });
    }
    all
}

/// Byte length of the quotation mark at `pos`: two for a doubled apostrophe, else one char.
pub fn mark_len(text: &str, pos: usize) -> usize {
    if text[pos..].starts_with("''") {
        2
    } else {
        text[pos..].chars().next().map_or(1, char::len_utf8)
    }
}

fn quote(text: &str, open: usize, close: Option<usize>, end: usize) -> Quote {
    let inner_start = open + mark_len(text, open);
    Quote {
        open,
        close,
        inner: Span::new(inner_start, end.max(inner_start)),
    }
}

/// The characters of `slice` (with their offsets) that may be double quotation marks or
/// apostrophes: only those starting with one of the bytes such marks start with are decoded,
/// since pairing runs over every paragraph and most characters are plain letters.
fn double_quote_candidates(slice: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    // '"' and '\'' are ASCII; '“', '”' and '„' start with 0xE2, '«' and '»' with 0xC2. Both
    // are lead bytes, so every candidate offset is a character boundary. A SIMD search finds
    // the first three; 0xC2 also starts the no-break space, so guillemets get a search of their
    // own, and the two runs of offsets are merged in order.
    let bytes = slice.as_bytes();
    let guillemets = memchr::memchr_iter(0xC2, bytes)
        .filter(|&i| matches!(bytes.get(i + 1), Some(0xAB | 0xBB)))
        .peekable();
    let others = memchr::memchr3_iter(b'"', b'\'', 0xE2, bytes).peekable();
    merge_sorted(others, guillemets)
        .filter_map(|offset| slice[offset..].chars().next().map(|c| (offset, c)))
}

/// The offsets of two ascending runs, in ascending order.
fn merge_sorted(
    mut a: std::iter::Peekable<impl Iterator<Item = usize>>,
    mut b: std::iter::Peekable<impl Iterator<Item = usize>>,
) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || match (a.peek(), b.peek()) {
        (Some(x), Some(y)) if y < x => b.next(),
        (Some(_), _) => a.next(),
        (None, _) => b.next(),
    })
}

fn pair_double_quotes(text: &str, para: Span) -> Vec<Quote> {
    let mut quotes = Vec::new();
    let mut pending: Option<usize> = None;
    let slice = &text[para.start..para.end];
    let mut skip_to = 0usize;
    for (offset, c) in double_quote_candidates(slice) {
        if offset < skip_to {
            continue;
        }
        let mut pos = para.start + offset;
        let dir = if c == '\'' {
            // A run of apostrophes: its first two open a quotation, its last two close one
            // ("''He said 'no.'''").
            let run = slice[offset..].bytes().take_while(|&b| b == b'\'').count();
            skip_to = offset + run;
            if run < 2 {
                continue;
            }
            let dir = direction(text, pos, '"');
            if dir == Some(Direction::Close) {
                pos += run - 2;
            }
            dir
        } else {
            direction(text, pos, c)
        };
        let Some(mut dir) = dir else {
            continue;
        };
        // "... 'above the law,' " said Roe": a straight mark after a space closes the open
        // quotation when no word follows it (an opening mark stands before its first word).
        let after = text[pos + c.len_utf8()..para.end].chars().next();
        if c == '"'
            && dir == Direction::Open
            && pending.is_some()
            && after.is_none_or(|a| a.is_whitespace() || matches!(a, ',' | '.' | ';' | ':'))
        {
            dir = Direction::Close;
        }
        match (dir, pending) {
            (Direction::Open, _) => pending = Some(pos),
            (Direction::Close, Some(open)) => {
                quotes.push(quote(text, open, Some(pos), pos));
                pending = None;
            }
            (Direction::Close, None) => {}
        }
    }
    if let Some(open) = pending {
        let end = para.start + text[para.start..para.end].trim_end().len();
        let q = quote(text, open, None, end);
        if q.inner.start < end {
            quotes.push(q);
        }
    }
    quotes
}

/// True when a curly opening single quote at `pos` opens a quotation.
fn single_opens(text: &str, para: Span, pos: usize) -> bool {
    let before = text[para.start..pos].chars().next_back();
    let after = text[pos + '‘'.len_utf8()..para.end].chars().next();
    let Some(after) = after.filter(|c| c.is_alphanumeric() || matches!(c, '…' | '.')) else {
        return false;
    };
    match before {
        None => true,
        Some('(' | '[' | '—' | '―' | '–' | '-' | ':' | '\u{feff}') => true,
        Some(b) if b.is_whitespace() => {
            // "Ibn ‘Umar": a mark between a capitalised word and a capital is part of a name.
            let word = text[para.start..pos].trim_end();
            let prev_word = word
                .rsplit(|c: char| c.is_whitespace())
                .next()
                .unwrap_or("");
            let prev_capitalised = prev_word.chars().next().is_some_and(char::is_uppercase);
            !(prev_capitalised && after.is_uppercase())
        }
        Some(_) => false,
    }
}

/// True when a curly closing single quote at `pos` may close an open quotation.
fn single_closes(text: &str, para: Span, pos: usize) -> bool {
    let before = text[para.start..pos].chars().next_back();
    let after = text[pos + '’'.len_utf8()..para.end].chars().next();
    before.is_some_and(|b| !b.is_whitespace()) && !after.is_some_and(char::is_alphanumeric)
}

/// Curly single quotations outside the double quotations `doubles` (sorted, disjoint).
fn pair_single_quotes(text: &str, para: Span, doubles: &[Quote]) -> Vec<Quote> {
    let mut quotes = Vec::new();
    let mut pending: Option<usize> = None;
    let mut next_double = 0usize;
    for (offset, c) in text[para.start..para.end].char_indices() {
        if c != '‘' && c != '’' {
            continue;
        }
        let pos = para.start + offset;
        // Skip the double quotations that end before this mark; a mark inside one is nested.
        while next_double < doubles.len()
            && doubles[next_double].close.is_some_and(|close| close < pos)
        {
            next_double += 1;
        }
        let inside_double = doubles
            .get(next_double)
            .is_some_and(|d| d.open < pos && d.close.is_none_or(|close| pos < close));
        if inside_double {
            continue;
        }
        // A double quotation opening after a pending single one ends it unclosed: drop it.
        if let Some(open) = pending
            && doubles
                .get(next_double)
                .is_some_and(|d| open < d.open && d.open < pos)
        {
            pending = None;
        }
        match (c, pending) {
            ('‘', None) if single_opens(text, para, pos) => pending = Some(pos),
            ('’', Some(open)) if single_closes(text, para, pos) => {
                quotes.push(quote(text, open, Some(pos), pos));
                pending = None;
            }
            _ => {}
        }
    }
    if let Some(open) = pending {
        let starts_paragraph = text[para.start..open].chars().all(super::tokens::is_space);
        let unclosed_double_after = doubles.iter().any(|d| d.open > open);
        let end = para.start + text[para.start..para.end].trim_end().len();
        let q = quote(text, open, None, end);
        if starts_paragraph && !unclosed_double_after && q.inner.start < end {
            quotes.push(q);
        }
    }
    quotes
}

/// True for the marks that the tokeniser must check against the paired quotations.
pub fn is_quote_mark(c: char) -> bool {
    is_double_quote(c) || c == '‘' || c == '’'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_candidates_come_in_text_order_whichever_search_found_them() {
        let text = "«a» said\u{a0}“b” 'c' \"d\" » ok";
        let found: Vec<char> = double_quote_candidates(text).map(|(_, c)| c).collect();
        assert_eq!(found, ['«', '»', '“', '”', '\'', '\'', '"', '"', '»']);
        let offsets: Vec<usize> = double_quote_candidates(text).map(|(o, _)| o).collect();
        assert!(offsets.windows(2).all(|w| w[0] < w[1]), "{offsets:?}");
    }

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
    fn an_opening_mark_typed_after_the_last_punctuation_closes() {
        let text = "“Not now,“ he said. “Later.”";
        assert_eq!(inner_texts(text), vec!["Not now,", "Later."]);
        // Before a word it still opens: "said,“Yes”".
        let text = "He said,“Yes.”";
        assert_eq!(inner_texts(text), vec!["Yes."]);
    }

    #[test]
    fn apostrophes_and_nested_single_quotes_are_not_quotes() {
        let text = "The Ta’ifa group’s line, “he said ‘no’ to it,” Ibn ‘Umar’s man said.";
        assert_eq!(inner_texts(text), vec!["he said ‘no’ to it,"]);
    }

    #[test]
    fn curly_single_quotes_outside_double_quotes_are_quotes() {
        let text = "‘I’m not going to talk about it,’ he said, calling the fee ‘very close’.";
        assert_eq!(
            inner_texts(text),
            vec!["I’m not going to talk about it,", "very close"]
        );
        // A continued quotation opens its paragraph and runs unclosed to its end.
        assert_eq!(inner_texts("‘We need goals. "), vec!["We need goals."]);
        // An unclosed single quote elsewhere is an apostrophe.
        assert!(inner_texts("The clubs’ fans and ‘the players").is_empty());
        let text = "“Yes,” said ‘Ali, “and ‘no’.”";
        assert_eq!(inner_texts(text), vec!["Yes,", "and ‘no’."]);
    }

    #[test]
    fn unclosed_quote_runs_to_paragraph_end() {
        let text = "“We will continue the fight. ";
        assert_eq!(inner_texts(text), vec!["We will continue the fight."]);
    }

    #[test]
    fn doubled_apostrophes_are_double_quotes() {
        let text = "''We won,'' she said of the ''big'' day. ''It's over. I said 'no.'''";
        assert_eq!(
            inner_texts(text),
            vec!["We won,", "big", "It's over. I said 'no.'"]
        );
        // One apostrophe stays an apostrophe.
        assert!(inner_texts("the players' union's view").is_empty());
    }

    #[test]
    fn straight_mark_after_a_space_closes_before_no_word() {
        let text = "\"She will be 'above the law,' \" said Roe. \"Next.\"";
        assert_eq!(
            inner_texts(text),
            vec!["She will be 'above the law,' ", "Next."]
        );
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
