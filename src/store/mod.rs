//! The claim store: one SQLite file holding documents (keyed by the SHA-256 of their bytes),
//! speakers, and claims with byte spans into the stored text.
//!
//! The store knows nothing of the command line. It follows cargo's SQLite practice: the schema
//! is a list of migrations that only grows (`schema.sql`), every connection turns on foreign
//! keys, WAL and a busy timeout, statements are `prepare_cached`, and every write is one
//! transaction, so nothing is ever half-written.

mod audit_report;
mod busy;
mod changelog;
mod claims;
mod counts;
mod documents;
mod export;
mod migrate;
mod pages;
mod reports;
mod speakers;
mod tombstones;
mod verify;
mod web_queries;

pub use audit_report::{
    AuditReport, AuditSummary, DEFAULT_RANKED_DOCUMENTS, DocumentTally, UnsourcedClaim,
    default_listed_documents,
};
pub use busy::{DEFAULT_BUSY_TIMEOUT, WaitNote, busy_timeout, set_busy_timeout};
pub use changelog::{
    ChangeFilter, Entry as ChangeEntry, hex as hash_hex, parse_hex as parse_hash, row_objects,
};
pub use claims::{ClaimEdit, ClaimFilter, ClaimRecord, NewClaim};
pub use documents::{AddOutcome, DocumentBatch, DocumentRecord, DocumentSummary, NewDocument};
pub use export::{
    EXPORT_FORMAT, EXPORT_FORMAT_VERSION, ExportFormat, ExportHeader, ExportRecord, ExportedChange,
    ExportedClaim, ExportedDocument, ExportedMerge, ExportedSpeaker, ImportReport, ImportTally,
    MovedSpeaker,
};
pub use pages::{NewPage, PageRecord};
pub use reports::{
    AuditScope, CompareCell, CompareFilter, DocumentSourcing, OutletSourcing, SourcingCounts,
};
pub use speakers::{MergeRecord, SpeakerOutletCount, SpeakerSummary};
pub use verify::{Problem, VerifyCounts};
pub use web_queries::{DocumentPageFilter, ListedDocument, SpeakerHeading};

use crate::error::{Error, Reason, Result};
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};

/// `PRAGMA application_id` of a claimtrack database ("ClTk"), so that we never mistake another
/// program's SQLite file for ours, nor write to it.
pub const APPLICATION_ID: i32 = 0x436c_546b;

pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Read from the change log when a re-extraction first needs them; forgotten when a claim
    /// is removed.
    tombstones: Option<tombstones::Tombstones>,
}

impl Store {
    /// Opens the database at `path`, creating it if it does not exist, and brings its schema up
    /// to date. Refuses, without writing anything, a file that is not a claimtrack database or
    /// that a newer claimtrack created.
    pub fn open(path: &Path) -> Result<Store> {
        check_path(path)?;
        let existed = path.exists()
            && std::fs::metadata(path)
                .map(|m| m.len() > 0)
                .unwrap_or(false);
        if existed {
            check_identity(path)?;
        }
        // Without SQLITE_OPEN_URI: `check_path` has refused URI names, and the name is a path.
        let mut conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|err| cannot_open(path, err))?;
        configure(&mut conn, path).map_err(|err| err.at_database(path))?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            tombstones: None,
        };
        migrate::upgrade(&mut store.conn).map_err(|err| err.context(path.display()))?;
        Ok(store)
    }

    /// A read-only connection to an existing database, for threads that only look things up
    /// beside the one writer (WAL lets them read while it writes).
    pub fn open_read_only(path: &Path) -> Result<Store> {
        check_path(path)?;
        let conn = read_only_connection(path)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            tombstones: None,
        })
    }

    /// Opens an existing, up-to-date database for commands that only read, on a read-only
    /// connection: they never take the write lock, so they run beside an ingest, and they work
    /// on a file that cannot be written. A database that does not exist yet or needs upgrading
    /// is opened as [`Store::open`] does.
    pub fn open_for_reading(path: &Path) -> Result<Store> {
        check_path(path)?;
        let has_content = std::fs::metadata(path).is_ok_and(|m| m.len() > 0);
        if !has_content || check_identity(path)? != migrate::latest_version() {
            return Store::open(path);
        }
        Store::open_read_only(path)
    }

    /// An in-memory store, for tests.
    pub fn open_in_memory() -> Result<Store> {
        let mut conn = Connection::open_in_memory()?;
        configure(&mut conn, Path::new(":memory:"))?;
        migrate::upgrade(&mut conn)?;
        Ok(Store {
            conn,
            path: PathBuf::from(":memory:"),
            tombstones: None,
        })
    }

    /// Sets the connection up for a long run of batched writes.
    pub fn prepare_for_bulk_writes(&self) -> Result<()> {
        // Let the write-ahead log reach 160 MB before the writer checkpoints it itself (SQLite's
        // default is 4 MB): on a large database each checkpoint scatters writes over the file
        // and waits for them, while `checkpoint_until` copies the log beside the writer. At
        // 40 MB, ingest into a 400,000-article database took 20 % longer (BENCHMARKS.md, "Scale").
        self.conn
            .pragma_update(None, "wal_autocheckpoint", 40_000)?;
        Ok(())
    }

    /// Copies the write-ahead log of the database at `path` into its file about once a second,
    /// from a connection of its own, until `done` is set; meant for a thread beside a long run of batched writes.
    /// The writer still checkpoints when the log reaches its limit (see
    /// [`Store::prepare_for_bulk_writes`]), but finds most of the log copied already: the copy
    /// was a seventh of an ingest writer's time at 100,000 articles, and the writer is the
    /// pipeline's bottleneck. Passive checkpoints never block the writer or readers, and any
    /// failure here only leaves the copying to the writer, as before.
    pub fn checkpoint_until(path: &Path, done: &std::sync::atomic::AtomicBool) {
        // Read-write but never created: the store has made the file already.
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let Ok(conn) = Connection::open_with_flags(path, flags) else {
            return;
        };
        let tick = std::time::Duration::from_millis(50);
        let mut waited = std::time::Duration::ZERO;
        while !done.load(std::sync::atomic::Ordering::SeqCst) {
            std::thread::sleep(tick);
            waited += tick;
            if waited >= std::time::Duration::from_secs(1) {
                waited = std::time::Duration::ZERO;
                let _ = conn.query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |_| Ok(()));
            }
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |row| row.get(0))?)
    }
}

fn configure(conn: &mut Connection, path: &Path) -> Result<()> {
    busy::install(conn, path)?;
    // Ingest runs more distinct statements per document than rusqlite's default cache of 16
    // holds (the change log's among them); past that, every statement was parsed again.
    conn.set_prepared_statement_cache_capacity(64);
    // Write transactions take the write lock when they begin. A deferred one that reads first
    // and writes later fails at once with "database is locked" if another process committed in
    // between, and no busy timeout can help it; an immediate one waits its turn instead.
    conn.set_transaction_behavior(rusqlite::TransactionBehavior::Immediate);
    conn.pragma_update(None, "foreign_keys", true)?;
    // WAL lets readers run beside a writer; it is a no-op for in-memory databases.
    let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    // 32 MB of page cache (the default is 2 MB): batched ingest and whole-corpus queries touch
    // far more pages than that, and rereading them costs more than the memory.
    conn.pragma_update(None, "cache_size", -32_000)?;
    Ok(())
}

/// Refuses a database name that could not be one (see [`check_path`]), before anything is
/// opened or created: for a caller that wants to say whether a database exists.
pub fn check_database_path(path: &Path) -> Result<()> {
    check_path(path)
}

/// Refuses database names that are not a plain path to a file: SQLite would read `file:...` as
/// a URI (past the check that a file is ours), keep `:memory:` or an empty name in memory only
/// (storing nothing), and a folder cannot be a database.
fn check_path(path: &Path) -> Result<()> {
    let shown = path.display();
    let name = path.to_string_lossy();
    if name.is_empty() {
        return Err(Error::user("database: give a path to a database file")
            .with_reason(Reason::NoDatabasePath));
    }
    if name == ":memory:" {
        return Err(Error::user(
            ":memory:: an in-memory database would keep nothing after the command",
        )
        .with_hint("give a path to a database file")
        .with_reason(Reason::InMemoryDatabase));
    }
    if name.starts_with("file:") {
        return Err(Error::user(format!(
            "{shown}: URI filenames are not accepted; give the database's path"
        ))
        .with_reason(Reason::DatabaseUri {
            path: path.to_path_buf(),
        }));
    }
    if path.is_dir() {
        return Err(
            Error::user(format!("{shown}: is a directory, not a database file")).with_hint(
                format!(
                    "give a file's path, such as {}",
                    path.join("claimtrack.db").display()
                ),
            ),
        );
    }
    Ok(())
}

/// A connection that can only read `path`. A database in WAL mode needs a `-shm` file beside
/// it, which cannot be created in a read-only folder or on read-only media; when there is no
/// `-wal` file either (so no write is pending), the file is opened as immutable instead, so
/// that read-only evidence can still be read and verified.
fn read_only_connection(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn =
        Connection::open_with_flags(path, flags).map_err(|err| cannot_open(path, err))?;
    busy::install(&mut conn, path)?;
    let readable = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |row| {
        row.get::<_, i64>(0)
    });
    let wal = PathBuf::from(format!("{}-wal", path.display()));
    match readable {
        Err(err)
            if err.sqlite_error_code() == Some(rusqlite::ErrorCode::CannotOpen)
                && !wal.exists() =>
        {
            let uri = format!("{}?immutable=1", file_uri(path)?);
            Connection::open_with_flags(uri, flags | OpenFlags::SQLITE_OPEN_URI)
                .map_err(|err| cannot_open(path, err))
        }
        _ => Ok(conn),
    }
}

/// `path` as an SQLite `file:` URI, every byte that could be read as URI syntax escaped.
fn file_uri(path: &Path) -> Result<String> {
    use std::os::unix::ffi::OsStrExt;
    let absolute = std::path::absolute(path)?;
    let mut uri = String::from("file:");
    for &byte in absolute.as_os_str().as_bytes() {
        if byte.is_ascii_alphanumeric() || b"/-._~".contains(&byte) {
            uri.push(char::from(byte));
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    Ok(uri)
}

/// The error for a database that SQLite cannot open, naming it and saying why.
fn cannot_open(path: &Path, err: rusqlite::Error) -> Error {
    Error::from(err).context(path.display())
}

fn not_a_claimtrack_database(path: &Path) -> Error {
    Error::user(format!("{}: not a claimtrack database", path.display()))
        .with_hint("claimtrack never writes to a file it did not create")
        .with_reason(Reason::NotOurDatabase {
            path: path.to_path_buf(),
        })
}

/// Reads the header of an existing file read-only and decides whether it is ours; returns its
/// schema version.
fn check_identity(path: &Path) -> Result<i64> {
    let shown = path.display();
    let conn = read_only_connection(path)?;
    // Only a file that is not an SQLite database at all is "not ours"; corruption, a read-only
    // folder or a failing disk are reported as themselves.
    let not_ours = |err: rusqlite::Error| {
        if err.sqlite_error_code() != Some(rusqlite::ErrorCode::NotADatabase) {
            return cannot_open(path, err);
        }
        not_a_claimtrack_database(path)
    };
    let application_id: i32 = conn
        .query_row("PRAGMA application_id", [], |row| row.get(0))
        .map_err(not_ours)?;
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .map_err(not_ours)?;
    if application_id != APPLICATION_ID {
        // A database file with no tables at all (e.g. made by `sqlite3 x.db ''`) is fair game.
        let tables: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_schema", [], |row| row.get(0))
            .map_err(not_ours)?;
        if tables > 0 || version != 0 {
            return Err(not_a_claimtrack_database(path));
        }
    }
    let known = migrate::latest_version();
    if version > known {
        return Err(Error::user(format!(
            "{shown}: database schema version {version} is newer than this claimtrack understands (up to {known})"
        ))
        .with_hint("upgrade claimtrack to open this database"));
    }
    Ok(version)
}

/// The first 12 hex digits of a SHA-256, as shown to users.
pub fn short_hash(sha256: &str) -> &str {
    &sha256[..sha256.len().min(12)]
}

pub(crate) fn now_utc() -> String {
    time::OffsetDateTime::now_utc()
        .replace_nanosecond(0)
        .unwrap_or_else(|_| time::OffsetDateTime::now_utc())
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_store_is_at_the_latest_version() {
        let store = Store::open_in_memory().unwrap();
        assert_eq!(store.schema_version().unwrap(), migrate::latest_version());
    }

    #[test]
    fn foreign_keys_are_on() {
        let store = Store::open_in_memory().unwrap();
        let on: i64 = store
            .conn
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap();
        assert_eq!(on, 1);
    }

    #[test]
    fn refuses_a_foreign_sqlite_file_without_touching_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("other.db");
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch("CREATE TABLE t(x); INSERT INTO t VALUES (1);")
                .unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        let err = Store::open(&path).err().unwrap();
        assert!(
            err.message.ends_with("not a claimtrack database"),
            "{}",
            err.message
        );
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }

    #[test]
    fn refuses_a_newer_schema() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new.db");
        drop(Store::open(&path).unwrap());
        {
            let conn = Connection::open(&path).unwrap();
            conn.pragma_update(None, "user_version", 999).unwrap();
        }
        let err = Store::open(&path).err().unwrap();
        assert!(
            err.message.contains("schema version 999 is newer"),
            "{}",
            err.message
        );
    }

    fn ingest_one(store: &mut Store, text: &str) -> Result<crate::ingest::IngestSummary> {
        let dir = tempfile::tempdir().unwrap();
        let article = dir.path().join("article.txt");
        std::fs::write(&article, text).unwrap();
        crate::ingest::ingest(
            store,
            vec![Ok(crate::input::InputSource::TextFile(article))],
            Box::new(std::io::empty()),
            &crate::ingest::IngestOptions::default(),
            &std::sync::atomic::AtomicBool::new(false),
            &mut |_| {},
        )
    }

    #[test]
    fn a_full_disk_is_reported_as_such_with_the_database_not_the_input() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("full.db");
        let mut store = Store::open(&path).unwrap();
        let pages: i64 = store
            .conn
            .query_row("PRAGMA page_count", [], |r| r.get(0))
            .unwrap();
        // SQLite answers SQLITE_FULL once the file would pass this size, as on a full disk.
        store
            .conn
            .pragma_update(None, "max_page_count", pages + 2)
            .unwrap();
        let text = "The mayor said the road was open. ".repeat(20_000);
        let err = ingest_one(&mut store, &text)
            .unwrap_err()
            .at_database(&path);
        assert!(err.message.contains("the disk is full"), "{}", err.message);
        assert!(
            err.message.starts_with(&path.display().to_string()),
            "{}",
            err.message
        );
        assert!(!err.message.contains("article.txt"), "{}", err.message);
    }

    #[test]
    fn a_read_only_database_is_reported_as_such() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ro.db");
        drop(Store::open(&path).unwrap());
        let mut store = Store::open_read_only(&path).unwrap();
        let err = ingest_one(&mut store, "The mayor said so.\n")
            .unwrap_err()
            .at_database(&path);
        assert!(err.message.contains("is read-only"), "{}", err.message);
        assert!(!err.message.contains("article.txt"), "{}", err.message);
        assert!(err.hint.unwrap().contains("permissions"));
    }

    #[test]
    fn verify_works_on_a_connection_that_cannot_write() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("evidence.db");
        let mut store = Store::open(&path).unwrap();
        ingest_one(
            &mut store,
            "Headline\n\nThe mayor said the road was open.\n",
        )
        .unwrap();
        drop(store);
        let store = Store::open_read_only(&path).unwrap();
        let mut problems = Vec::new();
        let counts = store
            .verify(&mut |p| {
                problems.push(p);
                Ok(())
            })
            .unwrap();
        assert_eq!(problems, Vec::new());
        assert!(counts.claims > 0, "{counts:?}");
    }

    #[test]
    fn short_hash_is_twelve_digits() {
        assert_eq!(short_hash(&"ab".repeat(32)), "abababababab");
    }

    /// The checkpointer copies the log into the database file while the writer keeps its
    /// connection open, and stops when told.
    #[test]
    fn the_log_is_copied_beside_the_writer_until_done() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("c.db");
        let mut store = Store::open(&path).unwrap();
        store
            .conn
            .pragma_update(None, "wal_autocheckpoint", 0)
            .unwrap();
        let text = "Story\n\nThe mayor said the road was open.\n".repeat(2000);
        let document = NewDocument {
            sha256: crate::input::sha256_hex(text.as_bytes()),
            text,
            ..NewDocument::default()
        };
        store.add_document(&document, &[]).unwrap();
        let file_size = || std::fs::metadata(&path).unwrap().len();
        let before = file_size();
        let done = std::sync::atomic::AtomicBool::new(false);
        std::thread::scope(|scope| {
            let checkpointer = scope.spawn(|| Store::checkpoint_until(&path, &done));
            std::thread::sleep(std::time::Duration::from_millis(1500));
            done.store(true, std::sync::atomic::Ordering::SeqCst);
            checkpointer.join().unwrap();
        });
        assert!(file_size() > before + 60_000, "{before} -> {}", file_size());
        assert_eq!(store.document_count().unwrap(), 1);
    }
}
