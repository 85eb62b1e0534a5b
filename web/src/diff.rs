//! The diff page (`/diff?a=SHA&b=SHA`, or `/diff?outlet_a=A&outlet_b=B` for two outlets): the
//! paired claims side by side with what differs, and what only one side carries, from the library's diff module as `claimtrack
//! diff` uses it. Its twin (`/api/diff`) has the keys of `claimtrack diff --format json`.

use crate::article::claim_link;
use crate::layout::{document_href, html_page, who};
use crate::{Shared, WebError, reading};
use axum::Json;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use claimtrack::diff::{DiffReport, Difference, Side, diff_claims};
use claimtrack::error::{Error, Result};
use claimtrack::store::{ClaimFilter, ClaimRecord, DocumentSummary, Store, short_hash};
use maud::{Markup, html};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub(crate) struct DiffQuery {
    a: Option<String>,
    b: Option<String>,
    outlet_a: Option<String>,
    outlet_b: Option<String>,
}

/// What is compared: two documents (hash prefixes) or two outlets.
enum Sides {
    Documents(String, String),
    Outlets(String, String),
}

fn claims_of(store: &Store, filter: ClaimFilter) -> Result<Vec<ClaimRecord>> {
    store.claims(&filter)
}

fn document_side(store: &Store, prefix: &str) -> Result<(Side, Vec<ClaimRecord>)> {
    let d = store.resolve_document(prefix)?;
    let claims = claims_of(
        store,
        ClaimFilter {
            document_id: Some(d.id),
            ..ClaimFilter::default()
        },
    )?;
    let side = Side::Document {
        sha256: d.sha256,
        title: d.title,
        outlet: d.outlet,
    };
    Ok((side, claims))
}

fn outlet_side(store: &Store, name: &str) -> Result<(Side, Vec<ClaimRecord>)> {
    if store.outlet_named(name)?.is_none() {
        return Err(Error::user(format!("no outlet named {name:?}")));
    }
    let claims = claims_of(
        store,
        ClaimFilter {
            outlet: Some(name.to_string()),
            ..ClaimFilter::default()
        },
    )?;
    Ok((
        Side::Outlet {
            name: name.to_string(),
        },
        claims,
    ))
}

fn report(store: &Store, sides: &Sides) -> Result<DiffReport> {
    let ((a, claims_a), (b, claims_b)) = match sides {
        Sides::Documents(a, b) => (document_side(store, a)?, document_side(store, b)?),
        Sides::Outlets(a, b) => (outlet_side(store, a)?, outlet_side(store, b)?),
    };
    Ok(DiffReport {
        a,
        b,
        diff: diff_claims(claims_a, claims_b),
    })
}

fn both_sides(query: &DiffQuery) -> Option<Sides> {
    let given = |v: &Option<String>| v.clone().filter(|v| !v.trim().is_empty());
    let documents = given(&query.a).zip(given(&query.b));
    let outlets = given(&query.outlet_a).zip(given(&query.outlet_b));
    match (documents, outlets) {
        (Some((a, b)), None) => Some(Sides::Documents(a, b)),
        (None, Some((a, b))) => Some(Sides::Outlets(a, b)),
        _ => None,
    }
}

pub(crate) async fn json(
    State(state): State<Shared>,
    Query(query): Query<DiffQuery>,
) -> Result<Json<DiffReport>, WebError> {
    let sides = both_sides(&query).ok_or_else(|| {
        WebError::new(
            StatusCode::BAD_REQUEST,
            "diff takes two documents (?a=SHA&b=SHA) or two outlets (?outlet_a=A&outlet_b=B)",
        )
    })?;
    Ok(Json(
        reading(&state, move |store| report(store, &sides)).await?,
    ))
}

pub(crate) async fn page(
    State(state): State<Shared>,
    Query(query): Query<DiffQuery>,
) -> Result<Response, WebError> {
    let picked = both_sides(&query);
    let (documents, report) = reading(&state, move |store| {
        let report = picked.map(|sides| report(store, &sides)).transpose()?;
        Ok((store.documents()?, report))
    })
    .await?;
    Ok(render(&documents, &query, report.as_ref()))
}

fn outlet_picker(documents: &[DocumentSummary], name: &str, chosen: Option<&str>) -> Markup {
    let outlets: std::collections::BTreeSet<&str> = documents
        .iter()
        .filter_map(|d| d.outlet.as_deref())
        .collect();
    html! {
        select name=(name) {
            option value="" { "-" }
            @for outlet in outlets {
                option value=(outlet) selected[chosen == Some(outlet)] { (outlet) }
            }
        }
    }
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
    match side {
        Side::Document {
            sha256,
            title,
            outlet,
        } => html! {
            h2 { a href=(document_href(sha256)) { (title.as_deref().unwrap_or(short_hash(sha256))) } }
            p.meta { (outlet.as_deref().unwrap_or("(no outlet)")) }
        },
        Side::Outlet { name } => html! { h2 { "Outlet " (name) } },
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
            button type="submit" { "Compare articles" }
        }
        form.filters method="get" action="/diff" {
            label { "Outlet A" (outlet_picker(documents, "outlet_a", query.outlet_a.as_deref())) }
            label { "Outlet B" (outlet_picker(documents, "outlet_b", query.outlet_b.as_deref())) }
            button type="submit" { "Compare outlets" }
        }
        @if let Some(report) = report {
            @let diff = &report.diff;
            div.diff-sides { div { (side_heading(&report.a)) } div { (side_heading(&report.b)) } }
            p { "Speakers in both: " (names_or_none(&diff.speakers_both)) }
            div.diff-sides {
                p { "Speakers only in A: " (names_or_none(&diff.speakers_only_a)) }
                p { "Speakers only in B: " (names_or_none(&diff.speakers_only_b)) }
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

/// A list of speakers' names, or "none" rather than nothing after its label.
fn names_or_none(names: &[String]) -> String {
    if names.is_empty() {
        "none".to_string()
    } else {
        names.join(", ")
    }
}
