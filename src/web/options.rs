//! The options page: the user's profile (name, email, time zone, LinkedIn note limit)
//! and an export of everything stored.

use super::browser;
use super::dom::{add, attr, by_id, document, el, text_el};
use super::engine::BACKUP_KEY;
use super::intl::IntlZone;
use super::messages::{ask_engine, EngineToUi as Answer, UiToEngine};
use super::views::load_overview;
use crate::core::model::Profile;
use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use web_sys::{Document, Element, HtmlInputElement, HtmlSelectElement};

/// Entry point called by `options.js`.
#[wasm_bindgen]
pub async fn options_start() {
    let Some(doc) = document() else { return };
    let Some(root) = by_id(&doc, "app") else {
        return;
    };
    let root: Element = root.into();
    let Some(overview) = load_overview(&doc, &root).await else {
        return;
    };
    if overview.in_trouble {
        // The document the engine could not use: offered as it is, untouched.
        if let Ok(kept) = browser::storage_get(&[BACKUP_KEY]).await {
            let value = js_sys::Reflect::get(&kept, &JsValue::from_str(BACKUP_KEY))
                .unwrap_or(JsValue::UNDEFINED);
            let text = js_sys::JSON::stringify(&value)
                .ok()
                .and_then(|t| t.as_string())
                .unwrap_or_default();
            add(&root, &download_section(&doc, "Your kept data", "Afterview kept your saved data exactly as it found it. Download it before changing anything; it can be repaired by hand and imported again.", "Download the kept copy", "afterview-kept-copy.json", &text));
        }
    }
    add(&root, &profile_form(&doc, &overview.state.profile));
    let json = serde_json::to_string_pretty(&overview.state).unwrap_or_default();
    add(&root, &download_section(&doc, "Your data", "Everything Afterview knows stays in this browser. Export it as JSON to keep a copy or move it to another browser.", "Export JSON", "afterview-export.json", &json));
}

fn field(doc: &Document, form: &Element, id: &str, label: &str, input: &Element) {
    let row = el(doc, "p", "field");
    let l = text_el(doc, "label", "", label);
    attr(&l, "for", id);
    attr(input, "id", id);
    add(&row, &l);
    add(&row, input);
    add(form, &row);
}

fn text_input(doc: &Document, value: &str, kind: &str) -> Element {
    let input = el(doc, "input", "");
    attr(&input, "type", kind);
    if let Some(i) = input.dyn_ref::<HtmlInputElement>() {
        i.set_value(value);
    }
    input
}

fn profile_form(doc: &Document, profile: &Profile) -> Element {
    let form = el(doc, "form", "profile");
    attr(&form, "aria-label", "Profile");
    add(&form, &text_el(doc, "h2", "", "Your profile"));
    let name = text_input(doc, &profile.name, "text");
    field(
        doc,
        &form,
        "profile-name",
        "Your name (signs every draft)",
        &name,
    );
    let email = text_input(doc, profile.email.as_deref().unwrap_or(""), "email");
    field(doc, &form, "profile-email", "Your email", &email);
    let zone_name = profile
        .timezone
        .clone()
        .unwrap_or_else(IntlZone::browser_zone_name);
    let zone = text_input(doc, &zone_name, "text");
    field(
        doc,
        &form,
        "profile-timezone",
        "Time zone (IANA name, e.g. Europe/London)",
        &zone,
    );
    let limit = el(doc, "select", "");
    for (value, label) in [
        ("300", "300 characters (Premium, default)"),
        ("200", "200 characters (free account)"),
    ] {
        let option = text_el(doc, "option", "", label);
        attr(&option, "value", value);
        if profile.note_limit().to_string() == value {
            attr(&option, "selected", "");
        }
        add(&limit, &option);
    }
    field(
        doc,
        &form,
        "profile-limit",
        "LinkedIn invitation note limit",
        &limit,
    );
    let save = text_el(doc, "button", "", "Save profile");
    attr(&save, "type", "submit");
    add(&form, &save);
    let status = text_el(doc, "p", "status", "");
    attr(&status, "role", "status");
    add(&form, &status);
    let base = profile.clone();
    EventListener::new(&form, "submit", move |event| {
        event.prevent_default();
        let value = |e: &Element| {
            e.dyn_ref::<HtmlInputElement>()
                .map(|i| i.value().trim().to_string())
                .unwrap_or_default()
        };
        let mut profile = base.clone();
        profile.name = value(&name);
        profile.email = Some(value(&email)).filter(|e| !e.is_empty());
        let tz = value(&zone);
        if !tz.is_empty() && IntlZone::new(&tz).is_none() {
            status.set_text_content(Some(&format!(
                "Unknown time zone {tz:?}: use an IANA name such as America/New_York."
            )));
            return;
        }
        profile.timezone = Some(tz).filter(|t| !t.is_empty());
        profile.linkedin_note_limit = limit
            .dyn_ref::<HtmlSelectElement>()
            .and_then(|s| s.value().parse().ok());
        let status = status.clone();
        spawn_local(async move {
            let text = match ask_engine(&UiToEngine::SaveProfile { profile }).await {
                Ok(Answer::Saved) => "Saved.".to_string(),
                Ok(Answer::Error { message }) | Err(message) => format!("Not saved: {message}"),
                Ok(Answer::Overview { .. }) => "Saved.".to_string(),
            };
            status.set_text_content(Some(&text));
        });
    })
    .forget();
    form
}

/// A section with a heading, an explanation and a link that downloads `text` as a file.
fn download_section(
    doc: &Document,
    heading: &str,
    explanation: &str,
    label: &str,
    file_name: &str,
    text: &str,
) -> Element {
    let section = el(doc, "section", "export");
    add(&section, &text_el(doc, "h2", "", heading));
    add(&section, &text_el(doc, "p", "", explanation));
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let link = text_el(doc, "a", "button", label);
    if let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) {
        if let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) {
            attr(&link, "href", &url);
        }
    }
    attr(&link, "download", file_name);
    add(&section, &link);
    section
}
