//! Timing, from the planner's own schedule (one copy of the rules): a check-in before the
//! decision date (W1/W2), within 7 days of the last message (W3, thank-yous included), a
//! third unanswered one (W4), and a late thank-you (T1). An expedite request (D2) is
//! exempt from all of these.

use super::{Findings, Input, Severity};
use crate::core::calendar::local_date;
use crate::core::dates::spoken_date;
use crate::core::model::ActionKind;
use crate::core::plan::facts::{Facts, Standing};
use crate::core::plan::schedule::{last_message, schedule, Schedule, SPACING_DAYS};
use crate::core::plan::THANK_YOU_HOURS;
use chrono::Duration;

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
        }
        // Too early: within 7 days of the last message says so first (W3); otherwise
        // it is the employer's own date that is not reached (W1/W2, W6, D1).
        Schedule::CheckIn { opens, .. } if input.now < opens => {
            let recent = last_message(facts)
                .filter(|last| input.now < *last + Duration::days(SPACING_DAYS.0));
            let (id, message) = match recent {
                Some(last) => (
                    "too-frequent",
                    format!(
                        "You last wrote to {} on {}: wait at least 7 days between messages.",
                        facts.process.company,
                        spoken_date(local_date(input.zone, last))
                    ),
                ),
                None => (
                    "too-soon",
                    format!(
                        "It is too soon to check in: give {} until {} as they asked.",
                        facts.process.company,
                        spoken_date(local_date(input.zone, opens))
                    ),
                ),
            };
            out.push(id, Severity::Warning, "body", whole, message, String::new());
        }
        Schedule::CheckIn { .. } => {}
        Schedule::None => {}
    }
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
