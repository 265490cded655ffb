//! Importing any bytes gives a state that plans, or an error with a message.
#![no_main]
use afterview::core::calendar::FixedZone;
use afterview::core::model::parse_state;
use afterview::core::plan::plan;
use chrono::DateTime;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let now = DateTime::parse_from_rfc3339("2026-11-20T09:00:00+00:00").expect("now");
    match parse_state(text) {
        Ok(state) => {
            plan(&state, now, &FixedZone(*now.offset()));
        }
        Err(e) => assert!(!e.to_string().is_empty()),
    }
});
