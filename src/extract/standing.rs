//! "The mayor leads by nine points in the latest county poll": a standing in a poll, stated as
//! fact, with the poll named after it. News reports poll results this way as often as with
//! "a poll found that C", and the poll is the claim's source all the same, so the finding
//! must not come out unsourced (or not at all).
//!
//! The cue is the "in" before a poll or survey named at the end of its clause: a determiner,
//! at most a few modifiers, the poll noun, and at most a short tail ("released Monday", "this
//! month") before the clause ends. A bare plural ("in the polls") is the horse race in
//! general, not a poll that says anything, and a poll noun that modifies another ("poll
//! workers") or a clause that goes on after it ("... in a new poll is a record low") is no cue.

use super::cues::{Cue, CueKind, POLL_NOUNS};
use super::lexicon as lx;
use super::rules::quote_tail::finite_verb_like;
use super::tokens::{Kind, Token};
use crate::model::{Framing, Stance};
use std::ops::Range;

/// The most tokens between the determiner and the poll noun ("the RealClearPolitics average
/// of recent state polls").
const MODIFIER_REACH: usize = 8;

/// The most tokens of a tail after the poll noun ("released late on Sunday").
const TAIL_REACH: usize = 4;

/// Words that open a tail after the poll noun besides a release participle ("released Monday")
/// and a time opener ("this month"): "taken July 11-14", "conducted by phone", "earlier".
const TAIL_OPENERS: &[&str] = &["conducted", "taken", "earlier"];

/// Participles that make the people before them a poll's respondents.
const RESPONDENT_PARTICIPLES: &[&str] = &["surveyed", "polled", "questioned", "interviewed"];

/// Words that cannot stand between "in the" and a poll noun without making the phrase
/// something other than a poll's name ("in the district to the polls", "in the race that
/// polls ...").
const NOT_MODIFIERS: &[&str] = &["to", "that", "which", "who", "where", "when", "than"];

/// The cue "in" at `i` before a poll that ends the clause: "C in a new poll released Monday".
pub(crate) fn standing_cue(tokens: &[Token], range: Range<usize>, i: usize) -> Option<Cue> {
    if tokens[i].lower != "in" || i < range.start + 3 {
        return None;
    }
    let before = &tokens[i - 1];
    if before.quote.is_some() || !(before.is_word() || before.is_punct(',')) {
        return None;
    }
    // "the voters surveyed in a new poll": the poll says who they are, and the clause their
    // verb's.
    // "did better than in other polls": a comparison with polls, not a poll's finding.
    if lx::is_in(RESPONDENT_PARTICIPLES, &before.lower)
        || matches!(before.lower.as_str(), "than" | "as")
    {
        return None;
    }
    let source_end = poll_phrase_end(tokens, &range, i + 1)?;
    Some(Cue {
        first: i,
        head: i,
        last: i,
        kind: CueKind::InPollAfter { source_end },
        stance: Stance::Assert,
        framing: Framing::Neutral,
    })
}

/// Where the poll phrase opening at `det` ends (exclusive), when it names one poll and ends
/// its clause.
fn poll_phrase_end(tokens: &[Token], range: &Range<usize>, det: usize) -> Option<usize> {
    if det >= range.end || !tokens[det].is(lx::DETERMINERS) {
        return None;
    }
    let reach = range.end.min(det + 2 + MODIFIER_REACH);
    let noun = (det + 1..reach).find(|&k| is_poll_noun(&tokens[k]))?;
    if !(det + 1..noun).all(|k| is_modifier(&tokens[k])) {
        return None;
    }
    // A bare noun must be one poll: "in the survey", not "in the polls" nor "in the polling".
    if noun == det + 1 && !matches!(tokens[noun].lower.as_str(), "poll" | "survey") {
        return None;
    }
    let end = noun + 1;
    let opens_tail = |t: &Token| {
        t.is(lx::RELEASE_PARTICIPLES)
            || t.is(lx::DEICTIC_TIME_OPENERS)
            || lx::is_in(TAIL_OPENERS, &t.lower)
    };
    // The tail must reach the clause's end within a few words, or the poll is no source at the
    // end of its clause ("a poll last year said ...").
    if tokens.get(end).is_some_and(opens_tail) {
        return (end + 1..range.end.min(end + 1 + TAIL_REACH))
            .find(|&k| ends_clause(tokens, range, k));
    }
    ends_clause(tokens, range, end).then_some(end)
}

fn is_poll_noun(t: &Token) -> bool {
    t.quote.is_none() && lx::is_in(POLL_NOUNS, &t.lower)
}

/// A word that may stand inside a poll's name: a capitalised word, a number, or a modifier that
/// is no verb and no clause word ("latest", "50-state", "of").
fn is_modifier(t: &Token) -> bool {
    if t.quote.is_some() {
        return false;
    }
    match t.kind {
        Kind::Punct(c) => matches!(c, '-' | '/' | '&' | '.'),
        _ if t.is_capitalised() => true,
        _ => t.is_word() && t.verb.is_none() && !lx::is_in(NOT_MODIFIERS, &t.lower),
    }
}

/// True when the clause ends at token `k`: the sentence's end, a full stop, a semicolon or a
/// comma.
fn ends_clause(tokens: &[Token], range: &Range<usize>, k: usize) -> bool {
    k >= range.end
        || tokens[k].quote.is_none()
            && matches!(tokens[k].kind, Kind::Punct('.' | '!' | '?' | ';' | ','))
}

/// Irregular past forms that report a standing: "she won 40 percent", "he fell to third".
const IRREGULAR_STANDING_VERBS: &[&str] = &[
    "had", "has", "have", "won", "led", "fell", "rose", "took", "held", "got", "drew", "stood",
];

/// True when `t` may be the finite verb of a finding: a form of "be" or "have", a regular
/// finite form ("leads", "trailed"), or an irregular past of standing ("won", "fell").
pub(crate) fn may_be_finite_verb(t: &Token) -> bool {
    t.quote.is_none()
        && (t.is(lx::BE_FORMS)
            || finite_verb_like(t)
            || lx::is_in(IRREGULAR_STANDING_VERBS, &t.lower))
}
