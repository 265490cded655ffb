//! "Record what happened" in the popup: the employer's reply (later, another round, a
//! rejection, an offer with its response deadline), a freeze or delay, a request for
//! references, or the user's own decision (accepted, withdrew). Each becomes an event the
//! engine appends; the plan follows from it.

use super::dom::{add, attr, el, field, on_submit, select, show, submit_row, text_el, value_of};
use super::i18n::{text, text_with};
use super::messages::{ask_engine, EngineToUi, UiToEngine};
use super::views::process_label;
use crate::core::model::{Event, EventKind, ReplySays, State};
use gloo::events::EventListener;
use wasm_bindgen_futures::spawn_local;
use web_sys::{Document, Element};

/// The choices, as (value, key of the label).
const HAPPENINGS: [(&str, &str); 8] = [
    ("reply:later", "record_reply_later"),
    ("reply:next_round", "record_reply_next_round"),
    ("reply:rejection", "record_reply_rejection"),
    ("reply:offer", "record_reply_offer"),
    ("delay", "record_delay"),
    ("references_requested", "record_references_requested"),
    ("accepted", "record_accepted"),
    ("withdrawn", "record_withdrawn"),
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

/// The form; `done` runs after the engine saved the event.
pub fn record_form(doc: &Document, state: &State, done: impl Fn() + 'static) -> Element {
    let section = el(doc, "details", "record");
    add(
        &section,
        &text_el(doc, "summary", "", &text("record_title")),
    );
    let form = el(doc, "form", "");
    attr(&form, "aria-label", &text("record_title"));
    let processes: Vec<(String, String)> = state
        .processes
        .iter()
        .map(|p| (p.id.clone(), process_label(p)))
        .collect();
    let process = select(doc, &processes);
    field(
        doc,
        &form,
        "record-process",
        &text("field_application"),
        &process,
    );
    let choices: Vec<(String, String)> = HAPPENINGS
        .iter()
        .map(|(v, key)| (v.to_string(), text(key)))
        .collect();
    let what = select(doc, &choices);
    field(doc, &form, "record-what", &text("record_what"), &what);
    let respond = el(doc, "input", "");
    attr(&respond, "type", "date");
    let respond_row = field(
        doc,
        &form,
        "record-respond-by",
        &text("record_respond_by"),
        &respond,
    );
    show(&respond_row, false);
    let (_, status) = submit_row(doc, &form, &text("record_save"));
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
                    status.set_text_content(Some(&text_with("record_failed", &[&message])))
                }
                Ok(_) => done(),
            }
        });
    });
    section
}
