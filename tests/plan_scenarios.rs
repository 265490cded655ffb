//! The planner walked with a virtual clock through whole processes: from the interview to
//! the thank-yous, LinkedIn, check-ins, and each way a process ends (docs/rules.md).

use afterview::core::calendar::FixedZone;
use afterview::core::model::{parse_state, Snooze, State};
use afterview::core::plan::{plan, Action, Status};
use afterview::native::IanaZone;
use chrono::{DateTime, FixedOffset};
use serde_json::{json, Value};

fn t(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).expect("test time")
}

fn base() -> Value {
    json!({
      "schema": 1,
      "profile": {"name": "Sam Rivera", "email": "sam@example.com", "timezone": "America/New_York"},
      "processes": [{
        "id": "acme", "company": "Acme Corp", "role": "Data Analyst",
        "contacts": [
          {"id": "jordan", "name": "Jordan Lee", "email": "jordan@acme.example", "role": "interviewer"},
          {"id": "priya", "name": "Priya Nair", "role": "interviewer"},
          {"id": "morgan", "name": "Morgan Diaz", "email": "morgan@acme.example", "role": "recruiter"}
        ],
        "interviews": [{"start": "2026-11-20T14:00:00-05:00", "end": "2026-11-20T15:00:00-05:00",
                        "format": "video", "contacts": ["jordan", "priya"],
                        "timeline": "We'll be in touch by the end of next week"}],
        "notes": [{"contact": "jordan", "kind": "interest", "text": "the article on data contracts"}],
        "references": [{"name": "Pat Kim", "email": "pat@example.org", "relation": "former manager"}],
        "events": []
      }, {
        "id": "globex", "company": "Globex", "role": "Analyst",
        "contacts": [{"id": "cleo", "name": "Cleo Wright", "email": "cleo@globex.example", "role": "recruiter"}],
        "interviews": [{"start": "2026-11-16T10:00:00-05:00", "end": "2026-11-16T11:00:00-05:00", "format": "phone", "contacts": ["cleo"]}],
        "events": [{"at": "2026-11-16T13:00:00-05:00", "kind": "sent", "channel": "email", "to": ["cleo"], "purpose": "thank_you"},
                   {"at": "2026-11-16T14:00:00-05:00", "kind": "sent", "channel": "linkedin_note", "to": ["cleo"], "purpose": "linkedin_connect"}]
      }]
    })
}

fn with_events(mut doc: Value, process: usize, events: &[Value]) -> State {
    let list = doc["processes"][process]["events"]
        .as_array_mut()
        .expect("events");
    list.extend(events.iter().cloned());
    parse_state(&doc.to_string()).expect("valid scenario state")
}

fn state(doc: Value) -> State {
    parse_state(&doc.to_string()).expect("valid scenario state")
}

fn actions_at(state: &State, now: &str) -> Vec<Action> {
    let zone = IanaZone(chrono_tz::America::New_York);
    plan(state, t(now), &zone).actions
}

fn find<'a>(
    actions: &'a [Action],
    process: &str,
    kind: &str,
    contact: Option<&str>,
) -> Option<&'a Action> {
    actions.iter().find(|a| {
        a.process == process
            && a.kind.as_str() == kind
            && a.contact.as_deref() == contact.or(a.contact.as_deref())
    })
}

fn kinds(actions: &[Action], process: &str) -> Vec<String> {
    actions
        .iter()
        .filter(|a| a.process == process)
        .map(|a| format!("{}:{}", a.kind, a.contact.as_deref().unwrap_or("-")))
        .collect()
}

fn sent(at: &str, to: &str, purpose: &str) -> Value {
    let channel = match purpose {
        "linkedin_connect" => "linkedin_note",
        "linkedin_message" => "linkedin_message",
        _ => "email",
    };
    json!({"at": at, "kind": "sent", "channel": channel, "to": [to], "purpose": purpose})
}

#[test]
fn before_the_interview_ends_nothing_is_open_and_no_check_in_is_planned() {
    let s = state(base());
    let actions = actions_at(&s, "2026-11-20T12:00:00-05:00");
    let acme = kinds(&actions, "acme");
    assert!(acme.contains(&"thank_you:jordan".to_string()));
    assert!(acme.contains(&"thank_you:priya".to_string()));
    assert!(!acme.iter().any(|k| k.starts_with("check_in")), "{acme:?}");
    for a in actions.iter().filter(|a| a.process == "acme") {
        assert!(a.opens >= t("2026-11-20T15:00:00-05:00"), "{a:?}");
    }
}

#[test]
fn right_after_the_interview_each_interviewer_gets_a_thank_you_within_24_hours() {
    let s = state(base());
    let actions = actions_at(&s, "2026-11-20T15:30:00-05:00");
    let jordan = find(&actions, "acme", "thank_you", Some("jordan")).expect("thank Jordan");
    assert_eq!(jordan.opens, t("2026-11-20T15:00:00-05:00"));
    assert_eq!(jordan.due, t("2026-11-21T15:00:00-05:00"));
    assert_eq!(jordan.rule, "T1");
    assert!(
        jordan.why.contains("Jordan Lee") && jordan.why.contains("Friday 20 November"),
        "{}",
        jordan.why
    );
    // A2: Priya has no email; ask the recruiter.
    let ask = find(&actions, "acme", "ask_contacts", None).expect("ask for Priya's email");
    assert_eq!(ask.contact.as_deref(), Some("morgan"));
    assert!(ask.why.contains("Priya Nair"));
    assert_eq!(ask.rule, "A2");
}

#[test]
fn after_the_thank_you_connect_on_linkedin_then_message_about_the_interest() {
    let s = with_events(
        base(),
        0,
        &[sent("2026-11-20T18:00:00-05:00", "jordan", "thank_you")],
    );
    let actions = actions_at(&s, "2026-11-20T18:30:00-05:00");
    assert!(find(&actions, "acme", "thank_you", Some("jordan")).is_none());
    let connect = find(&actions, "acme", "linkedin_connect", Some("jordan")).expect("L1");
    assert_eq!(connect.opens, t("2026-11-20T18:00:00-05:00"));
    assert_eq!(connect.rule, "L1");
    assert!(
        find(&actions, "acme", "linkedin_message", Some("jordan")).is_none(),
        "not before connecting"
    );

    let s = with_events(
        base(),
        0,
        &[
            sent("2026-11-20T18:00:00-05:00", "jordan", "thank_you"),
            sent("2026-11-21T10:00:00-05:00", "jordan", "linkedin_connect"),
        ],
    );
    let actions = actions_at(&s, "2026-11-21T11:00:00-05:00");
    assert!(find(&actions, "acme", "linkedin_connect", Some("jordan")).is_none());
    let message = find(&actions, "acme", "linkedin_message", Some("jordan")).expect("L3");
    assert_eq!(message.opens, t("2026-11-24T09:00:00-05:00"));
    assert_eq!(message.due, t("2026-11-26T17:00:00-05:00"));
    assert!(message.why.contains("data contracts"));
}

#[test]
fn the_first_check_in_opens_the_monday_after_the_stated_friday() {
    let s = with_events(
        base(),
        0,
        &[sent("2026-11-20T18:00:00-05:00", "jordan", "thank_you")],
    );
    let actions = actions_at(&s, "2026-11-21T09:00:00-05:00");
    let check = find(&actions, "acme", "check_in", None).expect("W2");
    assert_eq!(check.opens, t("2026-11-30T09:00:00-05:00"));
    assert_eq!(check.due, t("2026-12-02T17:00:00-05:00"));
    assert_eq!(check.rule, "W2");
    assert_eq!(check.contact.as_deref(), Some("morgan"));
    assert!(check.why.contains("Friday 27 November"), "{}", check.why);
}

#[test]
fn with_no_stated_date_the_first_check_in_falls_on_days_7_to_10() {
    let mut doc = base();
    doc["processes"][0]["interviews"][0]
        .as_object_mut()
        .expect("interview")
        .remove("timeline");
    let s = state(doc);
    let check = actions_at(&s, "2026-11-21T09:00:00-05:00")
        .into_iter()
        .find(|a| a.process == "acme" && a.kind.as_str() == "check_in")
        .expect("W2");
    assert_eq!(check.opens, t("2026-11-27T09:00:00-05:00"));
    assert_eq!(check.due, t("2026-11-30T17:00:00-05:00"));
}

#[test]
fn check_ins_are_spaced_7_days_and_stop_after_two_unanswered() {
    let one = [
        sent("2026-11-20T18:00:00-05:00", "jordan", "thank_you"),
        sent("2026-11-30T10:30:00-05:00", "morgan", "check_in"),
    ];
    let s = with_events(base(), 0, &one);
    let check = find(
        &actions_at(&s, "2026-11-30T11:00:00-05:00"),
        "acme",
        "check_in",
        None,
    )
    .cloned()
    .expect("W3");
    assert_eq!(check.opens, t("2026-12-07T09:00:00-05:00"));
    assert_eq!(check.due, t("2026-12-10T17:00:00-05:00"));
    assert_eq!(check.rule, "W3");

    let two = [
        one[0].clone(),
        one[1].clone(),
        sent("2026-12-07T10:00:00-05:00", "morgan", "check_in"),
    ];
    let s = with_events(base(), 0, &two);
    let actions = actions_at(&s, "2026-12-08T09:00:00-05:00");
    assert!(
        find(&actions, "acme", "check_in", None).is_none(),
        "W4: no third check-in"
    );
    let move_on = find(&actions, "acme", "move_on", None).expect("W4");
    assert_eq!(move_on.opens, t("2026-12-14T09:00:00-05:00"));
    assert_eq!(move_on.rule, "W4");
}

#[test]
fn a_later_answer_gets_one_reply_and_restarts_the_count() {
    let events = [
        sent("2026-11-20T18:00:00-05:00", "jordan", "thank_you"),
        sent("2026-11-30T10:30:00-05:00", "morgan", "check_in"),
        sent("2026-12-07T10:00:00-05:00", "morgan", "check_in"),
        json!({"at": "2026-12-08T09:00:00-05:00", "kind": "reply", "from": "morgan", "says": "later"}),
    ];
    let s = with_events(base(), 0, &events);
    let actions = actions_at(&s, "2026-12-08T10:00:00-05:00");
    let reply = find(&actions, "acme", "reply", Some("morgan")).expect("W6 reply");
    assert_eq!(reply.rule, "W6");
    assert!(find(&actions, "acme", "move_on", None).is_none());
    let check = find(&actions, "acme", "check_in", None).expect("next check-in");
    assert_eq!(check.opens, t("2026-12-15T09:00:00-05:00"));

    let mut replied = events.to_vec();
    replied.push(sent("2026-12-09T09:00:00-05:00", "morgan", "reply"));
    let s = with_events(base(), 0, &replied);
    let actions = actions_at(&s, "2026-12-09T10:00:00-05:00");
    assert!(find(&actions, "acme", "reply", None).is_none());
    assert_eq!(
        find(&actions, "acme", "check_in", None)
            .expect("check-in")
            .opens,
        t("2026-12-16T09:00:00-05:00")
    );
}

#[test]
fn a_freeze_spaces_check_ins_at_ten_days_or_more() {
    let events = [
        sent("2026-11-20T18:00:00-05:00", "jordan", "thank_you"),
        json!({"at": "2026-12-01T12:00:00-05:00", "kind": "delay", "text": "hiring freeze until the new budget"}),
    ];
    let s = with_events(base(), 0, &events);
    let check = find(
        &actions_at(&s, "2026-12-01T13:00:00-05:00"),
        "acme",
        "check_in",
        None,
    )
    .cloned()
    .expect("D1");
    assert_eq!(check.rule, "D1");
    assert_eq!(check.opens, t("2026-12-11T09:00:00-05:00"));
    assert_eq!(check.due, t("2026-12-15T17:00:00-05:00"));
}

#[test]
fn references_requested_means_telling_each_reference_today() {
    let events = [json!({"at": "2026-11-23T11:00:00-05:00", "kind": "references_requested"})];
    let s = with_events(base(), 0, &events);
    let actions = actions_at(&s, "2026-11-23T12:00:00-05:00");
    let heads_up = find(
        &actions,
        "acme",
        "reference_heads_up",
        Some("pat@example.org"),
    )
    .expect("R1");
    assert_eq!(heads_up.due, t("2026-11-24T11:00:00-05:00"));
    assert!(heads_up.why.contains("Pat Kim"));
}

#[test]
fn a_competing_offer_means_asking_every_other_company_to_speed_up_now() {
    let offer = json!({"at": "2026-11-23T10:00:00-05:00", "kind": "reply", "from": "morgan", "says": "offer", "respond_by": "2026-11-27T17:00:00-05:00"});
    let s = with_events(
        base(),
        0,
        &[
            sent("2026-11-20T18:00:00-05:00", "jordan", "thank_you"),
            offer,
        ],
    );
    let actions = actions_at(&s, "2026-11-23T10:30:00-05:00");
    let expedite = find(&actions, "globex", "expedite", Some("cleo")).expect("D2 at Globex");
    assert_eq!(expedite.rule, "D2");
    assert_eq!(expedite.opens, t("2026-11-23T10:00:00-05:00"));
    assert!(
        expedite.due <= t("2026-11-25T17:00:00-05:00"),
        "leaves them at least 48 hours"
    );
    assert!(find(&actions, "acme", "expedite", None).is_none());
    assert!(
        find(&actions, "acme", "check_in", None).is_none(),
        "no check-in where the offer is"
    );
}

#[test]
fn accepting_an_offer_leaves_only_withdrawals_elsewhere() {
    let s = with_events(
        base(),
        0,
        &[json!({"at": "2026-11-25T10:00:00-05:00", "kind": "accepted"})],
    );
    let actions = actions_at(&s, "2026-11-25T11:00:00-05:00");
    assert!(
        kinds(&actions, "acme").is_empty(),
        "{:?}",
        kinds(&actions, "acme")
    );
    assert_eq!(kinds(&actions, "globex"), vec!["withdraw:cleo".to_string()]);
    let mut doc = base();
    doc["processes"][0]["events"] =
        json!([{"at": "2026-11-25T10:00:00-05:00", "kind": "accepted"}]);
    doc["processes"][1]["events"]
        .as_array_mut()
        .expect("events")
        .push(sent("2026-11-25T12:00:00-05:00", "cleo", "withdraw"));
    let actions = actions_at(&state(doc), "2026-11-25T13:00:00-05:00");
    assert!(actions.is_empty(), "{actions:?}");
}

#[test]
fn a_rejection_stops_everything_but_a_gracious_reply() {
    let events = [
        sent("2026-11-20T18:00:00-05:00", "jordan", "thank_you"),
        json!({"at": "2026-11-24T09:00:00-05:00", "kind": "reply", "from": "jordan", "says": "rejection"}),
    ];
    let s = with_events(base(), 0, &events);
    let actions = actions_at(&s, "2026-11-24T10:00:00-05:00");
    assert_eq!(
        kinds(&actions, "acme"),
        vec!["gracious_reply:jordan".to_string()]
    );
    assert_eq!(
        find(&actions, "acme", "gracious_reply", None)
            .expect("D4")
            .rule,
        "D4"
    );
}

#[test]
fn a_multi_day_interview_adds_a_card_for_each_interviewer() {
    let mut doc = base();
    doc["processes"][0]["interviews"][0]["format"] = json!("multi_day");
    let actions = actions_at(&state(doc), "2026-11-20T16:00:00-05:00");
    for who in ["jordan", "priya"] {
        let card = find(&actions, "acme", "card", Some(who)).expect("T6");
        assert_eq!(card.rule, "T6");
        assert!(card.why.contains("in addition to the email"));
    }
}

#[test]
fn a_thank_you_missed_for_a_week_is_no_longer_proposed_and_late_ones_say_so() {
    let s = state(base());
    let late = find(
        &actions_at(&s, "2026-11-22T09:00:00-05:00"),
        "acme",
        "thank_you",
        Some("jordan"),
    )
    .cloned()
    .expect("late");
    assert!(late.why.contains("late"), "{}", late.why);
    assert!(find(
        &actions_at(&s, "2026-11-28T09:00:00-05:00"),
        "acme",
        "thank_you",
        None
    )
    .is_none());
}

#[test]
fn windows_keep_local_hours_across_a_dst_change() {
    // New York leaves DST on Sunday 2026-11-01: the interview is at -04:00, the check-in at -05:00.
    let mut doc = base();
    doc["processes"][0]["interviews"][0] = json!({"start": "2026-10-30T10:00:00-04:00", "end": "2026-10-30T11:00:00-04:00", "format": "video", "contacts": ["jordan"]});
    doc["processes"][0]["events"] = json!([{"at": "2026-10-30T15:00:00-04:00", "kind": "sent", "channel": "email", "to": ["jordan"], "purpose": "thank_you"}]);
    let actions = actions_at(&state(doc), "2026-10-31T09:00:00-04:00");
    let check = find(&actions, "acme", "check_in", None).expect("check-in");
    assert_eq!(check.opens.to_rfc3339(), "2026-11-06T09:00:00-05:00");
    assert_eq!(check.due.to_rfc3339(), "2026-11-09T17:00:00-05:00");
}

#[test]
fn actions_are_sorted_by_due_then_opens() {
    let s = state(base());
    let actions = actions_at(&s, "2026-11-20T16:00:00-05:00");
    assert!(actions
        .windows(2)
        .all(|w| (w[0].due, w[0].opens) <= (w[1].due, w[1].opens)));
}

#[test]
fn a_snoozed_action_opens_when_the_snooze_ends_and_keeps_its_due_time() {
    let mut state = parse_state(include_str!("data/state.json")).expect("state");
    let now = DateTime::parse_from_rfc3339("2026-11-20T09:00:00+00:00").expect("now");
    let zone = FixedZone(*now.offset());
    let before = plan(&state, now, &zone).actions;
    let first = before
        .iter()
        .find(|a| a.status != Status::Upcoming && a.kind.as_str() != "thank_you")
        .expect("an open action")
        .clone();
    let until = now + chrono::Duration::days(3);
    let process = state
        .processes
        .iter_mut()
        .find(|p| p.id == first.process)
        .expect("process");
    process.snoozes.push(Snooze {
        kind: first.kind,
        contact: first.contact.clone(),
        until,
    });
    let after = plan(&state, now, &zone).actions;
    let moved = after
        .iter()
        .find(|a| a.process == first.process && a.kind == first.kind && a.contact == first.contact)
        .expect("still planned");
    assert_eq!(moved.status, Status::Upcoming);
    assert_eq!(moved.opens, until);
    assert_eq!(moved.due, first.due);
    assert_eq!(after.len(), before.len(), "nothing else changes");
    let text = serde_json::to_string(&state).expect("json");
    assert_eq!(parse_state(&text).expect("round trip"), state);
}

fn second_round(doc: &mut Value, start: &str, end: &str) {
    doc["processes"][0]["interviews"]
        .as_array_mut()
        .expect("interviews")
        .push(json!({"start": start, "end": end, "format": "onsite", "contacts": ["jordan"]}));
}

#[test]
fn a_booked_later_round_does_not_move_the_thank_you_for_the_round_that_ended() {
    let mut doc = base();
    second_round(
        &mut doc,
        "2026-11-27T10:00:00-05:00",
        "2026-11-27T12:00:00-05:00",
    );
    let actions = actions_at(&state(doc), "2026-11-20T16:00:00-05:00");
    let jordan: Vec<&Action> = actions
        .iter()
        .filter(|a| {
            a.process == "acme"
                && a.kind.as_str() == "thank_you"
                && a.contact.as_deref() == Some("jordan")
        })
        .collect();
    assert!(
        jordan
            .iter()
            .any(|a| a.due == t("2026-11-21T15:00:00-05:00") && a.status == Status::Open),
        "the first round's thank-you is due 24 h after it ended: {jordan:?}"
    );
    assert!(find(&actions, "acme", "thank_you", Some("priya")).is_some());
}

#[test]
fn each_ended_round_gets_its_own_thank_you() {
    let mut doc = base();
    second_round(
        &mut doc,
        "2026-11-24T10:00:00-05:00",
        "2026-11-24T12:00:00-05:00",
    );
    doc["processes"][0]["events"] = json!([
        sent("2026-11-20T18:00:00-05:00", "jordan", "thank_you"),
        sent("2026-11-20T18:05:00-05:00", "priya", "thank_you")
    ]);
    let actions = actions_at(&state(doc), "2026-11-24T13:00:00-05:00");
    let jordan = find(&actions, "acme", "thank_you", Some("jordan")).expect("round two");
    assert_eq!(jordan.due, t("2026-11-25T12:00:00-05:00"));
    assert!(find(&actions, "acme", "thank_you", Some("priya")).is_none());
}

#[test]
fn no_check_in_opens_within_7_days_of_a_thank_you() {
    // "By tomorrow": the decision date is Saturday 21 November, so W2 alone would open the
    // check-in on Monday 23 November; the thank-you went out on Sunday 22 November.
    let mut doc = base();
    doc["processes"][0]["interviews"][0]["timeline"] = json!("we will decide by tomorrow");
    doc["processes"][0]["events"] =
        json!([sent("2026-11-22T10:00:00-05:00", "jordan", "thank_you")]);
    let actions = actions_at(&state(doc), "2026-11-22T11:00:00-05:00");
    let check = find(&actions, "acme", "check_in", None).expect("check-in");
    assert_eq!(check.opens, t("2026-11-30T09:00:00-05:00"), "{check:?}");
    assert_eq!(check.rule, "W3");
}

#[test]
fn a_later_reply_before_the_decision_date_keeps_the_quiet_period() {
    // The decision date is Friday 27 November; "we'll get back to you" on 21 November.
    let events = [
        sent("2026-11-20T18:00:00-05:00", "jordan", "thank_you"),
        json!({"at": "2026-11-21T09:00:00-05:00", "kind": "reply", "from": "morgan", "says": "later"}),
    ];
    let s = with_events(base(), 0, &events);
    let check = find(
        &actions_at(&s, "2026-11-21T10:00:00-05:00"),
        "acme",
        "check_in",
        None,
    )
    .cloned()
    .expect("check-in");
    assert_eq!(check.opens, t("2026-11-30T09:00:00-05:00"), "{check:?}");
}

#[test]
fn a_later_reply_that_names_a_day_moves_the_decision_date() {
    let events = [
        sent("2026-11-20T18:00:00-05:00", "jordan", "thank_you"),
        json!({"at": "2026-11-25T09:00:00-05:00", "kind": "reply", "from": "morgan", "says": "later", "by": "2026-12-09"}),
    ];
    let s = with_events(base(), 0, &events);
    let check = find(
        &actions_at(&s, "2026-11-25T10:00:00-05:00"),
        "acme",
        "check_in",
        None,
    )
    .cloned()
    .expect("check-in");
    assert_eq!(check.opens, t("2026-12-10T09:00:00-05:00"), "{check:?}");
    assert!(check.why.contains("9 December"), "{}", check.why);
}

#[test]
fn an_invitation_to_another_round_asks_for_its_details_and_holds_check_ins() {
    let events = [
        sent("2026-11-20T18:00:00-05:00", "jordan", "thank_you"),
        json!({"at": "2026-11-23T09:00:00-05:00", "kind": "reply", "from": "morgan", "says": "next_round"}),
    ];
    let s = with_events(base(), 0, &events);
    for now in ["2026-11-23T10:00:00-05:00", "2026-12-10T10:00:00-05:00"] {
        let actions = actions_at(&s, now);
        let ask = find(&actions, "acme", "schedule_round", None).expect("ask for the round");
        assert_eq!(ask.contact.as_deref(), Some("morgan"));
        assert!(find(&actions, "acme", "check_in", None).is_none(), "{now}");
    }
    let mut doc = base();
    doc["processes"][0]["events"] = json!(events);
    second_round(
        &mut doc,
        "2026-11-30T10:00:00-05:00",
        "2026-11-30T11:00:00-05:00",
    );
    let actions = actions_at(&state(doc), "2026-11-24T10:00:00-05:00");
    assert!(find(&actions, "acme", "schedule_round", None).is_none());
}

#[test]
fn references_asked_for_with_none_recorded_asks_the_user_to_add_them() {
    let mut doc = base();
    doc["processes"][0]
        .as_object_mut()
        .expect("process")
        .remove("references");
    doc["processes"][0]["events"] =
        json!([{"at": "2026-11-23T11:00:00-05:00", "kind": "references_requested"}]);
    let actions = actions_at(&state(doc), "2026-11-23T12:00:00-05:00");
    let add = find(&actions, "acme", "add_references", None).expect("add references");
    assert_eq!(add.rule, "R1");
    assert!(find(&actions, "acme", "reference_heads_up", None).is_none());
}

#[test]
fn after_a_freeze_check_ins_stay_at_the_long_end() {
    let events = [
        sent("2026-11-20T18:00:00-05:00", "jordan", "thank_you"),
        json!({"at": "2026-12-01T12:00:00-05:00", "kind": "delay", "text": "hiring freeze"}),
        sent("2026-12-11T10:00:00-05:00", "morgan", "check_in"),
    ];
    let s = with_events(base(), 0, &events);
    let check = find(
        &actions_at(&s, "2026-12-11T11:00:00-05:00"),
        "acme",
        "check_in",
        None,
    )
    .cloned()
    .expect("D1");
    assert_eq!(check.rule, "D1");
    assert_eq!(check.opens, t("2026-12-21T09:00:00-05:00"));
}

fn offer_at_acme(respond_by: &str) -> State {
    let offer = json!({"at": "2026-11-23T10:00:00-05:00", "kind": "reply", "from": "morgan", "says": "offer", "respond_by": respond_by});
    with_events(
        base(),
        0,
        &[
            sent("2026-11-20T18:00:00-05:00", "jordan", "thank_you"),
            offer,
        ],
    )
}

#[test]
fn an_offer_asks_for_an_answer_by_its_day_at_five_in_the_users_zone() {
    let s = offer_at_acme("2026-11-27");
    let actions = actions_at(&s, "2026-11-23T10:30:00-05:00");
    let answer = find(&actions, "acme", "answer_offer", None).expect("answer the offer");
    assert_eq!(answer.due, t("2026-11-27T17:00:00-05:00"));
    assert_eq!(answer.rule, "D2");
    let expedite = find(&actions, "globex", "expedite", Some("cleo")).expect("D2");
    assert!(
        expedite.due <= t("2026-11-25T17:00:00-05:00"),
        "{expedite:?}"
    );
}

#[test]
fn an_expedite_goes_only_to_processes_ranked_above_the_offer_and_once_per_company() {
    let mut doc = base();
    doc["processes"][0]["events"] = json!([
        sent("2026-11-20T18:00:00-05:00", "jordan", "thank_you"),
        {"at": "2026-11-23T10:00:00-05:00", "kind": "reply", "from": "morgan", "says": "offer", "respond_by": "2026-11-27"}
    ]);
    // A duplicate of Globex (the same application entered twice) and a third company with
    // no interview yet.
    let mut copy = doc["processes"][1].clone();
    copy["id"] = json!("globex-2");
    doc["processes"].as_array_mut().expect("list").push(copy);
    doc["processes"].as_array_mut().expect("list").push(json!({
        "id": "initech", "company": "Initech", "role": "Analyst",
        "contacts": [{"id": "bill", "name": "Bill Lumbergh", "email": "bill@initech.example", "role": "recruiter"}]
    }));
    let actions = actions_at(&state(doc.clone()), "2026-11-23T10:30:00-05:00");
    let expedites: Vec<&str> = actions
        .iter()
        .filter(|a| a.kind.as_str() == "expedite")
        .map(|a| a.process.as_str())
        .collect();
    assert_eq!(
        expedites,
        vec!["globex"],
        "once per company, only after an interview"
    );

    // Ranked: Acme (the offer) is the first choice, so nobody is asked to hurry.
    doc["processes"][0]["preference"] = json!(1);
    doc["processes"][1]["preference"] = json!(2);
    let actions = actions_at(&state(doc), "2026-11-23T10:30:00-05:00");
    assert!(
        !actions.iter().any(|a| a.kind.as_str() == "expedite"),
        "{actions:?}"
    );
}

#[test]
fn a_snooze_moves_the_reminder_but_never_the_deadline() {
    let mut s = state(base());
    let now = t("2026-11-20T16:00:00-05:00");
    let before = find(
        &actions_at(&s, "2026-11-20T16:00:00-05:00"),
        "acme",
        "thank_you",
        Some("jordan"),
    )
    .cloned()
    .expect("thank-you");
    s.processes[0].snoozes.push(Snooze {
        kind: before.kind,
        contact: Some("jordan".to_string()),
        until: now + chrono::Duration::hours(3),
    });
    let after = find(
        &actions_at(&s, "2026-11-20T16:00:00-05:00"),
        "acme",
        "thank_you",
        Some("jordan"),
    )
    .cloned()
    .expect("still planned");
    assert_eq!(after.opens, t("2026-11-20T19:00:00-05:00"));
    assert_eq!(after.due, before.due, "the deadline stays");
    assert_eq!(after.status, Status::Upcoming);

    // A thank-you cannot be put off past its 24 hours.
    s.processes[0].snoozes[0].until = now + chrono::Duration::days(3);
    let after = find(
        &actions_at(&s, "2026-11-20T16:00:00-05:00"),
        "acme",
        "thank_you",
        Some("jordan"),
    )
    .cloned()
    .expect("still planned");
    assert!(after.opens <= before.due, "{after:?}");
    assert_eq!(after.due, before.due);
}

#[test]
fn an_out_of_office_holds_messages_to_that_person_until_they_are_back() {
    let events = [
        sent("2026-11-20T18:00:00-05:00", "jordan", "thank_you"),
        json!({"at": "2026-11-30T10:00:00-05:00", "kind": "away", "from": "morgan", "until": "2026-12-07"}),
    ];
    let s = with_events(base(), 0, &events);
    let check = find(
        &actions_at(&s, "2026-11-30T11:00:00-05:00"),
        "acme",
        "check_in",
        None,
    )
    .cloned()
    .expect("check-in");
    assert!(check.opens >= t("2026-12-07T09:00:00-05:00"), "{check:?}");
}

#[test]
fn the_expedite_draft_passes_its_own_check_right_after_a_thank_you() {
    use afterview::core::check::{check, Draft, Options};
    use afterview::core::draft::compose;
    let mut doc = base();
    doc["processes"][0]["events"] = json!([
        sent("2026-11-20T18:00:00-05:00", "jordan", "thank_you"),
        sent("2026-11-21T09:00:00-05:00", "morgan", "check_in")
    ]);
    doc["processes"][1]["events"].as_array_mut().expect("events").push(json!(
        {"at": "2026-11-23T10:00:00-05:00", "kind": "reply", "from": "cleo", "says": "offer", "respond_by": "2026-11-27"}
    ));
    let s = state(doc);
    let now = t("2026-11-23T11:00:00-05:00");
    let zone = IanaZone(chrono_tz::America::New_York);
    let action = find(&plan(&s, now, &zone).actions, "acme", "expedite", None)
        .cloned()
        .expect("expedite at Acme");
    let message = compose(
        &s,
        "acme",
        action.kind,
        action.contact.as_deref(),
        now,
        &zone,
    )
    .expect("draft");
    let draft = Draft {
        channel: message.channel,
        to: message.to.clone(),
        cc: vec![],
        subject: message.subject.clone(),
        body: message.body.clone(),
        purpose: None,
        limit: None,
    };
    let options = Options {
        speller: None,
        suggestions: 0,
        known: None,
        sent: None,
        spelling: None,
    };
    let report = check(&s, &draft, now, &zone, options);
    assert_eq!(
        report.context.as_ref().map(|c| c.purpose.as_str()),
        Some("expedite")
    );
    assert!(report.findings.is_empty(), "{:?}", report.findings);
}

#[test]
fn what_opened_while_the_computer_slept_is_notified_once_when_it_wakes() {
    use afterview::core::plan::to_notify;
    let s = state(base());
    // The laptop slept from Friday 14:00 to Saturday 10:00: the thank-yous opened at 15:00.
    let asleep = t("2026-11-20T14:00:00-05:00");
    let woke = t("2026-11-21T10:00:00-05:00");
    let actions = actions_at(&s, "2026-11-21T10:00:00-05:00");
    let due: Vec<String> = to_notify(&actions, asleep, woke)
        .iter()
        .map(|a| format!("{}:{}", a.kind, a.contact.as_deref().unwrap_or("-")))
        .collect();
    assert!(due.contains(&"thank_you:jordan".to_string()), "{due:?}");
    assert_eq!(
        due.iter().filter(|k| *k == "thank_you:jordan").count(),
        1,
        "once, though it opened and is near due"
    );
    // Once the mark moved to the wake-up time, nothing is notified again.
    assert!(to_notify(&actions, woke, woke + chrono::Duration::minutes(1)).is_empty());
}

#[test]
fn after_a_freeze_nothing_asks_for_a_decision_within_days_unless_an_offer_is_in_hand() {
    use afterview::core::draft::compose;
    let zone = IanaZone(chrono_tz::America::New_York);
    let events = [
        sent("2026-11-20T18:00:00-05:00", "jordan", "thank_you"),
        json!({"at": "2026-12-01T12:00:00-05:00", "kind": "delay", "text": "a hiring freeze"}),
    ];
    let s = with_events(base(), 0, &events);
    let now = t("2026-12-12T10:00:00-05:00");
    let asks_for_days = |text: &str| {
        ["48", "72", "hours", "this week"]
            .iter()
            .any(|w| text.contains(w))
    };
    for action in plan(&s, now, &zone)
        .actions
        .iter()
        .filter(|a| a.process == "acme")
    {
        assert!(!asks_for_days(&action.why), "{action:?}");
        if action.kind.is_message() {
            let message = compose(
                &s,
                "acme",
                action.kind,
                action.contact.as_deref(),
                now,
                &zone,
            )
            .expect("draft");
            assert!(!asks_for_days(&message.body), "{}", message.body);
        }
    }
    // With an offer in hand elsewhere, the expedite may ask for a quicker answer.
    let mut doc = base();
    doc["processes"][0]["events"] = json!(events);
    doc["processes"][1]["events"].as_array_mut().expect("events").push(json!(
        {"at": "2026-12-11T10:00:00-05:00", "kind": "reply", "from": "cleo", "says": "offer", "respond_by": "2026-12-18"}
    ));
    let actions = plan(&state(doc), now, &zone).actions;
    let expedite = find(&actions, "acme", "expedite", None).expect("D2 overrides the freeze");
    assert!(expedite.why.contains("48 to 72 hours"), "{}", expedite.why);
}

#[test]
fn a_freeze_before_the_decision_date_replaces_that_date() {
    // They said they would decide by Friday 11 December, then froze hiring on 1 December:
    // the check-in counts 10 days from the freeze (D1), no longer from the date they gave.
    let mut doc = base();
    doc["processes"][0]["interviews"][0]["timeline"] =
        json!("We will decide by Friday 11 December");
    let events = [
        sent("2026-11-20T18:00:00-05:00", "jordan", "thank_you"),
        json!({"at": "2026-12-01T12:00:00-05:00", "kind": "delay"}),
    ];
    let s = with_events(doc, 0, &events);
    let check = find(
        &actions_at(&s, "2026-12-01T13:00:00-05:00"),
        "acme",
        "check_in",
        None,
    )
    .cloned()
    .expect("a check-in after the freeze");
    assert_eq!(check.rule, "D1", "{check:?}");
    assert_eq!(check.opens, t("2026-12-11T09:00:00-05:00"));
    assert!(!check.why.contains("11 December"), "{}", check.why);
}

#[test]
fn a_reply_after_a_freeze_ends_it() {
    // The freeze lifts: "we will decide by 18 December" is their word now (W2 from it).
    let events = [
        sent("2026-11-20T18:00:00-05:00", "jordan", "thank_you"),
        json!({"at": "2026-12-01T12:00:00-05:00", "kind": "delay"}),
        json!({"at": "2026-12-03T12:00:00-05:00", "kind": "reply", "from": "morgan", "says": "later", "by": "2026-12-18"}),
    ];
    let s = with_events(base(), 0, &events);
    let check = find(
        &actions_at(&s, "2026-12-03T13:00:00-05:00"),
        "acme",
        "check_in",
        None,
    )
    .cloned()
    .expect("a check-in after their date");
    assert_ne!(check.rule, "D1", "{check:?}");
    assert_eq!(check.opens, t("2026-12-21T09:00:00-05:00"));
}

#[test]
fn an_offer_past_its_deadline_stays_to_answer_as_overdue() {
    let s = offer_at_acme("2026-11-27");
    let actions = actions_at(&s, "2026-11-27T17:01:00-05:00");
    let answer = find(&actions, "acme", "answer_offer", None).expect("still to answer");
    assert_eq!(answer.status, Status::Overdue);
    assert_eq!(answer.due, t("2026-11-27T17:00:00-05:00"));
    // Nobody is asked to hurry for an offer whose deadline has passed.
    assert!(
        find(&actions, "globex", "expedite", None).is_none(),
        "{actions:?}"
    );
}

#[test]
fn an_offer_without_a_deadline_asks_for_an_answer_after_three_days() {
    let offer = json!({"at": "2026-11-23T10:00:00-05:00", "kind": "reply", "from": "morgan", "says": "offer"});
    let s = with_events(
        base(),
        0,
        &[
            sent("2026-11-20T18:00:00-05:00", "jordan", "thank_you"),
            offer,
        ],
    );
    let early = actions_at(&s, "2026-11-23T11:00:00-05:00");
    let answer = find(&early, "acme", "answer_offer", None).expect("answer the offer");
    assert_eq!(answer.due, t("2026-11-26T10:00:00-05:00"));
    assert!(answer.why.contains("without a deadline"), "{}", answer.why);
    let late = actions_at(&s, "2026-12-10T11:00:00-05:00");
    let answer = find(&late, "acme", "answer_offer", None).expect("still asked");
    assert_eq!(answer.status, Status::Overdue);
    assert!(
        find(&late, "globex", "expedite", None).is_none(),
        "{late:?}"
    );
}

#[test]
fn a_snooze_is_always_in_the_future() {
    use afterview::core::plan::snooze_until;
    let zone = IanaZone(chrono_tz::America::New_York);
    let s = state(base());
    // The interview ended at 15:00 on Friday 20 November; its thank-yous are due at
    // 15:00 on Saturday. At 14:00 on Saturday, the thank-you comes back at its due time.
    let now = t("2026-11-21T14:00:00-05:00");
    let thanks = find(
        &plan(&s, now, &zone).actions,
        "acme",
        "thank_you",
        Some("jordan"),
    )
    .cloned()
    .expect("thank-you");
    assert_eq!(snooze_until(&thanks, now, &zone), Some(thanks.due));
    // At 16:00 it is overdue: the snooze goes to 09:00 tomorrow, not to its past due time.
    let now = t("2026-11-21T16:00:00-05:00");
    let thanks = find(
        &plan(&s, now, &zone).actions,
        "acme",
        "thank_you",
        Some("jordan"),
    )
    .cloned()
    .expect("thank-you");
    assert_eq!(thanks.status, Status::Overdue);
    let until = snooze_until(&thanks, now, &zone).expect("a snooze");
    assert_eq!(until, t("2026-11-22T09:00:00-05:00"));
    let mut snoozed = s.clone();
    snoozed.processes[0].snoozes.push(Snooze {
        kind: thanks.kind,
        contact: Some("jordan".to_string()),
        until,
    });
    let later = find(
        &plan(&snoozed, now, &zone).actions,
        "acme",
        "thank_you",
        Some("jordan"),
    )
    .cloned()
    .expect("still planned");
    assert_eq!(later.opens, until, "the reminder moves to the snooze's end");
    assert_eq!(later.due, thanks.due, "the deadline stays");
    assert_eq!(later.status, Status::Upcoming);
    // An action that opens later than tomorrow morning anyway has nothing to snooze.
    let check_in = find(&plan(&s, now, &zone).actions, "acme", "check_in", None)
        .cloned()
        .expect("a check-in");
    assert!(check_in.opens > until);
    assert_eq!(snooze_until(&check_in, now, &zone), None);
}

#[test]
fn a_check_in_and_a_request_to_speed_up_to_one_person_are_one_message() {
    // Acme's first check-in (to Morgan) opens on Monday 30 November; Globex makes an
    // offer on Tuesday 1 December, so Morgan is to be asked to speed up as well.
    let mut doc = base();
    doc["processes"][1]["events"]
        .as_array_mut()
        .expect("events")
        .push(json!({"at": "2026-12-01T10:00:00-05:00", "kind": "reply", "from": "cleo", "says": "offer", "respond_by": "2026-12-04"}));
    let s = with_events(
        doc,
        0,
        &[sent("2026-11-20T18:00:00-05:00", "jordan", "thank_you")],
    );
    let now = "2026-12-01T11:00:00-05:00";
    let actions = actions_at(&s, now);
    let to_morgan: Vec<&Action> = actions
        .iter()
        .filter(|a| a.process == "acme" && a.contact.as_deref() == Some("morgan"))
        .collect();
    assert_eq!(to_morgan.len(), 1, "{to_morgan:?}");
    let one = to_morgan[0];
    assert_eq!(one.kind.as_str(), "expedite");
    assert_eq!(
        one.also.iter().map(|k| k.as_str()).collect::<Vec<_>>(),
        ["check_in"]
    );
    assert!(
        one.why.contains("offer") && one.why.contains("check in"),
        "{}",
        one.why
    );

    // Its draft does both: it follows up on the interview and asks them to speed up.
    let zone = IanaZone(chrono_tz::America::New_York);
    let draft =
        afterview::core::draft::compose(&s, "acme", one.kind, Some("morgan"), t(now), &zone)
            .expect("draft");
    assert!(
        draft.body.contains("follow up on my interview"),
        "{}",
        draft.body
    );
    assert!(draft.body.contains("another job offer"), "{}", draft.body);

    // Once it went, no check-in comes within the following 7 days.
    let mut after = s.clone();
    let went: afterview::core::model::Event =
        serde_json::from_value(sent("2026-12-01T12:00:00-05:00", "morgan", "expedite"))
            .expect("event");
    after.processes[0].events.push(went);
    let check = find(
        &actions_at(&after, "2026-12-01T13:00:00-05:00"),
        "acme",
        "check_in",
        None,
    )
    .cloned()
    .expect("a later check-in");
    assert!(check.opens >= t("2026-12-08T09:00:00-05:00"), "{check:?}");
}

#[test]
fn a_thank_you_to_the_recruiter_also_asks_for_the_missing_addresses() {
    // Morgan, the recruiter, sat in the interview with Priya, whose address is unknown.
    let mut doc = base();
    doc["processes"][0]["interviews"][0]["contacts"] = json!(["morgan", "priya"]);
    let s = state(doc);
    let now = "2026-11-20T16:00:00-05:00";
    let actions = actions_at(&s, now);
    // Both are due within the day (the check-in of 30 November is not).
    let to_morgan: Vec<&Action> = actions
        .iter()
        .filter(|a| a.process == "acme" && a.contact.as_deref() == Some("morgan"))
        .filter(|a| a.due <= t("2026-11-21T15:00:00-05:00"))
        .collect();
    assert_eq!(to_morgan.len(), 1, "{to_morgan:?}");
    assert_eq!(to_morgan[0].kind.as_str(), "thank_you");
    assert_eq!(
        to_morgan[0]
            .also
            .iter()
            .map(|k| k.as_str())
            .collect::<Vec<_>>(),
        ["ask_contacts"]
    );
    let zone = IanaZone(chrono_tz::America::New_York);
    let draft = afterview::core::draft::compose(
        &s,
        "acme",
        to_morgan[0].kind,
        Some("morgan"),
        t(now),
        &zone,
    )
    .expect("draft");
    assert!(
        draft.body.contains("email address of Priya Nair"),
        "{}",
        draft.body
    );
    // Once the thank-you went, the ask is not proposed again on its own.
    let mut after = s.clone();
    let went: afterview::core::model::Event =
        serde_json::from_value(sent("2026-11-20T17:00:00-05:00", "morgan", "thank_you"))
            .expect("event");
    after.processes[0].events.push(went);
    let later = actions_at(&after, "2026-11-20T17:30:00-05:00");
    assert!(
        find(&later, "acme", "ask_contacts", None).is_none(),
        "{later:?}"
    );
}

#[test]
fn during_a_freeze_the_next_check_in_counts_from_the_last_message_and_says_so() {
    use afterview::core::check::{check, Draft, Options};
    let events = [
        sent("2026-11-20T18:00:00-05:00", "jordan", "thank_you"),
        json!({"at": "2026-12-01T12:00:00-05:00", "kind": "delay"}),
        sent("2026-12-11T10:00:00-05:00", "morgan", "check_in"),
    ];
    let s = with_events(base(), 0, &events);
    let now = "2026-12-13T11:00:00-05:00";
    let check_in = find(&actions_at(&s, now), "acme", "check_in", None)
        .cloned()
        .expect("D1");
    assert_eq!(check_in.rule, "D1");
    assert!(
        check_in.why.contains("Friday 11 December"),
        "{}",
        check_in.why
    );
    // A check-in drafted two days after the last one names that message and its day.
    let zone = IanaZone(chrono_tz::America::New_York);
    let draft = Draft {
        to: vec!["morgan@acme.example".into()],
        subject: "Following up".into(),
        body: "Dear Morgan,\n\nI hope you are well. Is there any news on the Data Analyst role?\n\nBest regards,\nSam Rivera".into(),
        purpose: Some(afterview::core::model::ActionKind::CheckIn),
        ..Draft::default()
    };
    let options = Options {
        speller: None,
        suggestions: 0,
        known: None,
        sent: None,
        spelling: None,
    };
    let report = check(&s, &draft, t(now), &zone, options);
    let early: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.id.starts_with("too-"))
        .collect();
    assert_eq!(early.len(), 1, "{early:?}");
    assert_eq!(early[0].id, "too-frequent");
    assert!(
        early[0].message.contains("Friday 11 December"),
        "{}",
        early[0].message
    );
    assert!(
        early[0].message.contains("Monday 21 December"),
        "{}",
        early[0].message
    );
}

#[test]
fn a_reason_names_the_year_of_a_day_in_another_year() {
    // An interview in December 2026 whose check-in is planned in January 2027.
    let s = state(base());
    let late = actions_at(&s, "2027-01-04T10:00:00-05:00");
    let check_in = find(&late, "acme", "check_in", None).expect("a check-in");
    assert!(check_in.why.contains("2026"), "{}", check_in.why);
    let now = actions_at(&s, "2026-11-30T10:00:00-05:00");
    let check_in = find(&now, "acme", "check_in", None).expect("a check-in");
    assert!(!check_in.why.contains("2026"), "{}", check_in.why);
}
