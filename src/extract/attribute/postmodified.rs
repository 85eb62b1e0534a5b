//! Subjects with post-modifiers: "Voters in six states going to the polls on Tuesday said",
//! "Officials familiar with the server taken from her house in Salem said", "Another source
//! speaking to the network said". The phrase scan before a cue stops at the last noun phrase of
//! such a subject ("the polls on Tuesday", "Salem", "the network"); the subject is the phrase
//! that opens the clause, with the prepositional and participle phrases that hang on it.

use super::{Sentence, opening_adjunct};
use crate::extract::lexicon as lx;
use std::ops::Range;

/// How far back, in tokens, a subject's post-modifiers may reach.
const REACH: usize = 30;

/// Prepositions that attach a phrase to the noun before them.
const ATTACHING: &[&str] = &[
    "of", "in", "at", "from", "for", "on", "with", "to", "by", "near", "across", "among", "into",
];

/// `np` (the phrase before a cue) widened to the subject it post-modifies, when a chain of
/// prepositional and participle phrases links it back to a noun phrase opening the clause;
/// `np` itself otherwise.
pub(crate) fn with_postmodified_head(s: &Sentence, np: Range<usize>) -> Range<usize> {
    let lo = s.range.start;
    let floor = np.start.saturating_sub(REACH).max(lo);
    let mut start = np.start;
    let mut attached = false;
    let mut by_preposition = false;
    // The end of the phrase the next step attaches.
    let mut seg_end = np.end;
    while let Some(p) = start.checked_sub(1).filter(|&p| p > floor) {
        let t = &s.tokens[p];
        if !t.is_word() || t.quote.is_some() {
            break;
        }
        // "Roe in a blog post said": a medium is an adjunct of the report, not of its source.
        let medium = (start..seg_end).any(|k| s.is(k, lx::ADJUNCT_NOUNS));
        if medium && matches!(t.lower.as_str(), "in" | "on") {
            break;
        }
        seg_end = p;
        let before = if lx::is_in(ATTACHING, &t.lower) {
            attached = true;
            by_preposition = true;
            // "in the agency and at the ministry": a second prepositional phrase joined to
            // the first hangs on the same noun.
            if participle_at(s, p - 1) || matches!(s.lower(p - 1), "and" | "or") {
                p.checked_sub(2)
            } else {
                Some(p - 1)
            }
        } else if matches!(t.lower.as_str(), "and" | "or") {
            Some(p - 1)
        } else {
            break;
        };
        let Some(before) = before.filter(|&b| b >= lo) else {
            break;
        };
        let Some(head) = head_noun_phrase(s, before) else {
            break;
        };
        // "the Centers for Disease Control and Prevention": "and" inside a name that holds a
        // preposition joins the name's last words.
        let conjunction = !lx::is_in(ATTACHING, &t.lower);
        let inner_and = conjunction
            && name_and(s, p)
            && head.clone().any(|k| matches!(s.lower(k), "for" | "of"));
        // "in Tennessee and Georgia": a conjunct inside a prepositional object; right before
        // the cue "and" more often joins two clauses ("spoke in Lyon and Roe said").
        if conjunction && !attached && !inner_and {
            break;
        }
        attached |= inner_and;
        start = head.start;
    }
    // A name joined inside ("the Centers for X and Y") may stand anywhere ("which the
    // Centers for X and Y says"); a post-modified phrase only where a clause opens.
    if attached && start < np.start && (!by_preposition || opens_clause(s, start)) {
        start..np.end
    } else {
        np
    }
}

/// True when "and" at `p` joins capitalised words inside a name.
fn name_and(s: &Sentence, p: usize) -> bool {
    p > s.range.start && s.is_capitalised(p - 1) && s.is_capitalised(p + 1)
}

/// The noun phrase ending at `end`, which a post-modifier follows: a word that is also a verb
/// form is its noun there ("six states in", "the reports from").
fn head_noun_phrase(s: &Sentence, end: usize) -> Option<Range<usize>> {
    let lo = s.range.start;
    if let Some(np) = s.np_backward(lo, end).filter(|np| np.end == end + 1) {
        return Some(np);
    }
    let t = &s.tokens[end];
    let p = end.checked_sub(1).filter(|&p| p >= lo)?;
    let counted = s.is(p, lx::DETERMINERS)
        || lx::is_in(QUANTIFIERS, s.lower(p))
        || s.lower(p).starts_with(|c: char| c.is_ascii_digit());
    if t.verb.is_none() || !t.is_word() || t.quote.is_some() || t.is_capitalised() || !counted {
        return None;
    }
    let modifiers = s.np_backward(lo, p).filter(|np| np.end == end);
    Some(modifiers.map_or(p, |np| np.start)..end + 1)
}

/// Words that count a noun before it: "six states", "each report".
const QUANTIFIERS: &[&str] = &[
    "each", "every", "several", "many", "some", "both", "all", "most", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten",
];

/// "going", "taken", "familiar", "based": a participle or knowing adjective at `k` that hangs
/// a prepositional phrase on the noun before it.
fn participle_at(s: &Sentence, k: usize) -> bool {
    let t = &s.tokens[k];
    let w = t.lower.as_str();
    t.is_word()
        && t.quote.is_none()
        && !t.is_capitalised()
        && (t.is(lx::KNOWING_ADJECTIVES)
            || w.len() > 4 && w.ends_with("ing")
            // "asked for a photo": a reporting verb's past form is more often finite.
            || w.len() > 4 && (w.ends_with("ed") || w.ends_with("en")) && t.verb.is_none())
}

/// True when a clause's subject may start at `start`: at the sentence's start (after a
/// dateline or a conjunction), after the comma closing an opening adjunct, or after ", while".
fn opens_clause(s: &Sentence, start: usize) -> bool {
    let lo = s.range.start;
    if start == lo || s.after_dateline(start + 1) == Some(start) {
        return true;
    }
    let p = start - 1;
    if p == lo && matches!(s.lower(lo), "but" | "and" | "yet" | "so") {
        return true;
    }
    // "..., while a group started by X reported": a clause joined by a conjunction.
    if matches!(s.lower(p), "while" | "whereas" | "but") && p > lo && s.is_punct(p - 1, ',') {
        return true;
    }
    s.is_punct(p, ',')
        && (s.opens_with_adjunct(lo, p)
            || opening_adjunct::opens_with_time_phrase(s, lo, p + 1)
            || opening_adjunct::opens_with_adverb(s, lo)
            || s.is(lo, lx::ADVERBIAL_OPENERS))
}
