//! Subjects across parentheticals, datelines, adjuncts and appositions.

use super::*;

#[test]
fn subject_across_a_parenthetical() {
    let t =
        "Jane Roe, dean of the law school at the University of Utopia, said the ruling was narrow.";
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
    // So does one whose source runs on past the phrase scan, to the comma closing the aside
    // (the source span leaves out the time words, as elsewhere).
    let t = "The harbour fund receives, according to one report by the auditors at the time, \
             most of its money from ferry fares.";
    let a = find(t, "most of its money from ferry fares");
    assert_eq!(a.rule, INTERRUPTED_CLAUSE);
    assert_eq!(
        a.source.map(|s| s.of(t)),
        Some("one report by the auditors")
    );
    let t = "Missing from the meeting, according to members who spoke to reporters later, was \
             any talk of the ferry strike.";
    let a = find(t, "was any talk of the ferry strike");
    assert_eq!(a.rule, INTERRUPTED_CLAUSE);
    assert_eq!(
        a.source.map(|s| s.of(t)),
        Some("members who spoke to reporters")
    );
    // A description in apposition to a named source is the source's, not the content's.
    let t = "According to Jane Roe, the mayor's chief of staff, the city has bought two ferries.";
    let a = find(t, "the city has bought two ferries");
    assert_eq!(a.rule, ACCORDING_TO_FIRST);
    assert_eq!(
        a.source.map(|s| s.of(t)),
        Some("Jane Roe, the mayor's chief of staff")
    );
    let t = "The root of the delay, according to John Doe, a former harbour master, was a \
             decision to sell the tugs.";
    let a = find(t, "was a decision to sell the tugs");
    assert_eq!(
        a.source.map(|s| s.of(t)),
        Some("John Doe, a former harbour master")
    );
    // A clause after the comma is the content.
    let t = "According to Jane Roe, the old ferry was sold last year.";
    find(t, "the old ferry was sold last year");
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
    let t =
        "SALEM, May 3 (Wire) - Mayor Jane Roe opened the bridge, saying it would last a century.";
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
    let t = "Jane Roe pitched the plan as a way to cut costs, noting that it had worked before.";
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
fn inverted_source_with_post_modifier() {
    // The source after an inverted "said" runs over "to", "close to", "familiar with" and
    // "involved in": the quotation is the aide's, and an aide does not speak for the person.
    for (text, source) in [
        (
            "\"We tried another road,\" said a former aide to Governor Jane Roe.",
            "a former aide to Governor Jane Roe",
        ),
        (
            "\"It was never on the table,\" said one official familiar with the talks.",
            "one official familiar with the talks",
        ),
        (
            "The budget has been \"a headache,\" said a source close to the council.",
            "a source close to the council",
        ),
        (
            "\"Money is not the problem,\" said one donor involved in the planning.",
            "one donor involved in the planning",
        ),
        (
            "\"Money is not the problem,\" said retired banker Jane Roe.",
            "retired banker Jane Roe",
        ),
    ] {
        let a = &extract(text)[0];
        assert_eq!(a.source.map(|s| s.of(text)), Some(source), "{text}");
        if !text.contains("Jane Roe") {
            assert_eq!(a.speaker, None, "{text}");
            assert_eq!(a.source_kind, SourceKind::Anonymous, "{text}");
        }
    }
}

#[test]
fn subjects_and_contents_across_asides() {
    assert_sources(&[
        // A name and its apposition before "said" are the subject, not a content.
        (
            "Gov. Jane Roe of Utopia, a lawyer who has refused to endorse the mayor, said the family deserved better.",
            "the family deserved better",
            "Gov. Jane Roe of Utopia, a lawyer who has refused to endorse the mayor",
        ),
        (
            "Jane Roe, 52, said the bridge would reopen.",
            "the bridge would reopen",
            "Jane Roe, 52",
        ),
        // A time phrase after the bracketed party tag.
        (
            "Sen. Jane Roe (D-Utopia) last week said the memo was not hers.",
            "the memo was not hers",
            "Sen. Jane Roe (D-Utopia)",
        ),
        // An aside between the cue and its "that".
        (
            "Jane Roe said on the radio, where she now works, that the council should resign.",
            "the council should resign",
            "Jane Roe",
        ),
        (
            "Tom Vance said — on a podcast, of all places — that he would run again.",
            "he would run again",
            "Tom Vance",
        ),
        // A bare surname before a relative clause is underlined alone; a fuller mention
        // keeps the clause.
        (
            "Roe, who chairs the panel, said the vote would go ahead.",
            "the vote would go ahead",
            "Roe",
        ),
        (
            "Jane Roe, who chairs the panel, said the vote would go ahead.",
            "the vote would go ahead",
            "Jane Roe, who chairs the panel",
        ),
    ]);
}

#[test]
fn wire_copy_variants() {
    let t = "Two people familiar with the matter told Reuters the bank was considering a change.";
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
fn adverbs_between_subject_and_cue() {
    let t = "The ferry company itself said the crossing was safe.";
    check(
        t,
        SAID_THAT,
        "the crossing was safe",
        Some("ferry company"),
        "said",
    );
    let t = "Jane Roe angrily said the vote had been rigged.";
    check(
        t,
        SAID_THAT,
        "the vote had been rigged",
        Some("Jane Roe"),
        "said",
    );
    let t = "John Doe now says he never signed the letter.";
    check(
        t,
        SAID_THAT,
        "he never signed the letter",
        Some("John Doe"),
        "says",
    );
    let t = "The organiser of the rally said the march would go ahead.";
    let a = find(t, "the march would go ahead");
    assert_eq!(
        a.source.map(|s| s.of(t)),
        Some("The organiser of the rally")
    );
}

#[test]
fn clause_after_a_short_phrase() {
    let t = "Jane Roe said in her experience it takes years to build trust.";
    check(
        t,
        SAID_THAT,
        "it takes years to build trust",
        Some("Jane Roe"),
        "said",
    );
    let t = "The council said about half of the budget would go to schools.";
    find(t, "about half of the budget would go to schools");
    // A prepositional phrase with no pronoun after it is no clause.
    let t = "Jane Roe said in a letter to the board.";
    assert!(extract(t).is_empty());
}

#[test]
fn a_clause_subject_after_the_cue_is_no_inverted_source() {
    let t = "John Doe, a nurse from the north, said the queue at the clinic was getting longer.";
    check(
        t,
        SAID_THAT,
        "the queue at the clinic was getting longer",
        Some("John Doe"),
        "said",
    );
    // An inverted source with its adjunct still is one.
    let t = "The roads are closed, said Jane Roe at the town hall.";
    check(
        t,
        CLAUSE_SAID_SOURCE,
        "The roads are closed",
        Some("Jane Roe"),
        "said",
    );
}

#[test]
fn an_adverb_after_a_description_is_not_in_the_mention() {
    let t = "Jane Roe, a lawyer for the family, later said the ruling would be appealed.";
    let a = find(t, "the ruling would be appealed");
    assert_eq!(
        a.source.map(|s| s.of(t)),
        Some("Jane Roe, a lawyer for the family")
    );
    assert_eq!(a.speaker.as_deref(), Some("Jane Roe"));
}

#[test]
fn a_marked_clause_verb_takes_a_bare_clause_with_a_pronoun_subject() {
    let t = "Jane Roe noted she had voted against the plan twice.";
    check(
        t,
        SAID_THAT,
        "she had voted against the plan twice",
        Some("Jane Roe"),
        "noted",
    );
    // A noun phrase after it is still no content.
    let t = "Jane Roe wrote a letter to the council.";
    assert!(extract(t).is_empty());
}

#[test]
fn content_first_with_a_role_and_name_or_a_pair() {
    let t = "The ferry will run on Sunday, its owner, Jane Roe, told the Ledger.";
    check(
        t,
        CLAUSE_SOURCE_SAID,
        "The ferry will run on Sunday",
        Some("Jane Roe"),
        "told",
    );
    let t = "The union is strong in the north, teachers and union officials said.";
    let a = find(t, "The union is strong in the north");
    assert_eq!(a.rule, CLAUSE_SOURCE_SAID);
    assert_eq!(
        a.source.map(|s| s.of(t)),
        Some("teachers and union officials")
    );
}

#[test]
fn told_a_pronoun_then_a_clause() {
    let t = "Jane Roe told them John Doe would not run again.";
    check(
        t,
        TOLD_THAT,
        "John Doe would not run again",
        Some("Jane Roe"),
        "told",
    );
    // "told them the truth" keeps its object out.
    assert!(extract("Jane Roe told them the truth.").is_empty());
}

#[test]
fn a_marked_clause_verb_takes_a_gerund() {
    let t = "The campaign reported raising $9 million in March.";
    find(t, "raising $9 million in March");
    // A name before "to be" or an auxiliary opens a clause after such a verb, as a pronoun
    // does.
    let t = "The returning officer declared Jane Roe had won the seat.";
    check(t, SAID_THAT, "Jane Roe had won the seat", None, "declared");
    let t = "Jane Roe stressed the harbour would reopen in May.";
    check(
        t,
        SAID_THAT,
        "the harbour would reopen in May",
        Some("Jane Roe"),
        "stressed",
    );
    // A noun in "-ing" is no gerund: after "reported" it is nothing; after "noted" it is a
    // noun-phrase object (rule reported-object), not a clause.
    assert!(extract("Jane Roe reported the meeting.").is_empty());
    check(
        "Jane Roe noted the meeting.",
        REPORTED_OBJECT,
        "the meeting",
        Some("Jane Roe"),
        "noted",
    );
}

#[test]
fn continuing_an_action_is_no_report() {
    assert!(extract("The rebels continued shelling the city.").is_empty());
}

#[test]
fn a_percentage_is_a_subject() {
    let t = "On taxes, 42% said they wanted cuts.";
    let a = find(t, "they wanted cuts");
    assert_eq!(a.source.map(|s| s.of(t)), Some("42%"));
}

#[test]
fn told_an_addressee_with_plain_modifiers_before_that() {
    let t = "Jane Roe is telling a packed crowd in snowy Dover on the last campaign day that she will win.";
    check(t, TOLD_THAT, "she will win", Some("Jane Roe"), "is telling");
    // A contracted subject pronoun opens the clause after "that" too.
    let t = "Jane Roe told the paper last fall that she'd wait for the vote.";
    check(
        t,
        TOLD_THAT,
        "she'd wait for the vote",
        Some("Jane Roe"),
        "told",
    );
}

#[test]
fn wrote_to_an_addressee_and_a_capitalised_modal_as_name() {
    let t = "Jane Roe wrote to her followers, \"It is time to go home.\"";
    check(
        t,
        SAID_QUOTE,
        "It is time to go home.",
        Some("Jane Roe"),
        "wrote",
    );
    let t = "John Doe wrote in both letters he was sorry.";
    check(t, SAID_THAT, "he was sorry", Some("John Doe"), "wrote");
    // "Will" inside a sentence is a name, not the cue's auxiliary.
    let t = "The council, Will wrote, should resign.";
    let a = find(t, "should resign");
    assert_eq!(a.cue.map(|c| c.of(t)), Some("wrote"));
    assert_eq!(a.source.map(|s| s.of(t)), Some("Will"));
}

#[test]
fn subjects_after_time_phrases_titles_and_dashed_asides() {
    let t =
        "Sunday on the network's \"Morning Show,\" Mayor Jane Roe said the bridge would reopen.";
    check(
        t,
        SAID_THAT,
        "the bridge would reopen",
        Some("Jane Roe"),
        "said",
    );
    let t = "And on Tuesday, John Doe, chairman of the port board, said that fees would rise.";
    check(t, SAID_THAT, "fees would rise", Some("John Doe"), "said");
    // The aside is part of the mention as written (PolNeAR underlines it with the subject).
    let t = "Many people at the vigil — including nurses and teachers — said the loss was hard.";
    let a = find(t, "the loss was hard");
    assert_eq!(
        a.source.map(|s| s.of(t)),
        Some("Many people at the vigil — including nurses and teachers")
    );
}

#[test]
fn a_topic_after_warned_or_complained() {
    let t = "Jane Roe warned of a long and costly strike.";
    check(
        t,
        SAID_THAT,
        "a long and costly strike",
        Some("Jane Roe"),
        "warned",
    );
    let t = "John Doe complained about the delays, then left.";
    check(t, SAID_THAT, "the delays", Some("John Doe"), "complained");
}

#[test]
fn a_name_and_its_description_before_said_are_the_subject() {
    let t = "Jane Roe, associate professor of history at the state university, said voters had moved on.";
    assert_eq!(
        find(t, "voters had moved on").speaker.as_deref(),
        Some("Jane Roe")
    );
}

#[test]
fn subjects_past_time_phrases_and_joined_modifiers() {
    assert_sources(&[
        // A contact clause ending in a time phrase is part of its subject.
        (
            "Even so, few of the ferry pilots we interviewed this month thought the bridge would open.",
            "the bridge would open",
            "few of the ferry pilots we interviewed this month",
        ),
        (
            "Most growers I have talked to over the past few days said the harvest came early.",
            "the harvest came early",
            "Most growers I have talked to over the past few days",
        ),
        // A span of time before "later" opens the clause; the subject follows it.
        (
            "Two days later she changed course and said the plan was dead.",
            "the plan was dead",
            "she",
        ),
        // A two-word sentence adverb between the subject and its cue.
        (
            "A trio of groups have in fact reported spending $5,000 on the race.",
            "spending $5,000 on the race",
            "A trio of groups",
        ),
        // Two prepositional phrases joined by "and" hang on the same noun.
        (
            "Current and former officials in the agency and at the ministry have said investigators are looking at the files.",
            "investigators are looking at the files",
            "Current and former officials in the agency and at the ministry",
        ),
        // A participle after a clause with its own subject repeats that subject, not the
        // source of a cue in an earlier clause.
        (
            "Critics say the fees are too high, and the union has sued the city, saying the rules break the law.",
            "the rules break the law",
            "the union",
        ),
    ]);
}
