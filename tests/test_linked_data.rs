//! `export --format web-annotation` and `--format schema-claim`: the claims as the linked data
//! that annotation clients and fact-checking tools read. Each is deserialised into the library's
//! own types, and every Web Annotation selector is shown to find its claim in the document.

use crate::common::TestEnv;
use claimtrack::linked_data::schema_claim::Claim;
use claimtrack::linked_data::web_annotation::{Annotation, anchor_quote};
use serde_json::Value;

const FERRY: &str = "Mayor Zoë Ängström said the ferry would run again in May. \
Officials doubted it, according to a report by the port authority.\n\n\
\"We have the crew,\" said Ängström.\n";

fn env_with_ferry_story() -> (TestEnv, String) {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let path = env.write("ferry.txt", FERRY);
    let run = env
        .run(&[
            "ingest",
            path.to_str().unwrap(),
            "--url",
            "https://news.example.org/ferry",
            "--title",
            "Ferry to return in May",
            "--outlet",
            "The Harbour Gazette",
            "--published",
            "2024-03-05",
            "--format",
            "json",
        ])
        .success();
    let sha = run
        .stdout
        .split('"')
        .find(|part| part.len() == 64)
        .unwrap()
        .to_string();
    (env, sha)
}

fn export_items(env: &TestEnv, format: &str, key: &str) -> Vec<Value> {
    let page = env.run(&["export", "--format", format]).success().json();
    page[key].as_array().expect("an array of items").clone()
}

fn document_text(env: &TestEnv, sha: &str) -> String {
    let shown = env.run(&["show", sha, "--format", "json"]).success().json();
    shown["text"]
        .as_str()
        .or(shown["document"]["text"].as_str())
        .unwrap()
        .to_string()
}

#[test]
fn every_web_annotation_finds_its_claim_again_by_quote_and_by_position() {
    let (env, _) = env_with_ferry_story();
    let items = export_items(&env, "web-annotation", "items");
    let claims = env.run(&["claims", "--format", "json"]).success().json();
    assert_eq!(items.len(), claims.as_array().unwrap().len());
    for item in items {
        let annotation: Annotation = serde_json::from_value(item).unwrap();
        let text = document_text(&env, &annotation.body.document_sha256);
        let (quote, position) = &annotation.target.selector;
        let by_position: String = text
            .chars()
            .skip(position.start)
            .take(position.end - position.start)
            .collect();
        assert_eq!(by_position, quote.exact, "{}", annotation.id);
        assert_eq!(
            anchor_quote(&text, quote),
            Some(position.start),
            "{}",
            annotation.id
        );
        assert!(quote.prefix.chars().count() <= 32 && quote.suffix.chars().count() <= 32);
    }
}

#[test]
fn a_web_annotation_targets_the_url_and_says_who_said_it_and_how() {
    let (env, sha) = env_with_ferry_story();
    let page = env
        .run(&["export", "--format", "web-annotation"])
        .success()
        .json();
    assert_eq!(page["type"], "AnnotationPage");
    assert_eq!(page["@context"][0], "http://www.w3.org/ns/anno.jsonld");
    let ferry: Vec<Annotation> = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| serde_json::from_value(item.clone()).unwrap())
        .filter(|a: &Annotation| a.body.document_sha256 == sha)
        .collect();
    let said = ferry
        .iter()
        .find(|a| a.target.selector.0.exact == "the ferry would run again in May")
        .expect("the indirect claim");
    assert_eq!(said.target.source, "https://news.example.org/ferry");
    assert_eq!(said.body.speaker.as_deref(), Some("Zoë Ängström"));
    assert_eq!(said.body.cue.as_deref(), Some("said"));
    assert_eq!(
        said.target.selector.1.start,
        "Mayor Zoë Ängström said ".chars().count()
    );
    assert!(said.id.starts_with(&format!("urn:claimtrack:claim:{sha}:")));
    let fixtures = page["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|item| item["body"]["documentSha256"] != sha.as_str());
    for item in fixtures {
        let source = item["target"]["source"].as_str().unwrap();
        assert!(
            source.starts_with("urn:sha256:"),
            "a document without a URL is named by its hash: {source}"
        );
    }
}

#[test]
fn schema_claims_carry_author_appearance_and_date() {
    let (env, sha) = env_with_ferry_story();
    let graph = export_items(&env, "schema-claim", "@graph");
    let claims: Vec<Claim> = graph
        .iter()
        .map(|item| serde_json::from_value(item.clone()).unwrap())
        .collect();
    let said = claims
        .iter()
        .find(|c| c.text == "the ferry would run again in May")
        .expect("the indirect claim");
    let author = said.author.as_ref().expect("a named person is the author");
    assert_eq!(author.kind.as_deref(), Some("Person"));
    assert_eq!(author.name, "Zoë Ängström");
    assert_eq!(said.appearance.kind, "NewsArticle");
    assert_eq!(
        said.appearance.url.as_deref(),
        Some("https://news.example.org/ferry")
    );
    assert_eq!(
        said.appearance.headline.as_deref(),
        Some("Ferry to return in May")
    );
    let publisher = said.appearance.publisher.as_ref().unwrap();
    assert_eq!(publisher.kind.as_deref(), Some("Organization"));
    assert_eq!(publisher.name, "The Harbour Gazette");
    assert_eq!(said.date_published.as_deref(), Some("2024-03-05"));
    assert!(said.id.contains(&sha));
    let unnamed = claims.iter().filter(|c| c.author.is_none());
    for claim in unnamed {
        assert!(
            claim.description.is_some(),
            "a claim without an author says why: {}",
            claim.id
        );
    }
}

#[test]
fn the_linked_formats_are_for_export_only() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    env.run(&["claims", "--format", "schema-claim"])
        .failed_saying(
            2,
            &["--format web-annotation and --format schema-claim are for `export` only"],
        );
}

#[test]
fn a_database_without_claims_exports_an_empty_page() {
    let empty = TestEnv::new();
    let path = empty.write("quiet.txt", "The ferry left at noon.\n");
    empty.run(&["ingest", path.to_str().unwrap()]).success();
    for (format, key) in [("web-annotation", "items"), ("schema-claim", "@graph")] {
        let page = empty.run(&["export", "--format", format]).success().json();
        assert_eq!(page[key], serde_json::json!([]), "{format}");
    }
}
