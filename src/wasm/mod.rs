//! The JavaScript boundary (wasm32 only): the one place that knows about `wasm_bindgen`,
//! `js_sys` and the JSON text that carries results to JS.
//!
//! Every export takes the text the JS wrapper (`pkg-template/inkasso.js`) writes of each
//! argument, reads it with one reader ([`crate::input::reader`]) into the same input types the
//! native API uses ([`crate::input`]), calls the pure core, and returns plain JSON-compatible results
//! (money and percentages as strings, dates as `YYYY-MM-DD`): objects, or for statements a text
//! the wrapper materialises lazily ([`fast::Statements`]). A failure is thrown as a real JS
//! `Error` with `name === "InvoicingError"`, a stable `code` and the `field` path at fault.
//! Nothing here can trap: the core returns errors as values and this layer only converts. The
//! argument types in the generated TypeScript are the wrapper's (it takes the values, these
//! functions their texts).

mod convert;
mod fast;
mod json;
// The statement module (feature `statement-module`, `inkasso/statement`) leaves it out.
#[cfg(not(feature = "statement-module"))]
mod legal;
mod types;
mod typescript;

use wasm_bindgen::prelude::*;

use crate::calendar;
use crate::input::{options, ClaimInput, StatementOptionsInput};
use crate::rates;
use crate::statement::statement as core_statement;
pub use convert::Thrown as ThrownError;
use convert::{from_text, named, optional_from_text, to_js, JsResult};
#[cfg(not(feature = "statement-module"))]
pub use legal::{check, instalment_plan, kinds, letter, limitation, presets, timeline};

/// Installs the panic hook when the module is instantiated (a last line of defence: the crate
/// is written not to panic). Called by the generated glue; calling it again does nothing.
#[wasm_bindgen(start, skip_typescript)]
pub fn start() {
    #[cfg(feature = "console_error_panic_hook")]
    console_error_panic_hook::set_once();
}

/// The crate version, e.g. `"0.1.0"`.
#[wasm_bindgen(js_name = version)]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// The Swedish referensränta and dröjsmålsränta (referensränta + 8, räntelagen 6 §) in force
/// on `date` (`YYYY-MM-DD`), from the embedded table or `options.rates`.
#[wasm_bindgen(
    js_name = referenceRate,
    unchecked_return_type = "ReferenceRate"
)]
#[cfg_attr(inkasso_size, optimize(size))]
pub fn reference_rate(
    #[wasm_bindgen(unchecked_param_type = "string")] date: &[u8],
    #[wasm_bindgen(unchecked_optional_param_type = "Input<RatesOptions> | null")] options: Option<
        Vec<u8>,
    >,
) -> JsResult {
    let date = convert::date_from_text(date, "date")?;
    let options: Option<options::RatesOptionsInput> =
        optional_from_text(options.as_deref(), "options")?;
    let table = options::table_from(options)?;
    let answer = rates::rate_on(table.get(), date).map_err(|e| e.at("date"))?;
    to_js(&answer)
}

/// Every half-year of the embedded referensränta table (or `options.rates` merged into it).
#[wasm_bindgen(js_name = referenceRates, unchecked_return_type = "ReferenceRateRow[]")]
#[cfg_attr(inkasso_size, optimize(size))]
pub fn reference_rates(
    #[wasm_bindgen(unchecked_optional_param_type = "Input<RatesOptions> | null")] options: Option<
        Vec<u8>,
    >,
) -> JsResult {
    let options: Option<options::RatesOptionsInput> =
        optional_from_text(options.as_deref(), "options")?;
    let table = options::table_from(options)?;
    let rows: Vec<types::RateRowOutput> = table
        .get()
        .rows()
        .iter()
        .map(types::RateRowOutput::from_row)
        .collect::<crate::Result<_>>()?;
    to_js(&rows)
}

/// The statement of `claim` on `options.asOf`: capital, interest lines, fee lines, payment
/// allocations, total, per diem and warnings.
#[wasm_bindgen(js_name = statement, unchecked_return_type = "Statement")]
#[cfg_attr(inkasso_size, optimize(size))]
pub fn statement(
    #[wasm_bindgen(unchecked_param_type = "Input<Claim>")] claim: &[u8],
    #[wasm_bindgen(unchecked_param_type = "Input<StatementOptions>")] options: &[u8],
) -> JsResult {
    let statement = statement_of(claim, options)?;
    WRITER.with(|cell| match cell.try_borrow_mut() {
        Ok(mut out) => write_one(&mut out, statement),
        // Never met (nothing in a call writes a second statement), but no panic if it were.
        Err(_) => write_one(&mut fast::Statements::new(), statement),
    })
}

std::thread_local! {
    /// The writer of every [`statement`] call, kept from call to call: its buffers (instead of
    /// 16 KB allocated and freed a call) and the fee rules it has escaped once.
    static WRITER: core::cell::RefCell<fast::Statements> =
        core::cell::RefCell::new(fast::Statements::new());
}

/// The text of `statement` as `out` writes it; `out` is left empty either way.
fn write_one(out: &mut fast::Statements, statement: crate::Statement) -> JsResult {
    let pushed = out.push(statement);
    let text = out.finish();
    pushed?;
    Ok(text)
}

/// The statement of a claim and options given as the wrapper's texts.
#[cfg_attr(inkasso_size, optimize(size))]
fn statement_of(claim: &[u8], options: &[u8]) -> crate::Result<crate::Statement> {
    let claim = convert::claim_from_text(claim)?;
    let options = from_text::<StatementOptionsInput>(options, "")
        .map_err(named("options"))?
        .into_options()?;
    core_statement(&claim, &options.as_options())
}

/// The explanations of the interest and fee lines of [`statement`] of the same texts, for the
/// wrapper to build on first access (`{ interestLines: [{ sv, en }], feeLines: [{ sv, en }] }`).
#[wasm_bindgen(js_name = statementTexts, skip_typescript)]
#[cfg_attr(inkasso_size, optimize(size))]
pub fn statement_texts(claim: &[u8], options: &[u8]) -> JsResult {
    fast::statement_texts(&statement_of(claim, options)?)
}

/// Statements of many claims on one date (for comparison sites). The claims share
/// `options`; the first claim that fails throws, with its index at the start of `field`
/// (`[3].invoices[0].amount`).
///
/// Which error is thrown does not depend on the order of the work: more than 1 000 000 claims
/// first (`TOO_MANY_ITEMS`, refused before any claim is read), then an unreadable claim (wrong
/// type, unknown or missing field) anywhere in the array, then unreadable options, then the
/// first claim that fails its checks or its statement.
// The claims are read, checked and computed one at a time (`fast::Many`), and the statements
// cross in chunks of about `MANY_CHUNK_BYTES` (the bytes of groups of statements, each group as
// `fast::Statements` writes them, and where each group starts, so that the wrapper makes a
// group's objects only when one of them is first read): reading every claim first, or holding
// every statement in wasm memory, made the module grow by hundreds of MB for 100 000 claims,
// and each growth of the memory made V8 collect garbage (the first such call took 17–28 s,
// BENCHMARKS.md); one crossing per statement cost more than the statement.
#[wasm_bindgen(js_name = statementMany, unchecked_return_type = "Statement[]")]
#[cfg_attr(inkasso_size, optimize(size))]
pub fn statement_many(
    #[wasm_bindgen(unchecked_param_type = "readonly Input<Claim>[]")] claims: &[u8],
    #[wasm_bindgen(unchecked_param_type = "Input<StatementOptions>")] options: &[u8],
) -> JsResult {
    let options = from_text::<StatementOptionsInput>(options, "")
        .map_err(named("options"))
        .and_then(|o| o.into_options());
    let shared = options.as_ref().ok().map(|o| o.as_options());
    let mut many = fast::Many::new(shared.as_ref(), MANY_CHUNK_BYTES);
    // The text checked as UTF-8 once, so that the quick reader can take each claim from it.
    let whole = core::str::from_utf8(claims).ok();
    let quick = |rest: &[u8]| {
        let start = claims.len().checked_sub(rest.len())?;
        crate::input::quick::claim_prefix(whole?.get(start..)?)
    };
    convert::read_array_with(claims, quick, &mut many).map_err(named("claims"))?;
    convert::check_many(many.count())?;
    if let Err(e) = &options {
        return Err(e.clone().into());
    }
    many.finish()
}

/// About how many bytes of statements `statementMany` sends to JS at a time.
pub const MANY_CHUNK_BYTES: usize = 256 * 1024;

/// The totals of `claim` on each of `dates` (`YYYY-MM-DD`): capital, interest, fees, total,
/// credit and per diem, as a summary statement on each date would give them,
/// `rateNotCovered` when the rate table leaves some of that interest out, `assumed` when a row
/// marked assumed gave some of its rates, `provisional` when a provisional row did, and
/// `timeBarred` the numbers of the invoices time-barred on the date. The claim is read and
/// checked once; `options` are `{ rates?, strictRates? }`.
#[wasm_bindgen(js_name = totals, unchecked_return_type = "Totals[]")]
#[cfg_attr(inkasso_size, optimize(size))]
pub fn totals(
    #[wasm_bindgen(unchecked_param_type = "Input<Claim>")] claim: &[u8],
    #[wasm_bindgen(unchecked_param_type = "readonly string[]")] dates: &[u8],
    #[wasm_bindgen(unchecked_optional_param_type = "Input<TotalsOptions> | null")] options: Option<
        Vec<u8>,
    >,
) -> JsResult {
    // The claim is read first (its reading errors come first), checked after the dates and
    // options are read and the options' rate table built (its errors before the claim's
    // checks, as `statementMany` names them; an integrator's review); a claim the quick reader
    // reads is already checked.
    let claim = match convert::quick_claim(claim) {
        Some(claim) => Ok(claim),
        None => Err(from_text::<ClaimInput>(claim, "").map_err(named("claim"))?),
    };
    let dates = match fast::quick_dates(dates) {
        Some(parsed) => fast::Dates::Parsed(parsed),
        None => fast::Dates::Texts(from_text(dates, "dates")?),
    };
    let options = optional_from_text::<options::TotalsOptionsInput>(options.as_deref(), "options")?
        .unwrap_or_default()
        .into_options()?;
    let claim = match claim {
        Ok(claim) => claim,
        Err(input) => input.into_claim()?,
    };
    fast::totals_of(claim, &dates, &options.rates, options.strict_rates)
}

/// The named Swedish days off of `year` (public holidays plus midsommarafton, julafton and
/// nyårsafton), in date order.
#[wasm_bindgen(js_name = holidays, unchecked_return_type = "Holiday[]")]
#[cfg_attr(inkasso_size, optimize(size))]
pub fn holidays(#[wasm_bindgen(unchecked_param_type = "number")] year: &[u8]) -> JsResult {
    let year = convert::year_from_text(year)?;
    to_js(&calendar::holidays(year))
}

/// `date` itself when it is a weekday that is not a holiday, otherwise the next such day: where
/// a deadline falling on `date` really falls (lag 1930:173).
#[wasm_bindgen(js_name = nextBankDay, unchecked_return_type = "string")]
#[cfg_attr(inkasso_size, optimize(size))]
pub fn next_bank_day(#[wasm_bindgen(unchecked_param_type = "string")] date: &[u8]) -> JsResult {
    let date = convert::date_from_text(date, "date")?;
    let next = calendar::next_business_day(date).map_err(|e| e.at("date"))?;
    // The last days of 2199 have their next bank day after the last date supported.
    calendar::check_range(next).map_err(|_| {
        crate::Error::new(
            crate::ErrorCode::DateOutOfRange,
            format!(
                "the next bank day, {next}, is after {}, the last date supported",
                calendar::MAX_DATE
            ),
        )
        .at("date")
    })?;
    Ok(JsValue::from_str(&calendar::format_date(next)))
}
