//! Checking the names a filter gives before a command runs: an outlet or a speaker that no
//! stored document or claim has is a mistake (a typo, the wrong database), so it exits 1 with a
//! hint instead of printing an empty answer that looks like a finding.

use claimtrack::error::{Error, Result};
use claimtrack::store::Store;

/// Fails unless some stored document has the outlet `name` (compared as the filters compare).
pub fn require_outlet(store: &Store, name: &str) -> Result<()> {
    match store.outlet_named(name)? {
        Some(_) => Ok(()),
        None => Err(Error::user(format!("no outlet named {name:?}"))
            .with_hint("`claimtrack docs` lists the documents with their outlets")),
    }
}

/// The ids of the speakers a name or alias finds; fails when it finds none.
pub fn require_speaker(store: &Store, name: &str) -> Result<Vec<i64>> {
    let ids = store.find_speakers(name)?;
    if ids.is_empty() {
        return Err(Error::user(format!("no speaker is known as {name:?}")).with_hint(
            "`claimtrack speakers` lists them; a name matches ignoring case and accents, and so does an alias",
        ));
    }
    Ok(ids)
}
