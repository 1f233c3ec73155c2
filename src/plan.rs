//! Amorteringsplan (instalment plan): a schedule that pays a claim to the öre.
//!
//! Given a plan ([`PlanRequest`]: the day it is agreed, the first instalment's date, the
//! interval, and either the number of instalments or the amount of each), [`instalment_plan`]
//! returns the [`Schedule`]: each instalment's date and amount, and how the engine allocates it
//! (fees, then interest, then capital, DOMAIN.md 8.6). Paying exactly the schedule settles the
//! claim on the last date: nothing owed, nothing overpaid (a property test checks it).
//!
//! - **The plan fee** (lag 1981:739 3 § 2, 170 kr; `fees.rs`): the plan is added to the claim
//!   as an `amorteringsplan` step on its date, and the engine decides the fee exactly as for a
//!   taken step: charged only when something is overdue that day, once per claim, and only the
//!   part förseningsersättning does not already cover. `fee: false` claims none.
//! - **By number** (`count`): every instalment but the last is the same amount, the smallest
//!   whole-öre amount for which the last instalment (what settles the claim on the last date)
//!   is not larger; so the last is equal or slightly smaller.
//! - **By amount** (`amount`): that amount on each date until what is owed on a date is at most
//!   the amount; the last instalment pays exactly that. An amount that never gets there (it
//!   does not cover the interest) is an error.
//! - **Dates**: the first date, then every `interval` later (months: the same day of the month,
//!   the month's last day where it has fewer days). They are not moved off weekends and
//!   holidays (a payment made on the next weekday is on time all the same, skuldebrevslagen 5 §,
//!   but the schedule's interest runs to the date written).
//! - Interest runs between instalments on the capital left (dröjsmålsränta, the claim's terms).
//!   Dates beyond the rate table assume the last known referensränta (`assumed`, like a
//!   timeline); `strict_rates` makes them an error instead.

use serde::Serialize;
use time::{Date, Month};

use crate::calendar::{self, serialize_date};
use crate::claim::{Claim, Payment, Step, StepKind};
use crate::error::{Error, ErrorCode, Result};
use crate::money::Money;
use crate::rates::RateTable;
use crate::statement::{statement_of_valid, Detail, Statement, StatementOptions};
use crate::warning::{Warning, WarningCode};

/// Most instalments in one plan (30 years of monthly instalments).
pub const MAX_INSTALMENTS: u32 = 360;

/// The time between two instalments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Interval {
    /// Calendar months (the same day of the month, or the month's last day).
    Months(u32),
    /// Days.
    Days(u32),
}

/// How the instalments are sized.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sizing {
    /// This many instalments, equal but for the last.
    Count(u32),
    /// Instalments of this amount, the last one what is left.
    Amount(Money),
}

/// An instalment plan to compute.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanRequest {
    /// The day the plan is agreed and sent (the `amorteringsplan` step).
    pub date: Date,
    /// The first instalment's date (on or after `date`).
    pub first_date: Date,
    /// The time between instalments.
    pub interval: Interval,
    /// By number or by amount.
    pub sizing: Sizing,
    /// Claim the plan fee where lawful (lag 1981:739 3 § 2). Default `true`.
    pub fee: bool,
}

/// Options for [`instalment_plan`].
#[derive(Debug, Clone, Copy)]
pub struct PlanOptions<'a> {
    /// The reference-rate table (default: [`RateTable::embedded`]).
    pub rates: &'a RateTable,
    /// Strict mode: a day the table does not cover is an error, not an assumed rate.
    pub strict_rates: bool,
}

impl Default for PlanOptions<'static> {
    fn default() -> Self {
        PlanOptions {
            rates: RateTable::embedded(),
            strict_rates: false,
        }
    }
}

/// One instalment and how it is allocated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Instalment {
    /// 1, 2, …
    pub number: u32,
    /// The day it is paid.
    #[serde(serialize_with = "serialize_date")]
    pub date: Date,
    /// The amount.
    pub amount: Money,
    /// The part that pays fees.
    pub fees: Money,
    /// The part that pays interest.
    pub interest: Money,
    /// The part that pays capital.
    pub capital: Money,
    /// The capital left after it.
    pub capital_after: Money,
}

/// The plan's schedule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Schedule {
    /// The day the plan is agreed.
    #[serde(serialize_with = "serialize_date")]
    pub date: Date,
    /// The plan fee charged (zero when none is lawful or claimed, or förseningsersättning
    /// covers it).
    pub plan_fee: Money,
    /// The statute of the plan fee, when one is charged.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan_fee_rule: Option<&'static str>,
    /// What is owed on the plan's date, plan fee included: capital + interest + fees.
    pub owed_at_start: Money,
    /// The instalments, in date order.
    pub instalments: Vec<Instalment>,
    /// The sum of the instalments.
    pub total: Money,
    /// The interest the instalments pay.
    pub interest: Money,
    /// The fees the instalments pay.
    pub fees: Money,
    /// Whether some interest uses an assumed rate (beyond the table; see `RATE_ASSUMED`).
    #[serde(skip_serializing_if = "core::ops::Not::not")]
    pub assumed: bool,
    /// The engine's remarks (the plan fee not charged, rates, …), about the claim with the
    /// plan step and the instalments as payments.
    pub warnings: Vec<Warning>,
}

/// The schedule of `plan` for `claim`.
pub fn instalment_plan(
    claim: &Claim,
    plan: &PlanRequest,
    options: &PlanOptions<'_>,
) -> Result<Schedule> {
    claim.validate()?;
    check_plan(claim, plan)?;
    let mut base = claim.clone();
    let mut step = Step::new(StepKind::PaymentPlan, plan.date);
    if !plan.fee {
        step.fee = Some(false);
    }
    let plan_step = base.steps.len();
    base.steps.push(step);
    base.validate()?;
    let planner = Planner {
        base: &base,
        plan,
        options,
    };
    let at_start = planner.statement(&[], plan.date)?;
    if !at_start.total.is_positive() {
        return Err(Error::new(
            ErrorCode::NothingToCollect,
            "nothing is owed on the plan's date: there is nothing to pay in instalments",
        )
        .at("plan.date"));
    }
    let payments = match plan.sizing {
        Sizing::Count(count) => planner.by_count(count)?,
        Sizing::Amount(amount) => planner.by_amount(amount)?,
    };
    let last = payments.last().map_or(plan.first_date, |p| p.date);
    let full = planner.statement(&payments, last)?;
    schedule(&full, &at_start, plan, plan_step, &payments, claim)
}

fn check_plan(claim: &Claim, plan: &PlanRequest) -> Result<()> {
    calendar::check_range(plan.date).map_err(|e| e.at("plan.date"))?;
    calendar::check_range(plan.first_date).map_err(|e| e.at("plan.firstDate"))?;
    if plan.first_date < plan.date {
        return Err(invalid_plan(
            "plan.firstDate",
            "the first instalment is before the plan's date",
        ));
    }
    if claim.first_issue_date().is_some_and(|d| plan.date < d) {
        return Err(invalid_plan(
            "plan.date",
            "the plan is dated before the first invoice was issued",
        ));
    }
    let interval_path = match plan.interval {
        Interval::Months(_) => "plan.intervalMonths",
        Interval::Days(_) => "plan.intervalDays",
    };
    match plan.interval {
        Interval::Months(0) | Interval::Days(0) => {
            return Err(invalid_plan(
                interval_path,
                "the interval must be at least one day or month",
            ));
        }
        Interval::Months(m) if m > 120 => {
            return Err(invalid_plan(
                interval_path,
                "the interval must be at most 120 months",
            ));
        }
        Interval::Days(d) if d > crate::policy::MAX_DAYS => {
            return Err(invalid_plan(
                interval_path,
                &format!(
                    "the interval must be at most {} days",
                    crate::policy::MAX_DAYS
                ),
            ));
        }
        _ => {}
    }
    match plan.sizing {
        Sizing::Count(n) if n == 0 || n > MAX_INSTALMENTS => Err(invalid_plan(
            "plan.count",
            &format!("the number of instalments must be 1 … {MAX_INSTALMENTS}"),
        )),
        Sizing::Amount(a) => crate::claim::check_amount(a).map_err(|e| e.at("plan.amount")),
        Sizing::Count(_) => Ok(()),
    }
}

fn invalid_plan(path: &str, message: &str) -> Error {
    Error::new(ErrorCode::InvalidPlan, message.to_owned()).at(path)
}

/// The date of instalment `k` (0-based).
pub fn instalment_date(first: Date, interval: Interval, k: u32) -> Result<Date> {
    match interval {
        Interval::Days(d) => calendar::add_days(first, i64::from(d).saturating_mul(i64::from(k))),
        Interval::Months(m) => add_months(first, m.saturating_mul(k)),
    }
}

/// `date` + `months` calendar months, on the same day or the month's last day.
fn add_months(date: Date, months: u32) -> Result<Date> {
    let overflow = || Error::overflow("a date");
    let index = i64::from(date.year())
        .checked_mul(12)
        .and_then(|y| y.checked_add(i64::from(u8::from(date.month()).saturating_sub(1))))
        .and_then(|i| i.checked_add(i64::from(months)))
        .ok_or_else(overflow)?;
    let year = i32::try_from(index.div_euclid(12)).map_err(|_| overflow())?;
    let month_number =
        u8::try_from(index.rem_euclid(12).saturating_add(1)).map_err(|_| overflow())?;
    let month = Month::try_from(month_number).map_err(|_| overflow())?;
    let day = date.day().min(month.length(year));
    let out = Date::from_calendar_date(year, month, day).map_err(|_| overflow())?;
    calendar::check_range(out)?;
    Ok(out)
}

struct Planner<'a> {
    base: &'a Claim,
    plan: &'a PlanRequest,
    options: &'a PlanOptions<'a>,
}

impl Planner<'_> {
    /// The statement of the claim with the plan step and `payments`, as of `as_of`.
    fn statement(&self, payments: &[Payment], as_of: Date) -> Result<Statement> {
        let mut claim = self.base.clone();
        claim.payments.extend_from_slice(payments);
        if claim.payments.len() > crate::claim::MAX_PAYMENTS {
            return Err(Error::new(ErrorCode::TooManyItems, "too many payments").at("payments"));
        }
        let table;
        let rates = if self.options.strict_rates {
            self.options.rates
        } else {
            let through = calendar::next_day(as_of).unwrap_or(as_of);
            table = self.options.rates.assuming_through(through)?;
            &*table
        };
        statement_of_valid(
            &claim,
            &StatementOptions {
                as_of,
                rates,
                strict_rates: self.options.strict_rates,
                detail: Detail::Summary,
            },
        )
    }

    fn dates(&self, count: u32) -> Result<Vec<Date>> {
        (0..count)
            .map(|k| instalment_date(self.plan.first_date, self.plan.interval, k))
            .collect()
    }

    /// `count` instalments of `amount` but the last, and the last: what is owed on its date.
    fn with_amount(&self, dates: &[Date], amount: Money) -> Result<(Vec<Payment>, Statement)> {
        let (last, rest) = dates
            .split_last()
            .ok_or_else(|| invalid_plan("plan.count", "no instalments"))?;
        let payments: Vec<Payment> = rest.iter().map(|&date| Payment { date, amount }).collect();
        let s = self.statement(&payments, *last)?;
        Ok((payments, s))
    }

    /// Equal instalments: the smallest amount for which the last is not larger.
    fn by_count(&self, count: u32) -> Result<Vec<Payment>> {
        let dates = self.dates(count)?;
        let last = *dates
            .last()
            .ok_or_else(|| invalid_plan("plan.count", "no instalments"))?;
        // Paying everything in the first instalment certainly settles the claim.
        let unpaid = self.statement(&[], last)?.total;
        let mut hi = unpaid.ore();
        let mut lo: i64 = 1;
        if count == 1 {
            return Ok(vec![Payment {
                date: last,
                amount: unpaid,
            }]);
        }
        while lo < hi {
            let mid = lo.saturating_add(hi.saturating_sub(lo).checked_div(2).unwrap_or(0));
            let (_, s) = self.with_amount(&dates, Money::from_ore(mid))?;
            // Larger instalments leave less for the last (and overpay at most: total zero).
            if s.total <= Money::from_ore(mid) {
                hi = mid;
            } else {
                lo = mid.saturating_add(1);
            }
        }
        let amount = Money::from_ore(hi);
        let (mut payments, s) = self.with_amount(&dates, amount)?;
        if !s.credit.is_zero() || !s.total.is_positive() {
            return Err(invalid_plan(
                "plan.count",
                "the claim is too small for that many instalments: every instalment must be at least 0.01",
            ));
        }
        payments.push(Payment {
            date: last,
            amount: s.total,
        });
        Ok(payments)
    }

    /// Instalments of `amount` until what is owed on a date is at most `amount`.
    fn by_amount(&self, amount: Money) -> Result<Vec<Payment>> {
        let mut payments = Vec::new();
        for k in 0..MAX_INSTALMENTS {
            let date = instalment_date(self.plan.first_date, self.plan.interval, k)?;
            let owed = self.statement(&payments, date)?.total;
            if owed <= amount {
                if owed.is_positive() {
                    payments.push(Payment { date, amount: owed });
                }
                return Ok(payments);
            }
            payments.push(Payment { date, amount });
        }
        Err(invalid_plan(
            "plan.amount",
            &format!(
                "instalments of {amount} do not pay the claim within {MAX_INSTALMENTS} instalments (do they cover the interest?)"
            ),
        ))
    }
}

fn schedule(
    full: &Statement,
    at_start: &Statement,
    plan: &PlanRequest,
    plan_step: usize,
    payments: &[Payment],
    claim: &Claim,
) -> Result<Schedule> {
    let first_new = claim.payments.len();
    let fee_line = full.fee_lines.iter().find(|l| l.step == Some(plan_step));
    let mut capital = {
        // The capital left before the first instalment: after the claim's own payments and
        // credit notes up to it.
        let mut c = full.capital;
        for a in full.allocations.iter().filter(|a| a.payment >= first_new) {
            c = c.checked_add(a.capital)?;
        }
        c
    };
    let mut instalments = Vec::with_capacity(payments.len());
    for (k, a) in full
        .allocations
        .iter()
        .filter(|a| a.payment >= first_new)
        .enumerate()
    {
        capital = capital.checked_sub(a.capital)?;
        instalments.push(Instalment {
            number: u32::try_from(k).map_or(u32::MAX, |k| k.saturating_add(1)),
            date: a.date,
            amount: a.amount,
            fees: a.fees,
            interest: a.interest,
            capital: a.capital,
            capital_after: capital,
        });
    }
    let warnings: Vec<Warning> = full
        .warnings
        .iter()
        .filter(|w| w.code != WarningCode::AfterAsOf)
        .cloned()
        .collect();
    Ok(Schedule {
        date: plan.date,
        plan_fee: fee_line.map_or(Money::ZERO, |l| l.amount),
        plan_fee_rule: fee_line.map(|l| l.rule),
        owed_at_start: at_start.total,
        total: Money::sum(instalments.iter().map(|i| i.amount))?,
        interest: Money::sum(instalments.iter().map(|i| i.interest))?,
        fees: Money::sum(instalments.iter().map(|i| i.fees))?,
        instalments,
        assumed: warnings.iter().any(|w| w.code == WarningCode::RateAssumed),
        warnings,
    })
}
