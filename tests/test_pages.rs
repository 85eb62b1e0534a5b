//! Web pages as evidence: `ingest` of `.html` and `.htm` files, directories of them and
//! addresses (fetched from a server the test starts on 127.0.0.1), with the article text and
//! metadata derived from the page, and the page's bytes kept as what the document is identified
//! by; `verify`, `show`, `export` and `import` of such documents.

use crate::common::http::{Answer, serve};
use crate::common::{TestEnv, fixtures};
use serde_json::Value;
use std::collections::HashMap;
use std::path::PathBuf;

fn page(name: &str) -> PathBuf {
    fixtures().join("pages").join(name)
}

/// The stored document whose title is `title`, as `show` prints it, with its claims.
pub fn shown_titled(env: &TestEnv, title: &str) -> Value {
    let docs = env.run(&["docs", "--format", "json"]).success().json();
    let sha = docs
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["title"] == title)
        .unwrap_or_else(|| panic!("no document titled {title:?} in {docs:#}"))["sha256"]
        .as_str()
        .unwrap()
        .to_string();
    env.run(&["show", &sha, "--format", "json"])
        .success()
        .json()
}

#[track_caller]
pub fn assert_claim_by(shown: &Value, speaker: &str, content_start: &str) {
    let claims = shown["claims"].as_array().unwrap();
    assert!(
        claims.iter().any(|c| c["speaker"] == speaker
            && c["content"].as_str().unwrap().starts_with(content_start)),
        "no claim by {speaker} of {content_start:?}… in {claims:#?}"
    );
}

/// The harbour page as stored: metadata from its `og:` and `article:` tags, text without the
/// navigation and markup, a claim by the mayor; identified by the page's bytes.
#[track_caller]
pub fn assert_ferry_page(shown: &Value, bytes: &[u8]) {
    assert_eq!(shown["title"], "Ferry to return in May");
    assert_eq!(shown["outlet"], "The Harbour Gazette");
    assert_eq!(shown["published"], "2024-03-05");
    assert_eq!(shown["byline"], "Kim Park");
    let text = shown["text"].as_str().unwrap();
    assert!(
        text.starts_with("Mayor Zoë Ängström said the ferry would run again in May"),
        "{text:?}"
    );
    assert!(text.contains("\n\n“We have the crew, and we have the boat,” Ängström said."));
    assert!(!text.contains('<') && !text.contains("Home") && !text.contains("&ldquo;"));
    assert_claim_by(shown, "Zoë Ängström", "the ferry would run again in May");
    assert_eq!(shown["sha256"], claimtrack::input::sha256_hex(bytes));
}

#[test]
fn a_page_file_is_read_as_its_article_with_the_page_metadata() {
    let env = TestEnv::new();
    let path = page("harbour-ferry.html");
    let run = env.run(&["ingest", path.to_str().unwrap()]).success();
    assert!(run.stdout.contains("harbour-ferry.html"), "{}", run.stdout);
    let shown = shown_titled(&env, "Ferry to return in May");
    assert_ferry_page(&shown, &std::fs::read(&path).unwrap());
    assert_eq!(
        shown["url"], "https://harbour-gazette.example/local/ferry-to-return",
        "the canonical link"
    );
}

#[test]
fn a_directory_of_pages_is_read_whatever_the_case_of_their_extension() {
    let env = TestEnv::new();
    let ferry = std::fs::read(page("harbour-ferry.html")).unwrap();
    env.copy("pages/FERRY.HTML", &page("harbour-ferry.html"));
    env.copy("pages/bridge.htm", &page("city-bridge.htm"));
    let run = env.run(&["ingest", "pages"]).success();
    assert!(run.stderr.contains("2 added"), "{}", run.stderr);
    assert_ferry_page(&shown_titled(&env, "Ferry to return in May"), &ferry);
    assert_bridge_page(&shown_titled(&env, "Bridge to reopen on Friday"));
}

/// The bridge page as stored: metadata from its JSON-LD (the publisher is the outlet), a claim
/// by the engineer; identified by the page's bytes.
#[track_caller]
pub fn assert_bridge_page(bridge: &Value) {
    assert_eq!(bridge["outlet"], "City Daily", "the publisher in JSON-LD");
    assert_eq!(bridge["published"], "2024-04-12");
    assert_eq!(bridge["byline"], "Sam Lee");
    assert!(
        bridge["text"]
            .as_str()
            .unwrap()
            .starts_with("Jane Roe, the city engineer, said the bridge would reopen")
    );
    assert_claim_by(bridge, "Jane Roe", "the bridge would reopen on Friday");
    let bytes = std::fs::read(page("city-bridge.htm")).unwrap();
    assert_eq!(bridge["sha256"], claimtrack::input::sha256_hex(&bytes));
}

#[test]
fn a_sidecar_and_the_flags_win_over_the_page_metadata() {
    let env = TestEnv::new();
    env.copy("story.html", &page("harbour-ferry.html"));
    env.write(
        "story.json",
        r#"{"outlet": "Island Weekly", "published": "2024-03-06"}"#,
    );
    env.run(&["ingest", "story.html", "--title", "Ferry back in May"])
        .success();
    let shown = shown_titled(&env, "Ferry back in May");
    assert_eq!(shown["outlet"], "Island Weekly");
    assert_eq!(shown["published"], "2024-03-06");
    assert_eq!(
        shown["byline"], "Kim Park",
        "what neither says comes from the page"
    );
}

#[test]
fn a_page_without_article_text_is_an_error_naming_it_and_costs_no_other_page() {
    let env = TestEnv::new();
    env.write(
        "pages/empty.html",
        "<!DOCTYPE html><html><head><title>Nothing here</title></head><body> </body></html>",
    );
    env.copy("pages/ferry.html", &page("harbour-ferry.html"));
    let run = env.run(&["ingest", "pages"]);
    run.failed_saying(1, &["pages/empty.html: no article", "1 added", "1 failed"]);
    shown_titled(&env, "Ferry to return in May");
}

/// A database holding the two fixture pages; returns the harbour page's SHA-256.
fn env_with_pages() -> (TestEnv, String) {
    let env = TestEnv::new();
    env.run(&["ingest", fixtures().join("pages").to_str().unwrap()])
        .success();
    let bytes = std::fs::read(page("harbour-ferry.html")).unwrap();
    (env, claimtrack::input::sha256_hex(&bytes))
}

/// The problems `verify --format json` finds, after checking that it failed with exit code 3.
fn failed_verify(env: &TestEnv) -> Vec<Value> {
    let run = env.run(&["verify", "--format", "json"]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    run.json().as_array().unwrap().clone()
}

#[track_caller]
fn assert_problem(problems: &[Value], kind: &str, sha256: &str, saying: &str) {
    assert!(
        problems.iter().any(|p| p["kind"] == kind
            && p["document_sha256"] == sha256
            && p["detail"].as_str().unwrap().contains(saying)),
        "no {kind} problem of {sha256} saying {saying:?} in {problems:#?}"
    );
}

#[test]
fn show_says_which_hash_is_the_page_and_which_the_text() {
    let (env, sha) = env_with_pages();
    let shown = env
        .run(&["show", &sha, "--format", "json"])
        .success()
        .json();
    let text = shown["text"].as_str().unwrap();
    let page = &shown["page"];
    assert_eq!(
        page["text_sha256"],
        claimtrack::input::sha256_hex(text.as_bytes())
    );
    assert_eq!(page["media_type"], "text/html");
    assert_eq!(page["derivation"], claimtrack::input::html::DERIVATION);
    assert_eq!(page["fetched_at"], Value::Null);
    let bytes = std::fs::read(page_path()).unwrap();
    assert_eq!(page["bytes"], bytes.len());
    assert!(
        page.get("bytes_base64").is_none(),
        "show leaves the bytes out"
    );
    let table = env.run(&["show", &sha]).success().stdout;
    assert!(
        table.contains(&format!("{sha}  (SHA-256 of the page received)")),
        "{table}"
    );
    assert!(
        table.contains("(SHA-256 of the text derived from it)"),
        "{table}"
    );
    assert!(
        table.contains(claimtrack::input::html::DERIVATION),
        "{table}"
    );
    // A document read as text has no page.
    let plain = env.add_document("plain.txt", "Jane Roe said the bridge would reopen.\n");
    let shown = env
        .run(&["show", &plain, "--format", "json"])
        .success()
        .json();
    assert!(shown.get("page").is_none(), "{shown:#}");
}

fn page_path() -> PathBuf {
    page("harbour-ferry.html")
}

#[test]
fn verify_passes_on_pages_and_fails_naming_the_document_when_the_page_is_altered() {
    let (env, sha) = env_with_pages();
    let run = env.run(&["verify", "--format", "json"]).success();
    assert_eq!(run.json(), serde_json::json!([]));
    // Another page, stored beside it, stands in for the harbour page's bytes.
    let altered = std::fs::read_to_string(page_path())
        .unwrap()
        .replace("Mayor Zoë", "Major Zoë");
    env.write("altered.html", &altered);
    env.run(&["ingest", "altered.html"]).success();
    let altered_sha = claimtrack::input::sha256_hex(altered.as_bytes());
    {
        let conn = rusqlite::Connection::open(env.db()).unwrap();
        conn.execute(
            "UPDATE document_page SET bytes_zstd = (
                 SELECT p.bytes_zstd FROM document_page p JOIN document d ON d.id = p.document_id
                 WHERE d.sha256 = ?1)
             WHERE document_id = (SELECT id FROM document WHERE sha256 = ?2)",
            [&altered_sha, &sha],
        )
        .unwrap();
    }
    let problems = failed_verify(&env);
    let short = &sha[..12];
    assert_problem(
        &problems,
        "hash_mismatch",
        &sha,
        &format!("document {short}: the stored page hashes to {altered_sha}"),
    );
    assert_problem(
        &problems,
        "derivation_mismatch",
        &sha,
        "the stored text is not what the stored page gives",
    );
    assert!(
        problems.iter().all(|p| p["document_sha256"] == sha),
        "only the altered document: {problems:#?}"
    );
}

#[test]
fn verify_fails_naming_the_document_when_the_derived_text_is_altered() {
    let (env, sha) = env_with_pages();
    {
        let conn = rusqlite::Connection::open(env.db()).unwrap();
        conn.execute(
            "UPDATE document_text SET text = replace(text, 'the school bus', 'the school van')
             WHERE document_id = (SELECT id FROM document WHERE sha256 = ?1)",
            [&sha],
        )
        .unwrap();
    }
    let problems = failed_verify(&env);
    let short = &sha[..12];
    assert_problem(
        &problems,
        "text_hash_mismatch",
        &sha,
        &format!("document {short}: the stored text hashes to"),
    );
    assert_problem(&problems, "derivation_mismatch", &sha, "derived \"…");
}

#[test]
fn verify_says_so_when_a_page_was_derived_by_another_derivation() {
    let (env, sha) = env_with_pages();
    {
        let conn = rusqlite::Connection::open(env.db()).unwrap();
        conn.execute(
            "UPDATE document_page SET derivation = 'html-text/0 (an older reader)'",
            [],
        )
        .unwrap();
    }
    let problems = failed_verify(&env);
    assert_problem(
        &problems,
        "derivation_changed",
        &sha,
        "derived by \"html-text/0 (an older reader)\"",
    );
    assert!(
        problems.iter().all(|p| p["kind"] == "derivation_changed"),
        "the hashes still check: {problems:#?}"
    );
}

#[test]
fn an_export_carries_the_pages_and_an_imported_database_verifies() {
    let (env, sha) = env_with_pages();
    for format in ["jsonl", "json"] {
        let export = env.run(&["export", "--format", format]).success().stdout;
        assert!(export.contains("\"bytes_base64\":"), "{format}");
        let copy = TestEnv::new();
        let file = copy.write(&format!("export.{format}"), &export);
        copy.run(&["import", file.to_str().unwrap()]).success();
        copy.run(&["verify"]).success();
        let shown = copy
            .run(&["show", &sha, "--format", "json"])
            .success()
            .json();
        assert_ferry_page(&shown, &std::fs::read(page_path()).unwrap());
        let again = copy.run(&["export", "--format", format]).success().stdout;
        assert_eq!(again, export, "{format}: the same bytes after the trip");
    }
}

#[test]
fn an_export_whose_page_was_edited_is_refused() {
    let (env, sha) = env_with_pages();
    let export = env.run(&["export"]).success().stdout;
    let edited: String = export
        .lines()
        .map(|line| {
            let mut record: Value = serde_json::from_str(line).unwrap();
            if record["sha256"] == sha {
                // "<!DOCTYPE html>…" with the bits of its first byte changed.
                let encoded = record["page"]["bytes_base64"].as_str().unwrap();
                assert!(encoded.starts_with("PCFET0NUWVBF"), "{encoded}");
                record["page"]["bytes_base64"] = format!("Q{}", &encoded[1..]).into();
            }
            record.to_string() + "\n"
        })
        .collect();
    let copy = TestEnv::new();
    let file = copy.write("export.jsonl", edited);
    copy.run(&["import", file.to_str().unwrap()]).failed_saying(
        1,
        &[&format!(
            "document {}: hash mismatch: the page's SHA-256 is",
            &sha[..12]
        )],
    );
}

/// The harbour page, served at `/ferry` and behind a redirect at `/old/ferry`, with a page that
/// is not HTML and an oversized one.
fn harbour_server() -> String {
    let ferry = std::fs::read(page_path()).unwrap();
    let mut answers = HashMap::new();
    answers.insert("/ferry", Answer::page("text/html; charset=utf-8", ferry));
    answers.insert("/old/ferry", Answer::redirect("/ferry"));
    answers.insert("/data", Answer::page("application/json", "{\"text\": 1}"));
    answers.insert(
        "/big",
        Answer::page("text/html", format!("<html>{}</html>", "x".repeat(5000))),
    );
    serve(answers)
}

#[test]
fn an_address_is_fetched_following_redirects_and_stored_as_its_page() {
    let env = TestEnv::new();
    let server = harbour_server();
    let address = format!("{server}/old/ferry");
    let run = env.run(&["ingest", &address]).success();
    assert!(run.stdout.contains(&address), "{}", run.stdout);
    let shown = shown_titled(&env, "Ferry to return in May");
    assert_ferry_page(&shown, &std::fs::read(page_path()).unwrap());
    assert_eq!(shown["url"], format!("{server}/ferry"), "the final address");
    assert_eq!(shown["page"]["media_type"], "text/html; charset=utf-8");
    let fetched = shown["page"]["fetched_at"].as_str().unwrap();
    assert!(
        claimtrack::input::parse_timestamp(fetched).is_ok() && fetched.ends_with('Z'),
        "{fetched}"
    );
    env.run(&["verify"]).success();
}

#[test]
fn an_address_that_cannot_be_read_as_a_page_is_an_input_error_naming_it() {
    let env = TestEnv::new();
    let server = harbour_server();
    let missing = format!("{server}/gone");
    let data = format!("{server}/data");
    let big = format!("{server}/big");
    let good = format!("{server}/ferry");
    let run = env.run(&[
        "ingest",
        "--max-bytes",
        "2000",
        &missing,
        &data,
        &big,
        &good,
    ]);
    run.failed_saying(
        1,
        &[
            &format!("{missing}: HTTP 404 Not Found"),
            &format!("{data}: not a web page (Content-Type: application/json)"),
            &format!("{big}: at least 2001 bytes, more than --max-bytes (2000); not read"),
            "1 added",
            "3 failed",
        ],
    );
    // Nothing listens on a port just freed.
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("http://{}/ferry", listener.local_addr().unwrap())
    };
    env.run(&["ingest", &closed])
        .failed_saying(1, &[&format!("{closed}: cannot fetch: ")]);
}

#[test]
fn extract_reads_a_page_as_its_article_too() {
    let env = TestEnv::new();
    let path = page_path();
    let records = env
        .run(&["extract", path.to_str().unwrap()])
        .success()
        .jsonl();
    let bytes = std::fs::read(&path).unwrap();
    assert!(
        records
            .iter()
            .all(|r| r["doc_sha256"] == claimtrack::input::sha256_hex(&bytes))
    );
    assert!(
        records.iter().any(|r| r["speaker"] == "Zoë Ängström"
            && r["content"] == "We have the crew, and we have the boat"),
        "{records:#?}"
    );
    assert!(
        records
            .iter()
            .all(|r| !r["content"].as_str().unwrap().contains('<'))
    );
}
