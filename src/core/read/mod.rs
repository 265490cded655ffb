//! Reading an employer's message on the device: who it is from (which process and
//! contact), what it says (a timeline, "later", another round, a rejection, an offer, a
//! delay, a request for references, an out-of-office, or nothing to record), the day it
//! names, the sentence that says so, and the events recording it would append. Reading
//! records nothing: the user confirms.
//!
//! Only the new text is read (see [`fresh`]), and never its boilerplate (legal,
//! equal-opportunity, eligibility and background-check notices, automated-mail footers:
//! [`layout::boilerplate`]). The kinds are told by phrase tables ([`cues`]) within one
//! sentence, negations ruled out, and the outcomes also by what a clause does ([`clause`]:
//! who acts, the act, its polarity and its object), so "we have picked someone else" is a
//! rejection without an "unfortunately". Lists, field lines and calendar lines are read as
//! laid out ([`layout`]). A wrong rejection or offer is the worst mistake this can make, so
//! a reading that rests on a clause rather than a clear phrase is marked
//! [`Confidence::Low`], and anything unsure is `other`.

mod clause;
mod cues;
mod fresh;
mod layout;
mod learned;
mod lower;
mod record;
mod referees;
mod scope;
#[cfg(test)]
mod training;
#[rustfmt::skip]
mod weights;

pub use fresh::new_text;
use lower::Lower;
pub use record::{
    offered, record_reading, record_reading_as, recorded_summary, summary, track_application,
    Offer, Summary,
};

use crate::core::calendar::{local_date, Zone};
use crate::core::dates::{month_name, ymd};
use crate::core::matching::{email_of, is_contact, process_by_domain};
use crate::core::model::{Event, EventKind, ReplySays, State};
use crate::core::when::{dates_named, read_deadline};
use chrono::{DateTime, Datelike, Days, FixedOffset, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// One message as the user opened it in their mailbox.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IncomingMessage {
    /// The sender: `Name <email>` or a bare address.
    pub from: String,
    /// The subject line.
    #[serde(default)]
    pub subject: String,
    /// The text, quoted history and all.
    #[serde(default)]
    pub body: String,
    /// When it was sent (absent: read as sent now).
    #[serde(default, with = "crate::core::model::optional_instant")]
    pub date: Option<DateTime<FixedOffset>>,
}

/// What a message says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Says {
    /// They name when they will decide or get back (`date`).
    Timeline,
    /// They will get back, with no day named.
    Later,
    /// An invitation to another interview (`date`: its day when exactly one is named).
    NextRound,
    /// A rejection, or the process closed.
    Rejection,
    /// An offer (`date`: the day to answer by, when named).
    Offer,
    /// A freeze, a reorganisation, a paused search.
    Delay,
    /// They ask for references.
    References,
    /// An automatic out-of-office answer (`date`: the day they are back).
    OutOfOffice,
    /// Nothing to record.
    Other,
}

impl Says {
    /// The contract's name.
    pub fn as_str(self) -> &'static str {
        match self {
            Says::Timeline => "timeline",
            Says::Later => "later",
            Says::NextRound => "next_round",
            Says::Rejection => "rejection",
            Says::Offer => "offer",
            Says::Delay => "delay",
            Says::References => "references",
            Says::OutOfOffice => "out_of_office",
            Says::Other => "other",
        }
    }

    /// Every kind, in the contract's order.
    pub const ALL: [Says; 9] = [
        Says::Timeline,
        Says::Later,
        Says::NextRound,
        Says::Rejection,
        Says::Offer,
        Says::Delay,
        Says::References,
        Says::OutOfOffice,
        Says::Other,
    ];
}

/// Whom a message is from: a process and, when the sender is one of its contacts, that
/// contact (`None` for a new person at the company's domain).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sender {
    /// The process id.
    pub process: String,
    /// The contact id, when the sender is a known contact.
    pub contact: Option<String>,
}

/// How sure a reading is. A page may record a `High` reading on one click and ask first
/// about a `Low` one ("This looks like a rejection — record it?").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// A clear phrase of its kind says it, and no other outcome is in the message (also
    /// every `other`: nothing is proposed).
    #[default]
    High,
    /// Only what a clause does says it ("we've picked someone else"), or the message also
    /// holds words of the opposite outcome.
    Low,
}

/// What reading a message found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reading {
    /// The process and contact the sender belongs to, or null.
    pub context: Option<Sender>,
    /// What it says.
    pub says: Says,
    /// The day it names (`YYYY-MM-DD`), when there is one.
    pub date: Option<NaiveDate>,
    /// The sentence it was read from ("" for `other`).
    pub quote: String,
    /// How sure the reading is.
    #[serde(default)]
    pub confidence: Confidence,
    /// The events recording it would append (none for `other`).
    pub events: Vec<Event>,
}

/// Reads `message` against `state`, with days counted in `zone` from the message's date
/// (or `now` when it has none).
pub fn read(
    state: &State,
    message: &IncomingMessage,
    now: DateTime<FixedOffset>,
    zone: &dyn Zone,
) -> Reading {
    let sent = message.date.unwrap_or(now);
    let context = sender(state, &message.from);
    let today = local_date(zone, sent);
    let text = layout::spelled_dates(&fresh::new_text(&message.body));
    let mut understood = understand(&message.subject, &text, today);
    // A short note whose news is in its subject ("PM role - we've gone with another
    // candidate" over "Sorry, Taylor."; "yes, we're offering you the job" over "Take till
    // Friday to decide."): the subject is read as its first sentence, when the note says
    // nothing alone or the subject holds an outcome or an invitation.
    if let Some(said) = layout::subject_said(&message.subject, &text) {
        let with_subject = understand(&message.subject, &format!("{said}\n\n{text}"), today);
        let news = matches!(
            with_subject.says,
            Says::Rejection | Says::Offer | Says::NextRound
        );
        if understood.says == Says::Other || news {
            understood = with_subject;
        }
    }
    let process = context
        .as_ref()
        .and_then(|c| state.processes.iter().find(|p| p.id == c.process));
    // "Would you mind if I gave Dev Patel a ring?": one of the user's referees reached.
    if understood.says == Says::Other {
        if let Some(sentence) = process.and_then(|p| referees::referee_reached(&text, p)) {
            understood = Understood::new(Says::References, None, &sentence, Confidence::Low);
        }
    }
    // Mail greeting someone else by name, or limited to an application other than the
    // one tracked, is no news of the user's application.
    let role = process.map_or("", |p| p.role.as_str());
    if scope::greets_someone_else(&text, &state.profile.name)
        || scope::another_application(&message.subject, &text, role)
    {
        understood = Understood::new(Says::Other, None, "", Confidence::High);
    }
    let Understood {
        says,
        date,
        quote,
        confidence,
    } = understood;
    let events = match &context {
        Some(sender) => events_of(says, date, sent, sender.contact.as_deref()),
        None => Vec::new(),
    };
    Reading {
        context,
        says,
        date,
        quote,
        confidence,
        events,
    }
}

/// The process and contact of the sender: a contact by email, else a process whose
/// contacts write from the same company domain.
fn sender(state: &State, from: &str) -> Option<Sender> {
    email_of(from)?;
    let known = state.processes.iter().find_map(|p| {
        p.contacts
            .iter()
            .find(|c| is_contact(from, c))
            .map(|c| Sender {
                process: p.id.clone(),
                contact: Some(c.id.clone()),
            })
    });
    known.or_else(|| {
        process_by_domain(state, from).map(|p| Sender {
            process: p.id.clone(),
            contact: None,
        })
    })
}

/// The events recording a reading appends (docs/contract.md, the state).
fn events_of(
    says: Says,
    date: Option<NaiveDate>,
    at: DateTime<FixedOffset>,
    from: Option<&str>,
) -> Vec<Event> {
    let day = date.map(ymd);
    let reply = |said: ReplySays| {
        let mut event = Event::new(at, EventKind::Reply);
        event.from = from.map(str::to_string);
        event.says = Some(said);
        event
    };
    let event = match says {
        Says::Other => return Vec::new(),
        Says::Timeline | Says::Later => {
            let mut event = reply(ReplySays::Later);
            event.by = day;
            event
        }
        Says::NextRound => reply(ReplySays::NextRound),
        Says::Rejection => reply(ReplySays::Rejection),
        Says::Offer => {
            let mut event = reply(ReplySays::Offer);
            event.respond_by = day;
            event
        }
        Says::Delay => Event::new(at, EventKind::Delay),
        Says::References => Event::new(at, EventKind::ReferencesRequested),
        Says::OutOfOffice => {
            let mut event = Event::new(at, EventKind::Away);
            event.from = from.map(str::to_string);
            event.until = day;
            event
        }
    };
    vec![event]
}

/// Where `cue` stands in `lower` (a sentence in lower case) as a phrase of whole words,
/// not after a negation in the same sentence, and not opening a clause of time ("before
/// we make you an offer").
fn affirmed(lower: &str, cue: &str) -> Option<usize> {
    said(lower, cue, true)
}

/// Where `cue` stands in `lower` as a phrase of whole words, not after a negation; in a
/// clause of time too unless `untimed` ("after I return on Monday" still names a return).
fn said(lower: &str, cue: &str, untimed: bool) -> Option<usize> {
    // A cue ending in a word of one or two letters ("it's a no") ends where that word
    // ends: a short word begins many longer ones ("a non-starter", "a note").
    let short_end = cue
        .rsplit(' ')
        .next()
        .is_some_and(|w| (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_alphabetic()));
    let mut from = 0;
    while let Some(found) = lower[from..].find(cue) {
        let at = from + found;
        let end = at + cue.len();
        // A cue opening on a mark ("-stage interview") ends a word where it starts.
        let starts_word = at == 0
            || !cue.as_bytes()[0].is_ascii_alphanumeric()
            || !lower.as_bytes()[at - 1].is_ascii_alphanumeric();
        let ends_word = lower
            .as_bytes()
            .get(end)
            .is_none_or(|&b| !b.is_ascii_alphanumeric() && b != b'-');
        if starts_word
            && (ends_word || !short_end)
            && !negated(&lower[..at])
            && !in_question_of(&lower[..at])
            && !(untimed && (in_time_clause(&lower[..at]) || fronted_time_clause(lower, at)))
        {
            return Some(at);
        }
        from = end;
    }
    None
}

/// Whether what follows `before` opens a clause of time ("before we decide how to handle
/// the shortlist", "before I sign off for Christmas", "before we make you an offer"): it
/// says nothing of its own, it only places the main clause in time.
fn in_time_clause(before: &str) -> bool {
    let last: Vec<&str> = before.split_whitespace().rev().take(2).collect();
    let opens = |w: &&str| cues::TIME_OPENERS.contains(w);
    last.first().is_some_and(opens)
        || (last.first().is_some_and(|w| cues::PRONOUNS.contains(w))
            && last.get(1).is_some_and(opens))
}

/// Whether what stands at `at` in `lower` is in a clause of time put before the main
/// clause and closed by a comma ("before we are able to make a formal offer, we need
/// references"): its part of the sentence opens on "before", "after" or "until" and a
/// subject ("before we …"; not "after the final round we …").
fn fronted_time_clause(lower: &str, at: usize) -> bool {
    let start = lower[..at].rfind([',', ';', ':']).map_or(0, |i| i + 1);
    let mut words = lower[start..at]
        .split_whitespace()
        .skip_while(|w| ["and", "but", "so"].contains(w));
    let opens = words
        .next()
        .is_some_and(|w| cues::TIME_OPENERS.contains(&w));
    let subject = words.next().is_some_and(|w| cues::PRONOUNS.contains(&w));
    // "Before they decide they want references": a second subject opens the main clause.
    let one_subject = !words.any(|w| cues::PRONOUNS.contains(&w));
    opens && subject && one_subject && lower[at..].contains(',')
}

/// Whether the last few words of `before`, within its last clause, negate what
/// follows: a negation word, a contraction in "n't", or "yet to".
/// Whether the clause ending at `before` is an indirect question ("whether it's a yes or a
/// no, you'll hear by Thursday"): what it holds is asked, not said.
fn in_question_of(before: &str) -> bool {
    clause::has_word(clause_ending(before), "whether")
}

/// The clause that `before` ends in: its text since the last comma, semicolon, colon,
/// bracket or dash.
fn clause_ending(before: &str) -> &str {
    before
        .rfind([',', ';', ':', '(', ')'])
        .max(before.rfind(" - "))
        .map_or(before, |at| &before[at + 1..])
}

fn negated(before: &str) -> bool {
    let clause = clause_ending(before);
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .collect();
    let recent = &words[words.len().saturating_sub(cues::NEGATION_REACH)..];
    recent
        .iter()
        .any(|w| cues::NEGATIONS.contains(w) || w.ends_with("n't") || w.ends_with("n’t"))
        || recent.windows(2).any(|pair| pair == ["yet", "to"])
}

/// The first sentence holding an affirmed cue from `list`, with the cue's position.
fn first_with<'s>(sentences: &'s [(String, Lower)], list: &[&str]) -> Option<(&'s str, usize)> {
    sentences.iter().find_map(|(sentence, lower)| {
        list.iter()
            .filter(|cue| lower.may_hold(cue))
            .filter_map(|cue| affirmed(lower, cue).map(|at| at + cue.len()))
            .min()
            .map(|end| (sentence.as_str(), end))
    })
}

/// The sentence holding `line` of the text (a field or a list line), as clause-inferred;
/// the line's runs of spaces ("New Status:       140 - Reject") are one in its sentence.
fn line_of<'s>(sentences: &'s [(String, Lower)], line: &str) -> Found<'s> {
    let line: Vec<&str> = line.split_whitespace().collect();
    let line = line.join(" ");
    sentences
        .iter()
        .find(|(s, _)| {
            s.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .contains(&line)
        })
        .map(|(s, _)| (s.as_str(), Confidence::Low))
}

/// What a message was read to say.
struct Understood {
    says: Says,
    date: Option<NaiveDate>,
    quote: String,
    confidence: Confidence,
}

impl Understood {
    fn new(says: Says, date: Option<NaiveDate>, quote: &str, confidence: Confidence) -> Self {
        Understood {
            says,
            date,
            quote: quote.to_string(),
            confidence,
        }
    }
}

/// A sentence found for a kind, and whether a clear phrase (rather than what a clause
/// does) found it.
type Found<'s> = Option<(&'s str, Confidence)>;

/// The first sentence holding an affirmed cue from `list`, as clearly said.
fn phrased<'s>(sentences: &'s [(String, Lower)], list: &[&str]) -> Found<'s> {
    first_with(sentences, list).map(|(s, _)| (s, Confidence::High))
}

/// The first sentence whose lower case satisfies `does`, as inferred from a clause.
fn inferred<'s>(sentences: &'s [(String, Lower)], does: impl Fn(&Lower) -> bool) -> Found<'s> {
    sentences
        .iter()
        .find(|(_, lower)| does(lower))
        .map(|(s, _)| (s.as_str(), Confidence::Low))
}

/// `sentences` with an "it" that stands for the user's application, named in the sentence
/// before ("Your application has been reviewed. It will not be progressed."), read as
/// "your application"; each keeps its own text.
fn application_named(sentences: &[(String, Lower)]) -> Vec<(String, Lower)> {
    let mut named = false;
    sentences
        .iter()
        .map(|(sentence, lower)| {
            let refers = named && clause::has_word(lower, "it");
            named = cues::YOUR_CANDIDACY.iter().any(|c| lower.contains(c));
            let lower = if refers {
                let words: Vec<&str> = lower
                    .split(' ')
                    .map(|w| if w == "it" { "your application" } else { w })
                    .collect();
                Lower::new(&words.join(" "))
            } else {
                lower.clone()
            };
            (sentence.clone(), lower)
        })
        .collect()
}

/// What the new `text` (and subject) say, the day named, the sentence and how sure.
/// The sentences of `text`, each with its lower case; a letter's heading repeating its
/// subject ("Re: Product Manager - final stage") is no sentence of its own.
fn sentences_in(text: &str) -> Vec<(String, Lower)> {
    layout::sentences_of(text)
        .into_iter()
        .filter(|s| !s.starts_with("Re: ") || s.ends_with(['.', '!', '?']))
        .map(|s| {
            let lower = Lower::new(&s);
            (s, lower)
        })
        .collect()
}

/// The sentences that can decide a kind: boilerplate left out, or only its head kept
/// ([`layout::before_boilerplate`]), and nor what an earlier mail is reported to have
/// said ("you may have received an email saying your application had been
/// unsuccessful") nor what a mail of some kind is quoted as saying.
fn deciding(all: Vec<(String, Lower)>) -> Vec<(String, Lower)> {
    all.into_iter()
        .filter_map(|(sentence, lower)| {
            if !layout::boilerplate(&lower) {
                return Some((sentence, lower));
            }
            layout::before_boilerplate(&lower).map(|head| (sentence, head))
        })
        .map(
            |(sentence, lower)| match clause::without_reported_mail(&lower) {
                Some(kept) => (sentence, Lower::new(&kept)),
                None => (sentence, lower),
            },
        )
        .map(
            |(sentence, lower)| match clause::without_mail_quoted(&lower) {
                Some(kept) => (sentence, Lower::new(&kept)),
                None => (sentence, lower),
            },
        )
        .collect()
}

fn understand(subject: &str, text: &str, today: NaiveDate) -> Understood {
    let all = sentences_in(text);
    let subject_lower = subject.trim().to_lowercase();
    let opens = |list: &[&str]| list.iter().any(|s| subject_lower.starts_with(s));
    let any = |list: &[&str]| all.iter().any(|(_, lower)| lower.holds_any(list));
    // Mail about an interview already arranged, or sent by a system, promises nothing.
    let calendar = opens(cues::CALENDAR_SUBJECTS) && subject_lower.contains(" @ ");
    // Details of a meeting ("directions", "the video link") mark one already arranged,
    // unless they are promised for one being proposed ("I'll send directions").
    let details = all
        .iter()
        .any(|(_, lower)| lower.holds_any(cues::MEETING_DETAILS) && !lower.holds_any(cues::FUTURE));
    // A booking still to come ("once you've booked, an invite follows") arranges nothing.
    let booked = all.iter().any(|(_, lower)| {
        cues::LOGISTICS
            .iter()
            .filter(|cue| lower.may_hold(cue))
            .any(|cue| {
                lower.match_indices(cue).any(|(at, _)| {
                    !lower[..at]
                        .split_whitespace()
                        .rev()
                        .take(2)
                        .any(|w| cues::NOT_YET.contains(&w))
                })
            })
    });
    let arranged = opens(cues::LOGISTICS_SUBJECTS) || booked || details;
    let logistics = calendar || arranged;
    // Marketing mail invites to nothing; a note on an offer already made (now
    // unconditional, checks complete) leaves no decision to wait for.
    let marketing = any(cues::MARKETING);
    // A legal notice over a background report waits as the law says; it promises
    // nothing.
    let automated = marketing || any(cues::AUTOMATED) || any(cues::LEGAL_NOTICES);
    let sentences = deciding(all);
    // An automatic answer's subject, in any of its languages ("Nieobecność / Out of
    // office"), or a system's prefix before the subject answered ("Auto: Re: …") with a
    // day of return in the text.
    let automatic = subject_lower.split(['/', '|']).any(|part| {
        cues::OUT_OF_OFFICE_SUBJECTS
            .iter()
            .any(|s| part.trim().starts_with(s))
    }) || ((answered_by_system(&subject_lower)
        || subject_lower.starts_with("auto:"))
        && sentences
            .iter()
            .any(|(_, lower)| back_on(lower, today).is_some()));
    // A note that says its writer is out but carries the hiring decision ("out of the
    // office today, but we'll decide on Friday") is a person writing.
    let personal = sentences
        .iter()
        .any(|(_, lower)| lower.holds_any(cues::HIRING_NEWS));
    if let Some(sentence) = away_now(&sentences)
        .filter(|_| !personal)
        .or_else(|| automatic.then(|| sentences.first().map(|(s, _)| s.as_str()))?)
    {
        let back = sentences
            .iter()
            .find_map(|(_, lower)| back_on(lower, today));
        return Understood::new(Says::OutOfOffice, back, sentence, Confidence::High);
    }
    // A promise made on a condition ("if your profile is a match, a recruiter will reach
    // out") is no promise.
    // Nor is news already posted ("there has been an update to your application"), nor
    // what was told or promised before ("I promised you an update last week").
    let promised: Vec<(String, Lower)> = sentences
        .iter()
        .filter(|(_, lower)| !lower.starts_with("if ") && !lower.holds_any(cues::NEWS_POSTED))
        // "IT will be in touch about your laptop": a matter of joining, not of the process.
        .filter(|(_, lower)| !lower.holds_any(cues::JOINING_MATTERS))
        .filter(|(_, lower)| !clause::told_before(lower))
        .cloned()
        .collect();
    // A round already done ("thank you for attending the final round"), one news is
    // promised about, or one only possible ("the manager may contact you to schedule an
    // interview") is no invitation.
    let invited: Vec<(String, Lower)> = promised
        .iter()
        .filter(|(_, lower)| !lower.holds_any(cues::ROUND_DONE))
        .filter(|(_, lower)| !lower.holds_any(cues::ROUND_TOLD))
        // "The result of your final interview will be released on Wednesday": news of a
        // round, unless a meeting is also proposed ("having considered the outcome of the
        // first stage, we'd like to invite you to a final interview").
        .filter(|(_, lower)| !lower.holds_any(cues::ROUND_NEWS) || proposes(lower))
        // "We'll let every applicant know whether they've been shortlisted": news to come.
        .filter(|(_, lower)| {
            !(clause::has_word(lower, "whether") && about_decision(lower, lower).is_some())
        })
        .filter(|(_, lower)| !lower.holds_any(cues::HEDGED))
        // "We're still in the middle of final conversations": a meeting between others,
        // not proposed.
        .filter(|(_, lower)| !lower.holds_any(cues::MEETING_UNDER_WAY) || proposes(lower))
        // "Once you start, you'll meet the team": the first days after joining.
        .filter(|(_, lower)| !lower.holds_any(cues::NO_ROUND_EVENTS))
        // Marketing mail invites only if it speaks to the user ("- Meet the team: a day
        // in the life of a PM" is a headline).
        .filter(|(_, lower)| {
            !marketing || clause::has_word(lower, "you") || clause::has_word(lower, "your")
        })
        .cloned()
        .collect();
    // A request for references is made to the user or by the employer ("your referees",
    // "we need two references", "could you send"), not a banner's "what our customers'
    // references say" nor a note on how the process goes ("references are taken later").
    // A sentence saying who wants them ("the client wants to take up references") counts
    // when the next one asks the user for people ("can you send me two names?"), and a
    // list line
    // when its lead-in asks ("we'd like to speak to three people:").
    let asks = |lower: &Lower| {
        cues::ASKING_PARTIES
            .iter()
            .any(|w| clause::has_word(lower, w))
            || lower.holds_any(cues::REQUEST)
    };
    // Each list line read with the lead-in that asks ("we'd like to speak to three
    // people:" over "- a former line manager;").
    let mut lead: Option<&Lower> = None;
    let under_asking_lead: Vec<Option<Lower>> = sentences
        .iter()
        .map(|(sentence, lower)| {
            if layout::is_list_line(sentence) {
                return lead.map(|l| Lower::new(&format!("{} {}", &**l, &**lower)));
            }
            let asking = asks(lower) || lower.holds_any(cues::PROPOSING);
            lead = (sentence.trim_end().ends_with(':') && asking).then_some(lower);
            None
        })
        .collect();
    // "Sam has given your name as a referee": the user asked for a reference of their
    // own to give, not for theirs.
    let user_as_referee = sentences
        .iter()
        .any(|(_, lower)| lower.holds_any(cues::USER_AS_REFEREE));
    let requested: Vec<(String, Lower)> = sentences
        .iter()
        .enumerate()
        .filter(|(_, (_, lower))| !lower.holds_any(cues::REFERENCE_STATUS))
        .filter(|_| !user_as_referee)
        .map(|(at, (sentence, lower))| match &under_asking_lead[at] {
            Some(with_lead) => (at, (sentence.clone(), with_lead.clone())),
            None => (at, (sentence.clone(), lower.clone())),
        })
        .filter(|(at, (_, lower))| {
            asks(lower)
                || sentences.get(at + 1).is_some_and(|(_, next)| {
                    next.holds_any(cues::REQUEST) && next.holds_any(cues::PEOPLE_ASKED)
                })
        })
        .map(|(_, sentence)| sentence)
        .collect();
    // A no told before ("a few weeks ago we let you know we weren't progressing it") is
    // not this message's news.
    let news: Vec<(String, Lower)> = sentences
        .iter()
        .filter(|(_, lower)| !clause::told_before(lower))
        .cloned()
        .collect();
    // "I tried to call you but was unsuccessful": the writer's attempt failed, not the
    // application.
    // "The landlord has decided to proceed with another applicant": a flat's news, in a
    // sentence of its own or in a message that names no job at all.
    let no_job = all_about_another_matter(&sentences);
    let news: Vec<(String, Lower)> = news
        .into_iter()
        .filter(|(_, lower)| !clause::own_attempt_failed(lower))
        .filter(|(_, lower)| !clause::has_any_word(lower, cues::NOT_A_JOB))
        .filter(|_| !no_job)
        .collect();
    // "You've decided to decline our offer; I've withdrawn it in our system": the user's
    // own no, acknowledged, is neither an outcome nor an offer.
    let user_declined = sentences
        .iter()
        .any(|(_, lower)| lower.holds_any(cues::USER_DECLINED));
    let named = application_named(&news);
    // "We regret to inform you that hiring for the role is suspended": a regret over a
    // search halted for a while, with no candidacy ended, is a delay.
    let refusing: Vec<(String, Lower)> = news
        .iter()
        .filter(|(_, lower)| !clause::pauses(lower) || clause::rejects(lower))
        .cloned()
        .collect();
    let rejection = phrased(&refusing, cues::REJECTION)
        .or_else(|| inferred(&named, clause::rejects))
        .or_else(|| {
            // The sentence holding the field that says no.
            line_of(&sentences, layout::status_says_no(text)?)
        })
        .filter(|_| !user_declined);
    // A report on an offer already made ("your offer is now unconditional") makes no new
    // offer, unless it asks for an answer by a day.
    let settled = sentences.iter().any(|(_, lower)| offer_settled(lower));
    let unsettled = settled && answer_by(&sentences, today).is_none();
    // An offer on a condition of the employer's ("if it's a yes: references, then a
    // written offer") is a step to come, not made; on the user's ("if you're still keen,
    // we'd love to offer you the role") it is made.
    // "Further to our offer of appointment, kindly send two referees": an offer already
    // made, named as the matter of a request, is not made again.
    let offering: Vec<(String, Lower)> = sentences
        .iter()
        .filter(|(_, lower)| !(unsettled && offer_settled(lower)))
        .filter(|(_, lower)| !on_their_condition(lower))
        .map(
            |(sentence, lower)| match clause::without_offer_referred_to(lower) {
                Some(rest) => (sentence.clone(), Lower::new(&rest)),
                None => (sentence.clone(), lower.clone()),
            },
        )
        .collect();
    let offering = offering.as_slice();
    // An employer asking to be paid ("purchase your home-office equipment from our
    // vendor") makes no offer.
    let pay_to_join = sentences
        .iter()
        .any(|(_, lower)| lower.holds_any(cues::PAY_TO_JOIN));
    let offer = offer(offering)
        .map(|(s, _)| (s, Confidence::High))
        .or_else(|| inferred(offering, clause::offers))
        .or_else(|| {
            // "We'd love to have you join the product team", "we're going to bring you on
            // as the analyst", in a message that names pay or a contract: the job offered
            // in other words.
            // So is the user asked for their answer by a day ("I'll need a yes or no
            // from you by the 16th").
            let terms = offering
                .iter()
                .any(|(_, lower)| lower.holds_any(cues::OFFER_MATTER))
                || answer_by(offering, today).is_some();
            inferred(offering, clause::takes_on).filter(|_| terms)
        })
        .or_else(|| {
            let kept: Vec<&str> = offering.iter().map(|(s, _)| s.as_str()).collect();
            if !layout::offer_terms(&kept.join("\n")) {
                return None;
            }
            let pay = offering
                .iter()
                .find(|(_, lower)| layout::holds_term(lower, cues::PAY));
            pay.map(|(s, _)| (s.as_str(), Confidence::Low))
        })
        .or_else(|| {
            // An offer letter sent as a line of a list of attachments.
            line_of(
                offering,
                layout::offer_attached(text).filter(|_| !unsettled)?,
            )
        })
        .or_else(|| asked_to_decide(offering, &subject_lower))
        .or_else(|| {
            // The sentence holding the field whose status is an offer.
            line_of(
                offering,
                layout::status_says_offer(text).filter(|_| !unsettled)?,
            )
        })
        .filter(|_| !pay_to_join && !user_declined);
    // A calendar's invitation is a new round only in a note of its own to the user ("the
    // team would like to meet you for a second interview"), not in its event's title or
    // lines.
    let noted: Vec<(String, Lower)> = invited
        .iter()
        .filter(|(_, lower)| clause::has_word(lower, "you"))
        .cloned()
        .collect();
    let both = rejection.is_some() && offer.is_some();
    // Both in one message: the news is what it comes to last ("we went with another
    // candidate; they have since withdrawn, so we'd like to offer you the role"). Still
    // unsure: the user is asked.
    let place = |found: Option<(&str, Confidence)>| {
        found.and_then(|(said, _)| sentences.iter().position(|(s, _)| s == said))
    };
    let offer_last = both && place(offer) > place(rejection);
    let by_rules = 'rules: {
        for says in cues::ORDER {
            let found = match says {
                Says::Rejection if offer_last => None,
                Says::Rejection => rejection,
                Says::Offer => offer,
                Says::Delay => phrased(&sentences, cues::DELAY)
                    .or_else(|| inferred(&sentences, clause::pauses)),
                Says::References => phrased(&requested, cues::REFERENCES)
                    .or_else(|| inferred(&requested, clause::asks_for_referees)),
                Says::NextRound if !logistics && !settled => phrased(&invited, cues::NEXT_ROUND)
                    .or_else(|| inferred(&invited, clause::proposes_round))
                    .or_else(|| {
                        // "Would Tuesday 8 December at 14:00 work?" in a message that names
                        // the meeting, not one for something else ("a call to talk through
                        // the feedback").
                        let meeting = invited.iter().any(|(_, lower)| {
                            (clause::has_any_word(lower, cues::MEETINGS)
                                || clause::time_with_someone(lower))
                                && !lower.holds_any(cues::NOT_A_MEETING_DAY)
                        });
                        // The question may open on the user's condition ("If so, would …").
                        inferred(&sentences, |lower| day_asked(lower, today))
                            .filter(|_| meeting)
                            .or_else(|| {
                                // "Reply with a couple of times that work", "pick a slot with
                                // Marcus": a time asked for the meeting named, or with someone.
                                inferred(&invited, |lower| {
                                    clause::times_asked(lower)
                                        && (meeting || clause::has_word(lower, "with"))
                                })
                            })
                            .or_else(|| {
                                // "Monday 14 December at 14:00, 45 minutes, on video. I'll
                                // send the link once you confirm.": the day put to the user,
                                // named at or before the ask.
                                let asked = invited
                                    .iter()
                                    .position(|(_, lower)| clause::time_put_to_user(lower))?;
                                let (dated, _) = invited[..=asked]
                                    .iter()
                                    .rev()
                                    .find(|(_, lower)| !dates_named(lower, today).is_empty())?;
                                let moved = invited
                                    .iter()
                                    .any(|(_, lower)| clause::meeting_moved(lower));
                                Some((dated.as_str(), Confidence::Low))
                                    .filter(|_| meeting && !moved)
                            })
                    }),
                Says::NextRound if calendar && !arranged && !settled => {
                    phrased(&noted, cues::NEXT_ROUND)
                        .or_else(|| inferred(&noted, clause::proposes_round))
                }
                Says::Timeline if !logistics && !automated && !settled => {
                    if let Some((date, quote)) = timeline(&promised, today) {
                        break 'rules Some(Understood::new(
                            Says::Timeline,
                            Some(date),
                            &quote,
                            Confidence::High,
                        ));
                    }
                    None
                }
                Says::Later if !logistics && !automated && !settled => {
                    phrased(&promised, cues::GET_BACK)
                        .or_else(|| inferred(&promised, clause::promises_contact))
                }
                _ => None,
            };
            let Some((sentence, mut confidence)) = found else {
                continue;
            };
            if both {
                confidence = Confidence::Low;
            }
            let date = match says {
                Says::Offer => answer_by(&sentences, today),
                Says::NextRound => invitation_day(text, &sentences, sentence, today),
                _ => None,
            };
            break 'rules Some(Understood::new(says, date, sentence, confidence));
        }
        None
    };
    // The sentences that could say each kind where the rules would allow that kind at
    // all; the learned reader may choose only among them.
    let news = &news;
    let candidates = |kind: Says| -> &[(String, Lower)] {
        match kind {
            Says::Rejection if !user_declined => news,
            Says::Offer if !pay_to_join && !user_declined && !unsettled => offering,
            Says::NextRound if !logistics && !settled => &invited,
            Says::Timeline | Says::Later if !logistics && !automated && !settled => &promised,
            Says::References if !automated && !user_as_referee => &requested,
            Says::Delay if !automated => &sentences,
            Says::OutOfOffice if !personal => &sentences,
            _ => &[],
        }
    };
    // The model judges a whole message by its words together; a note of a sentence or
    // two gives it too few to judge by.
    let model = if sentences.len() >= LEARNED_SENTENCES {
        learned::likeliest(&learned::features(subject, &sentences))
    } else {
        (by_rules.as_ref().map_or(Says::Other, |r| r.says), 1.0)
    };
    weighed(by_rules, model, candidates, |kind, quote| match kind {
        Says::Timeline => promised
            .iter()
            .find_map(|(_, lower)| decision_day(lower, today))
            .map_or((Says::Later, None), |day| (Says::Timeline, Some(day))),
        Says::NextRound => (kind, invitation_day(text, &sentences, quote, today)),
        Says::Offer => (kind, answer_by(&sentences, today)),
        Says::OutOfOffice => (
            kind,
            sentences
                .iter()
                .find_map(|(_, lower)| back_on(lower, today)),
        ),
        _ => (kind, None),
    })
}

/// The fewest sentences a message needs for the learned reader to weigh in.
const LEARNED_SENTENCES: usize = 3;

/// The share of the learned reader's belief ([`learned::likeliest`]) its kind needs over
/// the rules: more than half.
const LEARNED_SHARE: f32 = 0.5;

/// The share a rejection or an offer the rules did not find needs (a wrong one is the
/// worst mistake reading can make), and "nothing to record" over the rules' kind.
const LEARNED_OUTCOME_SHARE: f32 = 0.7;

/// The rules' reading (`by_rules`) weighed against the learned reader's likeliest kind
/// and its share of belief (`model`). A rejection or an offer the rules found stands.
/// Otherwise the model's kind is taken when it holds more than [`LEARNED_SHARE`] of its
/// belief ([`LEARNED_OUTCOME_SHARE`] for a rejection or an offer, and only over a message
/// the rules found nothing in) and one of the sentences `candidates` gives for that kind
/// says it; `dated` names the kind and day its sentence comes to (a timeline with no
/// day found is a "later"). A kind taken from the model is always to be confirmed
/// ([`Confidence::Low`]); the model saying "nothing" over the rules' kind, with
/// [`LEARNED_OUTCOME_SHARE`], leaves nothing.
fn weighed<'s>(
    by_rules: Option<Understood>,
    (kind, share): (Says, f32),
    candidates: impl Fn(Says) -> &'s [(String, Lower)],
    dated: impl Fn(Says, &str) -> (Says, Option<NaiveDate>),
) -> Understood {
    let nothing = || Understood::new(Says::Other, None, "", Confidence::High);
    let outcome = |says: Says| matches!(says, Says::Rejection | Says::Offer);
    let rules_kind = by_rules.as_ref().map_or(Says::Other, |r| r.says);
    let needed = if outcome(kind) || kind == Says::Other {
        LEARNED_OUTCOME_SHARE
    } else {
        LEARNED_SHARE
    };
    if outcome(rules_kind)
        || kind == rules_kind
        || share <= needed
        || (outcome(kind) && rules_kind != Says::Other)
    {
        return by_rules.unwrap_or_else(nothing);
    }
    if kind == Says::Other {
        return nothing();
    }
    let Some(quote) = learned::telling_sentence(candidates(kind), kind) else {
        return by_rules.unwrap_or_else(nothing);
    };
    let (says, date) = dated(kind, quote);
    Understood::new(says, date, quote, Confidence::Low)
}

/// The interview day of the invitation `quote` (one of `sentences` of `text`).
fn invitation_day(
    text: &str,
    sentences: &[(String, Lower)],
    quote: &str,
    today: NaiveDate,
) -> Option<NaiveDate> {
    match layout::block_day(text, today) {
        layout::BlockDay::One(day) => Some(day),
        layout::BlockDay::Several => None,
        layout::BlockDay::Unnamed => round_day(sentences, quote, today),
    }
}

/// Whether `sentences` speak of a matter that is not a job ([`cues::NOT_A_JOB`]: a flat,
/// a loan) and of no job anywhere.
fn all_about_another_matter(sentences: &[(String, Lower)]) -> bool {
    sentences
        .iter()
        .any(|(_, lower)| clause::has_any_word(lower, cues::NOT_A_JOB))
        && !sentences
            .iter()
            .any(|(_, lower)| clause::has_any_word(lower, cues::JOB_WORDS))
}

/// Whether the words just before a decision make it any decision ("every hiring decision
/// is made by consent of the circle"), not the user's.
fn in_general(before: &str) -> bool {
    before
        .split_whitespace()
        .rev()
        .take(2)
        .any(|w| cues::IN_GENERAL.contains(&w))
}

/// Whether `lower` asks the user whether a day suits them for a meeting ("Would Tuesday 8
/// December at 14:00 work?", "Does Wednesday afternoon work for you?", "Could we try again
/// on Friday 4 December, same time?"): a question opening on a proposal, a day named and
/// a word of suiting; not a day for something else ("Would Monday 4 January work as your
/// start date?").
fn day_asked(lower: &Lower, today: NaiveDate) -> bool {
    let text = lower.trim_end();
    // "If so, would Tuesday work?", "Failing that, could you do Friday?": past a short
    // opening.
    let text = text
        .split_once(", ")
        .filter(|(opening, _)| opening.split_whitespace().count() <= 2)
        .map_or(text, |(_, rest)| rest);
    // "How about Wednesday at 10:00?" proposes the day in itself, when it names one (not
    // "some time in the next few weeks").
    let how_about = ["how about ", "what about "]
        .iter()
        .any(|o| text.starts_with(o))
        && (text.contains(|c: char| c.is_ascii_digit())
            || clause::has_any_word(text, cues::WEEKDAYS));
    text.ends_with('?')
        && cues::DAY_ASKED.iter().any(|o| text.starts_with(o))
        && (how_about || lower.holds_any(cues::SUITING))
        && !lower.holds_any(cues::NOT_A_MEETING_DAY)
        && !dates_named(text, today).is_empty()
}

/// Whether `lower` proposes or invites ("we'd like to invite you", "could you come in"),
/// not only announces ("we would like to inform you that …").
fn proposes(lower: &Lower) -> bool {
    clause::has_word(lower, "invite")
        || clause::has_word(lower, "invited")
        || cues::PROPOSING
            .iter()
            .filter(|p| lower.may_hold(p))
            .any(|p| {
                lower.match_indices(p).any(|(at, _)| {
                    let rest = lower[at + p.len()..].trim_start();
                    let rest = rest.strip_prefix("to ").unwrap_or(rest);
                    !cues::ANNOUNCING.iter().any(|a| rest.starts_with(a))
                })
            })
}

/// The first sentence saying its writer is away now: an out-of-office cue not put in the
/// past ("I was out of office all last week" mentions an absence in passing).
fn away_now(sentences: &[(String, Lower)]) -> Option<&str> {
    sentences.iter().find_map(|(sentence, lower)| {
        cues::OUT_OF_OFFICE
            .iter()
            .filter(|cue| lower.may_hold(cue))
            .filter_map(|cue| said(lower, cue, false))
            .any(|at| {
                let before: Vec<&str> = lower[..at].split_whitespace().rev().take(2).collect();
                !before.iter().any(|w| cues::AWAY_BEFORE.contains(w))
            })
            .then_some(sentence.as_str())
    })
}

/// Whether `subject` puts a system's prefix before the subject of the mail it answers
/// ("auto: re: roadmap exercise"): not a person's reply, a forward or a calendar's answer.
fn answered_by_system(subject: &str) -> bool {
    subject.find(": re:").is_some_and(|at| {
        let prefix = subject[..at].trim();
        !prefix.is_empty()
            && prefix.split_whitespace().count() <= 2
            && !cues::REPLY_PREFIXES.contains(&prefix)
            && !cues::LOGISTICS_SUBJECTS
                .iter()
                .chain(cues::CALENDAR_SUBJECTS)
                .any(|c| c.trim_end_matches(':') == prefix)
    })
}

/// Whether `lower` opens on a condition that is not the user's ("if it's a yes", "if all
/// goes well"; not "if you're still keen").
fn on_their_condition(lower: &str) -> bool {
    lower.strip_prefix("if ").is_some_and(|rest| {
        let next = rest.split_whitespace().next().unwrap_or("");
        !next.starts_with("you")
    })
}

/// Whether `lower` reports on an offer already made ("your offer of employment is now
/// unconditional"), not a new one.
fn offer_settled(lower: &Lower) -> bool {
    let accepted = ["accepted", "accepting"].iter().any(|a| {
        lower.match_indices(a).any(|(at, _)| {
            let next: Vec<&str> = lower[at + a.len()..].split_whitespace().take(4).collect();
            next.iter().any(|w| w.starts_with("offer"))
        })
    });
    (lower.holds_any(cues::OFFER_STATUS) || accepted) && lower.holds_any(&["offer"])
}

/// The user asked to decide ("please let me know your decision within three business
/// days", "no pressure to decide today") in a message that speaks of an offer (the word,
/// its matter such as a salary or a contract, or a subject naming it): an offer followed
/// up, as clause-inferred.
fn asked_to_decide<'s>(sentences: &'s [(String, Lower)], subject: &str) -> Found<'s> {
    let asked = inferred(sentences, |lower| lower.holds_any(cues::USER_DECIDES))?;
    let named = |lower: &Lower| {
        affirmed(lower, "offer").is_some_and(|at| {
            let next: String = lower[at..].split_whitespace().take(4).collect();
            !cues::OFFERED_INTERVIEW.iter().any(|w| next.contains(w))
        }) || lower.holds_any(cues::OFFER_MATTER)
    };
    (subject.contains("offer") || sentences.iter().any(|(_, lower)| named(lower))).then_some(asked)
}

/// The day an out-of-office sentence says they are back: the weekday after the last day
/// away ("through Wednesday 16 December": 17 December), else the day named from the first
/// word about coming back on ("back on Monday 7 December", "until 7 December").
fn back_on(lower: &str, today: NaiveDate) -> Option<NaiveDate> {
    let through = cues::LAST_DAY_AWAY
        .iter()
        .find_map(|cue| {
            // "jusqu'au 15 décembre" is until, not the end of a range ("du 18 au 20").
            said(lower, cue, false)
                .filter(|&at| !lower[..at].ends_with(['\'', '’']))
                // "I work Monday to Thursday": days worked, not days away.
                .filter(|&at| !lower[..at].contains("i work"))
                .map(|at| at + cue.len())
        })
        // The last day comes right after ("through Wednesday", not "working through my
        // inbox next Monday").
        .filter(|&at| {
            let first = lower[at..].split_whitespace().find(|w| *w != "the");
            first.is_some_and(|w| {
                w.starts_with(|c: char| c.is_ascii_digit()) || !dates_named(w, today).is_empty()
            })
        })
        .and_then(|at| dates_named(&lower[at..], today).first().copied())
        .map(next_weekday);
    // "I won't be on email until Tuesday 24 November": a negation before the cue still
    // names the day they are back; "back later this month" names none.
    through.or_else(|| {
        let at = cues::BACK_ON
            .iter()
            .filter_map(|b| clause::word_at(lower, b))
            .min()?;
        let lower_rest = Lower::new(&lower[at..]);
        if vague(&lower_rest, &lower_rest) {
            return None;
        }
        read_deadline(&lower[at..], today).latest
    })
}

/// The first Monday to Friday after `day`.
fn next_weekday(day: NaiveDate) -> NaiveDate {
    let mut next = day + Days::new(1);
    while matches!(next.weekday(), Weekday::Sat | Weekday::Sun) {
        next = next + Days::new(1);
    }
    next
}

/// `sentence` without its parts naming what the user has done ("Following your interviews
/// on 18 and 19 November, …", "Thanks for the call on Monday - …"): they name no day of
/// the round proposed.
fn proposing_parts(sentence: &str) -> String {
    let parts: Vec<&str> = sentence
        .split(", ")
        .flat_map(|p| p.split(" - "))
        .filter(|p| {
            let p = p.trim_start().to_lowercase();
            !cues::AFTER_YOURS.iter().any(|a| p.starts_with(a))
        })
        .collect();
    parts.join(", ")
}

/// The day of the round an invitation names: the one day its own sentence names in its
/// parts about the meeting ("I'm on leave this week but: Ana would like to meet you again"
/// names none), else the one day named there, in the two sentences after it and in a
/// sentence before it that proposes the meeting; none when they offer a choice (several
/// slots, a link to pick a time).
fn round_day(sentences: &[(String, Lower)], quote: &str, today: NaiveDate) -> Option<NaiveDate> {
    let at = sentences.iter().position(|(s, _)| s == quote)?;
    let (_, lower) = &sentences[at];
    let pieces: Vec<&str> = quote.split(':').collect();
    let mut parts: Vec<&str> = Vec::new();
    for (i, piece) in pieces.iter().enumerate() {
        // "… playtest afternoon at the studio: Thursday 3 December from 2pm": the piece
        // after a colon that ends the meeting's part gives its day.
        let follows_meeting = i > 0 && clause_has_meeting(&pieces[i - 1].to_lowercase());
        parts.extend(
            piece
                .split(';')
                .flat_map(|p| p.split(" but "))
                .filter(|p| follows_meeting || clause_has_meeting(&p.to_lowercase())),
        );
    }
    let own = if parts.is_empty() {
        quote.to_string()
    } else {
        parts.join(". ")
    };
    let own = proposing_parts(&own);
    if let ([day], false) = (
        dates_named(&without_bounds(&own, today), today).as_slice(),
        offers_choice(lower),
    ) {
        return Some(*day);
    }
    // The sentence before may be the one proposing the meeting ("The client would like you
    // to meet the CEO over dinner on Wednesday 9 December. It is the final stage.").
    let before = at
        .checked_sub(1)
        .map(|b| &sentences[b])
        .filter(|(_, lower)| {
            clause_has_meeting(lower) && cues::PROPOSING.iter().any(|p| lower.contains(p))
        })
        .map(|(s, _)| proposing_parts(s));
    let mut near: Vec<String> = before.into_iter().collect();
    near.push(own);
    near.extend(sentences[at + 1..].iter().take(2).map(|(s, _)| s.clone()));
    // A time asked for a little later ("… No preparation needed. Could you do Tuesday 1
    // December at 10:00?").
    near.extend(
        sentences[at + 1..]
            .iter()
            .skip(2)
            .take(2)
            .filter(|(_, lower)| lower.holds_any(cues::PROPOSING) && layout::names_a_time(lower))
            .map(|(s, _)| s.clone()),
    );
    let near = without_bounds(&near.join(" "), today);
    // "Slots are available between 7 and 11 December", "use the link to choose": a
    // choice, not one day.
    if offers_choice(&near.to_lowercase()) {
        return None;
    }
    match dates_named(&near, today).as_slice() {
        [day] => Some(*day),
        _ => None,
    }
}

/// Whether a part of a sentence (in lower case) names a meeting or proposes one.
fn clause_has_meeting(part: &str) -> bool {
    cues::MEETINGS
        .iter()
        .any(|m| clause::has_word(part, m) || clause::has_word(part, &format!("{m}s")))
        || cues::PROPOSING.iter().any(|p| part.contains(p))
}

/// Whether `lower` offers a choice of days ("a few mornings that work for you", "slots
/// between 7 and 11 December", "use the link to choose"), not a span of hours on one day
/// ("between 10:00 and 11:15").
fn offers_choice(lower: &str) -> bool {
    // "Between 7 and 11 December", "between Monday and Wednesday": days to choose from;
    // not hours on one day ("between 10:00 and 11:15") nor "torn between two candidates".
    let between_days = lower.match_indices("between ").any(|(at, found)| {
        let next: Vec<&str> = lower[at + found.len()..]
            .split_whitespace()
            .take(3)
            .map(|w| w.trim_end_matches([',', '.', '-']))
            .collect();
        let first = next.first().copied().unwrap_or("");
        let a_day = first.starts_with(|c: char| c.is_ascii_digit())
            || month_named(first)
            || first.parse::<Weekday>().is_ok()
            || first == "the";
        // "between 3 and 5pm": hours, whichever end names them.
        let hours = next
            .iter()
            .any(|w| w.contains(':') || w.ends_with("am") || w.ends_with("pm"));
        a_day && !hours
    });
    between_days
        || cues::ROUND_CHOICE
            .iter()
            .any(|c| *c != "between" && lower.contains(c))
}

/// `text` without the days it names only as bounds ("before Christmas", "until Friday",
/// "send it back within a week") and without the weeks it names ("she'd like to meet you
/// again next week", "in touch early next week to find a time"): a round is held on a
/// day, not before one nor in a week.
fn without_bounds(text: &str, today: NaiveDate) -> String {
    let mut words: Vec<&str> = Vec::new();
    for w in text.split_whitespace() {
        let word = w.trim_end_matches([',', '.', '!', '?', ';']).to_lowercase();
        let of_a_week = |b: &&str| cues::OF_A_WEEK.contains(&b.to_lowercase().as_str());
        if word == "week" && words.last().is_some_and(of_a_week) {
            while words.last().is_some_and(of_a_week) {
                words.pop();
            }
            continue;
        }
        words.push(w);
    }
    let mut skipping = false;
    // Words left of a span given as a bound ("send it back within a week").
    let mut span = 0;
    words
        .into_iter()
        .filter(|w| {
            let lower = w.to_lowercase();
            let word = lower.trim_end_matches([',', '.', '!', '?', ';']);
            let ends = w.ends_with([',', '.', '!', '?', ';']);
            if span > 0 {
                span = if ends { 0 } else { span - 1 };
                return false;
            }
            // The words of the day a bound names ("by 23:59 on Monday 23 November").
            if skipping && (date_word(word) || dates_named(word, today).len() == 1) {
                skipping = !ends;
                return false;
            }
            if word == "within" {
                span = 3;
                return false;
            }
            skipping = ["before", "until", "after", "by"].contains(&word);
            !skipping
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `word` can be part of how a day or a time is written ("on", "the", "23:59",
/// "3rd", "Dec").
fn date_word(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
        || cues::DATE_WORDS.contains(&word)
        || month_named(word)
}

/// The sentence about the decision or an answer that names its day (not one it rules
/// out: "it won't be this week"), as a timeline: the first, or a later one naming the day
/// the user is told.
fn timeline(sentences: &[(String, Lower)], today: NaiveDate) -> Option<(NaiveDate, String)> {
    let found = sentences
        .iter()
        .enumerate()
        .filter(|(_, (_, lower))| about_decision(lower, lower).is_some())
        // The user's decision ("let me know your decision by Friday") is not the employer's.
        .filter(|(_, (_, lower))| !lower.holds_any(cues::USER_DECIDES))
        .filter(|(_, (_, lower))| !lower.contains("won't be") && !lower.contains("will not be"))
        .filter_map(|(at, (sentence, lower))| {
            let day = decision_day(lower, today)
                .or_else(|| day_referred_to(sentences, at, today))
                .filter(|d| *d >= today)?;
            Some((day, sentence, tells_the_user(lower)))
        })
        .collect::<Vec<_>>();
    // The day the user is told ("Ana and Ben meet on Monday to decide. I'll call you early
    // next week with the outcome." → the call's day), when it is not before the decision's.
    let first = found.first()?;
    let told = found.iter().find(|(_, _, tells)| *tells);
    let (day, sentence, _) = match told {
        Some(told) if told.0 >= first.0 => told,
        _ => first,
    };
    Some((*day, (*sentence).clone()))
}

/// Whether `lower` speaks of telling the user ("I'll call you", "we'll let you know").
fn tells_the_user(lower: &Lower) -> bool {
    lower.holds_any(cues::CONTACT) || lower.holds_any(&["let you know", "let everyone know"])
}

/// The day named in a clause that speaks of the decision ("the panel meets next week
/// and we should have an answer by Friday 4 December" → 4 December; "no decision yet -
/// they see the last candidate tomorrow" → none), else before it in its part of the
/// sentence ("on Friday 4 December, we'll decide"), unless the clause is a consequence
/// ("so the decision will have to wait") or names only a vague period ("in the new
/// year"). The parts are those between semicolons, dashes and "and then".
fn decision_day(lower: &Lower, today: NaiveDate) -> Option<NaiveDate> {
    // A list line whose label speaks of the decision and whose value is its day
    // ("Decision to you - by Wednesday 2 December").
    if let Some((label, value)) = lower.split_once(" - ") {
        let value_is_a_day = value.split_whitespace().next().is_some_and(|w| {
            ["by", "on", "before"].contains(&w) || !dates_named(w, today).is_empty()
        });
        if label.split_whitespace().count() <= 5
            && about_decision(label, lower).is_some()
            && value_is_a_day
        {
            return read_deadline(value, today).latest;
        }
    }
    let mut parts = vec![&**lower];
    // An aside in brackets is a clause of its own ("(travel got in the way this week)").
    for boundary in ["; ", " - ", " – ", " — ", " and then", " (", ")"] {
        parts = parts.iter().flat_map(|p| p.split(boundary)).collect();
    }
    parts
        .into_iter()
        .find_map(|part| day_in_part(part, lower, today))
}

/// The decision's day in one `part` of `lower` ([`decision_day`]).
fn day_in_part(part: &str, lower: &Lower, today: NaiveDate) -> Option<NaiveDate> {
    let cue = about_decision(part, lower)?;
    // "We can't make a decision yet": a decision denied for now names no day of it,
    // unless it is put off to one ("we won't know until Friday").
    if negated(&part[..cue])
        && !cues::PUT_OFF
            .iter()
            .any(|p| clause::has_word(&part[cue..], p))
    {
        return None;
    }
    let start = [", ", " and ", " but "]
        .iter()
        .filter_map(|b| part[..cue].rfind(b).map(|at| at + b.len()))
        .max()
        .unwrap_or(0);
    // A reason after the cue is another clause ("… an update as he's out today").
    let end = cues::REASONS
        .iter()
        .filter_map(|r| part[cue..].find(r).map(|at| cue + at))
        .min()
        .unwrap_or(part.len());
    let clause = &part[start..end];
    let before = &part[..cue];
    if vague(lower, clause) {
        return None;
    }
    // "They meet on Tuesday 15 December and I'll confirm the day after": the day
    // after the one named before, unless the clause names it ("I'll call you the day
    // after, Thursday 26 November").
    if lower.has_any_in(clause, cues::DAY_AFTER) && !clause.contains("after tomorrow") {
        if let [day] = dates_named(clause, today).as_slice() {
            return Some(*day);
        }
        return match dates_named(&part[..start], today).as_slice() {
            [day] => day.succ_opt(),
            _ => None,
        };
    }
    // "The panel meets on Thursday 3 December and I'll write to you that evening": the
    // one day named before it.
    let that_day = cues::THAT_DAY
        .iter()
        .filter_map(|t| clause.find(t).map(|at| start + at))
        .min();
    if let Some([day]) = that_day
        .map(|at| dates_named(&part[..at], today))
        .as_deref()
    {
        return Some(*day);
    }
    let day = read_deadline(clause, today).latest;
    // A promise tied to an event ("I'll come back to you once she's back") names no
    // day; one named before it is another clause's ("she is away this week").
    if day.is_none() && lower.has_any_in(&part[cue..], cues::EVENT_TIME) {
        return None;
    }
    day.or_else(|| {
        (!clause.starts_with("so ") && !vague(lower, before))
            .then(|| read_deadline(before, today).latest)
            .flatten()
    })
    // The clause of a cue cut short by another ("we still have one candidate to see, who
    // can only come later this week, so we'll decide late next week"): the next cue's.
    .or_else(|| {
        (end < part.len())
            .then(|| day_in_part(&part[end..], lower, today))
            .flatten()
    })
}

/// Whether `part` of `lower` names only a vague period: "in the new year", a month with
/// no day ("in January"), or weeks of it ("the first couple of weeks of January").
fn vague(lower: &Lower, part: &str) -> bool {
    let words: Vec<&str> = part.split_whitespace().collect();
    lower.has_any_in(part, cues::VAGUE_PERIODS)
        || words.windows(3).any(|w| {
            ["in", "during", "over"].contains(&w[0])
                && month_named(w[1].trim_end_matches(['.', ',', '!', '?']))
                && !w[2].starts_with(|c: char| c.is_ascii_digit())
        })
        // "in the first couple of weeks of January".
        || words.windows(3).any(|w| {
            w[0] == "weeks" && w[1] == "of" && month_named(w[2].trim_end_matches(['.', ',', '!', '?']))
        })
        || words.rchunks(2).next().is_some_and(|w| {
            w.len() == 2
                && ["in", "during", "over"].contains(&w[0])
                && month_named(w[1].trim_end_matches(['.', ',', '!', '?']))
        })
}

/// Whether `word` is a month's full name.
fn month_named(word: &str) -> bool {
    (1..=12).any(|m| month_name(m).eq_ignore_ascii_case(word))
}

/// Where `lower` first speaks of the decision or an answer to come: a [`cues::DECISION`]
/// word (not a decision already taken: "we decided not to move"), or "let … know" said
/// to the user or all candidates ("we expect to let everyone know mid next week"; not "let
/// me know", which asks the user).
fn about_decision(part: &str, lower: &Lower) -> Option<usize> {
    let cue = cues::DECISION
        .iter()
        .filter(|c| lower.may_hold(c))
        .filter_map(|c| {
            part.match_indices(c).map(|(at, _)| at).find(|&at| {
                // "Every candidate will know by Friday": a promise to all, not any
                // decision in general ("every hiring decision is made by consent").
                let promise = ["will ", "'ll "].iter().any(|f| c.starts_with(f));
                !part[at..].starts_with("decided")
                    && !in_time_clause(&part[..at])
                    && (promise || !in_general(&part[..at]))
            })
        })
        .min();
    let let_know = part.match_indices("let ").map(|(at, _)| at).find(|&at| {
        let next: Vec<&str> = part[at..].split_whitespace().take(4).collect();
        let told = next.iter().any(|w| cues::TOLD.contains(w));
        let done = part[..at].ends_with("'ve ") || part[..at].ends_with("have ");
        told && next.contains(&"know") && !done
    });
    cue.into_iter()
        .chain(let_know)
        .chain(telling_all(part))
        .chain(answer_named(part))
        .min()
}

/// Where `part` promises to tell the news to all candidates ("we aim to contact everyone
/// by mid next week", "we'll write to all applicants"); to the user alone, the
/// [`cues::DECISION`] words say it ("contact you").
pub(super) fn telling_all(part: &str) -> Option<usize> {
    if !cues::TOLD.iter().any(|w| *w != "you" && part.contains(w)) {
        return None;
    }
    cues::TELLING
        .iter()
        .filter_map(|act| {
            part.match_indices(act).map(|(at, _)| at).find(|&at| {
                let whole = at == 0 || !part.as_bytes()[at - 1].is_ascii_alphanumeric();
                let next = part[at + act.len()..].split_whitespace().next();
                whole
                    && next.is_some_and(|w| {
                        let w = w.trim_end_matches(['.', ',', '!', '?']);
                        w != "you" && cues::TOLD.contains(&w)
                    })
            })
        })
        .min()
}

/// Where `part` names an answer to come with its article and a word or two of its kind
/// ("a definite answer", "a final answer"), not the user's ("your answer").
fn answer_named(part: &str) -> Option<usize> {
    if !part.contains("answer") {
        return None;
    }
    let words: Vec<(usize, &str)> = part
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - part.as_ptr() as usize, w))
        .collect();
    words.iter().enumerate().find_map(|(i, (at, w))| {
        let article = words[i.saturating_sub(3)..i]
            .iter()
            .any(|(_, b)| matches!(*b, "a" | "an" | "the" | "our"));
        (w.trim_end_matches(['.', ',', '!', '?']) == "answer" && article && i > 0).then_some(*at)
    })
}

/// "I'll let you know the outcome that afternoon", "I'll ring you as soon as it's done":
/// the one day the sentence before names ("the day after": the day following it).
fn day_referred_to(
    sentences: &[(String, Lower)],
    at: usize,
    today: NaiveDate,
) -> Option<NaiveDate> {
    let (_, lower) = &sentences[at];
    let (before, before_lower) = at.checked_sub(1).map(|i| &sentences[i])?;
    // "… in the new year and be in touch then": "then" is the vague period of its own
    // sentence, not the day of the one before.
    if vague(before_lower, before_lower) || vague(lower, lower) {
        return None;
    }
    // "We'll confirm the outcome then.": a sentence ending on "then".
    let then = lower.trim_end_matches(['.', '!', ' ']).ends_with(" then");
    let after = lower.holds_any(cues::DAY_AFTER) && !lower.contains("after tomorrow");
    // "I'll ring you as soon as it's done": the event is the one named before.
    let done = lower.holds_any(cues::EVENT_DONE);
    if !lower.holds_any(cues::THAT_DAY) && !then && !after && !done {
        return None;
    }
    match dates_named(before, today).as_slice() {
        [day] if after => day.succ_opt(),
        [day] => Some(*day),
        _ => None,
    }
}

/// The first sentence offering the job (not an interview).
fn offer(sentences: &[(String, Lower)]) -> Option<(&str, usize)> {
    sentences.iter().find_map(|(sentence, lower)| {
        // "Successful candidates hear from us, and a written offer follows": how the
        // process goes, said of no one in particular.
        if lower.holds_any(cues::CANDIDATES_IN_GENERAL)
            && !clause::has_any_word(lower, &["you", "your"])
        {
            return None;
        }
        // "We'd still love to hire you when we can": a wish put off, no offer made; "just
        // checking the offer letter reached you": one made before, its delivery checked.
        if lower.holds_any(cues::NOT_NOW) || lower.holds_any(cues::DELIVERY_CHECKED) {
            return None;
        }
        cues::OFFER.iter().find_map(|cue| {
            if !lower.may_hold(cue) {
                return None;
            }
            let at = affirmed(lower, cue)?;
            // "Only after a verbal offer", "once an offer letter is signed": an offer
            // as a step still to come in how the process goes.
            let step_to_come =
                lower[..at].split_whitespace().rev().take(3).any(|w| {
                    ["after", "once", "before", "until", "unless", "if", "when"].contains(&w)
                });
            if step_to_come {
                return None;
            }
            let end = at + cue.len();
            let next_words: String = lower[end..]
                .split_whitespace()
                .take(3)
                .collect::<Vec<_>>()
                .join(" ");
            let interview = cues::OFFERED_INTERVIEW
                .iter()
                .any(|w| next_words.contains(w));
            (!interview).then_some((sentence.as_str(), end))
        })
    })
}

/// The day an offer must be answered by: the latest day named in a sentence that asks
/// for the answer ("let us know by Friday", "we'd need your answer by next Tuesday").
fn answer_by(sentences: &[(String, Lower)], today: NaiveDate) -> Option<NaiveDate> {
    let lasts = |lower: &Lower| clause::has_word(lower, "until") && lower.holds_any(cues::LASTS);
    sentences
        .iter()
        .filter(|(_, lower)| {
            lower.holds_any(cues::ANSWER_BY) || lasts(lower) || layout::asks_to_sign(lower)
        })
        .filter(|(_, lower)| !lower.holds_any(cues::ANSWER_RELATIVE))
        .filter_map(|(_, lower)| {
            // The day is in the part asking for the answer or the one after it ("let me
            // know, by Friday, …"); a start day is no day to answer by ("let me know by
            // Monday, so we can start the paperwork"), nor a letter's ("formal letter on
            // Monday; no rush on an answer until you've seen it").
            let parts: Vec<&str> = lower.split([',', ';']).collect();
            let asks = |part: &str| {
                cues::ANSWER_BY.iter().any(|c| part.contains(c))
                    || layout::asks_to_sign(part)
                    || part.contains("until")
            };
            // "… by Thursday 17 December, so that we can plan your induction for the new
            // year": what the answer is for names no day to answer by.
            let kept: Vec<&str> = parts
                .iter()
                .enumerate()
                .filter(|(at, _)| asks(parts[*at]) || (*at > 0 && asks(parts[at - 1])))
                .map(|(_, part)| *part)
                .filter(|part| {
                    !part.contains("start") && (!part.trim_start().starts_with("so ") || asks(part))
                })
                .map(|part| {
                    cues::PURPOSE
                        .iter()
                        .filter_map(|p| part.find(p))
                        .min()
                        .map_or(part, |end| &part[..end])
                })
                .collect();
            read_deadline(&kept.join(","), today).latest
        })
        .max()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::calendar::FixedZone;
    use crate::core::model::parse_state;

    fn state() -> State {
        parse_state(
            r#"{"schema": 1, "processes": [{"id": "acme", "company": "Acme",
              "contacts": [{"id": "morgan", "name": "Morgan Diaz", "email": "morgan@acme.example", "role": "recruiter"}]}]}"#,
        )
        .expect("state")
    }

    fn reading(from: &str, subject: &str, body: &str) -> Reading {
        let date = DateTime::parse_from_rfc3339("2026-11-24T10:00:00-05:00").expect("date");
        let message = IncomingMessage {
            from: from.into(),
            subject: subject.into(),
            body: body.into(),
            date: Some(date),
        };
        read(&state(), &message, date, &FixedZone(*date.offset()))
    }

    #[test]
    fn a_named_day_is_a_timeline_recorded_as_later_with_its_day() {
        let r = reading(
            "Morgan Diaz <morgan@acme.example>",
            "Re: update",
            "Hi Sam,\n\nWe expect to decide by Friday, December 4.\n\nBest,\nMorgan",
        );
        assert_eq!(r.says, Says::Timeline);
        assert_eq!(r.date.map(ymd).as_deref(), Some("2026-12-04"));
        assert_eq!(r.quote, "We expect to decide by Friday, December 4.");
        assert_eq!(r.events.len(), 1);
        assert_eq!(r.events[0].says, Some(ReplySays::Later));
        assert_eq!(r.events[0].by.as_deref(), Some("2026-12-04"));
        assert_eq!(r.events[0].from.as_deref(), Some("morgan"));
    }

    #[test]
    fn negations_and_quoted_outcomes_are_not_read_as_outcomes() {
        let r = reading(
            "morgan@acme.example",
            "Re: status",
            "We have not made a decision yet, and no offer has been made to anyone.",
        );
        assert_eq!(r.says, Says::Other);
        assert!(r.events.is_empty());
        // A newsletter's "news … this month" promises no decision.
        let letter = reading(
            "news@acme.example",
            "Acme this month",
            "Read our latest product news and customer stories on the blog this month.",
        );
        assert_eq!(letter.says, Says::Other);
        let quoted = "Thanks Sam!\n\nOn Mon, 23 Nov 2026 at 10:12, Morgan <morgan@acme.example> wrote:\n> We regret to inform you that the position has been filled.";
        assert_eq!(
            reading("morgan@acme.example", "Re: x", quoted).says,
            Says::Other
        );
    }

    #[test]
    fn each_day_takes_its_role_from_its_own_clause() {
        let from = "morgan@acme.example";
        let r = reading(
            from,
            "Re: timing",
            "The panel meets on Tuesday and we'll let everyone know on Wednesday 2 December.",
        );
        assert_eq!(
            (r.says, r.date.map(ymd).as_deref()),
            (Says::Timeline, Some("2026-12-02"))
        );
        let r = reading(
            from,
            "Re: timing",
            "The committee sits on Monday 30 November. I'll let you know the outcome that afternoon.",
        );
        assert_eq!(r.date.map(ymd).as_deref(), Some("2026-11-30"));
        let r = reading(
            from,
            "Re: timing",
            "With the holidays coming, we'll let you know in the new year.",
        );
        assert_eq!((r.says, r.date), (Says::Later, None));
    }

    #[test]
    fn a_reason_a_month_a_clause_of_time_and_then_give_a_decision_no_day() {
        let from = "morgan@acme.example";
        let said = |body: &str| {
            let r = reading(from, "Re: timing", body);
            (r.says, r.date.map(ymd))
        };
        assert_eq!(
            said("Sam asked me to give you an update as he's out today. We'll decide on Friday 27 November."),
            (Says::Timeline, Some("2026-11-27".into()))
        );
        assert_eq!(
            said("The director is back on Monday 30 November. We'll confirm the outcome then."),
            (Says::Timeline, Some("2026-11-30".into()))
        );
        assert_eq!(
            said("We'll get back to you in January."),
            (Says::Later, None)
        );
        assert_eq!(
            said("Before we decide on the shortlist, could you tell me your notice period?"),
            (Says::Other, None)
        );
        assert_eq!(
            said("Before we make you an offer, could you tell me your notice period?"),
            (Says::Other, None)
        );
        assert_eq!(
            said("We'll let every applicant know whether they've been shortlisted by Friday 27 November."),
            (Says::Timeline, Some("2026-11-27".into()))
        );
    }

    #[test]
    fn automatic_answers_are_told_by_any_part_of_their_subject() {
        let from = "morgan@acme.example";
        let r = reading(
            from,
            "Nieobecność / Out of office",
            "Jestem nieobecna.\n\nI am away until 1 December.",
        );
        assert_eq!(
            (r.says, r.date.map(ymd).as_deref()),
            (Says::OutOfOffice, Some("2026-12-01"))
        );
        let r = reading(
            from,
            "Auto: Re: Case study",
            "At an offsite and back Monday.",
        );
        assert_eq!(
            (r.says, r.date.map(ymd).as_deref()),
            (Says::OutOfOffice, Some("2026-11-30"))
        );
        // A calendar's answer, or a prefix with no day of return, is no automatic answer.
        let r = reading(
            from,
            "Accepted: Re: Interview",
            "Morgan has accepted this invitation.",
        );
        assert_eq!(r.says, Says::Other);
        let r = reading(
            from,
            "Automatic reply: x",
            "Travelling; back and working through my inbox on Monday 30 November.",
        );
        assert_eq!(r.date.map(ymd).as_deref(), Some("2026-11-30"));
    }

    #[test]
    fn references_are_asked_by_or_of_someone_and_may_be_asked_in_other_words() {
        let from = "morgan@acme.example";
        assert_eq!(
            reading(
                from,
                "Re: process",
                "References are only checked after an offer."
            )
            .says,
            Says::Other
        );
        assert_eq!(
            reading(from, "Next", "We need two references before we go further.").says,
            Says::References
        );
        assert_eq!(
            reading(
                from,
                "Next",
                "We'd like to speak to two people you've worked with. Could you introduce me?"
            )
            .says,
            Says::References
        );
    }

    #[test]
    fn an_it_standing_for_the_application_is_read_as_the_application() {
        let from = "morgan@acme.example";
        let r = reading(
            from,
            "Application status",
            "Your application has been reviewed. We regret that it will not be progressed.",
        );
        assert_eq!(r.says, Says::Rejection);
        let r = reading(
            from,
            "Re: dates",
            "Thanks for the dates. It will not be progressed until the budget is agreed.",
        );
        assert_eq!(r.says, Says::Other);
    }

    #[test]
    fn a_stranger_at_the_company_and_an_untracked_invitation() {
        let r = reading(
            "Priya <priya@acme.example>",
            "Outcome",
            "Unfortunately we have decided to move forward with another candidate.",
        );
        assert_eq!(r.says, Says::Rejection);
        let context = r.context.expect("placed by domain");
        assert_eq!((context.process.as_str(), context.contact), ("acme", None));
        let r = reading(
            "Lee <lee@hooli.example>",
            "Interview",
            "We would like to invite you to a second interview on Tuesday 1 December.",
        );
        assert_eq!(r.says, Says::NextRound);
        assert_eq!(r.context, None);
        assert_eq!(r.date.map(ymd).as_deref(), Some("2026-12-01"));
        assert!(
            r.events.is_empty(),
            "nothing to append to without a process"
        );
    }
}
