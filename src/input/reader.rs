//! The reader of the text the JS wrapper writes of each argument (issue 15): every input type
//! of the JS API read straight from that text by hand, with no serde and no floating point.
//!
//! The wrapper (`pkg-template/inkasso.js`) walks each argument once, in JS: plain JSON data
//! crosses as `JSON.stringify` text; anything else is written by the wrapper's own encoder as
//! the same JSON grammar extended with the values JSON cannot carry: `undefined`, `NaN`,
//! `Infinity`, `-Infinity`, `-0`, and the markers `!bigint`, `!function`, `!symbol`, `!binary`
//! (a typed array, Buffer or ArrayBuffer), `!boxed` (a String, Number or Boolean object),
//! `!promise`, `!collection` (a Map or Set), `!date` (a Date object), `!manygetters` (an object
//! whose class has more getters than the wrapper looks at) (values no input accepts) and `!bigarray` (a nested array longer than the wrapper walks). Objects are
//! written with their **own enumerable keys** (`Object.keys`, the order `JSON.stringify` uses),
//! never `toJSON`, so unknown keys are refused and `__proto__`/`constructor` keys are
//! reported, never followed. Any JSON text reads too (the native tests use `serde_json`'s).
//!
//! Each input type reads as its serde derive reads it through the native API
//! ([`super::read`]): the same fields, defaults, codes, paths and messages in the same order
//! (an unknown field when met, a missing one after the object, in declaration order). Two
//! differences, both in a message's words only: a value of the wrong type is described in JS
//! words (`the number `5``, `a string`, `an array`, `null`, `undefined`), and a number is
//! shown as JavaScript writes it (`5`, `1e+21`, `Infinity`: [`WrittenNumber::described`]),
//! from the digits JS wrote (the native API shows serde's `f64` the same way).
//!
//! A string is Unicode text: a `\u` escape of a lone UTF-16 surrogate (`"\ud800"`, which
//! `JSON.stringify` writes for a JS string holding one) is `INVALID_TYPE` at the string's field
//! (at the object holding it, for a key), never replaced by another character.
//!
//! Numbers stay text: an integer within ±(2^53 − 1) reads as an integer, any other number is
//! kept in its decimal digits ([`NumberInput::Written`]) and turned into an amount or a
//! percentage from them. Compiled into the wasm module, this replaced serde's derived readers and
//! the float parsing and printing they needed (BENCHMARKS.md, issue 15's sixth round).
//!
//! ```
//! use inkasso::input::reader::{read_text, ReadText};
//! use inkasso::input::ClaimInput;
//!
//! let text = br#"{"debtor":"consumer","invoices":[{"number":"1","amount":100.5,"issueDate":"2025-01-01"}]}"#;
//! let claim = read_text::<ClaimInput>(text, "")?.into_claim()?;
//! assert_eq!(claim.invoices[0].amount.to_string(), "100.50");
//!
//! let typo = br#"{"debtor":"consumer","invoices":[],"dueDte":1}"#;
//! let err = read_text::<ClaimInput>(typo, "").unwrap_err();
//! assert_eq!(err.code().as_str(), "UNKNOWN_FIELD");
//! assert_eq!(err.field(), Some("dueDte"));
//! # Ok::<(), inkasso::Error>(())
//! ```

use std::borrow::Cow;

use crate::claim::{DayCount, DebtorKind, StepKind};
use crate::error::{Error, ErrorCode};
use crate::input::options::{
    LetterInput, LetterKind, RatesOptionsInput, TimelineOptionsInput, TotalsOptionsInput,
};
use crate::input::plan::{PlanInput, PlanOptionsInput};
use crate::input::policy::{
    CourtInput, EnforcementInput, FeesInput, LabelInput, PaymentOrderInput, PaymentPlanInput,
    PolicyInput, ReminderInput, StageInput, SurveillanceInput,
};
use crate::input::{
    ClaimInput, CreditInput, DaysInput, InvoiceInput, NumberInput, PaymentInput, RateRowInput,
    StatementOptionsInput, StepInput, WholeInput,
};
use crate::policy::{Channel, PresetId};
use crate::rates::RateStatus;
use crate::statement::Detail;

/// Longest array the wrapper walks inside an argument (it writes `!bigarray` instead).
const MAX_NESTED_ITEMS: u32 = 100_000;
/// Largest integer a JS number represents exactly (2^53 − 1).
const MAX_SAFE_INTEGER: i64 = 9_007_199_254_740_991;
/// Largest decimal exponent a JS number is written with (`1.7976931348623157e+308`) or its
/// smallest (`5e-324`), with room: beyond, the text is not a JS number.
const MAX_EXPONENT: i64 = 400;

/// A reading error: its [`ErrorCode`], a message in plain language, and where it happened.
///
/// The path is collected as the error travels out of each object value and array element,
/// innermost first, so nothing tracks it on the success path. It prints as the native API's
/// does: `invoices[0].amount`, `[3].steps[1].kind`.
#[derive(Debug)]
pub struct ReadError(Box<ReadParts>);

/// What a [`ReadError`] holds (boxed: a reading `Result` is passed up through every value of
/// the input, and moves a pointer).
#[derive(Debug)]
struct ReadParts {
    code: ErrorCode,
    message: String,
    /// The key an unknown or missing field error names (not yet part of the path).
    key: Option<String>,
    /// Innermost segment first.
    path: Vec<Segment>,
}

#[derive(Debug)]
enum Segment {
    Key(String),
    Index(u32),
}

impl ReadError {
    #[inline(never)]
    fn coded(code: ErrorCode, message: String) -> Self {
        ReadError(Box::new(ReadParts {
            code,
            message,
            key: None,
            path: Vec::new(),
        }))
    }

    #[cfg_attr(inkasso_size, optimize(size))]
    fn named(code: ErrorCode, message: String, key: &str) -> Self {
        let mut e = ReadError::coded(code, message);
        e.0.key = Some(key.to_owned());
        e
    }

    /// `missing field `name``, at that field.
    pub fn missing_field(field: &str) -> Self {
        ReadError::named(
            ErrorCode::MissingField,
            format!("missing field `{field}`"),
            field,
        )
    }

    #[cfg_attr(inkasso_size, optimize(size))]
    fn unknown_field(field: &str, expected: &[&str]) -> Self {
        let mut message = match expected {
            [] => format!("unknown field `{field}`, there are no fields"),
            _ => format!("unknown field `{field}`, expected {}", one_of(expected)),
        };
        // An option written into the claim (`asOf` at the claim's top): said so, since its
        // field path is the option's own name (an error-message review).
        if expected.contains(&"invoices") {
            push_option_hint(&mut message, field);
        }
        push_likely_meant(&mut message, field, expected.iter().copied());
        ReadError::named(ErrorCode::UnknownField, message, field)
    }

    fn unknown_variant(variant: &str, expected: &[&str]) -> Self {
        let mut message = match expected {
            [] => format!("unknown variant `{variant}`, there are no variants"),
            _ => format!("unknown variant `{variant}`, expected {}", one_of(expected)),
        };
        push_likely_meant(&mut message, variant, expected.iter().copied());
        ReadError::coded(ErrorCode::UnknownVariant, message)
    }

    fn big_array() -> Self {
        ReadError::coded(
            ErrorCode::TooManyItems,
            format!("an array of more than {MAX_NESTED_ITEMS} items"),
        )
    }

    fn in_segment(mut self, segment: Segment) -> Self {
        self.0.path.push(segment);
        self
    }

    /// The crate error: code, message, and the field path (the named key last).
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn into_error(self) -> Error {
        let code = self.0.code;
        let (message, path) = self.into_parts();
        let error = Error::new(code, message);
        if path.is_empty() {
            error
        } else {
            error.at(path)
        }
    }

    /// The message and the path (`""` at the root), the named key included.
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn into_parts(mut self) -> (String, String) {
        if let Some(key) = self.0.key.take() {
            self.0.path.insert(0, Segment::Key(key));
        }
        let mut path = String::new();
        for segment in self.0.path.iter().rev() {
            match segment {
                Segment::Key(key) => crate::error::push_key(&mut path, key),
                Segment::Index(index) => {
                    path.push('[');
                    crate::money::push_int(&mut path, i64::from(*index));
                    path.push(']');
                }
            }
        }
        (self.0.message, path)
    }
}

/// The expected names as serde words them (`` `a` ``, `` `a` or `b` ``, `` one of `a`, `b`, `c` ``),
/// so that the wasm build and the native one say the same.
/// The field names of the JS API's other arguments (options of `statement`, `totals`,
/// `timeline`, `letter`, `check`, `limitation`; `instalmentPlan`'s plan), none of them a
/// claim's. Which function takes which is not said: a diff review found "the argument after
/// the claim" wrong for `timeline` (its policy) and `totals` (its dates).
const OPTION_NAMES: [&str; 11] = [
    "asOf",
    "detail",
    "rates",
    "strictRates",
    "today",
    "horizon",
    "date",
    "kind",
    "paymentTermDays",
    "firstDate",
    "count",
];

/// Appends ` (did you mean `name`?)` to an unknown name's message when one of `expected` is
/// what `given` most likely meant: the one it equals but for case (`collectiondemand`,
/// `Consumer`), else the one nearest within two edits, if only one is (`consumr`). Not for
/// an option's name written into the claim, which [`push_option_hint`] speaks of. The serde
/// derives' message says the same (`input::from_serde_message`). An error-message review:
/// every message listed the names, but a case slip among ten was easy to miss.
pub(crate) fn push_likely_meant<'a>(
    message: &mut String,
    given: &str,
    expected: impl Iterator<Item = &'a str> + Clone,
) {
    if OPTION_NAMES.contains(&given) || given.chars().count() > 64 {
        return;
    }
    let meant = expected
        .clone()
        .find(|name| name.eq_ignore_ascii_case(given))
        .or_else(|| nearest(given, expected));
    if let Some(name) = meant {
        message.push_str(&format!(" (did you mean `{name}`?)"));
    }
}

/// The one name within two edits of `given` (one for a name of three letters or fewer),
/// nearer than any other; `None` when none is, or two are as near.
fn nearest<'a>(given: &str, names: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let most = if given.chars().count() <= 3 { 1 } else { 2 };
    let mut best: Option<(usize, &str)> = None;
    let mut tied = false;
    for name in names {
        let d = edit_distance(given, name);
        if d > most {
            continue;
        }
        match best {
            Some((b, _)) if d > b => {}
            Some((b, _)) if d == b => tied = true,
            _ => {
                best = Some((d, name));
                tied = false;
            }
        }
    }
    best.filter(|_| !tied).map(|(_, name)| name)
}

/// Levenshtein distance between `a` and `b`, by characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut next = Vec::with_capacity(row.len());
        next.push(i.saturating_add(1));
        for (j, cb) in b.iter().enumerate() {
            let replace = row
                .get(j)
                .copied()
                .unwrap_or(usize::MAX)
                .saturating_add(usize::from(ca != *cb));
            let delete = row
                .get(j.saturating_add(1))
                .copied()
                .unwrap_or(usize::MAX)
                .saturating_add(1);
            let insert = next.last().copied().unwrap_or(usize::MAX).saturating_add(1);
            next.push(replace.min(delete).min(insert));
        }
        row = next;
    }
    row.last().copied().unwrap_or(0)
}

/// Appends to an unknown field's message about the claim, when `field` is an option's name,
/// where it goes (the serde derives' message says the same: `input::from_serde`).
pub(crate) fn push_option_hint(message: &mut String, field: &str) {
    if OPTION_NAMES.contains(&field) {
        message.push_str(&format!(
            " (`{field}` is no field of the claim: the functions that take it take it in another argument, their options or plan)"
        ));
    }
}

#[cfg_attr(inkasso_size, optimize(size))]
pub(crate) fn one_of(names: &[&str]) -> String {
    let mut out = String::new();
    match names {
        [one] => push_ticked(&mut out, one),
        [a, b] => {
            push_ticked(&mut out, a);
            out.push_str(" or ");
            push_ticked(&mut out, b);
        }
        _ => {
            out.push_str("one of ");
            for (i, name) in names.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                push_ticked(&mut out, name);
            }
        }
    }
    out
}

#[cfg_attr(inkasso_size, optimize(size))]
fn push_ticked(out: &mut String, name: &str) {
    out.push('`');
    out.push_str(name);
    out.push('`');
}

/// The wrapper's marker of a getter of an object's class (pkg-template/inkasso.js
/// `classGetters`): refused as the value of a field, passed over as a key that is none.
const GETTER: &[u8] = b"!getter";

/// The text is not JSON as the wrapper writes it (from the wrapper it always is: that would be
/// a defect; a native caller's text may be anything, such as a value followed by more text).
#[cfg_attr(inkasso_size, optimize(size))]
fn malformed() -> ReadError {
    ReadError::coded(
        ErrorCode::InvalidType,
        "the input could not be read: it is not one JSON value".to_owned(),
    )
}

/// A string holding a lone UTF-16 surrogate (`"\ud800"`): not Unicode text.
#[cold]
fn lone_surrogate(unit: u32) -> ReadError {
    ReadError::coded(
        ErrorCode::InvalidType,
        format!("the text is not valid Unicode (it contains a lone surrogate, U+{unit:04X})"),
    )
}

/// One value of the text, as far as its first characters tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Nullish,
    Bool,
    Number,
    String,
    Array,
    Object,
    /// `!bigint`, `!function`, `!symbol`, `!binary` (a typed array, Buffer, ArrayBuffer or
    /// DataView), `!boxed` (a String, Number, Boolean, Symbol or BigInt object), `!promise`,
    /// `!collection` (a Map, Set, WeakMap or WeakSet), `!date` (a Date object): no input
    /// accepts one.
    Foreign(&'static str),
    /// `!bigarray`: an array inside an argument longer than the wrapper walks.
    BigArray,
}

/// A number as JS wrote it, or any JSON number: `NaN`, `Infinity`, `-Infinity`, or decimal
/// digits with an optional exponent (`12500`, `0.1`, `1e+21`, `-0`).
#[doc(hidden)]
#[derive(Debug, Clone, Copy)]
pub struct WrittenNumber<'t>(&'t str);

impl<'t> WrittenNumber<'t> {
    /// The number written as `text`.
    pub fn new(text: &'t str) -> Self {
        WrittenNumber(text)
    }

    /// True for `NaN`, `Infinity` and `-Infinity`.
    pub fn is_finite(self) -> bool {
        !matches!(self.0, "NaN" | "Infinity" | "-Infinity")
    }

    /// The number as Rust prints an `f64` (`Display`): its digits without an exponent
    /// (`1e+21` → `1000000000000000000000`, `1.5e-7` → `0.00000015`, `-0` → `-0`), `NaN`,
    /// `inf` or `-inf`. The text as written when it is not a number. For reading amounts and
    /// percentages from their digits; a message shows [`Self::described`].
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn display(self) -> Cow<'t, str> {
        match self.0 {
            "NaN" => Cow::Borrowed("NaN"),
            "Infinity" => Cow::Borrowed("inf"),
            "-Infinity" => Cow::Borrowed("-inf"),
            text => plain_decimal(text).map_or(Cow::Borrowed(text), Cow::Owned),
        }
    }

    /// The number written as [`NumberInput::Written`] holds it: `NaN`, `Infinity`,
    /// `-Infinity`, or its plain digits ([`Self::display`]).
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn plain(self) -> String {
        if self.is_finite() {
            self.display().into_owned()
        } else {
            self.0.to_owned()
        }
    }

    /// The number as a message shows it: as JavaScript writes it (`String(n)`), whatever text
    /// it was written with: `5`, `5.5`, `100000000000000000000`, `1e+21`, `1.5e-7`, `NaN`,
    /// `Infinity`, `-Infinity`; negative zero is `-0` (as the wrapper writes it). The text as
    /// written when it is not a number.
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn described(self) -> String {
        if !self.is_finite() {
            return self.0.to_owned();
        }
        match decimal_parts(self.0) {
            Some(parts) => js_text(&parts),
            None => self.0.to_owned(),
        }
    }

    /// The number as a whole-number input holds it ([`WholeInput`]): `None` when it is not a
    /// whole number (a fraction, `NaN`, an infinity, or not a number).
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn whole(self) -> Option<WholeInput> {
        if let Some(value) = self.safe_integer() {
            return Some(WholeInput::Exact(value));
        }
        let parts = decimal_parts(self.0)?;
        if parts.digits.is_empty() {
            // Negative zero: the whole number 0 (`JSON.stringify(-0)` is `0`).
            return Some(WholeInput::Exact(0));
        }
        let len = i64::try_from(parts.digits.len()).ok()?;
        (parts.point >= len).then(|| WholeInput::Beyond(js_text(&parts)))
    }

    /// The number when it is an integer JS holds exactly (within ±(2^53 − 1)), `-0` excepted.
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn safe_integer(self) -> Option<i64> {
        let plain = plain_decimal(self.0)?;
        if plain.contains('.') || plain == "-0" {
            return None;
        }
        let value: i64 = plain.parse().ok()?;
        (value.checked_abs()? <= MAX_SAFE_INTEGER).then_some(value)
    }
}

/// A decimal number's sign, significant digits (no leading or trailing zeros; empty for zero)
/// and where the decimal point falls among them: the value is `0.digits × 10^point`.
struct DecimalParts {
    negative: bool,
    digits: String,
    point: i64,
}

/// Decimal digits with an optional sign, fraction and exponent, as [`DecimalParts`]. `None` for
/// anything else.
#[cfg_attr(inkasso_size, optimize(size))]
fn decimal_parts(text: &str) -> Option<DecimalParts> {
    let (negative, rest) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, exponent) = match rest.find(['e', 'E']) {
        Some(at) => {
            let exponent = rest.get(at.checked_add(1)?..)?;
            let exponent = exponent.strip_prefix('+').unwrap_or(exponent);
            let exponent: i64 = exponent.parse().ok()?;
            (rest.get(..at)?, exponent)
        }
        None => (rest, 0),
    };
    if !(-MAX_EXPONENT..=MAX_EXPONENT).contains(&exponent) {
        return None;
    }
    let (whole, fraction) = match mantissa.split_once('.') {
        Some((whole, fraction)) => (whole, fraction),
        None => (mantissa, ""),
    };
    let digits_only = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !digits_only(whole) || !digits_only(fraction) {
        return None;
    }
    // The digits, and where the decimal point falls among them.
    let digits = format!("{whole}{fraction}");
    let point = i64::try_from(whole.len()).ok()?.checked_add(exponent)?;
    let leading = digits
        .len()
        .checked_sub(digits.trim_start_matches('0').len())?;
    let point = point.checked_sub(i64::try_from(leading).ok()?)?;
    Some(DecimalParts {
        negative,
        digits: digits.trim_matches('0').to_owned(),
        point,
    })
}

/// Decimal digits with an optional sign, fraction and exponent, written without an exponent,
/// with no leading zeros (but one before the point) and no trailing zeros after it: what Rust
/// prints for the `f64` JS wrote this way. `None` for anything else.
#[cfg_attr(inkasso_size, optimize(size))]
fn plain_decimal(text: &str) -> Option<String> {
    let DecimalParts {
        negative,
        digits,
        point,
    } = decimal_parts(text)?;
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    if digits.is_empty() {
        out.push('0');
        return Some(out);
    }
    let len = i64::try_from(digits.len()).ok()?;
    if point <= 0 {
        out.push_str("0.");
        push_zeros(&mut out, point.checked_neg()?);
        out.push_str(&digits);
    } else if point >= len {
        out.push_str(&digits);
        push_zeros(&mut out, point.checked_sub(len)?);
    } else {
        let (int, frac) = digits.split_at(usize::try_from(point).ok()?);
        out.push_str(int);
        out.push('.');
        out.push_str(frac);
    }
    Some(out)
}

/// The number as JavaScript's `String(n)` writes it (ECMAScript's Number::toString, from its
/// digits): plain digits up to 21 places before the point and 6 zeros after it, an exponent
/// beyond (`1e+21`, `1.5e-7`); zero is `0`, or `-0` when negative.
#[cfg_attr(inkasso_size, optimize(size))]
fn js_text(parts: &DecimalParts) -> String {
    let DecimalParts {
        negative,
        digits,
        point,
    } = parts;
    let mut out = String::new();
    if *negative {
        out.push('-');
    }
    let (Some((first, rest)), Ok(len)) = (digits.split_at_checked(1), i64::try_from(digits.len()))
    else {
        out.push('0');
        return out;
    };
    let point = *point;
    if (len..=21).contains(&point) {
        out.push_str(digits);
        push_zeros(&mut out, point.saturating_sub(len));
    } else if (1..=21).contains(&point) {
        match usize::try_from(point)
            .ok()
            .and_then(|at| digits.split_at_checked(at))
        {
            Some((int, frac)) => {
                out.push_str(int);
                out.push('.');
                out.push_str(frac);
            }
            None => out.push_str(digits),
        }
    } else if (-5..=0).contains(&point) {
        out.push_str("0.");
        push_zeros(&mut out, point.saturating_neg());
        out.push_str(digits);
    } else {
        out.push_str(first);
        if !rest.is_empty() {
            out.push('.');
            out.push_str(rest);
        }
        let exponent = point.saturating_sub(1);
        out.push('e');
        out.push(if exponent < 0 { '-' } else { '+' });
        crate::money::push_int(&mut out, exponent.saturating_abs());
    }
    out
}

fn push_zeros(out: &mut String, count: i64) {
    for _ in 0..count {
        out.push('0');
    }
}

/// A string or key of the text: borrowed when it has no escapes.
#[doc(hidden)]
pub type Text<'a> = Cow<'a, str>;

/// The reader over one argument's text.
#[doc(hidden)]
pub struct Reader<'a> {
    text: &'a [u8],
    pos: usize,
}

/// What an input type's reader gives: the value, or the error.
#[doc(hidden)]
pub type ReadResult<T> = Result<T, ReadError>;

impl<'a> Reader<'a> {
    /// Reads `text`: the UTF-8 bytes of the text the wrapper wrote (each string in it is
    /// checked as it is read).
    pub fn new(text: &'a [u8]) -> Self {
        Reader { text, pos: 0 }
    }

    /// After the value: nothing but white space may follow.
    pub fn end(&mut self) -> ReadResult<()> {
        self.skip_space();
        if self.pos == self.text.len() {
            Ok(())
        } else {
            Err(malformed())
        }
    }

    /// Moves past one byte.
    fn bump(&mut self) {
        self.pos = self.pos.saturating_add(1);
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.text.get(self.pos) {
            self.bump();
        }
    }

    fn peek(&mut self) -> Option<u8> {
        self.skip_space();
        self.text.get(self.pos).copied()
    }

    /// Consumes `word` if the text continues with it.
    fn eat(&mut self, word: &[u8]) -> bool {
        let end = self.pos.saturating_add(word.len());
        if self.text.get(self.pos..end) == Some(word) {
            self.pos = end;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, byte: u8) -> ReadResult<()> {
        if self.peek() == Some(byte) {
            self.bump();
            Ok(())
        } else {
            Err(malformed())
        }
    }

    #[cfg_attr(inkasso_size, optimize(size))]
    fn kind(&mut self) -> ReadResult<Kind> {
        Ok(match self.peek() {
            Some(b'n' | b'u') => Kind::Nullish,
            Some(b't' | b'f') => Kind::Bool,
            Some(b'-' | b'0'..=b'9' | b'N' | b'I') => Kind::Number,
            Some(b'"') => Kind::String,
            Some(b'[') => Kind::Array,
            Some(b'{') => Kind::Object,
            Some(b'!') => {
                let rest = self.text.get(self.pos..).unwrap_or_default();
                if rest.starts_with(b"!bigint") {
                    Kind::Foreign("a BigInt")
                } else if rest.starts_with(b"!function") {
                    Kind::Foreign("a function")
                } else if rest.starts_with(b"!symbol") {
                    Kind::Foreign("a symbol")
                } else if rest.starts_with(b"!binary") {
                    Kind::Foreign("binary data (a typed array, Buffer or ArrayBuffer)")
                } else if rest.starts_with(b"!boxed") {
                    Kind::Foreign(
                        "a boxed primitive (a String, Number, Boolean, Symbol or BigInt object)",
                    )
                } else if rest.starts_with(b"!promise") {
                    Kind::Foreign("a Promise (is an `await` missing?)")
                } else if rest.starts_with(b"!collection") {
                    Kind::Foreign("a Map or Set")
                } else if rest.starts_with(b"!date") {
                    Kind::Foreign("a Date object (dates are \"YYYY-MM-DD\" strings)")
                } else if rest.starts_with(b"!instance") {
                    Kind::Foreign("a RegExp or an Error")
                } else if rest.starts_with(b"!manygetters") {
                    Kind::Foreign(
                        "an object whose class has more getters (over 256) or prototypes (over 32) than are looked at; its getters are not read (give a plain object)",
                    )
                } else if rest.starts_with(GETTER) {
                    Kind::Foreign(
                        "a getter of the object's class, which is not read (give the field as the object's own property: a plain object)",
                    )
                } else if rest.starts_with(b"!bigarray") {
                    Kind::BigArray
                } else {
                    return Err(malformed());
                }
            }
            _ => return Err(malformed()),
        })
    }

    /// True (and the value consumed) when the next value is `null` or `undefined`.
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn nullish(&mut self) -> ReadResult<bool> {
        if self.kind()? != Kind::Nullish {
            return Ok(false);
        }
        if self.eat(b"null") || self.eat(b"undefined") {
            Ok(true)
        } else {
            Err(malformed())
        }
    }

    /// True (and the value consumed) when the next value is `undefined`. An optional field
    /// whose value is `undefined` reads as absent (its default), as TypeScript's optional
    /// properties and `JSON.stringify` take it; a required one stays `INVALID_TYPE`. Out of
    /// line: it is called for every optional field of every input type (inlined, 8 KB).
    #[inline(never)]
    pub fn undefined(&mut self) -> bool {
        self.peek() == Some(b'u') && self.eat(b"undefined")
    }

    fn read_bool(&mut self) -> ReadResult<bool> {
        if self.eat(b"true") {
            Ok(true)
        } else if self.eat(b"false") {
            Ok(false)
        } else {
            Err(malformed())
        }
    }

    #[cfg_attr(inkasso_size, optimize(size))]
    fn read_number(&mut self) -> ReadResult<WrittenNumber<'a>> {
        let start = self.pos;
        if !(self.eat(b"NaN") || self.eat(b"Infinity") || self.eat(b"-Infinity")) {
            while let Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') = self.text.get(self.pos)
            {
                self.bump();
            }
        }
        self.text
            .get(start..self.pos)
            .and_then(|digits| core::str::from_utf8(digits).ok())
            .filter(|digits| !digits.is_empty())
            .map(WrittenNumber)
            .ok_or_else(malformed)
    }

    /// The string's raw text when it has no escapes (borrowed), else its decoded value.
    #[cfg_attr(inkasso_size, optimize(size))]
    fn read_string(&mut self) -> ReadResult<Text<'a>> {
        self.expect(b'"')?;
        let start = self.pos;
        loop {
            match self.text.get(self.pos) {
                Some(b'"') => {
                    let raw = self.text.get(start..self.pos).ok_or_else(malformed)?;
                    self.bump();
                    let raw = core::str::from_utf8(raw).map_err(|_| malformed())?;
                    return Ok(Cow::Borrowed(raw));
                }
                Some(b'\\') => break,
                Some(_) => self.bump(),
                None => return Err(malformed()),
            }
        }
        let mut bytes = self
            .text
            .get(start..self.pos)
            .ok_or_else(malformed)?
            .to_vec();
        loop {
            match self.text.get(self.pos).copied() {
                Some(b'"') => {
                    self.bump();
                    return String::from_utf8(bytes)
                        .map(Cow::Owned)
                        .map_err(|_| malformed());
                }
                Some(b'\\') => {
                    self.bump();
                    let escaped = self.text.get(self.pos).copied().ok_or_else(malformed)?;
                    self.bump();
                    let c = match escaped {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.read_escaped_char()?,
                        _ => return Err(malformed()),
                    };
                    let mut buf = [0u8; 4];
                    bytes.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                Some(b) => {
                    bytes.push(b);
                    self.bump();
                }
                None => return Err(malformed()),
            }
        }
    }

    #[cfg_attr(inkasso_size, optimize(size))]
    fn read_hex4(&mut self) -> ReadResult<u32> {
        let end = self.pos.saturating_add(4);
        let digits = self.text.get(self.pos..end).ok_or_else(malformed)?;
        let digits = core::str::from_utf8(digits).map_err(|_| malformed())?;
        let n = u32::from_str_radix(digits, 16).map_err(|_| malformed())?;
        self.pos = end;
        Ok(n)
    }

    /// After `\u`: one character, a surrogate pair read as one. A lone surrogate (a high one
    /// not followed by a `\u` escape of a low one, or a low one alone) is an error: the string
    /// is not Unicode text (JS strings may hold one; `JSON.stringify` writes it as such an
    /// escape), and any character put in its place could make two different strings equal.
    fn read_escaped_char(&mut self) -> ReadResult<char> {
        let first = self.read_hex4()?;
        if (0xD800..0xDC00).contains(&first) {
            let save = self.pos;
            if self.eat(b"\\u") {
                let second = self.read_hex4()?;
                if (0xDC00..0xE000).contains(&second) {
                    // first in D800..DC00 and second in DC00..E000: no overflow, checked anyway.
                    let code = first
                        .checked_sub(0xD800)
                        .and_then(|high| high.checked_shl(10))
                        .zip(second.checked_sub(0xDC00))
                        .and_then(|(high, low)| high.checked_add(low))
                        .and_then(|offset| offset.checked_add(0x10000));
                    return code.and_then(char::from_u32).ok_or_else(malformed);
                }
                self.pos = save;
            }
        }
        char::from_u32(first).ok_or_else(|| lone_surrogate(first))
    }

    /// The error for the next value where `expected` was wanted: `invalid type: <the value>,
    /// expected <expected>`.
    #[inline(never)]
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn invalid_type(&mut self, expected: &str) -> ReadError {
        let found = match self.kind() {
            Ok(Kind::Number) => match self.read_number() {
                Ok(n) => format!("the number `{}`", n.described()),
                Err(e) => return e,
            },
            // The text says which (JSON has only `null`; the wrapper writes `undefined`).
            Ok(Kind::Nullish) => match self.peek() {
                Some(b'u') => "undefined".to_owned(),
                _ => "null".to_owned(),
            },
            Ok(Kind::Bool) => match self.read_bool() {
                Ok(b) => format!("boolean `{b}`"),
                Err(e) => return e,
            },
            Ok(Kind::String) => "a string".to_owned(),
            Ok(Kind::Array | Kind::BigArray) => "an array".to_owned(),
            Ok(Kind::Object) => "an object".to_owned(),
            Ok(Kind::Foreign(what)) => what.to_owned(),
            Err(e) => return e,
        };
        ReadError::coded(
            ErrorCode::InvalidType,
            format!("invalid type: {found}, expected {expected}"),
        )
    }

    /// A string, borrowed from the text when it has no escapes.
    #[inline(never)]
    pub fn text(&mut self) -> ReadResult<Text<'a>> {
        if self.kind()? == Kind::String {
            self.read_string()
        } else {
            Err(self.invalid_type("a string"))
        }
    }

    /// `true` or `false`.
    #[inline(never)]
    pub fn boolean(&mut self) -> ReadResult<bool> {
        if self.kind()? == Kind::Bool {
            self.read_bool()
        } else {
            Err(self.invalid_type("a boolean"))
        }
    }

    /// A number, as written.
    #[inline(never)]
    pub fn number(&mut self, expected: &str) -> ReadResult<WrittenNumber<'a>> {
        if self.kind()? == Kind::Number {
            self.read_number()
        } else {
            Err(self.invalid_type(expected))
        }
    }

    /// A whole number of any size ([`WholeInput`]; `-0` is 0); any other value (a fraction,
    /// `NaN`, an infinity, a string, …) is `invalid type` (a whole number expected).
    #[inline(never)]
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn whole(&mut self) -> ReadResult<WholeInput> {
        const EXPECTED: &str = "a whole number";
        if self.kind()? == Kind::Number {
            let save = self.pos;
            let n = self.read_number()?;
            if let Some(value) = n.whole() {
                return Ok(value);
            }
            self.pos = save;
        }
        Err(self.invalid_type(EXPECTED))
    }

    /// One of `names` (a string), as its index: `UNKNOWN_VARIANT` for another string,
    /// `invalid type` (one of the names expected) for anything else.
    #[inline(never)]
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn variant(&mut self, names: &[&str]) -> ReadResult<usize> {
        if self.kind()? != Kind::String {
            return Err(self.invalid_type(&one_of(names)));
        }
        let name = self.read_string()?;
        names
            .iter()
            .position(|n| *n == name)
            .ok_or_else(|| ReadError::unknown_variant(&name, names))
    }

    /// An object whose keys are all among `fields`: `each` reads the value of the field at
    /// that index (its errors are put inside the key). An unknown key is `UNKNOWN_FIELD`, a key
    /// met twice `duplicate field` (JS objects have none); what `each` left unset is for the
    /// caller to find missing ([`ReadError::missing_field`]).
    pub fn object(
        &mut self,
        fields: &[&str],
        mut each: impl FnMut(&mut Reader<'a>, usize) -> ReadResult<()>,
    ) -> ReadResult<()> {
        self.object_with(fields, &mut each)
    }

    /// [`Self::object`] with `each` as a [`Visit`] trait object.
    #[inline(never)]
    #[cfg_attr(inkasso_size, optimize(size))]
    fn object_with(&mut self, fields: &[&str], each: &mut dyn Visit<'a, usize>) -> ReadResult<()> {
        if self.kind()? != Kind::Object {
            return Err(self.invalid_type("an object"));
        }
        self.expect(b'{')?;
        let mut seen: u64 = 0;
        let mut first = true;
        loop {
            match self.peek() {
                Some(b'}') => break,
                Some(b',') if !first => self.bump(),
                _ if first => {}
                _ => return Err(malformed()),
            }
            first = false;
            if self.peek() != Some(b'"') {
                return Err(malformed());
            }
            let key = self.read_string()?;
            self.expect(b':')?;
            let Some(index) = fields.iter().position(|f| *f == key) else {
                // A getter of the object's class that is no field: not read, as JSON.stringify
                // does not read it (the wrapper names it only for a field it would be).
                if self.eat(GETTER) {
                    continue;
                }
                return Err(ReadError::unknown_field(&key, fields));
            };
            let bit = u32::try_from(index)
                .ok()
                .and_then(|i| 1u64.checked_shl(i))
                .unwrap_or(0);
            if seen & bit != 0 {
                return Err(ReadError::coded(
                    ErrorCode::InvalidType,
                    format!("duplicate field `{key}`"),
                ));
            }
            seen |= bit;
            each.visit(self, index)
                .map_err(|e| e.in_segment(Segment::Key(key.into_owned())))?;
        }
        self.expect(b'}')
    }

    /// An array: `each` reads the element at that index (its errors are put at the index).
    pub fn array(
        &mut self,
        mut each: impl FnMut(&mut Reader<'a>, u32) -> ReadResult<()>,
    ) -> ReadResult<()> {
        self.array_with(&mut each)
    }

    /// [`Self::array`] with `each` as a [`Visit`] trait object.
    #[inline(never)]
    #[cfg_attr(inkasso_size, optimize(size))]
    fn array_with(&mut self, each: &mut dyn Visit<'a, u32>) -> ReadResult<()> {
        match self.kind()? {
            Kind::Array => {}
            Kind::BigArray => return Err(ReadError::big_array()),
            _ => return Err(self.invalid_type("an array")),
        }
        self.expect(b'[')?;
        let mut index: u32 = 0;
        loop {
            match self.peek() {
                Some(b']') => break,
                Some(b',') if index > 0 => self.bump(),
                _ if index == 0 => {}
                _ => return Err(malformed()),
            }
            each.visit(self, index)
                .map_err(|e| e.in_segment(Segment::Index(index)))?;
            index = index.saturating_add(1);
        }
        self.expect(b']')
    }

    /// Reads an array of `T`, handing each element and the byte range of its text to `each`
    /// as soon as it is read. The same steps, errors and paths as reading a `Vec<T>`, but
    /// `quick` is asked first at each element: when it reads one (and says how many bytes it
    /// took), that element is handed over as [`Read::Quick`] and the general reader skips it.
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn each_element<T: ReadText<'a>, Q>(
        &mut self,
        quick: impl Fn(&'a [u8]) -> Option<(Q, usize)>,
        mut each: impl FnMut(Read<Q, T>, core::ops::Range<usize>),
    ) -> ReadResult<()> {
        let text = self.text;
        self.array(|r, _| {
            r.skip_space();
            let start = r.pos;
            let element = match text.get(start..).and_then(&quick) {
                Some((element, len)) => {
                    r.pos = start.saturating_add(len);
                    Read::Quick(element)
                }
                None => Read::General(T::read(r)?),
            };
            each(element, start..r.pos);
            Ok(())
        })
    }
}

/// What [`Reader::object`] and [`Reader::array`] do with each value (its key's index or the
/// element's). A trait object of this one method, not a `dyn FnMut`: that one's table also
/// holds the closure's `call_once`, a second copy of its code in the module (issue 15, size).
#[doc(hidden)]
pub trait Visit<'a, I> {
    /// Reads the value at the reader's position.
    fn visit(&mut self, r: &mut Reader<'a>, index: I) -> ReadResult<()>;
}

impl<'a, I, F: FnMut(&mut Reader<'a>, I) -> ReadResult<()>> Visit<'a, I> for F {
    fn visit(&mut self, r: &mut Reader<'a>, index: I) -> ReadResult<()> {
        self(r, index)
    }
}

/// An element of [`Reader::each_element`]: read by the quick reader, or by the general one.
#[doc(hidden)]
pub enum Read<Q, T> {
    /// What the quick reader made of it.
    Quick(Q),
    /// What the general reader made of it.
    General(T),
}

/// An input type read from the wrapper's text.
pub trait ReadText<'a>: Sized {
    /// Reads one value of this type at the reader's position.
    fn read(r: &mut Reader<'a>) -> ReadResult<Self>;
}

/// Reads a `T` from `text`, then the end of the text; errors carry the path, prefixed with
/// `prefix` when given (`"claim"`: `claim.invoices[0].amount`). Only the errors found while
/// reading: the errors of the conversion after it (`ClaimInput::into_claim`, say) name paths
/// without it, so add it there with [`crate::Error::within`].
pub fn read_text<'a, T: ReadText<'a>>(text: &'a [u8], prefix: &str) -> crate::Result<T> {
    let mut reader = Reader::new(text);
    T::read(&mut reader)
        .and_then(|value| reader.end().map(|()| value))
        .map_err(|e| read_error(e, prefix))
}

/// The error of reading an argument, within `prefix` when given (out of line: one copy for
/// every input type).
#[inline(never)]
fn read_error(e: ReadError, prefix: &str) -> Error {
    let e = super::with_text_hint(e.into_error());
    if prefix.is_empty() {
        e
    } else {
        e.within(prefix)
    }
}

impl<'a> ReadText<'a> for String {
    #[cfg_attr(inkasso_size, optimize(size))]
    fn read(r: &mut Reader<'a>) -> ReadResult<Self> {
        r.text().map(Cow::into_owned)
    }
}

impl<'a> ReadText<'a> for Text<'a> {
    #[cfg_attr(inkasso_size, optimize(size))]
    fn read(r: &mut Reader<'a>) -> ReadResult<Self> {
        r.text()
    }
}

impl<'a> ReadText<'a> for bool {
    #[cfg_attr(inkasso_size, optimize(size))]
    fn read(r: &mut Reader<'a>) -> ReadResult<Self> {
        r.boolean()
    }
}

impl<'a> ReadText<'a> for WholeInput {
    #[cfg_attr(inkasso_size, optimize(size))]
    fn read(r: &mut Reader<'a>) -> ReadResult<Self> {
        r.whole()
    }
}

impl<'a, T: ReadText<'a>> ReadText<'a> for Option<T> {
    /// `null` or `undefined` read as `None`.
    #[cfg_attr(inkasso_size, optimize(size))]
    fn read(r: &mut Reader<'a>) -> ReadResult<Self> {
        if r.nullish()? {
            Ok(None)
        } else {
            T::read(r).map(Some)
        }
    }
}

impl<'a, T: ReadText<'a>> ReadText<'a> for Vec<T> {
    #[cfg_attr(inkasso_size, optimize(size))]
    fn read(r: &mut Reader<'a>) -> ReadResult<Self> {
        let mut out = Vec::new();
        r.array(|r, _| {
            out.push(T::read(r)?);
            Ok(())
        })?;
        Ok(out)
    }
}

impl<'a> ReadText<'a> for NumberInput {
    fn read(r: &mut Reader<'a>) -> ReadResult<Self> {
        read_number_input(r, super::NUMBER_EXPECTED)
    }
}

impl<'a> ReadText<'a> for DaysInput {
    fn read(r: &mut Reader<'a>) -> ReadResult<Self> {
        read_number_input(r, super::DAYS_EXPECTED).map(DaysInput)
    }
}

/// A number or a string holding one ([`NumberInput`]); `expected` names the field's values in
/// an `INVALID_TYPE` message for any other value.
#[cfg_attr(inkasso_size, optimize(size))]
fn read_number_input<'a>(r: &mut Reader<'a>, expected: &str) -> ReadResult<NumberInput> {
    match r.kind()? {
        Kind::String => r.read_string().map(|s| NumberInput::Text(s.into_owned())),
        Kind::Number => {
            let n = r.read_number()?;
            Ok(match n.safe_integer() {
                Some(value) => NumberInput::Integer(i128::from(value)),
                None => NumberInput::Written(n.plain()),
            })
        }
        _ => Err(r.invalid_type(expected)),
    }
}

/// Reads one of the values of an enum of unit variants, named as its serde derive names them
/// (in declaration order, as serde lists them in `unknown variant`).
macro_rules! read_variants {
    ($ty:ty { $($name:literal => $value:expr),+ $(,)? }) => {
        impl Variants for $ty {
            const NAMES: &'static [&'static str] = &[$($name),+];
            const VALUES: &'static [$ty] = &[$($value),+];
        }

        impl<'a> ReadText<'a> for $ty {
            #[cfg_attr(inkasso_size, optimize(size))]
            fn read(r: &mut Reader<'a>) -> ReadResult<Self> {
                let index = r.variant(Self::NAMES)?;
                Self::VALUES.get(index).copied().ok_or_else(malformed)
            }
        }
    };
}

/// An enum of unit variants read by name: its names (as its serde derive names them, in
/// declaration order) and the values they stand for, in the same order. The quick reader
/// ([`super::quick`]) reads the same names from the same table.
#[doc(hidden)]
pub trait Variants: Sized + Copy + 'static {
    /// The names.
    const NAMES: &'static [&'static str];
    /// The value of each name.
    const VALUES: &'static [Self];

    /// The value named `name`, if one is.
    #[cfg_attr(inkasso_size, optimize(size))]
    fn named(name: &str) -> Option<Self> {
        let index = Self::NAMES.iter().position(|n| *n == name)?;
        Self::VALUES.get(index).copied()
    }
}

/// The names of the enum serde calls `type_name` in its messages (`enum DebtorKind`), so that
/// the native path lists them as the reader does.
pub(crate) fn names_of_enum(type_name: &str) -> Option<&'static [&'static str]> {
    Some(match type_name {
        "DebtorKind" => DebtorKind::NAMES,
        "DayCount" => DayCount::NAMES,
        "StepKind" => StepKind::NAMES,
        "RateStatus" => RateStatus::NAMES,
        "Detail" => Detail::NAMES,
        "Channel" => Channel::NAMES,
        "PresetId" => PresetId::NAMES,
        _ => return None,
    })
}

read_variants!(DebtorKind {
    "consumer" => DebtorKind::Consumer,
    "business" => DebtorKind::Business,
    "public" => DebtorKind::Public,
});
read_variants!(DayCount {
    "actual/actual" => DayCount::ActualActual,
    "actual/365" => DayCount::Actual365,
    "30/360" => DayCount::Thirty360,
});
read_variants!(StepKind {
    "reminder" => StepKind::Reminder,
    "collectionDemand" => StepKind::CollectionDemand,
    "finalNotice" => StepKind::FinalNotice,
    "paymentPlan" => StepKind::PaymentPlan,
    "paymentOrder" => StepKind::PaymentOrder,
    "enforcement" => StepKind::Enforcement,
    "dispute" => StepKind::Dispute,
    "courtAction" => StepKind::CourtAction,
    "judgment" => StepKind::Judgment,
    "surveillance" => StepKind::Surveillance,
});
read_variants!(LetterKind {
    "reminder" => LetterKind::Reminder,
    "collectionDemand" => LetterKind::CollectionDemand,
    "finalNotice" => LetterKind::FinalNotice,
});
read_variants!(RateStatus {
    "confirmed" => RateStatus::Confirmed,
    "derived" => RateStatus::Derived,
    "provisional" => RateStatus::Provisional,
    "assumed" => RateStatus::Assumed,
});
read_variants!(Detail {
    "full" => Detail::Full,
    "summary" => Detail::Summary,
});
read_variants!(Channel {
    "letter" => Channel::Letter,
    "email" => Channel::Email,
    "sms" => Channel::Sms,
});
read_variants!(PresetId {
    "standard" => PresetId::Standard,
    "smsReminder" => PresetId::SmsReminder,
    "reminderDemandFinalNotice" => PresetId::ReminderDemandFinalNotice,
    "remindersOnly" => PresetId::RemindersOnly,
    "lawfulMinimum" => PresetId::LawfulMinimum,
});

/// Where the value of one field of a struct being read goes ([`Reader::fields`]): an
/// `Option<T>` slot takes a `T`. Every struct's fields are read through this one trait, so
/// each field type's reading is compiled once for all the structs that have it, not once per
/// field (issue 15, size).
#[doc(hidden)]
pub trait Slot<'a> {
    /// Reads the field's value at the reader's position into the slot.
    fn read_into(&mut self, r: &mut Reader<'a>) -> ReadResult<()>;
    /// Whether a value was read into the slot.
    fn filled(&self) -> bool;
}

impl<'a, T: ReadText<'a>> Slot<'a> for Option<T> {
    #[cfg_attr(inkasso_size, optimize(size))]
    fn read_into(&mut self, r: &mut Reader<'a>) -> ReadResult<()> {
        *self = Some(T::read(r)?);
        Ok(())
    }

    #[cfg_attr(inkasso_size, optimize(size))]
    fn filled(&self) -> bool {
        self.is_some()
    }
}

/// A value of a required field's type that stands in an empty slot: never seen, because
/// [`Reader::fields`] refuses an object with a required field missing before any slot is
/// taken. Taking a required field is then infallible, which leaves each struct's reader one
/// error path instead of one per field, each dropping the fields read so far (issue 15, size).
#[doc(hidden)]
pub trait Placeholder {
    /// The stand-in value.
    fn placeholder() -> Self;
}

impl Placeholder for String {
    fn placeholder() -> Self {
        String::new()
    }
}

impl<T> Placeholder for Vec<T> {
    fn placeholder() -> Self {
        Vec::new()
    }
}

impl Placeholder for NumberInput {
    fn placeholder() -> Self {
        NumberInput::Integer(0)
    }
}

impl Placeholder for DaysInput {
    fn placeholder() -> Self {
        DaysInput(NumberInput::placeholder())
    }
}

impl Placeholder for WholeInput {
    fn placeholder() -> Self {
        WholeInput::Exact(0)
    }
}

impl Placeholder for StepKind {
    fn placeholder() -> Self {
        StepKind::Reminder
    }
}

impl Placeholder for LetterKind {
    fn placeholder() -> Self {
        LetterKind::Reminder
    }
}

impl Placeholder for DebtorKind {
    fn placeholder() -> Self {
        DebtorKind::Consumer
    }
}

impl<'a> Reader<'a> {
    /// An object whose keys are all among `names` (as [`Self::object`]), the value of each
    /// read into the slot at the same index. A field reads an absent value (see [`Presence`])
    /// by leaving its slot empty: the caller's default. A required field reads `null` and
    /// `undefined` as its type does (`INVALID_TYPE`). After the object, the first required
    /// field (in declaration order) whose slot is empty is `missing field`.
    #[inline(never)]
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn fields(
        &mut self,
        names: &[&str],
        presence: &[Presence],
        slots: &mut [&mut dyn Slot<'a>],
    ) -> ReadResult<()> {
        self.object(names, |r, index| {
            let absent = match presence.get(index) {
                Some(Presence::Optional) => r.nullish()?,
                Some(Presence::UndefinedAbsent) => r.undefined(),
                _ => false,
            };
            if absent {
                return Ok(());
            }
            match slots.get_mut(index) {
                Some(slot) => slot.read_into(r),
                None => Err(malformed()),
            }
        })?;
        let missing = names
            .iter()
            .zip(presence)
            .zip(slots.iter())
            .find(|((_, presence), slot)| **presence == Presence::Required && !slot.filled());
        match missing {
            Some(((name, _), _)) => Err(ReadError::missing_field(name)),
            None => Ok(()),
        }
    }
}

/// How [`Reader::fields`] reads a field given `null` or `undefined`.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    /// A required field: both are read as its type reads them (`INVALID_TYPE`), and a field
    /// left out is `missing field`.
    Required,
    /// An optional field: both are absent (its default), as TypeScript's optional properties
    /// and `JSON.stringify` take `undefined`, and as JSON from other systems writes "no value".
    Optional,
    /// An optional field where `undefined` is absent and `null` is a value of its own (a
    /// policy's stage: `null` removes the preset's).
    UndefinedAbsent,
}

/// Reads a struct as its serde derive (`rename_all = "camelCase"`, `deny_unknown_fields`)
/// reads it: every field is `$field: $ty = $default` (an absent field takes the default) or
/// `$field: $ty` (required: an absent one is `missing field`, reported in declaration order).
/// An optional field given `null` or `undefined` is absent (its default, as the serde derive's
/// `null_as_default` reads it); any other value is read as its type reads ([`Reader::fields`]).
macro_rules! read_struct {
    ($ty:ident { $($field:ident : $fty:ty $(= $default:expr)? => $name:literal),+ $(,)? }) => {
        impl<'a> ReadText<'a> for $ty {
            #[cfg_attr(inkasso_size, optimize(size))]
            fn read(r: &mut Reader<'a>) -> ReadResult<Self> {
                const FIELDS: &[&str] = &[$($name),+];
                const PRESENCE: &[Presence] = &[$(read_struct!(@presence $($default)?)),+];
                $(let mut $field: Option<$fty> = None;)+
                r.fields(FIELDS, PRESENCE, &mut [$(&mut $field),+])?;
                Ok($ty {
                    $($field: read_struct!(@take $field, $name $(, $default)?),)+
                })
            }
        }
    };
    (@presence $default:expr) => { Presence::Optional };
    (@presence) => { Presence::Required };
    (@take $field:ident, $name:literal, $default:expr) => {
        $field.unwrap_or_else(|| $default)
    };
    (@take $field:ident, $name:literal) => {
        // Never empty here: `fields` refused the object ([`Placeholder`]).
        $field.unwrap_or_else(Placeholder::placeholder)
    };
}

read_struct!(InvoiceInput {
    number: String => "number",
    amount: NumberInput => "amount",
    issue_date: String => "issueDate",
    due_date: Option<String> = None => "dueDate",
    agreed_rate: Option<NumberInput> = None => "agreedRate",
    agreed_margin: Option<NumberInput> = None => "agreedMargin",
    rate_at_due_date: Option<NumberInput> = None => "rateAtDueDate",
    description: Option<String> = None => "description",
});
read_struct!(StepInput {
    kind: StepKind => "kind",
    date: String => "date",
    payment_term_days: Option<DaysInput> = None => "paymentTermDays",
    fee: Option<bool> = None => "fee",
    costs: Option<NumberInput> = None => "costs",
    further_year: Option<bool> = None => "furtherYear",
    withdrawn: Option<String> = None => "withdrawn",
    ended: Option<String> = None => "ended",
    groundless: Option<bool> = None => "groundless",
});
read_struct!(CreditInput {
    invoice: String => "invoice",
    date: String => "date",
    amount: NumberInput => "amount",
});
read_struct!(PaymentInput {
    date: String => "date",
    amount: NumberInput => "amount",
    invoice: Option<String> = None => "invoice",
});
read_struct!(ClaimInput {
    debtor: DebtorKind => "debtor",
    reminder_fee_agreed: bool = false => "reminderFeeAgreed",
    late_fee: Option<bool> = None => "lateFee",
    day_count: Option<DayCount> = None => "dayCount",
    shift_due_date: Option<bool> = None => "shiftDueDate",
    agreed_rate: Option<NumberInput> = None => "agreedRate",
    agreed_margin: Option<NumberInput> = None => "agreedMargin",
    invoices: Vec<InvoiceInput> => "invoices",
    steps: Vec<StepInput> = Vec::new() => "steps",
    payments: Vec<PaymentInput> = Vec::new() => "payments",
    credits: Vec<CreditInput> = Vec::new() => "credits",
});
read_struct!(RateRowInput {
    from: String => "from",
    percent: Option<NumberInput> = None => "percent",
    reference_rate: Option<NumberInput> = None => "referenceRate",
    to: Option<String> = None => "to",
    half_year: Option<String> = None => "halfYear",
    late_payment_rate: Option<NumberInput> = None => "latePaymentRate",
    status: Option<RateStatus> = None => "status",
    source: Option<String> = None => "source",
});
read_struct!(StatementOptionsInput {
    as_of: String => "asOf",
    rates: Option<Vec<RateRowInput>> = None => "rates",
    strict_rates: bool = false => "strictRates",
    detail: Detail = Detail::default() => "detail",
});
read_struct!(RatesOptionsInput {
    rates: Option<Vec<RateRowInput>> = None => "rates",
});
read_struct!(TotalsOptionsInput {
    rates: Option<Vec<RateRowInput>> = None => "rates",
    strict_rates: bool = false => "strictRates",
});
read_struct!(TimelineOptionsInput {
    today: Option<String> = None => "today",
    horizon: Option<String> = None => "horizon",
    rates: Option<Vec<RateRowInput>> = None => "rates",
    strict_rates: bool = false => "strictRates",
});
read_struct!(LetterInput {
    kind: LetterKind => "kind",
    date: String => "date",
    payment_term_days: DaysInput => "paymentTermDays",
    rates: Option<Vec<RateRowInput>> = None => "rates",
    strict_rates: bool = false => "strictRates",
});
read_struct!(PlanInput {
    date: String => "date",
    first_date: String => "firstDate",
    count: Option<WholeInput> = None => "count",
    amount: Option<NumberInput> = None => "amount",
    interval_months: Option<WholeInput> = None => "intervalMonths",
    interval_days: Option<WholeInput> = None => "intervalDays",
    fee: Option<bool> = None => "fee",
});
read_struct!(PlanOptionsInput {
    rates: Option<Vec<RateRowInput>> = None => "rates",
    strict_rates: bool = false => "strictRates",
});
read_struct!(ReminderInput {
    days_after_due: Option<WholeInput> = None => "daysAfterDue",
    payment_term_days: Option<WholeInput> = None => "paymentTermDays",
    channel: Option<Channel> = None => "channel",
});
read_struct!(StageInput {
    days_after: Option<WholeInput> = None => "daysAfter",
    payment_term_days: Option<WholeInput> = None => "paymentTermDays",
});
read_struct!(PaymentOrderInput {
    days_after: Option<WholeInput> = None => "daysAfter",
});
read_struct!(EnforcementInput {
    assumed_decision_days: Option<WholeInput> = None => "assumedDecisionDays",
    days_after_decision: Option<WholeInput> = None => "daysAfterDecision",
});
read_struct!(PaymentPlanInput {
    days_after: Option<WholeInput> = None => "daysAfter",
    count: Option<WholeInput> = None => "count",
    interval_months: Option<WholeInput> = None => "intervalMonths",
});
read_struct!(CourtInput {
    days_after_dispute: Option<WholeInput> = None => "daysAfterDispute",
    assumed_judgment_days: Option<WholeInput> = None => "assumedJudgmentDays",
});
read_struct!(SurveillanceInput {
    days_after_enforcement: Option<WholeInput> = None => "daysAfterEnforcement",
});
read_struct!(LabelInput {
    sv: Option<String> = None => "sv",
    en: Option<String> = None => "en",
});
read_struct!(FeesInput {
    reminder_fee: Option<bool> = None => "reminderFee",
    collection_fee: Option<bool> = None => "collectionFee",
    late_fee: Option<bool> = None => "lateFee",
    interest_on_fees: Option<bool> = None => "interestOnFees",
    fees_on_top_of_late_fee: Option<bool> = None => "feesOnTopOfLateFee",
});

impl<'a> ReadText<'a> for PolicyInput {
    #[cfg_attr(inkasso_size, optimize(size))]
    fn read(r: &mut Reader<'a>) -> ReadResult<Self> {
        const FIELDS: &[&str] = &[
            "id",
            "name",
            "description",
            "preset",
            "reminder",
            "secondReminder",
            "collectionDemand",
            "finalNotice",
            "paymentOrder",
            "enforcement",
            "paymentPlan",
            "court",
            "surveillance",
            "fees",
        ];
        // A stage reads into its field directly: absent stays `None`, `null` is `Some(None)`
        // (removed), an object `Some(Some(..))`. The other fields take `null` as absent.
        let mut policy = PolicyInput::default();
        let mut id: Option<Option<String>> = None;
        let mut name: Option<Option<LabelInput>> = None;
        let mut description: Option<Option<LabelInput>> = None;
        let mut preset: Option<Option<PresetId>> = None;
        let mut fees: Option<Option<FeesInput>> = None;
        // Every field of a policy is optional: `undefined` is absent (a stage `null` is
        // removed, one `undefined` keeps the preset's).
        r.fields(
            FIELDS,
            &[Presence::UndefinedAbsent; 14],
            &mut [
                &mut id,
                &mut name,
                &mut description,
                &mut preset,
                &mut policy.reminder,
                &mut policy.second_reminder,
                &mut policy.collection_demand,
                &mut policy.final_notice,
                &mut policy.payment_order,
                &mut policy.enforcement,
                &mut policy.payment_plan,
                &mut policy.court,
                &mut policy.surveillance,
                &mut fees,
            ],
        )?;
        policy.id = id.flatten();
        policy.name = name.flatten();
        policy.description = description.flatten();
        policy.preset = preset.flatten();
        policy.fees = fees.flatten();
        Ok(policy)
    }
}
