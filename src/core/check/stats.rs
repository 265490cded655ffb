//! Reading statistics of a draft: words, sentences, paragraphs, questions and the
//! Flesch–Kincaid grade (syllables counted by vowel groups).

use super::text::{paragraphs, Word};
use serde::{Deserialize, Serialize};

/// What the draft looks like to a reader.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stats {
    /// Words.
    pub words: usize,
    /// Paragraphs (blocks between blank lines).
    pub paragraphs: usize,
    /// Sentences.
    pub sentences: usize,
    /// Sentences that ask.
    pub questions: usize,
    /// Flesch–Kincaid grade level, one decimal.
    pub grade: f64,
}

/// Syllables of an English word, by vowel groups (a silent final "e" does not count).
pub fn syllables(word: &str) -> usize {
    if word.is_ascii() {
        // Most words: no UTF-8 decoding, no Unicode letter tables.
        syllables_of_letters(word.bytes().filter(u8::is_ascii_alphabetic))
    } else {
        // A letter outside ASCII counts as a consonant.
        let letters = word.chars().filter(|c| c.is_alphabetic());
        syllables_of_letters(
            letters.map(|c| u8::try_from(c).ok().filter(u8::is_ascii).unwrap_or(b'x')),
        )
    }
}

/// Syllables of a word given as its letters (any letter outside ASCII given as `x`).
fn syllables_of_letters(letters: impl Iterator<Item = u8>) -> usize {
    let vowel = |c: u8| matches!(c | 0x20, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
    let (mut count, mut previous, mut length) = (0, false, 0);
    let (mut last, mut before_last) = (b' ', b' ');
    for c in letters {
        let v = vowel(c);
        count += usize::from(v && !previous);
        previous = v;
        length += 1;
        before_last = last;
        last = c | 0x20;
    }
    if length == 0 {
        return 0;
    }
    if length > 2 && last == b'e' && !vowel(before_last) && count > 1 {
        count -= 1;
    }
    count.max(1)
}

/// The statistics of `body`, whose words are `list` and sentences `spans`.
pub fn stats(body: &str, list: &[Word], spans: &[(usize, usize)]) -> Stats {
    let questions = spans
        .iter()
        .filter(|(_, e)| body[..*e].ends_with('?'))
        .count();
    let n_words = list.len();
    let n_sentences = spans.len().max(usize::from(n_words > 0));
    let grade = if n_words == 0 {
        0.0
    } else {
        let syl: usize = list.iter().map(|w| syllables(w.text)).sum();
        let g = 0.39 * (n_words as f64 / n_sentences as f64) + 11.8 * (syl as f64 / n_words as f64)
            - 15.59;
        (g.max(0.0) * 10.0).round() / 10.0
    };
    Stats {
        words: n_words,
        paragraphs: paragraphs(body).len(),
        sentences: spans.len(),
        questions,
        grade,
    }
}

#[cfg(test)]
mod tests {
    use super::syllables;

    #[test]
    fn syllables_by_vowel_groups() {
        assert_eq!(syllables("thank"), 1);
        assert_eq!(syllables("interview"), 3);
        assert_eq!(syllables("make"), 1);
        assert_eq!(syllables("opportunity"), 5);
        assert_eq!(syllables("42"), 0);
        // Letters outside ASCII are consonants; capitals count as their lower case.
        assert_eq!(syllables("Zoë"), 1);
        assert_eq!(syllables("café"), 1);
        assert_eq!(syllables("INTERVIEW"), 3);
    }
}
