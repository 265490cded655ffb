//! Text helpers for the checks: UTF-16 offsets (what the page's JavaScript counts),
//! words, sentences, paragraphs and phrase search on word boundaries. All linear.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use unicode_segmentation::UnicodeSegmentation;

/// A set of the checker's words (or of hashes of word groups) with [`WordHasher`].
pub type WordSet<T = String> = HashSet<T, BuildHasherDefault<WordHasher>>;

/// A fast unkeyed hasher (the multiply-and-rotate of rustc's FxHash) for the checker's
/// word sets. The words are the user's own, so there is no flooding to defend against,
/// and the default SipHash was about a tenth of a check's time in the browser.
#[derive(Default, Clone, Copy)]
pub struct WordHasher(u64);

impl WordHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, byte: u8) {
        self.add(u64::from(byte));
    }

    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Maps byte offsets of a text to UTF-16 offsets.
pub struct Utf16Index {
    /// (byte offset just after a non-ASCII char, UTF-16 units minus bytes up to there).
    marks: Vec<(usize, isize)>,
}

impl Utf16Index {
    /// Indexes `text` (one pass).
    pub fn new(text: &str) -> Self {
        let mut marks = Vec::new();
        let mut delta = 0isize;
        for (i, c) in text.char_indices() {
            if !c.is_ascii() {
                delta += c.len_utf16() as isize - c.len_utf8() as isize;
                marks.push((i + c.len_utf8(), delta));
            }
        }
        Utf16Index { marks }
    }

    /// The UTF-16 offset of byte offset `byte`.
    pub fn at(&self, byte: usize) -> usize {
        let k = self.marks.partition_point(|(b, _)| *b <= byte);
        let delta = if k == 0 { 0 } else { self.marks[k - 1].1 };
        (byte as isize + delta) as usize
    }
}

/// `text` with its first letter in upper case ("dear" → "Dear").
pub fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase().collect::<String>() + chars.as_str()
    })
}

/// The length of `text` in UTF-16 units (how LinkedIn and browsers count).
pub fn utf16_len(text: &str) -> usize {
    text.encode_utf16().count()
}

/// A word of the text: byte span and the word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    /// Byte offset of its first character.
    pub start: usize,
    /// Byte offset just after it.
    pub end: usize,
    /// The word.
    pub text: &'a str,
}

/// The words (runs with a letter or digit, per Unicode word boundaries), in order.
/// ASCII text takes a fast path with the same result for English: letters, digits and
/// inner apostrophes or periods between letters ("don't", "e.g").
pub fn words(text: &str) -> Vec<Word<'_>> {
    if text.is_ascii() {
        return ascii_words(text);
    }
    text.split_word_bound_indices()
        .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
        .map(|(start, w)| Word {
            start,
            end: start + w.len(),
            text: w,
        })
        .collect()
}

fn ascii_words(text: &str) -> Vec<Word<'_>> {
    let bytes = text.as_bytes();
    let mut list = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() {
            let b = bytes[i];
            // UAX #29: ' . : join letters; ' . , ; join digits ("don't", "e.g", "1,000").
            let (prev, next) = (
                bytes[i.saturating_sub(1)],
                bytes.get(i + 1).copied().unwrap_or(b' '),
            );
            let joins = i > start
                && (prev.is_ascii_alphabetic()
                    && next.is_ascii_alphabetic()
                    && matches!(b, b'\'' | b'.' | b':')
                    || prev.is_ascii_digit()
                        && next.is_ascii_digit()
                        && matches!(b, b'\'' | b'.' | b',' | b';'));
            if b.is_ascii_alphanumeric() || b == b'_' || joins {
                i += 1;
            } else {
                break;
            }
        }
        list.push(Word {
            start,
            end: i,
            text: &text[start..i],
        });
    }
    list
}

/// Whether the byte at `i` (if any) is a word character.
fn is_word_byte(text: &[u8], i: usize) -> bool {
    text.get(i)
        .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'\'' || *b >= 0x80)
}

/// Every occurrence of each phrase in `lower` (an ASCII-lower-cased text) on word
/// boundaries: (start, end, phrase), by start. One pass over the text: phrases are
/// bucketed by their first byte, so each position is compared with a few candidates.
pub fn find_phrases<'p>(lower: &str, phrases: &[&'p str]) -> Vec<(usize, usize, &'p str)> {
    let bytes = lower.as_bytes();
    let mut buckets: Vec<Vec<&'p str>> = vec![Vec::new(); 128];
    for phrase in phrases {
        if let Some(&first) = phrase.as_bytes().first().filter(|b| b.is_ascii()) {
            buckets[usize::from(first)].push(phrase);
        }
    }
    let mut found = Vec::new();
    for (start, &b) in bytes.iter().enumerate() {
        let Some(candidates) = buckets.get(usize::from(b)).filter(|c| !c.is_empty()) else {
            continue;
        };
        // Every candidate starts with `b`: one that starts with a letter or digit can
        // only match where a word starts.
        let first_is_word = b.is_ascii_alphanumeric();
        if first_is_word && start > 0 && is_word_byte(bytes, start - 1) {
            continue;
        }
        for phrase in candidates {
            let last_is_word = phrase
                .as_bytes()
                .last()
                .is_some_and(|c| c.is_ascii_alphanumeric());
            let end = start + phrase.len();
            if bytes[start..].starts_with(phrase.as_bytes())
                && (!last_is_word || !is_word_byte(bytes, end))
            {
                found.push((start, end, *phrase));
            }
        }
    }
    found
}

/// Byte spans of paragraphs: blocks separated by blank lines, trimmed.
pub fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_end = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if let Some(s) = start.take() {
                spans.push((s, last_end));
            }
        } else {
            let lead = line.len() - line.trim_start().len();
            if start.is_none() {
                start = Some(offset + lead);
            }
            last_end = offset + lead + trimmed.len();
        }
        offset += line.len();
    }
    if let Some(s) = start {
        spans.push((s, last_end));
    }
    spans
}

/// Byte spans of sentences: ended by `.`, `!` or `?` before white space or the end, by a
/// line break, or by the end of the text.
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let bytes = text.as_bytes();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if start.is_none() && !b.is_ascii_whitespace() {
            start = Some(i);
        }
        let ends_here = matches!(b, b'.' | b'!' | b'?')
            && bytes
                .get(i + 1)
                .is_none_or(|n| n.is_ascii_whitespace() || *n == b'"' || *n == b')');
        if let (Some(s), true) = (start, ends_here || b == b'\n') {
            let mut end = i + 1;
            while end < bytes.len() && matches!(bytes[end], b'.' | b'!' | b'?' | b'"' | b')') {
                end += 1;
            }
            let span_end = if b == b'\n' { i } else { end };
            if text[s..span_end].trim().chars().any(char::is_alphanumeric) {
                spans.push((s, s + text[s..span_end].trim_end().len()));
            }
            start = None;
            i = end.max(i + 1);
            continue;
        }
        i += 1;
    }
    if let Some(s) = start {
        if text[s..].trim().chars().any(char::is_alphanumeric) {
            spans.push((s, s + text[s..].trim_end().len()));
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_count_astral_characters_twice() {
        let text = "a🙂b é c";
        let index = Utf16Index::new(text);
        assert_eq!(index.at(0), 0);
        assert_eq!(index.at(1), 1);
        assert_eq!(index.at(5), 3); // after the emoji: 1 + 2
        let e = text.find('é').expect("é");
        assert_eq!(
            index.at(e + 'é'.len_utf8()),
            text[..e].encode_utf16().count() + 1
        );
    }

    #[test]
    fn the_ascii_fast_path_segments_like_unicode() {
        for text in [
            "Dear Ana, thank you for the talk on trunk-based development. I don't think it's 3.5 hours; e.g. ok",
            "We'll decide by 12/5, hopefully -- see www.example.com or mail a@b.org!! Thx 4 the chat",
            "word_with_underscore and end.Next and 10:30 and 1,000.5 and it's 4'2 a1.b2 x.1",
        ] {
            let fast: Vec<&str> = ascii_words(text).iter().map(|w| w.text).collect();
            let slow: Vec<&str> = text.split_word_bound_indices().filter(|(_, w)| w.chars().any(char::is_alphanumeric)).map(|(_, w)| w).collect();
            assert_eq!(fast, slow, "{text}");
        }
    }

    #[test]
    fn phrases_match_on_word_boundaries() {
        let found = find_phrases("hey, they said hey", &["hey"]);
        assert_eq!(found.iter().map(|f| f.0).collect::<Vec<_>>(), vec![0, 15]);
        assert_eq!(find_phrases("so :) ok", &[":)"]).len(), 1);
    }

    #[test]
    fn sentences_and_paragraphs() {
        let text = "Dear Ana,\n\nThank you. It was great!\nBest,\nTaylor";
        assert_eq!(paragraphs(text).len(), 2);
        let s: Vec<&str> = sentences(text).iter().map(|(a, b)| &text[*a..*b]).collect();
        assert_eq!(
            s,
            vec![
                "Dear Ana,",
                "Thank you.",
                "It was great!",
                "Best,",
                "Taylor"
            ]
        );
    }
}
