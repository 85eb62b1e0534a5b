//! Reading a web page from its address (`claimtrack ingest https://…`): fetched with `ureq`, a
//! plain blocking HTTP client, following redirects, within a time and a size limit, and stored
//! as any page is (`html::read_page`) with the final address and the time it was fetched.

use super::html::{HTML_MEDIA_TYPE, PageBytes, looks_like_html};
use super::{Input, Metadata, too_big};
use crate::error::{Error, Result};
use std::time::Duration;
use ureq::ResponseExt;

/// How long a fetch may take in all, redirects and body included.
const TIMEOUT: Duration = Duration::from_secs(30);
/// Redirects followed at most, as browsers allow about twenty.
const MAX_REDIRECTS: u32 = 10;

/// Whether a command-line argument is a web address rather than a path.
pub fn is_url(argument: &str) -> bool {
    let lower = argument.get(..8).unwrap_or(argument).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// Fetches the page at `url`, of at most `max_bytes`, as a document: identified by the bytes
/// received, with the final address (after redirects) as its URL. An address that cannot be
/// fetched, an HTTP error and a response that is not a web page are errors naming the address.
pub fn read_url(url: &str, max_bytes: u64) -> Result<Input> {
    fetch(url, max_bytes).map_err(|err| err.context(url))
}

fn fetch(url: &str, max_bytes: u64) -> Result<Input> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(TIMEOUT))
        .max_redirects(MAX_REDIRECTS)
        .http_status_as_error(false)
        .user_agent(concat!("claimtrack/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let fetched = crate::store::now_utc();
    let response = agent.get(url).call().map_err(cannot_fetch)?;
    let status = response.status();
    if !status.is_success() {
        return Err(Error::user(
            format!(
                "HTTP {} {}",
                status.as_u16(),
                status.canonical_reason().unwrap_or("")
            )
            .trim_end()
            .to_string(),
        ));
    }
    let final_url = response.get_uri().to_string();
    let media_type = response
        .headers()
        .get(ureq::http::header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .map(str::trim)
        .filter(|value| !value.is_empty())
        .unwrap_or(HTML_MEDIA_TYPE)
        .to_string();
    let bytes = response
        .into_body()
        .with_config()
        .limit(max_bytes)
        .read_to_vec()
        .map_err(|err| match err {
            ureq::Error::BodyExceedsLimit(_) => too_big(max_bytes + 1, true, max_bytes),
            err => cannot_fetch(err),
        })?;
    if !is_html(&media_type) && !looks_like_html(&bytes) {
        return Err(Error::user(format!(
            "not a web page (Content-Type: {media_type}); claimtrack reads HTML from an address"
        )));
    }
    Ok(Input::Page(PageBytes {
        origin: url.to_string(),
        shown: url.to_string(),
        bytes,
        media_type,
        url: Some(final_url),
        fetched: Some(fetched),
        metadata: Metadata::default(),
    }))
}

fn is_html(media_type: &str) -> bool {
    let essence = media_type.split(';').next().unwrap_or("").trim();
    essence.eq_ignore_ascii_case("text/html")
        || essence.eq_ignore_ascii_case("application/xhtml+xml")
}

fn cannot_fetch(err: ureq::Error) -> Error {
    Error::user(format!("cannot fetch: {err}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_is_told_from_a_path() {
        assert!(is_url("https://example.org/a"));
        assert!(is_url("HTTP://example.org"));
        assert!(!is_url("http.html") && !is_url("./https://x") && !is_url("ftp://x"));
    }

    #[test]
    fn html_media_types() {
        assert!(is_html("text/html; charset=utf-8"));
        assert!(is_html("application/xhtml+xml"));
        assert!(!is_html("application/json"));
    }
}
