//! Native-only helpers for the CLI and tests: real IANA time zones through chrono-tz.

use crate::core::calendar::{FixedZone, Zone};
use chrono::{FixedOffset, NaiveDateTime, Offset, TimeZone};

/// An IANA zone from the tz database.
#[derive(Debug, Clone, Copy)]
pub struct IanaZone(pub chrono_tz::Tz);

impl Zone for IanaZone {
    fn offset_at(&self, utc: NaiveDateTime) -> FixedOffset {
        self.0.offset_from_utc_datetime(&utc).fix()
    }
}

/// The zone a profile names, or `fallback` (a fixed offset) when it names none.
/// An unknown name is an error that names it.
pub fn zone_for(name: Option<&str>, fallback: FixedOffset) -> Result<Box<dyn Zone>, String> {
    match name {
        None | Some("") => Ok(Box::new(FixedZone(fallback))),
        Some(name) => name
            .parse::<chrono_tz::Tz>()
            .map(|tz| Box::new(IanaZone(tz)) as Box<dyn Zone>)
            .map_err(|_| format!("unknown IANA time zone {name:?}")),
    }
}

/// The Hunspell affix file the extension ships, embedded for the CLI.
pub const DICTIONARY_AFF: &str = include_str!("../extension/dictionaries/en_US.aff");
/// The Hunspell word list the extension ships, embedded for the CLI.
pub const DICTIONARY_DIC: &str = include_str!("../extension/dictionaries/en_US.dic");

/// The speller built from the same dictionary files the extension ships.
pub fn speller() -> Result<crate::core::lexicon::Speller, String> {
    crate::core::lexicon::Speller::new(DICTIONARY_AFF, DICTIONARY_DIC)
}
