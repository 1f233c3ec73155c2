//! Money in Swedish kronor, exact to the öre, over [`rust_decimal::Decimal`].
//!
//! # Parsing
//! [`Money::parse`] accepts only plain decimals: an optional leading `-`, one or more ASCII
//! digits, and optionally a `.` followed by one or two digits. No exponents (`1e3`), no digit
//! separators (`1_000`, `1 000`), no decimal comma (`12,50`), no leading `+` or `.`, no spaces.
//!
//! # Rounding: the one place
//! Every rounding in the engine goes through [`round_ore`]: to two decimals (the öre), half away
//! from zero (DOMAIN.md 8.4). Interest is rounded once per interest line and once for the per
//! diem; fees and payments are exact inputs and never rounded.
//!
//! # Output
//! [`Money`] prints and serialises as a string with exactly two decimals (`"60.00"`).

use core::fmt;

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Serialize, Serializer};

use crate::error::{quoted, Error, ErrorCode, Result};

/// The largest amount accepted as input: 10^12 kr (one trillion kronor).
pub const MAX_INPUT_AMOUNT: Decimal = Decimal::from_parts(3_567_587_328, 232, 0, false, 0);

/// An amount of Swedish kronor with at most two decimals (öre precision).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money(Decimal);

/// Rounds to the öre, half away from zero: the engine's single rounding rule (DOMAIN.md 8.4).
pub fn round_ore(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

impl Money {
    /// Zero kronor.
    pub const ZERO: Money = Money(Decimal::ZERO);

    /// Parses a plain decimal string (see the module docs); negative amounts are accepted here,
    /// callers decide whether they make sense.
    pub fn parse(text: &str) -> Result<Money> {
        let decimal = parse_plain_decimal(text, 13).map_err(|reason| {
            // A well-formed number that is merely too large is out of range, like any other
            // amount above 10^12 kr; everything else is malformed.
            let code = if reason == TOO_LARGE {
                ErrorCode::AmountOutOfRange
            } else {
                ErrorCode::InvalidAmount
            };
            Error::new(
                code,
                format!(
                    "{reason}: {} (write amounts like \"12500.00\")",
                    quoted(text)
                ),
            )
        })?;
        Money::from_decimal(decimal)
    }

    /// Converts a finite JavaScript-style number exactly, through its shortest decimal form
    /// (`0.1` → `"0.1"`); more than two decimals, NaN and infinities are errors.
    pub fn from_f64(value: f64) -> Result<Money> {
        if !value.is_finite() {
            return Err(Error::new(
                ErrorCode::InvalidAmount,
                format!("amount must be a finite number, got {value}"),
            ));
        }
        // Rust's `Display` for f64 prints the shortest representation that round-trips, and
        // never uses an exponent. `-0` prints as "-0", which is accepted as zero.
        let text = format!("{value}");
        Money::parse(&text)
    }

    /// Wraps a decimal that already has at most two decimals; more is an error, never rounded.
    pub fn from_decimal(value: Decimal) -> Result<Money> {
        if value.scale() > 2 && value != round_ore(value) {
            return Err(Error::new(
                ErrorCode::InvalidAmount,
                format!("{value} has more than two decimals"),
            ));
        }
        Ok(Money(round_ore(value)))
    }

    /// The amount as an integer number of öre (`12.50` → `1250`), useful for tests and tables.
    pub fn from_ore(ore: i64) -> Money {
        Money(Decimal::new(ore, 2))
    }

    /// Whole kronor (`Money::kr(60)` is 60.00 kr): for fee tables.
    pub const fn kr(kronor: i64) -> Money {
        Money(Decimal::from_parts(
            kronor.unsigned_abs() as u32,
            (kronor.unsigned_abs() >> 32) as u32,
            0,
            kronor < 0,
            0,
        ))
    }

    /// Rounds an exact decimal to the öre with [`round_ore`].
    pub fn round(value: Decimal) -> Money {
        Money(round_ore(value))
    }

    /// The underlying decimal.
    pub fn decimal(self) -> Decimal {
        self.0
    }

    /// True for zero kronor.
    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    /// True for more than zero kronor.
    pub fn is_positive(self) -> bool {
        self.0 > Decimal::ZERO
    }

    /// `self + other`, or an overflow error.
    pub fn checked_add(self, other: Money) -> Result<Money> {
        self.0
            .checked_add(other.0)
            .map(Money)
            .ok_or_else(|| Error::overflow("a sum of amounts"))
    }

    /// `self - other`, or an overflow error.
    pub fn checked_sub(self, other: Money) -> Result<Money> {
        self.0
            .checked_sub(other.0)
            .map(Money)
            .ok_or_else(|| Error::overflow("a difference of amounts"))
    }

    /// `self - other`, but never below zero.
    pub fn saturating_sub_to_zero(self, other: Money) -> Money {
        match self.0.checked_sub(other.0) {
            Some(d) if d > Decimal::ZERO => Money(d),
            _ => Money::ZERO,
        }
    }

    /// The sum of `amounts`, or an overflow error.
    pub fn sum<I: IntoIterator<Item = Money>>(amounts: I) -> Result<Money> {
        amounts
            .into_iter()
            .try_fold(Money::ZERO, |acc, m| acc.checked_add(m))
    }

    /// The amount as a string with exactly two decimals.
    pub fn to_fixed(self) -> String {
        fixed2(self.0)
    }
}

/// `value` with exactly two decimals (`"-3.50"`), never `"-0.00"`: what `rescale(2)` and
/// `Decimal`'s `Display` print, without the formatting machinery (this runs for every amount
/// and rate of every line, and `Display` was most of a statement's time; BENCHMARKS.md).
pub(crate) fn fixed2(value: Decimal) -> String {
    let mut out = String::with_capacity(24);
    push_fixed2(&mut out, value);
    out
}

/// Appends [`fixed2`]`(value)` to `out`.
pub(crate) fn push_fixed2(out: &mut String, value: Decimal) {
    // Money and rates have at most two decimals: the öre (or hundredths) are then
    // mantissa × 10^(2 − scale), which fits an i128 (the mantissa has 96 bits).
    let hundredths = match value.scale() {
        0 => value.mantissa().checked_mul(100),
        1 => value.mantissa().checked_mul(10),
        2 => Some(value.mantissa()),
        _ => None,
    };
    // Beyond 96 bits `rescale(2)` cannot reach two decimals: the general path then.
    const MAX_MANTISSA: u128 = (1 << 96) - 1;
    let hundredths = hundredths.filter(|h| h.unsigned_abs() <= MAX_MANTISSA);
    let Some(hundredths) = hundredths else {
        let mut d = value;
        d.rescale(2);
        if d.is_zero() {
            out.push_str("0.00");
        } else {
            out.push_str(&d.to_string());
        }
        return;
    };
    if hundredths == 0 {
        // Never print "-0.00".
        out.push_str("0.00");
        return;
    }
    if hundredths < 0 {
        out.push('-');
    }
    let magnitude = hundredths.unsigned_abs();
    // 64-bit division when it fits (u128's is a library call).
    let (whole, cents) = match u64::try_from(magnitude) {
        Ok(m) => (
            u128::from(m.checked_div(100).unwrap_or(0)),
            u128::from(m.checked_rem(100).unwrap_or(0)),
        ),
        Err(_) => (
            magnitude.checked_div(100).unwrap_or(0),
            magnitude.checked_rem(100).unwrap_or(0),
        ),
    };
    push_uint(out, whole);
    out.push('.');
    out.push(digit(cents.checked_div(10).unwrap_or(0)));
    out.push(digit(cents.checked_rem(10).unwrap_or(0)));
}

/// Appends the decimal digits of `n`.
pub(crate) fn push_uint(out: &mut String, n: u128) {
    // Almost every number fits in 64 bits, whose division is one instruction; u128's is a
    // library call (it was the top entry of a native profile). A larger one is printed as its
    // high digits and then its last 19, zero-padded.
    const TEN_POW_19: u128 = 10_000_000_000_000_000_000;
    match u64::try_from(n) {
        Ok(small) => push_u64(out, small),
        Err(_) => {
            push_uint(out, n.checked_div(TEN_POW_19).unwrap_or(0));
            let low = u64::try_from(n.checked_rem(TEN_POW_19).unwrap_or(0)).unwrap_or(0);
            let mut digits = String::with_capacity(19);
            push_u64(&mut digits, low);
            for _ in digits.len()..19 {
                out.push('0');
            }
            out.push_str(&digits);
        }
    }
}

/// Appends the decimal digits of `n`.
fn push_u64(out: &mut String, n: u64) {
    // u64::MAX has 20 digits.
    let mut digits = [b'0'; 20];
    let mut len = 0usize;
    let mut rest = n;
    for slot in digits.iter_mut().rev() {
        *slot = b'0'.saturating_add(u8::try_from(rest.checked_rem(10).unwrap_or(0)).unwrap_or(0));
        rest = rest.checked_div(10).unwrap_or(0);
        len = len.saturating_add(1);
        if rest == 0 {
            break;
        }
    }
    let start = digits.len().saturating_sub(len);
    // Only ASCII digits were written: always valid UTF-8.
    if let Ok(text) = core::str::from_utf8(digits.get(start..).unwrap_or(&[])) {
        out.push_str(text);
    }
}

/// Appends the decimal digits of `n`, with `-` when negative (what `Display` prints).
pub(crate) fn push_int(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    push_uint(out, u128::from(n.unsigned_abs()));
}

fn digit(d: u128) -> char {
    char::from(b'0'.saturating_add(u8::try_from(d).unwrap_or(0)))
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_fixed())
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, serializer: S) -> core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_fixed())
    }
}

/// The reason [`parse_plain_decimal`] gives for a well-formed number with too many digits.
pub(crate) const TOO_LARGE: &str = "too large";

/// Parses `-?[0-9]+(\.[0-9]{1,2})?` with at most `max_int_digits` digits before the point
/// (leading zeros not counted). Returns the reason on failure.
pub(crate) fn parse_plain_decimal(
    text: &str,
    max_int_digits: usize,
) -> core::result::Result<Decimal, &'static str> {
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (int_part, frac_part) = match unsigned.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (unsigned, None),
    };
    if int_part.is_empty() || !int_part.bytes().all(|b| b.is_ascii_digit()) {
        return Err(if text.is_empty() {
            "empty amount"
        } else {
            "not a plain decimal number"
        });
    }
    let frac = frac_part.unwrap_or("");
    if frac_part.is_some() && frac.is_empty() {
        return Err("a decimal point must be followed by digits");
    }
    if !frac.bytes().all(|b| b.is_ascii_digit()) {
        return Err("not a plain decimal number");
    }
    if frac.len() > 2 {
        return Err("more than two decimals");
    }
    let significant = int_part.trim_start_matches('0');
    if significant.len() > max_int_digits {
        return Err(TOO_LARGE);
    }
    let mut mantissa: i64 = 0;
    for b in significant.bytes().chain(frac.bytes()) {
        let digit = i64::from(b.wrapping_sub(b'0'));
        mantissa = mantissa
            .checked_mul(10)
            .and_then(|m| m.checked_add(digit))
            .ok_or(TOO_LARGE)?;
    }
    if negative {
        mantissa = mantissa.checked_neg().ok_or(TOO_LARGE)?;
    }
    let scale = u32::try_from(frac.len()).map_err(|_| "more than two decimals")?;
    Decimal::try_new(mantissa, scale).map_err(|_| TOO_LARGE)
}

#[cfg(test)]
mod tests {

    #[test]
    fn push_uint_prints_what_display_prints() {
        let edges = [
            0u128,
            9,
            10,
            u128::from(u64::MAX) - 1,
            u128::from(u64::MAX),
            u128::from(u64::MAX) + 1,
            10_000_000_000_000_000_000,
            10_000_000_000_000_000_001,
            123_456_789_012_345_678_901_234_567_890,
            u128::MAX,
        ];
        for n in edges {
            let mut out = String::new();
            push_uint(&mut out, n);
            assert_eq!(out, n.to_string());
        }
    }

    use super::*;

    #[test]
    fn parses_plain_decimals() {
        for (text, expected) in [
            ("0", "0.00"),
            ("60", "60.00"),
            ("12500.00", "12500.00"),
            ("12500.5", "12500.50"),
            ("-3.25", "-3.25"),
            ("-0", "0.00"),
            ("007.10", "7.10"),
            ("1000000000000", "1000000000000.00"),
        ] {
            assert_eq!(
                Money::parse(text).map(Money::to_fixed),
                Ok(expected.into()),
                "{text}"
            );
        }
    }

    #[test]
    fn rejects_everything_else() {
        for text in [
            "", "-", ".5", "5.", "1e3", "1E3", "1_000", "1 000", "12,50", "+5", " 5", "5 ",
            "1.234", "0x10", "NaN", "Infinity", "١٢", "1.2.3", "--1",
        ] {
            let err = Money::parse(text).expect_err(text);
            assert_eq!(err.code(), ErrorCode::InvalidAmount, "{text}");
        }
        for text in [
            "99999999999999",
            "-99999999999999",
            "123456789012345678901234567890",
        ] {
            let err = Money::parse(text).expect_err(text);
            assert_eq!(err.code(), ErrorCode::AmountOutOfRange, "{text}");
        }
    }

    #[test]
    fn converts_numbers_exactly() {
        assert_eq!(Money::from_f64(0.1).map(Money::to_fixed), Ok("0.10".into()));
        assert_eq!(
            Money::from_f64(12500.0).map(Money::to_fixed),
            Ok("12500.00".into())
        );
        assert_eq!(
            Money::from_f64(-0.0).map(Money::to_fixed),
            Ok("0.00".into())
        );
        assert_eq!(
            Money::from_f64(19.99).map(Money::to_fixed),
            Ok("19.99".into())
        );
        for bad in [
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            0.125,
            1e300,
            1e-7,
        ] {
            assert!(Money::from_f64(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn rounds_half_away_from_zero() {
        for (value, expected) in [
            (Decimal::new(1005, 3), "1.01"),
            (Decimal::new(-1005, 3), "-1.01"),
            (Decimal::new(1004999, 6), "1.00"),
            (Decimal::new(2675, 3), "2.68"),
        ] {
            assert_eq!(Money::round(value).to_fixed(), expected);
        }
    }

    #[test]
    fn fixed2_prints_what_display_prints() {
        let mut values = vec![
            Decimal::ZERO,
            Decimal::new(-0, 2),
            Decimal::new(5, 1),
            Decimal::new(-5, 1),
            Decimal::new(-350, 2),
            Decimal::new(7, 0),
            Decimal::new(-12, 0),
            Decimal::new(1_000_000_000_000, 0),
            Decimal::MAX,
            Decimal::MIN,
            Decimal::new(123_456, 5),
            Decimal::new(-1, 28),
        ];
        let mut x: i64 = 1;
        for scale in 0..=3 {
            for _ in 0..500 {
                x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                values.push(Decimal::new(x.wrapping_rem(10_000_000_000_000), scale));
            }
        }
        for v in values {
            let mut d = v;
            d.rescale(2);
            let expected = if d.is_zero() {
                "0.00".to_owned()
            } else {
                d.to_string()
            };
            assert_eq!(fixed2(v), expected, "{v:?}");
        }
        for n in [0, 1, -1, 9, 10, 366, -365, i64::MAX, i64::MIN] {
            let mut s = String::new();
            push_int(&mut s, n);
            assert_eq!(s, n.to_string());
        }
    }

    #[test]
    fn constants() {
        assert_eq!(MAX_INPUT_AMOUNT, Decimal::new(1_000_000_000_000, 0));
        assert_eq!(Money::kr(60).to_fixed(), "60.00");
        assert_eq!(Money::kr(-450).to_fixed(), "-450.00");
    }
}
