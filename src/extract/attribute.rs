//! The dispatcher: applies the rule catalogue (`rules::CATALOGUE`) to one sentence.
//!
//! For every cue, the catalogue's cue matchers are asked in catalogue order (the order is the
//! priority, from the most to the least constrained pattern); the first that answers drafts the
//! cue, and a matcher may also stop the search. Refinements then adjust the draft, fallbacks
//! look at a sentence no cue drafted anything in, and the sentence's drafts are settled together
//! (`settle`): the content of one attribution ends where the next coordinated one begins, and a
//! cue inside someone's content is nested speech and dropped. All look-around is bounded, so a
//! sentence costs time linear in its length. The helpers the rules share (finding a subject,
//! where content starts, clause boundaries) are this module's submodules.

use super::cues::{Cue, find_cues};
use super::rules::quotations;
use super::rules::said::{self, Said};
use super::rules::{CATALOGUE, Matcher, Rule};
use crate::model::{ClaimKind, Framing, Span, Stance};
use std::cell::OnceCell;
use std::ops::Range;
use std::sync::OnceLock;

mod article_noun;
pub(crate) mod boundary;
mod call_complement;
mod content;
mod coordinated_subject;
pub(crate) mod embedded;
mod opening_adjunct;
pub(crate) mod parenthetical;
mod postmodified;
mod preverbal;
pub(crate) mod relative;
mod settle;
mod short_object;
mod subject;
mod time_phrase;
mod told_clause;
mod told_place;
pub(crate) mod wh_clause;

pub(crate) use super::sentence::Sentence;
pub(crate) use content::*;
use relative::relative_subject;
pub(crate) use subject::*;

/// Where the source of a draft is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SourceRef {
    /// A noun phrase, with an apposition that may carry the name ("its spokesman, Jane Roe,").
    Phrase {
        np: Range<usize>,
        appos: Option<Range<usize>>,
    },
    /// A role noun speaking for the subject of the main clause: "X rejected the offer, with a
    /// spokesman saying ..." (`np` is "a spokesman", `org` is "X").
    OnBehalf { np: Range<usize>, org: Range<usize> },
    /// A relative pronoun ("who", "which", "that") standing for the phrase `np` it follows:
    /// the pronoun is the source mention as written, the phrase says who it is.
    Relative { pronoun: usize, np: Range<usize> },
    /// The same source as the previous attribution of the sentence ("..., saying ...").
    Previous,
    /// No source at all ("reportedly", "it is believed").
    Nobody,
}

/// Where the content of a draft is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ContentRef {
    /// Tokens from here to a cut found when the sentence is settled.
    From { start: usize, comma_ends: bool },
    /// A fixed token range (the clause before an inverted cue).
    Tokens(Range<usize>),
    /// The inside of a quotation.
    Quote(usize),
}

#[derive(Debug, Clone)]
pub(crate) struct Draft {
    pub rule: &'static Rule,
    pub cue: Range<usize>,
    pub source: SourceRef,
    pub content: ContentRef,
    /// Token where this draft's own clause begins, which ends an earlier draft's content.
    pub boundary: Option<usize>,
    pub stance: Stance,
    pub framing: Framing,
}

/// A settled attribution of the sentence, with spans still to be resolved to speakers.
#[derive(Debug, Clone)]
pub struct Found {
    pub rule: &'static str,
    pub content: Span,
    pub kind: ClaimKind,
    pub source: SourceRef,
    pub cue: Span,
    pub stance: Stance,
    pub framing: Framing,
}

impl ContentRef {
    /// Tokens from `start` to the cut settling finds (or the next comma, with `comma_ends`).
    pub(crate) fn starting(start: usize, comma_ends: bool) -> ContentRef {
        ContentRef::From { start, comma_ends }
    }
}

/// What a rule's pattern finds for a cue: its source, its content and the token where its own
/// clause begins (which ends an earlier draft's content).
#[derive(Debug, Clone)]
pub(crate) struct Parts {
    pub source: SourceRef,
    pub content: ContentRef,
    pub boundary: Option<usize>,
}

impl Parts {
    pub(crate) fn new(source: SourceRef, content: ContentRef, boundary: Option<usize>) -> Self {
        Parts {
            source,
            content,
            boundary,
        }
    }
}

/// A cue matcher's answer.
pub(crate) enum Answer {
    /// The pattern matches: the cue is drafted with these parts and the matcher's rule.
    Draft(Parts),
    /// Not this pattern: ask the next rule.
    Next,
    /// This cue's shape belongs to the rule, but it does not complete: no rule drafts it.
    Stop,
}

impl From<Option<Parts>> for Answer {
    /// A matcher that has recognised its shape stops the search when its parts are missing.
    fn from(parts: Option<Parts>) -> Answer {
        parts.map_or(Answer::Stop, Answer::Draft)
    }
}

/// A cue in its sentence, as the cue matchers see it, with what several of them ask worked out
/// once.
pub(crate) struct CueSite<'c, 's> {
    pub s: &'c Sentence<'s>,
    pub cue: &'c Cue,
    /// The drafts of earlier cues of the sentence.
    pub earlier: &'c [Draft],
    /// The subject before the cue and the boundary of its clause (`subject_of_cue`).
    subject: OnceCell<Option<(SourceRef, Option<usize>)>>,
    /// The cue read as "S <cue> C" (`rules::said::read`).
    said: OnceCell<Option<Said>>,
    /// The phrase right before the cue (`rules::quotations`).
    phrase_before: OnceCell<Option<Range<usize>>>,
}

impl<'c, 's> CueSite<'c, 's> {
    fn new(s: &'c Sentence<'s>, cue: &'c Cue, earlier: &'c [Draft]) -> Self {
        CueSite {
            s,
            cue,
            earlier,
            subject: OnceCell::new(),
            said: OnceCell::new(),
            phrase_before: OnceCell::new(),
        }
    }

    /// The token just before the cue, inside the sentence.
    pub(crate) fn before(&self) -> Option<usize> {
        self.cue
            .first
            .checked_sub(1)
            .filter(|&b| b >= self.s.range.start)
    }

    /// The subject of an ordinary "S said ..." cue and the boundary of its clause.
    pub(crate) fn subject(&self) -> Option<&(SourceRef, Option<usize>)> {
        self.subject
            .get_or_init(|| subject_of_cue(self.s, self.cue, self.earlier))
            .as_ref()
    }

    /// The phrase before the cue ("Q," S said; C, S said), past an affiliation and a relative
    /// clause, when something stands before it.
    pub(crate) fn phrase_before(&self) -> Option<Range<usize>> {
        self.phrase_before
            .get_or_init(|| {
                self.before()
                    .and_then(|b| quotations::phrase_before_cue(self.s, b))
            })
            .clone()
    }

    /// The cue read as "S <cue> C": subject, frame and content start.
    pub(crate) fn said(&self) -> Option<&Said> {
        self.said.get_or_init(|| said::read(self)).as_ref()
    }
}

/// Drafts of the sentence, settled into attributions.
pub fn attributions(s: &Sentence) -> Vec<Found> {
    let dispatch = Dispatch::get();
    let cues = find_cues(s.toks, s.range.clone());
    let mut drafts: Vec<Draft> = Vec::new();
    for cue in &cues {
        if let Some(mut d) = draft_for(dispatch, s, cue, &drafts) {
            let added = refine(dispatch, s, &mut d, &cues);
            drafts.push(d);
            drafts.extend(added);
        }
    }
    for &(rule, m) in &dispatch.sentence {
        match m {
            Matcher::Fallback(f) if drafts.is_empty() => drafts.extend(f(s, rule)),
            Matcher::Sentence(f) => {
                if let Some(d) = f(s, &cues, &drafts, rule) {
                    drafts.insert(0, d);
                }
            }
            _ => {}
        }
    }
    settle::settle(s, drafts)
}

/// The catalogue's matchers sorted by the step of the dispatch that asks them, each list in
/// catalogue order, so a step does not walk past the others' entries.
struct Dispatch {
    cue: Vec<(&'static Rule, CueMatcher)>,
    refine: Vec<(&'static Rule, &'static Matcher)>,
    /// Fallbacks and sentence matchers.
    sentence: Vec<(&'static Rule, &'static Matcher)>,
}

type CueMatcher = fn(&CueSite) -> Answer;

impl Dispatch {
    fn get() -> &'static Dispatch {
        static DISPATCH: OnceLock<Dispatch> = OnceLock::new();
        DISPATCH.get_or_init(|| {
            let mut d = Dispatch {
                cue: Vec::new(),
                refine: Vec::new(),
                sentence: Vec::new(),
            };
            let all = CATALOGUE
                .iter()
                .flat_map(|rule| rule.matchers.iter().map(move |m| (rule, m)));
            for (rule, m) in all {
                match m {
                    Matcher::Cue(f) => d.cue.push((rule, *f)),
                    Matcher::Refine { .. } => d.refine.push((rule, m)),
                    Matcher::Fallback(_) | Matcher::Sentence(_) => d.sentence.push((rule, m)),
                    Matcher::Document => {}
                }
            }
            d
        })
    }
}

/// The draft of the first cue matcher that answers for `cue`.
fn draft_for(dispatch: &Dispatch, s: &Sentence, cue: &Cue, earlier: &[Draft]) -> Option<Draft> {
    let site = CueSite::new(s, cue, earlier);
    for &(rule, matches) in &dispatch.cue {
        match matches(&site) {
            Answer::Draft(parts) => {
                return Some(Draft {
                    rule,
                    cue: cue.first..cue.last + 1,
                    source: parts.source,
                    content: parts.content,
                    boundary: parts.boundary,
                    stance: cue.stance,
                    framing: cue.framing,
                });
            }
            Answer::Next => {}
            Answer::Stop => return None,
        }
    }
    None
}

/// Applies the refinements of the catalogue to a new draft; returns the drafts they add.
fn refine(dispatch: &Dispatch, s: &Sentence, d: &mut Draft, cues: &[Cue]) -> Vec<Draft> {
    let mut added = Vec::new();
    for &(rule, m) in &dispatch.refine {
        if let Matcher::Refine { refine, of } = m
            && of.contains(&d.rule.id)
        {
            added.extend(refine(s, d, cues, rule));
        }
    }
    added
}

#[cfg(test)]
mod tests;
