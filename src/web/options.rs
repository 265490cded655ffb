//! The options page: the user's profile (name, email, time zone, LinkedIn note limit)
//! and an export of everything stored.

use super::browser::{self, Area};
use super::dom::{
    add, attr, by_id, clear, document, el, field, select, set_value, show, submit_row, text_el,
    value_of, Listeners,
};
use super::i18n::{text, text_with};
use super::intl::{zone_for, IntlZone};
use super::keys::BACKUP_KEY;
use super::messages::{ask_engine, EngineToUi as Answer, ImportMode, UiToEngine};
use super::views::{load_overview, process_label};
use crate::core::calendar::local_date;
use crate::core::dates::{input_date_time, parse_wall_clock, spoken_date};
use crate::core::edit::{form_of, timeline_reading_day, ApplicationForm, RoundChange};
use crate::core::ics::calendar;
use crate::core::model::{decode_value, parse_state, Profile, State};
use crate::core::when::read_deadline;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use web_sys::{Document, Element, HtmlInputElement, HtmlSelectElement};

/// Entry point called by `options.js`.
#[wasm_bindgen]
pub async fn options_start() {
    let Some(doc) = document() else { return };
    super::i18n::translate_page(&doc);
    let Some(root) = by_id(&doc, "app") else {
        return;
    };
    let root: Element = root.into();
    let Some(overview) = load_overview(&doc, &root).await else {
        return;
    };
    // A document the engine could not use is offered as it is, untouched, for as long as
    // it is kept (also after an import replaced it), with its own button to delete it.
    let kept = browser::stored(Area::Local, BACKUP_KEY)
        .await
        .ok()
        .flatten();
    if let Some(value) = kept {
        let kept_json = js_sys::JSON::stringify(&value)
            .ok()
            .and_then(|t| t.as_string())
            .unwrap_or_default();
        let section = download_section(
            &doc,
            &text("options_kept_heading"),
            &text("options_kept_explanation"),
            &text("options_kept_link"),
            "afterview-kept-copy.json",
            &kept_json,
        );
        add(&section, &delete_kept_button(&doc));
        add(&root, &section);
    }
    add(&root, &application_form(&doc, &overview.state));
    add(&root, &profile_form(&doc, &overview.state.profile));
    add(&root, &export_section(&doc));
    let ics = calendar(&overview.state, &overview.actions, super::now());
    add(
        &root,
        &download_section(
            &doc,
            &text("options_calendar_heading"),
            &text("options_calendar_explanation"),
            &text("options_calendar_link"),
            "afterview-follow-ups.ics",
            &ics,
        ),
    );
    add(&root, &import_section(&doc));
    add(&root, &delete_section(&doc));
}

fn text_input(doc: &Document, value: &str, kind: &str) -> Element {
    let input = el(doc, "input", "");
    attr(&input, "type", kind);
    set_value(&input, value);
    input
}

fn profile_form(doc: &Document, profile: &Profile) -> Element {
    let form = el(doc, "form", "profile");
    attr(&form, "aria-label", &text("options_profile_label"));
    add(
        &form,
        &text_el(doc, "h2", "", &text("options_profile_heading")),
    );
    let name = text_input(doc, &profile.name, "text");
    field(
        doc,
        &form,
        "profile-name",
        &text("options_profile_name"),
        &name,
    );
    let email = text_input(doc, profile.email.as_deref().unwrap_or(""), "email");
    field(
        doc,
        &form,
        "profile-email",
        &text("options_profile_email"),
        &email,
    );
    let zone_name = profile
        .timezone
        .clone()
        .unwrap_or_else(IntlZone::browser_zone_name);
    let zone = text_input(doc, &zone_name, "text");
    field(
        doc,
        &form,
        "profile-timezone",
        &text("options_profile_timezone"),
        &zone,
    );
    let limit = el(doc, "select", "");
    for (value, label) in [
        ("300", text("options_limit_premium")),
        ("200", text("options_limit_free")),
    ] {
        let option = text_el(doc, "option", "", &label);
        attr(&option, "value", value);
        if profile.note_limit().to_string() == value {
            attr(&option, "selected", "");
        }
        add(&limit, &option);
    }
    field(
        doc,
        &form,
        "profile-limit",
        &text("options_profile_limit"),
        &limit,
    );
    let reading = el(doc, "input", "");
    attr(&reading, "type", "checkbox");
    if profile.read_replies {
        attr(&reading, "checked", "");
    }
    field(
        doc,
        &form,
        "profile-read-replies",
        &text("options_profile_read_replies"),
        &reading,
    );
    let (_, status) = submit_row(doc, &form, &text("options_profile_save"));
    let base = profile.clone();
    page_listeners().on_submit(&form, move || {
        let value = |e: &Element| value_of(e).trim().to_string();
        let mut profile = base.clone();
        profile.name = value(&name);
        profile.email = Some(value(&email)).filter(|e| !e.is_empty());
        let tz = value(&zone);
        if !tz.is_empty() && IntlZone::new(&tz).is_none() {
            status.set_text_content(Some(&text_with("options_unknown_zone", &[&tz])));
            return;
        }
        profile.timezone = Some(tz).filter(|t| !t.is_empty());
        profile.linkedin_note_limit = limit
            .dyn_ref::<HtmlSelectElement>()
            .and_then(|s| s.value().parse().ok());
        profile.read_replies = reading
            .dyn_ref::<HtmlInputElement>()
            .is_some_and(HtmlInputElement::checked);
        let status = status.clone();
        spawn_local(async move {
            let said = match ask_engine(&UiToEngine::SaveProfile { profile }).await {
                Ok(Answer::Error { message }) | Err(message) => {
                    text_with("options_not_saved", &[&message])
                }
                Ok(_) => text("options_saved"),
            };
            status.set_text_content(Some(&said));
        });
    });
    form
}

/// A section of the page (class `class`): its heading, then a paragraph that explains it.
fn titled_section(doc: &Document, class: &str, heading: &str, explanation: &str) -> Element {
    let section = el(doc, "section", class);
    add(&section, &text_el(doc, "h2", "", heading));
    add(&section, &text_el(doc, "p", "", explanation));
    section
}

/// A section with a heading, an explanation and a link that downloads `content` as a file.
fn download_section(
    doc: &Document,
    heading: &str,
    explanation: &str,
    label: &str,
    file_name: &str,
    content: &str,
) -> Element {
    let section = titled_section(doc, "export", heading, explanation);
    add(&section, &blob_link(doc, label, file_name, content));
    section
}

/// A link that downloads `content` as `file_name`.
fn blob_link(doc: &Document, label: &str, file_name: &str, content: &str) -> Element {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(if file_name.ends_with(".ics") {
        "text/calendar"
    } else {
        "application/json"
    });
    let link = text_el(doc, "a", "button", label);
    if let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) {
        if let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) {
            attr(&link, "href", &url);
        }
    }
    attr(&link, "download", file_name);
    link
}

/// Export: a button that writes the state as the engine holds it at the moment of the
/// click (not as it was when the page opened) to a file.
fn export_section(doc: &Document) -> Element {
    let section = titled_section(
        doc,
        "export",
        &text("options_export_heading"),
        &text("options_export_explanation"),
    );
    let button = text_el(doc, "button", "button", &text("options_export_link"));
    attr(&button, "type", "button");
    let status = el(doc, "p", "status");
    attr(&status, "role", "status");
    add(&section, &button);
    add(&section, &status);
    page_listeners().on(&button, "click", move |_| {
        let status = status.clone();
        spawn_local(async move {
            match ask_engine(&UiToEngine::Overview).await {
                Ok(Answer::Overview { state, .. }) => {
                    let json = serde_json::to_string_pretty(&state).unwrap_or_default();
                    save_file("afterview-export.json", &json);
                }
                Ok(Answer::Error { message }) | Err(message) => {
                    status.set_text_content(Some(&text_with("engine_no_answer", &[&message])))
                }
                Ok(_) => {}
            }
        });
    });
    section
}

/// Offers `content` as a download named `file_name`, as a link the user clicked would.
fn save_file(file_name: &str, content: &str) {
    let Some(doc) = document() else { return };
    let link = blob_link(&doc, "", file_name, content);
    if let Some(body) = doc.body() {
        let _ = body.append_child(&link);
        if let Some(html) = link.dyn_ref::<web_sys::HtmlElement>() {
            html.click();
        }
        link.remove();
    }
}

/// "Delete the kept copy": removes the copy of a document the engine could not read (a
/// second click confirms).
fn delete_kept_button(doc: &Document) -> Element {
    let button = text_el(doc, "button", "danger", &text("options_delete_kept"));
    attr(&button, "type", "button");
    let armed = std::rc::Rc::new(std::cell::Cell::new(false));
    let target = button.clone();
    page_listeners().on(&button, "click", move |_| {
        if !armed.replace(true) {
            target.set_text_content(Some(&text("options_delete_kept_confirm")));
            return;
        }
        let button = target.clone();
        spawn_local(async move {
            let said = match ask_engine(&UiToEngine::DeleteKeptCopy).await {
                Ok(Answer::Error { message }) | Err(message) => {
                    text_with("options_not_deleted", &[&message])
                }
                Ok(_) => text("options_kept_deleted"),
            };
            button.set_text_content(Some(&said));
        });
    });
    button
}

/// Import: pick a file, see what it holds (or exactly why it is refused), then replace or
/// merge. Nothing changes before the user picks one of the two.
fn import_section(doc: &Document) -> Element {
    let section = titled_section(
        doc,
        "import",
        &text("options_import_heading"),
        &text("options_import_explanation"),
    );
    let input = el(doc, "input", "");
    attr(&input, "type", "file");
    attr(&input, "accept", ".json,application/json");
    field(
        doc,
        &section,
        "import-file",
        &text("options_import_file"),
        &input,
    );
    let preview = el(doc, "p", "import-preview");
    attr(&preview, "role", "status");
    add(&section, &preview);
    let problem = el(doc, "p", "problem");
    attr(&problem, "role", "alert");
    attr(&problem, "hidden", "");
    add(&section, &problem);
    let replace = text_el(doc, "button", "", &text("options_import_replace"));
    let merge = text_el(doc, "button", "secondary", &text("options_import_merge"));
    for b in [&replace, &merge] {
        attr(b, "type", "button");
        attr(b, "hidden", "");
        add(&section, b);
    }
    let chosen = Rc::new(RefCell::new(String::new()));
    {
        let (chosen, preview, problem) = (chosen.clone(), preview.clone(), problem.clone());
        let buttons = [replace.clone(), merge.clone()];
        page_listeners().on(&input.clone(), "change", move |_| {
            let Some(file) = input
                .dyn_ref::<HtmlInputElement>()
                .and_then(|i| i.files())
                .and_then(|f| f.get(0))
            else {
                return;
            };
            let (chosen, preview, problem, buttons) = (
                chosen.clone(),
                preview.clone(),
                problem.clone(),
                buttons.clone(),
            );
            spawn_local(async move {
                let read = wasm_bindgen_futures::JsFuture::from(file.text()).await;
                let content = read.ok().and_then(|v| v.as_string()).unwrap_or_default();
                let shown = match parse_state(&content) {
                    Ok(state) => {
                        let contacts: usize =
                            state.processes.iter().map(|p| p.contacts.len()).sum();
                        let events: usize = state.processes.iter().map(|p| p.events.len()).sum();
                        *chosen.borrow_mut() = content;
                        Ok(text_with(
                            "options_import_preview",
                            &[
                                &file.name(),
                                &state.processes.len().to_string(),
                                &contacts.to_string(),
                                &events.to_string(),
                            ],
                        ))
                    }
                    Err(e) => Err(text_with(
                        "options_import_refused",
                        &[&file.name(), &e.to_string()],
                    )),
                };
                let ok = shown.is_ok();
                preview.set_text_content(shown.as_ref().ok().map(String::as_str));
                problem.set_text_content(shown.as_ref().err().map(String::as_str));
                show(&problem, !ok);
                for b in &buttons {
                    show(b, ok);
                }
            });
        });
    }
    for (button, mode) in [(&replace, ImportMode::Replace), (&merge, ImportMode::Merge)] {
        let (chosen, preview) = (chosen.clone(), preview.clone());
        page_listeners().on(button, "click", move |_| {
            let Ok(document) = serde_json::from_str(&chosen.borrow()) else {
                return;
            };
            let preview = preview.clone();
            spawn_local(async move {
                let said = match ask_engine(&UiToEngine::Import { document, mode }).await {
                    Ok(Answer::Imported { summary }) => text_with(
                        "options_imported",
                        &[
                            &summary.processes.to_string(),
                            &summary.contacts.to_string(),
                            &summary.entries.to_string(),
                        ],
                    ),
                    Ok(Answer::Error { message }) | Err(message) => message,
                    Ok(_) => text("options_imported_plain"),
                };
                preview.set_text_content(Some(&said));
            });
        });
    }
    section
}

/// Delete all data: a second click confirms.
fn delete_section(doc: &Document) -> Element {
    let section = titled_section(
        doc,
        "delete",
        &text("options_delete_heading"),
        &text("options_delete_explanation"),
    );
    let button = text_el(doc, "button", "danger", &text("options_delete_button"));
    attr(&button, "type", "button");
    let status = el(doc, "p", "status");
    attr(&status, "role", "status");
    add(&section, &button);
    add(&section, &status);
    let armed = std::rc::Rc::new(std::cell::Cell::new(false));
    page_listeners().on(&button.clone(), "click", move |_| {
        if !armed.replace(true) {
            button.set_text_content(Some(&text("options_delete_confirm")));
            return;
        }
        let status = status.clone();
        spawn_local(async move {
            let said = match ask_engine(&UiToEngine::DeleteAll).await {
                Ok(Answer::Error { message }) | Err(message) => {
                    text_with("options_not_deleted", &[&message])
                }
                Ok(_) => text("options_deleted"),
            };
            status.set_text_content(Some(&said));
        });
    });
    section
}

/// Add or edit an application: the company, role, the interview and who was there, what
/// they said about timing (read live into dates by the core's `when`), and notes.
/// The form offers: "A new application" or a process already there, whose latest
/// interview, people, timeline and notes fill the form (core `edit::form_of`).
fn application_form(doc: &Document, state: &State) -> Element {
    let form = el(doc, "form", "application");
    attr(&form, "aria-label", &text("options_app_heading"));
    add(&form, &text_el(doc, "h2", "", &text("options_app_heading")));
    let input = |kind: &str, value: &str| text_input(doc, value, kind);
    let which = el(doc, "select", "");
    field(doc, &form, "app-which", &text("field_application"), &which);
    fill_choices(doc, &which, state, "");
    let round = select(
        doc,
        &[
            ("correct_latest", text("options_round_correct")),
            ("add_round", text("options_round_add")),
        ],
    );
    let round_row = field(doc, &form, "app-round", &text("options_app_round"), &round);
    show(&round_row, false);
    let company = input("text", "");
    attr(&company, "required", "");
    field(
        doc,
        &form,
        "app-company",
        &text("options_app_company"),
        &company,
    );
    let role = input("text", "");
    field(doc, &form, "app-role", &text("options_app_role"), &role);
    let start = input("datetime-local", "");
    attr(&start, "required", "");
    field(doc, &form, "app-start", &text("options_app_start"), &start);
    let minutes = input("number", "60");
    attr(&minutes, "min", "1");
    field(
        doc,
        &form,
        "app-minutes",
        &text("options_app_minutes"),
        &minutes,
    );
    let format = select(
        doc,
        &[
            ("video", text("options_format_video")),
            ("phone", text("options_format_phone")),
            ("onsite", text("options_format_onsite")),
            ("multi_day", text("options_format_multi_day")),
            ("with_meal", text("options_format_with_meal")),
        ],
    );
    field(
        doc,
        &form,
        "app-format",
        &text("options_app_format"),
        &format,
    );
    let people = text_el(doc, "textarea", "", "");
    field(
        doc,
        &form,
        "app-people",
        &text("options_app_people"),
        &people,
    );
    let timeline = input("text", "");
    field(
        doc,
        &form,
        "app-timeline",
        &text("options_app_timeline"),
        &timeline,
    );
    let reading = el(doc, "p", "reading");
    attr(&reading, "id", "timeline-reading");
    attr(&reading, "aria-live", "polite");
    add(&form, &reading);
    let details = text_el(doc, "textarea", "", "");
    field(
        doc,
        &form,
        "app-details",
        &text("options_app_details"),
        &details,
    );
    let needs = text_el(doc, "textarea", "", "");
    field(doc, &form, "app-needs", &text("options_app_needs"), &needs);
    let references = text_el(doc, "textarea", "", "");
    field(
        doc,
        &form,
        "app-references",
        &text("options_app_references"),
        &references,
    );
    let preference = input("number", "");
    attr(&preference, "min", "1");
    field(
        doc,
        &form,
        "app-preference",
        &text("options_app_preference"),
        &preference,
    );
    let (save, status) = submit_row(doc, &form, &text("options_app_add"));
    let controls = FormControls {
        company,
        role,
        start,
        minutes,
        format,
        people,
        timeline: timeline.clone(),
        details,
        needs,
        references,
        preference,
    };
    let zone = zone_for(state.profile.timezone.as_deref());
    let read_timeline = {
        let (timeline, reading, controls) = (timeline.clone(), reading.clone(), controls.clone());
        move || {
            let sentence = value_of(&timeline);
            // Read against the interview's day on the user's clock, as the planner does.
            let day = timeline_reading_day(
                parse_wall_clock(&value_of(&controls.start)),
                value_of(&controls.minutes).parse().unwrap_or(0),
                local_date(zone.as_ref(), super::now()),
            );
            let window = read_deadline(&sentence, day);
            let said = match (window.earliest, window.latest) {
                _ if sentence.trim().is_empty() => String::new(),
                (_, Some(latest)) => text_with("options_reads_as", &[&spoken_date(latest)]),
                _ => text("options_reads_no_date"),
            };
            reading.set_text_content(Some(&said));
        }
    };
    let state = Rc::new(RefCell::new(state.clone()));
    for source in [&timeline, &controls.start, &controls.minutes] {
        let read_timeline = read_timeline.clone();
        page_listeners().on(source, "input", move |_| read_timeline());
    }
    {
        let (which, controls, state, save, status) = (
            which.clone(),
            controls.clone(),
            state.clone(),
            save.clone(),
            status.clone(),
        );
        page_listeners().on(&which.clone(), "change", move |_| {
            let chosen = value_of(&which);
            let state = state.borrow();
            let process = state.processes.iter().find(|p| p.id == chosen);
            let blank = ApplicationForm {
                minutes: 60,
                ..ApplicationForm::default()
            };
            let filled = process.map_or(blank, |p| {
                form_of(p, zone_for(state.profile.timezone.as_deref()).as_ref())
            });
            controls.fill(&filled, process.is_some_and(|p| !p.interviews.is_empty()));
            show(&round_row, process.is_some());
            save.set_text_content(Some(&text(if process.is_some() {
                "options_app_save"
            } else {
                "options_app_add"
            })));
            status.set_text_content(None);
            read_timeline();
        });
    }
    open_requested_application(&which);
    page_listeners().on_submit(&form, move || {
        let status = status.clone();
        let application: ApplicationForm = match decode_value(controls.read()) {
            Ok(application) => application,
            Err(e) => {
                status.set_text_content(Some(&text_with("options_not_saved", &[&e.to_string()])));
                return;
            }
        };
        let chosen = value_of(&which);
        let message = if chosen.is_empty() {
            UiToEngine::AddApplication { application }
        } else {
            let round = if value_of(&round) == "add_round" {
                RoundChange::AddRound
            } else {
                RoundChange::CorrectLatest
            };
            UiToEngine::EditApplication {
                process: chosen.clone(),
                application,
                round,
            }
        };
        let (doc, which, state) = (document(), which.clone(), state.clone());
        spawn_local(async move {
            let said = match ask_engine(&message).await {
                Ok(Answer::Error { message }) | Err(message) => {
                    text_with("options_not_saved", &[&message])
                }
                Ok(_) => {
                    // The list of applications follows what was just saved.
                    if let (Ok(Answer::Overview { state: fresh, .. }), Some(doc)) =
                        (ask_engine(&UiToEngine::Overview).await, doc)
                    {
                        fill_choices(&doc, &which, &fresh, &chosen);
                        *state.borrow_mut() = fresh;
                    }
                    text(if chosen.is_empty() {
                        "options_app_added"
                    } else {
                        "options_app_saved"
                    })
                }
            };
            status.set_text_content(Some(&said));
        });
    });
    form
}

/// The popup links to `options.html#application=ID` to add a round or references to one
/// application: that application is chosen and its form filled.
fn open_requested_application(which: &Element) {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    let Some(id) = hash.strip_prefix("#application=") else {
        return;
    };
    let id = js_sys::decode_uri_component(id)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default();
    set_value(which, &id);
    if value_of(which) == id {
        if let Ok(change) = web_sys::Event::new("change") {
            let _ = which.dispatch_event(&change);
        }
    }
}

/// The choices of the form's first select: a new application, then each process.
fn fill_choices(doc: &Document, select: &Element, state: &State, selected: &str) {
    clear(select);
    let new = text_el(doc, "option", "", &text("options_app_new"));
    attr(&new, "value", "");
    add(select, &new);
    for process in &state.processes {
        let option = text_el(doc, "option", "", &process_label(process));
        attr(&option, "value", &process.id);
        add(select, &option);
    }
    set_value(select, selected);
}

/// The controls of the application form, read into and filled from an [`ApplicationForm`].
#[derive(Clone)]
struct FormControls {
    company: Element,
    role: Element,
    start: Element,
    minutes: Element,
    format: Element,
    people: Element,
    timeline: Element,
    details: Element,
    needs: Element,
    references: Element,
    preference: Element,
}

impl FormControls {
    /// What the form says, as JSON for the core's decoder (which names a bad field).
    fn read(&self) -> serde_json::Value {
        serde_json::json!({
            "company": value_of(&self.company),
            "role": value_of(&self.role),
            "start": value_of(&self.start),
            "minutes": value_of(&self.minutes).parse::<u32>().unwrap_or(0),
            "format": value_of(&self.format),
            "interviewers": value_of(&self.people),
            "timeline": value_of(&self.timeline),
            "details": value_of(&self.details),
            "needs": value_of(&self.needs),
            "references": value_of(&self.references),
            "preference": value_of(&self.preference).trim().parse::<u32>().ok(),
        })
    }

    /// Shows `form`; the interview's start only when there is one to show.
    fn fill(&self, form: &ApplicationForm, has_interview: bool) {
        set_value(&self.company, &form.company);
        set_value(&self.role, &form.role);
        let start = if has_interview {
            input_date_time(form.start)
        } else {
            String::new()
        };
        set_value(&self.start, &start);
        set_value(&self.minutes, &form.minutes.to_string());
        let format = serde_json::to_value(form.format)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        set_value(&self.format, &format);
        set_value(&self.people, &form.interviewers);
        set_value(&self.timeline, &form.timeline);
        set_value(&self.details, &form.details);
        set_value(&self.needs, &form.needs);
        set_value(&self.references, &form.references);
        set_value(
            &self.preference,
            &form.preference.map_or_else(String::new, |p| p.to_string()),
        );
    }
}

thread_local! {
    /// The listeners of the options page, which is drawn once.
    static PAGE: Listeners = Listeners::default();
}

/// The options page's listeners.
fn page_listeners() -> Listeners {
    PAGE.with(Listeners::clone)
}
