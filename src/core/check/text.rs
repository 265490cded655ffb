//! Text helpers for the checks: UTF-16 offsets (what the page's JavaScript counts),
//! words, sentences, paragraphs and phrase search on word boundaries. All linear.

use std::collections::{HashMap, HashSet};
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

    fn write_u64(&mut self, n: u64) {
        self.add(n);
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

/// The words of `list` (a text's words, in order) that lie within `start..end`: found by
/// binary search, so a rule asking about one line need not segment it again.
pub fn words_within<'w, 'a>(list: &'w [Word<'a>], start: usize, end: usize) -> &'w [Word<'a>] {
    let first = list.partition_point(|w| w.start < start);
    let last = first + list[first..].partition_point(|w| w.end <= end);
    &list[first..last]
}

fn ascii_words(text: &str) -> Vec<Word<'_>> {
    let bytes = text.as_bytes();
    // About one word in six bytes of English prose.
    let mut list = Vec::with_capacity(bytes.len() / 6);
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii_alphanumeric() || b == b'_' {
                i += 1;
                continue;
            }
            // UAX #29: ' . : join letters; ' . , ; join digits ("don't", "e.g", "1,000").
            let (prev, next) = (bytes[i - 1], bytes.get(i + 1).copied().unwrap_or(b' '));
            let joins = prev.is_ascii_alphabetic()
                && next.is_ascii_alphabetic()
                && matches!(b, b'\'' | b'.' | b':')
                || prev.is_ascii_digit()
                    && next.is_ascii_digit()
                    && matches!(b, b'\'' | b'.' | b',' | b';');
            if !joins {
                break;
            }
            i += 1;
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
/// boundaries: (start, end, phrase), by start, then by the phrase's place in `phrases`.
/// For one search in a short text; a check searches its body through [`PhraseIndex`].
pub fn find_phrases<'p>(lower: &str, phrases: &[&'p str]) -> Vec<(usize, usize, &'p str)> {
    PhraseIndex::new(lower).find(lower, phrases)
}

/// The words of a lower-cased text by a hash of each word, built once per check: a
/// phrase list is then searched by looking up each phrase's first word, not by scanning
/// the text once per list (the ten lists of tone and structure checks were a third of a
/// check's time). Built in one pass: each word's starts are chained, latest first.
pub struct PhraseIndex {
    /// For each word hash, the latest of its entries in `starts`.
    latest: HashMap<u64, u32, BuildHasherDefault<WordHasher>>,
    /// (byte offset where a word starts, the entry of the same word's previous start).
    starts: Vec<(usize, Option<u32>)>,
}

impl PhraseIndex {
    /// Indexes the words of `lower` (runs of word bytes: letters, digits, apostrophes
    /// and anything non-ASCII).
    pub fn new(lower: &str) -> Self {
        let bytes = lower.as_bytes();
        let mut index = PhraseIndex {
            latest: HashMap::default(),
            starts: Vec::new(),
        };
        let mut i = 0;
        while i < bytes.len() {
            if is_word_byte(bytes, i) {
                let start = i;
                while is_word_byte(bytes, i) {
                    i += 1;
                }
                let entry = index.starts.len() as u32;
                let previous = index.latest.insert(hash_of(&bytes[start..i]), entry);
                index.starts.push((start, previous));
            } else {
                i += 1;
            }
        }
        index
    }

    /// Where the word with this hash starts, latest first.
    fn starts_of(&self, hash: u64) -> impl Iterator<Item = usize> + '_ {
        let mut entry = self.latest.get(&hash).copied();
        std::iter::from_fn(move || {
            let (start, previous) = self.starts[entry? as usize];
            entry = previous;
            Some(start)
        })
    }

    /// Every occurrence of each phrase in `lower`, the text this index was built from
    /// (see [`find_phrases`]). A phrase that starts with a letter or digit matches where
    /// a word starts; one that starts with punctuation (":)", "!!") anywhere.
    pub fn find<'p>(&self, lower: &str, phrases: &[&'p str]) -> Vec<(usize, usize, &'p str)> {
        let bytes = lower.as_bytes();
        let matches_at = |start: usize, wanted: &[u8]| {
            // A phrase that ends inside a word ("café") must end where the word does.
            bytes[start..].starts_with(wanted)
                && !(is_word_byte(wanted, wanted.len() - 1)
                    && is_word_byte(bytes, start + wanted.len()))
        };
        // (start, place in `phrases`, end)
        let mut found: Vec<(usize, usize, usize)> = Vec::new();
        let mut unanchored = Vec::new();
        for (order, phrase) in phrases.iter().enumerate() {
            let wanted = phrase.as_bytes();
            match wanted.first() {
                None => {}
                Some(first) if first.is_ascii_alphanumeric() => {
                    let word_len = (0..wanted.len())
                        .find(|&i| !is_word_byte(wanted, i))
                        .unwrap_or(wanted.len());
                    for start in self.starts_of(hash_of(&wanted[..word_len])) {
                        if matches_at(start, wanted) {
                            found.push((start, order, start + wanted.len()));
                        }
                    }
                }
                Some(&first) => unanchored.push((first, order, wanted)),
            }
        }
        // Phrases that start with punctuation: one scan for all of them.
        if !unanchored.is_empty() {
            let mut first_bytes = [false; 256];
            for &(first, _, _) in &unanchored {
                first_bytes[usize::from(first)] = true;
            }
            for (start, &b) in bytes.iter().enumerate() {
                if !first_bytes[usize::from(b)] {
                    continue;
                }
                for &(first, order, wanted) in &unanchored {
                    if first == b && matches_at(start, wanted) {
                        found.push((start, order, start + wanted.len()));
                    }
                }
            }
        }
        found.sort_unstable();
        found
            .into_iter()
            .map(|(start, order, end)| (start, end, phrases[order]))
            .collect()
    }
}

fn hash_of(word: &[u8]) -> u64 {
    let mut hasher = WordHasher::default();
    hasher.write(word);
    hasher.finish()
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
    split_sentences(text, true)
}

/// Byte spans of the sentences of a paragraph whose lines may be hard-wrapped: ended by
/// `.`, `!` or `?` before white space or the end, or by the end of the text; a line
/// break is a space.
pub fn sentences_across_lines(text: &str) -> Vec<(usize, usize)> {
    split_sentences(text, false)
}

/// Whether the full stop at byte `i` of `text` closes "a.m." or "p.m." inside a sentence
/// that goes on in lower case ("Would 2 p.m. work for you?").
fn time_of_day_within(text: &str, i: usize) -> bool {
    let before = &text.as_bytes()[..=i];
    let time = before.len() >= 5
        && [b" a.m.", b" p.m."]
            .iter()
            .any(|t| before[before.len() - 5..].eq_ignore_ascii_case(*t));
    let after = text[i + 1..].trim_start_matches([' ', '\t', '\n']);
    time && after.starts_with(|c: char| c.is_ascii_lowercase())
}

fn split_sentences(text: &str, line_breaks_end: bool) -> Vec<(usize, usize)> {
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
                .is_none_or(|n| n.is_ascii_whitespace() || *n == b'"' || *n == b')')
            && !time_of_day_within(text, i);
        let breaks = line_breaks_end && b == b'\n';
        if let (Some(s), true) = (start, ends_here || breaks) {
            let mut end = i + 1;
            while end < bytes.len() && matches!(bytes[end], b'.' | b'!' | b'?' | b'"' | b')') {
                end += 1;
            }
            let span_end = if breaks { i } else { end };
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
    fn words_within_a_span_are_the_words_of_that_span() {
        let text = "Dear Ana,\nThank you for the interview.\n\nI'd like to join — truly.\nBest";
        let list = words(text);
        let mut start = 0;
        for line in text.split_inclusive('\n') {
            let end = start + line.trim_end().len();
            let within: Vec<&str> = words_within(&list, start, end)
                .iter()
                .map(|w| w.text)
                .collect();
            let own: Vec<&str> = words(&text[start..end]).iter().map(|w| w.text).collect();
            assert_eq!(within, own, "{line:?}");
            start += line.len();
        }
        assert!(words_within(&list, 3, 3).is_empty());
    }

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

    /// The scan the index replaced: every byte position, every phrase.
    fn find_by_scanning<'p>(lower: &str, phrases: &[&'p str]) -> Vec<(usize, usize, &'p str)> {
        let bytes = lower.as_bytes();
        let mut found = Vec::new();
        for start in 0..bytes.len() {
            for phrase in phrases {
                let p = phrase.as_bytes();
                let starts_word = p.first().is_some_and(u8::is_ascii_alphanumeric);
                let ends_word = !p.is_empty() && is_word_byte(p, p.len() - 1);
                if bytes[start..].starts_with(p)
                    && (!starts_word || start == 0 || !is_word_byte(bytes, start - 1))
                    && (!ends_word || !is_word_byte(bytes, start + p.len()))
                {
                    found.push((start, start + p.len(), *phrase));
                }
            }
        }
        found
    }

    #[test]
    fn the_index_finds_what_a_full_scan_finds() {
        let phrases = [
            "hey",
            "thx",
            "thanks 4",
            "u",
            "i'm",
            "i am still waiting",
            "asap",
            ":)",
            "!!",
            "e-mail",
            "café",
            "thank you",
            "thank",
            "yo",
        ];
        let texts = [
            "hey, they said hey. thx!! u r great :) i'm still waiting; i am still waiting.",
            "thanks 4 the e-mail, yo. thank you, thankyou, thank.u.café cafés",
            "you u's u'd 'u' asap!!! asaps :):) heyhey hey",
            "",
            "ü hey ühey heyü thx",
        ];
        for text in texts {
            assert_eq!(
                find_phrases(text, &phrases),
                find_by_scanning(text, &phrases),
                "{text}"
            );
        }
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
        let text = "Would 2 p.m. work for you? See you at 9 a.m. Thanks.";
        let s: Vec<&str> = sentences(text).iter().map(|(a, b)| &text[*a..*b]).collect();
        assert_eq!(
            s,
            vec!["Would 2 p.m. work for you?", "See you at 9 a.m.", "Thanks."]
        );
    }
}
