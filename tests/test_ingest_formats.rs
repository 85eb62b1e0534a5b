//! `ingest` of the files newsrooms and research groups have besides plain text: a CSV export
//! (one article per row under a header), a JSON array of articles, and directories holding
//! them; and what it says about a file it does not read.

use crate::common::TestEnv;
use serde_json::Value;

const FERRY: &str = "Mayor Zoë Ängström said the ferry would run again in May.\n\n\
\"We have the crew,\" said Ängström.";
const BRIDGE: &str = "Jane Roe, the city engineer, said the bridge would reopen on Friday.";

/// The stored document whose text is `text`, as `show` prints it, with its claims.
fn shown_with_text(env: &TestEnv, text: &str) -> Value {
    let docs = env.run(&["docs", "--format", "json"]).success().json();
    let shas: Vec<String> = docs
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["sha256"].as_str().unwrap().to_string())
        .collect();
    shas.iter()
        .map(|sha| env.run(&["show", sha, "--format", "json"]).success().json())
        .find(|shown| shown["text"] == text)
        .unwrap_or_else(|| panic!("no document holds {text:?}"))
}

#[track_caller]
fn assert_document(shown: &Value, title: &str, outlet: &str, published: Option<&str>) {
    assert_eq!(shown["title"], title);
    assert_eq!(shown["outlet"], outlet);
    assert_eq!(shown["published"].as_str(), published);
}

#[track_caller]
fn assert_claim_by(shown: &Value, speaker: &str, content: &str) {
    let claims = shown["claims"].as_array().unwrap();
    assert!(
        claims
            .iter()
            .any(|c| c["speaker"] == speaker && c["content"] == content),
        "no claim by {speaker} of {content:?} in {claims:#?}"
    );
}

/// Both articles stored with their title, outlet, date and a claim each; returns the ferry's.
#[track_caller]
fn assert_ferry_and_bridge_stored(env: &TestEnv) -> Value {
    let ferry = shown_with_text(env, FERRY);
    let published = Some("2024-03-05");
    assert_document(&ferry, "Ferry to return", "The Harbour Gazette", published);
    assert_claim_by(&ferry, "Zoë Ängström", "the ferry would run again in May");
    let bridge = shown_with_text(env, BRIDGE);
    assert_document(&bridge, "Bridge to reopen", "City Daily", None);
    assert_claim_by(&bridge, "Jane Roe", "the bridge would reopen on Friday");
    ferry
}

fn csv_quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

#[test]
fn a_csv_file_gives_a_document_per_row_with_the_metadata_of_its_columns() {
    let env = TestEnv::new();
    let table = format!(
        "section,title,text,outlet,date,author\n\
         local,Ferry to return,{},The Harbour Gazette,2024-03-05,Kim Park\n\
         city,Bridge to reopen,{},City Daily,,\n",
        csv_quoted(FERRY),
        csv_quoted(BRIDGE)
    );
    let path = env.write("export.csv", table);
    let run = env.run(&["ingest", path.to_str().unwrap()]).success();
    assert!(run.stdout.contains("export.csv:2"), "{}", run.stdout);
    assert!(
        run.stdout.contains("export.csv:5"),
        "the second row starts on line 5: {}",
        run.stdout
    );
    let ferry = assert_ferry_and_bridge_stored(&env);
    assert_eq!(ferry["byline"], "Kim Park");
    assert_claim_by(&ferry, "Zoë Ängström", "We have the crew");
}

#[test]
fn a_csv_file_without_a_text_column_is_refused_naming_the_columns_it_has() {
    let env = TestEnv::new();
    let path = env.write("export.csv", "title,body_html\nA,<p>B</p>\n");
    env.run(&["ingest", path.to_str().unwrap()]).failed_saying(
        1,
        &[
            "export.csv:1: no text column in the header row (found: title, body_html)",
            "hint: a CSV file needs a header row with a `text` column",
        ],
    );
}

#[test]
fn a_bad_csv_row_is_reported_with_its_line_and_costs_no_other_row() {
    let env = TestEnv::new();
    let table = format!(
        "title,text\nEmpty,\nBridge,{}\nBinary,\"a\0b\"\n",
        csv_quoted(BRIDGE)
    );
    let path = env.write("rows.csv", table);
    let run = env.run(&["ingest", path.to_str().unwrap()]);
    run.failed_saying(
        1,
        &[
            "rows.csv:2: the text column is empty",
            "rows.csv:4: binary file: NUL byte",
            "1 added",
        ],
    );
    assert_claim_by(
        &shown_with_text(&env, BRIDGE),
        "Jane Roe",
        "the bridge would reopen on Friday",
    );
}

#[test]
fn a_json_array_of_articles_is_read_like_jsonl_and_a_bad_element_costs_only_itself() {
    let env = TestEnv::new();
    let articles = serde_json::json!([
        {"text": FERRY, "title": "Ferry to return", "outlet": "The Harbour Gazette", "published": "2024-03-05"},
        {"txt": "a misspelt key"},
        {"text": BRIDGE, "title": "Bridge to reopen", "outlet": "City Daily"}
    ]);
    let path = env.write("articles.json", articles.to_string());
    let run = env.run(&["ingest", path.to_str().unwrap()]);
    run.failed_saying(
        1,
        &[
            "articles.json[1]: bad article: missing field `text`",
            "2 added",
        ],
    );
    assert!(run.stdout.contains("articles.json[0]") && run.stdout.contains("articles.json[2]"));
    assert_ferry_and_bridge_stored(&env);
}

#[test]
fn a_json_file_that_is_not_an_array_is_refused_with_what_a_json_file_may_be() {
    let env = TestEnv::new();
    let path = env.write("meta.json", r#"{"outlet": "City Daily"}"#);
    env.run(&["ingest", path.to_str().unwrap()]).failed_saying(
        1,
        &[
            "meta.json:1:1: invalid type: map, expected an array of article objects",
            "a NAME.json beside NAME.txt is that file's metadata",
        ],
    );
    let broken = env.write("broken.json", r#"[{"text": "Ann said so."}, {"text": "#);
    env.run(&["ingest", broken.to_str().unwrap()])
        .failed_saying(1, &["broken.json:1:", "EOF while parsing"]);
}

#[test]
fn a_directory_reads_tables_arrays_and_texts_and_names_every_file_it_does_not_read() {
    let env = TestEnv::new();
    env.write("news/ferry.txt", FERRY);
    env.write(
        "news/ferry.json",
        r#"{"outlet": "The Harbour Gazette", "title": "Ferry"}"#,
    );
    env.write(
        "news/more/rows.csv",
        format!("text,outlet\n{},City Daily\n", csv_quoted(BRIDGE)),
    );
    env.write(
        "news/more/list.json",
        r#"[{"text": "Bo Chan said the market would move."}]"#,
    );
    env.write("news/photo.jpg", [0xff, 0xd8, 0xff]);
    env.write("news/.DS_Store", "hidden");
    env.write("news/.cache/notes.txt", "Hidden notes said nothing.");
    let run = env.run(&["ingest", env.path("news").to_str().unwrap()]);
    run.failed_saying(
        1,
        &[
            "photo.jpg: not a kind of file claimtrack reads; skipped",
            "3 added, 0 already present, 1 failed",
        ],
    );
    assert!(
        !run.stderr.contains("DS_Store") && !run.stderr.contains(".cache"),
        "{}",
        run.stderr
    );
    let ferry = shown_with_text(&env, FERRY);
    assert_eq!(
        ferry["outlet"], "The Harbour Gazette",
        "the sidecar is metadata, not an array"
    );
    assert_claim_by(
        &shown_with_text(&env, BRIDGE),
        "Jane Roe",
        "the bridge would reopen on Friday",
    );
}

#[test]
fn a_directory_with_nothing_to_read_is_an_error_not_an_empty_success() {
    let env = TestEnv::new();
    std::fs::create_dir_all(env.path("empty")).unwrap();
    env.run(&["ingest", env.path("empty").to_str().unwrap()])
        .failed_saying(
            1,
            &["empty: nothing to read in this directory; claimtrack reads .txt, .md"],
        );
}
