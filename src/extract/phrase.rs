//! Finds and classifies the noun phrase that names a source.
//!
//! Without a part-of-speech tagger, a source noun phrase is recognised by what ends it: function
//! words, verbs, punctuation and quotation marks. Scans are bounded to a few words, so they cost
//! the same on a five-megabyte sentence as on a short one. Classification decides whether the
//! phrase names someone (and which name, titles stripped), describes an anonymous source, a vague
//! group, or needs resolving (pronouns, "the group", "the analyst").

use super::lexicon::{self as lx, is_in};
use super::tokens::{Kind, Token};
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
    let in_name = t.is_capitalised(text)
        && i > 0
        && tokens[i - 1].is_word()
        && tokens[i - 1].quote.is_none()
        && tokens[i - 1].is_capitalised(text);
    if t.is(lx::NP_STOP_WORDS) && !acronym && !in_name {
        // "some of them": an object pronoun closes a quantified phrase.
        let quantified =
            matches!(w, "them" | "us" | "those") && i > 0 && tokens[i - 1].lower == "of";
        return quantified;
    }
    if t.is_capitalised(text) || w.chars().next().is_some_and(char::is_numeric) {
        return true;
    }
    // A verb form after an article or a possessive is a noun: "the report", "its statement";
    // not before a name, which makes it a reduced relative ("a finding Jane Roe described").
    // "the state Division of X": a few verb forms are far more often modifiers of a name.
    let before_name = tokens.get(i + 1).is_some_and(|n| n.is_capitalised(text))
        && !is_in(lx::MODIFIER_VERB_FORMS, w);
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
            || plural_noun_before_verb(text, tokens, i, tokens.len());
    if t.verb.is_some() && !t.is(lx::ANONYMOUS_HEADS) && !after_article {
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
    if w.ends_with("ly") && !adjective && !matches!(w, "family" | "ally" | "italy" | "assembly") {
        return false;
    }
    true
}

/// "New reports show", "the polls suggest": an "-s" verb form right before another finite
/// verb form is a plural noun, the subject of that verb; two finite verbs never follow each
/// other. An "-ing" form after it may be a complement ("admits knowing"), so it does not count,
/// nor does an "-s" form, which a plural subject does not take ("says reports show").
pub fn plural_noun_before_verb(text: &str, tokens: &[Token], i: usize, hi: usize) -> bool {
    let w = tokens[i].lower.as_str();
    // Only words that are nouns as often as verbs ("reports", "polls"): "says praise" is a
    // verb and its object.
    let plural = tokens[i].verb.is_some()
        && w.ends_with('s')
        && !w.ends_with("ss")
        && (tokens[i].stem_is(lx::DOCUMENT_NOUNS) || tokens[i].is(lx::STATEMENT_NOUNS));
    plural
        && i + 1 < hi.min(tokens.len())
        && tokens[i + 1].verb.is_some()
        && tokens[i + 1].quote.is_none()
        && tokens[i].quote.is_none()
        && !tokens[i + 1].lower.ends_with("ing")
        // "says reports show": a plural subject takes no "-s" verb.
        && !tokens[i + 1].lower.ends_with('s')
        && !tokens[i + 1].is_capitalised(text)
}

/// "for" inside a capitalised name ("Office for National Statistics"), not before a date.
fn name_inner_for(text: &str, tokens: &[Token], i: usize, lo: usize, hi: usize) -> bool {
    i > lo
        && i + 1 < hi
        && tokens[i].lower == "for"
        && tokens[i].quote.is_none()
        && tokens[i - 1].is_capitalised(text)
        && tokens[i + 1].is_capitalised(text)
        && tokens[i + 1].quote.is_none()
        && !matches!(
            tokens[i + 1].lower.as_str(),
            "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
        )
}

fn is_past_participle_like(w: &str) -> bool {
    w.ends_with("ed") && !w.contains('-') && w.len() > 4
}

/// A subject pronoun ("he", "they", "I", "you"), also with a contracted verb ("he's"): a whole
/// noun phrase by itself, which no modifier precedes and no verb after it joins.
fn is_subject_pronoun(t: &Token) -> bool {
    t.is_word()
        && t.quote.is_none()
        && matches!(
            pronoun_of(t),
            "he" | "she" | "they" | "we" | "it" | "i" | "you"
        )
}

/// The word without a contracted verb ("I'd" → "i", "they're" → "they", "he's" → "he"): what
/// a pronoun is compared by.
fn pronoun_of(t: &Token) -> &str {
    let lower = t.lower.as_str();
    match lower.split_once('\'') {
        Some((head, "s" | "d" | "ll" | "re" | "ve" | "m")) => head,
        _ => lower,
    }
}

/// A slash joining two capitalised words with no space ("CNN/ORC", "Register/Bloomberg"), as
/// in the names of joint polls: part of the phrase.
fn name_slash(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    t.is_punct('/')
        && t.quote.is_none()
        && i > 0
        && tokens.get(i + 1).is_some_and(|n| {
            n.is_capitalised(text) && n.quote.is_none() && n.span.start == t.span.end
        })
        && tokens[i - 1].is_capitalised(text)
        && tokens[i - 1].span.end == t.span.start
}

/// The noun phrase ending at token `end` (inclusive), not reaching before `lo`.
pub fn np_backward(text: &str, tokens: &[Token], lo: usize, end: usize) -> Option<Range<usize>> {
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
        if name_inner_for(text, tokens, k, lo, end + 1) && start == k + 1
            || start == k + 1 && k > lo && name_slash(text, tokens, k)
        {
            start = k;
            i -= 1;
            continue;
        }
        // "Sanders’ aides": an apostrophe after a plural or an "-s" name is a possessive.
        if matches!(t.kind, Kind::Punct('\'' | '’'))
            && start == k + 1
            && start <= end
            && k > lo
            && tokens[k - 1].is_word()
            && tokens[k - 1].quote.is_none()
            && tokens[k - 1].lower.ends_with('s')
            && tokens[k - 1].span.end == t.span.start
        {
            start = k;
            i -= 1;
            continue;
        }
        // "a majority of her backers": a possessive determiner opens the phrase.
        let possessive_determiner =
            t.is(lx::DETERMINERS) && t.is(lx::NP_STOP_WORDS) && start == k + 1 && t.quote.is_none();
        if !np_word(text, tokens, k) && !possessive_determiner {
            break;
        }
        if is_past_participle_like(w) && !t.is_capitalised(text) {
            // "the registered voters", "52 percent of registered voters", "Democratic
            // registered voters": a participle modifying the head.
            let opens_modifiers = |t: &Token| {
                t.is(lx::DETERMINERS)
                    || t.lower == "of"
                    || t.lower.starts_with(|c: char| c.is_ascii_digit())
            };
            // A capitalised word before it is an adjective only when it is a party or
            // nationality word or itself follows a determiner ("Rubio earned praise" is a verb).
            let modifier = k > lo && {
                let before = &tokens[k - 1];
                opens_modifiers(before)
                    || before.is_capitalised(text)
                        && before.quote.is_none()
                        && (before.is(lx::DEMONYMS)
                            || before.is(lx::PARTY_LABELS)
                            || k > lo + 1 && opens_modifiers(&tokens[k - 2]))
            };
            if !modifier {
                break;
            }
        }
        start = k;
        let name_word = t.is_capitalised(text) && k > lo && tokens[k - 1].is_capitalised(text);
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
    (start <= end).then_some(start..end + 1)
}

/// The noun phrase starting at token `start`, not reaching `hi` (exclusive).
pub fn np_forward(text: &str, tokens: &[Token], start: usize, hi: usize) -> Option<Range<usize>> {
    let hi = hi.min(tokens.len());
    if start < hi && is_subject_pronoun(&tokens[start]) {
        return Some(start..start + 1);
    }
    let mut end = start;
    let mut i = start;
    while i < hi && i - start < MAX_NP {
        let t = &tokens[i];
        let w = t.lower.as_str();
        if w == "of" && end > start && i + 1 < hi && np_word(text, tokens, i + 1) {
            i += 1;
            continue;
        }
        if end == i && name_inner_for(text, tokens, i, start, hi) {
            i += 1;
            continue;
        }
        if end == i && i > start && i + 1 < hi && name_slash(text, tokens, i) {
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
            if all_adjectival && i + 1 < hi && np_word(text, tokens, i + 1) {
                i += 1;
                continue;
            }
            break;
        }
        if !np_word(text, tokens, i) || verb_after_name(text, tokens, i, start) {
            break;
        }
        // A determiner inside means a new phrase begins ("told Reuters the bank ...").
        if i > start
            && t.is(lx::DEFINITE_DETERMINERS)
            && tokens[i - 1].lower != "of"
            && !t.is_capitalised(text)
        {
            break;
        }
        if is_past_participle_like(w) && !t.is_capitalised(text) {
            let before_noun = i + 1 < hi
                && (np_word(text, tokens, i + 1)
                    || tokens[i + 1].is_punct(',') && i + 2 < hi && np_word(text, tokens, i + 2));
            // "Jane Roe welcomed the decision": a participle before a determiner is a verb.
            let verb_with_object = i + 1 < hi && tokens[i + 1].is(lx::DETERMINERS);
            // "Jane Roe thanked voters": a participle right after a name is its verb.
            let after_name = i > start && tokens[i - 1].is_capitalised(text);
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

/// "Jane Roe took a risk", "The council voted 6-1": a plain lower-case word between a name and
/// a determiner or a number is the verb the lexicon does not know; a role or a group noun
/// ("Labour leader Keir Starmer", "the Roe campaign") stays in the phrase.
fn verb_after_name(text: &str, tokens: &[Token], i: usize, start: usize) -> bool {
    let t = &tokens[i];
    let object_follows = tokens.get(i + 1).is_some_and(|n| {
        n.quote.is_none()
            && (n.is(lx::DETERMINERS) || n.lower.starts_with(|c: char| c.is_ascii_digit()))
    });
    i > start
        && object_follows
        && !t.is_capitalised(text)
        && (tokens[i - 1].is_capitalised(text) || tokens[i - 1].stem_is(lx::ORGANISATION_HEADS))
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
    /// Someone speaking for the entity `of`: "the union's leaders", "a spokesman for the
    /// group", "with a spokesman urging" after an organisation's clause.
    OnBehalf {
        of: Box<NpClass>,
        /// A spokesperson speaks even for a person; other roles only for organisations.
        spokesperson: bool,
        plural: bool,
    },
}

fn is_plural(w: &str) -> bool {
    w.ends_with('s') && !w.ends_with("ss") && !matches!(w, "us" | "news" | "its" | "his")
}

fn is_name_token(text: &str, t: &Token) -> bool {
    t.is_word()
        && (t.is_capitalised(text)
            || t.lower.starts_with("al-")
            || t.lower.starts_with("el-")
            || t.is(lx::NAME_PARTICLES))
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
    let pronoun = pronoun_of(last);
    if words.len() == 1 && matches!(pronoun, "he" | "she" | "they" | "we" | "it") {
        return NpClass::Pronoun(pronoun.to_string());
    }
    // The writer ("I suspect", "I'd hope"): unnamed, and never what a later "he" or "she"
    // refers to.
    if words.len() == 1 && pronoun == "i" {
        return NpClass::Anonymous {
            plural: false,
            person: false,
        };
    }
    // "one of the people", "two of the officials": part of a specific group of sources.
    if words.len() >= 4
        && words[1].lower == "of"
        && words[2].is(lx::DEFINITE_DETERMINERS)
        && is_in(
            &[
                "one", "two", "three", "four", "five", "each", "either", "neither", "both",
            ],
            &words[0].lower,
        )
    {
        let head = words[words.len() - 1].stem();
        if is_in(lx::ANONYMOUS_HEADS, head) || matches!(head, "people" | "persons") {
            return NpClass::Anonymous {
                plural: !matches!(
                    words[0].lower.as_str(),
                    "one" | "each" | "either" | "neither"
                ),
                person: true,
            };
        }
    }
    // "some of them", "many of the experts"
    if words.len() >= 3 && words.iter().any(|t| t.lower == "of") && words[0].is(lx::VAGUE_HEADS) {
        return NpClass::Vague;
    }
    // "a nurse in Bristol": a name after "in" or "on" is where the source is, not who it is.
    let located = words.len() >= 3
        && words[..words.len() - 1]
            .iter()
            .rposition(|t| t.lower == "in" || t.lower == "on")
            .is_some_and(|k| {
                k > 0
                    && [lx::PERSON_TITLES, lx::ANONYMOUS_HEADS, lx::VAGUE_HEADS]
                        .iter()
                        .any(|list| words[k - 1].is(list))
                    && words[k + 1..]
                        .iter()
                        .all(|t| is_name_token(text, t) || t.is(lx::DETERMINERS))
            });
    // "sources close to the Kremlin", "people familiar with the talks": the name after the
    // modifier says whom they know, not who they are.
    if let Some(k) = words.iter().position(|t| {
        matches!(
            t.lower.as_str(),
            "familiar" | "close" | "briefed" | "knowledgeable"
        )
    }) && k > 0
        && (words[k - 1].stem_is(lx::ANONYMOUS_HEADS)
            || matches!(
                words[k - 1].lower.as_str(),
                "people" | "person" | "sources" | "source"
            ))
    {
        return NpClass::Anonymous {
            plural: is_plural(&words[k - 1].lower),
            person: true,
        };
    }
    if let Some(person) = person_of_organisation(text, words) {
        return person;
    }
    if !located && let Some(name) = trailing_name(text, words) {
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
    if let Some(on_behalf) = on_behalf(text, tokens, np.clone()) {
        return on_behalf;
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
                    "on",
                ],
                &t.lower,
            )
        })
        .filter(|&k| k > 0)
        .unwrap_or(words.len());
    let last = &words[core_len - 1];
    let words = &words[..core_len];
    let head = last.stem().to_string();
    let definite = words[0].is(lx::DEFINITE_DETERMINERS) || words.iter().any(Token::is_possessive);
    let plural = is_plural(&head);
    let has_proper_modifier = words[..words.len() - 1]
        .iter()
        .any(|t| t.is_capitalised(text))
        && !words[0].is_capitalised(text)
        || words.len() > 1
            && words[1..words.len() - 1]
                .iter()
                .any(|t| t.is_capitalised(text));
    if last.stem_is(lx::PERSON_TITLES) && !words[0].is(lx::INDEFINITE_DETERMINERS) && definite {
        return NpClass::Role(head);
    }
    let briefed = tokens[np.clone()]
        .iter()
        .any(|t| matches!(t.lower.as_str(), "familiar" | "briefed" | "knowledgeable"));
    if last.stem_is(lx::ANONYMOUS_HEADS) || briefed {
        return NpClass::Anonymous {
            plural,
            person: head != "police" && head != "authorities",
        };
    }
    if last.stem_is(lx::ORGANISATION_HEADS)
        && !plural
        && !words[0].is(lx::INDEFINITE_DETERMINERS)
        && (definite || has_proper_modifier)
    {
        let start = if words[0].is(lx::DEFINITE_DETERMINERS) {
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
    if last.stem_is(lx::VAGUE_HEADS) || plural {
        return NpClass::Vague;
    }
    if words[0].is(lx::INDEFINITE_DETERMINERS) {
        return NpClass::Anonymous {
            plural: false,
            person: true,
        };
    }
    NpClass::Vague
}

/// "the union's leaders", "The party's spokesman", "a spokesman for the group": a group or role
/// noun that speaks for the organisation in the possessive or after "for"/"of".
fn on_behalf(text: &str, tokens: &[Token], np: Range<usize>) -> Option<NpClass> {
    let words = &tokens[np.clone()];
    let possessive = words.iter().position(Token::is_possessive);
    let (head_at, of) = match possessive {
        Some(p) if p + 1 < words.len() => {
            let owner = np.start..np.start + p + 1;
            let owner_words = &tokens[owner.clone()];
            // "its leaders", "their spokesman" are pronouns: nothing to resolve here.
            if owner_words.len() == 1 && !owner_words[0].is_capitalised(text) {
                return None;
            }
            (words.len() - 1, classify(text, tokens, owner, None))
        }
        _ => {
            let k = words
                .iter()
                .position(|t| matches!(t.lower.as_str(), "for" | "of"))?;
            if k == 0 || k + 1 >= words.len() {
                return None;
            }
            let rest = np.start + k + 1..np.end;
            (k - 1, classify(text, tokens, rest, None))
        }
    };
    let head = words[head_at].stem();
    if !is_in(lx::SPEAKS_FOR_HEADS, head) {
        return None;
    }
    if !matches!(
        of,
        NpClass::Name { .. } | NpClass::DefiniteOrganisation { .. }
    ) {
        return None;
    }
    Some(NpClass::OnBehalf {
        of: Box::new(of),
        spokesperson: is_in(lx::SPOKESPERSON_HEADS, head),
        plural: is_plural(head) || head == "spokespeople",
    })
}

/// "Jane Roe of the University of Leeds", "Jane Roe of Acme Research": a full personal name
/// followed by "of" and a capitalised affiliation names the person, not the affiliation.
fn person_of_organisation(text: &str, words: &[Token]) -> Option<NpClass> {
    let k = words.iter().position(|t| t.lower == "of")?;
    let mut after = k + 1;
    if words.get(after).is_some_and(|t| t.lower == "the") {
        after += 1;
    }
    if k < 2 || !words.get(after)?.is_capitalised(text) {
        return None;
    }
    let before = &words[..k];
    let name = trailing_name(text, before)?;
    let NpClass::Name {
        name: ref written,
        organisation: false,
        ..
    } = name
    else {
        return None;
    };
    let name_len = written.split_whitespace().count();
    let plain = before[before.len() - name_len.min(before.len())..]
        .iter()
        .all(|t| {
            t.is_capitalised(text)
                && !t.stem_is(lx::PERSON_TITLES)
                && !t.stem_is(lx::ORGANISATION_NAME_WORDS)
                && !t.stem_is(lx::ORGANISATION_HEADS)
        });
    (name_len >= 2 && plain).then_some(name)
}

/// A proper name closing the phrase, with the titles before it stripped.
/// A function word, adverb or interjection that is capitalised only because it opens a
/// sentence; an acronym ("WHO", "US") is a name.
fn is_capitalised_opener(text: &str, t: &Token) -> bool {
    let written = t.span.of(text);
    let acronym = written.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !written.chars().any(char::is_lowercase);
    let w = t.lower.as_str();
    // Adverb endings, not "-ly" alone: Carly, Kelly and Connolly are names.
    let adverb = [
        "ally", "ently", "antly", "ately", "ively", "ously", "arly", "ually", "ibly", "ably",
    ]
    .iter()
    .any(|end| w.len() > 5 && w.ends_with(end));
    // Auxiliaries are left alone: "Will Doyle", "May Roe" are names.
    !acronym
        && (t.is(lx::ADVERBIAL_OPENERS)
            || adverb
            || is_in(
                &[
                    "well",
                    "maybe",
                    "perhaps",
                    "yes",
                    "no",
                    "oh",
                    "so",
                    "neither",
                    "either",
                    "instead",
                    "meanwhile",
                    "still",
                    "now",
                    "then",
                    "here",
                    "there",
                    "and",
                    "or",
                    "if",
                    "as",
                    "because",
                    "for",
                    "from",
                    "to",
                    "by",
                    "about",
                    "like",
                ],
                w,
            ))
}

/// Where a name starts within the capitalised run `words[start..]`, after a modifier that is
/// not part of it: a possessive before a full name ("Vancouver's Jane Roe") or a capitalised
/// compound adjective ("Moscow-backed", "London-based"). An organisation's name may hold a
/// possessive ("Moody's Investors Service"), so such a run is left whole.
fn after_name_modifier(text: &str, words: &[Token], start: usize) -> usize {
    let ends_like_organisation = words
        .last()
        .is_some_and(|t| t.stem_is(lx::ORGANISATION_NAME_WORDS));
    let mut name_start = start;
    for k in start..words.len().saturating_sub(1) {
        let t = &words[k];
        let hyphen_tail = t.span.of(text).rsplit(['-', '‐', '‑']).next();
        let compound_adjective = t.lower.contains(['-', '‐', '‑'])
            && hyphen_tail.is_some_and(|tail| tail.starts_with(char::is_lowercase))
            && !t.lower.starts_with("al-")
            && !t.lower.starts_with("el-");
        let possessive_before_full_name = t.is_possessive() && words.len() - k > 2;
        if compound_adjective || possessive_before_full_name && !ends_like_organisation {
            name_start = k + 1;
        }
    }
    name_start
}

pub fn trailing_name(text: &str, words: &[Token]) -> Option<NpClass> {
    let last = words.last()?;
    if !last.is_capitalised(text)
        && !last.lower.starts_with("al-")
        && !last.lower.starts_with("el-")
    {
        return None;
    }
    let mut start = words.len();
    while start > 0
        && (is_name_token(text, &words[start - 1])
            || start >= 2
                && words[start - 1].lower == "for"
                && words[start - 2].is_capitalised(text)
                && words[start].is_capitalised(text))
    {
        start -= 1;
    }
    // A run may not start with a particle or a determiner-like capital ("The", "Some"), nor
    // with a sentence opener that is capitalised only because it opens the sentence ("With
    // David Cameron ...", "Maybe Trump ...", "Typically ...").
    while start < words.len()
        && (words[start].is(lx::DETERMINERS)
            || matches!(words[start].lower.as_str(), "of" | "de" | "la" | "le")
            || is_capitalised_opener(text, &words[start]))
    {
        start += 1;
    }
    // "On Sunday", "In March": a weekday or a month alone names no one (months that are
    // also given names, "April", "June", and the surname "Day" may).
    let date = |t: &Token| {
        t.is(lx::WEEKDAYS)
            || is_in(
                &[
                    "january",
                    "february",
                    "march",
                    "july",
                    "september",
                    "october",
                    "november",
                    "december",
                ],
                &t.lower,
            )
    };
    if start == words.len() || start + 1 == words.len() && date(&words[start]) {
        return None;
    }
    start = after_name_modifier(text, words, start);
    let run = &words[start..];
    // "Anchor Expressed Fear About Her Daughter", "Ted Cruz Is A": a Title Case headline or
    // phrase, not a name, when the run holds a verb form or a pronoun no name contains ("Will"
    // and "Can" are left out: they are also given names).
    if run.iter().skip(1).any(|t| {
        t.lower.ends_with("n't")
            || is_in(
                &[
                    "is", "are", "was", "were", "has", "have", "had", "would", "could", "should",
                    "her", "his", "their", "its", "about", "against", "that", "into", "over",
                    "after", "says", "said", "wants",
                ],
                &t.lower,
            )
    }) {
        return None;
    }
    // A lone capitalised common noun ("Critics say") is a sentence opener, not a name.
    if run.len() == 1 {
        let common = [
            lx::ANONYMOUS_HEADS,
            lx::VAGUE_HEADS,
            lx::PERSON_TITLES,
            lx::ORGANISATION_HEADS,
        ]
        .iter()
        .any(|list| run[0].stem_is(list));
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
        run[k].stem_is(lx::PERSON_TITLES) && (stem != "state" || k > 0 && run[k - 1].lower == "of")
    };
    // An organisation's name may hold title words ("National Executive Committee"): only a
    // run that does not end like an organisation has titles to strip.
    let ends_like_organisation = run.last()?.stem_is(lx::ORGANISATION_NAME_WORDS);
    for (k, _) in run.iter().enumerate() {
        if is_title(k) && k + 1 < run.len() && !ends_like_organisation {
            name_start = k + 1;
        }
    }
    // "Unseeded Australian Tom Vance": a nationality before a full name describes the person.
    if !ends_like_organisation
        && let Some(d) = (name_start..run.len().saturating_sub(2))
            .rev()
            .find(|&k| run[k].is(lx::DEMONYMS) || run[k].is(lx::PARTY_LABELS))
    {
        name_start = d + 1;
    }
    for t in &words[..start] {
        if t.stem_is(lx::PERSON_TITLES) {
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
    // "Sen. Jane Roe of Maine": a titled person's name ends before "of" and a place.
    let name_tokens = match name_tokens.iter().position(|t| t.lower == "of") {
        Some(k) if k >= 2 && !roles.is_empty() => &name_tokens[..k],
        _ => name_tokens,
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
        .any(|t| t.stem_is(lx::ORGANISATION_NAME_WORDS))
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
