//! Finds attributed assertions (who said what, with which cue and stance) in news text.
//!
//! `extract` is pure: text in, attributions out. The pipeline is paragraph → quotation pairing
//! → tokens → sentences → cues → rule matching per sentence → source resolution across the
//! document. Every stage is linear in its input with bounded look-around, so any text, however
//! long or malformed, is processed in linear time without panicking.

mod attitude;
mod attribute;
mod classify;
mod cues;
mod evidence;
mod gender;
mod inflect;
mod interviewee;
pub mod lexicon;
pub(crate) mod light_verbs;
mod mention;
mod perspective;
mod phrase;
mod possessive;
mod quotes;
pub mod resolvers;
mod respondents;
pub mod rules;
mod seeming;
mod segment;
mod sentence;
mod speakers;
mod standing;
mod tokens;
mod transcript;

/// The extractor's list of double quotation marks, for code outside that must agree with it
/// on what opens or closes a quotation.
pub use quotes::is_double_quote;

use crate::model::{Attribution, ClaimKind, SourceKind, Span};
use attribute::{Found, Sentence, SourceRef};
use phrase::{NpClass, classify, trailing_name};
use resolvers::Ask;
use speakers::Discourse;
use tokens::{Kind, Tokens};

/// Bumped whenever the extractor's output for some input changes.
pub const EXTRACTOR_VERSION: &str = "1.14.0";

/// The last attribution with a source (a quotation, or indirect speech when its sentence had
/// no quotation), which a following stand-alone quotation continues.
struct LastQuoted {
    index: usize,
}

/// All attributions of `text`, in document order.
pub fn extract(text: &str) -> Vec<Attribution> {
    let mut doc = Document {
        text,
        out: Vec::new(),
        discourse: Discourse::default(),
        last_quoted: None,
        unsigned_quote: None,
        previous_quote: None,
        interview: None,
    };
    let paragraphs: Vec<Span> = segment::join_lead_ins(text, segment::paragraphs(text)).collect();
    let turns = transcript::turns(text, &paragraphs);
    if turns.iter().any(Option::is_some) {
        doc.interview = Some(Interview::default());
    }
    for (para, turn) in paragraphs.into_iter().zip(turns) {
        doc.paragraph(para, turn);
    }
    doc.finish()
}

/// A document being read: the attributions so far and what later sentences refer back to.
struct Document<'t> {
    text: &'t str,
    out: Vec<Attribution>,
    discourse: Discourse,
    last_quoted: Option<LastQuoted>,
    /// A stand-alone quotation with no source yet, which a signature line may claim.
    unsigned_quote: Option<Span>,
    /// The stand-alone quotation of the previous sentence, which a sentence that is only a
    /// source and a verb of saying claims (`rules::source_sentence`).
    previous_quote: Option<PreviousQuote>,
    /// In a transcript, who answers its "A:" turns, as its introduction names them.
    interview: Option<Interview>,
}

/// What a transcript's introduction says of who is interviewed (`interviewee`).
#[derive(Default)]
struct Interview {
    /// The person interviewed, once a sentence of the introduction has named them.
    interviewee: Option<String>,
    /// True from the first turn on, where the introduction has ended.
    turns_began: bool,
}

/// A sentence that was nothing but a quotation, and whether it was given to the previous
/// speaker as a continuation (the last attribution).
#[derive(Clone, Copy)]
struct PreviousQuote {
    content: Span,
    continued: bool,
}

impl Document<'_> {
    fn paragraph(&mut self, para: Span, turn: Option<transcript::Turn>) {
        let text = self.text;
        let first = self.out.len();
        if let Some(interview) = self.interview.as_mut() {
            interview.turns_began |= turn.is_some();
        }
        let quotes = quotes::pair_quotes(text, para);
        let tokens = tokens::tokenize(text, para, &quotes);
        let toks = Tokens {
            text,
            tokens: &tokens,
            quotes: &quotes,
        };
        let sentences = segment::sentences(toks);
        let headline = sentences.len() == 1
            && tokens.last().is_some_and(|t| {
                !matches!(
                    t.kind,
                    Kind::Punct('.' | '!' | '?' | ':') | Kind::CloseQuote
                )
            });
        // A turn's label and colon ("Q:", "ROE:") are no words of its first sentence.
        let words_from = turn.map_or(0, |t| {
            tokens.partition_point(|k| k.span.start < t.content.start)
        });
        for mut range in sentences {
            range.start = range.start.max(words_from);
            if range.is_empty() {
                continue;
            }
            let sentence = Sentence {
                toks,
                range,
                headline,
            };
            self.sentence(&sentence);
        }
        if let Some(turn) = turn {
            self.record_turn(first, turn);
        }
    }

    /// Records a transcript turn ahead of the paragraph's other attributions (from `first`),
    /// in place of the headline reading of its label and colon.
    fn record_turn(&mut self, first: usize, turn: transcript::Turn) {
        let (speaker, resolver) = if turn.role_letter {
            let answer = turn.label.of(self.text) == "A";
            let interviewee = self.interview.as_ref().and_then(|i| i.interviewee.clone());
            (
                interviewee.filter(|_| answer),
                resolvers::INTERVIEW_ROLE_LETTER,
            )
        } else {
            // "SEN. JANE ROE" is Jane Roe, and the document's own spelling of her name wins.
            let name = transcript::label_name(turn.label.of(self.text));
            self.discourse.entity_for_name(&name, &[], true, false);
            (Some(name), resolvers::TRANSCRIPT_LABEL)
        };
        let a = transcript::attribution(turn, speaker, resolver);
        let headline = (first..self.out.len()).find(|&i| {
            self.out[i].rule == rules::HEADLINE_COLON && self.out[i].cue == Some(turn.mark)
        });
        if let Some(i) = headline {
            self.out[i] = a;
            return;
        }
        self.out.insert(first, a);
        if let Some(last) = self.last_quoted.as_mut()
            && last.index >= first
        {
            last.index += 1;
        }
    }

    fn sentence(&mut self, s: &Sentence) {
        let (toks, range, headline) = (s.toks, s.range.clone(), s.headline);
        let found = attribute::attributions(s);
        let had_any = !found.is_empty();
        let noted_to = note_before_sources(s, &found, &mut self.discourse);
        self.push_found(toks, found);
        if let Some(interview) = self.interview.as_mut()
            && !interview.turns_began
            && interview.interviewee.is_none()
        {
            interview.interviewee = interviewee::interviewee(s, &self.discourse);
        }
        let orphan = self.unsigned_quote.take();
        let previous_quote = self.previous_quote.take();
        if !had_any && (self.signature(s, orphan) || self.source_sentence(s, previous_quote)) {
            note_names(toks, range, noted_to, headline, &mut self.discourse);
            return;
        }
        if !had_any {
            self.continuation(s);
        }
        note_names(toks, range.clone(), noted_to, headline, &mut self.discourse);
        if !had_any {
            note_subject(s, &mut self.discourse);
        }
    }

    /// Resolves the sentence's attributions in order and records them.
    fn push_found(&mut self, toks: Tokens, found: Vec<Found>) {
        let mut previous: Option<resolvers::Outcome> = None;
        let mut had_quote_in_sentence = false;
        let first = self.out.len();
        for f in found {
            let (source_span, resolved, resolver) = resolvers::resolve(&mut Ask::new(
                toks,
                &f,
                &mut self.discourse,
                previous.as_ref(),
            ));
            previous = Some((source_span, resolved.clone()));
            let quoted = matches!(f.kind, ClaimKind::Direct | ClaimKind::Mixed);
            self.out.push(Attribution {
                content: f.content,
                kind: f.kind,
                source: source_span,
                source_kind: resolved.kind,
                speaker: resolved.speaker,
                speaker_kind: resolved.speaker_kind,
                cue: Some(f.cue),
                stance: f.stance,
                framing: f.framing,
                rule: f.rule,
                resolver,
            });
            // "“Q,” she said, adding that C." keeps her quotation open for the next one.
            if quoted || self.last_quoted.is_none() || !had_quote_in_sentence {
                let sourced = resolved.kind != SourceKind::None;
                self.last_quoted = (quoted || sourced).then_some(LastQuoted {
                    index: self.out.len() - 1,
                });
            }
            had_quote_in_sentence |= quoted;
        }
        mention::end_before_claiming_relatives(toks.text, &mut self.out[first..]);
    }

    /// "“Q.”\n\n— Jane Roe": a signature line under a quotation nobody claimed. True when the
    /// sentence `s` signed the `orphan` quotation.
    fn signature(&mut self, s: &Sentence, orphan: Option<Span>) -> bool {
        let Some(content) = orphan else {
            return false;
        };
        let Some(a) = signed(s, content, &mut self.discourse) else {
            return false;
        };
        self.out.push(a);
        self.last_quoted = Some(LastQuoted {
            index: self.out.len() - 1,
        });
        true
    }

    /// "“Q.” Jane Roe said.": a sentence that is only a source and a verb of saying claims the
    /// quotation of the sentence before it, taking it back from the previous speaker. True
    /// when it did.
    fn source_sentence(&mut self, s: &Sentence, previous: Option<PreviousQuote>) -> bool {
        let Some(previous) = previous else {
            return false;
        };
        let Some(found) = rules::source_sentence::quote_then_source(s, previous.content) else {
            return false;
        };
        if previous.continued {
            self.out.pop();
        }
        self.push_found(s.toks, vec![found]);
        true
    }

    /// A sentence that is nothing but a quotation continues the last quoted source, or waits
    /// for a signature line when there is none; a few of the writer's words and a quotation
    /// continue it too.
    fn continuation(&mut self, s: &Sentence) {
        let quote = continuation(s);
        if quote.is_none()
            && self.last_quoted.is_some()
            && let Some(content) = led_continuation(s)
        {
            self.continue_last_quoted(content, ClaimKind::Mixed);
            return;
        }
        self.previous_quote = quote.map(|content| PreviousQuote {
            content,
            continued: self.last_quoted.is_some(),
        });
        match quote {
            Some(content) if self.last_quoted.is_none() => self.unsigned_quote = Some(content),
            Some(content) => self.continue_last_quoted(content, ClaimKind::Direct),
            _ => self.last_quoted = None,
        }
    }

    /// Gives `content` to the source of the last quoted attribution, which it then is.
    fn continue_last_quoted(&mut self, content: Span, kind: ClaimKind) {
        let Some(last) = self.last_quoted.as_ref() else {
            return;
        };
        let a = Attribution {
            content,
            kind,
            rule: rules::CONTINUATION,
            resolver: resolvers::PREVIOUS_QUOTATION,
            ..self.out[last.index].clone()
        };
        self.out.push(a);
        self.last_quoted = Some(LastQuoted {
            index: self.out.len() - 1,
        });
    }

    /// The attributions, with surnames resolved early replaced by the full names met later.
    fn finish(mut self) -> Vec<Attribution> {
        // A bare surname resolved before the full name was met takes the full name now.
        for a in &mut self.out {
            if let Some(speaker) = &a.speaker
                && let Some(canonical) = self.discourse.canonical(speaker)
                && canonical != speaker
            {
                a.speaker = Some(canonical.to_string());
            }
        }
        for a in &mut self.out {
            end_before_lead_in_break(self.text, a);
        }
        self.out
    }
}

/// A content that runs from a lead-in paragraph ("..., adding that C and said:") across the
/// line break into the quotation the lead-in introduces (`segment::join_lead_ins` made them one
/// stretch of text) ends at the lead-in's colon: the quotation is the colon's, and a content
/// never crosses a paragraph.
fn end_before_lead_in_break(text: &str, a: &mut Attribution) {
    let content = a.content.of(text);
    let Some(colon) = content.match_indices(':').map(|(i, _)| i).find(|&i| {
        content[i + 1..]
            .trim_start_matches([' ', '\t'])
            .starts_with(['\n', '\r', '\u{2028}', '\u{2029}'])
    }) else {
        return;
    };
    let kept = content[..colon].trim_end();
    if kept.is_empty() {
        return;
    }
    a.content = Span::new(a.content.start, a.content.start + kept.len());
    if a.kind == ClaimKind::Mixed && !kept.contains(quotes::is_quote_mark) {
        a.kind = ClaimKind::Indirect;
    }
}

/// The attribution of `content` to the signature line "— Jane Roe, role" that is all of the
/// sentence `s`.
fn signed(s: &Sentence, content: Span, discourse: &mut Discourse) -> Option<Attribution> {
    let (toks, tokens) = (s.toks, s.tokens);
    let np = rules::quote_tail::dash_signature(toks, s.range.start, s.range.end)?;
    let cue = tokens[s.range.start].span;
    let f = Found {
        rule: rules::QUOTE_DASH,
        content,
        kind: ClaimKind::Direct,
        source: SourceRef::Phrase { np, appos: None },
        cue,
        stance: crate::model::Stance::Assert,
        framing: crate::model::Framing::Neutral,
    };
    let (source, resolved, resolver) = resolvers::resolve(&mut Ask::new(toks, &f, discourse, None));
    Some(Attribution {
        content,
        kind: ClaimKind::Direct,
        source,
        source_kind: resolved.kind,
        speaker: resolved.speaker,
        speaker_kind: resolved.speaker_kind,
        cue: Some(cue),
        stance: f.stance,
        framing: f.framing,
        rule: f.rule,
        resolver,
    })
}

/// The most tokens of a writer's tail after a continued quotation.
const MAX_CONTINUATION_TAIL: usize = 10;

/// The content of a sentence that is nothing but a quotation (and closing punctuation), or a
/// quotation and a short tail.
fn continuation(s: &Sentence) -> Option<Span> {
    let (text, tokens, range) = (s.text, s.tokens, s.range.clone());
    let first = tokens.get(range.start)?;
    if first.kind != Kind::OpenQuote {
        return None;
    }
    let q = first.quote?;
    let rest_is_quote = tokens[range.clone()]
        .iter()
        .all(|t| t.quote == Some(q) || matches!(t.kind, Kind::Punct('.' | ',' | '!' | '?')));
    // "“We will win,” which votes in June.", "“That is the fight” to the rest of the
    // country.": the writer's short tail after the quotation, with no cue of its own (the
    // sentence found no attribution), leaves it a continuation.
    let close = (range.start + 1..range.end).find(|&k| tokens[k].kind == Kind::CloseQuote);
    let short_tail = close.is_some_and(|c| {
        let tail = &tokens[c + 1..range.end];
        tail.len() <= MAX_CONTINUATION_TAIL
            && c - range.start >= tail.len()
            && tail
                .iter()
                .all(|t| t.quote.is_none() && t.kind != Kind::OpenQuote)
    });
    if !rest_is_quote && !short_tail {
        return None;
    }
    let inner = s.quotes.get(q)?.inner;
    let quoted = inner.of(text);
    let start = inner.start + (quoted.len() - quoted.trim_start_matches(tokens::is_space).len());
    let end = inner.start
        + quoted
            .trim_end_matches(tokens::is_space)
            .trim_end_matches(',')
            .len();
    (start < end).then(|| Span::new(start, end))
}

/// The most tokens of the writer's words before a continued quotation.
const MAX_CONTINUATION_LEAD: usize = 10;
/// The fewest words of a quotation that continues a speaker after a lead.
const MIN_LED_QUOTE_WORDS: usize = 4;

/// "Now, “within the business community there is support.”": a sentence of a few of the
/// writer's words and a quotation that runs to its end continues the last quoted source; the
/// content is the whole sentence.
fn led_continuation(s: &Sentence) -> Option<Span> {
    let (tokens, range) = (s.tokens, s.range.clone());
    let open = (range.start + 1..range.end.min(range.start + MAX_CONTINUATION_LEAD + 1))
        .find(|&k| tokens[k].kind == Kind::OpenQuote)?;
    let q = tokens[open].quote?;
    let lead_plain = tokens[range.start..open]
        .iter()
        .all(|t| t.quote.is_none() && (t.is_word() || t.is_punct(',')) && t.verb.is_none());
    if !lead_plain || !continues_speaker(&tokens[range.start..open]) {
        return None;
    }
    let rest_is_quote = tokens[open..range.end]
        .iter()
        .all(|t| t.quote == Some(q) || matches!(t.kind, Kind::Punct('.' | ',' | '!' | '?')));
    let words = tokens[open..range.end]
        .iter()
        .filter(|t| t.is_word())
        .count();
    if !(rest_is_quote && words >= MIN_LED_QUOTE_WORDS) {
        return None;
    }
    let inner = s.quotes.get(q)?.inner;
    let quoted = inner.of(s.text);
    let end = inner.start
        + quoted
            .trim_end_matches(tokens::is_space)
            .trim_end_matches(',')
            .len();
    let start = tokens[range.start].span.start;
    (start < end).then(|| Span::new(start, end))
}

/// True when the writer's words before a quotation leave it to the last speaker: a connective
/// or adverbial ("But", "Now,", "Unless ..., "), or a pronoun subject ("He has directed"). A
/// name or a noun phrase with an article ("Roe replied,", "The ad targets") brings a subject
/// of its own, and "As X put it," names its source.
fn continues_speaker(lead: &[tokens::Token]) -> bool {
    let Some(first) = lead.first() else {
        return false;
    };
    let opener = first.is(lexicon::DETERMINERS)
        || first.is(lexicon::PERSON_PRONOUNS)
        || first.is(lexicon::NP_STOP_WORDS)
        || first.is(lexicon::SUBORDINATORS)
        || first.is(lexicon::ADVERBIAL_OPENERS)
        || lexicon::is_in(lexicon::SENTENCE_ADVERBS, &first.lower)
        || first.lower.ends_with("ly")
        || first.lower.ends_with("ing");
    let article = matches!(first.lower.as_str(), "the" | "a" | "an" | "as");
    let named = lead[1..].iter().any(|t| t.is_capitalised());
    opener && !article && !named
}

/// Records proper names met in the sentence, for descriptions like "the group" later on, and
/// learns full names so a later surname or title resolves to them.
/// `from` is where to start within the sentence `range` (names before it were noted already).
fn note_names(
    toks: Tokens,
    range: std::ops::Range<usize>,
    from: usize,
    headline: bool,
    discourse: &mut Discourse,
) {
    let Tokens { text, tokens, .. } = toks;
    let mut i = from.max(range.start);
    while i < range.end {
        let t = &tokens[i];
        if t.quote.is_some() || !t.is_capitalised() || t.is(lexicon::DETERMINERS) {
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        while i < range.end
            && i - start < 6
            && tokens[i].quote.is_none()
            && !tokens[i - 1].is_possessive()
            && (tokens[i].is_capitalised()
                || tokens[i].is(lexicon::NAME_PARTICLES)
                    && i + 1 < range.end
                    && tokens[i + 1].is_capitalised())
        {
            i += 1;
        }
        // Titles before a name are not part of it: "US President Jane Roe" → "Jane Roe".
        let name_start = (start..i)
            .rev()
            .find(|&k| tokens[k].stem_is(lexicon::PERSON_TITLES))
            .map_or(start, |k| k + 1);
        if name_start >= i {
            continue;
        }
        let span = Span::new(tokens[name_start].span.start, tokens[i - 1].span.end);
        let name = span.of(text);
        let name = name
            .strip_suffix("'s")
            .or_else(|| name.strip_suffix("’s"))
            .unwrap_or(name);
        if !(start == range.start && i - start == 1) {
            discourse.note_name(name);
        }
        // A Title Case headline capitalises every word, so its runs are not names.
        if !headline {
            let mut first = start;
            // "Then Jane Roe ...": a capitalised sentence opener is not part of the name.
            if first == range.start
                && (tokens[first].is(lexicon::ADVERBIAL_OPENERS)
                    || tokens[first].is(lexicon::NP_STOP_WORDS)
                    || tokens[first].is(lexicon::NO_NAME_OPENERS)
                    || tokens[first].lower.ends_with("ly"))
            {
                first += 1;
            }
            let has_verb = tokens[first..i].iter().any(|t| t.verb.is_some());
            // `learn_name` keeps only names of two words or more, which one token never holds.
            if first + 1 < i
                && !has_verb
                && let Some(class) = trailing_name(toks.slice(first..i))
            {
                discourse.learn_name(&class);
            }
        }
        // After learning the name, so that a full name met in passing takes its gender too.
        if let Some(pronoun) = gender::gender_after_name(tokens, start..i, range.start, range.end) {
            discourse.note_gender(name, pronoun);
        }
    }
}

/// "Jane Roe isn't worried about the polls; in fact, she said ...": names met in the sentence
/// before its first source are known before that source is resolved, so a pronoun that no
/// salient mention fits can refer to them (not made salient: the subject of such a sentence is
/// too often a participle or a place). Returns where the noting stopped.
fn note_before_sources(s: &Sentence, found: &[Found], discourse: &mut Discourse) -> usize {
    let range = s.range.clone();
    let cut = found
        .iter()
        .filter_map(|f| match &f.source {
            SourceRef::Phrase { np, .. }
            | SourceRef::OnBehalf { np, .. }
            | SourceRef::Relative { np, .. } => Some(np.start),
            SourceRef::Previous | SourceRef::Nobody => None,
        })
        .min();
    match cut.filter(|&c| c > range.start + 1 && c <= range.end) {
        Some(cut) => {
            note_names(s.toks, range.start..cut, range.start, s.headline, discourse);
            cut
        }
        None => range.start,
    }
}

/// Records the subject of a sentence without attributions, so that a later "he" can refer to it.
fn note_subject(s: &Sentence, discourse: &mut Discourse) {
    let (tokens, range) = (s.tokens, s.range.clone());
    let mut start = s.after_dateline(range.end).unwrap_or(range.start);
    if let Some(first) = tokens.get(start)
        && opens_adverbial(first, tokens.get(start + 1))
    {
        match (start..range.end.min(start + 25)).find(|&k| tokens[k].is_punct(',')) {
            Some(c) => start = c + 1,
            None => return,
        }
    }
    if let Some(np) = s.np_forward(start, range.end) {
        // "Shipping on the Rhine was ...": a lone capitalised "-ing" word opening a sentence is
        // a gerund, not a name.
        if np.len() == 1 && np.start == start && no_name_alone(&tokens[np.start]) {
            return;
        }
        let class = classify(s.toks, np, None);
        if !matches!(class, NpClass::Pronoun(ref p) if p == "it" || p == "they") {
            discourse.note_subject(&class);
        }
    }
}

/// A sentence opener that starts an adverbial before the subject: a preposition, a sentence
/// adverb or a participle ("Throughout the race,", "Soon after the vote,", "Reached by phone,",
/// "Standing before the crowd,").
fn opens_adverbial(t: &tokens::Token, next: Option<&tokens::Token>) -> bool {
    let w = t.lower.as_str();
    // "Reached by phone," but not "Ted Cruz": a participle before a lower-case word.
    let participle = participle_like(w) && next.is_some_and(|n| n.is_word() && !n.is_capitalised());
    t.is(lexicon::ADVERBIAL_OPENERS)
        || lexicon::is_in(lexicon::SENTENCE_ADVERBS, w)
        || t.is(lexicon::PREPOSITIONS)
        || matches!(w, "throughout" | "along" | "alongside" | "rather" | "back")
        || participle && t.quote.is_none()
}

/// An "-ing" or "-ed" form long enough not to be a short name ("Ted", "Fred").
fn participle_like(w: &str) -> bool {
    w.len() >= 5 && (w.ends_with("ing") || w.ends_with("ed"))
}

/// A lone capitalised word opening a sentence that is no name: a function word ("That's"), a
/// question word ("Why did the ferry stop?"), a gerund or participle ("Shipping on the Rhine
/// was ..."), an imperative, an interjection or a pronoun ("Look, ...", "You know ...").
fn no_name_alone(t: &tokens::Token) -> bool {
    let w = t.lower.as_str();
    participle_like(w)
        || t.is(lexicon::NO_NAME_OPENERS)
        || t.is(lexicon::NP_STOP_WORDS)
        || t.is(lexicon::QUESTION_WORDS)
        || t.is(lexicon::DETERMINERS)
        || t.is(lexicon::SUBORDINATORS)
        || lexicon::is_in(lexicon::SENTENCE_ADVERBS, w)
        || w.starts_with("that")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_turn_label_is_no_word_of_the_sentence_after_it() {
        let text = "Q: Why did the ferry stop?\n\nA: It was too cold. He said it would not run.\n\nQ: Who knew?\n\nA: The pier was unsafe, the mayor said.\n";
        let found = extract(text);
        let said: Vec<_> = found
            .iter()
            .filter(|a| a.rule != rules::TRANSCRIPT_TURN)
            .map(|a| (a.content.of(text), a.speaker.as_deref()))
            .collect();
        // "He" is neither the "Q" of the label nor the question's "Why"; the label is no
        // part of what the mayor said.
        assert_eq!(
            said,
            [("it would not run", None), ("The pier was unsafe", None)]
        );
    }

    /// The speaker of the claim "the ferry would run in winter" in `text`.
    fn ferry_speaker(text: &str) -> Option<String> {
        extract(text)
            .into_iter()
            .find(|a| a.content.of(text) == "the ferry would run in winter")
            .and_then(|a| a.speaker)
    }

    /// Who "she" is when `opener` stands between Jane Roe and "She said ...".
    fn she_after(opener: &str) -> Option<String> {
        ferry_speaker(&format!(
            "Harbour master Jane Roe inspected the pier.\n\n{opener} She said the ferry would run in winter.\n"
        ))
    }

    #[test]
    fn imperatives_interjections_and_pronouns_opening_a_sentence_are_no_names() {
        for opener in [
            "Look, the ferry is late.",
            "Consider the cost of a new pier.",
            "Cheers went up from the quay.",
            "Nobody expected the storm.",
            "You know the harbour well.",
        ] {
            assert_eq!(she_after(opener).as_deref(), Some("Jane Roe"), "{opener}");
        }
        assert_eq!(
            ferry_speaker("You said the ferry would run in winter."),
            None
        );
    }

    #[test]
    fn prepositions_participles_and_function_words_opening_a_sentence_are_no_names() {
        for opener in [
            "Along with her deputy, she toured the pier.",
            "Throughout the winter, the quay stayed shut.",
            "Courted by both councils, she kept quiet.",
            "Absent a new pier, ferries will stop.",
            "Nowadays, fishermen use the north quay.",
        ] {
            assert_eq!(she_after(opener).as_deref(), Some("Jane Roe"), "{opener}");
        }
        let text = "Manning said the ferry would run in winter.";
        assert_eq!(ferry_speaker(text).as_deref(), Some("Manning"));
    }

    #[test]
    fn a_possessive_after_a_name_keeps_the_other_pronoun_off_it() {
        let text = "Jane Roe spoke first.\n\nJohn Doe then took questions about his route.\n\nShe said the ferry would run in winter.\n";
        assert_eq!(ferry_speaker(text).as_deref(), Some("Jane Roe"));
        let text = "John Doe spoke first.\n\nJane Roe then toured the pier with her deputy.\n\nHe said the ferry would run in winter.\n";
        assert_eq!(ferry_speaker(text).as_deref(), Some("John Doe"));
    }

    fn assert_spans_ok(text: &str) {
        for a in extract(text) {
            for span in [Some(a.content), a.source, a.cue].into_iter().flatten() {
                assert!(span.start <= span.end && span.end <= text.len());
                assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            }
            assert!(!a.content.is_empty());
        }
    }

    /// Every `.txt` document of a fixtures folder, by path.
    fn fixture_texts(folder: &str) -> Vec<(std::path::PathBuf, String)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return Vec::new();
        };
        entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .map(|p| {
                let text = std::fs::read_to_string(&p).unwrap();
                (p, text)
            })
            .collect()
    }

    #[test]
    fn fixtures_spans_are_exact_and_on_char_boundaries() {
        for (_, text) in fixture_texts("fixtures/articles") {
            assert_spans_ok(&text);
        }
    }

    /// The held-out articles (curly and straight quotes, an unbalanced quote, U+00A0 and CRLF)
    /// keep every span exact: on char boundaries, inside the text, and content without the
    /// surrounding white space or a trailing comma.
    #[test]
    fn heldout_spans_are_exact_and_on_char_boundaries() {
        let docs = fixture_texts("fixtures/heldout");
        for (path, text) in &docs {
            assert_spans_ok(text);
            for a in extract(text) {
                let content = a.content.of(text);
                assert_eq!(
                    content,
                    content.trim_matches(tokens::is_space),
                    "{path:?}: content {content:?} has surrounding space"
                );
                assert!(!content.ends_with(','), "{path:?}: {content:?}");
                assert!(a.source.is_none_or(|s| !s.of(text).is_empty()));
            }
        }
    }

    #[test]
    fn only_quote_marks() {
        assert_spans_ok("\"\"\"“”“‘’”\"");
        assert_spans_ok("“");
        assert_spans_ok("");
    }

    #[test]
    fn hundred_thousand_quote_marks() {
        let text = "\"".repeat(100_000) + " he said.";
        assert_spans_ok(&text);
        let text = "“a” said b. ".repeat(20_000);
        assert_spans_ok(&text);
    }

    #[test]
    fn unbalanced_quotes_do_not_lose_later_attributions() {
        let text = "The Ta‘ifa militia said “we will return.\n\nLater, \"the minister said.\n\nPolice said the road was closed.";
        let found = extract(text);
        assert!(
            found
                .iter()
                .any(|a| a.content.of(text) == "the road was closed")
        );
    }

    #[test]
    fn nul_bom_and_crlf() {
        let text = "\u{feff}Police said the road was closed.\r\n\r\n\0Officials said it\u{a0}would reopen.\r\n";
        let found = extract(text);
        assert_spans_ok(text);
        let contents: Vec<&str> = found.iter().map(|a| a.content.of(text)).collect();
        assert!(contents.contains(&"the road was closed"), "{contents:?}");
        assert!(contents.contains(&"it\u{a0}would reopen"), "{contents:?}");
    }

    /// (content, speaker) of every attribution of `text`.
    fn claims(text: &str) -> Vec<(&str, Option<String>)> {
        extract(text)
            .into_iter()
            .map(|a| (a.content.of(text), a.speaker))
            .collect()
    }

    #[test]
    fn general_rules_found_on_the_second_heldout_set() {
        let found = |text: &str, content: &str, speaker: Option<&str>| {
            let got = claims(text);
            assert!(
                got.iter()
                    .any(|(c, s)| *c == content && s.as_deref() == speaker),
                "{text:?}: {got:?}"
            );
        };
        // A verb form after an article is a noun: "the report" is the subject.
        found(
            "The report says the river would fall.",
            "the river would fall",
            None,
        );
        found(
            "It is estimated that the lake held 4 cubic kilometres.",
            "the lake held 4 cubic kilometres",
            None,
        );
        // "told analysts the company ...", "told the court his client ...".
        found(
            "Chief Financial Officer John Doe told analysts the company would slow hiring.",
            "the company would slow hiring",
            Some("John Doe"),
        );
        found(
            "His lawyer, Richard Miles, told the court his client denies the charges.",
            "his client denies the charges",
            Some("Richard Miles"),
        );
        // A party label before a name describes the person.
        found(
            "Republican Mary Major said she would ask lawmakers for money.",
            "she would ask lawmakers for money",
            Some("Mary Major"),
        );
        // "Jane Roe of the University of X" names the person.
        found(
            "Prof Jane Roe of the University of Utopia said the projections were too gloomy.",
            "the projections were too gloomy",
            Some("Jane Roe"),
        );
        // A descriptive apposition before a full name, and after a quotation.
        found(
            "One neighbour, bus driver John Doe, said he had chased the man.",
            "he had chased the man",
            Some("John Doe"),
        );
        found(
            "“We lost,” Utopia’s envoy, Mary Major, told the assembly.",
            "We lost",
            Some("Mary Major"),
        );
        found(
            "Asked whether he would appeal, he replied: “No. It is over.”",
            "No. It is over.",
            None,
        );
        // A sentence-opening gerund is no one a later "she" can refer to.
        let text = "Dr Jane Roe said the road was closed.\n\nDriving was banned.\n\n“It is shut,” she said.";
        found(text, "It is shut", Some("Jane Roe"));
    }

    #[test]
    fn large_inputs_finish_quickly() {
        let no_punct = "word ".repeat(200_000);
        let start = std::time::Instant::now();
        extract(&no_punct);
        let long_sentence = "officials said the talks failed and ".repeat(50_000);
        extract(&long_sentence);
        assert!(start.elapsed().as_secs() < 20);
    }
}
