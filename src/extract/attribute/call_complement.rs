//! The other shapes of "called X Y" besides an article before Y: a quoted description a few
//! words after a longer object ("called the council's plan for the harbour “a mistake”"), and
//! a one-word description after a pronoun ("called him dishonest", "called themselves
//! moderates"). Kept apart from the article case so each shape can be measured on its own.

use super::Sentence;
use crate::extract::lexicon as lx;
use crate::extract::tokens::Kind;

/// How far after the cue a quoted description may open.
const QUOTE_REACH: usize = 14;

/// True when the words after the call cue at `k` are an object and its description.
pub(crate) fn is_described(s: &Sentence, k: usize) -> bool {
    quoted_description(s, k) || pronoun_with_one_word(s, k) || pronoun_with_definite(s, k)
}

/// How many words the object before an unquoted description may have.
const OBJECT_REACH: usize = 10;

/// Endings of evaluating adjectives ("dangerous", "lawful", "unacceptable", "divisive",
/// "pathetic", "reckless"), which nouns closing an object rarely have.
const ADJECTIVE_ENDINGS: &[&str] = &["ous", "ful", "able", "ible", "ive", "ic", "less"];

/// "called the actions lawful", "called her late brother her hero": an object that opens with
/// a determiner or a name and holds no verb or clause, then as the clause ends either one
/// adjective or a short noun phrase opening with a possessive. Where the description ends.
pub(crate) fn object_with_description(s: &Sentence, k: usize) -> Option<usize> {
    if s.kind(k) != Some(Kind::Word) {
        return None;
    }
    let opens = s.is(k, lx::DETERMINERS) || s.is_capitalised(k) && !s.is(k, lx::TIME_WORDS);
    if !opens {
        return None;
    }
    let hi = s.range.end.min(k + OBJECT_REACH);
    let end = (k + 1..hi).find(|&j| clause_ends(s, j))?;
    let owner = (k + 2..end.min(k + 2 + 3))
        .rev()
        .find(|&j| lx::is_in(lx::POSSESSIVE_DETERMINERS, s.lower(j)))
        .filter(|&j| j + 3 >= end && j + 1 < end);
    // A verb form after the possessive is its noun ("her home state").
    let plain = |j: usize| {
        let t = &s.tokens[j];
        let noun_after_owner = owner.is_some_and(|o| j > o);
        t.kind == Kind::Word
            && t.quote.is_none()
            && (t.verb.is_none() || noun_after_owner)
            && !s.is(j, lx::SUBORDINATORS)
    };
    if !(k..end).all(plain) || end < k + 3 {
        return None;
    }
    let last = s.lower(end - 1);
    let adjective =
        ADJECTIVE_ENDINGS.iter().any(|e| last.ends_with(e)) && !s.is_capitalised(end - 1);
    (adjective || owner.is_some()).then_some(end)
}

/// "call it the nerd prom", "called them the best team": a pronoun and a definite noun phrase
/// that is no time phrase ("called him the next day").
fn pronoun_with_definite(s: &Sentence, k: usize) -> bool {
    let pronoun = s.is(k, lx::OBJECT_PRONOUNS) || s.lower(k) == "it";
    pronoun
        && s.lower(k + 1) == "the"
        && s.np_forward(k + 1, s.range.end)
            .is_some_and(|np| np.end > k + 2 && !(k + 2..np.end).any(|j| s.is(j, lx::TIME_WORDS)))
}

/// "called both the mayor and the governor “weak”": an object of plain words (no clause
/// punctuation, no preposition right after the cue) followed by a quotation.
fn quoted_description(s: &Sentence, k: usize) -> bool {
    if s.kind(k) != Some(Kind::Word) || s.is(k, lx::PREPOSITIONS) {
        return false;
    }
    let limit = s.range.end.min(k + QUOTE_REACH);
    for j in k + 1..limit {
        match s.kind(j) {
            Some(Kind::OpenQuote) => return true,
            Some(Kind::Word) => {}
            _ => return long_object_then_quote(s, j),
        }
    }
    false
}

/// How far after the cue a quoted description may open after a longer object.
const LONG_QUOTE_REACH: usize = 30;

/// "called Ford's plans to open a $1.6 billion plant “a disgrace”", "called the chief
/// executive, John Doe, “driven”": a longer object, with commas or symbols inside it, then
/// the quoted description; not across a clause's end or another verb of saying.
fn long_object_then_quote(s: &Sentence, from: usize) -> bool {
    let limit = s.range.end.min(from + LONG_QUOTE_REACH);
    for j in from..limit {
        let t = &s.tokens[j];
        match t.kind {
            Kind::OpenQuote => return true,
            Kind::CloseQuote | Kind::Punct('.' | '!' | '?' | ';' | ':' | '(' | ')') => {
                return false;
            }
            Kind::Word if t.verb.is_some() || s.is(j, lx::SUBORDINATORS) => return false,
            _ => {}
        }
    }
    false
}

/// "called him dishonest", "calls herself a moderate" is the article case; here a pronoun and
/// one word that ends the clause, which is not a particle, time word or "-ly" adverb ("called
/// him back", "called her yesterday", "called them repeatedly").
fn pronoun_with_one_word(s: &Sentence, k: usize) -> bool {
    let pronoun = s.is(k, lx::OBJECT_PRONOUNS) || lx::is_reflexive(s.lower(k));
    // "calls Clinton unqualified": a name of up to three words stands for the pronoun.
    let name_end = (k..s.range.end.min(k + 3))
        .take_while(|&j| s.is_capitalised(j) && s.kind(j) == Some(Kind::Word))
        .last()
        .map(|j| j + 1);
    let k = match name_end {
        Some(end) if !pronoun => end - 1,
        _ => k,
    };
    let pronoun = pronoun || name_end.is_some();
    let word = s.lower(k + 1);
    pronoun
        && s.kind(k + 1) == Some(Kind::Word)
        && !s.is_capitalised(k + 1)
        && !word.ends_with("ly")
        && !lx::is_in(lx::CALL_PARTICLES, word)
        && !s.is(k + 1, lx::TIME_WORDS)
        && !s.is(k + 1, lx::PREPOSITIONS)
        && clause_ends(s, k + 2)
}

fn clause_ends(s: &Sentence, j: usize) -> bool {
    j >= s.range.end
        || matches!(s.kind(j), Some(Kind::Punct(_)) | Some(Kind::CloseQuote))
        || matches!(
            s.lower(j),
            "and" | "but" | "because" | "after" | "before" | "while" | "when" | "for"
        )
}

/// "called the merger “a terrible deal” and ranked ...", "called Palin a “clown” on his show":
/// a quoted description ends the content at its closing mark. The token after that mark, when
/// the words before the quotation are an object and the words after it leave the description
/// (punctuation, a conjunction or preposition, a participle), not continue it ("called the
/// “fast track” bill a mistake", "called them “rapists” and criminals").
pub(crate) fn quoted_description_end(s: &Sentence, k: usize) -> Option<usize> {
    let plain_word = |j: usize| s.kind(j) == Some(Kind::Word) && s.tokens[j].quote.is_none();
    if !plain_word(k) || s.is(k, lx::PREPOSITIONS) {
        return None;
    }
    let limit = s.range.end.min(k + LONG_QUOTE_REACH);
    let open = (k + 1..limit).find(|&j| !within_object(s, j))?;
    if s.kind(open) != Some(Kind::OpenQuote) {
        return None;
    }
    let q = s.tokens[open].quote;
    let close = (open + 1..s.range.end)
        .find(|&j| s.kind(j) == Some(Kind::CloseQuote) && s.tokens[j].quote == q)?;
    let next = close + 1;
    // “a moderate,” with the comma inside the marks ends the description too.
    let leaves = next >= s.range.end
        || s.is_punct(close - 1, ',')
        || !plain_word(next)
        || s.is(next, lx::PREPOSITIONS) && !lx::is_in(NOUN_PREPOSITIONS, s.lower(next))
        || s.lower(next).ends_with("ing")
        || matches!(s.lower(next), "and" | "but" | "or") && !more_description(s, next + 1);
    leaves.then_some(next)
}

/// True when token `j` may stand inside the object before a quoted description: a plain word
/// that is no verb or subordinator, a comma or a symbol.
fn within_object(s: &Sentence, j: usize) -> bool {
    let t = &s.tokens[j];
    match t.kind {
        Kind::Word => t.verb.is_none() && !s.is(j, lx::SUBORDINATORS),
        Kind::OpenQuote | Kind::CloseQuote => false,
        Kind::Punct('.' | '!' | '?' | ';' | ':' | '(' | ')') => false,
        _ => true,
    }
}

/// Prepositions that go on with the quoted noun ("a “disgrace” for the city", "a “step” to
/// peace") rather than open an adjunct of the verb.
const NOUN_PREPOSITIONS: &[&str] = &["for", "of", "to", "with", "about"];

/// True when a conjunction before `j` adds to the description: another noun phrase or
/// quotation ("“a new low” and a “bizarre attempt”", "“rapists” and criminals").
fn more_description(s: &Sentence, j: usize) -> bool {
    s.kind(j) == Some(Kind::OpenQuote) || s.is(j, lx::DETERMINERS) || clause_ends(s, j + 1)
}
