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
    /// D1 during a freeze: spacing at the long end after the user's last message
    /// (`last`), since the delay of `delay`.
    FreezeSpacing { delay: NaiveDate, last: NaiveDate },
}

impl Basis {
    /// The rule id the basis comes from.
    pub fn rule(&self) -> &'static str {
        match self {
            Basis::StatedDate(_) | Basis::NoDate(_) => "W2",
            Basis::Spacing { .. } => "W3",
            Basis::AfterLater(_) => "W6",
            Basis::Freeze(_) | Basis::FreezeSpacing { .. } => "D1",
        }
    }
}

/// The follow-up situation of one active process after its last interview.
#[derive(Debug, Clone, PartialEq)]
pub enum Schedule {
    /// No check-in applies (no interview yet, another round coming, an offer here).
    None,
    /// The next check-in: its window and why it falls there (the rule whose day is the
    /// latest), and when each other rule that holds would let it open, latest first (the
    /// checker names both when a draft comes too early for more than one).
    CheckIn {
        opens: DateTime<FixedOffset>,
        due: DateTime<FixedOffset>,
        basis: Basis,
        others: Vec<(DateTime<FixedOffset>, Basis)>,
    },
    /// W4: two check-ins went unanswered; `last` is the second one.
    MoveOn {
        opens: DateTime<FixedOffset>,
        due: DateTime<FixedOffset>,
        last: DateTime<FixedOffset>,
    },
}

/// Messages that count for W3 spacing: everything the user sent the company, thank-yous,
/// notes and a request to speed up included (D2 lets that request go whatever the
/// spacing, and it asks where things stand, so the next check-in waits a week after it).
fn counts_for_spacing(event: &Event) -> bool {
    event.kind == EventKind::Sent
}

/// Anything the employer said after the interview: a reply or an announced delay (an
/// automatic out-of-office answer is not one).
fn is_answer(event: &Event) -> bool {
    event.kind == EventKind::Reply || event.kind == EventKind::Delay
}

/// The last message to this company that counts for W3 spacing.
pub fn last_message(facts: &Facts) -> Option<DateTime<FixedOffset>> {
    facts
        .events
        .iter()
        .rev()
        .find(|e| counts_for_spacing(e))
        .map(|e| e.at)
}

/// The employer's decision date: the day named by their latest "later" reply since
/// `since`, else the one stated at the interview (read by `when` on its day).
pub fn decision_date(facts: &Facts, interview: &Interview, zone: &dyn Zone) -> Option<NaiveDate> {
    let named = facts
        .events
        .iter()
        .rev()
        .filter(|e| e.at >= interview.start && e.is_reply(ReplySays::Later))
        .find_map(|e| e.by_day());
    named.or_else(|| {
        let said_on = local_date(zone, interview.end);
        interview
            .timeline
            .as_deref()
            .and_then(|t| read_deadline(t, said_on).latest)
            .filter(|d| *d >= said_on)
    })
}

/// The check-in schedule of an active process (see the module doc). Each rule that
/// holds gives the earliest day a check-in may open; the latest of them wins, with its
/// reason: W1/W2 the day after the decision date (or days 7–10 with none), W6 7 days
/// after "we'll get back to you", D1 10 days after a delay, W3 7 days after the last
/// message of any kind. A delay that is the employer's last word replaces the decision
/// date they gave before it: the check-in counts from the delay (D1), not from that date.
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
    // An offer here waits for the user's answer; an invitation to another round waits
    // for that round to be added.
    if answer.is_some_and(|a| a.is_reply(ReplySays::Offer) || a.is_reply(ReplySays::NextRound)) {
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

    // A freeze or delay that is still the employer's last word: it voids the decision
    // date they gave before (they cannot decide yet), until they write again.
    let freeze = answer.filter(|a| a.kind == EventKind::Delay);
    let (near, far) = if freeze.is_some() {
        FREEZE_SPACING_DAYS
    } else {
        SPACING_DAYS
    };
    let after = |day: NaiveDate, basis: Basis| {
        (day + Duration::days(near), day + Duration::days(far), basis)
    };

    let mut candidates = Vec::new();
    if freeze.is_none() {
        candidates.push(first_check_in(facts, interview, zone));
    }
    if let Some(answer) = answer.filter(|_| unanswered.is_empty()) {
        let day = date(answer.at);
        candidates.push(after(
            day,
            match (freeze, answer.is_reply(ReplySays::Later)) {
                (Some(_), _) => Basis::Freeze(day),
                (None, true) => Basis::AfterLater(day),
                (None, false) => Basis::Spacing {
                    last: day,
                    unanswered: 0,
                },
            },
        ));
    }
    if let Some(message) = last_message(facts) {
        let day = date(message);
        let basis = match freeze {
            Some(delay) => Basis::FreezeSpacing {
                delay: date(delay.at),
                last: day,
            },
            None => Basis::Spacing {
                last: day,
                unanswered: unanswered.len(),
            },
        };
        candidates.push(after(day, basis));
    }
    // The latest opening wins; on a tie, the first reason listed (the employer's own
    // date before our spacing). A freeze is the last answer, so there is always a
    // candidate; none would mean no check-in.
    let mut windows: Vec<(DateTime<FixedOffset>, DateTime<FixedOffset>, Basis)> = candidates
        .into_iter()
        .map(|(first, last, basis)| {
            let (opens, due) = day_window(zone, first, last);
            (opens, due, basis)
        })
        .collect();
    // Stable: on a tie the earlier-listed reason stays first.
    windows.sort_by_key(|w| std::cmp::Reverse(w.0));
    let mut windows = windows.into_iter();
    let Some((opens, due, basis)) = windows.next() else {
        return Schedule::None;
    };
    Schedule::CheckIn {
        opens,
        due,
        basis,
        others: windows.map(|(opens, _, basis)| (opens, basis)).collect(),
    }
}

/// W2: the day after the decision date (due two business days later), or with no date,
/// days 7 to 10 after the interview.
fn first_check_in(
    facts: &Facts,
    interview: &Interview,
    zone: &dyn Zone,
) -> (NaiveDate, NaiveDate, Basis) {
    match decision_date(facts, interview, zone) {
        Some(decision) => {
            let first = on_or_next_business_day(decision + Duration::days(1));
            (
                first,
                add_business_days(first, 2),
                Basis::StatedDate(decision),
            )
        }
        None => {
            let said_on = local_date(zone, interview.end);
            (
                said_on + Duration::days(NO_DATE_DAYS.0),
                said_on + Duration::days(NO_DATE_DAYS.1),
                Basis::NoDate(said_on),
            )
        }
    }
}
