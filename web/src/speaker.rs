//! The speaker page (`/speaker/{name}`): everything one speaker's group said, grouped by outlet
//! and date, with the names merged into it and the evidence of each merge. Its twin
//! (`/api/speaker/{name}`) is the speaker's claims as `claimtrack claims --speaker NAME
//! --format json` lists them.

use crate::article::claim_link;
use crate::layout::{MOST_ROWS, document_href, html_page, speaker_href};
use crate::{Shared, WebError, reading};
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use claimtrack::error::{Error, Result};
use claimtrack::store::{ClaimFilter, ClaimRecord, MergeRecord, SpeakerHeading, Store};
use maud::{Markup, html};
use serde::Deserialize;
use std::collections::BTreeMap;

/// The page: the speaker's record and merges, and one page of its claims.
struct SpeakerReport {
    speaker: SpeakerHeading,
    merges: Vec<MergeRecord>,
    claims: Vec<ClaimRecord>,
    /// The claim id this page starts after (0 on the first page).
    after: i64,
}

/// The ids of the speaker group that `name` names, or no such speaker.
fn speaker_ids(store: &Store, name: &str) -> Result<Vec<i64>> {
    let ids = store.find_speakers(name)?;
    if ids.is_empty() {
        return Err(
            Error::user(format!("speaker {name:?}: no such speaker")).with_reason(
                claimtrack::error::Reason::NoSuchSpeaker {
                    name: name.to_string(),
                },
            ),
        );
    }
    Ok(ids)
}

/// The speaker's record and merges, and a page of its claims: those listed after the claim
/// `after` (the previous page's last).
fn report(store: &Store, name: &str, after: i64) -> Result<SpeakerReport> {
    let ids = speaker_ids(store, name)?;
    let speaker = store.speaker_heading(&ids)?;
    let in_group = |n: &String| n == &speaker.name || speaker.merged.contains(n);
    let merges = store
        .merges()?
        .into_iter()
        .filter(|m| in_group(&m.into) || in_group(&m.merged))
        .collect();
    let claims = store.speaker_claim_page(&ids, after, MOST_ROWS as u64)?;
    Ok(SpeakerReport {
        speaker,
        merges,
        claims,
        after,
    })
}

/// The speaker's claims, as `claimtrack claims --speaker NAME --format json` lists them.
pub(crate) async fn json(
    State(state): State<Shared>,
    Path(name): Path<String>,
) -> Result<Json<Vec<ClaimRecord>>, WebError> {
    let claims = reading(&state, move |store| {
        let ids = speaker_ids(store, &name)?;
        store.claims(&ClaimFilter {
            speaker_ids: Some(ids),
            ..ClaimFilter::default()
        })
    })
    .await?;
    Ok(Json(claims))
}

#[derive(Debug, Default, Deserialize)]
pub(crate) struct PageQuery {
    /// The last claim id of the previous page.
    #[serde(default)]
    after: i64,
}

pub(crate) async fn page(
    State(state): State<Shared>,
    Path(name): Path<String>,
    Query(query): Query<PageQuery>,
) -> Result<Response, WebError> {
    let report = reading(&state, move |store| report(store, &name, query.after)).await?;
    Ok(render(&report, state.guard.form_token()))
}

/// Where the page is in the speaker's claims, and the links to the first and the next page.
fn pager(report: &SpeakerReport) -> Markup {
    let href = speaker_href(&report.speaker.name);
    let next = report
        .claims
        .last()
        .filter(|_| report.claims.len() == MOST_ROWS);
    html! {
        p.meta.pager {
            (report.speaker.stored_claims) " claims stored (rejected ones included); this page lists " (report.claims.len()) ", in the order they were stored, grouped by outlet and date. "
            @if report.after > 0 { a href=(href) { "← first page" } " " }
            @if let Some(last) = next { a href={ (href) "?after=" (last.id) } rel="next" { "next page →" } }
        }
    }
}

/// Merging another speaker into this one, and undoing each merge into it.
fn merge_forms(s: &SpeakerHeading, csrf: &str) -> Markup {
    html! {
        form.filters method="post" action={ (speaker_href(&s.name)) "/merge" } {
            input type="hidden" name="csrf" value=(csrf);
            label { "Merge into this speaker" input type="text" name="other" placeholder="another speaker's name" required; }
            button type="submit" { "Merge" }
        }
        @for merged in &s.merged {
            form.filters method="post" action={ (speaker_href(merged)) "/unmerge" } {
                input type="hidden" name="csrf" value=(csrf);
                button type="submit" { "Unmerge " (merged) }
            }
        }
    }
}

fn render(report: &SpeakerReport, csrf: Option<&str>) -> Response {
    let s = &report.speaker;
    // Outlet, then date, then the document's claims in order.
    let mut grouped: BTreeMap<(&str, &str), Vec<&ClaimRecord>> = BTreeMap::new();
    for claim in &report.claims {
        let outlet = claim.outlet.as_deref().unwrap_or("(no outlet)");
        let published = claim.published.as_deref().unwrap_or("(no date)");
        grouped.entry((outlet, published)).or_default().push(claim);
    }
    let body = html! {
        h1 { (s.name) }
        p.meta { (s.kind) }
        @if !s.merged.is_empty() { p { "Merged names: " (s.merged.join(", ")) } }
        @if !s.aliases.is_empty() { p { "Aliases: " (s.aliases.join(", ")) } }
        @if !report.merges.is_empty() {
            h2 { "Merges" }
            table {
                thead { tr { th { "Into" } th { "Merged" } th { "By" } th { "Evidence" } th { "When" } } }
                tbody {
                    @for m in &report.merges {
                        tr { td { (m.into) } td { (m.merged) } td { (m.made_by) } td { (m.evidence) } td { (m.created_at) } }
                    }
                }
            }
        }
        @if let Some(token) = csrf { (merge_forms(s, token)) }
        h2 { "Claims" }
        (pager(report))
        @for ((outlet, published), claims) in &grouped {
            h2 { (outlet) " · " (published) }
            table {
                tbody {
                    @for claim in claims {
                        tr {
                            td { (claim_link(claim)) }
                            td.meta { (claim.claim.cue.as_deref().unwrap_or("-")) " · " (claim.claim.stance) " · " (claim.claim.source_kind) }
                            td { a href=(document_href(&claim.doc_sha256)) { (claim.doc_title.as_deref().unwrap_or(&claim.doc_short)) } }
                        }
                    }
                }
            }
        }
        (pager(report))
    };
    html_page(&s.name, body)
}
