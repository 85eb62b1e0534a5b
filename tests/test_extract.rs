//! `extract`, `eval` and `reextract` on the fixture articles.

use crate::common::{TestEnv, fixture_article, fixtures};
use serde_json::Value;

fn span_of<'t>(text: &'t str, record: &Value, start: &str, end: &str) -> Option<&'t str> {
    let (s, e) = (
        record[start].as_u64()? as usize,
        record[end].as_u64()? as usize,
    );
    assert!(
        text.is_char_boundary(s) && text.is_char_boundary(e),
        "{record}"
    );
    Some(&text[s..e])
}

#[test]
fn every_span_of_every_fixture_is_exact() {
    let env = TestEnv::new();
    for prefix in ["000", "001", "002", "003", "004"] {
        let path = fixture_article(prefix);
        let text = std::fs::read_to_string(&path).unwrap();
        let records = env
            .run(&["extract", path.to_str().unwrap()])
            .success()
            .jsonl();
        assert!(
            records.len() >= 5,
            "{prefix}: only {} attributions",
            records.len()
        );
        for record in &records {
            assert_eq!(
                span_of(&text, record, "start", "end"),
                record["content"].as_str(),
                "{record}"
            );
            assert_eq!(
                span_of(&text, record, "source_start", "source_end"),
                record["source"].as_str()
            );
            assert_eq!(
                span_of(&text, record, "cue_start", "cue_end"),
                record["cue"].as_str()
            );
            assert_eq!(
                record["doc_sha256"],
                claimtrack::input::sha256_hex(text.as_bytes()).as_str()
            );
        }
    }
}

#[test]
fn eval_on_the_fixtures_meets_the_targets() {
    let env = TestEnv::new();
    let gold = fixtures().join("gold");
    let run = env
        .run(&[
            "eval",
            "--gold",
            gold.join("seeds.jsonl").to_str().unwrap(),
            "--docs",
            fixtures().join("articles").to_str().unwrap(),
            "--entities",
            gold.join("entities.json").to_str().unwrap(),
            "--format",
            "json",
        ])
        .success();
    let report = run.json();
    let figure = |key: &str| report[key].as_f64().unwrap();
    assert!(figure("attribution_f1") >= 0.85, "{report:#}");
    assert!(figure("span_f1") >= 0.90, "{report:#}");
    for key in ["source_kind_accuracy", "kind_accuracy", "stance_accuracy"] {
        assert!(figure(key) >= 0.85, "{key}: {report:#}");
    }
    // A gold row whose content is not in its article is an error, which `success` rules out.
    assert!(report["counts"]["gold_required"].as_u64().unwrap() >= 50);
}

#[test]
fn reextract_keeps_what_people_decided() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let sha = env.fixture_hash("000");
    let claims = env
        .run(&["claims", "--doc", &sha[..8], "--format", "json"])
        .success()
        .json();
    let claims = claims.as_array().unwrap();
    assert!(claims.len() >= 3);
    assert!(
        claims
            .iter()
            .all(|c| c["origin"].as_str().unwrap().starts_with("extractor/"))
    );
    let (rejected, accepted) = (claims[0]["id"].to_string(), claims[1]["id"].to_string());
    let rejected_span = (claims[0]["start"].clone(), claims[0]["end"].clone());
    env.run(&["claim", "review", &rejected, "--reject"])
        .success();
    env.run(&["claim", "review", &accepted, "--accept"])
        .success();
    // On text the extractor does not attribute, so it cannot collide with an extracted span.
    env.add_claim(&sha, "Tensions have risen in Iraq", "Someone Else");
    let before = env
        .run(&["claims", "--doc", &sha[..8], "--format", "json"])
        .success()
        .json();

    env.run(&["reextract"]).success();
    let after = env
        .run(&["claims", "--doc", &sha[..8], "--format", "json"])
        .success()
        .json();
    let after_all = env
        .run(&[
            "claims",
            "--doc",
            &sha[..8],
            "--review",
            "rejected",
            "--format",
            "json",
        ])
        .success()
        .json();
    assert_eq!(
        after_all.as_array().unwrap().len(),
        1,
        "the rejected claim stays, once"
    );
    let after = after.as_array().unwrap();
    assert_eq!(
        after.len(),
        before.as_array().unwrap().len(),
        "same claims, none doubled"
    );
    assert!(
        !after
            .iter()
            .any(|c| (c["start"].clone(), c["end"].clone()) == rejected_span),
        "a rejected extraction does not come back"
    );
    assert_eq!(
        after.iter().filter(|c| c["review"] == "accepted").count(),
        1
    );
    assert_eq!(after.iter().filter(|c| c["origin"] == "manual").count(), 1);
}

#[test]
fn ingest_stores_what_extract_finds() {
    let env = TestEnv::new();
    let path = fixture_article("001");
    let extracted = env
        .run(&["extract", path.to_str().unwrap()])
        .success()
        .jsonl();
    let ingested = env
        .run(&["ingest", "--format", "jsonl", path.to_str().unwrap()])
        .success()
        .jsonl();
    assert_eq!(
        ingested[0]["claims"].as_u64().unwrap() as usize,
        extracted.len()
    );
    let stored = env.run(&["claims", "--format", "json"]).success().json();
    let version = stored[0]["origin"].as_str().unwrap();
    assert!(version.starts_with("extractor/"), "{version}");
    assert!(
        stored
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["rule"].is_string())
    );
}

#[test]
fn extraction_survives_hostile_text() {
    let env = TestEnv::new();
    let cases: [(&str, Vec<u8>); 4] = [
        ("quotes.txt", "\"".repeat(100_000).into_bytes()),
        (
            "unbalanced.txt",
            "He said \u{201C}this never closes. \n\nShe said: \"fine\".\n"
                .as_bytes()
                .to_vec(),
        ),
        (
            "crlf.txt",
            b"\xef\xbb\xbfTitle\r\n\r\n\"Yes,\" the mayor said.\r\n".to_vec(),
        ),
        ("nopunct.txt", "word ".repeat(200_000).into_bytes()),
    ];
    for (name, bytes) in cases {
        let path = env.write(name, &bytes);
        let run = env.run(&["extract", path.to_str().unwrap()]);
        assert_eq!(run.code, 0, "{name}: {}", run.stderr);
        let text = String::from_utf8(bytes).unwrap();
        for record in run.jsonl() {
            assert_eq!(
                span_of(&text, &record, "start", "end"),
                record["content"].as_str()
            );
        }
    }
}
