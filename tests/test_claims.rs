//! Manual claims, aliases and the listings built on them.

use crate::common::{KADHIMI_CLAIM, TestEnv, fixture_article};

#[test]
fn manual_claim_found_through_an_alias() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    env.add_kadhimi_claim_and_alias();
    let sha = env.fixture_hash("000");

    let claims = env
        .run(&["claims", "--speaker", "kadhemi", "--format", "json"])
        .success()
        .json();
    let manual: Vec<_> = claims
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["origin"] == "manual")
        .collect();
    assert_eq!(manual.len(), 1, "{claims:#}");
    let claim = manual[0];
    assert_eq!(claim["doc_sha256"], sha.as_str());
    assert_eq!(claim["content"], KADHIMI_CLAIM);
    let text = std::fs::read_to_string(fixture_article("000")).unwrap();
    let (start, end) = (
        claim["start"].as_u64().unwrap() as usize,
        claim["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], KADHIMI_CLAIM);
    let (s, e) = (
        claim["cue_start"].as_u64().unwrap() as usize,
        claim["cue_end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[s..e], "has said");
    assert_eq!(claim["kind"], "indirect");
    assert_eq!(claim["source_kind"], "named");

    // Case and accents do not matter, and the canonical name works as well as the alias.
    for query in ["KADHEMI", "Kadhémi", "mustafa al-kadhimi"] {
        let found = env
            .run(&["claims", "--speaker", query, "--format", "json"])
            .success()
            .json();
        assert!(
            found
                .as_array()
                .unwrap()
                .iter()
                .any(|c| c["origin"] == "manual"),
            "{query}"
        );
    }
}

#[test]
fn content_is_found_across_typography() {
    let env = TestEnv::new();
    let text =
        "Title\n\n\u{201C}We will not stop\u{00A0}\u{2014} ever,\u{201D} the spokesman said.\n";
    let sha = env.add_document("typo.txt", text);
    let run = env
        .run(&[
            "claim",
            "add",
            "--doc",
            &sha[..6],
            "--content",
            "We will not stop - ever",
            "--format",
            "json",
        ])
        .success();
    let claim = &run.json()[0];
    assert_eq!(claim["content"], "We will not stop\u{00A0}\u{2014} ever");
    assert_eq!(claim["kind"], "direct");
    assert_eq!(claim["source_kind"], "none");
}

#[test]
fn edit_review_and_remove() {
    let env = TestEnv::new();
    let text = "Title\n\nThe minister said taxes would fall. Critics claimed taxes would rise.\n";
    let sha = env.add_document("t.txt", text);
    let added = env
        .run(&[
            "claim",
            "add",
            "--doc",
            &sha[..8],
            "--content",
            "taxes would rise",
            "--speaker",
            "Critics",
            "--format",
            "json",
        ])
        .success()
        .json();
    let id = added[0]["id"].as_i64().unwrap().to_string();

    let edited = env
        .run(&[
            "claim",
            "edit",
            &id,
            "--speaker",
            "",
            "--source",
            "Critics",
            "--source-kind",
            "vague",
            "--cue",
            "claimed",
            "--framing",
            "distance",
            "--format",
            "json",
        ])
        .success()
        .json();
    assert_eq!(edited[0]["speaker"], serde_json::Value::Null);
    assert_eq!(edited[0]["source_kind"], "vague");
    assert_eq!(edited[0]["cue"], "claimed");
    assert_eq!(edited[0]["framing"], "distance");

    let vague = env
        .run(&["claims", "--source-kind", "vague", "--format", "json"])
        .success()
        .json();
    assert_eq!(vague.as_array().unwrap().len(), 1);

    env.run(&["claim", "review", &id, "--reject"]).success();
    assert_eq!(
        env.run(&["claims", "--format", "json"])
            .success()
            .json()
            .as_array()
            .unwrap()
            .len(),
        0
    );
    let rejected = env
        .run(&["claims", "--review", "rejected", "--format", "json"])
        .success()
        .json();
    assert_eq!(rejected.as_array().unwrap().len(), 1);

    env.run(&["claim", "rm", &id]).success();
    let run = env.run(&["claim", "rm", &id]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains(&format!("claim {id}: no such claim")),
        "{}",
        run.stderr
    );
}

#[test]
fn search_takes_user_words_literally() {
    let env = TestEnv::new();
    let text = "Title\n\nThe envoy said the talks would resume in Geneva.\n";
    let sha = env.add_document("t.txt", text);
    env.add_claim(&sha, "the talks would resume in Geneva", "Envoy");
    let count = |query: &str| {
        let run = env.run(&["claims", "--search", query, "--format", "json"]);
        assert_eq!(run.code, 0, "{query}: {}", run.stderr);
        run.json().as_array().unwrap().len()
    };
    assert_eq!(count("talks geneva"), 1);
    assert_eq!(count("talks OR nothing"), 0);
    for hostile in [
        "\"",
        "talks\"; DROP TABLE claim; --",
        "NEAR(talks",
        "talks*",
        "content:talks",
        "'",
    ] {
        count(hostile);
    }
    assert_eq!(count("talks"), 1, "the claim survives hostile queries");
    // A hostile speaker name finds no speaker: a mistake reported as such, not an injection.
    env.run(&["claims", "--speaker", "x' OR 1=1 --", "--format", "json"])
        .failed_saying(1, &["no speaker is known as \"x' OR 1=1 --\""]);
    assert_eq!(
        count("talks"),
        1,
        "the claim survives a hostile speaker name"
    );
}

#[test]
fn speakers_count_claims_per_outlet() {
    let env = TestEnv::new();
    let one = env.write("one.txt", "One\n\nThe envoy said talks would resume.\n");
    let two = env.write("two.txt", "Two\n\nThe envoy said talks had failed.\n");
    env.run(&[
        "ingest",
        "--no-extract",
        "--outlet",
        "Wire A",
        one.to_str().unwrap(),
    ])
    .success();
    env.run(&[
        "ingest",
        "--no-extract",
        "--outlet",
        "Wire B",
        two.to_str().unwrap(),
    ])
    .success();
    for (file, content) in [
        (
            "One\n\nThe envoy said talks would resume.\n",
            "talks would resume",
        ),
        (
            "Two\n\nThe envoy said talks had failed.\n",
            "talks had failed",
        ),
    ] {
        let sha = claimtrack::input::sha256_hex(file.as_bytes());
        env.add_claim(&sha, content, "Jane Envoy");
    }
    let speakers = env.run(&["speakers", "--format", "json"]).success().json();
    assert_eq!(speakers[0]["name"], "Jane Envoy");
    assert_eq!(speakers[0]["claims"], 2);
    assert_eq!(
        speakers[0]["outlets"],
        serde_json::json!([{"outlet": "Wire A", "claims": 1}, {"outlet": "Wire B", "claims": 1}])
    );

    let table = env.run(&["speakers"]).success().stdout;
    insta::assert_snapshot!(table, @r"
    SPEAKER     KIND     CLAIMS  BY OUTLET           MERGED NAMES  ALIASES
    Jane Envoy  unknown       2  Wire A 1, Wire B 1
    ");
    let by_outlet = env
        .run(&["claims", "--outlet", "wire a", "--format", "json"])
        .success()
        .json();
    assert_eq!(by_outlet.as_array().unwrap().len(), 1);
}
