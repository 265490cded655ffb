//! The typed messages between the pages and the engine: one enum per direction, so each
//! side can only say what the other understands, with a protocol version a page is told
//! about when it differs; each mirrored in `extension/content/messages.js`. On the wire a
//! message's `type` field names its variant (`core::wire`, converted in `json`).

use super::json::{message_from_js, message_to_js};
use super::keys::{APPLICATIONS_VIEW_KEY, POPUP_VIEW_KEY};
use crate::core::check::{Draft, Report};
use crate::core::draft::Message;
use crate::core::edit::{MergeSummary, NewContact, ProcessTarget, Tracked};
use crate::core::matching::Context;
use crate::core::model::{ActionKind, Channel, Event, Process, Profile, State};
use crate::core::plan::Action;
use crate::core::read::{IncomingMessage, Says};
use crate::core::views::PageView;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

/// Version of the message protocol between the content scripts and the worker (the
/// worker's `PAGE_PROTOCOL` in background.js, `AFTERVIEW_PROTOCOL` in the content scripts):
/// a page speaking another version is told to reload its tab.
pub const PROTOCOL: u32 = 2;

/// What a content script sends over its port.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PageToEngine {
    /// Is the engine there?
    Ping,
    /// A compose surface was found or its recipients changed: who is this for?
    Compose {
        /// `gmail`, `outlook` or `linkedin`.
        site: String,
        /// `compose`, `reply`, `invite-note` or `message`.
        surface: String,
        /// Recipients as read (emails, profile URLs or display names).
        #[serde(default)]
        to: Vec<String>,
        /// Cc recipients.
        #[serde(default)]
        cc: Vec<String>,
        /// The page's own length limit in UTF-16 units (a note box's `maxlength`); the
        /// suggested draft keeps to it when it is below the profile's.
        #[serde(default)]
        limit: Option<usize>,
    },
    /// Check the draft as it stands.
    Check {
        /// The draft: channel, recipients, subject, body, purpose.
        draft: Draft,
    },
    /// The user sent a message from a recognised surface.
    Sent {
        /// Made by the content script when the message went (a random UUID) and kept on
        /// every retry: the recorded event takes it as its id, and a `sent` whose id the
        /// state already holds is answered `recorded` without a second event.
        id: String,
        /// The channel it went out on.
        channel: Channel,
        /// Recipients as read.
        #[serde(default)]
        to: Vec<String>,
        /// Cc recipients.
        #[serde(default)]
        cc: Vec<String>,
        /// Subject line (empty for LinkedIn).
        #[serde(default)]
        subject: String,
        /// The text sent.
        #[serde(default)]
        body: String,
    },
    /// The user asked to track someone seen on the page ("Track this person", "Save as contact").
    Track {
        /// The process to add them to (existing or new).
        #[serde(with = "crate::core::wire::field")]
        target: ProcessTarget,
        /// Who they are, as read from the page.
        person: NewContact,
    },
    /// The user opened a message: what does it say?
    Read {
        /// The message as the page shows it.
        message: IncomingMessage,
    },
    /// The user confirmed a reading: record what the message says in its process.
    RecordReading {
        /// The message, read again by the engine.
        message: IncomingMessage,
        /// What it says as the user corrected it, when the reading was unsure and they
        /// chose another kind (none: as read).
        #[serde(default)]
        says: Option<Says>,
    },
    /// The user asked to track the application an untracked sender invites them to.
    TrackApplication {
        /// The invitation.
        message: IncomingMessage,
    },
    /// The user opened "Track this person" or "Save to Afterview": the processes to pick
    /// from. Asked only then, so that a page's answers never list what the user tracks
    /// unless the user asked to see it.
    Processes,
    /// The people the user tracks, for "Who is this for?" on a text box Afterview was
    /// asked to check on a page it does not know. Asked only when the user opens it.
    People,
    /// "Add to dictionary" on a spelling finding: the spelling check accepts `word` from
    /// now on (answered `recorded`).
    AddWord {
        /// The word, as it is written in the draft.
        word: String,
    },
}

/// A tracked person as "Who is this for?" lists them.
#[derive(Debug, Clone, Serialize)]
pub struct PersonChoice {
    /// Their name.
    pub name: String,
    /// Their application's company.
    pub company: String,
    /// Their application's role.
    pub role: String,
    /// What names them as a recipient (their email, else their LinkedIn address, else
    /// their name): a text box checked on request is matched as if sent to it.
    pub recipient: String,
}

/// A process as the page's picker lists it.
#[derive(Debug, Clone, Serialize)]
pub struct ProcessSummary {
    /// Its id.
    pub id: String,
    /// The company.
    pub company: String,
    /// The role.
    pub role: String,
}

/// The change an undo bar offers to revert.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UndoOffer {
    /// Its id: what the bar's Undo names, so that it reverts this change and no later one.
    pub change: String,
    /// What it did, in words.
    pub label: String,
}

/// What the engine answers a content script.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EngineToPage {
    /// Answer to `ping`.
    Pong {
        /// The core's version.
        version: String,
        /// The protocol version.
        protocol: u32,
        /// Whether the user lets opened messages be read (the profile's `read_replies`).
        read_replies: bool,
    },
    /// What an opened message says, as the page shows it.
    Reading {
        /// What it says (`other`: nothing to show).
        says: String,
        /// The day it names, `YYYY-MM-DD`.
        date: Option<String>,
        /// The sentence for the panel ("Globex says they will decide by Friday 4 December").
        summary: String,
        /// `PROCESS:CONTACT` of the sender ("PROCESS:" for someone new at the company),
        /// empty for an untracked sender.
        #[serde(rename = "match")]
        matched: String,
        /// What the user may do: `record`, `track`, `none`, or nothing more (`recorded`:
        /// the message was recorded before).
        offer: String,
        /// Whether the reading is sure; an unsure one asks the user what the message says
        /// before it is recorded.
        sure: bool,
    },
    /// Who a compose is for, and what is due for them.
    Context {
        /// The match, or null.
        context: Option<Context>,
        /// The contact's name, for the panel.
        contact_name: Option<String>,
        /// The company, for the panel.
        company: Option<String>,
        /// The contact's next action, when one is planned.
        action: Option<Action>,
        /// The suggested draft for the matched purpose.
        draft: Option<Message>,
        /// The profile's invitation-note limit (L2), for pages that show no `maxlength`.
        note_limit: usize,
    },
    /// Every process, for the "Track this person" picker (answer to `processes`).
    Processes {
        /// Id, company and role of each.
        processes: Vec<ProcessSummary>,
    },
    /// Every tracked person (answer to `people`).
    People {
        /// Name, application and recipient of each.
        people: Vec<PersonChoice>,
    },
    /// The person is now a contact.
    Tracked {
        /// Where they went.
        tracked: Tracked,
    },
    /// The findings for a `check`.
    Findings {
        /// The checker's report.
        report: Report,
        /// True while the dictionary is still loading after the worker started: spelling
        /// was not checked, and a check a moment later will include it.
        spelling_pending: bool,
    },
    /// A `sent` event was recorded (or not: `recorded` false when nothing matched).
    Recorded {
        /// Whether an event was appended.
        recorded: bool,
    },
    /// Something went wrong; the page shows nothing and logs this.
    Error {
        /// What went wrong.
        message: String,
    },
}

/// What the popup and options pages send with `runtime.sendMessage`.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UiToEngine {
    /// The whole state, its plan and any storage problem: for the export and the
    /// playground, which show the document itself.
    Overview,
    /// What one page draws (`core::views`): the overview with the state cut down to that
    /// page's view, which carries no sent body.
    View {
        /// The page.
        page: PageView,
    },
    /// Append an event to a process.
    Record {
        /// The process id.
        process: String,
        /// The event to append.
        event: Event,
    },
    /// Correct a recorded event (its time, what it says), found by its id.
    EditEvent {
        /// The process id.
        process: String,
        /// The event as it should now read, with its id.
        event: Event,
    },
    /// Delete a recorded event.
    DeleteEvent {
        /// The process id.
        process: String,
        /// The event's id.
        id: String,
    },
    /// Revert one change, and only it (`core::history`): the one the page's undo bar
    /// names, or the last one when none is named.
    Undo {
        /// The change's id, as the overview's `undo` gave it.
        #[serde(default)]
        change: Option<String>,
    },
    /// Replace the profile.
    SaveProfile {
        /// The new profile (its dictionary is left as it is: words change only by
        /// `add_word` and `remove_word`).
        profile: Profile,
        /// The profile as the page drew it: only what the user changed since is saved,
        /// over whatever was changed elsewhere meanwhile (`core::history::rebase_edit`).
        #[serde(default)]
        base: Option<Profile>,
    },
    /// Takes a word out of the user's dictionary (the options page).
    RemoveWord {
        /// The word.
        word: String,
    },
    /// Mark an action done by recording the matching `sent` event.
    MarkDone {
        /// The process id.
        process: String,
        /// The action kind.
        kind: ActionKind,
        /// The contact, if any.
        contact: Option<String>,
    },
    /// Import a state document (validated first; a bad one changes nothing).
    Import {
        /// The document as read from the file.
        document: serde_json::Value,
        /// Replace or merge.
        mode: ImportMode,
    },
    /// Delete everything stored (the user confirmed), but the kept copy of a document
    /// the engine could not read.
    DeleteAll,
    /// Delete the kept copy of a document the engine could not read.
    DeleteKeptCopy,
    /// Put an action off until a later time.
    Snooze {
        /// The process id.
        process: String,
        /// The action kind.
        kind: ActionKind,
        /// The contact, if any.
        contact: Option<String>,
        /// When to bring it back.
        #[serde(with = "crate::core::model::instant")]
        until: chrono::DateTime<chrono::FixedOffset>,
    },
    /// Keep a page as it was just drawn, to paint it at once the next time it opens.
    KeepView {
        /// Which page.
        page: KeptPage,
        /// The revision of the state the drawing shows (the overview's): a drawing of an
        /// older state than the stored one is not kept.
        #[serde(default)]
        revision: u64,
        /// The drawing: `[tag, {attributes}, ...children]`, a child being such a list or a
        /// text.
        view: serde_json::Value,
    },
    /// Keep the user's edit of an action's draft (the popup's fields), to show it again
    /// the next time the popup opens; without `draft`, forget it (reset, or done).
    KeepDraft {
        /// The action, as `process|kind|contact|due`.
        action: String,
        /// The subject and body as the user left them.
        #[serde(default)]
        draft: Option<KeptDraft>,
    },
    /// Tick or untick an item of the checklist before an interview.
    TickPrep {
        /// The process id.
        process: String,
        /// When the interview starts (which of the process's interviews).
        #[serde(with = "crate::core::model::instant")]
        interview: chrono::DateTime<chrono::FixedOffset>,
        /// The item's id (`core::prep`).
        item: String,
        /// Ticked, or unticked.
        done: bool,
    },
    /// Start following an application: a company and a role (answered with `created`).
    NewApplication {
        /// The company.
        company: String,
        /// The role applied for (may be empty).
        #[serde(default)]
        role: String,
    },
    /// Save one application as the applications page edited it: its people, rounds,
    /// notes, references and rank (its events and snoozes stay as stored).
    SaveApplication {
        /// The application as edited.
        process: Process,
        /// The application as the page drew it: only what the user changed since is
        /// saved, over whatever was changed elsewhere meanwhile (`core::history::rebase_edit`).
        #[serde(default)]
        base: Option<Process>,
    },
    /// Delete one application and everything in it.
    DeleteApplication {
        /// The process id.
        process: String,
    },
    /// Archive an application: it leaves the plan and the active list.
    Archive {
        /// The process id.
        process: String,
    },
    /// Bring back an application the user archived.
    Unarchive {
        /// The process id.
        process: String,
    },
}

/// A draft as the user edited it in the popup.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeptDraft {
    /// The subject field (empty for a message without one).
    #[serde(default)]
    pub subject: String,
    /// The body field.
    pub body: String,
}

/// A page whose last drawing is kept and painted before its wasm loads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum KeptPage {
    /// The toolbar popup.
    Popup,
    /// The applications page's list of applications.
    Applications,
}

impl KeptPage {
    /// The `chrome.storage.session` key its drawing is kept under.
    pub fn key(self) -> &'static str {
        match self {
            KeptPage::Popup => POPUP_VIEW_KEY,
            KeptPage::Applications => APPLICATIONS_VIEW_KEY,
        }
    }
}

/// How an imported document joins the stored one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ImportMode {
    /// The import becomes the state (the profile too).
    Replace,
    /// New processes, contacts and entries, and the dictionary's new words, are added;
    /// nothing there changes.
    Merge,
}

/// The engine's answer to the popup and options pages.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EngineToUi {
    /// The state as the engine holds it, with its plan.
    Overview {
        /// The state (boxed: it is by far the largest answer).
        state: Box<State>,
        /// Pending actions.
        actions: Vec<Action>,
        /// A storage problem the user must see (corrupt or future document), if any.
        problem: Option<String>,
        /// The changes Undo can take back, oldest first.
        #[serde(default)]
        changes: Vec<UndoOffer>,
        /// The revision of the state (each write adds one), for a kept drawing's stamp.
        #[serde(default)]
        revision: u64,
    },
    /// The change was saved.
    Saved {
        /// The id under which Undo offers it, when it is kept for Undo.
        change: Option<String>,
    },
    /// A new application was saved.
    Created {
        /// Its process id.
        process: String,
        /// The id under which Undo offers it.
        change: Option<String>,
    },
    /// The import was saved.
    Imported {
        /// What was added (all of it, for a replace).
        summary: MergeSummary,
        /// The id under which Undo offers it.
        change: Option<String>,
    },
    /// The request failed.
    Error {
        /// What went wrong.
        message: String,
    },
}

/// Sends `message` to the engine from an extension page and reads its answer.
pub async fn ask_engine(message: &UiToEngine) -> Result<EngineToUi, String> {
    let js = message_to_js(message);
    if message.changes_state() {
        // One id for this request, on every attempt: the engine counts it once.
        let id = format!(
            "{:x}-{:x}",
            (js_sys::Math::random() * 2f64.powi(52)) as u64,
            js_sys::Date::now() as u64
        );
        let _ = js_sys::Reflect::set(
            &js,
            &JsValue::from_str("request_id"),
            &JsValue::from_str(&id),
        );
    }
    let mut reply = super::browser::send_to_engine(js.clone()).await?;
    // The engine restarted under the request (a trap): sent again, under the same id.
    for _ in 0..RESTART_RETRIES {
        if !restarted(&reply) {
            break;
        }
        reply = super::browser::send_to_engine(js.clone()).await?;
    }
    let answer: EngineToUi =
        message_from_js(&reply).map_err(|e| format!("unexpected answer from the engine: {e}"))?;
    if let EngineToUi::Saved { change: Some(id) }
    | EngineToUi::Created {
        change: Some(id), ..
    }
    | EngineToUi::Imported {
        change: Some(id), ..
    } = &answer
    {
        OWN_CHANGE.with(|own| own.replace(Some(id.clone())));
    }
    Ok(answer)
}

thread_local! {
    /// The last change this page made, as the engine kept it for Undo.
    static OWN_CHANGE: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// The change an undo bar offers among `changes` (oldest first): the last one this page
/// made while it is still offered, so that a change made meanwhile in another tab (a
/// send recorded from a mail tab) does not take its place under the user's pointer;
/// otherwise the newest.
pub fn offer_of(changes: &[UndoOffer]) -> Option<UndoOffer> {
    let own = OWN_CHANGE.with(|own| own.borrow().clone());
    own.and_then(|id| changes.iter().find(|c| c.change == id))
        .or(changes.last())
        .cloned()
}

/// How often a request is sent again when the engine restarted under it.
const RESTART_RETRIES: usize = 2;

/// Whether the worker answered that the engine restarted under the request.
fn restarted(reply: &JsValue) -> bool {
    js_sys::Reflect::get(reply, &JsValue::from_str("restarted"))
        .ok()
        .and_then(|r| r.as_bool())
        .unwrap_or(false)
}

impl UiToEngine {
    /// Whether the request changes what is stored (everything but reading the overview,
    /// keeping a drawing and keeping a draft), and so carries a request id that makes it
    /// count once.
    pub fn changes_state(&self) -> bool {
        !matches!(
            self,
            UiToEngine::Overview
                | UiToEngine::View { .. }
                | UiToEngine::KeepView { .. }
                | UiToEngine::KeepDraft { .. }
        )
    }
}
