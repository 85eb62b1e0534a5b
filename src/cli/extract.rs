//! `claimtrack extract`: text in, attributions out, no database.

use super::Context;
use super::args::ExtractArgs;
use crate::error::{Error, Result};
use crate::extract::extract as extract_attributions;
use crate::output::{Column, Format, write_records};
use serde::Serialize;

/// One attribution as `extract` prints it. These keys are a public interface (README).
#[derive(Serialize)]
pub struct ExtractedRecord {
    pub file: String,
    pub doc_sha256: String,
    pub start: usize,
    pub end: usize,
    pub content: String,
    pub kind: &'static str,
    pub speaker: Option<String>,
    pub source: Option<String>,
    pub source_start: Option<usize>,
    pub source_end: Option<usize>,
    pub source_kind: &'static str,
    pub cue: Option<String>,
    pub cue_start: Option<usize>,
    pub cue_end: Option<usize>,
    pub stance: &'static str,
    pub framing: &'static str,
    /// The id of the catalogue rule that found it.
    pub rule: &'static str,
    /// The id of the resolver that named the speaker.
    pub resolver: &'static str,
}

pub fn extract(ctx: &mut Context, args: ExtractArgs) -> Result<()> {
    let mut records = Vec::new();
    let mut failed = 0;
    for path in &args.files {
        let doc = match crate::input::read_text_file(path, crate::input::DEFAULT_MAX_BYTES) {
            Ok(doc) => doc,
            Err(err) => {
                super::note(format!("error: {}", err.message));
                failed += 1;
                continue;
            }
        };
        let text = &doc.text;
        for a in extract_attributions(text) {
            records.push(ExtractedRecord {
                file: doc.origin.clone(),
                doc_sha256: doc.sha256.clone(),
                start: a.content.start,
                end: a.content.end,
                content: a.content.of(text).to_string(),
                kind: a.kind.as_str(),
                speaker: a.speaker.clone(),
                source: a.source.map(|s| s.of(text).to_string()),
                source_start: a.source.map(|s| s.start),
                source_end: a.source.map(|s| s.end),
                source_kind: a.source_kind.as_str(),
                cue: a.cue.map(|s| s.of(text).to_string()),
                cue_start: a.cue.map(|s| s.start),
                cue_end: a.cue.map(|s| s.end),
                stance: a.stance.as_str(),
                framing: a.framing.as_str(),
                rule: a.rule,
                resolver: a.resolver,
            });
        }
    }
    let columns = [
        Column::shrinking("FILE", "file"),
        Column::shrinking("SPEAKER", "speaker"),
        Column::new("SOURCE", "source_kind"),
        Column::shrinking("CUE", "cue"),
        Column::new("KIND", "kind"),
        Column::new("STANCE", "stance"),
        Column::shrinking("CONTENT", "content"),
    ];
    let format = ctx.format_or(Format::Jsonl);
    write_records(&mut ctx.out, format, ctx.style, &records, &columns)?;
    if failed > 0 {
        return Err(Error::user(format!("{failed} file(s) could not be read")));
    }
    Ok(())
}
