//! A verb of saying that otherwise needs "that" with a noun-phrase object: "she noted a
//! planned rally", "he explained his reasoning", "Roe tweeted her congratulations", "...,
//! recalling his years in office". What is noted, explained or recalled is what the source
//! puts forward, so the object is the content, as PolNeAR annotates it. A clause after these
//! verbs ("noted that C", "noted he was ...") is read by the ordinary rules first.

use super::verb::{statement, verb};
use crate::extract::attribute::{
    Answer, ContentRef, CueSite, Parts, Sentence, SourceRef, apposition_after, clause_subject,
    parenthetical::is_dash, repeats_previous_source,
};
use crate::extract::lexicon::{self as lx, Frame};
use crate::extract::tokens::Kind;

/// "S noted C" with a noun phrase C (a finite verb: after the quotation rules, which read
/// `"Q," S noted Monday`).
pub(crate) fn reported_object(site: &CueSite) -> Answer {
    if verb(site).is_none_or(|(_, _, participle)| participle) {
        return Answer::Next;
    }
    object_draft(site)
}

/// "..., noting C" with a noun phrase C (a participle: before the participle rule, which
/// stops at a participle without a clause after it).
pub(crate) fn reported_object_participle(site: &CueSite) -> Answer {
    if !verb(site).is_some_and(|(_, _, participle)| participle) {
        return Answer::Next;
    }
    object_draft(site)
}

fn object_draft(site: &CueSite) -> Answer {
    let s = site.s;
    let Some((frame, _, participle)) = verb(site) else {
        return Answer::Next;
    };
    let fits = frame == Frame::MarkedClause
        && lx::REPORTED_OBJECT_FORMS.contains(&s.lower(site.cue.head))
        && !statement(site)
        && site.said().is_none();
    let Some(start) = fits.then(|| object_start(s, site.cue.last + 1)).flatten() else {
        return Answer::Next;
    };
    let content = ContentRef::From {
        start,
        comma_ends: false,
    };
    if participle {
        return participle_source(site)
            .map(|(source, boundary)| Parts::new(source, content, Some(boundary)))
            .into();
    }
    match site.subject() {
        Some((source, boundary)) => Answer::Draft(Parts::new(source.clone(), content, *boundary)),
        None => Answer::Next,
    }
}

/// Where a noun-phrase object starts after the verb (past a short adjunct): a determiner, a
/// possessive ("her" too), a name or a plain word; not a preposition, an object pronoun, a
/// question word (an indirect question, rule `explained-how`), a time word or a number ("she
/// tweeted Monday"), "that", a quotation or punctuation (the other rules' shapes).
fn object_start(s: &Sentence, after: usize) -> Option<usize> {
    let k = s.skip_adjuncts(after);
    let t = s.tokens.get(k).filter(|_| k < s.range.end)?;
    let plain = t.kind == Kind::Word
        && t.quote.is_none()
        && !t.is(lx::PREPOSITIONS)
        && !t.is(lx::BE_FORMS)
        && (!t.is(lx::OBJECT_PRONOUNS) || t.lower == "her")
        && !t.is(lx::QUESTION_WORDS)
        && !t.is(lx::TIME_WORDS)
        && !t.is(lx::WEEKDAYS)
        && !t.lower.starts_with(|c: char| c.is_ascii_digit())
        && !matches!(
            t.lower.as_str(),
            "that" | "it" | "this" | "so" | "not" | "also" | "after" | "when" | "back" | "and"
        )
        && !t.lower.ends_with("ly");
    plain.then_some(k)
}

/// The source of a participle after a comma or a dash: the previous draft's, or the subject
/// of the clause before the comma; with where that clause ends.
fn participle_source(site: &CueSite) -> Option<(SourceRef, usize)> {
    let s = site.s;
    let b = site.before()?;
    let comma = if s.lower(b) == "and" && b > s.range.start {
        b - 1
    } else {
        b
    };
    if !(s.is_punct(comma, ',') || is_dash(s, comma)) {
        return None;
    }
    if repeats_previous_source(site.earlier) {
        return Some((SourceRef::Previous, comma));
    }
    let np = clause_subject(s, comma)?;
    let appos = apposition_after(s, &np);
    Some((SourceRef::Phrase { np, appos }, comma))
}
