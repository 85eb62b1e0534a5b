//! Prints listings in the formats for programs: JSON, JSON Lines or CSV.
//!
//! Every listing is a list of serialisable records. JSON and JSON Lines print the records as
//! they are (their keys are the stable interface documented in the README); CSV prints every
//! key as a column. Tables, which depend on the terminal, are drawn by the binary.

use serde::Serialize;
use serde_json::Value;
use std::io::{self, Write};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
    Jsonl,
    Csv,
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

/// Writes records as JSON, JSON Lines or CSV. Tables are for people and drawn by the binary,
/// which knows the terminal; asked for one here, this writes JSON Lines.
pub fn write_data<T: Serialize + Keyed>(
    out: &mut dyn Write,
    format: Format,
    records: &[T],
) -> io::Result<()> {
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, records)?;
            writeln!(out)
        }
        Format::Jsonl | Format::Table => {
            for record in records {
                serde_json::to_writer(&mut *out, record)?;
                writeln!(out)?;
            }
            Ok(())
        }
        Format::Csv => write_csv(out, records, T::KEYS),
    }
}

/// Records written as they come, for output that must not wait for the last one (`extract` on
/// a corpus): the same bytes as [`write_data`] given them all at once.
pub struct RecordStream<'o, T> {
    out: &'o mut dyn Write,
    format: Format,
    written: usize,
    record_type: std::marker::PhantomData<T>,
}

impl<'o, T: Serialize + Keyed> RecordStream<'o, T> {
    /// Starts the output; a CSV header is written at once, so that it is there without rows.
    pub fn new(out: &'o mut dyn Write, format: Format) -> io::Result<RecordStream<'o, T>> {
        if format == Format::Csv {
            write_csv_row(out, T::KEYS)?;
        }
        Ok(RecordStream {
            out,
            format,
            written: 0,
            record_type: std::marker::PhantomData,
        })
    }

    pub fn write(&mut self, record: &T) -> io::Result<()> {
        let out = &mut *self.out;
        match self.format {
            Format::Json => {
                // Each element as `to_writer_pretty` lays out an array: two spaces deeper.
                out.write_all(if self.written == 0 { b"[\n" } else { b",\n" })?;
                write_indented(out, record, "  ", "  ")?;
            }
            Format::Jsonl | Format::Table => {
                serde_json::to_writer(&mut *out, record)?;
                writeln!(out)?;
            }
            Format::Csv => {
                let value = to_value(record);
                let row = T::KEYS.iter().map(|key| csv_cell(value.get(*key)));
                write_csv_row(out, row)?;
            }
        }
        self.written += 1;
        Ok(())
    }

    /// Ends the output (closes a JSON array).
    pub fn finish(self) -> io::Result<()> {
        match self.format {
            Format::Json if self.written == 0 => writeln!(self.out, "[]"),
            Format::Json => writeln!(self.out, "\n]"),
            _ => Ok(()),
        }
    }
}

/// `value` as `to_writer_pretty` lays it out nested: its first line after `first`, the
/// others after `rest`.
fn write_indented<T: Serialize>(
    out: &mut dyn Write,
    value: &T,
    first: &str,
    rest: &str,
) -> io::Result<()> {
    let pretty = serde_json::to_string_pretty(value)?;
    for (i, line) in pretty.lines().enumerate() {
        if i > 0 {
            out.write_all(b"\n")?;
        }
        out.write_all(if i == 0 { first } else { rest }.as_bytes())?;
        out.write_all(line.as_bytes())?;
    }
    Ok(())
}

/// One JSON object written a field at a time, and an array field an element at a time, for a
/// report too large to hold (`audit` of a whole archive): the same bytes as [`write_one`]
/// given the whole object, pretty for JSON and one line for JSON Lines.
pub struct ObjectStream<'o> {
    out: &'o mut dyn Write,
    pretty: bool,
    fields: usize,
    /// Elements written of the array field that is open, if one is.
    elements: Option<usize>,
}

impl<'o> ObjectStream<'o> {
    pub fn new(out: &'o mut dyn Write, format: Format) -> io::Result<ObjectStream<'o>> {
        out.write_all(b"{")?;
        Ok(ObjectStream {
            out,
            pretty: format == Format::Json,
            fields: 0,
            elements: None,
        })
    }

    fn key(&mut self, key: &str) -> io::Result<()> {
        let separator: &[u8] = match (self.fields, self.pretty) {
            (0, true) => b"\n  ",
            (_, true) => b",\n  ",
            (0, false) => b"",
            (_, false) => b",",
        };
        self.out.write_all(separator)?;
        serde_json::to_writer(&mut *self.out, key)?;
        self.out.write_all(if self.pretty { b": " } else { b":" })?;
        self.fields += 1;
        Ok(())
    }

    pub fn field<T: Serialize>(&mut self, key: &str, value: &T) -> io::Result<()> {
        self.key(key)?;
        if self.pretty {
            write_indented(self.out, value, "", "  ")
        } else {
            Ok(serde_json::to_writer(&mut *self.out, value)?)
        }
    }

    /// Writes each field of `value`, a struct or a map, as a field of this object, in order.
    pub fn fields<T: Serialize>(&mut self, value: &T) -> io::Result<()> {
        match serde_json::to_value(value)? {
            serde_json::Value::Object(fields) => {
                for (key, value) in &fields {
                    self.field(key, value)?;
                }
                Ok(())
            }
            other => Err(io::Error::other(format!(
                "an object's fields must come from an object, not {other}"
            ))),
        }
    }

    /// Opens the array field `key`; [`ObjectStream::element`] adds to it until
    /// [`ObjectStream::end_array`].
    pub fn begin_array(&mut self, key: &str) -> io::Result<()> {
        self.key(key)?;
        self.out.write_all(b"[")?;
        self.elements = Some(0);
        Ok(())
    }

    pub fn element<T: Serialize>(&mut self, value: &T) -> io::Result<()> {
        let written = self.elements.unwrap_or(0);
        match (written, self.pretty) {
            (0, true) => write_indented(self.out, value, "\n    ", "    ")?,
            (_, true) => write_indented(self.out, value, ",\n    ", "    ")?,
            (0, false) => serde_json::to_writer(&mut *self.out, value)?,
            (_, false) => {
                self.out.write_all(b",")?;
                serde_json::to_writer(&mut *self.out, value)?;
            }
        }
        self.elements = Some(written + 1);
        Ok(())
    }

    pub fn end_array(&mut self) -> io::Result<()> {
        let written = self.elements.take().unwrap_or(0);
        self.out.write_all(if self.pretty && written > 0 {
            b"\n  ]"
        } else {
            b"]"
        })
    }

    /// Closes the object and its line.
    pub fn finish(self) -> io::Result<()> {
        let close: &[u8] = match (self.fields, self.pretty) {
            (0, _) | (_, false) => b"}\n",
            (_, true) => b"\n}\n",
        };
        self.out.write_all(close)
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
    let mut csv = csv_writer(out);
    csv.write_record(cells.iter().map(|(key, _)| key))
        .map_err(io::Error::other)?;
    csv.write_record(cells.iter().map(|(_, value)| value))
        .map_err(io::Error::other)?;
    csv.flush()
}

/// A value as a CSV cell: nothing for null, a string as itself, anything else as its JSON.
fn csv_cell(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// CSV as the csv crate writes it: RFC 4180 quoting where needed, one record per line.
fn csv_writer(out: &mut dyn Write) -> csv::Writer<&mut dyn Write> {
    csv::WriterBuilder::new().from_writer(out)
}

/// One CSV record on its own, for output that streams a row at a time.
pub fn write_csv_row<I, F>(out: &mut dyn Write, fields: I) -> io::Result<()>
where
    I: IntoIterator<Item = F>,
    F: AsRef<[u8]>,
{
    let mut csv = csv_writer(out);
    csv.write_record(fields).map_err(io::Error::other)?;
    csv.flush()
}

fn to_value<T: Serialize>(record: &T) -> Value {
    serde_json::to_value(record).unwrap_or(Value::Null)
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
    let mut csv = csv_writer(out);
    csv.write_record(keys).map_err(io::Error::other)?;
    for value in &values {
        let row = keys.iter().map(|key| csv_cell(value.get(*key)));
        csv.write_record(row).map_err(io::Error::other)?;
    }
    csv.flush()
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
        write_data::<Row>(&mut out, Format::Csv, &[]).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "name,text,count\n");
    }

    fn two_rows() -> [Row; 2] {
        [
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
        ]
    }

    fn render(format: Format) -> String {
        let rows = two_rows();
        let mut out = Vec::new();
        write_data(&mut out, format, &rows).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn csv_quotes_what_needs_it() {
        let csv = render(Format::Csv);
        assert_eq!(
            csv,
            "name,text,count\na,short,1\nbb,\"a much, much \"\"longer\"\" text\nthat goes on\",22\n"
        );
    }

    #[test]
    fn a_stream_writes_the_same_bytes_as_all_records_at_once() {
        let rows = two_rows();
        for format in [Format::Json, Format::Jsonl, Format::Csv] {
            for records in [&rows[..0], &rows[..]] {
                let mut all = Vec::new();
                write_data(&mut all, format, records).unwrap();
                let mut streamed = Vec::new();
                let mut stream = RecordStream::new(&mut streamed, format).unwrap();
                for record in records {
                    stream.write(record).unwrap();
                }
                stream.finish().unwrap();
                assert_same_text(streamed, all, &format!("{format:?}, {}", records.len()));
            }
        }
    }

    fn assert_same_text(streamed: Vec<u8>, whole: Vec<u8>, case: &str) {
        let text = |bytes| String::from_utf8(bytes).unwrap();
        assert_eq!(text(streamed), text(whole), "{case}");
    }

    #[derive(Serialize)]
    struct Report {
        rows: Vec<Row>,
        empty: Vec<Row>,
        total: usize,
        name: &'static str,
    }

    #[test]
    fn an_object_streamed_is_the_same_bytes_as_written_at_once() {
        for rows in [&two_rows()[..0], &two_rows()[..1], &two_rows()[..]] {
            let report = Report {
                rows: two_rows().into_iter().take(rows.len()).collect(),
                empty: Vec::new(),
                total: rows.len(),
                name: "a \"name\"\n",
            };
            for format in [Format::Json, Format::Jsonl] {
                let mut whole = Vec::new();
                write_one(&mut whole, format, &report).unwrap();
                let mut streamed = Vec::new();
                let mut stream = ObjectStream::new(&mut streamed, format).unwrap();
                stream.begin_array("rows").unwrap();
                for row in &report.rows {
                    stream.element(row).unwrap();
                }
                stream.end_array().unwrap();
                stream.begin_array("empty").unwrap();
                stream.end_array().unwrap();
                stream.field("total", &report.total).unwrap();
                stream.field("name", &report.name).unwrap();
                stream.finish().unwrap();
                assert_same_text(streamed, whole, &format!("{format:?}, {}", rows.len()));
            }
        }
    }

    #[test]
    fn jsonl_is_one_object_per_line() {
        let jsonl = render(Format::Jsonl);
        let parsed: Vec<Value> = jsonl
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(parsed.len(), 2);
        assert_eq!(parsed[1]["count"], 22);
    }
}
