//! claimtrack: find, store and compare attributed claims in news articles.
//!
//! The crate is a library with a thin binary. [`extract`] is a pure function from text to
//! attributions and knows nothing of storage; [`store`] keeps documents and claims in SQLite and
//! knows nothing of the command line. The binary (the `claimtrack-cli` package in `cli/`)
//! turns arguments into calls on both; nothing here knows of clap, commands or flags.

pub mod alternate_names;
pub mod diff;
pub mod error;
pub mod eval;
pub mod extract;
pub mod field_picker;
pub mod ingest;
pub mod input;
pub mod linked_data;
pub mod model;
pub mod names;
pub mod output;
pub mod passage;
pub mod record;
pub mod store;
pub mod textmatch;
