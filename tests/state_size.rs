//! How large a realistic state grows: 200 applications over a year, each with its people,
//! two or three rounds, notes, and every message sent kept with its subject and body (as
//! the extension stores them for the near-copy check), plus replies. The document must
//! stay well inside `chrome.storage.local`'s 10 MB quota without asking for more.

use afterview::core::model::{parse_state, State};
use serde_json::{json, Value};

/// A body of about 150 words, as a thank-you or check-in runs.
fn body(n: usize) -> String {
    let sentence = "Thank you again for the conversation about the analytics roadmap and the team's plans for the coming quarter";
    (0..10)
        .map(|k| format!("{sentence} ({n}-{k})."))
        .collect::<Vec<_>>()
        .join(" ")
}

fn process(i: usize) -> Value {
    let contacts: Vec<Value> = (0..4)
        .map(|c| json!({"id": format!("c{c}"), "name": format!("Person {i} {c}"), "title": "Engineering Manager",
                        "email": format!("person{c}@company{i}.example"),
                        "linkedin": format!("https://www.linkedin.com/in/person-{i}-{c}"), "role": if c == 0 { "recruiter" } else { "interviewer" }}))
        .collect();
    let interviews: Vec<Value> = (0..3)
        .map(|r| json!({"start": format!("2026-{:02}-10T14:00:00-05:00", 1 + (i + r) % 12), "end": format!("2026-{:02}-10T15:00:00-05:00", 1 + (i + r) % 12),
                        "format": "video", "contacts": ["c1", "c2", "c3"], "timeline": "We will decide by the end of next week"}))
        .collect();
    const KINDS: [&str; 6] = ["detail", "need", "strength", "gap", "interest", "detail"];
    let notes: Vec<Value> = (0..6)
        .map(|k| json!({"contact": format!("c{}", 1 + k % 3), "kind": KINDS[k],
                        "text": format!("the plan to rebuild the weekly revenue dashboard for the sales team, part {k}")}))
        .collect();
    let mut events: Vec<Value> = (0..10)
        .map(|e| json!({"id": format!("ev-{i}-{e}"), "at": format!("2026-{:02}-11T18:00:00-05:00", 1 + (i + e) % 12), "kind": "sent",
                        "channel": "email", "to": [format!("c{}", e % 4)], "purpose": "thank_you",
                        "subject": format!("Thank you – Sam Rivera ({e})"), "body": body(i * 10 + e)}))
        .collect();
    events.extend((0..4).map(|e| json!({"id": format!("ev-{i}-r{e}"), "at": format!("2026-{:02}-12T10:00:00-05:00", 1 + (i + e) % 12),
                                         "kind": "reply", "from": "c0", "says": "later"})));
    json!({"id": format!("p{i}"), "company": format!("Company {i}"), "role": "Senior Data Analyst",
           "contacts": contacts, "interviews": interviews, "notes": notes,
           "references": [{"name": "Pat Kim", "email": "pat.kim@example.org", "relation": "former manager"}],
           "events": events})
}

#[test]
fn a_year_of_two_hundred_applications_stays_well_inside_the_storage_quota() {
    let processes: Vec<Value> = (0..200).map(process).collect();
    let doc = json!({"schema": 1, "profile": {"name": "Sam Rivera", "email": "sam@example.com", "timezone": "America/New_York"}, "processes": processes});
    let state: State = parse_state(&doc.to_string()).expect("a valid state");
    let bytes = serde_json::to_string(&state).expect("json").len();
    let megabytes = bytes as f64 / (1024.0 * 1024.0);
    println!("200 applications, 2,000 sent messages with their bodies: {megabytes:.2} MB");
    assert!(
        megabytes < 4.0,
        "{megabytes:.2} MB is not well inside the 10 MB quota"
    );
}
