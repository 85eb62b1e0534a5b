//! Source resolution as an ordered list of resolvers, the second catalogue.
//!
//! A rule finds where a source is written; a resolver decides who it is. Every attribution
//! records the id of the first resolver in `RESOLVERS` that answered for its source, beside
//! the rule that found it, so a wrong speaker can be traced to the decision that named it.

use super::attribute::{Found, SourceRef};
use super::lexicon;
use super::mention;
use super::phrase::{NpClass, classify};
use super::possessive;
use super::speakers::{Discourse, Resolved};
use super::tokens::{Token, Tokens};
use super::{
    evidence,
    rules::{self, Expect},
};
use crate::model::{SourceKind, Span, SpeakerKind};

pub const NO_SOURCE: &str = "no-source";
pub const PREVIOUS_SOURCE: &str = "previous-source";
pub const NO_PREVIOUS_SOURCE: &str = "no-previous-source";
pub const PREVIOUS_QUOTATION: &str = "previous-quotation";
pub const TRANSCRIPT_LABEL: &str = "transcript-label";
pub const INTERVIEW_ROLE_LETTER: &str = "interview-role-letter";
pub const RELATIVE_PRONOUN_SOURCE: &str = "relative-pronoun-source";
pub const SPEAKS_FOR_CLAUSE_SUBJECT: &str = "speaks-for-clause-subject";
pub const EVIDENCE_SOURCE: &str = "evidence-source";
pub const POSSESSIVE_DETERMINER: &str = "possessive-determiner";
pub const ORGANISATION_SPEAKS_THROUGH: &str = "organisation-speaks-through";
pub const NAME_IN_MENTION: &str = "name-in-mention";
pub const PRONOUN_TO_MENTION: &str = "pronoun-to-recent-mention";
pub const ROLE_TO_NAME: &str = "role-to-recent-name";
pub const DEFINITE_ORGANISATION: &str = "definite-organisation";
pub const ANONYMOUS_SOURCE: &str = "anonymous-source";
pub const VAGUE_SOURCE: &str = "vague-source";

/// A resolved source: the mention as written, and who it is.
pub type Outcome = (Option<Span>, Resolved);

/// One resolver: an id, what it decides, an example and what the example must give.
pub struct Resolver {
    pub id: &'static str,
    pub description: &'static str,
    pub example: &'static str,
    pub expect: Expect,
    /// The speaker the example's source resolves to.
    pub speaker: Option<&'static str>,
    resolve: fn(&mut Ask) -> Option<Outcome>,
}

/// A source to resolve, with the document state resolution reads and updates.
pub struct Ask<'a, 'd> {
    pub toks: Tokens<'a>,
    pub found: &'a Found,
    pub discourse: &'d mut Discourse,
    pub previous: Option<&'a Outcome>,
    /// The source phrase's mention, worked out once for all the resolvers that read it.
    mention: Option<Option<Mention>>,
}

/// A source phrase as written and classified.
struct Mention {
    span: Span,
    class: NpClass,
    /// A possessive determiner ("his decision") standing for its pronoun or holder.
    possessive: bool,
}

impl<'a, 'd> Ask<'a, 'd> {
    pub fn new(
        toks: Tokens<'a>,
        found: &'a Found,
        discourse: &'d mut Discourse,
        previous: Option<&'a Outcome>,
    ) -> Self {
        Ask {
            toks,
            found,
            discourse,
            previous,
            mention: None,
        }
    }

    fn mention(&mut self) -> Option<&Mention> {
        if self.mention.is_none() {
            self.mention = Some(phrase_mention(self.toks, self.found));
        }
        self.mention.as_ref().and_then(Option::as_ref)
    }
}

/// Resolves the source of a settled attribution: the first resolver that answers, and its id.
pub fn resolve(ask: &mut Ask) -> (Option<Span>, Resolved, &'static str) {
    for r in RESOLVERS {
        if let Some((span, resolved)) = (r.resolve)(ask) {
            return (span, resolved, r.id);
        }
    }
    unreachable!("the last resolvers cover every source phrase class")
}

fn no_source(ask: &mut Ask) -> Option<Outcome> {
    (ask.found.source == SourceRef::Nobody).then(|| (None, Resolved::unnamed(SourceKind::None)))
}

fn previous_source(ask: &mut Ask) -> Option<Outcome> {
    let (span, resolved) = ask.previous?;
    (ask.found.source == SourceRef::Previous).then(|| (*span, ask.discourse.repeat(resolved)))
}

fn no_previous_source(ask: &mut Ask) -> Option<Outcome> {
    (ask.found.source == SourceRef::Previous).then(|| (None, Resolved::unnamed(SourceKind::Vague)))
}

/// Never answers: a continuation copies the previous quotation's source where it is made, and
/// this entry gives that decision its id and its place in the list.
fn previous_quotation(_: &mut Ask) -> Option<Outcome> {
    None
}

/// Never answers: a transcript turn's speaker is read off its label where the turn is
/// recorded, and these entries give those decisions their ids.
fn transcript_turn(_: &mut Ask) -> Option<Outcome> {
    None
}

fn relative_pronoun(ask: &mut Ask) -> Option<Outcome> {
    let SourceRef::Relative { pronoun, np } = &ask.found.source else {
        return None;
    };
    let host = Found {
        source: SourceRef::Phrase {
            np: np.clone(),
            appos: None,
        },
        ..ask.found.clone()
    };
    let mut inner = Ask::new(ask.toks, &host, ask.discourse, ask.previous);
    let (_, resolved, _) = resolve(&mut inner);
    Some((Some(ask.toks.tokens[*pronoun].span), resolved))
}

fn speaks_for_clause_subject(ask: &mut Ask) -> Option<Outcome> {
    let SourceRef::OnBehalf { np, org } = &ask.found.source else {
        return None;
    };
    let tokens = ask.toks.tokens;
    let span = Span::new(tokens[np.start].span.start, tokens[np.end - 1].span.end);
    let head = tokens[np.end - 1].stem();
    let class = NpClass::OnBehalf {
        of: Box::new(classify(ask.toks, org.clone(), None)),
        spokesperson: lexicon::is_in(lexicon::SPOKESPERSON_HEADS, head),
        plural: head.ends_with('s') && !head.ends_with("ss"),
    };
    Some((Some(span), named_or_unknown(ask.discourse.resolve(&class))))
}

fn evidence_source(ask: &mut Ask) -> Option<Outcome> {
    let SourceRef::Phrase { np, appos } = &ask.found.source else {
        return None;
    };
    let (toks, tokens, f) = (ask.toks, ask.toks.tokens, ask.found);
    let resolved = evidence::document_source(toks, np, ask.discourse)?;
    // "according to exit polls reported by X": a document's post-modifiers after the cue are
    // part of its mention; what follows a comma there is no apposition of a document but the
    // next clause. Before the cue it is ("The survey, conducted by X, found").
    let after_cue = tokens[np.start].span.start >= f.cue.end;
    let span = if after_cue && tokens.get(np.end).is_some_and(|t| t.is_punct(',')) {
        Span::new(tokens[np.start].span.start, tokens[np.end - 1].span.end)
    } else {
        mention::written_extent(toks, np, appos.as_ref(), f.cue, f.content)
    };
    let span = closing_source(toks, f, np).map_or(span, |c| c.cover(span));
    Some((Some(span), resolved))
}

/// A resolver for a source phrase whose mention passes `fits`.
fn phrase_resolver(ask: &mut Ask, fits: fn(&Mention) -> bool) -> Option<Outcome> {
    let m = ask.mention().filter(|m| fits(m))?;
    let (span, possessive) = (m.span, m.possessive);
    let class = m.class.clone();
    let resolved = ask.discourse.resolve(&class);
    Some((
        Some(span),
        if possessive {
            resolved
        } else {
            named_or_unknown(resolved)
        },
    ))
}

/// A named source whose speaker could not be named is of unknown kind.
fn named_or_unknown(mut resolved: Resolved) -> Resolved {
    if resolved.kind == SourceKind::Named && resolved.speaker.is_none() {
        resolved.speaker_kind = SpeakerKind::Unknown;
    }
    resolved
}

fn possessive_determiner(ask: &mut Ask) -> Option<Outcome> {
    phrase_resolver(ask, |m| m.possessive)
}

fn organisation_speaks_through(ask: &mut Ask) -> Option<Outcome> {
    phrase_resolver(ask, |m| matches!(m.class, NpClass::OnBehalf { .. }))
}

fn name_in_mention(ask: &mut Ask) -> Option<Outcome> {
    phrase_resolver(ask, |m| matches!(m.class, NpClass::Name { .. }))
}

fn pronoun_to_mention(ask: &mut Ask) -> Option<Outcome> {
    phrase_resolver(ask, |m| matches!(m.class, NpClass::Pronoun(_)))
}

fn role_to_name(ask: &mut Ask) -> Option<Outcome> {
    phrase_resolver(ask, |m| matches!(m.class, NpClass::Role(_)))
}

fn definite_organisation(ask: &mut Ask) -> Option<Outcome> {
    phrase_resolver(ask, |m| {
        matches!(m.class, NpClass::DefiniteOrganisation { .. })
    })
}

fn anonymous_source(ask: &mut Ask) -> Option<Outcome> {
    phrase_resolver(ask, |m| matches!(m.class, NpClass::Anonymous { .. }))
}

fn vague_source(ask: &mut Ask) -> Option<Outcome> {
    phrase_resolver(ask, |m| matches!(m.class, NpClass::Vague))
}

/// The mention of a phrase source: its written extent (over a list and a description) and the
/// class of the phrase that says who it is.
fn phrase_mention(toks: Tokens, f: &Found) -> Option<Mention> {
    let tokens = toks.tokens;
    let SourceRef::Phrase { np, appos } = &f.source else {
        return None;
    };
    let (subject, core) = match appos {
        None => mention::subject_phrase(toks, np.clone(), f.cue, f.content),
        Some(_) => (np.clone(), np.clone()),
    };
    let (list, first) = mention::coordinated(toks, subject.clone(), f.cue);
    let np = if list == subject { &core } else { &first };
    let span = mention::written_extent(toks, &list, appos.as_ref(), f.cue, f.content);
    let span = closing_source(toks, f, &list).map_or(span, |c| c.cover(span));
    if let Some(pronoun) = possessive::as_pronoun(tokens, np) {
        let class = possessive::holder(toks, appos.clone()).unwrap_or(pronoun);
        // "Roe renewed her attacks on": the holder is the mention, not the words up to "her".
        let span = appos.as_ref().map_or(span, |h| {
            Span::new(tokens[h.start].span.start, tokens[h.end - 1].span.end)
        });
        return Some(Mention {
            span,
            class,
            possessive: true,
        });
    }
    let class = classify(toks, np.clone(), appos.clone());
    Some(Mention {
        span,
        class: with_apposition_role(tokens, class, appos.as_ref()),
        possessive: false,
    })
}

/// "C, according to S": the source closes the clause, and its mention runs at least to the
/// clause end.
fn closing_source(toks: Tokens, f: &Found, np: &std::ops::Range<usize>) -> Option<Span> {
    let after_cue = toks.tokens[np.start].span.start >= f.cue.end;
    (f.rule == rules::ACCORDING_TO_LAST && after_cue)
        .then(|| mention::closing_phrase(toks, np, f.content))
}

/// "said Jane Roe, the analyst": the apposition gives the name its role.
fn with_apposition_role(
    tokens: &[Token],
    class: NpClass,
    appos: Option<&std::ops::Range<usize>>,
) -> NpClass {
    let (
        NpClass::Name {
            name,
            mut roles,
            person,
            organisation,
        },
        Some(a),
    ) = (class.clone(), appos)
    else {
        return class;
    };
    if let Some(last) = tokens.get(a.end.saturating_sub(1))
        && last.stem_is(lexicon::PERSON_TITLES)
    {
        roles.push(last.stem().to_string());
    }
    let person = person || !roles.is_empty() && !organisation;
    NpClass::Name {
        name,
        roles,
        person,
        organisation,
    }
}

/// The resolvers, in the order they are asked.
pub static RESOLVERS: &[Resolver] = &[
    Resolver {
        id: NO_SOURCE,
        description: "A rule that found no source at all (\"reportedly\", \"it is believed\"): the source kind is none.",
        example: "The minister will reportedly resign before the summer.",
        expect: Expect::new(
            "The minister will reportedly resign before the summer",
            None,
            "reportedly",
        ),
        speaker: None,
        resolve: no_source,
    },
    Resolver {
        id: PREVIOUS_SOURCE,
        description: "A coordinated or participle cue (\"..., adding that C\") repeats the source of the attribution before it in the sentence.",
        example: "The mayor said the bridge would close, adding that a ferry would run instead.",
        expect: Expect::new("a ferry would run instead", Some("The mayor"), "adding"),
        speaker: None,
        resolve: previous_source,
    },
    Resolver {
        id: NO_PREVIOUS_SOURCE,
        description: "A cue that repeats the previous source when no attribution before it in the sentence survived (its content was empty): a vague source with no mention.",
        example: "He said: “”, adding that the bridge would close.",
        expect: Expect::new("the bridge would close", None, "adding"),
        speaker: None,
        resolve: no_previous_source,
    },
    Resolver {
        id: PREVIOUS_QUOTATION,
        description: "A stand-alone quotation continues the last quoted source: it takes that attribution's source and speaker.",
        example: "\"We will rebuild,\" the mayor said.\n\n\"It will take years.\"",
        expect: Expect::new("It will take years.", Some("the mayor"), "said"),
        speaker: None,
        resolve: previous_quotation,
    },
    Resolver {
        id: TRANSCRIPT_LABEL,
        description: "A transcript turn labelled with a name in capitals (\"SEN. JANE ROE: ...\") is that person: the label in normal case, titles stripped, spelled as the document spells the name elsewhere.",
        example: "SEN. JANE ROE: Will the ferry run in winter?\n\nMAYOR JOHN MCLEOD: It will, twice a day.",
        expect: Expect::new("It will, twice a day.", Some("MAYOR JOHN MCLEOD"), ":"),
        speaker: Some("John McLeod"),
        resolve: transcript_turn,
    },
    Resolver {
        id: INTERVIEW_ROLE_LETTER,
        description: "A transcript turn labelled \"A\" is the person the interview's introduction names as interviewed (\"an interview with Jane Roe\", \"Roe spoke with reporters\"), else nobody named; a \"Q\" turn is the unnamed interviewer.",
        example: "Here is an edited interview with Mayor Jane Roe.\n\nQ: Will the ferry run in winter?\n\nA: It will, twice a day.",
        expect: Expect::new("It will, twice a day.", Some("A"), ":"),
        speaker: Some("Jane Roe"),
        resolve: transcript_turn,
    },
    Resolver {
        id: RELATIVE_PRONOUN_SOURCE,
        description: "A cue in a relative clause (\"X, who said C\"): the pronoun is the source as written, the phrase before it (and its comma) is who speaks.",
        example: "The strike ended with help from the mediator Jane Roe, who said both sides had given ground.",
        expect: Expect::new("both sides had given ground", Some("who"), "said"),
        speaker: Some("Jane Roe"),
        resolve: relative_pronoun,
    },
    Resolver {
        id: SPEAKS_FOR_CLAUSE_SUBJECT,
        description: "\"X rejected the offer, with a spokesman saying C\": a role noun after \"with\" speaks for the subject of the main clause.",
        example: "The Harbour Authority rejected the offer, with a spokesman saying the price was too low.",
        expect: Expect::new("the price was too low", Some("a spokesman"), "saying"),
        speaker: Some("Harbour Authority"),
        resolve: speaks_for_clause_subject,
    },
    Resolver {
        id: EVIDENCE_SOURCE,
        description: "A poll, study, report or record with its post-modifiers (\"a survey of voters released on Monday\") is the subject of the cue; its owner after \"by\" speaks for it, otherwise it is a speaker of kind document, named by its capitalised modifiers (\"a Gallup poll\" → Gallup poll).",
        example: "A survey of 2,000 households released on Monday by the national statistics office showed that rents rose by 8 percent.",
        expect: Expect::new(
            "rents rose by 8 percent",
            Some(
                "A survey of 2,000 households released on Monday by the national statistics office",
            ),
            "showed",
        ),
        speaker: None,
        resolve: evidence_source,
    },
    Resolver {
        id: POSSESSIVE_DETERMINER,
        description: "A possessive determiner as the source (\"his decision to C\") stands for its pronoun, or for the named or agreeing pronoun subject of its clause, which is then the source as written.",
        example: "Jane Roe repeated her call for a new inquiry.",
        expect: Expect::new("a new inquiry", Some("Jane Roe"), "call for"),
        speaker: Some("Jane Roe"),
        resolve: possessive_determiner,
    },
    Resolver {
        id: ORGANISATION_SPEAKS_THROUGH,
        description: "A group or role noun after an organisation's possessive or \"for\"/\"of\" (\"the union's leaders\", \"a spokesman for the group\") is that organisation, named; a person's possessive only passes on to a spokesperson.",
        example: "The ANC's leaders have expressed support for the deal.",
        expect: Expect::new(
            "the deal",
            Some("The ANC's leaders"),
            "have expressed support for",
        ),
        speaker: Some("ANC"),
        resolve: organisation_speaks_through,
    },
    Resolver {
        id: NAME_IN_MENTION,
        description: "A proper name in the source phrase, titles and roles stripped, is the speaker; a bare surname or title resolves to a full name met earlier in the document.",
        example: "Federal Reserve Chairman Jerome Powell said that inflation remains too high.",
        expect: Expect::new(
            "inflation remains too high",
            Some("Federal Reserve Chairman Jerome Powell"),
            "said",
        ),
        speaker: Some("Jerome Powell"),
        resolve: name_in_mention,
    },
    Resolver {
        id: PRONOUN_TO_MENTION,
        description: "\"he\", \"she\", \"they\" resolve to the most recent fitting source or subject, else to the last person named anywhere before whose known gender does not conflict.",
        example: "The bridge plan was drawn up by Mayor Jane Roe after two failed inspections.\n\nShe said the structure could not be saved.",
        expect: Expect::new("the structure could not be saved", Some("She"), "said"),
        speaker: Some("Jane Roe"),
        resolve: pronoun_to_mention,
    },
    Resolver {
        id: ROLE_TO_NAME,
        description: "A definite role with no name (\"the analyst\") is the last named person known by that role, else an anonymous person.",
        example: "Jane Roe, the analyst, spoke first.\n\nThe analyst said rates would fall.",
        expect: Expect::new("rates would fall", Some("The analyst"), "said"),
        speaker: None,
        resolve: role_to_name,
    },
    Resolver {
        id: DEFINITE_ORGANISATION,
        description: "A definite institution with no proper head (\"the ministry\", \"the group\") is the last organisation named with that head or whose name holds it (\"the network\" after \"the Alpine Glacier Monitoring Network\"), else the organisation it names.",
        example: "The ministry said the road would reopen.",
        expect: Expect::new("the road would reopen", Some("The ministry"), "said"),
        speaker: Some("ministry"),
        resolve: definite_organisation,
    },
    Resolver {
        id: ANONYMOUS_SOURCE,
        description: "An indefinite or unnamed source (\"officials\", \"a senior diplomat\") is anonymous.",
        example: "Officials said the road would reopen.",
        expect: Expect::new("the road would reopen", Some("Officials"), "said"),
        speaker: None,
        resolve: anonymous_source,
    },
    Resolver {
        id: VAGUE_SOURCE,
        description: "Any other source phrase (\"many\", \"some\") is vague.",
        example: "Many say the road should reopen.",
        expect: Expect::new("the road should reopen", Some("Many"), "say"),
        speaker: None,
        resolve: vague_source,
    },
];
