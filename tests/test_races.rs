//! Lost updates and misplaced edits (issue 9, problem 2): a command that changes a row reads it
//! inside its write transaction, and claim ids are never reused, so commands that wait behind
//! another writer neither lose each other's changes nor reach a claim that took a removed id.

use crate::common::{TestEnv, wait};
use rusqlite::Connection;
use std::process::{Child, Stdio};
use std::time::Duration;

/// Long enough for the spawned commands to read their rows and start waiting for the lock.
const SETTLE: Duration = Duration::from_millis(2500);

fn spawn(env: &TestEnv, args: &[&str]) -> Child {
    env.command(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

fn finish(child: Child) -> (i32, String) {
    let run = wait(child);
    (run.code, run.stderr)
}

/// A database with one document and one manual claim in it: (env, document hash, claim id).
fn one_claim() -> (TestEnv, String, i64) {
    let env = TestEnv::new();
    let sha = env.add_document(
        "a.txt",
        "Headline\n\nThe mayor said the bridge would reopen.\n",
    );
    let id = claim_id(&env, &sha);
    (env, sha, id)
}

fn claim_id(env: &TestEnv, sha: &str) -> i64 {
    env.add_claim(sha, "the bridge would reopen", "The mayor")["id"]
        .as_i64()
        .unwrap()
}

fn claim_field(env: &TestEnv, id: i64, column: &str) -> String {
    let conn = Connection::open(env.db()).unwrap();
    conn.query_row(
        &format!("SELECT {column} FROM claim WHERE id = ?1"),
        [id],
        |r| r.get(0),
    )
    .unwrap()
}

#[test]
fn two_edits_waiting_for_the_lock_both_keep_their_change() {
    let (env, _, id) = one_claim();
    let id_arg = id.to_string();
    let holder = env.hold_write_lock();
    let stance = spawn(&env, &["claim", "edit", &id_arg, "--stance", "deny"]);
    let framing = spawn(&env, &["claim", "edit", &id_arg, "--framing", "distance"]);
    std::thread::sleep(SETTLE);
    holder.execute_batch("COMMIT").unwrap();
    for child in [stance, framing] {
        let (code, stderr) = finish(child);
        assert_eq!(code, 0, "{stderr}");
    }
    assert_eq!(claim_field(&env, id, "stance"), "deny");
    assert_eq!(claim_field(&env, id, "framing"), "distance");
}

#[test]
fn an_edit_waiting_for_the_lock_never_reaches_a_claim_that_took_its_id() {
    let env = TestEnv::new();
    let a = env.add_document(
        "a.txt",
        "Alpha\n\nThe mayor said the bridge would reopen soon.\n",
    );
    env.add_document("b.txt", "Beta\n\nA minister said taxes were going down.\n");
    let id = claim_id(&env, &a);
    let id_arg = id.to_string();
    let holder = env.hold_write_lock();
    let edit = spawn(
        &env,
        &[
            "claim",
            "edit",
            &id_arg,
            "--content",
            "the bridge would reopen soon",
        ],
    );
    std::thread::sleep(SETTLE);
    // What `claim rm N` and a `claim add` to document B commit while the edit waits (the
    // add's full-text index entry and counts included; the removal's come from triggers).
    holder
        .execute_batch(&format!(
            "DELETE FROM claim WHERE id = {id};
             INSERT INTO claim (document_id, content, content_start, content_end, kind,
                                source_kind, stance, framing, origin, created_at)
                 SELECT d.id, 'taxes were going down', 22, 43, 'indirect', 'none', 'assert',
                        'neutral', 'manual', '2026-01-01T00:00:00Z'
                 FROM document d WHERE d.title = 'Beta';
             INSERT INTO claim_fts(rowid, content)
                 VALUES (last_insert_rowid(), 'taxes were going down');
             UPDATE document_sourcing SET none = none + 1
                 WHERE document_id = (SELECT id FROM document WHERE title = 'Beta');
             UPDATE outlet_sourcing SET none = none + 1 WHERE outlet_key = 0;
             COMMIT;"
        ))
        .unwrap();
    let (code, stderr) = finish(edit);
    assert_eq!(code, 1, "{stderr}");
    assert!(
        stderr.contains(&format!("claim {id}: no such claim")),
        "{stderr}"
    );
    let new_id: i64 = Connection::open(env.db())
        .unwrap()
        .query_row("SELECT max(id) FROM claim", [], |r| r.get(0))
        .unwrap();
    assert!(
        new_id > id,
        "the new claim took id {new_id}, the removed one had {id}"
    );
    assert_eq!(
        claim_field(&env, new_id, "content"),
        "taxes were going down"
    );
    // The holder's DELETE and INSERT stand for `claim rm` and `claim add` but bypass claimtrack,
    // so the change log lacks them and verify names exactly those two rows. Anything more (a
    // text mismatch, an edit logged for the new claim) would be the edit reaching that claim.
    let verify = env.run(&["verify", "--format", "json"]);
    assert_eq!(verify.code, 3, "{}", verify.stderr);
    let found: Vec<(String, i64)> = verify
        .json()
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["kind"].as_str().unwrap().into(),
                p["claim_id"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("unlogged_row".into(), new_id),
            ("unlogged_removal".into(), id)
        ],
        "{}",
        verify.stdout
    );
}

#[test]
fn review_and_remove_of_a_claim_removed_meanwhile_say_so() {
    let (env, _, id) = one_claim();
    let id_arg = id.to_string();
    let holder = env.hold_write_lock();
    let review = spawn(&env, &["claim", "review", &id_arg, "--accept"]);
    let remove = spawn(&env, &["claim", "rm", &id_arg]);
    std::thread::sleep(SETTLE);
    holder
        .execute_batch(&format!("DELETE FROM claim WHERE id = {id}; COMMIT;"))
        .unwrap();
    for child in [review, remove] {
        let (code, stderr) = finish(child);
        assert_eq!(code, 1, "{stderr}");
        assert!(stderr.contains("no such claim"), "{stderr}");
    }
}

#[test]
fn a_removed_claims_id_is_never_given_again() {
    let (env, sha, first) = one_claim();
    env.run(&["claim", "rm", &first.to_string()]).success();
    let second = claim_id(&env, &sha);
    assert!(second > first, "{second} after {first}");
}

#[test]
fn a_rename_waiting_for_the_lock_renames_the_speaker_named_so_when_it_runs() {
    let (env, _, _) = one_claim();
    let holder = env.hold_write_lock();
    let rename = spawn(&env, &["speaker", "rename", "The mayor", "Mayor Ann Lee"]);
    std::thread::sleep(SETTLE);
    // Meanwhile another process renames the speaker and a new one takes the old name.
    holder
        .execute_batch(
            "UPDATE speaker SET name = 'Someone Else', name_folded = 'someone else'
                 WHERE name_folded = 'the mayor';
             INSERT INTO speaker (name, name_folded, name_key, surname_key)
                 VALUES ('The mayor', 'the mayor', 'mayor', 'mayor');
             COMMIT;",
        )
        .unwrap();
    let (code, stderr) = finish(rename);
    assert_eq!(code, 0, "{stderr}");
    let conn = Connection::open(env.db()).unwrap();
    let names: Vec<String> = conn
        .prepare("SELECT name FROM speaker ORDER BY id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(names, ["Someone Else", "Mayor Ann Lee"]);
}
