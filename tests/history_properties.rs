//! The one write path and Undo by change, over arbitrary sequences of changes (proptest):
//! changes that name missing people, deleted applications, duplicate ids and repeated
//! ids, in any order. Every document a change leaves is one the loader accepts (a change
//! that would not be is refused and changes nothing); Undo of the last change gives back
//! exactly the document before it; Undo of any earlier change takes back that change
//! alone, every later change staying in place, or is refused and changes nothing.

use afterview::core::edit::{
    apply_change, archive, delete_event, delete_process, record_event, track_contact, unarchive,
    NewContact, ProcessTarget,
};
use afterview::core::history::{change_between, is_empty, revert, Change};
use afterview::core::model::{
    parse_state, state_from_value, ActionKind, ContactRole, Event, EventKind, Note, NoteKind, State,
};
use chrono::{DateTime, Duration, FixedOffset};
use proptest::prelude::*;
use std::collections::HashSet;

fn start_state() -> State {
    let process = |id: &str, company: &str| {
        format!(
            r#"{{"id": "{id}", "company": "{company}", "role": "Analyst",
                "contacts": [{{"id": "c0", "name": "Ana Souza", "email": "ana@{id}.example", "role": "recruiter"}},
                             {{"id": "c1", "name": "Ben Okafor", "role": "interviewer"}}],
                "interviews": [{{"start": "2026-11-02T10:00:00+00:00", "end": "2026-11-02T11:00:00+00:00", "contacts": ["c1"]}}]}}"#
        )
    };
    parse_state(&format!(
        r#"{{"schema": 1, "profile": {{"name": "Sam Rivera", "timezone": "Europe/London"}},
            "processes": [{}, {}, {}]}}"#,
        process("acme", "Acme"),
        process("globex", "Globex"),
        process("initech", "Initech")
    ))
    .expect("the start state loads")
}

fn at(step: usize) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-03T09:00:00+00:00").expect("time")
        + Duration::hours(step as i64)
}

const PROCESSES: [&str; 4] = ["acme", "globex", "initech", "gone"];
const PEOPLE: [&str; 3] = ["c0", "c1", "nobody"];

#[derive(Debug, Clone)]
enum Op {
    /// A sent thank-you to one person (maybe not in the application).
    Sent(usize, usize),
    /// A reply from one person.
    Reply(usize, usize),
    /// Deletes the n-th event of an application.
    DeleteEvent(usize, usize),
    Archive(usize),
    Unarchive(usize),
    DeleteProcess(usize),
    /// Tracks a new person in an application, or in a new one.
    Track(usize, bool),
    /// A note about one person (maybe not in the application).
    Note(usize, usize),
    /// Adds an application under an id already taken (the loader refuses duplicates).
    DuplicateProcess(usize),
    /// Gives one event an id another already has.
    DuplicateEventId(usize),
}

fn op() -> impl Strategy<Value = Op> {
    let p = 0..PROCESSES.len();
    let c = 0..PEOPLE.len();
    prop_oneof![
        4 => (p.clone(), c.clone()).prop_map(|(p, c)| Op::Sent(p, c)),
        2 => (p.clone(), c.clone()).prop_map(|(p, c)| Op::Reply(p, c)),
        2 => (p.clone(), 0usize..4).prop_map(|(p, n)| Op::DeleteEvent(p, n)),
        1 => p.clone().prop_map(Op::Archive),
        1 => p.clone().prop_map(Op::Unarchive),
        1 => p.clone().prop_map(Op::DeleteProcess),
        2 => (p.clone(), any::<bool>()).prop_map(|(p, new)| Op::Track(p, new)),
        2 => (p.clone(), c).prop_map(|(p, c)| Op::Note(p, c)),
        1 => p.clone().prop_map(Op::DuplicateProcess),
        1 => p.prop_map(Op::DuplicateEventId),
    ]
}

/// Applies one operation through the write path; `None` when it was refused.
fn apply(state: &State, op: &Op, step: usize) -> Option<State> {
    let now = at(step);
    apply_change(state, |s| match *op {
        Op::Sent(p, c) => {
            let mut event = Event::new(now, EventKind::Sent);
            event.to = vec![PEOPLE[c].to_string()];
            event.purpose = Some(ActionKind::ThankYou);
            record_event(s, PROCESSES[p], event).map(|_| ())
        }
        Op::Reply(p, c) => {
            let mut event = Event::new(now, EventKind::Reply);
            event.from = Some(PEOPLE[c].to_string());
            record_event(s, PROCESSES[p], event).map(|_| ())
        }
        Op::DeleteEvent(p, n) => {
            let id = s
                .processes
                .iter()
                .find(|x| x.id == PROCESSES[p])
                .and_then(|x| x.events.get(n))
                .and_then(|e| e.id.clone())
                .ok_or("no such event")?;
            delete_event(s, PROCESSES[p], &id)
        }
        Op::Archive(p) => archive(s, PROCESSES[p], now),
        Op::Unarchive(p) => unarchive(s, PROCESSES[p], now),
        Op::DeleteProcess(p) => delete_process(s, PROCESSES[p]),
        Op::Track(p, new) => {
            let target = if new {
                ProcessTarget::New {
                    company: format!("Company {step}"),
                    role: String::new(),
                }
            } else {
                ProcessTarget::Existing {
                    id: PROCESSES[p].to_string(),
                }
            };
            let person = NewContact {
                name: format!("Person {step}"),
                email: Some(format!("p{step}@example.com")),
                linkedin: None,
                title: None,
                role: ContactRole::Interviewer,
            };
            track_contact(s, &target, person).map(|_| ())
        }
        Op::Note(p, c) => {
            let process = s
                .processes
                .iter_mut()
                .find(|x| x.id == PROCESSES[p])
                .ok_or("no such application")?;
            process.notes.push(Note {
                kind: NoteKind::Detail,
                contact: Some(PEOPLE[c].to_string()),
                text: format!("note {step}"),
                extra: serde_json::Map::new(),
            });
            Ok(())
        }
        Op::DuplicateProcess(p) => {
            let copy = s
                .processes
                .iter()
                .find(|x| x.id == PROCESSES[p])
                .cloned()
                .ok_or("no such application")?;
            s.processes.push(copy);
            Ok(())
        }
        Op::DuplicateEventId(p) => {
            let process = s
                .processes
                .iter_mut()
                .find(|x| x.id == PROCESSES[p])
                .ok_or("no such application")?;
            if process.events.len() < 2 {
                return Err("too few events".into());
            }
            process.events[1].id = process.events[0].id.clone();
            Ok(())
        }
    })
    .ok()
}

/// Every event id in a document.
fn event_ids(state: &State) -> HashSet<String> {
    state
        .processes
        .iter()
        .flat_map(|p| {
            p.events
                .iter()
                .filter_map(move |e| e.id.clone().map(|id| format!("{}/{id}", p.id)))
        })
        .collect()
}

/// The loader's verdict on a document as it would be stored.
fn loads(state: &State) -> bool {
    state_from_value(serde_json::to_value(state).expect("serialises")).is_ok()
}

/// Runs `ops` through the write path: the states after each accepted change, and the changes.
fn run(ops: &[Op]) -> (Vec<State>, Vec<Change>) {
    let mut states = vec![start_state()];
    let mut changes = Vec::new();
    for (step, op) in ops.iter().enumerate() {
        let current = states.last().expect("a state").clone();
        if let Some(next) = apply(&current, op, step) {
            let change = change_between(&current, &next, &format!("c{step}"), "a change");
            if !is_empty(&change) {
                changes.push(change);
                states.push(next);
            }
        }
    }
    (states, changes)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn every_document_a_change_leaves_loads(ops in prop::collection::vec(op(), 1..30)) {
        let (states, _) = run(&ops);
        for state in &states {
            prop_assert!(loads(state));
        }
    }

    #[test]
    fn undo_of_the_last_change_gives_back_the_document_before_it(ops in prop::collection::vec(op(), 1..30)) {
        let (states, changes) = run(&ops);
        if let Some(last) = changes.last() {
            let before = &states[states.len() - 2];
            match revert(states.last().expect("a state"), last) {
                Ok(undone) => prop_assert_eq!(&undone, before),
                Err(why) => prop_assert!(false, "refused: {}", why),
            }
        }
    }

    #[test]
    fn undo_of_any_change_takes_back_that_change_alone(ops in prop::collection::vec(op(), 2..30), pick in any::<prop::sample::Index>()) {
        let (states, changes) = run(&ops);
        prop_assume!(!changes.is_empty());
        let k = pick.index(changes.len());
        let now = states.last().expect("a state");
        let (before_k, after_k) = (&states[k], &states[k + 1]);
        let added_by_k: HashSet<_> = event_ids(after_k).difference(&event_ids(before_k)).cloned().collect();
        let removed_by_k: HashSet<_> = event_ids(before_k).difference(&event_ids(after_k)).cloned().collect();
        if let Ok(undone) = revert(now, &changes[k]) {
            prop_assert!(loads(&undone));
            let kept = event_ids(&undone);
            for id in event_ids(now) {
                // Every event a later change recorded (or left) stays…
                if !added_by_k.contains(&id) {
                    prop_assert!(kept.contains(&id), "{id} was lost undoing change {k}");
                }
            }
            // …what this change recorded goes, and what it deleted comes back
            // (unless a later change deleted its application).
            for id in &added_by_k {
                prop_assert!(!kept.contains(id), "{id} stayed after undoing change {k}");
            }
            for id in &removed_by_k {
                let process = id.split('/').next().unwrap_or_default();
                if now.processes.iter().any(|p| p.id == process) {
                    prop_assert!(kept.contains(id), "{id} did not come back undoing change {k}");
                }
            }
        }
    }
}

#[test]
fn undo_of_an_archive_keeps_a_send_recorded_after_it() {
    let start = start_state();
    let archived = apply(&start, &Op::Archive(0), 0).expect("archived");
    let archive_change = change_between(&start, &archived, "archive", "Archived Acme");
    let sent = apply(&archived, &Op::Sent(0, 1), 1).expect("sent");
    let undone = revert(&sent, &archive_change).expect("the archive alone is undone");
    let events: Vec<_> = undone.processes[0].events.iter().map(|e| e.kind).collect();
    assert_eq!(
        events,
        vec![EventKind::Sent],
        "the send stays, the archive goes"
    );
}

#[test]
fn a_change_naming_a_person_not_in_the_application_is_refused() {
    let start = start_state();
    assert!(apply(&start, &Op::Sent(0, 2), 0).is_none());
    let refused = apply_change(&start, |s| {
        let mut event = Event::new(at(0), EventKind::Sent);
        event.to = vec!["nobody".into()];
        event.purpose = Some(ActionKind::ThankYou);
        record_event(s, "acme", event).map(|_| ())
    });
    let message = refused.expect_err("refused");
    assert!(message.contains("nobody"), "{message}");
}

#[test]
fn undo_of_a_tracked_person_whom_a_later_send_names_is_refused() {
    let start = start_state();
    let tracked = apply(&start, &Op::Track(0, false), 5).expect("tracked");
    let change = change_between(&start, &tracked, "track", "Tracked Person 5");
    let person = tracked.processes[0]
        .contacts
        .last()
        .expect("added")
        .id
        .clone();
    let sent = apply_change(&tracked, |s| {
        let mut event = Event::new(at(6), EventKind::Sent);
        event.to = vec![person.clone()];
        event.purpose = Some(ActionKind::ThankYou);
        record_event(s, "acme", event).map(|_| ())
    })
    .expect("sent");
    assert!(
        revert(&sent, &change).is_err(),
        "the send depends on the person"
    );
}
