//! "What happened so far": recorded events, newest first (the latest few of every
//! application in the popup, all of one application on its page), each with its time
//! (which can be set earlier: "they replied yesterday") and a Delete button. Every
//! change goes through the engine by the event's id, and can be undone.

use super::dom::Listeners;
use super::dom::{add, attr, el, set_value, text_el, value_of};
use super::i18n::{text, text_with};
use super::messages::UiToEngine;
use super::views::send_change;
use crate::core::calendar::{at_local, to_local, Zone};
use crate::core::dates::{input_date_time, parse_wall_clock};
use crate::core::model::{ActionKind, Event, EventKind, Process, ReplySays, State};
use std::rc::Rc;
use web_sys::{Document, Element};

/// How many events the popup lists.
const SHOWN: usize = 10;

/// What an event records, in words: "Reply from Morgan Diaz: a decision comes later".
fn describe(process: &Process, event: &Event) -> String {
    let who = |id: Option<&str>| {
        id.map(|id| process.contact(id).map_or(id, |c| c.name.as_str()))
            .unwrap_or(&process.company)
            .to_string()
    };
    match event.kind {
        EventKind::Sent => {
            let to: Vec<String> = event.to.iter().map(|id| who(Some(id))).collect();
            text_with(
                "timeline_sent",
                &[&text(purpose_key(event.purpose)), &to.join(", ")],
            )
        }
        EventKind::Reply => {
            let says = match event.says {
                Some(ReplySays::Later) => "record_reply_later",
                Some(ReplySays::NextRound) => "record_reply_next_round",
                Some(ReplySays::Rejection) => "record_reply_rejection",
                Some(ReplySays::Offer) => "record_reply_offer",
                Some(ReplySays::Other) | None => "timeline_reply_other",
            };
            text_with(
                "timeline_reply",
                &[&who(event.from.as_deref()), &text(says)],
            )
        }
        EventKind::Away => text_with("timeline_away", &[&who(event.from.as_deref())]),
        EventKind::ReferencesRequested => text("record_references_requested"),
        EventKind::Delay => text("record_delay"),
        EventKind::Accepted => text("record_accepted"),
        EventKind::Withdrawn => text("record_withdrawn"),
        EventKind::Closed => text("timeline_closed"),
    }
}

/// The UI string naming what a sent message was for.
fn purpose_key(purpose: Option<ActionKind>) -> &'static str {
    match purpose {
        Some(ActionKind::ThankYou) => "purpose_thank_you",
        Some(ActionKind::Card) => "purpose_card",
        Some(ActionKind::LinkedinConnect) => "purpose_linkedin_connect",
        Some(ActionKind::LinkedinMessage) => "purpose_linkedin_message",
        Some(ActionKind::ReferenceHeadsUp) => "purpose_reference_heads_up",
        Some(ActionKind::CheckIn) => "purpose_check_in",
        Some(ActionKind::Reply) => "purpose_reply",
        Some(ActionKind::Expedite) => "purpose_expedite",
        Some(ActionKind::Withdraw) => "purpose_withdraw",
        Some(ActionKind::GraciousReply) => "purpose_gracious_reply",
        _ => "purpose_other",
    }
}

/// The section; `done` runs after the engine saved a change.
pub fn recent_events(
    doc: &Document,
    state: &State,
    zone: Rc<dyn Zone>,
    view: &Listeners,
    done: Rc<dyn Fn()>,
) -> Option<Element> {
    let mut events: Vec<(&Process, &Event)> = state
        .processes
        .iter()
        .flat_map(|p| p.events.iter().map(move |e| (p, e)))
        .filter(|(_, e)| e.id.is_some())
        .collect();
    if events.is_empty() {
        return None;
    }
    events.sort_by_key(|(_, e)| std::cmp::Reverse(e.at));
    let section = el(doc, "details", "timeline");
    add(
        &section,
        &text_el(doc, "summary", "", &text("timeline_title")),
    );
    events.truncate(SHOWN);
    add(&section, &event_list(doc, &events, true, zone, view, done));
    Some(section)
}

/// The events as a list, in the order given; `with_company` puts the company before what
/// happened (for a list that mixes applications).
pub fn event_list(
    doc: &Document,
    events: &[(&Process, &Event)],
    with_company: bool,
    zone: Rc<dyn Zone>,
    view: &Listeners,
    done: Rc<dyn Fn()>,
) -> Element {
    let list = el(doc, "ul", "events");
    for (process, event) in events {
        let what = describe(process, event);
        let what = if with_company {
            format!("{} · {what}", process.company)
        } else {
            what
        };
        add(
            &list,
            &event_row(doc, process, event, &what, zone.clone(), view, done.clone()),
        );
    }
    list
}

/// One event: what it was, its time (editable) with "Save time", and "Delete".
fn event_row(
    doc: &Document,
    process: &Process,
    event: &Event,
    what: &str,
    zone: Rc<dyn Zone>,
    view: &Listeners,
    done: Rc<dyn Fn()>,
) -> Element {
    let row = el(doc, "li", "event");
    let id = event.id.clone().unwrap_or_default();
    attr(&row, "data-event", &id);
    let label = text_el(doc, "p", "event-what", what);
    attr(&label, "title", what);
    add(&row, &label);
    let when = el(doc, "input", "");
    attr(&when, "type", "datetime-local");
    attr(&when, "aria-label", &text_with("timeline_when", &[what]));
    let now_here = to_local(zone.as_ref(), super::now()).naive_local();
    attr(&when, "max", &input_date_time(now_here));
    set_value(
        &when,
        &input_date_time(to_local(zone.as_ref(), event.at).naive_local()),
    );
    add(&row, &when);
    let save = text_el(doc, "button", "secondary", &text("timeline_save_time"));
    attr(&save, "type", "button");
    let delete = text_el(doc, "button", "secondary", &text("timeline_delete"));
    attr(&delete, "type", "button");
    attr(
        &delete,
        "aria-label",
        &text_with("timeline_delete_named", &[what]),
    );
    // Stable ids: a page drawn again (a change elsewhere) gives the focus back to the
    // same control, so a keyboard user is where they were.
    let key = format!("event-{}-{id}", process.id);
    attr(&when, "id", &format!("{key}-when"));
    attr(&save, "id", &format!("{key}-save"));
    attr(&delete, "id", &format!("{key}-delete"));
    add(&row, &save);
    add(&row, &delete);
    let status = el(doc, "p", "status");
    attr(&status, "role", "status");
    add(&row, &status);
    {
        let (process, event, done, status) = (
            process.id.clone(),
            event.clone(),
            done.clone(),
            status.clone(),
        );
        view.on(&save, "click", move |_| {
            let Some(local) = parse_wall_clock(&value_of(&when)) else {
                return;
            };
            let mut corrected = event.clone();
            corrected.at = at_local(zone.as_ref(), local).min(super::now());
            send_change(
                UiToEngine::EditEvent {
                    process: process.clone(),
                    event: corrected,
                },
                done.clone(),
                status.clone(),
            );
        });
    }
    let process = process.id.clone();
    view.on(&delete, "click", move |_| {
        send_change(
            UiToEngine::DeleteEvent {
                process: process.clone(),
                id: id.clone(),
            },
            done.clone(),
            status.clone(),
        );
    });
    row
}
