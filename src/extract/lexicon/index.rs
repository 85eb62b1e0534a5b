//! The lexicon's word index: every word form the lexicon knows, found by its bytes as written.
//!
//! The tokenizer looks up every word of every text, most of them capitalised or not in the
//! lexicon at all. Hashing the word's ASCII-lower-cased bytes lets a word be looked up as
//! written ("Said", "THE"), so that the tokenizer lower-cases (and copies) only the words the
//! lexicon does not know; an exact lookup of an already lower-cased word uses the same table.

use super::{Entry, tail_word};

/// An open-addressed table (linear probing, at most half full) of indices into `words`.
pub(super) struct Index {
    words: Vec<Word>,
    slots: Vec<u32>,
    mask: usize,
}

struct Word {
    key: &'static str,
    entry: Entry,
    /// Whether `key` is ASCII without capitals or a backtick: the keys a word looked up as
    /// written may match, since such a word lower-cases to its key by ASCII rules alone.
    plain: bool,
}

const VACANT: u32 = u32::MAX;

impl Index {
    pub(super) fn new(entries: impl IntoIterator<Item = (&'static str, Entry)>) -> Index {
        let words: Vec<Word> = entries
            .into_iter()
            .map(|(key, entry)| Word {
                key,
                entry,
                plain: key
                    .bytes()
                    .all(|b| b.is_ascii() && !b.is_ascii_uppercase() && b != b'`'),
            })
            .collect();
        let size = (words.len() * 2).next_power_of_two().max(2);
        let mut index = Index {
            slots: vec![VACANT; size],
            mask: size - 1,
            words: Vec::new(),
        };
        for (n, word) in words.iter().enumerate() {
            let mut slot = folded_hash(word.key.as_bytes()) as usize & index.mask;
            while index.slots[slot] != VACANT {
                slot = (slot + 1) & index.mask;
            }
            index.slots[slot] = u32::try_from(n).expect("fewer than 2^32 lexicon words");
        }
        index.words = words;
        index
    }

    /// The entry whose key is exactly `word`.
    pub(super) fn get(&self, word: &str) -> Option<(&'static str, Entry)> {
        self.find(word.as_bytes(), |w| w.key == word)
    }

    /// The entry whose key is `word` with its ASCII capitals lower-cased, when that key is
    /// plain (see `Word::plain`): then `word` is ASCII without a backtick too.
    pub(super) fn get_folded(&self, word: &[u8]) -> Option<(&'static str, Entry)> {
        self.find(word, |w| w.plain && folds_to(word, w.key.as_bytes()))
    }

    fn find(&self, word: &[u8], same: impl Fn(&Word) -> bool) -> Option<(&'static str, Entry)> {
        let mut slot = folded_hash(word) as usize & self.mask;
        loop {
            let n = self.slots[slot];
            if n == VACANT {
                return None;
            }
            let w = &self.words[n as usize];
            if same(w) {
                return Some((w.key, w.entry));
            }
            slot = (slot + 1) & self.mask;
        }
    }
}

/// A hash of `bytes` with ASCII capitals taken as lower case ("Said" and "said" hash alike),
/// eight bytes at a time.
fn folded_hash(bytes: &[u8]) -> u64 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    let mut hash = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        hash = (hash.rotate_left(5) ^ fold_ascii_capitals(eight_bytes(c))).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        hash = (hash.rotate_left(5) ^ fold_ascii_capitals(tail_word(rest))).wrapping_mul(K);
    }
    hash ^ hash >> 29
}

/// Whether `word` with its ASCII capitals lower-cased is `key`, compared eight bytes at a time.
fn folds_to(word: &[u8], key: &[u8]) -> bool {
    if word.len() != key.len() {
        return false;
    }
    let (mut words, mut keys) = (word.chunks_exact(8), key.chunks_exact(8));
    for (w, k) in (&mut words).zip(&mut keys) {
        if fold_ascii_capitals(eight_bytes(w)) != eight_bytes(k) {
            return false;
        }
    }
    let (w, k) = (words.remainder(), keys.remainder());
    // Of equal length, two remainders are equal when their `tail_word`s are: those cover every
    // byte.
    w.is_empty() || fold_ascii_capitals(tail_word(w)) == tail_word(k)
}

fn eight_bytes(c: &[u8]) -> u64 {
    u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]])
}

/// The eight bytes of `word` with each ASCII capital made lower case (other bytes unchanged),
/// all at once: a byte is a capital when it is ASCII, at least 'A' and not above 'Z'.
fn fold_ascii_capitals(word: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low_seven = word & (0x7f * ONES);
    let at_least_a = low_seven + (0x80 - u64::from(b'A')) * ONES;
    let above_z = low_seven + (0x80 - u64::from(b'Z') - 1) * ONES;
    let capital = (at_least_a ^ above_z) & !word & (0x80 * ONES);
    word | (capital >> 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitals_fold_and_nothing_else_does() {
        let all: Vec<u8> = (0..=255).collect();
        for chunk in all.chunks(8) {
            let word = u64::from_le_bytes(chunk.try_into().unwrap());
            let folded = fold_ascii_capitals(word).to_le_bytes();
            let expected: Vec<u8> = chunk.iter().map(u8::to_ascii_lowercase).collect();
            assert_eq!(folded.as_slice(), expected.as_slice());
        }
    }

    #[test]
    fn finds_exactly_or_as_written() {
        let entry = |lists| Entry { lists, verb: None };
        let index = Index::new([("said", entry(1)), ("u.s.", entry(2)), ("McX", entry(4))]);
        assert_eq!(
            index.get("said").map(|(k, e)| (k, e.lists)),
            Some(("said", 1))
        );
        assert!(index.get("Said").is_none());
        assert_eq!(index.get_folded(b"SaID").map(|(k, _)| k), Some("said"));
        assert_eq!(index.get_folded(b"U.S.").map(|(k, _)| k), Some("u.s."));
        assert!(index.get_folded(b"sai").is_none());
        // A key with a capital matches only exactly: no lower-cased word equals it.
        assert!(index.get_folded(b"mcx").is_none());
        let long = Index::new([("spokeswoman's", entry(8))]);
        assert!(long.get_folded(b"Spokeswoman's").is_some());
        assert!(long.get_folded(b"Spokeswoman'x").is_none());
        assert!(long.get_folded(b"Spokeswoman").is_none());
        assert!(index.get("McX").is_some());
    }
}
