//! The change log: every change through claimtrack is logged in a hash chain, `verify` replays
//! it against the tables, and each forgery that passed the span checks alone (a rename, a claim
//! moved to another speaker, a changed stance or review, a deleted claim, a text swapped
//! together with its hash) is caught. `log` shows the history; export and import carry it.

use crate::common::TestEnv;
use rusqlite::Connection;
use serde_json::Value;

fn claims(env: &TestEnv) -> Vec<Value> {
    env.listed(&["claims"])
}

/// A claim with a speaker, and the id of another speaker row than that claim's.
fn claim_and_other_speaker(env: &TestEnv, conn: &Connection) -> (i64, i64) {
    let claim = claims(env)
        .into_iter()
        .find(|c| c["speaker"].is_string())
        .expect("a claim with a speaker");
    let id = claim["id"].as_i64().unwrap();
    let other: i64 = conn
        .query_row(
            "SELECT min(id) FROM speaker WHERE id != (SELECT speaker_id FROM claim WHERE id = ?1)",
            [id],
            |r| r.get(0),
        )
        .unwrap();
    (id, other)
}

/// Accepts the first listed claim and returns its id.
fn accept_first_claim(env: &TestEnv) -> String {
    let id = claims(env)[0]["id"].as_i64().unwrap().to_string();
    env.run(&["claim", "review", "--accept", &id]).success();
    id
}

/// Renames the `nth` speaker listed to a name no fixture has.
fn rename_speaker(env: &TestEnv, nth: usize) {
    let speaker = env.run(&["speakers", "--format", "json"]).success().json()[nth]["name"]
        .as_str()
        .unwrap()
        .to_string();
    env.run(&["speaker", "rename", &speaker, "Quentin Example-Name"])
        .success();
}

fn head(env: &TestEnv) -> String {
    let run = env.run(&["verify", "--head"]).success();
    let head = run.stdout.trim().to_string();
    assert_eq!(head.len(), 64, "{head:?}");
    assert!(head.bytes().all(|b| b.is_ascii_hexdigit()), "{head:?}");
    head
}

/// Runs `verify` and returns its problems, asserting that it failed with exit code 3.
fn failed_verify(env: &TestEnv) -> Vec<Value> {
    let run = env.run(&["verify", "--format", "json"]);
    assert_eq!(
        run.code, 3,
        "stdout:\n{}\nstderr:\n{}",
        run.stdout, run.stderr
    );
    run.json().as_array().unwrap().clone()
}

fn of_kind<'a>(problems: &'a [Value], kind: &str) -> Vec<&'a Value> {
    problems.iter().filter(|p| p["kind"] == kind).collect()
}

/// The detail of the one `history_broken` problem that must be among `problems`.
fn broken_chain(problems: &[Value]) -> String {
    let broken = of_kind(problems, "history_broken");
    assert_eq!(broken.len(), 1, "{problems:#?}");
    broken[0]["detail"].as_str().unwrap().to_string()
}

/// Applies `forge` to a database built from the fixtures and returns what `verify` reports.
fn forge(forgery: impl FnOnce(&TestEnv, &Connection)) -> Vec<Value> {
    let env = TestEnv::new();
    env.ingest_fixtures();
    env.run(&["verify"]).success();
    {
        let conn = Connection::open(env.db()).unwrap();
        forgery(&env, &conn);
    }
    failed_verify(&env)
}

#[test]
fn a_database_built_through_claimtrack_verifies_and_its_head_moves_with_each_change() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let first = head(&env);
    assert_eq!(head(&env), first, "reading does not move the head");
    let id = accept_first_claim(&env);
    let reviewed = head(&env);
    assert_ne!(reviewed, first);
    env.run(&["claim", "edit", &id, "--stance", "deny"])
        .success();
    env.run(&["claim", "rm", &id]).success();
    rename_speaker(&env, 0);
    env.run(&[
        "speaker",
        "alias",
        "add",
        "Quentin Example-Name",
        "Q. E. Name",
    ])
    .success();
    env.run(&["reextract"]).success();
    let last = head(&env);
    assert_ne!(last, reviewed);

    let json = env
        .run(&["verify", "--head", "--format", "json"])
        .success()
        .json();
    assert_eq!(json["head"], last.as_str());
    assert!(json["changes"].as_i64().unwrap() > 10, "{json}");
}

#[test]
fn log_shows_a_claims_history_in_every_format() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let claim = claims(&env)[0].clone();
    let id = claim["id"].as_i64().unwrap().to_string();
    env.run(&["claim", "review", "--reject", &id]).success();
    env.run(&["claim", "edit", &id, "--stance", "hedge"])
        .success();

    let log = env
        .run(&["log", "--claim", &id, "--format", "json"])
        .success()
        .json();
    let entries = log.as_array().unwrap();
    let actions: Vec<&str> = entries
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["claim.added", "claim.reviewed", "claim.edited"]);
    for key in [
        "seq", "at", "origin", "action", "table", "row_id", "data", "prev", "hash",
    ] {
        assert!(
            entries[0].get(key).is_some(),
            "{key} missing: {}",
            entries[0]
        );
    }
    assert!(
        entries[0]["origin"]
            .as_str()
            .unwrap()
            .starts_with("extractor/")
    );
    assert_eq!(entries[1]["origin"], "manual");
    assert_eq!(entries[1]["data"][0]["review"], "rejected");
    assert_eq!(entries[2]["data"][0]["stance"], "hedge");

    // The whole log is a chain: each entry names the hash of the one before it.
    let whole = env.run(&["log", "--format", "json"]).success().json();
    let whole = whole.as_array().unwrap();
    assert_eq!(whole[0]["prev"], "0".repeat(64));
    for pair in whole.windows(2) {
        assert_eq!(pair[1]["prev"], pair[0]["hash"]);
        assert_eq!(
            pair[1]["seq"].as_i64().unwrap(),
            pair[0]["seq"].as_i64().unwrap() + 1
        );
    }

    let lines = env
        .run(&["log", "--claim", &id, "--format", "jsonl"])
        .success()
        .jsonl();
    assert_eq!(&lines, entries);
    let csv = env
        .run(&["log", "--claim", &id, "--format", "csv"])
        .success();
    assert_eq!(csv.stdout.lines().count(), 4, "{}", csv.stdout);
    let table = env.run(&["log", "--claim", &id]).success();
    assert!(table.stdout.contains("claim.reviewed"), "{}", table.stdout);

    // The document's history has the document itself and each of its claims.
    let doc = env
        .run(&[
            "log",
            "--doc",
            &claim["doc_sha256"].as_str().unwrap()[..10],
            "--format",
            "json",
        ])
        .success()
        .json();
    let doc = doc.as_array().unwrap();
    assert_eq!(doc[0]["action"], "document.added");
    let claim_rows: Vec<&Value> = doc
        .iter()
        .filter(|e| e["table"] == "claim")
        .flat_map(|e| e["data"].as_array().unwrap())
        .collect();
    assert!(
        claim_rows
            .iter()
            .all(|row| row["document_id"] == doc[0]["row_id"])
    );
    assert!(
        claim_rows
            .iter()
            .any(|row| row["id"] == id.parse::<i64>().unwrap())
    );
    // Ingest logs a document's claims in one entry, one row each.
    assert_eq!(doc[1]["action"], "claim.added");
    assert!(doc[1]["data"].as_array().unwrap().len() > 1, "{doc:#?}");
}

#[test]
fn log_shows_a_speakers_history() {
    let env = TestEnv::new();
    let sha = env.add_document(
        "a.txt",
        "Jane Roe said the bridge was safe. Roe added more.",
    );
    env.add_claim(&sha, "the bridge was safe", "Jane Roe");
    env.run(&["speaker", "rename", "Jane Roe", "Jane Q. Roe"])
        .success();
    let log = env
        .run(&["log", "--speaker", "Jane Q. Roe", "--format", "json"])
        .success()
        .json();
    let actions: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect();
    for action in [
        "speaker.created",
        "claim.added",
        "speaker.renamed",
        "alias.added",
    ] {
        assert!(
            actions.contains(&action),
            "{action} missing from {actions:?}"
        );
    }
    env.run(&["verify"]).success();
}

#[test]
fn a_speaker_renamed_behind_claimtracks_back_is_caught() {
    let problems = forge(|_, conn| {
        conn.execute(
            "UPDATE speaker SET name = 'Someone Else', name_folded = 'someone else'
             WHERE id = (SELECT min(speaker_id) FROM claim)",
            [],
        )
        .unwrap();
    });
    let found = of_kind(&problems, "history_mismatch");
    assert_eq!(found.len(), 1, "{problems:#?}");
    let detail = found[0]["detail"].as_str().unwrap();
    assert!(detail.starts_with("speaker "), "{detail}");
    assert!(detail.contains("name is \"Someone Else\""), "{detail}");
}

#[test]
fn a_claim_moved_to_another_speaker_is_caught() {
    let mut moved = 0;
    let problems = forge(|env, conn| {
        let (claim, other) = claim_and_other_speaker(env, conn);
        moved = claim;
        conn.execute(
            "UPDATE claim SET speaker_id = ?2 WHERE id = ?1",
            [claim, other],
        )
        .unwrap();
    });
    let found = of_kind(&problems, "history_mismatch");
    assert_eq!(found.len(), 1, "{problems:#?}");
    assert_eq!(found[0]["claim_id"], moved);
    assert!(
        found[0]["detail"]
            .as_str()
            .unwrap()
            .contains("speaker_id is")
    );
}

#[test]
fn a_changed_stance_or_review_state_is_caught() {
    for (column, value) in [("stance", "deny"), ("review", "accepted")] {
        let mut changed = 0;
        let problems = forge(|env, conn| {
            let claim = claims(env)
                .into_iter()
                .find(|c| c[column] != value)
                .unwrap();
            changed = claim["id"].as_i64().unwrap();
            conn.execute(
                &format!("UPDATE claim SET {column} = ?2 WHERE id = ?1"),
                rusqlite::params![changed, value],
            )
            .unwrap();
        });
        let found = of_kind(&problems, "history_mismatch");
        assert_eq!(found.len(), 1, "{column}: {problems:#?}");
        assert_eq!(found[0]["claim_id"], changed);
        let detail = found[0]["detail"].as_str().unwrap();
        assert!(
            detail.contains(&format!("{column} is \"{value}\"")),
            "{detail}"
        );
    }
}

#[test]
fn a_claim_deleted_behind_claimtracks_back_is_caught() {
    let mut deleted = 0;
    let problems = forge(|env, conn| {
        deleted = claims(env)[0]["id"].as_i64().unwrap();
        conn.execute("DELETE FROM claim WHERE id = ?1", [deleted])
            .unwrap();
    });
    assert_eq!(problems.len(), 1, "{problems:#?}");
    assert_eq!(problems[0]["kind"], "unlogged_removal");
    assert_eq!(problems[0]["claim_id"], deleted);
}

#[test]
fn a_text_swapped_together_with_its_hash_is_caught() {
    let problems = forge(|_, conn| {
        let (id, text): (i64, String) = conn
            .query_row(
                "SELECT document_id, text FROM document_text ORDER BY document_id LIMIT 1",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        // Same length, so every span still cuts text on character boundaries.
        let swapped = text.replacen("the", "THE", 1);
        assert_ne!(swapped, text);
        let sha = claimtrack::input::sha256_hex(swapped.as_bytes());
        conn.execute(
            "UPDATE document_text SET text = ?2 WHERE document_id = ?1",
            rusqlite::params![id, swapped],
        )
        .unwrap();
        conn.execute(
            "UPDATE document SET sha256 = ?2 WHERE id = ?1",
            rusqlite::params![id, sha],
        )
        .unwrap();
    });
    assert!(
        of_kind(&problems, "hash_mismatch").is_empty(),
        "the hash is consistent"
    );
    let found = of_kind(&problems, "history_mismatch");
    assert_eq!(found.len(), 1, "{problems:#?}");
    assert!(found[0]["document_id"].is_i64(), "{problems:#?}");
    assert!(found[0]["detail"].as_str().unwrap().contains("sha256 is"));
}

#[test]
fn an_altered_log_entry_is_caught_even_with_its_hash_recomputed() {
    // The entry's data changed alone: its own hash no longer matches.
    let problems = forge(|_, conn| {
        conn.execute(
            "UPDATE change_log SET data = replace(data, '\"assert\"', '\"deny\"')
             WHERE seq = (SELECT min(seq) FROM change_log WHERE data LIKE '%\"assert\"%')",
            [],
        )
        .unwrap();
    });
    assert!(broken_chain(&problems).contains("does not match its hash"));

    // The forger recomputes that entry's hash: the next entry no longer follows it.
    let env = TestEnv::new();
    env.ingest_fixtures();
    let log = env.run(&["log", "--format", "json"]).success().json();
    let entries = log.as_array().unwrap();
    let victim = &entries[3];
    let seq = victim["seq"].as_i64().unwrap();
    {
        let conn = Connection::open(env.db()).unwrap();
        conn.execute(
            "UPDATE change_log SET at = '2000-01-01T00:00:00Z' WHERE seq = ?1",
            [seq],
        )
        .unwrap();
        let entry = claimtrack::store::ChangeEntry {
            seq,
            at: "2000-01-01T00:00:00Z".into(),
            origin: victim["origin"].as_str().unwrap().into(),
            action: victim["action"].as_str().unwrap().into(),
            table: victim["table"].as_str().unwrap().into(),
            row_id: victim["row_id"].as_i64().unwrap(),
            data: conn
                .query_row("SELECT data FROM change_log WHERE seq = ?1", [seq], |r| {
                    r.get(0)
                })
                .unwrap(),
            prev: claimtrack::store::parse_hash(victim["prev"].as_str().unwrap()).unwrap(),
            hash: [0; 32],
        };
        conn.execute(
            "UPDATE change_log SET hash = ?2 WHERE seq = ?1",
            rusqlite::params![seq, &entry.expected_hash()[..]],
        )
        .unwrap();
    }
    let detail = broken_chain(&failed_verify(&env));
    assert!(
        detail.starts_with(&format!("change {} does not follow change {seq}", seq + 1)),
        "{detail}"
    );
}

#[test]
fn a_dropped_log_is_caught() {
    let problems = forge(|_, conn| {
        conn.execute_batch("DROP TABLE change_log").unwrap();
    });
    assert!(broken_chain(&problems).contains("the change log is missing"));
}

#[test]
fn export_and_import_carry_the_log_and_keep_the_head() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    accept_first_claim(&env);
    rename_speaker(&env, 1);
    let before = head(&env);
    for format in ["jsonl", "json"] {
        let export = env.run(&["export", "--format", format]).success().stdout;
        let file = env.write(&format!("export.{format}"), &export);
        let other = env.path(&format!("copy-{format}.db"));
        let other = other.to_str().unwrap();
        env.run(&["--db", other, "import", file.to_str().unwrap()])
            .success();
        let copied = env.run(&["--db", other, "verify", "--head"]).success();
        assert_eq!(copied.stdout.trim(), before, "{format}");
        let again = env
            .run(&["--db", other, "export", "--format", format])
            .success()
            .stdout;
        assert_eq!(
            again, export,
            "{format}: export -> import -> export gives the same bytes"
        );
    }
}

#[test]
fn an_import_into_a_database_with_its_own_history_extends_that_history() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let export = env.run(&["export"]).success().stdout;
    let file = env.write("export.jsonl", &export);
    let other = env.path("other.db");
    let other = other.to_str().unwrap();
    let sha = {
        let path = env.write("own.txt", "Jane Roe said the bridge was safe.");
        env.run(&["--db", other, "ingest", path.to_str().unwrap()])
            .success();
        claimtrack::input::sha256_hex(b"Jane Roe said the bridge was safe.")
    };
    let own_head = env
        .run(&["--db", other, "verify", "--head"])
        .success()
        .stdout;
    env.run(&["--db", other, "import", file.to_str().unwrap()])
        .success();
    let merged_head = env
        .run(&["--db", other, "verify", "--head"])
        .success()
        .stdout;
    assert_ne!(merged_head, own_head);
    let own_doc = env
        .run(&[
            "--db",
            other,
            "log",
            "--doc",
            &sha[..10],
            "--format",
            "json",
        ])
        .success()
        .json();
    assert_eq!(
        own_doc[0]["seq"], 1,
        "the database's own history comes first"
    );
    let imported = env
        .run(&["--db", other, "log", "--format", "json"])
        .success()
        .json();
    assert!(
        imported
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["origin"] == "import"),
        "imported rows are logged as imported"
    );
}

#[test]
fn a_database_from_before_the_log_starts_it_when_upgraded() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let reviewed = accept_first_claim(&env);
    {
        // As a claimtrack from before the change log left it (and so before claims recorded
        // their resolver, migration 11, before pages were kept, migration 12, before the
        // views of migration 13, and before the counts of migration 14).
        let conn = Connection::open(env.db()).unwrap();
        conn.execute_batch(
            "DROP TRIGGER document_sourcing_insert; DROP TRIGGER document_sourcing_delete;
             DROP TRIGGER speaker_counts_insert; DROP TRIGGER speaker_counts_delete;
             DROP TRIGGER speaker_counts_regroup; DROP TRIGGER claim_counts_delete;
             DROP TRIGGER claim_counts_update; DROP TABLE document_sourcing;
             DROP TABLE outlet_sourcing; DROP TABLE speaker_claims;
             DROP TABLE speaker_group_claims;
             DROP VIEW claims_view; DROP VIEW speakers_view;
             DROP TABLE change_log; ALTER TABLE claim DROP COLUMN resolver;
             DROP TABLE document_page; PRAGMA user_version = 6;",
        )
        .unwrap();
    }
    env.run(&["verify"]).success();
    let log = env.run(&["log", "--format", "json"]).success().json();
    let entries = log.as_array().unwrap();
    assert!(!entries.is_empty());
    assert!(
        entries
            .iter()
            .all(|e| e["action"] == "existing" && e["origin"] == "upgrade")
    );
    let claim_log = env
        .run(&["log", "--claim", &reviewed, "--format", "json"])
        .success()
        .json();
    assert_eq!(claim_log.as_array().unwrap().len(), 1, "{claim_log:#}");
    assert_eq!(claim_log[0]["data"][0]["review"], "accepted");
    // And the upgraded history catches a forgery like any other.
    {
        let conn = Connection::open(env.db()).unwrap();
        conn.execute(
            "UPDATE claim SET review = 'rejected' WHERE id = ?1",
            [&reviewed],
        )
        .unwrap();
    }
    assert_eq!(of_kind(&failed_verify(&env), "history_mismatch").len(), 1);
}
