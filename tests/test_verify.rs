//! `claimtrack verify`: a database built by claimtrack passes, and damage done behind its back
//! (edited claims, edited text, a wrong hash) is found and named, claim by claim.

use crate::common::TestEnv;
use serde_json::Value;

/// The claims of the fixture document whose file name starts with `prefix`.
fn claims_of(env: &TestEnv, prefix: &str) -> Vec<Value> {
    let sha = env.fixture_hash(prefix);
    env.run(&["claims", "--doc", &sha, "--format", "json"])
        .success()
        .json()
        .as_array()
        .unwrap()
        .clone()
}

/// The problems with `key` equal to `value` that the span and hash checks find (the change
/// log's own findings, tested in test_history.rs, are left out).
fn problems_with(problems: &[Value], key: &str, value: &Value) -> Vec<Value> {
    problems
        .iter()
        .filter(|p| &p[key] == value && !is_history_problem(p))
        .cloned()
        .collect()
}

fn is_history_problem(problem: &Value) -> bool {
    let kind = problem["kind"].as_str().unwrap();
    kind.starts_with("history_") || kind.starts_with("unlogged_")
}

/// The problems of a document itself (not of its claims), by the hash it is recorded under.
fn document_problems(problems: &[Value], sha256: &str) -> Vec<Value> {
    problems_with(problems, "document_sha256", &sha256.into())
        .into_iter()
        .filter(|p| p["claim_id"].is_null())
        .collect()
}

#[test]
fn verify_passes_on_a_database_built_from_the_fixtures() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let run = env.run(&["verify", "--format", "json"]).success();
    assert_eq!(run.json(), serde_json::json!([]));
    assert!(
        run.stderr.contains("checked 5 documents and ") && run.stderr.contains(": 0 problems"),
        "{}",
        run.stderr
    );
    let table = env.run(&["verify"]).success();
    assert_eq!(table.stdout, "", "a clean table run prints no rows");
}

#[test]
fn verify_names_every_claim_and_document_damaged_behind_its_back() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let in_002 = claims_of(&env, "002");
    let (edited_content, edited_end) = (in_002[0]["id"].clone(), in_002[1]["id"].clone());
    // A claim of document 000 whose content starts with an ASCII letter, to change that byte.
    let in_000 = claims_of(&env, "000");
    let covered = in_000
        .iter()
        .find(|c| {
            c["content"]
                .as_str()
                .unwrap()
                .starts_with(|ch: char| ch.is_ascii_alphabetic())
        })
        .expect("a claim starting with a letter")
        .clone();
    let changed_doc = env.fixture_hash("000");
    let rehashed_doc = env.fixture_hash("001");
    let wrong_hash = "0".repeat(64);
    {
        let conn = rusqlite::Connection::open(env.db()).unwrap();
        conn.execute(
            "UPDATE claim SET content = content || ' (edited)' WHERE id = ?1",
            [edited_content.as_i64()],
        )
        .unwrap();
        conn.execute(
            "UPDATE claim SET content_end = content_end - 1 WHERE id = ?1",
            [edited_end.as_i64()],
        )
        .unwrap();
        let text: String = conn
            .query_row(
                "SELECT t.text FROM document d JOIN document_text t ON t.document_id = d.id WHERE d.sha256 = ?1",
                [&changed_doc],
                |r| r.get(0),
            )
            .unwrap();
        let mut bytes = text.into_bytes();
        let at = covered["start"].as_u64().unwrap() as usize;
        bytes[at] = if bytes[at] == b'x' { b'y' } else { b'x' };
        let changed = String::from_utf8(bytes).unwrap();
        let rows = conn
            .execute(
                "UPDATE document_text SET text = ?1 WHERE document_id = (SELECT id FROM document WHERE sha256 = ?2)",
                rusqlite::params![changed, changed_doc],
            )
            .unwrap();
        assert_eq!(rows, 1);
        conn.execute(
            "UPDATE document SET sha256 = ?1 WHERE sha256 = ?2",
            [&wrong_hash, &rehashed_doc],
        )
        .unwrap();
    }

    let run = env.run(&["verify", "--format", "json"]);
    assert_eq!(run.code, 3, "stderr:\n{}", run.stderr);
    assert!(run.stderr.contains("problems"), "{}", run.stderr);
    let problems = run.json().as_array().unwrap().clone();
    for record in &problems {
        for key in [
            "kind",
            "document_sha256",
            "document_id",
            "claim_id",
            "detail",
        ] {
            assert!(record.get(key).is_some(), "{key} missing from {record}");
        }
    }

    // The change log sees the moved span too. It does not log a claim's strings (they are the
    // text at its spans, which the span checks compare), so the edited content is theirs alone.
    let history = |id: &Value| {
        problems
            .iter()
            .any(|p| p["kind"] == "history_mismatch" && &p["claim_id"] == id)
    };
    assert!(history(&edited_end), "{problems:#?}");
    assert!(!history(&edited_content), "{problems:#?}");

    let content = problems_with(&problems, "claim_id", &edited_content);
    assert_eq!(content.len(), 1, "{problems:#?}");
    assert_eq!(content[0]["kind"], "text_mismatch");
    assert!(
        content[0]["detail"]
            .as_str()
            .unwrap()
            .starts_with(&format!("claim {edited_content} in document ")),
        "{content:?}"
    );
    assert!(content[0]["detail"].as_str().unwrap().contains("(edited)"));

    let end = problems_with(&problems, "claim_id", &edited_end);
    assert_eq!(end.len(), 1, "{problems:#?}");
    assert_eq!(end[0]["kind"], "text_mismatch");

    let covering = problems_with(&problems, "claim_id", &covered["id"]);
    assert!(
        covering.iter().any(|p| p["kind"] == "text_mismatch"),
        "{problems:#?}"
    );
    let changed = document_problems(&problems, &changed_doc);
    assert_eq!(changed.len(), 1, "{problems:#?}");
    assert_eq!(changed[0]["kind"], "hash_mismatch");

    let rehashed = document_problems(&problems, &wrong_hash);
    assert_eq!(rehashed.len(), 1, "{problems:#?}");
    assert_eq!(rehashed[0]["kind"], "hash_mismatch");
    assert!(
        rehashed[0]["detail"]
            .as_str()
            .unwrap()
            .contains(&rehashed_doc),
        "the detail gives the hash the text really has: {rehashed:?}"
    );

    // The table names the same claims, and JSON Lines streams the same records.
    let table = env.run(&["verify"]);
    assert_eq!(table.code, 3);
    for id in [&edited_content, &edited_end, &covered["id"]] {
        assert!(
            table.stdout.contains(&format!("claim {id} in document")),
            "{}",
            table.stdout
        );
    }
    let lines = env.run(&["verify", "--format", "jsonl"]);
    assert_eq!(lines.code, 3);
    assert_eq!(lines.jsonl(), problems);
}

#[test]
fn verify_notices_a_search_index_out_of_step_with_the_claims() {
    let env = crate::common::TestEnv::new();
    env.ingest_fixtures();
    {
        let conn = rusqlite::Connection::open(env.db()).unwrap();
        let id: i64 = conn
            .query_row("SELECT min(id) FROM claim", [], |r| r.get(0))
            .unwrap();
        conn.execute(
            "INSERT INTO claim_fts(rowid, content) VALUES (?1, 'words the claim never had')",
            [id],
        )
        .unwrap();
    }
    let run = env.run(&["verify", "--format", "jsonl"]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert!(
        run.jsonl()
            .iter()
            .any(|p| p["kind"] == "search_index_mismatch"),
        "{}",
        run.stdout
    );
}
