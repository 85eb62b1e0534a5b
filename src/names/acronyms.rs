//! Acronym definitions in running text: "Islamic Revolutionary Guard Corps (IRGC)" says that the
//! acronym and its expansion name one organisation, so that a speaker quoted under one is found
//! under the other. An acronym is accepted only when the words before the parenthesis spell it
//! by their initials; every search is bounded, so the work stays linear in the text.

use super::typography;
use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// An acronym defined in running text, as in "Islamic Revolutionary Guard Corps (IRGC)".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AcronymDefinition {
    /// The acronym as written between the parentheses.
    pub acronym: String,
    /// The expansion as written before the parentheses, from its first matching word.
    pub expansion: String,
    /// Byte range of the whole "Expansion (ACR)" in the text.
    pub span: (usize, usize),
}

/// Longest parenthesised text considered as an acronym, in characters.
const MAX_ACRONYM_CHARS: usize = 12;
/// How far back from "(" an expansion may start, in characters; bounds the work per "(".
const MAX_EXPANSION_CHARS: usize = 200;

/// Words that may sit inside an expansion without contributing a letter ("Islamic State of Iraq
/// and the Levant"). "Ahl" is not among them: it gives the second A of AAH.
const SMALL_WORDS: &[&str] = &[
    "of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "by", "with", "de", "des", "du",
    "la", "le", "les", "al", "el", "ad", "ar", "as", "ash", "az", "bin", "ibn", "&",
];

/// Finds "Expansion (ACR)" definitions whose expansion's initials spell the acronym.
///
/// The acronym must be a single word of up to 12 characters with at least two capitals and
/// more capitals than small letters ("IRGC", "MoD", "NGOs"). The expansion is the run of words
/// just before the parenthesis, within the same clause, whose content words are capitalised and
/// whose initials spell the acronym in order; small words ("of", "the", "al-") may be skipped.
pub fn acronym_definitions(text: &str) -> Vec<AcronymDefinition> {
    let mut definitions = Vec::new();
    for (open, _) in text.match_indices('(') {
        let inside = &text[open + 1..];
        let Some((close_offset, _)) = inside
            .char_indices()
            .take(MAX_ACRONYM_CHARS + 1)
            .find(|(_, c)| *c == ')')
        else {
            continue;
        };
        let acronym = &inside[..close_offset];
        let Some(letters) = acronym_letters(acronym) else {
            continue;
        };
        let window_start = expansion_window_start(text, open);
        let words = words_with_offsets(&text[window_start..open], window_start);
        let Some(start) = match_expansion(&letters, &words, true) else {
            continue;
        };
        let (Some(first), Some(last)) = (words.get(start), words.last()) else {
            continue;
        };
        definitions.push(AcronymDefinition {
            acronym: acronym.to_string(),
            expansion: text[first.start..last.end].to_string(),
            span: (first.start, open + 1 + close_offset + 1),
        });
    }
    definitions
}

/// Whether the initials of `expansion`'s words spell `acronym` (case-insensitive, small words
/// such as "of", "the" and "al-" may be skipped).
pub fn is_acronym_of(acronym: &str, expansion: &str) -> bool {
    let letters: Vec<char> = acronym
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    let words = words_with_offsets(expansion, 0);
    // Real acronyms are short; the caps keep the letters-by-words search linear in the input.
    if letters.is_empty()
        || letters.len() > MAX_ACRONYM_CHARS
        || words.len() > 4 * MAX_ACRONYM_CHARS
    {
        return false;
    }
    let spelled = |letters: &[char]| {
        match_expansion(letters, &words, false)
            .is_some_and(|start| words[..start].iter().all(|w| w.is_small))
    };
    spelled(&letters)
        || letters.len() > 2
            && letters.last() == Some(&'s')
            && spelled(&letters[..letters.len() - 1])
}

/// The letters an acronym candidate must spell, or `None` if it does not look like an acronym.
/// A trailing plural "s" is dropped.
fn acronym_letters(candidate: &str) -> Option<Vec<char>> {
    let first = candidate.chars().next()?;
    let allowed = |c: char| c.is_alphanumeric() || matches!(c, '-' | '&' | '.');
    let capitals = candidate.chars().filter(|c| c.is_uppercase()).count();
    let smalls = candidate.chars().filter(|c| c.is_lowercase()).count();
    if !first.is_uppercase()
        || !candidate.chars().all(allowed)
        || capitals < 2
        || smalls >= capitals
    {
        return None;
    }
    let mut letters: Vec<char> = candidate
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    if candidate.ends_with('s') && letters.len() > 2 {
        letters.pop();
    }
    Some(letters)
}

/// Where the clause before the "(" at `open` begins, at most MAX_EXPANSION_CHARS back.
fn expansion_window_start(text: &str, open: usize) -> usize {
    let mut start = open;
    for (i, c) in text[..open].char_indices().rev().take(MAX_EXPANSION_CHARS) {
        let inside_expansion = c.is_alphanumeric()
            || c.is_whitespace()
            || matches!(c, '-' | '&')
            // Quoted expansions occur: "the so-called “Rapid Support Forces” (RSF)".
            || matches!(typography(c), Some("'" | "\""));
        if !inside_expansion {
            break;
        }
        start = i;
    }
    start
}

struct Word {
    start: usize,
    end: usize,
    initial: char,
    is_capitalised: bool,
    is_small: bool,
}

/// Words split at white space and hyphens, with byte offsets shifted by `base`.
fn words_with_offsets(text: &str, base: usize) -> Vec<Word> {
    let mut words = Vec::new();
    let mut word_start: Option<usize> = None;
    let boundary =
        |c: char| c.is_whitespace() || c == '-' || matches!(typography(c), Some("-" | "\""));
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (boundary(c), word_start) {
            (true, Some(start)) => {
                if let Some(word) = make_word(&text[start..i], base + start) {
                    words.push(word);
                }
                word_start = None;
            }
            (false, None) => word_start = Some(i),
            _ => {}
        }
    }
    words
}

fn make_word(word: &str, start: usize) -> Option<Word> {
    // Quote marks around a word ("‘Popular") are not part of it.
    let is_word_char = |c: char| c.is_alphanumeric() || c == '&';
    let trimmed_front = word.trim_start_matches(|c: char| !is_word_char(c));
    let start = start + (word.len() - trimmed_front.len());
    let word = trimmed_front.trim_end_matches(|c: char| !is_word_char(c));
    let first = word.chars().next()?;
    let mut initial = first;
    decompose_compatible(first, |d| {
        if initial == first && !is_combining_mark(d) {
            initial = d;
        }
    });
    let initial = initial.to_lowercase().next().unwrap_or(initial);
    let lower = word.to_lowercase();
    Some(Word {
        start,
        end: start + word.len(),
        initial,
        is_capitalised: first.is_uppercase() || first.is_numeric(),
        is_small: SMALL_WORDS.contains(&lower.as_str()),
    })
}

/// Index of the word that starts an expansion ending at the last word and spelling `letters`.
///
/// Every word from there on is either used for the next letter or a skipped small word; the
/// last word must be used. Skipping a small word is tried before using it, so that "Jamaat Ahl
/// al-Sunna" spells JAS from "Jamaat" rather than from "Ahl al". Failed states are remembered, so
/// the work is bounded by letters times words.
fn match_expansion(letters: &[char], words: &[Word], require_capitals: bool) -> Option<usize> {
    if letters.is_empty() || words.is_empty() {
        return None;
    }
    let mut failed = vec![false; (letters.len() + 1) * (words.len() + 1)];
    let last = words.len() - 1;
    if !can_use(&words[last], letters[letters.len() - 1], require_capitals) {
        return None;
    }
    search(
        letters.len() - 1,
        last,
        letters,
        words,
        require_capitals,
        &mut failed,
    )
}

/// Matches `letters[..letters_left]` against words before `words_left`, with an explicit stack
/// so that long inputs cannot overflow the call stack.
fn search(
    letters_left: usize,
    words_left: usize,
    letters: &[char],
    words: &[Word],
    require_capitals: bool,
    failed: &mut [bool],
) -> Option<usize> {
    let width = words.len() + 1;
    // Each frame: (letters still to match, words still available, next option to try).
    let mut stack: Vec<(usize, usize, u8)> = vec![(letters_left, words_left, 0)];
    while let Some(frame) = stack.last_mut() {
        let (l, w, option) = *frame;
        frame.2 += 1;
        if l == 0 {
            // The word just used for letters[0] starts the expansion.
            return Some(w);
        }
        if w == 0 || failed[l * width + w] {
            stack.pop();
            continue;
        }
        let word = &words[w - 1];
        match option {
            0 if word.is_small => stack.push((l, w - 1, 0)),
            1 if can_use(word, letters[l - 1], require_capitals) => stack.push((l - 1, w - 1, 0)),
            0 | 1 => {}
            _ => {
                failed[l * width + w] = true;
                stack.pop();
            }
        }
    }
    None
}

fn can_use(word: &Word, letter: char, require_capitals: bool) -> bool {
    word.initial == letter && (!require_capitals || word.is_capitalised || word.is_small)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn acronyms_are_spelled_by_initials() {
        assert!(is_acronym_of(
            "ISIL",
            "Islamic State of Iraq and the Levant"
        ));
        assert!(is_acronym_of("MoD", "Ministry of Defence"));
        assert!(is_acronym_of(
            "irgc",
            "the Islamic Revolutionary Guard Corps"
        ));
        assert!(is_acronym_of("SDF", "Syrian Democratic Forces"));
        assert!(is_acronym_of("SDFs", "Syrian Democratic Forces"));
        assert!(!is_acronym_of("SDF", "Syrian Forces"));
        assert!(!is_acronym_of("", "Syrian Democratic Forces"));
        assert!(!is_acronym_of("SDF", ""));
    }

    #[test]
    fn acronym_definitions_report_expansion_and_span() {
        let text = "Fighters of the Syrian Democratic Forces (SDF) and the Islamic Revolutionary \
                    Guard Corps (IRGC) met; the so-called “Quds Force” (QF) did not.";
        let found = acronym_definitions(text);
        let summary: Vec<(&str, &str, &str)> = found
            .iter()
            .map(|d| {
                (
                    d.acronym.as_str(),
                    d.expansion.as_str(),
                    &text[d.span.0..d.span.1],
                )
            })
            .collect();
        assert_eq!(
            summary,
            vec![
                (
                    "SDF",
                    "Syrian Democratic Forces",
                    "Syrian Democratic Forces (SDF)"
                ),
                (
                    "IRGC",
                    "Islamic Revolutionary Guard Corps",
                    "Islamic Revolutionary Guard Corps (IRGC)"
                ),
                ("QF", "Quds Force", "Quds Force” (QF)"),
            ]
        );
    }

    #[test]
    fn parenthesised_names_and_lowercase_words_are_not_acronyms() {
        assert!(acronym_definitions("the Islamic State (Daesh) and (ISIS)").is_empty());
        assert!(acronym_definitions("we cannot allow hope (CAH)").is_empty());
        assert!(acronym_definitions("Syrian Democratic Forces. (SDF)").is_empty());
    }

    #[test]
    fn acronym_search_survives_odd_input() {
        let long = "A ".repeat(10_000) + "(AAAAAAAAAA)";
        for text in [
            "",
            "(",
            ")(",
            "(()",
            "((((((((((",
            "ÉÉ (ÉÉ)",
            "مرحبا (AB)",
            "😀 😀 (😀)",
            "Aa\u{0301} Bb (AB",
            long.as_str(),
        ] {
            for definition in acronym_definitions(text) {
                assert!(text.get(definition.span.0..definition.span.1).is_some());
            }
        }
    }
}
