//! Where each application stands, as the applications list shows it: derived from the
//! record at a given moment, never stored, so it cannot drift from what happened.
//!
//! - **archived**: it ended — the user moved on (archived it), the employer said no,
//!   the user withdrew or accepted an offer;
//! - **offer**: an offer is on the table;
//! - **interviewing**: an interview is booked or under way;
//! - **waiting**: every interview is behind the user, no answer yet;
//! - **applied**: no interview yet.

use crate::core::model::{EventKind, Process, ReplySays};
use crate::core::plan::facts::{Facts, Standing};
use chrono::{DateTime, FixedOffset};

/// How an application stands, in the order the list sorts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// An offer is on the table.
    Offer,
    /// An interview is booked or under way.
    Interviewing,
    /// Every interview is past; waiting to hear.
    Waiting,
    /// No interview yet.
    Applied,
    /// It ended, for the reason given.
    Archived(Ending),
}

/// Why an application ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Ending {
    /// The user archived it (moved on).
    MovedOn,
    /// The employer said no.
    Rejected,
    /// The user withdrew.
    Withdrawn,
    /// The user accepted this offer.
    Accepted,
}

impl Stage {
    /// The stage's name on the wire and in the page (`data-stage`): `offer`,
    /// `interviewing`, `waiting`, `applied` or `archived`.
    pub fn as_str(self) -> &'static str {
        match self {
            Stage::Offer => "offer",
            Stage::Interviewing => "interviewing",
            Stage::Waiting => "waiting",
            Stage::Applied => "applied",
            Stage::Archived(_) => "archived",
        }
    }

    /// Whether the application has ended.
    pub fn is_archived(self) -> bool {
        matches!(self, Stage::Archived(_))
    }
}

impl Ending {
    /// The reason's name: `moved_on`, `rejected`, `withdrawn` or `accepted`.
    pub fn as_str(self) -> &'static str {
        match self {
            Ending::MovedOn => "moved_on",
            Ending::Rejected => "rejected",
            Ending::Withdrawn => "withdrawn",
            Ending::Accepted => "accepted",
        }
    }
}

/// The stage of `process` at `now` (events after `now` are not yet known).
pub fn stage_of(process: &Process, now: DateTime<FixedOffset>) -> Stage {
    let facts = Facts::new(process, now);
    match facts.standing() {
        Standing::Accepted(_) => return Stage::Archived(Ending::Accepted),
        Standing::Rejected(_) => return Stage::Archived(Ending::Rejected),
        Standing::Ended(event) if event.kind == EventKind::Withdrawn => {
            return Stage::Archived(Ending::Withdrawn)
        }
        Standing::Ended(_) => return Stage::Archived(Ending::MovedOn),
        Standing::Active => {}
    }
    if facts.events.iter().any(|e| e.is_reply(ReplySays::Offer)) {
        Stage::Offer
    } else if process.interviews.iter().any(|i| i.end > now) {
        Stage::Interviewing
    } else if process.interviews.is_empty() {
        Stage::Applied
    } else {
        Stage::Waiting
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{parse_state, Event};

    fn at(text: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(text).unwrap()
    }

    fn process() -> Process {
        let doc = r#"{"schema": 1, "processes": [{"id": "p", "company": "Acme",
            "interviews": [{"start": "2026-11-20T14:00:00+00:00", "end": "2026-11-20T15:00:00+00:00"}]}]}"#;
        parse_state(doc).unwrap().processes.remove(0)
    }

    fn with(mut process: Process, at_: &str, kind: EventKind, says: Option<ReplySays>) -> Process {
        let mut event = Event::new(at(at_), kind);
        event.says = says;
        process.events.push(event);
        process
    }

    #[test]
    fn each_stage_follows_from_the_record() {
        let before = at("2026-11-20T10:00:00+00:00");
        let during = at("2026-11-20T14:30:00+00:00");
        let after = at("2026-11-22T10:00:00+00:00");
        let mut applied = process();
        applied.interviews.clear();
        assert_eq!(stage_of(&applied, after), Stage::Applied);
        assert_eq!(stage_of(&process(), before), Stage::Interviewing);
        assert_eq!(stage_of(&process(), during), Stage::Interviewing);
        assert_eq!(stage_of(&process(), after), Stage::Waiting);
        let offer = with(
            process(),
            "2026-11-21T10:00:00+00:00",
            EventKind::Reply,
            Some(ReplySays::Offer),
        );
        assert_eq!(stage_of(&offer, after), Stage::Offer);
        assert_eq!(
            stage_of(&offer, before),
            Stage::Interviewing,
            "not yet known"
        );
        let cases = [
            (EventKind::Closed, None, Ending::MovedOn),
            (EventKind::Withdrawn, None, Ending::Withdrawn),
            (EventKind::Accepted, None, Ending::Accepted),
            (
                EventKind::Reply,
                Some(ReplySays::Rejection),
                Ending::Rejected,
            ),
        ];
        for (kind, says, ending) in cases {
            let ended = with(process(), "2026-11-21T10:00:00+00:00", kind, says);
            assert_eq!(stage_of(&ended, after), Stage::Archived(ending));
            assert!(stage_of(&ended, after).is_archived());
        }
    }
}
