//! The written extent of a source mention, as a reader would underline it.
//!
//! Rules find the head of a source ("Jane Roe") so that it can be resolved to a speaker, but the
//! mention as written also carries what the writer says about it: an apposition ("Jane Roe, a
//! lawyer for the family,") or a relative clause ("Jane Roe, who chairs the panel,"). Reporting
//! the source span over that whole mention is what the PARC/PolNeAR convention does and what a
//! reader checks; the speaker stays the name. Scans are bounded, like every look-around here.

use super::lexicon::{self as lx};
use super::phrase::{is_subject_pronoun, np_backward, pronoun_of};
use super::tokens::{Kind, Token, Tokens};
use crate::model::{Attribution, Span};
use std::ops::Range;

/// The longest description taken into a mention, in tokens.
const MAX_DESCRIPTION: usize = 45;

/// The span of the mention whose head phrase is `np` (plus an apposition `appos`), for a cue at
/// `cue` and a content at `content`: the head phrase widened over a description between it and
/// a later cue, or over the description that follows it after an earlier cue. It never runs
/// into the content.
pub fn written_extent(
    toks: Tokens,
    np: &Range<usize>,
    appos: Option<&Range<usize>>,
    cue: Span,
    content: Span,
) -> Span {
    let tokens = toks.tokens;
    if np.len() == 1
        && appos.is_none()
        && let Some(end) = end_before_contracted_verb(&tokens[np.start])
    {
        return Span::new(tokens[np.start].span.start, end);
    }
    let mut start = np.start;
    let mut end = np.end;
    if let Some(a) = appos {
        start = start.min(a.start);
        end = end.max(a.end);
    }
    let cue_first = tokens.partition_point(|t| t.span.start < cue.start);
    // A pronoun takes no description: "he, too, said".
    let pronoun = np.len() == 1 && tokens[np.start].is(lx::PERSON_PRONOUNS);
    // Up to the content when it follows ("according to X, C"), else to the clause end.
    let limit = if content.start >= tokens[np.end - 1].span.end {
        tokens.partition_point(|t| t.span.start < content.start)
    } else {
        tokens.len()
    };
    // "Roe, who chairs the panel, said": a bare surname before its cue is underlined alone,
    // as PolNeAR's annotators mostly do (44 to 23 on its train split); a fuller mention keeps
    // its relative clause ("the senator from Utopia, who ...", 47 to 22).
    let bare_name_before_relative = np.len() == 1
        && end <= cue_first
        && tokens
            .get(np.end)
            .is_some_and(|t| matches!(t.kind, Kind::Punct(',' | '-' | '—' | '–')))
        && tokens
            .get(np.end + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "who" | "whose"));
    let widened = if pronoun || bare_name_before_relative {
        None
    } else if end <= cue_first {
        let tagged = bracketed_tag(&tokens[..cue_first], np.end);
        description_before_cue(toks.tokens, tagged.unwrap_or(np.end), cue_first).or(tagged)
    } else if np.start > cue_first && !opens_main_clause(tokens, np.start) {
        let tagged = bracketed_tag(&tokens[..limit], np.end);
        description_after(&toks.tokens[..limit], tagged.unwrap_or(np.end)).or(tagged)
    } else {
        None
    };
    let end = widened.map_or(end, |w| w.max(end));
    // "we", "their", "some": a pronoun or a determiner standing alone takes no modifiers (a
    // number does: "all but two").
    let head = tokens[np.start].lower.as_str();
    let number = matches!(head, "one" | "two" | "three" | "four" | "five");
    let bare = np.len() == 1
        && (tokens[np.start].is(lx::DETERMINERS) && !number
            || matches!(head, "they" | "we" | "i" | "you" | "it"));
    let start = if pronoun || bare || end > cue_first {
        start
    } else {
        leading_modifiers(tokens, start)
    };
    Span::new(tokens[start].span.start, tokens[end - 1].span.end)
}

/// "said Jane Roe, who added that C": a relative clause that makes a claim of its own (its
/// pronoun is the source of another attribution of the sentence) belongs to that claim, so the
/// mention before it ends at its comma. PolNeAR's annotators end it there 20 times to 8 on
/// train; a relative clause that only describes ("Jane Roe, who chairs the panel,") stays in.
pub fn end_before_claiming_relatives(text: &str, sentence: &mut [Attribution]) {
    let pronouns: Vec<Span> = sentence
        .iter()
        .filter_map(|a| a.source)
        .filter(|p| is_relative_pronoun(p.of(text)))
        .collect();
    for a in sentence.iter_mut() {
        let Some(source) = a.source else { continue };
        let Some(pronoun) = pronouns
            .iter()
            .find(|p| p.start > source.start && p.end <= source.end)
        else {
            continue;
        };
        let before = text[source.start..pronoun.start].trim_end();
        if let Some(head) = before.strip_suffix(',').map(str::trim_end)
            && !head.is_empty()
        {
            a.source = Some(Span::new(source.start, source.start + head.len()));
        }
    }
}

fn is_relative_pronoun(w: &str) -> bool {
    ["who", "whose", "which"]
        .iter()
        .any(|p| w.eq_ignore_ascii_case(p))
}

/// "he's", "they’re", "I've": a subject pronoun written as one word with a contracted verb is
/// underlined without the verb; the byte where the apostrophe starts, if `t` is one.
fn end_before_contracted_verb(t: &Token) -> Option<usize> {
    let pronoun = pronoun_of(t);
    // The pronoun is ASCII, so its length in the lower-cased word is its length as written.
    (is_subject_pronoun(t) && pronoun.len() < t.lower.len()).then(|| t.span.start + pronoun.len())
}

/// The most words a subject's leading modifiers are widened over.
const MAX_MODIFIERS: usize = 5;

/// "Every recent state poll", "More black lawmakers", "All but two", "None of the three",
/// "Neither Roe nor Vance", "Those over 60": the start of a subject before its cue, widened
/// back over the determiners, quantifiers and modifiers a phrase scan leaves out when they run
/// back to the opening of the clause; otherwise `start`.
fn leading_modifiers(tokens: &[Token], start: usize) -> usize {
    let mut k = start;
    while k > 0 && start - k < MAX_MODIFIERS && modifies_subject(tokens, k - 1) {
        k -= 1;
    }
    if k < start && opens_clause(tokens, k) {
        k
    } else {
        start
    }
}

/// True when the word at `k` can lead a subject phrase: a modifier or determiner, or a link
/// inside a quantifier ("all but", "none of", "more than", "over 60") or a "neither ... nor"
/// list; not a verb, a preposition or a clause word.
fn modifies_subject(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    let w = t.lower.as_str();
    // "recent state poll": a bare verb form inside a phrase is a noun.
    let verb = t.verb.is_some()
        && (w.ends_with('s') || w.ends_with("ed") || w.ends_with("ing") || k == 0 || {
            let p = &tokens[k - 1];
            !p.is_word() || p.verb.is_some() || p.is(lx::NP_STOP_WORDS)
        });
    let time = t.is(lx::TIME_WORDS) || t.is(lx::WEEKDAYS);
    if !t.is_word() || t.quote.is_some() || verb || time || t.is(lx::BE_FORMS) {
        return false;
    }
    let before = |words: &[&str]| k > 0 && words.contains(&tokens[k - 1].lower.as_str());
    let number_after = tokens
        .get(k + 1)
        .is_some_and(|n| n.lower.starts_with(|c: char| c.is_ascii_digit()));
    match w {
        "of" => before(&[
            "none", "all", "some", "most", "many", "one", "each", "both", "neither",
        ]),
        "but" => before(&["all", "none", "everyone", "everybody", "anyone"]),
        "than" => before(&["more", "less", "fewer"]),
        "over" | "under" => number_after,
        "nor" | "neither" | "either" => true,
        // "helping the company think": a participle is a verb, unless a determiner leads it.
        _ if w.ends_with("ing") && !(k > 0 && tokens[k - 1].is(lx::DETERMINERS)) => false,
        _ => {
            !t.is(lx::NP_STOP_WORDS)
                && !t.is(lx::PREPOSITIONS)
                && !t.is(lx::SUBORDINATORS)
                && !matches!(w, "and" | "or" | "not" | "also" | "then" | "so" | "yet")
        }
    }
}

/// The most prepositional or participle links a subject is widened over.
const MAX_LINKS: usize = 4;

/// The whole subject whose last noun phrase `np` is, before a cue: "Some delegates at the
/// convention in Philadelphia said", "A poll released on Saturday found", "The deputy head of
/// the delegation to the forum said". Rules find the phrase next to the cue, which there is
/// only the object of a preposition; the subject is widened back over such links when the
/// widened phrase opens its clause, and never into the content.
///
/// Returns the whole subject and its core, the phrase before the first link, which says who
/// the source is ("Some delegates").
pub fn subject_phrase(
    toks: Tokens,
    np: Range<usize>,
    cue: Span,
    content: Span,
) -> (Range<usize>, Range<usize>) {
    let tokens = toks.tokens;
    let cue_first = tokens.partition_point(|t| t.span.start < cue.start);
    if np.end > cue_first {
        return (np.clone(), np);
    }
    let floor = if content.end <= tokens[np.start].span.start {
        tokens.partition_point(|t| t.span.end <= content.end)
    } else {
        0
    };
    // "Jane Roe at the time said", "Roe in a statement said": an adjunct; the subject is
    // before it.
    let mut start = np.start;
    let mut end = np.end;
    if is_adjunct(&tokens[np.clone()])
        && let Some(link) = np.start.checked_sub(1).filter(|&k| k > floor)
        && links_subject(toks.tokens, link)
        && let Some(outer) = outer_phrase(toks, floor, link)
    {
        start = outer.start;
        end = outer.end;
    }
    let mut core = start..end;
    for _ in 0..MAX_LINKS {
        // "majorities in all five": a quantifier before the phrase belongs to it.
        if start > floor && is_quantifier(&tokens[start - 1]) {
            start -= 1;
        }
        let Some(link) = start.checked_sub(1).filter(|&k| k > floor) else {
            break;
        };
        if !links_subject(toks.tokens, link) && !ing_participle(tokens, link) {
            break;
        }
        // "voters going to the polls said", "Republicans supporting the bill said": an "-ing"
        // participle (with its preposition) hangs its phrase on the subject before it.
        let link = match link.checked_sub(1) {
            Some(p) if p > floor && ing_participle(tokens, p) => p,
            _ => link,
        };
        match outer_phrase(toks, floor, link) {
            Some(outer) if !is_adjunct(&tokens[outer.clone()]) => {
                start = outer.start;
                core = outer;
            }
            _ => break,
        }
    }
    // "About one in five say": an approximating word opens the subject.
    if start > floor && start < np.start && is_quantifier(&tokens[start - 1]) {
        start -= 1;
        core.start = core.start.min(start);
    }
    if (start < np.start || end < np.end) && opens_clause(tokens, start) {
        (start..end, core)
    } else {
        (np.clone(), np)
    }
}

/// The phrase before the link word at `link`: a noun phrase, or a lone number ("one in five").
fn outer_phrase(toks: Tokens, floor: usize, link: usize) -> Option<Range<usize>> {
    let tokens = toks.tokens;
    let before = tokens.get(link.checked_sub(1)?)?;
    let number = before.is_word()
        && before.quote.is_none()
        && (before.lower.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                before.lower.as_str(),
                "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine"
            ));
    if number && tokens[link].lower == "in" {
        return Some(link - 1..link);
    }
    np_backward(toks, floor, link - 1)
}

/// A word that quantifies or approximates a number before it: "all five", "about one in five".
fn is_quantifier(t: &Token) -> bool {
    t.is_word()
        && t.quote.is_none()
        && matches!(
            t.lower.as_str(),
            "all"
                | "each"
                | "both"
                | "about"
                | "nearly"
                | "almost"
                | "roughly"
                | "around"
                | "approximately"
                | "some"
                | "only"
                | "just"
                | "over"
        )
}

/// A preposition or a participle (`tokens[k]`) that attaches a phrase to the noun before it;
/// after a name or a pronoun a participle is a verb ("Roe released a video").
fn links_subject(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    let w = t.lower.as_str();
    let participle = w.ends_with("ed")
        && w.len() > 4
        && k > 0
        && !tokens[k - 1].is_capitalised()
        && !tokens[k - 1].is(lx::PERSON_PRONOUNS)
        && !tokens[k - 1].is(lx::GROUP_PRONOUNS);
    t.is_word()
        && t.quote.is_none()
        && (matches!(
            w,
            "in" | "at" | "for" | "from" | "to" | "with" | "on" | "by" | "of"
        ) || participle)
}

/// A reduced relative participle at `k` after a plain noun: "voters going", "members
/// supporting", "voters interviewed"; not a progressive after "is"/"are" nor a gerund after a preposition.
fn ing_participle(tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    let Some(before) = k.checked_sub(1).map(|p| &tokens[p]) else {
        return false;
    };
    // "voters interviewed in Ohio": an "-ed" participle links the same way.
    let participle = t.lower.ends_with("ing") && t.lower.len() > 5
        || t.lower.ends_with("ed") && t.lower.len() > 4;
    t.is_word()
        && t.quote.is_none()
        && participle
        && before.is_word()
        && before.quote.is_none()
        && (before.lower.ends_with('s') || before.lower == "people")
        && !before.is(lx::BE_FORMS)
        && !before.is(lx::NP_STOP_WORDS)
        && !before.is(lx::PREPOSITIONS)
}

/// A time or a medium ("at the time", "on Monday", "in a statement"): an adjunct of the
/// clause, not part of its subject.
fn is_adjunct(words: &[Token]) -> bool {
    let is_time = |t: &Token| t.is(lx::TIME_WORDS) || t.is(lx::WEEKDAYS);
    let time =
        words.iter().any(is_time) && words.iter().all(|t| is_time(t) || t.is(lx::DETERMINERS));
    time || words.last().is_some_and(|t| t.stem_is(lx::ADJUNCT_NOUNS))
}

/// True when a phrase starting at `start` opens its clause: the paragraph start, punctuation,
/// a quotation mark, a conjunction or a subordinator before it.
fn opens_clause(tokens: &[Token], start: usize) -> bool {
    let Some(before) = start.checked_sub(1).map(|k| &tokens[k]) else {
        return true;
    };
    matches!(
        before.kind,
        Kind::Punct(',' | '.' | '!' | '?' | ';' | ':' | '(' | '-' | '—' | '–')
            | Kind::CloseQuote
            | Kind::OpenQuote
    ) || matches!(before.lower.as_str(), "and" | "but" | "both")
        || before.is(lx::SUBORDINATORS)
}

/// The longest list of coordinated sources taken, in conjuncts.
const MAX_CONJUNCTS: usize = 6;

/// A source list: "Jane Roe and Tom Vance said", "Roe, Vance and Okafor say", "She and her
/// aides have vowed". Returns the whole list (the mention as written) and its first conjunct
/// (who the attribution is resolved to), when the head phrase `np` ends a list that opens its
/// clause; otherwise `np` for both.
pub fn coordinated(toks: Tokens, np: Range<usize>, cue: Span) -> (Range<usize>, Range<usize>) {
    let tokens = toks.tokens;
    let cue_first = tokens.partition_point(|t| t.span.start < cue.start);
    let unchanged = (np.clone(), np.clone());
    // "her aides": the possessive determiner belongs to the conjunct.
    let np = match np.start.checked_sub(1) {
        Some(p) if matches!(tokens[p].lower.as_str(), "his" | "her" | "their") => p..np.end,
        _ => np,
    };
    if np.end > cue_first || !is_conjunct(toks.tokens, &np) {
        return unchanged;
    }
    let mut first = np.clone();
    let mut joined = false;
    for _ in 0..MAX_CONJUNCTS {
        let Some(sep) = first.start.checked_sub(1) else {
            break;
        };
        let link = &tokens[sep];
        let is_and = link.is_word() && link.lower == "and" && link.quote.is_none();
        // "Roe, Vance and Okafor": a comma links earlier conjuncts only once "and" was met.
        if !(is_and || joined && link.is_punct(',')) {
            break;
        }
        // "Roe, Vance, and Okafor": a serial comma before "and" is part of the link.
        let sep = if is_and && sep > 0 && tokens[sep - 1].is_punct(',') {
            sep - 1
        } else {
            sep
        };
        let Some(left) = sep
            .checked_sub(1)
            .and_then(|k| name_run_before(toks.tokens, k))
        else {
            break;
        };
        first = left;
        joined = true;
    }
    // "Republican hopefuls Jane Roe and ...": the first name may carry a description.
    if joined
        && let Some(outer) = np_backward(
            toks,
            first.start.saturating_sub(MAX_CONJUNCTS * 2),
            first.end - 1,
        )
        && outer.start < first.start
        && described_conjunct(&toks.tokens[outer.start..first.start])
    {
        first = outer.start..first.end;
    }
    if !joined || !opens_clause(tokens, first.start) {
        return unchanged;
    }
    let start = if first.start > 0 && tokens[first.start - 1].lower == "both" {
        first.start - 1
    } else {
        first.start
    };
    (start..np.end, first)
}

/// True when `words`, before the first name of a list, describe it ("Republican hopefuls",
/// "Sens."): the word next to the name is capitalised, a title or a plural noun, not a verb
/// ("Police met Roe and Vance").
fn described_conjunct(words: &[Token]) -> bool {
    words.last().is_some_and(|t| {
        t.is_capitalised()
            || t.stem_is(lx::PERSON_TITLES)
            || t.verb.is_none() && t.lower.ends_with('s') && !t.lower.ends_with("ss")
    })
}

/// True for a phrase that can be one of a list of sources: a name (titles and descriptions
/// allowed: "union leader Pete Quinn"), a person pronoun, or a possessive phrase ("her aides").
fn is_conjunct(tokens: &[Token], np: &Range<usize>) -> bool {
    let first = &tokens[np.start];
    first.is_capitalised()
        || tokens[np.end - 1].is_capitalised()
        || first.is(lx::PERSON_PRONOUNS)
        || matches!(first.lower.as_str(), "his" | "her" | "their" | "its")
}

/// The run of capitalised words (a name, with titles) or the person pronoun that ends at `end`.
fn name_run_before(tokens: &[Token], end: usize) -> Option<Range<usize>> {
    let t = &tokens[end];
    if t.quote.is_some() || !t.is_word() {
        return None;
    }
    if t.is(lx::PERSON_PRONOUNS) {
        return Some(end..end + 1);
    }
    let mut start = end + 1;
    while start > 0 && end + 1 - start < 6 {
        let k = &tokens[start - 1];
        let inside = k.is_word()
            && k.quote.is_none()
            && (k.is_capitalised() || k.is(lx::NAME_PARTICLES) && start <= end);
        if !inside || k.is(lx::DETERMINERS) {
            break;
        }
        start -= 1;
    }
    (start <= end && tokens[start].is_capitalised()).then_some(start..end + 1)
}

/// True for a word that may open a description of a person or body: an article, a name, a
/// number (an age), a possessive, "who", or a plain noun; not a participle, an adverb or a
/// preposition, which open an adjunct ("speaking at a rally", "however", "on Monday").
fn opens_description(t: &Token) -> bool {
    if !t.is_word() || t.quote.is_some() {
        return false;
    }
    let w = t.lower.as_str();
    if matches!(w, "who" | "whose") || t.is(lx::DETERMINERS) || t.is_capitalised() {
        return true;
    }
    if w.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    !(w.ends_with("ing")
        || w.ends_with("ly")
        || t.is(lx::NP_STOP_WORDS)
        || t.is(lx::ADVERBIAL_OPENERS)
        || t.is(lx::TIME_WORDS)
        || t.verb.is_some())
}

/// A word that attaches a post-modifier straight to a head noun, without a comma: "a spokesman
/// for the mayor", "a person who attended", "a report released by the office".
/// Before a cue, a participle ("Jane Roe dismissed the idea, saying") is more often the verb of
/// a clause, so only `after_cue` does a participle open one.
/// True when the phrase at `start` follows a comma that closes an opening participle clause
/// ("Noting that C, Jane Roe reminded ..."): the subject of the main clause, whose verb is no
/// description of it, unlike an inverted source's ("said a man accused of C").
fn opens_main_clause(tokens: &[Token], start: usize) -> bool {
    start > 0 && tokens[start - 1].is_punct(',')
}

fn opens_post_modifier(t: &Token, after_cue: bool) -> bool {
    let w = t.lower.as_str();
    t.is_word()
        && t.quote.is_none()
        && (matches!(
            w,
            "for" | "of" | "at" | "from" | "with" | "in" | "who" | "whose" | "close" | "familiar"
        ) || after_cue && (w == "by" || w.ends_with("ed") && w.len() > 4))
}

/// The most tokens inside a bracketed tag: "(D-Md.)", "(R-N.Y.)", "(Iowa)".
const MAX_TAG: usize = 6;

/// "Rep. Jane Roe (D-Md.)", "Chuck Roe (Iowa)": the end (exclusive) of a short bracketed tag
/// (a party and state, a place) right after a name ending at `end`. Writers put it inside the
/// name as a reader underlines it, and a description may follow it.
fn bracketed_tag(tokens: &[Token], end: usize) -> Option<usize> {
    let last = tokens.get(end.checked_sub(1)?)?;
    if !tokens.get(end)?.is_punct('(') || !last.is_capitalised() {
        return None;
    }
    let first = tokens.get(end + 1)?;
    let opens_tag = first.is_word()
        && (first.is_capitalised() || first.lower.starts_with(|c: char| c.is_ascii_digit()));
    let close =
        (end + 2..tokens.len().min(end + 2 + MAX_TAG)).find(|&k| tokens[k].is_punct(')'))?;
    let plain = tokens[end + 1..close].iter().all(|t| {
        t.quote.is_none() && (t.is_word() || matches!(t.kind, Kind::Punct('.' | '-' | ',')))
    });
    (opens_tag && plain).then_some(close + 1)
}

/// "Jane Roe, a lawyer for the family, said": the end (exclusive) of the description that fills
/// the gap between the head phrase (ending at `end`) and the cue, when the gap is just that.
fn description_before_cue(tokens: &[Token], end: usize, cue_first: usize) -> Option<usize> {
    let gap = end..cue_first;
    if gap.is_empty() || gap.len() > MAX_DESCRIPTION {
        return None;
    }
    let first = &tokens[end];
    // "Jane Roe — a lawyer who sat on the panel — said": an aside between dashes right
    // before the cue.
    let dash = |t: &Token| matches!(t.kind, Kind::Punct('-' | '—' | '–'));
    if dash(first) {
        // "--" is one dash written as two.
        let inner = if tokens.get(end + 1).is_some_and(dash) {
            end + 2
        } else {
            end + 1
        };
        // The closing dash may stand before the adverbs before the cue ("— quickly said").
        let mut close = (inner..cue_first)
            .rev()
            .take(3)
            .find(|&k| dash(&tokens[k]))?;
        if (close + 1..cue_first).any(|k| !tokens[k].is_word() || tokens[k].is_capitalised()) {
            return None;
        }
        if close > inner && dash(&tokens[close - 1]) {
            close -= 1;
        }
        if inner >= close {
            return None;
        }
        let plain = (inner..close).all(|k| tokens[k].quote.is_none() && !dash(&tokens[k]));
        // "Roe — in a line aimed at Vance — said": an adjunct, no description.
        let opener = &tokens[inner];
        let adjunct = (opener.is(lx::ADVERBIAL_OPENERS)
            || opener.is(lx::PREPOSITIONS)
            || opener.is(lx::TIME_WORDS))
            // "Democrats — and some Republicans — said": a conjunct is part of the subject.
            && !matches!(opener.lower.as_str(), "and" | "or")
            // "Party leaders — whose unity was once famous — said": a relative clause between
            // dashes is left out, as PolNeAR's annotators mostly leave out a bare name's.
            || matches!(opener.lower.as_str(), "who" | "whose");
        return (dash(&tokens[close]) && plain && !adjunct).then_some(close);
    }
    let described = if first.is_punct(',') || first.is_punct('(') {
        opens_description(tokens.get(end + 1)?)
    } else {
        opens_post_modifier(first, false)
    };
    // "Roe, a reporter for the Post who covered it for years, said": between commas right
    // before an ordinary cue, time words and media are the description's own.
    let participle = tokens[cue_first].lower.ends_with("ing");
    if first.is_punct(',') && !participle {
        // Not closed by a comma right before the cue, or before the adverbs before it ("Jane
        // Roe, a lawyer, later said"): more than a description lies between ("Roe, whose win
        // came late, did not attack Vance but argued").
        let closed_at = comma_before_adverbs(tokens, end, cue_first)
            .map(|c| c + 1)
            .filter(|&at| at > end + 1);
        return closed_at
            .filter(|_| described)
            .and_then(|at| description_between_commas(tokens, end, at));
    }
    if first.is_punct(',') {
        // "Roe, the former governor, attacked Vance, calling him ...": a participle hangs on a
        // whole clause, whose verb a scan cannot tell from a noun; the apposition is the one
        // comma-closed piece after the name.
        let close = (end + 1..cue_first).find(|&k| tokens[k].is_punct(','))?;
        let plain = (end + 1..close).all(|k| !breaks_description(&tokens[k]));
        return (described && plain && close > end + 1).then_some(close);
    }
    // "Roe at the time said", "Roe in a statement said"
    let adjunct = gap.clone().any(|k| {
        let t = &tokens[k];
        breaks_description(t)
            || t.is(lx::TIME_WORDS)
            || t.is(lx::WEEKDAYS)
            || t.is(lx::ADJUNCT_NOUNS)
    });
    let adjunct = adjunct || !first.is_punct(',') && is_adjunct(&tokens[end + 1..cue_first]);
    if !described || adjunct {
        return None;
    }
    // The closing comma belongs to the punctuation, not to the mention, and so do the
    // adverbs after it ("Jane Roe, a lawyer, later said", "..., did not say").
    let mut last = comma_before_adverbs(tokens, end, cue_first).unwrap_or(cue_first);
    while last > end && matches!(tokens[last - 1].kind, Kind::Punct(',')) {
        last -= 1;
    }
    (last > end).then_some(last)
}

/// The comma among the last three tokens before the cue (at `cue_first`) that only lowercase
/// words follow: the comma that closes a description before its adverbs ("Jane Roe, a
/// lawyer, later said", "..., did not say"); `None` when it is the comma at `end` or there is
/// none.
fn comma_before_adverbs(tokens: &[Token], end: usize, cue_first: usize) -> Option<usize> {
    (end..cue_first)
        .rev()
        .take(3)
        .find(|&k| tokens[k].is_punct(','))
        .filter(|&c| {
            c > end
                && (c + 1..cue_first).all(|k| tokens[k].is_word() && !tokens[k].is_capitalised())
        })
}

/// The end (exclusive) of the description that opens after the comma at `end`: up to the
/// comma before the cue, or to an earlier comma that opens an adjunct ("Roe, a lawyer, in a
/// statement, said"); none across a quotation or a sentence end.
fn description_between_commas(tokens: &[Token], end: usize, cue_first: usize) -> Option<usize> {
    let mut last = cue_first - 1;
    for k in end + 1..cue_first - 1 {
        let t = &tokens[k];
        // "a retiree in Carthage, Ill.,": a full stop on a word is an abbreviation's here,
        // since the cue that follows is in the same sentence.
        let abbreviation = t.is_punct('.') && tokens[k - 1].span.end == t.span.start;
        if breaks_description(t) && !abbreviation {
            return None;
        }
        if t.is_punct(',') && opens_adjunct(&tokens[k + 1]) {
            last = k;
            break;
        }
    }
    (last > end + 1).then_some(last)
}

/// A word after a comma that opens an adjunct of the clause rather than more description: a
/// preposition other than "of" (", of Raleigh," describes), a time word, a sentence adverb or
/// a participle ("speaking at a rally").
fn opens_adjunct(t: &Token) -> bool {
    let w = t.lower.as_str();
    t.is(lx::PREPOSITIONS) && w != "of"
        || t.is(lx::TIME_WORDS)
        || t.is(lx::WEEKDAYS)
        || matches!(
            w,
            "however"
                | "meanwhile"
                | "instead"
                | "indeed"
                | "too"
                | "though"
                | "during"
                | "after"
                | "before"
                | "despite"
                | "amid"
                | "according"
        )
        || w.ends_with("ing") && t.verb.is_some()
}

/// "said Jane Roe, a lawyer for the family.", "according to a report by the agency": the end
/// (exclusive) of the description after the head phrase, up to the end of the sentence, a
/// quotation, a semicolon or a comma that opens a new clause ("..., adding ...").
fn description_after(tokens: &[Token], end: usize) -> Option<usize> {
    let first = tokens.get(end)?;
    let after_comma = first.is_punct(',');
    if after_comma && !opens_description(tokens.get(end + 1)?)
        || !after_comma && !opens_post_modifier(first, true)
    {
        return None;
    }
    let limit = tokens.len().min(end + 1 + MAX_DESCRIPTION);
    let mut k = end + 1;
    while k < limit {
        let t = &tokens[k];
        // " - " spaced like a dash is one; "D.C.-based" is a word.
        let spaced_hyphen = t.is_punct('-') && tokens[k - 1].span.end < t.span.start;
        if breaks_description(t) || spaced_hyphen || t.is(lx::TIME_WORDS) || t.is(lx::WEEKDAYS) {
            break;
        }
        // Without a comma to open it, a description is one phrase; after one, it may run on
        // over a relative clause or a second apposition ("a professor at X, who ...").
        if t.is_punct(',')
            && (!after_comma
                || tokens
                    .get(k + 1)
                    .is_none_or(|n| !n.is_word() || ends_description(n)))
        {
            break;
        }
        k += 1;
    }
    // The description ends before a comma or a dangling function word ("... at the time").
    while k > end + 1
        && (matches!(tokens[k - 1].kind, Kind::Punct(','))
            || tokens[k - 1].is(lx::NP_STOP_WORDS)
            || tokens[k - 1].is(lx::DETERMINERS))
    {
        k -= 1;
    }
    (k > end + 1).then_some(k)
}

/// The most tokens a source phrase that closes its clause runs over.
const MAX_CLOSING_SOURCE: usize = 30;

/// "C, according to figures her campaign released Friday.": a source phrase that closes the
/// clause after its cue runs to the end of that clause (a comma, a bracket, a dash, a quotation
/// or the sentence end), over the post-modifiers and reduced relative clauses a phrase scan
/// stops at. A relative clause opened by a relative pronoun ("a poll that shows") and a time
/// phrase ("a report at the time") are left out.
pub fn closing_phrase(toks: Tokens, np: &Range<usize>, content: Span) -> Span {
    let tokens = toks.tokens;
    let limit = if content.start >= tokens[np.end - 1].span.end {
        tokens.partition_point(|t| t.span.start < content.start)
    } else {
        tokens.len()
    }
    .min(np.start + MAX_CLOSING_SOURCE);
    let mut k = np.end;
    let runs_on = !title_ends_sentence(tokens, np.end);
    while runs_on && k < limit {
        let t = &tokens[k];
        let spaced_hyphen = t.is_punct('-') && tokens[k - 1].span.end < t.span.start;
        let stops = breaks_description(t)
            || spaced_hyphen
            || matches!(t.kind, Kind::Punct(',' | '(' | ')'))
            || matches!(t.lower.as_str(), "that" | "which" | "who" | "whose")
            || (t.is(lx::TIME_WORDS) || t.is(lx::WEEKDAYS)) && !before_agent(tokens, k);
        if stops {
            break;
        }
        k += 1;
    }
    while k > np.end && (tokens[k - 1].is(lx::NP_STOP_WORDS) || tokens[k - 1].is(lx::DETERMINERS)) {
        k -= 1;
    }
    Span::new(
        tokens[np.start].span.start,
        tokens[k.max(np.end) - 1].span.end,
    )
}

/// True when the quotation that closes at `end - 1` ends with a full stop, a question or an
/// exclamation mark: "according to his book “The Long Road.” He ...", where the sentence
/// ends inside the title and the words after it are the next sentence's.
fn title_ends_sentence(tokens: &[Token], end: usize) -> bool {
    end >= 2
        && tokens[end - 1].kind == Kind::CloseQuote
        && matches!(tokens[end - 2].kind, Kind::Punct('.' | '!' | '?'))
}

/// True when a time word at `k` stands between a document and the agent that names who made
/// it: "a report Tuesday from the Gazette", "a study last year by two economists".
fn before_agent(tokens: &[Token], k: usize) -> bool {
    tokens
        .get(k + 1)
        .is_some_and(|t| matches!(t.lower.as_str(), "by" | "from"))
}

/// A token that no description runs across: a quotation, a sentence or clause end.
fn breaks_description(t: &Token) -> bool {
    t.quote.is_some()
        || matches!(
            t.kind,
            Kind::OpenQuote
                | Kind::CloseQuote
                | Kind::Punct('.' | '!' | '?' | ';' | ':' | '"' | '—' | '–')
        )
}

/// A word after a comma that starts a new clause rather than continuing a description.
fn ends_description(t: &Token) -> bool {
    let w = t.lower.as_str();
    w.ends_with("ing")
        || t.verb.is_some()
        || matches!(
            w,
            "and" | "but" | "or" | "so" | "because" | "although" | "though" | "while" | "when"
        )
        || t.is(lx::NP_STOP_WORDS) && !matches!(w, "who" | "whose" | "which" | "of")
        || t.is(lx::TIME_WORDS)
}

#[cfg(test)]
mod tests {
    use crate::extract::extract;

    fn source_of(text: &str, content: &str) -> String {
        let a = extract(text)
            .into_iter()
            .find(|a| a.content.of(text) == content)
            .unwrap_or_else(|| panic!("no {content:?} in {text:?}"));
        a.source.map(|s| s.of(text).to_string()).unwrap_or_default()
    }

    fn assert_sources(cases: &[(&str, &str, &str)]) {
        for &(text, content, source) in cases {
            assert_eq!(source_of(text, content), source, "in {text:?}");
        }
    }

    #[test]
    fn a_pronoun_with_a_contracted_verb_is_underlined_without_the_verb() {
        assert_sources(&[
            (
                "He's also praising the new ferry timetable.",
                "the new ferry timetable",
                "He",
            ),
            (
                "They’re not saying the bridge will close.",
                "the bridge will close",
                "They",
            ),
        ]);
    }

    #[test]
    fn a_relative_clause_with_a_claim_of_its_own_ends_the_mention() {
        assert_sources(&[
            (
                "The plan will fail, said Jane Roe, who added that the budget was short.",
                "The plan will fail",
                "Jane Roe",
            ),
            (
                "The plan will fail, said Jane Roe, who added that the budget was short.",
                "the budget was short",
                "who",
            ),
            // A relative clause that only describes stays in the mention.
            (
                "The plan will fail, said Jane Roe, who chairs the panel.",
                "The plan will fail",
                "Jane Roe, who chairs the panel",
            ),
        ]);
    }

    #[test]
    fn apposition_before_the_cue_is_part_of_the_mention() {
        let t = "Jane Roe, a lawyer for the family, said the ruling would be appealed.";
        assert_eq!(
            source_of(t, "the ruling would be appealed"),
            "Jane Roe, a lawyer for the family"
        );
        let t = "Tom Vance, who chairs the panel, said the vote would go ahead.";
        assert_eq!(
            source_of(t, "the vote would go ahead"),
            "Tom Vance, who chairs the panel"
        );
    }

    #[test]
    fn a_source_closing_its_clause_runs_to_the_clause_end() {
        assert_sources(&[
            (
                "The bridge will close in May, according to figures the council released.",
                "The bridge will close in May",
                "figures the council released",
            ),
            (
                "The plan costs $4 million, according to complete but early returns.",
                "The plan costs $4 million",
                "complete but early returns",
            ),
            // A relative clause is left out; a description after a comma stays in.
            (
                "The vote is close, according to a survey that shows wide doubt.",
                "The vote is close",
                "a survey",
            ),
            (
                "The bridge is unsafe, according to Tom Vance, a local engineer.",
                "The bridge is unsafe",
                "Tom Vance, a local engineer",
            ),
            // A time word before the agent of a document is inside the phrase; a title that
            // ends with a full stop ends the sentence.
            (
                "Rents rose by a fifth, according to a survey last year by the tenants' union.",
                "Rents rose by a fifth",
                "a survey last year by the tenants' union",
            ),
            (
                "Rents rose by a fifth, according to a report Monday from the county.",
                "Rents rose by a fifth",
                "a report Monday from the county",
            ),
            (
                "She sold the farm, according to her memoir ''A Long Winter.'' It sold well.",
                "She sold the farm",
                "her memoir ''A Long Winter.''",
            ),
        ]);
    }

    #[test]
    fn a_subject_keeps_the_quantifiers_and_modifiers_that_open_its_clause() {
        assert_sources(&[
            (
                "Neither Roe nor Vance acknowledged the problem.",
                "the problem",
                "Neither Roe nor Vance",
            ),
            (
                "All but two said the party should act.",
                "the party should act",
                "All but two",
            ),
            (
                "None of the three laid out a plan for the bridge.",
                "a plan for the bridge",
                "None of the three",
            ),
            (
                "Those over 60 say the bridge is unsafe.",
                "the bridge is unsafe",
                "Those over 60",
            ),
            (
                "More black state lawmakers have endorsed her plan.",
                "her plan",
                "More black state lawmakers",
            ),
            // Not over a verb, nor before a pronoun or a lone determiner.
            (
                "Later they said the bridge was unsafe.",
                "the bridge was unsafe",
                "they",
            ),
        ]);
    }

    #[test]
    fn a_possessive_source_is_its_holder_when_the_clause_names_one() {
        assert_sources(&[
            (
                "Jane Roe on Monday renewed her attacks on the harbour plan.",
                "the harbour plan",
                "Jane Roe",
            ),
            (
                "Later that day, she stepped up her criticism of the harbour plan.",
                "the harbour plan",
                "she",
            ),
        ]);
    }

    #[test]
    fn apposition_after_an_inverted_cue_is_part_of_the_mention() {
        let t = "\"We will appeal,\" said Jane Roe, a lawyer for the family.";
        assert_eq!(
            source_of(t, "We will appeal"),
            "Jane Roe, a lawyer for the family"
        );
    }

    #[test]
    fn a_bracketed_party_tag_stays_in_the_mention_with_what_follows() {
        let cases = [
            (
                "Rep. Jane Roe (D-Md.), chair of the panel, said the vote would go ahead.",
                "the vote would go ahead",
                "Rep. Jane Roe (D-Md.), chair of the panel",
            ),
            (
                "Rep. Jane Roe (D-Md.) said the vote would go ahead.",
                "the vote would go ahead",
                "Rep. Jane Roe (D-Md.)",
            ),
            (
                "\"We will appeal,\" said Sen. Tom Vance (R-N.Y.), a member of the panel.",
                "We will appeal",
                "Sen. Tom Vance (R-N.Y.), a member of the panel",
            ),
        ];
        assert_sources(&cases);
    }

    #[test]
    fn a_description_may_name_times_and_media() {
        let cases = [
            (
                "Tom Vance, who covered the ministry for 40 years for the radio, said the vote would go ahead.",
                "the vote would go ahead",
                "Tom Vance, who covered the ministry for 40 years for the radio",
            ),
            (
                "Jane Roe, a reporter for the Post, said the vote would go ahead.",
                "the vote would go ahead",
                "Jane Roe, a reporter for the Post",
            ),
            // A state's abbreviation inside the description keeps it whole.
            (
                "Ann Lee, 75, a retiree in Carthage, Ill., said the vote would go ahead.",
                "the vote would go ahead",
                "Ann Lee, 75, a retiree in Carthage, Ill.",
            ),
            // Before a participle, the apposition is the piece the next comma closes.
            (
                "Tom Vance, the former governor, also attacked the mayor, calling him weak.",
                "him weak",
                "Tom Vance, the former governor",
            ),
            // An adjunct after the description is not part of it.
            (
                "Jane Roe, a lawyer, in a statement, said the vote would go ahead.",
                "the vote would go ahead",
                "Jane Roe, a lawyer",
            ),
            // A clause between the name and the cue is no description.
            (
                "Tom Vance, whose win came late, did not attack Roe but argued that the vote would go ahead.",
                "the vote would go ahead",
                "Tom Vance",
            ),
        ];
        assert_sources(&cases);
    }

    #[test]
    fn a_serial_comma_keeps_a_list_of_names_whole() {
        let t = "Jane Roe, Tom Vance, and Ann Lee have criticized the plan.";
        assert_eq!(source_of(t, "the plan"), "Jane Roe, Tom Vance, and Ann Lee");
    }

    #[test]
    fn adjuncts_are_not_part_of_the_mention() {
        let t = "Jane Roe, speaking at a rally, said the plan had failed.";
        assert_eq!(source_of(t, "the plan had failed"), "Jane Roe");
        let t = "\"We will appeal,\" said Jane Roe, adding that the family was upset.";
        assert_eq!(source_of(t, "We will appeal"), "Jane Roe");
    }
}
