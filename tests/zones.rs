//! Wall-clock times in zones east and west of UTC, through their gaps and overlaps: a
//! time that never occurs lands just after the gap (the clock as it reads once it has
//! jumped), a time that occurs twice takes the earlier instant, and every other time is
//! the one instant that reads so on the zone's clock.

use afterview::core::calendar::{at_local, to_local};
use afterview::native::IanaZone;
use chrono::{DateTime, NaiveDateTime, TimeZone};
use chrono_tz::Tz;

fn local(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").expect("test time")
}

fn instant(s: &str) -> DateTime<chrono::FixedOffset> {
    DateTime::parse_from_rfc3339(s).expect("test instant")
}

/// `wall` in `zone`, as the instant it names.
fn at(zone: Tz, wall: &str) -> DateTime<chrono::FixedOffset> {
    at_local(&IanaZone(zone), local(wall))
}

#[test]
fn a_time_in_a_spring_gap_lands_just_after_the_gap() {
    // Each zone's clock jumps forward; the wall time in between never occurs.
    let cases = [
        // London: 01:00 → 02:00 on 29 March 2026.
        (
            chrono_tz::Europe::London,
            "2026-03-29 01:30",
            "2026-03-29T02:30:00+01:00",
        ),
        // Sydney: 02:00 → 03:00 on 4 October 2026.
        (
            chrono_tz::Australia::Sydney,
            "2026-10-04 02:30",
            "2026-10-04T03:30:00+11:00",
        ),
        // Lord Howe: 02:00 → 02:30 (a half-hour change) on 4 October 2026.
        (
            chrono_tz::Australia::Lord_Howe,
            "2026-10-04 02:15",
            "2026-10-04T02:45:00+11:00",
        ),
        // Auckland: 02:00 → 03:00 on 27 September 2026.
        (
            chrono_tz::Pacific::Auckland,
            "2026-09-27 02:30",
            "2026-09-27T03:30:00+13:00",
        ),
        // New York: 02:00 → 03:00 on 8 March 2026.
        (
            chrono_tz::America::New_York,
            "2026-03-08 02:30",
            "2026-03-08T03:30:00-04:00",
        ),
    ];
    for (zone, wall, expected) in cases {
        let got = at(zone, wall);
        assert_eq!(got, instant(expected), "{zone} {wall}");
        assert_eq!(got.offset(), instant(expected).offset(), "{zone} {wall}");
    }
}

#[test]
fn a_time_in_an_autumn_overlap_takes_the_earlier_instant() {
    // Each wall time occurs twice; the first of the two is meant.
    let cases = [
        (
            chrono_tz::Europe::London,
            "2026-10-25 01:30",
            "2026-10-25T01:30:00+01:00",
        ),
        (
            chrono_tz::Australia::Sydney,
            "2026-04-05 02:30",
            "2026-04-05T02:30:00+11:00",
        ),
        (
            chrono_tz::Australia::Lord_Howe,
            "2026-04-05 01:45",
            "2026-04-05T01:45:00+11:00",
        ),
        (
            chrono_tz::Pacific::Auckland,
            "2026-04-05 02:30",
            "2026-04-05T02:30:00+13:00",
        ),
        (
            chrono_tz::America::New_York,
            "2026-11-01 01:30",
            "2026-11-01T01:30:00-04:00",
        ),
    ];
    for (zone, wall, expected) in cases {
        let got = at(zone, wall);
        assert_eq!(got, instant(expected), "{zone} {wall}");
        assert_eq!(got.offset(), instant(expected).offset(), "{zone} {wall}");
    }
}

#[test]
fn every_other_wall_time_is_the_instant_the_zones_own_clock_shows() {
    // Kathmandu (+05:45, no DST) and days on both sides of each change.
    let zones = [
        chrono_tz::Europe::London,
        chrono_tz::Australia::Sydney,
        chrono_tz::Australia::Lord_Howe,
        chrono_tz::Pacific::Auckland,
        chrono_tz::Asia::Kathmandu,
        chrono_tz::America::New_York,
    ];
    let walls = [
        "2026-01-15 09:00",
        "2026-03-28 17:00",
        "2026-03-29 09:00",
        "2026-04-04 23:59",
        "2026-04-05 09:00",
        "2026-07-01 00:00",
        "2026-09-27 17:00",
        "2026-10-04 09:00",
        "2026-10-25 09:00",
        "2026-11-01 17:00",
    ];
    for zone in zones {
        for wall in walls {
            let wall_time = local(wall);
            let expected = zone
                .from_local_datetime(&wall_time)
                .earliest()
                .expect("not in a gap");
            let got = at(zone, wall);
            assert_eq!(got, expected.fixed_offset(), "{zone} {wall}");
            assert_eq!(
                to_local(&IanaZone(zone), got).naive_local(),
                wall_time,
                "{zone} {wall} reads back"
            );
        }
    }
}
