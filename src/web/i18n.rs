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
#[cfg(feature = "pages")]
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

/// A count in words, by the locale's plural rules (`Intl.PluralRules`): the string
/// `{key}_{category}` ("one", "few", "many"…), else `{key}_other`, with `$1` the number.
#[cfg(feature = "pages")]
pub fn count(key: &str, n: usize) -> String {
    let rules = js_sys::Intl::PluralRules::new(&js_sys::Array::new(), &js_sys::Object::new());
    let category = String::from(rules.select(n as f64));
    let number = n.to_string();
    let specific = format!("{key}_{category}");
    let found = text_with(&specific, &[&number]);
    if found == specific {
        text_with(&format!("{key}_other"), &[&number])
    } else {
        found
    }
}

/// Puts the UI strings into the page's own markup: every element with a `data-i18n`
/// attribute gets the text of that key (the pages' HTML holds the English as a fallback,
/// seen only before the wasm starts).
#[cfg(feature = "pages")]
pub fn translate_page(doc: &web_sys::Document) {
    let Ok(marked) = doc.query_selector_all("[data-i18n]") else {
        return;
    };
    for i in 0..marked.length() {
        let Some(node) = marked.get(i) else { continue };
        let Some(element) = wasm_bindgen::JsCast::dyn_ref::<web_sys::Element>(&node) else {
            continue;
        };
        if let Some(key) = element.get_attribute("data-i18n") {
            element.set_text_content(Some(&text(&key)));
        }
    }
}
