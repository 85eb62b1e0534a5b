//! The documents page (`/`) and its twin (`/api/documents`, the records of `claimtrack docs
//! --format json`), filtered by outlet, publication dates and words.

use crate::layout::{MOST_ROWS, document_href, html_page, percent};
use crate::{Shared, WebError, reading};
use axum::Json;
use axum::extract::{Query, State};
use axum::response::Response;
use claimtrack::error::Result;
use claimtrack::store::{AuditScope, ClaimFilter, DocumentSummary, Store};
use maud::html;
use serde::Deserialize;
use std::collections::{HashMap, HashSet};

/// The filters, as query parameters; empty ones are ignored (an empty form field).
#[derive(Debug, Default, Deserialize)]
pub(crate) struct DocumentQuery {
    outlet: Option<String>,
    /// YYYY-MM-DD, inclusive.
    since: Option<String>,
    until: Option<String>,
    /// Words in the title, or in a claim's content.
    q: Option<String>,
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
    documents: Vec<DocumentSummary>,
    /// Unsourced share by document hash prefix.
    unsourced: HashMap<String, f64>,
    outlets: Vec<String>,
    query: DocumentQuery,
}

pub(crate) async fn page(
    State(state): State<Shared>,
    Query(query): Query<DocumentQuery>,
) -> Result<Response, WebError> {
    let listing = reading(&state, move |store| {
        let documents = filtered(store, &query)?;
        let (sourcing, outlets) = store.sourcing(&AuditScope::default())?;
        Ok(Listing {
            documents,
            unsourced: sourcing
                .into_iter()
                .map(|d| (d.short_hash, d.counts.unsourced_share))
                .collect(),
            outlets: outlets.into_iter().filter_map(|o| o.outlet).collect(),
            query,
        })
    })
    .await?;
    Ok(render(&listing))
}

fn render(listing: &Listing) -> Response {
    let q = &listing.query;
    let value = |v: &Option<String>| v.clone().unwrap_or_default();
    let body = html! {
        h1 { "Documents (" (listing.documents.len()) ")" }
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
        @if listing.documents.len() > MOST_ROWS {
            p.meta { "The first " (MOST_ROWS) " are listed; the filters narrow the list." }
        }
        table {
            thead { tr { th { "Title" } th { "Outlet" } th { "Published" } th { "Claims" } th { "Unsourced" } } }
            tbody {
                @for d in listing.documents.iter().take(MOST_ROWS) {
                    tr {
                        td { a href=(document_href(&d.sha256)) { (d.title.as_deref().unwrap_or("(untitled)")) } }
                        td { (d.outlet.as_deref().unwrap_or("")) }
                        td { (d.published.as_deref().unwrap_or("")) }
                        td.num { (d.claims) }
                        td.num {
                            @if let Some(share) = listing.unsourced.get(&d.short_hash).filter(|_| d.claims > 0) {
                                a href={ "/audit?doc=" (d.short_hash) } { (percent(*share)) }
                            }
                        }
                    }
                }
            }
        }
    };
    html_page("Documents", body)
}
