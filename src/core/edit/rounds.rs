//! What a round's form needs from the core: the day an employer's timeline sentence is
//! read against while the user types it.

use chrono::{Duration, NaiveDate, NaiveDateTime};

/// The day a timeline sentence typed beside a round is read against: the day the
/// interview ends, on the user's own clock (as the planner reads it), else `today` in
/// their zone.
pub fn timeline_reading_day(
    start: Option<NaiveDateTime>,
    minutes: u32,
    today: NaiveDate,
) -> NaiveDate {
    start.map_or(today, |s| {
        (s + Duration::minutes(i64::from(minutes))).date()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_timeline_is_read_against_the_day_the_interview_ends_on_the_users_clock() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        // 21:30 for 45 minutes ends at 22:15 the same local day, whatever UTC says.
        let start = NaiveDate::from_ymd_opt(2026, 11, 20)
            .unwrap()
            .and_hms_opt(21, 30, 0);
        assert_eq!(
            timeline_reading_day(start, 45, today),
            NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()
        );
        assert_eq!(timeline_reading_day(None, 45, today), today);
        // A round that runs past midnight is read against the day it ends.
        let late = NaiveDate::from_ymd_opt(2026, 11, 20)
            .unwrap()
            .and_hms_opt(23, 30, 0);
        assert_eq!(
            timeline_reading_day(late, 60, today),
            NaiveDate::from_ymd_opt(2026, 11, 21).unwrap()
        );
    }
}
