//! The composers: a first draft of every follow-up, written from what the user noted.
//! Each kind has several wordings, chosen by the contact's place in the process so two
//! interviewers never receive the same text; what the state lacks is written around,
//! never left as a slot. The wording is Afterview's own.

mod frames;
pub mod links;
mod messages;
pub mod shape;
pub(crate) mod words;

use crate::core::calendar::{local_date, Zone};
use crate::core::dates::{day_month, weekday_name};
use crate::core::model::{ActionKind, Channel, Contact, Event, Note, NoteKind, Process, State};
use crate::core::plan::facts::Facts;
use crate::core::plan::{plan, Action};
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate};
use frames::{sentence, Use};
use serde::{Deserialize, Serialize};
use shape::{phrase, Phrase, Toward};

/// A drafted message (`draft` in docs/contract.md).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Message {
    /// Where it goes out.
    pub channel: Channel,
    /// Recipient addresses (emails, or the LinkedIn profile URL).
    pub to: Vec<String>,
    /// Subject line ("" for LinkedIn and cards).
    pub subject: String,
    /// The text.
    pub body: String,
    /// The rule the message answers.
    pub rule: String,
    /// The kind of follow-up.
    pub kind: ActionKind,
    /// The contact (or reference key) it is for.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
}

/// Why no draft could be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftError {
    /// No process has this id.
    UnknownProcess(String),
    /// No contact or reference has this id in the process.
    UnknownContact(String),
    /// The kind is not a message (move_on).
    NotAMessage(ActionKind),
    /// Nobody to write to.
    NoRecipient,
    /// A thank-you to an interviewer whose interview has not ended yet.
    NotYetMet(String),
    /// A request to speed up with no offer recorded in another application.
    NoOffer,
}

impl std::fmt::Display for DraftError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DraftError::UnknownProcess(id) => write!(f, "no process with id {id:?}"),
            DraftError::UnknownContact(id) => {
                write!(f, "no contact or reference with id {id:?} in this process")
            }
            DraftError::NotAMessage(kind) => write!(
                f,
                "{kind} is not a message to draft: archive the process instead"
            ),
            DraftError::NoRecipient => write!(f, "this process has no contact to write to"),
            DraftError::NotYetMet(name) => write!(
                f,
                "the interview with {name} has not ended yet: its thank-you can be drafted once it has"
            ),
            DraftError::NoOffer => write!(
                f,
                "no offer is recorded in another application: record it first, so the request can say truthfully what it needs an answer by"
            ),
        }
    }
}

/// The person a message goes to: a contact, or one of the user's references.
#[derive(Debug, Clone)]
pub struct Recipient {
    /// Contact id or reference key.
    pub key: String,
    /// Full name.
    pub name: String,
    /// First name, for the greeting.
    pub first: String,
    /// Address on the message's channel, if known.
    pub address: Option<String>,
    /// The contact's place among the process's contacts (chooses the wording).
    pub index: usize,
}

/// What the user's ranks say of an application against another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rank {
    /// Ranked first.
    FirstChoice,
    /// Ranked above the other one.
    Above,
    /// No rank says it is preferred.
    Unsaid,
}

/// What the composers read about one message.
pub struct DraftFacts<'a> {
    /// The state.
    pub state: &'a State,
    /// The process.
    pub process: &'a Process,
    /// The recipient.
    pub to: Recipient,
    /// The contact record, when the recipient is a contact.
    pub contact: Option<&'a Contact>,
    /// Now, in the user's zone.
    pub now: DateTime<FixedOffset>,
    /// The user's zone.
    pub zone: &'a dyn Zone,
    /// The invitation-note limit in force (L2): the profile's, or the page's own box limit
    /// when that is smaller.
    pub note_limit: usize,
    /// The other follow-ups to this person that this message does too (the plan's
    /// `also`).
    pub also: Vec<ActionKind>,
}

impl<'a> DraftFacts<'a> {
    /// The user's full name ("" when the profile has none).
    pub fn me(&self) -> &str {
        self.state.profile.name.trim()
    }

    /// "the Data Analyst role", or "the role".
    pub fn the_role(&self) -> String {
        if self.process.role.trim().is_empty() {
            "the role".to_string()
        } else {
            format!("the {} role", self.process.role.trim())
        }
    }

    /// Notes of `kind` for this recipient, read for a sentence ([`shape::phrase`]):
    /// theirs first, turned toward them ("she recommended" → "you recommended"), then
    /// those tied to nobody, whose "they" is their team. The notes tied to nobody start
    /// at a different one for each recipient, so two interviewers who share them are
    /// given different notes first.
    pub fn notes(&self, kind: NoteKind) -> Vec<Phrase> {
        let mine = self
            .process
            .notes_of(kind)
            .filter(|n| n.contact.as_deref() == Some(self.to.key.as_str()))
            .map(read_note);
        let mut general: Vec<Phrase> = self
            .process
            .notes_of(kind)
            .filter(|n| n.contact.is_none())
            .map(read_note)
            .collect();
        let later = general.split_off(self.to.index % general.len().max(1));
        mine.chain(later)
            .chain(general)
            .filter(|p| !p.text.is_empty())
            .collect()
    }

    /// The day of the last interview with this recipient that has ended, else of the
    /// process's last interview that has ended, else of its next one (a round still to
    /// come is never spoken of as past when one has ended).
    pub fn interview_day(&self) -> Option<NaiveDate> {
        let f = Facts::new(self.process, self.now);
        let interview = f
            .last_ended_interview_with(&self.to.key)
            .or_else(|| f.last_ended_interview())
            .or_else(|| self.process.interviews.iter().min_by_key(|i| i.start))?;
        Some(local_date(self.zone, interview.end))
    }

    /// "on Thursday" within the week, else "on 19 November".
    pub fn on_day(&self) -> String {
        match self.interview_day() {
            Some(day) => {
                let age = (local_date(self.zone, self.now) - day).num_days();
                if (0..6).contains(&age) {
                    format!("on {}", weekday_name(day.weekday()))
                } else {
                    format!("on {}", day_month(day))
                }
            }
            None => "recently".to_string(),
        }
    }

    /// Whether the recipient was in an interview that has ended: only then may a draft
    /// speak of a conversation or a meeting with them, or thank them "again".
    pub fn met(&self) -> bool {
        Facts::new(self.process, self.now)
            .last_ended_interview_with(&self.to.key)
            .is_some()
    }

    /// What the user's ranks say of this application against `other` (1 is the first
    /// choice): its first choice, ranked above `other`, or nothing either way (no rank
    /// set, or ranked below).
    pub fn rank_against(&self, other: Option<&Process>) -> Rank {
        match (self.process.preference, other.and_then(|p| p.preference)) {
            (Some(1), _) => Rank::FirstChoice,
            (Some(mine), Some(theirs)) if mine < theirs => Rank::Above,
            _ => Rank::Unsaid,
        }
    }

    /// The events of the process up to now.
    pub fn events(&self) -> Vec<&'a Event> {
        Facts::new(self.process, self.now).events
    }

    /// Picks one of `options` for this recipient.
    pub fn pick<T: Copy>(&self, options: &[T]) -> T {
        options[self.to.index % options.len()]
    }
}

/// Drafts the message of `kind` in `process`, to `contact` (default: whoever the plan
/// names for that kind, else the process's main contact).
pub fn compose(
    state: &State,
    process_id: &str,
    kind: ActionKind,
    contact: Option<&str>,
    now: DateTime<FixedOffset>,
    zone: &dyn Zone,
) -> Result<Message, DraftError> {
    compose_within(state, process_id, kind, contact, now, zone, None)
}

/// [`compose`] for a page whose box takes at most `box_limit` UTF-16 units (a LinkedIn
/// note box's `maxlength`): a connection note is drafted to fit the smaller of that and
/// the profile's limit.
pub fn compose_within(
    state: &State,
    process_id: &str,
    kind: ActionKind,
    contact: Option<&str>,
    now: DateTime<FixedOffset>,
    zone: &dyn Zone,
    box_limit: Option<usize>,
) -> Result<Message, DraftError> {
    let process = message_process(state, process_id, kind)?;
    let key = match contact {
        Some(c) => c.to_string(),
        None => {
            default_recipient(state, process, kind, now, zone).ok_or(DraftError::NoRecipient)?
        }
    };
    let also = plan(state, now, zone)
        .actions
        .into_iter()
        .find(|a| a.process == process.id && a.kind == kind && a.contact.as_deref() == Some(&key))
        .map(|a| a.also)
        .unwrap_or_default();
    write_to(state, process, kind, &key, also, now, zone, box_limit)
}

/// [`compose`] of an action the plan gave: its recipient and what it also covers are the
/// action's, so nothing is planned again (a page drafting every pending action would
/// otherwise plan once per action).
pub fn compose_action(
    state: &State,
    action: &Action,
    now: DateTime<FixedOffset>,
    zone: &dyn Zone,
) -> Result<Message, DraftError> {
    let process = message_process(state, &action.process, action.kind)?;
    let key = match &action.contact {
        Some(c) => c.clone(),
        None => unplanned_recipient(process, action.kind, now).ok_or(DraftError::NoRecipient)?,
    };
    write_to(
        state,
        process,
        action.kind,
        &key,
        action.also.clone(),
        now,
        zone,
        None,
    )
}

/// The process a message of `kind` is drafted in, or why none can be.
fn message_process<'a>(
    state: &'a State,
    process_id: &str,
    kind: ActionKind,
) -> Result<&'a Process, DraftError> {
    if !kind.is_message() {
        return Err(DraftError::NotAMessage(kind));
    }
    state
        .processes
        .iter()
        .find(|p| p.id == process_id)
        .ok_or_else(|| DraftError::UnknownProcess(process_id.to_string()))
}

/// Writes the message of `kind` in `process` to the contact (or reference) `key`, doing
/// the follow-ups in `also` too.
#[allow(clippy::too_many_arguments)]
fn write_to(
    state: &State,
    process: &Process,
    kind: ActionKind,
    key: &str,
    also: Vec<ActionKind>,
    now: DateTime<FixedOffset>,
    zone: &dyn Zone,
    box_limit: Option<usize>,
) -> Result<Message, DraftError> {
    let to = recipient(process, key, kind).ok_or_else(|| DraftError::UnknownContact(key.into()))?;
    let profile_limit = state.profile.note_limit();
    let facts = DraftFacts {
        also,
        state,
        process,
        contact: process.contact(key),
        to,
        now,
        zone,
        note_limit: box_limit.map_or(profile_limit, |l| l.min(profile_limit)),
    };
    if kind == ActionKind::ThankYou
        && !facts.met()
        && Facts::new(process, now).last_interview_with(key).is_some()
    {
        return Err(DraftError::NotYetMet(facts.to.name.clone()));
    }
    if kind == ActionKind::Expedite && messages::competing_offer(&facts).is_none() {
        return Err(DraftError::NoOffer);
    }
    Ok(messages::write(&facts, kind))
}

fn default_recipient(
    state: &State,
    process: &Process,
    kind: ActionKind,
    now: DateTime<FixedOffset>,
    zone: &dyn Zone,
) -> Option<String> {
    let planned = plan(state, now, zone)
        .actions
        .into_iter()
        .find(|a| a.process == process.id && a.kind == kind)
        .and_then(|a| a.contact);
    planned.or_else(|| unplanned_recipient(process, kind, now))
}

/// Whom a message goes to when the plan names nobody: the first reference for a heads-up,
/// else the process's main contact.
fn unplanned_recipient(
    process: &Process,
    kind: ActionKind,
    now: DateTime<FixedOffset>,
) -> Option<String> {
    if kind == ActionKind::ReferenceHeadsUp {
        return process.references.first().map(|r| r.key().to_string());
    }
    Facts::new(process, now)
        .main_contact()
        .map(|c| c.id.clone())
}

fn recipient(process: &Process, key: &str, kind: ActionKind) -> Option<Recipient> {
    if let Some((index, c)) = process
        .contacts
        .iter()
        .enumerate()
        .find(|(_, c)| c.id == key)
    {
        let address = match kind {
            ActionKind::LinkedinConnect | ActionKind::LinkedinMessage => c.linkedin.clone(),
            ActionKind::Card => None,
            _ => c.email.clone(),
        };
        return Some(Recipient {
            key: key.to_string(),
            name: c.name.clone(),
            first: c.first_name().to_string(),
            address,
            index,
        });
    }
    let (index, r) = process
        .references
        .iter()
        .enumerate()
        .find(|(_, r)| r.key() == key || r.name == key)?;
    let first = crate::core::model::first_name(&r.name).to_string();
    Some(Recipient {
        key: r.key().to_string(),
        name: r.name.clone(),
        first,
        address: r.email.clone(),
        index,
    })
}

/// A note read for a sentence: its pronouns turned toward its contact when it is tied to
/// one, else toward their team; the user's own strengths are left as written.
pub fn read_note(note: &Note) -> Phrase {
    let toward = match (note.kind, &note.contact) {
        (NoteKind::Strength, _) => Toward::Nobody,
        (_, Some(_)) => Toward::Person,
        (_, None) => Toward::Team,
    };
    phrase(&note.text, note.kind, toward)
}

/// The sentence `note` becomes in a message to its contact (to the process's first
/// contact when it is tied to nobody), for a live preview while the user types it:
/// a detail, a need or a strength as the thank-you says it, a doubt as it says it when
/// no second strength answers it, an interest as the LinkedIn message says it.
pub fn note_sentence(process: &Process, note: &Note) -> String {
    let pick = note
        .contact
        .as_deref()
        .and_then(|id| process.contacts.iter().position(|c| c.id == id))
        .unwrap_or(0);
    let read = read_note(note);
    if read.text.is_empty() {
        return String::new();
    }
    let use_ = match note.kind {
        NoteKind::Detail => Use::Detail,
        NoteKind::Need => Use::Need,
        NoteKind::Strength => Use::Strength,
        NoteKind::Gap => Use::Gap,
        NoteKind::Interest => Use::Interest,
    };
    sentence(use_, &read, pick, "")
}
