//! The checklist before an interview ends (docs/rules.md, section A): shown in the popup
//! for each interview that has not ended yet. An item is ticked where the state already
//! answers it, or where the user ticked it (kept in the interview's `prep_done`).

use super::model::{Process, State};
use super::plan::facts::{Facts, Standing};
use chrono::{DateTime, Duration, FixedOffset};
use serde::Serialize;

/// How far ahead an interview gets its checklist.
pub const PREP_DAYS: i64 = 14;

/// The checklist's items, in the order shown: the id a tick is kept under, the rule,
/// and what to do.
const ITEMS: [(&str, &str, &str); 3] = [
    (
        "ask_timeline",
        "A1",
        "Ask when you can expect an answer, and push for a day (\"Can I expect to hear by next Tuesday?\").",
    ),
    (
        "ask_follow_up",
        "A1",
        "Ask how they prefer you follow up, and whether there is another round.",
    ),
    (
        "note_contacts",
        "A2",
        "Note every interviewer's name, title and email (their LinkedIn profile too).",
    ),
];

/// Whether `id` names an item of the checklist.
pub fn is_item(id: &str) -> bool {
    ITEMS.iter().any(|(item, ..)| *item == id)
}

/// One thing to do before the interview ends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PrepItem {
    /// Its id, as the interview's `prep_done` keeps a tick.
    pub id: &'static str,
    /// The rule (A1, A2).
    pub rule: &'static str,
    /// What to do, in one sentence.
    pub text: &'static str,
    /// Whether the state answers it (a timeline recorded, every interviewer's email):
    /// ticked, whatever the user ticked.
    pub answered: bool,
    /// Whether the user ticked it.
    pub ticked: bool,
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

/// A checklist for every interview that has not ended and starts within [`PREP_DAYS`],
/// in the applications still going (not archived, withdrawn, rejected or accepted).
pub fn prep(state: &State, now: DateTime<FixedOffset>) -> Vec<Prep> {
    let mut out = Vec::new();
    let going = |p: &&Process| Facts::new(p, now).standing() == Standing::Active;
    for process in state.processes.iter().filter(going) {
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
            let items = ITEMS
                .iter()
                .map(|&(id, rule, text)| PrepItem {
                    id,
                    rule,
                    text,
                    answered: match id {
                        "ask_timeline" => interview.timeline.is_some(),
                        "note_contacts" => all_reachable,
                        _ => false,
                    },
                    ticked: interview.prep_done.iter().any(|done| done == id),
                })
                .collect();
            out.push(Prep {
                process: process.id.clone(),
                company: process.company.clone(),
                start: interview.start,
                items,
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
    fn only_interviews_not_yet_over_get_a_checklist_ticked_from_the_state_and_the_user() {
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
            item.items[0].answered,
            state.processes[0].interviews[0].timeline.is_some()
        );
        state.processes[0].interviews[0].timeline = None;
        state.processes[0].interviews[0].prep_done = vec!["ask_follow_up".into()];
        let item = prep(&state, start - Duration::days(2))
            .into_iter()
            .find(|p| p.start == start)
            .unwrap();
        assert!(!item.items[0].answered && !item.items[0].ticked);
        assert!(item.items[1].ticked && !item.items[1].answered);
        assert!(prep(&state, start - Duration::days(PREP_DAYS + 1))
            .iter()
            .all(|p| p.start != start));
    }

    #[test]
    fn an_archived_application_gets_no_checklist() {
        let mut state = parse_state(include_str!("../../tests/data/state.json")).unwrap();
        let start = state.processes[0].interviews[0].start;
        assert!(prep(&state, start).iter().any(|p| p.start == start));
        let closed = crate::core::model::Event::new(
            start - Duration::days(1),
            crate::core::model::EventKind::Closed,
        );
        state.processes[0].events.push(closed);
        assert!(prep(&state, start)
            .iter()
            .all(|p| p.process != state.processes[0].id));
    }
}
