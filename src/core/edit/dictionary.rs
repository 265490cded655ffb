//! The user's own dictionary: words the spelling check accepts, added from a spelling
//! finding ("Add to dictionary") and taken out again on the options page.

use crate::core::model::{dictionary_word_problem, State, MAX_DICTIONARY_WORDS};

/// Adds `word` (trimmed) to the user's dictionary; a word already there (in any case) is
/// not added twice.
pub fn add_word(state: &mut State, word: &str) -> Result<(), String> {
    let word = word.trim();
    if let Some(problem) = dictionary_word_problem(word) {
        return Err(format!("\"{}\": {problem}", word.escape_debug()));
    }
    let words = &mut state.profile.words;
    if words
        .iter()
        .any(|w| w.to_lowercase() == word.to_lowercase())
    {
        return Ok(());
    }
    if words.len() >= MAX_DICTIONARY_WORDS {
        return Err(format!(
            "the dictionary holds {MAX_DICTIONARY_WORDS} words already"
        ));
    }
    words.push(word.to_string());
    Ok(())
}

/// Takes `word` out of the user's dictionary (in any case).
pub fn remove_word(state: &mut State, word: &str) -> Result<(), String> {
    let words = &mut state.profile.words;
    let before = words.len();
    words.retain(|w| w.to_lowercase() != word.trim().to_lowercase());
    if words.len() == before {
        return Err(format!("\"{}\" is not in the dictionary", word.trim()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::check::known_words;

    #[test]
    fn a_word_added_is_known_to_the_check_once_and_goes_when_removed() {
        let mut state = State::default();
        add_word(&mut state, " dbt ").expect("added");
        add_word(&mut state, "DBT").expect("already there");
        assert_eq!(state.profile.words, vec!["dbt".to_string()]);
        assert!(known_words(&state).contains("dbt"));
        remove_word(&mut state, "Dbt").expect("removed");
        assert!(state.profile.words.is_empty());
        assert!(remove_word(&mut state, "dbt").is_err());
    }

    #[test]
    fn a_merged_file_brings_its_words_once() {
        let mut state = State::default();
        add_word(&mut state, "kubeflowz").expect("added");
        let mut other = State::default();
        other.profile.words = vec!["Kubeflowz".into(), "glimbrax".into()];
        crate::core::edit::merge(&mut state, other);
        assert_eq!(
            state.profile.words,
            vec!["kubeflowz".to_string(), "glimbrax".to_string()]
        );
    }

    #[test]
    fn only_single_words_are_added() {
        let mut state = State::default();
        for bad in ["", "two words", &"x".repeat(65)] {
            assert!(add_word(&mut state, bad).is_err(), "{bad:?}");
        }
        add_word(&mut state, &"x".repeat(64)).expect("64 characters");
        assert_eq!(state.profile.words.len(), 1);
    }

    #[test]
    fn a_word_with_a_control_character_is_refused_and_says_why() {
        let mut state = State::default();
        for bad in ["dbt\u{7}", "\u{1b}[31mred", "nul\u{0}x", "del\u{7f}"] {
            let error = add_word(&mut state, bad).expect_err(bad);
            assert!(error.contains("control character"), "{error}");
        }
        assert!(state.profile.words.is_empty());
    }

    #[test]
    fn an_imported_dictionary_with_a_control_character_is_refused_with_its_place() {
        let raw = serde_json::json!({
            "schema": 1,
            "profile": {"name": "Taylor", "words": ["dbt", "bell\u{7}"]},
            "processes": [],
        });
        let error = crate::core::model::state_from_value(raw).expect_err("refused");
        assert_eq!(error.path, "profile.words[1]");
        assert!(
            error.message.contains("control character (U+0007)"),
            "{error}"
        );
    }
}
