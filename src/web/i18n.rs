//! The pages' UI strings, from `_locales/<lang>/messages.json` (the extension's own
//! localisation files, so a translation is one new file). In the extension the browser
//! picks the language (`chrome.i18n`); the playground, a plain web page, is handed the
//! English file at start ([`load`]). A key found nowhere shows as itself, which the
//! tests catch (every key used in `src/web` must be in the English file).

use super::browser;
use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    /// Strings handed over by a page that has no `chrome.i18n`.
    static TABLE: RefCell<HashMap<String, String>> = RefCell::default();
}

/// Takes the strings of a `messages.json` (for pages outside the extension).
pub fn load(messages_json: &str) {
    let Ok(serde_json::Value::Object(entries)) = serde_json::from_str(messages_json) else {
        return;
    };
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        for (key, entry) in entries {
            if let Some(message) = entry.get("message").and_then(|m| m.as_str()) {
                t.insert(key, message.to_string());
            }
        }
    });
}

/// The UI string `key`.
pub fn text(key: &str) -> String {
    text_with(key, &[])
}

/// The UI string `key` with `$1`, `$2`… replaced by `substitutions`.
pub fn text_with(key: &str, substitutions: &[&str]) -> String {
    if let Some(message) = browser::message(key, substitutions) {
        return message;
    }
    let Some(message) = TABLE.with(|t| t.borrow().get(key).cloned()) else {
        return key.to_string();
    };
    let mut filled = message;
    // From the last so that "$1" does not eat the start of "$10".
    for (i, value) in substitutions.iter().enumerate().rev() {
        filled = filled.replace(&format!("${}", i + 1), value);
    }
    filled.replace("$$", "$")
}
