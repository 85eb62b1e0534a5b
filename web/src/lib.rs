//! The web pages of `claimtrack serve`: the stored documents, each article with its claims
//! marked in place, a speaker across outlets, two articles side by side, and the sourcing audit,
//! each page with a JSON twin under `/api/` that has the same keys as the command line's
//! `--format json`. It exists because a long article, a side-by-side comparison or forty claims
//! to review are read better on a page than in a terminal.
//!
//! The pages are built on the library's store and record types only; every request opens its
//! own read-only connection on a blocking thread (rusqlite connections are not `Sync`), and a
//! write opens the store for writing for that one request.

mod article;
mod assets;
mod audit;
mod diff;
mod documents;
mod edit;
mod guard;
mod layout;
mod marks;
mod review;
mod speaker;

use axum::Router;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use claimtrack::error::{Error, ErrorKind, Reason};
use claimtrack::store::Store;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

/// How `claimtrack serve` was asked to run.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub db: PathBuf,
    pub bind: SocketAddr,
    /// Refuse every write (POST answers 403).
    pub read_only: bool,
    /// A secret a client must present to write; required for writes on a non-local bind.
    pub token: Option<String>,
}

/// What every handler shares.
pub(crate) struct AppState {
    db: PathBuf,
    guard: guard::WriteGuard,
}

pub(crate) type Shared = Arc<AppState>;

/// Serves the database until the process is stopped. Messages go to stderr.
pub fn serve(options: ServeOptions) -> claimtrack::error::Result<()> {
    let guard = guard::WriteGuard::new(&options)?;
    if !options.bind.ip().is_loopback() {
        eprintln!(
            "warning: serving on {}, which other machines can reach; every page of the database is readable from there",
            options.bind
        );
    }
    if let Some(why) = guard.refusal() {
        eprintln!("note: writes are refused ({why})");
    }
    let state = Arc::new(AppState {
        db: options.db.clone(),
        guard,
    });
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_io()
        .build()
        .map_err(|err| Error::internal(format!("cannot start the server: {err}")))?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(options.bind)
            .await
            .map_err(|err| Error::user(format!("cannot listen on {}: {err}", options.bind)))?;
        let address = listener.local_addr().unwrap_or(options.bind);
        eprintln!(
            "serving {} on http://{address}/ (Ctrl-C stops)",
            options.db.display()
        );
        let mut app = router(state);
        if options.bind.ip().is_loopback() {
            app = app.layer(axum::middleware::from_fn(only_local_hosts));
        }
        axum::serve(listener, app)
            .await
            .map_err(|err| Error::internal(format!("the server stopped: {err}")))
    })
}

/// Every route; the JSON twins sit under `/api/` with the same paths.
pub(crate) fn router(state: Shared) -> Router {
    Router::new()
        .route("/", get(documents::page))
        .route("/api/documents", get(documents::json))
        .route("/doc/{sha}", get(article::page))
        .route("/api/doc/{sha}", get(article::json))
        .route("/speaker/{name}", get(speaker::page))
        .route("/api/speaker/{name}", get(speaker::json))
        .route("/diff", get(diff::page))
        .route("/api/diff", get(diff::json))
        .route("/audit", get(audit::page))
        .route("/api/audit", get(audit::json))
        .route("/claim/{id}/review", post(review::post))
        .route("/claim/{id}/edit", post(edit::edit))
        .route("/doc/{sha}/claims", post(edit::add))
        .route("/speaker/{name}/merge", post(review::merge))
        .route("/speaker/{name}/unmerge", post(review::unmerge))
        .route("/login", get(review::login))
        .route("/assets/style.css", get(assets::style))
        .route("/assets/app.js", get(assets::script))
        .with_state(state)
}

/// Refuses a request whose Host is not a local name, on a server bound to localhost (see
/// [`guard::local_host`]).
async fn only_local_hosts(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> Response {
    if guard::local_host(request.headers()) {
        return next.run(request).await;
    }
    WebError::new(
        StatusCode::MISDIRECTED_REQUEST,
        "this server answers only to localhost names",
    )
    .into_response()
}

/// Runs `read` on a read-only store on a blocking thread.
pub(crate) async fn reading<T: Send + 'static>(
    state: &Shared,
    read: impl FnOnce(&Store) -> claimtrack::error::Result<T> + Send + 'static,
) -> Result<T, WebError> {
    let db = state.db.clone();
    tokio::task::spawn_blocking(move || read(&Store::open_for_reading(&db)?))
        .await
        .map_err(|err| WebError::from(Error::internal(format!("a request failed: {err}"))))?
        .map_err(WebError::from)
}

/// An error as a response: not found, bad request, refused, or a server error; the message in
/// plain text (never HTML, so nothing in it is interpreted).
#[derive(Debug)]
pub(crate) struct WebError {
    status: StatusCode,
    message: String,
}

impl WebError {
    pub(crate) fn new(status: StatusCode, message: impl Into<String>) -> WebError {
        WebError {
            status,
            message: message.into(),
        }
    }
}

impl From<Error> for WebError {
    fn from(err: Error) -> WebError {
        let status = match (err.kind, err.reason()) {
            (
                _,
                Some(
                    Reason::NoSuchDocument { .. }
                    | Reason::NoSuchClaim { .. }
                    | Reason::NoSuchSpeaker { .. },
                ),
            ) => StatusCode::NOT_FOUND,
            (ErrorKind::User | ErrorKind::Usage, _) => StatusCode::BAD_REQUEST,
            _ => StatusCode::INTERNAL_SERVER_ERROR,
        };
        WebError::new(status, err.message)
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        (self.status, format!("{}\n", self.message)).into_response()
    }
}
