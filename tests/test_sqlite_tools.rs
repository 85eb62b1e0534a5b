//! The database as Datasette and sqlite-utils see it: they find the claims' full-text index by
//! themselves, and the views answer "who said what" in plain SQL. Run with the real tools,
//! installed from PyPI: `.ci/run` puts them on PATH and sets `CLAIMTRACK_REQUIRE_SQLITE_TOOLS`,
//! so in CI a missing tool fails the test instead of skipping it.

use crate::common::TestEnv;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The tool's path on PATH, or None (and a note) when it is not installed outside CI.
fn tool(name: &str) -> Option<PathBuf> {
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(name))
            .find(|path| path.is_file())
    });
    if found.is_none() {
        assert!(
            std::env::var_os("CLAIMTRACK_REQUIRE_SQLITE_TOOLS").is_none(),
            "{name} is not on PATH; .ci/run installs it in a virtualenv"
        );
        eprintln!("skipped: {name} is not installed (pip install sqlite-utils datasette)");
    }
    found
}

/// The fixtures, where ingest merges "Kadhimi" and "Mustafa al-Kadhemi" into "Mustafa
/// al-Kadhimi".
fn fixtures_database() -> TestEnv {
    let env = TestEnv::new();
    env.ingest_fixtures();
    env
}

#[test]
fn sqlite_utils_search_finds_claims_by_their_words() {
    let Some(sqlite_utils) = tool("sqlite-utils") else {
        return;
    };
    let env = fixtures_database();
    let db = env.db();
    let output = Command::new(sqlite_utils)
        .args(["search", db.to_str().unwrap(), "claim", "militias"])
        .args(["--column", "content"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{stderr}");
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    assert!(rows.len() >= 2, "{rows:?}");
    for row in &rows {
        let content = row["content"].as_str().unwrap().to_lowercase();
        assert!(content.contains("militia"), "{content}");
    }
}

#[test]
fn the_claims_view_names_merged_speakers_by_their_group() {
    let Some(sqlite_utils) = tool("sqlite-utils") else {
        return;
    };
    let env = fixtures_database();
    let db = env.db();
    let query = "select speaker, count(*) as n from claims_view \
                 where speaker like '%Kadhimi%' group by speaker";
    let output = Command::new(sqlite_utils)
        .args(["query", db.to_str().unwrap(), query])
        .output()
        .unwrap();
    assert!(output.status.success());
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(rows.len(), 1, "one group, one name: {rows:?}");
    assert_eq!(rows[0]["speaker"], "Mustafa al-Kadhimi");
    let cli = env.run(&[
        "claims",
        "--speaker",
        "Mustafa al-Kadhimi",
        "--format",
        "json",
    ]);
    let listed = cli.success().json().as_array().unwrap().len();
    assert_eq!(
        rows[0]["n"], listed,
        "the view and `claims --speaker` agree"
    );
}

#[test]
fn datasette_search_returns_claims() {
    let Some(datasette) = tool("datasette") else {
        return;
    };
    let env = fixtures_database();
    let port = free_port();
    let mut server = Command::new(datasette)
        .args([
            "serve",
            env.db().to_str().unwrap(),
            "--port",
            &port.to_string(),
        ])
        .args(["--host", "127.0.0.1"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let name = env.db().file_stem().unwrap().to_str().unwrap().to_string();
    let path = format!("/{name}/claim.json?_search=militias&_shape=array&_col=content");
    let body = get_when_up(port, &path);
    server.kill().ok();
    server.wait().ok();
    let rows: Vec<serde_json::Value> = serde_json::from_str(&body).unwrap_or_else(|err| {
        panic!("not JSON ({err}): {body}");
    });
    assert!(rows.len() >= 2, "{rows:?}");
    for row in &rows {
        let content = row["content"].as_str().unwrap().to_lowercase();
        assert!(
            content.contains("militia"),
            "_search was applied: {content}"
        );
    }
}

fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

/// The body of a plain HTTP GET, retried while the server starts (up to a minute).
fn get_when_up(port: u16, path: &str) -> String {
    let started = Instant::now();
    loop {
        if let Ok(mut stream) = std::net::TcpStream::connect(("127.0.0.1", port)) {
            let request = format!("GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
            stream.write_all(request.as_bytes()).unwrap();
            let mut response = String::new();
            stream.read_to_string(&mut response).unwrap();
            let (head, body) = response.split_once("\r\n\r\n").unwrap_or((&response, ""));
            assert!(
                head.starts_with("HTTP/1.0 200") || head.starts_with("HTTP/1.1 200"),
                "{head}"
            );
            return body.to_string();
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "datasette never answered"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}
