//! "according to S": first ("According to S, C") or last ("C, according to S"), where S may be
//! a document with its owner ("according to data released by X").

use crate::extract::attribute::{Answer, ContentRef, CueSite, Parts, SourceRef};
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
    Some(np)
}

/// True when the cue opens the sentence (after "But", "And", "Yet" or a bracket).
fn at_start(site: &CueSite) -> bool {
    let (s, first) = (site.s, site.cue.first);
    first == s.range.start
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
        // "According to a report by the ministry, ...", "according to early results of a
        // poll conducted for X by Y, ..." and apposition: go to the comma (or a colon before
        // a quotation).
        let ends = |k: usize| s.is_punct(k, ',') || s.is_punct(k, ':');
        while k < s.range.end && k < np.end + 20 && !ends(k) && s.tokens[k].quote.is_none() {
            k += 1;
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
        let comma = Some(before).filter(|&c| s.is_punct(c, ','))?;
        // The content is the clause before the comma, from the start of the sentence or of
        // the bracket it stands in ("(C, according to S)").
        let start = (s.range.start..comma)
            .rev()
            .take_while(|&k| !s.is_punct(k, ')'))
            .find(|&k| s.is_punct(k, '('))
            .map_or(s.range.start, |k| k + 1);
        let content = ContentRef::Tokens(start..comma);
        Some(Parts::new(source, content, Some(comma)))
    };
    parts().into()
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
