//! Every kind of bad input gets a message naming the file, the position and the problem, exit
//! code 1, and leaves the database exactly as it was.

use crate::common::{Run, TestEnv};

/// An environment with one document stored, and its contents before the bad command.
fn setup() -> (TestEnv, String) {
    let env = TestEnv::new();
    let article = env.write(
        "first.txt",
        "Headline\n\nThe mayor said the bridge would reopen.\n",
    );
    env.run(&["ingest", article.to_str().unwrap()]).success();
    let before = env.db_contents();
    (env, before)
}

#[track_caller]
fn assert_refused(env: &TestEnv, before: &str, run: &Run, expected: &[&str]) {
    run.failed_saying(1, expected);
    assert_eq!(env.db_contents(), before, "the database changed");
}

#[test]
fn not_utf8_names_the_byte_offset() {
    let (env, before) = setup();
    let path = env.write("latin1.txt", b"Line one\nthe caf\xe9 owner said\n");
    let run = env.run(&["ingest", path.to_str().unwrap()]);
    assert_refused(
        &env,
        &before,
        &run,
        &["latin1.txt: not valid UTF-8 at byte 16 (line 2, column 8)"],
    );
}

#[test]
fn binary_file() {
    let (env, before) = setup();
    let path = env.write("image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let run = env.run(&["ingest", path.to_str().unwrap()]);
    assert_refused(
        &env,
        &before,
        &run,
        &["image.txt: binary file: NUL byte at byte 8"],
    );
}

#[test]
fn empty_file() {
    let (env, before) = setup();
    let path = env.write("empty.txt", b"");
    let blank = env.write("blank.txt", b"  \n\n ");
    let run = env.run(&["ingest", path.to_str().unwrap(), blank.to_str().unwrap()]);
    assert_refused(
        &env,
        &before,
        &run,
        &[
            "empty.txt: empty file",
            "blank.txt: empty file (only white space)",
            "2 inputs could not be ingested",
        ],
    );
}

#[test]
fn missing_file() {
    let (env, before) = setup();
    let run = env.run(&["ingest", "no-such-article.txt"]);
    assert_refused(
        &env,
        &before,
        &run,
        &["no-such-article.txt: no such file or directory"],
    );
}

#[test]
fn bad_date_in_a_flag() {
    let (env, before) = setup();
    let path = env.write("dated.txt", "Another article\n");
    let run = env.run(&[
        "ingest",
        "--published",
        "2021-02-30",
        path.to_str().unwrap(),
    ]);
    // A bad flag value is bad usage (exit 2), refused before anything is read.
    run.failed_saying(
        2,
        &["invalid value '2021-02-30' for '--published <DATE>': bad date \"2021-02-30\": expected YYYY-MM-DD"],
    );
    assert_eq!(env.db_contents(), before, "the database changed");
}

#[test]
fn bad_date_in_a_sidecar() {
    let (env, before) = setup();
    let path = env.write("dated.txt", "Another article\n");
    env.write("dated.json", r#"{"published": "last Tuesday"}"#);
    let run = env.run(&["ingest", path.to_str().unwrap()]);
    assert_refused(
        &env,
        &before,
        &run,
        &["dated.json: published: bad date \"last Tuesday\""],
    );
}

#[test]
fn bad_date_and_bad_json_in_a_jsonl_line() {
    let (env, before) = setup();
    let path = env.write(
        "archive.jsonl",
        "{\"text\": \"One\", \"published\": \"2020-13-01\"}\n{\"text\": \"Two\", \"oops\": 1}\n{\"text\": \n",
    );
    let run = env.run(&["ingest", path.to_str().unwrap()]);
    assert_refused(
        &env,
        &before,
        &run,
        &[
            "archive.jsonl:1: published: bad date \"2020-13-01\"",
            "archive.jsonl:2: column",
            "unknown field `oops`",
            "archive.jsonl:3: column",
        ],
    );
}

#[test]
fn bad_sidecar_json_names_line_and_column() {
    let (env, before) = setup();
    let path = env.write("story.txt", "Story\n");
    env.write("story.json", "{\n  \"outlet\": \"X\",\n  \"title\": 7\n}");
    let run = env.run(&["ingest", path.to_str().unwrap()]);
    assert_refused(
        &env,
        &before,
        &run,
        &["story.json:3:", "bad sidecar metadata"],
    );
}

#[test]
fn doc_that_matches_nothing() {
    let (env, before) = setup();
    let run = env.run(&["show", "0000000000"]);
    assert_refused(
        &env,
        &before,
        &run,
        &["document 0000000000: no document has a hash starting with it"],
    );
    let run = env.run(&["show", "12g4"]);
    assert_refused(
        &env,
        &before,
        &run,
        &["expected a SHA-256 prefix of 6 to 64 hexadecimal digits"],
    );
}

/// Two texts whose SHA-256 share their first six hex digits, found by a deterministic search.
fn colliding_texts() -> (String, String, String) {
    let mut seen = std::collections::HashMap::new();
    for i in 0.. {
        let text = format!("Article number {i}\n");
        let prefix = claimtrack::input::sha256_hex(text.as_bytes())[..6].to_string();
        if let Some(other) = seen.insert(prefix.clone(), text.clone()) {
            return (other, text, prefix);
        }
    }
    unreachable!()
}

#[test]
fn doc_that_matches_several() {
    let (env, _) = setup();
    let (a, b, prefix) = colliding_texts();
    let archive = env.write(
        "pair.jsonl",
        format!(
            "{}\n{}\n",
            serde_json::json!({"text": a}),
            serde_json::json!({"text": b})
        ),
    );
    env.run(&["ingest", archive.to_str().unwrap()]).success();
    let before = env.db_contents();
    let run = env.run(&[
        "claim",
        "add",
        "--doc",
        &prefix,
        "--content",
        "Article",
        "--speaker",
        "X",
    ]);
    let sha_a = claimtrack::input::sha256_hex(a.as_bytes());
    let sha_b = claimtrack::input::sha256_hex(b.as_bytes());
    assert_refused(
        &env,
        &before,
        &run,
        &[
            &format!("document {prefix}: ambiguous, it matches 2 documents"),
            &sha_a[..12],
            &sha_b[..12],
        ],
    );
}

#[test]
fn content_not_in_the_document() {
    let (env, before) = setup();
    let sha =
        claimtrack::input::sha256_hex(b"Headline\n\nThe mayor said the bridge would reopen.\n");
    let run = env.run(&[
        "claim",
        "add",
        "--doc",
        &sha[..8],
        "--content",
        "the tunnel would close",
        "--speaker",
        "Mayor",
    ]);
    assert_refused(
        &env,
        &before,
        &run,
        &["\"the tunnel would close\": text not found in document"],
    );
}

#[test]
fn database_of_another_program() {
    let env = TestEnv::new();
    {
        let conn = rusqlite::Connection::open(env.db()).unwrap();
        conn.execute_batch("CREATE TABLE accounts(id INTEGER, balance REAL); INSERT INTO accounts VALUES (1, 2.5);")
            .unwrap();
    }
    let before = std::fs::read(env.db()).unwrap();
    let run = env.run(&["docs"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("claims.db: not a claimtrack database"),
        "{}",
        run.stderr
    );
    assert_eq!(std::fs::read(env.db()).unwrap(), before);

    std::fs::write(env.db(), "just some notes, not SQLite at all\n").unwrap();
    let run = env.run(&["docs"]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("claims.db: "), "{}", run.stderr);
    assert_eq!(
        std::fs::read(env.db()).unwrap(),
        b"just some notes, not SQLite at all\n"
    );
}

#[test]
fn database_from_a_newer_claimtrack() {
    let (env, _) = setup();
    {
        let conn = rusqlite::Connection::open(env.db()).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let before = env.db_contents();
    let path = env.write("second.txt", "Second\n");
    let run = env.run(&["ingest", path.to_str().unwrap()]);
    assert_refused(
        &env,
        &before,
        &run,
        &["claims.db: database schema version 99 is newer than this claimtrack understands"],
    );
}

#[test]
fn bad_usage_exits_with_2() {
    let env = TestEnv::new();
    assert_eq!(env.run(&["frobnicate"]).code, 2);
    assert_eq!(env.run(&["claims", "--stance", "maybe"]).code, 2);
    assert_eq!(env.run(&["claims", "--format", "xml"]).code, 2);
    assert_eq!(env.run(&["ingest"]).code, 2);
    assert_eq!(env.run(&["--help"]).code, 0);
}
