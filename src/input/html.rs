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

/// The name of the derivation of text from HTML; part of every HTML document's record.
pub const DERIVATION: &str = "html-text/1 (dom_smoothie 0.18.2, formatted text)";

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
/// metadata derived from them. `url` is where it was fetched from, after redirects; it wins over
/// the address the page gives itself.
pub fn read_page(
    origin: String,
    bytes: Vec<u8>,
    url: Option<String>,
    fetched: Option<String>,
) -> Result<DocumentInput> {
    let html = String::from_utf8_lossy(&bytes);
    let PageText { text, mut metadata } = page_text(&html, url.as_deref())?;
    metadata.url = url.or(metadata.url);
    Ok(DocumentInput {
        origin,
        sha256: sha256_hex(&bytes),
        text,
        metadata,
        page: Some(SourcePage {
            bytes,
            derivation: DERIVATION,
            fetched,
        }),
    })
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

    const PAGE: &str = r#"<!DOCTYPE html>
<html><head>
<title>Ferry to return in May | The Harbour Gazette</title>
<meta property="og:title" content="Ferry to return in May">
<meta property="og:site_name" content="The Harbour Gazette">
<meta name="author" content="Kim Park">
<meta property="article:published_time" content="2024-03-05T08:30:00Z">
<link rel="canonical" href="https://news.example.org/ferry">
</head><body>
<nav><a href="/">Home</a> <a href="/local">Local</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Ferry to return in May</h1>
<p>Mayor Zoë Ängström said the ferry would run again in May, after a winter in which the
island had no service at all and the school bus went round by the bridge.</p>
<p>&ldquo;We have the crew, and we have the boat,&rdquo; Ängström said. Officials at the port
authority doubted the <em>timetable</em>, according to a report published on Monday.</p>
<p>The harbour board meets again on Thursday to set the fares for the summer season and to
decide whether the night crossing will run on weekdays as well as at weekends.</p>
</article>
<footer>Copyright The Harbour Gazette</footer>
</body></html>"#;

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
        let read = read_page("page".into(), PAGE.into(), Some(url.clone()), None).unwrap();
        assert_eq!(read.sha256, sha256_hex(PAGE.as_bytes()));
        assert_ne!(read.sha256, sha256_hex(read.text.as_bytes()));
        assert_eq!(read.metadata.url, Some(url), "the fetched address wins");
        let page = read.page.unwrap();
        assert_eq!(
            (page.bytes.as_slice(), page.derivation),
            (PAGE.as_bytes(), DERIVATION)
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
            Some("https://news.example.org/ferry")
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
