//! The claim store: one SQLite file holding documents (keyed by the SHA-256 of their bytes),
//! speakers, and claims with byte spans into the stored text.
//!
//! The store knows nothing of the command line. It follows cargo's SQLite practice: the schema
//! is a list of migrations that only grows (`schema.sql`), every connection turns on foreign
//! keys, WAL and a busy timeout, statements are `prepare_cached`, and every write is one
//! transaction, so nothing is ever half-written.

mod changelog;
mod claims;
mod documents;
mod export;
mod migrate;
mod reports;
mod speakers;
mod verify;

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
pub use reports::{
    AuditScope, CompareCell, CompareFilter, DocumentSourcing, OutletSourcing, SourcingCounts,
};
pub use speakers::{SpeakerOutletCount, SpeakerSummary};
pub use verify::{Problem, VerifyCounts};

use crate::error::{Error, Result};
use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// `PRAGMA application_id` of a claimtrack database ("ClTk"), so that we never mistake another
/// program's SQLite file for ours, nor write to it.
pub const APPLICATION_ID: i32 = 0x436c_546b;

/// How long a connection waits for another writer before giving up with "database is locked".
const BUSY_TIMEOUT: Duration = Duration::from_secs(30);

pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens the database at `path`, creating it if it does not exist, and brings its schema up
    /// to date. Refuses, without writing anything, a file that is not a claimtrack database or
    /// that a newer claimtrack created.
    pub fn open(path: &Path) -> Result<Store> {
        let existed = path.exists()
            && std::fs::metadata(path)
                .map(|m| m.len() > 0)
                .unwrap_or(false);
        if existed {
            check_identity(path)?;
        }
        let conn = Connection::open(path).map_err(|err| {
            Error::user(format!("{}: cannot open database: {err}", path.display()))
        })?;
        let mut conn = conn;
        configure(&mut conn)?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        migrate::upgrade(&mut store.conn).map_err(|err| err.context(path.display()))?;
        speakers::backfill_keys(&mut store.conn)?;
        Ok(store)
    }

    /// A read-only connection to an existing database, for threads that only look things up
    /// beside the one writer (WAL lets them read while it writes).
    pub fn open_read_only(path: &Path) -> Result<Store> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|err| Error::user(format!("{}: cannot open database: {err}", path.display())))?;
        conn.busy_timeout(BUSY_TIMEOUT)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    /// An in-memory store, for tests.
    pub fn open_in_memory() -> Result<Store> {
        let mut conn = Connection::open_in_memory()?;
        configure(&mut conn)?;
        migrate::upgrade(&mut conn)?;
        Ok(Store {
            conn,
            path: PathBuf::from(":memory:"),
        })
    }

    /// Sets the connection up for a long run of batched writes.
    pub fn prepare_for_bulk_writes(&self) -> Result<()> {
        // Checkpoint the write-ahead log every 40 MB rather than every 4 MB: on a large
        // database each checkpoint scatters writes over the file and waits for them, and ingest
        // spent a third of its time there.
        self.conn
            .pragma_update(None, "wal_autocheckpoint", 10_000)?;
        Ok(())
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

fn configure(conn: &mut Connection) -> Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
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

/// Reads the header of an existing file read-only and decides whether it is ours.
fn check_identity(path: &Path) -> Result<()> {
    let shown = path.display();
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|err| Error::user(format!("{shown}: cannot open database: {err}")))?;
    let not_ours = || {
        Error::user(format!("{shown}: not a claimtrack database"))
            .with_hint("give another path with --db or CLAIMTRACK_DB; claimtrack never writes to a file it did not create")
    };
    let application_id: i32 = conn
        .query_row("PRAGMA application_id", [], |row| row.get(0))
        .map_err(|_| not_ours())?;
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .map_err(|_| not_ours())?;
    if application_id != APPLICATION_ID {
        // A database file with no tables at all (e.g. made by `sqlite3 x.db ''`) is fair game.
        let tables: i64 = conn
            .query_row("SELECT count(*) FROM sqlite_schema", [], |row| row.get(0))
            .map_err(|_| not_ours())?;
        if tables > 0 || version != 0 {
            return Err(not_ours());
        }
    }
    let known = migrate::latest_version();
    if version > known {
        return Err(Error::user(format!(
            "{shown}: database schema version {version} is newer than this claimtrack understands (up to {known})"
        ))
        .with_hint("upgrade claimtrack to open this database"));
    }
    Ok(())
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

    #[test]
    fn short_hash_is_twelve_digits() {
        assert_eq!(short_hash(&"ab".repeat(32)), "abababababab");
    }
}
