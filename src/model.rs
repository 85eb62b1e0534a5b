//! The vocabulary shared by the extractor, the store and the command line.
//!
//! An attribution is PARC's (source, cue, content) triple: *who* it comes from, the words that
//! *mark* it as attributed, and *what* is attributed. These types carry no behaviour beyond
//! naming their values, so that the extractor (pure text in, attributions out) and the store
//! (SQLite) can agree on them without knowing of each other. The string forms returned by
//! `as_str` are the ones stored in the database and printed in JSON: they are a stable public
//! interface and must not change.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A half-open byte range `start..end` into a document's exact text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The smallest span holding both this one and `other`.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The text this span covers. Panics if the span is out of bounds or not on char boundaries,
    /// which would be a bug in whoever made the span.
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// Defines a closed set of string-valued choices with a stable textual form.
macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "lowercase")]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl FromStr for $name {
            type Err = UnknownValue;

            fn from_str(s: &str) -> Result<Self, UnknownValue> {
                match s.to_ascii_lowercase().as_str() {
                    $($text => Ok($name::$variant),)+
                    _ => Err(UnknownValue {
                        what: stringify!($name),
                        value: s.to_string(),
                        expected: &[$($text),+],
                    }),
                }
            }
        }
    };
}

string_enum! {
    /// How the content is reported.
    ClaimKind {
        /// All of the content stands inside quote marks.
        Direct => "direct",
        /// Reported speech without quote marks.
        Indirect => "indirect",
        /// Reported speech with a quoted part.
        Mixed => "mixed",
    }
}

string_enum! {
    /// What kind of source the claim is attributed to.
    SourceKind {
        /// A person or organisation identified in the article (also through "he" or a surname).
        Named => "named",
        /// A specific but unnamed source: "a senior official", "security sources".
        Anonymous => "anonymous",
        /// An unspecific group: "many", "observers", "some experts".
        Vague => "vague",
        /// No source at all: "it is believed", "reportedly".
        None => "none",
    }
}

string_enum! {
    /// What the source does with the content, as the cue says it.
    Stance {
        Assert => "assert",
        Deny => "deny",
        Hedge => "hedge",
        Demand => "demand",
        Commit => "commit",
    }
}

string_enum! {
    /// Whether the reporting verb is neutral, lends credence, or keeps its distance.
    Framing {
        /// said, told, added
        Neutral => "neutral",
        /// confirmed, acknowledged, revealed, found
        Endorse => "endorse",
        /// claimed, alleged, insisted
        Distance => "distance",
    }
}

string_enum! {
    /// What sort of entity a speaker is.
    SpeakerKind {
        Person => "person",
        Organisation => "organisation",
        Unknown => "unknown",
        /// A poll, study, report or record that shows or finds something.
        Document => "document",
    }
}

string_enum! {
    /// Where a claim stands in human review.
    ReviewStatus {
        Unreviewed => "unreviewed",
        Accepted => "accepted",
        Rejected => "rejected",
    }
}

/// A value that is not one of a closed set's names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownValue {
    pub what: &'static str,
    pub value: String,
    pub expected: &'static [&'static str],
}

impl fmt::Display for UnknownValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "unknown {} {:?}; expected one of: {}",
            self.what,
            self.value,
            self.expected.join(", ")
        )
    }
}

impl std::error::Error for UnknownValue {}

/// One attributed assertion found in (or entered for) a document.
///
/// Every span is a byte range into the document's exact text, and the text it covers is the
/// content, source mention or cue as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribution {
    pub content: Span,
    pub kind: ClaimKind,
    /// The source mention as written ("he", "US Secretary of State Colin Powell"), if any.
    pub source: Option<Span>,
    pub source_kind: SourceKind,
    /// The canonical speaker name, titles and roles stripped, pronouns and surnames resolved
    /// within the document. `None` when the source is not named.
    pub speaker: Option<String>,
    pub speaker_kind: SpeakerKind,
    /// The cue as written ("said", "according to", "has also linked").
    pub cue: Option<Span>,
    pub stance: Stance,
    pub framing: Framing,
    /// The catalogue rule that produced this attribution, so every decision can be explained.
    pub rule: &'static str,
    /// The resolver that named the speaker (see `extract::resolvers`).
    pub resolver: &'static str,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enums_round_trip_through_their_text() {
        for kind in SourceKind::ALL {
            assert_eq!(kind.as_str().parse::<SourceKind>().unwrap(), *kind);
        }
        for stance in Stance::ALL {
            assert_eq!(stance.to_string().parse::<Stance>().unwrap(), *stance);
        }
        assert_eq!("Direct".parse::<ClaimKind>().unwrap(), ClaimKind::Direct);
    }

    #[test]
    fn unknown_value_names_the_choices() {
        let err = "maybe".parse::<Stance>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown Stance \"maybe\"; expected one of: assert, deny, hedge, demand, commit"
        );
    }

    #[test]
    fn serde_uses_the_stable_text() {
        assert_eq!(
            serde_json::to_string(&Framing::Distance).unwrap(),
            "\"distance\""
        );
        assert_eq!(
            serde_json::to_string(&SourceKind::None).unwrap(),
            "\"none\""
        );
    }
}
