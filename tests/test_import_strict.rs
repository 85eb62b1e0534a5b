//! Import is as strict as ingest (issue 9, problem 7) and the round trip keeps every record
//! (problem 8): the red-team's crafted exports are refused without touching the database, and
//! what a database really holds survives export -> import.

use crate::common::{Run, TestEnv};
use serde_json::{Value, json};

/// A database with two speakers, Ann Lee and Bo Park, each with a manual claim.
fn two_speakers() -> (TestEnv, String) {
    let env = TestEnv::new();
    let sha = env.add_document(
        "a.txt",
        "Headline\n\nAnn Lee said the bridge would reopen. Bo Park said taxes would fall.\n",
    );
    env.add_claim(&sha, "the bridge would reopen", "Ann Lee");
    env.add_claim(&sha, "taxes would fall", "Bo Park");
    (env, sha)
}

fn export_records(env: &TestEnv) -> Vec<Value> {
    env.run(&["export"]).success().jsonl()
}

/// Imports `records` as a JSONL export into a new database `name` and returns the run.
fn import_into(env: &TestEnv, name: &str, records: &[Value]) -> Run {
    let lines: Vec<String> = records.iter().map(Value::to_string).collect();
    let file = env.write(&format!("{name}.jsonl"), lines.join("\n") + "\n");
    let db = env.path(name);
    env.run(&[
        "--db",
        db.to_str().unwrap(),
        "import",
        file.to_str().unwrap(),
    ])
}

/// Imports `records` into a new database, exports that, checks that nothing changed on the way
/// and returns the records.
#[track_caller]
fn round_trip(env: &TestEnv, records: &[Value]) -> Vec<Value> {
    import_into(env, "copy.db", records).success();
    let copy = env.path("copy.db");
    let run = env
        .run(&["--db", copy.to_str().unwrap(), "export"])
        .success();
    assert_eq!(run.jsonl(), records);
    run.jsonl()
}

/// The records of `records` of one type, mutably.
fn of_type<'r>(records: &'r mut [Value], kind: &str) -> Vec<&'r mut Value> {
    records.iter_mut().filter(|r| r["type"] == kind).collect()
}

#[track_caller]
fn assert_refused(env: &TestEnv, records: &[Value], expected: &[&str]) {
    let run = import_into(env, "refused.db", records);
    run.failed_saying(1, expected);
    let db = env.path("refused.db");
    let conn = rusqlite::Connection::open(&db).unwrap();
    let documents: i64 = conn
        .query_row("SELECT count(*) FROM document", [], |r| r.get(0))
        .unwrap();
    assert_eq!(documents, 0, "a refused import stores nothing");
}

#[test]
fn impossible_dates_and_garbage_timestamps_are_refused() {
    let (env, _) = two_speakers();
    let cases: [(&str, &str, Value, &str); 5] = [
        (
            "document",
            "published",
            json!("2020-02-30"),
            "bad date \"2020-02-30\"",
        ),
        (
            "document",
            "published",
            json!("9999-99-99"),
            "bad date \"9999-99-99\"",
        ),
        (
            "document",
            "ingested_at",
            json!("yesterday"),
            "ingested_at: bad timestamp",
        ),
        (
            "claim",
            "created_at",
            json!("not a time"),
            "created_at: bad timestamp",
        ),
        (
            "claim",
            "created_at",
            json!("2020-13-01T00:00:00Z"),
            "created_at: bad timestamp",
        ),
    ];
    for (kind, key, value, expected) in cases {
        let mut records = export_records(&env);
        of_type(&mut records, kind)[0][key] = value;
        assert_refused(&env, &records, &[expected]);
    }
}

#[test]
fn a_merged_into_cycle_is_refused() {
    let (env, _) = two_speakers();
    let mut records = export_records(&env);
    for speaker in of_type(&mut records, "speaker") {
        let other = if speaker["name"] == "Ann Lee" {
            "Bo Park"
        } else {
            "Ann Lee"
        };
        speaker["merged_into"] = json!(other);
    }
    assert_refused(&env, &records, &["merged_into goes round in a circle"]);
}

#[test]
fn a_merge_record_that_would_make_a_canonical_cycle_is_refused() {
    let (env, _) = two_speakers();
    env.run(&["speaker", "merge", "Ann Lee", "Bo Park"])
        .success();
    let mut records = export_records(&env);
    of_type(&mut records, "merge")[0]["moved"] = json!([
        {"speaker": "Bo Park", "previous": "Ann Lee"},
        {"speaker": "Ann Lee", "previous": "Bo Park"},
    ]);
    assert_refused(&env, &records, &["not the merged speaker's group"]);
}

#[test]
fn an_alias_that_names_another_speaker_is_refused_with_a_hint_to_merge() {
    let (env, _) = two_speakers();
    let mut records = export_records(&env);
    for speaker in of_type(&mut records, "speaker") {
        if speaker["name"] == "Ann Lee" {
            speaker["aliases"] = json!(["Bo Park"]);
        }
    }
    assert_refused(
        &env,
        &records,
        &["\"Bo Park\"", "another speaker", "claimtrack speaker merge"],
    );
}

#[test]
fn two_manual_claims_on_one_span_with_different_stances_stay_two() {
    let (env, sha) = two_speakers();
    let second = env.add_claim(&sha, "the bridge would reopen", "Ann Lee");
    env.run(&[
        "claim",
        "edit",
        &second["id"].to_string(),
        "--stance",
        "deny",
    ])
    .success();
    let records = export_records(&env);
    let mut copied = round_trip(&env, &records);
    assert_eq!(of_type(&mut copied, "claim").len(), 3);
}

#[test]
fn merge_unmerge_merge_within_one_second_keeps_both_merge_records() {
    let (env, _) = two_speakers();
    for args in [
        ["speaker", "merge", "Ann Lee", "Bo Park"].as_slice(),
        ["speaker", "unmerge", "Bo Park"].as_slice(),
        ["speaker", "merge", "Ann Lee", "Bo Park"].as_slice(),
    ] {
        env.run(args).success();
    }
    let mut records = export_records(&env);
    // As if all three happened within one second.
    let when = of_type(&mut records, "merge")[0]["created_at"].clone();
    for merge in of_type(&mut records, "merge") {
        merge["created_at"] = when.clone();
    }
    assert_eq!(of_type(&mut records, "merge").len(), 2);
    // The change log carries the merges too: it must say the same, or the export contradicts
    // its own history.
    edit_log(&mut records, "speaker_merge", MERGE_CREATED_AT, &when);
    round_trip(&env, &records);
    // An export without the log (whose records are all matched by content) keeps both as well.
    records.retain(|record| record["type"] != "change");
    import_into(&env, "unlogged.db", &records).success();
    let unlogged = env.path("unlogged.db");
    let mut copied = env
        .run(&["--db", unlogged.to_str().unwrap(), "export"])
        .success()
        .jsonl();
    assert_eq!(of_type(&mut copied, "merge").len(), 2);
}

/// Sets column `column` of every row of `table` in the change log of `records` to `value`,
/// and rehashes the chain, as claimtrack would have logged rows with that value (or as a forger
/// who knows the format would).
fn edit_log(records: &mut [Value], table: &str, column: usize, value: &Value) {
    let mut prev = [0u8; 32];
    for change in of_type(records, "change") {
        if change["table"] == table {
            let lines: Vec<String> = change["data"]
                .as_str()
                .unwrap()
                .split('\n')
                .map(|line| {
                    let mut row: Vec<Value> = serde_json::from_str(line).unwrap();
                    row[column] = value.clone();
                    serde_json::to_string(&row).unwrap()
                })
                .collect();
            change["data"] = lines.join("\n").into();
        }
        change["prev"] = claimtrack::store::hash_hex(&prev).into();
        let entry: claimtrack::store::ChangeEntry = serde_json::from_value(change.clone()).unwrap();
        prev = entry.expected_hash();
        change["hash"] = claimtrack::store::hash_hex(&prev).into();
    }
}

/// The columns of logged rows that the tests edit (README documents the order).
const MERGE_CREATED_AT: usize = 6;
const SPEAKER_NAME: usize = 1;

#[test]
fn a_change_log_is_checked_as_strictly_as_the_records() {
    let (env, _) = two_speakers();
    env.run(&["speaker", "merge", "Ann Lee", "Bo Park"])
        .success();
    let records = export_records(&env);
    let mut bad_time = records.clone();
    edit_log(
        &mut bad_time,
        "speaker_merge",
        MERGE_CREATED_AT,
        &json!("2020-02-30T00:00:00Z"),
    );
    assert_refused(
        &env,
        &bad_time,
        &["speaker_merge 1 in the change log", "bad timestamp"],
    );
    let mut empty_name = records;
    edit_log(&mut empty_name, "speaker", SPEAKER_NAME, &json!("\u{200b}"));
    assert_refused(
        &env,
        &empty_name,
        &["in the change log", "the name is empty"],
    );
}

#[test]
fn a_speaker_named_with_a_zero_width_space_is_refused_at_entry_or_exported_fine() {
    let (env, sha) = two_speakers();
    let run = env.run(&[
        "claim",
        "add",
        "--doc",
        &sha[..8],
        "--content",
        "taxes would fall",
        "--speaker",
        "\u{200b}",
    ]);
    run.failed_saying(1, &["the name is empty"]);
    // Inside a name it is invisible to lookups and harmless: stored, exported and imported.
    env.add_claim(&sha, "taxes would fall", "Bo\u{200b} Park");
    round_trip(&env, &export_records(&env));
}
