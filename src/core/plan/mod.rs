//! The planner: from the state and the time now, every follow-up to do, for whom, by
//! when and why (docs/rules.md sections A, T, L, R, W and D). Each action cites its rule and
//! carries a sentence that names the person and the date. Pure: `now` and the user's
//! zone are arguments.

pub mod facts;
pub mod rules;
pub mod schedule;

use crate::core::calendar::{
    at_hour, day_window, local_date, on_or_next_business_day, to_local, Zone, DUE_HOUR,
};
use crate::core::dates::spoken_date_from;
use crate::core::matching::fold_name;
use crate::core::model::{
    ActionKind, Channel, Contact, ContactRole, Event, EventKind, Interview, InterviewFormat,
    NoteKind, Process, ReplySays, State,
};
use chrono::{DateTime, Duration, FixedOffset, NaiveDate};
use facts::{Facts, Standing};
use schedule::{Basis, Schedule};
use serde::{Deserialize, Serialize};

/// Hours after the interview within which a thank-you is due (T1).
pub const THANK_YOU_HOURS: i64 = 24;
/// Days after an interview past which an unsent thank-you is no longer proposed: by
/// then the first check-in is near, and a thank-you would read oddly (our choice).
pub const THANK_YOU_STALE_DAYS: i64 = 7;
/// Hours to answer an event that needs a prompt answer (R1, W6, D3, D4).
pub const PROMPT_HOURS: i64 = 24;
/// Days to answer an offer that came with no deadline (our choice: a decision within the
/// week is what employers usually expect).
pub const OFFER_DEFAULT_DAYS: i64 = 3;
/// Hours a company should get to answer an expedite request, at the least (D2).
pub const EXPEDITE_WINDOW_HOURS: (i64, i64) = (48, 72);

/// Where an action stands relative to now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Its window has not opened yet.
    Upcoming,
    /// Open now, not yet due.
    Open,
    /// Past its due time (still worth doing).
    Overdue,
}

/// One thing to do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Action {
    /// The process id.
    pub process: String,
    /// What to do.
    pub kind: ActionKind,
    /// Who to write to: a contact id (or a reference's key for R1); absent when nobody is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// From when it makes sense.
    #[serde(with = "crate::core::model::instant")]
    pub opens: DateTime<FixedOffset>,
    /// By when it should be done.
    #[serde(with = "crate::core::model::instant")]
    pub due: DateTime<FixedOffset>,
    /// The rule id (docs/rules.md) it comes from.
    pub rule: String,
    /// One sentence saying why, naming the person and the date.
    pub why: String,
    /// Upcoming, open or overdue at the time of planning.
    pub status: Status,
    /// Other follow-ups to the same person due at the same time, done by this one
    /// message (its draft does both, and `why` gives both reasons).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<ActionKind>,
}

impl Action {
    /// A key of its own among every action of every plan: the application, the kind, the
    /// person and when it opens (a second thank-you to one interviewer, after another
    /// round, or a second check-in, is another action). The calendar's UID and the
    /// notification's id, so that no two actions share one and each stays the same while
    /// the action does.
    pub fn key(&self) -> String {
        format!(
            "{}-{}-{}-{}",
            self.process,
            self.kind,
            self.contact.as_deref().unwrap_or("all"),
            self.opens.timestamp()
        )
    }
}

/// The planner's answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Plan {
    /// Every pending action, by due time then opening time.
    pub actions: Vec<Action>,
}

/// Plans every process of `state` at `now`, with times in `zone`.
pub fn plan(state: &State, now: DateTime<FixedOffset>, zone: &dyn Zone) -> Plan {
    plan_processes(state, now, zone, None)
}

/// The actions of one process, as [`plan`] gives them (the other processes still count:
/// an offer accepted elsewhere, or one waiting for an answer). The checker asks this on
/// every keystroke for the recipient's process alone.
pub fn plan_process(
    state: &State,
    process_id: &str,
    now: DateTime<FixedOffset>,
    zone: &dyn Zone,
) -> Plan {
    plan_processes(state, now, zone, Some(process_id))
}

/// Plans the processes of `state`, or only the one with the id `only` (one function for
/// both, not a generic filter: the planner is compiled into the wasm once).
fn plan_processes(
    state: &State,
    now: DateTime<FixedOffset>,
    zone: &dyn Zone,
    only: Option<&str>,
) -> Plan {
    let all: Vec<Facts> = state.processes.iter().map(|p| Facts::new(p, now)).collect();
    let accepted = all.iter().find_map(|f| match f.standing() {
        Standing::Accepted(event) => Some((f.process, event)),
        _ => None,
    });
    let offers: Vec<(&Process, &Event)> = all
        .iter()
        .filter_map(|f| outstanding_offer(f, zone).map(|e| (f.process, e)))
        .collect();
    let expedite_to = expedite_targets(state, &all, &offers);

    let mut actions = Vec::new();
    for facts in all
        .iter()
        .filter(|f| only.is_none_or(|id| id == f.process.id))
    {
        let mut out = Planner {
            facts,
            zone,
            state,
            actions: &mut actions,
        };
        match (facts.standing(), accepted) {
            (Standing::Active, Some((chosen, event))) if chosen.id != facts.process.id => {
                out.withdraw(chosen, event)
            }
            (Standing::Active, _) => out.active(&offers, &expedite_to),
            // Once an offer is accepted, a rejection elsewhere needs no answer either (D3).
            (Standing::Rejected(event), None) => out.gracious_reply(event),
            (Standing::Rejected(_) | Standing::Accepted(_) | Standing::Ended(_), _) => {}
        }
    }
    let mut actions = one_message_per_person(actions);
    for action in &mut actions {
        action.opens = to_local(zone, action.opens);
        action.due = to_local(zone, action.due);
        action.status = if now < action.opens {
            Status::Upcoming
        } else if now <= action.due {
            Status::Open
        } else {
            Status::Overdue
        };
    }
    actions.sort_by(|a, b| {
        (a.due, a.opens, &a.process, a.kind, &a.contact)
            .cmp(&(b.due, b.opens, &b.process, b.kind, &b.contact))
    });
    Plan { actions }
}

/// The latest offer in this process, while the process is still going (it waits for
/// the user's answer, even past its deadline: the answer then shows as overdue).
fn latest_offer<'a>(facts: &Facts<'a>) -> Option<&'a Event> {
    if facts.standing() != Standing::Active {
        return None;
    }
    facts
        .events
        .iter()
        .copied()
        .rev()
        .find(|e| e.is_reply(ReplySays::Offer))
}

/// Whether one message of `kind` can do the work of `other` as well, when both are due
/// to one person at once: a request to speed up asks where things stand, as a check-in
/// does; a thank-you to the person who arranged the interview can ask them for the other
/// interviewers' addresses.
pub fn does_the_work_of(kind: ActionKind, other: ActionKind) -> bool {
    matches!(
        (kind, other),
        (ActionKind::Expedite, ActionKind::CheckIn)
            | (ActionKind::ThankYou, ActionKind::AskContacts)
    )
}

/// One message per person per moment: an action whose window overlaps that of another
/// to the same person in the same application, when one message can do both, is folded
/// into it (the one due first stays, with both reasons).
fn one_message_per_person(actions: Vec<Action>) -> Vec<Action> {
    let mut out: Vec<Action> = Vec::with_capacity(actions.len());
    for action in actions {
        let together = out.iter_mut().find(|kept| {
            kept.process == action.process
                && kept.contact.is_some()
                && kept.contact == action.contact
                && kept.opens <= action.due
                && action.opens <= kept.due
                && (does_the_work_of(kept.kind, action.kind)
                    || does_the_work_of(action.kind, kept.kind))
        });
        match together {
            Some(kept) => {
                let (mut first, second) = if does_the_work_of(kept.kind, action.kind) {
                    (kept.clone(), action)
                } else {
                    (action, kept.clone())
                };
                first.why = format!("{} {}", first.why, second.why);
                first.also.push(second.kind);
                first.also.extend(second.also);
                *kept = first;
            }
            None => out.push(action),
        }
    }
    out
}

/// An offer in this process still open: waiting for the user's answer with its deadline
/// ahead, or within [`OFFER_DEFAULT_DAYS`] of it when it named none (D2 asks the
/// preferred companies to speed up for these).
fn outstanding_offer<'a>(facts: &Facts<'a>, zone: &dyn Zone) -> Option<&'a Event> {
    let offer = latest_offer(facts)?;
    let deadline = offer
        .respond_by_instant(zone)
        .unwrap_or(offer.at + Duration::days(OFFER_DEFAULT_DAYS));
    (deadline > facts.now).then_some(offer)
}

/// The processes an offer elsewhere should ask to speed up (D2), as `(offer's process,
/// process to ask)` pairs: active processes that have had an interview, once per
/// company (a duplicate entry of one application is never asked twice) and never the
/// company that made the offer. When the user ranked any process (`preference`, 1 = first
/// choice), only those ranked above the offering process are asked.
fn expedite_targets<'a>(
    state: &State,
    all: &[Facts<'a>],
    offers: &[(&'a Process, &'a Event)],
) -> Vec<(&'a str, &'a str)> {
    let ranked = state.processes.iter().any(|p| p.preference.is_some());
    let mut out = Vec::new();
    for (offering, _) in offers {
        let mut companies = vec![fold_name(&offering.company)];
        for f in all {
            let p = f.process;
            let above = !ranked
                || p.preference
                    .is_some_and(|rank| offering.preference.is_none_or(|theirs| rank < theirs));
            let company = fold_name(&p.company);
            if f.standing() == Standing::Active
                && f.last_ended_interview().is_some()
                && above
                && !companies.contains(&company)
            {
                companies.push(company);
                out.push((offering.id.as_str(), p.id.as_str()));
            }
        }
    }
    out
}

struct Planner<'a, 'b> {
    facts: &'b Facts<'a>,
    zone: &'b dyn Zone,
    state: &'a State,
    actions: &'b mut Vec<Action>,
}

impl<'a> Planner<'a, '_> {
    fn process(&self) -> &'a Process {
        self.facts.process
    }

    fn name_of(&self, contact: Option<&Contact>) -> String {
        contact.map_or_else(
            || format!("someone at {}", self.process().company),
            |c| c.name.clone(),
        )
    }

    /// `day` as a reason says it, with its year when that is not this year's.
    fn spoken(&self, day: NaiveDate) -> String {
        spoken_date_from(day, local_date(self.zone, self.facts.now))
    }

    fn day(&self, t: DateTime<FixedOffset>) -> String {
        self.spoken(local_date(self.zone, t))
    }

    fn push(
        &mut self,
        kind: ActionKind,
        contact: Option<&str>,
        window: (DateTime<FixedOffset>, DateTime<FixedOffset>),
        rule: &'static str,
        why: String,
    ) {
        let mut action = Action {
            process: self.process().id.clone(),
            kind,
            contact: contact.map(str::to_string),
            opens: window.0,
            due: window.1.max(window.0),
            rule: rule.to_string(),
            why,
            status: Status::Upcoming,
            also: Vec::new(),
        };
        self.hold_for_away(&mut action);
        snooze(self.process(), &mut action, self.facts.now);
        self.actions.push(action);
    }

    /// An out-of-office answer holds a message to that person until they are back: the
    /// window moves whole. A thank-you is not held (it waits in their inbox, and T1 is
    /// about sending it within a day), nor is a task that is not a message.
    fn hold_for_away(&self, action: &mut Action) {
        if action.kind == ActionKind::ThankYou || !action.kind.is_message() {
            return;
        }
        let Some(contact) = action.contact.as_deref() else {
            return;
        };
        if let Some(back) = self
            .facts
            .back_from_away(contact, self.zone)
            .filter(|back| *back > action.opens)
        {
            action.due = back + (action.due - action.opens);
            action.opens = back;
        }
    }

    /// D3: another offer was accepted; withdraw here and nothing else.
    fn withdraw(&mut self, chosen: &Process, accepted: &Event) {
        let f = self.facts;
        if f.last_sent(ActionKind::Withdraw, None, Some(accepted.at))
            .is_some()
        {
            return;
        }
        let contact = f.main_contact();
        let why = format!(
            "You accepted the offer from {} on {}: withdraw from {} with a short, gracious note to {}; every other follow-up here is cancelled.",
            chosen.company,
            self.day(accepted.at),
            self.process().company,
            self.name_of(contact)
        );
        let window = (accepted.at, accepted.at + Duration::hours(PROMPT_HOURS * 2));
        self.push(
            ActionKind::Withdraw,
            contact.map(|c| c.id.as_str()),
            window,
            "D3",
            why,
        );
    }

    /// D4: a rejection; stop everything, suggest a gracious answer.
    fn gracious_reply(&mut self, rejection: &Event) {
        let f = self.facts;
        if f.last_sent(ActionKind::GraciousReply, None, Some(rejection.at))
            .is_some()
        {
            return;
        }
        let contact = rejection
            .from
            .as_deref()
            .and_then(|id| self.process().contact(id))
            .or_else(|| f.main_contact());
        let why = format!(
            "{} said no on {}: all follow-ups stop; a short, gracious reply to {} keeps the door open for later roles.",
            self.process().company,
            self.day(rejection.at),
            self.name_of(contact)
        );
        let window = (
            rejection.at,
            rejection.at + Duration::hours(PROMPT_HOURS * 2),
        );
        self.push(
            ActionKind::GraciousReply,
            contact.map(|c| c.id.as_str()),
            window,
            "D4",
            why,
        );
    }

    fn active(&mut self, offers: &[(&Process, &Event)], expedite_to: &[(&str, &str)]) {
        self.answer_offer();
        self.expedite(offers, expedite_to);
        self.references();
        self.next_round();
        self.after_interviews();
        self.linkedin();
        self.waiting();
    }

    /// D2: an offer here needs the user's answer by its `respond_by` (17:00 in the user's
    /// zone when only a day is given; with none, the user asks for one and is asked for an
    /// answer after three days). Past that time it stays, overdue, until answered.
    fn answer_offer(&mut self) {
        let f = self.facts;
        let Some(offer) = latest_offer(f) else {
            return;
        };
        if f.last_sent(ActionKind::AnswerOffer, None, Some(offer.at))
            .is_some()
        {
            return;
        }
        let deadline = offer.respond_by_instant(self.zone);
        let due = deadline.unwrap_or(offer.at + Duration::days(OFFER_DEFAULT_DAYS));
        let role = if self.process().role.trim().is_empty() {
            "a".to_string()
        } else {
            format!("the {}", self.process().role.trim())
        };
        let why = match deadline {
            Some(_) => format!(
                "{} offered you {} role on {}: decide by {}, and ask the companies you prefer over it whether they can speed up.",
                self.process().company,
                role,
                self.day(offer.at),
                self.day(due)
            ),
            None => format!(
                "{} offered you {} role on {} without a deadline: ask by when they need your answer, and decide by {} if they name none.",
                self.process().company,
                role,
                self.day(offer.at),
                self.day(due)
            ),
        };
        let from = offer.from.as_deref();
        self.push(ActionKind::AnswerOffer, from, (offer.at, due), "D2", why);
    }

    /// D2: an offer elsewhere needs an answer; ask this company whether it can speed up.
    fn expedite(&mut self, offers: &[(&Process, &Event)], expedite_to: &[(&str, &str)]) {
        let f = self.facts;
        let here = self.process().id.as_str();
        let asked = |other: &str| expedite_to.contains(&(other, here));
        for (other, offer) in offers.iter().filter(|(p, _)| asked(&p.id)) {
            if f.last_sent(ActionKind::Expedite, None, Some(offer.at))
                .is_some()
            {
                continue;
            }
            let contact = f.main_contact();
            let deadline = offer.respond_by_instant(self.zone);
            let latest_send = deadline.map(|d| d - Duration::hours(EXPEDITE_WINDOW_HOURS.0));
            let due = latest_send.map_or(offer.at + Duration::hours(PROMPT_HOURS), |l| {
                l.min(offer.at + Duration::hours(PROMPT_HOURS))
            });
            let deadline_text = deadline.map_or_else(String::new, |d| {
                format!(" that needs an answer by {}", self.day(d))
            });
            let why = format!(
                "{} made you an offer{}: if {} is your preference, tell {} now, truthfully and without an ultimatum, and ask whether they can decide within {} to {} hours.",
                other.company,
                deadline_text,
                self.process().company,
                self.name_of(contact),
                EXPEDITE_WINDOW_HOURS.0,
                EXPEDITE_WINDOW_HOURS.1
            );
            self.push(
                ActionKind::Expedite,
                contact.map(|c| c.id.as_str()),
                (offer.at, due),
                "D2",
                why,
            );
        }
    }

    /// Invited to another round: until that round is added (an interview starting after
    /// the invitation), ask for its date and the people to meet.
    fn next_round(&mut self) {
        let f = self.facts;
        let Some(invitation) = f
            .events
            .iter()
            .rev()
            .find(|e| e.kind == EventKind::Reply || e.kind == EventKind::Delay)
            .filter(|e| e.is_reply(ReplySays::NextRound))
        else {
            return;
        };
        if self
            .process()
            .interviews
            .iter()
            .any(|i| i.start >= invitation.at)
        {
            return;
        }
        let from = invitation
            .from
            .as_deref()
            .and_then(|id| self.process().contact(id))
            .or_else(|| f.main_contact());
        let why = format!(
            "{} invited you to another round on {}: add its date and the people you will meet, so each of them gets a thank-you; no check-in is needed meanwhile.",
            self.process().company,
            self.day(invitation.at)
        );
        let window = (
            invitation.at,
            invitation.at + Duration::hours(PROMPT_HOURS * 2),
        );
        self.push(
            ActionKind::ScheduleRound,
            from.map(|c| c.id.as_str()),
            window,
            "A2",
            why,
        );
    }

    /// R1: references were requested; tell each reference at once (or, with none
    /// recorded, add them first).
    fn references(&mut self) {
        let f = self.facts;
        let Some(requested) = f.last_of(EventKind::ReferencesRequested, None) else {
            return;
        };
        let process = self.process();
        let mut keys: Vec<(String, String)> = process
            .references
            .iter()
            .map(|r| (r.key().to_string(), r.name.clone()))
            .collect();
        keys.extend(
            process
                .contacts
                .iter()
                .filter(|c| c.role == ContactRole::Reference)
                .map(|c| (c.id.clone(), c.name.clone())),
        );
        if keys.is_empty() {
            let why = format!(
                "{} asked for references on {}: add the people who will speak for you, so each gets a heads-up before they are called.",
                process.company,
                self.day(requested.at)
            );
            let window = (requested.at, requested.at + Duration::hours(PROMPT_HOURS));
            self.push(ActionKind::AddReferences, None, window, "R1", why);
            return;
        }
        for (key, name) in keys {
            if f.last_sent(ActionKind::ReferenceHeadsUp, Some(&key), Some(requested.at))
                .is_some()
            {
                continue;
            }
            let why = format!(
                "{} asked for references on {}: tell {} today who may call about the {} role.",
                process.company,
                self.day(requested.at),
                name,
                process.role
            );
            let window = (requested.at, requested.at + Duration::hours(PROMPT_HOURS));
            self.push(ActionKind::ReferenceHeadsUp, Some(&key), window, "R1", why);
        }
    }

    /// T1, T6, A2: a thank-you to each interviewer of each interview (every round that
    /// has ended gets its own, even when a later round is booked), cards, and missing
    /// emails.
    fn after_interviews(&mut self) {
        let f = self.facts;
        let mut missing_email: Vec<&Contact> = Vec::new();
        let mut ask_after = None;
        let process = self.process();
        // Who already has a thank-you to send for a round that ended: a round still to
        // come adds none for them (one "Thank Jordan" at a time).
        let mut owed: Vec<&str> = Vec::new();
        for interview in f.thank_you_rounds() {
            let upcoming = interview.end > f.now;
            for contact in interview
                .contacts
                .iter()
                .filter_map(|id| process.contact(id))
            {
                if upcoming && owed.contains(&contact.id.as_str()) {
                    continue;
                }
                if f.thanked(contact, interview).is_none() {
                    owed.push(&contact.id);
                    self.thank_you(contact, interview);
                    if !contact.has_email() && !missing_email.iter().any(|c| c.id == contact.id) {
                        missing_email.push(contact);
                    }
                    ask_after = ask_after.max(Some(interview.end));
                }
                self.card(contact, interview);
            }
        }
        if let (false, Some(end)) = (missing_email.is_empty(), ask_after) {
            let helper = self.process().contacts.iter().find(|c| {
                c.has_email() && matches!(c.role, ContactRole::Recruiter | ContactRole::Coordinator)
            });
            // A thank-you to a helper who was in the interview was drafted with the ask
            // in it (one message per person), so it asked.
            let asked_in_thanks = helper.is_some_and(|h| {
                f.last_ended_interview_with(&h.id).is_some()
                    && f.last_sent(ActionKind::ThankYou, Some(&h.id), Some(end))
                        .is_some()
            });
            if f.last_sent(ActionKind::AskContacts, None, Some(end))
                .is_none()
                && !asked_in_thanks
            {
                let names: Vec<&str> = missing_email.iter().map(|c| c.name.as_str()).collect();
                let who = helper.map_or_else(
                    || "the person who arranged the interview".to_string(),
                    |h| h.name.clone(),
                );
                let why = format!("You have no email for {}: ask {} for it so each thank-you can go out within 24 hours.", join_names(&names), who);
                self.push(
                    ActionKind::AskContacts,
                    helper.map(|h| h.id.as_str()),
                    (end, end + Duration::hours(THANK_YOU_HOURS)),
                    "A2",
                    why,
                );
            }
        }
    }

    /// T1: thank `contact` for `interview` within 24 hours of its end.
    fn thank_you(&mut self, contact: &Contact, interview: &Interview) {
        let due = interview.end + Duration::hours(THANK_YOU_HOURS);
        let late = if self.facts.now > due {
            " It is late now, but still worth sending."
        } else {
            ""
        };
        let thread = if matches!(
            contact.role,
            ContactRole::Recruiter | ContactRole::Coordinator
        ) {
            " Reply in their latest email thread (T5)."
        } else {
            ""
        };
        let why = format!(
            "Thank {} within 24 hours of the interview of {}, with something you discussed with them.{}{}",
            contact.name,
            self.day(interview.end),
            thread,
            late
        );
        self.push(
            ActionKind::ThankYou,
            Some(&contact.id),
            (interview.end, due),
            "T1",
            why,
        );
    }

    /// T6: after a multi-day interview or one over a meal, a card as well as the email.
    fn card(&mut self, contact: &Contact, interview: &Interview) {
        let card_format = matches!(
            interview.format,
            InterviewFormat::MultiDay | InterviewFormat::WithMeal
        );
        let card_sent = self.facts.events.iter().any(|e| {
            e.kind == EventKind::Sent
                && e.at >= interview.start
                && (e.purpose == Some(ActionKind::Card) || e.channel == Some(Channel::Card))
                && e.to.contains(&contact.id)
        });
        if !card_format || card_sent {
            return;
        }
        let occasion = if interview.format == InterviewFormat::MultiDay {
            "a multi-day interview"
        } else {
            "an interview over a meal"
        };
        let due_day =
            on_or_next_business_day(local_date(self.zone, interview.end) + Duration::days(2));
        let why = format!(
            "After {} ending {}, a handwritten card to {} adds a warm touch — in addition to the email, never instead.",
            occasion,
            self.day(interview.end),
            contact.name
        );
        self.push(
            ActionKind::Card,
            Some(&contact.id),
            (interview.end, at_hour(self.zone, due_day, DUE_HOUR)),
            "T6",
            why,
        );
    }

    /// L1 and L3: connect after the thank-you; continue a shared interest days later.
    fn linkedin(&mut self) {
        let f = self.facts;
        let limit = self.state.profile.note_limit();
        for contact in f.interviewed_by() {
            // Only a thank-you sent after meeting them counts, and L1 opens once both happened.
            let first_met = f
                .process
                .interviews
                .iter()
                .filter(|i| i.contacts.contains(&contact.id))
                .min_by_key(|i| i.start);
            let Some(first_met) = first_met else { continue };
            let Some(thanked) = f.last_sent(
                ActionKind::ThankYou,
                Some(&contact.id),
                Some(first_met.start),
            ) else {
                continue;
            };
            let connect_opens = thanked.at.max(first_met.end);
            let connected = f.events.iter().find(|e| {
                e.kind == EventKind::Sent
                    && (e.purpose == Some(ActionKind::LinkedinConnect)
                        || e.channel == Some(Channel::LinkedinNote))
                    && e.to.contains(&contact.id)
            });
            let Some(connected) = connected else {
                let why = format!(
                    "Your thank-you reached {} on {}: connect on LinkedIn with a short note (at most {} characters) that recalls the interview.",
                    contact.name,
                    self.day(thanked.at),
                    limit
                );
                self.push(
                    ActionKind::LinkedinConnect,
                    Some(&contact.id),
                    (
                        connect_opens,
                        connect_opens + Duration::hours(PROMPT_HOURS * 2),
                    ),
                    "L1",
                    why,
                );
                continue;
            };
            let interest =
                self.process()
                    .notes_of(NoteKind::Interest)
                    .find(|n| match n.contact.as_deref() {
                        Some(id) => id == contact.id,
                        None => f
                            .interviewed_by()
                            .first()
                            .is_some_and(|c| c.id == contact.id),
                    });
            let Some(interest) = interest else { continue };
            if f.last_sent(ActionKind::LinkedinMessage, Some(&contact.id), None)
                .is_some()
            {
                continue;
            }
            let base = local_date(self.zone, connected.at);
            let window = day_window(
                self.zone,
                base + Duration::days(3),
                base + Duration::days(5),
            );
            let why = format!(
                "You connected with {} on {}: a few days later, a short LinkedIn message about {} continues the conversation.",
                contact.name,
                self.day(connected.at),
                interest.text
            );
            self.push(
                ActionKind::LinkedinMessage,
                Some(&contact.id),
                window,
                "L3",
                why,
            );
        }
    }

    /// W2–W6, D1: reply to "later", the next check-in, or move on.
    fn waiting(&mut self) {
        let f = self.facts;
        let process = self.process();
        if let Some(interview) = f.last_ended_interview() {
            let later = f
                .events
                .iter()
                .copied()
                .rev()
                .find(|e| e.at >= interview.start && e.kind == EventKind::Reply);
            if let Some(later) = later.filter(|e| e.says == Some(ReplySays::Later)) {
                if f.last_sent(ActionKind::Reply, None, Some(later.at))
                    .is_none()
                {
                    let from = later
                        .from
                        .as_deref()
                        .and_then(|id| process.contact(id))
                        .or_else(|| f.main_contact());
                    let why = format!(
                        "{} wrote on {} that they will get back to you: reply once, briefly and patiently; the next check-in waits at least 7 days.",
                        self.name_of(from),
                        self.day(later.at)
                    );
                    self.push(
                        ActionKind::Reply,
                        from.map(|c| c.id.as_str()),
                        (later.at, later.at + Duration::hours(PROMPT_HOURS)),
                        "W6",
                        why,
                    );
                }
            }
        }
        let contact = f.main_contact();
        let name = self.name_of(contact);
        let id = contact.map(|c| c.id.as_str());
        match schedule::schedule(f, self.zone) {
            Schedule::None => {}
            Schedule::MoveOn { opens, due, last } => {
                let why = format!(
                    "Two check-ins with {} went unanswered (the last on {}): stop following up, archive it and keep applying elsewhere.",
                    process.company,
                    self.day(last)
                );
                self.push(ActionKind::MoveOn, id, (opens, due), "W4", why);
            }
            Schedule::CheckIn {
                opens, due, basis, ..
            } => {
                let role = if process.role.is_empty() {
                    "the".to_string()
                } else {
                    format!("the {}", process.role)
                };
                let why = match &basis {
                    Basis::StatedDate(date) => format!(
                        "{} said they would decide by {}: check in with {} about {} role from the day after, not before.",
                        process.company,
                        self.spoken(*date),
                        name,
                        role
                    ),
                    Basis::NoDate(date) => format!(
                        "No decision date was given at the interview of {}: check in with {} about {} role a week to ten days after it.",
                        self.spoken(*date),
                        name,
                        role
                    ),
                    Basis::Spacing {
                        last,
                        unanswered: 0,
                    } => format!(
                        "Your last message to {} was on {}: check in with {} after at least 7 days.",
                        process.company,
                        self.spoken(*last),
                        name
                    ),
                    Basis::Spacing { last, unanswered } => format!(
                        "Your last message to {} was on {} ({} of {} check-ins unanswered): check in with {} again after at least 7 days.",
                        process.company,
                        self.spoken(*last),
                        unanswered,
                        schedule::MAX_UNANSWERED,
                        name
                    ),
                    Basis::AfterLater(date) => format!(
                        "{} promised on {} to get back to you: if nothing comes, check in with {} again at least 7 days later.",
                        process.company,
                        self.spoken(*date),
                        name
                    ),
                    Basis::Freeze(date) => format!(
                        "{} announced a delay on {}: check in with {} no sooner than 10 days later, acknowledging the uncertainty and asking for a revised timeline.",
                        process.company,
                        self.spoken(*date),
                        name
                    ),
                    Basis::FreezeSpacing { delay, last } => format!(
                        "{} announced a delay on {} and your last message was on {}: check in with {} again no sooner than 10 days after it, asking for a revised timeline.",
                        process.company,
                        self.spoken(*delay),
                        self.spoken(*last),
                        name
                    ),
                };
                self.push(ActionKind::CheckIn, id, (opens, due), basis.rule(), why);
            }
        }
    }
}

/// "Ana", "Ana and Ben", "Ana, Ben and Cleo".
pub fn join_names(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {}", init.join(", "), last),
    }
}

/// Hour of the next day at which a snoozed action comes back (the user's time).
pub const SNOOZE_HOUR: u32 = 9;

/// When "Snooze" puts `action` off to, pressed at `now`: tomorrow at 09:00 the user's
/// time; a thank-you still within its 24 hours comes back at its due time instead when
/// that is sooner (it cannot be put off past them). Always after `now`: an overdue
/// thank-you is put off to tomorrow like anything else. `None` when that would not move
/// it: an action that opens later than that anyway has nothing to snooze.
pub fn snooze_until(
    action: &Action,
    now: DateTime<FixedOffset>,
    zone: &dyn Zone,
) -> Option<DateTime<FixedOffset>> {
    let tomorrow = local_date(zone, now) + Duration::days(1);
    let morning = at_hour(zone, tomorrow, SNOOZE_HOUR);
    let until = if action.kind == ActionKind::ThankYou && now < action.due && action.due < morning {
        action.due
    } else {
        morning
    };
    (until > action.opens).then_some(until)
}

/// Puts an action the user snoozed off until the snooze ends: the reminder moves, never
/// the deadline (an action snoozed past its due time comes back overdue). A thank-you
/// still within its 24 hours cannot be put off past them: it comes back at its due time
/// at the latest; one already overdue is put off like any other action.
fn snooze(process: &Process, action: &mut Action, now: DateTime<FixedOffset>) {
    let until = process
        .snoozes
        .iter()
        .filter(|s| s.kind == action.kind && s.contact == action.contact)
        .map(|s| s.until)
        .max();
    if let Some(until) = until.filter(|u| *u > action.opens) {
        action.opens = if action.kind == ActionKind::ThankYou && now <= action.due {
            until.min(action.due)
        } else {
            until
        };
    }
}

/// The actions to notify at `now` when everything up to `mark` was notified already:
/// those that opened or fell due after `mark` (each once, however long the computer
/// slept in between).
pub fn to_notify(
    actions: &[Action],
    mark: DateTime<FixedOffset>,
    now: DateTime<FixedOffset>,
) -> Vec<&Action> {
    let between = |t: DateTime<FixedOffset>| mark < t && t <= now;
    actions
        .iter()
        .filter(|a| between(a.opens) || between(a.due))
        .collect()
}

/// What the user sees as an action's title: "Thank Jordan Lee", "Check in with Morgan
/// Diaz", or the company when the action is for no one in particular.
pub fn action_title(state: &State, action: &Action) -> String {
    let process = state.processes.iter().find(|p| p.id == action.process);
    let who = process
        .and_then(|p| action.contact.as_deref().and_then(|c| p.contact(c)))
        .map(|c| c.name.clone())
        .or_else(|| action.contact.clone())
        .or_else(|| process.map(|p| p.company.clone()))
        .unwrap_or_default();
    format!("{} {}", action.kind.verb(), who)
}
