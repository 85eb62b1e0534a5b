//! Two ingests and a reader at the same time on one database: no "database is locked", whatever
//! it takes in waiting, and no document lost or stored twice.

use crate::common::{TestEnv, wait};
use crate::test_resume::{archive, stored_documents};
use std::process::{Child, Stdio};

fn finish(child: Child, what: &str) -> String {
    let run = wait(child);
    assert_eq!(run.code, 0, "{what} failed:\n{}", run.stderr);
    assert!(!run.stderr.contains("locked"), "{what}: {}", run.stderr);
    run.stderr
}

#[test]
fn two_ingests_and_a_reader_at_once() {
    let env = TestEnv::new();
    let all = std::fs::read_to_string(archive(&env, 2400)).unwrap();
    let lines: Vec<&str> = all.lines().collect();
    // Two archives that overlap by a third, so both processes try to store the same documents.
    let first = env.write("first.jsonl", lines[..1600].join("\n") + "\n");
    let second = env.write("second.jsonl", lines[800..].join("\n") + "\n");

    let reference = env.path("reference.db");
    let archive_path = env.path("archive.jsonl");
    env.run(&[
        "--db",
        reference.to_str().unwrap(),
        "ingest",
        archive_path.to_str().unwrap(),
    ])
    .success();

    let shared = env.path("shared.db");
    let db = shared.to_str().unwrap();
    // Create the database first, so the three processes start on the same schema: importing
    // an export that holds only its header makes an empty database.
    let export = env
        .run(&["--db", reference.to_str().unwrap(), "export"])
        .success()
        .stdout;
    let header = format!("{}\n", export.lines().next().unwrap());
    env.run_with_stdin(&["--db", db, "import", "-"], header.as_bytes())
        .success();
    let spawn = |args: &[&str]| {
        env.command(args)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let a = spawn(&["--db", db, "ingest", first.to_str().unwrap()]);
    let b = spawn(&["--db", db, "ingest", second.to_str().unwrap()]);
    let mut reads = 0;
    while stored_documents(&shared) < 2400 && reads < 2000 {
        for args in [
            [
                "--db",
                db,
                "claims",
                "--source-kind",
                "anonymous",
                "--format",
                "jsonl",
            ]
            .as_slice(),
            ["--db", db, "audit", "--top", "1", "--format", "json"].as_slice(),
        ] {
            let run = env.run(args);
            assert_eq!(
                run.code, 0,
                "reader failed during the ingests:\n{}",
                run.stderr
            );
            assert!(!run.stderr.contains("locked"), "{}", run.stderr);
            reads += 1;
        }
    }
    finish(a, "first ingest");
    finish(b, "second ingest");
    assert!(
        reads > 2,
        "the reader ran while the ingests did ({reads} reads)"
    );

    assert_eq!(
        env.claims_per_document(&shared),
        env.claims_per_document(&reference),
        "every document once, with its claims"
    );
    let verify = env.run(&["--db", db, "verify"]);
    assert_eq!(verify.code, 0, "{}{}", verify.stdout, verify.stderr);
}
