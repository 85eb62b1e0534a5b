//! "the cities of Lyon and Nantes said", "Voters in Ohio, Iowa and Maine said": a subject that
//! ends in a list of coordinated names. The backward noun-phrase scan stops at "and", so without
//! this the last conjunct alone ("Nantes") is taken as the source.

use super::Sentence;
use super::parenthetical::is_dash;
use crate::extract::lexicon as lx;
use std::ops::Range;

/// The most conjuncts followed back from the cue; a bound, so the work per cue stays constant.
const MAX_CONJUNCTS: usize = 5;

/// Prepositions that hang a list on the head of the subject ("cities of", "voters in").
fn is_list_preposition(w: &str) -> bool {
    matches!(w, "of" | "in" | "for" | "from" | "at")
}

/// The whole subject when `np` is the last conjunct of a list that is itself the subject (it
/// opens the sentence) or the complement of a preposition after the subject's head.
pub(crate) fn widen(s: &Sentence, np: Range<usize>) -> Range<usize> {
    let lo = clause_start(s, np.start);
    let mut first = np.clone();
    let mut commas = 0;
    for n in 0..MAX_CONJUNCTS {
        let Some(p) = first.start.checked_sub(1).filter(|&p| p > lo) else {
            break;
        };
        let joiner = if n == 0 {
            // The last conjunct follows "and", with or without a serial comma.
            if s.lower(p) != "and" {
                return np;
            }
            if p > lo + 1 && s.is_punct(p - 1, ',') {
                commas += 1;
                p - 1
            } else {
                p
            }
        } else if s.is_punct(p, ',') {
            commas += 1;
            p
        } else {
            break;
        };
        let Some(prev) = conjunct_before(s, joiner) else {
            return np;
        };
        first = prev;
    }
    if first.start == np.start {
        return np;
    }
    // "Friends, aides and former rivals said": a list of three or more opening the sentence.
    // A list of names is left to the mention, which resolves it to its first name.
    // "The mayors of Lyon": the scan took the head and its preposition into the first conjunct.
    let inner_link = (first.start + 1..first.end)
        .find(|&k| is_list_preposition(s.lower(k)) && is_head_noun(s, k - 1));
    if first.start == lo && inner_link.is_some() {
        return lo..np.end;
    }
    // "Her advisers and allies said": two plain conjuncts opening the sentence are one source,
    // when the first reads as a noun phrase, not a clause ("Prices rose and economists said").
    if first.start == lo {
        let names = s.is_capitalised(np.end - 1);
        let phrase = commas > 0 || noun_phrase_conjunct(s, &first);
        return if !names && phrase { lo..np.end } else { np };
    }
    let Some(p) = first.start.checked_sub(1).filter(|&p| p > lo) else {
        return np;
    };
    if !is_list_preposition(s.lower(p)) {
        return np;
    }
    match s.np_backward(lo, p - 1) {
        Some(host) if host.start == lo && host.end == p && is_head_noun(s, p - 1) => {
            host.start..np.end
        }
        _ => np,
    }
}

/// The longest opening adjunct skipped before a subject, in tokens.
const MAX_OPENING_ADJUNCT: usize = 8;

/// Where the clause of a subject starting before `np_start` opens: after "But", "Yet" or
/// "And", and after an opening prepositional adjunct closed by a comma ("In Britain, the cities
/// of Leeds and York said", "Throughout the night, his family, friends and aides talked").
fn clause_start(s: &Sentence, np_start: usize) -> usize {
    let mut k = s.range.start;
    if matches!(s.lower(k), "but" | "yet" | "and") {
        k += 1;
    }
    // "According to the report, Roe and an aide asked ...": the cue phrase opens like a
    // preposition.
    let according_to = s.lower(k) == "according" && s.lower(k + 1) == "to";
    if !s.is(k, lx::PREPOSITIONS) && !according_to {
        return k;
    }
    let limit = (k + MAX_OPENING_ADJUNCT).min(np_start);
    let comma = (k + 1..limit).find(|&j| s.is_punct(j, ','));
    match comma {
        Some(c) if (k + 1..c).all(|j| s.tokens[j].is_word() && s.tokens[j].quote.is_none()) => {
            c + 1
        }
        _ => k,
    }
}

/// The conjunct ending just before `joiner`: a short noun phrase, not a clause.
fn conjunct_before(s: &Sentence, joiner: usize) -> Option<Range<usize>> {
    let end = joiner.checked_sub(1).filter(|&e| e >= s.range.start)?;
    s.np_backward(s.range.start, end).filter(|c| c.len() <= 4)
}

/// A first conjunct that ends in a plural noun or a capitalised word ("Her advisers",
/// "Democratic"), or is an article and its noun ("The book"): a phrase, where a scan without
/// a tagger may otherwise take a subject and its verb ("Prices rose").
fn noun_phrase_conjunct(s: &Sentence, c: &Range<usize>) -> bool {
    let last = c.end - 1;
    let w = s.lower(last);
    let plural = w.ends_with('s') && !w.ends_with("ss") && s.tokens[last].verb.is_none();
    let article = c.len() == 2 && matches!(s.lower(c.start), "the" | "a" | "an");
    plural || s.is_capitalised(last) || article
}

/// The head a list hangs on: a plural noun ("voters", "mayors") or a name ("the Institute"),
/// never a verb ("spoke in Lyon and ...").
fn is_head_noun(s: &Sentence, k: usize) -> bool {
    let t = &s.tokens[k];
    let w = s.lower(k);
    t.verb.is_none() && (t.is_capitalised() || w.ends_with('s') && !w.ends_with("ss"))
}

/// "Roe and Vance both said", "the senators all said", "Roe and Vance have both argued": a
/// floating quantifier is no subject of its own; the phrase before it (and its auxiliary) is.
pub(crate) fn before_floating_quantifier(s: &Sentence, np: Range<usize>) -> Range<usize> {
    let lo = s.range.start;
    let floating = np.len() == 1 && matches!(s.lower(np.start), "both" | "all" | "each");
    if !floating || np.start <= lo {
        return np;
    }
    if is_dash(s, np.start - 1) {
        return before_dashed_aside(s, np.start - 1).unwrap_or(np);
    }
    if !s.tokens[np.start - 1].is_word() {
        return np;
    }
    let auxiliary = |k: usize| {
        s.is(k, lx::BE_FORMS)
            || matches!(
                s.lower(k),
                "have" | "has" | "had" | "will" | "would" | "can"
            )
    };
    let end = if np.start > lo + 1 && auxiliary(np.start - 1) {
        np.start - 1
    } else {
        np.start
    };
    match s.np_backward(lo, end - 1) {
        Some(host) if host.end == end => host,
        _ => np,
    }
}

/// The most tokens a dashed aside between a subject and its floating quantifier runs over.
const MAX_ASIDE: usize = 40;

/// "The senators -- Roe, Vance and Okafor -- all voted": the phrase before the dashed aside
/// that closes at the dash `close`.
fn before_dashed_aside(s: &Sentence, close: usize) -> Option<Range<usize>> {
    let lo = s.range.start;
    let floor = lo.max(close.saturating_sub(MAX_ASIDE));
    // "--" is two dashes: the aside opens at the dash before the words that close at `close`.
    let inner_end = if close > lo && is_dash(s, close - 1) {
        close - 1
    } else {
        close
    };
    let open = (floor..inner_end).rev().find(|&k| is_dash(s, k))?;
    let open = if open > lo && is_dash(s, open - 1) {
        open - 1
    } else {
        open
    };
    s.np_backward(lo, open.checked_sub(1)?)
        .filter(|host| host.end == open)
}
