//! Native benchmarks of the core (`make bench`): the deadline reader, the planner, the
//! checker and the reader of employers' messages.

use afterview::core::calendar::FixedZone;
use afterview::core::model::parse_state;
use afterview::core::plan::plan;
use afterview::core::when::read_deadline;
use chrono::{DateTime, FixedOffset, NaiveDate};
use divan::{black_box, Bencher};

fn main() {
    divan::main();
}

const PHRASES: [&str; 10] = [
    "You should hear from us by the end of next week",
    "We hope to decide within the next week to ten business days",
    "We'll let you know",
    "by Dec. 4th",
    "early next week",
    "in a few days",
    "a week or two",
    "we expect to make a decision within two to three weeks",
    "the week after next",
    "by 12/5 at the latest, hopefully sooner",
];

/// `when` over 100 phrases.
#[divan::bench]
fn when_100_phrases(bencher: Bencher) {
    let today = NaiveDate::from_ymd_opt(2026, 11, 16).expect("date");
    bencher.bench(|| {
        for i in 0..100 {
            black_box(read_deadline(black_box(PHRASES[i % PHRASES.len()]), today));
        }
    });
}

/// A state of `n` processes copied from tests/data/state.json with fresh ids.
fn state_of(n: usize) -> afterview::core::model::State {
    let text = include_str!("../tests/data/state.json");
    let mut state = parse_state(text).expect("example state");
    let template = state.processes.clone();
    state.processes = (0..n)
        .map(|i| {
            let mut p = template[i % template.len()].clone();
            p.id = format!("{}-{i}", p.id);
            p
        })
        .collect();
    state
}

/// `plan` over 1, 50 and 500 processes.
#[divan::bench(args = [1, 50, 500])]
fn plan_processes(bencher: Bencher, n: usize) {
    let state = state_of(n);
    let now: DateTime<FixedOffset> =
        DateTime::parse_from_rfc3339("2026-11-20T09:00:00+00:00").expect("now");
    let zone = FixedZone(*now.offset());
    bencher.bench(|| black_box(plan(black_box(&state), now, &zone)));
}

/// A draft of about `words` words built from a realistic thank-you paragraph.
fn draft_of(words: usize) -> afterview::core::check::Draft {
    let paragraph = "Thank you for taking the time to speak with me on Thursday about the Product Manager role at Globex. I especially enjoyed our conversation about the roadmap for the self-serve onboarding flow, and how the team plans its experiments. ";
    let mut body = String::from("Dear Ana,\n\n");
    while body.split_whitespace().count() < words {
        body.push_str(paragraph);
    }
    body.push_str("\n\nBest regards,\nTaylor Brooks");
    afterview::core::check::Draft {
        channel: afterview::core::model::Channel::Email,
        to: vec!["ana.souza@globex.example".into()],
        cc: vec![],
        subject: "Thank you – Taylor Brooks".into(),
        body,
        purpose: Some(afterview::core::model::ActionKind::ThankYou),
        limit: None,
    }
}

/// `check` of 50-, 300- and 1,000-word drafts, spelling included (no suggestions).
#[divan::bench(args = [50, 300, 1000])]
fn check_words(bencher: Bencher, words: usize) {
    let state = state_of(2);
    let speller = afterview::native::speller().expect("dictionary");
    let draft = draft_of(words);
    let now: DateTime<FixedOffset> =
        DateTime::parse_from_rfc3339("2026-11-19T20:00:00+00:00").expect("now");
    let zone = FixedZone(*now.offset());
    let known = afterview::core::check::known_words(&state);
    let options = afterview::core::check::Options {
        speller: Some(&speller),
        suggestions: 0,
        // As the engine does: the state's known words are kept between checks.
        known: Some(&known),
    };
    bencher.bench(|| {
        black_box(afterview::core::check::check(
            black_box(&state),
            &draft,
            now,
            &zone,
            options,
        ))
    });
}

/// Loading the Hunspell dictionary the extension ships.
#[divan::bench(sample_count = 10)]
fn dictionary_load() {
    black_box(afterview::native::speller().expect("dictionary"));
}

/// A message of about `words` words from the reading corpus's bodies, one after another
/// (varied wording, quoted history and signatures as they come), from a tracked sender.
fn message_of(words: usize) -> afterview::core::read::IncomingMessage {
    let corpus: Vec<serde_json::Value> =
        serde_json::from_str(include_str!("../tests/data/read/messages.json")).expect("corpus");
    let mut body = String::new();
    for case in corpus.iter().cycle() {
        if body.split_whitespace().count() >= words {
            break;
        }
        body.push_str(case["body"].as_str().unwrap_or(""));
        body.push_str("\n\n");
    }
    afterview::core::read::IncomingMessage {
        from: "Cleo Wright <cleo.wright@globex.example>".into(),
        subject: "Re: Product Manager".into(),
        body,
        date: Some(DateTime::parse_from_rfc3339("2026-11-24T10:00:00+00:00").expect("date")),
    }
}

/// `read` of one employer's message of about 2,000 words.
#[divan::bench]
fn read_2000_words(bencher: Bencher) {
    let state = parse_state(include_str!("../tests/data/state.json")).expect("state");
    let message = message_of(2000);
    let now = message.date.expect("dated");
    let zone = FixedZone(*now.offset());
    bencher.bench(|| {
        black_box(afterview::core::read::read(
            &state,
            black_box(&message),
            now,
            &zone,
        ))
    });
}
