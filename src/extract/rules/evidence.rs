//! Documents as sources: "The study found no link", "A poll released on Monday showed C". The
//! subject is found by `evidence::document_subject` and resolved by the `evidence-source`
//! resolver; the rule here is the frame a document takes.

use super::said::said_rule;
use crate::extract::attribute::{
    Answer, ContentRef, CueSite, Parts, Sentence, SourceRef, content_start, ends_after_cue,
};
use crate::extract::cues::CueKind;
use crate::extract::lexicon::{self as lx, Frame};
use crate::extract::respondents::share_content_end;
use crate::extract::rules::according_to::last_clause_start;
use crate::extract::standing;

/// "The study found no link": a document finds a plain noun phrase.
pub(crate) fn document_finds(site: &CueSite) -> Answer {
    match said_rule(site, |_, said| {
        said.frame == Frame::Object && said.document_subject
    }) {
        Answer::Draft(mut parts) => {
            parts.content = before_colon_clause(site.s, parts.content);
            Answer::Draft(parts)
        }
        other => other,
    }
}

/// A document's finding ends at a colon that opens a sentence of its own about another
/// document ("polls show him behind: A poll this month found ..."), news's way of giving the
/// evidence next.
fn before_colon_clause(s: &Sentence, content: ContentRef) -> ContentRef {
    let ContentRef::From { start, .. } = content else {
        return content;
    };
    // "...: A poll this month found", not "...: Six in 10 said" (the finding itself).
    let colon = (start + 1..s.range.end.saturating_sub(1)).find(|&k| {
        s.is_punct(k, ':')
            && s.tokens[k].quote.is_none()
            && s.is_capitalised(k + 1)
            && matches!(s.lower(k + 1), "a" | "an" | "the" | "this")
    });
    colon.map_or(content, |colon| ContentRef::Tokens(start..colon))
}

/// Participles of what a document does with its evidence ("a poll showing C").
const DOCUMENT_PARTICIPLES: &[&str] = &[
    "showing",
    "suggesting",
    "indicating",
    "finding",
    "revealing",
    "confirming",
];

/// "a new poll showing C", "with polls showing C", "emails suggesting that C": a participle right
/// after a document (and its post-modifiers) takes the document as its source.
pub(crate) fn document_participle(site: &CueSite) -> Answer {
    let (s, cue) = (site.s, site.cue);
    if !matches!(cue.kind, CueKind::Verb { .. })
        || !lx::is_in(DOCUMENT_PARTICIPLES, s.lower(cue.head))
    {
        return Answer::Next;
    }
    let Some(b) = site.before() else {
        return Answer::Next;
    };
    let lo = s.range.start;
    let np = if s.tokens[b].stem_is(lx::DOCUMENT_NOUNS) {
        s.np_backward(lo, b).filter(|np| np.end == b + 1)
    } else {
        s.document_subject(lo, b)
    };
    let Some(mut np) = np else {
        return Answer::Next;
    };
    // "in the wake of a new poll showing C": the document is the phrase after "of".
    if let Some(of) = np.clone().find(|&k| s.lower(k) == "of")
        && !(np.start..of).any(|k| s.tokens[k].stem_is(lx::DOCUMENT_NOUNS))
    {
        np = of + 1..np.end;
    }
    // In an opening adjunct the reduced relative ends at a comma: "Despite polls showing her
    // behind, she ..." (not at an apposition's: "showing Jane Roe, the mayor, ahead").
    let opening = np.start == lo + 1
        && matches!(
            s.lower(lo),
            "despite" | "with" | "amid" | "after" | "given" | "following" | "in"
        );
    let content = content_start(s, cue, Frame::Object).map(|c| match c {
        ContentRef::From { start, .. } => ContentRef::starting(start, opening),
        other => other,
    });
    content
        .map(|content| {
            let source = SourceRef::Phrase {
                np: np.clone(),
                appos: None,
            };
            Parts::new(source, content, None)
        })
        .into()
}

/// "C, a study by the council found": a document with post-modifiers after the clause it
/// reports, ending the sentence; the whole document phrase is the source.
pub(crate) fn clause_document_found(site: &CueSite) -> Answer {
    let (s, cue) = (site.s, site.cue);
    let CueKind::Verb { frame, .. } = cue.kind else {
        return Answer::Next;
    };
    let Some(b) = site.before() else {
        return Answer::Next;
    };
    let lo = s.range.start;
    let Some(np) = s.document_subject(lo, b) else {
        return Answer::Next;
    };
    let Some(comma) = np
        .start
        .checked_sub(1)
        .filter(|&c| c > lo && s.is_punct(c, ','))
    else {
        return Answer::Next;
    };
    if !ends_after_cue(s, cue, frame) {
        return Answer::Next;
    }
    let source = SourceRef::Phrase { np, appos: None };
    Answer::Draft(Parts::new(
        source,
        ContentRef::Tokens(lo..comma),
        Some(comma),
    ))
}

/// "56 percent would vote for C", "most voters favor C": the share of people is the source,
/// what they take a position on the content.
pub(crate) fn share_position(site: &CueSite) -> Answer {
    let CueKind::Share { start } = site.cue.kind else {
        return Answer::Next;
    };
    let source = SourceRef::Phrase {
        np: start..site.cue.first,
        appos: None,
    };
    let s = site.s;
    let end = share_content_end(s.tokens, site.cue.last, s.range.end);
    if end <= site.cue.last + 1 {
        return Answer::Stop;
    }
    let content = ContentRef::Tokens(site.cue.last + 1..end);
    Answer::Draft(Parts::new(source, content, Some(start)))
}

/// "Roe leads by nine points in the latest county poll": the clause before "in" is what the
/// poll found (from the start of the sentence, or of its last clause), the poll the source.
pub(crate) fn standing_in_poll(site: &CueSite) -> Answer {
    let CueKind::InPollAfter { source_end } = site.cue.kind else {
        return Answer::Next;
    };
    let s = site.s;
    let cue = site.cue.first;
    let end = if s.is_punct(cue - 1, ',') {
        cue - 1
    } else {
        cue
    };
    let start = last_clause_start(s, s.range.start, end);
    // A finding is a clause with a verb of its own, and a quotation is its speaker's.
    let clause = start..end;
    let unquoted = clause.clone().all(|k| s.tokens[k].quote.is_none());
    let has_verb = clause
        .clone()
        .any(|k| standing::may_be_finite_verb(&s.tokens[k]));
    // "X, who leads in most state polls, said": a relative clause describes, it finds nothing.
    let relative = matches!(s.lower(start), "who" | "which" | "whose");
    if !unquoted || !has_verb || relative || end < start + 3 {
        return Answer::Next;
    }
    let source = SourceRef::Phrase {
        np: site.cue.last + 1..source_end,
        appos: None,
    };
    Answer::Draft(Parts::new(source, ContentRef::Tokens(clause), None))
}
