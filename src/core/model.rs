//! The state document of docs/contract.md: one user's profile, processes, contacts,
//! interviews, notes and events. Owns parsing (with JSON-path errors), schema migration
//! and validation. Unknown fields are kept in `extra` maps so that a document written
//! by a newer build survives a read–write round trip untouched.

use super::calendar::{at_hour, Zone, DUE_HOUR, OPENS_HOUR};
use super::dates::parse_ymd;
use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::fmt;

/// Instants as the contract writes them: RFC 3339 with a numeric offset (`+00:00`, never
/// `Z`), so a document read and written back keeps its spelling. Read with chrono's
/// RFC 3339 parser alone, not its general `FromStr` (which drags its whole format-item
/// parser into the wasm).
pub mod instant {
    use chrono::{DateTime, FixedOffset, SecondsFormat};
    use serde::{de, Deserialize, Deserializer, Serializer};

    /// Serializes one instant.
    pub fn serialize<S: Serializer>(t: &DateTime<FixedOffset>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&t.to_rfc3339_opts(SecondsFormat::AutoSi, false))
    }

    /// Reads one instant; the error quotes what was found and shows the expected form.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<FixedOffset>, D::Error> {
        let raw = String::deserialize(d)?;
        DateTime::parse_from_rfc3339(&raw).map_err(|e| {
            de::Error::custom(format_args!(
                "{raw:?} is not an RFC 3339 date-time like 2026-11-20T09:00:00+00:00 ({e})"
            ))
        })
    }
}

/// An optional instant in the contract's form (see [`instant`]); absent or null is `None`.
pub mod optional_instant {
    use chrono::{DateTime, FixedOffset};
    use serde::{Deserialize, Deserializer, Serializer};

    /// Serializes the instant, or null.
    pub fn serialize<S: Serializer>(
        t: &Option<DateTime<FixedOffset>>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => super::instant::serialize(t, s),
            None => s.serialize_none(),
        }
    }

    /// Reads an instant, or null.
    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<DateTime<FixedOffset>>, D::Error> {
        #[derive(Deserialize)]
        struct Wrapped(#[serde(with = "super::instant")] DateTime<FixedOffset>);
        Ok(Option::<Wrapped>::deserialize(d)?.map(|Wrapped(t)| t))
    }
}

/// The schema version this build reads and writes.
pub const SCHEMA_VERSION: u64 = 1;

/// The whole state of one user.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct State {
    /// Schema version of the document (see [`SCHEMA_VERSION`]).
    pub schema: u64,
    /// Who the user is.
    #[serde(default)]
    pub profile: Profile,
    /// Every application the user tracks.
    #[serde(default)]
    pub processes: Vec<Process>,
    /// Fields this build does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Default for State {
    fn default() -> Self {
        State {
            schema: SCHEMA_VERSION,
            profile: Profile::default(),
            processes: Vec::new(),
            extra: Map::new(),
        }
    }
}

/// The user's own details.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    /// Full name, used to sign drafts.
    #[serde(default)]
    pub name: String,
    /// The user's email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// IANA time zone, e.g. `America/New_York`; the browser's when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// LinkedIn invitation-note limit in UTF-16 units: 300 (default) or 200 (free accounts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub linkedin_note_limit: Option<u32>,
    /// Whether the messages the user opens in their mailbox are read (on the device) for
    /// what employers say; on unless turned off.
    #[serde(default = "yes", skip_serializing_if = "is_yes")]
    pub read_replies: bool,
    /// The user's own dictionary: words the spelling check accepts ("Add to dictionary"),
    /// kept as typed, each one word.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<String>,
    /// The English the user spells in (`us`, `uk`, `ca`, `au`; [`Profile::spelling_system`]);
    /// the browser's language when absent. Kept as written: a value this build does not
    /// know (a newer build's) is kept, and read as absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spelling: Option<String>,
    /// Fields this build does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// A spelling system of English: which of the forms that differ between them the check
/// expects ("color" or "colour", "organize" or "organise").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Spelling {
    /// American: "color", "center", "organize", "traveled".
    Us,
    /// British: "colour", "centre", "travelled"; "organise" and "organize" both.
    Uk,
    /// Canadian: "colour", "centre", "travelled", and "organize".
    Ca,
    /// Australian: "colour", "centre", "travelled", and "organise".
    Au,
}

impl Profile {
    /// The spelling system the profile names, when it names one this build knows.
    pub fn spelling_system(&self) -> Option<Spelling> {
        self.spelling.as_deref().and_then(Spelling::from_name)
    }
}

impl Spelling {
    /// Every system, in the order the options page lists them.
    pub const ALL: [Spelling; 4] = [Spelling::Us, Spelling::Uk, Spelling::Ca, Spelling::Au];

    /// The system's name in the profile: `us`, `uk`, `ca` or `au`.
    pub fn name(self) -> &'static str {
        match self {
            Spelling::Us => "us",
            Spelling::Uk => "uk",
            Spelling::Ca => "ca",
            Spelling::Au => "au",
        }
    }

    /// The system named `name` in the profile, if this build knows it.
    pub fn from_name(name: &str) -> Option<Spelling> {
        Spelling::ALL.into_iter().find(|s| s.name() == name)
    }

    /// The system of a BCP 47 language tag ("en-GB" → British); American for any other
    /// English, and for other languages.
    pub fn of_language(tag: &str) -> Spelling {
        let region = tag
            .split(['-', '_'])
            .nth(1)
            .unwrap_or("")
            .to_ascii_uppercase();
        match region.as_str() {
            "GB" | "UK" | "IE" | "IN" | "ZA" | "SG" | "HK" => Spelling::Uk,
            "CA" => Spelling::Ca,
            "AU" | "NZ" => Spelling::Au,
            _ => Spelling::Us,
        }
    }
}

impl Default for Profile {
    fn default() -> Self {
        Profile {
            name: String::new(),
            email: None,
            timezone: None,
            linkedin_note_limit: None,
            read_replies: true,
            words: Vec::new(),
            spelling: None,
            extra: Map::new(),
        }
    }
}

fn yes() -> bool {
    true
}

fn is_yes(value: &bool) -> bool {
    *value
}

impl Profile {
    /// The invitation-note limit in force (L2): 200 (a free account's, which every
    /// account's box takes) unless the user set another (300 for Premium).
    pub fn note_limit(&self) -> usize {
        self.linkedin_note_limit.map_or(200, |n| n as usize)
    }

    /// The user's first name, for informal sign-offs.
    pub fn first_name(&self) -> &str {
        first_name(&self.name)
    }
}

/// One application: a company, a role, the people met and everything that happened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Process {
    /// Stable id, unique within the state.
    pub id: String,
    /// Company name.
    pub company: String,
    /// Job title applied for.
    #[serde(default)]
    pub role: String,
    /// People at the company (interviewers, recruiters, …).
    #[serde(default)]
    pub contacts: Vec<Contact>,
    /// Interviews, past or upcoming.
    #[serde(default)]
    pub interviews: Vec<Interview>,
    /// What the user noted.
    #[serde(default)]
    pub notes: Vec<Note>,
    /// The user's references for this application.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<Reference>,
    /// What happened, in any order (the planner sorts).
    #[serde(default)]
    pub events: Vec<Event>,
    /// Actions the user put off until a later time.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub snoozes: Vec<Snooze>,
    /// How much the user wants this job, as a rank: 1 is the first choice. A competing
    /// offer asks only the processes ranked above it to speed up (D2); unset, the
    /// process has no rank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preference: Option<u32>,
    /// Fields this build does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// "Not now": one planned action put off until `until` (it opens then, and is due no
/// earlier).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Snooze {
    /// The action's kind.
    pub kind: ActionKind,
    /// The action's contact, if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// When to bring it back.
    #[serde(with = "instant")]
    pub until: DateTime<FixedOffset>,
}

impl Process {
    /// The contact with this id.
    pub fn contact(&self, id: &str) -> Option<&Contact> {
        self.contacts.iter().find(|c| c.id == id)
    }

    /// The notes of one kind, in the order they were written.
    pub fn notes_of<'a>(&'a self, kind: NoteKind) -> impl Iterator<Item = &'a Note> + 'a {
        self.notes.iter().filter(move |n| n.kind == kind)
    }
}

/// A person at the company.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    /// Stable id, unique within the process.
    pub id: String,
    /// Full name as they write it.
    pub name: String,
    /// Job title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// LinkedIn profile URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub linkedin: Option<String>,
    /// Their part in the process.
    #[serde(default)]
    pub role: ContactRole,
    /// Fields this build does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Contact {
    /// First name, for greetings.
    pub fn first_name(&self) -> &str {
        first_name(&self.name)
    }

    /// Whether an email address is recorded (A2: otherwise ask for it).
    pub fn has_email(&self) -> bool {
        self.email.as_deref().is_some_and(|e| !e.trim().is_empty())
    }
}

/// A contact's part in the process.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactRole {
    /// Someone who interviewed the user.
    Interviewer,
    /// The recruiter or talent partner.
    Recruiter,
    /// Whoever schedules interviews.
    Coordinator,
    /// A reference kept as a contact.
    Reference,
    /// Anyone else.
    #[default]
    Other,
}

/// One interview (a call, a video meeting, an onsite day or several).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Interview {
    /// When it starts, RFC 3339 with offset.
    #[serde(with = "instant")]
    pub start: DateTime<FixedOffset>,
    /// When it ends.
    #[serde(with = "instant")]
    pub end: DateTime<FixedOffset>,
    /// How it took place.
    #[serde(default)]
    pub format: InterviewFormat,
    /// Ids of the contacts who were there.
    #[serde(default)]
    pub contacts: Vec<String>,
    /// What the employer said about their timeline, in their words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeline: Option<String>,
    /// The items of the checklist before it (`core::prep`, by id) the user ticked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prep_done: Vec<String>,
    /// Fields this build does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// How an interview took place (T6 keys off `multi_day` and `with_meal`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InterviewFormat {
    /// A phone call.
    Phone,
    /// A video call.
    #[default]
    Video,
    /// On site, one day.
    Onsite,
    /// Over several days.
    MultiDay,
    /// Included a meal.
    WithMeal,
}

/// Something the user noted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Note {
    /// The contact it is tied to, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
    /// What sort of note.
    pub kind: NoteKind,
    /// The note, as a phrase that can follow "about" or "my".
    pub text: String,
    /// Fields this build does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

/// The sorts of note (docs/contract.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    /// Something discussed, best tied to a contact.
    Detail,
    /// A pain point or goal they raised.
    Need,
    /// The user's skill or achievement to stress.
    Strength,
    /// A doubt they raised.
    Gap,
    /// A shared interest (a trend, an article).
    Interest,
}

/// One of the user's references.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reference {
    /// Optional stable id; the email or the name stands in when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Full name.
    pub name: String,
    /// Email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// How they know the user ("former manager").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relation: Option<String>,
    /// Fields this build does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Reference {
    /// The identifier events use for this reference: its id, else email, else name.
    pub fn key(&self) -> &str {
        self.id
            .as_deref()
            .or(self.email.as_deref())
            .unwrap_or(&self.name)
    }
}

/// Something that happened in a process.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// A stable id, unique within the state, given when the event is recorded; events
    /// are edited, backdated, deleted and undone by it. Older documents may lack it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// When it happened.
    #[serde(with = "instant")]
    pub at: DateTime<FixedOffset>,
    /// What happened.
    pub kind: EventKind,
    /// `sent`: how it was sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<Channel>,
    /// `sent`: contact ids (or reference keys) it went to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub to: Vec<String>,
    /// `sent`: which action it fulfils.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub purpose: Option<ActionKind>,
    /// `sent`: the subject line, where the extension saw it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// `sent`: the body, where the extension saw it (kept locally for T7).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// `reply`: the contact id who answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// `reply`: what the answer said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub says: Option<ReplySays>,
    /// `reply` with `offer`: when the offer needs an answer (RFC 3339 or `YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub respond_by: Option<String>,
    /// `reply` with `later`: the day (`YYYY-MM-DD`) they now say they will decide or get
    /// back by; it replaces the decision date stated at the interview.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<String>,
    /// `away`: the day (`YYYY-MM-DD`, or RFC 3339) the person is back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    /// `delay`: what the employer said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Fields this build does not know, kept verbatim.
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl Event {
    /// A bare event of `kind` at `at`, for the shells and tests to fill in.
    pub fn new(at: DateTime<FixedOffset>, kind: EventKind) -> Self {
        Event {
            id: None,
            at,
            kind,
            channel: None,
            to: Vec::new(),
            purpose: None,
            subject: None,
            body: None,
            from: None,
            says: None,
            respond_by: None,
            by: None,
            until: None,
            text: None,
            extra: Map::new(),
        }
    }

    /// Whether this is a message the user sent for `purpose`.
    pub fn is_sent(&self, purpose: ActionKind) -> bool {
        self.kind == EventKind::Sent && self.purpose == Some(purpose)
    }

    /// Whether this is a reply that says `says`.
    pub fn is_reply(&self, says: ReplySays) -> bool {
        self.kind == EventKind::Reply && self.says == Some(says)
    }

    /// The offer's response deadline as an instant: a bare date means 17:00 that day
    /// in the user's zone.
    pub fn respond_by_instant(&self, zone: &dyn Zone) -> Option<DateTime<FixedOffset>> {
        parse_instant_or_day(self.respond_by.as_deref()?, zone)
    }

    /// `away`: when the person is back, as an instant (a bare date: 09:00 that day in
    /// the user's zone, the start of their working day).
    pub fn back_at(&self, zone: &dyn Zone) -> Option<DateTime<FixedOffset>> {
        let raw = self.until.as_deref()?;
        DateTime::parse_from_rfc3339(raw)
            .ok()
            .or_else(|| Some(at_hour(zone, parse_ymd(raw)?, OPENS_HOUR)))
    }

    /// `reply` with `later`: the day they now name, when it reads as `YYYY-MM-DD`.
    pub fn by_day(&self) -> Option<NaiveDate> {
        parse_ymd(self.by.as_deref()?)
    }
}

/// Parses RFC 3339, or a `YYYY-MM-DD` day taken as 17:00 (the end of the working day)
/// in the user's `zone`.
pub fn parse_instant_or_day(raw: &str, zone: &dyn Zone) -> Option<DateTime<FixedOffset>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(raw) {
        return Some(t);
    }
    Some(at_hour(zone, parse_ymd(raw)?, DUE_HOUR))
}

/// What an event records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// The user sent a message.
    Sent,
    /// The employer answered.
    Reply,
    /// The employer asked for or will check references.
    ReferencesRequested,
    /// A hiring freeze, restructuring or open-ended delay.
    Delay,
    /// The user accepted this process's offer.
    Accepted,
    /// The user withdrew.
    Withdrawn,
    /// The process closed (or the user archived it after moving on).
    Closed,
    /// An out-of-office answer: `from` is away `until` a day.
    Away,
}

/// The channel a message went out on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// Email.
    #[default]
    Email,
    /// A LinkedIn invitation note.
    LinkedinNote,
    /// A LinkedIn message.
    LinkedinMessage,
    /// A handwritten card.
    Card,
}

impl Channel {
    /// The contract's name for the channel.
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::LinkedinNote => "linkedin_note",
            Channel::LinkedinMessage => "linkedin_message",
            Channel::Card => "card",
        }
    }
}

/// What an employer's reply said.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReplySays {
    /// "I'll get back to you when I know more."
    Later,
    /// Invited to another round.
    NextRound,
    /// A rejection.
    Rejection,
    /// An offer (see `respond_by`).
    Offer,
    /// Anything else.
    Other,
}

/// The kinds of action the planner proposes (and the purposes of sent messages).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionKind {
    /// T1: thank each interviewer within 24 hours.
    ThankYou,
    /// T6: a handwritten card after a multi-day interview or a meal.
    Card,
    /// L1: a LinkedIn connection request with a note.
    LinkedinConnect,
    /// L3: a LinkedIn message continuing a shared interest.
    LinkedinMessage,
    /// R1: tell a reference who may call.
    ReferenceHeadsUp,
    /// W2/W3/D1: ask for the status.
    CheckIn,
    /// W6: answer "I'll get back to you" once.
    Reply,
    /// D2: ask a preferred company to speed up because of an offer.
    Expedite,
    /// D3: withdraw after accepting another offer.
    Withdraw,
    /// D4: answer a rejection graciously.
    GraciousReply,
    /// W4: two check-ins unanswered; archive and keep applying.
    MoveOn,
    /// A2: ask for missing interviewer emails.
    AskContacts,
    /// D2: an offer in hand; decide by its `respond_by`.
    AnswerOffer,
    /// Invited to another round: add its date and the people to meet.
    ScheduleRound,
    /// R1: references were asked for and none are recorded; add them.
    AddReferences,
}

impl ActionKind {
    /// Every kind, in the contract's order.
    pub const ALL: [ActionKind; 15] = [
        ActionKind::ThankYou,
        ActionKind::Card,
        ActionKind::LinkedinConnect,
        ActionKind::LinkedinMessage,
        ActionKind::ReferenceHeadsUp,
        ActionKind::CheckIn,
        ActionKind::Reply,
        ActionKind::Expedite,
        ActionKind::Withdraw,
        ActionKind::GraciousReply,
        ActionKind::MoveOn,
        ActionKind::AskContacts,
        ActionKind::AnswerOffer,
        ActionKind::ScheduleRound,
        ActionKind::AddReferences,
    ];

    /// The contract's name for the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            ActionKind::ThankYou => "thank_you",
            ActionKind::Card => "card",
            ActionKind::LinkedinConnect => "linkedin_connect",
            ActionKind::LinkedinMessage => "linkedin_message",
            ActionKind::ReferenceHeadsUp => "reference_heads_up",
            ActionKind::CheckIn => "check_in",
            ActionKind::Reply => "reply",
            ActionKind::Expedite => "expedite",
            ActionKind::Withdraw => "withdraw",
            ActionKind::GraciousReply => "gracious_reply",
            ActionKind::MoveOn => "move_on",
            ActionKind::AskContacts => "ask_contacts",
            ActionKind::AnswerOffer => "answer_offer",
            ActionKind::ScheduleRound => "schedule_round",
            ActionKind::AddReferences => "add_references",
        }
    }

    /// "Thank", "Check in with", … — the first words of an action's title.
    pub fn verb(self) -> &'static str {
        match self {
            ActionKind::ThankYou => "Thank",
            ActionKind::Card => "Send a card to",
            ActionKind::LinkedinConnect => "Connect with",
            ActionKind::LinkedinMessage => "Message",
            ActionKind::ReferenceHeadsUp => "Tell your reference",
            ActionKind::CheckIn => "Check in with",
            ActionKind::Reply => "Reply to",
            ActionKind::Expedite => "Ask for a faster answer from",
            ActionKind::Withdraw => "Withdraw from",
            ActionKind::GraciousReply => "Reply to",
            ActionKind::MoveOn => "Move on from",
            ActionKind::AskContacts => "Ask for emails:",
            ActionKind::AnswerOffer => "Answer the offer from",
            ActionKind::ScheduleRound => "Add the next round with",
            ActionKind::AddReferences => "Add your references for",
        }
    }

    /// Whether the action is a message to write; the others are things to do in the
    /// app (move on, answer an offer, add a round or references).
    pub fn is_message(self) -> bool {
        !matches!(
            self,
            ActionKind::MoveOn
                | ActionKind::AnswerOffer
                | ActionKind::ScheduleRound
                | ActionKind::AddReferences
        )
    }

    /// Parses the contract's name.
    pub fn parse(name: &str) -> Option<ActionKind> {
        ActionKind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

impl fmt::Display for ActionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The first word of a full name ("Jordan Lee" → "Jordan"); the whole name when it is one word.
pub fn first_name(full: &str) -> &str {
    full.split_whitespace().next().unwrap_or(full)
}

/// Why a document could not be read: where (a JSON path such as
/// `processes[0].interviews[1].end`, with line and column when the JSON itself is broken)
/// and what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StateError {
    /// JSON path of the offending value (`.` for the document; empty when this build
    /// does not track paths).
    pub path: String,
    /// Line and column in the text, when known.
    pub line_column: Option<(usize, usize)>,
    /// What is wrong and what was expected.
    pub message: String,
}

impl fmt::Display for StateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line_column {
            Some((line, column)) if self.path == "." => {
                write!(f, "line {line}, column {column}: {}", self.message)
            }
            Some((line, column)) => {
                write!(
                    f,
                    "{} (line {line}, column {column}): {}",
                    self.path, self.message
                )
            }
            None if self.path.is_empty() => f.write_str(&self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

impl std::error::Error for StateError {}

impl StateError {
    fn at(path: impl Into<String>, message: impl Into<String>) -> Self {
        StateError {
            path: path.into(),
            line_column: None,
            message: message.into(),
        }
    }
}

/// Decodes any serde-readable value from JSON text, reporting the JSON path and
/// line/column of the first problem.
#[cfg(feature = "error-paths")]
pub fn decode_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, StateError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let inner = e.inner();
        StateError {
            path: display_path(&e.path().to_string()),
            line_column: Some((inner.line(), inner.column())),
            message: strip_position(&inner.to_string()),
        }
    })?;
    de.end().map_err(|e| StateError {
        path: ".".into(),
        line_column: Some((e.line(), e.column())),
        message: strip_position(&e.to_string()),
    })?;
    Ok(value)
}

/// Decodes any serde-readable value from JSON text: broken JSON is reported with its
/// line and column, a value of the wrong shape without a path (see the `decode_value`
/// of this build).
#[cfg(not(feature = "error-paths"))]
pub fn decode_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, StateError> {
    let value: Value = serde_json::from_str(text).map_err(|e| StateError {
        path: ".".into(),
        line_column: Some((e.line(), e.column())),
        message: strip_position(&e.to_string()),
    })?;
    decode_value(value)
}

/// Decodes a serde value from an already-parsed JSON value, reporting the JSON path.
#[cfg(feature = "error-paths")]
pub fn decode_value<T: serde::de::DeserializeOwned>(value: Value) -> Result<T, StateError> {
    serde_path_to_error::deserialize(value)
        .map_err(|e| StateError::at(display_path(&e.path().to_string()), e.inner().to_string()))
}

/// Decodes a serde value from an already-parsed JSON value. This build (the engine's
/// wasm) does not track JSON paths, which would double the decoding code; the pages,
/// which show import errors to the user, do.
#[cfg(not(feature = "error-paths"))]
pub fn decode_value<T: serde::de::DeserializeOwned>(value: Value) -> Result<T, StateError> {
    serde_json::from_value(value).map_err(|e| StateError::at("", e.to_string()))
}

#[cfg(feature = "error-paths")]
fn display_path(path: &str) -> String {
    if path.is_empty() {
        ".".to_string()
    } else {
        path.to_string()
    }
}

fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

/// Reads a state document: JSON → migration to [`SCHEMA_VERSION`] → typed state →
/// validation. Every failure names the place and what was expected.
pub fn parse_state(text: &str) -> Result<State, StateError> {
    let raw: Value = decode_json(text)?;
    state_from_value(raw)
}

/// The same as [`parse_state`], from a parsed JSON value.
pub fn state_from_value(raw: Value) -> Result<State, StateError> {
    let migrated = migrate(raw)?;
    let state: State = decode_value(migrated)?;
    validate(&state)?;
    Ok(state)
}

/// Brings a document of any known schema version to the current one. Version 1 is the
/// first, so this only checks the version today; later versions add steps here, each a
/// pure function of the previous document.
pub fn migrate(mut raw: Value) -> Result<Value, StateError> {
    let Some(object) = raw.as_object_mut() else {
        return Err(StateError::at(
            ".",
            "expected a JSON object with \"schema\" and \"processes\"",
        ));
    };
    let version = match object.get("schema") {
        Some(Value::Number(n)) => n.as_u64().ok_or_else(|| {
            StateError::at(
                "schema",
                format!("expected a whole schema version, found {n}"),
            )
        })?,
        Some(other) => {
            return Err(StateError::at(
                "schema",
                format!("expected a number, found {other}"),
            ))
        }
        None => {
            return Err(StateError::at(
                "schema",
                "missing schema version (this build reads 1)",
            ))
        }
    };
    match version {
        SCHEMA_VERSION => Ok(raw),
        v if v > SCHEMA_VERSION => Err(StateError::at(
            "schema",
            format!("unknown schema version {v}: this build reads version {SCHEMA_VERSION}; update Afterview"),
        )),
        v => Err(StateError::at("schema", format!("unknown schema version {v}: the first version is 1"))),
    }
}

/// Whether a document's schema is newer than this build understands (the engine keeps
/// such a document untouched rather than rewriting it).
pub fn is_future_schema(raw: &Value) -> bool {
    raw.get("schema")
        .and_then(Value::as_u64)
        .is_some_and(|v| v > SCHEMA_VERSION)
}

/// How many words the user's own dictionary holds at most.
pub const MAX_DICTIONARY_WORDS: usize = 5_000;

/// The most characters a word of the user's own dictionary has.
pub const MAX_DICTIONARY_WORD_CHARS: usize = 64;

/// Why `word` cannot be a word of the user's own dictionary, or None when it can: one
/// word (no space), of 1 to [`MAX_DICTIONARY_WORD_CHARS`] characters, none of them a
/// control character.
pub fn dictionary_word_problem(word: &str) -> Option<String> {
    if let Some(c) = word.chars().find(|c| c.is_control() && !c.is_whitespace()) {
        return Some(format!(
            "a dictionary word holds no control character (U+{:04X})",
            u32::from(c)
        ));
    }
    let chars = word.chars().count();
    if chars == 0 || chars > MAX_DICTIONARY_WORD_CHARS || word.chars().any(char::is_whitespace) {
        return Some(format!(
            "expected one word of at most {MAX_DICTIONARY_WORD_CHARS} characters"
        ));
    }
    None
}

/// Whether `word` can be a word of the user's own dictionary (see
/// [`dictionary_word_problem`]).
pub fn is_dictionary_word(word: &str) -> bool {
    dictionary_word_problem(word).is_none()
}

/// Checks what serde cannot: unique ids, references between parts, time order, the
/// user's dictionary of single words.
pub fn validate(state: &State) -> Result<(), StateError> {
    let words = &state.profile.words;
    if words.len() > MAX_DICTIONARY_WORDS {
        return Err(StateError::at(
            "profile.words",
            format!("at most {MAX_DICTIONARY_WORDS} words"),
        ));
    }
    if let Some((at, problem)) = words
        .iter()
        .enumerate()
        .find_map(|(at, w)| dictionary_word_problem(w).map(|p| (at, p)))
    {
        return Err(StateError::at(format!("profile.words[{at}]"), problem));
    }
    let mut seen = std::collections::HashSet::new();
    for (p, process) in state.processes.iter().enumerate() {
        let here = format!("processes[{p}]");
        if process.id.trim().is_empty() {
            return Err(StateError::at(
                format!("{here}.id"),
                "expected a non-empty process id",
            ));
        }
        if !seen.insert(process.id.as_str()) {
            return Err(StateError::at(
                format!("{here}.id"),
                format!("duplicate process id {:?}", process.id),
            ));
        }
        validate_process(process, &here)?;
    }
    Ok(())
}

fn validate_process(process: &Process, here: &str) -> Result<(), StateError> {
    let mut ids = std::collections::HashSet::new();
    for (c, contact) in process.contacts.iter().enumerate() {
        if contact.id.trim().is_empty() {
            return Err(StateError::at(
                format!("{here}.contacts[{c}].id"),
                "expected a non-empty contact id",
            ));
        }
        if !ids.insert(contact.id.as_str()) {
            return Err(StateError::at(
                format!("{here}.contacts[{c}].id"),
                format!("duplicate contact id {:?}", contact.id),
            ));
        }
    }
    let known_contact = |id: &str| ids.contains(id);
    let known_recipient = |id: &str| {
        known_contact(id)
            || process
                .references
                .iter()
                .any(|r| r.key() == id || r.name == id)
    };
    for (i, interview) in process.interviews.iter().enumerate() {
        if interview.end < interview.start {
            return Err(StateError::at(
                format!("{here}.interviews[{i}].end"),
                format!(
                    "the interview ends ({}) before it starts ({})",
                    interview.end, interview.start
                ),
            ));
        }
        for (k, id) in interview.contacts.iter().enumerate() {
            if !known_contact(id) {
                return Err(unknown_contact(
                    format!("{here}.interviews[{i}].contacts[{k}]"),
                    id,
                ));
            }
        }
    }
    for (n, note) in process.notes.iter().enumerate() {
        if let Some(id) = note.contact.as_deref().filter(|id| !known_contact(id)) {
            return Err(unknown_contact(format!("{here}.notes[{n}].contact"), id));
        }
    }
    for (e, event) in process.events.iter().enumerate() {
        for (k, id) in event.to.iter().enumerate() {
            if !known_recipient(id) {
                return Err(unknown_contact(format!("{here}.events[{e}].to[{k}]"), id));
            }
        }
        if let Some(id) = event.from.as_deref().filter(|id| !known_contact(id)) {
            return Err(unknown_contact(format!("{here}.events[{e}].from"), id));
        }
        let days = [
            ("respond_by", event.respond_by.as_deref(), true),
            ("until", event.until.as_deref(), true),
            ("by", event.by.as_deref(), false),
        ];
        for (field, raw, instant_too) in days {
            let Some(raw) = raw else { continue };
            let instant = instant_too && DateTime::parse_from_rfc3339(raw).is_ok();
            if !instant && parse_ymd(raw).is_none() {
                let expected = if instant_too {
                    "an RFC 3339 time or a YYYY-MM-DD date"
                } else {
                    "a YYYY-MM-DD date"
                };
                return Err(StateError::at(
                    format!("{here}.events[{e}].{field}"),
                    format!("expected {expected}, found {raw:?}"),
                ));
            }
        }
        if event.kind == EventKind::Sent && event.purpose.is_none() {
            return Err(StateError::at(
                format!("{here}.events[{e}].purpose"),
                "a sent event needs a purpose (thank_you, check_in, …)",
            ));
        }
    }
    Ok(())
}

fn unknown_contact(path: String, id: &str) -> StateError {
    StateError::at(path, format!("no contact with id {id:?} in this process"))
}
