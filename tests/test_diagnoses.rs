//! The database guard and its diagnoses (issue 9, problems 4 and 5): URI names and `:memory:`
//! are refused, and a damaged database or a folder given as the database is reported as what
//! it is, with its path, rather than as "not a claimtrack database". (A full disk and a
//! read-only database are tested in src/store/mod.rs, where SQLite can be made to fail so.)

use crate::common::TestEnv;

#[test]
fn a_uri_filename_is_refused_and_the_foreign_file_left_alone() {
    let env = TestEnv::new();
    let foreign = env.path("foreign.db");
    {
        let conn = rusqlite::Connection::open(&foreign).unwrap();
        conn.execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (1);")
            .unwrap();
    }
    let before = std::fs::read(&foreign).unwrap();
    let article = env.write("a.txt", "Headline\n\nThe mayor said so.\n");
    for db in ["file:foreign.db", "file:foreign.db?mode=rwc"] {
        let run = env.run(&["--db", db, "ingest", article.to_str().unwrap()]);
        run.failed_saying(1, &["URI filenames are not accepted"]);
        assert_eq!(std::fs::read(&foreign).unwrap(), before, "{db}");
    }
    let run = env.run(&["--db", "./foreign.db", "docs"]);
    run.failed_saying(1, &["not a claimtrack database"]);
}

#[test]
fn memory_is_refused_with_a_clear_message() {
    let env = TestEnv::new();
    let article = env.write("a.txt", "Headline\n\nThe mayor said so.\n");
    let run = env.run(&["--db", ":memory:", "ingest", article.to_str().unwrap()]);
    run.failed_saying(
        1,
        &["--db :memory:: an in-memory database would keep nothing"],
    );
    assert!(!run.stdout.contains("added"), "{}", run.stdout);
}

#[test]
fn a_truncated_database_is_reported_as_malformed() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let bytes = std::fs::read(env.db()).unwrap();
    std::fs::write(env.db(), &bytes[..bytes.len() / 2]).unwrap();
    for args in [["docs"].as_slice(), ["verify"].as_slice()] {
        let run = env.run(args);
        run.failed_saying(1, &["claims.db: database disk image is malformed"]);
        assert!(!run.stderr.contains("not a claimtrack"), "{}", run.stderr);
    }
}

#[test]
fn a_folder_given_as_the_database_is_named_as_such() {
    let env = TestEnv::new();
    std::fs::create_dir(env.path("folder.db")).unwrap();
    let run = env.run(&["--db", "folder.db", "docs"]);
    run.failed_saying(1, &["folder.db: is a directory, not a database file"]);
}
