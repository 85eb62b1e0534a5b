//! Correcting the extractor from the article page: editing a claim (`POST /claim/{id}/edit`:
//! its content, speaker, stance and kind) and adding a claim by hand from text selected in the
//! article (`POST /doc/{sha}/claims`). They make the same changes through the same store calls
//! as `claimtrack claim edit` and `claim add`, behind the same guard as every other write.

use crate::layout::claim_href;
use crate::review::{parsed, write};
use crate::{Shared, WebError};
use axum::Form;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::Response;
use claimtrack::error::{Error, Result};
use claimtrack::model::{ClaimKind, Framing, SourceKind, Span, SpeakerKind, Stance};
use claimtrack::store::{ClaimEdit, NewClaim, Store};
use claimtrack::{passage, textmatch};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub(crate) struct EditForm {
    #[serde(default)]
    csrf: String,
    content: String,
    #[serde(default)]
    speaker: String,
    stance: String,
    kind: String,
}

/// The change the form asks for: only the fields that differ from the claim as stored, so that
/// an unchanged content or speaker keeps its span and resolution.
fn edit_of(
    store: &Store,
    id: i64,
    form: &EditForm,
    stance: Stance,
    kind: ClaimKind,
) -> Result<ClaimEdit> {
    let current = store.claim(id)?;
    let content = form.content.trim();
    let content = if content == current.claim.content {
        None
    } else {
        let text = store.text_of(store.claim_document(id)?)?;
        let found = textmatch::find_near(&text, content, current.claim.content_span());
        Some(found.ok_or_else(|| {
            Error::user(format!(
                "content {content:?}: text not found in the article"
            ))
        })?)
    };
    let speaker = form.speaker.trim();
    let speaker = (Some(speaker) != current.claim.speaker.as_deref())
        .then(|| (!speaker.is_empty()).then(|| (speaker.to_string(), SpeakerKind::Unknown)));
    Ok(ClaimEdit {
        content,
        speaker,
        stance: Some(stance),
        kind: Some(kind),
        ..ClaimEdit::default()
    })
}

pub(crate) async fn edit(
    State(state): State<Shared>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Form(form): Form<EditForm>,
) -> std::result::Result<Response, WebError> {
    let stance: Stance = parsed(&form.stance, "stance")?;
    let kind: ClaimKind = parsed(&form.kind, "kind")?;
    let csrf = form.csrf.clone();
    write(&state, &headers, &csrf, move |store| {
        let change = edit_of(store, id, &form, stance, kind)?;
        store.edit_claim(id, &change)?;
        Ok(claim_href(&store.claim(id)?))
    })
    .await
}

#[derive(Debug, Deserialize)]
pub(crate) struct AddForm {
    #[serde(default)]
    csrf: String,
    /// Byte offsets of the selection in the stored text.
    start: usize,
    end: usize,
    /// The selected text as the browser saw it, to catch offsets that went astray.
    text: String,
    #[serde(default)]
    speaker: String,
}

/// The selection as a span of the stored text, if it is one: on character boundaries, not
/// empty, and holding exactly the text that was selected.
fn selected_span(text: &str, form: &AddForm) -> Result<Span> {
    let fits = form.start < form.end
        && form.end <= text.len()
        && text.is_char_boundary(form.start)
        && text.is_char_boundary(form.end);
    if !fits || text[form.start..form.end] != form.text {
        return Err(Error::user(format!(
            "bytes {}..{}: the selection does not match the article's text",
            form.start, form.end
        )));
    }
    Ok(Span::new(form.start, form.end))
}

/// A manual claim, as `claimtrack claim add` makes one with only a speaker given.
fn manual_claim(text: &str, content: Span, speaker: &str) -> NewClaim {
    let speaker = Some(speaker.trim().to_string()).filter(|s| !s.is_empty());
    NewClaim {
        content,
        kind: passage::infer_kind(text, content),
        source: None,
        source_kind: if speaker.is_some() {
            SourceKind::Named
        } else {
            SourceKind::None
        },
        speaker,
        speaker_kind: SpeakerKind::Unknown,
        cue: None,
        stance: Stance::Assert,
        framing: Framing::Neutral,
        origin: "manual".to_string(),
        rule: None,
        resolver: None,
    }
}

pub(crate) async fn add(
    State(state): State<Shared>,
    Path(sha): Path<String>,
    headers: HeaderMap,
    Form(form): Form<AddForm>,
) -> std::result::Result<Response, WebError> {
    let csrf = form.csrf.clone();
    write(&state, &headers, &csrf, move |store| {
        let document = store.resolve_document(&sha)?;
        let content = selected_span(&document.text, &form)?;
        let claim = manual_claim(&document.text, content, &form.speaker);
        let id = store.add_claim(document.id, &claim)?;
        Ok(claim_href(&store.claim(id)?))
    })
    .await
}
