//! The deadline reader takes any text: no panic, and a window never ends before it starts.
#![no_main]
use afterview::core::when::read_deadline;
use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|phrase: &str| {
    let today = NaiveDate::from_ymd_opt(2026, 11, 23).expect("date");
    let window = read_deadline(phrase, today);
    if let (Some(a), Some(b)) = (window.earliest, window.latest) {
        assert!(a <= b);
    }
});
