//! Hostile and arbitrary input on stable Rust (the same functions `make fuzz` fuzzes):
//! arbitrary strings to the deadline reader and the checker, arbitrary JSON and mangled
//! states to the importer. No panic, errors are values with messages, time is linear.

use afterview::core::calendar::FixedZone;
use afterview::core::check::{check, Draft, Options};
use afterview::core::edit::{track_contact, NewContact, ProcessTarget};
use afterview::core::model::{parse_state, state_from_value, Channel, State};
use afterview::core::plan::plan;
use afterview::core::when::read_deadline;
use afterview::native::speller;
use chrono::{DateTime, FixedOffset, NaiveDate};
use proptest::prelude::*;
use serde_json::Value;
use std::time::Instant;

fn now() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-20T09:00:00+00:00").expect("now")
}

fn example() -> State {
    parse_state(include_str!("data/state.json")).expect("example state")
}

fn draft(body: String, subject: String, to: Vec<String>, channel: Channel) -> Draft {
    Draft {
        channel,
        to,
        cc: vec![],
        subject,
        body,
        purpose: None,
        limit: None,
    }
}

/// Any JSON value, a few levels deep, with the state's own keys among the object keys.
fn json() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        Just("schema".to_string()),
        Just("profile".to_string()),
        Just("processes".to_string()),
        Just("id".to_string()),
        Just("contacts".to_string()),
        Just("events".to_string()),
        Just("start".to_string()),
        Just("kind".to_string()),
        ".{0,8}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        ".{0,20}".prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..6)
                .prop_map(|pairs| Value::Object(pairs.into_iter().collect())),
        ]
    })
}

/// Every place in a JSON document, as a path of keys and indexes.
fn paths(value: &Value, prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    out.push(prefix.clone());
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let mut p = prefix.clone();
                p.push(k.clone());
                paths(v, p, out);
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                let mut p = prefix.clone();
                p.push(i.to_string());
                paths(v, p, out);
            }
        }
        _ => {}
    }
}

fn replace_at(value: &mut Value, path: &[String], with: Value) {
    let mut here = value;
    for step in path {
        here = match here {
            Value::Object(map) => map.get_mut(step).expect("key"),
            Value::Array(items) => &mut items[step.parse::<usize>().expect("index")],
            _ => return,
        };
    }
    *here = with;
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn the_deadline_reader_takes_any_text(phrase in "\\PC{0,80}", day in 0u32..3650) {
        let today = NaiveDate::from_ymd_opt(2024, 1, 1).expect("day") + chrono::Days::new(u64::from(day));
        let window = read_deadline(&phrase, today);
        if let (Some(a), Some(b)) = (window.earliest, window.latest) {
            prop_assert!(a <= b, "{phrase:?}: {a} > {b}");
        }
    }

    #[test]
    fn the_checker_takes_any_draft(
        body in "\\PC{0,400}",
        subject in "\\PC{0,60}",
        to in prop::collection::vec("\\PC{0,30}", 0..3),
        note in any::<bool>(),
    ) {
        let state = example();
        let channel = if note { Channel::LinkedinNote } else { Channel::Email };
        let report = check(&state, &draft(body.clone(), subject.clone(), to, channel), now(), &FixedZone(*now().offset()), Options::default());
        let body_units = body.encode_utf16().count();
        let subject_units = subject.encode_utf16().count();
        for f in &report.findings {
            let units = if f.field == "subject" { subject_units } else { body_units };
            prop_assert!(f.start <= f.end && f.end <= units, "{f:?} outside {units}");
            prop_assert!(!f.message.is_empty());
        }
    }

    #[test]
    fn the_importer_turns_any_json_into_a_state_or_an_error_with_a_message(value in json()) {
        match state_from_value(value) {
            Ok(state) => { plan(&state, now(), &FixedZone(*now().offset())); }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }

    #[test]
    fn a_mangled_state_is_read_or_refused_with_its_path(pick in any::<prop::sample::Index>(), with in json()) {
        let mut doc: Value = serde_json::from_str(include_str!("data/state.json")).expect("json");
        let mut all = Vec::new();
        paths(&doc, Vec::new(), &mut all);
        let path = pick.get(&all).clone();
        replace_at(&mut doc, &path, with);
        match state_from_value(doc) {
            Ok(state) => { plan(&state, now(), &FixedZone(*now().offset())); }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }

    #[test]
    fn truncated_json_is_an_error_with_a_position(cut in 0usize..4000) {
        let text = include_str!("data/state.json");
        let cut = text.char_indices().map(|(i, _)| i).take_while(|i| *i <= cut).last().unwrap_or(0);
        if cut < text.trim_end().len() {
            let error = parse_state(&text[..cut]).expect_err("truncated");
            prop_assert!(error.to_string().contains("line"), "{error}");
        }
    }

    #[test]
    fn tracking_anyone_keeps_the_state_valid(name in "\\PC{0,300}", company in "\\PC{0,300}", email in "\\PC{0,40}") {
        let mut state = example();
        let target = ProcessTarget::New { company, role: String::new() };
        let person = NewContact { name, email: Some(email), ..NewContact::default() };
        if track_contact(&mut state, &target, person).is_ok() {
            let text = serde_json::to_string(&state).expect("json");
            prop_assert!(parse_state(&text).is_ok());
        }
    }
}

/// A 1 MB draft of ordinary prose, cut at a character boundary.
fn prose(bytes: usize) -> String {
    let sentence =
        "Thank you for the conversation about the quarterly roadmap and the team’s goals. ";
    let mut text = sentence.repeat(bytes / sentence.len() + 1);
    let cut = (0..=bytes)
        .rev()
        .find(|i| text.is_char_boundary(*i))
        .unwrap_or(0);
    text.truncate(cut);
    text
}

#[test]
fn a_megabyte_draft_is_checked_in_linear_time() {
    let state = example();
    let dictionary = speller().expect("dictionary");
    let run = |bytes: usize| {
        let d = draft(
            prose(bytes),
            "Thank you".into(),
            vec!["ben.okafor@globex.example".into()],
            Channel::Email,
        );
        let started = Instant::now();
        let report = check(
            &state,
            &d,
            now(),
            &FixedZone(*now().offset()),
            Options {
                speller: Some(&dictionary),
                suggestions: 0,
                known: None,
                sent: None,
                spelling: None,
            },
        );
        assert!(
            report.findings.iter().any(|f| f.id == "length"),
            "a megabyte is too long"
        );
        started.elapsed()
    };
    let small = run(100_000);
    let large = run(1_000_000);
    // Ten times the text may take ten times as long, plus slack for a noisy machine; a
    // quadratic step would take a hundred times as long.
    assert!(
        large < small * 30 + std::time::Duration::from_millis(200),
        "100 kB: {small:?}, 1 MB: {large:?}"
    );
}

#[test]
fn hostile_strings_survive_the_round_trip() {
    let mut state = example();
    for hostile in [
        "<img src=x onerror=alert(1)>",
        "\"><script>alert(1)</script>",
        "javascript:alert(1)",
        "\u{202E}evil\u{202C}",
        "\u{0000}",
        "\u{FEFF}\u{200B}",
        "𝓙𝓸𝓻𝓭𝓪𝓷",
    ] {
        state.processes[0].company = hostile.to_string();
        state.processes[0].contacts[0].name = hostile.to_string();
        let text = serde_json::to_string(&state).expect("json");
        assert_eq!(parse_state(&text).expect("read back"), state);
    }
    let lone = r#"{"schema":1,"profile":{"name":"\ud800"},"processes":[]}"#;
    assert!(parse_state(lone).is_err_and(|e| !e.to_string().is_empty()));
}
