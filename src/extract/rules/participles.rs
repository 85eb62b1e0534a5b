//! Participle cues hanging on a clause: "X did Y, saying C", "X was quoted as saying C",
//! "with a spokesman urging C". A participle cue is always drafted by one of these or not at
//! all.

use super::verb::{statement, verb};
use crate::extract::attribute::{
    Answer, ContentRef, CueSite, Parts, Sentence, SourceRef, apposition_after, clause_subject,
    content_start, opens_later_clause, parenthetical::is_dash, repeats_previous_source,
    with_affiliation_before,
};
use crate::extract::cues::contracted_be;
use crate::extract::lexicon::{self as lx, Frame};
use crate::extract::tokens::Kind;
use std::ops::Range;

/// True for a participle cue that is not a statement's ("a statement saying").
fn participle_form(site: &CueSite) -> bool {
    verb(site).is_some_and(|(_, _, participle)| participle) && !statement(site)
}

/// "X did Y, saying C", "..., and saying C", "X did Y by saying C": the source is the
/// previous draft's or the subject of the clause before the comma or preposition.
pub(crate) fn participle(site: &CueSite) -> Answer {
    if !participle_form(site) {
        return Answer::Next;
    }
    let Some(b) = site.before() else {
        return Answer::Stop;
    };
    let s = site.s;
    // "..., at one point saying C": the time adjunct stands between the comma and the cue.
    let b = if b >= s.range.start + 3 && s.at_one_point(b - 2) {
        b - 3
    } else {
        b
    };
    // Only a verb of saying, telling or one taking a clause after a preposition ("while
    // suggesting that C"): "defended it by citing a poll" hangs a position on the clause, which
    // its own cue already covers.
    let saying = verb(site).is_some_and(|(frame, inverts, _)| {
        inverts || matches!(frame, Frame::Tell | Frame::Clause | Frame::MarkedClause)
    });
    // Any participle when no cue of the clause is drafted: "won by denouncing C".
    let by = (saying || site.earlier.is_empty() && any_participle_after(s, b))
        && PREPOSITIONS_BEFORE_PARTICIPLE.contains(&s.lower(b));
    let joined = s.lower(b) == "and" || by;
    let series = series_comma(s, b);
    let comma = if joined && b > s.range.start && s.is_punct(b - 1, ',') || comma_inside_quote(s, b)
    {
        b - 1
    } else {
        series.unwrap_or(b)
    };
    // "X is breaking her silence and talking up C": the participle shares the subject of the
    // "-ing" verb it is joined to, up to "and".
    if let Some(host) = (comma == b).then(|| ing_host_before(s, b)).flatten() {
        let parts = participle_parts(site, b, host).map(|p| Parts {
            boundary: Some(b),
            ..p
        });
        return parts.into();
    }
    // "X responded by saying C", "X erred in saying C": the preposition joins the participle
    // to its clause as a comma does, and so does a dash ("X changed course — saying C").
    if !(s.is_punct(comma, ',') || by && comma == b || is_dash(s, comma)) {
        return Answer::Next;
    }
    let mut parts = participle_parts(site, b, comma);
    // `said C "Q," saying`: the clause before ends after the quotation, not at its comma.
    if let Some(p) = parts.as_mut().filter(|_| comma_inside_quote(s, b)) {
        p.boundary = Some(b + 1);
    }
    // ", painting X and suggesting C": the first participle's content ends at "and".
    if let Some(p) = parts.as_mut().filter(|_| series.is_some()) {
        p.boundary = Some(b);
    }
    parts.into()
}

/// The comma before the first of two participles joined by "and" at `b` (", painting X as
/// weak and suggesting C", ", calling it “weak” and suggesting C"), when no other punctuation
/// than quotation marks stands between: the second hangs on the clause before that comma, as
/// the first does.
fn series_comma(s: &Sentence, b: usize) -> Option<usize> {
    if s.lower(b) != "and" {
        return None;
    }
    let lo = s.range.start.max(b.saturating_sub(15));
    let k = (lo..b).rev().find(|&k| !inside_phrase(s, k))?;
    // ", repeatedly dismissing X and calling C": one "-ly" adverb may open the first phrase.
    let adverb = s.tokens.get(k + 1).is_some_and(|t| t.lower.ends_with("ly"));
    let first = s.tokens.get(k + 1 + usize::from(adverb))?;
    let participle = first.is_word() && first.lower.ends_with("ing") && first.quote.is_none();
    (s.is_punct(k, ',') && participle && k + 1 < b).then_some(k)
}

/// True for a token that may stand inside a participle's phrase without ending it: a word, a
/// quotation mark or a parenthesis ("calling them \"X\" (\"Y\") and").
fn inside_phrase(s: &Sentence, k: usize) -> bool {
    s.tokens[k].is_word()
        || matches!(s.kind(k), Some(Kind::OpenQuote | Kind::CloseQuote))
        || s.is_punct(k, '(')
        || s.is_punct(k, ')')
}

/// "is breaking her silence and talking up C", "began by crediting X and urging C": the "be"
/// of a progressive, or "by" or "while" well into the sentence, before the nearest "-ing" verb
/// ahead of "and" at `b`, with no punctuation between but quotation marks: the clause of that
/// host hosts the participle after "and" as well.
fn ing_host_before(s: &Sentence, b: usize) -> Option<usize> {
    if s.lower(b) != "and" {
        return None;
    }
    let lo = s.range.start.max(b.saturating_sub(15));
    let ing = (lo + 1..b)
        .rev()
        .take_while(|&k| inside_phrase(s, k))
        .find(|&k| s.tokens[k].lower.ends_with("ing") && s.tokens[k].quote.is_none())?;
    let preposition = matches!(s.lower(ing - 1), "by" | "while") && ing > s.range.start + 2;
    if preposition {
        return Some(ing - 1);
    }
    // "is touring", "they're also touring": the "be", one adverb may stand before the verb.
    let adverb = ing - 1 > lo && matches!(s.lower(ing - 1), "also" | "still");
    let host = ing - 1 - usize::from(adverb);
    let t = &s.tokens[host];
    let finite_be = t.is(lx::BE_FORMS) && !matches!(t.lower.as_str(), "be" | "being" | "been");
    if finite_be {
        return Some(host);
    }
    // "they're touring": the subject is in the token; its clause runs through it.
    contracted_be(t).then_some(host + 1)
}

/// True when the token at `b` closes a quotation whose last mark is a comma: `of "New York
/// values," saying C` ends its clause at that comma, as a comma outside the quote would.
fn comma_inside_quote(s: &Sentence, b: usize) -> bool {
    b > s.range.start && s.kind(b) == Some(Kind::CloseQuote) && s.is_punct(b - 1, ',')
}

/// True when any participle may hang on the clause before the preposition at `b`: "by" or
/// "while" well into the sentence ("won by denouncing C"); "after" and "before" more often
/// open a time phrase whose participle belongs to the main clause after it ("One month after
/// announcing C, S ...").
fn any_participle_after(s: &Sentence, b: usize) -> bool {
    matches!(s.lower(b), "by" | "while") && b >= s.range.start + 4
}

/// Prepositions that hang a participle cue on the clause before them.
const PREPOSITIONS_BEFORE_PARTICIPLE: &[&str] = &["by", "before", "after", "while", "in", "upon"];

fn participle_parts(site: &CueSite, b: usize, comma: usize) -> Option<Parts> {
    let s = site.s;
    let own = clause_subject(s, comma);
    let later = own
        .as_ref()
        .is_some_and(|np| opens_later_clause(s, np, site.earlier));
    let source = if repeats_previous_source(site.earlier) && !later {
        SourceRef::Previous
    } else {
        let np = own?;
        let appos = apposition_after(s, &np);
        SourceRef::Phrase { np, appos }
    };
    let (frame, _, _) = verb(site)?;
    let start = content_start(s, site.cue, frame)?;
    Some(Parts::new(source, start, Some(comma.min(b))))
}

/// "voters saying C", "62 percent of voters saying C", "calls saying C": a participle of a
/// verb of saying right after a noun phrase (a reduced relative clause) takes it as source.
pub(crate) fn noun_then_participle(site: &CueSite) -> Answer {
    if !participle_form(site) || !verb(site).is_some_and(|(_, inverts, _)| inverts) {
        return Answer::Next;
    }
    let s = site.s;
    let Some(b) = site.before() else {
        return Answer::Next;
    };
    let t = &s.tokens[b];
    let noun_end = t.is_word()
        && t.quote.is_none()
        && t.verb.is_none()
        && !t.is(lx::PREPOSITIONS)
        && !t.is(lx::DETERMINERS)
        && !t.is(lx::BE_FORMS)
        && !t.lower.ends_with("ly");
    let lo = s.range.start;
    let Some(np) = s
        .np_backward(lo, b)
        .filter(|np| noun_end && np.end == b + 1)
    else {
        return Answer::Next;
    };
    let np = with_affiliation_before(s, np);
    // The phrase must stand free: at the start of the sentence or a clause, or after a
    // preposition ("62 percent of voters saying"; "with" has rules of its own), not as the
    // object of a verb ("emailed
    // supporters saying", whose source is the subject); and it must be a speaker, not a
    // statement or document that speaks for its owner.
    let free = np.start == lo
        || s.is_punct(np.start - 1, ',')
        || s.is(np.start - 1, lx::PREPOSITIONS) && !matches!(s.lower(np.start - 1), "to" | "with");
    let clean = np
        .clone()
        .all(|k| s.tokens[k].verb.is_none() && s.tokens[k].is_word());
    let head = &s.tokens[np.end - 1];
    let speaker = !head.is(lx::STATEMENT_NOUNS) && !head.stem_is(lx::DOCUMENT_NOUNS);
    if !(free && clean && speaker && opens_clause(s, site.cue.last + 1)) {
        return Answer::Next;
    }
    let parts = || {
        let (frame, _, _) = verb(site)?;
        let start = content_start(s, site.cue, frame)?;
        Some(Parts::new(
            SourceRef::Phrase {
                np: np.clone(),
                appos: None,
            },
            start,
            Some(np.start),
        ))
    };
    parts().into()
}

/// True when the content after a participle at `k` opens a clause or a quotation: "that", a
/// quotation mark, a colon, a pronoun, a possessive, a name or a number, or a plain word
/// followed by a verb form ("shots had been fired"); not an object ("saying goodbye").
fn opens_clause(s: &Sentence, k: usize) -> bool {
    if k >= s.range.end {
        return false;
    }
    let t = &s.tokens[k];
    let w = t.lower.as_str();
    t.kind == Kind::OpenQuote
        || t.is_punct(':')
        || t.is_punct(',') && s.kind(k + 1) == Some(Kind::OpenQuote)
        || matches!(
            w,
            "that" | "he" | "she" | "they" | "we" | "i" | "it" | "his" | "her" | "their" | "its"
        )
        || t.is_word() && (t.is_capitalised() || w.starts_with(|c: char| c.is_ascii_digit()))
        || t.is_word() && s.is(k + 1, lx::BE_FORMS)
        || t.is_word() && matches!(s.lower(k + 1), "had" | "has" | "have" | "would" | "will")
}

/// "X was quoted as saying C".
pub(crate) fn quoted_as_saying(site: &CueSite) -> Answer {
    if !participle_form(site) {
        return Answer::Next;
    }
    let (s, lo) = (site.s, site.s.range.start);
    let Some(b) = site.before() else {
        return Answer::Stop;
    };
    if !(s.lower(b) == "as"
        && b >= lo + 3
        && s.lower(b - 1) == "quoted"
        && s.is(b - 2, lx::BE_FORMS))
    {
        return Answer::Next;
    }
    let parts = || {
        let np = s.np_backward(lo, b - 3)?;
        let (frame, _, _) = verb(site)?;
        let start = content_start(s, site.cue, frame)?;
        Some(Parts::new(
            SourceRef::Phrase { np, appos: None },
            start,
            None,
        ))
    };
    parts().into()
}

/// "with NP <participle>": the phrase after "with", the content start and the boundary (the
/// comma before "with", or "with").
fn with_phrase(site: &CueSite) -> Option<(Range<usize>, ContentRef, usize)> {
    let (s, lo, cue) = (site.s, site.s.range.start, site.cue);
    let b = site.before()?;
    let window = b.saturating_sub(8).max(lo);
    let with = (window..=b).rev().find(|&k| s.lower(k) == "with")?;
    let np = s.np_forward(with + 1, cue.first)?;
    if np.end != cue.first {
        return None;
    }
    let (frame, _, _) = verb(site)?;
    let start = content_start(s, cue, frame)?;
    let boundary = if with > lo && s.is_punct(with - 1, ',') {
        with - 1
    } else {
        with
    };
    Some((np, start, boundary))
}

/// "X ..., with a spokesman urging C": the spokesman speaks for X.
pub(crate) fn with_role_for_subject(site: &CueSite) -> Answer {
    if !participle_form(site) {
        return Answer::Next;
    }
    let s = site.s;
    let Some((np, start, boundary)) = with_phrase(site) else {
        return Answer::Stop;
    };
    let speaks_for = s.tokens[np.end - 1].stem_is(lx::SPEAKS_FOR_HEADS)
        && matches!(s.lower(np.start), "a" | "an" | "its" | "their" | "one");
    match clause_subject(s, boundary) {
        Some(org) if speaks_for && boundary > s.range.start => Answer::Draft(Parts::new(
            SourceRef::OnBehalf { np, org },
            start,
            Some(boundary),
        )),
        _ => Answer::Next,
    }
}

/// "with X urging C": the phrase after "with" is the source.
pub(crate) fn with_participle(site: &CueSite) -> Answer {
    if !participle_form(site) {
        return Answer::Next;
    }
    with_phrase(site)
        .map(|(np, start, boundary)| {
            Parts::new(SourceRef::Phrase { np, appos: None }, start, Some(boundary))
        })
        .into()
}

/// "a super PAC backing C", "voters supporting C": a participle of taking sides right after
/// a noun phrase (a reduced relative clause) takes that noun phrase as its source, and its
/// object as content, up to the verb of the clause the phrase is the subject of.
pub(crate) fn noun_participle(site: &CueSite) -> Answer {
    let (s, lo) = (site.s, site.s.range.start);
    if !participle_form(site) || !lx::is_in(lx::SIDING_PARTICIPLES, s.lower(site.cue.head)) {
        return Answer::Next;
    }
    let Some(b) = site.before() else {
        return Answer::Next;
    };
    let t = &s.tokens[b];
    // Not "by backing", "and backing", "they're backing", "strongly backing".
    let noun_like = t.is_word()
        && t.verb.is_none()
        && !t.is(lx::PREPOSITIONS)
        && !t.is(lx::SUBORDINATORS)
        && !t.is(lx::BE_FORMS)
        && !matches!(t.lower.as_str(), "and" | "or" | "but" | "not")
        && !t.lower.contains(['\'', '’'])
        && !t.lower.ends_with("ly")
        && !t.lower.ends_with("ing");
    if !noun_like {
        return Answer::Next;
    }
    let parts = || {
        let np = s.np_backward(lo, b).filter(|np| np.end == b + 1)?;
        let start = content_start(s, site.cue, Frame::Position)?;
        Some(Parts::new(
            SourceRef::Phrase { np, appos: None },
            start,
            None,
        ))
    };
    parts().into()
}
