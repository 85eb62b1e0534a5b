//! One error type for the whole library, carrying what the user needs: a message that names
//! the file, position and problem, an optional hint, a kind that decides the exit code, and the
//! error underneath (SQLite's, the system's) as its `source()`.
//!
//! Modelled on jj: the library never prints or exits, and knows nothing of the command line.
//! Where the user's next step is a command or a flag, the error carries a [`Reason`] with the
//! data (which claim, which speaker, which limit) and the binary words the message and hint.

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

/// What sort of failure this is, which decides the process exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// Bad input, something not found, a refused operation: exit 1.
    User,
    /// The command line itself is wrong: exit 2.
    Usage,
    /// A check the user asked for did not pass (e.g. an audit threshold): exit 3.
    CheckFailed,
    /// The machine or the database failed underneath us (I/O, a corrupt, read-only, full or
    /// locked database), or claimtrack broke its own rules: exit 4.
    Internal,
    /// The reader of our output went away (`claimtrack claims | head`): not an error, exit 0.
    ClosedPipe,
}

impl ErrorKind {
    pub fn exit_code(self) -> i32 {
        match self {
            ErrorKind::User => 1,
            ErrorKind::Usage => 2,
            ErrorKind::CheckFailed => 3,
            ErrorKind::Internal => 4,
            ErrorKind::ClosedPipe => 0,
        }
    }
}

/// A failure whose remedy lies outside the library (a command to run, a flag to change), as
/// data. The message beside it says what went wrong without naming commands or flags; the
/// binary may word it again and adds the hint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// No claim has this id.
    NoSuchClaim { id: i64 },
    /// No document's hash starts with this prefix, or it is no hash prefix at all.
    NoSuchDocument { prefix: String },
    /// No speaker has this name or alias.
    NoSuchSpeaker { name: String },
    /// The speaker was never merged into another, so there is no merge to undo.
    NeverMerged { name: String },
    /// The alias for `name` is already a name of another speaker.
    AliasOfAnother { name: String, alias: String },
    /// An imported speaker record names, as its name or an alias, a speaker that is another's:
    /// the import is refused, and the two can be merged after an import without it.
    ImportedAliasOfAnother { name: String, alias: String },
    /// A search for claims has no word in it.
    EmptySearch,
    /// A speaker to look for has no name in it.
    EmptySpeakerName,
    /// The database's path is empty.
    NoDatabasePath,
    /// The database's path is SQLite's `:memory:`, which would store nothing.
    InMemoryDatabase,
    /// The database's path is an SQLite URI (`file:...`), which is refused.
    DatabaseUri { path: PathBuf },
    /// The file exists and is not a claimtrack database.
    NotOurDatabase { path: PathBuf },
    /// Another process kept writing to the database past the busy timeout.
    DatabaseBusy,
    /// An input is larger than the largest the caller allows (`at_least`: it was not read to
    /// its end).
    TooLarge {
        size: u64,
        at_least: bool,
        limit: u64,
    },
    /// An input path is a FIFO, device or socket, which is not read as a file.
    NotRegularFile { path: PathBuf },
}

/// The error underneath, shared so that an error can be cloned (a failed document is reported
/// and also ends a batch).
type Source = Arc<dyn std::error::Error + Send + Sync + 'static>;

#[derive(Debug, Clone)]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
    pub hint: Option<String>,
    /// What went wrong as data, where the binary has more to say than the message (boxed: it
    /// is rare, and every `Result` of the crate carries room for an error).
    reason: Option<Box<Reason>>,
    /// The SQLite result code when the database failed, so callers can tell a refused row
    /// (a constraint) from a database that cannot be written at all, and name the database.
    pub sqlite: Option<rusqlite::ErrorCode>,
    /// The places (files, records) the message was prefixed with, outermost first, so that a
    /// message worded again keeps them.
    places: Vec<String>,
    source: Option<Source>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    fn of(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error {
            kind,
            message: message.into(),
            hint: None,
            reason: None,
            sqlite: None,
            places: Vec::new(),
            source: None,
        }
    }

    pub fn user(message: impl Into<String>) -> Error {
        Error::of(ErrorKind::User, message)
    }

    pub fn usage(message: impl Into<String>) -> Error {
        Error::of(ErrorKind::Usage, message)
    }

    pub fn internal(message: impl Into<String>) -> Error {
        Error::of(ErrorKind::Internal, message)
    }

    pub fn check_failed(message: impl Into<String>) -> Error {
        Error::of(ErrorKind::CheckFailed, message)
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Error {
        self.hint = Some(hint.into());
        self
    }

    pub fn with_reason(mut self, reason: Reason) -> Error {
        self.reason = Some(Box::new(reason));
        self
    }

    /// Keeps the error underneath as this one's `source()`.
    pub fn with_source(mut self, source: impl std::error::Error + Send + Sync + 'static) -> Error {
        self.source = Some(Arc::new(source));
        self
    }

    /// Prefixes the message with where the problem is, e.g. a file name.
    pub fn context(mut self, place: impl fmt::Display) -> Error {
        let place = place.to_string();
        self.message = format!("{place}: {}", self.message);
        self.places.insert(0, place);
        self
    }

    /// What went wrong as data, if the binary may have more to say about it.
    pub fn reason(&self) -> Option<&Reason> {
        self.reason.as_deref()
    }

    /// The places the message was prefixed with, outermost first.
    pub fn places(&self) -> &[String] {
        &self.places
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source
            .as_deref()
            .map(|source| source as &(dyn std::error::Error + 'static))
    }
}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Error {
        let code = err.sqlite_error_code();
        let mut error = Error::internal(database_problem(code, &err));
        error.hint = database_hint(code).map(str::to_string);
        if code == Some(rusqlite::ErrorCode::DatabaseBusy) {
            error.reason = Some(Box::new(Reason::DatabaseBusy));
        }
        error.sqlite = code;
        error.with_source(err)
    }
}

/// Which of the database file and its folder cannot be written, if either.
fn read_only_reason(path: &std::path::Path) -> Option<String> {
    if path.is_file()
        && let Some(err) = not_writable(path)
    {
        return Some(format!("the database file is read-only ({err})"));
    }
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => std::path::Path::new("."),
    };
    not_writable(folder).map(|err| {
        format!(
            "the database's folder {} is read-only ({err}); SQLite writes files beside the database (-wal, -shm)",
            folder.display()
        )
    })
}

/// Why `path` cannot be written, asked of the system (access(2)), which knows of read-only
/// mounts and immutable files as well as permissions; nothing is written.
fn not_writable(path: &std::path::Path) -> Option<std::io::Error> {
    use std::os::unix::ffi::OsStrExt;
    let name = std::ffi::CString::new(path.as_os_str().as_bytes()).ok()?;
    // SAFETY: `name` is a NUL-terminated string that outlives the call.
    let status = unsafe { libc::access(name.as_ptr(), libc::W_OK) };
    (status != 0).then(std::io::Error::last_os_error)
}

fn database_hint(code: Option<rusqlite::ErrorCode>) -> Option<&'static str> {
    use rusqlite::ErrorCode;
    match code? {
        ErrorCode::DatabaseCorrupt => Some(
            "the file is damaged (truncated or overwritten); restore it from a backup, or import an export into a new database",
        ),
        ErrorCode::ReadOnly => Some(
            "claimtrack needs to write the database and the files beside it (-wal, -shm); check the permissions of the file and its folder, or copy it somewhere writable",
        ),
        ErrorCode::DiskFull => Some("free some space; nothing of the failed command was stored"),
        _ => None,
    }
}

/// Says what went wrong with the database itself in the user's terms: a corrupt file, a
/// read-only file or folder and a full disk each read as themselves.
fn database_problem(code: Option<rusqlite::ErrorCode>, err: &rusqlite::Error) -> String {
    use rusqlite::ErrorCode;
    match code {
        Some(ErrorCode::DatabaseCorrupt) => "database disk image is malformed".to_string(),
        Some(ErrorCode::ReadOnly) => {
            format!("the database is read-only: its file or its folder cannot be written ({err})")
        }
        Some(ErrorCode::DiskFull) => format!("the disk is full ({err})"),
        Some(ErrorCode::CannotOpen) => format!("cannot open the database ({err})"),
        Some(ErrorCode::DatabaseBusy) => {
            "the database is locked: another process kept writing to it past the busy timeout"
                .to_string()
        }
        _ => format!("database error: {err}"),
    }
}

impl Error {
    /// Whether a database failure concerns the database as a whole (it is corrupt, read-only,
    /// full, locked) rather than one refused row.
    pub fn is_database_failure(&self) -> bool {
        self.sqlite
            .is_some_and(|code| code != rusqlite::ErrorCode::ConstraintViolation)
    }

    /// Names the database in a database failure, unless the message names it already. SQLite
    /// says only "unable to open database file" when the database's folder cannot be written;
    /// the file and the folder are asked which of them is read-only.
    pub fn at_database(mut self, path: &std::path::Path) -> Error {
        use rusqlite::ErrorCode;
        if matches!(
            self.sqlite,
            Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen)
        ) && let Some(reason) = read_only_reason(path)
        {
            // A message of its own, so none of the places it had.
            self.message = reason;
            self.places.clear();
            self.hint = database_hint(Some(ErrorCode::ReadOnly)).map(str::to_string);
            self.sqlite = Some(ErrorCode::ReadOnly);
        }
        let shown = path.display().to_string();
        if self.is_database_failure() && !self.message.starts_with(&shown) {
            self.context(shown)
        } else {
            self
        }
    }
}

impl From<std::io::Error> for Error {
    fn from(err: std::io::Error) -> Error {
        if err.kind() == std::io::ErrorKind::BrokenPipe {
            return Error::of(ErrorKind::ClosedPipe, "");
        }
        Error::internal(format!("I/O error: {err}")).with_source(err)
    }
}

impl From<crate::model::UnknownValue> for Error {
    fn from(err: crate::model::UnknownValue) -> Error {
        Error::user(err.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::error::Error as _;

    #[test]
    fn a_database_error_keeps_sqlite_error_as_its_source() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        let failed = conn.execute("SELECT * FROM nowhere", []).unwrap_err();
        let error = Error::from(failed).context("claims.db");
        assert_eq!(error.kind.exit_code(), 4);
        assert_eq!(error.places(), ["claims.db"]);
        let source = error.source().expect("a source");
        assert!(source.is::<rusqlite::Error>(), "{source:?}");
        assert!(source.to_string().contains("nowhere"), "{source}");
    }

    #[test]
    fn an_io_error_keeps_its_source_and_a_closed_pipe_is_no_failure() {
        let denied = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        let error = Error::from(denied);
        assert!(error.source().unwrap().is::<std::io::Error>());
        let closed = Error::from(std::io::Error::from(std::io::ErrorKind::BrokenPipe));
        assert_eq!(closed.kind.exit_code(), 0);
    }

    #[test]
    fn places_are_kept_outermost_first_beside_the_message() {
        let error = Error::user("bad date").context("line 3").context("a.jsonl");
        assert_eq!(error.message, "a.jsonl: line 3: bad date");
        assert_eq!(error.places(), ["a.jsonl", "line 3"]);
    }
}
