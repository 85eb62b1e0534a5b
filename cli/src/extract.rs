//! `claimtrack extract`: text (or a web page's article) in, attributions out, no database.

use super::Context;
use super::args::ExtractArgs;
use super::explain::explain;
use super::table::{Column, write_records};
use claimtrack::error::{Error, Result};
use claimtrack::extract::extract as extract_attributions;
use claimtrack::output::Format;
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
    let mut records = Vec::new();
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
            records.push(ExtractedRecord {
                file: doc.origin.clone(),
                doc_sha256: doc.sha256.clone(),
                claim: ClaimText::of(&a, text),
                rule: a.rule,
                resolver: a.resolver,
            });
        }
    }
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
    let format = ctx.format_or(Format::Jsonl);
    write_records(&mut ctx.out, format, ctx.style, &records, &columns)?;
    if failed > 0 {
        return Err(Error::user(format!("{failed} file(s) could not be read")));
    }
    Ok(())
}

impl claimtrack::output::Keyed for ExtractedRecord {
    const KEYS: &'static [&'static str] =
        claimtrack::claim_keys!["file", "doc_sha256"; "rule", "resolver"];
}
