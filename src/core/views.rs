//! What each page is given to draw: the state cut down to the fields that page shows. A
//! year of searching keeps the body of every note sent (most of the stored bytes), and
//! no page draws one, so none of these views carries them; the applications list gets
//! no notes, references or checklists, an application's page only that application, and
//! only the options page the user's dictionary. The export and the playground, which
//! show the document itself, ask for the whole state instead (`UiToEngine::Overview`).

use super::model::{EventKind, Process, State};
use super::plan::Action;
use serde::{Deserialize, Serialize};

/// A page that draws from the engine's state, and so the view it is given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PageView {
    /// The toolbar popup: every application with what is due (drafts are written from
    /// their notes and contacts), without sent bodies or the dictionary.
    Popup,
    /// The applications list (and the welcome steps): each application's name, people,
    /// interviews and events, without notes, references, checklists or sent bodies.
    Applications,
    /// One application's page: that application alone, without sent bodies.
    Application(String),
    /// The options page: the profile with its dictionary, and the applications as the
    /// list has them (the calendar file names each action's application and person).
    Options,
}

/// `state` as `page` draws it (see [`PageView`]).
pub fn view_of(state: &State, page: &PageView) -> State {
    let mut profile = state.profile.clone();
    if *page != PageView::Options {
        profile.words = Vec::new();
    }
    let processes = match page {
        PageView::Application(id) => state
            .processes
            .iter()
            .filter(|p| p.id == *id)
            .map(without_bodies)
            .collect(),
        PageView::Applications | PageView::Options => state.processes.iter().map(listed).collect(),
        PageView::Popup => state.processes.iter().map(without_bodies).collect(),
    };
    State {
        schema: state.schema,
        profile,
        processes,
        extra: state.extra.clone(),
    }
}

/// The actions `page` shows: an application's page its own, the list the next one of
/// each application (the first due), the popup and the calendar file every one.
pub fn actions_of(actions: Vec<Action>, page: &PageView) -> Vec<Action> {
    match page {
        PageView::Application(id) => actions.into_iter().filter(|a| a.process == *id).collect(),
        PageView::Applications => {
            let mut next: Vec<Action> = Vec::new();
            for action in actions {
                match next.iter_mut().find(|n| n.process == action.process) {
                    Some(n) if action.due < n.due => *n = action,
                    Some(_) => {}
                    None => next.push(action),
                }
            }
            next
        }
        PageView::Popup | PageView::Options => actions,
    }
}

/// `process` with no sent body in its events.
fn without_bodies(process: &Process) -> Process {
    let mut kept = process.clone();
    for event in &mut kept.events {
        event.body = None;
    }
    kept
}

/// `process` as a row of the list shows it: its name, people, interviews and the events
/// its stage follows from (`core::stage`: replies and endings); no note sent, notes or
/// references.
fn listed(process: &Process) -> Process {
    Process {
        id: process.id.clone(),
        company: process.company.clone(),
        role: process.role.clone(),
        contacts: process.contacts.clone(),
        interviews: process.interviews.clone(),
        notes: Vec::new(),
        references: Vec::new(),
        events: process
            .events
            .iter()
            .filter(|e| {
                matches!(
                    e.kind,
                    EventKind::Reply
                        | EventKind::Accepted
                        | EventKind::Withdrawn
                        | EventKind::Closed
                )
            })
            .cloned()
            .collect(),
        snoozes: Vec::new(),
        preference: process.preference,
        extra: process.extra.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::calendar::FixedZone;
    use crate::core::model::Event;

    fn year_like() -> State {
        let mut state: State =
            serde_json::from_str(include_str!("../../tests/data/state.json")).unwrap();
        state.profile.words = vec!["Kubernetes".into()];
        for process in &mut state.processes {
            let mut sent = Event::new(
                chrono::DateTime::parse_from_rfc3339("2026-11-02T10:00:00Z").unwrap(),
                EventKind::Sent,
            );
            sent.body = Some("Thank you for the time you gave me on Monday.".into());
            process.events.push(sent);
        }
        state
    }

    fn bodies(state: &State) -> usize {
        state
            .processes
            .iter()
            .flat_map(|p| &p.events)
            .filter(|e| e.body.is_some())
            .count()
    }

    #[test]
    fn no_page_view_carries_a_sent_body() {
        let state = year_like();
        assert!(bodies(&state) > 0);
        for page in [
            PageView::Popup,
            PageView::Applications,
            PageView::Application(state.processes[0].id.clone()),
            PageView::Options,
        ] {
            assert_eq!(bodies(&view_of(&state, &page)), 0, "{page:?}");
        }
    }

    #[test]
    fn an_application_page_gets_only_its_application_and_its_actions() {
        let state = year_like();
        let id = state.processes[1].id.clone();
        let view = view_of(&state, &PageView::Application(id.clone()));
        assert_eq!(view.processes.len(), 1);
        assert_eq!(view.processes[0].id, id);
        assert_eq!(view.processes[0].notes, state.processes[1].notes);
        let now = chrono::DateTime::parse_from_rfc3339("2026-11-03T10:00:00Z").unwrap();
        let actions = crate::core::plan::plan(
            &state,
            now,
            &FixedZone(chrono::FixedOffset::east_opt(0).unwrap()),
        )
        .actions;
        assert!(
            actions.iter().any(|a| a.process != id),
            "the plan spans both"
        );
        let shown = actions_of(actions, &PageView::Application(id.clone()));
        assert!(shown.iter().all(|a| a.process == id));
        let gone = view_of(&state, &PageView::Application("deleted-elsewhere".into()));
        assert!(
            gone.processes.is_empty(),
            "a missing application is drawn as missing"
        );
    }

    #[test]
    fn the_list_leaves_out_notes_references_and_the_dictionary() {
        let state = year_like();
        let view = view_of(&state, &PageView::Applications);
        assert_eq!(view.processes.len(), state.processes.len());
        assert!(view
            .processes
            .iter()
            .all(|p| p.notes.is_empty() && p.references.is_empty()));
        assert_eq!(view.processes[0].contacts, state.processes[0].contacts);
        assert!(view.profile.words.is_empty());
        assert_eq!(view.profile.name, state.profile.name);
    }

    #[test]
    fn the_list_draws_each_stage_and_next_action_as_from_the_whole_state() {
        let mut state = year_like();
        let now = chrono::DateTime::parse_from_rfc3339("2026-11-03T10:00:00Z").unwrap();
        let mut no = Event::new(now - chrono::Duration::hours(2), EventKind::Reply);
        no.says = Some(crate::core::model::ReplySays::Rejection);
        state.processes[1].events.push(no);
        let view = view_of(&state, &PageView::Applications);
        for (whole, listed) in state.processes.iter().zip(&view.processes) {
            assert_eq!(
                crate::core::stage::stage_of(whole, now),
                crate::core::stage::stage_of(listed, now)
            );
            assert!(listed.events.iter().all(|e| e.kind != EventKind::Sent));
        }
        let zone = FixedZone(chrono::FixedOffset::east_opt(0).unwrap());
        let actions = crate::core::plan::plan(&state, now, &zone).actions;
        let next = actions_of(actions.clone(), &PageView::Applications);
        for process in &state.processes {
            let first = actions
                .iter()
                .filter(|a| a.process == process.id)
                .min_by_key(|a| a.due);
            let listed: Vec<_> = next.iter().filter(|a| a.process == process.id).collect();
            assert_eq!(listed.len(), usize::from(first.is_some()));
            assert_eq!(listed.first().map(|a| a.due), first.map(|a| a.due));
        }
    }

    #[test]
    fn only_the_options_page_gets_the_dictionary() {
        let state = year_like();
        let view = view_of(&state, &PageView::Options);
        assert_eq!(view.profile.words, ["Kubernetes"]);
        assert!(view.processes.iter().all(|p| p.notes.is_empty()));
        assert!(view_of(&state, &PageView::Popup).profile.words.is_empty());
    }
}
