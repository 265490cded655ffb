//! Reading employers' messages, measured on a corpus written for these tests
//! (tests/data/read/messages.json: varied wording, formality and length; quoted history,
//! signatures and disclaimers; auto-replies, newsletters and job-board mail; messages that
//! mention a rejection or an offer only in quoted text). Prints precision and recall per
//! kind and fails below the floors: precision 0.97 for rejections and offers (a wrong
//! one is the worst mistake reading can make), 0.90 for the rest.

use afterview::core::model::{parse_state, State};
use afterview::core::read::{read, IncomingMessage, Says};
use afterview::native::IanaZone;
use chrono::{DateTime, FixedOffset};
use serde::Deserialize;

#[derive(Deserialize)]
struct Expected {
    says: Says,
    date: Option<String>,
    process: Option<String>,
    contact: Option<String>,
}

#[derive(Deserialize)]
struct Case {
    id: String,
    from: String,
    subject: String,
    body: String,
    date: DateTime<FixedOffset>,
    expect: Expected,
}

fn state() -> State {
    parse_state(include_str!("data/state.json")).expect("state")
}

fn cases() -> Vec<Case> {
    serde_json::from_str(include_str!("data/read/messages.json")).expect("corpus")
}

/// Precision and recall of one kind over (expected, answered) pairs.
fn scores(pairs: &[(Says, Says)], kind: Says) -> (f64, f64, usize, usize) {
    let answered = pairs.iter().filter(|(_, got)| *got == kind).count();
    let expected = pairs.iter().filter(|(want, _)| *want == kind).count();
    let right = pairs
        .iter()
        .filter(|(want, got)| *want == kind && *got == kind)
        .count();
    let ratio = |n: usize, d: usize| if d == 0 { 1.0 } else { n as f64 / d as f64 };
    (
        ratio(right, answered),
        ratio(right, expected),
        answered,
        expected,
    )
}

#[test]
fn the_corpus_is_read_with_high_precision_per_kind() {
    let state = state();
    let zone = IanaZone(chrono_tz::Europe::London);
    let cases = cases();
    assert!(cases.len() >= 150, "{} messages", cases.len());
    let mut pairs = Vec::new();
    let mut wrong = Vec::new();
    let (mut dated, mut dated_right, mut misplaced) = (0, 0, 0);
    for case in &cases {
        let message = IncomingMessage {
            from: case.from.clone(),
            subject: case.subject.clone(),
            body: case.body.clone(),
            date: Some(case.date),
        };
        let reading = read(&state, &message, case.date, &zone);
        pairs.push((case.expect.says, reading.says));
        let date = reading.date.map(|d| d.to_string());
        let context = reading.context.as_ref();
        let (process, contact) = (
            context.map(|c| c.process.clone()),
            context.and_then(|c| c.contact.clone()),
        );
        if reading.says != case.expect.says {
            wrong.push(format!(
                "{}: expected {:?}, read {:?} from {:?}",
                case.id, case.expect.says, reading.says, reading.quote
            ));
        } else if reading.says != Says::Other {
            dated += 1;
            dated_right += usize::from(date == case.expect.date);
        }
        if reading.says == case.expect.says
            && reading.says != Says::Other
            && date != case.expect.date
        {
            wrong.push(format!(
                "{}: {:?} dated {:?}, expected {:?} ({:?})",
                case.id, reading.says, date, case.expect.date, reading.quote
            ));
        }
        if (process.clone(), contact.clone())
            != (case.expect.process.clone(), case.expect.contact.clone())
        {
            misplaced += 1;
            wrong.push(format!(
                "{}: from {:?} / {:?}, expected {:?} / {:?}",
                case.id, process, contact, case.expect.process, case.expect.contact
            ));
        }
    }
    println!("kind           precision  recall  (answered / expected)");
    let mut below = Vec::new();
    for kind in Says::ALL {
        let (precision, recall, answered, expected) = scores(&pairs, kind);
        println!(
            "{:<14} {:>9.2}  {:>6.2}  ({answered} / {expected})",
            kind.as_str(),
            precision,
            recall
        );
        let floor = if matches!(kind, Says::Rejection | Says::Offer) {
            0.97
        } else {
            0.90
        };
        if precision < floor {
            below.push(format!(
                "{} precision {precision:.2} < {floor}",
                kind.as_str()
            ));
        }
    }
    println!(
        "{} of {} read differently than labelled:\n{}",
        wrong.len(),
        cases.len(),
        wrong.join("\n")
    );
    let date_share = dated_right as f64 / dated.max(1) as f64;
    println!("days read right: {dated_right} of {dated} ({date_share:.2})");
    assert!(below.is_empty(), "{}", below.join("; "));
    assert!(date_share >= 0.9, "days read right: {date_share:.2} < 0.90");
    assert_eq!(misplaced, 0, "every sender is placed in its process");
}
