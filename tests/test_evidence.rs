//! Evidence as a source end to end: a poll that shows something is stored as a speaker of kind
//! `document`, listed as such, and never merged into a person.

use crate::common::TestEnv;

#[test]
fn a_named_poll_is_a_document_speaker() {
    let env = TestEnv::new();
    let path = env.write(
        "poll.txt",
        "Poll\n\nA Gallup poll released on Monday showed that most voters back the plan.\n\n\
         Jane Roe said the poll was wrong.\n",
    );
    env.run(&["ingest", path.to_str().unwrap()]).success();
    let speakers = env.run(&["speakers", "--format", "json"]).success().json();
    let kinds: Vec<(String, String)> = speakers
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["name"].as_str().unwrap().to_string(),
                s["kind"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert!(
        kinds.contains(&("Gallup poll".to_string(), "document".to_string())),
        "{kinds:?}"
    );
    assert!(
        kinds
            .iter()
            .all(|(name, kind)| name != "Jane Roe" || kind != "document"),
        "{kinds:?}"
    );
    let claims = env
        .run(&["claims", "--speaker", "Gallup poll", "--format", "json"])
        .success()
        .json();
    let contents: Vec<&str> = claims
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["content"].as_str().unwrap())
        .collect();
    assert_eq!(contents, vec!["most voters back the plan"]);
}
