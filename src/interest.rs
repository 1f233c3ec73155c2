//! Dröjsmålsränta (räntelagen 1975:635): the rate for a day, the day count, and the interest of
//! one line.
//!
//! Conventions (DOMAIN.md 8.1–8.4):
//! - interest for an invoice with effective due date F runs on the days F+1 … E, both ends
//!   included;
//! - lines split at every 1 January and 1 July (the referensränta's half-years) and at every
//!   payment date, so a line never spans two years or two rates;
//! - `amount = base × rate / 100 × days / year_days`, where for actual/actual `year_days` is 366
//!   in a leap year and 365 otherwise, 365 always for actual/365, and 360 for 30E/360 (whose
//!   `days` are 30/360 days);
//! - each line is rounded once, to the öre, half away from zero ([`crate::money::round_ore`]).
//!
//! Simple interest on the capital only: never interest on interest, never on fees.

use rust_decimal::Decimal;
use time::Date;

use crate::calendar::days_between;
use crate::claim::DayCount;
use crate::error::{Error, Result};
use crate::money::Money;
use crate::rates::{HalfYear, RateStatus, RateTable, LATE_PAYMENT_RATE_RULE};

/// The rule cited for an agreed rate: räntelagen is optional law (1 § andra stycket), so a
/// penalty rate agreed by the parties replaces referensränta + 8.
pub const AGREED_RATE_RULE: &str = "räntelagen (1975:635) 1 § andra stycket (avtalad ränta)";

/// The rule cited for a debt's own rate continued after its due date: räntelagen 7 § ("samma
/// räntefot som gällde vid förfallodagen", [`crate::ContractRate::AtDueDate`]), for the
/// half-years where it is at least referensränta + 8.
///
/// DOMAIN.md 2 described 7 § as "at least that rate plus a margin" and said to verify it; the
/// consolidated text (SFS 1975:635, Regeringskansliet's rättsdatabaser, read 2026-12-07) has no
/// margin: the rate of the due date, "dock … lägst enligt den räntefot som anges i 6 §". The
/// engine follows the text.
pub const RATE_AT_DUE_DATE_RULE: &str = "räntelagen (1975:635) 7 § (räntefoten vid förfallodagen)";

/// The rule cited where räntelagen 7 §'s floor applies: the debt's own rate is below
/// referensränta + 8 that half-year, so 6 §'s rate is charged ("lägst enligt den räntefot som
/// anges i 6 §").
pub const RATE_AT_DUE_DATE_FLOOR_RULE: &str =
    "räntelagen (1975:635) 7 § andra meningen, 6 § och 9 §";

/// The rule cited for an agreed margin over the referensränta.
pub const AGREED_MARGIN_RULE: &str =
    "räntelagen (1975:635) 1 § andra stycket (avtalad ränta: referensränta enligt 9 § + avtalad marginal)";

/// Where the rate of each day comes from.
#[derive(Debug, Clone, Copy)]
pub enum RateSource<'a> {
    /// referensränta + 8 from a table (räntelagen 6 §).
    Statutory(&'a RateTable),
    /// A rate agreed by the parties (or derived by the caller under räntelagen 7 §), the same
    /// every day, whatever the half-year: no table, no warnings.
    Agreed(Decimal),
    /// The referensränta of the table plus an agreed margin (percentage points), at least
    /// zero.
    Margin(&'a RateTable, Decimal),
    /// The rate the debt carried when it fell due, or referensränta + 8 from the table where
    /// that is higher (räntelagen 7 §).
    AtDueDate(&'a RateTable, Decimal),
}

/// The dröjsmålsränta that applies to a half-year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct AppliedRate {
    /// The rate in percent a year.
    pub rate: Decimal,
    /// The referensränta it is built on (none for an agreed rate).
    pub reference_rate: Option<Decimal>,
    /// The margin over the referensränta, in percentage points: räntelagen 6 §'s or the agreed
    /// one (none for an agreed rate). The rate is their sum, or 0 when the sum is below zero.
    pub margin: Option<Decimal>,
    /// The table status of the referensränta (none for an agreed rate).
    pub status: Option<RateStatus>,
    /// The statute.
    pub rule: &'static str,
    /// The debt's own rate at its due date where räntelagen 7 §'s floor applies (6 §'s rate,
    /// `rate`, is higher): said in the line's text. `None` on every other line.
    pub own_rate: Option<Decimal>,
}

impl RateSource<'_> {
    /// The rate for the days of `half_year`, or `Ok(None)` when the table does not cover it.
    pub fn rate_for(&self, half_year: HalfYear) -> Result<Option<AppliedRate>> {
        match self {
            RateSource::Agreed(rate) => Ok(Some(AppliedRate {
                rate: *rate,
                reference_rate: None,
                margin: None,
                status: None,
                rule: AGREED_RATE_RULE,
                own_rate: None,
            })),
            RateSource::Statutory(table) => match table.lookup_late_rate(half_year) {
                None => Ok(None),
                Some((row, late)) => {
                    let late = late.as_ref().map_err(Clone::clone)?;
                    Ok(Some(AppliedRate {
                        rate: late.rate,
                        reference_rate: Some(late.reference_rate),
                        margin: Some(late.margin),
                        status: Some(row.status),
                        rule: LATE_PAYMENT_RATE_RULE,
                        own_rate: None,
                    }))
                }
            },
            RateSource::Margin(table, margin) => match table.lookup_half_year(half_year) {
                None => Ok(None),
                Some(row) => Ok(Some(AppliedRate {
                    // Never below zero: with a negative referensränta (2016-H2 … 2019-H1) a
                    // small agreed margin would otherwise make the debtor earn interest.
                    rate: crate::rates::two_places(
                        row.percent
                            .checked_add(*margin)
                            .ok_or_else(|| Error::overflow("a rate"))?
                            .max(Decimal::ZERO),
                    ),
                    reference_rate: Some(crate::rates::two_places(row.percent)),
                    margin: Some(*margin),
                    status: Some(row.status),
                    rule: AGREED_MARGIN_RULE,
                    own_rate: None,
                })),
            },
            RateSource::AtDueDate(table, own) => {
                let statutory = RateSource::Statutory(table).rate_for(half_year)?;
                Ok(statutory.map(|floor| at_due_date(*own, floor)))
            }
        }
    }

    /// The source for `rate` agreed in a contract, over `table` where it needs one.
    pub fn of_contract(
        rate: Option<crate::claim::ContractRate>,
        table: &RateTable,
    ) -> RateSource<'_> {
        match rate {
            None => RateSource::Statutory(table),
            // Shown with two decimals, as lines show every rate (a validated rate has at most
            // two, so this changes no value): `8` is `8.00`.
            Some(crate::claim::ContractRate::Fixed(mut r)) => {
                r.rescale(2);
                RateSource::Agreed(r)
            }
            Some(crate::claim::ContractRate::Margin(mut m)) => {
                m.rescale(2);
                RateSource::Margin(table, m)
            }
            Some(crate::claim::ContractRate::AtDueDate(mut r)) => {
                r.rescale(2);
                RateSource::AtDueDate(table, r)
            }
        }
    }
}

/// Räntelagen 7 §: the debt's own rate `own` where it is at least 6 §'s rate of the half-year
/// (`floor`), else 6 §'s rate, cited as 7 §'s floor. Either way the line keeps the half-year's
/// referensränta and its status: whether the floor applies depends on it, so a provisional or
/// assumed referensränta is said to be one.
fn at_due_date(own: Decimal, floor: AppliedRate) -> AppliedRate {
    if own >= floor.rate {
        AppliedRate {
            rate: own,
            margin: None,
            rule: RATE_AT_DUE_DATE_RULE,
            ..floor
        }
    } else {
        AppliedRate {
            rule: RATE_AT_DUE_DATE_FLOOR_RULE,
            own_rate: Some(own),
            ..floor
        }
    }
}

/// 366 for a leap year, else 365.
pub fn days_in_year(year: i32) -> i64 {
    if time::util::is_leap_year(year) {
        366
    } else {
        365
    }
}

/// The day count of the days `from ..= to` (which lie in one calendar year) under `convention`:
/// `(days, year_days)`.
pub fn accrual(convention: DayCount, from: Date, to: Date) -> (i64, i64) {
    let actual = days_between(from, to).saturating_add(1);
    match convention {
        DayCount::ActualActual => (actual, days_in_year(from.year())),
        DayCount::Actual365 => (actual, 365),
        DayCount::Thirty360 => {
            let start = from.previous_day().unwrap_or(from);
            (days_30e_360(start, to), 360)
        }
    }
}

/// 30E/360 days from `start` (exclusive) to `end` (inclusive).
fn days_30e_360(start: Date, end: Date) -> i64 {
    let d1 = i64::from(start.day().min(30));
    let d2 = i64::from(end.day().min(30));
    let years = i64::from(end.year()).saturating_sub(i64::from(start.year()));
    let months =
        i64::from(u8::from(end.month())).saturating_sub(i64::from(u8::from(start.month())));
    years
        .saturating_mul(360)
        .saturating_add(months.saturating_mul(30))
        .saturating_add(d2.saturating_sub(d1))
}

/// `base × rate / 100 × days / year_days`, rounded once to the öre.
pub fn line_amount(base: Money, rate: Decimal, days: i64, year_days: i64) -> Result<Money> {
    if let Some(amount) = line_amount_integer(base, rate, days, year_days) {
        return Ok(amount);
    }
    line_amount_decimal(base, rate, days, year_days)
}

/// [`line_amount`] in whole öre with `i128` (issue 15: rust_decimal's multiplication and
/// division were over half of a summary statement). `None` whenever the result could differ
/// from [`line_amount_decimal`]'s: a negative factor, a product beyond 96 bits (where Decimal
/// would lose digits), an amount beyond 10^15 öre, or a quotient within 10^-11 öre of a
/// half öre (where Decimal's division, exact to 28 digits, and this exact one could round
/// differently). Exactly on a half öre both round away from zero.
fn line_amount_integer(base: Money, rate: Decimal, days: i64, year_days: i64) -> Option<Money> {
    let ore = i128::from(base.ore());
    if ore < 0 || rate.is_sign_negative() || days < 0 || year_days <= 0 {
        return None;
    }
    // Nearly every line fits in 64 bits (25 000 kr × 12.00 % × 366 days ≈ 10^12), where
    // multiplying needs no library call in wasm (i128's does); the same exact arithmetic.
    line_amount_u64(base, rate, days, year_days)
        .or_else(|| line_amount_i128(ore, rate, days, year_days))
}

/// [`line_amount_integer`] in `i128`, for a non-negative `ore` and factors.
fn line_amount_i128(ore: i128, rate: Decimal, days: i64, year_days: i64) -> Option<Money> {
    /// 2^96: Decimal's mantissa limit.
    const MANTISSA_LIMIT: i128 = 1 << 96;
    /// 10^15 öre.
    const MAX_ORE: i128 = 1_000_000_000_000_000;
    // öre × rate × days at the rate's scale: the mantissa of the Decimal numerator
    // (`base.decimal()` has scale 2), which must be exact.
    let numerator = ore
        .checked_mul(rate.mantissa())?
        .checked_mul(i128::from(days))?;
    if numerator >= MANTISSA_LIMIT {
        return None;
    }
    // öre × rate / 10^rate_scale × days / (year_days × 100)
    let denominator = 10i128
        .checked_pow(rate.scale())?
        .checked_mul(i128::from(year_days))?
        .checked_mul(100)?;
    // Both are at least zero here; 64-bit division when they fit (i128's is a library call).
    let (quotient, remainder) = match (u64::try_from(numerator), u64::try_from(denominator)) {
        (Ok(n), Ok(d)) => (i128::from(n.checked_div(d)?), i128::from(n.checked_rem(d)?)),
        _ => (
            numerator.checked_div(denominator)?,
            numerator.checked_rem(denominator)?,
        ),
    };
    if quotient >= MAX_ORE {
        return None;
    }
    let twice = remainder.checked_mul(2)?;
    let distance = twice.checked_sub(denominator)?.checked_abs()?;
    let rounded = if distance == 0 {
        quotient.checked_add(1)?
    } else {
        if distance.checked_mul(100_000_000_000)? < denominator {
            return None;
        }
        if twice > denominator {
            quotient.checked_add(1)?
        } else {
            quotient
        }
    };
    Some(Money::from_ore(i64::try_from(rounded).ok()?))
}

/// [`line_amount_integer`] in `u64`: `None` when a factor is negative or anything overflows
/// 64 bits (the `i128` path then decides), else exactly what that path gives.
fn line_amount_u64(base: Money, rate: Decimal, days: i64, year_days: i64) -> Option<Money> {
    /// 10^15 öre.
    const MAX_ORE: u64 = 1_000_000_000_000_000;
    let ore = u64::try_from(base.ore()).ok()?;
    let mantissa = u64::try_from(rate.mantissa()).ok()?;
    let days = u64::try_from(days).ok()?;
    let year_days = u64::try_from(year_days).ok()?;
    // Below 2^64, so below Decimal's 2^96 mantissa limit: exact in both.
    let numerator = mul(mul(ore, mantissa)?, days)?;
    let denominator = mul(mul(10u64.checked_pow(rate.scale())?, year_days)?, 100)?;
    let quotient = numerator.checked_div(denominator)?;
    let remainder = numerator.checked_rem(denominator)?;
    if quotient >= MAX_ORE {
        return None;
    }
    let twice = mul(remainder, 2)?;
    let distance = twice.abs_diff(denominator);
    let rounded = if distance == 0 {
        quotient.checked_add(1)?
    } else {
        if mul(distance, 100_000_000_000)? < denominator {
            return None;
        }
        if twice > denominator {
            quotient.checked_add(1)?
        } else {
            quotient
        }
    };
    Some(Money::from_ore(i64::try_from(rounded).ok()?))
}

/// `a × b`, or `None` when it overflows 64 bits. When the factors' bits add up to at most 64
/// the product cannot overflow and is one multiplication; `checked_mul` needs the high half
/// of the product, which in wasm32 is a 128-bit multiplication (a library call, `__multi3`)
/// for every line of a statement.
fn mul(a: u64, b: u64) -> Option<u64> {
    if a.leading_zeros().saturating_add(b.leading_zeros()) >= 64 {
        Some(a.wrapping_mul(b))
    } else {
        a.checked_mul(b)
    }
}

/// [`line_amount`] with rust_decimal throughout: the reference the integer path must match.
fn line_amount_decimal(base: Money, rate: Decimal, days: i64, year_days: i64) -> Result<Money> {
    let overflow = || Error::overflow("interest");
    let numerator = base
        .decimal()
        .checked_mul(rate)
        .and_then(|v| v.checked_mul(Decimal::from(days)))
        .ok_or_else(overflow)?;
    let denominator = Decimal::from(year_days)
        .checked_mul(Decimal::ONE_HUNDRED)
        .ok_or_else(overflow)?;
    let exact = numerator.checked_div(denominator).ok_or_else(overflow)?;
    Money::checked_round(exact).ok_or_else(overflow)
}

/// The unrounded interest of one day on `base` (for the per diem, which is rounded once after
/// summing over invoices).
pub fn one_day_exact(
    base: Money,
    rate: Decimal,
    convention: DayCount,
    day: Date,
) -> Result<Decimal> {
    one_day_quotient(
        one_day_numerator(base, rate, convention, day)?,
        convention,
        day,
    )
}

/// One day's interest on `base` at `rate` as a fraction: the numerator `base × rate × days`,
/// exact, over the denominator `year_days × 100`. The per diem of several invoices sums the
/// numerators (the claim's day count gives each the same denominator) and divides once
/// ([`one_day_sum`]): a quotient per invoice is cut at 28 digits, so a sum that is exactly half
/// an öre could come out a hair below it and round down (DOMAIN.md 8.4, 8.8).
#[doc(hidden)]
pub fn one_day_numerator(
    base: Money,
    rate: Decimal,
    convention: DayCount,
    day: Date,
) -> Result<Decimal> {
    let (days, _) = accrual(convention, day, day);
    base.decimal()
        .checked_mul(rate)
        .and_then(|v| v.checked_mul(Decimal::from(days)))
        .ok_or_else(|| Error::overflow("the per diem"))
}

/// The sum of one day's interest whose numerators ([`one_day_numerator`]) sum to `numerator`,
/// rounded once to the öre (half away from zero).
#[doc(hidden)]
pub fn one_day_sum(numerator: Decimal, convention: DayCount, day: Date) -> Result<Money> {
    let exact = one_day_quotient(numerator, convention, day)?;
    Money::checked_round(exact).ok_or_else(|| Error::overflow("the per diem"))
}

/// `numerator` over one day's denominator, `year_days × 100` ([`one_day_numerator`]).
fn one_day_quotient(numerator: Decimal, convention: DayCount, day: Date) -> Result<Decimal> {
    let (_, year_days) = accrual(convention, day, day);
    numerator
        .checked_div(Decimal::from(year_days.saturating_mul(100)))
        .ok_or_else(|| Error::overflow("the per diem"))
}

/// [`one_day_exact`] rounded once to the öre (half away from zero): the per diem of a claim
/// with one accruing invoice. The same amount, by [`line_amount`] (its integer path when it
/// can), whose quotient is the same `base × rate × days / (year_days × 100)`.
pub fn one_day(base: Money, rate: Decimal, convention: DayCount, day: Date) -> Result<Money> {
    let (days, year_days) = accrual(convention, day, day);
    line_amount(base, rate, days, year_days).map_err(|_| Error::overflow("the per diem"))
}

/// Splits `from ..= to` at every 1 January and 1 July: the pieces, each within one half-year.
pub fn split_by_half_year(from: Date, to: Date) -> Result<Vec<(Date, Date)>> {
    half_year_pieces(from, to).collect()
}

/// [`split_by_half_year`] one piece at a time, without a `Vec` (a statement splits every
/// interest period: some 70 of them for ten years of payments).
pub fn half_year_pieces(from: Date, to: Date) -> impl Iterator<Item = Result<(Date, Date)>> {
    let mut next = Some(from);
    core::iter::from_fn(move || {
        let start = next.filter(|start| *start <= to)?;
        let piece = HalfYear::of(start)
            .end()
            .map(|half_end| (start, half_end.min(to)));
        next = match &piece {
            Ok((_, end)) => end.next_day(),
            Err(_) => None,
        };
        Some(piece)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn kr(s: &str) -> Money {
        Money::parse(s).expect("amount")
    }

    /// The integer path of `line_amount` gives what rust_decimal gives (or steps aside) on
    /// 200 000 pseudo-random bases, rates, day counts and years, and on half-öre edges.
    #[test]
    fn integer_line_amount_matches_decimal() {
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut fast = 0;
        let mut narrow_count = 0;
        for k in 0..200_000u64 {
            let r = next();
            let ore =
                i64::try_from(r % [100, 10_000, 10_000_000, 100_000_000_000_000][(k % 4) as usize])
                    .expect("fits")
                    + 1;
            let base = Money::from_ore(ore);
            let rate = Decimal::new(
                i64::try_from(next() % 3_000).expect("fits"),
                u32::try_from(next() % 4).expect("fits"),
            );
            let days = i64::try_from(next() % 4_000).expect("fits");
            let year_days = [360, 365, 366][(k % 3) as usize];
            let decimal = line_amount_decimal(base, rate, days, year_days).expect("no overflow");
            if let Some(narrow) = line_amount_u64(base, rate, days, year_days) {
                narrow_count += 1;
                let wide = line_amount_i128(i128::from(ore), rate, days, year_days);
                assert_eq!(Some(narrow), wide, "{base} {rate} {days} {year_days}");
            }
            if let Some(integer) = line_amount_integer(base, rate, days, year_days) {
                fast += 1;
                assert_eq!(
                    integer.to_string(),
                    decimal.to_string(),
                    "{base} {rate} {days} {year_days}"
                );
            }
            assert_eq!(
                line_amount(base, rate, days, year_days)
                    .expect("ok")
                    .to_string(),
                decimal.to_string()
            );
        }
        assert!(fast > 150_000, "{fast}");
        assert!(narrow_count > 100_000, "{narrow_count}");
        // 0.005 kr exactly: away from zero in both.
        let half = line_amount(Money::from_ore(1), Decimal::new(50, 0), 365, 365).expect("ok");
        assert_eq!(half.to_string(), "0.01");
    }

    /// `one_day` (the per diem of one invoice, by `line_amount`) is `one_day_exact` rounded
    /// once, on 100 000 pseudo-random bases, rates (negative ones too), conventions and days.
    #[test]
    fn one_day_is_the_exact_day_rounded() {
        let mut state: u64 = 0x2545_F491_4F6C_DD1D;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let conventions = [
            DayCount::ActualActual,
            DayCount::Actual365,
            DayCount::Thirty360,
        ];
        let start = date!(1990 - 01 - 01);
        for k in 0..100_000u64 {
            let ore = i64::try_from(
                next() % [100, 100_000, 100_000_000, 100_000_000_000_000][(k % 4) as usize],
            )
            .expect("fits")
                + 1;
            let base = Money::from_ore(ore);
            let mantissa = i64::try_from(next() % 6_000).expect("fits") - 1_000;
            let rate = Decimal::new(mantissa, u32::try_from(next() % 4).expect("fits"));
            let convention = conventions[(k % 3) as usize];
            let day = start
                .checked_add(time::Duration::days(
                    i64::try_from(next() % 20_000).expect("fits"),
                ))
                .expect("date");
            let exact = one_day_exact(base, rate, convention, day).expect("exact");
            let rounded = Money::checked_round(exact).expect("rounded");
            assert_eq!(
                one_day(base, rate, convention, day).expect("one day"),
                rounded,
                "{base} {rate} {convention:?} {day}"
            );
        }
    }

    /// Kronofogden's own calculator ("Beräkna skuldräntan"), DOMAIN.md 8.3: 6 780 kr at 8 %
    /// from 2021-01-01 to 2021-04-20 → 163 kr (whole kronor, cut); 10 000 kr at 8 % from
    /// 2019-07-01 to 2020-06-28 → 796 kr.
    #[test]
    fn matches_kronofogdens_calculator() {
        let eight = Decimal::new(8, 0);
        let (d, y) = accrual(
            DayCount::ActualActual,
            date!(2021 - 01 - 01),
            date!(2021 - 04 - 20),
        );
        let a = line_amount(kr("6780"), eight, d, y).expect("amount");
        assert_eq!(a.to_fixed(), "163.46");

        let mut total = Money::ZERO;
        for (from, to) in
            split_by_half_year(date!(2019 - 07 - 01), date!(2020 - 06 - 28)).expect("split")
        {
            let (d, y) = accrual(DayCount::ActualActual, from, to);
            total = total
                .checked_add(line_amount(kr("10000"), eight, d, y).expect("amount"))
                .expect("sum");
        }
        assert_eq!(total.to_fixed(), "796.73");

        let mut total365 = Money::ZERO;
        for (from, to) in
            split_by_half_year(date!(2019 - 07 - 01), date!(2020 - 06 - 28)).expect("split")
        {
            let (d, y) = accrual(DayCount::Actual365, from, to);
            total365 = total365
                .checked_add(line_amount(kr("10000"), eight, d, y).expect("amount"))
                .expect("sum");
        }
        assert_eq!(total365.to_fixed(), "797.81");
    }

    #[test]
    fn splits_at_half_years() {
        let pieces =
            split_by_half_year(date!(2023 - 06 - 30), date!(2024 - 01 - 01)).expect("split");
        assert_eq!(
            pieces,
            vec![
                (date!(2023 - 06 - 30), date!(2023 - 06 - 30)),
                (date!(2023 - 07 - 01), date!(2023 - 12 - 31)),
                (date!(2024 - 01 - 01), date!(2024 - 01 - 01)),
            ]
        );
        assert!(
            split_by_half_year(date!(2024 - 01 - 02), date!(2024 - 01 - 01))
                .expect("split")
                .is_empty()
        );
    }

    #[test]
    fn day_counts() {
        assert_eq!(
            accrual(
                DayCount::ActualActual,
                date!(2024 - 02 - 01),
                date!(2024 - 03 - 31)
            ),
            (60, 366)
        );
        assert_eq!(
            accrual(
                DayCount::Actual365,
                date!(2024 - 02 - 01),
                date!(2024 - 03 - 31)
            ),
            (60, 365)
        );
        assert_eq!(
            accrual(
                DayCount::Thirty360,
                date!(2024 - 02 - 01),
                date!(2024 - 03 - 31)
            ),
            (60, 360)
        );
        assert_eq!(
            accrual(
                DayCount::Thirty360,
                date!(2024 - 07 - 01),
                date!(2024 - 12 - 31)
            ),
            (180, 360)
        );
        assert_eq!(
            accrual(
                DayCount::ActualActual,
                date!(2025 - 03 - 15),
                date!(2025 - 03 - 15)
            ),
            (1, 365)
        );
    }

    #[test]
    fn rates_from_the_table() {
        let table = RateTable::embedded();
        let source = RateSource::Statutory(table);
        let r = source
            .rate_for(HalfYear::new(2016, 2).expect("h"))
            .expect("ok")
            .expect("covered");
        assert_eq!(r.rate, Decimal::new(750, 2));
        assert!(source
            .rate_for(HalfYear::new(2002, 1).expect("h"))
            .expect("ok")
            .is_none());
        let agreed = RateSource::Agreed(Decimal::new(15, 0));
        assert_eq!(
            agreed
                .rate_for(HalfYear::new(1999, 1).expect("h"))
                .expect("ok")
                .map(|r| r.rate),
            Some(Decimal::new(15, 0))
        );
    }
}
