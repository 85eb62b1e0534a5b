//! `claimtrack speakers` and `claimtrack speaker ...`.

use super::args::{AliasCommand, SpeakersArgs};
use super::{Context, note};
use crate::error::Result;
use crate::output::{Column, Format, write_records};
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

pub fn list(ctx: &mut Context, _args: SpeakersArgs) -> Result<()> {
    let store = ctx.open_store()?;
    let speakers = store.speakers()?;
    let columns = [
        Column::shrinking("SPEAKER", "name"),
        Column::new("KIND", "kind"),
        Column::new("CLAIMS", "claims"),
        Column::rendered("BY OUTLET", "outlets", outlet_counts),
        Column::shrinking("ALIASES", "aliases"),
    ];
    let format = ctx.format_or(Format::Table);
    write_records(&mut ctx.out, format, ctx.style, &speakers, &columns)?;
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
