//! The command line's promises at its edges: read commands never create a database, bad option
//! values are bad usage (exit 2), filters that name nothing are mistakes (exit 1, with a hint),
//! and completions and the man page are generated.

use crate::common::TestEnv;

#[test]
fn commands_that_only_read_or_change_what_exists_never_create_a_database() {
    let env = TestEnv::new();
    let commands: &[&[&str]] = &[
        &["claims", "--speaker", "x"],
        &["docs"],
        &["show", "abcdef"],
        &["speakers"],
        &["diff", "abcdef", "123456"],
        &["compare"],
        &["audit"],
        &["verify"],
        &["log"],
        &["export"],
        &["reextract"],
        &["claim", "rm", "1"],
        &["claim", "review", "1", "--accept"],
        &["speaker", "merge", "A", "B"],
    ];
    for command in commands {
        env.run(command).failed_saying(
            1,
            &[
                "claims.db: no such database",
                "hint: `claimtrack ingest FILES` creates it",
            ],
        );
        assert!(!env.db().exists(), "{command:?} created the database");
    }
    env.ingest_fixtures();
    assert!(env.db().exists(), "ingest creates it");
}

#[test]
fn bad_option_values_are_bad_usage() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let article = crate::common::fixture_article("000");
    let cases: &[(&[&str], &str)] = &[
        (
            &["compare", "--since", "yesterday"],
            "invalid value 'yesterday' for '--since <DATE>'",
        ),
        (
            &["compare", "--until", "2024-02-30"],
            "invalid value '2024-02-30' for '--until <DATE>'",
        ),
        (
            &[
                "ingest",
                article.to_str().unwrap(),
                "--published",
                "2024-13-45",
            ],
            "invalid value '2024-13-45' for '--published <DATE>'",
        ),
        (
            &["audit", "--max-unsourced", "5"],
            "expected a share between 0 and 1, such as 0.25",
        ),
        (
            &["audit", "--max-unsourced", "20%"],
            "expected a share between 0 and 1",
        ),
        (
            &["claims", "--stance", "maybe"],
            "expected one of: assert, deny, hedge, demand, commit",
        ),
        (
            &["claims", "--format", "xml"],
            "invalid value 'xml' for '--format <FORMAT>'",
        ),
        (
            &["claims", "--format", "web-annotation"],
            "are for `export` only",
        ),
    ];
    for (args, expected) in cases {
        env.run(args).failed_saying(2, &[expected]);
    }
}

#[test]
fn a_filter_naming_an_outlet_or_speaker_that_does_not_exist_is_a_mistake() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let outlet_hint = "hint: `claimtrack docs` lists the documents with their outlets";
    let speaker_hint = "hint: `claimtrack speakers` lists them";
    let cases: &[(&[&str], &str, &str)] = &[
        (
            &["diff", "--outlet", "Nope", "--outlet", "The New Arab"],
            "no outlet named \"Nope\"",
            outlet_hint,
        ),
        (
            &["claims", "--outlet", "Nope"],
            "no outlet named \"Nope\"",
            outlet_hint,
        ),
        (
            &["audit", "--outlet", "Nope"],
            "no outlet named \"Nope\"",
            outlet_hint,
        ),
        (
            &["claims", "--speaker", "nobody"],
            "no speaker is known as \"nobody\"",
            speaker_hint,
        ),
        (
            &["compare", "--speaker", "nobody"],
            "no speaker is known as \"nobody\"",
            speaker_hint,
        ),
    ];
    for (args, message, hint) in cases {
        env.run(args).failed_saying(1, &[message, hint]);
    }
    // The outlet is matched as the filters match it: ignoring case.
    env.run(&["claims", "--outlet", "the new arab"]).success();
}

#[test]
fn bash_loads_the_completion_script() {
    let env = TestEnv::new();
    let script = env.run(&["completions", "bash"]).success().stdout;
    let path = env.write("claimtrack.bash", script);
    let loaded = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!(
            "source {} && complete -p claimtrack",
            path.display()
        ))
        .output()
        .expect("bash runs");
    let said = String::from_utf8_lossy(&loaded.stdout);
    assert!(
        loaded.status.success(),
        "{}",
        String::from_utf8_lossy(&loaded.stderr)
    );
    assert!(said.contains("-F _claimtrack claimtrack"), "{said}");
    for shell in ["zsh", "fish"] {
        let script = env.run(&["completions", shell]).success().stdout;
        assert!(script.contains("claimtrack"), "{shell}");
    }
}

#[test]
fn the_man_page_is_roff_with_every_command() {
    let env = TestEnv::new();
    let page = env.run(&["man"]).success().stdout;
    assert!(
        page.contains(".TH claimtrack 1"),
        "{}",
        &page[..200.min(page.len())]
    );
    for command in ["ingest", "claims", "export", "verify"] {
        assert!(page.contains(command), "{command}");
    }
}

#[test]
fn ingest_writes_a_csv_table_and_a_json_array_even_with_nothing_stored() {
    let env = TestEnv::new();
    let good = env.write("good.txt", "Jane Roe said the bridge would reopen.\n");
    let empty = env.write("empty.txt", "");
    let csv = env.run(&[
        "ingest",
        "--format",
        "csv",
        good.to_str().unwrap(),
        empty.to_str().unwrap(),
    ]);
    csv.failed_saying(1, &["empty.txt: empty file"]);
    let lines: Vec<&str> = csv.stdout.lines().collect();
    assert_eq!(lines[0], "status,origin,sha256,claims,error");
    assert!(
        lines[1].starts_with("added,") && lines[1].ends_with(",1,"),
        "{}",
        lines[1]
    );
    assert!(
        lines[2].starts_with("failed,") && lines[2].contains("empty file"),
        "{}",
        lines[2]
    );
    let again = env
        .run(&["ingest", "--format", "json", good.to_str().unwrap()])
        .success();
    let records = again.json();
    assert_eq!(records[0]["status"], "present");
    let nothing = env.write("nothing/readme.pdf", "%PDF");
    let none = env.run(&[
        "ingest",
        "--format",
        "json",
        nothing.parent().unwrap().to_str().unwrap(),
    ]);
    assert_eq!(
        none.json().as_array().unwrap().len(),
        1,
        "one failed record, as an array"
    );
}

#[test]
fn eval_writes_its_figures_as_one_csv_row() {
    let env = TestEnv::new();
    let fixtures = crate::common::fixtures();
    let gold = fixtures.join("gold/seeds.jsonl");
    let entities = fixtures.join("gold/entities.json");
    let docs = fixtures.join("articles");
    let run = env
        .run(&[
            "eval",
            "--gold",
            gold.to_str().unwrap(),
            "--docs",
            docs.to_str().unwrap(),
            "--entities",
            entities.to_str().unwrap(),
            "--format",
            "csv",
        ])
        .success();
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{}", run.stdout);
    let header: Vec<&str> = lines[0].split(',').collect();
    let row: Vec<&str> = lines[1].split(',').collect();
    assert_eq!(header.len(), row.len());
    assert!(header.contains(&"attribution_f1") && header.contains(&"counts.matched"));
}

#[test]
fn a_csv_listing_with_no_rows_still_has_its_header() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let run = env
        .run(&[
            "claims",
            "--speaker",
            "kadhimi",
            "--stance",
            "deny",
            "--search",
            "zebra",
            "--format",
            "csv",
        ])
        .success();
    assert_eq!(
        run.stdout.lines().collect::<Vec<_>>(),
        [
            "id,doc_sha256,doc_short,doc_title,outlet,published,start,end,content,kind,speaker,source,source_start,source_end,source_kind,cue,cue_start,cue_end,stance,framing,origin,rule,resolver,review,created_at"
        ]
    );
    let merges = env
        .run(&["speakers", "--suggest", "--format", "csv"])
        .success();
    assert_eq!(merges.stdout.lines().next(), Some("speaker,other,evidence"));
}

#[test]
fn limit_keeps_the_first_claims_of_the_listing() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let all = env.run(&["claims", "--format", "json"]).success().json();
    let three = env
        .run(&["claims", "--limit", "3", "--format", "json"])
        .success()
        .json();
    assert_eq!(three.as_array().unwrap()[..], all.as_array().unwrap()[..3]);
    env.run(&["claims", "--limit", "0"])
        .failed_saying(2, &["--limit <N>"]);
}

#[test]
fn an_extracted_claim_found_again_keeps_its_id_across_reextract() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let before = env.run(&["claims", "--format", "json"]).success().json();
    let run = env.run(&["reextract"]).success();
    assert!(run.stderr.contains("replaced by 0"), "{}", run.stderr);
    let after = env.run(&["claims", "--format", "json"]).success().json();
    assert_eq!(before, after, "the same claims under the same ids");
    env.run(&["verify"]).success();
    // A claim whose row was changed by hand outside review is extracted again as a new one;
    // the others keep theirs.
    let first = before[0]["id"].as_i64().unwrap();
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute("UPDATE claim SET stance = 'deny' WHERE id = ?1", [first])
        .unwrap();
    drop(conn);
    env.run(&["reextract"]).success();
    let again = env.run(&["claims", "--format", "json"]).success().json();
    let ids = |v: &serde_json::Value| -> Vec<i64> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_i64().unwrap())
            .collect()
    };
    assert!(!ids(&again).contains(&first));
    assert_eq!(ids(&again).len(), ids(&before).len());
    assert_eq!(
        ids(&again)
            .iter()
            .filter(|id| ids(&before).contains(id))
            .count(),
        ids(&before).len() - 1
    );
}

#[test]
fn a_rejected_claim_removed_stays_gone_after_reextract_and_after_export_and_import() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let claims = env.run(&["claims", "--format", "json"]).success().json();
    let rejected = &claims[3];
    let id = rejected["id"].to_string();
    let span = |c: &serde_json::Value| {
        (
            c["doc_sha256"].clone(),
            c["start"].clone(),
            c["end"].clone(),
        )
    };
    let on_its_span = |env: &TestEnv, db: &str| -> usize {
        let all = env
            .run(&["--db", db, "claims", "--format", "json"])
            .success()
            .json();
        all.as_array()
            .unwrap()
            .iter()
            .filter(|c| span(c) == span(rejected))
            .count()
    };
    let db = env.db();
    let db = db.to_str().unwrap();
    env.run(&["claim", "review", &id, "--reject"]).success();
    env.run(&["claim", "rm", &id]).success();
    env.run(&["reextract"]).success();
    assert_eq!(on_its_span(&env, db), 0, "reextract brought it back");

    // The tombstone is read from the change log, which export and import carry.
    let exported = env.write("export.jsonl", env.run(&["export"]).success().stdout);
    let copy = env.path("copy.db");
    let copy = copy.to_str().unwrap();
    env.run(&["--db", copy, "import", exported.to_str().unwrap()])
        .success();
    env.run(&["--db", copy, "reextract"]).success();
    assert_eq!(
        on_its_span(&env, copy),
        0,
        "reextract after import brought it back"
    );
    env.run(&["--db", copy, "verify"]).success();

    // Without the rejection, a removed claim is the extractor's again.
    let other = &claims[5];
    env.run(&["claim", "rm", &other["id"].to_string()])
        .success();
    env.run(&["reextract"]).success();
    let all = env.run(&["claims", "--format", "json"]).success().json();
    assert!(
        all.as_array()
            .unwrap()
            .iter()
            .any(|c| span(c) == span(other))
    );
}

#[test]
fn a_date_range_that_finds_nothing_because_of_undated_documents_says_so() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let run = env.run(&["compare", "--since", "2020-01-01"]).success();
    assert!(
        run.stderr
            .contains("5 of 5 documents have no publication date"),
        "{}",
        run.stderr
    );
    let run = env.run(&["compare"]).success();
    assert!(!run.stderr.contains("publication date"), "{}", run.stderr);
    assert!(run.stdout.contains("Mike Pompeo"), "{}", run.stdout);
}

#[test]
fn a_manual_claim_copying_an_extracted_one_is_added_with_a_warning() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let sha = env.fixture_hash("000");
    let add = |content: &str| {
        env.run(&["claim", "add", "--doc", &sha[..10], "--content", content])
            .success()
    };
    let copy = add(crate::common::KADHIMI_CLAIM);
    assert!(
        copy.stderr.contains("has the same content span as claim")
            && copy.stderr.contains("--accept"),
        "{}",
        copy.stderr
    );
    let fresh = add("The question now is what can Kadhimi do next.");
    assert!(!fresh.stderr.contains("warning"), "{}", fresh.stderr);
}

/// Colour follows CLICOLOR_FORCE even into a pipe, on stdout (a table's header) and on stderr
/// (the error's label), and NO_COLOR wins over it; JSON is never coloured.
#[test]
fn colour_is_forced_by_clicolor_force_and_refused_by_no_color() {
    let env = TestEnv::new();
    env.add_document("one.txt", "One\n\nThe envoy said talks would resume.\n");
    let run = |no_color: bool, args: &[&str]| -> crate::common::Run {
        let mut command = env.command(args);
        command.env_remove("NO_COLOR").env("CLICOLOR_FORCE", "1");
        if no_color {
            command.env("NO_COLOR", "1");
        }
        command.output().expect("run claimtrack").into()
    };
    let forced = run(false, &["docs"]);
    assert!(
        forced.stdout.starts_with("\x1b[1mDOC"),
        "{:?}",
        forced.stdout
    );
    let json = run(false, &["docs", "--format", "json"]);
    assert!(!json.stdout.contains('\x1b'), "{:?}", json.stdout);
    let failed = run(false, &["show", "ffffff"]);
    assert!(
        failed.stderr.contains("\x1b[31merror:\x1b[0m"),
        "{:?}",
        failed.stderr
    );
    for args in [&["docs"][..], &["show", "ffffff"]] {
        let plain = run(true, args);
        assert!(!plain.stdout.contains('\x1b'), "{:?}", plain.stdout);
        assert!(!plain.stderr.contains('\x1b'), "{:?}", plain.stderr);
    }
}
