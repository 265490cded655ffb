//! A clock time after "in" or "on" (`grammar`): "meet in 9:30" and "speak on 3 p.m."
//! are "at 9:30" and "at 3 p.m.". "In" only after a word of meeting or starting, since
//! "finished in 2:45" and "in 10:30 minutes" are lengths of time.

use super::clauses::Clauses;
use super::text::Word;
use super::{Findings, Input, Severity, MAX_PER_ID};

/// Words of meeting, starting or being free before "in" and a time.
const MEETING: &[&str] = &[
    "meet",
    "meeting",
    "start",
    "starting",
    "begin",
    "call",
    "talk",
    "speak",
    "chat",
    "arrive",
    "join",
    "see",
    "connect",
    "reschedule",
    "move",
    "moved",
    "free",
    "available",
    "interview",
    "session",
    "appointment",
    "starts",
    "begins",
    "book",
    "booked",
    "me",
    "us",
    "you",
];

/// Words after a time that make it a length of time, not a time of day.
const DURATIONS: &[&str] = &[
    "minutes", "minute", "mins", "min", "hours", "hour", "hrs", "hr", "h", "seconds", "secs",
];

/// Whether `hour` and `minutes` (a word that follows it after ":") read as a time of
/// day: "9" and "30", "10" and "45pm".
fn clock_time(hour: &str, minutes: &str) -> bool {
    let digits = minutes.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &minutes[digits.len()..];
    hour.len() <= 2
        && hour.parse::<u32>().is_ok_and(|h| h <= 23)
        && digits.len() == 2
        && digits.parse::<u32>().is_ok_and(|m| m <= 59)
        && ["", "am", "pm"].contains(&suffix.to_ascii_lowercase().as_str())
}

/// Whether `word` is an hour with "am" or "pm" glued to it ("3pm", "10am").
fn hour_with_period(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    lower
        .strip_suffix("am")
        .or_else(|| lower.strip_suffix("pm"))
        .is_some_and(|h| h.parse::<u32>().is_ok_and(|h| (1..=12).contains(&h)))
}

/// The time of day that starts at word `hour`, as written ("9:30", "3pm", "3 p.m.",
/// "10 am"), unless a word of length follows ("10:30 minutes").
fn time_of_day(clauses: &Clauses, list: &[Word], body: &str, hour: usize) -> Option<String> {
    let text = list[hour].text;
    if hour_with_period(text) {
        return Some(text.to_string());
    }
    let minutes = list.get(hour + 1)?;
    let between = body.get(list[hour].end..minutes.start)?;
    if between == ":" && clock_time(text, minutes.text) {
        let duration = clauses
            .next(hour + 1)
            .is_some_and(|n| DURATIONS.contains(&clauses.lower(n).as_ref()));
        return (!duration).then(|| format!("{text}:{}", minutes.text));
    }
    let period = minutes.text.to_ascii_lowercase();
    (between == " "
        && text.parse::<u32>().is_ok_and(|h| (1..=12).contains(&h))
        && ["am", "pm", "a.m", "p.m"].contains(&period.as_str()))
    .then(|| format!("{text} {}", minutes.text))
}

/// Finds "in" (after a word of meeting) or "on" before a time of day among `list`.
pub(super) fn check(input: &Input, list: &[Word], out: &mut Findings) {
    let body = &input.draft.body;
    let clauses = Clauses::new(input, list);
    for k in 0..clauses.len() {
        let word = clauses.lower(k);
        let after_meeting = || {
            clauses
                .previous(k)
                .is_some_and(|p| MEETING.contains(&clauses.lower(p).as_ref()))
        };
        if !(word == "on" || word == "in" && after_meeting()) {
            continue;
        }
        let Some(hour) = clauses.next(k) else {
            continue;
        };
        let Some(time) = time_of_day(&clauses, list, body, hour) else {
            continue;
        };
        if out.count("grammar") >= MAX_PER_ID {
            return;
        }
        let fix = "at";
        out.push(
            "grammar",
            Severity::Warning,
            "body",
            (list[k].start, list[k].end),
            format!("A time of day takes \"at\": \"{fix} {time}\"."),
            fix.to_string(),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::{clock_time, hour_with_period};

    #[test]
    fn times_of_day() {
        for (hour, minutes) in [("9", "30"), ("10", "45pm"), ("0", "00")] {
            assert!(clock_time(hour, minutes), "{hour}:{minutes}");
        }
        for (hour, minutes) in [("16", "9"), ("9", "75"), ("2030", "00"), ("1", "1s")] {
            assert!(!clock_time(hour, minutes), "{hour}:{minutes}");
        }
        for word in ["3pm", "10AM", "12pm"] {
            assert!(hour_with_period(word), "{word}");
        }
        for word in ["13pm", "pm", "spam", "0am"] {
            assert!(!hour_with_period(word), "{word}");
        }
    }
}
