//! Listings as tables for people (comfy-table), or as JSON, JSON Lines or CSV for programs (the
//! library's `output`).
//!
//! A table must fit the terminal without losing what identifies a row. Each column says what
//! it may give up ([`Fit`]): ids and numbers nothing; details (an outlet, a cue) are dropped,
//! least useful first, while the table would not fit even with them shortened; then the few
//! names longer than most are cut, the details left are shortened, and names give way last
//! (never below 16 columns); content takes the width that remains (at least 30 columns or two
//! fifths of the width) and wraps onto at most three lines. Written to a pipe or a file, where
//! no width limits it, a table is one line per row with nothing cut, so `grep` and `cut` see
//! whole rows.

use super::terminal::{Style, cut};
use claimtrack::output::{self, Format, Keyed};
use comfy_table::{CellAlignment, ColumnConstraint, Row, Table, Width};
use serde::Serialize;
use serde_json::Value;
use std::borrow::Cow;
use std::io::{self, Write};
use unicode_width::UnicodeWidthStr;

/// What a column may give up when the table is too wide for the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// Ids, hashes, counts and short labels: always shown whole.
    Keep,
    /// Who or what a row is about: never dropped; cut where a few names are much longer than
    /// the rest, otherwise only after the details.
    Name,
    /// Shortened, then dropped; the lower the rank, the sooner.
    Detail(u8),
    /// Shown whole or not at all (a cell that means nothing cut): dropped by rank, as details.
    Whole(u8),
    /// The text the row is for: wraps to the width left over.
    Content,
}

/// A column of a table: its header, the record key it shows, and what it may give up.
pub struct Column {
    pub header: Cow<'static, str>,
    pub key: Cow<'static, str>,
    pub fit: Fit,
    /// Renders the cell from the record's value, where plain text is not enough.
    pub render: Option<fn(&Value) -> String>,
}

impl Column {
    const fn of(header: &'static str, key: &'static str, fit: Fit) -> Column {
        Column {
            header: Cow::Borrowed(header),
            key: Cow::Borrowed(key),
            fit,
            render: None,
        }
    }

    pub const fn keep(header: &'static str, key: &'static str) -> Column {
        Column::of(header, key, Fit::Keep)
    }

    pub const fn name(header: &'static str, key: &'static str) -> Column {
        Column::of(header, key, Fit::Name)
    }

    pub const fn detail(header: &'static str, key: &'static str, rank: u8) -> Column {
        Column::of(header, key, Fit::Detail(rank))
    }

    pub const fn content(header: &'static str, key: &'static str) -> Column {
        Column::of(header, key, Fit::Content)
    }

    /// This column, its cells rendered by `render` from the record's value.
    pub const fn rendered(mut self, render: fn(&Value) -> String) -> Column {
        self.render = Some(render);
        self
    }

    /// A column whose header and key are known only at run time.
    pub fn named(name: String, fit: Fit) -> Column {
        Column {
            header: Cow::Owned(name.clone()),
            key: Cow::Owned(name),
            fit,
            render: None,
        }
    }
}

/// A share (0 to 1) as every table prints one: three decimals.
pub fn share(value: &Value) -> String {
    value
        .as_f64()
        .map_or_else(|| "-".to_string(), |v| format!("{v:.3}"))
}

/// Writes records in `format`: a table of `columns`, or every key for the other formats.
pub fn write_records<T: Serialize + Keyed>(
    out: &mut dyn Write,
    format: Format,
    style: Style,
    records: &[T],
    columns: &[Column],
) -> io::Result<()> {
    if format != Format::Table {
        return output::write_data(out, format, records);
    }
    write_table(out, style, records, columns).map(drop)
}

/// Writes records as a table of `columns`, and returns the headers of the columns the width
/// left out.
pub fn write_table<T: Serialize>(
    out: &mut dyn Write,
    style: Style,
    records: &[T],
    columns: &[Column],
) -> io::Result<Vec<String>> {
    let keys: Vec<&str> = columns.iter().map(|c| c.key.as_ref()).collect();
    let rows: Vec<Vec<Value>> = records.iter().map(|r| picked(r, &keys)).collect();
    write_rows(out, style, &rows, columns)
}

/// The values of a record's `keys`, in their order.
fn picked<T: Serialize>(record: &T, keys: &[&str]) -> Vec<Value> {
    claimtrack::field_picker::pick_fields(record, keys).unwrap_or_else(|| {
        let whole = serde_json::to_value(record).unwrap_or(Value::Null);
        keys.iter()
            .map(|k| whole.get(k).cloned().unwrap_or(Value::Null))
            .collect()
    })
}

/// Spaces between two columns.
const GAP: usize = 2;
/// Content is not squeezed below this, nor below two fifths of the width, while a detail can
/// still give way.
const CONTENT_MIN: usize = 30;
/// A detail is shortened to this before any is dropped.
const DETAIL_MIN: usize = 12;
/// A name is shortened to this, at most, and only when no detail is left.
const NAME_MIN: usize = 16;
/// The share of a column's cells a name's width is measured on: the longest few names are
/// cut rather than widening the column for every row.
const TYPICAL: f64 = 0.9;
/// Lines a wrapped cell may take; beyond them it ends in `…`.
const MAX_LINES: usize = 3;
/// comfy-table measures in `u16`; no cell of a table without a width limit is wider.
const WIDEST_CELL: usize = 60_000;
/// Rows drawn by one comfy-table, which holds every line of them at once.
const ROWS_AT_A_TIME: usize = 256;

fn write_rows(
    out: &mut dyn Write,
    style: Style,
    rows: &[Vec<Value>],
    columns: &[Column],
) -> io::Result<Vec<String>> {
    let layout = draw_rows(out, style, rows, columns, None)?;
    let dropped = columns
        .iter()
        .zip(&layout.widths)
        .filter(|(_, w)| w.is_none());
    Ok(dropped.map(|(c, _)| c.header.to_string()).collect())
}

/// The widths and alignments a table was drawn with, kept so that rows drawn after them line
/// up under the same header.
#[derive(Debug, Clone)]
struct Layout {
    widths: Vec<Option<usize>>,
    numeric: Vec<bool>,
}

/// Draws `rows`: the first rows of a table (with its header) when `before` is `None`, else
/// rows that follow those laid out by `before`. On a terminal they keep its widths; without a
/// width limit a column widens for a longer cell, so that nothing is ever cut.
fn draw_rows(
    out: &mut dyn Write,
    style: Style,
    rows: &[Vec<Value>],
    columns: &[Column],
    before: Option<&Layout>,
) -> io::Result<Layout> {
    let cells: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            columns
                .iter()
                .zip(row)
                .map(|(column, value)| {
                    let text = column
                        .render
                        .map_or_else(|| plain_cell(value), |render| render(value));
                    cut(&one_line(text), WIDEST_CELL)
                })
                .collect()
        })
        .collect();
    let natural: Vec<usize> = columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            cells
                .iter()
                .map(|row| row[i].width())
                .fold(c.header.width(), usize::max)
        })
        .collect();
    let layout = match before {
        Some(before) if style.is_narrowed() => before.clone(),
        Some(before) => Layout {
            widths: (before.widths.iter().zip(&natural))
                .map(|(w, &n)| w.map(|w| w.max(n)))
                .collect(),
            numeric: before.numeric.clone(),
        },
        None => first_layout(style, rows, columns, &cells, &natural),
    };
    let (widths, numeric) = (&layout.widths, &layout.numeric);
    let with_header = before.is_none();
    // Without a width, the last column is written after the table's lines rather than padded
    // by it to its longest cell: every line would otherwise carry the longest content's width
    // in trailing spaces.
    let mut cells = cells;
    let last = columns.len().checked_sub(1);
    let tails: Vec<String> = match last {
        Some(last) if last > 0 && !style.is_narrowed() && !numeric[last] => with_header
            .then(|| columns[last].header.to_string())
            .into_iter()
            .chain(cells.iter_mut().map(|row| std::mem::take(&mut row[last])))
            .collect(),
        _ => Vec::new(),
    };
    if !with_header && cells.is_empty() {
        return Ok(layout);
    }
    // The widths are fixed, so the table is drawn a slice of rows at a time: the same lines,
    // without holding a drawn copy of a long listing.
    let slices: Vec<&[Vec<String>]> = if cells.is_empty() {
        vec![&[]]
    } else {
        cells.chunks(ROWS_AT_A_TIME).collect()
    };
    let mut line_number = 0;
    for (i, rows) in slices.into_iter().enumerate() {
        let header = with_header && i == 0;
        let table = build(columns, rows, widths, numeric, header, !tails.is_empty());
        for line in table.lines() {
            let line = match tails.get(line_number) {
                Some(tail) => format!("{line}{tail}"),
                None => line,
            };
            let line = line.trim_end();
            if header && line_number == 0 {
                writeln!(out, "{}", style.paint(super::terminal::HEADING, line))?;
            } else {
                writeln!(out, "{line}")?;
            }
            line_number += 1;
        }
    }
    Ok(layout)
}

/// The layout of a table's first rows: fitted to the terminal, or every column at its
/// natural width.
fn first_layout(
    style: Style,
    rows: &[Vec<Value>],
    columns: &[Column],
    cells: &[Vec<String>],
    natural: &[usize],
) -> Layout {
    let widths = if style.is_narrowed() {
        let typical: Vec<usize> = (0..columns.len())
            .map(|i| typical_width(cells.iter().map(|row| row[i].width())))
            .collect();
        layout(columns, natural, &typical, style.width)
    } else {
        natural.iter().map(|&w| Some(w)).collect()
    };
    let numeric: Vec<bool> = (0..columns.len())
        .map(|i| !rows.is_empty() && rows.iter().all(|row| row[i].is_number()))
        .collect();
    Layout { widths, numeric }
}

/// A table written as its records come, [`ROWS_AT_A_TIME`] at a time: the first rows set the
/// layout (see [`draw_rows`]), so a long listing is never held whole.
pub struct TableStream<'o> {
    out: &'o mut dyn Write,
    style: Style,
    columns: &'o [Column],
    keys: Vec<String>,
    waiting: Vec<Vec<Value>>,
    layout: Option<Layout>,
}

impl<'o> TableStream<'o> {
    pub fn new(out: &'o mut dyn Write, style: Style, columns: &'o [Column]) -> TableStream<'o> {
        TableStream {
            out,
            style,
            columns,
            keys: columns.iter().map(|c| c.key.to_string()).collect(),
            waiting: Vec::new(),
            layout: None,
        }
    }

    pub fn write<T: Serialize>(&mut self, record: &T) -> io::Result<()> {
        let keys: Vec<&str> = self.keys.iter().map(String::as_str).collect();
        self.waiting.push(picked(record, &keys));
        if self.waiting.len() >= ROWS_AT_A_TIME {
            self.draw()?;
        }
        Ok(())
    }

    fn draw(&mut self) -> io::Result<()> {
        let rows = std::mem::take(&mut self.waiting);
        let layout = draw_rows(
            self.out,
            self.style,
            &rows,
            self.columns,
            self.layout.as_ref(),
        )?;
        self.layout = Some(layout);
        Ok(())
    }

    /// Draws the rows still waiting (or, when there were none at all, the header alone).
    pub fn finish(mut self) -> io::Result<()> {
        if !self.waiting.is_empty() || self.layout.is_none() {
            self.draw()?;
        }
        Ok(())
    }
}

/// The comfy-table of `cells` (with the header row if `with_header`), each column
/// `widths[i]` wide or hidden (`None`). Cells of columns that do not wrap are cut to their
/// width here, so that only content wraps. The last column is left out when
/// `last_written_after`.
fn build(
    columns: &[Column],
    cells: &[Vec<String>],
    widths: &[Option<usize>],
    numeric: &[bool],
    with_header: bool,
    last_written_after: bool,
) -> Table {
    let mut table = Table::new();
    table
        .load_style(comfy_table::presets::NOTHING)
        .set_truncation_indicator("…");
    if with_header {
        table.set_header(columns.iter().map(|c| c.header.to_string()));
    }
    let shown_cell = |i: usize, text: &str| match widths[i] {
        Some(width) if columns[i].fit != Fit::Content => cut(text, width),
        _ => text.to_string(),
    };
    for row in cells {
        let mut row = Row::from(row.iter().enumerate().map(|(i, text)| shown_cell(i, text)));
        row.max_height(MAX_LINES);
        table.add_row(row);
    }
    if table.column_count() < columns.len() {
        // No header and no rows: nothing to draw.
        return table;
    }
    let last_shown = widths.iter().rposition(Option::is_some);
    for (i, width) in widths.iter().enumerate() {
        let gap = if Some(i) == last_shown { 0 } else { GAP };
        let column = table.column_mut(i).expect("a column per header");
        column.set_padding((0, gap as u16));
        if numeric[i] {
            column.set_cell_alignment(CellAlignment::Right);
        }
        let written_after = last_written_after && i + 1 == widths.len();
        column.set_constraint(match width {
            Some(width) if !written_after => ColumnConstraint::Absolute(Width::Fixed(
                (width + gap).min(usize::from(u16::MAX)) as u16,
            )),
            _ => ColumnConstraint::Hidden,
        });
    }
    table
}

/// Each column's width within `total` display columns, or `None` where it is dropped: see the
/// module's comment for the order in which columns give way.
fn layout(
    columns: &[Column],
    natural: &[usize],
    typical: &[usize],
    total: usize,
) -> Vec<Option<usize>> {
    let header = |i: usize| columns[i].header.width();
    // How narrow each column may become before one is dropped or content is squeezed.
    let least: Vec<usize> = (0..columns.len())
        .map(|i| match columns[i].fit {
            Fit::Keep | Fit::Whole(_) => natural[i],
            Fit::Name => natural[i].min(NAME_MIN.max(header(i))),
            Fit::Detail(_) => natural[i].min(DETAIL_MIN.max(header(i))),
            Fit::Content => natural[i].min(CONTENT_MIN.max(total * 2 / 5).max(header(i))),
        })
        .collect();
    // The width needed with content at its least.
    let needed = |widths: &[Option<usize>]| {
        let shown: Vec<usize> = widths
            .iter()
            .enumerate()
            .filter_map(|(i, w)| match columns[i].fit {
                Fit::Content => w.map(|_| least[i]),
                _ => *w,
            })
            .collect();
        shown.iter().sum::<usize>() + GAP * shown.len().saturating_sub(1)
    };
    // Details are dropped, lowest rank first, while the table would not fit even with every
    // column at its least.
    let mut widths: Vec<Option<usize>> = least.iter().map(|&w| Some(w)).collect();
    while needed(&widths) > total {
        let lowest = (0..columns.len())
            .filter(|&i| widths[i].is_some())
            .filter_map(|i| match columns[i].fit {
                Fit::Detail(rank) | Fit::Whole(rank) => Some((rank, i)),
                _ => None,
            })
            .min();
        match lowest {
            Some((_, i)) => widths[i] = None,
            None => break,
        }
    }
    // The columns left start whole. Names lose their longest few (down to the width most of
    // them fit in), details are shortened, and names give way last.
    for (i, width) in widths.iter_mut().enumerate() {
        if width.is_some() {
            *width = Some(natural[i]);
        }
    }
    let is_name = |i: usize| columns[i].fit == Fit::Name;
    let is_detail = |i: usize| matches!(columns[i].fit, Fit::Detail(_));
    let steps: [&dyn Fn(usize) -> Option<usize>; 3] = [
        &|i| is_name(i).then(|| least[i].max(typical[i].min(natural[i]))),
        &|i| is_detail(i).then_some(least[i]),
        &|i| is_name(i).then_some(least[i]),
    ];
    for floor in steps {
        while needed(&widths) > total {
            let widest = (0..widths.len())
                .filter_map(|i| Some((widths[i]?, i, floor(i)?)))
                .filter(|&(width, _, floor)| width > floor)
                .max_by_key(|&(width, i, _)| (width, std::cmp::Reverse(i)));
            let Some((width, i, floor)) = widest else {
                break;
            };
            let over = needed(&widths) - total;
            widths[i] = Some(width.saturating_sub(over).max(floor));
        }
    }
    share_the_rest(columns, &mut widths, natural, total);
    widths
}

/// Gives the content columns what the others leave, in equal parts, none wider than its
/// content nor narrower than its header.
fn share_the_rest(
    columns: &[Column],
    widths: &mut [Option<usize>],
    natural: &[usize],
    total: usize,
) {
    let content: Vec<usize> = (0..columns.len())
        .filter(|&i| columns[i].fit == Fit::Content && widths[i].is_some())
        .collect();
    let others: Vec<usize> = (0..columns.len())
        .filter(|i| !content.contains(i))
        .filter_map(|i| widths[i])
        .collect();
    let shown = others.len() + content.len();
    let mut left = total
        .saturating_sub(others.iter().sum::<usize>())
        .saturating_sub(GAP * shown.saturating_sub(1));
    let mut waiting = content.clone();
    // Narrow content first, so that what it does not need goes to the wider.
    waiting.sort_by_key(|&i| std::cmp::Reverse(natural[i]));
    while let Some(i) = waiting.pop() {
        let part = left / (waiting.len() + 1);
        let width = natural[i].min(part).max(columns[i].header.width());
        widths[i] = Some(width);
        left = left.saturating_sub(width);
    }
}

/// The width that `TYPICAL` of the cells fit in.
fn typical_width(widths: impl Iterator<Item = usize>) -> usize {
    let mut widths: Vec<usize> = widths.collect();
    widths.sort_unstable();
    let at = ((widths.len() as f64 * TYPICAL).ceil() as usize).saturating_sub(1);
    widths.get(at).copied().unwrap_or(0)
}

fn plain_cell(value: &Value) -> String {
    match value {
        Value::Null => "-".to_string(),
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(plain_cell).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

/// A cell is one paragraph: line breaks and runs of white space fold to one space (the table
/// wraps content itself). Most cells have none, and are returned as they are.
fn one_line(text: String) -> String {
    let needs_folding = text.starts_with(char::is_whitespace)
        || text.ends_with(char::is_whitespace)
        || text.contains(|c: char| c.is_whitespace() && c != ' ')
        || text.contains("  ");
    if needs_folding {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Row {
        id: i64,
        name: &'static str,
        place: &'static str,
        text: &'static str,
    }

    impl Keyed for Row {
        const KEYS: &'static [&'static str] = &["id", "name", "place", "text"];
    }

    const COLUMNS: [Column; 4] = [
        Column::keep("ID", "id"),
        Column::name("NAME", "name"),
        Column::detail("PLACE", "place", 1),
        Column::content("TEXT", "text"),
    ];

    fn render(width: usize) -> String {
        let rows = [
            Row {
                id: 1,
                name: "Ann Lee",
                place: "Springfield Town Hall",
                text: "the bridge would reopen in May",
            },
            Row {
                id: 22,
                name: "李小龙",
                place: "東京",
                text: "a much, much longer text\nthat goes on and on, well past the width of \
                       any narrow terminal",
            },
        ];
        let style = Style {
            color: false,
            width,
        };
        let mut out = Vec::new();
        write_records(&mut out, Format::Table, style, &rows, &COLUMNS).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn without_a_width_every_row_is_one_whole_line() {
        let table = render(usize::MAX);
        assert_eq!(
            table,
            "ID  NAME     PLACE                  TEXT\n \
             1  Ann Lee  Springfield Town Hall  the bridge would reopen in May\n\
             22  李小龙   東京                   a much, much longer text that goes on and on, \
             well past the width of any narrow terminal\n"
        );
    }

    #[test]
    fn content_wraps_within_the_width_and_wide_characters_align() {
        let table = render(60);
        assert!(table.lines().all(|l| l.width() <= 60), "{table}");
        // The header's TEXT and every row's text start at the same display column.
        let at = |line: &str, needle: &str| line[..line.find(needle).unwrap()].width();
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(at(lines[1], "the bridge"), at(lines[0], "TEXT"));
        assert_eq!(at(lines[2], "a much"), at(lines[0], "TEXT"));
        assert!(lines.len() > 3, "the long text wraps: {table}");
    }

    #[test]
    fn details_go_before_ids_names_and_content() {
        let table = render(40);
        assert!(!table.contains("PLACE"), "{table}");
        assert!(
            table.contains("Ann Lee") && table.contains("李小龙"),
            "{table}"
        );
        assert!(table.lines().all(|l| l.width() <= 40), "{table}");
    }

    #[test]
    fn a_detail_is_shortened_before_it_is_dropped() {
        let natural = [2, 7, 21, 90];
        // 2 + 7 + 21 + 30 (content's least) + 3 gaps = 66: the detail gives 6.
        assert_eq!(
            layout(&COLUMNS, &natural, &natural, 60),
            [Some(2), Some(7), Some(15), Some(CONTENT_MIN)]
        );
        // Shortened to its least, it would still not fit: dropped, its room goes to content.
        assert_eq!(
            layout(&COLUMNS, &natural, &natural, 50),
            [Some(2), Some(7), None, Some(50 - 2 - 7 - 2 * GAP)]
        );
        // One long name among short ones: the name column gives way, not down to the
        // typical name's width while it need not.
        let long_name = [2, 40, 21, 90];
        let typical = [2, 10, 21, 90];
        assert_eq!(
            layout(&COLUMNS, &long_name, &typical, 60),
            [Some(2), Some(24), None, Some(CONTENT_MIN)]
        );
        // At 80 the detail stays whole: the one long name is cut first, as far as the
        // typical name allows.
        assert_eq!(
            layout(&COLUMNS, &long_name, &typical, 80),
            [Some(2), Some(19), Some(21), Some(32)]
        );
    }

    #[test]
    fn a_typical_width_leaves_out_the_longest_tenth() {
        let widths = [5, 5, 6, 6, 6, 7, 7, 7, 8, 40];
        assert_eq!(typical_width(widths.into_iter()), 8);
        assert_eq!(typical_width(std::iter::empty()), 0);
    }

    #[test]
    fn a_long_listing_is_aligned_across_the_slices_it_is_drawn_in() {
        // The widest name comes last, in another slice than the first rows.
        let names: Vec<String> = (0..ROWS_AT_A_TIME * 2 + 10)
            .map(|i| "x".repeat(1 + i / ROWS_AT_A_TIME * 5))
            .collect();
        let rows: Vec<Row> = names
            .iter()
            .enumerate()
            .map(|(i, name)| Row {
                id: i as i64,
                name: name.clone().leak(),
                place: "here",
                text: "the text",
            })
            .collect();
        for width in [usize::MAX, 60] {
            let style = Style {
                color: false,
                width,
            };
            let mut out = Vec::new();
            write_records(&mut out, Format::Table, style, &rows, &COLUMNS).unwrap();
            let table = String::from_utf8(out).unwrap();
            let starts: Vec<usize> = table
                .lines()
                .map(|l| l.rfind("TEXT").or(l.rfind("the text")).unwrap())
                .collect();
            assert_eq!(starts.len(), rows.len() + 1);
            assert!(starts.iter().all(|&s| s == starts[0]), "{table}");
        }
    }

    #[test]
    fn shares_have_three_decimals() {
        assert_eq!(share(&Value::from(0.2)), "0.200");
        assert_eq!(share(&Value::from(0.5364)), "0.536");
        assert_eq!(share(&Value::Null), "-");
    }

    /// `count` rows of one width, then, when `long_last`, one with a longer name.
    fn many_rows(count: usize, long_last: bool) -> Vec<Row> {
        (0..count)
            .map(|i| Row {
                id: 1000 + i as i64,
                name: if long_last && i + 1 == count {
                    "Bartholomew Longname-Smythe"
                } else {
                    "Ann Lee"
                },
                place: "Hall",
                text: "the bridge would reopen in May",
            })
            .collect()
    }

    fn streamed(rows: &[Row], style: Style) -> String {
        let (mut out, columns) = (Vec::new(), COLUMNS);
        let mut stream = TableStream::new(&mut out, style, &columns);
        for row in rows {
            stream.write(row).unwrap();
        }
        stream.finish().unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_streamed_table_is_the_table_of_all_rows_at_once() {
        for width in [usize::MAX, 60] {
            let style = Style {
                color: false,
                width,
            };
            for count in [0, 1, ROWS_AT_A_TIME, ROWS_AT_A_TIME * 2 + 3] {
                let rows = many_rows(count, false);
                let mut all = Vec::new();
                write_records(&mut all, Format::Table, style, &rows, &COLUMNS).unwrap();
                assert_eq!(streamed(&rows, style), String::from_utf8(all).unwrap());
            }
        }
    }

    #[test]
    fn a_streamed_table_in_a_pipe_never_cuts_a_later_longer_cell() {
        let style = Style {
            color: false,
            width: usize::MAX,
        };
        let table = streamed(&many_rows(ROWS_AT_A_TIME + 1, true), style);
        assert!(
            table.contains("Bartholomew Longname-Smythe  Hall"),
            "{table}"
        );
    }
}
