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

/// How many different drafts each check bench goes through.
const DRAFTS_PER_LENGTH: usize = 20;

/// The bodies of the clean emails of the proofreading corpus (real-sounding follow-ups
/// to many companies, people and roles), in order.
fn corpus_bodies() -> Vec<String> {
    let text = include_str!("../tests/data/proofreading/clean.txt");
    let mut bodies: Vec<String> = Vec::new();
    for line in text.lines() {
        if line.starts_with("=== ") {
            bodies.push(String::new());
        } else if let Some(body) = bodies.last_mut() {
            body.push_str(line);
            body.push('\n');
        }
    }
    bodies.retain(|b| !b.trim().is_empty());
    bodies
}

/// [`DRAFTS_PER_LENGTH`] different drafts of about `words` words: draft `i` is the
/// corpus's emails from the `i`-th on, one after another, cut at the first sentence end
/// after `words` words.
fn drafts_of(words: usize) -> Vec<afterview::core::check::Draft> {
    let bodies = corpus_bodies();
    (0..DRAFTS_PER_LENGTH)
        .map(|i| {
            let mut body = String::new();
            let mut count = 0;
            'emails: for email in bodies.iter().cycle().skip(i * 3) {
                for line in email.split_inclusive('\n') {
                    for piece in line.split_inclusive(' ') {
                        body.push_str(piece);
                        count += usize::from(!piece.trim().is_empty());
                        let ends_sentence = piece.trim_end().ends_with(['.', '!', '?']);
                        if count >= words && ends_sentence {
                            break 'emails;
                        }
                    }
                }
            }
            afterview::core::check::Draft {
                channel: afterview::core::model::Channel::Email,
                to: vec!["ana.souza@globex.example".into()],
                cc: vec![],
                subject: "Thank you – Taylor Brooks".into(),
                body,
                // As the compose panel sends it: the check reads the purpose from the text.
                purpose: None,
                limit: None,
            }
        })
        .collect()
}

/// What every check bench checks against: two processes, a clock, a zone.
fn check_setting() -> (
    afterview::core::model::State,
    DateTime<FixedOffset>,
    FixedZone,
) {
    let now: DateTime<FixedOffset> =
        DateTime::parse_from_rfc3339("2026-11-19T20:00:00+00:00").expect("now");
    (state_of(2), now, FixedZone(*now.offset()))
}

/// `check` of 50-, 300- and 1,000-word drafts, spelling included (no suggestions), warm:
/// one speller for the whole run, as the engine keeps it, going round
/// [`DRAFTS_PER_LENGTH`] different drafts (its remembered verdicts fill on the first
/// round, as they do while the user types).
#[divan::bench(args = [50, 300, 1000])]
fn check_words(bencher: Bencher, words: usize) {
    let (state, now, zone) = check_setting();
    let speller = afterview::native::speller().expect("dictionary");
    let drafts = drafts_of(words);
    let known = afterview::core::check::known_words(&state);
    let sent = afterview::core::check::sent_notes(&state);
    let options = afterview::core::check::Options {
        speller: Some(&speller),
        suggestions: 0,
        // As the engine does: the state's known words and sent notes' fingerprints are
        // kept between checks.
        known: Some(&known),
        sent: Some(&sent),
        spelling: None,
    };
    let mut next = 0;
    bencher.bench_local(|| {
        next = (next + 1) % drafts.len();
        black_box(afterview::core::check::check(
            black_box(&state),
            &drafts[next],
            now,
            &zone,
            options,
        ))
    });
}

/// `check` of a 150-word thank-you to Ana after 10 notes of the same length were sent to
/// Ben (the near-copy check compares it with each), warm, as the engine keeps the sent
/// notes' fingerprints.
#[divan::bench]
fn check_after_ten_sent_notes(bencher: Bencher) {
    let (mut state, now, zone) = check_setting();
    let drafts = drafts_of(150);
    for (i, draft) in drafts.iter().take(10).enumerate() {
        let mut event = afterview::core::model::Event::new(
            now - chrono::Duration::hours(i as i64 + 1),
            afterview::core::model::EventKind::Sent,
        );
        event.to = vec!["ben".into()];
        event.purpose = Some(afterview::core::model::ActionKind::ThankYou);
        event.body = Some(draft.body.clone());
        state.processes[0].events.push(event);
    }
    let speller = afterview::native::speller().expect("dictionary");
    let known = afterview::core::check::known_words(&state);
    let sent = afterview::core::check::sent_notes(&state);
    let options = afterview::core::check::Options {
        speller: Some(&speller),
        suggestions: 0,
        known: Some(&known),
        sent: Some(&sent),
        spelling: None,
    };
    let mut thanks = drafts[DRAFTS_PER_LENGTH - 1].clone();
    thanks.purpose = Some(afterview::core::model::ActionKind::ThankYou);
    bencher.bench_local(|| {
        black_box(afterview::core::check::check(
            black_box(&state),
            &thanks,
            now,
            &zone,
            options,
        ))
    });
}

/// `check` of a 300-word draft, cold: a speller that has remembered nothing (as after
/// the worker woke up), each sample a different draft. Building the speller is not timed.
#[divan::bench(sample_count = 40, sample_size = 1)]
fn check_300_cold(bencher: Bencher) {
    let (state, now, zone) = check_setting();
    let drafts = drafts_of(300);
    let known = afterview::core::check::known_words(&state);
    let mut next = 0;
    bencher
        .with_inputs(|| {
            next = (next + 1) % drafts.len();
            (
                afterview::native::speller().expect("dictionary"),
                &drafts[next],
            )
        })
        .bench_local_refs(|(speller, draft)| {
            let options = afterview::core::check::Options {
                speller: Some(speller),
                suggestions: 0,
                known: Some(&known),
                sent: None,
                spelling: None,
            };
            black_box(afterview::core::check::check(
                black_box(&state),
                draft,
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
