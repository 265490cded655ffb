//! The content scripts, the worker and the engine speak one version of the page messages:
//! a content script left in a tab across an update is told it is stale only when the
//! versions really differ, so the three must move together. And the panel offers "Add to
//! dictionary" under the limit the engine holds a dictionary word to.

use afterview::core::model::MAX_DICTIONARY_WORD_CHARS;
use std::fs;
use std::path::Path;

/// The number assigned in the one line of `file` that starts with `declaration`.
fn declared(file: &str, declaration: &str) -> u32 {
    let text = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).expect(file);
    let line = text
        .lines()
        .find(|line| line.trim_start().starts_with(declaration))
        .unwrap_or_else(|| panic!("{file} declares {declaration}"));
    line.split('=')
        .nth(1)
        .expect("a value")
        .trim()
        .trim_end_matches(';')
        .parse()
        .expect("a number")
}

#[test]
fn the_content_scripts_the_worker_and_the_engine_speak_one_protocol() {
    let engine = declared("src/web/messages.rs", "pub const PROTOCOL: u32");
    assert_eq!(
        declared("extension/background.js", "const PAGE_PROTOCOL"),
        engine
    );
    assert_eq!(
        declared("extension/content/messages.js", "var AFTERVIEW_PROTOCOL"),
        engine
    );
}

#[test]
fn the_panel_offers_add_to_dictionary_under_the_engines_limit() {
    assert_eq!(
        declared(
            "extension/content/main.js",
            "const MAX_DICTIONARY_WORD_CHARS"
        ),
        u32::try_from(MAX_DICTIONARY_WORD_CHARS).expect("small")
    );
}
