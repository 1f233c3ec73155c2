//! Options as they arrive from JSON or JavaScript, next to the claim and policy inputs: the
//! rate rows a caller adds, the timeline's and the letter's options.

use serde::Deserialize;

use crate::input::{rate_table, RateRowInput};
use crate::rates::RateTable;

/// `{ rates?: RateRow[] }`: half-years that extend or replace the embedded table.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RatesOptionsInput {
    /// Caller rows.
    #[serde(default)]
    pub rates: Option<Vec<RateRowInput>>,
}

/// The embedded table, or an owned one extended by the caller.
pub enum TableRef {
    /// The table shipped with the crate.
    Embedded,
    /// A caller-extended table.
    Owned(RateTable),
}

impl TableRef {
    /// The table.
    pub fn get(&self) -> &RateTable {
        match self {
            TableRef::Embedded => RateTable::embedded(),
            TableRef::Owned(table) => table,
        }
    }
}

/// The table asked for by `options`.
pub fn table_from(options: Option<RatesOptionsInput>) -> crate::Result<TableRef> {
    match options.and_then(|o| o.rates) {
        Some(rows) => Ok(TableRef::Owned(rate_table(rows, "rates")?)),
        None => Ok(TableRef::Embedded),
    }
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

/// `{ today?, rates?, strictRates? }`: options of `timeline`.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TimelineOptionsInput {
    /// Projected steps are never dated before this day (`YYYY-MM-DD`).
    #[serde(default)]
    pub today: Option<String>,
    /// How far the preview looks (`YYYY-MM-DD`): `final` is valued on it, and further years of
    /// enforcement are projected up to it.
    #[serde(default)]
    pub horizon: Option<String>,
    /// Caller rate rows.
    #[serde(default)]
    pub rates: Option<Vec<RateRowInput>>,
    /// A day the table does not cover is an error.
    #[serde(default)]
    pub strict_rates: bool,
}

/// `{ kind, date, paymentTermDays, rates?, strictRates? }`: what `letter` previews.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct LetterInput {
    /// `reminder` or `collectionDemand`.
    pub kind: crate::claim::StepKind,
    /// The letter's date, `YYYY-MM-DD`.
    pub date: String,
    /// Days the debtor has to pay (at least 8 for an inkassokrav).
    pub payment_term_days: u32,
    /// Caller rate rows.
    #[serde(default)]
    pub rates: Option<Vec<RateRowInput>>,
    /// A day the table does not cover is an error.
    #[serde(default)]
    pub strict_rates: bool,
}

/// The table from optional caller rows (`rates` is the field path).
pub fn table_from_rows(rows: Option<Vec<RateRowInput>>) -> crate::Result<TableRef> {
    table_from(Some(RatesOptionsInput { rates: rows }))
}
