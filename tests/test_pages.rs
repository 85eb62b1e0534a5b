//! Web pages as evidence: `ingest` of `.html` and `.htm` files and directories of them, with
//! the article text and metadata derived from the page, and the page's bytes kept as what the
//! document is identified by.

use crate::common::{TestEnv, fixtures};
use serde_json::Value;
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
    env.write("pages/FERRY.HTML", &ferry);
    env.write(
        "pages/bridge.htm",
        std::fs::read(page("city-bridge.htm")).unwrap(),
    );
    let run = env.run(&["ingest", "pages"]).success();
    assert!(run.stderr.contains("2 added"), "{}", run.stderr);
    assert_ferry_page(&shown_titled(&env, "Ferry to return in May"), &ferry);
    let bridge = shown_titled(&env, "Bridge to reopen on Friday");
    assert_eq!(bridge["outlet"], "City Daily", "the publisher in JSON-LD");
    assert_eq!(bridge["published"], "2024-04-12");
    assert_eq!(bridge["byline"], "Sam Lee");
    assert!(
        bridge["text"]
            .as_str()
            .unwrap()
            .starts_with("Jane Roe, the city engineer, said the bridge would reopen")
    );
    assert_claim_by(&bridge, "Jane Roe", "the bridge would reopen on Friday");
}

#[test]
fn a_sidecar_and_the_flags_win_over_the_page_metadata() {
    let env = TestEnv::new();
    env.write(
        "story.html",
        std::fs::read(page("harbour-ferry.html")).unwrap(),
    );
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
    env.write(
        "pages/ferry.html",
        std::fs::read(page("harbour-ferry.html")).unwrap(),
    );
    let run = env.run(&["ingest", "pages"]);
    run.failed_saying(1, &["pages/empty.html: no article", "1 added", "1 failed"]);
    shown_titled(&env, "Ferry to return in May");
}
