//! Arbitrary bytes → if UTF-8, run the extractor and check every span it returns.
//!
//! The invariants are the ones the store and `extract` output rely on: every span (content,
//! source, cue) is in bounds, starts no later than it ends, and lies on char boundaries, so that
//! `text[start..end]` is the exact text; content is never empty. Any panic inside `extract`
//! (an index out of range, a slice off a char boundary, an overflow) is a crash too.

#![no_main]

use claimtrack::extract::extract;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for a in extract(text) {
        assert!(!a.content.is_empty(), "empty content: {a:?}");
        for span in [Some(a.content), a.source, a.cue].into_iter().flatten() {
            assert!(span.start <= span.end, "reversed span {span:?}: {a:?}");
            assert!(span.end <= text.len(), "span {span:?} past the end: {a:?}");
            assert!(
                text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
                "span {span:?} off a char boundary: {a:?}"
            );
            // `Span::of` is what every consumer uses; it must not panic now.
            let _ = span.of(text);
        }
    }
});
