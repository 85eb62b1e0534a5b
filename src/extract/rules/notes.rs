//! The decisions every rule relies on but none dispatches: how far a source phrase reaches
//! and how the text's shape is read. Each has an id, a description and an example with the
//! attribution that shows the decision; no attribution carries their id.

use super::Expect;

pub const SPEAKER_FROM_ANY_MENTION: &str = "speaker-from-any-mention";
pub const RELATIVE_CLAUSE_SUBJECT: &str = "relative-clause-subject";
pub const MENTION_WITH_DESCRIPTION: &str = "mention-with-description";
pub const PRONOUN_IS_WHOLE_PHRASE: &str = "pronoun-is-whole-phrase";
pub const SOURCE_LIST: &str = "source-list";
pub const NAME_AFTER_MODIFIER: &str = "name-after-modifier";
pub const SUBJECT_WITH_MODIFIERS: &str = "subject-with-modifiers";
pub const VERB_AFTER_NAME: &str = "verb-after-name";
pub const OPENER_NOT_NAME: &str = "opener-not-name";
pub const DESCRIBED_NOT_NAMED: &str = "described-not-named";
pub const DATELINE_NOT_SUBJECT: &str = "dateline-not-subject";
pub const AGE_AND_PLACE_NOT_SUBJECT: &str = "age-and-place-not-subject";
pub const OPENING_ADJUNCT_NOT_SUBJECT: &str = "opening-adjunct-not-subject";
pub const WRAPPED_LINES: &str = "wrapped-lines-are-one-paragraph";
pub const CASELESS_SCRIPT_NAMES: &str = "caseless-script-names";
pub const ADVERB_BEFORE_CUE: &str = "adverb-before-cue";
pub const CLAUSE_AFTER_SHORT_PHRASE: &str = "clause-after-short-phrase";
pub const CLAUSE_SUBJECT_NOT_INVERTED_SOURCE: &str = "clause-subject-not-inverted-source";
pub const NAME_OBJECT_BEFORE_ADJUNCT: &str = "name-object-before-adjunct";
pub const CONTRACTED_HAS_BEFORE_CUE: &str = "contracted-has-before-cue";
pub const NESTED_SHORT_REPORT: &str = "nested-short-report";

/// A decision about a source phrase's extent or the text's shape, with an example.
#[derive(Debug)]
pub struct Note {
    pub id: &'static str,
    pub description: &'static str,
    pub example: &'static str,
    /// The attribution of the example whose source shows the decision.
    pub expect: Expect,
}

/// Decisions every rule relies on, listed so the catalogue covers every decision.
pub static NOTES: &[Note] = &[
    Note {
        id: SPEAKER_FROM_ANY_MENTION,
        description: "(source phrase) A bare surname or title resolves to a full name met anywhere earlier, as subject, object or in passing, titles and nationality stripped.",
        example: "Emmanuel Macron met German Chancellor Angela Merkel in Berlin on Monday. Merkel said the two leaders had agreed on a recovery fund.",
        expect: Expect::new(
            "the two leaders had agreed on a recovery fund",
            Some("Merkel"),
            "said",
        ),
    },
    Note {
        id: RELATIVE_CLAUSE_SUBJECT,
        description: "(source phrase) \"S who asked not to be named because ... said C\": the subject is the phrase the \"who\" clause hangs on, not the object inside it.",
        example: "A senior administration official who asked not to be named because the talks are private said the deal was close.",
        expect: Expect::new(
            "the deal was close",
            Some(
                "A senior administration official who asked not to be named because the talks are private",
            ),
            "said",
        ),
    },
    Note {
        id: MENTION_WITH_DESCRIPTION,
        description: "(source phrase) The source span is the mention as written, with its apposition or relative clause (\"S, a lawyer for the family, said\"; \"said S, who chairs the panel\"; \"according to a report by the agency\"); the speaker is still the name.",
        example: "Maria Okafor, a lawyer for the tenants' association, said the eviction notices were unlawful.",
        expect: Expect::new(
            "the eviction notices were unlawful",
            Some("Maria Okafor, a lawyer for the tenants' association"),
            "said",
        ),
    },
    Note {
        id: PRONOUN_IS_WHOLE_PHRASE,
        description: "(source phrase) A subject pronoun is a whole source phrase: time words before it (\"Late on Tuesday he said\") and a verb after it (\"He rejected the offer, saying\") are not part of it.",
        example: "He rejected the offer on Friday, saying the price was far too low.",
        expect: Expect::new("the offer", Some("He"), "rejected"),
    },
    Note {
        id: SOURCE_LIST,
        description: "(source phrase) A list of sources opening its clause (\"S1 and S2 said\", \"S1, S2 and S3 say\", \"She and her aides\") is one attribution: the source span is the whole list, as PolNeAR marks it, and the speaker is the first person named.",
        example: "Nurses and doctors aside, hospital director Amara Diallo and union leader Pete Quinn said the new shift rota was unsafe.",
        expect: Expect::new(
            "the new shift rota was unsafe",
            Some("hospital director Amara Diallo and union leader Pete Quinn"),
            "said",
        ),
    },
    Note {
        id: NAME_AFTER_MODIFIER,
        description: "(source phrase) A possessive or a capitalised compound adjective before a full name is not part of it: \"Vancouver's Jane Roe\" is Jane Roe, \"Moscow-backed Ivan Petrov\" is Ivan Petrov; the source span keeps the mention as written.",
        example: "Lagos-based economist Ngozi Adeyemi said inflation would ease by summer.",
        expect: Expect::new(
            "inflation would ease by summer",
            Some("Lagos-based economist Ngozi Adeyemi"),
            "said",
        ),
    },
    Note {
        id: SUBJECT_WITH_MODIFIERS,
        description: "(source phrase) The source before a cue is the whole subject, widened back over prepositions and participles, \"-ing\" ones too (\"Some delegates at the convention in Lyon said\", \"shop owners supporting the plan say\", \"52 percent of registered voters say\", \"a majority of her backers\"), resolved by its head; a time or medium (\"at the time\", \"in a statement\") is left out.",
        example: "Some farmers at the market in Dijon said the new tariff would ruin them.",
        expect: Expect::new(
            "the new tariff would ruin them",
            Some("Some farmers at the market in Dijon"),
            "said",
        ),
    },
    Note {
        id: VERB_AFTER_NAME,
        description: "(source phrase) A plain lower-case word between a name and a determiner or a number is a verb, even one the lexicon does not know, so it ends the source phrase: \"Roe took a risk, saying\" has the source Roe; a role or group noun (\"Labour leader Keir Starmer\") stays in it.",
        example: "Mayor Jane Roe took a gamble on Monday, saying the budget could absorb the cost.",
        expect: Expect::new(
            "the budget could absorb the cost",
            Some("Mayor Jane Roe"),
            "saying",
        ),
    },
    Note {
        id: OPENER_NOT_NAME,
        description: "(source phrase) A word capitalised only because it opens the sentence (a preposition, conjunction, sentence adverb or interjection: \"With\", \"Neither\", \"Maybe\", \"Typically\"), a weekday or a month is not part of a name; a capitalised run holding a verb form or a pronoun (a Title Case headline) is no name; a contracted pronoun (\"I'd\", \"they're\") is a pronoun.",
        example: "With Tom Vance out of the race, the party regrouped.\n\nVance said he would back the nominee.",
        expect: Expect::new("he would back the nominee", Some("Vance"), "said"),
    },
    Note {
        id: DESCRIBED_NOT_NAMED,
        description: "(source phrase) People or sources \"close to\", \"familiar with\", \"briefed on\" or \"knowledgeable about\" a named party are anonymous: the name says whom they know, not who they are.",
        example: "Sources close to the Kremlin said the summit would go ahead in June.",
        expect: Expect::new(
            "the summit would go ahead in June",
            Some("Sources close to the Kremlin"),
            "said",
        ),
    },
    Note {
        id: DATELINE_NOT_SUBJECT,
        description: "(text shape) A wire-copy dateline opening the sentence (a place in capitals, then a date or agency up to a dash: \"PARIS, Aug. 31 (Reuters) -\") is not its subject; the subject follows the dash.",
        example: "OSLO, March 3 (Wire) - Finance Minister Ingrid Dahl defended the budget on Tuesday, saying it protected pensions.",
        expect: Expect::new(
            "the budget",
            Some("Finance Minister Ingrid Dahl"),
            "defended",
        ),
    },
    Note {
        id: AGE_AND_PLACE_NOT_SUBJECT,
        description: "(source phrase) In \"S, 29, of Town, said\" and \"S, speaking in Town, State, said\" the subject is S: an age, or a place after a preposition inside the parenthetical, is not.",
        example: "Tom Vance, speaking at a rally in Dayton, Ohio, warned that the plant would close.",
        expect: Expect::new("the plant would close", Some("Tom Vance"), "warned"),
    },
    Note {
        id: OPENING_ADJUNCT_NOT_SUBJECT,
        description: "(source phrase) A clause opened by a participle phrase or a lone adverb before a comma (\"Facing criticism, X ...\", \"Afterwards, X ...\") has its subject after the comma; a lone name before a comma (\"Davis, a liberal, ...\") is still the subject.",
        example: "Facing mounting criticism, Mayor Jane Roe released a statement on Sunday, saying the budget was sound.",
        expect: Expect::new("the budget was sound", Some("Mayor Jane Roe"), "saying"),
    },
    Note {
        id: WRAPPED_LINES,
        description: "(text shape) In a hard-wrapped document (every line at most 100 characters), a line break where the next word would not have fitted on a full line is a space: the lines are one paragraph. Elsewhere a line is a paragraph.",
        example: "The harbour authority said on Monday that the\nnew ferry terminal would open in the spring.",
        expect: Expect::new(
            "the\nnew ferry terminal would open in the spring",
            Some("The harbour authority"),
            "said",
        ),
    },
    Note {
        id: CASELESS_SCRIPT_NAMES,
        description: "(text shape) A word in a script without capital letters (Arabic, CJK, Hebrew, Thai ...) counts as capitalised, so it names a speaker like a capitalised word does.",
        example: "محمد العلي said the talks had failed.",
        expect: Expect::new("the talks had failed", Some("محمد العلي"), "said"),
    },
    Note {
        id: ADVERB_BEFORE_CUE,
        description: "(source phrase) An adverb or a reflexive between a subject and its cue (\"S later said\", \"the firm itself said\", \"S angrily said\") is part of neither; the subject is the phrase before it.",
        example: "The harbour master later said the storm had moved out to sea.",
        expect: Expect::new(
            "the storm had moved out to sea",
            Some("The harbour master"),
            "said",
        ),
    },
    Note {
        id: CLAUSE_AFTER_SHORT_PHRASE,
        description: "(content) A short prepositional phrase after a verb of saying, then a pronoun subject, opens a clause without \"that\" (\"said for weeks he would run\"); so does a preposition of approximation before a number (\"said about half of the ...\"). A verb that otherwise needs \"that\" (\"noted\", \"wrote\", \"reported\") takes a bare clause whose subject is a personal pronoun (\"noted she had ...\").",
        example: "The coach has said for months she would step down after the final.",
        expect: Expect::new(
            "she would step down after the final",
            Some("The coach"),
            "has said",
        ),
    },
    Note {
        id: CLAUSE_SUBJECT_NOT_INVERTED_SOURCE,
        description: "(source phrase) After \"S, a description, said\", a phrase followed by a verb (\"said the crowd at the rally was calm\") is the subject of the content, not an inverted source; the source is S.",
        example: "Tom Vance, a farmer from the valley, said the dam on the river was too old.",
        expect: Expect::new(
            "the dam on the river was too old",
            Some("Tom Vance, a farmer from the valley"),
            "said",
        ),
    },
    Note {
        id: NAME_OBJECT_BEFORE_ADJUNCT,
        description: "(content) A noun-phrase object that is a pronoun or a name takes no modifier after it: \"endorsed Jane Roe at a rally\", \"praised them again\" end at the name or pronoun (not after a possessive name, nor after \"her\" before an adverb: \"her newly built clinic\"). Any noun-phrase object also ends before \"and\"/\"but\" and a second predicate of the subject (\"opposed the bill and has since left\"), before a comma that opens a clause (\"rejected the plan, which ...\", \"declined to comment, saying ...\"), and before \", compared with\". In a restrictive relative clause (\"voters who support Roe are ...\") it ends before the main clause's verb.",
        example: "The nurses' union endorsed Jane Roe at a rally in Leeds on Monday.",
        expect: Expect::new("Jane Roe", Some("The nurses' union"), "endorsed"),
    },
    Note {
        id: CONTRACTED_HAS_BEFORE_CUE,
        description: "(text shape) \"he's\", \"she's\", \"who's\" before a past participle are a subject with \"has\", not a possessive: \"he's argued C\" is a cue. The source is the pronoun without its contracted verb (\"She\").",
        example: "The mayor has not given up. She's argued that the budget is too small.",
        expect: Expect::new("the budget is too small", Some("She"), "argued"),
    },
    Note {
        id: NESTED_SHORT_REPORT,
        description: "(content) An \"S said C\" inside another draft's indirect speech is dropped as nested, unless its content is under a third of the outer content: then it is its source's own claim (\"X said the bridge will stay open because engineers say it is safe\").",
        example: "The mayor said the council would keep the bridge open because engineers say it is safe.",
        expect: Expect::new("it is safe", Some("engineers"), "say"),
    },
];
