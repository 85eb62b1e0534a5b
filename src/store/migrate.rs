//! Applies the migrations in `schema.sql` that a database has not seen yet.
//!
//! `schema.sql` is split on lines of the form `-- migration N`; each part runs once, in its own
//! transaction together with the `user_version` bump, so a crash mid-upgrade leaves the database
//! at the previous version rather than half-migrated. Foreign keys are off while a migration
//! runs (so it can rebuild tables) and checked before it commits. The migration that creates
//! the change log also starts it, in the same transaction, from the rows already stored, and
//! migration 10 fills the speakers' folding keys that only Rust can compute, and migration 14
//! counts the claims already stored.

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
        // SQLite's procedure for rebuilding a table needs foreign keys off (a DROP TABLE would
        // otherwise cascade), and they can only be switched outside a transaction; whether the
        // result still satisfies them is checked before the migration commits.
        conn.pragma_update(None, "foreign_keys", false)?;
        let applied = apply(conn, &migration);
        conn.pragma_update(None, "foreign_keys", true)?;
        applied?;
    }
    Ok(())
}

fn apply(conn: &mut Connection, migration: &Migration) -> Result<()> {
    let failed = |err: rusqlite::Error| {
        Error::internal(format!(
            "schema migration {} failed: {err}",
            migration.version
        ))
        .with_source(err)
    };
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    // Another process may have migrated while this one waited for the lock.
    let current: i64 = tx.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if current >= migration.version {
        return Ok(());
    }
    tx.execute_batch(migration.sql).map_err(failed)?;
    run_rust_step(&tx, migration.version)?;
    let violations: i64 = tx
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |row| {
            row.get(0)
        })
        .map_err(failed)?;
    if violations > 0 {
        return Err(Error::internal(format!(
            "schema migration {} would break {violations} foreign key references; nothing was changed",
            migration.version
        )));
    }
    tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    tx.pragma_update(None, "user_version", migration.version)?;
    tx.commit()?;
    Ok(())
}

/// The part of a migration that SQL cannot do, run in the migration's transaction.
fn run_rust_step(tx: &Connection, version: i64) -> Result<()> {
    match version {
        super::changelog::MIGRATION => super::changelog::start(tx),
        super::speakers::KEYS_MIGRATION => super::speakers::backfill_keys(tx),
        super::counts::MIGRATION => super::counts::rebuild(tx),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parallel branches each take the migration number they were given, so numbers may have
    /// gaps; they must still start at 1 and only grow, or a database would skip one.
    #[test]
    fn migrations_are_numbered_upwards_from_one() {
        let versions: Vec<i64> = migrations().iter().map(|m| m.version).collect();
        assert_eq!(versions.first(), Some(&1));
        assert!(versions.windows(2).all(|w| w[0] < w[1]), "{versions:?}");
    }

    /// A database at version 6 (before speakers could be documents) keeps its speakers, their
    /// ids, aliases, merges and claims when migration 9 rebuilds the table, and then accepts
    /// the kind `document`.
    #[test]
    fn version_6_upgrades_and_keeps_its_speakers() {
        let mut conn = Connection::open_in_memory().unwrap();
        for m in migrations().iter().filter(|m| m.version <= 6) {
            conn.execute_batch(m.sql).unwrap();
        }
        conn.pragma_update(None, "user_version", 6).unwrap();
        conn.execute_batch(
            "INSERT INTO document (sha256, ingested_at, byte_len)
                 VALUES ('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 't', 11);
             INSERT INTO document_text (document_id, text) VALUES (1, 'He said so.');
             INSERT INTO speaker (id, name, name_folded, kind, name_key)
                 VALUES (7, 'Jane Roe', 'jane roe', 'person', 'jane roe');
             INSERT INTO speaker (id, name, name_folded, kind, canonical_id)
                 VALUES (9, 'Roe', 'roe', 'unknown', 7);
             INSERT INTO speaker_alias (speaker_id, alias, alias_folded) VALUES (7, 'J. Roe', 'j roe');
             INSERT INTO speaker_merge (into_id, merged_id, moved, made_by, evidence, created_at)
                 VALUES (7, 9, '[[9, null]]', 'auto', 'surname', 't');
             INSERT INTO claim (document_id, content, content_start, content_end, kind, source_kind,
                                speaker_id, stance, framing, origin, created_at)
                 VALUES (1, 'so', 8, 10, 'indirect', 'named', 9, 'assert', 'neutral', 'manual', 't');",
        )
        .unwrap();
        let err = conn.execute(
            "INSERT INTO speaker (name, name_folded, kind) VALUES ('Gallup poll', 'gallup poll', 'document')",
            [],
        );
        assert!(err.is_err(), "version 6 has no document speakers");
        upgrade(&mut conn).unwrap();
        let speakers: Vec<(i64, String, String, Option<i64>)> = conn
            .prepare("SELECT id, name, kind, canonical_id FROM speaker ORDER BY id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert_eq!(
            speakers,
            vec![
                (7, "Jane Roe".to_string(), "person".to_string(), None),
                (9, "Roe".to_string(), "unknown".to_string(), Some(7)),
            ]
        );
        let (claim_speaker, alias_speaker): (i64, i64) = conn
            .query_row(
                "SELECT c.speaker_id, a.speaker_id FROM claim c, speaker_alias a",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!((claim_speaker, alias_speaker), (9, 7));
        conn.execute(
            "INSERT INTO speaker (name, name_folded, kind) VALUES ('Gallup poll', 'gallup poll', 'document')",
            [],
        )
        .unwrap();
        assert!(
            conn.execute(
                "INSERT INTO speaker (name, name_folded, kind) VALUES ('X', 'x', 'robot')",
                [],
            )
            .is_err()
        );
        // Deleting a speaker still reaches the claims and merges that point at it.
        conn.execute("DELETE FROM speaker WHERE id = 9", [])
            .unwrap();
        let (unlinked, merges): (i64, i64) = conn
            .query_row(
                "SELECT (SELECT count(*) FROM claim WHERE speaker_id IS NULL),
                        (SELECT count(*) FROM speaker_merge)",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap();
        assert_eq!((unlinked, merges), (1, 0));
        let indexes: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'speaker' AND name LIKE 'speaker_by_%'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(indexes, 3);
    }

    #[test]
    fn every_migration_keeps_the_data_of_the_ones_before() {
        let mut conn = Connection::open_in_memory().unwrap();
        // Stop at version 1, store a document and a claim as version 1 stored them, and
        // upgrade the rest of the way.
        let first = &migrations()[0];
        conn.execute_batch(first.sql).unwrap();
        conn.pragma_update(None, "user_version", 1).unwrap();
        conn.execute_batch(
            "INSERT INTO document (sha256, ingested_at, text, byte_len)
                 VALUES ('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 't', 'He said so.', 11);
             INSERT INTO speaker (name, name_folded) VALUES ('He', 'he');
             INSERT INTO claim (document_id, content, content_start, content_end, kind, source_kind,
                                speaker_id, stance, framing, origin, created_at)
                 VALUES (1, 'so', 8, 10, 'indirect', 'named', 1, 'assert', 'neutral', 'manual', 't');",
        )
        .unwrap();
        upgrade(&mut conn).unwrap();
        let (text, content, speaker): (String, String, i64) = conn
            .query_row(
                "SELECT t.text, c.content, c.speaker_id FROM claim c JOIN document_text t ON t.document_id = c.document_id",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap();
        assert_eq!(
            (text.as_str(), content.as_str(), speaker),
            ("He said so.", "so", 1)
        );
        let on: i64 = conn
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap();
        assert_eq!(on, 1, "foreign keys are back on after migrating");
        let hits: i64 = conn
            .query_row(
                "SELECT count(*) FROM claim_fts WHERE claim_fts MATCH 'so'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(hits, 1, "the full-text index survives the rebuilds");
    }

    /// A database as claimtrack left it at schema version 6 (before claim ids were never reused
    /// and before the change log), with a document, two claims, an alias and a merge.
    fn version_6_database(path: &std::path::Path) {
        let conn = Connection::open(path).unwrap();
        for migration in migrations().iter().filter(|m| m.version <= 6) {
            conn.execute_batch(migration.sql).unwrap();
        }
        conn.pragma_update(None, "application_id", APPLICATION_ID)
            .unwrap();
        conn.pragma_update(None, "user_version", 6).unwrap();
        let text = "Ann Lee said the bridge would reopen. Bo Park said taxes would fall.";
        conn.execute(
            "INSERT INTO document (id, sha256, ingested_at, byte_len)
                 VALUES (1, ?1, '2020-01-01T00:00:00Z', ?2)",
            rusqlite::params![crate::input::sha256_hex(text.as_bytes()), text.len() as i64],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO document_text (document_id, text) VALUES (1, ?1)",
            [text],
        )
        .unwrap();
        conn.execute_batch(
            "INSERT INTO speaker (id, name, name_folded, kind) VALUES
                 (1, 'Ann Lee', 'ann lee', 'person'), (2, 'Bo Park', 'bo park', 'person');
             INSERT INTO speaker_alias (speaker_id, alias, alias_folded) VALUES (1, 'A. Lee', 'a. lee');
             UPDATE speaker SET canonical_id = 1 WHERE id = 2;
             INSERT INTO speaker_merge (into_id, merged_id, moved, made_by, evidence, created_at)
                 VALUES (1, 2, '[[2,null]]', 'user', 'merged by hand', '2020-01-01T00:00:00Z');
             INSERT INTO claim (id, document_id, content, content_start, content_end, kind,
                                source_kind, speaker_id, stance, framing, origin, created_at)
                 VALUES (1, 1, 'the bridge would reopen', 13, 36, 'indirect', 'named', 1,
                         'assert', 'neutral', 'manual', '2020-01-01T00:00:00Z'),
                        (2, 1, 'taxes would fall', 51, 67, 'indirect', 'named', 2,
                         'assert', 'neutral', 'manual', '2020-01-01T00:00:00Z');
             INSERT INTO claim_fts (rowid, content) SELECT id, content FROM claim;",
        )
        .unwrap();
    }

    fn problems(store: &super::super::Store) -> Vec<super::super::Problem> {
        let mut problems = Vec::new();
        store
            .verify(&mut |problem| {
                problems.push(problem);
                Ok(())
            })
            .unwrap();
        problems
    }

    #[test]
    fn an_upgraded_database_has_the_index_and_views_datasette_reads() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.db");
        version_6_database(&path);
        let store = super::super::Store::open(&path).unwrap();
        let query = |sql: &str| -> Vec<String> {
            let mut statement = store.conn.prepare(sql).unwrap();
            let rows = statement
                .query_map([], |row| row.get::<_, String>(0))
                .unwrap();
            rows.map(Result::unwrap).collect()
        };
        let detected = "SELECT name FROM sqlite_master WHERE rootpage = 0
                        AND sql LIKE '%VIRTUAL TABLE%USING FTS%content=\"claim\"%'";
        assert_eq!(query(detected), ["claim_fts"], "the test Datasette makes");
        let found = "SELECT content FROM claim WHERE id IN
                     (SELECT rowid FROM claim_fts WHERE claim_fts MATCH 'taxes')";
        assert_eq!(
            query(found),
            ["taxes would fall"],
            "the rebuilt index holds old claims"
        );
        let said = "SELECT speaker || ': ' || content FROM claims_view ORDER BY id";
        assert_eq!(
            query(said),
            [
                "Ann Lee: the bridge would reopen",
                "Ann Lee: taxes would fall"
            ],
            "Bo Park was merged into Ann Lee"
        );
        let speakers = "SELECT name || ' ' || claims || ' ' || documents || ' ' || merged
                            || ' ' || aliases FROM speakers_view";
        assert_eq!(query(speakers), ["Ann Lee 2 1 Bo Park A. Lee"]);
        assert!(problems(&store).is_empty());
    }

    #[test]
    fn a_version_6_database_upgrades_through_7_and_8_and_verifies_clean() {
        use crate::model::{ClaimKind, Framing, SourceKind, Span, SpeakerKind, Stance};
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.db");
        version_6_database(&path);
        let mut store = super::super::Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), latest_version());
        let (autoincrement, existing, others): (i64, i64, i64) = store
            .conn
            .query_row(
                "SELECT (SELECT count(*) FROM sqlite_sequence WHERE name = 'claim'),
                        (SELECT count(*) FROM change_log WHERE action = 'existing'),
                        (SELECT count(*) FROM change_log WHERE action <> 'existing')",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap();
        assert_eq!((autoincrement, others), (1, 0), "migration 7, then 8");
        assert_eq!(existing, 5, "one entry per table with rows");
        assert_eq!(problems(&store), Vec::new());
        // The newest claim's id is not given to the next one, and both changes are logged.
        store.remove_claim(2).unwrap();
        let added = store
            .add_claim(
                1,
                &super::super::NewClaim {
                    content: Span::new(51, 67),
                    kind: ClaimKind::Indirect,
                    source: None,
                    source_kind: SourceKind::None,
                    speaker: None,
                    speaker_kind: SpeakerKind::Unknown,
                    cue: None,
                    stance: Stance::Deny,
                    framing: Framing::Neutral,
                    origin: "manual".into(),
                    rule: None,
                    resolver: None,
                },
            )
            .unwrap();
        assert_eq!(added, 3);
        assert_eq!(problems(&store), Vec::new());
    }

    /// Migration 10 fills the folding keys that a version 1 database never had, once: a
    /// database at version 9 gets them on its upgrade, and one at 10 is not scanned again.
    #[test]
    fn migration_10_fills_empty_speaker_keys_of_an_older_database() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.db");
        version_6_database(&path);
        {
            let mut conn = Connection::open(&path).unwrap();
            conn.pragma_update(None, "foreign_keys", false).unwrap();
            for migration in migrations().iter().filter(|m| (7..=9).contains(&m.version)) {
                apply(&mut conn, migration).unwrap();
            }
            let version: i64 = conn
                .query_row("PRAGMA user_version", [], |r| r.get(0))
                .unwrap();
            assert_eq!(version, 9);
        }
        let keys = |conn: &Connection| -> Vec<(String, String, String)> {
            conn.prepare("SELECT name, name_key, surname_key FROM speaker ORDER BY id")
                .unwrap()
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .unwrap()
                .collect::<rusqlite::Result<_>>()
                .unwrap()
        };
        let before = keys(&Connection::open(&path).unwrap());
        assert!(
            before.iter().all(|(_, key, _)| key.is_empty()),
            "{before:?}"
        );
        let store = super::super::Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), latest_version());
        let expected: Vec<(String, String, String)> = before
            .iter()
            .map(|(name, _, _)| {
                let surname = crate::names::name_parts(name).surname;
                (name.clone(), crate::names::name_key(name), surname)
            })
            .collect();
        assert_eq!(keys(&store.conn), expected);
        assert!(expected.iter().all(|(_, key, _)| !key.is_empty()));
        assert_eq!(problems(&store), Vec::new());
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
