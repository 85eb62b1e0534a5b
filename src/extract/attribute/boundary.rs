//! Where a content span ends when the sentence goes on after it.
//!
//! The settled content of a cue runs to the next cut of its sentence. Some endings are marked
//! by the shape of the text instead: a quotation introduced by the cue and closed before a
//! comma ("she said, “We’ll see,” when asked ...") is the whole content, and what follows it is
//! the reporter's framing.
//!
//! Where the content starts after a cue is marked the same way: a prepositional adjunct of the
//! cue ends at "that" ("said in her opening remarks that C"), and a comma right after the cue
//! opens a clause with a parenthetical first ("said, if elected, she would C").

use super::Sentence;
use crate::extract::lexicon as lx;
use crate::extract::tokens::Kind;

/// The end of content `start..end`: just after the quotation that opens it when that quotation
/// closes before a comma and the sentence does not go on with another quotation.
pub(crate) fn quotation_end(s: &Sentence, start: usize, end: usize) -> usize {
    if s.kind(start) != Some(Kind::OpenQuote) {
        return end;
    }
    let q = s.tokens[start].quote;
    let Some(close) =
        (start + 1..end).find(|&k| s.tokens[k].kind == Kind::CloseQuote && s.tokens[k].quote == q)
    else {
        return end;
    };
    let after = close + 1;
    // The comma stands inside the marks (“We’ll see,” when) or after them (“Yes”, when).
    let (comma_inside, next) = if s.is_punct(after, ',') {
        (false, after + 1)
    } else {
        (s.is_punct(close - 1, ','), after)
    };
    let framing_follows = (comma_inside || next > after)
        && s.kind(next) == Some(Kind::Word)
        && s.tokens[next].quote.is_none();
    if framing_follows { after } else { end }
}

/// The most tokens of an aside between a cue's comma and its clause ("says, win or lose, he").
const MAX_ASIDE: usize = 12;

/// Where a clause starts at token `k` after a cue, past an adjunct the cue's own skipping did
/// not know: a preposition and up to ten plain words before "that", or a comma and a clause.
pub(crate) fn clause_after_adjunct(s: &Sentence, k: usize) -> Option<usize> {
    if s.is(k, lx::PREPOSITIONS) || s.is(k, lx::TIME_WORDS) {
        let limit = (k + 12).min(s.range.end);
        let run_end = (k + 1..limit)
            .find(|&j| {
                let t = &s.tokens[j];
                // "in '08", "in ’08": an apostrophe eliding a year's century.
                let apostrophe = matches!(t.kind, Kind::Punct('\'' | '’' | '‘'));
                !(t.quote.is_none() && (t.is_word() || apostrophe) && t.verb.is_none())
            })
            .unwrap_or(limit);
        if let Some(that) = (k + 1..run_end).find(|&j| is_complementiser(s, j)) {
            return (that + 1 < s.range.end).then_some(that + 1);
        }
        // "wrote to her followers, “Q”": the adjunct ends at a comma before a quotation (a
        // colon is the colon-quote rule's).
        let quoted = s.is_punct(run_end, ',') && s.kind(run_end + 1) == Some(Kind::OpenQuote);
        return quoted.then_some(run_end + 1);
    }
    // "said, if elected, she would": a subordinate or adverbial opener closed by a comma.
    if s.is_punct(k, ',') && s.kind(k + 1) == Some(Kind::Word) {
        let next = &s.tokens[k + 1];
        let opener = next.quote.is_none()
            && (next.is(lx::SUBORDINATORS) && next.lower != "that" && next.lower != "which"
                || next.is(lx::ADVERBIAL_OPENERS));
        let close = (k + 2..(k + MAX_ASIDE).min(s.range.end)).find(|&j| s.is_punct(j, ','));
        // "says, win or lose, she is staying", "says, win or lose in May, he's staying": any
        // short aside before a pronoun subject.
        let pronoun_after = close.is_some_and(|c| {
            let plain = (k + 1..c).all(|j| s.tokens[j].is_word() && s.tokens[j].quote.is_none());
            let contracted = super::told_clause::is_subject_pronoun(s, c + 1)
                && s.lower(c + 1).contains(['\'', '’']);
            plain
                && (matches!(s.lower(c + 1), "he" | "she" | "they" | "we" | "i" | "it")
                    && s.kind(c + 2) == Some(Kind::Word)
                    || contracted)
        });
        return ((opener && close.is_some()) || pronoun_after).then_some(k + 1);
    }
    None
}

/// After a telling verb, a short quoted title followed by more words is the addressee ("told
/// “Morning Show” after ..."), not a quotation: the token after it, else `k`.
pub(crate) fn past_title(s: &Sentence, k: usize) -> usize {
    match closing_mark(s, k, 8) {
        Some(c) if s.kind(c + 1) == Some(Kind::Word) && !s.is(c + 1, lx::DETERMINERS) => c + 1,
        _ => k,
    }
}

/// The mark closing the quotation that opens at `open`, within `reach` tokens.
pub(crate) fn closing_mark(s: &Sentence, open: usize, reach: usize) -> Option<usize> {
    if s.kind(open) != Some(Kind::OpenQuote) {
        return None;
    }
    let q = s.tokens[open].quote;
    (open + 1..(open + reach).min(s.range.end))
        .find(|&j| s.tokens[j].kind == Kind::CloseQuote && s.tokens[j].quote == q)
}

/// The closing mark of a quoted title that opens at `open` within `reach` tokens ("“The Art
/// of the Deal”", "“Medicare for all”"): every word capitalised, or a preposition or a word
/// of three letters or fewer; so a quoted claim is not taken for one.
pub(crate) fn quoted_title(s: &Sentence, open: usize, reach: usize) -> Option<usize> {
    crate::extract::phrase::quoted_title_at(s.tokens, open, (open + reach).min(s.range.end))
}

/// The addressee of a telling verb starting at `k`: "reporters", "her staff", "him". It ends
/// before a subject pronoun or a subordinator the noun phrase scan took into it ("told host
/// Jane Roe he would run", "told reporters as she left").
pub(crate) fn addressee(s: &Sentence, k: usize) -> Option<std::ops::Range<usize>> {
    // "told her that C", "telling her she ...", "told her in a debate": "her" before a clause
    // or an adjunct is the addressee alone, not a possessive.
    let next_opens = s.is(k + 1, lx::SUBORDINATORS)
        || super::told_clause::is_subject_pronoun(s, k + 1)
        || s.is(k + 1, lx::PREPOSITIONS)
        || s.kind(k + 1) != Some(Kind::Word);
    if s.lower(k) == "her" && next_opens {
        return Some(k..k + 1);
    }
    let possessive = matches!(
        s.lower(k),
        "his" | "her" | "their" | "its" | "our" | "my" | "your"
    );
    let obj = match s.np_forward(k, s.range.end) {
        Some(obj) => obj,
        None if possessive => k..s.np_forward(k + 1, s.range.end)?.end,
        None if s.is(k, lx::OBJECT_PRONOUNS) => return Some(k..k + 1),
        None => return None,
    };
    let cut = (obj.start + 1..obj.end)
        .find(|&j| super::told_clause::is_subject_pronoun(s, j) || s.is(j, lx::SUBORDINATORS));
    Some(obj.start..cut.unwrap_or(obj.end))
}

/// True when an adverbial clause of the reporting event opens at `k`: "as he left", "when
/// the vote was called" (a time or reason subordinator, then a subject).
pub(crate) fn adverbial_clause_at(s: &Sentence, k: usize) -> bool {
    let opener = matches!(
        s.lower(k),
        "as" | "when" | "while" | "after" | "before" | "because" | "since"
    );
    let subject = s.is(k + 1, lx::PERSON_PRONOUNS)
        || s.is(k + 1, lx::GROUP_PRONOUNS)
        || s.is(k + 1, lx::DETERMINERS)
        || s.tokens.get(k + 1).is_some_and(|t| t.is_capitalised());
    opener && subject && s.tokens[k].quote.is_none()
}

/// True when the content `start..end` ends with a closing bracket it never opened: the
/// bracket encloses the whole sentence ("(According to X, C.)"), not part of the content.
pub(crate) fn unopened_bracket(s: &Sentence, start: usize, end: usize) -> bool {
    end > start && s.is_punct(end - 1, ')') && !(start..end - 1).any(|k| s.is_punct(k, '('))
}

/// True when the words at `k`, after ", but", go on with the same content rather than open the
/// reporter's next clause: a second "that" clause ("C, but that D"), a quotation, a verb or
/// participle sharing the content's subject ("was fair, but required", "but losing"), or a
/// contrast marker ("but rather", "but also").
pub(crate) fn but_continues_content(s: &Sentence, k: usize) -> bool {
    let Some(t) = s.tokens.get(k).filter(|_| k < s.range.end) else {
        return false;
    };
    if t.kind == Kind::OpenQuote {
        return true;
    }
    let w = s.lower(k);
    let verb_form = !t.is_capitalised()
        && (w.ends_with("ing") || w.ends_with("ed"))
        && !s.is(k, lx::DETERMINERS);
    matches!(w, "that" | "rather" | "also" | "not" | "only") || verb_form
}

/// How far after the start an inner quotation is looked for: the bound keeps the work per cue
/// constant.
const INNER_QUOTE_REACH: usize = 40;

/// The end of indirect content `start..end` that quotes the source's words and closes the
/// quotation with a comma inside it (`said the system was "corrupt," noting ...`): what follows
/// is the reporter's framing, so the content ends after the quotation mark. Not before "and" or
/// "or", which go on with the content.
pub(crate) fn inner_quotation_end(s: &Sentence, start: usize, end: usize) -> usize {
    if s.kind(start) == Some(Kind::OpenQuote) {
        return end;
    }
    let limit = end.min(start + INNER_QUOTE_REACH);
    let close = (start + 1..limit).find(|&k| {
        s.tokens[k].kind == Kind::CloseQuote
            && s.is_punct(k - 1, ',')
            && s.kind(k + 1) == Some(Kind::Word)
            && k + 1 < end
            && !matches!(s.lower(k + 1), "and" | "or")
    });
    close.map_or(end, |c| c + 1)
}

/// "that" at `k` opening a clause, not a determiner of time ("said in a speech that night").
pub(crate) fn is_complementiser(s: &Sentence, k: usize) -> bool {
    s.lower(k) == "that" && !s.is(k + 1, lx::TIME_WORDS)
}

/// The first word after `start` and before `end` that looks like the main clause's finite
/// verb or a relative pronoun, which ends a noun-phrase content standing in a subject ("a
/// group backing Roe has spent ...", "his attacks on Roe stand ..." is not caught: "stand" is
/// no known verb form).
pub(crate) fn main_verb_after(s: &Sentence, start: usize, end: usize) -> Option<usize> {
    let verb_at = |i: usize| {
        let t = &s.tokens[i];
        let before = s.lower(i - 1);
        // Not an infinitive ("fitness to be president").
        t.is_word()
            && !t.is_capitalised()
            && t.quote.is_none()
            && before != "to"
            && (t.verb.is_some() && !t.lower.ends_with("ing")
                || lx::is_in(lx::COMMON_VERB_FORMS, &t.lower)
                || t.lower.ends_with("ed") && !s.is(i - 1, lx::DETERMINERS)
                || matches!(t.lower.as_str(), "who" | "which" | "that"))
    };
    let mut cut = (start + 1..end.min(s.range.end)).find(|&i| verb_at(i))?;
    // "his comments about Roe and said ...": the conjunction joins the outer verbs.
    while cut > start + 1 && matches!(s.lower(cut - 1), "and" | "or") {
        cut -= 1;
    }
    Some(cut)
}

/// The first comma or dash of content `start..end` (outside quotations) after which a new
/// clause begins: any dash before a word ("seems to help - in part"), a conjunction or
/// subordinator and a subject ("seemed to waver, and the
/// council voted", "seems to help, although ..."), a subject pronoun ("seemed to waver, she
/// said"), or, when the content stands in a subordinate clause, a determiner opening the main
/// clause ("If the plan seems to work, the mayor ..."). An apposition ("its founder, Jane
/// Roe", "that Roe, a newcomer, could win"), a participle (", revealing C") or a relative
/// (", which ...") goes on.
pub(crate) fn new_clause_after_comma(s: &Sentence, start: usize, end: usize) -> Option<usize> {
    let end = end.min(s.range.end);
    let subordinate = in_subordinate_clause(s, start);
    (start + 1..end.saturating_sub(1)).find(|&k| {
        let dash = super::parenthetical::is_dash(s, k) && s.tokens[k + 1].is_word();
        let comma = s.is_punct(k, ',') && opens_new_clause(s, k + 1, end, subordinate);
        s.tokens[k].quote.is_none() && (dash || comma)
    })
}

/// True when a subordinator opens the clause that `start` is in, no comma between ("if she
/// seemed to C").
fn in_subordinate_clause(s: &Sentence, start: usize) -> bool {
    (s.range.start..start)
        .rev()
        .take_while(|&k| !s.is_punct(k, ','))
        .any(|k| {
            s.tokens[k].quote.is_none()
                && (s.is(k, lx::ADJUNCT_SUBORDINATORS)
                    || matches!(
                        s.lower(k),
                        "if" | "although" | "though" | "as" | "since" | "despite"
                    ))
        })
}

/// True when a new clause begins at `k` (before `end`): see `new_clause_after_comma`.
fn opens_new_clause(s: &Sentence, k: usize, end: usize, subordinate: bool) -> bool {
    let pronoun_at = |i: usize| {
        i < end
            && (crate::extract::phrase::is_subject_pronoun(&s.tokens[i]) || s.lower(i) == "there")
    };
    let determiner_at = |i: usize| i < end && s.is(i, lx::DEFINITE_DETERMINERS);
    match s.lower(k) {
        // "and voters greeted her": not "and angry", "and to ...", "and then".
        "and" | "but" | "yet" | "so" => {
            pronoun_at(k + 1)
                || determiner_at(k + 1)
                || k + 1 < end && s.is_capitalised(k + 1)
                || plural_subject_at(s, k + 1, end)
        }
        "when" | "if" | "although" | "though" | "while" | "because" | "whereas" => true,
        _ if s.is_capitalised(k) => false,
        _ => pronoun_at(k) || subordinate && determiner_at(k),
    }
}

/// True when a plural noun at `k` is followed by a finite verb within five words ("voters
/// approaching the school greeted").
fn plural_subject_at(s: &Sentence, k: usize, end: usize) -> bool {
    let w = s.lower(k);
    let plural =
        k < end && w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("ly");
    plural
        && (k + 1..(k + 6).min(end)).any(|n| {
            crate::extract::standing::may_be_finite_verb(&s.tokens[n]) && !s.is(n, lx::DETERMINERS)
        })
}

/// The most tokens of a clause before a quotation taken into its content.
const MAX_CLAUSE_LEAD: usize = 30;

/// Verbs by which a news outlet reports what it learned: "..., the Gazette reported".
pub(crate) const NEWS_REPORT_VERBS: &[&str] = &["reported", "reports"];

/// The first token of the clause a quotation ends, when the quotation `q` comes before its cue
/// (at token `cue_start`) and continues the words that open the sentence: in `He had “wanted
/// to fly,” she said` the content is `He had “wanted to fly`, not only the quoted words. The
/// lead is plain words (and whole quotations) opening with a capital, holding no other cue of the sentence (`Roe said
/// “Q,” she added` is nested speech; `cues` are the first tokens of the sentence's cues), and
/// not an opening participle or preposition ("Citing “Q,”"). A news report is the exception:
/// in `Roe said “Q,” the Gazette reported` the paper reports the whole clause, its cue and
/// the colon before a quotation too.
pub(crate) fn clause_lead(
    s: &Sentence,
    q: usize,
    cue_start: usize,
    cues: &[usize],
    news_report: bool,
) -> Option<usize> {
    let cues = if news_report { &[] } else { cues };
    let lo = s.range.start;
    let open = (lo..cue_start.min(lo + MAX_CLAUSE_LEAD + 1))
        .find(|&k| s.tokens[k].kind == Kind::OpenQuote && s.tokens[k].quote == Some(q))?;
    let closes_before_cue = (open + 1..cue_start).any(|k| s.tokens[k].kind == Kind::CloseQuote);
    let plain = (lo..open).all(|k| {
        let t = &s.tokens[k];
        let plain_mark = matches!(t.kind, Kind::Punct(',' | '-' | '—' | '–' | '(' | ')'))
            || news_report && t.is_punct(':');
        // "telling her, “Q”": a participle of a reporting verb opens a report of its own.
        let participle = t.verb.is_some() && t.lower.ends_with("ing");
        (t.is_word() || plain_mark || t.quote.is_some_and(|o| o != q))
            && !cues.contains(&k)
            && !participle
    });
    // "Neither man was impressed - “Q”", "(“Q”": a quotation set off by a dash or a bracket
    // is an aside, not the end of the clause.
    let set_off = open > lo && matches!(s.kind(open - 1), Some(Kind::Punct('-' | '—' | '–' | '(')));
    // "In past campaigns, “we ...”": an opening adjunct closed by a comma is the clause's too.
    let adjunct_closed = (lo + 1..open).any(|k| s.is_punct(k, ','));
    let first = &s.tokens[lo];
    let opens_clause = first.is_capitalised()
        && (adjunct_closed
            || !first.lower.ends_with("ing")
                && !first.is(lx::PREPOSITIONS)
                && !first.is(lx::SUBORDINATORS));
    (open > lo && closes_before_cue && plain && !set_off && opens_clause).then_some(lo)
}
