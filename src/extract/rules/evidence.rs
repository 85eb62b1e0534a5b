//! Documents as sources: "The study found no link", "A poll released on Monday showed C". The
//! subject is found by `evidence::document_subject` and resolved by the `evidence-source`
//! resolver; the rule here is the frame a document takes.

use super::said::said_rule;
use crate::extract::attribute::{Answer, CueSite};
use crate::extract::lexicon::Frame;

/// "The study found no link": a document finds a plain noun phrase.
pub(crate) fn document_finds(site: &CueSite) -> Answer {
    said_rule(site, |_, said| {
        said.frame == Frame::Object && said.document_subject
    })
}
