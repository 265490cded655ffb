//! The engine's side of reading an opened message: the page gets what the message says
//! in one sentence and what it may offer, and may ask to record it. Everything is worked
//! out in `core::read`; the words come from the locale files.

use super::{mutate, set_aside, zone, Written, STORE};
use crate::core::calendar::Zone;
use crate::core::dates::{spoken_date, ymd};
use crate::core::model::State;
use crate::core::read::{
    offered, read, record_reading_as, recorded_summary, summary, track_application, Confidence,
    IncomingMessage, Offer, Says, Summary,
};
use crate::web::i18n::{text, text_with};
use crate::web::messages::EngineToPage;
use chrono::{DateTime, FixedOffset};

/// What `message` says, for the panel beside it; `other` (nothing shown) when the user
/// turned reading off.
pub(super) fn read_message(message: &IncomingMessage) -> EngineToPage {
    let now = crate::web::now();
    STORE.with(|s| {
        let s = s.borrow();
        let state = &s.state;
        let nothing = EngineToPage::Reading {
            says: Says::Other.as_str().into(),
            date: None,
            summary: String::new(),
            matched: String::new(),
            offer: "none".into(),
            sure: true,
        };
        if !state.profile.read_replies || set_aside::is_set_aside(message) {
            return nothing;
        }
        let z = zone(state);
        let reading = read(state, message, now, z.as_ref());
        let (Some(said), choice) = (
            summary(state, &message.from, &reading),
            offered(state, message, &reading),
        ) else {
            return nothing;
        };
        if choice == Offer::Nothing {
            return nothing;
        }
        // Recorded before: said as it was recorded (the user may have corrected it).
        let said = match choice {
            Offer::Recorded => recorded_summary(state, message, &reading).unwrap_or(said),
            _ => said,
        };
        EngineToPage::Reading {
            says: said.says.as_str().into(),
            date: said.date.map(ymd),
            summary: sentence(&said),
            matched: reading.context.map_or_else(String::new, |c| {
                format!("{}:{}", c.process, c.contact.unwrap_or_default())
            }),
            offer: match choice {
                Offer::Track => "track",
                Offer::Recorded => "recorded",
                Offer::Record | Offer::Nothing => "record",
            }
            .into(),
            sure: reading.confidence == Confidence::High,
        }
    })
}

/// The summary in words: "Globex says they will decide by Friday 4 December".
fn sentence(said: &Summary) -> String {
    let company = said.company.as_str();
    let day = said.date.map(spoken_date);
    let (key, day) = match (said.says, day) {
        (Says::Timeline, Some(day)) => ("read_says_timeline", day),
        (Says::Timeline | Says::Later, _) => ("read_says_later", String::new()),
        (Says::NextRound, Some(day)) => ("read_says_next_round_on", day),
        (Says::NextRound, None) => ("read_says_next_round", String::new()),
        (Says::Rejection, _) => ("read_says_rejection", String::new()),
        (Says::Offer, Some(day)) => ("read_says_offer_by", day),
        (Says::Offer, None) => ("read_says_offer", String::new()),
        (Says::Delay, _) => ("read_says_delay", String::new()),
        (Says::References, _) => ("read_says_references", String::new()),
        (Says::OutOfOffice, Some(day)) => ("read_says_away_until", day),
        (Says::OutOfOffice | Says::Other, _) => ("read_says_away", String::new()),
    };
    text_with(key, &[company, &day])
}

/// Records what `message` says in its sender's process (adding a new sender at the
/// company as a contact first), or what the user said it says (`says`, for an unsure
/// reading). Said to hold nothing to record, it is set aside instead: nothing is written,
/// and its panel is not offered again.
pub(super) async fn record(message: &IncomingMessage, says: Option<Says>) -> EngineToPage {
    // "Nothing to record": nothing is written, and the message is not offered again.
    if says == Some(Says::Other) {
        set_aside::set_aside(message).await;
        return EngineToPage::Recorded { recorded: false };
    }
    write_reading("undo_reading", |state, now, zone| {
        record_reading_as(state, message, now, zone, says).map(|_| ())
    })
    .await
}

/// Tracks the application an untracked sender's invitation opens.
pub(super) async fn track(message: &IncomingMessage) -> EngineToPage {
    write_reading("undo_track_application", |state, now, zone| {
        track_application(state, message, now, zone).map(|_| ())
    })
    .await
}

/// Writes what reading a message asked for (`label` says what, for undo), unless the
/// user turned reading off.
async fn write_reading(
    label: &str,
    apply: impl FnOnce(&mut State, DateTime<FixedOffset>, &dyn Zone) -> Result<(), String>,
) -> EngineToPage {
    let now = crate::web::now();
    let result = mutate(label, |state| {
        if !state.profile.read_replies {
            return Err(text("engine_reading_off"));
        }
        let z = zone(state);
        apply(state, now, z.as_ref())
    })
    .await;
    recorded(result)
}

fn recorded(result: Written) -> EngineToPage {
    match result {
        Ok(_) => EngineToPage::Recorded { recorded: true },
        Err(message) => EngineToPage::Error { message },
    }
}
