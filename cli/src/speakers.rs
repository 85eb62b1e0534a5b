//! `claimtrack speakers` and `claimtrack speaker ...`.

use super::args::{AliasCommand, SpeakersArgs};
use super::table::{Column, write_records};
use super::{Context, note, paging};
use claimtrack::error::Result;
use claimtrack::output::Format;
use serde_json::Value;

fn outlet_counts(value: &Value) -> String {
    let Some(outlets) = value.as_array() else {
        return String::new();
    };
    outlets
        .iter()
        .map(|o| {
            let name = o["outlet"].as_str().unwrap_or("(no outlet)");
            format!("{name} {}", o["claims"])
        })
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn list(ctx: &mut Context, args: SpeakersArgs) -> Result<()> {
    let store = ctx.open_store_for_reading()?;
    let format = ctx.format_or(Format::Table);
    if args.suggest {
        let suggestions = store.merge_suggestions()?;
        let columns = [
            Column::name("SPEAKER", "speaker"),
            Column::name("MAY BE", "other"),
            Column::content("EVIDENCE", "evidence"),
        ];
        write_records(&mut ctx.out, format, ctx.style, &suggestions, &columns)?;
        if format == Format::Table && !suggestions.is_empty() {
            note("nothing was merged; `claimtrack speaker merge NAME OTHER` joins a pair");
        }
        return Ok(());
    }
    if args.merges {
        let merges = store.merges()?;
        write_records(&mut ctx.out, format, ctx.style, &merges, &MERGE_COLUMNS)?;
        return Ok(());
    }
    let rows = args.page.rows(paging::to_terminal(ctx));
    let columns = [
        Column::name("SPEAKER", "name"),
        Column::detail("KIND", "kind", 3),
        Column::keep("CLAIMS", "claims"),
        Column::content("BY OUTLET", "outlets").rendered(outlet_counts),
        Column::detail("MERGED NAMES", "merged", 2),
        Column::detail("ALIASES", "aliases", 1),
    ];
    // The groups come off the index of their counts, most claims first, as they are read.
    let limit = rows.map(|rows| usize::try_from(rows).unwrap_or(usize::MAX));
    paging::write_listing(
        ctx,
        &columns,
        rows,
        paging::Noun("speaker", "speakers"),
        |each| store.each_speaker(limit, &mut |speaker| each(speaker)),
        |at_most| store.count_speakers(at_most),
    )
}

const MERGE_COLUMNS: [Column; 5] = [
    Column::keep("ID", "id"),
    Column::name("INTO", "into"),
    Column::name("MERGED", "merged"),
    Column::detail("BY", "made_by", 1),
    Column::content("EVIDENCE", "evidence"),
];

pub fn merge(ctx: &mut Context, name: &str, other: &str) -> Result<()> {
    let mut store = ctx.open_store()?;
    let record = store.merge_speakers(name, other)?;
    note(format!(
        "merged {:?} into {:?}; `claimtrack speaker unmerge {other:?}` undoes it",
        record.merged, record.into
    ));
    let format = ctx.format_or(Format::Table);
    write_records(&mut ctx.out, format, ctx.style, &[record], &MERGE_COLUMNS)?;
    Ok(())
}

pub fn unmerge(ctx: &mut Context, name: &str) -> Result<()> {
    let mut store = ctx.open_store()?;
    let record = store.unmerge_speaker(name)?;
    note(format!(
        "undid merge {}: {:?} is separate from {:?} again",
        record.id, record.merged, record.into
    ));
    let format = ctx.format_or(Format::Table);
    write_records(&mut ctx.out, format, ctx.style, &[record], &MERGE_COLUMNS)?;
    Ok(())
}

pub fn rename(ctx: &mut Context, name: &str, new_name: &str) -> Result<()> {
    let mut store = ctx.open_store()?;
    store.rename_speaker(name, new_name)?;
    note(format!(
        "renamed {name:?} to {new_name:?}; the old name stays as an alias"
    ));
    Ok(())
}

pub fn alias(ctx: &mut Context, command: AliasCommand) -> Result<()> {
    match command {
        AliasCommand::Add { name, alias } => {
            let mut store = ctx.open_store()?;
            store.add_speaker_alias(&name, &alias)?;
            note(format!("{alias:?} is now a name of {name:?}"));
        }
    }
    Ok(())
}
