//! One application's page, read top-down: what is planned next and the people first; then
//! its rounds, notes, references, timeline and details (company, role, rank), each a part
//! with its count that opens on demand; everything editable in place.

use super::{
    archive_toggle, button, fold, notes, open_fold, people, rounds, section, stage_label,
    status_line, Page,
};
use crate::core::model::{Event, Process};
use crate::core::stage::{stage_of, Stage};
use crate::web::dom::{add, attr, el, field, set_value, text_el, value_of};
use crate::web::i18n::text;
use crate::web::messages::UiToEngine;
use crate::web::record::record_form;
use crate::web::timeline::event_list;
use crate::web::views::{action_card, process_label, send_change};
use web_sys::Element;

/// The page of `process`.
pub(super) fn application_page(page: &Page, process: &Process) -> Element {
    let doc = &page.doc;
    let main = el(doc, "div", "application");
    attr(&main, "data-process", &process.id);
    let back = text_el(doc, "a", "back", &text("dash_back"));
    attr(&back, "href", "#");
    add(&main, &back);
    add(&main, &text_el(doc, "h1", "", &process_label(process)));
    let stage = stage_of(process, page.now);
    let stage_text = stage_label(stage);
    let stage_line = text_el(doc, "p", "stage", &stage_text);
    attr(&stage_line, "data-stage", stage.as_str());
    add(&main, &stage_line);
    add(&main, &next_steps(page, process));
    add(&main, &people::people(page, process));
    add(&main, &rounds::rounds(page, process));
    add(&main, &notes::notes(page, process));
    add(&main, &notes::references(page, process));
    add(&main, &timeline(page, process));
    add(&main, &details(page, process));
    add(&main, &ending_tools(page, process, stage));
    main
}

/// What the plan holds for this application, as the popup shows it.
fn next_steps(page: &Page, process: &Process) -> Element {
    let doc = &page.doc;
    let part = section(page, "next", &text("dash_next_heading"));
    let list = el(doc, "ul", "actions");
    for action in page.actions.iter().filter(|a| a.process == process.id) {
        add(
            &list,
            &action_card(doc, &page.state, action, page.zone.as_ref()),
        );
    }
    if list.child_element_count() == 0 && process.interviews.is_empty() {
        // A new application: the one thing that starts the plan is its interview.
        add(
            &part,
            &text_el(doc, "p", "empty", &text("dash_next_add_round")),
        );
        let go = button(page, "next-add-round", &text("dash_add_round"), "");
        page.view
            .on(&go, "click", |_| open_fold("rounds", "round-new-start"));
        add(&part, &go);
    } else if list.child_element_count() == 0 {
        add(
            &part,
            &text_el(doc, "p", "empty", &text("dash_nothing_next")),
        );
    } else {
        add(&part, &list);
    }
    part
}

/// Company, role and rank (1 is the first choice, for the competing-offer flow).
fn details(page: &Page, process: &Process) -> Element {
    let doc = &page.doc;
    let part = fold(page, "details", &text("dash_details_heading"), None, false);
    let form = el(doc, "form", "");
    attr(&form, "aria-labelledby", "details-heading");
    let company = el(doc, "input", "");
    attr(&company, "required", "");
    set_value(&company, &process.company);
    field(
        doc,
        &form,
        "details-company",
        &text("field_company"),
        &company,
    );
    let role = el(doc, "input", "");
    set_value(&role, &process.role);
    field(doc, &form, "details-role", &text("field_role"), &role);
    let rank = el(doc, "input", "");
    attr(&rank, "type", "number");
    attr(&rank, "min", "1");
    attr(&rank, "max", "99");
    attr(&rank, "aria-describedby", "details-rank-help");
    set_value(
        &rank,
        &process
            .preference
            .map(|p| p.to_string())
            .unwrap_or_default(),
    );
    field(doc, &form, "details-rank", &text("field_preference"), &rank);
    let help = text_el(doc, "p", "help", &text("dash_rank_help"));
    attr(&help, "id", "details-rank-help");
    add(&form, &help);
    let save = text_el(doc, "button", "", &text("dash_save"));
    attr(&save, "type", "submit");
    attr(&save, "id", "details-save");
    add(&form, &save);
    let status = status_line(page);
    add(&form, &status);
    add(&part, &form);
    let (page_, base) = (page.clone(), process.clone());
    page.view.on_submit(&form, move || {
        let mut edited = base.clone();
        edited.company = value_of(&company);
        edited.role = value_of(&role);
        edited.preference = value_of(&rank).trim().parse().ok().filter(|r| *r > 0);
        page_.save(edited, &status);
    });
    part
}

/// Every event of this application, newest first, each editable; and the form that
/// records what happened.
fn timeline(page: &Page, process: &Process) -> Element {
    let count = Some(process.events.len());
    let part = fold(page, "history", &text("timeline_title"), count, false);
    let mut events: Vec<(&Process, &Event)> = process.events.iter().map(|e| (process, e)).collect();
    events.sort_by_key(|(_, e)| std::cmp::Reverse(e.at));
    if events.is_empty() {
        add(
            &part,
            &text_el(&page.doc, "p", "empty", &text("dash_no_events")),
        );
    } else {
        add(
            &part,
            &event_list(
                &page.doc,
                &events,
                false,
                page.zone.clone(),
                &page.view,
                super::redraw(),
            ),
        );
    }
    let redraw = super::redraw();
    let form = record_form(&page.doc, &page.state, &page.view, move || redraw());
    if let Some(select) = form.query_selector("#record-process").ok().flatten() {
        set_value(&select, &process.id);
    }
    add(&part, &form);
    part
}

/// Archive (or bring back) and delete this application.
fn ending_tools(page: &Page, process: &Process, stage: Stage) -> Element {
    let doc = &page.doc;
    let part = el(doc, "p", "ending-tools");
    let (label, change) = archive_toggle(process, stage);
    let archive = button(page, "page-archive", &text(label), "secondary");
    let delete = button(
        page,
        "page-delete",
        &text("dash_delete"),
        "secondary danger",
    );
    let status = status_line(page);
    {
        let (page_, status) = (page.clone(), status.clone());
        page.view.on(&archive, "click", move |_| {
            page_.send(change.clone(), &status)
        });
    }
    {
        let (status, id) = (status.clone(), process.id.clone());
        page.view.on(&delete, "click", move |_| {
            // Once it is gone, back to the list (drawn on the address change), where
            // Undo brings it back.
            send_change(
                UiToEngine::DeleteApplication {
                    process: id.clone(),
                },
                std::rc::Rc::new(|| super::go("")),
                status.clone(),
            );
        });
    }
    add(&part, &archive);
    add(&part, &delete);
    add(&part, &status);
    part
}
