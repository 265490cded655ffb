//! The upcoming follow-ups as an iCalendar file (RFC 5545): one VEVENT per action at its
//! due time, with a VALARM when it opens (or an hour before, when it is already open).
//! Each event's description is the action's reason, then its rule in plain words.

use super::dates::basic_utc_stamp;
use super::model::State;
use super::plan::rules::rule;
use super::plan::{action_title, Action};
use chrono::{DateTime, FixedOffset};

/// The calendar of `actions`, stamped `now`: CRLF line ends, lines folded at 75 octets.
pub fn calendar(state: &State, actions: &[Action], now: DateTime<FixedOffset>) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".to_string(),
        "PRODID:-//Afterview//Follow-ups//EN".to_string(),
        "CALSCALE:GREGORIAN".to_string(),
        "METHOD:PUBLISH".to_string(),
    ];
    for action in actions {
        let title = action_title(state, action);
        let uid = format!("{}@afterview.invalid", action.key());
        let description = match rule(&action.rule) {
            Some(rule) => format!("{}\n\n{}. {}", action.why, rule.title, rule.why),
            None => action.why.clone(),
        };
        let trigger = if action.opens < action.due && action.opens > now {
            format!("TRIGGER;VALUE=DATE-TIME:{}", stamp(action.opens))
        } else {
            "TRIGGER:-PT1H".to_string()
        };
        lines.extend([
            "BEGIN:VEVENT".to_string(),
            format!("UID:{}", text(&uid)),
            format!("DTSTAMP:{}", stamp(now)),
            format!("DTSTART:{}", stamp(action.due)),
            "DURATION:PT15M".to_string(),
            format!("SUMMARY:{}", text(&title)),
            format!("DESCRIPTION:{}", text(&description)),
            "BEGIN:VALARM".to_string(),
            "ACTION:DISPLAY".to_string(),
            format!("DESCRIPTION:{}", text(&title)),
            trigger,
            "END:VALARM".to_string(),
            "END:VEVENT".to_string(),
        ]);
    }
    lines.push("END:VCALENDAR".to_string());
    lines.iter().map(|l| fold(l)).collect::<String>()
}

/// A UTC date-time in the basic format (`20261124T143000Z`).
fn stamp(t: DateTime<FixedOffset>) -> String {
    basic_utc_stamp(t.naive_utc())
}

/// A TEXT value: backslash, semicolon, comma and newline escaped; other controls dropped.
fn text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// One content line, folded so no physical line exceeds 75 octets (never inside a
/// character), ended with CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::calendar::FixedZone;
    use crate::core::model::parse_state;
    use crate::core::plan::plan;

    #[test]
    fn every_action_is_an_event_with_an_alarm_and_lines_fit() {
        let state = parse_state(include_str!("../../tests/data/state.json")).unwrap();
        let now = DateTime::parse_from_rfc3339("2026-11-20T09:00:00+00:00").unwrap();
        let actions = plan(&state, now, &FixedZone(*now.offset())).actions;
        assert!(!actions.is_empty());
        let ics = calendar(&state, &actions, now);
        assert_eq!(ics.matches("BEGIN:VEVENT").count(), actions.len());
        assert_eq!(ics.matches("BEGIN:VALARM").count(), actions.len());
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        // Each reason is followed by its rule in plain words, not by a bare code.
        let unfolded = ics.replace("\r\n ", "");
        for action in &actions {
            let words = rule(&action.rule).unwrap();
            let plain = format!("{}\n\n{}. {}", action.why, words.title, words.why);
            assert!(unfolded.contains(&text(&plain)), "{}", action.rule);
            assert!(!unfolded.contains(&format!("({})", action.rule)));
        }
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{line:?}");
            assert!(!line.contains('\n'));
        }
    }

    #[test]
    fn two_thank_yous_to_one_person_after_two_rounds_are_two_events() {
        let state = parse_state(
            r#"{"schema": 1, "profile": {"timezone": "UTC"}, "processes": [{"id": "acme", "company": "Acme",
              "contacts": [{"id": "jordan", "name": "Jordan Lee", "email": "j@acme.example", "role": "interviewer"}],
              "interviews": [
                {"start": "2026-11-19T10:00:00+00:00", "end": "2026-11-19T11:00:00+00:00", "contacts": ["jordan"]},
                {"start": "2026-11-19T15:00:00+00:00", "end": "2026-11-19T16:00:00+00:00", "contacts": ["jordan"]}]}]}"#,
        )
        .unwrap();
        let now = DateTime::parse_from_rfc3339("2026-11-19T17:00:00+00:00").unwrap();
        let mut actions = plan(&state, now, &FixedZone(*now.offset())).actions;
        actions.retain(|a| a.kind == crate::core::model::ActionKind::ThankYou);
        assert_eq!(actions.len(), 2, "a thank-you after each round");
        let ics = calendar(&state, &actions, now).replace("\r\n ", "");
        let uids: std::collections::HashSet<&str> =
            ics.lines().filter(|l| l.starts_with("UID:")).collect();
        assert_eq!(uids.len(), actions.len(), "{ics}");
    }

    #[test]
    fn text_is_escaped_and_folding_keeps_characters_whole() {
        assert_eq!(text("a,b;c\\d\ne\u{0}"), "a\\,b\\;c\\\\d\\ne");
        let long = format!("SUMMARY:{}", "é".repeat(60));
        let folded = fold(&long);
        assert!(folded.split("\r\n").all(|l| l.len() <= 75));
        assert_eq!(folded.replace("\r\n ", ""), format!("{long}\r\n"));
    }
}
