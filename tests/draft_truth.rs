//! Drafts say only what the record says: a conversation, a meeting or "again" only to
//! someone who was in an interview that has ended; a preference only when a rank states
//! it; every kind of note, in every shape people type it (a concern, a list, a symbol,
//! pages of text), read into a sentence that stands.

use afterview::core::calendar::FixedZone;
use afterview::core::draft::compose;
use afterview::core::edit::{save_process, MAX_NOTE_CHARS};
use afterview::core::model::{parse_state, ActionKind, State};
use chrono::{DateTime, FixedOffset};
use serde_json::{json, Value};

fn t(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).expect("test time")
}

/// Acme: Jordan interviewed the user on 20 November; Morgan, the recruiter, arranged it
/// and was in no interview. Globex made an offer on 23 November.
fn doc() -> Value {
    json!({
      "schema": 1,
      "profile": {"name": "Sam Rivera", "email": "sam@example.com"},
      "processes": [{
        "id": "acme", "company": "Acme Corp", "role": "Data Analyst",
        "contacts": [
          {"id": "jordan", "name": "Jordan Lee", "email": "jordan@acme.example", "role": "interviewer",
           "linkedin": "https://www.linkedin.com/in/jordan-lee"},
          {"id": "morgan", "name": "Morgan Diaz", "email": "morgan@acme.example", "role": "recruiter",
           "linkedin": "https://www.linkedin.com/in/morgan-diaz"}
        ],
        "interviews": [{"start": "2026-11-20T14:00:00-05:00", "end": "2026-11-20T15:00:00-05:00",
                        "format": "video", "contacts": ["jordan"]}],
        "notes": [],
        "events": [{"at": "2026-11-20T18:00:00-05:00", "kind": "sent", "channel": "email", "to": ["jordan"], "purpose": "thank_you"}]
      }, {
        "id": "globex", "company": "Globex", "role": "Analyst",
        "contacts": [{"id": "cleo", "name": "Cleo Wright", "email": "cleo@globex.example", "role": "recruiter"}],
        "interviews": [{"start": "2026-11-16T10:00:00-05:00", "end": "2026-11-16T11:00:00-05:00", "format": "phone", "contacts": ["cleo"]}],
        "events": [{"at": "2026-11-23T10:00:00-05:00", "kind": "reply", "from": "cleo", "says": "offer", "respond_by": "2026-11-27"}]
      }]
    })
}

fn state(doc: &Value) -> State {
    parse_state(&doc.to_string()).expect("valid state")
}

fn with_notes(notes: Value) -> State {
    let mut d = doc();
    d["processes"][0]["notes"] = notes;
    state(&d)
}

fn body(state: &State, kind: ActionKind, to: &str, now: &str) -> String {
    let zone = FixedZone(*t(now).offset());
    compose(state, "acme", kind, Some(to), t(now), &zone)
        .expect("a draft")
        .body
}

/// Words that speak of having talked with the reader.
const MET_WORDS: [&str; 9] = [
    "conversation",
    "again",
    "meeting",
    "met ",
    "to meet",
    "speak with",
    "spoke",
    "our chat",
    "you mentioned",
];

#[test]
fn nobody_who_was_in_no_interview_is_thanked_for_a_conversation() {
    let s = with_notes(json!([
        {"kind": "detail", "text": "the churn model rebuild"},
        {"kind": "interest", "text": "the article on data contracts"}
    ]));
    let now = "2026-11-21T10:00:00-05:00";
    for kind in [
        ActionKind::LinkedinConnect,
        ActionKind::LinkedinMessage,
        ActionKind::ThankYou,
        ActionKind::Card,
        ActionKind::Withdraw,
        ActionKind::GraciousReply,
    ] {
        let text = body(&s, kind, "morgan", now).to_lowercase();
        for word in MET_WORDS {
            assert!(!text.contains(word), "{kind}: {word:?} in {text}");
        }
    }
    // To the interviewer, the conversation is true and is said.
    let note = body(&s, ActionKind::LinkedinConnect, "jordan", now).to_lowercase();
    assert!(
        MET_WORDS.iter().any(|w| note.contains(w)),
        "the note to Jordan recalls the interview: {note}"
    );
}

#[test]
fn a_request_to_speed_up_states_a_preference_only_as_ranked() {
    let now = "2026-11-23T11:00:00-05:00";
    let unranked = body(&state(&doc()), ActionKind::Expedite, "morgan", now);
    for claim in ["first choice", "preference", "rather join", "top choice"] {
        assert!(
            !unranked.contains(claim),
            "{claim:?} without a rank: {unranked}"
        );
    }
    let mut d = doc();
    d["processes"][0]["preference"] = json!(1);
    d["processes"][1]["preference"] = json!(2);
    let first = body(&state(&d), ActionKind::Expedite, "morgan", now);
    assert!(first.contains("first choice"), "{first}");
    d["processes"][0]["preference"] = json!(2);
    d["processes"][1]["preference"] = json!(3);
    let above = body(&state(&d), ActionKind::Expedite, "morgan", now);
    assert!(!above.contains("first choice"), "ranked second: {above}");
    assert!(above.contains("rather join Acme Corp"), "{above}");
}

#[test]
fn a_concern_is_framed_as_their_concern_and_a_strength_as_what_the_user_brings() {
    let s = with_notes(json!([
        {"kind": "gap", "text": "worried I have not managed people"},
        {"kind": "strength", "text": "cut experiment cycle time from six weeks to two at my last company"}
    ]));
    let now = "2026-11-20T16:00:00-05:00";
    let mut d = doc();
    d["processes"][0]["events"] = json!([]);
    d["processes"][0]["notes"] = serde_json::to_value(&s.processes[0].notes).expect("notes");
    let text = body(&state(&d), ActionKind::ThankYou, "jordan", now);
    assert!(
        text.contains("concern that I have not managed people"),
        "{text}"
    );
    for broken in [
        "worried I",
        "deserves an answer",
        "my own work:",
        ": worried",
    ] {
        assert!(!text.contains(broken), "{broken:?} in {text}");
    }
    assert!(text.contains("I cut experiment cycle time"), "{text}");
}

#[test]
fn notes_typed_as_lists_or_with_symbols_read_as_prose() {
    let mut d = doc();
    d["processes"][0]["events"] = json!([]);
    d["processes"][0]["notes"] = json!([
        {"contact": "jordan", "kind": "detail", "text": "- roadmap for Q1 & the data platform"}
    ]);
    let now = "2026-11-20T16:00:00-05:00";
    let text = body(&state(&d), ActionKind::ThankYou, "jordan", now);
    assert!(
        text.contains("roadmap for Q1 and the data platform"),
        "{text}"
    );
    assert!(
        !text.contains("- roadmap") && !text.contains(" & "),
        "{text}"
    );

    d["processes"][0]["notes"] = json!([
        {"contact": "jordan", "kind": "detail", "text": "• streaming ETL\n• dbt models\n• the on-call rota"}
    ]);
    let text = body(&state(&d), ActionKind::ThankYou, "jordan", now);
    assert!(
        text.contains("streaming ETL, dbt models and the on-call rota"),
        "{text}"
    );
    assert!(!text.contains('•'), "{text}");
}

#[test]
fn a_long_note_is_kept_whole_and_a_draft_quotes_its_first_sentences() {
    let sentence =
        "The analytics team rebuilt its churn model after the pricing change last spring. ";
    let long: String = sentence.repeat(5000 / sentence.len() + 1);
    assert!(long.chars().count() >= 5000);
    let mut s = state(&doc());
    let mut edited = s.processes[0].clone();
    edited.notes = vec![afterview::core::model::Note {
        contact: Some("jordan".into()),
        kind: afterview::core::model::NoteKind::Detail,
        text: long.clone(),
        extra: Default::default(),
    }];
    save_process(&mut s, edited).expect("a long note is saved");
    assert_eq!(s.processes[0].notes[0].text, long.trim(), "kept whole");

    let mut d = serde_json::to_value(&s).expect("state");
    d["processes"][0]["events"] = json!([]);
    let text = body(
        &state(&d),
        ActionKind::ThankYou,
        "jordan",
        "2026-11-20T16:00:00-05:00",
    );
    assert!(
        text.contains("rebuilt its churn model after the pricing change last spring"),
        "{text}"
    );
    assert!(
        text.len() < 1500,
        "a draft quotes a part: {} bytes",
        text.len()
    );

    // Past the limit, the note is refused with a message, and nothing is cut.
    let mut edited = s.processes[0].clone();
    edited.notes[0].text = "word ".repeat(MAX_NOTE_CHARS / 5 + 10);
    let before = s.clone();
    let error = save_process(&mut s, edited).expect_err("too long");
    assert!(error.contains(&MAX_NOTE_CHARS.to_string()), "{error}");
    assert_eq!(s, before, "nothing changed");
}
