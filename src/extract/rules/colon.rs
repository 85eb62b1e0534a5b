//! Colon attributions: a source and a colon before what it says.
//!
//! News copy introduces quotations with a colon after any predicate, not only after a verb of
//! saying ("Kelly responded with a smile: “...”", "as the senator put it: “...”"), and headlines
//! and transcripts put the bare source before the colon ("Senator Roe: Budget Deal Is Dead").
//! The colon and the quotation mark carry the attribution; the source is the subject of the
//! clause before the colon.

use crate::extract::attribute::{
    ContentRef, Draft, Sentence, SourceRef, clause_subject, determines_time, parenthetical,
    subject_before,
};
use crate::extract::cues::Cue;
use crate::extract::lexicon as lx;
use crate::extract::rules::Rule;
use crate::extract::tokens::Kind;
use crate::model::{Framing, Stance};

/// A draft attributing `content` from `start` to `np`, with the cue `cue`.
fn colon_draft(
    rule: &'static Rule,
    np: std::ops::Range<usize>,
    cue: std::ops::Range<usize>,
    start: usize,
) -> Draft {
    Draft {
        rule,
        cue,
        source: SourceRef::Phrase { np, appos: None },
        content: ContentRef::From {
            start,
            comma_ends: false,
        },
        boundary: None,
        stance: Stance::Assert,
        framing: Framing::Neutral,
    }
}

/// "Senator Roe: Budget Deal Is Dead": a paragraph that opens with a short name and a colon.
pub(crate) fn headline_colon(s: &Sentence, rule: &'static Rule) -> Vec<Draft> {
    headline_colon_draft(s, rule).into_iter().collect()
}

/// "Roe: I Support the Stadium", "Roe: Voters Know the Plan Failed": a headline whose claim
/// holds a cue of its own is still the named source's claim. Its draft goes first and covers
/// the cues after the colon; a cue before the colon keeps the sentence.
pub(crate) fn headline_colon_over_cues(
    s: &Sentence,
    _cues: &[Cue],
    drafts: &[Draft],
    rule: &'static Rule,
) -> Option<Draft> {
    if drafts.is_empty() {
        return None;
    }
    let d = headline_colon_draft(s, rule)?;
    let SourceRef::Phrase { np: head, .. } = &d.source else {
        return None;
    };
    // "Jane Roe: Housing On her website, Senator Roe calls for C": a name heading a section
    // about its bearer, whose own claims follow under it.
    let named_again = |other: &Draft| match &other.source {
        SourceRef::Phrase { np, .. } => np.clone().any(|k| s.lower(k) == s.lower(head.end - 1)),
        _ => false,
    };
    drafts
        .iter()
        .all(|other| other.cue.start > d.cue.start && !named_again(other))
        .then_some(d)
}

fn headline_colon_draft(s: &Sentence, rule: &'static Rule) -> Option<Draft> {
    // Only at the start of a paragraph (token 0 of the paragraph's tokens).
    if s.range.start != 0 {
        return None;
    }
    let first = after_kicker(s);
    let colon = (first + 1..s.range.end.min(first + 12)).find(|&k| s.is_punct(k, ':'))?;
    // "Roe to Congress: ...", "Roe at the Summit: ...", "Roe on Tax Reform: ...": the speaker,
    // then whom or where the words were addressed, or their topic.
    let head = match (first + 1..colon.min(first + 5))
        .find(|&k| matches!(s.lower(k), "to" | "at" | "on"))
    {
        Some(p) if colon > p + 1 => first..p,
        _ if colon < first + 6 => first..colon,
        _ => return None,
    };
    // "Jane Roe's camp: ...", "Herald editorial: ...": a name, then the group or the text
    // that speaks for it.
    let named_part = match voice_noun_tail(s, &head) {
        Some(tail) => head.start..tail,
        None => head.clone(),
    };
    let names_someone = !named_part.is_empty()
        && named_part.clone().all(|k| {
            let t = &s.tokens[k];
            t.quote.is_none() && (t.is_capitalised() || t.is(lx::NAME_PARTICLES))
        });
    // "Update: ...", "Editor's Note: ...", "Live Updates: ...": a label opening the heading.
    // A label word later in a name ("Civic Watch") is part of the name.
    let label = s.tokens[first].is(lx::DETERMINERS)
        || lx::is_in(lx::HEADING_LABELS, s.tokens[first].stem())
        || head.len() == 1 && s.tokens[first].lower.chars().count() == 1;
    if !names_someone || label || !head_is_one_phrase(s, &head, &named_part) {
        return None;
    }
    says_something(s, colon + 1).then(|| colon_draft(rule, head, colon..colon + 1, colon + 1))
}

/// Where a headline's words start after a kicker in capitals and a dash ("EXCLUSIVE – Jane
/// Roe: ..."), or 0.
fn after_kicker(s: &Sentence) -> usize {
    let capitals = |k: usize| {
        let t = &s.tokens[k];
        t.is_word()
            && s.text[t.span.start..t.span.end]
                .chars()
                .filter(|c| c.is_alphabetic())
                .count()
                > 1
            && !s.text[t.span.start..t.span.end]
                .chars()
                .any(char::is_lowercase)
    };
    let kicker_end = (0..s.range.end.min(3)).take_while(|&k| capitals(k)).last();
    match kicker_end {
        Some(k) if matches!(s.kind(k + 1), Some(Kind::Punct('-' | '—' | '–'))) => k + 2,
        _ => 0,
    }
}

/// Where the lower-case words that end a headline's head start, when its last word is a
/// noun for who or what speaks for a named party ("Roe camp", "Democrats' new warning").
fn voice_noun_tail(s: &Sentence, head: &std::ops::Range<usize>) -> Option<usize> {
    let last = head.end.checked_sub(1)?;
    if !lx::is_in(lx::HEADLINE_VOICE_NOUNS, s.lower(last)) {
        return None;
    }
    let tail = (head.start..=last)
        .rev()
        .take_while(|&k| s.tokens[k].is_word() && !s.is_capitalised(k))
        .last()?;
    (last + 1 - tail <= 2 && tail > head.start).then_some(tail)
}

/// True when the head reads as one noun phrase: the noun-phrase scan back from its last word
/// covers it, or, for a head ending in a voice noun, covers the name before the tail.
fn head_is_one_phrase(
    s: &Sentence,
    head: &std::ops::Range<usize>,
    named_part: &std::ops::Range<usize>,
) -> bool {
    if s.np_backward(head.start, head.end - 1) == Some(head.clone()) {
        return true;
    }
    named_part.end < head.end
        && s.np_backward(head.start, named_part.end - 1) == Some(named_part.clone())
}

/// True when the rest of the sentence from `start` reads as a claim: two words or more
/// ("Clinton: 547." is a count, "Twitter: @handle" a contact) and not a list of names.
fn says_something(s: &Sentence, start: usize) -> bool {
    let rest = start..s.range.end;
    let words = rest
        .clone()
        .filter(|&k| s.tokens[k].is_word() && s.tokens[k].lower.chars().any(char::is_alphabetic))
        .count();
    let commas = rest.clone().filter(|&k| s.is_punct(k, ',')).count();
    let lower_words = rest
        .filter(|&k| s.tokens[k].is_word() && !s.is_capitalised(k))
        .count();
    // "Iowa: Jane Roe, John Doe, Mary Major, ...": a roll of names has commas and no verbs.
    let roll_of_names = commas >= 3 && lower_words * 4 < words;
    words >= 2 && !roll_of_names
}

/// "Kelly responded with a smile: “...”": a quotation after a colon, when no cue before the
/// colon already took it, goes to the subject of the clause before the colon.
pub(crate) fn colon_quote(
    s: &Sentence,
    cues: &[Cue],
    drafts: &[Draft],
    rule: &'static Rule,
) -> Option<Draft> {
    let colon = (s.range.start + 1..s.range.end).find(|&k| {
        s.is_punct(k, ':') && s.tokens[k].quote.is_none() && s.kind(k + 1) == Some(Kind::OpenQuote)
    })?;
    // "Polls missed the surge - Jane Roe: “...”": a name after a dash signs the quotation even
    // when a cue in the headline before the dash drafted something of its own.
    let signed_after_dash = dashed_name(s, colon)
        .is_some_and(|np| np.start > s.range.start && drafts.iter().all(|d| d.cue.end <= np.start));
    if !signed_after_dash && drafts.iter().any(|d| d.cue.start < colon) {
        return None;
    }
    // "Ms. Roe wrote back:": a cue word that found no content of its own names the subject.
    // Not across a new clause: "Roe said as the crowd chanted: “...”" is the crowd's.
    let cue_before = cues
        .iter()
        .rev()
        .find(|c| c.last < colon)
        .filter(|c| !(c.last + 1..colon).any(|k| s.tokens[k].is(lx::SUBORDINATORS)));
    let (np, cue_start) = match cue_before.and_then(|c| subject_before(s, c, &[])) {
        // "More from the report: “...”": what the quotation is taken from.
        _ if let Some((np, from)) = quoted_from(s, colon) => (np, from),
        // "Pollsters agree - Jane Roe: “...”": a name after a dash past the cue signs the
        // quotation; the headline before the dash is the reporter's.
        _ if let Some(np) = dashed_name(s, colon).filter(|np| {
            np.start > s.range.start && cue_before.is_some_and(|c| c.last < np.start)
        }) =>
        {
            (np.clone(), np.start)
        }
        Some((SourceRef::Phrase { np, .. }, _)) => (np, cue_before.map_or(colon, |c| c.first)),
        // "HEADLINE TEXT - Jane Roe: “...”": a name right before the colon, after a dash.
        _ if let Some(np) = dashed_name(s, colon) => (np.clone(), np.start),
        // "Jane Roe, a former mayor, put it:", "Roe, exasperated, responded:"
        _ if let Some((np, verb)) = subject_before_aside(s, colon, drafts) => (np, verb),
        _ => {
            let np = nearest_clause_subject(s, colon)?;
            let start = if np.end < colon { np.end } else { colon };
            (np, start)
        }
    };
    if opens_past_a_lead_in(s, cue_start, colon) {
        return None;
    }
    Some(colon_draft(rule, np, cue_start..colon + 1, colon + 1))
}

/// True when a line between the cue's start and the colon opens with a quotation mark: a
/// lead-in paragraph joined to its quotation (`segment::join_lead_ins`) ends with its own
/// colon, so a colon found past that line break is inside the quotation, not a lead-in's.
fn opens_past_a_lead_in(s: &Sentence, cue_start: usize, colon: usize) -> bool {
    let stretch = &s.text[s.tokens[cue_start].span.start..s.tokens[colon].span.start];
    stretch
        .split(['\n', '\r', '\u{2028}', '\u{2029}'])
        .skip(1)
        .any(|line| {
            line.trim_start().starts_with(|c: char| {
                crate::extract::is_double_quote(c) || matches!(c, '‘' | '\'')
            })
        })
}

/// The subject of a short predicate ending at the colon ("put it", "interjected to say",
/// "famously responded") after an aside between commas: the subject and where the predicate
/// starts.
fn subject_before_aside(
    s: &Sentence,
    colon: usize,
    drafts: &[Draft],
) -> Option<(std::ops::Range<usize>, usize)> {
    let comma = s.previous_comma(colon, 6)?;
    let verb = comma + 1;
    let predicate_like = (verb..colon).all(|k| {
        let t = &s.tokens[k];
        t.is_word() && t.quote.is_none() && !t.is_capitalised()
    }) && !s.is(verb, lx::DETERMINERS)
        && !s.is(verb, lx::PREPOSITIONS)
        && !s.is(verb, lx::NP_STOP_WORDS);
    if !predicate_like || verb >= colon {
        return None;
    }
    // "Or, as Jane Roe, a lawyer, put it:": past the opening "as".
    let lo = s.range.start;
    let opening_as = (lo..comma).find(|&k| s.lower(k) == "as" && k <= lo + 3);
    let np = match opening_as {
        Some(a) => s.np_forward(a + 1, comma)?,
        None => match parenthetical::subject_across_parenthetical(s, verb, drafts)? {
            (SourceRef::Phrase { np, .. }, _) => np,
            _ => return None,
        },
    };
    let aside_closed = s.is_punct(np.end, ',') && np.end < comma;
    (aside_closed && s.is_capitalised(np.start)).then_some((np, verb))
}

/// "From the report:", "More from Jane Roe:" opening the sentence or after a dash: the noun
/// phrase after "from", and where the cue ("(More) from") starts.
fn quoted_from(s: &Sentence, colon: usize) -> Option<(std::ops::Range<usize>, usize)> {
    let np = s.np_backward(s.range.start, colon.checked_sub(1)?)?;
    let from = np.start.checked_sub(1).filter(|&k| s.lower(k) == "from")?;
    let lead = match from.checked_sub(1) {
        Some(k) if k >= s.range.start && s.lower(k) == "more" => k,
        _ => from,
    };
    opens_or_follows_dash(s, lead).then_some((np, lead))
}

/// True when token `k` opens the sentence or follows a dash.
fn opens_or_follows_dash(s: &Sentence, k: usize) -> bool {
    k == s.range.start
        || k > s.range.start && matches!(s.kind(k - 1), Some(Kind::Punct('-' | '—' | '–')))
}

/// A capitalised name that ends at the colon and opens the sentence or follows a dash.
fn dashed_name(s: &Sentence, colon: usize) -> Option<std::ops::Range<usize>> {
    let np = s.np_backward(s.range.start, colon.checked_sub(1)?)?;
    let opens = opens_or_follows_dash(s, np.start);
    let capitalised = np.clone().all(|k| s.is_capitalised(k));
    (opens && capitalised).then_some(np)
}

/// The subject of the clause that ends at the colon: after the nearest subordinator ("when a
/// protester shouted:"), else the subject of the sentence.
fn nearest_clause_subject(s: &Sentence, colon: usize) -> Option<std::ops::Range<usize>> {
    let lo = s.range.start.max(colon.saturating_sub(40));
    let opener = (lo..colon).rev().find(|&k| {
        s.tokens[k].quote.is_none() && s.tokens[k].is(lx::SUBORDINATORS) && !determines_time(s, k)
    });
    // "When Roe died in 1998, Vance released a statement:": an adverbial clause that opens the
    // sentence and closes with a comma leads the main clause, whose subject speaks; not "Or,
    // as Roe, a lawyer, put it:", where the clause holds the colon.
    let comma_in = |r: std::ops::Range<usize>| r.into_iter().any(|j| s.is_punct(j, ','));
    let leads = |k: usize| {
        !matches!(s.lower(k), "that" | "which" | "who")
            && !comma_in(s.range.start..k)
            && comma_in(k + 1..colon)
    };
    match opener {
        Some(k) if !leads(k) => s.np_forward(k + 1, colon),
        _ => clause_subject(s, colon),
    }
}
