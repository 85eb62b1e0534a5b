//! Writes: accepting or rejecting a claim (`POST /claim/{id}/review`), and `/login`, which
//! sets the cookie that carries `--token` so a browser can write to a non-local server. Every
//! write passes the guard (CSRF token, same origin, `--token`, `--read-only`) first.

use crate::guard::TOKEN_COOKIE;
use crate::layout::document_href;
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

pub(crate) async fn post(
    State(state): State<Shared>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Form(form): Form<ReviewForm>,
) -> Result<Response, WebError> {
    state.guard.check(&headers, &form.csrf)?;
    let status: ReviewStatus = form
        .status
        .parse()
        .map_err(|err| WebError::new(StatusCode::BAD_REQUEST, format!("status: {err}")))?;
    let db = state.db.clone();
    let sha = tokio::task::spawn_blocking(move || -> claimtrack::error::Result<String> {
        let mut store = Store::open(&db)?;
        store.review_claim(id, status)?;
        Ok(store.claim(id)?.doc_sha256)
    })
    .await
    .map_err(|err| WebError::from(Error::internal(format!("a request failed: {err}"))))??;
    Ok(Redirect::to(&format!("{}#c{id}", document_href(&sha))).into_response())
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
