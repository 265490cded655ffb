//! Values across the wasm boundary, always through JSON text: one serializer and one
//! deserializer instantiated per type (the same ones the core uses for storage) keeps
//! the wasm small. A decode error names the JSON path of the bad field only in a build
//! with the `error-paths` feature: the pages' module has it (an import preview shows the
//! path to the user); the engine's module is built without it, so its errors say what
//! was wrong but not where. Messages cross in their wire form (`core::wire`).

use crate::core::model::decode_value;
use crate::core::wire::{from_wire, to_wire};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use wasm_bindgen::JsValue;

/// A Rust value as a plain JS value (`null` if it cannot be written, which our types never are).
/// Through `Value` like [`message_to_js`], so the state has one serializer in the wasm:
/// `serde_json::to_string` here would add a second (+3.7 KB gzip, measured).
#[cfg(feature = "engine")]
pub fn to_js<T: Serialize>(value: &T) -> JsValue {
    serde_json::to_value(value).map_or(JsValue::NULL, |json| json_to_js(&json))
}

/// A message (an enum of `messages`) as a JS object in its wire form.
pub fn message_to_js<T: Serialize>(message: &T) -> JsValue {
    serde_json::to_value(message).map_or(JsValue::NULL, |json| json_to_js(&to_wire(json)))
}

/// A JS value as JSON data (`undefined` and functions are not data).
pub fn js_to_json(value: &JsValue) -> Result<Value, String> {
    let text = js_sys::JSON::stringify(value)
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| "not JSON data".to_string())?;
    serde_json::from_str(&text).map_err(|e| e.to_string())
}

/// A message in its wire form as a Rust enum; with `error-paths`, the error names the path
/// of the field that did not fit (under the variant's name: `check.draft.body`).
pub fn message_from_js<T: DeserializeOwned>(value: &JsValue) -> Result<T, String> {
    decode_value(from_wire(js_to_json(value)?)).map_err(|e| e.to_string())
}

fn json_to_js(json: &Value) -> JsValue {
    js_sys::JSON::parse(&json.to_string()).unwrap_or(JsValue::NULL)
}
