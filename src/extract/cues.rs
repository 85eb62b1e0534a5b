//! Finds the cue words of a sentence: reporting verbs, multi-word cues, "according to" and
//! source-less markers, each with the token range it covers as written.
//!
//! This is a single left-to-right pass with constant look-around per token. It leaves out
//! anything that merely looks like a cue: verbs inside quotations (nested speech), passives
//! ("were accused of"), and nouns ("the claims", "a warning").

use super::lexicon::{self as lx, Frame, NOUN_MAKERS, is_in};
use super::tokens::{Kind, Token, Tokens};
use crate::model::{Framing, Stance};
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueKind {
    /// A reporting verb (possibly with auxiliaries or fixed words after it).
    Verb {
        frame: Frame,
        inverts: bool,
        participle: bool,
    },
    /// "according to".
    AccordingTo,
    /// "reportedly", "allegedly": the clause has no source.
    SourcelessAdverb,
    /// "it is believed (that)": the clause after has no source.
    SourcelessPassive,
    /// "Asked whether ...", "was asked about ...", "when asked ...": a question put to the
    /// subject, whose asker is unnamed or follows "by".
    AskedPassive,
    /// "his decision to C", "Roe's call for C": the possessive before `head` is the source,
    /// the content starts at token `content`.
    Nominal { content: usize },
    /// "claims by S that C", "calls from S to C": the source is the phrase from after the
    /// preposition up to token `source_end` (exclusive), the content starts at `content`.
    NominalBySource { source_end: usize, content: usize },
    /// "X is (widely) expected to C": an expectation nobody in particular holds.
    ExpectedTo,
    /// "X is (best) known for C": a reputation nobody in particular holds.
    KnownFor,
    /// "X seems to C", "it appears that C": an impression nobody in particular holds; the
    /// content starts at token `content` and ends at a comma when `comma_ends`.
    Seems { content: usize, comma_ends: bool },
    /// "In a poll released Monday, C", "In her view, C": the source is the phrase up to the
    /// comma at `comma`, the content follows it.
    InSource { comma: usize },
    /// "C in a new poll released Monday": the poll from after "in" up to token `source_end`
    /// (exclusive) is the source, the clause before "in" the content (`standing`).
    InPollAfter { source_end: usize },
    /// "To S, C": the phrase up to token `source_end` holds the view, the content starts at
    /// `content` (`perspective`).
    ToSource { source_end: usize, content: usize },
    /// "56 percent would vote for C": the share of people from token `start` to the cue is
    /// the source (`respondents`).
    Share { start: usize },
}

#[derive(Debug, Clone)]
pub struct Cue {
    /// First token of the cue as written (an auxiliary, or the verb).
    pub first: usize,
    /// The verb (or key word) itself.
    pub head: usize,
    /// Last token of the cue, inclusive ("of" in "voiced fear of").
    pub last: usize,
    pub kind: CueKind,
    pub stance: Stance,
    pub framing: Framing,
}

/// True when token `i` exists and is in `list`.
fn is_at(tokens: &[Token], i: usize, list: &lx::WordList) -> bool {
    tokens.get(i).is_some_and(|t| t.is(list))
}

fn lower_at(tokens: &[Token], i: usize) -> &str {
    tokens.get(i).map_or("", |t| t.lower.as_str())
}

/// Whether token `i` passes the first test of some cue below: most words of a sentence open
/// none, and asking each of them every cue's questions is most of what finding cues costs.
fn may_open_cue(tokens: &[Token], start: usize, i: usize) -> bool {
    let t = &tokens[i];
    let after_owner = || {
        i > start && (tokens[i - 1].is_possessive() || tokens[i - 1].is(lx::DEFINITE_DETERMINERS))
    };
    t.verb.is_some()
        || t.heads_phrase()
        || t.is(lx::SOURCELESS_ADVERBS)
        || t.is(lx::CUE_OPENING_WORDS)
        || i <= start + 1 && t.lower == "to"
        || after_owner()
}

/// Cues of the sentence `range`, in order.
pub fn find_cues(toks: Tokens, range: Range<usize>) -> Vec<Cue> {
    let tokens = toks.tokens;
    let mut cues = Vec::new();
    let mut i = range.start;
    while i < range.end {
        let t = &tokens[i];
        if !t.is_word() || t.quote.is_some() {
            i += 1;
            continue;
        }
        if !may_open_cue(tokens, range.start, i) {
            i += 1;
            continue;
        }
        let w = t.lower.as_str();
        if w == "according" && lower_at(tokens, i + 1) == "to" && i + 1 < range.end {
            cues.push(Cue {
                first: i,
                head: i,
                last: i + 1,
                kind: CueKind::AccordingTo,
                stance: Stance::Assert,
                framing: Framing::Neutral,
            });
            i += 2;
            continue;
        }
        if t.is(lx::SOURCELESS_ADVERBS) {
            let verb_follows = (i + 1..(i + 3).min(range.end)).any(|k| tokens[k].verb.is_some());
            if !verb_follows {
                cues.push(Cue {
                    first: i,
                    head: i,
                    last: i,
                    kind: CueKind::SourcelessAdverb,
                    stance: Stance::Assert,
                    framing: Framing::Distance,
                });
            }
            i += 1;
            continue;
        }
        if w == "it"
            && let Some(cue) = sourceless_passive(tokens, &range, i)
        {
            i = cue.last + 1;
            cues.push(cue);
            continue;
        }
        if let Some(cue) = super::respondents::share_cue(tokens, range.clone(), i) {
            i = cue.last + 1;
            cues.push(cue);
            continue;
        }
        let special = match w {
            "in" => in_source_cue(tokens, range.clone(), i)
                .or_else(|| super::standing::standing_cue(tokens, range.clone(), i)),
            "to" => super::perspective::to_source_cue(tokens, range.clone(), i),
            "expected" => expected_to(tokens, range.clone(), i),
            "known" => known_for(tokens, range.clone(), i),
            "know" | "knew" => know_that(tokens, range.clone(), i),
            "asked" => asked_passive(tokens, range.clone(), i),
            "put" | "puts" => as_put_it(tokens, range.clone(), i),
            "seem" | "seems" | "seemed" | "appear" | "appears" | "appeared" => {
                super::seeming::seems_cue(tokens, range.clone(), i)
            }
            _ if t.is(lx::CUE_OPENING_WORDS) && super::attitude::is_attitude(w) => {
                super::attitude::attitude_cue(tokens, range.clone(), i)
            }
            _ => sourceless_nominal(tokens, range.clone(), i)
                .or_else(|| nominal_cue(toks.tokens, range.clone(), i))
                .or_else(|| nominal_by_source(tokens, range.clone(), i)),
        };
        let cue = special.or_else(|| verb_cue(toks, range.clone(), i));
        if let Some(cue) = cue {
            i = cue.last + 1;
            cues.push(cue);
            continue;
        }
        i += 1;
    }
    cues
}

/// How many tokens a source phrase between "as" and "put it" may have ("as Jane Roe, the
/// mayor of a small town, put it").
const AS_PUT_IT_REACH: usize = 24;

/// "as S put it": "put it" reports a wording only in a clause of comparison, with "as" before
/// its subject ("As the mayor put it, C"; "C, as she puts it"); elsewhere ("she put it on the
/// desk") it reports nothing. Whether "as" opens the subject is `as_said`'s to decide.
fn as_put_it(tokens: &[Token], range: Range<usize>, i: usize) -> Option<Cue> {
    if i + 1 >= range.end || lower_at(tokens, i + 1) != "it" {
        return None;
    }
    let reach = range.start.max(i.saturating_sub(AS_PUT_IT_REACH));
    if !(reach..i).any(|k| tokens[k].lower == "as") {
        return None;
    }
    Some(Cue {
        first: auxiliaries_before(tokens, range.start, i)?,
        head: i,
        last: i + 1,
        kind: CueKind::Verb {
            frame: Frame::Clause,
            inverts: false,
            participle: false,
        },
        stance: Stance::Assert,
        framing: Framing::Neutral,
    })
}

/// "it is said", "it was widely believed", "it has been reported" at token `i` ("it"): a
/// passive cue that names no source.
fn sourceless_passive(tokens: &[Token], range: &Range<usize>, i: usize) -> Option<Cue> {
    if i + 2 >= range.end {
        return None;
    }
    let verb_at = match lower_at(tokens, i + 1) {
        "is" | "was" if lower_at(tokens, i + 2).ends_with("ly") => i + 3,
        "is" | "was" => i + 2,
        "has" | "had" if lower_at(tokens, i + 2) == "been" => i + 3,
        _ => return None,
    };
    if verb_at >= range.end || !is_at(tokens, verb_at, lx::SOURCELESS_PASSIVES) {
        return None;
    }
    let stance = lx::verb_by_form()
        .get(lower_at(tokens, verb_at))
        .map_or(Stance::Hedge, |v| v.stance);
    Some(Cue {
        first: i,
        head: verb_at,
        last: verb_at,
        kind: CueKind::SourcelessPassive,
        stance,
        framing: Framing::Neutral,
    })
}

fn verb_cue(toks: Tokens, range: Range<usize>, i: usize) -> Option<Cue> {
    let tokens = toks.tokens;
    let w = tokens[i].lower.as_str();
    let prev = if i > range.start {
        lower_at(tokens, i - 1)
    } else {
        ""
    };
    // Multi-word cues first: "voiced fear of".
    if let Some(cue) = phrase_cue(tokens, range.clone(), i) {
        return cue;
    }
    let verb = tokens[i].verb?;
    if super::phrase::plural_noun_before_verb(toks.tokens, i, range.end)
        || is_part_of_name(toks, range.clone(), i)
    {
        return None;
    }
    // "is calling for", "are hoping", "he's predicting": a progressive is active, not a
    // participle.
    let contracted_at = w
        .ends_with("ing")
        .then(|| contracted_be_before(tokens, range.start, i))
        .flatten();
    let contracted = contracted_at.is_some();
    let progressive =
        w.ends_with("ing") && (contracted || progressive_be(tokens, range.start, i).is_some());
    // "began talking about", "kept insisting": the gerund continues a finite verb of its own.
    let catenative = w.ends_with("ing") && !progressive && after_catenative(tokens, range.start, i);
    let participle = w.ends_with("ing") && !progressive && !catenative;
    // "released a statement vowing": the statement verb opens the cue.
    let statement_first = participle
        .then(|| statement_before(tokens, range.start, i))
        .flatten();
    // A capitalised "An" or "The" inside a sentence ends a name ("Nguyen Van An said").
    let name_end =
        i > range.start + 1 && tokens[i - 1].is_capitalised() && tokens[i - 2].is_capitalised();
    if statement_first.is_none() && i > range.start && tokens[i - 1].is(NOUN_MAKERS) && !name_end {
        return None;
    }
    if i + 1 < range.end && is_in(lx::COMPOUND_SECONDS, lower_at(tokens, i + 1)) {
        return None;
    }
    if adjective_before_plural(tokens, range.clone(), i) {
        return None;
    }
    if is_in(lx::NOUN_LIKE_BASES, w) && !base_verb_in_context(tokens, range.clone(), i) {
        return None;
    }
    if is_in(lx::TITLE_NOUN_BASES, w)
        && quoted_title_after(tokens, range.end, i)
        && !base_verb_in_context(tokens, range.clone(), i)
    {
        return None;
    }
    if prev.ends_with("'s") && !participle && !contracted && !contracted_have(&tokens[i - 1]) {
        return None;
    }
    // After an auxiliary ("will state") the form is a verb whatever follows.
    let after_auxiliary = i > range.start && tokens[i - 1].is(lx::CUE_AUXILIARIES);
    if lx::NOUN_LIKE_VERB_FORMS.contains(&w)
        && !after_auxiliary
        && !(marks_clause(tokens, i + 1, range.end)
            && subject_of_noun_like_form(tokens, range.start, i))
    {
        return None;
    }
    let first = match (statement_first, progressive_be(tokens, range.start, i)) {
        (Some(f), _) => f,
        (None, _) if contracted => contracted_at.map_or(i, |k| k + 1),
        (None, _) if catenative => auxiliaries_before(tokens, range.start, i - 1)?,
        (None, Some(be)) if progressive => {
            auxiliaries_before(tokens, range.start, be).unwrap_or(be)
        }
        (None, _) => auxiliaries_before(tokens, range.start, i)?,
    };
    let (last, stance) = verb_cue_end(tokens, range, i, verb)?;
    Some(Cue {
        first,
        head: i,
        last,
        kind: CueKind::Verb {
            frame: verb.frame,
            inverts: verb.inverts,
            participle: participle && statement_first.is_none() || statement_first.is_some(),
        },
        stance,
        framing: verb.framing,
    })
}

/// True when the noun-like verb form at `i` ("states") has a subject it can be the verb of: a
/// pronoun or a document before it ("It states that", "the memo states:"), or a "that" after
/// it that opens a clause with its own subject ("the charter states that the mayor ...").
/// After a number or an adjective it is the noun, and its "that" a relative pronoun ("the four
/// states that vote", "swing states, among them").
fn subject_of_noun_like_form(tokens: &[Token], lo: usize, i: usize) -> bool {
    let subject_before = i > lo && {
        let t = &tokens[i - 1];
        t.is(lx::PERSON_PRONOUNS)
            || t.is(lx::GROUP_PRONOUNS)
            || t.is(lx::THING_PRONOUNS)
            || matches!(t.lower.as_str(), "this" | "which")
            || t.stem_is(lx::DOCUMENT_NOUNS)
            || t.is(lx::STATEMENT_NOUNS)
    };
    let clause_after = tokens.get(i + 1).is_some_and(|t| t.lower == "that")
        && tokens.get(i + 2).is_some_and(|t| {
            t.is(lx::DETERMINERS)
                || t.is(lx::PERSON_PRONOUNS)
                || t.is(lx::GROUP_PRONOUNS)
                || t.is(lx::THING_PRONOUNS)
                || t.is_capitalised()
        });
    subject_before || clause_after
}

/// True when token `k` opens a marked clause or quotation: "that", a colon, a comma or an
/// opening quotation mark.
fn marks_clause(tokens: &[Token], k: usize, end: usize) -> bool {
    k < end
        && (tokens[k].lower == "that"
            || tokens[k].is_punct(':')
            || tokens[k].is_punct(',')
            || tokens[k].kind == Kind::OpenQuote)
}

/// The multi-word cue ("voiced fear of") headed at `i`: `Some(None)` when the phrase is there
/// but is no cue (after a noun maker or without its auxiliaries), `None` when no phrase is.
fn phrase_cue(tokens: &[Token], range: Range<usize>, i: usize) -> Option<Option<Cue>> {
    if !tokens[i].heads_phrase() {
        return None;
    }
    let w = tokens[i].lower.as_str();
    let phrase = lx::PHRASES.iter().find(|phrase| {
        is_in(phrase.head, w)
            && phrase
                .rest
                .iter()
                .enumerate()
                .all(|(k, r)| i + 1 + k < range.end && lower_at(tokens, i + 1 + k) == *r)
    });
    let (last, stance, framing) = match phrase {
        Some(phrase) => (i + phrase.rest.len(), phrase.stance, phrase.framing),
        None => {
            let (last, stance) = super::light_verbs::light_verb_end(tokens, &range, i)?;
            (last, stance, Framing::Neutral)
        }
    };
    if i > range.start && tokens[i - 1].is(NOUN_MAKERS) {
        return Some(None);
    }
    // "are pushing for C": a progressive is active, and its "be" opens the cue.
    let progressive = w
        .ends_with("ing")
        .then(|| progressive_be(tokens, range.start, i))
        .flatten();
    // "he's pointing out": a contracted "be" makes a progressive too; the cue opens after it.
    let contracted = w
        .ends_with("ing")
        .then(|| contracted_be_before(tokens, range.start, i))
        .flatten();
    let first = match (progressive, contracted) {
        (Some(be), _) => auxiliaries_before(tokens, range.start, be).unwrap_or(be),
        (None, Some(c)) => c + 1,
        (None, None) => match auxiliaries_before(tokens, range.start, i) {
            Some(first) => first,
            None => return Some(None),
        },
    };
    Some(Some(Cue {
        first,
        head: i,
        last,
        kind: CueKind::Verb {
            frame: Frame::Clause,
            inverts: false,
            participle: w.ends_with("ing") && progressive.is_none() && contracted.is_none(),
        },
        stance,
        framing,
    }))
}

/// A capitalised verb form inside a sentence is part of a name ("The Daily Report"), except a
/// present-tense cue in a Title Case headline ("Minister Says ...").
fn is_part_of_name(toks: Tokens, range: Range<usize>, i: usize) -> bool {
    let tokens = toks.tokens;
    if i <= range.start || !tokens[i].is_capitalised() {
        return false;
    }
    let w = tokens[i].lower.as_str();
    let headline_verb = w.ends_with('s') && !w.ends_with("ss") && !participle_like(w);
    let sentence_end = tokens[range.end - 1].kind;
    let unpunctuated = !matches!(
        sentence_end,
        super::tokens::Kind::Punct('.' | '!' | '?' | ':')
    );
    let title_case = || super::segment::is_title_case(toks.tokens, range.clone());
    !(headline_verb && (unpunctuated || title_case()))
}

/// "released a statement vowing": where the cue starts when a statement verb and noun stand
/// before the participle at `i`.
fn statement_before(tokens: &[Token], lo: usize, i: usize) -> Option<usize> {
    (i >= lo + 3
        && is_at(tokens, i - 1, lx::STATEMENT_NOUNS)
        && matches!(lower_at(tokens, i - 2), "a" | "an" | "the")
        && is_at(tokens, i - 3, lx::STATEMENT_VERBS))
    .then(|| auxiliaries_before(tokens, lo, i - 3).unwrap_or(i - 3))
}

/// The last token of a verb cue at `i` (its preposition, for "pointed to" or "called for")
/// and its stance; `None` when a verb that needs its preposition lacks it.
fn verb_cue_end(
    tokens: &[Token],
    range: Range<usize>,
    i: usize,
    verb: &lx::Verb,
) -> Option<(usize, Stance)> {
    let mut last = i;
    let mut stance = verb.stance;
    if let Frame::Prep(p) = verb.frame {
        last = cue_preposition_at(tokens, &range, i, p)?;
    }
    if verb.frame == Frame::Call {
        // "called for", "called on", "called upon", "called again for", "called Monday for".
        let j = if is_at(tokens, i + 1, lx::WEEKDAYS)
            || matches!(
                lower_at(tokens, i + 1),
                "again" | "also" | "repeatedly" | "today"
            ) {
            i + 2
        } else {
            i + 1
        };
        if matches!(lower_at(tokens, j), "for" | "on" | "upon") && j < range.end {
            last = j;
        } else {
            // "called the plan a disgrace" evaluates; it demands nothing.
            stance = Stance::Assert;
        }
    }
    Some((last, stance))
}

/// The preposition `p` of a verb cue at `i`, right after it or after one "-ly" adverb
/// ("spoke briefly of"); "of" and "about" stand for each other ("spoke about", "talked of").
fn cue_preposition_at(tokens: &[Token], range: &Range<usize>, i: usize, p: &str) -> Option<usize> {
    let adverb = |t: &Token| t.is_word() && !t.is_capitalised() && t.lower.ends_with("ly");
    let j = if tokens.get(i + 1).is_some_and(adverb) {
        i + 2
    } else {
        i + 1
    };
    let w = lower_at(tokens, j);
    let topic = |w: &str| is_in(lx::TOPIC_PREPOSITIONS, w);
    (j + 1 < range.end && (w == p || topic(w) && topic(p))).then_some(j)
}

/// "In a poll released Monday, ..." or "In his view, ..." opening a sentence or clause.
fn in_source_cue(tokens: &[Token], range: Range<usize>, i: usize) -> Option<Cue> {
    if tokens[i].lower != "in" {
        return None;
    }
    let opens = i == range.start
        || tokens[i - 1].is_punct(',')
        || matches!(lower_at(tokens, i - 1), "but" | "and" | "yet");
    if !opens {
        return None;
    }
    let limit = range.end.min(i + 16);
    let comma = (i + 2..limit).find(|&k| tokens[k].is_punct(','))?;
    // A clause must follow: not "In the polls, anyway." nor, inside a sentence, "..., in the
    // survey, taken in July".
    let clause_words = (comma + 1..range.end)
        .take_while(|&k| !matches!(tokens[k].kind, Kind::Punct(',' | ';' | ':' | '.')))
        .filter(|&k| tokens[k].is_word())
        .count();
    if clause_words < 2 || i > range.start && clause_words < 4 {
        return None;
    }
    let phrase = i + 1..comma;
    if phrase.clone().any(|k| tokens[k].quote.is_some()) {
        return None;
    }
    let view = comma >= i + 3
        && matches!(
            tokens[comma - 1].lower.as_str(),
            "view" | "words" | "opinion" | "estimation"
        )
        && (is_in(lx::POSSESSIVE_DETERMINERS, &tokens[comma - 2].lower)
            || tokens[comma - 2].is_possessive());
    if !view && !opens_with_dated_document(tokens, &phrase) {
        return None;
    }
    // "In a filing, X said ...": the reporting verb after it is the attribution; but a poll
    // speaks for its respondents ("In a poll, 40 percent said C" is the poll's finding too).
    let horizon = range.end.min(comma + 60);
    let poll = phrase.clone().any(|k| is_in(POLL_NOUNS, &tokens[k].lower));
    if !poll && (comma + 1..horizon).any(|k| tokens[k].verb.is_some() && tokens[k].quote.is_none())
    {
        return None;
    }
    Some(Cue {
        first: i,
        head: i,
        last: i,
        kind: CueKind::InSource { comma },
        stance: Stance::Assert,
        framing: Framing::Neutral,
    })
}

/// The documents that count people's answers: what their respondents say is their finding.
pub(crate) static POLL_NOUNS: &[&str] = &["poll", "polls", "survey", "surveys", "polling"];

/// True when `phrase` opens with a document ("a poll released Monday"), also when a time
/// phrase follows its noun ("a poll last month", "the survey this week").
fn opens_with_dated_document(tokens: &[Token], phrase: &Range<usize>) -> bool {
    use super::evidence::opens_with_document;
    opens_with_document(tokens, phrase)
        || phrase.clone().any(|h| {
            tokens[h].stem_is(lx::DOCUMENT_NOUNS)
                && is_at(tokens, h + 1, lx::DEICTIC_TIME_OPENERS)
                && opens_with_document(tokens, &(phrase.start..h + 1))
        })
}

/// A nominal cue at `i` after a possessive: "his decision to", "the senator's call for".
fn nominal_cue(tokens: &[Token], range: Range<usize>, i: usize) -> Option<Cue> {
    if i == range.start || i + 2 >= range.end {
        return None;
    }
    let owner = &tokens[i - 1];
    let possessive = owner.quote.is_none()
        && (owner.is_possessive()
            || owner.is(lx::DEFINITE_DETERMINERS)
                && is_in(lx::POSSESSIVE_DETERMINERS, &owner.lower));
    // A capitalised noun is a name or a Title Case headline word ("Attacks On ...").
    if !possessive || tokens[i].is_capitalised() {
        return None;
    }
    let w = tokens[i].lower.as_str();
    let next = lower_at(tokens, i + 1);
    let (nominal, starts_content) = lx::NOMINAL_CUES
        .iter()
        .filter(|n| is_in(n.nouns, w))
        .find_map(|n| {
            n.after
                .iter()
                .find(|(a, _)| *a == next)
                .map(|(_, s)| (n, *s))
        })?;
    let (last, content) = match (starts_content, next) {
        (true, _) => (i, i + 1),
        (false, "that") => (i, i + 2),
        (false, _) => (i + 1, i + 2),
    };
    Some(Cue {
        first: i,
        head: i,
        last,
        kind: CueKind::Nominal { content },
        stance: nominal.stance,
        framing: nominal.framing,
    })
}

/// "Asked whether ...", "was asked about ...", "when asked ...", ", asked by X to ...": the
/// participle "asked" with no active subject before it ("the reporter asked" is a verb cue).
fn asked_passive(tokens: &[Token], range: Range<usize>, i: usize) -> Option<Cue> {
    if tokens[i].lower != "asked" || i + 1 >= range.end {
        return None;
    }
    let mut first = i;
    let reduced = i == range.start
        || tokens[i - 1].is_punct(',')
        || matches!(
            lower_at(tokens, i - 1),
            "when" | "if" | "after" | "once" | "while" | "being" | "repeatedly" | "later"
        );
    if after_comma_with_object(tokens, range.clone(), i) {
        return None;
    }
    if !reduced {
        // "was asked", "has been asked", "were repeatedly asked"
        let mut k = i - 1;
        if k > range.start && matches!(lower_at(tokens, k), "repeatedly" | "also" | "again") {
            k -= 1;
        }
        if !tokens[k].is(lx::BE_FORMS) {
            return None;
        }
        first = k;
    }
    Some(Cue {
        first,
        head: i,
        last: i,
        kind: CueKind::AskedPassive,
        stance: Stance::Demand,
        framing: Framing::Neutral,
    })
}

/// "Jane Roe, an editor, asked the mayor whether C": after a comma, "asked" with an object
/// (a determiner, object pronoun or name, not "a question" or a day) is the verb of a subject
/// in apposition, not a question put to someone ("The mayor, asked whether C, said ...").
fn after_comma_with_object(tokens: &[Token], range: Range<usize>, i: usize) -> bool {
    if i == range.start || !tokens[i - 1].is_punct(',') || i + 1 >= range.end {
        return false;
    }
    let next = &tokens[i + 1];
    let question =
        (i + 2..(i + 5).min(range.end)).any(|j| lower_at(tokens, j).starts_with("question"));
    let name = |t: &Token| t.is_capitalised() && !t.is(lx::TIME_WORDS);
    // "asked former mayor Bill Smith": a title before a name.
    let title = !next.is(lx::PREPOSITIONS)
        && !next.is(lx::QUESTION_WORDS)
        && (i + 2..(i + 4).min(range.end)).any(|j| name(&tokens[j]));
    let object = next.is(lx::DETERMINERS) || next.is(lx::OBJECT_PRONOUNS) || name(next) || title;
    next.is_word() && next.quote.is_none() && object && !question
}

/// Words before the noun "calls for" that show it is no verb: "these calls for", "growing
/// calls for", "amid calls for", "prompted calls for".
fn noun_calls_before(t: &Token) -> bool {
    let w = t.lower.as_str();
    t.quote.is_none()
        && (!t.is_capitalised() || t.is(lx::DETERMINERS))
        && !is_in(lx::POSSESSIVE_DETERMINERS, w)
        && (t.is(lx::DETERMINERS)
            || t.is(lx::PREPOSITIONS)
            || t.is(lx::ADJUNCT_SUBORDINATORS)
            || w == "despite"
            || w.ends_with("ed")
            || w.ends_with("ing")
            || matches!(
                w,
                "new" | "fresh" | "loud" | "louder" | "public" | "bipartisan"
            ))
}

/// "amid calls for a recount", "faced questions about his record": a plural noun of
/// `lexicon::SOURCELESS_NOMINALS` before its preposition, named by no one (a possessive owner is
/// the nominal cue, a subject the verb).
fn sourceless_nominal(tokens: &[Token], range: Range<usize>, i: usize) -> Option<Cue> {
    let w = tokens[i].lower.as_str();
    let next = lower_at(tokens, i + 1);
    let &(_, _, stance, framing) = lx::SOURCELESS_NOMINALS
        .iter()
        .find(|n| n.0 == w && n.1.contains(&next))?;
    let content = i + 2;
    let fits = i > range.start
        && content < range.end
        && !tokens[i].is_capitalised()
        && tokens[content].is_word()
        && noun_calls_before(&tokens[i - 1])
        && !put_to_someone(&tokens[i - 1]);
    fits.then_some(Cue {
        first: i,
        head: i,
        last: i + 1,
        kind: CueKind::Nominal { content },
        stance,
        framing,
    })
}

/// The most words of a source phrase after "by" or "from" in `nominal_by_source`.
const MAX_SOURCE_AFTER_BY: usize = 6;

/// "claims by intelligence officials that C", "calls from two senators to C": a noun of
/// `lexicon::NOMINALS_BY_SOURCE` (with no possessive owner), "by" or "from", a short source
/// phrase of plain words, and "that", "about" or an infinitive's "to" opening the content.
fn nominal_by_source(tokens: &[Token], range: Range<usize>, i: usize) -> Option<Cue> {
    let w = tokens[i].lower.as_str();
    let &(_, stance, framing) = lx::NOMINALS_BY_SOURCE.iter().find(|n| n.0 == w)?;
    let by = lower_at(tokens, i + 1);
    let owned = i > range.start && tokens[i - 1].is_possessive();
    if !matches!(by, "by" | "from") || owned || tokens[i].is_capitalised() {
        return None;
    }
    let hi = (i + 3 + MAX_SOURCE_AFTER_BY).min(range.end);
    let opener = (i + 3..hi)
        .take_while(|&j| tokens[j].is_word() && tokens[j].quote.is_none())
        .find(|&j| matches!(tokens[j].lower.as_str(), "that" | "to" | "about"))?;
    let content = if tokens[opener].lower == "to" {
        opener
    } else {
        opener + 1
    };
    let words_follow = content + 1 < range.end && tokens[content + 1].is_word();
    words_follow.then_some(Cue {
        first: i,
        head: i,
        last: i + 1,
        kind: CueKind::NominalBySource {
            source_end: opener,
            content,
        },
        stance,
        framing,
    })
}

/// "responded to questions about C", "asked questions about C": questions someone answers or
/// asks, whose content is theirs (or a reply's), not a doubt in the air.
fn put_to_someone(before: &Token) -> bool {
    matches!(
        before.lower.as_str(),
        "to" | "ask" | "asks" | "asked" | "asking"
    )
}

/// "is expected to", "are widely expected to", "was not expected to": a passive of
/// expectation with an infinitive, whose holder is unnamed.
fn expected_to(tokens: &[Token], range: Range<usize>, i: usize) -> Option<Cue> {
    if tokens[i].lower != "expected" || lower_at(tokens, i + 1) != "to" || i + 2 >= range.end {
        return None;
    }
    let mut k = i.checked_sub(1).filter(|&k| k >= range.start)?;
    if matches!(
        tokens[k].lower.as_str(),
        "widely" | "not" | "also" | "generally" | "still" | "now" | "broadly"
    ) {
        k = k.checked_sub(1).filter(|&k| k >= range.start)?;
    }
    if !tokens[k].is(lx::BE_FORMS) {
        return None;
    }
    Some(Cue {
        first: k,
        head: i,
        last: i,
        kind: CueKind::ExpectedTo,
        stance: Stance::Hedge,
        framing: Framing::Neutral,
    })
}

/// "X is known for C", "was best known for", "has long been known for": a reputation whose
/// holders go unnamed; the content follows "for". Not after "which" or "that" ("a firm that
/// is best known for its funds"), mostly a product's or a firm's line of business.
fn known_for(tokens: &[Token], range: Range<usize>, i: usize) -> Option<Cue> {
    if lower_at(tokens, i + 1) != "for" || i + 2 >= range.end || !tokens[i + 2].is_word() {
        return None;
    }
    let mut be = i.checked_sub(1).filter(|&k| k >= range.start)?;
    if matches!(
        tokens[be].lower.as_str(),
        "best" | "well" | "also" | "widely"
    ) {
        be = be.checked_sub(1).filter(|&k| k >= range.start)?;
    }
    if !tokens[be].is(lx::BE_FORMS) {
        return None;
    }
    let subject = be
        .checked_sub(1)
        .filter(|&k| k >= range.start)
        .map(|k| tokens[k].lower.as_str());
    if matches!(subject, Some("which" | "that")) {
        return None;
    }
    Some(Cue {
        first: be,
        head: i,
        last: i + 1,
        kind: CueKind::KnownFor,
        stance: Stance::Assert,
        framing: Framing::Neutral,
    })
}

/// "we know that C", "she knew that C" at token `i`: knowing is a cue only before "that"
/// ("I know him", "you know" and "who know him" are none), so these forms are no lexicon verbs.
fn know_that(tokens: &[Token], range: Range<usize>, i: usize) -> Option<Cue> {
    if lower_at(tokens, i + 1) != "that" || i + 2 >= range.end {
        return None;
    }
    Some(Cue {
        first: auxiliaries_before(tokens, range.start, i)?,
        head: i,
        last: i,
        kind: CueKind::Verb {
            frame: Frame::MarkedClause,
            inverts: false,
            participle: false,
        },
        stance: Stance::Assert,
        framing: Framing::Endorse,
    })
}

/// The "to be" form of a progressive before the "-ing" verb at `i` ("is calling", "are also
/// hoping"), at most one adverb between them.
fn progressive_be(tokens: &[Token], lo: usize, i: usize) -> Option<usize> {
    let mut k = i.checked_sub(1).filter(|&k| k >= lo)?;
    if between_be_and_ing(&tokens[k]) {
        k = k.checked_sub(1).filter(|&k| k >= lo)?;
    }
    let be = &tokens[k];
    let finite_be = be.is(lx::BE_FORMS) && !matches!(be.lower.as_str(), "be" | "been" | "being");
    (finite_be || negated_be(be) || perfect_been(tokens, lo, k)).then_some(k)
}

/// Adverbs that may stand between a form of "be" and its "-ing" form ("is not saying", "he's
/// also praising").
fn between_be_and_ing(t: &Token) -> bool {
    t.is(lx::CUE_AUXILIARIES) || matches!(t.lower.as_str(), "not" | "now" | "still" | "just")
}

/// "has been", "had long been", "he's been", "they've been": "been" at `k` after a perfect
/// auxiliary (at most one adverb between), a progressive of its own ("has been saying").
fn perfect_been(tokens: &[Token], lo: usize, k: usize) -> bool {
    let perfect = |t: &Token| {
        let w = t.lower.as_str();
        matches!(w, "has" | "have" | "had" | "hasn't" | "haven't" | "hadn't")
            || t.is_word() && ["'s", "'ve", "'d"].iter().any(|c| w.ends_with(c))
    };
    if tokens[k].lower != "been" || k <= lo {
        return false;
    }
    perfect(&tokens[k - 1])
        || k > lo + 1
            && matches!(
                tokens[k - 1].lower.as_str(),
                "long" | "not" | "also" | "never" | "already"
            )
            && perfect(&tokens[k - 2])
}

/// The contracted "be" before the "-ing" form at `i` ("he's saying"), or before one adverb
/// that stands before it ("she's also praising", "he's not saying").
fn contracted_be_before(tokens: &[Token], lo: usize, i: usize) -> Option<usize> {
    if i > lo && contracted_be(&tokens[i - 1]) {
        return Some(i - 1);
    }
    (i > lo + 1 && between_be_and_ing(&tokens[i - 1]) && contracted_be(&tokens[i - 2]))
        .then(|| i - 2)
}

/// "wasn't", "aren’t": a finite form of "be" with a contracted "not", one token.
fn negated_be(t: &Token) -> bool {
    matches!(
        t.lower.as_str(),
        "isn't" | "aren't" | "wasn't" | "weren't" | "isn’t" | "aren’t" | "wasn’t" | "weren’t"
    )
}

/// "repeated deposits of dust", "repeated attacks": a participle that also serves as an
/// adjective (`lexicon::ADJECTIVE_PARTICIPLES`) before a bare plural noun describes it; the
/// verb takes a determiner or a clause ("repeated the claim", "repeated that C").
fn adjective_before_plural(tokens: &[Token], range: Range<usize>, i: usize) -> bool {
    let Some(next) = tokens.get(i + 1).filter(|_| i + 1 < range.end) else {
        return false;
    };
    let w = next.lower.as_str();
    is_in(lx::ADJECTIVE_PARTICIPLES, &tokens[i].lower)
        && next.is_word()
        && !next.is_capitalised()
        && w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !next.is(lx::DETERMINERS)
}

/// Whether a base form that is more often a noun (`lexicon::NOUN_LIKE_BASES`) stands as a
/// verb at `i`: after a plural or pronoun subject ("voters support", "they support"), a modal,
/// negation or "to", and not before a preposition ("support for").
fn base_verb_in_context(tokens: &[Token], range: Range<usize>, i: usize) -> bool {
    if i == range.start || is_at(tokens, i + 1, lx::PREPOSITIONS) {
        return false;
    }
    let prev = &tokens[i - 1];
    let w = prev.lower.as_str();
    // A singular name before a base form is a modifier ("Clinton support"), not a subject.
    let subject = matches!(w, "i" | "we" | "they" | "you" | "who")
        || w.ends_with('s') && !w.ends_with("ss") && !prev.is(lx::DETERMINERS);
    let auxiliary = prev.is(lx::CUE_AUXILIARIES)
        || matches!(w, "to" | "not" | "never" | "do" | "did" | "does")
        || w.ends_with("n't");
    subject || auxiliary
}

/// True when a quotation opens right after token `i`, or after a comma there: "show “X”",
/// "show, “X”".
fn quoted_title_after(tokens: &[Token], end: usize, i: usize) -> bool {
    let open = |k: usize| k < end && matches!(tokens[k].kind, Kind::OpenQuote);
    open(i + 1) || i + 2 < end && tokens[i + 1].is_punct(',') && open(i + 2)
}

/// "he's", "they're", "I'm": a subject pronoun with a contracted form of "be" (a progressive
/// follows), not a possessive.
pub(crate) fn contracted_be(t: &Token) -> bool {
    let w = t.lower.replace('’', "'");
    match w.split_once('\'') {
        Some((subject, "s")) => matches!(
            subject,
            "he" | "she"
                | "it"
                | "who"
                | "that"
                | "one"
                | "someone"
                | "everyone"
                | "nobody"
                | "somebody"
                | "everybody"
        ),
        Some((subject, "re")) => matches!(subject, "they" | "we" | "you" | "who"),
        Some((subject, "m")) => subject == "i",
        _ => false,
    }
}

/// "he's said", "she's argued": a subject pronoun with a contracted "has" (a past participle
/// follows), not a possessive.
fn contracted_have(t: &Token) -> bool {
    let w = t.lower.replace('’', "'");
    matches!(
        w.split_once('\''),
        Some(("he" | "she" | "who" | "that", "s"))
    )
}

/// True when the "-ing" form at `i` follows a verb of beginning or going on ("began talking",
/// "keeps saying", "continued calling for"), which makes it the finite verb's complement: the
/// cue opens at that verb and its subject is the sentence's, not a participle's host clause.
fn after_catenative(tokens: &[Token], lo: usize, i: usize) -> bool {
    i > lo && tokens[i - 1].quote.is_none() && is_in(lx::CATENATIVES, &tokens[i - 1].lower)
}

fn participle_like(w: &str) -> bool {
    w.ends_with("ing")
}

/// The first token of the auxiliaries and adverbs before the verb at `i`, or `None` when the
/// verb is passive ("were accused").
fn auxiliaries_before(tokens: &[Token], lo: usize, i: usize) -> Option<usize> {
    let mut first = i;
    let mut k = i;
    while k > lo && first + 4 > i {
        let w = tokens[k - 1].lower.as_str();
        if tokens[k - 1].is(lx::BE_FORMS) {
            return None;
        }
        // "Will wrote", "May said": a capitalised modal inside a sentence is a name.
        let name = tokens[k - 1].is_capitalised() && k - 1 > lo;
        if tokens[k - 1].is(lx::CUE_AUXILIARIES) && tokens[k - 1].quote.is_none() && !name {
            // "since" and "once" are auxiliaries only between subject and verb, never first words.
            first = k - 1;
            k -= 1;
            continue;
        }
        if w == "not" || w == "never" {
            first = k - 1;
            k -= 1;
            continue;
        }
        break;
    }
    // An adverb like "since" that opens a clause is not part of the cue.
    while first < i
        && matches!(
            tokens[first].lower.as_str(),
            "since" | "once" | "then" | "later" | "earlier" | "first"
        )
    {
        first += 1;
    }
    Some(first)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::with_paragraph;
    use crate::model::Span;

    /// (cue as written, kind) of every cue of `text`, one sentence.
    fn cues(text: &str) -> Vec<(String, CueKind)> {
        with_paragraph(text, Span::new(0, text.len()), |toks| {
            let tokens = toks.tokens;
            find_cues(toks, 0..tokens.len())
                .into_iter()
                .map(|c| {
                    let span = Span::new(tokens[c.first].span.start, tokens[c.last].span.end);
                    (span.of(text).to_string(), c.kind)
                })
                .collect()
        })
    }

    #[test]
    fn a_gerund_after_a_verb_of_beginning_opens_the_cue_there() {
        for (text, cue) in [
            (
                "The coach began talking about the final.",
                "began talking about",
            ),
            (
                "Voters have kept calling for a new school.",
                "have kept calling for",
            ),
            ("She starts saying the same thing.", "starts saying"),
        ] {
            let found = cues(text);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].0, cue, "{text}");
            assert!(
                matches!(
                    found[0].1,
                    CueKind::Verb {
                        participle: false,
                        ..
                    }
                ),
                "{text}"
            );
        }
        // "stopped talking" denies the saying: the gerund stays a participle.
        let found = cues("They stopped talking about the final.");
        assert!(found.iter().all(|c| c.0 != "stopped talking about"));
    }

    #[test]
    fn a_verb_cue_takes_its_auxiliaries_and_frame() {
        let found = cues("Investigators have linked the blast to a gas leak.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "have linked");
        assert!(matches!(
            found[0].1,
            CueKind::Verb {
                frame: Frame::ObjectThen("to"),
                ..
            }
        ));
    }

    #[test]
    fn put_it_is_a_cue_only_after_as() {
        let found = cues("As the mayor put it, the bridge is too old.");
        assert!(found.iter().any(|(w, _)| w == "put it"));
        assert!(cues("She put it on the desk.").is_empty());
        assert!(cues("He puts the blame on the weather.").is_empty());
    }

    #[test]
    fn knowing_is_a_cue_only_before_that() {
        let found = cues("Voters know that the roads are bad.");
        assert!(found.iter().any(|(w, _)| w == "know"));
        assert!(
            cues("Friends who know him say little.")
                .iter()
                .all(|(w, _)| w != "know")
        );
        assert!(cues("You know, the roads are bad.").is_empty());
    }

    #[test]
    fn a_contracted_has_is_no_possessive() {
        // "he's argued": "has" with its subject, so the participle is a cue; "the mayor's
        // argument" stays a possessive.
        let found = cues("He's argued that the tax is too high.");
        assert!(found.iter().any(|(w, _)| w == "argued"));
        let found = cues("She’s repeatedly said the plan would fail.");
        assert!(found.iter().any(|(w, _)| w == "repeatedly said"));
        assert!(cues("The mayor's argued point was weak.").is_empty());
    }

    #[test]
    fn a_participle_is_marked() {
        let found = cues("He left, saying the talks had failed.");
        assert!(found.iter().any(|(w, k)| w == "saying"
            && matches!(
                k,
                CueKind::Verb {
                    participle: true,
                    ..
                }
            )));
    }

    #[test]
    fn according_to_and_sourceless_cues() {
        let found = cues("According to the ministry, the road will reportedly reopen.");
        assert!(found.contains(&("According to".to_string(), CueKind::AccordingTo)));
        assert!(found.contains(&("reportedly".to_string(), CueKind::SourcelessAdverb)));
        let found = cues("The bank is widely expected to raise rates.");
        assert!(found.iter().any(|(_, k)| *k == CueKind::ExpectedTo));
        let found = cues("It is believed that the painting was stolen.");
        assert!(found.iter().any(|(_, k)| *k == CueKind::SourcelessPassive));
    }

    #[test]
    fn known_for_is_a_reputation() {
        let found = cues("The baker was best known for her rye bread.");
        assert!(found.contains(&("was best known for".to_string(), CueKind::KnownFor)));
        // Not a firm's line of business after "which" or "that", nor a bare "known".
        for t in [
            "The bakery, which is best known for its rye, closed.",
            "The warmth she is known for - at every market stall - was gone.",
            "The baker is known to the whole town.",
        ] {
            assert!(cues(t).iter().all(|(_, k)| *k != CueKind::KnownFor), "{t}");
        }
    }

    #[test]
    fn a_verb_form_after_an_article_is_no_cue() {
        assert!(cues("The report was late.").is_empty());
    }

    #[test]
    fn a_verb_form_in_a_compound_noun_is_no_cue() {
        assert!(cues("Jane Roe runs a small think tank in the capital.").is_empty());
        let found = cues("Voters think the mayor will win.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "think");
    }

    #[test]
    fn states_is_a_verb_only_after_a_pronoun_or_a_document() {
        assert!(cues("The four states that vote first hold few delegates.").is_empty());
        assert!(cues("Ads ran in nine states: Ohio, Iowa and Utah.").is_empty());
        assert!(cues("Ads ran in swing states, among them Ohio.").is_empty());
        for text in [
            "It states that rents must fall.",
            "The memo states: rents must fall.",
        ] {
            let found = cues(text);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].0, "states");
        }
    }

    #[test]
    fn a_progressive_after_a_contracted_be_is_a_cue() {
        let found = cues(
            "She's hoping to win. They’re saying it is over. Nobody’s talking about a rescue. \
             I wasn't talking about the fees.",
        );
        let words: Vec<&str> = found.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(
            words,
            ["hoping", "saying", "talking about", "wasn't talking about"]
        );
        assert!(found.iter().all(|(_, k)| matches!(
            k,
            CueKind::Verb {
                participle: false,
                ..
            }
        )));
    }

    #[test]
    fn a_progressive_after_an_adverb_or_a_perfect_is_a_cue() {
        let found = cues(
            "She's also praising the mayor. He’s not saying what he will do. The mayor has been \
             saying that rents will fall. He’s been calling for a new school. They have long \
             been urging a vote.",
        );
        let words: Vec<&str> = found.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(
            words,
            [
                "also praising",
                "not saying",
                "has been saying",
                "been calling for",
                "have long been urging"
            ]
        );
        assert!(found.iter().all(|(_, k)| matches!(
            k,
            CueKind::Verb {
                participle: false,
                ..
            }
        )));
    }

    #[test]
    fn a_base_form_that_is_mostly_a_noun_needs_a_subject_or_auxiliary() {
        for t in [
            "Most voters support the plan.",
            "They would support the plan.",
        ] {
            assert_eq!(cues(t).len(), 1, "{t}");
        }
        for t in [
            "Her support for the plan grew.",
            "The plan drew Republican support.",
            "Voters support for the plan grew.",
        ] {
            assert!(cues(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn show_before_a_quoted_title_is_the_noun() {
        for t in [
            "She starred in the cooking show “Salt and Smoke” last year.",
            "He hosts a weekly radio show, \"The Night Desk,\" on Fridays.",
        ] {
            assert!(cues(t).iter().all(|(w, _)| w != "show"), "{t}");
        }
        let found = cues("New figures show “a steady rise” in rents.");
        assert!(found.iter().any(|(w, _)| w == "show"));
    }

    #[test]
    fn no_cue_in_a_sentence_without_reporting_words() {
        assert!(cues("The river rose overnight.").is_empty());
    }
}
