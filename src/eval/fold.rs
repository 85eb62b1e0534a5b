//! The comparisons the reference scorer (`attr_eval.py`) makes, byte for byte: name folding,
//! span overlap and exact-span trimming. They live apart so that every figure `eval` prints
//! can be checked against that script's to the last digit.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::canonical_combining_class;

/// Folds a name as the reference scorer does: compatibility-decomposed, accents dropped,
/// lowercased, an "al-"/"el-" at the start of a word dropped, and every run of characters other
/// than ASCII letters and digits read as one space ("U.S." folds to "u s").
pub fn fold(name: &str) -> String {
    let chars: Vec<char> = name
        .nfkd()
        .filter(|&c| canonical_combining_class(c) == 0)
        .flat_map(char::to_lowercase)
        .collect();
    let mut out = String::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let starts_word = i == 0 || !is_regex_word(chars[i - 1]);
        if starts_word && matches!(chars.get(i..i + 3), Some(['a' | 'e', 'l', '-'])) {
            i += 3;
            continue;
        }
        let c = chars[i];
        out.push(if c.is_ascii_lowercase() || c.is_ascii_digit() {
            c
        } else {
            ' '
        });
        i += 1;
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// [`fold`] of a field that may be absent; absent stays absent (and equals only absent).
pub fn fold_opt(name: Option<&str>) -> Option<String> {
    name.map(fold)
}

/// What Python's `\w` matches in a `str` pattern, for the word boundary before "al-".
fn is_regex_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Dice overlap of two byte spans: 2·|A∩B| / (|A|+|B|), 0 when both are empty. Signed, as in
/// the reference, so that a malformed span scores instead of panicking.
pub fn dice(a: (usize, usize), b: (usize, usize)) -> f64 {
    let (a0, a1, b0, b1) = (a.0 as i64, a.1 as i64, b.0 as i64, b.1 as i64);
    let overlap = (a1.min(b1) - a0.max(b0)).max(0);
    let total = match (a1 - a0) + (b1 - b0) {
        0 => 1,
        t => t,
    };
    (2 * overlap) as f64 / total as f64
}

/// Bytes the content-exact figure ignores at either end of a span: blanks, straight quotes,
/// `.,;:` and every byte of the UTF-8 curly quotes (the reference trims bytes, not characters).
const TRIM: &[u8] = b" \t\r\n\"'.,;:\xe2\x80\x9c\x9d\x98\x99";

/// The span with the [`TRIM`] bytes cut from both ends.
pub fn exact_span(data: &[u8], span: (usize, usize)) -> (usize, usize) {
    let (mut s, mut e) = span;
    let trimmed = |i: usize| data.get(i).is_some_and(|b| TRIM.contains(b));
    while s < e && trimmed(s) {
        s += 1;
    }
    while e > s && trimmed(e - 1) {
        e -= 1;
    }
    (s, e)
}

/// Every occurrence of `needle` in `hay`, as byte ranges (overlapping occurrences included).
pub fn occurrences(hay: &str, needle: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if needle.is_empty() {
        return out;
    }
    let mut from = 0;
    while let Some(i) = hay[from..].find(needle) {
        let start = from + i;
        out.push((start, start + needle.len()));
        from = start + hay[start..].chars().next().map_or(1, char::len_utf8);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_fold_as_the_reference_scorer_folds_them() {
        assert_eq!(fold("Nuri al-Maliki"), "nuri maliki");
        assert_eq!(fold("Al-Maliki"), "maliki");
        assert_eq!(fold("(el-Sisi)"), "sisi");
        assert_eq!(fold("Jamal-Khan"), "jamal khan");
        assert_eq!(fold("José  Ramos-Horta."), "jose ramos horta");
        assert_eq!(fold("U.S."), "u s");
        assert_eq!(fold("Zoë Ängström"), "zoe angstrom");
        assert_eq!(fold("\u{fb01}nance"), "finance");
        // Letters outside ASCII that do not decompose are dropped, and a letter before "al-"
        // means it does not start a word.
        assert_eq!(fold("øal-x"), "al x");
        assert_eq!(fold("محمد العلي"), "");
        assert_ne!(fold("Nuri al-Maliki"), fold("Nuri Maliky"));
    }

    #[test]
    fn dice_overlap() {
        assert_eq!(dice((0, 10), (0, 10)), 1.0);
        assert_eq!(dice((0, 10), (5, 15)), 0.5);
        assert_eq!(dice((0, 10), (10, 20)), 0.0);
        assert_eq!(dice((3, 3), (3, 3)), 0.0);
        assert!(dice((0, 3), (0, 12)) < 0.5);
    }

    #[test]
    fn exact_spans_trim_quotes_blanks_and_punctuation_bytes() {
        let text = "\u{201c}Yes, we will.\u{201d} \u{2014}x";
        let data = text.as_bytes();
        assert_eq!(exact_span(data, (0, data.len() - 4)), (3, 15));
        // An em dash loses its first two bytes, as the reference's byte set implies.
        assert_eq!(
            exact_span(data, (data.len() - 4, data.len())),
            (data.len() - 2, data.len())
        );
        assert_eq!(exact_span(data, (1, 1)), (1, 1));
    }
}
