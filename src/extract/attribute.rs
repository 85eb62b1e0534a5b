//! Applies the rule catalogue to one sentence: for every cue, decides which pattern it is used
//! in, where its source phrase is and where its content starts and ends.
//!
//! Rules are tried from the most to the least constrained pattern (a quotation next to the cue,
//! an inverted "..., X said", then ordinary "X said (that) ..."), and one sentence's drafts are
//! settled together: the content of one attribution ends where the next coordinated one begins
//! ("said A, adding B"; "claimed A and Y denied B"), and a cue inside someone's content is
//! nested speech and dropped. All look-around is bounded, and content ends are found with
//! precomputed next-cut tables, so a sentence costs time linear in its length.

use super::cues::{Cue, CueKind, find_cues};
use super::lexicon::{
    self as lx, ADJUNCT_NOUNS, AFFILIATION_PREPOSITIONS, Frame, OBJECT_PRONOUNS, PREPOSITIONS,
    SUBORDINATORS, TIME_WORDS, WEEKDAYS, is_in,
};
use super::phrase::{np_backward, np_forward};
use super::quotes::Quote;
use super::rules;
use super::tokens::{Kind, Token};
use crate::model::{ClaimKind, Framing, Span, Stance};
use std::ops::Range;

mod boundary;
mod call_complement;
mod colon;
mod coordinated_subject;
mod embedded;
mod interrupted;
mod opening_adjunct;
mod parenthetical;
pub(super) mod quote_tail;

pub(super) use quote_tail::dash_signature;
mod relative;
mod time_phrase;
mod told_clause;
mod told_place;
mod wh_clause;

use relative::relative_subject;

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
enum ContentRef {
    /// Tokens from here to a cut found when the sentence is settled.
    From { start: usize, comma_ends: bool },
    /// A fixed token range (the clause before an inverted cue).
    Tokens(Range<usize>),
    /// The inside of a quotation.
    Quote(usize),
}

#[derive(Debug, Clone)]
struct Draft {
    rule: &'static str,
    cue: Range<usize>,
    source: SourceRef,
    content: ContentRef,
    /// Token where this draft's own clause begins, which ends an earlier draft's content.
    boundary: Option<usize>,
    stance: Stance,
    framing: Framing,
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

/// One sentence in context.
pub struct Sentence<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub quotes: &'a [Quote],
    pub range: Range<usize>,
    pub headline: bool,
}

impl<'a> Sentence<'a> {
    fn lower(&self, i: usize) -> &str {
        if i < self.range.end {
            self.tokens[i].lower.as_str()
        } else {
            ""
        }
    }

    /// True when token `i` is a word of the sentence in `list`.
    fn is(&self, i: usize, list: &lx::WordList) -> bool {
        i < self.range.end && self.tokens[i].is(list)
    }

    fn is_punct(&self, i: usize, c: char) -> bool {
        i < self.range.end && self.tokens[i].is_punct(c)
    }

    fn kind(&self, i: usize) -> Option<Kind> {
        (i < self.range.end).then(|| self.tokens[i].kind)
    }

    /// Skips "on Wednesday", "in a statement", "last week", "earlier" after a cue.
    fn skip_adjuncts(&self, mut k: usize) -> usize {
        for _ in 0..3 {
            let w = self.lower(k);
            let next = self.lower(k + 1);
            let next_is_date = self.kind(k + 1) == Some(Kind::Word)
                && self.tokens[k + 1].is_capitalised(self.text)
                && (self.is(k + 1, TIME_WORDS)
                    || self
                        .lower(k + 2)
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_ascii_digit()));
            if matches!(w, "on" | "late" | "early") && (self.is(k + 1, TIME_WORDS) || next_is_date)
            {
                k += if next_is_date && !self.is(k + 1, TIME_WORDS) {
                    3
                } else {
                    2
                };
            } else if w.is_empty()
                && self.is_punct(k, ',')
                && matches!(
                    next,
                    "however" | "though" | "too" | "also" | "again" | "nevertheless"
                )
                && self.is_punct(k + 2, ',')
            {
                k += 3;
            } else if self.is(k, WEEKDAYS) {
                k += 1;
            } else if matches!(w, "last" | "this" | "next" | "earlier" | "later")
                && self.is(k + 1, TIME_WORDS)
            {
                k += 2;
            } else if matches!(w, "in" | "at" | "during")
                && matches!(next, "a" | "an" | "the" | "his" | "her" | "its" | "their")
                && let Some(noun) = (k + 2..k + 5)
                    .take_while(|&j| self.kind(j) == Some(Kind::Word) || self.is_punct(j, '-'))
                    .find(|&j| self.is(j, ADJUNCT_NOUNS))
            {
                // "in a statement", "in a 40-page report", "in a note to clients"
                k = noun + 1;
                if self.is(k, ADJUNCT_NOUNS) {
                    k += 1;
                }
                if self.lower(k) == "to"
                    && let Some(np) = np_forward(self.text, self.tokens, k + 1, self.range.end)
                {
                    k = np.end;
                }
            } else if matches!(
                w,
                "earlier"
                    | "later"
                    | "yesterday"
                    | "today"
                    | "also"
                    | "recently"
                    | "again"
                    | "repeatedly"
                    | "publicly"
                    | "privately"
                    | "previously"
            ) {
                k += 1;
            } else {
                break;
            }
        }
        k
    }

    /// Index of the closest comma before `i` (exclusive), looking back at most `window` tokens
    /// and never across a quotation mark.
    fn previous_comma(&self, i: usize, window: usize) -> Option<usize> {
        let lo = self.range.start.max(i.saturating_sub(window));
        (lo..i)
            .rev()
            .take_while(|&k| !matches!(self.tokens[k].kind, Kind::OpenQuote | Kind::CloseQuote))
            .find(|&k| self.tokens[k].is_punct(','))
    }
}

/// Drafts of the sentence, settled into attributions.
pub fn attributions(s: &Sentence) -> Vec<Found> {
    let cues = find_cues(s.text, s.tokens, s.range.clone());
    let mut drafts: Vec<Draft> = Vec::new();
    for cue in &cues {
        if let Some(mut d) = draft_for(s, cue, &drafts) {
            embedded::mark_infinitive(s, &mut d);
            interrupted::interrupted_clause(s, &mut d, &cues);
            let second = interrupted::second_half(s, &d, &cues);
            drafts.push(d);
            drafts.extend(second);
        }
    }
    if drafts.is_empty() {
        drafts.extend(embedded::passives_with_agent(s));
    }
    if drafts.is_empty() {
        drafts.extend(colon::headline_colon(s));
    }
    if drafts.is_empty() {
        drafts.extend(quote_tail::quote_tail(s));
    }
    if drafts.is_empty() {
        drafts.extend(quote_tail::quote_dash(s));
    }
    if let Some(d) = colon::colon_quote(s, &cues, &drafts) {
        drafts.insert(0, d);
    }
    settle(s, drafts)
}

fn draft_for(s: &Sentence, cue: &Cue, earlier: &[Draft]) -> Option<Draft> {
    let cue_range = cue.first..cue.last + 1;
    let base = |rule, source, content, boundary| Draft {
        rule,
        cue: cue_range.clone(),
        source,
        content,
        boundary,
        stance: cue.stance,
        framing: cue.framing,
    };
    match cue.kind {
        CueKind::AccordingTo => {
            let after = cue.last + 1;
            let mut np = np_forward(s.text, s.tokens, after, s.range.end)?;
            // "according to data released by X", "according to figures from X": X is the source.
            let mut by = np.end;
            if matches!(
                s.lower(by),
                "released" | "published" | "compiled" | "issued" | "collected" | "gathered"
            ) {
                by += 1;
            }
            if matches!(s.lower(by), "by" | "from")
                && s.tokens[np.end - 1].stem_is(lx::DOCUMENT_NOUNS)
                && let Some(owner) = np_forward(s.text, s.tokens, by + 1, s.range.end)
            {
                np = np.start..owner.end;
            }
            let at_start = cue.first == s.range.start
                || cue.first == s.range.start + 1
                    && (matches!(s.lower(s.range.start), "but" | "and" | "yet")
                        || s.is_punct(s.range.start, '('));
            if at_start {
                let mut k = np.end;
                // "According to a report by the ministry, ..." and apposition: go to the comma.
                while k < s.range.end && k < np.end + 12 && !s.is_punct(k, ',') {
                    k += 1;
                }
                if !s.is_punct(k, ',') {
                    return None;
                }
                Some(base(
                    rules::ACCORDING_TO_FIRST,
                    SourceRef::Phrase { np, appos: None },
                    ContentRef::From {
                        start: k + 1,
                        comma_ends: false,
                    },
                    None,
                ))
            } else {
                let comma = cue.first.checked_sub(1).filter(|&c| s.is_punct(c, ','))?;
                let start = clause_start(s, comma);
                Some(base(
                    rules::ACCORDING_TO_LAST,
                    SourceRef::Phrase { np, appos: None },
                    ContentRef::Tokens(start..comma),
                    Some(comma),
                ))
            }
        }
        CueKind::SourcelessAdverb => Some(base(
            rules::SOURCELESS,
            SourceRef::Nobody,
            ContentRef::Tokens(clause_start(s, cue.first)..s.range.end),
            None,
        )),
        CueKind::SourcelessPassive => {
            let mut k = cue.last + 1;
            // "it was reported by local media that C": the agent is the source after all.
            if let Some((source, that)) = embedded::impersonal_agent(s, k) {
                return Some(base(
                    rules::PASSIVE_BY_AGENT,
                    source,
                    ContentRef::From {
                        start: that + 1,
                        comma_ends: false,
                    },
                    None,
                ));
            }
            if s.lower(k) == "that" {
                k += 1;
            } else if s.lower(k) == "to" {
                return None;
            }
            (k < s.range.end).then(|| {
                base(
                    rules::SOURCELESS,
                    SourceRef::Nobody,
                    ContentRef::From {
                        start: k,
                        comma_ends: false,
                    },
                    None,
                )
            })
        }
        CueKind::ExpectedTo => Some(base(
            rules::EXPECTED_TO,
            SourceRef::Nobody,
            ContentRef::From {
                start: cue.last + 1,
                comma_ends: false,
            },
            None,
        )),
        CueKind::InSource { comma } => {
            let mut np = cue.last + 1..comma;
            // "In his view": the holder of the view is the source.
            if matches!(
                s.lower(comma - 1),
                "view" | "words" | "opinion" | "estimation"
            ) {
                np = possessor(s, np.start..comma - 1);
            }
            (comma + 1 < s.range.end).then(|| {
                base(
                    rules::IN_SOURCE,
                    SourceRef::Phrase { np, appos: None },
                    ContentRef::From {
                        start: comma + 1,
                        comma_ends: false,
                    },
                    None,
                )
            })
        }
        CueKind::Nominal { content } => nominal_draft(s, cue, content)
            .map(|(rule, source, content, boundary)| base(rule, source, content, boundary)),
        CueKind::AskedPassive => asked_passive_draft(s, cue)
            .map(|(rule, source, content, boundary)| base(rule, source, content, boundary)),
        CueKind::Verb {
            frame,
            inverts,
            participle,
        } => verb_draft(s, cue, frame, inverts, participle, earlier)
            .map(|(rule, source, content, boundary)| base(rule, source, content, boundary)),
    }
}

type Parts = (&'static str, SourceRef, ContentRef, Option<usize>);

fn verb_draft(
    s: &Sentence,
    cue: &Cue,
    frame: Frame,
    inverts: bool,
    participle: bool,
    earlier: &[Draft],
) -> Option<Parts> {
    let lo = s.range.start;
    let before = cue.first.checked_sub(1).filter(|&b| b >= lo);
    let statement =
        cue.first != cue.head && s.lower(cue.head).ends_with("ing") && s.is_statement(cue);
    if participle && !statement {
        let b = before?;
        let (b, comma) = if s.lower(b) == "and" && b > lo && s.is_punct(b - 1, ',') {
            (b, b - 1)
        } else {
            (b, b)
        };
        if s.is_punct(comma, ',') {
            let source = if earlier.iter().any(|d| d.source != SourceRef::Nobody) {
                SourceRef::Previous
            } else {
                let np = clause_subject(s, comma)?;
                let appos = apposition_after(s, &np);
                SourceRef::Phrase { np, appos }
            };
            let start = content_start(s, cue, frame)?;
            return Some((rules::PARTICIPLE, source, start, Some(comma.min(b))));
        }
        // "X was quoted as saying ..."
        if s.lower(b) == "as"
            && b >= lo + 3
            && s.lower(b - 1) == "quoted"
            && s.is(b - 2, lx::BE_FORMS)
        {
            let np = np_backward(s.text, s.tokens, lo, b - 3)?;
            let start = content_start(s, cue, frame)?;
            return Some((
                rules::QUOTED_AS_SAYING,
                SourceRef::Phrase { np, appos: None },
                start,
                None,
            ));
        }
        // "with a spokesman urging ..."
        let window = b.saturating_sub(8).max(lo);
        let with = (window..=b).rev().find(|&k| s.lower(k) == "with")?;
        let np = np_forward(s.text, s.tokens, with + 1, cue.first)?;
        if np.end != cue.first {
            return None;
        }
        let start = content_start(s, cue, frame)?;
        let boundary = if with > lo && s.is_punct(with - 1, ',') {
            with - 1
        } else {
            with
        };
        // "X ..., with a spokesman urging ...": the spokesman speaks for X.
        let speaks_for = s.tokens[np.end - 1].stem_is(lx::SPEAKS_FOR_HEADS)
            && matches!(s.lower(np.start), "a" | "an" | "its" | "their" | "one");
        return Some(match clause_subject(s, boundary) {
            Some(org) if speaks_for && boundary > lo => (
                rules::WITH_ROLE_FOR_SUBJECT,
                SourceRef::OnBehalf { np, org },
                start,
                Some(boundary),
            ),
            _ => (
                rules::WITH_PARTICIPLE,
                SourceRef::Phrase { np, appos: None },
                start,
                Some(boundary),
            ),
        });
    }

    if let Some(b) = before {
        // "Q," said S / "Q", said S
        let quote_before = if s.kind(b) == Some(Kind::CloseQuote) {
            Some(b)
        } else if s.is_punct(b, ',') && b > lo && s.kind(b - 1) == Some(Kind::CloseQuote) {
            Some(b - 1)
        } else {
            None
        };
        if let Some(close) = quote_before
            && (inverts || frame == Frame::Tell)
            && let Some((np, appos)) = source_after(s, cue.last + 1)
        {
            let q = s.tokens[close].quote?;
            return Some((
                rules::QUOTE_SAID_SOURCE,
                SourceRef::Phrase { np, appos },
                ContentRef::Quote(q),
                None,
            ));
        }
        // "Q," X's ambassador, Jane Roe, said: the subject carries a name in apposition.
        if s.is_punct(b, ',')
            && let Some(pc) = s.previous_comma(b, 12)
            && pc > lo
            && titled_name(s, pc + 1..b)
            && let Some(np) = np_backward(s.text, s.tokens, lo, pc - 1)
            && np.start > lo
        {
            let p = np.start - 1;
            let close = close_quote_at(s, p);
            if let Some(close) = close {
                let q = s.tokens[close].quote?;
                return Some((
                    rules::QUOTE_SOURCE_SAID,
                    SourceRef::Phrase {
                        np,
                        appos: Some(pc + 1..b),
                    },
                    ContentRef::Quote(q),
                    None,
                ));
            }
        }
        // "Q," Jane Roe, the director of X, said
        if let Some((np, q)) = parenthetical::quote_then_described_name(s, b) {
            return Some((
                rules::QUOTE_SOURCE_SAID,
                SourceRef::Phrase { np, appos: None },
                ContentRef::Quote(q),
                None,
            ));
        }
        // "Q," S said
        if let Some(np) = parenthetical::np_before(s, b)
            .map(|np| with_affiliation_before(s, np))
            .map(|np| relative::subject_past_relative_clause(s, np))
            && np.start > lo
        {
            let p = np.start - 1;
            let close = close_quote_at(s, p);
            if let Some(close) = close {
                let q = s.tokens[close].quote?;
                let after = boundary::past_title(s, s.skip_adjuncts(cue.last + 1));
                let continues = matches!(s.lower(after), "that")
                    || s.kind(after) == Some(Kind::OpenQuote)
                    || s.is_punct(after, ':');
                if !continues {
                    return Some((
                        rules::QUOTE_SOURCE_SAID,
                        SourceRef::Phrase { np, appos: None },
                        ContentRef::Quote(q),
                        None,
                    ));
                }
            }
            // C, S said.
            if s.is_punct(p, ',') && ends_after_cue(s, cue, frame) {
                let start = clause_start(s, p);
                if start < p && !opens_with_question(s, start) {
                    return Some((
                        rules::CLAUSE_SOURCE_SAID,
                        SourceRef::Phrase { np, appos: None },
                        ContentRef::Tokens(start..p),
                        Some(p),
                    ));
                }
            }
        }
        // C, said S. Not "X, speaking in Y, said C": that comma closes a parenthetical.
        let closes_parenthetical = s.previous_comma(b, 30).is_some_and(|pc| {
            let w = s.lower(pc + 1);
            matches!(w, "who" | "whose" | "which") || w.ends_with("ing")
        });
        if s.is_punct(b, ',')
            && inverts
            && !closes_parenthetical
            && let Some((np, appos)) = source_after(s, cue.last + 1)
        {
            let start = clause_start(s, b);
            if start < b {
                return Some((
                    rules::CLAUSE_SAID_SOURCE,
                    SourceRef::Phrase { np, appos },
                    ContentRef::Tokens(start..b),
                    Some(b),
                ));
            }
        }
    }

    // S said (that) C and its relatives.
    let (source, boundary) = subject_before(s, cue, earlier)
        .or_else(|| parenthetical::subject_across_parenthetical(s, cue.first, earlier))?;
    let source =
        parenthetical::prefer_sentence_subject(s, cue.first, &source, earlier).unwrap_or(source);
    // "in what S described as C", "in what S said was C": the content follows the copula.
    let after_what = matches!(&source, SourceRef::Phrase { np, .. } if np.start > lo && s.lower(np.start - 1) == "what");
    if after_what {
        let mut k = cue.last + 1;
        if matches!(s.lower(k), "as" | "was" | "is" | "were" | "are" | "be") {
            k += 1;
        }
        if k < s.range.end {
            return Some((
                rules::IN_WHAT,
                source,
                ContentRef::From {
                    start: k,
                    comma_ends: true,
                },
                None,
            ));
        }
    }
    // "a finding Roe described as C": the object stands before the source, the content after "as".
    if frame == Frame::ObjectThen("as") && s.lower(s.skip_adjuncts(cue.last + 1)) == "as" {
        let k = s.skip_adjuncts(cue.last + 1) + 1;
        // ", a finding Roe described as": the comma before the object opens this clause.
        // ", which S described as" is a relative clause inside other content: no boundary.
        let boundary = match &source {
            SourceRef::Phrase { np, .. }
                if np.start > lo && !matches!(s.lower(np.start - 1), "which" | "that" | "who") =>
            {
                (np.start.saturating_sub(4).max(lo)..np.start)
                    .rev()
                    .find(|&c| s.is_punct(c, ','))
            }
            _ => None,
        };
        if k < s.range.end {
            return Some((
                rules::OBJECT_SOURCE_DESCRIBED_AS,
                source,
                ContentRef::From {
                    start: k,
                    comma_ends: true,
                },
                boundary,
            ));
        }
    }
    // "The study found no link": a document finds or shows a plain noun phrase.
    let document_subject = matches!(&source, SourceRef::Phrase { np, .. }
        if super::evidence::is_document_phrase(s.tokens, np));
    let frame = if frame == Frame::MarkedClause && document_subject {
        Frame::Object
    } else {
        frame
    };
    let start = content_start(s, cue, if statement { Frame::Clause } else { frame })?;
    let rule = match frame {
        _ if statement => rules::STATEMENT,
        Frame::Object if document_subject => rules::DOCUMENT_FINDS,
        Frame::ObjectThen("of") => rules::ACCUSE_OF,
        Frame::ObjectThen("to") => rules::LINK_TO,
        Frame::ObjectThen("as") => rules::DESCRIBE_AS,
        Frame::ObjectThen(_) => rules::BLAME_FOR,
        Frame::Tell => rules::TOLD_THAT,
        Frame::Infinitive => rules::VOW_TO,
        Frame::Prep(_) => rules::CUE_PREPOSITION,
        Frame::Object => rules::OBJECT,
        Frame::Position => rules::POSITION_OBJECT,
        Frame::Intent => rules::INTENT,
        Frame::Question => rules::ASKED,
        Frame::Call if cue.last > cue.head => rules::CUE_PREPOSITION,
        Frame::Call => rules::CALLED,
        _ if statement => rules::STATEMENT,
        _ if cue.last > cue.head => rules::CUE_PREPOSITION,
        _ if matches!(start, ContentRef::From { start, .. } if s.kind(start) == Some(Kind::OpenQuote)) => {
            rules::SAID_QUOTE
        }
        _ if boundary.is_some() && source == SourceRef::Previous => rules::COORDINATED,
        Frame::MarkedClause
            if matches!(start, ContentRef::From { start, .. }
                if wh_clause::opens_indirect_question(s, cue.head, start)) =>
        {
            rules::INDIRECT_QUESTION
        }
        _ if s.headline => rules::HEADLINE,
        _ => rules::SAID_THAT,
    };
    let rule = if source == SourceRef::Previous && rule != rules::COORDINATED && boundary.is_some()
    {
        rules::COORDINATED
    } else {
        rule
    };
    Some((rule, source, start, boundary))
}

impl Sentence<'_> {
    fn is_statement(&self, cue: &Cue) -> bool {
        cue.head >= 2 && self.is(cue.head - 1, lx::STATEMENT_NOUNS)
    }
}

/// The closing quotation mark at `p`, or just before a comma at `p`: `"Q," S said`.
fn close_quote_at(s: &Sentence, p: usize) -> Option<usize> {
    if s.kind(p) == Some(Kind::CloseQuote) {
        Some(p)
    } else if s.is_punct(p, ',') && p > s.range.start && s.kind(p - 1) == Some(Kind::CloseQuote) {
        Some(p - 1)
    } else {
        None
    }
}

/// True when nothing but adjuncts follows the cue (and its addressee): "..., officials said."
fn ends_after_cue(s: &Sentence, cue: &Cue, frame: Frame) -> bool {
    let mut k = cue.last + 1;
    if frame == Frame::Tell
        && let Some(obj) = boundary::addressee(s, k)
    {
        k = obj.end;
    }
    for _ in 0..4 {
        k = s.skip_adjuncts(k);
        if k >= s.range.end {
            return true;
        }
        let t = &s.tokens[k];
        match t.kind {
            Kind::Punct('.' | '!' | '?' | ';' | ')') => return true,
            Kind::Punct(',') => return true,
            Kind::Word
                if matches!(
                    t.lower.as_str(),
                    "in" | "on" | "at" | "during" | "after" | "before" | "from" | "outside"
                ) =>
            {
                // a prepositional adjunct: skip its noun phrase
                match np_forward(s.text, s.tokens, k + 1, s.range.end) {
                    Some(np) => k = np.end,
                    None => return false,
                }
            }
            Kind::Word if t.lower == "one" && s.lower(k + 1) == "after" => return true,
            // "..., he said as he left": an adverbial clause of the reporting event.
            Kind::Word if boundary::adverbial_clause_at(s, k) => return true,
            _ => return false,
        }
    }
    false
}

/// The source phrase after an inverted cue ("said Jane Roe, a fellow at ..."), when what
/// follows it shows that it is the subject and not the start of a clause.
fn source_after(s: &Sentence, k: usize) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let mut np = np_forward(s.text, s.tokens, k, s.range.end)?;
    if s.is(np.end, AFFILIATION_PREPOSITIONS)
        && is_speaker_head(&s.tokens[np.end - 1])
        && let Some(inner) = np_forward(s.text, s.tokens, np.end + 1, s.range.end)
    {
        np = np.start..inner.end;
    }
    let next = np.end;
    let ok = next >= s.range.end
        || matches!(
            s.tokens[next].kind,
            Kind::Punct('.' | ',' | ';' | '!' | '?' | ')' | '(')
        )
        || matches!(
            s.lower(next),
            "in" | "on"
                | "at"
                | "during"
                | "after"
                | "before"
                | "from"
                | "outside"
                | "who"
                | "speaking"
                | "adding"
                | "according"
                | "told"
                | "when"
                | "while"
                | "as"
                | "last"
                | "earlier"
                | "late"
        );
    if !ok {
        return None;
    }
    // Apposition after a comma: "said Roe, the analyst" or "said the spokesman, Jane Roe".
    let mut appos = None;
    if s.is_punct(next, ',')
        && let Some(a) = np_forward(s.text, s.tokens, next + 1, s.range.end)
    {
        appos = Some(a);
    }
    Some((np, appos))
}

/// Start of the clause whose end is at `end`: the sentence start, or after an "In the end,"
/// style opener when it is followed by more than the opener.
fn clause_start(s: &Sentence, end: usize) -> usize {
    let start = s.range.start;
    // skip a leading quotation-less "But", "And"
    let _ = end;
    start
}

/// The subject of the clause a participle hangs on: the nearest clause opening before the comma,
/// then its first noun phrase.
fn clause_subject(s: &Sentence, comma: usize) -> Option<Range<usize>> {
    let opening = super::segment::after_dateline(s.text, s.tokens, s.range.start, comma)
        .unwrap_or(s.range.start);
    let lo = opening.max(comma.saturating_sub(40));
    let mut start = opening.max(lo);
    for k in (lo..comma).rev() {
        let t = &s.tokens[k];
        if t.quote.is_some() {
            continue;
        }
        if t.is(SUBORDINATORS) {
            // "declined to confirm that account but said": "that" before a bare noun phrase
            // running up to the end is a determiner, not a clause opener.
            let determiner = t.lower == "that"
                && np_forward(s.text, s.tokens, k + 1, comma).is_some_and(|np| np.end >= comma);
            // An adverbial clause ("as she spoke", "while celebrating") hosts nothing that
            // follows it: a participle or coordinated verb belongs to the main clause.
            let adverbial = !matches!(t.lower.as_str(), "that" | "which" | "who");
            if determiner || adverbial {
                continue;
            }
            start = k + 1;
            break;
        }
    }
    // "If he wins, Roe has said ...": a leading adverbial clause ends at its comma.
    if (s.is(start, lx::ADVERBIAL_OPENERS)
        || s.is(start, SUBORDINATORS)
        || super::segment::opens_with_adjunct(s.text, s.tokens, start, comma)
        || opening_adjunct::opens_with_adverb(s, start))
        && let Some(c) = (start..comma).find(|&k| s.tokens[k].is_punct(','))
    {
        start = opening_adjunct::subject_after(s, c, comma);
    }
    np_forward(s.text, s.tokens, start, comma)
}

fn is_parenthetical_opening(s: &Sentence, k: usize) -> bool {
    let w = s.lower(k);
    matches!(
        w,
        "who"
            | "whose"
            | "which"
            | "under"
            | "a"
            | "an"
            | "the"
            | "another"
            | "also"
            | "speaking"
            | "itself"
            | "himself"
            | "herself"
            | "in"
            | "like"
            | "along"
            | "however"
            | "too"
            | "both"
            | "for"
            | "as"
            | "then"
            | "now"
    ) || w.ends_with("ing")
        || s.kind(k) == Some(Kind::Word) && s.tokens[k].is_capitalised(s.text)
        || w.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// The subject of a cue, skipping parentheticals ("X, who ..., said"), and the boundary token
/// that starts its clause when it is coordinated with what precedes.
fn subject_before(
    s: &Sentence,
    cue: &Cue,
    earlier: &[Draft],
) -> Option<(SourceRef, Option<usize>)> {
    let lo = s.range.start;
    let b = cue.first.checked_sub(1).filter(|&b| b >= lo)?;
    let w = s.lower(b);
    if matches!(w, "and" | "but" | "or") || (w == "also" && s.lower(b.wrapping_sub(1)) == "but") {
        let boundary = if b > lo && s.is_punct(b - 1, ',') {
            b - 1
        } else {
            b
        };
        if earlier.iter().any(|d| d.source != SourceRef::Nobody) {
            return Some((SourceRef::Previous, Some(boundary)));
        }
        let np = clause_subject(s, b)?;
        let appos = apposition_after(s, &np);
        return Some((SourceRef::Phrase { np, appos }, Some(boundary)));
    }
    if matches!(w, "that" | "which" | "who") && b > lo {
        return relative_subject(s, b).map(|source| (source, None));
    }
    if w == "to" {
        return embedded::infinitive_subject(s, cue, b).map(|source| (source, None));
    }
    if s.is_punct(b, ',') {
        let mut end = b;
        let mut appos = None;
        // A cue inside the parenthetical ("X, who feared Y, said") ends where it closes.
        let parenthetical_cue = |from: usize| {
            earlier
                .iter()
                .any(|d| d.cue.start > from && d.cue.start < b)
        };
        for _ in 0..3 {
            let pc = s.previous_comma(end, 30)?;
            let titled = titled_name(s, pc + 1..end);
            if !(is_parenthetical_opening(s, pc + 1) || titled) || pc == lo {
                return None;
            }
            let segment = pc + 1..end;
            let np = with_affiliation_before(s, np_backward(s.text, s.tokens, lo, pc - 1)?);
            // "X, speaking in Wilmington, N.C., said": a place after a preposition inside the
            // parenthetical is not the subject; look one comma further back.
            let place_in_parenthetical = np.start > lo + 1
                && s.is(np.start - 1, lx::PREPOSITIONS)
                && s.tokens[np.start].is_capitalised(s.text)
                && s.previous_comma(pc, 30).is_some_and(|p| {
                    p > lo && (is_parenthetical_opening(s, p + 1) || titled_name(s, p + 1..pc))
                });
            if place_in_parenthetical {
                end = pc;
                appos = None;
                continue;
            }
            let segment_is_name = segment
                .clone()
                .all(|k| s.tokens[k].is_capitalised(s.text) || s.is(k, lx::NAME_PARTICLES));
            if (segment_is_name || titled) && appos.is_none() {
                appos = Some(segment.clone());
            }
            // "Its spokesman, Jane Roe, speaking to ..., said": one more layer.
            if np.start > lo + 1 && s.is_punct(np.start - 1, ',') {
                let np_is_name = np
                    .clone()
                    .all(|k| s.tokens[k].is_capitalised(s.text) || s.is(k, lx::NAME_PARTICLES));
                if np_is_name
                    && let Some(outer) = np_backward(s.text, s.tokens, lo, np.start - 2)
                    && (outer.start == lo || !s.is_punct(outer.start - 1, ','))
                {
                    return Some((
                        SourceRef::Phrase {
                            np: outer,
                            appos: Some(np),
                        },
                        None,
                    ));
                }
                // "Jane Roe, 29, of Huntsville, said": an age stands for the name before it.
                let age = np.len() == 1 && s.lower(np.start).bytes().all(|b| b.is_ascii_digit());
                if age && let Some(name) = np_backward(s.text, s.tokens, lo, np.start - 2) {
                    return Some((
                        SourceRef::Phrase {
                            np: name,
                            appos: None,
                        },
                        None,
                    ));
                }
                end = np.start - 1;
                if s.previous_comma(end, 30).is_none() {
                    return Some((SourceRef::Phrase { np, appos }, None));
                }
                continue;
            }
            let boundary =
                conjunction_boundary(s, np.start).or_else(|| parenthetical_cue(pc).then_some(b));
            return Some((SourceRef::Phrase { np, appos }, boundary));
        }
        return None;
    }
    // "A poll released on Monday by X showed": the document and its post-modifiers.
    if let Some(np) = super::evidence::document_subject(s.text, s.tokens, lo, b) {
        let boundary = conjunction_boundary(s, np.start);
        return Some((SourceRef::Phrase { np, appos: None }, boundary));
    }
    let mut np = match np_backward(s.text, s.tokens, lo, b) {
        Some(np) => np,
        // "Friends who know him say ...": no phrase before the cue, but a "who" clause.
        None if s.is(b, OBJECT_PRONOUNS) => {
            relative_clause_host(s, b + 1..b + 1).filter(|np| np.end <= b)?
        }
        None => return None,
    };
    // "Jane Roe on Wednesday said", "the ministry in a statement said": skip the adjunct.
    if let Some(p) = np.start.checked_sub(1).filter(|&p| p > lo) {
        let is_time = np.clone().all(|k| {
            s.is(k, TIME_WORDS)
                || s.lower(k).starts_with(|c: char| c.is_ascii_digit())
                || matches!(s.lower(k), "a" | "an" | "the")
                || s.is(k, ADJUNCT_NOUNS)
        });
        if is_time
            && matches!(
                s.lower(p),
                "on" | "in" | "at" | "during" | "last" | "this" | "late" | "early" | "earlier"
            )
        {
            np = np_backward(s.text, s.tokens, lo, p - 1)?;
        } else if let Some(Some(before)) =
            time_phrase::before_time_phrase(s, &np, |k| np_backward(s.text, s.tokens, lo, k))
        {
            // "Voters in Ohio this week said": the time phrase needs no preposition.
            np = before;
        }
    }
    let np = time_phrase::without_leading_time(s, np);
    let np = coordinated_subject::before_floating_quantifier(s, np);
    let np = relative_clause_host(s, np.clone()).unwrap_or(np);
    let np = with_affiliation_before(s, np);
    let np = coordinated_subject::widen(s, np);
    let boundary = conjunction_boundary(s, np.start);
    Some((SourceRef::Phrase { np, appos: None }, boundary))
}

/// "A senior official who asked not to be named because ... said": when the phrase before the
/// cue is the object inside a "who" clause, the subject is the phrase the clause hangs on.
fn relative_clause_host(s: &Sentence, np: Range<usize>) -> Option<Range<usize>> {
    let lo = s.range.start;
    let p = np.start.checked_sub(1).filter(|&p| p > lo)?;
    if s.kind(p) != Some(Kind::Word) || matches!(s.lower(p), "and" | "but" | "or") {
        return None;
    }
    let window = p.saturating_sub(25).max(lo + 1);
    for k in (window..=p).rev() {
        let t = &s.tokens[k];
        // A clause boundary or a verb of saying with its own clause ("people who know him say
        // Roe ..."): the phrase is the real subject.
        let says_clause = lx::verb_by_form()
            .get(t.lower.as_str())
            .is_some_and(|v| matches!(v.frame, Frame::Clause | Frame::MarkedClause));
        if t.kind != Kind::Word || t.quote.is_some() || says_clause {
            return None;
        }
        if t.lower == "who" {
            return np_backward(s.text, s.tokens, lo, k - 1);
        }
    }
    None
}

fn is_speaker_head(t: &Token) -> bool {
    let stem = t.stem();
    let singular = stem.strip_suffix('s').unwrap_or(stem);
    [stem, singular]
        .iter()
        .any(|w| is_in(lx::PERSON_TITLES, w) || is_in(lx::ANONYMOUS_HEADS, w))
}

/// A name in apposition after the subject: "A police spokeswoman, Sgt. Jane Roe, declined ...".
fn apposition_after(s: &Sentence, np: &Range<usize>) -> Option<Range<usize>> {
    if !s.is_punct(np.end, ',') {
        return None;
    }
    let a = np_forward(s.text, s.tokens, np.end + 1, s.range.end)?;
    let last = &s.tokens[a.end - 1];
    (s.is_punct(a.end, ',') && last.is_capitalised(s.text) && titled_name(s, a.clone()))
        .then_some(a)
}

/// True when `seg` ends in a capitalised name that is all of it or follows a title or role
/// ("Sgt. Jane Roe", "former doubles champion Jane Roe"), not a place in a relative clause.
fn titled_name(s: &Sentence, seg: Range<usize>) -> bool {
    // "including Sen. Jane Roe", "like Jane Roe": an example, not another name for the subject.
    let opener = s.lower(seg.start);
    if opener.ends_with("ing") || is_in(lx::NP_STOP_WORDS, opener) || opener == "such" {
        return false;
    }
    let mut k = seg.end;
    while k > seg.start
        && (s.tokens[k - 1].is_capitalised(s.text) || s.is(k - 1, lx::NAME_PARTICLES))
        && s.tokens[k - 1].quote.is_none()
    {
        k -= 1;
    }
    k < seg.end
        && (k == seg.start
            || s.tokens[k - 1].stem_is(lx::PERSON_TITLES)
            || s.tokens[k].stem_is(lx::PERSON_TITLES)
            || described_name(s, seg.start..k, k..seg.end))
}

/// "taxi driver Jane Roe", "retired teacher Jane Roe": a full name after a few plain
/// lower-case words that describe the person (no function words, verbs or participles).
fn described_name(s: &Sentence, words: Range<usize>, name: Range<usize>) -> bool {
    name.len() >= 2
        && words.len() <= 3
        && words.clone().all(|k| {
            let t = &s.tokens[k];
            t.is_word()
                && t.quote.is_none()
                && !t.is_capitalised(s.text)
                && t.verb.is_none()
                && !t.is(lx::NP_STOP_WORDS)
                && !t.is(lx::DETERMINERS)
                && !t.lower.ends_with("ed")
                && !t.lower.ends_with("ing")
                && !t.lower.ends_with("ly")
        })
}

/// "a spokesman for the ministry": extends `np` ("the ministry") back over its speaker head.
fn with_affiliation_before(s: &Sentence, np: Range<usize>) -> Range<usize> {
    let lo = s.range.start;
    // "people familiar with the matter", "sources close to the president"
    if np.start >= lo + 3
        && matches!(s.lower(np.start - 1), "with" | "to" | "on")
        && matches!(
            s.lower(np.start - 2),
            "familiar" | "close" | "briefed" | "knowledgeable"
        )
        && let Some(outer) = np_backward(s.text, s.tokens, lo, np.start - 3)
    {
        return outer.start..np.end;
    }
    match np.start.checked_sub(1) {
        Some(p) if p > lo && s.is(p, AFFILIATION_PREPOSITIONS) => {
            match np_backward(s.text, s.tokens, lo, p - 1) {
                Some(outer) if is_speaker_head(&s.tokens[p - 1]) => outer.start..np.end,
                _ => np,
            }
        }
        _ => np,
    }
}

/// When a subject follows "and", "but" or a semicolon, that token ends the previous clause.
fn conjunction_boundary(s: &Sentence, np_start: usize) -> Option<usize> {
    let p = np_start.checked_sub(1).filter(|&p| p >= s.range.start)?;
    if matches!(s.lower(p), "and" | "but" | "while" | "whereas") || s.is_punct(p, ';') {
        Some(if p > s.range.start && s.is_punct(p - 1, ',') {
            p - 1
        } else {
            p
        })
    } else {
        None
    }
}

/// Where the content after a cue starts, given what the cue's frame allows.
fn content_start(s: &Sentence, cue: &Cue, frame: Frame) -> Option<ContentRef> {
    let end = s.range.end;
    let mut k = s.skip_adjuncts(cue.last + 1);
    if k >= end {
        return None;
    }
    let from = |start: usize, comma_ends: bool| -> Option<ContentRef> {
        let mut start = start;
        if s.is_punct(start, ',') {
            start += 1;
        }
        (start < end && !matches!(s.tokens[start].kind, Kind::Punct('.' | '!' | '?')))
            .then_some(ContentRef::From { start, comma_ends })
    };
    let quote_next = |k: usize| -> bool {
        s.kind(k) == Some(Kind::OpenQuote)
            || ((s.is_punct(k, ':') || s.is_punct(k, ','))
                && s.kind(k + 1) == Some(Kind::OpenQuote))
    };
    if quote_next(k) {
        let q = if s.kind(k) == Some(Kind::OpenQuote) {
            k
        } else {
            k + 1
        };
        return from(q, false);
    }
    if s.is_punct(k, ':') {
        return from(k + 1, false);
    }
    let w = s.lower(k);
    match frame {
        Frame::Clause | Frame::MarkedClause => {
            if w == "that" {
                return from(k + 1, false);
            }
            // "said in her opening remarks that C", "said, if elected, she would C".
            if let Some(start) = boundary::clause_after_adjunct(s, k) {
                return from(start, false);
            }
            if frame == Frame::MarkedClause && wh_clause::opens_indirect_question(s, cue.head, k) {
                return from(k, false);
            }
            if frame == Frame::MarkedClause
                || is_in(PREPOSITIONS, w)
                || s.kind(k) != Some(Kind::Word)
            {
                return None;
            }
            from(k, false)
        }
        Frame::Tell => {
            let obj = boundary::addressee(s, k)?;
            k = s.skip_adjuncts(obj.end);
            if s.lower(k) == "that" {
                return from(k + 1, false);
            }
            if let Some(start) = boundary::clause_after_adjunct(s, k) {
                return from(start, false);
            }
            if let Some(start) = told_place::that_after_place(s, k) {
                return from(start, false);
            }
            if quote_next(k) {
                return from(
                    if s.kind(k) == Some(Kind::OpenQuote) {
                        k
                    } else {
                        k + 1
                    },
                    false,
                );
            }
            // "told Reuters the bank was ...": after a named or press addressee, a clause.
            let addressee_named = s.tokens[obj.end - 1].is_capitalised(s.text)
                || s.tokens[obj.end - 1].is(lx::ADDRESSEES);
            // "told the court his client ...": a possessive opens the clause's subject.
            let possessive_subject = matches!(s.lower(k), "his" | "her" | "their" | "its" | "our")
                && s.kind(k + 1) == Some(Kind::Word);
            let clause_word = s.kind(k) == Some(Kind::Word)
                && !s.is(k, PREPOSITIONS)
                && (!s.is(k, lx::NP_STOP_WORDS) || possessive_subject);
            if addressee_named && clause_word {
                return from(k, false);
            }
            if let Some(start) = told_clause::clause_after_addressee(s, k) {
                return from(start, false);
            }
            None
        }
        Frame::ObjectThen(p) => {
            if w == p || s.kind(k) != Some(Kind::Word) {
                return None;
            }
            let limit = end.min(k + 40);
            let at =
                (k + 1..limit).find(|&i| s.tokens[i].lower == p && s.tokens[i].quote.is_none())?;
            if p == "as" {
                return from(k, true);
            }
            let _ = at;
            from(k, false)
        }
        Frame::Prep(_) => from(k, false),
        Frame::Infinitive => match w {
            "to" => from(k, false),
            "that" => from(k + 1, false),
            _ => None,
        },
        Frame::Object | Frame::Position => {
            if w == "that" {
                return from(k + 1, false);
            }
            if is_in(PREPOSITIONS, w) || s.kind(k) != Some(Kind::Word) {
                return None;
            }
            from(k, false)
        }
        Frame::Intent => intent_content(s, k, from),
        Frame::Question => question_content(s, k, from),
        Frame::Call => call_content(s, cue, k, from),
    }
}

/// The content of "call" at `k`: after "for"; after "on" when an infinitive follows ("called
/// on X to C"); or "called X Y", an object followed by its description in quotes or a noun
/// phrase ("called the plan “a disgrace”", "calling him a liar").
fn call_content(
    s: &Sentence,
    cue: &Cue,
    k: usize,
    from: impl Fn(usize, bool) -> Option<ContentRef>,
) -> Option<ContentRef> {
    if cue.last > cue.head {
        if s.lower(cue.last) == "on" {
            let limit = s.range.end.min(k + 12);
            (k..limit).find(|&j| s.lower(j) == "to")?;
        }
        return from(k, false);
    }
    if call_complement::is_described(s, k) {
        return from(k, true);
    }
    let object = match np_forward(s.text, s.tokens, k, s.range.end) {
        Some(np) => np,
        None if s.is(k, OBJECT_PRONOUNS) || s.lower(k) == "it" || lx::is_reflexive(s.lower(k)) => {
            k..k + 1
        }
        None => return None,
    };
    // "the plan a waste": the description's article ends the object.
    let j = (object.start + 1..object.end)
        .find(|&j| matches!(s.lower(j), "a" | "an"))
        .unwrap_or(object.end);
    let described = s.kind(j) == Some(Kind::OpenQuote)
        || matches!(s.lower(j), "a" | "an")
            && s.kind(j + 1).is_some_and(|_| s.tokens[j + 1].is_word());
    described.then(|| from(k, true)).flatten()
}

/// True when "to" at `k` opens an infinitive ("agreed to resign"), not a noun phrase ("agreed
/// to a halt", "asked to the meeting").
fn is_infinitive(s: &Sentence, k: usize) -> bool {
    s.kind(k + 1) == Some(Kind::Word)
        && !s.is(k + 1, lx::DETERMINERS)
        && !s.tokens[k + 1].is_capitalised(s.text)
        && !s.lower(k + 1).starts_with(|c: char| c.is_ascii_digit())
}

fn is_question_word(s: &Sentence, k: usize) -> bool {
    s.kind(k) == Some(Kind::Word) && is_in(lx::QUESTION_WORDS, s.lower(k))
}

/// The content of "asked" at `k`: "whether C", "about C", "to C", or after an addressee
/// "X whether C", "X to C" (the addressee is part of a request's content: "asked voters to
/// stay home"), or a quotation after it.
fn question_content(
    s: &Sentence,
    k: usize,
    from: impl Fn(usize, bool) -> Option<ContentRef>,
) -> Option<ContentRef> {
    let infinitive = |j: usize| s.lower(j) == "to" && is_infinitive(s, j);
    if is_question_word(s, k) || infinitive(k) {
        return from(k, false);
    }
    if s.lower(k) == "about" {
        return from(k + 1, false);
    }
    let addressee = match np_forward(s.text, s.tokens, k, s.range.end) {
        // "asked the minister why ...": the question word is not part of the addressee.
        Some(np) => {
            np.start
                ..(np.start + 1..np.end)
                    .find(|&j| is_question_word(s, j))
                    .unwrap_or(np.end)
        }
        None if s.is(k, OBJECT_PRONOUNS) => k..k + 1,
        None => return None,
    };
    let j = s.skip_adjuncts(addressee.end);
    if is_question_word(s, j) {
        return from(j, false);
    }
    if infinitive(j) {
        return from(k, false);
    }
    if s.kind(j) == Some(Kind::OpenQuote) {
        return from(j, false);
    }
    if (s.is_punct(j, ':') || s.is_punct(j, ',')) && s.kind(j + 1) == Some(Kind::OpenQuote) {
        return from(j + 1, false);
    }
    None
}

/// "Asked whether C, S said ...", "S was asked (by X) about C", "when asked C": the question
/// is put to the subject, so its source is the asker after "by", or nobody. A question opening
/// the sentence ends at its comma, where the answer's clause begins.
fn asked_passive_draft(s: &Sentence, cue: &Cue) -> Option<Parts> {
    let mut k = s.skip_adjuncts(cue.last + 1);
    let mut source = SourceRef::Nobody;
    if s.lower(k) == "by"
        && let Some(np) = np_forward(s.text, s.tokens, k + 1, s.range.end)
    {
        // "by a reporter why ...": the question word is not part of the asker.
        let np = np.start
            ..(np.start + 1..np.end)
                .find(|&j| is_question_word(s, j))
                .unwrap_or(np.end);
        let appos = apposition_after(s, &np);
        k = s.skip_adjuncts(appos.as_ref().map_or(np.end, |a| a.end + 1));
        source = SourceRef::Phrase { np, appos };
    }
    // "Asked on Fox News who leads ...": a prepositional adjunct before the question.
    if matches!(s.lower(k), "on" | "in" | "at" | "during")
        && !is_question_word(s, k + 1)
        && let Some(np) = np_forward(s.text, s.tokens, k + 1, s.range.end)
        && is_question_word(s, np.end)
    {
        k = np.end;
    }
    let subordinate = cue.first == cue.head;
    let start = if is_question_word(s, k) || s.lower(k) == "to" && s.kind(k + 1) == Some(Kind::Word)
    {
        k
    } else if s.lower(k) == "about" {
        k + 1
    } else if s.kind(k) == Some(Kind::OpenQuote) {
        k
    } else if (s.is_punct(k, ',') || s.is_punct(k, ':')) && s.kind(k + 1) == Some(Kind::OpenQuote) {
        k + 1
    } else {
        return None;
    };
    (start < s.range.end).then_some((
        rules::ASKED_PASSIVE,
        source,
        ContentRef::From {
            start,
            comma_ends: subordinate,
        },
        None,
    ))
}

/// "his decision to C", "the senator's call for C": the possessive before the noun is the
/// source, and the content runs from `content` to the next comma.
fn nominal_draft(s: &Sentence, cue: &Cue, content: usize) -> Option<Parts> {
    let owner = cue.first.checked_sub(1).filter(|&o| o >= s.range.start)?;
    let (np, appos) = if s.tokens[owner].is_possessive() {
        let np = possessor(s, np_backward(s.text, s.tokens, s.range.start, owner)?);
        (np, None)
    } else {
        (owner..owner + 1, named_clause_subject(s, owner))
    };
    let words = (content < s.range.end) && s.kind(content) == Some(Kind::Word)
        || s.kind(content) == Some(Kind::OpenQuote);
    words.then_some((
        rules::NOMINAL,
        SourceRef::Phrase { np, appos },
        ContentRef::From {
            start: content,
            comma_ends: true,
        },
        None,
    ))
}

/// "Jane Roe repeated her claim": the proper name opening the clause of a possessive
/// determiner at `owner`, a few words before it, which the determiner refers to.
fn named_clause_subject(s: &Sentence, owner: usize) -> Option<Range<usize>> {
    let lo = s.range.start.max(owner.saturating_sub(8));
    let start = (lo..owner)
        .rev()
        .find(|&k| s.is_punct(k, ',') || s.is_punct(k, ';'))
        .map_or(s.range.start, |c| c + 1);
    let np = np_forward(s.text, s.tokens, start, owner)?;
    let named = np.clone().all(|k| s.tokens[k].is_capitalised(s.text));
    (named && np.end < owner && owner - np.end <= 4).then_some(np)
}

/// The possessor in a phrase ending with a possessive: from its last determiner ("the
/// architect of his party's" → "his party's"), else its last run of capitalised words ("came
/// Mr. Roe's" → "Mr. Roe's"), else the possessive word alone.
fn possessor(s: &Sentence, np: Range<usize>) -> Range<usize> {
    let owner = np.end - 1;
    if let Some(d) = (np.start..owner).rev().find(|&k| s.is(k, lx::DETERMINERS)) {
        return d..np.end;
    }
    let mut start = owner;
    while start > np.start && s.tokens[start - 1].is_capitalised(s.text) {
        start -= 1;
    }
    start..np.end
}

/// True when the clause at `start` is a question put to the subject ("Asked whether ...,"),
/// which is not what a later "S said" reports.
fn opens_with_question(s: &Sentence, start: usize) -> bool {
    s.lower(start) == "asked"
        || matches!(s.lower(start), "when" | "if" | "after" | "once")
            && s.lower(start + 1) == "asked"
}

/// The content of a verb of intent at `k`: "to" and its infinitive ("refused to comment"), a
/// "that"-clause, or an object ("wants voters to know", "plans a vote").
fn intent_content(
    s: &Sentence,
    k: usize,
    from: impl Fn(usize, bool) -> Option<ContentRef>,
) -> Option<ContentRef> {
    let w = s.lower(k);
    match w {
        "to" if is_infinitive(s, k) => from(k, false),
        "that" => from(k + 1, false),
        _ if is_in(PREPOSITIONS, w) || s.kind(k) != Some(Kind::Word) => None,
        // "declined sharply", "sought unsuccessfully": an adverb is no object.
        _ if w.ends_with("ly") => None,
        _ => from(k, false),
    }
}

/// Settles the drafts of a sentence: content ends, nesting, and spans.
fn settle(s: &Sentence, drafts: Vec<Draft>) -> Vec<Found> {
    let n = drafts.len();
    if n == 0 {
        return Vec::new();
    }
    // Next cut at or after each token: ";" or ", as"/", but"/", according" outside quotes.
    let len = s.range.end - s.range.start;
    let mut next_cut = vec![s.range.end; len + 1];
    let mut next_comma = vec![s.range.end; len + 1];
    // Where a noun-phrase object ends: at a time adjunct or a subordinate clause.
    let mut next_adjunct = vec![s.range.end; len + 1];
    for i in (s.range.start..s.range.end).rev() {
        let r = i - s.range.start;
        next_cut[r] = next_cut[r + 1];
        next_comma[r] = next_comma[r + 1];
        next_adjunct[r] = next_adjunct[r + 1];
        let t = &s.tokens[i];
        if t.quote.is_some() {
            continue;
        }
        let w = t.lower.as_str();
        if matches!(
            w,
            "after" | "before" | "when" | "while" | "because" | "amid" | "following" | "until"
        ) || (w == "on" && s.is(i + 1, TIME_WORDS))
        {
            next_adjunct[r] = i;
        }
        let cut_but = s.lower(i + 1) == "but" && !boundary::but_continues_content(s, i + 2);
        if t.is_punct(';')
            || t.is_punct(',') && (cut_but || is_in(&["as", "according"], s.lower(i + 1)))
        {
            next_cut[r] = i;
        }
        if t.is_punct(',') {
            next_comma[r] = i;
        }
    }
    // The boundary of the next draft that has one, for each draft.
    let mut next_boundary = vec![s.range.end; n];
    let mut nb = s.range.end;
    for i in (0..n).rev() {
        next_boundary[i] = nb;
        if let Some(b) = drafts[i].boundary {
            nb = b;
        }
    }
    let mut ranges: Vec<Option<Range<usize>>> = Vec::with_capacity(n);
    for (i, d) in drafts.iter().enumerate() {
        let r = match &d.content {
            ContentRef::From { start, comma_ends } => {
                let start = *start;
                let mut end = next_cut[start - s.range.start].min(s.range.end);
                if next_boundary[i] > start {
                    end = end.min(next_boundary[i]);
                }
                if *comma_ends {
                    end = end.min(next_comma[start - s.range.start]);
                }
                // "demanded answers on Tuesday after a fire ...": a noun-phrase object (not a
                // "that" clause) ends before the reporter's adjuncts.
                if matches!(
                    d.rule,
                    rules::OBJECT | rules::POSITION_OBJECT | rules::INTENT
                ) && start > s.range.start
                    && s.lower(start - 1) != "that"
                {
                    end = end.min(next_adjunct[start - s.range.start].max(start + 1));
                }
                if d.rule == rules::POSITION_OBJECT && s.lower(start.wrapping_sub(1)) != "that" {
                    end = position_object_end(s, start, end);
                }
                let end = if d.rule == rules::SAID_THAT {
                    boundary::inner_quotation_end(s, start, end)
                } else {
                    end
                };
                Some(start..boundary::quotation_end(s, start, end))
            }
            ContentRef::Tokens(r) => Some(r.clone()),
            ContentRef::Quote(_) => None,
        };
        ranges.push(r);
    }
    // Drop nested cues: inside an earlier draft's forward content, or inside an inverted
    // draft's preceding content, unless they open their own coordinated clause.
    let mut keep = vec![true; n];
    let mut covered_until = 0usize;
    for i in 0..n {
        let d = &drafts[i];
        let inverted = matches!(d.content, ContentRef::Tokens(_));
        if !inverted && d.boundary.is_none() && d.cue.start < covered_until {
            keep[i] = false;
            continue;
        }
        if let (ContentRef::From { .. }, Some(r)) = (&d.content, &ranges[i]) {
            covered_until = covered_until.max(r.end);
        }
    }
    let mut covered_from = usize::MAX;
    for i in (0..n).rev() {
        if !keep[i] {
            continue;
        }
        let d = &drafts[i];
        if d.cue.start >= covered_from
            && !matches!(d.content, ContentRef::Tokens(_))
            && d.rule != rules::IN_WHAT
        {
            keep[i] = false;
            continue;
        }
        if let (ContentRef::Tokens(_), Some(r)) = (&d.content, &ranges[i])
            && d.rule != rules::SOURCELESS
        {
            covered_from = covered_from.min(r.start);
        }
    }
    let mut out = Vec::new();
    for (i, d) in drafts.into_iter().enumerate() {
        if !keep[i] {
            continue;
        }
        let content = match (&d.content, &ranges[i]) {
            (ContentRef::Quote(q), _) => quote_content(s, *q),
            (_, Some(r)) => token_content(s, r.clone()),
            _ => None,
        };
        let Some((content, kind)) = content else {
            continue;
        };
        let cue = Span::new(
            s.tokens[d.cue.start].span.start,
            s.tokens[d.cue.end - 1].span.end,
        );
        // A content is more than its cue: a lone "reportedly" claims nothing.
        if !has_words_beside(s.text, content, cue) {
            continue;
        }
        let stance = match s.tokens.get(d.cue.end - 1) {
            Some(head) if head.lower.starts_with("warn") => warning_stance(s, d.cue.end, content),
            _ => d.stance,
        };
        out.push(Found {
            rule: d.rule,
            content,
            kind,
            source: d.source,
            cue,
            stance,
            framing: d.framing,
        });
    }
    out
}

/// Where the noun phrase a position is taken on ends ("endorsed Cruz last week, saying ..."):
/// before a comma, a weekday, "last/this/next week" or "in/on/during" a time, scanning at most
/// a bounded number of tokens.
fn position_object_end(s: &Sentence, start: usize, end: usize) -> usize {
    let limit = end.min(start + 40);
    (start + 1..limit)
        .find(|&k| {
            let t = &s.tokens[k];
            t.quote.is_none()
                && (t.is_punct(',')
                    || s.is(k, WEEKDAYS)
                    || matches!(
                        t.lower.as_str(),
                        "last" | "this" | "next" | "earlier" | "later"
                    ) && s.is(k + 1, TIME_WORDS)
                    || matches!(t.lower.as_str(), "in" | "on" | "during")
                        && (s.is(k + 1, TIME_WORDS)
                            || matches!(s.lower(k + 1), "early" | "late" | "mid")))
        })
        .unwrap_or(end)
}

/// True when `content` has a letter or digit outside the `cue` span.
fn has_words_beside(text: &str, content: Span, cue: Span) -> bool {
    let alnum = |a: usize, b: usize| a < b && text[a..b].chars().any(char::is_alphanumeric);
    if cue.end <= content.start || cue.start >= content.end {
        return alnum(content.start, content.end);
    }
    alnum(content.start, cue.start.max(content.start))
        || alnum(cue.end.min(content.end), content.end)
}

/// What a warning does: "warned X to C" demands, a warning of the source's own action ("I
/// will ...", "he would ...") commits, any other warning asserts a danger.
fn warning_stance(s: &Sentence, after_cue: usize, content: Span) -> Stance {
    if let Some(obj) = np_forward(s.text, s.tokens, after_cue, s.range.end)
        && s.lower(obj.end) == "to"
        && s.tokens[obj.end].span.start < content.end
    {
        return Stance::Demand;
    }
    let words: Vec<String> = content
        .of(s.text)
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .take(40)
        .map(str::to_lowercase)
        .collect();
    let first_person = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "i" | "we" | "us" | "our" | "i'll" | "we'll" | "i’ll" | "we’ll"
        )
    });
    let own_action = words.len() >= 2
        && matches!(words[0].as_str(), "he" | "she" | "it" | "they")
        && matches!(words[1].as_str(), "will" | "would" | "could");
    if first_person || own_action {
        Stance::Commit
    } else {
        Stance::Assert
    }
}

/// The inside of a quotation, without surrounding space or a trailing comma.
fn quote_content(s: &Sentence, q: usize) -> Option<(Span, ClaimKind)> {
    let inner = s.quotes.get(q)?.inner;
    let span = trim_span(s.text, inner, &[',']);
    (!span.is_empty()).then_some((span, ClaimKind::Direct))
}

fn trim_span(text: &str, span: Span, trailing: &[char]) -> Span {
    let slice = span.of(text);
    let start_trim = slice.len() - slice.trim_start_matches(super::tokens::is_space).len();
    let mut end = span.end;
    let mut body = &text[span.start + start_trim..end];
    loop {
        let trimmed = body
            .trim_end_matches(super::tokens::is_space)
            .trim_end_matches(trailing);
        if trimmed.len() == body.len() {
            break;
        }
        body = trimmed;
    }
    end = span.start + start_trim + body.len();
    Span::new(span.start + start_trim, end.max(span.start + start_trim))
}

/// Content from a token range: trailing punctuation outside quotes dropped, and classified as
/// direct when it is (nearly) all one quotation.
fn token_content(s: &Sentence, r: Range<usize>) -> Option<(Span, ClaimKind)> {
    let mut start = r.start;
    let mut end = r.end.min(s.range.end);
    while end > start
        && (matches!(s.tokens[end - 1].kind, Kind::Punct(c) if c != ')' && c != '%' && c != '"')
            || boundary::unopened_bracket(s, start, end))
        && s.tokens[end - 1].quote.is_none()
    {
        end -= 1;
    }
    while start < end
        && matches!(
            s.tokens[start].kind,
            Kind::Punct(',' | ':' | ';' | '-' | '—' | '–')
        )
    {
        start += 1;
    }
    if start >= end {
        return None;
    }
    // A clause that is one quotation, maybe after "to"/"that"/"for" and the like, is direct.
    let lead = (start..end.min(start + 4)).find(|&k| s.tokens[k].kind == Kind::OpenQuote);
    if let Some(open) = lead {
        let lead_ok = (start..open).all(|k| {
            matches!(
                s.lower(k),
                "to" | "that" | "of" | "for" | "them" | "him" | "her" | "it" | "us" | ":" | ","
            )
        });
        let same_quote = s.tokens[end - 1].quote == s.tokens[open].quote;
        let unclosed = s.tokens[open]
            .quote
            .is_some_and(|q| s.quotes[q].close.is_none());
        let close_ok = same_quote && (s.tokens[end - 1].kind == Kind::CloseQuote || unclosed);
        if lead_ok
            && close_ok
            && let Some(q) = s.tokens[open].quote
        {
            return quote_content(s, q);
        }
    }
    let span = Span::new(s.tokens[start].span.start, s.tokens[end - 1].span.end);
    let quoted = (start..end).any(|k| s.tokens[k].kind == Kind::OpenQuote);
    Some((
        span,
        if quoted {
            ClaimKind::Mixed
        } else {
            ClaimKind::Indirect
        },
    ))
}
