//! The long tail of cues: votes, portrayals, doubts raised, answers, attitudes after "to be"
//! and impressions with no source.

use super::*;

#[test]
fn votes_and_pushes_take_a_position() {
    let t = "Jane Roe voted against the harbour budget.";
    check(
        t,
        CUE_PREPOSITION,
        "the harbour budget",
        Some("Jane Roe"),
        "voted against",
    );
    assert_eq!(find(t, "the harbour budget").stance, Stance::Deny);
    let t = "Jane Roe pushed for a new ferry route.";
    assert_eq!(find(t, "a new ferry route").stance, Stance::Demand);
    // "vote" alone is mostly a noun: "the swing vote for C" reports nothing.
    assert!(extract("The council held the final vote for the budget.").is_empty());
}

#[test]
fn portrayals_doubts_and_answers() {
    let t = "Jane Roe cast the merger as a rescue.";
    check(
        t,
        DESCRIBE_AS,
        "the merger as a rescue",
        Some("Jane Roe"),
        "cast",
    );
    assert!(extract("Jane Roe cast a ballot in Leeds.").is_empty());
    let t = "Jane Roe raised questions about the ferry contract.";
    assert_eq!(find(t, "the ferry contract").stance, Stance::Hedge);
    let t = "Jane Roe cast doubt on the ferry contract.";
    assert_eq!(find(t, "the ferry contract").stance, Stance::Hedge);
    let t = "Jane Roe responded to the criticism of the ferry contract.";
    find(t, "the criticism of the ferry contract");
    let t = "Jane Roe made no secret of her plans.";
    find(t, "her plans");
}

#[test]
fn base_forms_after_negation_are_verbs() {
    let t = "Jane Roe did not mention the ferry contract.";
    find(t, "the ferry contract");
    let t = "Jane Roe will endorse the harbour plan.";
    find(t, "the harbour plan");
    // "backed away from C" is a retreat, not a position.
    assert!(extract("Jane Roe backed away from the harbour plan.").is_empty());
}

#[test]
fn a_question_to_the_reader_reports_no_position() {
    assert!(extract("Do you support the harbour plan?").is_empty());
    let t = "Residents support the harbour plan.";
    assert_eq!(find(t, "the harbour plan").rule, POSITION_OBJECT);
}

#[test]
fn attitudes_after_to_be() {
    let t = "Residents remain convinced that the bridge is unsafe.";
    check(
        t,
        BE_ADJECTIVE,
        "the bridge is unsafe",
        None,
        "remain convinced",
    );
    // Not the verb "opposed", and not an adjective without its preposition.
    let t = "Jane Roe opposed the harbour plan.";
    assert_eq!(find(t, "the harbour plan").rule, POSITION_OBJECT);
    assert!(extract("The residents were angry.").is_empty());
}

#[test]
fn impressions_have_no_source() {
    let t = "It appears that the bridge will stay closed.";
    let a = find(t, "the bridge will stay closed");
    assert_eq!(a.rule, SEEMS);
    assert_eq!(a.source, None);
    let t = "The crowd seemed nervous, and the mayor left early.";
    assert_eq!(find(t, "nervous").rule, SEEMS);
    assert!(extract("The mayor appeared on television on Sunday.").is_empty());
    assert!(extract("This appears to be the second closure this year.").is_empty());
    // "appeared to suggest C" is the subject's own cue.
    let t = "The mayor appeared to suggest that the bridge would close.";
    assert_eq!(
        find(t, "the bridge would close").source.map(|s| s.of(t)),
        Some("The mayor")
    );
}

#[test]
fn it_seems_takes_a_clause_without_that() {
    let t = "It seems the ferry company has too few boats for the summer.";
    assert_eq!(
        find(t, "the ferry company has too few boats for the summer").rule,
        SEEMS
    );
    let t = "It appears she has little chance of keeping her seat.";
    assert_eq!(
        find(t, "she has little chance of keeping her seat").rule,
        SEEMS
    );
    // A noun phrase with no verb is no clause.
    assert!(extract("It seems the obvious choice.").is_empty());
}

#[test]
fn an_impression_ends_where_a_new_clause_begins() {
    for (t, content) in [
        (
            "The harbour master seemed to be well liked in town, and neighbours greeted him by name.",
            "to be well liked in town",
        ),
        (
            "If the ferry plan seems to work, the council will extend it next year.",
            "to work",
        ),
        (
            "The levy appears to be widely resented - so much so that shops have closed.",
            "to be widely resented",
        ),
        // An apposition, a participle and a name after a comma go on.
        (
            "The board appeared to favour Jane Roe, a newcomer, over the others.",
            "to favour Jane Roe, a newcomer, over the others",
        ),
        (
            "The fund appears to have ties to a group named for its founder, Jane Roe.",
            "to have ties to a group named for its founder, Jane Roe",
        ),
    ] {
        let a = find(t, content);
        assert_eq!(a.rule, SEEMS, "{t}");
    }
}
