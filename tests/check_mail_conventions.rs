//! Conventions of real mail that are not mistakes, each beside a near miss that still is
//! one: a draft written in lower case throughout (a style, named once by the tone),
//! lines that are not prose, words of other languages, and the words and frames that
//! only look wrong out of their context.

use afterview::core::calendar::FixedZone;
use afterview::core::check::{check, Draft, Options};
use afterview::core::model::{state_from_value, Channel};
use afterview::native::speller;
use chrono::DateTime;
use serde_json::json;

/// Every finding on the body of `body`, as (finding id, the words marked, the message).
fn found(body: &str) -> Vec<(String, String, String)> {
    let speller = speller().expect("dictionary");
    let draft = Draft {
        channel: Channel::Email,
        to: vec!["someone@example.com".to_string()],
        subject: "Thank you".to_string(),
        body: body.to_string(),
        ..Draft::default()
    };
    let now = DateTime::parse_from_rfc3339("2026-11-20T09:00:00+00:00").expect("now");
    let options = Options {
        speller: Some(&speller),
        ..Options::default()
    };
    let units: Vec<u16> = body.encode_utf16().collect();
    let state = state_from_value(json!({
        "schema": 1,
        "profile": {"name": "Taylor Brooks", "email": "me@example.net", "timezone": "Europe/London"},
        "processes": [],
    }))
    .expect("state");
    check(
        &state,
        &draft,
        now,
        &FixedZone(*now.offset()),
        options,
    )
    .findings
    .into_iter()
    .filter(|f| f.field == "body")
    .map(|f| {
        let marked = String::from_utf16_lossy(&units[f.start..f.end]);
        (f.id, marked, f.message)
    })
    .collect()
}

/// The spelling and grammar findings on `body`.
fn proofreading(body: &str) -> Vec<(String, String, String)> {
    found(body)
        .into_iter()
        .filter(|f| f.0 == "spelling" || f.0 == "grammar")
        .collect()
}

#[test]
fn a_draft_in_lower_case_throughout_gets_one_finding_for_its_style() {
    let body = "hey Sam, great to talk today\n\nthe team liked your portfolio. we will send the brief on monday, so keep an eye out\n\nbest,\nrio";
    let all = found(body);
    let style: Vec<_> = all.iter().filter(|f| f.2.contains("lower case")).collect();
    assert_eq!(style.len(), 1, "{all:?}");
    assert_eq!(style[0].0, "casual", "{all:?}");
    assert!(
        !all.iter().any(|f| f.2.contains("Start the sentence")
            || f.2.contains("End the sentence")),
        "{all:?}"
    );
    // The words are still read: a misspelling and a day in lower case are found.
    let typo = "hey Sam, great to talk today\n\nthe team liked your portfolo. we will send the brief on monday\n\nrio";
    let words: Vec<String> = proofreading(typo).into_iter().map(|f| f.1).collect();
    assert!(words.contains(&"portfolo".to_string()), "{words:?}");
    assert!(words.contains(&"monday".to_string()), "{words:?}");
}

#[test]
fn one_sentence_in_lower_case_among_capitals_is_still_a_mistake() {
    let body = "Hi Sam,\n\nThanks for the call today. the brief is attached. I look forward to the next round.\n\nBest,\nRio";
    let all = found(body);
    assert!(
        all.iter()
            .any(|f| f.0 == "grammar" && f.1 == "the" && f.2.contains("capital letter")),
        "{all:?}"
    );
    assert!(!all.iter().any(|f| f.2.contains("lower case")), "{all:?}");
}


