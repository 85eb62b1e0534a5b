//! `claimtrack extract`: text (or a web page's article) in, attributions out, no database.

use super::Context;
use super::args::ExtractArgs;
use super::explain::explain;
use super::table::{Column, write_records};
use claimtrack::error::{Error, Result};
use claimtrack::extract::extract as extract_attributions;
use claimtrack::output::{Format, RecordStream};
use claimtrack::record::ClaimText;
use serde::Serialize;

/// One attribution as `extract` prints it: the file and its hash, then the claim as every
/// claim record has it (see [`claimtrack::record`], which declares the keys), then the rule and the resolver.
#[derive(Serialize)]
pub struct ExtractedRecord {
    pub file: String,
    pub doc_sha256: String,
    #[serde(flatten)]
    pub claim: ClaimText,
    /// The id of the catalogue rule that found it.
    pub rule: &'static str,
    /// The id of the resolver that named the speaker.
    pub resolver: &'static str,
}

pub fn extract(ctx: &mut Context, args: ExtractArgs) -> Result<()> {
    let format = ctx.format_or(Format::Jsonl);
    // A table needs every row for its widths; the data formats stream, so memory stays flat
    // however many files are given.
    let mut table_rows = Vec::new();
    let mut stream = (format != Format::Table)
        .then(|| RecordStream::new(&mut ctx.out, format))
        .transpose()?;
    let mut failed = 0;
    for path in &args.files {
        let doc =
            match claimtrack::input::read_document_file(path, claimtrack::input::DEFAULT_MAX_BYTES)
            {
                Ok(doc) => doc,
                Err(err) => {
                    super::note(format!("error: {}", explain(&err).message));
                    failed += 1;
                    continue;
                }
            };
        let text = &doc.text;
        for a in extract_attributions(text) {
            let record = ExtractedRecord {
                file: doc.origin.clone(),
                doc_sha256: doc.sha256.clone(),
                claim: ClaimText::of(&a, text),
                rule: a.rule,
                resolver: a.resolver,
            };
            match stream.as_mut() {
                Some(stream) => stream.write(&record)?,
                None => table_rows.push(record),
            }
        }
    }
    match stream {
        Some(stream) => stream.finish()?,
        None => write_table(&mut ctx.out, ctx.style, &table_rows)?,
    }
    if failed > 0 {
        return Err(Error::user(format!("{failed} file(s) could not be read")));
    }
    Ok(())
}

fn write_table(
    out: &mut dyn std::io::Write,
    style: crate::terminal::Style,
    records: &[ExtractedRecord],
) -> std::io::Result<()> {
    let columns = [
        Column::name("FILE", "file"),
        Column::name("SPEAKER", "speaker"),
        Column::detail("SOURCE", "source", 5),
        Column::detail("SOURCE KIND", "source_kind", 4),
        Column::detail("CUE", "cue", 2),
        Column::detail("KIND", "kind", 1),
        Column::detail("STANCE", "stance", 3),
        Column::content("CONTENT", "content"),
    ];
    write_records(out, Format::Table, style, records, &columns)
}

impl claimtrack::output::Keyed for ExtractedRecord {
    const KEYS: &'static [&'static str] =
        claimtrack::claim_keys!["file", "doc_sha256"; "rule", "resolver"];
}
