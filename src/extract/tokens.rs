//! Splits a paragraph into words, punctuation and quotation marks with exact byte spans.
//!
//! Rules work on tokens rather than raw bytes so that they can look a bounded number of words
//! back or ahead; every token keeps its byte range so whatever the rules pick out is reported
//! exactly as written. Abbreviations ("U.S.", "Gen.", initials) keep their full stop, which is
//! what stops them from ending sentences.

use super::lexicon::{self, ABBREVIATIONS};
use super::quotes::{Quote, is_double_quote, is_quote_mark, mark_len};
use crate::model::Span;
use compact_str::CompactString;
use unicode_normalization::char::is_combining_mark;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Punct(char),
    OpenQuote,
    CloseQuote,
}

/// A lower-cased word: the lexicon's own copy when the lexicon knows the word (the function
/// words and cue words that rules compare against), and otherwise the word itself, kept inline
/// when it is short (`CompactString` holds up to 24 bytes without allocating), so that a
/// paragraph's tokens cost no allocation per word.
#[derive(Clone, Default)]
pub struct Lower(CompactString);

impl Lower {
    /// The lower-case form of `word`, typographic apostrophes made straight, with what the
    /// lexicon knows about it.
    fn of(word: &str) -> (Lower, lexicon::Entry) {
        // Looked up as written first: a word the lexicon knows (most of any text) then takes
        // the lexicon's copy, and only the others are lower-cased here.
        if let Some((key, entry)) = lexicon::lookup_folded(word) {
            return (Lower(CompactString::const_new(key)), entry);
        }
        if word.bytes().all(|b| b.is_ascii() && b != b'`') {
            let mut lower = CompactString::new(word);
            lower.make_ascii_lowercase();
            return (Lower(lower), lexicon::Entry::default());
        }
        Lower::of_unicode(word)
    }

    /// `of` for a word outside ASCII (or with a backtick): rare, so kept out of `of`.
    #[inline(never)]
    fn of_unicode(word: &str) -> (Lower, lexicon::Entry) {
        // Most such words are ASCII but for a curly apostrophe ("don’t", "Roe’s"): their
        // ASCII characters are lower-cased as they are pushed, without `to_lowercase`'s
        // iterator, which costs several times as much a character.
        let mut lower = CompactString::with_capacity(word.len());
        for c in word.chars() {
            if is_apostrophe(c) {
                lower.push('\'');
            } else if c.is_ascii() {
                lower.push(c.to_ascii_lowercase());
            } else {
                lower.extend(c.to_lowercase());
            }
        }
        Lower::known_or(lower)
    }

    /// The lexicon's own copy of `lower` when it has one (no copy of the word is kept then).
    fn known_or(lower: CompactString) -> (Lower, lexicon::Entry) {
        match lexicon::lookup_key(&lower) {
            Some((key, entry)) => (Lower(CompactString::const_new(key)), entry),
            None => (Lower(lower), lexicon::Entry::default()),
        }
    }

    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

impl std::ops::Deref for Lower {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl std::fmt::Debug for Lower {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.as_str().fmt(f)
    }
}

impl PartialEq for Lower {
    fn eq(&self, other: &Lower) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<str> for Lower {
    fn eq(&self, other: &str) -> bool {
        self.as_str() == other
    }
}

impl PartialEq<&str> for Lower {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

#[derive(Debug, Clone)]
pub struct Token {
    pub span: Span,
    pub kind: Kind,
    /// Lower-cased word with typographic apostrophes made straight; empty for non-words.
    pub lower: Lower,
    /// The lexicon lists `lower` is in, and those its stem is in (see `lexicon::WordList`).
    lists: u64,
    stem_lists: u64,
    /// Whether the word's first alphanumeric is a capital (see `is_capital_letter`), worked
    /// out once here because rules ask it of the same token many times.
    capitalised: bool,
    /// Whether the word ends in a possessive "'s" or "s'", which rules also ask often.
    possessive: bool,
    /// The reporting verb `lower` is a form of.
    pub verb: Option<&'static lexicon::Verb>,
    /// Index (into the paragraph's quotes) of the quotation this token stands inside, if any.
    /// Quotation marks themselves belong to their quote.
    pub quote: Option<usize>,
}

impl Token {
    fn mark(span: Span, kind: Kind, quote: Option<usize>) -> Token {
        Token {
            span,
            kind,
            lower: Lower::default(),
            lists: 0,
            stem_lists: 0,
            capitalised: false,
            possessive: false,
            verb: None,
            quote,
        }
    }

    fn word(
        span: Span,
        word: &str,
        (lower, entry): (Lower, lexicon::Entry),
        quote: Option<usize>,
    ) -> Token {
        // The lower-cased form read once: `Lower::as_str` works out where its bytes are.
        let lower_str = lower.as_str();
        let possessive = lower_str.ends_with("'s") || lower_str.ends_with("s'");
        let stem = stem_of(lower_str);
        let stem_lists = if stem.len() == lower_str.len() {
            entry.lists
        } else {
            lexicon::lookup(stem).lists
        };
        Token {
            span,
            kind: Kind::Word,
            lower,
            lists: entry.lists,
            stem_lists,
            capitalised: capitalised(word),
            possessive,
            verb: entry.verb,
            quote,
        }
    }

    /// True when the lower-cased word is in `list`.
    pub fn is(&self, list: &lexicon::WordList) -> bool {
        self.lists & list.mask() != 0
    }

    /// True when the word's stem (see `stem`) is in `list`.
    pub fn stem_is(&self, list: &lexicon::WordList) -> bool {
        self.stem_lists & list.mask() != 0
    }

    /// True when the word is the first word of a multi-word cue (`lexicon::PHRASES`).
    pub fn heads_phrase(&self) -> bool {
        self.lists & lexicon::PHRASE_HEAD != 0
    }

    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct(c)
    }

    /// True for a word whose first letter is upper case, or in a script without case (see
    /// `is_capital_letter`); worked out when the token was cut.
    #[inline]
    pub fn is_capitalised(&self) -> bool {
        self.capitalised
    }

    /// The word without a possessive "'s" ending, lower-cased.
    pub fn stem(&self) -> &str {
        stem_of(self.lower.as_str())
    }

    pub fn is_possessive(&self) -> bool {
        self.possessive
    }
}

/// Whether the word's first alphanumeric is a capital (see `is_capital_letter`); for an ASCII
/// letter or digit, whether it is an ASCII capital.
fn capitalised(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii_alphanumeric() => b.is_ascii_uppercase(),
        _ => word
            .chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(is_capital_letter),
    }
}

/// `lower` without a possessive "'s" or "'" ending.
fn stem_of(lower: &str) -> &str {
    lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix('\''))
        .unwrap_or(lower)
}

/// A paragraph's tokens with the text they index and the paragraph's quotations: what every
/// helper that reads tokens needs, passed as one value so that no helper takes the text and the
/// tokens apart (and could be handed a text the tokens were not cut from).
#[derive(Clone, Copy)]
pub struct Tokens<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub quotes: &'a [Quote],
}

impl<'a> Tokens<'a> {
    /// The tokens in `range` alone; their spans still index the same text.
    pub fn slice<R>(self, range: R) -> Tokens<'a>
    where
        R: std::slice::SliceIndex<[Token], Output = [Token]>,
    {
        Tokens {
            tokens: &self.tokens[range],
            ..self
        }
    }
}

/// An upper-case letter, or a letter of a script without case (Arabic, CJK, Hebrew, Thai, ...):
/// in English copy a word in such a script is a name as surely as a capitalised one is, so
/// "محمد العلي said" and "田中太郎 said" name their speakers.
pub fn is_capital_letter(c: char) -> bool {
    c.is_uppercase() || c.is_alphabetic() && !c.is_lowercase()
}

/// White space for segmentation: Unicode white space, the byte-order mark and control characters.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}' || c == '\u{200b}' || c.is_control()
}

/// The em dash for the horizontal bar (U+2015), which some outlets set for every dash and
/// typographers call the quotation dash ("― Jane Roe"): the rules then test one character.
fn dash_of(c: char) -> char {
    if c == '\u{2015}' { '—' } else { c }
}

/// Emoji and pictographic symbols (with their joiners, variation selectors and tags): they
/// decorate copy, so they separate words like a space but are never tokens themselves.
pub fn is_pictograph(c: char) -> bool {
    matches!(c,
        '\u{1F000}'..='\u{1FAFF}'
        | '\u{2600}'..='\u{27BF}'
        | '\u{2B00}'..='\u{2BFF}'
        | '\u{231A}'..='\u{23FF}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{200D}'
        | '\u{20E3}'
        | '\u{E0000}'..='\u{E007F}')
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`')
}

fn is_joiner(c: char) -> bool {
    is_apostrophe(c) || matches!(c, '-' | '.' | '‐' | '‑')
}

/// Tokenises `text[para]`, marking tokens inside the given quotes (which must be sorted).
///
/// Walks the paragraph with a byte offset rather than a `CharIndices` iterator: a word's ASCII
/// letters are taken a byte at a time (see `word_end`), and only other characters are decoded,
/// which halves the cost of the tokenizer on news text, where it runs over every byte.
pub fn tokenize(text: &str, para: Span, quotes: &[Quote]) -> Vec<Token> {
    // About one token per five bytes of news text: one allocation per paragraph, not several.
    let mut tokens = Vec::with_capacity(para.len() / 5 + 8);
    let limit = para.end;
    let mut at = para.start;
    let mut state = QuoteState {
        quotes,
        next: 0,
        current: None,
    };
    while let Some(c) = char_at(text, at, limit) {
        let pos = at;
        at += c.len_utf8();
        // Most tokens start with an ASCII letter or digit, which none of these tests takes.
        if !c.is_ascii_alphanumeric() {
            if is_space(c) || is_pictograph(c) {
                continue;
            }
            // Curly single quotes are quotation marks only where they were paired; elsewhere
            // they are apostrophes or punctuation.
            let paired_single = !is_double_quote(c) && is_quote_mark(c) && state.paired_at(pos);
            let doubled_apostrophe = c == '\'' && state.paired_at(pos);
            if is_double_quote(c) || paired_single || doubled_apostrophe {
                let end = pos + mark_len(text, pos);
                if doubled_apostrophe && let Some(second) = char_at(text, at, limit) {
                    at += second.len_utf8();
                }
                tokens.push(state.mark(Span::new(pos, end)));
                continue;
            }
            if !c.is_alphanumeric() {
                let span = Span::new(pos, at);
                tokens.push(Token::mark(span, Kind::Punct(dash_of(c)), state.current));
                continue;
            }
        }
        let end = word_end(text, limit, at);
        let token = word_token(text, limit, pos, end, state.current);
        at = token.span.end;
        tokens.push(token);
    }
    tokens
}

/// The character at byte `at` of `text`, if `at` is before `limit`; ASCII without decoding.
#[inline]
fn char_at(text: &str, at: usize, limit: usize) -> Option<char> {
    let byte = *text.as_bytes()[..limit].get(at)?;
    if byte.is_ascii() {
        return Some(char::from(byte));
    }
    text[at..limit].chars().next()
}

/// Where tokenising stands among the paragraph's paired quotations.
struct QuoteState<'q> {
    quotes: &'q [Quote],
    /// Index of the next quotation to open.
    next: usize,
    /// Index of the quotation the tokens now stand inside.
    current: Option<usize>,
}

impl QuoteState<'_> {
    /// True when the pairing opens the next quotation, or closes the current one, at `pos`.
    #[inline]
    fn paired_at(&self, pos: usize) -> bool {
        self.quotes.get(self.next).is_some_and(|q| q.open == pos)
            || self
                .current
                .is_some_and(|q| self.quotes[q].close == Some(pos))
    }

    /// The token of the quotation mark at `span`, stepping into or out of its quotation; a
    /// mark the pairing left alone is punctuation.
    #[inline]
    fn mark(&mut self, span: Span) -> Token {
        if self
            .quotes
            .get(self.next)
            .is_some_and(|q| q.open == span.start)
        {
            self.current = Some(self.next);
            self.next += 1;
            Token::mark(span, Kind::OpenQuote, self.current)
        } else if let Some(q) = self
            .current
            .filter(|&q| self.quotes[q].close == Some(span.start))
        {
            self.current = None;
            Token::mark(span, Kind::CloseQuote, Some(q))
        } else {
            Token::mark(span, Kind::Punct('"'), self.current)
        }
    }
}

/// Whether each byte value is an ASCII letter or digit: one load a byte in `word_end`'s inner
/// loop, which runs over every letter of every text, rather than three range tests.
static ASCII_ALPHANUMERIC: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// The end of the word whose first character ends at `end`: alphanumerics
/// joined by apostrophes, hyphens and inner full stops, no further than `limit`.
#[inline]
fn word_end(text: &str, limit: usize, mut end: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        // ASCII letters and digits, most of any word, without decoding a character.
        let ahead = &bytes[end..limit];
        end += ahead
            .iter()
            .position(|&b| !ASCII_ALPHANUMERIC[usize::from(b)])
            .unwrap_or(ahead.len());
        let Some(n) = char_at(text, end, limit) else {
            return end;
        };
        // A combining mark ("e" + U+0301) is part of the letter before it.
        let joined = if n.is_alphanumeric() || !n.is_ascii() && is_combining_mark(n) {
            true
        } else if is_joiner(n) || n == ',' {
            let after = text[end + n.len_utf8()..].chars().next();
            // A comma joins only digit groups ("990,000"), never words.
            if n == ',' {
                bytes[end - 1].is_ascii_digit() && after.is_some_and(|c| c.is_ascii_digit())
            } else {
                after.is_some_and(char::is_alphanumeric)
            }
        } else {
            false
        };
        if !joined {
            return end;
        }
        end += n.len_utf8();
    }
}

/// The token of the word `text[pos..end]`. A full stop right after an abbreviation or initial
/// (before `limit`) belongs to the word; when the stop is not taken, the lower-case form looked
/// up to decide is kept for the token.
#[inline]
fn word_token(text: &str, limit: usize, pos: usize, mut end: usize, quote: Option<usize>) -> Token {
    let mut looked_up = None;
    if end < limit && text.as_bytes()[end] == b'.' {
        let word = &text[pos..end];
        let lower = Lower::of(word);
        if keeps_stop(word, &lower.0) {
            end += 1;
        } else {
            looked_up = Some(lower);
        }
    }
    let word = &text[pos..end];
    let lower = looked_up.unwrap_or_else(|| Lower::of(word));
    Token::word(Span::new(pos, end), word, lower, quote)
}

/// True when a full stop after `word` (lower-cased `lower`) is the word's own: a single
/// capital, an initialism ("U.S"), or a listed abbreviation.
fn keeps_stop(word: &str, lower: &Lower) -> bool {
    let single_capital = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    let initialism = word.contains('.')
        && word.split('.').all(|part| part.chars().count() <= 2)
        && word.chars().all(|c| c.is_alphabetic() || c == '.');
    single_capital || initialism || lexicon::is_in(ABBREVIATIONS, lower.as_str())
}

/// Runs `f` on the tokens of `text[para]`, cut as the extractor cuts a paragraph: how unit
/// tests of the helpers that read tokens build their input.
#[cfg(test)]
pub(crate) fn with_paragraph<R>(text: &str, para: Span, f: impl FnOnce(Tokens) -> R) -> R {
    let quotes = super::quotes::pair_quotes(text, para);
    let tokens = tokenize(text, para, &quotes);
    f(Tokens {
        text,
        tokens: &tokens,
        quotes: &quotes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::quotes::pair_quotes;

    fn words(text: &str) -> Vec<&str> {
        let para = Span::new(0, text.len());
        let quotes = pair_quotes(text, para);
        tokenize(text, para, &quotes)
            .iter()
            .map(|t| t.span.of(text))
            .collect()
    }

    #[test]
    fn keeps_abbreviations_names_and_decimals_whole() {
        assert_eq!(
            words("U.S. Gen. Mark A. Milley's al-Assad 2.5% rise."),
            vec![
                "U.S.", "Gen.", "Mark", "A.", "Milley's", "al-Assad", "2.5", "%", "rise", "."
            ]
        );
        assert_eq!(
            words("A$990,000, then 5, 6"),
            vec!["A", "$", "990,000", ",", "then", "5", ",", "6"]
        );
    }

    #[test]
    fn combining_marks_stay_in_their_word_and_emoji_separate_words() {
        assert_eq!(
            words("Jose\u{301} said\u{1F44D}the Rene\u{301}e \u{1F44D}\u{1F3FD} x"),
            vec!["Jose\u{301}", "said", "the", "Rene\u{301}e", "x"]
        );
    }

    #[test]
    fn non_breaking_spaces_separate_words() {
        assert_eq!(words("a\u{a0}b\u{feff}c\0d"), vec!["a", "b", "c", "d"]);
    }

    #[test]
    fn quote_membership() {
        let text = "“Go,” he said.";
        let para = Span::new(0, text.len());
        let quotes = pair_quotes(text, para);
        let tokens = tokenize(text, para, &quotes);
        assert_eq!(tokens[0].kind, Kind::OpenQuote);
        assert_eq!(tokens[1].quote, Some(0));
        assert_eq!(tokens[3].kind, Kind::CloseQuote);
        assert_eq!(tokens[4].quote, None);
    }
}
