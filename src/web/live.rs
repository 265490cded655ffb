//! Live pages. Every open extension page (the popup, the applications page and one
//! application's page, the options page, the welcome) follows the stored document: when
//! it changes (a send recorded from a mail tab, a tick in the popup, a change in another
//! tab), the page draws itself again, keeping the focus (its controls have stable ids)
//! and where it was scrolled. What the user is typing is never thrown away: once they
//! typed in a field since the page was drawn, the page does not draw itself again but
//! says that what is stored changed, with a button to show it; their Save sends only what
//! they changed (`history::rebase_edit` in the engine), over what changed elsewhere.

use super::browser;
use super::dom::{add, attr, text_el};
use super::i18n::text;
use super::keys::STATE_KEY;
use std::cell::Cell;
use std::future::Future;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::spawn_local;
use web_sys::{Document, Element};

thread_local! {
    /// Whether the user typed in a field since the page was last drawn.
    static TYPED: Cell<bool> = const { Cell::new(false) };
    /// Whether the page follows the stored document already (once a page).
    static FOLLOWING: Cell<bool> = const { Cell::new(false) };
}

/// The page was just drawn: what the user typed before is gone with its fields.
pub fn drawn() {
    TYPED.with(|t| t.set(false));
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
    let typed = Closure::<dyn Fn()>::new(|| TYPED.with(|t| t.set(true)));
    let _ = doc.add_event_listener_with_callback("input", typed.as_ref().unchecked_ref());
    // The page's listener lives as long as the page.
    typed.forget();
    let doc = doc.clone();
    browser::on_local_storage_change(move |keys| {
        if !keys.iter().any(|k| k == STATE_KEY) {
            return;
        }
        if TYPED.with(Cell::get) {
            offer_update(&doc, &root, render.clone());
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

/// "What is stored changed [Show it]" at the top of the page, once.
fn offer_update<F, Fut>(doc: &Document, root: &Element, render: F)
where
    F: Fn() -> Fut + Clone + 'static,
    Fut: Future<Output = ()> + 'static,
{
    if doc.get_element_by_id("store-changed").is_some() {
        return;
    }
    let notice = text_el(doc, "p", "notice", &text("live_changed_elsewhere"));
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
