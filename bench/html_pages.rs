//! Prints, for each page directory given (Mozilla Readability's test-pages layout: a
//! `source.html` in each), one JSON line with the text and metadata claimtrack derives from
//! the page. `bench/readability_score.py` compares them with the expected output.
//!
//!     cargo run --release --example html_pages -- /tmp/mozpages/test/test-pages/* > pages.jsonl

use claimtrack::input::html::page_text;
use std::time::Instant;

fn main() {
    for dir in std::env::args().skip(1) {
        let Ok(html) = std::fs::read_to_string(format!("{dir}/source.html")) else {
            continue;
        };
        let started = Instant::now();
        let page = page_text(&html, Some("http://fakehost/test/page.html"));
        let ms = started.elapsed().as_secs_f64() * 1e3;
        let line = match page {
            Ok(page) => serde_json::json!({"dir": dir, "ms": ms, "title": page.metadata.title,
                "byline": page.metadata.byline, "site": page.metadata.outlet, "text": page.text}),
            Err(err) => serde_json::json!({"dir": dir, "ms": ms, "error": err.message}),
        };
        println!("{line}");
    }
}
