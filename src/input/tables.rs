//! Reading a CSV export of articles (one article per row, a header row naming the columns):
//! what spreadsheets, newsroom systems and scrapers hand over. The `text` column is the
//! article; the metadata columns are those of a sidecar, under their own names or a common
//! synonym. Other columns are not claimtrack's and are left alone.
//!
//! Each row is a document of its own: a bad row is reported with its line and costs no other.

use super::{DocumentInput, Metadata, Outcome, check_text, document, too_big};
use crate::error::{Error, Result};
use std::ops::ControlFlow;
use std::path::Path;

/// The metadata fields, each with the header names that mean it (compared without case).
const METADATA_COLUMNS: [(Field, &[&str]); 5] = [
    (Field::Outlet, &["outlet", "publisher", "site"]),
    (Field::Title, &["title", "headline"]),
    (Field::Url, &["url", "link"]),
    (Field::Published, &["published", "date", "published_date"]),
    (Field::Byline, &["byline", "author", "authors"]),
];

#[derive(Debug, Clone, Copy)]
enum Field {
    Outlet,
    Title,
    Url,
    Published,
    Byline,
}

/// Where each of claimtrack's columns is in a table.
struct Columns {
    text: usize,
    metadata: Vec<(Field, usize)>,
}

impl Columns {
    fn find(headers: &csv::StringRecord) -> Option<Columns> {
        let position = |names: &[&str]| {
            headers
                .iter()
                .position(|h| names.iter().any(|n| h.trim().eq_ignore_ascii_case(n)))
        };
        let text = position(&["text", "body", "content"])?;
        let metadata = METADATA_COLUMNS
            .iter()
            .filter_map(|(field, names)| position(names).map(|at| (*field, at)))
            .collect();
        Some(Columns { text, metadata })
    }

    fn metadata(&self, row: &csv::StringRecord) -> Metadata {
        let mut metadata = Metadata::default();
        for &(field, at) in &self.metadata {
            let value = row.get(at).map(str::trim).filter(|v| !v.is_empty());
            let Some(value) = value.map(str::to_string) else {
                continue;
            };
            match field {
                Field::Outlet => metadata.outlet = Some(value),
                Field::Title => metadata.title = Some(value),
                Field::Url => metadata.url = Some(value),
                Field::Published => metadata.published = Some(value),
                Field::Byline => metadata.byline = Some(value),
            }
        }
        metadata
    }
}

/// Reads a CSV file row by row, handing each article (or the error for its row) to `visit`.
pub fn read_csv(
    path: &Path,
    max_bytes: u64,
    mut visit: impl FnMut(Result<DocumentInput>) -> ControlFlow<()>,
) -> Result<Outcome> {
    let shown = path.display().to_string();
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(path)
        .map_err(|err| Error::user(format!("{shown}: cannot open: {err}")))?;
    let headers = reader
        .headers()
        .map_err(|err| Error::user(format!("{shown}:1: cannot read the header row: {err}")))?
        .clone();
    let columns = Columns::find(&headers).ok_or_else(|| no_text_column(&shown, &headers))?;
    let mut row = csv::StringRecord::new();
    loop {
        let line = reader.position().line();
        let article = match reader.read_record(&mut row) {
            Ok(false) => return Ok(Outcome::Finished),
            Ok(true) => {
                let origin = format!("{shown}:{}", row.position().map_or(line, |p| p.line()));
                article(&row, &columns, max_bytes, origin)
            }
            Err(err) if err.is_io_error() => {
                return Err(Error::user(format!("{shown}:{line}: cannot read: {err}")));
            }
            Err(err) => Err(bad_row(&shown, line, &err)),
        };
        if visit(article).is_break() {
            return Ok(Outcome::Stopped);
        }
    }
}

fn article(
    row: &csv::StringRecord,
    columns: &Columns,
    max_bytes: u64,
    origin: String,
) -> Result<DocumentInput> {
    let text = row.get(columns.text).unwrap_or_default();
    if text.len() as u64 > max_bytes {
        return Err(too_big(text.len() as u64, false, max_bytes).context(&origin));
    }
    if text.trim().is_empty() {
        return Err(Error::user("the text column is empty")
            .with_hint("every row needs its article in the text column")
            .context(&origin));
    }
    let text = check_text(text.as_bytes().to_vec()).map_err(|err| err.context(&origin))?;
    Ok(document(origin, text, columns.metadata(row)))
}

fn no_text_column(shown: &str, headers: &csv::StringRecord) -> Error {
    let found: Vec<&str> = headers.iter().collect();
    Error::user(format!(
        "{shown}:1: no text column in the header row (found: {})",
        found.join(", ")
    ))
    .with_hint(
        "a CSV file needs a header row with a `text` column holding each article, and may have \
         outlet, title, url, published and byline columns",
    )
}

fn bad_row(shown: &str, line: u64, err: &csv::Error) -> Error {
    let line = err.position().map_or(line, |p| p.line());
    let message = match err.kind() {
        csv::ErrorKind::Utf8 { err, .. } => {
            format!("not valid UTF-8 in field {}", err.field() + 1)
        }
        _ => err.to_string(),
    };
    Error::user(message).context(format!("{shown}:{line}"))
}
