//! The rule catalogue: every pattern the extractor knows, in the order the dispatcher
//! (`attribute`) tries them, each with its id (stored with each attribution so any output can
//! be explained), a description, an example sentence with what it must give, and its matcher.
//!
//! A matcher is data the dispatcher loops over, as in spaCy's `Matcher`: a cue matcher answers
//! for one cue of a sentence (the first that answers wins, so the catalogue order is the
//! priority), a refinement adjusts a cue's draft, a fallback looks at a sentence no cue drafted
//! anything in, and a sentence matcher at every sentence. The families of rules live in this
//! module's files; `NOTES` lists the decisions about a source phrase's extent and the text's
//! shape that every rule relies on, and `resolvers::RESOLVERS` the decisions of who a source is.

pub(crate) mod according_to;
pub(crate) mod as_said;
pub(crate) mod colon;
pub(crate) mod evidence;
pub(crate) mod interrupted;
pub(crate) mod light_verb;
pub(crate) mod nominal;
mod notes;
pub(crate) mod object_frames;
pub(crate) mod opening_participle;
pub(crate) mod participles;
pub(crate) mod position_intent;
pub(crate) mod questions;
pub(crate) mod quotations;
pub(crate) mod quote_tail;
pub(crate) mod reported_object;
pub(crate) mod said;
pub(crate) mod source_sentence;
pub(crate) mod sourceless;
pub(crate) mod verb;

use super::attribute::{Answer, CueSite, Draft, Sentence, embedded};
use super::cues::Cue;
pub use notes::*;

pub const REPORTED_OBJECT: &str = "reported-object";
pub const REPORTED_OBJECT_PARTICIPLE: &str = "reported-object-participle";
pub const OPENING_PARTICIPLE: &str = "opening-participle";
pub const PARTICIPLE: &str = "participle-cue";
pub const NOUN_PARTICIPLE: &str = "noun-then-participle";
pub const QUOTED_AS_SAYING: &str = "quoted-as-saying";
pub const WITH_ROLE_FOR_SUBJECT: &str = "with-role-for-subject";
pub const WITH_PARTICIPLE: &str = "with-source-participle";
pub const NOUN_POSITION_PARTICIPLE: &str = "noun-position-participle";
pub const QUOTE_SAID_SOURCE: &str = "quote-said-source";
pub const QUOTE_SOURCE_SAID: &str = "quote-source-said";
pub const CLAUSE_SOURCE_SAID: &str = "clause-source-said";
pub const AS_SOURCE_SAID: &str = "as-source-said";
pub const CLAUSE_SAID_SOURCE: &str = "clause-said-source";
pub const CLAUSE_DOCUMENT_FOUND: &str = "clause-document-found";
pub const IN_WHAT: &str = "in-what-described-as";
pub const OBJECT_SOURCE_DESCRIBED_AS: &str = "object-source-described-as";
pub const COORDINATED: &str = "coordinated-cue";
pub const STATEMENT: &str = "statement-participle";
pub const DOCUMENT_FINDS: &str = "document-finds";
pub const DOCUMENT_PARTICIPLE: &str = "document-participle";
pub const SHARE_POSITION: &str = "share-position";
pub const ACCUSE_OF: &str = "accuse-of";
pub const LINK_TO: &str = "link-to";
pub const DESCRIBE_AS: &str = "describe-as";
pub const BLAME_FOR: &str = "blame-for";
pub const TOLD_THAT: &str = "source-told-that";
pub const VOW_TO: &str = "vow-to";
pub const CUE_PREPOSITION: &str = "cue-preposition";
pub const LIGHT_VERB: &str = "light-verb-noun";
pub const BE_ADJECTIVE: &str = "be-adjective";
pub const OBJECT: &str = "cue-object";
pub const POSITION_OBJECT: &str = "position-object";
pub const INTENT: &str = "intent-to";
pub const ASKED: &str = "asked-whether";
pub const CALLED: &str = "called-x-y";
pub const SAID_QUOTE: &str = "source-said-quote";
pub const INDIRECT_QUESTION: &str = "explained-how";
pub const HEADLINE: &str = "headline-says";
pub const SAID_THAT: &str = "source-said-that";
pub const ACCORDING_TO_FIRST: &str = "according-to-first";
pub const ACCORDING_TO_LAST: &str = "according-to-last";
pub const ACCORDING_TO_UNMARKED: &str = "according-to-unmarked";
pub const PASSIVE_BY_AGENT: &str = "passive-by-agent";
pub const SOURCELESS: &str = "sourceless";
pub const EXPECTED_TO: &str = "expected-to";
pub const KNOWN_FOR: &str = "known-for";
pub const SEEMS: &str = "seems-to";
pub const IN_SOURCE: &str = "in-source";
pub const STANDING_IN_POLL: &str = "standing-in-poll";
pub const TO_SOURCE: &str = "to-source";
pub const NOMINAL: &str = "possessive-nominal";
pub const SOURCELESS_NOMINAL: &str = "sourceless-calls-for";
pub const NOMINAL_BY_SOURCE: &str = "nominal-by-source";
pub const ASKED_PASSIVE: &str = "was-asked";
pub const INFINITIVE_CUE: &str = "infinitive-cue";
pub const INTERRUPTED_CLAUSE: &str = "interrupted-clause";
pub const INTERRUPTED_QUOTE: &str = "interrupted-quote";
pub const HEADLINE_COLON: &str = "headline-colon";
pub const TRANSCRIPT_TURN: &str = "transcript-turn";
pub const QUOTE_TAIL: &str = "quote-source-any-verb";
pub const QUOTE_DASH: &str = "quote-dash-source";
pub const COLON_QUOTE: &str = "colon-quote";
pub const CONTINUATION: &str = "quote-continuation";
pub const QUOTE_THEN_SOURCE: &str = "quote-then-source-sentence";
// Moved to the resolvers; the names stay for the tests that use them.
pub use super::resolvers::{
    EVIDENCE_SOURCE, ORGANISATION_SPEAKS_THROUGH, PRONOUN_TO_MENTION as PRONOUN_TO_LAST_NAMED,
    RELATIVE_PRONOUN_SOURCE,
};

/// What an example sentence must give: an attribution with this content, this source as
/// written (`None` for no source) and this cue.
#[derive(Debug, Clone, Copy)]
pub struct Expect {
    pub content: &'static str,
    pub source: Option<&'static str>,
    pub cue: &'static str,
}

impl Expect {
    pub const fn new(
        content: &'static str,
        source: Option<&'static str>,
        cue: &'static str,
    ) -> Self {
        Expect {
            content,
            source,
            cue,
        }
    }
}

/// How a matcher takes part in the dispatch (see `attribute`).
#[derive(Debug)]
pub(crate) enum Matcher {
    /// Asked for each cue, in catalogue order; the first that answers drafts the cue.
    Cue(fn(&CueSite) -> Answer),
    /// Adjusts a cue's new draft made by one of the rules `of` (and may add one), in catalogue
    /// order.
    Refine {
        refine: fn(&Sentence, &mut Draft, &[Cue], &'static Rule) -> Option<Draft>,
        of: &'static [&'static str],
    },
    /// Drafts a sentence no cue or earlier fallback drafted anything in.
    Fallback(fn(&Sentence, &'static Rule) -> Vec<Draft>),
    /// Drafts every sentence after its cues; its draft goes first.
    Sentence(fn(&Sentence, &[Cue], &[Draft], &'static Rule) -> Option<Draft>),
    /// Matched across sentences, in the document loop (`extract`).
    Document,
}

/// How settling ends a rule's content, besides the cuts every content ends at.
#[derive(Debug, Clone, Copy)]
pub struct Ends {
    /// A noun-phrase object (not a "that" clause) ends before the reporter's adjuncts.
    pub object_before_adjunct: bool,
    /// The noun phrase a position is taken on ends before a comma or a time phrase.
    pub position_object: bool,
    /// Indirect speech ends where a quotation inside it is closed by a comma.
    pub inner_quotation: bool,
    /// Kept inside an inverted draft's preceding content ("in what S described as C").
    pub inside_inverted: bool,
    /// Its preceding content nests no other cue ("reportedly" before a cue).
    pub covers_nothing: bool,
    /// A noun-phrase content inside a subject ends before the clause's verb ("Roe's attacks
    /// on the plan have hurt her").
    pub before_main_verb: bool,
    /// The content ends at a comma or dash after which a new clause begins ("seemed to waver,
    /// and the council voted", "seems to help, the mayor said").
    pub new_clause_after_comma: bool,
}

impl Ends {
    pub const PLAIN: Ends = Ends {
        object_before_adjunct: false,
        position_object: false,
        inner_quotation: false,
        inside_inverted: false,
        covers_nothing: false,
        before_main_verb: false,
        new_clause_after_comma: false,
    };
}

/// One catalogue entry.
#[derive(Debug)]
pub struct Rule {
    pub id: &'static str,
    pub description: &'static str,
    /// A news-like sentence the rule applies to.
    pub example: &'static str,
    /// What the example gives under this rule.
    pub expect: Expect,
    pub(crate) matchers: &'static [Matcher],
    pub ends: Ends,
}

/// The rules, in the order the dispatcher tries them.
pub static CATALOGUE: &[Rule] = &[
    Rule {
        id: DOCUMENT_PARTICIPLE,
        description: "A participle of showing or finding right after a document and its post-modifiers, a reduced relative clause: \"with polls showing C\", \"a report released Monday suggesting that C\"; the document is the source, the object or clause after the participle the content.",
        example: "Ministers faced questions after a survey of nurses showing that one in five plan to quit.",
        expect: Expect::new(
            "one in five plan to quit",
            Some("a survey of nurses"),
            "showing",
        ),
        matchers: &[Matcher::Cue(evidence::document_participle)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: OPENING_PARTICIPLE,
        description: "A participle of saying that opens the sentence, bare or after a preposition (\"Noting that C, S said ...\", \"After saying C, S left\"): the subject of the main clause after the comma is the source; the content ends at that comma.",
        example: "Noting that the roads were icy, Jane Roe told drivers to stay at home.",
        expect: Expect::new("the roads were icy", Some("Jane Roe"), "Noting"),
        matchers: &[Matcher::Cue(opening_participle::opening_participle)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: REPORTED_OBJECT_PARTICIPLE,
        description: "A participle of a verb of saying that otherwise needs \"that\" (noting, explaining, recalling, tweeting, stressing) with a noun-phrase object, after a comma or a dash: S did X, recalling C. The subject of the clause is the source; the object is the content.",
        example: "Jane Roe stayed calm, recalling the final of 1998.",
        expect: Expect::new("the final of 1998", Some("Jane Roe"), "recalling"),
        matchers: &[Matcher::Cue(reported_object::reported_object_participle)],
        ends: Ends {
            object_before_adjunct: true,
            ..Ends::PLAIN
        },
    },
    Rule {
        id: PARTICIPLE,
        description: "A participial cue after a comma or a dash takes the subject of its clause: S did X, saying C; so does any participle after \"by\" or \"while\" well into a clause that has no cue of its own (S won by denouncing C); a participle of saying or telling after \"by\", \"before\", \"after\", \"while\", \"in\" or \"upon\" (S answered by saying C); so does a participle joined by \"and\" to one after a comma, quotation marks between (S did X, calling A \"weak\" and warning C), and one joined by \"and\" to a progressive or to a participle after \"by\" or \"while\" (S is touring the state and urging C); a comma closing a quotation before the participle ends the clause too (S defended \"Q,\" saying C).",
        example: "Boris Johnson resigned on Thursday, saying the government could not go on.",
        expect: Expect::new(
            "the government could not go on",
            Some("Boris Johnson"),
            "saying",
        ),
        matchers: &[Matcher::Cue(participles::participle)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: NOUN_PARTICIPLE,
        description: "A participle of a verb of saying right after a noun phrase that stands free (opening a clause, or after a preposition), a reduced relative clause: \"..., 62 percent of voters saying C\"; the noun phrase is the source. Not after a verb's object (\"emailed supporters saying C\" is the subject's), a statement or a document, nor before an object (\"saying goodbye\").",
        example: "The poll was split, 40 percent of nurses saying their pay had fallen behind.",
        expect: Expect::new(
            "their pay had fallen behind",
            Some("40 percent of nurses"),
            "saying",
        ),
        matchers: &[Matcher::Cue(participles::noun_then_participle)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: QUOTED_AS_SAYING,
        description: "S was quoted as saying C.",
        example: "Putin was quoted as saying that Russia had no plans to invade.",
        expect: Expect::new("Russia had no plans to invade", Some("Putin"), "saying"),
        matchers: &[Matcher::Cue(participles::quoted_as_saying)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: NOUN_POSITION_PARTICIPLE,
        description: "\"N V-ing C\" with a verb of position: a participle right after a noun phrase (a reduced relative clause) takes it as its source: a group backing C, voters supporting C.",
        example: "A group backing the harbour plan has spent heavily on advertising.",
        expect: Expect::new("the harbour plan", Some("A group"), "backing"),
        matchers: &[Matcher::Cue(participles::noun_participle)],
        ends: Ends {
            object_before_adjunct: true,
            position_object: true,
            before_main_verb: true,
            ..Ends::PLAIN
        },
    },
    Rule {
        id: WITH_ROLE_FOR_SUBJECT,
        description: "\"X did Y, with a/its spokesman (official, leader, commander) V-ing C\": the role speaks for X, the subject of the main clause, which is the named speaker.",
        example: "Hamas rejected the proposal, with a spokesman saying it did not meet the group's demands.",
        expect: Expect::new(
            "it did not meet the group's demands",
            Some("a spokesman"),
            "saying",
        ),
        matchers: &[Matcher::Cue(participles::with_role_for_subject)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: WITH_PARTICIPLE,
        description: "\"with S V-ing C\": the participle's source is the noun phrase after \"with\".",
        example: "The plan drew criticism, with residents saying the tower was too tall.",
        expect: Expect::new("the tower was too tall", Some("residents"), "saying"),
        matchers: &[Matcher::Cue(participles::with_participle)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: QUOTE_SAID_SOURCE,
        description: "A quotation followed by an inverted cue and its source: \"Q,\" said S.",
        example: "\"We're going to fight like hell,\" said Senator Bernie Sanders.",
        expect: Expect::new(
            "We're going to fight like hell",
            Some("Senator Bernie Sanders"),
            "said",
        ),
        matchers: &[Matcher::Cue(quotations::quote_said_source)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: QUOTE_SOURCE_SAID,
        description: "A quotation followed by its source and cue: \"Q,\" S said.",
        example: "\"I have a dream,\" he said.",
        expect: Expect::new("I have a dream", Some("he"), "said"),
        matchers: &[Matcher::Cue(quotations::quote_source_said)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: REPORTED_OBJECT,
        description: "A verb of saying that otherwise needs \"that\" (note, explain, recall, tweet, stress) with a noun-phrase object: S noted C, S explained C. The object is the content, ending before the reporter's adjuncts (a participle: rule reported-object-participle).",
        example: "The principal noted the rise in attendance.",
        expect: Expect::new("the rise in attendance", Some("The principal"), "noted"),
        matchers: &[Matcher::Cue(reported_object::reported_object)],
        ends: Ends {
            object_before_adjunct: true,
            ..Ends::PLAIN
        },
    },
    Rule {
        id: AS_SOURCE_SAID,
        description: "A clause of comparison with a reporting verb: \"As S said, C\", \"C, as S said\", \"As S put it, C\", also passive (\"As reported by S, C\"); when the \"as\" clause interrupts (\"A, as S said, B\", \"A, and as S said, B\") the content is the part after it.",
        example: "As the county engineer noted last week, the old bridge cannot carry lorries.",
        expect: Expect::new(
            "the old bridge cannot carry lorries",
            Some("the county engineer"),
            "noted",
        ),
        matchers: &[Matcher::Cue(as_said::as_source_said)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: CLAUSE_SOURCE_SAID,
        description: "Content first, then source and cue: C, S said; also C, Jane Roe, a description, said.",
        example: "The talks will resume next week, a senior European Union official said.",
        expect: Expect::new(
            "The talks will resume next week",
            Some("a senior European Union official"),
            "said",
        ),
        matchers: &[Matcher::Cue(quotations::clause_source_said)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: CLAUSE_DOCUMENT_FOUND,
        description: "C, a document with its post-modifiers and a verb ending the sentence: \"C, a survey of 2,000 tenants by the council found.\" The whole document phrase is the source (the ordinary subject search stops inside it).",
        example: "Rents rose by a fifth in two years, a survey of tenants released by the council found.",
        expect: Expect::new(
            "Rents rose by a fifth in two years",
            Some("a survey of tenants released by the council"),
            "found",
        ),
        matchers: &[Matcher::Cue(evidence::clause_document_found)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: CLAUSE_SAID_SOURCE,
        description: "Content first, then an inverted cue and its source: C, said S.",
        example: "The economy is recovering faster than expected, said Christine Lagarde, president of the European Central Bank.",
        expect: Expect::new(
            "The economy is recovering faster than expected",
            Some("Christine Lagarde, president of the European Central Bank"),
            "said",
        ),
        matchers: &[Matcher::Cue(quotations::clause_said_source)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: IN_WHAT,
        description: "\"in what S described as C\" / \"in what S said was C\": content after the copula.",
        example: "Police arrived in what witnesses described as a stampede, officials said.",
        expect: Expect::new("a stampede", Some("witnesses"), "described"),
        matchers: &[Matcher::Cue(said::in_what)],
        ends: Ends {
            inside_inverted: true,
            ..Ends::PLAIN
        },
    },
    Rule {
        id: OBJECT_SOURCE_DESCRIBED_AS,
        description: "A reduced relative with the object first: \"..., a move S described as C\": content after \"as\".",
        example: "The central bank raised rates by 75 basis points, a move analysts described as aggressive.",
        expect: Expect::new("aggressive", Some("a move analysts"), "described"),
        matchers: &[Matcher::Cue(object_frames::object_source_described_as)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: COORDINATED,
        description: "A second cue coordinated with the first shares its source: S urged A but warned B.",
        example: "Scientists have voiced fear of a new wave and believe the virus will spread.",
        expect: Expect::new("the virus will spread", Some("Scientists"), "believe"),
        matchers: &[Matcher::Cue(said::coordinated)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: STATEMENT,
        description: "S released/issued a statement V-ing C.",
        example: "The club issued a statement saying the manager had left by mutual consent.",
        expect: Expect::new(
            "the manager had left by mutual consent",
            Some("The club"),
            "issued a statement saying",
        ),
        matchers: &[Matcher::Cue(said::statement_participle)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: SHARE_POSITION,
        description: "A share of people (\"40 percent of voters\", \"a majority\", \"most voters\") who would vote for, favor, approve of, consider, trust or hold a view of something, as polls are reported; the share is the source, the object the content. These verbs are cues only after a share.",
        example: "Among parents, 62 percent would vote for the new school board.",
        expect: Expect::new("the new school board", Some("62 percent"), "would vote for"),
        matchers: &[Matcher::Cue(evidence::share_position)],
        ends: Ends {
            position_object: true,
            ..Ends::PLAIN
        },
    },
    Rule {
        id: DOCUMENT_FINDS,
        description: "A study, report or survey found/showed/revealed a plain noun phrase (people need \"that\"; documents need not).",
        example: "The study found no link between the vaccine and autism.",
        expect: Expect::new(
            "no link between the vaccine and autism",
            Some("The study"),
            "found",
        ),
        matchers: &[Matcher::Cue(evidence::document_finds)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: ACCUSE_OF,
        description: "S accused Y of Z: the content is the object and its complement.",
        example: "Washington accused Moscow of interfering in the election.",
        expect: Expect::new(
            "Moscow of interfering in the election",
            Some("Washington"),
            "accused",
        ),
        matchers: &[Matcher::Cue(object_frames::accuse_of)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: LINK_TO,
        description: "S linked Y to Z: the content is the object and its complement.",
        example: "Investigators have linked the explosion to a faulty gas pipe.",
        expect: Expect::new(
            "the explosion to a faulty gas pipe",
            Some("Investigators"),
            "have linked",
        ),
        matchers: &[Matcher::Cue(object_frames::link_to)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: DESCRIBE_AS,
        description: "S described Y as Z, and \"in what S described as Z\"; \"described\" alone takes its object (\"described the meeting\").",
        example: "The White House described the meeting as productive.",
        expect: Expect::new(
            "the meeting as productive",
            Some("The White House"),
            "described",
        ),
        matchers: &[Matcher::Cue(object_frames::describe_as)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: BLAME_FOR,
        description: "S blamed Y for Z (also commended/praised Y for Z); \"blamed Y on Z\" and \"blamed Y\" take the object and what follows.",
        example: "The airline blamed the weather for the delays.",
        expect: Expect::new("the weather for the delays", Some("The airline"), "blamed"),
        matchers: &[Matcher::Cue(object_frames::blame_for)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: TOLD_THAT,
        description: "A cue with an addressee before the content: S told Reuters (that) C.",
        example: "Two sources told Reuters that the company was preparing a bid.",
        expect: Expect::new(
            "the company was preparing a bid",
            Some("Two sources"),
            "told",
        ),
        matchers: &[Matcher::Cue(said::told_that)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: VOW_TO,
        description: "A commitment with an infinitive or clause: S vowed/pledged/threatened to C, S decided (not) to C, S looked to C (an aim; not \"looks to be\").",
        example: "Angela Merkel vowed to find those responsible.",
        expect: Expect::new("to find those responsible", Some("Angela Merkel"), "vowed"),
        matchers: &[Matcher::Cue(position_intent::vow_to)],
        ends: Ends {
            object_before_adjunct: true,
            ..Ends::PLAIN
        },
    },
    Rule {
        id: BE_ADJECTIVE,
        description: "\"to be\" and an adjective of attitude with its own preposition, \"that\" or infinitive: S is critical of C, S was worried that C, S is eager to C. The subject holds the attitude (not \"it is clear that\", not \"proud parents\").",
        example: "The harbour master has been openly critical of the new ferry timetable.",
        expect: Expect::new(
            "the new ferry timetable",
            Some("The harbour master"),
            "has been openly critical of",
        ),
        matchers: &[Matcher::Cue(position_intent::be_adjective)],
        ends: Ends {
            object_before_adjunct: true,
            ..Ends::PLAIN
        },
    },
    Rule {
        id: LIGHT_VERB,
        description: "A light verb and a noun of saying, arguing or promising, then its preposition or \"that\": S made a case for C, made no mention of C, made the observation that C, took issue with C, took aim at C.",
        example: "The mayor made an impassioned case for a new harbour wall.",
        expect: Expect::new(
            "a new harbour wall",
            Some("The mayor"),
            "made an impassioned case for",
        ),
        matchers: &[Matcher::Cue(light_verb::light_verb_noun)],
        ends: Ends {
            object_before_adjunct: true,
            ..Ends::PLAIN
        },
    },
    Rule {
        id: CUE_PREPOSITION,
        description: "A cue with a fixed preposition: S pointed to C, called for C, spoke of C, voiced fear of C.",
        example: "Protesters called for the resignation of the president.",
        expect: Expect::new(
            "the resignation of the president",
            Some("Protesters"),
            "called for",
        ),
        matchers: &[Matcher::Cue(said::cue_preposition)],
        ends: Ends {
            object_before_adjunct: true,
            ..Ends::PLAIN
        },
    },
    Rule {
        id: OBJECT,
        description: "A cue with a noun phrase or clause object: S denied/urged/condemned/demanded C; a \"that\" clause or a quotation may follow a few prepositional phrases (\"announced on the steps that C\").",
        example: "The Kremlin denied any involvement.",
        expect: Expect::new("any involvement", Some("The Kremlin"), "denied"),
        matchers: &[Matcher::Cue(position_intent::object)],
        ends: Ends {
            object_before_adjunct: true,
            ..Ends::PLAIN
        },
    },
    Rule {
        id: POSITION_OBJECT,
        description: "A verb of position with a noun phrase or clause: S supports/opposes/criticised/dismissed C; a view held or a course weighed: S considers/deemed X Y, S is considering C.",
        example: "The mayor's office criticised the decision to close the library.",
        expect: Expect::new(
            "the decision to close the library",
            Some("The mayor's office"),
            "criticised",
        ),
        matchers: &[Matcher::Cue(position_intent::position_object)],
        ends: Ends {
            object_before_adjunct: true,
            position_object: true,
            ..Ends::PLAIN
        },
    },
    Rule {
        id: INTENT,
        description: "A verb of wanting or intent with an infinitive, an object and its infinitive, or a noun phrase: S wants/plans/refused/declined to C.",
        example: "The harbour authority declined to comment on the closure.",
        expect: Expect::new(
            "to comment on the closure",
            Some("The harbour authority"),
            "declined",
        ),
        matchers: &[Matcher::Cue(position_intent::intent)],
        ends: Ends {
            object_before_adjunct: true,
            ..Ends::PLAIN
        },
    },
    Rule {
        id: ASKED,
        description: "A question or request: S asked (X) whether/why/if C, S asked X to C (also a list of addressees: \"asked A, B and C to C\"), S asked (X) about C, S asked for C, S asked X a question; after a comma, \"asked\" with an object is the verb of a subject in apposition (stance demand: the source wants an answer or an act).",
        example: "The committee chair asked the minister whether the contract had been signed.",
        expect: Expect::new(
            "whether the contract had been signed",
            Some("The committee chair"),
            "asked",
        ),
        matchers: &[Matcher::Cue(questions::asked)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: CALLED,
        description: "S called (labeled, dubbed) X Y: an evaluation, with the object and its description in quotes (up to a dozen words on, or up to thirty over commas and symbols, within the clause) or as a noun phrase, or a pronoun and one word (\"called him dishonest\"), as content; a quoted description ends the content at its closing mark unless the description goes on (\"called X on Y to C\" and \"called for C\" are demands, rule cue-preposition).",
        example: "The opposition leader called the budget “a betrayal of working families.”",
        expect: Expect::new(
            "the budget “a betrayal of working families.”",
            Some("The opposition leader"),
            "called",
        ),
        matchers: &[Matcher::Cue(object_frames::called)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: SAID_QUOTE,
        description: "A cue introducing a quotation, after a colon, comma or nothing: S said: \"Q\".",
        example: "Obama said: \"Yes we can.\"",
        expect: Expect::new("Yes we can.", Some("Obama"), "said"),
        matchers: &[Matcher::Cue(said::said_quote)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: INDIRECT_QUESTION,
        description: "S explained/recalled/revealed/wondered how, why, what or whether C: an indirect question after a verb that otherwise needs \"that\"; the content starts at the question word.",
        example: "The retired teacher recalled how the village school had closed in a single week.",
        expect: Expect::new(
            "how the village school had closed in a single week",
            Some("The retired teacher"),
            "recalled",
        ),
        matchers: &[Matcher::Cue(said::indirect_question)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: HEADLINE,
        description: "A headline without final punctuation: S says C.",
        example: "Merkel says Germany will phase out nuclear power by 2022",
        expect: Expect::new(
            "Germany will phase out nuclear power by 2022",
            Some("Merkel"),
            "says",
        ),
        matchers: &[Matcher::Cue(said::headline)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: SAID_THAT,
        description: "Indirect speech after the cue, with or without \"that\": S said (that) C. In an adverbial clause opening the sentence (\"While S said C, ...\") the content ends at its comma.",
        example: "Federal Reserve Chairman Jerome Powell said that inflation remains too high.",
        expect: Expect::new(
            "inflation remains too high",
            Some("Federal Reserve Chairman Jerome Powell"),
            "said",
        ),
        matchers: &[Matcher::Cue(said::said_that)],
        ends: Ends {
            inner_quotation: true,
            ..Ends::PLAIN
        },
    },
    Rule {
        id: ACCORDING_TO_FIRST,
        description: "According to S, C.",
        example: "According to the World Health Organization, the outbreak has killed more than 11,000 people.",
        expect: Expect::new(
            "the outbreak has killed more than 11,000 people",
            Some("the World Health Organization"),
            "According to",
        ),
        matchers: &[Matcher::Cue(according_to::according_to_first)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: ACCORDING_TO_UNMARKED,
        description: "C according to S, with no comma, ending the sentence: the sentence before the cue is the content (not \"according to plan\").",
        example: "Turnout fell by a fifth according to figures from the election office.",
        expect: Expect::new(
            "Turnout fell by a fifth",
            Some("figures from the election office"),
            "according to",
        ),
        matchers: &[Matcher::Cue(according_to::according_to_unmarked)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: ACCORDING_TO_LAST,
        description: "C, according to S.",
        example: "The rover landed safely, according to NASA.",
        expect: Expect::new("The rover landed safely", Some("NASA"), "according to"),
        matchers: &[Matcher::Cue(according_to::according_to_last)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: PASSIVE_BY_AGENT,
        description: "A passive reporting verb with its agent: C was (first) reported by S; X was told by S that C. The agent is the source; the subject, or the clause after the agent, is the content.",
        example: "The plan to close the hospital was first reported by the local newspaper.",
        expect: Expect::new(
            "the hospital",
            Some("the local newspaper"),
            "was first reported by",
        ),
        matchers: &[
            Matcher::Cue(sourceless::passive_by_agent),
            Matcher::Fallback(sourceless::passives_with_agent),
        ],
        ends: Ends::PLAIN,
    },
    Rule {
        id: SOURCELESS,
        description: "No source: \"it is believed (that) C\", \"X reportedly did Y\".",
        example: "It is believed that the painting was stolen in 1990.",
        expect: Expect::new("the painting was stolen in 1990", None, "It is believed"),
        matchers: &[Matcher::Cue(sourceless::sourceless)],
        ends: Ends {
            covers_nothing: true,
            ..Ends::PLAIN
        },
    },
    Rule {
        id: EXPECTED_TO,
        description: "\"X is (widely) expected to C\": an expectation with no source; the content is the infinitive (inside a subordinate clause, up to the comma where the main clause goes on).",
        example: "The central bank is widely expected to raise rates in March.",
        expect: Expect::new("to raise rates in March", None, "is widely expected"),
        matchers: &[Matcher::Cue(sourceless::expected_to)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: KNOWN_FOR,
        description: "\"X is (best) known for C\": a reputation with no source; the content follows \"for\", up to a comma (not after \"which\" or \"that\").",
        example: "The old ferry captain was best known for his winter crossings, not his cooking.",
        expect: Expect::new("his winter crossings", None, "was best known for"),
        matchers: &[Matcher::Cue(sourceless::known_for)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: SEEMS,
        description: "A verb of seeming with an infinitive, a clause or a complement: \"X seems to C\", \"it appears (that) C\", \"X appeared more confident\": an impression with no source (not \"appeared on television\"); it ends where a new clause begins after a comma or dash.",
        example: "By Friday the council seemed to be backing away from the plan.",
        expect: Expect::new("to be backing away from the plan", None, "seemed"),
        matchers: &[Matcher::Cue(sourceless::seems)],
        ends: Ends {
            new_clause_after_comma: true,
            ..Ends::PLAIN
        },
    },
    Rule {
        id: IN_SOURCE,
        description: "\"In a poll (survey, report, ...) ..., C\" and \"In S's view, C\" opening a sentence or clause: the document or the holder of the view is the source, the clause after the comma the content.",
        example: "In a survey released on Tuesday, 40 percent of nurses rated their pay as poor.",
        expect: Expect::new(
            "40 percent of nurses rated their pay as poor",
            Some("a survey released on Tuesday"),
            "In",
        ),
        matchers: &[Matcher::Cue(nominal::in_source)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: STANDING_IN_POLL,
        description: "C in a poll (survey) named at the end of its clause: \"X leads by nine points in the latest county poll\", \"..., in a survey released Monday.\" The clause before \"in\" is the poll's finding, the poll its source (not \"in the polls\" in general, nor \"in a poll\" that a clause goes on after).",
        example: "The incumbent trails her challenger by four points in a new county survey released on Monday.",
        expect: Expect::new(
            "The incumbent trails her challenger by four points",
            Some("a new county survey released on Monday"),
            "in",
        ),
        matchers: &[Matcher::Cue(evidence::standing_in_poll)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: TO_SOURCE,
        description: "\"To S, C\" opening a sentence, where S reads as people (a name, a plural, \"many\", \"her\"; not an infinitive nor \"To the extent\") and no reporting verb follows: S holds the view, the clause after the comma is the content.",
        example: "To many farmers in the valley, the new dam is a betrayal.",
        expect: Expect::new(
            "the new dam is a betrayal",
            Some("many farmers in the valley"),
            "To",
        ),
        matchers: &[Matcher::Cue(nominal::to_source)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: NOMINAL_BY_SOURCE,
        description: "A noun of saying, demanding or accusing (`lexicon::NOMINALS_BY_SOURCE`) followed by \"by\" or \"from\", a short source phrase and \"that\", \"about\" or an infinitive's \"to\": \"claims by S that C\", \"calls from S to C\"; the content ends at the next comma (and before the verb of the clause it stands in).",
        example: "The shelter stayed shut despite calls from two local charities to reopen it.",
        expect: Expect::new("to reopen it", Some("two local charities"), "calls from"),
        matchers: &[Matcher::Cue(nominal::nominal_by_source)],
        ends: Ends {
            before_main_verb: true,
            ..Ends::PLAIN
        },
    },
    Rule {
        id: SOURCELESS_NOMINAL,
        description: "A plural noun of demanding, doubting or accusing (`lexicon::SOURCELESS_NOMINALS`: \"calls for C\", \"questions about C\", \"concerns that C\", \"accusations of C\") after a determiner, a preposition, a participle or a few adjectives (\"amid calls for C\", \"these calls for C\", \"faced questions about C\"), not after \"to\" or \"asked\": a position nobody is named for; the content ends at the next comma (and before the verb of the clause it stands in).",
        example: "The closure of the clinic prompted calls for a public inquiry.",
        expect: Expect::new("a public inquiry", None, "calls for"),
        matchers: &[Matcher::Cue(nominal::sourceless_nominal)],
        ends: Ends {
            before_main_verb: true,
            ..Ends::PLAIN
        },
    },
    Rule {
        id: NOMINAL,
        description: "A noun of saying, deciding or evaluating after a possessive: \"his decision to C\", \"S's call for C\", \"her warning that C\"; the possessive is the source, the content ends at the next comma (a noun phrase after a preposition before the verb of the clause it stands in).",
        example: "There was little support on the council for the mayor's call for a new bridge.",
        expect: Expect::new("a new bridge", Some("the mayor's"), "call for"),
        matchers: &[Matcher::Cue(nominal::possessive_nominal)],
        ends: Ends {
            before_main_verb: true,
            ..Ends::PLAIN
        },
    },
    Rule {
        id: ASKED_PASSIVE,
        description: "A question put to the subject: \"Asked whether C, S said ...\", \"S was asked (by X) about C\", \"when asked C\", \"asked for C\", \"S was asked a question about C\", also past an adverb or an adjunct (\"Asked during a radio debate why C\"): the source is the asker after \"by\", or nobody.",
        example: "Asked whether she would run again, the senator said she had not decided.",
        expect: Expect::new("whether she would run again", None, "Asked"),
        matchers: &[Matcher::Cue(questions::asked_passive)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: INFINITIVE_CUE,
        description: "A reporting verb in an infinitive after a short verb phrase: S went on to say C, S took to the radio to say C, S praised X but went on to say C (the source of the cue before \"but\" or \"and\", else the clause subject). The source is the clause subject (not after refusals like \"declined to\").",
        example: "The mayor went on to say the budget would be balanced by June.",
        expect: Expect::new(
            "the budget would be balanced by June",
            Some("The mayor"),
            "say",
        ),
        matchers: &[Matcher::Refine {
            refine: embedded::mark_infinitive,
            of: &[SAID_THAT, SAID_QUOTE, TOLD_THAT, OBJECT],
        }],
        ends: Ends::PLAIN,
    },
    Rule {
        id: INTERRUPTED_CLAUSE,
        description: "A cue that interrupts a clause: \"A, S said, B.\" The content is B, the part after the cue.",
        example: "Whatever the council decides, residents said, will be challenged in the high court.",
        expect: Expect::new(
            "will be challenged in the high court",
            Some("residents"),
            "said",
        ),
        matchers: &[Matcher::Refine {
            refine: interrupted::interrupted_clause,
            of: &[CLAUSE_SOURCE_SAID, CLAUSE_SAID_SOURCE, ACCORDING_TO_LAST],
        }],
        ends: Ends::PLAIN,
    },
    Rule {
        id: INTERRUPTED_QUOTE,
        description: "A quotation that goes on after its cue: \"A,\" S said, \"B.\" B is a second attribution to S.",
        example: "\"The bridge is safe,\" the engineer said, \"but the road needs work.\"",
        expect: Expect::new("but the road needs work.", Some("the engineer"), "said"),
        matchers: &[Matcher::Refine {
            refine: interrupted::second_half,
            of: &[QUOTE_SOURCE_SAID, QUOTE_SAID_SOURCE],
        }],
        ends: Ends::PLAIN,
    },
    Rule {
        id: HEADLINE_COLON,
        description: "A paragraph (a headline, a transcript turn) that opens with a short name and a colon: \"S: C\", also when the claim holds a cue of its own (\"S: I Support C\"), after a kicker in capitals and a dash (\"EXCLUSIVE – S: C\"), or with a name and a noun for who speaks for it (\"Roe camp: C\", \"Herald editorial: C\").",
        example: "Mayor Jane Roe: City Budget Will Not Cover New Stadium",
        expect: Expect::new(
            "City Budget Will Not Cover New Stadium",
            Some("Mayor Jane Roe"),
            ":",
        ),
        matchers: &[
            Matcher::Fallback(colon::headline_colon),
            Matcher::Sentence(colon::headline_colon_over_cues),
        ],
        ends: Ends::PLAIN,
    },
    Rule {
        id: TRANSCRIPT_TURN,
        description: "An interview printed as turns: paragraphs that open with \"Q:\", \"A:\" or a speaker's name in capitals and a colon, two or more in the document. The rest of the paragraph is the speaker's own words; the label is the source. The speaker is the name the label reads as (\"JANE ROE\" is Jane Roe, as the document writes her elsewhere); \"A\" is the person the introduction names as interviewed (\"an interview with Jane Roe\"), when it does.",
        example: "Q: Will the ferry run in winter?\n\nA: It will, twice a day. The new boat handles ice.",
        expect: Expect::new(
            "It will, twice a day. The new boat handles ice.",
            Some("A"),
            ":",
        ),
        matchers: &[Matcher::Document],
        ends: Ends::PLAIN,
    },
    Rule {
        id: QUOTE_TAIL,
        description: "A quotation closed by a comma, ? or !, then a short source and any finite verb: \"Q,\" S verbed. The shape marks the attribution; the verb is the cue.",
        example: "\"Not again,\" the goalkeeper groaned.",
        expect: Expect::new("Not again", Some("the goalkeeper"), "groaned"),
        matchers: &[Matcher::Fallback(quote_tail::quote_tail)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: QUOTE_DASH,
        description: "A quotation signed with a dash and a name, in its sentence or as the next paragraph: \"Q.\" — S, role.",
        example: "\"Every child deserves a library.\" — Jane Roe, head librarian",
        expect: Expect::new(
            "Every child deserves a library.",
            Some("Jane Roe, head librarian"),
            "—",
        ),
        matchers: &[Matcher::Fallback(quote_tail::quote_dash), Matcher::Document],
        ends: Ends::PLAIN,
    },
    Rule {
        id: COLON_QUOTE,
        description: "A quotation after a colon goes to the subject of the clause before it, whatever its verb: S answered with a shrug: \"Q\".",
        example: "The coach answered with a shrug: \"We play the next game.\"",
        expect: Expect::new(
            "We play the next game.",
            Some("The coach"),
            "answered with a shrug:",
        ),
        matchers: &[Matcher::Sentence(colon::colon_quote)],
        ends: Ends::PLAIN,
    },
    Rule {
        id: QUOTE_THEN_SOURCE,
        description: "A quotation closed by a full stop, then a sentence that is only a short source and a verb of saying: \"Q.\" S said. The quotation is S's (not a continuation of the previous speaker).",
        example: "The mayor spoke first. \"The bridge will open in May.\" Jane Roe said.",
        expect: Expect::new("The bridge will open in May.", Some("Jane Roe"), "said"),
        matchers: &[Matcher::Document],
        ends: Ends::PLAIN,
    },
    Rule {
        id: CONTINUATION,
        description: "A quotation standing alone right after an attributed quotation belongs to the same source; so does a sentence of a few of the writer's words (a connective, an adverbial or a pronoun subject: \"Now, “Q”\", \"He has overseen “Q”\") and a quotation running to its end, the whole sentence being the content.",
        example: "\"We will not be intimidated,\" said Jacinda Ardern. \"We are a country of peace.\"",
        expect: Expect::new("We are a country of peace.", Some("Jacinda Ardern"), "said"),
        matchers: &[Matcher::Document],
        ends: Ends::PLAIN,
    },
];

#[cfg(test)]
mod tests;
