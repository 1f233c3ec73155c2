//! Results that cross as text (issue 15): a statement as its parts, materialised lazily by the
//! JS wrapper, and the totals of a claim on many dates from one replay.

use serde::Deserialize;

use super::convert::{self, to_js, JsResult};
use super::json;
use super::types::TotalOutput;
use crate::input::options::table_from_rows;
use crate::input::{ClaimInput, RateRowInput};
use crate::statement::{Detail, Statement, StatementOptions};

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

fn push_part<T: serde::Serialize>(text: &mut String, part: &T) -> json::Result<()> {
    text.push('\0');
    json::push(text, part)
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
