//! Conversions at the boundary: JS values into the input types (with
//! [`crate::input::reader`]), results out as plain JSON-compatible objects, and
//! [`crate::Error`] into a thrown JS `Error`.

use serde::Serialize;
use time::Date;
use wasm_bindgen::JsValue;

use crate::calendar::parse_date;
use crate::claim::Claim;
use crate::error::{Error, ErrorCode};
pub use crate::input::reader::Read;
use crate::input::reader::{read_text, ReadError, ReadText, Reader, WrittenNumber};
use crate::input::ClaimInput;

/// Most claims in one `statementMany` call.
pub const MAX_CLAIMS: usize = 1_000_000;

/// What every export returns: a value, or an `InvoicingError` to throw.
pub type JsResult = Result<JsValue, Thrown>;

/// A JS `Error` (name `InvoicingError`, with `code` and `field`) ready to be thrown.
pub struct Thrown(JsValue);

impl core::fmt::Debug for Thrown {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let message = js_sys::Reflect::get(&self.0, &"message".into())
            .ok()
            .and_then(|m| m.as_string())
            .unwrap_or_default();
        write!(f, "InvoicingError({message})")
    }
}

impl From<Thrown> for JsValue {
    fn from(thrown: Thrown) -> JsValue {
        thrown.0
    }
}

impl From<Error> for Thrown {
    #[inline(never)]
    fn from(error: Error) -> Thrown {
        Thrown(error_to_js(&error))
    }
}

/// Builds the thrown object: `message` is `field: message` (or the message alone), `name` is
/// `InvoicingError`, `code` the stable code, `field` the path or `null`.
fn error_to_js(error: &Error) -> JsValue {
    let message = match error.field() {
        Some(field) => format!("{field}: {}", error.message()),
        None => error.message().to_owned(),
    };
    let js = js_sys::Error::new(&message);
    js.set_name("InvoicingError");
    let object: &JsValue = js.as_ref();
    let field = error.field().map_or(JsValue::NULL, JsValue::from_str);
    // Reflect::set on a fresh Error object cannot fail; ignore the impossible error rather than
    // trap.
    let _ = js_sys::Reflect::set(object, &"code".into(), &error.code().as_str().into());
    let _ = js_sys::Reflect::set(object, &"field".into(), &field);
    js.into()
}

/// Reads a `T` from the text the JS wrapper wrote of an argument
/// ([`crate::input::reader`]); errors carry the path, prefixed with `prefix` when given.
#[cfg_attr(inkasso_size, optimize(size))]
pub fn from_text<'a, T: ReadText<'a>>(text: &'a [u8], prefix: &str) -> crate::Result<T> {
    read_text(text, prefix)
}

/// Names the argument `name` as the field of an error at its root (a value of the wrong type,
/// `null`): `claim: invalid type: the number `5`, expected an object`. An error within the
/// argument keeps its path (`invoices[0].amount`, not prefixed).
pub fn named(name: &'static str) -> impl Fn(Error) -> Error {
    move |e| root_named(e, name)
}

#[inline(never)]
fn root_named(e: Error, name: &str) -> Error {
    if e.field().is_none() && !name.is_empty() {
        e.at(name)
    } else {
        e
    }
}

/// What takes the elements of an array argument one at a time, as they are read
/// ([`read_array_with`]).
pub trait Elements<Q, T> {
    /// The next element, in order (read by the quick reader or by the general one), and the
    /// byte range of its text in the argument.
    fn take(&mut self, element: Read<Q, T>, text: core::ops::Range<usize>);
}

/// Reads the array the wrapper wrote as `text`, handing each element to `sink` as soon as it
/// is read (nothing holds all of them), each read by `quick` when it can (see
/// [`Reader::each_element`]). Errors are those of reading a `Vec<T>`: same codes, messages
/// and paths (`[3].amount`).
#[cfg_attr(inkasso_size, optimize(size))]
pub fn read_array_with<'a, Q, T: ReadText<'a>, S: Elements<Q, T>>(
    text: &'a [u8],
    quick: impl Fn(&'a [u8]) -> Option<(Q, usize)>,
    sink: &mut S,
) -> crate::Result<()> {
    let mut reader = Reader::new(text);
    reader
        .each_element(quick, |element, range| sink.take(element, range))
        .and_then(|()| reader.end())
        .map_err(ReadError::into_error)
}

/// The claim the wrapper wrote as `text`: by the quick reader
/// ([`crate::input::quick::claim`]) when it can, else by the general one, whose errors
/// (code, field, message) are the only ones either gives.
#[cfg_attr(inkasso_size, optimize(size))]
pub fn claim_from_text(text: &[u8]) -> crate::Result<Claim> {
    match quick_claim(text) {
        Some(claim) => Ok(claim),
        None => from_text::<ClaimInput>(text, "")
            .map_err(named("claim"))?
            .into_claim(),
    }
}

/// The claim in `text` when the quick reader reads it ([`crate::input::quick::claim`]).
pub fn quick_claim(text: &[u8]) -> Option<Claim> {
    crate::input::quick::claim(core::str::from_utf8(text).ok()?)
}

/// The error of an input too large to be described by 32-bit offsets (the wrapper's limits
/// keep every input far below).
pub fn too_large() -> Error {
    Error::new(ErrorCode::TooManyItems, "the input is too large")
}

/// Like [`from_text`], but an argument left out, `undefined` or `null` reads as `None`; an
/// error at its root names it `name` ([`named`]; `""`: the caller prefixes every path, as
/// `policy.…`).
#[cfg_attr(inkasso_size, optimize(size))]
pub fn optional_from_text<'a, T: ReadText<'a>>(
    text: Option<&'a [u8]>,
    name: &'static str,
) -> crate::Result<Option<T>> {
    match text {
        Some(text) => from_text::<Option<T>>(text, "").map_err(named(name)),
        None => Ok(None),
    }
}

/// Serializes a result into plain objects: JSON text written by [`super::json`], then one
/// `JSON.parse` on the JS side. Measured much faster than building the objects property by
/// property across the boundary (BENCHMARKS.md), and the result is the same plain object: keys
/// in declaration order, `None` as `null`, skipped fields absent, integers as numbers (every
/// integer in a result is far below 2^53), strings as they are.
#[cfg_attr(inkasso_size, optimize(size))]
pub fn to_js<T: Serialize>(value: &T) -> JsResult {
    let text = super::json::to_string(value).map_err(|e| not_converted(&e))?;
    parse_json(&text)
}

/// `JSON.parse` of a result's text (out of line: one copy for every result type).
#[inline(never)]
fn parse_json(text: &str) -> JsResult {
    js_sys::JSON::parse(text).map_err(|_| {
        Thrown::from(Error::new(
            ErrorCode::InvalidType,
            "the result could not be converted to JavaScript",
        ))
    })
}

/// The error of a result that could not be written (no result holds such a value).
pub fn not_converted(e: &super::json::Unsupported) -> Thrown {
    Thrown::from(Error::new(
        ErrorCode::InvalidType,
        format!("the result could not be converted to JavaScript: {e}"),
    ))
}

/// A `YYYY-MM-DD` string argument named `field`.
#[cfg_attr(inkasso_size, optimize(size))]
pub fn date_from_text(text: &[u8], field: &str) -> crate::Result<Date> {
    match from_text::<Option<String>>(text, "") {
        Ok(Some(text)) => parse_date(&text).map_err(|e| e.at(field)),
        Ok(None) => Err(Error::new(
            ErrorCode::InvalidType,
            "a date must be a string written YYYY-MM-DD, got nothing (undefined or null)",
        )
        .at(field)),
        // What was given, as the reader says it of a date inside a claim ("a Date object
        // (dates are \"YYYY-MM-DD\" strings)"; an error-message review).
        Err(e) => Err(Error::new(
            ErrorCode::InvalidType,
            format!(
                "a date must be a string written YYYY-MM-DD: {}",
                e.message()
            ),
        )
        .at(field)),
    }
}

/// A whole-number year within the engine's date range.
pub fn year_from_text(text: &[u8]) -> crate::Result<i32> {
    let min = crate::calendar::MIN_DATE.year();
    let max = crate::calendar::MAX_DATE.year();
    let n = match from_text::<Option<Year<'_>>>(text, "") {
        Ok(Some(Year(n))) => n,
        Ok(None) => {
            return Err(Error::new(
                ErrorCode::InvalidType,
                "a year must be a number, got nothing (undefined or null)",
            )
            .at("year"))
        }
        // What was given (a string "2025", a BigInt): an error-message review.
        Err(e) => {
            let message = match from_text::<String>(text, "") {
                Ok(given) => format!(
                    "a year must be a number, got the string {}",
                    crate::error::quoted(&given)
                ),
                // "invalid type: an array, expected a number" says what was given once.
                Err(_) => match e
                    .message()
                    .strip_prefix("invalid type: ")
                    .and_then(|m| m.strip_suffix(", expected a number"))
                {
                    Some(given) => format!("a year must be a number, got {given}"),
                    None => format!("a year must be a number: {}", e.message()),
                },
            };
            return Err(Error::new(ErrorCode::InvalidType, message).at("year"));
        }
    };
    // A whole number within the range (`2025`, `2.025e3`); a fraction, `NaN`, an infinity or
    // any number beyond is out of range.
    n.display()
        .parse::<i32>()
        .ok()
        .filter(|year| (min..=max).contains(year))
        .ok_or_else(|| {
            Error::new(
                ErrorCode::DateOutOfRange,
                format!(
                    "the year must be a whole number from {min} to {max}, got {}",
                    n.described()
                ),
            )
            .at("year")
        })
}

/// Any JS number (`NaN` and infinities included), as written.
struct Year<'a>(WrittenNumber<'a>);

impl<'a> ReadText<'a> for Year<'a> {
    fn read(r: &mut Reader<'a>) -> Result<Self, ReadError> {
        r.number("a number").map(Year)
    }
}

/// Refuses absurd batch sizes before any work (the field: the argument, `claims`).
pub fn check_many(len: usize) -> crate::Result<()> {
    if len > MAX_CLAIMS {
        return Err(Error::new(
            ErrorCode::TooManyItems,
            format!("{len} claims: at most {MAX_CLAIMS} in one call"),
        )
        .at("claims"));
    }
    Ok(())
}
