//! Ingest: files, directories, JSONL, stdin, sidecars, and storing each document once.

use crate::common::{TestEnv, fixtures};

#[test]
fn fixtures_go_in_once() {
    let env = TestEnv::new();
    let first = env.ingest_fixtures().jsonl();
    assert_eq!(first.len(), 5);
    assert!(first.iter().all(|r| r["status"] == "added"), "{first:?}");
    assert!(
        first
            .iter()
            .all(|r| r["sha256"].as_str().unwrap().len() == 64)
    );

    let second = env.ingest_fixtures().jsonl();
    assert_eq!(second.len(), 5);
    assert!(
        second.iter().all(|r| r["status"] == "present"),
        "{second:?}"
    );
    assert_eq!(
        env.run(&["docs", "--format", "json"])
            .success()
            .json()
            .as_array()
            .unwrap()
            .len(),
        5
    );
}

#[test]
fn table_output_prints_short_hashes() {
    let env = TestEnv::new();
    let articles = fixtures().join("articles");
    let run = env
        .run(&["ingest", "--no-extract", articles.to_str().unwrap()])
        .success();
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 5);
    for line in lines {
        let hash = line.split_whitespace().nth(1).unwrap();
        assert_eq!(hash.len(), 12, "{line}");
        assert!(hash.bytes().all(|b| b.is_ascii_hexdigit()));
    }
    assert!(
        run.stderr.contains("5 added, 0 already present, 0 failed"),
        "{}",
        run.stderr
    );
}

/// Into a pipe, a table ingest writes its line per document with or without --verbose (the
/// summary instead of lines is for a terminal), and the summary counts the claims.
#[test]
fn a_pipe_gets_a_line_per_document_with_or_without_verbose() {
    let quiet = TestEnv::new();
    let verbose = TestEnv::new();
    let articles = fixtures().join("articles");
    let articles = articles.to_str().unwrap();
    let plain = quiet.run(&["ingest", articles]).success();
    let told = verbose.run(&["ingest", "--verbose", articles]).success();
    assert_eq!(plain.stdout.lines().count(), 5, "{}", plain.stdout);
    assert_eq!(plain.stdout, told.stdout);
    let claims = quiet
        .run(&["claims", "--format", "json"])
        .success()
        .json()
        .as_array()
        .unwrap()
        .len();
    assert!(
        plain.stderr.contains(&format!(
            "5 added, 0 already present, 0 failed; {claims} claims extracted"
        )),
        "{}",
        plain.stderr
    );
}

#[test]
fn sidecar_metadata_and_flags() {
    let env = TestEnv::new();
    let article = env.write(
        "story.txt",
        "\n  The headline\n\nThe minister said the plan would work.\n",
    );
    env.write(
        "story.json",
        r#"{"outlet": "Daily Planet", "published": "2021-03-04", "byline": "L. Lane"}"#,
    );
    env.run(&["ingest", article.to_str().unwrap()]).success();
    let docs = env.run(&["docs", "--format", "json"]).success().json();
    assert_eq!(docs[0]["outlet"], "Daily Planet");
    assert_eq!(docs[0]["title"], "The headline");
    assert_eq!(docs[0]["published"], "2021-03-04");

    let other = env.write("other.md", "Second story\n");
    env.run(&[
        "ingest",
        "--outlet",
        "Flag Outlet",
        "--title",
        "Given",
        other.to_str().unwrap(),
    ])
    .success();
    let docs = env.run(&["docs", "--format", "json"]).success().json();
    let given = docs
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["title"] == "Given")
        .unwrap();
    assert_eq!(given["outlet"], "Flag Outlet");
}

#[test]
fn jsonl_archive_and_stdin() {
    let env = TestEnv::new();
    let archive = env.write(
        "archive.jsonl",
        concat!(
            r#"{"text": "First article.\nShe said it was fine.", "title": "One", "outlet": "Wire"}"#,
            "\n\n",
            r#"{"text": "Second article.", "url": "https://example.org/2", "published": "2020-01-02"}"#,
            "\n"
        ),
    );
    let run = env
        .run(&["ingest", "--format", "jsonl", archive.to_str().unwrap()])
        .success();
    let records = run.jsonl();
    assert_eq!(records.len(), 2);
    assert!(
        records[1]["origin"]
            .as_str()
            .unwrap()
            .ends_with("archive.jsonl:3")
    );

    let run = env.run_with_stdin(
        &["ingest", "--format", "jsonl", "--outlet", "Piped", "-"],
        b"From stdin\nbody\n",
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.jsonl()[0]["origin"], "<stdin>");
    let docs = env.run(&["docs", "--format", "json"]).success().json();
    assert_eq!(docs.as_array().unwrap().len(), 3);
}

#[test]
fn a_bad_file_does_not_stop_the_others() {
    let env = TestEnv::new();
    let good = env.write("good.txt", "A good article.\n");
    let bad = env.write("bad.txt", b"caf\xe9\n");
    let also_good = env.write("also.txt", "Another good article.\n");
    let run = env.run(&[
        "ingest",
        "--format",
        "jsonl",
        good.to_str().unwrap(),
        bad.to_str().unwrap(),
        also_good.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 1);
    let statuses: Vec<_> = run
        .jsonl()
        .iter()
        .map(|r| r["status"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(statuses, ["added", "failed", "added"]);
    assert!(
        run.stderr.contains("1 input could not be ingested"),
        "{}",
        run.stderr
    );
}

#[test]
fn directories_are_searched_recursively_for_known_extensions() {
    let env = TestEnv::new();
    std::fs::create_dir_all(env.path("corpus/deeper")).unwrap();
    env.write("corpus/a.txt", "Text A\n");
    env.write("corpus/deeper/b.md", "Text B\n");
    env.write("corpus/deeper/c.jsonl", "{\"text\": \"Text C\"}\n");
    env.write("corpus/scan.pdf", "%PDF-1.4");
    env.write("corpus/a.json", "{}");
    let run = env.run(&[
        "ingest",
        "--format",
        "jsonl",
        env.path("corpus").to_str().unwrap(),
    ]);
    // A file of a kind claimtrack does not read is named, never passed over in silence; the
    // sidecar `a.json` of `a.txt` is metadata, not an archive.
    run.failed_saying(
        1,
        &["scan.pdf: not a kind of file claimtrack reads; skipped"],
    );
    assert!(!run.stderr.contains("a.json"), "{}", run.stderr);
    let statuses: Vec<serde_json::Value> =
        run.jsonl().iter().map(|r| r["status"].clone()).collect();
    assert_eq!(statuses, ["added", "added", "added", "failed"]);
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    use std::io::Read;
    let env = TestEnv::new();
    let big = "He said it was so. ".repeat(200_000);
    let article = env.write("big.txt", &big);
    env.run(&["ingest", "--no-extract", article.to_str().unwrap()])
        .success();
    let sha = claimtrack::input::sha256_hex(big.as_bytes());
    let mut child = env
        .command(&["show", &sha[..12]])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
