//! "S is critical of C", "S was worried that C", "S is eager to C": an attitude held, said with
//! "to be" and an adjective of judging, feeling or readiness rather than with a verb. The
//! subject holds the attitude; what follows the adjective's preposition (or "that", or the
//! infinitive) is the content. Each adjective takes only the words listed with it, so that
//! "proud parents" or "clear skies" report nothing.

use super::cues::{Cue, CueKind};
use super::lexicon::{self as lx, Frame};
use super::tokens::Token;
use crate::model::{Framing, Stance};
use std::ops::Range;

/// An adjective of attitude, the words that may follow it, and the stance it reports.
struct Attitude {
    adjective: &'static str,
    after: &'static [&'static str],
    stance: Stance,
}

const fn attitude(
    adjective: &'static str,
    after: &'static [&'static str],
    stance: Stance,
) -> Attitude {
    Attitude {
        adjective,
        after,
        stance,
    }
}

use Stance::{Assert, Commit, Deny, Hedge};

/// The adjectives of attitude. Not "clear" or "sure" ("it is clear that" names nobody).
static ATTITUDES: &[Attitude] = &[
    attitude("critical", &["of"], Assert),
    attitude("supportive", &["of"], Assert),
    attitude("skeptical", &["of", "about", "that"], Hedge),
    attitude("sceptical", &["of", "about", "that"], Hedge),
    attitude("wary", &["of", "about"], Hedge),
    attitude("suspicious", &["of"], Hedge),
    attitude("dismissive", &["of"], Deny),
    attitude("proud", &["of", "that"], Assert),
    attitude("tired", &["of"], Assert),
    attitude("worried", &["about", "that", "by"], Hedge),
    attitude("concerned", &["about", "that", "by"], Hedge),
    attitude("optimistic", &["about", "that"], Hedge),
    attitude("pessimistic", &["about", "that"], Hedge),
    attitude("confident", &["that", "about", "of", "in"], Assert),
    attitude("aware", &["of", "that"], Assert),
    attitude("hopeful", &["that", "about"], Hedge),
    attitude("nervous", &["about", "that"], Hedge),
    attitude("anxious", &["about", "that"], Hedge),
    attitude("upset", &["about", "that", "with", "by"], Assert),
    attitude("angry", &["about", "that", "with", "at"], Assert),
    attitude("furious", &["about", "that", "with", "at"], Assert),
    attitude("unhappy", &["about", "that", "with"], Assert),
    attitude("pleased", &["with", "about", "that", "by"], Assert),
    attitude("frustrated", &["with", "that", "by"], Assert),
    attitude("disappointed", &["in", "with", "that", "by"], Assert),
    attitude("excited", &["about", "that", "by"], Assert),
    attitude("enthusiastic", &["about"], Assert),
    attitude("convinced", &["that", "of"], Assert),
    attitude("adamant", &["that", "about"], Assert),
    attitude("certain", &["that"], Assert),
    attitude("eager", &["to", "for"], Commit),
    attitude("keen", &["to", "on"], Commit),
    attitude("reluctant", &["to"], Deny),
    attitude("unwilling", &["to"], Deny),
    attitude("willing", &["to"], Commit),
    attitude("determined", &["to"], Commit),
    attitude("opposed", &["to"], Deny),
    attitude("committed", &["to"], Commit),
];

/// The adjectives of desire, whose infinitive is what is wanted ("is eager to C"). Not
/// "willing", "reluctant" or "determined to", a readiness that annotators leave out (on
/// PolNeAR train "eager to" after "to be" is annotated 7 times in 8, those three in 1 of 37).
const DESIRES: &[&str] = &["eager", "keen"];

/// Whether `w` is an adjective of attitude (each is in `lexicon::CUE_OPENING_WORDS`, the
/// prefilter of `cues::find_cues`).
pub(crate) fn is_attitude(w: &str) -> bool {
    ATTITUDES.iter().any(|a| a.adjective == w)
}

/// Adverbs that may stand between "to be" and the adjective ("is deeply critical of").
const DEGREE_ADVERBS: &[&str] = &[
    "very",
    "deeply",
    "increasingly",
    "so",
    "too",
    "more",
    "most",
    "less",
    "also",
    "still",
    "not",
    "never",
    "highly",
    "sharply",
    "openly",
    "particularly",
    "especially",
    "quite",
    "clearly",
    "now",
    "often",
    "always",
    "long",
    "fiercely",
    "strongly",
    "already",
    "even",
];

/// The cue of attitude whose adjective is token `i`: from the "to be" form (and the
/// auxiliaries before it) to the adjective, or to its preposition.
pub(crate) fn attitude_cue(tokens: &[Token], range: Range<usize>, i: usize) -> Option<Cue> {
    let w = tokens[i].lower.as_str();
    let a = ATTITUDES.iter().find(|a| a.adjective == w)?;
    let next = tokens.get(i + 1).filter(|_| i + 2 < range.end)?;
    if !a.after.contains(&next.lower.as_str()) {
        return None;
    }
    let be = be_before(tokens, range.start, i)?;
    // "that" and "to" open the content; a preposition belongs to the cue.
    let last = if matches!(next.lower.as_str(), "that" | "to") {
        i
    } else {
        i + 1
    };
    // "is eager to C": the infinitive of a desire is its content, like "wants to C".
    let frame = if next.lower == "to" && DESIRES.contains(&w) {
        Frame::Infinitive
    } else {
        Frame::Clause
    };
    Some(Cue {
        first: auxiliaries_before(tokens, range.start, be),
        head: i,
        last,
        kind: CueKind::Verb {
            frame,
            inverts: false,
            participle: false,
        },
        stance: a.stance,
        framing: Framing::Neutral,
    })
}

/// The "to be" form before the adjective at `i`, over at most two degree adverbs; not "to
/// be" itself, whose subject is elsewhere.
fn be_before(tokens: &[Token], lo: usize, i: usize) -> Option<usize> {
    let mut k = i.checked_sub(1).filter(|&k| k >= lo)?;
    for _ in 0..2 {
        // "were acutely aware", "are surprisingly skeptical": any "-ly" adverb of degree.
        let w = tokens[k].lower.as_str();
        let adverb = DEGREE_ADVERBS.contains(&w) || w.len() > 4 && w.ends_with("ly");
        if !adverb {
            break;
        }
        k = k.checked_sub(1).filter(|&k| k >= lo)?;
    }
    let t = &tokens[k];
    let be = t.is(lx::BE_FORMS) || is_remain(t);
    (be && t.lower != "be" && t.lower != "being" && t.quote.is_none()).then_some(k)
}

/// "has been", "will remain": the auxiliaries before the "to be" form at `be`.
fn auxiliaries_before(tokens: &[Token], lo: usize, be: usize) -> usize {
    let mut first = be;
    while first > lo && first + 3 > be && tokens[first - 1].is(lx::CUE_AUXILIARIES) {
        first -= 1;
    }
    first
}

/// Whether the cue from `first` to `head` is an adjective of attitude after "to be" (and not
/// the verb "opposed").
pub(crate) fn is_attitude_cue(tokens: &[Token], first: usize, head: usize) -> bool {
    is_attitude(tokens[head].lower.as_str())
        && (first..head).any(|k| tokens[k].is(lx::BE_FORMS) || is_remain(&tokens[k]))
}

fn is_remain(t: &Token) -> bool {
    matches!(t.lower.as_str(), "remain" | "remains" | "remained")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::with_paragraph;
    use crate::model::Span;

    /// The cue of attitude in `text`, as written.
    fn cue_of(text: &str) -> Option<String> {
        with_paragraph(text, Span::new(0, text.len()), |toks| {
            let tokens = toks.tokens;
            (0..tokens.len()).find_map(|i| {
                let cue = attitude_cue(tokens, 0..tokens.len(), i)?;
                let span = Span::new(tokens[cue.first].span.start, tokens[cue.last].span.end);
                Some(span.of(text).to_string())
            })
        })
    }

    #[test]
    fn an_attitude_needs_to_be_and_its_own_preposition() {
        assert_eq!(
            cue_of("The mayor has been sharply critical of the plan."),
            Some("has been sharply critical of".into())
        );
        assert_eq!(
            cue_of("Residents are worried that the bridge will close."),
            Some("are worried".into())
        );
        assert_eq!(
            cue_of("Voters were acutely aware that the bridge was closing."),
            Some("were acutely aware".into())
        );
        assert_eq!(
            cue_of("The unions are willing to talk."),
            Some("are willing".into())
        );
        assert_eq!(
            cue_of("The council is eager to reopen the pier."),
            Some("is eager".into())
        );
        assert_eq!(cue_of("Proud parents of the team cheered."), None);
        assert_eq!(cue_of("The mayor is critical to the plan."), None);
    }

    #[test]
    fn every_adjective_opens_a_cue() {
        for a in ATTITUDES {
            assert!(
                lx::is_in(lx::CUE_OPENING_WORDS, a.adjective),
                "{}",
                a.adjective
            );
        }
    }
}
