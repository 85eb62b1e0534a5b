//! Evidence as a source: polls, studies, reports, records and emails that show, find or suggest
//! something. News writes them with long post-modifiers ("a poll conducted by X for Y showed"),
//! which the ordinary subject search stops inside, and they are documents, not people, so a
//! "Gallup poll" must never become a person a later "he" refers to.

use super::lexicon::{self as lx, DOCUMENT_NOUNS};
use super::phrase::{NpClass, classify, is_subject_pronoun, np_backward};
use super::speakers::{Discourse, Resolved};
use super::tokens::{Kind, Token, Tokens};
use crate::model::{SourceKind, SpeakerKind};
use std::ops::Range;

/// How far back from the cue a document noun and its post-modifiers may start.
const WINDOW: usize = 20;

/// True for a word of `lexicon::CLAUSE_WORDS`; the list is only searched for stop words and pronouns.
fn is_clause_word(t: &Token) -> bool {
    (t.is(lx::NP_STOP_WORDS)
        || t.is(lx::PERSON_PRONOUNS)
        || t.is(lx::GROUP_PRONOUNS)
        || t.is(lx::THING_PRONOUNS)
        || matches!(t.lower.as_str(), "i" | "you"))
        && t.is(lx::CLAUSE_WORDS)
}

/// The words that may open a document noun's post-modifier: "conducted by", "of voters",
/// "released on Monday", "out this week".
fn opens_postmodifier(t: &Token) -> bool {
    let w = t.lower.as_str();
    t.is_word()
        && (matches!(
            w,
            "by" | "from" | "of" | "for" | "on" | "in" | "among" | "with" | "at" | "about" | "out"
        ) || (w.len() > 4 && (w.ends_with("ed") || w.ends_with("en"))))
}

/// "A poll released on Monday by X" before a cue at `b + 1`: the whole phrase from the
/// document's determiner to `b`, when a document noun heads it and only its post-modifiers
/// follow. `None` when the phrase right before the cue is itself the subject.
pub fn document_subject(toks: Tokens, lo: usize, b: usize) -> Option<Range<usize>> {
    let tokens = toks.tokens;
    let window = b.saturating_sub(WINDOW).max(lo);
    // Most cues have no document before them: one bit test per token decides.
    if !(window..b).any(|k| tokens[k].stem_is(DOCUMENT_NOUNS)) {
        return None;
    }
    let mut head = None;
    let mut k = b + 1;
    while k > window {
        k -= 1;
        let t = &tokens[k];
        let stops = t.quote.is_some()
            || matches!(
                t.kind,
                Kind::OpenQuote | Kind::CloseQuote | Kind::Punct(',' | ';' | ':' | '.' | '(' | ')')
            )
            || t.is(lx::BE_FORMS)
            || is_clause_word(t)
            || (t.verb.is_some() && !t.stem_is(DOCUMENT_NOUNS) && k < b);
        if stops {
            break;
        }
        if k < b && t.stem_is(DOCUMENT_NOUNS) && tokens.get(k + 1).is_some_and(opens_postmodifier) {
            head = Some(k);
        }
    }
    let head = head.or_else(|| subject_relative_document(tokens, window, b))?;
    let np = np_backward(toks, lo, head)?;
    Some(np.start..b + 1)
}

/// "The survey that was carried out in March showed", "the figures that worried the board
/// show": a document noun with a relative clause of its own right before a verb of evidence at
/// `b + 1` (no punctuation between), whose head is returned. The nearest relative pronoun
/// opens the clause, which opens with its verb, not a subject ("the report that the mayor
/// showed" is the mayor's showing), and holds at least two words.
fn subject_relative_document(tokens: &[Token], window: usize, b: usize) -> Option<usize> {
    if !tokens.get(b + 1).is_some_and(is_evidence_verb) {
        return None;
    }
    let plain = |k: usize| tokens[k].is_word() && tokens[k].quote.is_none();
    let rel = (window + 1..b)
        .rev()
        .take_while(|&k| plain(k + 1))
        .find(|&k| matches!(tokens[k].lower.as_str(), "that" | "which" | "who"))?;
    let first = &tokens[rel + 1];
    let opens_with_subject = first.is_capitalised()
        || first.is(lx::DETERMINERS)
        || is_subject_pronoun(first)
        || first.lower.starts_with(|c: char| c.is_ascii_digit());
    let document = tokens[rel - 1].stem_is(DOCUMENT_NOUNS) && rel + 1 < b;
    (document && plain(rel) && !opens_with_subject).then_some(rel - 1)
}

/// The verbs a document gives its evidence with ("shows", "found", "suggested").
fn is_evidence_verb(t: &Token) -> bool {
    const STEMS: &[&str] = &[
        "show", "find", "found", "suggest", "indicat", "reveal", "confirm",
    ];
    t.quote.is_none() && STEMS.iter().any(|stem| t.lower.starts_with(stem))
}

/// True when the source phrase `np` is headed by a document ("the poll", "records compiled by
/// the agency").
pub fn is_document_phrase(tokens: &[Token], np: &Range<usize>) -> bool {
    document_head(tokens, np).is_some()
}

/// True when `np` opens with a document phrase: no preposition before its document noun ("a
/// poll released Monday", not "addition to the investigation").
pub fn opens_with_document(tokens: &[Token], np: &Range<usize>) -> bool {
    document_head(tokens, np).is_some_and(|h| {
        (np.start..h).all(|k| !tokens[k].is(lx::PREPOSITIONS) && !tokens[k].is(lx::SUBORDINATORS))
    })
}

/// The first document noun of the source phrase `np` that heads it (not "poll" in "poll
/// workers"), if any; a relative clause inside the phrase may follow it ("the poll that was
/// taken last week").
fn document_head(tokens: &[Token], np: &Range<usize>) -> Option<usize> {
    np.clone().find(|&k| {
        let relative = |n: &Token| matches!(n.lower.as_str(), "that" | "which") && k + 2 < np.end;
        tokens[k].stem_is(DOCUMENT_NOUNS)
            && tokens.get(k + 1).is_none_or(|n| {
                k + 1 == np.end || opens_postmodifier(n) || !n.is_word() || relative(n)
            })
    })
}

/// The speaker of a source phrase headed by a document: the owner after "by"/"from" when it is
/// named ("a report by the World Bank"), else the document itself, named by its capitalised
/// modifiers ("a Gallup poll" → "Gallup poll", kind `document`), else an unnamed document.
pub fn document_source(
    toks: Tokens,
    np: &Range<usize>,
    discourse: &mut Discourse,
) -> Option<Resolved> {
    let Tokens { text, tokens, .. } = toks;
    let head = document_head(tokens, np)?;
    if let Some(by) =
        (head + 1..np.end).find(|&k| matches!(tokens[k].lower.as_str(), "by" | "from"))
        && by + 1 < np.end
    {
        let owner = classify(toks, by + 1..np.end, None);
        if matches!(owner, NpClass::Name { .. }) {
            return Some(discourse.resolve(&owner));
        }
    }
    // "New polls released Sunday": a capitalised first adjective is not a name.
    let opening_adjective = |k: usize| k == np.start && tokens[k].is(lx::DOCUMENT_ADJECTIVES);
    let first_name = (np.start..head).find(|&k| {
        tokens[k].is_word()
            && tokens[k].is_capitalised()
            && !tokens[k].is(lx::DETERMINERS)
            && !opening_adjective(k)
    });
    // A lone capitalised word opening the phrase may only open the sentence ("Exit polls").
    if let Some(first) = first_name
        && (first > np.start || head - first >= 2)
        && (first..head).all(|k| tokens[k].is_capitalised() || !tokens[k].is_word())
    {
        let span = tokens[first].span.start..tokens[head].span.end;
        return Some(Resolved {
            kind: SourceKind::Named,
            speaker: Some(text[span].to_string()),
            speaker_kind: SpeakerKind::Document,
        });
    }
    let class = classify(toks, np.start..head + 1, None);
    let mut resolved = discourse.resolve(&class);
    if resolved.speaker.is_none() {
        resolved.speaker_kind = SpeakerKind::Document;
    }
    Some(resolved)
}

#[cfg(test)]
mod tests {
    use crate::extract::extract;
    use crate::model::{SourceKind, SpeakerKind};

    /// (content, source, speaker, speaker kind) of every attribution of `text`.
    fn found(text: &str) -> Vec<(&str, &str, Option<String>, SpeakerKind)> {
        extract(text)
            .into_iter()
            .map(|a| {
                (
                    a.content.of(text),
                    a.source.map_or("", |s| s.of(text)),
                    a.speaker,
                    a.speaker_kind,
                )
            })
            .collect()
    }

    #[test]
    fn a_document_with_post_modifiers_is_the_subject() {
        let text = "A survey of 2,000 households released on Monday showed that rents rose.";
        assert_eq!(
            found(text),
            vec![(
                "rents rose",
                "A survey of 2,000 households released on Monday",
                None,
                SpeakerKind::Document
            )]
        );
    }

    #[test]
    fn catalogue_example() {
        let text = crate::extract::resolvers::RESOLVERS
            .iter()
            .find(|r| r.id == crate::extract::resolvers::EVIDENCE_SOURCE)
            .unwrap()
            .example;
        let got = found(text);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "rents rose by 8 percent");
        assert_eq!(
            got[0].1,
            "A survey of 2,000 households released on Monday by the national statistics office"
        );
        assert_eq!(got[0].3, SpeakerKind::Document);
    }

    #[test]
    fn a_document_with_a_relative_clause_is_the_subject() {
        let text =
            "The one survey that was carried out across the county in March showed a dead heat.";
        assert_eq!(
            found(text),
            vec![(
                "a dead heat",
                "The one survey that was carried out across the county in March",
                None,
                SpeakerKind::Document
            )]
        );
        // The relative clause's own subject shows, and a verb not of evidence is not a
        // document's.
        for text in [
            "The report that the mayor showed reporters was thin.",
            "The memo that was leaked last week praised the mayor.",
        ] {
            assert!(
                found(text)
                    .iter()
                    .all(|(_, _, _, kind)| *kind != SpeakerKind::Document),
                "{text}: {:?}",
                found(text)
            );
        }
    }

    #[test]
    fn a_named_document_is_a_document_speaker_not_a_person() {
        let text =
            "A Gallup poll shows the mayor ahead by six points.\n\n\"We are pleased,\" he said.";
        let got = found(text);
        assert_eq!(
            got[0],
            (
                "the mayor ahead by six points",
                "A Gallup poll",
                Some("Gallup poll".to_string()),
                SpeakerKind::Document
            )
        );
        // The poll is no one a later "he" refers to.
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[1].1, "he");
        assert_ne!(got[1].2.as_deref(), Some("Gallup poll"));
    }

    #[test]
    fn recordings_tallies_and_polls_out_are_documents() {
        for (text, source, content) in [
            (
                "A video of the rally shows the mayor shouting at a reporter.",
                "A video of the rally",
                "the mayor shouting at a reporter",
            ),
            (
                "Turnout fell by a third, tallies by the county clerks show.",
                "tallies by the county clerks",
                "Turnout fell by a third",
            ),
            (
                "The film shows the mayor shouting at a reporter.",
                "The film",
                "the mayor shouting at a reporter",
            ),
            (
                "A city poll out this week shows the mayor ahead by six points.",
                "A city poll out this week",
                "the mayor ahead by six points",
            ),
        ] {
            let got = found(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!((got[0].0, got[0].1), (content, source), "{text}");
            assert_eq!(got[0].3, SpeakerKind::Document, "{text}");
        }
    }

    #[test]
    fn a_finding_ends_where_the_next_document_is_given() {
        let text = "Early polls show voters rejecting the plan: A city survey this month found support at 30 percent.";
        let got = found(text);
        assert_eq!(got[0].0, "voters rejecting the plan", "{got:?}");
        assert_eq!(got[1].0, "support at 30 percent", "{got:?}");
        // A colon before the finding's own sentence keeps it.
        let text =
            "The poll shows how hard the vote will be: Six in 10 said the leader should win.";
        assert!(
            found(text)[0].0.ends_with("should win"),
            "{:?}",
            found(text)
        );
    }

    #[test]
    fn the_owner_of_a_document_speaks_for_it() {
        let text =
            "Records compiled by the Federal Election Commission show the fund spent $2 million.";
        let a = &extract(text)[0];
        assert_eq!(a.content.of(text), "the fund spent $2 million");
        assert_eq!(a.speaker.as_deref(), Some("Federal Election Commission"));
        assert_eq!(a.source_kind, SourceKind::Named);
    }

    #[test]
    fn a_document_after_according_to_keeps_its_post_modifiers() {
        for (text, source) in [
            (
                "Turnout rose by a third, according to exit polls reported by the networks.",
                "exit polls reported by the networks",
            ),
            (
                "Turnout rose by a third, according to a count by the election board.",
                "a count by the election board",
            ),
            // A spaced hyphen is a dash: the next clause is no part of the source.
            (
                "Turnout rose by a third, according to a survey conducted by the city - a record.",
                "a survey conducted by the city",
            ),
            // After a comma comes the next clause, not an apposition of the document.
            (
                "According to the poll, 46 percent of voters remain undecided.",
                "the poll",
            ),
        ] {
            let got = found(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(got[0].1, source, "{text}");
        }
    }

    #[test]
    fn a_clause_between_document_and_cue_stops_the_search() {
        // "the report" is inside the subject's relative clause; "she" is the subject.
        let text = "Jane Roe, who wrote the report on Monday, said that rents rose.";
        assert!(
            found(text)
                .iter()
                .all(|(_, _, _, kind)| *kind != SpeakerKind::Document)
        );
    }
}
