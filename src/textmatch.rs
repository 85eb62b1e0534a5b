//! Finds a user's quotation in a document even when its typography differs.
//!
//! People copy claims out of articles through browsers, editors and terminals that turn curly
//! quotes straight, dashes into hyphens and U+00A0 into spaces. We match on a folded form of
//! both texts and map the match back to the document's real byte span, so the stored span always
//! covers the document's own bytes.

use crate::model::Span;

/// The folded form of a text, with the original byte range of every folded char.
struct Folded {
    text: String,
    /// For each char of `text`, in order: its folded byte offset and the original span it covers.
    chars: Vec<(usize, Span)>,
}

fn fold_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' | '`' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}'
        | '\u{00BB}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => '-',
        c if c.is_whitespace() => ' ',
        c => c,
    }
}

fn fold(text: &str) -> Folded {
    let mut folded = Folded {
        text: String::with_capacity(text.len()),
        chars: Vec::new(),
    };
    for (offset, c) in text.char_indices() {
        let end = offset + c.len_utf8();
        let c = fold_char(c);
        if c == ' ' && folded.text.ends_with(' ') {
            // A run of white space folds to one space covering the whole run.
            if let Some(last) = folded.chars.last_mut() {
                last.1.end = end;
            }
            continue;
        }
        folded
            .chars
            .push((folded.text.len(), Span::new(offset, end)));
        folded.text.push(c);
    }
    folded
}

/// Every span of `haystack` that matches `needle` exactly, or failing that after folding
/// typography (quote marks, dashes, Unicode spaces, runs of white space). Empty for an empty
/// needle.
pub fn find_all(haystack: &str, needle: &str) -> Vec<Span> {
    let needle = needle.trim();
    if needle.is_empty() {
        return Vec::new();
    }
    let exact: Vec<Span> = haystack
        .match_indices(needle)
        .map(|(start, m)| Span::new(start, start + m.len()))
        .collect();
    if !exact.is_empty() {
        return exact;
    }
    let folded_haystack = fold(haystack);
    let folded_needle = fold(needle).text;
    let mut spans = Vec::new();
    for (start, m) in folded_haystack.text.match_indices(&folded_needle) {
        let first = folded_haystack.chars.partition_point(|(at, _)| *at < start);
        let last = folded_haystack
            .chars
            .partition_point(|(at, _)| *at < start + m.len())
            - 1;
        spans.push(Span::new(
            folded_haystack.chars[first].1.start,
            folded_haystack.chars[last].1.end,
        ));
    }
    spans
}

/// The occurrence of `needle` nearest to `anchor` (e.g. a source near its claim's content).
pub fn find_near(haystack: &str, needle: &str, anchor: Span) -> Option<Span> {
    find_all(haystack, needle).into_iter().min_by_key(|span| {
        if span.end <= anchor.start {
            anchor.start - span.end
        } else {
            span.start.saturating_sub(anchor.end)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_match_wins() {
        let text = "He said \u{201C}no\u{201D} and then said \"no\".";
        let spans = find_all(text, "\"no\"");
        assert_eq!(
            spans.len(),
            1,
            "the curly pair is not needed when an exact match exists"
        );
        assert_eq!(spans[0].start, text.rfind('"').unwrap() - 3);
    }

    #[test]
    fn folds_curly_quotes_dashes_and_spaces() {
        let text = "the minister\u{00A0}said it was \u{201C}a well\u{2013}known  fact\u{201D}";
        let spans = find_all(text, "said it was \"a well-known fact\"");
        assert_eq!(spans.len(), 1);
        assert_eq!(
            spans[0].of(text),
            "said it was \u{201C}a well\u{2013}known  fact\u{201D}"
        );
    }

    #[test]
    fn no_match_and_empty_needle() {
        assert!(find_all("some text", "other").is_empty());
        assert!(find_all("some text", "  ").is_empty());
    }

    #[test]
    fn nearest_occurrence_to_the_anchor() {
        let text = "Smith said A. Jones said B. Smith said C.";
        let c = find_all(text, "C").pop().unwrap();
        assert_eq!(find_near(text, "Smith", c).unwrap().start, 28);
    }
}
