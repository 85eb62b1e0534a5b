//! One speaker across documents: automatic joins, the trap of two different al-Hashimis, and
//! merges a user can see and undo.

use crate::common::{TestEnv, fixtures};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

fn entities() -> BTreeMap<String, Vec<String>> {
    serde_json::from_slice(&std::fs::read(fixtures().join("gold/entities.json")).unwrap()).unwrap()
}

/// The fixture file prefix ("000") of a claim, from its document hash.
fn prefixes(env: &TestEnv) -> BTreeMap<String, String> {
    ["000", "001", "002", "003", "004"]
        .iter()
        .map(|p| (env.fixture_hash(p), p.to_string()))
        .collect()
}

/// Gold rows of `speaker` whose source names it outright (no alternative source kind).
fn gold_documents(speaker: &str) -> BTreeSet<String> {
    std::fs::read_to_string(fixtures().join("gold/seeds.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|r| {
            r["speaker"] == speaker && r["optional"] != true && r.get("source_kind_alt").is_none()
        })
        .map(|r| r["doc"].as_str().unwrap()[..3].to_string())
        .collect()
}

fn fold(name: &str) -> String {
    claimtrack::names::name_key(name)
}

#[test]
fn each_speaker_is_found_in_every_article_however_spelt() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let prefixes = prefixes(&env);
    let entities = entities();
    for (query, canonical) in [
        ("Kataib Hezbollah", "Kataeb Hezbollah"),
        ("Mustafa al-Kadhimi", "Mustafa al-Kadhimi"),
        ("Popular Mobilization Forces", "Popular Mobilization Forces"),
        ("Asaib Ahl al-Haq", "Asaib Ahl al-Haq"),
        ("Hadi al-Amiri", "Hadi al-Amiri"),
        ("Qais Khazali", "Qais Khazali"),
    ] {
        let claims = env
            .run(&["claims", "--speaker", query, "--format", "json"])
            .success()
            .json();
        let found: BTreeSet<String> = claims
            .as_array()
            .unwrap()
            .iter()
            .map(|c| prefixes[c["doc_sha256"].as_str().unwrap()].clone())
            .collect();
        let expected = gold_documents(canonical);
        assert!(
            found.is_superset(&expected),
            "{query}: found in {found:?}, gold names it in {expected:?}"
        );
        // Nothing else is merged in: every claim's speaker is one of this speaker's names.
        let names: BTreeSet<String> = entities[canonical]
            .iter()
            .chain([&canonical.to_string()])
            .map(|n| fold(n))
            .collect();
        for claim in claims.as_array().unwrap() {
            let speaker = claim["speaker"].as_str().unwrap();
            assert!(
                names.contains(&fold(speaker)),
                "{query}: claim of {speaker:?} listed"
            );
        }
    }
}

#[test]
fn two_different_men_called_al_hashimi_stay_apart() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let speakers = env.run(&["speakers", "--format", "json"]).success().json();
    for speaker in speakers.as_array().unwrap() {
        let names: Vec<String> = std::iter::once(speaker["name"].as_str().unwrap().to_string())
            .chain(
                speaker["merged"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|n| n.as_str().unwrap().to_string()),
            )
            .chain(
                speaker["aliases"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|n| n.as_str().unwrap().to_string()),
            )
            .collect();
        let joined = names.join(" | ");
        assert!(
            !(joined.contains("Hisham") && joined.contains("Abu Jihad")),
            "{joined}"
        );
    }
    // A user-made conflict: the two names are not joined even when both are speakers.
    let text = "Title\n\nHisham al-Hashimi said the study was finished. Abu Jihad al-Hashemi said talks would go on.\n";
    let sha = env.add_document("two.txt", text);
    for (speaker, content) in [
        ("Hisham al-Hashimi", "the study was finished"),
        ("Abu Jihad al-Hashemi", "talks would go on"),
    ] {
        env.add_claim(&sha, content, speaker);
    }
    let hisham = env
        .run(&[
            "claims",
            "--speaker",
            "Hisham al-Hashimi",
            "--format",
            "json",
        ])
        .success()
        .json();
    assert!(
        hisham
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["speaker"] == "Hisham al-Hashimi")
    );
}

#[test]
fn merge_and_unmerge_are_visible_and_exact() {
    let env = TestEnv::new();
    let text = "Title\n\nThe envoy said talks would resume. Her deputy said talks had failed.\n";
    let sha = env.add_document("t.txt", text);
    env.add_claim(&sha, "talks would resume", "Jane Roe");
    env.add_claim(&sha, "talks had failed", "J. R. Deputy");
    let before = env.db_contents();

    env.run(&["speaker", "merge", "Jane Roe", "J. R. Deputy"])
        .success();
    let merged = env.run(&["speakers", "--format", "json"]).success().json();
    assert_eq!(merged.as_array().unwrap().len(), 1);
    assert_eq!(merged[0]["merged"], serde_json::json!(["J. R. Deputy"]));
    assert_eq!(
        env.run(&["claims", "--speaker", "J. R. Deputy", "--format", "json"])
            .success()
            .json()
            .as_array()
            .unwrap()
            .len(),
        2
    );
    let log = env
        .run(&["speakers", "--merges", "--format", "json"])
        .success()
        .json();
    assert_eq!(log[0]["made_by"], "user");

    env.run(&["speaker", "unmerge", "J. R. Deputy"]).success();
    let speakers = env.run(&["speakers", "--format", "json"]).success().json();
    assert_eq!(speakers.as_array().unwrap().len(), 2);
    // Exactly as before, apart from the merge log that records what happened.
    assert_eq!(env.db_contents(), before);
    let run = env.run(&["speaker", "unmerge", "J. R. Deputy"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("was never merged"), "{}", run.stderr);
}

#[test]
fn rename_keeps_the_old_name_as_an_alias() {
    let env = TestEnv::new();
    let text = "Title\n\nThe envoy said talks would resume.\n";
    let sha = env.add_document("t.txt", text);
    env.add_claim(&sha, "talks would resume", "J. Roe");
    env.run(&["speaker", "rename", "J. Roe", "Jane Roe"])
        .success();
    let claims = env
        .run(&["claims", "--speaker", "j. roe", "--format", "json"])
        .success()
        .json();
    assert_eq!(claims[0]["speaker"], "Jane Roe");
}

#[test]
fn suggestions_merge_nothing() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let before = env.run(&["speakers", "--format", "json"]).success().json();
    env.run(&["speakers", "--suggest", "--format", "json"])
        .success()
        .json();
    assert_eq!(
        env.run(&["speakers", "--format", "json"]).success().json(),
        before
    );
}
