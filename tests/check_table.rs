//! A table of drafts of our own: good drafts of several kinds raise nothing, and each
//! mistake added to one raises exactly the finding it should (docs/rules.md, the M
//! findings).

use afterview::core::calendar::FixedZone;
use afterview::core::check::{check, Draft, Options, Report, Severity};
use afterview::core::lexicon::Speller;
use afterview::core::model::{parse_state, ActionKind, Channel, State};
use afterview::native::speller;
use chrono::DateTime;
use std::sync::OnceLock;

fn shared_speller() -> &'static Speller {
    static SPELLER: OnceLock<Speller> = OnceLock::new();
    SPELLER.get_or_init(|| speller().expect("dictionary"))
}

fn state() -> State {
    parse_state(include_str!("data/state.json")).expect("state")
}

fn run(draft: &Draft, now: &str) -> Report {
    let now = DateTime::parse_from_rfc3339(now).expect("now");
    check(
        &state(),
        draft,
        now,
        &FixedZone(*now.offset()),
        Options {
            speller: Some(shared_speller()),
            suggestions: 0,
            known: None,
            sent: None,
            spelling: None,
        },
    )
}

struct Base {
    name: &'static str,
    now: &'static str,
    draft: Draft,
}

fn email(to: &str, purpose: ActionKind, subject: &str, body: &str) -> Draft {
    Draft {
        channel: Channel::Email,
        to: vec![to.into()],
        cc: vec![],
        subject: subject.into(),
        body: body.into(),
        purpose: Some(purpose),
        limit: None,
    }
}

fn bases() -> Vec<Base> {
    vec![
        Base {
            name: "thank-you to Ben",
            now: "2026-11-20T09:00:00+00:00",
            draft: email("ben.okafor@globex.example", ActionKind::ThankYou, "Thank you – Taylor Brooks",
                "Dear Ben,\n\nThank you for meeting with me on Thursday. I really enjoyed hearing how the mobile and web teams share one release train.\n\nYou mentioned the need for a shorter time from idea to shipped experiment, and at my last company I cut experiment cycle time from six weeks to two.\n\nI look forward to hearing about the next steps.\n\nBest regards,\nTaylor Brooks"),
        },
        Base {
            name: "check-in to Cleo after the stated date",
            now: "2026-12-04T10:00:00+00:00",
            draft: email("cleo.wright@globex.example", ActionKind::CheckIn, "Following up on the Product Manager interview",
                "Dear Cleo,\n\nI hope you are well. I am writing to follow up on my interview for the Product Manager role on 19 November. I remain very interested in joining Globex and would be grateful for any update on the timeline.\n\nPlease let me know if I can provide anything further.\n\nBest regards,\nTaylor Brooks"),
        },
        Base {
            name: "expedite to Cleo",
            now: "2026-11-21T10:00:00+00:00",
            draft: email("cleo.wright@globex.example", ActionKind::Expedite, "Timeline for the Product Manager role",
                "Dear Cleo,\n\nI hope you are well. I have received another offer, which needs my answer by Friday 27 November. The Product Manager role at Globex remains my first choice, so I wanted to ask whether a decision might be possible by Tuesday 24 November.\n\nI understand if your timeline cannot change.\n\nKind regards,\nTaylor Brooks"),
        },
        Base {
            name: "withdrawal to Bill",
            now: "2026-11-21T10:00:00+00:00",
            draft: email("bill@initech.example", ActionKind::Withdraw, "Withdrawing from the Business Analyst process",
                "Dear Bill,\n\nThank you for your time during the process for the Business Analyst role. I have accepted another offer, so I would like to withdraw my application.\n\nI wish you and the team every success.\n\nSincerely,\nTaylor Brooks"),
        },
        Base {
            name: "reference heads-up",
            now: "2026-11-21T10:00:00+00:00",
            draft: email("dev.patel@example.org", ActionKind::ReferenceHeadsUp, "A heads-up: Globex may call you",
                "Dear Dev,\n\nI wanted to let you know that Globex is checking references for the Product Manager role, so you may hear from them soon.\n\nThank you again for speaking for me.\n\nBest regards,\nTaylor Brooks"),
        },
        Base {
            name: "LinkedIn message to Ben",
            now: "2026-11-23T10:00:00+00:00",
            draft: Draft {
                channel: Channel::LinkedinMessage,
                to: vec!["Ben Okafor".into()],
                cc: vec![],
                subject: String::new(),
                body: "Hi Ben,\n\nI have been thinking about the talk on trunk-based development you recommended, and it would be great to hear how your team approaches it.\n\nBest regards,\nTaylor Brooks".into(),
                purpose: Some(ActionKind::LinkedinMessage),
                limit: None,
            },
        },
    ]
}

/// A mistake: how to add it to a draft, and the finding it must raise.
struct Mistake {
    id: &'static str,
    apply: fn(&mut Draft),
    /// Only for drafts with a subject line.
    needs_subject: bool,
}

fn insert_sentence(d: &mut Draft, sentence: &str) {
    let at = d.body.find("\n\n").map_or(0, |i| i + 2);
    d.body.insert_str(at, &format!("{sentence} "));
}

fn mistakes() -> Vec<Mistake> {
    vec![
        Mistake {
            id: "placeholder",
            apply: |d| insert_sentence(d, "I am excited about [Job Title]."),
            needs_subject: false,
        },
        Mistake {
            id: "placeholder",
            apply: |d| insert_sentence(d, "My start date would be XXX."),
            needs_subject: false,
        },
        Mistake {
            id: "placeholder",
            apply: |d| d.subject = format!("{} {{name}}", d.subject),
            needs_subject: true,
        },
        Mistake {
            id: "greeting",
            apply: |d| {
                d.body = d
                    .body
                    .split_once(
                        "

",
                    )
                    .map(|(_, rest)| rest.to_string())
                    .unwrap_or_default()
            },
            needs_subject: false,
        },
        Mistake {
            id: "greeting",
            apply: |d| {
                d.body = d.body.replacen(",\n\n", " Smithers,\n\n", 1).replacen(
                    d.body
                        .split(',')
                        .next()
                        .unwrap_or_default()
                        .split(' ')
                        .nth(1)
                        .unwrap_or("x"),
                    "Zed",
                    1,
                )
            },
            needs_subject: false,
        },
        Mistake {
            id: "no-closing",
            apply: |d| {
                d.body = d
                    .body
                    .rsplit_once(
                        "

",
                    )
                    .map(|(head, _)| head.to_string())
                    .unwrap_or_default()
            },
            needs_subject: false,
        },
        Mistake {
            id: "subject",
            apply: |d| d.subject = String::new(),
            needs_subject: true,
        },
        Mistake {
            id: "subject",
            apply: |d| d.subject = "Hi".into(),
            needs_subject: true,
        },
        Mistake {
            id: "subject",
            apply: |d| {
                d.subject =
                    "A very long subject line that goes on and on about the interview and more"
                        .into()
            },
            needs_subject: true,
        },
        Mistake {
            id: "length",
            apply: |d| {
                insert_sentence(d, &"I would also like to add a few more words about my background and interests. ".repeat(25))
            },
            needs_subject: false,
        },
        Mistake {
            id: "emoji",
            apply: |d| insert_sentence(d, "It was great 😀."),
            needs_subject: false,
        },
        Mistake {
            id: "emoji",
            apply: |d| insert_sentence(d, "Talk soon :)"),
            needs_subject: false,
        },
        Mistake {
            id: "casual",
            apply: |d| insert_sentence(d, "Gonna be great."),
            needs_subject: false,
        },
        Mistake {
            id: "casual",
            apply: |d| insert_sentence(d, "Thx so much!!"),
            needs_subject: false,
        },
        Mistake {
            id: "casual",
            apply: |d| insert_sentence(d, "This is AMAZING news."),
            needs_subject: false,
        },
        Mistake {
            id: "impatient",
            apply: |d| insert_sentence(d, "I still haven't heard anything."),
            needs_subject: false,
        },
        Mistake {
            id: "impatient",
            apply: |d| insert_sentence(d, "Please reply ASAP."),
            needs_subject: false,
        },
        Mistake {
            id: "ultimatum",
            apply: |d| {
                insert_sentence(
                    d,
                    "If I don't hear back by Friday, I will accept the other offer.",
                )
            },
            needs_subject: false,
        },
        Mistake {
            id: "spelling",
            apply: |d| insert_sentence(d, "I recieved your note."),
            needs_subject: false,
        },
        Mistake {
            id: "grammar",
            apply: |d| insert_sentence(d, "It was the the best part."),
            needs_subject: false,
        },
        Mistake {
            id: "grammar",
            apply: |d| insert_sentence(d, "It was the best part,, truly."),
            needs_subject: false,
        },
        Mistake {
            id: "grammar",
            apply: |d| insert_sentence(d, "It was the best part. . Truly."),
            needs_subject: false,
        },
        Mistake {
            id: "grammar",
            apply: |d| {
                insert_sentence(
                    d,
                    "I would welcome the chance to help with someone to own the churn model.",
                )
            },
            needs_subject: false,
        },
        Mistake {
            id: "grammar",
            apply: |d| insert_sentence(d, "Yesterday i said so."),
            needs_subject: false,
        },
        Mistake {
            id: "grammar",
            apply: |d| insert_sentence(d, "I could of sent it sooner."),
            needs_subject: false,
        },
        Mistake {
            id: "grammar",
            apply: |d| insert_sentence(d, "It was a exciting day."),
            needs_subject: false,
        },
        Mistake {
            id: "wrong-recipient",
            apply: |d| d.cc.push("ceo@globex.example".into()),
            needs_subject: false,
        },
    ]
}

#[test]
fn good_drafts_raise_nothing() {
    for base in bases() {
        let report = run(&base.draft, base.now);
        let found: Vec<String> = report
            .findings
            .iter()
            .map(|f| format!("{}: {}", f.id, f.message))
            .collect();
        assert!(found.is_empty(), "{}: {found:?}", base.name);
        assert_eq!(report.score, 100, "{}", base.name);
    }
}

#[test]
fn each_mistake_raises_its_finding() {
    let mut rows = 0;
    let mut wrong = Vec::new();
    for base in bases() {
        for mistake in mistakes() {
            if mistake.needs_subject && base.draft.channel != Channel::Email {
                continue;
            }
            // References are not contacts: their greeting is not matched to a name yet.
            if mistake.id == "greeting" && base.name == "reference heads-up" {
                continue;
            }
            // A recipient outside the process is judged against Globex's contacts only.
            if mistake.id == "wrong-recipient" && !base.draft.to[0].ends_with("globex.example") {
                continue;
            }
            let mut draft = base.draft.clone();
            (mistake.apply)(&mut draft);
            let report = run(&draft, base.now);
            rows += 1;
            if !report.findings.iter().any(|f| f.id == mistake.id) {
                let ids: Vec<&str> = report.findings.iter().map(|f| f.id.as_str()).collect();
                wrong.push(format!(
                    "{} + {}: got {ids:?}\n{}",
                    base.name, mistake.id, draft.body
                ));
            }
        }
    }
    assert!(rows >= 80, "{rows} rows");
    assert!(wrong.is_empty(), "{}", wrong.join("\n\n"));
}

#[test]
fn timing_and_kind_specific_findings() {
    let thanks = &bases()[0].draft;
    // A thank-you with no thanks and no detail.
    let mut d = thanks.clone();
    d.body =
        "Dear Ben,\n\nIt was good to meet you on Thursday.\n\nBest regards,\nTaylor Brooks".into();
    let ids: Vec<String> = run(&d, "2026-11-20T09:00:00+00:00")
        .findings
        .into_iter()
        .map(|f| f.id)
        .collect();
    assert!(
        ids.contains(&"no-thanks".to_string()) && ids.contains(&"no-detail".to_string()),
        "{ids:?}"
    );
    // Late: more than 24 hours after the interview.
    let ids: Vec<String> = run(thanks, "2026-11-21T09:00:00+00:00")
        .findings
        .into_iter()
        .map(|f| f.id)
        .collect();
    assert_eq!(ids, vec!["late".to_string()]);
    // Too soon: before the stated decision date (3 December), and more than 7 days after
    // the thank-you of 19 November (within them it would be too frequent, W3).
    let check_in = &bases()[1].draft;
    let ids: Vec<String> = run(check_in, "2026-11-28T10:00:00+00:00")
        .findings
        .into_iter()
        .map(|f| f.id)
        .collect();
    assert_eq!(ids, vec!["too-soon".to_string()]);
    // Duplicate: the note already sent to Ana, sent again to Ben.
    let mut doc: serde_json::Value =
        serde_json::from_str(include_str!("data/state.json")).expect("state");
    doc["processes"][0]["events"][0]["body"] =
        serde_json::Value::String(thanks.body.replace("Ben", "Ana"));
    let state = parse_state(&doc.to_string()).expect("state");
    let now = DateTime::parse_from_rfc3339("2026-11-20T09:00:00+00:00").expect("now");
    let report = check(
        &state,
        thanks,
        now,
        &FixedZone(*now.offset()),
        Options {
            speller: Some(shared_speller()),
            suggestions: 0,
            known: None,
            sent: None,
            spelling: None,
        },
    );
    assert!(
        report.findings.iter().any(|f| f.id == "duplicate"),
        "{:?}",
        report.findings
    );
    // The same with the sent notes' fingerprints kept between checks, as the engine does.
    let sent = afterview::core::check::sent_notes(&state);
    let kept = check(
        &state,
        thanks,
        now,
        &FixedZone(*now.offset()),
        Options {
            speller: Some(shared_speller()),
            suggestions: 0,
            known: None,
            sent: Some(&sent),
            spelling: None,
        },
    );
    assert_eq!(kept.findings, report.findings);
    // A LinkedIn note over a 200-character limit.
    let note = Draft {
        channel: Channel::LinkedinNote,
        to: vec!["https://www.linkedin.com/in/ana-souza/".into()],
        cc: vec![],
        subject: String::new(),
        body: format!(
            "Hi Ana, {}",
            "thank you again for the interview. ".repeat(8)
        ),
        purpose: None,
        limit: None,
    };
    let ids: Vec<String> = run(&note, "2026-11-20T09:00:00+00:00")
        .findings
        .into_iter()
        .map(|f| f.id)
        .collect();
    assert!(ids.contains(&"length".to_string()), "{ids:?}");
}

#[test]
fn a_check_in_too_early_for_two_rules_names_the_later_day_first_and_the_other_too() {
    // On 24 November the thank-you of 19 November is 5 days old (W3 allows a message
    // from 26 November) and the stated decision date, 3 December, is ahead (from
    // 4 December): the decision date binds, and the spacing is named as well.
    let check_in = &bases()[1].draft;
    let findings: Vec<_> = run(check_in, "2026-11-24T10:00:00+00:00")
        .findings
        .into_iter()
        .filter(|f| f.id.starts_with("too-"))
        .collect();
    // Both are listed (by id, at one place); the binding one is the warning.
    let ids: Vec<&str> = findings.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids, ["too-frequent", "too-soon"], "{findings:?}");
    let findings = [findings[1].clone(), findings[0].clone()];
    assert_eq!(findings[0].severity, Severity::Warning);
    assert_eq!(findings[1].severity, Severity::Info);
    assert_eq!(findings[0].rule, "W1");
    assert!(
        findings[0].message.contains("4 December"),
        "{}",
        findings[0].message
    );
    assert_eq!(findings[1].rule, "W3");
    assert!(
        findings[1].message.contains("26 November"),
        "{}",
        findings[1].message
    );
    assert!(
        findings[1].message.contains("4 December"),
        "{}",
        findings[1].message
    );
    // A week after the thank-you the spacing no longer holds: only the date is named.
    let ids: Vec<String> = run(check_in, "2026-11-26T10:00:00+00:00")
        .findings
        .into_iter()
        .map(|f| f.id)
        .filter(|id| id.starts_with("too-"))
        .collect();
    assert_eq!(ids, ["too-soon"]);
}

#[test]
fn typography_names_links_and_signatures_raise_no_false_alarm() {
    let body = "Dear Ben,\n\nThank you for meeting with me on Thursday — I really enjoyed hearing how the mobile and web teams share one release train. José and Zoë mentioned the “release calendar” too, and 王芳 shared the link https://globex.example/releases?team=web#calendar with me.\n\nYou can reach me at taylor.brooks@example.net or on www.linkedin.com/in/taylor-brooks. I can’t wait to hear about the next steps.\n\nBest regards,\nTaylor Brooks\nProduct Manager | taylor.brooks@example.net | +44 20 7946 0000";
    let draft = email(
        "ben.okafor@globex.example",
        ActionKind::ThankYou,
        "Thank you – Taylor Brooks",
        body,
    );
    let report = run(&draft, "2026-11-20T09:00:00+00:00");
    let noisy: Vec<String> = report
        .findings
        .iter()
        .filter(|f| f.id == "spelling" || f.id == "grammar")
        .map(|f| format!("{}: {}", f.id, f.message))
        .collect();
    assert!(noisy.is_empty(), "{noisy:?}");
}

#[test]
fn a_note_box_maxlength_wins_over_the_profile_limit_and_a_note_is_for_connecting() {
    let body = format!("Hi Ana, {}", "it was great to meet you. ".repeat(7));
    assert!(body.len() > 150 && body.len() < 200, "{}", body.len());
    let mut note = Draft {
        channel: Channel::LinkedinNote,
        to: vec!["https://www.linkedin.com/in/ana-souza/".into()],
        cc: vec![],
        subject: String::new(),
        body,
        purpose: None,
        limit: None,
    };
    let ids = |draft: &Draft| -> Vec<String> {
        run(draft, "2026-11-20T09:00:00+00:00")
            .findings
            .into_iter()
            .map(|f| f.id)
            .collect()
    };
    assert!(!ids(&note).contains(&"length".to_string()));
    note.limit = Some(150);
    assert!(ids(&note).contains(&"length".to_string()));
    let report = run(&note, "2026-11-20T09:00:00+00:00");
    let context = report.context.expect("matched by the profile URL");
    assert_eq!(context.purpose, ActionKind::LinkedinConnect);
}

#[test]
fn an_address_at_the_company_that_is_none_of_its_contacts_is_a_wrong_recipient() {
    let mut draft = bases()[0].draft.clone();
    draft.to = vec!["ceo@globex.example".into()];
    let report = run(&draft, "2026-11-20T09:00:00+00:00");
    assert!(
        report.findings.iter().any(|f| f.id == "wrong-recipient"),
        "{:?}",
        report.findings
    );
    // A public mail service says nothing about the company.
    draft.to = vec!["someone@gmail.com".into()];
    let report = run(&draft, "2026-11-20T09:00:00+00:00");
    assert!(!report.findings.iter().any(|f| f.id == "wrong-recipient"));
}

/// The grammar findings (message and fix) of `body` in a thank-you to Ben.
fn grammar_to_ben(body: &str) -> Vec<(String, String, String)> {
    let draft = email(
        "ben.okafor@globex.example",
        ActionKind::ThankYou,
        "Thank you – Taylor Brooks",
        body,
    );
    run(&draft, "2026-11-20T09:00:00+00:00")
        .findings
        .into_iter()
        .filter(|f| f.id == "grammar")
        .map(|f| {
            let span: String = body
                .encode_utf16()
                .skip(f.start)
                .take(f.end - f.start)
                .map(|u| char::from_u32(u32::from(u)).unwrap_or('?'))
                .collect();
            (span, f.message, f.fix)
        })
        .collect()
}

#[test]
fn template_joins_are_found_with_their_fix() {
    let body = |middle: &str| {
        format!("Dear Ben,\n\nThank you for meeting with me on Thursday. I really enjoyed hearing how the mobile and web teams share one release train. {middle}\n\nBest regards,\nTaylor Brooks")
    };
    // Ben's note: "the talk on trunk-based development he recommended".
    let found = grammar_to_ben(&body(
        "I have started the talk on trunk-based development he recommended.",
    ));
    assert_eq!(
        found,
        vec![(
            "he".to_string(),
            "You are writing to Ben: say \"you\" rather than \"he\".".to_string(),
            "you".to_string()
        )]
    );
    let found = grammar_to_ben(&body(
        "I would welcome the chance to help with someone to own the roadmap.",
    ));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "help with someone to");
    assert_eq!(found[0].2, "be the person to");
    let found = grammar_to_ben(&body("I enjoyed it., Truly."));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].0.as_str(), found[0].2.as_str()), (".,", "."));
    // Their own "their" about a third party, an ellipsis, "?!" and "etc.," are fine.
    let fine = grammar_to_ben(&body(
        "I read about the company and their plans for Lisbon... Was it your idea?! Dashboards, pipelines, etc., are my work.",
    ));
    assert!(fine.is_empty(), "{fine:?}");
}

#[test]
fn a_check_in_within_a_week_of_the_last_message_is_too_frequent_even_with_a_round_booked() {
    // The thank-you went on 19 November; a second round is booked for 10 December.
    let mut doc: serde_json::Value =
        serde_json::from_str(include_str!("data/state.json")).expect("state");
    let mut round = doc["processes"][0]["interviews"][0].clone();
    round["start"] = serde_json::json!("2026-12-10T10:00:00+00:00");
    round["end"] = serde_json::json!("2026-12-10T11:00:00+00:00");
    doc["processes"][0]["interviews"]
        .as_array_mut()
        .expect("rounds")
        .push(round);
    let state = parse_state(&doc.to_string()).expect("state");
    let now = DateTime::parse_from_rfc3339("2026-11-21T10:00:00+00:00").expect("now");
    let report = check(
        &state,
        &bases()[1].draft,
        now,
        &FixedZone(*now.offset()),
        Options {
            speller: Some(shared_speller()),
            suggestions: 0,
            known: None,
            sent: None,
            spelling: None,
        },
    );
    let ids: Vec<&str> = report.findings.iter().map(|f| f.id.as_str()).collect();
    assert!(ids.contains(&"too-frequent"), "{ids:?}");
}
