//! The application form of the options page: add a process with its interview, people,
//! timeline, notes, references and rank, or edit one already there through the same form.
//!
//! Editing changes the process in place, so whatever the form does not show (events,
//! snoozes, fields a newer build wrote) is kept as it is. The form shows the
//! latest interview; saving either corrects it or adds a new round after it. People no
//! longer listed stay in the process (events may name them); notes are matched by their
//! text, so a note kept in the list keeps whom it was about.

use super::{clean, open_process, track_contact, NewContact, ProcessTarget};
use crate::core::calendar::{at_local, Zone};
use crate::core::matching::email_of;
use crate::core::model::{
    Contact, ContactRole, Interview, InterviewFormat, Note, NoteKind, Process, Reference, State,
};
use chrono::{Duration, NaiveDateTime};
use serde::{Deserialize, Serialize};
use serde_json::Map;

/// An application as the user types it in the form: one interview, the people who were
/// there (one per line, `Name <email>` or just a name), what the employer said about
/// their timeline, and notes (one per line).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ApplicationForm {
    /// The company.
    pub company: String,
    /// The role.
    #[serde(default)]
    pub role: String,
    /// When the interview starts, in the user's own time zone.
    #[serde(with = "crate::core::dates::wall_clock")]
    pub start: NaiveDateTime,
    /// How long it lasts, in minutes.
    pub minutes: u32,
    /// How it takes place.
    #[serde(default)]
    pub format: InterviewFormat,
    /// The interviewers, one per line.
    #[serde(default)]
    pub interviewers: String,
    /// What they said about their timeline.
    #[serde(default)]
    pub timeline: String,
    /// Things discussed, one per line (notes of kind `detail`).
    #[serde(default)]
    pub details: String,
    /// What they need, one per line (notes of kind `need`).
    #[serde(default)]
    pub needs: String,
    /// The user's references for this application, one per line:
    /// `Name <email>, relation` (email and relation optional).
    #[serde(default)]
    pub references: String,
    /// How much the user wants this job, as a rank (1 = first choice); empty for none.
    #[serde(default)]
    pub preference: Option<u32>,
}

/// What saving an edited process does with the interview in the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RoundChange {
    /// Corrects the latest interview.
    CorrectLatest,
    /// Adds the form's interview as a new round; earlier ones stay.
    AddRound,
}

/// Adds an application typed in the form and returns its process id.
pub fn add_application(
    state: &mut State,
    form: &ApplicationForm,
    zone: &dyn Zone,
) -> Result<String, String> {
    check_length(form)?;
    let index = open_process(state, &form.company, &form.role)?;
    let id = state.processes[index].id.clone();
    let contacts = people(state, &id, &form.interviewers)?;
    let process = process_mut(state, &id)?;
    process.interviews.push(interview_of(form, contacts, zone));
    sync_notes(process, form);
    sync_references(process, &form.references);
    process.preference = form.preference;
    Ok(id)
}

/// Saves the form over process `id`: company and role, the latest interview corrected or
/// a new round added (`round`), the people of that interview, and the detail and need
/// notes as listed.
pub fn edit_application(
    state: &mut State,
    id: &str,
    form: &ApplicationForm,
    round: RoundChange,
    zone: &dyn Zone,
) -> Result<(), String> {
    check_length(form)?;
    let company = clean(&form.company);
    if company.is_empty() {
        return Err("a process needs a company".into());
    }
    process_mut(state, id)?;
    let contacts = people(state, id, &form.interviewers)?;
    let process = process_mut(state, id)?;
    process.company = company;
    process.role = clean(&form.role);
    let interview = interview_of(form, contacts, zone);
    match (round, latest_index(process)) {
        (RoundChange::CorrectLatest, Some(i)) => {
            let latest = &mut process.interviews[i];
            latest.start = interview.start;
            latest.end = interview.end;
            latest.format = interview.format;
            latest.contacts = interview.contacts;
            latest.timeline = interview.timeline;
        }
        _ => process.interviews.push(interview),
    }
    sync_notes(process, form);
    sync_references(process, &form.references);
    process.preference = form.preference;
    Ok(())
}

/// The form filled from process `id`: its latest interview shown in the user's zone.
pub fn form_of(process: &Process, zone: &dyn Zone) -> ApplicationForm {
    let latest = latest_index(process).map(|i| &process.interviews[i]);
    let local = |at: chrono::DateTime<chrono::FixedOffset>| {
        let utc = at.naive_utc();
        utc + Duration::seconds(i64::from(zone.offset_at(utc).local_minus_utc()))
    };
    let interviewers = latest
        .map(|i| {
            i.contacts
                .iter()
                .filter_map(|id| process.contact(id))
                .map(|c| match &c.email {
                    Some(email) if *email != c.name => format!("{} <{email}>", c.name),
                    _ => c.name.clone(),
                })
                .collect::<Vec<_>>()
                .join("\n")
        })
        .unwrap_or_default();
    let notes = |kind: NoteKind| {
        process
            .notes_of(kind)
            .map(|n| n.text.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    };
    ApplicationForm {
        company: process.company.clone(),
        role: process.role.clone(),
        start: latest.map_or_else(NaiveDateTime::default, |i| local(i.start)),
        minutes: latest.map_or(60, |i| (i.end - i.start).num_minutes().max(1) as u32),
        format: latest.map(|i| i.format).unwrap_or_default(),
        interviewers,
        timeline: latest.and_then(|i| i.timeline.clone()).unwrap_or_default(),
        details: notes(NoteKind::Detail),
        needs: notes(NoteKind::Need),
        references: process
            .references
            .iter()
            .map(reference_line)
            .collect::<Vec<_>>()
            .join("\n"),
        preference: process.preference,
    }
}

/// The day a timeline sentence typed in the form is read against: the day the interview
/// ends, on the user's own clock (as the planner reads it), else `today` in their zone.
pub fn timeline_reading_day(
    start: Option<NaiveDateTime>,
    minutes: u32,
    today: chrono::NaiveDate,
) -> chrono::NaiveDate {
    start.map_or(today, |s| {
        (s + Duration::minutes(i64::from(minutes))).date()
    })
}

/// A reference as the form lists it: `Name <email>, relation`.
fn reference_line(reference: &Reference) -> String {
    let mut line = reference.name.clone();
    if let Some(email) = &reference.email {
        line.push_str(&format!(" <{email}>"));
    }
    if let Some(relation) = &reference.relation {
        line.push_str(&format!(", {relation}"));
    }
    line
}

/// Makes the references those the form lists, one per line (`Name <email>, relation`):
/// a reference still listed (same name) keeps its id and what the form does not say,
/// one no longer listed goes, a new line becomes a reference.
fn sync_references(process: &mut Process, listed: &str) {
    let wanted: Vec<Reference> = lines(listed)
        .iter()
        .filter_map(|line| {
            let (person, relation) = match line.split_once(',') {
                Some((p, r)) => (p, clean(r)),
                None => (line.as_str(), String::new()),
            };
            let email = email_of(person);
            let name = clean(person.split('<').next().unwrap_or(""));
            let name = if name.is_empty() || name.contains('@') {
                email.clone()?
            } else {
                name
            };
            Some(Reference {
                id: None,
                name,
                email,
                relation: (!relation.is_empty()).then_some(relation),
                extra: Map::new(),
            })
        })
        .collect();
    let mut kept = Vec::new();
    for mut reference in wanted {
        if let Some(old) = process
            .references
            .iter()
            .find(|r| r.name.to_lowercase() == reference.name.to_lowercase())
        {
            reference.id = old.id.clone();
            reference.extra = old.extra.clone();
        }
        kept.push(reference);
    }
    process.references = kept;
}

fn check_length(form: &ApplicationForm) -> Result<(), String> {
    if form.minutes == 0 || form.minutes > 24 * 60 * 3 {
        return Err("an interview lasts between one minute and three days".into());
    }
    Ok(())
}

pub(super) fn process_mut<'s>(state: &'s mut State, id: &str) -> Result<&'s mut Process, String> {
    state
        .processes
        .iter_mut()
        .find(|p| p.id == id)
        .ok_or_else(|| format!("there is no process {id:?}"))
}

/// The interview that started last.
fn latest_index(process: &Process) -> Option<usize> {
    (0..process.interviews.len()).max_by_key(|&i| process.interviews[i].start)
}

/// The non-empty lines of `text`, cleaned.
fn lines(text: &str) -> Vec<String> {
    text.lines().map(clean).filter(|l| !l.is_empty()).collect()
}

/// The people listed one per line, as contacts of process `id` (found by email or name,
/// else added); their ids in the order given.
fn people(state: &mut State, id: &str, listed: &str) -> Result<Vec<String>, String> {
    let target = ProcessTarget::Existing { id: id.to_string() };
    let mut ids = Vec::new();
    for line in lines(listed) {
        let email = email_of(&line);
        let name = clean(line.split('<').next().unwrap_or(""));
        let name = if name.is_empty() || name.contains('@') {
            email.clone().unwrap_or(line.clone())
        } else {
            name
        };
        let contact = match named(process_mut(state, id)?, &name) {
            // Someone already there by this name: the form may correct their email.
            Some(known) => {
                if email.is_some() {
                    known.email = email;
                }
                known.id.clone()
            }
            None => {
                let person = NewContact {
                    name,
                    email,
                    role: ContactRole::Interviewer,
                    ..NewContact::default()
                };
                track_contact(state, &target, person)?.contact
            }
        };
        if !ids.contains(&contact) {
            ids.push(contact);
        }
    }
    Ok(ids)
}

/// The contact of `process` called `name` (ignoring case), if any.
fn named<'p>(process: &'p mut Process, name: &str) -> Option<&'p mut Contact> {
    process
        .contacts
        .iter_mut()
        .find(|c| clean(&c.name).to_lowercase() == name.to_lowercase())
}

fn interview_of(form: &ApplicationForm, contacts: Vec<String>, zone: &dyn Zone) -> Interview {
    let start = at_local(zone, form.start);
    let timeline = clean(&form.timeline);
    Interview {
        start,
        end: start + Duration::minutes(i64::from(form.minutes)),
        format: form.format,
        contacts,
        timeline: (!timeline.is_empty()).then_some(timeline),
        prep_done: Vec::new(),
        extra: Map::new(),
    }
}

/// Makes the detail and need notes those the form lists: a note still listed stays as it
/// is (with whom it is about), one no longer listed goes, a new line becomes a note.
fn sync_notes(process: &mut Process, form: &ApplicationForm) {
    for (kind, text) in [
        (NoteKind::Detail, &form.details),
        (NoteKind::Need, &form.needs),
    ] {
        let wanted = lines(text);
        process
            .notes
            .retain(|n| n.kind != kind || wanted.contains(&clean(&n.text)));
        for line in wanted {
            let known = process
                .notes
                .iter()
                .any(|n| n.kind == kind && clean(&n.text) == line);
            if !known {
                process.notes.push(Note {
                    contact: None,
                    kind,
                    text: line,
                    extra: Map::new(),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::calendar::FixedZone;
    use chrono::{FixedOffset, NaiveDate};

    fn zone() -> FixedZone {
        FixedZone(FixedOffset::west_opt(5 * 3600).unwrap())
    }

    fn at(day: u32, hour: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, day)
            .unwrap()
            .and_hms_opt(hour, 0, 0)
            .unwrap()
    }

    fn acme() -> ApplicationForm {
        ApplicationForm {
            company: "Acme Corp".into(),
            role: "Data Analyst".into(),
            start: at(23, 10),
            minutes: 45,
            format: InterviewFormat::Video,
            interviewers: "Jordan Lee <jordan.lee@acme.example>\nPat Kim".into(),
            timeline: "by the end of next week".into(),
            details: "the revenue dashboard".into(),
            needs: "faster answers".into(),
            references: String::new(),
            preference: None,
        }
    }

    #[test]
    fn an_application_from_the_form_has_its_people_interview_and_notes() {
        let mut state = State::default();
        let app = ApplicationForm {
            company: "Acme Corp".into(),
            role: "Data Analyst".into(),
            start: chrono::NaiveDate::from_ymd_opt(2026, 11, 23)
                .unwrap()
                .and_hms_opt(10, 0, 0)
                .unwrap(),
            minutes: 45,
            format: InterviewFormat::Video,
            interviewers:
                "Jordan Lee <jordan.lee@acme.example>\n\n  morgan.diaz@acme.example \nPat Kim"
                    .into(),
            timeline: "by the end of next week".into(),
            details: "the revenue dashboard\n".into(),
            needs: "faster answers".into(),
            references: String::new(),
            preference: None,
        };
        let zone =
            crate::core::calendar::FixedZone(chrono::FixedOffset::west_opt(5 * 3600).unwrap());
        let id = add_application(&mut state, &app, &zone).unwrap();
        let p = &state.processes[0];
        assert_eq!(id, "acme-corp-data-analyst");
        let names: Vec<&str> = p.contacts.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["Jordan Lee", "morgan.diaz@acme.example", "Pat Kim"]);
        assert_eq!(
            p.interviews[0].contacts,
            ["jordan", "morgan-diaz-acme-example", "pat"]
        );
        assert_eq!(
            p.interviews[0].start.to_rfc3339(),
            "2026-11-23T10:00:00-05:00"
        );
        assert_eq!(
            (p.interviews[0].end - p.interviews[0].start).num_minutes(),
            45
        );
        assert_eq!(p.notes.len(), 2);
        assert!(crate::core::model::validate(&state).is_ok());
    }

    #[test]
    fn the_form_of_a_process_reads_back_what_was_saved() {
        let mut state = State::default();
        add_application(&mut state, &acme(), &zone()).unwrap();
        assert_eq!(form_of(&state.processes[0], &zone()), acme());
    }

    #[test]
    fn correcting_the_latest_interview_keeps_everything_the_form_does_not_show() {
        let mut state = State::default();
        let id = add_application(&mut state, &acme(), &zone()).unwrap();
        // Something the form never shows: an event, a note about one person, an unknown field.
        let p = &mut state.processes[0];
        p.notes[0].contact = Some("jordan".into());
        p.extra
            .insert("from_a_newer_build".into(), serde_json::json!(true));
        let mut form = form_of(&state.processes[0], &zone());
        form.company = "  Acme Corporation ".into();
        form.start = at(24, 14);
        form.interviewers = "Jordan Lee <jordan@acme.example>\nPat Kim\nSam Roe".into();
        form.details = "the revenue dashboard\ntheir move to dbt".into();
        form.needs = String::new();
        edit_application(&mut state, &id, &form, RoundChange::CorrectLatest, &zone()).unwrap();
        let p = &state.processes[0];
        assert_eq!(p.company, "Acme Corporation");
        assert_eq!(p.interviews.len(), 1, "corrected, not added");
        assert_eq!(
            p.interviews[0].start.to_rfc3339(),
            "2026-11-24T14:00:00-05:00"
        );
        assert_eq!(p.interviews[0].contacts, ["jordan", "pat", "sam"]);
        assert_eq!(
            p.contacts.len(),
            3,
            "a person already there is not added twice"
        );
        assert_eq!(
            p.contact("jordan").unwrap().email.as_deref(),
            Some("jordan@acme.example")
        );
        let details: Vec<_> = p.notes_of(NoteKind::Detail).collect();
        assert_eq!(details.len(), 2);
        assert_eq!(
            details[0].contact.as_deref(),
            Some("jordan"),
            "a kept note keeps whom it was about"
        );
        assert_eq!(
            p.notes_of(NoteKind::Need).count(),
            0,
            "a note taken off the list goes"
        );
        assert!(p.extra.contains_key("from_a_newer_build"));
        assert!(crate::core::model::validate(&state).is_ok());
    }

    #[test]
    fn a_new_round_is_added_after_the_earlier_ones() {
        let mut state = State::default();
        let id = add_application(&mut state, &acme(), &zone()).unwrap();
        let mut form = form_of(&state.processes[0], &zone());
        form.start = at(30, 9);
        form.interviewers = "Morgan Diaz <morgan@acme.example>".into();
        form.timeline = "a decision on Friday".into();
        edit_application(&mut state, &id, &form, RoundChange::AddRound, &zone()).unwrap();
        let p = &state.processes[0];
        assert_eq!(p.interviews.len(), 2);
        assert_eq!(
            form_of(p, &zone()).interviewers,
            "Morgan Diaz <morgan@acme.example>",
            "the form shows the latest round"
        );
        assert_eq!(
            p.interviews[0].contacts,
            ["jordan", "pat"],
            "the first round is untouched"
        );
    }

    #[test]
    fn a_bad_edit_is_refused_and_says_why() {
        let mut state = State::default();
        let id = add_application(&mut state, &acme(), &zone()).unwrap();
        let before = state.clone();
        let mut form = acme();
        form.company = " \u{200B} ".into();
        assert!(
            edit_application(&mut state, &id, &form, RoundChange::CorrectLatest, &zone()).is_err()
        );
        form = acme();
        form.minutes = 0;
        assert!(
            edit_application(&mut state, &id, &form, RoundChange::CorrectLatest, &zone()).is_err()
        );
        assert!(edit_application(
            &mut state,
            "nope",
            &acme(),
            RoundChange::CorrectLatest,
            &zone()
        )
        .is_err());
        assert_eq!(state, before);
    }

    #[test]
    fn references_and_rank_are_added_and_corrected_through_the_form() {
        let mut state = State::default();
        let mut form = acme();
        form.references = "Pat Kim <pat.kim@example.org>, former manager\nLee Chan".into();
        form.preference = Some(1);
        let id = add_application(&mut state, &form, &zone()).unwrap();
        let p = &state.processes[0];
        assert_eq!(p.preference, Some(1));
        assert_eq!(p.references.len(), 2);
        assert_eq!(
            p.references[0].email.as_deref(),
            Some("pat.kim@example.org")
        );
        assert_eq!(p.references[0].relation.as_deref(), Some("former manager"));
        assert_eq!(p.references[1].name, "Lee Chan");
        let shown = form_of(p, &zone());
        assert_eq!(
            shown.references,
            "Pat Kim <pat.kim@example.org>, former manager\nLee Chan"
        );

        let mut corrected = shown;
        corrected.references = "Pat Kim <pat@new.example>, former manager".into();
        corrected.preference = None;
        edit_application(
            &mut state,
            &id,
            &corrected,
            RoundChange::CorrectLatest,
            &zone(),
        )
        .unwrap();
        let p = &state.processes[0];
        assert_eq!(p.references.len(), 1);
        assert_eq!(p.references[0].email.as_deref(), Some("pat@new.example"));
        assert_eq!(p.preference, None);
    }

    #[test]
    fn a_timeline_is_read_against_the_day_the_interview_ends_on_the_users_clock() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        // 21:30 for 45 minutes ends at 22:15 the same local day, whatever UTC says.
        let start = NaiveDate::from_ymd_opt(2026, 11, 20)
            .unwrap()
            .and_hms_opt(21, 30, 0);
        assert_eq!(
            timeline_reading_day(start, 45, today),
            NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()
        );
        assert_eq!(timeline_reading_day(None, 45, today), today);
    }
}
