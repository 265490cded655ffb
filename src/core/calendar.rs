//! Calendar arithmetic in the user's time zone: business days (Monday–Friday), weeks
//! that start on Monday, and "09:00 local" / "17:00 local" instants that stay at those
//! wall-clock hours across DST changes. The core knows no zone database: it asks a
//! [`Zone`] for the UTC offset at an instant (natively chrono-tz, in the browser `Intl`).

use chrono::{
    DateTime, Datelike, Duration, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Weekday,
};

/// Hour at which a day-counted window opens (docs/contract.md: 09:00 local).
pub const OPENS_HOUR: u32 = 9;
/// Hour at which a day-counted window falls due (17:00 local).
pub const DUE_HOUR: u32 = 17;

/// A time zone as the core needs it: the UTC offset in force at a UTC instant.
pub trait Zone {
    /// The offset from UTC at the UTC instant `utc`.
    fn offset_at(&self, utc: NaiveDateTime) -> FixedOffset;
}

/// A zone with one fixed offset (tests, and a profile with no zone).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FixedZone(pub FixedOffset);

impl Zone for FixedZone {
    fn offset_at(&self, _utc: NaiveDateTime) -> FixedOffset {
        self.0
    }
}

/// `instant` seen in `zone`.
pub fn to_local(zone: &dyn Zone, instant: DateTime<FixedOffset>) -> DateTime<FixedOffset> {
    let utc = instant.naive_utc();
    let offset = zone.offset_at(utc);
    DateTime::from_naive_utc_and_offset(utc, offset)
}

/// The calendar day of `instant` in `zone`.
pub fn local_date(zone: &dyn Zone, instant: DateTime<FixedOffset>) -> NaiveDate {
    to_local(zone, instant).date_naive()
}

/// The instant at wall-clock `local` in `zone`. In a DST gap (a time that never occurs)
/// it is read with the offset in force before the change, which lands just after the
/// gap (01:30 in London's spring gap is 02:30 BST); in an overlap (a time that occurs
/// twice) it takes the earlier of the two instants.
pub fn at_local(zone: &dyn Zone, local: NaiveDateTime) -> DateTime<FixedOffset> {
    // The offsets in force a day either side: a zone changes at most once in between.
    let before = zone.offset_at(local - Duration::days(1));
    let after = zone.offset_at(local + Duration::days(1));
    let as_utc =
        |offset: FixedOffset| local - Duration::seconds(i64::from(offset.local_minus_utc()));
    let reads_so = |offset: FixedOffset| zone.offset_at(as_utc(offset)) == offset;
    let offset = [before, after]
        .into_iter()
        .filter(|o| reads_so(*o))
        .min_by_key(|o| as_utc(*o))
        .unwrap_or(before);
    let utc = as_utc(offset);
    DateTime::from_naive_utc_and_offset(utc, zone.offset_at(utc))
}

/// `day` at `hour`:00 local in `zone`.
pub fn at_hour(zone: &dyn Zone, day: NaiveDate, hour: u32) -> DateTime<FixedOffset> {
    let time = NaiveTime::from_hms_opt(hour.min(23), 0, 0).unwrap_or(NaiveTime::MIN);
    at_local(zone, day.and_time(time))
}

/// Whether `day` is Monday to Friday.
pub fn is_business_day(day: NaiveDate) -> bool {
    !matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
}

/// `day` itself when it is a business day, else the Monday after.
pub fn on_or_next_business_day(day: NaiveDate) -> NaiveDate {
    match day.weekday() {
        Weekday::Sat => day + Duration::days(2),
        Weekday::Sun => day + Duration::days(1),
        _ => day,
    }
}

/// The `n`th business day after `day` (n = 0 gives `day`).
pub fn add_business_days(day: NaiveDate, n: u32) -> NaiveDate {
    if n == 0 {
        return day;
    }
    // From a weekend, counting starts as from the Friday before: Saturday + 1 is Monday.
    let start = match day.weekday() {
        Weekday::Sat => day - Duration::days(1),
        Weekday::Sun => day - Duration::days(2),
        _ => day,
    };
    let mut current = start + Duration::weeks(i64::from(n / 5));
    let mut left = n % 5;
    while left > 0 {
        current += Duration::days(1);
        if is_business_day(current) {
            left -= 1;
        }
    }
    current
}

/// The Monday of the week that holds `day`.
pub fn week_start(day: NaiveDate) -> NaiveDate {
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

/// `weekday` in the week that holds `day` (weeks start on Monday).
pub fn weekday_of_week(day: NaiveDate, weekday: Weekday) -> NaiveDate {
    week_start(day) + Duration::days(i64::from(weekday.num_days_from_monday()))
}

/// The first `weekday` strictly after `day`.
pub fn next_weekday_after(day: NaiveDate, weekday: Weekday) -> NaiveDate {
    let ahead = (7 + weekday.num_days_from_monday() as i64
        - day.weekday().num_days_from_monday() as i64)
        % 7;
    day + Duration::days(if ahead == 0 { 7 } else { ahead })
}

/// The last day of the month that holds `day`.
pub fn month_end(day: NaiveDate) -> NaiveDate {
    let (year, month) = if day.month() == 12 {
        (day.year() + 1, 1)
    } else {
        (day.year(), day.month() + 1)
    };
    NaiveDate::from_ymd_opt(year, month, 1).map_or(day, |first| first - Duration::days(1))
}

/// The first day of the month after the one that holds `day`.
pub fn next_month_start(day: NaiveDate) -> NaiveDate {
    month_end(day) + Duration::days(1)
}

/// A window counted in days (W2, W3, L3): it opens at 09:00 on `first` (moved to Monday
/// when that is a weekend) and falls due at 17:00 on `last` (moved likewise, and never
/// before the opening day).
pub fn day_window(
    zone: &dyn Zone,
    first: NaiveDate,
    last: NaiveDate,
) -> (DateTime<FixedOffset>, DateTime<FixedOffset>) {
    let open_day = on_or_next_business_day(first);
    let due_day = on_or_next_business_day(last).max(open_day);
    (
        at_hour(zone, open_day, OPENS_HOUR),
        at_hour(zone, due_day, DUE_HOUR),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid date")
    }

    #[test]
    fn business_days_skip_weekends() {
        assert_eq!(add_business_days(d(2026, 11, 16), 5), d(2026, 11, 23));
        assert_eq!(add_business_days(d(2026, 11, 16), 10), d(2026, 11, 30));
        assert_eq!(add_business_days(d(2026, 11, 20), 1), d(2026, 11, 23));
        assert_eq!(add_business_days(d(2026, 11, 21), 1), d(2026, 11, 23));
        assert_eq!(add_business_days(d(2026, 11, 21), 5), d(2026, 11, 27));
        assert_eq!(add_business_days(d(2026, 11, 22), 10), d(2026, 12, 4));
        assert_eq!(add_business_days(d(2026, 11, 19), 10), d(2026, 12, 3));
    }

    #[test]
    fn weeks_start_on_monday() {
        assert_eq!(week_start(d(2026, 11, 22)), d(2026, 11, 16));
        assert_eq!(
            weekday_of_week(d(2026, 11, 16), Weekday::Fri),
            d(2026, 11, 20)
        );
        assert_eq!(
            next_weekday_after(d(2026, 11, 17), Weekday::Tue),
            d(2026, 11, 24)
        );
        assert_eq!(month_end(d(2026, 12, 5)), d(2026, 12, 31));
        assert_eq!(month_end(d(2028, 2, 5)), d(2028, 2, 29));
    }

    #[test]
    fn weekend_windows_open_on_monday() {
        let zone = FixedZone(FixedOffset::west_opt(5 * 3600).expect("offset"));
        let (opens, due) = day_window(&zone, d(2026, 11, 28), d(2026, 11, 28));
        assert_eq!(opens.to_rfc3339(), "2026-11-30T09:00:00-05:00");
        assert_eq!(due.to_rfc3339(), "2026-11-30T17:00:00-05:00");
    }
}
