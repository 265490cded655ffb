//! Word lists and the spelling dictionary. The Hunspell files (SCOWL en_US from the npm
//! package `dictionary-en`, MIT AND BSD — licence beside them in
//! `extension/dictionaries/`) are not compiled in: the extension ships them as files and
//! the engine loads them once; the CLI embeds the same files (`native.rs`).

pub mod phrases;

use spellbook::Dictionary;

/// Words that en_US lacks but job seekers use, and British spellings (one a line).
pub const EXTRA_WORDS: &str = include_str!("extra-words.txt");

/// A spelling dictionary: Hunspell en_US plus [`EXTRA_WORDS`].
pub struct Speller {
    dictionary: Dictionary,
}

impl Speller {
    /// Builds the speller from Hunspell `.aff` and `.dic` text.
    pub fn new(aff: &str, dic: &str) -> Result<Speller, String> {
        let mut dictionary = Dictionary::new(aff, dic)
            .map_err(|e| format!("cannot read the spelling dictionary: {e}"))?;
        for word in EXTRA_WORDS
            .lines()
            .map(str::trim)
            .filter(|w| !w.is_empty() && !w.starts_with('#'))
        {
            dictionary
                .add(word)
                .map_err(|e| format!("cannot add {word:?} to the dictionary: {e}"))?;
        }
        Ok(Speller { dictionary })
    }

    /// Whether `word` is spelled right (as written, or lower-cased at a sentence start).
    pub fn check(&self, word: &str) -> bool {
        self.dictionary.check(word) || self.dictionary.check(&word.to_lowercase())
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
