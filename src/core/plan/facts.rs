//! What a process's record says at a given moment: its events up to "now" in time order,
//! its latest interviews, who to write to, and whether it has ended. The rules in
//! [`super`] and the timing checks read these facts instead of the raw state.

use super::THANK_YOU_STALE_DAYS;
use crate::core::calendar::Zone;
use crate::core::model::{
    ActionKind, Contact, ContactRole, Event, EventKind, Interview, Process, ReplySays,
};
use chrono::{DateTime, Duration, FixedOffset};

/// One process as of `now`.
pub struct Facts<'a> {
    /// The process.
    pub process: &'a Process,
    /// Its events at or before `now`, oldest first.
    pub events: Vec<&'a Event>,
    /// The time the facts are taken at.
    pub now: DateTime<FixedOffset>,
}

/// How a process stands.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Standing<'a> {
    /// Still going.
    Active,
    /// The user accepted this process's offer.
    Accepted(&'a Event),
    /// The employer said no.
    Rejected(&'a Event),
    /// The user withdrew, or the process was closed or archived.
    Ended(&'a Event),
}

impl<'a> Facts<'a> {
    /// The facts of `process` at `now` (events after `now` are not yet known).
    pub fn new(process: &'a Process, now: DateTime<FixedOffset>) -> Self {
        let mut events: Vec<&Event> = process.events.iter().filter(|e| e.at <= now).collect();
        events.sort_by_key(|e| e.at);
        Facts {
            process,
            events,
            now,
        }
    }

    /// Whether the process is still going, and if not, the event that ended it.
    pub fn standing(&self) -> Standing<'a> {
        for event in self.events.iter().rev() {
            match event.kind {
                EventKind::Accepted => return Standing::Accepted(event),
                EventKind::Withdrawn | EventKind::Closed => return Standing::Ended(event),
                EventKind::Reply if event.says == Some(ReplySays::Rejection) => {
                    return Standing::Rejected(event)
                }
                _ => {}
            }
        }
        Standing::Active
    }

    /// The interview that ended last, at or before now.
    pub fn last_ended_interview(&self) -> Option<&'a Interview> {
        self.process
            .interviews
            .iter()
            .filter(|i| i.end <= self.now)
            .max_by_key(|i| i.end)
    }

    /// The interviews a thank-you may still be planned for, oldest first: each one that
    /// ended within [`THANK_YOU_STALE_DAYS`], and the next one still to come (its
    /// thank-yous show as upcoming).
    pub fn thank_you_rounds(&self) -> Vec<&'a Interview> {
        let stale = self.now - Duration::days(THANK_YOU_STALE_DAYS);
        let mut rounds: Vec<&Interview> = self
            .process
            .interviews
            .iter()
            .filter(|i| i.end <= self.now && i.end >= stale)
            .collect();
        let next = self
            .process
            .interviews
            .iter()
            .filter(|i| i.end > self.now)
            .min_by_key(|i| i.start);
        rounds.extend(next);
        rounds.sort_by_key(|i| i.start);
        rounds
    }

    /// The thank-you sent to `contact` for `interview`: one sent to them at or after its
    /// start.
    pub fn thanked(&self, contact: &Contact, interview: &Interview) -> Option<&'a Event> {
        self.last_sent(
            ActionKind::ThankYou,
            Some(&contact.id),
            Some(interview.start),
        )
    }

    /// When `contact` is back from an out-of-office (an `away` event), if that is after
    /// now.
    pub fn back_from_away(&self, contact: &str, zone: &dyn Zone) -> Option<DateTime<FixedOffset>> {
        self.events
            .iter()
            .filter(|e| e.kind == EventKind::Away && e.from.as_deref() == Some(contact))
            .filter_map(|e| e.back_at(zone))
            .max()
            .filter(|back| *back > self.now)
    }

    /// Whether an interview is still to come (or under way).
    pub fn has_upcoming_interview(&self) -> bool {
        self.process.interviews.iter().any(|i| i.end > self.now)
    }

    /// The last interview (by end) that `contact` took part in, past or upcoming.
    pub fn last_interview_with(&self, contact: &str) -> Option<&'a Interview> {
        self.process
            .interviews
            .iter()
            .filter(|i| i.contacts.iter().any(|c| c == contact))
            .max_by_key(|i| i.end)
    }

    /// The last interview with `contact` that has ended by now.
    pub fn last_ended_interview_with(&self, contact: &str) -> Option<&'a Interview> {
        self.process
            .interviews
            .iter()
            .filter(|i| i.end <= self.now && i.contacts.iter().any(|c| c == contact))
            .max_by_key(|i| i.end)
    }

    /// Sent events for `purpose` at or after `since`, optionally only those to `to`.
    pub fn sent<'s>(
        &'s self,
        purpose: ActionKind,
        to: Option<&'s str>,
        since: Option<DateTime<FixedOffset>>,
    ) -> impl Iterator<Item = &'a Event> + 's {
        self.events.iter().copied().filter(move |e| {
            e.is_sent(purpose)
                && since.is_none_or(|s| e.at >= s)
                && to.is_none_or(|t| e.to.iter().any(|x| x == t))
        })
    }

    /// The last sent event for `purpose` (to `to`, since `since`).
    pub fn last_sent<'s>(
        &'s self,
        purpose: ActionKind,
        to: Option<&'s str>,
        since: Option<DateTime<FixedOffset>>,
    ) -> Option<&'a Event> {
        self.sent(purpose, to, since).last()
    }

    /// The last event of `kind` at or after `since`.
    pub fn last_of(
        &self,
        kind: EventKind,
        since: Option<DateTime<FixedOffset>>,
    ) -> Option<&'a Event> {
        self.events
            .iter()
            .copied()
            .rev()
            .find(|e| e.kind == kind && since.is_none_or(|s| e.at >= s))
    }

    /// Who follow-ups go to (T5: whoever last wrote, else the recruiter or coordinator,
    /// else the first person of the last interview, else the first contact).
    pub fn main_contact(&self) -> Option<&'a Contact> {
        let p = self.process;
        let last_writer = self
            .events
            .iter()
            .rev()
            .filter(|e| e.kind == EventKind::Reply)
            .find_map(|e| e.from.as_deref())
            .and_then(|id| p.contact(id));
        last_writer
            .or_else(|| p.contacts.iter().find(|c| c.role == ContactRole::Recruiter))
            .or_else(|| {
                p.contacts
                    .iter()
                    .find(|c| c.role == ContactRole::Coordinator)
            })
            .or_else(|| {
                let last = p.interviews.iter().max_by_key(|i| i.end)?;
                last.contacts.first().and_then(|id| p.contact(id))
            })
            .or_else(|| p.contacts.first())
    }

    /// Everyone who was in an interview, once each, in the order first met.
    pub fn interviewed_by(&self) -> Vec<&'a Contact> {
        let mut seen: Vec<&Contact> = Vec::new();
        let mut interviews: Vec<&Interview> = self.process.interviews.iter().collect();
        interviews.sort_by_key(|i| i.start);
        for interview in interviews {
            for id in &interview.contacts {
                if let Some(contact) = self.process.contact(id) {
                    if !seen.iter().any(|c| c.id == contact.id) {
                        seen.push(contact);
                    }
                }
            }
        }
        seen
    }
}
