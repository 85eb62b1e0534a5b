//! Finds the noun phrase that names a source.
//!
//! Without a part-of-speech tagger, a source noun phrase is recognised by what ends it: function
//! words, verbs, punctuation and quotation marks. Scans are bounded to a few words, so they cost
//! the same on a five-megabyte sentence as on a short one. `classify` decides who the phrase
//! names.

use super::lexicon::{self as lx, is_in};
use super::tokens::{Kind, Token, Tokens};
use std::ops::Range;

pub use super::classify::{NpClass, classify, trailing_name};

/// The longest noun phrase considered, in tokens.
const MAX_NP: usize = 14;

/// True for a word that may be part of a source noun phrase.
fn np_word(toks: Tokens, i: usize) -> bool {
    let Tokens { text, tokens, .. } = toks;
    let t = &tokens[i];
    if !t.is_word() || t.quote.is_some() {
        return false;
    }
    let w = t.lower.as_str();
    if t.is(lx::NAME_PARTICLES) || w.starts_with("al-") || w.starts_with("el-") {
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
    // "Nguyen Van An", "Tom De Vries": a capitalised function word after a capitalised word
    // is part of a name.
    let in_name = t.is_capitalised()
        && i > 0
        && tokens[i - 1].is_word()
        && tokens[i - 1].quote.is_none()
        && tokens[i - 1].is_capitalised();
    // "..., Will wrote": a capitalised modal inside a sentence is a name.
    let modal_name = t.is_capitalised()
        && t.is(lx::CUE_AUXILIARIES)
        && i > 0
        && !matches!(
            tokens[i - 1].kind,
            Kind::Punct('.' | '!' | '?') | Kind::OpenQuote
        );
    // "an inside source", "the outside adviser": after an article, these prepositions are
    // adjectives of the noun that follows.
    let adjective_preposition = matches!(w, "inside" | "outside")
        && i > 0
        && matches!(tokens[i - 1].lower.as_str(), "a" | "an" | "the")
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.is_word() && n.quote.is_none());
    if t.is(lx::NP_STOP_WORDS) && !acronym && !in_name && !modal_name && !adjective_preposition {
        // "some of them": an object pronoun closes a quantified phrase.
        let quantified =
            matches!(w, "them" | "us" | "those") && i > 0 && tokens[i - 1].lower == "of";
        return quantified;
    }
    if t.is_capitalised() || w.chars().next().is_some_and(char::is_numeric) {
        return true;
    }
    // A verb form after an article or a possessive is a noun: "the report", "its statement";
    // not before a name, which makes it a reduced relative ("a finding Jane Roe described").
    // "the state Division of X": a few verb forms are far more often modifiers of a name.
    let before_name =
        tokens.get(i + 1).is_some_and(|n| n.is_capitalised()) && !is_in(lx::MODIFIER_VERB_FORMS, w);
    let is_article = |k: usize| {
        tokens[k].quote.is_none()
            && (tokens[k].is(lx::DEFINITE_DETERMINERS)
                || matches!(tokens[k].lower.as_str(), "a" | "an"))
    };
    // "the congressional report", "a yearly Gallup poll": one modifier between the article and
    // the noun.
    let after_modifier = i > 1
        && is_article(i - 2)
        && tokens[i - 1].is_word()
        && tokens[i - 1].quote.is_none()
        && tokens[i - 1].verb.is_none();
    // "Roe's plans", "the senator's views": a plain verb form after a possessive noun is a
    // noun too; "-ing" and "-ed" forms may follow a contracted "is"/"has" ("Roe's planning").
    let after_possessive = i > 0
        && tokens[i - 1].is_possessive()
        && tokens[i - 1].quote.is_none()
        && !w.ends_with("ing")
        && !w.ends_with("ed");
    let after_article =
        i > 0 && !before_name && (is_article(i - 1) || after_modifier || after_possessive)
            || plural_noun_before_verb(toks.tokens, i, tokens.len());
    // "each state", "Utopia state delegate": a verb form far more often a noun is one unless
    // a marked clause follows ("states that").
    let noun_like = is_in(lx::NOUN_LIKE_VERB_FORMS, w)
        && !tokens
            .get(i + 1)
            .is_some_and(|n| n.lower == "that" || n.is_punct(':'));
    if t.verb.is_some() && !t.is(lx::ANONYMOUS_HEADS) && !after_article && !noun_like {
        return false;
    }
    // "didn't", "won't": a negated auxiliary is a verb.
    if w.ends_with("n't") {
        return false;
    }
    // An "-ly" word is an adverb, except right after an article and before a plain word ("a
    // yearly poll", not "a properly calibrated price").
    let adjective = i > 0
        && is_article(i - 1)
        && tokens.get(i + 1).is_some_and(|n| {
            n.is_word() && n.verb.is_none() && !n.lower.ends_with("ed") && !n.lower.ends_with("ing")
        });
    if w.ends_with("ly") && !adjective && !t.is(lx::LY_NOUNS) {
        return false;
    }
    true
}

/// "New reports show", "the polls suggest": an "-s" verb form right before another finite
/// verb form is a plural noun, the subject of that verb; two finite verbs never follow each
/// other. An "-ing" form after it may be a complement ("admits knowing"), so it does not count,
/// nor does an "-s" form, which a plural subject does not take ("says reports show").
pub fn plural_noun_before_verb(tokens: &[Token], i: usize, hi: usize) -> bool {
    let w = tokens[i].lower.as_str();
    // Only words that are nouns as often as verbs ("reports", "polls"): "says praise" is a
    // verb and its object.
    // "member states said": "states" is far more often the noun than the verb.
    let plural = tokens[i].verb.is_some()
        && w.ends_with('s')
        && !w.ends_with("ss")
        && (tokens[i].stem_is(lx::DOCUMENT_NOUNS)
            || tokens[i].is(lx::STATEMENT_NOUNS)
            || w == "states");
    plural
        && i + 1 < hi.min(tokens.len())
        && tokens[i + 1].verb.is_some()
        && tokens[i + 1].quote.is_none()
        && tokens[i].quote.is_none()
        && !tokens[i + 1].lower.ends_with("ing")
        // "says reports show": a plural subject takes no "-s" verb.
        && !tokens[i + 1].lower.ends_with('s')
        && !tokens[i + 1].is_capitalised()
}

/// "for" inside a capitalised name ("Office for National Statistics"), not before a date.
fn name_inner_for(tokens: &[Token], i: usize, lo: usize, hi: usize) -> bool {
    i > lo
        && i + 1 < hi
        && tokens[i].lower == "for"
        && tokens[i].quote.is_none()
        && tokens[i - 1].is_capitalised()
        && tokens[i + 1].is_capitalised()
        && tokens[i + 1].quote.is_none()
        && !tokens[i + 1].is(lx::WEEKDAYS)
}

fn is_past_participle_like(w: &str) -> bool {
    w.ends_with("ed") && !w.contains('-') && w.len() > 4
}

/// A subject pronoun ("he", "they", "I", "you"), also with a contracted verb ("he's"): a whole
/// noun phrase by itself, which no modifier precedes and no verb after it joins.
pub(crate) fn is_subject_pronoun(t: &Token) -> bool {
    t.is_word()
        && t.quote.is_none()
        && matches!(
            pronoun_of(t),
            "he" | "she" | "they" | "we" | "it" | "i" | "you"
        )
}

/// The word without a contracted verb ("I'd" → "i", "they're" → "they", "he's" → "he"): what
/// a pronoun is compared by.
pub(crate) fn pronoun_of(t: &Token) -> &str {
    let lower = t.lower.as_str();
    match lower.split_once('\'') {
        Some((head, "s" | "d" | "ll" | "re" | "ve" | "m")) => head,
        _ => lower,
    }
}

/// A slash joining two capitalised words with no space ("CNN/ORC", "Register/Bloomberg"), as
/// in the names of joint polls: part of the phrase.
fn name_slash(tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    t.is_punct('/')
        && t.quote.is_none()
        && i > 0
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.is_capitalised() && n.quote.is_none() && n.span.start == t.span.end)
        && tokens[i - 1].is_capitalised()
        && tokens[i - 1].span.end == t.span.start
}

/// The noun phrase ending at token `end` (inclusive), not reaching before `lo`.
pub fn np_backward(toks: Tokens, lo: usize, end: usize) -> Option<Range<usize>> {
    let tokens = toks.tokens;
    if end < lo || end >= tokens.len() {
        return None;
    }
    // "Roe didn't say": the subject is before the negated auxiliary.
    let mut end = end;
    while end > lo && tokens[end].is_word() && tokens[end].lower.ends_with("n't") {
        end -= 1;
    }
    // "Late on Tuesday he said": time words before a pronoun are an adjunct, not its modifiers.
    if is_subject_pronoun(&tokens[end]) {
        return Some(end..end + 1);
    }
    let mut start = end + 1;
    let mut i = end as isize;
    while i >= lo as isize && end + 1 - (i as usize) <= MAX_NP {
        let k = i as usize;
        let t = &tokens[k];
        let w = t.lower.as_str();
        if w == "and" && start <= end {
            if !and_joins_modifiers(toks.tokens, k, lo, end) {
                break;
            }
            start = k;
            i -= 1;
            continue;
        }
        if w == "of" && start <= end && k > lo && tokens[k - 1].is_word() {
            start = k;
            i -= 1;
            continue;
        }
        if name_inner_for(toks.tokens, k, lo, end + 1) && start == k + 1
            || start == k + 1 && k > lo && name_slash(toks.tokens, k)
        {
            start = k;
            i -= 1;
            continue;
        }
        if start == k + 1 && start <= end && possessive_apostrophe(tokens, k, lo) {
            start = k;
            i -= 1;
            continue;
        }
        // "a majority of her backers": a possessive determiner opens the phrase.
        let possessive_determiner =
            t.is(lx::DETERMINERS) && t.is(lx::NP_STOP_WORDS) && start == k + 1 && t.quote.is_none();
        if !np_word(toks, k) && !possessive_determiner {
            break;
        }
        if is_past_participle_like(w)
            && !t.is_capitalised()
            && !participle_modifies_head(toks.tokens, k, lo)
        {
            break;
        }
        start = k;
        let name_word = t.is_capitalised() && k > lo && tokens[k - 1].is_capitalised();
        if t.is(lx::DETERMINERS) && !name_word && !(k > lo && tokens[k - 1].lower == "of") {
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
    // "at least half of voters", "at most a third": the preposition is part of the quantity.
    if start > lo
        && start <= end
        && matches!(tokens[start].lower.as_str(), "least" | "most")
        && tokens[start - 1].lower == "at"
        && tokens[start - 1].quote.is_none()
    {
        start -= 1;
    }
    (start <= end).then_some(start..end + 1)
}

/// "French and German officials": "and" at `k` joins capitalised modifiers of a lower-case
/// head at `end`.
fn and_joins_modifiers(tokens: &[Token], k: usize, lo: usize, end: usize) -> bool {
    let left_cap = k > lo && tokens[k - 1].is_capitalised();
    let right_cap = tokens[k + 1].is_capitalised();
    let head_lower = !tokens[end].is_capitalised();
    left_cap && right_cap && head_lower
}

/// "Sanders’ aides": an apostrophe at `k` right after a plural or an "-s" name is a possessive.
fn possessive_apostrophe(tokens: &[Token], k: usize, lo: usize) -> bool {
    matches!(tokens[k].kind, Kind::Punct('\'' | '’'))
        && k > lo
        && tokens[k - 1].is_word()
        && tokens[k - 1].quote.is_none()
        && tokens[k - 1].lower.ends_with('s')
        && tokens[k - 1].span.end == tokens[k].span.start
}

/// "the registered voters", "52 percent of registered voters", "Democratic registered
/// voters": the participle at `k` modifies the head. A capitalised word before it is an
/// adjective only when it is a party or nationality word or itself follows a determiner
/// ("Rubio earned praise" is a verb).
fn participle_modifies_head(tokens: &[Token], k: usize, lo: usize) -> bool {
    let opens_modifiers = |t: &Token| {
        t.is(lx::DETERMINERS)
            || t.lower == "of"
            || t.lower.starts_with(|c: char| c.is_ascii_digit())
    };
    k > lo && {
        let before = &tokens[k - 1];
        opens_modifiers(before)
            || before.is_capitalised()
                && before.quote.is_none()
                && (before.is(lx::DEMONYMS)
                    || before.is(lx::PARTY_LABELS)
                    || k > lo + 1 && opens_modifiers(&tokens[k - 2]))
    }
}

/// The noun phrase starting at token `start`, not reaching `hi` (exclusive).
pub fn np_forward(toks: Tokens, start: usize, hi: usize) -> Option<Range<usize>> {
    let tokens = toks.tokens;
    let hi = hi.min(tokens.len());
    if start < hi && is_subject_pronoun(&tokens[start]) {
        return Some(start..start + 1);
    }
    let mut end = start;
    let mut i = start;
    while i < hi && i - start < MAX_NP {
        let t = &tokens[i];
        let w = t.lower.as_str();
        // "the author of “The Long Wait”": a quoted title is the object of "of".
        if w == "of"
            && end > start
            && let Some(close) = quoted_title_at(tokens, i + 1, (i + 1 + MAX_TITLE).min(hi))
        {
            i = close + 1;
            end = i;
            continue;
        }
        if w == "of" && end > start && i + 1 < hi && np_word(toks, i + 1) {
            i += 1;
            continue;
        }
        if end == i && name_inner_for(toks.tokens, i, start, hi) {
            i += 1;
            continue;
        }
        if end == i && i > start && i + 1 < hi && name_slash(toks.tokens, i) {
            i += 1;
            end = i;
            continue;
        }
        if t.is_punct(',') && end > start {
            // "a masked, gun-toting fighter": a comma between adjectives before any noun.
            let all_adjectival = tokens[start..end]
                .iter()
                .all(|t| t.is(lx::DETERMINERS) || is_past_participle_like(&t.lower))
                && !tokens[end - 1].is(lx::DETERMINERS);
            if all_adjectival && i + 1 < hi && np_word(toks, i + 1) {
                i += 1;
                continue;
            }
            break;
        }
        // "her campaign posted:": a possessive determiner opens the phrase.
        let possessive_opener = i == start
            && matches!(w, "his" | "her" | "their" | "its" | "our")
            && t.quote.is_none()
            && i + 1 < hi
            && np_word(toks, i + 1);
        if !possessive_opener && (!np_word(toks, i) || verb_after_name(toks.tokens, i, start)) {
            break;
        }
        // A determiner inside means a new phrase begins ("told Reuters the bank ...", "told
        // host Jane Roe a loss was likely").
        let indefinite_after_name =
            i > start && matches!(w, "a" | "an") && tokens[i - 1].is_capitalised();
        if i > start
            && (t.is(lx::DEFINITE_DETERMINERS) || indefinite_after_name)
            && tokens[i - 1].lower != "of"
            && !t.is_capitalised()
        {
            break;
        }
        if is_past_participle_like(w) && !t.is_capitalised() {
            let before_noun = i + 1 < hi
                && (np_word(toks, i + 1)
                    || tokens[i + 1].is_punct(',') && i + 2 < hi && np_word(toks, i + 2));
            // "Jane Roe welcomed the decision": a participle before a determiner is a verb.
            let verb_with_object = i + 1 < hi && tokens[i + 1].is(lx::DETERMINERS);
            // "Jane Roe thanked voters": a participle right after a name is its verb.
            let after_name = i > start && tokens[i - 1].is_capitalised();
            if !before_noun
                || verb_with_object
                || after_name
                || (i == start && !tokens[start].is(lx::DETERMINERS))
            {
                break;
            }
        }
        i += 1;
        end = i;
    }
    (end > start).then_some(start..end)
}

/// The most tokens of a quoted title inside a noun phrase, marks included.
const MAX_TITLE: usize = 14;

/// The closing mark, before `end`, of a quoted title opening at `open` ("“The Long Wait”",
/// "“Harbour Lights,”"): every word inside capitalised, or a preposition or a word
/// of three letters or fewer, so that a quoted claim is not taken for one.
pub(crate) fn quoted_title_at(tokens: &[Token], open: usize, end: usize) -> Option<usize> {
    if open >= end || tokens[open].kind != Kind::OpenQuote {
        return None;
    }
    let q = tokens[open].quote;
    let close =
        (open + 1..end).find(|&j| tokens[j].kind == Kind::CloseQuote && tokens[j].quote == q)?;
    let mut words = tokens[open + 1..close]
        .iter()
        .filter(|t| t.is_word())
        .peekable();
    let title = words.peek().is_some()
        && words
            .all(|t| t.is_capitalised() || t.is(lx::PREPOSITIONS) || t.lower.chars().count() <= 3);
    title.then_some(close)
}

/// "Jane Roe took a risk", "The council voted 6-1": a plain lower-case word between a name and
/// a determiner or a number is the verb the lexicon does not know; a role or a group noun
/// ("Labour leader Keir Starmer", "the Roe campaign") stays in the phrase.
fn verb_after_name(tokens: &[Token], i: usize, start: usize) -> bool {
    let t = &tokens[i];
    let object_follows = tokens.get(i + 1).is_some_and(|n| {
        n.quote.is_none()
            && (n.is(lx::DETERMINERS) || n.lower.starts_with(|c: char| c.is_ascii_digit()))
    });
    i > start
        && object_follows
        && !t.is_capitalised()
        && (tokens[i - 1].is_capitalised() || tokens[i - 1].stem_is(lx::ORGANISATION_HEADS))
        && ![
            lx::PERSON_TITLES,
            lx::ANONYMOUS_HEADS,
            lx::ORGANISATION_HEADS,
            lx::VAGUE_HEADS,
            lx::NAME_PARTICLES,
        ]
        .iter()
        .any(|list| t.stem_is(list))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::with_paragraph;
    use crate::model::Span;

    fn back(text: &str, cue: &str) -> String {
        with_paragraph(text, Span::new(0, text.len()), |toks| {
            let tokens = toks.tokens;
            let i = tokens.iter().position(|t| t.lower == cue).unwrap();
            let r = np_backward(toks, 0, i - 1).unwrap();
            Span::new(tokens[r.start].span.start, tokens[r.end - 1].span.end)
                .of(text)
                .to_string()
        })
    }

    fn class(text: &str) -> NpClass {
        with_paragraph(text, Span::new(0, text.len()), |toks| {
            classify(toks, 0..toks.tokens.len(), None)
        })
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
