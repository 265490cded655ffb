//! # Afterview
//!
//! The core of a post-interview follow-up assistant. Given what a job seeker recorded
//! about their applications (the state document of `docs/contract.md`) and the time
//! now, it says what to do next and why (`plan`), reads an employer's timeline sentence
//! (`when`), drafts each follow-up (`draft`) and checks a draft as it is typed (`check`).
//!
//! ```
//! use afterview::core::when::read_deadline;
//! use chrono::NaiveDate;
//!
//! let monday = NaiveDate::from_ymd_opt(2026, 11, 16).unwrap();
//! let window = read_deadline("You should hear from us by the end of next week", monday);
//! assert_eq!(window.latest, NaiveDate::from_ymd_opt(2026, 11, 27));
//! ```
//!
//! Modules: [`core`] is pure Rust (the state model, calendar and dates, the timeline
//! reader, the planner, drafts, the checker and its lexicon; see `docs/architecture.md`);
//! `native` gives the CLI real IANA time zones; `web` (wasm32 only) is the browser shell.

pub mod core;
#[cfg(not(target_arch = "wasm32"))]
pub mod native;
#[cfg(target_arch = "wasm32")]
pub mod web;
