//! Recording what a message says, once the user confirms: the summary the page shows,
//! the sender added as a contact when they are new at a tracked company, and a new
//! process for an invitation from a company not tracked yet.

use super::{events_of, read, IncomingMessage, Reading, Says};
use crate::core::calendar::Zone;
use crate::core::edit::{record_event, track_contact, NewContact, ProcessTarget, Tracked};
use crate::core::matching::{company_domain, email_of};
use crate::core::model::{ContactRole, Event, EventKind, ReplySays, State};
use chrono::{DateTime, FixedOffset, NaiveDate};

/// What the page says about a message, before it is put in words: who says it, what,
/// and the day it names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    /// The company: the tracked process's, else the one the sender's domain names.
    pub company: String,
    /// What the message says.
    pub says: Says,
    /// The day it names, when there is one.
    pub date: Option<NaiveDate>,
}

/// What the user may do with a reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offer {
    /// Record its events in the sender's process.
    Record,
    /// Track the application it invites to (an untracked sender's next round).
    Track,
    /// Nothing more: what it says is recorded already (the message was opened before).
    Recorded,
    /// Nothing: it says nothing to record, or comes from no company.
    Nothing,
}

/// The summary of `reading` of a message from `from`, or `None` when there is nothing to
/// say (`other`, or neither a process nor a company domain).
pub fn summary(state: &State, from: &str, reading: &Reading) -> Option<Summary> {
    if reading.says == Says::Other {
        return None;
    }
    let company = match &reading.context {
        Some(sender) => state
            .processes
            .iter()
            .find(|p| p.id == sender.process)?
            .company
            .clone(),
        None => company_of(from)?,
    };
    Some(Summary {
        company,
        says: reading.says,
        date: reading.date,
    })
}

/// What the user may do with `reading` of `message`: nothing for the user's own
/// messages, nor for an untracked sender whose address names no company.
pub fn offered(state: &State, message: &IncomingMessage, reading: &Reading) -> Offer {
    let from = message.from.as_str();
    let own =
        state.profile.email.as_deref().is_some_and(|mine| {
            email_of(from).is_some_and(|e| e.eq_ignore_ascii_case(mine.trim()))
        });
    match (&reading.context, reading.says) {
        _ if own => Offer::Nothing,
        (_, Says::Other) => Offer::Nothing,
        (Some(sender), _)
            if recorded_before(
                state,
                &sender.process,
                &reading.events,
                message.date.is_none(),
            ) =>
        {
            Offer::Recorded
        }
        (Some(_), _) => Offer::Record,
        (None, Says::NextRound) if company_of(from).is_some() => Offer::Track,
        (None, _) => Offer::Nothing,
    }
}

/// Whether `process` holds the events of this message already (see [`recorded_event`]).
fn recorded_before(state: &State, process: &str, events: &[Event], undated: bool) -> bool {
    recorded_event(state, process, events, undated).is_some()
}

/// The stored event of a message recorded before, when `process` holds every one of its
/// `events`. A dated message is recorded when an event of a reading (a reply, a delay, a
/// reference request, an out-of-office) from the same sender has its time, whatever it
/// was recorded as (the user may have corrected what it says). The events of a message
/// whose date the page could not read are timed when it is read (now): they are compared
/// whole, without their time, so recording it again is seen as recorded.
fn recorded_event<'a>(
    state: &'a State,
    process: &str,
    events: &[Event],
    undated: bool,
) -> Option<&'a Event> {
    let process = state.processes.iter().find(|p| p.id == process)?;
    let bare = |e: &Event| Event {
        id: None,
        at: DateTime::UNIX_EPOCH.fixed_offset(),
        ..e.clone()
    };
    let of_a_reading = |e: &Event| {
        matches!(
            e.kind,
            EventKind::Reply | EventKind::Delay | EventKind::ReferencesRequested | EventKind::Away
        )
    };
    let same = |had: &Event, e: &Event| {
        if undated {
            bare(had) == bare(e)
        } else {
            of_a_reading(had) && had.at == e.at && had.from == e.from
        }
    };
    let stored = |e: &Event| process.events.iter().find(|had| same(had, e));
    if events.is_empty() || !events.iter().all(|e| stored(e).is_some()) {
        return None;
    }
    stored(&events[0])
}

/// What the process holds of a message recorded before, as the page says it: the kind
/// and day of the stored event, which may be what the user corrected the reading to; `None`
/// when the message is not recorded.
pub fn recorded_summary(
    state: &State,
    message: &IncomingMessage,
    reading: &Reading,
) -> Option<Summary> {
    let sender = reading.context.as_ref()?;
    let event = recorded_event(
        state,
        &sender.process,
        &reading.events,
        message.date.is_none(),
    )?;
    let day = |text: &Option<String>| {
        text.as_deref()
            .and_then(|t| t.get(..10))
            .and_then(|t| NaiveDate::parse_from_str(t, "%Y-%m-%d").ok())
    };
    let (says, date) = match event.kind {
        EventKind::Reply => match event.says {
            Some(ReplySays::Later) if event.by.is_some() => (Says::Timeline, day(&event.by)),
            Some(ReplySays::Later) => (Says::Later, None),
            Some(ReplySays::NextRound) => (Says::NextRound, None),
            Some(ReplySays::Rejection) => (Says::Rejection, None),
            Some(ReplySays::Offer) => (Says::Offer, day(&event.respond_by)),
            Some(ReplySays::Other) | None => (Says::Other, None),
        },
        EventKind::Delay => (Says::Delay, None),
        EventKind::ReferencesRequested => (Says::References, None),
        EventKind::Away => (Says::OutOfOffice, day(&event.until)),
        _ => return None,
    };
    let company = state
        .processes
        .iter()
        .find(|p| p.id == sender.process)?
        .company
        .clone();
    Some(Summary {
        company,
        says,
        date,
    })
}

/// The company a sender's domain names, capitalised: `lee@hooli.example` → "Hooli",
/// `a@mail.initech.co.uk` → "Initech" (none for a public mail domain).
fn company_of(from: &str) -> Option<String> {
    let domain = company_domain(&email_of(from)?)?;
    let labels: Vec<&str> = domain.split('.').collect();
    // The label before the suffix: one label ("example", "com"), or two for a country's
    // second level ("co.uk").
    let n = labels.len();
    let second_level = n >= 3
        && labels[n - 1].len() == 2
        && ["co", "com", "ac", "org", "net", "gov"].contains(&labels[n - 2]);
    let at = if second_level {
        n - 3
    } else {
        n.saturating_sub(2)
    };
    let name = labels[at];
    let mut chars = name.chars();
    let first = chars.next()?;
    Some(first.to_uppercase().chain(chars).collect())
}

/// The sender as a new contact with `role`: the display name of `Name <email>`, else the
/// address's local part.
fn person(from: &str, role: ContactRole) -> Option<NewContact> {
    let email = email_of(from)?;
    let shown = from
        .split('<')
        .next()
        .unwrap_or("")
        .trim()
        .trim_matches('"')
        .trim();
    let name = if shown.is_empty() || shown.contains('@') {
        email.split('@').next().unwrap_or(&email).to_string()
    } else {
        shown.to_string()
    };
    Some(NewContact {
        name,
        email: Some(email),
        role,
        ..NewContact::default()
    })
}

/// Records `message` in its sender's process: a sender at the company who is no known
/// contact is added first (as a recruiter), so the events name them. Returns the process
/// id; an error when the message says nothing to record or comes from no tracked process.
pub fn record_reading(
    state: &mut State,
    message: &IncomingMessage,
    now: DateTime<FixedOffset>,
    zone: &dyn Zone,
) -> Result<String, String> {
    record_reading_as(state, message, now, zone, None)
}

/// As [`record_reading`], with what the message says as the user corrected it before
/// recording (an unsure reading asks): the events are those of `says`; the day the
/// message names is kept only when `says` is what it was read as. `Some(Says::Other)`
/// records nothing (an error, as for a message that says nothing).
pub fn record_reading_as(
    state: &mut State,
    message: &IncomingMessage,
    now: DateTime<FixedOffset>,
    zone: &dyn Zone,
    says: Option<Says>,
) -> Result<String, String> {
    let first = read(state, message, now, zone);
    match offered(state, message, &first) {
        Offer::Record => {}
        Offer::Recorded => return Err("the message is recorded already".into()),
        Offer::Track | Offer::Nothing => return Err("the message says nothing to record".into()),
    }
    let sender = first
        .context
        .ok_or_else(|| "the sender is in no tracked application".to_string())?;
    if sender.contact.is_none() {
        let person = person(&message.from, ContactRole::Recruiter)
            .ok_or_else(|| "the sender has no address".to_string())?;
        let target = ProcessTarget::Existing {
            id: sender.process.clone(),
        };
        track_contact(state, &target, person)?;
    }
    let reading = read(state, message, now, zone);
    let events = match says {
        Some(corrected) if corrected != reading.says => {
            let from = reading.context.as_ref().and_then(|c| c.contact.as_deref());
            events_of(corrected, None, message.date.unwrap_or(now), from)
        }
        _ => reading.events,
    };
    if events.is_empty() {
        return Err("the message says nothing to record".into());
    }
    for event in events {
        record_event(state, &sender.process, event)?;
    }
    Ok(sender.process)
}

/// Tracks the application an untracked sender's invitation to another round opens: a
/// process for the company their domain names (role empty), the sender as its
/// recruiter, and the invitation recorded as their `next_round` reply.
pub fn track_application(
    state: &mut State,
    message: &IncomingMessage,
    now: DateTime<FixedOffset>,
    zone: &dyn Zone,
) -> Result<Tracked, String> {
    let reading = read(state, message, now, zone);
    if offered(state, message, &reading) != Offer::Track {
        return Err("only an invitation from an untracked sender opens an application".into());
    }
    let company = company_of(&message.from)
        .ok_or_else(|| "the sender's address names no company".to_string())?;
    let person = person(&message.from, ContactRole::Recruiter)
        .ok_or_else(|| "the sender has no address".to_string())?;
    let target = ProcessTarget::New {
        company,
        role: String::new(),
    };
    let tracked = track_contact(state, &target, person)?;
    for event in read(state, message, now, zone).events {
        record_event(state, &tracked.process, event)?;
    }
    Ok(tracked)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::calendar::FixedZone;
    use crate::core::model::{parse_state, EventKind, ReplySays};

    fn state() -> State {
        parse_state(
            r#"{"schema": 1, "processes": [{"id": "acme", "company": "Acme",
              "contacts": [{"id": "morgan", "name": "Morgan Diaz", "email": "morgan@acme.example", "role": "recruiter"}]}]}"#,
        )
        .expect("state")
    }

    fn message(from: &str, body: &str) -> (IncomingMessage, DateTime<FixedOffset>, FixedZone) {
        let date = DateTime::parse_from_rfc3339("2026-11-24T10:00:00-05:00").expect("date");
        let message = IncomingMessage {
            from: from.into(),
            subject: "Re: your interview".into(),
            body: body.into(),
            date: Some(date),
        };
        (message, date, FixedZone(*date.offset()))
    }

    const TIMELINE: &str = "Hi Sam,\n\nWe expect to decide by Friday, December 4.\n\nBest";
    const INVITE: &str = "We would like to invite you to a second interview on Tuesday 1 December.";

    #[test]
    fn the_summary_names_the_company_what_it_says_and_the_day() {
        let s = state();
        let (m, now, zone) = message("Morgan <morgan@acme.example>", TIMELINE);
        let reading = read(&s, &m, now, &zone);
        let said = summary(&s, &m.from, &reading).expect("summary");
        assert_eq!(said.company, "Acme");
        assert_eq!(said.says, Says::Timeline);
        assert_eq!(
            said.date.map(crate::core::dates::ymd).as_deref(),
            Some("2026-12-04")
        );
        assert_eq!(offered(&s, &m, &reading), Offer::Record);
        let (m, now, zone) = message("news@acme.example", "Read our new blog post.");
        let reading = read(&s, &m, now, &zone);
        assert_eq!(summary(&s, &m.from, &reading), None);
        assert_eq!(offered(&s, &m, &reading), Offer::Nothing);
    }

    #[test]
    fn a_known_sender_s_reply_is_recorded_with_them() {
        let mut s = state();
        let (m, now, zone) = message("Morgan Diaz <morgan@acme.example>", TIMELINE);
        assert_eq!(
            record_reading(&mut s, &m, now, &zone).as_deref(),
            Ok("acme")
        );
        let event = &s.processes[0].events[0];
        assert_eq!(event.kind, EventKind::Reply);
        assert_eq!(event.from.as_deref(), Some("morgan"));
        assert_eq!(event.by.as_deref(), Some("2026-12-04"));
    }

    #[test]
    fn a_message_without_a_date_is_recorded_once_however_often_it_is_clicked() {
        let mut s = state();
        let (mut m, now, zone) = message("Morgan Diaz <morgan@acme.example>", INVITE);
        m.date = None;
        record_reading(&mut s, &m, now, &zone).expect("recorded");
        // Clicked again a minute later: read at another "now", it is the same message.
        let later = now + chrono::Duration::minutes(1);
        assert_eq!(
            offered(&s, &m, &read(&s, &m, later, &zone)),
            Offer::Recorded
        );
        assert!(record_reading(&mut s, &m, later, &zone).is_err());
        assert_eq!(s.processes[0].events.len(), 1);
    }

    #[test]
    fn a_message_recorded_before_is_not_recorded_again() {
        let mut s = state();
        let (m, now, zone) = message("Priya Shah <priya@acme.example>", TIMELINE);
        record_reading(&mut s, &m, now, &zone).expect("recorded");
        let reading = read(&s, &m, now, &zone);
        assert_eq!(offered(&s, &m, &reading), Offer::Recorded);
        assert!(record_reading(&mut s, &m, now, &zone).is_err());
        assert_eq!(s.processes[0].events.len(), 1);
        let (m, now, zone) = message("Lee Park <lee@hooli.example>", INVITE);
        track_application(&mut s, &m, now, &zone).expect("tracked");
        assert_eq!(offered(&s, &m, &read(&s, &m, now, &zone)), Offer::Recorded);
    }

    #[test]
    fn a_new_person_at_the_company_becomes_a_contact_the_events_name() {
        let mut s = state();
        let body = "Unfortunately we have decided to move forward with another candidate.";
        let (m, now, zone) = message("Priya Shah <priya@acme.example>", body);
        record_reading(&mut s, &m, now, &zone).expect("recorded");
        let process = &s.processes[0];
        let priya = process
            .contacts
            .iter()
            .find(|c| c.name == "Priya Shah")
            .expect("added");
        assert_eq!(priya.role, ContactRole::Recruiter);
        assert_eq!(process.events[0].says, Some(ReplySays::Rejection));
        assert_eq!(process.events[0].from.as_deref(), Some(priya.id.as_str()));
    }

    #[test]
    fn an_unsure_reading_is_recorded_as_the_user_corrected_it() {
        let mut s = state();
        let body = "The team picked someone else for this one, but we would like to talk again in the spring.";
        let (m, now, zone) = message("Morgan Diaz <morgan@acme.example>", body);
        let reading = read(&s, &m, now, &zone);
        assert_eq!(
            (reading.says, reading.confidence),
            (Says::Rejection, super::super::Confidence::Low)
        );
        record_reading_as(&mut s, &m, now, &zone, Some(Says::Later)).expect("recorded");
        let event = &s.processes[0].events[0];
        assert_eq!(event.says, Some(crate::core::model::ReplySays::Later));
        assert_eq!(event.from.as_deref(), Some("morgan"));
        // Recorded once, whatever it was recorded as, and said again as it was recorded.
        let again = read(&s, &m, now, &zone);
        assert_eq!(offered(&s, &m, &again), Offer::Recorded);
        let said = recorded_summary(&s, &m, &again).expect("recorded");
        assert_eq!((said.says, said.company.as_str()), (Says::Later, "Acme"));
        assert_eq!(
            recorded_summary(&state(), &m, &again),
            None,
            "not recorded yet"
        );
        assert!(record_reading_as(&mut s, &m, now, &zone, Some(Says::Rejection)).is_err());
        // "Nothing to record" records nothing.
        let mut t = state();
        assert!(record_reading_as(&mut t, &m, now, &zone, Some(Says::Other)).is_err());
        assert_eq!(t, state());
    }

    #[test]
    fn nothing_is_recorded_for_other_or_a_stranger() {
        let mut s = state();
        let (m, now, zone) = message("morgan@acme.example", "Our newsletter is out.");
        assert!(record_reading(&mut s, &m, now, &zone).is_err());
        let (m, now, zone) = message("lee@hooli.example", TIMELINE);
        assert!(record_reading(&mut s, &m, now, &zone).is_err());
        assert!(track_application(&mut s, &m, now, &zone).is_err());
        assert_eq!(s, state());
    }

    #[test]
    fn an_untracked_invitation_opens_an_application() {
        let mut s = state();
        let (m, now, zone) = message("Lee Park <lee@hooli.example>", INVITE);
        assert_eq!(offered(&s, &m, &read(&s, &m, now, &zone)), Offer::Track);
        let tracked = track_application(&mut s, &m, now, &zone).expect("tracked");
        let process = s
            .processes
            .iter()
            .find(|p| p.id == tracked.process)
            .expect("process");
        assert_eq!(
            (process.company.as_str(), process.role.as_str()),
            ("Hooli", "")
        );
        assert_eq!(process.contacts[0].role, ContactRole::Recruiter);
        assert_eq!(
            process.contacts[0].email.as_deref(),
            Some("lee@hooli.example")
        );
        assert_eq!(process.events[0].says, Some(ReplySays::NextRound));
        assert_eq!(
            process.events[0].from.as_deref(),
            Some(tracked.contact.as_str())
        );
    }

    #[test]
    fn the_user_s_own_messages_offer_nothing() {
        let mut s = state();
        s.profile.email = Some("sam@example.com".into());
        let (m, now, zone) = message("Sam <sam@example.com>", INVITE);
        assert_eq!(offered(&s, &m, &read(&s, &m, now, &zone)), Offer::Nothing);
        assert!(track_application(&mut s, &m, now, &zone).is_err());
    }

    #[test]
    fn the_company_is_the_domain_s_name() {
        assert_eq!(company_of("lee@hooli.example").as_deref(), Some("Hooli"));
        assert_eq!(
            company_of("a@mail.initech.co.uk").as_deref(),
            Some("Initech")
        );
        assert_eq!(
            company_of("Lee <lee@careers.globex.com>").as_deref(),
            Some("Globex")
        );
        assert_eq!(company_of("someone@gmail.com"), None);
    }
}
