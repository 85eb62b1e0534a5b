//! The claim counts kept at write time (schema migration 14), which `audit` and `speakers` read
//! instead of counting claims: after every kind of write they equal a full recount of the
//! claims, and `verify` fails when they do not.

use crate::common::{TestEnv, fixtures};
use rusqlite::Connection;
use std::path::Path;

/// Rows of `sql`, every column as text, sorted, for comparing two ways of counting.
fn rows(conn: &Connection, sql: &str) -> Vec<String> {
    let mut stmt = conn.prepare(sql).unwrap();
    let columns = stmt.column_count();
    let mut rows: Vec<String> = stmt
        .query_map([], |row| {
            let cells: Vec<String> = (0..columns)
                .map(|i| {
                    let value: rusqlite::types::Value = row.get(i).unwrap();
                    format!("{value:?}")
                })
                .collect();
            Ok(cells.join("|"))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    rows.sort();
    rows
}

/// Each maintained count beside the same count made by grouping the claims, written here
/// independently of the store (rows left at zero are not compared: a recount has none).
const RECOUNTS: [(&str, &str, &str); 4] = [
    (
        "documents",
        "SELECT document_id, outlet_key, named, anonymous, vague, none FROM document_sourcing",
        "SELECT d.id, coalesce(d.outlet_id, 0),
                count(c.id) FILTER (WHERE c.source_kind = 'named'),
                count(c.id) FILTER (WHERE c.source_kind = 'anonymous'),
                count(c.id) FILTER (WHERE c.source_kind = 'vague'),
                count(c.id) FILTER (WHERE c.source_kind = 'none')
         FROM document d LEFT JOIN claim c ON c.document_id = d.id AND c.review != 'rejected'
         GROUP BY d.id",
    ),
    (
        "outlets",
        "SELECT outlet_key, documents, named, anonymous, vague, none FROM outlet_sourcing
         WHERE documents > 0",
        "SELECT coalesce(d.outlet_id, 0), count(DISTINCT d.id),
                count(c.id) FILTER (WHERE c.source_kind = 'named'),
                count(c.id) FILTER (WHERE c.source_kind = 'anonymous'),
                count(c.id) FILTER (WHERE c.source_kind = 'vague'),
                count(c.id) FILTER (WHERE c.source_kind = 'none')
         FROM document d LEFT JOIN claim c ON c.document_id = d.id AND c.review != 'rejected'
         GROUP BY 1",
    ),
    (
        "speakers by outlet",
        "SELECT speaker_id, outlet_key, claims FROM speaker_claims WHERE claims != 0",
        "SELECT c.speaker_id, coalesce(d.outlet_id, 0), count(*)
         FROM claim c JOIN document d ON d.id = c.document_id
         WHERE c.speaker_id IS NOT NULL AND c.review != 'rejected' GROUP BY 1, 2",
    ),
    (
        "speaker groups",
        "SELECT g.root_id, g.claims FROM speaker_group_claims g
         JOIN speaker r ON r.id = g.root_id WHERE r.canonical_id IS NULL",
        "SELECT r.id, count(c.id) FROM speaker r
         LEFT JOIN speaker m ON m.id = r.id OR m.canonical_id = r.id
         LEFT JOIN claim c ON c.speaker_id = m.id AND c.review != 'rejected'
         WHERE r.canonical_id IS NULL GROUP BY r.id",
    ),
];

/// Asserts that every maintained count equals its recount, and that `verify` agrees.
fn assert_counts_right(env: &TestEnv, db: &Path, after: &str) {
    assert_counts_recount(&Connection::open(db).unwrap(), after);
    env.run(&["--db", db.to_str().unwrap(), "verify"]).success();
}

/// Asserts that every maintained count equals its recount.
fn assert_counts_recount(conn: &Connection, after: &str) {
    for (what, kept, recount) in RECOUNTS {
        assert_eq!(
            rows(conn, kept),
            rows(conn, recount),
            "counts of {what} after {after}"
        );
    }
    let merged: i64 = conn
        .query_row(
            "SELECT count(*) FROM speaker_group_claims g JOIN speaker s ON s.id = g.root_id
             WHERE s.canonical_id IS NOT NULL AND g.claims != 0",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(
        merged, 0,
        "a merged speaker holds a group's count after {after}"
    );
}

fn claim_ids(env: &TestEnv) -> Vec<String> {
    let claims = env.listed(&["claims"]);
    claims.iter().map(|c| c["id"].to_string()).collect()
}

#[test]
fn counts_equal_a_recount_after_every_kind_of_write() {
    let env = TestEnv::new();
    let db = env.db();
    // Stored without claims, then extracted: re-extraction adds every claim.
    let articles = fixtures().join("articles");
    env.run(&["ingest", "--no-extract", articles.to_str().unwrap()])
        .success();
    assert_counts_right(&env, &db, "ingest without extraction");
    env.run(&["reextract"]).success();
    assert_counts_right(&env, &db, "reextract");

    let ids = claim_ids(&env);
    assert!(ids.len() > 10, "the fixtures give claims");
    env.run(&["claim", "edit", &ids[0], "--source-kind", "vague"])
        .success();
    env.run(&[
        "claim",
        "edit",
        &ids[1],
        "--speaker",
        "Someone Else Entirely",
    ])
    .success();
    env.run(&[
        "claim",
        "edit",
        &ids[2],
        "--source-kind",
        "anonymous",
        "--speaker",
        "Another Person",
    ])
    .success();
    assert_counts_right(&env, &db, "claim edit");

    env.run(&["claim", "review", &ids[3], "--reject"]).success();
    env.run(&["claim", "review", &ids[4], "--reject"]).success();
    env.run(&["claim", "review", &ids[4], "--accept"]).success();
    env.run(&["claim", "review", &ids[5], "--accept"]).success();
    assert_counts_right(&env, &db, "claim review");

    env.run(&["claim", "rm", &ids[3]]).success();
    env.run(&["claim", "rm", &ids[6]]).success();
    env.run(&["claim", "rm", &ids[1]]).success();
    assert_counts_right(&env, &db, "claim rm");

    // A second extraction replaces what it finds changed; removed claims come back.
    env.run(&["reextract"]).success();
    assert_counts_right(&env, &db, "a second reextract");

    let export = env.run(&["export"]).success().stdout;
    let file = env.write("export.jsonl", export);
    let copy = env.path("copy.db");
    env.run(&[
        "--db",
        copy.to_str().unwrap(),
        "import",
        file.to_str().unwrap(),
    ])
    .success();
    assert_counts_right(&env, &copy, "import");
}

#[test]
fn counts_follow_speakers_through_merge_rename_and_unmerge() {
    let env = TestEnv::new();
    let db = env.db();
    let text = "Title\n\nThe envoy said talks would resume. Her deputy said talks had failed. \
                A clerk said the hall was booked.\n";
    let sha = env.add_document("t.txt", text);
    env.add_claim(&sha, "talks would resume", "Jane Roe");
    env.add_claim(&sha, "talks had failed", "J. R. Deputy");
    env.add_claim(&sha, "the hall was booked", "Sam Clerk");
    assert_counts_right(&env, &db, "claim add");

    env.run(&["speaker", "merge", "Jane Roe", "J. R. Deputy"])
        .success();
    assert_counts_right(&env, &db, "a merge");
    env.run(&["speaker", "merge", "Sam Clerk", "Jane Roe"])
        .success();
    assert_counts_right(&env, &db, "a merge of a group into another");
    let speakers = env.run(&["speakers", "--format", "json"]).success().json();
    assert_eq!(speakers[0]["claims"], 3, "{speakers}");

    env.run(&["speaker", "rename", "Sam Clerk", "Samuel Clerk"])
        .success();
    assert_counts_right(&env, &db, "a rename");
    env.run(&["speaker", "unmerge", "Jane Roe"]).success();
    assert_counts_right(&env, &db, "an unmerge");
    env.run(&["speaker", "unmerge", "J. R. Deputy"]).success();
    assert_counts_right(&env, &db, "a second unmerge");
}

#[test]
fn verify_fails_on_a_count_changed_behind_its_back_and_recount_repairs_it() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    env.run(&["verify"]).success();
    let conn = Connection::open(env.db()).unwrap();
    conn.execute(
        "UPDATE document_sourcing SET named = named + 1 WHERE document_id = 2",
        [],
    )
    .unwrap();
    conn.execute(
        "UPDATE speaker_group_claims SET claims = claims + 5
         WHERE root_id = (SELECT min(id) FROM speaker)",
        [],
    )
    .unwrap();
    drop(conn);
    let run = env.run(&["verify", "--format", "json"]);
    run.failed_saying(3, &["verify --recount"]);
    let problems = run.json();
    let mismatched: Vec<&str> = problems
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["kind"] == "count_mismatch")
        .map(|p| p["detail"].as_str().unwrap())
        .collect();
    assert_eq!(mismatched.len(), 2, "{problems}");
    assert!(mismatched[0].contains("document_sourcing"), "{problems}");
    assert!(mismatched[1].contains("speaker_group_claims"), "{problems}");

    env.run(&["verify", "--recount"]).success();
    assert_counts_right(&env, &env.db(), "verify --recount");
}

/// claimtrack has no command that removes a document or a speaker, but a removal in SQL (with
/// foreign keys on, so a document's claims go with it and a speaker's claims lose it) keeps
/// the counts right too: the triggers see it.
#[test]
fn counts_follow_removals_made_in_sql() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    env.run(&["speaker", "merge", "Sajad Jiyad", "Kadhimi"])
        .success();
    let conn = Connection::open(env.db()).unwrap();
    conn.execute_batch("PRAGMA foreign_keys = ON").unwrap();
    conn.execute("DELETE FROM document WHERE id = 1", [])
        .unwrap();
    assert_counts_recount(&conn, "a document's removal");
    // A merged member, then a root with no members (a root with members cannot go: they
    // point at it).
    for which in [
        "s.canonical_id IS NOT NULL",
        "s.canonical_id IS NULL AND s.id NOT IN
         (SELECT canonical_id FROM speaker WHERE canonical_id IS NOT NULL)",
    ] {
        let removed = conn
            .execute(
                &format!(
                    "DELETE FROM speaker WHERE id = (SELECT min(s.id) FROM speaker s
                     JOIN claim c ON c.speaker_id = s.id WHERE {which})"
                ),
                [],
            )
            .unwrap();
        assert_eq!(removed, 1, "{which}");
        assert_counts_recount(&conn, &format!("a speaker's removal ({which})"));
    }
}
