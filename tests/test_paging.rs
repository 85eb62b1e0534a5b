//! Listings page on a terminal and stream whole into a pipe (issue 15). A test cannot give the
//! binary a terminal for stdout, so `CLAIMTRACK_PAGE_AS_TERMINAL=1` makes it page as it would
//! on one; everything else is the real command.

use crate::common::{Run, TestEnv};

/// The claims the fixture articles yield, as a pipe gets them (every one).
fn all_claims(env: &TestEnv) -> Vec<serde_json::Value> {
    env.run(&["claims", "--format", "jsonl"]).success().jsonl()
}

fn as_on_a_terminal(env: &TestEnv, args: &[&str]) -> Run {
    env.command(args)
        .env("CLAIMTRACK_PAGE_AS_TERMINAL", "1")
        .output()
        .expect("run claimtrack")
        .into()
}

#[test]
fn a_pipe_gets_every_claim_and_no_note() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let run = env.run(&["claims", "--format", "jsonl"]).success();
    assert!(
        run.jsonl().len() > 60,
        "the fixtures yield more than a page"
    );
    assert!(!run.stderr.contains("more claims"), "{}", run.stderr);
    // Without a width (no COLUMNS), a table is a header and one line per claim.
    let table: Run = env
        .command(&["claims"])
        .env_remove("COLUMNS")
        .output()
        .unwrap()
        .into();
    assert_eq!(table.stdout.lines().count(), run.jsonl().len() + 1);
}

#[test]
fn a_terminal_gets_the_first_page_and_how_many_more() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let all = all_claims(&env);
    let run = as_on_a_terminal(&env, &["claims", "--format", "jsonl"]).success();
    let page = run.jsonl();
    assert_eq!(page.len(), 50);
    assert_eq!(page[..], all[..50], "the page is the listing's beginning");
    let note = format!("… {} more claims: --all or --limit N", all.len() - 50);
    assert!(run.stderr.contains(&note), "{}", run.stderr);
    // A table says the same, below its rows; the last claim of the page is in it, the next not.
    let table = as_on_a_terminal(&env, &["claims"]).success();
    assert!(table.stderr.contains(&note), "{}", table.stderr);
    let id_at = |line: &str| line.split_whitespace().next().map(str::to_string);
    let ids: Vec<Option<String>> = table.stdout.lines().map(id_at).collect();
    assert!(ids.contains(&Some(page[49]["id"].to_string())));
    assert!(!ids.contains(&Some(all[50]["id"].to_string())));
}

#[test]
fn all_and_limit_override_the_page() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let all = all_claims(&env);
    let every = as_on_a_terminal(&env, &["claims", "--all", "--format", "jsonl"]).success();
    assert_eq!(every.jsonl(), all);
    assert!(!every.stderr.contains("more"), "{}", every.stderr);
    for runner in [TestEnv::run, as_on_a_terminal] {
        let run = runner(&env, &["claims", "--limit", "3", "--format", "jsonl"]).success();
        assert_eq!(run.jsonl()[..], all[..3]);
        let note = format!("… {} more claims: --all or --limit N", all.len() - 3);
        assert!(run.stderr.contains(&note), "{}", run.stderr);
    }
    let exact = env
        .run(&[
            "claims",
            "--limit",
            &all.len().to_string(),
            "--format",
            "jsonl",
        ])
        .success();
    assert_eq!(exact.jsonl(), all);
    assert!(!exact.stderr.contains("more"), "{}", exact.stderr);
    env.run(&["claims", "--limit", "3", "--all"])
        .failed_saying(2, &["--all"]);
}

#[test]
fn docs_page_too() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let all = env.run(&["docs", "--format", "jsonl"]).success().jsonl();
    assert_eq!(all.len(), 5);
    let run = env
        .run(&["docs", "--limit", "2", "--format", "csv"])
        .success();
    assert_eq!(run.stdout.lines().count(), 3, "a header and two rows");
    assert!(
        run.stderr
            .contains("… 3 more documents: --all or --limit N"),
        "{}",
        run.stderr
    );
    let first = env
        .run(&["docs", "--limit", "1", "--format", "json"])
        .success();
    assert_eq!(first.json(), serde_json::json!([all[0]]));
    // Fewer documents than a page: all of them, and nothing to say.
    let terminal = as_on_a_terminal(&env, &["docs", "--format", "jsonl"]).success();
    assert_eq!(terminal.jsonl(), all);
    assert!(!terminal.stderr.contains("more"), "{}", terminal.stderr);
}

#[test]
fn documents_are_listed_by_outlet_then_the_ones_without() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let docs = env.run(&["docs", "--format", "jsonl"]).success().jsonl();
    let outlets: Vec<Option<String>> = docs
        .iter()
        .map(|d| d["outlet"].as_str().map(str::to_lowercase))
        .collect();
    let with: Vec<&Option<String>> = outlets.iter().filter(|o| o.is_some()).collect();
    let mut sorted = with.clone();
    sorted.sort();
    assert_eq!(with, sorted, "outlets in order");
    let first_without = outlets.iter().position(Option::is_none).unwrap();
    assert!(outlets[first_without..].iter().all(Option::is_none));
}

#[test]
fn search_ranks_the_better_match_first() {
    let env = TestEnv::new();
    let text = "The ferry report\n\n\
        The harbour master said the ferries kept to their timetable all week although the wind \
        rose on Tuesday and a storm was forecast for the weekend after the regatta.\n\n\
        The coastguard said storm after storm had battered the pier.\n";
    let sha = env.add_document("ferry.txt", text);
    let weak = env.add_claim(
        &sha,
        "the ferries kept to their timetable all week although the wind rose on Tuesday and a \
         storm was forecast for the weekend after the regatta",
        "Harbour Master",
    );
    let strong = env.add_claim(
        &sha,
        "storm after storm had battered the pier",
        "Coastguard",
    );
    assert!(weak["id"].as_i64() < strong["id"].as_i64());
    let found = env
        .run(&["claims", "--search", "storm", "--format", "jsonl"])
        .success()
        .jsonl();
    let ids: Vec<&serde_json::Value> = found.iter().map(|c| &c["id"]).collect();
    assert_eq!(ids, [&strong["id"], &weak["id"]], "the denser match first");
    // The other filters still narrow a search.
    let by_speaker = env
        .run(&[
            "claims",
            "--search",
            "storm",
            "--speaker",
            "Harbour Master",
            "--format",
            "jsonl",
        ])
        .success()
        .jsonl();
    assert_eq!(by_speaker.len(), 1);
    assert_eq!(by_speaker[0]["id"], weak["id"]);
}

#[test]
fn a_merged_speakers_claims_are_in_document_order() {
    let env = TestEnv::new();
    let first = env.add_document("a.txt", "One\n\nAnn Lee said the bridge would open.\n");
    let second = env.add_document("b.txt", "Two\n\nA. Lee said the road would close.\n");
    // Added in the opposite order to the documents', under two names.
    let later = env.add_claim(&second, "the road would close", "A. Lee");
    let earlier = env.add_claim(&first, "the bridge would open", "Ann Lee");
    env.run(&["speaker", "merge", "Ann Lee", "A. Lee"])
        .success();
    let listed = env
        .run(&["claims", "--speaker", "Ann Lee", "--format", "jsonl"])
        .success()
        .jsonl();
    let ids: Vec<&serde_json::Value> = listed.iter().map(|c| &c["id"]).collect();
    assert_eq!(ids, [&earlier["id"], &later["id"]]);
}

#[test]
fn speakers_page_too() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let all = env
        .run(&["speakers", "--format", "jsonl"])
        .success()
        .jsonl();
    assert!(all.len() > 3);
    let run = env
        .run(&["speakers", "--limit", "3", "--format", "jsonl"])
        .success();
    assert_eq!(run.jsonl()[..], all[..3]);
    let note = format!("… {} more speakers: --all or --limit N", all.len() - 3);
    assert!(run.stderr.contains(&note), "{}", run.stderr);
}

/// An audit ranks a page of documents in every format (1,000 off a terminal, 50 on one), says
/// how many it left out, and still checks and counts them all.
#[test]
fn audit_ranks_a_page_and_checks_every_document() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let whole = env.run(&["audit", "--all", "--format", "json"]).success();
    let whole = whole.json();
    let all = whole["documents"].as_array().unwrap().clone();
    assert!(all.len() > 3, "the fixtures hold several documents");
    assert_eq!(whole["documents_total"], all.len());
    // Fewer documents than either default: every one, and no note.
    for runner in [TestEnv::run, as_on_a_terminal] {
        let run = runner(&env, &["audit", "--format", "json"]).success();
        assert_eq!(run.json(), whole);
        assert!(!run.stderr.contains("more"), "{}", run.stderr);
    }
    let page = env
        .run(&["audit", "--limit", "2", "--top", "3", "--format", "json"])
        .success();
    let report = page.json();
    assert_eq!(report["documents"].as_array().unwrap()[..], all[..2]);
    assert_eq!(report["documents_total"], all.len());
    for key in ["outlets", "unsourced_documents"] {
        assert_eq!(report[key], whole[key], "{key} covers every document");
    }
    let unsourced = whole["unsourced_documents"].as_u64().unwrap();
    assert_eq!(report["listed_documents"], unsourced.min(3));
    let note = format!("… {} more documents: --all or --limit N", all.len() - 2);
    assert!(page.stderr.contains(&note), "{}", page.stderr);
    // The check covers the documents the page left out.
    let share = |d: &serde_json::Value| d["unsourced_share"].as_f64().unwrap();
    let limit = share(&all[2]) - 0.001;
    assert!(limit > 0.0, "the third document has unsourced claims");
    let checked = env.run(&[
        "audit",
        "--limit",
        "1",
        "--max-unsourced",
        &limit.to_string(),
    ]);
    let over: Vec<&str> = all
        .iter()
        .filter(|d| share(d) > limit)
        .map(|d| d["short_hash"].as_str().unwrap())
        .collect();
    assert!(over.len() > 1, "{over:?}");
    checked.failed_saying(3, &over);
}

/// `compare` streams its cells a page at a time in the data formats, and its table shows the
/// busiest speakers, as many as a page holds.
#[test]
fn compare_pages_its_cells_and_its_busiest_speakers() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let cells = env.run(&["compare", "--format", "jsonl"]).success().jsonl();
    assert!(cells.len() > 5, "the fixtures give several cells");
    let page = env
        .run(&["compare", "--limit", "5", "--format", "jsonl"])
        .success();
    assert_eq!(page.jsonl()[..], cells[..5]);
    let note = format!("… {} more cells: --all or --limit N", cells.len() - 5);
    assert!(page.stderr.contains(&note), "{}", page.stderr);
    let terminal = as_on_a_terminal(&env, &["compare", "--format", "jsonl"]).success();
    let first_page = &cells[..cells.len().min(50)];
    assert_eq!(terminal.jsonl()[..], first_page[..]);
    // The table's rows are speakers, the most claims first.
    let mut totals: Vec<(String, i64)> = Vec::new();
    for cell in &cells {
        let speaker = cell["speaker"].as_str().unwrap().to_string();
        match totals.iter_mut().find(|(name, _)| *name == speaker) {
            Some((_, total)) => *total += cell["claims"].as_i64().unwrap(),
            None => totals.push((speaker, cell["claims"].as_i64().unwrap())),
        }
    }
    totals.sort_by_key(|(_, total)| std::cmp::Reverse(*total));
    let table = env
        .command(&["compare", "--limit", "3"])
        .env("COLUMNS", "400")
        .output()
        .map(Run::from)
        .unwrap()
        .success();
    let shown: Vec<&str> = table.stdout.lines().skip(1).collect();
    assert_eq!(shown.len(), 3, "{}", table.stdout);
    for (line, (speaker, total)) in shown.iter().zip(&totals) {
        assert!(line.starts_with(speaker.as_str()), "{line} / {speaker}");
        assert!(line.contains(&format!(" {total} ")), "{line} / {total}");
    }
    let note = format!("… {} more speakers: --all or --limit N", totals.len() - 3);
    assert!(table.stderr.contains(&note), "{}", table.stderr);
}

/// `log` reads the change log as it prints it: a page is the log's beginning, and the note
/// says how many changes are left.
#[test]
fn log_pages_too() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let all = env.run(&["log", "--format", "jsonl"]).success().jsonl();
    assert!(all.len() > 3, "{}", all.len());
    for runner in [TestEnv::run, as_on_a_terminal] {
        let run = runner(&env, &["log", "--limit", "3", "--format", "jsonl"]).success();
        assert_eq!(run.jsonl()[..], all[..3]);
        let note = format!("… {} more changes: --all or --limit N", all.len() - 3);
        assert!(run.stderr.contains(&note), "{}", run.stderr);
    }
    let terminal = as_on_a_terminal(&env, &["log", "--format", "jsonl"]).success();
    assert_eq!(terminal.jsonl()[..], all[..all.len().min(50)]);
}

/// A speaker's "how many more" comes from the counts kept at write time: it is the listing's
/// own count, through merges and rejections.
#[test]
fn a_speakers_note_counts_the_whole_group_without_its_rejected_claims() {
    let env = TestEnv::new();
    let first = env.add_document("a.txt", "One\n\nAnn Lee said the bridge would open.\n");
    let second = env.add_document("b.txt", "Two\n\nA. Lee said the road would close.\n");
    let third = env.add_document("c.txt", "Three\n\nAnn Lee said the port would stay shut.\n");
    env.add_claim(&first, "the bridge would open", "Ann Lee");
    env.add_claim(&second, "the road would close", "A. Lee");
    let rejected = env.add_claim(&third, "the port would stay shut", "Ann Lee");
    env.run(&["speaker", "merge", "Ann Lee", "A. Lee"])
        .success();
    let id = rejected["id"].to_string();
    env.run(&["claim", "review", &id, "--reject"]).success();
    let all = env
        .run(&["claims", "--speaker", "A. Lee", "--format", "jsonl"])
        .success()
        .jsonl();
    let page = env
        .run(&[
            "claims",
            "--speaker",
            "A. Lee",
            "--limit",
            "1",
            "--format",
            "jsonl",
        ])
        .success();
    assert_eq!(page.jsonl()[..], all[..1]);
    let note = format!("… {} more claim: --all or --limit N", all.len() - 1);
    assert!(page.stderr.contains(&note), "{}", page.stderr);
}
