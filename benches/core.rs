//! Native benchmarks of the core (`make bench`): the deadline reader and the planner.

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

/// A state of `n` processes copied from the shared example with fresh ids.
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
