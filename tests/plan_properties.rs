//! Invariants of the planner over arbitrary states and clocks (proptest).

use afterview::core::calendar::FixedZone;
use afterview::core::model::*;
use afterview::core::plan::{plan, plan_process};
use chrono::{DateTime, Duration, FixedOffset};
use proptest::prelude::*;
use serde_json::Map;

fn base_time() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-02T00:00:00+00:00").expect("base")
}

fn at(hours: u32) -> DateTime<FixedOffset> {
    base_time() + Duration::minutes(i64::from(hours) * 30)
}

const PURPOSES: [ActionKind; 15] = ActionKind::ALL;

#[derive(Debug, Clone)]
enum Ev {
    Sent(u32, usize, usize),
    Reply(u32, usize, usize),
    Other(u32, usize),
}

fn event_strategy() -> impl Strategy<Value = Ev> {
    prop_oneof![
        4 => (0u32..2880, 0usize..3, 0usize..15).prop_map(|(t, c, p)| Ev::Sent(t, c, p)),
        2 => (0u32..2880, 0usize..3, 0usize..5).prop_map(|(t, c, s)| Ev::Reply(t, c, s)),
        1 => (0u32..2880, 0usize..5).prop_map(|(t, k)| Ev::Other(t, k)),
    ]
}

fn process_strategy(index: usize) -> impl Strategy<Value = Process> {
    (
        1usize..4,
        prop::collection::vec((0u32..2880, 1u32..20, 0usize..5, any::<bool>()), 0..3),
        prop::collection::vec(event_strategy(), 0..10),
    )
        .prop_map(move |(n_contacts, interviews, events)| {
            let contacts: Vec<Contact> = (0..n_contacts)
                .map(|c| Contact {
                    id: format!("c{c}"),
                    name: format!("Person {c}"),
                    title: None,
                    email: (c != 2).then(|| format!("p{c}@example.com")),
                    linkedin: None,
                    role: if c == 0 {
                        ContactRole::Recruiter
                    } else {
                        ContactRole::Interviewer
                    },
                    extra: Map::new(),
                })
                .collect();
            let formats = [
                InterviewFormat::Phone,
                InterviewFormat::Video,
                InterviewFormat::Onsite,
                InterviewFormat::MultiDay,
                InterviewFormat::WithMeal,
            ];
            let interviews = interviews
                .into_iter()
                .map(|(start, len, format, timeline)| Interview {
                    start: at(start),
                    end: at(start + len),
                    format: formats[format],
                    contacts: (0..n_contacts).map(|c| format!("c{c}")).collect(),
                    timeline: timeline.then(|| "by the end of next week".to_string()),
                    prep_done: Vec::new(),
                    extra: Map::new(),
                })
                .collect();
            let says = [
                ReplySays::Later,
                ReplySays::NextRound,
                ReplySays::Rejection,
                ReplySays::Offer,
                ReplySays::Other,
            ];
            let kinds = [
                EventKind::ReferencesRequested,
                EventKind::Delay,
                EventKind::Accepted,
                EventKind::Withdrawn,
                EventKind::Closed,
            ];
            let events = events
                .into_iter()
                .map(|e| match e {
                    Ev::Sent(t, c, p) => {
                        let mut e = Event::new(at(t), EventKind::Sent);
                        e.channel = Some(Channel::Email);
                        e.to = vec![format!("c{}", c % n_contacts)];
                        e.purpose = Some(PURPOSES[p]);
                        e
                    }
                    Ev::Reply(t, c, s) => {
                        let mut e = Event::new(at(t), EventKind::Reply);
                        e.from = Some(format!("c{}", c % n_contacts));
                        e.says = Some(says[s]);
                        if says[s] == ReplySays::Offer {
                            e.respond_by = Some(at(t + 300).to_rfc3339());
                        }
                        e
                    }
                    Ev::Other(t, k) => Event::new(at(t), kinds[k]),
                })
                .collect();
            Process {
                id: format!("p{index}"),
                company: format!("Company {index}"),
                role: "Analyst".into(),
                contacts,
                interviews,
                notes: vec![],
                references: vec![],
                events,
                snoozes: vec![],
                preference: None,
                extra: Map::new(),
            }
        })
}

fn state_strategy() -> impl Strategy<Value = State> {
    (
        process_strategy(0),
        process_strategy(1),
        process_strategy(2),
    )
        .prop_map(|(a, b, c)| State {
            processes: vec![a, b, c],
            ..State::default()
        })
}

/// The process's ending event at or before now, if any (accepted, rejection, withdrawn, closed).
fn ending(process: &Process, now: DateTime<FixedOffset>) -> Option<&Event> {
    let mut events: Vec<&Event> = process.events.iter().filter(|e| e.at <= now).collect();
    events.sort_by_key(|e| e.at);
    events.into_iter().rev().find(|e| {
        matches!(
            e.kind,
            EventKind::Accepted | EventKind::Withdrawn | EventKind::Closed
        ) || e.is_reply(ReplySays::Rejection)
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    /// Planning one process gives exactly its share of the whole plan, in the same order.
    #[test]
    fn one_process_plan_is_its_share_of_the_whole(state in state_strategy(), now_slot in 0u32..3000) {
        let now = at(now_slot);
        let zone = FixedZone(*now.offset());
        let whole = plan(&state, now, &zone).actions;
        for process in &state.processes {
            let share: Vec<_> = whole.iter().filter(|a| a.process == process.id).cloned().collect();
            prop_assert_eq!(plan_process(&state, &process.id, now, &zone).actions, share);
        }
    }

    #[test]
    fn planner_invariants_hold(state in state_strategy(), now_slot in 0u32..3000) {
        let now = at(now_slot);
        let zone = FixedZone(*now.offset());
        let actions = plan(&state, now, &zone).actions;
        validate(&state).expect("generated states are valid");

        for action in &actions {
            let process = state.processes.iter().find(|p| p.id == action.process).expect("known process");
            prop_assert!(action.opens <= action.due, "{action:?}");
            // Nothing that follows an interview opens before an interview has ended.
            if matches!(action.kind, ActionKind::ThankYou | ActionKind::Card | ActionKind::AskContacts | ActionKind::CheckIn | ActionKind::MoveOn | ActionKind::LinkedinConnect) {
                let first_end = process.interviews.iter().map(|i| i.end).min();
                prop_assert!(first_end.is_some_and(|end| action.opens >= end), "{action:?} opens before any interview ended");
            }
            if action.kind == ActionKind::CheckIn {
                let last_end = process.interviews.iter().filter(|i| i.end <= now).map(|i| i.end).max().expect("an ended interview");
                prop_assert!(action.opens > last_end);
                let since = process.interviews.iter().filter(|i| i.end <= now).max_by_key(|i| i.end).expect("interview").start;
                // W3: no check-in within 7 days of any message to the company, thank-yous
                // included (an expedite request aside, D2).
                let last_message = process.events.iter()
                    .filter(|e| e.at <= now && e.kind == EventKind::Sent && e.purpose != Some(ActionKind::Expedite))
                    .map(|e| e.at).max();
                if let Some(last) = last_message {
                    prop_assert!(action.opens.date_naive() >= last.date_naive() + Duration::days(7), "{action:?} within 7 days of {last}");
                }
                // W4: never a third unanswered check-in.
                let answered = process.events.iter()
                    .filter(|e| e.at <= now && e.at >= since && matches!(e.kind, EventKind::Reply | EventKind::Delay))
                    .map(|e| e.at).max();
                let unanswered = process.events.iter()
                    .filter(|e| e.at <= now && e.at >= since && e.is_sent(ActionKind::CheckIn) && answered.is_none_or(|a| e.at > a))
                    .count();
                prop_assert!(unanswered < 2, "{unanswered} unanswered check-ins and still {action:?}");
            }
        }

        for process in &state.processes {
            match ending(process, now) {
                Some(e) if e.kind == EventKind::Accepted => {
                    // D3: an accepted offer leaves nothing pending here and only withdrawals elsewhere.
                    prop_assert!(actions.iter().all(|a| a.kind == ActionKind::Withdraw && a.process != process.id), "{actions:?}");
                }
                Some(e) if e.is_reply(ReplySays::Rejection) => {
                    // D4: nothing pending in a rejected process but the gracious reply.
                    prop_assert!(actions.iter().filter(|a| a.process == process.id).all(|a| a.kind == ActionKind::GraciousReply));
                }
                Some(_) => prop_assert!(actions.iter().all(|a| a.process != process.id)),
                None => {}
            }
        }
    }

    /// T1: every interview that ended less than 24 hours ago has a thank-you action for
    /// each of its interviewers who has not been sent one since it started, whatever
    /// else is booked, as long as the process is going.
    #[test]
    fn every_interview_just_ended_has_its_thank_yous(state in state_strategy(), now_slot in 0u32..3000) {
        let now = at(now_slot);
        let zone = FixedZone(*now.offset());
        let actions = plan(&state, now, &zone).actions;
        let accepted_anywhere = state.processes.iter().any(|p| ending(p, now).is_some_and(|e| e.kind == EventKind::Accepted));
        for process in &state.processes {
            if ending(process, now).is_some() || accepted_anywhere {
                continue;
            }
            for interview in process.interviews.iter().filter(|i| i.end <= now && now < i.end + Duration::hours(24)) {
                for contact in &interview.contacts {
                    let thanked = process.events.iter().any(|e| {
                        e.at <= now && e.at >= interview.start && e.is_sent(ActionKind::ThankYou) && e.to.contains(contact)
                    });
                    if thanked {
                        continue;
                    }
                    let due = interview.end + Duration::hours(24);
                    prop_assert!(
                        actions.iter().any(|a| a.process == process.id && a.kind == ActionKind::ThankYou && a.contact.as_deref() == Some(contact.as_str()) && a.due == due),
                        "no thank-you to {contact} for the interview ending {} in {:?}", interview.end, actions
                    );
                }
            }
        }
    }
}
