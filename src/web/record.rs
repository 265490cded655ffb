//! "Record what happened" in the popup: the employer's reply (later, another round, a
//! rejection, an offer with its response deadline), a freeze or delay, a request for
//! references, or the user's own decision (accepted, withdrew). Each becomes an event the
//! engine appends; the plan follows from it.

use super::dom::{add, attr, el, field, on_submit, show, text_el, value_of};
use super::messages::{ask_engine, EngineToUi, UiToEngine};
use crate::core::model::{Event, EventKind, ReplySays, State};
use gloo::events::EventListener;
use wasm_bindgen_futures::spawn_local;
use web_sys::{Document, Element};

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

fn select(doc: &Document, options: &[(String, String)]) -> Element {
    let node = el(doc, "select", "");
    for (value, label) in options {
        let option = text_el(doc, "option", "", label);
        attr(&option, "value", value);
        add(&node, &option);
    }
    node
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
    let process = select(doc, &processes);
    field(doc, &form, "record-process", "Application", &process);
    let choices: Vec<(String, String)> = HAPPENINGS
        .iter()
        .map(|(v, l)| (v.to_string(), l.to_string()))
        .collect();
    let what = select(doc, &choices);
    field(doc, &form, "record-what", "What happened", &what);
    let respond = el(doc, "input", "");
    attr(&respond, "type", "date");
    let respond_row = field(
        doc,
        &form,
        "record-respond-by",
        "They need an answer by",
        &respond,
    );
    show(&respond_row, false);
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
            show(&respond_row, value_of(&what) == "reply:offer");
        })
        .forget();
    }
    let done = std::rc::Rc::new(done);
    on_submit(&form, move || {
        let Some(event) = event_for(&value_of(&what), &value_of(&respond), super::now()) else {
            return;
        };
        let message = UiToEngine::Record {
            process: value_of(&process),
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
    });
    section
}
