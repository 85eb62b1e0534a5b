//! Finds where a document says that two names name one thing, so that a speaker quoted under
//! one name is found under the others.
//!
//! News copy introduces alternative names in a few fixed ways: an acronym after its expansion
//! ("Islamic Revolutionary Guard Corps (IRGC)"), another proper name in parentheses ("the
//! Islamic State group (Daesh al-Islamiya)"), and "called / known as / dubbed X or Y". Only
//! runs of capitalised words count as names, so ordinary parenthetical remarks are not taken
//! for names. Pure and linear in the text: every look is bounded.

use crate::names::acronym_definitions;

/// Two names a document gives for the same thing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameEquivalence {
    pub name: String,
    pub other: String,
    /// How the document says so: `acronym`, `parenthesis` or `also called`.
    pub evidence: &'static str,
}

/// Longest name considered, in characters; bounds the work per parenthesis or cue.
const MAX_NAME_CHARS: usize = 80;
/// Most words in a name.
const MAX_NAME_WORDS: usize = 6;
/// Phrases that introduce another name for what precedes them.
const ALSO_CALLED: &[&str] = &[
    "called",
    "known as",
    "dubbed",
    "also known as",
    "referred to as",
];

pub fn name_equivalences(text: &str) -> Vec<NameEquivalence> {
    let mut found: Vec<NameEquivalence> = acronym_definitions(text)
        .into_iter()
        .map(|d| NameEquivalence {
            name: d.expansion,
            other: d.acronym,
            evidence: "acronym",
        })
        .collect();
    found.extend(parenthesised_names(text));
    found.extend(also_called_names(text));
    found
}

/// Whether a word can be part of a proper name: capitalised, or an article or particle joined
/// to a capitalised word ("al-Sadr", "bin").
fn is_name_word(word: &str) -> bool {
    let word = word.trim_end_matches([',', '.', ';', ':']);
    let Some(first) = word.chars().next() else {
        return false;
    };
    if first.is_uppercase() {
        return word.chars().any(|c| c.is_lowercase()) || word.chars().count() > 1;
    }
    if let Some((particle, rest)) = word.split_once('-') {
        return matches!(particle, "al" | "el" | "ad" | "ar" | "as" | "ash" | "az")
            && rest.chars().next().is_some_and(char::is_uppercase);
    }
    matches!(word, "bin" | "ibn" | "al" | "el")
}

/// The words of `candidate`, if all of it is a proper name of two to six words.
fn whole_name(candidate: &str) -> Option<String> {
    let words: Vec<&str> = candidate.split_whitespace().collect();
    let acronym_only = words.len() == 1;
    if acronym_only || words.len() > MAX_NAME_WORDS || !words.iter().all(|w| is_name_word(w)) {
        return None;
    }
    if candidate.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(words.join(" "))
}

/// The run of name words that ends just before `end` (two to six words), if any.
fn name_ending_at(text: &str, end: usize) -> Option<String> {
    let mut from = end.saturating_sub(MAX_NAME_CHARS);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = text[from..end].trim_end();
    let words: Vec<&str> = window.split_whitespace().collect();
    let run: Vec<&str> = words
        .iter()
        .rev()
        .take_while(|w| is_name_word(w) && !w.ends_with([',', '.', ';', ':']))
        .copied()
        .collect();
    if run.len() < 2 || run.len() > MAX_NAME_WORDS {
        return None;
    }
    Some(run.into_iter().rev().collect::<Vec<_>>().join(" "))
}

/// The run of name words that starts at `start` (two to six words), if any.
fn name_starting_at(text: &str, start: usize) -> Option<String> {
    let mut to = (start + MAX_NAME_CHARS).min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let mut run = Vec::new();
    for word in text[start..to].split_whitespace() {
        let bare = word.trim_end_matches([',', '.', ';', ':']);
        if !is_name_word(bare) || run.len() == MAX_NAME_WORDS {
            break;
        }
        run.push(bare);
        if bare.len() != word.len() {
            break;
        }
    }
    (run.len() >= 2).then(|| run.join(" "))
}

/// "Popular Front (People's Army)": a name, then another in parentheses.
fn parenthesised_names(text: &str) -> Vec<NameEquivalence> {
    let mut found = Vec::new();
    for (open, _) in text.match_indices('(') {
        let inside = &text[open + 1..];
        let Some((close, _)) = inside
            .char_indices()
            .take(MAX_NAME_CHARS)
            .find(|(_, c)| *c == ')')
        else {
            continue;
        };
        let (Some(other), Some(name)) = (whole_name(&inside[..close]), name_ending_at(text, open))
        else {
            continue;
        };
        found.push(NameEquivalence {
            name,
            other,
            evidence: "parenthesis",
        });
    }
    found
}

/// "known as the Popular Front or People's Army": two names joined by "or" after such a cue,
/// with an acronym in parentheses allowed after the first.
fn also_called_names(text: &str) -> Vec<NameEquivalence> {
    let mut found = Vec::new();
    for cue in ALSO_CALLED {
        for (at, _) in text.match_indices(cue) {
            let before_ok = text[..at]
                .chars()
                .next_back()
                .is_none_or(char::is_whitespace);
            let mut start = at + cue.len();
            if !before_ok || !text[start..].starts_with(' ') {
                continue;
            }
            start += 1;
            if text[start..].starts_with("the ") {
                start += 4;
            }
            let Some(name) = name_starting_at(text, start) else {
                continue;
            };
            let mut rest = start
                + text[start..]
                    .find(name.split(' ').next_back().unwrap_or(""))
                    .unwrap_or(0);
            rest += name.split(' ').next_back().unwrap_or("").len();
            let mut tail = text[rest..].trim_start();
            if tail.starts_with('(') {
                match tail.find(')') {
                    Some(close) if close < 16 => tail = tail[close + 1..].trim_start(),
                    _ => continue,
                }
            }
            let Some(after_or) = tail.strip_prefix("or ") else {
                continue;
            };
            let after_or = after_or.strip_prefix("the ").unwrap_or(after_or);
            let offset = text.len() - after_or.len();
            if let Some(other) = name_starting_at(text, offset) {
                found.push(NameEquivalence {
                    name,
                    other,
                    evidence: "also called",
                });
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(text: &str) -> Vec<(String, String, &'static str)> {
        name_equivalences(text)
            .into_iter()
            .map(|e| (e.name, e.other, e.evidence))
            .collect()
    }

    #[test]
    fn acronyms_parentheses_and_also_called() {
        let text = "Fighters of the Syrian Democratic Forces (SDF) clashed with the Free Syrian Army \
                    (Jaysh al-Hurr) near the town, a coalition known as the Southern Front (SF) or \
                    Southern Alliance said.";
        assert_eq!(
            pairs(text),
            vec![
                ("Syrian Democratic Forces".into(), "SDF".into(), "acronym"),
                ("Southern Front".into(), "SF".into(), "acronym"),
                (
                    "Free Syrian Army".into(),
                    "Jaysh al-Hurr".into(),
                    "parenthesis"
                ),
                (
                    "Southern Front".into(),
                    "Southern Alliance".into(),
                    "also called"
                ),
            ]
        );
    }

    #[test]
    fn ordinary_parentheses_are_not_names() {
        for text in [
            "The mayor (who was re-elected in 2019) said the bridge would reopen.",
            "Shares of Apple Inc (AAPL.O) rose 2%.",
            "Senator Jane Roe (Democrat) voted against it.",
            "the company (which declined to comment)",
            "prices rose (see chart)",
        ] {
            assert!(
                name_equivalences(text)
                    .iter()
                    .all(|e| e.evidence == "acronym"),
                "{text}: {:?}",
                pairs(text)
            );
        }
    }

    #[test]
    fn bounded_and_total_on_hostile_text() {
        let long = format!("{}(", "Word ".repeat(100_000));
        assert!(name_equivalences(&long).is_empty());
        assert!(name_equivalences("((((((((").is_empty());
        assert!(name_equivalences("known as ").is_empty());
        assert!(name_equivalences("called é (Ünïcødé Nâme)").is_empty());
    }
}
