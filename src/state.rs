//! The claim's state on a date, as typed data: per invoice whether it is overdue, its capital
//! unpaid, whether it is settled and whether it is time-barred; per claim whether a valid
//! inkassokrav was sent and its deadline, and how far the claim has come at Kronofogden. The
//! statement ([`mod@crate::statement`]) is the one replay of the claim; this reads its result
//! together with the limitation rules ([`crate::limitation`]), so that `letter`, `check`,
//! `timeline` and `limitation` answer "may this be demanded?" the same way. The inkassokrav is
//! judged as `check` judges it, on the invoices unpaid at the start of its day (one more replay
//! of the history, up to the demands' days).

use time::Date;

use crate::calendar;
use crate::claim::{Claim, Step, StepKind};
use crate::error::Result;
use crate::limitation;
use crate::money::Money;
use crate::params;
use crate::rates::RateTable;
use crate::statement::{statement_of_valid, Detail, Statement, StatementOptions};

/// One invoice on the date.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct InvoiceState {
    /// The invoice number.
    pub number: String,
    /// Its effective due date (DOMAIN.md 8.1).
    pub effective_due_date: Date,
    /// Capital unpaid (zero for an invoice not yet issued).
    pub capital: Money,
    /// Issued on or before the date. One issued later is owed in full then: neither settled
    /// nor overdue.
    pub issued: bool,
    /// Past its effective due date with capital unpaid.
    pub overdue: bool,
    /// Its capital is paid.
    pub settled: bool,
    /// The last day of its limitation period, with the interruptions up to the date.
    pub preskription_date: Date,
    /// Capital unpaid and the period over: it may not be demanded.
    pub time_barred: bool,
}

/// How far the claim has come at Kronofogden.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum KronofogdenStage {
    /// No application whose cost was charged.
    None,
    /// A betalningsföreläggande was applied for (and charged).
    PaymentOrder,
    /// Verkställighet was applied for (and charged).
    Enforcement,
}

/// A valid inkassokrav, as [`crate::compliance::check`] judges one: sent when every invoice
/// issued by its day with capital unpaid at the start of that day was past its effective due
/// date, and one was (an invoice paid off before its day, or credited by then, need not be).
/// Not "may apply now": `check` judges a betalningsföreläggande against the latest
/// inkassokrav, valid or not.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct DemandState {
    /// The day it was sent.
    pub date: Date,
    /// Its deadline, as `check` with no policy sets it ([`calendar::demand_deadline`]): its own
    /// term, or the minimum in force when it records none (never under that minimum; `check`
    /// with a policy, and the timeline, assume the policy's term then), moved off days off, and
    /// at least the bank days after its assumed receipt that god inkassosed asks.
    pub deadline: Date,
}

/// The claim on a date.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ClaimState {
    /// The date.
    pub as_of: Date,
    /// Each invoice, in claim order.
    pub invoices: Vec<InvoiceState>,
    /// The latest valid inkassokrav up to the date, if any ([`claim_state`] and
    /// [`claim_state_with`] give it; inside the crate, a state read off a statement leaves it
    /// `None`, as nothing there asks for it).
    pub collection_demand: Option<DemandState>,
    /// Kronofogden's stage.
    pub kronofogden: KronofogdenStage,
}

impl ClaimState {
    /// Some invoice is overdue with capital unpaid.
    pub fn overdue(&self) -> bool {
        self.invoices.iter().any(|i| i.overdue)
    }

    /// Every invoice's capital is paid.
    pub fn settled(&self) -> bool {
        self.invoices.iter().all(|i| i.settled)
    }

    /// The first invoice with capital unpaid that is not yet overdue.
    pub fn not_yet_due(&self) -> Option<&InvoiceState> {
        self.invoices.iter().find(|i| !i.settled && !i.overdue)
    }

    /// The first time-barred invoice with capital unpaid.
    pub fn time_barred(&self) -> Option<&InvoiceState> {
        self.invoices.iter().find(|i| i.time_barred)
    }

    /// The time-barred invoices with capital unpaid that a step of `kind` on `date` of `claim`
    /// demands: for legal action (a betalningsföreläggande, a stämningsansökan, a
    /// verkställighet) those of its case ([`limitation::case_span`]), as its interruption of
    /// preskription reads it; for an efterbevakning those of the verkställighet it follows (else
    /// of the dom or utslag it watches, every invoice with neither; the
    /// latest by its day); a letter or a plan demands every invoice. Reviews found the
    /// timeline projecting no verkställighet on a judgment, and `check` flagging one, because
    /// an invoice the judgment left out was time-barred (the same for the efterbevakning after
    /// it), and a new title's verkställighet blocked by an old title's time-barred debt.
    /// A betalningsföreläggande, stämningsansökan or application for verkställighet whose case
    /// holds no invoice at all (an earlier title decided every one, or, for a verkställighet,
    /// it rests on one applied for before any invoice fell due) can only be about the debt
    /// owed, and demands every invoice: a preskription review, stop 69, found the timeline
    /// projecting a betalningsföreläggande, and `check` passing it, on a claim whose every
    /// invoice was time-barred, and a verkställighet twelve years after the debt was
    /// time-barred passed.
    pub(crate) fn time_barred_demanded<'s>(
        &'s self,
        claim: &Claim,
        step: &Step,
    ) -> impl Iterator<Item = &'s InvoiceState> {
        let facts = limitation::CaseFacts::of(claim);
        let titles = limitation::title_starts_in(&facts);
        let latest = |kind: StepKind| {
            claim
                .steps
                .iter()
                .filter(|s| s.kind == kind && s.date <= step.date)
                .max_by_key(|s| s.date)
        };
        let cases = match step.kind {
            // The latest verkställighet by its day (the last of that day in the claim's order),
            // else the dom or utslag it watches (a review of preskription, stop 65); with
            // neither recorded, it rests on a title the history does not record, as a
            // verkställighet without one does: every invoice.
            StepKind::Surveillance => latest(StepKind::Enforcement)
                .or_else(|| latest(StepKind::Judgment))
                .and_then(|title| limitation::cases_renewed_of(&facts, &titles, title)),
            _ => limitation::cases_renewed_of(&facts, &titles, step),
        };
        // An application whose case holds no invoice at all, paid or not (an earlier title
        // decided every one), judged on the invoices themselves and not on what the day's
        // payments left (a step comes before them, DOMAIN.md 8.5: a diff review, stop 69,
        // found a betalningsföreläggande flagged for a payment of its own day); a further year
        // renews the cases under way and is not one.
        let applies = matches!(
            step.kind,
            StepKind::PaymentOrder | StepKind::CourtAction | StepKind::Enforcement
        ) && claim.renewed_by(step).is_none();
        let about_nothing_of_its_own = applies
            && cases.as_deref().is_some_and(|cases| {
                !self
                    .invoices
                    .iter()
                    .any(|i| i.issued && limitation::in_any_case(cases, i.effective_due_date))
            });
        let cases = if about_nothing_of_its_own {
            None
        } else {
            cases
        };
        self.invoices.iter().filter(move |i| {
            i.time_barred
                && cases
                    .as_deref()
                    .is_none_or(|cases| limitation::in_any_case(cases, i.effective_due_date))
        })
    }
}

/// The state of `claim` on `as_of` (its steps and payments up to that day), the history valued
/// as [`crate::compliance::check`] and [`crate::limitation::limitation`] value it: with the
/// embedded rate table and the last known referensränta assumed after it (a payment after the
/// table pays the interest of those days, and interrupts the invoices it is allocated to).
pub fn claim_state(claim: &Claim, as_of: Date) -> Result<ClaimState> {
    claim_state_with(claim, as_of, RateTable::embedded())
}

/// [`claim_state`] with the caller's rate table (a half-year the Riksbank has published since
/// the embedded table was made), as [`crate::compliance::check_with`] and
/// [`crate::limitation::limitation_with`] take one; the last known referensränta is still
/// assumed after it.
pub fn claim_state_with(claim: &Claim, as_of: Date, rates: &RateTable) -> Result<ClaimState> {
    claim.validate()?;
    let rates = rates.assuming_through(calendar::next_day(as_of).unwrap_or(as_of))?;
    let s = statement_of_valid(
        claim,
        &StatementOptions {
            rates: &rates,
            detail: Detail::Summary,
            ..StatementOptions::new(as_of)
        },
    )?;
    let mut state = of_statement(claim, &s)?;
    state.collection_demand = latest_valid_demand(claim, as_of, &rates)?;
    Ok(state)
}

/// The latest inkassokrav up to `as_of` that `check` finds lawful as to the debt it demands
/// (neither `DEMAND_WITHOUT_DEBT` nor `COLLECTION_DEMAND_NOT_OVERDUE`), with its deadline as
/// `check` sets it with no policy. A Rust user's review found the state's deadline a week
/// before the timeline's and `check`'s, and a demand the timeline counted read as invalid
/// because of an invoice paid off before its due date.
pub(crate) fn latest_valid_demand(
    claim: &Claim,
    as_of: Date,
    rates: &RateTable,
) -> Result<Option<DemandState>> {
    let mut days: Vec<Date> = claim
        .steps
        .iter()
        .filter(|st| st.kind == StepKind::CollectionDemand && st.date <= as_of)
        .map(|st| st.date)
        .collect();
    crate::sort::sort_by_key(&mut days, |d| *d);
    days.dedup();
    // Each day's unpaid invoices from one replay of the history, as `check` reads them.
    let unpaid_on = crate::compliance::unpaid_at_start_of(claim, &days, rates)?;
    latest_valid_demand_by(claim, as_of, None, |day| {
        days.iter()
            .position(|d| *d == day)
            .and_then(|i| unpaid_on.get(i))
            .map(Vec::as_slice)
    })
}

/// [`latest_valid_demand`] with each inkassokrav day's invoices unpaid at its start from
/// `unpaid_on` (`check` has them already; `None` leaves that inkassokrav out), and its deadline
/// from `assumed_term` when it records no term of its own (`check` with a policy assumes the
/// policy's inkassokrav term, as the timeline does; never under the minimum).
pub(crate) fn latest_valid_demand_by<'u>(
    claim: &Claim,
    as_of: Date,
    assumed_term: Option<u32>,
    unpaid_on: impl Fn(Date) -> Option<&'u [bool]>,
) -> Result<Option<DemandState>> {
    let demands = claim
        .steps
        .iter()
        .filter(|st| st.kind == StepKind::CollectionDemand && st.date <= as_of);
    let mut latest: Option<DemandState> = None;
    for step in demands {
        if latest.is_some_and(|d| d.date > step.date) {
            continue;
        }
        let Some(unpaid) = unpaid_on(step.date) else {
            continue;
        };
        let owed = claim
            .invoices
            .iter()
            .zip(unpaid)
            .any(|(invoice, unpaid)| *unpaid && invoice.issue_date <= step.date);
        if !owed || !crate::compliance::early_invoices(claim, unpaid, step.date)?.is_empty() {
            continue;
        }
        let min = params::min_collection_term_days(step.date);
        let term = step
            .payment_term_days
            .or(assumed_term)
            .map_or(min, |t| t.max(min));
        latest = Some(DemandState {
            date: step.date,
            deadline: calendar::demand_deadline(step.date, term)?.deadline,
        });
    }
    Ok(latest)
}

/// The state the statement `s` of `claim` describes, on its date, but for its
/// `collection_demand` (`None`: [`claim_state_with`] judges it).
#[cfg_attr(inkasso_size, optimize(size))]
pub(crate) fn of_statement(claim: &Claim, s: &Statement) -> Result<ClaimState> {
    let as_of = s.as_of;
    let payments = limitation::payments_per_invoice(&s.allocations, s.invoices.len());
    let steps = limitation::step_interruptions(&limitation::CaseFacts::of(claim), Some(as_of))?;
    let mut invoices = Vec::with_capacity(s.invoices.len());
    for (index, status) in s.invoices.iter().enumerate() {
        let paid = payments.get(index).map_or(&[][..], Vec::as_slice);
        let l = limitation::of_invoice(claim, index, paid, &steps, Some(as_of))?;
        // An invoice issued after the date is owed in full later: unpaid, not yet due.
        let issued = claim
            .invoices
            .get(index)
            .is_none_or(|i| i.issue_date <= as_of);
        let unpaid = status.capital.is_positive() || !issued;
        invoices.push(InvoiceState {
            number: status.number.clone(),
            effective_due_date: status.effective_due_date,
            capital: status.capital,
            issued,
            overdue: unpaid && as_of > status.effective_due_date,
            settled: !unpaid,
            preskription_date: l.preskription_date,
            time_barred: unpaid && l.preskription_date < as_of,
        });
    }
    let charged = |kind: StepKind| {
        s.fee_lines
            .iter()
            .any(|l| l.step_kind == Some(kind) && l.date <= as_of && l.amount.is_positive())
    };
    let kronofogden = if charged(StepKind::Enforcement) {
        KronofogdenStage::Enforcement
    } else if charged(StepKind::PaymentOrder) {
        KronofogdenStage::PaymentOrder
    } else {
        KronofogdenStage::None
    };
    Ok(ClaimState {
        as_of,
        invoices,
        collection_demand: None,
        kronofogden,
    })
}
