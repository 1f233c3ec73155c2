//! Dates and the Swedish calendar: strict ISO dates, public holidays, and the rule that moves a
//! deadline off a weekend or holiday.
//!
//! # Sources
//! - Lag (1989:253) om allmänna helgdagar: the public holidays ([`holidays`]).
//! - Lag (1930:173) om beräkning av lagstadgad tid: a deadline that falls on a Saturday, Sunday,
//!   public holiday, midsommarafton, julafton or nyårsafton moves to the next weekday that is
//!   none of these ([`next_business_day`]).
//! - Skuldebrevslagen (1936:81) 5 § has the same rule for the due date of a debt; the engine
//!   uses it for the effective due date (DOMAIN.md 8.1).
//!
//! Easter Sunday is computed with the Gregorian computus (the "anonymous" algorithm of
//! Meeus/Jones/Butcher), valid for every Gregorian year.

use serde::Serialize;
use time::{Date, Duration, Month, Weekday};

use crate::error::{quoted, Error, ErrorCode, Result};

/// The first date the engine accepts as input.
pub const MIN_DATE: Date = time::macros::date!(1900 - 01 - 01);
/// The last date the engine accepts as input.
pub const MAX_DATE: Date = time::macros::date!(2199 - 12 - 31);

/// Parses a strict ISO 8601 calendar date `YYYY-MM-DD` (four-digit year, two-digit month and
/// day) within [`MIN_DATE`] ..= [`MAX_DATE`].
pub fn parse_date(text: &str) -> Result<Date> {
    let bytes = text.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        });
    let parts = (text.get(0..4), text.get(5..7), text.get(8..10));
    let (Some(y), Some(m), Some(d), true) = (parts.0, parts.1, parts.2, shape_ok) else {
        return Err(Error::new(
            ErrorCode::InvalidDate,
            format!("{} is not a date written YYYY-MM-DD", quoted(text)),
        ));
    };
    let invalid = || {
        Error::new(
            ErrorCode::InvalidDate,
            format!("{} is not a calendar date", quoted(text)),
        )
    };
    let year: i32 = y.parse().map_err(|_| invalid())?;
    let month: u8 = m.parse().map_err(|_| invalid())?;
    let day: u8 = d.parse().map_err(|_| invalid())?;
    let month = Month::try_from(month).map_err(|_| invalid())?;
    let date = Date::from_calendar_date(year, month, day).map_err(|_| invalid())?;
    check_range(date)?;
    Ok(date)
}

/// Errors with [`ErrorCode::DateOutOfRange`] unless `date` is within [`MIN_DATE`] ..= [`MAX_DATE`].
pub fn check_range(date: Date) -> Result<()> {
    if date < MIN_DATE || date > MAX_DATE {
        return Err(Error::new(
            ErrorCode::DateOutOfRange,
            format!("{date} is outside {MIN_DATE} ..= {MAX_DATE}"),
        ));
    }
    Ok(())
}

/// Formats a date as `YYYY-MM-DD`.
pub fn format_date(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

/// `date + days`, or an overflow error (dates are bounded to years ±9999).
pub fn add_days(date: Date, days: i64) -> Result<Date> {
    date.checked_add(Duration::days(days))
        .ok_or_else(|| Error::overflow("a date"))
}

/// The day after `date`, or an overflow error.
pub fn next_day(date: Date) -> Result<Date> {
    date.next_day().ok_or_else(|| Error::overflow("a date"))
}

/// The day before `date`, or an overflow error.
pub fn previous_day(date: Date) -> Result<Date> {
    date.previous_day().ok_or_else(|| Error::overflow("a date"))
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
pub fn days_between(from: Date, to: Date) -> i64 {
    i64::from(to.to_julian_day()).saturating_sub(i64::from(from.to_julian_day()))
}

/// Serialises a [`Date`] as `YYYY-MM-DD` (for `#[serde(serialize_with)]`).
pub fn serialize_date<S: serde::Serializer>(
    date: &Date,
    serializer: S,
) -> core::result::Result<S::Ok, S::Error> {
    serializer.serialize_str(&format_date(*date))
}

/// Serialises an optional [`Date`] as `YYYY-MM-DD` or `null`.
pub fn serialize_opt_date<S: serde::Serializer>(
    date: &Option<Date>,
    serializer: S,
) -> core::result::Result<S::Ok, S::Error> {
    match date {
        Some(d) => serializer.serialize_str(&format_date(*d)),
        None => serializer.serialize_none(),
    }
}

/// What kind of day off a named day is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum DayOffKind {
    /// An allmän helgdag under lag 1989:253.
    PublicHoliday,
    /// Midsommarafton, julafton or nyårsafton: not public holidays, but treated like them for
    /// deadlines (lag 1930:173 2 §).
    TreatedAsHoliday,
}

/// One named Swedish day off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Holiday {
    /// The date.
    #[serde(serialize_with = "serialize_date")]
    pub date: Date,
    /// Swedish name, e.g. `långfredagen`.
    pub name_sv: &'static str,
    /// English name, e.g. `Good Friday`.
    pub name_en: &'static str,
    /// Public holiday or a day treated like one.
    pub kind: DayOffKind,
}

/// Easter Sunday (påskdagen) of a Gregorian year, or `None` outside years 1583 ..= 9999.
pub fn easter_sunday(year: i32) -> Option<Date> {
    if !(1583..=9999).contains(&year) {
        return None;
    }
    let (month, day) = computus(year);
    let month = Month::try_from(u8::try_from(month).ok()?).ok()?;
    Date::from_calendar_date(year, month, u8::try_from(day).ok()?).ok()
}

/// The anonymous Gregorian algorithm; `year` is within 1583 ..= 9999, so every intermediate
/// value is small and positive and no operation can overflow.
#[allow(clippy::arithmetic_side_effects, clippy::integer_division)]
fn computus(year: i32) -> (i32, i32) {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    (month, day)
}

/// The first `weekday` on or after `date`.
fn first_weekday_on_or_after(date: Date, weekday: Weekday) -> Option<Date> {
    let mut d = date;
    for _ in 0..7 {
        if d.weekday() == weekday {
            return Some(d);
        }
        d = d.next_day()?;
    }
    None
}

/// Every named Swedish public holiday of `year`, plus midsommarafton, julafton and nyårsafton,
/// in date order. (Every Sunday is also a public holiday, and Saturdays are days off for
/// deadlines; they are not listed.) Empty outside years 1583 ..= 9999.
pub fn holidays(year: i32) -> Vec<Holiday> {
    holidays_of(year).unwrap_or_default()
}

fn holidays_of(year: i32) -> Option<Vec<Holiday>> {
    use DayOffKind::{PublicHoliday as P, TreatedAsHoliday as T};
    let easter = easter_sunday(year)?;
    let fixed = |month: Month, day: u8| Date::from_calendar_date(year, month, day).ok();
    let from_easter = |days: i64| easter.checked_add(Duration::days(days));
    let midsummer_day = first_weekday_on_or_after(fixed(Month::June, 20)?, Weekday::Saturday)?;
    let all_saints = first_weekday_on_or_after(fixed(Month::October, 31)?, Weekday::Saturday)?;
    let mut days = vec![
        (fixed(Month::January, 1)?, "nyårsdagen", "New Year's Day", P),
        (fixed(Month::January, 6)?, "trettondedag jul", "Epiphany", P),
        (from_easter(-2)?, "långfredagen", "Good Friday", P),
        (easter, "påskdagen", "Easter Sunday", P),
        (from_easter(1)?, "annandag påsk", "Easter Monday", P),
        (fixed(Month::May, 1)?, "första maj", "May Day", P),
        (
            from_easter(39)?,
            "Kristi himmelsfärdsdag",
            "Ascension Day",
            P,
        ),
        (from_easter(49)?, "pingstdagen", "Whit Sunday", P),
        (
            fixed(Month::June, 6)?,
            "Sveriges nationaldag",
            "National Day of Sweden",
            P,
        ),
        (
            midsummer_day.previous_day()?,
            "midsommarafton",
            "Midsummer Eve",
            T,
        ),
        (midsummer_day, "midsommardagen", "Midsummer Day", P),
        (all_saints, "alla helgons dag", "All Saints' Day", P),
        (fixed(Month::December, 24)?, "julafton", "Christmas Eve", T),
        (fixed(Month::December, 25)?, "juldagen", "Christmas Day", P),
        (fixed(Month::December, 26)?, "annandag jul", "Boxing Day", P),
        (
            fixed(Month::December, 31)?,
            "nyårsafton",
            "New Year's Eve",
            T,
        ),
    ];
    days.sort_by_key(|d| d.0);
    Some(
        days.into_iter()
            .map(|(date, name_sv, name_en, kind)| Holiday {
                date,
                name_sv,
                name_en,
                kind,
            })
            .collect(),
    )
}

/// The named day off on `date`, if any (see [`holidays`]).
pub fn holiday_on(date: Date) -> Option<Holiday> {
    holidays(date.year()).into_iter().find(|h| h.date == date)
}

/// True when `date` is a Saturday, a Sunday, a public holiday, midsommarafton, julafton or
/// nyårsafton: a day on which a deadline cannot fall (lag 1930:173).
pub fn is_day_off(date: Date) -> bool {
    matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday) || is_named_day_off(date)
}

/// Fast check of the named days without building the year's list.
fn is_named_day_off(date: Date) -> bool {
    let (month, day) = (date.month(), date.day());
    match (month, day) {
        (Month::January, 1 | 6)
        | (Month::May, 1)
        | (Month::June, 6)
        | (Month::December, 24 | 25 | 26 | 31) => return true,
        _ => {}
    }
    // Midsummer eve is the Friday in 19–25 June; midsummer day and All Saints' are Saturdays,
    // which are days off anyway.
    if month == Month::June && (19..=25).contains(&day) && date.weekday() == Weekday::Friday {
        return true;
    }
    match easter_sunday(date.year()) {
        Some(easter) => {
            let offset = days_between(easter, date);
            matches!(offset, -2 | 0 | 1 | 39 | 49)
        }
        None => false,
    }
}

/// The first day on or after `date` that is not a day off ([`is_day_off`]): where a deadline
/// or due date falling on `date` really falls (lag 1930:173; skuldebrevslagen 5 §).
pub fn next_business_day(date: Date) -> Result<Date> {
    let mut day = date;
    // A run of days off is at most five days long (e.g. julafton to Sunday), so ten is ample.
    for _ in 0..10 {
        if !is_day_off(day) {
            return Ok(day);
        }
        day = next_day(day)?;
    }
    Err(Error::overflow("the next business day"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn parses_strict_iso_dates() {
        assert_eq!(parse_date("2024-02-29"), Ok(date!(2024 - 02 - 29)));
        for bad in [
            "2025-02-29",
            "2025-02-30",
            "2025-13-01",
            "2025-00-10",
            "2025-1-01",
            "20250101",
            "2025/01/01",
            " 2025-01-01",
            "2025-01-01T00:00",
            "+2025-01-01",
        ] {
            assert_eq!(
                parse_date(bad).map_err(|e| e.code()),
                Err(ErrorCode::InvalidDate),
                "{bad}"
            );
        }
        for far in ["0000-01-01", "1899-12-31", "2200-01-01", "9999-12-31"] {
            assert_eq!(
                parse_date(far).map_err(|e| e.code()),
                Err(ErrorCode::DateOutOfRange),
                "{far}"
            );
        }
    }

    #[test]
    fn easter_dates() {
        for (year, expected) in [
            (2024, date!(2024 - 03 - 31)),
            (2025, date!(2025 - 04 - 20)),
            (2026, date!(2026 - 04 - 05)),
            (2027, date!(2027 - 03 - 28)),
            (2028, date!(2028 - 04 - 16)),
            (2029, date!(2029 - 04 - 01)),
            (2030, date!(2030 - 04 - 21)),
            (2038, date!(2038 - 04 - 25)),
            (2285, date!(2285 - 03 - 22)),
        ] {
            assert_eq!(easter_sunday(year), Some(expected), "{year}");
        }
    }

    #[test]
    fn named_check_agrees_with_the_list() {
        for year in 1990..2060 {
            let list = holidays(year);
            assert_eq!(list.len(), 16);
            let mut day = Date::from_calendar_date(year, Month::January, 1).expect("date");
            while day.year() == year {
                let named = list.iter().any(|h| h.date == day);
                let weekend = matches!(day.weekday(), Weekday::Saturday | Weekday::Sunday);
                assert_eq!(is_day_off(day), named || weekend, "{day}");
                day = day.next_day().expect("date");
            }
        }
    }

    #[test]
    fn moves_deadlines_off_days_off() {
        for (given, expected) in [
            (date!(2025 - 12 - 24), date!(2025 - 12 - 29)),
            (date!(2025 - 12 - 31), date!(2026 - 01 - 02)),
            (date!(2026 - 04 - 03), date!(2026 - 04 - 07)),
            (date!(2026 - 06 - 19), date!(2026 - 06 - 22)),
            (date!(2026 - 11 - 23), date!(2026 - 11 - 23)),
            (date!(2026 - 11 - 22), date!(2026 - 11 - 23)),
        ] {
            assert_eq!(next_business_day(given), Ok(expected), "{given}");
        }
    }
}
