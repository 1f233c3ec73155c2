//! The Riksbank's referensränta (räntelagen 1975:635, 9 §) as a dated-parameter table, and the
//! dröjsmålsränta derived from it (räntelagen 6 §).
//!
//! The referensränta is fixed for each calendar half-year (from 1 January and 1 July): the
//! Riksbank's policy rate on the last day of the previous half-year, rounded **up** to the
//! nearest half percentage point (9 §). The rate of a half-year applies to the days in it
//! (NJA 2007 s. 742).
//!
//! The embedded table ([`RateTable::embedded`]) is a copy of `shared/rates/referensranta.csv`,
//! 2002 H2 through 2026 H2, with the status and source of every row; a test compares the two.
//! Before 2002-07-01 räntelagen referred to the quarterly "diskonto", which this table does not
//! cover: a day outside the table is never guessed (DOMAIN.md 8.9).
//!
//! Callers can add or replace half-years with [`RateTable::with_overrides`] (for example a
//! future half-year once the Riksbank has published it).

use std::borrow::Cow;
use std::sync::OnceLock;

use core::fmt;
use rust_decimal::Decimal;
use serde::Serialize;
use time::Date;

use crate::calendar::format_date;
use crate::error::{quoted, Error, ErrorCode, Result};

/// A calendar half-year (januari–juni or juli–december), the period of one referensränta.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct HalfYear {
    year: i32,
    second: bool,
}

impl HalfYear {
    /// The half-year of `year`, first (`1`) or second (`2`); `None` for any other half.
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn new(year: i32, half: u8) -> Option<HalfYear> {
        match half {
            1 => Some(HalfYear {
                year,
                second: false,
            }),
            2 => Some(HalfYear { year, second: true }),
            _ => None,
        }
    }

    /// The half-year that contains `date`.
    pub fn of(date: Date) -> HalfYear {
        let year = date.year();
        HalfYear {
            year,
            // By the day of the year (a `Date` holds it; its month is worked out from it).
            second: date.ordinal() > first_half_days(year),
        }
    }

    /// The calendar year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// `1` for January–June, `2` for July–December.
    pub fn half(self) -> u8 {
        if self.second {
            2
        } else {
            1
        }
    }

    /// The first day: 1 January or 1 July.
    #[inline]
    pub fn start(self) -> Result<Date> {
        let ordinal = if self.second {
            first_half_days(self.year).saturating_add(1)
        } else {
            1
        };
        Date::from_ordinal_date(self.year, ordinal).map_err(|_| Error::overflow("a half-year"))
    }

    /// The last day: 30 June or 31 December.
    #[inline]
    pub fn end(self) -> Result<Date> {
        let ordinal = if self.second {
            time::util::days_in_year(self.year)
        } else {
            first_half_days(self.year)
        };
        Date::from_ordinal_date(self.year, ordinal).map_err(|_| Error::overflow("a half-year"))
    }

    /// A running number: consecutive half-years have consecutive ordinals.
    pub fn ordinal(self) -> i64 {
        i64::from(self.year)
            .saturating_mul(2)
            .saturating_add(i64::from(self.second))
    }
}

/// The days of January–June of `year`: 181, or 182 in a leap year.
fn first_half_days(year: i32) -> u16 {
    if time::util::is_leap_year(year) {
        182
    } else {
        181
    }
}

impl fmt::Display for HalfYear {
    /// `2024-H1`, `2024-H2`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-H{}", self.year, self.half())
    }
}

impl Serialize for HalfYear {
    fn serialize<S: serde::Serializer>(&self, s: S) -> core::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// How sure the table is of a rate (the `status` column of the CSV).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum RateStatus {
    /// Published by the Riksbank (statistics page, press notice, or SFS "Tillkännagivande").
    Confirmed,
    /// Computed by the 9 § rule from the published policy rate, matching secondary tables.
    Derived,
    /// Not yet confirmed from a reachable source: every calculation that uses it warns.
    Provisional,
    /// Not published yet: a projection (the timeline) carries the last known half-year's
    /// referensränta forward ([`RateTable::assuming_through`]). Never in the embedded table and
    /// never used by a statement unless its caller asks; every line and valuation that uses it
    /// is marked `assumed`, with a `RATE_ASSUMED` warning.
    Assumed,
}

impl RateStatus {
    /// `confirmed`, `derived` or `provisional`, as in the CSV.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Confirmed => "confirmed",
            Self::Derived => "derived",
            Self::Provisional => "provisional",
            Self::Assumed => "assumed",
        }
    }
}

/// The longest `source` a caller's rate row may give, in characters (one line, as an invoice's
/// description: it is echoed back with the row).
pub const MAX_RATE_SOURCE_LEN: usize = 200;

/// One half-year of the table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RateRow {
    /// The half-year the rate applies to.
    pub half_year: HalfYear,
    /// The referensränta in percent (may be negative: −0.50 in 2016 H2 – 2019 H1).
    #[serde(serialize_with = "serialize_percent")]
    pub percent: Decimal,
    /// How sure the value is.
    pub status: RateStatus,
    /// Where the value comes from.
    pub source: Cow<'static, str>,
}

impl RateRow {
    /// The dröjsmålsränta for days in this half-year: referensränta + 8 percentage points
    /// (räntelagen 6 §).
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn late_payment_rate(&self) -> Result<Decimal> {
        late_payment_rate(self.percent, self.half_year.start()?)
    }
}

/// referensränta + the margin in force on `day` ([`crate::params::INTEREST_MARGIN`]: 8
/// percentage points, räntelagen 6 §, since SFS 2002:352 in force 2002-07-01), never below
/// zero. Räntelagen has no negative dröjsmålsränta (a debtor earning interest by paying late);
/// the lowest referensränta so far, −0.50 % (2016-H2 … 2019-H1), is far from it, but a caller's
/// table may go below −8 %. The same floor as an agreed margin's
/// ([`crate::interest::RateSource::rate_for`]); an agreed rate is refused below zero.
#[cfg_attr(inkasso_size, optimize(size))]
pub fn late_payment_rate(reference_percent: Decimal, day: Date) -> Result<Decimal> {
    reference_percent
        .checked_add(crate::params::interest_margin(day))
        .map(|rate| two_places(rate.max(Decimal::ZERO)))
        .ok_or_else(|| Error::overflow("a rate"))
}

/// `percent` with at least two decimals, as every rate is shown (`8` is `8.00`): a sum with a
/// zero operand keeps the other's scale in `rust_decimal` (0.00 + 8 is `8`), so a rate of a
/// 0 % referensränta would print `8` natively where the others print `7.50`. Changes no value.
pub fn two_places(mut percent: Decimal) -> Decimal {
    if percent.scale() < 2 {
        percent.rescale(2);
    }
    percent
}

/// Formats a percentage with exactly two decimals (`"12.00"`).
pub fn format_percent(percent: Decimal) -> String {
    crate::money::fixed2(percent)
}

/// Serialises a percentage with two decimals (for `#[serde(serialize_with)]`).
pub fn serialize_percent<S: serde::Serializer>(
    percent: &Decimal,
    s: S,
) -> core::result::Result<S::Ok, S::Error> {
    s.serialize_str(&format_percent(*percent))
}

/// What a percentage given as input is: it decides the range [`parse_percent_of`] accepts and
/// how its error words it (the same words as the claim's own checks).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PercentOf {
    /// A referensränta of a caller's rate row: −100 … 100 %.
    ReferenceRate,
    /// An agreed dröjsmålsränta: 0 … 100 %.
    AgreedRate,
    /// An agreed margin over the referensränta: −100 … 100 percentage points.
    AgreedMargin,
    /// The rate a debt carried when it fell due (räntelagen 7 §): above 0, at most 100 %.
    RateAtDueDate,
    /// A dröjsmålsränta as `referenceRates()` gives it (a referensränta of up to 100 % + 8,
    /// never below 0 %): 0 … 108 %, checked against its row's.
    LatePaymentRate,
}

/// Parses a percentage: a plain decimal with at most two decimals within −100 … 100.
pub fn parse_percent(text: &str) -> Result<Decimal> {
    parse_percent_of(text, PercentOf::ReferenceRate)
}

/// Parses a percentage of kind `of`: a plain decimal with at most two decimals, within its
/// range ([`PercentOf`]); [`ErrorCode::InvalidRate`] otherwise.
#[cfg_attr(inkasso_size, optimize(size))]
pub fn parse_percent_of(text: &str, of: PercentOf) -> Result<Decimal> {
    let value = match crate::money::parse_plain_decimal(text, 3) {
        Ok(value) => value,
        // Well formed but beyond any range: said as the range is (an error-message review),
        // by the range check below, which every kind's range refuses.
        Err(reason) if reason == crate::money::TOO_LARGE => {
            if text.starts_with('-') {
                Decimal::MIN
            } else {
                Decimal::MAX
            }
        }
        Err(reason) => {
            return Err(Error::new(
                ErrorCode::InvalidRate,
                format!(
                    "{reason}: {} (write rates in percent like \"4.00\")",
                    quoted(text)
                ),
            ))
        }
    };
    percent_within(value, of, || text.to_owned())?;
    Ok(value)
}

/// [`ErrorCode::InvalidRate`] unless `value` is within the range of `of` (`shown`: the value as
/// the caller gave it, for the message, made only then).
fn percent_within(value: Decimal, of: PercentOf, shown: impl FnOnce() -> String) -> Result<()> {
    let hundred = Decimal::ONE_HUNDRED;
    let (within, range) = match of {
        PercentOf::ReferenceRate => (value.abs() <= hundred, "a rate must be within −100 … 100 %"),
        PercentOf::AgreedRate => (
            value >= Decimal::ZERO && value <= hundred,
            "an agreed rate must be within 0 … 100 %",
        ),
        // A debt at 0 % does not "löpa med ränta" (räntelagen 7 §): 6 § alone applies to it.
        PercentOf::RateAtDueDate => (
            value > Decimal::ZERO && value <= hundred,
            "the rate at the due date must be above 0 and at most 100 %",
        ),
        PercentOf::AgreedMargin => (
            value.abs() <= hundred,
            "an agreed margin must be within −100 … 100 percentage points",
        ),
        PercentOf::LatePaymentRate => (
            value >= Decimal::ZERO && value <= Decimal::new(108, 0),
            "a dröjsmålsränta must be within 0 … 108 %",
        ),
    };
    if !within {
        return Err(Error::new(
            ErrorCode::InvalidRate,
            format!("{range}, got {}", shown()),
        ));
    }
    Ok(())
}

/// Checks a percentage of kind `of` built in Rust rather than parsed: at most two decimals
/// (a line shows its rate with two, DOMAIN.md 8.2, so that is the rate it may be computed
/// at) and within its range ([`PercentOf`]); [`ErrorCode::InvalidRate`] otherwise, worded as
/// [`parse_percent_of`]'s.
#[cfg_attr(inkasso_size, optimize(size))]
pub fn check_percent(value: Decimal, of: PercentOf) -> Result<()> {
    if value.normalize().scale() > 2 {
        return Err(Error::new(
            ErrorCode::InvalidRate,
            format!(
                "more than two decimals: {} (write rates in percent like \"4.00\")",
                crate::money::decimal_text(value)
            ),
        ));
    }
    percent_within(value, of, || crate::money::decimal_text(value))
}

/// [`ErrorCode::InvalidRate`] unless `percent`, a referensränta for `half_year`, is a whole
/// number of [`crate::params::REFERENCE_RATE_STEP`]s, as räntelagen 9 § sets it (any value
/// for a half-year before the step applied). A value off the step is most likely the policy
/// rate itself: the message gives the referensränta it rounds up to.
#[cfg_attr(inkasso_size, optimize(size))]
pub fn check_reference_step(half_year: HalfYear, percent: Decimal) -> Result<()> {
    let start = half_year.start()?;
    let Some(step) = crate::params::REFERENCE_RATE_STEP
        .iter()
        .rev()
        .find(|p| p.from <= start)
    else {
        return Ok(());
    };
    let steps = percent
        .checked_div(step.value)
        .ok_or_else(|| Error::overflow("the referensränta's steps"))?;
    if steps.fract().is_zero() {
        return Ok(());
    }
    let up = steps
        .ceil()
        .checked_mul(step.value)
        .ok_or_else(|| Error::overflow("the referensränta's steps"))?;
    Err(Error::new(
        ErrorCode::InvalidRate,
        format!(
            "{} is not a whole multiple of {} percentage points, which a referensränta from {} on always is ({}: the Riksbank's policy rate rounded up to one); is it the policy rate? A policy rate of {} gives a referensränta of {}",
            format_percent(percent),
            format_percent(step.value),
            format_date(step.from),
            step.statute,
            format_percent(percent),
            format_percent(up),
        ),
    ))
}

/// A contiguous run of half-years with their referensränta.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RateTable {
    rows: Vec<RateRow>,
    /// Each row's dröjsmålsränta ([`RateRow::late_payment_rate`]) with its parts, worked out
    /// when the table is made: every interest line of every statement asks for one.
    late: Vec<Result<LateRate>>,
}

/// A row's dröjsmålsränta and its parts as an interest line gives them (two decimals each).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LateRate {
    /// The dröjsmålsränta ([`RateRow::late_payment_rate`]).
    pub rate: Decimal,
    /// The referensränta, at two decimals.
    pub reference_rate: Decimal,
    /// Räntelagen 6 §'s margin in force on the half-year's first day, at two decimals.
    pub margin: Decimal,
}

impl LateRate {
    /// The dröjsmålsränta of `row` and its parts.
    fn of(row: &RateRow) -> Result<LateRate> {
        Ok(LateRate {
            rate: row.late_payment_rate()?,
            reference_rate: two_places(row.percent),
            margin: two_places(crate::params::interest_margin(row.half_year.start()?)),
        })
    }
}

const fn row(
    year: i32,
    half: u8,
    hundredths: i64,
    status: RateStatus,
    source: &'static str,
) -> (i32, u8, i64, RateStatus, &'static str) {
    (year, half, hundredths, status, source)
}

/// The embedded table: a copy of `shared/rates/referensranta.csv` (year, half, percent × 100,
/// status, source).
#[rustfmt::skip]
const EMBEDDED: &[(i32, u8, i64, RateStatus, &str)] = {
    use RateStatus::{Confirmed, Derived, Provisional};
    &[
    row(2002, 2, 450, Confirmed, "riksbank.se statistics: Referensränta (historical series)"),
    row(2003, 1, 400, Confirmed, "riksbank.se statistics; SFS 2003:3"),
    row(2003, 2, 300, Confirmed, "riksbank.se statistics"),
    row(2004, 1, 300, Confirmed, "riksbank.se statistics"),
    row(2004, 2, 200, Confirmed, "riksbank.se statistics"),
    row(2005, 1, 200, Confirmed, "riksbank.se statistics"),
    row(2005, 2, 150, Confirmed, "riksbank.se statistics"),
    row(2006, 1, 150, Confirmed, "riksbank.se statistics"),
    row(2006, 2, 250, Confirmed, "riksbank.se statistics"),
    row(2007, 1, 300, Confirmed, "riksbank.se statistics; Riksbank notice 2006-12-29"),
    row(2007, 2, 350, Confirmed, "riksbank.se statistics"),
    row(2008, 1, 400, Confirmed, "riksbank.se statistics"),
    row(2008, 2, 450, Confirmed, "riksbank.se statistics"),
    row(2009, 1, 200, Confirmed, "riksbank.se statistics"),
    row(2009, 2, 50, Confirmed, "riksbank.se statistics"),
    row(2010, 1, 50, Confirmed, "riksbank.se statistics; SFS 2010:1"),
    row(2010, 2, 50, Confirmed, "riksbank.se statistics"),
    row(2011, 1, 150, Confirmed, "riksbank.se statistics"),
    row(2011, 2, 200, Confirmed, "riksbank.se statistics; SFS 2011:941"),
    row(2012, 1, 200, Confirmed, "riksbank.se statistics"),
    row(2012, 2, 150, Confirmed, "riksbank.se statistics; Riksbank correction notice 2012-07-02"),
    row(2013, 1, 100, Confirmed, "riksbank.se statistics"),
    row(2013, 2, 100, Confirmed, "riksbank.se statistics"),
    row(2014, 1, 100, Confirmed, "riksbank.se statistics"),
    row(2014, 2, 100, Confirmed, "riksbank.se statistics; Riksbank notice 2014"),
    row(2015, 1, 0, Confirmed, "riksbank.se statistics"),
    row(2015, 2, 0, Confirmed, "riksbank.se statistics"),
    row(2016, 1, 0, Confirmed, "riksbank.se statistics"),
    row(2016, 2, -50, Confirmed, "riksbank.se statistics"),
    row(2017, 1, -50, Confirmed, "riksbank.se statistics; SFS 2017:1"),
    row(2017, 2, -50, Confirmed, "riksbank.se statistics; SFS 2017:843"),
    row(2018, 1, -50, Confirmed, "riksbank.se statistics"),
    row(2018, 2, -50, Confirmed, "riksbank.se statistics"),
    row(2019, 1, -50, Confirmed, "riksbank.se statistics"),
    row(2019, 2, 0, Confirmed, "riksbank.se statistics"),
    row(2020, 1, 0, Confirmed, "riksbank.se statistics"),
    row(2020, 2, 0, Confirmed, "riksbank.se statistics"),
    row(2021, 1, 0, Confirmed, "riksbank.se statistics"),
    row(2021, 2, 0, Confirmed, "riksbank.se statistics"),
    row(2022, 1, 0, Confirmed, "riksbank.se statistics"),
    row(2022, 2, 50, Confirmed, "riksbank.se statistics"),
    row(2023, 1, 250, Confirmed, "riksbank.se statistics"),
    row(2023, 2, 350, Confirmed, "riksbank.se statistics; Riksbank notice 2023-07-03"),
    row(2024, 1, 400, Confirmed, "Riksbank notice (period 1 January to 30 June 2024)"),
    row(2024, 2, 400, Derived, "policy rate 3.75 on 2024-06-30 (applied from 2024-07-03 unchanged) rounded up"),
    row(2025, 1, 300, Derived, "policy rate 2.75 on 2024-12-31 (2.50 applied only from 2025-01-08) rounded up"),
    row(2025, 2, 200, Derived, "policy rate 2.00 from 2025-06-25"),
    row(2026, 1, 200, Derived, "policy rate 1.75 from 2025-10-01 (unchanged 2025-11-12 and 2026-01-07) rounded up"),
    row(2026, 2, 200, Provisional, "policy rate 1.75 held at the 2026-01-29 decision; the later 2026 decisions were not confirmed here"),
    ]
};

impl RateTable {
    /// The table shipped with the crate (2002 H2 – 2026 H2).
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn embedded() -> &'static RateTable {
        static TABLE: OnceLock<RateTable> = OnceLock::new();
        TABLE.get_or_init(|| {
            RateTable::of_sorted(
                EMBEDDED
                    .iter()
                    .filter_map(|&(year, half, hundredths, status, source)| {
                        Some(RateRow {
                            half_year: HalfYear::new(year, half)?,
                            percent: Decimal::new(hundredths, 2),
                            status,
                            source: Cow::Borrowed(source),
                        })
                    })
                    .collect(),
            )
        })
    }

    /// The table of `rows`, already in order and contiguous.
    #[cfg_attr(inkasso_size, optimize(size))]
    fn of_sorted(rows: Vec<RateRow>) -> RateTable {
        let late = rows.iter().map(LateRate::of).collect();
        RateTable { rows, late }
    }

    /// A table from rows in any order; they must cover consecutive half-years with no gap
    /// and no half-year twice, each referensränta within −100 … 100 with at most two decimals
    /// and, from 2002-07-01, a whole half percentage point ([`check_reference_step`]).
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn new(mut rows: Vec<RateRow>) -> Result<RateTable> {
        if rows.is_empty() {
            return Err(Error::new(
                ErrorCode::InvalidRateTable,
                "a rate table needs at least one half-year",
            ));
        }
        for row in &mut rows {
            check_percent(row.percent, PercentOf::ReferenceRate)
                .and_then(|()| check_reference_step(row.half_year, row.percent))
                .map_err(|e| {
                    let mut message = format!("half-year {}: ", row.half_year);
                    message.push_str(e.message());
                    Error::new(ErrorCode::InvalidRate, message)
                })?;
            // Shown with two decimals, as the embedded rows are (no value changes).
            row.percent.rescale(2);
        }
        crate::sort::sort_by_key(&mut rows, |r| r.half_year);
        for pair in rows.windows(2) {
            if let [a, b] = pair {
                if a.half_year == b.half_year {
                    return Err(Error::new(
                        ErrorCode::InvalidRateTable,
                        format!("half-year {} is given twice", b.half_year),
                    ));
                }
                // Both sides named: one of them may be the embedded table's, not the caller's.
                if b.half_year.ordinal() != a.half_year.ordinal().saturating_add(1) {
                    return Err(Error::new(
                        ErrorCode::InvalidRateTable,
                        format!(
                            "half-years {} and {} leave a gap: every half-year between them needs a row",
                            a.half_year, b.half_year
                        ),
                    ));
                }
            }
        }
        Ok(RateTable::of_sorted(rows))
    }

    /// This table with `overrides` replacing the rows of the same half-years and extending it
    /// at either end; the result must still be contiguous, its rows as [`RateTable::new`]
    /// checks them, and each override's `source` one line of text, as a row read from JSON
    /// (`INVALID_RATE_TABLE` at `rates[i].source`).
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn with_overrides(&self, overrides: Vec<RateRow>) -> Result<RateTable> {
        let mut rows: Vec<RateRow> = self
            .rows
            .iter()
            .filter(|r| !overrides.iter().any(|o| o.half_year == r.half_year))
            .cloned()
            .collect();
        let mut seen = Vec::with_capacity(overrides.len());
        for (i, o) in overrides.iter().enumerate() {
            // A row built in Rust is held to what a row read from JSON is (a Rust user's
            // review: an empty source was taken here, refused at `rates[i].source` there).
            crate::input::check_rate_source(&o.source)
                .map_err(|e| e.at(crate::error::item_path("rates", i, "source")))?;
            if seen.contains(&o.half_year) {
                return Err(Error::new(
                    ErrorCode::InvalidRateTable,
                    format!("half-year {} is given twice", o.half_year),
                ));
            }
            seen.push(o.half_year);
        }
        rows.extend(overrides);
        RateTable::new(rows)
    }

    /// This table extended, when it ends before `through`, with [`RateStatus::Assumed`] rows
    /// up to the half-year of `through`, each carrying the last row's referensränta forward.
    /// What a projection uses for half-years the Riksbank has not published yet: the rate is
    /// never invented, only assumed unchanged, and every use of it is marked (`assumed`, the
    /// `RATE_ASSUMED` warning). Borrowed when nothing needs adding. The rate is carried as it
    /// is, even from a diskonto-era row into a half-year of whole half points
    /// ([`check_reference_step`] is not asked of an assumption). Rows are added up to the
    /// half-year of the day after [`crate::calendar::MAX_DATE`] at most (the per diem of the last day
    /// supported): a later `through` assumes no further (a Rust user's review, stop 68, found
    /// `Date::MAX` building 15 995 rows no valuation can reach).
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn assuming_through(&self, through: Date) -> Result<Cow<'_, RateTable>> {
        let Some(last) = self.rows.last() else {
            return Ok(Cow::Borrowed(self));
        };
        let last_day = crate::calendar::MAX_DATE;
        let through = through.min(crate::calendar::next_day(last_day).unwrap_or(last_day));
        let target = HalfYear::of(through).ordinal();
        let mut next = last.half_year.ordinal();
        if next >= target {
            return Ok(Cow::Borrowed(self));
        }
        let mut rows = self.rows.clone();
        while next < target {
            next = next.saturating_add(1);
            let year =
                i32::try_from(next.div_euclid(2)).map_err(|_| Error::overflow("a half-year"))?;
            let half = if next.rem_euclid(2) == 0 { 1 } else { 2 };
            let Some(half_year) = HalfYear::new(year, half) else {
                break;
            };
            rows.push(RateRow {
                half_year,
                percent: last.percent,
                status: RateStatus::Assumed,
                source: Cow::Borrowed(ASSUMED_SOURCE),
            });
        }
        Ok(Cow::Owned(RateTable::of_sorted(rows)))
    }

    /// Every row, oldest first.
    pub fn rows(&self) -> &[RateRow] {
        &self.rows
    }

    /// The first day covered.
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn first_day(&self) -> Option<Date> {
        self.rows.first().and_then(|r| r.half_year.start().ok())
    }

    /// The last day covered.
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn last_day(&self) -> Option<Date> {
        self.rows.last().and_then(|r| r.half_year.end().ok())
    }

    /// The row for the half-year containing `date`, or `None` when the table does not cover it.
    pub fn lookup(&self, date: Date) -> Option<&RateRow> {
        self.lookup_half_year(HalfYear::of(date))
    }

    /// The row for `half_year`, or `None` when the table does not cover it.
    pub fn lookup_half_year(&self, half_year: HalfYear) -> Option<&RateRow> {
        self.rows.get(self.index_of(half_year)?)
    }

    /// The row for `half_year` and its dröjsmålsränta ([`RateRow::late_payment_rate`], worked
    /// out when the table was made), or `None` when the table does not cover it.
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn lookup_with_late_payment_rate(
        &self,
        half_year: HalfYear,
    ) -> Option<(&RateRow, Result<Decimal>)> {
        let (row, late) = self.lookup_late_rate(half_year)?;
        Some((row, late.as_ref().map(|l| l.rate).map_err(Clone::clone)))
    }

    /// The row for `half_year` and its dröjsmålsränta with its parts (worked out when the
    /// table was made), or `None` when the table does not cover it.
    pub(crate) fn lookup_late_rate(
        &self,
        half_year: HalfYear,
    ) -> Option<(&RateRow, &Result<LateRate>)> {
        let index = self.index_of(half_year)?;
        Some((self.rows.get(index)?, self.late.get(index)?))
    }

    fn index_of(&self, half_year: HalfYear) -> Option<usize> {
        let first = self.rows.first()?.half_year.ordinal();
        usize::try_from(half_year.ordinal().checked_sub(first)?).ok()
    }
}

/// The referensränta and dröjsmålsränta in force on a date: what `referenceRate(date)` answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct RateOnDate {
    /// The date asked about.
    #[serde(serialize_with = "crate::calendar::serialize_date")]
    pub date: Date,
    /// Its half-year.
    pub half_year: HalfYear,
    /// First day of the half-year.
    #[serde(serialize_with = "crate::calendar::serialize_date")]
    pub valid_from: Date,
    /// Last day of the half-year.
    #[serde(serialize_with = "crate::calendar::serialize_date")]
    pub valid_to: Date,
    /// The referensränta, percent.
    #[serde(serialize_with = "serialize_percent")]
    pub reference_rate: Decimal,
    /// The dröjsmålsränta under räntelagen 6 §, percent.
    #[serde(serialize_with = "serialize_percent")]
    pub late_payment_rate: Decimal,
    /// How sure the table is of the value.
    pub status: RateStatus,
    /// Where the value comes from.
    pub source: String,
    /// The statute: `räntelagen (1975:635) 6 § och 9 §`.
    pub rule: &'static str,
}

/// The `source` of an assumed row ([`RateTable::assuming_through`]).
pub const ASSUMED_SOURCE: &str =
    "assumed: the last known referensränta carried forward until the Riksbank publishes this half-year";

/// The rule cited for dröjsmålsränta from the reference rate.
pub const LATE_PAYMENT_RATE_RULE: &str = "räntelagen (1975:635) 6 § och 9 §";

/// The referensränta and dröjsmålsränta for `date` from `table`; an error with
/// [`ErrorCode::RateNotCovered`] when the table does not cover it.
#[cfg_attr(inkasso_size, optimize(size))]
pub fn rate_on(table: &RateTable, date: Date) -> Result<RateOnDate> {
    let row = table.lookup(date).ok_or_else(|| not_covered(table, date))?;
    Ok(RateOnDate {
        date,
        half_year: row.half_year,
        valid_from: row.half_year.start()?,
        valid_to: row.half_year.end()?,
        reference_rate: row.percent,
        late_payment_rate: row.late_payment_rate()?,
        status: row.status,
        source: row.source.to_string(),
        rule: LATE_PAYMENT_RATE_RULE,
    })
}

/// The days `table` covers, as its errors say them: `2002-07-01 to 2026-12-31`.
fn covered(table: &RateTable) -> String {
    match (table.first_day(), table.last_day()) {
        (Some(a), Some(b)) => format!("{} to {}", format_date(a), format_date(b)),
        _ => "nothing".to_owned(),
    }
}

/// The error for a day outside the table.
#[cfg_attr(inkasso_size, optimize(size))]
pub fn not_covered(table: &RateTable, date: Date) -> Error {
    let range = covered(table);
    Error::new(
        ErrorCode::RateNotCovered,
        format!(
            "no referensränta for {} (half-year {}): the table covers {range}{PASS_THE_RATE}",
            format_date(date),
            HalfYear::of(date)
        ),
    )
}

/// The error for the day after a strict statement's date, `day`, outside the table: only its
/// per diem (that day's interest) needs it. Said so, not as [`not_covered`] at the statement
/// date, which the table covers (an error-message review found the message at `asOf` saying
/// only that the table ended there). The date is named, not called the statement date: the
/// field may be a letter's `date` or a totals' `dates[i]`.
#[cfg_attr(inkasso_size, optimize(size))]
pub fn per_diem_not_covered(table: &RateTable, day: Date) -> Error {
    let range = covered(table);
    let date = format_date(day.previous_day().unwrap_or(day));
    Error::new(
        ErrorCode::RateNotCovered,
        format!(
            "no referensränta for {} (half-year {}), the day after {date}: with `strictRates` the per diem of {date} (the next day's interest) needs one, and the table covers {range}{PASS_THE_RATE}",
            format_date(day),
            HalfYear::of(day),
        ),
    )
}

/// What to do about a day the table does not cover, the end of [`not_covered`]'s message (a
/// year-end review: only a letter's refusal said it).
pub(crate) const PASS_THE_RATE: &str = "; pass that half-year's referensränta in `rates`";

/// `message` without [`PASS_THE_RATE`] at its end, to say more before it.
pub(crate) fn without_remedy(message: &str) -> &str {
    message.strip_suffix(PASS_THE_RATE).unwrap_or(message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    /// A Rust user's review (stop 68): `Date::MAX` built 15 995 assumed rows.
    #[test]
    fn assumptions_stop_at_the_half_year_after_the_last_date() {
        let table = RateTable::embedded()
            .assuming_through(time::Date::MAX)
            .expect("assumed");
        let last = table.rows().last().expect("rows").half_year;
        assert_eq!(last, HalfYear::new(2200, 1).expect("half-year"));
    }

    #[test]
    fn late_payment_rates_worked_out_once_are_each_rows() {
        let embedded = RateTable::embedded();
        let overridden = embedded
            .with_overrides(vec![RateRow {
                half_year: HalfYear::new(2030, 1).expect("half-year"),
                percent: Decimal::new(-125, 2),
                status: RateStatus::Provisional,
                source: Cow::Borrowed("test"),
            }])
            .and_then(|t| {
                t.assuming_through(date!(2031 - 12 - 31))
                    .map(Cow::into_owned)
            });
        assert!(
            overridden.is_err(),
            "a gap after the embedded table is refused"
        );
        let assumed = embedded
            .assuming_through(date!(2031 - 12 - 31))
            .expect("assumed");
        for table in [embedded, assumed.as_ref()] {
            for row in table.rows() {
                let (found, rate) = table
                    .lookup_with_late_payment_rate(row.half_year)
                    .expect("covered");
                assert_eq!(found, row);
                assert_eq!(rate, row.late_payment_rate(), "{}", row.half_year);
                let (_, late) = table.lookup_late_rate(row.half_year).expect("covered");
                let late = late.as_ref().expect("late payment rate");
                assert_eq!(Ok(late.rate), row.late_payment_rate(), "{}", row.half_year);
                assert_eq!(late.reference_rate, two_places(row.percent));
                assert_eq!(late.reference_rate.scale(), 2);
                let margin = crate::params::interest_margin(row.half_year.start().expect("start"));
                assert_eq!(late.margin, two_places(margin));
                assert_eq!(late.margin.scale(), 2);
            }
            let before = HalfYear::new(2002, 1).expect("half-year");
            assert!(table.lookup_with_late_payment_rate(before).is_none());
        }
    }

    /// A half-year by the day of the year is the one by the month: every day of 1999–2101
    /// (leap years, 2000 and 2100 among them), and each half-year's first and last day.
    #[test]
    fn half_years_by_day_of_year_are_by_month() {
        let mut day = date!(1999 - 01 - 01);
        while day <= date!(2101 - 12 - 31) {
            let half = HalfYear::of(day);
            assert_eq!(half.year(), day.year());
            assert_eq!(
                half.half(),
                if u8::from(day.month()) >= 7 { 2 } else { 1 },
                "{day}"
            );
            let (first, last) = if half.half() == 2 {
                ((time::Month::July, 1), (time::Month::December, 31))
            } else {
                ((time::Month::January, 1), (time::Month::June, 30))
            };
            let start = Date::from_calendar_date(day.year(), first.0, first.1).expect("start");
            let end = Date::from_calendar_date(day.year(), last.0, last.1).expect("end");
            assert_eq!(half.start(), Ok(start), "{day}");
            assert_eq!(half.end(), Ok(end), "{day}");
            day = day.next_day().expect("next day");
        }
    }

    #[test]
    fn embedded_is_contiguous() {
        let t = RateTable::embedded();
        assert_eq!(t.rows().len(), 49);
        assert!(RateTable::new(t.rows().to_vec()).is_ok());
        assert_eq!(t.first_day(), Some(date!(2002 - 07 - 01)));
        assert_eq!(t.last_day(), Some(date!(2026 - 12 - 31)));
    }

    #[test]
    fn lookups() {
        let t = RateTable::embedded();
        let r = rate_on(t, date!(2024 - 03 - 15)).expect("covered");
        assert_eq!(format_percent(r.reference_rate), "4.00");
        assert_eq!(format_percent(r.late_payment_rate), "12.00");
        let r = rate_on(t, date!(2017 - 06 - 30)).expect("covered");
        assert_eq!(format_percent(r.late_payment_rate), "7.50");
        assert_eq!(r.half_year.to_string(), "2017-H1");
        assert!(t.lookup(date!(2002 - 06 - 30)).is_none());
        assert!(t.lookup(date!(2027 - 01 - 01)).is_none());
        assert_eq!(
            rate_on(t, date!(2027 - 01 - 01)).map_err(|e| e.code()),
            Err(ErrorCode::RateNotCovered)
        );
    }

    #[test]
    fn overrides_extend_and_replace() {
        let t = RateTable::embedded();
        let next = RateRow {
            half_year: HalfYear::new(2027, 1).expect("half"),
            percent: Decimal::new(150, 2),
            status: RateStatus::Confirmed,
            source: "caller".into(),
        };
        let ext = t.with_overrides(vec![next.clone()]).expect("contiguous");
        assert_eq!(ext.lookup(date!(2027 - 05 - 01)), Some(&next));
        let gap = RateRow {
            half_year: HalfYear::new(2028, 1).expect("half"),
            ..next
        };
        assert_eq!(
            t.with_overrides(vec![gap]).map_err(|e| e.code()),
            Err(ErrorCode::InvalidRateTable)
        );
    }

    /// Räntelagen 9 §: a referensränta from 2002-07-01 is the policy rate rounded up to a whole
    /// half percentage point. 1.75 is a policy rate (the year-end review's likely mistake);
    /// a diskonto-era row takes any value.
    #[test]
    fn a_referensranta_is_a_whole_half_point_from_2002() {
        let h = |year, half| HalfYear::new(year, half).expect("half");
        for (percent, ok) in [
            (175, false),
            (200, true),
            (-50, true),
            (-25, false),
            (0, true),
        ] {
            let r = check_reference_step(h(2027, 1), Decimal::new(percent, 2));
            assert_eq!(r.is_ok(), ok, "{percent}");
        }
        let e = check_reference_step(h(2027, 1), Decimal::new(175, 2)).expect_err("1.75");
        assert_eq!(
            e.message(),
            "1.75 is not a whole multiple of 0.50 percentage points, which a referensränta from 2002-07-01 on always is (räntelagen (1975:635) 9 §: the Riksbank's policy rate rounded up to one); is it the policy rate? A policy rate of 1.75 gives a referensränta of 2.00"
        );
        assert!(check_reference_step(h(2002, 1), Decimal::new(425, 2)).is_ok());
        let err = RateTable::embedded()
            .with_overrides(vec![RateRow {
                half_year: h(2027, 1),
                percent: Decimal::new(-35, 2),
                status: RateStatus::Confirmed,
                source: "caller".into(),
            }])
            .expect_err("−0.35");
        assert_eq!(
            err.message(),
            "half-year 2027-H1: -0.35 is not a whole multiple of 0.50 percentage points, which a referensränta from 2002-07-01 on always is (räntelagen (1975:635) 9 §: the Riksbank's policy rate rounded up to one); is it the policy rate? A policy rate of -0.35 gives a referensränta of 0.00"
        );
    }

    #[test]
    fn parses_percentages() {
        assert_eq!(parse_percent("-0.50"), Ok(Decimal::new(-50, 2)));
        assert!(parse_percent("101").is_err());
        assert!(parse_percent("4,5").is_err());
        assert!(parse_percent("4.125").is_err());
    }
}
