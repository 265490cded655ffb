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

mod truth {
    //! The truth property: for random states, no draft speaks of a conversation with
    //! someone who was in no interview that has ended, of a preference no rank states, of
    //! a day the record and the plan do not hold, or of a person other than its
    //! recipient; and each draft the plan proposes passes its own check.

    use super::MET_WORDS;
    use afterview::core::calendar::{local_date, FixedZone};
    use afterview::core::check::{check, Draft, Options, Severity};
    use afterview::core::draft::compose;
    use afterview::core::lexicon::Speller;
    use afterview::core::model::{parse_state, ActionKind, State};
    use afterview::core::plan::{plan, Status};
    use afterview::native::speller;
    use chrono::{DateTime, Datelike, Duration, FixedOffset, NaiveDate};
    use proptest::prelude::*;
    use serde_json::{json, Value};
    use std::sync::OnceLock;

    fn shared_speller() -> &'static Speller {
        static SPELLER: OnceLock<Speller> = OnceLock::new();
        SPELLER.get_or_init(|| speller().expect("dictionary"))
    }

    const NOTES: [(&str, &str); 10] = [
        ("detail", "- roadmap for Q1 & the data platform"),
        (
            "detail",
            "how the mobile and web teams share one release train",
        ),
        (
            "detail",
            "• streaming ETL\n• dbt models\n• the on-call rota",
        ),
        ("need", "someone to own the churn model"),
        ("need", "faster answers to ad-hoc sales questions"),
        ("gap", "worried I have not managed people"),
        ("gap", "no direct B2B marketplace experience"),
        (
            "strength",
            "cut experiment cycle time from six weeks to two at my last company",
        ),
        (
            "strength",
            "building self-serve dashboards for a 40-person sales team",
        ),
        ("interest", "the article on data contracts she recommended"),
    ];

    /// A state: Jordan interviewed the user on 19 November; Priya is in a round still to
    /// come; Morgan, the recruiter, may or may not have sat in; Other Co may have made an
    /// offer; the ranks, the notes and the employer's answers vary.
    #[allow(clippy::too_many_arguments)]
    fn build(
        morgan_sat_in: bool,
        ranks: (Option<u32>, Option<u32>),
        notes: &[(usize, usize)],
        thanked: bool,
        answer: usize,
        offer: bool,
    ) -> State {
        let people = ["jordan", "priya", "morgan"];
        let notes: Vec<Value> = notes
            .iter()
            .map(|(note, person)| {
                let (kind, text) = NOTES[*note];
                match people.get(*person) {
                    Some(id) => json!({"contact": id, "kind": kind, "text": text}),
                    None => json!({"kind": kind, "text": text}),
                }
            })
            .collect();
        let mut first_round = vec!["jordan"];
        if morgan_sat_in {
            first_round.push("morgan");
        }
        let mut events = Vec::new();
        if thanked {
            events.push(json!({"at": "2026-11-19T18:00:00+00:00", "kind": "sent", "channel": "email", "to": ["jordan"], "purpose": "thank_you"}));
        }
        match answer {
            1 => events.push(json!({"at": "2026-11-24T10:00:00+00:00", "kind": "reply", "from": "morgan", "says": "later", "by": "2026-12-04"})),
            2 => events.push(json!({"at": "2026-11-24T10:00:00+00:00", "kind": "delay"})),
            3 => events.push(json!({"at": "2026-11-24T10:00:00+00:00", "kind": "reply", "from": "morgan", "says": "rejection"})),
            _ => {}
        }
        let mut other_events = Vec::new();
        if offer {
            other_events.push(json!({"at": "2026-11-25T10:00:00+00:00", "kind": "reply", "from": "zed", "says": "offer", "respond_by": "2026-12-02"}));
        }
        let mut doc = json!({
            "schema": 1,
            "profile": {"name": "Sam Rivera", "email": "sam@example.com"},
            "processes": [{
                "id": "p", "company": "Acme Corp", "role": "Data Analyst",
                "contacts": [
                    {"id": "jordan", "name": "Jordan Lee", "email": "jordan@acme.example", "linkedin": "https://www.linkedin.com/in/jordan-lee", "role": "interviewer"},
                    {"id": "priya", "name": "Priya Nair", "linkedin": "https://www.linkedin.com/in/priya-nair", "role": "interviewer"},
                    {"id": "morgan", "name": "Morgan Diaz", "email": "morgan@acme.example", "linkedin": "https://www.linkedin.com/in/morgan-diaz", "role": "recruiter"}
                ],
                "interviews": [
                    {"start": "2026-11-19T09:00:00+00:00", "end": "2026-11-19T16:00:00+00:00", "format": "video", "contacts": first_round, "timeline": "by the end of next week"},
                    {"start": "2026-12-21T09:00:00+00:00", "end": "2026-12-21T10:00:00+00:00", "format": "video", "contacts": ["priya"]}
                ],
                "notes": notes,
                "references": [{"name": "Pat Kim", "email": "pat@example.org", "relation": "former manager"}],
                "events": events
            }, {
                "id": "q", "company": "Other Co", "role": "Analyst",
                "contacts": [{"id": "zed", "name": "Zed Park", "email": "zed@other.example", "role": "recruiter"}],
                "interviews": [{"start": "2026-11-10T09:00:00+00:00", "end": "2026-11-10T10:00:00+00:00", "format": "phone", "contacts": ["zed"]}],
                "events": other_events
            }]
        });
        if let Some(rank) = ranks.0 {
            doc["processes"][0]["preference"] = json!(rank);
        }
        if let Some(rank) = ranks.1 {
            doc["processes"][1]["preference"] = json!(rank);
        }
        parse_state(&doc.to_string()).expect("valid state")
    }

    /// The days a draft may name: the record's (interviews, events and the days they
    /// name) and the plan's (each action's window), and the next three days (the day
    /// by which a request to speed up asks for an answer).
    fn known_days(state: &State, now: DateTime<FixedOffset>, zone: &FixedZone) -> Vec<NaiveDate> {
        let mut days: Vec<NaiveDate> = (0..=3)
            .map(|d| local_date(zone, now) + Duration::days(d))
            .collect();
        for p in &state.processes {
            for i in &p.interviews {
                days.push(local_date(zone, i.start));
                days.push(local_date(zone, i.end));
            }
            for e in &p.events {
                days.push(local_date(zone, e.at));
                days.extend(e.by_day());
                days.extend(e.respond_by_instant(zone).map(|t| local_date(zone, t)));
            }
        }
        for a in plan(state, now, zone).actions {
            days.push(local_date(zone, a.opens));
            days.push(local_date(zone, a.due));
        }
        days
    }

    /// Every "19 November" a text names, as a day near `now`.
    fn named_days(text: &str, now: DateTime<FixedOffset>) -> Vec<NaiveDate> {
        let words: Vec<&str> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let mut out = Vec::new();
        for pair in words.windows(2) {
            let (Ok(day), Ok(month)) = (pair[0].parse::<u32>(), pair[1].parse::<chrono::Month>())
            else {
                continue;
            };
            let month = month.number_from_month();
            let year = if month == 1 && now.month() == 12 {
                now.year() + 1
            } else {
                now.year()
            };
            out.extend(NaiveDate::from_ymd_opt(year, month, day));
        }
        out
    }

    fn met(state: &State, contact: &str, now: DateTime<FixedOffset>) -> bool {
        state.processes[0]
            .interviews
            .iter()
            .any(|i| i.end <= now && i.contacts.iter().any(|c| c == contact))
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        #[test]
        fn drafts_say_only_what_the_record_says(
            morgan_sat_in in any::<bool>(),
            ranks in (prop::option::of(1u32..4), prop::option::of(1u32..4)),
            notes in prop::collection::vec((0usize..10, 0usize..4), 0..6),
            thanked in any::<bool>(),
            answer in 0usize..4,
            offer in any::<bool>(),
            hours in 2i64..(24 * 20),
        ) {
            let state = build(morgan_sat_in, ranks, &notes, thanked, answer, offer);
            let now = DateTime::parse_from_rfc3339("2026-11-19T16:00:00+00:00").expect("time") + Duration::hours(hours);
            let zone = FixedZone(*now.offset());
            let days = known_days(&state, now, &zone);
            let people = ["jordan", "priya", "morgan"];
            let mut problems: Vec<String> = Vec::new();
            let planned: Vec<_> = plan(&state, now, &zone)
                .actions
                .into_iter()
                .filter(|a| a.process == "p" && a.kind.is_message() && a.status != Status::Upcoming)
                .filter(|a| a.contact.as_deref().is_some_and(|c| people.contains(&c)))
                .collect();
            let mut asked: Vec<(ActionKind, String, bool)> = planned
                .iter()
                .map(|a| (a.kind, a.contact.clone().unwrap_or_default(), true))
                .collect();
            for person in people {
                for kind in [ActionKind::LinkedinConnect, ActionKind::LinkedinMessage, ActionKind::ThankYou, ActionKind::GraciousReply, ActionKind::Withdraw] {
                    asked.push((kind, person.to_string(), false));
                }
            }
            for (kind, person, from_plan) in asked {
                // A draft may be refused (a thank-you before the interview, a request to
                // speed up with no offer), never one the plan proposes now.
                let draft = match compose(&state, "p", kind, Some(&person), now, &zone) {
                    Ok(draft) => draft,
                    Err(_) if !from_plan => continue,
                    Err(e) => {
                        problems.push(format!("{kind} to {person}, planned, cannot be drafted: {e}"));
                        continue;
                    }
                };
                let body = &draft.body;
                let lower = body.to_lowercase();
                if !met(&state, &person, now) {
                    for word in MET_WORDS {
                        if lower.contains(word) {
                            problems.push(format!("{kind} to {person} (never met) says {word:?}: {body}"));
                        }
                    }
                }
                if state.processes[0].preference.is_none() {
                    for claim in ["first choice", "rather join", "my preference"] {
                        if lower.contains(claim) {
                            problems.push(format!("{kind} to {person} claims {claim:?} with no rank: {body}"));
                        }
                    }
                }
                for day in named_days(body, now) {
                    if !days.contains(&day) {
                        problems.push(format!("{kind} to {person} names {day}, which neither the record nor the plan holds: {body}"));
                    }
                }
                let asks_addresses = kind == ActionKind::AskContacts || body.contains("email address of");
                for other in state.processes[0].contacts.iter().filter(|c| c.id != person) {
                    if body.contains(&other.name) && !asks_addresses {
                        problems.push(format!("{kind} to {person} names {}: {body}", other.name));
                    }
                }
                let first = state.processes[0].contact(&person).map(|c| c.first_name().to_string()).unwrap_or_default();
                if !body.starts_with(&format!("Dear {first},")) && !body.starts_with(&format!("Hi {first},")) {
                    problems.push(format!("{kind} to {person} greets someone else: {body}"));
                }
                if from_plan {
                    let report = check(&state, &Draft {
                        channel: draft.channel,
                        to: draft.to.clone(),
                        cc: vec![],
                        subject: draft.subject.clone(),
                        body: body.clone(),
                        purpose: Some(kind),
                        limit: None,
                    }, now, &zone, Options { speller: Some(shared_speller()), suggestions: 0, known: None, sent: None, spelling: None });
                    for f in report.findings.iter().filter(|f| f.severity >= Severity::Warning) {
                        problems.push(format!("{kind} to {person} fails its own check: {} {:?} in {body:?}", f.id, f.message));
                    }
                }
            }
            prop_assert!(problems.is_empty(), "{}", problems.join("\n"));
        }
    }
}

#[test]
fn a_list_numbered_on_one_line_or_split_by_semicolons_reads_as_a_list() {
    let mut d = doc();
    d["processes"][0]["events"] = json!([]);
    d["processes"][0]["notes"] = json!([
        {"contact": "jordan", "kind": "detail", "text": "1) hiring plan 2) budget 3) timeline"},
        {"kind": "strength", "text": "strong SQL; Python; dbt"}
    ]);
    let text = body(
        &state(&d),
        ActionKind::ThankYou,
        "jordan",
        "2026-11-20T16:00:00-05:00",
    );
    assert!(text.contains("hiring plan, budget and timeline"), "{text}");
    assert!(text.contains("strong SQL, Python and dbt"), "{text}");
    assert!(!text.contains("2)") && !text.contains(';'), "{text}");
}

#[test]
fn a_card_names_the_occasion_as_it_was() {
    let mut d = doc();
    d["processes"][0]["interviews"][0]["format"] = json!("with_meal");
    d["processes"][0]["interviews"][0]["start"] = json!("2026-11-20T19:00:00-05:00");
    d["processes"][0]["interviews"][0]["end"] = json!("2026-11-20T21:00:00-05:00");
    let text = body(
        &state(&d),
        ActionKind::Card,
        "jordan",
        "2026-11-21T10:00:00-05:00",
    );
    assert!(text.contains("over dinner"), "{text}");
    d["processes"][0]["interviews"][0]["format"] = json!("phone");
    let text = body(
        &state(&d),
        ActionKind::Card,
        "jordan",
        "2026-11-21T10:00:00-05:00",
    );
    assert!(
        text.contains("on our call") && !text.contains("visit"),
        "{text}"
    );
}

#[test]
fn several_missing_addresses_are_asked_for_as_addresses() {
    let mut d = doc();
    d["processes"][0]["contacts"]
        .as_array_mut()
        .expect("contacts")
        .push(json!({"id": "ida", "name": "Ida Sun", "role": "interviewer"}));
    d["processes"][0]["contacts"][0]["email"] = Value::Null;
    d["processes"][0]["interviews"][0]["contacts"] = json!(["jordan", "ida"]);
    let text = body(
        &state(&d),
        ActionKind::AskContacts,
        "morgan",
        "2026-11-20T16:00:00-05:00",
    );
    assert!(
        text.contains("email addresses of Jordan Lee and Ida Sun"),
        "{text}"
    );
}

#[test]
fn no_request_to_speed_up_without_a_recorded_offer_and_no_thanks_before_the_interview() {
    let mut d = doc();
    d["processes"][1]["events"] = json!([]);
    let zone = FixedZone(*t("2026-11-24T10:00:00-05:00").offset());
    let refused = compose(
        &state(&d),
        "acme",
        ActionKind::Expedite,
        Some("morgan"),
        t("2026-11-24T10:00:00-05:00"),
        &zone,
    );
    assert!(refused.is_err(), "{refused:?}");

    // Priya is in a round still to come: her thank-you waits until it has ended, and a
    // check-in speaks of the interview that took place.
    let mut d = doc();
    d["processes"][0]["contacts"]
        .as_array_mut()
        .expect("contacts")
        .push(json!({"id": "priya", "name": "Priya Nair", "email": "priya@acme.example", "role": "interviewer"}));
    d["processes"][0]["interviews"]
        .as_array_mut()
        .expect("interviews")
        .push(json!({"start": "2026-12-10T14:00:00-05:00", "end": "2026-12-10T15:00:00-05:00", "format": "video", "contacts": ["priya"]}));
    let s = state(&d);
    let now = t("2026-12-01T10:00:00-05:00");
    let refused = compose(&s, "acme", ActionKind::ThankYou, Some("priya"), now, &zone);
    assert!(refused.is_err(), "{refused:?}");
    let check_in = body(
        &s,
        ActionKind::CheckIn,
        "priya",
        "2026-12-01T10:00:00-05:00",
    );
    assert!(
        check_in.contains("20 November") && !check_in.contains("10 December"),
        "{check_in}"
    );
}

#[test]
fn a_request_to_speed_up_asks_for_a_business_day_before_the_other_deadline() {
    // Globex needs an answer by Friday 27 November; on Tuesday 24 November, 72 hours
    // would reach Friday itself: the request asks for Thursday 26 November.
    let now = "2026-11-24T10:00:00-05:00";
    let text = body(&state(&doc()), ActionKind::Expedite, "morgan", now);
    assert!(text.contains("by Thursday 26 November"), "{text}");
    // On Friday 20 November with an answer due on Tuesday 24 November, the weekend is
    // skipped: Monday 23 November.
    let mut d = doc();
    d["processes"][1]["events"][0]["at"] = json!("2026-11-20T09:00:00-05:00");
    d["processes"][1]["events"][0]["respond_by"] = json!("2026-11-24");
    let text = body(
        &state(&d),
        ActionKind::Expedite,
        "morgan",
        "2026-11-20T10:00:00-05:00",
    );
    assert!(text.contains("by Monday 23 November"), "{text}");
}
