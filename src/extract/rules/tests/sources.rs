//! Source phrases and their resolution: names, pronouns, lists, descriptions.

use super::*;

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
    let t = "US President Joe Biden flew to Kyiv on Monday. Biden said the visit showed support.";
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
fn mention_with_description() {
    let t = example(MENTION_WITH_DESCRIPTION);
    let a = find(t, "the eviction notices were unlawful");
    assert_eq!(
        a.source.map(|s| s.of(t)),
        Some("Maria Okafor, a lawyer for the tenants' association")
    );
    assert_eq!(a.speaker.as_deref(), Some("Maria Okafor"));
    let t = "The plan failed, according to a yearly Gallup poll.";
    assert_eq!(
        find(t, "The plan failed").source.map(|s| s.of(t)),
        Some("a yearly Gallup poll")
    );
    let t = "The plan failed, according to a new CNN/ORC poll.";
    assert_eq!(
        find(t, "The plan failed").source.map(|s| s.of(t)),
        Some("a new CNN/ORC poll")
    );
    let t = "The plan failed, according to the congressional report at the time.";
    assert_eq!(
        find(t, "The plan failed").source.map(|s| s.of(t)),
        Some("the congressional report")
    );
    let t = "The plan will fail, said Tom Vance, who chairs the budget panel.";
    assert_eq!(
        find(t, "The plan will fail").source.map(|s| s.of(t)),
        Some("Tom Vance, who chairs the budget panel")
    );
}

#[test]
fn pronoun_is_whole_phrase() {
    let t = example(PRONOUN_IS_WHOLE_PHRASE);
    let a = find(t, "the price was far too low");
    assert_eq!(a.source.map(|s| s.of(t)), Some("He"));
    let t = "Jane Roe spoke first. Late on Tuesday she said the vote was lost.";
    let a = find(t, "the vote was lost");
    assert_eq!(a.source.map(|s| s.of(t)), Some("she"));
    assert_eq!(a.speaker.as_deref(), Some("Jane Roe"));
    let t = "Tom Vance didn't say whether he would run.";
    let a = find(t, "whether he would run");
    assert_eq!(a.source.map(|s| s.of(t)), Some("Tom Vance"));
}

#[test]
fn source_list() {
    let t = example(SOURCE_LIST);
    let a = find(t, "the new shift rota was unsafe");
    assert_eq!(
        a.source.map(|s| s.of(t)),
        Some("hospital director Amara Diallo and union leader Pete Quinn")
    );
    assert_eq!(a.speaker.as_deref(), Some("Amara Diallo"));
    let t = "Roe, Vance and Okafor say the debate was unfair.";
    let a = find(t, "the debate was unfair");
    assert_eq!(a.source.map(|s| s.of(t)), Some("Roe, Vance and Okafor"));
    assert_eq!(a.speaker.as_deref(), Some("Roe"));
    // "met Roe and Vance": the object of another verb is not part of the source.
    let t = "Police met Roe and Vance said the talks went well.";
    let a = find(t, "the talks went well");
    assert_eq!(a.source.map(|s| s.of(t)), Some("Vance"));
}

#[test]
fn name_after_modifier() {
    let t = example(NAME_AFTER_MODIFIER);
    let a = find(t, "inflation would ease by summer");
    assert_eq!(a.speaker.as_deref(), Some("Ngozi Adeyemi"));
    for (t, content, name) in [
        (
            "Vancouver's Jane Roe said the ferry would run late.",
            "the ferry would run late",
            "Jane Roe",
        ),
        (
            "\"We won,\" said Moscow-backed Ivan Petrov.",
            "We won",
            "Ivan Petrov",
        ),
    ] {
        let a = find(t, content);
        assert_eq!(a.speaker.as_deref(), Some(name), "{t}");
        assert_eq!(a.source_kind, SourceKind::Named);
    }
}

#[test]
fn pronoun_to_last_named_person() {
    let t = example(PRONOUN_TO_LAST_NAMED);
    let a = find(t, "the structure could not be saved");
    assert_eq!(a.speaker.as_deref(), Some("Jane Roe"));
    assert_eq!(a.source_kind, SourceKind::Named);
    // A gender already known rules a person out; an organisation is never "he".
    let t = "The plan was drawn up by Tom Vance and Ms. Jane Roe.\n\nHe said the deal was fair.";
    assert_eq!(
        find(t, "the deal was fair").speaker.as_deref(),
        Some("Tom Vance")
    );
    // A name earlier in the same sentence counts too.
    let t = "Jane Roe isn't worried about the polls; in fact, she said the race had barely begun.";
    assert_eq!(
        find(t, "the race had barely begun").speaker.as_deref(),
        Some("Jane Roe")
    );
    // With nobody named before, "she" stays an unnamed person.
    let t = "The report was late.\n\nShe said the deal was fair.";
    assert_eq!(
        find(t, "the deal was fair").source_kind,
        SourceKind::Anonymous
    );
}

#[test]
fn subject_with_modifiers() {
    let t = example(SUBJECT_WITH_MODIFIERS);
    let a = find(t, "the new tariff would ruin them");
    assert_eq!(
        a.source.map(|s| s.of(t)),
        Some("Some farmers at the market in Dijon")
    );
    assert_eq!(a.source_kind, SourceKind::Vague);
    assert_eq!(a.speaker, None);
    let t = "Nearly 52 percent of registered voters say the economy is weak.";
    let a = find(t, "the economy is weak");
    assert_eq!(
        a.source.map(|s| s.of(t)),
        Some("Nearly 52 percent of registered voters")
    );
    for (t, source) in [
        (
            "Jane Roe at the time said the economy was weak.",
            "Jane Roe",
        ),
        (
            "About one in five say the economy was weak.",
            "About one in five",
        ),
        ("Roberts’ aides say the economy was weak.", "Roberts’ aides"),
        (
            "A court filing released Thursday says the economy was weak.",
            "A court filing released Thursday",
        ),
        // A reduced relative "-ing" participle with its object hangs on the subject.
        (
            "Shop owners supporting the plan say the economy was weak.",
            "Shop owners supporting the plan",
        ),
        (
            "Farmers selling at the market say the economy was weak.",
            "Farmers selling at the market",
        ),
    ] {
        let a = find(t, "the economy was weak");
        assert_eq!(a.source.map(|s| s.of(t)), Some(source), "{t}");
    }
}

#[test]
fn verb_after_name() {
    let t = example(VERB_AFTER_NAME);
    let a = find(t, "the budget could absorb the cost");
    assert_eq!(a.source.map(|s| s.of(t)), Some("Mayor Jane Roe"));
    assert_eq!(a.speaker.as_deref(), Some("Jane Roe"));
    let t = "Labour leader Keir Starmer said the budget was a gamble.";
    let a = find(t, "the budget was a gamble");
    assert_eq!(
        a.source.map(|s| s.of(t)),
        Some("Labour leader Keir Starmer")
    );
}

#[test]
fn opener_not_name() {
    let t = example(OPENER_NOT_NAME);
    let a = find(t, "he would back the nominee");
    assert_eq!(a.speaker.as_deref(), Some("Tom Vance"));
    for (t, content) in [
        (
            "Typically, he says the plan will work.",
            "the plan will work",
        ),
        ("On Sunday said the plan will work.", "the plan will work"),
    ] {
        let a = find(t, content);
        assert!(
            a.speaker
                .as_deref()
                .is_none_or(|s| !s.contains("Typically") && s != "Sunday"),
            "{t}: {:?}",
            a.speaker
        );
    }
    // A Title Case headline run is no name for a later pronoun.
    let t = "Why Voters Are Cheering Jane Roe\n\nShe said the plan will work.";
    let speaker = find(t, "the plan will work").speaker;
    assert!(
        speaker.as_deref().is_none_or(|s| !s.contains("Cheering")),
        "{speaker:?}"
    );
    let t = "I'd say the plan will work.";
    let a = find(t, "the plan will work");
    assert_eq!(a.source_kind, SourceKind::Anonymous);
    assert_eq!(a.speaker, None);
}

#[test]
fn described_not_named() {
    let t = example(DESCRIBED_NOT_NAMED);
    let a = find(t, "the summit would go ahead in June");
    assert_eq!(a.source_kind, SourceKind::Anonymous);
    assert_eq!(a.speaker, None);
    let t = "People familiar with Jane Roe's plans say she will run.";
    let a = find(t, "she will run");
    assert_eq!(a.source_kind, SourceKind::Anonymous);
    assert_eq!(a.speaker, None);
    // A noun that is also a verb form ("plans", "views") after a possessive stays in the
    // describing phrase.
    for (t, source) in [
        (
            "People who know Jane Roe's plans say she will run.",
            "People who know Jane Roe's plans",
        ),
        (
            "Sources familiar with Roe's plans said that she will run.",
            "Sources familiar with Roe's plans",
        ),
        (
            "People familiar with the senator's views said she will run.",
            "People familiar with the senator's views",
        ),
    ] {
        let a = find(t, "she will run");
        assert_eq!(a.source.map(|s| s.of(t)), Some(source), "{t}");
        assert_ne!(a.source_kind, SourceKind::Named, "{t}");
        assert_eq!(a.speaker, None, "{t}");
    }
}

#[test]
fn dateline_not_subject() {
    let t = example(DATELINE_NOT_SUBJECT);
    let a = find(t, "it protected pensions");
    assert_eq!(a.speaker.as_deref(), Some("Ingrid Dahl"));
    let t = "WASHINGTON (AP) — Sen. Tom Vance criticized the accord, saying it went too far.";
    assert_eq!(
        find(t, "it went too far").speaker.as_deref(),
        Some("Tom Vance")
    );
}

#[test]
fn age_and_place_not_subject() {
    let t = example(AGE_AND_PLACE_NOT_SUBJECT);
    let a = find(t, "the plant would close");
    assert_eq!(a.speaker.as_deref(), Some("Tom Vance"));
    let t = "Mary Lund, 29, of Dayton, said the plant would close.";
    let a = find(t, "the plant would close");
    assert_eq!(a.speaker.as_deref(), Some("Mary Lund"));
    assert_eq!(a.source_kind, SourceKind::Named);
}

#[test]
fn opening_adjunct_not_subject() {
    let t = example(OPENING_ADJUNCT_NOT_SUBJECT);
    let a = find(t, "the budget was sound");
    assert_eq!(a.speaker.as_deref(), Some("Jane Roe"));
    let t = "Afterwards, Tom Vance thanked his staff, saying the result was a team effort.";
    let a = find(t, "the result was a team effort");
    assert_eq!(a.speaker.as_deref(), Some("Tom Vance"));
    let t = "Davis, a longtime liberal, attacked the nominee online, saying he was unfit.";
    let a = find(t, "he was unfit");
    assert_eq!(a.speaker.as_deref(), Some("Davis"));
}

#[test]
fn wrapped_lines_are_one_paragraph() {
    let text = "Harbour news\n\n".to_string() + example(WRAPPED_LINES);
    let a = find(&text, "the\nnew ferry terminal would open in the spring");
    assert_eq!(a.source.map(|s| s.of(&text)), Some("The harbour authority"));
    assert_eq!(a.rule, SAID_THAT);
}

#[test]
fn caseless_script_names() {
    let t = example(CASELESS_SCRIPT_NAMES);
    let a = find(t, "the talks had failed");
    assert_eq!(a.speaker.as_deref(), Some("محمد العلي"));
    assert_eq!(a.source_kind, SourceKind::Named);
    let t = "\"We will try again,\" said 田中太郎.";
    assert_eq!(
        find(t, "We will try again").speaker.as_deref(),
        Some("田中太郎")
    );
}

#[test]
fn relative_clause_subject() {
    let t = example(RELATIVE_CLAUSE_SUBJECT);
    let a = find(t, "the deal was close");
    assert_eq!(a.source_kind, SourceKind::Anonymous);
    // The mention as written keeps its relative clause (see `mention`); the resolution
    // still skips it to find the subject.
    assert_eq!(
        a.source.map(|s| s.of(t)),
        Some(
            "A senior administration official who asked not to be named because the talks are private"
        )
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
fn a_released_artifact_speaks_for_who_released_it() {
    let t = "Mayor Jane Roe released a video on Monday that said the bridge would reopen.";
    assert_eq!(
        find(t, "the bridge would reopen").speaker.as_deref(),
        Some("Jane Roe")
    );
    // Not after a verb of releasing ("held up a sign"), the relative pronoun stays the mention.
    for (t, content, source) in [
        (t, "the bridge would reopen", "Mayor Jane Roe"),
        (
            "The union is running an ad that says the plant is unsafe.",
            "the plant is unsafe",
            "The union",
        ),
        (
            "She held up a sign that said the plant was unsafe.",
            "the plant was unsafe",
            "that",
        ),
    ] {
        assert_eq!(
            find(t, content).source.map(|s| s.of(t)),
            Some(source),
            "{t}"
        );
    }
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
    let t = "Treasury Secretary Jane Roe, speaking in New York, said the economy was resilient.";
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
fn an_article_before_a_bare_cue_word_is_no_source() {
    let cases = [
        (
            "Jane Roe delivered a forceful promise to raise the minimum wage.",
            "to raise the minimum wage",
            "Jane Roe",
        ),
        (
            "The mayor made an impassioned call for calm.",
            "calm",
            "The mayor",
        ),
    ];
    assert_sources(&cases);
}

#[test]
fn a_leading_clause_or_time_phrase_is_not_the_subject() {
    assert_sources(&[
        (
            "When the mayor died in 1998, Jane Roe released the following statement: \"We mourn a friend.\"",
            "We mourn a friend.",
            "Jane Roe",
        ),
        (
            "In an interview later that day, Jane Roe was blunt: \"The deal is dead.\"",
            "The deal is dead.",
            "Jane Roe",
        ),
        (
            "The day before, at a rally in Springfield, Tom Vance was just as blunt, claiming that the plan had failed.",
            "the plan had failed",
            "Tom Vance",
        ),
        (
            "Asked on Monday about the plan, Jane Roe shook her head and said, \"No.\"",
            "No.",
            "Jane Roe",
        ),
        (
            "The next day, her campaign posted: \"Thank you, Ohio.\"",
            "Thank you, Ohio.",
            "her campaign",
        ),
        (
            "Likewise, Tom Vance was critical of the mayor and called for her to resign.",
            "her to resign",
            "Tom Vance",
        ),
        // A clause that holds the colon keeps its subject, written with its apposition.
        (
            "Or, as Tom Vance, a former minister, put it: \"The gates are open.\"",
            "The gates are open.",
            "Tom Vance, a former minister",
        ),
    ]);
}

#[test]
fn a_sentence_opener_is_no_subject_for_a_later_pronoun() {
    for opener in [
        "Standing before the crowd,",
        "Throughout the race,",
        "Soon,",
    ] {
        let t = format!(
            "Ann Lee, the mayor, said the vote was close.\n\n{opener} Jane Roe smiled at the cameras.\n\nShe said the plan was fair."
        );
        let a = find(&t, "the plan was fair");
        assert_eq!(a.speaker.as_deref(), Some("Jane Roe"), "in {t:?}");
    }
    // A short name ending like a participle is a name.
    let t = "Ann Lee said the vote was close.\n\nTed Vance smiled at the cameras.\n\nHe said the plan was fair.";
    assert_eq!(
        find(t, "the plan was fair").speaker.as_deref(),
        Some("Ted Vance")
    );
}

#[test]
fn adverbs_auxiliaries_and_time_adjuncts_before_the_cue_are_no_source() {
    assert_sources(&[
        (
            "Jane Roe seldom speaks of her brother.",
            "her brother",
            "Jane Roe",
        ),
        (
            "Few ministers would ever admit that the vote was lost.",
            "the vote was lost",
            "Few ministers",
        ),
        (
            "Her friends have in the past said that she was tired.",
            "she was tired",
            "Her friends",
        ),
        (
            "The ministry less than two weeks ago said that the bridge was safe.",
            "the bridge was safe",
            "The ministry",
        ),
        (
            "Jane Roe later Thursday told reporters that the vote would go ahead.",
            "the vote would go ahead",
            "Jane Roe",
        ),
        (
            "Tom Vance, who in the past has voiced the desire to run, told reporters that he would run.",
            "the desire to run",
            "who",
        ),
        (
            "Mr. Vance, who has both endorsed the plan and criticized its cost, spoke last.",
            "the plan",
            "who",
        ),
        (
            "The minister's actions so far do indicate that he is committed to reform.",
            "he is committed to reform",
            "The minister's actions",
        ),
        // A time word that belongs to the subject stays in it.
        (
            "Voters on Super Tuesday said that the economy mattered most.",
            "the economy mattered most",
            "Voters on Super Tuesday",
        ),
    ]);
}

#[test]
fn a_documents_apposition_before_the_cue_is_part_of_its_mention() {
    assert_sources(&[(
        "The survey, conducted by the national statistics office, found that rents rose by 8 percent.",
        "rents rose by 8 percent",
        "The survey, conducted by the national statistics office",
    )]);
}

#[test]
fn a_participle_hangs_on_the_clause_a_relative_or_noun_clause_is_embedded_in() {
    assert_sources(&[
        (
            "Roe bristled at the suggestion that she had advised the council, saying the advice was hers alone.",
            "the advice was hers alone",
            "Roe",
        ),
        (
            "Roe pitched the plan as a way to create jobs that pay well, noting that she is the only candidate with a plan.",
            "she is the only candidate with a plan",
            "Roe",
        ),
        // "that" as a determiner before the comma of a coordinated cue opens no clause.
        (
            "The paper did the math on that feat, and found that the odds were long.",
            "the odds were long",
            "The paper",
        ),
    ]);
}

#[test]
fn a_participle_after_a_possessive_noun_cue_hangs_on_the_clause_subject() {
    assert_sources(&[(
        "Later in the day, the mayor escalated her attacks on the council, criticizing it for repeated votes against the budget.",
        "it for repeated votes against the budget",
        "the mayor",
    )]);
}

#[test]
fn a_relative_clause_with_commas_before_the_cue_leaves_its_host_the_subject() {
    assert_sources(&[
        (
            "The network, which measures glaciers across Austria, France and Italy, said the ice had thinned.",
            "the ice had thinned",
            "The network",
        ),
        (
            "In October, Tom Vance, who made billions on a bet against the market, told investors that the fears were overblown.",
            "the fears were overblown",
            "Tom Vance, who made billions on a bet against the market",
        ),
    ]);
}

#[test]
fn a_definite_body_is_the_named_body_whose_name_holds_its_head() {
    let t = "The Alpine Glacier Monitoring Network published its yearly report on Tuesday.\n\nThe Swiss Alpine Club said it was alarmed by the figures.\n\nThe network said a snow-poor winter had left the glaciers exposed.";
    let content = "a snow-poor winter had left the glaciers exposed";
    assert_speaker(t, content, "Alpine Glacier Monitoring Network");
}

#[test]
fn a_name_joined_by_a_function_word_lends_no_surname() {
    let t = "Brightwell said revenue rose.\n\nShares of Brightwell fell 9% on the news.\n\nBrightwell also said it would raise its dividend.";
    assert_speaker(t, "it would raise its dividend", "Brightwell");
    let t = "A study by the University of Utopia found that rents rose.\n\nUtopia said it would appeal.";
    assert_speaker(t, "it would appeal", "Utopia");
}

#[test]
fn states_before_a_reporting_verb_is_a_noun() {
    assert_sources(&[
        (
            "Officials in six states said they support the ban.",
            "they support the ban",
            "Officials in six states",
        ),
        (
            "EU member states said the deal was fair.",
            "the deal was fair",
            "EU member states",
        ),
    ]);
}

#[test]
fn a_subject_with_post_modifiers_is_the_phrase_opening_the_clause() {
    assert_sources(&[
        (
            "Commuters in three towns going to the station on Monday said the trains were late.",
            "the trains were late",
            // The time of the report is no part of who speaks.
            "Commuters in three towns going to the station",
        ),
        (
            "The Bureau for Roads and Bridges said the work would end in May.",
            "the work would end in May",
            "The Bureau for Roads and Bridges",
        ),
        (
            "Engineers familiar with the plans drawn up in Springfield, Utopia, speaking on \
             condition of anonymity, said the bridge would close.",
            "the bridge would close",
            "Engineers familiar with the plans drawn up in Springfield, Utopia",
        ),
        // A finite verb ends the chain: "and" there joins two clauses.
        (
            "At one point, a woman asked for a photo and Jane Roe said she was tired.",
            "she was tired",
            "Jane Roe",
        ),
    ]);
    // The name inside the participle phrase is not who speaks.
    let t = "Another engineer speaking to the Harbour Gazette said the bridge was safe.";
    let a = find(t, "the bridge was safe");
    assert_eq!(
        a.source.map(|s| s.of(t)),
        Some("Another engineer speaking to the Harbour Gazette")
    );
    assert_eq!(a.speaker, None);
}

#[test]
fn subjects_past_long_brackets_asides_and_relative_clauses() {
    assert_sources(&[
        // A long description in brackets after the name.
        (
            "Sen. Jane Roe (a Utopia Democrat so young she is often taken for an intern) says \
             she was lost at first.",
            "she was lost at first",
            "Sen. Jane Roe (a Utopia Democrat so young she is often taken for an intern)",
        ),
        // A bracket after the name, then an aside holding a cue of its own.
        (
            "Rep. John Doe (Utopia), a delegate backing Roe, said he had spoken with many others.",
            "he had spoken with many others",
            "Rep. John Doe (Utopia), a delegate backing Roe",
        ),
        // "state" is a noun in a subject.
        (
            "The former secretary of state said the talks had failed.",
            "the talks had failed",
            "The former secretary of state",
        ),
        (
            "At least half of voters in each state say the economy is weak.",
            "the economy is weak",
            "At least half of voters in each state",
        ),
        // A "whose" or a "who'd" clause ending at the cue belongs to the subject.
        (
            "The mayors whose budgets were cut say the towns will suffer.",
            "the towns will suffer",
            "The mayors whose budgets were cut",
        ),
        (
            "Many of the farmers who'd rather vote for Roe or John Doe said they would stay home.",
            "they would stay home",
            "Many of the farmers",
        ),
    ]);
}

#[test]
fn subjects_after_openers_and_asides_of_several_shapes() {
    assert_sources(&[
        // "However," opens the sentence before a described name.
        (
            "However, Jane Roe, vice president and counsel for the firm, said the claims had no \
             basis.",
            "the claims had no basis",
            "Jane Roe, vice president and counsel for the firm",
        ),
        // A gerund after a possessive ends the subject's phrase.
        (
            "A source familiar with the mayor's thinking said the plan was dead.",
            "the plan was dead",
            "A source familiar with the mayor's thinking",
        ),
        // An aside between dashes is part of the mention; the subject is before it.
        (
            "Engineers in two towns — Springfield and Shelbyville — said the bridge was safe.",
            "the bridge was safe",
            "Engineers in two towns — Springfield and Shelbyville",
        ),
        (
            "Jane Roe — a teacher from Springfield — said she voted early.",
            "she voted early",
            "Jane Roe — a teacher from Springfield",
        ),
        // "--" is one dash; adverbs may stand between the aside and the cue.
        (
            "The engineers -- including Jane Roe -- quickly said the bridge was safe.",
            "the bridge was safe",
            "The engineers -- including Jane Roe",
        ),
        // A name with "and" inside stands after a relative pronoun too.
        (
            "Fares are higher in Utopia, which the Bureau for Roads and Bridges says has the \
             oldest trains.",
            "has the oldest trains",
            "the Bureau for Roads and Bridges",
        ),
        // After ", while" a post-modified subject opens its clause; a medium after "in" is an
        // adjunct of the report.
        (
            "The mayor left early, while a group started by a former aide said the vote was \
             rigged.",
            "the vote was rigged",
            "a group started by a former aide",
        ),
        (
            "The mayor left early, while Jane Roe in a blog post said the vote was fair.",
            "the vote was fair",
            "Jane Roe",
        ),
        // An adjunct between dashes is not.
        (
            "Jane Roe — in a line aimed at the mayor — said the town deserved better.",
            "the town deserved better",
            "Jane Roe",
        ),
    ]);
    // An aside opened by "at" after a name.
    let t = "Jane Roe, at the Institute for Bridges, said the span would hold.";
    assert_eq!(
        find(t, "the span would hold").speaker.as_deref(),
        Some("Jane Roe")
    );
    // A stray comma before "that".
    let t = "He added, that the vote would be fair.";
    find(t, "the vote would be fair");
}

#[test]
fn a_quoted_title_after_of_stays_in_the_source() {
    assert_sources(&[(
        "\"The courts are slow,\" said Jane Roe, the author of \"The Long Wait,\" a history \
         of appeals.",
        "The courts are slow",
        "Jane Roe, the author of \"The Long Wait,\" a history of appeals",
    )]);
}

#[test]
fn the_object_of_an_opening_adjunct_is_not_the_subject() {
    assert_sources(&[
        (
            "At the party's headquarters, Jane Roe, 70, said the count was early.",
            "the count was early",
            "Jane Roe, 70",
        ),
        (
            "Speaking later on the same show, Tom Vance, a former mayor, said the bridge would \
             open.",
            "the bridge would open",
            "Tom Vance, a former mayor",
        ),
        // An affiliation is part of the subject, and so is a place inside it.
        (
            "A spokesman for the union, Jane Roe, said the strike was over.",
            "the strike was over",
            "A spokesman for the union, Jane Roe",
        ),
    ]);
    assert_speaker(
        "In a statement, Tom Vance, the club's manager, said the course would close.",
        "the course would close",
        "Tom Vance",
    );
}

#[test]
fn a_participle_hangs_on_the_subject_before_its_clause_verb() {
    assert_sources(&[
        (
            "But Roe went further, saying the plan was bad.",
            "the plan was bad",
            "Roe",
        ),
        (
            "The mayor left no doubt of her support, saying the plan was sound.",
            "the plan was sound",
            "The mayor",
        ),
        (
            "The senator hit back, saying the plan was a fraud.",
            "the plan was a fraud",
            "The senator",
        ),
    ]);
}

#[test]
fn a_dateline_naming_an_agency_is_not_the_subject() {
    assert_speaker(
        "Springfield (AP) – Jane Roe has criticised the budget, saying the cuts go too far.",
        "the cuts go too far",
        "Jane Roe",
    );
}
