//! The ordinary "S said (that) C" family: a subject before the cue and content after it, told
//! apart by the cue's frame ("told X that C", "vowed to C", "pointed to C") and by what opens
//! the content. Every rule here shares one reading of the cue (`Said`), made once per cue.

use super::verb::{statement, verb};
use crate::extract::attribute::{
    Answer, ContentRef, CueSite, Parts, Sentence, SourceRef, content_start, wh_clause,
};
use crate::extract::evidence;
use crate::extract::lexicon::Frame;
use crate::extract::tokens::Kind;

/// A verb cue read as "S <cue> C": its subject, the boundary of its clause, its frame (a
/// document finds an object: "The study found no link") and where its content starts.
pub(crate) struct Said {
    pub source: SourceRef,
    pub boundary: Option<usize>,
    pub frame: Frame,
    pub document_subject: bool,
    pub statement: bool,
    pub start: ContentRef,
}

/// Reads the cue of `site` as "S <cue> C"; `None` when it has no subject or no content.
pub(crate) fn read(site: &CueSite) -> Option<Said> {
    let (frame, _, _) = verb(site)?;
    let (source, boundary) = site.subject()?.clone();
    // "a poll that shows C": a relative pronoun stands for its document.
    let document_subject = matches!(&source, SourceRef::Phrase { np, .. } | SourceRef::Relative { np, .. }
        if evidence::is_document_phrase(site.s.tokens, np));
    let frame = if frame == Frame::MarkedClause && document_subject {
        Frame::Object
    } else {
        frame
    };
    let statement = statement(site);
    let start = content_start(
        site.s,
        site.cue,
        if statement { Frame::Clause } else { frame },
    )?;
    Some(Said {
        source,
        boundary,
        frame,
        document_subject,
        statement,
        start,
    })
}

/// The answer of a rule of this family that matches when `fits`: a verb cue without a subject
/// or content stops here, one that does not fit goes on to the next rule.
pub(crate) fn said_rule(site: &CueSite, fits: impl Fn(&CueSite, &Said) -> bool) -> Answer {
    if verb(site).is_none() {
        return Answer::Next;
    }
    let Some(said) = site.said() else {
        return Answer::Stop;
    };
    if !fits(site, said) {
        return Answer::Next;
    }
    Answer::Draft(Parts::new(
        said.source.clone(),
        said.start.clone(),
        said.boundary,
    ))
}

/// True when the content starts at an opening quotation mark.
fn opens_quotation(site: &CueSite, said: &Said) -> bool {
    matches!(said.start, ContentRef::From { start, .. } if site.s.kind(start) == Some(Kind::OpenQuote))
}

/// "in what S described as C", "in what S said was C": the content follows the copula.
pub(crate) fn in_what(site: &CueSite) -> Answer {
    if verb(site).is_none() {
        return Answer::Next;
    }
    let Some((source, _)) = site.subject() else {
        return Answer::Stop;
    };
    let s = site.s;
    let after_what = matches!(source, SourceRef::Phrase { np, .. }
        if np.start > s.range.start && s.lower(np.start - 1) == "what");
    if !after_what {
        return Answer::Next;
    }
    let mut k = site.cue.last + 1;
    if matches!(s.lower(k), "as" | "was" | "is" | "were" | "are" | "be") {
        k += 1;
    }
    if k >= s.range.end {
        return Answer::Next;
    }
    Answer::Draft(Parts::new(
        source.clone(),
        ContentRef::starting(k, true),
        None,
    ))
}

/// "S said A, and added B": a coordinated cue repeating the sentence's source.
pub(crate) fn coordinated(site: &CueSite) -> Answer {
    said_rule(site, |_, said| {
        said.source == SourceRef::Previous && said.boundary.is_some()
    })
}

/// "a statement saying C".
pub(crate) fn statement_participle(site: &CueSite) -> Answer {
    said_rule(site, |_, said| said.statement)
}

/// "S told X (that) C".
pub(crate) fn told_that(site: &CueSite) -> Answer {
    said_rule(site, |_, said| said.frame == Frame::Tell)
}

/// "S pointed to C", "called for C", "called on X to C": a preposition is part of the cue.
pub(crate) fn cue_preposition(site: &CueSite) -> Answer {
    said_rule(site, |site, said| match said.frame {
        Frame::Prep(_) => true,
        Frame::Call | Frame::Clause | Frame::MarkedClause => site.cue.last > site.cue.head,
        _ => false,
    })
}

/// "S said: “Q”".
pub(crate) fn said_quote(site: &CueSite) -> Answer {
    said_rule(site, opens_quotation)
}

/// "S explained how C": an indirect question after a verb that otherwise needs "that".
pub(crate) fn indirect_question(site: &CueSite) -> Answer {
    said_rule(site, |site, said| {
        said.frame == Frame::MarkedClause
            && matches!(said.start, ContentRef::From { start, .. }
                if wh_clause::opens_indirect_question(site.s, site.cue.head, start))
    })
}

/// "Roe Says Deal Is Dead": a headline.
pub(crate) fn headline(site: &CueSite) -> Answer {
    said_rule(site, |site, _| site.s.headline)
}

/// "S said (that) C": any other verb cue with a subject and content.
pub(crate) fn said_that(site: &CueSite) -> Answer {
    match said_rule(site, |_, _| true) {
        Answer::Draft(parts) => Answer::Draft(in_adverbial_clause(site, parts)),
        other => other,
    }
}

/// A subordinator that opens an adverbial clause of contrast, condition or cause.
fn is_subordinator(s: &Sentence, k: usize) -> bool {
    matches!(
        s.lower(k),
        "while" | "although" | "though" | "whereas" | "if" | "because" | "since" | "unless"
    )
}

/// "While Roe said C, the council ...": when the reporting clause is an adverbial clause
/// opening the sentence, its content ends at the comma before the main clause.
fn in_adverbial_clause(site: &CueSite, mut parts: Parts) -> Parts {
    let s = site.s;
    let lo = s.range.start;
    let SourceRef::Phrase { np, .. } = &parts.source else {
        return parts;
    };
    // "While only a few voters said": two words may stand between the subordinator and the
    // phrase.
    let Some(sub) = (np.start.saturating_sub(3).max(lo)..np.start)
        .find(|&k| s.tokens[k].is_word() && s.tokens[k].quote.is_none() && is_subordinator(s, k))
    else {
        return parts;
    };
    let opens = sub == lo
        || s.is_punct(sub - 1, ',')
        || sub == lo + 1 && matches!(s.lower(lo), "but" | "and" | "yet" | "so");
    if opens && let ContentRef::From { comma_ends, .. } = &mut parts.content {
        *comma_ends = true;
    }
    parts
}
