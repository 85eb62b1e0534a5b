//! Poll respondents as sources: "56 percent would vote for Roe", "most voters favor the plan",
//! "a majority held a favorable view of him". A share of people taking a position is how news
//! reports a poll's finding; the verbs of voting, favouring and approving are no reporting
//! verbs anywhere else, so they are cues only after such a share.

use super::cues::{Cue, CueKind};
use super::lexicon::{self as lx, is_in};
use super::tokens::{Kind, Token};
use crate::model::{Framing, Stance};
use std::ops::Range;

/// Words that make a phrase a share of people (each is in `lexicon::CUE_OPENING_WORDS`).
pub(crate) const SHARE_WORDS: &[&str] = &[
    "percent",
    "majority",
    "majorities",
    "plurality",
    "half",
    "most",
];

/// Numbers written out, and the parts of those written with a hyphen ("Thirty-seven").
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// Words that may open the share's phrase before its share word: "only about 40 percent".
const SHARE_OPENERS: &[&str] = &[
    "a",
    "an",
    "the",
    "only",
    "just",
    "about",
    "nearly",
    "almost",
    "roughly",
    "some",
    "over",
    "around",
    "fully",
    "barely",
    "more",
    "than",
    "less",
    "fewer",
    "slim",
    "narrow",
    "clear",
    "large",
    "wide",
    "vast",
    "solid",
    "overwhelming",
];

/// Words between a share and its verb: the group it is a share of, and who was asked ("40
/// percent of the voters polled").
const SHARE_MODIFIERS: &[&str] = &[
    "of",
    "the",
    "all",
    "those",
    "likely",
    "registered",
    "polled",
    "surveyed",
    "questioned",
    "interviewed",
    "asked",
    "in",
    "each",
    "both",
    "and",
];

/// Words before the verb that leave it the share's: "would", "still", "strongly".
const VERB_ADVERBS: &[&str] = &[
    "would",
    "will",
    "could",
    "still",
    "also",
    "now",
    "strongly",
    "generally",
    "somewhat",
];

/// The verbs by which a share of people takes a position, with the words that complete them.
/// Present and conditional only: "48 percent chose Roe" narrates a poll's result, which news
/// attributes to the poll, not to its respondents.
const SHARE_VERBS: &[&[&str]] = &[
    &["vote", "for"],
    &["choose"],
    &["pick"],
    &["favor"],
    &["favour"],
    &["approve", "of"],
    &["disapprove", "of"],
    &["consider"],
    &["trust"],
    &["distrust"],
];

/// Verbs that hold an opinion: "held a favorable view of", "had an unfavorable opinion of"
/// (not "have", which news writes of a poll's current result).
const HOLDING_VERBS: &[&str] = &["had", "hold", "held"];

/// Nouns of an opinion held of someone.
const OPINION_NOUNS: &[&str] = &["view", "opinion", "impression", "image"];

/// A position taken by a share of people whose phrase has its share word at `i`: the cue is
/// the verb and what completes it, the phrase from its opener to the verb its source.
pub(crate) fn share_cue(tokens: &[Token], range: Range<usize>, i: usize) -> Option<Cue> {
    if !is_in(SHARE_WORDS, &tokens[i].lower) {
        return None;
    }
    let start = share_start(tokens, range.start, i);
    // "most" and "half" open the phrase themselves ("Most voters", "half of them").
    if start == i && i > range.start && tokens[i - 1].is_word() {
        return None;
    }
    let limit = range.end.min(i + 10);
    let mut k = i + 1;
    while k < limit && is_share_modifier(&tokens[k]) {
        k += 1;
    }
    let first = k;
    while k < limit && is_in(VERB_ADVERBS, &tokens[k].lower) {
        k += 1;
    }
    let last = share_verb_end(tokens, k, range.end)?;
    (last + 1 < range.end).then_some(Cue {
        first,
        head: k,
        last,
        kind: CueKind::Share { start },
        stance: Stance::Assert,
        framing: Framing::Neutral,
    })
}

/// The first token of the share's phrase ending at its share word `i`: back over numbers and
/// the words of `SHARE_OPENERS`.
fn share_start(tokens: &[Token], lo: usize, i: usize) -> usize {
    let mut k = i;
    while k > lo {
        let t = &tokens[k - 1];
        let number = t.lower.starts_with(|c: char| c.is_ascii_digit())
            || t.lower.split('-').all(|w| is_in(NUMBER_WORDS, w))
            || t.is(lx::DETERMINERS)
            || t.is_punct('-');
        if !(t.quote.is_none() && (number || is_in(SHARE_OPENERS, &t.lower))) {
            break;
        }
        k -= 1;
    }
    k
}

/// True for a word of the group a share is of: no reporting verb, no clause word.
fn is_share_modifier(t: &Token) -> bool {
    t.kind == Kind::Word
        && t.quote.is_none()
        && t.verb.is_none()
        && !is_in(VERB_ADVERBS, &t.lower)
        && !is_in(HOLDING_VERBS, &t.lower)
        && !SHARE_VERBS.iter().any(|v| v[0] == t.lower.as_str())
        && (is_in(SHARE_MODIFIERS, &t.lower)
            || !t.is(lx::CLAUSE_WORDS)
                && !t.is(lx::BE_FORMS)
                && !t.is(lx::PREPOSITIONS)
                && !t.is(lx::PERSON_PRONOUNS)
                && !t.lower.contains('\''))
}

/// The last token of a share's verb starting at `k` ("would vote for", "held a favorable view
/// of"), if one starts there.
fn share_verb_end(tokens: &[Token], k: usize, hi: usize) -> Option<usize> {
    let word = |j: usize| (j < hi).then(|| tokens[j].lower.as_str());
    if let Some(v) = SHARE_VERBS
        .iter()
        .find(|v| v.iter().enumerate().all(|(n, w)| word(k + n) == Some(*w)))
    {
        return Some(k + v.len() - 1);
    }
    if !is_in(HOLDING_VERBS, word(k)?) {
        return None;
    }
    // "had a favorable view of", "hold an unfavorable opinion of": the opinion is the content.
    let noun = (k + 1..hi.min(k + 5)).find(|&j| is_in(OPINION_NOUNS, &tokens[j].lower))?;
    (word(noun + 1) == Some("of")).then_some(k)
}

/// Words that end what a share takes a position on: the next share's clause ("... while 40
/// percent chose Doe"), a comparison, a poll after "in".
const CONTENT_ENDS: &[&str] = &[
    "while",
    "whereas",
    "but",
    "compared",
    "according",
    "and",
    "in",
];

/// The end of the content of a share's cue that ends at `last`: before a comma, a clause
/// mark or a word of `CONTENT_ENDS` ("and" and "in" only before a number or a poll).
pub(crate) fn share_content_end(tokens: &[Token], last: usize, hi: usize) -> usize {
    (last + 1..hi)
        .find(|&k| {
            let t = &tokens[k];
            let next_counts = || {
                tokens.get(k + 1).is_some_and(|n| {
                    n.lower.starts_with(|c: char| c.is_ascii_digit())
                        || n.is(lx::DETERMINERS)
                        || is_in(NUMBER_WORDS, &n.lower)
                })
            };
            match t.kind {
                Kind::Punct(c) => matches!(c, ',' | ';' | ':' | '.' | '(' | '—' | '–'),
                Kind::Word => {
                    is_in(CONTENT_ENDS, &t.lower)
                        && (!matches!(t.lower.as_str(), "and" | "in") || next_counts())
                }
                _ => true,
            }
        })
        .unwrap_or(hi)
}

#[cfg(test)]
mod tests {
    use super::SHARE_WORDS;
    use crate::extract::extract;
    use crate::extract::lexicon as lx;

    /// (content, source, cue) of every attribution of `text`.
    fn found(text: &str) -> Vec<(&str, &str, &str)> {
        extract(text)
            .into_iter()
            .map(|a| {
                (
                    a.content.of(text),
                    a.source.map_or("", |s| s.of(text)),
                    a.cue.map_or("", |c| c.of(text)),
                )
            })
            .collect()
    }

    #[test]
    fn every_share_word_opens_a_cue() {
        for w in SHARE_WORDS {
            assert!(lx::is_in(lx::CUE_OPENING_WORDS, w), "{w}");
        }
    }

    #[test]
    fn a_share_of_people_takes_a_position() {
        for (text, want) in [
            (
                "Thirty-seven percent would vote for the mayor, while 12 percent would vote for her rival.",
                vec![
                    ("the mayor", "Thirty-seven percent", "would vote for"),
                    ("her rival", "12 percent", "would vote for"),
                ],
            ),
            (
                "Most nurses polled favor a shorter shift.",
                vec![("a shorter shift", "Most nurses polled", "favor")],
            ),
            (
                "Only 30 percent of all tenants consider the landlord honest.",
                vec![(
                    "the landlord honest",
                    "Only 30 percent of all tenants",
                    "consider",
                )],
            ),
            (
                "Among farmers, 54 percent held a favorable view of the minister.",
                vec![("a favorable view of the minister", "54 percent", "held")],
            ),
        ] {
            assert_eq!(found(text), want, "{text}");
        }
    }

    #[test]
    fn no_share_no_position() {
        for text in [
            // A poll's past result is the poll's, not its respondents'.
            "In the county, 48 percent chose the mayor.",
            // Not a share of people.
            "He is the most trusted man in town and they favor him.",
            "She was 100 percent certain he would vote for the plan.",
        ] {
            assert!(
                found(text)
                    .iter()
                    .all(|(_, _, cue)| *cue != "would vote for"
                        && *cue != "chose"
                        && *cue != "favor"),
                "{text}: {:?}",
                found(text)
            );
        }
    }
}
