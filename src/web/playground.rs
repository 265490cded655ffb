//! The playground (`www/`): the same wasm core on a plain page, with a demo state the
//! visitor can edit, a clock they can set, the plan it gives, and the deadline reader.

use super::dom::{add, attr, by_id, clear, document, el, text_el};
use super::views::{action_card, sections};
use crate::core::calendar::{FixedZone, Zone};
use crate::core::model::parse_state;
use crate::core::plan::plan;
use crate::core::when::read_deadline;
use chrono::DateTime;
use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlInputElement, HtmlTextAreaElement};

/// The demo state: one process just after a two-day onsite.
pub const DEMO_STATE: &str = include_str!("demo-state.json");
/// The moment the demo is set at.
pub const DEMO_NOW: &str = "2026-11-20T16:00:00-05:00";

/// Entry point called by the playground page.
#[wasm_bindgen]
pub fn playground_start() {
    let Some(doc) = document() else { return };
    let Some(root) = by_id(&doc, "app") else {
        return;
    };
    let root: Element = root.into();
    clear(&root);

    let controls = el(&doc, "section", "controls");
    let now_label = text_el(&doc, "label", "", "Now (RFC 3339)");
    attr(&now_label, "for", "now");
    let now_input = el(&doc, "input", "");
    attr(&now_input, "id", "now");
    attr(&now_input, "value", DEMO_NOW);
    add(&controls, &now_label);
    add(&controls, &now_input);
    let state_label = text_el(
        &doc,
        "label",
        "",
        "State (JSON, as the extension stores it)",
    );
    attr(&state_label, "for", "state");
    let state_input = text_el(&doc, "textarea", "", DEMO_STATE);
    attr(&state_input, "id", "state");
    attr(&state_input, "rows", "14");
    attr(&state_input, "spellcheck", "false");
    add(&controls, &state_label);
    add(&controls, &state_input);
    add(&root, &controls);

    let plan_out = el(&doc, "section", "plan");
    attr(&plan_out, "id", "plan");
    attr(&plan_out, "aria-live", "polite");
    add(&root, &plan_out);

    let when = el(&doc, "section", "when");
    add(&when, &text_el(&doc, "h2", "", "Read a deadline"));
    let phrase_label = text_el(&doc, "label", "", "What the employer said");
    attr(&phrase_label, "for", "phrase");
    let phrase = el(&doc, "input", "");
    attr(&phrase, "id", "phrase");
    attr(
        &phrase,
        "value",
        "We'll be in touch by the end of next week",
    );
    let answer = text_el(&doc, "output", "", "");
    attr(&answer, "id", "phrase-answer");
    attr(&answer, "for", "phrase");
    add(&when, &phrase_label);
    add(&when, &phrase);
    add(&when, &answer);
    add(&root, &when);

    let update = {
        let (doc, now_input, state_input, plan_out, phrase, answer) = (
            doc.clone(),
            now_input.clone(),
            state_input.clone(),
            plan_out.clone(),
            phrase.clone(),
            answer.clone(),
        );
        move || render(&doc, &now_input, &state_input, &plan_out, &phrase, &answer)
    };
    update();
    for target in [&now_input, &state_input, &phrase] {
        let update = update.clone();
        EventListener::new(target, "input", move |_| update()).forget();
    }
}

fn value(element: &Element) -> String {
    if let Some(i) = element.dyn_ref::<HtmlInputElement>() {
        return i.value();
    }
    element
        .dyn_ref::<HtmlTextAreaElement>()
        .map(|t| t.value())
        .unwrap_or_default()
}

fn render(
    doc: &Document,
    now_input: &Element,
    state_input: &Element,
    plan_out: &Element,
    phrase: &Element,
    answer: &Element,
) {
    clear(plan_out);
    let now = match DateTime::parse_from_rfc3339(value(now_input).trim()) {
        Ok(now) => now,
        Err(e) => {
            add(
                plan_out,
                &text_el(
                    doc,
                    "p",
                    "problem",
                    &format!("Now: expected RFC 3339 with an offset ({e})."),
                ),
            );
            return;
        }
    };
    let window = read_deadline(&value(phrase), now.date_naive());
    let said = match (window.earliest, window.latest) {
        (Some(e), Some(l)) if e != now.date_naive() => format!(
            "between {} and {}",
            e.format("%a %-d %b %Y"),
            l.format("%a %-d %b %Y")
        ),
        (_, Some(l)) => format!("by {}", l.format("%a %-d %b %Y")),
        _ => "no date: open-ended".to_string(),
    };
    answer.set_text_content(Some(&said));
    let state = match parse_state(&value(state_input)) {
        Ok(state) => state,
        Err(e) => {
            add(
                plan_out,
                &text_el(doc, "p", "problem", &format!("State: {e}")),
            );
            return;
        }
    };
    let zone: Box<dyn Zone> = match state
        .profile
        .timezone
        .as_deref()
        .and_then(super::intl::IntlZone::new)
    {
        Some(z) => Box::new(z),
        None => Box::new(FixedZone(*now.offset())),
    };
    let actions = plan(&state, now, zone.as_ref()).actions;
    add(plan_out, &text_el(doc, "h2", "", "The plan"));
    for (title, list) in sections(&actions, now, zone.as_ref()) {
        add(
            plan_out,
            &text_el(doc, "h3", "", &format!("{title} ({})", list.len())),
        );
        let ul = el(doc, "ul", "actions");
        for action in list {
            add(&ul, &action_card(doc, &state, action, zone.as_ref()));
        }
        add(plan_out, &ul);
    }
}
