//! The example check cases of tests/data/check.json (a draft at a time, the findings it
//! must raise and those it must not), and guards against false alarms.

use afterview::core::calendar::FixedZone;
use afterview::core::check::{check, Draft, Options, Report};
use afterview::core::lexicon::Speller;
use afterview::core::model::{state_from_value, State};
use afterview::native::speller;
use chrono::DateTime;
use serde_json::Value;
use std::sync::OnceLock;

fn shared_speller() -> &'static Speller {
    static SPELLER: OnceLock<Speller> = OnceLock::new();
    SPELLER.get_or_init(|| speller().expect("dictionary"))
}

fn run(state: &State, draft: &Draft, now: &str) -> Report {
    let now = DateTime::parse_from_rfc3339(now).expect("now");
    let options = Options {
        speller: Some(shared_speller()),
        suggestions: 1,
        known: None,
        sent: None,
        spelling: None,
    };
    check(state, draft, now, &FixedZone(*now.offset()), options)
}

fn ids(report: &Report) -> Vec<&str> {
    report.findings.iter().map(|f| f.id.as_str()).collect()
}

#[test]
fn the_shared_cases_find_what_they_expect_and_nothing_they_forbid() {
    let cases: Vec<Value> = serde_json::from_str(include_str!("data/check.json")).expect("cases");
    assert!(!cases.is_empty());
    for (i, case) in cases.iter().enumerate() {
        let state = state_from_value(case["request"]["state"].clone()).expect("state");
        let draft: Draft = serde_json::from_value(case["request"]["draft"].clone()).expect("draft");
        let report = run(&state, &draft, case["now"].as_str().expect("now"));
        let found = ids(&report);
        for id in case["expect"].as_array().expect("expect") {
            assert!(
                found.contains(&id.as_str().expect("id")),
                "case {i}: expected {id} in {found:?}"
            );
        }
        for id in case
            .get("absent")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            assert!(
                !found.contains(&id.as_str().expect("id")),
                "case {i}: {id} must not be in {found:?}"
            );
        }
        if case["expect"].as_array().is_some_and(|e| e.is_empty()) {
            assert_eq!(report.score, 100, "case {i}: {found:?}");
        }
    }
}

#[test]
fn offsets_are_utf16_after_astral_characters() {
    let cases: Vec<Value> = serde_json::from_str(include_str!("data/check.json")).expect("cases");
    let state = state_from_value(cases[0]["request"]["state"].clone()).expect("state");
    let draft: Draft = serde_json::from_value(cases[0]["request"]["draft"].clone()).expect("draft");
    let report = run(&state, &draft, "2026-11-19T20:00:00+00:00");
    let utf16: Vec<u16> = draft.body.encode_utf16().collect();
    let slot = report
        .findings
        .iter()
        .find(|f| f.id == "placeholder")
        .expect("placeholder");
    assert_eq!(
        String::from_utf16(&utf16[slot.start..slot.end]).expect("utf16"),
        "[detail]"
    );
    let emoji = report
        .findings
        .iter()
        .find(|f| f.id == "emoji")
        .expect("emoji");
    assert_eq!(
        String::from_utf16(&utf16[emoji.start..emoji.end]).expect("utf16"),
        "🙂"
    );
}

/// Emoji and emoticons share one cap: a draft full of both is a short report.
#[test]
fn emoji_and_emoticons_together_stay_within_one_cap() {
    let cases: Vec<Value> = serde_json::from_str(include_str!("data/check.json")).expect("cases");
    let state = state_from_value(cases[0]["request"]["state"].clone()).expect("state");
    let mut draft: Draft =
        serde_json::from_value(cases[0]["request"]["draft"].clone()).expect("draft");
    draft.body = format!("{} {}", "🙂 ".repeat(25), ":) ".repeat(25));
    let report = run(&state, &draft, "2026-11-19T20:00:00+00:00");
    let emoji = report.findings.iter().filter(|f| f.id == "emoji").count();
    assert_eq!(emoji, afterview::core::check::MAX_PER_ID);
}
