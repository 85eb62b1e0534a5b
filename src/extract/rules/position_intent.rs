//! Positions, demands and intentions: "vowed to C", "denied C", "endorsed C", "plans to C".

use super::said::said_rule;
use crate::extract::attribute::{Answer, CueSite};
use crate::extract::lexicon::Frame;

/// "S vowed to C", "pledged that C".
pub(crate) fn vow_to(site: &CueSite) -> Answer {
    said_rule(site, |_, said| said.frame == Frame::Infinitive)
}

/// "S denied C", "urged C": a noun phrase or a clause.
pub(crate) fn object(site: &CueSite) -> Answer {
    said_rule(site, |_, said| said.frame == Frame::Object)
}

/// "S endorsed C", "opposed C": a position taken on a noun phrase.
pub(crate) fn position_object(site: &CueSite) -> Answer {
    said_rule(site, |_, said| said.frame == Frame::Position)
}

/// "S plans to C", "refused to C", "wants X to C".
pub(crate) fn intent(site: &CueSite) -> Answer {
    said_rule(site, |_, said| said.frame == Frame::Intent)
}
