//! Money in Swedish kronor, exact to the öre: an `i64` number of öre.
//!
//! # Representation
//! [`Money`] holds a whole number of öre (hundredths of a krona) in an `i64`. Every amount
//! the engine handles has at most two decimals, so the integer is exact, and adding,
//! subtracting and comparing amounts, which is most of what a statement does with them, are
//! single machine instructions rather than [`rust_decimal::Decimal`]'s 96-bit mantissa and
//! scale arithmetic (a native summary statement takes about a third less time; BENCHMARKS.md).
//!
//! The range is ±92 233 720 368 547 758.07 kr. Input amounts are at most 10^12 kr
//! ([`MAX_INPUT_AMOUNT`]) and a claim has at most a thousand invoices, so inputs and their
//! sums always fit; only interest can go beyond: a thousand invoices of 10^12 kr at rates near
//! 200 % (a caller's rate table with a referensränta near 100 % and an agreed margin of 100
//! points) for some 45 years, close to the limit of interest lines. All arithmetic is checked:
//! such a total is an overflow error ([`crate::Error::overflow`]), never a wrapped or
//! saturated amount.
//!
//! # Decimal at the edges
//! Rates are [`Decimal`]s, and so are the exact, unrounded values interest is rounded from.
//! [`Money::decimal`] gives an amount as a `Decimal` with scale 2 (`Decimal::new(öre, 2)`),
//! [`Money::from_decimal`] and [`Money::round`] bring one back. The interest of a line is
//! computed in integer öre when that is provably what rust_decimal would give
//! ([`crate::interest::line_amount`]), and through `Decimal` otherwise; the per diem is summed
//! in `Decimal` over the invoices and rounded once.
//!
//! # Parsing
//! [`Money::parse`] accepts only plain decimals: an optional leading `-`, one or more ASCII
//! digits, and optionally a `.` followed by one or two digits. No exponents (`1e3`), no digit
//! separators (`1_000`, `1 000`), no decimal comma (`12,50`), no leading `+` or `.`, no spaces.
//! It refuses a number of more than 13 integer digits (`AMOUNT_OUT_OF_RANGE`); the 10^12 kr
//! limit of an input amount ([`MAX_INPUT_AMOUNT`]) is checked where amounts are read into a
//! claim (`Claim::validate`, the `input` readers), not here (a docs review found this said
//! otherwise). A result (the capital of a thousand such invoices) may be larger still: such a
//! figure's `Display` may not parse back ([`Money::from_decimal`] takes it).
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

/// [`MAX_INPUT_AMOUNT`] as [`Money`].
pub(crate) const MAX_INPUT: Money = Money::from_ore(100_000_000_000_000);

/// An amount of Swedish kronor with at most two decimals (öre precision): a whole number of
/// öre (see the module docs).
///
/// Its arithmetic is checked: [`Money::checked_add`], [`Money::checked_sub`] and
/// [`Money::sum`] return an error on overflow, and a sum of amounts collects into a
/// `Result<Money>` (`Sum`), where an operator would have to panic (a panic in wasm traps the
/// module). So `Money` has no `+` or `-`; for arithmetic of your own, take
/// [`Money::decimal`] or [`Money::ore`].
///
/// ```
/// use inkasso::Money;
///
/// let lines = [Money::parse("60")?, Money::parse("180.00")?, Money::parse("0.5")?];
/// let total: inkasso::Result<Money> = lines.iter().sum();
/// assert_eq!(total?.to_string(), "240.50");
/// let too_much: inkasso::Result<Money> = [Money::from_ore(i64::MAX), Money::from_ore(1)].into_iter().sum();
/// assert_eq!(too_much.unwrap_err().code().as_str(), "OVERFLOW");
/// # Ok::<(), inkasso::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money(i64);

/// Rounds to the öre, half away from zero: the engine's single rounding rule (DOMAIN.md 8.4).
pub fn round_ore(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

/// `value`, which has at most two decimals, in öre; `None` beyond the range of [`Money`].
fn decimal_ore(value: Decimal) -> Option<i64> {
    let factor: i128 = match value.scale() {
        0 => 100,
        1 => 10,
        2 => 1,
        _ => return None,
    };
    i64::try_from(value.mantissa().checked_mul(factor)?).ok()
}

impl Money {
    /// Zero kronor.
    pub const ZERO: Money = Money(0);

    /// Parses a plain decimal string (see the module docs); negative amounts are accepted here,
    /// callers decide whether they make sense.
    pub fn parse(text: &str) -> Result<Money> {
        let ore = parse_plain(text, 13)
            .and_then(|(mantissa, scale)| {
                match scale {
                    0 => mantissa.checked_mul(100),
                    1 => mantissa.checked_mul(10),
                    _ => Some(mantissa),
                }
                .ok_or(TOO_LARGE)
            })
            .map_err(|reason| {
                // A well-formed number that is merely too large is out of range, like any other
                // amount above 10^12 kr, and said as they are (not with a format hint: an
                // error-message review); everything else is malformed.
                if reason == TOO_LARGE {
                    return crate::claim::amount_out_of_range(&text, !text.starts_with('-'));
                }
                Error::new(
                    ErrorCode::InvalidAmount,
                    format!(
                        "{reason}: {} (write amounts like \"12500.00\")",
                        quoted(text)
                    ),
                )
            })?;
        Ok(Money(ore))
    }

    /// Converts a finite JavaScript-style number exactly, through its shortest decimal form
    /// (`0.1` → `"0.1"`); more than two decimals, NaN and infinities are errors.
    pub fn from_f64(value: f64) -> Result<Money> {
        if !value.is_finite() {
            // As JavaScript writes it (Rust writes `inf`).
            let shown = if value.is_nan() {
                "NaN"
            } else if value > 0.0 {
                "Infinity"
            } else {
                "-Infinity"
            };
            return Err(Error::new(
                ErrorCode::InvalidAmount,
                format!("amount must be a finite number, got {shown}"),
            ));
        }
        // Rust's `Display` for f64 prints the shortest representation that round-trips, and
        // never uses an exponent. `-0` prints as "-0", which is accepted as zero.
        let text = format!("{value}");
        Money::parse(&text)
    }

    /// Wraps a decimal that already has at most two decimals; more is an error, never rounded.
    /// A value beyond ±92 233 720 368 547 758.07 kr (the range of [`Money`]) is an
    /// `AMOUNT_OUT_OF_RANGE` error.
    pub fn from_decimal(value: Decimal) -> Result<Money> {
        if value.scale() > 2 && value != round_ore(value) {
            return Err(Error::new(
                ErrorCode::InvalidAmount,
                format!("{value} has more than two decimals"),
            ));
        }
        decimal_ore(round_ore(value)).map(Money).ok_or_else(|| {
            Error::new(
                ErrorCode::AmountOutOfRange,
                format!("{value} is beyond the range of amounts"),
            )
        })
    }

    /// The amount as an integer number of öre (`12.50` → `1250`), useful for tests and tables.
    pub const fn from_ore(ore: i64) -> Money {
        Money(ore)
    }

    /// The amount in öre (`12.50` → `1250`): the representation itself.
    pub const fn ore(self) -> i64 {
        self.0
    }

    /// Whole kronor (`Money::kr(60)` is 60.00 kr): for fee tables. Beyond the range of
    /// [`Money`] (±92 233 720 368 547 758 kr) it saturates at the nearest end.
    pub const fn kr(kronor: i64) -> Money {
        Money(kronor.saturating_mul(100))
    }

    /// Rounds an exact decimal to the öre with [`round_ore`]. A value beyond the range of
    /// [`Money`] saturates at the nearest end; the engine uses [`Money::checked_round`].
    pub fn round(value: Decimal) -> Money {
        match decimal_ore(round_ore(value)) {
            Some(ore) => Money(ore),
            None if value.is_sign_negative() => Money(i64::MIN),
            None => Money(i64::MAX),
        }
    }

    /// Rounds an exact decimal to the öre with [`round_ore`], or `None` beyond the range of
    /// [`Money`].
    #[inline]
    pub fn checked_round(value: Decimal) -> Option<Money> {
        decimal_ore(round_ore(value)).map(Money)
    }

    /// The amount as a decimal with scale 2 (`Decimal::new(öre, 2)`).
    pub fn decimal(self) -> Decimal {
        Decimal::new(self.0, 2)
    }

    /// True for zero kronor.
    pub const fn is_zero(self) -> bool {
        self.0 == 0
    }

    /// True for more than zero kronor.
    pub const fn is_positive(self) -> bool {
        self.0 > 0
    }

    /// `self + other`, or an overflow error.
    #[inline]
    pub fn checked_add(self, other: Money) -> Result<Money> {
        match self.0.checked_add(other.0) {
            Some(ore) => Ok(Money(ore)),
            None => Err(overflow("a sum of amounts")),
        }
    }

    /// `self - other`, or an overflow error.
    #[inline]
    pub fn checked_sub(self, other: Money) -> Result<Money> {
        match self.0.checked_sub(other.0) {
            Some(ore) => Ok(Money(ore)),
            None => Err(overflow("a difference of amounts")),
        }
    }

    /// `self - other`, but never below zero.
    pub const fn saturating_sub_to_zero(self, other: Money) -> Money {
        match self.0.checked_sub(other.0) {
            Some(d) if d > 0 => Money(d),
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
        let mut out = String::with_capacity(24);
        push_ore(&mut out, self.0);
        out
    }

    /// [`Money::to_fixed`] on the stack, without allocating.
    pub(crate) fn fixed(self) -> Fixed {
        Fixed::new(self.0)
    }
}

/// [`Error::overflow`], out of line: keeps [`Money::checked_add`] and
/// [`Money::checked_sub`] small enough to inline.
#[cold]
#[inline(never)]
fn overflow(what: &str) -> Error {
    Error::overflow(what)
}

/// An amount with exactly two decimals (`-3.50`), never `-0.00`, written right-aligned into a
/// buffer on the stack: printing an amount allocates only for the `String` it goes into.
pub(crate) struct Fixed {
    /// `-92233720368547758.08` (i64::MIN öre) is 21 characters.
    bytes: [u8; 24],
    start: usize,
}

impl Fixed {
    fn new(ore: i64) -> Fixed {
        let mut bytes = [b'0'; 24];
        let mut magnitude = ore.unsigned_abs();
        let mut written = 0usize;
        for slot in bytes.iter_mut().rev() {
            // Two digits of öre, the point, then at least one digit of kronor.
            if written == 2 {
                *slot = b'.';
            } else {
                let (next, digit) = div10(magnitude);
                *slot = b'0'.saturating_add(digit);
                magnitude = next;
            }
            written = written.saturating_add(1);
            if written >= 4 && magnitude == 0 {
                break;
            }
        }
        if ore < 0 {
            written = written.saturating_add(1);
            if let Some(slot) = bytes
                .len()
                .checked_sub(written)
                .and_then(|i| bytes.get_mut(i))
            {
                *slot = b'-';
            }
        }
        Fixed {
            bytes,
            start: 24usize.saturating_sub(written),
        }
    }

    pub(crate) fn as_str(&self) -> &str {
        // Only ASCII digits, '.' and '-' were written: always valid UTF-8.
        core::str::from_utf8(self.bytes.get(self.start..).unwrap_or(&[])).unwrap_or("0.00")
    }
}

/// A sum of amounts, or the overflow error of [`Money::checked_add`] (`OVERFLOW`).
impl core::iter::Sum<Money> for Result<Money> {
    fn sum<I: Iterator<Item = Money>>(amounts: I) -> Self {
        Money::sum(amounts)
    }
}

/// A sum of borrowed amounts, as `Sum<Money>`.
impl<'a> core::iter::Sum<&'a Money> for Result<Money> {
    fn sum<I: Iterator<Item = &'a Money>>(amounts: I) -> Self {
        Money::sum(amounts.copied())
    }
}

impl fmt::Debug for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Money({})", self.fixed().as_str())
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

/// Appends `value` as `Decimal`'s `Display` writes it without format options: every digit of
/// its scale (`-12.340`, `0.005`, `-0.00` for a negative zero), with the crate's own digits
/// (`Decimal`'s `Display` and the 128-bit integer formatting under it are 2.4 KB of the wasm
/// module). Tested against `Display`.
pub(crate) fn push_decimal(out: &mut String, value: Decimal) {
    if value.is_sign_negative() {
        out.push('-');
    }
    let mut digits = String::with_capacity(40);
    push_uint(&mut digits, value.mantissa().unsigned_abs());
    let scale = usize::try_from(value.scale()).unwrap_or(0);
    let int_len = digits.len().saturating_sub(scale);
    if int_len == 0 {
        out.push('0');
    } else {
        out.push_str(digits.get(..int_len).unwrap_or_default());
    }
    if scale > 0 {
        out.push('.');
        for _ in digits.len()..scale {
            out.push('0');
        }
        out.push_str(digits.get(int_len..).unwrap_or_default());
    }
}

/// An integer written with the crate's own digits (`-12`), as a `String` (i128's `Display` is
/// 1.3 KB of the wasm module).
pub(crate) fn int_text(n: i128) -> String {
    let mut out = String::with_capacity(40);
    if n < 0 {
        out.push('-');
    }
    push_uint(&mut out, n.unsigned_abs());
    out
}

/// [`push_decimal`] as a `String`.
pub(crate) fn decimal_text(value: Decimal) -> String {
    let mut out = String::with_capacity(24);
    push_decimal(&mut out, value);
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
            push_decimal(out, d);
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
    push_pair(out, u32::try_from(cents).unwrap_or(0));
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

/// `n / 10` and its last digit. Most numbers written (öre of amounts up to 42 949 672.95 kr,
/// day numbers, indices) fit 32 bits, where dividing by ten is a multiplication; a `u64`
/// division by ten in wasm32 is a 128-bit multiplication (a library call, `__multi3`).
fn div10(n: u64) -> (u64, u8) {
    let (next, digit) = match u32::try_from(n) {
        Ok(small) => (
            u64::from(small.checked_div(10).unwrap_or(0)),
            small.checked_rem(10).unwrap_or(0),
        ),
        Err(_) => (
            n.checked_div(10).unwrap_or(0),
            u32::try_from(n.checked_rem(10).unwrap_or(0)).unwrap_or(0),
        ),
    };
    (next, u8::try_from(digit).unwrap_or(0))
}

/// Appends the two digits of `n` (`00` … `99`; only `n`'s last two digits are written). Two
/// ASCII pushes: a two-byte `push_str` is a call to the slice copy that a profile of a summary
/// statement in wasm showed among its largest entries.
#[inline]
pub(crate) fn push_pair(out: &mut String, n: u32) {
    let n = n.checked_rem(100).unwrap_or(0);
    out.push(ascii_digit(n.checked_div(10).unwrap_or(0)));
    out.push(ascii_digit(n.checked_rem(10).unwrap_or(0)));
}

/// The ASCII digit of `d` (below 10).
#[inline]
fn ascii_digit(d: u32) -> char {
    char::from(b'0'.saturating_add(u8::try_from(d).unwrap_or(0)))
}

/// Appends the decimal digits of `n`, two at a time from the highest (this writes every
/// number of every result row; a digit at a time into a buffer checked as UTF-8 was a visible
/// part of a summary statement in wasm). Without recursion: a call per pair of digits was
/// most of its time. Never inlined: it is called from many places.
#[inline(never)]
fn push_u32(out: &mut String, n: u32) {
    let Some(high) = pairs_above(n) else {
        return push_head(out, n);
    };
    let Some(higher) = pairs_above(high) else {
        push_head(out, high);
        return push_pair(out, n);
    };
    let Some(highest) = pairs_above(higher) else {
        push_head(out, higher);
        push_pair(out, high);
        return push_pair(out, n);
    };
    match pairs_above(highest) {
        None => push_head(out, highest),
        Some(top) => {
            push_head(out, top);
            push_pair(out, highest);
        }
    }
    push_pair(out, higher);
    push_pair(out, high);
    push_pair(out, n);
}

/// `n / 100` when `n` has more than two digits.
#[inline]
fn pairs_above(n: u32) -> Option<u32> {
    if n >= 100 {
        n.checked_div(100)
    } else {
        None
    }
}

/// Appends the one or two digits of `n` (below 100) without a leading zero.
#[inline]
fn push_head(out: &mut String, n: u32) {
    if n >= 10 {
        push_pair(out, n);
    } else {
        out.push(ascii_digit(n));
    }
}

/// Appends the decimal digits of `n`.
pub(crate) fn push_u64(out: &mut String, n: u64) {
    match u32::try_from(n) {
        Ok(small) => push_u32(out, small),
        Err(_) => push_u64_wide(out, n),
    }
}

/// [`push_u64`] of a number past `u32`.
#[inline(never)]
fn push_u64_wide(out: &mut String, n: u64) {
    // u64::MAX has 20 digits.
    let mut digits = [b'0'; 20];
    let mut len = 0usize;
    let mut rest = n;
    for slot in digits.iter_mut().rev() {
        let (next, digit) = div10(rest);
        *slot = b'0'.saturating_add(digit);
        rest = next;
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

/// Appends `ore` öre with two decimals (`-3.50`), what [`Money`]'s `Display` prints, without a
/// buffer.
pub(crate) fn push_ore(out: &mut String, ore: i64) {
    if ore < 0 {
        out.push('-');
    }
    let magnitude = ore.unsigned_abs();
    let (kronor, cents) = match u32::try_from(magnitude) {
        Ok(small) => (
            u64::from(small.checked_div(100).unwrap_or(0)),
            small.checked_rem(100).unwrap_or(0),
        ),
        Err(_) => (
            magnitude.checked_div(100).unwrap_or(0),
            u32::try_from(magnitude.checked_rem(100).unwrap_or(0)).unwrap_or(0),
        ),
    };
    push_u64(out, kronor);
    out.push('.');
    push_pair(out, cents);
}

/// Appends the decimal digits of `n`, with `-` when negative (what `Display` prints).
#[inline]
pub(crate) fn push_int(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    push_u64(out, n.unsigned_abs());
}

impl core::str::FromStr for Money {
    type Err = Error;

    /// [`Money::parse`]: `"60.00".parse::<Money>()`.
    fn from_str(text: &str) -> Result<Money> {
        Money::parse(text)
    }
}

impl fmt::Display for Money {
    /// `60.00`; width, fill, alignment and `+` apply (`{:>9}`) as for an integer. A precision
    /// is ignored: an amount always has its two decimals (`{:.0}` does not round it).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let fixed = self.fixed();
        let text = fixed.as_str();
        let digits = text.strip_prefix('-').unwrap_or(text);
        f.pad_integral(!text.starts_with('-'), "", digits)
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, serializer: S) -> core::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.fixed().as_str())
    }
}

/// An amount read back from its decimal text (`"60.00"`, as [`Money`] serialises), strictly as
/// [`Money::parse`] reads it: a number, or text with an exponent, `_` or more than two decimals,
/// is refused with [`Money::parse`]'s message. For native users who keep amounts in their own
/// serde types (a Rust user's review, stop 68); the JS boundary has its own reader.
impl<'de> serde::Deserialize<'de> for Money {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> core::result::Result<Self, D::Error> {
        struct AmountText;
        impl serde::de::Visitor<'_> for AmountText {
            type Value = Money;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an amount as a decimal string, such as \"60.00\"")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> core::result::Result<Money, E> {
                Money::parse(text).map_err(|e| E::custom(e.message()))
            }
        }
        deserializer.deserialize_str(AmountText)
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
    let (mantissa, scale) = parse_plain(text, max_int_digits)?;
    Decimal::try_new(mantissa, scale).map_err(|_| TOO_LARGE)
}

/// [`parse_plain_decimal`] as the mantissa and the number of decimals (0, 1 or 2).
fn parse_plain(
    text: &str,
    max_int_digits: usize,
) -> core::result::Result<(i64, u32), &'static str> {
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
            "empty value"
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
    let mut mantissa = digits_value(significant, frac).ok_or(TOO_LARGE)?;
    if negative {
        mantissa = mantissa.checked_neg().ok_or(TOO_LARGE)?;
    }
    let scale = u32::try_from(frac.len()).map_err(|_| "more than two decimals")?;
    Ok((mantissa, scale))
}

/// The value of the decimal digits of `int_part` followed by those of `frac` (ASCII digits
/// only, checked by the caller), or `None` past `i64`. Up to 18 digits cannot overflow, and are
/// summed with plain multiplications: `checked_mul` on an `i64` needs the high half of the
/// product, a 128-bit multiplication in wasm32 (a library call, `__multi3`) for each digit of
/// every amount read.
fn digits_value(int_part: &str, frac: &str) -> Option<i64> {
    let digits = int_part.bytes().chain(frac.bytes());
    if int_part.len().saturating_add(frac.len()) <= 18 {
        return Some(digits.fold(0i64, |value, b| {
            value
                .wrapping_mul(10)
                .wrapping_add(i64::from(b.wrapping_sub(b'0')))
        }));
    }
    let mut value: i64 = 0;
    for b in digits {
        value = value
            .checked_mul(10)?
            .checked_add(i64::from(b.wrapping_sub(b'0')))?;
    }
    Some(value)
}

#[cfg(test)]
mod tests {

    /// Digits are summed alike on both sides of the 18 digits that cannot overflow, and the
    /// first value past `i64` is refused.
    #[test]
    fn digits_value_at_its_limits() {
        use super::digits_value;
        assert_eq!(digits_value("", ""), Some(0));
        assert_eq!(digits_value("0012", "50"), Some(1250));
        assert_eq!(
            digits_value("9999999999999999", "99"),
            Some(999_999_999_999_999_999)
        );
        assert_eq!(
            digits_value("10000000000000000", "00"),
            Some(1_000_000_000_000_000_000)
        );
        assert_eq!(digits_value("92233720368547758", "07"), Some(i64::MAX));
        assert_eq!(digits_value("92233720368547758", "08"), None);
        assert_eq!(digits_value("99999999999999999999", ""), None);
    }

    /// The two ways of printing an amount agree, around every power of ten, at the ends of
    /// the range and on a spread of values.
    #[test]
    fn push_ore_prints_what_fixed_prints() {
        let mut values = vec![
            0i64,
            1,
            -1,
            9,
            10,
            99,
            100,
            101,
            i64::MAX,
            i64::MIN,
            i64::MIN + 1,
        ];
        let mut power = 1i64;
        while let Some(next) = power.checked_mul(10) {
            values.extend([power - 1, power, power + 1, -power, -(power - 1)]);
            power = next;
        }
        let mut x = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            values.push(x as i64 >> (x % 60));
        }
        for ore in values {
            let mut out = String::new();
            push_ore(&mut out, ore);
            assert_eq!(out, Fixed::new(ore).as_str(), "{ore}");
            assert_eq!(Money::from_ore(ore).to_fixed(), out);
        }
    }

    #[test]
    fn push_decimal_prints_what_display_prints() {
        let mut values = vec![
            Decimal::ZERO,
            Decimal::new(0, 2),
            Decimal::new(5, 3),
            Decimal::new(45, 2),
            Decimal::new(12345, 2),
            Decimal::new(-12340, 3),
            Decimal::new(-5, 4),
            Decimal::new(7, 0),
            Decimal::new(-7, 0),
            Decimal::MAX,
            Decimal::MIN,
            Decimal::from_i128_with_scale(79_228_162_514_264_337_593_543_950_335, 28),
        ];
        // A negative zero keeps its sign in `Display`.
        let mut negative_zero = Decimal::new(0, 2);
        negative_zero.set_sign_negative(true);
        values.push(negative_zero);
        for scale in 0..=28u32 {
            for mantissa in [
                1i64,
                9,
                10,
                99,
                100,
                123_456_789,
                -1,
                -100,
                i64::MAX,
                i64::MIN,
            ] {
                values.push(Decimal::new(mantissa, scale));
            }
        }
        for value in values {
            let mut ours = String::new();
            push_decimal(&mut ours, value);
            assert_eq!(ours, value.to_string(), "{value:?}");
            assert_eq!(decimal_text(value), value.to_string());
        }
        for n in [
            0i128,
            7,
            -7,
            1_000_000,
            i128::from(i64::MIN),
            i128::MAX,
            i128::MIN,
        ] {
            assert_eq!(int_text(n), n.to_string());
        }
    }

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

    /// The digits of every `u32` around each power of ten (where the pairs change), at the
    /// ends, and of `i64`s past `u32`, as `Display` prints them.
    #[test]
    fn push_int_prints_what_display_prints() {
        let mut values: Vec<u64> = vec![0, u64::from(u32::MAX), u64::from(u32::MAX) + 1, u64::MAX];
        let mut power: u64 = 1;
        while power <= 10_000_000_000_000_000_000 {
            for delta in 0..3 {
                values.push(power.saturating_add(delta));
                values.push(power.saturating_sub(delta));
            }
            values.push(power.saturating_mul(7).saturating_add(42));
            power = power.saturating_mul(10);
        }
        for n in values {
            let mut out = String::new();
            push_u64(&mut out, n);
            assert_eq!(out, n.to_string());
            if let Ok(small) = u32::try_from(n) {
                let mut out = String::new();
                push_u32(&mut out, small);
                assert_eq!(out, small.to_string());
            }
            if let Ok(signed) = i64::try_from(n) {
                for value in [signed, -signed] {
                    let mut out = String::new();
                    push_int(&mut out, value);
                    assert_eq!(out, value.to_string());
                }
            }
        }
        let mut out = String::new();
        push_int(&mut out, i64::MIN);
        assert_eq!(out, i64::MIN.to_string());
        for n in (0..=u32::MAX).step_by(9_973).chain(0..100_000) {
            out.clear();
            push_u32(&mut out, n);
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
        // Not-a-number and the infinities as JavaScript writes them.
        for (bad, shown) in [
            (f64::NAN, "NaN"),
            (f64::INFINITY, "Infinity"),
            (f64::NEG_INFINITY, "-Infinity"),
        ] {
            assert_eq!(
                Money::from_f64(bad).map_err(|e| e.message().to_owned()),
                Err(format!("amount must be a finite number, got {shown}"))
            );
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
    fn amounts_print_what_their_decimal_prints() {
        let mut ores = vec![
            0,
            1,
            -1,
            5,
            -5,
            99,
            100,
            -100,
            101,
            1_000,
            123_456,
            -350,
            100_000_000_000_000,
            99_999_999_999,
            100_000_000_000,
            -100_000_000_000,
            1_000_000_000_000_000_000,
            i64::MAX,
            i64::MIN,
            i64::MIN + 1,
        ];
        let mut x: i64 = 7;
        for _ in 0..2_000 {
            x = x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            ores.push(x);
            ores.push(x.wrapping_rem(1_000_000));
        }
        for ore in ores {
            let money = Money::from_ore(ore);
            let expected = fixed2(Decimal::new(ore, 2));
            assert_eq!(money.to_fixed(), expected, "{ore}");
            assert_eq!(money.to_string(), expected, "{ore}");
            assert_eq!(format!("{money:?}"), format!("Money({expected})"));
            assert_eq!(money.decimal(), Decimal::new(ore, 2));
            assert_eq!(money.decimal().scale(), 2);
            assert_eq!(Money::from_decimal(money.decimal()), Ok(money));
            assert_eq!(Money::round(money.decimal()), money);
            assert_eq!(money.ore(), ore);
        }
    }

    #[test]
    fn decimals_beyond_the_range_of_money() {
        let big = Decimal::new(i64::MAX, 0);
        let err = Money::from_decimal(big).expect_err("beyond");
        assert_eq!(err.code(), ErrorCode::AmountOutOfRange);
        assert_eq!(Money::checked_round(big), None);
        assert_eq!(Money::round(big), Money::from_ore(i64::MAX));
        assert_eq!(Money::round(-big), Money::from_ore(i64::MIN));
        let edge = Decimal::new(i64::MAX, 2);
        assert_eq!(Money::from_decimal(edge), Ok(Money::from_ore(i64::MAX)));
        assert_eq!(
            Money::checked_round(Decimal::from_i128_with_scale(92_233_720_368_547_758_074, 3)),
            Some(Money::from_ore(i64::MAX))
        );
        assert_eq!(
            Money::checked_round(Decimal::from_i128_with_scale(92_233_720_368_547_758_075, 3)),
            None
        );
        assert_eq!(Money::kr(i64::MAX), Money::from_ore(i64::MAX));
        assert_eq!(
            Money::from_ore(i64::MAX).checked_add(Money::from_ore(1)),
            Err(Error::overflow("a sum of amounts"))
        );
        assert_eq!(
            Money::from_ore(i64::MIN).checked_sub(Money::from_ore(1)),
            Err(Error::overflow("a difference of amounts"))
        );
        assert_eq!(
            Money::from_ore(i64::MIN).saturating_sub_to_zero(Money::from_ore(1)),
            Money::ZERO
        );
    }

    #[test]
    fn constants() {
        assert_eq!(MAX_INPUT_AMOUNT, Decimal::new(1_000_000_000_000, 0));
        assert_eq!(Money::from_decimal(MAX_INPUT_AMOUNT), Ok(MAX_INPUT));
        assert_eq!(Money::kr(60).to_fixed(), "60.00");
        assert_eq!(Money::kr(-450).to_fixed(), "-450.00");
    }
}
