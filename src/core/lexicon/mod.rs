//! Word lists and the spelling dictionary. The Hunspell files (SCOWL en_US from the npm
//! package `dictionary-en`, MIT AND BSD — licence beside them in
//! `extension/dictionaries/`) are not compiled in: the extension ships them as files and
//! the engine loads them once; the CLI embeds the same files (`native.rs`).

pub mod confusions;
pub mod dialects;
pub mod misspellings;
pub mod phrases;
pub mod sounds;
pub mod suggest;

use crate::core::check::text::WordHasher;
use spellbook::Dictionary;
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::Mutex;

/// Words that en_US lacks but job seekers use, and British spellings (one a line).
pub const EXTRA_WORDS: &str = include_str!("extra-words.txt");

/// Professional words and their plural and verb forms that en_US lacks ("integrations",
/// "rollouts"), one a line: measured on the clean emails of the proofreading corpus.
pub const SUPPLEMENT: &str = include_str!("supplement.txt");

/// Business, hiring and technical words that en_US lacks, with affix flags ("timeframe",
/// "funders", "namespaces"), one a line: curated from job advertisements, offer letters,
/// HR glossaries and engineering and data documentation (the file names its sources).
pub const BUSINESS_WORDS: &str = include_str!("business-words.txt");

/// Most verdicts a [`Speller`] remembers before it starts over.
const REMEMBERED_VERDICTS: usize = 8192;

/// A spelling dictionary: Hunspell en_US plus [`EXTRA_WORDS`], [`SUPPLEMENT`] and
/// [`BUSINESS_WORDS`].
///
/// It remembers its verdicts: the live check sees the same draft again after every
/// keystroke, and a draft repeats its words, so most lookups are answered without the
/// dictionary (a lookup there costs about a microsecond in the wasm).
pub struct Speller {
    dictionary: Dictionary,
    /// Keyed by the checker's unkeyed word hash: the words are the user's own, and
    /// SipHash made a remembered verdict cost as much as a third of a dictionary lookup.
    verdicts: Mutex<HashMap<String, bool, BuildHasherDefault<WordHasher>>>,
    /// Ranked suggestions already worked out, by misspelling: the live check sees the
    /// same misspelling after every keystroke.
    suggestions: Mutex<HashMap<String, Vec<String>, BuildHasherDefault<WordHasher>>>,
}

impl Speller {
    /// Builds the speller from Hunspell `.aff` and `.dic` text.
    pub fn new(aff: &str, dic: &str) -> Result<Speller, String> {
        let mut dictionary = Dictionary::new(aff, dic)
            .map_err(|e| format!("cannot read the spelling dictionary: {e}"))?;
        for word in [EXTRA_WORDS, SUPPLEMENT, BUSINESS_WORDS]
            .iter()
            .flat_map(|list| list.lines())
            .map(str::trim)
            .filter(|w| !w.is_empty() && !w.starts_with('#'))
        {
            dictionary
                .add(word)
                .map_err(|e| format!("cannot add {word:?} to the dictionary: {e}"))?;
        }
        Ok(Speller {
            dictionary,
            verdicts: Mutex::new(HashMap::default()),
            suggestions: Mutex::new(HashMap::default()),
        })
    }

    /// Whether `word` is spelled right (as written, or lower-cased at a sentence start).
    pub fn check(&self, word: &str) -> bool {
        let mut verdicts = self.verdicts.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(&known) = verdicts.get(word) {
            return known;
        }
        let right = self.dictionary.check(word) || self.dictionary.check(&word.to_lowercase());
        if verdicts.len() >= REMEMBERED_VERDICTS {
            verdicts.clear();
        }
        verdicts.insert(word.to_string(), right);
        right
    }

    /// Up to three words one edit away from `word`, best first ([`suggest::ranked`]);
    /// none when no word is that close. Fast (a few hundred lookups of the word's own
    /// edits), and remembered.
    pub fn ranked_suggestions(&self, word: &str) -> Vec<String> {
        let lower = word.to_ascii_lowercase();
        let mut remembered = self.suggestions.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(found) = remembered.get(&lower) {
            return found.clone();
        }
        let found = suggest::ranked(&lower, 3, |w| self.dictionary.check(w));
        if remembered.len() >= REMEMBERED_VERDICTS {
            remembered.clear();
        }
        remembered.insert(lower, found.clone());
        found
    }

    /// The dictionary's best suggestion, if any (slow: tens of milliseconds).
    #[cfg(feature = "spelling-suggestions")]
    pub fn suggest(&self, word: &str) -> Option<String> {
        let mut out = Vec::new();
        self.dictionary.suggest(word, &mut out);
        out.into_iter().next()
    }

    /// Without the `spelling-suggestions` feature (the wasm builds, whose live check
    /// asks for none) the suggester is left out and nothing is suggested.
    #[cfg(not(feature = "spelling-suggestions"))]
    pub fn suggest(&self, _word: &str) -> Option<String> {
        None
    }
}

#[cfg(test)]
mod tests {
    /// Remembered verdicts are the dictionary's own, also after the memory starts over.
    #[test]
    fn remembered_verdicts_match_the_dictionary() {
        let speller = crate::native::speller().expect("dictionary");
        for _ in 0..2 {
            assert!(speller.check("interview"));
            assert!(speller.check("Interview"));
            assert!(!speller.check("intervew"));
        }
        for i in 0..super::REMEMBERED_VERDICTS + 10 {
            assert!(!speller.check(&format!("zqx{i}")));
        }
        assert!(speller.check("interview"));
        assert!(!speller.check("intervew"));
    }
}
