//! Classifies a source noun phrase: whether it names someone (and which name, titles
//! stripped), describes an anonymous source or a vague group, speaks for an organisation, or
//! needs resolving (pronouns, "the group", "the analyst"). `phrase` finds the phrase; this
//! module reads it.

use super::lexicon::{self as lx, is_in};
use super::phrase::pronoun_of;
use super::tokens::{Token, Tokens};
use std::ops::Range;

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

fn is_name_token(t: &Token) -> bool {
    t.is_word()
        && (t.is_capitalised()
            || t.lower.starts_with("al-")
            || t.lower.starts_with("el-")
            || t.is(lx::NAME_PARTICLES))
}

/// Classifies the phrase `np`, with an optional apposition `appos` ("X's spokesman, Jane Roe,").
pub fn classify(toks: Tokens, np: Range<usize>, appos: Option<Range<usize>>) -> NpClass {
    let phrase = toks.slice(np.clone());
    let words = phrase.tokens;
    let Some(last) = words.last() else {
        return NpClass::Vague;
    };
    if let Some(class) = pronoun_or_group(words) {
        return class;
    }
    if let Some(person) = person_of_organisation(phrase) {
        return person;
    }
    if let Some(k) = participle_postmodifier(words) {
        return classify(toks, np.start..np.start + k, appos);
    }
    if !is_located(words)
        && let Some(name) = trailing_name(phrase)
    {
        return name;
    }
    if let Some(appos) = appos
        && let Some(NpClass::Name {
            name,
            mut roles,
            organisation,
            ..
        }) = trailing_name(toks.slice(appos))
    {
        roles.push(last.stem().to_string());
        return NpClass::Name {
            name,
            roles,
            person: !organisation,
            organisation,
        };
    }
    if let Some(on_behalf) = on_behalf(toks, np) {
        return on_behalf;
    }
    head_class(phrase)
}

/// "a source speaking to Fox News", "voters going to the polls", "farmers at the market in
/// Dijon": a participle and its preposition, or a preposition of place, after a common noun
/// (not a document) describe the source, and a name in that phrase is not who speaks. Where
/// the description starts.
fn participle_postmodifier(words: &[Token]) -> Option<usize> {
    (1..words.len().saturating_sub(2)).find(|&k| {
        let (t, head) = (&words[k], &words[k - 1]);
        let w = t.lower.as_str();
        // "farmers at the market in Dijon": a place after a common noun says where, not who.
        let place = matches!(w, "at" | "in" | "from" | "on" | "near" | "among" | "across")
            && !head.lower.ends_with("ed")
            && !head.lower.ends_with("ing");
        let participle = w.len() > 4
            && (w.ends_with("ing") || w.ends_with("ed"))
            && words[k + 1].is(lx::PREPOSITIONS);
        t.is_word()
            && !t.is_capitalised()
            && (participle || place)
            && head.is_word()
            && !head.is_capitalised()
            // "a statement posted on X's website": whoever put a document out speaks by it.
            && !head.stem_is(lx::DOCUMENT_NOUNS)
            && !head.is(lx::STATEMENT_NOUNS)
    })
}

/// A pronoun, the writer's "I", "one of the officials", "some of them", or "sources close to
/// X": classes read off the phrase's shape before any name.
fn pronoun_or_group(words: &[Token]) -> Option<NpClass> {
    let pronoun = pronoun_of(words.last()?);
    if words.len() == 1 && matches!(pronoun, "he" | "she" | "they" | "we" | "it") {
        return Some(NpClass::Pronoun(pronoun.to_string()));
    }
    // The writer ("I suspect", "I'd hope"): unnamed, and never what a later "he" or "she"
    // refers to.
    if words.len() == 1 && pronoun == "i" {
        return Some(NpClass::Anonymous {
            plural: false,
            person: false,
        });
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
            return Some(NpClass::Anonymous {
                plural: !matches!(
                    words[0].lower.as_str(),
                    "one" | "each" | "either" | "neither"
                ),
                person: true,
            });
        }
    }
    // "some of them", "many of the experts"
    if words.len() >= 3 && words.iter().any(|t| t.lower == "of") && words[0].is(lx::VAGUE_HEADS) {
        return Some(NpClass::Vague);
    }
    // "sources close to the Kremlin", "people familiar with the talks": the name after the
    // modifier says whom they know, not who they are.
    if let Some(k) = words.iter().position(|t| t.is(lx::KNOWING_ADJECTIVES))
        && k > 0
        && (words[k - 1].stem_is(lx::ANONYMOUS_HEADS) || words[k - 1].is(lx::PEOPLE_NOUNS))
    {
        return Some(NpClass::Anonymous {
            plural: is_plural(&words[k - 1].lower),
            person: true,
        });
    }
    None
}

/// "a nurse in Bristol": a name after "in" or "on" is where the source is, not who it is; "an
/// aide to Jane Roe" is whom the source works for, and an aide does not speak for a person.
fn is_located(words: &[Token]) -> bool {
    words.len() >= 3
        && words[..words.len() - 1]
            .iter()
            .rposition(|t| matches!(t.lower.as_str(), "in" | "on" | "to"))
            .is_some_and(|k| {
                k > 0
                    && [lx::PERSON_TITLES, lx::ANONYMOUS_HEADS, lx::VAGUE_HEADS]
                        .iter()
                        .any(|list| words[k - 1].is(list))
                    && words[k + 1..]
                        .iter()
                        .all(|t| is_name_token(t) || t.is(lx::DETERMINERS))
            })
}

/// The class of a phrase without a name, by its head: the last word before a post-modifier
/// ("people familiar with the talks").
fn head_class(toks: Tokens) -> NpClass {
    let (text, all_words) = (toks.text, toks.tokens);
    let core_len = all_words
        .iter()
        .position(|t| t.is(lx::POST_MODIFIERS))
        .filter(|&k| k > 0)
        .unwrap_or(all_words.len());
    let last = &all_words[core_len - 1];
    let words = &all_words[..core_len];
    let head = last.stem().to_string();
    let definite = words[0].is(lx::DEFINITE_DETERMINERS) || words.iter().any(Token::is_possessive);
    let plural = is_plural(&head);
    let has_proper_modifier = words[..words.len() - 1].iter().any(|t| t.is_capitalised())
        && !words[0].is_capitalised()
        || words.len() > 1 && words[1..words.len() - 1].iter().any(|t| t.is_capitalised());
    if last.stem_is(lx::PERSON_TITLES) && !words[0].is(lx::INDEFINITE_DETERMINERS) && definite {
        return NpClass::Role(head);
    }
    let briefed = all_words
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
fn on_behalf(toks: Tokens, np: Range<usize>) -> Option<NpClass> {
    let tokens = toks.tokens;
    let words = &tokens[np.clone()];
    let possessive = words.iter().position(Token::is_possessive);
    let (head_at, of) = match possessive {
        Some(p) if p + 1 < words.len() => {
            let owner = np.start..np.start + p + 1;
            let owner_words = &tokens[owner.clone()];
            // "its leaders", "their spokesman" are pronouns: nothing to resolve here.
            if owner_words.len() == 1 && !owner_words[0].is_capitalised() {
                return None;
            }
            (words.len() - 1, classify(toks, owner, None))
        }
        _ => {
            let k = words
                .iter()
                .position(|t| matches!(t.lower.as_str(), "for" | "of"))?;
            if k == 0 || k + 1 >= words.len() {
                return None;
            }
            let rest = np.start + k + 1..np.end;
            (k - 1, classify(toks, rest, None))
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
fn person_of_organisation(toks: Tokens) -> Option<NpClass> {
    let words = toks.tokens;
    let k = words.iter().position(|t| t.lower == "of")?;
    let mut after = k + 1;
    if words.get(after).is_some_and(|t| t.lower == "the") {
        after += 1;
    }
    if k < 2 || !words.get(after)?.is_capitalised() {
        return None;
    }
    let before = &words[..k];
    let name = trailing_name(toks.slice(..k))?;
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
            t.is_capitalised()
                && !t.stem_is(lx::PERSON_TITLES)
                && !t.stem_is(lx::ORGANISATION_NAME_WORDS)
                && !t.stem_is(lx::ORGANISATION_HEADS)
        });
    (name_len >= 2 && plain).then_some(name)
}

/// A function word, adverb or interjection that is capitalised only because it opens a
/// sentence; an acronym ("WHO", "US") is a name.
fn is_capitalised_opener(toks: Tokens, i: usize) -> bool {
    let t = &toks.tokens[i];
    let written = t.span.of(toks.text);
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
            || t.is(lx::NO_NAME_OPENERS)
            || t.is(lx::CAPITALISED_OPENERS)
            || t.stem_is(lx::CAPITALISED_OPENERS)
            || t.is(lx::QUESTION_WORDS)
            || t.is(lx::SUBORDINATORS)
            || t.is(lx::PREPOSITIONS)
            || opens_participle_phrase(toks.text, t))
}

/// "Courted by both parties, ...", "Raised in Ohio, ...": an "-ed" or "-ing" form before a
/// preposition or a determiner opens a participle phrase; a name such as "Manning" or "Reed" is
/// followed by its verb ("Manning said").
fn opens_participle_phrase(text: &str, t: &Token) -> bool {
    let w = t.lower.as_str();
    if w.len() < 5 || !(w.ends_with("ed") || w.ends_with("ing")) {
        return false;
    }
    let next = text[t.span.end..]
        .trim_start()
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    !next.is_empty()
        && !next.starts_with(char::is_uppercase)
        && next != "of"
        && is_in(
            &[
                "by", "in", "with", "to", "at", "on", "from", "for", "the", "a", "an", "been",
                "his", "her", "their", "its", "into", "through", "over", "after",
            ],
            next,
        )
}

/// Where a name starts within the capitalised run `words[start..]`, after a modifier that is
/// not part of it: a possessive before a full name ("Vancouver's Jane Roe") or a capitalised
/// compound adjective ("Moscow-backed", "London-based"). An organisation's name may hold a
/// possessive ("Moody's Investors Service"), so such a run is left whole.
fn after_name_modifier(toks: Tokens, start: usize) -> usize {
    let (text, words) = (toks.text, toks.tokens);
    let ends_like_organisation = words
        .last()
        .is_some_and(|t| t.stem_is(lx::ORGANISATION_NAME_WORDS));
    let mut name_start = start;
    for k in start..words.len().saturating_sub(1) {
        let t = &words[k];
        let compound_adjective = is_compound_adjective(text, t);
        let possessive_before_full_name = t.is_possessive() && words.len() - k > 2;
        if compound_adjective || possessive_before_full_name && !ends_like_organisation {
            name_start = k + 1;
        }
    }
    name_start
}

/// A capitalised compound adjective ("Moscow-backed", "Ohio-born"), not a name ("al-Sadr").
fn is_compound_adjective(text: &str, t: &Token) -> bool {
    let hyphen_tail = t.span.of(text).rsplit(['-', '‐', '‑']).next();
    t.lower.contains(['-', '‐', '‑'])
        && hyphen_tail.is_some_and(|tail| tail.starts_with(char::is_lowercase))
        && !t.lower.starts_with("al-")
        && !t.lower.starts_with("el-")
}

/// A proper name closing the phrase, with the titles before it stripped.
pub fn trailing_name(toks: Tokens) -> Option<NpClass> {
    let words = toks.tokens;
    let start = name_run_start(toks)?;
    let run = toks.slice(start..);
    if is_title_case_phrase(run.tokens) || is_lone_common_noun(run) {
        return None;
    }
    let (name_start, roles) = titles_before_name(words, start)?;
    name_class(run.slice(name_start..), roles)
}

/// Where the capitalised run that ends `words` starts, past particles, sentence openers and
/// modifiers; `None` when there is no such run or it is a lone date word.
fn name_run_start(toks: Tokens) -> Option<usize> {
    let words = toks.tokens;
    let last = words.last()?;
    if !last.is_capitalised() && !last.lower.starts_with("al-") && !last.lower.starts_with("el-") {
        return None;
    }
    let mut start = words.len();
    while start > 0
        && (is_name_token(&words[start - 1])
            || start >= 2
                && words[start - 1].lower == "for"
                && words[start - 2].is_capitalised()
                && words[start].is_capitalised())
    {
        start -= 1;
    }
    // A run may not start with a particle or a determiner-like capital ("The", "Some"), nor
    // with a sentence opener that is capitalised only because it opens the sentence ("With
    // David Cameron ...", "Maybe Trump ...", "Typically ...").
    while start < words.len()
        && (words[start].is(lx::DETERMINERS)
            || matches!(words[start].lower.as_str(), "of" | "de" | "la" | "le")
            || is_capitalised_opener(toks, start))
    {
        start += 1;
    }
    // "On Sunday", "In March": a weekday or a month alone names no one (months that are
    // also given names, "April", "June", and the surname "Day" may).
    let date = |t: &Token| t.is(lx::WEEKDAYS) || t.is(lx::MONTHS) && !t.is(lx::NAME_MONTHS);
    // "The Ohio-born senator", "Moscow-backed": a compound adjective alone names no one.
    let alone_unnamed = |t: &Token| date(t) || is_compound_adjective(toks.text, t);
    if start == words.len() || start + 1 == words.len() && alone_unnamed(&words[start]) {
        return None;
    }
    Some(after_name_modifier(toks, start))
}

/// "Anchor Expressed Fear About Her Daughter", "Ted Cruz Is A": a Title Case headline or
/// phrase, not a name, when the run holds a verb form or a pronoun no name contains ("Will"
/// and "Can" are left out: they are also given names).
fn is_title_case_phrase(run: &[Token]) -> bool {
    run.iter()
        .skip(1)
        .any(|t| t.lower.ends_with("n't") || t.is(lx::TITLE_CASE_BREAKERS))
}

/// A lone capitalised common noun ("Critics say") is a sentence opener, not a name.
fn is_lone_common_noun(toks: Tokens) -> bool {
    let (text, run) = (toks.text, toks.tokens);
    if run.len() != 1 {
        return false;
    }
    let common = [
        lx::ANONYMOUS_HEADS,
        lx::VAGUE_HEADS,
        lx::PERSON_TITLES,
        lx::ORGANISATION_HEADS,
    ]
    .iter()
    .any(|list| run[0].stem_is(list));
    common && !run[0].span.of(text).chars().skip(1).any(char::is_uppercase)
}

/// Where the name starts in the run from `start` (after its last title or a nationality), and
/// the roles the titles before it give.
fn titles_before_name(words: &[Token], start: usize) -> Option<(usize, Vec<String>)> {
    let run = &words[start..];
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
    Some((name_start, roles))
}

/// The name class of the name words `name_tokens`, with the `roles` of its titles.
fn name_class(toks: Tokens, roles: Vec<String>) -> Option<NpClass> {
    let (text, name_tokens) = (toks.text, toks.tokens);
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
