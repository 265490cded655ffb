//! The wording of every message kind (docs/rules.md: T, L, R, W, D). Each function writes
//! one kind; the choice among wordings comes from [`DraftFacts::pick`].

use super::frames::{sentence, Use};
use super::shape::{Phrase, Shape};
use super::{DraftFacts, Message, Rank};
use crate::core::calendar::{local_date, to_local};
use crate::core::check::text::capitalize;
use crate::core::dates::{day_month, spoken_date};
use crate::core::model::{ActionKind, Channel, EventKind, InterviewFormat, NoteKind, ReplySays};
use crate::core::plan::EXPEDITE_WINDOW_HOURS;
use chrono::{Duration, Timelike};

/// Writes the message of `kind` (never one that is not a message, refused before).
pub(super) fn write(f: &DraftFacts, kind: ActionKind) -> Message {
    let (channel, subject, body, rule) = match kind {
        ActionKind::ThankYou => (Channel::Email, thank_you_subject(f), thank_you(f), "T2"),
        ActionKind::Card => (Channel::Card, String::new(), card(f), "T6"),
        ActionKind::LinkedinConnect => {
            (Channel::LinkedinNote, String::new(), linkedin_note(f), "L1")
        }
        ActionKind::LinkedinMessage => (
            Channel::LinkedinMessage,
            String::new(),
            linkedin_message(f),
            "L3",
        ),
        ActionKind::ReferenceHeadsUp => (
            Channel::Email,
            format!("A heads-up: {} may call you", f.process.company),
            reference_heads_up(f),
            "R1",
        ),
        ActionKind::CheckIn => {
            let (body, rule) = check_in(f);
            (
                Channel::Email,
                format!("Following up on {} interview", role_phrase(f)),
                body,
                rule,
            )
        }
        ActionKind::Reply => (
            Channel::Email,
            format!("Re: {} interview", role_phrase(f)),
            reply(f),
            "W6",
        ),
        ActionKind::Expedite => (
            Channel::Email,
            format!("Timeline for {} role", role_phrase(f)),
            expedite(f),
            "D2",
        ),
        ActionKind::Withdraw => (
            Channel::Email,
            format!("Withdrawing from {} process", role_phrase(f)),
            withdraw(f),
            "D3",
        ),
        ActionKind::GraciousReply => (
            Channel::Email,
            format!("Re: {} role", role_phrase(f)),
            gracious_reply(f),
            "D4",
        ),
        ActionKind::AskContacts
        | ActionKind::MoveOn
        | ActionKind::AnswerOffer
        | ActionKind::ScheduleRound
        | ActionKind::AddReferences => (
            Channel::Email,
            "Thank-you notes after my interview".to_string(),
            ask_contacts(f),
            "A2",
        ),
    };
    Message {
        channel,
        to: f.to.address.clone().into_iter().collect(),
        subject,
        body,
        rule: rule.to_string(),
        kind,
        contact: Some(f.to.key.clone()),
    }
}

/// "the Data Analyst" (for "… interview"), or "my".
fn role_phrase(f: &DraftFacts) -> String {
    let role = f.process.role.trim();
    if role.is_empty() {
        "my".to_string()
    } else {
        format!("the {role}")
    }
}

/// "Best regards,\nSam Rivera" — the sign-off and the user's name when known.
fn sign(f: &DraftFacts, closing: &str) -> String {
    if f.me().is_empty() {
        format!("{closing},")
    } else {
        format!("{closing},\n{}", f.me())
    }
}

fn join(paragraphs: &[String]) -> String {
    paragraphs
        .iter()
        .filter(|p| !p.is_empty())
        .cloned()
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn thank_you_subject(f: &DraftFacts) -> String {
    let subject = if f.me().is_empty() {
        format!("Thank you – {} interview", f.process.company)
    } else {
        format!("Thank you – {}", f.me())
    };
    if subject.chars().count() <= 60 {
        subject
    } else {
        "Thank you for the interview".to_string()
    }
}

/// The need they raised and the strength that answers it (T2), and a doubt (gap) with
/// the second strength as its answer, each in the wording that fits the note's shape.
/// Only to someone the user met: the notes are what was said in the interview.
fn value_paragraph(f: &DraftFacts) -> String {
    if !f.met() {
        return String::new();
    }
    let pick = f.to.index;
    let strengths = f.notes(NoteKind::Strength);
    let mut out: Vec<String> = Vec::new();
    if let Some(need) = f.notes(NoteKind::Need).first() {
        out.push(sentence(Use::Need, need, pick, ""));
    }
    if let Some(strength) = strengths.first() {
        out.push(sentence(Use::Strength, strength, pick, ""));
    }
    if let Some(gap) = f.notes(NoteKind::Gap).first() {
        out.push(match strengths.get(1) {
            Some(answer) => sentence(Use::GapAnswered, gap, pick, &as_clause(answer)),
            None => sentence(Use::Gap, gap, pick, ""),
        });
    }
    out.join(" ")
}

/// A strength as a clause of its own, to answer a doubt: "I cut costs by half" as it is,
/// "building dashboards" as "I have experience in building dashboards".
fn as_clause(strength: &Phrase) -> String {
    match strength.shape {
        Shape::Gerund => format!("I have experience in {}", strength.text),
        Shape::Noun | Shape::Someone | Shape::Infinitive => {
            format!("I would bring {}", strength.text)
        }
        Shape::Clause | Shape::Sentence => strength.text.clone(),
    }
}

/// The sentence recalling what was discussed with this recipient, if anything was noted
/// and they were in an interview that has ended.
fn detail_sentence(f: &DraftFacts) -> Option<String> {
    if !f.met() {
        return None;
    }
    let details = f.notes(NoteKind::Detail);
    Some(sentence(Use::Detail, details.first()?, f.to.index, ""))
}

/// T2, to an interviewer: the conversation, what was discussed, what the user brings.
/// To someone who was in no interview (the recruiter who arranged it), thanks for
/// their help, and nothing said as if in a conversation with them.
fn thank_you(f: &DraftFacts) -> String {
    let met = f.met();
    let thanks = if met {
        f.pick(&[
            "Thank you for taking the time to speak with me {on} about {role} at {company}.",
            "Thank you for meeting with me {on} to talk about {role} at {company}.",
            "Many thanks for your time {on} and for a thoughtful conversation about {role} at {company}.",
        ])
    } else {
        f.pick(&[
            "Thank you for arranging my interview {on} for {role} at {company}.",
            "Thank you for your help with my interview {on} for {role} at {company}.",
            "Many thanks for setting up my interview {on} for {role} at {company}.",
        ])
    }
    .replace("{on}", &f.on_day())
    .replace("{role}", &f.the_role())
    .replace("{company}", &f.process.company);
    let recalled = detail_sentence(f).unwrap_or_else(|| {
        if met {
            f.pick(&[
                "I enjoyed learning more about the team and its plans.",
                "Our conversation gave me a much clearer picture of the team.",
                "I came away with a much clearer picture of the team.",
            ])
        } else {
            f.pick(&[
                "Everything ran smoothly, and I appreciated it.",
                "It made the day much easier.",
                "I appreciated how smoothly everything went.",
            ])
        }
        .to_string()
    });
    let closing_line = f.pick(&[
        "I look forward to hearing about the next steps.",
        "I am looking forward to the next stage of the process.",
        "Please let me know if I can share anything else as you consider the next steps.",
    ]);
    let sign_off = sign(f, f.pick(&["Best regards", "Kind regards", "Sincerely"]));
    let ask = if f.also.contains(&ActionKind::AskContacts) {
        ask_for_addresses(f)
    } else {
        String::new()
    };
    join(&[
        format!("Dear {},", f.to.first),
        format!("{thanks} {recalled}"),
        value_paragraph(f),
        ask,
        closing_line.to_string(),
        sign_off,
    ])
}

fn card(f: &DraftFacts) -> String {
    let last = f.process.interviews.iter().max_by_key(|i| i.end);
    // The meal by the hour it started, the user's time.
    let meal = last.map_or("a meal", |i| match to_local(f.zone, i.start).hour() {
        0..=10 => "breakfast",
        11..=15 => "lunch",
        _ => "dinner",
    });
    let over_meal = format!("over {meal}");
    let occasion = match last.map(|i| i.format) {
        Some(InterviewFormat::WithMeal) => over_meal.as_str(),
        Some(InterviewFormat::MultiDay) => "during my interviews",
        Some(InterviewFormat::Phone) => "on our call",
        Some(InterviewFormat::Video) => "on our video call",
        Some(InterviewFormat::Onsite) | None => "during my visit",
    };
    let detail = detail_sentence(f).map(|d| format!(" {d}"));
    let body = if f.met() {
        f.pick(&[
            "Thank you for the time you gave me {occasion}.{detail} I left even more excited about {role} at {company}.",
            "Thank you for your warm welcome {occasion}.{detail} It made me all the more eager to join {company}.",
        ])
    } else {
        f.pick(&[
            "Thank you for all your help in arranging my interviews.{detail} I left even more excited about {role} at {company}.",
            "Thank you for making my interviews run so smoothly.{detail} It made me all the more eager to join {company}.",
        ])
    };
    let body = body
        .replace("{occasion}", occasion)
        .replace("{detail}", detail.as_deref().unwrap_or(""))
        .replace("{role}", &f.the_role())
        .replace("{company}", &f.process.company);
    join(&[
        format!("Dear {},", f.to.first),
        body,
        sign(f, "Best wishes"),
    ])
}

/// A connection note that fits the limit in force (L2), shortened step by step.
fn linkedin_note(f: &DraftFacts) -> String {
    let limit = f.note_limit;
    let me = crate::core::model::first_name(f.me()).to_string();
    let met = f.met();
    let opening = if met {
        f.pick(&[
            "thank you again for our conversation about {role} at {company}.",
            "it was a pleasure to meet you while interviewing for {role} at {company}.",
            "thanks again for your time during my interview with {company}.",
        ])
    } else {
        f.pick(&[
            "I am interviewing for {role} at {company} and would be glad to connect.",
            "I am in the interview process for {role} at {company} and would like to connect.",
            "as I interview for {role} at {company}, I would be glad to connect.",
        ])
    };
    let opening = opening
        .replace("{role}", &f.the_role())
        .replace("{company}", &f.process.company);
    // Staying in touch is for someone already met; the opening to anyone else already
    // asks to connect.
    let keep_in_touch = if met {
        f.pick(&[
            "I would be glad to stay in touch.",
            "I would love to stay connected.",
            "I hope we can stay in touch.",
        ])
    } else {
        ""
    };
    let mut candidates = Vec::new();
    if let Some(d) = detail_sentence(f) {
        candidates.push(format!(
            "Hi {}, {opening} {d} {keep_in_touch} {me}",
            f.to.first
        ));
    }
    candidates.push(format!("Hi {}, {opening} {keep_in_touch} {me}", f.to.first));
    candidates.push(format!("Hi {}, {opening} {me}", f.to.first));
    let short = if met {
        format!("thank you for the interview at {}.", f.process.company)
    } else {
        format!("I am interviewing with {}.", f.process.company)
    };
    candidates.push(format!("Hi {}, {short} {keep_in_touch} {me}", f.to.first));
    candidates.push(format!("Hi {}, {short} {keep_in_touch}", f.to.first));
    let candidates: Vec<String> = candidates
        .iter()
        .map(|c| c.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    let fits = |s: &String| s.trim().encode_utf16().count() <= limit;
    let chosen = candidates
        .iter()
        .find(|c| fits(c))
        .cloned()
        .unwrap_or_else(|| {
            let short = format!("Hi {}, {short}", f.to.first);
            short
                .chars()
                .scan(0, |n, c| {
                    *n += c.len_utf16();
                    (*n <= limit).then_some(c)
                })
                .collect()
        });
    chosen.trim().to_string()
}

fn linkedin_message(f: &DraftFacts) -> String {
    let interest = f.notes(NoteKind::Interest);
    let middle = match interest.first().filter(|_| f.met()) {
        Some(topic) => sentence(Use::Interest, topic, f.to.index, ""),
        None if f.met() => format!(
            "I enjoyed our conversation about {} and wanted to thank you again for your time.",
            f.the_role()
        ),
        None => format!(
            "I wanted to reach out as I am interviewing for {} at {}, and I would be glad to stay in touch.",
            f.the_role(),
            f.process.company
        ),
    };
    join(&[
        format!("Hi {},", f.to.first),
        middle,
        sign(f, "Best regards"),
    ])
}

fn reference_heads_up(f: &DraftFacts) -> String {
    let company = &f.process.company;
    let opening = f.pick(&[
        "I hope you are well. I have reached the reference stage for {role} at {company}, and someone from their team may contact you in the coming days.",
        "I wanted to give you a quick heads-up: {company} is checking references for {role}, so you may hear from them soon.",
    ]);
    let body = opening
        .replace("{role}", &f.the_role())
        .replace("{company}", company);
    let thanks = "I am grateful that you are willing to speak for me, and happy to send you the job description or anything else that would help.".to_string();
    join(&[
        format!("Dear {},", f.to.first),
        body,
        thanks,
        sign(f, "Best regards"),
    ])
}

/// W5 (or D1 after a delay): brief, names the role and the interview date, restates
/// interest, offers more information.
fn check_in(f: &DraftFacts) -> (String, &'static str) {
    let events = f.events();
    let last_answer = events
        .iter()
        .rev()
        .find(|e| matches!(e.kind, EventKind::Reply | EventKind::Delay));
    let company = &f.process.company;
    let greeting = format!("Dear {},", f.to.first);
    let sign_off = sign(f, "Best regards");
    if let Some(delay) = last_answer.filter(|e| e.kind == EventKind::Delay) {
        let since = spoken_date(local_date(f.zone, delay.at));
        let body = format!(
            "I hope you are well. I understand that plans at {company} have been uncertain since {since}, and I appreciate how much that affects hiring. I remain very interested in {} and wanted to ask whether there is any news on its status or a revised timeline.",
            f.the_role()
        );
        let offer = "If anything would help in the meantime, I am glad to provide it.".to_string();
        return (join(&[greeting, body, offer, sign_off]), "D1");
    }
    let previous = events
        .iter()
        .filter(|e| e.is_sent(ActionKind::CheckIn))
        .count();
    let day = f.interview_day().map_or_else(
        || "recently".to_string(),
        |d| format!("on {}", day_month(d)),
    );
    let after_later = last_answer.is_some_and(|e| e.is_reply(ReplySays::Later));
    let body = if previous == 0 && !after_later {
        f.pick(&[
            "I hope you are well. I am writing to follow up on my interview for {role} {day}. I remain very interested in joining {company} and would be grateful for any update on the timeline.",
            "I hope your week is going well. Following my interview for {role} {day}, I wanted to ask whether there is any news on the next steps. I am still very excited about the chance to join {company}.",
        ])
    } else {
        f.pick(&[
            "I hope you are well. I wanted to check in once more about {role}, for which I interviewed {day}. My interest in {company} is as strong as ever, and I would appreciate any update you can share.",
            "I hope all is well. I am following up again on my interview for {role} {day}, as I remain keen on the opportunity at {company}. Is there any news on the timeline?",
        ])
    };
    let body = body
        .replace("{role}", &f.the_role())
        .replace("{day}", &day)
        .replace("{company}", company);
    let offer = f.pick(&[
        "Please let me know if I can provide anything further.",
        "I am happy to share anything else that would help your decision.",
    ]);
    (
        join(&[greeting, body, offer.to_string(), sign_off]),
        if previous == 0 { "W5" } else { "W3" },
    )
}

fn reply(f: &DraftFacts) -> String {
    let body = f.pick(&[
        "Thank you for letting me know. I appreciate the update and am happy to wait to hear from you; please tell me if anything further would help in the meantime.",
        "Thank you for the update, and for keeping me informed. I look forward to hearing from you when you know more, and I remain very interested in {role}.",
    ]);
    join(&[
        format!("Dear {},", f.to.first),
        body.replace("{role}", &f.the_role()),
        sign(f, "Best regards"),
    ])
}

/// The latest offer, up to now, in another application of the user's, with that
/// application: what a request to speed up speaks of.
pub(super) fn competing_offer<'a>(
    f: &DraftFacts<'a>,
) -> Option<(
    &'a crate::core::model::Process,
    &'a crate::core::model::Event,
)> {
    f.state
        .processes
        .iter()
        .filter(|p| p.id != f.process.id)
        .flat_map(|p| p.events.iter().map(move |e| (p, e)))
        .filter(|(_, e)| e.is_reply(ReplySays::Offer) && e.at <= f.now)
        .max_by_key(|(_, e)| e.at)
}

/// D2: truthful about the other offer's deadline, this role's place as the user's ranks
/// state it (a first choice or a preference only when ranked so), a 48–72 hour window
/// that ends before the deadline, and no ultimatum.
fn expedite(f: &DraftFacts) -> String {
    let (offering, offer) = competing_offer(f).expect("refused before: no offer");
    let deadline = offer.respond_by_instant(f.zone);
    // The day to ask for: within 72 hours, a business day, before the day the other
    // offer needs an answer (its own deadline, or the three days the user gives it when
    // it named none), and never sooner than tomorrow.
    let ask_by = {
        let answer_by =
            deadline.unwrap_or(offer.at + Duration::days(crate::core::plan::OFFER_DEFAULT_DAYS));
        let tomorrow = local_date(f.zone, f.now) + Duration::days(1);
        let mut day = local_date(f.zone, f.now + Duration::hours(EXPEDITE_WINDOW_HOURS.1))
            .min(local_date(f.zone, answer_by) - Duration::days(1));
        while !crate::core::calendar::is_business_day(day) && day > tomorrow {
            day -= Duration::days(1);
        }
        spoken_date(day.max(tomorrow))
    };
    let deadline_text = deadline.map_or_else(
        || "soon".to_string(),
        |d| format!("by {}", spoken_date(local_date(f.zone, d))),
    );
    // A preference only as the user's ranks state it.
    let standing = match f.rank_against(Some(offering)) {
        Rank::FirstChoice => format!(
            "{} at {} remains my first choice",
            capitalize(&f.the_role()),
            f.process.company
        ),
        Rank::Above => format!("I would rather join {}", f.process.company),
        Rank::Unsaid => format!(
            "I remain very interested in {} at {}",
            f.the_role(),
            f.process.company
        ),
    };
    // Done with a check-in due at the same time: it also recalls the interview.
    let opening = if f.also.contains(&ActionKind::CheckIn) {
        let day = f.interview_day().map_or_else(
            || "recently".to_string(),
            |d| format!("on {}", day_month(d)),
        );
        format!(
            "I hope you are well. I am writing to follow up on my interview for {} {day}, and to let you know that I have received another job offer, which needs my answer {deadline_text}.",
            f.the_role()
        )
    } else {
        format!(
            "I hope you are well. I wanted to let you know that I have received another job offer, which needs my answer {deadline_text}."
        )
    };
    let body = format!(
        "{opening} {standing}, so I wanted to ask whether a decision on your side might be possible by {ask_by}."
    );
    let understanding = f.pick(&[
        "I understand if your timeline cannot change, and I am glad to help with anything that would make it easier.",
        "I completely understand if that is not possible, and I would be happy to provide anything that could help.",
    ]);
    join(&[
        format!("Dear {},", f.to.first),
        body,
        understanding.to_string(),
        sign(f, "Best regards"),
    ])
}

fn withdraw(f: &DraftFacts) -> String {
    let thanks = if f.met() {
        "Thank you for the time you and the team have given me"
    } else {
        "Thank you for your help"
    };
    let body = format!(
        "{thanks} during the process for {}. I have accepted another offer, so I would like to withdraw my application.",
        f.the_role()
    );
    let warm = f.pick(&[
        "I enjoyed getting to know {company} and hope our paths cross in the future.",
        "It was a pleasure to learn about {company}, and I wish you and the team every success.",
    ]);
    join(&[
        format!("Dear {},", f.to.first),
        body,
        warm.replace("{company}", &f.process.company),
        sign(f, "Best regards"),
    ])
}

fn gracious_reply(f: &DraftFacts) -> String {
    let body = if f.met() {
        f.pick(&[
            "Thank you for letting me know, and for the time you and the team spent with me. I enjoyed learning about {company}, and I would be glad to be considered for future roles that fit my background.",
            "Thank you for the update. While I am disappointed, I appreciated getting to know the team at {company}, and I hope we cross paths again.",
        ])
    } else {
        f.pick(&[
            "Thank you for letting me know, and for your help throughout the process. I enjoyed learning about {company}, and I would be glad to be considered for future roles that fit my background.",
            "Thank you for the update. While I am disappointed, I appreciated learning about {company}, and I hope our paths cross in the future.",
        ])
    };
    join(&[
        format!("Dear {},", f.to.first),
        body.replace("{company}", &f.process.company),
        sign(f, "Best regards"),
    ])
}

fn ask_contacts(f: &DraftFacts) -> String {
    let body = format!(
        "Thank you for arranging my interview for {}. {}",
        f.the_role(),
        ask_for_addresses(f)
    );
    join(&[
        format!("Dear {},", f.to.first),
        body,
        sign(f, "Best regards"),
    ])
}

/// The request for the addresses of the interviewers the state has none for (A2).
fn ask_for_addresses(f: &DraftFacts) -> String {
    let missing: Vec<&str> = f
        .process
        .interviews
        .iter()
        .flat_map(|i| i.contacts.iter())
        .filter_map(|id| f.process.contact(id))
        .filter(|c| !c.has_email())
        .map(|c| c.name.as_str())
        .collect();
    let mut unique: Vec<&str> = Vec::new();
    for name in missing {
        if !unique.contains(&name) {
            unique.push(name);
        }
    }
    let who = if unique.is_empty() {
        "everyone I met".to_string()
    } else {
        crate::core::plan::join_names(&unique)
    };
    let address = if unique.len() > 1 {
        "email addresses"
    } else {
        "email address"
    };
    format!(
        "I would like to send a short note of thanks to the people I met; could you share the {address} of {who}?"
    )
}
