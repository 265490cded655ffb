//! Recorded events as the user corrects them: every event gets a stable id when it is
//! recorded, and can then be changed (another time: "they replied yesterday"; what they
//! said) or deleted by that id. Pure functions over [`State`]; the engine stores the
//! result and keeps the state before it for undo.

use crate::core::model::{Event, State};

/// The prefix of the ids given to events (`ev-1`, `ev-2`, …).
const EVENT_ID_PREFIX: &str = "ev-";

/// The number in an id this module gave, if it is one.
fn serial(id: &str) -> Option<u64> {
    id.strip_prefix(EVENT_ID_PREFIX)?.parse().ok()
}

/// Gives an id to every event that has none (documents from before ids, or events an
/// import brought), numbering on from the highest id in the state; an id that two
/// events share is replaced on the later one. Returns how many ids were given.
pub fn give_event_ids(state: &mut State) -> usize {
    let mut next = state
        .processes
        .iter()
        .flat_map(|p| &p.events)
        .filter_map(|e| e.id.as_deref().and_then(serial))
        .max()
        .unwrap_or(0);
    let mut seen = std::collections::BTreeSet::new();
    let mut given = 0;
    for event in state.processes.iter_mut().flat_map(|p| &mut p.events) {
        let fresh = event.id.as_ref().is_some_and(|id| seen.insert(id.clone()));
        if !fresh {
            next += 1;
            let id = format!("{EVENT_ID_PREFIX}{next}");
            seen.insert(id.clone());
            event.id = Some(id);
            given += 1;
        }
    }
    given
}

/// Appends `event` to the process `process`, with a new id; returns the id.
pub fn record_event(state: &mut State, process: &str, mut event: Event) -> Result<String, String> {
    event.id = None;
    let target = find_process(state, process)?;
    state.processes[target].events.push(event);
    give_event_ids(state);
    Ok(state.processes[target]
        .events
        .last()
        .and_then(|e| e.id.clone())
        .unwrap_or_default())
}

/// Replaces the event of `process` whose id is `event.id` with `event` (its time, what
/// it records); fields this build does not know are kept from the stored event, and so is
/// a sent note's body, which no page holds (`core::views`) and none edits.
pub fn edit_event(state: &mut State, process: &str, event: Event) -> Result<(), String> {
    let id = event
        .id
        .clone()
        .ok_or_else(|| "the corrected event has no id".to_string())?;
    let target = find_process(state, process)?;
    let stored = state.processes[target]
        .events
        .iter_mut()
        .find(|e| e.id.as_deref() == Some(id.as_str()))
        .ok_or_else(|| format!("no event {id:?} in {process:?}"))?;
    let mut extra = std::mem::take(&mut stored.extra);
    extra.extend(event.extra.clone());
    let body = event.body.clone().or_else(|| stored.body.take());
    *stored = Event {
        extra,
        body,
        ..event
    };
    Ok(())
}

/// Deletes the event `id` of `process`.
pub fn delete_event(state: &mut State, process: &str, id: &str) -> Result<(), String> {
    let target = find_process(state, process)?;
    let events = &mut state.processes[target].events;
    let before = events.len();
    events.retain(|e| e.id.as_deref() != Some(id));
    if events.len() == before {
        return Err(format!("no event {id:?} in {process:?}"));
    }
    Ok(())
}

/// The index of the process `id`, or an error in the user's words: it was deleted
/// (perhaps in another tab) since the page showed it.
pub(super) fn find_process(state: &State, id: &str) -> Result<usize, String> {
    state
        .processes
        .iter()
        .position(|p| p.id == id)
        .ok_or_else(gone_application)
}

/// Why a change to an application that is no longer there was not made.
pub(super) fn gone_application() -> String {
    "this application is no longer in Afterview (it may have been deleted in another tab)"
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{parse_state, EventKind, ReplySays};
    use chrono::DateTime;

    #[test]
    fn recording_in_an_application_deleted_meanwhile_says_so_in_plain_words() {
        let mut s = state();
        let at = DateTime::parse_from_rfc3339("2026-11-22T10:00:00+00:00").unwrap();
        let error = record_event(&mut s, "gone", Event::new(at, EventKind::Delay)).unwrap_err();
        assert!(error.contains("no longer in Afterview"), "{error}");
        assert!(!error.contains("process"), "{error}");
    }

    fn state() -> State {
        parse_state(
            r#"{"schema": 1, "processes": [
              {"id": "a", "company": "Acme", "events": [
                {"at": "2026-11-20T10:00:00+00:00", "kind": "sent", "purpose": "thank_you"},
                {"id": "ev-7", "at": "2026-11-21T10:00:00+00:00", "kind": "reply", "says": "later", "mood": "kept"}]},
              {"id": "b", "company": "Globex", "events": [
                {"id": "ev-7", "at": "2026-11-22T10:00:00+00:00", "kind": "delay"}]}]}"#,
        )
        .expect("state")
    }

    fn ids(state: &State) -> Vec<Option<String>> {
        state
            .processes
            .iter()
            .flat_map(|p| p.events.iter().map(|e| e.id.clone()))
            .collect()
    }

    #[test]
    fn every_event_gets_a_unique_id_and_kept_ids_stay() {
        let mut s = state();
        assert_eq!(give_event_ids(&mut s), 2);
        assert_eq!(
            ids(&s),
            vec![
                Some("ev-8".to_string()),
                Some("ev-7".to_string()),
                Some("ev-9".to_string())
            ]
        );
        assert_eq!(give_event_ids(&mut s), 0, "stable once given");
    }

    #[test]
    fn an_event_is_backdated_edited_and_deleted_by_id() {
        let mut s = state();
        give_event_ids(&mut s);
        let id = record_event(
            &mut s,
            "a",
            Event::new(
                DateTime::parse_from_rfc3339("2026-11-24T10:00:00+00:00").expect("t"),
                EventKind::Reply,
            ),
        )
        .expect("recorded");
        assert_eq!(id, "ev-10");

        let mut corrected = s.processes[0].events[1].clone();
        corrected.at = DateTime::parse_from_rfc3339("2026-11-20T18:00:00+00:00").expect("t");
        corrected.says = Some(ReplySays::NextRound);
        corrected.extra.clear();
        edit_event(&mut s, "a", corrected).expect("edited");
        let edited = &s.processes[0].events[1];
        assert_eq!(edited.says, Some(ReplySays::NextRound));
        assert_eq!(edited.at.to_rfc3339(), "2026-11-20T18:00:00+00:00");
        assert_eq!(edited.extra["mood"], "kept", "unknown fields survive");

        delete_event(&mut s, "a", "ev-7").expect("deleted");
        assert_eq!(s.processes[0].events.len(), 2);
        assert!(delete_event(&mut s, "a", "ev-7").is_err());
        assert!(edit_event(&mut s, "zzz", Event::new(edited_time(), EventKind::Delay)).is_err());
    }

    #[test]
    fn a_sent_note_corrected_from_a_page_keeps_its_body() {
        let mut s = state();
        give_event_ids(&mut s);
        s.processes[0].events[0].body = Some("Thank you for Monday.".into());
        // The page's view of the event carries no body (core::views).
        let mut corrected = s.processes[0].events[0].clone();
        corrected.body = None;
        corrected.at = edited_time();
        let id = corrected.id.clone().expect("id");
        edit_event(&mut s, "a", corrected).expect("edited");
        let edited = s.processes[0]
            .events
            .iter()
            .find(|e| e.id == Some(id.clone()));
        assert_eq!(
            edited.and_then(|e| e.body.as_deref()),
            Some("Thank you for Monday.")
        );
        assert_eq!(edited.map(|e| e.at), Some(edited_time()));
    }

    fn edited_time() -> chrono::DateTime<chrono::FixedOffset> {
        DateTime::parse_from_rfc3339("2026-11-20T18:00:00+00:00").expect("t")
    }
}
