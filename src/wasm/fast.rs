//! Results that cross as text (issue 15): a statement as its parts, materialised lazily by the
//! JS wrapper, and the totals of a claim on many dates from one replay.

use super::convert::{self, to_js, JsResult};
use super::json;
use crate::claim::Claim;
use crate::input::ClaimInput;
use crate::statement::{
    Allocation, Detail, FeeLine, InterestLine, InvoiceStatus, Statement, StatementOptions,
};
use crate::text::Text;
use crate::warning::Warning;
use wasm_bindgen::JsValue;

/// Arrays of a statement whose JSON is shorter than this are written inside its head (parsed
/// with it); longer ones follow as parts of their own, parsed on first access.
pub const INLINE_BYTES: usize = 512;

/// Ends each field of a statement's text ([`Statements`]): the unit separator, a byte no
/// field holds (JSON text and the strings written escaped have no control character).
const END: char = '\u{1}';

/// Statements as the wrapper materialises them, read by position rather than parsed: each
/// field of [`Statements::push`]'s record ends with [`END`], in the order of the statement's
/// keys: `asOf`, the six amounts, then its five arrays. Interest lines (as rows, see
/// [`push_line_rows`]) and allocations (as rows, see [`push_allocation_rows`]) are one field each, a
/// JSON array of numbers and strings; fee lines, invoices and warnings are their count, then
/// the fields of each ([`push_fee_lines`], [`push_invoices`], [`push_warnings`]). An array
/// longer than [`INLINE_BYTES`] is instead `0` (the JSON arrays) or `-` (the others) and is
/// written as a part of its own, read on first access. [`Statements::finish`] gives the
/// records, NUL, then each part NUL-ended, in the order of the arrays that stand for them. It
/// is ASCII (texts that are not plain ASCII are written as JSON strings, see
/// [`push_text`]) and crosses as one JS string (decoded on the fast path, no `ArrayBuffer`
/// made); the wrapper reads the records at once and each part only on first access, into the
/// same plain objects (same keys, same order, same values) that `JSON.parse` of each whole
/// statement gives, except for the texts: the lines' `explanation`s and the warnings' `text`s
/// do not cross here; the wrapper builds them the first time one of a statement is read (from
/// [`statement_texts`]). Reading by position measured four times faster than `JSON.parse` of
/// the same statements as objects, and the text is less than half as long.
pub struct Statements {
    records: String,
    parts: String,
    scratch: String,
    /// The fee lines' rules as written, by rule ([`push_rule`]).
    rules: Vec<(&'static str, String)>,
}

impl Statements {
    /// No statements yet.
    pub fn new() -> Statements {
        // Room for a statement with some 50 allocations without growing: growing each buffer
        // from empty cost a dozen reallocations a call.
        Statements {
            records: String::with_capacity(8192),
            parts: String::with_capacity(4096),
            scratch: String::with_capacity(4096),
            rules: Vec::new(),
        }
    }

    /// Appends `statement`.
    pub fn push(&mut self, mut statement: Statement) -> Result<(), convert::Thrown> {
        let lines = core::mem::take(&mut statement.interest_lines);
        let fee_lines = core::mem::take(&mut statement.fee_lines);
        let allocations = core::mem::take(&mut statement.allocations);
        let invoices = core::mem::take(&mut statement.invoices);
        let warnings = core::mem::take(&mut statement.warnings);
        push_head(&mut self.records, &statement);
        let mut rules = core::mem::take(&mut self.rules);
        let written = self
            .array(Part::Json, |out| {
                push_line_rows(out, &lines, &mut rules);
                Ok(())
            })
            .and_then(|()| {
                self.array(Part::Fields, |out| {
                    push_fee_lines(out, &fee_lines, &mut rules);
                    Ok(())
                })
            })
            .and_then(|()| {
                self.array(Part::Json, |out| {
                    push_allocation_rows(out, &allocations);
                    Ok(())
                })
            })
            .and_then(|()| {
                self.array(Part::Fields, |out| {
                    push_invoices(out, &invoices);
                    Ok(())
                })
            })
            .and_then(|()| {
                self.array(Part::Fields, |out| {
                    push_warnings(out, &warnings);
                    Ok(())
                })
            });
        self.rules = rules;
        written.map_err(|e| convert::not_converted(&e))
    }

    /// The array that `write` appends, in the record when short, else its marker in the record
    /// and the array as a part of its own.
    fn array(
        &mut self,
        part: Part,
        write: impl FnOnce(&mut String) -> json::Result<()>,
    ) -> json::Result<()> {
        self.scratch.clear();
        write(&mut self.scratch)?;
        if self.scratch.len() < INLINE_BYTES {
            self.records.push_str(&self.scratch);
            if part == Part::Json {
                self.records.push(END);
            }
        } else {
            self.records.push(match part {
                Part::Json => '0',
                Part::Fields => '-',
            });
            self.records.push(END);
            self.parts.push_str(&self.scratch);
            self.parts.push('\0');
        }
        Ok(())
    }

    /// The bytes of the statements written since the last [`Statements::move_to`].
    pub(crate) fn len(&self) -> usize {
        self.records.len().saturating_add(self.parts.len())
    }

    /// Appends the text (see [`Statements`]) to `text`, and starts afresh.
    pub fn move_to(&mut self, text: &mut String) {
        text.push_str(&self.records);
        text.push('\0');
        text.push_str(&self.parts);
        self.records.clear();
        self.parts.clear();
    }

    /// The text (see [`Statements`]) as a JS string, and a fresh start.
    pub fn finish(&mut self) -> JsValue {
        self.records.push('\0');
        self.records.push_str(&self.parts);
        let text = JsValue::from_str(&self.records);
        self.records.clear();
        self.parts.clear();
        // A writer kept for the next call ([`crate::wasm`]'s `statement`) does not keep the
        // memory of one very large statement.
        for buffer in [&mut self.records, &mut self.parts, &mut self.scratch] {
            if buffer.capacity() > KEPT_CAPACITY {
                buffer.clear();
                buffer.shrink_to(KEPT_CAPACITY);
            }
        }
        text
    }
}

/// The most a [`Statements`] keeps of each buffer after [`Statements::finish`].
const KEPT_CAPACITY: usize = 1 << 16;

/// How an array of a statement is written ([`Statements`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    /// One field: a JSON array (its marker when written apart: `0`).
    Json,
    /// Its count, then the fields of each item, each ended (its marker: `-`).
    Fields,
}

/// The statements of `statementMany`, computed as each claim is read
/// ([`convert::read_array_with`]) and sent to JS in chunks of about `chunk_bytes`, their texts
/// left out. The statements are written in groups of [`MANY_GROUP`], each group a text of
/// its own (see [`Statements`]), so that the wrapper makes a group's objects only when one of
/// them is first read; a chunk crosses as the (ASCII) bytes of such texts, a `Uint8Array`,
/// followed by a `Uint32Array` of where each group starts in it and how many it has
/// (`start, count, start, count, …`). After the first claim that fails (its checks or its statement, with
/// `[index]` before its field), the rest are only read: an unreadable claim later in the
/// array still decides the error. The last element of [`Many::finish`]'s array is a
/// `Uint32Array` of each claim's byte range in the argument (`start, end, start, end, …`):
/// the wrapper asks [`statement_texts`] for a statement's texts with that claim's own bytes,
/// the first time one of them is read.
pub struct Many<'r, 'o> {
    /// `None` when the options could not be read: the claims are then only read.
    options: Option<&'r StatementOptions<'o>>,
    out: Statements,
    chunk_bytes: usize,
    chunks: js_sys::Array,
    /// The groups of statements of the chunk being written, one after the other, and where
    /// each starts and how many statements it has.
    text: String,
    groups: Vec<u32>,
    /// Statements in `out` (the group being written).
    in_group: u32,
    count: usize,
    ranges: Vec<u32>,
    failed: Option<convert::Thrown>,
}

impl<'r, 'o> Many<'r, 'o> {
    /// No claims yet.
    pub fn new(options: Option<&'r StatementOptions<'o>>, chunk_bytes: usize) -> Self {
        Many {
            options,
            out: Statements::new(),
            chunk_bytes,
            chunks: js_sys::Array::new(),
            text: String::with_capacity(chunk_bytes.saturating_add(8192)),
            groups: Vec::new(),
            in_group: 0,
            count: 0,
            ranges: Vec::new(),
            failed: None,
        }
    }

    /// How many claims were read.
    pub fn count(&self) -> usize {
        self.count
    }

    /// The chunks (each the bytes of its groups of statements and a `Uint32Array` of where
    /// each group starts and how many it has) and the claims' byte ranges (a `Uint32Array`,
    /// last), or the first claim's error.
    pub fn finish(mut self) -> JsResult {
        if let Some(thrown) = self.failed {
            return Err(thrown);
        }
        self.flush();
        self.chunks
            .push(&js_sys::Uint32Array::from(self.ranges.as_slice()).into());
        Ok(self.chunks.into())
    }

    /// Ends the group being written (if any): moves it to the chunk's text.
    fn end_group(&mut self) {
        if self.in_group == 0 {
            return;
        }
        let Ok(start) = u32::try_from(self.text.len()) else {
            // A chunk is sent at about `chunk_bytes` (256 KB): not reached.
            self.failed = Some(convert::too_large().into());
            return;
        };
        self.groups.extend_from_slice(&[start, self.in_group]);
        self.in_group = 0;
        self.out.move_to(&mut self.text);
    }

    /// Sends the chunk being written (if any) to JS.
    fn flush(&mut self) {
        self.end_group();
        if self.groups.is_empty() {
            return;
        }
        // As bytes, not a string: decoding every statement's text at once was a tenth of the
        // call; the wrapper decodes a group's bytes when one of its statements is first read.
        self.chunks
            .push(&js_sys::Uint8Array::from(self.text.as_bytes()).into());
        self.chunks
            .push(&js_sys::Uint32Array::from(self.groups.as_slice()).into());
        self.text.clear();
        self.groups.clear();
    }

    fn compute(
        &mut self,
        claim: convert::Read<Claim, ClaimInput>,
        options: &StatementOptions<'_>,
        index: usize,
    ) {
        let within = |e: crate::Error| e.within(&format!("[{index}]"));
        let statement = match claim {
            // The quick reader gives only claims that `Claim::validate` accepted.
            convert::Read::Quick(claim) => crate::statement::statement_of_valid(&claim, options),
            convert::Read::General(input) => input
                .into_claim()
                .and_then(|claim| crate::statement::statement(&claim, options)),
        }
        .map_err(within);
        let pushed = match statement {
            Ok(statement) => self.out.push(statement),
            Err(e) => Err(e.into()),
        };
        match pushed {
            Err(thrown) => self.failed = Some(thrown),
            Ok(()) => {
                self.in_group = self.in_group.saturating_add(1);
                // A group ends at `MANY_GROUP` statements, or sooner once it holds a chunk's
                // bytes: 40 statements of 99 700 interest lines each in full detail were all
                // held in wasm memory until their group ended (686 MB, kept for good: the
                // memory never shrinks; a red-team review), now about one at a time.
                if self.in_group >= MANY_GROUP || self.out.len() >= self.chunk_bytes {
                    self.end_group();
                    if self.text.len() >= self.chunk_bytes {
                        self.flush();
                    }
                }
            }
        }
    }
}

/// Statements of `statementMany` in a group: the wrapper makes a group's objects together,
/// the first time one of them is read (one `JSON.parse` of their records). One a group made
/// reading every statement twice as slow as making them all at once; a group of 64 costs
/// well under a millisecond to make for the one statement read.
pub const MANY_GROUP: u32 = 64;

impl convert::Elements<Claim, ClaimInput> for Many<'_, '_> {
    fn take(&mut self, claim: convert::Read<Claim, ClaimInput>, text: core::ops::Range<usize>) {
        let index = self.count;
        self.count = index.saturating_add(1);
        // Past the limit `statementMany` refuses the whole call: no more work.
        if self.failed.is_some() || index >= convert::MAX_CLAIMS {
            return;
        }
        let (Ok(start), Ok(end)) = (u32::try_from(text.start), u32::try_from(text.end)) else {
            // The wrapper sends at most 64 M characters (so < 4 GiB of text): not reached.
            self.failed = Some(convert::too_large().into());
            return;
        };
        if let Some(options) = self.options {
            self.compute(claim, options, index);
            self.ranges.extend_from_slice(&[start, end]);
        }
    }
}

/// Interest lines as rows, the form in which they cross (in ASCII, as [`json::push_ascii`]
/// writes JSON): one flat array of 11 values a line (`invoice, from, to, days, yearDays, base,
/// rate, referenceRate, amount, rule, assumed`), without its explanation; `invoice`, `base`,
/// `rate`, `referenceRate` and `rule` are `0` when they are the previous line's,
/// `referenceRate` is `null` when the line has none, and `assumed` is `0` or `1`. The wrapper
/// builds each row into the object an [`InterestLine`] serialises as (same keys, same order:
/// `assumed` only when true). Parsing such rows and building the objects in JS measured 4×
/// faster than parsing the objects: far fewer strings and arrays to make (BENCHMARKS.md).
/// Written straight into `out`: through serde (a `String` per rate, a dispatch per value) it
/// was a third of a full statement's time in wasm.
fn push_line_rows(
    out: &mut String,
    lines: &[InterestLine],
    rules: &mut Vec<(&'static str, String)>,
) {
    out.push('[');
    let mut previous: Option<&InterestLine> = None;
    for (i, line) in lines.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if previous.is_some_and(|p| p.invoice == line.invoice) {
            out.push('0');
        } else {
            json::push_string(out, &line.invoice);
        }
        out.push(',');
        push_quoted_date(out, line.from);
        out.push(',');
        push_quoted_date(out, line.to);
        out.push(',');
        crate::money::push_int(out, line.days);
        out.push(',');
        crate::money::push_int(out, line.year_days);
        out.push(',');
        if previous.is_some_and(|p| p.base == line.base) {
            out.push('0');
        } else {
            push_quoted_amount(out, line.base);
        }
        out.push(',');
        if previous.is_some_and(|p| p.rate == line.rate) {
            out.push('0');
        } else {
            push_quoted_percent(out, line.rate);
        }
        out.push(',');
        match line.reference_rate {
            _ if previous.is_some_and(|p| p.reference_rate == line.reference_rate) => out.push('0'),
            Some(rate) => push_quoted_percent(out, rate),
            None => out.push_str("null"),
        }
        out.push(',');
        push_quoted_amount(out, line.amount);
        out.push(',');
        if previous.is_some_and(|p| core::ptr::eq(p.rule, line.rule) || p.rule == line.rule) {
            out.push('0');
        } else {
            push_rule(out, line.rule, rules);
        }
        out.push(',');
        out.push(if line.assumed { '1' } else { '0' });
        previous = Some(line);
    }
    out.push(']');
}

/// `"YYYY-MM-DD"`.
fn push_quoted_date(out: &mut String, date: time::Date) {
    out.push('"');
    crate::calendar::push_date(out, date);
    out.push('"');
}

/// `"-3.50"`.
fn push_quoted_amount(out: &mut String, amount: crate::money::Money) {
    out.push('"');
    crate::money::push_ore(out, amount.ore());
    out.push('"');
}

/// A percentage with two decimals, `"8.00"` ([`crate::rates::format_percent`]).
fn push_quoted_percent(out: &mut String, percent: rust_decimal::Decimal) {
    out.push('"');
    crate::money::push_fixed2(out, percent);
    out.push('"');
}

/// Payment allocations as one flat array of 7 integers each (`payment, day, amount, fees,
/// interest, capital, credit`: the date as days since 1970-01-01, the amounts in öre), which
/// the wrapper builds into the objects an [`Allocation`] serialises as (`"2015-03-20"`,
/// `"150.00"`), when they are first read. Written straight into `out`, digits only: writing
/// the 50 allocations of a summary as JSON objects, then as rows of strings, was the largest
/// part of writing it (BENCHMARKS.md).
fn push_allocation_rows(out: &mut String, rows: &[Allocation]) {
    out.reserve(rows.len().saturating_mul(48));
    out.push('[');
    for (i, a) in rows.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        crate::money::push_int(out, i64::try_from(a.payment).unwrap_or(i64::MAX));
        out.push(',');
        crate::money::push_int(out, unix_day(a.date));
        for amount in [a.amount, a.fees, a.interest, a.capital, a.credit] {
            out.push(',');
            crate::money::push_int(out, amount.ore());
        }
    }
    out.push(']');
}

/// The first fields of `statement`'s record ([`Statements`]): `asOf`, `capital`, `interest`,
/// `fees`, `total`, `credit` and `perDiem`, each ended by [`END`].
fn push_head(out: &mut String, statement: &Statement) {
    push_date_field(out, statement.as_of);
    for amount in [
        statement.capital,
        statement.interest,
        statement.fees,
        statement.total,
        statement.credit,
        statement.per_diem,
    ] {
        push_amount_field(out, amount);
    }
}

/// The invoices' standings: their count, then `number`, `effectiveDueDate`, `interestFrom`,
/// `capital` and `interest` of each, each field ended.
fn push_invoices(out: &mut String, invoices: &[InvoiceStatus]) {
    push_count(out, invoices.len());
    for invoice in invoices {
        push_text(out, &invoice.number);
        push_date_field(out, invoice.effective_due_date);
        push_date_field(out, invoice.interest_from);
        push_amount_field(out, invoice.capital);
        push_amount_field(out, invoice.interest);
    }
}

/// The fee lines without their explanations: their count, then `kind`, `date`, `amount`,
/// `unpaid`, `invoice` (empty when the line has none), `step` (empty when none) and `rule` of
/// each, each field ended.
fn push_fee_lines(out: &mut String, lines: &[FeeLine], rules: &mut Vec<(&'static str, String)>) {
    push_count(out, lines.len());
    for line in lines {
        push_plain(out, line.kind.as_str());
        push_date_field(out, line.date);
        push_amount_field(out, line.amount);
        push_amount_field(out, line.unpaid);
        if let Some(invoice) = &line.invoice {
            push_text(out, invoice);
        } else {
            out.push(END);
        }
        if let Some(step) = line.step {
            push_index(out, step);
        }
        out.push(END);
        push_rule(out, line.rule, rules);
        out.push(END);
    }
}

/// How many rules [`push_rule`] keeps written (a statement's fee lines cite a handful).
const KEPT_RULES: usize = 32;

/// `rule` as [`json::push_string`] writes it, copied from `kept` after its first time: the
/// rules are a few static texts, each with a `§` to escape, cited by most fee lines of
/// `statementMany`'s claims.
fn push_rule(out: &mut String, rule: &'static str, kept: &mut Vec<(&'static str, String)>) {
    if let Some((_, written)) = kept.iter().find(|(r, _)| core::ptr::eq(*r, rule)) {
        out.push_str(written);
        return;
    }
    let start = out.len();
    json::push_string(out, rule);
    if kept.len() < KEPT_RULES {
        kept.push((rule, out.get(start..).unwrap_or_default().to_owned()));
    }
}

/// The warnings without their texts: their count, then `code`, `field` (empty when the
/// warning has none) and `halfYear` (empty when none; `2027-H1/2040-H2` for a run through
/// `throughHalfYear`) of each, each field ended.
fn push_warnings(out: &mut String, warnings: &[Warning]) {
    push_count(out, warnings.len());
    for warning in warnings {
        push_plain(out, warning.code.as_str());
        if let Some((name, index)) = warning.subject.field_parts() {
            out.push_str(name);
            if let Some(index) = index {
                out.push('[');
                push_index(out, index);
                out.push(']');
            }
        }
        out.push(END);
        if let Some(half_year) = warning.half_year() {
            push_half_year(out, half_year);
            if let Some(last) = warning.through_half_year() {
                out.push('/');
                push_half_year(out, last);
            }
        }
        out.push(END);
    }
}

/// `2027-H1`.
fn push_half_year(out: &mut String, half_year: crate::rates::HalfYear) {
    crate::money::push_int(out, i64::from(half_year.year()));
    out.push_str("-H");
    crate::money::push_int(out, i64::from(half_year.half()));
}

/// The count of an array's items, ended.
fn push_count(out: &mut String, count: usize) {
    push_index(out, count);
    out.push(END);
}

/// `YYYY-MM-DD`, ended.
fn push_date_field(out: &mut String, date: time::Date) {
    crate::calendar::push_date(out, date);
    out.push(END);
}

/// An amount (`-3.50`), ended.
fn push_amount_field(out: &mut String, amount: crate::money::Money) {
    crate::money::push_ore(out, amount.ore());
    out.push(END);
}

/// One of the engine's names (a kind, a code: ASCII letters and `_`), ended.
fn push_plain(out: &mut String, name: &str) {
    out.push_str(name);
    out.push(END);
}

/// A text of the claim (an invoice number), ended: as it is when it is not empty and every
/// character is printable ASCII other than `"` and `\`; otherwise as a JSON string (which
/// starts with `"`, so the wrapper tells the two apart by the first character).
fn push_text(out: &mut String, text: &str) {
    let plain = !text.is_empty()
        && text
            .bytes()
            .all(|b| (b' '..=b'~').contains(&b) && b != b'"' && b != b'\\');
    if plain {
        out.push_str(text);
    } else {
        json::push_string(out, text);
    }
    out.push(END);
}

/// An index in the claim, in digits.
fn push_index(out: &mut String, index: usize) {
    crate::money::push_int(out, i64::try_from(index).unwrap_or(i64::MAX));
}

/// Days from 1970-01-01 to `date` (negative before it).
fn unix_day(date: time::Date) -> i64 {
    /// The Julian day number of 1970-01-01.
    const UNIX_EPOCH_JULIAN_DAY: i64 = 2_440_588;
    i64::from(date.to_julian_day()).saturating_sub(UNIX_EPOCH_JULIAN_DAY)
}

/// The texts of a statement's interest lines, fee lines and warnings, in their order:
/// `{ interestLines: [{ sv, en }, …], feeLines: [{ sv, en }, …], warnings: [{ sv, en }, …] }`.
/// The wrapper asks for them the first time a line's `explanation` or a warning's `text` of a
/// statement is read, with the same texts of the claim and options the statement was computed
/// from (the engine gives the same lines and warnings again).
pub fn statement_texts(statement: &Statement) -> JsResult {
    let interest: Vec<Text> = statement
        .interest_lines
        .iter()
        .map(InterestLine::explanation)
        .collect();
    let fees: Vec<Text> = statement
        .fee_lines
        .iter()
        .map(FeeLine::explanation)
        .collect();
    let warnings: Vec<Text> = statement.warnings.iter().map(Warning::text).collect();
    to_js(&StatementTexts {
        interest_lines: interest,
        fee_lines: fees,
        warnings,
    })
}

#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct StatementTexts {
    interest_lines: Vec<Text>,
    fee_lines: Vec<Text>,
    warnings: Vec<Text>,
}

/// Most dates in one `totals` call.
pub const MAX_DATES: usize = 100_000;

/// The `dates` of `totals`: read by [`quick_dates`], or as the texts the general reader read
/// (each parsed in turn, its error naming `dates[i]`).
pub enum Dates<'a> {
    /// Every date, parsed.
    Parsed(Vec<time::Date>),
    /// The texts, parsed one by one.
    Texts(Vec<std::borrow::Cow<'a, str>>),
}

impl Dates<'_> {
    fn len(&self) -> usize {
        match self {
            Dates::Parsed(dates) => dates.len(),
            Dates::Texts(texts) => texts.len(),
        }
    }

    fn get(&self, i: usize) -> crate::Result<time::Date> {
        let at = || crate::error::item_path("dates", i, "");
        match self {
            Dates::Parsed(dates) => dates.get(i).copied().ok_or_else(|| {
                crate::Error::new(crate::error::ErrorCode::InvalidDate, "no date").at(at())
            }),
            Dates::Texts(texts) => match texts.get(i) {
                Some(text) => crate::calendar::parse_date(text).map_err(|e| e.at(at())),
                None => {
                    Err(crate::Error::new(crate::error::ErrorCode::InvalidDate, "no date").at(at()))
                }
            },
        }
    }
}

/// The dates of `totals` when `text` is exactly an array of `"YYYY-MM-DD"` strings that all
/// parse (at most [`MAX_DATES`]); `None`: the general reader reads it, with its errors.
/// 366 dates through serde cost more than the totals of 365 of them.
pub fn quick_dates(text: &[u8]) -> Option<Vec<time::Date>> {
    let text = text.trim_ascii();
    let inner = text.strip_prefix(b"[")?.strip_suffix(b"]")?;
    let mut dates = Vec::new();
    if inner.trim_ascii().is_empty() {
        return Some(dates);
    }
    for item in inner.split(|&b| b == b',') {
        let quoted = item.trim_ascii();
        let date = quoted.strip_prefix(b"\"")?.strip_suffix(b"\"")?;
        if date.len() != 10 || dates.len() >= MAX_DATES {
            return None;
        }
        dates.push(crate::calendar::date_of_bytes(date)?);
    }
    Some(dates)
}

/// The totals of `claim` on each of `dates`: a summary statement on each, from one replay of
/// the claim's events ([`crate::statement::Replay`]), the claim read and checked once.
///
/// Dates out of order are worked out in date order and written in the caller's: a replay goes
/// forward from one date to the next, and each date earlier than the one before would replay
/// the claim from its start (a red-team review: 100 000 shuffled dates of a claim of 99 700
/// interest lines took 250 s, 0.33 s in order). The first date in the caller's order that
/// fails is the one named, as when they are worked out in that order.
pub fn totals_of(
    claim: Claim,
    dates: &Dates<'_>,
    table: &crate::input::options::TableRef,
    strict_rates: bool,
) -> JsResult {
    if dates.len() > MAX_DATES {
        return Err(crate::Error::new(
            crate::error::ErrorCode::TooManyItems,
            format!("{} dates: at most {MAX_DATES} in one call", dates.len()),
        )
        .at("dates")
        .into());
    }
    let options = StatementOptions {
        as_of: crate::calendar::MIN_DATE,
        rates: table.get(),
        strict_rates,
        detail: Detail::Summary,
    };
    // The dates up to the first that does not parse: its error comes after those of the dates
    // before it.
    let mut parsed = Vec::with_capacity(dates.len());
    let mut unreadable = None;
    for i in 0..dates.len() {
        match dates.get(i) {
            Ok(date) => parsed.push(date),
            Err(e) => {
                unreadable = Some(e);
                break;
            }
        }
    }
    let mut replay = crate::statement::Replay::of_valid(&claim, &options)?;
    let mut writer = TotalsWriter::new(parsed.len());
    if parsed.is_sorted() {
        // Each record written as it is worked out (none kept: a record's time-barred invoices
        // may be a thousand numbers).
        for (i, &as_of) in parsed.iter().enumerate() {
            let (totals, barred) = totals_record(&mut replay, as_of, i)?;
            writer.push(&totals, &barred);
        }
    } else {
        let records = in_date_order(&mut replay, &parsed)?;
        for &(totals, set) in &records.records {
            writer.push(&totals, records.barred(set));
        }
    }
    match unreadable {
        Some(e) => Err(e.into()),
        None => Ok(JsValue::from_str(&writer.out)),
    }
}

/// The records of `totals` written one after the other ([`push_totals`]), each against the one
/// before.
struct TotalsWriter<'a> {
    /// The records so far.
    out: String,
    /// A buffer for a record's amounts.
    amounts_text: String,
    /// The record before.
    previous: Option<crate::statement::Totals>,
    /// Its time-barred invoices.
    barred_before: Vec<&'a str>,
}

impl<'a> TotalsWriter<'a> {
    /// Room for `dates` records.
    fn new(dates: usize) -> Self {
        TotalsWriter {
            out: String::with_capacity(dates.saturating_mul(40)),
            amounts_text: String::new(),
            previous: None,
            barred_before: Vec::new(),
        }
    }

    /// Writes a date's record.
    fn push(&mut self, totals: &crate::statement::Totals, barred: &[&'a str]) {
        let changed = (barred != self.barred_before.as_slice()).then_some(barred);
        push_totals(
            &mut self.out,
            &mut self.amounts_text,
            totals,
            self.previous.as_ref(),
            changed,
        );
        self.previous = Some(*totals);
        if changed.is_some() {
            self.barred_before.clear();
            self.barred_before.extend_from_slice(barred);
        }
    }
}

/// The totals of `claim` on `as_of`, `dates[index]`, from `replay` (advanced to it), and the
/// numbers of the invoices time-barred on it, its error naming that date.
fn totals_record<'a>(
    replay: &mut crate::statement::Replay<'a>,
    as_of: time::Date,
    index: usize,
) -> crate::Result<(crate::statement::Totals, Vec<&'a str>)> {
    let totals = replay.totals_on(as_of).map_err(|e| of_date(e, index))?;
    let barred = replay
        .time_barred_now(as_of)
        .map_err(|e| of_date(e, index))?;
    Ok((totals, barred))
}

/// A date's own failure (out of range, before the first invoice, a rate the strict mode
/// refuses, for its interest or its per diem) named at that date, `dates[index]`. An invoice
/// whose interest starts before the table keeps its own path.
fn of_date(e: crate::Error, index: usize) -> crate::Error {
    if e.field().is_none() || e.field() == Some("asOf") {
        e.at(crate::error::item_path("dates", index, ""))
    } else {
        e
    }
}

/// The records of dates out of order, in the caller's order: each date's totals and which of
/// the distinct sets of time-barred invoices it has (most dates share theirs with the date
/// before them in date order: a set is kept once, not a thousand numbers a date).
struct InDateOrder<'a> {
    /// Each date's totals and the index of its set in `sets`, in the caller's order.
    records: Vec<(crate::statement::Totals, usize)>,
    /// The distinct sets of time-barred invoices, in date order.
    sets: Vec<Vec<&'a str>>,
}

impl<'a> InDateOrder<'a> {
    /// The time-barred invoices of the set `set`.
    fn barred(&self, set: usize) -> &[&'a str] {
        self.sets.get(set).map_or(&[], Vec::as_slice)
    }
}

/// [`totals_of`] of `dates` out of order, worked out in date order on one replay.
///
/// Which dates fail is a matter of the date, not of the order (a replay answers any date as a
/// statement would, after a failing one too), but not monotone: a date may fail (a per diem the
/// strict table lacks) while a later one does not (the capital paid by then). So a failing
/// date is noted and the pass goes on, leaving out the dates listed after the first failure
/// found so far: none of them can be the first in the caller's order, which is named. Past
/// the interest-line cap, which only grows with the date, every later date fails: the first
/// of them in the caller's order is worked out alone
/// ([`crate::statement::failure_past_line_cap`]).
fn in_date_order<'a>(
    replay: &mut crate::statement::Replay<'a>,
    dates: &[time::Date],
) -> crate::Result<InDateOrder<'a>> {
    let mut order: Vec<usize> = (0..dates.len()).collect();
    order.sort_by_key(|&i| dates.get(i).copied());
    let mut records: Vec<Option<(crate::statement::Totals, usize)>> = Vec::new();
    records.resize_with(dates.len(), || None);
    let mut sets: Vec<Vec<&'a str>> = Vec::new();
    let mut failed: Option<(usize, crate::Error)> = None;
    for (position, &i) in order.iter().enumerate() {
        if failed.as_ref().is_some_and(|(first, _)| i > *first) {
            continue;
        }
        let Some(&as_of) = dates.get(i) else {
            continue;
        };
        match totals_record(replay, as_of, i) {
            Ok((totals, barred)) => {
                if sets.last() != Some(&barred) {
                    sets.push(barred);
                }
                let set = sets.len().saturating_sub(1);
                if let Some(slot) = records.get_mut(i) {
                    *slot = Some((totals, set));
                }
            }
            Err(e) => {
                let ask = |first: usize| totals_record(replay, *dates.get(first)?, first).err();
                if let Some((first, error)) =
                    crate::statement::failure_past_line_cap(&order, position, i, &e, ask)
                {
                    if failed.as_ref().is_none_or(|(f, _)| first < *f) {
                        failed = Some((first, error));
                    }
                    break;
                }
                failed = Some((i, e));
            }
        }
    }
    if let Some((_, e)) = failed {
        return Err(e);
    }
    Ok(InDateOrder {
        records: records.into_iter().flatten().collect(),
        sets,
    })
}

/// One date's totals as the wrapper reads them, plain ASCII: the date `YYYY-MM-DD`, then one
/// character per amount (capital, interest, fees, total, credit, per diem) giving its length
/// as `@` + length (`@`, length 0: the same as the previous record's; most stay the same
/// from one day to the next), then the flags as one character (`0` plus 1 for
/// `rateNotCovered`, 2 for `assumed`, 4 for `provisional` and 8 when `timeBarred` differs from
/// the previous record's), then those amounts written one after the other, then, with 8, the
/// length of `timeBarred` as JSON (an array of strings in ASCII), `:` and that JSON. The
/// wrapper makes each record the object `{ asOf, capital, interest, fees, total, credit,
/// perDiem, rateNotCovered, assumed, provisional, timeBarred }`
/// (the `Totals` type of the TypeScript definitions), in that key order, reading each part at
/// its known place: 366 dates cross as one short text instead of 366 JSON objects to parse,
/// JS makes only the strings that change, and it searches for nothing (looking for commas
/// was half of the wrapper's time).
fn push_totals(
    out: &mut String,
    amounts_text: &mut String,
    s: &crate::statement::Totals,
    previous: Option<&crate::statement::Totals>,
    time_barred: Option<&[&str]>,
) {
    crate::calendar::push_date(out, s.as_of);
    let amounts = [s.capital, s.interest, s.fees, s.total, s.credit, s.per_diem];
    let before = previous.map(|p| [p.capital, p.interest, p.fees, p.total, p.credit, p.per_diem]);
    amounts_text.clear();
    for (k, amount) in amounts.iter().enumerate() {
        let same = before
            .as_ref()
            .and_then(|b| b.get(k))
            .is_some_and(|b| b == amount);
        let start = amounts_text.len();
        if !same {
            crate::money::push_ore(amounts_text, amount.ore());
        }
        out.push(length_char(amounts_text.len().saturating_sub(start)));
    }
    // `0` + 1 for rateNotCovered + 2 for assumed + 4 for provisional + 8 for a new timeBarred.
    let bit = |set: bool, value: u8| if set { value } else { 0 };
    let flags = bit(s.rate_not_covered, 1)
        | bit(s.assumed, 2)
        | bit(s.provisional, 4)
        | bit(time_barred.is_some(), 8);
    out.push(char::from(b'0' | flags));
    out.push_str(amounts_text);
    if let Some(numbers) = time_barred {
        amounts_text.clear();
        amounts_text.push('[');
        for (k, number) in numbers.iter().enumerate() {
            if k > 0 {
                amounts_text.push(',');
            }
            super::json::push_string(amounts_text, number);
        }
        amounts_text.push(']');
        crate::money::push_u64(out, u64::try_from(amounts_text.len()).unwrap_or(0));
        out.push(':');
        out.push_str(amounts_text);
    }
}

/// `@` + `length`: the length of an amount of a totals record ([`push_totals`]). An amount
/// has at most 21 characters (`-92233720368547758.08`), so this is `@` … `U`.
fn length_char(length: usize) -> char {
    let length = u8::try_from(length).unwrap_or(0);
    char::from(b'@'.saturating_add(length))
}
