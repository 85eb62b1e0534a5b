//! Writes: accepting or rejecting a claim (`POST /claim/{id}/review`), merging a speaker into
//! another (`POST /speaker/{name}/merge`) and undoing a merge (`POST /speaker/{name}/unmerge`),
//! and `/login`, which sets the cookie that carries `--token` so a browser can write to a
//! non-local server. Every write passes the guard (CSRF token, same origin, `--token`,
//! `--read-only`) first, then opens the store for writing for that one request.

use crate::guard::TOKEN_COOKIE;
use crate::layout::{claim_href, speaker_href};
use crate::{Shared, WebError};
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use claimtrack::error::Error;
use claimtrack::model::ReviewStatus;
use claimtrack::store::Store;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub(crate) struct ReviewForm {
    #[serde(default)]
    csrf: String,
    status: String,
}

/// Checks the write, runs it on a blocking thread on a writable store, and redirects to the
/// page it returns.
pub(crate) async fn write(
    state: &Shared,
    headers: &HeaderMap,
    csrf: &str,
    change: impl FnOnce(&mut Store) -> claimtrack::error::Result<String> + Send + 'static,
) -> Result<Response, WebError> {
    state.guard.check(headers, csrf)?;
    let db = state.db.clone();
    let location = tokio::task::spawn_blocking(move || change(&mut Store::open(&db)?))
        .await
        .map_err(|err| WebError::from(Error::internal(format!("a request failed: {err}"))))??;
    Ok(Redirect::to(&location).into_response())
}

pub(crate) async fn post(
    State(state): State<Shared>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Form(form): Form<ReviewForm>,
) -> Result<Response, WebError> {
    let status: ReviewStatus = parsed(&form.status, "status")?;
    write(&state, &headers, &form.csrf, move |store| {
        store.review_claim(id, status)?;
        Ok(claim_href(&store.claim(id)?))
    })
    .await
}

/// A form field's value as what it names (a status, a stance), or a bad request saying which.
pub(crate) fn parsed<T: std::str::FromStr>(value: &str, what: &str) -> Result<T, WebError>
where
    T::Err: std::fmt::Display,
{
    value
        .parse()
        .map_err(|err| WebError::new(StatusCode::BAD_REQUEST, format!("{what}: {err}")))
}

#[derive(Debug, Deserialize)]
pub(crate) struct MergeForm {
    #[serde(default)]
    csrf: String,
    /// The speaker to merge into the one the path names.
    other: String,
}

pub(crate) async fn merge(
    State(state): State<Shared>,
    Path(name): Path<String>,
    headers: HeaderMap,
    Form(form): Form<MergeForm>,
) -> Result<Response, WebError> {
    write(&state, &headers, &form.csrf, move |store| {
        let record = store.merge_speakers(&name, &form.other)?;
        Ok(speaker_href(&record.into))
    })
    .await
}

#[derive(Debug, Deserialize)]
pub(crate) struct CsrfForm {
    #[serde(default)]
    csrf: String,
}

pub(crate) async fn unmerge(
    State(state): State<Shared>,
    Path(name): Path<String>,
    headers: HeaderMap,
    Form(form): Form<CsrfForm>,
) -> Result<Response, WebError> {
    write(&state, &headers, &form.csrf, move |store| {
        let record = store.unmerge_speaker(&name)?;
        Ok(speaker_href(&record.into))
    })
    .await
}

#[derive(Debug, Deserialize)]
pub(crate) struct LoginQuery {
    #[serde(default)]
    token: String,
}

/// Sets the token cookie when the token is right; the cookie is sent only to this server and
/// never to scripts or other sites' requests.
pub(crate) async fn login(
    State(state): State<Shared>,
    Query(query): Query<LoginQuery>,
) -> Result<Response, WebError> {
    if !state.guard.token_matches(&query.token) {
        return Err(WebError::new(
            StatusCode::FORBIDDEN,
            "wrong or missing token",
        ));
    }
    let cookie = format!(
        "{TOKEN_COOKIE}={}; Path=/; HttpOnly; SameSite=Strict",
        query.token
    );
    Ok(([(header::SET_COOKIE, cookie)], Redirect::to("/")).into_response())
}
