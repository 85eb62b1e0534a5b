//! Applying imported records inside the import's transaction: each one is checked against the
//! text and the database and stored unless already present; an export's change log is adopted
//! by a new database; speaker groups are joined once every speaker is known.

use super::{
    ExportRecord, ExportedChange, ExportedClaim, ExportedDocument, ExportedMerge, ExportedSpeaker,
    ImportReport,
};
use crate::error::{Error, Reason, Result};
use crate::input::sha256_hex;
use crate::model::SpeakerKind;
use crate::names::{fold_text, name_key, name_parts};
use crate::store::changelog::{self, Action, Table};
use crate::store::pages::NewPage;
use crate::store::short_hash;
use crate::store::speakers::{add_alias, lookup, merge_in, root_of};
use rusqlite::{OptionalExtension, Transaction, params};
use std::rc::Rc;

/// A speaker whose group the export gives, joined once every speaker is known.
struct PendingGroup {
    speaker: i64,
    name: String,
    created: bool,
    head: String,
    at: String,
}

/// Applies records inside the import's transaction.
pub(super) struct Importer<'t> {
    tx: &'t Transaction<'t>,
    report: ImportReport,
    pending_groups: Vec<PendingGroup>,
    /// The document the last claim belonged to (id, hash, text): claims come grouped by
    /// document, so each text is read once.
    document: Option<(i64, String, Rc<str>)>,
    /// The last claim and merge ids before the import. A record is already present only if a
    /// row from before (or one rebuilt from the adopted log, see [`Importer::present`]) matches
    /// it: two equal records of one export are two claims or merges.
    claims_before: i64,
    merges_before: i64,
    adoption: Adoption,
}

/// Whether and how far an import adopts the export's change log (see the module comment).
enum Adoption {
    /// The database had rows or history of its own: the export's log is left out.
    Refused,
    /// Taking the export's entries; the rows they describe so far.
    Taking(changelog::Replayed),
    /// Speakers, aliases and merges are rebuilt; the documents wait for their records, and the
    /// claims (`None` once stored) for the documents.
    Rebuilt(changelog::Rebuilt),
}

impl Adoption {
    fn new(conn: &rusqlite::Connection) -> Result<Adoption> {
        let empty: bool = conn.query_row(
            "SELECT NOT EXISTS (SELECT 1 FROM change_log) AND NOT EXISTS (SELECT 1 FROM document)
                 AND NOT EXISTS (SELECT 1 FROM speaker)",
            [],
            |row| row.get(0),
        )?;
        Ok(if empty {
            Adoption::Taking(changelog::Replayed::new())
        } else {
            Adoption::Refused
        })
    }
}

impl<'t> Importer<'t> {
    pub(super) fn new(tx: &'t Transaction<'t>) -> Result<Importer<'t>> {
        let merges_before: i64 = tx.query_row(
            "SELECT coalesce(max(id), 0) FROM speaker_merge",
            [],
            |row| row.get(0),
        )?;
        Ok(Importer {
            tx,
            report: ImportReport::default(),
            pending_groups: Vec::new(),
            document: None,
            claims_before: crate::store::claims::last_claim_id(tx)?,
            merges_before,
            adoption: Adoption::new(tx)?,
        })
    }

    /// The last claim id before the import: the claims after it are indexed at its end.
    pub(super) fn claims_before(&self) -> i64 {
        self.claims_before
    }

    pub(super) fn apply(&mut self, record: ExportRecord, at: &str) -> Result<()> {
        match record {
            ExportRecord::Header(_) => Err(Error::user(
                "a second header; an export has exactly one, first",
            )),
            ExportRecord::Change(change) => self.change(&change),
            ExportRecord::Document(document) => {
                self.rebuild().and_then(|()| self.document(&document))
            }
            ExportRecord::Speaker(speaker) => {
                self.rebuild().and_then(|()| self.speaker(&speaker, at))
            }
            ExportRecord::Claim(claim) => self.rebuild_all().and_then(|()| self.claim(&claim)),
            ExportRecord::Merge(merge) => self.rebuild_all().and_then(|()| self.merge(&merge)),
        }
        .map_err(|err| err.context(at))
    }

    /// Takes one entry of the export's log, or leaves it out when the database keeps its own.
    fn change(&mut self, change: &ExportedChange) -> Result<()> {
        match &mut self.adoption {
            Adoption::Taking(state) => {
                let entry = change;
                changelog::adopt(self.tx, entry)?;
                changelog::replay(state, entry).ok_or_else(|| {
                    Error::user(format!(
                        "change {}: unknown table {:?} or action {:?}",
                        entry.seq, entry.table, entry.action
                    ))
                })?;
                self.report.changes.added += 1;
            }
            Adoption::Refused => {
                if self.report.changes.skipped == 0 {
                    self.report.notes.push(
                        "the export's change log was left out: this database has its own, which logs the imported rows as imported".into(),
                    );
                }
                self.report.changes.skipped += 1;
            }
            Adoption::Rebuilt(_) => {
                return Err(Error::user(
                    "a change record after other records; an export has them all first",
                ));
            }
        }
        Ok(())
    }

    /// Once the adopted log is complete, stores the rows it describes with their own ids.
    fn rebuild(&mut self) -> Result<()> {
        if let Adoption::Taking(state) = &self.adoption {
            if !state.is_empty() {
                self.report.notes.push(
                    "the database was new: its rows are rebuilt from the export's change log, whose history and head it keeps; records found so are counted as already present".into(),
                );
            }
            let rebuilt = changelog::rebuild(self.tx, state)?;
            self.adoption = Adoption::Rebuilt(rebuilt);
        }
        Ok(())
    }

    /// Once the documents are in (claim records come after them), stores the adopted claims.
    fn rebuild_all(&mut self) -> Result<()> {
        self.rebuild()?;
        if let Adoption::Rebuilt(rebuilt) = &mut self.adoption
            && !rebuilt.claims.is_empty()
        {
            if let Some(sha256) = rebuilt.documents.keys().min() {
                return Err(Error::user(format!(
                    "the change log names document {}, but the export has no record of it",
                    short_hash(sha256)
                )));
            }
            let claims = std::mem::take(&mut rebuilt.claims);
            changelog::rebuild_claims(self.tx, &claims)?;
        }
        Ok(())
    }

    fn document(&mut self, document: &ExportedDocument) -> Result<()> {
        // A page's document is identified by the page's bytes, and its text by its own hash.
        let page = document
            .page
            .as_ref()
            .map(|page| NewPage::imported(page, &document.sha256, &document.text))
            .transpose()
            .map_err(|err| {
                err.context(format!("document {}", short_hash(&document.sha256)))
                    .with_hint("the export was changed after it was written; nothing was imported")
            })?;
        let actual = sha256_hex(document.text.as_bytes());
        if page.is_none() && actual != document.sha256 {
            return Err(Error::user(format!(
                "document {}: hash mismatch: the text's SHA-256 is {actual}, but the record says {}",
                short_hash(&document.sha256),
                document.sha256
            ))
            .with_hint("the export was changed after it was written; nothing was imported"));
        }
        if document.bytes != document.text.len() as i64 {
            return Err(Error::user(format!(
                "document {}: bytes is {}, but the text has {} bytes",
                short_hash(&document.sha256),
                document.bytes,
                document.text.len()
            )));
        }
        let published = match document.published.as_deref() {
            Some(date) => Some(exact(date, crate::input::parse_date(date), "published")?),
            None => None,
        };
        let ingested_at = crate::input::parse_timestamp(&document.ingested_at)
            .map_err(|err| err.context("document: ingested_at"))?;
        let present: Option<i64> = self
            .tx
            .prepare_cached("SELECT id FROM document WHERE sha256 = ?1")?
            .query_row([&document.sha256], |row| row.get(0))
            .optional()?;
        if present.is_some() {
            self.report.documents.skipped += 1;
            return Ok(());
        }
        let outlet_id = match document.outlet.as_deref().map(str::trim) {
            Some(name) if !name.is_empty() => {
                crate::names::check_name(name, "document: outlet")?;
                Some(crate::store::documents::outlet_id(self.tx, name)?)
            }
            _ => None,
        };
        // A document the adopted log names keeps its id there, and is logged already.
        let adopted = match &mut self.adoption {
            Adoption::Rebuilt(rebuilt) => rebuilt.documents.remove(&document.sha256),
            _ => None,
        };
        crate::store::documents::insert_document_row(
            self.tx,
            &crate::store::documents::DocumentRow {
                id: adopted,
                sha256: &document.sha256,
                outlet_id,
                title: document.title.as_deref(),
                url: document.url.as_deref(),
                published: published.as_deref(),
                byline: document.byline.as_deref(),
                origin_path: document.origin_path.as_deref(),
                ingested_at: &ingested_at,
                text: &document.text,
                page: page.as_ref(),
            },
            adopted.is_none().then_some("import"),
        )?;
        self.report.documents.added += 1;
        Ok(())
    }

    fn speaker(&mut self, speaker: &ExportedSpeaker, at: &str) -> Result<()> {
        let name = speaker.name.trim();
        crate::names::check_name(name, "speaker")?;
        let folded = fold_text(name);
        let kind: SpeakerKind = speaker.kind.parse()?;
        let (id, created) = match lookup(self.tx, &folded)? {
            Some(id) if !is_speaker_name(self.tx, id, &folded)? => {
                return Err(alias_of_another(self.tx, name, id)?);
            }
            Some(id) => {
                self.report.speakers.skipped += 1;
                (id, false)
            }
            None => {
                // Inserted as it stands: the export already says which speakers are one, so
                // the automatic joins of ingest must not guess again.
                self.tx
                    .prepare_cached(
                        "INSERT INTO speaker (name, name_folded, kind, name_key, surname_key)
                         VALUES (?1, ?2, ?3, ?4, ?5)",
                    )?
                    .execute(params![
                        name,
                        folded,
                        kind.as_str(),
                        name_key(name),
                        name_parts(name).surname
                    ])?;
                self.report.speakers.added += 1;
                let id = self.tx.last_insert_rowid();
                changelog::record(
                    self.tx,
                    Action::SpeakerCreated,
                    Table::Speaker,
                    id,
                    "import",
                )?;
                (id, true)
            }
        };
        for alias in &speaker.aliases {
            match lookup(self.tx, &fold_text(alias))? {
                None => {
                    add_alias(self.tx, id, alias, "import")?;
                    self.report.aliases.added += 1;
                }
                Some(owner) if root_of(self.tx, owner)? == root_of(self.tx, id)? => {
                    self.report.aliases.skipped += 1;
                }
                Some(owner) => {
                    return Err(Error::user(format!(
                        "speaker {name:?}: alias {alias:?} is already the name of another speaker, {:?}",
                        crate::store::speakers::name_of(self.tx, root_of(self.tx, owner)?)?
                    ))
                    .with_reason(Reason::ImportedAliasOfAnother {
                        name: name.to_string(),
                        alias: alias.clone(),
                    }));
                }
            }
        }
        if let Some(head) = &speaker.merged_into {
            self.pending_groups.push(PendingGroup {
                speaker: id,
                name: name.to_string(),
                created,
                head: head.clone(),
                at: at.to_string(),
            });
        }
        Ok(())
    }

    fn speaker_id(&self, name: &str, role: &str) -> Result<i64> {
        lookup(self.tx, &fold_text(name))?.ok_or_else(|| {
            Error::user(format!(
                "{role} {name:?} is neither a speaker record of the export nor a speaker of the database"
            ))
        })
    }

    fn claim(&mut self, exported: &ExportedClaim) -> Result<()> {
        let (document_id, text) = self.claim_document(&exported.doc_sha256)?;
        let short = short_hash(&exported.doc_sha256);
        let (claim, state) = (&exported.claim, &exported.state);
        let span = |what: &str, start: Option<usize>, end: Option<usize>, written: Option<&str>| {
            let found = match (start, end) {
                (Some(s), Some(e)) => text.get(s..e),
                _ => None,
            };
            match (start, end, written) {
                (None, None, None) => Ok(()),
                _ if found.is_some() && found == written => Ok(()),
                _ => Err(Error::user(format!(
                    "claim: {what} {:?} at {}..{} is not the text of document {short} there",
                    written.unwrap_or_default(),
                    start.map_or("?".into(), |s| s.to_string()),
                    end.map_or("?".into(), |e| e.to_string()),
                ))),
            }
        };
        span(
            "content",
            Some(claim.start),
            Some(claim.end),
            Some(&claim.content),
        )?;
        span(
            "source",
            claim.source_start,
            claim.source_end,
            claim.source.as_deref(),
        )?;
        span("cue", claim.cue_start, claim.cue_end, claim.cue.as_deref())?;
        let (kind, source_kind) = (claim.kind, claim.source_kind);
        let (stance, framing, review) = (claim.stance, claim.framing, state.review);
        if state.origin != "manual" && !state.origin.starts_with("extractor/") {
            return Err(Error::user(format!(
                "claim: origin {:?} is neither \"manual\" nor \"extractor/<version>\"",
                state.origin
            )));
        }
        let created_at = crate::input::parse_timestamp(&state.created_at)
            .map_err(|err| err.context("claim: created_at"))?;
        let speaker_id = match &claim.speaker {
            Some(name) => Some(self.speaker_id(name, "claim: speaker")?),
            None => None,
        };
        // Present only if a claim says the same in every respect: two claims on one span that
        // differ in stance or review are two claims.
        let same: Vec<i64> = self
            .tx
            .prepare_cached(
                "SELECT id FROM claim WHERE document_id = ?1 AND content_start = ?2
                     AND content_end = ?3 AND source_start IS ?4 AND source_end IS ?5
                     AND cue_start IS ?6 AND cue_end IS ?7 AND speaker_id IS ?8 AND origin = ?9
                     AND kind = ?10 AND source_kind = ?11 AND stance = ?12 AND framing = ?13
                     AND review = ?14 AND rule IS ?15
                 ORDER BY id",
            )?
            .query_map(
                params![
                    document_id,
                    claim.start as i64,
                    claim.end as i64,
                    claim.source_start.map(|s| s as i64),
                    claim.source_end.map(|s| s as i64),
                    claim.cue_start.map(|s| s as i64),
                    claim.cue_end.map(|s| s as i64),
                    speaker_id,
                    state.origin,
                    kind.as_str(),
                    source_kind.as_str(),
                    stance.as_str(),
                    framing.as_str(),
                    review.as_str(),
                    state.rule,
                ],
                |row| row.get(0),
            )?
            .collect::<rusqlite::Result<_>>()?;
        if self.present(Table::Claim, &same, self.claims_before) {
            if let Some(resolver) = &state.resolver {
                self.fill_resolver(&same, resolver)?;
            }
            self.report.claims.skipped += 1;
            return Ok(());
        }
        self.tx
            .prepare_cached(
                "INSERT INTO claim (document_id, content, content_start, content_end, kind, source,
                     source_start, source_end, source_kind, speaker_id, cue, cue_start, cue_end,
                     stance, framing, origin, rule, resolver, review, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                         ?17, ?18, ?19, ?20)",
            )?
            .execute(params![
                document_id,
                claim.content,
                claim.start as i64,
                claim.end as i64,
                kind.as_str(),
                claim.source,
                claim.source_start.map(|s| s as i64),
                claim.source_end.map(|s| s as i64),
                source_kind.as_str(),
                speaker_id,
                claim.cue,
                claim.cue_start.map(|s| s as i64),
                claim.cue_end.map(|s| s as i64),
                stance.as_str(),
                framing.as_str(),
                state.origin,
                state.rule,
                state.resolver,
                review.as_str(),
                created_at,
            ])?;
        let id = self.tx.last_insert_rowid();
        changelog::record(self.tx, Action::ClaimAdded, Table::Claim, id, "import")?;
        self.report.claims.added += 1;
        Ok(())
    }

    /// Whether a record is already stored, given the ids of the rows of `table` equal to it.
    /// A row from before the import (id up to `before`) stands for any number of equal records;
    /// a row rebuilt from the adopted log stands for exactly one, which it then uses up; a row
    /// this import inserted for an earlier record stands for none.
    fn present(&mut self, table: Table, same: &[i64], before: i64) -> bool {
        let unmatched = match &mut self.adoption {
            Adoption::Rebuilt(rebuilt) => Some(&mut rebuilt.unmatched),
            _ => None,
        };
        match unmatched {
            Some(unmatched) => same
                .iter()
                .any(|&id| id <= before || unmatched.remove(&(table, id))),
            None => same.iter().any(|&id| id <= before),
        }
    }

    /// Gives the first of the equal claims `same` that has no resolver the record's one. The
    /// change log does not carry resolvers (they explain a claim, they are not evidence), so a
    /// database rebuilt from an export's log gets them from its claim records here.
    fn fill_resolver(&self, same: &[i64], resolver: &str) -> Result<()> {
        let mut fill = self
            .tx
            .prepare_cached("UPDATE claim SET resolver = ?1 WHERE id = ?2 AND resolver IS NULL")?;
        for &id in same {
            if fill.execute(params![resolver, id])? == 1 {
                break;
            }
        }
        Ok(())
    }

    /// The id and text of the document a claim belongs to, read once per run of its claims.
    fn claim_document(&mut self, sha256: &str) -> Result<(i64, Rc<str>)> {
        if let Some((id, cached, text)) = &self.document
            && cached == sha256
        {
            return Ok((*id, Rc::clone(text)));
        }
        let found: Option<(i64, String)> = self
            .tx
            .prepare_cached(
                "SELECT d.id, t.text FROM document d JOIN document_text t ON t.document_id = d.id
                 WHERE d.sha256 = ?1",
            )?
            .query_row([sha256], |row| Ok((row.get(0)?, row.get(1)?)))
            .optional()?;
        let (id, text) = found.ok_or_else(|| {
            Error::user(format!(
                "claim: document {} is neither a document record of the export nor in the database",
                short_hash(sha256)
            ))
        })?;
        let text: Rc<str> = text.into();
        self.document = Some((id, sha256.to_string(), Rc::clone(&text)));
        Ok((id, text))
    }

    fn merge(&mut self, merge: &ExportedMerge) -> Result<()> {
        let into = self.speaker_id(&merge.into, "merge: speaker")?;
        let merged = self.speaker_id(&merge.merged, "merge: speaker")?;
        if !matches!(merge.made_by.as_str(), "auto" | "user") {
            return Err(Error::user(format!(
                "merge: made_by {:?} is neither \"auto\" nor \"user\"",
                merge.made_by
            )));
        }
        let created_at = crate::input::parse_timestamp(&merge.created_at)
            .map_err(|err| err.context("merge: created_at"))?;
        let undone_at = match &merge.undone_at {
            Some(at) => Some(
                crate::input::parse_timestamp(at).map_err(|err| err.context("merge: undone_at"))?,
            ),
            None => None,
        };
        let mut moved: Vec<(i64, Option<i64>)> = Vec::with_capacity(merge.moved.len());
        for entry in &merge.moved {
            let previous = match &entry.previous {
                Some(name) => Some(self.speaker_id(name, "merge: speaker")?),
                None => None,
            };
            moved.push((self.speaker_id(&entry.speaker, "merge: speaker")?, previous));
        }
        check_moved(into, merged, &moved)?;
        let moved = serde_json::to_string(&moved).unwrap_or_default();
        // Present only if a merge matches it whole: merging, unmerging and merging again
        // within one second gives two records with one created_at.
        let same: Vec<i64> = self
            .tx
            .prepare_cached(
                "SELECT id FROM speaker_merge WHERE into_id = ?1 AND merged_id = ?2
                     AND created_at = ?3 AND undone_at IS ?4 AND moved = ?5 ORDER BY id",
            )?
            .query_map(params![into, merged, created_at, undone_at, moved], |row| {
                row.get(0)
            })?
            .collect::<rusqlite::Result<_>>()?;
        if self.present(Table::Merge, &same, self.merges_before) {
            self.report.merges.skipped += 1;
            return Ok(());
        }
        self.tx
            .prepare_cached(
                "INSERT INTO speaker_merge (into_id, merged_id, moved, made_by, evidence, created_at, undone_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?
            .execute(params![
                into,
                merged,
                moved,
                merge.made_by,
                merge.evidence,
                created_at,
                undone_at,
            ])?;
        let id = self.tx.last_insert_rowid();
        changelog::record(self.tx, Action::SpeakerMerged, Table::Merge, id, "import")?;
        self.report.merges.added += 1;
        Ok(())
    }

    /// Puts every speaker into the group the export gives it. A speaker this import created
    /// simply joins; one the database already had is merged (logged, so it can be undone).
    pub(super) fn finish(mut self) -> Result<ImportReport> {
        check_group_cycles(&self.pending_groups)?;
        self.rebuild_all()?;
        if let Adoption::Rebuilt(rebuilt) = &self.adoption
            && let Some(sha256) = rebuilt.documents.keys().min()
        {
            return Err(Error::user(format!(
                "the change log names document {}, but the export has no record of it",
                short_hash(sha256)
            )));
        }
        for pending in std::mem::take(&mut self.pending_groups) {
            let head = self
                .speaker_id(&pending.head, "speaker: merged_into")
                .map_err(|err| err.context(&pending.at))?;
            let head_root = root_of(self.tx, head)?;
            let own_root = root_of(self.tx, pending.speaker)?;
            if head_root == own_root {
                continue;
            }
            if pending.created && own_root == pending.speaker {
                let moved: Vec<i64> = self
                    .tx
                    .prepare_cached(
                        "UPDATE speaker SET canonical_id = ?2 WHERE id = ?1 OR canonical_id = ?1
                         RETURNING id",
                    )?
                    .query_map(params![pending.speaker, head_root], |row| row.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                for id in moved {
                    changelog::record(
                        self.tx,
                        Action::SpeakerMerged,
                        Table::Speaker,
                        id,
                        "import",
                    )?;
                }
            } else {
                let evidence = format!("{}: imported", pending.at);
                merge_in(self.tx, head, pending.speaker, "user", &evidence)?;
                self.report.notes.push(format!(
                    "{}: merged {:?} into {:?} as the export has them",
                    pending.at, pending.name, pending.head
                ));
            }
        }
        check_groups_are_whole(self.tx)?;
        Ok(self.report)
    }
}

/// `value` checked by `parsed`, which must give it back unchanged: an export holds values as
/// claimtrack writes them, so one that needs rewriting was not written by claimtrack.
fn exact(value: &str, parsed: Result<String>, what: &str) -> Result<String> {
    let parsed = parsed.map_err(|err| err.context(format!("document: {what}")))?;
    if parsed != value {
        return Err(Error::user(format!(
            "document: {what} {value:?} is not written as claimtrack writes it ({parsed:?})"
        )));
    }
    Ok(parsed)
}

/// Whether `folded` is the name of speaker `id` (rather than one of its aliases).
fn is_speaker_name(tx: &Transaction<'_>, id: i64, folded: &str) -> Result<bool> {
    Ok(tx
        .prepare_cached("SELECT 1 FROM speaker WHERE id = ?1 AND name_folded = ?2")?
        .query_row(params![id, folded], |_| Ok(()))
        .optional()?
        .is_some())
}

/// The refusal of a speaker record whose name is already an alias of another speaker: taking it
/// as that speaker would silently give the record's claims to someone else.
fn alias_of_another(tx: &Transaction<'_>, name: &str, owner: i64) -> Result<Error> {
    let owner = crate::store::speakers::name_of(tx, root_of(tx, owner)?)?;
    Ok(Error::user(format!(
        "speaker {name:?}: the name is an alias of another speaker, {owner:?}"
    ))
    .with_reason(Reason::ImportedAliasOfAnother {
        name: owner,
        alias: name.to_string(),
    }))
}

/// Refuses a merge record that `speaker unmerge` could not undo into whole groups: a merge
/// moves the merged speaker (from no head) and the rest of its group (from it), never the
/// speaker merged into.
pub(in crate::store) fn check_moved(
    into: i64,
    merged: i64,
    moved: &[(i64, Option<i64>)],
) -> Result<()> {
    let mut seen = std::collections::BTreeSet::new();
    let consistent = into != merged
        && moved.contains(&(merged, None))
        && moved.iter().all(|&(id, previous)| {
            seen.insert(id)
                && id != into
                && (previous == Some(merged) || (id == merged && previous.is_none()))
        });
    if consistent {
        Ok(())
    } else {
        Err(Error::user(
            "merge: the speakers it moves are not the merged speaker's group; undoing it would break the speaker groups",
        ))
    }
}

/// Refuses `merged_into` records that go round in a circle (A into B, B into A).
fn check_group_cycles(pending: &[PendingGroup]) -> Result<()> {
    let heads: std::collections::BTreeMap<String, String> = pending
        .iter()
        .map(|p| (fold_text(&p.name), fold_text(&p.head)))
        .collect();
    for group in pending {
        let mut path = vec![fold_text(&group.name)];
        let mut next = heads.get(&path[0]);
        while let Some(head) = next {
            if path.contains(head) {
                return Err(Error::user(format!(
                    "speaker {:?}: merged_into goes round in a circle ({} -> {head})",
                    group.name,
                    path.join(" -> ")
                ))
                .context(&group.at));
            }
            path.push(head.clone());
            next = heads.get(head);
        }
    }
    Ok(())
}

/// Every speaker's head must be a head itself: otherwise a group would vanish from `speakers`.
fn check_groups_are_whole(tx: &Transaction<'_>) -> Result<()> {
    let broken: Option<String> = tx
        .query_row(
            "SELECT s.name FROM speaker s JOIN speaker h ON h.id = s.canonical_id
             WHERE h.canonical_id IS NOT NULL OR h.id = s.id LIMIT 1",
            [],
            |row| row.get(0),
        )
        .optional()?;
    match broken {
        Some(name) => Err(Error::user(format!(
            "speaker {name:?}: the import would put it in a group whose head is itself merged; nothing was imported"
        ))),
        None => Ok(()),
    }
}
