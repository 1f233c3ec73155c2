//! Errors as values: every failure carries a stable [`ErrorCode`], the path of the offending
//! input field (such as `invoices[0].dueDate`) and a readable message.
//!
//! The codes are part of the public contract (the JavaScript API throws them as `err.code`), so
//! a code is never renamed; new codes may be added.

use core::fmt;

/// A stable, machine-readable error code (`SCREAMING_SNAKE_CASE` when printed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorCode {
    /// The input is not of the expected shape (a number where an object was expected, …).
    InvalidType,
    /// A field that the input type does not have (a typo, usually).
    UnknownField,
    /// A required field is absent.
    MissingField,
    /// An enumerated value (debtor kind, step kind, day count, …) that is not one of the allowed ones.
    UnknownVariant,
    /// An amount that is not a plain decimal with at most two decimals (`"12500.00"`).
    InvalidAmount,
    /// An amount outside the accepted range (zero or negative where not allowed, or above 10^12 kr).
    AmountOutOfRange,
    /// A date that is not a real calendar date written `YYYY-MM-DD`.
    InvalidDate,
    /// A date outside 1900-01-01 … 2199-12-31, given or computed where the result must be a
    /// date the engine can take back as input (a letter's deadline, the bank day after
    /// 2199-12-31, an instalment moved past it).
    DateOutOfRange,
    /// A percentage that is not a plain decimal with at most two decimals, or outside −100 … 100.
    InvalidRate,
    /// A claim with no invoices.
    NoInvoices,
    /// More invoices, payments, credit notes or steps than the engine accepts in one claim, or
    /// more work than one call takes: a statement of over 100 000 interest lines (`field`
    /// `None`), a letter of over 1 000 lines, too many dates or claims in one call (the JS
    /// API's limits on input size too).
    TooManyItems,
    /// An invoice number that is blank, too long, surrounded by spaces or invisible characters,
    /// or not one line a letter can show.
    InvalidInvoiceNumber,
    /// An invoice description that is blank or too long.
    InvalidDescription,
    /// Two invoices with the same number.
    DuplicateInvoiceNumber,
    /// An invoice whose due date is before its issue date.
    DueBeforeIssue,
    /// A credit note, or a payment made for an invoice (`Payment::invoice`), naming an invoice
    /// number the claim does not have.
    UnknownInvoice,
    /// An instalment plan that cannot be made (no instalments, a first date before the plan,
    /// an amount that never pays the claim, instalments past 2199-12-31, …), or a recorded
    /// `paymentPlan` step that `ended` before it was agreed.
    InvalidPlan,
    /// A payment dated before the first invoice was issued, or before the invoice it was made
    /// for (a credit note before its own invoice).
    PaymentBeforeIssue,
    /// A step (reminder, inkassokrav, …) dated before the first invoice was issued.
    StepBeforeIssue,
    /// A date to value the claim on before the first invoice was issued: a statement's
    /// `asOf`, a timeline's `horizon`, a letter's `date`.
    AsOfBeforeIssue,
    /// A reference-rate table that is empty, unordered, has gaps, or rows not on 1 January / 1 July.
    InvalidRateTable,
    /// In strict mode: a day needs a reference rate that the table does not cover.
    RateNotCovered,
    /// A policy (escalation plan) that is inconsistent.
    InvalidPolicy,
    /// A number of days out of range: a step's or a letter's `paymentTermDays` that is not a
    /// whole number from 0 to 3650, or a letter's inkassokrav term under the 8 days god
    /// inkassosed asks.
    InvalidDays,
    /// An arithmetic result outside the representable range (should not happen within the limits).
    Overflow,
    /// A letter (reminder or inkassokrav) dated on or before the effective due date of an
    /// invoice with capital unpaid, or when no invoice has capital unpaid: an inkassokrav may be
    /// sent only after the due date has passed (inkassolagen, god inkassosed).
    CollectionDemandNotOverdue,
    /// A letter, or an instalment plan (at `plan.date`), for a claim that is paid in full on
    /// its date: nothing to collect.
    NothingToCollect,
    /// A letter, or an instalment plan (at `plan.date`), that would demand a debt time-barred
    /// on its date (preskriptionslagen).
    TimeBarred,
    /// A letter dated on or after a `dispute` that no judgment or verkställighet has decided
    /// since: a disputed claim is taken to court, not demanded again (inkassolagen 4 §, god
    /// inkassosed).
    ClaimDisputed,
    /// A dispute's `withdrawn` day before the dispute itself, or on the objection to a
    /// betalningsföreläggande (that case goes to the tingsrätt or is dismissed).
    InvalidWithdrawal,
    /// A `dispute` recorded `groundless` that is the debtor's objection to a
    /// betalningsföreläggande: Kronofogden takes the case to the tingsrätt at the creditor's
    /// request whatever the objection's grounds, so the creditor's own judgment of it does
    /// not let the road go on.
    InvalidDispute,
    /// A final notice (slutlig påminnelse) dated on or before the deadline of the latest lawful
    /// inkassokrav before it, while neither Kronofogden nor a court has the claim: it would cut
    /// that inkassokrav's term short (a final notice follows an inkassokrav left unpaid by its
    /// deadline).
    FinalNoticeTooEarly,
}

impl ErrorCode {
    /// The code as it is printed and thrown to JavaScript, e.g. `INVALID_AMOUNT`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::InvalidType => "INVALID_TYPE",
            Self::UnknownField => "UNKNOWN_FIELD",
            Self::MissingField => "MISSING_FIELD",
            Self::UnknownVariant => "UNKNOWN_VARIANT",
            Self::InvalidAmount => "INVALID_AMOUNT",
            Self::AmountOutOfRange => "AMOUNT_OUT_OF_RANGE",
            Self::InvalidDate => "INVALID_DATE",
            Self::DateOutOfRange => "DATE_OUT_OF_RANGE",
            Self::InvalidRate => "INVALID_RATE",
            Self::NoInvoices => "NO_INVOICES",
            Self::TooManyItems => "TOO_MANY_ITEMS",
            Self::InvalidInvoiceNumber => "INVALID_INVOICE_NUMBER",
            Self::InvalidDescription => "INVALID_DESCRIPTION",
            Self::DuplicateInvoiceNumber => "DUPLICATE_INVOICE_NUMBER",
            Self::DueBeforeIssue => "DUE_BEFORE_ISSUE",
            Self::PaymentBeforeIssue => "PAYMENT_BEFORE_ISSUE",
            Self::UnknownInvoice => "UNKNOWN_INVOICE",
            Self::InvalidPlan => "INVALID_PLAN",
            Self::StepBeforeIssue => "STEP_BEFORE_ISSUE",
            Self::AsOfBeforeIssue => "AS_OF_BEFORE_ISSUE",
            Self::InvalidRateTable => "INVALID_RATE_TABLE",
            Self::RateNotCovered => "RATE_NOT_COVERED",
            Self::InvalidPolicy => "INVALID_POLICY",
            Self::InvalidDays => "INVALID_DAYS",
            Self::Overflow => "OVERFLOW",
            Self::CollectionDemandNotOverdue => "COLLECTION_DEMAND_NOT_OVERDUE",
            Self::NothingToCollect => "NOTHING_TO_COLLECT",
            Self::TimeBarred => "TIME_BARRED",
            Self::ClaimDisputed => "CLAIM_DISPUTED",
            Self::InvalidWithdrawal => "INVALID_WITHDRAWAL",
            Self::InvalidDispute => "INVALID_DISPUTE",
            Self::FinalNoticeTooEarly => "FINAL_NOTICE_TOO_EARLY",
        }
    }

    /// Every code, in declaration order (for documentation tables and tests).
    pub const ALL: &'static [ErrorCode] = &[
        Self::InvalidType,
        Self::UnknownField,
        Self::MissingField,
        Self::UnknownVariant,
        Self::InvalidAmount,
        Self::AmountOutOfRange,
        Self::InvalidDate,
        Self::DateOutOfRange,
        Self::InvalidRate,
        Self::NoInvoices,
        Self::TooManyItems,
        Self::InvalidInvoiceNumber,
        Self::InvalidDescription,
        Self::DuplicateInvoiceNumber,
        Self::DueBeforeIssue,
        Self::UnknownInvoice,
        Self::InvalidPlan,
        Self::PaymentBeforeIssue,
        Self::StepBeforeIssue,
        Self::AsOfBeforeIssue,
        Self::InvalidRateTable,
        Self::RateNotCovered,
        Self::InvalidPolicy,
        Self::InvalidDays,
        Self::Overflow,
        Self::CollectionDemandNotOverdue,
        Self::NothingToCollect,
        Self::TimeBarred,
        Self::ClaimDisputed,
        Self::InvalidWithdrawal,
        Self::InvalidDispute,
        Self::FinalNoticeTooEarly,
    ];
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An error: what went wrong ([`ErrorCode`]), where (`field`, a path into the input such as
/// `payments[2].amount`, absent when the input as a whole is at fault), and a message for people.
///
/// One pointer wide (its parts are boxed), so that every `Result` the engine passes up with `?`
/// moves a pointer rather than the three parts (issue 15: a `Result` is moved at hundreds of
/// places in the wasm module).
#[derive(Clone, PartialEq, Eq)]
pub struct Error(Box<Parts>);

/// What an [`Error`] holds. Two errors are equal when their code, field and message are: the
/// per-diem mark is the engine's own (not shown, not compared).
#[derive(Clone)]
struct Parts {
    code: ErrorCode,
    field: Option<String>,
    message: String,
    /// A strict statement's refusal of its per diem's next day alone ([`Error::of_per_diem`]).
    per_diem: bool,
}

impl PartialEq for Parts {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code && self.field == other.field && self.message == other.message
    }
}

impl Eq for Parts {}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("code", &self.0.code)
            .field("field", &self.0.field)
            .field("message", &self.0.message)
            .finish()
    }
}

impl Error {
    /// An error with a code and a message, not yet tied to a field. Out of line, as [`Self::at`]
    /// and [`Self::within`]: errors are made at hundreds of places, each on a path that is not
    /// taken (issue 15, size).
    #[inline(never)]
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn new(code: ErrorCode, message: impl Into<String>) -> Self {
        Self(Box::new(Parts {
            code,
            field: None,
            message: one_line(message.into()),
            per_diem: false,
        }))
    }

    /// The same error, marked as a strict statement's refusal of its per diem's next day
    /// alone: every day of interest through the statement's date was covered. A plan's
    /// schedule (which has no per diem) and a letter (which allows it) tell it apart.
    #[must_use]
    pub(crate) fn of_per_diem(mut self) -> Self {
        self.0.per_diem = true;
        self
    }

    /// Whether [`Error::of_per_diem`] marked it.
    pub(crate) fn is_per_diem(&self) -> bool {
        self.0.per_diem
    }

    /// The same error, tied to the input field at `path` (replacing any earlier path).
    #[must_use]
    #[inline(never)]
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn at(mut self, path: impl Into<String>) -> Self {
        self.0.field = Some(path.into());
        self
    }

    /// The same error with `suffix` added to its message.
    #[must_use]
    pub(crate) fn with_message_suffix(mut self, suffix: &str) -> Self {
        self.0.message.push_str(suffix);
        self
    }

    /// The same error with `prefix` put in front of its field path (`invoices[0]` + `amount`).
    #[must_use]
    #[inline(never)]
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn within(mut self, prefix: &str) -> Self {
        self.0.field = Some(match self.0.field.take() {
            None => prefix.to_owned(),
            Some(inner) if inner.starts_with('[') => format!("{prefix}{inner}"),
            Some(inner) => format!("{prefix}.{inner}"),
        });
        self
    }

    /// An arithmetic overflow in the computation named by `what`.
    #[inline(never)]
    pub fn overflow(what: &str) -> Self {
        Self::new(
            ErrorCode::Overflow,
            format!("arithmetic overflow while computing {what}"),
        )
    }

    /// The stable code.
    pub fn code(&self) -> ErrorCode {
        self.0.code
    }

    /// The path of the offending field, if one field is at fault.
    pub fn field(&self) -> Option<&str> {
        self.0.field.as_deref()
    }

    /// The human-readable message (English).
    pub fn message(&self) -> &str {
        &self.0.message
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0.field {
            Some(field) => write!(f, "{} at {}: {}", self.0.code, field, self.0.message),
            None => write!(f, "{}: {}", self.0.code, self.0.message),
        }
    }
}

impl std::error::Error for Error {}

/// As it is printed: `"INVALID_AMOUNT"`.
impl serde::Serialize for ErrorCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// The error as JavaScript receives it, for a Rust service that answers in JSON:
/// `{"code":"INVALID_AMOUNT","field":"invoices[0].amount","message":"…"}`, with `"field":null`
/// when the input as a whole is at fault (the JS `InvoicingError`'s `field` is `null` then).
///
/// ```
/// use inkasso::{Error, ErrorCode};
/// let err = Error::new(ErrorCode::NoInvoices, "a claim needs at least one invoice").at("invoices");
/// assert_eq!(
///     serde_json::to_string(&err).unwrap(),
///     r#"{"code":"NO_INVOICES","field":"invoices","message":"a claim needs at least one invoice"}"#,
/// );
/// ```
impl serde::Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = serializer.serialize_struct("Error", 3)?;
        out.serialize_field("code", &self.0.code)?;
        out.serialize_field("field", &self.0.field)?;
        out.serialize_field("message", &self.0.message)?;
        out.end()
    }
}

/// Appends the key `key` to the field path `path`: `.key` (or `key` at the start) when it is an
/// identifier, else `["…"]` with the key escaped as `JSON.stringify` escapes it, so that a key
/// such as `amount.x`, `[0]` or an empty one reads as one key (the JS wrapper writes the same).
pub(crate) fn push_key(path: &mut String, key: &str) {
    if is_identifier(key) {
        if !path.is_empty() {
            path.push('.');
        }
        path.push_str(key);
        return;
    }
    path.push_str("[\"");
    for c in key.chars() {
        match c {
            '"' => path.push_str("\\\""),
            '\\' => path.push_str("\\\\"),
            c => push_escaped(path, c),
        }
    }
    path.push_str("\"]");
}

/// `c` as `JSON.stringify` writes it in a string (`\b`, `\u0001`), and the line breaks it
/// leaves alone (U+0085, U+2028, U+2029) escaped too, so that a path or message is one line.
fn push_escaped(out: &mut String, c: char) {
    match c {
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        '\u{8}' => out.push_str("\\b"),
        '\u{c}' => out.push_str("\\f"),
        c if breaks_line(c) => {
            out.push_str("\\u");
            let n = u32::from(c);
            push_hex_pair(out, n >> 8);
            push_hex_pair(out, n & 0xff);
        }
        c => out.push(c),
    }
}

/// A control character JSON escapes, or a line break it does not.
fn breaks_line(c: char) -> bool {
    c < ' ' || matches!(c, '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// A key written bare in a path: ASCII letters, digits, `_` and `$`, not starting with a digit.
fn is_identifier(key: &str) -> bool {
    let mut bytes = key.bytes();
    matches!(bytes.next(), Some(b'a'..=b'z' | b'A'..=b'Z' | b'_' | b'$'))
        && bytes.all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'$')
}

/// Two lowercase hex digits of `n` (< 256).
fn push_hex_pair(out: &mut String, n: u32) {
    for shift in [4, 0] {
        if let Some(d) = char::from_digit((n >> shift) & 0xf, 16) {
            out.push(d);
        }
    }
}

/// `message` with each control character written as `JSON.stringify` writes it (`\n`,
/// `\u0001`), and the line breaks it leaves alone (U+0085, U+2028, U+2029) escaped too: a
/// message is one line, whatever the input it quotes, escaped as its field path is.
fn one_line(message: String) -> String {
    if !message.chars().any(breaks_line) {
        return message;
    }
    let mut out = String::with_capacity(message.len().saturating_add(8));
    for c in message.chars() {
        push_escaped(&mut out, c);
    }
    out
}

/// The path of `field` of item `index` of the list `list`: `payments[3].amount`, or of the item
/// itself when `field` is empty (`invoices[0]`). Out of line: error paths are built at many
/// places, and one call is smaller than a `format!` at each (issue 15, size).
#[inline(never)]
#[cfg_attr(inkasso_size, optimize(size))]
pub(crate) fn item_path(list: &str, index: usize, field: &str) -> String {
    let mut path = String::with_capacity(list.len().saturating_add(field.len()).saturating_add(8));
    path.push_str(list);
    path.push('[');
    crate::money::push_int(&mut path, i64::try_from(index).unwrap_or(i64::MAX));
    path.push(']');
    if !field.is_empty() {
        path.push('.');
        path.push_str(field);
    }
    path
}

/// `text` in double quotes with special characters escaped, as `{:?}` prints them: `\0`, `\t`,
/// `\r`, `\n`, `\\`, `\"` and `\'`, and every control or invisible formatting character
/// (zero-width spaces and joiners, direction marks and overrides, the soft hyphen, the byte order
/// mark, …) as `\u{…}`. Other characters are shown as they are. Unlike `str::escape_debug`, this
/// needs no Unicode tables (10 KB of the wasm module), so characters that Rust would call
/// unprintable for other reasons (unassigned or private-use code points, a combining mark
/// first) are shown as they are. Error messages use this instead of `Debug` formatting, which
/// the size-tuned wasm build compiles out (`-Zfmt-debug=none` prints nothing for `{:?}`).
#[cfg_attr(inkasso_size, optimize(size))]
pub(crate) fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len().saturating_add(2));
    out.push('"');
    for c in text.chars() {
        match c {
            '\0' => out.push_str("\\0"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\n' => out.push_str("\\n"),
            '\\' | '"' | '\'' => {
                out.push('\\');
                out.push(c);
            }
            c if is_invisible(c) => {
                out.push_str("\\u{");
                push_hex(&mut out, u32::from(c));
                out.push('}');
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Control characters (Cc), the invisible formatting characters (Cf, and the line and
/// paragraph separators) and the spaces other than the ASCII one (a no-break space read as a
/// trailing space: a red team) a reader could not see, or tell apart, in a message.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{0}'..='\u{1F}'
            | '\u{7F}'..='\u{A0}'
            | '\u{AD}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200A}'
            | '\u{202F}'
            | '\u{205F}'
            | '\u{3000}'
            | '\u{600}'..='\u{605}'
            | '\u{61C}'
            | '\u{6DD}'
            | '\u{70F}'
            | '\u{180E}'
            | '\u{200B}'..='\u{200F}'
            | '\u{2028}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{E0001}'
            | '\u{E0020}'..='\u{E007F}'
    )
}

/// `n` in lower-case hexadecimal without leading zeros, as `{:x}` writes it.
fn push_hex(out: &mut String, n: u32) {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut shift: u32 = 28;
    let mut started = false;
    loop {
        let digit = n.checked_shr(shift).unwrap_or(0) & 0xF;
        if digit != 0 || started || shift == 0 {
            started = true;
            let d = DIGITS.get(digit as usize).copied().unwrap_or(b'0');
            out.push(char::from(d));
        }
        if shift == 0 {
            return;
        }
        shift = shift.saturating_sub(4);
    }
}

/// Shorthand for results whose error is [`Error`].
pub type Result<T, E = Error> = core::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_shows_spaces_other_than_the_ascii_one() {
        // A red team: `"A\u{a0}"` was printed as `"A "`, read as a trailing space.
        assert_eq!(quoted("A\u{a0}"), "\"A\\u{a0}\"");
        assert_eq!(quoted("1\u{202f}000"), "\"1\\u{202f}000\"");
        assert_eq!(quoted("x\u{3000}"), "\"x\\u{3000}\"");
        assert_eq!(quoted("a b"), "\"a b\"");
    }

    #[test]
    fn quoted_escapes_as_debug_does_for_what_it_escapes() {
        // Where Debug and `quoted` agree: ASCII, common letters, and every character `quoted`
        // escapes (controls and invisible formatting characters are unprintable to Rust too).
        let samples = [
            "plain",
            "Åsa Öberg",
            "tab\there",
            "cr\rlf\n",
            "nul\0",
            "back\\slash",
            "\"quoted\"",
            "it's",
            "\u{7f}\u{85}\u{9f}",
            "soft\u{ad}hyphen",
            "zw\u{200b}sp",
            "rtl\u{202e}x",
            "bom\u{feff}",
            "tag\u{e0041}",
            "emoji 😀",
            "€ 1 000",
            "\u{2028}",
        ];
        for text in samples {
            assert_eq!(
                quoted(text),
                format!("\"{}\"", text.escape_debug()),
                "{text}"
            );
        }
        // Every character `quoted` escapes, Rust's escape_debug escapes too.
        for c in (0..=0x10FFFFu32)
            .filter_map(char::from_u32)
            .filter(|c| is_invisible(*c))
        {
            let s = format!("a{c}");
            assert_eq!(
                quoted(&s),
                format!("\"{}\"", s.escape_debug()),
                "U+{:04X}",
                u32::from(c)
            );
        }
        // Characters shown as they are, which Rust calls unprintable (documented difference).
        assert_eq!(quoted("\u{e000}"), "\"\u{e000}\"");
    }

    #[test]
    fn codes_are_unique_screaming_snake() {
        let mut seen = std::collections::HashSet::new();
        for code in ErrorCode::ALL {
            let s = code.as_str();
            assert!(seen.insert(s), "duplicate code {s}");
            assert!(s.chars().all(|c| c.is_ascii_uppercase() || c == '_'), "{s}");
        }
    }

    #[test]
    fn paths_compose() {
        let e = Error::new(ErrorCode::InvalidAmount, "bad")
            .at("amount")
            .within("invoices[0]");
        assert_eq!(e.field(), Some("invoices[0].amount"));
        let e = Error::new(ErrorCode::InvalidAmount, "bad")
            .at("[3]")
            .within("payments");
        assert_eq!(e.field(), Some("payments[3]"));
        assert_eq!(e.to_string(), "INVALID_AMOUNT at payments[3]: bad");
    }
}
