//! Words the library's errors for the command line. The library says what went wrong and
//! carries the data ([`Reason`]); only here are its remedies named as commands and flags, so
//! that the library knows nothing of the command line and the wording lives in one place.

use claimtrack::error::{Error, Reason};

/// An error as the user reads it: `error: {message}`, then `hint: {hint}`.
#[derive(Debug, PartialEq, Eq)]
pub struct Explained {
    pub message: String,
    pub hint: Option<String>,
}

pub fn explain(err: &Error) -> Explained {
    let mut shown = Explained {
        message: err.message.clone(),
        hint: err.hint.clone(),
    };
    let Some(reason) = err.reason() else {
        return shown;
    };
    if let Some(message) = message_for(reason) {
        shown.message = placed(err, &message);
    }
    if let Some(hint) = hint_for(reason) {
        shown.hint = Some(hint);
    }
    shown
}

/// The message, where the library's would not name the flag the value came from.
fn message_for(reason: &Reason) -> Option<String> {
    Some(match reason {
        Reason::EmptySearch => "--search: give at least one word to search for".to_string(),
        Reason::EmptySpeakerName => "--speaker: give a name".to_string(),
        Reason::NoDatabasePath => "--db: give a path to a database file".to_string(),
        Reason::InMemoryDatabase => {
            "--db :memory:: an in-memory database would keep nothing after the command".to_string()
        }
        Reason::TooLarge {
            size,
            at_least,
            limit,
        } => format!(
            "{}{size} bytes, more than --max-bytes ({limit}); not read",
            if *at_least { "at least " } else { "" }
        ),
        _ => return None,
    })
}

/// The hint, naming the command that lists what was not found or the flag to change.
fn hint_for(reason: &Reason) -> Option<String> {
    Some(match reason {
        Reason::NoSuchClaim { .. } => "`claimtrack claims` lists the claims with their ids".into(),
        Reason::NoSuchDocument { .. } => {
            "`claimtrack docs` lists the documents with their hashes".into()
        }
        Reason::NoSuchSpeaker { .. } => "`claimtrack speakers` lists the speakers".into(),
        Reason::NeverMerged { .. } => {
            "`claimtrack speakers` shows each speaker with the names merged into it".into()
        }
        Reason::AliasOfAnother { name, alias } => {
            format!("if they are one speaker: claimtrack speaker merge {name:?} {alias:?}")
        }
        Reason::ImportedAliasOfAnother { name, alias } => format!(
            "if they are one speaker, import without the alias and then: claimtrack speaker merge {name:?} {alias:?}"
        ),
        Reason::DatabaseUri { path } => {
            format!("if the file is really called that: --db ./{}", path.display())
        }
        Reason::NotOurDatabase { .. } => "give another path with --db or CLAIMTRACK_DB; claimtrack never writes to a file it did not create".into(),
        Reason::DatabaseBusy => {
            "let the other process finish, or give a longer --busy-timeout (in seconds)".into()
        }
        Reason::TooLarge { .. } => "give a larger --max-bytes to read it".into(),
        Reason::NotRegularFile { path } => format!(
            "to read it on purpose, give - and redirect it: claimtrack ingest - < {}",
            path.display()
        ),
        Reason::EmptySearch
        | Reason::EmptySpeakerName
        | Reason::NoDatabasePath
        | Reason::InMemoryDatabase => return None,
    })
}

/// `message` after the places (files, records) the library's message began with.
fn placed(err: &Error, message: &str) -> String {
    let mut placed: String = err.places().iter().map(|p| format!("{p}: ")).collect();
    placed.push_str(message);
    placed
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    /// One error of every reason, as the library makes it (message, library hint, places).
    fn every_reason() -> Vec<Error> {
        let user = |message: &str, reason: Reason| Error::user(message).with_reason(reason);
        vec![
            user("claim 9: no such claim", Reason::NoSuchClaim { id: 9 }),
            user(
                "document abcdef: no document has a hash starting with it",
                Reason::NoSuchDocument {
                    prefix: "abcdef".into(),
                },
            ),
            user(
                "speaker \"Ann\": no such speaker",
                Reason::NoSuchSpeaker { name: "Ann".into() },
            ),
            user(
                "speaker \"Ann\": was never merged into another",
                Reason::NeverMerged { name: "Ann".into() },
            ),
            user(
                "alias \"Bo\": already a name of another speaker, \"Bo\"",
                Reason::AliasOfAnother {
                    name: "Ann".into(),
                    alias: "Bo".into(),
                },
            ),
            user(
                "speaker \"Bo\": alias \"Ann\" is already the name of another speaker, \"Ann\"",
                Reason::ImportedAliasOfAnother {
                    name: "Bo".into(),
                    alias: "Ann".into(),
                },
            ),
            user(
                "search: give at least one word to search for",
                Reason::EmptySearch,
            ),
            user("speaker: give a name", Reason::EmptySpeakerName),
            user(
                "database: give a path to a database file",
                Reason::NoDatabasePath,
            ),
            user(
                ":memory:: an in-memory database would keep nothing after the command",
                Reason::InMemoryDatabase,
            )
            .with_hint("give a path to a database file"),
            user(
                "file:x.db: URI filenames are not accepted; give the database's path",
                Reason::DatabaseUri {
                    path: PathBuf::from("file:x.db"),
                },
            ),
            user(
                "x.db: not a claimtrack database",
                Reason::NotOurDatabase {
                    path: PathBuf::from("x.db"),
                },
            )
            .with_hint("claimtrack never writes to a file it did not create"),
            Error::internal(
                "the database is locked: another process kept writing to it past the busy timeout",
            )
            .with_reason(Reason::DatabaseBusy)
            .context("x.db"),
            user(
                "at least 2048 bytes, more than the limit (1024); not read",
                Reason::TooLarge {
                    size: 2048,
                    at_least: true,
                    limit: 1024,
                },
            )
            .context("line 2")
            .context("a.jsonl"),
            user(
                "/dev/zero: a device, not a regular file; not read",
                Reason::NotRegularFile {
                    path: PathBuf::from("/dev/zero"),
                },
            ),
        ]
    }

    #[test]
    fn every_reason_as_the_user_reads_it() {
        let shown: Vec<String> = every_reason()
            .iter()
            .map(|err| {
                let Explained { message, hint } = explain(err);
                let hint = hint.map(|hint| format!("\nhint: {hint}"));
                format!("error: {message}{}", hint.unwrap_or_default())
            })
            .collect();
        insta::assert_snapshot!(shown.join("\n\n"));
    }

    #[test]
    fn an_error_without_a_reason_reads_as_the_library_wrote_it() {
        let err = Error::user("a.txt: empty file").with_hint("give a file with text");
        let shown = explain(&err);
        assert_eq!(shown.message, "a.txt: empty file");
        assert_eq!(shown.hint.as_deref(), Some("give a file with text"));
    }
}
