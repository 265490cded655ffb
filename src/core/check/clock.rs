//! A clock time after "in" (`grammar`): "meet in 9:30" is "at 9:30". Only after a word
//! of meeting or starting, since "finished in 2:45" and "in 10:30 minutes" are lengths
//! of time.

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

/// Finds "in" before a time of day among `list`.
pub(super) fn check(input: &Input, list: &[Word], out: &mut Findings) {
    let body = &input.draft.body;
    let clauses = Clauses::new(input, list);
    for k in 0..clauses.len() {
        if clauses.lower(k) != "in"
            || !clauses
                .previous(k)
                .is_some_and(|p| MEETING.contains(&clauses.lower(p).as_ref()))
        {
            continue;
        }
        let Some(hour) = clauses.next(k) else {
            continue;
        };
        let Some(minutes) = list.get(hour + 1) else {
            continue;
        };
        if body.get(list[hour].end..minutes.start) != Some(":")
            || !clock_time(list[hour].text, minutes.text)
        {
            continue;
        }
        let duration = clauses
            .next(hour + 1)
            .is_some_and(|n| DURATIONS.contains(&clauses.lower(n).as_ref()));
        if duration {
            continue;
        }
        if out.count("grammar") >= MAX_PER_ID {
            return;
        }
        let fix = "at";
        out.push(
            "grammar",
            Severity::Warning,
            "body",
            (list[k].start, list[k].end),
            format!(
                "A time of day takes \"at\": \"{fix} {}:{}\".",
                list[hour].text, minutes.text
            ),
            fix.to_string(),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::clock_time;

    #[test]
    fn times_of_day() {
        for (hour, minutes) in [("9", "30"), ("10", "45pm"), ("0", "00")] {
            assert!(clock_time(hour, minutes), "{hour}:{minutes}");
        }
        for (hour, minutes) in [("16", "9"), ("9", "75"), ("2030", "00"), ("1", "1s")] {
            assert!(!clock_time(hour, minutes), "{hour}:{minutes}");
        }
    }
}
