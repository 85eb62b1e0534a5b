//! The article page (`/doc/{sha}`, a hash prefix as `claimtrack show` takes): the text with
//! every claim marked in place, a legend, and the claims beside it with review buttons. Its
//! twin (`/api/doc/{sha}`) is `claimtrack show --format json`: the document and its claims.

use crate::layout::{claim_href, html_page, who};
use crate::marks::{describe, marked_html};
use crate::{Shared, WebError, reading};
use axum::Json;
use axum::extract::{Path, State};
use axum::response::Response;
use claimtrack::model::{ClaimKind, ReviewStatus, Stance};
use claimtrack::store::{ClaimFilter, ClaimRecord, DocumentRecord, Store, short_hash};
use maud::{Markup, PreEscaped, html};
use serde::Serialize;

/// A document with its claims, as `show --format json` prints it.
#[derive(Serialize)]
pub(crate) struct ShownDocument {
    #[serde(flatten)]
    document: DocumentRecord,
    claims: Vec<ClaimRecord>,
}

fn shown(store: &Store, sha: &str) -> claimtrack::error::Result<ShownDocument> {
    let document = store.resolve_document(sha)?;
    let claims = store.claims(&ClaimFilter {
        document_id: Some(document.id),
        ..ClaimFilter::default()
    })?;
    Ok(ShownDocument { document, claims })
}

pub(crate) async fn json(
    State(state): State<Shared>,
    Path(sha): Path<String>,
) -> Result<Json<ShownDocument>, WebError> {
    Ok(Json(
        reading(&state, move |store| shown(store, &sha)).await?,
    ))
}

pub(crate) async fn page(
    State(state): State<Shared>,
    Path(sha): Path<String>,
) -> Result<Response, WebError> {
    let shown = reading(&state, move |store| {
        let mut shown = shown(store, &sha)?;
        // The page shows rejected claims too (struck through), so a rejection can be undone
        // where it was made; the twin lists what `show` lists.
        shown.claims.extend(store.claims(&ClaimFilter {
            document_id: Some(shown.document.id),
            review: Some(ReviewStatus::Rejected),
            ..ClaimFilter::default()
        })?);
        shown.claims.sort_by_key(|c| (c.claim.start, c.id));
        Ok(shown)
    })
    .await?;
    Ok(render(&shown, state.guard.form_token()))
}

fn legend() -> Markup {
    html! {
        div.legend {
            mark.m.content.direct { "direct quote" }
            mark.m.content.indirect { "indirect (reported)" }
            mark.m.content.mixed { "mixed" }
            mark.m.source { "source" }
            mark.m.cue { "cue" }
            span.meta { "Hover or focus a mark for speaker, stance, framing, source kind, rule and resolver. Keys: j/k move, a/r accept/reject, e edit. Select text in the article to add a claim." }
        }
    }
}

fn claim_item(claim: &ClaimRecord, csrf: Option<&str>) -> Markup {
    let c = &claim.claim;
    html! {
        li data-claim=(claim.id) title=(describe(claim)) {
            a href=(format!("#c{}", claim.id)) { "#" (claim.id) } " "
            (who(claim)) " "
            span.meta { (c.cue.as_deref().unwrap_or("-")) " · " (c.kind) " · " (c.stance) " · " (c.framing) " · " (c.source_kind) }
            " "
            span class=(format!("review-{}", claim.state.review)) { (claim.state.review) }
            @if let Some(token) = csrf {
                " "
                form.review method="post" action=(format!("/claim/{}/review", claim.id)) {
                    input type="hidden" name="csrf" value=(token);
                    button type="submit" name="status" value="accepted" { "accept" }
                    " "
                    button type="submit" name="status" value="rejected" { "reject" }
                }
                (edit_form(claim, token))
            }
        }
    }
}

/// A choice among an enumeration's values, the current one selected.
fn choice<T: std::fmt::Display + PartialEq>(name: &str, all: &[T], current: &T) -> Markup {
    html! {
        select name=(name) {
            @for value in all {
                option value=(value) selected[value == current] { (value) }
            }
        }
    }
}

/// Correcting a claim: its content (text found near the current span), speaker, stance, kind.
fn edit_form(claim: &ClaimRecord, csrf: &str) -> Markup {
    let c = &claim.claim;
    html! {
        details.edit {
            summary { "edit" }
            form.edit method="post" action=(format!("/claim/{}/edit", claim.id)) {
                input type="hidden" name="csrf" value=(csrf);
                label { "Content" textarea name="content" rows="3" required { (c.content) } }
                label { "Speaker" input type="text" name="speaker" value=(c.speaker.as_deref().unwrap_or("")); }
                label { "Stance" (choice("stance", Stance::ALL, &c.stance)) }
                label { "Kind" (choice("kind", ClaimKind::ALL, &c.kind)) }
                button type="submit" { "Save" }
            }
        }
    }
}

/// Adding a claim by hand: the script fills in the selection's byte offsets and text and
/// shows the form when text in the article is selected.
fn add_form(sha: &str, csrf: &str) -> Markup {
    html! {
        form.add-claim hidden method="post" action=(format!("/doc/{}/claims", short_hash(sha))) {
            input type="hidden" name="csrf" value=(csrf);
            input type="hidden" name="start";
            input type="hidden" name="end";
            input type="hidden" name="text";
            span.selection {}
            label { "Speaker" input type="text" name="speaker" placeholder="who said it"; }
            button type="submit" { "Add claim" }
        }
    }
}

fn render(shown: &ShownDocument, csrf: Option<&str>) -> Response {
    let d = &shown.document;
    let title = d.title.clone().unwrap_or_else(|| "(untitled)".to_string());
    let body = html! {
        h1 { (title) }
        p.meta {
            (d.outlet.as_deref().unwrap_or("(no outlet)"))
            @if let Some(published) = &d.published { " · " (published) }
            @if let Some(byline) = &d.byline { " · " (byline) }
            " · " (shown.claims.len()) " claims · "
            @if let Some(url) = d.url.as_deref().filter(|u| u.starts_with("https://") || u.starts_with("http://")) { a href=(url) rel="noreferrer noopener" { "original" } " · " }
            code { (d.sha256) }
        }
        (legend())
        @if let Some(token) = csrf { (add_form(&d.sha256, token)) }
        div.article {
            div.text { (PreEscaped(marked_html(&d.text, &shown.claims))) }
            aside {
                h2 { "Claims" }
                ol.claims {
                    @for claim in &shown.claims { (claim_item(claim, csrf)) }
                }
            }
        }
    };
    html_page(&title, body)
}

/// A link to a claim in its article, for the pages that list claims.
pub(crate) fn claim_link(claim: &ClaimRecord) -> Markup {
    html! { a href=(claim_href(claim)) { (claim.claim.content) } }
}
