//! Small DOM builders for the Rust pages. Text always goes in through `textContent`
//! (never HTML parsing), so a contact named `<img onerror=…>` shows as those characters.

use gloo::events::{EventListener, EventListenerOptions};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    Document, Element, EventTarget, HtmlElement, HtmlInputElement, HtmlSelectElement,
    HtmlTextAreaElement,
};

thread_local! {
    /// How many listeners the pages' views hold right now.
    static LIVE_LISTENERS: Cell<usize> = const { Cell::new(0) };
}

/// How many event listeners the page's views hold: it stays flat however often a view
/// is drawn again (the browser tests draw the popup 200 times and read it).
#[wasm_bindgen]
pub fn live_listeners() -> usize {
    LIVE_LISTENERS.with(Cell::get)
}

/// The event listeners of one drawn view. A view that draws itself again calls
/// [`Listeners::clear`] first, which removes every listener it added last time, so
/// nothing piles up however often it is drawn. Clones share one list.
#[derive(Clone, Default)]
pub struct Listeners(Rc<RefCell<Vec<EventListener>>>);

impl Listeners {
    /// Runs `handler` on each `event` at `target` for as long as this view holds it.
    pub fn on(
        &self,
        target: &EventTarget,
        event: &'static str,
        handler: impl FnMut(&web_sys::Event) + 'static,
    ) {
        self.keep(EventListener::new(target, event, handler));
    }

    /// Runs `handler` when `form` is submitted, instead of the browser's submission (which
    /// would reload the page). gloo listeners are passive by default, and a passive
    /// listener cannot cancel the submission, so this one is registered as active.
    pub fn on_submit(&self, form: &Element, handler: impl FnMut() + 'static) {
        let mut handler = handler;
        self.keep(EventListener::new_with_options(
            form,
            "submit",
            EventListenerOptions::enable_prevent_default(),
            move |event| {
                event.prevent_default();
                handler();
            },
        ));
    }

    /// Runs `handler` on each `event` at `target`, with leave to cancel what the browser
    /// would do (`prevent_default`): gloo's listeners are passive unless asked.
    pub fn on_cancelable(
        &self,
        target: &EventTarget,
        event: &'static str,
        handler: impl FnMut(&web_sys::Event) + 'static,
    ) {
        self.keep(EventListener::new_with_options(
            target,
            event,
            EventListenerOptions::enable_prevent_default(),
            handler,
        ));
    }

    /// Removes every listener this view added.
    pub fn clear(&self) {
        let removed = std::mem::take(&mut *self.0.borrow_mut());
        LIVE_LISTENERS.with(|live| live.set(live.get().saturating_sub(removed.len())));
    }

    fn keep(&self, listener: EventListener) {
        LIVE_LISTENERS.with(|live| live.set(live.get() + 1));
        self.0.borrow_mut().push(listener);
    }
}

/// Marks a moment of a page's drawing in the Performance timeline; `make bench` reads
/// the first of each name (`afterview-overview`: the engine answered; `afterview-rendered`:
/// the page is drawn).
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}

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
    doc.get_element_by_id(id)?.dyn_into().ok()
}

/// A form row: `label` for `control` (which gets `id`), appended to `parent`; returns the row.
pub fn field(
    doc: &Document,
    parent: &Element,
    id: &str,
    label: &str,
    control: &Element,
) -> Element {
    let row = el(doc, "p", "field");
    let l = text_el(doc, "label", "", label);
    attr(&l, "for", id);
    attr(control, "id", id);
    add(&row, &l);
    add(&row, control);
    add(parent, &row);
    row
}

/// The current value of an input, select or textarea ("" for anything else).
pub fn value_of(element: &Element) -> String {
    if let Some(i) = element.dyn_ref::<HtmlInputElement>() {
        i.value()
    } else if let Some(s) = element.dyn_ref::<HtmlSelectElement>() {
        s.value()
    } else if let Some(t) = element.dyn_ref::<HtmlTextAreaElement>() {
        t.value()
    } else {
        String::new()
    }
}

/// Sets the value of an input, select or textarea.
pub fn set_value(element: &Element, text: &str) {
    if let Some(i) = element.dyn_ref::<HtmlInputElement>() {
        i.set_value(text);
    } else if let Some(s) = element.dyn_ref::<HtmlSelectElement>() {
        s.set_value(text);
    } else if let Some(t) = element.dyn_ref::<HtmlTextAreaElement>() {
        t.set_value(text);
    }
}

/// Shows or hides `element` (the `hidden` attribute).
pub fn show(element: &Element, visible: bool) {
    let _ = if visible {
        element.remove_attribute("hidden")
    } else {
        element.set_attribute("hidden", "")
    };
}

/// A `<select>` of (value, label) choices, the first selected.
pub fn select<V: AsRef<str>, L: AsRef<str>>(doc: &Document, choices: &[(V, L)]) -> Element {
    let node = el(doc, "select", "");
    for (value, label) in choices {
        let option = text_el(doc, "option", "", label.as_ref());
        attr(&option, "value", value.as_ref());
        add(&node, &option);
    }
    node
}

/// The end of a form: its submit button labelled `label`, then the status line where the
/// answer is announced (`role="status"`); both appended to `form`.
pub fn submit_row(doc: &Document, form: &Element, label: &str) -> (Element, Element) {
    let button = text_el(doc, "button", "", label);
    attr(&button, "type", "submit");
    add(form, &button);
    let status = el(doc, "p", "status");
    attr(&status, "role", "status");
    add(form, &status);
    (button, status)
}

/// `node` as a tree a script can draw again without HTML parsing: an element is
/// `[tag, {attribute: value}, ...children]`, a text node its text.
pub fn drawing_of(node: &web_sys::Node) -> serde_json::Value {
    use serde_json::{Map, Value};
    let Some(element) = node.dyn_ref::<Element>() else {
        return Value::String(node.text_content().unwrap_or_default());
    };
    let mut attributes = Map::new();
    for name in element
        .get_attribute_names()
        .iter()
        .filter_map(|n| n.as_string())
    {
        if let Some(value) = element.get_attribute(&name) {
            attributes.insert(name, Value::String(value));
        }
    }
    let mut drawing = vec![
        Value::String(element.tag_name().to_lowercase()),
        Value::Object(attributes),
    ];
    let children = node.child_nodes();
    drawing.extend(
        (0..children.length())
            .filter_map(|i| children.item(i))
            .map(|c| drawing_of(&c)),
    );
    Value::Array(drawing)
}

/// A link that downloads `content` as `file_name`.
pub fn blob_link(doc: &Document, label: &str, file_name: &str, content: &str) -> Element {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(if file_name.ends_with(".ics") {
        "text/calendar"
    } else {
        "application/json"
    });
    let link = text_el(doc, "a", "button", label);
    if let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) {
        if let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) {
            attr(&link, "href", &url);
        }
    }
    attr(&link, "download", file_name);
    link
}

/// Offers `content` as a download named `file_name`, as a link the user clicked would.
pub fn save_file(file_name: &str, content: &str) {
    let Some(doc) = document() else { return };
    let link = blob_link(&doc, "", file_name, content);
    if let Some(body) = doc.body() {
        let _ = body.append_child(&link);
        if let Some(html) = link.dyn_ref::<web_sys::HtmlElement>() {
            html.click();
        }
        link.remove();
    }
}
