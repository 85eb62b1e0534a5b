//! `claimtrack export` and `import`: a database survives the trip through an export byte for
//! byte, importing never duplicates, and an export edited after it was written is refused
//! without touching the database.

use crate::common::{KADHIMI_CLAIM, Run, TestEnv};
use serde_json::Value;

/// A database holding every kind of record: extracted claims, a manual claim, an alias, a merge
/// made by hand and a rejected claim.
pub(crate) fn rich_env() -> TestEnv {
    let env = TestEnv::new();
    env.ingest_fixtures();
    env.add_kadhimi_claim_and_alias();
    let speakers = env.run(&["speakers", "--format", "json"]).success().json();
    let names: Vec<&str> = speakers
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .filter(|name| !name.contains("Kadhimi"))
        .take(2)
        .collect();
    env.run(&["speaker", "merge", names[0], names[1]]).success();
    let claims = env.run(&["claims", "--format", "json"]).success().json();
    let rejected = claims[0]["id"].to_string();
    env.run(&["claim", "review", &rejected, "--reject"])
        .success();
    env
}

fn export(env: &TestEnv, format: &str) -> String {
    let run = env.run(&["export", "--format", format]).success();
    assert!(!run.stdout.is_empty());
    run.stdout
}

fn import(env: &TestEnv, file: &std::path::Path) -> Run {
    env.run(&["import", file.to_str().unwrap()])
}

/// The `added` counts of an import's summary line, which must all be 0 for a repeat.
fn added_counts(run: &Run) -> Vec<u64> {
    let summary = run
        .stderr
        .lines()
        .find(|l| l.starts_with("imported "))
        .unwrap_or_else(|| panic!("no summary in:\n{}", run.stderr));
    summary
        .split([':', ';'])
        .skip(1)
        .map(|part| {
            part.split_whitespace()
                .nth(1)
                .and_then(|n| n.parse().ok())
                .unwrap_or_else(|| panic!("no count in {part:?}"))
        })
        .collect()
}

/// A listing with its row ids taken out: they are internal, and an import numbers rows anew.
fn without_ids(mut listing: Value) -> Value {
    for record in listing.as_array_mut().unwrap() {
        record.as_object_mut().unwrap().remove("id");
    }
    listing
}

#[test]
fn jsonl_export_is_a_tagged_stream_of_every_record() {
    let env = rich_env();
    let lines: Vec<Value> = export(&env, "jsonl")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines[0]["type"], "header");
    assert_eq!(lines[0]["format"], "claimtrack-export");
    assert_eq!(lines[0]["format_version"], 2);
    assert!(lines[0]["schema_version"].as_i64().unwrap() >= 2);
    let of = |kind: &str| -> Vec<&Value> { lines.iter().filter(|l| l["type"] == kind).collect() };
    assert_eq!(of("document").len(), 5);
    assert_eq!(of("header").len(), 1);
    // The change log comes first, whole, so that an import can adopt it.
    let changes = of("change");
    assert_eq!(lines[1]["type"], "change");
    assert!(
        lines[1..=changes.len()]
            .iter()
            .all(|l| l["type"] == "change")
    );
    assert_eq!(changes[0]["seq"], 1);
    let claims = of("claim");
    assert!(claims.iter().any(|c| c["origin"] == "manual"
        && c["content"] == KADHIMI_CLAIM
        && c["rule"].is_null()
        && c["resolver"].is_null()));
    assert!(
        claims
            .iter()
            .all(|c| c["origin"] == "manual" || c["rule"].is_string() && c["resolver"].is_string())
    );
    assert!(claims.iter().any(|c| c["review"] == "rejected"));
    assert!(
        of("speaker")
            .iter()
            .any(|s| s["name"] == "Mustafa al-Kadhimi"
                && s["aliases"].as_array().unwrap().contains(&"Kadhemi".into()))
    );
    assert!(of("speaker").iter().any(|s| !s["merged_into"].is_null()));
    assert!(of("merge").iter().any(|m| m["made_by"] == "user"));
    for line in &lines {
        assert!(line.get("id").is_none(), "no row ids in {line}");
    }
}

#[test]
fn export_import_export_is_byte_identical_in_both_formats() {
    let env = rich_env();
    for format in ["jsonl", "json"] {
        let first = export(&env, format);
        let copy = TestEnv::new();
        let file = copy.write(&format!("export.{format}"), &first);
        let run = import(&copy, &file).success();
        assert!(run.stderr.contains("documents 5 added"), "{}", run.stderr);
        assert_eq!(export(&copy, format), first, "{format} round trip");
        copy.run(&["verify"]).success();
    }
    // The two formats hold the same records.
    let json = export(&env, "json");
    let copy = TestEnv::new();
    import(&copy, &copy.write("export.json", json)).success();
    assert_eq!(export(&copy, "jsonl"), export(&env, "jsonl"));
}

#[test]
fn merges_and_aliases_keep_working_after_an_import() {
    let env = rich_env();
    let copy = TestEnv::new();
    import(&copy, &copy.write("export.jsonl", export(&env, "jsonl"))).success();
    for query in [
        &["claims", "--speaker", "kadhemi", "--format", "json"][..],
        &["claims", "--review", "rejected", "--format", "json"],
        &["speakers", "--format", "json"],
    ] {
        assert_eq!(
            without_ids(copy.run(query).success().json()),
            without_ids(env.run(query).success().json()),
            "{query:?}"
        );
    }
    let merges = copy
        .run(&["speakers", "--merges", "--format", "json"])
        .success()
        .json();
    let by_hand = merges
        .as_array()
        .unwrap()
        .iter()
        .find(|m| m["made_by"] == "user")
        .unwrap();
    copy.run(&["speaker", "unmerge", by_hand["merged"].as_str().unwrap()])
        .success();
}

#[test]
fn importing_again_adds_nothing() {
    let env = rich_env();
    let jsonl = env.write("export.jsonl", export(&env, "jsonl"));
    let json = env.write("export.json", export(&env, "json"));

    let before = env.db_contents();
    for file in [&jsonl, &json] {
        let run = import(&env, file).success();
        assert!(added_counts(&run).iter().all(|&n| n == 0), "{}", run.stderr);
        assert_eq!(env.db_contents(), before);
    }
    let piped = env
        .run_with_stdin(&["import", "-"], &std::fs::read(&jsonl).unwrap())
        .success();
    assert!(
        piped.stderr.contains("imported <stdin>: "),
        "{}",
        piped.stderr
    );
    assert!(added_counts(&piped).iter().all(|&n| n == 0));

    let copy = TestEnv::new();
    let first = import(&copy, &jsonl).success();
    assert!(added_counts(&first).iter().any(|&n| n > 0));
    let after_first = copy.db_contents();
    for file in [&jsonl, &json] {
        let again = import(&copy, file).success();
        assert!(
            added_counts(&again).iter().all(|&n| n == 0),
            "{}",
            again.stderr
        );
        assert_eq!(copy.db_contents(), after_first);
    }
}

#[test]
fn a_tampered_export_is_refused_and_changes_nothing() {
    let env = rich_env();
    let mut lines: Vec<Value> = export(&env, "jsonl")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // The third document, so that two good ones come before it and must not stay behind.
    let line = 1 + lines.iter().position(|l| l["type"] == "document").unwrap() + 2;
    assert_eq!(lines[line - 1]["type"], "document");
    let text = lines[line - 1]["text"].as_str().unwrap().replacen(
        |c: char| c.is_ascii_lowercase(),
        "X",
        1,
    );
    lines[line - 1]["text"] = text.into();
    let sha = lines[line - 1]["sha256"].as_str().unwrap().to_string();
    let tampered: String = lines.iter().map(|l| format!("{l}\n")).collect();

    let target = TestEnv::new();
    target
        .run(&[
            "ingest",
            crate::common::fixture_article("004").to_str().unwrap(),
        ])
        .success();
    let before = target.db_contents();
    let file = target.write("tampered.jsonl", &tampered);
    let run = import(&target, &file);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains(&format!("tampered.jsonl:{line}: document {}", &sha[..12])),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("hash mismatch"), "{}", run.stderr);
    assert_eq!(target.db_contents(), before);

    // The same in a JSON export, where the place is the record's index.
    let mut whole: Value = serde_json::from_str(&export(&env, "json")).unwrap();
    whole["documents"][2]["text"] = lines[line - 1]["text"].clone();
    let file = target.write("tampered.json", whole.to_string());
    let run = import(&target, &file);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("tampered.json: documents[2]: document"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("hash mismatch"), "{}", run.stderr);
    assert_eq!(target.db_contents(), before);
}

#[test]
fn an_export_whose_span_no_longer_matches_is_refused() {
    let env = rich_env();
    let export = export(&env, "jsonl");
    let mut lines: Vec<Value> = export
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let at = lines.iter().position(|l| l["type"] == "claim").unwrap();
    lines[at]["end"] = (lines[at]["end"].as_i64().unwrap() - 1).into();
    let copy = TestEnv::new();
    let file = copy.write(
        "bad.jsonl",
        lines.iter().map(|l| format!("{l}\n")).collect::<String>(),
    );
    let run = import(&copy, &file);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains(&format!("bad.jsonl:{}: claim: content", at + 1)),
        "{}",
        run.stderr
    );
}

#[test]
fn export_refuses_table_and_csv() {
    let env = TestEnv::new();
    let run = env.run(&["export", "--format", "csv"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
}
