//! The fast boundary (issue 15): the JS wrapper checks that an input is plain JSON data (no
//! `NaN`, infinities, `-0`, `BigInt`, `Date`, `undefined`, functions, getters that throw or
//! revoked Proxies; arrays within the claim's limits) and hands it over as one
//! `JSON.stringify` text, read here with `serde_json` into the same input types the value
//! reader of [`super::de`] fills.
//!
//! Reading is the only step that differs from the exports in [`super`]: when the text does not
//! read (a wrong type, an unknown field, an amount with three decimals …), these functions
//! return `undefined` and the wrapper calls the value-by-value export, which throws the precise
//! `InvoicingError` (code, field, message) it always has. Once read, the claim is the same
//! value, so every later check, and every result, is the one the value reader would give.

use serde::de::DeserializeOwned;
use serde::Deserialize;
use wasm_bindgen::prelude::*;

use super::convert::{self, to_js, JsResult};
use super::json;
use super::types::TotalOutput;
use crate::input::options::table_from_rows;
use crate::input::{ClaimInput, RateRowInput, StatementOptionsInput};
use crate::statement::{statement as core_statement, Detail, Statement, StatementOptions};

/// Reads `T` from the wrapper's JSON text; `None` sends the wrapper to the value reader.
fn read<T: DeserializeOwned>(text: &str) -> Option<T> {
    serde_json::from_str(text).ok()
}

/// [`super::statement`] of a claim and options given as JSON text; `undefined` when the text
/// does not read.
#[wasm_bindgen(js_name = statementJson, skip_typescript)]
pub fn statement_json(claim: &str, options: &str) -> JsResult {
    let (Some(claim), Some(options)) = (
        read::<ClaimInput>(claim),
        read::<StatementOptionsInput>(options),
    ) else {
        return Ok(JsValue::UNDEFINED);
    };
    let claim = claim.into_claim()?;
    let options = options.into_options()?;
    let statement = core_statement(&claim, &options.as_options())?;
    Ok(JsValue::from_str(&statement_text(statement)?))
}

/// A statement as the wrapper materialises it lazily: the JSON of the statement with its five
/// arrays empty, then the JSON of each array (interest lines, fee lines, allocations, invoices,
/// warnings), separated by NUL characters (which JSON text never contains unescaped). The
/// wrapper parses the head at once and each array on first access, into the same plain object
/// (same keys, same order, same values) that `JSON.parse` of the whole statement gives.
pub fn statement_text(mut statement: Statement) -> Result<String, convert::Thrown> {
    let lines = core::mem::take(&mut statement.interest_lines);
    let fee_lines = core::mem::take(&mut statement.fee_lines);
    let allocations = core::mem::take(&mut statement.allocations);
    let invoices = core::mem::take(&mut statement.invoices);
    let warnings = core::mem::take(&mut statement.warnings);
    let mut text = String::with_capacity(4096);
    let written = json::push(&mut text, &statement)
        .and_then(|()| push_part(&mut text, &lines))
        .and_then(|()| push_part(&mut text, &fee_lines))
        .and_then(|()| push_part(&mut text, &allocations))
        .and_then(|()| push_part(&mut text, &invoices))
        .and_then(|()| push_part(&mut text, &warnings));
    written.map_err(|e| convert::not_converted(&e))?;
    Ok(text)
}

fn push_part<T: serde::Serialize>(text: &mut String, part: &T) -> serde_json::Result<()> {
    text.push('\0');
    json::push(text, part)
}

/// [`super::statement_many`] of claims and options given as JSON text; `undefined` when the
/// text does not read.
#[wasm_bindgen(js_name = statementManyJson, skip_typescript)]
pub fn statement_many_json(claims: &str, options: &str) -> JsResult {
    let (Some(claims), Some(options)) = (
        read::<Vec<ClaimInput>>(claims),
        read::<StatementOptionsInput>(options),
    ) else {
        return Ok(JsValue::UNDEFINED);
    };
    convert::check_many(claims.len())?;
    let options = options.into_options()?;
    let options = options.as_options();
    // Each statement goes to JS as its text as soon as it is computed (see statement_text).
    let results = js_sys::Array::new_with_length(u32::try_from(claims.len()).unwrap_or(u32::MAX));
    for (i, claim) in (0u32..).zip(claims) {
        let at = format!("[{i}]");
        let claim = claim.into_claim().map_err(|e| e.within(&at))?;
        let statement = core_statement(&claim, &options).map_err(|e| e.within(&at))?;
        results.set(i, JsValue::from_str(&statement_text(statement)?));
    }
    Ok(results.into())
}

/// `{ rates?, strictRates? }`: the options of `totals`.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TotalsOptionsInput {
    /// Caller rate rows.
    #[serde(default)]
    pub rates: Option<Vec<RateRowInput>>,
    /// A day the table does not cover is an error.
    #[serde(default)]
    pub strict_rates: bool,
}

/// [`super::totals`] of a claim, dates and options given as JSON text; `undefined` when the
/// text does not read.
#[wasm_bindgen(js_name = totalsJson, skip_typescript)]
pub fn totals_json(claim: &str, dates: &str, options: &str) -> JsResult {
    let (Some(claim), Some(dates), Some(options)) = (
        read::<ClaimInput>(claim),
        read::<Vec<String>>(dates),
        read::<Option<TotalsOptionsInput>>(options),
    ) else {
        return Ok(JsValue::UNDEFINED);
    };
    totals_of(claim, &dates, options.unwrap_or_default())
}

/// Most dates in one `totals` call.
pub const MAX_DATES: usize = 100_000;

/// The totals of `claim` on each of `dates`: a summary statement on each, from one replay of
/// the claim's events ([`crate::statement::Replay`]), the claim read and checked once.
pub fn totals_of(claim: ClaimInput, dates: &[String], options: TotalsOptionsInput) -> JsResult {
    let claim = claim.into_claim()?;
    claim.validate()?;
    if dates.len() > MAX_DATES {
        return Err(crate::Error::new(
            crate::error::ErrorCode::TooManyItems,
            format!("{} dates: at most {MAX_DATES} in one call", dates.len()),
        )
        .at("dates")
        .into());
    }
    let table = table_from_rows(options.rates)?;
    let first_options = StatementOptions {
        as_of: crate::calendar::MIN_DATE,
        rates: table.get(),
        strict_rates: options.strict_rates,
        detail: Detail::Summary,
    };
    // One replay of the claim's events; each date is a copy of the accounts closed that day.
    let mut replay = crate::statement::Replay::new(&claim, &first_options)?;
    let mut out = Vec::with_capacity(dates.len());
    for (i, text) in dates.iter().enumerate() {
        let at = || format!("dates[{i}]");
        let as_of = crate::calendar::parse_date(text).map_err(|e| e.at(at()))?;
        let s = replay.totals_on(as_of).map_err(|e| {
            if e.field() == Some("asOf") {
                e.at(at())
            } else {
                e
            }
        })?;
        out.push(TotalOutput::from_totals(&s));
    }
    to_js(&out)
}
