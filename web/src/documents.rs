//! The documents page (`/`) and its twin (`/api/documents`, the records of `claimtrack docs
//! --format json`), filtered by outlet, publication dates and words. The page is read a page
//! at a time in SQL, in the order the documents were stored; the twin is the whole listing in
//! the command line's order.

use crate::layout::{MOST_ROWS, document_href, encode_segment, html_page, percent};
use crate::{Shared, WebError, reading};
use axum::Json;
use axum::extract::{Query, State};
use axum::response::Response;
use claimtrack::error::Result;
use claimtrack::store::{ClaimFilter, DocumentPageFilter, DocumentSummary, ListedDocument, Store};
use maud::{Markup, html};
use serde::Deserialize;
use std::collections::HashSet;

/// The filters, as query parameters; empty ones are ignored (an empty form field).
#[derive(Debug, Default, Deserialize)]
pub(crate) struct DocumentQuery {
    outlet: Option<String>,
    /// YYYY-MM-DD, inclusive.
    since: Option<String>,
    until: Option<String>,
    /// Words in the title, or in a claim's content.
    q: Option<String>,
    /// Which page of the list, from 0 (the page only).
    #[serde(default)]
    page: u64,
}

fn given(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

fn filtered(store: &Store, query: &DocumentQuery) -> Result<Vec<DocumentSummary>> {
    let mut documents = store.documents()?;
    if let Some(outlet) = given(&query.outlet) {
        documents.retain(|d| d.outlet.as_deref() == Some(outlet));
    }
    let published = |d: &DocumentSummary| d.published.clone().unwrap_or_default();
    if let Some(since) = given(&query.since) {
        documents.retain(|d| d.published.is_some() && published(d).as_str() >= since);
    }
    if let Some(until) = given(&query.until) {
        // A full timestamp on the last day is still within it.
        documents.retain(|d| {
            d.published.is_some() && published(d).get(..until.len()).is_some_and(|p| p <= until)
        });
    }
    if let Some(words) = given(&query.q) {
        let folded = words.to_lowercase();
        let in_claims: HashSet<String> = store
            .claims(&ClaimFilter {
                search: Some(words.to_string()),
                ..ClaimFilter::default()
            })?
            .into_iter()
            .map(|c| c.doc_sha256)
            .collect();
        documents.retain(|d| {
            in_claims.contains(&d.sha256)
                || d.title
                    .as_deref()
                    .is_some_and(|t| t.to_lowercase().contains(&folded))
        });
    }
    Ok(documents)
}

pub(crate) async fn json(
    State(state): State<Shared>,
    Query(query): Query<DocumentQuery>,
) -> Result<Json<Vec<DocumentSummary>>, WebError> {
    Ok(Json(
        reading(&state, move |store| filtered(store, &query)).await?,
    ))
}

struct Listing {
    documents: Vec<ListedDocument>,
    /// How many documents match the filters.
    total: i64,
    outlets: Vec<String>,
    query: DocumentQuery,
}

/// The page's filters, as the store takes them.
fn page_filter(query: &DocumentQuery) -> DocumentPageFilter {
    let owned = |v: &Option<String>| given(v).map(str::to_string);
    DocumentPageFilter {
        outlet: owned(&query.outlet),
        since: owned(&query.since),
        until: owned(&query.until),
        words: owned(&query.q),
    }
}

/// One page of the list, read in SQL: a page costs the same on a large archive.
pub(crate) async fn page(
    State(state): State<Shared>,
    Query(query): Query<DocumentQuery>,
) -> Result<Response, WebError> {
    let listing = reading(&state, move |store| {
        let rows = MOST_ROWS as u64;
        let (documents, total) =
            store.document_page(&page_filter(&query), query.page.saturating_mul(rows), rows)?;
        Ok(Listing {
            documents,
            total,
            outlets: store.outlet_names()?,
            query,
        })
    })
    .await?;
    Ok(render(&listing))
}

/// The list's address for another page, with the same filters.
fn page_href(query: &DocumentQuery, page: u64) -> String {
    let mut href = format!("/?page={page}");
    for (name, value) in [
        ("outlet", &query.outlet),
        ("since", &query.since),
        ("until", &query.until),
        ("q", &query.q),
    ] {
        if let Some(value) = given(value) {
            href.push_str(&format!("&{name}={}", encode_segment(value)));
        }
    }
    href
}

fn pager(listing: &Listing) -> Markup {
    let q = &listing.query;
    let first = q.page * MOST_ROWS as u64;
    let shown = listing.documents.len() as u64;
    let more = (first + shown) < listing.total.max(0) as u64;
    html! {
        p.meta.pager {
            @if shown > 0 { "Documents " (first + 1) "–" (first + shown) " of " (listing.total) ", in the order they were stored. " }
            @if q.page > 0 { a href=(page_href(q, q.page - 1)) rel="prev" { "← previous page" } " " }
            @if more { a href=(page_href(q, q.page + 1)) rel="next" { "next page →" } }
        }
    }
}

fn render(listing: &Listing) -> Response {
    let q = &listing.query;
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    let body = html! {
        h1 { "Documents (" (listing.total) ")" }
        form.filters method="get" action="/" {
            label { "Outlet"
                select name="outlet" {
                    option value="" { "any" }
                    @for outlet in &listing.outlets {
                        option value=(outlet) selected[q.outlet.as_deref() == Some(outlet.as_str())] { (outlet) }
                    }
                }
            }
            label { "Published from" input type="date" name="since" value=(value(&q.since)); }
            label { "to" input type="date" name="until" value=(value(&q.until)); }
            label { "Words" input type="search" name="q" value=(value(&q.q)) placeholder="title or claim words"; }
            button type="submit" { "Filter" }
        }
        (pager(listing))
        table {
            thead { tr { th { "Title" } th { "Outlet" } th { "Published" } th { "Claims" } th { "Unsourced" } } }
            tbody {
                @for listed in &listing.documents {
                    @let d = &listed.summary;
                    tr {
                        td { a href=(document_href(&d.sha256)) { (d.title.as_deref().unwrap_or("(untitled)")) } }
                        td { (d.outlet.as_deref().unwrap_or("")) }
                        td { (d.published.as_deref().unwrap_or("")) }
                        td.num { (d.claims) }
                        td.num {
                            @if d.claims > 0 {
                                a href={ "/audit?doc=" (d.short_hash) } { (percent(listed.unsourced as f64 / d.claims as f64)) }
                            }
                        }
                    }
                }
            }
        }
        (pager(listing))
    };
    html_page("Documents", body)
}
