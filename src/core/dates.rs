//! How dates are written and read as text: English day and month names, the few layouts
//! the product shows, and the `YYYY-MM-DD` date of the contract.
//!
//! Written by hand rather than through chrono's format strings: chrono's strftime parser,
//! its generic formatter and its item-driven parser are some 20 KB of the wasm and cost
//! the planner a format-string parse per sentence (BENCH.md).

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike, Weekday};

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// "Thursday".
pub fn weekday_name(day: Weekday) -> &'static str {
    WEEKDAYS[day.num_days_from_monday() as usize]
}

/// "November" (`month` is 1–12, as chrono gives it).
pub fn month_name(month: u32) -> &'static str {
    MONTHS[(month as usize).saturating_sub(1) % 12]
}

/// The first three letters of a day or month name: "Thu", "Nov".
fn short(name: &'static str) -> &'static str {
    &name[..3]
}

/// "19 November" — a date in the drafts.
pub fn day_month(day: NaiveDate) -> String {
    format!("{} {}", day.day(), month_name(day.month()))
}

/// "Friday 27 November" — how the `why` sentences name a day.
pub fn spoken_date(day: NaiveDate) -> String {
    format!("{} {}", weekday_name(day.weekday()), day_month(day))
}

/// "Thursday 19 November" in the year of `today`, "Friday 12 December 2025" in another:
/// a reason names the year when it is not this one.
pub fn spoken_date_from(day: NaiveDate, today: NaiveDate) -> String {
    if day.year() == today.year() {
        spoken_date(day)
    } else {
        format!("{} {}", spoken_date(day), day.year())
    }
}

/// "Mon 23 Nov 2026" — a day in the playground's lists.
pub fn short_date_with_year(day: NaiveDate) -> String {
    format!(
        "{} {} {} {}",
        short(weekday_name(day.weekday())),
        day.day(),
        short(month_name(day.month())),
        day.year()
    )
}

/// "Mon 23 Nov 14:30" — a local date and time on the popup's cards.
pub fn short_date_time(at: NaiveDateTime) -> String {
    format!(
        "{} {} {} {:02}:{:02}",
        short(weekday_name(at.weekday())),
        at.day(),
        short(month_name(at.month())),
        at.hour(),
        at.minute()
    )
}

/// "2026-11-23T14:30" — the value of an `<input type="datetime-local">`.
pub fn input_date_time(at: NaiveDateTime) -> String {
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}",
        at.year(),
        at.month(),
        at.day(),
        at.hour(),
        at.minute()
    )
}

/// A wall-clock time as a `datetime-local` input gives it: `YYYY-MM-DDTHH:MM`, with
/// optional `:SS` (dropped: the forms work to the minute).
pub fn parse_wall_clock(raw: &str) -> Option<NaiveDateTime> {
    let (day, time) = raw.split_once('T')?;
    let mut parts = time.split(':');
    let mut two_digits = || {
        parts
            .next()
            .filter(|p| p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|p| p.parse::<u32>().ok())
    };
    let (hour, minute) = (two_digits()?, two_digits()?);
    let seconds_ok = parts
        .next()
        .is_none_or(|s| s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()));
    if !seconds_ok || parts.next().is_some() {
        return None;
    }
    parse_ymd(day)?.and_hms_opt(hour, minute, 0)
}

/// Serde for a wall-clock time written as [`input_date_time`] and read by
/// [`parse_wall_clock`] (the options form's interview start).
pub mod wall_clock {
    use chrono::NaiveDateTime;
    use serde::{de, Deserialize, Deserializer, Serializer};

    /// Writes `YYYY-MM-DDTHH:MM`.
    pub fn serialize<S: Serializer>(at: &NaiveDateTime, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::input_date_time(*at))
    }

    /// Reads `YYYY-MM-DDTHH:MM[:SS]`.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDateTime, D::Error> {
        let raw = String::deserialize(d)?;
        super::parse_wall_clock(&raw).ok_or_else(|| {
            de::Error::custom(format_args!(
                "{raw:?} is not a date and time like 2026-11-20T09:30"
            ))
        })
    }
}

/// "20261124T143000Z" — a UTC date-time in iCalendar's basic format.
pub fn basic_utc_stamp(utc: NaiveDateTime) -> String {
    format!(
        "{:04}{:02}{:02}T{:02}{:02}{:02}Z",
        utc.year(),
        utc.month(),
        utc.day(),
        utc.hour(),
        utc.minute(),
        utc.second()
    )
}

/// "2026-11-24" — a day as the state and the answers write it.
pub fn ymd(day: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", day.year(), day.month(), day.day())
}

/// A `YYYY-MM-DD` date (exactly that: four-digit year, two-digit month and day).
pub fn parse_ymd(raw: &str) -> Option<NaiveDate> {
    let bytes = raw.as_bytes();
    let shaped = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shaped {
        return None;
    }
    let number = |range: std::ops::Range<usize>| raw[range].parse::<u32>().ok();
    NaiveDate::from_ymd_opt(number(0..4)? as i32, number(5..7)?, number(8..10)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    /// Every layout agrees with chrono's own formatting of the same pattern, over two
    /// years of days (so every weekday, month and day number is seen).
    #[test]
    fn layouts_match_chrono_strftime() {
        let mut d = day(2025, 1, 1);
        while d < day(2027, 1, 1) {
            let at = d
                .and_hms_opt(d.ordinal() % 24, d.day() * 2 % 60, 7)
                .expect("time");
            assert_eq!(spoken_date(d), d.format("%A %-d %B").to_string());
            assert_eq!(day_month(d), d.format("%-d %B").to_string());
            assert_eq!(weekday_name(d.weekday()), d.format("%A").to_string());
            assert_eq!(
                short_date_with_year(d),
                d.format("%a %-d %b %Y").to_string()
            );
            assert_eq!(
                short_date_time(at),
                at.format("%a %-d %b %H:%M").to_string()
            );
            assert_eq!(input_date_time(at), at.format("%Y-%m-%dT%H:%M").to_string());
            assert_eq!(basic_utc_stamp(at), at.format("%Y%m%dT%H%M%SZ").to_string());
            d = d.succ_opt().expect("next day");
        }
    }

    #[test]
    fn reads_wall_clock_times_to_the_minute() {
        let at = |h, m| day(2026, 11, 20).and_hms_opt(h, m, 0);
        assert_eq!(parse_wall_clock("2026-11-20T09:30"), at(9, 30));
        assert_eq!(parse_wall_clock("2026-11-20T23:59:45"), at(23, 59));
        for bad in [
            "2026-11-20",
            "2026-11-20T9:30",
            "2026-11-20T24:00",
            "2026-11-20T09:60",
            "2026-11-20T09:30:1",
            "2026-11-20T09:30:00:00",
            "2026-11-20 09:30",
        ] {
            assert_eq!(parse_wall_clock(bad), None, "{bad}");
        }
    }

    #[test]
    fn reads_exactly_year_month_day() {
        assert_eq!(parse_ymd("2026-12-04"), Some(day(2026, 12, 4)));
        assert_eq!(parse_ymd("2028-02-29"), Some(day(2028, 2, 29)));
        for bad in [
            "2026-02-30",
            "2026-13-01",
            "2026-1-04",
            "26-12-04",
            "2026/12/04",
            "2026-12-04T17:00",
            "+026-12-04",
            "２０２６-12-04",
            "",
        ] {
            assert_eq!(parse_ymd(bad), None, "{bad}");
        }
    }
}
