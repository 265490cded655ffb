//! The applications page (`dashboard.html`): every application with its stage and next
//! step, one application's people, rounds, notes, references, rank and timeline, all
//! editable, and the welcome a new user sees first. It reads through the engine and
//! writes through the engine (the only writer), so every change can be undone.
//!
//! The address says what is shown: `#application=ID` one application, `#welcome` the
//! welcome, anything else the list.

mod application;
mod list;
mod notes;
mod people;
mod rounds;
mod welcome;

use super::dom::{add, attr, by_id, document, el, text_el, Listeners};
use super::i18n::{text, text_with};
use super::intl::zone_for;
use super::messages::{ask_engine, EngineToUi, KeptPage, UiToEngine};
use super::views::{
    keep_drawing, load_overview, send_change, send_change_noting, undo_bar, Overview,
};
use crate::core::calendar::Zone;
use crate::core::model::{Process, State};
use crate::core::plan::Action;
use crate::core::stage::{Ending, Stage};
use crate::core::views::PageView;
use chrono::{DateTime, FixedOffset};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use web_sys::{Document, Element, HtmlElement};

/// What one drawing of the page works from.
#[derive(Clone)]
pub(super) struct Page {
    /// The document.
    pub doc: Document,
    /// The listeners of this drawing.
    pub view: Listeners,
    /// The state as the engine holds it, cut down to what this page draws
    /// (`core::views`); shared, not copied, by the listeners of the drawing.
    pub state: Rc<State>,
    /// The plan's pending actions.
    pub actions: Vec<Action>,
    /// The user's zone.
    pub zone: Rc<dyn Zone>,
    /// The moment the page was drawn.
    pub now: DateTime<FixedOffset>,
}

impl Page {
    /// Sends `change` to the engine; once saved the page is drawn again, otherwise
    /// `status` says why not.
    pub fn send(&self, change: UiToEngine, status: &Element) {
        send_change(change, redraw(), status.clone());
    }

    /// Sends `edited` as the new version of its application, with the application as this
    /// page shows it (as drawn, or as last saved from it): the engine saves what the user
    /// changed, over what changed elsewhere.
    pub fn save(&self, edited: Process, status: &Element) {
        let base = SAVED_HERE
            .with(|saved| saved.borrow().get(&edited.id).cloned())
            .or_else(|| self.process(&edited.id).cloned());
        let shown = edited.clone();
        send_change_noting(
            UiToEngine::SaveApplication {
                process: edited,
                base,
            },
            move || {
                SAVED_HERE.with(|saved| saved.borrow_mut().insert(shown.id.clone(), shown));
            },
            redraw(),
            status.clone(),
        );
    }

    /// The application `id`, as stored.
    pub fn process(&self, id: &str) -> Option<&Process> {
        self.state.processes.iter().find(|p| p.id == id)
    }
}

/// What the address asks for.
#[derive(PartialEq)]
enum Route {
    List,
    Application(String),
    Welcome,
}

impl Route {
    /// The view of the state the page at this address draws.
    fn view(&self) -> PageView {
        match self {
            Route::Application(id) => PageView::Application(id.clone()),
            Route::List | Route::Welcome => PageView::Applications,
        }
    }
}

fn route() -> Route {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    let hash = hash.trim_start_matches('#');
    if hash == "welcome" {
        return Route::Welcome;
    }
    match hash.strip_prefix("application=") {
        Some(id) => Route::Application(
            js_sys::decode_uri_component(id)
                .map(String::from)
                .unwrap_or_else(|_| id.to_string()),
        ),
        None => Route::List,
    }
}

/// The address of one application's page.
pub(super) fn application_href(id: &str) -> String {
    format!(
        "#application={}",
        String::from(js_sys::encode_uri_component(id))
    )
}

/// Goes to `hash` (`""` for the list); the page follows on `hashchange`.
pub(super) fn go(hash: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().set_hash(hash);
    }
}

/// A closure that draws the page again, for the parts that change it.
pub(super) fn redraw() -> Rc<dyn Fn()> {
    Rc::new(|| spawn_local(render()))
}

thread_local! {
    /// The applications saved from this page since it was drawn, as saved: what the page
    /// shows of them when the user typed on after a Save (it is not drawn again then).
    static SAVED_HERE: RefCell<HashMap<String, Process>> = RefCell::new(HashMap::new());
    /// The listeners of the page as last drawn.
    static VIEW: Listeners = Listeners::default();
    /// The listener that follows the address (added once).
    static ADDRESS: Listeners = Listeners::default();
}

/// Entry point called by `dashboard.js`.
#[wasm_bindgen]
pub async fn dashboard_start() {
    let Some(doc) = document() else { return };
    super::i18n::translate_page(&doc);
    if let Some(window) = web_sys::window() {
        ADDRESS.with(|listeners| {
            listeners.clear();
            listeners.on(&window, "hashchange", |_| spawn_local(render()));
        });
    }
    // Followed from before the first drawing: a change that lands while it loads is not missed.
    if let Some(root) = by_id(&doc, "app") {
        super::live::follow_store(&doc, root.into(), render);
    }
    render().await;
    super::dom::mark("afterview-rendered");
}

/// Draws the page for the current address from the engine's overview. The control that
/// had the focus gets it back when it is drawn again (same id), so a keyboard user stays
/// where they were after each change.
async fn render() {
    let Some(doc) = document() else { return };
    let Some(root) = by_id(&doc, "app") else {
        return;
    };
    let root: Element = root.into();
    let route = route();
    let Some(Overview {
        state,
        actions,
        undo,
        revision,
        focused,
    }) = load_overview(&doc, &root, route.view()).await
    else {
        return;
    };
    super::dom::mark("afterview-overview");
    SAVED_HERE.with(|saved| saved.borrow_mut().clear());
    let view = VIEW.with(Listeners::clone);
    view.clear();
    let page = Page {
        zone: zone_for(state.profile.timezone.as_deref()),
        doc: doc.clone(),
        view,
        state: Rc::new(state),
        actions,
        now: super::now(),
    };
    if let Some(offer) = &undo {
        add(&root, &undo_bar(&doc, &page.view, offer, redraw()));
    }
    let title = match &route {
        Route::Welcome => {
            add(&root, &welcome::welcome(&page));
            text("dash_welcome_title")
        }
        Route::Application(id) => match page.process(id) {
            Some(process) => {
                add(&root, &application::application_page(&page, process));
                text_with("dash_application_title", &[&process.company])
            }
            None => {
                add(&root, &missing(&page));
                text("dash_title")
            }
        },
        Route::List => {
            add(&root, &list::applications(&page));
            text("dash_title")
        }
    };
    doc.set_title(&title);
    if let Some(target) = focused.and_then(|id| by_id(&doc, &id)) {
        let _ = target.focus();
    } else if let Some(heading) = root
        .query_selector("h1, h2")
        .ok()
        .flatten()
        .and_then(|h| h.dyn_into::<HtmlElement>().ok())
    {
        attr(&heading, "tabindex", "-1");
        let _ = heading.focus();
    }
    // The list as a freshly opened page shows it is kept, for `kept.js` to paint at once
    // the next time the page opens, as the popup's is.
    if route == Route::List && list::shows_default() {
        keep_drawing(&root, KeptPage::Applications, revision);
    }
}

/// An application the address names but the state does not hold (deleted, or a stale
/// link): say so, and lead back to the list.
fn missing(page: &Page) -> Element {
    let doc = &page.doc;
    let section = el(doc, "section", "missing");
    add(&section, &text_el(doc, "h2", "", &text("dash_missing")));
    let back = text_el(doc, "a", "", &text("dash_back"));
    attr(&back, "href", "#");
    add(&section, &back);
    section
}

/// A heading and a paragraph that explains the section, in a `<section>` labelled by it.
pub(super) fn section(page: &Page, class: &str, heading: &str) -> Element {
    let section = el(&page.doc, "section", class);
    let h = text_el(&page.doc, "h2", "", heading);
    let id = format!("{class}-heading");
    attr(&h, "id", &id);
    attr(&section, "aria-labelledby", &id);
    add(&section, &h);
    section
}

thread_local! {
    /// The folded parts of an application's page the user opened, kept while the page is
    /// open (it is drawn again after every save).
    static OPENED: RefCell<Vec<String>> = RefCell::default();
}

/// A part of an application's page that opens on demand: its heading, with `count`
/// entries when given, is the summary ("Rounds (2)"); closed unless the user opened it,
/// or `open` asks for it.
pub(super) fn fold(
    page: &Page,
    class: &str,
    heading: &str,
    count: Option<usize>,
    open: bool,
) -> Element {
    let details = el(&page.doc, "details", &format!("{class} fold"));
    let summary = el(&page.doc, "summary", "");
    let shown = match count {
        Some(n) => format!("{heading} ({n})"),
        None => heading.to_string(),
    };
    let h = text_el(&page.doc, "h2", "", &shown);
    let id = format!("{class}-heading");
    attr(&h, "id", &id);
    attr(&details, "aria-labelledby", &id);
    add(&summary, &h);
    add(&details, &summary);
    if open || OPENED.with(|o| o.borrow().iter().any(|c| c == class)) {
        attr(&details, "open", "");
    }
    let (target, class) = (details.clone(), class.to_string());
    page.view.on(&details, "toggle", move |_| {
        let open = target.has_attribute("open");
        OPENED.with(|o| {
            let mut o = o.borrow_mut();
            o.retain(|c| *c != class);
            if open {
                o.push(class.clone());
            }
        });
    });
    details
}

/// Opens the folded part `class` and puts the focus on the control `focus` in it.
pub(super) fn open_fold(class: &str, focus: &str) {
    OPENED.with(|o| o.borrow_mut().push(class.to_string()));
    let Some(doc) = document() else { return };
    if let Ok(Some(part)) = doc.query_selector(&format!("details.{class}")) {
        attr(&part, "open", "");
    }
    if let Some(control) = by_id(&doc, focus) {
        let _ = control.focus();
    }
}

/// A button of `kind` (`""` or `secondary`) labelled `label`, with a stable `id` so the
/// focus comes back to it after the page is drawn again.
pub(super) fn button(page: &Page, id: &str, label: &str, kind: &str) -> Element {
    let b = text_el(&page.doc, "button", kind, label);
    attr(&b, "type", "button");
    attr(&b, "id", id);
    b
}

/// A status line for a form's answers (`role="status"`).
pub(super) fn status_line(page: &Page) -> Element {
    let status = el(&page.doc, "p", "status");
    attr(&status, "role", "status");
    status
}

/// Where an application stands, in words: "Waiting", "Archived (not selected)".
pub(super) fn stage_label(stage: Stage) -> String {
    let key = match stage {
        Stage::Offer => "stage_offer",
        Stage::Interviewing => "stage_interviewing",
        Stage::Waiting => "stage_waiting",
        Stage::Applied => "stage_applied",
        Stage::Archived(ending) => {
            let why = match ending {
                Ending::MovedOn => "ending_moved_on",
                Ending::Rejected => "ending_rejected",
                Ending::Withdrawn => "ending_withdrawn",
                Ending::Accepted => "ending_accepted",
            };
            return format!("{} ({})", text("stage_archived"), text(why));
        }
    };
    text(key)
}

/// Takes one entry (a round, a note, a reference) out of an application.
pub(super) type Removal = Box<dyn Fn(&mut Process)>;

/// The end of an entry's form: its submit button (`{prefix}-save`, labelled "Save" for an
/// entry already there, else `add_label`), and for an entry already there a Delete
/// button that saves the application without it (`remove`). Returns the row and the
/// status line, both appended to `form`.
pub(super) fn form_end(
    page: &Page,
    form: &Element,
    prefix: &str,
    process: &Process,
    add_label: &str,
    remove: Option<Removal>,
) -> Element {
    let doc = &page.doc;
    let tools = el(doc, "p", "form-tools");
    let label = if remove.is_some() {
        text("dash_save")
    } else {
        text(add_label)
    };
    let save = text_el(doc, "button", "", &label);
    attr(&save, "type", "submit");
    attr(&save, "id", &format!("{prefix}-save"));
    add(&tools, &save);
    let status = status_line(page);
    if let Some(remove) = remove {
        let delete = button(
            page,
            &format!("{prefix}-delete"),
            &text("dash_delete"),
            "secondary danger",
        );
        let (page_, base, status) = (page.clone(), process.clone(), status.clone());
        page.view.on(&delete, "click", move |_| {
            let mut edited = base.clone();
            remove(&mut edited);
            page_.save(edited, &status);
        });
        add(&tools, &delete);
    }
    add(form, &tools);
    add(form, &status);
    status
}

/// The button that archives an application, or brings back an archived one: its label
/// key and the change it sends.
pub(super) fn archive_toggle(process: &Process, stage: Stage) -> (&'static str, UiToEngine) {
    let process = process.id.clone();
    if stage.is_archived() {
        ("dash_unarchive", UiToEngine::Unarchive { process })
    } else {
        ("dash_archive", UiToEngine::Archive { process })
    }
}

/// Adds the application typed in a form (company and role), then runs `then` with its
/// id; a refusal (a twin, no company) is said in `status`.
pub(super) fn add_application(
    company: String,
    role: String,
    status: Element,
    then: impl FnOnce(String) + 'static,
) {
    spawn_local(async move {
        match ask_engine(&UiToEngine::NewApplication { company, role }).await {
            Ok(EngineToUi::Created { process, .. }) => then(process),
            Ok(EngineToUi::Error { message }) | Err(message) => {
                status.set_text_content(Some(&message))
            }
            Ok(_) => {}
        }
    });
}
