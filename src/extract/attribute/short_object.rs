//! Where a noun-phrase object that is a pronoun or a name ends: "endorsed Roe at a rally in
//! Ohio" takes a position on Roe, not on the rally. A pronoun or a name takes no modifier after
//! it, so what follows it is the reporter's adjunct ("at", "in", "during", an adverb).

use super::Sentence;
use crate::extract::lexicon as lx;
use crate::extract::tokens::Kind;

/// Words after a pronoun or name object that open the reporter's adjunct, not the object's.
const ADJUNCT_OPENERS: &[&str] = &[
    "at",
    "after",
    "before",
    "since",
    "while",
    "when",
    "because",
    "early",
    "again",
    "last",
    "this",
    "yesterday",
    "today",
    "tonight",
];

/// The end of the object starting at `start` when it is an object pronoun or a name followed
/// by an adjunct opener; `end` otherwise.
pub(crate) fn short_object_end(s: &Sentence, start: usize, end: usize) -> usize {
    // "her" may be a determiner ("her recently announced plan").
    let her = s.lower(start) == "her";
    let after = if s.is(start, lx::OBJECT_PRONOUNS) {
        start + 1
    } else {
        name_end(s, start, end)
    };
    let opens_adjunct = |k: usize| {
        s.tokens.get(k).is_some_and(|t| {
            t.quote.is_none()
                && (t.is_word()
                    && !t.is_capitalised()
                    && (lx::is_in(ADJUNCT_OPENERS, &t.lower)
                        || !her && t.lower.ends_with("ly")
                        || opens_place_or_clause(s, k))
                    || t.is_punct('—')
                    || t.is_punct('–'))
        })
    };
    if after > start && after < end && opens_adjunct(after) {
        after
    } else {
        end
    }
}

/// The end of a position taken on a pronoun or a name at `start`: a pronoun takes no
/// modifier ("opposed it on those grounds", "defended him on television"), nor does a name
/// before a preposition of place or time ("mocked Roe on Twitter", "backed Roe at a rally") or
/// a dash; both end there.
pub(crate) fn lone_object_end(s: &Sentence, start: usize, end: usize) -> usize {
    let after = if s.is(start, lx::OBJECT_PRONOUNS) || s.lower(start) == "it" {
        start + 1
    } else {
        name_end(s, start, end)
    };
    if after <= start || after >= end || s.tokens[after].quote.is_some() {
        return end;
    }
    let next = &s.tokens[after];
    // "her" before a word may be a determiner ("her plan"), unless that word is a preposition.
    let her_determiner = s.lower(start) == "her" && next.is_word() && !next.is(lx::PREPOSITIONS);
    // Not "for", "as", "to", "over": "criticized Roe for C", "praised Roe as C" go on.
    let ends = matches!(next.lower.as_str(), "on" | "at" | "during")
        || matches!(next.kind, Kind::Punct('—' | '–'))
        || next.lower == "-";
    if ends && !her_determiner { after } else { end }
}

/// Where a noun-phrase object ends before a second predicate of the subject: "praised Roe
/// and has been a critic of Doe since", "opposed the plan but embraced the law", "backed
/// Roe, but" after a dash. The verb after the conjunction is an auxiliary, a form of "be", a
/// reporting verb or an "-ed" form, after at most one adverb. A dash alone is no end: "his
/// proposal — the wall" is one noun phrase.
pub(crate) fn second_predicate_end(s: &Sentence, start: usize, end: usize) -> usize {
    let limit = end.min(start + 40);
    (start + 1..limit)
        .find(|&k| {
            let t = &s.tokens[k];
            t.quote.is_none()
                && (matches!(t.lower.as_str(), "and" | "but")
                    && (predicate_at(s, k + 1, end) || pronoun_clause_at(s, k + 1, end))
                    || matches!(t.lower.as_str(), "-" | "—" | "–") && s.lower(k + 1) == "but")
        })
        .unwrap_or(end)
}

/// Where a noun-phrase or infinitive object ends at a comma that opens a clause of the
/// reporter's: "criticized the bill, which ...", "declined to comment, saying ...",
/// "declined to comment, didn't respond ...".
pub(crate) fn comma_clause_end(s: &Sentence, start: usize, end: usize) -> usize {
    let limit = end.min(start + 60);
    let infinitive = matches!(s.lower(start), "to" | "not");
    (start + 1..limit)
        .find(|&k| {
            s.tokens[k].quote.is_none()
                && s.is_punct(k, ',')
                && k + 1 < end
                && (opens_clause(s, k + 1) || infinitive && participle_at(s, k + 1))
        })
        .unwrap_or(end)
}

/// True when the word at `k`, after a comma, opens a clause: a subordinator or relative, a
/// participle of a reporting verb ("saying"; not any participle: "the timing of the attack,
/// coming two weeks after ..." still tells of the attack), an auxiliary ("didn't", "has"), a
/// finite "be" of the subject's (", was born in ..."), or a conjunction and a subject pronoun
/// (", and they ...").
fn opens_clause(s: &Sentence, k: usize) -> bool {
    let t = &s.tokens[k];
    let w = t.lower.as_str();
    t.is_word()
        && !t.is_capitalised()
        && (lx::is_in(CLAUSE_OPENERS, w)
            || w.ends_with("ing") && t.verb.is_some()
            || w.ends_with("n't")
            || s.is(k, lx::CUE_AUXILIARIES) && !w.ends_with("ly")
            || matches!(w, "is" | "are" | "was" | "were")
            || matches!(w, "and" | "but") && pronoun_clause_at(s, k + 1, s.range.end))
}

/// True when the comma at `k` goes on with the same noun phrase: a list ("X, Y and Z"), an
/// apposition ("a judge, Jane Roe, for ...") or "including".
pub(crate) fn list_or_apposition_after(s: &Sentence, k: usize) -> bool {
    let limit = s.range.end.min(k + 12);
    let next = s.lower(k + 1);
    if next == "including" {
        return true;
    }
    if k + 1 >= limit || opens_clause(s, k + 1) {
        return false;
    }
    // The phrase after the comma ends with "and"/"or" (a list) or another comma (an
    // apposition) before any verb-like word.
    (k + 2..limit)
        .find(|&j| {
            s.is_punct(j, ',')
                || matches!(s.lower(j), "and" | "or")
                || s.is_punct(j, '.')
                || s.is(j, lx::BE_FORMS)
                || s.is(j, lx::CUE_AUXILIARIES)
                || s.tokens[j].verb.is_some()
        })
        .is_some_and(|j| s.is_punct(j, ',') || matches!(s.lower(j), "and" | "or"))
}

/// True when a lowercase "-ing" word is at `k`: after an infinitive's comma it is the
/// subject's own participle ("declined to comment, citing ...").
fn participle_at(s: &Sentence, k: usize) -> bool {
    let t = &s.tokens[k];
    t.is_word() && !t.is_capitalised() && t.lower.ends_with("ing") && t.lower != "including"
}

/// Words after a comma that open a clause, not a list item or an apposition.
const CLAUSE_OPENERS: &[&str] = &[
    "which", "who", "whom", "whose", "where", "when", "while", "although", "though", "because",
    "even", "if", "unless",
];

/// True when a verb phrase starts at `k` (one adverb may come first).
fn predicate_at(s: &Sentence, k: usize, end: usize) -> bool {
    let adverb = |k: usize| {
        let w = s.lower(k);
        w.ends_with("ly") || matches!(w, "also" | "then" | "once" | "later" | "still" | "again")
    };
    let k = if k < end && adverb(k) { k + 1 } else { k };
    k < end
        && s.tokens[k].is_word()
        && !s.tokens[k].is_capitalised()
        && (s.is(k, lx::CUE_AUXILIARIES)
            || s.is(k, lx::BE_FORMS)
            || s.tokens[k].verb.is_some()
            || s.lower(k).ends_with("ed") && s.lower(k).len() > 4)
}

/// "decided not to run and she won": a personal pronoun that can only be a subject, then a
/// word, opens a clause of its own after the conjunction (an object's conjunct would be "her").
fn pronoun_clause_at(s: &Sentence, k: usize, end: usize) -> bool {
    k + 1 < end
        && s.tokens[k].quote.is_none()
        && matches!(s.lower(k), "he" | "she" | "they" | "we" | "i")
        && s.tokens[k + 1].is_word()
}

/// "in a speech", "during a call", "from the stage", "as he ...": a preposition before an
/// indefinite or new place or occasion, or "as" opening a clause.
fn opens_place_or_clause(s: &Sentence, k: usize) -> bool {
    let next = s.lower(k + 1);
    match s.lower(k) {
        "in" | "from" => matches!(next, "a" | "an"),
        "during" => true,
        "as" => s.is(k + 1, lx::PERSON_PRONOUNS) || s.is(k + 1, lx::GROUP_PRONOUNS),
        _ => false,
    }
}

/// The end of a run of capitalised words (a name, with its title and initials) at `start`.
fn name_end(s: &Sentence, start: usize, end: usize) -> usize {
    let mut k = start;
    while k < end.min(start + 6) {
        let t = &s.tokens[k];
        if !(t.is_word() && t.is_capitalised()) || t.quote.is_some() {
            break;
        }
        // "Roe's plan": the name owns what follows.
        if t.is_possessive() {
            return start;
        }
        k += 1;
    }
    k
}

#[cfg(test)]
mod tests {
    use crate::extract::extract;

    fn contents(text: &str) -> Vec<&str> {
        extract(text)
            .into_iter()
            .map(|a| a.content.of(text))
            .collect()
    }

    #[test]
    fn a_name_or_pronoun_object_ends_before_the_reporters_adjunct() {
        let text = "The union endorsed Jane Roe at a rally in Leeds.";
        assert_eq!(contents(text), ["Jane Roe"]);
        let text = "The mayor praised them again for their work.";
        assert_eq!(contents(text), ["them"]);
    }

    #[test]
    fn a_position_on_a_pronoun_or_a_name_ends_before_a_place_or_a_dash() {
        assert_eq!(contents("The senator defended him on television."), ["him"]);
        let text = "Jane Roe mocked Ward on Twitter after the vote.";
        assert_eq!(contents(text), ["Ward"]);
        let text = "The union endorsed Ward — the first time it has backed a candidate.";
        assert_eq!(contents(text)[0], "Ward");
        // A reason or a role goes on with the object.
        let text = "Jane Roe criticized Ward for the delays.";
        assert_eq!(contents(text), ["Ward for the delays"]);
    }

    #[test]
    fn an_object_ends_before_an_as_clause_a_long_aside_or_a_new_clause() {
        let text = "Jane Roe sought to calm the crowd as she arrived at the hall.";
        assert_eq!(contents(text), ["to calm the crowd"]);
        let text = "They hope to rebuild the pier (along with the harbour wall that fell).";
        assert_eq!(contents(text), ["to rebuild the pier"]);
        let text = "Voters prefer to back a winner, and they punish losers.";
        assert_eq!(contents(text), ["to back a winner"]);
        let text = "The chairman, who declined to comment, was born in Leeds.";
        assert_eq!(contents(text), ["to comment"]);
        // A party label after a name is no aside.
        let text = "Sen. Jane Roe (D-Vt.) wants Sen. Ward (R-Ohio) to resign.";
        assert_eq!(contents(text), ["Sen. Ward (R-Ohio) to resign"]);
    }

    #[test]
    fn a_noun_phrase_object_ends_before_a_second_predicate() {
        let text = "The governor opposed the bill and has since left the party.";
        assert_eq!(contents(text), ["the bill"]);
        // Coordinated nouns stay one object.
        let text = "The governor opposed the bill and the budget.";
        assert_eq!(contents(text), ["the bill and the budget"]);
    }

    #[test]
    fn an_object_ends_at_a_comma_that_opens_a_clause() {
        let text = "The council rejected the plan, which had cost millions.";
        assert_eq!(contents(text), ["the plan"]);
        let text = "The council rejected the plan, the budget and the map.";
        assert_eq!(contents(text), ["the plan, the budget and the map"]);
    }

    #[test]
    fn a_position_object_keeps_its_list_and_apposition() {
        let text = "Jane Roe opposed new roads, bridges and tunnels.";
        assert_eq!(contents(text), ["new roads, bridges and tunnels"]);
        let text = "Jane Roe criticized the council, which meets on Mondays.";
        assert_eq!(contents(text), ["the council"]);
    }

    #[test]
    fn a_possessive_name_or_a_determiner_keeps_its_noun_phrase() {
        let text = "The council criticized Roe's newly announced budget at length.";
        assert_eq!(contents(text), ["Roe's newly announced budget at length"]);
        let text = "Voters praised her recently opened clinic.";
        assert_eq!(contents(text), ["her recently opened clinic"]);
    }
}
