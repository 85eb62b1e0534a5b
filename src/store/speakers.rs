//! Speakers and their aliases: one row per distinct speaker, found again by any of its names
//! whatever their case or accents.

use super::Store;
use crate::error::{Error, Result};
use crate::model::SpeakerKind;
use crate::names::fold_text;
use rusqlite::{OptionalExtension, Transaction, params};
use serde::Serialize;
use std::collections::BTreeMap;

/// One row of `claimtrack speakers`.
#[derive(Debug, Clone, Serialize)]
pub struct SpeakerSummary {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub aliases: Vec<String>,
    pub claims: i64,
    pub outlets: Vec<SpeakerOutletCount>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SpeakerOutletCount {
    /// `null` for documents with no known outlet.
    pub outlet: Option<String>,
    pub claims: i64,
}

/// The id of the speaker known by `name` (as its name or an alias), created if there is none.
pub(super) fn speaker_id_for(tx: &Transaction<'_>, name: &str, kind: SpeakerKind) -> Result<i64> {
    let name = name.trim();
    let folded = fold_text(name);
    if let Some(id) = lookup(tx, &folded)? {
        if kind != SpeakerKind::Unknown {
            // Learn the kind when an earlier mention left it open.
            tx.prepare_cached("UPDATE speaker SET kind = ?2 WHERE id = ?1 AND kind = 'unknown'")?
                .execute(params![id, kind.as_str()])?;
        }
        return Ok(id);
    }
    tx.prepare_cached("INSERT INTO speaker (name, name_folded, kind) VALUES (?1, ?2, ?3)")?
        .execute(params![name, folded, kind.as_str()])?;
    Ok(tx.last_insert_rowid())
}

fn lookup(conn: &rusqlite::Connection, folded: &str) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached(
            "SELECT id FROM speaker WHERE name_folded = ?1
             UNION ALL SELECT speaker_id FROM speaker_alias WHERE alias_folded = ?1 LIMIT 1",
        )?
        .query_row([folded], |row| row.get(0))
        .optional()?)
}

impl Store {
    /// The speakers a user means by `query`: those with that name or alias, ignoring case and
    /// accents; failing that, those whose name ends with it as whole words ("Smith" finds
    /// "John Smith").
    pub fn find_speakers(&self, query: &str) -> Result<Vec<i64>> {
        let folded = fold_text(query);
        if folded.is_empty() {
            return Err(Error::user("--speaker: give a name"));
        }
        if let Some(id) = lookup(&self.conn, &folded)? {
            return Ok(vec![id]);
        }
        let suffix = format!("% {}", like_escape(&folded));
        let mut stmt = self.conn.prepare_cached(
            "SELECT id FROM speaker WHERE name_folded LIKE ?1 ESCAPE '\\'
             UNION SELECT speaker_id FROM speaker_alias WHERE alias_folded LIKE ?1 ESCAPE '\\'",
        )?;
        let ids = stmt.query_map([suffix], |row| row.get(0))?;
        Ok(ids.collect::<rusqlite::Result<_>>()?)
    }

    /// The id of the speaker with exactly this name or alias (ignoring case and accents).
    pub fn speaker_named(&self, name: &str) -> Result<i64> {
        lookup(&self.conn, &fold_text(name))?.ok_or_else(|| {
            Error::user(format!("speaker {name:?}: no such speaker"))
                .with_hint("`claimtrack speakers` lists the speakers")
        })
    }

    /// Records `alias` as another name of the speaker known as `name`.
    pub fn add_speaker_alias(&mut self, name: &str, alias: &str) -> Result<()> {
        let speaker = self.speaker_named(name)?;
        let folded = fold_text(alias);
        if folded.is_empty() {
            return Err(Error::user("alias: give a name"));
        }
        match lookup(&self.conn, &folded)? {
            Some(owner) if owner == speaker => return Ok(()),
            Some(owner) => {
                let owner_name: String = self
                    .conn
                    .prepare_cached("SELECT name FROM speaker WHERE id = ?1")?
                    .query_row([owner], |row| row.get(0))?;
                return Err(Error::user(format!(
                    "alias {alias:?}: already a name of another speaker, {owner_name:?}"
                ))
                .with_hint("if they are the same speaker, merge them instead"));
            }
            None => {}
        }
        self.conn
            .prepare_cached(
                "INSERT INTO speaker_alias (speaker_id, alias, alias_folded) VALUES (?1, ?2, ?3)",
            )?
            .execute(params![speaker, alias.trim(), folded])?;
        Ok(())
    }

    pub fn speakers(&self) -> Result<Vec<SpeakerSummary>> {
        let mut aliases: BTreeMap<i64, Vec<String>> = BTreeMap::new();
        let mut stmt = self
            .conn
            .prepare_cached("SELECT speaker_id, alias FROM speaker_alias ORDER BY alias")?;
        for row in stmt.query_map([], |row| {
            Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?))
        })? {
            let (id, alias) = row?;
            aliases.entry(id).or_default().push(alias);
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.id, s.name, s.kind, o.name, count(c.id)
             FROM speaker s
             LEFT JOIN claim c ON c.speaker_id = s.id AND c.review != 'rejected'
             LEFT JOIN document d ON d.id = c.document_id
             LEFT JOIN outlet o ON o.id = d.outlet_id
             GROUP BY s.id, o.id
             ORDER BY s.name_folded, o.name",
        )?;
        let mut speakers: Vec<SpeakerSummary> = Vec::new();
        let rows = stmt.query_map([], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, Option<String>>(3)?,
                row.get::<_, i64>(4)?,
            ))
        })?;
        for row in rows {
            let (id, name, kind, outlet, count) = row?;
            if speakers.last().is_none_or(|s| s.id != id) {
                speakers.push(SpeakerSummary {
                    id,
                    name,
                    kind,
                    aliases: aliases.remove(&id).unwrap_or_default(),
                    claims: 0,
                    outlets: Vec::new(),
                });
            }
            let speaker = speakers.last_mut().expect("pushed above");
            if count > 0 {
                speaker.claims += count;
                speaker.outlets.push(SpeakerOutletCount {
                    outlet,
                    claims: count,
                });
            }
        }
        speakers.sort_by(|a, b| b.claims.cmp(&a.claims).then_with(|| a.name.cmp(&b.name)));
        Ok(speakers)
    }
}

fn like_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}
