//! Every draft the composers write passes the checker with no warning or error, for
//! states with varied names, roles and notes (proptest), and two interviewers of one
//! process never get the same text.

use afterview::core::calendar::FixedZone;
use afterview::core::check::{check, Draft, Options, Severity};
use afterview::core::draft::{compose, compose_action, compose_within};
use afterview::core::lexicon::Speller;
use afterview::core::matching::purpose_of_text;
use afterview::core::model::{parse_state, ActionKind, Channel, Spelling, State};
use afterview::core::plan::plan;
use afterview::native::speller;
use chrono::{DateTime, Duration, FixedOffset};
use proptest::prelude::*;
use serde_json::json;
use std::sync::OnceLock;

fn shared_speller() -> &'static Speller {
    static SPELLER: OnceLock<Speller> = OnceLock::new();
    SPELLER.get_or_init(|| speller().expect("dictionary"))
}

const NAMES: [&str; 8] = [
    "Jordan Lee",
    "José García",
    "Zoë Martin",
    "Siobhan O'Brien",
    "王芳",
    "Ana Souza",
    "Ben Okafor",
    "Priya Nair",
];
const COMPANIES: [&str; 4] = ["Acme Corp", "Globex", "Initech", "Umbrella Health"];
const ROLES: [&str; 4] = [
    "Data Analyst",
    "Product Manager",
    "Senior Software Engineer",
    "",
];
const DETAILS: [&str; 4] = [
    "the plan to rebuild the weekly revenue dashboard",
    "how the mobile and web teams share one release train",
    "the migration of the billing service to event sourcing",
    "the roadmap for the self-serve onboarding flow",
];
const NEEDS: [&str; 2] = [
    "faster answers to ad-hoc sales questions",
    "shorter time from idea to shipped experiment",
];
const STRENGTHS: [&str; 2] = [
    "building self-serve Tableau dashboards for a 40-person sales team",
    "cut experiment cycle time from six weeks to two at my last company",
];

fn build_state(
    a: usize,
    b: usize,
    company: usize,
    role: usize,
    with_notes: bool,
    limit: u32,
    format: &str,
) -> State {
    let b = if a == b { (b + 1) % NAMES.len() } else { b };
    let mut notes = vec![];
    if with_notes {
        notes.push(json!({"contact": "a", "kind": "detail", "text": DETAILS[a % 4]}));
        notes.push(json!({"contact": "b", "kind": "detail", "text": DETAILS[(a + 1) % 4]}));
        notes.push(json!({"kind": "need", "text": NEEDS[role % 2]}));
        notes.push(json!({"kind": "strength", "text": STRENGTHS[role % 2]}));
        notes.push(json!({"contact": "b", "kind": "interest", "text": "the article on data contracts she mentioned"}));
    }
    let doc = json!({
        "schema": 1,
        "profile": {"name": "Sam Rivera", "email": "sam@example.com", "linkedin_note_limit": limit},
        "processes": [{
            "id": "p", "company": COMPANIES[company], "role": ROLES[role],
            "contacts": [
                {"id": "a", "name": NAMES[a], "email": "a@company.example", "linkedin": "https://www.linkedin.com/in/person-a", "role": "interviewer"},
                {"id": "b", "name": NAMES[b], "email": "b@company.example", "role": "interviewer"},
                {"id": "r", "name": "Morgan Diaz", "email": "r@company.example", "role": "recruiter"}
            ],
            "interviews": [{"start": "2026-11-19T09:00:00+00:00", "end": "2026-11-19T16:00:00+00:00", "format": format, "contacts": ["a", "b"], "timeline": "by the end of next week"}],
            "notes": notes,
            "references": [{"name": "Pat Kim", "email": "pat@example.org", "relation": "former manager"}],
            "events": []
        }, {
            "id": "q", "company": "Other Co", "role": "Analyst",
            "contacts": [{"id": "z", "name": "Zed Park", "email": "z@other.example", "role": "recruiter"}],
            "interviews": [{"start": "2026-11-10T09:00:00+00:00", "end": "2026-11-10T10:00:00+00:00", "format": "phone", "contacts": ["z"]}],
            "events": [{"at": "2026-11-20T10:00:00+00:00", "kind": "reply", "from": "z", "says": "offer", "respond_by": "2026-11-27"}]
        }]
    });
    parse_state(&doc.to_string()).expect("valid state")
}

fn t(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).expect("time")
}

fn problems(
    state: &State,
    kind: ActionKind,
    contact: &str,
    now: DateTime<FixedOffset>,
) -> Vec<String> {
    let zone = FixedZone(*now.offset());
    let message = compose(state, "p", kind, Some(contact), now, &zone).expect("a draft");
    let process = &state.processes[0];
    let to = if message.to.is_empty() {
        vec![process
            .contact(contact)
            .map_or_else(|| "Pat Kim".to_string(), |c| c.name.clone())]
    } else {
        message.to.clone()
    };
    let draft = Draft {
        channel: message.channel,
        to,
        cc: vec![],
        subject: message.subject.clone(),
        body: message.body.clone(),
        purpose: Some(kind),
        limit: None,
    };
    // The text says what it is for (or nothing), so the checker, which reads the purpose
    // from the text when the page does not say it, agrees with the draft.
    let read = purpose_of_text(&message.body);
    let mut out: Vec<String> = Vec::new();
    if message.channel == Channel::Email && read.is_some_and(|k| k != kind) {
        out.push(format!(
            "{kind} to {contact} reads as {read:?}: {:?}",
            message.body
        ));
    }
    // Whatever English the user spells in, a draft is spelt in a way it accepts.
    for spelling in [
        None,
        Some(Spelling::Us),
        Some(Spelling::Uk),
        Some(Spelling::Ca),
        Some(Spelling::Au),
    ] {
        let report = check(
            state,
            &draft,
            now,
            &zone,
            Options {
                speller: Some(shared_speller()),
                suggestions: 0,
                known: None,
                sent: None,
                spelling,
            },
        );
        out.extend(
            report
                .findings
                .iter()
                .filter(|f| f.severity >= Severity::Warning || f.id == "spelling")
                .map(|f| {
                    format!(
                        "{kind} to {contact} ({spelling:?}): {} {:?} in {:?}",
                        f.id, f.message, message.body
                    )
                }),
        );
    }
    out
}

fn check_in_time(state: &State) -> DateTime<FixedOffset> {
    let now = t("2026-11-20T18:00:00+00:00");
    let zone = FixedZone(*now.offset());
    plan(state, now, &zone)
        .actions
        .into_iter()
        .find(|a| a.process == "p" && a.kind == ActionKind::CheckIn)
        .map_or(now, |a| a.opens + Duration::hours(1))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn every_draft_passes_the_checker(a in 0usize..8, b in 0usize..8, company in 0usize..4, role in 0usize..4, with_notes in any::<bool>(), limit in prop::sample::select(vec![200u32, 300]), format in prop::sample::select(vec!["video", "multi_day", "with_meal"])) {
        let state = build_state(a, b, company, role, with_notes, limit, format);
        let soon = t("2026-11-19T17:00:00+00:00");
        let mut all = Vec::new();
        for contact in ["a", "b"] {
            for kind in [ActionKind::ThankYou, ActionKind::Card, ActionKind::LinkedinConnect, ActionKind::LinkedinMessage, ActionKind::Expedite, ActionKind::Withdraw, ActionKind::GraciousReply, ActionKind::Reply] {
                all.extend(problems(&state, kind, contact, soon + Duration::days(if kind == ActionKind::Expedite { 1 } else { 0 })));
            }
        }
        all.extend(problems(&state, ActionKind::CheckIn, "r", check_in_time(&state)));
        all.extend(problems(&state, ActionKind::AskContacts, "r", soon));
        all.extend(problems(&state, ActionKind::ReferenceHeadsUp, "pat@example.org", soon));
        prop_assert!(all.is_empty(), "{}", all.join("\n"));

        // A page drafting a planned action gets the draft the action's own request gets.
        for now in [soon, check_in_time(&state), soon + Duration::days(1)] {
            let zone = FixedZone(*now.offset());
            for action in plan(&state, now, &zone).actions {
                let asked = compose(&state, &action.process, action.kind, action.contact.as_deref(), now, &zone);
                prop_assert_eq!(compose_action(&state, &action, now, &zone), asked, "{:?}", action);
            }
        }

        // T7: two interviewers never receive the same text.
        let zone = FixedZone(*soon.offset());
        for kind in [ActionKind::ThankYou, ActionKind::LinkedinConnect, ActionKind::Card] {
            let first = compose(&state, "p", kind, Some("a"), soon, &zone).expect("draft").body;
            let second = compose(&state, "p", kind, Some("b"), soon, &zone).expect("draft").body;
            let strip = |s: &str, who: &str| s.replace(afterview::core::model::first_name(who), "");
            prop_assert_ne!(strip(&first, NAMES[a]), strip(&second, state.processes[0].contacts[1].name.as_str()));
        }
    }
}

#[test]
fn linkedin_notes_fit_the_limit_in_utf16_units() {
    for limit in [200, 300] {
        let state = build_state(4, 1, 3, 2, true, limit, "video");
        let now = t("2026-11-19T17:00:00+00:00");
        for contact in ["a", "b"] {
            let note = compose(
                &state,
                "p",
                ActionKind::LinkedinConnect,
                Some(contact),
                now,
                &FixedZone(*now.offset()),
            )
            .expect("note");
            assert_eq!(note.channel, Channel::LinkedinNote);
            assert!(
                note.body.encode_utf16().count() <= limit as usize,
                "{}",
                note.body
            );
        }
    }
}

#[test]
fn a_note_box_smaller_than_the_profiles_limit_is_the_limit_the_note_fits() {
    let state = build_state(4, 1, 3, 2, true, 300, "video");
    let now = t("2026-11-19T17:00:00+00:00");
    let zone = FixedZone(*now.offset());
    for contact in ["a", "b"] {
        let note = |box_limit| {
            compose_within(
                &state,
                "p",
                ActionKind::LinkedinConnect,
                Some(contact),
                now,
                &zone,
                box_limit,
            )
            .expect("note")
            .body
        };
        for box_limit in [60, 120, 200] {
            let body = note(Some(box_limit));
            assert!(
                body.encode_utf16().count() <= box_limit,
                "{box_limit}: {body}"
            );
        }
        // A box that takes more than the profile allows changes nothing.
        assert_eq!(note(Some(5000)), note(None));
    }
}

#[test]
fn move_on_is_not_a_message() {
    let state = build_state(0, 1, 0, 0, true, 300, "video");
    let now = t("2026-11-19T17:00:00+00:00");
    assert!(compose(
        &state,
        "p",
        ActionKind::MoveOn,
        None,
        now,
        &FixedZone(*now.offset())
    )
    .is_err());
    assert!(compose(
        &state,
        "nope",
        ActionKind::ThankYou,
        None,
        now,
        &FixedZone(*now.offset())
    )
    .is_err());
}
