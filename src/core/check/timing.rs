//! Timing, from the planner's own schedule (one copy of the rules): a check-in before the
//! decision date (W1/W2), within 7 days of the last message (W3), a third unanswered
//! one (W4), and a late thank-you (T1).

use super::{Findings, Input, Severity};
use crate::core::calendar::local_date;
use crate::core::dates::spoken_date;
use crate::core::model::ActionKind;
use crate::core::plan::facts::{Facts, Standing};
use crate::core::plan::schedule::{last_follow_up, schedule, Schedule, SPACING_DAYS};
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
    let Some(interview) = facts.last_ended_interview() else {
        return;
    };
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
        Schedule::CheckIn { opens, .. } => {
            let last = last_follow_up(facts, interview.start);
            if let Some(last) = last.filter(|l| input.now < *l + Duration::days(SPACING_DAYS.0)) {
                let message = format!(
                    "You last wrote to {} on {}: wait at least 7 days between messages.",
                    facts.process.company,
                    spoken_date(local_date(input.zone, last))
                );
                out.push(
                    "too-frequent",
                    Severity::Warning,
                    "body",
                    whole,
                    message,
                    String::new(),
                );
            } else if input.now < opens {
                let message = format!(
                    "It is too soon to check in: give {} until {} as they asked.",
                    facts.process.company,
                    spoken_date(local_date(input.zone, opens))
                );
                out.push(
                    "too-soon",
                    Severity::Warning,
                    "body",
                    whole,
                    message,
                    String::new(),
                );
            }
        }
        Schedule::None => {}
    }
}

fn late_thanks(input: &Input, facts: &Facts, whole: (usize, usize), out: &mut Findings) {
    let Some(contact) = input.contact else { return };
    let Some(interview) = facts.last_interview_with(&contact.id) else {
        return;
    };
    if input.now > interview.end + Duration::hours(THANK_YOU_HOURS) {
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
