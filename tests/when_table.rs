//! The deadline reader against a table of recruiter phrases (the conventions of
//! docs/contract.md), said on several days: a Monday, a Saturday, the year's and a month's
//! end, a DST week.

use afterview::core::when::read_deadline;
use chrono::NaiveDate;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

/// (said on, phrase, earliest, latest); "" for null.
const TABLE: &[(&str, &str, &str, &str)] = &[
    // Slashed dates either way round: the reading nearest the day said, to come.
    ("2026-12-02", "by 08/12/2026", "2026-12-02", "2026-12-08"),
    ("2026-11-27", "by 12/3", "2026-11-27", "2026-12-03"),
    ("2026-11-26", "on 02/12 at 13h", "2026-11-26", "2026-12-02"),
    // A weekday with the day of the month alone, ordinal words, dashed dates.
    (
        "2026-11-20",
        "back in the office Mon 30th",
        "2026-11-20",
        "2026-11-30",
    ),
    (
        "2026-12-04",
        "returning Monday 14th",
        "2026-12-04",
        "2026-12-14",
    ),
    (
        "2026-11-24",
        "Thursday the third of December at ten",
        "2026-11-24",
        "2026-12-03",
    ),
    (
        "2026-11-24",
        "the twenty-first of December",
        "2026-11-24",
        "2026-12-21",
    ),
    (
        "2026-11-30",
        "Date: 03-Dec-2026 (Thursday)",
        "2026-11-30",
        "2026-12-03",
    ),
    ("2026-11-30", "the second interview", "", ""),
    ("2026-11-30", "you'd spend a day with the squad", "", ""),
    (
        "2026-12-03",
        "two weeks from today",
        "2026-12-03",
        "2026-12-17",
    ),
    ("2026-12-03", "in a day or two", "2026-12-04", "2026-12-05"),
    // Monday 2026-11-16 — the table of docs/contract.md and more
    (
        "2026-11-16",
        "by the end of the week",
        "2026-11-16",
        "2026-11-20",
    ),
    ("2026-11-16", "by Friday", "2026-11-16", "2026-11-20"),
    (
        "2026-11-16",
        "by the end of next week",
        "2026-11-16",
        "2026-11-27",
    ),
    ("2026-11-16", "next Tuesday", "2026-11-16", "2026-11-24"),
    ("2026-11-16", "by Tuesday", "2026-11-16", "2026-11-17"),
    ("2026-11-16", "on Tuesday", "2026-11-16", "2026-11-17"),
    ("2026-11-16", "in two weeks", "2026-11-16", "2026-11-30"),
    ("2026-11-16", "within two weeks", "2026-11-16", "2026-11-30"),
    (
        "2026-11-16",
        "within the next week to ten business days",
        "2026-11-23",
        "2026-11-30",
    ),
    (
        "2026-11-16",
        "in 5 business days",
        "2026-11-16",
        "2026-11-23",
    ),
    ("2026-11-16", "early next week", "2026-11-16", "2026-11-24"),
    ("2026-11-16", "mid next week", "2026-11-16", "2026-11-25"),
    ("2026-11-16", "late next week", "2026-11-16", "2026-11-27"),
    (
        "2026-11-16",
        "by the end of the month",
        "2026-11-16",
        "2026-11-30",
    ),
    ("2026-11-16", "by December 5", "2026-11-16", "2026-12-05"),
    ("2026-11-16", "by Dec 5th", "2026-11-16", "2026-12-05"),
    ("2026-11-16", "by 12/5", "2026-11-16", "2026-12-05"),
    ("2026-11-16", "tomorrow", "2026-11-16", "2026-11-17"),
    (
        "2026-11-16",
        "end of day tomorrow",
        "2026-11-16",
        "2026-11-17",
    ),
    (
        "2026-11-16",
        "in a couple of days",
        "2026-11-18",
        "2026-11-18",
    ),
    ("2026-11-16", "in a few days", "2026-11-19", "2026-11-21"),
    ("2026-11-16", "we'll let you know", "", ""),
    ("2026-11-16", "soon", "", ""),
    ("2026-11-16", "We will be in touch shortly.", "", ""),
    (
        "2026-11-16",
        "You should hear from us by end of week",
        "2026-11-16",
        "2026-11-20",
    ),
    (
        "2026-11-16",
        "we'll decide within 10 business days",
        "2026-11-16",
        "2026-11-30",
    ),
    (
        "2026-11-16",
        "hopefully by Dec. 4th",
        "2026-11-16",
        "2026-12-04",
    ),
    ("2026-11-16", "12/4", "2026-11-16", "2026-12-04"),
    ("2026-11-16", "by Thursday", "2026-11-16", "2026-11-19"),
    ("2026-11-16", "by Thurs", "2026-11-16", "2026-11-19"),
    ("2026-11-16", "by Wed.", "2026-11-16", "2026-11-18"),
    ("2026-11-16", "next Fri", "2026-11-16", "2026-11-27"),
    ("2026-11-16", "in three days", "2026-11-16", "2026-11-19"),
    (
        "2026-11-16",
        "within seven days",
        "2026-11-16",
        "2026-11-23",
    ),
    ("2026-11-16", "in twenty days", "2026-11-16", "2026-12-06"),
    ("2026-11-16", "a week or two", "2026-11-23", "2026-11-30"),
    (
        "2026-11-16",
        "the week after next",
        "2026-11-16",
        "2026-12-04",
    ),
    (
        "2026-11-16",
        "Hopefully we expect to decide by next Wednesday",
        "2026-11-16",
        "2026-11-25",
    ),
    ("2026-11-16", "within 48 hours", "2026-11-16", "2026-11-18"),
    ("2026-11-16", "in 1-2 weeks", "2026-11-23", "2026-11-30"),
    (
        "2026-11-16",
        "7 to 10 business days",
        "2026-11-25",
        "2026-11-30",
    ),
    (
        "2026-11-16",
        "by the end of next month",
        "2026-11-16",
        "2026-12-31",
    ),
    ("2026-11-16", "mid-December", "2026-11-16", "2026-12-15"),
    ("2026-11-16", "early December", "2026-11-16", "2026-12-10"),
    ("2026-11-16", "by December", "2026-11-16", "2026-12-01"),
    ("2026-11-16", "by the 5th", "2026-11-16", "2026-12-05"),
    ("2026-11-16", "by the 20th", "2026-11-16", "2026-11-20"),
    ("2026-11-16", "December 5, 2026", "2026-11-16", "2026-12-05"),
    ("2026-11-16", "on January 8", "2026-11-16", "2027-01-08"),
    ("2026-11-16", "before Christmas", "2026-11-16", "2026-12-25"),
    ("2026-11-16", "by Monday", "2026-11-16", "2026-11-23"),
    ("2026-11-16", "this Friday", "2026-11-16", "2026-11-20"),
    ("2026-11-16", "Friday next week", "2026-11-16", "2026-11-27"),
    (
        "2026-11-16",
        "the day after tomorrow",
        "2026-11-16",
        "2026-11-18",
    ),
    (
        "2026-11-16",
        "by end of day today",
        "2026-11-16",
        "2026-11-16",
    ),
    ("2026-11-16", "in a week", "2026-11-16", "2026-11-23"),
    ("2026-11-16", "within a month", "2026-11-16", "2026-12-16"),
    (
        "2026-11-16",
        "we'll get back to you in the coming days",
        "2026-11-19",
        "2026-11-21",
    ),
    (
        "2026-11-16",
        "in the next few days",
        "2026-11-19",
        "2026-11-21",
    ),
    ("2026-11-16", "by Nov 30", "2026-11-16", "2026-11-30"),
    (
        "2026-11-16",
        "we expect a decision in two to three weeks",
        "2026-11-30",
        "2026-12-07",
    ),
    (
        "2026-11-16",
        "You'll hear from us by 2026-12-02",
        "2026-11-16",
        "2026-12-02",
    ),
    ("2026-11-16", "We may need more time", "", ""),
    ("2026-11-16", "We will march on", "", ""),
    (
        "2026-11-16",
        "by the end of this week",
        "2026-11-16",
        "2026-11-20",
    ),
    (
        "2026-11-16",
        "in 5 working days",
        "2026-11-16",
        "2026-11-23",
    ),
    (
        "2026-11-16",
        "within five to seven business days",
        "2026-11-23",
        "2026-11-25",
    ),
    ("2026-11-16", "by May 3", "2026-11-16", "2027-05-03"),
    // Saturday 2026-11-21: "this week" is over, so weeks count from Monday the 23rd
    (
        "2026-11-21",
        "by the end of the week",
        "2026-11-21",
        "2026-11-27",
    ),
    ("2026-11-21", "by Friday", "2026-11-21", "2026-11-27"),
    ("2026-11-21", "next Tuesday", "2026-11-21", "2026-11-24"),
    ("2026-11-21", "early next week", "2026-11-21", "2026-11-24"),
    (
        "2026-11-21",
        "in 5 business days",
        "2026-11-21",
        "2026-11-27",
    ),
    ("2026-11-21", "by Monday", "2026-11-21", "2026-11-23"),
    (
        "2026-11-21",
        "by the end of next week",
        "2026-11-21",
        "2026-11-27",
    ),
    // Wednesday 2026-12-30: across the year's end
    (
        "2026-12-30",
        "by the end of next week",
        "2026-12-30",
        "2027-01-08",
    ),
    ("2026-12-30", "in two weeks", "2026-12-30", "2027-01-13"),
    ("2026-12-30", "by January 5", "2026-12-30", "2027-01-05"),
    ("2026-12-30", "by 1/4", "2026-12-30", "2027-01-04"),
    (
        "2026-12-30",
        "by the end of the month",
        "2026-12-30",
        "2026-12-31",
    ),
    ("2026-12-30", "early next month", "2026-12-30", "2027-01-10"),
    (
        "2026-12-30",
        "in 5 business days",
        "2026-12-30",
        "2027-01-06",
    ),
    ("2026-12-30", "next Monday", "2026-12-30", "2027-01-04"),
    ("2026-12-30", "by Dec 5", "2026-12-30", "2027-12-05"),
    // Friday 2027-01-29: a month's end
    (
        "2027-01-29",
        "by the end of the month",
        "2027-01-29",
        "2027-01-31",
    ),
    ("2027-01-29", "by Friday", "2027-01-29", "2027-01-29"),
    (
        "2027-01-29",
        "by the end of next month",
        "2027-01-29",
        "2027-02-28",
    ),
    ("2027-01-29", "by Tuesday", "2027-01-29", "2027-02-02"),
    ("2027-01-29", "by the 3rd", "2027-01-29", "2027-02-03"),
    // Tuesday 2026-03-10: the week US clocks change (dates are unaffected)
    (
        "2026-03-10",
        "in 10 business days",
        "2026-03-10",
        "2026-03-24",
    ),
    (
        "2026-03-10",
        "by the end of the week",
        "2026-03-10",
        "2026-03-13",
    ),
    ("2026-03-10", "by Friday", "2026-03-10", "2026-03-13"),
    // A month said to run out: its last day, not its first
    (
        "2026-11-20",
        "before November is out",
        "2026-11-20",
        "2026-11-30",
    ),
    (
        "2026-11-20",
        "by the time December is over",
        "2026-11-20",
        "2026-12-31",
    ),
    (
        "2026-11-20",
        "before December ends",
        "2026-11-20",
        "2026-12-31",
    ),
    ("2026-11-20", "by January", "2026-11-20", "2027-01-01"),
];

#[test]
fn every_phrase_reads_as_the_table_says() {
    let mut wrong = Vec::new();
    for (said_on, phrase, earliest, latest) in TABLE {
        let window = read_deadline(phrase, d(said_on));
        let expect = |s: &str| (!s.is_empty()).then(|| d(s));
        if window.earliest != expect(earliest) || window.latest != expect(latest) {
            wrong.push(format!(
                "{said_on} {phrase:?}: got {:?}..{:?}, want {earliest}..{latest}",
                window.earliest, window.latest
            ));
        }
        assert_eq!(window.phrase, *phrase);
    }
    assert!(TABLE.len() >= 60);
    assert!(
        wrong.is_empty(),
        "{} of {} phrases read wrong:\n{}",
        wrong.len(),
        TABLE.len(),
        wrong.join("\n")
    );
}

#[test]
fn a_megabyte_of_text_reads_without_panicking() {
    let mut text = String::new();
    while text.len() < 1_000_000 {
        text.push_str("We'll decide 12/ by the end of — next 99999999999 weeks 🙂 of \u{202e} the 31st of February, ");
    }
    let window = read_deadline(&text, d("2026-11-16"));
    assert!(window.latest.is_some());
    let digits = "9".repeat(1_000_000);
    assert_eq!(read_deadline(&digits, d("2026-11-16")).latest, None);
}
