//! Values across the wasm boundary, always through JSON text: one serializer and one
//! deserializer instantiated per type (the same ones the core uses for storage) keeps
//! the wasm small, and errors name the JSON path of the bad field.

use crate::core::model::decode_value;
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;
use wasm_bindgen::JsValue;

/// A Rust value as a plain JS value (`null` if it cannot be written, which our types never are).
pub fn to_js<T: Serialize>(value: &T) -> JsValue {
    serde_json::to_string(value)
        .ok()
        .and_then(|text| js_sys::JSON::parse(&text).ok())
        .unwrap_or(JsValue::NULL)
}

/// A JS value as JSON data (`undefined` and functions are not data).
pub fn js_to_json(value: &JsValue) -> Result<Value, String> {
    let text = js_sys::JSON::stringify(value)
        .ok()
        .and_then(|t| t.as_string())
        .ok_or_else(|| "not JSON data".to_string())?;
    serde_json::from_str(&text).map_err(|e| e.to_string())
}

/// A JS value as a Rust value; the error names the path of the field that did not fit.
pub fn from_js<T: DeserializeOwned>(value: &JsValue) -> Result<T, String> {
    decode_value(js_to_json(value)?).map_err(|e| e.to_string())
}
