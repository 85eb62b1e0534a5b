//! Questions: "S asked whether C", "asked X to C", and the passive "S was asked (by X) about C",
//! whose source is the asker or nobody.

use super::said::said_rule;
use crate::extract::attribute::{
    Answer, ContentRef, CueSite, Parts, Sentence, SourceRef, apposition_after, asks_a_question,
    is_question_word,
};
use crate::extract::cues::CueKind;
use crate::extract::lexicon::{self as lx, Frame};
use crate::extract::tokens::Kind;

/// "S asked whether C", "asked X to C".
pub(crate) fn asked(site: &CueSite) -> Answer {
    match said_rule(site, |_, said| said.frame == Frame::Question) {
        Answer::Draft(mut parts) => {
            if let Some(end) = adverbial_clause_end(site.s, &parts) {
                let ContentRef::From { start, .. } = parts.content else {
                    return Answer::Draft(parts);
                };
                parts.content = ContentRef::Tokens(start..end);
            }
            Answer::Draft(parts)
        }
        answer => answer,
    }
}

/// "After the board asked staff to search their files, the clerk said ...": a request in an
/// adverbial clause ends at the first comma after its question word or "to", where the main
/// clause begins (a list of addressees before it keeps its commas).
fn adverbial_clause_end(s: &Sentence, parts: &Parts) -> Option<usize> {
    let SourceRef::Phrase { np, .. } = &parts.source else {
        return None;
    };
    let ContentRef::From { start, .. } = parts.content else {
        return None;
    };
    let opener = np.start.checked_sub(1).filter(|&j| j >= s.range.start)?;
    let adverbial = s.is(opener, lx::ADJUNCT_SUBORDINATORS)
        || matches!(s.lower(opener), "as" | "once" | "if" | "since");
    if !adverbial {
        return None;
    }
    let core = (start..s.range.end)
        .find(|&j| s.lower(j) == "to" || is_question_word(s, j))
        .unwrap_or(start);
    (core + 1..s.range.end).find(|&j| s.is_punct(j, ',') && s.tokens[j].quote.is_none())
}

/// "Asked whether C, S said ...", "S was asked (by X) about C", "when asked C": the question
/// is put to the subject, so its source is the asker after "by", or nobody. A question opening
/// the sentence ends at its comma, where the answer's clause begins.
pub(crate) fn asked_passive(site: &CueSite) -> Answer {
    if site.cue.kind != CueKind::AskedPassive {
        return Answer::Next;
    }
    asked_passive_parts(site).into()
}

/// How many words the noun phrase of an adjunct before a question may have.
const ADJUNCT_REACH: usize = 6;

/// The question word that follows the noun phrase of an adjunct opening at `k` ("a January
/// debate why ..."), within a few plain words.
fn question_after_adjunct(s: &Sentence, k: usize) -> Option<usize> {
    let hi = s.range.end.min(k + ADJUNCT_REACH + 1);
    let q = (k + 1..hi).find(|&j| is_question_word(s, j))?;
    (k..q)
        .all(|j| {
            s.kind(j) == Some(Kind::Word) && !s.is(j, lx::PREPOSITIONS) || s.is(j, lx::DETERMINERS)
        })
        .then_some(q)
}

fn asked_passive_parts(site: &CueSite) -> Option<Parts> {
    let (s, cue) = (site.s, site.cue);
    let mut k = s.skip_adjuncts(cue.last + 1);
    let mut source = SourceRef::Nobody;
    if s.lower(k) == "by"
        && let Some(np) = s.np_forward(k + 1, s.range.end)
    {
        // "by a reporter why ...": the question word is not part of the asker.
        let np = np.start
            ..(np.start + 1..np.end)
                .find(|&j| is_question_word(s, j))
                .unwrap_or(np.end);
        let appos = apposition_after(s, &np);
        k = s.skip_adjuncts(appos.as_ref().map_or(np.end, |a| a.end + 1));
        source = SourceRef::Phrase { np, appos };
    }
    // "Asked during a radio debate why ...": the rest of a skipped adjunct's noun phrase.
    if k > cue.last + 1
        && !is_question_word(s, k)
        && let Some(q) = (k + 1..s.range.end.min(k + 3)).find(|&j| is_question_word(s, j))
        && (k..q).all(|j| s.kind(j) == Some(Kind::Word))
    {
        k = q;
    }
    // "Asked specifically what ...": an adverb before the question.
    if s.lower(k).ends_with("ly") && is_question_word(s, k + 1) {
        k += 1;
    }
    // "Asked on Fox News who leads ...", "asked during a January debate why ...": a
    // prepositional adjunct before the question.
    if matches!(s.lower(k), "on" | "in" | "at" | "during")
        && !is_question_word(s, k + 1)
        && let Some(q) = question_after_adjunct(s, k + 1)
    {
        k = q;
    }
    let subordinate = cue.first == cue.head;
    let start = if is_question_word(s, k) || s.lower(k) == "to" && s.kind(k + 1) == Some(Kind::Word)
    {
        k
    } else if matches!(s.lower(k), "about" | "for") {
        k + 1
    } else if asks_a_question(s, k) {
        // "was asked a simple question about the budget": the question is the content.
        k
    } else if s.kind(k) == Some(Kind::OpenQuote) {
        k
    } else if (s.is_punct(k, ',') || s.is_punct(k, ':')) && s.kind(k + 1) == Some(Kind::OpenQuote) {
        k + 1
    } else {
        return None;
    };
    (start < s.range.end)
        .then(|| Parts::new(source, ContentRef::starting(start, subordinate), None))
}

/// How many tokens a list of addressees may run on after its first noun phrase.
const ADDRESSEE_LIST_REACH: usize = 12;

/// "asked Mills, Sullivan and Abedin to search ...": when the first addressee at `j` is followed
/// by a comma or "and", the "to" after the rest of the list of plain words, if there is one.
pub(crate) fn to_after_addressee_list(s: &Sentence, j: usize) -> Option<usize> {
    if !s.is_punct(j, ',') && s.lower(j) != "and" {
        return None;
    }
    let hi = s.range.end.min(j + ADDRESSEE_LIST_REACH);
    let to = (j + 1..hi).find(|&i| s.lower(i) == "to")?;
    (j..to)
        .all(|i| {
            let t = &s.tokens[i];
            t.quote.is_none()
                && (s.is_punct(i, ',')
                    || t.kind == Kind::Word
                        && t.verb.is_none()
                        && !s.is(i, lx::PREPOSITIONS)
                        && !s.is(i, lx::SUBORDINATORS))
        })
        .then_some(to)
}
