//! Where a cue's content starts, given what its frame allows after it (a clause, an
//! addressee, an object and its preposition, an infinitive, a question), and the tests of what
//! follows a cue that tell an inverted or content-first pattern from the ordinary one.

use super::super::lexicon::{
    self as lx, AFFILIATION_PREPOSITIONS, Frame, OBJECT_PRONOUNS, PREPOSITIONS,
};
use super::super::tokens::Kind;
use super::{
    ContentRef, Sentence, boundary, call_complement, is_speaker_head, parenthetical, told_clause,
    told_place, wh_clause,
};
use crate::extract::cues::Cue;
use std::ops::Range;

/// The closing quotation mark at `p`, or just before a comma at `p`: `"Q," S said`.
pub(crate) fn close_quote_at(s: &Sentence, p: usize) -> Option<usize> {
    if s.kind(p) == Some(Kind::CloseQuote) {
        Some(p)
    } else if s.is_punct(p, ',') && p > s.range.start && s.kind(p - 1) == Some(Kind::CloseQuote) {
        Some(p - 1)
    } else {
        None
    }
}

/// True when nothing but adjuncts follows the cue (and its addressee): "..., officials said."
pub(crate) fn ends_after_cue(s: &Sentence, cue: &Cue, frame: Frame) -> bool {
    let mut k = cue.last + 1;
    if frame == Frame::Tell
        && let Some(obj) = boundary::addressee(s, k)
    {
        k = obj.end;
    }
    for _ in 0..4 {
        k = s.skip_adjuncts(k);
        if k >= s.range.end {
            return true;
        }
        let t = &s.tokens[k];
        match t.kind {
            Kind::Punct('.' | '!' | '?' | ';' | ')') => return true,
            Kind::Punct(',') => return true,
            Kind::Word if t.is(lx::ADJUNCT_PREPOSITIONS) => {
                // a prepositional adjunct: skip its noun phrase
                match s.np_forward(k + 1, s.range.end) {
                    Some(np) => k = np.end,
                    None => return false,
                }
            }
            Kind::Word if t.lower == "one" && s.lower(k + 1) == "after" => return true,
            // "..., he said as he left": an adverbial clause of the reporting event.
            Kind::Word if boundary::adverbial_clause_at(s, k) => return true,
            _ => return false,
        }
    }
    false
}

/// The source phrase after an inverted cue ("said Jane Roe, a fellow at ..."), when what
/// follows it shows that it is the subject and not the start of a clause.
pub(crate) fn source_after(s: &Sentence, k: usize) -> Option<(Range<usize>, Option<Range<usize>>)> {
    // "said retired surgeon Jane Roe": a participle that modifies the title before a name.
    let leading_participle = s.kind(k) == Some(Kind::Word)
        && !s.is_capitalised(k)
        && s.lower(k).ends_with("ed")
        && k + 2 < s.range.end
        && s.is_capitalised(k + 2);
    let mut np = match s.np_forward(k, s.range.end) {
        Some(np) => np,
        None if leading_participle => k..s.np_forward(k + 1, s.range.end)?.end,
        None => return None,
    };
    // "a man calling himself X": the phrase scan took the participle as its last word.
    if np.len() > 1 && participle_after(s, np.end - 1) {
        np.end -= 1;
    }
    let np = with_postmodifier_after(s, np);
    let next = np.end;
    let ok = next >= s.range.end
        || matches!(
            s.tokens[next].kind,
            Kind::Punct('.' | ',' | ';' | '!' | '?' | ')' | '(')
        )
        || s.is(next, lx::SOURCE_FOLLOWERS) && !phrase_then_verb(s, next)
        || participle_after(s, next);
    if !ok {
        return None;
    }
    // Apposition after a comma: "said Roe, the analyst" or "said the spokesman, Jane Roe".
    let mut appos = None;
    if s.is_punct(next, ',')
        && let Some(a) = s.np_forward(next + 1, s.range.end)
    {
        appos = Some(a);
    }
    Some((np, appos))
}

/// Extends an inverted source over its post-modifier: "an aide to the senator", "a source close
/// to the campaign", "one official involved in the talks". The mirror of
/// `subject::with_affiliation_before`.
fn with_postmodifier_after(s: &Sentence, np: Range<usize>) -> Range<usize> {
    let knowing_prep = |k: usize| matches!(s.lower(k), "with" | "to" | "on" | "in");
    // The phrase scan keeps an adjective after the noun: "a person familiar" + "with ...".
    let prep = if np.len() >= 2 && s.is(np.end - 1, lx::KNOWING_ADJECTIVES) && knowing_prep(np.end)
    {
        np.end
    } else if s.is(np.end, lx::KNOWING_ADJECTIVES) && knowing_prep(np.end + 1) {
        np.end + 1
    } else if s.is(np.end, AFFILIATION_PREPOSITIONS) && is_speaker_head(&s.tokens[np.end - 1]) {
        np.end
    } else {
        return np;
    };
    match s.np_forward(prep + 1, s.range.end) {
        Some(inner) if !s.is(inner.end - 1, lx::DETERMINERS) => np.start..inner.end,
        _ => np,
    }
}

/// "said the crowd at the rally was calm": a verb form follows the prepositional phrase at
/// `k` in the same clause, so the phrase before it is the subject of a content clause, not an
/// inverted source ("said Roe at the rally, where she was heckled" is).
fn phrase_then_verb(s: &Sentence, k: usize) -> bool {
    if !s.is(k, lx::PREPOSITIONS) {
        return false;
    }
    let end = s.range.end.min(k + 16);
    for i in k + 1..end {
        let w = s.lower(i);
        if s.is(i, lx::BE_FORMS) || FINITE_AUXILIARIES.contains(&w) {
            return true;
        }
        if !s.tokens[i].is_word() || CLAUSE_OPENERS.contains(&w) {
            return false;
        }
    }
    false
}

/// "wrote a man calling himself X", "said a voter wearing a red cap": a participle phrase
/// describing the source.
fn participle_after(s: &Sentence, k: usize) -> bool {
    let t = &s.tokens[k];
    t.is_word()
        && t.quote.is_none()
        && !t.is_capitalised()
        && t.lower.len() > 5
        && t.lower.ends_with("ing")
        && !t.is(lx::TIME_WORDS)
        && !ING_NOUNS.contains(&t.lower.as_str())
}

/// A gerund at `k` ("raising", "having"), not a noun in "-ing" ("meeting", "morning"); a
/// noun-like one before an amount is a gerund too ("reported spending $6 million").
fn gerund_at(s: &Sentence, k: usize) -> bool {
    let t = &s.tokens[k];
    let before_amount = ING_NOUNS.contains(&t.lower.as_str())
        && s.tokens
            .get(k + 1)
            .filter(|_| k + 1 < s.range.end)
            .is_some_and(|n| {
                n.is_punct('$')
                    || n.lower
                        .starts_with(|c: char| c == '$' || c.is_ascii_digit())
            });
    (participle_after(s, k) || before_amount) && t.verb.is_none()
}

/// Nouns in "-ing" that end a source phrase ("said Roe on Tuesday evening").
const ING_NOUNS: &[&str] = &[
    "morning",
    "evening",
    "meeting",
    "briefing",
    "hearing",
    "building",
    "something",
    "nothing",
    "anything",
    "everything",
    "ruling",
    "funding",
    "spending",
    "wedding",
    "training",
    "setting",
    "gathering",
    "opening",
    "offering",
    "recording",
    "filing",
    "posting",
    "listing",
    "polling",
];

/// Words that open a clause of their own inside a source's adjunct.
const CLAUSE_OPENERS: &[&str] = &[
    "who", "whom", "whose", "which", "that", "where", "when", "while", "because", "as", "after",
    "before", "if", "although", "since", "until", "and", "or", "but",
];

/// Nouns of what a telling verb tells (as its object, not its addressee).
const STORY_NOUNS: &[&str] = &[
    "story",
    "stories",
    "tale",
    "tales",
    "anecdote",
    "anecdotes",
    "joke",
    "jokes",
];

/// Auxiliaries that make a finite verb phrase of what follows them.
const FINITE_AUXILIARIES: &[&str] = &[
    "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should",
    "does", "did",
];

/// "said on CNN, where she now works, that C", "said — on a podcast, of all places — that C",
/// "said, in an interview, that C": an aside between the cue and its "that", opened by a comma,
/// a dash or a preposition and closed by a comma or a dash right before "that". The "that".
fn past_aside_before_that(s: &Sentence, k: usize) -> Option<usize> {
    let opens = s.is_punct(k, ',') || parenthetical::is_dash(s, k) || s.is(k, PREPOSITIONS);
    if !opens {
        return None;
    }
    let limit = s.range.end.min(k + 25);
    for j in k + 1..limit {
        let t = &s.tokens[j];
        if t.quote.is_some() || matches!(t.kind, Kind::Punct(';' | ':' | '.' | '?' | '!')) {
            return None;
        }
        let closes = s.is_punct(j, ',') || parenthetical::is_dash(s, j);
        if closes && s.lower(j + 1) == "that" && s.kind(j + 2) == Some(Kind::Word) {
            return Some(j + 1);
        }
    }
    None
}

/// The most prepositional phrases read between a verb and its "that" or quotation.
const MAX_PLACE_PHRASES: usize = 3;

/// "announced on the convention floor that C", "announced on her page, in capitals, “Q”": the
/// prepositional phrases (and the commas around them) between a verb taking an object and its
/// "that" clause or quotation, from the preposition at `k`. Where the content starts; `None`
/// when no clause or quotation follows them ("announced on Monday a new plan" is no report).
fn past_place_phrases(s: &Sentence, k: usize) -> Option<usize> {
    let mut j = k;
    for _ in 0..MAX_PLACE_PHRASES {
        if s.is_punct(j, ',') {
            j += 1;
        }
        if !s.is(j, PREPOSITIONS) {
            break;
        }
        let np = s.np_forward(j + 1, s.range.end)?;
        j = s.skip_adjuncts(np.end);
    }
    if s.lower(j) == "that" && s.kind(j + 1) == Some(Kind::Word) {
        return Some(j + 1);
    }
    quote_next(s, j)
}

/// Where the content after a cue starts, given what the cue's frame allows.
pub(crate) fn content_start(s: &Sentence, cue: &Cue, frame: Frame) -> Option<ContentRef> {
    let mut k = s.skip_adjuncts(cue.last + 1);
    if matches!(frame, Frame::Clause | Frame::MarkedClause) {
        k = past_aside_before_that(s, k).unwrap_or(k);
    }
    if k >= s.range.end {
        return None;
    }
    let from = |start: usize, comma_ends: bool| content_from(s, start, comma_ends);
    if let Some(q) = quote_next(s, k) {
        return from(q, false);
    }
    if s.is_punct(k, ':') {
        return from(k + 1, false);
    }
    let w = s.lower(k);
    match frame {
        Frame::Clause | Frame::MarkedClause => clause_content(s, cue, frame, k),
        Frame::Tell => told_content(s, k),
        Frame::ObjectThen(p) => {
            if w == p || s.kind(k) != Some(Kind::Word) {
                return None;
            }
            // The object's preposition must follow within reach, except after a verb whose
            // object alone is content ("described the meeting", "described how C").
            let limit = s.range.end.min(k + 40);
            let preposition =
                (k + 1..limit).any(|i| s.tokens[i].lower == p && s.tokens[i].quote.is_none());
            if !preposition && !lx::is_in(lx::OBJECT_ALONE_VERBS, s.lower(cue.head)) {
                return None;
            }
            // "described X as Y" ends at a comma; "quoted X, an aide, as saying C" holds
            // the apposition and the words quoted.
            let quoting = s.lower(cue.head).starts_with("quote");
            from(k, p == "as" && preposition && !quoting)
        }
        Frame::Prep(_) => from(k, false),
        Frame::Infinitive => match w {
            "to" if is_infinitive(s, k) || quoted_infinitive(s, k) => from(k, false),
            // "decided not to run": the negation belongs to what is committed to.
            "not" if s.lower(k + 1) == "to" && is_infinitive(s, k + 1) => from(k, false),
            "that" => from(k + 1, false),
            // "promised her whole program would be paid for", "vowed he would": a clause
            // without "that".
            _ if personal_subject_at(s, k) || subject_then_verb_at(s, k) => from(k, false),
            _ => None,
        },
        Frame::Object | Frame::Position => {
            if w == "that" {
                return from(k + 1, false);
            }
            if s.is(k, PREPOSITIONS) {
                return past_place_phrases(s, k).and_then(|j| from(j, false));
            }
            if s.kind(k) != Some(Kind::Word) {
                return None;
            }
            from(k, false)
        }
        Frame::Intent => intent_content(s, k, from),
        Frame::Question => question_content(s, k, from),
        Frame::Call => call_content(s, cue, k, from),
    }
}

/// Content from `start` (after a comma there), unless it is the end of the sentence.
fn content_from(s: &Sentence, start: usize, comma_ends: bool) -> Option<ContentRef> {
    let mut start = start;
    if s.is_punct(start, ',') {
        start += 1;
    }
    (start < s.range.end && !matches!(s.tokens[start].kind, Kind::Punct('.' | '!' | '?')))
        .then_some(ContentRef::From { start, comma_ends })
}

/// The opening quotation mark at `k`, or right after a colon or comma at `k`.
fn quote_next(s: &Sentence, k: usize) -> Option<usize> {
    if s.kind(k) == Some(Kind::OpenQuote) {
        Some(k)
    } else if (s.is_punct(k, ':') || s.is_punct(k, ',')) && s.kind(k + 1) == Some(Kind::OpenQuote) {
        Some(k + 1)
    } else {
        None
    }
}

/// The content of a verb of saying at `k`: a "that" clause, a clause after an adjunct, an
/// indirect question, or (not for a verb that needs "that") a bare clause.
fn clause_content(s: &Sentence, cue: &Cue, frame: Frame, k: usize) -> Option<ContentRef> {
    let w = s.lower(k);
    if w == "that" {
        return content_from(s, k + 1, false);
    }
    // "added, that C": a stray comma before the complementiser.
    if s.is_punct(k, ',')
        && boundary::is_complementiser(s, k + 1)
        && s.kind(k + 2) == Some(Kind::Word)
    {
        return content_from(s, k + 2, false);
    }
    // "said in her opening remarks that C", "said, if elected, she would C".
    if let Some(start) = boundary::clause_after_adjunct(s, k) {
        return content_from(s, start, false);
    }
    if frame == Frame::Clause
        && let Some(start) = bare_clause_after_phrase(s, k).or_else(|| quantity_at(s, k))
    {
        return content_from(s, start, false);
    }
    // "wrote in both listings he was ...": a pronoun subject after a short phrase opens a
    // clause after a verb that otherwise needs "that" too.
    if frame == Frame::MarkedClause
        && let Some(start) = bare_clause_after_phrase(s, k).filter(|&j| personal_subject_at(s, j))
    {
        return content_from(s, start, false);
    }
    // "noted he was ...", "insisted they had ...": a verb that needs "that" before a noun
    // phrase still opens a clause with a personal pronoun subject.
    if frame == Frame::MarkedClause && (personal_subject_at(s, k) || subject_then_verb_at(s, k)) {
        return content_from(s, k, false);
    }
    // "reported raising $9 million", "recalled meeting him": a gerund is a clause's content
    // ("continued harassing X" is aspect, not report).
    let aspectual = s.lower(cue.head).starts_with("continu");
    if frame == Frame::MarkedClause && !aspectual && gerund_at(s, k) {
        return content_from(s, k, false);
    }
    if frame == Frame::MarkedClause && wh_clause::opens_indirect_question(s, cue.head, k) {
        return content_from(s, k, false);
    }
    // "joked about C", "complained about C": the topic of a verb that otherwise needs "that"
    // (not "about 100 people"), a noun phrase that ends at a comma ("complained about the
    // delays, then left").
    let number_after = s.lower(k + 1).starts_with(|c: char| c.is_ascii_digit());
    if frame == Frame::MarkedClause && w == "about" && !number_after {
        return content_from(s, k + 1, true);
    }
    // "warned of a recession", "warned against complacency": the danger is the content.
    if s.tokens[cue.head].is(lx::WARNING_WORDS) && matches!(w, "of" | "against" | "about") {
        return content_from(s, k + 1, true);
    }
    if frame == Frame::MarkedClause || s.is(k, PREPOSITIONS) || s.kind(k) != Some(Kind::Word) {
        return None;
    }
    // "don't believe them.", "believe me, ...": a lone object pronoun is a person believed,
    // not a claim.
    let lone = matches!(s.kind(k + 1), Some(Kind::Punct(_)) | None)
        || matches!(s.lower(k + 1), "and" | "but" | "or");
    if lone && (s.is(k, OBJECT_PRONOUNS) || s.lower(k) == "it") {
        return None;
    }
    content_from(s, k, false)
}

/// "said for weeks he was", "said in politics it takes": a short prepositional phrase at `k`,
/// then a clause without "that" whose subject is a pronoun, where the clause starts.
fn bare_clause_after_phrase(s: &Sentence, k: usize) -> Option<usize> {
    if !s.is(k, PREPOSITIONS) || s.tokens[k].quote.is_some() {
        return None;
    }
    let limit = s.range.end.min(k + 7);
    let subject = (k + 2..limit).find(|&j| {
        let t = &s.tokens[j];
        !t.is_word() || t.quote.is_some() || t.verb.is_some() || subject_pronoun(s.lower(j))
    })?;
    let w = s.lower(subject);
    // "he's", "they'd": the contraction carries the verb.
    let verb_follows = w.contains('\'') || s.kind(subject + 1) == Some(Kind::Word);
    (subject_pronoun(w) && s.tokens[subject].quote.is_none() && verb_follows).then_some(subject)
}

/// A personal pronoun that can only be a subject ("he", "they", "we"; not "you", nor "it"
/// unless a finite verb follows it: "wrote it down"), then its verb.
fn personal_subject_at(s: &Sentence, k: usize) -> bool {
    let w = s.lower(k);
    let base = w.split('\'').next().unwrap_or(w);
    // "reported it sold", "noted it was": "it" before a finite verb is a subject too.
    let it_subject = w == "it"
        && s.tokens
            .get(k + 1)
            .filter(|_| k + 1 < s.range.end)
            .is_some_and(|n| {
                n.is(lx::BE_FORMS)
                    || FINITE_AUXILIARIES.contains(&n.lower.as_str())
                    || lx::is_in(lx::COMMON_VERB_FORMS, &n.lower)
                    || crate::extract::rules::quote_tail::finite_verb_like(n)
            });
    s.tokens[k].quote.is_none()
        && (matches!(base, "he" | "she" | "they" | "we" | "i") || it_subject)
        && (w.contains('\'') || s.kind(k + 1) == Some(Kind::Word))
}

/// "reported the plant will close", "declared Jane Roe had won": a noun phrase and right after
/// it a finite verb or an auxiliary open a clause ("reported record revenue" is an object).
fn subject_then_verb_at(s: &Sentence, k: usize) -> bool {
    // "reported at least six planes flew": the quantity opens the subject.
    let k = if s.lower(k) == "at" && matches!(s.lower(k + 1), "least" | "most") {
        k + 2
    } else {
        k
    };
    let Some(np) = s.np_forward(k, s.range.end) else {
        return false;
    };
    let next = np.end;
    next < s.range.end
        && (s.is(next, lx::BE_FORMS)
            || FINITE_AUXILIARIES.contains(&s.lower(next))
            || crate::extract::rules::quote_tail::finite_verb_like(&s.tokens[next]))
}

/// "he", "they", or one of them with a contracted verb ("he's").
fn subject_pronoun(w: &str) -> bool {
    SUBJECT_PRONOUNS.contains(&w.split('\'').next().unwrap_or(w))
}

/// Pronouns that open a clause as its subject.
const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "i", "you", "there"];

/// "said about half of the ...", "said over 300 people ...": a preposition of approximation
/// before a number opens the clause's subject, not a prepositional phrase.
fn quantity_at(s: &Sentence, k: usize) -> Option<usize> {
    let next = s.lower(k + 1);
    let number = next.starts_with(|c: char| c.is_ascii_digit())
        || matches!(
            next,
            "half" | "a" | "one" | "two" | "three" | "four" | "five" | "six"
        ) && (next != "a" || matches!(s.lower(k + 2), "third" | "quarter" | "dozen" | "fifth"));
    (matches!(s.lower(k), "about" | "around" | "over") && number).then_some(k)
}

/// "a question", "a simple question", "several questions" at `k`, after an addressee.
pub(crate) fn asks_a_question(s: &Sentence, k: usize) -> bool {
    s.is(k, lx::DETERMINERS)
        && (k + 1..(k + 4).min(s.range.end)).any(|j| s.lower(j).starts_with("question"))
}

/// The content of "told" at `k`: after the addressee, a "that" clause, a quotation, or a bare
/// clause when the addressee is named or the press.
fn told_content(s: &Sentence, k: usize) -> Option<ContentRef> {
    let obj = boundary::addressee(s, k)?;
    // "told a different tale", "told stories of how C": what is told, not whom.
    if let Some(noun) = (obj.start..obj.end).find(|&j| STORY_NOUNS.contains(&s.lower(j))) {
        // "told the crowd a joke": the story's own phrase, after the addressee.
        let start = (obj.start..noun)
            .rev()
            .find(|&j| s.is(j, lx::DETERMINERS))
            .unwrap_or(obj.start);
        return content_from(s, start, false);
    }
    let k = s.skip_adjuncts(obj.end);
    if s.lower(k) == "that" {
        return content_from(s, k + 1, false);
    }
    // "told voters to stay home", "told him not to run": the addressee and what they are told
    // to do, as after "urged".
    let to = if s.lower(k) == "not" { k + 1 } else { k };
    if k == obj.end && s.lower(to) == "to" && s.kind(to + 1) == Some(Kind::Word) {
        return content_from(s, obj.start, false);
    }
    if let Some(start) = boundary::clause_after_adjunct(s, k) {
        return content_from(s, start, false);
    }
    if let Some(start) = told_place::that_after_place(s, k) {
        return content_from(s, start, false);
    }
    if let Some(q) = quote_next(s, k) {
        return content_from(s, q, false);
    }
    // "told Reuters the bank was ...": after a named or press addressee, a clause.
    let addressee_named = s.is_capitalised(obj.end - 1) || s.tokens[obj.end - 1].is(lx::ADDRESSEES);
    // "told the court his client ...": a possessive opens the clause's subject.
    let possessive_subject = matches!(s.lower(k), "his" | "her" | "their" | "its" | "our")
        && s.kind(k + 1) == Some(Kind::Word);
    // "told them Jane Roe would ...", "told me his support ...": after a pronoun addressee a
    // name or a possessive opens the content ("told them the truth" is an object).
    let after_pronoun = obj.len() == 1
        && s.is(obj.start, OBJECT_PRONOUNS)
        && (possessive_subject || !s.is(k, lx::DETERMINERS));
    let clause_word = s.kind(k) == Some(Kind::Word)
        && !s.is(k, PREPOSITIONS)
        && (!s.is(k, lx::NP_STOP_WORDS) || possessive_subject);
    if (addressee_named || after_pronoun) && clause_word {
        return content_from(s, k, false);
    }
    told_clause::clause_after_addressee(s, k).and_then(|start| content_from(s, start, false))
}

/// The content of "call" at `k`: after "for"; after "on" when an infinitive follows ("called
/// on X to C"); or "called X Y", an object followed by its description in quotes or a noun
/// phrase ("called the plan “a disgrace”", "calling him a liar").
pub(crate) fn call_content(
    s: &Sentence,
    cue: &Cue,
    k: usize,
    from: impl Fn(usize, bool) -> Option<ContentRef>,
) -> Option<ContentRef> {
    if cue.last > cue.head {
        if matches!(s.lower(cue.last), "on" | "upon") {
            let limit = s.range.end.min(k + 12);
            (k..limit).find(|&j| s.lower(j) == "to")?;
        }
        return from(k, false);
    }
    if let Some(end) = call_complement::quoted_description_end(s, k) {
        return Some(ContentRef::Tokens(k..end));
    }
    if call_complement::is_described(s, k) {
        return from(k, true);
    }
    if let Some(end) = call_complement::object_with_description(s, k) {
        return Some(ContentRef::Tokens(k..end));
    }
    let object = match s.np_forward(k, s.range.end) {
        Some(np) => np,
        None if s.is(k, OBJECT_PRONOUNS) || s.lower(k) == "it" || lx::is_reflexive(s.lower(k)) => {
            k..k + 1
        }
        None => return None,
    };
    // "the plan a waste": the description's article ends the object.
    let j = (object.start + 1..object.end)
        .find(|&j| matches!(s.lower(j), "a" | "an"))
        .unwrap_or(object.end);
    let described = s.kind(j) == Some(Kind::OpenQuote)
        || matches!(s.lower(j), "a" | "an")
            && s.kind(j + 1).is_some_and(|_| s.tokens[j + 1].is_word());
    described.then(|| from(k, true)).flatten()
}

/// True when "to" at `k` opens an infinitive ("agreed to resign"), not a noun phrase ("agreed
/// to a halt", "asked to the meeting").
pub(crate) fn is_infinitive(s: &Sentence, k: usize) -> bool {
    s.kind(k + 1) == Some(Kind::Word)
        && !s.is(k + 1, lx::DETERMINERS)
        && !s.is_capitalised(k + 1)
        && !s.lower(k + 1).starts_with(|c: char| c.is_ascii_digit())
}

/// "asked X to “cease and desist”", "vowed to “win”": an infinitive that opens a quotation
/// after "to" at `k`.
fn quoted_infinitive(s: &Sentence, k: usize) -> bool {
    s.kind(k + 1) == Some(Kind::OpenQuote) && is_infinitive(s, k + 1)
}

pub(crate) fn is_question_word(s: &Sentence, k: usize) -> bool {
    s.kind(k) == Some(Kind::Word) && s.is(k, lx::QUESTION_WORDS)
}

/// The content of "asked" at `k`: "whether C", "about C", "to C", or after an addressee
/// "X whether C", "X to C" (the addressee is part of a request's content: "asked voters to
/// stay home"), or a quotation after it.
pub(crate) fn question_content(
    s: &Sentence,
    k: usize,
    from: impl Fn(usize, bool) -> Option<ContentRef>,
) -> Option<ContentRef> {
    let infinitive =
        |j: usize| s.lower(j) == "to" && (is_infinitive(s, j) || quoted_infinitive(s, j));
    if is_question_word(s, k) || infinitive(k) {
        return from(k, false);
    }
    if s.lower(k) == "about" {
        return from(k + 1, false);
    }
    // "asked for a recount": a request for a thing.
    if s.lower(k) == "for" {
        return from(k + 1, false);
    }
    let addressee = match s.np_forward(k, s.range.end) {
        // "asked the minister why ...", "asked voters a question": the question word or the
        // question is not part of the addressee.
        Some(np) => {
            np.start
                ..(np.start + 1..np.end)
                    .find(|&j| is_question_word(s, j) || asks_a_question(s, j))
                    .unwrap_or(np.end)
        }
        None if s.is(k, OBJECT_PRONOUNS) => k..k + 1,
        None => return None,
    };
    let mut j = s.skip_adjuncts(addressee.end);
    // "asked the mayor pointedly whether C": an adverb before the question.
    if s.lower(j).ends_with("ly") && is_question_word(s, j + 1) {
        j += 1;
    }
    if is_question_word(s, j) {
        return from(j, false);
    }
    if infinitive(j)
        || crate::extract::rules::questions::to_after_addressee_list(s, j).is_some_and(infinitive)
    {
        return from(k, false);
    }
    // "asked the minister about the contract", "asked voters a simple question: ...".
    // A topic is a noun phrase: it ends at a comma ("asked X about Y, when ...").
    if s.lower(j) == "about" {
        return from(j, true);
    }
    if asks_a_question(s, j) {
        return from(j, false);
    }
    if s.kind(j) == Some(Kind::OpenQuote) {
        return from(j, false);
    }
    if (s.is_punct(j, ':') || s.is_punct(j, ',')) && s.kind(j + 1) == Some(Kind::OpenQuote) {
        return from(j + 1, false);
    }
    None
}

/// True when the clause at `start` is a question put to the subject ("Asked whether ...,"),
/// which is not what a later "S said" reports.
pub(crate) fn opens_with_question(s: &Sentence, start: usize) -> bool {
    s.lower(start) == "asked"
        || matches!(s.lower(start), "when" | "if" | "after" | "once")
            && s.lower(start + 1) == "asked"
}

/// The content of a verb of intent at `k`: "to" and its infinitive ("refused to comment"), a
/// "that"-clause, or an object ("wants voters to know", "plans a vote").
pub(crate) fn intent_content(
    s: &Sentence,
    k: usize,
    from: impl Fn(usize, bool) -> Option<ContentRef>,
) -> Option<ContentRef> {
    let w = s.lower(k);
    match w {
        "to" if is_infinitive(s, k) => from(k, false),
        "that" => from(k + 1, false),
        _ if s.is(k, PREPOSITIONS) || s.kind(k) != Some(Kind::Word) => None,
        // "declined sharply", "sought unsuccessfully": an adverb is no object.
        _ if w.ends_with("ly") => None,
        // "the information she wanted because ...", "whoever he wants and ...": the object
        // stands before (a relative clause), and what follows is another clause.
        _ if s.is(k, lx::SUBORDINATORS) || matches!(w, "and" | "but" | "or" | "so") => None,
        _ => from(k, false),
    }
}
