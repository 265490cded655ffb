//! "Record what happened" in the popup: the employer's reply (later, with the day they now
//! name; another round; a rejection; an offer with its response deadline), an
//! out-of-office answer with the day they are back, a freeze or delay, a request for
//! references, or the user's own decision (accepted, withdrew), at the time it happened
//! (now, or earlier: "they replied yesterday"). Each becomes an event the engine appends;
//! the plan follows from it.

use super::dom::Listeners;
use super::dom::{add, attr, el, field, select, set_value, show, submit_row, text_el, value_of};
use super::i18n::{text, text_with};
use super::intl::zone_for;
use super::messages::{ask_engine, EngineToUi, UiToEngine};
use super::views::process_label;
use crate::core::calendar::{at_local, to_local};
use crate::core::dates::{input_date_time, parse_wall_clock};
use crate::core::model::{Event, EventKind, ReplySays, State};
use wasm_bindgen_futures::spawn_local;
use web_sys::{Document, Element};

/// The choices, as (value, key of the label).
const HAPPENINGS: [(&str, &str); 9] = [
    ("reply:later", "record_reply_later"),
    ("reply:next_round", "record_reply_next_round"),
    ("reply:rejection", "record_reply_rejection"),
    ("reply:offer", "record_reply_offer"),
    ("away", "record_away"),
    ("delay", "record_delay"),
    ("references_requested", "record_references_requested"),
    ("accepted", "record_accepted"),
    ("withdrawn", "record_withdrawn"),
];

/// What the form says beside the choice: the day a date field holds, for the choices
/// that take one (the offer's answer-by day, the day named by "later", the day back from
/// an out-of-office).
fn event_for(choice: &str, day: &str, at: chrono::DateTime<chrono::FixedOffset>) -> Option<Event> {
    let (kind, says) = match choice {
        "reply:later" => (EventKind::Reply, Some(ReplySays::Later)),
        "reply:next_round" => (EventKind::Reply, Some(ReplySays::NextRound)),
        "reply:rejection" => (EventKind::Reply, Some(ReplySays::Rejection)),
        "reply:offer" => (EventKind::Reply, Some(ReplySays::Offer)),
        "away" => (EventKind::Away, None),
        "delay" => (EventKind::Delay, None),
        "references_requested" => (EventKind::ReferencesRequested, None),
        "accepted" => (EventKind::Accepted, None),
        "withdrawn" => (EventKind::Withdrawn, None),
        _ => return None,
    };
    let mut event = Event::new(at, kind);
    event.says = says;
    let day = (!day.is_empty()).then(|| day.to_string());
    match (kind, says) {
        (_, Some(ReplySays::Offer)) => event.respond_by = day,
        (_, Some(ReplySays::Later)) => event.by = day,
        (EventKind::Away, _) => event.until = day,
        _ => {}
    }
    Some(event)
}

/// The label of the date field for a choice, or `None` when the choice takes no date.
fn day_label(choice: &str) -> Option<&'static str> {
    match choice {
        "reply:offer" => Some("record_respond_by"),
        "reply:later" => Some("record_later_by"),
        "away" => Some("record_away_until"),
        _ => None,
    }
}

/// The form; `done` runs after the engine saved the event.
pub fn record_form(
    doc: &Document,
    state: &State,
    view: &Listeners,
    done: impl Fn() + 'static,
) -> Element {
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
    let zone = zone_for(state.profile.timezone.as_deref());
    let now_here = to_local(zone.as_ref(), super::now()).naive_local();
    let when = el(doc, "input", "");
    attr(&when, "type", "datetime-local");
    attr(&when, "max", &input_date_time(now_here));
    set_value(&when, &input_date_time(now_here));
    field(doc, &form, "record-when", &text("record_when"), &when);
    let day = el(doc, "input", "");
    attr(&day, "type", "date");
    let day_row = field(doc, &form, "record-day", &text("record_later_by"), &day);
    show(&day_row, day_label(&value_of(&what)).is_some());
    let (save, status) = submit_row(doc, &form, &text("record_save"));
    add(&section, &form);
    {
        let (what, day_row) = (what.clone(), day_row.clone());
        view.on(&what.clone(), "change", move |_| {
            let label = day_label(&value_of(&what));
            show(&day_row, label.is_some());
            if let Some(caption) = day_row.query_selector("label").ok().flatten() {
                caption.set_text_content(label.map(text).as_deref());
            }
        });
    }
    let done = std::rc::Rc::new(done);
    view.on_submit(&form, move || {
        // The button waits for the answer: a second click while it is out records nothing.
        if save.has_attribute("disabled") {
            return;
        }
        // A time in the future is not something that happened: it is taken as now.
        let at = parse_wall_clock(&value_of(&when))
            .map(|local| at_local(zone.as_ref(), local))
            .map_or_else(super::now, |at| at.min(super::now()));
        let Some(event) = event_for(&value_of(&what), &value_of(&day), at) else {
            return;
        };
        let message = UiToEngine::Record {
            process: value_of(&process),
            event,
        };
        let (status, done, save) = (status.clone(), done.clone(), save.clone());
        attr(&save, "disabled", "");
        spawn_local(async move {
            match ask_engine(&message).await {
                Ok(EngineToUi::Error { message }) | Err(message) => {
                    let _ = save.remove_attribute("disabled");
                    status.set_text_content(Some(&text_with("record_failed", &[&message])))
                }
                // Recorded: the page draws itself again with a fresh form. The button stays
                // disabled until then, so a double click's second half records nothing.
                Ok(_) => done(),
            }
        });
    });
    section
}
