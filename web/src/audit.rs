//! The audit page (`/audit`): the share of claims without a named source per outlet and per
//! document, drawn as server-side SVG bar charts whose bars link down to the claims
//! (`/audit?outlet=...`, `/audit?doc=...`), and the unsourced claims with their sentences. Its
//! twin (`/api/audit`) is `claimtrack audit --format json` (with `--outlet` or `--doc`).

use crate::article::claim_link;
use crate::layout::{MOST_ROWS, encode_segment, html_page, percent, who};
use crate::{Shared, WebError, reading};
use axum::Json;
use axum::extract::{Query, State};
use axum::response::Response;
use claimtrack::error::Result;
use claimtrack::store::{
    AuditReport, AuditScope, DEFAULT_RANKED_DOCUMENTS, Store, default_listed_documents,
};
use maud::{Markup, html};
use serde::Deserialize;

#[derive(Debug, Default, Deserialize)]
pub(crate) struct AuditQuery {
    outlet: Option<String>,
    doc: Option<String>,
}

/// The audit of the document or outlet asked for, or of the whole database, as `claimtrack
/// audit --format json` makes it (with `--doc` or `--outlet`).
fn report(store: &Store, query: &AuditQuery) -> Result<AuditReport> {
    let given = |v: &Option<String>| v.clone().filter(|v| !v.trim().is_empty());
    let document = given(&query.doc)
        .map(|d| store.resolve_document(&d))
        .transpose()?;
    let scope = AuditScope {
        document_id: document.as_ref().map(|d| d.id),
        outlet: given(&query.outlet),
    };
    store.audit_report(
        &scope,
        default_listed_documents(&scope),
        Some(DEFAULT_RANKED_DOCUMENTS),
    )
}

pub(crate) async fn json(
    State(state): State<Shared>,
    Query(query): Query<AuditQuery>,
) -> Result<Json<AuditReport>, WebError> {
    Ok(Json(
        reading(&state, move |store| report(store, &query)).await?,
    ))
}

pub(crate) async fn page(
    State(state): State<Shared>,
    Query(query): Query<AuditQuery>,
) -> Result<Response, WebError> {
    let report = reading(&state, move |store| report(store, &query)).await?;
    Ok(render(&report))
}

/// One bar of a chart: its label, the unsourced share, the claims it counts, and its link.
struct Bar {
    label: String,
    share: f64,
    claims: i64,
    href: String,
}

const LABEL_WIDTH: usize = 320;
const BAR_WIDTH: usize = 420;
const ROW: usize = 24;

/// A horizontal bar chart of unsourced shares, each row a link.
fn chart(title: &str, bars: &[Bar]) -> Markup {
    let height = ROW * bars.len() + 8;
    let width = LABEL_WIDTH + BAR_WIDTH + 120;
    html! {
        svg.bars xmlns="http://www.w3.org/2000/svg" role="img" aria-label=(title)
            width=(width) height=(height) viewBox=(format!("0 0 {width} {height}")) {
            title { (title) }
            @for (i, bar) in bars.iter().enumerate() {
                @let y = i * ROW + 4;
                @let filled = (bar.share.clamp(0.0, 1.0) * BAR_WIDTH as f64).round() as usize;
                a href=(bar.href) {
                    text x="0" y=(y + 15) { (shorten(&bar.label, 44)) }
                    rect.rest x=(LABEL_WIDTH) y=(y) width=(BAR_WIDTH) height=(ROW - 6) {}
                    rect.bar x=(LABEL_WIDTH) y=(y) width=(filled) height=(ROW - 6) {}
                    text x=(LABEL_WIDTH + BAR_WIDTH + 8) y=(y + 15) { (percent(bar.share)) " of " (bar.claims) }
                }
            }
        }
    }
}

fn shorten(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        return text.to_string();
    }
    let cut: String = text.chars().take(chars - 1).collect();
    format!("{cut}…")
}

fn render(report: &AuditReport) -> Response {
    let outlet_bars: Vec<Bar> = report
        .summary
        .outlets
        .iter()
        .map(|o| Bar {
            // Documents without an outlet have no outlet to filter on: their bar leads to the
            // document chart, where they are.
            href: o.outlet.as_deref().map_or_else(
                || "/audit".to_string(),
                |name| format!("/audit?outlet={}", encode_segment(name)),
            ),
            label: o
                .outlet
                .clone()
                .unwrap_or_else(|| "(no outlet)".to_string()),
            share: o.counts.unsourced_share,
            claims: o.counts.claims,
        })
        .collect();
    let document_bars: Vec<Bar> = report
        .documents
        .iter()
        .filter(|d| d.counts.claims > 0)
        .take(MOST_ROWS)
        .map(|d| Bar {
            label: d.title.clone().unwrap_or_else(|| d.short_hash.clone()),
            share: d.counts.unsourced_share,
            claims: d.counts.claims,
            href: format!("/audit?doc={}", d.short_hash),
        })
        .collect();
    let body = html! {
        h1 { "Audit: claims without a named source" }
        p.meta { "Unsourced means an anonymous or vague source, or none. Each bar links to its claims." }
        h2 { "By outlet" }
        (chart("Unsourced share by outlet", &outlet_bars))
        h2 { "By document" }
        @if document_bars.len() == MOST_ROWS { p.meta { "The " (MOST_ROWS) " documents with the largest share; choose an outlet above to see its own." } }
        (chart("Unsourced share by document", &document_bars))
        @if !report.summary.unsourced.is_empty() {
            h2 { "Unsourced claims (" (report.summary.unsourced.len()) ")" }
            @if (report.summary.listed_documents as u64) < report.summary.unsourced_documents {
                p.meta { "Those of the " (report.summary.listed_documents) " documents with the largest share, of " (report.summary.unsourced_documents) " with any; choose a document or an outlet for its own." }
            }
            table {
                tbody {
                    @for unsourced in &report.summary.unsourced {
                        @let claim = &unsourced.claim;
                        tr {
                            td { (claim_link(claim)) br; span.meta { (unsourced.sentence) } }
                            td { (who(claim)) }
                            td.meta { (claim.outlet.as_deref().unwrap_or("")) " · " (claim.doc_title.as_deref().unwrap_or(&claim.doc_short)) }
                        }
                    }
                }
            }
        }
    };
    html_page("Audit", body)
}
