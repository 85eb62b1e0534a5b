//! The listings that must answer at once on a large database use indexes, not scans:
//! claims by speaker, by document (which is also what `diff` runs, once per side) and by outlet,
//! and the audit's and speakers' rankings, which read counts rather than claims.
//! The listings that page (issue 15) also read in the order they print, so that a first page
//! reads about as many rows as it shows: no temporary B-tree sorts all of a speaker's claims,
//! all of a search's matches joined to their rows, or every document.

use crate::common::TestEnv;
use claimtrack::store::{AuditScope, ClaimFilter, Store};

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

/// Whether a plan sorts its rows itself instead of reading them in order.
fn sorts(steps: &str) -> bool {
    steps.contains("TEMP B-TREE")
}

#[test]
fn paged_listings_read_in_the_order_they_print() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let store = Store::open(&env.db()).unwrap();
    let one = store.find_speakers("Sajad Jiyad").unwrap();
    let mut group = one.clone();
    group.extend(store.find_speakers("Mustafa al-Kadhimi").unwrap());
    assert!(group.len() >= 2, "two speakers' ids: {group:?}");
    let by_speaker = |ids: &Vec<i64>| ClaimFilter {
        speaker_ids: Some(ids.clone()),
        limit: Some(50),
        ..ClaimFilter::default()
    };
    for (what, filter, index) in [
        ("one speaker", by_speaker(&one), "claim_by_speaker"),
        ("a merged speaker", by_speaker(&group), "claim_by_speaker"),
        (
            "a search",
            ClaimFilter {
                search: Some("rocket attacks".into()),
                limit: Some(50),
                ..ClaimFilter::default()
            },
            "claim_fts",
        ),
        (
            "everything",
            ClaimFilter {
                limit: Some(50),
                ..ClaimFilter::default()
            },
            "claim_by_document",
        ),
    ] {
        let steps = store.explain_claims(&filter).unwrap().join("\n");
        println!("{what}:\n{steps}\n");
        assert!(!sorts(&steps), "listing {what} sorts:\n{steps}");
        assert!(
            steps.contains(index),
            "listing {what} does not use {index}:\n{steps}"
        );
    }
    let (steps, scans) = plan(&store, &by_speaker(&group));
    assert!(!scans, "a merged speaker's listing scans a table:\n{steps}");
    for steps in store.explain_documents().unwrap() {
        let steps = steps.join("\n");
        println!("documents:\n{steps}\n");
        assert!(!sorts(&steps), "the document listing sorts:\n{steps}");
        assert!(steps.contains("document_by_outlet"), "{steps}");
        assert!(!steps.contains("SCAN d"), "{steps}");
    }
    let steps = store.explain_speaker_claim_page().unwrap().join("\n");
    println!("serve's speaker page:\n{steps}\n");
    assert!(!sorts(&steps), "the speaker page sorts:\n{steps}");
    assert!(
        steps.contains("SEARCH claim USING INDEX claim_by_speaker"),
        "{steps}"
    );
}

/// `audit` and `speakers` read the counts kept at write time, in the order of their indexes:
/// neither counts claims, and neither sorts more than ties.
#[test]
fn audit_and_speakers_read_the_counts_in_index_order() {
    let env = TestEnv::new();
    env.ingest_fixtures();
    let store = Store::open(&env.db()).unwrap();
    let whole = AuditScope::default();
    let outlet = AuditScope {
        outlet: Some("The New Arab".into()),
        ..AuditScope::default()
    };
    for (what, steps, index) in [
        (
            "audit",
            store.explain_sourcing(&whole).unwrap(),
            "document_sourcing_by_rank",
        ),
        (
            "audit --outlet",
            store.explain_sourcing(&outlet).unwrap(),
            "document_sourcing_by_rank",
        ),
        (
            "speakers",
            store.explain_speakers().unwrap(),
            "speaker_group_claims_by_count",
        ),
    ] {
        let first = steps[0].clone();
        let steps = steps.join("\n");
        println!("{what}:\n{steps}\n");
        assert!(
            first.starts_with("SCAN") && first.contains(index),
            "{what} does not start from {index}:\n{steps}"
        );
        assert!(
            !steps.contains("claim ") && !steps.contains("claim_"),
            "{what} reads claims:\n{steps}"
        );
        assert!(
            steps.contains(index),
            "{what} does not use {index}:\n{steps}"
        );
        assert!(
            !steps.contains("USE TEMP B-TREE FOR ORDER BY"),
            "{what} sorts every row:\n{steps}"
        );
    }
}
