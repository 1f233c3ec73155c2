//! The JavaScript boundary (wasm32 only): the one place that knows about `wasm_bindgen`,
//! `js_sys` and `serde_wasm_bindgen`.
//!
//! Every export takes plain JS values, reads them with the same serde input types the native
//! API uses ([`crate::input`]), calls the pure core, and returns plain JSON-compatible objects
//! (money and percentages as strings, dates as `YYYY-MM-DD`). A failure is thrown as a real JS
//! `Error` with `name === "InvoicingError"`, a stable `code` and the `field` path at fault.
//! Nothing here can trap: the core returns errors as values and this layer only converts.

mod convert;
mod de;
mod types;
mod typescript;

use wasm_bindgen::prelude::*;

use crate::calendar;
use crate::input::{ClaimInput, StatementOptionsInput};
use crate::rates;
use crate::statement::statement as core_statement;
pub use convert::Thrown as ThrownError;
use convert::{from_js, optional_from_js, to_js, JsResult};

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
pub fn reference_rate(
    #[wasm_bindgen(unchecked_param_type = "string")] date: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "RatesOptions")] options: Option<JsValue>,
) -> JsResult {
    let date = convert::date_from_js(&date, "date")?;
    let options: Option<types::RatesOptionsInput> = optional_from_js(options)?;
    let table = types::table_from(options)?;
    let answer = rates::rate_on(table.get(), date).map_err(|e| e.at("date"))?;
    to_js(&answer)
}

/// Every half-year of the embedded referensränta table (or `options.rates` merged into it).
#[wasm_bindgen(js_name = referenceRates, unchecked_return_type = "ReferenceRateRow[]")]
pub fn reference_rates(
    #[wasm_bindgen(unchecked_optional_param_type = "RatesOptions")] options: Option<JsValue>,
) -> JsResult {
    let options: Option<types::RatesOptionsInput> = optional_from_js(options)?;
    let table = types::table_from(options)?;
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
pub fn statement(
    #[wasm_bindgen(unchecked_param_type = "Claim")] claim: JsValue,
    #[wasm_bindgen(unchecked_param_type = "StatementOptions")] options: JsValue,
) -> JsResult {
    let claim = from_js::<ClaimInput>(claim, "")?.into_claim()?;
    let options = from_js::<StatementOptionsInput>(options, "")?.into_options()?;
    to_js(&core_statement(&claim, &options.as_options())?)
}

/// Statements of many claims on one date (for comparison sites). The claims share
/// `options`; the first claim that fails throws, with its index in `field` (`[3].amount`).
#[wasm_bindgen(js_name = statementMany, unchecked_return_type = "Statement[]")]
pub fn statement_many(
    #[wasm_bindgen(unchecked_param_type = "Claim[]")] claims: JsValue,
    #[wasm_bindgen(unchecked_param_type = "StatementOptions")] options: JsValue,
) -> JsResult {
    let claims: Vec<ClaimInput> = from_js(claims, "")?;
    convert::check_many(claims.len())?;
    let options = from_js::<StatementOptionsInput>(options, "")?.into_options()?;
    let options = options.as_options();
    let mut statements = Vec::with_capacity(claims.len());
    for (i, claim) in claims.into_iter().enumerate() {
        let at = format!("[{i}]");
        let claim = claim.into_claim().map_err(|e| e.within(&at))?;
        statements.push(core_statement(&claim, &options).map_err(|e| e.within(&at))?);
    }
    to_js(&statements)
}

/// The named Swedish days off of `year` (public holidays plus midsommarafton, julafton and
/// nyårsafton), in date order.
#[wasm_bindgen(js_name = holidays, unchecked_return_type = "Holiday[]")]
pub fn holidays(#[wasm_bindgen(unchecked_param_type = "number")] year: JsValue) -> JsResult {
    let year = convert::year_from_js(&year)?;
    to_js(&calendar::holidays(year))
}

/// `date` itself when it is a weekday that is not a holiday, otherwise the next such day: where
/// a deadline falling on `date` really falls (lag 1930:173).
#[wasm_bindgen(js_name = nextBankDay, unchecked_return_type = "string")]
pub fn next_bank_day(#[wasm_bindgen(unchecked_param_type = "string")] date: JsValue) -> JsResult {
    let date = convert::date_from_js(&date, "date")?;
    let next = calendar::next_business_day(date).map_err(|e| e.at("date"))?;
    Ok(JsValue::from_str(&calendar::format_date(next)))
}
