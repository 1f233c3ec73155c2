//! The escalation timeline: what happens to a claim, step by step, under a [`Policy`]: when each
//! betalningspåminnelse, inkassokrav, slutlig påminnelse, betalningsföreläggande and ansökan om
//! verkställighet is sent or filed, its payment deadline, the fee it adds, and what settles the
//! claim if paid on that deadline.
//!
//! # How it is computed
//! - The claim's **due date** is the latest effective due date of its invoices (DOMAIN.md 8.1),
//!   so that every invoice is overdue when the first step is sent.
//! - **Taken steps** (`claim.steps`) are kept as they are, with their facts (`fee: false` charges
//!   nothing). Their deadline is their own `paymentTermDays` when given, else the policy's
//!   payment term for that kind (without one: 10 days for a reminder or final notice, the
//!   minimum in force for an inkassokrav, [`params::MIN_COLLECTION_TERM_DAYS`]); a
//!   betalningsföreläggande, verkställighet or amorteringsplan has no deadline here.
//! - **Projection** continues after the latest taken step of the escalation (reminder <
//!   inkassokrav < final notice < betalningsföreläggande < verkställighet) from its deadline, and
//!   never projects a kind already taken or a stage before the latest taken one. Projected steps
//!   are never dated before [`TimelineOptions::today`]. See [`crate::policy`] for the anchors.
//!   An amorteringsplan in the history does not stop the projection (the caller decides).
//! - **Deadlines** = sent date + payment term, moved off weekends and holidays with
//!   [`calendar::next_business_day`] (lag 1930:173).
//! - **Money** comes from the real engine: [`statement`] runs on a copy of the claim with the
//!   projected steps appended, so fees, the one-fee-per-claim rule, förseningsersättning and its
//!   absorption of the other fees, and interest are exactly the engine's. Each entry's value is
//!   the statement as of its deadline (or its date when it has none) with the steps up to and
//!   including it; the final value is the statement with every step as of the last date.
//! - **Fee choices** ([`FeePolicy`](crate::policy::FeePolicy)) apply to the whole claim: a
//!   waived reminder or inkassokrav fee is obtained by leaving those steps out of the engine's
//!   copy (exact, including payment allocation); förseningsersättning by turning it off.
//!   `interestOnFees` and `feesOnTopOfLateFee` are never applied (the compliance check flags
//!   them). A final notice (slutlig påminnelse) is passed to the engine, which charges no fee for it.

use serde::ser::SerializeStruct;
use serde::Serialize;
use time::Date;

use crate::calendar::{self, serialize_date};
use crate::claim::{Claim, Step, StepKind};
use crate::error::{Error, ErrorCode, Result};
use crate::fees::FeeKind;
use crate::money::Money;
use crate::params;
use crate::policy::Policy;
use crate::rates::RateTable;
use crate::statement::{statement_of_valid, Detail, Statement, StatementOptions};
use crate::text::{self, Text};
use crate::warning::{push_unique, Subject, Warning, WarningCode};

/// Reminder term assumed for a taken reminder when the policy has no reminder stage.
pub const DEFAULT_REMINDER_TERM_DAYS: u32 = 10;

/// Options for [`timeline`].
#[derive(Debug, Clone, Copy)]
pub struct TimelineOptions<'a> {
    /// The reference-rate table (default: [`RateTable::embedded`]).
    pub rates: &'a RateTable,
    /// Strict mode: a day the table does not cover is an error instead of a warning.
    pub strict_rates: bool,
    /// Today: projected steps are never dated before it. `None`: no lower bound.
    pub today: Option<Date>,
}

impl Default for TimelineOptions<'static> {
    fn default() -> Self {
        TimelineOptions {
            rates: RateTable::embedded(),
            strict_rates: false,
            today: None,
        }
    }
}

/// What an entry of the timeline is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum EntryKind {
    /// The claim's due date (förfallodag).
    Due,
    /// Betalningspåminnelse.
    Reminder,
    /// Inkassokrav.
    CollectionDemand,
    /// Slutlig påminnelse (final notice), no fee.
    FinalNotice,
    /// Amorteringsplan (only as a taken step).
    PaymentPlan,
    /// Ansökan om betalningsföreläggande.
    PaymentOrder,
    /// Ansökan om verkställighet.
    Enforcement,
}

impl EntryKind {
    /// The entry kind of a claim step.
    pub fn of(kind: StepKind) -> EntryKind {
        match kind {
            StepKind::Reminder => Self::Reminder,
            StepKind::CollectionDemand => Self::CollectionDemand,
            StepKind::FinalNotice => Self::FinalNotice,
            StepKind::PaymentPlan => Self::PaymentPlan,
            StepKind::PaymentOrder => Self::PaymentOrder,
            StepKind::Enforcement => Self::Enforcement,
        }
    }

    /// The claim step kind (every entry but `due`).
    pub fn step_kind(self) -> Option<StepKind> {
        match self {
            Self::Reminder => Some(StepKind::Reminder),
            Self::CollectionDemand => Some(StepKind::CollectionDemand),
            Self::FinalNotice => Some(StepKind::FinalNotice),
            Self::PaymentPlan => Some(StepKind::PaymentPlan),
            Self::PaymentOrder => Some(StepKind::PaymentOrder),
            Self::Enforcement => Some(StepKind::Enforcement),
            Self::Due => None,
        }
    }

    /// Position in the escalation (the plan is not part of it: `None`).
    fn rank(self) -> Option<u8> {
        match self {
            Self::Due => Some(0),
            Self::Reminder => Some(1),
            Self::CollectionDemand => Some(2),
            Self::FinalNotice => Some(3),
            Self::PaymentOrder => Some(4),
            Self::Enforcement => Some(5),
            Self::PaymentPlan => None,
        }
    }
}

/// Whether an entry happened or is projected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum EntryStatus {
    /// A fact of the claim (its due date).
    Fact,
    /// A step already taken (from `claim.steps`).
    Taken,
    /// A step the policy projects.
    Projected,
}

/// A fee added at an entry, as the engine charged it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EntryFee {
    /// Which fee.
    pub kind: FeeKind,
    /// The day it is dated (förseningsersättning: the invoice's first interest day).
    #[serde(serialize_with = "serialize_date")]
    pub date: Date,
    /// The amount charged.
    pub amount: Money,
    /// The invoice it belongs to (förseningsersättning).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub invoice: Option<String>,
    /// The statute.
    pub rule: &'static str,
}

/// What settles the claim if paid on a day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Valuation {
    /// The day.
    #[serde(serialize_with = "serialize_date")]
    pub as_of: Date,
    /// Capital outstanding.
    pub capital: Money,
    /// Interest outstanding, up to and including that day.
    pub interest: Money,
    /// Fees outstanding.
    pub fees: Money,
    /// capital + interest + fees.
    pub total: Money,
    /// Interest of the next day.
    pub per_diem: Money,
}

impl Valuation {
    fn of(s: &Statement) -> Valuation {
        Valuation {
            as_of: s.as_of,
            capital: s.capital,
            interest: s.interest,
            fees: s.fees,
            total: s.total,
            per_diem: s.per_diem,
        }
    }
}

/// One entry of the timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// What it is.
    pub kind: EntryKind,
    /// Fact, taken or projected.
    pub status: EntryStatus,
    /// The index in `claim.steps` of a taken step.
    pub step: Option<usize>,
    /// The day it is sent or filed (the due date for `due`).
    pub date: Date,
    /// The payment deadline it sets, moved off days off; `null` for a betalningsföreläggande,
    /// verkställighet or amorteringsplan.
    pub deadline: Option<Date>,
    /// The deadline before it was moved off a weekend or holiday, when it was moved.
    pub deadline_moved_from: Option<Date>,
    /// Fees added at this entry.
    pub fees: Vec<EntryFee>,
    /// What settles the claim if paid on the deadline (or on the date, without a deadline).
    pub if_paid: Valuation,
    /// The engine's remarks on this step (a fee absorbed or not allowed, …).
    pub notes: Vec<Warning>,
}

impl Entry {
    /// A one-line description, sv and en (rendered by the catalogue; serialised as `text`).
    pub fn text(&self) -> Text {
        text::entry(self)
    }
}

/// Serialised as `{ kind, status, step?, date, deadline, deadlineMovedFrom?, fees, ifPaid,
/// notes, text }`.
impl Serialize for Entry {
    fn serialize<S: serde::Serializer>(&self, s: S) -> core::result::Result<S::Ok, S::Error> {
        let mut out = s.serialize_struct("Entry", 10)?;
        out.serialize_field("kind", &self.kind)?;
        out.serialize_field("status", &self.status)?;
        match self.step {
            Some(step) => out.serialize_field("step", &step)?,
            None => out.skip_field("step")?,
        }
        out.serialize_field("date", &calendar::format_date(self.date))?;
        out.serialize_field("deadline", &self.deadline.map(calendar::format_date))?;
        match self.deadline_moved_from {
            Some(d) => out.serialize_field("deadlineMovedFrom", &calendar::format_date(d))?,
            None => out.skip_field("deadlineMovedFrom")?,
        }
        out.serialize_field("fees", &self.fees)?;
        out.serialize_field("ifPaid", &self.if_paid)?;
        out.serialize_field("notes", &self.notes)?;
        out.serialize_field("text", &self.text())?;
        out.end()
    }
}

/// The timeline of a claim under a policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Timeline {
    /// The policy's id.
    pub policy: String,
    /// The claim's due date (the latest effective due date of its invoices).
    #[serde(serialize_with = "serialize_date")]
    pub due_date: Date,
    /// The entries in date order (on one day: the due date, then taken steps, then projected
    /// ones). The due date comes first unless a taken step is dated before it: the claim's due
    /// date is its *latest* invoice's, and an earlier invoice may already have been reminded.
    pub entries: Vec<Entry>,
    /// What is owed if nothing is paid, as of the last step's deadline or date.
    #[serde(rename = "final")]
    pub final_value: Valuation,
    /// Remarks on the whole claim (rates, …).
    pub warnings: Vec<Warning>,
}

/// An entry under construction: what it is and when.
#[derive(Debug, Clone, Copy)]
struct Planned {
    kind: EntryKind,
    status: EntryStatus,
    step: Option<usize>,
    date: Date,
    deadline: Option<Date>,
    moved_from: Option<Date>,
    /// Index in the engine copy's steps, when the step is passed to the engine.
    copy_index: Option<usize>,
    /// The step as the claim records it (taken steps: its fee and term facts).
    fact: Option<Step>,
}

/// The timeline of `claim` under `policy`.
pub fn timeline(claim: &Claim, policy: &Policy, options: &TimelineOptions<'_>) -> Result<Timeline> {
    claim.validate()?;
    policy.validate()?;
    if let Some(today) = options.today {
        calendar::check_range(today).map_err(|e| e.at("today"))?;
    }
    let due = claim_due_date(claim)?;
    let mut planned = vec![Planned {
        kind: EntryKind::Due,
        status: EntryStatus::Fact,
        step: None,
        date: due,
        deadline: Some(due),
        moved_from: None,
        copy_index: None,
        fact: None,
    }];
    for (index, step) in claim.steps.iter().enumerate() {
        let term = step
            .payment_term_days
            .or_else(|| taken_term(policy, step.kind));
        let (deadline, moved_from) = match term {
            Some(days) => deadline_after(step.date, days)?,
            None => (None, None),
        };
        planned.push(Planned {
            kind: EntryKind::of(step.kind),
            status: EntryStatus::Taken,
            step: Some(index),
            date: step.date,
            deadline,
            moved_from,
            copy_index: None,
            fact: Some(*step),
        });
    }
    project(&mut planned, policy, options.today)?;
    planned.sort_by_key(|p| p.date);
    let mut copy = engine_copy(claim, policy);
    for p in &mut planned {
        let passed = p.kind.step_kind().filter(|k| !waived(policy, *k));
        if let Some(kind) = passed {
            p.copy_index = Some(copy.steps.len());
            copy.steps.push(p.fact.unwrap_or(Step::new(kind, p.date)));
        }
    }
    if copy.steps.len() > crate::claim::MAX_STEPS {
        return Err(Error::new(ErrorCode::TooManyItems, "too many steps").at("steps"));
    }
    assemble(&copy, policy, &planned, due, options)
}

/// The latest effective due date of the claim's invoices.
pub fn claim_due_date(claim: &Claim) -> Result<Date> {
    let mut latest: Option<Date> = None;
    for (i, invoice) in claim.invoices.iter().enumerate() {
        let due = claim
            .effective_due_date(invoice)
            .map_err(|e| e.at(format!("invoices[{i}].dueDate")))?;
        latest = Some(latest.map_or(due, |l| l.max(due)));
    }
    latest.ok_or_else(|| {
        Error::new(ErrorCode::NoInvoices, "a claim needs at least one invoice").at("invoices")
    })
}

/// The payment term assumed for a taken step of `kind`.
fn taken_term(policy: &Policy, kind: StepKind) -> Option<u32> {
    match kind {
        StepKind::Reminder => Some(
            policy
                .reminder
                .map_or(DEFAULT_REMINDER_TERM_DAYS, |r| r.payment_term_days),
        ),
        StepKind::CollectionDemand => Some(
            policy
                .collection_demand
                .map_or(params::min_collection_term_days_now(), |s| {
                    s.payment_term_days
                }),
        ),
        StepKind::FinalNotice => Some(
            policy
                .final_notice
                .map_or(DEFAULT_REMINDER_TERM_DAYS, |s| s.payment_term_days),
        ),
        StepKind::PaymentPlan | StepKind::PaymentOrder | StepKind::Enforcement => None,
    }
}

/// Whether the policy waives the fee of `kind`, so the step is left out of the engine's copy.
fn waived(policy: &Policy, kind: StepKind) -> bool {
    match kind {
        StepKind::Reminder => !policy.fees.reminder_fee,
        StepKind::CollectionDemand => !policy.fees.collection_fee,
        _ => false,
    }
}

/// The deadline `days` after `sent`, moved off days off, and the unmoved date if it moved.
fn deadline_after(sent: Date, days: u32) -> Result<(Option<Date>, Option<Date>)> {
    let raw = calendar::add_days(sent, i64::from(days))?;
    let moved = calendar::next_business_day(raw)?;
    Ok((Some(moved), (moved != raw).then_some(raw)))
}

/// `anchor + days`, not before `today`.
fn send_date(anchor: Date, days: u32, today: Option<Date>) -> Result<Date> {
    let date = calendar::add_days(anchor, i64::from(days))?;
    Ok(today.map_or(date, |t| date.max(t)))
}

/// Appends the policy's projected stages after the latest taken one.
fn project(planned: &mut Vec<Planned>, policy: &Policy, today: Option<Date>) -> Result<()> {
    // The latest taken escalation step (by rank, then date) is where the projection resumes.
    let latest = planned
        .iter()
        .filter_map(|p| p.kind.rank().map(|r| (r, p.date, *p)))
        .max_by_key(|(r, d, _)| (*r, *d))
        .map(|(_, _, p)| p);
    let Some(latest) = latest else {
        return Ok(());
    };
    let start_rank = latest.kind.rank().unwrap_or(0);
    let taken: Vec<EntryKind> = planned.iter().map(|p| p.kind).collect();
    let wants =
        |kind: EntryKind| kind.rank().is_some_and(|r| r > start_rank) && !taken.contains(&kind);
    // The last deadline (or date, for a step without one) and the payment order's date.
    let mut anchor = latest.deadline.unwrap_or(latest.date);
    let mut payment_order = planned
        .iter()
        .filter(|p| p.kind == EntryKind::PaymentOrder)
        .map(|p| p.date)
        .max();
    let mut push = |kind: EntryKind, date: Date, term: Option<u32>| -> Result<Date> {
        let (deadline, moved_from) = match term {
            Some(days) => deadline_after(date, days)?,
            None => (None, None),
        };
        planned.push(Planned {
            kind,
            status: EntryStatus::Projected,
            step: None,
            date,
            deadline,
            moved_from,
            copy_index: None,
            fact: None,
        });
        Ok(deadline.unwrap_or(date))
    };
    if let Some(r) = policy.reminder.filter(|_| wants(EntryKind::Reminder)) {
        let date = send_date(anchor, r.days_after_due, today)?;
        anchor = push(EntryKind::Reminder, date, Some(r.payment_term_days))?;
    }
    if let Some(s) = policy
        .collection_demand
        .filter(|_| wants(EntryKind::CollectionDemand))
    {
        let date = send_date(anchor, s.days_after, today)?;
        anchor = push(EntryKind::CollectionDemand, date, Some(s.payment_term_days))?;
    }
    if let Some(s) = policy
        .final_notice
        .filter(|_| wants(EntryKind::FinalNotice))
    {
        let date = send_date(anchor, s.days_after, today)?;
        anchor = push(EntryKind::FinalNotice, date, Some(s.payment_term_days))?;
    }
    if let Some(s) = policy
        .payment_order
        .filter(|_| wants(EntryKind::PaymentOrder))
    {
        let date = send_date(anchor, s.days_after, today)?;
        push(EntryKind::PaymentOrder, date, None)?;
        payment_order = Some(date);
    }
    if let (Some(e), Some(filed)) = (
        policy.enforcement.filter(|_| wants(EntryKind::Enforcement)),
        payment_order,
    ) {
        let decision = calendar::add_days(filed, i64::from(e.assumed_decision_days))?;
        let date = send_date(decision, e.days_after_decision, today)?;
        push(EntryKind::Enforcement, date, None)?;
    }
    Ok(())
}

/// The claim as the engine sees it under the policy's fee choices, without steps.
fn engine_copy(claim: &Claim, policy: &Policy) -> Claim {
    let mut copy = claim.clone();
    copy.late_fee = claim.late_fee && policy.fees.late_fee;
    copy.steps = Vec::new();
    copy
}

/// Runs the engine on `copy` with the steps `keep` selects (by index), as of `as_of`.
fn run(
    copy: &Claim,
    keep: impl Fn(usize) -> bool,
    as_of: Date,
    options: &TimelineOptions<'_>,
) -> Result<Statement> {
    let mut claim = copy.clone();
    claim.steps = copy
        .steps
        .iter()
        .enumerate()
        .filter(|(i, _)| keep(*i))
        .map(|(_, s)| *s)
        .collect();
    statement_of_valid(
        &claim,
        &StatementOptions {
            as_of,
            rates: options.rates,
            strict_rates: options.strict_rates,
            detail: Detail::Summary,
        },
    )
}

fn assemble(
    copy: &Claim,
    policy: &Policy,
    planned: &[Planned],
    due: Date,
    options: &TimelineOptions<'_>,
) -> Result<Timeline> {
    let last = planned
        .iter()
        .map(|p| p.deadline.unwrap_or(p.date))
        .max()
        .unwrap_or(due);
    let full = run(copy, |_| true, last, options)?;
    // Copy indices of taken steps: facts, included in every valuation.
    let taken: Vec<usize> = planned
        .iter()
        .filter(|p| p.status == EntryStatus::Taken)
        .filter_map(|p| p.copy_index)
        .collect();
    let mut entries = Vec::with_capacity(planned.len());
    let mut steps_so_far = 0;
    for p in planned {
        if let Some(i) = p.copy_index {
            steps_so_far = steps_so_far.max(i.saturating_add(1));
        }
        let as_of = p.deadline.unwrap_or(p.date);
        let value = run(
            copy,
            |i| i < steps_so_far || taken.contains(&i),
            as_of,
            options,
        )?;
        entries.push(entry(p, &full, Valuation::of(&value)));
    }
    let mut warnings = Vec::new();
    for w in &full.warnings {
        let about_step = matches!(w.subject, Subject::Step(_));
        if w.code != WarningCode::AfterAsOf && !about_step {
            push_unique(&mut warnings, w.clone());
        }
    }
    Ok(Timeline {
        policy: policy.id.clone(),
        due_date: due,
        entries,
        final_value: Valuation::of(&full),
        warnings,
    })
}

fn entry(p: &Planned, full: &Statement, if_paid: Valuation) -> Entry {
    let fees: Vec<EntryFee> = full
        .fee_lines
        .iter()
        .filter(|l| match p.kind {
            EntryKind::Due => l.step.is_none(),
            _ => p.copy_index.is_some() && l.step == p.copy_index,
        })
        .map(|l| EntryFee {
            kind: l.kind,
            date: l.date,
            amount: l.amount,
            invoice: l.invoice.clone(),
            rule: l.rule,
        })
        .collect();
    let notes: Vec<Warning> = match p.copy_index {
        Some(i) => full
            .warnings
            .iter()
            .filter(|w| w.subject == Subject::Step(i))
            .map(|w| w.clone().about(Subject::Entry))
            .collect(),
        None => Vec::new(),
    };
    Entry {
        kind: p.kind,
        status: p.status,
        step: p.step,
        date: p.date,
        deadline: p.deadline,
        deadline_moved_from: p.moved_from,
        fees,
        if_paid,
        notes,
    }
}
