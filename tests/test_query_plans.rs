//! The listings that must answer at once on a large database use indexes, not scans:
//! claims by speaker, by document (which is also what `diff` runs, once per side) and by outlet.

use crate::common::TestEnv;
use claimtrack::store::{ClaimFilter, Store};

/// The plan's steps, and whether any of them reads the whole claim or document table.
fn plan(store: &Store, filter: &ClaimFilter) -> (String, bool) {
    let steps = store.explain_claims(filter).unwrap();
    let scans = steps.iter().any(|s| {
        s.starts_with("SCAN c")
            || s.starts_with("SCAN d")
            || s.starts_with("SCAN claim")
            || s.starts_with("SCAN document")
    });
    (steps.join("\n"), scans)
}

#[test]
fn claim_listings_search_indexes() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let store = Store::open(&env.db()).unwrap();
    let speaker = store.find_speakers("Sajad Jiyad").unwrap();
    let document = store
        .resolve_document(&env.fixture_hash("000")[..8])
        .unwrap()
        .id;
    for (what, filter, index) in [
        (
            "speaker",
            ClaimFilter {
                speaker_ids: Some(speaker),
                ..ClaimFilter::default()
            },
            "claim_by_speaker",
        ),
        (
            "document (and diff)",
            ClaimFilter {
                document_id: Some(document),
                ..ClaimFilter::default()
            },
            "claim_by_document",
        ),
        (
            "outlet",
            ClaimFilter {
                outlet: Some("The New Arab".into()),
                ..ClaimFilter::default()
            },
            "claim_by_document",
        ),
    ] {
        let (steps, scans) = plan(&store, &filter);
        println!("{what}:\n{steps}\n");
        assert!(!scans, "listing by {what} scans a table:\n{steps}");
        assert!(
            steps.contains(index),
            "listing by {what} does not use {index}:\n{steps}"
        );
    }
}
