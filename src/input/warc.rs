//! Web archives (`.warc`, `.warc.gz`), as crawlers and Common Crawl's CC-NEWS write them: every
//! successful HTTP `response` record whose content type is HTML becomes a page document, with
//! `WARC-Target-URI` as its URL and `WARC-Date` as the time it was fetched. Records are
//! streamed by the `warc` crate, one at a time, so memory stays bounded by the largest record
//! read (at most `--max-bytes` and its HTTP head) however large the archive.

use super::html::{HTML_MEDIA_TYPE, PageBytes};
use super::{Input, Metadata, Outcome, parse_timestamp, too_big};
use crate::error::{Error, Result};
use std::cell::Cell;
use std::io::{BufRead, Read};
use std::ops::ControlFlow;
use std::path::Path;
use std::rc::Rc;
use warc::{RecordType, WarcHeader, WarcReader};

/// Room for a response's HTTP head beside its body, in a record's length.
const HEAD_ALLOWANCE: u64 = 64 * 1024;

/// Reads a web archive, gzip-compressed (one member per record, or one for all) when `gzip`,
/// handing each HTML page (or the error for its record) to `visit`, named `FILE[N]` by its
/// record's place in the archive (counted from 0). A damaged archive cannot be read past the
/// damage: that ends the reading with an error naming the record.
pub fn read_warc(
    path: &Path,
    gzip: bool,
    max_bytes: u64,
    visit: impl FnMut(Result<Input>) -> ControlFlow<()>,
) -> Result<Outcome> {
    let shown = path.display().to_string();
    let file = super::open_archive(path)?;
    let file = std::io::BufReader::with_capacity(1 << 20, file);
    let last = Rc::new(Cell::new(*RECORD_END));
    let outcome = if gzip {
        let decoder = libflate::gzip::MultiDecoder::new(file)
            .map_err(|err| Error::user(format!("{shown}: not gzip: {err}")))?;
        let reader = Tail::new(std::io::BufReader::new(decoder), &last);
        read_records(WarcReader::new(reader), &shown, max_bytes, visit)?
    } else {
        read_records(
            WarcReader::new(Tail::new(file, &last)),
            &shown,
            max_bytes,
            visit,
        )?
    };
    // The `warc` crate takes an archive that ends inside a record's head for its end.
    if outcome == Outcome::Finished && last.get() != *RECORD_END {
        return Err(Error::user(format!(
            "{shown}: the archive ends inside a record's head; is it cut short?"
        )));
    }
    Ok(outcome)
}

/// How every WARC record ends, the archive's last one included.
const RECORD_END: &[u8; 4] = b"\r\n\r\n";

/// A reader that remembers the last four bytes read through it.
struct Tail<R> {
    inner: R,
    last: Rc<Cell<[u8; 4]>>,
}

impl<R: BufRead> Tail<R> {
    fn new(inner: R, last: &Rc<Cell<[u8; 4]>>) -> Tail<R> {
        Tail {
            inner,
            last: Rc::clone(last),
        }
    }
}

fn remember(last: &Cell<[u8; 4]>, bytes: &[u8]) {
    let mut kept = last.get();
    for &byte in &bytes[bytes.len().saturating_sub(4)..] {
        kept.rotate_left(1);
        kept[3] = byte;
    }
    last.set(kept);
}

impl<R: BufRead> Read for Tail<R> {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        let read = self.inner.read(buffer)?;
        remember(&self.last, &buffer[..read]);
        Ok(read)
    }
}

impl<R: BufRead> BufRead for Tail<R> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, amount: usize) {
        // The bytes consumed are still in the buffer, so this reads nothing.
        if let Ok(buffer) = self.inner.fill_buf() {
            remember(&self.last, &buffer[..amount.min(buffer.len())]);
        }
        self.inner.consume(amount);
    }
}

fn read_records<R: BufRead>(
    mut reader: WarcReader<R>,
    shown: &str,
    max_bytes: u64,
    mut visit: impl FnMut(Result<Input>) -> ControlFlow<()>,
) -> Result<Outcome> {
    let mut records = reader.stream_records();
    let mut number = 0usize;
    let mut pages = 0usize;
    while let Some(record) = records.next_item() {
        let origin = format!("{shown}[{number}]");
        number += 1;
        let record = record.map_err(|err| {
            Error::user(format!(
                "{origin}: not a WARC record, or a damaged one: {err}"
            ))
        })?;
        if *record.warc_type() != RecordType::Response {
            continue;
        }
        let uri = record.header(WarcHeader::TargetURI).map(|u| u.into_owned());
        let date = record.header(WarcHeader::Date).map(|d| d.into_owned());
        let named = match &uri {
            Some(uri) => format!("{origin} ({uri})"),
            None => origin.clone(),
        };
        let length = record.content_length();
        let read = if length > max_bytes.saturating_add(HEAD_ALLOWANCE) {
            // Skipped unread: the next record reads past it.
            Some(Err(too_big(length, false, max_bytes)))
        } else {
            let mut block = Vec::with_capacity(length as usize);
            let mut body = record;
            body.read_to_end(&mut block)
                .map_err(|err| Error::user(format!("{origin}: cannot read the record: {err}")))?;
            if (block.len() as u64) < length {
                return Err(Error::user(format!(
                    "{origin}: the archive ends inside this record ({} of its {length} bytes); is it cut short?",
                    block.len()
                )));
            }
            page_of(origin, &named, block, uri, date, max_bytes).transpose()
        };
        let Some(read) = read else { continue };
        pages += 1;
        if visit(read.map_err(|err| err.context(&named))).is_break() {
            return Ok(Outcome::Stopped);
        }
    }
    if pages == 0 {
        return Err(Error::user(format!(
            "{shown}: no HTML page in this web archive ({number} records, none a successful HTML response)"
        )));
    }
    Ok(Outcome::Finished)
}

/// The page a response record holds, or `None` for a response that is not a page: not 2xx
/// (a redirect, an error), or not HTML (an image, a script).
fn page_of(
    origin: String,
    named: &str,
    block: Vec<u8>,
    uri: Option<String>,
    date: Option<String>,
    max_bytes: u64,
) -> Result<Option<Input>> {
    let response = HttpResponse::parse(&block)?;
    if !(200..300).contains(&response.status) {
        return Ok(None);
    }
    let media_type = response
        .header("content-type")
        .unwrap_or(HTML_MEDIA_TYPE)
        .to_string();
    let essence = media_type.split(';').next().unwrap_or("").trim();
    if !essence.eq_ignore_ascii_case("text/html")
        && !essence.eq_ignore_ascii_case("application/xhtml+xml")
    {
        return Ok(None);
    }
    let bytes = response.entity(&block, max_bytes)?;
    let fetched = date
        .map(|date| parse_timestamp(&date).map_err(|err| err.context("WARC-Date")))
        .transpose()?;
    Ok(Some(Input::Page(PageBytes {
        origin,
        shown: named.to_string(),
        bytes,
        media_type,
        url: uri,
        fetched,
        metadata: Metadata::default(),
    })))
}

/// The head of an HTTP response as a WARC record keeps it, and where its body starts.
struct HttpResponse {
    status: u16,
    headers: Vec<(String, String)>,
    body_at: usize,
}

impl HttpResponse {
    fn parse(block: &[u8]) -> Result<HttpResponse> {
        let end = find(block, b"\r\n\r\n")
            .map(|at| at + 4)
            .or_else(|| find(block, b"\n\n").map(|at| at + 2))
            .ok_or_else(|| Error::user("the record holds no HTTP response head"))?;
        let head = String::from_utf8_lossy(&block[..end]);
        let mut lines = head.lines();
        let status_line = lines.next().unwrap_or("");
        let status = status_line
            .strip_prefix("HTTP/")
            .and_then(|rest| rest.split_whitespace().nth(1))
            .and_then(|code| code.parse().ok())
            .ok_or_else(|| Error::user(format!("not an HTTP status line: {status_line:?}")))?;
        let headers = lines
            .filter_map(|line| line.split_once(':'))
            .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_string()))
            .collect();
        Ok(HttpResponse {
            status,
            headers,
            body_at: end,
        })
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(found, _)| found == name)
            .map(|(_, value)| value.as_str())
    }

    /// The body as the server meant it: unchunked, and decompressed when it was sent gzip- or
    /// deflate-encoded (archives keep what came over the wire).
    fn entity(&self, block: &[u8], max_bytes: u64) -> Result<Vec<u8>> {
        let mut body = block[self.body_at..].to_vec();
        if self
            .header("transfer-encoding")
            .is_some_and(|te| te.to_ascii_lowercase().contains("chunked"))
        {
            body = unchunk(&body)?;
        }
        let limited = |reader: &mut dyn Read| -> Result<Vec<u8>> {
            let mut out = Vec::new();
            reader
                .take(max_bytes.saturating_add(1))
                .read_to_end(&mut out)
                .map_err(|err| Error::user(format!("cannot decompress the body: {err}")))?;
            if out.len() as u64 > max_bytes {
                return Err(too_big(out.len() as u64, true, max_bytes));
            }
            Ok(out)
        };
        match self.header("content-encoding").map(str::to_ascii_lowercase) {
            None => {}
            Some(encoding) if encoding == "identity" => {}
            Some(encoding) if encoding == "gzip" || encoding == "x-gzip" => {
                let mut decoder = libflate::gzip::Decoder::new(body.as_slice())
                    .map_err(|err| Error::user(format!("cannot decompress the body: {err}")))?;
                body = limited(&mut decoder)?;
            }
            Some(encoding) if encoding == "deflate" => {
                let mut decoder = libflate::zlib::Decoder::new(body.as_slice())
                    .map_err(|err| Error::user(format!("cannot decompress the body: {err}")))?;
                body = limited(&mut decoder)?;
            }
            Some(encoding) => {
                return Err(Error::user(format!(
                    "the body is {encoding}-encoded, which claimtrack does not decode"
                )));
            }
        }
        if body.len() as u64 > max_bytes {
            return Err(too_big(body.len() as u64, false, max_bytes));
        }
        Ok(body)
    }
}

/// A body sent with `Transfer-Encoding: chunked`, put back together.
fn unchunk(mut chunked: &[u8]) -> Result<Vec<u8>> {
    let bad = || Error::user("a chunked body is damaged");
    let mut body = Vec::new();
    loop {
        let line_end = find(chunked, b"\r\n").ok_or_else(bad)?;
        let size_text = String::from_utf8_lossy(&chunked[..line_end]);
        let size_text = size_text.split(';').next().unwrap_or("").trim();
        let size = usize::from_str_radix(size_text, 16).map_err(|_| bad())?;
        chunked = &chunked[line_end + 2..];
        if size == 0 {
            return Ok(body);
        }
        let chunk = chunked.get(..size).ok_or_else(bad)?;
        body.extend_from_slice(chunk);
        chunked = chunked.get(size + 2..).ok_or_else(bad)?;
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tail_is_the_last_four_bytes_read() {
        let last = Cell::new(*RECORD_END);
        remember(&last, b"ab");
        assert_eq!(&last.get(), b"\r\nab");
        remember(&last, b"123456");
        assert_eq!(&last.get(), b"3456");
    }

    #[test]
    fn a_chunked_body_is_put_back_together() {
        assert_eq!(
            unchunk(b"5\r\nhello\r\n1;x=y\r\n!\r\n0\r\n\r\n").unwrap(),
            b"hello!"
        );
        assert!(unchunk(b"9\r\nhello\r\n0\r\n\r\n").is_err());
    }

    #[test]
    fn a_response_head_is_read() {
        let block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html>";
        let response = HttpResponse::parse(block).unwrap();
        assert_eq!(response.status, 200);
        assert_eq!(response.header("content-type"), Some("text/html"));
        assert_eq!(response.entity(block, 100).unwrap(), b"<html>");
        assert!(HttpResponse::parse(b"GET / HTTP/1.1\r\n\r\n").is_err());
    }
}
