//! Reading a web page: the article's text, without the page's navigation, markup and
//! advertising, and its metadata. The text comes from `dom_smoothie`, a port of Mozilla's
//! Readability (the algorithm of Firefox's Reader View), chosen after comparing it with two
//! other ports on Mozilla's own test pages (BENCHMARKS.md).
//!
//! The text is a derivation of the page's bytes, and claims point into it; so the derivation
//! is named ([`DERIVATION`]) and stored with each document, and `verify` can derive the text
//! again and compare. Changing anything here that changes the text means a new name.

use super::{DocumentInput, Metadata, SourcePage, check_text, parse_date, sha256_hex};
use crate::error::{Error, Result};

/// The name of the derivation of text from HTML; part of every HTML document's record. It covers
/// the decoding too: the charset of a byte order mark, else of the media type, else of a
/// `<meta>` tag in the first 1024 bytes, else UTF-8, with malformed bytes replaced.
pub const DERIVATION: &str =
    "html-text/1 (dom_smoothie 0.18.2, formatted text; charset by BOM, media type, meta or UTF-8)";

/// The media type of a page read from a file, which has no server to say it.
pub const HTML_MEDIA_TYPE: &str = "text/html";

/// A page's article text and what the page says about itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageText {
    pub text: String,
    pub metadata: Metadata,
}

/// Whether bytes look like a web page rather than text: they open (after white space, a byte
/// order mark and comments) with a doctype or an `<html>` tag.
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let start = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_ascii_lowercase();
    let start = start.trim_start_matches('\u{feff}').trim_start();
    start.starts_with("<!doctype html") || start.starts_with("<html")
}

/// The article text of a page, paragraphs separated by a blank line, and its metadata:
/// title, outlet (`og:site_name` or the publisher in JSON-LD), byline, date and canonical URL.
pub fn page_text(html: &str, url: Option<&str>) -> Result<PageText> {
    let config = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        ..dom_smoothie::Config::default()
    };
    // Readability resolves relative links against the page's URL and refuses a relative one.
    let base = url.filter(|url| url.starts_with("http://") || url.starts_with("https://"));
    let mut readability = dom_smoothie::Readability::new(html, base, Some(config))
        .map_err(|err| Error::user(format!("cannot read the page: {err}")))?;
    let article = readability
        .parse()
        .map_err(|err| Error::user(format!("no article found in the page: {err}")))?;
    let text = paragraphs(&article.text_content);
    let text = check_text(text.into_bytes())
        .map_err(|err| Error::user(format!("no article text in the page ({})", err.message)))?;
    let metadata = Metadata {
        outlet: non_empty(article.site_name),
        title: non_empty(Some(article.title)),
        url: canonical_url(html).or_else(|| non_empty(article.url)),
        // A page's date in a form the schema cannot hold is left out, not an error: the page
        // is still evidence, and `--published` can say the date.
        published: article
            .published_time
            .and_then(|date| parse_date(date.trim()).ok()),
        byline: non_empty(article.byline),
    };
    Ok(PageText { text, metadata })
}

/// A web page as a document: identified by the SHA-256 of its bytes, with its article text and
/// metadata derived from them. `media_type` is what the server said the bytes are (its charset
/// counts), `url` where they were fetched from, after redirects; it wins over the address the
/// page gives itself.
pub fn read_page(
    origin: String,
    bytes: Vec<u8>,
    media_type: &str,
    url: Option<String>,
    fetched: Option<String>,
) -> Result<DocumentInput> {
    let html = decode(&bytes, media_type);
    // The text is derived from the bytes and media type alone, so that `verify` can derive it
    // again from what is stored; the address only resolves links, which the text leaves out.
    let PageText { text, mut metadata } = page_text(&html, None)?;
    metadata.url = url.or(metadata.url);
    Ok(DocumentInput {
        origin,
        sha256: sha256_hex(&bytes),
        text,
        metadata,
        page: Some(SourcePage {
            bytes,
            media_type: media_type.to_string(),
            derivation: DERIVATION.to_string(),
            fetched,
        }),
    })
}

/// A page read but not yet derived: deriving its text is the slow part of reading a page, so
/// the reader hands the bytes on and the ingest workers derive them in parallel (and not at all
/// for a page already stored, known by the bytes' SHA-256).
#[derive(Debug, Clone)]
pub struct PageBytes {
    /// Where it came from, as the document's origin: a path, `FILE[N]`, an address.
    pub origin: String,
    /// Where it came from in an error message, when that says more than `origin`.
    pub shown: String,
    pub bytes: Vec<u8>,
    pub media_type: String,
    /// Where it was fetched from, after redirects.
    pub url: Option<String>,
    pub fetched: Option<String>,
    /// Metadata from a sidecar, which wins over the page's own.
    pub metadata: Metadata,
}

impl PageBytes {
    /// The page as a document, its text derived; an error names the page.
    pub fn derive(self) -> Result<DocumentInput> {
        let PageBytes {
            origin,
            shown,
            bytes,
            media_type,
            url,
            fetched,
            metadata,
        } = self;
        let mut page = read_page(origin, bytes, &media_type, url, fetched)
            .map_err(|err| err.context(&shown))?;
        page.metadata = metadata.or(page.metadata);
        Ok(page)
    }
}

/// The article text [`read_page`] derives from a page's bytes: what `verify` compares with the
/// stored text.
pub fn derive_text(bytes: &[u8], media_type: &str) -> Result<String> {
    Ok(page_text(&decode(bytes, media_type), None)?.text)
}

/// The page's characters: decoded by the charset its byte order mark, its media type or a
/// `<meta>` tag near its start declares, as browsers do; else as UTF-8. Malformed bytes become
/// U+FFFD rather than costing the page.
fn decode<'b>(bytes: &'b [u8], media_type: &str) -> std::borrow::Cow<'b, str> {
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        return encoding.decode_without_bom_handling(&bytes[bom..]).0;
    }
    let declared = charset_in(media_type)
        .and_then(|label| encoding_rs::Encoding::for_label(label.as_bytes()))
        .or_else(|| meta_charset(&bytes[..bytes.len().min(1024)]));
    declared
        .unwrap_or(encoding_rs::UTF_8)
        .decode_without_bom_handling(bytes)
        .0
}

/// The charset a `<meta charset>` or `<meta http-equiv="Content-Type">` tag declares. A page
/// cannot declare itself UTF-16 in its own ASCII bytes, so that declaration means UTF-8, as in
/// the HTML standard's prescan.
fn meta_charset(start: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let start = String::from_utf8_lossy(start).to_ascii_lowercase();
    start.split("<meta").skip(1).find_map(|tag| {
        let tag = &tag[..tag.find('>').unwrap_or(tag.len())];
        let encoding = encoding_rs::Encoding::for_label(charset_in(tag)?.as_bytes())?;
        Some(match encoding.name() {
            "UTF-16LE" | "UTF-16BE" => encoding_rs::UTF_8,
            _ => encoding,
        })
    })
}

/// The value after `charset=` in a media type or a tag, without quotes.
fn charset_in(text: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    let at = lower.find("charset")? + "charset".len();
    let value = lower[at..].trim_start().strip_prefix('=')?.trim_start();
    let value = value.trim_start_matches(['"', '\'']);
    let label: String = value
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || "-_:.".contains(*c))
        .collect();
    (!label.is_empty()).then_some(label)
}

/// The page's own address for itself: `<link rel="canonical">`, else `og:url`.
fn canonical_url(html: &str) -> Option<String> {
    let page = dom_query::Document::from(html);
    let canonical = page.select(r#"head link[rel~="canonical"]"#).attr("href");
    let og_url = || {
        page.select(r#"head meta[property="og:url"]"#)
            .attr("content")
    };
    let url = canonical.or_else(og_url)?.to_string();
    non_empty(Some(url)).filter(|url| url.starts_with("http://") || url.starts_with("https://"))
}

fn non_empty(value: Option<String>) -> Option<String> {
    value
        .map(|v| v.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|v| !v.is_empty())
}

/// One paragraph per block, separated by exactly one blank line, each line without trailing
/// spaces, and the text ending in one newline: the shape the extractor reads best.
fn paragraphs(formatted: &str) -> String {
    let mut text = String::with_capacity(formatted.len());
    for paragraph in formatted
        .split("\n\n")
        .map(|p| p.lines().map(str::trim_end).collect::<Vec<_>>().join("\n"))
        .map(|p| p.trim_matches('\n').trim().to_string())
        .filter(|p| !p.is_empty())
    {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(&paragraph);
    }
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A page of a fictional outlet, with navigation, a footer and metadata in its head.
    const PAGE: &str = include_str!("../../fixtures/pages/harbour-ferry.html");

    #[test]
    fn the_article_text_keeps_paragraphs_and_loses_markup_and_page_furniture() {
        let page = page_text(PAGE, None).unwrap();
        let paragraphs: Vec<&str> = page.text.trim_end().split("\n\n").collect();
        assert_eq!(paragraphs.len(), 3, "{:?}", page.text);
        assert!(paragraphs[0].starts_with("Mayor Zoë Ängström said the ferry"));
        assert!(
            paragraphs[1].starts_with("“We have the crew, and we have the boat,” Ängström said.")
        );
        assert!(paragraphs[1].contains("doubted the timetable, according"));
        assert!(!page.text.contains('<') && !page.text.contains("&ldquo;"));
        assert!(!page.text.contains("Home") && !page.text.contains("Copyright"));
    }

    #[test]
    fn a_page_is_identified_by_its_bytes_and_keeps_them() {
        let url = "https://example.org/final".to_string();
        let read = read_page(
            "page".into(),
            PAGE.into(),
            HTML_MEDIA_TYPE,
            Some(url.clone()),
            None,
        )
        .unwrap();
        assert_eq!(read.sha256, sha256_hex(PAGE.as_bytes()));
        assert_ne!(read.sha256, sha256_hex(read.text.as_bytes()));
        assert_eq!(read.metadata.url, Some(url), "the fetched address wins");
        let page = read.page.unwrap();
        assert_eq!(
            (page.bytes.as_slice(), page.derivation.as_str()),
            (PAGE.as_bytes(), DERIVATION)
        );
        assert_eq!(
            derive_text(PAGE.as_bytes(), HTML_MEDIA_TYPE).unwrap(),
            read.text
        );
    }

    #[test]
    fn a_page_is_decoded_by_the_charset_it_declares() {
        let latin1 = |head: &str| -> Vec<u8> {
            let mut page = format!(
                "<!DOCTYPE html><html><head>{head}<title>T</title></head><body><article><p>"
            )
            .into_bytes();
            page.extend_from_slice(b"Z\xf6e \xc4ngstr\xf6m said the ferry would run again in May, after a long winter without any service at all on the island.");
            page.extend_from_slice(b"</p></article></body></html>");
            page
        };
        let said = "Zöe Ängström said the ferry";
        for head in [
            r#"<meta charset="ISO-8859-1">"#,
            r#"<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">"#,
        ] {
            let text = derive_text(&latin1(head), HTML_MEDIA_TYPE).unwrap();
            assert!(text.starts_with(said), "{head}: {text:?}");
        }
        let text = derive_text(&latin1(""), "text/html; charset=latin1").unwrap();
        assert!(text.starts_with(said), "{text:?}");
        let text = derive_text(&latin1(""), HTML_MEDIA_TYPE).unwrap();
        assert!(
            text.starts_with("Z\u{fffd}e"),
            "undeclared: UTF-8 with replacement: {text:?}"
        );
        let mut bom = b"\xef\xbb\xbf".to_vec();
        bom.extend_from_slice(PAGE.as_bytes());
        let text = derive_text(&bom, "text/html; charset=latin1").unwrap();
        assert!(
            text.contains("Zoë Ängström"),
            "a byte order mark wins: {text:?}"
        );
    }

    #[test]
    fn the_metadata_comes_from_the_page() {
        let page = page_text(PAGE, None).unwrap();
        assert_eq!(
            page.metadata.title.as_deref(),
            Some("Ferry to return in May")
        );
        assert_eq!(page.metadata.outlet.as_deref(), Some("The Harbour Gazette"));
        assert_eq!(page.metadata.byline.as_deref(), Some("Kim Park"));
        assert_eq!(page.metadata.published.as_deref(), Some("2024-03-05"));
        assert_eq!(
            page.metadata.url.as_deref(),
            Some("https://harbour-gazette.example/local/ferry-to-return")
        );
    }

    #[test]
    fn a_page_is_told_from_text_by_its_first_tag() {
        assert!(looks_like_html(b"\xef\xbb\xbf  <!DOCTYPE html><html>"));
        assert!(looks_like_html(b"<HTML lang=en>"));
        assert!(!looks_like_html(b"Jane Roe said <b> is a tag."));
    }

    #[test]
    fn a_page_without_text_is_refused() {
        let err = page_text(
            "<html><head><title>T</title></head><body> </body></html>",
            None,
        )
        .unwrap_err();
        assert!(err.message.contains("no article"), "{}", err.message);
    }
}
