//! Messages the user said hold nothing to record ("Nothing to record" on an unsure
//! reading): their panel is not offered again when they are opened again, in any tab,
//! until the browser closes. Only a fingerprint of each is kept, in
//! `chrome.storage.session` (in memory, never on disk), and nothing is written to the
//! state: the message was never recorded, so there is nothing to see or undo.

use crate::core::fingerprint::fingerprint;
use crate::core::read::IncomingMessage;
use crate::web::browser::{self, Area};
use crate::web::keys::SET_ASIDE_KEY;
use std::cell::RefCell;

/// How many are remembered (the last ones).
const REMEMBERED: usize = 500;

thread_local! {
    /// The fingerprints of the messages set aside, oldest first.
    static SET_ASIDE: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// The fingerprint of `message`: its sender, subject, date and text.
fn key(message: &IncomingMessage) -> String {
    let date = message.date.map(|d| d.to_rfc3339()).unwrap_or_default();
    let whole = [
        message.from.as_str(),
        &message.subject,
        &date,
        &message.body,
    ]
    .join("\u{1f}");
    format!("{:016x}", fingerprint(&whole))
}

/// Reads the messages set aside before the engine (re)started.
pub async fn load() {
    let kept: Vec<String> = browser::stored_or_default(Area::Session, SET_ASIDE_KEY).await;
    SET_ASIDE.with(|s| *s.borrow_mut() = kept);
}

/// Whether the user set `message` aside.
pub fn is_set_aside(message: &IncomingMessage) -> bool {
    let key = key(message);
    SET_ASIDE.with(|s| s.borrow().contains(&key))
}

/// Remembers that `message` holds nothing to record.
pub async fn set_aside(message: &IncomingMessage) {
    let key = key(message);
    let kept = SET_ASIDE.with(|s| {
        let mut s = s.borrow_mut();
        if !s.contains(&key) {
            s.push(key);
        }
        let extra = s.len().saturating_sub(REMEMBERED);
        s.drain(..extra);
        s.clone()
    });
    let kept = crate::web::json::to_js(&kept);
    let _ = browser::storage_set_in(Area::Session, &[(SET_ASIDE_KEY, kept)]).await;
}

/// Forgets every message set aside (deleting everything).
pub fn forget() {
    SET_ASIDE.with(|s| s.borrow_mut().clear());
}
