//! Export and import: the whole database as a stream of self-describing records, so that a
//! collection of evidence can be archived, handed to a colleague or merged into another
//! database without losing a claim's provenance, review state or speaker joins.
//!
//! Records other than the change log's never carry internal row ids: documents are named by
//! their SHA-256, speakers by name, and claims point at both. The order is fixed (the log by
//! sequence, documents by hash, speakers by name, claims by document, span and age, merges by
//! age), so exporting a database, importing it
//! into an empty one and exporting again gives the same bytes. Import re-hashes every text and
//! checks every span, so an export edited after it was written is refused rather than stored
//! as evidence; it runs in one transaction, so a refused import leaves the database as it was.
//!
//! The change log travels too, first, as `change` records. An import into a new database adopts
//! it: the rows are rebuilt from the log with their original ids, so the chain and its head are
//! the same as in the exporting database. A database with rows or history of its own keeps its
//! own chain; what an import adds to it is logged there as imported.
//!
//! The records are declared here; `writer` writes them, `import` reads them back and `apply`
//! stores them.

mod apply;
mod import;
mod linked;
mod writer;

pub(super) use apply::check_moved;

use super::changelog;
use crate::record::{ClaimState, ClaimText};
use serde::{Deserialize, Serialize};

/// The `format` value of a header, telling an export apart from other JSON.
pub const EXPORT_FORMAT: &str = "claimtrack-export";
/// Raised when a record changes in a way an older importer would misread; new keys do not.
/// Version 2 added `change` records (the change log).
pub const EXPORT_FORMAT_VERSION: u32 = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// One object with the header and an array per record type.
    Json,
    /// One record per line, each with a `type` key, the header first.
    Jsonl,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ExportHeader {
    pub format: String,
    pub format_version: u32,
    /// The database schema the export was written from, for the reader's information.
    pub schema_version: i64,
    pub generator: String,
}

/// A document as exported: the same record `show` prints, without the internal id.
pub type ExportedDocument = super::DocumentRecord;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ExportedSpeaker {
    pub name: String,
    pub kind: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The name of the speaker at the head of this one's group; `null` for a group's head.
    #[serde(default)]
    pub merged_into: Option<String>,
}

/// A claim as exported: its document's hash, then the parts every claim record shares (see
/// [`crate::record`]). Its `speaker` is the name the claim was stored under, not its group's
/// head.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ExportedClaim {
    pub doc_sha256: String,
    #[serde(flatten)]
    pub claim: ClaimText,
    #[serde(flatten)]
    pub state: ClaimState,
}

/// A logged merge, so that `speaker unmerge` still works after an import.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ExportedMerge {
    pub into: String,
    pub merged: String,
    pub made_by: String,
    pub evidence: String,
    pub created_at: String,
    pub undone_at: Option<String>,
    /// Every speaker the merge moved, with the head of its group before the merge.
    pub moved: Vec<MovedSpeaker>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct MovedSpeaker {
    pub speaker: String,
    pub previous: Option<String>,
}

/// An entry of the change log, exactly as stored: `data` is the row's canonical JSON as a
/// string, because the entry's hash covers those bytes.
pub type ExportedChange = changelog::Entry;

/// One line of a JSONL export.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum ExportRecord {
    Header(ExportHeader),
    Change(ExportedChange),
    Document(ExportedDocument),
    Speaker(ExportedSpeaker),
    Claim(ExportedClaim),
    Merge(ExportedMerge),
}

/// How many records of one type an import stored, and how many it found already present.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ImportTally {
    pub added: u64,
    pub skipped: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportReport {
    pub documents: ImportTally,
    pub speakers: ImportTally,
    pub aliases: ImportTally,
    pub claims: ImportTally,
    pub merges: ImportTally,
    /// Change log entries adopted (added) or left out because the database has its own log.
    pub changes: ImportTally,
    /// Things imported differently from the export, because the database disagreed.
    pub notes: Vec<String>,
}
