//! Unit tests of the dispatcher (`attribute.rs`), kept apart so the dispatcher reads in one
//! screenful.
use super::*;
use crate::extract::extract;
use crate::extract::rules::{self, Expect};

fn position(id: &str) -> usize {
    CATALOGUE.iter().position(|r| r.id == id).unwrap()
}

/// (rule, content) of every attribution of `text`.
fn rules_of(text: &str) -> Vec<(&'static str, &str)> {
    extract(text)
        .into_iter()
        .map(|a| (a.rule, a.content.of(text)))
        .collect()
}

#[test]
fn the_earlier_rule_wins_when_two_match() {
    // A spokesman after "with" matches both rules; the catalogue lists the narrower first.
    assert!(position(rules::WITH_ROLE_FOR_SUBJECT) < position(rules::WITH_PARTICIPLE));
    let text = "The union rejected the offer, with its leader calling it an insult.";
    assert!(rules_of(text).contains(&(rules::WITH_ROLE_FOR_SUBJECT, "it an insult")));
    assert!(position(rules::COORDINATED) < position(rules::SAID_THAT));
    let text = CATALOGUE[position(rules::COORDINATED)].example;
    assert!(rules_of(text).contains(&(rules::COORDINATED, "the virus will spread")));
}

#[test]
fn a_stop_answer_leaves_the_cue_undrafted() {
    // A participle with neither a comma, "quoted as" nor "with" before it drafts nothing:
    // the participle rules stop the search before the ordinary "S said" rules.
    assert!(rules_of("Saying the bridge was safe is not enough.").is_empty());
    assert!(matches!(Answer::from(None), Answer::Stop));
}

#[test]
fn fallbacks_look_only_at_sentences_without_drafts() {
    let text = "“Not again,” the goalkeeper groaned.";
    assert_eq!(rules_of(text), vec![(rules::QUOTE_TAIL, "Not again")]);
    // With a cue of its own the sentence is not the fallback's.
    let text = "“Not again,” the goalkeeper said.";
    assert_eq!(
        rules_of(text),
        vec![(rules::QUOTE_SOURCE_SAID, "Not again")]
    );
}

#[test]
fn refinements_relabel_a_draft() {
    let text = "The mayor went on to say the budget would be balanced by June.";
    let found = rules_of(text);
    assert_eq!(
        found,
        vec![(
            rules::INFINITIVE_CUE,
            "the budget would be balanced by June"
        )]
    );
}

#[test]
fn every_rule_has_a_matcher_and_every_cue_matcher_a_place() {
    for rule in CATALOGUE {
        assert!(!rule.matchers.is_empty(), "{}", rule.id);
    }
    let expect: Expect = CATALOGUE[0].expect;
    assert!(!expect.content.is_empty());
}

#[test]
fn a_short_report_nested_in_indirect_speech_is_kept() {
    // Under a third of the outer content: the engineers' own claim.
    let text =
        "The mayor said the council would keep the bridge open because engineers say it is safe.";
    let found = rules_of(text);
    assert!(found.contains(&(rules::SAID_THAT, "it is safe")));
    assert_eq!(found.len(), 2);
    // A nested report about as long as the outer content restates it and is dropped.
    let text = "Officials said residents say the water is unsafe.";
    assert_eq!(
        rules_of(text),
        [(rules::SAID_THAT, "residents say the water is unsafe")]
    );
}

#[test]
fn the_object_of_a_restrictive_relative_ends_before_the_main_verb() {
    let text = "Most of the voters who support Jane Roe are in college.";
    assert!(rules_of(text).contains(&(rules::POSITION_OBJECT, "Jane Roe")));
}
