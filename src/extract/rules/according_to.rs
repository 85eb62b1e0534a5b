//! "according to S": first ("According to S, C") or last ("C, according to S"), where S may be
//! a document with its owner ("according to data released by X").

use crate::extract::attribute::{
    Answer, ContentRef, CueSite, Parts, Sentence, SourceRef, boundary,
};
use crate::extract::cues::CueKind;
use crate::extract::lexicon as lx;
use crate::extract::tokens::Kind;
use std::ops::Range;

/// The source phrase after the cue: "according to figures from X" is X's.
fn source_phrase(site: &CueSite) -> Option<Range<usize>> {
    let s = site.s;
    let k = site.cue.last + 1;
    // "according to early results", "according to state law": a modifier the phrase scan
    // reads as an adverb or a verb.
    let modifier = k < s.range.end && s.tokens[k].is_word() && s.tokens[k].quote.is_none();
    let mut np = s.np_forward(k, s.range.end).or_else(|| {
        modifier
            .then(|| s.np_forward(k + 1, s.range.end))
            .flatten()
            .map(|np| k..np.end)
    })?;
    // "according to the recently released playbook": an adverb the phrase scan stops at, and
    // the participle after it that it may read as a verb.
    if np.len() == 1
        && s.is(np.start, lx::DETERMINERS)
        && s.lower(np.end).ends_with("ly")
        && let Some(rest) = s
            .np_forward(np.end + 1, s.range.end)
            .or_else(|| s.np_forward(np.end + 2, s.range.end))
    {
        np = np.start..rest.end;
    }
    // "according to one report": "one" is a number here, not the pronoun the scan reads.
    // Its noun may read as a verb ("report", "study").
    if np.len() == 1
        && s.lower(np.start) == "one"
        && np.end < s.range.end
        && s.tokens[np.end].is_word()
        && s.tokens[np.end].quote.is_none()
        && !s.is(np.end, lx::NP_STOP_WORDS)
    {
        np = np.start..np.end + 1;
    }
    let mut by = np.end;
    if s.is(by, lx::RELEASE_PARTICIPLES) {
        by += 1;
    }
    if matches!(s.lower(by), "by" | "from")
        && s.tokens[np.end - 1].stem_is(lx::DOCUMENT_NOUNS)
        && let Some(owner) = s.np_forward(by + 1, s.range.end)
    {
        np = np.start..owner.end;
    }
    Some(
        boundary::quoted_title(s, np.end, MAX_TITLE)
            .map_or(np.clone(), |close| np.start..close + 1),
    )
}

/// The most tokens of a description in apposition to a named source.
const MAX_APPOSITION: usize = 12;

/// "According to Jane Roe, the mayor's chief of staff, C": the comma closing a description in
/// apposition to a named source `np`, whose comma is at `comma`. The description opens with a
/// determiner, a possessive or a capital and holds no verb, and a clause follows it ("According
/// to Roe, the ferry was late" has a verb after the first comma: no description).
pub(crate) fn apposition_close(s: &Sentence, np: &Range<usize>, comma: usize) -> Option<usize> {
    if !s.is_punct(comma, ',') || !s.is_capitalised(np.end - 1) {
        return None;
    }
    let first = comma + 1;
    let opens = first < s.range.end
        && s.tokens[first].quote.is_none()
        && (s.is(first, lx::DETERMINERS)
            || s.tokens[first].is_possessive()
            || s.is_capitalised(first));
    if !opens {
        return None;
    }
    let hi = (first + MAX_APPOSITION).min(s.range.end);
    let close = (first + 1..hi).find(|&k| !s.tokens[k].is_word() || s.tokens[k].quote.is_some())?;
    let plain = |k: usize| {
        let t = &s.tokens[k];
        t.verb.is_none()
            && !t.is(lx::BE_FORMS)
            && !lx::is_in(lx::SPLIT_AUXILIARIES, &t.lower)
            // A past tense marks a clause ("the talks collapsed"); "a retired general" is lost.
            && (t.is_capitalised() || !t.lower.ends_with("ed"))
    };
    let clause_after = s.kind(close + 1) == Some(Kind::Word)
        && !matches!(
            s.lower(close + 1),
            "who" | "whose" | "which" | "and" | "but"
        )
        && close + 4 < s.range.end;
    (s.is_punct(close, ',') && clause_after && (first..close).all(plain)).then_some(close)
}

/// The most tokens of a quoted title after a source ("his book “The Long Wait”").
const MAX_TITLE: usize = 14;

/// True when the cue opens the sentence (after "But", "And", "Yet" or a bracket) or a clause
/// after a colon or semicolon.
fn at_start(site: &CueSite) -> bool {
    let (s, first) = (site.s, site.cue.first);
    // A colon or a semicolon opens a clause of its own: "It went unnoticed: according to
    // polls, C".
    let opens_clause = first > s.range.start
        && (s.is_punct(first - 1, ':') || s.is_punct(first - 1, ';'))
        && s.tokens[first - 1].quote.is_none();
    opens_clause
        || first == s.range.start
        || first == s.range.start + 1
            && (matches!(s.lower(s.range.start), "but" | "and" | "yet")
                || s.is_punct(s.range.start, '('))
}

/// "According to S, C": the content follows the comma after the source.
pub(crate) fn according_to_first(site: &CueSite) -> Answer {
    if site.cue.kind != CueKind::AccordingTo || !at_start(site) {
        return Answer::Next;
    }
    let parts = || {
        let s = site.s;
        let np = source_phrase(site)?;
        let mut k = np.end;
        // "According to the memoir “A Long Road,” he ...": the title holds the comma.
        if s.tokens[np.end - 1].kind == Kind::CloseQuote && s.is_punct(np.end - 2, ',') {
            let source = SourceRef::Phrase { np, appos: None };
            return Some(Parts::new(source, ContentRef::starting(k, false), None));
        }
        // "According to a report by the ministry, ...", "according to early results of a
        // poll conducted for X by Y, ..." and apposition: go to the comma (or a colon before
        // a quotation).
        let ends = |k: usize| s.is_punct(k, ',') || s.is_punct(k, ':');
        while k < s.range.end && k < np.end + 20 && !ends(k) && s.tokens[k].quote.is_none() {
            k += 1;
        }
        // "According to Jane Roe, the mayor's chief of staff, C": past a description of her.
        if k == np.end
            && let Some(close) = apposition_close(s, &np, k)
        {
            k = close;
        }
        ends(k).then(|| {
            let source = SourceRef::Phrase { np, appos: None };
            Parts::new(source, ContentRef::starting(k + 1, false), None)
        })
    };
    parts().into()
}

/// "C, according to S": the clause before the comma.
pub(crate) fn according_to_last(site: &CueSite) -> Answer {
    if site.cue.kind != CueKind::AccordingTo {
        return Answer::Next;
    }
    let parts = || {
        let s = site.s;
        let np = source_phrase(site)?;
        let before = site
            .cue
            .first
            .checked_sub(1)
            .filter(|&c| c > s.range.start)?;
        let source = SourceRef::Phrase { np, appos: None };
        // "“Q,” according to S": the comma stands inside the quotation.
        if let Some(q) = quotation_before(site, before) {
            return Some(Parts::new(source, ContentRef::Quote(q), Some(before)));
        }
        // "C ''Q,'' according to S": a quotation ending the clause holds its comma, and
        // stays in the content.
        let end = if s.is_punct(before, ',') {
            before
        } else if closes_with_comma(site, before) {
            before + 1
        } else {
            return None;
        };
        // The content is the clause before the comma, from the start of the sentence or of
        // the bracket it stands in ("(C, according to S)").
        let start = (s.range.start..end)
            .rev()
            .take_while(|&k| !s.is_punct(k, ')'))
            .find(|&k| s.is_punct(k, '('))
            .map_or(s.range.start, |k| k + 1);
        let start = last_clause_start(s, start, end);
        let content = ContentRef::Tokens(start..end);
        Some(Parts::new(source, content, Some(before)))
    };
    parts().into()
}

/// True when a quotation closes at `close` with a comma inside it.
fn closes_with_comma(site: &CueSite, close: usize) -> bool {
    let s = site.s;
    s.tokens[close].kind == Kind::CloseQuote
        && s.tokens[close]
            .quote
            .and_then(|q| s.quotes.get(q))
            .is_some_and(|q| q.inner.of(s.text).trim_end().ends_with(','))
}

/// The quotation that opens the sentence and closes at `close` with a comma inside it, right
/// before the cue: "“Q,” according to S".
fn quotation_before(site: &CueSite, close: usize) -> Option<usize> {
    let s = site.s;
    if s.tokens[close].kind != Kind::CloseQuote {
        return None;
    }
    let q = s.tokens[close].quote?;
    let opens_sentence =
        s.kind(s.range.start) == Some(Kind::OpenQuote) && s.tokens[s.range.start].quote == Some(q);
    let inner = s.quotes.get(q)?.inner.of(s.text).trim_end();
    (opens_sentence && inner.ends_with(',')).then_some(q)
}

/// Sources that make "according to" a manner, not an attribution ("went according to plan").
const MANNER_NOUNS: &[&str] = &["plan", "plans", "schedule", "script", "tradition", "custom"];

/// "C according to S" with no comma, ending the sentence or before a coordinated clause: the clause before the cue, from the
/// sentence's start, is the content.
pub(crate) fn according_to_unmarked(site: &CueSite) -> Answer {
    if site.cue.kind != CueKind::AccordingTo {
        return Answer::Next;
    }
    let s = site.s;
    let Some(before) = site.before().filter(|&b| b > s.range.start + 1) else {
        return Answer::Next;
    };
    let t = &s.tokens[before];
    if !t.is_word() || t.quote.is_some() || t.verb.is_some() || t.is(lx::PREPOSITIONS) {
        return Answer::Next;
    }
    let Some(np) = source_phrase(site) else {
        return Answer::Next;
    };
    // The sentence ends, or a coordinated clause follows: "..., but the senator stays in".
    let ends = np.end >= s.range.end
        || matches!(s.kind(np.end), Some(Kind::Punct('.' | '!' | '?' | ';')))
        || s.is_punct(np.end, ',') && matches!(s.lower(np.end + 1), "but" | "and" | "while");
    let manner = lx::is_in(MANNER_NOUNS, s.lower(np.end - 1));
    let clean = (s.range.start..before).all(|k| s.tokens[k].quote.is_none());
    if !(ends && clean) || manner {
        return Answer::Next;
    }
    let source = SourceRef::Phrase { np, appos: None };
    let content = ContentRef::Tokens(s.range.start..before + 1);
    Answer::Draft(Parts::new(source, content, None))
}

/// Where the last clause before "according to" at `end` begins, when the sentence from `start`
/// joins several: after ", and" before a new subject ("A, and Roe did B, according to S"
/// attributes the second), at a relative pronoun after a comma (", which stood at 263").
/// Otherwise `start`.
pub(crate) fn last_clause_start(s: &Sentence, start: usize, end: usize) -> usize {
    let lo = start.max(end.saturating_sub(40));
    (lo + 1..end.saturating_sub(3))
        .rev()
        .find_map(|k| {
            let after_comma = s.is_punct(k - 1, ',') && s.tokens[k].quote.is_none();
            // "..., and Roe broke it": a new subject after the conjunction, not a second
            // verb of the same one ("..., and includes X").
            let subject_next = s.is_capitalised(k + 1)
                || s.is(k + 1, lx::PERSON_PRONOUNS)
                || s.is(k + 1, lx::DETERMINERS);
            match s.lower(k) {
                "and" if after_comma && subject_next => Some(k + 1),
                "which" | "who" if after_comma => Some(k),
                _ => None,
            }
        })
        .unwrap_or(start)
}
