//! The options page: the user's profile (name, email, time zone, LinkedIn note limit)
//! and an export of everything stored.

use super::browser::{self, Area};
use super::dom::{
    add, attr, blob_link, by_id, document, el, field, save_file, set_value, show, submit_row,
    text_el, value_of, Listeners,
};
use super::i18n::{count, text, text_with};
use super::intl::IntlZone;
use super::keys::BACKUP_KEY;
use super::messages::{ask_engine, EngineToUi as Answer, ImportMode, UiToEngine};
use super::plain::document_problem;
use super::views::{load_overview, send_change, undo_bar, MAIL_SETTING};
use super::zones::{find_zone, zone_help, zone_input};
use crate::core::ics::calendar;
use crate::core::model::{parse_state, Profile, Spelling};
use crate::core::views::PageView;
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
    super::live::follow_store(&doc, root.clone(), options_start);
    let Some(overview) = load_overview(&doc, &root, PageView::Options).await else {
        return;
    };
    // Drawn again after an undo: the last drawing's listeners go with its elements.
    page_listeners().clear();
    if let Some(offer) = &overview.undo {
        let again: Rc<dyn Fn()> = Rc::new(|| spawn_local(options_start()));
        add(&root, &undo_bar(&doc, &page_listeners(), offer, again));
    }
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
    add(&root, &profile_form(&doc, &overview.state.profile));
    add(&root, &words_section(&doc, &overview.state.profile.words));
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
    let zone = zone_input(doc, &form, "profile-timezone", &zone_name);
    field(
        doc,
        &form,
        "profile-timezone",
        &text("options_profile_timezone"),
        &zone,
    );
    zone_help(doc, &form, &zone, "profile-timezone");
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
    let mail = el(doc, "select", "");
    let chosen = profile
        .extra
        .get(MAIL_SETTING)
        .and_then(|v| v.as_str())
        .unwrap_or("gmail");
    for (value, key) in [
        ("gmail", "options_mail_gmail"),
        ("outlook", "options_mail_outlook"),
        ("copy", "options_mail_copy"),
    ] {
        let option = text_el(doc, "option", "", &text(key));
        attr(&option, "value", value);
        if chosen == value {
            attr(&option, "selected", "");
        }
        add(&mail, &option);
    }
    field(
        doc,
        &form,
        "profile-mail",
        &text("options_profile_mail"),
        &mail,
    );
    let spelling = el(doc, "select", "");
    let browser_system = Spelling::of_language(&super::browser::language());
    let system = profile.spelling_system().unwrap_or(browser_system);
    for (value, key) in [
        (Spelling::Us, "options_spelling_us"),
        (Spelling::Uk, "options_spelling_uk"),
        (Spelling::Ca, "options_spelling_ca"),
        (Spelling::Au, "options_spelling_au"),
    ] {
        let option = text_el(doc, "option", "", &text(key));
        attr(&option, "value", value.name());
        if system == value {
            attr(&option, "selected", "");
        }
        add(&spelling, &option);
    }
    field(
        doc,
        &form,
        "profile-spelling",
        &text("options_profile_spelling"),
        &spelling,
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
    // The profile as the form shows it: as drawn, then as last saved from it while the
    // user went on typing (the page is not drawn again then; see `live::after_save`).
    let base = Rc::new(RefCell::new(profile.clone()));
    page_listeners().on_submit(&form, move || {
        let value = |e: &Element| value_of(e).trim().to_string();
        let drawn = base.borrow().clone();
        let mut profile = drawn.clone();
        profile.name = value(&name);
        profile.email = Some(value(&email)).filter(|e| !e.is_empty());
        let tz = value(&zone);
        let found = find_zone(&tz);
        if !tz.is_empty() && found.is_none() {
            status.set_text_content(Some(&text_with("options_unknown_zone", &[&tz])));
            return;
        }
        profile.timezone = found;
        profile.linkedin_note_limit = limit
            .dyn_ref::<HtmlSelectElement>()
            .and_then(|s| s.value().parse().ok());
        profile.extra.insert(
            MAIL_SETTING.to_string(),
            serde_json::Value::String(value_of(&mail)),
        );
        profile.read_replies = reading
            .dyn_ref::<HtmlInputElement>()
            .is_some_and(HtmlInputElement::checked);
        // Left unset while it shows the browser's language and nothing was chosen, so it
        // keeps following the browser.
        let chosen = Spelling::from_name(&value_of(&spelling));
        if drawn.spelling.is_some() || chosen != Some(browser_system) {
            profile.spelling = chosen.map(|s| s.name().to_string());
        }
        let status = status.clone();
        let base = base.clone();
        let sent_at = super::live::typings();
        spawn_local(async move {
            let said = match ask_engine(&UiToEngine::SaveProfile {
                profile: profile.clone(),
                base: Some(drawn),
            })
            .await
            {
                Ok(Answer::Error { message }) | Err(message) => {
                    text_with("options_not_saved", &[&message])
                }
                Ok(_) => {
                    // Drawn again from what is stored now (what changed elsewhere while the
                    // user typed here too); the undo bar then names the save. What they
                    // typed while it was on its way is kept instead.
                    base.replace(profile);
                    super::live::after_save(sent_at, || spawn_local(options_start()));
                    return;
                }
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

/// The user's dictionary: each word added from a spelling finding, with a button that
/// takes it out (the page is drawn again once it is).
fn words_section(doc: &Document, words: &[String]) -> Element {
    let section = titled_section(
        doc,
        "words",
        &text("options_words_heading"),
        &text("options_words_explanation"),
    );
    if words.is_empty() {
        add(
            &section,
            &text_el(doc, "p", "", &text("options_words_empty")),
        );
        return section;
    }
    let list = el(doc, "ul", "words");
    let status = el(doc, "p", "status");
    attr(&status, "role", "status");
    // A word a file brought twice is listed once (Remove takes out every copy).
    let mut listed: Vec<String> = Vec::new();
    for word in words {
        if listed.contains(&word.to_lowercase()) {
            continue;
        }
        listed.push(word.to_lowercase());
        let item = text_el(doc, "li", "", word);
        let remove = text_el(doc, "button", "secondary", "×");
        attr(&remove, "type", "button");
        attr(
            &remove,
            "aria-label",
            &text_with("options_words_remove", &[word]),
        );
        let (word, status) = (word.clone(), status.clone());
        page_listeners().on(&remove, "click", move |_| {
            send_change(
                UiToEngine::RemoveWord { word: word.clone() },
                Rc::new(|| spawn_local(options_start())),
                status.clone(),
            );
        });
        add(&item, &remove);
        add(&list, &item);
    }
    add(&section, &list);
    add(&section, &status);
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
                                &count("count_applications", state.processes.len()),
                                &count("count_contacts", contacts),
                                &count("count_events", events),
                            ],
                        ))
                    }
                    Err(e) => Err(text_with(
                        "options_import_refused",
                        &[&file.name(), &document_problem(&e)],
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
                    Ok(Answer::Imported { summary, .. }) => text_with(
                        "options_imported",
                        &[
                            &count("count_applications", summary.processes),
                            &count("count_contacts", summary.contacts),
                            &count("count_entries", summary.entries),
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

thread_local! {
    /// The listeners of the options page as last drawn.
    static PAGE: Listeners = Listeners::default();
}

/// The options page's listeners.
fn page_listeners() -> Listeners {
    PAGE.with(Listeners::clone)
}
