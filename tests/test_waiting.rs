//! Waiting instead of failing (issue 9, problem 3): `verify` reads without the write lock, so it
//! runs beside a writer, and a writer behind another waits as long as `--busy-timeout` allows,
//! saying that it waits.

use crate::common::TestEnv;
use rusqlite::Connection;
use std::time::{Duration, Instant};

/// Holds the write lock of the test's database, with an uncommitted change, for `how_long`.
fn hold_write_lock(env: &TestEnv, how_long: Duration) -> std::thread::JoinHandle<()> {
    let conn = env.hold_write_lock();
    conn.execute_batch("UPDATE claim SET review = 'accepted';")
        .unwrap();
    std::thread::spawn(move || {
        std::thread::sleep(how_long);
        conn.execute_batch("ROLLBACK").unwrap();
    })
}

fn first_claim_id(env: &TestEnv) -> String {
    let conn = Connection::open(env.db()).unwrap();
    conn.query_row("SELECT min(id) FROM claim", [], |r| r.get::<_, i64>(0))
        .unwrap()
        .to_string()
}

#[test]
fn verify_runs_beside_a_writer_without_waiting() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let holder = hold_write_lock(&env, Duration::from_secs(8));
    let started = Instant::now();
    let run = env.run(&["--busy-timeout", "2", "verify"]);
    let took = started.elapsed();
    holder.join().unwrap();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(took < Duration::from_secs(2), "verify waited {took:?}");
    assert!(!run.stderr.contains("waiting"), "{}", run.stderr);
}

#[test]
fn a_writer_behind_another_waits_and_says_so() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let id = first_claim_id(&env);
    let holder = hold_write_lock(&env, Duration::from_secs(3));
    let run = env.run(&["claim", "review", &id, "--reject"]);
    holder.join().unwrap();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("note: waiting for another process to finish writing"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_writer_gives_up_at_the_busy_timeout_and_says_how_to_wait_longer() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let id = first_claim_id(&env);
    let holder = hold_write_lock(&env, Duration::from_secs(6));
    let started = Instant::now();
    let run = env.run(&["--busy-timeout", "1", "claim", "review", &id, "--reject"]);
    let took = started.elapsed();
    holder.join().unwrap();
    run.failed_saying(
        4,
        &[
            "claims.db: the database is locked",
            "a longer --busy-timeout",
        ],
    );
    assert!(took < Duration::from_secs(5), "gave up after {took:?}");
}

#[test]
fn verify_passes_on_a_database_built_by_the_readme_tour() {
    // Ingest, a manual claim, an alias, a merge and a rejected claim, as in the tour.
    let env = crate::test_export::rich_env();
    let id = first_claim_id(&env);
    let edited = (id.parse::<i64>().unwrap() + 1).to_string();
    env.run(&["claim", "edit", &edited, "--stance", "hedge"])
        .success();
    env.run(&["claim", "rm", &id]).success();
    env.run(&["reextract"]).success();
    let run = env.run(&["verify"]).success();
    assert!(run.stderr.contains(": 0 problems"), "{}", run.stderr);
}
