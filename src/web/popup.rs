//! The toolbar popup: what is due now, this week and later, each with its reason and
//! rule, and "Mark done". It reads through the engine and writes through the engine.

use super::dom::{add, attr, by_id, document, el, text_el};
use super::intl::zone_for;
use super::messages::{ask_engine, UiToEngine};
use super::views::{action_card, load_overview, sections, Overview};
use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::spawn_local;
use web_sys::Element;

/// Entry point called by `popup.js`.
#[wasm_bindgen]
pub async fn popup_start() {
    render().await;
    // Read by `make bench` (popup first render).
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("afterview-rendered");
    }
}

async fn render() {
    let Some(doc) = document() else { return };
    let Some(root) = by_id(&doc, "app") else {
        return;
    };
    let root: Element = root.into();
    let Some(Overview { state, actions, .. }) = load_overview(&doc, &root).await else {
        return;
    };
    let zone = zone_for(state.profile.timezone.as_deref());
    if state.processes.is_empty() {
        let empty = el(&doc, "section", "empty");
        add(&empty, &text_el(&doc, "h2", "", "No interviews yet"));
        add(&empty, &text_el(&doc, "p", "", "Add your next interview on the options page: the company, the role, who you will meet and when. Afterview then plans every follow-up and drafts each one."));
        add(&empty, &text_el(&doc, "p", "", "Before it ends, ask when they expect to decide and how best to follow up, and note every interviewer's name and email."));
        add(&root, &empty);
        return;
    }
    let now = super::now();
    for (title, list) in sections(&actions, now, zone.as_ref()) {
        let section = el(&doc, "section", "section");
        attr(&section, "aria-label", title);
        add(
            &section,
            &text_el(&doc, "h2", "", &format!("{title} ({})", list.len())),
        );
        let ul = el(&doc, "ul", "actions");
        for action in list {
            let card = action_card(&doc, &state, action, zone.as_ref());
            let done = text_el(&doc, "button", "done", "Mark done");
            attr(&done, "type", "button");
            let message = UiToEngine::MarkDone {
                process: action.process.clone(),
                kind: action.kind,
                contact: action.contact.clone(),
            };
            EventListener::new(&done, "click", move |_| {
                let message = message.clone();
                spawn_local(async move {
                    let _ = ask_engine(&message).await;
                    render().await;
                });
            })
            .forget();
            add(&card, &done);
            add(&ul, &card);
        }
        add(&section, &ul);
        add(&root, &section);
    }
}
