//! The JSON keys are a public interface (listed in the README). These tests deserialise every
//! JSON output into structs that deny unknown fields, so adding, renaming or dropping a key
//! fails here first.

use crate::common::TestEnv;
use serde::Deserialize;

#[allow(dead_code)]
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Claim {
    id: i64,
    doc_sha256: String,
    doc_short: String,
    doc_title: Option<String>,
    outlet: Option<String>,
    published: Option<String>,
    start: usize,
    end: usize,
    content: String,
    kind: String,
    speaker: Option<String>,
    source: Option<String>,
    source_start: Option<usize>,
    source_end: Option<usize>,
    source_kind: String,
    cue: Option<String>,
    cue_start: Option<usize>,
    cue_end: Option<usize>,
    stance: String,
    framing: String,
    origin: String,
    rule: Option<String>,
    resolver: Option<String>,
    review: String,
    created_at: String,
}

#[allow(dead_code)]
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentSummary {
    sha256: String,
    short_hash: String,
    outlet: Option<String>,
    title: Option<String>,
    published: Option<String>,
    bytes: i64,
    claims: i64,
}

#[allow(dead_code)]
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ShownDocument {
    sha256: String,
    outlet: Option<String>,
    title: Option<String>,
    url: Option<String>,
    published: Option<String>,
    byline: Option<String>,
    origin_path: Option<String>,
    ingested_at: String,
    bytes: i64,
    text: String,
    claims: Vec<Claim>,
}

#[allow(dead_code)]
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Speaker {
    id: i64,
    name: String,
    kind: String,
    aliases: Vec<String>,
    claims: i64,
    outlets: Vec<OutletCount>,
    merged: Vec<String>,
}

#[allow(dead_code)]
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OutletCount {
    outlet: Option<String>,
    claims: i64,
}

#[allow(dead_code)]
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IngestRecord {
    status: String,
    origin: String,
    sha256: Option<String>,
    claims: Option<usize>,
    error: Option<String>,
}

#[allow(dead_code)]
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Extracted {
    file: String,
    doc_sha256: String,
    start: usize,
    end: usize,
    content: String,
    kind: String,
    speaker: Option<String>,
    source: Option<String>,
    source_start: Option<usize>,
    source_end: Option<usize>,
    source_kind: String,
    cue: Option<String>,
    cue_start: Option<usize>,
    cue_end: Option<usize>,
    stance: String,
    framing: String,
    rule: String,
    resolver: String,
}

fn env_with_a_claim() -> (TestEnv, String) {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let sha = env.fixture_hash("000");
    env.add_claim(&sha, "That will be in the next stage.", "A Spokesman");
    (env, sha)
}

#[test]
fn every_listing_has_its_documented_keys() {
    let (env, sha) = env_with_a_claim();
    for format in ["json", "jsonl"] {
        let run = env.run(&["claims", "--format", format]).success();
        let claims: Vec<Claim> = if format == "json" {
            serde_json::from_str(&run.stdout).unwrap()
        } else {
            run.stdout
                .lines()
                .map(|l| serde_json::from_str(l).unwrap())
                .collect()
        };
        assert!(!claims.is_empty());
        // An extracted claim names its rule and resolver; the claim added by hand names neither.
        for claim in &claims {
            let manual = claim.origin == "manual";
            assert_eq!(claim.rule.is_none(), manual, "{claim:?}");
            assert_eq!(claim.resolver.is_none(), manual, "{claim:?}");
        }
        let docs: Vec<DocumentSummary> =
            serde_json::from_str(&env.run(&["docs", "--format", "json"]).success().stdout).unwrap();
        assert_eq!(docs.len(), 5);
        let speakers: Vec<Speaker> =
            serde_json::from_str(&env.run(&["speakers", "--format", "json"]).success().stdout)
                .unwrap();
        assert!(!speakers.is_empty());
    }
    let shown: ShownDocument = serde_json::from_str(
        &env.run(&["show", &sha[..8], "--format", "json"])
            .success()
            .stdout,
    )
    .unwrap();
    assert_eq!(shown.sha256, sha);
    assert!(
        shown
            .claims
            .iter()
            .all(|c| shown.text[c.start..c.end] == c.content)
    );
}

#[test]
fn ingest_records() {
    let env = TestEnv::new();
    let run = env.ingest_fixtures();
    for line in run.stdout.lines() {
        let _: IngestRecord = serde_json::from_str(line).unwrap();
    }
}

#[test]
fn extract_records() {
    let env = TestEnv::new();
    let article = crate::common::fixture_article("000");
    let run = env.run(&["extract", article.to_str().unwrap()]).success();
    let text = std::fs::read_to_string(&article).unwrap();
    for line in run.stdout.lines() {
        let record: Extracted = serde_json::from_str(line).unwrap();
        assert_eq!(&text[record.start..record.end], record.content);
    }
    assert!(!env.db().exists(), "extract never touches the database");
}

#[test]
fn csv_has_a_header_and_one_row_per_claim() {
    let (env, _) = env_with_a_claim();
    let json = env.run(&["claims", "--format", "json"]).success().json();
    let csv = env.run(&["claims", "--format", "csv"]).success().stdout;
    let mut lines = csv.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .starts_with("id,doc_sha256,doc_short,doc_title,outlet")
    );
    assert_eq!(lines.count(), json.as_array().unwrap().len());
}
