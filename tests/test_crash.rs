//! Crash safety: an ingest killed with SIGKILL at arbitrary points leaves a database that
//! verifies, holds no document without its claims, and is completed by a new run into exactly
//! what an uninterrupted run makes.

use crate::common::TestEnv;
use crate::test_resume::{TIMES, archive, stored_documents};
use std::process::Stdio;
use std::time::{Duration, Instant};

#[test]
fn killed_ingests_lose_nothing_and_complete_into_the_same_database() {
    let env = TestEnv::new();
    let archive = archive(&env, 3000);
    let archive = archive.to_str().unwrap();
    let whole = env.path("whole.db");
    env.run(&["--db", whole.to_str().unwrap(), "ingest", archive])
        .success();
    let complete = env.claims_per_document(&whole);

    let crashed = env.path("crashed.db");
    let db = crashed.to_str().unwrap();
    // Kill points spread over the run, varied so each lands at a different place in a batch.
    // Ingest commits every 1,000 documents (or second), so the last point must lie below the
    // last full batch for the run to be cut short.
    for (round, wait_for) in [100i64, 900, 1700].into_iter().enumerate() {
        let mut child = env
            .command(&["--db", db, "ingest", archive])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let started = Instant::now();
        while stored_documents(&crashed) < wait_for && started.elapsed() < Duration::from_secs(120)
        {
            if child.try_wait().unwrap().is_some() {
                break;
            }
            std::thread::sleep(Duration::from_millis(3 + 7 * round as u64));
        }
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();

        let verify = env.run(&["--db", db, "verify"]);
        assert_eq!(
            verify.code, 0,
            "round {round}: verify after SIGKILL:\n{}{}",
            verify.stdout, verify.stderr
        );
        for (sha, claims) in env.claims_per_document(&crashed) {
            assert_eq!(
                Some(&claims),
                complete.get(&sha),
                "round {round}: document {sha} is stored without all its claims"
            );
        }
    }
    let stored = stored_documents(&crashed);
    assert!(
        stored < 3000,
        "the kills came before the end ({stored} stored)"
    );

    env.run(&["--db", db, "ingest", archive]).success();
    assert_eq!(env.rows_of(&crashed, TIMES), env.rows_of(&whole, TIMES));
}
