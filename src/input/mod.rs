//! Inputs as they arrive from JSON or JavaScript: loose shapes (`"12500.00"` or `12500`,
//! `"2025-03-14"`) read with any serde deserializer ([`read`]), or from the JS wrapper's text by
//! the hand-written [`reader`] (what the wasm module reads every argument with: the same
//! fields, codes, paths and messages), then checked and turned into the typed [`Claim`] with
//! errors that carry a code and the path of the offending field.
//!
//! Every input type denies unknown fields, so a typo (`dueDte`) fails loudly with
//! `UNKNOWN_FIELD` instead of being ignored. An optional field given `null` is the field left
//! out (its default); a required one given `null` is `INVALID_TYPE`. Amounts are decimal
//! strings; finite numbers with at most two decimals are accepted too and converted exactly
//! through their shortest decimal form.
//!
//! ```
//! use inkasso::input::{read, ClaimInput};
//!
//! let json = r#"{"debtor":"consumer","invoices":[{"number":"1","amount":"100.5","issueDate":"2025-01-01"}]}"#;
//! let mut de = serde_json::Deserializer::from_str(json);
//! let claim = read::<ClaimInput, _>(&mut de)?.into_claim()?;
//! assert_eq!(claim.invoices[0].amount.to_string(), "100.50");
//!
//! let typo = r#"{"debtor":"consumer","invoices":[{"number":"1","amount":"1","issueDate":"2025-01-01","dueDte":"2025-02-01"}]}"#;
//! let err = read::<ClaimInput, _>(&mut serde_json::Deserializer::from_str(typo)).unwrap_err();
//! assert_eq!(err.code().as_str(), "UNKNOWN_FIELD");
//! assert_eq!(err.field(), Some("invoices[0].dueDte"));
//! # Ok::<(), inkasso::Error>(())
//! ```

pub mod options;
pub mod plan;
pub mod policy;
pub mod quick;
pub mod reader;

use core::fmt;
use std::borrow::Cow;

use rust_decimal::Decimal;
use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;
use time::Date;

use crate::calendar::parse_date;
use crate::claim::{
    Claim, ContractRate, CreditNote, DayCount, DebtorKind, Invoice, Payment, Step, StepKind,
};
use crate::error::{item_path, Error, ErrorCode, Result};
use crate::money::Money;
use crate::rates::{parse_percent_of, HalfYear, PercentOf, RateRow, RateStatus, RateTable};
use crate::statement::{Detail, StatementOptions};
use reader::WrittenNumber;

/// Reads a `T` from any serde deserializer, turning serde's errors into [`Error`]s with a code
/// (`UNKNOWN_FIELD`, `MISSING_FIELD`, `UNKNOWN_VARIANT`, `INVALID_TYPE`) and the field path.
///
/// It takes what serde's derive takes: also a JSON array of a struct's fields in their order
/// (`["consumer", true, …]` as a claim), and, from a `serde_json::Deserializer` over text, a
/// value followed by more text unless the caller checks the end (`Deserializer::end`). The JS
/// API refuses both: to read JSON text exactly as it does (the same codes, paths and
/// messages), use [`reader::read_text`] (a Rust user's review).
pub fn read<'de, T, D>(deserializer: D) -> Result<T>
where
    T: Deserialize<'de>,
    D: Deserializer<'de>,
    D::Error: fmt::Display,
{
    serde_path_to_error::deserialize(deserializer).map_err(|e| {
        let path = e.path().to_string();
        from_serde_message(&e.into_inner().to_string(), &path)
    })
}

/// Classifies a serde error message at `path` (as printed by `serde_path_to_error`).
#[doc(hidden)]
pub fn from_serde_message(message: &str, path: &str) -> Error {
    // serde_json appends the position; the path says more.
    let message = match message.rfind(" at line ") {
        Some(at) => message.get(..at).unwrap_or(message),
        None => message,
    };
    let friendly = match plain_serde_syntax(message) {
        Some(plain) => plain.to_owned(),
        None => js_friendly(message),
    };
    let message = friendly.as_str();
    // `?` is a key serde_path_to_error could not name (one that failed to read): the error is
    // at the object holding it.
    let path = if path == "." || path == "?" {
        String::new()
    } else {
        path.strip_suffix(".?").unwrap_or(path).to_owned()
    };
    let quoted = quoted_name(message).to_owned();
    let join = |base: &str, name: &str| {
        let mut joined = base.to_owned();
        crate::error::push_key(&mut joined, name);
        joined
    };
    let (code, field) = if message.starts_with("unknown field") {
        // The path may already end in the unknown key (as serde_path_to_error writes it,
        // unescaped); don't repeat it.
        let ends_with_key =
            !quoted.is_empty() && (path == quoted || path.ends_with(&format!(".{quoted}")));
        let field = if ends_with_key {
            let base = path
                .get(..path.len().saturating_sub(quoted.len()))
                .unwrap_or_default()
                .trim_end_matches('.');
            join(base, &quoted)
        } else {
            // An empty key ends serde_path_to_error's path in a bare `.`.
            join(path.strip_suffix('.').unwrap_or(&path), &quoted)
        };
        (ErrorCode::UnknownField, field)
    } else if message.starts_with("missing field") {
        (ErrorCode::MissingField, join(&path, &quoted))
    } else if message.starts_with("unknown variant") {
        (ErrorCode::UnknownVariant, path)
    } else {
        (ErrorCode::InvalidType, path)
    };
    // The names the message lists as expected (before any hint adds a name of its own).
    let names = message
        .split_once(", expected ")
        .map(|(_, rest)| rest.to_owned());
    let mut message = message.to_owned();
    // The claim's unknown field named like an option: where it goes, as the JS API's reader
    // says it (reader::push_option_hint); and the name most likely meant
    // (reader::push_likely_meant).
    if code == ErrorCode::UnknownField && message.contains("`invoices`") {
        reader::push_option_hint(&mut message, &quoted);
    }
    if let (ErrorCode::UnknownField | ErrorCode::UnknownVariant, Some(names)) = (code, &names) {
        let expected = names.split('`').skip(1).step_by(2);
        reader::push_likely_meant(&mut message, &quoted, expected);
    }
    let error = Error::new(code, message);
    with_text_hint(if field.is_empty() {
        error
    } else {
        error.at(field)
    })
}

/// A number where text is wanted, at a field whose text a JavaScript caller may well have
/// written as a number (an invoice number, a date as `20250101`): the message says how to
/// write it (a review of quotes, stop 69, found `invoice: 1` refused with no hint). The
/// reader and [`read`] both end with it, so their messages stay the same.
#[doc(hidden)]
pub fn with_text_hint(error: Error) -> Error {
    let number_for_text = error.code() == ErrorCode::InvalidType
        && error.message().starts_with("invalid type: the number `")
        && error.message().ends_with(", expected a string");
    if !number_for_text {
        return error;
    }
    let name = error
        .field()
        .and_then(|f| f.rsplit('.').next())
        .unwrap_or_default();
    let hint = match name {
        "number" | "invoice" => " (an invoice number is text: write it in quotes, `\"1\"`)",
        "date" | "asOf" | "today" | "horizon" | "withdrawn" | "ended" | "from" => DATE_HINT,
        n if n.ends_with("Date") || n.starts_with("dates[") => DATE_HINT,
        _ => return error,
    };
    error.with_message_suffix(hint)
}

const DATE_HINT: &str = " (a date is text: `\"2025-03-14\"`)";

/// The field name an `unknown field` or `missing field` message quotes, whole even when it
/// holds a backtick (`` unknown field `a`b`, expected … `` names `` a`b ``).
fn quoted_name(message: &str) -> &str {
    let Some(rest) = message
        .strip_prefix("unknown field `")
        .or_else(|| message.strip_prefix("missing field `"))
    else {
        return message.split('`').nth(1).unwrap_or_default();
    };
    let end = rest
        .rfind("`, expected ")
        .or_else(|| rest.rfind("`, there are no fields"))
        .or_else(|| rest.rfind('`'))
        .unwrap_or(rest.len());
    rest.get(..end).unwrap_or(rest)
}

/// serde's wording in terms a JSON or JavaScript user knows: `struct ClaimInput` → `an
/// object`, `sequence` → `an array`, `unit value` → `null`.
fn js_friendly(message: &str) -> String {
    plain_words(message)
}

/// serde's messages in JS words: no Rust type names (`struct ClaimInput`, `enum DayCount`,
/// `i64`, `a sequence`, `floating point`, `unit value`), so that [`read`] says what
/// [`reader`] says.
#[doc(hidden)]
pub fn plain_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut words = text.split(' ');
    let mut first = true;
    while let Some(word) = words.next() {
        if !first {
            out.push(' ');
        }
        first = false;
        let core = word.trim_end_matches([',', '.', ')', ':']);
        let tail = word.get(core.len()..).unwrap_or("");
        let replacement = match core {
            "struct" | "enum" => {
                // The type's name follows: drop it, keep its punctuation.
                let name = words.next().unwrap_or("");
                let name_core = name.trim_end_matches([',', '.', ')', ':']);
                match (core, reader::names_of_enum(name_core)) {
                    ("struct", _) => out.push_str("an object"),
                    (_, Some(names)) => out.push_str(&reader::one_of(names)),
                    (_, None) => out.push_str("one of its names"),
                }
                out.push_str(name.get(name_core.len()..).unwrap_or(""));
                continue;
            }
            "i8" | "i16" | "i32" | "i64" | "i128" | "u8" | "u16" | "u32" | "u64" | "u128"
            | "isize" | "usize" => "a whole number",
            "f32" | "f64" => "a number",
            other => other,
        };
        out.push_str(replacement);
        out.push_str(tail);
    }
    let out = out
        .replace("a sequence", "an array")
        .replace("invalid type: sequence", "invalid type: an array")
        .replace("invalid type: map", "invalid type: an object")
        .replace("floating point `", "the number `")
        .replace("integer `", "the number `")
        .replace("unit value", "null");
    js_numbers(&out)
}

/// Each `` the number `…` `` of serde's wording with the number as JavaScript writes it
/// (serde prints an `f64` as `5.0`, `100000000000000000000.0`, `inf`; JS as `5`,
/// `100000000000000000000`, `Infinity`), as [`reader`] shows it.
fn js_numbers(text: &str) -> String {
    const MARK: &str = "the number `";
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(MARK) {
        let (before, after) = rest.split_at(at);
        let after = after.get(MARK.len()..).unwrap_or_default();
        out.push_str(before);
        out.push_str(MARK);
        let end = after.find('`').unwrap_or(after.len());
        let (number, tail) = after.split_at(end);
        match number {
            "inf" => out.push_str("Infinity"),
            "-inf" => out.push_str("-Infinity"),
            _ => out.push_str(&WrittenNumber::new(number).described()),
        }
        rest = tail;
    }
    out.push_str(rest);
    out
}

/// serde's words in plain language where the word-by-word [`plain_words`] would not do:
/// serde_json's for a `\u` escape of a lone UTF-16 surrogate (a string that is not Unicode
/// text: the reader's words, which also name the surrogate), and the derive's for an array
/// too short to be read as a struct.
fn plain_serde_syntax(message: &str) -> Option<&'static str> {
    // serde's derive reads an array as a struct's fields in their order: one that ends before a
    // required field is `invalid length N, expected struct X with M elements` (N the index of
    // the field missing, not the array's length).
    if message.starts_with("invalid length ") && message.contains(", expected struct ") {
        return Some(
            "expected an object, found an array (an array is read as the object's fields in \
             their order, and this one ends before a required field)",
        );
    }
    match message {
        "lone leading surrogate in hex escape" | "unexpected end of hex escape" => {
            Some("the text is not valid Unicode (it contains a lone surrogate)")
        }
        _ => None,
    }
}

/// An amount or percentage as given: a decimal string or a number.
#[derive(Debug, Clone, PartialEq)]
pub enum NumberInput {
    /// A string such as `"12500.00"`.
    Text(String),
    /// An integer such as `12500`.
    Integer(i128),
    /// Any other number, in the shortest decimal digits that read back to it, written without
    /// an exponent (`12500.5`, `0.1`, `1000000000000000000000`, `-0`), or `NaN`, `Infinity`,
    /// `-Infinity`: how [`reader`] keeps a number JS wrote that is not an integer within
    /// ±(2^53 − 1), and how a serde deserializer's `f64` is kept ([`NumberInput::from_f64`]).
    /// It is read from its decimal digits, exactly: no floating point is involved.
    Written(String),
}

impl NumberInput {
    /// A floating-point number as JS writes it ([`NumberInput::Written`]): `NaN`,
    /// `Infinity`, `-Infinity`, else its shortest decimal digits (`-0` for negative zero).
    pub fn from_f64(value: f64) -> NumberInput {
        NumberInput::Written(if value.is_nan() {
            "NaN".to_owned()
        } else if value.is_infinite() {
            if value > 0.0 { "Infinity" } else { "-Infinity" }.to_owned()
        } else {
            // Rust prints an f64's shortest round-trip digits, without an exponent.
            format!("{value}")
        })
    }

    /// As an amount of money (strict: at most two decimals, no exponent).
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn to_money(&self) -> Result<Money> {
        match self {
            NumberInput::Text(text) => Money::parse(text),
            NumberInput::Written(text) => {
                let number = WrittenNumber::new(text);
                if number.is_finite() {
                    Money::parse(&number.display()).map_err(|e| {
                        // A JS number with öre and a float's tail (0.1 + 0.2): said how to
                        // round it (an error-message review).
                        if e.message().starts_with("more than two decimals") {
                            Error::new(
                                e.code(),
                                format!(
                                    "{}: a JS number from arithmetic (0.1 + 0.2)? Round it to öre first, Math.round(x * 100) / 100, or pass the amount as a string",
                                    e.message()
                                ),
                            )
                        } else {
                            e
                        }
                    })
                } else {
                    Err(Error::new(
                        ErrorCode::InvalidAmount,
                        format!("amount must be a finite number, got {}", number.described()),
                    ))
                }
            }
            NumberInput::Integer(value) => {
                let kronor = i64::try_from(*value)
                    .map_err(|_| Error::new(ErrorCode::AmountOutOfRange, "amount too large"))?;
                match kronor.checked_mul(100) {
                    Some(ore) => Ok(Money::from_ore(ore)),
                    // Whole kronor beyond the range of `Money` (±9.2 × 10^16 kr), far outside
                    // 0 … 10^12 kr: refused here with the error the claim's check gives.
                    None => Err(crate::claim::amount_out_of_range(
                        &format_args!("{kronor}.00"),
                        kronor > 0,
                    )),
                }
            }
        }
    }

    /// A whole number of days within 0 … [`crate::policy::MAX_DAYS`] (`INVALID_DAYS` otherwise,
    /// the number shown as JavaScript writes it; `-0` is 0; `INVALID_TYPE` for text).
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn to_days(&self) -> Result<u32> {
        let max = crate::policy::MAX_DAYS;
        let out_of_range = crate::claim::days_out_of_range;
        match self {
            NumberInput::Integer(v) => u32::try_from(*v)
                .ok()
                .filter(|d| *d <= max)
                .ok_or_else(|| out_of_range(&crate::money::int_text(*v))),
            NumberInput::Written(text) => {
                let number = WrittenNumber::new(text);
                number
                    .whole()
                    .and_then(|days| days.within(max))
                    .ok_or_else(|| out_of_range(&number.described()))
            }
            NumberInput::Text(_) => Err(Error::new(
                ErrorCode::InvalidType,
                format!("invalid type: a string, expected {DAYS_EXPECTED}"),
            )),
        }
    }

    /// As a percentage (strict: at most two decimals, within −100 … 100).
    pub fn to_percent(&self) -> Result<Decimal> {
        self.to_percent_of(PercentOf::ReferenceRate)
    }

    /// As a percentage of kind `of` (strict: at most two decimals, within its range).
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn to_percent_of(&self, of: PercentOf) -> Result<Decimal> {
        match self {
            NumberInput::Text(text) => parse_percent_of(text, of),
            NumberInput::Integer(value) => parse_percent_of(&crate::money::int_text(*value), of),
            NumberInput::Written(text) => {
                let number = WrittenNumber::new(text);
                if number.is_finite() {
                    parse_percent_of(&number.display(), of)
                } else {
                    Err(Error::new(
                        ErrorCode::InvalidRate,
                        format!("a rate must be a finite number, got {}", number.described()),
                    ))
                }
            }
        }
    }
}

/// A whole number as given (days, counts): any number JS writes without a fraction, whatever
/// its size, so that a number out of range is refused by the field's own range check (one code
/// and message for every number beyond it, negative or huge) rather than by the width of an
/// integer type. `-0` reads as 0 (`JSON.stringify(-0)` is `0`); a fraction, `NaN`, an infinity
/// or a string is `INVALID_TYPE` (`invalid type: the number `2.5`, expected a whole number`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WholeInput {
    /// A whole number JS holds exactly: within ±(2^53 − 1).
    Exact(i64),
    /// A whole number beyond, as JavaScript writes it (`9007199254740992`, `1e+21`, `-1e+300`).
    Beyond(String),
}

impl WholeInput {
    /// The number when it is within `0 ..= max`.
    pub fn within(&self, max: u32) -> Option<u32> {
        match self {
            WholeInput::Exact(value) => u32::try_from(*value).ok().filter(|v| *v <= max),
            WholeInput::Beyond(_) => None,
        }
    }

    /// True for a number below zero.
    pub fn is_negative(&self) -> bool {
        match self {
            WholeInput::Exact(value) => *value < 0,
            WholeInput::Beyond(text) => text.starts_with('-'),
        }
    }
}

impl fmt::Display for WholeInput {
    /// As JavaScript writes the number (`5`, `-1`, `1e+21`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WholeInput::Exact(value) => write!(f, "{value}"),
            WholeInput::Beyond(text) => f.write_str(text),
        }
    }
}

impl<'de> Deserialize<'de> for WholeInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> core::result::Result<Self, D::Error> {
        struct WholeVisitor;
        impl WholeVisitor {
            /// A number given by its decimal text, read as the reader reads the same text.
            fn of<E: de::Error>(
                text: &str,
                unexpected: de::Unexpected<'_>,
            ) -> core::result::Result<WholeInput, E> {
                WrittenNumber::new(text)
                    .whole()
                    .ok_or_else(|| E::invalid_type(unexpected, &WholeVisitor))
            }
        }
        impl Visitor<'_> for WholeVisitor {
            type Value = WholeInput;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a whole number")
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> core::result::Result<WholeInput, E> {
                Self::of(&v.to_string(), de::Unexpected::Signed(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> core::result::Result<WholeInput, E> {
                Self::of(&v.to_string(), de::Unexpected::Unsigned(v))
            }
            fn visit_i128<E: de::Error>(self, v: i128) -> core::result::Result<WholeInput, E> {
                Self::of(&v.to_string(), de::Unexpected::Other("a number"))
            }
            fn visit_u128<E: de::Error>(self, v: u128) -> core::result::Result<WholeInput, E> {
                Self::of(&v.to_string(), de::Unexpected::Other("a number"))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> core::result::Result<WholeInput, E> {
                // Rust prints an f64's shortest digits without an exponent (`-0`, `inf`, `NaN`:
                // not whole).
                Self::of(&format!("{v}"), de::Unexpected::Float(v))
            }
        }
        deserializer.deserialize_any(WholeVisitor)
    }
}

/// What a number field expects, as its `INVALID_TYPE` message says it.
const NUMBER_EXPECTED: &str = "a finite number or a string holding one";
/// What a days field expects: a string is refused too ([`NumberInput::to_days`]).
const DAYS_EXPECTED: &str = "a whole number of days";

/// Reads a [`NumberInput`]; `expected` names the field's values in an `INVALID_TYPE` message.
struct NumberVisitor(&'static str);

impl Visitor<'_> for NumberVisitor {
    type Value = NumberInput;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> core::result::Result<NumberInput, E> {
        Ok(NumberInput::Text(v.to_owned()))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> core::result::Result<NumberInput, E> {
        Ok(NumberInput::from_f64(v))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> core::result::Result<NumberInput, E> {
        Ok(NumberInput::Integer(i128::from(v)))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> core::result::Result<NumberInput, E> {
        Ok(NumberInput::Integer(i128::from(v)))
    }
    fn visit_i128<E: de::Error>(self, v: i128) -> core::result::Result<NumberInput, E> {
        Ok(NumberInput::Integer(v))
    }
}

impl<'de> Deserialize<'de> for NumberInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> core::result::Result<Self, D::Error> {
        deserializer.deserialize_any(NumberVisitor(NUMBER_EXPECTED))
    }
}

/// A number of days as given (a payment term): read as a [`NumberInput`], so that its range
/// and type are checked where the field is used ([`DaysInput::to_days`]), but any value that
/// is neither a number nor a string is refused as "expected a whole number of days", not as an
/// amount's "a finite number or a string holding one" (a string is refused too).
#[derive(Debug, Clone, PartialEq)]
pub struct DaysInput(pub NumberInput);

impl DaysInput {
    /// [`NumberInput::to_days`].
    pub fn to_days(&self) -> Result<u32> {
        self.0.to_days()
    }
}

impl<'de> Deserialize<'de> for DaysInput {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> core::result::Result<Self, D::Error> {
        deserializer
            .deserialize_any(NumberVisitor(DAYS_EXPECTED))
            .map(DaysInput)
    }
}

/// An optional field given `null` is absent: its default (`false`, no items, the default
/// detail), as the text reader reads every optional field ([`reader::Presence::Optional`]).
/// Any other value is read as the field's type reads it.
pub(crate) fn null_as_default<'de, D, T>(deserializer: D) -> core::result::Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

/// One invoice as given.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct InvoiceInput {
    /// Invoice number, unique in the claim.
    pub number: String,
    /// The capital.
    pub amount: NumberInput,
    /// `YYYY-MM-DD`.
    pub issue_date: String,
    /// `YYYY-MM-DD`; absent: due 30 days after the issue date (räntelagen 4 §; one month for an
    /// invoice dated before 2002-07-01).
    #[serde(default)]
    pub due_date: Option<String>,
    /// An agreed dröjsmålsränta for this invoice in percent (fixed), replacing the claim's.
    #[serde(default)]
    pub agreed_rate: Option<NumberInput>,
    /// An agreed margin over the referensränta for this invoice, in percentage points.
    #[serde(default)]
    pub agreed_margin: Option<NumberInput>,
    /// The rate the debt carried when it fell due, in percent (räntelagen 7 §: it runs on, at
    /// least referensränta + 8).
    #[serde(default)]
    pub rate_at_due_date: Option<NumberInput>,
    /// What the invoice is for (the basis of the claim an inkassokrav states).
    #[serde(default)]
    pub description: Option<String>,
}

/// One step as given.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StepInput {
    /// A [`StepKind`] name: `reminder`, `collectionDemand`, `finalNotice`, `paymentPlan`,
    /// `paymentOrder`, `enforcement`, `dispute`, `courtAction`, `judgment` or `surveillance`.
    pub kind: StepKind,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// The payment term the letter gave, in whole days (0 … 3650).
    #[serde(default)]
    pub payment_term_days: Option<DaysInput>,
    /// `false`: the step claimed no fee.
    #[serde(default)]
    pub fee: Option<bool>,
    /// Costs where no statute fixes them (a judgment's litigation costs; a court fee that
    /// differs from the table).
    #[serde(default)]
    pub costs: Option<NumberInput>,
    /// `true`: an `enforcement` that is a further year of the verkställighet under way.
    #[serde(default)]
    pub further_year: Option<bool>,
    /// `YYYY-MM-DD`: the day a `dispute` was withdrawn ([`Step::withdrawn`]).
    #[serde(default)]
    pub withdrawn: Option<String>,
    /// `YYYY-MM-DD`: the day a `paymentPlan` ended ([`Step::ended`]).
    #[serde(default)]
    pub ended: Option<String>,
    /// `true`: a `dispute` the creditor judged groundless ([`Step::groundless`]).
    #[serde(default)]
    pub groundless: Option<bool>,
}

/// One credit note as given.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct CreditInput {
    /// The number of the invoice it credits.
    pub invoice: String,
    /// `YYYY-MM-DD`: the day it takes effect.
    pub date: String,
    /// The capital it cancels.
    pub amount: NumberInput,
}

/// One payment as given.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PaymentInput {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// The amount paid.
    pub amount: NumberInput,
    /// The number of the invoice the debtor paid it for ([`crate::claim::Payment::invoice`]).
    #[serde(default)]
    pub invoice: Option<String>,
}

/// A claim as given (the JSON shape of `shared/cases`, without `asOf`).
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ClaimInput {
    /// `consumer`, `business` or `public`.
    pub debtor: DebtorKind,
    /// Reminder fee agreed when the debt arose. Default `false`.
    #[serde(default, deserialize_with = "crate::input::null_as_default")]
    pub reminder_fee_agreed: bool,
    /// Claim förseningsersättning (business/public debtors). Default `true`.
    #[serde(default)]
    pub late_fee: Option<bool>,
    /// `actual/actual` (default), `actual/365` or `30/360`.
    #[serde(default)]
    pub day_count: Option<DayCount>,
    /// Move due dates, and an instalment plan's dates, off weekends and holidays. Default
    /// `true`.
    #[serde(default)]
    pub shift_due_date: Option<bool>,
    /// An agreed dröjsmålsränta in percent, replacing referensränta + 8.
    #[serde(default)]
    pub agreed_rate: Option<NumberInput>,
    /// An agreed margin over the referensränta in percentage points, replacing the 8 of
    /// räntelagen 6 § ("referensränta + 10 procentenheter": `10`).
    #[serde(default)]
    pub agreed_margin: Option<NumberInput>,
    /// The invoices.
    pub invoices: Vec<InvoiceInput>,
    /// Steps taken.
    #[serde(default, deserialize_with = "crate::input::null_as_default")]
    pub steps: Vec<StepInput>,
    /// Payments made.
    #[serde(default, deserialize_with = "crate::input::null_as_default")]
    pub payments: Vec<PaymentInput>,
    /// Credit notes (kreditfakturor): each reduces one invoice's capital from its date.
    #[serde(default, deserialize_with = "crate::input::null_as_default")]
    pub credits: Vec<CreditInput>,
}

fn date_at(text: &str, path: impl FnOnce() -> String) -> Result<Date> {
    parse_date(text).map_err(|e| e.at(path()))
}

#[cfg_attr(inkasso_size, optimize(size))]
fn check_len(len: usize, max: usize, field: &str) -> Result<()> {
    if len > max {
        return Err(Error::new(
            ErrorCode::TooManyItems,
            format!("{len} {field}: at most {max} are accepted"),
        )
        .at(field));
    }
    Ok(())
}

impl ClaimInput {
    /// Checks every field and builds the typed claim; then runs [`Claim::validate`].
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn into_claim(self) -> Result<Claim> {
        // Cheap limits first, so hostile sizes are refused before any parsing.
        check_len(self.invoices.len(), crate::claim::MAX_INVOICES, "invoices")?;
        check_len(self.payments.len(), crate::claim::MAX_PAYMENTS, "payments")?;
        check_len(self.steps.len(), crate::claim::MAX_STEPS, "steps")?;
        let mut invoices = Vec::with_capacity(self.invoices.len());
        for (i, inv) in self.invoices.into_iter().enumerate() {
            let at = |f: &str| item_path("invoices", i, f);
            let amount = inv.amount.to_money().map_err(|e| e.at(at("amount")))?;
            let issue_date = date_at(&inv.issue_date, || at("issueDate"))?;
            let due_date = match &inv.due_date {
                Some(text) => Some(date_at(text, || at("dueDate"))?),
                None => None,
            };
            let rate = match (&inv.agreed_rate, &inv.agreed_margin, &inv.rate_at_due_date) {
                (Some(_), Some(_), _) => {
                    return Err(Error::new(
                        ErrorCode::InvalidRate,
                        "give either an agreed rate or an agreed margin, not both",
                    )
                    .at(at("agreedMargin")))
                }
                (Some(_), None, Some(_)) | (None, Some(_), Some(_)) => {
                    return Err(Error::new(
                        ErrorCode::InvalidRate,
                        "give only one of an agreed rate, an agreed margin and the rate at the due date",
                    )
                    .at(at("rateAtDueDate")))
                }
                (Some(rate), None, None) => Some(ContractRate::Fixed(
                    rate.to_percent_of(PercentOf::AgreedRate)
                        .map_err(|e| e.at(at("agreedRate")))?,
                )),
                (None, Some(margin), None) => Some(ContractRate::Margin(
                    margin
                        .to_percent_of(PercentOf::AgreedMargin)
                        .map_err(|e| e.at(at("agreedMargin")))?,
                )),
                (None, None, Some(rate)) => Some(ContractRate::AtDueDate(
                    rate.to_percent_of(PercentOf::RateAtDueDate)
                        .map_err(|e| e.at(at("rateAtDueDate")))?,
                )),
                (None, None, None) => None,
            };
            invoices.push(Invoice {
                number: inv.number,
                amount,
                issue_date,
                due_date,
                rate,
                description: inv.description,
            });
        }
        let mut steps = Vec::with_capacity(self.steps.len());
        for (i, step) in self.steps.into_iter().enumerate() {
            let date = date_at(&step.date, || item_path("steps", i, "date"))?;
            let payment_term_days = match &step.payment_term_days {
                Some(days) => Some(
                    days.to_days()
                        .map_err(|e| e.at(item_path("steps", i, "paymentTermDays")))?,
                ),
                None => None,
            };
            let costs = match &step.costs {
                Some(c) => Some(
                    c.to_money()
                        .map_err(|e| e.at(item_path("steps", i, "costs")))?,
                ),
                None => None,
            };
            let withdrawn = match &step.withdrawn {
                Some(text) => Some(date_at(text, || item_path("steps", i, "withdrawn"))?),
                None => None,
            };
            let ended = match &step.ended {
                Some(text) => Some(date_at(text, || item_path("steps", i, "ended"))?),
                None => None,
            };
            steps.push(Step {
                kind: step.kind,
                date,
                payment_term_days,
                fee: step.fee,
                costs,
                further_year: step.further_year.unwrap_or(false),
                withdrawn,
                ended,
                groundless: step.groundless.unwrap_or(false),
            });
        }
        let mut payments = Vec::with_capacity(self.payments.len());
        for (i, p) in self.payments.into_iter().enumerate() {
            let date = date_at(&p.date, || item_path("payments", i, "date"))?;
            let amount = p
                .amount
                .to_money()
                .map_err(|e| e.at(item_path("payments", i, "amount")))?;
            payments.push(Payment {
                date,
                amount,
                invoice: p.invoice,
            });
        }
        let agreed_rate = match &self.agreed_rate {
            Some(rate) => Some(
                rate.to_percent_of(PercentOf::AgreedRate)
                    .map_err(|e| e.at("agreedRate"))?,
            ),
            None => None,
        };
        check_len(self.credits.len(), crate::claim::MAX_PAYMENTS, "credits")?;
        let mut credits = Vec::with_capacity(self.credits.len());
        for (i, c) in self.credits.into_iter().enumerate() {
            let date = date_at(&c.date, || item_path("credits", i, "date"))?;
            let amount = c
                .amount
                .to_money()
                .map_err(|e| e.at(item_path("credits", i, "amount")))?;
            credits.push(CreditNote {
                invoice: c.invoice,
                date,
                amount,
            });
        }
        let agreed_margin = match &self.agreed_margin {
            Some(margin) => Some(
                margin
                    .to_percent_of(PercentOf::AgreedMargin)
                    .map_err(|e| e.at("agreedMargin"))?,
            ),
            None => None,
        };
        let claim = Claim {
            debtor: self.debtor,
            reminder_fee_agreed: self.reminder_fee_agreed,
            late_fee: self.late_fee.unwrap_or(true),
            day_count: self.day_count.unwrap_or_default(),
            shift_due_date: self.shift_due_date.unwrap_or(true),
            agreed_rate,
            agreed_margin,
            invoices,
            steps,
            payments,
            credits,
        };
        claim.validate()?;
        Ok(claim)
    }
}

/// One caller-supplied half-year of referensränta. A row of the JS API's `referenceRates()`
/// (the JSON of a [`crate::rates::RateTable`] row as that function writes it) is taken as it
/// is (its `referenceRate` for `percent`; its `to`, `halfYear` and `latePaymentRate` checked
/// against the row), so a table read out can be passed back with a row added or changed.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RateRowInput {
    /// The first day of the half-year: `YYYY-01-01` or `YYYY-07-01`.
    pub from: String,
    /// The referensränta in percent (or give it as `reference_rate`, not both).
    #[serde(default)]
    pub percent: Option<NumberInput>,
    /// The referensränta in percent as `referenceRates()` names it: the same as `percent`.
    #[serde(default)]
    pub reference_rate: Option<NumberInput>,
    /// The half-year's last day, as `referenceRates()` gives it: checked, not needed.
    #[serde(default)]
    pub to: Option<String>,
    /// The half-year (`2027-H1`), as `referenceRates()` gives it: checked, not needed.
    #[serde(default)]
    pub half_year: Option<String>,
    /// The dröjsmålsränta of the row (referensränta + 8), as `referenceRates()` gives it:
    /// checked, not needed.
    #[serde(default)]
    pub late_payment_rate: Option<NumberInput>,
    /// `confirmed` (default), `derived`, `provisional` or `assumed`.
    #[serde(default)]
    pub status: Option<RateStatus>,
    /// Where the value comes from. Default `"caller"`.
    #[serde(default)]
    pub source: Option<String>,
}

impl RateRowInput {
    /// The typed row; `path` names it in errors.
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn into_row(self, path: &str) -> Result<RateRow> {
        let from = date_at(&self.from, || format!("{path}.from"))?;
        let half_year = HalfYear::of(from);
        if half_year.start()? != from {
            return Err(Error::new(
                ErrorCode::InvalidRateTable,
                format!("a half-year starts on 1 January or 1 July, not {from}"),
            )
            .at(format!("{path}.from")));
        }
        let (given, name) = match (&self.percent, &self.reference_rate) {
            (Some(percent), None) => (percent, "percent"),
            (None, Some(reference)) => (reference, "referenceRate"),
            (Some(_), Some(_)) => {
                return Err(Error::new(
                    ErrorCode::InvalidRateTable,
                    "give the referensränta once: `percent` or `referenceRate`, not both",
                )
                .at(format!("{path}.referenceRate")))
            }
            (None, None) => {
                return Err(Error::new(
                    ErrorCode::MissingField,
                    "missing field `percent` (the referensränta; a row of referenceRates() gives it as `referenceRate`, taken too)",
                )
                .at(format!("{path}.percent")))
            }
        };
        let percent = given
            .to_percent()
            .and_then(|p| crate::rates::check_reference_step(half_year, p).map(|()| p))
            .map_err(|e| e.at(format!("{path}.{name}")))?;
        self.check_read_back(path, half_year, percent)?;
        if let Some(source) = &self.source {
            check_rate_source(source).map_err(|e| e.at(format!("{path}.source")))?;
        }
        Ok(RateRow {
            half_year,
            percent,
            status: self.status.unwrap_or(RateStatus::Confirmed),
            source: Cow::Owned(self.source.unwrap_or_else(|| "caller".to_owned())),
        })
    }

    /// The fields a row of `referenceRates()` carries besides its own (`to`, `halfYear`,
    /// `latePaymentRate`), where given, agree with the row's half-year and referensränta: a
    /// row edited in one place and not the other is refused rather than read either way.
    #[cfg_attr(inkasso_size, optimize(size))]
    fn check_read_back(&self, path: &str, half_year: HalfYear, percent: Decimal) -> Result<()> {
        let mismatch = |field: &str, why: String| {
            Err(Error::new(ErrorCode::InvalidRateTable, why).at(format!("{path}.{field}")))
        };
        if let Some(to) = &self.to {
            let to = date_at(to, || format!("{path}.to"))?;
            let end = half_year.end()?;
            if to != end {
                return mismatch(
                    "to",
                    crate::text::message(
                        "a row's `to` is the last day of its half-year, {0}, not {1}",
                        &[crate::text::Arg::Date(end), crate::text::Arg::Date(to)],
                    ),
                );
            }
        }
        if let Some(label) = &self.half_year {
            let own = half_year.to_string();
            if *label != own {
                return mismatch(
                    "halfYear",
                    format!(
                        "the row from {} is the half-year {own}, not {}",
                        self.from,
                        crate::error::quoted(label)
                    ),
                );
            }
        }
        if let Some(late) = &self.late_payment_rate {
            let given = late
                .to_percent_of(PercentOf::LatePaymentRate)
                .map_err(|e| e.at(format!("{path}.latePaymentRate")))?;
            let own = crate::rates::late_payment_rate(percent, half_year.start()?)?;
            if given != own {
                return mismatch(
                    "latePaymentRate",
                    format!("the dröjsmålsränta of a referensränta of {percent} % is {own} %, not {given} %"),
                );
            }
        }
        Ok(())
    }
}

/// A rate row's `source` is one line of 1 to [`crate::rates::MAX_RATE_SOURCE_LEN`] characters
/// with something visible, like an invoice's description: it is echoed back with the row (a
/// red team passed 600 sources of 65 536 characters, 39 MB that grew the module's memory by
/// 240 MB, and one with a NUL, a bidirectional override and a line break).
/// [`crate::rates::RateTable::with_overrides`] asks it of rows built in Rust too.
#[cfg_attr(inkasso_size, optimize(size))]
pub(crate) fn check_rate_source(source: &str) -> Result<()> {
    let max = crate::rates::MAX_RATE_SOURCE_LEN;
    let why = if source.chars().count() > max {
        Some(crate::text::message(
            "at most {0} characters",
            &[crate::text::Arg::Int(
                i64::try_from(max).unwrap_or(i64::MAX),
            )],
        ))
    } else if source.chars().all(crate::claim::invisible) {
        Some("text, not blank".to_owned())
    } else {
        crate::claim::not_one_line(source).map(str::to_owned)
    };
    match why {
        Some(why) => Err(Error::new(
            ErrorCode::InvalidRateTable,
            crate::text::message("a rate's source must be {0}", &[crate::text::Arg::S(&why)]),
        )),
        None => Ok(()),
    }
}

/// Options of a statement as given: `{ asOf, rates?, strictRates?, detail? }`.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StatementOptionsInput {
    /// The statement date, `YYYY-MM-DD`.
    pub as_of: String,
    /// Half-years that replace or extend the embedded referensränta table.
    #[serde(default)]
    pub rates: Option<Vec<RateRowInput>>,
    /// A day the table does not cover is an error instead of a warning. Default `false`.
    #[serde(default, deserialize_with = "crate::input::null_as_default")]
    pub strict_rates: bool,
    /// `"full"` (default) or `"summary"` (no interest lines): see [`Detail`].
    #[serde(default, deserialize_with = "crate::input::null_as_default")]
    pub detail: Detail,
}

/// Statement options with an owned rate table (borrow with [`OwnedStatementOptions::as_options`]).
#[derive(Debug, Clone)]
pub struct OwnedStatementOptions {
    /// The statement date.
    pub as_of: Date,
    /// A caller-extended table, or `None` for the embedded one.
    pub rates: Option<RateTable>,
    /// Strict mode.
    pub strict_rates: bool,
    /// How much of the statement to build.
    pub detail: Detail,
}

impl OwnedStatementOptions {
    /// The options for [`crate::statement::statement`].
    pub fn as_options(&self) -> StatementOptions<'_> {
        StatementOptions {
            as_of: self.as_of,
            rates: self.rates.as_ref().unwrap_or_else(|| RateTable::embedded()),
            strict_rates: self.strict_rates,
            detail: self.detail,
        }
    }
}

/// Reads caller rate rows at `path` into a table extending the embedded one.
#[cfg_attr(inkasso_size, optimize(size))]
pub fn rate_table(rows: Vec<RateRowInput>, path: &str) -> Result<RateTable> {
    check_len(rows.len(), 1_000, path)?;
    let mut typed = Vec::with_capacity(rows.len());
    for (i, row) in rows.into_iter().enumerate() {
        typed.push(row.into_row(&format!("{path}[{i}]"))?);
    }
    let halves: Vec<HalfYear> = typed.iter().map(|r| r.half_year).collect();
    RateTable::embedded()
        .with_overrides(typed)
        .map_err(|e| e.at(faulty_rate_row(&halves, path)))
}

/// The field of the caller's row a rate table is refused for: the second row of a half-year
/// given twice, else the row on the far side of a gap (the embedded table has none), else the
/// whole list.
#[cfg_attr(inkasso_size, optimize(size))]
fn faulty_rate_row(halves: &[HalfYear], path: &str) -> String {
    let twice = halves
        .iter()
        .enumerate()
        .position(|(i, h)| halves.get(..i).is_some_and(|before| before.contains(h)));
    let embedded = RateTable::embedded().rows();
    let mut all: Vec<HalfYear> = embedded
        .iter()
        .map(|r| r.half_year)
        .chain(halves.iter().copied())
        .collect();
    crate::sort::sort_by_key(&mut all, |h| *h);
    all.dedup();
    let gap = all.windows(2).find_map(|pair| match pair {
        [a, b] if b.ordinal() != a.ordinal().saturating_add(1) => {
            // The caller's row past the gap, or (before the embedded table) the one before it.
            halves
                .iter()
                .position(|h| h == b)
                .filter(|_| embedded.iter().all(|r| r.half_year != *b))
                .or_else(|| halves.iter().position(|h| h == a))
        }
        _ => None,
    });
    match twice.or(gap) {
        Some(i) => crate::error::item_path(path, i, "from"),
        None => path.to_owned(),
    }
}

impl StatementOptionsInput {
    /// Checks every field.
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn into_options(self) -> Result<OwnedStatementOptions> {
        let as_of = date_at(&self.as_of, || "asOf".to_owned())?;
        let rates = match self.rates {
            Some(rows) => Some(rate_table(rows, "rates")?),
            None => None,
        };
        Ok(OwnedStatementOptions {
            as_of,
            rates,
            strict_rates: self.strict_rates,
            detail: self.detail,
        })
    }
}
