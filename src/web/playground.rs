//! The playground (`www/`): the extension itself on a plain page, on a demo job search.
//! The page (`www/demo-chrome.js`) runs the engine module and stands in for the few
//! `chrome.*` calls; the applications page, the popup and the Gmail panel are the
//! extension's own code in frames. This module draws what only the playground has: the
//! time travel, which moves the demo's clock through the search (and records what happens
//! on the way), and "Under the hood", the state as the engine holds it and the exact now.

use super::dom::{add, attr, by_id, clear, document, el, field, set_value, text_el, Listeners};
use super::i18n::{text, text_with};
use super::intl::zone_for;
use super::messages::{ask_engine, EngineToUi, ImportMode, UiToEngine};
use crate::core::calendar::to_local;
use crate::core::check::REGISTRY;
use crate::core::model::{Event, EventKind, ReplySays};
use chrono::{DateTime, FixedOffset};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use web_sys::{Document, Element};

/// One moment of the demo search: its name, what happened, and when it is.
struct Step {
    /// The UI string naming the step.
    label: &'static str,
    /// The UI string saying, in one sentence, what happened.
    said: &'static str,
    /// The demo's "now" at this step.
    at: &'static str,
}

/// The demo search, in order (`www/demo-state.json`: Acme's video interview ends on
/// Friday 20 November at 15:00, New York time).
const STEPS: [Step; 5] = [
    Step {
        label: "playground_step_ends",
        said: "playground_step_ends_said",
        at: "2026-11-20T15:30:00-05:00",
    },
    Step {
        label: "playground_step_day",
        said: "playground_step_day_said",
        at: "2026-11-21T16:00:00-05:00",
    },
    Step {
        label: "playground_step_decision",
        said: "playground_step_decision_said",
        at: "2026-11-27T17:00:00-05:00",
    },
    Step {
        label: "playground_step_silence",
        said: "playground_step_silence_said",
        at: "2026-12-04T12:00:00-05:00",
    },
    Step {
        label: "playground_step_offer",
        said: "playground_step_offer_said",
        at: "2026-12-07T11:00:00-05:00",
    },
];

/// The step from which Globex's offer stands, the application it is recorded on, and its
/// event's id (so going back in time takes it away again).
const OFFER_STEP: usize = 4;
const OFFER_PROCESS: &str = "globex-product";
const OFFER_ID: &str = "demo-offer";

fn step_time(step: &Step) -> Option<DateTime<FixedOffset>> {
    DateTime::parse_from_rfc3339(step.at).ok()
}

/// Calls `afterviewDemo[name](arg)`, the page's stand-in (`www/demo-chrome.js`).
fn demo_call(name: &str, arg: &JsValue) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let demo = js_sys::Reflect::get(&window, &JsValue::from_str("afterviewDemo"))
        .unwrap_or(JsValue::UNDEFINED);
    if let Ok(function) = js_sys::Reflect::get(&demo, &JsValue::from_str(name))
        .and_then(|f| f.dyn_into::<js_sys::Function>())
    {
        let _ = function.call1(&demo, arg);
    }
}

/// Entry point called by the playground page once the UI strings are loaded: sets the
/// demo's clock to the first step, and draws the time travel and "Under the hood".
#[wasm_bindgen]
pub fn playground_start(messages_json: String) {
    // A plain web page has no chrome.i18n of its own: the UI strings come from the English file.
    super::i18n::load(&messages_json);
    let Some(doc) = document() else { return };
    super::i18n::translate_page(&doc);
    let view = PAGE.with(Listeners::clone);
    if let Some(root) = by_id(&doc, "app") {
        let root: Element = root.into();
        clear(&root);
        add(&root, &time_travel(&doc, &view));
    }
    if let Some(root) = by_id(&doc, "hood") {
        let root: Element = root.into();
        clear(&root);
        add(&root, &under_the_hood(&doc, &view));
    }
    go_to(&doc, 0);
}

/// The time travel: one choice per step, and the sentence of the step chosen.
fn time_travel(doc: &Document, view: &Listeners) -> Element {
    let section = el(doc, "section", "travel");
    let form = el(doc, "fieldset", "");
    add(
        &form,
        &text_el(doc, "legend", "", &text("playground_travel")),
    );
    for (i, step) in STEPS.iter().enumerate() {
        let label = el(doc, "label", "");
        let input = el(doc, "input", "");
        attr(&input, "type", "radio");
        attr(&input, "name", "step");
        attr(&input, "id", &format!("step-{i}"));
        attr(&input, "value", &i.to_string());
        if i == 0 {
            attr(&input, "checked", "");
        }
        add(&label, &input);
        add(&label, &text_el(doc, "span", "", &text(step.label)));
        add(&form, &label);
        let doc = doc.clone();
        view.on(&input, "change", move |_| go_to(&doc, i));
    }
    add(&section, &form);
    let said = el(doc, "p", "said");
    attr(&said, "id", "travel-said");
    attr(&said, "role", "status");
    add(&section, &said);
    section
}

/// Moves the demo to step `i`: its clock, what happened by then, and its sentence.
fn go_to(doc: &Document, i: usize) {
    let Some(step) = STEPS.get(i) else { return };
    let Some(at) = step_time(step) else { return };
    if let Some(said) = by_id(doc, "travel-said") {
        said.set_text_content(Some(&text(step.said)));
    }
    demo_call("setNow", &JsValue::from_f64(at.timestamp_millis() as f64));
    spawn_local(async move {
        let _ = keep_offer(i >= OFFER_STEP).await;
    });
}

/// Records Globex's offer when the demo has reached it, and takes it away when the demo
/// went back before it.
async fn keep_offer(wanted: bool) -> Result<(), String> {
    let EngineToUi::Overview { state, .. } = ask_engine(&UiToEngine::Overview).await? else {
        return Ok(());
    };
    let recorded = state
        .processes
        .iter()
        .find(|p| p.id == OFFER_PROCESS)
        .is_some_and(|p| p.events.iter().any(|e| e.id.as_deref() == Some(OFFER_ID)));
    let change = match (wanted, recorded) {
        (true, false) => {
            let at = STEPS
                .get(OFFER_STEP)
                .and_then(step_time)
                .ok_or("no offer step")?
                - chrono::Duration::minutes(30);
            let mut offer = Event::new(at, EventKind::Reply);
            offer.id = Some(OFFER_ID.into());
            offer.from = Some("ben".into());
            offer.says = Some(ReplySays::Offer);
            offer.respond_by = Some("2026-12-14".into());
            UiToEngine::Record {
                process: OFFER_PROCESS.into(),
                event: offer,
            }
        }
        (false, true) => UiToEngine::DeleteEvent {
            process: OFFER_PROCESS.into(),
            id: OFFER_ID.into(),
        },
        _ => return Ok(()),
    };
    ask_engine(&change).await.map(|_| ())
}

/// "Under the hood": the exact now, the state as the engine holds it (editable: a good
/// document replaces the demo, a bad one is refused with the reason), and the checker's
/// rules.
fn under_the_hood(doc: &Document, view: &Listeners) -> Element {
    let details = el(doc, "details", "hood");
    add(
        &details,
        &text_el(doc, "summary", "", &text("playground_hood")),
    );
    let now = text_el(doc, "p", "", "");
    attr(&now, "id", "hood-now");
    add(&details, &now);
    let state = el(doc, "textarea", "");
    attr(&state, "rows", "16");
    attr(&state, "spellcheck", "false");
    field(doc, &details, "state", &text("playground_state"), &state);
    let problem = el(doc, "p", "problem");
    attr(&problem, "id", "state-problem");
    attr(&problem, "role", "status");
    add(&details, &problem);
    add(&details, &rule_list(doc));
    {
        let (state, problem) = (state.clone(), problem.clone());
        view.on(&state.clone(), "input", move |_| {
            replace_state(super::dom::value_of(&state), problem.clone())
        });
    }
    if let Some(window) = web_sys::window() {
        view.on(&window, "afterview-demo-change", move |_| {
            spawn_local(show_state(state.clone(), now.clone()))
        });
    }
    details
}

/// Shows the exact now and the engine's state, unless the visitor is editing it.
async fn show_state(state_box: Element, now_line: Element) {
    let Ok(EngineToUi::Overview { state, .. }) = ask_engine(&UiToEngine::Overview).await else {
        return;
    };
    let zone = zone_for(state.profile.timezone.as_deref());
    let now = to_local(zone.as_ref(), super::now()).to_rfc3339();
    let name = state.profile.timezone.clone().unwrap_or_default();
    now_line.set_text_content(Some(&text_with("playground_now", &[&now, &name])));
    let editing = document()
        .and_then(|d| d.active_element())
        .is_some_and(|e| e == state_box);
    if !editing {
        set_value(
            &state_box,
            &serde_json::to_string_pretty(&state).unwrap_or_default(),
        );
    }
}

/// Replaces the demo state with the edited document, through the engine (which checks
/// it first); `problem` says why a document was refused.
fn replace_state(edited: String, problem: Element) {
    spawn_local(async move {
        let said = match serde_json::from_str::<serde_json::Value>(&edited) {
            Err(e) => text_with("playground_bad_state", &[&e.to_string()]),
            Ok(document) => match ask_engine(&UiToEngine::Import {
                document,
                mode: ImportMode::Replace,
            })
            .await
            {
                Ok(EngineToUi::Error { message }) | Err(message) => {
                    text_with("playground_bad_state", &[&message])
                }
                Ok(_) => String::new(),
            },
        };
        problem.set_text_content(Some(&said));
    });
}

/// Every finding the checker knows, with its rule and what it means (from the core).
fn rule_list(doc: &Document) -> Element {
    let section = el(doc, "details", "rules");
    add(
        &section,
        &text_el(doc, "summary", "", &text("playground_rules")),
    );
    let list = el(doc, "dl", "");
    for (id, rule, _, meaning) in REGISTRY {
        add(&list, &text_el(doc, "dt", "", &format!("{id} ({rule})")));
        add(&list, &text_el(doc, "dd", "", meaning));
    }
    add(&section, &list);
    section
}

thread_local! {
    /// The listeners of the playground, which is drawn once.
    static PAGE: Listeners = Listeners::default();
}
