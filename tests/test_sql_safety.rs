//! User values that look like SQL or FTS5 query syntax are taken literally: every filter and
//! name reaches SQLite as a bound parameter (or a quoted FTS5 string), so quotes, semicolons,
//! `'; DROP TABLE claim; --`, FTS operators and LIKE wildcards neither fail nor match more than
//! they say, and the database is intact afterwards.

use crate::common::{Run, TestEnv};

/// Values a user (or an attacker, through a script) might pass as a filter or a name.
const HOSTILE: &[&str] = &[
    "'",
    "\"",
    "''",
    "\"\"",
    "O'Neil",
    "x'y\"z",
    ";",
    "a; b",
    "'; DROP TABLE claim; --",
    "\"; DROP TABLE document; --",
    "1' OR '1'='1",
    "1 OR 1=1",
    "Robert'); DELETE FROM speaker; --",
    "OR",
    "a OR b",
    "NOT",
    "a NOT b",
    "AND",
    "bridge AND",
    "NEAR(",
    "NEAR(a b, 2)",
    "NEAR/2",
    "*",
    "bri*",
    "^",
    "^bridge",
    "content:bridge",
    "col:term",
    "-bridge",
    "+",
    "(",
    ")",
    "(a OR b",
    "a)",
    "{content}: x",
    "%",
    "%%",
    "_",
    "50%",
    "the_votes",
    "%'--",
    "\\",
    "\\'",
    "C:\\temp",
    "\\%",
    "a\\_b",
    "[a-z]",
    "?1",
    ":name",
    "$1",
    "@x",
    "\u{201C}curly\u{201D}",
    "\u{2019}; --",
    "\u{0645}\u{062D}\u{0645}\u{062F}'",
    "x\ty",
];

const ARTICLE: &str = "Hostile words in a headline\n\n\
The minister said \u{201C}50% of the_votes were counted; DROP TABLE claim; --\u{201D}.\n\n\
Jane O\u{2019}Brien said the path C:\\temp was safe for now.\n\n\
Police said the bridge would reopen on Monday.\n";

const OTHER_ARTICLE: &str = "Another article\n\nThe mayor said the bridge would reopen.\n";

/// A database with two documents from two outlets, one with a hostile outlet name, and a
/// manual claim whose speaker's name is an SQL injection.
fn setup() -> TestEnv {
    let env = TestEnv::new();
    let article = env.write("hostile.txt", ARTICLE);
    let other = env.write("other.txt", OTHER_ARTICLE);
    env.run(&[
        "ingest",
        "--outlet",
        "O'Reilly; --",
        article.to_str().unwrap(),
    ])
    .success();
    env.run(&["ingest", "--outlet", "Plain News", other.to_str().unwrap()])
        .success();
    let doc = claimtrack::input::sha256_hex(ARTICLE.as_bytes());
    env.run(&[
        "claim",
        "add",
        "--doc",
        &doc[..12],
        "--content",
        "the bridge would reopen on Monday",
        "--speaker",
        "Bobby'); DROP TABLE speaker; --",
    ])
    .success();
    env
}

/// Every stored claim, as `claims` lists them.
fn claim_count(env: &TestEnv) -> usize {
    env.run(&["claims", "--format", "jsonl"])
        .success()
        .jsonl()
        .len()
}

/// Exit 0, or 1 with an `error:` message; no panic and nothing from SQLite's parser in stderr.
#[track_caller]
fn assert_handled(args: &[&str], run: &Run) {
    assert!(
        run.code == 0 || run.code == 1 && run.stderr.contains("error: "),
        "{args:?}: exit {}; stderr:\n{}",
        run.code,
        run.stderr
    );
    let lower = run.stderr.to_lowercase();
    for leak in [
        "sql",
        "syntax error",
        "fts5",
        "panicked",
        "unrecognized token",
    ] {
        assert!(
            !lower.contains(leak),
            "{args:?}: {leak:?} in stderr:\n{}",
            run.stderr
        );
    }
}

/// Runs a read-only command and checks that it was handled and left the database alone.
#[track_caller]
fn run_read_only(env: &TestEnv, before: &str, args: &[&str]) -> Run {
    let run = env.run(args);
    assert_handled(args, &run);
    assert_eq!(env.db_contents(), before, "{args:?} changed the database");
    run
}

#[test]
fn search_takes_sql_and_fts_syntax_literally() {
    let env = setup();
    let before = env.db_contents();
    let total = claim_count(&env);
    assert!(total >= 4, "setup: {total} claims");
    for value in HOSTILE {
        // `--flag=VALUE`, so that values starting with "-" are values, not flags.
        let search = format!("--search={value}");
        let args = ["claims", "--format", "jsonl", &search];
        let run = run_read_only(&env, &before, &args);
        if run.code == 0 {
            // No operator or wildcard widens the search to every claim.
            assert!(
                run.jsonl().len() < total,
                "{args:?} matched every claim:\n{}",
                run.stdout
            );
        }
    }
    // Words with SQL and LIKE characters in them are still found as words.
    for (query, expected) in [
        ("50%", "50% of the_votes"),
        ("the_votes", "the_votes"),
        ("DROP TABLE claim", "DROP TABLE claim"),
        ("claim; --", "DROP TABLE claim"),
        ("C:\\temp", "C:\\temp"),
        ("bridge NOT", ""),
    ] {
        let run = env
            .run(&["claims", "--format", "jsonl", "--search", query])
            .success();
        let contents: Vec<String> = run
            .jsonl()
            .iter()
            .map(|c| c["content"].as_str().unwrap().to_string())
            .collect();
        if expected.is_empty() {
            // "NOT" is a word here, not an operator: no claim holds it.
            assert!(contents.is_empty(), "{query:?}: {contents:?}");
        } else {
            assert!(
                contents.iter().any(|c| c.contains(expected)),
                "{query:?} finds no claim with {expected:?}: {contents:?}"
            );
        }
    }
    assert_eq!(claim_count(&env), total);
}

#[test]
fn speaker_and_outlet_filters_take_values_literally() {
    let env = setup();
    let before = env.db_contents();
    let total = claim_count(&env);
    for value in HOSTILE {
        let speaker = format!("--speaker={value}");
        let outlet = format!("--outlet={value}");
        for args in [
            vec!["claims", "--format", "jsonl", &speaker],
            vec!["claims", "--format", "jsonl", &outlet],
            vec!["compare", "--format", "json", &speaker],
            vec!["audit", "--format", "json", &outlet],
            vec![
                "diff",
                "--format",
                "json",
                &outlet,
                "--outlet",
                "Plain News",
            ],
        ] {
            let run = run_read_only(&env, &before, &args);
            if run.code == 0 && args[0] == "claims" {
                assert!(
                    run.jsonl().is_empty(),
                    "{args:?} matched claims:\n{}",
                    run.stdout
                );
            }
        }
    }
    // The hostile names that do exist are found, and only their own claims.
    let by_outlet = env
        .run(&["claims", "--format", "jsonl", "--outlet", "O'Reilly; --"])
        .success()
        .jsonl();
    assert!(!by_outlet.is_empty() && by_outlet.len() < total);
    assert!(by_outlet.iter().all(|c| c["outlet"] == "O'Reilly; --"));
    let by_speaker = env
        .run(&[
            "claims",
            "--format",
            "jsonl",
            "--speaker",
            "Bobby'); DROP TABLE speaker; --",
        ])
        .success()
        .jsonl();
    assert_eq!(by_speaker.len(), 1, "{by_speaker:?}");
    assert_eq!(by_speaker[0]["speaker"], "Bobby'); DROP TABLE speaker; --");
    assert_eq!(claim_count(&env), total);
}

#[test]
fn aliases_with_sql_in_them_are_stored_verbatim() {
    let env = setup();
    let total = claim_count(&env);
    let speaker = "Bobby'); DROP TABLE speaker; --";
    // Each alias must fold to a distinct, non-empty name; these do.
    let aliases = [
        "'; DROP TABLE claim; --",
        "1' OR '1'='1",
        "NEAR(a b, 2)",
        "%_\\",
        "\"quoted\" *",
    ];
    for alias in aliases {
        let args = ["speaker", "alias", "add", speaker, alias];
        let run = env.run(&args);
        assert_handled(&args, &run);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        let found = env
            .run(&["claims", "--format", "jsonl", "--speaker", alias])
            .success()
            .jsonl();
        assert_eq!(found.len(), 1, "alias {alias:?} finds {found:?}");
        assert_eq!(found[0]["speaker"], speaker);
    }
    let speakers = env.run(&["speakers", "--format", "json"]).success().json();
    let entry = speakers
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == speaker)
        .expect("the speaker is listed");
    let listed: Vec<&str> = entry["aliases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    for alias in aliases {
        assert!(listed.contains(&alias), "{alias:?} not in {listed:?}");
    }
    // Hostile names of speakers that do not exist are refused, and change nothing.
    let before = env.db_contents();
    for value in HOSTILE.iter().filter(|v| !aliases.contains(v)) {
        let args = ["speaker", "alias", "add", "--", value, "Someone Else"];
        let run = env.run(&args);
        assert_handled(&args, &run);
        assert_eq!(run.code, 1, "{args:?}");
        assert!(run.stderr.contains("no such speaker"), "{}", run.stderr);
        assert_eq!(env.db_contents(), before, "{args:?} changed the database");
    }
    assert_eq!(claim_count(&env), total);
}

#[test]
fn arguments_that_are_not_utf8_are_a_usage_error() {
    use std::os::unix::ffi::OsStrExt;
    let env = setup();
    let before = env.db_contents();
    let bad = std::ffi::OsStr::from_bytes(b"caf\xe9'; --");
    for flag in ["--search", "--speaker", "--outlet"] {
        let output = env
            .command(&["claims", flag])
            .arg(bad)
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        let run = Run::from(output);
        assert_eq!(run.code, 2, "{flag}: {}", run.stderr);
        assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
        assert!(run.stderr.contains("UTF-8"), "{flag}: {}", run.stderr);
    }
    assert_eq!(env.db_contents(), before);
}
