//! One error type for the whole crate, carrying what the user needs: a message that names the
//! file, position and problem, an optional hint, and a kind that decides the exit code.
//!
//! Modelled on jj: the library never prints or exits; `main.rs` maps [`ErrorKind`] to an exit
//! code and prints the message and hint to stderr.

use std::fmt;

/// What sort of failure this is, which decides the process exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// Bad input, something not found, a refused operation: exit 1.
    User,
    /// The command line itself is wrong: exit 2.
    Usage,
    /// A check the user asked for did not pass (e.g. an audit threshold): exit 3.
    CheckFailed,
    /// The machine or the database failed underneath us: exit 1, reported as such.
    Internal,
    /// The reader of our output went away (`claimtrack claims | head`): not an error, exit 0.
    ClosedPipe,
}

impl ErrorKind {
    pub fn exit_code(self) -> i32 {
        match self {
            ErrorKind::User | ErrorKind::Internal => 1,
            ErrorKind::Usage => 2,
            ErrorKind::CheckFailed => 3,
            ErrorKind::ClosedPipe => 0,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
    pub hint: Option<String>,
    /// The SQLite result code when the database failed, so callers can tell a refused row
    /// (a constraint) from a database that cannot be written at all, and name the database.
    pub sqlite: Option<rusqlite::ErrorCode>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn user(message: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::User,
            message: message.into(),
            hint: None,
            sqlite: None,
        }
    }

    pub fn usage(message: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Usage,
            message: message.into(),
            hint: None,
            sqlite: None,
        }
    }

    pub fn internal(message: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Internal,
            message: message.into(),
            hint: None,
            sqlite: None,
        }
    }

    pub fn check_failed(message: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::CheckFailed,
            message: message.into(),
            hint: None,
            sqlite: None,
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Error {
        self.hint = Some(hint.into());
        self
    }

    /// Prefixes the message with where the problem is, e.g. a file name.
    pub fn context(mut self, place: impl fmt::Display) -> Error {
        self.message = format!("{place}: {}", self.message);
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Error {
        let code = err.sqlite_error_code();
        let mut error = Error::internal(database_problem(code, &err));
        error.hint = database_hint(code).map(str::to_string);
        error.sqlite = code;
        error
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
        ErrorCode::DatabaseBusy => {
            Some("let the other process finish, or give a longer --busy-timeout (in seconds)")
        }
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
            self.message = reason;
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
            return Error {
                kind: ErrorKind::ClosedPipe,
                message: String::new(),
                hint: None,
                sqlite: None,
            };
        }
        Error::internal(format!("I/O error: {err}"))
    }
}

impl From<crate::model::UnknownValue> for Error {
    fn from(err: crate::model::UnknownValue) -> Error {
        Error::user(err.to_string())
    }
}
