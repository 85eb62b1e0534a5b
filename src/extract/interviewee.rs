//! Who answers a transcript's "A:" turns.
//!
//! "A" is the person interviewed, and an interview's introduction names them: "an interview
//! with Jane Roe", "a Q&A with Mayor Jane Roe", "Roe spoke with our reporter", "she sat down
//! with reporters". Only such a phrase names the interviewee: "X spoke with Y" alone does not
//! tell who asked, so the other side must be the press ("reporters", "a writer", "us"). When
//! no sentence of the introduction says it, "A" stays nobody.

use crate::extract::attribute::Sentence;
use crate::extract::lexicon as lx;
use crate::extract::phrase::{NpClass, classify};
use crate::extract::speakers::Discourse;

/// The person a sentence of an interview's introduction names as interviewed, as the document
/// writes them (titles stripped; pronouns resolved to the person last named).
pub(crate) fn interviewee(s: &Sentence, discourse: &Discourse) -> Option<String> {
    (s.range.start..s.range.end).find_map(|k| {
        interview_with(s, k)
            .or_else(|| spoke_with_the_press(s, k, discourse))
            .filter(|name| !name.is_empty())
    })
}

/// "an interview with Jane Roe", "Q&A with Vice President Jane Roe": the name after "with".
fn interview_with(s: &Sentence, k: usize) -> Option<String> {
    let with = if lx::is_in(lx::INTERVIEW_NOUNS, s.lower(k)) {
        k + 1
    } else if s.lower(k) == "q" && s.is_punct(k + 1, '&') && s.lower(k + 2) == "a" {
        k + 3
    } else {
        return None;
    };
    if s.lower(with) != "with" {
        return None;
    }
    let np = s.np_forward(with + 1, s.range.end)?;
    // "our conversation with Jane Roe follow": the name ends at the small word after it.
    let end = (np.start + 1..np.end)
        .find(|&j| s.is_capitalised(j - 1) && !s.is_capitalised(j) && !s.is(j, lx::NAME_PARTICLES))
        .unwrap_or(np.end);
    person_name(classify(s.toks, np.start..end, None))
}

/// "Roe spoke with reporters", "she sat down this week with our writer": the subject, when
/// the other side is the press.
fn spoke_with_the_press(s: &Sentence, k: usize, discourse: &Discourse) -> Option<String> {
    let sat_down = s.lower(k) == "sat" && s.lower(k + 1) == "down";
    if !sat_down && !lx::is_in(lx::SPOKE_WITH_VERBS, s.lower(k)) {
        return None;
    }
    let with = (k + 1..s.range.end.min(k + 5)).find(|&j| matches!(s.lower(j), "with" | "to"))?;
    let press = (with + 1..s.range.end.min(with + 6))
        .take_while(|&j| s.tokens[j].is_word())
        .any(|j| lx::is_in(lx::PRESS_WORDS, s.lower(j)));
    if !press || k == s.range.start {
        return None;
    }
    let subject = s.np_backward(s.range.start, k - 1)?;
    match classify(s.toks, subject, None) {
        NpClass::Pronoun(p) => discourse.person_for_pronoun(&p),
        class => person_name(class),
    }
}

/// The name of a person (not an organisation) that `class` holds.
fn person_name(class: NpClass) -> Option<String> {
    match class {
        NpClass::Name {
            name, organisation, ..
        } if !organisation => Some(name),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::extract;

    /// The speakers of the document's transcript turns, in order.
    fn turn_speakers(text: &str) -> Vec<Option<String>> {
        extract(text)
            .into_iter()
            .filter(|a| a.rule == crate::extract::rules::TRANSCRIPT_TURN)
            .map(|a| a.speaker)
            .collect()
    }

    #[test]
    fn answers_go_to_the_person_the_introduction_names() {
        let intro = [
            "Here is an edited interview with Mayor Jane Roe.",
            "Excerpts from our conversation with Jane Roe follow.",
            "A Q&A with Jane Roe, the new harbour master.",
            "Jane Roe spoke with reporters on Tuesday.",
            "Mayor Jane Roe opened the new ferry pier. She sat down this week with our writer.",
        ];
        for intro in intro {
            let text = format!(
                "{intro}\n\nQ: Will the ferry run in winter?\n\nA: It will, twice a day.\n"
            );
            let speakers = turn_speakers(&text);
            assert_eq!(speakers, vec![None, Some("Jane Roe".into())], "{intro}");
        }
    }

    #[test]
    fn no_interviewee_without_a_phrase_that_names_one() {
        for intro in [
            "The ferry will run in winter.",
            "Our reporter Jane Roe spoke with the harbour master.",
            "An interview with the harbour master.",
        ] {
            let text = format!(
                "{intro}\n\nQ: Will the ferry run in winter?\n\nA: It will, twice a day.\n"
            );
            assert_eq!(turn_speakers(&text), vec![None, None], "{intro}");
        }
    }
}
