//! `claimtrack serve` over HTTP: every route answers with its content type, the JSON twins
//! are what the command line prints with `--format json`, the article marks every claim with
//! its exact content, text from the data is shown as text, and writes are refused without the
//! CSRF token, from another origin, with `--read-only`, and on a non-local bind without
//! `--token`. (tests/test_browser.rs runs the pages in Chromium.)

use crate::common::TestEnv;
use crate::common::serve::{Reply, Server, start, stderr_of};
use dom_query::Document;
use serde_json::{Value, json};

impl Server {
    /// Accepts or rejects a claim as the page's form does, with these extra headers.
    fn review(&self, id: i64, csrf: &str, status: &str, headers: &[(&str, &str)]) -> Reply {
        let body = format!("csrf={csrf}&status={status}");
        let mut all = vec![("Content-Type", "application/x-www-form-urlencoded")];
        all.extend_from_slice(headers);
        self.request("POST", &format!("/claim/{id}/review"), &all, &body)
    }
}

fn cli_json(env: &TestEnv, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    env.run(&all).success().json()
}

#[test]
fn every_route_answers_and_the_json_twins_are_what_the_cli_prints() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    env.add_kadhimi_claim_and_alias();
    let server = start(&env, "127.0.0.1", &[]);
    let (a, b) = (env.fixture_hash("000"), env.fixture_hash("001"));
    let (a, b) = (&a[..12], &b[..12]);

    for path in [
        "/".to_string(),
        "/?outlet=Reuters&since=2020-01-01&until=2030-01-01&q=militia".to_string(),
        format!("/doc/{a}"),
        "/speaker/Kadhemi".to_string(),
        "/speaker/Kadhemi?after=1".to_string(),
        "/?page=1&outlet=Reuters".to_string(),
        "/diff".to_string(),
        format!("/diff?a={a}&b={b}"),
        "/diff?outlet_a=The%20New%20Arab&outlet_b=Jerusalem%20Post".to_string(),
        "/audit".to_string(),
        format!("/audit?doc={a}"),
    ] {
        server.page(&path);
    }
    for (path, content_type) in [
        ("/assets/style.css", "text/css; charset=utf-8"),
        ("/assets/app.js", "text/javascript; charset=utf-8"),
    ] {
        let reply = server.get(path);
        assert_eq!(
            (reply.status, reply.header("content-type")),
            (200, Some(content_type))
        );
    }

    assert_eq!(
        server.get("/api/documents").json(),
        cli_json(&env, &["docs"])
    );
    assert_eq!(
        server.get(&format!("/api/doc/{a}")).json(),
        cli_json(&env, &["show", a])
    );
    assert_eq!(
        server.get(&format!("/api/diff?a={a}&b={b}")).json(),
        cli_json(&env, &["diff", a, b])
    );
    assert_eq!(
        server
            .get("/api/diff?outlet_a=The%20New%20Arab&outlet_b=Jerusalem%20Post")
            .json(),
        cli_json(
            &env,
            &[
                "diff",
                "--outlet",
                "The New Arab",
                "--outlet",
                "Jerusalem Post"
            ]
        )
    );
    assert_eq!(server.get("/api/audit").json(), cli_json(&env, &["audit"]));
    assert_eq!(
        server.get(&format!("/api/audit?doc={a}")).json(),
        cli_json(&env, &["audit", a])
    );
    assert_eq!(
        server.get("/api/audit?outlet=The%20New%20Arab").json(),
        cli_json(&env, &["audit", "--outlet", "The New Arab"])
    );
    assert_eq!(
        server.get("/api/speaker/Kadhemi").json(),
        cli_json(&env, &["claims", "--speaker", "Kadhemi"])
    );

    let filtered = server.get("/api/documents?outlet=The%20New%20Arab").json();
    let outlets: Vec<&Value> = filtered
        .as_array()
        .unwrap()
        .iter()
        .map(|d| &d["outlet"])
        .collect();
    assert!(
        !outlets.is_empty() && outlets.iter().all(|o| *o == "The New Arab"),
        "{outlets:?}"
    );

    assert_eq!(server.get("/doc/000000").status, 404);
    assert_eq!(server.get("/doc/not-hex").status, 404);
    assert_eq!(server.get("/speaker/Nobody%20Atall").status, 404);
    assert_eq!(server.get("/api/diff?a=").status, 400);
    assert_eq!(
        server
            .get("/api/diff?outlet_a=Nowhere&outlet_b=Reuters")
            .status,
        400
    );
    let rebound = server.request("GET", "/", &[("Host", "evil.example")], "");
    assert_eq!(
        rebound.status, 421,
        "another site's name for 127.0.0.1 is refused"
    );
}

#[test]
fn the_article_marks_every_claim_with_its_exact_content() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let server = start(&env, "127.0.0.1", &[]);
    let documents = server.get("/api/documents").json();
    for document in documents.as_array().unwrap() {
        let sha = document["short_hash"].as_str().unwrap();
        let shown = server.get(&format!("/api/doc/{sha}")).json();
        let claims = shown["claims"].as_array().unwrap();
        let page = server.page(&format!("/doc/{sha}"));
        let heads = page.select("div.text mark.content:not(.cont)");
        assert_eq!(
            heads.length(),
            claims.len(),
            "{sha}: one content mark per claim"
        );
        for claim in claims {
            let id = claim["id"].as_i64().unwrap();
            // A mark split where it crosses another span goes on in continuation pieces.
            let text: String = page
                .select(&format!("div.text mark.content[data-claim=\"{id}\"]"))
                .iter()
                .map(|piece| piece.text().to_string())
                .collect();
            assert_eq!(text, claim["content"].as_str().unwrap(), "{sha} claim {id}");
        }
        assert_eq!(
            page.select("div.text").text().to_string(),
            shown["text"].as_str().unwrap()
        );
        assert_eq!(
            page.select("ol.claims li[data-claim]").length(),
            claims.len()
        );
    }
}

/// Text and a speaker's name made to break out of HTML: a script, quotes that would end an
/// attribute, and a right-to-left override.
const HOSTILE_TEXT: &str = "Officials met on Monday.\n\"<script>document.title='pwned'</script> the \\\"><img src=x onerror=alert(1)> plan \u{202E}is dead\u{202C}\", said the minister.\n";
const HOSTILE_CONTENT: &str = "<script>document.title='pwned'</script> the \\\"><img src=x onerror=alert(1)> plan \u{202E}is dead\u{202C}";
const HOSTILE_SPEAKER: &str =
    "<script>alert(\"x\")</script> O'Brien\" onmouseover=\"alert(2)\u{202E}";

#[test]
fn text_from_the_data_is_shown_as_text() {
    let env = TestEnv::new();
    let sha = env.add_document("hostile.txt", HOSTILE_TEXT);
    env.add_claim(&sha, HOSTILE_CONTENT, HOSTILE_SPEAKER);
    let server = start(&env, "127.0.0.1", &[]);
    let short = &sha[..12];
    let reply = server.get(&format!("/doc/{short}"));
    assert_eq!(reply.status, 200, "{}", reply.body);
    for raw in [
        "<script>document",
        "<script>alert",
        "<img",
        "onmouseover=\"alert",
    ] {
        assert!(
            !reply.body.contains(raw),
            "{raw:?} reached the page unescaped"
        );
    }
    let page = Document::from(reply.body.as_str());
    let scripts: Vec<String> = page
        .select("script")
        .iter()
        .map(|s| s.attr("src").map(|v| v.to_string()).unwrap_or_default())
        .collect();
    assert_eq!(scripts, ["/assets/app.js"], "only the page's own script");
    assert_eq!(page.select("img").length(), 0);
    assert_eq!(page.select("div.text").text().to_string(), HOSTILE_TEXT);
    assert_eq!(
        page.select("div.text mark.content").text().to_string(),
        HOSTILE_CONTENT
    );
    let speaker_link = page.select("ol.claims li a[href^=\"/speaker/\"]");
    assert_eq!(speaker_link.text().to_string(), HOSTILE_SPEAKER);
    let title = page
        .select("div.text mark.content")
        .attr("title")
        .unwrap()
        .to_string();
    assert!(title.contains(HOSTILE_SPEAKER), "{title}");
    assert!(
        reply
            .header("content-security-policy")
            .is_some_and(|p| p.contains("script-src 'self'"))
    );

    let href = speaker_link.attr("href").unwrap().to_string();
    let speaker_page = server.get(&href);
    assert_eq!(speaker_page.status, 200, "{href}: {}", speaker_page.body);
    assert!(!speaker_page.body.contains("<script>alert"));
    let page = Document::from(speaker_page.body.as_str());
    assert_eq!(page.select("h1").text().to_string(), HOSTILE_SPEAKER);
}

fn csrf_of(page: &Document) -> String {
    page.select("form.review input[name=csrf]")
        .attr("value")
        .expect("a review form with its CSRF token")
        .to_string()
}

/// Whether the claim's review status is `status`, as `claimtrack claims` lists it.
fn reviewed(env: &TestEnv, id: i64, status: &str) -> bool {
    let listed = cli_json(env, &["claims", "--review", status]);
    listed.as_array().unwrap().iter().any(|c| c["id"] == id)
}

fn first_claim(page: &Document) -> i64 {
    page.select("ol.claims li[data-claim]")
        .attr("data-claim")
        .expect("a claim")
        .parse()
        .unwrap()
}

/// The fixtures served, and fixture article 000's page: its hash prefix, the page's CSRF token
/// and its first claim.
fn serving_article() -> (TestEnv, Server, String, Document, String, i64) {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let server = start(&env, "127.0.0.1", &[]);
    let short = env.fixture_hash("000")[..12].to_string();
    let page = server.page(&format!("/doc/{short}"));
    let (csrf, id) = (csrf_of(&page), first_claim(&page));
    (env, server, short, page, csrf, id)
}

#[test]
fn a_review_needs_the_csrf_token_and_the_same_origin() {
    let (env, server, short, _, csrf, id) = serving_article();
    let short = short.as_str();
    let origin = format!("http://127.0.0.1:{}", server.port);
    let same = [("Origin", origin.as_str())];

    assert_eq!(
        server.review(id, "", "rejected", &same).status,
        403,
        "no token"
    );
    assert_eq!(
        server.review(id, "0123", "rejected", &same).status,
        403,
        "a wrong token"
    );
    assert_eq!(
        server.review(id, &csrf, "rejected", &[]).status,
        403,
        "no origin"
    );
    let other = [("Origin", "http://evil.example")];
    assert_eq!(
        server.review(id, &csrf, "rejected", &other).status,
        403,
        "another origin"
    );
    assert!(
        reviewed(&env, id, "unreviewed"),
        "nothing refused was written"
    );
    assert_eq!(
        server.get(&format!("/claim/{id}/review")).status,
        405,
        "GET never writes"
    );

    let done = server.review(id, &csrf, "rejected", &same);
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(
        done.header("location"),
        Some(format!("/doc/{short}#c{id}").as_str())
    );
    assert!(reviewed(&env, id, "rejected"));
    let page = server.page(&format!("/doc/{short}"));
    let rejected = page.select(&format!(
        "div.text mark.content.rejected[data-claim=\"{id}\"]"
    ));
    assert_eq!(
        rejected.length(),
        1,
        "a rejected claim stays on the page, struck through"
    );
    assert_eq!(
        page.select(&format!("ol.claims li[data-claim=\"{id}\"] form.review"))
            .length(),
        1
    );
    let referer = format!("{origin}/doc/{short}");
    let done = server.review(id, &csrf, "accepted", &[("Referer", referer.as_str())]);
    assert_eq!(done.status, 303, "{}", done.body);
    assert!(reviewed(&env, id, "accepted"));
    assert_eq!(server.review(id, &csrf, "maybe", &same).status, 400);
}

#[test]
fn read_only_and_a_non_local_bind_without_token_refuse_writes() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let short = &env.fixture_hash("000")[..12];
    for (host, extra, says) in [
        ("127.0.0.1", &["--read-only"][..], "--read-only"),
        ("0.0.0.0", &[][..], "warning: serving on 0.0.0.0"),
    ] {
        let server = start(&env, host, extra);
        let page = server.page(&format!("/doc/{short}"));
        assert_eq!(
            page.select("form.review").length(),
            0,
            "{host} {extra:?}: no forms"
        );
        let id = first_claim(&page);
        let origin = format!("http://127.0.0.1:{}", server.port);
        let refused = server.review(id, "", "rejected", &[("Origin", origin.as_str())]);
        assert_eq!(refused.status, 403, "{host} {extra:?}");
        assert_eq!(
            page.select("form.edit, form.add-claim").length(),
            0,
            "{host} {extra:?}: no edit or add forms"
        );
        let headers = [
            ("Origin", origin.as_str()),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ];
        for (path, body) in [
            (
                format!("/claim/{id}/edit"),
                "content=x&stance=deny&kind=direct",
            ),
            (format!("/doc/{short}/claims"), "start=0&end=1&text=x"),
        ] {
            let refused = server.request("POST", &path, &headers, body);
            assert_eq!(refused.status, 403, "{host} {extra:?} {path}");
        }
        assert!(reviewed(&env, id, "unreviewed"));
        assert!(stderr_of(&env).contains(says), "{}", stderr_of(&env));
    }
}

#[test]
fn with_a_token_a_write_needs_it_too() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let server = start(&env, "127.0.0.1", &["--token", "s3cret"]);
    let short = &env.fixture_hash("000")[..12];
    let page = server.page(&format!("/doc/{short}"));
    let (csrf, id) = (csrf_of(&page), first_claim(&page));
    let origin = format!("http://127.0.0.1:{}", server.port);
    let same = [("Origin", origin.as_str())];
    assert_eq!(server.review(id, &csrf, "rejected", &same).status, 403);
    assert_eq!(server.get("/login?token=wrong").status, 403);
    let login = server.get("/login?token=s3cret");
    assert_eq!(login.status, 303);
    let cookie = login
        .header("set-cookie")
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_string();
    let with_cookie = [("Origin", origin.as_str()), ("Cookie", cookie.as_str())];
    assert_eq!(
        server.review(id, &csrf, "rejected", &with_cookie).status,
        303
    );
    assert!(reviewed(&env, id, "rejected"));
}

/// A form body's value, percent-encoded.
fn form_value(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[test]
fn speakers_merge_and_unmerge_from_the_speaker_page() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let server = start(&env, "127.0.0.1", &[]);
    let speakers = cli_json(&env, &["speakers"]);
    let names: Vec<&str> = speakers
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["merged"].as_array().unwrap().is_empty())
        .map(|s| s["name"].as_str().unwrap())
        .take(2)
        .collect();
    let [into, other] = names[..] else {
        panic!("two speakers: {speakers}")
    };
    let before = cli_json(&env, &["speakers", "--merges"]);
    let href = format!("/speaker/{}", form_value(into));
    let page = server.page(&href);
    let csrf = page
        .select("form[action$=\"/merge\"] input[name=csrf]")
        .attr("value")
        .expect("a merge form")
        .to_string();
    let origin = format!("http://127.0.0.1:{}", server.port);
    let headers = [
        ("Origin", origin.as_str()),
        ("Content-Type", "application/x-www-form-urlencoded"),
    ];
    let body = format!("csrf={csrf}&other={}", form_value(other));
    let refused = server.request("POST", &format!("{href}/merge"), &headers[1..], &body);
    assert_eq!(refused.status, 403, "no origin");
    let merged = server.request("POST", &format!("{href}/merge"), &headers, &body);
    assert_eq!(merged.status, 303, "{}", merged.body);
    let merges = cli_json(&env, &["speakers", "--merges"]);
    assert_eq!(
        (merges[0]["into"].as_str(), merges[0]["merged"].as_str()),
        (Some(into), Some(other))
    );
    let page = server.page(&href);
    let unmerge = page.select("form[action$=\"/unmerge\"]");
    assert_eq!(unmerge.length(), 1, "one merge to undo");
    let action = unmerge.attr("action").unwrap().to_string();
    let undone = server.request("POST", &action, &headers, &format!("csrf={csrf}"));
    assert_eq!(undone.status, 303, "{}", undone.body);
    assert_eq!(cli_json(&env, &["speakers", "--merges"]), before);
}

#[test]
fn serve_without_a_database_says_so_and_does_not_create_one() {
    let env = TestEnv::new();
    env.run(&["serve", "--bind", "127.0.0.1:0"])
        .failed_saying(1, &["no such database"]);
    assert!(!env.db().exists());
}

/// The claim with this id, as `claimtrack claims --doc` lists it.
fn listed_claim(env: &TestEnv, doc: &str, id: i64) -> Value {
    let claims = cli_json(env, &["claims", "--doc", doc]);
    claims
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .cloned()
        .unwrap_or(Value::Null)
}

#[test]
fn edits_and_added_claims_pass_the_guard_and_change_what_the_cli_lists() {
    let (env, server, short, page, csrf, id) = serving_article();
    let short = short.as_str();
    assert_eq!(
        page.select(&format!("ol.claims li[data-claim=\"{id}\"] form.edit"))
            .length(),
        1
    );
    let origin = format!("http://127.0.0.1:{}", server.port);
    let form = [("Content-Type", "application/x-www-form-urlencoded")];
    let same = [form[0], ("Origin", origin.as_str())];
    let before = listed_claim(&env, short, id);
    let content = before["content"].as_str().unwrap();
    let edit = |csrf: &str, content: &str, headers: &[(&str, &str)]| {
        let body = format!(
            "csrf={csrf}&content={}&speaker={}&stance=deny&kind=indirect",
            form_value(content),
            form_value("Someone Else")
        );
        server.request("POST", &format!("/claim/{id}/edit"), headers, &body)
    };
    assert_eq!(edit(&csrf, content, &form).status, 403, "no origin");
    assert_eq!(edit("0123", content, &same).status, 403, "a wrong token");
    assert_eq!(
        listed_claim(&env, short, id),
        before,
        "nothing refused was written"
    );
    assert_eq!(
        edit(&csrf, "words the article never had", &same).status,
        400
    );
    let done = edit(&csrf, content, &same);
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(
        done.header("location"),
        Some(format!("/doc/{short}#c{id}").as_str())
    );
    let after = listed_claim(&env, short, id);
    assert_eq!(
        (
            &after["speaker"],
            &after["stance"],
            &after["kind"],
            &after["start"]
        ),
        (
            &json!("Someone Else"),
            &json!("deny"),
            &json!("indirect"),
            &before["start"]
        )
    );

    let text = server.get(&format!("/api/doc/{short}")).json()["text"]
        .as_str()
        .unwrap()
        .to_string();
    let words = "Tensions have risen in Iraq";
    let start = text.find(words).expect("the fixture's words");
    let add = |selected: &str, headers: &[(&str, &str)]| {
        let body = format!(
            "csrf={csrf}&start={start}&end={}&text={}&speaker={}",
            start + words.len(),
            form_value(selected),
            form_value("A Reader")
        );
        server.request("POST", &format!("/doc/{short}/claims"), headers, &body)
    };
    assert_eq!(add(words, &form).status, 403, "no origin");
    assert_eq!(
        add("Tensions have risen in Iran", &same).status,
        400,
        "offsets astray"
    );
    let added = add(words, &same);
    assert_eq!(added.status, 303, "{}", added.body);
    let claims = cli_json(&env, &["claims", "--doc", short, "--speaker", "A Reader"]);
    assert_eq!(claims.as_array().unwrap().len(), 1, "{claims}");
    assert_eq!(
        (
            &claims[0]["content"],
            &claims[0]["start"],
            &claims[0]["origin"]
        ),
        (&json!(words), &json!(start), &json!("manual"))
    );
}
