//! Property tests (proptest) of the pure parts: the extractor, name folding and text matching.
//!
//! Each property runs `PROPTEST_CASES` cases (proptest's default, 256, when unset), so
//! `cargo test` stays fast; for a longer search run for example
//! `PROPTEST_CASES=20000 cargo test --release --test runner test_properties`.
//! A failing case is shrunk to a minimal input and saved under `tests/proptest-regressions/`,
//! which is then replayed first on every run.

use claimtrack::extract::extract;
use claimtrack::model::Span;
use claimtrack::names::{NameMatch, acronym_definitions, compare_names, fold_text, name_key};
use claimtrack::textmatch::find_all;
use proptest::prelude::*;
use proptest::test_runner::{FileFailurePersistence, TestCaseError};

/// Pieces of news text: every kind of quote mark, cue words, names (Latin and Arabic script),
/// titles, pronouns, punctuation, white space of several kinds, and a few hostile characters
/// (combining marks, emoji with ZWJ, bidi marks, BOM).
const NEWS_FRAGMENTS: &[&str] = &[
    "\"",
    "'",
    "\u{201C}",
    "\u{201D}",
    "\u{2018}",
    "\u{2019}",
    "\u{00AB}",
    "\u{00BB}",
    "\u{201E}",
    "\u{201A}",
    "\u{2039}",
    "\u{203A}",
    "\u{300C}",
    "\u{300D}",
    "`",
    "``",
    "''",
    " said ",
    "said",
    " says ",
    " told ",
    " told reporters ",
    " added",
    " according to ",
    "According to ",
    " claimed ",
    " denied ",
    " insisted ",
    " warned that ",
    " is quoted as saying ",
    " said in a statement",
    " people familiar with the matter",
    "it is widely believed ",
    " reportedly ",
    ", however, ",
    " he ",
    "He ",
    " she ",
    "They ",
    " it ",
    "The minister",
    "Mustafa al-Kadhimi",
    "Kadhimi",
    "Mr. ",
    "Dr. ",
    "President ",
    "a spokesman for ",
    "the Popular Mobilization Units (PMU)",
    "Jane Roe",
    "Roe",
    "police",
    "officials",
    "security sources",
    "Ta\u{2018}ifa",
    "Asa\u{2019}ib Ahl al-Haq",
    "\u{0645}\u{062D}\u{0645}\u{062F}",
    "\u{05E9}\u{05DC}\u{05D5}\u{05DD}",
    "e\u{301}",
    "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}",
    "\u{1F1EE}\u{1F1F6}",
    "\u{200F}",
    "\u{FEFF}",
    ",",
    ", ",
    ".",
    ". ",
    "?",
    "!",
    ":",
    ";",
    " - ",
    " \u{2014} ",
    "(",
    ")",
    "[",
    "]",
    " ",
    "  ",
    "\u{00A0}",
    "\u{2009}",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "the talks failed",
    "we will return",
    "no comment",
    "1,000",
    "2020",
];

/// A string of up to `max` news fragments, with now and then an arbitrary char between them.
fn news_text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            8 => prop::sample::select(NEWS_FRAGMENTS).prop_map(str::to_string),
            1 => any::<char>().prop_map(String::from),
            1 => "[A-Za-z]{1,8}",
        ],
        0..max,
    )
    .prop_map(|parts| parts.concat())
}

/// News fragments and ASCII words only, so that the typography in the text is known.
fn plain_news_text(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            8 => prop::sample::select(NEWS_FRAGMENTS).prop_map(str::to_string),
            1 => "[A-Za-z]{1,8}",
        ],
        0..max,
    )
    .prop_map(|parts| parts.concat())
}

/// Pieces of names as outlets write them, transliterated from Arabic and otherwise.
const NAME_FRAGMENTS: &[&str] = &[
    "al-",
    "Al-",
    "el-",
    "al ",
    "ash-",
    "Abu ",
    "Abd ",
    "Abdul ",
    "Abdel",
    "bin ",
    "ibn ",
    "Ibn ",
    "Umm ",
    "Ben ",
    "Mohammed",
    "Muhammad",
    "Mohamed",
    "Kadhimi",
    "Kadhemi",
    "Khadimi",
    "Maliki",
    "Hashd",
    "Hashed",
    "Hezbollah",
    "Harakat",
    "Nujaba",
    "Asa\u{2019}ib",
    "Asa'ib",
    "Ahl",
    "al-Haq",
    "Sheikh ",
    "Jane",
    "Roe",
    "Qais",
    "Khazali",
    "Nasrallah",
    "Nasrollah",
    "Aziz",
    "Party",
    "Ministry",
    "Units",
    "\u{02BF}",
    "\u{02BE}",
    "\u{2019}",
    "'",
    "-",
    "\u{2013}",
    " ",
    "  ",
    "\u{00A0}",
    "\u{200B}",
    "\u{00AD}",
    "e\u{301}",
    "\u{0130}",
    "\u{00DF}",
    "\u{0131}",
    "\u{3380}",
    "\u{FB01}",
    "\u{0645}\u{062D}\u{0645}\u{062F}",
    "y",
    "ah",
    "ullah",
    "ollah",
];

fn name_text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::collection::vec(prop::sample::select(NAME_FRAGMENTS), 0..8)
            .prop_map(|parts| parts.concat()),
        1 => any::<String>(),
    ]
}

/// Every span the extractor returns for `text` lies inside it, on char boundaries, in order,
/// and `Span::of` gives the text between its offsets; content is never empty; no span runs
/// across a paragraph boundary, which quote pairing and sentences never cross: a blank line
/// always, and any line end unless the text is hard-wrapped (no line longer than the widest
/// wrap the extractor joins, 100 characters), where a single line break is only a space.
fn check_extract(text: &str) -> Result<(), TestCaseError> {
    let line_ends = ['\n', '\r', '\u{2028}', '\u{2029}'];
    let blank =
        |c: char| c.is_whitespace() || c.is_control() || matches!(c, '\u{feff}' | '\u{200b}');
    let hard_wrapped = text
        .split(line_ends)
        .all(|line| line.trim_end_matches(blank).chars().count() <= 100);
    for a in extract(text) {
        prop_assert!(!a.content.is_empty(), "empty content {:?}", a);
        for span in [Some(a.content), a.source, a.cue].into_iter().flatten() {
            check_span(text, span)?;
            let inside = span.of(text);
            let lines: Vec<String> = inside
                .replace("\r\n", "\n")
                .split(line_ends)
                .map(str::to_string)
                .collect();
            let blank_line = lines.len() > 2
                && lines[1..lines.len() - 1]
                    .iter()
                    .any(|l| l.chars().all(blank));
            prop_assert!(
                !blank_line && (hard_wrapped || !inside.contains(line_ends)),
                "{:?} ({:?}) crosses a paragraph boundary in {:?}",
                span,
                inside,
                text
            );
        }
    }
    Ok(())
}

/// The cue lies outside the content, or inside it with more content around it: an adverb cue
/// may stand inside its content ("The militia reportedly fired"), but the content must then
/// say something besides the cue.
fn check_cue_outside_content(text: &str) -> Result<(), TestCaseError> {
    for a in extract(text) {
        let Some(cue) = a.cue else { continue };
        let c = a.content;
        let disjoint = cue.end <= c.start || cue.start >= c.end;
        let inside = c.start <= cue.start && cue.end <= c.end && {
            let rest = [&text[c.start..cue.start], &text[cue.end..c.end]];
            rest.iter().any(|r| r.chars().any(char::is_alphanumeric))
        };
        prop_assert!(
            disjoint || inside,
            "cue {:?} ({:?}) overlaps content {:?} ({:?}) in {:?}",
            cue,
            cue.of(text),
            c,
            c.of(text),
            text
        );
    }
    Ok(())
}

/// The minimal case the property below found: a paragraph of just "reportedly" gives an
/// attribution whose content and cue are both the word "reportedly".
#[test]
fn a_lone_adverb_cue_is_not_a_claim() {
    for text in ["reportedly", "Reportedly.", "\n\nreportedly \u{1F44D}\n"] {
        let found: Vec<(&str, Option<&str>)> = extract(text)
            .iter()
            .map(|a| (a.content.of(text), a.cue.map(|c| c.of(text))))
            .collect();
        assert!(found.is_empty(), "{text:?}: {found:?}");
    }
}

fn check_span(text: &str, span: Span) -> Result<(), TestCaseError> {
    prop_assert!(span.start <= span.end, "reversed {:?}", span);
    prop_assert!(
        span.end <= text.len(),
        "{:?} past the end ({})",
        span,
        text.len()
    );
    prop_assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{:?} off a char boundary of {:?}",
        span,
        text
    );
    prop_assert_eq!(
        span.of(text),
        text.get(span.start..span.end).unwrap_or("<none>")
    );
    Ok(())
}

/// The typography `find_all` must see through, for the few marks `news_text` uses: curly
/// quotes, dashes and white space runs (every kind of space is one space).
fn mini_fold(s: &str) -> String {
    let mapped: String = s
        .chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' | '`' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            c if c.is_whitespace() => ' ',
            c => c,
        })
        .collect();
    let mut out = String::new();
    for c in mapped.chars() {
        if !(c == ' ' && out.ends_with(' ')) {
            out.push(c);
        }
    }
    out
}

/// What a browser or terminal does to a copied quotation: curly quotes made straight, dashes
/// made hyphens, U+00A0 made a space.
fn flatten_typography(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' | '\u{201A}' => '\'',
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => '"',
            '\u{2013}' | '\u{2014}' => '-',
            '\u{00A0}' | '\u{2009}' | '\t' => ' ',
            c => c,
        })
        .collect()
}

/// The nearest char boundaries at or below `a` and `b` (ordered), for cutting a substring.
fn boundaries(text: &str, a: usize, b: usize) -> (usize, usize) {
    let floor = |mut i: usize| {
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let (a, b) = (floor(a), floor(b));
    (a.min(b), a.max(b))
}

proptest! {
    // `ProptestConfig::default()` reads PROPTEST_CASES (256 when unset). Failures are kept in
    // one file at a fixed path: the test binary's root is tests/runner.rs, which proptest's
    // default (a file beside the source) cannot find.
    #![proptest_config(ProptestConfig {
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(
            "tests/proptest-regressions/test_properties.txt",
        ))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn extract_never_panics_on_arbitrary_strings(text in any::<String>()) {
        check_extract(&text)?;
    }

    #[test]
    fn extract_spans_are_exact_on_news_like_text(text in news_text(80)) {
        check_extract(&text)?;
    }

    /// Sentences that certainly have attributions, wrapped in hostile fragments: the spans are
    /// still exact, and the plain claim in the middle is still found.
    #[test]
    fn extract_finds_a_plain_claim_among_hostile_fragments(
        before in news_text(20),
        after in news_text(20),
    ) {
        let claim = "Police said the bridge would reopen on Monday.";
        let text = format!("{before}\n\n{claim}\n\n{after}");
        check_extract(&text)?;
        let found = extract(&text);
        prop_assert!(
            found.iter().any(|a| a.content.of(&text) == "the bridge would reopen on Monday"),
            "lost the plain claim in {:?}: {:?}",
            text,
            found.iter().map(|a| a.content.of(&text)).collect::<Vec<_>>()
        );
    }

    #[test]
    fn extract_content_is_more_than_its_cue(text in news_text(80)) {
        check_cue_outside_content(&text)?;
    }

    #[test]
    fn fold_text_is_idempotent(s in prop_oneof![name_text(), news_text(30)]) {
        let once = fold_text(&s);
        prop_assert_eq!(fold_text(&once), once.clone(), "input {:?}", s);
        prop_assert!(!once.starts_with(' ') && !once.ends_with(' ') && !once.contains("  "));
    }

    #[test]
    fn name_key_is_idempotent(s in name_text()) {
        let once = name_key(&s);
        prop_assert_eq!(name_key(&once), once.clone(), "input {:?}", s);
    }

    #[test]
    fn compare_names_is_symmetric(a in name_text(), b in name_text()) {
        let kind = |m: &NameMatch| match m {
            NameMatch::Same => "same",
            NameMatch::Likely { .. } => "likely",
            NameMatch::Different => "different",
        };
        let (ab, ba) = (compare_names(&a, &b), compare_names(&b, &a));
        prop_assert_eq!(kind(&ab), kind(&ba), "{:?} vs {:?}: {:?} / {:?}", a, b, ab, ba);
        // A name is the same as itself whenever it has any letters to compare.
        if !name_key(&a).is_empty() {
            prop_assert_eq!(compare_names(&a, &a), NameMatch::Same, "{:?}", a);
        }
    }

    #[test]
    fn acronym_definitions_point_into_the_text(
        text in prop_oneof![news_text(40), name_text()],
        acronym in "[A-Z]{2,5}",
    ) {
        // Give the finder something to find now and then.
        let text = format!("{text} Popular Mobilization Units ({acronym}) {text}");
        for d in acronym_definitions(&text) {
            let (start, end) = d.span;
            prop_assert!(start <= end && end <= text.len(), "{:?}", d);
            prop_assert!(text.is_char_boundary(start) && text.is_char_boundary(end), "{:?}", d);
            let whole = &text[start..end];
            prop_assert!(whole.starts_with(&d.expansion), "{:?} in {:?}", d, whole);
            let closing = format!("({})", d.acronym);
            prop_assert!(whole.ends_with(&closing), "{:?} in {:?}", d, whole);
        }
    }

    #[test]
    fn find_all_spans_are_in_bounds(haystack in any::<String>(), needle in any::<String>()) {
        for span in find_all(&haystack, &needle) {
            check_span(&haystack, span)?;
        }
    }

    /// A quotation cut from the text is found, exactly as cut, and again after its typography
    /// is flattened; every span found covers the same text up to typography.
    #[test]
    fn find_all_finds_a_cut_quotation(
        haystack in plain_news_text(60),
        a in any::<prop::sample::Index>(),
        b in any::<prop::sample::Index>(),
    ) {
        let (start, end) = boundaries(
            &haystack,
            a.index(haystack.len() + 1),
            b.index(haystack.len() + 1),
        );
        let needle = haystack[start..end].trim();
        if needle.is_empty() {
            return Ok(());
        }
        let exact = find_all(&haystack, needle);
        prop_assert!(!exact.is_empty(), "{:?} not found in {:?}", needle, haystack);
        for span in &exact {
            check_span(&haystack, *span)?;
            prop_assert_eq!(span.of(&haystack), needle);
        }
        let flat = flatten_typography(needle);
        let found = find_all(&haystack, &flat);
        prop_assert!(!found.is_empty(), "{:?} (from {:?}) not found in {:?}", flat, needle, haystack);
        for span in found {
            check_span(&haystack, span)?;
            prop_assert_eq!(mini_fold(span.of(&haystack)), mini_fold(flat.trim()));
        }
    }
}
