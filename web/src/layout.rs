//! The page every view shares: head, navigation and the embedded assets, and the small pieces
//! of markup several pages use (links to documents, speakers and claims).

use axum::http::header;
use axum::response::{IntoResponse, Response};
use claimtrack::store::{ClaimRecord, short_hash};
use maud::{DOCTYPE, Markup, html};

/// Only this server's own script and stylesheet run or apply, so even markup that escaped
/// escaping could not run a script; no page may be framed by another site.
const POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
                      form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// A whole page. maud escapes every value interpolated into it.
pub(crate) fn html_page(title: &str, body: Markup) -> Response {
    let markup = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · claimtrack" }
                link rel="stylesheet" href="/assets/style.css";
                script src="/assets/app.js" defer {}
            }
            body {
                nav {
                    a href="/" { "Documents" }
                    a href="/diff" { "Diff" }
                    a href="/audit" { "Audit" }
                }
                main { (body) }
            }
        }
    };
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CONTENT_SECURITY_POLICY, POLICY),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        markup.into_string(),
    )
        .into_response()
}

/// A path segment with its reserved characters percent-encoded, for names in links.
pub(crate) fn encode_segment(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

pub(crate) fn document_href(sha256: &str) -> String {
    format!("/doc/{}", short_hash(sha256))
}

pub(crate) fn speaker_href(name: &str) -> String {
    format!("/speaker/{}", encode_segment(name))
}

pub(crate) fn claim_href(claim: &ClaimRecord) -> String {
    format!("{}#c{}", document_href(&claim.doc_sha256), claim.id)
}

/// Who a claim is given to: its speaker (linked), else its source as written, else nobody.
pub(crate) fn who(claim: &ClaimRecord) -> Markup {
    html! {
        @match (&claim.claim.speaker, &claim.claim.source) {
            (Some(speaker), _) => a href=(speaker_href(speaker)) { (speaker) },
            (None, Some(source)) => span.unnamed { (source) " (" (claim.claim.source_kind) ")" },
            (None, None) => span.unnamed { "(no source)" },
        }
    }
}

/// A share as a percentage for people.
pub(crate) fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

/// The most rows or bars a page lists, so that a page about a large archive stays quick to
/// render and to read; the filters narrow it, and the JSON twin has every row.
pub(crate) const MOST_ROWS: usize = 500;
