//! Small DOM builders for the Rust pages. Text always goes in through `textContent`
//! (never HTML parsing), so a contact named `<img onerror=…>` shows as those characters.

use web_sys::{Document, Element, HtmlElement};

/// The page's document.
pub fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// A new element `tag` with `class` (empty for none).
pub fn el(doc: &Document, tag: &str, class: &str) -> Element {
    let element = doc.create_element(tag).expect("our tag names are valid");
    if !class.is_empty() {
        element.set_class_name(class);
    }
    element
}

/// A new element holding `text` as text.
pub fn text_el(doc: &Document, tag: &str, class: &str, text: &str) -> Element {
    let element = el(doc, tag, class);
    element.set_text_content(Some(text));
    element
}

/// Appends `child` to `parent`, ignoring the impossible failure of a fresh node.
pub fn add(parent: &Element, child: &Element) {
    let _ = parent.append_child(child);
}

/// Sets an attribute, ignoring failure on invalid names (ours are all valid).
pub fn attr(element: &Element, name: &str, value: &str) {
    let _ = element.set_attribute(name, value);
}

/// Removes every child of `element`.
pub fn clear(element: &Element) {
    element.set_text_content(None);
}

/// The element with `id`, as an `HtmlElement`.
pub fn by_id(doc: &Document, id: &str) -> Option<HtmlElement> {
    use wasm_bindgen::JsCast;
    doc.get_element_by_id(id)?.dyn_into().ok()
}
