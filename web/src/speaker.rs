//! The speaker page (`/speaker/{name}`): everything one speaker's group said, grouped by outlet
//! and date, with the names merged into it and the evidence of each merge. Its twin
//! (`/api/speaker/{name}`) is the speaker's record as `claimtrack speakers --format json` lists
//! it, with its merges (as `speakers --merges`) and its claims (as `claims --speaker`).

use crate::article::claim_link;
use crate::layout::{MOST_ROWS, document_href, html_page, speaker_href};
use crate::{Shared, WebError, reading};
use axum::Json;
use axum::extract::{Path, State};
use axum::response::Response;
use claimtrack::error::{Error, Result};
use claimtrack::store::{ClaimFilter, ClaimRecord, MergeRecord, SpeakerSummary, Store};
use maud::{Markup, html};
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize)]
pub(crate) struct SpeakerReport {
    /// Nested rather than flattened: the listing's `claims` is a count, this page's a list.
    speaker: SpeakerSummary,
    merges: Vec<MergeRecord>,
    claims: Vec<ClaimRecord>,
}

/// The speaker's report, with at most `limit` of its claims (all with `None`).
fn report(store: &Store, name: &str, limit: Option<u64>) -> Result<SpeakerReport> {
    let ids = store.find_speakers(name)?;
    let Some(&member) = ids.first() else {
        return Err(
            Error::user(format!("speaker {name:?}: no such speaker")).with_reason(
                claimtrack::error::Reason::NoSuchSpeaker {
                    name: name.to_string(),
                },
            ),
        );
    };
    let speaker = store.speaker_summary(member)?;
    let in_group = |n: &String| n == &speaker.name || speaker.merged.contains(n);
    let merges = store
        .merges()?
        .into_iter()
        .filter(|m| in_group(&m.into) || in_group(&m.merged))
        .collect();
    let claims = store.claims(&ClaimFilter {
        speaker_ids: Some(ids),
        limit,
        ..ClaimFilter::default()
    })?;
    Ok(SpeakerReport {
        speaker,
        merges,
        claims,
    })
}

pub(crate) async fn json(
    State(state): State<Shared>,
    Path(name): Path<String>,
) -> Result<Json<SpeakerReport>, WebError> {
    Ok(Json(
        reading(&state, move |store| report(store, &name, None)).await?,
    ))
}

pub(crate) async fn page(
    State(state): State<Shared>,
    Path(name): Path<String>,
) -> Result<Response, WebError> {
    let most = MOST_ROWS as u64;
    let report = reading(&state, move |store| report(store, &name, Some(most))).await?;
    Ok(render(&report, state.guard.form_token()))
}

/// Merging another speaker into this one, and undoing each merge into it.
fn merge_forms(s: &SpeakerSummary, csrf: &str) -> Markup {
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
        p.meta { (s.kind) " · " (s.claims) " claims" }
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
        @if report.claims.len() == MOST_ROWS && s.claims > MOST_ROWS as i64 {
            p.meta { "The first " (MOST_ROWS) " of " (s.claims) " claims, by outlet and date; /api" (speaker_href(&s.name)) " has them all." }
        }
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
    };
    html_page(&s.name, body)
}
