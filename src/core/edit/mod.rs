//! Changes the user asks for from a page: track a recipient or a LinkedIn profile as a
//! contact of a process (new or existing), add, save, archive or delete a process,
//! record, correct or delete an event, tick an item of the checklist before an
//! interview. Pure functions over
//! [`State`]; the engine is the one that stores the result.

mod dictionary;
mod events;
mod process;
mod rounds;

pub use dictionary::{add_word, remove_word};
pub use events::{delete_event, edit_event, give_event_ids, record_event};
pub use process::{
    archive, delete_process, is_linkedin_profile, new_application, person_id, save_process,
    unarchive, MAX_NOTE_CHARS,
};
pub use rounds::timeline_reading_day;

use super::model::{validate, Contact, ContactRole, Event, Process, State};
use super::prep::is_item;
use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use serde_json::Map;

/// One change as every writer makes it (a page, a content script, an alarm, an import):
/// applied to a copy of `state`, every event given an id, and checked with the rules the
/// loader applies to a stored document. The copy, or why the change was refused (and
/// then nothing changed): a change never leaves a document the engine could not load.
pub fn apply_change(
    state: &State,
    change: impl FnOnce(&mut State) -> Result<(), String>,
) -> Result<State, String> {
    let mut next = state.clone();
    change(&mut next)?;
    give_event_ids(&mut next);
    validate(&next).map_err(|e| {
        format!("Not saved: the record would no longer hold together ({e}). Nothing was changed.")
    })?;
    Ok(next)
}

/// Where a new contact goes: an existing process, or a new one for this company and role.
/// On the wire `{"type": "existing", "id": …}` (`core::wire`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProcessTarget {
    /// A process already in the state.
    Existing {
        /// Its id.
        id: String,
    },
    /// A new process.
    New {
        /// The company.
        company: String,
        /// The role applied for (may be empty).
        #[serde(default)]
        role: String,
    },
}

/// A person as captured from a page: a compose recipient or a LinkedIn profile.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NewContact {
    /// Their name as shown (required).
    pub name: String,
    /// Their email, when captured from an email compose.
    #[serde(default)]
    pub email: Option<String>,
    /// Their LinkedIn profile URL, when captured from LinkedIn.
    #[serde(default)]
    pub linkedin: Option<String>,
    /// Their headline or job title.
    #[serde(default)]
    pub title: Option<String>,
    /// Their part in the process.
    #[serde(default)]
    pub role: ContactRole,
}

/// Where a tracked contact ended up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tracked {
    /// The process id.
    pub process: String,
    /// The contact id.
    pub contact: String,
}

/// The longest name, title or company kept from a page (longer text is cut, not refused).
pub const MAX_FIELD_CHARS: usize = 200;

/// Adds `person` to the process `target` names (creating it when new) and returns the
/// ids. Someone already there (same email or profile) is updated, not duplicated.
pub fn track_contact(
    state: &mut State,
    target: &ProcessTarget,
    person: NewContact,
) -> Result<Tracked, String> {
    let name = clean(&person.name);
    if name.is_empty() {
        return Err("a contact needs a name".into());
    }
    let email = person
        .email
        .as_deref()
        .map(clean)
        .filter(|e| e.contains('@'));
    let linkedin = person
        .linkedin
        .as_deref()
        .map(clean)
        .filter(|l| !l.is_empty());
    let title = person.title.as_deref().map(clean).filter(|t| !t.is_empty());
    let index = match target {
        ProcessTarget::Existing { id } => state
            .processes
            .iter()
            .position(|p| &p.id == id)
            .ok_or_else(events::gone_application)?,
        // An application with this company and role is the one meant: asking twice (a
        // double click, a retry) never opens a twin.
        ProcessTarget::New { company, role } => match same_application(state, company, role) {
            Some(index) => index,
            None => open_process(state, company, role)?,
        },
    };
    let process = &mut state.processes[index];
    let same = |c: &Contact| {
        email.as_deref().is_some_and(|e| {
            c.email
                .as_deref()
                .is_some_and(|x| x.eq_ignore_ascii_case(e))
        }) || linkedin
            .as_deref()
            .is_some_and(|l| c.linkedin.as_deref() == Some(l))
    };
    if let Some(existing) = process.contacts.iter_mut().find(|c| same(c)) {
        existing.title = existing.title.take().or(title);
        existing.email = existing.email.take().or(email);
        existing.linkedin = existing.linkedin.take().or(linkedin);
        return Ok(Tracked {
            process: process.id.clone(),
            contact: existing.id.clone(),
        });
    }
    let id = unique_id(
        &slug(first_word(&name)),
        process.contacts.iter().map(|c| c.id.as_str()),
    );
    process.contacts.push(Contact {
        id: id.clone(),
        name,
        title,
        email,
        linkedin,
        role: person.role,
        extra: Map::new(),
    });
    Ok(Tracked {
        process: process.id.clone(),
        contact: id,
    })
}

/// What an import merged in, for the user to see.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MergeSummary {
    /// Processes added.
    pub processes: usize,
    /// Contacts added (with a new process or to one already there).
    pub contacts: usize,
    /// Interviews, notes, references and events added.
    pub entries: usize,
}

impl MergeSummary {
    /// Everything `state` holds, as a replace brings it in.
    pub fn of(state: &State) -> Self {
        let mut summary = Self::default();
        for process in &state.processes {
            summary.add_whole(process);
        }
        summary
    }

    /// A whole process: itself, its contacts and its entries.
    fn add_whole(&mut self, process: &Process) {
        self.processes += 1;
        self.contacts += process.contacts.len();
        self.entries += process.interviews.len()
            + process.notes.len()
            + process.references.len()
            + process.events.len();
    }
}

/// Merges an imported state into `into`: new processes are added whole; for a process
/// already there (same id), contacts with new ids, and interviews, notes, references and
/// events not already present, are added. Nothing already there is changed or removed;
/// the profile is kept, but for the file's dictionary words, which join its own.
pub fn merge(into: &mut State, from: State) -> MergeSummary {
    let mut summary = MergeSummary::default();
    // The file's own dictionary joins this one (a word already here is not added twice;
    // one that does not fit, or beyond the most a dictionary holds, is left out).
    for word in &from.profile.words {
        let _ = add_word(into, word);
    }
    for incoming in from.processes {
        let Some(existing) = into.processes.iter_mut().find(|p| p.id == incoming.id) else {
            summary.add_whole(&incoming);
            into.processes.push(incoming);
            continue;
        };
        for contact in incoming.contacts {
            if existing.contact(&contact.id).is_none() {
                summary.contacts += 1;
                existing.contacts.push(contact);
            }
        }
        summary.entries += add_missing(&mut existing.interviews, incoming.interviews)
            + add_missing(&mut existing.notes, incoming.notes)
            + add_missing(&mut existing.references, incoming.references)
            + add_missing_events(&mut existing.events, incoming.events);
    }
    summary
}

/// Ticks (`done`) or unticks the checklist item `item` (`core::prep`) of the interview of
/// `process` that starts at `start`; the interview's `prep_done` keeps its ticks.
pub fn tick_prep(
    state: &mut State,
    process: &str,
    start: DateTime<FixedOffset>,
    item: &str,
    done: bool,
) -> Result<(), String> {
    if !is_item(item) {
        return Err(format!("there is no checklist item {item:?}"));
    }
    let index = events::find_process(state, process)?;
    let interview = state.processes[index]
        .interviews
        .iter_mut()
        .find(|i| i.start == start)
        .ok_or_else(|| format!("{process:?} has no interview starting at {start}"))?;
    interview.prep_done.retain(|ticked| ticked != item);
    if done {
        interview.prep_done.push(item.to_string());
    }
    Ok(())
}

/// Appends the items of `incoming` not already in `list`; returns how many.
fn add_missing<T: PartialEq>(list: &mut Vec<T>, incoming: Vec<T>) -> usize {
    let mut added = 0;
    for item in incoming {
        if !list.contains(&item) {
            list.push(item);
            added += 1;
        }
    }
    added
}

/// Adds the events of `incoming` whose id `list` does not hold (one without an id, when
/// no equal event is there): an event corrected since the export keeps its correction
/// and is not brought in twice.
fn add_missing_events(list: &mut Vec<Event>, incoming: Vec<Event>) -> usize {
    let mut added = 0;
    for event in incoming {
        let there = match &event.id {
            Some(id) => list.iter().any(|e| e.id.as_ref() == Some(id)),
            None => list.contains(&event),
        };
        if !there {
            list.push(event);
            added += 1;
        }
    }
    added
}

/// The application with this company and role (compared as cleaned text, ignoring case,
/// as `new_application` compares them).
fn same_application(state: &State, company: &str, role: &str) -> Option<usize> {
    let (company, role) = (clean(company), clean(role));
    state.processes.iter().position(|p| {
        p.company.eq_ignore_ascii_case(&company) && p.role.eq_ignore_ascii_case(&role)
    })
}

/// Adds an empty process for `company` and `role` with a readable unique id; returns its index.
pub(super) fn open_process(state: &mut State, company: &str, role: &str) -> Result<usize, String> {
    let company = clean(company);
    if company.is_empty() {
        return Err("a new process needs a company".into());
    }
    let role = clean(role);
    let base = if role.is_empty() {
        slug(&company)
    } else {
        format!("{}-{}", slug(&company), slug(&role))
    };
    let id = unique_id(&base, state.processes.iter().map(|p| p.id.as_str()));
    state.processes.push(new_process(id, company, role));
    Ok(state.processes.len() - 1)
}

fn new_process(id: String, company: String, role: String) -> Process {
    Process {
        id,
        company,
        role,
        contacts: Vec::new(),
        interviews: Vec::new(),
        notes: Vec::new(),
        references: Vec::new(),
        events: Vec::new(),
        snoozes: Vec::new(),
        preference: None,
        extra: Map::new(),
    }
}

/// Trims, folds runs of whitespace and control characters to one space, drops bidi
/// controls and zero-width characters, and cuts to [`MAX_FIELD_CHARS`]. A zero-width
/// joiner or non-joiner between two characters that show is kept: it is part of the
/// spelling of Persian and Indic words ("نرم‌افزار") and of emoji ("👩‍💻").
pub fn clean(text: &str) -> String {
    let mut out = String::new();
    let mut space = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let joins = matches!(c, '\u{200C}' | '\u{200D}')
            && !space
            && out.chars().last().is_some_and(|p| !is_invisible(p))
            && chars
                .peek()
                .is_some_and(|n| !is_invisible(*n) && !n.is_whitespace() && !n.is_control());
        if is_invisible(c) && !joins {
            continue;
        }
        if c.is_whitespace() || c.is_control() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        if out.chars().count() == MAX_FIELD_CHARS {
            break;
        }
        out.push(c);
    }
    out
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

fn first_word(name: &str) -> &str {
    name.split_whitespace().next().unwrap_or(name)
}

/// A lower-case ASCII id from free text ("Acme Corp." → `acme-corp`); `item` when
/// nothing is left (a name in another script).
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= 40 {
            break;
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "item".into()
    } else {
        out
    }
}

/// `base`, or `base-2`, `base-3`, … — the first not among `taken`.
pub fn unique_id<'a>(base: &str, taken: impl Iterator<Item = &'a str> + Clone) -> String {
    let free = |id: &str| !taken.clone().any(|t| t == id);
    if free(base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| free(id))
        .unwrap_or_else(|| base.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(name: &str, email: &str) -> NewContact {
        NewContact {
            name: name.into(),
            email: Some(email.into()),
            ..NewContact::default()
        }
    }

    #[test]
    fn a_checklist_item_is_ticked_once_and_unticked_on_its_interview_only() {
        let mut state =
            crate::core::model::parse_state(include_str!("../../../tests/data/state.json"))
                .unwrap();
        let process = state.processes[0].id.clone();
        let start = state.processes[0].interviews[0].start;
        for _ in 0..2 {
            tick_prep(&mut state, &process, start, "ask_follow_up", true).unwrap();
        }
        tick_prep(&mut state, &process, start, "note_contacts", true).unwrap();
        let interview = &state.processes[0].interviews[0];
        assert_eq!(interview.prep_done, ["ask_follow_up", "note_contacts"]);
        tick_prep(&mut state, &process, start, "ask_follow_up", false).unwrap();
        assert_eq!(
            state.processes[0].interviews[0].prep_done,
            ["note_contacts"]
        );
        let later = start + chrono::Duration::minutes(1);
        assert!(tick_prep(&mut state, &process, later, "note_contacts", true).is_err());
        assert!(tick_prep(&mut state, &process, start, "bring_flowers", true).is_err());
        assert!(tick_prep(&mut state, "nowhere", start, "note_contacts", true).is_err());
    }

    #[test]
    fn a_new_process_gets_a_readable_unique_id() {
        let mut state = State::default();
        let target = ProcessTarget::New {
            company: "Acme Corp.".into(),
            role: "Data Analyst".into(),
        };
        let first =
            track_contact(&mut state, &target, person("Jordan Lee", "j@acme.example")).unwrap();
        let other_role = ProcessTarget::New {
            company: "Acme Corp.".into(),
            role: "Data Analyst (contract)".into(),
        };
        let second = track_contact(
            &mut state,
            &other_role,
            person("Jo Park", "jo@acme.example"),
        )
        .unwrap();
        assert_eq!(first.process, "acme-corp-data-analyst");
        assert_eq!(second.process, "acme-corp-data-analyst-contract");
        assert_eq!(first.contact, "jordan");
    }

    #[test]
    fn track_asked_twice_for_a_new_application_makes_one() {
        let mut state = State::default();
        let target = ProcessTarget::New {
            company: "Acme Corp".into(),
            role: "Data Analyst".into(),
        };
        let first =
            track_contact(&mut state, &target, person("Jordan Lee", "j@acme.example")).unwrap();
        // The same click again (a double click, a retry), and a colleague at the same
        // company and role: both go to the application the first one opened.
        let again =
            track_contact(&mut state, &target, person("Jordan Lee", "j@acme.example")).unwrap();
        let same_role = ProcessTarget::New {
            company: " acme corp ".into(),
            role: "data analyst".into(),
        };
        let colleague =
            track_contact(&mut state, &same_role, person("Jo Park", "jo@acme.example")).unwrap();
        assert_eq!(first, again);
        assert_eq!(colleague.process, first.process);
        assert_eq!(state.processes.len(), 1);
        assert_eq!(state.processes[0].contacts.len(), 2);
    }

    #[test]
    fn the_same_email_updates_instead_of_duplicating() {
        let mut state = State::default();
        let target = ProcessTarget::New {
            company: "Acme".into(),
            role: String::new(),
        };
        let a = track_contact(&mut state, &target, person("Jordan Lee", "J@acme.example")).unwrap();
        let existing = ProcessTarget::Existing {
            id: a.process.clone(),
        };
        let mut again = person("Jordan", "j@ACME.example");
        again.title = Some("Manager".into());
        let b = track_contact(&mut state, &existing, again).unwrap();
        assert_eq!(a, b);
        assert_eq!(state.processes[0].contacts.len(), 1);
        assert_eq!(
            state.processes[0].contacts[0].title.as_deref(),
            Some("Manager")
        );
    }

    #[test]
    fn merging_brings_in_an_event_once_by_its_id_even_when_corrected_since() {
        let mut mine = crate::core::model::parse_state(
            r#"{"schema": 1, "processes": [{"id": "acme", "company": "Acme",
              "events": [{"id": "e1", "at": "2026-11-20T10:00:00+00:00", "kind": "reply", "says": "later"}]}]}"#,
        )
        .unwrap();
        let exported = mine.clone();
        // Corrected after the export: the reply invited to another round.
        mine.processes[0].events[0].says = Some(crate::core::model::ReplySays::NextRound);
        let summary = merge(&mut mine, exported);
        assert_eq!(summary.entries, 0);
        assert_eq!(mine.processes[0].events.len(), 1);
        assert_eq!(
            mine.processes[0].events[0].says,
            Some(crate::core::model::ReplySays::NextRound)
        );
    }

    #[test]
    fn two_jordans_get_two_ids() {
        let mut state = State::default();
        let target = ProcessTarget::New {
            company: "Acme".into(),
            role: String::new(),
        };
        let a = track_contact(&mut state, &target, person("Jordan Lee", "a@x.example")).unwrap();
        let existing = ProcessTarget::Existing { id: a.process };
        let b = track_contact(&mut state, &existing, person("Jordan Park", "b@x.example")).unwrap();
        assert_eq!(b.contact, "jordan-2");
    }

    #[test]
    fn joiners_inside_a_word_or_an_emoji_are_kept() {
        for spelled in ["نرم\u{200C}افزار", "Jordan Lee 👩\u{200D}💻", "क्\u{200D}ष"]
        {
            assert_eq!(clean(spelled), spelled);
        }
    }

    #[test]
    fn hostile_text_is_cleaned_not_refused() {
        assert_eq!(clean("  Jordan\u{202E}\u{200B}  Lee\n\t"), "Jordan Lee");
        assert_eq!(clean("\u{200D}Jordan \u{200C}Lee\u{200D}"), "Jordan Lee");
        assert_eq!(clean(&"x".repeat(10_000)).chars().count(), MAX_FIELD_CHARS);
        assert_eq!(slug("王芳"), "item");
        assert_eq!(slug("<script>alert(1)</script>"), "script-alert-1-script");
    }

    #[test]
    fn merging_adds_what_is_new_and_keeps_what_is_there() {
        let mut mine = State::default();
        let target = ProcessTarget::New {
            company: "Acme".into(),
            role: String::new(),
        };
        track_contact(&mut mine, &target, person("Jordan Lee", "j@acme.example")).unwrap();
        let mut theirs = mine.clone();
        theirs.processes[0].contacts[0].name = "Changed".into();
        track_contact(
            &mut theirs,
            &ProcessTarget::Existing { id: "acme".into() },
            person("Jo Park", "jo@acme.example"),
        )
        .unwrap();
        track_contact(
            &mut theirs,
            &ProcessTarget::New {
                company: "Globex".into(),
                role: String::new(),
            },
            person("Ben", "b@globex.example"),
        )
        .unwrap();
        let summary = merge(&mut mine, theirs.clone());
        // Globex comes whole (with Ben); Jo joins the process already there.
        assert_eq!(
            summary,
            MergeSummary {
                processes: 1,
                contacts: 2,
                entries: 0
            }
        );
        assert_eq!(MergeSummary::of(&mine).contacts, 3);
        assert_eq!(
            mine.processes[0].contacts[0].name, "Jordan Lee",
            "nothing already there changes"
        );
        assert_eq!(
            merge(&mut mine, theirs),
            MergeSummary::default(),
            "merging twice adds nothing"
        );
    }

    #[test]
    fn errors_are_values() {
        let mut state = State::default();
        let missing = ProcessTarget::Existing { id: "nope".into() };
        assert!(track_contact(&mut state, &missing, person("A", "a@x.example")).is_err());
        let new = ProcessTarget::New {
            company: " ".into(),
            role: String::new(),
        };
        assert!(track_contact(&mut state, &new, person("A", "a@x.example")).is_err());
        assert!(track_contact(&mut state, &new, person("\u{200B}", "a@x.example")).is_err());
        assert!(state.processes.is_empty());
    }
}
