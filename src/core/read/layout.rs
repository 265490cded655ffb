//! How a message is laid out, beyond its sentences: wrapped paragraphs are read as
//! sentences, list and field lines ("Start date: 11 January", "- Salary: $92,000") each as
//! one; an interview's day is read from its field lines ("Date: Wednesday 9 December") or
//! a calendar-style line ("Fri 11 Dec 2026 · 13:00 - 14:30"); the terms of an offer
//! written as a list count as an offer; and boilerplate is told from news.

use super::cues;
use super::lower::Lower;
use crate::core::check::is_abbreviation;
use crate::core::check::text::sentences;
use crate::core::dates::month_name;
use crate::core::when::dates_named;
use chrono::NaiveDate;

/// The sentences of `text`, with the line breaks inside a paragraph read as spaces (mail
/// wraps long lines), except in a list, whose lines are read one by one.
pub fn sentences_of(text: &str) -> Vec<String> {
    text.split("\n\n")
        .flat_map(|paragraph| {
            let lines: Vec<&str> = paragraph
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .collect();
            let parts = if is_list(&lines) {
                lines.iter().map(|l| l.to_string()).collect()
            } else {
                vec![lines.join(" ")]
            };
            parts
                .into_iter()
                .flat_map(|part| {
                    let joined = part.split_whitespace().collect::<Vec<_>>().join(" ");
                    sentences_past_abbreviations(&joined)
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The sentences of one line of `text`, a full stop after an abbreviation (as the
/// checker knows them: [`is_abbreviation`]) not ending one when what follows opens in
/// lower case or on a digit ("the post (ref. 4471) has been closed", "by Fri. 4
/// December").
fn sentences_past_abbreviations(text: &str) -> Vec<String> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (start, end) in sentences(text) {
        let continues = out.last().is_some_and(|&(_, last_end)| {
            let last_word = text[..last_end].rsplit(' ').next().unwrap_or_default();
            let abbreviated = last_word
                .trim_start_matches('(')
                .strip_suffix('.')
                .is_some_and(is_abbreviation);
            abbreviated
                && text[start..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
        });
        match out.last_mut() {
            Some(last) if continues => last.1 = end,
            _ => out.push((start, end)),
        }
    }
    out.into_iter()
        .map(|(s, e)| text[s..e].to_string())
        .collect()
}

/// `text` with its dates written day first with dots ("09.12.2026", the European way)
/// spelled out ("9 December 2026"), and days and months named in French, German, Dutch,
/// Spanish or Italian ("Freitag, 4. Dezember", "le lundi 23 novembre", "7 de diciembre"),
/// and months in Portuguese or Polish ("10 de dezembro", "9 grudnia"), named in English,
/// so each is read as the day it names. Linear in the text.
pub fn spelled_dates(text: &str) -> String {
    english_names(&dotted_dates(text))
}

/// `text` with weekdays named in another language named in English, and a month named
/// in another language after a day of the month ("4. Dezember" → "4 December", "7 de
/// diciembre" → "7 December"). One pass over its words.
fn english_names(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Where the day of the month just before ends in `out`.
    let mut day_end: Option<usize> = None;
    for token in text.split_inclusive(char::is_whitespace) {
        let word = token.trim_end_matches(|c: char| c.is_whitespace() || ",;:!?.)".contains(c));
        let tail = &token[word.len()..];
        // Compared without a copy of the word ("Freitag", "lundi", "Lunedì").
        let named = |name: &&str| name.eq_ignore_ascii_case(word);
        let weekday = cues::FOREIGN_WEEKDAYS
            .iter()
            .find(|(name, _)| named(name))
            .map(|(_, english)| *english);
        let month = day_end.and_then(|end| {
            let (_, m) = cues::FOREIGN_MONTHS.iter().find(|(name, _)| named(name))?;
            // The dot or the "de" between the day and the month goes.
            out.truncate(end);
            out.push(' ');
            Some(month_name(*m))
        });
        out.push_str(weekday.or(month).unwrap_or(word));
        out.push_str(tail);
        let day = (1..=2).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit());
        day_end = if day {
            Some(out.len() - tail.len())
        } else if word.eq_ignore_ascii_case("de") {
            day_end
        } else {
            None
        };
    }
    out
}

/// `text` with its dates written "dd.mm.yyyy" spelled out. One pass over the text.
fn dotted_dates(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let (mut copied, mut at) = (0, 0);
    while at < bytes.len() {
        let starts =
            bytes[at].is_ascii_digit() && (at == 0 || !bytes[at - 1].is_ascii_alphanumeric());
        match starts.then(|| dotted_date(text, at)).flatten() {
            Some((date, end)) => {
                out.push_str(&text[copied..at]);
                out.push_str(&date);
                copied = end;
                at = end;
            }
            None => at += 1,
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// The date written "dd.mm.yyyy" at byte `at` of `text`, spelled out, and where it ends.
fn dotted_date(text: &str, at: usize) -> Option<(String, usize)> {
    let bytes = text.as_bytes();
    let digits = |from: usize| {
        bytes.get(from..).map_or(0, |rest| {
            rest.iter().take_while(|b| b.is_ascii_digit()).count()
        })
    };
    let day_len = digits(at);
    let month_at = at + day_len + 1;
    let month_len = digits(month_at);
    let year_at = month_at + month_len + 1;
    let year_len = digits(year_at);
    let end = year_at + year_len;
    let dotted = bytes.get(at + day_len) == Some(&b'.')
        && bytes.get(month_at + month_len) == Some(&b'.')
        && (1..=2).contains(&day_len)
        && (1..=2).contains(&month_len)
        && year_len == 4
        && bytes.get(end).is_none_or(|b| !b.is_ascii_alphanumeric());
    if !dotted {
        return None;
    }
    let day: u32 = text[at..at + day_len].parse().ok()?;
    let month: u32 = text[month_at..month_at + month_len].parse().ok()?;
    if !(1..=12).contains(&month) {
        return None;
    }
    let name = month_name(month);
    (1..=31)
        .contains(&day)
        .then(|| (format!("{day} {name} {}", &text[year_at..end]), end))
}

/// Whether `lines` are a list: two or more items (a bullet, or a field "Label: …") that
/// make at least half its lines (a lead-in may open them: "Here is the offer:"; a sign-off
/// may follow them: "Formal letter follows.").
fn is_list(lines: &[&str]) -> bool {
    let items = lines
        .iter()
        .filter(|l| bullet(l).is_some() || field(l).is_some())
        .count();
    items >= 2 && items * 2 >= lines.len()
}

/// The text of a bulleted or numbered line after its bullet or number ("- Salary: …",
/// "2. Decision to you - by Wednesday", "3) Start date agreed").
fn bullet(line: &str) -> Option<&str> {
    let numbered = || {
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        let rest = line[digits..].strip_prefix(['.', ')'])?;
        ((1..=2).contains(&digits) && rest.starts_with(' ')).then_some(rest)
    };
    line.strip_prefix(['-', '*', '•', '·'])
        .or_else(numbered)
        .map(str::trim_start)
}

/// Whether `line` is a line of a list ("- a peer", "2. a former manager").
pub fn is_list_line(line: &str) -> bool {
    bullet(line.trim()).is_some()
}

/// A field line's label and value: "Start date: Monday 11 January" (a short label of
/// words).
fn field(line: &str) -> Option<(&str, &str)> {
    let (label, value) = line.split_once(':')?;
    let words = label.len() <= 30
        && !label.trim().is_empty()
        && label
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '/' || c == '-');
    words.then_some((label, value))
}

/// Whether `lower` (a sentence in lower case) is boilerplate: a legal, equal-opportunity
/// or automated-mail notice, or an eligibility or background-check notice that asks
/// nothing of the user.
pub fn boilerplate(lower: &Lower) -> bool {
    lower.holds_any(cues::BOILERPLATE)
        || (lower.holds_any(cues::NOTICES) && !lower.holds_any(cues::REQUEST))
}

/// The part of a boilerplate sentence before the clause that holds its boilerplate ("you
/// have been selected for the post, on the terms set out in the attached letter": the
/// choice is news, the terms are not); None when the boilerplate opens the sentence or
/// the part before it sets a condition or speaks of any offer ("if you are successful,
/// any offer is subject to the terms set out in our policy"), or the sentence is a
/// notice.
pub fn before_boilerplate(lower: &Lower) -> Option<Lower> {
    // A notice (a background check, the right to work) is the matter of the whole
    // sentence; legal text closes it.
    if lower.holds_any(cues::NOTICES) {
        return None;
    }
    let at = cues::BOILERPLATE
        .iter()
        .filter_map(|b| lower.find(b))
        .min()?;
    let head = &lower[..lower[..at].rfind(", ")?];
    let conditional = head
        .split_whitespace()
        .any(|w| cues::CONDITIONS.contains(&w));
    let head = Lower::new(head);
    (!conditional && !boilerplate(&head)).then_some(head)
}

/// What an interview's field lines or calendar-style lines say of its day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockDay {
    /// No line names a day.
    Unnamed,
    /// Every line names this one.
    One(NaiveDate),
    /// Lines name different days: a choice, not one day.
    Several,
}

/// `line` after the stamp a pasted chat puts before each message ("[07/12/2026, 08:14]
/// Nadia: …"): when the line was written, not a day it names.
fn after_chat_stamp(line: &str) -> &str {
    line.strip_prefix('[')
        .and_then(|rest| rest.split_once(']'))
        .filter(|(stamp, _)| {
            stamp.len() <= 24
                && stamp.contains(':')
                && stamp
                    .chars()
                    .all(|c| c.is_ascii_digit() || " /.,:-apm".contains(c))
        })
        .map_or(line, |(_, rest)| rest.trim_start())
}

/// The day an interview's field lines ("Date: …", or a meeting's own field: "Session:
/// Friday 11 December, 2pm") or calendar-style lines in `text` name.
pub fn block_day(text: &str, today: NaiveDate) -> BlockDay {
    let mut day = None;
    for line in text.lines() {
        let lower = line.trim().to_lowercase();
        let lower = bullet(&lower).unwrap_or(&lower);
        let lower = after_chat_stamp(lower);
        // A field of another kind ("Received: Tue 24 Nov 2026 12:30") names no interview.
        let meeting_field = field(lower)
            .filter(|(label, _)| cues::MEETINGS.contains(&label.trim()))
            .filter(|_| names_a_time(lower));
        // "Time: 2026-12-03 (Thursday) 10:00": a time field opening on its date.
        let dated_time = lower.strip_prefix("time:").filter(|value| {
            value
                .split_whitespace()
                .next()
                .is_some_and(|first| !dates_named(first, today).is_empty())
        });
        let value = match cues::DAY_LINES.iter().find(|o| lower.starts_with(*o)) {
            Some(opening) => &lower[opening.len()..],
            None if dated_time.is_some() => dated_time.unwrap_or(""),
            None if meeting_field.is_some() => meeting_field.map_or("", |(_, v)| v),
            None if lower.len() < 90 && names_a_time(lower) && field(lower).is_none() => {
                // "Please complete it by 23:59 on Monday": a bound, not the day it is held.
                let bound = lower
                    .split_whitespace()
                    .any(|w| ["by", "before", "until", "after"].contains(&w));
                if bound {
                    continue;
                }
                lower
            }
            None => continue,
        };
        match (dates_named(value, today).as_slice(), day) {
            ([one], None) => day = Some(*one),
            ([one], Some(had)) if *one == had => {}
            ([_], Some(_)) => return BlockDay::Several,
            _ => {}
        }
    }
    day.map_or(BlockDay::Unnamed, BlockDay::One)
}

/// Whether `line` names a time of day: "13:00", "4pm", "10:30 am".
pub fn names_a_time(line: &str) -> bool {
    let bytes = line.as_bytes();
    bytes.windows(3).any(|w| {
        w[0].is_ascii_digit()
            && ((w[1] == b':' && w[2].is_ascii_digit()) || &w[1..] == b"am" || &w[1..] == b"pm")
    }) || line.contains(" am ")
        || line.contains(" pm ")
}

/// The field of `text` (a line, without its bullet) whose status, outcome or result says
/// no ("Current status: Not selected", "Outcome: not progressing", "Interview result:
/// Unsuccessful").
pub fn status_says_no(text: &str) -> Option<&str> {
    let says = |line: &str| {
        let line = line.to_lowercase();
        let line = line.as_str();
        let labelled = |label: &str| cues::STATUS_LABELS.iter().any(|l| label.contains(l));
        // "Application status: Not selected", "Your application status has changed to:
        // Not selected".
        let status = field(line).or_else(|| {
            line.split_once(':')
                .filter(|(label, _)| label.len() <= 60 && labelled(label))
        });
        status.is_some_and(|(label, value)| {
            // "140 - Reject", "Not Selected - Other Candidates More Qualified": the value
            // after its code and before its gloss.
            let value = status_value(value);
            let value = value
                .split(" - ")
                .next()
                .unwrap_or(value)
                .trim_end_matches('.');
            // "Closed" says no of an application, not of a ticket or a request: a bare
            // "Status: Closed" is the application's only when the label names it.
            let of_the_application = value != "closed"
                || ["application", "candidate", "candidacy"]
                    .iter()
                    .any(|w| label.contains(w));
            labelled(label) && says_no(value) && of_the_application
        })
    };
    let statuses: Vec<&str> = text
        .lines()
        .map(|line| bullet(line.trim()).unwrap_or(line.trim()))
        .filter(|line| status_field(line))
        .collect();
    // Fields that disagree list several applications (a digest): the no may be another's.
    let no = statuses.iter().find(|line| says(line))?;
    statuses.iter().all(|line| says(line)).then_some(no)
}

/// Whether `line` is a field whose label names a current status, an outcome or a result
/// (not "Previous Status: 040 - Screen", the step before it).
fn status_field(line: &str) -> bool {
    line.split_once(':').is_some_and(|(label, _)| {
        let label = label.to_lowercase();
        label.len() <= 60
            && cues::STATUS_LABELS.iter().any(|l| label.contains(l))
            && !previous(&label)
    })
}

/// Whether a field's `label` (lower case) names a status held before ("Previous Status").
fn previous(label: &str) -> bool {
    ["previous", "old", "prior"]
        .iter()
        .any(|l| label.contains(l))
}

/// A status field's value without the code before it ("140 - Reject" → "reject").
fn status_value(value: &str) -> &str {
    value
        .trim()
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '-' || c == ' ')
}

/// The field of `text` whose current status or disposition is an offer ("New Status:
/// Offer", "Disposition: Offer Extended"), a code before it or not: not a previous one,
/// nor an offer declined, withdrawn or accepted.
pub fn status_says_offer(text: &str) -> Option<&str> {
    text.lines().map(str::trim).find(|line| {
        let lower = line.to_lowercase();
        lower.split_once(':').is_some_and(|(label, value)| {
            let current = label.len() <= 30
                && ["status", "disposition"].iter().any(|l| label.contains(l))
                && !previous(label);
            let value = status_value(value);
            current
                && value.starts_with("offer")
                && !cues::OFFER_UNDONE.iter().any(|u| value.contains(u))
        })
    })
}

/// Whether a field's `value` says no: a value of [`cues::STATUS_NO`], or "not" and an act
/// of advancing ("not progressing", "not proceeding"; not "not yet decided").
fn says_no(value: &str) -> bool {
    cues::STATUS_NO.contains(&value)
        || value.strip_prefix("not ").is_some_and(|act| {
            cues::ADVANCING.iter().any(|a| act.starts_with(a))
                || cues::ADVANCED.iter().any(|a| act.starts_with(a))
        })
}

/// The subject of a short message written as a sentence by the employer or to the user
/// ("PM role - we've gone with another candidate", "Final round Wed 25 Nov - can you do
/// it?"), without its reply prefixes: in a note of a few words ("See subject."), the news
/// may be there alone. Not a calendar's subject ("… @ Thu 3 Dec 14:00").
pub fn subject_said<'s>(subject: &'s str, text: &str) -> Option<&'s str> {
    if text.split_whitespace().count() > SHORT_NOTE || subject.contains(" @ ") {
        return None;
    }
    let mut said = subject.trim();
    while let Some((prefix, rest)) = said.split_once(':') {
        if !cues::REPLY_PREFIXES.contains(&prefix.trim().to_lowercase().as_str()) {
            break;
        }
        said = rest.trim();
    }
    let lower = said.to_lowercase();
    let speaks = lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .any(|w| cues::SPEAKERS.contains(&w));
    speaks.then_some(said)
}

/// How many words a short note has at most (its subject may carry its news).
const SHORT_NOTE: usize = 30;

/// Whether `lower` (text in lower case) asks the user to sign ("sign and send it back",
/// "please sign it through the portal"): an answer asked for, not a "sign-off", a
/// "sign-on" bonus or signing "up".
pub fn asks_to_sign(lower: &str) -> bool {
    lower.match_indices("sign ").any(|(at, found)| {
        let next = lower[at + found.len()..].split_whitespace().next();
        (at == 0 || !lower.as_bytes()[at - 1].is_ascii_alphabetic())
            && !next.is_some_and(|w| ["off", "up", "in", "on"].contains(&w))
    })
}

/// The list item of `text` (without its bullet) that sends an offer letter, under a lead-in that names what
/// follows as attached, on the line before or a paragraph before ("Attached:" over "-
/// Offer letter (Product Manager)", "Please find your offer pack attached:" over "1. Offer
/// letter - Business Analyst").
pub fn offer_attached(text: &str) -> Option<&str> {
    let mut led = false;
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        match bullet(line) {
            Some(item) => {
                let lower = item.to_lowercase();
                if led && cues::OFFER_SENT.iter().any(|o| lower.starts_with(o)) {
                    return Some(item);
                }
            }
            None => {
                let lower = line.to_lowercase();
                led = cues::ATTACHED.iter().any(|a| lower.contains(a));
            }
        }
    }
    None
}

/// Whether `text` sets out the terms of an offer: pay in figures, and a start or a day to
/// answer by, with both or as two or more list lines.
pub fn offer_terms(text: &str) -> bool {
    let lower = text.to_lowercase();
    let has = |list: &[&str]| holds_term(&lower, list);
    let listed = lower
        .lines()
        .map(str::trim)
        .filter(|l| bullet(l).is_some() || field(l).is_some())
        .count();
    let (start, answer) = (
        has(cues::START),
        has(cues::ANSWER_BY) || asks_to_sign(&lower),
    );
    has(cues::MONEY) && has(cues::PAY) && (start || answer) && ((start && answer) || listed >= 2)
}

/// Whether `lower` holds any of `list` as a term: a cue that begins or ends on a letter
/// begins or ends a word there ("base" is not in "competency-based", nor "eur" in
/// "european"; "/day" follows "475").
pub fn holds_term(lower: &str, list: &[&str]) -> bool {
    let bytes = lower.as_bytes();
    list.iter().any(|cue| {
        let (first, last) = (cue.as_bytes()[0], cue.as_bytes()[cue.len() - 1]);
        lower.match_indices(cue).any(|(at, _)| {
            let end = at + cue.len();
            (!first.is_ascii_alphanumeric() || at == 0 || !bytes[at - 1].is_ascii_alphabetic())
                && (!last.is_ascii_alphanumeric()
                    || bytes.get(end).is_none_or(|b| !b.is_ascii_alphabetic()))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn list_lines_are_sentences_and_wrapped_lines_are_not() {
        let list =
            "Here's the offer:\n- Salary: $92,000\n- Start date: January 4\n- Sign by December 11";
        assert_eq!(sentences_of(list).len(), 4);
        let wrapped = "We expect to decide by Friday and will\nwrite to you then.";
        assert_eq!(sentences_of(wrapped).len(), 1);
    }

    #[test]
    fn field_and_calendar_lines_give_the_interview_day() {
        let today = day(2026, 12, 2);
        let block = "Date: Wednesday 9 December\nTime: 14:00-15:00\nLocation: 1 King Street";
        assert_eq!(block_day(block, today), BlockDay::One(day(2026, 12, 9)));
        let calendar = "Your session:\n\nFri 11 Dec 2026 · 13:00 - 14:30 (GMT)\nGoogle Meet";
        assert_eq!(block_day(calendar, today), BlockDay::One(day(2026, 12, 11)));
        let own = "Brief: ten minutes.\nSession: Friday 11 December, 2pm, Canal Wharf.";
        assert_eq!(block_day(own, today), BlockDay::One(day(2026, 12, 11)));
        assert_eq!(
            block_day("Date: Tue 8 Dec\nWhen: Thu 10 Dec 3pm", today),
            BlockDay::Several
        );
        // A field of another kind, and a day given as a bound, name no interview.
        assert_eq!(
            block_day("Received: Wed 2 Dec 2026 12:30", today),
            BlockDay::Unnamed
        );
        assert_eq!(
            block_day("Please finish it by 23:59 on Monday 7 December.", today),
            BlockDay::Unnamed
        );
        // A pasted chat's stamps say when each line was written.
        assert_eq!(
            block_day(
                "[07/12/2026, 08:15] Nadia: Can you sort?\n[7.12.26 08:16] Dean: Yes",
                today
            ),
            BlockDay::Unnamed
        );
    }

    #[test]
    fn days_and_months_of_other_languages_are_named_in_english() {
        assert_eq!(
            spelled_dates("bis einschließlich Freitag, 4. Dezember, nicht im Büro"),
            "bis einschließlich Friday, 4 December, nicht im Büro"
        );
        assert_eq!(
            spelled_dates("de vuelta el lunes 7 de diciembre."),
            "de vuelta el Monday 7 December."
        );
        assert_eq!(
            spelled_dates("du 18 au 20 novembre"),
            "du 18 au 20 November"
        );
        // A month's name is read as one only after a day of the month.
        assert_eq!(spelled_dates("Mars and Mai"), "Mars and Mai");
    }

    #[test]
    fn dotted_dates_are_spelled_out_and_other_numbers_are_kept() {
        assert_eq!(
            spelled_dates("an interview on Wednesday, 09.12.2026 at 11:00."),
            "an interview on Wednesday, 9 December 2026 at 11:00."
        );
        assert_eq!(
            spelled_dates("version 1.2.2026b, 13.13.2026"),
            "version 1.2.2026b, 13.13.2026"
        );
        assert_eq!(spelled_dates("£1.500 and 3.5"), "£1.500 and 3.5");
    }

    #[test]
    fn terms_as_a_list_are_an_offer_and_a_salary_question_is_not() {
        assert!(offer_terms(
            "Role: Product Manager\nBase salary: £78,000\nStart date: Monday 11 January"
        ));
        assert!(!offer_terms(
            "The salary band for this role is £70,000-£80,000; we'd discuss it at offer stage."
        ));
        assert!(offer_terms(
            "The letter for the role is attached. Salary is £52,000, start date 4 January. Sign and send it back when you can."
        ));
        assert!(!asks_to_sign(
            "sign-on: £2,000. please sign up to the portal."
        ));
    }

    #[test]
    fn a_status_field_can_say_no() {
        let no = |text: &str| status_says_no(text).is_some();
        assert!(no("Role: Analyst\nApplication status: Unsuccessful"));
        assert!(!no("Status: under review"));
        // "Closed" is the application's only when the label says so, not a ticket's.
        assert!(no("Application status: Closed"));
        assert!(!no("Ticket #4471\nStatus: Closed"));
        assert!(!no("We are not selected by chance."));
        // An outcome or a result field, and "not" with an act of advancing.
        assert_eq!(
            status_says_no("- Role: Analyst\n- Outcome: not proceeding"),
            Some("Outcome: not proceeding")
        );
        assert!(no("Assessment result: Unsuccessful"));
        assert!(!no("- Result: not yet decided"));
    }

    #[test]
    fn a_short_note_may_carry_its_news_in_a_subject_said_as_a_sentence() {
        assert_eq!(
            subject_said("Re: PM role - we've gone with someone else", "Sorry. Ben"),
            Some("PM role - we've gone with someone else")
        );
        assert_eq!(subject_said("Re: Your offer letter", "Thanks!"), None);
        assert_eq!(
            subject_said(
                "Invitation: Final round @ Thu 3 Dec 2026 14:00",
                "Can you make it?"
            ),
            None
        );
        let long = "word ".repeat(40);
        assert_eq!(subject_said("We'd like to meet you again", &long), None);
    }

    #[test]
    fn notices_are_boilerplate_unless_they_ask_something() {
        let notice = |text: &str| boilerplate(&Lower::new(text));
        assert!(notice(
            "Any offer of employment is contingent on verification of your employment eligibility (Form I-9)."
        ));
        assert!(notice("Please do not reply to this email."));
        assert!(!notice(
            "Please complete the background check consent form and the referee details."
        ));
    }
}
