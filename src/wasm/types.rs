//! Output shapes that exist only for the JS API (the inputs are in [`crate::input`]).

use std::borrow::Cow;

use serde::Serialize;

use crate::rates::{format_percent, RateRow, RateStatus};

/// One half-year of the table as JS sees it.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RateRowOutput {
    /// First day, `YYYY-01-01` or `YYYY-07-01`.
    pub from: String,
    /// Last day.
    pub to: String,
    /// The half-year, `2025-H1`.
    pub half_year: String,
    /// referensränta, percent.
    pub reference_rate: String,
    /// dröjsmålsränta (referensränta + 8), percent.
    pub late_payment_rate: String,
    /// `confirmed`, `derived` or `provisional`.
    pub status: RateStatus,
    /// Where the value comes from.
    pub source: Cow<'static, str>,
}

impl RateRowOutput {
    /// The output shape of `row`.
    pub fn from_row(row: &RateRow) -> crate::Result<RateRowOutput> {
        Ok(RateRowOutput {
            from: crate::calendar::format_date(row.half_year.start()?),
            to: crate::calendar::format_date(row.half_year.end()?),
            half_year: row.half_year.to_string(),
            reference_rate: format_percent(row.percent),
            late_payment_rate: format_percent(row.late_payment_rate()?),
            status: row.status,
            source: row.source.clone(),
        })
    }
}
