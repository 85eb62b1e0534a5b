//! Interrupting a large ingest (Ctrl-C) and running it again gives the same database as one
//! uninterrupted run.

use crate::common::{TestEnv, fixture_article};
use std::io::Write;
use std::process::Stdio;
use std::time::{Duration, Instant};

/// A JSONL archive of `count` distinct articles made from the fixtures' paragraphs.
pub fn archive(env: &TestEnv, count: usize) -> std::path::PathBuf {
    let paragraphs: Vec<String> = ["000", "001", "002", "003", "004"]
        .iter()
        .flat_map(|p| {
            std::fs::read_to_string(fixture_article(p))
                .unwrap()
                .split("\n\n")
                .filter(|para| para.len() > 80)
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    let path = env.path("archive.jsonl");
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    for i in 0..count {
        let body: Vec<&str> = (0..4)
            .map(|k| paragraphs[(i * 7 + k * 13) % paragraphs.len()].as_str())
            .collect();
        let text = format!("Report {i}\n\n{}\n", body.join("\n\n"));
        let outlet = ["Wire A", "Wire B", "Wire C"][i % 3];
        writeln!(
            file,
            "{}",
            serde_json::json!({"text": text, "outlet": outlet})
        )
        .unwrap();
    }
    path
}

pub fn stored_documents(db: &std::path::Path) -> i64 {
    let Ok(conn) =
        rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
    else {
        return 0;
    };
    conn.query_row("SELECT count(*) FROM document", [], |r| r.get(0))
        .unwrap_or(0)
}

pub const TIMES: &[&str] = &["ingested_at", "created_at"];

#[test]
fn interrupted_ingest_resumes_into_the_same_database() {
    let env = TestEnv::new();
    let archive = archive(&env, 3000);
    let archive = archive.to_str().unwrap();

    let whole = env.path("whole.db");
    let run = env
        .run(&[
            "--db",
            whole.to_str().unwrap(),
            "ingest",
            "--format",
            "jsonl",
            archive,
        ])
        .success();
    assert_eq!(run.jsonl().len(), 3000);

    let resumed = env.path("resumed.db");
    let child = env
        .command(&[
            "--db",
            resumed.to_str().unwrap(),
            "ingest",
            "--format",
            "jsonl",
            archive,
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let waited = Instant::now();
    while stored_documents(&resumed) < 100 {
        assert!(
            waited.elapsed() < Duration::from_secs(120),
            "ingest never got going"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let status = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("interrupted"), "{stderr}");
    let partial = stored_documents(&resumed);
    assert!(
        (100..3000).contains(&partial),
        "stopped part way: {partial}"
    );

    let run = env
        .run(&[
            "--db",
            resumed.to_str().unwrap(),
            "ingest",
            "--format",
            "jsonl",
            archive,
        ])
        .success();
    let records = run.jsonl();
    let present = records.iter().filter(|r| r["status"] == "present").count() as i64;
    assert_eq!(
        present, partial,
        "the second run skips exactly what the first stored"
    );

    assert_eq!(env.rows_of(&resumed, TIMES), env.rows_of(&whole, TIMES));
}
