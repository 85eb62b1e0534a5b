//! Interview transcripts: paragraphs that open with a speaker label and a colon.
//!
//! Newspapers print interviews as turns ("Q: Did anyone call you?", "A: No one did.",
//! "ROE: We will rebuild the bridge."). Each turn is the labelled speaker's own words, the whole
//! paragraph after the label. A single capitalised label is as often a heading ("UPDATE: ...",
//! "BREAKING: ...") as a speaker, so a document is read as a transcript only when two of its
//! paragraphs or more open with a label.
//!
//! A turn is recorded as an attribution here too, with its label read as a name ("SEN. JANE
//! ROE" is Jane Roe); who answers "A:" is `interviewee`'s to find.

use crate::extract::lexicon as lx;
use crate::model::{Attribution, ClaimKind, Framing, SourceKind, Span, SpeakerKind, Stance};

/// The most words in a speaker label ("JANE ROE", "SEN. JOHN DOE").
const MAX_LABEL_WORDS: usize = 3;

/// The most bytes before the label's colon ("SEN. JOHN DOE-ROE" and a little more).
const MAX_LABEL_BYTES: usize = 40;

/// The fewest labelled paragraphs that make a document a transcript.
const MIN_TURNS: usize = 2;

/// One transcript turn: the speaker label, the colon (or full stop) after it, and the words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Turn {
    pub label: Span,
    pub mark: Span,
    pub content: Span,
    /// "Q" or "A": the interviewer or the interviewee, not a name.
    pub role_letter: bool,
}

/// The turn each paragraph holds, when the document has enough of them to be a transcript.
pub(crate) fn turns(text: &str, paragraphs: &[Span]) -> Vec<Option<Turn>> {
    let found: Vec<Option<Turn>> = paragraphs.iter().map(|&p| turn(text, p)).collect();
    if found.iter().flatten().count() >= MIN_TURNS {
        found
    } else {
        vec![None; paragraphs.len()]
    }
}

/// The turn `para` opens with, if it opens with a speaker label.
fn turn(text: &str, para: Span) -> Option<Turn> {
    let p = para.of(text);
    if !opens_in_capitals(p) {
        return None;
    }
    let head = || p.bytes().take(MAX_LABEL_BYTES);
    // "Q." and "A." may close with a full stop; a name label only with a colon, and its
    // titles may hold full stops ("SEN. JANE ROE:").
    // "A.J. ROE:" is a name.
    let role_letter = matches!(p.get(..2), Some("Q:" | "A:" | "Q." | "A."))
        && p[2..].starts_with(char::is_whitespace);
    let mark = if role_letter {
        1
    } else {
        head().position(|b| b == b':')?
    };
    let label = &p[..mark];
    if !role_letter && !speaker_label(label) {
        return None;
    }
    let rest = &p[mark + 1..];
    let words = rest.trim_start_matches(|c: char| c.is_whitespace());
    if words.len() == rest.len() || words.trim_end().is_empty() {
        return None;
    }
    let start = para.start + mark + 1 + (rest.len() - words.len());
    let at = |offset: usize| para.start + offset;
    Some(Turn {
        label: Span::new(para.start, at(mark)),
        mark: Span::new(at(mark), at(mark + 1)),
        content: Span::new(start, start + words.trim_end().len()),
        role_letter,
    })
}

/// A cheap first look: a label opens with two capitals ("ROE", "ÅSA") or a capital and its
/// mark ("Q:"); most paragraphs open with a capital and a small letter.
fn opens_in_capitals(p: &str) -> bool {
    let mut chars = p.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) => {
            first.is_uppercase() && (second.is_uppercase() || matches!(second, ':' | '.'))
        }
        _ => false,
    }
}

/// "TAPPER", "JANE ROE", "O'BRIEN": one to three words in capitals, not a heading word
/// ("UPDATE", "EXCLUSIVE").
fn speaker_label(label: &str) -> bool {
    let capital_word = |w: &&str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.chars()
                .all(|c| c.is_uppercase() || matches!(c, '\'' | '’' | '-' | '.'))
    };
    let words: Vec<&str> = label.split(' ').collect();
    words.len() <= MAX_LABEL_WORDS
        && words.iter().all(capital_word)
        && !words
            .iter()
            .any(|w| lx::is_in(lx::HEADING_LABELS, &w.to_lowercase()))
}

/// A transcript turn as an attribution: the speaker's own words, sourced to the label, said
/// by `speaker` (the name the label reads as, or for "A" the person interviewed), as the
/// resolver `resolver` decided.
pub(crate) fn attribution(
    turn: Turn,
    speaker: Option<String>,
    resolver: &'static str,
) -> Attribution {
    Attribution {
        content: turn.content,
        kind: ClaimKind::Direct,
        source: Some(turn.label),
        source_kind: SourceKind::Named,
        speaker,
        speaker_kind: SpeakerKind::Person,
        cue: Some(turn.mark),
        stance: Stance::Assert,
        framing: Framing::Neutral,
        rule: crate::extract::rules::TRANSCRIPT_TURN,
        resolver,
    }
}

/// The name a speaker label in capitals reads as: in normal case, without the titles before
/// it ("SEN. JANE ROE" → "Jane Roe"), as names are elsewhere.
pub(crate) fn label_name(label: &str) -> String {
    let words: Vec<&str> = label.split(' ').collect();
    let is_title = |w: &&&str| lx::is_in(lx::PERSON_TITLES, &w.to_lowercase());
    let titles = words.iter().take_while(is_title).count();
    // A label that is only a title ("SENATOR") keeps it: it is all the label says.
    let name = &words[titles.min(words.len() - 1)..];
    name.iter()
        .map(|w| title_case(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// "JANE O'ROE-DOE" as "Jane O'Roe-Doe": a capital to open each word and each part after an
/// apostrophe or a hyphen, and after a "Mc" ("MCDONALD" as "McDonald"), small letters
/// elsewhere ("MÜLLER" as "Müller").
fn title_case(label: &str) -> String {
    let mut out = String::with_capacity(label.len());
    let mut opens_part = true;
    for c in label.chars() {
        if opens_part {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        let after_mc =
            out.ends_with("Mc") && (out.len() == 2 || out[..out.len() - 2].ends_with(' '));
        opens_part = matches!(c, ' ' | '-' | '\'' | '’') || after_mc;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(text: &str) -> Vec<Option<(&str, &str)>> {
        let paras: Vec<Span> = crate::extract::segment::paragraphs(text).collect();
        turns(text, &paras)
            .into_iter()
            .map(|t| t.map(|t| (t.label.of(text), t.content.of(text))))
            .collect()
    }

    #[test]
    fn question_and_answer_turns() {
        let text = "The librarian spoke to us.\n\nQ: Why did the branch close?\n\nA. Nobody told us. We found out in May.\n";
        assert_eq!(
            labels(text),
            vec![
                None,
                Some(("Q", "Why did the branch close?")),
                Some(("A", "Nobody told us. We found out in May.")),
            ]
        );
    }

    #[test]
    fn speaker_labels_in_capitals() {
        let text = "JANE ROE: Will the ferry run in winter?\n\nDOE: It will, twice a day.\n\nSEN. J.R. DOE: Good.\n";
        assert_eq!(
            labels(text),
            vec![
                Some(("JANE ROE", "Will the ferry run in winter?")),
                Some(("DOE", "It will, twice a day.")),
                Some(("SEN. J.R. DOE", "Good.")),
            ]
        );
        let initials = "A.J. ROE: Will it run?\n\nQ. And in winter?\n";
        assert_eq!(
            labels(initials),
            vec![
                Some(("A.J. ROE", "Will it run?")),
                Some(("Q", "And in winter?"))
            ]
        );
        // Capitals of other scripts too.
        let text = "ÅSA LINDQVIST: Will it run?\n\nMÜLLER: It will.\n\nΣΟΦΙΑ: Good.\n";
        let found: Vec<_> = labels(text).into_iter().flatten().map(|(l, _)| l).collect();
        assert_eq!(found, ["ÅSA LINDQVIST", "MÜLLER", "ΣΟΦΙΑ"]);
    }

    #[test]
    fn one_label_or_heading_words_are_no_transcript() {
        let one = "ROE: The ferry will run.\n\nThe council agreed.\n";
        assert_eq!(labels(one), vec![None, None]);
        let headings = "UPDATE: The ferry runs.\n\nEXCLUSIVE: The ferry is late.\n";
        assert_eq!(labels(headings), vec![None, None]);
        let headings = "BUSTED: The ferry never ran.\n\nBOOM: The ferry is back.\n";
        assert_eq!(labels(headings), vec![None, None]);
        let headline = "Mayor Roe: Ferry Will Run\n\nJane Roe: It will.\n";
        assert_eq!(labels(headline), vec![None, None]);
    }

    /// The source and speaker of each transcript turn of `text`.
    fn turn_speakers(text: &str) -> Vec<(&str, Option<String>)> {
        crate::extract::extract(text)
            .into_iter()
            .filter(|a| a.rule == crate::extract::rules::TRANSCRIPT_TURN)
            .map(|a| (a.source.map_or("", |s| s.of(text)), a.speaker))
            .collect()
    }

    #[test]
    fn turn_labels_in_capitals_name_speakers_in_normal_case() {
        let text =
            "JANE ROE: Will the ferry run?\n\nJOHN O'DOE-SMITH: It will.\n\nÅSA LINDQVIST: Good.\n";
        let found = turn_speakers(text);
        let speakers: Vec<_> = found.iter().map(|(_, s)| s.as_deref()).collect();
        assert_eq!(
            speakers,
            [
                Some("Jane Roe"),
                Some("John O'Doe-Smith"),
                Some("Åsa Lindqvist")
            ]
        );
    }

    #[test]
    fn turn_labels_drop_titles_and_keep_mc_names() {
        let text =
            "SEN. JANE ROE: Will the ferry run?\n\nGOV. JOHN MCLEOD: It will.\n\nMAYOR: Good.\n";
        let speakers: Vec<_> = turn_speakers(text).into_iter().map(|(_, s)| s).collect();
        assert_eq!(
            speakers,
            [
                Some("Jane Roe".into()),
                Some("John McLeod".into()),
                Some("Mayor".into())
            ]
        );
    }

    #[test]
    fn turns_record_the_resolver_that_named_their_speaker() {
        let text = "An interview with Mayor Jane Roe.\n\nQ: Will it run?\n\nA: It will.\n\nJOHN DOE: Good.\n";
        let resolvers: Vec<_> = crate::extract::extract(text)
            .into_iter()
            .filter(|a| a.rule == crate::extract::rules::TRANSCRIPT_TURN)
            .map(|a| (a.resolver, a.speaker))
            .collect();
        assert_eq!(
            resolvers,
            [
                (crate::extract::resolvers::INTERVIEW_ROLE_LETTER, None),
                (
                    crate::extract::resolvers::INTERVIEW_ROLE_LETTER,
                    Some("Jane Roe".into())
                ),
                (
                    crate::extract::resolvers::TRANSCRIPT_LABEL,
                    Some("John Doe".into())
                ),
            ]
        );
    }

    #[test]
    fn turn_labels_take_the_name_the_document_writes() {
        // Named in running text first, or only after the labels: one speaker either way.
        for text in [
            "Mayor Jane Roe met the ferry crew.\n\nJOHN DOE: Will it run?\n\nROE: It will.\n",
            "JANE ROE: It will run.\n\nDOE: Twice a day?\n\nJane Roe later said the ferry would run.\n",
        ] {
            let found = turn_speakers(text);
            let roe = found.iter().find(|(label, _)| label.ends_with("ROE"));
            assert_eq!(
                roe.and_then(|(_, s)| s.as_deref()),
                Some("Jane Roe"),
                "{text}"
            );
            let said = crate::extract::extract(text)
                .into_iter()
                .filter(|a| a.rule != crate::extract::rules::TRANSCRIPT_TURN)
                .filter_map(|a| a.speaker)
                .collect::<Vec<_>>();
            assert!(said.iter().all(|s| s != "JANE ROE"), "{said:?}");
        }
    }
}
