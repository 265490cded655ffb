//! Reading statistics of a draft: words, sentences, paragraphs, questions and the
//! Flesch–Kincaid grade (syllables counted by vowel groups).

use super::text::{paragraphs, sentences, Word};
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
    let lower: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    if lower.is_empty() {
        return 0;
    }
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let mut count = 0;
    let mut previous = false;
    for &c in &lower {
        let v = vowel(c);
        if v && !previous {
            count += 1;
        }
        previous = v;
    }
    if lower.len() > 2
        && lower[lower.len() - 1] == 'e'
        && !vowel(lower[lower.len() - 2])
        && count > 1
    {
        count -= 1;
    }
    count.max(1)
}

/// The statistics of `body`, whose words are `list`.
pub fn stats(body: &str, list: &[Word]) -> Stats {
    let spans = sentences(body);
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
