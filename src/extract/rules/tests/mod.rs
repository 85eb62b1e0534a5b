//! Tests of the catalogue: each rule and resolver on its example (here), and the patterns
//! around them (in the submodules).

mod frames;
mod long_tail;
mod patterns;
mod sources;
mod subjects;

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

/// Asserts, for each (text, content, source) case, the source as written of that content.
fn assert_sources(cases: &[(&str, &str, &str)]) {
    for &(text, content, source) in cases {
        let a = find(text, content);
        assert_eq!(a.source.map(|s| s.of(text)), Some(source), "in {text:?}");
    }
}

/// Asserts the speaker that the source of `content` in `text` resolves to.
fn assert_speaker(text: &str, content: &str, speaker: &str) {
    let a = find(text, content);
    assert_eq!(a.speaker.as_deref(), Some(speaker), "in {text:?}");
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

/// The attribution of `text` that `fits` and has the content, source and cue of `expect`;
/// panics, naming `id` and showing what `text` gives, when there is none.
fn expected(
    text: &str,
    id: &str,
    expect: Expect,
    fits: impl Fn(&Attribution) -> bool,
) -> Attribution {
    let found = extract(text);
    let matches = |a: &&Attribution| {
        fits(a)
            && a.content.of(text) == expect.content
            && a.source.map(|s| s.of(text)) == expect.source
            && a.cue.map(|c| c.of(text)) == Some(expect.cue)
    };
    if let Some(a) = found.iter().find(matches) {
        return a.clone();
    }
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
    panic!("{id}: its example {text:?} should give {expect:?}; it gives {shown:?}")
}

/// The table-driven test of the catalogue: every rule's example gives that rule's id with the
/// expected content, source and cue.
#[test]
fn every_rule_gives_its_expected_attribution() {
    for rule in CATALOGUE {
        expected(rule.example, rule.id, rule.expect, |a| a.rule == rule.id);
    }
}

/// The same for the resolvers: every example's source is resolved by that resolver, to the
/// expected speaker.
#[test]
fn every_resolver_gives_its_expected_attribution() {
    for resolver in RESOLVERS {
        let id = resolver.id;
        let a = expected(resolver.example, id, resolver.expect, |a| a.resolver == id);
        assert_eq!(a.speaker.as_deref(), resolver.speaker, "{id}");
    }
}

/// And for the notes: every example's source phrase is the one the decision gives.
#[test]
fn every_note_gives_its_expected_attribution() {
    for note in NOTES {
        expected(note.example, note.id, note.expect, |_| true);
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
