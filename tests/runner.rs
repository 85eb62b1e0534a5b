//! The one integration-test binary (as in jj): every `test_*` module runs the real
//! `claimtrack` binary in a [`common::TestEnv`] with its own HOME, database and terminal width.

mod common;
mod test_analysis;
mod test_bad_input;
mod test_batches;
mod test_bounded;
mod test_claims;
mod test_cli_promises;
mod test_concurrency;
mod test_crash;
mod test_diagnoses;
mod test_eval;
mod test_evidence;
mod test_export;
mod test_extract;
mod test_history;
mod test_hostile;
mod test_import_strict;
mod test_ingest;
mod test_ingest_formats;
mod test_json;
mod test_linked_data;
mod test_names;
mod test_properties;
mod test_query_plans;
mod test_races;
mod test_readme_tour;
mod test_resume;
mod test_snapshots;
mod test_speakers;
mod test_sql_safety;
mod test_sqlite_tools;
mod test_text_shape;
mod test_verify;
mod test_waiting;
mod test_web;
