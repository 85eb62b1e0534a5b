//! How output looks to a person: whether it is coloured, how wide it may be, and the few
//! styles claimtrack uses (anstyle), so that commands name a look instead of an escape code.
//! Widths are display widths (unicode-width): a CJK character or an emoji takes two columns.

use anstyle::{AnsiColor, Style as Look};
use std::io::{self, IsTerminal};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Headings and table headers.
pub const HEADING: Look = Look::new().bold();
/// Context beside the data: a claim's sentence, a pair's differences.
pub const FAINT: Look = Look::new().dimmed();
/// A claim's marks in the text of `show`.
pub const MARK: Look = Look::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Cyan)));
/// Where a claim begins in the text of `show`.
pub const MARK_START: Look = MARK.underline();

/// The labels that open a message on stderr, each in its look.
const LABELS: [(&str, Look); 4] = [
    (
        "error:",
        Look::new()
            .bold()
            .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Red))),
    ),
    (
        "warning:",
        Look::new()
            .bold()
            .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Yellow))),
    ),
    (
        "hint:",
        Look::new()
            .bold()
            .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Cyan))),
    ),
    ("note:", Look::new().bold()),
];

/// Standard error, coloured by the same conventions as standard output (see
/// [`wants_color`]): anstream passes the styles through, or strips them.
pub fn stderr() -> anstream::AutoStream<io::StderrLock<'static>> {
    let on_terminal = io::stderr().is_terminal();
    let choice = if wants_color(on_terminal, |name| std::env::var_os(name)) {
        anstream::ColorChoice::AlwaysAnsi
    } else {
        anstream::ColorChoice::Never
    };
    anstream::AutoStream::new(io::stderr().lock(), choice)
}

/// A message with its label (`error:`, `hint:`, ...) styled, for [`stderr`].
pub fn labelled(message: &str) -> String {
    match LABELS.iter().find(|(label, _)| message.starts_with(label)) {
        Some((label, look)) => format!("{look}{label}{look:#}{}", &message[label.len()..]),
        None => message.to_string(),
    }
}

/// How to present text to a person: colour or not, and how wide. `width` is `usize::MAX` when
/// nothing limits it (stdout is a pipe or a file and `COLUMNS` is not set).
#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
    pub width: usize,
}

impl Style {
    pub fn paint(&self, look: Look, text: &str) -> String {
        if self.color {
            format!("{look}{text}{look:#}")
        } else {
            text.to_string()
        }
    }

    /// Whether a terminal (or `COLUMNS`) limits the width.
    pub fn is_narrowed(&self) -> bool {
        self.width != usize::MAX
    }

    /// A heading, bold, in as many lines as the width needs.
    pub fn heading(&self, text: &str) -> String {
        wrap(text, self.width)
            .iter()
            .map(|line| self.paint(HEADING, line))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

/// Colour only on a terminal, by the conventions of [`wants_color`]; tables fit `COLUMNS`, else
/// the terminal's width, and written to a pipe or file they are not cut.
pub fn detect() -> Style {
    let on_terminal = io::stdout().is_terminal();
    let width = std::env::var("COLUMNS")
        .ok()
        .and_then(|w| w.parse().ok())
        .filter(|&w: &usize| w >= 40)
        .or_else(|| terminal_size::terminal_size().map(|(w, _)| usize::from(w.0)))
        .filter(|_| on_terminal || std::env::var_os("COLUMNS").is_some())
        .unwrap_or(usize::MAX);
    Style {
        color: wants_color(on_terminal, |name| std::env::var_os(name)),
        width,
    }
}

/// Colour by the conventions people set once for every tool: `NO_COLOR` (no-color.org) turns
/// it off, `CLICOLOR_FORCE` turns it on even in a pipe, and a terminal that says `TERM=dumb`
/// gets none.
pub fn wants_color(on_terminal: bool, var: impl Fn(&str) -> Option<std::ffi::OsString>) -> bool {
    let set = |name: &str| var(name).is_some_and(|v| !v.is_empty() && v != "0");
    if var("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        return false;
    }
    if set("CLICOLOR_FORCE") {
        return true;
    }
    on_terminal && var("TERM").is_none_or(|term| term != "dumb")
}

/// A count and its noun: "1 claim", "2 claims".
pub fn plural(count: impl Into<u64>, one: &str, many: &str) -> String {
    let count = count.into();
    format!("{count} {}", if count == 1 { one } else { many })
}

/// `text` in at most `width` display columns, ending in `…` where it was cut.
pub fn cut(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    let mut shown = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        shown.push(c);
        used += w;
    }
    shown.push('…');
    shown
}

/// `text` in lines of at most `width` display columns, broken at spaces (a word longer than
/// the width is cut).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ') {
        if !line.is_empty() && line.width() + 1 + word.width() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(line);
    lines.into_iter().map(|l| cut(&l, width)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsString;

    fn with(vars: &[(&str, &str)]) -> impl Fn(&str) -> Option<OsString> {
        let vars: Vec<(String, OsString)> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), OsString::from(v)))
            .collect();
        move |name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone())
    }

    #[test]
    fn colour_follows_no_color_clicolor_force_and_term() {
        assert!(wants_color(true, with(&[("TERM", "xterm-256color")])));
        assert!(!wants_color(false, with(&[])));
        assert!(!wants_color(true, with(&[("TERM", "dumb")])));
        assert!(!wants_color(true, with(&[("NO_COLOR", "1")])));
        assert!(wants_color(false, with(&[("CLICOLOR_FORCE", "1")])));
        assert!(!wants_color(false, with(&[("CLICOLOR_FORCE", "0")])));
        assert!(!wants_color(
            false,
            with(&[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")])
        ));
    }

    #[test]
    fn cut_counts_display_columns() {
        assert_eq!(cut("short", 10), "short");
        assert_eq!(cut("abcdefghij", 5), "abcd…");
        // Each of these takes two columns: four columns hold one and the ellipsis.
        assert_eq!(cut("李小龙先生", 4), "李…");
        assert!(cut("李小龙先生", 4).width() <= 4);
    }

    #[test]
    fn wrap_breaks_at_spaces_within_the_width() {
        assert_eq!(
            wrap("Claims without a named source (3)", 16),
            ["Claims without a", "named source (3)"]
        );
        assert!(
            wrap("一二三四五 六七八九十", 10)
                .iter()
                .all(|l| l.width() <= 10)
        );
    }

    #[test]
    fn a_message_label_is_styled() {
        assert_eq!(
            labelled("error: no such file"),
            "\x1b[1m\x1b[31merror:\x1b[0m no such file"
        );
        assert_eq!(labelled("3 added"), "3 added");
    }

    #[test]
    fn paint_is_plain_without_colour() {
        let plain = Style {
            color: false,
            width: 80,
        };
        let coloured = Style {
            color: true,
            width: 80,
        };
        assert_eq!(plain.paint(HEADING, "x"), "x");
        assert_eq!(coloured.paint(HEADING, "x"), "\x1b[1mx\x1b[0m");
    }
}
