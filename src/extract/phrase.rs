//! Finds and classifies the noun phrase that names a source.
//!
//! Without a part-of-speech tagger, a source noun phrase is recognised by what ends it: function
//! words, verbs, punctuation and quotation marks. Scans are bounded to a few words, so they cost
//! the same on a five-megabyte sentence as on a short one. Classification decides whether the
//! phrase names someone (and which name, titles stripped), describes an anonymous source, a vague
//! group, or needs resolving (pronouns, "the group", "the analyst").

use super::lexicon::{self as lx, is_in};
use super::tokens::Token;
use std::ops::Range;

/// The longest noun phrase considered, in tokens.
const MAX_NP: usize = 14;

/// True for a word that may be part of a source noun phrase.
fn np_word(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    if !t.is_word() || t.quote.is_some() {
        return false;
    }
    let w = t.lower.as_str();
    if is_in(lx::NAME_PARTICLES, w) || w.starts_with("al-") || w.starts_with("el-") {
        return true;
    }
    let acronym = t
        .span
        .of(text)
        .chars()
        .filter(|c| c.is_alphabetic())
        .count()
        >= 2
        && t.span.of(text).chars().all(|c| !c.is_lowercase());
    if is_in(lx::NP_STOP_WORDS, w) && !acronym {
        // "some of them": an object pronoun closes a quantified phrase.
        let quantified =
            matches!(w, "them" | "us" | "those") && i > 0 && tokens[i - 1].lower == "of";
        return quantified;
    }
    if t.is_capitalised(text) || w.chars().next().is_some_and(char::is_numeric) {
        return true;
    }
    if lx::verb_by_form().contains_key(w) && !is_in(lx::ANONYMOUS_HEADS, w) {
        return false;
    }
    if w.ends_with("ly") && !matches!(w, "family" | "ally" | "italy" | "assembly") {
        return false;
    }
    true
}

fn is_past_participle_like(w: &str) -> bool {
    w.ends_with("ed") && !w.contains('-') && w.len() > 4
}

/// The noun phrase ending at token `end` (inclusive), not reaching before `lo`.
pub fn np_backward(text: &str, tokens: &[Token], lo: usize, end: usize) -> Option<Range<usize>> {
    if end < lo || end >= tokens.len() {
        return None;
    }
    let mut start = end + 1;
    let mut i = end as isize;
    while i >= lo as isize && end + 1 - (i as usize) <= MAX_NP {
        let k = i as usize;
        let t = &tokens[k];
        let w = t.lower.as_str();
        if w == "and" && start <= end {
            // "French and German officials": only between capitalised modifiers of a common head.
            let left_cap = k > lo && tokens[k - 1].is_capitalised(text);
            let right_cap = tokens[k + 1].is_capitalised(text);
            let head_lower = !tokens[end].is_capitalised(text);
            if left_cap && right_cap && head_lower {
                start = k;
                i -= 1;
                continue;
            }
            break;
        }
        if w == "of" && start <= end && k > lo && tokens[k - 1].is_word() {
            start = k;
            i -= 1;
            continue;
        }
        if !np_word(text, tokens, k) {
            break;
        }
        if is_past_participle_like(w) && !t.is_capitalised(text) {
            let after_det = k > lo && is_in(lx::DETERMINERS, &tokens[k - 1].lower);
            if !after_det {
                break;
            }
        }
        start = k;
        if is_in(lx::DETERMINERS, w) && !(k > lo && tokens[k - 1].lower == "of") {
            // "some of them": keep the quantifier, otherwise the determiner opens the phrase.
            if !(k < end && tokens[k + 1].lower == "of") {
                break;
            }
        }
        i -= 1;
    }
    while start <= end && tokens[start].lower == "of" {
        start += 1;
    }
    (start <= end).then_some(start..end + 1)
}

/// The noun phrase starting at token `start`, not reaching `hi` (exclusive).
pub fn np_forward(text: &str, tokens: &[Token], start: usize, hi: usize) -> Option<Range<usize>> {
    let hi = hi.min(tokens.len());
    let mut end = start;
    let mut i = start;
    while i < hi && i - start < MAX_NP {
        let t = &tokens[i];
        let w = t.lower.as_str();
        if w == "of" && end > start && i + 1 < hi && np_word(text, tokens, i + 1) {
            i += 1;
            continue;
        }
        if t.is_punct(',') && end > start {
            // "a masked, gun-toting fighter": a comma between adjectives before any noun.
            let all_adjectival = tokens[start..end]
                .iter()
                .all(|t| is_in(lx::DETERMINERS, &t.lower) || is_past_participle_like(&t.lower))
                && !is_in(lx::DETERMINERS, &tokens[end - 1].lower);
            if all_adjectival && i + 1 < hi && np_word(text, tokens, i + 1) {
                i += 1;
                continue;
            }
            break;
        }
        if !np_word(text, tokens, i) {
            break;
        }
        // A determiner inside means a new phrase begins ("told Reuters the bank ...").
        if i > start
            && is_in(lx::DEFINITE_DETERMINERS, w)
            && tokens[i - 1].lower != "of"
            && !t.is_capitalised(text)
        {
            break;
        }
        if is_past_participle_like(w) && !t.is_capitalised(text) {
            let before_noun = i + 1 < hi
                && (np_word(text, tokens, i + 1)
                    || tokens[i + 1].is_punct(',') && i + 2 < hi && np_word(text, tokens, i + 2));
            if !before_noun || (i == start && !is_in(lx::DETERMINERS, &tokens[start].lower)) {
                break;
            }
        }
        i += 1;
        end = i;
    }
    (end > start).then_some(start..end)
}

/// What a source noun phrase is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NpClass {
    /// A proper name, titles stripped: "Jane Roe", "the Interior Ministry" → "Interior Ministry".
    Name {
        name: String,
        roles: Vec<String>,
        person: bool,
        organisation: bool,
    },
    /// he, she, it, they, we.
    Pronoun(String),
    /// A definite role with no name ("the analyst", "the prime minister").
    Role(String),
    /// A definite institution with no proper head ("the military", "the group").
    DefiniteOrganisation {
        head: String,
        text: String,
    },
    Anonymous {
        plural: bool,
        person: bool,
    },
    Vague,
}

fn is_plural(w: &str) -> bool {
    w.ends_with('s') && !w.ends_with("ss") && !matches!(w, "us" | "news" | "its" | "his")
}

fn is_name_token(text: &str, t: &Token) -> bool {
    t.is_word()
        && (t.is_capitalised(text)
            || t.lower.starts_with("al-")
            || t.lower.starts_with("el-")
            || is_in(lx::NAME_PARTICLES, &t.lower))
}

/// Classifies the phrase `np`, with an optional apposition `appos` ("X's spokesman, Jane Roe,").
pub fn classify(
    text: &str,
    tokens: &[Token],
    np: Range<usize>,
    appos: Option<Range<usize>>,
) -> NpClass {
    let words = &tokens[np.clone()];
    let Some(last) = words.last() else {
        return NpClass::Vague;
    };
    if words.len() == 1 && is_in(lx::PERSON_PRONOUNS, &last.lower) {
        return NpClass::Pronoun(last.lower.clone());
    }
    if words.len() == 1
        && (is_in(lx::GROUP_PRONOUNS, &last.lower) || is_in(lx::THING_PRONOUNS, &last.lower))
    {
        return NpClass::Pronoun(last.lower.clone());
    }
    // "some of them", "many of the experts"
    if words.len() >= 3
        && words.iter().any(|t| t.lower == "of")
        && is_in(lx::VAGUE_HEADS, &words[0].lower)
    {
        return NpClass::Vague;
    }
    if let Some(name) = trailing_name(text, words) {
        return name;
    }
    if let Some(appos) = appos
        && let Some(NpClass::Name {
            name,
            mut roles,
            organisation,
            ..
        }) = trailing_name(text, &tokens[appos])
    {
        roles.push(last.stem().to_string());
        return NpClass::Name {
            name,
            roles,
            person: !organisation,
            organisation,
        };
    }
    // The head is the last word before a post-modifier ("people familiar with the talks").
    let core_len = words
        .iter()
        .position(|t| {
            is_in(
                &[
                    "for",
                    "at",
                    "from",
                    "with",
                    "familiar",
                    "close",
                    "briefed",
                    "knowledgeable",
                    "in",
                ],
                &t.lower,
            )
        })
        .filter(|&k| k > 0)
        .unwrap_or(words.len());
    let last = &words[core_len - 1];
    let words = &words[..core_len];
    let head = last.stem().to_string();
    let first = words[0].lower.as_str();
    let definite = is_in(lx::DEFINITE_DETERMINERS, first) || words.iter().any(Token::is_possessive);
    let plural = is_plural(&head);
    let has_proper_modifier = words[..words.len() - 1]
        .iter()
        .any(|t| t.is_capitalised(text))
        && !words[0].is_capitalised(text)
        || words.len() > 1
            && words[1..words.len() - 1]
                .iter()
                .any(|t| t.is_capitalised(text));
    if is_in(lx::PERSON_TITLES, &head) && !is_in(lx::INDEFINITE_DETERMINERS, first) && definite {
        return NpClass::Role(head);
    }
    let briefed = tokens[np.clone()]
        .iter()
        .any(|t| matches!(t.lower.as_str(), "familiar" | "briefed" | "knowledgeable"));
    if is_in(lx::ANONYMOUS_HEADS, &head) || briefed {
        return NpClass::Anonymous {
            plural,
            person: head != "police" && head != "authorities",
        };
    }
    if is_in(lx::ORGANISATION_HEADS, &head)
        && !plural
        && !is_in(lx::INDEFINITE_DETERMINERS, first)
        && (definite || has_proper_modifier)
    {
        let start = if is_in(lx::DEFINITE_DETERMINERS, first) {
            1
        } else {
            0
        };
        let span =
            crate::model::Span::new(words[start.min(words.len() - 1)].span.start, last.span.end);
        return NpClass::DefiniteOrganisation {
            head,
            text: span.of(text).to_string(),
        };
    }
    if is_in(lx::VAGUE_HEADS, &head) || plural {
        return NpClass::Vague;
    }
    if is_in(lx::INDEFINITE_DETERMINERS, first) {
        return NpClass::Anonymous {
            plural: false,
            person: true,
        };
    }
    NpClass::Vague
}

/// A proper name closing the phrase, with the titles before it stripped.
fn trailing_name(text: &str, words: &[Token]) -> Option<NpClass> {
    let last = words.last()?;
    if !last.is_capitalised(text)
        && !last.lower.starts_with("al-")
        && !last.lower.starts_with("el-")
    {
        return None;
    }
    let mut start = words.len();
    while start > 0 && is_name_token(text, &words[start - 1]) {
        start -= 1;
    }
    // A run may not start with a particle or a determiner-like capital ("The", "Some").
    while start < words.len()
        && (is_in(lx::DETERMINERS, &words[start].lower)
            || matches!(words[start].lower.as_str(), "of" | "de" | "la" | "le"))
    {
        start += 1;
    }
    let run = &words[start..];
    // A lone capitalised common noun ("Critics say") is a sentence opener, not a name.
    if run.len() == 1 {
        let w = run[0].stem();
        let common = [
            lx::ANONYMOUS_HEADS,
            lx::VAGUE_HEADS,
            lx::PERSON_TITLES,
            lx::ORGANISATION_HEADS,
        ]
        .iter()
        .any(|list| is_in(list, w));
        if common && !run[0].span.of(text).chars().skip(1).any(char::is_uppercase) {
            return None;
        }
    }
    // Strip titles: the name starts after the last title word of the run.
    let mut name_start = 0;
    let mut roles = Vec::new();
    // "State" is a title only in "Secretary of State"; elsewhere it names ("State Department").
    let is_title = |k: usize| {
        let stem = run[k].stem();
        is_in(lx::PERSON_TITLES, stem) && (stem != "state" || k > 0 && run[k - 1].lower == "of")
    };
    for (k, _) in run.iter().enumerate() {
        if is_title(k) && k + 1 < run.len() {
            name_start = k + 1;
        }
    }
    for t in &words[..start] {
        if is_in(lx::PERSON_TITLES, t.stem()) {
            roles.push(t.stem().to_string());
        }
    }
    for (k, t) in run[..name_start].iter().enumerate() {
        if is_title(k) {
            roles.push(t.stem().to_string());
        }
    }
    let name_tokens = &run[name_start..];
    // Drop leading particles left over ("of State Jane" cannot happen, "of" is a title link).
    let name_tokens = {
        let mut s = 0;
        while s < name_tokens.len() && name_tokens[s].lower == "of" {
            s += 1;
        }
        &name_tokens[s..]
    };
    let first = name_tokens.first()?;
    let end_tok = name_tokens.last()?;
    let raw = crate::model::Span::new(first.span.start, end_tok.span.end).of(text);
    let name = raw
        .strip_suffix("'s")
        .or_else(|| raw.strip_suffix("’s"))
        .unwrap_or(raw)
        .to_string();
    let organisation = name_tokens
        .iter()
        .any(|t| is_in(lx::ORGANISATION_NAME_WORDS, t.stem()))
        || (name_tokens.len() == 1
            && end_tok
                .span
                .of(text)
                .chars()
                .filter(|c| c.is_uppercase())
                .count()
                >= 2);
    // Without a title, two capitalised words may as well be an organisation: leave it open.
    let person = !roles.is_empty() && !organisation;
    Some(NpClass::Name {
        name,
        roles,
        person,
        organisation,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::quotes::pair_quotes;
    use crate::extract::tokens::tokenize;
    use crate::model::Span;

    fn toks(text: &str) -> Vec<Token> {
        let para = Span::new(0, text.len());
        tokenize(text, para, &pair_quotes(text, para))
    }

    fn back(text: &str, cue: &str) -> String {
        let tokens = toks(text);
        let i = tokens.iter().position(|t| t.lower == cue).unwrap();
        let r = np_backward(text, &tokens, 0, i - 1).unwrap();
        Span::new(tokens[r.start].span.start, tokens[r.end - 1].span.end)
            .of(text)
            .to_string()
    }

    fn class(text: &str) -> NpClass {
        let tokens = toks(text);
        classify(text, &tokens, 0..tokens.len(), None)
    }

    #[test]
    fn backward_phrases_stop_at_function_words() {
        assert_eq!(
            back("Days later investigators said so", "said"),
            "investigators"
        );
        assert_eq!(back("It rose but many point to", "point"), "many");
        assert_eq!(back("whose fate the UN has", "has"), "the UN");
        assert_eq!(
            back("French and German officials have told", "have"),
            "French and German officials"
        );
        assert_eq!(back("then Some of them believe", "believe"), "Some of them");
    }

    #[test]
    fn classification_strips_titles() {
        assert_eq!(
            class("US Secretary of State Antony Blinken"),
            NpClass::Name {
                name: "Antony Blinken".into(),
                roles: vec!["secretary".into(), "state".into()],
                person: true,
                organisation: false
            }
        );
        assert_eq!(
            class("a senior US military official"),
            NpClass::Anonymous {
                plural: false,
                person: true
            }
        );
        assert_eq!(class("some experts"), NpClass::Vague);
        assert_eq!(class("the analyst"), NpClass::Role("analyst".into()));
        assert!(matches!(
            class("the Brazilian military"),
            NpClass::DefiniteOrganisation { .. }
        ));
    }
}
