//! `ingest` of web archives (`.warc`, `.warc.gz`): every successful HTML response becomes a page
//! document with the record's target URI and date; other records are passed over, and a damaged
//! or cut archive is reported. The fixture archive is written by fixtures/tools/make_warc.py.

use crate::common::{TestEnv, fixtures};
use crate::test_pages::{assert_bridge_page, assert_ferry_page, shown_titled};

fn archive(name: &str) -> std::path::PathBuf {
    fixtures().join("web-archive").join(name)
}

fn ferry_bytes() -> Vec<u8> {
    std::fs::read(fixtures().join("pages").join("harbour-ferry.html")).unwrap()
}

#[test]
fn a_compressed_web_archive_gives_a_page_document_per_html_response() {
    let env = TestEnv::new();
    let path = archive("crawl.warc.gz");
    let run = env.run(&["ingest", path.to_str().unwrap()]).success();
    assert!(
        run.stderr.contains("2 added, 0 already present, 0 failed"),
        "{}",
        run.stderr
    );
    assert!(
        run.stdout.contains("crawl.warc.gz[2]") && run.stdout.contains("crawl.warc.gz[5]"),
        "records are named by their place: {}",
        run.stdout
    );
    let ferry = shown_titled(&env, "Ferry to return in May");
    assert_ferry_page(&ferry, &ferry_bytes());
    assert_eq!(
        ferry["url"],
        "https://harbour-gazette.example/local/ferry-to-return"
    );
    assert_eq!(ferry["page"]["fetched_at"], "2024-04-12T09:00:02Z");
    assert_eq!(ferry["page"]["media_type"], "text/html; charset=utf-8");
    // Sent chunked and gzip-encoded: stored as the page the server meant.
    let bridge = shown_titled(&env, "Bridge to reopen on Friday");
    assert_bridge_page(&bridge);
    assert_eq!(
        bridge["url"],
        "https://city-daily.example/traffic/bridge-to-reopen"
    );
    env.run(&["verify"]).success();
}

#[test]
fn a_web_archive_in_a_directory_is_read_and_gives_the_same_documents() {
    let env = TestEnv::new();
    env.copy("crawls/a.WARC", &archive("crawl.warc"));
    env.copy("crawls/b.warc.gz", &archive("crawl.warc.gz"));
    let run = env.run(&["ingest", "crawls"]).success();
    assert!(
        run.stderr.contains("2 added, 2 already present"),
        "{}",
        run.stderr
    );
    assert_ferry_page(
        &shown_titled(&env, "Ferry to return in May"),
        &ferry_bytes(),
    );
}

#[test]
fn a_record_too_large_is_an_error_naming_it_and_costs_no_other() {
    let env = TestEnv::new();
    let path = archive("crawl.warc");
    let run = env.run(&["ingest", "--max-bytes", "1150", path.to_str().unwrap()]);
    run.failed_saying(
        1,
        &[
            "crawl.warc[2] (https://harbour-gazette.example/local/ferry-to-return): 1183 bytes, more than --max-bytes (1150); not read",
            "1 added",
            "1 failed",
        ],
    );
    shown_titled(&env, "Bridge to reopen on Friday");
}

#[test]
fn a_damaged_cut_or_empty_web_archive_is_reported() {
    let env = TestEnv::new();
    let whole = std::fs::read(archive("crawl.warc")).unwrap();
    let at = |needle: &str| {
        whole
            .windows(needle.len())
            .position(|w| w == needle.as_bytes())
            .unwrap()
    };
    let cases = [
        (
            "junk.warc",
            b"hello there\r\n\r\n".to_vec(),
            "junk.warc[0]: not a WARC record, or a damaged one",
        ),
        (
            "body.warc",
            whole[..at("Ferry to return in May")].to_vec(),
            "body.warc[2]: the archive ends inside this record (",
        ),
        (
            "head.warc",
            whole[..at("<urn:uuid:00000000-0000-4000-8000-000000000005>")].to_vec(),
            "head.warc: the archive ends inside a record's head; is it cut short?",
        ),
        (
            "none.warc",
            whole[..at("WARC/1.0\r\nWARC-Type: response")].to_vec(),
            "none.warc: no HTML page in this web archive (2 records, none a successful HTML response)",
        ),
    ];
    for (name, bytes, message) in cases {
        let path = env.write(name, bytes);
        env.run(&["ingest", path.to_str().unwrap()])
            .failed_saying(1, &[message]);
    }
}
