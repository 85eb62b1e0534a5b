//! What the text says around and inside a claim's span: the sentence it stands in (to list a
//! claim with its context, as the audit does on the command line and the web page) and whether
//! quote marks make it a direct quote (the kind of a claim added by hand, from the command line
//! or by selecting text on the article page). Shared here so both front ends say the same.

use crate::model::{ClaimKind, Span};

/// The sentence around a span: back to the last sentence end or line break, forward to the
/// next, within a bounded window so a text without punctuation costs no more than that.
pub fn sentence_around(text: &str, start: usize, end: usize) -> String {
    const WINDOW: usize = 600;
    let is_end = |c: char| matches!(c, '.' | '!' | '?' | '\n');
    let mut from = start.saturating_sub(WINDOW);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..start];
    let begin = before
        .char_indices()
        .rev()
        .find(|&(i, c)| is_end(c) && before[i + c.len_utf8()..].starts_with(char::is_whitespace))
        .map_or(from, |(i, c)| from + i + c.len_utf8());
    let mut to = (end + WINDOW).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let after = &text[end.min(to)..to];
    let finish = after
        .char_indices()
        .find(|&(i, c)| {
            is_end(c)
                && after[i + c.len_utf8()..]
                    .chars()
                    .next()
                    .is_none_or(char::is_whitespace)
        })
        .map_or(to, |(i, c)| end + i + c.len_utf8());
    text[begin..finish]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Direct when quote marks enclose the content, mixed when it holds a quoted part.
pub fn infer_kind(text: &str, content: Span) -> ClaimKind {
    let is_quote = crate::extract::is_double_quote;
    let before = text[..content.start].chars().next_back();
    let after = text[content.end..]
        .chars()
        .find(|c| !matches!(c, ',' | '.' | '?' | '!'));
    let inner = content.of(text);
    if before.is_some_and(is_quote) && after.is_some_and(is_quote) {
        ClaimKind::Direct
    } else if inner.chars().filter(|&c| is_quote(c)).count() >= 2 {
        ClaimKind::Mixed
    } else {
        ClaimKind::Indirect
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::textmatch;

    #[test]
    fn sentence_is_cut_at_sentence_ends() {
        let text = "First one. Officials said the road was closed. Then more.";
        let start = text.find("the road").unwrap();
        let end = start + "the road was closed".len();
        assert_eq!(
            sentence_around(text, start, end),
            "Officials said the road was closed."
        );
    }

    #[test]
    fn bounded_without_punctuation() {
        let text = "word ".repeat(10_000);
        let sentence = sentence_around(&text, 25_000, 25_004);
        assert!(sentence.len() < 1300);
    }

    #[test]
    fn kind_follows_the_quote_marks() {
        let text = "He said \u{201C}we will win,\u{201D} and that it was \"over\" now.";
        let direct = textmatch::find_all(text, "we will win").remove(0);
        assert_eq!(infer_kind(text, direct), ClaimKind::Direct);
        let mixed = textmatch::find_all(text, "it was \"over\" now").remove(0);
        assert_eq!(infer_kind(text, mixed), ClaimKind::Mixed);
        let indirect = textmatch::find_all(text, "He said").remove(0);
        assert_eq!(infer_kind(text, indirect), ClaimKind::Indirect);
    }
}
