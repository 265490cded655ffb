//! The checker takes any draft: no panic, every span inside its field.
#![no_main]
use afterview::core::calendar::FixedZone;
use afterview::core::check::{check, Draft, Options};
use afterview::core::model::{parse_state, Channel};
use chrono::DateTime;
use afterview::core::model::State;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn state() -> &'static State {
    static STATE: OnceLock<State> = OnceLock::new();
    STATE.get_or_init(|| parse_state(include_str!("../../tests/data/state.json")).expect("state"))
}

fuzz_target!(|input: (&str, &str, bool)| {
    let (subject, body, note) = input;
    let now = DateTime::parse_from_rfc3339("2026-11-20T09:00:00+00:00").expect("now");
    let draft = Draft {
        channel: if note { Channel::LinkedinNote } else { Channel::Email },
        to: vec!["ben.okafor@globex.example".into()],
        cc: vec![],
        subject: subject.into(),
        body: body.into(),
        purpose: None,
        limit: None,
    };
    let report = check(state(), &draft, now, &FixedZone(*now.offset()), Options::default());
    for f in report.findings {
        let field = if f.field == "subject" { subject } else { body };
        assert!(f.start <= f.end && f.end <= field.encode_utf16().count());
    }
});
