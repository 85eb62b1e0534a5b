//! Snapshots of what people read (as in jj): every table listing, and every error message and
//! hint that the binary words from the library's error data. A change to any of them shows up
//! here as a diff to review. The database is made of two short made-up articles, so the tables
//! stay small. Times and the change log's hashes differ from run to run, and the extractor's
//! version changes with every release: they are masked.

use crate::common::{TestEnv, fixtures};

const DAILY: &str = "Bridge to reopen\n\nMayor Ann Lee said the bridge would reopen in May. \
\"We are on schedule,\" Lee said.\nCritics warned that the costs would rise, according to a \
council report.\n";
const WEEKLY: &str = "Bridge delayed\n\nAnn Lee, the mayor, said the bridge would reopen in \
June. Officials denied that the costs had risen.\n";

/// Two outlets' articles on one story, ingested, with a manual claim by a second speaker.
/// Returns the environment and the two documents' short hashes.
fn two_outlets() -> (TestEnv, String, String) {
    let env = TestEnv::new();
    env.write("daily.txt", DAILY);
    env.write("weekly.txt", WEEKLY);
    let daily = claimtrack::input::sha256_hex(DAILY.as_bytes())[..8].to_string();
    let weekly = claimtrack::input::sha256_hex(WEEKLY.as_bytes())[..8].to_string();
    let ingested = env.run(&[
        "ingest",
        "--outlet",
        "Daily A",
        "--published",
        "2024-05-01",
        "daily.txt",
    ]);
    let ingested = ingested.success().stdout
        + &env
            .run(&["ingest", "--outlet", "Weekly B", "weekly.txt"])
            .success()
            .stdout;
    insta::assert_snapshot!("ingest", ingested);
    env.add_claim(&weekly, "the costs had risen", "Bo Chan");
    (env, daily, weekly)
}

/// A time such as `2024-05-01T10:00:00Z` as `YYYY-MM-DDTHH:MM:SSZ` (as wide, so that columns
/// stay aligned), wherever it stands.
fn mask_times(text: &str) -> String {
    let mut masked = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(|c: char| c.is_ascii_digit()) {
        let candidate = rest[at..].get(..20).unwrap_or("");
        let shape = "dddd-dd-ddTdd:dd:ddZ";
        let is_time = candidate.len() == 20
            && candidate.chars().zip(shape.chars()).all(|(c, s)| match s {
                'd' => c.is_ascii_digit(),
                _ => c == s,
            });
        let end = if is_time { at + 20 } else { at + 1 };
        masked.push_str(&rest[..at]);
        masked.push_str(if is_time {
            "YYYY-MM-DDTHH:MM:SSZ"
        } else {
            &rest[at..end]
        });
        rest = &rest[end..];
    }
    masked.push_str(rest);
    masked
}

/// The change log's table with its times, its hashes (which cover the times) and the
/// extractor's version masked.
fn masked_log(table: &str) -> String {
    let version = format!("extractor/{}", claimtrack::extract::EXTRACTOR_VERSION);
    mask_times(table)
        .replace(&version, &format!("{:1$}", "extractor/[v]", version.len()))
        .lines()
        .map(|line| {
            let mut cells: Vec<&str> = line.split("  ").collect();
            if let Some(hash) = cells.iter_mut().find(|c| {
                let c = c.trim();
                c.len() == 12 && c.bytes().all(|b| b.is_ascii_hexdigit())
            }) {
                *hash = "[hash]      ";
            }
            cells.join("  ")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn every_table_listing() {
    let (env, daily, weekly) = two_outlets();
    let table = |args: &[&str]| env.run(args).success().stdout;
    insta::assert_snapshot!("docs", table(&["docs"]));
    insta::assert_snapshot!("claims", table(&["claims"]));
    insta::assert_snapshot!("show", mask_times(&table(&["show", &daily])));
    insta::assert_snapshot!("speakers", table(&["speakers"]));
    insta::assert_snapshot!("diff_documents", table(&["diff", &daily, &weekly]));
    insta::assert_snapshot!(
        "diff_outlets",
        table(&["diff", "--outlet", "Daily A", "--outlet", "Weekly B"])
    );
    insta::assert_snapshot!("compare", table(&["compare"]));
    insta::assert_snapshot!("audit", table(&["audit"]));
    insta::assert_snapshot!(
        "extract",
        table(&["extract", "--format", "table", "daily.txt"])
    );
    insta::assert_snapshot!("log", masked_log(&table(&["log"])));
    env.run(&["speaker", "merge", "Ann Lee", "Bo Chan"])
        .success();
    insta::assert_snapshot!("speakers_merged", table(&["speakers"]));
    insta::assert_snapshot!("speaker_merges", table(&["speakers", "--merges"]));
    // A second spelling of a name merged away, to be suggested.
    env.add_claim(&daily, "the costs would rise", "Bo Chen");
    insta::assert_snapshot!("speaker_suggestions", table(&["speakers", "--suggest"]));
}

#[test]
fn eval_tables() {
    let set = fixtures().join("evalformat");
    let path = |name: &str| set.join(name).to_str().unwrap().to_string();
    let (gold, docs, pred) = (path("gold.jsonl"), path("text"), path("pred.jsonl"));
    // Scoring a predictions file, so the figures do not move with the extractor.
    let eval = ["eval", "--gold", &gold, "--docs", &docs, "--pred", &pred];
    let env = TestEnv::new();
    let table = |extra: &[&str]| env.run(&[&eval[..], extra].concat()).success().stdout;
    insta::assert_snapshot!("eval", table(&[]));
    insta::assert_snapshot!("eval_by_cue", table(&["--by", "cue"]));
    // Older predictions that lack the first two: what they missed is gained.
    let lines: Vec<String> = std::fs::read_to_string(&pred)
        .unwrap()
        .lines()
        .skip(2)
        .map(|line| format!("{line}\n"))
        .collect();
    let old = env.write("old.jsonl", lines.concat());
    insta::assert_snapshot!("eval_compare", table(&["--compare", old.to_str().unwrap()]));
}

/// What ran and what it said on stderr, with its exit code.
fn ran(args: &[&str], run: &crate::common::Run) -> String {
    format!("{}\n[exit {}]\n{}", typed(args), run.code, run.stderr)
}

/// The command line as a person would type it, for a snapshot's record of what ran.
fn typed(args: &[&str]) -> String {
    let quoted = args.iter().map(|arg| {
        if arg.is_empty() || arg.contains(' ') {
            format!("{arg:?}")
        } else {
            arg.to_string()
        }
    });
    std::iter::once("$ claimtrack".to_string())
        .chain(quoted)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_error_the_binary_words() {
    let (env, _, _) = two_outlets();
    env.write("junk.db", "not a database\n");
    env.write(
        "blank.html",
        "<!DOCTYPE html><html><head><title>t</title></head></html>\n",
    );
    let cases: &[&[&str]] = &[
        &["claim", "rm", "99"],
        &["show", "ffffff"],
        &["show", "xyz"],
        &["speaker", "merge", "Nobody", "Ann Lee"],
        &["speaker", "unmerge", "Ann Lee"],
        &["speaker", "alias", "add", "Ann Lee", "Bo Chan"],
        &["claims", "--search", ""],
        &["claims", "--speaker", " "],
        &["--db", "junk.db", "docs"],
        &["ingest", "--max-bytes", "10", "daily.txt"],
        &["ingest", "/dev/zero"],
        &["claims", "--outlet", "Nope"],
        &["claims", "--speaker", "nobody at all"],
        &["diff", "--outlet", "Nope", "--outlet", "Daily"],
        &["--db", "missing.db", "docs"],
        &["ingest", "blank.html"],
        &["ingest", "http://127.0.0.1:9/story"],
    ];
    let mut said: Vec<String> = cases.iter().map(|args| ran(args, &env.run(args))).collect();
    let lock = env.hold_write_lock();
    let args = [
        "--db",
        "claims.db",
        "--busy-timeout",
        "0",
        "claim",
        "rm",
        "1",
    ];
    said.push(ran(&args, &env.run(&args)));
    drop(lock);
    let said = said.join("\n");
    insta::assert_snapshot!("errors", said);
}

/// A story with wide characters: CJK names and outlet, and an emoji, which take two columns
/// each on a terminal.
const WIDE: &str = "会谈将于下周恢复\n\nForeign minister 王小明 said the talks would resume in \
北京 next week 🎉. 李小龙 warned that 价格会上涨 before the talks, according to a ministry \
report that was seen by several reporters on the eve of the meeting.\n";

/// Lines wider than `width` display columns, if any.
fn too_wide(table: &str, width: usize) -> Vec<&str> {
    use unicode_width::UnicodeWidthStr;
    table.lines().filter(|line| line.width() > width).collect()
}

#[test]
fn wide_characters_at_60_and_120_columns() {
    let (env, daily, _) = two_outlets();
    env.write("wide.txt", WIDE);
    env.run(&["ingest", "--outlet", "人民日报", "wide.txt"])
        .success();
    let wide = claimtrack::input::sha256_hex(WIDE.as_bytes());
    env.add_claim(&wide, "价格会上涨", "李小龙");
    for width in ["60", "120"] {
        let table = |args: &[&str]| {
            let run: crate::common::Run = env
                .command(args)
                .env("COLUMNS", width)
                .output()
                .expect("run claimtrack")
                .into();
            let table = run.success().stdout;
            assert_eq!(too_wide(&table, width.parse().unwrap()), [] as [&str; 0]);
            table
        };
        insta::assert_snapshot!(format!("wide_claims_{width}"), table(&["claims"]));
        insta::assert_snapshot!(format!("wide_speakers_{width}"), table(&["speakers"]));
        insta::assert_snapshot!(format!("wide_docs_{width}"), table(&["docs"]));
        insta::assert_snapshot!(
            format!("wide_audit_{width}"),
            table(&["audit", "--top", "1"])
        );
        insta::assert_snapshot!(
            format!("wide_diff_{width}"),
            table(&["diff", &daily, &wide[..8]])
        );
    }
}

/// The problems `verify` finds, as a table: a claim whose text was edited behind the
/// database's back.
#[test]
fn verify_table() {
    let (env, _, _) = two_outlets();
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute(
        "UPDATE claim SET content = content || ' (edited)' WHERE id = 1",
        [],
    )
    .unwrap();
    drop(conn);
    let run = env.run(&["verify"]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    insta::assert_snapshot!("verify", run.stdout);
}
