//! `claimtrack extract` (text in, attributions out, no database) and `claimtrack eval`.

use super::Context;
use super::args::{EvalArgs, ExtractArgs};
use crate::error::{Error, Result};
use crate::eval::{Entities, EvalDoc, GoldRow, score};
use crate::extract::extract as extract_attributions;
use crate::output::{Column, Format, write_one, write_records};
use serde::Serialize;
use std::collections::BTreeSet;
use std::io::Write;

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

fn read_gold(path: &std::path::Path) -> Result<Vec<GoldRow>> {
    let shown = path.display();
    let text = std::fs::read_to_string(path)
        .map_err(|err| Error::user(format!("{shown}: cannot read: {err}")))?;
    let mut rows = Vec::new();
    for (number, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let row = serde_json::from_str(line)
            .map_err(|err| Error::user(format!("{shown}:{}: bad gold row: {err}", number + 1)))?;
        rows.push(row);
    }
    Ok(rows)
}

fn read_entities(path: Option<&std::path::Path>) -> Result<Entities> {
    let Some(path) = path else {
        return Ok(Entities::new());
    };
    let shown = path.display();
    let bytes =
        std::fs::read(path).map_err(|err| Error::user(format!("{shown}: cannot read: {err}")))?;
    serde_json::from_slice(&bytes).map_err(|err| {
        Error::user(format!(
            "{shown}:{}:{}: expected an object of name -> [names]: {err}",
            err.line(),
            err.column()
        ))
    })
}

pub fn eval(ctx: &mut Context, args: EvalArgs) -> Result<()> {
    let gold = read_gold(&args.gold)?;
    let entities = read_entities(args.entities.as_deref())?;
    let names: BTreeSet<&str> = gold.iter().map(|row| row.doc.as_str()).collect();
    let mut docs = Vec::new();
    for name in names {
        let doc =
            crate::input::read_text_file(&args.docs.join(name), crate::input::DEFAULT_MAX_BYTES)?;
        let predicted = extract_attributions(&doc.text);
        docs.push(EvalDoc {
            name: name.to_string(),
            text: doc.text,
            predicted,
        });
    }
    let mut report = score(&docs, &gold, &entities);
    match ctx.format_or(Format::Table) {
        Format::Table => {
            let rendered = report.render(args.verbose);
            write!(ctx.out, "{rendered}")?;
            if !rendered.ends_with('\n') {
                writeln!(ctx.out)?;
            }
        }
        format => {
            if !args.verbose {
                report.misses.clear();
                report.extras.clear();
                report.wrong_sources.clear();
                report.wrong_labels.clear();
            }
            write_one(&mut ctx.out, format, &report)?;
        }
    }
    Ok(())
}
