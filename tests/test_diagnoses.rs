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
        // A database failing underneath is an internal error: exit 4.
        run.failed_saying(4, &["claims.db: database disk image is malformed"]);
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

/// Makes a file or folder immutable (`chattr +i`) while it lives: then even root cannot write
/// it, as on a read-only mount. `None` where the file system or the user does not allow it.
struct Immutable(std::path::PathBuf);

impl Immutable {
    fn new(path: std::path::PathBuf) -> Option<Immutable> {
        let set = std::process::Command::new("chattr")
            .arg("+i")
            .arg(&path)
            .stderr(std::process::Stdio::null())
            .status();
        if set.is_ok_and(|status| status.success()) {
            Some(Immutable(path))
        } else {
            eprintln!("skipped: cannot make {} immutable here", path.display());
            None
        }
    }
}

impl Drop for Immutable {
    fn drop(&mut self) {
        let _ = std::process::Command::new("chattr")
            .arg("-i")
            .arg(&self.0)
            .status();
    }
}

#[test]
fn a_read_only_database_file_is_named_as_such_and_still_verifies() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let article = env.write("new.txt", "Headline\n\nThe mayor said so.\n");
    let Some(_guard) = Immutable::new(env.db()) else {
        return;
    };
    let run = env.run(&["ingest", article.to_str().unwrap()]);
    run.failed_saying(4, &["claims.db: the database file is read-only", "hint: "]);
    assert!(!run.stderr.contains("new.txt:"), "{}", run.stderr);
    env.run(&["verify"]).success();
    env.run(&["docs"]).success();
}

/// The fixture articles ingested into `evidence/claims.db`; returns that path.
fn fixtures_in_folder(env: &TestEnv) -> String {
    std::fs::create_dir(env.path("evidence")).unwrap();
    let db = env.path("evidence/claims.db");
    let db = db.to_str().unwrap();
    let articles = crate::common::fixtures().join("articles");
    env.run(&["--db", db, "ingest", articles.to_str().unwrap()])
        .success();
    db.to_string()
}

#[test]
fn a_read_only_folder_is_named_as_such_and_its_database_still_verifies() {
    let env = TestEnv::new();
    let db = fixtures_in_folder(&env);
    let db = db.as_str();
    let article = env.write("new.txt", "Headline\n\nThe mayor said so.\n");
    let Some(_guard) = Immutable::new(env.path("evidence")) else {
        return;
    };
    let run = env.run(&["--db", db, "ingest", article.to_str().unwrap()]);
    run.failed_saying(4, &["the database's folder", "is read-only"]);
    assert!(!run.stderr.contains("not a claimtrack"), "{}", run.stderr);
    let run = env.run(&["--db", db, "verify"]).success();
    assert!(run.stderr.contains(": 0 problems"), "{}", run.stderr);
    env.run(&["--db", db, "claims"]).success();
}

#[test]
fn the_log_and_head_of_a_database_in_a_read_only_folder_can_be_read() {
    let env = TestEnv::new();
    let db = fixtures_in_folder(&env);
    let db = db.as_str();
    let head = env.run(&["--db", db, "verify", "--head"]).success().stdout;
    let log = env.run(&["--db", db, "log", "--format", "json"]).success();
    let Some(_guard) = Immutable::new(env.path("evidence")) else {
        return;
    };
    let run = env.run(&["--db", db, "verify", "--head"]).success();
    assert_eq!(run.stdout, head);
    let run = env.run(&["--db", db, "log", "--format", "json"]).success();
    assert_eq!(run.stdout, log.stdout);
}

#[test]
fn the_guards_messages_and_hints() {
    let env = TestEnv::new();
    std::fs::create_dir(env.path("d.db")).unwrap();
    let stderr: String = ["--db=:memory:", "--db=file:x.db", "--db=d.db"]
        .iter()
        .map(|db| env.run(&[db, "docs"]).stderr)
        .collect();
    insta::assert_snapshot!(stderr, @r"
    error: --db :memory:: an in-memory database would keep nothing after the command
    hint: give a path to a database file
    error: file:x.db: URI filenames are not accepted; give the database's path
    hint: if the file is really called that: --db ./file:x.db
    error: d.db: is a directory, not a database file
    hint: give a file's path, such as d.db/claimtrack.db
    ");
}
