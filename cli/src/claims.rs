//! `claimtrack claims` and `claimtrack claim add|edit|rm|review`.

use super::args::{
    ClaimAddArgs, ClaimEditArgs, ClaimFields, ClaimIdArgs, ClaimReviewArgs, ClaimsArgs,
};
use super::table::{Column, write_records};
use super::{Context, note, paging};
use claimtrack::error::{Error, Result};
use claimtrack::model::{Framing, ReviewStatus, SourceKind, Span, SpeakerKind, Stance};
use claimtrack::output::Format;
use claimtrack::passage;
use claimtrack::store::{
    ClaimEdit, ClaimFilter, ClaimRecord, DocumentRecord, NewClaim, Store, short_hash,
};
use claimtrack::textmatch;

/// A claim's columns. On a narrow terminal the outlet goes first, then the cue, the stance,
/// the source's kind and the source's words; the ids, the speaker and the content stay.
pub const CLAIM_COLUMNS: [Column; 9] = [
    Column::keep("ID", "id"),
    Column::keep("DOC", "doc_short"),
    Column::detail("OUTLET", "outlet", 1),
    Column::name("SPEAKER", "speaker"),
    Column::detail("SOURCE", "source", 5),
    Column::detail("SOURCE KIND", "source_kind", 4),
    Column::detail("CUE", "cue", 2),
    Column::detail("STANCE", "stance", 3),
    Column::content("CONTENT", "content"),
];

pub fn print_claims(ctx: &mut Context, claims: &[ClaimRecord]) -> Result<()> {
    let format = ctx.format_or(Format::Table);
    write_records(&mut ctx.out, format, ctx.style, claims, &CLAIM_COLUMNS)?;
    Ok(())
}

pub fn list(ctx: &mut Context, args: ClaimsArgs) -> Result<()> {
    let store = ctx.open_store_for_reading()?;
    let speaker_ids = match &args.speaker {
        Some(name) => {
            let ids = super::filters::require_speaker(&store, name)?;
            let groups = store.group_names(&ids)?;
            if groups.len() > 1 {
                note(format!(
                    "note: {name:?} matches {} speakers: {}",
                    groups.len(),
                    groups.join("; ")
                ));
            }
            Some(ids)
        }
        None => None,
    };
    let document_id = match &args.doc {
        Some(prefix) => Some(store.resolve_document(prefix)?.id),
        None => None,
    };
    if let Some(outlet) = &args.outlet {
        super::filters::require_outlet(&store, outlet)?;
    }
    let filter = ClaimFilter {
        speaker_ids,
        document_id,
        outlet: args.outlet,
        source_kind: args.source_kind,
        stance: args.stance,
        kind: args.kind,
        search: args.search,
        review: args.review,
        unsourced: false,
        limit: args.page.rows(paging::to_terminal(ctx)),
    };
    paging::write_listing(
        ctx,
        &CLAIM_COLUMNS,
        filter.limit,
        paging::Noun("claim", "claims"),
        |each| store.for_each_claim(&filter, each),
        |at_most| store.count_claims(&filter, at_most),
    )
}

/// Where `needle` stands in the document, exactly or after folding typography.
fn locate(document: &DocumentRecord, needle: &str, what: &str, near: Option<Span>) -> Result<Span> {
    let found = match near {
        Some(anchor) => textmatch::find_near(&document.text, needle, anchor),
        None => textmatch::find_all(&document.text, needle)
            .into_iter()
            .next(),
    };
    found.ok_or_else(|| {
        Error::user(format!(
            "{what} {needle:?}: text not found in document {} ({})",
            short_hash(&document.sha256),
            document.title.as_deref().unwrap_or("untitled")
        ))
        .with_hint(
            "it must occur in the document, exactly or up to quote marks, dashes and white space",
        )
    })
}

pub fn add(ctx: &mut Context, args: ClaimAddArgs) -> Result<()> {
    let mut store = ctx.open_or_create_store()?;
    let document = store.resolve_document(&args.doc)?;
    let content = locate(&document, &args.content, "content", None)?;
    let fields = &args.fields;
    let source = fields
        .source
        .as_deref()
        .map(|s| locate(&document, s, "source", Some(content)))
        .transpose()?;
    let cue = fields
        .cue
        .as_deref()
        .map(|s| locate(&document, s, "cue", Some(content)))
        .transpose()?;
    let speaker = args.speaker.filter(|s| !s.trim().is_empty());
    let claim = NewClaim {
        content,
        kind: fields
            .kind
            .unwrap_or_else(|| passage::infer_kind(&document.text, content)),
        source,
        source_kind: fields.source_kind.unwrap_or(if speaker.is_some() {
            SourceKind::Named
        } else {
            SourceKind::None
        }),
        speaker,
        speaker_kind: SpeakerKind::Unknown,
        cue,
        stance: fields.stance.unwrap_or(Stance::Assert),
        framing: fields.framing.unwrap_or(Framing::Neutral),
        origin: "manual".to_string(),
        rule: None,
        resolver: None,
    };
    let same_span = store.claims_on_span(document.id, content)?;
    let id = store.add_claim(document.id, &claim)?;
    note(format!(
        "added claim {id} to document {}",
        short_hash(&document.sha256)
    ));
    warn_of_copies(id, &same_span);
    print_claims(ctx, &[store.claim(id)?])
}

/// A manual claim on the span of one already stored is most often a copy made by mistake: to
/// confirm an extracted claim, review it; to correct it, edit it.
fn warn_of_copies(id: i64, same_span: &[ClaimRecord]) {
    for other in same_span {
        note(format!(
            "warning: claim {id} has the same content span as claim {} ({}, {}); \
             hint: `claimtrack claim review {} --accept` confirms a claim, `claimtrack claim \
             edit {}` corrects it, and `claimtrack claim rm {id}` removes this copy",
            other.id, other.state.origin, other.state.review, other.id, other.id
        ));
    }
}

pub fn edit(ctx: &mut Context, args: ClaimEditArgs) -> Result<()> {
    let mut store = ctx.open_store()?;
    let document = store.document(store.claim_document(args.id)?)?;
    let current = store.claim(args.id)?;
    let current_content = current.claim.content_span();
    let content = args
        .content
        .as_deref()
        .map(|c| locate(&document, c, "content", None))
        .transpose()?;
    let anchor = content.unwrap_or(current_content);
    let ClaimFields {
        source,
        source_kind,
        kind,
        cue,
        stance,
        framing,
    } = args.fields;
    let optional_span = |text: Option<String>, what: &str| -> Result<Option<Option<Span>>> {
        match text {
            None => Ok(None),
            Some(t) if t.trim().is_empty() => Ok(Some(None)),
            Some(t) => Ok(Some(Some(locate(&document, &t, what, Some(anchor))?))),
        }
    };
    let edit = ClaimEdit {
        content,
        kind,
        source: optional_span(source, "source")?,
        source_kind,
        speaker: args.speaker.map(|s| {
            if s.trim().is_empty() {
                None
            } else {
                Some((s, SpeakerKind::Unknown))
            }
        }),
        cue: optional_span(cue, "cue")?,
        stance,
        framing,
    };
    store.edit_claim(args.id, &edit)?;
    note(format!("edited claim {}", args.id));
    print_claims(ctx, &[store.claim(args.id)?])
}

pub fn remove(ctx: &mut Context, args: ClaimIdArgs) -> Result<()> {
    let mut store: Store = ctx.open_store()?;
    store.remove_claim(args.id)?;
    note(format!("removed claim {}", args.id));
    Ok(())
}

pub fn review(ctx: &mut Context, args: ClaimReviewArgs) -> Result<()> {
    let mut store = ctx.open_store()?;
    let status = if args.accept {
        ReviewStatus::Accepted
    } else {
        ReviewStatus::Rejected
    };
    store.review_claim(args.id, status)?;
    note(format!("claim {} {}", args.id, status));
    Ok(())
}
