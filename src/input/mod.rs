//! Reads what `claimtrack ingest` is given (text files, sidecar metadata, archives of many
//! articles: JSONL, CSV (`tables`) and JSON arrays (`json_array`), standard input) into documents, and refuses bad input with an error that names the file,
//! the position and the problem.
//!
//! A document is its exact bytes: nothing is trimmed or normalised, so the SHA-256 and every
//! stored byte span refer to exactly what the user gave us.

pub mod html;
mod json_array;
mod tables;
mod url;
mod warc;

pub use url::{is_url, read_url};

use crate::error::{Error, Reason, Result};
use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::io::{BufRead, Read};
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

/// Metadata that comes from flags, a sidecar `NAME.json` or a JSONL line.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Metadata {
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub byline: Option<String>,
}

impl Metadata {
    /// Fields set in `self` win over those in `fallback`.
    pub fn or(self, fallback: Metadata) -> Metadata {
        Metadata {
            outlet: self.outlet.or(fallback.outlet),
            title: self.title.or(fallback.title),
            url: self.url.or(fallback.url),
            published: self.published.or(fallback.published),
            byline: self.byline.or(fallback.byline),
        }
    }
}

/// A document read and checked, ready to be extracted from and stored.
#[derive(Debug, Clone)]
pub struct DocumentInput {
    /// Where it came from, as shown to the user: a path, `path:line` or `<stdin>`.
    pub origin: String,
    /// The SHA-256 of the bytes received: of the text, or of the page it was derived from.
    pub sha256: String,
    pub text: String,
    pub metadata: Metadata,
    /// The page the text was derived from, when the bytes received were not the text itself.
    pub page: Option<SourcePage>,
}

impl DocumentInput {
    /// The size of what was read: the page's bytes for a page, else the text's.
    pub fn received_bytes(&self) -> usize {
        self.page
            .as_ref()
            .map_or(self.text.len(), |page| page.bytes.len())
    }
}

/// One input as read: a document, or a web page whose text is still to be derived
/// ([`html::PageBytes::derive`]), which ingest leaves to its workers.
#[derive(Debug, Clone)]
pub enum Input {
    Document(DocumentInput),
    Page(html::PageBytes),
}

impl Input {
    pub fn origin(&self) -> &str {
        match self {
            Input::Document(document) => &document.origin,
            Input::Page(page) => &page.origin,
        }
    }

    /// The SHA-256 of the bytes received, which identifies the document.
    pub fn sha256(&self) -> String {
        match self {
            Input::Document(document) => document.sha256.clone(),
            Input::Page(page) => sha256_hex(&page.bytes),
        }
    }

    /// The size of what was read.
    pub fn received_bytes(&self) -> usize {
        match self {
            Input::Document(document) => document.received_bytes(),
            Input::Page(page) => page.bytes.len(),
        }
    }

    /// The document, its text derived if it is a page.
    pub fn into_document(self) -> Result<DocumentInput> {
        match self {
            Input::Document(document) => Ok(document),
            Input::Page(page) => page.derive(),
        }
    }
}

/// The bytes of a web page as received, kept as the evidence its derived text comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourcePage {
    pub bytes: Vec<u8>,
    /// The media type the bytes came as, with its `charset` when the server gave one (which
    /// the derivation reads): `text/html` for a file.
    pub media_type: String,
    /// How the text was derived from the bytes: [`html::DERIVATION`].
    pub derivation: String,
    /// When the page was fetched (RFC 3339), for a URL or a web archive's record.
    pub fetched: Option<String>,
}

/// One thing to read, found by expanding the paths given on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputSource {
    TextFile(PathBuf),
    /// A web page saved as a file (`.html`, `.htm`).
    PageFile(PathBuf),
    /// A web page to fetch (`http://…`, `https://…`).
    Url(String),
    /// A file of many articles.
    Archive(PathBuf, ArchiveFormat),
    Stdin,
}

/// The files that hold many articles, one document each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArchiveFormat {
    /// One JSON object per line (`.jsonl`).
    Jsonl,
    /// A header row and one article per row (`.csv`).
    Csv,
    /// One JSON array of article objects (`.json`).
    JsonArray,
    /// A web archive (`.warc`), whose HTML responses are pages.
    Warc,
    /// A gzip-compressed web archive (`.warc.gz`).
    WarcGz,
}

impl ArchiveFormat {
    fn of(path: &Path) -> Option<ArchiveFormat> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        if name.ends_with(".warc.gz") {
            return Some(ArchiveFormat::WarcGz);
        }
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "warc" => Some(ArchiveFormat::Warc),
            "jsonl" => Some(ArchiveFormat::Jsonl),
            "csv" => Some(ArchiveFormat::Csv),
            "json" => Some(ArchiveFormat::JsonArray),
            _ => None,
        }
    }
}

impl InputSource {
    pub fn display(&self) -> String {
        match self {
            InputSource::TextFile(path)
            | InputSource::PageFile(path)
            | InputSource::Archive(path, _) => path.display().to_string(),
            InputSource::Url(url) => url.clone(),
            InputSource::Stdin => "<stdin>".to_string(),
        }
    }

    /// The file read, if it is one.
    pub fn path(&self) -> Option<&Path> {
        match self {
            InputSource::TextFile(path)
            | InputSource::PageFile(path)
            | InputSource::Archive(path, _) => Some(path),
            InputSource::Url(_) | InputSource::Stdin => None,
        }
    }
}

const TEXT_EXTENSIONS: &[&str] = &["txt", "md"];
/// Web pages saved as files, read through [`html::read_page`].
const PAGE_EXTENSIONS: &[&str] = &["html", "htm"];
/// The files a sidecar `NAME.json` may describe.
const DESCRIBED_EXTENSIONS: &[&str] = &["txt", "md", "html", "htm"];

/// Every kind of file a directory is searched for, as the messages name them.
const READ_IN_DIRECTORIES: &str =
    ".txt, .md, .html, .htm, .jsonl, .csv, .json (an array of articles), .warc and .warc.gz";

/// The largest document read unless `--max-bytes` says otherwise.
pub const DEFAULT_MAX_BYTES: u64 = 50 * 1024 * 1024;

/// Expands files, directories (recursively, in name order, keeping `.txt`, `.md`, `.html`,
/// `.htm`, `.jsonl`, `.csv`, `.warc`, `.warc.gz` and `.json` files other than sidecars) and `-`. A path that cannot be read, a file
/// in a directory that claimtrack does not read, and a directory with nothing to read become
/// errors in the list, so the others still go in and nothing is passed over without a word.
/// Hidden files and directories (named with a leading dot) are left out, as ripgrep does.
/// Only regular files are read: a FIFO or a device (`/dev/zero`) could block or never end, so
/// it is refused, even when named, with the advice to pipe it into `-`.
pub fn expand_paths(paths: &[PathBuf]) -> Vec<Result<InputSource>> {
    let mut found = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            found.push(Ok(InputSource::Stdin));
            continue;
        }
        if let Some(url) = path.to_str().filter(|arg| is_url(arg)) {
            found.push(Ok(InputSource::Url(url.to_string())));
            continue;
        }
        match std::fs::metadata(path) {
            Err(err) => found.push(Err(unreadable(path, &err))),
            Ok(meta) if meta.is_dir() => walk_dir(path, &mut found),
            Ok(meta) if !meta.is_file() => found.push(Err(not_regular(path, &meta))),
            // A file named explicitly is an archive or a page by its extension, and else text
            // whatever its name.
            Ok(_) => found.push(Ok(match ArchiveFormat::of(path) {
                Some(format) => InputSource::Archive(path.clone(), format),
                None if has_extension(path, PAGE_EXTENSIONS) => InputSource::PageFile(path.clone()),
                None => InputSource::TextFile(path.clone()),
            })),
        }
    }
    found
}

/// Walks a directory with `walkdir`, which follows symbolic links but notices a link back to
/// an ancestor (a loop) instead of going round it, and keeps no more than a few directories
/// open however deep the tree is.
fn walk_dir(dir: &Path, found: &mut Vec<Result<InputSource>>) {
    let before = found.len();
    let walk = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|entry| entry.depth() == 0 || !is_hidden(entry.file_name()));
    for entry in walk {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                found.push(Err(walk_error(dir, &err)));
                continue;
            }
        };
        if entry.file_type().is_dir() {
            continue;
        }
        let path = entry.path();
        let source = match ArchiveFormat::of(path) {
            Some(ArchiveFormat::JsonArray) if is_sidecar(path) => continue,
            Some(format) => InputSource::Archive(path.to_path_buf(), format),
            None if has_extension(path, TEXT_EXTENSIONS) => {
                InputSource::TextFile(path.to_path_buf())
            }
            None if has_extension(path, PAGE_EXTENSIONS) => {
                InputSource::PageFile(path.to_path_buf())
            }
            None => {
                found.push(Err(not_read_in_directories(path)));
                continue;
            }
        };
        match entry.metadata() {
            Ok(meta) if meta.is_file() => found.push(Ok(source)),
            Ok(meta) => found.push(Err(not_regular(path, &meta))),
            Err(err) => found.push(Err(walk_error(dir, &err))),
        }
    }
    if found.len() == before {
        found.push(Err(Error::user(format!(
            "{}: nothing to read in this directory; claimtrack reads {READ_IN_DIRECTORIES}",
            dir.display()
        ))));
    }
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str().is_some_and(|name| name.starts_with('.'))
}

/// Whether a `.json` file is the metadata of a text file or page beside it (`NAME.json` or
/// `NAME.txt.json` for `NAME.txt`), as `read_sidecar` finds it.
fn is_sidecar(json: &Path) -> bool {
    let stripped = json.with_extension("");
    let of_named_text = has_extension(&stripped, DESCRIBED_EXTENSIONS) && stripped.is_file();
    of_named_text
        || DESCRIBED_EXTENSIONS
            .iter()
            .any(|extension| json.with_extension(extension).is_file())
}

fn not_read_in_directories(path: &Path) -> Error {
    Error::user(format!(
        "{}: not a kind of file claimtrack reads; skipped",
        path.display()
    ))
    .with_hint(format!(
        "in a directory claimtrack reads {READ_IN_DIRECTORIES}; name a file on the command line to read it as text"
    ))
}

fn walk_error(dir: &Path, err: &walkdir::Error) -> Error {
    let path = err.path().unwrap_or(dir);
    if let Some(ancestor) = err.loop_ancestor() {
        return Error::user(format!(
            "{}: a symbolic link back to {}; not followed",
            path.display(),
            ancestor.display()
        ));
    }
    match err.io_error() {
        Some(io) => unreadable(path, io),
        None => Error::user(format!("{}: cannot read: {err}", path.display())),
    }
}

/// The error for a path that cannot be looked at, saying why (missing, too long, denied).
fn unreadable(path: &Path, err: &std::io::Error) -> Error {
    match err.kind() {
        std::io::ErrorKind::NotFound => {
            Error::user(format!("{}: no such file or directory", path.display()))
        }
        _ => Error::user(format!("{}: cannot read: {err}", path.display())),
    }
}

fn not_regular(path: &Path, meta: &std::fs::Metadata) -> Error {
    use std::os::unix::fs::FileTypeExt;
    let file_type = meta.file_type();
    let what = if file_type.is_fifo() {
        "a FIFO"
    } else if file_type.is_char_device() || file_type.is_block_device() {
        "a device"
    } else if file_type.is_socket() {
        "a socket"
    } else {
        "not a regular file"
    };
    Error::user(format!(
        "{}: {what}, not a regular file; not read",
        path.display()
    ))
    .with_reason(Reason::NotRegularFile {
        path: path.to_path_buf(),
    })
}

fn has_extension(path: &Path, extensions: &[&str]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| extensions.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

/// Reads a text file of at most `max_bytes` and its sidecar metadata (`NAME.json`, or
/// `NAME.txt.json`).
pub fn read_text_file(path: &Path, max_bytes: u64) -> Result<DocumentInput> {
    let shown = path.display();
    let bytes = read_file(path, max_bytes)?;
    let text = check_text(bytes).map_err(|err| err.context(&shown))?;
    let metadata = read_sidecar(path, max_bytes)?;
    Ok(document(shown.to_string(), text, metadata))
}

/// Reads a web page saved as a file, of at most `max_bytes`, and its sidecar metadata
/// (`NAME.json`, or `NAME.html.json`), which wins over the page's own once its text is derived.
pub fn read_page_file(path: &Path, max_bytes: u64) -> Result<Input> {
    let shown = path.display().to_string();
    let bytes = read_file(path, max_bytes)?;
    Ok(Input::Page(html::PageBytes {
        origin: shown.clone(),
        shown,
        bytes,
        media_type: html::HTML_MEDIA_TYPE.to_string(),
        url: None,
        fetched: None,
        metadata: read_sidecar(path, max_bytes)?,
    }))
}

/// Reads one file named on the command line as one document: a web page (`.html`, `.htm`) as
/// its article, any other file as text. For commands that read a document without storing it.
pub fn read_document_file(path: &Path, max_bytes: u64) -> Result<DocumentInput> {
    if has_extension(path, PAGE_EXTENSIONS) {
        read_page_file(path, max_bytes)?.into_document()
    } else {
        read_text_file(path, max_bytes)
    }
}

/// The bytes of a file of at most `max_bytes`, or an error naming it.
fn read_file(path: &Path, max_bytes: u64) -> Result<Vec<u8>> {
    let shown = path.display();
    let file = std::fs::File::open(path).map_err(|err| match err.kind() {
        std::io::ErrorKind::NotFound => Error::user(format!("{shown}: no such file")),
        _ => Error::user(format!("{shown}: cannot read: {err}")).with_source(err),
    })?;
    read_bounded(file, max_bytes).map_err(|err| err.context(&shown))
}

/// Reads standard input, of at most `max_bytes`, as one document.
pub fn read_stdin(reader: impl std::io::Read, max_bytes: u64) -> Result<DocumentInput> {
    let bytes = read_bounded(reader, max_bytes).map_err(|err| err.context("<stdin>"))?;
    let text = check_text(bytes).map_err(|err| err.context("<stdin>"))?;
    Ok(document("<stdin>".to_string(), text, Metadata::default()))
}

/// Reads everything, refusing more than `max_bytes` without reading much further: the size of
/// a file is not known in advance for a pipe, and a file can grow while it is read.
fn read_bounded(reader: impl std::io::Read, max_bytes: u64) -> Result<Vec<u8>> {
    let mut bytes = Vec::new();
    let mut limited = reader.take(max_bytes.saturating_add(1));
    limited
        .read_to_end(&mut bytes)
        .map_err(|err| Error::user(format!("cannot read: {err}")).with_source(err))?;
    if bytes.len() as u64 > max_bytes {
        let mut rest = limited.into_inner();
        let more = std::io::copy(&mut (&mut rest).take(1 << 30), &mut std::io::sink()).unwrap_or(0);
        let size = bytes.len() as u64 + more;
        return Err(too_big(size, more == 1 << 30, max_bytes));
    }
    Ok(bytes)
}

fn too_big(size: u64, at_least: bool, max_bytes: u64) -> Error {
    Error::user(format!(
        "{}{size} bytes, more than the limit ({max_bytes}); not read",
        if at_least { "at least " } else { "" }
    ))
    .with_reason(Reason::TooLarge {
        size,
        at_least,
        limit: max_bytes,
    })
}

/// One article of a JSONL archive.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonlArticle {
    text: String,
    #[serde(flatten)]
    metadata: Metadata,
}

/// How a reading of an archive ended: at its end, or because the visitor asked to stop (the
/// run was interrupted). Stopping is no error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Finished,
    Stopped,
}

/// Reads an archive of any format, handing each article or page (or the error for it) to
/// `visit`.
pub fn read_archive(
    path: &Path,
    format: ArchiveFormat,
    max_bytes: u64,
    mut visit: impl FnMut(Result<Input>) -> ControlFlow<()>,
) -> Result<Outcome> {
    let article = |read: Result<DocumentInput>| visit(read.map(Input::Document));
    match format {
        ArchiveFormat::Jsonl => read_jsonl(path, max_bytes, article),
        ArchiveFormat::Csv => tables::read_csv(path, max_bytes, article),
        ArchiveFormat::JsonArray => json_array::read_json_array(path, max_bytes, article),
        ArchiveFormat::Warc => warc::read_warc(path, false, max_bytes, visit),
        ArchiveFormat::WarcGz => warc::read_warc(path, true, max_bytes, visit),
    }
}

/// Opens an archive of many articles, or says why not, naming it.
fn open_archive(path: &Path) -> Result<std::fs::File> {
    std::fs::File::open(path).map_err(|err| {
        Error::user(format!("{}: cannot open: {err}", path.display())).with_source(err)
    })
}

/// Reads a JSONL archive line by line, handing each article (or the error for its line) to
/// `visit`, so that memory stays bounded and a bad line does not lose the others; `visit`
/// breaks to stop reading.
pub fn read_jsonl(
    path: &Path,
    max_bytes: u64,
    mut visit: impl FnMut(Result<DocumentInput>) -> ControlFlow<()>,
) -> Result<Outcome> {
    let shown = path.display();
    let mut reader = std::io::BufReader::new(open_archive(path)?);
    let mut line = Vec::new();
    let mut number = 0usize;
    loop {
        line.clear();
        let at = number + 1;
        let cannot_read = |err: std::io::Error| {
            Error::user(format!("{shown}:{at}: cannot read: {err}")).with_source(err)
        };
        // A line is one document: read no more of it than its text may take once escaped as
        // JSON, with room for the metadata; the text itself is measured once parsed.
        let line_limit = max_bytes.saturating_mul(2).saturating_add(1 << 20);
        let read = (&mut reader)
            .take(line_limit.saturating_add(1))
            .read_until(b'\n', &mut line)
            .map_err(cannot_read)?;
        if read == 0 {
            return Ok(Outcome::Finished);
        }
        number += 1;
        let origin = format!("{shown}:{number}");
        if line.len() as u64 > line_limit && line.last() != Some(&b'\n') {
            let rest = skip_line(&mut reader).map_err(cannot_read)?;
            let too_big = too_big(line.len() as u64 + rest, false, max_bytes).context(&origin);
            if visit(Err(too_big)).is_break() {
                return Ok(Outcome::Stopped);
            }
            continue;
        }
        if line.iter().all(|b| b.is_ascii_whitespace()) {
            continue;
        }
        let article = parse_jsonl_line(&line, max_bytes)
            .map_err(|err| err.context(&origin))
            .map(|article| document(origin, article.text, article.metadata));
        if visit(article).is_break() {
            return Ok(Outcome::Stopped);
        }
    }
}

/// Reads past the rest of a line without keeping it; returns how many bytes it had.
fn skip_line(reader: &mut impl BufRead) -> std::io::Result<u64> {
    let mut skipped = 0;
    loop {
        let buffer = reader.fill_buf()?;
        if buffer.is_empty() {
            return Ok(skipped);
        }
        let (used, done) = match buffer.iter().position(|&b| b == b'\n') {
            Some(at) => (at + 1, true),
            None => (buffer.len(), false),
        };
        reader.consume(used);
        skipped += used as u64;
        if done {
            return Ok(skipped);
        }
    }
}

fn parse_jsonl_line(line: &[u8], max_bytes: u64) -> Result<JsonlArticle> {
    let line = std::str::from_utf8(line).map_err(|err| {
        Error::user(format!(
            "not valid UTF-8 at byte {} of the line",
            err.valid_up_to()
        ))
    })?;
    let article: JsonlArticle = serde_json::from_str(line).map_err(|err| {
        Error::user(format!(
            "column {}: bad JSON: {}",
            err.column(),
            strip_position(&err)
        ))
    })?;
    check_article(article, max_bytes)
}

/// Refuses an archive's article whose text is too long, empty, or binary.
fn check_article(article: JsonlArticle, max_bytes: u64) -> Result<JsonlArticle> {
    if article.text.len() as u64 > max_bytes {
        return Err(too_big(article.text.len() as u64, false, max_bytes));
    }
    check_text(article.text.clone().into_bytes())?;
    Ok(article)
}

fn strip_position(err: &serde_json::Error) -> String {
    let message = err.to_string();
    match message.find(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message,
    }
}

fn document(origin: String, text: String, metadata: Metadata) -> DocumentInput {
    DocumentInput {
        origin,
        sha256: sha256_hex(text.as_bytes()),
        text,
        metadata,
        page: None,
    }
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    let mut hex = String::with_capacity(64);
    for byte in digest {
        hex.push(char::from_digit(u32::from(byte >> 4), 16).expect("nibble"));
        hex.push(char::from_digit(u32::from(byte & 0xf), 16).expect("nibble"));
    }
    hex
}

/// Refuses what is not an article's text: empty, binary or not UTF-8.
fn check_text(bytes: Vec<u8>) -> Result<String> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Error::user(if bytes.is_empty() {
            "empty file"
        } else {
            "empty file (only white space)"
        }));
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        let (line, column) = line_and_column(&bytes, at);
        return Err(Error::user(format!(
            "binary file: NUL byte at byte {at} (line {line}, column {column})"
        ))
        .with_hint("claimtrack reads plain UTF-8 text, Markdown and JSONL"));
    }
    String::from_utf8(bytes).map_err(|err| {
        let at = err.utf8_error().valid_up_to();
        let (line, column) = line_and_column(err.as_bytes(), at);
        Error::user(format!(
            "not valid UTF-8 at byte {at} (line {line}, column {column})"
        ))
        .with_hint("convert the file to UTF-8 first, e.g. with iconv")
    })
}

/// 1-based line and byte column of a byte offset.
fn line_and_column(bytes: &[u8], at: usize) -> (usize, usize) {
    let before = &bytes[..at];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    (line, at - line_start + 1)
}

fn read_sidecar(path: &Path, max_bytes: u64) -> Result<Metadata> {
    let candidates = [
        path.with_extension("json"),
        PathBuf::from(format!("{}.json", path.display())),
    ];
    let Some(sidecar) = candidates.iter().find(|p| p.is_file()) else {
        return Ok(Metadata::default());
    };
    let shown = sidecar.display();
    let file = std::fs::File::open(sidecar)
        .map_err(|err| Error::user(format!("{shown}: cannot read: {err}")).with_source(err))?;
    let bytes = read_bounded(file, max_bytes).map_err(|err| err.context(&shown))?;
    serde_json::from_slice(&bytes).map_err(|err| {
        Error::user(format!(
            "{shown}:{}:{}: bad sidecar metadata: {}",
            err.line(),
            err.column(),
            strip_position(&err)
        ))
        .with_hint(
            "a sidecar holds a JSON object with any of: outlet, title, url, published, byline",
        )
    })
}

/// Checks a publication date and returns it as `YYYY-MM-DD`. A full RFC 3339 timestamp is
/// accepted and cut to its date.
pub fn parse_date(value: &str) -> Result<String> {
    let value = value.trim();
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let date = time::Date::parse(value, &format)
        .or_else(|_| {
            time::OffsetDateTime::parse(value, &time::format_description::well_known::Rfc3339)
                .map(|t| t.date())
        })
        .map_err(|_| {
            let reason = match time::Date::parse(value, &format) {
                Err(time::error::Parse::TryFromParsed(err)) => format!(" ({err})"),
                _ => String::new(),
            };
            Error::user(format!("bad date {value:?}: expected YYYY-MM-DD{reason}"))
        })?;
    // The schema stores dates as four-digit years; "-0001-01-01" or "+10000-01-01" parse, but
    // would fail in the writer and take the whole batch with them.
    if !(1..=9999).contains(&date.year()) {
        return Err(Error::user(format!(
            "bad date {value:?}: the year must be between 0001 and 9999"
        )));
    }
    Ok(date.format(&format).expect("a valid date formats"))
}

/// Checks a timestamp (`ingested_at`, `created_at`, `undone_at`) and returns it as RFC 3339 in
/// UTC, the way claimtrack writes them.
pub fn parse_timestamp(value: &str) -> Result<String> {
    let rfc3339 = &time::format_description::well_known::Rfc3339;
    let parsed = time::OffsetDateTime::parse(value.trim(), rfc3339).map_err(|err| {
        Error::user(format!(
            "bad timestamp {value:?}: expected RFC 3339 ({err})"
        ))
    })?;
    if !(1..=9999).contains(&parsed.year()) {
        return Err(Error::user(format!(
            "bad timestamp {value:?}: the year must be between 0001 and 9999"
        )));
    }
    parsed
        .to_offset(time::UtcOffset::UTC)
        .format(rfc3339)
        .map_err(|err| Error::user(format!("bad timestamp {value:?}: {err}")))
}

/// Checks every metadata value of a document, so that the writer only sees values it can
/// store: a bad value costs its document, never the batch it would have been written in.
pub fn check_metadata(metadata: &Metadata) -> Result<Option<String>> {
    // A blank outlet means none; one of invisible characters only is refused.
    if let Some(outlet) = metadata.outlet.as_deref().filter(|o| !o.trim().is_empty()) {
        crate::names::check_name(outlet, "outlet")?;
    }
    metadata
        .published
        .as_deref()
        .map(|date| parse_date(date).map_err(|err| err.context("published")))
        .transpose()
}

/// The title of an article without one given: its first non-empty line, trimmed.
pub fn first_line_title(text: &str) -> Option<String> {
    // Lines end as paragraphs do in the extractor: at LF, CRLF, a lone CR, U+2028 or U+2029.
    text.split(['\n', '\r', '\u{2028}', '\u{2029}'])
        .map(|line| line.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}'))
        .find(|line| !line.is_empty())
        .map(|line| {
            let mut title: String = line.chars().take(200).collect();
            if title.len() < line.len() {
                title.push('…');
            }
            title
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_visitor_that_breaks_stops_the_reading_as_a_value() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.jsonl");
        std::fs::write(
            &path,
            "{\"text\": \"One.\"}\nnot json\n{\"text\": \"Three.\"}\n",
        )
        .unwrap();
        let mut seen = Vec::new();
        let outcome = read_jsonl(&path, 1 << 20, |article| {
            seen.push(article.is_ok());
            if seen.len() == 2 {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        });
        assert_eq!(outcome.unwrap(), Outcome::Stopped);
        assert_eq!(
            seen,
            [true, false],
            "a bad line is handed on, then reading stops"
        );
        let mut all = 0;
        let outcome = read_jsonl(&path, 1 << 20, |_| {
            all += 1;
            ControlFlow::Continue(())
        });
        assert_eq!((outcome.unwrap(), all), (Outcome::Finished, 3));
    }

    #[test]
    fn refuses_empty_binary_and_non_utf8() {
        assert_eq!(check_text(Vec::new()).unwrap_err().message, "empty file");
        let err = check_text(b"ab\ncd\0".to_vec()).unwrap_err();
        assert!(
            err.message
                .contains("NUL byte at byte 5 (line 2, column 3)"),
            "{}",
            err.message
        );
        let err = check_text(b"caf\xe9 au lait".to_vec()).unwrap_err();
        assert!(
            err.message
                .contains("not valid UTF-8 at byte 3 (line 1, column 4)"),
            "{}",
            err.message
        );
    }

    #[test]
    fn dates() {
        assert_eq!(parse_date("2020-07-08").unwrap(), "2020-07-08");
        assert_eq!(parse_date("2020-07-08T10:00:00Z").unwrap(), "2020-07-08");
        let err = parse_date("2020-13-01").unwrap_err();
        assert!(
            err.message
                .starts_with("bad date \"2020-13-01\": expected YYYY-MM-DD"),
            "{}",
            err.message
        );
        assert!(parse_date("July 8").is_err());
        for bad in [
            "-0001-01-01",
            "+10000-01-01",
            "2020-02-30",
            "9999-99-99",
            "0000-01-01",
        ] {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn timestamps() {
        assert_eq!(
            parse_timestamp("2020-07-08T10:00:00+02:00").unwrap(),
            "2020-07-08T08:00:00Z"
        );
        for bad in [
            "yesterday",
            "2020-02-30T00:00:00Z",
            "",
            "-0001-01-01T00:00:00Z",
        ] {
            assert!(parse_timestamp(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn title_is_the_first_non_empty_line() {
        assert_eq!(
            first_line_title("\u{feff}\n  \n Headline here \nbody").as_deref(),
            Some("Headline here")
        );
        assert_eq!(
            first_line_title("Headline\rbody\r").as_deref(),
            Some("Headline")
        );
    }

    #[test]
    fn sha256_of_known_input() {
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
