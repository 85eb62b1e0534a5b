//! Writes a JSONL corpus of N distinct articles built from the fixture articles: paragraphs
//! reordered, speakers' names substituted from invented pools, outlets and dates spread, so that
//! every document has its own hash and the speaker table grows as it would on a real archive.
//!
//! Run: `cargo run --release --example make_corpus -- --articles 10000 --out bench/corpus/10k.jsonl`
//! (`--mb 1000` instead of `--articles` writes until the file reaches that size).

use std::collections::BTreeMap;
use std::io::Write;

const FIRST: &[&str] = &[
    "Amal", "Bashir", "Carla", "Dmitri", "Elena", "Farid", "Grace", "Hamid", "Ines", "Jonas",
    "Karim", "Lena", "Marco", "Nadia", "Omar", "Priya", "Quentin", "Rania", "Samir", "Tariq",
    "Ursula", "Victor", "Wafa", "Yusuf", "Zara", "Adel", "Bruno", "Chen", "Dalia", "Emre",
];
const LAST: &[&str] = &[
    "Abadi",
    "Bergstrom",
    "Castillo",
    "Darwish",
    "Eriksen",
    "Fakhoury",
    "Gallagher",
    "Haddadin",
    "Ivanova",
    "Jaber",
    "Kowalski",
    "Lindqvist",
    "Mansour",
    "Nakamura",
    "Okafor",
    "Petrova",
    "Quraishi",
    "Rahimi",
    "Saleem",
    "Tanaka",
    "Umarov",
    "Vasquez",
    "Wahba",
    "Xu",
    "Yilmaz",
    "Zaidi",
    "Barakat",
    "Cohen",
    "Duarte",
    "Elbaz",
    "Fontaine",
    "Gunawardena",
    "Hussaini",
    "Idris",
    "Jovanovic",
    "Karimi",
    "Lopez",
    "Moreau",
];
const OUTLETS: &[&str] = &[
    "Wire One",
    "Daily Ledger",
    "Gulf Chronicle",
    "Northern Post",
    "Evening Standard Review",
    "The Monitor",
    "Capital Times",
    "Harbour News",
    "Desert Herald",
    "River Gazette",
    "Metro Dispatch",
    "World Brief",
];

/// A small deterministic generator, so that the same arguments give the same corpus.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

fn main() {
    let (mut articles, mut megabytes, mut out) = (None::<usize>, None::<f64>, None::<String>);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next().expect("every option takes a value");
        match arg.as_str() {
            "--articles" => articles = Some(value.parse().expect("a number")),
            "--mb" => megabytes = Some(value.parse().expect("a number")),
            "--out" => out = Some(value),
            other => panic!("unknown option {other}"),
        }
    }
    let out = out.expect("--out FILE");
    let limit_bytes = megabytes.map(|mb| (mb * 1e6) as u64);
    let count = articles.unwrap_or(usize::MAX);
    assert!(
        articles.is_some() || megabytes.is_some(),
        "give --articles N or --mb M"
    );

    let mut bases: Vec<String> = std::fs::read_dir("fixtures/articles")
        .expect("run from the repository root")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| std::fs::read_to_string(p).expect("UTF-8"))
        .collect();
    bases.sort();
    let entities: BTreeMap<String, Vec<String>> = serde_json::from_slice(
        &std::fs::read("fixtures/gold/entities.json").expect("entities.json"),
    )
    .expect("JSON");
    // Longest names first, so "Jane Roe" is replaced before "Roe".
    let mut names: Vec<(usize, String, bool)> = Vec::new();
    for (index, (canonical, aliases)) in entities.iter().enumerate() {
        // Countries and other one-word names stay: only people and bodies are substituted.
        if !canonical.contains(' ') {
            continue;
        }
        for name in std::iter::once(canonical).chain(aliases) {
            if name.chars().count() > 3 {
                names.push((index, name.clone(), !name.contains(' ')));
            }
        }
    }
    names.sort_by_key(|(_, name, _)| std::cmp::Reverse(name.len()));

    std::fs::create_dir_all(
        std::path::Path::new(&out)
            .parent()
            .unwrap_or(std::path::Path::new(".")),
    )
    .ok();
    let mut file = std::io::BufWriter::new(std::fs::File::create(&out).expect("create --out"));
    let mut written = 0u64;
    let mut rng = Lcg(7);
    for i in 0..count {
        if limit_bytes.is_some_and(|limit| written >= limit) {
            break;
        }
        let base = &bases[i % bases.len()];
        let mut paragraphs: Vec<&str> = base.split("\n\n").collect();
        let (head, body) = paragraphs.split_at_mut(1.min(base.len()));
        for k in (1..body.len()).rev() {
            body.swap(k, (rng.next() as usize) % (k + 1));
        }
        let mut text = format!("{}\n\n{}", head.join(""), body.join("\n\n"));
        // Each real speaker becomes one of a few hundred invented people across the corpus.
        let variant = i / bases.len();
        for (entity, name, surname_only) in &names {
            let first = FIRST[(variant * 7 + entity * 3) % FIRST.len()];
            let last = LAST[(variant * 11 + entity * 5) % LAST.len()];
            let replacement = if *surname_only {
                last.to_string()
            } else {
                format!("{first} {last}")
            };
            if text.contains(name.as_str()) {
                text = text.replace(name.as_str(), &replacement);
            }
        }
        text.push_str(&format!("\n\nReference {i}.\n"));
        let record = serde_json::json!({
            "text": text,
            "outlet": OUTLETS[(rng.next() as usize) % OUTLETS.len()],
            "published": format!("{}-{:02}-{:02}", 2019 + i % 6, 1 + i % 12, 1 + i % 28),
        });
        let line = record.to_string();
        written += line.len() as u64 + 1;
        writeln!(file, "{line}").expect("write");
    }
    file.flush().expect("flush");
    eprintln!("{out}: {:.1} MB", written as f64 / 1e6);
}
