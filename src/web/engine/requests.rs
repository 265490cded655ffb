//! Requests that count once. A page sends each change the user asked for under an id it
//! made for that click (`request_id`), and sends it again under the same id when the
//! engine restarted under it. The engine answers a repeat with the first answer: one that
//! arrives while the first is still being worked on waits for it, one that arrives later
//! (even after the engine restarted: the answers are kept in session storage) gets it at
//! once. Only answers that changed something are kept; a refused change may be tried again.

use crate::web::browser::{self, Area};
use crate::web::keys::REQUESTS_KEY;
use serde_json::Value;
use std::cell::RefCell;
use wasm_bindgen::prelude::*;

/// How many answers are kept (the last ones).
const KEPT_ANSWERS: usize = 50;

thread_local! {
    /// The answers kept, oldest first: `(request id, answer)`.
    static ANSWERED: RefCell<Vec<(String, Value)>> = const { RefCell::new(Vec::new()) };
    /// The requests being worked on, each with the promise its repeats wait on and the
    /// function that settles it (a few at most: a list).
    static IN_FLIGHT: RefCell<Vec<(String, js_sys::Promise, js_sys::Function)>> =
        const { RefCell::new(Vec::new()) };
}

/// Takes the request id a page put on its message off it (the message is then as its
/// type reads it), if there is one.
pub fn take_request_id(message: &JsValue) -> Option<String> {
    let key = JsValue::from_str("request_id");
    let id = js_sys::Reflect::get(message, &key)
        .ok()
        .and_then(|v| v.as_string())
        .filter(|id| !id.is_empty());
    if let Some(object) = message.dyn_ref::<js_sys::Object>() {
        let _ = js_sys::Reflect::delete_property(object, &key);
    }
    id
}

/// Reads the answers kept before the engine (re)started.
pub async fn load() {
    let kept: Vec<(String, Value)> = browser::stored_or_default(Area::Session, REQUESTS_KEY).await;
    ANSWERED.with(|a| *a.borrow_mut() = kept);
}

/// What to do with a request: answer it with an earlier answer, or work on it.
pub enum Turn {
    /// The first answer to the same request.
    Answered(Value),
    /// Nobody answered it yet: work on it, then [`finish`] it.
    Work,
}

/// Whether `id` was answered (or is being worked on: then this waits for its answer).
pub async fn turn(id: &str) -> Turn {
    if let Some(answer) = ANSWERED.with(|a| {
        a.borrow()
            .iter()
            .find(|(kept, _)| kept == id)
            .map(|(_, answer)| answer.clone())
    }) {
        return Turn::Answered(answer);
    }
    let waiting = IN_FLIGHT.with(|f| {
        f.borrow()
            .iter()
            .find(|(working, _, _)| working == id)
            .map(|(_, promise, _)| promise.clone())
    });
    if let Some(promise) = waiting {
        let answer = wasm_bindgen_futures::JsFuture::from(promise).await;
        if let Some(answer) = answer
            .ok()
            .and_then(|a| crate::web::json::js_to_json(&a).ok())
        {
            return Turn::Answered(answer);
        }
    }
    let mut settle: Option<js_sys::Function> = None;
    let promise = js_sys::Promise::new(&mut |resolve, _| settle = Some(resolve));
    if let Some(settle) = settle {
        IN_FLIGHT.with(|f| f.borrow_mut().push((id.to_string(), promise, settle)));
    }
    Turn::Work
}

/// The request `id` was answered `answer`: its repeats get the same; kept when it changed
/// something (`keep`).
pub async fn finish(id: &str, answer: &JsValue, keep: bool) {
    let settle = IN_FLIGHT.with(|f| {
        let mut f = f.borrow_mut();
        let at = f.iter().position(|(working, _, _)| working == id)?;
        Some(f.remove(at).2)
    });
    if let Some(settle) = settle {
        let _ = settle.call1(&JsValue::UNDEFINED, answer);
    }
    let Some(value) = keep
        .then(|| crate::web::json::js_to_json(answer).ok())
        .flatten()
    else {
        return;
    };
    let kept = ANSWERED.with(|a| {
        let mut a = a.borrow_mut();
        a.push((id.to_string(), value));
        let extra = a.len().saturating_sub(KEPT_ANSWERS);
        a.drain(..extra);
        a.clone()
    });
    let kept = crate::web::json::to_js(&kept);
    let _ = browser::storage_set_in(Area::Session, &[(REQUESTS_KEY, kept)]).await;
}
