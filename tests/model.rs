//! The state document: unknown fields survive a round trip; migration and validation.

use afterview::core::model::{parse_state, state_from_value, validate, SCHEMA_VERSION};
use serde_json::{json, Value};

const STATE: &str = include_str!("data/state.json");

#[test]
fn a_document_round_trips_unchanged_with_unknown_fields() {
    let mut doc: Value = serde_json::from_str(STATE).expect("example");
    doc["from_the_future"] = json!({"kept": [1, 2, 3]});
    doc["profile"]["pronouns"] = json!("they/them");
    doc["processes"][0]["salary_range"] = json!("90-110k");
    doc["processes"][0]["contacts"][0]["pronunciation"] = json!("AH-nah");
    doc["processes"][0]["interviews"][0]["room"] = json!("4B");
    doc["processes"][0]["notes"][0]["starred"] = json!(true);
    doc["processes"][0]["references"][0]["phone"] = json!("+44 20 7946 0000");
    doc["processes"][0]["events"][0]["thread_id"] = json!("abc");
    let state = state_from_value(doc.clone()).expect("valid");
    let written = serde_json::to_value(&state).expect("serialize");
    assert_eq!(written, doc);
}

#[test]
fn the_current_schema_is_one() {
    assert_eq!(SCHEMA_VERSION, 1);
    let state = parse_state(STATE).expect("valid");
    assert_eq!(state.schema, 1);
    assert!(validate(&state).is_ok());
}

#[test]
fn documents_without_a_schema_or_not_objects_are_refused() {
    for (doc, place) in [
        (json!({"processes": []}), "schema"),
        (json!([1, 2]), "."),
        (json!({"schema": "one"}), "schema"),
        (json!({"schema": 2}), "schema"),
        (json!({"schema": 0}), "schema"),
    ] {
        let err = state_from_value(doc.clone()).expect_err("refused");
        assert_eq!(err.path, place, "{doc}: {err}");
    }
}

#[test]
fn duplicate_ids_and_missing_purposes_are_refused_with_paths() {
    let mut doc: Value = serde_json::from_str(STATE).expect("example");
    doc["processes"][1]["id"] = json!("globex-pm");
    assert_eq!(
        state_from_value(doc).expect_err("dup").path,
        "processes[1].id"
    );
    let mut doc: Value = serde_json::from_str(STATE).expect("example");
    doc["processes"][0]["contacts"][1]["id"] = json!("ana");
    assert_eq!(
        state_from_value(doc).expect_err("dup").path,
        "processes[0].contacts[1].id"
    );
    let mut doc: Value = serde_json::from_str(STATE).expect("example");
    doc["processes"][0]["events"][0]
        .as_object_mut()
        .expect("event")
        .remove("purpose");
    assert_eq!(
        state_from_value(doc).expect_err("purpose").path,
        "processes[0].events[0].purpose"
    );
    let mut doc: Value = serde_json::from_str(STATE).expect("example");
    doc["processes"][0]["notes"][0]["contact"] = json!("nobody");
    assert_eq!(
        state_from_value(doc).expect_err("note").path,
        "processes[0].notes[0].contact"
    );
}

/// A profile saved from a page that drew it before a change elsewhere keeps that change:
/// only the fields the page changed are written over it.
#[test]
fn a_profile_saved_from_a_stale_page_keeps_what_changed_elsewhere() {
    use afterview::core::history::rebase_edit;
    use afterview::core::model::Profile;
    let drawn = Profile {
        name: "Sam Rivera".into(),
        ..Profile::default()
    };
    let mut elsewhere = drawn.clone();
    elsewhere.spelling = Some("uk".into());
    let mut edited = drawn.clone();
    edited.name = "Sam R. Rivera".into();
    let saved = rebase_edit(&drawn, &edited, &elsewhere).expect("no conflict");
    assert_eq!(saved.name, "Sam R. Rivera");
    assert_eq!(saved.spelling.as_deref(), Some("uk"));
}

/// A spelling system a newer build wrote is kept as written and read as none.
#[test]
fn an_unknown_spelling_system_is_kept_and_read_as_none() {
    let text = r#"{"schema": 1, "profile": {"name": "Sam", "spelling": "nz"}, "processes": []}"#;
    let state = afterview::core::model::parse_state(text).expect("readable");
    assert_eq!(state.profile.spelling.as_deref(), Some("nz"));
    assert_eq!(state.profile.spelling_system(), None);
    let again = serde_json::to_string(&state).expect("written");
    assert!(again.contains(r#""spelling":"nz""#), "{again}");
}
