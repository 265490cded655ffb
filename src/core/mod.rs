//! The pure core: no clock, no I/O, no browser. Every function takes "now" (and the
//! user's [`calendar::Zone`]) as arguments and returns values, so the same code answers
//! on the command line, in the extension's service worker and in the playground.

pub mod calendar;
pub mod check;
pub mod dates;
pub mod draft;
pub mod edit;
pub mod fingerprint;
pub mod history;
pub mod ics;
pub mod lexicon;
pub mod matching;
pub mod model;
pub mod plan;
pub mod prep;
pub mod read;
pub mod stage;
pub mod views;
pub mod when;
pub mod wire;
