//! `claimtrack eval`: scores the extractor, or a predictions file, against gold annotations,
//! overall, per group (`--by`) or against older predictions (`--compare`).

use super::Context;
use super::args::EvalArgs;
use super::table::{Column, share, write_records};
use super::terminal::wrap;
use claimtrack::error::{Error, Result};
use claimtrack::eval::{
    self, Comparison, Entities, EvalDoc, EvalReport, GoldRow, GroupBy, Prediction,
};
use claimtrack::output::{Format, write_one};
use serde_json::Value;
use std::collections::HashMap;
use std::io::Write;
use std::path::Path;
use unicode_width::UnicodeWidthStr;

fn read_to_string(path: &Path) -> Result<String> {
    std::fs::read_to_string(path)
        .map_err(|err| Error::user(format!("{}: cannot read: {err}", path.display())))
}

fn in_file<T>(path: &Path, parsed: std::result::Result<T, String>) -> Result<T> {
    parsed.map_err(|problem| Error::user(format!("{}: {problem}", path.display())))
}

fn read_entities(path: Option<&Path>) -> Result<Entities> {
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

/// The documents the gold annotates, in the order the gold first names them, with their gold
/// placed and no predictions yet.
fn read_documents(args: &EvalArgs, gold: &[GoldRow]) -> Result<Vec<EvalDoc>> {
    let mut docs: Vec<EvalDoc> = Vec::new();
    for row in gold {
        if docs.iter().any(|d| d.name == row.doc) {
            continue;
        }
        let text = claimtrack::input::read_text_file(
            &args.docs.join(&row.doc),
            claimtrack::input::DEFAULT_MAX_BYTES,
        )?
        .text;
        let placed = eval::locate_gold(&row.doc, &text, gold);
        docs.push(EvalDoc {
            gold: in_file(&args.gold, placed)?,
            name: row.doc.clone(),
            text,
            predicted: Vec::new(),
        });
    }
    Ok(docs)
}

/// The predictions of a file for each document, in file order; rows for other documents are
/// ignored.
fn read_predictions(path: &Path, docs: &[EvalDoc]) -> Result<Vec<Vec<Prediction>>> {
    let rows = in_file(path, eval::parse_predictions(&read_to_string(path)?))?;
    let index: HashMap<&str, usize> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| (d.name.as_str(), i))
        .collect();
    let mut out = vec![Vec::new(); docs.len()];
    for row in rows {
        let Some(&d) = index.get(row.doc.as_str()) else {
            continue;
        };
        out[d].extend(in_file(path, row.place(&docs[d].text))?);
    }
    Ok(out)
}

fn extracted(docs: &[EvalDoc]) -> Vec<Vec<Prediction>> {
    docs.iter()
        .map(|d| {
            claimtrack::extract::extract(&d.text)
                .iter()
                .map(|a| Prediction::of_attribution(&d.text, a))
                .collect()
        })
        .collect()
}

fn with_predictions(docs: &[EvalDoc], predicted: Vec<Vec<Prediction>>) -> Vec<EvalDoc> {
    docs.iter()
        .zip(predicted)
        .map(|(d, predicted)| EvalDoc {
            name: d.name.clone(),
            text: d.text.clone(),
            gold: d.gold.clone(),
            predicted,
        })
        .collect()
}

pub fn eval(ctx: &mut Context, args: EvalArgs) -> Result<()> {
    let gold = in_file(&args.gold, eval::parse_gold(&read_to_string(&args.gold)?))?;
    let entities = read_entities(args.entities.as_deref())?;
    let mut docs = read_documents(&args, &gold)?;
    let predicted = match &args.pred {
        Some(path) => read_predictions(path, &docs)?,
        None => extracted(&docs),
    };
    for (doc, predicted) in docs.iter_mut().zip(predicted) {
        doc.predicted = predicted;
    }
    let scored = eval::score(&docs, &gold, &entities);
    if let Some(by) = args.by.map(GroupBy::from) {
        return print_groups(ctx, &eval::group(&scored, by), by);
    }
    if let Some(old) = &args.compare {
        let old_docs = with_predictions(&docs, read_predictions(old, &docs)?);
        let before = eval::score(&old_docs, &gold, &entities);
        return print_comparison(ctx, &eval::compare(&before, &scored));
    }
    let report = EvalReport::new(&scored);
    match ctx.format_or(Format::Table) {
        Format::Table => {
            let text = report.render(args.verbose);
            write!(ctx.out, "{}", fit_lines(&text, ctx.style.width))?
        }
        // A CSV file is one table: the figures, one row, whatever --verbose says.
        Format::Csv => write_one(&mut ctx.out, Format::Csv, &figures_only(&report))?,
        format if args.verbose => write_one(&mut ctx.out, format, &report)?,
        format => write_one(&mut ctx.out, format, &report.without_lists())?,
    }
    Ok(())
}

/// `text` with each line longer than `width` wrapped at spaces; its continuation lines start
/// under the line's text after its label (`counts       gold …`).
fn fit_lines(text: &str, width: usize) -> String {
    let mut fitted = String::new();
    for line in text.split_inclusive('\n') {
        let (line, end) = line.strip_suffix('\n').map_or((line, ""), |l| (l, "\n"));
        if line.width() <= width {
            fitted.push_str(line);
            fitted.push_str(end);
            continue;
        }
        let indent = line
            .find("  ")
            .map_or(0, |at| {
                at + line[at..].len() - line[at..].trim_start().len()
            })
            .min(width / 2);
        let indent = if line.is_char_boundary(indent) {
            indent
        } else {
            0
        };
        let wrapped = wrap(&line[indent..], width - indent);
        for (i, part) in wrapped.iter().enumerate() {
            let lead = if i == 0 { &line[..indent] } else { "" };
            fitted.push_str(&format!("{lead:indent$}{part}\n"));
        }
        if end.is_empty() {
            fitted.pop();
        }
    }
    fitted
}

/// The report without its lists of misses, extras and wrong sources.
fn figures_only(report: &EvalReport) -> Value {
    let mut value = serde_json::to_value(report).unwrap_or(Value::Null);
    if let Value::Object(fields) = &mut value {
        fields.retain(|_, field| !field.is_array());
    }
    value
}

fn print_groups(ctx: &mut Context, rows: &[eval::GroupRow], by: GroupBy) -> Result<()> {
    let header = match by {
        GroupBy::Rule => "RULE",
        GroupBy::Cue => "CUE",
        GroupBy::Resolver => "RESOLVER",
    };
    let columns = [
        Column::name(header, "group"),
        Column::keep("GOLD", "gold"),
        Column::keep("FOUND", "found"),
        Column::detail("PRED", "predicted", 2),
        Column::detail("MATCHED", "matched", 3),
        Column::detail("RIGHT", "right_source", 4),
        Column::detail("SPAN_P", "span_precision", 5).rendered(share),
        Column::detail("SPAN_R", "span_recall", 6).rendered(share),
        Column::keep("ATTR_P", "attribution_precision").rendered(share),
        Column::keep("ATTR_R", "attribution_recall").rendered(share),
        Column::detail("SHARE", "share_of_found", 1).rendered(share),
    ];
    let format = ctx.format_or(Format::Table);
    write_records(&mut ctx.out, format, ctx.style, rows, &columns)?;
    Ok(())
}

fn print_comparison(ctx: &mut Context, comparison: &Comparison) -> Result<()> {
    let columns = [
        Column::keep("CHANGE", "change"),
        Column::name("DOC", "doc"),
        Column::keep("BEFORE", "before"),
        Column::keep("AFTER", "after"),
        Column::detail("GOLD SOURCE", "gold_source", 1),
        Column::content("CONTENT", "content"),
    ];
    let (old, new) = (&comparison.before, &comparison.after);
    match ctx.format_or(Format::Table) {
        Format::Json => write_one(&mut ctx.out, Format::Json, comparison)?,
        Format::Table => {
            write_records(
                &mut ctx.out,
                Format::Table,
                ctx.style,
                &comparison.changes,
                &columns,
            )?;
            writeln!(
                ctx.out,
                "gained {}, lost {}; attribution F1 {:.3} -> {:.3}, span F1 {:.3} -> {:.3}",
                comparison.gained,
                comparison.lost,
                old.attribution_f1,
                new.attribution_f1,
                old.span_f1,
                new.span_f1
            )?;
        }
        format => write_records(
            &mut ctx.out,
            format,
            ctx.style,
            &comparison.changes,
            &columns,
        )?,
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::fit_lines;

    #[test]
    fn long_report_lines_wrap_under_their_text() {
        let report = "span    P 0.5\ncounts  gold 19, matched 16, right source 11\n";
        assert_eq!(fit_lines(report, 80), report);
        assert_eq!(
            fit_lines(report, 24),
            "span    P 0.5\ncounts  gold 19, matched\n        16, right source\n        11\n"
        );
    }
}
