//! Drafts written from notes as people type them (tests/data/drafts/notes.json: every
//! note kind, in every shape — fragments and full sentences, lead-ins, a final full stop,
//! lower case, pronouns about the reader). Each note is put into a realistic process with
//! two interviewers, tied to one of them or to the whole process, alone and among other
//! notes; every draft that uses notes must then pass its own check with no warning or
//! error, read as clean sentences with no third-person pronoun about its reader, and keep
//! the words of every note it uses. Two interviewers never share a sentence.

use afterview::core::calendar::FixedZone;
use afterview::core::check::{check, Draft, Options, Severity};
use afterview::core::draft::{compose, note_sentence, Message};
use afterview::core::lexicon::Speller;
use afterview::core::model::{parse_state, ActionKind, Note, NoteKind, State};
use afterview::core::plan::plan;
use afterview::native::speller;
use chrono::{DateTime, Duration, FixedOffset};
use serde_json::{json, Value};
use std::sync::OnceLock;

fn shared_speller() -> &'static Speller {
    static SPELLER: OnceLock<Speller> = OnceLock::new();
    SPELLER.get_or_init(|| speller().expect("dictionary"))
}

fn corpus() -> Vec<Value> {
    serde_json::from_str(include_str!("data/drafts/notes.json")).expect("notes.json")
}

fn t(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).expect("time")
}

/// The interviewers: (contact id, first name).
const PEOPLE: [(&str, &str); 2] = [("a", "Jordan"), ("b", "Priya")];

fn state(notes: &[Value]) -> State {
    let doc = json!({
        "schema": 1,
        "profile": {"name": "Sam Rivera", "email": "sam@example.com", "linkedin_note_limit": 300},
        "processes": [{
            "id": "p", "company": "Globex", "role": "Data Analyst",
            "contacts": [
                {"id": "a", "name": "Jordan Lee", "email": "jordan@globex.example", "linkedin": "https://www.linkedin.com/in/jordan-lee", "role": "interviewer"},
                {"id": "b", "name": "Priya Nair", "email": "priya@globex.example", "linkedin": "https://www.linkedin.com/in/priya-nair", "role": "interviewer"},
                {"id": "r", "name": "Morgan Diaz", "email": "morgan@globex.example", "role": "recruiter"}
            ],
            "interviews": [{"start": "2026-11-19T09:00:00+00:00", "end": "2026-11-19T16:00:00+00:00", "format": "video", "contacts": ["a", "b"], "timeline": "by the end of next week"}],
            "notes": notes,
            "events": []
        }]
    });
    parse_state(&doc.to_string()).expect("valid state")
}

/// Other notes of a realistic process, none of the tested note's kind (so the tested
/// note is the first of its kind for its reader).
fn background(note: &Value) -> Vec<Value> {
    let kind = note["kind"].as_str().unwrap_or("");
    let other = if note["contact"] == "b" { "a" } else { "b" };
    [
        json!({"contact": other, "kind": "detail", "text": "the weekly experiment review"}),
        json!({"kind": "need", "text": "faster answers to ad-hoc sales questions"}),
        json!({"kind": "strength", "text": "building self-serve Tableau dashboards for the sales team"}),
        json!({"kind": "strength", "text": "I led the move from cron jobs to Airflow"}),
        json!({"kind": "gap", "text": "my limited experience with Spark"}),
        json!({"kind": "interest", "text": "data contracts"}),
    ]
    .into_iter()
    .filter(|n| n["kind"] != kind)
    .collect()
}

/// The kinds that quote notes, each with the note kinds it must use.
const KINDS: [(ActionKind, &[&str]); 4] = [
    (ActionKind::ThankYou, &["detail", "need", "strength", "gap"]),
    (ActionKind::Card, &["detail"]),
    // Used when the note fits the connection note's limit.
    (ActionKind::LinkedinConnect, &[]),
    (ActionKind::LinkedinMessage, &["interest"]),
];

fn draft(state: &State, kind: ActionKind, contact: &str) -> Message {
    let now = when(state, kind);
    compose(
        state,
        "p",
        kind,
        Some(contact),
        now,
        &FixedZone(*now.offset()),
    )
    .expect("a draft")
}

fn when(state: &State, kind: ActionKind) -> DateTime<FixedOffset> {
    let soon = t("2026-11-19T17:00:00+00:00");
    if kind != ActionKind::CheckIn {
        return soon;
    }
    plan(state, soon, &FixedZone(*soon.offset()))
        .actions
        .into_iter()
        .find(|a| a.process == "p" && a.kind == ActionKind::CheckIn)
        .map_or(soon, |a| a.opens + Duration::hours(1))
}

/// The checker's warnings and errors on `message`.
fn findings(state: &State, message: &Message, contact: &str) -> Vec<String> {
    let now = when(state, message.kind);
    let draft = Draft {
        channel: message.channel,
        to: if message.to.is_empty() {
            vec![state.processes[0]
                .contact(contact)
                .expect("contact")
                .name
                .clone()]
        } else {
            message.to.clone()
        },
        cc: vec![],
        subject: message.subject.clone(),
        body: message.body.clone(),
        purpose: Some(message.kind),
        limit: None,
    };
    let options = Options {
        speller: Some(shared_speller()),
        suggestions: 0,
        known: None,
        sent: None,
        spelling: None,
    };
    check(state, &draft, now, &FixedZone(*now.offset()), options)
        .findings
        .iter()
        .filter(|f| f.severity >= Severity::Warning)
        .map(|f| format!("{} {:?}", f.id, f.message))
        .collect()
}

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The prose of a message: no greeting line, sign-off or signature.
fn prose(message: &Message) -> Vec<String> {
    if message.kind == ActionKind::LinkedinConnect {
        let body = message.body.trim_end_matches(" Sam");
        return vec![body.to_string()];
    }
    let paragraphs: Vec<&str> = message.body.split("\n\n").collect();
    paragraphs[1..paragraphs.len() - 1]
        .iter()
        .map(|p| p.to_string())
        .collect()
}

/// The sentences of a paragraph (split after ". ", "? ", "! ").
fn sentences(paragraph: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut chars = paragraph.chars().peekable();
    while let Some(c) = chars.next() {
        current.push(c);
        if matches!(c, '.' | '?' | '!') && chars.peek() == Some(&' ') {
            chars.next();
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// What reads wrong in `message`: a doubled word or punctuation mark, a sentence with no
/// capital or no final punctuation, a third-person pronoun about the reader.
fn reading_problems(message: &Message) -> Vec<String> {
    let mut out = Vec::new();
    let list = words(&message.body);
    for pair in list.windows(2) {
        if pair[0] == pair[1] {
            out.push(format!("\"{}\" twice", pair[0]));
        }
    }
    let marks: Vec<char> = message
        .body
        .chars()
        .filter(|c| !c.is_whitespace() || *c == '\n')
        .collect();
    for pair in marks.windows(2) {
        if pair.iter().all(|c| ".,;:!?".contains(*c)) {
            out.push(format!(
                "doubled punctuation {:?}",
                pair.iter().collect::<String>()
            ));
        }
    }
    for paragraph in prose(message) {
        for sentence in sentences(&paragraph) {
            let first = sentence.chars().next().unwrap_or(' ');
            let last = sentence.trim_end().chars().last().unwrap_or(' ');
            if !first.is_uppercase() || !".?!".contains(last) {
                out.push(format!("not a sentence: {sentence:?}"));
            }
        }
    }
    for pronoun in [
        "he", "she", "him", "his", "her", "hers", "they", "their", "theirs", "they're",
    ] {
        if list.iter().any(|w| w == pronoun) {
            out.push(format!("\"{pronoun}\" about the reader"));
        }
    }
    out
}

/// A note's content words (four letters or more), without the label and the reporting
/// words a draft rightly drops, as stems ("leads" → "lead").
fn content_stems(text: &str) -> Vec<String> {
    let text = match text.split_once(':') {
        Some((label, rest)) if label.split_whitespace().count() <= 3 => rest,
        _ => text,
    };
    const DROPPED: &[&str] = &[
        "talked",
        "discussed",
        "mentioned",
        "told",
        "asked",
        "worried",
        "that",
        "they",
        "they're",
        "their",
        "theirs",
    ];
    words(text)
        .into_iter()
        .filter(|w| w.chars().count() >= 4 && !DROPPED.contains(&w.as_str()))
        .map(|w| {
            let w = w.trim_end_matches("'s");
            let stem = w
                .strip_suffix("ed")
                .or_else(|| w.strip_suffix("es"))
                .or_else(|| w.strip_suffix('s'))
                .unwrap_or(w);
            stem.to_string()
        })
        .collect()
}

fn without(notes: &[Value], note: &Value) -> Vec<Value> {
    notes.iter().filter(|n| *n != note).cloned().collect()
}

#[test]
fn the_corpus_covers_every_kind_and_enough_notes() {
    let notes = corpus();
    assert!(notes.len() >= 120, "{} notes", notes.len());
    for kind in ["detail", "need", "strength", "gap", "interest"] {
        assert!(
            notes.iter().filter(|n| n["kind"] == kind).count() >= 15,
            "{kind}"
        );
    }
}

#[test]
fn every_note_reads_well_in_every_draft_that_uses_it() {
    let mut problems = Vec::new();
    for note in corpus() {
        let text = note["text"].as_str().expect("text");
        let kind = note["kind"].as_str().expect("kind");
        let readers: Vec<&str> = match note["contact"].as_str() {
            Some(c) => vec![c],
            None => PEOPLE.iter().map(|p| p.0).collect(),
        };
        for mut notes in [vec![note.clone()], background(&note)] {
            if notes.len() > 1 {
                notes.push(note.clone());
            }
            let with = state(&notes);
            let bare = state(&without(&notes, &note));
            let mut thank_yous = Vec::new();
            for (contact, _) in PEOPLE {
                for (action, uses) in KINDS {
                    let message = draft(&with, action, contact);
                    let here = format!("{text:?} ({kind}) in {action} to {contact}");
                    for p in findings(&with, &message, contact)
                        .into_iter()
                        .chain(reading_problems(&message))
                    {
                        problems.push(format!("{here}: {p}\n  {:?}", message.body));
                    }
                    let used = message.body != draft(&bare, action, contact).body;
                    if !used && readers.contains(&contact) && uses.contains(&kind) {
                        problems.push(format!("{here}: not used\n  {:?}", message.body));
                    }
                    let body = words(&message.body);
                    for stem in content_stems(text).iter().filter(|_| used) {
                        if !body.iter().any(|w| w.starts_with(stem.as_str())) {
                            problems
                                .push(format!("{here}: \"{stem}\" dropped\n  {:?}", message.body));
                        }
                    }
                    if action == ActionKind::ThankYou {
                        thank_yous.push(message);
                    }
                }
            }
            let check_in = draft(&with, ActionKind::CheckIn, "r");
            for p in findings(&with, &check_in, "r") {
                problems.push(format!("{text:?}: check-in: {p}"));
            }
            // Two interviewers never share a sentence.
            let [first, second] = &thank_yous[..] else {
                unreachable!()
            };
            let theirs: Vec<String> = prose(second).iter().flat_map(|p| sentences(p)).collect();
            for sentence in prose(first).iter().flat_map(|p| sentences(p)) {
                if theirs.contains(&sentence) {
                    problems.push(format!("{text:?}: both thank-yous say {sentence:?}"));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{}\n{} problems",
        problems.join("\n"),
        problems.len()
    );
}

fn thank_you_to_jordan(notes: Value) -> String {
    draft(
        &state(notes.as_array().expect("notes")),
        ActionKind::ThankYou,
        "a",
    )
    .body
}

#[test]
fn the_need_and_the_detail_read_well() {
    let need = json!({"kind": "need", "text": "someone to own the churn model end to end"});
    let detail =
        json!({"contact": "a", "kind": "detail", "text": "their move from Redshift to Snowflake"});
    let body = thank_you_to_jordan(json!([need, detail]));
    let said = [
        "You are looking for someone to own the churn model end to end, and I would welcome the chance to be that person.",
        "I especially enjoyed our conversation about your move from Redshift to Snowflake.",
    ];
    for sentence in said {
        assert!(body.contains(sentence), "{body}");
    }
    // The preview of each note is the sentence the thank-you says.
    let process = &state(&[need.clone(), detail.clone()]).processes[0];
    for (note, sentence) in [need, detail].iter().zip(said) {
        let note: Note = serde_json::from_value(note.clone()).expect("note");
        assert_eq!(note_sentence(process, &note), sentence);
    }
}

#[test]
fn each_interviewer_gets_their_own_detail_first() {
    let notes = json!([
        {"kind": "detail", "text": "the quarterly planning process"},
        {"contact": "b", "kind": "detail", "text": "the roadmap for the onboarding flow"},
        {"contact": "a", "kind": "detail", "text": "their move from Redshift to Snowflake"},
    ]);
    let with = state(notes.as_array().expect("notes"));
    let to_a = draft(&with, ActionKind::ThankYou, "a").body;
    let to_b = draft(&with, ActionKind::ThankYou, "b").body;
    assert!(
        to_a.contains("your move from Redshift") && !to_a.contains("onboarding"),
        "{to_a}"
    );
    assert!(
        to_b.contains("onboarding flow") && !to_b.contains("Redshift"),
        "{to_b}"
    );
}

#[test]
fn interviewers_who_share_details_get_another_note_and_frame() {
    let notes = json!([
        {"kind": "detail", "text": "the quarterly planning process"},
        {"kind": "detail", "text": "the roadmap for the onboarding flow"},
    ]);
    let with = state(notes.as_array().expect("notes"));
    let to_a = draft(&with, ActionKind::ThankYou, "a").body;
    let to_b = draft(&with, ActionKind::ThankYou, "b").body;
    assert!(
        to_a.contains("about the quarterly planning process."),
        "{to_a}"
    );
    assert!(
        to_b.contains("Hearing about the roadmap for the onboarding flow"),
        "{to_b}"
    );
    let process = &with.processes[0];
    let shared: Note = serde_json::from_value(notes[0].clone()).expect("note");
    assert_eq!(shared.kind, NoteKind::Detail);
    assert!(to_a.contains(&note_sentence(process, &shared)));
}

#[test]
fn the_checker_finds_the_old_joins_in_the_users_own_text() {
    let notes = json!([
        {"kind": "need", "text": "someone to own the churn model end to end"},
        {"contact": "a", "kind": "detail", "text": "their move from Redshift to Snowflake"},
    ]);
    let with = state(notes.as_array().expect("notes"));
    let mut message = draft(&with, ActionKind::ThankYou, "a");
    message.body = "Dear Jordan,\n\nThank you for meeting with me on Thursday. Hearing about their move from Redshift to Snowflake gave me a much clearer picture of the Data Analyst role at Globex.\n\nI would welcome the chance to help with someone to own the churn model end to end.\n\nBest regards,\nSam Rivera".to_string();
    let found = findings(&with, &message, "a");
    assert_eq!(
        found,
        vec![
            "grammar \"You are writing to Jordan: say \\\"your\\\" rather than \\\"their\\\".\""
                .to_string(),
            "grammar \"You would help by being that person: write \\\"be the person to …\\\".\""
                .to_string(),
        ]
    );
}
