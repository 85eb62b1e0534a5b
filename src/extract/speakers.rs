//! Keeps track of who has been mentioned so far in a document, to resolve what a source refers
//! to: surnames to full names, pronouns to the last compatible source, "the analyst" or "the
//! group" to the named person or organisation they stand for.
//!
//! Only a bounded number of recent mentions is searched for pronouns and descriptions, so
//! resolution costs constant time per source however long the document is.

use super::phrase::NpClass;
use crate::model::{SourceKind, SpeakerKind};
use std::collections::{HashMap, VecDeque};

/// Names come from the document, so the map is seeded at random (no planned collisions), and
/// foldhash's seeded hash is several times cheaper than SipHash on short names. The process
/// ends with the command, so nobody can study it to learn the seed (foldhash's one caveat).
type NameMap = HashMap<String, usize, foldhash::fast::RandomState>;

/// How far back (in salient mentions) pronouns and descriptions look for their referent.
const LOOK_BACK: usize = 12;
/// How many proper-name mentions are remembered for "the group"-style descriptions.
const NAME_MEMORY: usize = 16;
/// The longest name of a body that "the network"-style descriptions look into, in words.
const MAX_BODY_NAME_WORDS: usize = 6;
/// How many of the latest entities a role or description searches when no recent mention fits,
/// so that resolution stays constant-time however many names a long document holds.
const ENTITY_LOOK_BACK: usize = 64;

#[derive(Debug, Clone)]
struct Entity {
    canonical: String,
    kind: SpeakerKind,
    roles: Vec<String>,
    heads: Vec<String>,
    /// "he" or "she", once a pronoun or a gendered title has referred to the entity.
    gender: Option<&'static str>,
}

impl Entity {
    /// Whether "he" or "she" (`p`) may refer to this entity: no organisation, and of no other
    /// gender.
    fn may_be(&self, p: &str) -> bool {
        self.kind != SpeakerKind::Organisation && self.gender.is_none_or(|g| g == p)
    }
}

/// The pronoun a gendered title implies ("Mrs.", "spokeswoman" → "she").
fn gender_of_role(role: &str) -> Option<&'static str> {
    match role {
        "mrs" | "mrs." | "ms" | "ms." | "spokeswoman" | "chairwoman" | "councilwoman" | "queen"
        | "princess" => Some("she"),
        "mr" | "mr." | "spokesman" | "chairman" | "councilman" | "king" | "prince" => Some("he"),
        _ => None,
    }
}

/// What a mention turned out to refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Referent {
    Entity(usize),
    Anonymous { plural: bool, person: bool },
    Vague,
}

/// The source of an attribution once resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Resolved {
    pub kind: SourceKind,
    pub speaker: Option<String>,
    pub speaker_kind: SpeakerKind,
}

impl Resolved {
    pub fn unnamed(kind: SourceKind) -> Resolved {
        Resolved {
            kind,
            speaker: None,
            speaker_kind: SpeakerKind::Unknown,
        }
    }
}

#[derive(Debug, Default)]
pub struct Discourse {
    entities: Vec<Entity>,
    /// Folded full names and surnames → entity.
    by_name: NameMap,
    recent: VecDeque<Referent>,
    names: VecDeque<usize>,
    /// Entities last named anywhere (as source, subject or in passing), for a "he" or "she"
    /// that no salient mention fits: "... drawn up by Mayor Jane Roe. ¶ She said ...".
    named: VecDeque<usize>,
    /// Where `note_name` builds the key it looks up: it runs for every capitalised run of the
    /// text, and most runs name nobody, so their keys are never kept.
    key_scratch: String,
}

/// True when `name` has letters and none of them is small: "JANE ROE", "NATO".
fn shouted(name: &str) -> bool {
    name.chars().any(char::is_alphabetic) && !name.chars().any(char::is_lowercase)
}

/// Lower case with "al-"/"el-" and punctuation removed: the key names are compared by.
pub fn name_key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    push_name_key(&mut out, name);
    out
}

/// Appends `name_key(name)` to `out` (after a space, when `out` is not empty).
fn push_name_key(out: &mut String, name: &str) {
    if name.is_ascii() {
        // Most names: cut at white space (in ASCII, what `char::is_whitespace` takes) a byte
        // at a time, without decoding characters.
        let mut start = 0;
        for (i, b) in name.bytes().enumerate() {
            if matches!(b, b' ' | b'\t'..=b'\r') {
                push_ascii_key(out, &name[start..i]);
                start = i + 1;
            }
        }
        push_ascii_key(out, &name[start..]);
        return;
    }
    for word in name.split(|c: char| c.is_whitespace()) {
        if word.is_ascii() {
            // The common case, without the two allocations the general path makes per word.
            push_ascii_key(out, word);
            continue;
        }
        let lower = word.to_lowercase();
        let lower = lower
            .strip_prefix("al-")
            .or_else(|| lower.strip_prefix("el-"))
            .unwrap_or(&lower);
        let cleaned: String = lower.chars().filter(|c| c.is_alphanumeric()).collect();
        if cleaned.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&cleaned);
    }
}

/// `name_key`'s step for one ASCII word: lower-cased, "al-"/"el-" dropped, only alphanumerics.
fn push_ascii_key(out: &mut String, word: &str) {
    let bytes = word.as_bytes();
    let prefixed = bytes.len() >= 3
        && bytes[2] == b'-'
        && matches!(bytes[0].to_ascii_lowercase(), b'a' | b'e')
        && bytes[1].eq_ignore_ascii_case(&b'l');
    let rest = if prefixed { &bytes[3..] } else { bytes };
    // A plain loop of ASCII pushes: this runs for every capitalised run of every text, and
    // `extend` over a filtered iterator cost several times as much.
    let before = out.len();
    if !out.is_empty() {
        out.push(' ');
    }
    let separated = out.len();
    if rest.iter().all(u8::is_ascii_alphanumeric) {
        // The usual word ("Jane", "Roe"): copied whole, then lower-cased in place.
        out.push_str(&word[word.len() - rest.len()..]);
        out[separated..].make_ascii_lowercase();
    } else {
        out.reserve(rest.len());
        for &b in rest {
            if b.is_ascii_alphanumeric() {
                out.push(char::from(b.to_ascii_lowercase()));
            }
        }
    }
    if out.len() == separated {
        out.truncate(before);
    }
}

impl Discourse {
    fn push_recent(&mut self, r: Referent) {
        if self.recent.len() == LOOK_BACK {
            self.recent.pop_front();
        }
        self.recent.push_back(r);
    }

    fn remember_name(&mut self, e: usize) {
        if self.names.len() == NAME_MEMORY {
            self.names.pop_front();
        }
        self.names.push_back(e);
        self.remember_named(e);
    }

    fn remember_named(&mut self, e: usize) {
        if self.named.back() == Some(&e) {
            return;
        }
        if self.named.len() == NAME_MEMORY {
            self.named.pop_front();
        }
        self.named.push_back(e);
    }

    /// The last person named anywhere whom "he" or "she" (`p`) can refer to: a person, or a
    /// full name not known to be an organisation, of no other gender.
    fn last_named_person(&self, p: &str) -> Option<usize> {
        self.named.iter().rev().copied().find(|&id| {
            let e = &self.entities[id];
            let person = e.kind == SpeakerKind::Person
                || e.kind == SpeakerKind::Unknown && e.canonical.contains(char::is_whitespace);
            person && e.gender.is_none_or(|g| g == p)
        })
    }

    /// The entity for a written name, creating it (and its surname key) when new.
    pub fn entity_for_name(
        &mut self,
        name: &str,
        roles: &[String],
        person: bool,
        organisation: bool,
    ) -> usize {
        self.entity_for_key(name, name_key(name), roles, person, organisation)
    }

    /// `entity_for_name` with the name's `key` (`name_key(name)`) already made.
    fn entity_for_key(
        &mut self,
        name: &str,
        key: String,
        roles: &[String],
        person: bool,
        organisation: bool,
    ) -> usize {
        let several_words = key.contains(' ');
        let surname = key.rsplit(' ').next().unwrap_or("");
        // "University of Texas", "Shares of Roe": a name joined by a function word is no
        // person's, and its last word is no surname.
        let joined = key
            .split(' ')
            .any(|w| matches!(w, "of" | "for" | "and" | "the"));
        let known = self.by_name.get(&key).copied();
        let mut found = known;
        // A full name after its bare surname ("Roe says ..." then "Jane Roe said"): the
        // surname-only entity grows into the full name.
        if found.is_none()
            && several_words
            && !joined
            && let Some(&id) = self.by_name.get(surname)
            && !self.entities[id].canonical.contains(char::is_whitespace)
        {
            self.entities[id].canonical = name.to_string();
            found = Some(id);
        }
        let id = match found {
            Some(id) => id,
            None => {
                let id = self.entities.len();
                let kind = if organisation {
                    SpeakerKind::Organisation
                } else if person {
                    SpeakerKind::Person
                } else {
                    SpeakerKind::Unknown
                };
                self.entities.push(Entity {
                    canonical: name.to_string(),
                    kind,
                    roles: Vec::new(),
                    heads: Vec::new(),
                    gender: None,
                });
                if several_words && kind != SpeakerKind::Organisation && !joined {
                    self.by_name.entry(surname.to_string()).or_insert(id);
                }
                id
            }
        };
        // A key not known before now names `id`, whether it grew a surname-only entity or made
        // a new one; inserted last, when `surname` (borrowed from it) is done with, so that the
        // key is moved in rather than copied.
        if known.is_none() {
            self.by_name.insert(key, id);
        }
        let entity = &mut self.entities[id];
        // "JANE ROE: ..." (a transcript label, a headline) then "Jane Roe": the name as it
        // is written in running text, in full ("Roe" keeps "JANE ROE").
        if known.is_some()
            && shouted(&entity.canonical)
            && !shouted(name)
            && name_key(&entity.canonical) == name_key(name)
        {
            entity.canonical = name.to_string();
        }
        for role in roles {
            if !entity.roles.contains(role) {
                entity.roles.push(role.clone());
            }
            if entity.gender.is_none() {
                entity.gender = gender_of_role(role);
            }
        }
        if person && entity.kind == SpeakerKind::Unknown && !roles.is_empty() {
            entity.kind = SpeakerKind::Person;
        }
        id
    }

    fn resolved_entity(&self, id: usize) -> Resolved {
        let e = &self.entities[id];
        Resolved {
            kind: SourceKind::Named,
            speaker: Some(e.canonical.clone()),
            speaker_kind: e.kind,
        }
    }

    fn resolved(&self, r: Referent) -> Resolved {
        match r {
            Referent::Entity(id) => self.resolved_entity(id),
            Referent::Anonymous { .. } => Resolved::unnamed(SourceKind::Anonymous),
            Referent::Vague => Resolved::unnamed(SourceKind::Vague),
        }
    }

    /// Records a proper name seen anywhere in the text, for "the group"-style descriptions.
    pub fn note_name(&mut self, name: &str) {
        let mut key = std::mem::take(&mut self.key_scratch);
        key.clear();
        push_name_key(&mut key, name);
        // Only names already known as sources or subjects: a capitalised run elsewhere may be a
        // place, a sentence opener or a headline word.
        if let Some(&id) = self.by_name.get(&key) {
            self.remember_name(id);
        }
        self.key_scratch = key;
    }

    /// Marks a known person's gender ("he" or "she") from a possessive after their name ("Roe
    /// and her deputy"); a name not yet known, an organisation or a gender already known is
    /// left alone.
    pub fn note_gender(&mut self, name: &str, pronoun: &'static str) {
        let Some(&id) = self.by_name.get(&name_key(name)) else {
            return;
        };
        let e = &mut self.entities[id];
        if e.kind != SpeakerKind::Organisation && e.gender.is_none() {
            e.gender = Some(pronoun);
        }
    }

    /// Learns a full name met outside any source ("US President Jane Roe sent ..."), so that a
    /// later bare surname or role ("Roe said", "the president said") resolves to it. It is not
    /// made salient: a later "he" or "the group" should not jump to every name in passing.
    pub fn learn_name(&mut self, class: &NpClass) {
        if let NpClass::Name {
            name,
            roles,
            person,
            organisation,
        } = class
            && name.split_whitespace().count() >= 2
        {
            // "Trump says ..." then "Melania Trump" in passing: without a title to show it is
            // the same person, a passing full name does not rename a surname-only speaker.
            let key = name_key(name);
            let renames_surname = !self.by_name.contains_key(&key)
                && key
                    .rsplit(' ')
                    .next()
                    .and_then(|surname| self.by_name.get(surname))
                    .is_some_and(|&id| !self.entities[id].canonical.contains(char::is_whitespace));
            if renames_surname && roles.is_empty() {
                return;
            }
            let id = self.entity_for_key(name, key, roles, *person, *organisation);
            self.remember_named(id);
        }
    }

    fn find_recent(&self, ok: impl Fn(&Referent) -> bool) -> Option<Referent> {
        self.recent.iter().rev().find(|r| ok(r)).copied()
    }

    fn referent_of(&mut self, class: &NpClass) -> Referent {
        match class {
            NpClass::Name {
                name,
                roles,
                person,
                organisation,
            } => {
                let id = self.entity_for_name(name, roles, *person, *organisation);
                self.remember_name(id);
                Referent::Entity(id)
            }
            NpClass::Pronoun(p) => self.pronoun_referent(p),
            NpClass::Role(role) => self.role_referent(role),
            NpClass::DefiniteOrganisation { head, text } => self.organisation_referent(head, text),
            NpClass::Anonymous { plural, person } => Referent::Anonymous {
                plural: *plural,
                person: *person,
            },
            NpClass::Vague => Referent::Vague,
            NpClass::OnBehalf {
                of,
                spokesperson,
                plural,
            } => match self.referent_of(of) {
                Referent::Entity(id)
                    if *spokesperson || self.entities[id].kind != SpeakerKind::Person =>
                {
                    Referent::Entity(id)
                }
                _ => Referent::Anonymous {
                    plural: *plural,
                    person: true,
                },
            },
        }
    }

    /// "he", "she", "it", "they": the most recent fitting mention, else (for "he" and "she")
    /// the last person named whose gender does not conflict; a person so found takes the gender.
    fn pronoun_referent(&mut self, p: &str) -> Referent {
        let found = match p {
            "he" | "she" => self
                .find_recent(|r| match r {
                    Referent::Entity(id) => self.entities[*id].may_be(p),
                    Referent::Anonymous { plural, person } => !plural && *person,
                    Referent::Vague => false,
                })
                .or_else(|| self.last_named_person(p).map(Referent::Entity)),
            "it" => self.find_recent(|r| match r {
                Referent::Entity(id) => self.entities[*id].kind != SpeakerKind::Person,
                _ => false,
            }),
            _ => self.find_recent(|r| match r {
                Referent::Anonymous { plural, .. } => *plural,
                Referent::Vague => true,
                Referent::Entity(_) => false,
            }),
        };
        if let Some(Referent::Entity(id)) = found
            && matches!(p, "he" | "she")
        {
            let e = &mut self.entities[id];
            if e.gender.is_none() {
                e.gender = Some(if p == "he" { "he" } else { "she" });
            }
        }
        found.unwrap_or(match p {
            "he" | "she" => Referent::Anonymous {
                plural: false,
                person: true,
            },
            _ => Referent::Vague,
        })
    }

    /// The latest of the last `ENTITY_LOOK_BACK` entities that `fits`.
    fn recent_entity(&self, fits: impl Fn(&Entity) -> bool) -> Option<usize> {
        self.entities
            .iter()
            .enumerate()
            .rev()
            .take(ENTITY_LOOK_BACK)
            .find(|(_, e)| fits(e))
            .map(|(id, _)| id)
    }

    /// "the analyst": the last entity known by that role, else an anonymous person.
    fn role_referent(&mut self, role: &str) -> Referent {
        let found = self.find_recent(|r| match r {
            Referent::Entity(id) => self.entities[*id].roles.iter().any(|x| x == role),
            _ => false,
        });
        let found = found.or_else(|| {
            self.recent_entity(|e| e.roles.iter().any(|x| x == role))
                .map(Referent::Entity)
        });
        found.unwrap_or(Referent::Anonymous {
            plural: false,
            person: true,
        })
    }

    /// "the ministry": the last entity with that head, else the last organisation named (for a
    /// one-word phrase), else a new organisation named by the phrase.
    fn organisation_referent(&mut self, head: &str, text: &str) -> Referent {
        if let Some(id) = self.recent_entity(|e| e.heads.iter().any(|h| h == head)) {
            return Referent::Entity(id);
        }
        // "the network" after "the Alpine Glacier Monitoring Network": a named body whose
        // name of a few words (not a headline's run of capitals) holds the head.
        let named_with_head = |e: &Entity| {
            let words = e.canonical.split_whitespace().count();
            e.kind != SpeakerKind::Person
                && (2..=MAX_BODY_NAME_WORDS).contains(&words)
                && e.canonical
                    .split_whitespace()
                    .any(|w| w.eq_ignore_ascii_case(head))
        };
        if let Some(id) = self.recent_entity(named_with_head) {
            self.entities[id].heads.push(head.to_string());
            return Referent::Entity(id);
        }
        let generic = text.split_whitespace().count() == 1;
        if generic {
            let candidate = self
                .names
                .iter()
                .rev()
                .find(|&&id| self.entities[id].kind != SpeakerKind::Person)
                .copied();
            if let Some(id) = candidate {
                return Referent::Entity(id);
            }
        }
        let id = self.entity_for_name(text, &[], false, true);
        if !self.entities[id].heads.iter().any(|h| h == head) {
            self.entities[id].heads.push(head.to_string());
        }
        Referent::Entity(id)
    }

    /// Resolves a source phrase and makes it the most recent mention.
    pub fn resolve(&mut self, class: &NpClass) -> Resolved {
        let r = self.referent_of(class);
        self.push_recent(r);
        self.resolved(r)
    }

    /// Records a sentence subject that is not a source, so later pronouns can refer to it.
    pub fn note_subject(&mut self, class: &NpClass) {
        let relevant = !matches!(class, NpClass::Vague);
        if relevant {
            let r = self.referent_of(class);
            self.push_recent(r);
        }
    }

    /// The person a "he" or "she" (`p`) most likely means, without making it a mention: the
    /// latest fitting salient mention, else the person last named.
    pub fn person_for_pronoun(&self, p: &str) -> Option<String> {
        if !matches!(p, "he" | "she") {
            return None;
        }
        let fits = |id: usize| {
            let e = &self.entities[id];
            // A lone letter ("Q" of "Q&A") is a label or an initial, nobody's name.
            let named = e.canonical.chars().filter(|c| c.is_alphabetic()).count() >= 2;
            named && e.may_be(p)
        };
        let recent = self.recent.iter().rev().find_map(|r| match r {
            Referent::Entity(id) if fits(*id) => Some(*id),
            _ => None,
        });
        recent
            .or_else(|| self.last_named_person(p))
            .map(|id| self.entities[id].canonical.clone())
    }

    /// The final canonical form of a speaker name resolved earlier in the document.
    pub fn canonical(&self, speaker: &str) -> Option<&str> {
        self.by_name
            .get(&name_key(speaker))
            .map(|&id| self.entities[id].canonical.as_str())
    }

    /// Repeats the last resolved mention (a source carried over to a continuing quotation).
    pub fn repeat(&mut self, resolved: &Resolved) -> Resolved {
        resolved.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(n: &str, person: bool) -> NpClass {
        NpClass::Name {
            name: n.into(),
            roles: if person {
                vec!["analyst".into()]
            } else {
                vec![]
            },
            person,
            organisation: !person,
        }
    }

    #[test]
    fn surname_and_pronoun_resolve_to_the_full_name() {
        let mut d = Discourse::default();
        d.resolve(&name("Fiona Hill", true));
        assert_eq!(
            d.resolve(&name("Hill", false)).speaker.as_deref(),
            Some("Fiona Hill")
        );
        assert_eq!(
            d.resolve(&NpClass::Pronoun("she".into()))
                .speaker
                .as_deref(),
            Some("Fiona Hill")
        );
        assert_eq!(
            d.resolve(&NpClass::Role("analyst".into()))
                .speaker
                .as_deref(),
            Some("Fiona Hill")
        );
    }

    #[test]
    fn a_name_in_capitals_takes_the_full_name_as_written() {
        let mut d = Discourse::default();
        let speaker = |d: &mut Discourse, n: &str| d.resolve(&name(n, true)).speaker;
        speaker(&mut d, "JANE ROE");
        // A bare surname is no spelling of the full name; the full name in running text is.
        assert_eq!(speaker(&mut d, "Roe").as_deref(), Some("JANE ROE"));
        speaker(&mut d, "Jane Roe");
        let known = [d.canonical("ROE"), d.canonical("jane roe")];
        assert_eq!(known, [Some("Jane Roe"); 2]);
        assert_eq!(d.person_for_pronoun("she").as_deref(), Some("Jane Roe"));
        assert_eq!(d.person_for_pronoun("they"), None);
    }

    #[test]
    fn names_in_passing_resolve_later_surnames() {
        let mut d = Discourse::default();
        d.learn_name(&name("Fiona Hill", true));
        assert_eq!(
            d.resolve(&name("Hill", false)).speaker.as_deref(),
            Some("Fiona Hill")
        );
        // An untitled passing full name does not rename a surname-only speaker.
        let mut d = Discourse::default();
        d.resolve(&name("Roe", false));
        d.learn_name(&name("Mary Roe", false));
        assert_eq!(
            d.resolve(&name("Roe", false)).speaker.as_deref(),
            Some("Roe")
        );
    }

    #[test]
    fn pronouns_agree_in_gender_once_known() {
        let mut d = Discourse::default();
        d.resolve(&name("Tom Vance", true));
        d.resolve(&NpClass::Pronoun("he".into()));
        d.resolve(&name("Lisa Moreau", true));
        d.resolve(&NpClass::Pronoun("she".into()));
        assert_eq!(
            d.resolve(&NpClass::Pronoun("he".into())).speaker.as_deref(),
            Some("Tom Vance")
        );
    }

    #[test]
    fn pronouns_fall_back_to_the_last_person_named_in_passing() {
        let mut d = Discourse::default();
        d.learn_name(&name("Tom Vance", true));
        d.learn_name(&name("Bolt Logistics", false));
        d.resolve(&NpClass::Vague);
        assert_eq!(
            d.resolve(&NpClass::Pronoun("he".into())).speaker.as_deref(),
            Some("Tom Vance")
        );
        // A salient unnamed person still comes first.
        d.resolve(&NpClass::Anonymous {
            plural: false,
            person: true,
        });
        assert_eq!(
            d.resolve(&NpClass::Pronoun("she".into())).kind,
            SourceKind::Anonymous
        );
    }

    #[test]
    fn they_takes_the_last_group() {
        let mut d = Discourse::default();
        d.resolve(&NpClass::Vague);
        assert_eq!(
            d.resolve(&NpClass::Pronoun("they".into())).kind,
            SourceKind::Vague
        );
    }

    #[test]
    fn keys_ignore_case_prefix_and_punctuation() {
        assert_eq!(name_key("Bashar al-Assad"), name_key("bashar Assad"));
    }
}
