//! Settles the drafts of a sentence together: where each content ends (at the next cut, the
//! next coordinated draft, or what its rule says), which cues are nested in another's content
//! and dropped, and the spans and kinds of what is left.

use super::super::lexicon::{self as lx, TIME_WORDS, WEEKDAYS, is_in};
use super::super::tokens::Kind;
use super::{ContentRef, Draft, Found, Sentence, SourceRef, boundary};
use crate::model::{ClaimKind, Span, Stance};
use std::ops::Range;

/// Settles the drafts of a sentence: content ends, nesting, and spans.
pub(crate) fn settle(s: &Sentence, drafts: Vec<Draft>) -> Vec<Found> {
    if drafts.is_empty() {
        return Vec::new();
    }
    let cuts = Cuts::of(s);
    let next_boundary = next_boundaries(s, &drafts);
    let ranges: Vec<Option<Range<usize>>> = drafts
        .iter()
        .zip(&next_boundary)
        .map(|(d, &nb)| content_range(s, &cuts, d, nb))
        .collect();
    let keep = not_nested(&drafts, &ranges);
    let cues: Vec<usize> = drafts.iter().map(|d| d.cue.start).collect();
    drafts
        .into_iter()
        .zip(ranges)
        .zip(keep)
        .filter(|(_, keep)| *keep)
        .filter_map(|((d, range), _)| found(s, d, range, &cues))
        .collect()
}

/// For each token of a sentence, the next place a content may end at or after it.
struct Cuts {
    start: usize,
    /// One entry per token (and one past the last): the three kinds side by side, so that a
    /// sentence's cuts take one allocation, not three.
    at: Vec<CutsAt>,
}

/// The next cuts of each kind at or after one token.
#[derive(Clone, Copy)]
struct CutsAt {
    /// ";" or ", as"/", but"/", according" outside quotes.
    cut: usize,
    comma: usize,
    /// Where a noun-phrase object ends: at a time adjunct or a subordinate clause.
    adjunct: usize,
}

impl Cuts {
    fn of(s: &Sentence) -> Cuts {
        let len = s.range.end - s.range.start;
        let end = s.range.end;
        let mut cuts = Cuts {
            start: s.range.start,
            at: vec![
                CutsAt {
                    cut: end,
                    comma: end,
                    adjunct: end
                };
                len + 1
            ],
        };
        for i in (s.range.start..s.range.end).rev() {
            let r = i - s.range.start;
            cuts.at[r] = cuts.at[r + 1];
            let t = &s.tokens[i];
            if t.quote.is_some() {
                continue;
            }
            if t.is(lx::ADJUNCT_SUBORDINATORS)
                || (t.lower == "on" && s.is(i + 1, TIME_WORDS))
                || as_clause_or_aside(s, i)
            {
                cuts.at[r].adjunct = i;
            }
            let cut_but = s.lower(i + 1) == "but" && !boundary::but_continues_content(s, i + 2);
            if t.is_punct(';')
                || t.is_punct(',')
                    && (cut_but || is_in(&["as", "according", "compared"], s.lower(i + 1)))
            {
                cuts.at[r].cut = i;
            }
            if t.is_punct(',') {
                cuts.at[r].comma = i;
            }
        }
        cuts
    }
}

/// "sought to C as he stopped by ...", "hoping to C (along with ...)": an adverbial clause
/// with a pronoun subject, a concession or a long bracketed aside ends a noun-phrase or
/// infinitive object.
fn as_clause_or_aside(s: &Sentence, i: usize) -> bool {
    let t = &s.tokens[i];
    let as_clause = t.lower == "as"
        && (s.is(i + 1, lx::PERSON_PRONOUNS) || s.is(i + 1, lx::GROUP_PRONOUNS))
        && s.kind(i + 2) == Some(Kind::Word);
    // Not a short label after a name: "Sen. Jane Roe (D-Vt.)".
    let aside = t.is_punct('(') && !(i + 1..(i + 6).min(s.range.end)).any(|k| s.is_punct(k, ')'));
    // "considers himself an immigrant even though he ...": a concession is the reporter's.
    let concession = matches!(t.lower.as_str(), "although" | "though")
        || t.lower == "even" && matches!(s.lower(i + 1), "though" | "if");
    as_clause || aside || concession
}

/// The boundary of the next draft that has one, for each draft.
fn next_boundaries(s: &Sentence, drafts: &[Draft]) -> Vec<usize> {
    let mut next_boundary = vec![s.range.end; drafts.len()];
    let mut nb = s.range.end;
    for (i, d) in drafts.iter().enumerate().rev() {
        next_boundary[i] = nb;
        if let Some(b) = d.boundary {
            nb = b;
        }
    }
    next_boundary
}

/// The token range of a draft's content (`None` for a quotation), ended by the sentence's cuts,
/// the next draft's boundary `next_boundary` and what its rule says.
fn content_range(
    s: &Sentence,
    cuts: &Cuts,
    d: &Draft,
    next_boundary: usize,
) -> Option<Range<usize>> {
    let (start, comma_ends) = match &d.content {
        ContentRef::From { start, comma_ends } => (*start, *comma_ends),
        ContentRef::Tokens(r) => return Some(r.clone()),
        ContentRef::Quote(_) => return None,
    };
    let r = start - cuts.start;
    let mut end = cuts.at[r].cut.min(s.range.end);
    if next_boundary > start {
        end = end.min(next_boundary);
    }
    if comma_ends || in_opening_adverbial_clause(s, &d.source) {
        end = end.min(cuts.at[r].comma);
    }
    // "demanded answers on Tuesday after a fire ...": a noun-phrase object (not a "that"
    // clause) ends before the reporter's adjuncts.
    if d.rule.ends.object_before_adjunct && start > s.range.start && s.lower(start - 1) != "that" {
        end = end.min(cuts.at[r].adjunct.max(start + 1));
        end = super::short_object::short_object_end(s, start, end);
        end = super::short_object::second_predicate_end(s, start, end);
        end = super::short_object::comma_clause_end(s, start, end);
    }
    // "those who support Roe are in college": the object of a restrictive relative clause
    // ends before the main clause's verb.
    if d.rule.ends.object_before_adjunct
        && restrictive_relative(s, &d.source)
        && s.lower(start.wrapping_sub(1)) != "that"
        && let Some(cut) = boundary::main_verb_after(s, start, end)
    {
        end = cut;
    }
    if d.rule.ends.position_object && s.lower(start.wrapping_sub(1)) != "that" {
        end = position_object_end(s, start, end);
    }
    // "a group backing Roe has spent ...": not a clause after "that" or an infinitive.
    if d.rule.ends.before_main_verb
        && s.lower(start.wrapping_sub(1)) != "that"
        && !matches!(s.lower(start), "to" | "not")
        && let Some(cut) = boundary::main_verb_after(s, start, end)
    {
        end = cut;
    }
    if d.rule.ends.inner_quotation {
        end = boundary::inner_quotation_end(s, start, end);
    }
    if d.rule.ends.new_clause_after_comma {
        end = boundary::new_clause_after_comma(s, start, end).unwrap_or(end);
    }
    Some(start..boundary::quotation_end(s, start, end))
}

/// "After the mayor said C, Roe said ...": a source right after the subordinator that opens
/// the sentence speaks inside an adverbial clause, whose content ends at its first comma,
/// where the main clause begins.
fn in_opening_adverbial_clause(s: &Sentence, source: &SourceRef) -> bool {
    let SourceRef::Phrase { np, .. } = source else {
        return false;
    };
    let lo = s.range.start;
    let opener = match np.start.checked_sub(1) {
        Some(k) if k == lo || k == lo + 1 && matches!(s.lower(lo), "but" | "and" | "yet") => k,
        _ => return false,
    };
    s.is(opener, lx::ADJUNCT_SUBORDINATORS) || matches!(s.lower(opener), "once" | "if" | "since")
}

/// True when the source is a relative pronoun with no comma before it ("those who ..."), so
/// its clause sits inside the main clause's subject or object.
fn restrictive_relative(s: &Sentence, source: &SourceRef) -> bool {
    matches!(source, SourceRef::Relative { pronoun, .. }
        if *pronoun > s.range.start && !s.is_punct(pronoun - 1, ','))
}

/// Which drafts to keep: not a nested cue inside an earlier draft's forward content, or inside
/// an inverted draft's preceding content, unless it opens its own coordinated clause.
fn not_nested(drafts: &[Draft], ranges: &[Option<Range<usize>>]) -> Vec<bool> {
    let mut keep = vec![true; drafts.len()];
    let mut covered_until = 0usize;
    let mut cover_len = 0usize;
    for (i, d) in drafts.iter().enumerate() {
        let inverted = matches!(d.content, ContentRef::Tokens(_));
        if !inverted
            && d.boundary.is_none()
            && d.cue.start < covered_until
            && !nested_report_stands(d, ranges[i].as_ref(), cover_len)
        {
            keep[i] = false;
            continue;
        }
        if let (ContentRef::From { .. }, Some(r)) = (&d.content, &ranges[i])
            && r.end > covered_until
        {
            covered_until = r.end;
            cover_len = r.len();
        }
    }
    let mut covered_from = usize::MAX;
    for (i, d) in drafts.iter().enumerate().rev() {
        if !keep[i] {
            continue;
        }
        if d.cue.start >= covered_from
            && !matches!(d.content, ContentRef::Tokens(_))
            && !d.rule.ends.inside_inverted
        {
            keep[i] = false;
            continue;
        }
        if let (ContentRef::Tokens(_), Some(r)) = (&d.content, &ranges[i])
            && !d.rule.ends.covers_nothing
        {
            covered_from = covered_from.min(r.start);
        }
    }
    keep
}

/// "X said the plan, which others say is sound, would fail": a nested "S said C" whose content
/// is under a third of the content it sits in is an attribution of its own (its source
/// reports it inside the other's words); a longer one mostly restates the outer content.
fn nested_report_stands(d: &Draft, range: Option<&Range<usize>>, cover_len: usize) -> bool {
    d.rule.id == crate::extract::rules::SAID_THAT && range.is_some_and(|r| 3 * r.len() < cover_len)
}

/// The attribution a kept draft settles into, if its content holds more than its cue.
fn found(s: &Sentence, d: Draft, range: Option<Range<usize>>, cues: &[usize]) -> Option<Found> {
    let (content, kind) = match (&d.content, range) {
        (ContentRef::Quote(q), _) => quote_content(s, *q).map(|(span, kind)| {
            let news_report = lx::is_in(boundary::NEWS_REPORT_VERBS, s.lower(d.cue.end - 1));
            match boundary::clause_lead(s, *q, d.cue.start, cues, news_report) {
                Some(lead) => (
                    Span::new(s.tokens[lead].span.start, span.end),
                    ClaimKind::Mixed,
                ),
                None => (span, kind),
            }
        }),
        (_, Some(r)) => token_content(s, r),
        _ => None,
    }?;
    let cue = Span::new(
        s.tokens[d.cue.start].span.start,
        s.tokens[d.cue.end - 1].span.end,
    );
    // A content is more than its cue: a lone "reportedly" claims nothing.
    if !has_words_beside(s.text, content, cue) {
        return None;
    }
    let stance = match s.tokens.get(d.cue.end - 1) {
        Some(head) if head.is(lx::WARNING_WORDS) => warning_stance(s, d.cue.end, content),
        Some(head) if matches!(head.lower.as_str(), "told" | "tell" | "tells" | "telling") => {
            directive_stance(s, d.cue.end, content).unwrap_or(d.stance)
        }
        _ => d.stance,
    };
    Some(Found {
        rule: d.rule.id,
        content,
        kind,
        source: d.source,
        cue,
        stance,
        framing: d.framing,
    })
}

/// Where the noun phrase a position is taken on ends ("endorsed Cruz last week, saying ..."):
/// before a comma (not one inside a list or an apposition), a weekday, "last/this/next week"
/// or "in/on/during" a time, scanning at most a bounded number of tokens.
pub(crate) fn position_object_end(s: &Sentence, start: usize, end: usize) -> usize {
    let end = super::short_object::lone_object_end(s, start, end);
    let limit = end.min(start + 40);
    (start + 1..limit)
        .find(|&k| {
            let t = &s.tokens[k];
            t.quote.is_none()
                && (t.is_punct(',') && !super::short_object::list_or_apposition_after(s, k)
                    || s.is(k, WEEKDAYS)
                    || t.is(lx::TIME_DEICTICS) && s.is(k + 1, TIME_WORDS)
                    || matches!(t.lower.as_str(), "in" | "on" | "during")
                        && (s.is(k + 1, TIME_WORDS)
                            || matches!(s.lower(k + 1), "early" | "late" | "mid")))
        })
        .unwrap_or(end)
}

/// True when `content` has a letter or digit outside the `cue` span.
pub(crate) fn has_words_beside(text: &str, content: Span, cue: Span) -> bool {
    let alnum = |a: usize, b: usize| a < b && text[a..b].chars().any(char::is_alphanumeric);
    if cue.end <= content.start || cue.start >= content.end {
        return alnum(content.start, content.end);
    }
    alnum(content.start, cue.start.max(content.start))
        || alnum(cue.end.min(content.end), content.end)
}

/// "warned X to C", "told X (not) to C": an object then an infinitive inside the content
/// is a demand.
fn directive_stance(s: &Sentence, after_cue: usize, content: Span) -> Option<Stance> {
    let obj = super::boundary::addressee(s, after_cue)
        .or_else(|| s.np_forward(after_cue, s.range.end))?;
    let to = if s.lower(obj.end) == "not" {
        obj.end + 1
    } else {
        obj.end
    };
    (s.lower(to) == "to" && s.tokens[to].span.start < content.end).then_some(Stance::Demand)
}

/// What a warning does: "warned X to C" demands, a warning of the source's own action ("I
/// will ...", "he would ...") commits, any other warning asserts a danger.
pub(crate) fn warning_stance(s: &Sentence, after_cue: usize, content: Span) -> Stance {
    if let Some(demand) = directive_stance(s, after_cue, content) {
        return demand;
    }
    let words: Vec<String> = content
        .of(s.text)
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .take(40)
        .map(str::to_lowercase)
        .collect();
    let first_person = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "i" | "we" | "us" | "our" | "i'll" | "we'll" | "i’ll" | "we’ll"
        )
    });
    let own_action = words.len() >= 2
        && matches!(words[0].as_str(), "he" | "she" | "it" | "they")
        && matches!(words[1].as_str(), "will" | "would" | "could");
    if first_person || own_action {
        Stance::Commit
    } else {
        Stance::Assert
    }
}

/// The inside of a quotation, without surrounding space or a trailing comma.
pub(crate) fn quote_content(s: &Sentence, q: usize) -> Option<(Span, ClaimKind)> {
    let inner = s.quotes.get(q)?.inner;
    let span = trim_span(s.text, inner, &[',']);
    (!span.is_empty()).then_some((span, ClaimKind::Direct))
}

pub(crate) fn trim_span(text: &str, span: Span, trailing: &[char]) -> Span {
    let slice = span.of(text);
    let start_trim = slice.len()
        - slice
            .trim_start_matches(crate::extract::tokens::is_space)
            .len();
    let mut end = span.end;
    let mut body = &text[span.start + start_trim..end];
    loop {
        let trimmed = body
            .trim_end_matches(crate::extract::tokens::is_space)
            .trim_end_matches(trailing);
        if trimmed.len() == body.len() {
            break;
        }
        body = trimmed;
    }
    end = span.start + start_trim + body.len();
    Span::new(span.start + start_trim, end.max(span.start + start_trim))
}

/// Content from a token range: trailing punctuation outside quotes dropped, and classified as
/// direct when it is (nearly) all one quotation.
pub(crate) fn token_content(s: &Sentence, r: Range<usize>) -> Option<(Span, ClaimKind)> {
    let mut start = r.start;
    let mut end = r.end.min(s.range.end);
    while end > start
        && (matches!(s.tokens[end - 1].kind, Kind::Punct(c) if c != ')' && c != '%' && c != '"')
            || boundary::unopened_bracket(s, start, end))
        && s.tokens[end - 1].quote.is_none()
    {
        end -= 1;
    }
    // "(The crowd, she said, was small.)": a bracket opening the sentence is not the content's.
    let unclosed_bracket = |k: usize| s.is_punct(k, '(') && !(k..end).any(|j| s.is_punct(j, ')'));
    while start < end
        && (matches!(
            s.tokens[start].kind,
            Kind::Punct(',' | ':' | ';' | '-' | '—' | '–')
        ) || unclosed_bracket(start))
    {
        start += 1;
    }
    if start >= end {
        return None;
    }
    // A clause that is one quotation, maybe after "to"/"that"/"for" and the like, is direct.
    // An object pronoun stays in the content when the quotation says what it is ("calling
    // him “a fraud”"), not when a preposition of the cue follows it ("praised them for “Q”").
    let lead = (start..end.min(start + 4)).find(|&k| s.tokens[k].kind == Kind::OpenQuote);
    if let Some(open) = lead {
        let lead_ok = (start..open).all(|k| match s.lower(k) {
            "to" | "that" | "of" | "for" | ":" | "," => true,
            "them" | "him" | "her" | "it" | "us" => k + 1 < open,
            _ => false,
        });
        let same_quote = s.tokens[end - 1].quote == s.tokens[open].quote;
        let unclosed = s.tokens[open]
            .quote
            .is_some_and(|q| s.quotes[q].close.is_none());
        let close_ok = same_quote && (s.tokens[end - 1].kind == Kind::CloseQuote || unclosed);
        if lead_ok
            && close_ok
            && let Some(q) = s.tokens[open].quote
        {
            return quote_content(s, q);
        }
    }
    let span = Span::new(s.tokens[start].span.start, s.tokens[end - 1].span.end);
    let quoted = (start..end).any(|k| s.tokens[k].kind == Kind::OpenQuote);
    Some((
        span,
        if quoted {
            ClaimKind::Mixed
        } else {
            ClaimKind::Indirect
        },
    ))
}
