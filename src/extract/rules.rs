//! The rule catalogue: every pattern the extractor knows, with an id (stored with each
//! attribution so any output can be explained), a description and a real example sentence.
//!
//! The matching itself lives in `attribute` (one sentence) and `mod` (continuations across
//! sentences); this module is the single list a reviewer reads to know what the extractor does,
//! and its tests run `extract` on each example.

pub const QUOTE_SAID_SOURCE: &str = "quote-said-source";
pub const QUOTE_SOURCE_SAID: &str = "quote-source-said";
pub const SAID_QUOTE: &str = "source-said-quote";
pub const SAID_THAT: &str = "source-said-that";
pub const CLAUSE_SOURCE_SAID: &str = "clause-source-said";
pub const CLAUSE_SAID_SOURCE: &str = "clause-said-source";
pub const TOLD_THAT: &str = "source-told-that";
pub const ACCORDING_TO_FIRST: &str = "according-to-first";
pub const ACCORDING_TO_LAST: &str = "according-to-last";
pub const CONTINUATION: &str = "quote-continuation";
pub const INTERRUPTED_QUOTE: &str = "interrupted-quote";
pub const INTERRUPTED_CLAUSE: &str = "interrupted-clause";
pub const COLON_QUOTE: &str = "colon-quote";
pub const HEADLINE_COLON: &str = "headline-colon";
pub const QUOTE_TAIL: &str = "quote-source-any-verb";
pub const QUOTE_DASH: &str = "quote-dash-source";
pub const INFINITIVE_CUE: &str = "infinitive-cue";
pub const PASSIVE_BY_AGENT: &str = "passive-by-agent";
pub const HEADLINE: &str = "headline-says";
pub const PARTICIPLE: &str = "participle-cue";
pub const QUOTED_AS_SAYING: &str = "quoted-as-saying";
pub const WITH_PARTICIPLE: &str = "with-source-participle";
pub const COORDINATED: &str = "coordinated-cue";
pub const STATEMENT: &str = "statement-participle";
pub const ACCUSE_OF: &str = "accuse-of";
pub const LINK_TO: &str = "link-to";
pub const BLAME_FOR: &str = "blame-for";
pub const DESCRIBE_AS: &str = "describe-as";
pub const IN_WHAT: &str = "in-what-described-as";
pub const VOW_TO: &str = "vow-to";
pub const OBJECT: &str = "cue-object";
pub const CUE_PREPOSITION: &str = "cue-preposition";
pub const SOURCELESS: &str = "sourceless";
pub const WITH_ROLE_FOR_SUBJECT: &str = "with-role-for-subject";
pub const OBJECT_SOURCE_DESCRIBED_AS: &str = "object-source-described-as";
pub const DOCUMENT_FINDS: &str = "document-finds";
// Source-resolution rules: they decide who a source phrase is, under any pattern above, so no
// attribution carries their id; they are listed so the catalogue covers every decision.
pub const SPEAKER_FROM_ANY_MENTION: &str = "speaker-from-any-mention";
pub const ORGANISATION_SPEAKS_THROUGH: &str = "organisation-speaks-through";
pub const RELATIVE_CLAUSE_SUBJECT: &str = "relative-clause-subject";
pub const RELATIVE_PRONOUN_SOURCE: &str = "relative-pronoun-source";

/// One catalogue entry.
#[derive(Debug)]
pub struct Rule {
    pub id: &'static str,
    pub description: &'static str,
    /// A real news sentence the rule applies to.
    pub example: &'static str,
}

pub static CATALOGUE: &[Rule] = &[
    Rule {
        id: QUOTE_SAID_SOURCE,
        description: "A quotation followed by an inverted cue and its source: \"Q,\" said S.",
        example: "\"We're going to fight like hell,\" said Senator Bernie Sanders.",
    },
    Rule {
        id: QUOTE_SOURCE_SAID,
        description: "A quotation followed by its source and cue: \"Q,\" S said.",
        example: "\"I have a dream,\" he said.",
    },
    Rule {
        id: SAID_QUOTE,
        description: "A cue introducing a quotation, after a colon, comma or nothing: S said: \"Q\".",
        example: "Obama said: \"Yes we can.\"",
    },
    Rule {
        id: SAID_THAT,
        description: "Indirect speech after the cue, with or without \"that\": S said (that) C.",
        example: "Federal Reserve Chairman Jerome Powell said that inflation remains too high.",
    },
    Rule {
        id: CLAUSE_SOURCE_SAID,
        description: "Content first, then source and cue: C, S said.",
        example: "The talks will resume next week, a senior European Union official said.",
    },
    Rule {
        id: CLAUSE_SAID_SOURCE,
        description: "Content first, then an inverted cue and its source: C, said S.",
        example: "The economy is recovering faster than expected, said Christine Lagarde, president of the European Central Bank.",
    },
    Rule {
        id: TOLD_THAT,
        description: "A cue with an addressee before the content: S told Reuters (that) C.",
        example: "Two sources told Reuters that the company was preparing a bid.",
    },
    Rule {
        id: ACCORDING_TO_FIRST,
        description: "According to S, C.",
        example: "According to the World Health Organization, the outbreak has killed more than 11,000 people.",
    },
    Rule {
        id: ACCORDING_TO_LAST,
        description: "C, according to S.",
        example: "The rover landed safely, according to NASA.",
    },
    Rule {
        id: CONTINUATION,
        description: "A quotation standing alone right after an attributed quotation belongs to the same source.",
        example: "\"We will not be intimidated,\" said Jacinda Ardern. \"We are a country of peace.\"",
    },
    Rule {
        id: INTERRUPTED_QUOTE,
        description: "A quotation that goes on after its cue: \"A,\" S said, \"B.\" B is a second attribution to S.",
        example: "\"The bridge is safe,\" the engineer said, \"but the road needs work.\"",
    },
    Rule {
        id: INTERRUPTED_CLAUSE,
        description: "A cue that interrupts a clause: \"A, S said, B.\" The content is B, the part after the cue.",
        example: "Whatever the council decides, residents said, will be challenged in the high court.",
    },
    Rule {
        id: COLON_QUOTE,
        description: "A quotation after a colon goes to the subject of the clause before it, whatever its verb: S answered with a shrug: \"Q\".",
        example: "The coach answered with a shrug: \"We play the next game.\"",
    },
    Rule {
        id: HEADLINE_COLON,
        description: "A paragraph (a headline, a transcript turn) that opens with a short name and a colon: \"S: C\".",
        example: "Mayor Jane Roe: City Budget Will Not Cover New Stadium",
    },
    Rule {
        id: QUOTE_TAIL,
        description: "A quotation closed by a comma, ? or !, then a short source and any finite verb: \"Q,\" S verbed. The shape marks the attribution; the verb is the cue.",
        example: "\"Not again,\" the goalkeeper groaned.",
    },
    Rule {
        id: QUOTE_DASH,
        description: "A quotation signed with a dash and a name, in its sentence or as the next paragraph: \"Q.\" — S, role.",
        example: "\"Every child deserves a library.\" — Jane Roe, head librarian",
    },
    Rule {
        id: INFINITIVE_CUE,
        description: "A reporting verb in an infinitive after a short verb phrase: S went on to say C, S took to the radio to say C. The source is the clause subject (not after refusals like \"declined to\").",
        example: "The mayor went on to say the budget would be balanced by June.",
    },
    Rule {
        id: PASSIVE_BY_AGENT,
        description: "A passive reporting verb with its agent: C was (first) reported by S; X was told by S that C. The agent is the source; the subject, or the clause after the agent, is the content.",
        example: "The plan to close the hospital was first reported by the local newspaper.",
    },
    Rule {
        id: HEADLINE,
        description: "A headline without final punctuation: S says C.",
        example: "Merkel says Germany will phase out nuclear power by 2022",
    },
    Rule {
        id: PARTICIPLE,
        description: "A participial cue after a comma takes the subject of its clause: S did X, saying C.",
        example: "Boris Johnson resigned on Thursday, saying the government could not go on.",
    },
    Rule {
        id: QUOTED_AS_SAYING,
        description: "S was quoted as saying C.",
        example: "Putin was quoted as saying that Russia had no plans to invade.",
    },
    Rule {
        id: WITH_PARTICIPLE,
        description: "\"with S V-ing C\": the participle's source is the noun phrase after \"with\".",
        example: "The union rejected the offer, with its leader calling it an insult.",
    },
    Rule {
        id: COORDINATED,
        description: "A second cue coordinated with the first shares its source: S urged A but warned B.",
        example: "Scientists have voiced fear of a new wave and believe the virus will spread.",
    },
    Rule {
        id: STATEMENT,
        description: "S released/issued a statement V-ing C.",
        example: "The club issued a statement saying the manager had left by mutual consent.",
    },
    Rule {
        id: ACCUSE_OF,
        description: "S accused Y of Z: the content is the object and its complement.",
        example: "Washington accused Moscow of interfering in the election.",
    },
    Rule {
        id: LINK_TO,
        description: "S linked Y to Z: the content is the object and its complement.",
        example: "Investigators have linked the explosion to a faulty gas pipe.",
    },
    Rule {
        id: BLAME_FOR,
        description: "S blamed Y for Z (also commended/praised Y for Z).",
        example: "The airline blamed the weather for the delays.",
    },
    Rule {
        id: DESCRIBE_AS,
        description: "S described Y as Z, and \"in what S described as Z\".",
        example: "The White House described the meeting as productive.",
    },
    Rule {
        id: IN_WHAT,
        description: "\"in what S described as C\" / \"in what S said was C\": content after the copula.",
        example: "Police arrived in what witnesses described as a stampede, officials said.",
    },
    Rule {
        id: VOW_TO,
        description: "A commitment with an infinitive or clause: S vowed/pledged/threatened to C.",
        example: "Angela Merkel vowed to find those responsible.",
    },
    Rule {
        id: OBJECT,
        description: "A cue with a noun phrase or clause object: S denied/urged/condemned/demanded C.",
        example: "The Kremlin denied any involvement.",
    },
    Rule {
        id: CUE_PREPOSITION,
        description: "A cue with a fixed preposition: S pointed to C, called for C, spoke of C, voiced fear of C.",
        example: "Protesters called for the resignation of the president.",
    },
    Rule {
        id: SOURCELESS,
        description: "No source: \"it is believed (that) C\", \"X reportedly did Y\".",
        example: "It is believed that the painting was stolen in 1990.",
    },
    Rule {
        id: WITH_ROLE_FOR_SUBJECT,
        description: "\"X did Y, with a/its spokesman (official, leader, commander) V-ing C\": the role speaks for X, the subject of the main clause, which is the named speaker.",
        example: "Hamas rejected the proposal, with a spokesman saying it did not meet the group's demands.",
    },
    Rule {
        id: OBJECT_SOURCE_DESCRIBED_AS,
        description: "A reduced relative with the object first: \"..., a move S described as C\": content after \"as\".",
        example: "The central bank raised rates by 75 basis points, a move analysts described as aggressive.",
    },
    Rule {
        id: DOCUMENT_FINDS,
        description: "A study, report or survey found/showed/revealed a plain noun phrase (people need \"that\"; documents need not).",
        example: "The study found no link between the vaccine and autism.",
    },
    Rule {
        id: SPEAKER_FROM_ANY_MENTION,
        description: "(source resolution) A bare surname or title resolves to a full name met anywhere earlier, as subject, object or in passing, titles and nationality stripped.",
        example: "Emmanuel Macron met German Chancellor Angela Merkel in Berlin on Monday. Merkel said the two leaders had agreed on a recovery fund.",
    },
    Rule {
        id: ORGANISATION_SPEAKS_THROUGH,
        description: "(source resolution) A group or role noun after an organisation's possessive or \"for\"/\"of\" (\"the union's leaders\", \"a spokesman for the group\") is that organisation, named; a person's possessive only passes on to a spokesperson.",
        example: "The ANC's leaders have expressed support for the deal.",
    },
    Rule {
        id: RELATIVE_PRONOUN_SOURCE,
        description: "(source resolution) A cue in a relative clause (\"X, who said C\"): the pronoun is the source as written, the phrase before it (and its comma) is who speaks.",
        example: "The strike ended with help from the mediator Jane Roe, who said both sides had given ground.",
    },
    Rule {
        id: RELATIVE_CLAUSE_SUBJECT,
        description: "(source resolution) \"S who asked not to be named because ... said C\": the subject is the phrase the \"who\" clause hangs on, not the object inside it.",
        example: "A senior administration official who asked not to be named because the talks are private said the deal was close.",
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;
    use crate::model::{ClaimKind, SourceKind, Stance};

    /// Runs the extractor on `text` and returns the attribution whose content is `content`.
    fn find(text: &str, content: &str) -> crate::model::Attribution {
        let all = extract(text);
        all.iter()
            .find(|a| a.content.of(text) == content)
            .unwrap_or_else(|| {
                let got: Vec<(&str, &str)> =
                    all.iter().map(|a| (a.content.of(text), a.rule)).collect();
                panic!("no attribution with content {content:?} in {text:?}; got {got:?}")
            })
            .clone()
    }

    fn example(id: &str) -> &'static str {
        CATALOGUE
            .iter()
            .find(|r| r.id == id)
            .map(|r| r.example)
            .unwrap()
    }

    fn check(text: &str, rule: &str, content: &str, speaker: Option<&str>, cue: &str) {
        let a = find(text, content);
        assert_eq!(a.rule, rule, "rule for {text:?}");
        assert_eq!(a.speaker.as_deref(), speaker, "speaker for {text:?}");
        assert_eq!(a.cue.map(|c| c.of(text)), Some(cue), "cue for {text:?}");
    }

    #[test]
    fn every_rule_has_an_example() {
        for rule in CATALOGUE {
            assert!(
                !rule.example.is_empty() && !rule.description.is_empty(),
                "{}",
                rule.id
            );
            assert!(
                !extract(rule.example).is_empty(),
                "{} finds nothing in its example",
                rule.id
            );
        }
    }

    #[test]
    fn quote_said_source() {
        let t = example(QUOTE_SAID_SOURCE);
        check(
            t,
            QUOTE_SAID_SOURCE,
            "We're going to fight like hell",
            Some("Bernie Sanders"),
            "said",
        );
        assert_eq!(
            find(t, "We're going to fight like hell").kind,
            ClaimKind::Direct
        );
    }

    #[test]
    fn quote_source_said() {
        let t = "Nelson Mandela spoke from the dock. \"I am prepared to die,\" he said.";
        check(
            t,
            QUOTE_SOURCE_SAID,
            "I am prepared to die",
            Some("Nelson Mandela"),
            "said",
        );
    }

    #[test]
    fn said_quote() {
        check(
            example(SAID_QUOTE),
            SAID_QUOTE,
            "Yes we can.",
            Some("Obama"),
            "said",
        );
        let t = "Obama said \"Yes we can.\"";
        check(t, SAID_QUOTE, "Yes we can.", Some("Obama"), "said");
    }

    #[test]
    fn said_that() {
        check(
            example(SAID_THAT),
            SAID_THAT,
            "inflation remains too high",
            Some("Jerome Powell"),
            "said",
        );
        let t = "Powell said inflation remains too high.";
        check(
            t,
            SAID_THAT,
            "inflation remains too high",
            Some("Powell"),
            "said",
        );
    }

    #[test]
    fn clause_source_said() {
        let t = example(CLAUSE_SOURCE_SAID);
        check(
            t,
            CLAUSE_SOURCE_SAID,
            "The talks will resume next week",
            None,
            "said",
        );
        assert_eq!(
            find(t, "The talks will resume next week").source_kind,
            SourceKind::Anonymous
        );
    }

    #[test]
    fn clause_said_source_with_apposition() {
        check(
            example(CLAUSE_SAID_SOURCE),
            CLAUSE_SAID_SOURCE,
            "The economy is recovering faster than expected",
            Some("Christine Lagarde"),
            "said",
        );
    }

    #[test]
    fn told_that() {
        let t = example(TOLD_THAT);
        check(
            t,
            TOLD_THAT,
            "the company was preparing a bid",
            None,
            "told",
        );
        assert_eq!(
            find(t, "the company was preparing a bid").source_kind,
            SourceKind::Anonymous
        );
    }

    #[test]
    fn according_to() {
        check(
            example(ACCORDING_TO_FIRST),
            ACCORDING_TO_FIRST,
            "the outbreak has killed more than 11,000 people",
            Some("World Health Organization"),
            "According to",
        );
        check(
            example(ACCORDING_TO_LAST),
            ACCORDING_TO_LAST,
            "The rover landed safely",
            Some("NASA"),
            "according to",
        );
    }

    #[test]
    fn continuation() {
        let t = example(CONTINUATION);
        check(
            t,
            QUOTE_SAID_SOURCE,
            "We will not be intimidated",
            Some("Jacinda Ardern"),
            "said",
        );
        check(
            t,
            CONTINUATION,
            "We are a country of peace.",
            Some("Jacinda Ardern"),
            "said",
        );
        // A quotation standing alone after indirect speech continues the same source.
        let t = "Jane Roe said the team would regroup. “We will be back.”";
        check(
            t,
            CONTINUATION,
            "We will be back.",
            Some("Jane Roe"),
            "said",
        );
        // A participle after the quotation does not close it.
        let t = "“We lost,” Jane Roe said, adding that the team would regroup. “We will be back.”";
        check(
            t,
            CONTINUATION,
            "We will be back.",
            Some("Jane Roe"),
            "said",
        );
        let next_para = "\"We will not be intimidated,\" said Jacinda Ardern.\n\n\"We are a country of peace.\"";
        check(
            next_para,
            CONTINUATION,
            "We are a country of peace.",
            Some("Jacinda Ardern"),
            "said",
        );
    }

    #[test]
    fn interrupted_quote() {
        let t = example(INTERRUPTED_QUOTE);
        check(t, QUOTE_SOURCE_SAID, "The bridge is safe", None, "said");
        check(
            t,
            INTERRUPTED_QUOTE,
            "but the road needs work.",
            None,
            "said",
        );
        assert_eq!(find(t, "but the road needs work.").kind, ClaimKind::Direct);
        // After a telling verb, its addressee and a date.
        let t = "\"It is a tax,\" she told reporters on Monday, \"and a bad one.\"";
        check(t, INTERRUPTED_QUOTE, "and a bad one.", None, "told");
        // Doubled apostrophes are quotation marks too.
        let t = "''We lost,'' Jane Roe said, ''but we will be back.''";
        check(
            t,
            INTERRUPTED_QUOTE,
            "but we will be back.",
            Some("Jane Roe"),
            "said",
        );
        // ", adding ..." is a cue of its own.
        let t = "\"We lost,\" Jane Roe said, adding that the team would be back.";
        let found = extract(t);
        assert!(
            found.iter().all(|a| a.rule != INTERRUPTED_QUOTE),
            "{found:?}"
        );
    }

    #[test]
    fn interrupted_clause() {
        let t = example(INTERRUPTED_CLAUSE);
        check(
            t,
            INTERRUPTED_CLAUSE,
            "will be challenged in the high court",
            None,
            "said",
        );
        // The longer part is the content.
        let t = "The new rules, the minister said on Tuesday, would cut waiting times in every hospital.";
        check(
            t,
            INTERRUPTED_CLAUSE,
            "would cut waiting times in every hospital",
            None,
            "said",
        );
        let t =
            "Every hospital in the region will have to cut its waiting times, she said, by June.";
        check(
            t,
            CLAUSE_SOURCE_SAID,
            "Every hospital in the region will have to cut its waiting times",
            None,
            "said",
        );
    }

    #[test]
    fn colon_quote() {
        let t = example(COLON_QUOTE);
        check(
            t,
            COLON_QUOTE,
            "We play the next game.",
            None,
            "answered with a shrug:",
        );
        // A cue word without content of its own gives the subject.
        let t = "A day later, Jane Roe wrote back: “We have him on our radar.”";
        check(
            t,
            COLON_QUOTE,
            "We have him on our radar.",
            Some("Jane Roe"),
            "wrote back:",
        );
        // Not across a new clause.
        let t = "Jane Roe was speaking when a protester shouted: \"Go home!\"";
        let a = find(t, "Go home!");
        assert_eq!(a.rule, COLON_QUOTE);
        assert_eq!(a.source.map(|s| s.of(t)), Some("a protester"));
        // The quotation may open the next paragraph.
        let t = "In a speech in 1990, the mayor declared:\n\n“This city will rise again.”";
        check(
            t,
            COLON_QUOTE,
            "This city will rise again.",
            None,
            "declared:",
        );
    }

    #[test]
    fn headline_colon() {
        let t = example(HEADLINE_COLON);
        check(
            t,
            HEADLINE_COLON,
            "City Budget Will Not Cover New Stadium",
            Some("Jane Roe"),
            ":",
        );
        let t = "Host: Where were you that night?\n\nJane Roe: I was at home, all night.";
        check(
            t,
            HEADLINE_COLON,
            "I was at home, all night",
            Some("Jane Roe"),
            ":",
        );
        // Labels, counts, contacts and rolls of names are not attributions.
        for t in [
            "Update: The road reopened at noon.",
            "LOOK: Photos Of The Flood Are Going Viral",
            "The Latest: Floods close the coast road.",
            "Roe: 547.",
            "Contact: @janeroe",
            "Utopia: Jane Roe, John Doe, Mary Major, Richard Miles, Ann Smith.",
            "Q: Where were you?",
        ] {
            let found = extract(t);
            assert!(found.is_empty(), "{t:?}: {found:?}");
        }
    }

    #[test]
    fn quote_tail() {
        let t = example(QUOTE_TAIL);
        check(t, QUOTE_TAIL, "Not again", None, "groaned");
        let t =
            "Jane Roe said the talks had failed. “We are not done,” she continued. “Not by far.”";
        check(
            t,
            QUOTE_TAIL,
            "We are not done",
            Some("Jane Roe"),
            "continued",
        );
        check(
            t,
            CONTINUATION,
            "Not by far.",
            Some("Jane Roe"),
            "continued",
        );
        let t = "“Help!” shouted John Doe, a neighbour.";
        check(t, QUOTE_TAIL, "Help!", Some("John Doe"), "shouted");
        // Not a quotation ending a sentence, and not a verb.
        for t in ["“We won.” The crowd cheered.", "“Yes,” the answer."] {
            let found = extract(t);
            assert!(
                found.iter().all(|a| a.rule != QUOTE_TAIL),
                "{t:?}: {found:?}"
            );
        }
    }

    #[test]
    fn quote_dash() {
        let t = example(QUOTE_DASH);
        check(
            t,
            QUOTE_DASH,
            "Every child deserves a library.",
            Some("Jane Roe"),
            "—",
        );
        let t = "The mayor spoke last.\n\n\"We will rebuild. We always have.\"\n\n- Jane Roe.";
        check(
            t,
            QUOTE_DASH,
            "We will rebuild. We always have.",
            Some("Jane Roe"),
            "-",
        );
        // A dash before a lower-case aside is no signature.
        let t = "\"We will rebuild.\" - and they did.";
        let found = extract(t);
        assert!(found.iter().all(|a| a.rule != QUOTE_DASH), "{found:?}");
    }

    #[test]
    fn infinitive_cue() {
        let t = example(INFINITIVE_CUE);
        check(
            t,
            INFINITIVE_CUE,
            "the budget would be balanced by June",
            None,
            "say",
        );
        let a = find(t, "the budget would be balanced by June");
        assert_eq!(a.source.map(|s| s.of(t)), Some("The mayor"));
        let t = "Jane Roe took to the radio to say she would not resign.";
        check(
            t,
            INFINITIVE_CUE,
            "she would not resign",
            Some("Jane Roe"),
            "say",
        );
        // Refusals and impersonal infinitives are not the subject's speech.
        for t in [
            "It is too soon to say whether the plan works.",
            "Jane Roe declined to say whether she would resign.",
        ] {
            let found = extract(t);
            assert!(
                found.iter().all(|a| a.rule != INFINITIVE_CUE),
                "{t:?}: {found:?}"
            );
        }
    }

    #[test]
    fn passive_by_agent() {
        let t = example(PASSIVE_BY_AGENT);
        let a = find(t, "the hospital");
        assert_eq!(a.rule, PASSIVE_BY_AGENT);
        assert_eq!(a.source.map(|s| s.of(t)), Some("the local newspaper"));
        let t = "The council was told by engineers that the bridge was unsafe.";
        check(
            t,
            PASSIVE_BY_AGENT,
            "the bridge was unsafe",
            None,
            "was told by",
        );
        let t = "It was reported by local radio that the mayor had resigned.";
        let a = find(t, "the mayor had resigned");
        assert_eq!(a.source.map(|s| s.of(t)), Some("local radio"));
        let t = "He sent an email, which was first reported by The Daily Courier.";
        let a = find(t, "which");
        assert_eq!(a.source.map(|s| s.of(t)), Some("The Daily Courier"));
    }

    #[test]
    fn subject_across_a_parenthetical() {
        let t = "Jane Roe, dean of the law school at the University of Utopia, said the ruling was narrow.";
        check(
            t,
            SAID_THAT,
            "the ruling was narrow",
            Some("Jane Roe"),
            "said",
        );
        let t = "Sen. Jane Roe, D-Utopia, speaking on local radio, said the bill would pass.";
        check(
            t,
            SAID_THAT,
            "the bill would pass",
            Some("Jane Roe"),
            "said",
        );
        let t = "Rep. John Doe (R-Utopia) said the bill would fail.";
        check(
            t,
            SAID_THAT,
            "the bill would fail",
            Some("John Doe"),
            "said",
        );
        let t = "\"It will pass,\" Jane Roe, a former governor of Utopia, told reporters.";
        check(
            t,
            QUOTE_SOURCE_SAID,
            "It will pass",
            Some("Jane Roe"),
            "told",
        );
        let t = "\"It will fail,\" Rep. John Doe (R-Utopia) said on Monday.";
        check(
            t,
            QUOTE_SOURCE_SAID,
            "It will fail",
            Some("John Doe"),
            "said",
        );
    }

    #[test]
    fn telling_and_according_to_shapes() {
        // A quoted programme title after "told" is the addressee.
        let t = "\"We must act now,\" Jane Roe told \"Morning Talk\" after the vote.";
        check(
            t,
            QUOTE_SOURCE_SAID,
            "We must act now",
            Some("Jane Roe"),
            "told",
        );
        // An addressee ends before the subject of the content.
        let t = "Jane Roe told host John Doe she would run again.";
        check(
            t,
            TOLD_THAT,
            "she would run again",
            Some("Jane Roe"),
            "told",
        );
        // An adverbial clause of the reporting event after the cue.
        let t = "The fight is not over, Jane Roe told her staff as she left the building.";
        check(
            t,
            CLAUSE_SOURCE_SAID,
            "The fight is not over",
            Some("Jane Roe"),
            "told",
        );
        // "according to" interrupting its clause keeps the longer part.
        let t = "Ticket sales, according to the organisers, have doubled since the festival moved.";
        check(
            t,
            INTERRUPTED_CLAUSE,
            "have doubled since the festival moved",
            None,
            "according to",
        );
        let t = "(According to the police, no one was hurt in the fire.)";
        check(
            t,
            ACCORDING_TO_FIRST,
            "no one was hurt in the fire",
            None,
            "According to",
        );
        // An initialism ends the sentence before a quotation.
        let t = "Jane Roe spoke in Salem, Ore. “It was a long day.”";
        let found = extract(t);
        assert!(
            found
                .iter()
                .all(|a| a.content.of(t) != "It was a long day.")
        );
    }

    #[test]
    fn opening_name_before_a_parenthetical_and_datelines() {
        let t = "Jane Roe, during a town hall in Salem, Utopia, said she would help miners.";
        check(
            t,
            SAID_THAT,
            "she would help miners",
            Some("Jane Roe"),
            "said",
        );
        let t = "John Doe, 58, who lives outside Salem, says he never voted.";
        check(t, SAID_THAT, "he never voted", Some("John Doe"), "says");
        let t = "SALEM, May 3 (Wire) - Mayor Jane Roe opened the bridge, saying it would last a century.";
        check(
            t,
            PARTICIPLE,
            "it would last a century",
            Some("Jane Roe"),
            "saying",
        );
        // A name in apposition right after the comma stays the speaker.
        let t = "The union's leader, Jane Roe, said the strike would go on.";
        check(
            t,
            SAID_THAT,
            "the strike would go on",
            Some("Jane Roe"),
            "said",
        );
    }

    #[test]
    fn clause_after_an_adjunct_of_the_cue() {
        let t = "Jane Roe said in her opening remarks that the budget must be cut.";
        check(
            t,
            SAID_THAT,
            "the budget must be cut",
            Some("Jane Roe"),
            "said",
        );
        let t = "John Doe told reporters in the capital on Monday that the talks had failed.";
        check(
            t,
            TOLD_THAT,
            "the talks had failed",
            Some("John Doe"),
            "told",
        );
        let t = "She said, if elected, she would cut taxes.";
        check(
            t,
            SAID_THAT,
            "if elected, she would cut taxes",
            None,
            "said",
        );
        // A preposition without a clause after it is no content.
        let t = "The council said in a long meeting with angry residents on Monday nothing.";
        assert!(extract(t).is_empty(), "{:?}", extract(t));
    }

    #[test]
    fn quotation_then_framing_ends_the_content() {
        let t = "Jane Roe said, “We will see,” when asked whether she would run.";
        check(t, SAID_QUOTE, "We will see", Some("Jane Roe"), "said");
    }

    #[test]
    fn headline() {
        check(
            example(HEADLINE),
            HEADLINE,
            "Germany will phase out nuclear power by 2022",
            Some("Merkel"),
            "says",
        );
        // A Title Case headline keeps its cue even when an export adds a full stop.
        let t = "Mayor Says City Will Rebuild The Old Bridge.";
        let a = find(t, "City Will Rebuild The Old Bridge");
        assert_eq!(a.cue.map(|c| c.of(t)), Some("Says"));
        // A capitalised verb form inside an ordinary sentence is part of a name.
        let t = "She reads The Daily Says column every week.";
        assert!(extract(t).is_empty(), "{:?}", extract(t));
    }

    #[test]
    fn participle() {
        let t = example(PARTICIPLE);
        check(
            t,
            PARTICIPLE,
            "the government could not go on",
            Some("Boris Johnson"),
            "saying",
        );
        // The participle belongs to the main clause, not to an adverbial clause before it.
        let t = "While visiting a factory on Monday, Jane Roe praised the workers, saying they had saved the plant.";
        check(
            t,
            PARTICIPLE,
            "they had saved the plant",
            Some("Jane Roe"),
            "saying",
        );
        let t =
            "Jane Roe pitched the plan as a way to cut costs, noting that it had worked before.";
        check(
            t,
            PARTICIPLE,
            "it had worked before",
            Some("Jane Roe"),
            "noting",
        );
    }

    #[test]
    fn quoted_as_saying() {
        let t = example(QUOTED_AS_SAYING);
        check(
            t,
            QUOTED_AS_SAYING,
            "Russia had no plans to invade",
            Some("Putin"),
            "saying",
        );
    }

    #[test]
    fn affiliation_and_bare_weekday() {
        let t = "A spokesman for the State Department said Tuesday that the talks would continue.";
        check(
            t,
            SAID_THAT,
            "the talks would continue",
            Some("State Department"),
            "said",
        );
        let t = "\"We are ready,\" said a spokesman for the World Health Organization.";
        check(
            t,
            QUOTE_SAID_SOURCE,
            "We are ready",
            Some("World Health Organization"),
            "said",
        );
    }

    #[test]
    fn wire_copy_variants() {
        let t =
            "Two people familiar with the matter told Reuters the bank was considering a change.";
        check(
            t,
            TOLD_THAT,
            "the bank was considering a change",
            None,
            "told",
        );
        assert_eq!(
            find(t, "the bank was considering a change").source_kind,
            SourceKind::Anonymous
        );
        let t = "Yellen Says Recession Not Inevitable\n\nTreasury Secretary Janet Yellen said a recession was not inevitable. She warned, however, that risks remained.";
        assert_eq!(
            find(t, "Recession Not Inevitable").speaker.as_deref(),
            Some("Janet Yellen")
        );
        check(
            t,
            SAID_THAT,
            "risks remained",
            Some("Janet Yellen"),
            "warned",
        );
    }

    #[test]
    fn title_case_headline() {
        let t = "Biden Says US Will Defend Taiwan";
        check(t, HEADLINE, "US Will Defend Taiwan", Some("Biden"), "Says");
    }

    #[test]
    fn with_participle() {
        let t = "The talks collapsed, with both sides blaming \"a lack of trust\".";
        check(t, WITH_PARTICIPLE, "a lack of trust", None, "blaming");
        let t = "The union rejected the offer, with its leader urging \"a fair deal now\".";
        check(
            t,
            WITH_ROLE_FOR_SUBJECT,
            "a fair deal now",
            Some("union"),
            "urging",
        );
        assert_eq!(find(t, "a fair deal now").stance, Stance::Demand);
    }

    #[test]
    fn with_role_for_subject() {
        let t = example(WITH_ROLE_FOR_SUBJECT);
        check(
            t,
            WITH_ROLE_FOR_SUBJECT,
            "it did not meet the group's demands",
            Some("Hamas"),
            "saying",
        );
        let a = find(t, "it did not meet the group's demands");
        assert_eq!(a.source_kind, SourceKind::Named);
        assert_eq!(a.source.map(|s| s.of(t)), Some("a spokesman"));
        // A person's aide is not the person: only a spokesperson speaks for one.
        let t = "Senator Jane Roe voted against the bill, with an aide saying she had doubts.";
        let a = find(t, "she had doubts");
        assert_eq!(a.speaker, None);
        assert_eq!(a.source_kind, SourceKind::Anonymous);
    }

    #[test]
    fn object_source_described_as() {
        let t = example(OBJECT_SOURCE_DESCRIBED_AS);
        check(
            t,
            OBJECT_SOURCE_DESCRIBED_AS,
            "aggressive",
            None,
            "described",
        );
        assert_eq!(find(t, "aggressive").source_kind, SourceKind::Vague);
        let t = "The study found no benefit, a result Roe described as \"disappointing\".";
        check(
            t,
            OBJECT_SOURCE_DESCRIBED_AS,
            "disappointing",
            Some("Roe"),
            "described",
        );
        assert_eq!(find(t, "disappointing").kind, ClaimKind::Direct);
        assert_eq!(find(t, "no benefit").rule, DOCUMENT_FINDS);
    }

    #[test]
    fn document_finds() {
        let t = example(DOCUMENT_FINDS);
        check(
            t,
            DOCUMENT_FINDS,
            "no link between the vaccine and autism",
            None,
            "found",
        );
        // A person finding something is not reported speech without "that".
        assert!(extract("Roe found the keys in the car.").is_empty());
    }

    #[test]
    fn speaker_from_any_mention() {
        let t = example(SPEAKER_FROM_ANY_MENTION);
        assert_eq!(
            find(t, "the two leaders had agreed on a recovery fund")
                .speaker
                .as_deref(),
            Some("Angela Merkel")
        );
        // In passing, as subject of a non-attribution, with titles and nationality stripped.
        let t =
            "US President Joe Biden flew to Kyiv on Monday. Biden said the visit showed support.";
        assert_eq!(
            find(t, "the visit showed support").speaker.as_deref(),
            Some("Joe Biden")
        );
        let t = "Unseeded Australian Tom Vance won. Earlier, Vance said he felt fine. The president of the club said it was a great day.";
        assert_eq!(
            find(t, "he felt fine").speaker.as_deref(),
            Some("Tom Vance")
        );
        // A role meets the titled name it was introduced with.
        let t = "The bill goes to President Laura Beckett. The president said she would sign it.";
        assert_eq!(
            find(t, "she would sign it").speaker.as_deref(),
            Some("Laura Beckett")
        );
    }

    #[test]
    fn organisation_speaks_through() {
        let t = example(ORGANISATION_SPEAKS_THROUGH);
        let a = find(t, "the deal");
        assert_eq!(a.speaker.as_deref(), Some("ANC"));
        assert_eq!(a.source_kind, SourceKind::Named);
        let t = "The group claimed the attack. A spokesman for the group said more would follow.";
        assert_eq!(
            find(t, "more would follow").speaker.as_deref(),
            Some("group")
        );
        // A person's aides are anonymous, not the person.
        let t = "President Jane Roe arrived. Roe's aides said she was tired.";
        assert_eq!(find(t, "she was tired").speaker, None);
        let t = "President Jane Roe arrived. Roe's spokesman said she was tired.";
        assert_eq!(
            find(t, "she was tired").speaker.as_deref(),
            Some("Jane Roe")
        );
    }

    #[test]
    fn relative_clause_subject() {
        let t = example(RELATIVE_CLAUSE_SUBJECT);
        let a = find(t, "the deal was close");
        assert_eq!(a.source_kind, SourceKind::Anonymous);
        assert_eq!(
            a.source.map(|s| s.of(t)),
            Some("A senior administration official")
        );
        let t = "Friends who know him say Roe was never violent.";
        assert_eq!(
            find(t, "Roe was never violent").source_kind,
            SourceKind::Vague
        );
    }

    #[test]
    fn relative_pronoun_source() {
        let t = example(RELATIVE_PRONOUN_SOURCE);
        let a = find(t, "both sides had given ground");
        assert_eq!(a.source.map(|s| s.of(t)), Some("who"));
        assert_eq!(a.speaker.as_deref(), Some("Jane Roe"));
        // After the content, a subject with a relative clause of its own.
        let r = "The bridge will reopen in May, the engineer who inspected it on Tuesday said.";
        let a = find(r, "The bridge will reopen in May");
        assert_eq!(a.source.map(|s| s.of(r)), Some("the engineer"));
        let t = "The board issued a report which said the plant was unsafe.";
        let a = find(t, "the plant was unsafe");
        assert_eq!(a.source.map(|s| s.of(t)), Some("which"));
    }

    #[test]
    fn appositions_and_coordinated_said() {
        let t = "A police spokeswoman, Sgt. Jane Roe, declined to confirm that account but said the inquiry continued.";
        assert_eq!(
            find(t, "the inquiry continued").speaker.as_deref(),
            Some("Jane Roe")
        );
        let t = "The club's coach, former champion Sam Kerr, described the win as \"a miracle\".";
        assert_eq!(
            find(t, "the win as \"a miracle\"").speaker.as_deref(),
            Some("Sam Kerr")
        );
        let t = "\"I can't pay,\" a nurse in Bristol told me.";
        let a = find(t, "I can't pay");
        assert_eq!(a.source_kind, SourceKind::Anonymous);
        let t = "Several lawmakers, including Sen. Jane Roe, have urged the bank to act.";
        assert_eq!(find(t, "the bank to act").speaker, None);
        let t =
            "Treasury Secretary Jane Roe, speaking in New York, said the economy was resilient.";
        check(
            t,
            SAID_THAT,
            "the economy was resilient",
            Some("Jane Roe"),
            "said",
        );
        let t = "Sen. Jane Roe of Maine said the bill was flawed.";
        assert_eq!(
            find(t, "the bill was flawed").speaker.as_deref(),
            Some("Jane Roe")
        );
        let t = "According to data released by Statistics Canada, prices rose.";
        assert_eq!(
            find(t, "prices rose").speaker.as_deref(),
            Some("Statistics Canada")
        );
    }

    #[test]
    fn warning_stance_follows_its_content() {
        let t = "Police warned drivers to avoid the area. The minister warned that he would resign. Economists warned that growth would slow.";
        assert_eq!(find(t, "drivers to avoid the area").stance, Stance::Demand);
        assert_eq!(find(t, "he would resign").stance, Stance::Commit);
        assert_eq!(find(t, "growth would slow").stance, Stance::Assert);
    }

    #[test]
    fn coordinated() {
        let t = example(COORDINATED);
        check(
            t,
            CUE_PREPOSITION,
            "a new wave",
            None,
            "have voiced fear of",
        );
        check(t, COORDINATED, "the virus will spread", None, "believe");
        assert_eq!(
            find(t, "the virus will spread").source_kind,
            SourceKind::Vague
        );
        assert_eq!(find(t, "the virus will spread").stance, Stance::Hedge);
    }

    #[test]
    fn statement() {
        let t = example(STATEMENT);
        check(
            t,
            STATEMENT,
            "the manager had left by mutual consent",
            Some("club"),
            "issued a statement saying",
        );
    }

    #[test]
    fn accuse_link_blame_describe() {
        check(
            example(ACCUSE_OF),
            ACCUSE_OF,
            "Moscow of interfering in the election",
            Some("Washington"),
            "accused",
        );
        check(
            example(LINK_TO),
            LINK_TO,
            "the explosion to a faulty gas pipe",
            None,
            "have linked",
        );
        check(
            example(BLAME_FOR),
            BLAME_FOR,
            "the weather for the delays",
            Some("airline"),
            "blamed",
        );
        check(
            example(DESCRIBE_AS),
            DESCRIBE_AS,
            "the meeting as productive",
            Some("White House"),
            "described",
        );
        let t = example(IN_WHAT);
        check(t, IN_WHAT, "a stampede", None, "described");
        check(
            t,
            CLAUSE_SOURCE_SAID,
            "Police arrived in what witnesses described as a stampede",
            None,
            "said",
        );
    }

    #[test]
    fn vow_and_object() {
        let t = example(VOW_TO);
        check(
            t,
            VOW_TO,
            "to find those responsible",
            Some("Angela Merkel"),
            "vowed",
        );
        assert_eq!(find(t, "to find those responsible").stance, Stance::Commit);
        let t = example(OBJECT);
        check(t, OBJECT, "any involvement", Some("Kremlin"), "denied");
        assert_eq!(find(t, "any involvement").stance, Stance::Deny);
        // A noun-phrase object stops before the reporter's time adjunct and subordinate clause.
        let t = "Residents demanded answers from the council on Tuesday after a fire destroyed a warehouse.";
        check(t, OBJECT, "answers from the council", None, "demanded");
        let t = "The minister denied that talks had stalled after the vote.";
        check(
            t,
            OBJECT,
            "talks had stalled after the vote",
            None,
            "denied",
        );
    }

    #[test]
    fn cue_preposition() {
        check(
            example(CUE_PREPOSITION),
            CUE_PREPOSITION,
            "the resignation of the president",
            None,
            "called for",
        );
    }

    #[test]
    fn sourceless() {
        let t = example(SOURCELESS);
        check(
            t,
            SOURCELESS,
            "the painting was stolen in 1990",
            None,
            "It is believed",
        );
        assert_eq!(
            find(t, "the painting was stolen in 1990").source_kind,
            SourceKind::None
        );
    }

    #[test]
    fn anonymous_and_vague_sources() {
        let t =
            "Security sources said the convoy was hit. Some experts believe the talks will fail.";
        assert_eq!(
            find(t, "the convoy was hit").source_kind,
            SourceKind::Anonymous
        );
        assert_eq!(
            find(t, "the talks will fail").source_kind,
            SourceKind::Vague
        );
        let t = "Critics say the law is unfair. One Western diplomat said the deal was close.";
        assert_eq!(find(t, "the law is unfair").source_kind, SourceKind::Vague);
        assert_eq!(
            find(t, "the deal was close").source_kind,
            SourceKind::Anonymous
        );
    }

    #[test]
    fn titles_roles_and_descriptions_resolve() {
        let t = "German Chancellor Olaf Scholz said the plan was sound. The chancellor added that it would be costly.";
        assert_eq!(
            find(t, "it would be costly").speaker.as_deref(),
            Some("Olaf Scholz")
        );
        let t =
            "The Bank of England said rates would rise. The bank also said that growth would slow.";
        assert_eq!(
            find(t, "growth would slow").speaker.as_deref(),
            Some("Bank of England")
        );
    }
}
