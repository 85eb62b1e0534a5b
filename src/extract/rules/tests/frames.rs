//! Verb frames: coordinated cues, objects, positions, intentions, questions, nominals.

use super::*;

#[test]
fn warning_stance_follows_its_content() {
    let t = "Police warned drivers to avoid the area. The minister warned that he would resign. Economists warned that growth would slow.";
    assert_eq!(find(t, "drivers to avoid the area").stance, Stance::Demand);
    assert_eq!(find(t, "he would resign").stance, Stance::Commit);
    assert_eq!(find(t, "growth would slow").stance, Stance::Assert);
    // A lone object pronoun is a person believed, not a claim.
    for t in [
        "Voters do not believe them.",
        "Believe me, the harbour will open.",
    ] {
        assert!(
            extract(t).iter().all(|a| a
                .cue
                .is_none_or(|c| !c.of(t).eq_ignore_ascii_case("believe"))),
            "{t}"
        );
    }
    // A sentence may open with "And" before the subject of an infinitive cue.
    let t = "And Jane Roe continued to complain that the ferry was late.";
    check(
        t,
        INFINITIVE_CUE,
        "the ferry was late",
        Some("Jane Roe"),
        "complain",
    );
    // After ", but" the infinitive's verb phrase is a second predicate of the same subject.
    let t = "Jane Roe praised the ferry, but went on to say, “It is always late.”";
    check(
        t,
        INFINITIVE_CUE,
        "It is always late.",
        Some("Jane Roe"),
        "say",
    );
    // A clause with a subject of its own after "but" is no second predicate of the first.
    let t = "Jane Roe praised the ferry, but Tom Poe went on to say that it was late.";
    assert!(
        extract(t)
            .iter()
            .all(|a| a.content.of(t) != "it was late" || a.speaker.as_deref() != Some("Jane Roe")),
        "{t}"
    );
    // An object or a position in the infinitive takes the same subject.
    let t = "Jane Roe continued to criticise the harbour plan.";
    check(
        t,
        POSITION_OBJECT,
        "the harbour plan",
        Some("Jane Roe"),
        "criticise",
    );
    // Attacks in words, portrayals, thanks; an attack with an article is mostly one of force.
    let t = "Jane Roe attacked Ward's record on housing.";
    check(
        t,
        POSITION_OBJECT,
        "Ward's record on housing",
        Some("Jane Roe"),
        "attacked",
    );
    let t = "Jane Roe portrayed the plan as a giveaway.";
    check(
        t,
        DESCRIBE_AS,
        "the plan as a giveaway",
        Some("Jane Roe"),
        "portrayed",
    );
    assert!(extract("Gunmen attacked the embassy at dawn.").is_empty());
    let t = "Jane Roe cautioned that the ferry might be late.";
    check(
        t,
        SAID_THAT,
        "the ferry might be late",
        Some("Jane Roe"),
        "cautioned",
    );
    let t = "The crowd chanted: “Build the harbour!”";
    check(t, SAID_QUOTE, "Build the harbour!", None, "chanted");
    let t = "Jane Roe bemoaned the state of the harbour.";
    check(
        t,
        POSITION_OBJECT,
        "the state of the harbour",
        Some("Jane Roe"),
        "bemoaned",
    );
    let t = "Jane Roe alluded to the cost of the harbour.";
    check(
        t,
        CUE_PREPOSITION,
        "the cost of the harbour",
        Some("Jane Roe"),
        "alluded to",
    );
    let t = "Jane Roe highlighted the cost of the harbour.";
    check(
        t,
        OBJECT,
        "the cost of the harbour",
        Some("Jane Roe"),
        "highlighted",
    );
    // The topic after "about" of a verb that otherwise needs "that".
    let t = "Jane Roe joked about the new harbour.";
    check(t, SAID_THAT, "the new harbour", Some("Jane Roe"), "joked");
    assert!(extract("Jane Roe complained about 40 times.").is_empty());
    // The danger after "of" or "against" is the content.
    let t = "Jane Roe warned of a long recession.";
    check(t, SAID_THAT, "a long recession", Some("Jane Roe"), "warned");
    let t = "Jane Roe railed against the harbour plan.";
    check(
        t,
        CUE_PREPOSITION,
        "the harbour plan",
        Some("Jane Roe"),
        "railed against",
    );
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
    // "described" with an object alone; "accused" needs its "of".
    let t = "Jane Roe described the meeting with the council.";
    check(
        t,
        DESCRIBE_AS,
        "the meeting with the council",
        Some("Jane Roe"),
        "described",
    );
    assert!(extract("Jane Roe accused the council.").is_empty());
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
    // A clause without "that"; an object pronoun with its noun is no clause.
    let t = "The mayor promised her new housing plan would be paid for by a land tax.";
    check(
        t,
        VOW_TO,
        "her new housing plan would be paid for by a land tax",
        None,
        "promised",
    );
    let t = "The mayor promised him a seat on the board.";
    assert!(extract(t).iter().all(|a| a.rule != VOW_TO), "{t}");
    // "expects" as well as "expect" and "expected".
    let t = "The harbour master expects the ferries to run again by Friday.";
    assert_eq!(
        find(t, "the ferries to run again by Friday")
            .cue
            .map(|c| c.of(t)),
        Some("expects")
    );
    let t = example(OBJECT);
    check(t, OBJECT, "any involvement", Some("Kremlin"), "denied");
    assert_eq!(find(t, "any involvement").stance, Stance::Deny);
    // A noun-phrase object stops before the reporter's time adjunct and subordinate clause.
    let t = "Residents demanded answers from the council on Tuesday after a fire destroyed a warehouse.";
    check(t, OBJECT, "answers from the council", None, "demanded");
    // Places and media between the verb and its "that" clause or quotation.
    let t = "Jane Roe announced on the harbour steps that the ferry would run all winter.";
    check(
        t,
        OBJECT,
        "the ferry would run all winter",
        Some("Jane Roe"),
        "announced",
    );
    let t = "Jane Roe announced on her blog, in capital letters, “The ferry stays!”";
    check(t, OBJECT, "The ferry stays!", Some("Jane Roe"), "announced");
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
fn position_object() {
    let t = example(POSITION_OBJECT);
    check(
        t,
        POSITION_OBJECT,
        "the decision to close the library",
        Some("mayor's office"),
        "criticised",
    );
    let t = "Senator Jane Roe opposes the new toll on Tuesday after a long debate.";
    check(
        t,
        POSITION_OBJECT,
        "the new toll",
        Some("Jane Roe"),
        "opposes",
    );
    assert_eq!(find(t, "the new toll").stance, Stance::Deny);
    let t = "The union dismissed the offer as an insult.";
    assert_eq!(find(t, "the offer as an insult").stance, Stance::Deny);
    // The object ends before the reporter's time adjunct and the next clause.
    let t = "Jane Roe endorsed John Doe last week, saying he was honest.";
    check(t, POSITION_OBJECT, "John Doe", Some("Jane Roe"), "endorsed");
    // A noun is not a cue: "the support".
    assert!(extract("The support of the farmers grew.").is_empty());
}

#[test]
fn intent() {
    let t = example(INTENT);
    check(
        t,
        INTENT,
        "to comment on the closure",
        Some("harbour authority"),
        "declined",
    );
    assert_eq!(find(t, "to comment on the closure").stance, Stance::Deny);
    let t = "Mayor John Doe wants residents to vote on the plan.";
    check(
        t,
        INTENT,
        "residents to vote on the plan",
        Some("John Doe"),
        "wants",
    );
    assert_eq!(
        find(t, "residents to vote on the plan").stance,
        Stance::Demand
    );
    let t = "Acme Corp plans to cut 200 jobs.";
    check(t, INTENT, "to cut 200 jobs", Some("Acme Corp"), "plans");
    assert_eq!(find(t, "to cut 200 jobs").stance, Stance::Commit);
    // A fall is no refusal: "declined sharply", "declined to 5 percent".
    assert!(extract("Sales declined sharply in March.").is_empty());
    assert!(extract("Sales declined to 5 percent.").is_empty());
    // "to" before a noun phrase is a preposition: agreeing to a halt is no stated intent.
    assert!(extract("The groups agreed to an indefinite halt.").is_empty());
    // "his plans" is a noun.
    assert!(extract("His plans to retire were an open secret.").is_empty());
    let t = "Many residents want a new harbour.";
    check(t, INTENT, "a new harbour", None, "want");
    // "may want to" is advice in the reporter's voice.
    let t = "Voters may want to read the fine print.";
    assert!(extract(t).iter().all(|a| a.rule != INTENT), "{t}");
    // The object of a relative "want" stands before it.
    let t = "The vote the rebels want may never come.";
    assert!(extract(t).iter().all(|a| a.rule != INTENT), "{t}");
    // The object of "wanted" stands before it; a new clause follows.
    let t = "The clerk could not send the file she wanted because it was lost.";
    assert!(extract(t).iter().all(|a| a.rule != INTENT), "{t}");
}

#[test]
fn asked() {
    let t = example(ASKED);
    check(
        t,
        ASKED,
        "whether the contract had been signed",
        None,
        "asked",
    );
    assert_eq!(
        find(t, "whether the contract had been signed").stance,
        Stance::Demand
    );
    let t = "The mayor asked residents to stay indoors.";
    check(t, ASKED, "residents to stay indoors", None, "asked");
    let t = "Jane Roe asked about the delay.";
    check(t, ASKED, "the delay", Some("Jane Roe"), "asked");
    // A quoted question before its cue: the question mark does not end the sentence.
    let t = "“Who will pay for this?” Jane Roe asked.";
    check(
        t,
        QUOTE_SOURCE_SAID,
        "Who will pay for this?",
        Some("Jane Roe"),
        "asked",
    );
    // Asking a question is not attributing one: "asked questions" has no content.
    assert!(extract("The jury asked questions.").is_empty());
    // A topic after the addressee ends at a comma; a request for a thing; a question put.
    let t = "Jane Roe asked the mayor about the delay, when the meeting opened.";
    check(t, ASKED, "about the delay", Some("Jane Roe"), "asked");
    let t = "Jane Roe asked for a recount.";
    check(t, ASKED, "a recount", Some("Jane Roe"), "asked");
    let t = "Jane Roe asked the panel a simple question: who pays?";
    check(
        t,
        ASKED,
        "a simple question: who pays",
        Some("Jane Roe"),
        "asked",
    );
    let t = "The club asked the council to \"stop and think\" before voting.";
    find(t, "the council to \"stop and think\" before voting");
}

#[test]
fn asked_passive() {
    // An adverb or a prepositional adjunct may stand before the question.
    for (t, q) in [
        (
            "Asked specifically why the ferry was late, Jane Roe blamed the weather.",
            "why the ferry was late",
        ),
        (
            "Asked during a radio debate whether she would run, Jane Roe laughed.",
            "whether she would run",
        ),
    ] {
        check(t, ASKED_PASSIVE, q, None, "Asked");
    }
    let t = example(ASKED_PASSIVE);
    check(
        t,
        ASKED_PASSIVE,
        "whether she would run again",
        None,
        "Asked",
    );
    assert_eq!(
        find(t, "whether she would run again").source_kind,
        SourceKind::None
    );
    // The answer is the senator's, not the question.
    check(t, SAID_THAT, "she had not decided", None, "said");
    let t = "Roe was asked by a reporter why the road was closed.";
    check(
        t,
        ASKED_PASSIVE,
        "why the road was closed",
        None,
        "was asked",
    );
    assert_eq!(
        find(t, "why the road was closed").source_kind,
        SourceKind::Anonymous
    );
    let t = "Asked if he was worried, John Doe replied, \"Not at all.\"";
    check(t, ASKED_PASSIVE, "if he was worried", None, "Asked");
    check(t, SAID_QUOTE, "Not at all.", Some("John Doe"), "replied");
}

#[test]
fn possessive_nominal() {
    let t = example(NOMINAL);
    check(t, NOMINAL, "a new bridge", None, "call for");
    assert_eq!(find(t, "a new bridge").stance, Stance::Demand);
    // The possessive is resolved like its pronoun.
    let t = "Mayor Jane Roe spoke on Monday. Her decision to resign surprised the party.";
    let a = find(t, "to resign surprised the party");
    assert_eq!(
        (a.rule, a.speaker.as_deref(), a.cue.map(|c| c.of(t))),
        (NOMINAL, Some("Jane Roe"), Some("decision"))
    );
    // A noun phrase after a preposition ends before the verb of the clause it stands in.
    let t = "Jane Roe's attacks on the harbour plan have hurt her.";
    check(
        t,
        NOMINAL,
        "the harbour plan",
        Some("Jane Roe"),
        "attacks on",
    );
    // "that" is a complementiser, not content.
    let t = "Jane Roe repeated her claim that the vote was rigged.";
    check(t, NOMINAL, "the vote was rigged", Some("Jane Roe"), "claim");
    // "your" as well as "my": the person addressed (in an interview) holds the position.
    let t = "Your call for a new ferry went unheard.";
    let a = find(t, "a new ferry");
    assert_eq!((a.rule, a.source.map(|s| s.of(t))), (NOMINAL, Some("Your")));
    // Without a possessive, or capitalised in a headline, the noun is no cue.
    assert!(extract("The decision to close the road was taken late.").is_empty());
    assert!(extract("Roe's Call For Calm Goes Unheard").is_empty());
}

#[test]
fn possessive_nominal_of_wanting_and_turning() {
    let cases = [
        (
            "The vote came after Jane Roe's desire to rebuild the pier.",
            "to rebuild the pier",
            "desire",
            Stance::Demand,
        ),
        (
            "The vote came after Jane Roe's desire for a quieter harbour.",
            "a quieter harbour",
            "desire for",
            Stance::Demand,
        ),
        (
            "The vote came after Jane Roe's turn against the ferry plan.",
            "the ferry plan",
            "turn against",
            Stance::Deny,
        ),
        (
            "The vote came after Jane Roe's embrace of the ferry plan.",
            "the ferry plan",
            "embrace of",
            Stance::Assert,
        ),
        (
            "The vote came after Jane Roe's rejection of the ferry plan.",
            "the ferry plan",
            "rejection of",
            Stance::Deny,
        ),
        (
            "The vote came after Jane Roe's condemnation of the ferry plan.",
            "the ferry plan",
            "condemnation of",
            Stance::Assert,
        ),
        (
            "The vote came after Jane Roe's disclosure of the ferry accounts.",
            "the ferry accounts",
            "disclosure of",
            Stance::Assert,
        ),
    ];
    for (t, content, cue, stance) in cases {
        let a = find(t, content);
        assert_eq!(
            (
                a.rule,
                a.speaker.as_deref(),
                a.cue.map(|c| c.of(t)),
                a.stance
            ),
            (NOMINAL, Some("Jane Roe"), Some(cue), stance),
            "{t}"
        );
    }
    // "her turn to speak" is a turn in a row, not a change of mind.
    let t = "It was Jane Roe's turn to speak.";
    assert!(extract(t).iter().all(|a| a.rule != NOMINAL), "{t}");
}

#[test]
fn nominal_by_source() {
    let t = example(NOMINAL_BY_SOURCE);
    check(t, NOMINAL_BY_SOURCE, "to reopen it", None, "calls from");
    assert_eq!(find(t, "to reopen it").stance, Stance::Demand);
    let t = "After claims by Jane Roe that the audit was rushed, the firm hired a new auditor.";
    check(
        t,
        NOMINAL_BY_SOURCE,
        "the audit was rushed",
        Some("Jane Roe"),
        "claims by",
    );
    // With no "that", "about" or "to" after a short phrase, no cue.
    let t = "The firm ignored complaints from tenants in the east wing of the block.";
    assert!(extract(t).iter().all(|a| a.rule != NOMINAL_BY_SOURCE));
}

#[test]
fn possessive_concerns_and_assurances() {
    let t = "Jane Roe shared her concerns about the new timetable.";
    check(
        t,
        NOMINAL,
        "the new timetable",
        Some("Jane Roe"),
        "concerns about",
    );
    let t = "The board relied on the builder's assurances that the roof was sound.";
    check(t, NOMINAL, "the roof was sound", None, "assurances");
    assert_eq!(find(t, "the roof was sound").stance, Stance::Assert);
}

#[test]
fn in_source() {
    let t = example(IN_SOURCE);
    check(
        t,
        IN_SOURCE,
        "40 percent of nurses rated their pay as poor",
        None,
        "In",
    );
    let a = find(t, "40 percent of nurses rated their pay as poor");
    assert_eq!(
        a.source.map(|s| s.of(t)),
        Some("a survey released on Tuesday")
    );
    let t = "Jane Roe spoke on Monday. In her view, the plan was too costly.";
    check(
        t,
        IN_SOURCE,
        "the plan was too costly",
        Some("Jane Roe"),
        "In",
    );
    let t = "In your view, the plan was too costly.";
    let a = find(t, "the plan was too costly");
    assert_eq!(
        (a.rule, a.source.map(|s| s.of(t))),
        (IN_SOURCE, Some("your"))
    );
    // "In addition to the inquiry, ..." opens no source.
    assert!(extract("In addition to the inquiry by the council, the road was closed.").is_empty());
    // A time phrase after the poll's noun stays in the source.
    let t = "In a city poll last month, the mayor held a narrow lead.";
    let a = find(t, "the mayor held a narrow lead");
    assert_eq!(a.source.map(|s| s.of(t)), Some("a city poll last month"));
    // What a poll's respondents said is the poll's finding (their verb is nested in it);
    // other documents leave the reporting verb after them to its own subject.
    let t = "In a survey of parents, 60 percent said the school day was too long.";
    let a = find(t, "60 percent said the school day was too long");
    assert_eq!(a.rule, IN_SOURCE);
    // A clause must follow the comma.
    assert!(extract("He leads by a wide margin. In the polls, anyway.").is_empty());
    let t = "In a court filing, Jane Roe said the contract was void.";
    assert!(extract(t).iter().all(|a| a.rule != IN_SOURCE), "{t}");
}

#[test]
fn standing_in_poll() {
    let t = example(STANDING_IN_POLL);
    check(
        t,
        STANDING_IN_POLL,
        "The incumbent trails her challenger by four points",
        None,
        "in",
    );
    let a = find(t, "The incumbent trails her challenger by four points");
    assert_eq!(
        a.source.map(|s| s.of(t)),
        Some("a new county survey released on Monday")
    );
    // The last clause of the sentence is the finding; the poll may follow a comma.
    let t = "Turnout was low, and the mayor won 40 percent, in the latest city poll.";
    let a = find(t, "the mayor won 40 percent");
    assert_eq!(
        (a.rule, a.source.map(|s| s.of(t))),
        (STANDING_IN_POLL, Some("the latest city poll"))
    );
    let none = [
        // The horse race in general, not a poll.
        "The mayor has been leading in the polls.",
        // The clause goes on after the poll: it is a modifier, not a source.
        "Her 30 percent support in a new city poll is a record low.",
        // A poll noun that modifies another noun.
        "The mayor thanked everyone in the poll workers' union.",
        // The respondents of a poll, and a comparison with polls.
        "She was backed by 40 percent of the voters surveyed in the city poll.",
        "He fared better than in other city polls.",
        // A relative clause describes its host.
        "Jane Roe, who leads in most state polls, was not available.",
        // A tail that does not end the clause: the poll is the subject of what follows.
        "One in four voters in a county poll last year said the road should close.",
        // A bare noun that is no single poll.
        "The mayor slipped in the polling.",
    ];
    for t in none {
        assert!(extract(t).iter().all(|a| a.rule != STANDING_IN_POLL), "{t}");
    }
}

#[test]
fn to_source() {
    let t = example(TO_SOURCE);
    let a = find(t, "the new dam is a betrayal");
    assert_eq!(a.rule, TO_SOURCE);
    assert_eq!(
        a.source.map(|s| s.of(t)),
        Some("many farmers in the valley")
    );
    let t = "To Jane Roe, the vote was a warning.";
    check(
        t,
        TO_SOURCE,
        "the vote was a warning",
        Some("Jane Roe"),
        "To",
    );
    // A relative clause on the source stays out of the content.
    let t = "But to Jane Roe, who ran twice, the race felt rigged.";
    check(t, TO_SOURCE, "the race felt rigged", Some("Jane Roe"), "to");
    let t = "Tom Poe won. To him, the result was a mandate for change.";
    let a = find(t, "the result was a mandate for change");
    assert_eq!(
        (a.rule, a.source.map(|s| s.of(t))),
        (TO_SOURCE, Some("him"))
    );
    // Infinitives, fixed adverbials and addressees open no view.
    for t in [
        "To win the seat, the party needs the suburbs.",
        "To be sure, the party needs the suburbs.",
        "To the extent it matters, the party needs the suburbs.",
        "To date, the party has won the suburbs.",
        "To all appearances, the party has won the suburbs.",
        "To reporters, Jane Roe said the party needs the suburbs.",
    ] {
        assert!(extract(t).iter().all(|a| a.rule != TO_SOURCE), "{t}");
    }
}

#[test]
fn document_participle() {
    let t = example(DOCUMENT_PARTICIPLE);
    check(
        t,
        DOCUMENT_PARTICIPLE,
        "one in five plan to quit",
        None,
        "showing",
    );
    // Opening the sentence, the reduced relative ends at the comma.
    let t = "Despite polls showing him far behind, the senator stayed in the race.";
    let a = find(t, "him far behind");
    assert_eq!(a.source.map(|s| s.of(t)), Some("polls"));
    // Not after a person: "voters showing" is no document.
    let t = "Ministers met voters showing their anger at the plan.";
    assert!(
        extract(t).iter().all(|a| a.rule != DOCUMENT_PARTICIPLE),
        "{t}"
    );
}

#[test]
fn verbs_of_announcing_continuing_and_suggesting() {
    let t = "Jane Roe continued: \"We will rebuild the bridge.\"";
    check(
        t,
        SAID_QUOTE,
        "We will rebuild the bridge.",
        Some("Jane Roe"),
        "continued",
    );
    // "continued to" is no cue.
    assert!(extract("Jane Roe continued to work on the bridge.").is_empty());
    let t = "Jane Roe pointed out that the bridge was old.";
    check(
        t,
        CUE_PREPOSITION,
        "the bridge was old",
        Some("Jane Roe"),
        "pointed out",
    );
    let t = "Acme Corp announced a new chief executive.";
    check(
        t,
        OBJECT,
        "a new chief executive",
        Some("Acme Corp"),
        "announced",
    );
    let t = "Jane Roe suggested the bridge was unsafe.";
    check(
        t,
        SAID_THAT,
        "the bridge was unsafe",
        Some("Jane Roe"),
        "suggested",
    );
    let t = "Jane Roe sees the bridge as a symbol of the town.";
    check(
        t,
        DESCRIBE_AS,
        "the bridge as a symbol of the town",
        Some("Jane Roe"),
        "sees",
    );
}

#[test]
fn verbs_of_referring_complaining_and_wondering() {
    let t = "\"It is a scandal,\" Jane Roe said, referring to the closure.";
    check(
        t,
        PARTICIPLE,
        "the closure",
        Some("Jane Roe"),
        "referring to",
    );
    let t = "Jane Roe complained that the bridge was closed.";
    check(
        t,
        SAID_THAT,
        "the bridge was closed",
        Some("Jane Roe"),
        "complained",
    );
    let t = "Jane Roe wondered whether the bridge would reopen.";
    check(
        t,
        ASKED,
        "whether the bridge would reopen",
        Some("Jane Roe"),
        "wondered",
    );
    let t = "Jane Roe lamented the closure of the bridge.";
    check(
        t,
        POSITION_OBJECT,
        "the closure of the bridge",
        Some("Jane Roe"),
        "lamented",
    );
    let t = "Jane Roe thinks the bridge is unsafe.";
    check(
        t,
        SAID_THAT,
        "the bridge is unsafe",
        Some("Jane Roe"),
        "thinks",
    );
}

#[test]
fn called() {
    let t = example(CALLED);
    check(
        t,
        CALLED,
        "the budget “a betrayal of working families.”",
        None,
        "called",
    );
    assert_eq!(
        find(t, "the budget “a betrayal of working families.”").stance,
        Stance::Assert
    );
    // A quoted description a few words on, and one word after a pronoun.
    let t = "Jane Roe called both the mayor and his deputy “weak.”";
    check(
        t,
        CALLED,
        "both the mayor and his deputy “weak.”",
        Some("Jane Roe"),
        "called",
    );
    // A longer object, with a symbol inside, before its quoted description; not past another
    // clause.
    let t = "Jane Roe called the harbour board's plan to spend $2 million on cranes “a scandal.”";
    check(
        t,
        CALLED,
        "the harbour board's plan to spend $2 million on cranes “a scandal.”",
        Some("Jane Roe"),
        "called",
    );
    let t = "Jane Roe called the harbour board's chairman, who said “no.”";
    assert!(extract(t).iter().all(|a| a.rule != CALLED));
    let t = "Jane Roe called them dishonest.";
    check(t, CALLED, "them dishonest", Some("Jane Roe"), "called");
    // A possessive description, whose noun may also be a verb form, before a subordinate clause.
    let t = "Jane Roe calls the old mill town her home state before every election.";
    check(
        t,
        CALLED,
        "the old mill town her home state",
        Some("Jane Roe"),
        "calls",
    );
    // So is a pronoun before a quotation.
    let t = "Jane Roe called him “a fraud.”";
    check(t, CALLED, "him “a fraud.”", Some("Jane Roe"), "called");
    assert_eq!(find(t, "him “a fraud.”").kind, ClaimKind::Mixed);
    let t = "Jane Roe calls herself a moderate.";
    check(t, CALLED, "herself a moderate", Some("Jane Roe"), "calls");
    // A name stands for the pronoun; a definite description follows a pronoun.
    let t = "Jane Roe calls Ward unqualified.";
    check(t, CALLED, "Ward unqualified", Some("Jane Roe"), "calls");
    let t = "Jane Roe calls it the worst plan in years.";
    check(
        t,
        CALLED,
        "it the worst plan in years",
        Some("Jane Roe"),
        "calls",
    );
    // A particle or a time word is no description: "called him back".
    for t in [
        "Jane Roe called him back.",
        "Jane Roe called her yesterday.",
        "Jane Roe called Ward Tuesday.",
        "Jane Roe called him the next day.",
    ] {
        assert!(extract(t).iter().all(|a| a.rule != CALLED), "{t}");
    }
    let t = "Jane Roe criticised the plan, calling it a waste of money.";
    check(
        t,
        PARTICIPLE,
        "it a waste of money",
        Some("Jane Roe"),
        "calling",
    );
    let t = "Jane Roe called on the council to resign.";
    check(
        t,
        CUE_PREPOSITION,
        "the council to resign",
        Some("Jane Roe"),
        "called on",
    );
    assert_eq!(find(t, "the council to resign").stance, Stance::Demand);
    let t = "Jane Roe called upon the council to resign.";
    check(
        t,
        CUE_PREPOSITION,
        "the council to resign",
        Some("Jane Roe"),
        "called upon",
    );
    let t = "Jane Roe called Monday for a new vote.";
    check(
        t,
        CUE_PREPOSITION,
        "a new vote",
        Some("Jane Roe"),
        "called Monday for",
    );
    // A name or a call without a description is no attribution.
    assert!(extract("A group called Friends of the Park met on Monday.").is_empty());
    assert!(extract("Jane Roe called a press conference.").is_empty());
    // A thing named after an object: nobody evaluates it; other cues keep such a subject.
    assert!(extract("The troupe staged a play called “The Harbour”.").is_empty());
    let t = "About four out of ten voters said the harbour was too small.";
    check(t, SAID_THAT, "the harbour was too small", None, "said");
}

#[test]
fn expected_to_and_progressives() {
    let t = example(EXPECTED_TO);
    check(
        t,
        EXPECTED_TO,
        "to raise rates in March",
        None,
        "is widely expected",
    );
    assert_eq!(
        find(t, "to raise rates in March").source_kind,
        SourceKind::None
    );
    assert_eq!(find(t, "to raise rates in March").stance, Stance::Hedge);
    // Inside a subordinate clause the expectation ends where the main clause goes on.
    for (t, content) in [
        (
            "While the ferry is expected to run until May, the pier will close in March.",
            "to run until May",
        ),
        (
            "The bill, which the council is expected to pass next week, returns power to the towns.",
            "to pass next week",
        ),
    ] {
        assert_eq!(find(t, content).rule, EXPECTED_TO, "{t:?}");
    }
    // Not at a comma inside a list of adjectives.
    let t = "The mayor, who is expected to give a long, angry speech, arrived late.";
    let found = extract(t);
    let a = found.iter().find(|a| a.rule == EXPECTED_TO).unwrap();
    assert!(
        a.content.of(t).starts_with("to give a long, angry speech"),
        "{found:?}"
    );
    // "expected" with an object is the active verb.
    let t = "Jane Roe expected a close vote.";
    check(t, INTENT, "a close vote", Some("Jane Roe"), "expected");
    // A progressive is active: "is calling for", "are hoping".
    let t = "Jane Roe is calling for a new vote.";
    check(
        t,
        CUE_PREPOSITION,
        "a new vote",
        Some("Jane Roe"),
        "is calling for",
    );
    let t = "The farmers are still hoping to sell the land.";
    check(t, INTENT, "to sell the land", None, "are still hoping");
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
    let t = "Security sources said the convoy was hit. Some experts believe the talks will fail.";
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
    let t = "The Bank of England said rates would rise. The bank also said that growth would slow.";
    assert_eq!(
        find(t, "growth would slow").speaker.as_deref(),
        Some("Bank of England")
    );
}

#[test]
fn indirect_question() {
    let t = example(INDIRECT_QUESTION);
    check(
        t,
        INDIRECT_QUESTION,
        "how the village school had closed in a single week",
        None,
        "recalled",
    );
    let t = "Jane Roe explained why the bridge stayed shut.";
    check(
        t,
        INDIRECT_QUESTION,
        "why the bridge stayed shut",
        Some("Jane Roe"),
        "explained",
    );
    // "when" more often opens an adjunct than a question: no content from it.
    let t = "Jane Roe recalled when she was asked.";
    assert!(extract(t).iter().all(|a| a.rule != INDIRECT_QUESTION));
}

#[test]
fn offered_and_expressed() {
    let t = "Jane Roe offered a different account of the meeting.";
    check(
        t,
        OBJECT,
        "a different account of the meeting",
        Some("Jane Roe"),
        "offered",
    );
    let t = "Jane Roe voiced doubts about the new harbour.";
    check(
        t,
        OBJECT,
        "doubts about the new harbour",
        Some("Jane Roe"),
        "voiced",
    );
    // "offers" is more often a noun: "The offers were rejected."
    assert!(extract("The offers of help were generous.").is_empty());
    let t = "Jane Roe discussed the new harbour on Tuesday.";
    check(t, OBJECT, "the new harbour", Some("Jane Roe"), "discussed");
}

#[test]
fn made_clear_and_talked_about() {
    let t = "Jane Roe made it clear on Tuesday that the plan was dead.";
    check(
        t,
        CUE_PREPOSITION,
        "the plan was dead",
        Some("Jane Roe"),
        "made it clear",
    );
    let t = "Jane Roe has made clear she will run again.";
    check(
        t,
        CUE_PREPOSITION,
        "she will run again",
        Some("Jane Roe"),
        "has made clear",
    );
    let t = "Jane Roe talked about the new harbour.";
    check(
        t,
        CUE_PREPOSITION,
        "the new harbour",
        Some("Jane Roe"),
        "talked about",
    );
    // Talking to someone is no content.
    assert!(extract("Jane Roe talked to reporters after the vote.").is_empty());
    // "of" and "about" stand for each other, after an adverb too.
    let t = "Jane Roe spoke about the new harbour.";
    check(
        t,
        CUE_PREPOSITION,
        "the new harbour",
        Some("Jane Roe"),
        "spoke about",
    );
    let t = "Jane Roe spoke warmly of the old mayor.";
    check(
        t,
        CUE_PREPOSITION,
        "the old mayor",
        Some("Jane Roe"),
        "spoke warmly of",
    );
    assert!(extract("Jane Roe spoke on Tuesday.").is_empty());
}

#[test]
fn light_verb_nouns() {
    let t = example(LIGHT_VERB);
    check(
        t,
        LIGHT_VERB,
        "a new harbour wall",
        None,
        "made an impassioned case for",
    );
    let t = "Jane Roe made the observation that the ferry was always late.";
    check(
        t,
        LIGHT_VERB,
        "the ferry was always late",
        Some("Jane Roe"),
        "made the observation",
    );
    let t = "Jane Roe made no mention of the new harbour.";
    check(
        t,
        LIGHT_VERB,
        "the new harbour",
        Some("Jane Roe"),
        "made no mention of",
    );
    assert_eq!(find(t, "the new harbour").stance, Stance::Assert);
    let t = "Jane Roe made a plea for calm.";
    assert_eq!(find(t, "calm").stance, Stance::Demand);
    let t = "Jane Roe took issue with the new harbour plan.";
    check(
        t,
        LIGHT_VERB,
        "the new harbour plan",
        Some("Jane Roe"),
        "took issue with",
    );
    assert_eq!(find(t, "the new harbour plan").stance, Stance::Deny);
    // "that" follows only the nouns of "make": "took the view that" is no such cue here.
    assert!(extract("Jane Roe took the bus that left early.").is_empty());
    // Without a noun of saying, or with other words between, "made" reports nothing.
    assert!(extract("Jane Roe made a cake for the party.").is_empty());
    assert!(extract("Jane Roe made the Harbour Board case for the party.").is_empty());
}

#[test]
fn sided_with_is_a_position() {
    let t = "The appeals judge sided with the fishermen.";
    let a = find(t, "the fishermen");
    assert_eq!(a.cue.map(|c| c.of(t)), Some("sided with"));
    assert_eq!(a.source.map(|s| s.of(t)), Some("The appeals judge"));
    // "side" as a noun reports nothing.
    assert!(extract("The team on the far side with the ball scored.").is_empty());
}

#[test]
fn shrugged_off_is_a_dismissal() {
    let t = "The harbour board shrugged off the complaints of the fishermen.";
    let a = find(t, "the complaints of the fishermen");
    assert_eq!(a.cue.map(|c| c.of(t)), Some("shrugged off"));
    assert_eq!(a.stance, Stance::Deny);
}

#[test]
fn expressed_feelings_about_a_content() {
    let t = "Jane Roe expressed concern about the new harbour plan.";
    check(
        t,
        LIGHT_VERB,
        "the new harbour plan",
        Some("Jane Roe"),
        "expressed concern about",
    );
    assert_eq!(find(t, "the new harbour plan").stance, Stance::Hedge);
    // A progressive is a cue with its "be".
    let t = "Fishermen are expressing frustration over the quota.";
    let a = find(t, "the quota");
    assert_eq!(
        a.cue.map(|c| c.of(t)),
        Some("are expressing frustration over")
    );
    // With a modifier before the noun, the noun is the content's, as "express" alone takes it.
    let t = "Jane Roe expressed deep concern about the quota.";
    find(t, "deep concern about the quota");
}

#[test]
fn told_addressee_with_place_and_time() {
    let t = "Jane Roe told a meeting in Leeds, England on Friday that the mill would stay open.";
    check(
        t,
        TOLD_THAT,
        "the mill would stay open",
        Some("Jane Roe"),
        "told",
    );
    // A lower-case word after the addressee is not a place: "the bill that passed" is no
    // content of its own.
    let t = "Jane Roe told reporters the bill that passed was weak.";
    assert!(
        extract(t)
            .iter()
            .all(|a| a.content.of(t) != "passed was weak")
    );
}

#[test]
fn reported_takes_no_noun_phrase() {
    // Another annotation style counts no noun-phrase object of "reported" ("reported record
    // revenue"); a clause or a gerund is content.
    assert!(extract("The company reported record revenue.").is_empty());
    // A noun phrase with its own finite verb right after it is a clause without "that".
    for (t, content) in [
        (
            "The station reported six planes filled the sky.",
            "six planes filled the sky",
        ),
        (
            "She noted the council had voted twice.",
            "the council had voted twice",
        ),
        (
            "The station reported at least six planes filled the sky.",
            "at least six planes filled the sky",
        ),
        // A noun-like gerund before an amount.
        (
            "The union reported spending $2 million on the strike.",
            "spending $2 million on the strike",
        ),
        // "it" before a finite verb is a subject.
        (
            "The firm reported it sold more cars in May.",
            "it sold more cars in May",
        ),
    ] {
        assert_eq!(find(t, content).content.of(t), content);
    }
    // "it" as the object of a verb that needs "that" is no clause.
    assert!(extract("She noted it down.").is_empty());
    // "As the paper reported, C" reads as a clause of comparison.
    let t = "As the paper reported, the plant will close.";
    assert_eq!(find(t, "the plant will close").rule, AS_SOURCE_SAID);
    // After a clause already attributed, the "as" clause is one of time.
    let t = "\"We won,\" she said, as the paper reported.";
    assert!(extract(t).iter().all(|a| a.rule != AS_SOURCE_SAID));
}

#[test]
fn as_reported_by_and_and_as_noted() {
    let t = "As reported by the Gazette, the plant will close in May.";
    check(
        t,
        AS_SOURCE_SAID,
        "the plant will close in May",
        Some("Gazette"),
        "reported",
    );
    let t = "The plant will close in May, as reported by the Gazette.";
    check(
        t,
        AS_SOURCE_SAID,
        "The plant will close in May",
        Some("Gazette"),
        "reported",
    );
    // A quotation attributed already keeps its speaker.
    let t = "\"We are done,\" the owner said, as reported by the Gazette.";
    assert!(extract(t).iter().all(|a| a.rule != AS_SOURCE_SAID));
    let t = "Workers can still be fined, and as the mayor noted, the rules apply to everyone.";
    check(
        t,
        AS_SOURCE_SAID,
        "the rules apply to everyone",
        None,
        "noted",
    );
}

#[test]
fn as_source_put_it() {
    let t = "As the mayor put it, the bridge is too old for lorries.";
    let a = find(t, "the bridge is too old for lorries");
    assert_eq!(a.rule, AS_SOURCE_SAID);
    assert_eq!(a.source.map(|s| s.of(t)), Some("the mayor"));
    assert_eq!(a.cue.map(|c| c.of(t)), Some("put it"));
    let t = "The plan, as one council member puts it, is a gamble with public money.";
    let a = find(t, "is a gamble with public money");
    assert_eq!(a.source.map(|s| s.of(t)), Some("one council member"));
    // Neither a clause of time nor "put it" without "as" reports anything.
    assert!(extract("As soon as he put it down, the phone rang.").is_empty());
    assert!(extract("She put it on the desk, and the phone rang.").is_empty());
}

#[test]
fn noun_participle() {
    let t = example(NOUN_POSITION_PARTICIPLE);
    check(
        t,
        NOUN_POSITION_PARTICIPLE,
        "the harbour plan",
        None,
        "backing",
    );
    let t = "Donors gave money to a group supporting Jane Roe for mayor last year.";
    check(
        t,
        NOUN_POSITION_PARTICIPLE,
        "Jane Roe for mayor",
        None,
        "supporting",
    );
    // After a preposition or a contraction the participle has no holder before it.
    for t in [
        "Roe won by backing the harbour plan.",
        "They're backing the harbour plan.",
    ] {
        assert!(
            extract(t)
                .iter()
                .all(|a| a.rule != NOUN_POSITION_PARTICIPLE),
            "{t}"
        );
    }
}

#[test]
fn plans_before_a_finite_verb_is_a_noun() {
    assert!(extract("The city's tax plans would cost a fortune.").is_empty());
    assert!(extract("Health plans increased by ten percent.").is_empty());
    let t = "Jane Roe plans to close the harbour.";
    check(t, INTENT, "to close the harbour", Some("Jane Roe"), "plans");
}

#[test]
fn a_cue_prepositions_object_ends_before_the_reporters_adjunct() {
    let t = "Jane Roe called for a review of the budget after the vote on Monday.";
    check(
        t,
        CUE_PREPOSITION,
        "a review of the budget",
        Some("Jane Roe"),
        "called for",
    );
}

#[test]
fn a_vows_infinitive_ends_before_the_reporters_adjunct() {
    let t = "Jane Roe vowed to rebuild the pier after the storm hit the town.";
    check(t, VOW_TO, "to rebuild the pier", Some("Jane Roe"), "vowed");
}

#[test]
fn a_decision_or_an_aim_takes_its_infinitive() {
    let t = "The harbour board decided not to renew the ferry lease.";
    check(
        t,
        VOW_TO,
        "not to renew the ferry lease",
        Some("harbour board"),
        "decided",
    );
    assert_eq!(
        find(t, "not to renew the ferry lease").stance,
        Stance::Commit
    );
    let t = "Jane Roe is looking to win back the seat she lost in 2019.";
    check(
        t,
        VOW_TO,
        "to win back the seat she lost in 2019",
        Some("Jane Roe"),
        "is looking",
    );
    // A decision with an object is a ruling; "looks to be" is an impression; "to" before a
    // noun phrase is no infinitive.
    for t in [
        "The judges decided the case on Monday.",
        "Turnout looks to be falling in the north.",
        "The council looked to the ferry company for answers.",
    ] {
        assert!(extract(t).is_empty(), "{t}");
    }
}

#[test]
fn a_view_held_or_a_course_weighed_is_a_position() {
    let t = "Jane Roe considers the ferry plan a waste of money.";
    check(
        t,
        POSITION_OBJECT,
        "the ferry plan a waste of money",
        Some("Jane Roe"),
        "considers",
    );
    assert_eq!(
        find(t, "the ferry plan a waste of money").stance,
        Stance::Hedge
    );
    let t = "The council is considering a ban on cars in the old town.";
    check(
        t,
        POSITION_OBJECT,
        "a ban on cars in the old town",
        Some("council"),
        "is considering",
    );
    let t = "The inspectors deemed the bridge unsafe.";
    check(t, POSITION_OBJECT, "the bridge unsafe", None, "deemed");
    let t = "The mayor signaled that she would not run again.";
    check(t, OBJECT, "she would not run again", None, "signaled");
    // A concession ends the object; a passive names no holder of the view.
    let t = "Jane Roe considers herself a moderate even though she voted against the budget.";
    check(
        t,
        POSITION_OBJECT,
        "herself a moderate",
        Some("Jane Roe"),
        "considers",
    );
    assert!(extract("The bridge is considered unsafe.").is_empty());
}

#[test]
fn verbs_of_evaluating_in_words_take_their_object() {
    let t = "Jane Roe hailed the deal as a turning point.";
    check(
        t,
        POSITION_OBJECT,
        "the deal as a turning point",
        Some("Jane Roe"),
        "hailed",
    );
    let t = "The report contradicted the minister.";
    check(t, POSITION_OBJECT, "the minister", None, "contradicted");
    assert_eq!(find(t, "the minister").stance, Stance::Deny);
    let t = "The union likened the pay offer to an insult.";
    check(
        t,
        LINK_TO,
        "the pay offer to an insult",
        Some("union"),
        "likened",
    );
    let t = "Jane Roe lashed out at the ferry company on Monday.";
    check(
        t,
        CUE_PREPOSITION,
        "the ferry company",
        Some("Jane Roe"),
        "lashed out at",
    );
    let t = "The senator distanced himself from the harbour plan.";
    check(
        t,
        CUE_PREPOSITION,
        "the harbour plan",
        None,
        "distanced himself from",
    );
    assert_eq!(find(t, "the harbour plan").stance, Stance::Deny);
    let t = "The opposition requested a recount.";
    check(t, OBJECT, "a recount", None, "requested");
    assert_eq!(find(t, "a recount").stance, Stance::Demand);
    let t = "Jane Roe is mulling a run for mayor.";
    check(
        t,
        POSITION_OBJECT,
        "a run for mayor",
        Some("Jane Roe"),
        "is mulling",
    );
}

#[test]
fn labels_pleas_and_forecasts() {
    let t = "Jane Roe labeled the plan “a disgrace.”";
    check(
        t,
        CALLED,
        "the plan “a disgrace.”",
        Some("Jane Roe"),
        "labeled",
    );
    let t = "The mayor dubbed the bridge “the road to nowhere.”";
    check(
        t,
        CALLED,
        "the bridge “the road to nowhere.”",
        None,
        "dubbed",
    );
    let t = "The former treasurer pleaded guilty to fraud.";
    check(t, CUE_PREPOSITION, "fraud", None, "pleaded guilty to");
    let t = "Economists forecast that growth would slow.";
    check(t, SAID_THAT, "growth would slow", None, "forecast");
    assert_eq!(find(t, "growth would slow").stance, Stance::Hedge);
    // The noun is no cue.
    assert!(extract("The weather forecast is for rain.").is_empty());
}

#[test]
fn a_choice_named_or_identified_is_a_position() {
    let t = "Jane Roe named Ward as her deputy.";
    check(
        t,
        POSITION_OBJECT,
        "Ward as her deputy",
        Some("Jane Roe"),
        "named",
    );
    let t = "The inspectors identified the bridge as unsafe.";
    check(
        t,
        POSITION_OBJECT,
        "the bridge as unsafe",
        None,
        "identified",
    );
    // A name given is no choice.
    let t = "A worker named Jane Roe said the plant would close.";
    assert_eq!(extract(t).len(), 1);
    assert!(extract("The club, named after a local poet, opened in 1990.").is_empty());
}

#[test]
fn words_repeated_or_posted_and_addressees_persuaded() {
    let t = "The mayor repeated the old claim that the bridge was safe.";
    check(
        t,
        OBJECT,
        "the old claim that the bridge was safe",
        None,
        "repeated",
    );
    // Her own claim repeated is reported by the nominal cue.
    let t = "The mayor repeated her claim that the bridge was safe.";
    check(t, NOMINAL, "the bridge was safe", None, "claim");
    let t = "Jane Roe persuaded the council to delay the vote.";
    check(
        t,
        TOLD_THAT,
        "the council to delay the vote",
        Some("Jane Roe"),
        "persuaded",
    );
    assert_eq!(
        find(t, "the council to delay the vote").stance,
        Stance::Demand
    );
    let t = "Jane Roe posted on Facebook that the pier was closed.";
    check(
        t,
        SAID_THAT,
        "the pier was closed",
        Some("Jane Roe"),
        "posted",
    );
    // A picture posted is an act, not words.
    assert!(extract("Jane Roe posted a photo of the flooded pier.").is_empty());
    // "repeated" before a bare plural noun is an adjective.
    let t = "Jane Roe said the storms and repeated floods had closed the road.";
    assert_eq!(extract(t).len(), 1, "{t}");
    // After "to be", "convinced" is the attitude's.
    let t = "Residents are convinced that the bridge is unsafe.";
    check(
        t,
        BE_ADJECTIVE,
        "the bridge is unsafe",
        None,
        "are convinced",
    );
}

#[test]
fn an_infinitive_after_an_adjective_of_desire() {
    let t = "Jane Roe is eager to reopen the old pier.";
    check(
        t,
        VOW_TO,
        "to reopen the old pier",
        Some("Jane Roe"),
        "is eager",
    );
    // Readiness is not annotated as a claim.
    assert!(extract("The unions are willing to wait.").is_empty());
}

#[test]
fn an_infinitive_ends_before_a_clause_with_a_pronoun_subject() {
    let t = "Jane Roe decided not to stand again and she left the council in May.";
    check(t, VOW_TO, "not to stand again", Some("Jane Roe"), "decided");
}

#[test]
fn a_relative_pronoun_for_a_document_shows_a_clause() {
    let t = "Ministers ignored a survey that shows most nurses plan to quit.";
    let a = find(t, "most nurses plan to quit");
    assert_eq!(a.source.map(|s| s.of(t)), Some("that"));
}

#[test]
fn a_verb_of_saying_takes_a_noun_phrase_object() {
    let t = "Jane Roe explained her reasoning on Monday.";
    check(
        t,
        REPORTED_OBJECT,
        "her reasoning",
        Some("Jane Roe"),
        "explained",
    );
    let t = "John Doe stepped down, recalling his first campaign.";
    check(
        t,
        REPORTED_OBJECT_PARTICIPLE,
        "his first campaign",
        Some("John Doe"),
        "recalling",
    );
    // A clause after the verb is the ordinary rules' reading, and so is an indirect question.
    let t = "Jane Roe noted that the bridge was closed.";
    assert_eq!(find(t, "the bridge was closed").rule, SAID_THAT);
    let t = "Jane Roe explained how the fire had started.";
    assert_eq!(find(t, "how the fire had started").rule, INDIRECT_QUESTION);
    // A time word after the verb is no object, nor is a verb without an object list.
    for t in [
        "\"We will win,\" John Doe tweeted Monday.",
        "Jane Roe wrote the letter in May.",
    ] {
        assert!(
            extract(t)
                .iter()
                .all(|a| a.rule != REPORTED_OBJECT && a.rule != REPORTED_OBJECT_PARTICIPLE),
            "{t}"
        );
    }
}

#[test]
fn seeing_x_as_y_is_a_view() {
    let t = "John Doe left the party in 2019, seeing its leader as a liability.";
    check(
        t,
        PARTICIPLE,
        "its leader as a liability",
        Some("John Doe"),
        "seeing",
    );
}

#[test]
fn blamed_takes_its_object_alone() {
    let t = "Jane Roe blamed the delays on the contractor.";
    check(
        t,
        BLAME_FOR,
        "the delays on the contractor",
        Some("Jane Roe"),
        "blamed",
    );
    let t = "Jane Roe thanked the volunteers and the fire crews.";
    check(
        t,
        BLAME_FOR,
        "the volunteers and the fire crews",
        Some("Jane Roe"),
        "thanked",
    );
}

#[test]
fn charged_and_mused_need_that() {
    let t = "Jane Roe charged that the council had hidden the report.";
    check(
        t,
        SAID_THAT,
        "the council had hidden the report",
        Some("Jane Roe"),
        "charged",
    );
    assert_eq!(
        find(t, "the council had hidden the report").stance,
        Stance::Assert
    );
    let t = "John Doe mused that the ferry might never return.";
    assert_eq!(
        find(t, "the ferry might never return").stance,
        Stance::Hedge
    );
    let t = "Jane Roe informed the board that the ferry would stop.";
    check(
        t,
        TOLD_THAT,
        "the ferry would stop",
        Some("Jane Roe"),
        "informed",
    );
    // "charged X with Y" is an accusation in law, not a report.
    assert!(extract("Police charged John Doe with theft.").is_empty());
}

#[test]
fn asked_shapes_of_issue_11() {
    let cases = [
        // After a comma, "asked" with an object is the verb of a subject in apposition.
        (
            "Jane Roe, an editor at the paper, asked the mayor if the office would reopen.",
            ASKED,
            "if the office would reopen",
            Some("Jane Roe"),
            "asked",
        ),
        (
            "Jane Roe, a teacher, asked former mayor John Doe whether he had a plan.",
            ASKED,
            "whether he had a plan",
            Some("Jane Roe"),
            "asked",
        ),
        // An adverb before the question, and a list of addressees before "to".
        (
            "Jane Roe asked the mayor pointedly whether she would run.",
            ASKED,
            "whether she would run",
            Some("Jane Roe"),
            "asked",
        ),
        (
            "Jane Roe asked Smith, Jones and Brown to search their files.",
            ASKED,
            "Smith, Jones and Brown to search their files",
            Some("Jane Roe"),
            "asked",
        ),
        // A request in an adverbial clause ends where the main clause begins.
        (
            "After Jane Roe asked the clerks to search their files, John Doe said that one file was missing.",
            ASKED,
            "the clerks to search their files",
            Some("Jane Roe"),
            "asked",
        ),
        (
            "After Jane Roe asked the clerks to search their files, John Doe said that one file was missing.",
            SAID_THAT,
            "one file was missing",
            Some("John Doe"),
            "said",
        ),
        // A question put to the subject, or a thing asked for.
        (
            "John Doe was asked a simple question about the budget.",
            ASKED_PASSIVE,
            "a simple question about the budget",
            None,
            "was asked",
        ),
        (
            "When asked for his view, John Doe declined to comment.",
            ASKED_PASSIVE,
            "his view",
            None,
            "asked",
        ),
    ];
    for (t, rule, content, speaker, cue) in cases {
        check(t, rule, content, speaker, cue);
    }
}

#[test]
fn called_description_ends_with_its_quotation() {
    let cases = [
        (
            "Jane Roe called the merger “a terrible deal” and ranked it last.",
            "the merger “a terrible deal”",
        ),
        (
            "Jane Roe called him a “moderate,” a subtle dig at his record.",
            "him a “moderate,”",
        ),
        // The description goes on after a noun's preposition.
        (
            "Jane Roe called the plan “a disgrace” for the city.",
            "the plan “a disgrace” for the city",
        ),
        // The object may hold an apposition.
        (
            "Jane Roe called John Doe, her rival, an “enemy.”",
            "John Doe, her rival, an “enemy.”",
        ),
        // An unquoted evaluating adjective after a longer object.
        (
            "Jane Roe called the council's actions lawful.",
            "the council's actions lawful",
        ),
    ];
    for (t, content) in cases {
        check(t, CALLED, content, Some("Jane Roe"), "called");
    }
    assert!(
        extract("Jane Roe called the police chief.")
            .iter()
            .all(|a| a.rule != CALLED)
    );
}

#[test]
fn sourceless_calls_for() {
    let t = example(SOURCELESS_NOMINAL);
    assert_eq!(find(t, "a public inquiry").stance, Stance::Demand);
    for t in [t, "The council met amid calls for a public inquiry."] {
        check(t, SOURCELESS_NOMINAL, "a public inquiry", None, "calls for");
    }
    // The verb keeps its subject.
    let t = "Jane Roe calls for a recount.";
    assert_ne!(find(t, "a recount").rule, SOURCELESS_NOMINAL);
}

#[test]
fn sourceless_doubts_and_accusations() {
    let cases = [
        (
            "The mayor faced questions about the cost of the bridge.",
            "the cost of the bridge",
            "questions about",
            Stance::Hedge,
        ),
        (
            "The plan stalled amid concerns that the river would flood.",
            "the river would flood",
            "concerns that",
            Stance::Hedge,
        ),
        (
            "The club has faced accusations of favouritism in its hiring.",
            "favouritism in its hiring",
            "accusations of",
            Stance::Assert,
        ),
    ];
    for (t, content, cue, stance) in cases {
        check(t, SOURCELESS_NOMINAL, content, None, cue);
        assert_eq!(find(t, content).stance, stance, "{t}");
    }
    // Questions put to someone are theirs to answer, not a doubt in the air.
    let t = "The mayor did not respond to questions about the cost of the bridge.";
    assert!(extract(t).iter().all(|a| a.rule != SOURCELESS_NOMINAL));
}
