//! Tests of the catalogue: each rule and resolver on its example, and the patterns around it.
use super::*;
use crate::extract::extract;
use crate::extract::resolvers::RESOLVERS;
use crate::model::Attribution;
use crate::model::{ClaimKind, SourceKind, Stance};

/// Runs the extractor on `text` and returns the attribution whose content is `content`.
fn find(text: &str, content: &str) -> Attribution {
    let all = extract(text);
    all.iter()
        .find(|a| a.content.of(text) == content)
        .unwrap_or_else(|| {
            let got: Vec<(&str, &str)> = all.iter().map(|a| (a.content.of(text), a.rule)).collect();
            panic!("no attribution with content {content:?} in {text:?}; got {got:?}")
        })
        .clone()
}

/// The example of the rule, note or resolver `id`.
fn example(id: &str) -> &'static str {
    let rules = CATALOGUE.iter().map(|r| (r.id, r.example));
    let notes = NOTES.iter().map(|n| (n.id, n.example));
    let resolvers = crate::extract::resolvers::RESOLVERS
        .iter()
        .map(|r| (r.id, r.example));
    rules
        .chain(notes)
        .chain(resolvers)
        .find(|(rule, _)| *rule == id)
        .map(|(_, example)| example)
        .unwrap()
}

fn check(text: &str, rule: &str, content: &str, speaker: Option<&str>, cue: &str) {
    let a = find(text, content);
    assert_eq!(a.rule, rule, "rule for {text:?}");
    assert_eq!(a.speaker.as_deref(), speaker, "speaker for {text:?}");
    assert_eq!(a.cue.map(|c| c.of(text)), Some(cue), "cue for {text:?}");
}

/// Asserts that `text` gives an attribution whose `key` (its rule or its resolver) is `id`,
/// with the content, source and cue of `expect`.
fn assert_gives(text: &str, id: &str, expect: Expect, key: fn(&Attribution) -> &'static str) {
    let found = extract(text);
    let shown: Vec<_> = found
        .iter()
        .map(|a| {
            (
                a.rule,
                a.resolver,
                a.content.of(text),
                a.source.map(|s| s.of(text)),
                a.cue.map(|c| c.of(text)),
            )
        })
        .collect();
    let matches = |a: &Attribution| {
        key(a) == id
            && a.content.of(text) == expect.content
            && a.source.map(|s| s.of(text)) == expect.source
            && a.cue.map(|c| c.of(text)) == Some(expect.cue)
    };
    assert!(
        found.iter().any(matches),
        "{id}: its example {text:?} should give {expect:?}; it gives {shown:?}"
    );
}

/// The table-driven test of the catalogue: every rule's example gives that rule's id with the
/// expected content, source and cue.
#[test]
fn every_rule_gives_its_expected_attribution() {
    for rule in CATALOGUE {
        assert_gives(rule.example, rule.id, rule.expect, |a| a.rule);
    }
}

/// The same for the resolvers: every example's source is resolved by that resolver.
#[test]
fn every_resolver_gives_its_expected_attribution() {
    for resolver in RESOLVERS {
        assert_gives(resolver.example, resolver.id, resolver.expect, |a| {
            a.resolver
        });
    }
}

#[test]
fn ids_are_unique_across_rules_notes_and_resolvers() {
    let mut ids: Vec<&str> = CATALOGUE.iter().map(|r| r.id).collect();
    ids.extend(NOTES.iter().map(|n| n.id));
    ids.extend(RESOLVERS.iter().map(|r| r.id));
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count);
}

#[test]
fn every_note_has_an_example_with_an_attribution() {
    for note in NOTES {
        assert!(!note.description.is_empty(), "{}", note.id);
        assert!(!extract(note.example).is_empty(), "{}", note.id);
    }
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
    ];
    for (t, content, source) in cases {
        let a = find(t, content);
        assert_eq!(a.source.map(|s| s.of(t)), Some(source), "{t}");
    }
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
    // Opening the sentence, "Both" is the whole subject.
    let t = "Both said the plan was fair.";
    let a = find(t, "the plan was fair");
    assert_eq!(a.source.map(|s| s.of(t)), Some("Both"));
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
    let t = "Jane Roe was speaking when a protester yelled: \"Go home!\"";
    let a = find(t, "Go home!");
    assert_eq!(a.rule, COLON_QUOTE);
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
}

#[test]
fn asked_passive() {
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
    // "that" is a complementiser, not content.
    let t = "Jane Roe repeated her claim that the vote was rigged.";
    check(t, NOMINAL, "the vote was rigged", Some("Jane Roe"), "claim");
    // Without a possessive, or capitalised in a headline, the noun is no cue.
    assert!(extract("The decision to close the road was taken late.").is_empty());
    assert!(extract("Roe's Call For Calm Goes Unheard").is_empty());
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
    // "In addition to the inquiry, ..." opens no source.
    assert!(extract("In addition to the inquiry by the council, the road was closed.").is_empty());
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
    let t = "Jane Roe called them dishonest.";
    check(t, CALLED, "them dishonest", Some("Jane Roe"), "called");
    let t = "Jane Roe calls herself a moderate.";
    check(t, CALLED, "herself a moderate", Some("Jane Roe"), "calls");
    // A particle or a time word is no description: "called him back".
    for t in [
        "Jane Roe called him back.",
        "Jane Roe called her yesterday.",
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
    // A name or a call without a description is no attribution.
    assert!(extract("A group called Friends of the Park met on Monday.").is_empty());
    assert!(extract("Jane Roe called a press conference.").is_empty());
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
