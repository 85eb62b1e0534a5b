//! A participle clause that opens the sentence: "Noting that C, S said ...", "After saying C,
//! S left". The participle has no subject of its own; the subject of the main clause after
//! the comma says the content, which ends at that comma.

use super::quote_tail::finite_verb_like;
use super::verb::{statement, verb};
use crate::extract::attribute::{Answer, ContentRef, CueSite, Parts, SourceRef, content_start};
use crate::extract::lexicon as lx;
use std::ops::Range;

/// Prepositions that may stand before an opening participle of saying.
const PREPOSITIONS: &[&str] = &["after", "before", "while", "upon", "in", "by"];

/// How many words the main clause's subject may have.
const SUBJECT_REACH: usize = 8;

/// "Noting that C, S ...", "After saying C, S ...": a participle of saying (a verb that may
/// invert or needs "that") opening the sentence, or after a preposition that does.
pub(crate) fn opening_participle(site: &CueSite) -> Answer {
    let s = site.s;
    let Some((frame, inverts, participle)) = verb(site) else {
        return Answer::Next;
    };
    let saying = inverts || frame == lx::Frame::MarkedClause;
    let lo = s.after_dateline(site.cue.first).unwrap_or(s.range.start);
    let opens =
        site.cue.first == lo || site.cue.first == lo + 1 && PREPOSITIONS.contains(&s.lower(lo));
    if !(participle && saying && opens) || statement(site) {
        return Answer::Next;
    }
    opening_parts(site).into()
}

fn opening_parts(site: &CueSite) -> Option<Parts> {
    let s = site.s;
    let (frame, _, _) = verb(site)?;
    let ContentRef::From { start, .. } = content_start(s, site.cue, frame)? else {
        return None;
    };
    let comma =
        (start..s.range.end).find(|&k| s.is_punct(k, ',') && s.tokens[k].quote.is_none())?;
    let np = main_subject(site, comma + 1)?;
    Some(Parts::new(
        SourceRef::Phrase { np, appos: None },
        ContentRef::From {
            start,
            comma_ends: true,
        },
        None,
    ))
}

/// The subject of the main clause at `k`: a noun phrase running right up to a finite verb, "to
/// be", an auxiliary or a reporting verb, within a few words.
fn main_subject(site: &CueSite, k: usize) -> Option<Range<usize>> {
    let s = site.s;
    let hi = s.range.end.min(k + SUBJECT_REACH + 1);
    let verb_at = (k + 1..hi).find(|&j| {
        let t = &s.tokens[j];
        t.verb.is_some()
            || t.is(lx::BE_FORMS)
            || lx::SPLIT_AUXILIARIES.contains(&t.lower.as_str())
            || finite_verb_like(t)
    })?;
    let np = s.np_forward(k, verb_at)?;
    (np.start == k && np.end == verb_at).then_some(np)
}
