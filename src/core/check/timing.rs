//! Timing, from the planner's own schedule (one copy of the rules): a check-in before the
//! decision date (W1/W2), within 7 days of the last message (W3, thank-yous included), a
//! third unanswered one (W4), and a late thank-you (T1). An expedite request (D2) is
//! exempt from all of these.

use super::{Findings, Input, Severity};
use crate::core::calendar::{day_window, local_date};
use crate::core::dates::spoken_date;
use crate::core::model::ActionKind;
use crate::core::plan::facts::{Facts, Standing};
use crate::core::plan::schedule::{last_message, schedule, Basis, Schedule, SPACING_DAYS};
use crate::core::plan::THANK_YOU_HOURS;
use chrono::{DateTime, Duration, FixedOffset};

pub(super) fn check(input: &Input, out: &mut Findings) {
    let Some(process) = input.process else { return };
    let facts = Facts::new(process, input.now);
    let whole = (0, input.draft.body.trim_end().len());
    match input.purpose {
        Some(ActionKind::CheckIn) if facts.standing() == Standing::Active => {
            check_in(input, &facts, whole, out)
        }
        Some(ActionKind::ThankYou) => late_thanks(input, &facts, whole, out),
        _ => {}
    }
}

fn check_in(input: &Input, facts: &Facts, whole: (usize, usize), out: &mut Findings) {
    match schedule(facts, input.zone) {
        Schedule::MoveOn { last, .. } => {
            let message = format!(
                "Two check-ins have gone unanswered (the last on {}): a third rarely helps; consider moving on.",
                spoken_date(local_date(input.zone, last))
            );
            out.push(
                "too-many",
                Severity::Warning,
                "body",
                whole,
                message,
                String::new(),
            );
            spacing(input, facts, whole, out);
        }
        // Too early: the rule whose day is the latest binds (a warning, with that day);
        // each other rule whose day is still ahead is named too (a note that points to
        // the binding day).
        Schedule::CheckIn {
            opens,
            basis,
            others,
            ..
        } if input.now < opens => {
            let ahead = others.iter().filter(|(day, _)| input.now < *day);
            let all = std::iter::once((&opens, &basis)).chain(ahead.map(|(d, b)| (d, b)));
            for (i, (day, basis)) in all.enumerate() {
                let (id, message) = too_early(input, facts, basis, *day, opens);
                out.push_rule(
                    id,
                    rule_broken(basis),
                    if i == 0 {
                        Severity::Warning
                    } else {
                        Severity::Info
                    },
                    "body",
                    whole,
                    message,
                    String::new(),
                );
            }
        }
        Schedule::CheckIn { .. } => {}
        // No check-in is planned (another round is booked): the spacing still holds.
        Schedule::None => spacing(input, facts, whole, out),
    }
}

/// W3 on its own, where no check-in is scheduled: a message within 7 days of the last one.
fn spacing(input: &Input, facts: &Facts, whole: (usize, usize), out: &mut Findings) {
    let Some(last) = last_message(facts) else {
        return;
    };
    let day = local_date(input.zone, last);
    let (fine_from, _) = day_window(
        input.zone,
        day + Duration::days(SPACING_DAYS.0),
        day + Duration::days(SPACING_DAYS.1),
    );
    if input.now < fine_from {
        let basis = Basis::Spacing {
            last: day,
            unanswered: 0,
        };
        let (id, message) = too_early(input, facts, &basis, fine_from, fine_from);
        out.push(id, Severity::Warning, "body", whole, message, String::new());
    }
}

/// The rule a check-in drafted too early breaks: the quiet period before a stated date
/// (W1), else the rule the day comes from.
fn rule_broken(basis: &Basis) -> &'static str {
    match basis {
        Basis::StatedDate(_) => "W1",
        other => other.rule(),
    }
}

/// The finding for a check-in drafted before `day`, the day `basis` lets one open;
/// `opens` is when every rule allows it.
fn too_early(
    input: &Input,
    facts: &Facts,
    basis: &Basis,
    day: DateTime<FixedOffset>,
    opens: DateTime<FixedOffset>,
) -> (&'static str, String) {
    let company = &facts.process.company;
    let on = |t: DateTime<FixedOffset>| spoken_date(local_date(input.zone, t));
    let (id, reason) = match basis {
        Basis::Spacing { last, .. } => (
            "too-frequent",
            format!(
                "You last wrote to {company} on {}: wait at least 7 days between messages, until {}.",
                spoken_date(*last),
                on(day)
            ),
        ),
        Basis::StatedDate(date) => (
            "too-soon",
            format!(
                "{company} said they would decide by {}: check in from {}, not before.",
                spoken_date(*date),
                on(day)
            ),
        ),
        Basis::NoDate(date) => (
            "too-soon",
            format!(
                "No decision date was given at the interview of {}: check in a week after it, from {}.",
                spoken_date(*date),
                on(day)
            ),
        ),
        Basis::AfterLater(date) => (
            "too-soon",
            format!(
                "{company} wrote on {} that they will get back to you: give them until {}.",
                spoken_date(*date),
                on(day)
            ),
        ),
        Basis::FreezeSpacing { delay, last } => (
            "too-frequent",
            format!(
                "{company} announced a delay on {} and you last wrote on {}: during a delay, wait 10 days between messages, until {}.",
                spoken_date(*delay),
                spoken_date(*last),
                on(day)
            ),
        ),
        Basis::Freeze(date) => (
            "too-soon",
            format!(
                "{company} announced a delay on {}: check in no sooner than {}.",
                spoken_date(*date),
                on(day)
            ),
        ),
    };
    let message = if day < opens {
        format!(
            "{reason} Another rule holds longer: the earliest day for a check-in is {}.",
            on(opens)
        )
    } else if id == "too-soon" {
        format!("It is too soon to check in. {reason}")
    } else {
        reason
    };
    (id, message)
}

fn late_thanks(input: &Input, facts: &Facts, whole: (usize, usize), out: &mut Findings) {
    let Some(contact) = input.contact else { return };
    let Some(interview) = facts.last_ended_interview_with(&contact.id) else {
        return;
    };
    if input.now > interview.end + Duration::hours(THANK_YOU_HOURS)
        && facts.thanked(contact, interview).is_none()
    {
        let message = "More than 24 hours have passed since the interview: still send it, a late thank-you beats none.".to_string();
        out.push(
            "late",
            Severity::Info,
            "body",
            whole,
            message,
            String::new(),
        );
    }
}
