//! Applies the migrations in `schema.sql` that a database has not seen yet.
//!
//! `schema.sql` is split on lines of the form `-- migration N`; each part runs once, in its own
//! transaction together with the `user_version` bump, so a crash mid-upgrade leaves the database
//! at the previous version rather than half-migrated.

use super::APPLICATION_ID;
use crate::error::{Error, Result};
use rusqlite::Connection;

const SCHEMA: &str = include_str!("../../schema.sql");

struct Migration {
    version: i64,
    sql: &'static str,
}

fn migrations() -> Vec<Migration> {
    let mut found = Vec::new();
    let marker = "-- migration ";
    let mut current: Option<(i64, usize)> = None;
    let mut offset = 0;
    for line in SCHEMA.split_inclusive('\n') {
        if let Some(number) = line.trim_end().strip_prefix(marker) {
            if let Some((version, start)) = current.take() {
                found.push(Migration {
                    version,
                    sql: &SCHEMA[start..offset],
                });
            }
            let version = number.trim().parse().expect("schema.sql: migration number");
            current = Some((version, offset + line.len()));
        }
        offset += line.len();
    }
    if let Some((version, start)) = current {
        found.push(Migration {
            version,
            sql: &SCHEMA[start..],
        });
    }
    found
}

pub fn latest_version() -> i64 {
    migrations().last().map_or(0, |m| m.version)
}

pub fn upgrade(conn: &mut Connection) -> Result<()> {
    let current: i64 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    for migration in migrations().into_iter().filter(|m| m.version > current) {
        let tx = conn.transaction()?;
        tx.execute_batch(migration.sql).map_err(|err| {
            Error::internal(format!(
                "schema migration {} failed: {err}",
                migration.version
            ))
        })?;
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.pragma_update(None, "user_version", migration.version)?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_numbered_one_up_without_gaps() {
        let versions: Vec<i64> = migrations().iter().map(|m| m.version).collect();
        let expected: Vec<i64> = (1..=versions.len() as i64).collect();
        assert_eq!(versions, expected);
    }

    #[test]
    fn upgrade_is_idempotent() {
        let mut conn = Connection::open_in_memory().unwrap();
        upgrade(&mut conn).unwrap();
        upgrade(&mut conn).unwrap();
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, latest_version());
    }
}
