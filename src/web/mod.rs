//! The browser shell (wasm32 only): the engine that runs in the extension's service
//! worker, and the popup, options and playground pages. Everything here is a thin layer
//! over `core`: it reads the clock, talks to `chrome.*` through [`browser`] and builds DOM.
//!
//! The shell is built as two wasm modules from this one crate (sizes in BENCH.md):
//! feature `engine` gives the service worker's module (`pkg/engine*`), feature `pages`
//! the popup/dashboard/options/playground module (`pkg/pages*`). The worker then loads no UI code
//! and the pages load no engine; `browser`, `i18n`, `intl`, `json`, `keys`, `messages`
//! and `plain` are shared by both.
#![deny(clippy::unwrap_used)]

pub mod browser;
pub mod i18n;
pub mod intl;
pub(crate) mod json;
pub mod keys;
pub mod messages;
pub mod plain;

#[cfg(feature = "engine")]
pub mod engine;

#[cfg(feature = "pages")]
pub mod dashboard;
#[cfg(feature = "pages")]
mod dom;
#[cfg(feature = "pages")]
mod live;
#[cfg(feature = "pages")]
pub mod options;
#[cfg(feature = "pages")]
pub mod playground;
#[cfg(feature = "pages")]
pub mod popup;
#[cfg(feature = "pages")]
mod record;
#[cfg(feature = "pages")]
mod timeline;
#[cfg(feature = "pages")]
mod views;
#[cfg(feature = "pages")]
mod zones;

use wasm_bindgen::prelude::*;

/// Runs once when the module is instantiated: panics print to the console.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// The current time in the browser, as the core takes it.
pub(crate) fn now() -> chrono::DateTime<chrono::FixedOffset> {
    chrono::Utc::now().fixed_offset()
}
