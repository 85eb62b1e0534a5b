//! Cues that interrupt their content: "“A,” she said, “B.”" and "A, officials said, B."
//!
//! News writers put the source in the middle of a quotation or a clause. What follows the
//! source is then attributed too: after a quotation, a second quotation is a second piece of
//! content by the same source; after a clause fragment ("Whatever progress was made, officials
//! said, could be undone."), the part after the cue carries the claim and is the content, as
//! the PARC/PolNeAR convention annotates it. Both look at a bounded number of tokens.

use crate::extract::attribute::{ContentRef, Draft, Sentence, SourceRef};
use crate::extract::cues::{Cue, CueKind};
use crate::extract::lexicon::Frame;
use crate::extract::rules::Rule;
use crate::extract::tokens::Kind;

/// The token where the rest of the sentence starts after an interrupting cue and its source,
/// or `None` when the cue does not interrupt anything.
fn rest_after(s: &Sentence, d: &Draft, cues: &[Cue]) -> Option<usize> {
    let mut end = d.cue.end;
    if let SourceRef::Phrase { np, appos } = &d.source {
        end = end.max(np.end);
        if let Some(a) = appos {
            end = end.max(a.end);
        }
    }
    // "“A,” he told Reuters on Monday, “B.”": the addressee of a telling verb comes first.
    let tells = cues.iter().any(|c| {
        c.first == d.cue.start
            && matches!(
                c.kind,
                CueKind::Verb {
                    frame: Frame::Tell,
                    ..
                }
            )
    });
    if tells
        && end == d.cue.end
        && let Some(addressee) = s.np_forward(end, s.range.end)
    {
        end = addressee.end;
    }
    let mut comma = s.skip_adjuncts(end);
    // "said in October", "said at a rally in Ohio", "said of the campaign": prepositional
    // adjuncts of the cue.
    for _ in 0..3 {
        if !matches!(
            s.lower(comma),
            "in" | "on" | "at" | "during" | "from" | "to" | "after" | "of" | "about" | "outside"
        ) {
            break;
        }
        match s.np_forward(comma + 1, s.range.end) {
            Some(np) => comma = s.skip_adjuncts(np.end),
            None => break,
        }
    }
    let according_to = cues
        .iter()
        .any(|c| c.first == d.cue.start && c.kind == CueKind::AccordingTo);
    if according_to && !s.is_punct(comma, ',') {
        comma = source_phrase_comma(s, comma).unwrap_or(comma);
    }
    if !s.is_punct(comma, ',') {
        // "said Jane Roe, an economist who directs the forecast, “B.”"
        return quotation_after_relative_clause(s, comma);
    }
    // "A, according to Jane Roe, a former envoy, B": past the description of the source.
    let comma = match &d.source {
        SourceRef::Phrase { np, .. } if according_to && comma == np.end => {
            crate::extract::rules::according_to::apposition_close(s, np, comma).unwrap_or(comma)
        }
        _ => comma,
    };
    let start = comma + 1;
    // ", adding ...", ", who ...": a cue or a relative clause of its own, not the content.
    let w = s.lower(start);
    // A finite verb cue there is the interrupted clause's own verb: "Bob, officials said,
    // ordered them to wait".
    let opens_own_clause = w.ends_with("ing")
        || matches!(w, "who" | "whose" | "which" | "according" | "as" | "when")
        || cues
            .iter()
            .any(|c| c.first == start && !matches!(c.kind, CueKind::Verb { .. }));
    if start >= s.range.end {
        return None;
    }
    if opens_own_clause {
        return quotation_after_relative_clause(s, start);
    }
    Some(start)
}

/// The most tokens of an "according to" source phrase read past what the phrase scan took.
const MAX_SOURCE_TAIL: usize = 16;

/// "A, according to one report at the time, B", "A, according to members who spoke to
/// reporters, B": the source of "according to" runs on to the comma that closes the aside; the
/// comma, when only words stand before it from `from`.
fn source_phrase_comma(s: &Sentence, from: usize) -> Option<usize> {
    let hi = (from + MAX_SOURCE_TAIL).min(s.range.end);
    (from..hi)
        .take_while(|&k| s.is_punct(k, ',') || s.tokens[k].is_word() && s.tokens[k].quote.is_none())
        .find(|&k| s.is_punct(k, ','))
}

/// The most tokens of a relative clause on the source between the halves of a quotation.
const MAX_RELATIVE_CLAUSE: usize = 25;

/// "“A,” said Jane Roe, an economist who directs the forecast, “B.”": when a relative clause
/// on the source opens at `start`, the quotation that follows the comma closing it.
fn quotation_after_relative_clause(s: &Sentence, start: usize) -> Option<usize> {
    if !matches!(s.lower(start), "who" | "whose" | "which") {
        return None;
    }
    let hi = (start + MAX_RELATIVE_CLAUSE).min(s.range.end);
    let comma = (start + 1..hi)
        .take_while(|&k| s.tokens[k].quote.is_none())
        .find(|&k| s.is_punct(k, ','))?;
    (s.kind(comma + 1) == Some(Kind::OpenQuote)).then_some(comma + 1)
}

/// A second half after "“A,” S said,": content from the rest, when it opens with a quotation
/// or "that".
pub(crate) fn second_half(
    s: &Sentence,
    d: &mut Draft,
    cues: &[Cue],
    rule: &'static Rule,
) -> Option<Draft> {
    if !matches!(d.content, ContentRef::Quote(_)) {
        return None;
    }
    let mut start = rest_after(s, d, cues)?;
    if s.lower(start) == "that" {
        start += 1;
    }
    if s.kind(start) != Some(Kind::OpenQuote) && s.lower(start - 1) != "that" {
        return None;
    }
    Some(Draft {
        rule,
        content: ContentRef::From {
            start,
            comma_ends: false,
        },
        boundary: None,
        ..d.clone()
    })
}

/// "A, S said, B": a clause-first draft whose cue interrupts the sentence keeps the longer of
/// A and B as its content. The content is really both parts; one span can hold only one, and
/// the longer carries more of the claim (it is also the part the PolNeAR annotation keeps).
pub(crate) fn interrupted_clause(
    s: &Sentence,
    d: &mut Draft,
    cues: &[Cue],
    rule: &'static Rule,
) -> Option<Draft> {
    let ContentRef::Tokens(before) = &d.content else {
        return None;
    };
    if before.is_empty() {
        return None;
    }
    let mut start = rest_after(s, d, cues)?;
    if s.lower(start) == "that" {
        start += 1;
    }
    // "It has a loyal following, said Jane Roe, with games and hikes": a phrase on the clause
    // before, not the rest of it.
    // ("to", "for" and "by" more often carry the claim: "officials said, to keep costs down").
    if matches!(
        s.lower(start),
        "with" | "on" | "at" | "in" | "during" | "among" | "from"
    ) {
        return None;
    }
    let bytes =
        |r: std::ops::Range<usize>| s.tokens[r.end - 1].span.end - s.tokens[r.start].span.start;
    let mut end = s.range.end;
    while end > start && matches!(s.kind(end - 1), Some(Kind::Punct('.' | '!' | '?'))) {
        end -= 1;
    }
    if end > start && bytes(start..end) > bytes(before.clone()) {
        d.rule = rule;
        d.content = ContentRef::From {
            start,
            comma_ends: false,
        };
        d.boundary = None;
    }
    None
}
