//! The checklist before an interview ends (docs/rules.md, section A): shown in the popup
//! for each interview that has not ended yet, ticked where the state already answers it.

use super::model::State;
use chrono::{DateTime, Duration, FixedOffset};
use serde::Serialize;

/// How far ahead an interview gets its checklist.
pub const PREP_DAYS: i64 = 14;

/// One thing to do before the interview ends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PrepItem {
    /// The rule (A1, A2).
    pub rule: &'static str,
    /// What to do, in one sentence.
    pub text: String,
    /// Whether the state shows it done.
    pub done: bool,
}

/// The checklist of one upcoming interview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Prep {
    /// The process id.
    pub process: String,
    /// The company.
    pub company: String,
    /// When the interview starts.
    pub start: DateTime<FixedOffset>,
    /// The checklist.
    pub items: Vec<PrepItem>,
}

/// A checklist for every interview that has not ended and starts within [`PREP_DAYS`].
pub fn prep(state: &State, now: DateTime<FixedOffset>) -> Vec<Prep> {
    let mut out = Vec::new();
    for process in &state.processes {
        for interview in &process.interviews {
            if interview.end <= now || interview.start > now + Duration::days(PREP_DAYS) {
                continue;
            }
            let people: Vec<_> = interview
                .contacts
                .iter()
                .filter_map(|id| process.contact(id))
                .collect();
            let all_reachable = !people.is_empty() && people.iter().all(|c| c.has_email());
            out.push(Prep {
                process: process.id.clone(),
                company: process.company.clone(),
                start: interview.start,
                items: vec![
                    PrepItem {
                        rule: "A1",
                        text: "Ask when you can expect an answer, and push for a day (\"Can I expect to hear by next Tuesday?\").".into(),
                        done: interview.timeline.is_some(),
                    },
                    PrepItem {
                        rule: "A1",
                        text: "Ask how they prefer you follow up, and whether there is another round.".into(),
                        done: false,
                    },
                    PrepItem {
                        rule: "A2",
                        text: "Note every interviewer's name, title and email (their LinkedIn profile too).".into(),
                        done: all_reachable,
                    },
                ],
            });
        }
    }
    out.sort_by_key(|p| p.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::parse_state;

    #[test]
    fn only_interviews_not_yet_over_get_a_checklist_ticked_from_the_state() {
        let mut state = parse_state(include_str!("../../tests/data/state.json")).unwrap();
        let first = &state.processes[0].interviews[0];
        let (start, end) = (first.start, first.end);
        assert!(prep(&state, end + Duration::minutes(1))
            .iter()
            .all(|p| p.start != start));
        let during = prep(&state, start);
        let item = during
            .iter()
            .find(|p| p.start == start)
            .expect("a checklist while it runs");
        assert_eq!(
            item.items[0].done,
            state.processes[0].interviews[0].timeline.is_some()
        );
        state.processes[0].interviews[0].timeline = None;
        let item = prep(&state, start - Duration::days(2))
            .into_iter()
            .find(|p| p.start == start)
            .unwrap();
        assert!(!item.items[0].done);
        assert!(prep(&state, start - Duration::days(PREP_DAYS + 1))
            .iter()
            .all(|p| p.start != start));
    }
}
