//! The diff page (`/diff?a=SHA&b=SHA`): two articles' paired claims side by side with what
//! differs, and what only one side carries, from the library's diff module as `claimtrack
//! diff` uses it. Its twin (`/api/diff`) has the keys of `claimtrack diff --format json`.

use crate::article::claim_link;
use crate::layout::{document_href, html_page, who};
use crate::{Shared, WebError, reading};
use axum::Json;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use claimtrack::diff::{ClaimsDiff, Difference, diff_claims};
use claimtrack::error::Result;
use claimtrack::store::{
    ClaimFilter, ClaimRecord, DocumentRecord, DocumentSummary, Store, short_hash,
};
use maud::{Markup, html};
use serde::{Deserialize, Serialize};

#[derive(Debug, Deserialize)]
pub(crate) struct DiffQuery {
    a: Option<String>,
    b: Option<String>,
}

/// One side, as `claimtrack diff --format json` names it.
#[derive(Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
enum Side {
    Document {
        sha256: String,
        title: Option<String>,
        outlet: Option<String>,
    },
}

#[derive(Serialize)]
pub(crate) struct DiffReport {
    a: Side,
    b: Side,
    #[serde(flatten)]
    diff: ClaimsDiff,
}

fn claims_of(store: &Store, document: &DocumentRecord) -> Result<Vec<ClaimRecord>> {
    store.claims(&ClaimFilter {
        document_id: Some(document.id),
        ..ClaimFilter::default()
    })
}

fn report(store: &Store, a: &str, b: &str) -> Result<DiffReport> {
    let (da, db) = (store.resolve_document(a)?, store.resolve_document(b)?);
    let diff = diff_claims(claims_of(store, &da)?, claims_of(store, &db)?);
    let side = |d: DocumentRecord| Side::Document {
        sha256: d.sha256,
        title: d.title,
        outlet: d.outlet,
    };
    Ok(DiffReport {
        a: side(da),
        b: side(db),
        diff,
    })
}

fn both_sides(query: &DiffQuery) -> Option<(String, String)> {
    let given = |v: &Option<String>| v.clone().filter(|v| !v.trim().is_empty());
    Some((given(&query.a)?, given(&query.b)?))
}

pub(crate) async fn json(
    State(state): State<Shared>,
    Query(query): Query<DiffQuery>,
) -> Result<Json<DiffReport>, WebError> {
    let (a, b) = both_sides(&query).ok_or_else(|| {
        WebError::new(
            StatusCode::BAD_REQUEST,
            "diff takes two documents: ?a=SHA&b=SHA",
        )
    })?;
    Ok(Json(
        reading(&state, move |store| report(store, &a, &b)).await?,
    ))
}

pub(crate) async fn page(
    State(state): State<Shared>,
    Query(query): Query<DiffQuery>,
) -> Result<Response, WebError> {
    let picked = both_sides(&query);
    let (documents, report) = reading(&state, move |store| {
        let report = picked.map(|(a, b)| report(store, &a, &b)).transpose()?;
        Ok((store.documents()?, report))
    })
    .await?;
    Ok(render(&documents, &query, report.as_ref()))
}

fn picker(documents: &[DocumentSummary], name: &str, chosen: Option<&str>) -> Markup {
    html! {
        select name=(name) {
            @for d in documents {
                option value=(d.short_hash) selected[chosen.is_some_and(|c| d.sha256.starts_with(c))] {
                    (d.outlet.as_deref().unwrap_or("(no outlet)")) " · " (d.title.as_deref().unwrap_or(&d.short_hash))
                }
            }
        }
    }
}

fn claim_cell(claim: &ClaimRecord) -> Markup {
    html! {
        div.claim data-claim=(claim.id) {
            (who(claim)) " "
            span.meta { "[" (claim.claim.cue.as_deref().unwrap_or("-")) "] " (claim.claim.kind) " · " (claim.claim.stance) " · " (claim.claim.framing) }
            br;
            (claim_link(claim))
        }
    }
}

fn side_heading(side: &Side) -> Markup {
    let Side::Document {
        sha256,
        title,
        outlet,
    } = side;
    html! {
        h2 { a href=(document_href(sha256)) { (title.as_deref().unwrap_or(short_hash(sha256))) } }
        p.meta { (outlet.as_deref().unwrap_or("(no outlet)")) }
    }
}

fn render(
    documents: &[DocumentSummary],
    query: &DiffQuery,
    report: Option<&DiffReport>,
) -> Response {
    let body = html! {
        h1 { "Diff" }
        form.filters method="get" action="/diff" {
            label { "A" (picker(documents, "a", query.a.as_deref())) }
            label { "B" (picker(documents, "b", query.b.as_deref())) }
            button type="submit" { "Compare" }
        }
        @if let Some(report) = report {
            @let diff = &report.diff;
            div.diff-sides { div { (side_heading(&report.a)) } div { (side_heading(&report.b)) } }
            p { "Speakers in both: " (diff.speakers_both.join(", ")) }
            div.diff-sides {
                p { "Speakers only in A: " (diff.speakers_only_a.join(", ")) }
                p { "Speakers only in B: " (diff.speakers_only_b.join(", ")) }
            }
            h2 { "Claims in both (" (diff.both.len()) ")" }
            @for pair in &diff.both {
                div.pair {
                    (claim_cell(&pair.a))
                    (claim_cell(&pair.b))
                    div.differences {
                        @if pair.differences.is_empty() { "same framing" }
                        @else { (pair.differences.iter().map(Difference::describe).collect::<Vec<_>>().join("; ")) }
                    }
                }
            }
            div.diff-sides {
                div {
                    h2 { "Only in A (" (diff.only_a.len()) ")" }
                    @for claim in &diff.only_a { (claim_cell(claim)) }
                }
                div {
                    h2 { "Only in B (" (diff.only_b.len()) ")" }
                    @for claim in &diff.only_b { (claim_cell(claim)) }
                }
            }
        }
    };
    html_page("Diff", body)
}
