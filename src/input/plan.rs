//! An instalment plan as it arrives from JSON or JavaScript (`instalmentPlan(claim, plan)`),
//! turned into a [`PlanRequest`] with coded errors at the path of the field (`plan.…`).

use serde::Deserialize;

use crate::calendar::parse_date;
use crate::error::{Error, ErrorCode, Result};
use crate::input::{NumberInput, WholeInput};
use crate::plan::{Interval, PlanRequest, Sizing};

/// `{ date, firstDate, count? | amount?, intervalMonths? | intervalDays?, fee? }`.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PlanInput {
    /// The day the plan is agreed and sent, `YYYY-MM-DD`.
    pub date: String,
    /// The first instalment's date, `YYYY-MM-DD`.
    pub first_date: String,
    /// The number of instalments (1 … 360).
    #[serde(default)]
    pub count: Option<WholeInput>,
    /// Or the amount of each instalment.
    #[serde(default)]
    pub amount: Option<NumberInput>,
    /// Months between instalments (default 1).
    #[serde(default)]
    pub interval_months: Option<WholeInput>,
    /// Or days between instalments.
    #[serde(default)]
    pub interval_days: Option<WholeInput>,
    /// Claim the plan fee where lawful (default `true`).
    #[serde(default)]
    pub fee: Option<bool>,
}

fn invalid(path: &str, message: &str) -> Error {
    Error::new(ErrorCode::InvalidPlan, message.to_owned()).at(path)
}

/// A whole number as the plan's checks take it ([`crate::plan::instalment_plan`]): one below
/// zero as 0 and one beyond `u32` as `u32::MAX`, so that every number out of range, whatever
/// its size, is refused by the same check with the same message (`the number of instalments
/// must be 1 … 360`); `-0` is 0. A fraction, `NaN`, an infinity, text or a boolean is not a
/// whole number: `INVALID_TYPE` when it is read, as in a policy's `paymentPlan.count`.
fn whole(n: &WholeInput) -> u32 {
    n.within(u32::MAX)
        .unwrap_or(if n.is_negative() { 0 } else { u32::MAX })
}

impl PlanInput {
    /// Checks the fields and builds the request (the plan's consistency with the claim is
    /// checked by [`crate::plan::instalment_plan`]).
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn into_request(self) -> Result<PlanRequest> {
        let date = parse_date(&self.date).map_err(|e| e.at("plan.date"))?;
        let first_date = parse_date(&self.first_date).map_err(|e| e.at("plan.firstDate"))?;
        let sizing = match (&self.count, &self.amount) {
            (Some(n), None) => Sizing::Count(whole(n)),
            (None, Some(a)) => Sizing::Amount(a.to_money().map_err(|e| e.at("plan.amount"))?),
            // Which of the two it was (an error-message review).
            (None, None) => {
                return Err(invalid(
                    "plan.count",
                    "give either count or amount (neither was given)",
                ))
            }
            _ => {
                return Err(invalid(
                    "plan.count",
                    "give either count or amount, not both",
                ))
            }
        };
        let interval = match (&self.interval_months, &self.interval_days) {
            (None, None) => Interval::Months(1),
            (Some(m), None) => Interval::Months(whole(m)),
            (None, Some(d)) => Interval::Days(whole(d)),
            _ => {
                return Err(invalid(
                    "plan.intervalDays",
                    "give either intervalMonths or intervalDays",
                ))
            }
        };
        Ok(PlanRequest {
            date,
            first_date,
            interval,
            sizing,
            fee: self.fee.unwrap_or(true),
        })
    }
}

/// `{ rates?, strictRates? }`: options of `instalmentPlan`.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct PlanOptionsInput {
    /// Caller rate rows.
    #[serde(default)]
    pub rates: Option<Vec<crate::input::RateRowInput>>,
    /// A day the table does not cover is an error instead of an assumed rate.
    #[serde(default, deserialize_with = "crate::input::null_as_default")]
    pub strict_rates: bool,
}
