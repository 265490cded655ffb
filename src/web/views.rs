//! Views shared by the Rust pages (popup, applications page, options, playground): an
//! action as a card, the plan split into "today", "this week" and "waiting on them", the engine's
//! overview loaded into a page, its drawing kept for the next opening, a change sent with
//! its status, and the undo bar.

use super::dom::{add, attr, clear, drawing_of, el, text_el, Listeners};
use super::i18n::{text, text_with};
use super::messages::{ask_engine, offer_of, EngineToUi, KeptPage, UiToEngine, UndoOffer};
use crate::core::calendar::{local_date, to_local, Zone};
use crate::core::dates::{short_date_time, short_date_with_year};
use crate::core::model::{Process, State};
use crate::core::plan::{action_title, Action, Status};
use crate::core::views::PageView;
use chrono::{DateTime, Datelike, Duration, FixedOffset, Timelike};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use web_sys::{Document, Element};

/// The popup's three sections, in the words they are shown under: "Today" (overdue, or
/// open and due within 24 hours), "This week" (opening or due within seven days; a
/// snoozed card until it opens again) and "Waiting on them" (nothing to do before the
/// employer's time has passed). Each with its key, for
/// the page's markup.
pub fn sections(
    actions: &[Action],
    now: DateTime<FixedOffset>,
) -> [(&'static str, String, Vec<&Action>); 3] {
    let day_end = now + Duration::hours(24);
    let week_end = now + Duration::days(7);
    let mut today = Vec::new();
    let mut this_week = Vec::new();
    let mut later = Vec::new();
    for action in actions {
        // Nothing that is not open yet (put off by a snooze, or not due to start) is for
        // today: it counts from when it opens.
        let upcoming = action.status == Status::Upcoming;
        if action.status == Status::Overdue || !upcoming && action.due <= day_end {
            today.push(action);
        } else if action.opens <= week_end || !upcoming && action.due <= week_end {
            this_week.push(action);
        } else {
            later.push(action);
        }
    }
    [
        ("today", text("section_today"), today),
        ("week", text("section_this_week"), this_week),
        ("waiting", text("section_waiting"), later),
    ]
}

/// A moment on the user's clock as the pages show it: "Wed 29 Jan 14:30", with the year
/// ("Wed 29 Jan 2025 14:30") when it is not this year's.
pub fn shown_date_time(at: DateTime<FixedOffset>, zone: &dyn Zone) -> String {
    let local = to_local(zone, at).naive_local();
    let this_year = local_date(zone, super::now()).year();
    if local.year() == this_year {
        short_date_time(local)
    } else {
        format!(
            "{} {:02}:{:02}",
            short_date_with_year(local.date()),
            local.hour(),
            local.minute()
        )
    }
}

/// The profile field (kept by the core as an unknown one) that says where the popup opens
/// a draft: `gmail` (the default), `outlook` or `copy`.
pub const MAIL_SETTING: &str = "mail";

/// One action as a card: what, for whom, by when, why, and the rule it cites in plain words.
pub fn action_card(doc: &Document, state: &State, action: &Action, zone: &dyn Zone) -> Element {
    let card = el(doc, "li", "action");
    attr(&card, "data-kind", action.kind.as_str());
    attr(&card, "data-status", status_name(action.status));
    attr(&card, "data-rule", &action.rule);
    let process = state.processes.iter().find(|p| p.id == action.process);
    // Long names and companies are cut on screen; the full text stays in the tooltip.
    let heading = action_title(state, action);
    let title = text_el(doc, "h3", "action-title", &heading);
    attr(&title, "title", &heading);
    add(&card, &title);
    if let Some(p) = process {
        let place = if p.role.is_empty() {
            p.company.clone()
        } else {
            format!("{} · {}", p.company, p.role)
        };
        let line = text_el(doc, "p", "action-place", &place);
        attr(&line, "title", &place);
        add(&card, &line);
    }
    let stamp = |at| shown_date_time(at, zone);
    let due = stamp(action.due);
    let when = match action.status {
        Status::Upcoming => text_with("action_opens_due", &[&stamp(action.opens), &due]),
        Status::Open => text_with("action_due", &[&due]),
        Status::Overdue => text_with("action_overdue", &[&due]),
    };
    add(&card, &text_el(doc, "p", "action-when", &when));
    add(&card, &text_el(doc, "p", "action-why", &action.why));
    add(&card, &rule_why(doc, &action.rule));
    card
}

/// "Why?": the rule an action cites, in plain words from the locale (`rule_<id>_title`,
/// `rule_<id>_why`; core::plan::rules has the same words); its id is only the card's
/// `data-rule`, never shown.
fn rule_why(doc: &Document, rule: &str) -> Element {
    let details = el(doc, "details", "rule-why");
    add(&details, &text_el(doc, "summary", "", &text("action_why")));
    add(
        &details,
        &text_el(doc, "p", "rule-title", &text(&format!("rule_{rule}_title"))),
    );
    add(
        &details,
        &text_el(doc, "p", "rule-text", &text(&format!("rule_{rule}_why"))),
    );
    details
}

fn status_name(status: Status) -> &'static str {
    match status {
        Status::Upcoming => "upcoming",
        Status::Open => "open",
        Status::Overdue => "overdue",
    }
}

thread_local! {
    /// How many drawings this page has asked the engine's overview for.
    static DRAWINGS: Cell<u64> = const { Cell::new(0) };
}

/// What the engine holds, as one page shows it.
pub struct Overview {
    /// The state in use, cut down to the page's view (empty while a stored document is in
    /// trouble).
    pub state: State,
    /// Pending actions.
    pub actions: Vec<Action>,
    /// The change the undo bar offers, when there is one (`messages::offer_of`).
    pub undo: Option<UndoOffer>,
    /// The revision of the state drawn (a kept drawing is stamped with it).
    pub revision: u64,
    /// The id of the control that had the focus when the old drawing was taken away (read
    /// then, not when the overview was asked for: the user may have moved on meanwhile).
    pub focused: Option<String>,
}

/// Asks the engine for the overview as `page` draws it (`core::views`) and shows any
/// storage problem above `root`'s content; on failure, says so in `root` and gives nothing.
pub async fn load_overview(doc: &Document, root: &Element, page: PageView) -> Option<Overview> {
    // Two drawings may be under way at once (a click's and a change elsewhere): only the
    // one asked for last draws. The engine answers overviews in its write queue, so the
    // last one asked shows the latest state; an older answer drawn after it would put
    // back what was undone meanwhile.
    let mine = DRAWINGS.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    let answer = ask_engine(&UiToEngine::View { page }).await;
    if DRAWINGS.with(Cell::get) != mine {
        return None;
    }
    let focused = doc
        .active_element()
        .map(|e| e.id())
        .filter(|id| !id.is_empty());
    clear(root);
    super::live::drawn();
    // A drawing kept from before was painted here not yet usable (`kept.js`); what is
    // drawn from now on is live.
    let _ = root.remove_attribute("inert");
    match answer {
        Ok(EngineToUi::Overview {
            state,
            actions,
            problem,
            changes,
            revision,
        }) => {
            if let Some(problem) = &problem {
                let banner = text_el(doc, "p", "problem", problem);
                attr(&banner, "role", "alert");
                add(root, &banner);
            }
            Some(Overview {
                state: *state,
                actions,
                undo: offer_of(&changes),
                revision,
                focused,
            })
        }
        Ok(EngineToUi::Error { message }) | Err(message) => {
            add(
                root,
                &text_el(
                    doc,
                    "p",
                    "problem",
                    &text_with("engine_no_answer", &[&message]),
                ),
            );
            None
        }
        Ok(EngineToUi::Saved { .. } | EngineToUi::Created { .. } | EngineToUi::Imported { .. }) => {
            None
        }
    }
}

/// Has the engine keep `root`'s drawing as `page`'s, to paint it at once the next time
/// that page opens (`kept.js`, before any wasm is loaded), unless the state changed since
/// `revision`, the one drawn. Nothing waits for it.
pub fn keep_drawing(root: &Element, page: KeptPage, revision: u64) {
    let view = drawing_of(root);
    spawn_local(async move {
        let _ = ask_engine(&UiToEngine::KeepView {
            page,
            view,
            revision,
        })
        .await;
    });
}

/// How a process is named in the pages' lists: "Company — Role", or the company alone.
pub fn process_label(process: &Process) -> String {
    if process.role.is_empty() {
        process.company.clone()
    } else {
        format!("{} — {}", process.company, process.role)
    }
}

/// Sends a change to the engine, then runs `done` (which draws the page again) when it
/// was saved, unless the user typed while it was on its way (`live::after_save`), or says
/// in `status` why it was not saved.
pub fn send_change(message: UiToEngine, done: Rc<dyn Fn()>, status: Element) {
    send_change_noting(message, || (), done, status);
}

/// [`send_change`], with `saved` run once the change is saved, before the page is drawn
/// again or not.
pub fn send_change_noting(
    message: UiToEngine,
    saved: impl FnOnce() + 'static,
    done: Rc<dyn Fn()>,
    status: Element,
) {
    let sent_at = super::live::typings();
    spawn_local(async move {
        match ask_engine(&message).await {
            // The engine's refusals of a save are whole sentences ("Not saved, because
            // …"); anything shorter is said as why the change was not saved.
            Ok(EngineToUi::Error { message }) | Err(message) => {
                status.set_text_content(Some(&if message.ends_with('.') {
                    message
                } else {
                    text_with("change_failed", &[&message])
                }))
            }
            Ok(_) => {
                saved();
                super::live::after_save(sent_at, || done());
            }
        }
    });
}

/// "Last change: … [Undo]": the change the bar names (`offer.label` says what it did)
/// can be taken back through the engine, and only that change, whatever was changed
/// after it elsewhere; `done` runs once it is.
pub fn undo_bar(
    doc: &Document,
    view: &Listeners,
    offer: &UndoOffer,
    done: Rc<dyn Fn()>,
) -> Element {
    let label = offer.label.as_str();
    let change = offer.change.clone();
    let bar = el(doc, "p", "undo");
    attr(&bar, "role", "status");
    add(
        &bar,
        &text_el(doc, "span", "", &text_with("popup_last_change", &[label])),
    );
    // Undoing an undo puts the change back: the button says so.
    let word = if label == text("undo_undo") {
        "popup_redo"
    } else {
        "popup_undo"
    };
    let button = text_el(doc, "button", "secondary", &text(word));
    attr(&button, "type", "button");
    attr(&button, "id", "undo");
    let status = el(doc, "span", "status");
    add(&bar, &button);
    add(&bar, &status);
    view.on(&button, "click", move |_| {
        send_change(
            UiToEngine::Undo {
                change: Some(change.clone()),
            },
            done.clone(),
            status.clone(),
        )
    });
    bar
}
