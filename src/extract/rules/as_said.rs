//! "As S said, C" and "C, as S said": a clause of comparison with a reporting verb attributes
//! the main clause to S. News writes it to lean on a source ("As the paper reported, the
//! plant will close"; "The plant will close, as the paper reported on Monday"). When the
//! "as" clause interrupts the main clause ("The result, as she later explained, was ..."),
//! the content is the part after it. "As S put it" is one too: "put it" is a cue only there
//! (`cues`).

use super::verb::verb;
use crate::extract::attribute::{
    Answer, ContentRef, CueSite, Parts, Sentence, SourceRef, boundary, parenthetical::is_dash,
};
use crate::extract::lexicon::{self as lx, Frame};
use crate::extract::tokens::Kind;

/// The most words of adjuncts ("last week in Tel Aviv", "on his blog") after the cue.
const MAX_ADJUNCT: usize = 8;

/// Where the "as" clause of the cue ends: the comma, dash or colon after the cue and its
/// adjuncts (`Some((k, false))`), or the end of the sentence (`Some((k, true))`).
fn clause_end(site: &CueSite, frame: Frame) -> Option<(usize, bool)> {
    let s = site.s;
    let mut from = site.cue.last + 1;
    // "as she told reporters": the addressee of a telling verb.
    if frame == Frame::Tell
        && let Some(addressee) = boundary::addressee(s, from)
    {
        from = addressee.end;
    }
    // Nothing but adjuncts may follow: "as he explained how ..." is a clause of time.
    if from < s.range.end && s.tokens[from].is_word() && !opens_adjunct(s, from) {
        return None;
    }
    let limit = s.range.end.min(from + MAX_ADJUNCT + 1);
    for k in from..=limit {
        if k >= s.range.end || matches!(s.kind(k), Some(Kind::Punct('.' | '!' | '?'))) {
            return Some((k, true));
        }
        let t = &s.tokens[k];
        if t.is_punct(',') || t.is_punct(':') || is_dash(s, k) {
            return Some((k, false));
        }
        // A quotation, a bracket or another verb of saying: not an adjunct.
        if !t.is_word() || t.quote.is_some() || t.verb.is_some() {
            return None;
        }
    }
    None
}

/// A word that opens an adjunct of the reporting event: a preposition, a time word or an
/// "-ly" adverb ("as she said on Monday", "as he wrote last week", "as he noted wryly").
fn opens_adjunct(s: &Sentence, k: usize) -> bool {
    let w = s.lower(k);
    s.is(k, lx::SOURCE_FOLLOWERS) && !matches!(w, "who" | "speaking")
        || s.is(k, lx::TIME_WORDS)
        || s.is(k, lx::WEEKDAYS)
        || s.is(k, lx::TIME_DEICTICS)
        || ADJUNCT_ADVERBS.contains(&w)
        || w.len() > 4 && w.ends_with("ly")
}

/// Adverbs of time that may follow the cue in the "as" clause.
const ADJUNCT_ADVERBS: &[&str] = &[
    "just",
    "recently",
    "again",
    "repeatedly",
    "often",
    "once",
    "yesterday",
    "today",
    "tonight",
    "previously",
    "since",
    "then",
];

/// "As S said, C", "C, as S said", "A, as S said, B". Only verbs of saying or thinking take
/// part ("as the crowd applauded" is a clause of time).
pub(crate) fn as_source_said(site: &CueSite) -> Answer {
    let Some((frame, inverts, _)) = verb(site) else {
        return Answer::Next;
    };
    if !(inverts || matches!(frame, Frame::Clause | Frame::MarkedClause | Frame::Tell)) {
        return Answer::Next;
    }
    let s = site.s;
    let lo = s.range.start;
    if let Some(parts) = as_reported_by(site) {
        return Answer::Draft(parts);
    }
    let Some((SourceRef::Phrase { np, appos }, _)) = site.subject() else {
        return Answer::Next;
    };
    let Some(as_at) = np
        .start
        .checked_sub(1)
        .filter(|&a| a >= lo && s.lower(a) == "as")
    else {
        return Answer::Next;
    };
    let opens =
        as_at == lo || as_at == lo + 1 && matches!(s.lower(lo), "but" | "and" | "yet" | "so");
    let inside = as_at > lo + 1 && after_clause_break(s, as_at - 1);
    if !(opens || inside) {
        return Answer::Next;
    }
    let Some((end, last)) = clause_end(site, frame) else {
        return Answer::Next;
    };
    let source = SourceRef::Phrase {
        np: np.clone(),
        appos: appos.clone(),
    };
    let content = match (opens, last) {
        (_, false) if end + 1 < s.range.end => ContentRef::starting(end + 1, false),
        // "“Q,” she said, as the crowd applauded": a clause attributed already makes the
        // "as" clause one of time.
        (false, true) if site.earlier.is_empty() => ContentRef::Tokens(lo..as_at - 1),
        _ => return Answer::Next,
    };
    let boundary = inside.then(|| as_at - 1);
    Answer::Draft(Parts::new(source, content, boundary))
}

/// True when the token at `k` ends the clause before an "as" clause: a comma or a dash, or a
/// conjunction after a comma ("..., and as the mayor noted, C").
fn after_clause_break(s: &Sentence, k: usize) -> bool {
    s.is_punct(k, ',')
        || is_dash(s, k)
        || matches!(s.lower(k), "and" | "but")
            && k > s.range.start
            && (s.is_punct(k - 1, ',') || is_dash(s, k - 1))
}

/// "As reported by the Gazette, C" and "C, as reported by the Gazette": a passive "as" clause
/// whose agent is the source.
fn as_reported_by(site: &CueSite) -> Option<Parts> {
    let s = site.s;
    let lo = s.range.start;
    let as_at = site
        .cue
        .first
        .checked_sub(1)
        .filter(|&a| a >= lo && s.lower(a) == "as")?;
    let by = site.cue.last + 1;
    if s.lower(by) != "by" {
        return None;
    }
    let np = s.np_forward(by + 1, s.range.end)?;
    let opens = as_at == lo;
    let source = SourceRef::Phrase {
        np: np.clone(),
        appos: None,
    };
    if opens && s.is_punct(np.end, ',') && np.end + 1 < s.range.end {
        return Some(Parts::new(
            source,
            ContentRef::starting(np.end + 1, false),
            None,
        ));
    }
    let ends =
        np.end >= s.range.end || matches!(s.kind(np.end), Some(Kind::Punct('.' | '!' | '?')));
    // "“Q,” Roe said, as reported by the Gazette": the clause is attributed already.
    let attributed = !site.earlier.is_empty();
    (!opens && !attributed && ends && as_at > lo + 1 && s.is_punct(as_at - 1, ','))
        .then(|| Parts::new(source, ContentRef::Tokens(lo..as_at - 1), Some(as_at - 1)))
}
