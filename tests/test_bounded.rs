//! Bounded input (issue 9, problem 6): the walk does not go round symlink loops and reads only
//! regular files, a document larger than --max-bytes is refused with its size, FIFOs and
//! devices are refused with the advice to pipe them into `-`, and a path too long to open is
//! reported rather than skipped.

use crate::common::{Run, TestEnv};
use std::process::Stdio;
use std::time::{Duration, Instant};

/// Runs claimtrack, killing it if it has not finished within `limit` (the old walk never did).
fn run_within(env: &TestEnv, args: &[&str], limit: Duration) -> Run {
    let mut child = env
        .command(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > limit {
            child.kill().unwrap();
            panic!("{args:?} did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    child.wait_with_output().unwrap().into()
}

fn stored(env: &TestEnv) -> i64 {
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.query_row("SELECT count(*) FROM document", [], |r| r.get(0))
        .unwrap()
}

const LIMIT: Duration = Duration::from_secs(30);

#[test]
fn symlink_loops_are_reported_not_followed() {
    let env = TestEnv::new();
    let dir = env.path("articles");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("a.txt"), "Headline\n\nThe mayor said so.\n").unwrap();
    std::os::unix::fs::symlink(".", dir.join("loop1")).unwrap();
    std::os::unix::fs::symlink(".", dir.join("loop2")).unwrap();
    let run = run_within(&env, &["ingest", dir.to_str().unwrap()], LIMIT);
    run.failed_saying(1, &["loop1: a symbolic link back to", "1 added"]);
    assert_eq!(stored(&env), 1);
}

#[test]
fn devices_and_fifos_are_refused_with_advice() {
    let env = TestEnv::new();
    let run = run_within(&env, &["ingest", "/dev/zero"], LIMIT);
    run.failed_saying(
        1,
        &[
            "/dev/zero: a device, not a regular file",
            "claimtrack ingest - < /dev/zero",
        ],
    );
    let dir = env.path("articles");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("a.txt"), "Headline\n\nThe mayor said so.\n").unwrap();
    let fifo = dir.join("x.txt");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let run = run_within(&env, &["ingest", dir.to_str().unwrap()], LIMIT);
    run.failed_saying(1, &["x.txt: a FIFO, not a regular file", "1 added"]);
    let run = run_within(&env, &["ingest", fifo.to_str().unwrap()], LIMIT);
    run.failed_saying(1, &["x.txt: a FIFO, not a regular file"]);
    assert_eq!(stored(&env), 1);
}

#[test]
fn a_document_larger_than_max_bytes_is_refused_with_its_size() {
    let env = TestEnv::new();
    let big = "The mayor said the road was open. ".repeat(100);
    let file = env.write("big.txt", &big);
    let small = env.write("small.txt", "Headline\n\nThe mayor said so.\n");
    let args = [
        "ingest",
        "--max-bytes",
        "1K",
        file.to_str().unwrap(),
        small.to_str().unwrap(),
    ];
    let run = env.run(&args);
    run.failed_saying(1, &["big.txt: 3400 bytes, more than --max-bytes (1024)"]);
    assert_eq!(stored(&env), 1);

    let run = env.run_with_stdin(&["ingest", "--max-bytes", "1000", "-"], big.as_bytes());
    run.failed_saying(1, &["<stdin>: 3400 bytes, more than --max-bytes (1000)"]);

    let line = serde_json::json!({ "text": big }).to_string();
    let archive = env.write("big.jsonl", format!("{line}\n{line}\n"));
    let run = env.run(&["ingest", "--max-bytes", "1000", archive.to_str().unwrap()]);
    run.failed_saying(
        1,
        &[
            "big.jsonl:1: 3400 bytes, more than",
            "big.jsonl:2: 3400 bytes, more than",
        ],
    );
    assert_eq!(stored(&env), 1);
}

#[test]
fn a_file_too_deep_to_open_is_reported_not_skipped() {
    let env = TestEnv::new();
    // 2,500 folders deep, past PATH_MAX (4096 bytes), made in two steps of relative paths
    // that each stay under it.
    let upper = "d/".repeat(1000);
    let lower = "d/".repeat(1500);
    let root = env.path("deep");
    let mkdir = |dir: &std::path::Path, path: &str| {
        let made = std::process::Command::new("mkdir")
            .args(["-p", path])
            .current_dir(dir)
            .status()
            .unwrap();
        assert!(made.success());
    };
    std::fs::create_dir(&root).unwrap();
    mkdir(&root, &upper);
    let middle = root.join(&upper);
    mkdir(&middle, &lower);
    let written = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("echo 'The mayor said so.' > {lower}x.txt"))
        .current_dir(&middle)
        .status()
        .unwrap();
    assert!(written.success());
    let run = run_within(&env, &["ingest", "deep"], LIMIT);
    run.failed_saying(1, &["File name too long"]);
}
