//! One application as the applications page changes it: created from a company and a
//! role, saved whole after the user edits its people, rounds, notes, references or rank,
//! archived and brought back, or deleted.
//!
//! Saving takes what the page edits from the edited copy and keeps the rest as stored:
//! the events and snoozes (a reply recorded from the mailbox while the page was open is
//! not lost) and fields a newer build wrote. The result is checked as a whole, with the
//! state document's own rules; an edit that would break it changes nothing and says why.

use super::events::find_process;
use super::{clean, open_process, record_event, slug, unique_id};
use crate::core::model::{validate, Event, EventKind, Process, State};
use crate::core::plan::facts::{Facts, Standing};
use chrono::{DateTime, FixedOffset};

/// The longest note, in characters (about three pages). A longer one is refused with a
/// message saying so, never cut: the note form shows the limit and counts toward it.
/// Drafts quote a note's first sentences only (`draft::shape::QUOTED_NOTE_CHARS`).
pub const MAX_NOTE_CHARS: usize = 10_000;

/// Adds an empty application for `company` and `role` and returns its id. One the user
/// already follows (same company and role, not archived) is refused, so a second click
/// on "Add" never makes a twin.
pub fn new_application(
    state: &mut State,
    company: &str,
    role: &str,
    now: DateTime<FixedOffset>,
) -> Result<String, String> {
    let (company, role) = (clean(company), clean(role));
    let twin = state.processes.iter().find(|p| {
        p.company.eq_ignore_ascii_case(&company)
            && p.role.eq_ignore_ascii_case(&role)
            && Facts::new(p, now).standing() == Standing::Active
    });
    if let Some(twin) = twin {
        return Err(format!(
            "{} is already in your applications",
            if twin.role.is_empty() {
                twin.company.clone()
            } else {
                format!("{} — {}", twin.company, twin.role)
            }
        ));
    }
    let index = open_process(state, &company, &role)?;
    Ok(state.processes[index].id.clone())
}

/// The id a new person named `name` gets in `process`: their first name as a slug, made
/// unique (`dana`, `dana-2`).
pub fn person_id(process: &Process, name: &str) -> String {
    let first = clean(name);
    let first = first.split_whitespace().next().unwrap_or_default();
    unique_id(&slug(first), process.contacts.iter().map(|c| c.id.as_str()))
}

/// Saves `edited` over the stored process with its id: company, role, people, rounds,
/// notes, references and rank come from `edited` (text cleaned), events, snoozes and
/// unknown fields stay as stored. Refused, with nothing changed, when the result is not
/// a valid process: a person without a name or with an address that is no email, a
/// LinkedIn link that is not a LinkedIn profile, a round that ends before it starts, a
/// person removed whom a recorded event names.
pub fn save_process(state: &mut State, edited: Process) -> Result<(), String> {
    let index = find_process(state, &edited.id)?;
    let stored = &state.processes[index];
    let mut saved = tidy(edited)?;
    saved.events = stored.events.clone();
    saved.snoozes = stored.snoozes.clone();
    let mut extra = stored.extra.clone();
    extra.extend(saved.extra);
    saved.extra = extra;
    if let Some(gone) = stored
        .contacts
        .iter()
        .find(|c| saved.contact(&c.id).is_none() && named_by_events(&saved, &c.id))
    {
        return Err(format!(
            "{} is named in recorded events; delete those events first",
            gone.name
        ));
    }
    let mut alone = State {
        processes: vec![saved],
        ..State::default()
    };
    validate(&alone).map_err(|e| e.to_string().replacen("processes[0].", "", 1))?;
    state.processes[index] = alone.processes.remove(0);
    Ok(())
}

/// Whether an event of `process` was sent to, or came from, the person `id`.
fn named_by_events(process: &Process, id: &str) -> bool {
    process
        .events
        .iter()
        .any(|e| e.to.iter().any(|t| t == id) || e.from.as_deref() == Some(id))
}

/// `edited` with its text cleaned and checked field by field.
fn tidy(mut edited: Process) -> Result<Process, String> {
    edited.company = clean(&edited.company);
    if edited.company.is_empty() {
        return Err("an application needs a company".into());
    }
    edited.role = clean(&edited.role);
    for person in &mut edited.contacts {
        person.name = clean(&person.name);
        if person.name.is_empty() {
            return Err("each person needs a name".into());
        }
        person.title = optional(person.title.take());
        person.email = optional(person.email.take());
        if let Some(email) = person.email.as_deref().filter(|e| !looks_like_email(e)) {
            return Err(format!("{email:?} is not an email address"));
        }
        person.linkedin = optional(person.linkedin.take());
        if let Some(link) = person
            .linkedin
            .as_deref()
            .filter(|l| !is_linkedin_profile(l))
        {
            return Err(format!(
                "{link:?} is not a LinkedIn profile link like https://www.linkedin.com/in/name"
            ));
        }
    }
    for round in &mut edited.interviews {
        round.timeline = optional(round.timeline.take());
    }
    for note in &mut edited.notes {
        note.text = note.text.trim().to_string();
        let length = note.text.chars().count();
        if length > MAX_NOTE_CHARS {
            return Err(format!(
                "A note can be at most {MAX_NOTE_CHARS} characters long; this one has {length}. Shorten it, or split it into two notes."
            ));
        }
    }
    edited.notes.retain(|n| !n.text.is_empty());
    for reference in &mut edited.references {
        reference.name = clean(&reference.name);
        reference.email = optional(reference.email.take());
        reference.relation = optional(reference.relation.take());
    }
    edited.references.retain(|r| !r.name.is_empty());
    Ok(edited)
}

/// Cleaned text, or `None` when nothing is left.
fn optional(text: Option<String>) -> Option<String> {
    text.map(|t| clean(&t)).filter(|t| !t.is_empty())
}

/// `local@domain.tld`, with no spaces: enough to catch a name typed in the wrong box.
fn looks_like_email(text: &str) -> bool {
    let Some((local, domain)) = text.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !text.contains(char::is_whitespace)
}

/// An `https://` link to a profile on linkedin.com (`/in/…`), the only page the
/// extension opens for a person.
pub fn is_linkedin_profile(link: &str) -> bool {
    let Some(rest) = link.strip_prefix("https://") else {
        return false;
    };
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    (host == "linkedin.com" || host.ends_with(".linkedin.com"))
        && path.starts_with("in/")
        && path.len() > 3
}

/// Deletes the application `id` and everything in it.
pub fn delete_process(state: &mut State, id: &str) -> Result<(), String> {
    let index = find_process(state, id)?;
    state.processes.remove(index);
    Ok(())
}

/// Archives the application `id`: it leaves the plan and the active list, as a `closed`
/// event at `now` that says so in its timeline.
pub fn archive(state: &mut State, id: &str, now: DateTime<FixedOffset>) -> Result<(), String> {
    let process = &state.processes[find_process(state, id)?];
    if Facts::new(process, now).standing() != Standing::Active {
        return Err(format!("{} is already archived", process.company));
    }
    record_event(state, id, Event::new(now, EventKind::Closed)).map(|_| ())
}

/// Brings back an application the user archived: the `closed` event that archived it is
/// deleted. One that ended otherwise (a rejection, an acceptance, a withdrawal) comes
/// back by deleting that event from its timeline instead.
pub fn unarchive(state: &mut State, id: &str, now: DateTime<FixedOffset>) -> Result<(), String> {
    let index = find_process(state, id)?;
    let process = &state.processes[index];
    let closing = match Facts::new(process, now).standing() {
        Standing::Ended(event) if event.kind == EventKind::Closed => event.clone(),
        Standing::Active => return Err(format!("{} is not archived", process.company)),
        _ => {
            return Err(format!(
                "{} ended with a recorded event; delete it from the timeline to bring it back",
                process.company
            ))
        }
    };
    state.processes[index].events.retain(|e| *e != closing);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::model::{Contact, ContactRole, Note, NoteKind};
    use serde_json::Map;

    fn now() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-11-20T09:00:00+00:00").unwrap()
    }

    fn with_one(company: &str) -> (State, String) {
        let mut state = State::default();
        let id = new_application(&mut state, company, "Analyst", now()).unwrap();
        (state, id)
    }

    fn person(id: &str, name: &str) -> Contact {
        Contact {
            id: id.into(),
            name: name.into(),
            title: None,
            email: None,
            linkedin: None,
            role: ContactRole::Interviewer,
            extra: Map::new(),
        }
    }

    #[test]
    fn a_second_add_of_the_same_application_is_refused_but_an_archived_one_can_return() {
        let (mut state, id) = with_one("Acme");
        let twice = new_application(&mut state, " acme ", "analyst", now());
        assert_eq!(
            twice.unwrap_err(),
            "Acme — Analyst is already in your applications"
        );
        archive(&mut state, &id, now()).unwrap();
        let again = new_application(&mut state, "Acme", "Analyst", now()).unwrap();
        assert_eq!(again, "acme-analyst-2");
    }

    #[test]
    fn saving_keeps_the_events_recorded_meanwhile_and_cleans_the_text() {
        let (mut state, id) = with_one("Acme");
        let mut edited = state.processes[0].clone();
        record_event(&mut state, &id, Event::new(now(), EventKind::Delay)).unwrap();
        edited.company = "  Acme   Corp ".into();
        edited.contacts.push(Contact {
            email: Some(" dana@acme.example ".into()),
            linkedin: Some("https://www.linkedin.com/in/dana-w".into()),
            ..person("dana", "Dana  Whitfield")
        });
        save_process(&mut state, edited).unwrap();
        let saved = &state.processes[0];
        assert_eq!(saved.company, "Acme Corp");
        assert_eq!(saved.contacts[0].name, "Dana Whitfield");
        assert_eq!(
            saved.contacts[0].email.as_deref(),
            Some("dana@acme.example")
        );
        assert_eq!(saved.events.len(), 1, "the delay recorded meanwhile stays");
    }

    #[test]
    fn a_bad_edit_changes_nothing_and_says_why() {
        let (mut state, _) = with_one("Acme");
        let before = state.clone();
        type Change = fn(&mut Process);
        let cases: [(Change, &str); 5] = [
            (|p| p.company = " ".into(), "an application needs a company"),
            (
                |p| p.contacts.push(person("x", "  ")),
                "each person needs a name",
            ),
            (
                |p| {
                    p.contacts.push(Contact {
                        email: Some("Dana Whitfield".into()),
                        ..person("dana", "Dana")
                    })
                },
                "\"Dana Whitfield\" is not an email address",
            ),
            (
                |p| {
                    p.contacts.push(Contact {
                        linkedin: Some("https://evil.example/in/dana".into()),
                        ..person("dana", "Dana")
                    })
                },
                "\"https://evil.example/in/dana\" is not a LinkedIn profile link like https://www.linkedin.com/in/name",
            ),
            (
                |p| {
                    p.notes.push(Note {
                        contact: Some("nobody".into()),
                        kind: NoteKind::Detail,
                        text: "the roadmap".into(),
                        extra: Map::new(),
                    })
                },
                "notes[0].contact: no contact with id \"nobody\" in this process",
            ),
        ];
        for (change, error) in cases {
            let mut edited = state.processes[0].clone();
            change(&mut edited);
            assert_eq!(save_process(&mut state, edited).unwrap_err(), error);
            assert_eq!(state, before);
        }
    }

    #[test]
    fn a_person_named_by_a_recorded_event_cannot_be_removed() {
        let (mut state, id) = with_one("Acme");
        let mut edited = state.processes[0].clone();
        edited.contacts.push(person("dana", "Dana Whitfield"));
        save_process(&mut state, edited).unwrap();
        let mut thanked = Event::new(now(), EventKind::Sent);
        thanked.purpose = Some(crate::core::model::ActionKind::ThankYou);
        thanked.to = vec!["dana".into()];
        record_event(&mut state, &id, thanked).unwrap();
        let mut edited = state.processes[0].clone();
        edited.contacts.clear();
        assert_eq!(
            save_process(&mut state, edited).unwrap_err(),
            "Dana Whitfield is named in recorded events; delete those events first"
        );
    }

    #[test]
    fn archive_then_unarchive_puts_the_application_back_as_it_was() {
        let (mut state, id) = with_one("Acme");
        let before = state.clone();
        archive(&mut state, &id, now()).unwrap();
        assert_eq!(state.processes[0].events[0].kind, EventKind::Closed);
        assert!(archive(&mut state, &id, now()).is_err());
        unarchive(&mut state, &id, now()).unwrap();
        assert_eq!(state, before);
        assert_eq!(
            unarchive(&mut state, &id, now()).unwrap_err(),
            "Acme is not archived"
        );
    }

    #[test]
    fn a_rejected_application_comes_back_only_by_deleting_the_rejection() {
        let (mut state, id) = with_one("Acme");
        let mut no = Event::new(now(), EventKind::Reply);
        no.says = Some(crate::core::model::ReplySays::Rejection);
        record_event(&mut state, &id, no).unwrap();
        assert!(unarchive(&mut state, &id, now())
            .unwrap_err()
            .contains("delete it from the timeline"));
    }

    #[test]
    fn new_people_get_readable_unique_ids() {
        let (mut state, _) = with_one("Acme");
        let process = &mut state.processes[0];
        assert_eq!(person_id(process, "Dana Whitfield"), "dana");
        process.contacts.push(person("dana", "Dana Whitfield"));
        assert_eq!(person_id(process, "  Dana Scully"), "dana-2");
    }

    #[test]
    fn linkedin_profiles_are_https_links_to_a_person() {
        assert!(is_linkedin_profile("https://www.linkedin.com/in/dana-w/"));
        assert!(is_linkedin_profile("https://linkedin.com/in/dana"));
        assert!(!is_linkedin_profile("http://www.linkedin.com/in/dana"));
        assert!(!is_linkedin_profile(
            "https://www.linkedin.com/company/acme"
        ));
        assert!(!is_linkedin_profile(
            "https://linkedin.com.evil.example/in/x"
        ));
        assert!(!is_linkedin_profile(
            "javascript:alert(1)//linkedin.com/in/x"
        ));
    }

    #[test]
    fn deleting_an_application_removes_it_whole() {
        let (mut state, id) = with_one("Acme");
        delete_process(&mut state, &id).unwrap();
        assert!(state.processes.is_empty());
        assert!(delete_process(&mut state, &id).is_err());
    }
}
