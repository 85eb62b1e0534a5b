//! `claimtrack serve` in a real browser: headless Chromium driven through chromedriver over
//! WebDriver (the `fantoccini` client). The pages are checked as the browser renders and runs
//! them: every claim's content mark holds its content, a diff shows a pair side by side, the
//! keys review and edit, selected text becomes a claim at the right bytes, hostile text runs
//! nothing, and the screenshots are not blank.
//!
//! Without `chromium` and `chromedriver` on PATH the tests print a note and pass, except when
//! `CLAIMTRACK_REQUIRE_BROWSER` is set (`.ci/run` sets it, after installing both), where a
//! missing browser fails them. `CLAIMTRACK_SAVE_SCREENSHOTS=DIR` keeps the screenshots there
//! (the README's come from `CLAIMTRACK_SAVE_SCREENSHOTS=docs`).

use crate::common::serve::{Server, free_port, start};
use crate::common::{TestEnv, fixtures};
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};
use std::collections::BTreeMap;
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

/// One Chromium at a time: the machine running the tests may have only a few cores.
static ONE_BROWSER: Mutex<()> = Mutex::new(());

/// The program's path on PATH, if it is installed.
fn installed(name: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(name))
        .find(|path| path.is_file())
}

/// A headless Chromium under its own chromedriver, with a fresh profile; both stop on drop.
struct Browser {
    client: Client,
    runtime: tokio::runtime::Runtime,
    driver: Child,
    _profile: tempfile::TempDir,
    _one: MutexGuard<'static, ()>,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.runtime.block_on(self.client.clone().close());
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// The browser, or None (and a note) when Chromium or chromedriver is not installed and the
/// environment does not require them.
fn browser() -> Option<Browser> {
    let one = ONE_BROWSER
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let (Some(chromium), Some(chromedriver)) = (installed("chromium"), installed("chromedriver"))
    else {
        assert!(
            std::env::var_os("CLAIMTRACK_REQUIRE_BROWSER").is_none(),
            "chromium or chromedriver is not on PATH; .ci/run installs them (apt-get install chromium chromium-driver)"
        );
        eprintln!(
            "skipped: chromium and chromedriver are not installed (apt-get install chromium chromium-driver)"
        );
        return None;
    };
    let (driver, port) = start_chromedriver(&chromedriver);
    let profile = tempfile::tempdir().unwrap();
    let args = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,800",
        &format!("--user-data-dir={}", profile.path().display()),
    ];
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "goog:chromeOptions".to_string(),
        json!({ "binary": chromium, "args": args }),
    );
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    let client = runtime
        .block_on(
            ClientBuilder::new(connector)
                .capabilities(capabilities)
                .connect(&format!("http://127.0.0.1:{port}")),
        )
        .expect("a Chromium session from chromedriver");
    Some(Browser {
        client,
        runtime,
        driver,
        _profile: profile,
        _one: one,
    })
}

/// chromedriver on a free port. The port is picked before chromedriver binds it, so a test
/// running beside this one (a `claimtrack serve`) may take it first: then chromedriver exits,
/// and it is started again on another port rather than the test talking to that server.
fn start_chromedriver(chromedriver: &Path) -> (Child, u16) {
    for _ in 0..5 {
        let port = free_port();
        let mut driver = Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let deadline = Instant::now() + Duration::from_secs(30);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "chromedriver never listened");
            std::thread::sleep(Duration::from_millis(50));
        }
        // Whoever answered, chromedriver must still be running to be the one listening.
        std::thread::sleep(Duration::from_millis(200));
        match driver.try_wait() {
            Ok(None) => return (driver, port),
            _ => continue,
        }
    }
    panic!("chromedriver could not listen on a free port in five tries");
}

impl Browser {
    fn open(&self, server: &Server, path: &str) {
        let url = format!("http://127.0.0.1:{}{path}", server.port);
        self.runtime.block_on(self.client.goto(&url)).unwrap();
    }

    /// Runs a script in the page and returns what it returns.
    fn eval(&self, script: &str, args: Vec<Value>) -> Value {
        self.runtime
            .block_on(self.client.execute(script, args))
            .unwrap_or_else(|err| panic!("{script}: {err}"))
    }

    /// Presses and releases a key, as a person at the keyboard would, on the focused element.
    fn press(&self, key: char) {
        let keys = KeyActions::new("keyboard".to_string())
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key });
        self.runtime
            .block_on(self.client.perform_actions(keys))
            .unwrap();
    }

    fn click(&self, css: &str) {
        self.runtime
            .block_on(async { self.client.find(Locator::Css(css)).await?.click().await })
            .unwrap_or_else(|err| panic!("click {css}: {err}"));
    }

    fn type_into(&self, css: &str, text: &str) {
        self.runtime
            .block_on(async {
                let field = self.client.find(Locator::Css(css)).await?;
                field.clear().await?;
                field.send_keys(text).await
            })
            .unwrap_or_else(|err| panic!("type into {css}: {err}"));
    }

    /// Makes the page's viewport `width`×`height`: the window is larger by its frame.
    fn set_viewport(&self, width: u32, height: u32) {
        self.runtime
            .block_on(self.client.set_window_size(width, height))
            .unwrap();
        let frame = self.eval(
            "return [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight];",
            vec![],
        );
        let extra = |i: usize| frame[i].as_u64().unwrap() as u32;
        self.runtime
            .block_on(
                self.client
                    .set_window_size(width + extra(0), height + extra(1)),
            )
            .unwrap();
    }

    fn screenshot(&self) -> Vec<u8> {
        self.runtime.block_on(self.client.screenshot()).unwrap()
    }
}

fn cli_json(env: &TestEnv, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    env.run(&all).success().json()
}

/// Waits until `done` holds, for a write the page made through a form and a redirect.
fn eventually(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !done() {
        assert!(Instant::now() < deadline, "never happened: {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The text of each claim's content mark as the browser renders it, the pieces of a mark split
/// where it crosses another put together; and how many marks begin a claim's content.
const CONTENT_MARKS: &str = "
    const pieces = {};
    let heads = 0;
    for (const mark of document.querySelectorAll('div.text mark.content')) {
        pieces[mark.dataset.claim] = (pieces[mark.dataset.claim] || '') + mark.textContent;
        if (!mark.classList.contains('cont')) heads += 1;
    }
    return [pieces, heads];";

#[test]
fn every_content_mark_shows_its_claims_content() {
    let Some(browser) = browser() else { return };
    let env = TestEnv::new();
    env.ingest_fixtures();
    let server = start(&env, "127.0.0.1", &[]);
    let mut checked = 0;
    for document in cli_json(&env, &["docs"]).as_array().unwrap() {
        let sha = document["short_hash"].as_str().unwrap();
        let claims = cli_json(&env, &["claims", "--doc", sha]);
        let claims = claims.as_array().unwrap();
        browser.open(&server, &format!("/doc/{sha}"));
        let found = browser.eval(CONTENT_MARKS, vec![]);
        assert_eq!(found[1], claims.len(), "{sha}: one content mark per claim");
        let pieces = found[0].as_object().unwrap();
        assert_eq!(pieces.len(), claims.len(), "{sha}");
        for claim in claims {
            let id = claim["id"].to_string();
            assert_eq!(pieces[&id], claim["content"], "{sha} claim {id}");
            checked += 1;
        }
    }
    assert!(checked > 20, "the fixtures have claims to check: {checked}");
}

/// Where an element is on the page: left, top, width, height.
fn rectangle(browser: &Browser, css: &str) -> [f64; 4] {
    let rect = browser.eval(
        "const r = document.querySelector(arguments[0]).getBoundingClientRect();
         return [r.left, r.top, r.width, r.height];",
        vec![json!(css)],
    );
    let number = |i: usize| rect[i].as_f64().unwrap();
    [number(0), number(1), number(2), number(3)]
}

/// The two reports of one news conference in `fixtures/reports`, stored as the README's
/// recipe stores them, and their diff as `claimtrack diff` prints it.
fn two_reports(env: &TestEnv) -> (String, String, Value) {
    let mut hashes = Vec::new();
    for (name, outlet) in [("daily.txt", "Daily A"), ("weekly.txt", "Weekly B")] {
        let path = fixtures().join("reports").join(name);
        env.run(&["ingest", "--outlet", outlet, path.to_str().unwrap()])
            .success();
        let text = std::fs::read(&path).unwrap();
        hashes.push(claimtrack::input::sha256_hex(&text)[..12].to_string());
    }
    let diff = cli_json(env, &["diff", &hashes[0], &hashes[1]]);
    let weekly = hashes.pop().unwrap();
    (hashes.pop().unwrap(), weekly, diff)
}

#[test]
fn the_diff_shows_a_pair_side_by_side() {
    let Some(browser) = browser() else { return };
    let env = TestEnv::new();
    let (a, b, diff) = two_reports(&env);
    let server = start(&env, "127.0.0.1", &[]);
    let (a, b) = (a.as_str(), b.as_str());
    let pair = &diff["both"][0];
    assert_eq!(
        (&pair["a"]["speaker"], &pair["b"]["speaker"]),
        (&json!("Ana Ruiz"), &json!("Ana Ruiz")),
        "the known pair: {diff}"
    );
    browser.open(&server, &format!("/diff?a={a}&b={b}"));
    let left = format!("div.pair > div.claim[data-claim=\"{}\"]", pair["a"]["id"]);
    let right = format!("div.pair > div.claim[data-claim=\"{}\"]", pair["b"]["id"]);
    let same_pair = browser.eval(
        "return document.querySelector(arguments[0]).parentNode === document.querySelector(arguments[1]).parentNode;",
        vec![json!(left), json!(right)],
    );
    assert_eq!(same_pair, true, "both claims in one pair");
    let text = |css: &str| {
        browser.eval(
            "return document.querySelector(arguments[0]).textContent;",
            vec![json!(css)],
        )
    };
    for (css, claim) in [(&left, &pair["a"]), (&right, &pair["b"])] {
        let shown = text(css);
        let content = claim["content"].as_str().unwrap();
        assert!(shown.as_str().unwrap().contains(content), "{shown}");
    }
    let (l, r) = (rectangle(&browser, &left), rectangle(&browser, &right));
    assert!(l[0] + l[2] <= r[0], "A left of B: {l:?} {r:?}");
    assert!((l[1] - r[1]).abs() < 1.0, "on one row: {l:?} {r:?}");
}

/// The claims of a document by id, as `claimtrack claims` lists them (rejected ones too).
fn claims_by_id(env: &TestEnv, sha: &str) -> BTreeMap<i64, Value> {
    let mut claims = BTreeMap::new();
    for review in ["unreviewed", "accepted", "rejected"] {
        for claim in cli_json(env, &["claims", "--doc", sha, "--review", review])
            .as_array()
            .unwrap()
        {
            claims.insert(claim["id"].as_i64().unwrap(), claim.clone());
        }
    }
    claims
}

#[test]
fn keys_move_review_and_edit_and_a_focused_mark_shows_its_tooltip() {
    let Some(browser) = browser() else { return };
    let env = TestEnv::new();
    env.ingest_fixtures();
    let server = start(&env, "127.0.0.1", &[]);
    let sha = &env.fixture_hash("000")[..12];
    let before = claims_by_id(&env, sha);
    browser.open(&server, &format!("/doc/{sha}"));
    // The claims in the page's order, which j and k follow.
    let ids: Vec<i64> = browser
        .eval(
            "return Array.from(document.querySelectorAll('ol.claims li')).map(li => Number(li.dataset.claim));",
            vec![],
        )
        .as_array()
        .unwrap()
        .iter()
        .map(|id| id.as_i64().unwrap())
        .collect();
    assert!(ids.len() >= 3 && ids.len() == before.len(), "{ids:?}");

    browser.press('j');
    browser.press('j');
    let focused = browser.eval(
        "const el = document.activeElement;
         return [el.dataset.claim, getComputedStyle(el, '::after').content];",
        vec![],
    );
    let second = ids[1].to_string();
    assert_eq!(
        focused[0],
        second.as_str(),
        "j twice focuses the second claim's mark"
    );
    let tooltip = focused[1].as_str().unwrap();
    assert!(
        tooltip.contains("speaker:")
            && tooltip.contains("stance:")
            && tooltip.contains("resolver:"),
        "a focused mark shows its tooltip: {tooltip}"
    );
    browser.press('k');
    browser.press('r');
    eventually("r rejects the first claim", || {
        claims_by_id(&env, sha)[&ids[0]]["review"] == "rejected"
    });
    // The page comes back on the next claim: `a` accepts it.
    eventually("the page comes back", || {
        browser.eval("return document.readyState === 'complete' && document.querySelector('li.focused') !== null;", vec![]) == true
    });
    browser.press('a');
    eventually("a accepts the second claim", || {
        claims_by_id(&env, sha)[&ids[1]]["review"] == "accepted"
    });
    let after = claims_by_id(&env, sha);
    for id in &ids[2..] {
        assert_eq!(after[id], before[id], "claim {id} untouched");
    }

    // e opens the focused claim's edit form; its speaker and stance are changed and saved.
    eventually("the page comes back", || {
        browser.eval("return document.readyState === 'complete' && document.querySelector('li.focused') !== null;", vec![]) == true
    });
    let third = ids[2];
    browser.eval(
        "document.getElementById('c' + arguments[0]).focus();",
        vec![json!(third)],
    );
    browser.press('e');
    let edit = format!("li[data-claim=\"{third}\"] form.edit");
    browser.type_into(&format!("{edit} input[name=speaker]"), "Edited Speaker");
    browser.eval(
        "document.querySelector(arguments[0] + ' select[name=stance]').value = 'deny';",
        vec![json!(edit)],
    );
    browser.click(&format!("{edit} button[type=submit]"));
    eventually("the edit is saved", || {
        let claim = &claims_by_id(&env, sha)[&third];
        claim["speaker"] == "Edited Speaker" && claim["stance"] == "deny"
    });
    let edited = &claims_by_id(&env, sha)[&third];
    assert_eq!(
        edited["content"], before[&third]["content"],
        "the span kept"
    );
}

/// An article whose words come after multi-byte characters, so that character and byte
/// offsets differ.
const ACCENTED: &str = "Él dijo «sí» — ☂ Señora Núñez añadió que el puente será reparado en mayo, según el ayuntamiento.\n";

#[test]
fn selected_text_becomes_a_manual_claim_at_its_bytes() {
    let Some(browser) = browser() else { return };
    let env = TestEnv::new();
    let sha = env.add_document("accented.txt", ACCENTED);
    let server = start(&env, "127.0.0.1", &[]);
    browser.open(&server, &format!("/doc/{}", &sha[..12]));
    let wanted = "el puente será reparado en mayo";
    let start = ACCENTED.find(wanted).unwrap();
    // Select the words as a double click and drag often leaves them: a range over the
    // article's text node with the space before, which the page trims.
    browser.eval(
        "const text = document.querySelector('div.text').firstChild;
         const at = text.data.indexOf(arguments[0]);
         const range = document.createRange();
         range.setStart(text, at - 1);
         range.setEnd(text, at + arguments[0].length);
         window.getSelection().removeAllRanges();
         window.getSelection().addRange(range);",
        vec![json!(wanted)],
    );
    eventually("the add form shows", || {
        browser.eval(
            "return !document.querySelector('form.add-claim').hidden;",
            vec![],
        ) == true
    });
    browser.type_into("form.add-claim input[name=speaker]", "Señora Núñez");
    browser.click("form.add-claim button[type=submit]");
    let claims = || cli_json(&env, &["claims", "--doc", &sha[..12]]);
    eventually("the claim is added", || {
        !claims().as_array().unwrap().is_empty()
    });
    let claim = &claims()[0];
    assert_eq!(claim["content"], wanted);
    assert_eq!(claim["start"], start);
    assert_eq!(claim["end"], start + wanted.len());
    assert_eq!(claim["speaker"], "Señora Núñez");
    assert_eq!(claim["origin"], "manual");
}

/// A script and attribute-breaking markup in an article and in a speaker's name, each of which
/// would set `window.__pwned` if it ran; and a right-to-left override.
const HOSTILE_TEXT: &str = "Officials met on Monday.\n\"<script>window.__pwned = 1; document.title = 'pwned'</script> the \"><img src=x onerror=\"window.__pwned = 2\"> plan \u{202E}is dead\u{202C}\", said the minister.\n";
const HOSTILE_CONTENT: &str = "<script>window.__pwned = 1; document.title = 'pwned'</script> the \"><img src=x onerror=\"window.__pwned = 2\"> plan \u{202E}is dead\u{202C}";
const HOSTILE_SPEAKER: &str = "<script>window.__pwned = 3</script> O'Brien\" onfocus=\"window.__pwned = 4\" autofocus x=\"\u{202E}";

#[test]
fn hostile_text_is_shown_as_text_and_runs_nothing() {
    let Some(browser) = browser() else { return };
    let env = TestEnv::new();
    let sha = env.add_document("hostile.txt", HOSTILE_TEXT);
    env.add_claim(&sha, HOSTILE_CONTENT, HOSTILE_SPEAKER);
    let server = start(&env, "127.0.0.1", &[]);
    let speaker_path = format!(
        "/speaker/{}",
        HOSTILE_SPEAKER
            .bytes()
            .map(|b| format!("%{b:02X}"))
            .collect::<String>()
    );
    for path in [
        format!("/doc/{}", &sha[..12]),
        speaker_path,
        "/".to_string(),
        "/audit".to_string(),
    ] {
        browser.open(&server, &path);
        // Give an image error or a focus handler the time to fire.
        std::thread::sleep(Duration::from_millis(300));
        let state = browser.eval(
            "return [typeof window.__pwned, document.title, document.querySelectorAll('img').length,
                     Array.from(document.scripts).map(s => s.getAttribute('src'))];",
            vec![],
        );
        assert_eq!(state[0], "undefined", "{path}: a script from the data ran");
        assert_ne!(state[1], "pwned", "{path}: the title was set by a script");
        assert_eq!(state[2], 0, "{path}: no image from the data");
        assert_eq!(
            state[3],
            json!(["/assets/app.js"]),
            "{path}: only the page's script"
        );
    }
    browser.open(&server, &format!("/doc/{}", &sha[..12]));
    let shown = browser.eval(
        "return [document.querySelector('div.text').textContent,
                 document.querySelector('div.text mark.content').textContent,
                 document.querySelector('ol.claims a[href^=\"/speaker/\"]').textContent];",
        vec![],
    );
    assert_eq!(
        shown,
        json!([HOSTILE_TEXT, HOSTILE_CONTENT, HOSTILE_SPEAKER])
    );
}

/// Checks that a screenshot is a 1280×800 picture with something on it, and returns how many
/// distinct colours it has.
fn colours_of_screenshot(png_bytes: &[u8]) -> usize {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().expect("a PNG");
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let frame = reader.next_frame(&mut pixels).expect("a PNG frame");
    assert_eq!((frame.width, frame.height), (1280, 800));
    let channels = frame.color_type.samples();
    let colours: std::collections::HashSet<&[u8]> =
        pixels[..frame.buffer_size()].chunks(channels).collect();
    colours.len()
}

#[test]
fn screenshots_of_the_article_and_the_diff_are_not_blank() {
    let Some(browser) = browser() else { return };
    let env = TestEnv::new();
    env.ingest_fixtures();
    let (daily, weekly, _) = two_reports(&env);
    let server = start(&env, "127.0.0.1", &[]);
    let article = &env.fixture_hash("000")[..12];
    // A relative directory is the repository's (tests run in cli/).
    let keep =
        std::env::var_os("CLAIMTRACK_SAVE_SCREENSHOTS").map(|dir| fixtures().join("..").join(dir));
    browser.open(&server, "/");
    browser.set_viewport(1280, 800);
    for (path, name) in [
        (format!("/doc/{article}"), "serve-article.png"),
        (format!("/diff?a={daily}&b={weekly}"), "serve-diff.png"),
    ] {
        browser.open(&server, &path);
        let shot = browser.screenshot();
        let colours = colours_of_screenshot(&shot);
        assert!(colours > 50, "{path}: only {colours} colours");
        if let Some(dir) = &keep {
            std::fs::write(dir.join(name), &shot).unwrap();
        }
    }
}
