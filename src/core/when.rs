//! Reads what an employer said about their timeline ("you should hear from us by the end
//! of next week") and answers a date window: `latest` is the stated decision date (W2
//! counts from it), `earliest` the first day it could come. Conventions are those of
//! docs/contract.md: weeks start on Monday, business days are Monday–Friday, and the words
//! around the date do not matter. Open-ended sentences answer nulls.
//!
//! A small tokenizer feeds a set of pattern readers tried at each token; every reader
//! looks ahead a bounded number of tokens, so the whole read is linear in the input.

use crate::core::calendar::{
    add_business_days, month_end, next_month_start, next_weekday_after, week_start, weekday_of_week,
};
use chrono::{Datelike, Duration, Months, NaiveDate, Weekday};
use serde::Serialize;

/// What a phrase says about a deadline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DateWindow {
    /// The first day the answer may come (today unless the phrase gives a range).
    pub earliest: Option<NaiveDate>,
    /// The stated decision date.
    pub latest: Option<NaiveDate>,
    /// The phrase as given.
    pub phrase: String,
}

/// Words that may follow a day given as "the 5th" ("the 5th at 10:00", "the 5th or the
/// 6th"); any other word after an ordinal makes it a count ("the 1st interview").
const LINKS_AFTER_A_DAY: &[&str] = &[
    "at",
    "or",
    "and",
    "to",
    "by",
    "from",
    "in",
    "on",
    "if",
    "is",
    "works",
    "would",
    "will",
    "please",
    "then",
    "until",
    "through",
    "till",
    "so",
    "as",
    "for",
    "with",
    "about",
    "regarding",
    "via",
    "but",
    "when",
    "once",
    "before",
    "after",
    "latest",
];

/// Reads `phrase`, said on `today`.
pub fn read_deadline(phrase: &str, today: NaiveDate) -> DateWindow {
    let tokens = tokenize(phrase);
    let found = find_expressions(&tokens, today);
    let window = combine(&tokens, &found, today);
    DateWindow {
        earliest: window.map(|w| w.0),
        latest: window.map(|w| w.1),
        phrase: phrase.to_string(),
    }
}

/// Every day `text` names, in order, each read as [`read_deadline`] reads it, without
/// repeats. A weekday written right before a date ("Thursday 3 December", "Thu, Dec 3"),
/// or after it in brackets and agreeing with it ("2026.12.01 (Tue)"), is one day: the
/// date's.
pub fn dates_named(text: &str, today: NaiveDate) -> Vec<NaiveDate> {
    let tokens = tokenize(text);
    let found = find_expressions(&tokens, today);
    let mut days: Vec<NaiveDate> = Vec::new();
    let adjacent = |a: &Found, b: &Found| {
        tokens[a.end..b.start]
            .iter()
            .all(|t| matches!(t, Tok::Sym(',')))
    };
    let weekday = |f: &Found| f.end == f.start + 1 && matches!(tokens[f.start], Tok::Word(_));
    // "2026.12.01 (Tue)": a date, then a weekday that agrees with it.
    let its_weekday = |date: &Found, day: &Found| {
        adjacent(date, day)
            && !weekday(date)
            && weekday(day)
            && date.latest.weekday() == day.latest.weekday()
    };
    for (k, here) in found.iter().enumerate() {
        let next = found.get(k + 1);
        let written_with_next =
            next.is_some_and(|next| adjacent(here, next) && !its_weekday(here, next));
        let after_its_date = k
            .checked_sub(1)
            .is_some_and(|b| its_weekday(&found[b], here));
        if !written_with_next && !after_its_date && !days.contains(&here.latest) {
            days.push(here.latest);
        }
    }
    days
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Word(String),
    Num {
        value: u32,
        ordinal: bool,
        width: usize,
    },
    Sym(char),
}

/// Longest input token kept, in bytes: nothing in a date phrase is longer, and it bounds
/// the work a pathological "word" can cause.
const MAX_TOKEN: usize = 40;

fn tokenize(text: &str) -> Vec<Tok> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some(&(start, c)) = chars.peek() {
        if c.is_alphabetic() {
            let mut word = String::new();
            while let Some(&(_, c)) = chars.peek() {
                if c.is_alphabetic() || c == '\'' || c == '’' {
                    if word.len() < MAX_TOKEN {
                        word.extend(c.to_lowercase());
                    }
                    chars.next();
                } else {
                    break;
                }
            }
            tokens.push(Tok::Word(word.replace('’', "'")));
        } else if c.is_ascii_digit() {
            let mut end = start;
            while let Some(&(i, c)) = chars.peek() {
                if c.is_ascii_digit() {
                    end = i + 1;
                    chars.next();
                } else {
                    break;
                }
            }
            let digits = &text[start..end];
            let value = if digits.len() > 9 {
                u32::MAX
            } else {
                digits.parse().unwrap_or(u32::MAX)
            };
            let mut ordinal = false;
            let rest = &text[end..];
            // "1st", "2nd", "23rd", "5th": two ASCII letters not followed by another letter.
            let suffix = rest.get(..2).is_some_and(|s| {
                ["st", "nd", "rd", "th"]
                    .iter()
                    .any(|x| s.eq_ignore_ascii_case(x))
            });
            if suffix
                && rest[2..]
                    .chars()
                    .next()
                    .is_none_or(|n| !n.is_alphanumeric())
            {
                chars.next();
                chars.next();
                ordinal = true;
            }
            tokens.push(Tok::Num {
                value,
                ordinal,
                width: digits.len(),
            });
        } else {
            chars.next();
            match c {
                '-' | '–' | '—' | '/' | ',' | '.' | '?' | '!' | ';' | ':' => {
                    tokens.push(Tok::Sym(if c == '–' || c == '—' { '-' } else { c }))
                }
                _ => {}
            }
        }
    }
    tokens
}

/// A date expression found in the phrase: tokens `start..end`, the window it gives
/// (`earliest` None = today).
#[derive(Debug, Clone, PartialEq)]
struct Found {
    start: usize,
    end: usize,
    earliest: Option<NaiveDate>,
    latest: NaiveDate,
}

struct Reader<'a> {
    tokens: &'a [Tok],
    today: NaiveDate,
}

impl Reader<'_> {
    fn word(&self, i: usize) -> Option<&str> {
        match self.tokens.get(i) {
            Some(Tok::Word(w)) => Some(w.as_str()),
            _ => None,
        }
    }

    fn is(&self, i: usize, words: &[&str]) -> bool {
        self.word(i).is_some_and(|w| words.contains(&w))
    }

    fn sym(&self, i: usize, c: char) -> bool {
        self.tokens.get(i) == Some(&Tok::Sym(c))
    }

    fn num(&self, i: usize) -> Option<(u32, bool, usize)> {
        match self.tokens.get(i) {
            Some(Tok::Num {
                value,
                ordinal,
                width,
            }) => Some((*value, *ordinal, *width)),
            _ => None,
        }
    }

    /// Skips optional words, returning the next index.
    fn skip(&self, mut i: usize, words: &[&str]) -> usize {
        while self.is(i, words) || self.sym(i, '-') && words.contains(&"-") {
            i += 1;
        }
        i
    }

    /// A count: digits, a number word up to twenty, or "a"/"an".
    fn count(&self, i: usize) -> Option<(u32, usize)> {
        if let Some((n, false, _)) = self.num(i) {
            return Some((n, i + 1));
        }
        let w = self.word(i)?;
        let n = match w {
            "a" | "an" | "one" => 1,
            _ => NUMBER_WORDS.iter().position(|x| *x == w)? as u32,
        };
        Some((n, i + 1))
    }

    /// A quantity with optional fuzziness: (low, high, fuzzy, next index).
    fn quantity(&self, i: usize) -> Option<(u32, u32, bool, usize)> {
        let a = usize::from(self.is(i, &["a"]));
        if self.is(i + a, &["couple"]) {
            let j = if self.is(i + a + 1, &["of"]) {
                i + a + 2
            } else {
                i + a + 1
            };
            return Some((2, 2, true, j));
        }
        if self.is(i + a, &["few"]) {
            return Some((3, 5, true, i + a + 1));
        }
        if self.is(i, &["several"]) {
            return Some((3, 7, true, i + 1));
        }
        let (low, j) = self.count(i)?;
        // "one to two", "7-10", "5 or 6"
        if self.is(j, &["to", "or"]) || self.sym(j, '-') {
            if let Some((high, k)) = self.count(j + 1) {
                if high >= low && !self.is(j + 1, &["a", "an"]) {
                    return Some((low, high, true, k));
                }
            }
        }
        Some((low, low, false, j))
    }

    /// A unit: days, business days, weeks, months, hours.
    fn unit(&self, i: usize) -> Option<(Unit, usize)> {
        let i = self.skip(i, &["-"]);
        let w = self.word(i)?;
        match w {
            "day" | "days" => Some((Unit::Days, i + 1)),
            "business" | "working" | "work" | "weekday" | "weekdays" => {
                if w.starts_with("weekday") {
                    return Some((Unit::BusinessDays, i + 1));
                }
                let j = self.skip(i + 1, &["-"]);
                if self.is(j, &["day", "days"]) {
                    Some((Unit::BusinessDays, j + 1))
                } else if self.is(j, &["week", "weeks"]) {
                    Some((Unit::Weeks, j + 1))
                } else {
                    None
                }
            }
            "week" | "weeks" | "wk" | "wks" => Some((Unit::Weeks, i + 1)),
            "month" | "months" => Some((Unit::Months, i + 1)),
            "hour" | "hours" | "hrs" | "hr" => Some((Unit::Hours, i + 1)),
            _ => None,
        }
    }

    fn after(&self, n: u32, unit: Unit) -> NaiveDate {
        let n = n.min(3660);
        match unit {
            Unit::Days => self.today + Duration::days(i64::from(n)),
            Unit::BusinessDays => add_business_days(self.today, n),
            Unit::Weeks => self.today + Duration::weeks(i64::from(n)),
            Unit::Months => self
                .today
                .checked_add_months(Months::new(n))
                .unwrap_or(self.today),
            Unit::Hours => self.today + Duration::days(i64::from(n.div_ceil(24))),
        }
    }

    /// "in two weeks", "within 5 business days", "a week or two", "7-10 days",
    /// "the next few days".
    fn duration(&self, i: usize) -> Option<(Option<NaiveDate>, NaiveDate, usize)> {
        let mut start = i;
        if self.is(start, &["the"]) && self.is(start + 1, &["next", "coming"]) {
            start += 2;
            // "the next week": one week; "the coming days": a few
            if let Some((unit, end)) = self.unit(start) {
                if self.word(end - 1).is_some_and(|w| w.ends_with('s')) {
                    let (low, high) = if matches!(unit, Unit::Days | Unit::BusinessDays) {
                        (3, 5)
                    } else {
                        (2, 3)
                    };
                    return Some((Some(self.after(low, unit)), self.after(high, unit), end));
                }
                return Some((None, self.after(1, unit), end));
            }
        }
        let (low, high, fuzzy, j) = self.quantity(start)?;
        let (unit, mut end) = self.unit(j)?;
        // "It will last one hour", "an hour should do", "you'd spend a day with the team":
        // how long, not when.
        // "No more than four hours, please": how much, not when.
        let more_than = i > 1 && self.is(i - 1, &["than"]) && self.is(i - 2, &["more"]);
        let within =
            i > 0 && self.is(i - 1, &["in", "within", "than", "under", "next"]) && !more_than;
        let a_day = self.is(start, &["a"]) && self.is(j, &["day"]);
        if (unit == Unit::Hours || a_day) && !within {
            return None;
        }
        // "your first 90 days", "the past two weeks": a span of time, not a day.
        if i > 0 && self.is(i - 1, &["first", "last", "past", "initial"]) {
            return None;
        }
        // "two weeks from today": counted from the day said.
        if self.is(end, &["from"]) && self.is(end + 1, &["today", "now"]) {
            end += 2;
        }
        let (mut low, mut high, mut fuzzy) = (low, high, fuzzy);
        // "a week or two", "a day or two"
        if self.is(end, &["or", "to"]) {
            if let Some((n, k)) = self.count(end + 1) {
                if n > high && self.unit(k).is_none() {
                    high = n;
                    fuzzy = true;
                    end = k;
                }
            }
        }
        if fuzzy && low == high && high == 2 && unit == Unit::Days {
            low = 2;
        }
        if !fuzzy {
            low = high;
        }
        let earliest = fuzzy.then(|| self.after(low, unit));
        Some((earliest, self.after(high, unit), end))
    }

    /// "today", "tomorrow", "end of day tomorrow", "the day after tomorrow", "EOD".
    fn named_day(&self, i: usize) -> Option<(NaiveDate, usize)> {
        if self.is(i, &["day"]) && self.is(i + 1, &["after"]) && self.is(i + 2, &["tomorrow"]) {
            return Some((self.today + Duration::days(2), i + 3));
        }
        match self.word(i)? {
            "tomorrow" => Some((self.today + Duration::days(1), i + 1)),
            "today" | "tonight" | "eod" | "cob" => Some((self.today, i + 1)),
            _ => None,
        }
    }

    /// Weekday names, full and abbreviated ("sat" and "sun" are left out: too often words).
    fn weekday(&self, i: usize) -> Option<(Weekday, usize)> {
        // "next Thursday's huddle": the day the event is on.
        let word = self.word(i)?;
        let word = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("’s"))
            .unwrap_or(word);
        let day = match word {
            "monday" | "mon" | "mondays" => Weekday::Mon,
            "tuesday" | "tue" | "tues" => Weekday::Tue,
            "wednesday" | "wed" | "weds" => Weekday::Wed,
            "thursday" | "thu" | "thur" | "thurs" => Weekday::Thu,
            "friday" | "fri" => Weekday::Fri,
            "saturday" => Weekday::Sat,
            "sunday" => Weekday::Sun,
            _ => return None,
        };
        let next = if self.sym(i + 1, '.') { i + 2 } else { i + 1 };
        Some((day, next))
    }

    /// "next Tuesday", "this Friday", "last Friday", "Tuesday next week", "by Tuesday",
    /// "Friday".
    fn weekday_phrase(&self, i: usize) -> Option<(NaiveDate, usize)> {
        let today = self.today;
        if self.is(i, &["next", "following"])
            || self.is(i, &["the"]) && self.is(i + 1, &["following"])
        {
            let j = if self.is(i, &["the"]) { i + 2 } else { i + 1 };
            let (day, end) = self.weekday(j)?;
            let date = if self.is(i, &["next"]) {
                weekday_of_week(today + Duration::weeks(1), day)
            } else {
                next_weekday_after(today, day)
            };
            return Some((date, end));
        }
        // "last Friday": the one before today, gone by.
        if self.is(i, &["last"]) {
            let (day, end) = self.weekday(i + 1)?;
            let back =
                (today.weekday().num_days_from_monday() + 7 - day.num_days_from_monday() - 1) % 7
                    + 1;
            return Some((today - Duration::days(i64::from(back)), end));
        }
        if self.is(i, &["this", "coming"]) {
            let j = self.skip(i + 1, &["coming"]);
            let (day, end) = self.weekday(j)?;
            let in_week = weekday_of_week(today, day);
            let date = if in_week >= today {
                in_week
            } else {
                next_weekday_after(today, day)
            };
            return Some((date, end));
        }
        let (day, end) = self.weekday(i)?;
        // "Monday 14th", "Mon 30th": the next such day of a month that falls on that weekday.
        if let Some((d, true, 1..=2)) = self.num(end) {
            if self.month(self.skip(end + 1, &["of"])).is_none() {
                return self.day_of_month_on(d, day).map(|date| (date, end + 1));
            }
        }
        // "Tuesday next week", "Tuesday of next week", "Tuesday the week after next"
        let j = self.skip(end, &["of", "the"]);
        if self.is(j, &["next"]) && self.is(j + 1, &["week"]) {
            return Some((weekday_of_week(today + Duration::weeks(1), day), j + 2));
        }
        if self.is(j, &["week"]) && self.is(j + 1, &["after"]) && self.is(j + 2, &["next"]) {
            return Some((weekday_of_week(today + Duration::weeks(2), day), j + 3));
        }
        if self.is(j, &["this"]) && self.is(j + 1, &["week"]) {
            return Some((weekday_of_week(today, day), j + 2));
        }
        // Friday stands for "the end of the week" (this week's Friday; on a weekend, next week's).
        let date = if day == Weekday::Fri && today.weekday().num_days_from_monday() < 5 {
            weekday_of_week(today, day)
        } else {
            next_weekday_after(today, day)
        };
        Some((date, end))
    }

    /// The first day `d` of this month or the next few, on or after today, that falls on
    /// `weekday`.
    fn day_of_month_on(&self, d: u32, weekday: Weekday) -> Option<NaiveDate> {
        let mut first = self.today.with_day(1)?;
        for _ in 0..12 {
            if let Some(date) = NaiveDate::from_ymd_opt(first.year(), first.month(), d) {
                if date >= self.today && date.weekday() == weekday {
                    return Some(date);
                }
            }
            first = next_month_start(first);
        }
        None
    }

    /// A day of the month as a number ("5", "5th") or an ordinal word ("fifth",
    /// "twenty-first"): (day, written as an ordinal, next index).
    fn day_number(&self, i: usize) -> Option<(u32, bool, usize)> {
        if let Some((d, ordinal, 1..=2)) = self.num(i) {
            return Some((d, ordinal, i + 1));
        }
        let ordinal = |w: &str| {
            ORDINAL_WORDS
                .iter()
                .position(|o| *o == w)
                .map(|p| p as u32 + 1)
        };
        let tens = match self.word(i)? {
            "twenty" => 20,
            "thirty" => 30,
            w => return ordinal(w).map(|d| (d, true, i + 1)),
        };
        let j = self.skip(i + 1, &["-"]);
        let unit = ordinal(self.word(j)?).filter(|u| *u < 10)?;
        Some((tens + unit, true, j + 1))
    }

    /// Which week: this, next, the week after next → its Monday.
    fn week_ref(&self, i: usize) -> Option<(NaiveDate, usize)> {
        let today = self.today;
        let this_week = if today.weekday().num_days_from_monday() >= 5 {
            week_start(today) + Duration::weeks(1)
        } else {
            week_start(today)
        };
        let i = self.skip(i, &["the"]);
        if self.is(i, &["week"]) && self.is(i + 1, &["after"]) && self.is(i + 2, &["next"]) {
            return Some((week_start(today) + Duration::weeks(2), i + 3));
        }
        if self.is(i, &["next", "following"]) && self.is(i + 1, &["week"]) {
            if self.is(i + 2, &["after"]) && self.is(i + 3, &["next"]) {
                return Some((week_start(today) + Duration::weeks(2), i + 4));
            }
            return Some((week_start(today) + Duration::weeks(1), i + 2));
        }
        if self.is(i, &["this", "the"]) && self.is(i + 1, &["week"]) {
            return Some((this_week, i + 2));
        }
        if self.is(i, &["week"]) {
            return Some((this_week, i + 1));
        }
        if self.is(i, &["eow"]) {
            return Some((this_week + Duration::days(4), i + 1));
        }
        None
    }

    /// A part of a week or month: "end of", "early", "mid", "late", "beginning of" …
    fn part(&self, i: usize) -> Option<(Part, usize)> {
        let (part, j) = match self.word(i)? {
            "end" | "close" => (Part::End, i + 1),
            "early" | "earlier" => (Part::Early, i + 1),
            "beginning" | "start" => (Part::Start, i + 1),
            "mid" | "middle" => (Part::Mid, i + 1),
            "late" | "later" => (Part::Late, i + 1),
            _ => return None,
        };
        Some((part, self.skip(j, &["of", "-", "the", "in"])))
    }

    /// "by the end of next week", "early next week", "the week after next", "this week".
    fn week_phrase(&self, i: usize) -> Option<(NaiveDate, usize)> {
        let (part, j) = self.part(i).unwrap_or((Part::Whole, i));
        let (monday, end) = self.week_ref(j)?;
        let offset = match part {
            Part::Start => 0,
            Part::Early => 1,
            Part::Mid => 2,
            Part::End | Part::Late | Part::Whole => 4,
        };
        Some((monday + Duration::days(offset), end))
    }

    /// A month name (with "may" and "march" only where a date or a preposition makes it one).
    fn month(&self, i: usize) -> Option<(u32, usize)> {
        let w = self.word(i)?;
        let m = MONTHS.iter().position(|names| names.contains(&w))? as u32 + 1;
        let next = if self.sym(i + 1, '.') { i + 2 } else { i + 1 };
        if matches!(w, "may" | "march" | "jan" | "mar" | "jun" | "sept") {
            let has_number = self.num(next).is_some()
                || i > 0 && self.num(i - 1).is_some()
                || i > 1 && self.is(i - 1, &["of"]) && self.num(i - 2).is_some();
            const BEFORE: [&str; 9] = [
                "in", "by", "early", "mid", "late", "of", "before", "until", "end",
            ];
            let has_preposition = i > 0 && (self.is(i - 1, &BEFORE) || self.sym(i - 1, '-'));
            if !has_number && !has_preposition {
                return None;
            }
        }
        Some((m, next))
    }

    fn year_after(&self, i: usize) -> Option<(i32, usize)> {
        let j = if self.sym(i, ',') { i + 1 } else { i };
        match self.num(j) {
            Some((y, false, 4)) => Some((y as i32, j + 1)),
            _ => None,
        }
    }

    /// The next `month`/`day` on or after today, or in `year` when given.
    fn next_date(&self, month: u32, day: u32, year: Option<i32>) -> Option<NaiveDate> {
        if let Some(y) = year {
            return NaiveDate::from_ymd_opt(y, month, day);
        }
        let this_year = NaiveDate::from_ymd_opt(self.today.year(), month, day);
        match this_year {
            Some(d) if d >= self.today => Some(d),
            _ => NaiveDate::from_ymd_opt(self.today.year() + 1, month, day),
        }
    }

    /// "December 5", "Dec. 5th, 2026", "5 December", "the 5th of December", "12/5",
    /// "12/5/2026", "2026-12-05", "2026.12.05", "the 5th", "early December", "end of
    /// December".
    fn calendar_date(&self, i: usize) -> Option<(NaiveDate, usize)> {
        // Year first: ISO 2026-12-05, and 2026.12.05 or 2026/12/05 as written in East Asia
        // and elsewhere, one mark between all three.
        let year_first = ['-', '.', '/']
            .into_iter()
            .find(|&c| self.sym(i + 1, c) && self.sym(i + 3, c));
        if let (Some((y, false, 4)), Some(_), Some((m, false, _)), Some((d, false, _))) =
            (self.num(i), year_first, self.num(i + 2), self.num(i + 4))
        {
            return NaiveDate::from_ymd_opt(y as i32, m, d).map(|date| (date, i + 5));
        }
        // 12/5 or 12/5/2026 (month first, as in the US), 15/12/2026 (day first: no month
        // 15), and 08/12/2026 either way: the reading nearest the day said, one to come
        // before one gone ("08/12/2026" said on 2 December 2026 is 8 December, not 12
        // August; "12/3" said in late November is 3 December, not 12 March).
        if let (Some((first, false, 1..=2)), true, Some((second, false, 1..=2))) =
            (self.num(i), self.sym(i + 1, '/'), self.num(i + 2))
        {
            let (year, end) = match (self.sym(i + 3, '/'), self.num(i + 4)) {
                (true, Some((y, false, w))) => {
                    (Some(if w == 2 { 2000 + y as i32 } else { y as i32 }), i + 5)
                }
                _ => (None, i + 3),
            };
            let month_first = self.next_date(first, second, year);
            let day_first = self.next_date(second, first, year);
            let nearest = |date: &NaiveDate| (*date < self.today, (*date - self.today).abs());
            return [month_first, day_first]
                .into_iter()
                .flatten()
                .min_by_key(nearest)
                .map(|date| (date, end));
        }
        // Month day[, year]
        if let Some((m, j)) = self.month(i) {
            if let Some((d, _, 1..=2)) = self.num(j) {
                let (year, end) = match self.year_after(j + 1) {
                    Some((y, e)) => (Some(y), e),
                    None => (None, j + 1),
                };
                return self.next_date(m, d, year).map(|date| (date, end));
            }
            return None;
        }
        // day Month, "the 5th of December", "03-Dec-2026", "the third of December", "the 5th"
        let j = self.skip(i, &["the"]);
        let (d, ordinal, after) = self.day_number(j)?;
        let spelled = self.num(j).is_none();
        let k = self.skip(after, &["of", "-"]);
        if spelled && !self.is(after, &["of"]) {
            return None;
        }
        if let Some((m, end)) = self.month(k) {
            let dashed = if self.sym(end, '-') { end + 1 } else { end };
            let (year, end) = match self.year_after(dashed) {
                Some((y, e)) => (Some(y), e),
                None => (None, end),
            };
            return self.next_date(m, d, year).map(|date| (date, end));
        }
        // "The 1st interview", "the 2nd round": an ordinal before a noun counts steps.
        let counts_steps = self
            .word(after)
            .is_some_and(|w| !w.is_empty() && !LINKS_AFTER_A_DAY.contains(&w));
        if ordinal && self.is(i, &["the"]) && !counts_steps {
            let this_month = NaiveDate::from_ymd_opt(self.today.year(), self.today.month(), d);
            let date = match this_month {
                Some(date) if date >= self.today => Some(date),
                _ => {
                    let next = next_month_start(self.today);
                    NaiveDate::from_ymd_opt(next.year(), next.month(), d)
                }
            }?;
            return Some((date, after));
        }
        None
    }

    /// "by the end of the month", "end of next month", "early December", "in January",
    /// "mid-December", "by the end of the year".
    fn month_phrase(&self, i: usize) -> Option<(NaiveDate, usize)> {
        let (part, j) = self.part(i).unwrap_or((Part::Whole, i));
        let j = self.skip(j, &["the"]);
        let (first, end) = if self.is(j, &["month"]) {
            (self.today.with_day(1)?, j + 1)
        } else if self.is(j, &["this"]) && self.is(j + 1, &["month"]) {
            (self.today.with_day(1)?, j + 2)
        } else if self.is(j, &["next", "following"]) && self.is(j + 1, &["month"]) {
            (next_month_start(self.today), j + 2)
        } else if self.is(j, &["year"]) || self.is(j, &["this"]) && self.is(j + 1, &["year"]) {
            let end = if self.is(j, &["year"]) { j + 1 } else { j + 2 };
            if part == Part::End || part == Part::Late {
                return Some((NaiveDate::from_ymd_opt(self.today.year(), 12, 31)?, end));
            }
            return None;
        } else if let Some((m, end)) = self.month(j) {
            if self.num(end).is_some_and(|(_, _, w)| w <= 2) {
                return None;
            }
            let first = self.next_date(m, 1, None)?;
            // A month already under way is this month, not next year's.
            let first = if self.today.month() == m {
                self.today.with_day(1)?
            } else {
                first
            };
            if part == Part::Whole && i > 0 && self.is(i - 1, &["by", "before"]) {
                // "before November is out", "by the time December ends": its last day.
                if let Some(after) = self.running_out(end) {
                    return Some((month_end(first), after));
                }
                return Some((first, end));
            }
            (first, end)
        } else {
            return None;
        };
        let date = match part {
            Part::Start => first,
            Part::Early => first + Duration::days(9),
            Part::Mid => first + Duration::days(14),
            Part::End | Part::Late | Part::Whole => month_end(first),
        };
        Some((date, end))
    }

    /// Where words saying a period runs out ("is out", "is over", "ends") end, when they
    /// begin at `i`.
    fn running_out(&self, i: usize) -> Option<usize> {
        if self.is(i, &["ends", "finishes", "closes"]) {
            return Some(i + 1);
        }
        (self.is(i, &["is"]) && self.is(i + 1, &["out", "over", "done", "through", "finished"]))
            .then_some(i + 2)
    }

    /// Holidays that recruiters name: Christmas, New Year, Thanksgiving (US).
    fn holiday(&self, i: usize) -> Option<(NaiveDate, usize)> {
        match self.word(i)? {
            "christmas" | "xmas" => Some((self.next_date(12, 25, None)?, i + 1)),
            "thanksgiving" => {
                let year = if self.today.month() == 12 {
                    self.today.year() + 1
                } else {
                    self.today.year()
                };
                let first = NaiveDate::from_ymd_opt(year, 11, 1)?;
                let first_thursday = if first.weekday() == Weekday::Thu {
                    first
                } else {
                    next_weekday_after(first, Weekday::Thu)
                };
                Some((first_thursday + Duration::weeks(3), i + 1))
            }
            "new" if self.is(i + 1, &["year", "year's", "years"]) => {
                Some((self.next_date(1, 1, None)?, i + 2))
            }
            _ => None,
        }
    }

    /// Tries every reader at token `i`, longest match first.
    fn read_at(&self, i: usize) -> Option<Found> {
        let dated = |r: Option<(NaiveDate, usize)>| r.map(|(latest, end)| (None, latest, end));
        let candidates = [
            self.duration(i),
            dated(self.calendar_date(i)),
            dated(self.month_phrase(i)),
            dated(self.week_phrase(i)),
            dated(self.weekday_phrase(i)),
            dated(self.named_day(i)),
            dated(self.holiday(i)),
        ];
        // The longest reading wins; on a tie, the earlier reader in the list.
        let mut best: Option<(Option<NaiveDate>, NaiveDate, usize)> = None;
        for candidate in candidates.into_iter().flatten() {
            if best.is_none_or(|b| candidate.2 > b.2) {
                best = Some(candidate);
            }
        }
        best.map(|(earliest, latest, end)| Found {
            start: i,
            end,
            earliest,
            latest,
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    Days,
    BusinessDays,
    Weeks,
    Months,
    Hours,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Start,
    Early,
    Mid,
    Late,
    End,
    Whole,
}

const NUMBER_WORDS: [&str; 21] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

/// Days of the month written as ordinal words, "first" to "twentieth" (the tens are read
/// with them: "twenty-first").
const ORDINAL_WORDS: [&str; 20] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

const MONTHS: [&[&str]; 12] = [
    &["january", "jan"],
    &["february", "feb"],
    &["march", "mar"],
    &["april", "apr"],
    &["may"],
    &["june", "jun"],
    &["july", "jul"],
    &["august", "aug"],
    &["september", "sep", "sept"],
    &["october", "oct"],
    &["november", "nov"],
    &["december", "dec"],
];

fn find_expressions(tokens: &[Tok], today: NaiveDate) -> Vec<Found> {
    let reader = Reader { tokens, today };
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match reader.read_at(i) {
            Some(f) => {
                i = f.end.max(i + 1);
                found.push(f);
            }
            None => i += 1,
        }
    }
    found
}

/// Joins "X to Y" / "between X and Y" into one window; otherwise the expression with the
/// latest date wins (checking in after the later date is the safe reading, W1).
fn combine(tokens: &[Tok], found: &[Found], today: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let mut best: Option<(NaiveDate, NaiveDate)> = None;
    let mut k = 0;
    while k < found.len() {
        let here = &found[k];
        let mut window = (here.earliest.unwrap_or(today), here.latest);
        if let Some(next) = found.get(k + 1) {
            let between = &tokens[here.end..next.start];
            let joins = !between.is_empty()
                && between.iter().all(|t| {
                    matches!(t, Tok::Sym('-')) || matches!(t, Tok::Word(w) if ["to", "or", "and", "through", "thru", "until", "till"].contains(&w.as_str()))
                });
            if joins && next.latest >= here.latest {
                window = (here.latest, next.latest);
                k += 1;
            }
        }
        if window.0 > window.1 {
            window.0 = window.1;
        }
        if best.is_none_or(|b| window.1 > b.1) {
            best = Some(window);
        }
        k += 1;
    }
    best
}
