//! The toolbar popup: what is due now, this week and later, each with its reason and
//! rule, its draft to read, edit, copy or open in a compose window, and "Mark done"; and
//! before an interview, its checklist to tick. It reads through the engine and writes
//! through the engine.

use super::browser;
use super::dom::{add, attr, by_id, document, el, field, set_value, text_el, value_of, Listeners};
use super::i18n::{text, text_with};
use super::intl::zone_for;
use super::messages::{ask_engine, EngineToUi, KeptPage, UiToEngine};
use super::record::record_form;
use super::timeline::recent_events;
use super::views::{action_card, keep_drawing, load_overview, sections, undo_bar, Overview};
use crate::core::calendar::{to_local, Zone};
use crate::core::dates::short_date_time;
use crate::core::draft::links::compose_links;
use crate::core::draft::{compose, Message};
use crate::core::model::ActionKind;
use crate::core::plan::{snooze_until, Action};
use crate::core::prep::{prep, Prep};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::spawn_local;
use web_sys::{Document, Element, HtmlInputElement};

/// A drafted message in the card's fields, "Read and edit the draft": the user may change
/// its subject and body before copying it or opening it in a compose window.
#[derive(Clone)]
struct DraftFields {
    /// The draft as composed (its channel and recipients stay as they are).
    composed: Rc<Message>,
    /// The subject field, for a message that has a subject.
    subject: Option<Element>,
    /// The body field.
    body: Element,
}

impl DraftFields {
    /// The disclosure holding the draft's fields, labelled, their ids starting with `id`.
    fn new(doc: &Document, composed: Message, id: &str) -> (Self, Element) {
        let details = el(doc, "details", "draft");
        add(
            &details,
            &text_el(doc, "summary", "", &text("popup_draft_edit")),
        );
        let subject = (!composed.subject.is_empty()).then(|| {
            let input = el(doc, "input", "");
            attr(&input, "type", "text");
            set_value(&input, &composed.subject);
            let label = text("popup_draft_subject");
            field(doc, &details, &format!("{id}-subject"), &label, &input);
            input
        });
        let body = el(doc, "textarea", "");
        attr(&body, "rows", "10");
        set_value(&body, &composed.body);
        field(
            doc,
            &details,
            &format!("{id}-body"),
            &text("popup_draft_body"),
            &body,
        );
        let fields = DraftFields {
            composed: Rc::new(composed),
            subject,
            body,
        };
        (fields, details)
    }

    /// The message as the fields hold it now.
    fn current(&self) -> Message {
        let mut message = (*self.composed).clone();
        if let Some(subject) = &self.subject {
            message.subject = value_of(subject);
        }
        message.body = value_of(&self.body);
        message
    }
}

/// "Copy draft": subject and body, as the fields hold them, to the clipboard, and a word
/// that it happened.
fn copy_button(doc: &Document, view: &Listeners, draft: &DraftFields) -> Element {
    let button = text_el(doc, "button", "secondary", &text("popup_copy_draft"));
    attr(&button, "type", "button");
    let draft = draft.clone();
    let target = button.clone();
    view.on(&button, "click", move |_| {
        let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
            return;
        };
        let message = draft.current();
        let copied = if message.subject.is_empty() {
            message.body
        } else {
            text_with("popup_copied_text", &[&message.subject, &message.body])
        };
        let promise = clipboard.write_text(&copied);
        let target = target.clone();
        spawn_local(async move {
            let said = match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => text("popup_copied"),
                Err(_) => text("popup_copy_failed"),
            };
            target.set_text_content(Some(&said));
        });
    });
    button
}

/// The draft of one card: its fields above `tools`, "Copy draft" and, for an email, the
/// Gmail and Outlook links in `tools`, which follow every edit of the fields.
fn draft_tools(
    doc: &Document,
    view: &Listeners,
    card: &Element,
    tools: &Element,
    composed: Message,
    id: &str,
) {
    let (draft, details) = DraftFields::new(doc, composed, id);
    add(card, &details);
    add(tools, &copy_button(doc, view, &draft));
    let Some(links) = compose_links(&draft.composed) else {
        return;
    };
    let gmail = link(doc, &text("popup_open_gmail"), &links.gmail);
    let outlook = link(doc, &text("popup_open_outlook"), &links.outlook);
    add(tools, &gmail);
    add(tools, &outlook);
    view.on(&details, "input", move |_| {
        if let Some(links) = compose_links(&draft.current()) {
            attr(&gmail, "href", &links.gmail);
            attr(&outlook, "href", &links.outlook);
        }
    });
}

/// "Remind me at …": the action comes back at the time the core chooses (tomorrow at
/// 09:00, or a thank-you's due time when sooner), always in the future, and the button
/// names that time. Its deadline stays.
fn snooze_button(doc: &Document, view: &Listeners, action: &Action, zone: &dyn Zone) -> Element {
    let until = snooze_until(action, super::now(), zone);
    let when = short_date_time(to_local(zone, until).naive_local());
    let label = text_with("popup_snooze_until", &[&when]);
    let button = text_el(doc, "button", "secondary", &label);
    attr(&button, "type", "button");
    let message = UiToEngine::Snooze {
        process: action.process.clone(),
        kind: action.kind,
        contact: action.contact.clone(),
        until,
    };
    on_click_then_render(view, &button, message);
    button
}

/// Sends `message` to the engine when `button` is clicked (the button waits meanwhile:
/// a second click sends nothing), then draws the popup again, saying at its top why the
/// change was not saved when it was not.
fn on_click_then_render(view: &Listeners, button: &Element, message: UiToEngine) {
    let target = button.clone();
    view.on(button, "click", move |_| {
        if target.has_attribute("disabled") {
            return;
        }
        attr(&target, "disabled", "");
        let message = message.clone();
        spawn_local(async move {
            let answer = ask_engine(&message).await;
            render().await;
            say_if_refused(answer);
        });
    });
}

/// Says at the top of the popup why a change was not saved (the engine refused it, or
/// storage did not take it), where the user just acted; nothing when it was saved.
fn say_if_refused(answer: Result<EngineToUi, String>) {
    let (Ok(EngineToUi::Error { message }) | Err(message)) = answer else {
        return;
    };
    let Some(doc) = document() else { return };
    let Some(root) = by_id(&doc, "app") else {
        return;
    };
    let banner = text_el(
        &doc,
        "p",
        "problem",
        &text_with("record_failed", &[&message]),
    );
    attr(&banner, "role", "alert");
    let _ = root.prepend_with_node_1(&banner);
}

/// A link that opens a compose window in a new tab.
fn link(doc: &Document, label: &str, href: &str) -> Element {
    let a = text_el(doc, "a", "button secondary", label);
    attr(&a, "href", href);
    attr(&a, "target", "_blank");
    attr(&a, "rel", "noopener noreferrer");
    a
}

/// "Before your interview": the section-A checklist (the `number`th), one checkbox an
/// item. What the state answers is ticked and cannot be unticked; a tick of the user's
/// goes to the engine, which keeps it in the interview's `prep_done`.
fn prep_section(
    doc: &Document,
    view: &Listeners,
    number: usize,
    checklist: &Prep,
    zone: &dyn Zone,
) -> Element {
    let section = el(doc, "section", "prep");
    let when = short_date_time(to_local(zone, checklist.start).naive_local());
    let heading = text_with("popup_prep_heading", &[&checklist.company, &when]);
    attr(&section, "aria-label", &heading);
    add(&section, &text_el(doc, "h2", "", &heading));
    let list = el(doc, "ul", "checklist");
    for item in &checklist.items {
        let done = item.answered || item.ticked;
        let li = el(doc, "li", if done { "done" } else { "todo" });
        attr(&li, "data-rule", item.rule);
        let id = format!("prep-{number}-{}", item.id);
        let checkbox = el(doc, "input", "");
        attr(&checkbox, "type", "checkbox");
        attr(&checkbox, "id", &id);
        if done {
            attr(&checkbox, "checked", "");
        }
        if item.answered {
            attr(&checkbox, "disabled", "");
        } else {
            on_tick(view, &checkbox, checklist, item.id, id.clone());
        }
        let label = text_el(doc, "label", "", item.text);
        attr(&label, "for", &id);
        add(&li, &checkbox);
        add(&li, &label);
        add(&li, &text_el(doc, "span", "rule", item.rule));
        add(&list, &li);
    }
    add(&section, &list);
    section
}

/// Sends the user's tick or untick of `checkbox` (checklist item `item`, element id `id`)
/// to the engine, then draws the popup again with the focus back on that checkbox.
fn on_tick(view: &Listeners, checkbox: &Element, checklist: &Prep, item: &str, id: String) {
    let (process, interview, item) = (checklist.process.clone(), checklist.start, item.to_string());
    let target = checkbox.clone();
    view.on(checkbox, "change", move |_| {
        let message = UiToEngine::TickPrep {
            process: process.clone(),
            interview,
            item: item.clone(),
            done: target
                .dyn_ref::<HtmlInputElement>()
                .is_some_and(HtmlInputElement::checked),
        };
        let id = id.clone();
        spawn_local(async move {
            let answer = ask_engine(&message).await;
            render().await;
            say_if_refused(answer);
            if let Some(checkbox) = document().and_then(|doc| by_id(&doc, &id)) {
                let _ = checkbox.focus();
            }
        });
    });
}

/// Entry point called by `popup.js`.
#[wasm_bindgen]
pub async fn popup_start() {
    if let Some(doc) = document() {
        super::i18n::translate_page(&doc);
    }
    // Followed from before the first drawing: a change that lands while it loads is not missed.
    if let Some(doc) = document() {
        if let Some(root) = by_id(&doc, "app") {
            super::live::follow_store(&doc, root.into(), render);
        }
    }
    render().await;
    super::dom::mark("afterview-rendered");
}

thread_local! {
    /// The listeners of the popup as last drawn.
    static VIEW: Listeners = Listeners::default();
}

/// Draws the popup, then has the engine keep the drawing, to paint it at once the next
/// time the popup opens.
async fn render() {
    let Some(revision) = draw().await else { return };
    let Some(root) = document().and_then(|doc| by_id(&doc, "app")) else {
        return;
    };
    keep_drawing(&root, KeptPage::Popup, revision);
}

/// Draws the popup; the revision of the state drawn, when it was.
async fn draw() -> Option<u64> {
    let doc = document()?;
    let view = VIEW.with(Listeners::clone);
    let root: Element = by_id(&doc, "app")?.into();
    let Overview {
        state,
        actions,
        undo,
        revision,
    } = load_overview(&doc, &root).await?;
    // Drawn again from here: the last drawing's listeners go with its elements.
    view.clear();
    if let Some(offer) = &undo {
        let again: Rc<dyn Fn()> = Rc::new(|| spawn_local(render()));
        add(&root, &undo_bar(&doc, &view, offer, again));
    }
    let zone = zone_for(state.profile.timezone.as_deref());
    if state.processes.is_empty() {
        let empty = el(&doc, "section", "empty");
        add(&empty, &text_el(&doc, "h2", "", &text("popup_empty_title")));
        add(
            &empty,
            &text_el(&doc, "p", "", &text("popup_empty_first_step")),
        );
        add(&empty, &text_el(&doc, "p", "", &text("popup_empty_ask")));
        add(&root, &empty);
        return Some(revision);
    }
    let now = super::now();
    for (number, checklist) in prep(&state, now).iter().enumerate() {
        add(
            &root,
            &prep_section(&doc, &view, number, checklist, zone.as_ref()),
        );
    }
    // Numbers each card's draft fields, for their ids.
    let mut drafts = 0;
    for (title, list) in sections(&actions, now, zone.as_ref()) {
        let section = el(&doc, "section", "section");
        attr(&section, "aria-label", &title);
        add(
            &section,
            &text_el(&doc, "h2", "", &format!("{title} ({})", list.len())),
        );
        let ul = el(&doc, "ul", "actions");
        for action in list {
            let card = action_card(&doc, &state, action, zone.as_ref());
            let done = text_el(&doc, "button", "done", &text("popup_mark_done"));
            attr(&done, "type", "button");
            let message = UiToEngine::MarkDone {
                process: action.process.clone(),
                kind: action.kind,
                contact: action.contact.clone(),
            };
            on_click_then_render(&view, &done, message);
            let tools = el(&doc, "p", "action-tools");
            add(&tools, &done);
            add(&tools, &snooze_button(&doc, &view, action, zone.as_ref()));
            if matches!(
                action.kind,
                ActionKind::ScheduleRound | ActionKind::AddReferences
            ) {
                let form = format!(
                    "{}#application={}",
                    browser::extension_url("dashboard.html"),
                    String::from(js_sys::encode_uri_component(&action.process))
                );
                add(&tools, &link(&doc, &text("popup_open_application"), &form));
            }
            if let Ok(message) = compose(
                &state,
                &action.process,
                action.kind,
                action.contact.as_deref(),
                now,
                zone.as_ref(),
            ) {
                drafts += 1;
                let id = format!("draft-{drafts}");
                draft_tools(&doc, &view, &card, &tools, message, &id);
            }
            add(&card, &tools);
            add(&ul, &card);
        }
        add(&section, &ul);
        add(&root, &section);
    }
    add(
        &root,
        &record_form(&doc, &state, &view, || spawn_local(render())),
    );
    let again: Rc<dyn Fn()> = Rc::new(|| spawn_local(render()));
    if let Some(events) = recent_events(&doc, &state, zone.clone(), &view, again) {
        add(&root, &events);
    }
    Some(revision)
}
