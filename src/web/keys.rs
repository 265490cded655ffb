//! The storage keys, shared by the engine (their only writer) and the pages (which read
//! the kept copy of a document the engine could not use). All are in
//! `chrome.storage.local` but [`UNDO_KEY`], [`KEPT_VIEW_KEYS`], [`REQUESTS_KEY`],
//! [`DRAFTS_KEY`] and [`SET_ASIDE_KEY`], which are in `chrome.storage.session`.

/// The state document (docs/contract.md).
pub const STATE_KEY: &str = "afterview";
/// Stamped by each engine write, so the engine tells its own storage echo apart.
pub const META_KEY: &str = "afterview_meta";
/// A document the engine could not read, kept untouched.
pub const BACKUP_KEY: &str = "afterview_backup";
/// The document as it was before a schema migration.
pub const PREMIGRATION_KEY: &str = "afterview_before_migration";
/// The state before the last change, with what that change did in words: what Undo puts
/// back (in `chrome.storage.session`, so it never counts against the local quota).
pub const UNDO_KEY: &str = "afterview_undo";
/// The time up to which opened and due actions were notified (an RFC 3339 string), so an
/// action that opened while the computer slept is notified once when it wakes.
pub const NOTIFIED_KEY: &str = "afterview_notified";
/// The popup as it was last drawn (a tree of tags, attributes and text), stamped with the
/// stored [`META_KEY`] of that moment: `kept.js` paints it before any wasm is loaded
/// when no write came since, and the Rust popup then takes over (in
/// `chrome.storage.session`: in memory, gone when the browser closes).
pub const POPUP_VIEW_KEY: &str = "afterview_popup_view";
/// The applications page's list as it was last drawn, kept as [`POPUP_VIEW_KEY`] is and
/// painted by `kept.js` the same way.
pub const APPLICATIONS_VIEW_KEY: &str = "afterview_applications_view";
/// The sends on their way out: each kept by the worker (sends.js) until the site's undo
/// window has passed, then recorded. Deleting everything removes them with the rest.
pub const PENDING_SENDS_KEY: &str = "afterview_pending_sends";
/// The answers to the last changes the pages asked for, by their request ids, so that a
/// request sent again (after the engine restarted under it) gets its first answer (in
/// `chrome.storage.session`).
pub const REQUESTS_KEY: &str = "afterview_requests";
/// The user's edits of the popup's drafts, by action (`process|kind|contact|due`), each
/// `{subject, body}`: kept when the popup closes, until the draft is reset or its action
/// done (in `chrome.storage.session`; the pages read it, the engine writes it).
pub const DRAFTS_KEY: &str = "afterview_drafts";
/// The fingerprints of the opened messages the user said hold nothing to record, so
/// that their panel is not offered again until the browser closes (in
/// `chrome.storage.session`).
pub const SET_ASIDE_KEY: &str = "afterview_set_aside";
/// Every kept drawing: what a write from outside, or deleting everything, drops.
pub const KEPT_VIEW_KEYS: [&str; 2] = [POPUP_VIEW_KEY, APPLICATIONS_VIEW_KEY];
