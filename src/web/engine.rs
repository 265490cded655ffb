//! The engine: the extension's service worker, and the ONE writer of the state in
//! `chrome.storage.local` (key `afterview`). `background.js` registers the listeners
//! synchronously and hands each event to the functions exported here once the wasm is
//! ready. Every write also stamps `afterview_meta` with this worker's id, so the
//! storage echo of our own write is told apart from a change made elsewhere (an import,
//! a test seeding the store), which is reloaded.

use super::browser::{self, Area};
use super::i18n::{text, text_with};
use super::intl::zone_for;
use super::json::{js_to_json, message_from_js, message_to_js, to_js};
use super::keys::{
    BACKUP_KEY, DRAFTS_KEY, KEPT_VIEW_KEYS, META_KEY, NOTIFIED_KEY, PENDING_SENDS_KEY,
    PREMIGRATION_KEY, SET_ASIDE_KEY, STATE_KEY, UNDO_KEY,
};
use super::messages::{
    EngineToPage, EngineToUi, ImportMode, KeptDraft, KeptPage, PageToEngine, PersonChoice,
    ProcessSummary, UiToEngine, UndoOffer, PROTOCOL,
};
use crate::core::calendar::{local_date, Zone};
use crate::core::check::text::WordSet;
use crate::core::check::{
    check, draft_context, known_words, sent_notes, Draft, Options, SentNotes,
};
use crate::core::draft::compose_within;
use crate::core::edit::{
    add_word, apply_change, archive, delete_event, delete_process, edit_event, merge,
    new_application, record_event, remove_word, save_process, tick_prep, track_contact, unarchive,
    MergeSummary, NewContact, ProcessTarget,
};
use crate::core::history::{self, Change};
use crate::core::lexicon::Speller;
use crate::core::matching::{default_purpose, find_recipient, next_action_for, Context};
use crate::core::model::{
    is_future_schema, state_from_value, ActionKind, Channel, Event, EventKind, Snooze, State,
    SCHEMA_VERSION,
};
use crate::core::plan::{action_title, plan, to_notify, Status};
use crate::core::stage::stage_of;
use crate::core::views::{actions_of, view_of, PageView};
use serde_json::Value;
use std::cell::RefCell;

use wasm_bindgen::prelude::*;

mod reading;
mod requests;
mod set_aside;

/// The alarm that wakes the worker at the next due or opening time.
pub const ALARM: &str = "afterview-next";

/// Where the spelling dictionary is.
#[derive(Default)]
enum Spelling {
    /// Not given yet: the worker gives it right after the engine started.
    #[default]
    Loading,
    /// Parsed and in use.
    Ready(Box<Speller>),
    /// It failed to load: spelling is off.
    Off,
}

#[derive(Default)]
struct Store {
    /// The spelling dictionary, parsed once after start.
    spelling: Spelling,
    state: State,
    /// Why the stored document is not in use, when it could not be read.
    problem: Option<String>,
    writer: String,
    revision: u64,
    /// The state's words the speller need not know, built at the first check after the
    /// state changed.
    known: Option<WordSet>,
    /// The fingerprints of the notes already sent (near-copy check), built with `known`.
    sent: Option<SentNotes>,
    /// The last changes, oldest first, each of which Undo can revert on its own
    /// (`core::history`); kept under [`UNDO_KEY`] in session storage too.
    changes: Vec<Change>,
}

impl Store {
    /// Puts `state` in use: the stored document is fine again and what was derived from
    /// the previous state is forgotten.
    fn use_state(&mut self, state: State) {
        self.state = state;
        self.problem = None;
        self.known = None;
        self.sent = None;
    }
}

thread_local! {
    static STORE: RefCell<Store> = RefCell::new(Store::default());
}

fn zone(state: &State) -> std::rc::Rc<dyn Zone> {
    zone_for(state.profile.timezone.as_deref())
}

/// Starts the engine: loads the state, then refreshes the badge and alarm. It answers
/// from then on; spelling joins when [`engine_load_dictionary`] has run (the worker
/// calls it right after, so a first check after the worker woke up does not wait for
/// the dictionary to be parsed, and says that spelling was not checked yet).
#[wasm_bindgen]
pub async fn engine_start() {
    STORE.with(|s| {
        let mut s = s.borrow_mut();
        s.writer = format!("engine-{}", js_sys::Math::random());
        s.spelling = Spelling::Loading;
    });
    load().await;
    requests::load().await;
    set_aside::load().await;
    start_notification_mark().await;
    refresh().await;
}

/// Starts the engine without the stored document, after a start with it stopped the
/// engine (a trap while reading it): the document is kept untouched under
/// [`BACKUP_KEY`] and reported, as a document the engine could not read is, so that the
/// options page still offers its download, Import → Replace and Delete all. Nothing of
/// it is read, so the same trap cannot happen again; spelling stays off.
#[wasm_bindgen]
pub async fn engine_start_safe() {
    STORE.with(|s| {
        let mut s = s.borrow_mut();
        s.writer = format!("engine-{}", js_sys::Math::random());
        s.spelling = Spelling::Off;
        s.use_state(State::default());
    });
    let stored = browser::storage_get(&[STATE_KEY])
        .await
        .ok()
        .and_then(|v| js_sys::Reflect::get(&v, &JsValue::from_str(STATE_KEY)).ok())
        .filter(|v| !v.is_undefined() && !v.is_null());
    if let Some(stored) = stored {
        let _ = browser::storage_set(&[(BACKUP_KEY, stored)]).await;
    }
    set_problem(Some(text("engine_kept_trapped")));
}

/// Gives the engine the Hunspell files the extension ships. A dictionary that fails to
/// load only turns spelling off.
#[wasm_bindgen]
pub fn engine_load_dictionary(aff: String, dic: String) {
    let speller = Speller::new(&aff, &dic)
        .map_err(|e| web_sys::console::warn_1(&JsValue::from_str(&format!("Afterview: {e}"))))
        .ok();
    STORE.with(|s| {
        let mut s = s.borrow_mut();
        s.spelling = match speller {
            Some(speller) => Spelling::Ready(Box::new(speller)),
            None => Spelling::Off,
        };
    });
}

/// On the very first start there is no mark of what was notified: everything before now
/// counts as notified.
async fn start_notification_mark() {
    if notified_mark().await.is_none() {
        set_notified_mark(super::now()).await;
    }
}

/// The time up to which opened and due actions were notified, when one is stored.
async fn notified_mark() -> Option<chrono::DateTime<chrono::FixedOffset>> {
    let mark = browser::stored(Area::Local, NOTIFIED_KEY).await.ok()??;
    chrono::DateTime::parse_from_rfc3339(&mark.as_string()?).ok()
}

/// Stores `at` as the time up to which actions were notified.
async fn set_notified_mark(at: chrono::DateTime<chrono::FixedOffset>) {
    let mark = JsValue::from_str(&at.to_rfc3339());
    let _ = browser::storage_set(&[(NOTIFIED_KEY, mark)]).await;
}

/// Reads the stored document: a good one becomes the state; a bad one is kept untouched
/// under [`BACKUP_KEY`] and reported, and nothing is written over it.
async fn load() {
    let changes: Vec<Change> = browser::stored_or_default(Area::Session, UNDO_KEY).await;
    STORE.with(|s| s.borrow_mut().changes = changes);
    let stored = match browser::storage_get(&[STATE_KEY]).await {
        Ok(v) => {
            js_sys::Reflect::get(&v, &JsValue::from_str(STATE_KEY)).unwrap_or(JsValue::UNDEFINED)
        }
        Err(e) => {
            set_problem(Some(text_with(
                "engine_storage_unreadable",
                &[&e.to_string()],
            )));
            return;
        }
    };
    if stored.is_undefined() || stored.is_null() {
        STORE.with(|s| {
            s.borrow_mut().use_state(State::default());
        });
        return;
    }
    let raw = js_to_json(&stored);
    let mut migrated = false;
    let parsed = match raw {
        Ok(value) => {
            let future = is_future_schema(&value);
            migrated = value.get("schema").and_then(Value::as_u64) != Some(SCHEMA_VERSION);
            state_from_value(value).map_err(|e| (super::plain::document_problem(&e), future))
        }
        Err(e) => Err((text_with("engine_not_json", &[&e.to_string()]), false)),
    };
    match parsed {
        Ok(state) => {
            if migrated {
                // An older document is read through migrate(); keep it as it was before
                // the first write replaces it.
                let _ = browser::storage_set(&[(PREMIGRATION_KEY, stored)]).await;
            }
            STORE.with(|s| s.borrow_mut().use_state(state))
        }
        Err((message, future)) => {
            let _ = browser::storage_set(&[(BACKUP_KEY, stored)]).await;
            let key = if future {
                "engine_kept_newer"
            } else {
                "engine_kept_unreadable"
            };
            set_problem(Some(text_with(key, &[&message])));
        }
    }
}

fn set_problem(problem: Option<String>) {
    STORE.with(|s| s.borrow_mut().problem = problem);
}

thread_local! {
    /// The last write queued: each change waits for the one before it, so it is computed
    /// from the state that change left, and two writes never interleave.
    static LAST_WRITE: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
}

/// Runs `write` once every write queued before it has finished.
async fn queued<T>(write: impl std::future::Future<Output = T>) -> T {
    let mut release: Option<js_sys::Function> = None;
    let mine = js_sys::Promise::new(&mut |resolve, _| release = Some(resolve));
    if let Some(before) = LAST_WRITE.with(|w| w.borrow_mut().replace(mine)) {
        let _ = wasm_bindgen_futures::JsFuture::from(before).await;
    }
    let out = write.await;
    if let Some(release) = release {
        let _ = release.call0(&JsValue::UNDEFINED);
    }
    out
}

/// Applies `change` to the state and writes it, unless the stored document is in
/// trouble (then nothing is written over it). See [`write_change`].
async fn mutate(label: &str, change: impl FnOnce(&mut State) -> Result<(), String>) -> Written {
    write_change(label, false, change).await
}

/// What a write gives back: the id under which Undo offers the change (none when it
/// changed nothing Undo could take back), or why nothing was written.
type Written = Result<Option<String>, String>;

/// The one write path. Applies `change` to a copy of the state and checks the copy with
/// the loader's own rules (`core::edit::apply_change`: a change that would leave a
/// document the engine could not load is refused, with the reason, and changes nothing),
/// writes the copy, and only once storage took it makes it the state in memory (commit
/// after write): a write that fails (the quota, the disk) changes nothing, and the answer
/// says what happened and how to keep a copy. What the change did is kept for Undo
/// (`core::history`) under [`UNDO_KEY`] in session storage (in memory until the browser
/// closes, outside the local quota), with an id and `label` (what it did, in words). A
/// document the engine could not read is never written over, unless `over_kept` (an
/// import that replaces everything: the way out; the kept copy stays under its own key).
/// Every change runs in the write queue, computed from the state the change before it left.
async fn write_change(
    label: &str,
    over_kept: bool,
    change: impl FnOnce(&mut State) -> Result<(), String>,
) -> Written {
    let label = text(label);
    queued(async move {
        let (next, revision, doc, meta, changes, change) = STORE.with(|s| {
            let s = s.borrow();
            if let (Some(problem), false) = (&s.problem, over_kept) {
                return Err(problem.clone());
            }
            let next = apply_change(&s.state, change)?;
            let revision = s.revision + 1;
            let id = format!("{}-{revision}", s.writer);
            let done = history::change_between(&s.state, &next, &id, &label);
            let mut changes = s.changes.clone();
            let kept = !history::is_empty(&done);
            if kept {
                history::keep(&mut changes, done);
            }
            let meta = serde_json::json!({"writer": s.writer, "revision": revision});
            let doc = to_js(&next);
            Ok((
                next,
                revision,
                doc,
                to_js(&meta),
                changes,
                kept.then_some(id),
            ))
        })?;
        browser::storage_set(&[(STATE_KEY, doc), (META_KEY, meta)])
            .await
            .map_err(|e| text_with("engine_not_saved", &[&e]))?;
        let offered = keep_changes(changes).await;
        STORE.with(|s| {
            let mut s = s.borrow_mut();
            s.use_state(next);
            s.revision = revision;
        });
        refresh().await;
        Ok(change.filter(|_| offered))
    })
    .await
}

/// Makes `changes` the ones Undo offers, in memory and in session storage. When storage
/// does not take them, the kept list is removed rather than left behind (an older list
/// would offer changes that are no longer the last), Undo offers nothing, and the answer
/// is false.
async fn keep_changes(changes: Vec<Change>) -> bool {
    let stored = browser::storage_set_in(Area::Session, &[(UNDO_KEY, to_js(&changes))])
        .await
        .is_ok();
    let kept = if stored {
        changes
    } else {
        let _ = browser::storage_remove_in(Area::Session, &[UNDO_KEY]).await;
        Vec::new()
    };
    STORE.with(|s| s.borrow_mut().changes = kept);
    stored
}

/// Reverts the change `id` (the last one when none is named) and nothing else: every
/// change made after it stays (`core::history::revert`). Refused, with the reason, when a
/// later change built on it; the change is then still offered, and nothing changed.
async fn undo(id: Option<String>) -> Written {
    let change = STORE.with(|s| {
        let s = s.borrow();
        match &id {
            Some(id) => s.changes.iter().find(|c| &c.id == id).cloned(),
            None => s.changes.last().cloned(),
        }
    });
    let change = change.ok_or_else(|| text("engine_nothing_to_undo"))?;
    let label = change.label.clone();
    // Taking back an undo puts the change back (a redo, which Undo takes back in turn);
    // any other change is undone.
    let did = if label == text("undo_undo") {
        "undo_redo"
    } else {
        "undo_undo"
    };
    let result = mutate(did, |state| {
        *state = history::revert(state, &change).map_err(|why| {
            text_with(
                "engine_undo_refused",
                &[&label, &super::plain::edit_conflict(&why)],
            )
        })?;
        Ok(())
    })
    .await;
    if result.is_ok() {
        // Taken back: it is offered no more (the undo itself is, as the last change).
        let changes = STORE.with(|s| {
            let mut changes = s.borrow().changes.clone();
            changes.retain(|c| c.id != change.id);
            changes
        });
        keep_changes(changes).await;
    }
    result
}

/// `storage.onChanged` from anywhere: reload unless it is the echo of our own write.
#[wasm_bindgen]
pub async fn engine_storage_changed(changes: JsValue, area: String) {
    if area != "local"
        || !js_sys::Reflect::has(&changes, &JsValue::from_str(STATE_KEY)).unwrap_or(false)
    {
        return;
    }
    let writer = js_sys::Reflect::get(&changes, &JsValue::from_str(META_KEY))
        .ok()
        .and_then(|c| js_sys::Reflect::get(&c, &JsValue::from_str("newValue")).ok())
        .and_then(|m| js_sys::Reflect::get(&m, &JsValue::from_str("writer")).ok())
        .and_then(|w| w.as_string());
    if writer.is_some() && writer == STORE.with(|s| Some(s.borrow().writer.clone())) {
        return;
    }
    // Written from outside (an import in another build, a test): the kept drawings may
    // not show it. Read in the write queue, so that an overview asked after it sees it.
    queued(async {
        let _ = browser::storage_remove_in(Area::Session, &KEPT_VIEW_KEYS).await;
        load().await;
        // Another state than any page drew: a drawing made before this is not kept.
        STORE.with(|s| s.borrow_mut().revision += 1);
    })
    .await;
    refresh().await;
}

/// The alarm fired (or the browser woke): notify what opened or fell due since the
/// stored mark of what was already notified, once each, then move the mark and re-arm.
#[wasm_bindgen]
pub async fn engine_alarm(_name: String) {
    let now = super::now();
    let mark = notified_mark().await;
    let notes = STORE.with(|s| {
        let s = s.borrow();
        let z = zone(&s.state);
        let actions = plan(&s.state, now, z.as_ref()).actions;
        to_notify(&actions, mark.unwrap_or(now), now)
            .into_iter()
            .map(|a| {
                let left = a.due - now;
                let message = if left.num_minutes() > 0 {
                    text_with("engine_due_in", &[&human_duration(left), &a.why])
                } else {
                    text_with("engine_due_now", &[&a.why])
                };
                let id = a.key();
                (id, action_title(&s.state, a), message)
            })
            .collect::<Vec<_>>()
    });
    for (id, title, message) in notes {
        let _ = browser::notify(&id, &title, &message).await;
    }
    set_notified_mark(now).await;
    refresh().await;
}

fn human_duration(d: chrono::Duration) -> String {
    let hours = d.num_hours();
    if hours >= 48 {
        text_with("engine_days", &[&(hours / 24).to_string()])
    } else if hours > 1 {
        text_with("engine_hours", &[&hours.to_string()])
    } else if hours == 1 {
        text("engine_one_hour")
    } else {
        text_with("engine_minutes", &[&d.num_minutes().max(1).to_string()])
    }
}

/// Badge = actions due today (open or overdue, due before tomorrow); alarm = the next
/// opening or due time still ahead.
async fn refresh() {
    let now = super::now();
    let (count, next) = STORE.with(|s| {
        let s = s.borrow();
        let z = zone(&s.state);
        let actions = plan(&s.state, now, z.as_ref()).actions;
        let today = local_date(z.as_ref(), now);
        let count = actions
            .iter()
            .filter(|a| a.status != Status::Upcoming && local_date(z.as_ref(), a.due) <= today)
            .count();
        let next = actions
            .iter()
            .flat_map(|a| [a.opens, a.due])
            .filter(|t| *t > now)
            .min();
        (count, next)
    });
    let _ = browser::set_badge(&if count == 0 {
        String::new()
    } else {
        count.to_string()
    })
    .await;
    match next {
        Some(t) => {
            let _ = browser::set_alarm(ALARM, t.timestamp_millis() as f64).await;
        }
        None => {
            let _ = browser::clear_alarm(ALARM).await;
        }
    }
}

/// A message from a content script's port. Content scripts are not trusted with the
/// state: they get the match for their own compose or the reading of the message they
/// show, and may record a `sent` event or what such a message says, no more.
#[wasm_bindgen]
pub async fn engine_page_message(message: JsValue) -> JsValue {
    let parsed: Result<PageToEngine, _> = message_from_js(&message);
    let answer = match parsed {
        Err(e) => EngineToPage::Error {
            message: format!("unrecognised message: {e}"),
        },
        Ok(PageToEngine::Ping) => EngineToPage::Pong {
            version: env!("CARGO_PKG_VERSION").to_string(),
            protocol: PROTOCOL,
            read_replies: STORE.with(|s| s.borrow().state.profile.read_replies),
        },
        Ok(PageToEngine::Compose {
            to,
            cc,
            surface,
            limit,
            ..
        }) => compose_context(&to, &cc, channel_of(&surface), limit),
        Ok(PageToEngine::Check { draft }) => check_draft(&draft),
        Ok(PageToEngine::Sent {
            id,
            channel,
            to,
            cc,
            subject,
            body,
        }) => record_sent(id, channel, &to, &cc, subject, body).await,
        Ok(PageToEngine::Track { target, person }) => track(&target, person).await,
        Ok(PageToEngine::Read { message }) => reading::read_message(&message),
        Ok(PageToEngine::RecordReading { message, says }) => reading::record(&message, says).await,
        Ok(PageToEngine::TrackApplication { message }) => reading::track(&message).await,
        Ok(PageToEngine::Processes) => process_summaries(),
        Ok(PageToEngine::People) => people(),
        Ok(PageToEngine::AddWord { word }) => {
            match mutate("undo_add_word", |state| add_word(state, &word)).await {
                Ok(_) => EngineToPage::Recorded { recorded: true },
                Err(message) => EngineToPage::Error { message },
            }
        }
    };
    message_to_js(&answer)
}

async fn track(target: &ProcessTarget, person: NewContact) -> EngineToPage {
    let mut tracked = None;
    let result = mutate("undo_track", |state| {
        tracked = Some(track_contact(state, target, person)?);
        Ok(())
    })
    .await;
    match (result, tracked) {
        (Ok(_), Some(tracked)) => EngineToPage::Tracked { tracked },
        (Err(message), _) => EngineToPage::Error { message },
        (Ok(_), None) => EngineToPage::Error {
            message: "the contact was not saved".into(),
        },
    }
}

/// The channel a page surface sends on (`data-surface` in docs/contract.md).
fn channel_of(surface: &str) -> Channel {
    match surface {
        "invite-note" => Channel::LinkedinNote,
        "message" | "profile" => Channel::LinkedinMessage,
        _ => Channel::Email,
    }
}

fn compose_context(
    to: &[String],
    cc: &[String],
    channel: Channel,
    box_limit: Option<usize>,
) -> EngineToPage {
    let now = super::now();
    STORE.with(|s| {
        let s = s.borrow();
        let z = zone(&s.state);
        let recipients: Vec<String> = to.iter().chain(cc).cloned().collect();
        let found = find_recipient(&s.state, &recipients);
        // One plan gives both the purpose (the contact's most pressing action) and that action.
        let actions = plan(&s.state, now, z.as_ref()).actions;
        let action = found
            .and_then(|(p, c)| next_action_for(&actions, &p.id, &c.id, channel))
            .cloned();
        let context = found.map(|(p, c)| Context {
            process: p.id.clone(),
            contact: c.id.clone(),
            purpose: action.as_ref().map_or(default_purpose(channel), |a| a.kind),
        });
        let draft = context.as_ref().and_then(|c| {
            compose_within(
                &s.state,
                &c.process,
                c.purpose,
                Some(&c.contact),
                now,
                z.as_ref(),
                box_limit,
            )
            .ok()
        });
        EngineToPage::Context {
            contact_name: found.map(|(_, c)| c.name.clone()),
            company: found.map(|(p, _)| p.company.clone()),
            context,
            action,
            draft,
            note_limit: s.state.profile.note_limit(),
        }
    })
}

/// Every process as the track form's picker lists it.
fn process_summaries() -> EngineToPage {
    STORE.with(|s| EngineToPage::Processes {
        processes: s
            .borrow()
            .state
            .processes
            .iter()
            .map(|p| ProcessSummary {
                id: p.id.clone(),
                company: p.company.clone(),
                role: p.role.clone(),
            })
            .collect(),
    })
}

/// Every tracked person of an application still under way, for "Who is this for?".
fn people() -> EngineToPage {
    let now = super::now();
    STORE.with(|s| EngineToPage::People {
        people: s
            .borrow()
            .state
            .processes
            .iter()
            .filter(|p| !stage_of(p, now).is_archived())
            .flat_map(|p| {
                p.contacts.iter().map(|c| PersonChoice {
                    name: c.name.clone(),
                    company: p.company.clone(),
                    role: p.role.clone(),
                    recipient: c
                        .email
                        .clone()
                        .or_else(|| c.linkedin.clone())
                        .unwrap_or_else(|| c.name.clone()),
                })
            })
            .collect(),
    })
}

/// How many misspellings a live check may send to the dictionary's own suggester, which
/// is slow (tens of milliseconds a word): none. Every misspelling still gets the ranked
/// suggestions of its own edits (fast, remembered per word); only a word with none of
/// those would wait on the slow one.
const LIVE_SUGGESTIONS: usize = 0;

fn check_draft(draft: &Draft) -> EngineToPage {
    let now = super::now();
    STORE.with(|s| {
        let mut s = s.borrow_mut();
        if s.known.is_none() {
            s.known = Some(known_words(&s.state));
        }
        if s.sent.is_none() {
            s.sent = Some(sent_notes(&s.state));
        }
        let s = &*s;
        let z = zone(&s.state);
        let speller = match &s.spelling {
            Spelling::Ready(speller) => Some(&**speller),
            Spelling::Loading | Spelling::Off => None,
        };
        let options = Options {
            speller,
            suggestions: LIVE_SUGGESTIONS,
            known: s.known.as_ref(),
            sent: s.sent.as_ref(),
            // Without a system in the profile, the browser's language's.
            spelling: Some(crate::core::model::Spelling::of_language(
                &browser::language(),
            )),
        };
        EngineToPage::Findings {
            report: check(&s.state, draft, now, z.as_ref(), options),
            spelling_pending: matches!(s.spelling, Spelling::Loading),
        }
    })
}

/// Whether `state` holds an event whose id is `id`.
fn holds_event(state: &State, id: &str) -> bool {
    state
        .processes
        .iter()
        .flat_map(|p| &p.events)
        .any(|e| e.id.as_deref() == Some(id))
}

/// Records a message the page saw go, under the id the page made for it: a retry of a
/// `sent` the engine recorded already (its answer was lost with the port, or came too
/// late) is answered `recorded` and appends nothing.
async fn record_sent(
    id: String,
    channel: Channel,
    to: &[String],
    cc: &[String],
    subject: String,
    body: String,
) -> EngineToPage {
    if id.is_empty() {
        return EngineToPage::Error {
            message: "a sent message needs an id".into(),
        };
    }
    let recorded = || STORE.with(|s| holds_event(&s.borrow().state, &id));
    if recorded() {
        return EngineToPage::Recorded { recorded: true };
    }
    let now = super::now();
    let matched = STORE.with(|s| {
        let s = s.borrow();
        let z = zone(&s.state);
        let draft = Draft {
            channel,
            to: to.to_vec(),
            cc: cc.to_vec(),
            subject: subject.clone(),
            body: body.clone(),
            purpose: None,
            limit: None,
        };
        // The purpose the checker reads in the text, not just the next planned action.
        let context = draft_context(&s.state, &draft, now, z.as_ref())?;
        let process = s.state.processes.iter().find(|p| p.id == context.process)?;
        let ids: Vec<String> = to
            .iter()
            .filter_map(|r| {
                process
                    .contacts
                    .iter()
                    .find(|c| crate::core::matching::is_contact(r, c))
                    .map(|c| c.id.clone())
            })
            .collect();
        Some((context, ids))
    });
    let Some((context, ids)) = matched else {
        return EngineToPage::Recorded { recorded: false };
    };
    let mut event = Event::new(now, EventKind::Sent);
    event.channel = Some(channel);
    event.to = if ids.is_empty() {
        vec![context.contact.clone()]
    } else {
        ids
    };
    event.purpose = Some(context.purpose);
    event.subject = (!subject.is_empty()).then_some(subject);
    event.body = Some(body);
    match append_event_as("undo_sent", &context.process, event, Some(&id)).await {
        Ok(_) => EngineToPage::Recorded { recorded: true },
        // The same send, retried while this one waited for its write, was first.
        Err(_) if recorded() => EngineToPage::Recorded { recorded: true },
        Err(message) => EngineToPage::Error { message },
    }
}

async fn append_event(label: &str, process: &str, event: Event) -> Written {
    append_event_as(label, process, event, None).await
}

/// Appends `event` to `process` with a new id, or with `id` when one is given: then an
/// event the state already holds under `id` makes it append nothing (an error). One
/// write path for both, so the wasm carries one copy of it.
async fn append_event_as(label: &str, process: &str, event: Event, id: Option<&str>) -> Written {
    mutate(label, move |state| {
        if id.is_some_and(|id| holds_event(state, id)) {
            return Err("recorded already".into());
        }
        let serial = record_event(state, process, event)?;
        if let Some(id) = id {
            let added = state
                .processes
                .iter_mut()
                .flat_map(|p| &mut p.events)
                .find(|e| e.id.as_deref() == Some(serial.as_str()));
            if let Some(added) = added {
                added.id = Some(id.to_string());
            }
        }
        Ok(())
    })
    .await
}

/// A message from the popup or an extension page. A change sent under a `request_id`
/// counts once: a repeat of it (sent again after the engine restarted under it, or
/// arriving beside the first) gets the first answer (`requests`).
#[wasm_bindgen]
pub async fn engine_ui_message(message: JsValue) -> JsValue {
    let Some(id) = requests::take_request_id(&message) else {
        return answer_ui(message).await;
    };
    match requests::turn(&id).await {
        requests::Turn::Answered(answer) => to_js(&answer),
        requests::Turn::Work => {
            let answer = answer_ui(message).await;
            let changed = js_sys::Reflect::get(&answer, &JsValue::from_str("type"))
                .ok()
                .and_then(|t| t.as_string())
                .is_some_and(|t| t != "error");
            requests::finish(&id, &answer, changed).await;
            answer
        }
    }
}

/// Answers one message from the popup or an extension page (see [`engine_ui_message`]).
async fn answer_ui(message: JsValue) -> JsValue {
    let parsed: Result<UiToEngine, _> = message_from_js(&message);
    let answer = match parsed {
        Err(e) => EngineToUi::Error {
            message: format!("unrecognised message: {e}"),
        },
        // After the writes queued before it: a page that draws itself again because the
        // stored document changed sees that change, not the state from before it.
        Ok(UiToEngine::Overview) => queued(async { overview(None) }).await,
        Ok(UiToEngine::View { page }) => queued(async { overview(Some(&page)) }).await,
        Ok(UiToEngine::Record { process, event }) => {
            changed(append_event("undo_record", &process, event).await)
        }
        Ok(UiToEngine::EditEvent { process, event }) => changed(
            mutate("undo_edit_event", |state| {
                edit_event(state, &process, event)
            })
            .await,
        ),
        Ok(UiToEngine::DeleteEvent { process, id }) => changed(
            mutate("undo_delete_event", |state| {
                delete_event(state, &process, &id)
            })
            .await,
        ),
        Ok(UiToEngine::Undo { change }) => changed(undo(change).await),
        Ok(UiToEngine::SaveProfile { profile, base }) => changed(
            mutate("undo_profile", move |state| {
                // Only what the user changed on the page, over what changed elsewhere (a
                // spelling chosen in another tab stays).
                let mut saved = match &base {
                    Some(base) => {
                        history::rebase_edit(base, &profile, &state.profile).map_err(|why| {
                            text_with(
                                "engine_edit_conflict",
                                &[&super::plain::edit_conflict(&why)],
                            )
                        })?
                    }
                    None => profile,
                };
                // The dictionary may have grown in a mail tab since the page read it.
                saved.words = std::mem::take(&mut state.profile.words);
                state.profile = saved;
                Ok(())
            })
            .await,
        ),
        Ok(UiToEngine::RemoveWord { word }) => {
            changed(mutate("undo_remove_word", |state| remove_word(state, &word)).await)
        }
        Ok(UiToEngine::MarkDone {
            process,
            kind,
            contact,
        }) => {
            let mut event = Event::new(super::now(), EventKind::Sent);
            event.channel = Some(match kind {
                ActionKind::LinkedinConnect => Channel::LinkedinNote,
                ActionKind::LinkedinMessage => Channel::LinkedinMessage,
                ActionKind::Card => Channel::Card,
                _ => Channel::Email,
            });
            event.purpose = Some(kind);
            event.to = contact.into_iter().collect();
            changed(append_event("undo_mark_done", &process, event).await)
        }
        Ok(UiToEngine::Import { document, mode }) => import(document, mode).await,
        Ok(UiToEngine::DeleteAll) => delete_all().await,
        Ok(UiToEngine::DeleteKeptCopy) => saved(browser::storage_remove(&[BACKUP_KEY]).await),
        Ok(UiToEngine::Snooze {
            process,
            kind,
            contact,
            until,
        }) => changed(
            mutate("undo_snooze", |state| {
                let p = state
                    .processes
                    .iter_mut()
                    .find(|p| p.id == process)
                    .ok_or_else(|| format!("no process {process:?}"))?;
                p.snoozes
                    .retain(|s| !(s.kind == kind && s.contact == contact));
                p.snoozes.push(Snooze {
                    kind,
                    contact,
                    until,
                });
                Ok(())
            })
            .await,
        ),
        Ok(UiToEngine::KeepView {
            page,
            view,
            revision,
        }) => saved(keep_view(page, view, revision).await),
        Ok(UiToEngine::KeepDraft { action, draft }) => saved(keep_draft(action, draft).await),
        Ok(UiToEngine::TickPrep {
            process,
            interview,
            item,
            done,
        }) => changed(
            mutate("undo_prep", |state| {
                tick_prep(state, &process, interview, &item, done)
            })
            .await,
        ),
        Ok(UiToEngine::NewApplication { company, role }) => {
            let mut created = String::new();
            let result = mutate("undo_new_application", |state| {
                created = new_application(state, &company, &role, super::now())?;
                Ok(())
            })
            .await;
            match result {
                Ok(change) => EngineToUi::Created {
                    process: created,
                    change,
                },
                Err(message) => EngineToUi::Error { message },
            }
        }
        Ok(UiToEngine::SaveApplication { process, base }) => changed(
            mutate("undo_save_application", |state| {
                let edited = match (&base, state.processes.iter().find(|p| p.id == process.id)) {
                    (Some(base), Some(current)) => history::rebase_edit(base, &process, current)
                        .map_err(|why| {
                            text_with(
                                "engine_edit_conflict",
                                &[&super::plain::edit_conflict(&why)],
                            )
                        })?,
                    _ => process,
                };
                save_process(state, edited)
            })
            .await,
        ),
        Ok(UiToEngine::DeleteApplication { process }) => changed(
            mutate("undo_delete_application", |state| {
                delete_process(state, &process)
            })
            .await,
        ),
        Ok(UiToEngine::Archive { process }) => changed(
            mutate("undo_archive", |state| {
                archive(state, &process, super::now())
            })
            .await,
        ),
        Ok(UiToEngine::Unarchive { process }) => changed(
            mutate("undo_unarchive", |state| {
                unarchive(state, &process, super::now())
            })
            .await,
        ),
    };
    message_to_js(&answer)
}

/// Keeps a page's drawing in session storage with the stored document's stamp of this
/// moment; a later write changes the stamp, and the drawing is not painted then.
async fn keep_view(page: KeptPage, view: Value, revision: u64) -> Result<(), String> {
    // In the write queue: the stamp read here is the one of the state the drawing shows,
    // unless a write came since it was drawn; then the drawing is stale and not kept.
    queued(async move {
        if STORE.with(|s| s.borrow().revision) != revision {
            return Ok(());
        }
        let meta = browser::stored(Area::Local, META_KEY)
            .await?
            .unwrap_or(JsValue::NULL);
        let kept = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&kept, &JsValue::from_str("view"), &to_js(&view));
        let _ = js_sys::Reflect::set(&kept, &JsValue::from_str("meta"), &meta);
        browser::storage_set_in(Area::Session, &[(page.key(), kept.into())]).await
    })
    .await
}

/// Keeps (or, without `draft`, forgets) the user's edit of `action`'s draft in session
/// storage, in the write queue so that quick edits land in the order they were made.
async fn keep_draft(action: String, draft: Option<KeptDraft>) -> Result<(), String> {
    queued(async move {
        // As plain JSON: the engine never reads the drafts, and a typed map would add its
        // own serde code to the module.
        let mut drafts = match browser::stored(Area::Session, DRAFTS_KEY)
            .await?
            .and_then(|kept| js_to_json(&kept).ok())
        {
            Some(Value::Object(drafts)) => drafts,
            _ => serde_json::Map::new(),
        };
        match draft {
            Some(KeptDraft { subject, body }) => {
                let kept = [("subject", subject), ("body", body)]
                    .into_iter()
                    .map(|(k, v)| (k.to_string(), Value::String(v)));
                drafts.insert(action, Value::Object(kept.collect()))
            }
            None => drafts.remove(&action),
        };
        browser::storage_set_in(
            Area::Session,
            &[(DRAFTS_KEY, to_js(&Value::Object(drafts)))],
        )
        .await
    })
    .await
}

/// Validates an imported document, then replaces or merges; a bad one changes nothing.
async fn import(document: Value, mode: ImportMode) -> EngineToUi {
    let incoming = match state_from_value(document) {
        Ok(state) => state,
        Err(e) => {
            return EngineToUi::Error {
                message: text_with(
                    "engine_not_an_export",
                    &[&super::plain::document_problem(&e)],
                ),
            }
        }
    };
    let mut summary = MergeSummary::default();
    let over_kept = mode == ImportMode::Replace;
    let result = write_change("undo_import", over_kept, |state| {
        summary = match mode {
            ImportMode::Merge => merge(state, incoming),
            ImportMode::Replace => {
                let added = MergeSummary::of(&incoming);
                *state = incoming;
                added
            }
        };
        Ok(())
    })
    .await;
    match result {
        Ok(change) => EngineToUi::Imported { summary, change },
        Err(message) => EngineToUi::Error { message },
    }
}

/// Deletes the state and every other key of ours but the kept copy of an unreadable
/// document, and clears badge and alarm.
async fn delete_all() -> EngineToUi {
    // In the write queue: a write queued before it lands first and is deleted with the
    // rest, never written back after it.
    let removed = queued(async {
        // The copy of a document the engine could not read is not deleted with the rest:
        // the options page offers it for download, and deletes it with its own button.
        let removed = browser::storage_remove(&[
            STATE_KEY,
            META_KEY,
            PREMIGRATION_KEY,
            NOTIFIED_KEY,
            PENDING_SENDS_KEY,
        ])
        .await;
        let session_keys: Vec<&str> = [UNDO_KEY, DRAFTS_KEY, SET_ASIDE_KEY]
            .into_iter()
            .chain(KEPT_VIEW_KEYS)
            .collect();
        let _ = browser::storage_remove_in(Area::Session, &session_keys).await;
        set_aside::forget();
        STORE.with(|s| {
            let mut s = s.borrow_mut();
            s.use_state(State::default());
            s.changes = Vec::new();
            s.revision += 1;
        });
        removed
    })
    .await;
    refresh().await;
    saved(removed)
}

/// The answer to a request that kept something other than a change Undo offers.
fn saved(result: Result<(), String>) -> EngineToUi {
    changed(result.map(|()| None))
}

/// The answer to a change: saved, under the id Undo offers it by.
fn changed(result: Written) -> EngineToUi {
    match result {
        Ok(change) => EngineToUi::Saved { change },
        Err(message) => EngineToUi::Error { message },
    }
}

/// The overview: the whole state for the export and the playground (`page` none), else
/// the view `page` draws (`core::views`), which carries no sent body.
fn overview(page: Option<&PageView>) -> EngineToUi {
    STORE.with(|s| {
        let s = s.borrow();
        let z = zone(&s.state);
        let actions = plan(&s.state, super::now(), z.as_ref()).actions;
        let (state, actions) = match page {
            Some(page) => (view_of(&s.state, page), actions_of(actions, page)),
            None => (s.state.clone(), actions),
        };
        EngineToUi::Overview {
            actions,
            state: Box::new(state),
            problem: s.problem.clone(),
            revision: s.revision,
            changes: s
                .changes
                .iter()
                .map(|c| UndoOffer {
                    change: c.id.clone(),
                    label: c.label.clone(),
                })
                .collect(),
        }
    })
}
