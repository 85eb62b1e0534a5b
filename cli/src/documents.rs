//! `claimtrack docs` and `claimtrack show`.

use super::Context;
use super::args::ShowArgs;
use super::paging::{self, PageArgs};
use super::table::Column;
use super::terminal::{HEADING, MARK, MARK_START};
use claimtrack::error::Result;
use claimtrack::output::{Format, write_one};
use claimtrack::store::{ClaimFilter, ClaimRecord, DocumentRecord};
use serde::Serialize;
use std::io::Write;

pub fn list(ctx: &mut Context, page: PageArgs) -> Result<()> {
    let store = ctx.open_store_for_reading()?;
    let columns = [
        Column::keep("DOC", "short_hash"),
        Column::detail("OUTLET", "outlet", 2),
        Column::detail("PUBLISHED", "published", 1),
        Column::keep("CLAIMS", "claims"),
        Column::content("TITLE", "title"),
    ];
    let rows = page.rows(paging::to_terminal(ctx));
    paging::write_listing(
        ctx,
        &columns,
        rows,
        paging::Noun("document", "documents"),
        |each| store.for_each_document(rows, each),
        |at_most| store.count_documents(at_most),
    )
}

/// A document with its claims, as `show --format json` prints it.
#[derive(Serialize)]
struct ShownDocument<'a> {
    #[serde(flatten)]
    document: &'a DocumentRecord,
    claims: &'a [ClaimRecord],
}

pub fn show(ctx: &mut Context, args: ShowArgs) -> Result<()> {
    let store = ctx.open_store_for_reading()?;
    let document = store.resolve_document(&args.doc)?;
    let claims = store.claims(&ClaimFilter {
        document_id: Some(document.id),
        ..ClaimFilter::default()
    })?;
    match ctx.format_or(Format::Table) {
        Format::Table => print_marked(ctx, &document, &claims)?,
        Format::Csv => claimtrack::output::write_data(&mut ctx.out, Format::Csv, &claims)?,
        format => write_one(
            &mut ctx.out,
            format,
            &ShownDocument {
                document: &document,
                claims: &claims,
            },
        )?,
    }
    Ok(())
}

/// Prints the metadata, then the text with each claim's content between `⟦id ` and `⟧`, then
/// a legend of the claims.
fn print_marked(
    ctx: &mut Context,
    document: &DocumentRecord,
    claims: &[ClaimRecord],
) -> Result<()> {
    let style = ctx.style;
    let out = &mut ctx.out;
    let field = |name: &str| style.paint(HEADING, &format!("{name:<10}"));
    match &document.page {
        None => writeln!(out, "{}{}", field("document"), document.sha256)?,
        // A page's document is the page's bytes; its claims point into the derived text.
        Some(page) => {
            writeln!(
                out,
                "{}{}  (SHA-256 of the page received)",
                field("document"),
                document.sha256
            )?;
            writeln!(
                out,
                "{}{}  (SHA-256 of the text derived from it)",
                field("text"),
                page.text_sha256
            )?;
            let fetched = page
                .fetched_at
                .as_deref()
                .map_or(String::new(), |at| format!(", fetched {at}"));
            writeln!(
                out,
                "{}{} bytes, {}{fetched}",
                field("page"),
                page.bytes,
                page.media_type
            )?;
            writeln!(out, "{}{}", field("derived"), page.derivation)?;
        }
    }
    for (name, value) in [
        ("title", &document.title),
        ("outlet", &document.outlet),
        ("published", &document.published),
        ("byline", &document.byline),
        ("url", &document.url),
        ("from", &document.origin_path),
    ] {
        if let Some(value) = value {
            writeln!(out, "{}{value}", field(name))?;
        }
    }
    writeln!(
        out,
        "{}{} bytes{}, ingested {}",
        field("size"),
        document.bytes,
        if document.page.is_some() {
            " of text"
        } else {
            ""
        },
        document.ingested_at
    )?;
    writeln!(out, "{}{}", field("claims"), claims.len())?;
    writeln!(out)?;

    // Markers at byte offsets: openings sort before closings at the same offset only when they
    // belong to different claims, so an empty or touching claim still nests correctly.
    let mut marks: Vec<(usize, u8, String)> = Vec::new();
    for claim in claims {
        marks.push((
            claim.claim.start,
            1,
            style.paint(MARK_START, &format!("⟦{} ", claim.id)),
        ));
        marks.push((claim.claim.end, 0, style.paint(MARK, "⟧")));
    }
    marks.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
    let text = &document.text;
    let mut at = 0;
    for (offset, _, mark) in &marks {
        let offset = (*offset).min(text.len());
        if offset >= at && text.is_char_boundary(offset) {
            out.write_all(&text.as_bytes()[at..offset])?;
            at = offset;
        }
        out.write_all(mark.as_bytes())?;
    }
    out.write_all(&text.as_bytes()[at..])?;
    if !text.ends_with('\n') {
        writeln!(out)?;
    }
    if !claims.is_empty() {
        writeln!(out)?;
        for claim in claims {
            let who = claim
                .claim
                .speaker
                .clone()
                .or_else(|| claim.claim.source.clone())
                .unwrap_or_else(|| "(no source)".to_string());
            writeln!(
                out,
                "{} {} [{}] {} ({}, {}, {}, {}){}",
                style.paint(MARK, &format!("⟦{}⟧", claim.id)),
                who,
                claim.claim.source_kind,
                claim.claim.cue.as_deref().unwrap_or("-"),
                claim.claim.kind,
                claim.claim.stance,
                claim.claim.framing,
                claim.state.review,
                explained_by(&claim.state),
            )?;
        }
    }
    Ok(())
}

/// "; rule R, resolver S" for an extracted claim: which catalogue rule found it and which
/// resolver named its speaker. Manual claims (and claims stored before resolvers) say less.
fn explained_by(state: &claimtrack::record::ClaimState) -> String {
    match (&state.rule, &state.resolver) {
        (Some(rule), Some(resolver)) => format!("; rule {rule}, resolver {resolver}"),
        (Some(rule), None) => format!("; rule {rule}"),
        _ => String::new(),
    }
}
