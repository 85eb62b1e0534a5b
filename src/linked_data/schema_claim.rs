//! schema.org's `Claim` (https://schema.org/Claim), the type ClaimReview reviews: what was
//! said, by whom, and where it appeared. A fact-checker's tools can take claimtrack's claims as
//! the claims to review without a converter.
//!
//! Only schema.org's own terms are used. Its `author` must be a `Person` or an `Organization`,
//! so a claim whose source is not a named person or organisation (a poll, "officials", no
//! source) has no author, and says whom it is attributed to in its `description`.

use super::{LinkedClaim, claim_iris, document_iri};
use crate::model::{SourceKind, SpeakerKind};
use crate::store::DocumentRecord;
use serde::{Deserialize, Serialize};

pub const CONTEXT: &str = "https://schema.org";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Claim {
    #[serde(rename = "@id")]
    pub id: String,
    #[serde(rename = "@type")]
    pub kind: String,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub author: Option<Agent>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub description: Option<String>,
    pub appearance: Appearance,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub date_published: Option<String>,
}

/// A `Person` or an `Organization`, by the speaker's kind. A named speaker whose kind
/// claimtrack could not tell has no `@type`: a guess would be a claim of its own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Agent {
    #[serde(rename = "@type", skip_serializing_if = "Option::is_none", default)]
    pub kind: Option<String>,
    pub name: String,
}

/// Where the claim appeared: a `NewsArticle` when its outlet is known, else a `CreativeWork`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Appearance {
    #[serde(rename = "@type")]
    pub kind: String,
    #[serde(rename = "@id")]
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub headline: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub publisher: Option<Agent>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub date_published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub author: Option<String>,
}

/// The `Claim`s of one document's claims, in the claims' order.
pub fn claims(doc: &DocumentRecord, claims: &[LinkedClaim]) -> Vec<Claim> {
    let appearance = appearance(doc);
    claim_iris(doc, claims)
        .into_iter()
        .zip(claims)
        .map(|(id, linked)| {
            let author = author(linked);
            Claim {
                id,
                kind: "Claim".into(),
                text: linked.claim.content.clone(),
                description: author.is_none().then(|| attributed_to(linked)),
                author,
                appearance: appearance.clone(),
                date_published: doc.published.clone(),
            }
        })
        .collect()
}

fn appearance(doc: &DocumentRecord) -> Appearance {
    Appearance {
        kind: if doc.outlet.is_some() {
            "NewsArticle"
        } else {
            "CreativeWork"
        }
        .into(),
        id: document_iri(doc),
        url: doc.url.clone(),
        headline: doc.title.clone(),
        publisher: doc.outlet.as_ref().map(|name| Agent {
            kind: Some("Organization".into()),
            name: name.clone(),
        }),
        date_published: doc.published.clone(),
        author: doc.byline.clone(),
    }
}

fn author(linked: &LinkedClaim) -> Option<Agent> {
    if linked.claim.source_kind != SourceKind::Named {
        return None;
    }
    let name = linked
        .canonical_speaker
        .clone()
        .or_else(|| linked.claim.speaker.clone())?;
    let kind = match linked.speaker_kind.unwrap_or(SpeakerKind::Unknown) {
        SpeakerKind::Person => Some("Person".into()),
        SpeakerKind::Organisation => Some("Organization".into()),
        SpeakerKind::Unknown => None,
        // A poll or a report is not an author in schema.org's sense.
        SpeakerKind::Document => return None,
    };
    Some(Agent { kind, name })
}

/// "attributed to a Gallup poll (named)", "attributed to officials (anonymous)", "no source".
fn attributed_to(linked: &LinkedClaim) -> String {
    let claim = &linked.claim;
    let who = linked
        .canonical_speaker
        .as_deref()
        .or(claim.speaker.as_deref())
        .or(claim.source.as_deref());
    match who {
        Some(who) => format!("attributed to {who} ({})", claim.source_kind),
        None => "no source".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{claims as linked_claims, document};
    use super::*;

    #[test]
    fn a_named_person_is_the_author_and_the_article_the_appearance() {
        let doc = document(Some("https://example.org/ferry"));
        let found = claims(&doc, &linked_claims());
        let first = &found[0];
        assert_eq!(first.text, "the ferry would run again in May");
        let author = first
            .author
            .as_ref()
            .expect("a named speaker is the author");
        assert_eq!(author.kind.as_deref(), Some("Person"));
        assert_eq!(author.name, "Zoë Ängström");
        assert_eq!(first.appearance.kind, "NewsArticle");
        assert_eq!(
            first.appearance.url.as_deref(),
            Some("https://example.org/ferry")
        );
        assert_eq!(
            first.appearance.headline.as_deref(),
            Some("Ferry to return")
        );
        assert_eq!(first.date_published.as_deref(), Some("2024-03-05"));
    }

    #[test]
    fn an_unnamed_source_is_a_description_not_an_author() {
        let mut linked = linked_claims();
        linked[0].claim.source_kind = SourceKind::Anonymous;
        linked[0].canonical_speaker = None;
        linked[0].claim.speaker = None;
        let found = claims(&document(None), &linked);
        assert!(found[0].author.is_none());
        assert_eq!(
            found[0].description.as_deref(),
            Some("attributed to Mayor Zoë Ängström (anonymous)")
        );
        assert_eq!(
            found[0].appearance.id,
            format!("urn:sha256:{}", "ab".repeat(32))
        );
    }
}
