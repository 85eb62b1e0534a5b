//! Inflects a reporting verb's lemma into the written forms the lexicon matches, so each form
//! is generated from its lemma (and the irregular past in `lexicon::IRREGULAR_PASTS`) instead of
//! being listed by hand. A verb entry says which forms it has: some verbs are cues in one form
//! and not in another ("supports" but not "support").

use super::lexicon::IRREGULAR_PASTS;

/// The base form: "say".
pub const BASE: u8 = 1;
/// The third person singular: "says".
pub const THIRD: u8 = 2;
/// The past tense (and regular past participle): "said", "added".
pub const PAST: u8 = 4;
/// An irregular past participle that differs from the past tense: "written", "shown".
pub const PARTICIPLE: u8 = 8;
/// The "-ing" form: "saying".
pub const GERUND: u8 = 16;
/// The final consonant doubles before "-ed" and "-ing": "planned", "referring".
pub const DOUBLED: u8 = 32;

/// A lemma and the forms of it that are cues.
#[derive(Debug, Clone, Copy)]
pub struct Inflections {
    pub lemma: &'static str,
    pub forms: u8,
}

/// Every usual form of `lemma`: base, third person, past and "-ing".
pub const fn all(lemma: &'static str) -> Inflections {
    some(lemma, BASE | THIRD | PAST | GERUND)
}

/// The forms `forms` (a combination of the flags above) of `lemma`.
pub const fn some(lemma: &'static str, forms: u8) -> Inflections {
    Inflections { lemma, forms }
}

impl Inflections {
    /// The written forms, in the order base, third person, past, participle, "-ing".
    pub fn forms(&self) -> Vec<String> {
        let l = self.lemma;
        let doubled = self.forms & DOUBLED != 0;
        let mut out = Vec::new();
        let mut add = |flag: u8, form: String| {
            if self.forms & flag != 0 {
                out.push(form);
            }
        };
        add(BASE, l.to_string());
        add(THIRD, third_person(l));
        add(PAST, past(l, doubled));
        add(
            PARTICIPLE,
            irregular(l).map_or_else(String::new, |(_, p)| p.to_string()),
        );
        add(GERUND, gerund(l, doubled));
        out
    }
}

fn irregular(lemma: &str) -> Option<(&'static str, &'static str)> {
    IRREGULAR_PASTS
        .iter()
        .find(|(l, _, _)| *l == lemma)
        .map(|&(_, past, participle)| (past, participle))
}

/// True when `lemma` ends in a consonant and "y": "deny" → "denies", "denied".
fn consonant_y(lemma: &str) -> bool {
    let b = lemma.as_bytes();
    b.len() >= 2 && b[b.len() - 1] == b'y' && !b"aeiou".contains(&b[b.len() - 2])
}

fn third_person(l: &str) -> String {
    if ["s", "sh", "ch", "x", "z"].iter().any(|e| l.ends_with(e)) {
        format!("{l}es")
    } else if consonant_y(l) {
        format!("{}ies", &l[..l.len() - 1])
    } else {
        format!("{l}s")
    }
}

/// `lemma` with its final consonant doubled when `doubled`.
fn stem(l: &str, doubled: bool) -> String {
    match l.chars().last() {
        Some(c) if doubled => format!("{l}{c}"),
        _ => l.to_string(),
    }
}

fn past(l: &str, doubled: bool) -> String {
    if let Some((past, _)) = irregular(l) {
        past.to_string()
    } else if l.ends_with('e') {
        format!("{l}d")
    } else if consonant_y(l) {
        format!("{}ied", &l[..l.len() - 1])
    } else {
        format!("{}ed", stem(l, doubled))
    }
}

fn gerund(l: &str, doubled: bool) -> String {
    if let Some(base) = l.strip_suffix("ie") {
        format!("{base}ying")
    } else if let Some(base) = l.strip_suffix('e').filter(|_| !l.ends_with("ee")) {
        format!("{base}ing")
    } else {
        format!("{}ing", stem(l, doubled))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(i: Inflections) -> Vec<String> {
        i.forms()
    }

    #[test]
    fn regular_and_irregular_forms() {
        assert_eq!(forms(all("say")), ["say", "says", "said", "saying"]);
        assert_eq!(forms(all("deny")), ["deny", "denies", "denied", "denying"]);
        assert_eq!(forms(all("note")), ["note", "notes", "noted", "noting"]);
        assert_eq!(forms(all("push")), ["push", "pushes", "pushed", "pushing"]);
        assert_eq!(
            forms(all("agree")),
            ["agree", "agrees", "agreed", "agreeing"]
        );
        assert_eq!(
            forms(some("write", BASE | THIRD | PAST | PARTICIPLE | GERUND)),
            ["write", "writes", "wrote", "written", "writing"]
        );
        assert_eq!(
            forms(some("refer", THIRD | PAST | GERUND | DOUBLED)),
            ["refers", "referred", "referring"]
        );
        assert_eq!(
            forms(some("support", THIRD | PAST)),
            ["supports", "supported"]
        );
    }
}
