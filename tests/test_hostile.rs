//! Hostile input through the real binary: huge lines, floods of quote marks, NUL bytes, BOMs,
//! CR line ends, right-to-left text, emoji, combining marks and deep nesting.
//!
//! For every input, `ingest` either stores it or refuses it with a message naming the file and
//! the problem (exit 0 or 1, never a panic), and every span `extract` prints or `ingest` stores
//! lies on char boundaries with `text[start..end]` equal to the content, source and cue.

use crate::common::{Run, TestEnv};
use serde_json::Value;

/// What the binary made of one hostile file.
struct Outcome {
    /// The `extract` records (empty when the file was refused).
    extracted: Vec<Value>,
    /// The contents of the claims `ingest` stored for it.
    stored: Vec<String>,
}

impl Outcome {
    fn contents(&self) -> Vec<&str> {
        self.extracted
            .iter()
            .map(|r| r["content"].as_str().unwrap())
            .collect()
    }
}

#[track_caller]
fn assert_no_panic(what: &str, run: &Run) {
    assert!(
        run.code == 0 || run.code == 1,
        "{what}: exit code {} (a signal is -1); stderr:\n{}",
        run.code,
        tail(&run.stderr)
    );
    assert!(
        !run.stderr.contains("panicked") && !run.stderr.contains("RUST_BACKTRACE"),
        "{what} panicked:\n{}",
        tail(&run.stderr)
    );
}

fn tail(s: &str) -> &str {
    let mut start = s.len().saturating_sub(2000);
    while !s.is_char_boundary(start) {
        start += 1;
    }
    &s[start..]
}

/// The text of `record[start..end]`, checked to lie on char boundaries inside `text`.
#[track_caller]
fn span_text<'t>(text: &'t str, record: &Value, start: &str, end: &str) -> Option<&'t str> {
    let (s, e) = match (record[start].as_u64(), record[end].as_u64()) {
        (Some(s), Some(e)) => (s as usize, e as usize),
        (None, None) => return None,
        _ => panic!("half a span in {record}"),
    };
    assert!(
        s <= e && e <= text.len(),
        "span {s}..{e} out of bounds: {record}"
    );
    assert!(
        text.is_char_boundary(s) && text.is_char_boundary(e),
        "span {s}..{e} off a char boundary: {record}"
    );
    Some(&text[s..e])
}

/// Checks every `extract` record against the file's text.
#[track_caller]
fn check_extracted(text: &str, records: &[Value]) {
    for record in records {
        let content = span_text(text, record, "start", "end");
        assert_eq!(content, record["content"].as_str(), "{record}");
        assert!(!content.unwrap().is_empty(), "empty content: {record}");
        assert_eq!(
            span_text(text, record, "source_start", "source_end"),
            record["source"].as_str(),
            "{record}"
        );
        assert_eq!(
            span_text(text, record, "cue_start", "cue_end"),
            record["cue"].as_str(),
            "{record}"
        );
    }
}

/// Checks every stored claim's spans against its stored document's text, straight from the
/// database, and returns the claims' contents: those of the document with SHA-256 `sha256`, or
/// of all documents.
#[track_caller]
fn check_stored(env: &TestEnv, sha256: Option<&str>) -> Vec<String> {
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let mut contents = Vec::new();
    let mut docs = conn
        .prepare("SELECT d.id, t.text FROM document d JOIN document_text t ON t.document_id = d.id WHERE ?1 IS NULL OR d.sha256 = ?1")
        .unwrap();
    let docs = docs
        .query_map([sha256], |row| {
            Ok((row.get::<_, i64>(0)?, row.get::<_, String>(1)?))
        })
        .unwrap();
    for doc in docs {
        let (id, text) = doc.unwrap();
        let mut claims = conn
            .prepare(
                "SELECT content, content_start, content_end, source, source_start, source_end,
                        cue, cue_start, cue_end
                 FROM claim WHERE document_id = ?1 ORDER BY id",
            )
            .unwrap();
        let mut rows = claims.query([id]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            let span = |text_at: usize, start_at: usize| -> Option<(String, usize, usize)> {
                let written: Option<String> = row.get(text_at).unwrap();
                let start: Option<i64> = row.get(start_at).unwrap();
                let end: Option<i64> = row.get(start_at + 1).unwrap();
                match (written, start, end) {
                    (Some(w), Some(s), Some(e)) => Some((w, s as usize, e as usize)),
                    (None, None, None) => None,
                    other => panic!("half a span in the database: {other:?}"),
                }
            };
            for (written, start, end) in [span(0, 1), span(3, 4), span(6, 7)].into_iter().flatten()
            {
                assert!(
                    start <= end
                        && end <= text.len()
                        && text.is_char_boundary(start)
                        && text.is_char_boundary(end),
                    "stored span {start}..{end} of {written:?} is off the text"
                );
                assert_eq!(&text[start..end], written, "stored span {start}..{end}");
            }
            contents.push(row.get(0).unwrap());
        }
    }
    contents
}

/// Writes `bytes` as `name`, ingests and extracts it, and checks the rules above.
#[track_caller]
fn check_file(env: &TestEnv, name: &str, bytes: &[u8]) -> Outcome {
    let path = env.write(name, bytes);
    let path = path.to_str().unwrap();
    let ingest = env.run(&["ingest", "--format", "jsonl", path]);
    assert_no_panic(&format!("ingest {name}"), &ingest);
    if ingest.code == 1 {
        assert!(
            ingest.stderr.contains(&format!("error: {path}: ")),
            "ingest {name}: the refusal does not name the file:\n{}",
            ingest.stderr
        );
        assert_eq!(ingest.jsonl()[0]["status"], "failed");
    } else {
        let status = &ingest.jsonl()[0]["status"];
        assert_eq!(status, "added", "ingest {name}: {}", ingest.stdout);
    }
    let extract = env.run(&["extract", path]);
    assert_no_panic(&format!("extract {name}"), &extract);
    assert_eq!(
        extract.code, ingest.code,
        "extract and ingest disagree on {name}:\n{}",
        extract.stderr
    );
    let extracted = if extract.code == 0 {
        let text = std::str::from_utf8(bytes).expect("a file that was read is UTF-8");
        let records = extract.jsonl();
        check_extracted(text, &records);
        records
    } else {
        assert!(
            extract.stderr.contains(&format!("error: {path}: ")),
            "extract {name}: the refusal does not name the file:\n{}",
            extract.stderr
        );
        Vec::new()
    };
    let sha256 = claimtrack::input::sha256_hex(bytes);
    let stored = check_stored(env, Some(&sha256));
    if ingest.code == 0 {
        let mut a: Vec<&str> = stored.iter().map(String::as_str).collect();
        let mut b: Vec<&str> = extracted
            .iter()
            .map(|r| r["content"].as_str().unwrap())
            .collect();
        a.sort_unstable();
        b.sort_unstable();
        assert_eq!(
            a, b,
            "{name}: ingest stored other claims than extract printed"
        );
    } else {
        assert!(stored.is_empty(), "{name} was refused but has claims");
    }
    Outcome { extracted, stored }
}

/// A small deterministic pseudo-random sequence (no dependency, the same on every run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, below: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % below
    }
}

#[test]
fn fifty_megabyte_single_line() {
    // One line (one paragraph) of 50 MiB of prose, with a plain claim and a quoted one about
    // every kilobyte. Checking the stored claims straight from the database stands in for a
    // second `extract` run, which would double the time (see `check_stored`).
    const SIZE: usize = 50 * 1024 * 1024;
    let filler = "The committee met on Tuesday and discussed the budget for the coming year. ";
    let claim = "Officials said the bridge would reopen. ";
    let quoted = "\u{201C}We will rebuild,\u{201D} the mayor said. ";
    let block = format!("{}{claim}{}{quoted}", filler.repeat(6), filler.repeat(6));
    let mut text = block.repeat(SIZE / block.len() + 1);
    let mut cut = SIZE;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.truncate(cut);
    assert!(text.len() >= SIZE - 3 && !text.contains('\n'));
    let env = TestEnv::new();
    let path = env.write("one-line.txt", &text);
    let started = std::time::Instant::now();
    let run = env.run(&["ingest", "--format", "jsonl", path.to_str().unwrap()]);
    eprintln!("ingest of a 50 MiB line: {:.1?}", started.elapsed());
    assert_no_panic("ingest of a 50 MiB line", &run);
    assert_eq!(run.code, 0, "{}", tail(&run.stderr));
    let stored = check_stored(&env, None);
    let plain = stored
        .iter()
        .filter(|c| *c == "the bridge would reopen")
        .count();
    let rebuild = stored.iter().filter(|c| *c == "We will rebuild").count();
    let blocks = text.matches(claim).count();
    assert_eq!(plain, blocks, "plain claims lost in a long line");
    assert!(
        rebuild + 1 >= text.matches(quoted).count(),
        "quoted claims lost in a long line: {rebuild}"
    );
}

#[test]
fn a_hundred_thousand_quote_marks() {
    let marks = [
        "\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "'", "\u{00AB}", "\u{00BB}",
    ];
    let words = [
        "said",
        "the minister",
        "we will",
        "according to",
        ",",
        ".",
        "he",
        "no",
    ];
    let mut rng = Lcg(6);
    let mut text = String::from("Quote storm\n\nPolice said the road was closed.\n\n");
    for i in 0..100_000 {
        text.push_str(marks[rng.next(marks.len())]);
        text.push_str(words[rng.next(words.len())]);
        text.push(' ');
        if i % 997 == 996 {
            text.push('\n');
        }
    }
    text.push_str("\n\nThe mayor said the bridge would reopen.\n");
    let outcome = check_file(&TestEnv::new(), "quotes.txt", text.as_bytes());
    let contents = outcome.contents();
    assert!(contents.contains(&"the road was closed"), "{contents:?}");
    assert!(
        contents.contains(&"the bridge would reopen"),
        "a claim after the quote storm is lost"
    );
}

#[test]
fn only_quote_marks() {
    let env = TestEnv::new();
    let mut rng = Lcg(7);
    let marks = [
        "\"", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "'", "`", "\u{00AB}",
    ];
    let mut text = String::new();
    for _ in 0..20_000 {
        text.push_str(marks[rng.next(marks.len())]);
    }
    let outcome = check_file(&env, "marks.txt", text.as_bytes());
    assert!(
        outcome.extracted.is_empty(),
        "claims in nothing but quote marks"
    );
    let with_lines = "\"\n\u{201C}\u{201D}\n\n\u{2018}\u{2019}\u{2019}\n'\"'\"\n\u{201D}\u{201C}";
    let outcome = check_file(&env, "marks-lines.txt", with_lines.as_bytes());
    assert!(outcome.extracted.is_empty());
}

#[test]
fn nul_bytes_are_refused_with_the_offset() {
    let env = TestEnv::new();
    let bytes = b"Headline\n\nPolice said the road \0was closed.\n";
    let outcome = check_file(&env, "nul.txt", bytes);
    assert!(outcome.stored.is_empty());
    let run = env.run(&["ingest", env.path("nul.txt").to_str().unwrap()]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("nul.txt: binary file: NUL byte at byte 31 (line 3, column 22)"),
        "{}",
        run.stderr
    );
    // A NUL as the very first byte, and one in a JSONL article's text (as the escape \u0000).
    let run = env.run(&["ingest", env.write("first.txt", b"\0abc").to_str().unwrap()]);
    assert!(run.stderr.contains("NUL byte at byte 0"), "{}", run.stderr);
    let jsonl = env.write(
        "archive.jsonl",
        "{\"text\": \"Police said the road was closed.\"}\n{\"text\": \"a\\u0000b\"}\n",
    );
    let run = env.run(&["ingest", jsonl.to_str().unwrap()]);
    assert_no_panic("ingest of a JSONL NUL", &run);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("archive.jsonl:2: binary file: NUL byte at byte 1"),
        "{}",
        run.stderr
    );
    assert_eq!(check_stored(&env, None), ["the road was closed"]);
}

#[test]
fn bom_crlf_and_lone_cr() {
    let env = TestEnv::new();
    let body = |eol: &str| {
        [
            "Headline of the day",
            "",
            "Police said the road was closed.",
            "\u{201C}It will reopen on Monday,\u{201D} the mayor said.",
            "",
        ]
        .join(eol)
    };
    for (name, text) in [
        ("bom.txt", format!("\u{feff}{}", body("\n"))),
        ("crlf.txt", body("\r\n")),
        ("cr.txt", body("\r")),
        ("bom-crlf.txt", format!("\u{feff}{}", body("\r\n"))),
    ] {
        let outcome = check_file(&env, name, text.as_bytes());
        let contents = outcome.contents();
        assert!(
            contents.contains(&"the road was closed"),
            "{name}: {contents:?}"
        );
        assert!(
            contents.contains(&"It will reopen on Monday"),
            "{name}: {contents:?}"
        );
        for record in &outcome.extracted {
            for key in ["content", "source", "cue"] {
                let value = record[key].as_str().unwrap_or("");
                assert!(
                    !value.contains(['\r', '\n', '\u{feff}']),
                    "{name}: {key} spans a line end or BOM: {record}"
                );
            }
        }
    }
    let docs = env.run(&["docs", "--format", "json"]).success().json();
    for doc in docs.as_array().unwrap() {
        assert_eq!(doc["title"], "Headline of the day", "{doc}");
    }
}

#[test]
fn right_to_left_text_and_arabic_names() {
    let env = TestEnv::new();
    let text = [
        "\u{0642}\u{0627}\u{0644} \u{0627}\u{0644}\u{0648}\u{0632}\u{064A}\u{0631} \u{0625}\u{0646} \u{0627}\u{0644}\u{0637}\u{0631}\u{064A}\u{0642} \u{0645}\u{063A}\u{0644}\u{0642}.",
        "\u{05D4}\u{05E9}\u{05E8} \u{05D0}\u{05DE}\u{05E8} \u{05E9}\u{05D4}\u{05DB}\u{05D1}\u{05D9}\u{05E9} \u{05E1}\u{05D2}\u{05D5}\u{05E8}.",
        "The spokesman said \u{0645}\u{062D}\u{0645}\u{062F} would attend the talks.",
        "\u{0645}\u{062D}\u{0645}\u{062F} \u{0627}\u{0644}\u{0643}\u{0627}\u{0638}\u{0645}\u{064A} said the talks had failed.",
        "\u{201C}\u{0644}\u{0646} \u{0646}\u{062A}\u{0631}\u{0627}\u{062C}\u{0639}\u{201D}, said \u{0645}\u{062D}\u{0645}\u{062F}.",
        "\u{202B}The minister said \"\u{05DC}\u{05D0}\" on Monday.\u{202C}",
        "\u{200F}Police said the road was closed.\u{200F}",
    ]
    .join("\n\n");
    let outcome = check_file(&env, "rtl.txt", text.as_bytes());
    let contents = outcome.contents();
    assert!(
        contents.contains(&"the talks had failed"),
        "an Arabic-script source hides the claim: {contents:?}"
    );
    assert!(
        contents.contains(&"\u{0644}\u{0646} \u{0646}\u{062A}\u{0631}\u{0627}\u{062C}\u{0639}"),
        "an Arabic quotation is lost: {contents:?}"
    );
    assert!(
        contents.iter().any(|c| c.contains("the road was closed")),
        "{contents:?}"
    );
}

#[test]
fn emoji_and_combining_marks_next_to_quotes_and_cues() {
    let env = TestEnv::new();
    let text = [
        "\u{201C}We won \u{1F389},\u{201D} said Jose\u{301} Marti\u{301}nez.",
        "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{201C}Families first\u{201D}\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467} the minister said\u{1F1EE}\u{1F1F6}.",
        "Rene\u{301}e said\u{301} \u{201C}e\u{301}\u{201D}.",
        "The mayor said\u{1F44D} the bridge would reopen\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}.",
        "\u{1F1FA}\u{1F1F8}\u{1F1EE}\u{1F1F6} officials said \u{201C}\u{0301}talks resume\u{0301}\u{201D}.",
        "Anna\u{0308} said: \u{2018}no\u{0327}\u{2019}.",
        "Police said the road was closed.",
    ]
    .join("\n\n");
    let outcome = check_file(&env, "emoji.txt", text.as_bytes());
    let contents = outcome.contents();
    assert!(contents.contains(&"the road was closed"), "{contents:?}");
    // Precomposed accents (NFC) and emoji inside the quotation are fine; the same name with
    // combining accents (NFD) is not yet: see `combining_accents_in_a_name_keep_the_claim`.
    let nfc = "\u{201C}We won \u{1F389},\u{201D} said Jos\u{e9} Mart\u{ed}nez.\n\n\
               \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{201C}Families first,\u{201D} the minister said\u{1F1EE}\u{1F1F6}.\n";
    let outcome = check_file(&env, "emoji-nfc.txt", nfc.as_bytes());
    assert_eq!(
        outcome.contents(),
        ["We won \u{1F389}", "Families first"],
        "{:?}",
        outcome.extracted
    );
}

// Extractor bugs found by the tests above, reported to the extractor's owner. Each is a
// minimal reproducer; run them with `cargo test --test runner -- --ignored test_hostile`.

/// The same sentence with "José" precomposed (U+00E9) gives the claim; with a combining acute
/// (e + U+0301, as macOS and some CMSs write it) the whole attribution is lost.
#[test]
fn combining_accents_in_a_name_keep_the_claim() {
    let env = TestEnv::new();
    for (name, text) in [
        ("after.txt", "\u{201C}We won,\u{201D} said Jose\u{301}.\n"),
        ("before.txt", "\u{201C}We won,\u{201D} Jose\u{301} said.\n"),
        (
            "surname.txt",
            "\u{201C}We won,\u{201D} said Rene\u{301}e Smith.\n",
        ),
    ] {
        let outcome = check_file(&env, name, text.as_bytes());
        assert_eq!(outcome.contents(), ["We won"], "{name}: {text:?}");
    }
}

/// An emoji written straight after the cue ("said👍") hides the attribution.
#[test]
fn emoji_glued_to_a_cue_keeps_the_claim() {
    let env = TestEnv::new();
    let text = "The mayor said\u{1F44D} the bridge would reopen.\n";
    let outcome = check_file(&env, "glued.txt", text.as_bytes());
    assert_eq!(outcome.contents(), ["the bridge would reopen"]);
}

/// Single quote marks are not quotation marks by design (see src/extract/quotes.rs), but a
/// content must not then start with the opening mark and drop the closing one.
#[test]
fn single_quoted_content_is_not_cut_inside_its_marks() {
    let env = TestEnv::new();
    let text = "The minister said: \u{2018}We will not back down.\u{2019}\n";
    let outcome = check_file(&env, "single.txt", text.as_bytes());
    for content in outcome.contents() {
        let opens = content.starts_with('\u{2018}');
        let closes = content.ends_with('\u{2019}');
        assert_eq!(opens, closes, "half-quoted content {content:?}");
    }
}

#[test]
fn ten_thousand_levels_of_nesting() {
    let env = TestEnv::new();
    let depth = 10_000;
    let parens = format!(
        "{}Police said the road was closed.{}\n\nThe mayor said the bridge would reopen.\n",
        "(".repeat(depth),
        ")".repeat(depth)
    );
    let quotes = format!(
        "{}the minister said no{}\n\nThe mayor said the bridge would reopen.\n",
        "\u{201C}\u{2018}".repeat(depth / 2),
        "\u{2019}\u{201D}".repeat(depth / 2)
    );
    let mixed = format!(
        "{}x{}\n\nThe mayor said the bridge would reopen.\n",
        "[(\u{201C}\"\u{2018}'{".repeat(depth / 7 + 1),
        "}'\u{2019}\"\u{201D})]".repeat(depth / 7 + 1)
    );
    let unclosed = format!(
        "{}The spokesman said it was over.\n\nThe mayor said the bridge would reopen.\n",
        "(\u{201C}".repeat(depth)
    );
    for (name, text) in [
        ("parens.txt", parens),
        ("quotes.txt", quotes),
        ("mixed.txt", mixed),
        ("unclosed.txt", unclosed),
    ] {
        let outcome = check_file(&env, name, text.as_bytes());
        assert!(
            outcome.contents().contains(&"the bridge would reopen"),
            "{name}: the paragraph after the nesting is lost"
        );
    }
}
