//! `claimtrack speakers` and `claimtrack speaker ...`.

use super::args::{AliasCommand, SpeakersArgs};
use super::table::{Column, write_records};
use super::{Context, note, paging};
use claimtrack::error::Result;
use claimtrack::output::Format;
use serde_json::Value;

/// Outlets a table cell names, the busiest first: a cell shows about three lines, and a
/// frequent speaker of a large archive is quoted by hundreds of outlets, whose every name the
/// table would lay out and then cut.
const OUTLETS_IN_A_CELL: usize = 10;

/// A speaker's claims per outlet, the outlets with most claims first, as a table shows them.
fn outlet_counts(value: &Value) -> String {
    let Some(outlets) = value.as_array() else {
        return String::new();
    };
    let mut busiest: Vec<(&str, i64)> = outlets
        .iter()
        .map(|o| {
            let name = o["outlet"].as_str().unwrap_or("(no outlet)");
            (name, o["claims"].as_i64().unwrap_or(0))
        })
        .collect();
    busiest.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let mut cell = busiest
        .iter()
        .take(OUTLETS_IN_A_CELL)
        .map(|(name, claims)| format!("{name} {claims}"))
        .collect::<Vec<_>>()
        .join(", ");
    if let Some(more) = busiest
        .len()
        .checked_sub(OUTLETS_IN_A_CELL)
        .filter(|&n| n > 0)
    {
        cell.push_str(&format!(", {more} more"));
    }
    cell
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_names_the_busiest_outlets_and_counts_the_rest() {
        let outlets: Vec<Value> = (1..=12)
            .map(|n| serde_json::json!({"outlet": format!("Outlet {n:02}"), "claims": n % 5}))
            .chain([serde_json::json!({"outlet": null, "claims": 9})])
            .collect();
        let cell = outlet_counts(&Value::Array(outlets));
        assert_eq!(
            cell,
            "(no outlet) 9, Outlet 04 4, Outlet 09 4, Outlet 03 3, Outlet 08 3, Outlet 02 2, \
             Outlet 07 2, Outlet 12 2, Outlet 01 1, Outlet 06 1, 3 more"
        );
        let one = serde_json::json!([{"outlet": "Solo", "claims": 2}]);
        assert_eq!(outlet_counts(&one), "Solo 2");
    }
}
