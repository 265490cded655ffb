//! Live pages. Every open extension page (the popup, the applications page and one
//! application's page, the options page, the welcome) follows the stored document: when
//! it changes (a send recorded from a mail tab, a tick in the popup, a change in another
//! tab), the page draws itself again, keeping the focus (its controls have stable ids)
//! and where it was scrolled. What the user is typing is never thrown away: once they
//! typed in a field since the page was drawn, the page does not draw itself again but
//! says that what is stored changed, with a button to show it; their Save sends only what
//! they changed (`history::rebase_edit` in the engine), over what changed elsewhere.
//! The same holds for the page's own Save: what they typed while it was on its way is
//! kept, and the page says the change was saved rather than drawing itself again.

use super::browser;
use super::dom::{add, attr, text_el};
use super::i18n::text;
use super::keys::STATE_KEY;
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::spawn_local;
use web_sys::{Document, Element};

/// The notice's message after the page's own save, when the user typed meanwhile.
const SAVED_TYPING_KEPT: &str = "live_saved_typing_kept";

/// Puts a notice (its message's key) at the top of the page.
type Notice = Rc<dyn Fn(&str)>;

thread_local! {
    /// How many times the user typed in a field of this page.
    static TYPINGS: Cell<u64> = const { Cell::new(0) };
    /// `TYPINGS` when the page was last drawn.
    static DRAWN_AT: Cell<u64> = const { Cell::new(0) };
    /// Whether the page follows the stored document already (once a page).
    static FOLLOWING: Cell<bool> = const { Cell::new(false) };
    /// Puts the notice (its message's key) at the top of the page followed.
    static NOTICE: RefCell<Option<Notice>> = const { RefCell::new(None) };
}

/// The page was just drawn: what the user typed before is gone with its fields.
pub fn drawn() {
    DRAWN_AT.with(|d| d.set(typings()));
}

/// How many times the user typed in this page so far: taken when a change is sent, it
/// tells `after_save` whether they typed while it was on its way.
pub fn typings() -> u64 {
    TYPINGS.with(Cell::get)
}

/// Whether the user typed in a field since the page was last drawn.
fn typed_since_drawn() -> bool {
    typings() != DRAWN_AT.with(Cell::get)
}

/// A change the page sent (when `typings()` was `sent_at`) is saved: the page is drawn
/// again (`draw_again`), unless the user typed since it was sent. Then what they typed
/// stays under their fingers, and the notice says the change was saved, with a button
/// that shows the latest.
pub fn after_save(sent_at: u64, draw_again: impl FnOnce()) {
    let notice = NOTICE.with(|n| n.borrow().clone());
    match notice {
        Some(notice) if typings() != sent_at => notice(SAVED_TYPING_KEPT),
        _ => draw_again(),
    }
}

/// Draws the page again (`render`) whenever the stored document changes, unless the user
/// is typing (see the module's comment); `root` is where the notice goes then. A page
/// follows once: later calls do nothing.
pub fn follow_store<F, Fut>(doc: &Document, root: Element, render: F)
where
    F: Fn() -> Fut + Clone + 'static,
    Fut: Future<Output = ()> + 'static,
{
    if FOLLOWING.with(|f| f.replace(true)) {
        return;
    }
    let typed = Closure::<dyn Fn()>::new(|| TYPINGS.with(|t| t.set(t.get() + 1)));
    let _ = doc.add_event_listener_with_callback("input", typed.as_ref().unchecked_ref());
    // The page's listener lives as long as the page.
    typed.forget();
    let notice: Notice = {
        let (doc, root, render) = (doc.clone(), root.clone(), render.clone());
        Rc::new(move |key| offer_update(&doc, &root, render.clone(), key))
    };
    NOTICE.with(|n| n.replace(Some(notice.clone())));
    browser::on_local_storage_change(move |keys| {
        if !keys.iter().any(|k| k == STATE_KEY) {
            return;
        }
        if typed_since_drawn() {
            notice("live_changed_elsewhere");
        } else {
            spawn_local(redraw_in_place(render.clone()));
        }
    });
}

/// Draws the page again where it was scrolled.
async fn redraw_in_place<F, Fut>(render: F)
where
    F: Fn() -> Fut,
    Fut: Future<Output = ()>,
{
    let window = web_sys::window();
    let scrolled = window
        .as_ref()
        .and_then(|w| w.scroll_y().ok())
        .unwrap_or(0.0);
    render().await;
    if let Some(window) = window {
        window.scroll_to_with_x_and_y(0.0, scrolled);
    }
}

/// "What is stored changed [Show it]" (the message `key`) at the top of the page, once.
/// The page's own save says so in place of a notice shown (the change elsewhere it named
/// may have been that save); a change elsewhere leaves the notice shown as it is.
fn offer_update<F, Fut>(doc: &Document, root: &Element, render: F, key: &str)
where
    F: Fn() -> Fut + Clone + 'static,
    Fut: Future<Output = ()> + 'static,
{
    if let Some(shown) = doc.get_element_by_id("store-changed") {
        if key != SAVED_TYPING_KEPT {
            return;
        }
        shown.remove();
    }
    let notice = text_el(doc, "p", "notice", &text(key));
    attr(&notice, "id", "store-changed");
    attr(&notice, "role", "status");
    let show = text_el(doc, "button", "secondary", &text("live_show_latest"));
    attr(&show, "type", "button");
    add(&notice, &show);
    let click = Closure::<dyn Fn()>::new(move || spawn_local(redraw_in_place(render.clone())));
    let _ = show.add_event_listener_with_callback("click", click.as_ref().unchecked_ref());
    click.forget();
    let _ = root.prepend_with_node_1(&notice);
}
