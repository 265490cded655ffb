//! The toolbar popup: what is due today, this week, and what waits on the employer, each
//! with its reason (the rule behind it under "Why?"), its draft to read and edit (kept
//! when the popup closes), one primary button (the draft opened in the user's mail) and
//! the rest in a small menu; and before an interview, its checklist to tick. It reads
//! through the engine and writes through the engine.

use super::browser::{self, Area};
use super::dom::{
    add, attr, by_id, document, el, field, set_value, show, text_el, value_of, Listeners,
};
use super::i18n::{count, text, text_with};
use super::intl::zone_for;
use super::json::js_to_json;
use super::keys::DRAFTS_KEY;
use super::messages::{ask_engine, EngineToUi, KeptDraft, KeptPage, UiToEngine};
use super::record::record_form;
use super::timeline::recent_events;
use super::views::{
    action_card, keep_drawing, load_overview, sections, shown_date_time, undo_bar, Overview,
    MAIL_SETTING,
};
use crate::core::calendar::Zone;
use crate::core::draft::links::compose_links;
use crate::core::draft::{compose_action, Message};
use crate::core::fingerprint::fingerprint;
use crate::core::model::{ActionKind, Channel, State};
use crate::core::plan::{snooze_until, Action};
use crate::core::prep::{prep, Prep};
use crate::core::views::PageView;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::spawn_local;
use web_sys::{Document, Element, HtmlInputElement};

/// A drafted message in the card's fields, "Read and edit the draft": the user may change
/// its subject and body before copying it or opening it in a compose window. What they
/// typed is kept by the engine (session storage) under the action's key until the draft
/// is reset or the action done, so closing the popup loses nothing.
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
    /// The disclosure holding the draft's fields, labelled, their ids starting with `id`,
    /// showing `kept` (the user's earlier edit) when there is one; with a character count
    /// against `limit` for a message that has one (a LinkedIn note).
    fn new(
        doc: &Document,
        composed: Message,
        kept: Option<&KeptDraft>,
        id: &str,
        limit: Option<usize>,
    ) -> (Self, Element) {
        let details = el(doc, "details", "draft");
        add(
            &details,
            &text_el(doc, "summary", "", &text("popup_draft_edit")),
        );
        let subject = (!composed.subject.is_empty()).then(|| {
            let input = el(doc, "input", "");
            attr(&input, "type", "text");
            set_value(&input, kept.map_or(&composed.subject, |k| &k.subject));
            let label = text("popup_draft_subject");
            field(doc, &details, &format!("{id}-subject"), &label, &input);
            input
        });
        let body = el(doc, "textarea", "");
        attr(&body, "rows", "10");
        set_value(&body, kept.map_or(&composed.body, |k| &k.body));
        field(
            doc,
            &details,
            &format!("{id}-body"),
            &text("popup_draft_body"),
            &body,
        );
        if limit.is_some() {
            let count = el(doc, "p", "count");
            attr(&count, "id", &format!("{id}-count"));
            attr(&count, "aria-live", "polite");
            attr(&body, "aria-describedby", &format!("{id}-count"));
            add(&details, &count);
        }
        if kept.is_some() {
            attr(&details, "open", "");
        }
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

    /// The fields as the user left them, or `None` when they hold the draft as composed.
    fn edit(&self) -> Option<KeptDraft> {
        let now = self.current();
        let edited = now.subject != self.composed.subject || now.body != self.composed.body;
        edited.then_some(KeptDraft {
            subject: now.subject,
            body: now.body,
        })
    }

    /// Puts the draft as composed back in the fields.
    fn reset(&self) {
        if let Some(subject) = &self.subject {
            set_value(subject, &self.composed.subject);
        }
        set_value(&self.body, &self.composed.body);
    }
}

/// The id a card's controls start with, from its action's key (`draft_key`): the same at
/// every drawing wherever the card is in the list.
fn card_id(key: &str) -> String {
    format!("card-{:016x}", fingerprint(key))
}

/// The key an action's kept draft is stored under: `process|kind|contact|due` (the due
/// time in seconds since 1970), so that a later action of the same kind never shows an
/// older edit.
fn draft_key(action: &Action) -> String {
    format!(
        "{}|{}|{}|{}",
        action.process,
        action.kind.as_str(),
        action.contact.as_deref().unwrap_or(""),
        // The instant, not its offset: a change of time zone keeps the key.
        action.due.timestamp()
    )
}

/// The drafts the user edited and left, by [`draft_key`] (read as plain JSON: a typed
/// map would bring its own serde code into the module).
async fn kept_drafts() -> Vec<(String, KeptDraft)> {
    let kept = browser::stored(Area::Session, DRAFTS_KEY)
        .await
        .ok()
        .flatten()
        .and_then(|kept| js_to_json(&kept).ok());
    let Some(serde_json::Value::Object(drafts)) = kept else {
        return Vec::new();
    };
    let field = |draft: &serde_json::Value, name: &str| {
        draft.get(name).and_then(|v| v.as_str()).map(str::to_string)
    };
    drafts
        .into_iter()
        .filter_map(|(key, draft)| {
            let body = field(&draft, "body")?;
            let subject = field(&draft, "subject").unwrap_or_default();
            Some((key, KeptDraft { subject, body }))
        })
        .collect()
}

/// Has the engine keep (or forget) the edit of the draft under `key`; nothing waits for it.
fn keep_draft(key: String, draft: Option<KeptDraft>) {
    spawn_local(async move {
        let _ = ask_engine(&UiToEngine::KeepDraft { action: key, draft }).await;
    });
}

/// "Copy draft": subject and body, as the fields hold them, to the clipboard, and a word
/// that it happened.
/// "Copy draft": the draft as it stands goes to the clipboard. A LinkedIn note longer
/// than its `limit` (UTF-16 units, as LinkedIn counts) is copied too, and the button says
/// by how much it is over: LinkedIn's box would cut it or refuse it.
fn copy_button(
    doc: &Document,
    view: &Listeners,
    draft: &DraftFields,
    class: &str,
    limit: Option<usize>,
) -> Element {
    let button = text_el(doc, "button", class, &text("popup_copy_draft"));
    attr(&button, "type", "button");
    let draft = draft.clone();
    let target = button.clone();
    view.on(&button, "click", move |_| {
        let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
            return;
        };
        let message = draft.current();
        let over = limit
            .map(|limit| message.body.encode_utf16().count().saturating_sub(limit))
            .filter(|&over| over > 0);
        let copied = if message.subject.is_empty() {
            message.body
        } else {
            text_with("popup_copied_text", &[&message.subject, &message.body])
        };
        let promise = clipboard.write_text(&copied);
        let target = target.clone();
        spawn_local(async move {
            let said = match (wasm_bindgen_futures::JsFuture::from(promise).await, over) {
                (Ok(_), Some(over)) => count("popup_copied_over", over),
                (Ok(_), None) => text("popup_copied"),
                (Err(_), _) => text("popup_copy_failed"),
            };
            target.set_text_content(Some(&said));
        });
    });
    button
}

/// Where the user's drafts open, as set on the options page: Gmail (the default),
/// Outlook, or the clipboard.
fn mail_app(state: &State) -> &str {
    state
        .profile
        .extra
        .get(MAIL_SETTING)
        .and_then(|v| v.as_str())
        .unwrap_or("gmail")
}

/// A card's tools: its one primary button, and the rest in the "More" menu.
struct Tools {
    /// The row under the card.
    row: Element,
    /// The menu's list.
    menu: Element,
    /// Whether the primary place is taken.
    primary: bool,
    /// The card's id (`card_id`), which the tools' ids start with.
    card: String,
    /// How many tools were put, for their ids.
    count: usize,
}

impl Tools {
    /// The row, with its "More" menu; Escape in the open menu closes it and gives the
    /// focus back to "More", as a menu does.
    fn new(doc: &Document, view: &Listeners, card: &str) -> Tools {
        let row = el(doc, "div", "action-tools");
        let more = el(doc, "details", "more");
        let summary = text_el(doc, "summary", "", &text("popup_more"));
        attr(&summary, "id", &format!("{card}-more"));
        add(&more, &summary);
        let menu = el(doc, "div", "menu");
        add(&more, &menu);
        add(&row, &more);
        let details = more.clone();
        view.on(&more, "keydown", move |event| {
            let escape = event
                .dyn_ref::<web_sys::KeyboardEvent>()
                .is_some_and(|key| key.key() == "Escape");
            if escape && details.has_attribute("open") {
                let _ = details.remove_attribute("open");
                if let Some(summary) = summary.dyn_ref::<web_sys::HtmlElement>() {
                    let _ = summary.focus();
                }
            }
        });
        Tools {
            row,
            menu,
            primary: false,
            card: card.to_string(),
            count: 0,
        }
    }

    /// `tool` as the primary action when there is none yet (and `first` holds), else in the menu.
    /// Each tool gets an id from the card's and its place, the same at every drawing: a
    /// redraw gives the focus back to it.
    fn put(&mut self, tool: &Element, first: bool) {
        self.count += 1;
        attr(tool, "id", &format!("{}-tool-{}", self.card, self.count));
        if first && !self.primary {
            self.primary = true;
            let _ = tool.class_list().add_1("primary");
            let _ = self.row.prepend_with_node_1(tool);
        } else {
            add(&self.menu, tool);
        }
    }
}

/// The draft of one card: its fields in the card, then its tools: the draft opened in the
/// user's mail (or copied, as they chose), a LinkedIn message's profile, and the rest in
/// the menu. The links follow every edit of the fields, and the edit is kept.
#[allow(clippy::too_many_arguments)]
fn draft_tools(
    doc: &Document,
    view: &Listeners,
    card: &Element,
    tools: &mut Tools,
    composed: Message,
    kept: Option<&KeptDraft>,
    id: &str,
    key: String,
    mail: &str,
    limit: usize,
) {
    let counted = (composed.channel == Channel::LinkedinNote).then_some(limit);
    let (draft, details) = DraftFields::new(doc, composed, kept, id, counted);
    add(card, &details);
    let links = compose_links(&draft.composed);
    let profile = (draft.composed.channel != Channel::Email)
        .then(|| draft.composed.to.first().cloned())
        .flatten()
        .filter(|to| to.starts_with("https://"));
    let copy_first = mail == "copy" || (links.is_none() && profile.is_none());
    if let Some(profile) = &profile {
        tools.put(&link(doc, &text("dash_open_profile"), profile), true);
    }
    let mut mail_links = Vec::new();
    if let Some(links) = &links {
        let gmail = link(doc, &text("popup_open_gmail"), &links.gmail);
        let outlook = link(doc, &text("popup_open_outlook"), &links.outlook);
        let order = if mail == "outlook" {
            [&outlook, &gmail]
        } else {
            [&gmail, &outlook]
        };
        tools.put(order[0], !copy_first);
        tools.put(order[1], false);
        for link in [&gmail, &outlook] {
            open_once(view, link);
        }
        mail_links = vec![gmail.clone(), outlook.clone()];
    }
    tools.put(
        &copy_button(doc, view, &draft, "secondary", counted),
        copy_first,
    );
    let reset = text_el(doc, "button", "secondary reset", &text("popup_draft_reset"));
    attr(&reset, "type", "button");
    add(&details, &reset);
    let count = counted.and_then(|_| details.query_selector(".count").ok().flatten());
    let show = {
        let (draft, mail_links, reset, count) = (draft.clone(), mail_links, reset.clone(), count);
        move || {
            let message = draft.current();
            if let Some(links) = compose_links(&message) {
                if let [gmail, outlook] = mail_links.as_slice() {
                    attr(gmail, "href", &links.gmail);
                    attr(outlook, "href", &links.outlook);
                }
            }
            if let (Some(count), Some(limit)) = (&count, counted) {
                let used = message.body.encode_utf16().count();
                count.set_text_content(Some(&text_with(
                    "popup_count",
                    &[&used.to_string(), &limit.to_string()],
                )));
                let _ = count.class_list().toggle_with_force("over", used > limit);
            }
            show(&reset, draft.edit().is_some());
        }
    };
    show();
    {
        let (draft, key, show) = (draft.clone(), key.clone(), show.clone());
        view.on(&details, "input", move |_| {
            keep_draft(key.clone(), draft.edit());
            show();
        });
    }
    view.on(&reset, "click", move |_| {
        draft.reset();
        keep_draft(key.clone(), None);
        show();
    });
}

/// A link that opens a draft in the user's mail opens one tab for a double click: a
/// second click within a second and a half of the first does nothing (two compose windows
/// for one message could send it twice).
fn open_once(view: &Listeners, link: &Element) {
    let last = std::rc::Rc::new(std::cell::Cell::new(f64::NEG_INFINITY));
    view.on_cancelable(link, "click", move |event| {
        let now = js_sys::Date::now();
        if now - last.replace(now) < 1500.0 {
            event.prevent_default();
        }
    });
}

/// "Remind me at …": the action comes back at the time the core chooses (tomorrow at
/// 09:00, or a thank-you's due time when sooner), always in the future, and the button
/// names that time. Its deadline stays.
fn snooze_button(
    doc: &Document,
    view: &Listeners,
    action: &Action,
    zone: &dyn Zone,
) -> Option<Element> {
    let until = snooze_until(action, super::now(), zone)?;
    let label = text_with("popup_snooze_until", &[&shown_date_time(until, zone)]);
    let button = text_el(doc, "button", "secondary", &label);
    attr(&button, "type", "button");
    let message = UiToEngine::Snooze {
        process: action.process.clone(),
        kind: action.kind,
        contact: action.contact.clone(),
        until,
    };
    on_click_then_render(view, &button, message, None);
    Some(button)
}

/// Sends `message` to the engine when `button` is clicked (the button waits meanwhile:
/// a second click sends nothing), then draws the popup again, saying at its top why the
/// change was not saved when it was not. Once it was, the kept edit of the draft under
/// `draft` (the action's) is let go.
fn on_click_then_render(
    view: &Listeners,
    button: &Element,
    message: UiToEngine,
    draft: Option<String>,
) {
    let target = button.clone();
    view.on(button, "click", move |_| {
        if target.has_attribute("disabled") {
            return;
        }
        attr(&target, "disabled", "");
        let (message, draft) = (message.clone(), draft.clone());
        spawn_local(async move {
            let answer = ask_engine(&message).await;
            if let (Some(key), Ok(EngineToUi::Saved { .. })) = (draft, &answer) {
                let _ = ask_engine(&UiToEngine::KeepDraft {
                    action: key,
                    draft: None,
                })
                .await;
            }
            render().await;
            keep_focus_in_list();
            say_if_refused(answer);
        });
    });
}

/// After a card went (marked done, snoozed), the focus goes to the next card's main
/// button, or the first heading, rather than to nowhere: a keyboard user goes on from
/// where they were.
fn keep_focus_in_list() {
    let Some(doc) = document() else { return };
    let lost = doc.active_element().is_none_or(|e| e.tag_name() == "BODY");
    if !lost {
        return;
    }
    // A card's button first; a heading only when no card is left.
    let next = ["#app li.action .primary", "#app h2"]
        .iter()
        .find_map(|selector| doc.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(next) = next {
        if next.tag_name() == "H2" {
            attr(&next, "tabindex", "-1");
        }
        let _ = next.focus();
    }
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
    let when = shown_date_time(checklist.start, zone);
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
    if let Some(doc) = document() {
        offer_box_check(&doc);
        offer_shape_report(&doc);
    }
}

/// Asks the worker (background.js, not the engine) for `request` about the tab in front,
/// and gives the answer's `field`.
async fn ask_worker(request: &str, field: &str) -> Option<JsValue> {
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &request.into());
    let answer = browser::send_to_engine(message.into()).await.ok()?;
    js_sys::Reflect::get(&answer, &field.into()).ok()
}

/// "Check the text box on this page": the worker checks the box the user was writing in,
/// on whatever page the tab shows (background.js, through `activeTab`). Once it is
/// checking, the popup closes so the panel on the page can be seen; otherwise it says why
/// not.
fn offer_box_check(doc: &Document) {
    let (Some(button), Some(status)) = (
        by_id(doc, "check-text-box"),
        by_id(doc, "check-text-box-status"),
    ) else {
        return;
    };
    let listener = gloo::events::EventListener::new(&button, "click", move |_| {
        let status = status.clone();
        spawn_local(async move {
            let result = ask_worker("check_text_box", "result")
                .await
                .and_then(|r| r.as_string())
                .unwrap_or_default();
            let said = match result.as_str() {
                "checking" => {
                    if let Some(window) = web_sys::window() {
                        let _ = window.close();
                    }
                    return;
                }
                "refused" => "popup_check_refused",
                "stale" => "popup_check_reload",
                _ => "popup_check_no_box",
            };
            status.set_text_content(Some(&text(said)));
        });
    });
    // The button lives as long as the popup.
    listener.forget();
}

/// "Save a page-shape report": the worker describes the structure of the page in front
/// (content/shape.js, no text in it), and the popup offers it as a file.
fn offer_shape_report(doc: &Document) {
    let (Some(button), Some(status)) = (
        by_id(doc, "shape-report"),
        by_id(doc, "check-text-box-status"),
    ) else {
        return;
    };
    let listener = gloo::events::EventListener::new(&button, "click", move |_| {
        let status = status.clone();
        spawn_local(async move {
            let report = ask_worker("shape_report", "report")
                .await
                .filter(JsValue::is_object)
                .and_then(|r| {
                    js_sys::JSON::stringify_with_replacer_and_space(&r, &JsValue::NULL, &2.into())
                        .ok()
                })
                .and_then(|json| json.as_string());
            match report {
                Some(json) => super::dom::save_file("afterview-page-shape.json", &json),
                None => status.set_text_content(Some(&text("popup_check_refused"))),
            }
        });
    });
    // The button lives as long as the popup.
    listener.forget();
}

/// How many cards a section shows before its "Show N more": a year of searching can owe
/// hundreds of follow-ups at once, and the popup writes the draft of each card it shows.
const CARDS_SHOWN: usize = 10;

thread_local! {
    /// The listeners of the popup as last drawn.
    static VIEW: Listeners = Listeners::default();
    /// The sections the user asked to see whole ("Show N more"), by key.
    static WHOLE: std::cell::RefCell<Vec<&'static str>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// "Show N more" under a section cut at [`CARDS_SHOWN`] cards: it draws the popup again
/// with the section whole and puts the focus on the first card that was not shown.
fn show_more(doc: &Document, view: &Listeners, key: &'static str, hidden: usize) -> Element {
    let more = text_el(
        doc,
        "button",
        "more secondary",
        &count("popup_show_more", hidden),
    );
    attr(&more, "type", "button");
    attr(&more, "id", &format!("more-{key}"));
    view.on(&more, "click", move |_| {
        WHOLE.with(|whole| whole.borrow_mut().push(key));
        spawn_local(async move {
            render().await;
            let first = format!(
                "#app section[data-section=\"{key}\"] li.action:nth-of-type({})",
                CARDS_SHOWN + 1
            );
            let Some(card) = document().and_then(|d| d.query_selector(&first).ok().flatten())
            else {
                return;
            };
            let target = card
                .query_selector(".primary")
                .ok()
                .flatten()
                .unwrap_or(card);
            if let Ok(target) = target.dyn_into::<web_sys::HtmlElement>() {
                if target.tag_name() == "LI" {
                    attr(&target, "tabindex", "-1");
                }
                let _ = target.focus();
            }
        });
    });
    more
}

/// Draws the popup, then has the engine keep the drawing, to paint it at once the next
/// time the popup opens.
async fn render() {
    let Some(revision) = draw().await else { return };
    let Some(root) = document().and_then(|doc| by_id(&doc, "app")) else {
        return;
    };
    // Kept only as a fresh opening draws it: sections cut at their first cards.
    if WHOLE.with(|w| w.borrow().is_empty()) {
        keep_drawing(&root, KeptPage::Popup, revision);
    }
}

/// Draws the popup; the revision of the state drawn, when it was.
async fn draw() -> Option<u64> {
    let doc = document()?;
    let view = VIEW.with(Listeners::clone);
    let root: Element = by_id(&doc, "app")?.into();
    // Read before the overview: once it has cleared the popup, nothing may wait until the
    // drawing is done, or two drawings at once (a click's and the store's) would interleave.
    let mut kept = kept_drafts().await;
    let Overview {
        state,
        actions,
        undo,
        revision,
        focused,
    } = load_overview(&doc, &root, PageView::Popup).await?;
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
        let start = link(
            &doc,
            &text("popup_empty_add"),
            &browser::extension_url("dashboard.html#welcome"),
        );
        let _ = start.class_list().add_1("primary");
        add(&empty, &start);
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
    let mail = mail_app(&state).to_string();
    for (key, title, list) in sections(&actions, now) {
        if list.is_empty() {
            if key == "today" && !actions.is_empty() {
                let calm = text_el(&doc, "p", "calm", &text("popup_nothing_today"));
                add(&root, &calm);
            }
            continue;
        }
        let section = el(&doc, "section", "section");
        attr(&section, "data-section", key);
        attr(&section, "aria-label", &title);
        add(
            &section,
            &text_el(&doc, "h2", "", &format!("{title} ({})", list.len())),
        );
        let ul = el(&doc, "ul", "actions");
        let whole = WHOLE.with(|w| w.borrow().contains(&key));
        let shown = if whole {
            list.len()
        } else {
            list.len().min(CARDS_SHOWN)
        };
        for action in list.iter().take(shown) {
            let card = action_card(&doc, &state, action, zone.as_ref());
            let draft = draft_key(action);
            let card_key = card_id(&draft);
            let mut tools = Tools::new(&doc, &view, &card_key);
            if let Ok(message) = compose_action(&state, action, now, zone.as_ref()) {
                let id = format!("{card_key}-draft");
                let limit = state.profile.note_limit();
                let edit = kept
                    .iter()
                    .position(|(key, _)| *key == draft)
                    .map(|at| kept.swap_remove(at).1);
                draft_tools(
                    &doc,
                    &view,
                    &card,
                    &mut tools,
                    message,
                    edit.as_ref(),
                    &id,
                    draft.clone(),
                    &mail,
                    limit,
                );
            }
            if matches!(
                action.kind,
                ActionKind::ScheduleRound | ActionKind::AddReferences
            ) {
                let form = format!(
                    "{}#application={}",
                    browser::extension_url("dashboard.html"),
                    String::from(js_sys::encode_uri_component(&action.process))
                );
                tools.put(&link(&doc, &text("popup_open_application"), &form), true);
            }
            let done = text_el(&doc, "button", "done secondary", &text("popup_mark_done"));
            attr(&done, "type", "button");
            let message = UiToEngine::MarkDone {
                process: action.process.clone(),
                kind: action.kind,
                contact: action.contact.clone(),
            };
            on_click_then_render(&view, &done, message, Some(draft));
            tools.put(&done, true);
            if let Some(snooze) = snooze_button(&doc, &view, action, zone.as_ref()) {
                tools.put(&snooze, false);
            }
            add(&card, &tools.row);
            add(&ul, &card);
        }
        add(&section, &ul);
        if shown < list.len() {
            add(&section, &show_more(&doc, &view, key, list.len() - shown));
        }
        add(&root, &section);
    }
    // Edits of drafts whose action is gone (sent, or no longer planned) are let go; those
    // of cards a cut section does not show stay.
    kept.retain(|(key, _)| !actions.iter().any(|a| draft_key(a) == *key));
    for (key, _) in kept {
        keep_draft(key, None);
    }
    add(
        &root,
        &record_form(&doc, &state, &view, || spawn_local(render())),
    );
    let again: Rc<dyn Fn()> = Rc::new(|| spawn_local(render()));
    if let Some(events) = recent_events(&doc, &state, zone.clone(), &view, again) {
        add(&root, &events);
    }
    focus_again(&doc, focused.as_deref());
    Some(revision)
}

/// Gives the focus back to the control with id `focused`, drawn again (a change elsewhere
/// redrew the popup under the user), opening the disclosures it sits in.
fn focus_again(doc: &Document, focused: Option<&str>) {
    let Some(target) = focused.and_then(|id| by_id(doc, id)) else {
        return;
    };
    let mut parent = target.parent_element();
    while let Some(element) = parent {
        if element.tag_name() == "DETAILS" {
            attr(&element, "open", "");
        }
        parent = element.parent_element();
    }
    if let Ok(target) = target.dyn_into::<web_sys::HtmlElement>() {
        let _ = target.focus();
    }
}
