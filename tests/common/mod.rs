//! The test environment: a temporary HOME and database, a fixed width, no colour, and helpers
//! to run the binary and read its JSON.

pub mod http;
pub mod serve;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};

/// A manual claim's content in fixture article 000, said there by Mustafa al-Kadhimi.
pub const KADHIMI_CLAIM: &str =
    "bringing armed groups under state control is a goal of his administration";

pub struct TestEnv {
    pub dir: tempfile::TempDir,
}

/// What one run of the binary did.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
                self.stdout, self.stderr
            )
        })
    }

    pub fn jsonl(&self) -> Vec<serde_json::Value> {
        self.stdout
            .lines()
            .map(|l| serde_json::from_str(l).expect("a JSON line"))
            .collect()
    }

    /// Asserts that the run failed with `code` and said every one of `expected` on stderr.
    #[track_caller]
    pub fn failed_saying(&self, code: i32, expected: &[&str]) {
        assert_eq!(self.code, code, "exit code; stderr:\n{}", self.stderr);
        for part in expected {
            assert!(
                self.stderr.contains(part),
                "stderr lacks {part:?}:\n{}",
                self.stderr
            );
        }
    }

    #[track_caller]
    pub fn success(self) -> Run {
        assert_eq!(
            self.code, 0,
            "expected success; stderr:\n{}\nstdout:\n{}",
            self.stderr, self.stdout
        );
        self
    }
}

impl From<Output> for Run {
    fn from(output: Output) -> Run {
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

/// Waits for a spawned run of the binary (see [`TestEnv::command`]) and collects what it did.
pub fn wait(child: Child) -> Run {
    child
        .wait_with_output()
        .expect("wait for claimtrack")
        .into()
}

pub fn fixtures() -> PathBuf {
    // The runner belongs to the cli package (cli/); the fixtures are the repository's.
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures")
}

/// The fixture article whose file name starts with `prefix` ("000").
pub fn fixture_article(prefix: &str) -> PathBuf {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(fixtures().join("articles"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.extension().is_some_and(|e| e == "txt")
                && p.file_name().unwrap().to_str().unwrap().starts_with(prefix)
        })
        .collect();
    assert_eq!(paths.len(), 1, "one fixture starts with {prefix}");
    paths.remove(0)
}

impl TestEnv {
    pub fn new() -> TestEnv {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir(dir.path().join("home")).unwrap();
        TestEnv { dir }
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("claims.db")
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Writes a file under the test's directory, making its folders.
    pub fn write(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.path(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        path
    }

    /// Copies a file (a fixture) under the test's directory as `name`.
    pub fn copy(&self, name: &str, from: &Path) -> PathBuf {
        self.write(name, std::fs::read(from).unwrap())
    }

    pub fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_claimtrack"));
        command
            .args(args)
            .current_dir(self.dir.path())
            .env_clear()
            .env("HOME", self.dir.path().join("home"))
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("CLAIMTRACK_DB", self.db())
            .env("COLUMNS", "100")
            .env("NO_COLOR", "1");
        command
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.command(args)
            .stdin(Stdio::null())
            .output()
            .expect("run claimtrack")
            .into()
    }

    pub fn run_with_stdin(&self, args: &[&str], input: &[u8]) -> Run {
        let mut child = self
            .command(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn claimtrack");
        child.stdin.take().unwrap().write_all(input).unwrap();
        child.wait_with_output().unwrap().into()
    }

    /// The records a listing prints with `--format json` (the args given without it).
    pub fn listed(&self, args: &[&str]) -> Vec<serde_json::Value> {
        let args: Vec<&str> = args.iter().copied().chain(["--format", "json"]).collect();
        let listing = self.run(&args).success().json();
        listing.as_array().expect("a JSON array").clone()
    }

    /// Stores `text` as a document (without extraction) and returns its SHA-256.
    pub fn add_document(&self, name: &str, text: &str) -> String {
        let path = self.write(name, text);
        self.run(&["ingest", "--no-extract", path.to_str().unwrap()])
            .success();
        claimtrack::input::sha256_hex(text.as_bytes())
    }

    /// Adds a manual claim of `speaker` to the document and returns the claim as printed.
    pub fn add_claim(&self, sha: &str, content: &str, speaker: &str) -> serde_json::Value {
        let run = self.run(&[
            "claim",
            "add",
            "--doc",
            &sha[..8],
            "--content",
            content,
            "--speaker",
            speaker,
            "--format",
            "json",
        ]);
        run.success().json()[0].clone()
    }

    /// Claims per stored document of the database at `path`, by document hash.
    pub fn claims_per_document(&self, path: &Path) -> std::collections::BTreeMap<String, i64> {
        let conn = rusqlite::Connection::open(path).unwrap();
        let mut stmt = conn
            .prepare(
                "SELECT d.sha256, count(c.id) FROM document d
                 LEFT JOIN claim c ON c.document_id = d.id GROUP BY d.id",
            )
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    }

    /// A connection to the test's database holding the write lock until it commits or rolls
    /// back, so that a test can make the binary wait behind another writer.
    pub fn hold_write_lock(&self) -> rusqlite::Connection {
        let conn = rusqlite::Connection::open(self.db()).unwrap();
        conn.execute_batch("BEGIN IMMEDIATE").unwrap();
        conn
    }

    /// Adds [`KADHIMI_CLAIM`] by hand to fixture article 000 (the fixtures ingested), and the
    /// alias "Kadhemi" for its speaker.
    pub fn add_kadhimi_claim_and_alias(&self) {
        let sha = self.fixture_hash("000");
        self.run(&[
            "claim",
            "add",
            "--doc",
            &sha[..10],
            "--content",
            KADHIMI_CLAIM,
            "--speaker",
            "Mustafa al-Kadhimi",
            "--source",
            "Kadhimi",
            "--cue",
            "has said",
        ])
        .success();
        self.run(&["speaker", "alias", "add", "Mustafa al-Kadhimi", "Kadhemi"])
            .success();
    }

    pub fn ingest_fixtures(&self) -> Run {
        let articles = fixtures().join("articles");
        self.run(&["ingest", "--format", "jsonl", articles.to_str().unwrap()])
            .success()
    }

    /// The full SHA-256 of the fixture article whose file name starts with `prefix`.
    pub fn fixture_hash(&self, prefix: &str) -> String {
        claimtrack::input::sha256_hex(&std::fs::read(fixture_article(prefix)).unwrap())
    }

    /// Every row of every table, so a test can show that a failed command changed nothing.
    pub fn db_contents(&self) -> String {
        self.rows_of(&self.db(), &[])
    }

    /// Every row of every table of the database at `path`, leaving out the named columns (such
    /// as timestamps, which differ between two otherwise identical runs).
    pub fn rows_of(&self, path: &Path, skip_columns: &[&str]) -> String {
        if !path.exists() {
            return String::from("<no database>");
        }
        let conn = rusqlite::Connection::open(path).unwrap();
        let mut dump = String::new();
        for table in [
            "outlet",
            "document",
            "document_text",
            "speaker",
            "speaker_alias",
            "claim",
        ] {
            let mut stmt = conn
                .prepare(&format!("SELECT * FROM {table} ORDER BY rowid"))
                .unwrap();
            let columns: Vec<usize> = (0..stmt.column_count())
                .filter(|&i| !skip_columns.contains(&stmt.column_name(i).unwrap()))
                .collect();
            let rows = stmt
                .query_map([], |row| {
                    Ok(columns
                        .iter()
                        .map(|&i| format!("{:?}", row.get_ref(i).unwrap()))
                        .collect::<Vec<_>>()
                        .join("|"))
                })
                .unwrap();
            for row in rows {
                dump.push_str(table);
                dump.push(':');
                dump.push_str(&row.unwrap());
                dump.push('\n');
            }
        }
        dump
    }
}
