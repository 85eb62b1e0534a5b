//! Ingest: read inputs, extract attributions, and store each document with its claims in one
//! transaction.
//!
//! A failure in one input is reported through the event callback and the others still go in;
//! the summary says how many failed so the caller can choose its exit code.

use crate::error::{Error, Result};
use crate::extract::{EXTRACTOR_VERSION, extract};
use crate::input::{self, DocumentInput, InputSource, Metadata};
use crate::store::{AddOutcome, NewClaim, NewDocument, Store};

#[derive(Debug, Clone, Default)]
pub struct IngestOptions {
    /// Metadata given on the command line; it wins over sidecars and JSONL fields.
    pub metadata: Metadata,
    /// Run the extractor (the default) or store the text alone.
    pub extract: bool,
}

/// What happened to one input.
#[derive(Debug)]
pub enum IngestEvent<'a> {
    Added {
        origin: &'a str,
        sha256: &'a str,
        claims: usize,
    },
    AlreadyPresent {
        origin: &'a str,
        sha256: &'a str,
    },
    Failed {
        origin: &'a str,
        error: &'a Error,
    },
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct IngestSummary {
    pub added: usize,
    pub present: usize,
    pub failed: usize,
}

pub fn ingest(
    store: &mut Store,
    sources: Vec<Result<InputSource>>,
    stdin: &mut dyn std::io::Read,
    options: &IngestOptions,
    on_event: &mut dyn FnMut(&IngestEvent<'_>),
) -> Result<IngestSummary> {
    let mut summary = IngestSummary::default();
    let mut handle = |read: Result<DocumentInput>, origin: &str| -> Result<()> {
        let outcome = read.and_then(|doc| store_document(store, doc, options));
        match outcome {
            Ok((doc, AddOutcome::Added { claims, .. })) => {
                summary.added += 1;
                on_event(&IngestEvent::Added {
                    origin: &doc.origin,
                    sha256: &doc.sha256,
                    claims,
                });
            }
            Ok((doc, AddOutcome::AlreadyPresent { .. })) => {
                summary.present += 1;
                on_event(&IngestEvent::AlreadyPresent {
                    origin: &doc.origin,
                    sha256: &doc.sha256,
                });
            }
            Err(error) if error.kind == crate::error::ErrorKind::Internal => return Err(error),
            Err(error) => {
                summary.failed += 1;
                on_event(&IngestEvent::Failed {
                    origin,
                    error: &error,
                });
            }
        }
        Ok(())
    };
    for source in sources {
        match source {
            Err(error) => handle(Err(error), "")?,
            Ok(InputSource::TextFile(path)) => {
                handle(input::read_text_file(&path), &path.display().to_string())?
            }
            Ok(InputSource::Stdin) => handle(input::read_stdin(&mut *stdin), "<stdin>")?,
            Ok(InputSource::JsonlFile(path)) => {
                let shown = path.display().to_string();
                let result = input::read_jsonl(&path, |article| {
                    let origin = article
                        .as_ref()
                        .map(|a| a.origin.clone())
                        .unwrap_or_default();
                    handle(article, &origin)
                });
                if let Err(error) = result {
                    if error.kind == crate::error::ErrorKind::Internal {
                        return Err(error);
                    }
                    handle(Err(error), &shown)?;
                }
            }
        }
    }
    Ok(summary)
}

fn store_document(
    store: &mut Store,
    doc: DocumentInput,
    options: &IngestOptions,
) -> Result<(DocumentInput, AddOutcome)> {
    let metadata = options.metadata.clone().or(doc.metadata.clone());
    let published =
        match &metadata.published {
            Some(date) => Some(input::parse_date(date).map_err(|err| {
                err.context(format!("{}: published", metadata_place(&doc, options)))
            })?),
            None => None,
        };
    let claims: Vec<NewClaim> = if options.extract {
        extract(&doc.text)
            .iter()
            .map(|attribution| NewClaim::from_attribution(attribution, EXTRACTOR_VERSION))
            .collect()
    } else {
        Vec::new()
    };
    let new = NewDocument {
        sha256: doc.sha256.clone(),
        title: metadata
            .title
            .or_else(|| input::first_line_title(&doc.text)),
        outlet: metadata.outlet,
        url: metadata.url,
        published,
        byline: metadata.byline,
        origin_path: Some(doc.origin.clone()),
        text: doc.text.clone(),
    };
    let outcome = store
        .add_document(&new, &claims)
        .map_err(|err| err.context(&doc.origin))?;
    Ok((doc, outcome))
}

/// Where a bad metadata value came from, for the error message.
fn metadata_place(doc: &DocumentInput, options: &IngestOptions) -> String {
    if options.metadata.published.is_some() {
        "--published".to_string()
    } else if doc.origin.ends_with(".txt") || doc.origin.ends_with(".md") {
        let path = std::path::Path::new(&doc.origin);
        let sidecar = path.with_extension("json");
        if sidecar.is_file() {
            sidecar.display().to_string()
        } else {
            format!("{}.json", doc.origin)
        }
    } else {
        doc.origin.clone()
    }
}
