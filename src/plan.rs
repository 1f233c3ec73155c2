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
//!   is not larger; so the last is equal or smaller. Where that amount pays the claim off
//!   before the last date (no one amount comes out at that count: instalments of a few
//!   kronor over many months), the first ones are that amount and the others an öre less, as
//!   few of the first as leave the last not larger than the first instalment. Where even one
//!   of them pays the claim off early (a few öre an instalment over a long plan, where an öre
//!   paid early saves more than an öre of interest), none, and the last is an öre more than
//!   the others.
//! - **By amount** (`amount`): that amount on each date until what is owed on a date is at most
//!   the amount; the last instalment pays exactly that. An amount that never gets there (it
//!   does not cover the interest) is an error.
//! - **Dates**: the first date, then every `interval` later (months: the same day of the month,
//!   the month's last day where it has fewer days), each moved to the next weekday when it falls
//!   on a weekend or holiday, as the claim's due dates are ([`Claim::shift_due_date`], DOMAIN.md
//!   3 and 8.1): payment on that weekday is on time (skuldebrevslagen 5 §), and the schedule's
//!   interest runs to the day the debtor may pay, so paying on it settles the claim to the öre.
//!   The instalment then says the date it was moved from ([`Instalment::moved_from`]). A claim
//!   with `shift_due_date` off keeps the dates as written. With an interval of a few days, two
//!   instalments can fall due on the same weekday (a Saturday's and a Sunday's on the Monday).
//!   Every instalment falls by
//!   2199-12-31 ([`calendar::MAX_DATE`]), the last date the engine supports: a plan by number
//!   whose last instalment would fall after it is `INVALID_PLAN` at `plan.count`, and
//!   instalments by amount that have not paid the claim by then are `INVALID_PLAN` at
//!   `plan.amount` (the sizing decides how far the plan runs; each message names the other
//!   levers, the interval and the first date), unless the first instalment itself would (moved
//!   off a day off): `plan.firstDate`.
//! - **Recorded payments**: a plan is agreed for what is owed on its date. A claim that records
//!   a payment or credit note after the plan's date is `INVALID_PLAN` at `plan.date` (the
//!   message names it): the schedule could not both be paid exactly and leave nothing owed
//!   and nothing overpaid on the last date. So is one that records a step that may charge a
//!   fee after it ([`instalment_plan`]; the plan would collect that fee). Payments on the
//!   plan's date count (after the plan's step, DOMAIN.md 8.5).
//! - Interest runs between instalments on the capital left (dröjsmålsränta, the claim's terms).
//!   Dates beyond the rate table assume the last known referensränta (`assumed`, like a
//!   timeline); `strict_rates` makes them an error instead, for the days the schedule itself
//!   values (through the last instalment; sizing the instalments may look further, and a
//!   schedule has no per diem).

use serde::Serialize;
use time::Date;

use crate::calendar::{self, serialize_date, serialize_opt_date};
use crate::claim::{Claim, Payment, Step, StepKind};
use crate::error::{Error, ErrorCode, Result};
use crate::money::Money;
use crate::rates::RateTable;
use crate::statement::{statement_of_valid, Detail, Replay, Statement, StatementOptions};
use crate::text::{message, Arg};
use crate::warning::{Facts, Subject, Warning, WarningCode};

/// Most instalments in one plan (30 years of monthly instalments).
pub const MAX_INSTALMENTS: u32 = 360;
/// The longest interval between instalments in months (ten years).
pub const MAX_INTERVAL_MONTHS: u32 = crate::policy::MAX_INTERVAL_MONTHS;
/// The longest interval between instalments in days ([`crate::policy::MAX_DAYS`]).
pub const MAX_INTERVAL_DAYS: u32 = crate::policy::MAX_DAYS;

/// The rule a plan's number of instalments breaks, said after the number given.
pub(crate) fn count_rule() -> String {
    format!("the number of instalments must be 1 … {MAX_INSTALMENTS}")
}

/// The rule a plan's interval in months breaks, said after the number given.
pub(crate) fn months_rule() -> String {
    format!("the interval must be 1 … {MAX_INTERVAL_MONTHS} months")
}

/// The rule a plan's interval in days breaks, said after the number given.
pub(crate) fn days_rule() -> String {
    format!("the interval must be 1 … {MAX_INTERVAL_DAYS} days")
}

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
    /// Claim the plan fee where lawful (lag 1981:739 3 § 2). No default in Rust (the JSON
    /// reader's `fee` defaults to `true`): set it.
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
#[non_exhaustive]
pub struct Instalment {
    /// 1, 2, …
    pub number: u32,
    /// The day it falls due and is paid: the schedule's date moved off a weekend or holiday
    /// (skuldebrevslagen 5 §), unless the claim keeps its dates ([`Claim::shift_due_date`]).
    #[serde(serialize_with = "serialize_date")]
    pub date: Date,
    /// The schedule's date (the first date, then every interval later), when `date` was moved
    /// off a weekend or holiday. To make the same schedule again, the first instalment's
    /// `moved_from` (or its `date` when not moved) is the request's `first_date`.
    #[serde(
        serialize_with = "serialize_opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub moved_from: Option<Date>,
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
#[non_exhaustive]
pub struct Schedule {
    /// The day the plan is agreed.
    #[serde(serialize_with = "serialize_date")]
    pub date: Date,
    /// The plan as the step to record in the claim's `steps` once it is agreed: `paymentPlan`
    /// on its date, with `fee: Some(false)` when it earns no fee (the claim's one plan fee
    /// charged before, `fee: false` on the plan, nothing overdue; not when
    /// förseningsersättning absorbs it, which the statement then explains), as a
    /// [`crate::letter::Letter`]'s `step` records a letter: recorded without it, `check` would
    /// find the fee the schedule did not claim (`FEE_CHARGED_TWICE`; an integrator's review,
    /// stop 67, found every second plan so). A plan the claim already records on its date
    /// gives its step as this schedule makes it: replace the recorded one with it. Add
    /// `ended` to it if the plan is broken.
    pub step: Step,
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
    /// Whether some interest uses a provisional rate (a row not yet checked against the
    /// Riksbank's notice, as the embedded table's newest half-year may be; see
    /// `PROVISIONAL_RATE`), as [`crate::statement::Totals::provisional`] (a year-end review:
    /// the totals and the timeline said it, the schedule did not).
    #[serde(skip_serializing_if = "core::ops::Not::not")]
    pub provisional: bool,
    /// The engine's remarks (the plan fee not charged, rates, …), about the claim with the
    /// plan step and the instalments as payments.
    pub warnings: Vec<Warning>,
}

/// The schedule of `plan` for `claim`. A `paymentPlan` step the claim records on the plan's
/// date is the plan's own step (the plan made again); otherwise one is added.
#[cfg_attr(inkasso_size, optimize(size))]
pub fn instalment_plan(
    claim: &Claim,
    plan: &PlanRequest,
    options: &PlanOptions<'_>,
) -> Result<Schedule> {
    claim.validate()?;
    check_later_steps(claim, plan)?;
    // Refused after the plan's own refusals (a time-barred or settled claim first, as `letter`
    // orders them).
    let schedule = plan_of_built(claim, plan, options, 0)?;
    check_not_disputed(claim, plan, options)?;
    Ok(schedule)
}

/// [`ErrorCode::ClaimDisputed`] at `plan.date` when a dispute stands on the plan's day
/// ([`Claim::dispute_standing`], its own day included, about an invoice with capital unpaid at
/// the start of the day), as `letter` refuses a letter then: god inkassosed takes a disputed
/// claim to court rather than collecting it (an `instalmentPlan` review, stop 68, found a plan
/// and its fee made for a disputed claim without a word). A debtor who agrees a plan accepts
/// the claim: record that day as the dispute's `withdrawn`.
#[cfg_attr(inkasso_size, optimize(size))]
fn check_not_disputed(claim: &Claim, plan: &PlanRequest, options: &PlanOptions<'_>) -> Result<()> {
    let Some(standing) = claim.dispute_standing(plan.date, true) else {
        return Ok(());
    };
    let owed = crate::compliance::unpaid_at_start(claim, plan.date, options.rates)
        .map_err(|e| crate::statement::renamed_as_of(e, "plan.date"))?;
    if !standing.disputes(claim, &owed) {
        return Ok(());
    }
    Err(Error::new(
        ErrorCode::ClaimDisputed,
        message(
            "a plan dated {0}: the debtor disputed the claim on {1} and no judgment has decided all of it since; a disputed claim is taken to court (god inkassosed), not collected by a plan. If the debtor accepted the claim by agreeing to the plan, record that day as the dispute's `withdrawn` (for the objection to a betalningsföreläggande, which is not withdrawn, a `dispute` of that day withdrawn that day)",
            &[Arg::Date(plan.date), Arg::Date(standing.date)],
        ),
    )
    .at("plan.date"))
}

/// No step that may charge a fee or costs recorded after the plan's date: its fee was not
/// owed on that date, yet the plan's instalments would collect it (a dispute, a final notice,
/// efterbevakning, a judgment without costs or a step with `fee: false` charge nothing and
/// may follow). Only for a caller's claim: a timeline's projected plan is dated by its own
/// anchors, and the steps the history records after it are the timeline's to judge.
fn check_later_steps(claim: &Claim, plan: &PlanRequest) -> Result<()> {
    let later = claim.steps.iter().enumerate().find(|(_, s)| {
        s.date > plan.date
            && s.claims_fee()
            && !crate::fees::fees_of(s.kind).is_empty()
            && (s.kind != StepKind::Judgment || s.costs.is_some())
    });
    match later {
        Some((i, step)) => {
            let at = crate::error::item_path("steps", i, "");
            Err(invalid_plan(
                "plan.date",
                &message(
                    "the claim records {0} ({1}) on {2}, after the plan's date {3}: a plan schedules what is owed on its date, and its instalments are the payments after it; date the plan on or after {2}, or leave it out of the claim",
                    &[
                        Arg::S("a step that may charge a fee"),
                        Arg::S(&at),
                        Arg::Date(step.date),
                        Arg::Date(plan.date),
                    ],
                ),
            ))
        }
        None => Ok(()),
    }
}

/// [`instalment_plan`] for a claim an engine built from a valid caller's claim by adding at most
/// `added` steps of its own (a timeline's projected steps, [`Claim::validate_built`]).
#[cfg_attr(inkasso_size, optimize(size))]
pub(crate) fn plan_of_built(
    claim: &Claim,
    plan: &PlanRequest,
    options: &PlanOptions<'_>,
    added: usize,
) -> Result<Schedule> {
    check_plan(claim, plan)?;
    check_fee_as_recorded(claim, plan, options)?;
    let mut base = claim.clone();
    let plan_steps = plan_steps_of(&mut base, plan);
    // The plan's own step does not count against the caller's limit of steps.
    base.validate_built(added.saturating_add(1))?;
    let planner = Planner {
        base: &base,
        plan,
        options,
    };
    let at_start = planner
        .valued(&[], plan.date)
        .map_err(|e| crate::statement::renamed_as_of(e, "plan.date"))?;
    // Nothing owed before the plan's own fee (the day's payments counted: the plan's step
    // comes first on its day, and its fee would take a payment that settles the claim).
    // Valued without the plan's step (one the claim records too: the plan made again).
    let paid_before_fee = claim.payments.iter().any(|p| p.date == plan.date) && {
        let mut without = claim.clone();
        without.steps = claim
            .steps
            .iter()
            .enumerate()
            .filter(|(i, _)| !plan_steps.contains(i))
            .map(|(_, s)| *s)
            .collect();
        !Planner {
            base: &without,
            plan,
            options,
        }
        .valued(&[], plan.date)?
        .total
        .is_positive()
    };
    if !at_start.total.is_positive() || paid_before_fee {
        return Err(Error::new(
            ErrorCode::NothingToCollect,
            "nothing is owed on the plan's date: there is nothing to pay in instalments",
        )
        .at("plan.date"));
    }
    // A time-barred debt may not be demanded (god inkassosed), a plan for it neither: the
    // debtor's agreement after the period does not revive it. As `letter` refuses.
    if let Some(barred) = crate::state::of_statement(&base, &at_start)?.time_barred() {
        return Err(Error::new(
            ErrorCode::TimeBarred,
            format!(
                "invoice {} was time-barred after {} (preskriptionslagen): a plan agreed on {} \
                 must not demand it",
                crate::error::quoted(&barred.number),
                barred.preskription_date,
                plan.date
            ),
        )
        .at("plan.date"));
    }
    let payments = match plan.sizing {
        Sizing::Count(count) => planner.by_count(count)?,
        Sizing::Amount(amount) => planner.by_amount(amount)?,
    };
    // Each instalment must be a payment the claim could record (at most 10^12 kr).
    if let Some(large) = payments
        .iter()
        .find(|p| crate::claim::check_amount(p.amount).is_err())
    {
        return Err(instalment_too_large(large.amount, plan.sizing));
    }
    let last = payments.last().map_or(plan.first_date, |p| p.date);
    let full = planner
        .valued(&payments, last)
        .map_err(|e| rate_after_move(e, plan, &payments, options.rates))
        // A day past the table the schedule needs: the caller's `rates` lack its half-year.
        .map_err(|e| crate::statement::renamed_as_of(e, "rates"))?;
    schedule(
        &full,
        &at_start,
        plan,
        &plan_steps,
        &payments,
        claim,
        options.rates,
    )
}

/// The indices in `claim.steps` of the plan's own step. A claim that already records a
/// `paymentPlan` step on the plan's date is the plan made again (printed again, say): every such
/// step is the plan's, and no other one is added (it would be "another plan", charged nothing).
/// The fee is claimed unless the plan or the steps say not (a recorded step that claims it
/// while the plan says `fee: false` is refused by [`check_plan`]). Otherwise the plan's step
/// is appended.
fn plan_steps_of(claim: &mut Claim, plan: &PlanRequest) -> Vec<usize> {
    let is_plan = |s: &Step| s.kind == StepKind::PaymentPlan && s.date == plan.date;
    if !claim.steps.iter().any(is_plan) {
        claim
            .steps
            .push(Step::new(StepKind::PaymentPlan, plan.date));
    }
    let mut indices = Vec::new();
    for (index, step) in claim.steps.iter_mut().enumerate() {
        if is_plan(step) {
            if !plan.fee {
                step.fee = Some(false);
            }
            indices.push(index);
        }
    }
    indices
}

/// `fee: false` on the plan while the claim records the plan's step charging its fee (without
/// `fee: false`, and charged by the statement: not absorbed by förseningsersättning, nor the
/// claim's one plan fee charged before): the claim as recorded charges the fee the schedule
/// leaves out, so paying the schedule would not settle it. A recorded step that charges
/// nothing is no conflict (a review found those refused too).
#[cfg_attr(inkasso_size, optimize(size))]
fn check_fee_as_recorded(
    claim: &Claim,
    plan: &PlanRequest,
    options: &PlanOptions<'_>,
) -> Result<()> {
    let with_fee: Vec<usize> = claim
        .steps
        .iter()
        .enumerate()
        .filter(|(_, s)| {
            s.kind == StepKind::PaymentPlan && s.date == plan.date && s.fee != Some(false)
        })
        .map(|(i, _)| i)
        .collect();
    if plan.fee || with_fee.is_empty() {
        return Ok(());
    }
    let recorded = Planner {
        base: claim,
        plan,
        options,
    }
    .valued(&[], plan.date)
    .map_err(|e| crate::statement::renamed_as_of(e, "plan.date"))?;
    let charged = recorded.fee_lines.iter().find_map(|l| {
        l.step
            .filter(|i| with_fee.contains(i) && l.amount.is_positive())
    });
    match charged {
        None => Ok(()),
        Some(index) => Err(Error::new(
            ErrorCode::InvalidPlan,
            message(
                "the claim records this plan's step (steps[{0}]) claiming its fee: give that step fee: false as well, or leave plan.fee out",
                &[Arg::Int(i64::try_from(index).unwrap_or(i64::MAX))],
            ),
        )
        .at("plan.fee")),
    }
}

fn check_plan(claim: &Claim, plan: &PlanRequest) -> Result<()> {
    calendar::check_range(plan.date).map_err(|e| e.at("plan.date"))?;
    calendar::check_range(plan.first_date).map_err(|e| e.at("plan.firstDate"))?;
    // The numbers out of range next, as the reader (`input::plan`) refuses them, with the
    // number as given, after the dates' own format and range and before what depends on the
    // claim: a request built in Rust is refused with the same words at the same field.
    let out_of_range =
        |path: &str, n: u32, rule: String| Err(invalid_plan(path, &format!("{n}: {rule}")));
    if let Sizing::Count(n) = plan.sizing {
        if n == 0 || n > MAX_INSTALMENTS {
            return out_of_range("plan.count", n, count_rule());
        }
    }
    match plan.interval {
        Interval::Months(m) if m == 0 || m > MAX_INTERVAL_MONTHS => {
            return out_of_range("plan.intervalMonths", m, months_rule());
        }
        Interval::Days(d) if d == 0 || d > MAX_INTERVAL_DAYS => {
            return out_of_range("plan.intervalDays", d, days_rule());
        }
        _ => {}
    }
    if plan.first_date < plan.date {
        return Err(invalid_plan(
            "plan.firstDate",
            &message(
                "the first instalment, {0}, is before the plan's date, {1}",
                &[Arg::Date(plan.first_date), Arg::Date(plan.date)],
            ),
        ));
    }
    // Moved off a day off past the last date: the first date is at fault, whatever the
    // number or amount of instalments.
    let first_due = instalment_due_date(plan, 0, claim.shift_due_date)?;
    if first_due > calendar::MAX_DATE {
        return Err(invalid_plan(
            "plan.firstDate",
            &message(
                "the first instalment would fall on {0} (moved from {1}, a day off), after {2}, the last date the engine supports: give an earlier first date, or keep the claim's dates as written (shiftDueDate: false)",
                &[
                    Arg::Date(first_due),
                    Arg::Date(plan.first_date),
                    Arg::Date(calendar::MAX_DATE),
                ],
            ),
        ));
    }
    if let Some(first) = claim.first_issue_date().filter(|&d| plan.date < d) {
        return Err(invalid_plan(
            "plan.date",
            &message(
                "the plan is dated {0}, before the first invoice was issued, {1}",
                &[Arg::Date(plan.date), Arg::Date(first)],
            ),
        ));
    }
    check_recorded(claim, plan)?;
    match plan.sizing {
        Sizing::Amount(a) => crate::claim::check_amount(a).map_err(|e| e.at("plan.amount")),
        Sizing::Count(n) => check_last_date(plan, n, claim.shift_due_date),
    }
}

/// No invoice issued, payment or credit note recorded after the plan's date: a plan is agreed
/// for what is owed on its date, and its instalments are the payments after it. A later
/// recorded payment would leave the claim owed or overpaid on the last date, a later invoice
/// is not owed on it; the error (at `plan.date`) names it.
fn check_recorded(claim: &Claim, plan: &PlanRequest) -> Result<()> {
    let payment = claim
        .payments
        .iter()
        .enumerate()
        .find(|(_, p)| p.date > plan.date)
        .map(|(i, p)| {
            (
                crate::error::item_path("payments", i, ""),
                "a payment",
                p.date,
            )
        });
    let credit = claim
        .credits
        .iter()
        .enumerate()
        .find(|(_, c)| c.date > plan.date)
        .map(|(i, c)| {
            (
                crate::error::item_path("credits", i, ""),
                "a credit note",
                c.date,
            )
        });
    let invoice = claim
        .invoices
        .iter()
        .enumerate()
        .find(|(_, i)| i.issue_date > plan.date)
        .map(|(i, inv)| {
            (
                crate::error::item_path("invoices", i, ""),
                "an invoice issued",
                inv.issue_date,
            )
        });
    match invoice.or(payment).or(credit) {
        Some((at, what, date)) => Err(invalid_plan(
            "plan.date",
            &message(
                "the claim records {0} ({1}) on {2}, after the plan's date {3}: a plan schedules what is owed on its date, and its instalments are the payments after it; date the plan on or after {2}, or leave it out of the claim",
                &[Arg::S(what), Arg::S(&at), Arg::Date(date), Arg::Date(plan.date)],
            ),
        )),
        None => Ok(()),
    }
}

/// A plan by number ends by [`calendar::MAX_DATE`]: otherwise the error names `plan.count`,
/// the number of instalments that does not fit (the first date and the interval are valid on
/// their own; fewer instalments is the change the message names first).
#[cfg_attr(inkasso_size, optimize(size))]
fn check_last_date(plan: &PlanRequest, count: u32, shift: bool) -> Result<()> {
    let k = count.saturating_sub(1);
    let last = instalment_due_date(plan, k, shift)?;
    if last > calendar::MAX_DATE {
        let template = match moved_from(plan, k, last)? {
            Some(_) => "instalment {0} of {0} would fall on {1} (moved from {3}, a day off), after {2}, the last date the engine supports: give an earlier first date, fewer instalments or a shorter interval, or keep the claim's dates as written (shiftDueDate: false)",
            None => "instalment {0} of {0} would fall on {1}, after {2}, the last date the engine supports: give fewer instalments, a shorter interval or an earlier first date",
        };
        let scheduled = instalment_date(plan.first_date, plan.interval, k)?;
        return Err(invalid_plan(
            "plan.count",
            &message(
                template,
                &[
                    Arg::Int(i64::from(count)),
                    Arg::Date(last),
                    Arg::Date(calendar::MAX_DATE),
                    Arg::Date(scheduled),
                ],
            ),
        ));
    }
    Ok(())
}

/// `e`, a strict schedule's `RATE_NOT_COVERED`, saying when the last instalment was moved off a
/// day off past the rate table: the days it needs are the move's (a schedule on the table's
/// last day, nyårsafton, falls due in January).
fn rate_after_move(e: Error, plan: &PlanRequest, payments: &[Payment], table: &RateTable) -> Error {
    let Some(last) = payments.last() else {
        return e;
    };
    let k = u32::try_from(payments.len().saturating_sub(1)).unwrap_or(u32::MAX);
    match moved_from(plan, k, last.date) {
        // Only when the move is why: the table covers the day the instalment was scheduled on.
        Ok(Some(scheduled))
            if e.code() == ErrorCode::RateNotCovered && table.lookup(scheduled).is_some() =>
        {
            let text = message(
                "{0}, and instalment {1} falls due on {2}, moved from {3}, a day off (skuldebrevslagen 5 §){4}",
                &[
                    Arg::S(crate::rates::without_remedy(e.message())),
                    Arg::Int(i64::from(k).saturating_add(1)),
                    Arg::Date(last.date),
                    Arg::Date(scheduled),
                    Arg::S(crate::rates::PASS_THE_RATE),
                ],
            );
            let moved = Error::new(ErrorCode::RateNotCovered, text);
            match e.field() {
                Some(field) => moved.at(field),
                None => moved,
            }
        }
        _ => e,
    }
}

/// The scheduled date of instalment `k` of `plan` when it falls due on `due` because that date
/// was a day off; `None` when it was not moved.
fn moved_from(plan: &PlanRequest, k: u32, due: Date) -> Result<Option<Date>> {
    let scheduled = instalment_date(plan.first_date, plan.interval, k)?;
    Ok((scheduled != due).then_some(scheduled))
}

fn invalid_plan(path: &str, message: &str) -> Error {
    Error::new(ErrorCode::InvalidPlan, message.to_owned()).at(path)
}

/// The date of instalment `k` (0-based). It may be after [`calendar::MAX_DATE`]: the plan
/// checks its dates against it ([`instalment_plan`] refuses a plan that does not end by then).
#[cfg_attr(inkasso_size, optimize(size))]
pub fn instalment_date(first: Date, interval: Interval, k: u32) -> Result<Date> {
    match interval {
        Interval::Days(d) => calendar::add_days(first, i64::from(d).saturating_mul(i64::from(k))),
        Interval::Months(m) => calendar::add_months(first, m.saturating_mul(k)),
    }
}

/// The day instalment `k` (0-based) of `plan` falls due: [`instalment_date`], moved to the
/// next weekday when it falls on a weekend or holiday and `shift` (the claim's
/// [`Claim::shift_due_date`]; skuldebrevslagen 5 §, DOMAIN.md 3). A date after
/// [`calendar::MAX_DATE`] is not moved (the plan refuses it).
#[cfg_attr(inkasso_size, optimize(size))]
pub fn instalment_due_date(plan: &PlanRequest, k: u32, shift: bool) -> Result<Date> {
    let date = instalment_date(plan.first_date, plan.interval, k)?;
    if shift && date <= calendar::MAX_DATE {
        calendar::next_business_day(date)
    } else {
        Ok(date)
    }
}

struct Planner<'a> {
    base: &'a Claim,
    plan: &'a PlanRequest,
    options: &'a PlanOptions<'a>,
}

impl Planner<'_> {
    /// The statement of the claim with the plan step and `payments`, as of `as_of`, for
    /// sizing the instalments: days past the rate table valued at the last known referensränta
    /// in either mode, since a probe may run past the days the schedule will need (an invoice
    /// left unpaid). The schedule itself is valued by [`Planner::valued`].
    fn statement(&self, payments: &[Payment], as_of: Date) -> Result<Statement> {
        self.statement_in(payments, as_of, false)
    }

    /// The statement the schedule reports: strict where the options ask for it.
    fn valued(&self, payments: &[Payment], as_of: Date) -> Result<Statement> {
        self.statement_in(payments, as_of, self.options.strict_rates)
    }

    #[cfg_attr(inkasso_size, optimize(size))]
    fn statement_in(&self, payments: &[Payment], as_of: Date, strict: bool) -> Result<Statement> {
        let mut claim = self.base.clone();
        claim.payments.extend_from_slice(payments);
        if claim.payments.len() > crate::claim::MAX_PAYMENTS {
            return Err(too_many_payments(self.plan.sizing));
        }
        let table;
        let rates = if strict {
            self.options.rates
        } else {
            let through = calendar::next_day(as_of).unwrap_or(as_of);
            table = self.options.rates.assuming_through(through)?;
            &*table
        };
        let options = StatementOptions {
            as_of,
            rates,
            strict_rates: strict,
            detail: Detail::Summary,
        };
        match statement_of_valid(&claim, &options) {
            // Strict: a schedule has no per diem, so the day after `as_of` need not be covered
            // (every day through `as_of` was, or the error would have been another's, whether
            // the day is after the table or before it). Valued again, not strict, and nothing
            // said about the per diem.
            Err(e) if strict && crate::statement::refuses_only_per_diem(&e) => {
                let mut s = statement_of_valid(
                    &claim,
                    &StatementOptions {
                        strict_rates: false,
                        ..options
                    },
                )?;
                s.warnings
                    .retain(|w| !matches!(w.subject, Subject::PerDiem(_)));
                Ok(s)
            }
            result => result,
        }
    }

    #[cfg_attr(inkasso_size, optimize(size))]
    fn dates(&self, count: u32) -> Result<Vec<Date>> {
        (0..count).map(|k| self.due_date(k)).collect()
    }

    /// The day instalment `k` (0-based) falls due ([`instalment_due_date`]).
    fn due_date(&self, k: u32) -> Result<Date> {
        instalment_due_date(self.plan, k, self.base.shift_due_date)
    }

    /// `count` instalments of `amount` but the last, and the last: what is owed on its date.
    #[cfg_attr(inkasso_size, optimize(size))]
    fn with_amount(&self, dates: &[Date], amount: Money) -> Result<(Vec<Payment>, Statement)> {
        let (last, rest) = dates
            .split_last()
            .ok_or_else(|| invalid_plan("plan.count", "no instalments"))?;
        let payments: Vec<Payment> = rest
            .iter()
            .map(|&date| Payment::new(date, amount))
            .collect();
        let s = self.statement(&payments, *last)?;
        Ok((payments, s))
    }

    /// Equal instalments: the smallest amount for which the last is not larger; where that
    /// amount pays the claim off before the last date, the first ones an öre more than the
    /// others ([`Planner::split`]).
    #[cfg_attr(inkasso_size, optimize(size))]
    fn by_count(&self, count: u32) -> Result<Vec<Payment>> {
        let dates = self.dates(count)?;
        let last = *dates
            .last()
            .ok_or_else(|| invalid_plan("plan.count", "no instalments"))?;
        // What is owed on the first instalment's date, nothing paid, is the least the
        // instalments sum to: more than `count` of the largest payments, no size will do.
        let first = *dates
            .first()
            .ok_or_else(|| invalid_plan("plan.count", "no instalments"))?;
        let least = self.statement(&[], first)?.total;
        let most = crate::money::MAX_INPUT
            .ore()
            .saturating_mul(i64::from(count));
        if least.ore() > most {
            let each = Money::from_ore(
                least
                    .ore()
                    .checked_div(i64::from(count))
                    .unwrap_or(least.ore()),
            );
            return Err(instalment_too_large(each, Sizing::Count(count)));
        }
        // Paying everything in the first instalment certainly settles the claim.
        let unpaid_without = self.statement(&[], last)?;
        let unpaid = unpaid_without.total;
        // A credit the claim already has (a credit note beyond its invoice's capital, owed
        // back) is not one the instalments made.
        let credit_before = unpaid_without.credit;
        if count == 1 {
            return Ok(vec![Payment::new(last, unpaid)]);
        }
        // The interpolating search probes other amounts than halving would, and a probe may
        // fail where halving's would not (more lines with smaller instalments): then halving
        // decides, as it always did.
        let hi = match self.smallest_settling(&dates, unpaid, count, true) {
            Ok(hi) => hi,
            Err(_) => self.smallest_settling(&dates, unpaid, count, false)?,
        };
        let amount = Money::from_ore(hi);
        let (mut payments, mut s) = self.with_amount(&dates, amount)?;
        let paid_early = |s: &Statement| s.credit > credit_before || !s.total.is_positive();
        if paid_early(&s) {
            // The smallest amount that settles pays the claim off before the last date: no
            // equal amount comes out at this count (the instalments are then worth less than
            // about an öre times their number, with its interest). The first ones an öre more,
            // the others one öre less, the last the rest.
            if hi > 1 {
                (payments, s) = self.split(&dates, hi, true)?;
                // In a long plan of a few öre an instalment, one öre more early saves more than
                // an öre of interest later, so one of them may pay the claim off early while
                // none leaves the last an öre above the others: then that, rather than no plan
                // (a diff review found counts refused as "too small" that had plans).
                if paid_early(&s) {
                    (payments, s) = self.split(&dates, hi, false)?;
                }
            }
            if hi <= 1 {
                return Err(invalid_plan(
                    "plan.count",
                    "the claim is too small for that many instalments: every instalment must be at least 0.01",
                ));
            }
            if paid_early(&s) {
                // Not too small: what is owed jumps with the instalments' size (a fee one
                // smaller leaves unpaid, such as the förseningsersättning of an invoice not paid
                // by its due date), so no equal amount leaves the last one its share (a review
                // of instalment plans, stop 66, found 300 kr refused as too small for two).
                return Err(invalid_plan(
                    "plan.count",
                    "no plan of that many instalments pays the claim: the smallest equal amount that settles it leaves nothing for the last one, and one öre less leaves the last more than the others, as what is owed jumps (a fee a smaller instalment leaves unpaid, such as förseningsersättning on an invoice not paid by its due date); choose another number of instalments, or an amount",
                ));
            }
        }
        payments.push(Payment::new(last, s.total));
        Ok(payments)
    }

    /// Instalments of `amount` öre, then of one öre less, on every date but the last: the fewest
    /// of `amount` for which what is owed on the last date is at most the first instalment
    /// (`last_at_most_first`; else at most `amount`: what is owed falls by about an öre with
    /// each one more), and what is owed then.
    #[cfg_attr(inkasso_size, optimize(size))]
    fn split(
        &self,
        dates: &[Date],
        amount: i64,
        last_at_most_first: bool,
    ) -> Result<(Vec<Payment>, Statement)> {
        let (last, rest) = dates
            .split_last()
            .ok_or_else(|| invalid_plan("plan.count", "no instalments"))?;
        let less = Money::from_ore(amount.saturating_sub(1));
        let more = Money::from_ore(amount);
        let with = |larger: usize| -> Result<(Vec<Payment>, Statement)> {
            let payments: Vec<Payment> = rest
                .iter()
                .enumerate()
                .map(|(k, &date)| Payment::new(date, if k < larger { more } else { less }))
                .collect();
            let s = self.statement(&payments, *last)?;
            Ok((payments, s))
        };
        // All of `amount` pay it off early. The last may be as large as the first ones: with
        // none of `amount`, as large as the others (an integrator's review found 99 × 0.20
        // and a last of 0.21). What is left falls as more are of `amount`.
        let (mut lo, mut hi) = (0, rest.len());
        while lo < hi {
            let mid = lo.saturating_add(hi.saturating_sub(lo).checked_div(2).unwrap_or(0));
            let (_, s) = with(mid)?;
            if s.total
                <= if mid == 0 && last_at_most_first {
                    less
                } else {
                    more
                }
            {
                hi = mid;
            } else {
                lo = mid.saturating_add(1);
            }
        }
        with(lo)
    }

    /// The smallest instalment (in öre, 1 … `unpaid`) for which what is owed on the last date,
    /// after the instalment on each earlier date, is at most the instalment: `unpaid` when none
    /// is smaller. What is owed falls as the instalment grows, so halving the interval finds it
    /// (about 30 statements for a claim of thousands of kronor). With `interpolate`, each probe
    /// is where the line through the nearest amounts known on either side (or the two largest
    /// known to fall short) crosses (what is owed is close to linear in the instalment until
    /// the claim is paid off before the last date), and a probe that does not halve the
    /// interval is followed by a halving one: the same amount in about a fifth of the
    /// statements, never more than twice halving's.
    #[cfg_attr(inkasso_size, optimize(size))]
    fn smallest_settling(
        &self,
        dates: &[Date],
        unpaid: Money,
        count: u32,
        interpolate: bool,
    ) -> Result<i64> {
        let mut lo: i64 = 1;
        // No instalment above the largest payment (the plan is then refused as too large):
        // `count` of them never sum past what money holds.
        let mut hi = unpaid.ore().min(crate::money::MAX_INPUT.ore());
        // (instalment, owed on the last date − instalment): nothing paid leaves `unpaid`.
        let mut short: (i64, i64) = (0, unpaid.ore());
        // The short one before it, while no settling one is known.
        let mut shorter: Option<(i64, i64)> = None;
        let mut settling: Option<(i64, i64)> = None;
        let mut halve = !interpolate;
        while lo < hi {
            let width = hi.saturating_sub(lo);
            let halfway = lo.saturating_add(width.checked_div(2).unwrap_or(0));
            let mid = if halve {
                halfway
            } else {
                let line = match (settling, shorter) {
                    (Some(settling), _) => crossing(short, Some(settling), count),
                    (None, Some(shorter)) => crossing(shorter, Some(short), count),
                    (None, None) => crossing(short, None, count),
                };
                line.unwrap_or(halfway).clamp(lo, hi.saturating_sub(1))
            };
            let (_, s) = self.with_amount(dates, Money::from_ore(mid))?;
            let excess = s.total.ore().saturating_sub(mid);
            // Larger instalments leave less for the last (and overpay at most: total zero).
            if excess <= 0 {
                hi = mid;
                // A claim paid off before the last date says nothing of the slope.
                if s.total.is_positive() {
                    settling = Some((mid, excess));
                }
            } else {
                lo = mid.saturating_add(1);
                shorter = Some(short);
                short = (mid, excess);
            }
            halve = !interpolate || hi.saturating_sub(lo) > width.checked_div(2).unwrap_or(0);
        }
        Ok(hi)
    }

    /// Instalments of `amount` until what is owed on a date is at most `amount`. One replay of
    /// the claim with every instalment it may take ([`crate::statement::Replay`]), each date
    /// counting the instalments before it: the same amounts as a statement per date
    /// ([`Planner::by_amount_one_by_one`]), in the time of about one statement, where a
    /// statement per date took seconds for a claim of a thousand invoices. When the replay
    /// cannot be set up (the rate table cannot be extended that far), the plan is made one
    /// statement at a time.
    #[cfg_attr(inkasso_size, optimize(size))]
    fn by_amount(&self, amount: Money) -> Result<Vec<Payment>> {
        let mut dates = Vec::new();
        let mut undated = None;
        for k in 0..MAX_INSTALMENTS {
            match self.due_date(k) {
                Ok(date) if date > calendar::MAX_DATE => {
                    undated = Some(not_paid_by_last_date(amount, k, date, self.plan)?);
                    break;
                }
                Ok(date) => dates.push(date),
                Err(e) => {
                    undated = Some(e);
                    break;
                }
            }
        }
        let Some(&last) = dates.last() else {
            return self.by_amount_one_by_one(amount);
        };
        let mut claim = self.base.clone();
        let earlier = claim.payments.len();
        claim
            .payments
            .extend(dates.iter().map(|&date| Payment::new(date, amount)));
        // Sizing: days past the table assumed in either mode (see `Planner::statement`).
        let through = calendar::next_day(last).unwrap_or(last);
        let Ok(table) = self.options.rates.assuming_through(through) else {
            return self.by_amount_one_by_one(amount);
        };
        let options = StatementOptions {
            as_of: last,
            rates: &table,
            strict_rates: false,
            detail: Detail::Summary,
        };
        let Ok(mut replay) = Replay::of_valid(&claim, &options) else {
            return self.by_amount_one_by_one(amount);
        };
        let mut payments = Vec::new();
        // What was owed on the last two dates: growing, the instalments do not cover the
        // interest between them, and no later date would do.
        let mut owed_then: [Option<(Date, Money)>; 2] = [None, None];
        for (k, &date) in dates.iter().enumerate() {
            let counted = earlier.saturating_add(k);
            if counted > crate::claim::MAX_PAYMENTS {
                return Err(too_many_payments(self.plan.sizing));
            }
            let owed = replay.totals_with_payments_on(date, counted)?.total;
            if owed <= amount {
                if owed.is_positive() {
                    payments.push(Payment::new(date, owed));
                }
                return Ok(payments);
            }
            owed_then = [owed_then[1], Some((date, owed))];
            payments.push(Payment::new(date, amount));
        }
        Err(never_paid(amount, owed_then, undated))
    }

    /// [`Planner::by_amount`] with a statement per instalment date.
    #[cfg_attr(inkasso_size, optimize(size))]
    fn by_amount_one_by_one(&self, amount: Money) -> Result<Vec<Payment>> {
        let mut payments = Vec::new();
        let mut owed_then: [Option<(Date, Money)>; 2] = [None, None];
        let mut failed = None;
        for k in 0..MAX_INSTALMENTS {
            // As `by_amount` reads the dates: one that cannot be had ends them.
            let date = match self.due_date(k) {
                Ok(date) => date,
                Err(e) => {
                    failed = Some(e);
                    break;
                }
            };
            if date > calendar::MAX_DATE {
                failed = Some(not_paid_by_last_date(amount, k, date, self.plan)?);
                break;
            }
            let owed = self.statement(&payments, date)?.total;
            if owed <= amount {
                if owed.is_positive() {
                    payments.push(Payment::new(date, owed));
                }
                return Ok(payments);
            }
            owed_then = [owed_then[1], Some((date, owed))];
            payments.push(Payment::new(date, amount));
        }
        Err(never_paid(amount, owed_then, failed))
    }
}

/// The smallest whole instalment at or after which the line through `short` (an instalment
/// that leaves more than itself owed on the last date, and that excess) and `next` (a larger
/// instalment with a smaller excess: one that settles, or another short one) crosses zero;
/// without `next`, the line through `short` on which each öre more of all `count` instalments
/// pays one öre of the claim. `None` when the arithmetic does not fit or the line does not
/// fall.
#[cfg_attr(inkasso_size, optimize(size))]
fn crossing(short: (i64, i64), next: Option<(i64, i64)>, count: u32) -> Option<i64> {
    let (x0, f0) = (i128::from(short.0), i128::from(short.1));
    let (run, fall) = match next {
        Some((x1, f1)) => (
            i128::from(x1).checked_sub(x0)?,
            f0.checked_sub(i128::from(f1))?,
        ),
        None => (1, i128::from(count)),
    };
    if fall <= 0 || run <= 0 {
        return None;
    }
    // x0 + ceil(f0 · run / fall)
    let step = f0.checked_mul(run)?;
    let ceil = step.checked_add(fall.checked_sub(1)?)?.checked_div(fall)?;
    i64::try_from(x0.checked_add(ceil)?).ok()
}

/// The error of instalments of `amount` that have not paid the claim: with what was owed on
/// the last two instalment dates growing, [`interest_not_covered`]; else `failed` (the dates
/// ran past the last one supported), or [`not_paid_by`].
fn never_paid(
    amount: Money,
    owed_then: [Option<(Date, Money)>; 2],
    failed: Option<Error>,
) -> Error {
    match owed_then {
        [Some(before), Some(after)] if after.1 >= before.1 => {
            interest_not_covered(amount, before, after)
        }
        _ => failed.unwrap_or_else(|| not_paid_by(amount)),
    }
}

/// The error of instalments of `amount` that do not cover the interest between them: what is
/// owed on the last instalment dates the plan reaches (`before`, `after`: the day and what is
/// owed then, each instalment before it paid) does not fall (a review of instalment plans,
/// stop 66: yearly instalments of 1 000 kr against 1 200 kr of interest a year were said not to
/// pay the claim by 2199-12-31).
fn interest_not_covered(amount: Money, before: (Date, Money), after: (Date, Money)) -> Error {
    invalid_plan(
        "plan.amount",
        &message(
            "instalments of {0} do not cover the interest between them, so they never pay the claim: what is owed grows from {1} on {2} to {3} on {4}, each instalment before it paid; give a larger amount or a shorter interval",
            &[
                Arg::Amount(amount),
                Arg::Amount(before.1),
                Arg::Date(before.0),
                Arg::Amount(after.1),
                Arg::Date(after.0),
            ],
        ),
    )
}

/// The error of instalments of `amount` that do not pay the claim within [`MAX_INSTALMENTS`].
fn not_paid_by(amount: Money) -> Error {
    invalid_plan(
        "plan.amount",
        &format!(
            "instalments of {amount} do not pay the claim within {MAX_INSTALMENTS} instalments: give a larger amount (what is owed, the plan's fee and the interest between instalments must be paid by the last)"
        ),
    )
}

/// The error of instalments of `amount` that have not paid the claim when instalment `k`
/// (0-based) of `plan` would fall on `date`, after [`calendar::MAX_DATE`].
#[cfg_attr(inkasso_size, optimize(size))]
fn not_paid_by_last_date(amount: Money, k: u32, date: Date, plan: &PlanRequest) -> Result<Error> {
    let moved = moved_from(plan, k, date)?;
    let template = match moved {
        Some(_) => "instalments of {0} do not pay the claim by {1}, the last date the engine supports (instalment {2} would fall on {3}, moved from {4}, a day off): give a larger amount, an earlier first date or a shorter interval, or keep the claim's dates as written (shiftDueDate: false)",
        None => "instalments of {0} do not pay the claim by {1}, the last date the engine supports (instalment {2} would fall on {3}): give a larger amount, a shorter interval or an earlier first date",
    };
    Ok(invalid_plan(
        "plan.amount",
        &message(
            template,
            &[
                Arg::Amount(amount),
                Arg::Date(calendar::MAX_DATE),
                Arg::Int(i64::from(k).saturating_add(1)),
                Arg::Date(date),
                Arg::Date(moved.unwrap_or(date)),
            ],
        ),
    ))
}

/// The error of a plan whose instalments and the claim's payments are more than a claim may
/// have: it is the plan's sizing (`plan.count` or `plan.amount`) that asks for too many.
fn too_many_payments(sizing: Sizing) -> Error {
    Error::new(
        ErrorCode::TooManyItems,
        format!(
            "the plan's instalments and the claim's payments are more than the {} payments a claim may have",
            crate::claim::MAX_PAYMENTS
        ),
    )
    .at(sizing_field(sizing))
}

/// The error of a plan with an instalment of `amount`, above the largest payment.
#[cfg_attr(inkasso_size, optimize(size))]
fn instalment_too_large(amount: Money, sizing: Sizing) -> Error {
    invalid_plan(
        sizing_field(sizing),
        &format!(
            "{TOO_LARGE}{amount} kr is more than the largest payment a claim may record ({} kr): make more instalments",
            crate::money::MAX_INPUT
        ),
    )
}

/// How the error of an instalment above the largest payment begins.
const TOO_LARGE: &str = "an instalment of ";

/// Whether `e` is the error of a plan whose instalments would each be more than the largest
/// payment a claim may record (more instalments would do).
pub(crate) fn is_instalment_too_large(e: &Error) -> bool {
    e.code() == ErrorCode::InvalidPlan && e.message().starts_with(TOO_LARGE)
}

/// The field of the plan's sizing: `plan.count` or `plan.amount`.
fn sizing_field(sizing: Sizing) -> &'static str {
    match sizing {
        Sizing::Count(_) => "plan.count",
        Sizing::Amount(_) => "plan.amount",
    }
}

/// The warning for a plan agreed on `date` while a verkställighet goes on, whose last
/// instalment (`last`) comes on or after the day its next yearly grundavgift falls due
/// (förordning 1992:1094 5 §): the schedule pays the claim as it stands, without that fee.
/// The next one falls due a year after the verkställighet that started the year, as the
/// timeline counts it: one that charged its grundavgift (`at_start`'s fee lines), or one after
/// the last year ended (a further year recorded with `fee: false` too; one within the year
/// charged none and starts none), or when that day is before the plan's, the first year after
/// it (the timeline projects the years missed, and those after them). None while the debt of
/// the verkställigheter under way on that day ([`crate::limitation::spans_under_way`]) is
/// paid: the timeline
/// projects no further year then (a review found a warning of a year the timeline had ended,
/// and none after a fee-free further year the timeline counted from).
#[cfg_attr(inkasso_size, optimize(size))]
fn enforcement_continues(
    claim: &Claim,
    at_start: &Statement,
    date: Date,
    last: Date,
    rates: &RateTable,
) -> Result<Option<Warning>> {
    let mut enforcements: Vec<(usize, &Step)> = claim
        .steps
        .iter()
        .enumerate()
        .filter(|(_, s)| s.kind == StepKind::Enforcement && s.date <= date)
        .collect();
    crate::sort::sort_by_key(&mut enforcements, |(i, s)| (s.date, *i));
    // The claim with the further years the timeline projects before the plan's date, whose
    // chain keeps the verkställigheter under way.
    let mut years = claim.clone();
    let debt = YearDebt {
        at_start,
        date,
        rates,
    };
    // The year runs as the timeline reads it: from a grundavgift that starts the claim's year
    // (not a later title's own while another verkställighet is under way and unpaid,
    // [`Statement::enforcement_year_starts`]), or from a verkställighet after the year ended,
    // with a fee or not; moved to a later title's application once the one it ran from has
    // its debt paid ([`crate::limitation::year_moved_to`]).
    let mut since: Option<Date> = None;
    for &(i, s) in &enforcements {
        if let Some(year) = since {
            since = Some(debt.moved(&years, year, s.date)?.unwrap_or(year));
        }
        let starts_year = at_start.enforcement_year_starts.contains(&i);
        let within_year = match since {
            Some(start) => s.date < crate::fees::next_enforcement_fee_day(start)?,
            None => false,
        };
        if starts_year || !within_year {
            since = Some(s.date);
        }
    }
    let Some(mut since) = since else {
        return Ok(None);
    };
    let mut next = crate::fees::next_enforcement_fee_day(since)?;
    loop {
        if let Some(moved) = debt.moved(&years, since, next)? {
            since = moved;
            next = crate::fees::next_enforcement_fee_day(since)?;
            continue;
        }
        if next > date {
            break;
        }
        // A year that ended before the plan's date with no further year recorded: the
        // timeline projects it while the debt under way is unpaid that day (owed all the same),
        // and the years after it (a Known limit of stop 47: nothing was said).
        if !debt.under_way_unpaid(&years, next)? {
            return Ok(None);
        }
        let mut year = Step::new(StepKind::Enforcement, next);
        year.further_year = true;
        years.steps.push(year);
        since = next;
        next = crate::fees::next_enforcement_fee_day(next)?;
    }
    // The debt of the verkställigheter under way on that day, as the timeline reads it when
    // it projects the year (a review found the latest one's paid case hiding an earlier one's
    // unpaid debt), the costs of the judgments that decided them included.
    if !debt.under_way_unpaid(&years, next)? || next > last {
        return Ok(None);
    }
    let fee = crate::fees::FeeKind::EnforcementFee.parameter_on(next);
    Ok(fee.map(|p| {
        Warning::new(
            Subject::Plan,
            Facts::EnforcementContinues {
                since,
                next,
                fee: p.amount,
            },
        )
    }))
}

/// The debt of the verkställigheter under way on a day, as [`enforcement_continues`] judges
/// the claim's year: on a day before the plan's, at its start (a statement of the day
/// before, the further years projected before it charged); from the plan's date on, as it
/// stands then (`at_start`).
struct YearDebt<'a> {
    at_start: &'a Statement,
    date: Date,
    rates: &'a RateTable,
}

impl YearDebt<'_> {
    /// The invoices' effective due dates with capital unpaid, and the days of the judgments
    /// with litigation costs unpaid, at the start of `day` on `claim`'s figures.
    fn owed(&self, claim: &Claim, day: Date) -> Result<(Vec<Date>, Vec<Date>)> {
        let owned;
        let s = match day.previous_day() {
            Some(before) if day <= self.date => {
                let through = calendar::next_day(before).unwrap_or(before);
                let table = self.rates.assuming_through(through)?;
                let options = StatementOptions {
                    as_of: before,
                    rates: &table,
                    strict_rates: false,
                    detail: Detail::Summary,
                };
                owned = statement_of_valid(claim, &options)?;
                &owned
            }
            _ => self.at_start,
        };
        let dues = s
            .invoices
            .iter()
            .filter(|i| i.capital.is_positive())
            .map(|i| i.effective_due_date)
            .collect();
        let costs = crate::statement::unpaid_costs(s)?
            .into_iter()
            .map(|(judgment, _)| judgment)
            .collect();
        Ok((dues, costs))
    }

    /// Whether the debt of the verkställighet `case` is among `owed`.
    fn in_span(
        facts: &crate::limitation::CaseFacts<'_>,
        owed: &(Vec<Date>, Vec<Date>),
        case: crate::limitation::EnforcedCase,
    ) -> bool {
        owed.0
            .iter()
            .any(|&due| crate::limitation::in_case(Some(case.1), due))
            || crate::limitation::costs_in_case(facts, case, &owed.1)
    }

    /// The later application the claim's year moves to on `day` from `year`
    /// ([`crate::limitation::year_moved_to`]), if it moves.
    fn moved(&self, claim: &Claim, year: Date, day: Date) -> Result<Option<Date>> {
        let later = claim
            .steps
            .iter()
            .any(|s| s.kind == StepKind::Enforcement && s.date > year && s.date < day);
        if !later {
            return Ok(None);
        }
        let owed = self.owed(claim, day)?;
        let facts = crate::limitation::CaseFacts::of(claim);
        let titles = crate::limitation::title_starts_in(&facts);
        Ok(
            crate::limitation::year_moved_to(&facts, &titles, year, day, |case| {
                Self::in_span(&facts, &owed, case)
            })
            .filter(|&m| m > year),
        )
    }

    /// Whether a verkställighet under way on `day` has its debt unpaid then
    /// ([`crate::limitation::spans_under_way`]).
    fn under_way_unpaid(&self, claim: &Claim, day: Date) -> Result<bool> {
        let owed = self.owed(claim, day)?;
        let facts = crate::limitation::CaseFacts::of(claim);
        let titles = crate::limitation::title_starts_in(&facts);
        Ok(crate::limitation::cases_under_way(&facts, &titles, day)
            .into_iter()
            .any(|case| Self::in_span(&facts, &owed, case)))
    }
}

fn schedule(
    full: &Statement,
    at_start: &Statement,
    plan: &PlanRequest,
    plan_steps: &[usize],
    payments: &[Payment],
    claim: &Claim,
    rates: &RateTable,
) -> Result<Schedule> {
    let first_new = claim.payments.len();
    let fee_line = full
        .fee_lines
        .iter()
        .find(|l| l.step.is_some_and(|s| plan_steps.contains(&s)));
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
        let number = u32::try_from(k).map_or(u32::MAX, |k| k.saturating_add(1));
        // The instalment's place in the plan: its payment's among the plan's payments.
        let nth = u32::try_from(a.payment.saturating_sub(first_new)).unwrap_or(u32::MAX);
        let scheduled = instalment_date(plan.first_date, plan.interval, nth)?;
        instalments.push(Instalment {
            number,
            date: a.date,
            moved_from: (scheduled != a.date).then_some(scheduled),
            amount: a.amount,
            fees: a.fees,
            interest: a.interest,
            capital: a.capital,
            capital_after: capital,
        });
    }
    // The plan's own step and its instalments are not the caller's `steps` and `payments`:
    // what is said of them is said of the `plan`.
    // The plan recorded twice on its day is one plan: the second record's "no fee for another
    // plan" is not said of it beside its fee (a review of instalment plans, stop 66).
    let repeated = |w: &Warning| {
        w.code == WarningCode::FeeAlreadyCharged
            && matches!(w.subject, Subject::Step(i) if plan_steps.iter().skip(1).any(|&p| p == i))
    };
    let mut warnings: Vec<Warning> = full
        .warnings
        .iter()
        .filter(|w| w.code != WarningCode::AfterAsOf && !repeated(w))
        .map(|w| match w.subject {
            Subject::Step(i) if plan_steps.contains(&i) => w.clone().about(Subject::Plan),
            Subject::Payment(i) if i >= first_new => w.clone().about(Subject::Plan),
            _ => w.clone(),
        })
        .collect();
    // A förseningsersättning the schedule incurs: charged after the plan's day, so part of
    // its instalments.
    for line in full
        .fee_lines
        .iter()
        .filter(|l| l.kind == crate::fees::FeeKind::LateFee && l.date > plan.date)
    {
        warnings.push(Warning::new(
            Subject::Plan,
            Facts::LateFeeDuringPlan {
                invoice: line.invoice.clone().unwrap_or_default(),
                date: line.date,
                fee: line.amount,
            },
        ));
    }
    let last = payments.last().map_or(plan.first_date, |p| p.date);
    warnings.extend(enforcement_continues(
        claim, at_start, plan.date, last, rates,
    )?);
    // The plan made again on the day of a recorded one that ended (broken, cancelled): the
    // schedule as agreed, its end said.
    if let Some(ended) = plan_steps
        .iter()
        .filter_map(|&i| claim.steps.get(i))
        .filter_map(|s| s.ended)
        .max()
    {
        warnings.push(Warning::new(
            Subject::Plan,
            Facts::PlanEnded {
                date: plan.date,
                ended,
                after_last: (ended > last).then_some(last),
            },
        ));
    }
    // The step to record: no fee line and no fee förseningsersättning absorbed, as a letter's.
    let earns_fee = plan_steps.iter().any(|&i| {
        crate::statement::step_charged(full, i) || crate::statement::step_fee_absorbed(full, i)
    });
    let mut step = Step::new(StepKind::PaymentPlan, plan.date);
    step.fee = (!earns_fee).then_some(false);
    Ok(Schedule {
        date: plan.date,
        step,
        plan_fee: fee_line.map_or(Money::ZERO, |l| l.amount),
        plan_fee_rule: fee_line.map(|l| l.rule),
        owed_at_start: at_start.total,
        total: Money::sum(instalments.iter().map(|i| i.amount))?,
        interest: Money::sum(instalments.iter().map(|i| i.interest))?,
        fees: Money::sum(instalments.iter().map(|i| i.fees))?,
        instalments,
        assumed: warnings.iter().any(|w| w.code == WarningCode::RateAssumed),
        provisional: warnings
            .iter()
            .any(|w| w.code == WarningCode::ProvisionalRate),
        warnings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::{DebtorKind, Invoice};
    use time::Duration;

    /// A small deterministic generator (64-bit LCG).
    struct Lcg(u64);

    impl Lcg {
        fn below(&mut self, n: u64) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            (self.0 >> 33) % n
        }
        fn day(&mut self, from: Date, within: u64) -> Date {
            from + Duration::days(self.below(within) as i64)
        }
    }

    /// By amount, the one replay gives what a statement per date gives: the same instalments,
    /// or the same error; by count, interpolating finds the amount halving finds; on 400
    /// generated claims and plans (steps, earlier payments on the
    /// instalment dates, instalments every day or on the same day, strict rates, tables that
    /// end, amounts that do not cover the interest).
    #[test]
    fn by_amount_replays_as_a_statement_per_date_would() {
        let mut rng = Lcg(7);
        let start = time::macros::date!(2019 - 01 - 01);
        let (mut settled, mut counted) = (0, 0);
        for _ in 0..400 {
            let debtor = [DebtorKind::Consumer, DebtorKind::Business][rng.below(2) as usize];
            let invoices = (0..1 + rng.below(4))
                .map(|i| {
                    let issue = rng.day(start, 300);
                    Invoice {
                        number: format!("F{i}"),
                        amount: Money::from_ore(100_000 + rng.below(5_000_000) as i64),
                        issue_date: issue,
                        due_date: (rng.below(2) == 0).then(|| rng.day(issue, 60)),
                        rate: None,
                        description: None,
                    }
                })
                .collect();
            let mut claim = Claim::new(debtor, invoices);
            claim.reminder_fee_agreed = rng.below(2) == 0;
            let plan_date = rng.day(time::macros::date!(2020 - 03 - 01), 200);
            if rng.below(2) == 0 {
                claim.steps.push(Step::new(
                    StepKind::Reminder,
                    rng.day(time::macros::date!(2019 - 12 - 01), 80),
                ));
            }
            let interval = match rng.below(4) {
                0 => Interval::Days(0),
                1 => Interval::Days(1 + rng.below(10) as u32),
                _ => Interval::Months(1 + rng.below(3) as u32),
            };
            let first_date = rng.day(plan_date, 30);
            for k in 0..rng.below(3) {
                // Earlier payments, some on an instalment date.
                let date =
                    instalment_date(first_date, interval, k as u32 * 2).unwrap_or(first_date);
                claim.payments.push(Payment {
                    date: if rng.below(2) == 0 {
                        date
                    } else {
                        rng.day(plan_date, 20)
                    },
                    amount: Money::from_ore(1 + rng.below(200_000) as i64),
                    invoice: None,
                });
            }
            let plan = PlanRequest {
                date: plan_date,
                first_date,
                interval,
                sizing: Sizing::Amount(Money::from_ore(100 + rng.below(3_000_000) as i64)),
                fee: rng.below(2) == 0,
            };
            // The embedded table ends in 2026: later instalments use an assumed rate, or in
            // strict mode fail.
            let options = PlanOptions {
                rates: RateTable::embedded(),
                strict_rates: rng.below(4) == 0,
            };
            let mut base = claim.clone();
            base.steps.push(Step::new(StepKind::PaymentPlan, plan.date));
            if base.validate().is_err() {
                continue;
            }
            let planner = Planner {
                base: &base,
                plan: &plan,
                options: &options,
            };
            let Sizing::Amount(amount) = plan.sizing else {
                continue;
            };
            let replayed = planner.by_amount(amount);
            let one_by_one = planner.by_amount_one_by_one(amount);
            assert_eq!(replayed, one_by_one, "{claim:?} {plan:?}");
            settled += usize::from(replayed.is_ok());
            // By count: interpolating finds the amount halving finds.
            let count = 2 + rng.below(40) as u32;
            let Ok(dates) = planner.dates(count) else {
                continue;
            };
            let Some(&last) = dates.last() else {
                continue;
            };
            let Ok(unpaid) = planner.statement(&[], last).map(|s| s.total) else {
                continue;
            };
            let halving = planner.smallest_settling(&dates, unpaid, count, false);
            if let Ok(found) = planner.smallest_settling(&dates, unpaid, count, true) {
                assert_eq!(Ok(found), halving, "{claim:?} {plan:?} {count}");
                counted += 1;
            }
        }
        assert!(settled > 100, "{settled} plans settled");
        assert!(counted > 100, "{counted} plans by count");
    }
}
