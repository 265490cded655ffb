//! The one Rust module that binds `chrome.*`: storage, alarms, notifications, the action
//! badge, i18n and messaging. Keeping every binding here keeps the browser's surface in one
//! place (the other side of the port, the content scripts, has its own few calls). Firefox
//! exposes the same promise-based `chrome` namespace in MV3, so nothing here branches on
//! the browser.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = ["chrome", "storage", "local"], js_name = get, catch)]
    async fn storage_local_get(keys: JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = ["chrome", "storage", "local"], js_name = remove, catch)]
    async fn storage_local_remove(keys: JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = ["chrome", "storage", "local"], js_name = set, catch)]
    async fn storage_local_set(items: JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = ["chrome", "storage", "session"], js_name = get, catch)]
    async fn storage_session_get(keys: JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = ["chrome", "storage", "session"], js_name = set, catch)]
    async fn storage_session_set(items: JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = ["chrome", "storage", "session"], js_name = remove, catch)]
    async fn storage_session_remove(keys: JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = ["chrome", "alarms"], js_name = create, catch)]
    async fn alarms_create(name: &str, info: JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = ["chrome", "alarms"], js_name = clear, catch)]
    async fn alarms_clear(name: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = ["chrome", "action"], js_name = setBadgeText, catch)]
    async fn action_set_badge_text(details: JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = ["chrome", "action"], js_name = setBadgeBackgroundColor, catch)]
    async fn action_set_badge_background_color(details: JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = ["chrome", "notifications"], js_name = create, catch)]
    async fn notifications_create(id: &str, options: JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = ["chrome", "runtime"], js_name = sendMessage, catch)]
    async fn runtime_send_message(message: JsValue) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_namespace = ["chrome", "runtime"], js_name = getURL)]
    fn runtime_get_url(path: &str) -> String;
    #[wasm_bindgen(js_namespace = ["chrome", "i18n"], js_name = getMessage, catch)]
    fn i18n_get_message(key: &str, substitutions: &js_sys::Array) -> Result<String, JsValue>;
    #[wasm_bindgen(js_namespace = ["chrome", "storage", "onChanged"], js_name = addListener)]
    fn storage_on_changed_add_listener(listener: &js_sys::Function);
}

/// Calls `listener` with the names of the keys that changed in `chrome.storage.local`,
/// whoever changed them (the engine, for a change from any tab), for as long as the page
/// lives.
pub fn on_local_storage_change(listener: impl Fn(Vec<String>) + 'static) {
    let closure = Closure::<dyn Fn(JsValue, String)>::new(move |changes: JsValue, area: String| {
        if area == "local" {
            let keys = js_sys::Object::keys(&js_sys::Object::from(changes));
            listener(keys.iter().filter_map(|k| k.as_string()).collect());
        }
    });
    storage_on_changed_add_listener(closure.as_ref().unchecked_ref());
    // The page's listener lives as long as the page.
    closure.forget();
}

/// The UI string `key` of the browser's language from `_locales`, with `$1`… filled
/// from `substitutions`; `None` outside the extension (the playground) or for an
/// unknown key.
pub fn message(key: &str, substitutions: &[&str]) -> Option<String> {
    let list: js_sys::Array = substitutions.iter().map(|s| JsValue::from_str(s)).collect();
    i18n_get_message(key, &list).ok().filter(|m| !m.is_empty())
}

/// The browser's language (`navigator.language`, "en-GB"), in a page or the worker;
/// empty where there is none.
pub fn language() -> String {
    let global = js_sys::global();
    js_sys::Reflect::get(&global, &JsValue::from_str("navigator"))
        .and_then(|n| js_sys::Reflect::get(&n, &JsValue::from_str("language")))
        .ok()
        .and_then(|l| l.as_string())
        .unwrap_or_default()
}

fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o.into()
}

fn error_text(e: JsValue) -> String {
    e.as_string()
        .or_else(|| {
            js_sys::Reflect::get(&e, &JsValue::from_str("message"))
                .ok()
                .and_then(|m| m.as_string())
        })
        .unwrap_or_else(|| "unknown browser error".to_string())
}

/// Where a key lives: `chrome.storage.local` (kept on disk) or `chrome.storage.session`
/// (kept in memory until the browser closes, outside the local quota).
#[derive(Clone, Copy)]
pub enum Area {
    /// `chrome.storage.local`.
    Local,
    /// `chrome.storage.session`.
    Session,
}

fn key_list(keys: &[&str]) -> JsValue {
    let list = js_sys::Array::new();
    for k in keys {
        list.push(&JsValue::from_str(k));
    }
    list.into()
}

/// Reads keys from `chrome.storage.local`: the object of found values.
pub async fn storage_get(keys: &[&str]) -> Result<JsValue, String> {
    storage_get_in(Area::Local, keys).await
}

/// Reads keys from `area`: the object of found values.
pub async fn storage_get_in(area: Area, keys: &[&str]) -> Result<JsValue, String> {
    let found = match area {
        Area::Local => storage_local_get(key_list(keys)).await,
        Area::Session => storage_session_get(key_list(keys)).await,
    };
    found.map_err(error_text)
}

/// The value stored under `key` in `area`, or `None` when there is none (absent or null).
pub async fn stored(area: Area, key: &str) -> Result<Option<JsValue>, String> {
    let found = storage_get_in(area, &[key]).await?;
    Ok(js_sys::Reflect::get(&found, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null()))
}

/// The value kept under `key` in `area` as a `T`, or `T`'s default when there is none
/// or it does not read as one (a kept list the engine can do without).
pub async fn stored_or_default<T: serde::de::DeserializeOwned + Default>(
    area: Area,
    key: &str,
) -> T {
    stored(area, key)
        .await
        .ok()
        .flatten()
        .and_then(|kept| crate::web::json::js_to_json(&kept).ok())
        .and_then(|kept| serde_json::from_value(kept).ok())
        .unwrap_or_default()
}

/// Removes keys from `chrome.storage.local`.
pub async fn storage_remove(keys: &[&str]) -> Result<(), String> {
    storage_remove_in(Area::Local, keys).await
}

/// Removes keys from `area`.
pub async fn storage_remove_in(area: Area, keys: &[&str]) -> Result<(), String> {
    let removed = match area {
        Area::Local => storage_local_remove(key_list(keys)).await,
        Area::Session => storage_session_remove(key_list(keys)).await,
    };
    removed.map(|_| ()).map_err(error_text)
}

/// Writes several keys of `chrome.storage.local` in one call (atomic for listeners).
pub async fn storage_set(pairs: &[(&str, JsValue)]) -> Result<(), String> {
    storage_set_in(Area::Local, pairs).await
}

/// Writes several keys of `area` in one call.
pub async fn storage_set_in(area: Area, pairs: &[(&str, JsValue)]) -> Result<(), String> {
    let written = match area {
        Area::Local => storage_local_set(object(pairs)).await,
        Area::Session => storage_session_set(object(pairs)).await,
    };
    written.map(|_| ()).map_err(error_text)
}

/// Arms (or re-arms) the alarm `name` for `when_ms` (ms since the epoch).
pub async fn set_alarm(name: &str, when_ms: f64) -> Result<(), String> {
    alarms_create(name, object(&[("when", JsValue::from_f64(when_ms))]))
        .await
        .map(|_| ())
        .map_err(error_text)
}

/// Removes the alarm `name`.
pub async fn clear_alarm(name: &str) -> Result<(), String> {
    alarms_clear(name).await.map(|_| ()).map_err(error_text)
}

/// Shows `text` on the toolbar icon ("" hides the badge).
pub async fn set_badge(text: &str) -> Result<(), String> {
    action_set_badge_background_color(object(&[("color", JsValue::from_str("#1f6feb"))]))
        .await
        .map_err(error_text)?;
    action_set_badge_text(object(&[("text", JsValue::from_str(text))]))
        .await
        .map(|_| ())
        .map_err(error_text)
}

/// Shows a system notification.
pub async fn notify(id: &str, title: &str, message: &str) -> Result<(), String> {
    let options = object(&[
        ("type", JsValue::from_str("basic")),
        (
            "iconUrl",
            JsValue::from_str(&runtime_get_url("icons/icon-128.png")),
        ),
        ("title", JsValue::from_str(title)),
        ("message", JsValue::from_str(message)),
    ]);
    notifications_create(id, options)
        .await
        .map(|_| ())
        .map_err(error_text)
}

/// Sends a message to the engine (from the popup or options page) and awaits its answer.
pub async fn send_to_engine(message: JsValue) -> Result<JsValue, String> {
    runtime_send_message(message).await.map_err(error_text)
}

/// The extension URL of a packaged file.
pub fn extension_url(path: &str) -> String {
    runtime_get_url(path)
}
