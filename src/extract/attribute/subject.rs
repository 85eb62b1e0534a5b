//! Finding the subject of a cue: the noun phrase before it, past parentheticals, time
//! phrases, relative clauses and affiliations, and the token where its clause begins.

use super::super::lexicon::{
    self as lx, ADJUNCT_NOUNS, AFFILIATION_PREPOSITIONS, Frame, OBJECT_PRONOUNS, SUBORDINATORS,
    TIME_WORDS, is_in,
};
use super::super::tokens::{Kind, Token};
use super::{
    Draft, Sentence, SourceRef, article_noun, coordinated_subject, embedded, opening_adjunct,
    parenthetical, postmodified, preverbal, relative_subject, time_phrase,
};
use crate::extract::cues::{Cue, CueKind};
use std::ops::Range;

/// The subject of the clause a participle hangs on: the nearest clause opening before the comma,
/// then its first noun phrase.
pub(crate) fn clause_subject(s: &Sentence, comma: usize) -> Option<Range<usize>> {
    let opening = s.after_dateline(comma).unwrap_or(s.range.start);
    let lo = opening.max(comma.saturating_sub(40));
    let mut start = opening.max(lo);
    for k in (lo..comma).rev() {
        let t = &s.tokens[k];
        if t.quote.is_some() {
            continue;
        }
        if joins_clause_with_subject(s, k, comma) {
            start = k + 1;
            break;
        }
        if t.is(SUBORDINATORS) {
            // "declined to confirm that account but said": "that" before a bare noun phrase
            // running up to the end is a determiner, not a clause opener.
            // "did the math on that feat, and found": the phrase may end at the comma before
            // the conjunction.
            let to_end = |np: Range<usize>| {
                np.end >= comma || np.end + 1 == comma && s.is_punct(np.end, ',')
            };
            let determiner = t.lower == "that"
                && (s.np_forward(k + 1, comma).is_some_and(to_end) || determines_time(s, k));
            // An adverbial clause ("as she spoke", "while celebrating") hosts nothing that
            // follows it: a participle or coordinated verb belongs to the main clause.
            let adverbial = !matches!(t.lower.as_str(), "that" | "which" | "who");
            // "the suggestion that he ...", "jobs that serve ...", "Roe, who ...": a relative
            // or noun clause after a noun is embedded in the clause that hosts what follows.
            let after_noun = k > lo && {
                let p = &s.tokens[k - 1];
                p.is_word() && p.verb.is_none() && !p.is(lx::BE_FORMS) && !p.is(lx::NP_STOP_WORDS)
                    || p.is_punct(',') && t.lower != "that"
            };
            if determiner || adverbial || after_noun {
                continue;
            }
            start = k + 1;
            break;
        }
    }
    // "And he went on to say ...": a sentence may open with a coordinating conjunction.
    if start + 1 < comma && matches!(s.lower(start), "and" | "but" | "or" | "so" | "yet") {
        start += 1;
    }
    // "Then he cut into X, calling ...", "And then Roe went on, saying ...": a time adverb
    // without a comma before a pronoun or a name.
    let time_adverb = matches!(
        s.lower(start),
        "then" | "later" | "now" | "still" | "finally"
    );
    if start + 1 < comma
        && time_adverb
        && (s.is(start + 1, lx::PERSON_PRONOUNS) || s.is_capitalised(start + 1))
    {
        start += 1;
    }
    // "If he wins, Roe has said ...": a leading adverbial clause ends at its comma; "The day
    // before, at a rally in Ames, Roe was blunt, claiming": a time phrase may lead another.
    let mut leading = 0;
    while leading < 2
        && (s.is(start, lx::ADVERBIAL_OPENERS)
            || s.is(start, SUBORDINATORS)
            || s.opens_with_adjunct(start, comma)
            || opening_adjunct::opens_with_adverb(s, start)
            || leading == 0 && opening_adjunct::opens_with_time_phrase(s, start, comma))
        && let Some(c) = (start..comma).find(|&k| s.tokens[k].is_punct(','))
    {
        start = opening_adjunct::subject_after(s, c, comma);
        leading += 1;
        if !opening_adjunct::opens_with_time_phrase(s, opening, comma) {
            break;
        }
    }
    let np = without_verb_and_complement(s, s.np_forward(start, comma)?);
    match time_phrase::after_elapsed_time(s, &np) {
        Some(after) => s.np_forward(after, comma),
        None => Some(np),
    }
}

/// "Roe went further, saying", "The mayor left no doubt of her support, saying", "Roe hit
/// back, saying": the phrase scan ran over a verb (a common one, or any word before a verb
/// particle) and what follows it; the subject ends before the verb ("the far left" keeps its
/// last word).
fn without_verb_and_complement(s: &Sentence, np: Range<usize>) -> Range<usize> {
    let plain = |k: usize| !s.is_capitalised(k) && s.tokens[k].quote.is_none();
    let common_verb = |k: usize| {
        is_in(lx::COMMON_VERB_FORMS, s.lower(k)) && (k + 1 < np.end || s.lower(k) != "left")
    };
    let before_particle = |k: usize| {
        k + 1 < np.end && matches!(s.lower(k + 1), "back" | "down" | "off" | "out" | "up")
    };
    match (np.start + 1..np.end).find(|&k| plain(k) && (common_verb(k) || before_particle(k))) {
        Some(k) => np.start..k,
        None => np,
    }
}

/// "..., and the union has sued the city, saying": ", and" or ", but" at `k` opening a clause
/// whose subject (a phrase before the comma `comma`) a verb follows.
fn joins_clause_with_subject(s: &Sentence, k: usize, comma: usize) -> bool {
    matches!(s.lower(k), "and" | "but")
        && k > s.range.start
        && s.is_punct(k - 1, ',')
        && s.np_forward(k + 1, comma).is_some_and(|np| {
            np.end < comma && embedded::reads_as_verb(s, np.end) && !s.is(np.end, lx::BE_FORMS)
        })
}

/// "later that day", "that night": "that" at `k` before a time word is a determiner, not the
/// opener of a clause.
pub(crate) fn determines_time(s: &Sentence, k: usize) -> bool {
    s.lower(k) == "that" && (s.is(k + 1, TIME_WORDS) || s.is(k + 1, lx::WEEKDAYS))
}

pub(crate) fn is_parenthetical_opening(s: &Sentence, k: usize) -> bool {
    let w = s.lower(k);
    s.is(k, lx::PARENTHETICAL_OPENERS)
        || w.ends_with("ing")
        || s.kind(k) == Some(Kind::Word) && s.is_capitalised(k)
        || w.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// The subject of an ordinary "S said ..." cue and the boundary of its clause: the phrase
/// before the cue or across a parenthetical, or the sentence's subject when that is preferred.
pub(crate) fn subject_of_cue(
    s: &Sentence,
    cue: &Cue,
    earlier: &[Draft],
) -> Option<(SourceRef, Option<usize>)> {
    let (source, boundary) = subject_before(s, cue, earlier)
        .or_else(|| parenthetical::subject_across_parenthetical(s, cue.first, earlier))?;
    let source =
        parenthetical::prefer_sentence_subject(s, cue.first, &source, earlier).unwrap_or(source);
    Some((source, boundary))
}

/// "Roe later said", "the firm itself said", "Roe angrily said": the token before the adverbs
/// and reflexives that stand between a subject and its cue at `b` but are not part of the cue
/// as written.
///
/// "still", "too" and "here" are skipped only before a verb of saying (`saying`): before a
/// verb of position or thought they more often hang on a clause of its own ("she was elated
/// but still feared ...").
fn past_adverbs(s: &Sentence, b: usize, saying: bool) -> usize {
    let mut k = b;
    for _ in 0..2 {
        // "have in fact reported", "has of course said": a two-word sentence adverb.
        if k >= s.range.start + 2 && is_two_word_adverb(s, k - 1) {
            k -= 2;
            continue;
        }
        let t = &s.tokens[k];
        let w = t.lower.as_str();
        let manner = lx::is_reflexive(w) || w.len() > 4 && w.ends_with("ly") && !t.is(lx::LY_NOUNS);
        let adverb = t.is_word()
            && t.quote.is_none()
            && !t.is_capitalised()
            && (SUBJECT_ADVERBS.contains(&w) || manner || saying && SAYING_ADVERBS.contains(&w));
        if !adverb || k <= s.range.start {
            break;
        }
        k -= 1;
    }
    k
}

/// "in fact", "of course": two words at `k` and `k + 1` that stand as one sentence adverb.
fn is_two_word_adverb(s: &Sentence, k: usize) -> bool {
    let pair = (s.lower(k), s.lower(k + 1));
    matches!(pair, ("in", "fact") | ("of", "course") | ("in", "turn"))
        && s.tokens[k + 1].quote.is_none()
}

/// Adverbs and auxiliaries between a subject and its cue that the cue leaves out.
const SUBJECT_ADVERBS: &[&str] = &[
    "later",
    "earlier",
    "first",
    "then",
    "now",
    "however",
    "initially",
    "originally",
    "subsequently",
    "instead",
];

/// More such words, only before a verb of saying.
const SAYING_ADVERBS: &[&str] = &["here", "too", "still"];

/// The most tokens between the dashes of an aside after a subject.
const MAX_DASHED_ASIDE: usize = 15;

/// A subject and the boundary token of its clause (see `subject_before`).
type Subject = (SourceRef, Option<usize>);

/// The subject of a cue, skipping parentheticals ("X, who ..., said"), and the boundary token
/// that starts its clause when it is coordinated with what precedes.
pub(crate) fn subject_before(s: &Sentence, cue: &Cue, earlier: &[Draft]) -> Option<Subject> {
    let lo = s.range.start;
    let cue_before = cue.first.checked_sub(1).filter(|&b| b >= lo)?;
    let saying = matches!(cue.kind, CueKind::Verb { inverts: true, .. });
    let b = preverbal::subject_end(s, past_adverbs(s, cue_before, saying));
    subject_ending_at(s, cue, earlier, b, cue_before).or_else(|| {
        // Past what was skipped no subject was found: read the words next to the cue.
        (b != cue_before)
            .then(|| subject_ending_at(s, cue, earlier, cue_before, cue_before))
            .flatten()
    })
}

/// `subject_before` for a subject that ends at `b`, the cue's first token being after
/// `cue_before`.
fn subject_ending_at(
    s: &Sentence,
    cue: &Cue,
    earlier: &[Draft],
    b: usize,
    cue_before: usize,
) -> Option<Subject> {
    let lo = s.range.start;
    let w = s.lower(b);
    if matches!(w, "and" | "but" | "or") || (w == "also" && s.lower(b.wrapping_sub(1)) == "but") {
        return coordinated_subject_before(s, b, earlier);
    }
    if matches!(w, "that" | "which" | "who") && b > lo {
        return relative_subject(s, b).map(|source| (source, None));
    }
    if w == "to" {
        return embedded::infinitive_subject(s, cue, b, earlier).map(|source| (source, None));
    }
    if s.is_punct(b, ',') {
        return subject_before_parenthetical(s, b, earlier);
    }
    // "Voters in two states — Utopia and Arcadia — said": the subject before a dashed aside.
    if parenthetical::is_dash(s, b) {
        // "--" is one dash written as two.
        let close = if b > lo && parenthetical::is_dash(s, b - 1) {
            b - 1
        } else {
            b
        };
        if let Some(open) = (close.saturating_sub(MAX_DASHED_ASIDE).max(lo + 1)..close)
            .rev()
            .find(|&k| parenthetical::is_dash(s, k))
            && (open + 1..close).all(|k| s.tokens[k].quote.is_none() && !s.is_punct(k, ','))
        {
            let open = if open > lo + 1 && parenthetical::is_dash(s, open - 1) {
                open - 1
            } else {
                open
            };
            return subject_ending_at(s, cue, earlier, open - 1, cue_before);
        }
    }
    // "Mr. Roe, citing “the magic of the place,” said": an aside ending in a quotation whose
    // comma stands inside the marks.
    if s.kind(b) == Some(Kind::CloseQuote) && b > lo && s.is_punct(b - 1, ',') {
        let q = s.tokens[b].quote;
        let open = (lo..b)
            .rev()
            .find(|&k| s.kind(k) == Some(Kind::OpenQuote) && s.tokens[k].quote == q)?;
        let (source, boundary) = subject_before_parenthetical(s, open, earlier)?;
        return Some((source, boundary.map(|_| b + 1)));
    }
    // "A poll released on Monday by X showed": the document and its post-modifiers.
    if let Some(np) = s.document_subject(lo, cue_before) {
        let np = postmodified::with_postmodified_head(s, np);
        let boundary = conjunction_boundary(s, np.start);
        return Some((SourceRef::Phrase { np, appos: None }, boundary));
    }
    let np = match s.np_backward(lo, b) {
        Some(np) => np,
        // "a source familiar with Roe's thinking said": an "-ing" form after a possessive is
        // a noun right before a cue.
        None if b > lo
            && s.lower(b).ends_with("ing")
            && s.tokens[b - 1].is_possessive()
            && s.tokens[b].quote.is_none() =>
        {
            s.np_backward(lo, b - 1)?.start..b + 1
        }
        // "42% said": a share of a poll's respondents.
        None if s.is_punct(b, '%')
            && b > lo
            && s.lower(b - 1).starts_with(|c: char| c.is_ascii_digit()) =>
        {
            b - 1..b + 1
        }
        // "Friends who know him say ...", "officials whose laws were struck down say": no
        // phrase before the cue, but a "who" clause.
        None if s.is(b, OBJECT_PRONOUNS) || s.kind(b) == Some(Kind::Word) => {
            relative_clause_host(s, b + 1..b + 1).filter(|np| np.end <= b)?
        }
        None => return None,
    };
    if let Some(subject) = article_noun::subject_of_article_noun(s, cue, &np) {
        let source = SourceRef::Phrase {
            np: subject,
            appos: None,
        };
        return Some((source, None));
    }
    let np = without_time_adjunct(s, np)?;
    let np = time_phrase::without_leading_time(s, np);
    let np = coordinated_subject::before_floating_quantifier(s, np);
    let np = relative_clause_host(s, np.clone()).unwrap_or(np);
    let np = with_affiliation_before(s, np);
    let np = coordinated_subject::widen(s, np);
    let np = postmodified::with_postmodified_head(s, np);
    let boundary = conjunction_boundary(s, np.start);
    Some((SourceRef::Phrase { np, appos: None }, boundary))
}

/// "..., and said", "but also said" at `b`: the previous draft's source, or the subject of the
/// clause before the conjunction.
fn coordinated_subject_before(s: &Sentence, b: usize, earlier: &[Draft]) -> Option<Subject> {
    let boundary = if b > s.range.start && s.is_punct(b - 1, ',') {
        b - 1
    } else {
        b
    };
    let own = clause_subject(s, b);
    let later = own
        .as_ref()
        .is_some_and(|np| opens_later_clause(s, np, earlier));
    if repeats_previous_source(earlier) && !later {
        return Some((SourceRef::Previous, Some(boundary)));
    }
    let np = own?;
    let appos = apposition_after(s, &np);
    Some((SourceRef::Phrase { np, appos }, Some(boundary)))
}

/// True when a coordinated or participle cue repeats the source of the last draft before it:
/// there is one, and it is no possessive before a noun cue ("Roe stepped up her attacks on
/// Vance, saying"), which names the subject only through its clause.
pub(crate) fn repeats_previous_source(earlier: &[Draft]) -> bool {
    earlier
        .iter()
        .rev()
        .find(|d| d.source != SourceRef::Nobody)
        .is_some_and(|d| d.rule.id != crate::extract::rules::NOMINAL)
}

/// True when the subject `np` of the clause a participle or coordinated verb hangs on opens a
/// clause of its own after the cue of the last draft with a source, so that the verb repeats
/// `np` and not that draft's source: "Critics say C, and the union has sued, saying C",
/// "Since the op-ed backing C, she has tacked left, criticizing C".
pub(crate) fn opens_later_clause(s: &Sentence, np: &Range<usize>, earlier: &[Draft]) -> bool {
    let Some(last) = earlier.iter().rev().find(|d| d.source != SourceRef::Nobody) else {
        return false;
    };
    let p = np.start.wrapping_sub(1);
    last.cue.start >= s.range.start
        && last.cue.end <= p
        && (s.is_punct(p, ',') || s.is_punct(p, ';') || matches!(s.lower(p), "and" | "but"))
        // "... in Ames, Iowa; and posted": a phrase before punctuation has no verb of its own.
        && s.tokens.get(np.end).is_some_and(|t| t.is_word())
}

/// "Jane Roe on Wednesday said", "the ministry in a statement said": the phrase before a time
/// or medium adjunct that `np` turned out to be.
fn without_time_adjunct(s: &Sentence, np: Range<usize>) -> Option<Range<usize>> {
    let lo = s.range.start;
    let Some(p) = np.start.checked_sub(1).filter(|&p| p > lo) else {
        return Some(np);
    };
    let is_time = np.clone().all(|k| {
        s.is(k, TIME_WORDS)
            || s.lower(k).starts_with(|c: char| c.is_ascii_digit())
            || matches!(s.lower(k), "a" | "an" | "the")
            || s.is(k, ADJUNCT_NOUNS)
    });
    if is_time
        && matches!(
            s.lower(p),
            "on" | "in" | "at" | "during" | "last" | "this" | "late" | "early" | "earlier"
        )
    {
        return s.np_backward(lo, p - 1);
    }
    if let Some(whole) = time_phrase::contact_clause_subject(s, &np) {
        return Some(whole);
    }
    if let Some(Some(before)) = time_phrase::before_time_phrase(s, &np, |k| s.np_backward(lo, k)) {
        // "Voters in Ohio this week said": the time phrase needs no preposition.
        return Some(before);
    }
    Some(np)
}

/// "X, who feared Y, said", "Its spokesman, Jane Roe, speaking to ..., said": the subject
/// before the parenthetical that ends at the comma `b`, looking back over up to three commas.
fn subject_before_parenthetical(s: &Sentence, b: usize, earlier: &[Draft]) -> Option<Subject> {
    let lo = s.range.start;
    let mut end = b;
    let mut appos = None;
    // A cue inside the parenthetical ("X, who feared Y, said") ends where it closes.
    let parenthetical_cue = |from: usize| {
        earlier
            .iter()
            .any(|d| d.cue.start > from && d.cue.start < b)
    };
    if let Some(subject) = subject_before_relative_clause(s, b, &parenthetical_cue) {
        return Some(subject);
    }
    for _ in 0..3 {
        let pc = s.previous_comma(end, 30)?;
        let titled = titled_name(s, pc + 1..end);
        if !(is_parenthetical_opening(s, pc + 1) || titled) || pc == lo {
            return None;
        }
        let segment = pc + 1..end;
        // "Rep. Jane Roe (D-Utopia), a member of X, said": the name before its bracket.
        let np = with_affiliation_before(s, parenthetical::np_before(s, pc - 1)?);
        if place_in_parenthetical(s, &np, pc) {
            end = pc;
            appos = None;
            continue;
        }
        if (is_name(s, segment.clone()) || titled) && appos.is_none() {
            appos = Some(segment.clone());
        }
        // "Its spokesman, Jane Roe, speaking to ..., said": one more layer.
        if np.start > lo + 1 && s.is_punct(np.start - 1, ',') {
            if let Some(subject) = subject_before_name_or_age(s, &np) {
                return Some(subject);
            }
            end = np.start - 1;
            if s.previous_comma(end, 30).is_none() {
                return Some((SourceRef::Phrase { np, appos }, None));
            }
            continue;
        }
        let np = postmodified::with_postmodified_head(s, np);
        let boundary =
            conjunction_boundary(s, np.start).or_else(|| parenthetical_cue(pc).then_some(b));
        return Some((SourceRef::Phrase { np, appos }, boundary));
    }
    None
}

/// The longest relative clause between a subject and its cue, in tokens.
const MAX_RELATIVE_CLAUSE: usize = 40;

/// "The network, which measures glaciers across Switzerland, Austria and Italy, said": the
/// phrase before a comma and "who"/"which"/"whose" that opens the clause closing at the comma
/// `b`, however many commas the clause holds.
fn subject_before_relative_clause(
    s: &Sentence,
    b: usize,
    parenthetical_cue: &dyn Fn(usize) -> bool,
) -> Option<Subject> {
    let lo = s.range.start;
    let window = b.saturating_sub(MAX_RELATIVE_CLAUSE).max(lo + 2);
    let pronoun = (window..b).rev().find(|&k| {
        matches!(s.lower(k), "who" | "which" | "whose")
            && s.is_punct(k - 1, ',')
            && s.tokens[k].quote.is_none()
    })?;
    // The clause runs to the comma unbroken by a quotation or another clause's punctuation.
    let unbroken = (pronoun..b).all(|k| {
        let t = &s.tokens[k];
        t.quote.is_none() && !matches!(t.kind, Kind::Punct(';' | ':' | '(' | ')'))
    });
    if !unbroken {
        return None;
    }
    let np = s.np_backward(lo, pronoun - 2)?;
    let boundary =
        conjunction_boundary(s, np.start).or_else(|| parenthetical_cue(pronoun).then_some(b));
    Some((SourceRef::Phrase { np, appos: None }, boundary))
}

/// True when every token of `r` is capitalised or a name particle.
fn is_name(s: &Sentence, r: Range<usize>) -> bool {
    r.clone()
        .all(|k| s.is_capitalised(k) || s.is(k, lx::NAME_PARTICLES))
}

/// "X, speaking in Wilmington, N.C., said": a place after a preposition inside the
/// parenthetical (before the comma `pc`) is not the subject; look one comma further back.
fn place_in_parenthetical(s: &Sentence, np: &Range<usize>, pc: usize) -> bool {
    let lo = s.range.start;
    np.start > lo + 1
        && s.is(np.start - 1, lx::PREPOSITIONS)
        && s.is_capitalised(np.start)
        && s.previous_comma(pc, 30).is_some_and(|p| {
            p > lo && (is_parenthetical_opening(s, p + 1) || titled_name(s, p + 1..pc))
        })
}

/// True when `np` is the object of the prepositional adjunct that opens the sentence ("At the
/// rally, Roe said", "Speaking later on the same show, Roe said"), not a speaker's affiliation
/// ("a spokesman for the group, Jane Roe,") nor part of the subject ("Officials familiar with
/// the house in Utopia, Ohio, said").
fn object_of_opening_adjunct(s: &Sentence, np: &Range<usize>) -> bool {
    let lo = s.range.start;
    let Some(p) = np.start.checked_sub(1).filter(|&p| p >= lo) else {
        return false;
    };
    let opening = s.is(lo, lx::PREPOSITIONS) || s.opens_with_adjunct(lo, np.end);
    opening
        && s.is(p, lx::PREPOSITIONS)
        && s.lower(p) != "of"
        && (lo..np.end).all(|k| !s.is_punct(k, ','))
        && with_affiliation_before(s, np.clone()).start == np.start
}

/// A name `np` after a comma stands in apposition to the phrase before it ("Its spokesman,
/// Jane Roe,"), and an age stands for the name before it ("Jane Roe, 29, of Huntsville,").
fn subject_before_name_or_age(s: &Sentence, np: &Range<usize>) -> Option<Subject> {
    let lo = s.range.start;
    if is_name(s, np.clone())
        && let Some(outer) = s.np_backward(lo, np.start - 2)
        && (outer.start == lo || !s.is_punct(outer.start - 1, ','))
    {
        // "At the party's headquarters, Jane Roe, 70, said": the phrase before the name is
        // the object of an opening adjunct, and the name is the subject.
        if object_of_opening_adjunct(s, &outer) {
            let source = SourceRef::Phrase {
                np: np.clone(),
                appos: None,
            };
            return Some((source, None));
        }
        let source = SourceRef::Phrase {
            np: postmodified::with_postmodified_head(s, outer),
            appos: Some(np.clone()),
        };
        return Some((source, None));
    }
    let age = np.len() == 1 && s.lower(np.start).bytes().all(|b| b.is_ascii_digit());
    if age && let Some(name) = s.np_backward(lo, np.start - 2) {
        return Some((
            SourceRef::Phrase {
                np: name,
                appos: None,
            },
            None,
        ));
    }
    None
}

/// "A senior official who asked not to be named because ... said": when the phrase before the
/// cue is the object inside a "who" clause, the subject is the phrase the clause hangs on.
pub(crate) fn relative_clause_host(s: &Sentence, np: Range<usize>) -> Option<Range<usize>> {
    let lo = s.range.start;
    let p = np.start.checked_sub(1).filter(|&p| p > lo)?;
    if s.kind(p) != Some(Kind::Word) || s.lower(p) == "but" {
        return None;
    }
    let window = p.saturating_sub(25).max(lo + 1);
    for k in (window..=p).rev() {
        let t = &s.tokens[k];
        // A clause boundary or a verb of saying with its own clause ("people who know him say
        // Roe ..."): the phrase is the real subject.
        let says_clause = lx::verb_by_form()
            .get(t.lower.as_str())
            .is_some_and(|v| matches!(v.frame, Frame::Clause | Frame::MarkedClause));
        if t.kind != Kind::Word || t.quote.is_some() || says_clause {
            return None;
        }
        if opens_relative_clause(&t.lower) {
            return s.np_backward(lo, k - 1);
        }
    }
    None
}

/// "who", "whose", "who'd", "who've": a relative pronoun of a person, also with a contracted
/// verb.
fn opens_relative_clause(w: &str) -> bool {
    w == "whose"
        || w.strip_prefix("who")
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['\'', '’']))
}

pub(crate) fn is_speaker_head(t: &Token) -> bool {
    let stem = t.stem();
    let singular = stem.strip_suffix('s').unwrap_or(stem);
    [stem, singular]
        .iter()
        .any(|w| is_in(lx::PERSON_TITLES, w) || is_in(lx::ANONYMOUS_HEADS, w))
}

/// A name in apposition after the subject: "A police spokeswoman, Sgt. Jane Roe, declined ...".
pub(crate) fn apposition_after(s: &Sentence, np: &Range<usize>) -> Option<Range<usize>> {
    if !s.is_punct(np.end, ',') {
        return None;
    }
    let a = s.np_forward(np.end + 1, s.range.end)?;
    let last = &s.tokens[a.end - 1];
    (s.is_punct(a.end, ',') && last.is_capitalised() && titled_name(s, a.clone())).then_some(a)
}

/// True when `seg` ends in a capitalised name that is all of it or follows a title or role
/// ("Sgt. Jane Roe", "former doubles champion Jane Roe"), not a place in a relative clause.
pub(crate) fn titled_name(s: &Sentence, seg: Range<usize>) -> bool {
    // "including Sen. Jane Roe", "like Jane Roe": an example, not another name for the subject.
    let opener = s.lower(seg.start);
    if opener.ends_with("ing") || s.is(seg.start, lx::NP_STOP_WORDS) || opener == "such" {
        return false;
    }
    let mut k = seg.end;
    while k > seg.start
        && (s.is_capitalised(k - 1) || s.is(k - 1, lx::NAME_PARTICLES))
        && s.tokens[k - 1].quote.is_none()
    {
        k -= 1;
    }
    k < seg.end
        && (k == seg.start
            || s.tokens[k - 1].stem_is(lx::PERSON_TITLES)
            || s.tokens[k].stem_is(lx::PERSON_TITLES)
            || described_name(s, seg.start..k, k..seg.end))
}

/// "taxi driver Jane Roe", "retired teacher Jane Roe": a full name after a few plain
/// lower-case words that describe the person (no function words, verbs or participles).
pub(crate) fn described_name(s: &Sentence, words: Range<usize>, name: Range<usize>) -> bool {
    name.len() >= 2
        && words.len() <= 3
        && words.clone().all(|k| {
            let t = &s.tokens[k];
            t.is_word()
                && t.quote.is_none()
                && !t.is_capitalised()
                && t.verb.is_none()
                && !t.is(lx::NP_STOP_WORDS)
                && !t.is(lx::DETERMINERS)
                && !t.lower.ends_with("ed")
                && !t.lower.ends_with("ing")
                && !t.lower.ends_with("ly")
        })
}

/// "a spokesman for the ministry": extends `np` ("the ministry") back over its speaker head.
pub(crate) fn with_affiliation_before(s: &Sentence, np: Range<usize>) -> Range<usize> {
    let lo = s.range.start;
    // "people familiar with the matter", "sources close to the president"
    if np.start >= lo + 3
        && matches!(s.lower(np.start - 1), "with" | "to" | "on" | "in")
        && s.is(np.start - 2, lx::KNOWING_ADJECTIVES)
        && let Some(outer) = s.np_backward(lo, np.start - 3)
    {
        return outer.start..np.end;
    }
    match np.start.checked_sub(1) {
        Some(p) if p > lo && s.is(p, AFFILIATION_PREPOSITIONS) => match s.np_backward(lo, p - 1) {
            Some(outer) if is_speaker_head(&s.tokens[p - 1]) => outer.start..np.end,
            _ => np,
        },
        _ => np,
    }
}

/// When a subject follows "and", "but" or a semicolon, that token ends the previous clause.
pub(crate) fn conjunction_boundary(s: &Sentence, np_start: usize) -> Option<usize> {
    let p = np_start.checked_sub(1).filter(|&p| p >= s.range.start)?;
    if matches!(s.lower(p), "and" | "but" | "while" | "whereas") || s.is_punct(p, ';') {
        Some(if p > s.range.start && s.is_punct(p - 1, ',') {
            p - 1
        } else {
            p
        })
    } else {
        None
    }
}

/// "Jane Roe repeated her claim", "she escalated her attacks on": the proper name, or the
/// personal pronoun the determiner agrees with, opening the clause of a possessive determiner
/// at `owner` a few words before it, which the determiner refers to.
pub(crate) fn named_clause_subject(s: &Sentence, owner: usize) -> Option<Range<usize>> {
    let lo = s.range.start.max(owner.saturating_sub(8));
    let start = (lo..owner)
        .rev()
        .find(|&k| s.is_punct(k, ',') || s.is_punct(k, ';'))
        .map_or(s.range.start, |c| c + 1);
    let np = s.np_forward(start, owner)?;
    let named = np.clone().all(|k| s.is_capitalised(k));
    let agreeing = np.len() == 1
        && crate::extract::possessive::pronoun_of(s.lower(owner)) == Some(s.lower(np.start));
    ((named || agreeing) && np.end < owner && owner - np.end <= 4).then_some(np)
}

/// The possessor in a phrase ending with a possessive: from its last determiner ("the
/// architect of his party's" → "his party's"), else its last run of capitalised words ("came
/// Mr. Roe's" → "Mr. Roe's"), else the possessive word alone.
pub(crate) fn possessor(s: &Sentence, np: Range<usize>) -> Range<usize> {
    let owner = np.end - 1;
    if let Some(d) = (np.start..owner).rev().find(|&k| s.is(k, lx::DETERMINERS)) {
        return d..np.end;
    }
    let mut start = owner;
    while start > np.start && s.is_capitalised(start - 1) {
        start -= 1;
    }
    start..np.end
}
