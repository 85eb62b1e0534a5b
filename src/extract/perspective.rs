//! "To S, C": a sentence that opens with "to" and the people whose view it gives ("To many
//! farmers, the dam is a betrayal"; "To her, the plan was a mistake"). News writes a view this
//! way without a verb of saying, and annotators count it as S's attribution with the clause
//! after the comma as its content. "To" also opens infinitives ("To win, she needs ...") and
//! fixed adverbials ("To the extent ...", "To be sure, ..."), which name nobody: the phrase
//! must read as people, and a reporting verb after the comma ("To reporters, he said ...")
//! makes the phrase an addressee instead.

use super::cues::{Cue, CueKind};
use super::lexicon as lx;
use super::tokens::Token;
use crate::model::{Framing, Stance};
use std::ops::Range;

/// The most tokens between "to" and the comma that ends the source phrase.
const MAX_SOURCE: usize = 14;

/// The most tokens after the comma searched for a reporting verb: the verb of an addressee's
/// clause comes early ("To reporters, Jane Roe, the mayor, said ...").
const VERB_HORIZON: usize = 12;

/// Words that stand for people on their own ("To many, ...", "To others, ..."), besides the
/// object pronouns ("To her, ...").
const PEOPLE_WORDS: &[&str] = &[
    "many",
    "most",
    "some",
    "others",
    "anyone",
    "anybody",
    "everyone",
    "everybody",
    "those",
    "you",
];

/// Plurals that end fixed adverbials, not a group of people ("To all appearances, ...").
const NOT_PEOPLE_PLURALS: &[&str] = &["appearances", "purposes", "intents", "ends", "means"];

/// Singular nouns of fixed adverbials that a determiner opens ("To the extent she ...", "To my
/// surprise, ...", "To this day, ..."): whatever follows them names no holder of a view.
const ADVERBIAL_NOUNS: &[&str] = &[
    "extent",
    "degree",
    "end",
    "point",
    "surprise",
    "dismay",
    "delight",
    "credit",
    "contrary",
    "day",
    "date",
    "chagrin",
    "amazement",
    "horror",
    "relief",
];

/// Words that open a relative clause inside the source phrase ("To Jane Roe, who ran twice, C").
const RELATIVE_OPENERS: &[&str] = &["who", "whose", "whom"];

/// "To S, C" at token `i`: "to" opening the sentence (or after "But", "And", "Yet"), a phrase
/// for people, a comma and a clause with no reporting verb.
pub(crate) fn to_source_cue(tokens: &[Token], range: Range<usize>, i: usize) -> Option<Cue> {
    if tokens[i].lower != "to" || !opens_sentence(tokens, &range, i) {
        return None;
    }
    let limit = range.end.min(i + 2 + MAX_SOURCE);
    let comma = (i + 2..limit).find(|&k| tokens[k].is_punct(','))?;
    let phrase = i + 1..comma;
    if phrase
        .clone()
        .any(|k| !tokens[k].is_word() || tokens[k].quote.is_some())
    {
        return None;
    }
    if !names_people(tokens, &phrase) {
        return None;
    }
    let source_end = coordinated_end(tokens, &range, comma);
    let content = after_relative(tokens, &range, source_end)?;
    let clause_words = (content..range.end)
        .filter(|&k| tokens[k].is_word())
        .count();
    let horizon = range.end.min(content + VERB_HORIZON);
    let reported = (content..horizon).any(|k| reports(tokens, k));
    (clause_words >= 3 && !reported).then_some(Cue {
        first: i,
        head: i,
        last: i,
        kind: CueKind::ToSource {
            source_end,
            content,
        },
        stance: Stance::Assert,
        framing: Framing::Neutral,
    })
}

/// True when token `k` is a reporting verb, not a noun of the same form after a determiner
/// ("a warning", "the turning point") nor an "-ing" form.
fn reports(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    t.verb.is_some()
        && t.quote.is_none()
        && !t.lower.ends_with("ing")
        && !tokens[k - 1].is(lx::DETERMINERS)
        && !(k >= 2 && tokens[k - 2].is(lx::DETERMINERS))
}

/// True when token `i` opens the sentence, or follows an opening "But", "And" or "Yet".
fn opens_sentence(tokens: &[Token], range: &Range<usize>, i: usize) -> bool {
    i == range.start
        || i == range.start + 1
            && matches!(tokens[range.start].lower.as_str(), "but" | "and" | "yet")
}

/// True when `phrase` reads as people: a word for people on its own, or a phrase ending in
/// a name or a plural, or with one before a preposition ("To Jane Roe", "To her supporters",
/// "To many farmers in the valley"), up to a relative pronoun. An infinitive's verb or an
/// adverbial's singular noun ("To the extent", "To date") ends in neither.
fn names_people(tokens: &[Token], phrase: &Range<usize>) -> bool {
    let first = &tokens[phrase.start];
    if first.verb.is_some() || first.lower == "be" {
        return false;
    }
    let adverbial = (phrase.start..phrase.end.min(phrase.start + 3))
        .any(|k| lx::is_in(ADVERBIAL_NOUNS, &tokens[k].lower));
    if adverbial {
        return false;
    }
    let end = phrase
        .clone()
        .find(|&k| lx::is_in(RELATIVE_OPENERS, &tokens[k].lower))
        .unwrap_or(phrase.end);
    if end == phrase.start {
        return false;
    }
    let head = &tokens[end - 1];
    if end == phrase.start + 1
        && (lx::is_in(PEOPLE_WORDS, &head.lower) || head.is(lx::OBJECT_PRONOUNS))
    {
        return true;
    }
    let lower_first = !first.is_capitalised();
    // A lower-case first word must be a determiner or a plural ("To critics"), not a verb.
    if lower_first && !first.is(lx::DETERMINERS) && !is_plural(first) {
        return false;
    }
    // "To many farmers in the valley": the noun before a preposition heads the phrase too.
    let before_preposition = (phrase.start + 1..end)
        .find(|&k| tokens[k].is(lx::PREPOSITIONS))
        .map(|k| &tokens[k - 1]);
    [Some(head), before_preposition]
        .into_iter()
        .flatten()
        .any(|t| t.is_capitalised() || is_plural(t))
}

/// A lower-case word that reads as a plural noun for people ("voters", "critics").
fn is_plural(t: &Token) -> bool {
    let w = t.lower.as_str();
    !t.is_capitalised()
        && w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.ends_with("'s")
        && !lx::is_in(NOT_PEOPLE_PLURALS, w)
}

/// The most tokens of the rest of a coordinated source after its first comma.
const MAX_COORDINATED: usize = 10;

/// Where a source coordinated with commas ends ("To Jane Roe, her aides and her donors, C"):
/// at a second comma when only plain words with "and" or "or" stand between; else `comma`.
fn coordinated_end(tokens: &[Token], range: &Range<usize>, comma: usize) -> usize {
    let limit = range.end.min(comma + 2 + MAX_COORDINATED);
    let Some(second) = (comma + 1..limit).find(|&k| !tokens[k].is_word()) else {
        return comma;
    };
    let rest = comma + 1..second;
    let plain = |k: usize| {
        let t = &tokens[k];
        t.quote.is_none() && t.verb.is_none() && !t.is(lx::BE_FORMS) && !t.lower.ends_with("ed")
    };
    let joined = rest
        .clone()
        .any(|k| matches!(tokens[k].lower.as_str(), "and" | "or"));
    let coordinated = tokens[second].is_punct(',') && joined && rest.clone().all(plain);
    if coordinated { second } else { comma }
}

/// The first token of the content after the source's comma at `comma`, past a relative
/// clause set off by commas ("To Jane Roe, who ran twice, C").
fn after_relative(tokens: &[Token], range: &Range<usize>, comma: usize) -> Option<usize> {
    let next = comma + 1;
    if next >= range.end {
        return None;
    }
    if !lx::is_in(RELATIVE_OPENERS, &tokens[next].lower) {
        return Some(next);
    }
    let limit = range.end.min(next + MAX_SOURCE);
    let close = (next + 1..limit).find(|&k| tokens[k].is_punct(','))?;
    (close + 1 < range.end).then_some(close + 1)
}
