//! "Record what happened" in the popup: the employer's reply (later, another round, a
//! rejection, an offer with its response deadline), a freeze or delay, a request for
//! references, or the user's own decision (accepted, withdrew). Each becomes an event the
//! engine appends; the plan follows from it.

use super::dom::{add, attr, el, text_el};
use super::messages::{ask_engine, EngineToUi, UiToEngine};
use crate::core::model::{Event, EventKind, ReplySays, State};
use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use web_sys::{Document, Element, HtmlInputElement, HtmlSelectElement};

/// The choices, as (value, label).
const HAPPENINGS: [(&str, &str); 8] = [
    ("reply:later", "They replied: a decision comes later"),
    ("reply:next_round", "They invited me to another round"),
    ("reply:rejection", "They said no"),
    ("reply:offer", "They made an offer"),
    ("delay", "Hiring freeze or delay"),
    ("references_requested", "They asked for references"),
    ("accepted", "I accepted their offer"),
    ("withdrawn", "I withdrew"),
];

/// The event a choice records at `now`, with the offer's response date when given.
fn event_for(
    choice: &str,
    respond_by: &str,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> Option<Event> {
    let (kind, says) = match choice {
        "reply:later" => (EventKind::Reply, Some(ReplySays::Later)),
        "reply:next_round" => (EventKind::Reply, Some(ReplySays::NextRound)),
        "reply:rejection" => (EventKind::Reply, Some(ReplySays::Rejection)),
        "reply:offer" => (EventKind::Reply, Some(ReplySays::Offer)),
        "delay" => (EventKind::Delay, None),
        "references_requested" => (EventKind::ReferencesRequested, None),
        "accepted" => (EventKind::Accepted, None),
        "withdrawn" => (EventKind::Withdrawn, None),
        _ => return None,
    };
    let mut event = Event::new(now, kind);
    event.says = says;
    if says == Some(ReplySays::Offer) && !respond_by.is_empty() {
        event.respond_by = Some(respond_by.to_string());
    }
    Some(event)
}

fn select(doc: &Document, id: &str, options: &[(String, String)]) -> Element {
    let node = el(doc, "select", "");
    attr(&node, "id", id);
    for (value, label) in options {
        let option = text_el(doc, "option", "", label);
        attr(&option, "value", value);
        add(&node, &option);
    }
    node
}

fn labelled(doc: &Document, form: &Element, id: &str, label: &str, control: &Element) -> Element {
    let row = el(doc, "p", "field");
    let l = text_el(doc, "label", "", label);
    attr(&l, "for", id);
    add(&row, &l);
    add(&row, control);
    add(form, &row);
    row
}

/// The form; `done` runs after the engine saved the event.
pub fn record_form(doc: &Document, state: &State, done: impl Fn() + 'static) -> Element {
    let section = el(doc, "details", "record");
    add(
        &section,
        &text_el(doc, "summary", "", "Record what happened"),
    );
    let form = el(doc, "form", "");
    attr(&form, "aria-label", "Record what happened");
    let processes: Vec<(String, String)> = state
        .processes
        .iter()
        .map(|p| {
            let label = if p.role.is_empty() {
                p.company.clone()
            } else {
                format!("{} — {}", p.company, p.role)
            };
            (p.id.clone(), label)
        })
        .collect();
    let process = select(doc, "record-process", &processes);
    labelled(doc, &form, "record-process", "Application", &process);
    let choices: Vec<(String, String)> = HAPPENINGS
        .iter()
        .map(|(v, l)| (v.to_string(), l.to_string()))
        .collect();
    let what = select(doc, "record-what", &choices);
    labelled(doc, &form, "record-what", "What happened", &what);
    let respond = el(doc, "input", "");
    attr(&respond, "type", "date");
    let respond_row = labelled(
        doc,
        &form,
        "record-respond-by",
        "They need an answer by",
        &respond,
    );
    attr(&respond, "id", "record-respond-by");
    attr(&respond_row, "hidden", "");
    let save = text_el(doc, "button", "", "Record");
    attr(&save, "type", "submit");
    add(&form, &save);
    let status = el(doc, "p", "status");
    attr(&status, "role", "status");
    add(&form, &status);
    add(&section, &form);
    {
        let (what, respond_row) = (what.clone(), respond_row.clone());
        EventListener::new(&what.clone(), "change", move |_| {
            let offer = what
                .dyn_ref::<HtmlSelectElement>()
                .is_some_and(|s| s.value() == "reply:offer");
            let _ = if offer {
                respond_row.remove_attribute("hidden")
            } else {
                respond_row.set_attribute("hidden", "")
            };
        })
        .forget();
    }
    let done = std::rc::Rc::new(done);
    EventListener::new(&form, "submit", move |event| {
        event.prevent_default();
        let value = |e: &Element| {
            e.dyn_ref::<HtmlSelectElement>()
                .map(|s| s.value())
                .or_else(|| e.dyn_ref::<HtmlInputElement>().map(|i| i.value()))
                .unwrap_or_default()
        };
        let Some(event) = event_for(&value(&what), &value(&respond), super::now()) else {
            return;
        };
        let message = UiToEngine::Record {
            process: value(&process),
            event,
        };
        let (status, done) = (status.clone(), done.clone());
        spawn_local(async move {
            match ask_engine(&message).await {
                Ok(EngineToUi::Error { message }) | Err(message) => {
                    status.set_text_content(Some(&format!("Not recorded: {message}")))
                }
                Ok(_) => done(),
            }
        });
    })
    .forget();
    section
}
