//! `claimtrack serve` over HTTP: every route answers with its content type, the JSON twins
//! are what the command line prints with `--format json`, the article marks every claim with
//! its exact content, text from the data is shown as text, and writes are refused without the
//! CSRF token, from another origin, with `--read-only`, and on a non-local bind without
//! `--token`. (Browser tests with Chromium are not part of this first version.)

use crate::common::TestEnv;
use dom_query::Document;
use serde_json::Value;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

/// A running `claimtrack serve`, stopped when dropped.
struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn json(&self) -> Value {
        assert_eq!(self.header("content-type"), Some("application/json"));
        serde_json::from_str(&self.body).expect("a JSON body")
    }
}

/// A port nobody listens on now: bound, then released.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn start(env: &TestEnv, host: &str, extra: &[&str]) -> Server {
    let port = free_port();
    let bind = format!("{host}:{port}");
    let mut args = vec!["serve", "--bind", &bind];
    args.extend_from_slice(extra);
    let stderr = std::fs::File::create(env.path("serve.stderr")).unwrap();
    let child = env
        .command(&args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(stderr)
        .spawn()
        .expect("start claimtrack serve");
    let mut server = Server { child, port };
    let deadline = Instant::now() + Duration::from_secs(30);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        if let Ok(Some(status)) = server.child.try_wait() {
            panic!("serve exited with {status}: {}", stderr_of(env));
        }
        assert!(Instant::now() < deadline, "serve never listened");
        std::thread::sleep(Duration::from_millis(50));
    }
    server
}

fn stderr_of(env: &TestEnv) -> String {
    std::fs::read_to_string(env.path("serve.stderr")).unwrap_or_default()
}

impl Server {
    fn request(&self, method: &str, path: &str, headers: &[(&str, &str)], body: &str) -> Reply {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).unwrap();
        let mut head = format!("{method} {path} HTTP/1.1\r\nConnection: close\r\n");
        if !headers
            .iter()
            .any(|(name, _)| name.eq_ignore_ascii_case("host"))
        {
            head.push_str(&format!("Host: 127.0.0.1:{}\r\n", self.port));
        }
        head.push_str(&format!("Content-Length: {}\r\n", body.len()));
        for (name, value) in headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str("\r\n");
        stream.write_all(head.as_bytes()).unwrap();
        stream.write_all(body.as_bytes()).unwrap();
        let mut raw = String::new();
        stream.read_to_string(&mut raw).unwrap();
        let (head, body) = raw.split_once("\r\n\r\n").expect("an HTTP response");
        let mut lines = head.lines();
        let status = lines.next().unwrap()[9..12].parse().unwrap();
        let headers: Vec<(String, String)> = lines
            .filter_map(|l| l.split_once(": "))
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect();
        assert!(
            !headers
                .iter()
                .any(|(n, v)| n.eq_ignore_ascii_case("transfer-encoding") && v == "chunked"),
            "this client reads whole bodies only"
        );
        Reply {
            status,
            headers,
            body: body.to_string(),
        }
    }

    fn get(&self, path: &str) -> Reply {
        self.request("GET", path, &[], "")
    }

    fn page(&self, path: &str) -> Document {
        let reply = self.get(path);
        assert_eq!(reply.status, 200, "{path}: {}", reply.body);
        assert_eq!(
            reply.header("content-type"),
            Some("text/html; charset=utf-8"),
            "{path}"
        );
        Document::from(reply.body.as_str())
    }

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
    let audit = server.get("/api/audit").json();
    let cli_audit = cli_json(&env, &["audit"]);
    for key in ["documents", "outlets"] {
        assert_eq!(audit[key], cli_audit[key], "{key}");
    }
    let speaker = server.get("/api/speaker/Kadhemi").json();
    assert_eq!(
        speaker["claims"],
        cli_json(&env, &["claims", "--speaker", "Kadhemi"])
    );
    let listed = cli_json(&env, &["speakers"]);
    let record = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == speaker["speaker"]["name"])
        .expect("the speaker is listed");
    assert_eq!(&speaker["speaker"], record);
    assert!(speaker["merges"].is_array());

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

#[test]
fn a_review_needs_the_csrf_token_and_the_same_origin() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let server = start(&env, "127.0.0.1", &[]);
    let short = &env.fixture_hash("000")[..12];
    let page = server.page(&format!("/doc/{short}"));
    let (csrf, id) = (csrf_of(&page), first_claim(&page));
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
