//! Reading an export: a JSONL stream or a JSON file, told apart by the first line, checked
//! header first, and handed record by record to the importer (see `apply`) inside one
//! transaction.

use super::apply::Importer;
use super::{EXPORT_FORMAT, EXPORT_FORMAT_VERSION, ExportHeader, ExportRecord, ImportReport};
use super::{ExportedChange, ExportedClaim, ExportedDocument, ExportedMerge, ExportedSpeaker};
use crate::error::{Error, Result};
use crate::store::Store;
use serde::Deserialize;
use std::io::BufRead;

/// A JSON export, read whole.
#[derive(Debug, Deserialize)]
struct ExportFile {
    header: ExportHeader,
    #[serde(default)]
    changes: Vec<ExportedChange>,
    #[serde(default)]
    documents: Vec<ExportedDocument>,
    #[serde(default)]
    speakers: Vec<ExportedSpeaker>,
    #[serde(default)]
    claims: Vec<ExportedClaim>,
    #[serde(default)]
    merges: Vec<ExportedMerge>,
}

impl Store {
    /// Reads an export (JSON or JSONL, told apart by its first line) from `input`, named
    /// `origin` in messages, and stores what the database lacks. Either all of it goes in or,
    /// on the first bad record, nothing does.
    pub fn import(&mut self, input: &mut dyn BufRead, origin: &str) -> Result<ImportReport> {
        let tx = self.conn.transaction()?;
        let mut importer = Importer::new(&tx)?;
        let mut line = String::new();
        let mut number = 0usize;
        let first = loop {
            line.clear();
            number += 1;
            if read_line(input, &mut line, origin, number)? == 0 {
                return Err(Error::user(format!(
                    "{origin}: empty; expected a claimtrack export"
                )));
            }
            if !line.trim().is_empty() {
                break line.clone();
            }
        };
        let first_value: Option<serde_json::Value> = serde_json::from_str(first.trim()).ok();
        let tagged = first_value
            .as_ref()
            .is_some_and(|value| value.get("type").is_some());
        if tagged {
            let header_at = format!("{origin}:{number}");
            match parse_record(first.trim(), &header_at)? {
                ExportRecord::Header(header) => check_header(&header, &header_at)?,
                _ => {
                    return Err(Error::user(format!(
                        "{header_at}: expected the export's header record first"
                    )));
                }
            }
            loop {
                line.clear();
                number += 1;
                if read_line(input, &mut line, origin, number)? == 0 {
                    break;
                }
                if line.trim().is_empty() {
                    continue;
                }
                let at = format!("{origin}:{number}");
                let record = parse_record(line.trim(), &at)?;
                importer.apply(record, &at)?;
            }
        } else {
            let mut whole = first;
            input
                .read_to_string(&mut whole)
                .map_err(|err| Error::user(format!("{origin}: cannot read: {err}")))?;
            let file: ExportFile = serde_json::from_str(&whole)
                .map_err(|err| Error::user(format!("{origin}: not a claimtrack export: {err}")))?;
            check_header(&file.header, &format!("{origin}: header"))?;
            let records = (file.changes.into_iter().map(ExportRecord::Change))
                .enumerate()
                .map(|(i, r)| (format!("changes[{i}]"), r))
                .chain(
                    (file.documents.into_iter().map(ExportRecord::Document))
                        .enumerate()
                        .map(|(i, r)| (format!("documents[{i}]"), r)),
                )
                .chain(
                    (file.speakers.into_iter().map(ExportRecord::Speaker))
                        .enumerate()
                        .map(|(i, r)| (format!("speakers[{i}]"), r)),
                )
                .chain(
                    (file.claims.into_iter().map(ExportRecord::Claim))
                        .enumerate()
                        .map(|(i, r)| (format!("claims[{i}]"), r)),
                )
                .chain(
                    (file.merges.into_iter().map(ExportRecord::Merge))
                        .enumerate()
                        .map(|(i, r)| (format!("merges[{i}]"), r)),
                );
            for (place, record) in records {
                importer.apply(record, &format!("{origin}: {place}"))?;
            }
        }
        let claims_before = importer.claims_before();
        let report = importer.finish()?;
        crate::store::claims::index_claims_after(&tx, claims_before)?;
        tx.commit()?;
        Ok(report)
    }
}

fn read_line(
    input: &mut dyn BufRead,
    line: &mut String,
    origin: &str,
    number: usize,
) -> Result<usize> {
    input.read_line(line).map_err(|err| {
        if err.kind() == std::io::ErrorKind::InvalidData {
            Error::user(format!("{origin}:{number}: not valid UTF-8"))
        } else {
            Error::user(format!("{origin}:{number}: cannot read: {err}"))
        }
    })
}

fn parse_record(line: &str, at: &str) -> Result<ExportRecord> {
    serde_json::from_str(line)
        .map_err(|err| Error::user(format!("{at}: not a claimtrack export record: {err}")))
}

fn check_header(header: &ExportHeader, at: &str) -> Result<()> {
    if header.format != EXPORT_FORMAT {
        return Err(Error::user(format!(
            "{at}: format is {:?}, expected {EXPORT_FORMAT:?}",
            header.format
        )));
    }
    if header.format_version > EXPORT_FORMAT_VERSION {
        return Err(Error::user(format!(
            "{at}: export format version {} is newer than this claimtrack reads (up to {EXPORT_FORMAT_VERSION})",
            header.format_version
        ))
        .with_hint("upgrade claimtrack to import this export"));
    }
    Ok(())
}
