//! The browser shell (wasm32 only): the engine that runs in the extension's service
//! worker, and the popup, options and playground pages. Everything here is a thin layer
//! over `core`: it reads the clock, talks to `chrome.*` through [`browser`] and builds DOM.
#![deny(clippy::unwrap_used)]

pub mod browser;
mod dom;
pub mod engine;
pub mod intl;
mod json;
pub mod messages;
pub mod options;
pub mod playground;
pub mod popup;
mod record;
mod views;

use wasm_bindgen::prelude::*;

/// Runs once when the module is instantiated: panics print to the console.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// The core's version, for the engine's `pong` and the pages' footers.
#[wasm_bindgen]
pub fn core_version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The current time in the browser, as the core takes it.
pub(crate) fn now() -> chrono::DateTime<chrono::FixedOffset> {
    chrono::Utc::now().fixed_offset()
}
