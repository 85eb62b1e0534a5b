//! Listings that do not grow with the archive: on a terminal a listing shows its first page
//! and says on stderr how many rows it left out; in a pipe or a file nothing is cut. Rows are
//! written as they are read (a table a slice at a time, JSON, JSON Lines and CSV a record at a
//! time), so memory stays flat however long the listing.

use super::Context;
use super::table::{Column, TableStream};
use super::terminal::Style;
use claimtrack::error::Result;
use claimtrack::output::{Format, Keyed, RecordStream};
use clap::Args;
use serde::Serialize;
use std::io::Write;
use std::ops::ControlFlow;

/// Rows shown on a terminal when neither `--limit` nor `--all` is given.
pub const TERMINAL_PAGE: u64 = 50;

/// How far past a page "how many more" counts: beyond it the note says "N+", so that the
/// count stays cheap on a listing of millions. Counting a speaker's claims reads each claim's
/// row (for its review status): 10,000 took 6 ms of CPU and up to 60 ms on a cold cache at 2M
/// claims, over the first page's budget; 1,000 take about 2 ms.
pub const COUNTED_BEYOND: u64 = 1_000;

/// Treats stdout as a terminal for paging, whatever it is: for tests, which read the output
/// through a pipe.
pub const AS_TERMINAL_VAR: &str = "CLAIMTRACK_PAGE_AS_TERMINAL";

#[derive(Debug, Clone, Args)]
pub struct PageArgs {
    /// At most N rows, the first in the listing's order (default on a terminal: 50; in a pipe
    /// or a file: all).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    pub limit: Option<u64>,
    /// Every row, even on a terminal.
    #[arg(long, conflicts_with = "limit")]
    pub all: bool,
}

impl PageArgs {
    /// How many rows to show: `--limit`, else everything with `--all` or off a terminal,
    /// else a terminal's page.
    pub fn rows(&self, to_terminal: bool) -> Option<u64> {
        match (self.limit, self.all) {
            (Some(limit), _) => Some(limit),
            (None, true) => None,
            (None, false) => to_terminal.then_some(TERMINAL_PAGE),
        }
    }
}

/// Whether stdout pages like a terminal (see [`AS_TERMINAL_VAR`]).
pub fn to_terminal(ctx: &Context) -> bool {
    ctx.stdout_is_terminal || std::env::var_os(AS_TERMINAL_VAR).is_some_and(|v| v == "1")
}

/// The note after a cut page: how many rows are left (counted no further than
/// [`COUNTED_BEYOND`]) and how to see them. `counted` is the listing's size counted up to
/// `shown + COUNTED_BEYOND`; `None` when nothing is left.
pub fn more_note(shown: u64, counted: u64, noun: Noun) -> Option<String> {
    let more = counted.checked_sub(shown).filter(|&more| more > 0)?;
    let how_many = if more >= COUNTED_BEYOND {
        format!("{}+", thousands(more))
    } else {
        thousands(more)
    };
    let noun = if more == 1 { noun.0 } else { noun.1 };
    Some(format!("… {how_many} more {noun}: --all or --limit N"))
}

/// The note after a listing that counted everything it left out: how many, exactly.
pub fn left_out_note(more: u64, noun: Noun) -> String {
    let noun = if more == 1 { noun.0 } else { noun.1 };
    format!("… {} more {noun}: --all or --limit N", thousands(more))
}

/// What a listing's rows are, in the singular and the plural.
#[derive(Debug, Clone, Copy)]
pub struct Noun(pub &'static str, pub &'static str);

/// Writes a listing of at most `rows` records (all when `None`) in the format asked for:
/// `each` hands every record of the page to the writer as it is read. When the page is full,
/// `count(at_most)` counts the listing no further than `at_most`, and a note on stderr says
/// how many are left.
pub fn write_listing<T: Serialize + Keyed>(
    ctx: &mut Context,
    columns: &[Column],
    rows: Option<u64>,
    noun: Noun,
    each: impl FnOnce(&mut dyn FnMut(T) -> Result<()>) -> Result<()>,
    count: impl FnOnce(u64) -> Result<u64>,
) -> Result<()> {
    let format = ctx.format_or(Format::Table);
    let mut shown = 0u64;
    let mut listing = Listing::new(&mut ctx.out, format, ctx.style, columns)?;
    each(&mut |record| {
        shown += 1;
        listing.write(&record)
    })?;
    listing.finish()?;
    let Some(rows) = rows.filter(|&rows| shown == rows) else {
        return Ok(());
    };
    // The rows go out before the note, which a person reads below them.
    ctx.out.flush()?;
    if let Some(more) = more_note(shown, count(rows + COUNTED_BEYOND)?, noun) {
        super::note(more);
    }
    Ok(())
}

/// Writes a listing as [`write_listing`] does, from a stream that has no cheaper count than
/// reading on: past the page, `each_until` goes on handing records, which are counted (no
/// further than [`COUNTED_BEYOND`]) and not written, and is told to stop after that. Returns
/// how many records it saw.
pub fn write_counted_listing<T: Serialize + Keyed>(
    ctx: &mut Context,
    columns: &[Column],
    rows: Option<u64>,
    noun: Noun,
    each_until: impl FnOnce(&mut dyn FnMut(T) -> Result<ControlFlow<()>>) -> Result<()>,
) -> Result<u64> {
    let format = ctx.format_or(Format::Table);
    let (mut shown, mut seen) = (0u64, 0u64);
    let mut listing = Listing::new(&mut ctx.out, format, ctx.style, columns)?;
    each_until(&mut |record| {
        seen += 1;
        match rows {
            Some(rows) if shown >= rows => Ok(if seen >= rows + COUNTED_BEYOND {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }),
            _ => {
                shown += 1;
                listing.write(&record)?;
                Ok(ControlFlow::Continue(()))
            }
        }
    })?;
    listing.finish()?;
    ctx.out.flush()?;
    if let Some(more) = more_note(shown, seen, noun) {
        super::note(more);
    }
    Ok(seen)
}

/// A count with commas between thousands: 1,234,567.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// Records written in a listing's format as they come: a table for people, or the library's
/// [`RecordStream`] for programs.
pub enum Listing<'o, T> {
    Table(TableStream<'o>),
    Data(RecordStream<'o, T>),
}

impl<'o, T: Serialize + Keyed> Listing<'o, T> {
    pub fn new(
        out: &'o mut dyn Write,
        format: Format,
        style: Style,
        columns: &'o [Column],
    ) -> Result<Listing<'o, T>> {
        Ok(match format {
            Format::Table => Listing::Table(TableStream::new(out, style, columns)),
            _ => Listing::Data(RecordStream::new(out, format)?),
        })
    }

    pub fn write(&mut self, record: &T) -> Result<()> {
        match self {
            Listing::Table(table) => table.write(record)?,
            Listing::Data(stream) => stream.write(record)?,
        }
        Ok(())
    }

    pub fn finish(self) -> Result<()> {
        match self {
            Listing::Table(table) => table.finish()?,
            Listing::Data(stream) => stream.finish()?,
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(limit: Option<u64>, all: bool) -> PageArgs {
        PageArgs { limit, all }
    }

    #[test]
    fn a_terminal_gets_a_page_and_a_pipe_everything() {
        assert_eq!(page(None, false).rows(true), Some(TERMINAL_PAGE));
        assert_eq!(page(None, false).rows(false), None);
        assert_eq!(page(None, true).rows(true), None);
        assert_eq!(page(Some(7), false).rows(true), Some(7));
        assert_eq!(page(Some(7), false).rows(false), Some(7));
    }

    #[test]
    fn the_note_counts_what_is_left_and_says_when_it_stopped_counting() {
        let claims = Noun("claim", "claims");
        assert_eq!(more_note(50, 50, claims), None);
        assert_eq!(more_note(3, 2, claims), None);
        assert_eq!(
            more_note(50, 51, claims).as_deref(),
            Some("… 1 more claim: --all or --limit N")
        );
        assert_eq!(
            more_note(50, 284, claims).as_deref(),
            Some("… 234 more claims: --all or --limit N")
        );
        assert_eq!(
            more_note(50, 50 + COUNTED_BEYOND, Noun("document", "documents")).as_deref(),
            Some("… 1,000+ more documents: --all or --limit N")
        );
    }

    #[test]
    fn thousands_are_separated() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000), "1,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }
}
