//! "X seems to C", "it appears that C", "she appeared more confident": an impression that the
//! writer reports without naming whose it is. News uses these verbs of seeming to hedge a
//! claim, and annotators count them as attributions with no source, the infinitive, the clause
//! or the complement after the verb being the content. "appeared on television" (showing up) is
//! no cue: the verb must be followed by "to" and a verb, a clause marker, or a complement.

use super::cues::{Cue, CueKind};
use super::lexicon as lx;
use super::phrase::is_subject_pronoun;
use super::standing;
use super::tokens::Token;
use crate::model::{Framing, Stance};
use std::ops::Range;

/// The finite forms of the verbs of seeming.
const SEEM_FORMS: &[&str] = &["seem", "seems", "seemed", "appear", "appears", "appeared"];

/// Words that open the complement of a verb of seeming: degree adverbs and the adjectives of
/// readiness and likelihood ("seemed more likely", "appears poised to", "seems intent on").
const COMPLEMENT_OPENERS: &[&str] = &[
    "more",
    "less",
    "most",
    "equally",
    "somewhat",
    "very",
    "increasingly",
    "quite",
    "rather",
    "too",
    "so",
    "fairly",
    "almost",
    "likely",
    "unlikely",
    "poised",
    "ready",
    "set",
    "eager",
    "intent",
    "reluctant",
    "willing",
    "unwilling",
    "determined",
    "open",
    "confident",
    "certain",
    "sure",
    "uncertain",
    "unsure",
    "unable",
    "able",
    "close",
    "closer",
    "headed",
    "bound",
    "resigned",
    "content",
    "unaware",
    "aware",
    "unfazed",
    "unperturbed",
    "happy",
    "unhappy",
    "comfortable",
    "uncomfortable",
];

/// Endings of adjectives that may stand as the complement ("seemed nervous", "appears
/// inevitable"); "appeared onstage" or "appeared alongside" end otherwise.
const ADJECTIVE_ENDINGS: &[&str] = &[
    "ous", "ful", "ive", "able", "ible", "less", "ent", "ant", "ic", "ical",
];

fn lower_at(tokens: &[Token], i: usize, end: usize) -> &str {
    if i < end {
        tokens[i].lower.as_str()
    } else {
        ""
    }
}

/// The cue of seeming at token `i`, with the token its content starts at.
pub(crate) fn seems_cue(tokens: &[Token], range: Range<usize>, i: usize) -> Option<Cue> {
    let w = tokens[i].lower.as_str();
    // "to appear on the show" is showing up; "what appears to be a drone" hedges a noun
    // phrase inside another clause; "this appears to be C" and "that seemed C" are the
    // writer's own comment on what was just told, not a claim of their own.
    let after = |words: &[&str]| i > range.start && words.contains(&tokens[i - 1].lower.as_str());
    if !SEEM_FORMS.contains(&w) || after(&["to", "what", "this", "that"]) {
        return None;
    }
    let (content, comma_ends) = content_start(tokens, &range, i)?;
    Some(Cue {
        first: i,
        head: i,
        last: i,
        kind: CueKind::Seems {
            content,
            comma_ends,
        },
        stance: Stance::Hedge,
        framing: Framing::Neutral,
    })
}

/// Where the content after the verb of seeming at `i` starts, and whether a comma ends it.
fn content_start(tokens: &[Token], range: &Range<usize>, i: usize) -> Option<(usize, bool)> {
    let end = range.end;
    let k = i + 1;
    let at = |n: usize| lower_at(tokens, n, end);
    let word = |n: usize| n < end && tokens[n].is_word() && tokens[n].quote.is_none();
    let after_it = i > range.start && tokens[i - 1].lower == "it";
    match at(k) {
        // "seemed to be shrinking", not "appeared to the crowd" or "seemed to me"; "appeared
        // to suggest C" is the subject's own (hedged) cue.
        "to" => (word(k + 1) && verb_like(&tokens[k + 1]) && tokens[k + 1].verb.is_none())
            .then_some((k, false)),
        "that" if word(k + 1) => Some((k + 1, false)),
        "as" if matches!(at(k + 1), "if" | "though") && word(k + 2) => Some((k + 2, false)),
        "like" if after_it && word(k + 1) => Some((k + 1, false)),
        // "it seems the vote was close", "it appears he has no chance": a clause without "that".
        _ if after_it && word(k) && opens_bare_clause(tokens, k, end) => Some((k, false)),
        // "It appears, though, that C".
        "," if after_it => (k + 1..(k + 5).min(end))
            .find(|&n| at(n) == "that")
            .filter(|&n| word(n + 1))
            .map(|n| (n + 1, false)),
        _ if word(k) && complement_like(&tokens[k]) => Some((k, true)),
        _ => None,
    }
}

/// True when a clause without "that" opens at `k` after "it seems": a subject pronoun, or a
/// definite determiner with a finite verb in the next few words ("it seems the vote was close",
/// not "it seems the best choice").
fn opens_bare_clause(tokens: &[Token], k: usize, end: usize) -> bool {
    let t = &tokens[k];
    let finite_verb_soon = || {
        (k + 2..(k + 8).min(end))
            .any(|n| tokens[n].is_word() && standing::may_be_finite_verb(&tokens[n]))
    };
    is_subject_pronoun(t) || t.is(lx::DEFINITE_DETERMINERS) && finite_verb_soon()
}

/// A lower-case word that may be a verb after "to": not a determiner, pronoun or name.
fn verb_like(t: &Token) -> bool {
    !t.is_capitalised()
        && !t.is(lx::DETERMINERS)
        && !t.is(lx::OBJECT_PRONOUNS)
        && !t.lower.starts_with(|c: char| c.is_ascii_digit())
}

/// A lower-case word that opens the complement of a verb of seeming.
fn complement_like(t: &Token) -> bool {
    let w = t.lower.as_str();
    !t.is_capitalised()
        && !t.is(lx::PREPOSITIONS)
        && (COMPLEMENT_OPENERS.contains(&w) || ADJECTIVE_ENDINGS.iter().any(|e| w.ends_with(e)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::with_paragraph;
    use crate::model::Span;

    /// The first word of the content of the first cue of seeming in `text`.
    fn content_of(text: &str) -> Option<String> {
        with_paragraph(text, Span::new(0, text.len()), |toks| {
            let tokens = toks.tokens;
            (0..tokens.len()).find_map(|i| {
                let cue = seems_cue(tokens, 0..tokens.len(), i)?;
                let CueKind::Seems { content, .. } = cue.kind else {
                    return None;
                };
                Some(tokens[content].lower.to_string())
            })
        })
    }

    #[test]
    fn seeming_takes_an_infinitive_a_clause_or_a_complement() {
        assert_eq!(content_of("The mayor seemed to waver."), Some("to".into()));
        assert_eq!(
            content_of("It appears that the vote was close."),
            Some("the".into())
        );
        assert_eq!(
            content_of("The crowd seemed nervous."),
            Some("nervous".into())
        );
        assert_eq!(
            content_of("The council appears poised to act."),
            Some("poised".into())
        );
    }

    #[test]
    fn showing_up_is_no_cue() {
        assert_eq!(content_of("The mayor appeared on television."), None);
        assert_eq!(content_of("She appeared to the crowd at noon."), None);
        assert_eq!(content_of("He will appear alongside the governor."), None);
    }
}
