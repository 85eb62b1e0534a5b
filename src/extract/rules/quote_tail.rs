//! "“Q,” she shrugged.": a quotation followed by a short source and any verb.
//!
//! The shape alone (a quotation closed by a comma, question or exclamation mark, then a name or
//! pronoun and a single finite verb, then the end of the sentence or a comma) marks an
//! attribution in news copy whatever the verb is: writers vary "said" with "continued",
//! "quipped", "recalled", "shot back". The lexicon cannot list every such verb, so this rule
//! reads the shape and takes the verb as the cue.
//!
//! A quotation signed with a dash ("“Q.” — Jane Roe, mayor") is the same shape without a
//! verb: the dash is the cue.

use crate::extract::attribute::{ContentRef, Draft, Sentence, SourceRef};
use crate::extract::lexicon as lx;
use crate::extract::phrase::np_forward;
use crate::extract::rules::Rule;
use crate::extract::tokens::{Kind, Token, Tokens};
use crate::model::{Framing, Stance};
use std::ops::Range;

/// True for a lower-case finite verb form ending in -ed or -s that may report speech.
pub(crate) fn finite_verb_like(t: &Token) -> bool {
    let w = t.lower.as_str();
    t.is_word()
        && t.quote.is_none()
        && !t.is_capitalised()
        && w.chars().all(|c| c.is_ascii_alphabetic())
        && w.len() >= 4
        && (w.ends_with("ed") || w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us"))
        && !t.is(lx::BE_FORMS)
        && !t.is(lx::NP_STOP_WORDS)
        && !t.is(lx::DETERMINERS)
        && !t.is(lx::NOT_FINITE_VERBS)
}

/// True when `np` can be a speaker: a pronoun, a name or a determiner-led phrase.
fn speaker_like(s: &Sentence, np: &Range<usize>) -> bool {
    let first = &s.tokens[np.start];
    first.is_capitalised()
        || first.is(lx::PERSON_PRONOUNS)
        || first.is(lx::GROUP_PRONOUNS)
        || matches!(
            first.lower.as_str(),
            "i" | "the" | "a" | "an" | "his" | "her" | "their" | "its" | "one"
        )
}

/// The quotation that opens the sentence and ends in , ? ! or a dash, and the token after it.
fn leading_quote(s: &Sentence) -> Option<(usize, usize)> {
    let open = s.range.start;
    if s.kind(open) != Some(Kind::OpenQuote) {
        return None;
    }
    let q = s.tokens[open].quote?;
    let close = (open + 1..s.range.end).find(|&k| s.tokens[k].kind == Kind::CloseQuote)?;
    let inner = s.quotes.get(q)?.inner.of(s.text).trim_end();
    if !inner.ends_with([',', '?', '!', '—', '–']) {
        return None;
    }
    let after = if s.is_punct(close + 1, ',') {
        close + 2
    } else {
        close + 1
    };
    Some((q, after))
}

/// True when token `k` ends the tail: the sentence end, its final mark, or a comma.
fn tail_ends(s: &Sentence, k: usize) -> bool {
    k >= s.range.end || matches!(s.kind(k), Some(Kind::Punct('.' | ',' | '!' | '?' | ';')))
}

/// "“Q,” S verbed." or "“Q,” verbed S.": a draft with the verb as the cue.
pub(crate) fn quote_tail(s: &Sentence, rule: &'static Rule) -> Vec<Draft> {
    quote_tail_draft(s, rule).into_iter().collect()
}

fn quote_tail_draft(s: &Sentence, rule: &'static Rule) -> Option<Draft> {
    let (q, at) = leading_quote(s)?;
    let draft = |np: Range<usize>, verb: usize| quote_draft(rule, q, np, verb);
    // "“Q,” continued Jane Roe."
    if at < s.range.end && finite_verb_like(&s.tokens[at]) {
        let np = s.np_forward(at + 1, s.range.end)?;
        return (s.is_capitalised(np.start) && tail_ends(s, np.end)).then(|| draft(np, at));
    }
    // "“Q,” she continued (quietly)."
    let np = match s.np_forward(at, s.range.end) {
        Some(np) if np.len() > 1 && finite_verb_like(&s.tokens[np.end - 1]) => np.start..np.end - 1,
        Some(np) => np,
        None => return None,
    };
    let verb = np.end;
    if !speaker_like(s, &np) || verb >= s.range.end || !finite_verb_like(&s.tokens[verb]) {
        return None;
    }
    let mut end = verb + 1;
    if s.lower(end).ends_with("ly") {
        end += 1;
    }
    tail_ends(s, end).then(|| draft(np, verb))
}

/// The source phrase of a signature "— Jane Roe, mayor of X" running from the dash at `dash`
/// to the end of the sentence: a capitalised name right after the dash.
pub(crate) fn dash_signature(toks: Tokens, dash: usize, end: usize) -> Option<Range<usize>> {
    let tokens = toks.tokens;
    let t = tokens.get(dash)?;
    if !matches!(t.kind, Kind::Punct('-' | '—' | '–')) || t.quote.is_some() {
        return None;
    }
    let mut start = dash + 1;
    while start < end && matches!(tokens[start].kind, Kind::Punct('-' | '—' | '–')) {
        start += 1;
    }
    let np = np_forward(toks, start, end)?;
    let capitalised = tokens[np.start].is_capitalised();
    // Nothing but an apposition or a full stop after the name.
    let rest_ok =
        np.end >= end || matches!(tokens[np.end].kind, Kind::Punct(',' | '.' | '(' | ')'));
    let short = np.len() <= 6;
    (capitalised && rest_ok && short).then_some(np)
}

/// "“Q.” — Jane Roe": a quotation that opens the sentence, signed with a dash and a name.
pub(crate) fn quote_dash(s: &Sentence, rule: &'static Rule) -> Vec<Draft> {
    quote_dash_draft(s, rule).into_iter().collect()
}

fn quote_dash_draft(s: &Sentence, rule: &'static Rule) -> Option<Draft> {
    let open = s.range.start;
    if s.kind(open) != Some(Kind::OpenQuote) {
        return None;
    }
    let q = s.tokens[open].quote?;
    let close = (open + 1..s.range.end).find(|&k| s.tokens[k].kind == Kind::CloseQuote)?;
    let dash = if s.is_punct(close + 1, ',') {
        close + 2
    } else {
        close + 1
    };
    let np = dash_signature(s.toks, dash, s.range.end)?;
    Some(quote_draft(rule, q, np, dash))
}

/// A draft giving quotation `q` to the phrase `np`, with the one-token cue at `cue`.
fn quote_draft(rule: &'static Rule, q: usize, np: Range<usize>, cue: usize) -> Draft {
    Draft {
        rule,
        cue: cue..cue + 1,
        source: SourceRef::Phrase { np, appos: None },
        content: ContentRef::Quote(q),
        boundary: None,
        stance: Stance::Assert,
        framing: Framing::Neutral,
    }
}
