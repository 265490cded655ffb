//! When the next check-in may go out (W1–W4, W6, D1). The planner turns this into a
//! `check_in` or `move_on` action and the draft checker into `too-soon`,
//! `too-frequent` and `too-many` findings, so both read the rules from one place.

use super::facts::Facts;
use crate::core::calendar::{
    add_business_days, day_window, local_date, on_or_next_business_day, Zone,
};
use crate::core::model::{ActionKind, Event, EventKind, Interview, ReplySays};
use crate::core::when::read_deadline;
use chrono::{DateTime, Duration, FixedOffset, NaiveDate};

/// Days between two messages to one company (W3), and the far end of the window.
pub const SPACING_DAYS: (i64, i64) = (7, 10);
/// The same during a freeze or open-ended delay (D1: the long end).
pub const FREEZE_SPACING_DAYS: (i64, i64) = (10, 14);
/// Days after the interview for a first check-in when no date was stated (W2).
pub const NO_DATE_DAYS: (i64, i64) = (7, 10);
/// Unanswered check-ins after which the planner says move on (W4).
pub const MAX_UNANSWERED: usize = 2;

/// Why the next check-in falls where it does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Basis {
    /// W2: the day after the employer's stated decision date.
    StatedDate(NaiveDate),
    /// W2: no date was stated; a week after the interview.
    NoDate(NaiveDate),
    /// W3: spacing after the last message (with the count of unanswered check-ins).
    Spacing { last: NaiveDate, unanswered: usize },
    /// W6: the employer said they would get back; counting restarts from that answer.
    AfterLater(NaiveDate),
    /// D1: a freeze or delay; spacing at the long end.
    Freeze(NaiveDate),
}

impl Basis {
    /// The rule id the basis comes from.
    pub fn rule(&self) -> &'static str {
        match self {
            Basis::StatedDate(_) | Basis::NoDate(_) => "W2",
            Basis::Spacing { .. } => "W3",
            Basis::AfterLater(_) => "W6",
            Basis::Freeze(_) => "D1",
        }
    }
}

/// The follow-up situation of one active process after its last interview.
#[derive(Debug, Clone, PartialEq)]
pub enum Schedule {
    /// No check-in applies (no interview yet, another round coming, an offer here).
    None,
    /// The next check-in: its window and why it falls there.
    CheckIn {
        opens: DateTime<FixedOffset>,
        due: DateTime<FixedOffset>,
        basis: Basis,
    },
    /// W4: two check-ins went unanswered; `last` is the second one.
    MoveOn {
        opens: DateTime<FixedOffset>,
        due: DateTime<FixedOffset>,
        last: DateTime<FixedOffset>,
    },
}

/// Messages that count for W3 spacing: status questions and answers to the employer.
/// Thank-yous, cards and LinkedIn notes are courtesy, not follow-ups, and an expedite
/// request overrides W3 (D2).
fn is_follow_up(event: &Event) -> bool {
    event.is_sent(ActionKind::CheckIn) || event.is_sent(ActionKind::Reply)
}

/// Anything the employer said after the interview: a reply or an announced delay.
fn is_answer(event: &Event) -> bool {
    event.kind == EventKind::Reply || event.kind == EventKind::Delay
}

/// The last follow-up message (W3) to this company since `since`.
pub fn last_follow_up(
    facts: &Facts,
    since: DateTime<FixedOffset>,
) -> Option<DateTime<FixedOffset>> {
    facts
        .events
        .iter()
        .rev()
        .find(|e| e.at >= since && is_follow_up(e))
        .map(|e| e.at)
}

/// The check-in schedule of an active process (see the module doc).
pub fn schedule(facts: &Facts, zone: &dyn Zone) -> Schedule {
    let Some(interview) = facts.last_ended_interview() else {
        return Schedule::None;
    };
    if facts.has_upcoming_interview() {
        return Schedule::None;
    }
    let since = interview.start;
    let answer = facts
        .events
        .iter()
        .copied()
        .rev()
        .find(|e| e.at >= since && is_answer(e));
    if answer.is_some_and(|a| a.is_reply(ReplySays::Offer)) {
        return Schedule::None;
    }
    let answered_at = answer.map(|a| a.at);
    let unanswered: Vec<&Event> = facts
        .events
        .iter()
        .copied()
        .filter(|e| {
            e.at >= since && e.is_sent(ActionKind::CheckIn) && answered_at.is_none_or(|a| e.at > a)
        })
        .collect();
    let last_message = last_follow_up(facts, since);
    let date = |t: DateTime<FixedOffset>| local_date(zone, t);

    if unanswered.len() >= MAX_UNANSWERED {
        let last = unanswered[unanswered.len() - 1].at;
        let (opens, due) = day_window(
            zone,
            date(last) + Duration::days(SPACING_DAYS.0),
            date(last) + Duration::days(SPACING_DAYS.1),
        );
        return Schedule::MoveOn { opens, due, last };
    }

    let freeze = answer.is_some_and(|a| a.kind == EventKind::Delay);
    let (near, far) = if freeze {
        FREEZE_SPACING_DAYS
    } else {
        SPACING_DAYS
    };
    let (first, last, basis) = match (answer, last_message) {
        (None, None) => first_check_in(interview, zone),
        (Some(answer), _) if unanswered.is_empty() => {
            // W6/D1: count from the answer (or from our own answer to it, W3).
            let base = date(last_message.map_or(answer.at, |m| m.max(answer.at)));
            let basis = if freeze {
                Basis::Freeze(date(answer.at))
            } else if answer.is_reply(ReplySays::Later) {
                Basis::AfterLater(date(answer.at))
            } else {
                Basis::Spacing {
                    last: base,
                    unanswered: 0,
                }
            };
            (
                base + Duration::days(near),
                base + Duration::days(far),
                basis,
            )
        }
        (_, Some(message)) => {
            let base = date(message);
            let basis = if freeze {
                Basis::Freeze(base)
            } else {
                Basis::Spacing {
                    last: base,
                    unanswered: unanswered.len(),
                }
            };
            (
                base + Duration::days(near),
                base + Duration::days(far),
                basis,
            )
        }
        (Some(answer), None) => {
            let base = date(answer.at);
            (
                base + Duration::days(near),
                base + Duration::days(far),
                Basis::Spacing {
                    last: base,
                    unanswered: 0,
                },
            )
        }
    };
    let (opens, due) = day_window(zone, first, last);
    Schedule::CheckIn { opens, due, basis }
}

/// W2: the day after the stated decision date (due two business days later), or with
/// no date, days 7 to 10 after the interview.
fn first_check_in(interview: &Interview, zone: &dyn Zone) -> (NaiveDate, NaiveDate, Basis) {
    let said_on = local_date(zone, interview.end);
    let stated = interview
        .timeline
        .as_deref()
        .and_then(|t| read_deadline(t, said_on).latest);
    match stated {
        Some(decision) if decision >= said_on => {
            let first = on_or_next_business_day(decision + Duration::days(1));
            (
                first,
                add_business_days(first, 2),
                Basis::StatedDate(decision),
            )
        }
        _ => (
            said_on + Duration::days(NO_DATE_DAYS.0),
            said_on + Duration::days(NO_DATE_DAYS.1),
            Basis::NoDate(said_on),
        ),
    }
}
