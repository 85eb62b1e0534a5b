//! Speakers, their aliases, and the groups that join one speaker's spellings across documents.
//!
//! A claim always points at the speaker row made for the name it was stored under; merging
//! never rewrites claims. Instead each speaker row points at the root of its group
//! (`canonical_id`, NULL for a root), and every merge is logged with what it moved, so that a
//! wrong merge can be seen (`speakers` lists each group's names) and undone exactly.
//!
//! Joins happen automatically only when [`crate::names::compare_names`] calls the names `Same`
//! and exactly one group qualifies; everything less certain is left to `speakers --suggest`.

use super::changelog::{self, Action, Table};
use super::{Store, now_utc};
use crate::alternate_names::NameEquivalence;
use crate::error::{Error, Reason, Result};
use crate::model::SpeakerKind;
use crate::names::{
    KeyedName, NameMatch, compare_keyed_names, compare_names, fold_text, name_key, name_parts,
};
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// One speaker group, as `claimtrack speakers` lists it.
#[derive(Debug, Clone, Serialize)]
pub struct SpeakerSummary {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub aliases: Vec<String>,
    pub claims: i64,
    pub outlets: Vec<SpeakerOutletCount>,
    /// The other speakers merged into this one (their names as first stored).
    pub merged: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SpeakerOutletCount {
    /// `null` for documents with no known outlet.
    pub outlet: Option<String>,
    pub claims: i64,
}

/// A pair of speakers that may be one, for a person to decide.
#[derive(Debug, Clone, Serialize)]
pub struct MergeSuggestion {
    pub speaker: String,
    pub other: String,
    pub evidence: String,
}

/// A merge as logged.
#[derive(Debug, Clone, Serialize)]
pub struct MergeRecord {
    pub id: i64,
    pub into: String,
    pub merged: String,
    pub made_by: String,
    pub evidence: String,
    pub created_at: String,
}

struct SpeakerRow {
    id: i64,
    name: String,
    kind: SpeakerKind,
    root: i64,
}

pub(super) fn root_of(conn: &Connection, id: i64) -> Result<i64> {
    Ok(conn
        .prepare_cached("SELECT coalesce(canonical_id, id) FROM speaker WHERE id = ?1")?
        .query_row([id], |row| row.get(0))?)
}

pub(super) fn name_of(conn: &Connection, id: i64) -> Result<String> {
    Ok(conn
        .prepare_cached("SELECT name FROM speaker WHERE id = ?1")?
        .query_row([id], |row| row.get(0))?)
}

/// The speaker row with exactly this folded name or alias.
pub(super) fn lookup(conn: &Connection, folded: &str) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached(
            "SELECT id FROM speaker WHERE name_folded = ?1
             UNION ALL SELECT speaker_id FROM speaker_alias WHERE alias_folded = ?1 LIMIT 1",
        )?
        .query_row([folded], |row| row.get(0))
        .optional()?)
}

/// The speakers one write transaction has found or created, by folded name, with their kind
/// as stored. Ingest stores about twenty claims per document, mostly by speakers it has seen
/// already, and looking each one up (and trying to learn a kind it already knows) was a
/// visible share of the writer's time. Valid for one transaction only: a rollback takes back
/// the speakers it created, and between transactions another process may rename one. Within
/// one, a found name keeps its id and kind: claims only add speakers and aliases, and an
/// alias is never given to a name that is already found (see [`add_alias`]).
#[derive(Debug, Default)]
pub(super) struct KnownSpeakers(HashMap<String, (i64, SpeakerKind)>);

/// The id of the speaker known by `name` (as its name or an alias), created if there is none.
/// A new speaker joins an existing group when that is unambiguous (see the module comment).
/// `origin` is whose doing the change is, for the change log.
pub(super) fn speaker_id_for(
    tx: &Connection,
    name: &str,
    kind: SpeakerKind,
    origin: &str,
) -> Result<i64> {
    let name = name.trim();
    let known = &mut KnownSpeakers::default();
    speaker_id_for_folded(tx, known, name, fold_text(name), kind, origin)
}

/// [`speaker_id_for`] for a trimmed `name` whose [`fold_text`] the caller already has, with
/// what the transaction `tx` has `known` so far.
pub(super) fn speaker_id_for_folded(
    tx: &Connection,
    known: &mut KnownSpeakers,
    name: &str,
    folded: String,
    kind: SpeakerKind,
    origin: &str,
) -> Result<i64> {
    if folded.is_empty() {
        // The same refusal as `check_name`, without folding the name again.
        crate::names::check_name(name, "speaker")?;
    }
    let found = match known.0.get(&folded) {
        Some(&found) => Some(found),
        None => lookup_with_kind(tx, &folded)?,
    };
    if let Some((id, mut stored)) = found {
        if kind != SpeakerKind::Unknown && stored == SpeakerKind::Unknown {
            // Learn the kind when an earlier mention left it open.
            let learned = tx
                .prepare_cached("UPDATE speaker SET kind = ?2 WHERE id = ?1 AND kind = 'unknown'")?
                .execute(params![id, kind.as_str()])?;
            if learned > 0 {
                changelog::record(tx, Action::SpeakerEdited, Table::Speaker, id, origin)?;
                stored = kind;
            }
        }
        known.0.insert(folded, (id, stored));
        return Ok(id);
    }
    let id = create_speaker(tx, name, &folded, kind, origin)?;
    known.0.insert(folded, (id, kind));
    Ok(id)
}

const LOOKUP_WITH_KIND: &str = "SELECT id, kind FROM speaker WHERE name_folded = ?1
     UNION ALL SELECT id, kind FROM speaker
     WHERE id = (SELECT speaker_id FROM speaker_alias WHERE alias_folded = ?1) LIMIT 1";

/// [`lookup`], with the kind of the speaker found. A subquery rather than a join, which SQLite
/// would prepare again on every call (see `sqlite_replans_on_bind` in the tests).
fn lookup_with_kind(conn: &Connection, folded: &str) -> Result<Option<(i64, SpeakerKind)>> {
    Ok(conn
        .prepare_cached(LOOKUP_WITH_KIND)?
        .query_row([folded], |row| {
            let kind: String = row.get(1)?;
            Ok((row.get(0)?, kind.parse().unwrap_or(SpeakerKind::Unknown)))
        })
        .optional()?)
}

/// Stores a new speaker, logs it, and joins it to a group when that is unambiguous.
fn create_speaker(
    tx: &Connection,
    name: &str,
    folded: &str,
    kind: SpeakerKind,
    origin: &str,
) -> Result<i64> {
    tx.prepare_cached(
        "INSERT INTO speaker (name, name_folded, kind, name_key, surname_key) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![name, folded, kind.as_str(), name_key(name), name_parts(name).surname])?;
    let id = tx.last_insert_rowid();
    // The row as just stored: no canonical id yet (`auto_join` logs its own change).
    let logged = changelog::RowJson::new()
        .int(id)
        .text(name)
        .text(kind.as_str())
        .opt_int(None)
        .finish();
    changelog::record_rows(
        tx,
        Action::SpeakerCreated,
        Table::Speaker,
        &[(id, logged)],
        origin,
    )?;
    auto_join(tx, id, name, kind)?;
    Ok(id)
}

const CANDIDATES: &str = "SELECT id, name, kind, coalesce(canonical_id, id) FROM speaker
     WHERE id != ?1 AND (name_key = ?2 OR surname_key = ?3 OR name_key = ?3)";

/// Speakers that might be spellings of `name`: same full key, or (for people and unknowns) the
/// same surname key, or a single-word name that is another's surname.
fn candidates(conn: &Connection, id: i64, name: &str) -> Result<Vec<SpeakerRow>> {
    let key = name_key(name);
    let surname = name_parts(name).surname;
    let mut stmt = conn.prepare_cached(CANDIDATES)?;
    let rows = stmt.query_map(params![id, key, surname], |row| {
        speaker_row(row, row.get(3)?)
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

const SAME_KEY_CANDIDATES: &str = "SELECT id, name, kind, coalesce(canonical_id, id) FROM speaker
     WHERE id != ?1 AND name_key IN (?2, ?3)";

/// The candidates whose groups `name` might join. A group is joined only through a member that
/// is the `Same` name, and for a name with given names that is a member with the same key, or
/// a bare surname (`compare_keyed_names`): those are looked up by key alone. Every speaker
/// that shares the surname would be the same verdict at a cost that grows with the archive
/// ("President X's administration" shares its last word with thousands), which made ingest
/// slow down as the database grew (issue 15). A bare surname may be any full name's, so it
/// still reads them all.
fn join_candidates(conn: &Connection, id: i64, name: &str) -> Result<Vec<SpeakerRow>> {
    let parts = name_parts(name);
    if parts.given.is_empty() {
        return candidates(conn, id, name);
    }
    let mut stmt = conn.prepare_cached(SAME_KEY_CANDIDATES)?;
    let rows = stmt.query_map(params![id, name_key(name), parts.surname], |row| {
        speaker_row(row, row.get(3)?)
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A speaker from a row whose first columns are its id, name and kind.
fn speaker_row(row: &rusqlite::Row<'_>, root: i64) -> rusqlite::Result<SpeakerRow> {
    Ok(SpeakerRow {
        id: row.get(0)?,
        name: row.get(1)?,
        kind: row
            .get::<_, String>(2)?
            .parse()
            .unwrap_or(SpeakerKind::Unknown),
        root,
    })
}

fn kinds_compatible(a: SpeakerKind, b: SpeakerKind) -> bool {
    a == b || a == SpeakerKind::Unknown || b == SpeakerKind::Unknown
}

/// The groups `name` could safely join: every member compatible, at least one `Same`. A new
/// speaker can have hundreds of candidate groups ("X's administration" shares its last word
/// with every other), and nearly all fail on their first member: each group is first judged
/// by its members that are candidates, and only a group that passes is read whole and judged
/// by all its members, which is the verdict.
fn joinable_groups(
    conn: &Connection,
    id: i64,
    name: &str,
    kind: SpeakerKind,
) -> Result<BTreeMap<i64, String>> {
    let keyed = KeyedName::new(name);
    let mut by_root: BTreeMap<i64, Vec<SpeakerRow>> = BTreeMap::new();
    for candidate in join_candidates(conn, id, name)? {
        by_root.entry(candidate.root).or_default().push(candidate);
    }
    let mut joinable = BTreeMap::new();
    for (root, candidates) in by_root {
        if !passes(&keyed, kind, id, &candidates) {
            continue;
        }
        if let Some(evidence) = judge_group(&keyed, name, kind, id, &group_members(conn, root)?) {
            joinable.insert(root, evidence);
        }
    }
    Ok(joinable)
}

/// Whether every one of `members` (but the speaker `id`) is compatible with `name`: a group
/// with one member that is not fails whatever its others are.
fn passes(keyed: &KeyedName, kind: SpeakerKind, id: i64, members: &[SpeakerRow]) -> bool {
    members
        .iter()
        .filter(|member| member.id != id)
        .all(|member| fit(keyed, kind, member).is_some())
}

/// Whether `name` (the speaker `id`, of `kind`) may join the group of `members` (by id): the
/// evidence if every member is compatible and one is the `Same` name. A group is judged once,
/// by all its members, however many of them are candidates.
fn judge_group(
    keyed: &KeyedName,
    name: &str,
    kind: SpeakerKind,
    id: i64,
    members: &[SpeakerRow],
) -> Option<String> {
    let mut evidence = None;
    for member in members.iter().filter(|member| member.id != id) {
        if fit(keyed, kind, member)? {
            evidence.get_or_insert_with(|| {
                format!("{name:?} and {:?} fold to the same name", member.name)
            });
        }
    }
    evidence
}

/// How one member bears on a new speaker (`keyed`, of `kind`) joining its group: `None` when
/// it rules the join out, otherwise whether it is the `Same` name.
fn fit(keyed: &KeyedName, kind: SpeakerKind, member: &SpeakerRow) -> Option<bool> {
    match compare_keyed_names(keyed, &KeyedName::remembered(&member.name)) {
        NameMatch::Same => kinds_compatible(kind, member.kind).then_some(true),
        NameMatch::Likely { .. } => Some(false),
        NameMatch::Different => None,
    }
}

const GROUP_ROOT: &str = "SELECT id, name, kind FROM speaker WHERE id = ?1";
const GROUP_OTHERS: &str = "SELECT id, name, kind FROM speaker WHERE canonical_id = ?1";

/// The root and the speakers that point at it, by id. Two plain lookups rather than one
/// `id = ?1 OR canonical_id = ?1`: SQLite prepared that OR query afresh on every call, which
/// made it the writer's largest cost during ingest.
fn group_members(conn: &Connection, root: i64) -> Result<Vec<SpeakerRow>> {
    let mut members = Vec::new();
    for sql in [GROUP_ROOT, GROUP_OTHERS] {
        let mut stmt = conn.prepare_cached(sql)?;
        let rows = stmt.query_map([root], |row| speaker_row(row, root))?;
        for row in rows {
            members.push(row?);
        }
    }
    members.sort_by_key(|member| member.id);
    members.dedup_by_key(|member| member.id);
    Ok(members)
}

fn auto_join(tx: &Connection, id: i64, name: &str, kind: SpeakerKind) -> Result<()> {
    let groups = joinable_groups(tx, id, name, kind)?;
    if groups.len() == 1 {
        let (root, evidence) = groups.into_iter().next().expect("one group");
        // The fuller name leads the group: "Jane Roe" rather than "Roe".
        if name_parts(name).given.len() > name_parts(&name_of(tx, root)?).given.len() {
            merge_in(tx, id, root, "auto", &evidence)?;
        } else {
            merge_in(tx, root, id, "auto", &evidence)?;
        }
    }
    Ok(())
}

/// Joins `merged`'s whole group into `into`'s group and logs what moved.
pub(super) fn merge_in(
    tx: &Connection,
    into: i64,
    merged: i64,
    made_by: &str,
    evidence: &str,
) -> Result<i64> {
    let into_root = root_of(tx, into)?;
    let merged_root = root_of(tx, merged)?;
    if into_root == merged_root {
        return Err(Error::user(format!(
            "{:?} and {:?} are already the same speaker",
            name_of(tx, into)?,
            name_of(tx, merged)?
        )));
    }
    let moved: Vec<(i64, Option<i64>)> = group_members(tx, merged_root)?
        .iter()
        .map(|m| {
            (
                m.id,
                if m.id == merged_root {
                    None
                } else {
                    Some(merged_root)
                },
            )
        })
        .collect();
    tx.prepare_cached("UPDATE speaker SET canonical_id = ?1 WHERE id = ?2 OR canonical_id = ?2")?
        .execute(params![into_root, merged_root])?;
    tx.prepare_cached(
        "INSERT INTO speaker_merge (into_id, merged_id, moved, made_by, evidence, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        into_root,
        merged_root,
        serde_json::to_string(&moved).unwrap_or_default(),
        made_by,
        evidence,
        now_utc()
    ])?;
    let id = tx.last_insert_rowid();
    let origin = if made_by == "auto" { "auto" } else { "manual" };
    changelog::record_merge(tx, Action::SpeakerMerged, id, origin)?;
    Ok(id)
}

/// Ties the names a document gives for one thing ("Popular Front (PF)", "known as X or Y";
/// see [`crate::alternate_names`]) to the speakers stored under any of them: the other names
/// become aliases, and two speakers named in one such class are merged, with the document as
/// evidence (visible in `speakers --merges`, undone by `speaker unmerge`).
pub(super) fn join_alternate_names(
    tx: &Connection,
    equivalences: &[NameEquivalence],
    document: &str,
) -> Result<()> {
    if equivalences.is_empty() {
        return Ok(());
    }
    // Classes of names said to be one, by union of the pairs.
    // (names, their folded forms, evidence); names are folded once, not once per comparison.
    let mut classes: Vec<(Vec<String>, Vec<String>, Vec<String>)> = Vec::new();
    for pair in equivalences {
        let evidence = format!(
            "document {document}: {:?} {} {:?}",
            pair.name, pair.evidence, pair.other
        );
        let folded = vec![fold_text(&pair.name), fold_text(&pair.other)];
        let mut joined: Vec<usize> = (0..classes.len())
            .filter(|&i| classes[i].1.iter().any(|n| folded.contains(n)))
            .collect();
        let mut class = (
            vec![pair.name.clone(), pair.other.clone()],
            folded,
            vec![evidence],
        );
        while let Some(i) = joined.pop() {
            let (names, folded, evidence) = classes.remove(i);
            class.0.extend(names);
            class.1.extend(folded);
            class.2.extend(evidence);
        }
        classes.push(class);
    }
    for (names, folded, evidence) in classes {
        let evidence = evidence.join("; ");
        let mut roots: Vec<i64> = Vec::new();
        for (name, folded) in names.iter().zip(&folded) {
            let found = match lookup(tx, folded)? {
                Some(id) => Some(id),
                None => key_lookup(tx, name)?,
            };
            if let Some(id) = found {
                let root = root_of(tx, id)?;
                if !roots.contains(&root) {
                    roots.push(root);
                }
            }
        }
        let Some(&target) = roots.first() else {
            continue;
        };
        for &other in &roots[1..] {
            if root_of(tx, other)? != root_of(tx, target)? {
                merge_in(tx, target, other, "auto", &evidence)?;
            }
        }
        for name in &names {
            add_alias(tx, target, name, "auto")?;
        }
    }
    Ok(())
}

const KEY_LOOKUP: &str = "SELECT id FROM speaker WHERE name_key = ?1";

fn key_lookup(conn: &Connection, name: &str) -> Result<Option<i64>> {
    let key = name_key(name);
    if key.is_empty() {
        return Ok(None);
    }
    // The smallest id is taken here: SQLite prepares `min(id)` and `ORDER BY id LIMIT 1`
    // queries again on every call (see `sqlite_replans_on_bind` in the tests).
    let ids = conn
        .prepare_cached(KEY_LOOKUP)?
        .query_map([key], |row| row.get::<_, i64>(0))?
        .collect::<rusqlite::Result<Vec<i64>>>()?;
    Ok(ids.into_iter().min())
}

pub(super) fn add_alias(conn: &Connection, speaker: i64, alias: &str, origin: &str) -> Result<()> {
    let folded = fold_text(alias);
    if folded.is_empty() || lookup(conn, &folded)?.is_some() {
        return Ok(());
    }
    conn.prepare_cached(
        "INSERT INTO speaker_alias (speaker_id, alias, alias_folded) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![speaker, alias.trim(), folded])?;
    let id = conn.last_insert_rowid();
    changelog::record(conn, Action::AliasAdded, Table::Alias, id, origin)
}

/// The id of the speaker with exactly this name or alias (ignoring case and accents).
fn speaker_named_in(conn: &Connection, name: &str) -> Result<i64> {
    lookup(conn, &fold_text(name))?.ok_or_else(|| {
        Error::user(format!("speaker {name:?}: no such speaker")).with_reason(
            Reason::NoSuchSpeaker {
                name: name.to_string(),
            },
        )
    })
}

/// The schema migration whose Rust step is [`backfill_keys`].
pub(super) const KEYS_MIGRATION: i64 = 10;

/// Fills the folding keys of speakers stored before they existed (schema version 1). Runs once,
/// as migration 10, inside the migration's transaction `conn`.
pub(super) fn backfill_keys(conn: &Connection) -> Result<()> {
    let missing: Vec<(i64, String)> = conn
        .prepare("SELECT id, name FROM speaker WHERE name_key = ''")?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (id, name) in missing {
        conn.prepare_cached("UPDATE speaker SET name_key = ?2, surname_key = ?3 WHERE id = ?1")?
            .execute(params![id, name_key(&name), name_parts(&name).surname])?;
    }
    Ok(())
}

impl Store {
    /// The speakers a user means by `query`, with every speaker of their groups: those with that
    /// name or alias (ignoring case and accents); failing that, those whose name is the same
    /// name in another spelling or with more or fewer given names ("Qaida" finds "Qaeda",
    /// "Smith" finds "John Smith" and "John Smith" finds "Smith").
    pub fn find_speakers(&self, query: &str) -> Result<Vec<i64>> {
        let folded = fold_text(query);
        if folded.is_empty() {
            return Err(Error::user("speaker: give a name").with_reason(Reason::EmptySpeakerName));
        }
        let mut matched: Vec<i64> = lookup(&self.conn, &folded)?.into_iter().collect();
        if matched.is_empty() {
            matched = candidates(&self.conn, 0, query)?
                .into_iter()
                .filter(|c| compare_names(query, &c.name) == NameMatch::Same)
                .map(|c| c.id)
                .collect();
        }
        let mut ids = BTreeSet::new();
        for id in matched {
            let root = root_of(&self.conn, id)?;
            ids.extend(group_members(&self.conn, root)?.iter().map(|m| m.id));
        }
        Ok(ids.into_iter().collect())
    }

    /// The names of the groups `ids` belong to, for telling the user what a query matched.
    pub fn group_names(&self, ids: &[i64]) -> Result<Vec<String>> {
        let mut roots = BTreeSet::new();
        for &id in ids {
            roots.insert(root_of(&self.conn, id)?);
        }
        roots
            .into_iter()
            .map(|root| name_of(&self.conn, root))
            .collect()
    }

    /// The id of the speaker with exactly this name or alias (ignoring case and accents).
    pub fn speaker_named(&self, name: &str) -> Result<i64> {
        speaker_named_in(&self.conn, name)
    }

    /// Records `alias` as another name of the speaker known as `name`.
    pub fn add_speaker_alias(&mut self, name: &str, alias: &str) -> Result<()> {
        let folded = fold_text(alias);
        if folded.is_empty() {
            return Err(Error::user("alias: give a name"));
        }
        let tx = self.conn.transaction()?;
        let speaker = speaker_named_in(&tx, name)?;
        match lookup(&tx, &folded)? {
            Some(owner) if root_of(&tx, owner)? == root_of(&tx, speaker)? => {}
            Some(owner) => {
                return Err(Error::user(format!(
                    "alias {alias:?}: already a name of another speaker, {:?}",
                    name_of(&tx, root_of(&tx, owner)?)?
                ))
                .with_reason(Reason::AliasOfAnother {
                    name: name.to_string(),
                    alias: alias.to_string(),
                }));
            }
            None => add_alias(&tx, speaker, alias, "manual")?,
        }
        tx.commit()?;
        Ok(())
    }

    /// Merges the speaker known as `other` (with its whole group) into the one known as `name`.
    pub fn merge_speakers(&mut self, name: &str, other: &str) -> Result<MergeRecord> {
        let tx = self.conn.transaction()?;
        let into = speaker_named_in(&tx, name)?;
        let merged = speaker_named_in(&tx, other)?;
        let id = merge_in(&tx, into, merged, "user", "merged by hand")?;
        tx.commit()?;
        self.merge_record(id)
    }

    /// Undoes the most recent merge that moved the speaker known as `name`, restoring exactly
    /// the groups as they were before it.
    pub fn unmerge_speaker(&mut self, name: &str) -> Result<MergeRecord> {
        let tx = self.conn.transaction()?;
        let speaker = speaker_named_in(&tx, name)?;
        let merges: Vec<(i64, i64, String)> = tx
            .prepare_cached(
                "SELECT id, into_id, moved FROM speaker_merge WHERE undone_at IS NULL ORDER BY id DESC",
            )?
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let found = merges.into_iter().find_map(|(id, into, moved)| {
            let moved: Vec<(i64, Option<i64>)> = serde_json::from_str(&moved).ok()?;
            moved
                .iter()
                .any(|(m, _)| *m == speaker)
                .then_some((id, into, moved))
        });
        let Some((merge_id, into, moved)) = found else {
            return Err(
                Error::user(format!("speaker {name:?}: was never merged into another"))
                    .with_reason(Reason::NeverMerged {
                        name: name.to_string(),
                    }),
            );
        };
        for (id, _) in &moved {
            if root_of(&tx, *id)? != into {
                return Err(Error::user(format!(
                    "speaker {name:?}: a later merge moved its group again; undo that one first"
                )));
            }
        }
        for (id, previous) in &moved {
            tx.prepare_cached("UPDATE speaker SET canonical_id = ?2 WHERE id = ?1")?
                .execute(params![id, previous])?;
        }
        tx.prepare_cached("UPDATE speaker_merge SET undone_at = ?2 WHERE id = ?1")?
            .execute(params![merge_id, now_utc()])?;
        changelog::record_merge(&tx, Action::SpeakerUnmerged, merge_id, "manual")?;
        tx.commit()?;
        self.merge_record(merge_id)
    }

    /// Renames the speaker known as `name`; the old name stays as an alias.
    pub fn rename_speaker(&mut self, name: &str, new_name: &str) -> Result<()> {
        let folded = fold_text(new_name);
        if folded.is_empty() {
            return Err(Error::user("rename: give a new name"));
        }
        let tx = self.conn.transaction()?;
        let id = speaker_named_in(&tx, name)?;
        let old: String = name_of(&tx, id)?;
        let owner = lookup(&tx, &folded)?;
        if owner.is_some_and(|o| o != id) {
            // The new name is an alias of this speaker: it becomes the name, the alias goes.
            changelog::remove(
                &tx,
                Table::Alias,
                "alias_folded = ?1 AND speaker_id = ?2",
                params![folded, id],
                "manual",
            )?;
            if lookup(&tx, &folded)?.is_some() {
                return Err(Error::user(format!(
                    "{new_name:?} is already the name of another speaker"
                )));
            }
        }
        tx.prepare_cached(
            "UPDATE speaker SET name = ?2, name_folded = ?3, name_key = ?4, surname_key = ?5 WHERE id = ?1",
        )?
        .execute(params![id, new_name.trim(), folded, name_key(new_name), name_parts(new_name).surname])?;
        changelog::record(&tx, Action::SpeakerRenamed, Table::Speaker, id, "manual")?;
        if fold_text(&old) != folded {
            add_alias(&tx, id, &old, "manual")?;
        }
        tx.commit()?;
        Ok(())
    }

    fn merge_record(&self, id: i64) -> Result<MergeRecord> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT m.id, i.name, s.name, m.made_by, m.evidence, m.created_at
                 FROM speaker_merge m JOIN speaker i ON i.id = m.into_id JOIN speaker s ON s.id = m.merged_id
                 WHERE m.id = ?1",
            )?
            .query_row([id], |row| {
                Ok(MergeRecord {
                    id: row.get(0)?,
                    into: row.get(1)?,
                    merged: row.get(2)?,
                    made_by: row.get(3)?,
                    evidence: row.get(4)?,
                    created_at: row.get(5)?,
                })
            })?)
    }

    /// Merges in force, newest first.
    pub fn merges(&self) -> Result<Vec<MergeRecord>> {
        let ids: Vec<i64> = self
            .conn
            .prepare_cached(
                "SELECT id FROM speaker_merge WHERE undone_at IS NULL ORDER BY id DESC",
            )?
            .query_map([], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        ids.into_iter().map(|id| self.merge_record(id)).collect()
    }

    /// Pairs of speaker groups that may be one but were not joined automatically.
    pub fn merge_suggestions(&self) -> Result<Vec<MergeSuggestion>> {
        let speakers: Vec<(i64, String)> = self
            .conn
            .prepare_cached("SELECT id, name FROM speaker ORDER BY id")?
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut seen = BTreeSet::new();
        let mut suggestions = Vec::new();
        for (id, name) in speakers {
            let root = root_of(&self.conn, id)?;
            for candidate in candidates(&self.conn, id, &name)? {
                if candidate.root == root
                    || !seen.insert((root.min(candidate.root), root.max(candidate.root)))
                {
                    continue;
                }
                let evidence = match compare_names(&name, &candidate.name) {
                    NameMatch::Likely { evidence } => evidence,
                    NameMatch::Same => format!(
                        "{name:?} and {:?} fold to the same name, but the join was not unambiguous",
                        candidate.name
                    ),
                    NameMatch::Different => continue,
                };
                suggestions.push(MergeSuggestion {
                    speaker: name_of(&self.conn, root)?,
                    other: name_of(&self.conn, candidate.root)?,
                    evidence,
                });
            }
        }
        Ok(suggestions)
    }

    pub fn speakers(&self) -> Result<Vec<SpeakerSummary>> {
        let mut speakers = Vec::new();
        self.each_speaker(None, &mut |speaker| {
            speakers.push(speaker);
            Ok(())
        })?;
        Ok(speakers)
    }

    /// Hands the speaker groups to `each` as `speakers` lists them, most claims first (then by
    /// name), the first `limit` of them or all.
    ///
    /// The order comes off the index of the groups' counts kept at write time (schema
    /// migration 14), and each group's names and outlets are read from its own rows, so the
    /// top of a large archive's speakers costs what it lists.
    pub fn each_speaker(
        &self,
        limit: Option<usize>,
        each: &mut dyn FnMut(SpeakerSummary) -> Result<()>,
    ) -> Result<()> {
        let limit = limit.map_or(-1, |n| i64::try_from(n).unwrap_or(i64::MAX));
        let mut stmt = self.conn.prepare_cached(TOP_SPEAKERS)?;
        let mut rows = stmt.query([limit])?;
        while let Some(row) = rows.next()? {
            each(self.group_summary(row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)?)?;
        }
        Ok(())
    }

    /// How many speaker groups [`Store::each_speaker`] lists, counting no further than
    /// `at_most`: what a page says of the rest.
    pub fn count_speakers(&self, at_most: u64) -> Result<u64> {
        let at_most = i64::try_from(at_most).unwrap_or(i64::MAX);
        let count: i64 = self
            .conn
            .prepare_cached(&format!("SELECT count(*) FROM ({TOP_SPEAKERS})"))?
            .query_row([at_most], |row| row.get(0))?;
        Ok(count as u64)
    }

    /// The query plan of [`Store::each_speaker`], one line per step, so tests can show that
    /// it reads the groups' counts in index order rather than counting claims.
    pub fn explain_speakers(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare(&format!("EXPLAIN QUERY PLAN {TOP_SPEAKERS}"))?;
        let rows = stmt.query_map([50], |row| row.get::<_, String>(3))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The listing's record of the group of the speaker with this id (any member's), reading
    /// only that group's rows, for a page about one speaker in a large database.
    pub fn speaker_summary(&self, id: i64) -> Result<SpeakerSummary> {
        let root = root_of(&self.conn, id)?;
        let (name, kind, claims) = self
            .conn
            .prepare_cached(
                "SELECT r.name, r.kind, coalesce(g.claims, 0) FROM speaker r
                 LEFT JOIN speaker_group_claims g ON g.root_id = r.id WHERE r.id = ?1",
            )?
            .query_row([root], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?;
        self.group_summary(root, name, kind, claims)
    }

    /// The group whose root is `root`, with its names and its claims by outlet.
    /// The aliases of every member of the group rooted at `root`, and the names merged into
    /// it, each in order.
    pub(super) fn group_aliases_and_merged(&self, root: i64) -> Result<(Vec<String>, Vec<String>)> {
        let texts = |sql: &str| -> Result<Vec<String>> {
            let mut stmt = self.conn.prepare_cached(sql)?;
            let rows = stmt.query_map([root], |row| row.get(0))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        };
        let aliases = texts(
            "SELECT a.alias FROM speaker s JOIN speaker_alias a ON a.speaker_id = s.id
             WHERE s.id = ?1 OR s.canonical_id = ?1 ORDER BY a.alias",
        )?;
        let merged = texts("SELECT name FROM speaker WHERE canonical_id = ?1 ORDER BY name")?;
        Ok((aliases, merged))
    }

    fn group_summary(
        &self,
        root: i64,
        name: String,
        kind: String,
        claims: i64,
    ) -> Result<SpeakerSummary> {
        let (aliases, merged) = self.group_aliases_and_merged(root)?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT o.name, sum(x.claims) FROM speaker s
             JOIN speaker_claims x ON x.speaker_id = s.id
             LEFT JOIN outlet o ON o.id = x.outlet_key
             WHERE s.id = ?1 OR s.canonical_id = ?1
             GROUP BY x.outlet_key HAVING sum(x.claims) > 0 ORDER BY o.name",
        )?;
        let outlets = stmt
            .query_map([root], |row| {
                Ok(SpeakerOutletCount {
                    outlet: row.get(0)?,
                    claims: row.get(1)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(SpeakerSummary {
            id: root,
            name,
            kind,
            aliases,
            claims,
            outlets,
            merged,
        })
    }
}

/// The speaker groups (their roots) by claims, most first, then by name; `?1` rows, or all
/// for -1. The CROSS JOIN keeps SQLite from starting at the roots (found through
/// `speaker_by_canonical`) and sorting them all, when the counts' index gives the order.
const TOP_SPEAKERS: &str = "SELECT r.id, r.name, r.kind, g.claims
     FROM speaker_group_claims g CROSS JOIN speaker r ON r.id = g.root_id
     WHERE r.canonical_id IS NULL
     ORDER BY g.claims DESC, r.name LIMIT ?1";

impl crate::output::Keyed for SpeakerSummary {
    const KEYS: &'static [&'static str] = &[
        "id", "name", "kind", "aliases", "claims", "outlets", "merged",
    ];
}

impl crate::output::Keyed for MergeSuggestion {
    const KEYS: &'static [&'static str] = &["speaker", "other", "evidence"];
}

impl crate::output::Keyed for MergeRecord {
    const KEYS: &'static [&'static str] =
        &["id", "into", "merged", "made_by", "evidence", "created_at"];
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The SQLite bundled here prepares a statement again, on every call, when a bound value
    /// might change its plan: joins, common table expressions, `min(id)` and `ORDER BY id
    /// LIMIT 1` over an equality on a parameter. The writer's speaker queries run for most
    /// claims and every new speaker, so they are written in forms it plans once.
    #[test]
    fn sqlite_replans_on_bind() {
        let mut store = Store::open_in_memory().unwrap();
        let tx = store.conn.transaction().unwrap();
        let known = &mut KnownSpeakers::default();
        for name in ["Jane Roe", "Roe", "John Roe", "Harbour Transit Authority"] {
            speaker_id_for_folded(&tx, known, name, fold_text(name), SpeakerKind::Person, "t")
                .unwrap();
        }
        add_alias(&tx, 1, "J. Roe", "t").unwrap();
        for name in ["jane roe", "j roe", "nobody", "roe", "john roe"] {
            lookup_with_kind(&tx, name).unwrap();
            key_lookup(&tx, name).unwrap();
            joinable_groups(&tx, 0, name, SpeakerKind::Person).unwrap();
        }
        for sql in [
            LOOKUP_WITH_KIND,
            KEY_LOOKUP,
            CANDIDATES,
            GROUP_ROOT,
            GROUP_OTHERS,
        ] {
            let stmt = tx.prepare_cached(sql).unwrap();
            let replanned = stmt.get_status(rusqlite::StatementStatus::RePrepare);
            assert_eq!(replanned, 0, "{sql}");
        }
    }
}
