//! Prints listings in the format the user asked for: an aligned table for people, or JSON,
//! JSON Lines or CSV for programs.
//!
//! Every listing is a list of serialisable records. JSON and JSON Lines print the records as
//! they are (their keys are the stable interface documented in the README); CSV prints every
//! key as a column; a table shows the columns a listing chooses, fitted to the terminal width.

use serde::Serialize;
use serde_json::Value;
use std::borrow::Cow;
use std::io::{self, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
    Jsonl,
    Csv,
}

/// How to present text to a person: colour or not, and how wide. The caller decides (the binary
/// asks the terminal and the environment).
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
    pub width: usize,
}

impl Style {
    pub fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
}

/// A column of a table: its header, the record key it shows, and whether it may be shortened
/// to fit the width.
pub struct Column {
    pub header: Cow<'static, str>,
    pub key: Cow<'static, str>,
    pub shrink: bool,
    /// Renders the cell from the record's value, where plain text is not enough.
    pub render: Option<fn(&Value) -> String>,
}

impl Column {
    const fn of(header: &'static str, key: &'static str, shrink: bool) -> Column {
        Column {
            header: Cow::Borrowed(header),
            key: Cow::Borrowed(key),
            shrink,
            render: None,
        }
    }

    pub const fn new(header: &'static str, key: &'static str) -> Column {
        Column::of(header, key, false)
    }

    pub const fn shrinking(header: &'static str, key: &'static str) -> Column {
        Column::of(header, key, true)
    }

    pub const fn rendered(
        header: &'static str,
        key: &'static str,
        render: fn(&Value) -> String,
    ) -> Column {
        Column {
            header: Cow::Borrowed(header),
            key: Cow::Borrowed(key),
            shrink: true,
            render: Some(render),
        }
    }

    /// A shrinkable column whose header and key are known only at run time.
    pub fn named(name: String) -> Column {
        Column {
            header: Cow::Owned(name.clone()),
            key: Cow::Owned(name),
            shrink: true,
            render: None,
        }
    }
}

/// A record type's JSON keys, in the order it writes them: the columns of its CSV, written as
/// the header even when there are no rows. A test build checks every record written against
/// them, so the list cannot drift from the type.
pub trait Keyed {
    const KEYS: &'static [&'static str];
}

/// A free-form record (a table's rows built on the fly) has no fixed keys: its CSV takes the
/// first record's.
impl Keyed for serde_json::Map<String, Value> {
    const KEYS: &'static [&'static str] = &[];
}

pub fn write_records<T: Serialize + Keyed>(
    out: &mut dyn Write,
    format: Format,
    style: Style,
    records: &[T],
    columns: &[Column],
) -> io::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, records)?;
            writeln!(out)
        }
        Format::Jsonl => {
            for record in records {
                serde_json::to_writer(&mut *out, record)?;
                writeln!(out)?;
            }
            Ok(())
        }
        Format::Csv => write_csv(out, records, T::KEYS),
        Format::Table => {
            let keys: Vec<&str> = columns.iter().map(|c| c.key.as_ref()).collect();
            let rows: Vec<Vec<Value>> = records
                .iter()
                .map(|record| {
                    crate::field_picker::pick_fields(record, &keys).unwrap_or_else(|| {
                        let whole = to_value(record);
                        keys.iter()
                            .map(|k| whole.get(k).cloned().unwrap_or(Value::Null))
                            .collect()
                    })
                })
                .collect();
            write_table(out, style, &rows, columns)
        }
    }
}

/// Prints one record (e.g. a document with its claims) as JSON, or JSON Lines' single line.
pub fn write_one<T: Serialize>(out: &mut dyn Write, format: Format, record: &T) -> io::Result<()> {
    match format {
        Format::Json => serde_json::to_writer_pretty(&mut *out, record)?,
        Format::Csv => return write_flat_csv(out, &to_value(record)),
        Format::Jsonl | Format::Table => serde_json::to_writer(&mut *out, record)?,
    }
    writeln!(out)
}

/// One record as a CSV header and one row: nested objects become dotted columns
/// (`counts.matched`), and arrays their JSON text.
fn write_flat_csv(out: &mut dyn Write, value: &Value) -> io::Result<()> {
    fn flatten(prefix: &str, value: &Value, cells: &mut Vec<(String, String)>) {
        match value {
            Value::Object(fields) => {
                for (key, field) in fields {
                    let name = if prefix.is_empty() {
                        key.clone()
                    } else {
                        format!("{prefix}.{key}")
                    };
                    flatten(&name, field, cells);
                }
            }
            Value::Null => cells.push((prefix.to_string(), String::new())),
            Value::String(text) => cells.push((prefix.to_string(), text.clone())),
            other => cells.push((prefix.to_string(), other.to_string())),
        }
    }
    let mut cells = Vec::new();
    flatten("", value, &mut cells);
    let header: Vec<String> = cells.iter().map(|(k, _)| csv_field(k)).collect();
    let row: Vec<String> = cells.iter().map(|(_, v)| csv_field(v)).collect();
    writeln!(out, "{}", header.join(","))?;
    writeln!(out, "{}", row.join(","))
}

fn to_value<T: Serialize>(record: &T) -> Value {
    serde_json::to_value(record).unwrap_or(Value::Null)
}

pub fn plain_cell(value: &Value) -> String {
    match value {
        Value::Null => "-".to_string(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(plain_cell).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

fn write_table(
    out: &mut dyn Write,
    style: Style,
    rows: &[Vec<Value>],
    columns: &[Column],
) -> io::Result<()> {
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            columns
                .iter()
                .zip(row)
                .map(|(column, value)| {
                    let text = column
                        .render
                        .map_or_else(|| plain_cell(value), |render| render(value));
                    one_line(text)
                })
                .collect()
        })
        .collect();
    let mut widths: Vec<usize> = columns.iter().map(|c| c.header.chars().count()).collect();
    for row in &cells {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    fit_widths(&mut widths, columns, style.width);
    let header: Vec<String> = columns.iter().map(|c| c.header.to_string()).collect();
    write_row(out, &header, &widths, |text| style.paint("1", text))?;
    for row in &cells {
        write_row(out, row, &widths, |text| text.to_string())?;
    }
    Ok(())
}

/// Shortens the shrinkable columns, widest first, until the row fits `total`.
fn fit_widths(widths: &mut [usize], columns: &[Column], total: usize) {
    const GAP: usize = 2;
    const NARROWEST: usize = 12;
    let used =
        |widths: &[usize]| widths.iter().sum::<usize>() + GAP * widths.len().saturating_sub(1);
    while used(widths) > total {
        let widest = (0..widths.len())
            .filter(|&i| columns[i].shrink && widths[i] > NARROWEST)
            .max_by_key(|&i| widths[i]);
        match widest {
            Some(i) => widths[i] -= 1,
            None => break,
        }
    }
}

fn write_row(
    out: &mut dyn Write,
    cells: &[String],
    widths: &[usize],
    paint: impl Fn(&str) -> String,
) -> io::Result<()> {
    let mut line = String::new();
    for (i, (cell, &width)) in cells.iter().zip(widths).enumerate() {
        let shown = truncate(cell, width);
        let pad = width - shown.chars().count();
        line.push_str(&paint(&shown));
        if i + 1 < cells.len() {
            line.extend(std::iter::repeat_n(' ', pad + 2));
        }
    }
    writeln!(out, "{}", line.trim_end())
}

/// A table row is one line: line breaks and runs of white space fold to one space. Most cells
/// have none, and are returned as they are.
fn one_line(text: String) -> String {
    let needs_folding = text.starts_with(char::is_whitespace)
        || text.ends_with(char::is_whitespace)
        || text.contains(|c: char| c.is_whitespace() && c != ' ')
        || text.contains("  ");
    if needs_folding {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        text
    }
}

pub fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut shown: String = text.chars().take(width.saturating_sub(1)).collect();
    shown.push('…');
    shown
}

fn write_csv<T: Serialize>(out: &mut dyn Write, records: &[T], keys: &[&str]) -> io::Result<()> {
    let values: Vec<Value> = records.iter().map(to_value).collect();
    let first_keys: Vec<&str> = match values.first() {
        Some(Value::Object(first)) => first.keys().map(String::as_str).collect(),
        _ => Vec::new(),
    };
    let keys = if keys.is_empty() {
        &first_keys[..]
    } else {
        keys
    };
    if !first_keys.is_empty() {
        debug_assert_eq!(
            first_keys,
            keys,
            "Keyed::KEYS of {}",
            std::any::type_name::<T>()
        );
    }
    writeln!(
        out,
        "{}",
        keys.iter()
            .map(|k| csv_field(k))
            .collect::<Vec<_>>()
            .join(",")
    )?;
    for value in &values {
        let row: Vec<String> = keys
            .iter()
            .map(|key| match value.get(*key) {
                None | Some(Value::Null) => String::new(),
                Some(Value::String(s)) => csv_field(s),
                Some(other) => csv_field(&other.to_string()),
            })
            .collect();
        writeln!(out, "{}", row.join(","))?;
    }
    Ok(())
}

/// Quotes a CSV field when it holds a comma, quote mark or line break (RFC 4180).
pub fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Row {
        name: &'static str,
        text: &'static str,
        count: i64,
    }

    impl Keyed for Row {
        const KEYS: &'static [&'static str] = &["name", "text", "count"];
    }

    #[test]
    fn csv_without_rows_is_its_header() {
        let mut out = Vec::new();
        let style = Style {
            color: false,
            width: 80,
        };
        write_records::<Row>(&mut out, Format::Csv, style, &[], &[]).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "name,text,count\n");
    }

    fn render(format: Format, width: usize) -> String {
        let rows = [
            Row {
                name: "a",
                text: "short",
                count: 1,
            },
            Row {
                name: "bb",
                text: "a much, much \"longer\" text\nthat goes on",
                count: 22,
            },
        ];
        let columns = [
            Column::new("NAME", "name"),
            Column::shrinking("TEXT", "text"),
            Column::new("N", "count"),
        ];
        let mut out = Vec::new();
        write_records(
            &mut out,
            format,
            Style {
                color: false,
                width,
            },
            &rows,
            &columns,
        )
        .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn table_is_aligned_and_fits_the_width() {
        let table = render(Format::Table, 30);
        assert_eq!(
            table,
            "NAME  TEXT                  N\na     short                 1\nbb    a much, much \"longe…  22\n"
        );
        assert!(table.lines().all(|l| l.chars().count() <= 30));
    }

    #[test]
    fn csv_quotes_what_needs_it() {
        let csv = render(Format::Csv, 80);
        assert_eq!(
            csv,
            "name,text,count\na,short,1\nbb,\"a much, much \"\"longer\"\" text\nthat goes on\",22\n"
        );
    }

    #[test]
    fn jsonl_is_one_object_per_line() {
        let jsonl = render(Format::Jsonl, 80);
        let parsed: Vec<Value> = jsonl
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(parsed.len(), 2);
        assert_eq!(parsed[1]["count"], 22);
    }
}
