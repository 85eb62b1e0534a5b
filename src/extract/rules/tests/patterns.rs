//! Quotation, clause, colon and sourceless patterns on sentences beyond the examples.

use super::*;

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
    // A role before the name, and a description between commas.
    assert_sources(&[
        (
            "\"The harvest will be late,\" the farmer Jane Roe, a grower of apples, wrote.",
            "The harvest will be late",
            "the farmer Jane Roe, a grower of apples",
        ),
        (
            "\"The harvest will be late,\" the farmer, a grower of apples, wrote.",
            "The harvest will be late",
            "the farmer, a grower of apples",
        ),
    ]);
    // Inside a sentence, a quoted title is not the next subject's words.
    let t = "Under what Roe called \"the old model,\" the club, a private course, charged a fee.";
    assert!(
        extract(t)
            .iter()
            .all(|a| a.content.of(t) != "the old model" || a.rule != QUOTE_SOURCE_SAID)
    );
}

#[test]
fn a_quotation_that_ends_the_opening_clause_takes_the_clause() {
    // The words before the quotation are part of what the source says.
    let t =
        "Jane Roe retired in May. She had “wanted to fly since she was five,” her brother said.";
    let a = find(t, "She had “wanted to fly since she was five");
    assert_eq!((a.rule, a.kind), (QUOTE_SOURCE_SAID, ClaimKind::Mixed));
    let t = "The harbour plan “will cost more than anyone admits,” said Tom Vance, an engineer.";
    check(
        t,
        QUOTE_SAID_SOURCE,
        "The harbour plan “will cost more than anyone admits",
        Some("Tom Vance"),
        "said",
    );
    // An opening adjunct closed by a comma belongs to the clause.
    let t = "In past winters, “the ferry never stopped,” the mayor said.";
    let a = find(t, "In past winters, “the ferry never stopped");
    assert_eq!(a.rule, QUOTE_SOURCE_SAID);
    // Not a reporting verb's clause (nested speech), nor an opening participle.
    let t = "Roe said “we will win,” her aide added.";
    assert!(
        extract(t)
            .iter()
            .all(|a| !a.content.of(t).starts_with("Roe"))
    );
    let t = "Citing “safety concerns,” the mayor said the bridge would close.";
    assert!(
        extract(t)
            .iter()
            .all(|a| !a.content.of(t).starts_with("Citing"))
    );
}

#[test]
fn a_long_clause_lead_with_verbs_and_quotations_is_taken_whole() {
    // Ordinary verbs (even one that can report, "state" as a noun), asides and an earlier
    // quotation may stand in the words before the quotation.
    let t = "The secretary of state will play the “safety card,” said Tom Vance.";
    check(
        t,
        QUOTE_SAID_SOURCE,
        "The secretary of state will play the “safety card",
        Some("Tom Vance"),
        "said",
    );
    let t = "The festival, usually held in the old harbour every second summer, “brings the \
             whole town out,” the mayor said.";
    let a = find(
        t,
        "The festival, usually held in the old harbour every second summer, “brings the whole town out",
    );
    assert_eq!(a.rule, QUOTE_SOURCE_SAID);
    let t = "Drivers who ignore the “bridge closed” signs “lose an hour,” the engineer said.";
    find(
        t,
        "Drivers who ignore the “bridge closed” signs “lose an hour",
    );
    // A quotation set off by a dash, or after a reporting participle, is no end of the clause.
    let t = "Neither man was moved - “the plan is a fantasy,” the engineer said.";
    find(t, "the plan is a fantasy");
    let t = "Roe wrote to the mayor, telling him, “the plan is a fantasy,” her aide said.";
    assert!(
        extract(t)
            .iter()
            .all(|a| !a.content.of(t).starts_with("Roe wrote"))
    );
}

#[test]
fn a_news_report_takes_the_clause_with_its_nested_speech() {
    // The paper reports the whole clause, the speaker's cue and the colon included.
    let t = "The mayor said at a dinner that she was “quite sure of the numbers,” the Gazette \
             reported.";
    let a = find(
        t,
        "The mayor said at a dinner that she was “quite sure of the numbers",
    );
    assert_eq!(a.rule, QUOTE_SOURCE_SAID);
    let t = "When asked about the ferry, the mayor said: “It will run,” the Gazette reported.";
    find(
        t,
        "When asked about the ferry, the mayor said: “It will run",
    );
    // The speaker adding to her own words keeps the quotation alone.
    let t = "The mayor said “the ferry will run,” she added.";
    assert!(
        extract(t)
            .iter()
            .all(|a| !a.content.of(t).starts_with("The mayor"))
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
fn coordinated_subject_keeps_every_conjunct() {
    let cases = [
        (
            "Most farmers in Kent, Essex and Surrey said the rain came too late.",
            "the rain came too late",
            "Most farmers in Kent, Essex and Surrey",
        ),
        (
            "Neighbours, teachers and former pupils said the school should stay open.",
            "the school should stay open",
            "Neighbours, teachers and former pupils",
        ),
        (
            "The mayors of Lyon and Nantes said the tram plan was too costly.",
            "the tram plan was too costly",
            "The mayors of Lyon and Nantes",
        ),
        // After an opening adjunct and its comma, or "But".
        (
            "In France, the mayors of Lyon and Nantes said the tram plan was too costly.",
            "the tram plan was too costly",
            "the mayors of Lyon and Nantes",
        ),
        (
            "But the mayors of Lyon and Nantes said the bus plan was too costly.",
            "the bus plan was too costly",
            "the mayors of Lyon and Nantes",
        ),
    ];
    assert_sources(&cases);
    // After "According to S," the list is the subject of the reported clause, all of it.
    let t = "According to the audit, the clerk and another aide asked the printer to destroy \
             the ballots.";
    let a = find(
        t,
        "the clerk and another aide asked the printer to destroy the ballots",
    );
    assert_eq!(a.rule, ACCORDING_TO_FIRST);
    // "and" between two clauses is not a list: the subject is the second clause's.
    let t = "The mayor spoke in Lyon and Jane Roe said the plan was too costly.";
    let a = find(t, "the plan was too costly");
    assert_eq!(a.source.map(|s| s.of(t)), Some("Jane Roe"));
}

#[test]
fn a_time_phrase_is_no_source() {
    let cases = [
        (
            "Voters interviewed in Ohio this week said the bridge was unsafe.",
            "Voters interviewed in Ohio",
        ),
        ("This week Jane Roe said the bridge was unsafe.", "Jane Roe"),
        (
            "Farmers selling at the market last month said the bridge was unsafe.",
            "Farmers selling at the market",
        ),
    ];
    for (t, source) in cases {
        let a = find(t, "the bridge was unsafe");
        assert_eq!(a.source.map(|s| s.of(t)), Some(source), "{t}");
    }
}

#[test]
fn told_clause_after_a_plain_addressee() {
    let cases = [
        (
            "Jane Roe told a union gathering in Springfield she will protect the jobs.",
            "she will protect the jobs",
        ),
        (
            "Jane Roe told the Evening Star he's already received hundreds of letters.",
            "he's already received hundreds of letters",
        ),
        (
            "Jane Roe told them Tom Vance has a plan.",
            "Tom Vance has a plan",
        ),
    ];
    for (t, content) in cases {
        check(t, TOLD_THAT, content, Some("Jane Roe"), "told");
    }
    // No clause follows: "the story" is the object, not a subject.
    let t = "Jane Roe told him the story of her life.";
    assert!(extract(t).iter().all(|a| a.rule != TOLD_THAT), "{t}");
}

#[test]
fn plural_document_noun_before_its_verb() {
    let t = "Fresh campaign reports show the charity spent more than it raised.";
    let a = find(t, "the charity spent more than it raised");
    assert_eq!(a.cue.map(|c| c.of(t)), Some("show"));
    assert_eq!(a.source.map(|s| s.of(t)), Some("Fresh campaign reports"));
    // "says" is a verb even before a word that can be one: its object follows.
    let t = "Jane Roe says praise from abroad helps her.";
    check(
        t,
        SAID_THAT,
        "praise from abroad helps her",
        Some("Jane Roe"),
        "says",
    );
}

#[test]
fn participle_subject_after_a_long_opening_adjunct() {
    let t = "At a campaign event in Springfield, Ohio, on Sunday, Jane Roe tried to explain her vote, saying that the plan was fair.";
    check(
        t,
        PARTICIPLE,
        "the plan was fair",
        Some("Jane Roe"),
        "saying",
    );
    let t = "Shortly after the vote, the founders mobilized, warning that the deal would hurt the firm.";
    let a = find(t, "the deal would hurt the firm");
    assert_eq!(a.source.map(|s| s.of(t)), Some("the founders"));
}

#[test]
fn floating_quantifier_is_no_subject() {
    let t = "Jane Roe and Tom Vance both said the plan was fair.";
    let a = find(t, "the plan was fair");
    assert_eq!(a.source.map(|s| s.of(t)), Some("Jane Roe and Tom Vance"));
    let t = "The senators all said the plan was fair.";
    let a = find(t, "the plan was fair");
    assert_eq!(a.source.map(|s| s.of(t)), Some("The senators"));
    // An auxiliary may stand between the phrase and the quantifier.
    let t = "Jane Roe and Senator Tom Vance have both argued that the plan was fair.";
    let a = find(t, "the plan was fair");
    assert_eq!(
        a.source.map(|s| s.of(t)),
        Some("Jane Roe and Senator Tom Vance")
    );
    // Opening the sentence, "Both" is the whole subject.
    let t = "Both said the plan was fair.";
    let a = find(t, "the plan was fair");
    assert_eq!(a.source.map(|s| s.of(t)), Some("Both"));
    // A dashed aside may stand between them: the subject is before it, and the mention takes
    // in a description but not a relative clause.
    for (t, source) in [
        (
            "Party leaders \u{2014} whose unity was once famous \u{2014} both said the plan was fair.",
            "Party leaders",
        ),
        (
            "Party leaders -- Jane Roe and Tom Vance -- all said the plan was fair.",
            "Party leaders -- Jane Roe and Tom Vance",
        ),
    ] {
        let a = find(t, "the plan was fair");
        assert_eq!(a.source.map(|s| s.of(t)), Some(source), "{t}");
    }
}

#[test]
fn two_plain_conjuncts_opening_the_sentence_are_one_source() {
    let cases = [
        ("Her advisers and allies", "Her advisers and allies"),
        (
            "Democratic and independent analysts",
            "Democratic and independent analysts",
        ),
        // A clause before "and" is no conjunct.
        ("Prices rose and economists", "economists"),
    ];
    for (subject, source) in cases {
        let t = format!("{subject} said the plan was fair.");
        let a = find(&t, "the plan was fair");
        assert_eq!(a.source.map(|s| s.of(&t)), Some(source), "in {t:?}");
    }
}

#[test]
fn but_that_continues_the_content() {
    let t = "Jane Roe said wages would fall at first, but that overtime would make up for it.";
    find(
        t,
        "wages would fall at first, but that overtime would make up for it",
    );
    let t = "Jane Roe said the review was fair, but required hard work from everyone.";
    find(
        t,
        "the review was fair, but required hard work from everyone",
    );
    // A new clause of the reporter's after ", but" is not the source's.
    let t = "Jane Roe said the review was fair, but the board has not met since.";
    find(t, "the review was fair");
}

#[test]
fn state_before_a_name_is_a_modifier() {
    let t = "\"The bridge is safe,\" the state Office of Transport said.";
    let a = find(t, "The bridge is safe");
    assert_eq!(
        a.source.map(|s| s.of(t)),
        Some("the state Office of Transport")
    );
    // A verb still: "will state Monday that C".
    let t = "Jane Roe will state on Monday that she is running.";
    check(
        t,
        SAID_THAT,
        "she is running",
        Some("Jane Roe"),
        "will state",
    );
}

#[test]
fn inner_quotation_closed_by_a_comma_ends_the_content() {
    let t = "Jane Roe said the budget was \"a fantasy,\" pointing to the missing revenue.";
    check(
        t,
        SAID_THAT,
        "the budget was \"a fantasy,\"",
        Some("Jane Roe"),
        "said",
    );
    // "and" goes on with the content.
    let t = "Jane Roe said the budget was \"a fantasy,\" and that it would fail.";
    find(t, "the budget was \"a fantasy,\" and that it would fail");
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
    // A quoted title belongs to its source; a quoted description of it does not.
    assert_sources(&[
        (
            "The mill closed in 1962, according to her memoir \"Bread and Water.\"",
            "The mill closed in 1962",
            "her memoir \"Bread and Water.\"",
        ),
        (
            "According to the memoir \"Bread and Water,\" the mill closed in 1962.",
            "the mill closed in 1962",
            "the memoir \"Bread and Water,\"",
        ),
        (
            "The mill closed in 1962, according to workers \"who were there.\"",
            "The mill closed in 1962",
            "workers",
        ),
    ]);
}

#[test]
fn a_continued_quotation_after_a_few_words_of_the_writer() {
    // A connective or a pronoun subject before the quotation leaves it to the last speaker.
    let t = "“It was a shock,” said Jane Roe, the mayor. Now, “the town has moved on and the \
             ferry runs again.”";
    let a = find(t, "Now, “the town has moved on and the ferry runs again.");
    assert_eq!(a.rule, CONTINUATION);
    assert_eq!(a.speaker.as_deref(), Some("Jane Roe"));
    let t = "“It was a shock,” said Jane Roe. He has overseen “a full review of every ferry \
             contract.”";
    find(t, "He has overseen “a full review of every ferry contract.");
    // A name or an article brings a subject of its own.
    let t = "“It was a shock,” said Jane Roe. John Doe replied, “the town will recover in time.”";
    assert!(extract(t).iter().all(|a| a.rule != CONTINUATION));
    let t = "“It was a shock,” said Jane Roe. The hall echoed with “a song about the old ferry.”";
    assert!(extract(t).iter().all(|a| a.rule != CONTINUATION));
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
    let next_para =
        "\"We will not be intimidated,\" said Jacinda Ardern.\n\n\"We are a country of peace.\"";
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
    // A relative clause on the source stands between the halves.
    for t in [
        "\"The risk,\" said Jane Roe, a miller who runs the co-op, \"is a dry summer.\"",
        "\"The risk,\" said Jane Roe, who runs the co-op, \"is a dry summer.\"",
    ] {
        check(
            t,
            INTERRUPTED_QUOTE,
            "is a dry summer.",
            Some("Jane Roe"),
            "said",
        );
    }
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
    let t =
        "The new rules, the minister said on Tuesday, would cut waiting times in every hospital.";
    check(
        t,
        INTERRUPTED_CLAUSE,
        "would cut waiting times in every hospital",
        None,
        "said",
    );
    // A bracket that opens the whole sentence is not part of the content.
    let t = "(The ferry, as it turns out, is late again, the harbour master said.)";
    check(
        t,
        CLAUSE_SOURCE_SAID,
        "The ferry, as it turns out, is late again",
        None,
        "said",
    );
    // A verb cue after the interruption is the clause's own verb, not a new attribution.
    let t = "The harbour master, two sailors said, warned the crews to stay in port until dawn.";
    check(
        t,
        INTERRUPTED_CLAUSE,
        "warned the crews to stay in port until dawn",
        None,
        "said",
    );
    // "an inside source": a preposition after an article is an adjective of the source.
    assert_sources(&[(
        "The plan, an inside source said, is to reopen the mill before the winter.",
        "is to reopen the mill before the winter",
        "an inside source",
    )]);
    // A prepositional phrase after the cue hangs on the clause before it.
    let t = "The club is small, but it has a loyal following, said Jane Roe, with games every week and long walks through the hills.";
    check(
        t,
        CLAUSE_SAID_SOURCE,
        "The club is small, but it has a loyal following",
        Some("Jane Roe"),
        "said",
    );
    let t = "Every hospital in the region will have to cut its waiting times, she said, by June.";
    check(
        t,
        CLAUSE_SOURCE_SAID,
        "Every hospital in the region will have to cut its waiting times",
        None,
        "said",
    );
}

#[test]
fn a_colon_quote_cue_ends_before_the_lead_in_break() {
    // Found by the span property test: a line "A:" joined, as a lead-in, to a line whose
    // opening mark the quotation pairing leaves unopened; the colon after that mark is inside
    // the next line, and no cue may reach across the break to it.
    let t = "A:\n\":«''the Units (PU) according to \"the talks failed\" says \" said \"\"\"\" said  said \"";
    for a in crate::extract::extract(t) {
        let cue = a.cue.map_or("", |c| c.of(t));
        assert!(!cue.contains('\n'), "{:?} crosses the break", cue);
    }
    // A lead-in whose quotation opens the next paragraph still has its quotation.
    let t = "A day later, Jane Roe wrote back:\n\n“We have him on our radar.”";
    check(
        t,
        COLON_QUOTE,
        "We have him on our radar.",
        Some("Jane Roe"),
        "wrote back:",
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
    // Not across a new clause ("yelled" is a cue of its own now, so a word that is none).
    let t = "Jane Roe was speaking when a protester bellowed: \"Go home!\"";
    let a = find(t, "Go home!");
    assert_eq!(a.rule, COLON_QUOTE);
    assert_eq!(a.source.map(|s| s.of(t)), Some("a protester"));
    let t = "Jane Roe was speaking when a protester yelled: \"Go home!\"";
    let a = find(t, "Go home!");
    assert_eq!(a.rule, SAID_QUOTE);
    assert_eq!(a.source.map(|s| s.of(t)), Some("a protester"));
    // The quotation may open the next paragraph.
    let t = "In a speech in 1990, the mayor roared:\n\n“This city will rise again.”";
    check(
        t,
        COLON_QUOTE,
        "This city will rise again.",
        None,
        "roared:",
    );
    // With a reporting verb of the lexicon, the verb's own rule takes it across the break.
    let t = "In a speech in 1990, the mayor declared:\n\n“This city will rise again.”";
    check(
        t,
        SAID_QUOTE,
        "This city will rise again.",
        None,
        "declared",
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
    // The speaker, then whom the words were addressed to, or their topic.
    for t in [
        "Jane Roe to Council: Stadium Plan Is Dead",
        "Jane Roe on the Stadium Vote: Stadium Plan Is Dead",
    ] {
        check(
            t,
            HEADLINE_COLON,
            "Stadium Plan Is Dead",
            Some("Jane Roe"),
            ":",
        );
    }
    // A kicker in capitals before a dash is no part of the source; a name may end in a noun
    // for the group or the text that speaks for it; a label word inside a name is the name's.
    for (t, source) in [
        ("EXCLUSIVE – Jane Roe: Stadium Plan Is Dead", "Jane Roe"),
        ("Roe camp: Stadium Plan Is Dead", "Roe camp"),
        (
            "Harbour Herald editorial: Stadium Plan Is Dead",
            "Harbour Herald editorial",
        ),
        ("Civic Watch: Stadium Plan Is Dead", "Civic Watch"),
    ] {
        let a = find(t, "Stadium Plan Is Dead");
        assert_eq!(a.rule, HEADLINE_COLON, "{t:?}");
        assert_eq!(a.source.map(|s| s.of(t)), Some(source), "{t:?}");
    }
    // Labels, counts, contacts and rolls of names are not attributions.
    for t in [
        "Editor's Note: The road reopened at noon.",
        "Live Updates: Floods close the coast road.",
        "Update: The road reopened at noon.",
        "LOOK: Photos Of The Flood Are Going Viral",
        "BUSTED: Emails Show The Council Knew About The Leak",
        "BOOM: Judge Throws Out The Harbour Lawsuit",
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
fn a_headline_colon_covers_the_cues_of_its_claim() {
    // The claim's own cue ("support", "thinks") is part of what the named source says.
    let t = "Jane Roe: I support the harbour plan";
    check(
        t,
        HEADLINE_COLON,
        "I support the harbour plan",
        Some("Jane Roe"),
        ":",
    );
    assert_eq!(extract(t).len(), 1, "{t:?}");
    let t = "John Doe: Mayor thinks the ferry is too slow";
    check(
        t,
        HEADLINE_COLON,
        "Mayor thinks the ferry is too slow",
        Some("John Doe"),
        ":",
    );
    // A name heading a section about its bearer: the claims under it are their own.
    let t = "Jane Roe: Ferries On her website, Senator Roe calls for a new ferry line.";
    let found = extract(t);
    assert!(found.iter().all(|a| a.rule != HEADLINE_COLON), "{found:?}");
}

#[test]
fn a_colon_quote_from_a_named_source_after_a_dash() {
    assert_sources(&[
        (
            "Turnout was the story - More from Jane Roe: “The young voters stayed home.”",
            "The young voters stayed home.",
            "Jane Roe",
        ),
        (
            "From the report: “Most ferries ran late in winter.”",
            "Most ferries ran late in winter.",
            "the report",
        ),
        (
            "Analysts agree - John Doe: “The ferry will not pay for itself.”",
            "The ferry will not pay for itself.",
            "John Doe",
        ),
        // Even when a cue of the headline before the dash drafted something of its own.
        (
            "Surveys predicted the upset - John Doe: “The late deciders broke for the mayor.”",
            "The late deciders broke for the mayor.",
            "John Doe",
        ),
    ]);
}

#[test]
fn quote_tail() {
    let t = example(QUOTE_TAIL);
    check(t, QUOTE_TAIL, "Not again", None, "groaned");
    // A verb outside the lexicon ("continued" and "shouted" are reporting verbs now).
    let t = "Jane Roe said the talks had failed. “We are not done,” she sighed. “Not by far.”";
    check(t, QUOTE_TAIL, "We are not done", Some("Jane Roe"), "sighed");
    check(t, CONTINUATION, "Not by far.", Some("Jane Roe"), "sighed");
    let t = "“Help!” yelled John Doe, a neighbour.";
    check(t, QUOTE_TAIL, "Help!", Some("John Doe"), "yelled");
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
fn as_source_said() {
    let t = "The ferry will stop running in May, as the harbour board reported on Friday.";
    let a = find(t, "The ferry will stop running in May");
    assert_eq!(a.rule, AS_SOURCE_SAID);
    assert_eq!(a.source.map(|s| s.of(t)), Some("the harbour board"));
    let t = "But as Jane Roe told reporters, the vote was never close.";
    check(
        t,
        AS_SOURCE_SAID,
        "the vote was never close",
        Some("Jane Roe"),
        "told",
    );
    let t = "The outcome, as John Doe later explained, was a hung council.";
    check(
        t,
        AS_SOURCE_SAID,
        "was a hung council",
        Some("John Doe"),
        "explained",
    );
    // A clause of time is no attribution: the verb has its own content, or is no verb of
    // saying.
    let t = "The hall went quiet, as Jane Roe explained how the fire had started.";
    let a = find(t, "how the fire had started");
    assert_ne!(a.rule, AS_SOURCE_SAID);
    let t = "\"We won,\" she said, as the crowd applauded.";
    assert!(extract(t).iter().all(|a| a.rule != AS_SOURCE_SAID));
}

#[test]
fn participle_after_and_shares_the_subject_of_the_first() {
    // A quotation inside the first participle's phrase does not end the series.
    let t = "The mayor attacked the council, calling it “corrupt” and saying that it had failed.";
    check(t, PARTICIPLE, "it had failed", None, "saying");
    assert_sources(&[(t, "it had failed", "The mayor")]);
    // After a progressive, "and" joins a participle to the progressive's subject.
    let t = "The senator is touring the state and urging voters to back the new tax.";
    check(t, PARTICIPLE, "voters to back the new tax", None, "urging");
    assert_sources(&[(t, "voters to back the new tax", "The senator")]);
    // An "-ly" adverb may open the first phrase, and a contracted "be" makes a progressive.
    let t = "The mayor attacked the council, openly mocking it as a “club” and calling the \
             chairman a liar.";
    assert_sources(&[(t, "the chairman a liar", "The mayor")]);
    let t = "The mayor spoke in Ohio. She's also touring the state and urging voters to back \
             the tax.";
    check(t, PARTICIPLE, "voters to back the tax", None, "urging");
    // Not after a gerund that is the object of a preposition.
    let t = "The senator is tired of touring the state and urging voters to back the tax.";
    assert!(extract(t).iter().all(|a| a.rule != PARTICIPLE));
}

#[test]
fn participle_after_a_preposition() {
    let t = "The minister answered the critics by saying the budget was fair.";
    check(t, PARTICIPLE, "the budget was fair", None, "saying");
    assert_eq!(
        find(t, "the budget was fair").source.map(|s| s.of(t)),
        Some("The minister")
    );
    let t = "The coach was booed upon saying the team had played well.";
    check(t, PARTICIPLE, "the team had played well", None, "saying");
    // A verb that takes a clause hangs on its clause even when the clause has a cue of its
    // own ("vowed to C ... while suggesting C").
    let t = "The mayor vowed to cut fares while suggesting that the tram should close.";
    assert_eq!(
        find(t, "the tram should close").source.map(|s| s.of(t)),
        Some("The mayor")
    );
    // Any participle after "by" or "while" when the clause has no cue of its own; not after
    // a time phrase that opens the sentence.
    let t = "The senator won the seat in 2010 by denouncing the new tax.";
    check(t, PARTICIPLE, "the new tax", None, "denouncing");
    let t = "One month after announcing his bid, John Doe quit.";
    assert!(extract(t).iter().all(|a| a.rule != PARTICIPLE));
    // A participle of telling hangs on its clause too, and "her" before a clause is its
    // addressee, not a possessive.
    let t = "Jane Roe calmed the fans by telling her staff the team would stay.";
    check(
        t,
        PARTICIPLE,
        "the team would stay",
        Some("Jane Roe"),
        "telling",
    );
    let t = "Jane Roe rang the mayor, telling her that the bridge was unsafe.";
    check(
        t,
        PARTICIPLE,
        "the bridge was unsafe",
        Some("Jane Roe"),
        "telling",
    );
    // "at one point" may stand before or after the participle.
    let t = "Jane Roe fought the council, at one point calling the mayor a \"liar.\"";
    check(
        t,
        PARTICIPLE,
        "the mayor a \"liar.\"",
        Some("Jane Roe"),
        "calling",
    );
    let t = "Jane Roe mocked the plan, saying at one point, \"The answer is to wait.\"";
    check(
        t,
        PARTICIPLE,
        "The answer is to wait.",
        Some("Jane Roe"),
        "saying",
    );
    // A time adverb without a comma may stand before the clause's subject.
    let t = "Then she turned to the budget, saying the cuts were too deep.";
    check(t, PARTICIPLE, "the cuts were too deep", None, "saying");
    assert_eq!(
        find(t, "the cuts were too deep").source.map(|s| s.of(t)),
        Some("she")
    );
    // A second participle joined by "and" to one after a comma hangs on the same clause.
    let t = "Jane Roe defended the budget, praising its authors and warning that cuts would hurt.";
    check(
        t,
        PARTICIPLE,
        "cuts would hurt",
        Some("Jane Roe"),
        "warning",
    );
    // A comma that closes a quotation ends the clause as a comma outside it would.
    let t = "Jane Roe defended her \"tough love,\" saying the rules kept pupils safe.";
    check(
        t,
        PARTICIPLE,
        "the rules kept pupils safe",
        Some("Jane Roe"),
        "saying",
    );
    // A verb of position after "by" is left to the clause's own cue.
    let t = "The mayor defended the plan by citing a survey of residents.";
    assert!(extract(t).iter().all(|a| a.rule != PARTICIPLE));
}

#[test]
fn sources_with_a_participle_or_a_description() {
    let t = "\"Not again,\" wrote a reader calling herself Blue Heron.";
    let a = find(t, "Not again");
    assert_eq!(a.rule, QUOTE_SAID_SOURCE);
    assert_eq!(a.source.map(|s| s.of(t)), Some("a reader"));
    let t = "The ferry will not run, Jane Roe, the head of the port, wrote in a memo.";
    check(
        t,
        CLAUSE_SOURCE_SAID,
        "The ferry will not run",
        Some("Jane Roe"),
        "wrote",
    );
    // A time phrase in "-ing" is no participle: the source is the subject before the cue.
    let t = "Jane Roe, a member of the board, said Tuesday morning that the vote would be held.";
    check(
        t,
        SAID_THAT,
        "the vote would be held",
        Some("Jane Roe"),
        "said",
    );
}

#[test]
fn according_to_a_long_or_modified_source() {
    let t = "According to early results of a survey carried out for the county council by a polling firm, most residents want the library kept open.";
    let a = find(t, "most residents want the library kept open");
    assert_eq!(a.rule, ACCORDING_TO_FIRST);
    assert_eq!(
        a.source.map(|s| s.of(t)),
        Some("early results of a survey carried out for the county council by a polling firm")
    );
    let t = "According to state law, no shop may open before noon on Sunday.";
    let a = find(t, "no shop may open before noon on Sunday");
    assert_eq!(a.source.map(|s| s.of(t)), Some("state law"));
    let t = "According to the recently published staff handbook, no one may work past midnight.";
    let a = find(t, "no one may work past midnight");
    assert_eq!(
        a.source.map(|s| s.of(t)),
        Some("the recently published staff handbook")
    );
}

#[test]
fn a_noun_like_verb_form_is_a_cue_only_before_a_marked_clause() {
    // "states" as a noun: no cue, and no attribution made of it.
    let t = "Voters in the four states turned out in large numbers.";
    assert!(extract(t).is_empty());
    let t = "The charter states that the mayor serves four years.";
    find(t, "the mayor serves four years");
}

#[test]
fn quote_then_source_sentence() {
    // The quotation is taken back from the previous speaker.
    let t = "\"We will fight,\" said Jane Roe. \"We will win.\" John Doe said.";
    check(
        t,
        QUOTE_THEN_SOURCE,
        "We will win.",
        Some("John Doe"),
        "said",
    );
    // A sentence with content of its own claims nothing.
    let t =
        "\"We will fight,\" said Jane Roe. \"We will win.\" John Doe said, twice, that he agreed.";
    assert_eq!(find(t, "We will win.").rule, CONTINUATION);
}

#[test]
fn that_before_a_time_word_is_no_complementiser() {
    let t = "\"We have only begun,\" she said in her speech that night.";
    check(t, QUOTE_SOURCE_SAID, "We have only begun", None, "said");
    assert!(extract(t).iter().all(|a| a.content.of(t) != "night"));
}

#[test]
fn content_in_an_opening_adverbial_clause_ends_at_its_comma() {
    let t = "While only a few residents said they were undecided, most said they would vote against it.";
    check(t, SAID_THAT, "they were undecided", None, "said");
    check(t, SAID_THAT, "they would vote against it", None, "said");
    // Not in an adverbial clause: the content keeps its commas.
    let t = "Jane Roe said the plan, which is costly, would pass.";
    find(t, "the plan, which is costly, would pass");
}

#[test]
fn noun_then_participle() {
    let t = "Views differ, 30 percent of voters saying it goes too far.";
    let a = find(t, "it goes too far");
    assert_eq!(a.source.map(|s| s.of(t)), Some("30 percent of voters"));
    // An object before the participle, or an object after it: no source of its own.
    let t = "The senator emailed supporters saying the race was close.";
    assert!(extract(t).iter().all(|a| a.rule != NOUN_PARTICIPLE));
    let t = "The man saying goodbye left early.";
    assert!(extract(t).is_empty());
    // A dash joins a participle to its clause as a comma does.
    let t = "Jane Roe changed her mind on the spot – saying she would back the home team.";
    check(
        t,
        PARTICIPLE,
        "she would back the home team",
        Some("Jane Roe"),
        "saying",
    );
}

#[test]
fn according_to_last_after_a_quotation_or_in_a_bracket() {
    let t = "\"The bridge is safe,\" according to the city engineer.";
    let a = find(t, "The bridge is safe");
    assert_eq!(a.rule, ACCORDING_TO_LAST);
    let t = "Prices rose (the real rise is closer to 5 percent, according to the bank).";
    let a = find(t, "the real rise is closer to 5 percent");
    assert_eq!(a.source.map(|s| s.of(t)), Some("the bank"));
    // A quotation ending the clause holds the comma, and stays in the content.
    let t = "The bridge was \"safe for now,\" according to the city engineer.";
    let a = find(t, "The bridge was \"safe for now,\"");
    assert_eq!(a.rule, ACCORDING_TO_LAST);
}

#[test]
fn according_to_last_takes_the_last_clause() {
    // A second clause with its own subject, or a relative clause, is what the source reports.
    for (t, content) in [
        (
            "The law bans reckless driving, and the mayor broke it, according to the police.",
            "the mayor broke it",
        ),
        (
            "The gap grew to 200 delegates, which is a record, according to the party.",
            "which is a record",
        ),
        // A second verb of the same subject keeps the whole clause.
        (
            "The team is led by two strategists, and includes help from a data firm, according to the party.",
            "The team is led by two strategists, and includes help from a data firm",
        ),
    ] {
        let a = find(t, content);
        assert_eq!(a.rule, ACCORDING_TO_LAST, "{t}");
    }
}

#[test]
fn according_to_without_a_comma() {
    let t = example(ACCORDING_TO_UNMARKED);
    let a = find(t, "Turnout fell by a fifth");
    assert_eq!(a.rule, ACCORDING_TO_UNMARKED);
    let t = "Sales rose by a tenth according to the trade body, but prices fell.";
    let a = find(t, "Sales rose by a tenth");
    assert_eq!(a.source.map(|s| s.of(t)), Some("the trade body"));
    // After a colon, "according to S, C" opens a clause of its own.
    let t = "It has not gone unnoticed: according to recent surveys, rents rose by a third.";
    let a = find(t, "rents rose by a third");
    assert_eq!(a.rule, ACCORDING_TO_FIRST);
    // "according to plan" is a manner, not a source.
    assert!(extract("The launch went ahead according to plan.").is_empty());
}

#[test]
fn quote_then_a_pair_of_descriptions() {
    let t = "\"The port is safe,\" the harbour master and port spokesman told reporters.";
    let a = find(t, "The port is safe");
    assert_eq!(a.rule, QUOTE_SOURCE_SAID);
    assert_eq!(
        a.source.map(|s| s.of(t)),
        Some("the harbour master and port spokesman")
    );
}

#[test]
fn told_to_is_a_demand() {
    for (text, content) in [
        (
            "The coach told his players to stay off the ice.",
            "his players to stay off the ice",
        ),
        ("She told me not to worry.", "me not to worry"),
    ] {
        let a = find(text, content);
        assert_eq!(a.stance, Stance::Demand, "{text}");
    }
    // A told clause stays an assertion.
    let t = "The coach told reporters the game would go ahead.";
    assert_eq!(find(t, "the game would go ahead").stance, Stance::Assert);
}

#[test]
fn colon_quote_after_an_aside() {
    assert_sources(&[
        (
            "Or, as Jane Roe, a former mayor, put it: \"The bridge is finished.\"",
            "The bridge is finished.",
            "Jane Roe, a former mayor",
        ),
        (
            "Roe, who chaired the panel, interjected to say: \"Both were wrong.\"",
            "Both were wrong.",
            "Roe",
        ),
    ]);
    assert_eq!(
        find(
            "Roe, exasperated, famously responded: \"Does it matter?\"",
            "Does it matter?"
        )
        .rule,
        COLON_QUOTE
    );
}

#[test]
fn what_a_sign_or_an_email_reads() {
    let t = "\"Save our library,\" the banner read.";
    let a = find(t, "Save our library");
    assert_eq!(a.source.map(|s| s.of(t)), Some("the banner"));
    assert_eq!(a.cue.map(|c| c.of(t)), Some("read"));
    let t = "\"We can still win,\" reads the email.";
    let a = find(t, "We can still win");
    assert_eq!(a.source.map(|s| s.of(t)), Some("the email"));
    // Reading a book is no attribution.
    assert!(extract("She read the report on the train.").is_empty());
}

#[test]
fn a_paper_quoting_someone_as_saying() {
    let t = "The paper quoted a council official as saying the bridge would reopen in May.";
    let a = find(
        t,
        "a council official as saying the bridge would reopen in May",
    );
    assert_eq!(a.source.map(|s| s.of(t)), Some("The paper"));
    assert_eq!(a.cue.map(|c| c.of(t)), Some("quoted"));
    // Quoting a text is no attribution of what follows.
    assert!(extract("He quoted Lincoln at length.").is_empty());
}

#[test]
fn a_participle_of_saying_opens_the_sentence() {
    // After a preposition too; the main clause's subject is not widened over its verb.
    let t = "After saying the bridge was safe, the city engineer reopened it.";
    let a = find(t, "the bridge was safe");
    assert_eq!(a.rule, OPENING_PARTICIPLE);
    assert_eq!(a.source.map(|s| s.of(t)), Some("the city engineer"));
    // A participle of another verb opening the sentence is no attribution of its own.
    let t = "Walking to the car, Jane Roe said nothing.";
    assert!(extract(t).iter().all(|a| a.rule != OPENING_PARTICIPLE));
}

#[test]
fn continuation_with_a_short_tail() {
    let t = "\"We are in good shape,\" said Jane Roe, an adviser. \"We could win the next three states,\" which vote in June.";
    let a = find(t, "We could win the next three states");
    assert_eq!(a.rule, CONTINUATION);
    assert_eq!(a.speaker.as_deref(), Some("Jane Roe"));
    // A tail longer than the quotation is the writer's sentence, not a continuation.
    let t = "\"We are in good shape,\" said Jane Roe. \"Fine\" was the word the council used in its letter to every parent in the city.";
    assert!(extract(t).iter().all(|a| a.rule != CONTINUATION));
}

#[test]
fn interrupted_quote_after_said_of() {
    let t = "\"I have no idea,\" he said of the vote, \"but I think it is over.\"";
    assert_eq!(find(t, "but I think it is over.").rule, INTERRUPTED_QUOTE);
}

#[test]
fn an_aside_between_the_cue_and_a_pronoun_subject() {
    let t = "Jane Roe says, win or lose in the primary, she is staying in the race.";
    assert_eq!(
        find(t, "win or lose in the primary, she is staying in the race")
            .speaker
            .as_deref(),
        Some("Jane Roe")
    );
    // A longer aside, and a pronoun with its verb contracted.
    let t = "Jane Roe says, win or lose in the crucial Utopia primary next week, she's staying.";
    find(
        t,
        "win or lose in the crucial Utopia primary next week, she's staying",
    );
}

#[test]
fn an_elided_year_and_a_possessive_plural_in_an_adjunct_before_that() {
    let t = "Jane Roe said in ’08 that the bridge was safe.";
    check(
        t,
        SAID_THAT,
        "the bridge was safe",
        Some("Jane Roe"),
        "said",
    );
    let t = "Jane Roe said in ‘08 that the bridge was safe.";
    check(
        t,
        SAID_THAT,
        "the bridge was safe",
        Some("Jane Roe"),
        "said",
    );
    let t = "The union wrote to the mayors’ office that it had no permit.";
    find(t, "it had no permit");
}

#[test]
fn a_claim_in_an_opening_adverbial_clause_ends_at_its_comma() {
    let t = "After the mayor said the plan had failed, Jane Roe said the council would vote again.";
    assert_eq!(find(t, "the plan had failed").rule, SAID_THAT);
    assert_eq!(
        find(t, "the council would vote again").speaker.as_deref(),
        Some("Jane Roe")
    );
    let t = "When critics said the bridge was unsafe, the council closed it.";
    find(t, "the bridge was unsafe");
}

#[test]
fn an_aside_ending_in_a_quotation_before_the_cue() {
    let t = "Jane Roe, citing \"the magic of the place,\" said the town could win the prize.";
    assert_eq!(
        find(t, "the town could win the prize").speaker.as_deref(),
        Some("Jane Roe")
    );
    assert_eq!(find(t, "the magic of the place").rule, PARTICIPLE);
}

#[test]
fn an_indefinite_article_after_a_named_addressee_opens_the_clause() {
    let t = "Jane Roe told host Tom Vance a recount was \"increasingly likely.\"";
    assert_eq!(
        find(t, "a recount was \"increasingly likely.\"")
            .speaker
            .as_deref(),
        Some("Jane Roe")
    );
}

#[test]
fn what_a_telling_verb_tells() {
    for (t, content) in [
        ("The coach told a different tale.", "a different tale"),
        (
            "She told the crowd a joke about the weather.",
            "a joke about the weather",
        ),
        (
            "His sister told stories of how the team had won.",
            "stories of how the team had won",
        ),
    ] {
        assert_eq!(find(t, content).rule, TOLD_THAT, "{t}");
    }
}

#[test]
fn an_inverted_cue_at_the_end_of_the_text_reads_no_token_past_it() {
    // Found by the property test: the look-ahead for "said retired surgeon Jane Roe" ran past
    // the last token.
    for t in [
        "«\" said  claimed ",
        "\"Yes,\" said retired",
        "He called the",
    ] {
        extract(t);
    }
}

#[test]
fn the_horizontal_bar_is_a_dash() {
    // U+2015, the quotation dash, which some outlets set for every dash.
    assert_sources(&[
        (
            "“The library should stay open late.” \u{2015} Jane Roe, 34, Tucson",
            "The library should stay open late.",
            "Jane Roe, 34, Tucson",
        ),
        (
            "Party leaders \u{2015} whose unity was once famous \u{2015} both said the plan was fair.",
            "the plan was fair",
            "Party leaders",
        ),
    ]);
}
