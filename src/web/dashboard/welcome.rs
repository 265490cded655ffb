//! The welcome a new user sees first (the extension opens `dashboard.html#welcome` when
//! it is installed), in three steps: their name and time zone (drafts are signed with
//! the name), their first application, then how the checker and the reply reader work
//! and the promise that nothing leaves the device. Every step can be skipped, and the
//! list links back to it.

use super::{add_application, application_href, button, go, status_line, Page};
use crate::core::model::Profile;
use crate::web::dom::{add, attr, el, field, set_value, text_el, value_of};
use crate::web::i18n::{text, text_with};
use crate::web::intl::IntlZone;
use crate::web::messages::{ask_engine, EngineToUi, UiToEngine};
use crate::web::zones::{find_zone, zone_help, zone_input};
use std::cell::Cell;
use wasm_bindgen_futures::spawn_local;
use web_sys::Element;

/// The number of steps.
const STEPS: u8 = 3;

thread_local! {
    /// The step shown (1 to 3), kept while the page is open.
    static STEP: Cell<u8> = const { Cell::new(1) };
}

/// Shows step `n` (the page is drawn again).
fn step_to(n: u8) {
    STEP.with(|s| s.set(n));
    spawn_local(super::render());
}

/// The welcome at its current step.
pub(super) fn welcome(page: &Page) -> Element {
    let doc = &page.doc;
    let main = el(doc, "div", "welcome");
    add(&main, &text_el(doc, "h1", "", &text("dash_welcome_title")));
    let step = STEP.with(Cell::get);
    let counter = text_el(
        doc,
        "p",
        "step",
        &text_with("dash_step", &[&step.to_string(), &STEPS.to_string()]),
    );
    add(&main, &counter);
    let part = match step {
        1 => you(page),
        2 => first_application(page),
        _ => how_it_works(page),
    };
    attr(&part, "data-step", &step.to_string());
    add(&main, &part);
    let skip = button(
        page,
        "welcome-skip",
        &text("dash_welcome_skip"),
        "secondary",
    );
    page.view.on(&skip, "click", |_| {
        STEP.with(|s| s.set(1));
        go("");
    });
    add(&main, &skip);
    main
}

/// Step 1: the user's name (required: drafts are signed with it) and time zone.
fn you(page: &Page) -> Element {
    let doc = &page.doc;
    let form = el(doc, "form", "welcome-you");
    let h = text_el(doc, "h2", "", &text("dash_welcome_you"));
    attr(&h, "id", "welcome-you-heading");
    attr(&form, "aria-labelledby", "welcome-you-heading");
    add(&form, &h);
    add(
        &form,
        &text_el(doc, "p", "help", &text("dash_welcome_you_help")),
    );
    let name = el(doc, "input", "");
    attr(&name, "required", "");
    attr(&name, "autocomplete", "name");
    set_value(&name, &page.state.profile.name);
    field(
        doc,
        &form,
        "welcome-name",
        &text("options_profile_name"),
        &name,
    );
    let current = page
        .state
        .profile
        .timezone
        .clone()
        .unwrap_or_else(IntlZone::browser_zone_name);
    let zone = zone_input(doc, &form, "welcome-zone", &current);
    field(
        doc,
        &form,
        "welcome-zone",
        &text("options_profile_timezone"),
        &zone,
    );
    zone_help(doc, &form, &zone, "welcome-zone");
    let next = text_el(doc, "button", "", &text("dash_welcome_next"));
    attr(&next, "type", "submit");
    attr(&next, "id", "welcome-next-1");
    add(&form, &next);
    let status = status_line(page);
    add(&form, &status);
    let base = page.state.profile.clone();
    page.view.on_submit(&form, move || {
        let name = value_of(&name).trim().to_string();
        if name.is_empty() {
            status.set_text_content(Some(&text("dash_welcome_name_needed")));
            return;
        }
        let typed = value_of(&zone).trim().to_string();
        let found = find_zone(&typed);
        if !typed.is_empty() && found.is_none() {
            status.set_text_content(Some(&text_with("options_unknown_zone", &[&typed])));
            return;
        }
        let profile = Profile {
            name,
            timezone: found,
            ..base.clone()
        };
        let status = status.clone();
        let drawn = base.clone();
        spawn_local(async move {
            match ask_engine(&UiToEngine::SaveProfile {
                profile,
                base: Some(drawn),
            })
            .await
            {
                Ok(EngineToUi::Error { message }) | Err(message) => {
                    status.set_text_content(Some(&message))
                }
                Ok(_) => step_to(2),
            }
        });
    });
    form
}

/// Step 2: the first application (company and role; the rest on its page).
fn first_application(page: &Page) -> Element {
    let doc = &page.doc;
    let form = el(doc, "form", "welcome-application");
    let h = text_el(doc, "h2", "", &text("dash_welcome_application"));
    attr(&h, "id", "welcome-application-heading");
    attr(&form, "aria-labelledby", "welcome-application-heading");
    add(&form, &h);
    add(
        &form,
        &text_el(doc, "p", "help", &text("dash_welcome_application_help")),
    );
    let company = el(doc, "input", "");
    attr(&company, "required", "");
    field(
        doc,
        &form,
        "welcome-company",
        &text("field_company"),
        &company,
    );
    let role = el(doc, "input", "");
    field(doc, &form, "welcome-role", &text("field_role"), &role);
    let tools = el(doc, "p", "form-tools");
    let next = text_el(doc, "button", "", &text("dash_welcome_next"));
    attr(&next, "type", "submit");
    attr(&next, "id", "welcome-next-2");
    add(&tools, &next);
    let later = button(
        page,
        "welcome-later",
        &text("dash_welcome_later"),
        "secondary",
    );
    page.view.on(&later, "click", |_| step_to(3));
    add(&tools, &later);
    add(&form, &tools);
    let status = status_line(page);
    add(&form, &status);
    page.view.on_submit(&form, move || {
        add_application(value_of(&company), value_of(&role), status.clone(), |_| {
            step_to(3)
        });
    });
    form
}

/// Step 3: how the checker and the reply reader work, and the privacy promise.
fn how_it_works(page: &Page) -> Element {
    let doc = &page.doc;
    let part = el(doc, "section", "welcome-how");
    let h = text_el(doc, "h2", "", &text("dash_welcome_how"));
    attr(&h, "id", "welcome-how-heading");
    attr(&part, "aria-labelledby", "welcome-how-heading");
    add(&part, &h);
    let pin = el(doc, "div", "pin");
    add(
        &pin,
        &text_el(doc, "h3", "", &text("dash_welcome_pin_title")),
    );
    let steps = el(doc, "ol", "");
    for key in [
        "dash_welcome_pin_1",
        "dash_welcome_pin_2",
        "dash_welcome_pin_3",
    ] {
        add(&steps, &text_el(doc, "li", "", &text(key)));
    }
    add(&pin, &steps);
    add(&part, &pin);
    for key in [
        "dash_welcome_checker",
        "dash_welcome_reader",
        "dash_welcome_privacy",
    ] {
        add(&part, &text_el(doc, "p", "", &text(key)));
    }
    let first = page.state.processes.last().map(|p| p.id.clone());
    let done = button(page, "welcome-done", &text("dash_welcome_done"), "");
    page.view.on(&done, "click", move |_| {
        STEP.with(|s| s.set(1));
        go(&first.as_deref().map(application_href).unwrap_or_default());
    });
    add(&part, &done);
    part
}
