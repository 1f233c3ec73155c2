//! An instalment plan as it arrives from JSON or JavaScript (`instalmentPlan(claim, plan)`),
//! turned into a [`PlanRequest`] with coded errors at the path of the field (`plan.…`).

use serde::Deserialize;

use crate::calendar::parse_date;
use crate::error::{Error, ErrorCode, Result};
use crate::input::{NumberInput, WholeInput};
use crate::plan::{count_rule, days_rule, months_rule, Interval, PlanRequest, Sizing};
use crate::plan::{MAX_INSTALMENTS, MAX_INTERVAL_DAYS as MAX_DAYS, MAX_INTERVAL_MONTHS};

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

/// A whole number of the plan within `1 ..= max`, else [`ErrorCode::InvalidPlan`] at `path`
/// with the number as given before the rule (`361: the number of instalments must be 1 … 360`,
/// `-1: …`, `1e+21: …`), as a policy's `paymentPlan.count` says it: the same rule for every
/// number out of range, whatever its size; `-0` is 0. A fraction, `NaN`, an infinity, text or a
/// boolean is not a whole number: `INVALID_TYPE` when it is read.
fn whole(n: &WholeInput, max: u32, path: &str, rule: &str) -> Result<u32> {
    n.within(max)
        .filter(|v| *v >= 1)
        .ok_or_else(|| invalid(path, &format!("{n}: {rule}")))
}

impl PlanInput {
    /// Checks the fields and builds the request (the plan's consistency with the claim is
    /// checked by [`crate::plan::instalment_plan`]).
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn into_request(self) -> Result<PlanRequest> {
        let date = parse_date(&self.date).map_err(|e| e.at("plan.date"))?;
        let first_date = parse_date(&self.first_date).map_err(|e| e.at("plan.firstDate"))?;
        let sizing = match (&self.count, &self.amount) {
            (Some(n), None) => {
                Sizing::Count(whole(n, MAX_INSTALMENTS, "plan.count", &count_rule())?)
            }
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
            (Some(m), None) => Interval::Months(whole(
                m,
                MAX_INTERVAL_MONTHS,
                "plan.intervalMonths",
                &months_rule(),
            )?),
            (None, Some(d)) => {
                Interval::Days(whole(d, MAX_DAYS, "plan.intervalDays", &days_rule())?)
            }
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

impl PlanOptionsInput {
    /// The rate rows into a table (errors at `rates[i]`, as the JS API names them), with
    /// `strictRates`: [`OwnedRateOptions::plan_options`] are the options of
    /// [`crate::plan::instalment_plan`].
    ///
    /// [`OwnedRateOptions::plan_options`]: crate::input::options::OwnedRateOptions::plan_options
    pub fn into_options(self) -> crate::Result<crate::input::options::OwnedRateOptions> {
        crate::input::options::OwnedRateOptions::of(self.rates, self.strict_rates)
    }
}
