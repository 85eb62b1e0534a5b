//! PLACEHOLDER: replaced by the extractor work (issue 3).
use crate::model::Attribution;

pub const EXTRACTOR_VERSION: &str = "0.0.0";

pub fn extract(_text: &str) -> Vec<Attribution> {
    Vec::new()
}
