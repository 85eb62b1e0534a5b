//! One bad value never throws away a batch (issue 9, problem 1): every value is checked before
//! the writer sees it, the same way in JSONL lines, sidecars and flags, and a bad document is
//! reported with its place and left out while the others are stored.

use crate::common::TestEnv;

fn document_count(env: &TestEnv) -> i64 {
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.query_row("SELECT count(*) FROM document", [], |r| r.get(0))
        .unwrap()
}

fn jsonl_line(i: usize, published: &str) -> String {
    serde_json::json!({
        "text": format!("Story {i}\n\nThe mayor said road {i} would reopen next week.\n"),
        "published": published,
    })
    .to_string()
}

#[test]
fn a_bad_date_on_line_501_costs_only_its_own_document() {
    let env = TestEnv::new();
    let mut lines: Vec<String> = (0..700).map(|i| jsonl_line(i, "2020-03-04")).collect();
    lines.insert(500, jsonl_line(9999, "-0001-01-01"));
    let path = env.write("negdate.jsonl", lines.join("\n") + "\n");
    let run = env.run(&["ingest", "--no-extract", path.to_str().unwrap()]);
    run.failed_saying(
        1,
        &[
            "negdate.jsonl:501: published: bad date \"-0001-01-01\"",
            "700 added, 0 already present, 1 failed",
        ],
    );
    assert_eq!(document_count(&env), 700);
}

#[test]
fn dates_the_schema_cannot_hold_are_refused_in_every_place() {
    for bad in ["-0001-01-01", "+10000-01-01", "2020-02-30", "9999-99-99"] {
        let env = TestEnv::new();
        let good = env.write("good.txt", "Good\n\nThe mayor said so.\n");
        let article = env.write("bad.txt", "Bad\n\nThe mayor said otherwise.\n");
        env.write("bad.json", format!("{{\"published\":\"{bad}\"}}"));
        let run = env.run(&["ingest", good.to_str().unwrap(), article.to_str().unwrap()]);
        run.failed_saying(1, &["bad.json: published: bad date"]);
        assert_eq!(
            document_count(&env),
            1,
            "{bad}: the good document is stored"
        );

        let flag = format!("--published={bad}");
        let run = env.run(&["ingest", &flag, good.to_str().unwrap()]);
        run.failed_saying(2, &["for '--published <DATE>': bad date"]);
    }
}

#[test]
fn an_outlet_of_invisible_characters_is_refused_with_its_line() {
    let env = TestEnv::new();
    let lines = [
        serde_json::json!({"text": "One\n\nThe mayor said so.\n", "outlet": "Daily"}).to_string(),
        serde_json::json!({"text": "Two\n\nThe mayor said no.\n", "outlet": "\u{200b}"})
            .to_string(),
    ];
    let path = env.write("outlets.jsonl", lines.join("\n"));
    let run = env.run(&["ingest", path.to_str().unwrap()]);
    run.failed_saying(
        1,
        &["outlets.jsonl:2: outlet \"\\u{200b}\": the name is empty"],
    );
    assert_eq!(document_count(&env), 1);
}
