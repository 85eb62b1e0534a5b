//! Extraction throughput on one core: the fixture articles, each extracted as its own document,
//! over and over until at least `--mb` megabytes (default 50) have been processed.
//!
//! Run: `cargo run --release --example extract_throughput -- [--mb 50] [--dir fixtures/articles]`
//! The figure goes in BENCHMARKS.md with this command.

use std::time::Instant;

fn main() {
    let mut megabytes = 50.0;
    let mut dir = String::from("fixtures/articles");
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--mb" => {
                megabytes = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .expect("--mb takes a number")
            }
            "--dir" => dir = args.next().expect("--dir takes a path"),
            other => panic!("unknown argument {other}"),
        }
    }
    let mut articles: Vec<String> = std::fs::read_dir(&dir)
        .expect("read the fixture directory")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "txt"))
        .map(|path| std::fs::read_to_string(path).expect("a UTF-8 article"))
        .collect();
    articles.sort();
    assert!(!articles.is_empty(), "no .txt articles in {dir}");
    let target = (megabytes * 1_000_000.0) as usize;

    // Warm up caches and the allocator before timing.
    for article in &articles {
        std::hint::black_box(claimtrack::extract::extract(article));
    }

    let (mut bytes, mut documents, mut attributions) = (0usize, 0usize, 0usize);
    let started = Instant::now();
    while bytes < target {
        for article in &articles {
            attributions += std::hint::black_box(claimtrack::extract::extract(article)).len();
            bytes += article.len();
            documents += 1;
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "extractor {}: {:.1} MB in {documents} documents, {attributions} attributions, {seconds:.2} s on one core: {:.1} MB/s, {:.0} documents/s",
        claimtrack::extract::EXTRACTOR_VERSION,
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / seconds,
        documents as f64 / seconds
    );
}
