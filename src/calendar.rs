//! Dates and the Swedish calendar: strict ISO dates, public holidays, and the rule that moves a
//! deadline off a weekend or holiday.
//!
//! # Sources
//! - Lag (1989:253) om allmänna helgdagar, in force 1990-01-01 (prop. 1988/89:114): the public
//!   holidays ([`holidays`]). SFS 2004:1320 (prop. 2004/05:23), in force 2005-04-01, made
//!   nationaldagen (6 June) a public holiday and annandag pingst (Easter + 50) an ordinary day.
//!   The holiday set therefore depends on the date: [`HOLIDAY_RULES`] is a dated table of
//!   rules, each with its statute; rules before 1990 come from secondary sources and say
//!   "verify".
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
use crate::text::Arg;

/// The first date the engine accepts as input.
pub const MIN_DATE: Date = time::macros::date!(1900 - 01 - 01);
/// The last date the engine accepts as input.
pub const MAX_DATE: Date = time::macros::date!(2199 - 12 - 31);

/// Parses a strict ISO 8601 calendar date `YYYY-MM-DD` (four-digit year, two-digit month and
/// day) within [`MIN_DATE`] ..= [`MAX_DATE`].
pub fn parse_date(text: &str) -> Result<Date> {
    let Some((year, month, day)) = date_numbers(text.as_bytes()) else {
        return Err(Error::new(
            ErrorCode::InvalidDate,
            format!("{} is not a date written YYYY-MM-DD", quoted(text)),
        ));
    };
    let date = calendar_date(year, month, day).ok_or_else(|| {
        Error::new(
            ErrorCode::InvalidDate,
            format!("{} is not a calendar date", quoted(text)),
        )
    })?;
    check_range(date)?;
    Ok(date)
}

/// [`parse_date`]'s date from the bytes of a text, `None` wherever it errs: for readers that
/// take a slower path with the error when this fails (`totals`' 366 dates).
pub(crate) fn date_of_bytes(bytes: &[u8]) -> Option<Date> {
    let (year, month, day) = date_numbers(bytes)?;
    calendar_date(year, month, day).filter(|d| check_range(*d).is_ok())
}

/// The year, month and day numbers of `YYYY-MM-DD` (ten bytes, digits but for the two
/// hyphens), not yet checked as a calendar date.
fn date_numbers(bytes: &[u8]) -> Option<(u16, u16, u16)> {
    let shape_ok = bytes.len() == 10
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 => *b == b'-',
            _ => b.is_ascii_digit(),
        });
    // Digits only (checked above): their values straight from the bytes (`str::parse` was a
    // visible part of reading a claim's dates in wasm).
    let number = |digits: &[u8]| {
        digits.iter().fold(0u16, |n, b| {
            n.saturating_mul(10)
                .saturating_add(u16::from(b.saturating_sub(b'0')))
        })
    };
    match (bytes.get(0..4), bytes.get(5..7), bytes.get(8..10), shape_ok) {
        (Some(y), Some(m), Some(d), true) => Some((number(y), number(m), number(d))),
        _ => None,
    }
}

/// The calendar date of the numbers, if there is one.
fn calendar_date(year: u16, month: u16, day: u16) -> Option<Date> {
    let month = Month::try_from(u8::try_from(month).ok()?).ok()?;
    let day = u8::try_from(day).ok()?;
    Date::from_calendar_date(i32::from(year), month, day).ok()
}

/// Errors with [`ErrorCode::DateOutOfRange`] unless `date` is within [`MIN_DATE`] ..= [`MAX_DATE`].
#[inline]
pub fn check_range(date: Date) -> Result<()> {
    if date < MIN_DATE || date > MAX_DATE {
        return Err(out_of_range(date));
    }
    Ok(())
}

/// The error of [`check_range`] (out of line: the check is inlined at every date checked).
#[inline(never)]
fn out_of_range(date: Date) -> Error {
    Error::new(
        ErrorCode::DateOutOfRange,
        crate::text::message(
            "{0} is outside the dates supported ({1} to {2})",
            &[Arg::Date(date), Arg::Date(MIN_DATE), Arg::Date(MAX_DATE)],
        ),
    )
}

/// Formats a date as `YYYY-MM-DD`.
pub fn format_date(date: Date) -> String {
    let mut out = String::with_capacity(11);
    push_date(&mut out, date);
    out
}

/// Calls `f` with `date` written `YYYY-MM-DD` ([`format_date`]).
#[doc(hidden)]
pub fn with_date_text<R>(date: Date, f: impl FnOnce(&str) -> R) -> R {
    f(&format_date(date))
}

/// Appends `date` written `YYYY-MM-DD`, two digits at a time and with the calendar date worked
/// out once (every result row has dates). A year before 0 is written as `format!("{:04}")`
/// writes it, `-005-01-31` (`time` keeps years within ±9999).
#[doc(hidden)]
pub fn push_date(out: &mut String, date: Date) {
    let (year, month, day) = date.to_calendar_date();
    let y = year.unsigned_abs();
    if year < 0 {
        out.push('-');
        // Four characters with the sign: three digits at least.
        if y < 100 {
            out.push('0');
        }
        if y < 10 {
            out.push('0');
        }
        crate::money::push_int(out, i64::from(y));
    } else {
        crate::money::push_pair(out, y.checked_div(100).unwrap_or(0));
        crate::money::push_pair(out, y);
    }
    out.push('-');
    crate::money::push_pair(out, u32::from(u8::from(month)));
    out.push('-');
    crate::money::push_pair(out, u32::from(day));
}

/// `date + days`, or an overflow error (dates are bounded to years ±9999).
pub fn add_days(date: Date, days: i64) -> Result<Date> {
    // By Julian day number: `Duration::days` itself panics for counts near i64's range.
    i64::from(date.to_julian_day())
        .checked_add(days)
        .and_then(|day| i32::try_from(day).ok())
        .and_then(|day| Date::from_julian_day(day).ok())
        .ok_or_else(|| Error::overflow("a date"))
}

/// `date` + `months` calendar months, on the same day or the month's last day when it has
/// none (lag 1930:173 1 §), or an overflow error.
pub fn add_months(date: Date, months: u32) -> Result<Date> {
    let overflow = || Error::overflow("a date");
    let index = i64::from(date.year())
        .checked_mul(12)
        .and_then(|y| y.checked_add(i64::from(u8::from(date.month()).saturating_sub(1))))
        .and_then(|i| i.checked_add(i64::from(months)))
        .ok_or_else(overflow)?;
    let year = i32::try_from(index.div_euclid(12)).map_err(|_| overflow())?;
    let month_number =
        u8::try_from(index.rem_euclid(12).saturating_add(1)).map_err(|_| overflow())?;
    let month = Month::try_from(month_number).map_err(|_| overflow())?;
    let day = date.day().min(month.length(year));
    Date::from_calendar_date(year, month, day).map_err(|_| overflow())
}

/// The day after `date`, or an overflow error.
#[inline]
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
    with_date_text(*date, |text| serializer.serialize_str(text))
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
    /// An allmän helgdag under the law in force on the day (lag 1989:253 from 1990; see
    /// [`HOLIDAY_RULES`]).
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

/// A day's place in its year, worked out once for the rules' quick tests.
struct DayOfYear {
    month: Month,
    day: u8,
    /// 1 … 366.
    ordinal: u16,
    leap: bool,
}

impl DayOfYear {
    fn of(date: Date) -> DayOfYear {
        let (year, month, day) = date.to_calendar_date();
        DayOfYear {
            month,
            day,
            ordinal: date.ordinal(),
            leap: time::util::is_leap_year(year),
        }
    }

    /// The ordinal of `month`/`day` in the same year.
    fn ordinal_of(&self, month: Month, day: u8) -> i32 {
        /// Days in the months before each, in a common year.
        const BEFORE: [i32; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
        let before = BEFORE
            .get(usize::from(u8::from(month)).saturating_sub(1))
            .copied()
            .unwrap_or(0);
        let leap_day = i32::from(self.leap && month > Month::February);
        before
            .saturating_add(leap_day)
            .saturating_add(i32::from(day))
    }
}

/// Where a named day falls in a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateRule {
    /// A fixed day of a month, e.g. 6 January.
    Fixed(Month, u8),
    /// A number of days from Easter Sunday (påskdagen), e.g. −2 for långfredagen.
    FromEaster(i16),
    /// The first given weekday on or after a fixed day, e.g. the Saturday in 20–26 June is
    /// the first Saturday on or after 20 June.
    FirstOnOrAfter(Month, u8, Weekday),
}

impl DateRule {
    /// False when the rule cannot give the day `on` in its year whatever the year: a quick
    /// test before [`DateRule::date_in`] (true is only "perhaps"). Easter Sunday falls on
    /// 22 March … 25 April (the Gregorian computus, [`easter_sunday`]); the first given
    /// weekday on or after a day falls within the six days after it.
    fn may_give(self, on: &DayOfYear) -> bool {
        // Whether the day is `offset` … `offset + span` days after `month`/`day` of its year.
        let within = |month: Month, day: u8, offset: i32, span: i32| {
            let days = i32::from(on.ordinal)
                .saturating_sub(on.ordinal_of(month, day))
                .saturating_sub(offset);
            (0..=span).contains(&days)
        };
        match self {
            Self::Fixed(month, day) => on.month == month && on.day == day,
            Self::FromEaster(days) => within(Month::March, 22, i32::from(days), 34),
            Self::FirstOnOrAfter(month, day, _) => within(month, day, 0, 6),
        }
    }

    /// The day this rule gives in `year`, with `easter` that year's Easter Sunday.
    fn date_in(self, year: i32, easter: Date) -> Option<Date> {
        match self {
            Self::Fixed(month, day) => Date::from_calendar_date(year, month, day).ok(),
            Self::FromEaster(days) => easter.checked_add(Duration::days(i64::from(days))),
            Self::FirstOnOrAfter(month, day, weekday) => {
                first_weekday_on_or_after(Date::from_calendar_date(year, month, day).ok()?, weekday)
            }
        }
    }
}

/// One dated row of the holiday table: a named day, where it falls, and the period in which
/// the rule applies. A rule applies to a year's day when `from <= day` and, if `until` is
/// given, `day < until` (the law is judged on the day itself: SFS 2004:1320 took effect on
/// 1 April 2005, before that year's Whit Monday and 6 June).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HolidayRule {
    /// Swedish name, e.g. `annandag pingst`.
    pub name_sv: &'static str,
    /// English name, e.g. `Whit Monday`.
    pub name_en: &'static str,
    /// Public holiday or a day treated like one.
    pub kind: DayOffKind,
    /// Where the day falls.
    pub date: DateRule,
    /// First day the rule applies.
    pub from: Date,
    /// First day the rule no longer applies, if it has ended.
    pub until: Option<Date>,
    /// The statute (and, where the sources seen do not settle it, "verify").
    pub statute: &'static str,
}

impl HolidayRule {
    /// True when the rule applies to `day` (see [`HolidayRule`]).
    pub fn in_force_on(&self, day: Date) -> bool {
        self.from <= day && self.until.is_none_or(|until| day < until)
    }

    /// The day the rule gives in `year` if it applies to it, with `easter` that year's
    /// Easter Sunday.
    fn day_in(&self, year: i32, easter: Date) -> Option<Date> {
        self.date
            .date_in(year, easter)
            .filter(|day| self.in_force_on(*day))
    }
}

/// SFS 2004:1320, in force 2005-04-01: nationaldagen in, annandag pingst out
/// (prop. 2004/05:23).
const SFS_2004_1320: Date = time::macros::date!(2005 - 04 - 01);
/// The 1953 reform: midsommardagen and alla helgons dag on Saturdays, Marie bebådelsedag on a
/// Sunday. Secondary sources only (decided by the Riksdag in 1952, first applied to midsummer
/// 1953); the statute and the exact date are to be verified.
const REFORM_1953: Date = time::macros::date!(1953 - 01 - 01);

const HELGDAGAR: &str = "lag (1989:253) om allmänna helgdagar 1–2 §§ \
     (from 1990-01-01; before 1990 the earlier scattered rules of prop. 1988/89:114: verify)";
const HELGDAGAR_1989: &str = "lag (1989:253) om allmänna helgdagar 1–2 §§ in its first wording \
     (before 1990 the earlier rules: verify); removed by SFS 2004:1320 from 2005-04-01";
const HELGDAGAR_2004: &str =
    "lag (1989:253) om allmänna helgdagar 1–2 §§ as amended by SFS 2004:1320 (from 2005-04-01)";
const HELGDAGAR_1953: &str = "lag (1989:253) om allmänna helgdagar 2 § (from 1990-01-01); \
     from 1953 under the 1952 reform (statute and date: verify)";
const BEFORE_1953: &str = "before the 1953 reform (secondary sources: Bringéus, Årets \
     festdagar, 1999; statute: verify)";
const MAY_DAY: &str = "lag (1989:253) om allmänna helgdagar 1–2 §§ (from 1990-01-01); \
     earlier lag (1938:107) om den 1 majs likställande med allmän helgdag (first year 1939: verify)";
const EVES: &str = "lag (1930:173) om beräkning av lagstadgad tid 2 § (wording SFS 1987:1212; \
     the earlier wordings, e.g. SFS 1961:70 with påskafton and only summer Saturdays: not modelled, verify)";

const fn rule(
    name_sv: &'static str,
    name_en: &'static str,
    kind: DayOffKind,
    date: DateRule,
    (from, until): (Date, Option<Date>),
    statute: &'static str,
) -> HolidayRule {
    HolidayRule {
        name_sv,
        name_en,
        kind,
        date,
        from,
        until,
        statute,
    }
}

/// Since the first date the engine accepts.
const ALWAYS: (Date, Option<Date>) = (MIN_DATE, None);

/// The named days off as dated rules, each with its statute (the holiday law is data, in the
/// spirit of OpenFisca's dated parameters). Every Sunday is also a public holiday and every
/// Saturday a day off for deadlines; they are not listed.
///
/// | rule | period | source |
/// |---|---|---|
/// | nyårsdagen, trettondedag jul, långfredagen, påskdagen, annandag påsk, Kristi himmelsfärdsdag, pingstdagen, juldagen, annandag jul | every year | lag 1989:253 1–2 §§ (from 1990; earlier rules: verify) |
/// | annandag pingst (Easter + 50) | until 2005-03-31 | lag 1989:253 first wording; removed by SFS 2004:1320 |
/// | nationaldagen, 6 June | from 2005-04-01 | SFS 2004:1320 (prop. 2004/05:23) |
/// | första maj | from 1939 (verify) | lag 1938:107, then lag 1989:253 |
/// | midsommardagen | 24 June before 1953; the Saturday in 20–26 June from 1953 | 1953 reform (verify), lag 1989:253 2 § |
/// | alla helgons dag | the Saturday in 31 Oct – 6 Nov from 1953 | 1953 reform (verify), lag 1989:253 2 § |
/// | Marie bebådelsedag, 25 March | before 1953 | secondary sources (verify) |
/// | midsommarafton, julafton, nyårsafton | every year (midsommarafton: the day before midsommardagen) | lag 1930:173 2 § (SFS 1987:1212) |
///
/// Before 1953 alla helgons dag fell on a Sunday, and from 1953 until lag 1989:253 Marie
/// bebådelsedag did (the Sunday in 22–28 March, lag 1952:48; secondary sources, verify):
/// neither is listed, as a Sunday is a day off anyway. [`next_business_day`] applies lag
/// 1930:173 as it reads today to every date, also before its later amendments (verify).
pub const HOLIDAY_RULES: &[HolidayRule] = {
    use DateRule::{FirstOnOrAfter, Fixed, FromEaster};
    use DayOffKind::{PublicHoliday as P, TreatedAsHoliday as T};
    use Month::{December, January, June, March, May, October};
    &[
        rule(
            "nyårsdagen",
            "New Year's Day",
            P,
            Fixed(January, 1),
            ALWAYS,
            HELGDAGAR,
        ),
        rule(
            "trettondedag jul",
            "Epiphany",
            P,
            Fixed(January, 6),
            ALWAYS,
            HELGDAGAR,
        ),
        rule(
            "Marie bebådelsedag",
            "Annunciation Day",
            P,
            Fixed(March, 25),
            (MIN_DATE, Some(REFORM_1953)),
            BEFORE_1953,
        ),
        rule(
            "långfredagen",
            "Good Friday",
            P,
            FromEaster(-2),
            ALWAYS,
            HELGDAGAR,
        ),
        rule(
            "påskdagen",
            "Easter Sunday",
            P,
            FromEaster(0),
            ALWAYS,
            HELGDAGAR,
        ),
        rule(
            "annandag påsk",
            "Easter Monday",
            P,
            FromEaster(1),
            ALWAYS,
            HELGDAGAR,
        ),
        rule(
            "första maj",
            "May Day",
            P,
            Fixed(May, 1),
            (time::macros::date!(1939 - 01 - 01), None),
            MAY_DAY,
        ),
        rule(
            "Kristi himmelsfärdsdag",
            "Ascension Day",
            P,
            FromEaster(39),
            ALWAYS,
            HELGDAGAR,
        ),
        rule(
            "pingstdagen",
            "Whit Sunday",
            P,
            FromEaster(49),
            ALWAYS,
            HELGDAGAR,
        ),
        rule(
            "annandag pingst",
            "Whit Monday",
            P,
            FromEaster(50),
            (MIN_DATE, Some(SFS_2004_1320)),
            HELGDAGAR_1989,
        ),
        rule(
            "Sveriges nationaldag",
            "National Day of Sweden",
            P,
            Fixed(June, 6),
            (SFS_2004_1320, None),
            HELGDAGAR_2004,
        ),
        rule(
            "midsommarafton",
            "Midsummer Eve",
            T,
            Fixed(June, 23),
            (MIN_DATE, Some(REFORM_1953)),
            EVES,
        ),
        rule(
            "midsommardagen",
            "Midsummer Day",
            P,
            Fixed(June, 24),
            (MIN_DATE, Some(REFORM_1953)),
            BEFORE_1953,
        ),
        rule(
            "midsommarafton",
            "Midsummer Eve",
            T,
            FirstOnOrAfter(June, 19, Weekday::Friday),
            (REFORM_1953, None),
            EVES,
        ),
        rule(
            "midsommardagen",
            "Midsummer Day",
            P,
            FirstOnOrAfter(June, 20, Weekday::Saturday),
            (REFORM_1953, None),
            HELGDAGAR_1953,
        ),
        rule(
            "alla helgons dag",
            "All Saints' Day",
            P,
            FirstOnOrAfter(October, 31, Weekday::Saturday),
            (REFORM_1953, None),
            HELGDAGAR_1953,
        ),
        rule(
            "julafton",
            "Christmas Eve",
            T,
            Fixed(December, 24),
            ALWAYS,
            EVES,
        ),
        rule(
            "juldagen",
            "Christmas Day",
            P,
            Fixed(December, 25),
            ALWAYS,
            HELGDAGAR,
        ),
        rule(
            "annandag jul",
            "Boxing Day",
            P,
            Fixed(December, 26),
            ALWAYS,
            HELGDAGAR,
        ),
        rule(
            "nyårsafton",
            "New Year's Eve",
            T,
            Fixed(December, 31),
            ALWAYS,
            EVES,
        ),
    ]
};

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

/// Every named Swedish public holiday of `year` under the law in force on each day
/// ([`HOLIDAY_RULES`]), plus midsommarafton, julafton and nyårsafton, in date order. (Every
/// Sunday is also a public holiday, and Saturdays are days off for deadlines; they are not
/// listed.) Empty before 1900, where the engine's rules begin, and outside years 1583 ..= 9999;
/// after 2199, the engine's last year, the rules in force today (the JS API's `holidays`
/// refuses a year outside 1900 ..= 2199: `DATE_OUT_OF_RANGE`; a Rust caller checks it with
/// [`check_range`] where it must).
pub fn holidays(year: i32) -> Vec<Holiday> {
    let Some(easter) = easter_sunday(year) else {
        return Vec::new();
    };
    let mut days: Vec<Holiday> = HOLIDAY_RULES
        .iter()
        .filter_map(|r| {
            r.day_in(year, easter).map(|date| Holiday {
                date,
                name_sv: r.name_sv,
                name_en: r.name_en,
                kind: r.kind,
            })
        })
        .collect();
    crate::sort::sort_by_key(&mut days, |h| h.date);
    days
}

/// The named day off on `date`, if any (see [`holidays`]).
pub fn holiday_on(date: Date) -> Option<Holiday> {
    holidays(date.year()).into_iter().find(|h| h.date == date)
}

/// The rule of [`HOLIDAY_RULES`] that makes `date` a named day off, if any. Only the rules
/// that can fall on `date` at all are worked out, and Easter only
/// when one of them needs it: most days are in no rule's window (every due date and deadline
/// of every statement asks).
pub fn holiday_rule_on(date: Date) -> Option<&'static HolidayRule> {
    let year = date.year();
    let on = DayOfYear::of(date);
    let mut easter = None;
    HOLIDAY_RULES
        .iter()
        .filter(|r| r.date.may_give(&on))
        .find(|r| {
            let easter = *easter.get_or_insert_with(|| easter_sunday(year));
            easter.is_some_and(|easter| r.day_in(year, easter) == Some(date))
        })
}

/// True when `date` is a Saturday, a Sunday, a public holiday, midsommarafton, julafton or
/// nyårsafton under the rules in force on it: a day on which a deadline cannot fall
/// (lag 1930:173).
pub fn is_day_off(date: Date) -> bool {
    matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday) || is_named_day_off(date)
}

/// The named days without building the year's list or allocating.
fn is_named_day_off(date: Date) -> bool {
    holiday_rule_on(date).is_some()
}

/// The first day on or after `date` that is not a day off ([`is_day_off`]): where a deadline
/// or due date falling on `date` really falls (lag 1930:173; skuldebrevslagen 5 §). Past
/// 2199-12-31, the engine's last date, it goes on with the rules in force then (of 2199-12-31:
/// 2200-01-02); the inputs' range is checked where they are read ([`check_range`], as the JS
/// API's `nextBankDay` does: `DATE_OUT_OF_RANGE`).
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

/// The `n`th bank day after `date` (a bank day: not a day off, [`is_day_off`]).
pub fn add_bank_days(date: Date, n: u32) -> Result<Date> {
    let mut day = date;
    for _ in 0..n {
        day = next_business_day(next_day(day)?)?;
    }
    Ok(day)
}

/// The bank days after `from`, up to and including `through` (none when `through <= from`).
pub fn bank_days_after(from: Date, through: Date) -> u32 {
    let mut count = 0u32;
    let mut day = from;
    while day < through {
        let Ok(next) = next_day(day) else {
            break;
        };
        day = next;
        if !is_day_off(day) {
            count = count.saturating_add(1);
        }
    }
    count
}

/// The deadline of an inkassokrav sent on `sent` giving `term_days` days to pay, under god
/// inkassosed: `term_days` after sending, moved off a day off, and no earlier than the
/// [`crate::params::MIN_BANK_DAYS_AFTER_RECEIPT`]th bank day after the day it is assumed
/// received ([`crate::params::DEMAND_DELIVERY_BANK_DAYS`] bank days after sending): around
/// a long weekend the term is extended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct DemandDeadline {
    /// The deadline.
    pub deadline: Date,
    /// `sent + term_days`, when the deadline is that day moved off a day off (`None` when it
    /// was extended: the term then given is the days to the deadline).
    pub moved_from: Option<Date>,
    /// The day the demand is assumed received.
    pub received: Date,
    /// True when the term was extended for the bank days after receipt (not only moved off a
    /// day off).
    pub extended: bool,
}

/// See [`DemandDeadline`].
pub fn demand_deadline(sent: Date, term_days: u32) -> Result<DemandDeadline> {
    let raw = add_days(sent, i64::from(term_days))?;
    let moved = next_business_day(raw)?;
    let received = add_bank_days(sent, crate::params::demand_delivery_bank_days(sent))?;
    let earliest = add_bank_days(received, crate::params::min_bank_days_after_receipt(sent))?;
    let extended = earliest > moved;
    let deadline = moved.max(earliest);
    Ok(DemandDeadline {
        deadline,
        moved_from: (!extended && deadline != raw).then_some(raw),
        received,
        extended,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Around julafton and nyårsafton an 8-day inkassokrav is extended to leave four bank days
    /// after its assumed receipt (two bank days after sending); in an ordinary week the 8 days
    /// already do, whatever the weekday.
    #[test]
    fn demand_deadlines_leave_four_bank_days_after_receipt() {
        let d = |s: &str| parse_date(s).expect("date");
        for (sent, term, deadline, received, extended) in [
            // Monday 2025-12-01 … Sunday 2025-12-07, 8 days: no holiday.
            ("2025-12-01", 8, "2025-12-09", "2025-12-03", false),
            ("2025-12-02", 8, "2025-12-10", "2025-12-04", false),
            ("2025-12-03", 8, "2025-12-11", "2025-12-05", false),
            ("2025-12-04", 8, "2025-12-12", "2025-12-08", false),
            ("2025-12-05", 8, "2025-12-15", "2025-12-09", false),
            ("2025-12-06", 8, "2025-12-15", "2025-12-09", false),
            ("2025-12-07", 8, "2025-12-15", "2025-12-09", false),
            // Friday 2025-12-19: 8 days → Saturday 12-27 → Monday 12-29; received Tuesday
            // 12-23; bank days after it: 12-29, 12-30, 01-02 (nyårsafton and nyårsdagen off),
            // 01-05 (Monday; trettondagsafton is a bank day): the 4th is 2026-01-05.
            ("2025-12-19", 8, "2026-01-05", "2025-12-23", true),
            // Monday 12-22: received 12-29; then 12-30, 01-02, 01-05 and (trettondedag jul
            // off) 01-07.
            ("2025-12-22", 8, "2026-01-07", "2025-12-29", true),
            ("2025-12-23", 10, "2026-01-08", "2025-12-30", true),
            // A long enough term is not extended.
            ("2025-12-19", 20, "2026-01-08", "2025-12-23", false),
        ] {
            let got = demand_deadline(d(sent), term).expect("deadline");
            assert_eq!(
                (got.deadline, got.received, got.extended),
                (d(deadline), d(received), extended),
                "{sent} + {term}"
            );
            assert!(bank_days_after(got.received, got.deadline) >= 4);
        }
        assert_eq!(bank_days_after(d("2025-12-23"), d("2025-12-29")), 1);
        assert_eq!(bank_days_after(d("2025-12-29"), d("2025-12-29")), 0);
        assert_eq!(add_bank_days(d("2025-12-23"), 2), Ok(d("2025-12-30")));
    }

    /// The quick test of [`holiday_rule_on`] finds the same day off as the year's whole list,
    /// on every day of 1583 … 2300 (the computus' range starts in 1583).
    #[test]
    fn holiday_rule_on_matches_the_years_list() {
        let mut day = Date::from_calendar_date(1583, time::Month::January, 1).expect("date");
        let mut year = Vec::new();
        let mut found = 0;
        while day.year() <= 2300 {
            if day.ordinal() == 1 {
                year = holidays(day.year());
            }
            let listed = year.iter().find(|h| h.date == day).map(|h| h.name_sv);
            assert_eq!(holiday_rule_on(day).map(|r| r.name_sv), listed, "{day}");
            found += usize::from(listed.is_some());
            day = day.next_day().expect("date");
        }
        assert!(found > 6000, "the test saw {found} days off");
    }

    /// The digit writer prints what `format!("{:04}-{:02}-{:02}")` prints, on every day of
    /// 1899 … 2201 and at the ends of the `time` range.
    #[test]
    fn format_date_matches_format() {
        let reference =
            |d: Date| format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day());
        let mut day = Date::from_calendar_date(1899, time::Month::January, 1).expect("date");
        while day.year() < 2202 {
            assert_eq!(format_date(day), reference(day));
            let mut pushed = String::new();
            push_date(&mut pushed, day);
            assert_eq!(pushed, reference(day));
            day = day.next_day().expect("date");
        }
        for d in [
            Date::MIN,
            Date::MAX,
            Date::from_calendar_date(5, time::Month::March, 9).expect("date"),
            Date::from_calendar_date(-1, time::Month::March, 9).expect("date"),
            Date::from_calendar_date(9999, time::Month::December, 31).expect("date"),
        ] {
            assert_eq!(format_date(d), reference(d));
            let mut pushed = String::new();
            push_date(&mut pushed, d);
            assert_eq!(pushed, reference(d));
        }
    }
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

    /// `date_of_bytes` (the quick readers') gives `parse_date`'s date exactly when it gives
    /// one: every day of the accepted range and past both ends, every month and day number
    /// 00–99 of a leap and a common year, and texts off the shape.
    #[test]
    fn date_of_bytes_agrees_with_parse_date() {
        let agree = |text: &str| {
            assert_eq!(
                date_of_bytes(text.as_bytes()),
                parse_date(text).ok(),
                "{text}"
            );
        };
        let mut day = date!(1899 - 12 - 25);
        while day <= date!(2200 - 01 - 05) {
            agree(&format_date(day));
            day = day.next_day().expect("in range");
        }
        for year in ["2024", "2025", "0000", "9999"] {
            for month in 0..100 {
                for day in 0..100 {
                    agree(&format!("{year}-{month:02}-{day:02}"));
                }
            }
        }
        for text in [
            "",
            "2025-1-01",
            "20250101",
            "2025/01/01",
            " 2025-01-01",
            "2025-01-01 ",
            "2025-01-01T00:00",
            "+2025-01-01",
            "2025-01-0a",
            "2025-0a-01",
            "2a25-01-01",
            "2025-01-1\u{e9}",
            "2025\u{2011}01-01",
            "-2025-01-0",
        ] {
            agree(text);
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
        for year in 1900..=2199 {
            let list = holidays(year);
            // 1900–1938: 15 (Marie bebådelsedag, no första maj, no Saturday alla helgons dag);
            // 1939–1952: 16; since 1953: 16 (annandag pingst until 2004, nationaldagen from 2005).
            let expected = if year < 1939 { 15 } else { 16 };
            assert_eq!(list.len(), expected, "{year}");
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
