//! A one-line progress report for long ingests, drawn on stderr only when stderr is a terminal
//! (so logs and pipes stay clean): documents, megabytes, documents per second and time left.

use std::io::{IsTerminal, Write};
use std::time::{Duration, Instant};

pub struct Progress {
    enabled: bool,
    started: Instant,
    last_drawn: Option<Instant>,
    /// Bytes of input in all, when known (files; not standard input).
    total_bytes: Option<u64>,
    documents: u64,
    bytes: u64,
}

const REDRAW_EVERY: Duration = Duration::from_millis(200);

impl Progress {
    pub fn new(total_bytes: Option<u64>) -> Progress {
        Progress {
            enabled: std::io::stderr().is_terminal(),
            started: Instant::now(),
            last_drawn: None,
            total_bytes,
            documents: 0,
            bytes: 0,
        }
    }

    pub fn advance(&mut self, bytes: usize) {
        self.documents += 1;
        self.bytes += bytes as u64;
        if self.enabled && self.last_drawn.is_none_or(|t| t.elapsed() >= REDRAW_EVERY) {
            self.last_drawn = Some(Instant::now());
            eprint!("\r\x1b[2K{}", self.line());
            let _ = std::io::stderr().flush();
        }
    }

    /// Clears the line before a message is printed on stderr, so the two don't mix.
    pub fn clear(&self) {
        if self.enabled && self.last_drawn.is_some() {
            eprint!("\r\x1b[2K");
        }
    }

    fn line(&self) -> String {
        let seconds = self.started.elapsed().as_secs_f64().max(1e-3);
        let megabytes = self.bytes as f64 / 1e6;
        let mut line = format!(
            "{} documents, {megabytes:.1} MB, {:.0} documents/s, {:.1} MB/s",
            self.documents,
            self.documents as f64 / seconds,
            megabytes / seconds
        );
        if let Some(total) = self.total_bytes.filter(|&t| t > 0 && self.bytes > 0) {
            let left = total.saturating_sub(self.bytes) as f64 / (self.bytes as f64 / seconds);
            line.push_str(&format!(
                ", {:.0}%, {} left",
                100.0 * self.bytes as f64 / total as f64,
                clock(left)
            ));
        }
        line
    }
}

fn clock(seconds: f64) -> String {
    let s = seconds.round() as u64;
    if s >= 3600 {
        format!("{}h{:02}m", s / 3600, s % 3600 / 60)
    } else {
        format!("{}m{:02}s", s / 60, s % 60)
    }
}
