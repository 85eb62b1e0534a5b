//! Waiting for another writer. SQLite lets one process write at a time; a writer that finds the
//! database locked waits its turn, as long as the user allows (`--busy-timeout`), and says that
//! it is waiting, so a long ingest elsewhere is never mistaken for a hang nor a reason to fail.

use crate::error::Result;
use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long a connection waits for the lock unless told otherwise: long enough for any healthy
/// writer's transaction (a batch of an ingest, a 200 MB article) to end.
pub const DEFAULT_BUSY_TIMEOUT: Duration = Duration::from_secs(600);
/// When the first note about waiting is given, and how often it is repeated.
const NOTE_AFTER: Duration = Duration::from_secs(1);
const NOTE_EVERY: Duration = Duration::from_secs(30);

/// Told the database, how long this wait has lasted and how long it may last.
pub type WaitNote = fn(&Path, Duration, Duration);

struct Waiting {
    limit: Duration,
    note: Option<WaitNote>,
}

/// The process's setting: the command line sets it once, before any database is opened.
static WAITING: Mutex<Waiting> = Mutex::new(Waiting {
    limit: DEFAULT_BUSY_TIMEOUT,
    note: None,
});

/// Sets how long connections opened from now on wait for the lock, and what they call while
/// waiting.
pub fn set_busy_timeout(limit: Duration, note: Option<WaitNote>) {
    if let Ok(mut waiting) = WAITING.lock() {
        *waiting = Waiting { limit, note };
    }
}

/// The busy timeout connections get, for messages.
pub fn busy_timeout() -> Duration {
    WAITING
        .lock()
        .map_or(DEFAULT_BUSY_TIMEOUT, |waiting| waiting.limit)
}

/// Makes `conn` wait for the lock as set by [`set_busy_timeout`].
pub(super) fn install(conn: &mut Connection, path: &Path) -> Result<()> {
    let (limit, note) = WAITING
        .lock()
        .map_or((DEFAULT_BUSY_TIMEOUT, None), |w| (w.limit, w.note));
    let path: PathBuf = path.to_path_buf();
    let mut started = Instant::now();
    let mut next_note = NOTE_AFTER;
    conn.busy_handler(Some(move |attempt: i32| {
        // SQLite counts the attempts of one wait from 0.
        if attempt == 0 {
            started = Instant::now();
            next_note = NOTE_AFTER;
        }
        let waited = started.elapsed();
        if waited >= limit {
            return false;
        }
        if waited >= next_note {
            if let Some(note) = note {
                note(&path, waited, limit);
            }
            next_note += NOTE_EVERY;
        }
        // Short pauses first, so a brief lock costs little; then a steady pace.
        let pause = Duration::from_millis(2u64 << attempt.clamp(0, 5) as u32);
        std::thread::sleep(pause.min(limit - waited));
        true
    }))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_outlasts_a_long_transaction() {
        assert!(DEFAULT_BUSY_TIMEOUT >= Duration::from_secs(300));
    }
}
