//! The statement of a claim on a date: capital, interest per line, fees per line, payments with
//! their allocation, the total that settles the claim if paid that day, and the per diem.
//!
//! # How it is computed
//! The claim's events are replayed in date order; on one day förseningsersättning comes first,
//! then the steps in the order given, then the payments (DOMAIN.md 8.5). An invoice is owed from
//! its issue date: a statement dated earlier leaves it out (capital 0, an `AFTER_AS_OF` warning
//! on the invoice), and a payment made before it cannot pay it (what the invoices then issued
//! do not take is a credit, as DOMAIN.md 8.6 allocates to what is outstanding). Before each payment,
//! interest of every invoice is closed through the payment day (a line split); then the payment
//! is allocated: outstanding fees (oldest first), then outstanding interest (invoice with the
//! earliest effective due date first, then invoice order), then capital (same order), and what
//! is left is a credit (DOMAIN.md 8.6; the order is Swedish practice, the same as BGB § 367 in
//! Germany; a Swedish source is still to be verified). A payment the debtor made for one
//! invoice ([`Payment::invoice`]) first pays that invoice's costs, interest and capital. At the end interest is closed through
//! the statement date.
//!
//! Fees (DOMAIN.md 1): the reminder, inkassokrav and plan fees are earned once per claim, only
//! when on the step's day some invoice is past its effective due date with capital unpaid; the
//! reminder fee only if agreed in advance. For a business or public debtor, förseningsersättning
//! (450 kr per invoice, dated on the invoice's first interest day, if its capital was unpaid at
//! the end of its due date) replaces those three fees up to its amount: they are charged only
//! for the part of their running sum that exceeds the förseningsersättning charged so far.
//! Kronofogden's costs are charged for the steps given: a betalningsföreläggande once per claim,
//! a grundavgift for a verkställighet (an application, or a further year recorded as one)
//! unless it comes within a year of the last one charged (förordning 1992:1094 5 §, see
//! [`crate::fees`]).

use std::borrow::Cow;

use rust_decimal::Decimal;
use serde::ser::SerializeStruct;
use serde::Serialize;
use time::Date;

use crate::calendar::{self, serialize_date};
use crate::claim::{Claim, ContractRate, Payment, Step, StepKind};
use crate::error::{Error, ErrorCode, Result};
use crate::fees::{DayState, FeeDecision, FeeKind, FeeState, NoFeeReason};
use crate::interest::{self, RateSource};
use crate::limitation;
use crate::money::Money;
use crate::rates::{self, serialize_percent, HalfYear, RateStatus, RateTable};
use crate::text::{self, message, Arg, Text};
use crate::warning::{Facts, NoLateFeeReason, Subject, Warning, WarningCode};

/// Options for [`statement`].
#[derive(Debug, Clone, Copy)]
pub struct StatementOptions<'a> {
    /// The date of the statement: what settles the claim if paid that day.
    pub as_of: Date,
    /// The reference-rate table (default: [`RateTable::embedded`]).
    pub rates: &'a RateTable,
    /// Strict mode: a day the table does not cover is an error instead of a warning, the per
    /// diem's (the day after `as_of`) included: a statement on the table's last day is refused
    /// for it ([`ErrorCode::RateNotCovered`] at `asOf`, the day in its message; `invoices[i]`
    /// for an invoice whose interest starts before the table).
    pub strict_rates: bool,
    /// How much of the statement to build (default [`Detail::Full`]).
    pub detail: Detail,
}

impl StatementOptions<'static> {
    /// A statement as of `as_of` with the embedded rate table, not strict, in full detail.
    pub fn new(as_of: Date) -> Self {
        StatementOptions {
            as_of,
            rates: RateTable::embedded(),
            strict_rates: false,
            detail: Detail::Full,
        }
    }
}

/// How much of a [`Statement`] to build.
///
/// The figures never depend on it: a summary computes every interest line exactly as a full
/// statement does (same periods, same rounding per line, same warnings, same limit of
/// [`MAX_INTEREST_LINES`]); it only does not keep the lines and their explanations. Building
/// the explanations is most of a statement's time, and the lines most of its size, so a summary
/// is the form for pricing many claims at once (`statementMany` on a comparison site).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Detail {
    /// Everything, with every interest line (the default).
    #[default]
    Full,
    /// Everything but [`Statement::interest_lines`], which is empty.
    Summary,
}

/// One line of dröjsmålsränta: one invoice, one base, one rate, a run of days.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct InterestLine {
    /// The invoice number.
    pub invoice: String,
    /// First interest day of the line.
    pub from: Date,
    /// Last interest day of the line (inclusive).
    pub to: Date,
    /// Days counted (actual days; 30E/360 days under that convention).
    pub days: i64,
    /// The year length the days are divided by (366, 365 or 360).
    pub year_days: i64,
    /// The capital the interest runs on.
    pub base: Money,
    /// The rate, percent a year.
    pub rate: Decimal,
    /// The referensränta the rate is built on (absent for an agreed rate).
    pub reference_rate: Option<Decimal>,
    /// The margin over the referensränta in percentage points: räntelagen 6 §'s 8 or the agreed
    /// one (absent for an agreed rate). `rate` is `reference_rate + margin`, or 0 when that sum
    /// is below zero (no negative dröjsmålsränta). Not serialised: the explanation says it.
    pub margin: Option<Decimal>,
    /// `base × rate/100 × days/yearDays`, rounded to the öre.
    pub amount: Money,
    /// The statute.
    pub rule: &'static str,
    /// Whether the rate is assumed: a half-year the Riksbank has not published, with the last
    /// known referensränta carried forward (only in projections, [`RateStatus::Assumed`]).
    pub assumed: bool,
    /// The debt's own rate at its due date on a line where räntelagen 7 §'s floor applies
    /// (referensränta + 8 is higher): said by the explanation, not serialised.
    pub own_rate: Option<Decimal>,
}

impl InterestLine {
    /// What the line is, sv and en (rendered by the catalogue; serialised as `explanation`).
    pub fn explanation(&self) -> Text {
        text::interest_line(self)
    }
}

/// One fee charged to the debtor.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct FeeLine {
    /// Which fee.
    pub kind: FeeKind,
    /// The day of the action that earned it.
    pub date: Date,
    /// The amount charged.
    pub amount: Money,
    /// What is unpaid of it on the statement date: the payments up to then pay the fees
    /// before interest and capital, the oldest first; a payment made for one invoice pays
    /// that invoice's costs, interest and capital first, and only then the other fees (so an
    /// older fee may stay unpaid while a later one is paid). The lines' unpaid parts sum to
    /// [`Statement::fees`].
    pub unpaid: Money,
    /// The invoice it belongs to (förseningsersättning), if one.
    pub invoice: Option<String>,
    /// The index of the step in the claim that earned it, if a step did.
    pub step: Option<usize>,
    /// The kind of the step that earned it, if a step did.
    pub step_kind: Option<StepKind>,
    /// The statute.
    pub rule: &'static str,
    /// The part of the table amount that förseningsersättning absorbed (zero: in full).
    pub absorbed: Money,
    /// For litigation costs ([`FeeKind::CourtCosts`]): the title of the judgment that awarded
    /// them, a dom or Kronofogden's utslag, as the steps show
    /// ([`crate::limitation::title_of_judgment`]); `None` for any other fee, or when the steps
    /// do not show which (the texts then say "dom eller utslag"). Not serialised: it names the
    /// judgment in the line's `explanation` and `rule`.
    pub title: Option<crate::limitation::Title>,
}

impl FeeLine {
    /// What the fee is for, sv and en (rendered by the catalogue; serialised as `explanation`).
    pub fn explanation(&self) -> Text {
        text::fee_line(self)
    }
}

/// Serialised as `{ invoice, from, to, days, yearDays, base, rate, referenceRate, amount, rule,
/// assumed?, explanation }` (`assumed: true` only on an assumed line), the explanation rendered
/// by the catalogue.
impl Serialize for InterestLine {
    fn serialize<S: serde::Serializer>(&self, s: S) -> core::result::Result<S::Ok, S::Error> {
        serialize_interest_line(self, true, s)
    }
}

/// Serialised as `{ kind, date, amount, unpaid, invoice?, step?, rule, explanation }`, the explanation
/// rendered by the catalogue.
impl Serialize for FeeLine {
    fn serialize<S: serde::Serializer>(&self, s: S) -> core::result::Result<S::Ok, S::Error> {
        serialize_fee_line(self, true, s)
    }
}

/// A line serialised as itself without its `explanation`: the facts only, for a caller that
/// renders the texts later, only when they are read (the JS wrapper does, issue 15).
#[derive(Debug, Clone, Copy)]
pub struct WithoutText<'a, T>(pub &'a T);

impl Serialize for WithoutText<'_, InterestLine> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> core::result::Result<S::Ok, S::Error> {
        serialize_interest_line(self.0, false, s)
    }
}

impl Serialize for WithoutText<'_, FeeLine> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> core::result::Result<S::Ok, S::Error> {
        serialize_fee_line(self.0, false, s)
    }
}

fn serialize_interest_line<S: serde::Serializer>(
    line: &InterestLine,
    with_text: bool,
    s: S,
) -> core::result::Result<S::Ok, S::Error> {
    let mut out = s.serialize_struct("InterestLine", 12)?;
    out.serialize_field("invoice", &line.invoice)?;
    out.serialize_field("from", &DateText(line.from))?;
    out.serialize_field("to", &DateText(line.to))?;
    out.serialize_field("days", &line.days)?;
    out.serialize_field("yearDays", &line.year_days)?;
    out.serialize_field("base", &line.base)?;
    out.serialize_field("rate", &PercentText(line.rate))?;
    out.serialize_field("referenceRate", &line.reference_rate.map(PercentText))?;
    out.serialize_field("amount", &line.amount)?;
    out.serialize_field("rule", line.rule)?;
    if line.assumed {
        out.serialize_field("assumed", &true)?;
    } else {
        out.skip_field("assumed")?;
    }
    if with_text {
        out.serialize_field("explanation", &line.explanation())?;
    }
    out.end()
}

fn serialize_fee_line<S: serde::Serializer>(
    line: &FeeLine,
    with_text: bool,
    s: S,
) -> core::result::Result<S::Ok, S::Error> {
    let mut out = s.serialize_struct("FeeLine", 8)?;
    out.serialize_field("kind", &line.kind)?;
    out.serialize_field("date", &DateText(line.date))?;
    out.serialize_field("amount", &line.amount)?;
    out.serialize_field("unpaid", &line.unpaid)?;
    match &line.invoice {
        Some(invoice) => out.serialize_field("invoice", invoice)?,
        None => out.skip_field("invoice")?,
    }
    match line.step {
        Some(step) => out.serialize_field("step", &step)?,
        None => out.skip_field("step")?,
    }
    out.serialize_field("rule", line.rule)?;
    if with_text {
        out.serialize_field("explanation", &line.explanation())?;
    }
    out.end()
}

/// A date serialised as `YYYY-MM-DD`.
struct DateText(Date);

impl Serialize for DateText {
    fn serialize<S: serde::Serializer>(&self, s: S) -> core::result::Result<S::Ok, S::Error> {
        serialize_date(&self.0, s)
    }
}

/// A percentage serialised with two decimals.
struct PercentText(Decimal);

impl Serialize for PercentText {
    fn serialize<S: serde::Serializer>(&self, s: S) -> core::result::Result<S::Ok, S::Error> {
        serialize_percent(&self.0, s)
    }
}

/// How one payment was allocated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Allocation {
    /// The index of the payment in the claim.
    pub payment: usize,
    /// The payment day.
    #[serde(serialize_with = "serialize_date")]
    pub date: Date,
    /// The payment amount.
    pub amount: Money,
    /// To fees.
    pub fees: Money,
    /// To interest.
    pub interest: Money,
    /// To capital.
    pub capital: Money,
    /// Left over: owed back to the debtor.
    pub credit: Money,
    /// The invoices (indices) it paid interest, capital or förseningsersättning of; a payment
    /// that paid a fee of the claim (not an invoice's förseningsersättning) counts for every
    /// invoice with capital unpaid as well. Preskription is interrupted for these
    /// ([`crate::limitation`]). Not serialised.
    #[serde(skip)]
    pub invoices: Acknowledged,
}

/// The invoices a payment acknowledged (their indices in the claim, in increasing order),
/// without a heap allocation for the first 64 invoices: a statement records one such set per
/// payment. Iterated (`for i in &a.invoices`), collected from indices, or made a `Vec` with
/// [`Acknowledged::to_vec`]; `{:?}` prints the list.
#[derive(Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Acknowledged {
    /// Invoices 0–63, one bit each.
    low: u64,
    /// Invoices from 64 on, in increasing order.
    high: Vec<usize>,
}

impl Acknowledged {
    /// Adds invoice `index` (once).
    pub fn insert(&mut self, index: usize) {
        match u32::try_from(index).ok().and_then(|i| 1u64.checked_shl(i)) {
            Some(bit) => self.low |= bit,
            None => {
                if let Err(at) = self.high.binary_search(&index) {
                    self.high.insert(at, index);
                }
            }
        }
    }

    /// Whether invoice `index` is in it.
    pub fn contains(&self, index: usize) -> bool {
        match u32::try_from(index).ok().and_then(|i| 1u64.checked_shl(i)) {
            Some(bit) => self.low & bit != 0,
            None => self.high.binary_search(&index).is_ok(),
        }
    }

    /// The indices, in increasing order.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        let mut low = self.low;
        core::iter::from_fn(move || {
            if low == 0 {
                return None;
            }
            let index = low.trailing_zeros();
            // Clears the lowest bit set.
            low &= low.wrapping_sub(1);
            usize::try_from(index).ok()
        })
        .chain(self.high.iter().copied())
    }

    /// Whether it has no invoice.
    pub fn is_empty(&self) -> bool {
        self.low == 0 && self.high.is_empty()
    }

    /// How many invoices it has.
    pub fn len(&self) -> usize {
        usize::try_from(self.low.count_ones())
            .unwrap_or(0)
            .saturating_add(self.high.len())
    }

    /// The indices as a `Vec`, in increasing order.
    pub fn to_vec(&self) -> Vec<usize> {
        self.iter().collect()
    }
}

impl core::fmt::Debug for Acknowledged {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl FromIterator<usize> for Acknowledged {
    fn from_iter<I: IntoIterator<Item = usize>>(indices: I) -> Self {
        let mut set = Acknowledged::default();
        for index in indices {
            set.insert(index);
        }
        set
    }
}

impl From<Vec<usize>> for Acknowledged {
    fn from(indices: Vec<usize>) -> Self {
        indices.into_iter().collect()
    }
}

impl<'a> IntoIterator for &'a Acknowledged {
    type Item = usize;
    type IntoIter = Box<dyn Iterator<Item = usize> + 'a>;

    fn into_iter(self) -> Self::IntoIter {
        Box::new(self.iter())
    }
}

/// Where one invoice stands on the statement date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct InvoiceStatus {
    /// The invoice number.
    pub number: String,
    /// The effective due date (DOMAIN.md 8.1).
    #[serde(serialize_with = "serialize_date")]
    pub effective_due_date: Date,
    /// The first day interest runs.
    #[serde(serialize_with = "serialize_date")]
    pub interest_from: Date,
    /// Capital outstanding.
    pub capital: Money,
    /// Interest outstanding.
    pub interest: Money,
}

/// The statement of a claim on a date.
///
/// Two statements are equal when every public field is: what the engine keeps beside them
/// for its other functions is not compared.
#[derive(Debug, Clone, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Statement {
    /// The statement date.
    #[serde(serialize_with = "serialize_date")]
    pub as_of: Date,
    /// Capital outstanding.
    pub capital: Money,
    /// Interest outstanding.
    pub interest: Money,
    /// Fees outstanding.
    pub fees: Money,
    /// capital + interest + fees: what settles the claim if paid on the statement date.
    pub total: Money,
    /// Overpaid, owed back to the debtor.
    pub credit: Money,
    /// Interest of the next day on the capital outstanding, summed over the invoices and rounded
    /// once (DOMAIN.md 8.8). Not always the exact rise of [`Self::total`] to the next day: each
    /// interest line is rounded on its own (8.4), so the total can rise an öre more or less per
    /// invoice accruing interest. For a later date's figure, take that date's statement
    /// ([`Replay::totals_on`] for many dates), never a sum of per diems.
    pub per_diem: Money,
    /// Every interest line, by invoice then first day (empty under [`Detail::Summary`]).
    pub interest_lines: Vec<InterestLine>,
    /// Every fee charged, in date order.
    pub fee_lines: Vec<FeeLine>,
    /// Every payment up to the statement date with its allocation.
    pub allocations: Vec<Allocation>,
    /// Each invoice's standing.
    pub invoices: Vec<InvoiceStatus>,
    /// Non-fatal findings.
    pub warnings: Vec<Warning>,
    /// The steps (indices) whose grundavgift started the claim's year of verkställighet (the
    /// first, a further year, or an application with no verkställighet on another title under
    /// way and unpaid): the timeline and `instalmentPlan` count the year as the engine does.
    /// Not serialised.
    #[serde(skip)]
    pub(crate) enforcement_year_starts: Vec<usize>,
    /// The betalningsförelägganden and verkställigheter recorded `fee: false` (index) that,
    /// claiming their fee, would have earned none for want of a debt: the claim paid
    /// ([`NoFeeReason::ClaimSettled`]), nothing yet overdue ([`NoFeeReason::NotOverdue`]), or
    /// the debt a further year renews paid ([`NoFeeReason::EnforcedDebtPaid`]). They claim no
    /// fee, so the statement says nothing of them, but `check` flags the application itself
    /// (`KRONOFOGDEN_WITHOUT_DEBT`), as it flags a reminder or an inkassokrav without a debt
    /// whatever its fee. Not serialised.
    #[serde(skip)]
    pub(crate) unclaimed_without_debt: Vec<(usize, NoFeeReason)>,
    /// The last step that took the claim past reminders while something was overdue (an
    /// inkassokrav, Kronofogden, a court), its kind and day: a reminder of a later day earns
    /// no fee unless an invoice issued after it is overdue and unpaid, and the timeline
    /// projects one so. Not serialised.
    #[serde(skip)]
    pub(crate) demanded_by: Option<(StepKind, Date)>,
    /// The steps (indices) that took the claim past reminders while something was overdue: an
    /// invoice none of them was about has never been demanded. Not serialised.
    #[serde(skip)]
    pub(crate) demand_steps: Vec<usize>,
    /// What is unpaid of each fee line ([`Self::fee_lines`], same order). A payment made for
    /// one invoice ([`Payment::invoice`]) may leave an older fee unpaid and pay a later one, so
    /// the lines' unpaid parts cannot be worked out from the sum the payments paid of fees.
    /// Not serialised.
    #[serde(skip)]
    pub(crate) fee_unpaid: Vec<Money>,
}

impl PartialEq for Statement {
    fn eq(&self, other: &Self) -> bool {
        self.as_of == other.as_of
            && self.capital == other.capital
            && self.interest == other.interest
            && self.fees == other.fees
            && self.total == other.total
            && self.credit == other.credit
            && self.per_diem == other.per_diem
            && self.interest_lines == other.interest_lines
            && self.fee_lines == other.fee_lines
            && self.allocations == other.allocations
            && self.invoices == other.invoices
            && self.warnings == other.warnings
    }
}

/// The statement of `claim` as of `options.as_of`.
pub fn statement(claim: &Claim, options: &StatementOptions<'_>) -> Result<Statement> {
    claim.validate()?;
    statement_of_valid(claim, options)
}

/// Whether the step at `index` of the claim has a fee line in `s` (it was charged a fee).
pub(crate) fn step_charged(s: &Statement, index: usize) -> bool {
    s.fee_lines.iter().any(|l| l.step == Some(index))
}

/// Whether förseningsersättning absorbed the fee of the step at `index` of the claim
/// (`FEE_ABSORBED_BY_LATE_FEE` about it in `s`): no fee line, but the claim's fee of its kind
/// is used all the same.
pub(crate) fn step_fee_absorbed(s: &Statement, index: usize) -> bool {
    s.warnings
        .iter()
        .any(|w| w.subject == Subject::Step(index) && w.code == WarningCode::FeeAbsorbedByLateFee)
}

/// The litigation costs of `s` ([`FeeKind::CourtCosts`], a judgment's `costs`) unpaid on its
/// day (each fee line's unpaid part as [`allocate`] left it).
pub(crate) fn costs_unpaid(s: &Statement) -> Result<Money> {
    Money::sum(unpaid_costs(s)?.into_iter().map(|(_, unpaid)| unpaid))
}

/// Each judgment's litigation costs in `s` with a part unpaid: (the judgment's day, that part),
/// as [`costs_unpaid`] walks the fee lines.
pub(crate) fn unpaid_costs(s: &Statement) -> Result<Vec<(Date, Money)>> {
    Ok(s.fee_lines
        .iter()
        .zip(&s.fee_unpaid)
        .filter(|(line, left)| line.kind == FeeKind::CourtCosts && left.is_positive())
        .map(|(line, &left)| (line.date, left))
        .collect())
}

/// [`statement`] of a claim that [`Claim::validate`] has already accepted: the timeline, the
/// letter and the check validate their claim once and then ask for many statements.
pub(crate) fn statement_of_valid(
    claim: &Claim,
    options: &StatementOptions<'_>,
) -> Result<Statement> {
    check_statement_date(claim, options.as_of)?;
    let mut ledger = Ledger::new(claim, options)?;
    for event in ledger.events() {
        ledger.apply(event)?;
    }
    ledger.accrue_all(options.as_of)?;
    ledger.finish()
}

/// What happens on a day, in the order of [`EventKind`] and then input order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum EventKind {
    /// An invoice is issued: its capital is owed from its issue date (DOMAIN.md 8.6 allocates a
    /// payment to what is outstanding on its day, so one before the issue date cannot pay it).
    Issue,
    LateFee,
    Credit,
    Step,
    Payment,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Event {
    date: Date,
    kind: EventKind,
    index: usize,
}

#[derive(Debug, Clone)]
struct InvoiceState {
    /// The index in the claim.
    index: usize,
    /// The agreed dröjsmålsränta, if any (the invoice's own, else the claim's).
    contract: Option<ContractRate>,
    number: String,
    due: Date,
    first_day: Date,
    /// First day not yet closed into a line.
    next_line_day: Date,
    capital: Money,
    interest: Money,
    lines: Vec<InterestLine>,
}

impl InvoiceState {
    /// A copy without the interest lines: what closing its interest further needs.
    fn account(&self) -> InvoiceState {
        InvoiceState {
            index: self.index,
            contract: self.contract,
            number: self.number.clone(),
            due: self.due,
            first_day: self.first_day,
            next_line_day: self.next_line_day,
            capital: self.capital,
            interest: self.interest,
            lines: Vec::new(),
        }
    }
}

/// Each step's exekutionstitel when it is a verkställighet ([`limitation::enforcement_title`]);
/// empty for a claim with none.
fn enforcement_titles(facts: &limitation::CaseFacts<'_>) -> Vec<Option<Date>> {
    let claim = facts.claim();
    if !claim.steps.iter().any(|s| s.kind == StepKind::Enforcement) {
        return Vec::new();
    }
    claim
        .steps
        .iter()
        .map(|s| {
            if s.kind == StepKind::Enforcement {
                limitation::enforcement_title(facts, s)
            } else {
                None
            }
        })
        .collect()
}

/// The claim's running accounts while its events are replayed.
#[derive(Clone)]
struct Ledger<'a> {
    claim: &'a Claim,
    options: &'a StatementOptions<'a>,
    invoices: Vec<InvoiceState>,
    /// Invoice indices in allocation order: earliest effective due date, then input order.
    priority: Vec<usize>,
    fee_lines: Vec<FeeLine>,
    fee_unpaid: Vec<Money>,
    /// The invoice (index) whose own fee each fee line is (a förseningsersättning), `None` for
    /// a fee of the claim: worked out once, when the line is charged.
    fee_owner: Vec<Option<usize>>,
    /// For a claim with a payment made for one invoice ([`Payment::invoice`]): the invoices
    /// each fee line of a step is a cost of ([`Ledger::step_fee_scope`]; `None`: every
    /// invoice). Empty for other claims.
    fee_scope: Vec<Option<Acknowledged>>,
    /// Whether a payment of the claim was made for one invoice (`fee_scope` is kept then).
    designated_payments: bool,
    /// The invoice (its index) each payment was made for, when any was ([`Payment::invoice`]),
    /// and the invoice of each credit note: looked up once ([`crate::claim::InvoiceIndex`]),
    /// not by comparing numbers for each.
    payment_invoice: Vec<Option<usize>>,
    credit_invoice: Vec<Option<usize>>,
    /// For the step being replayed, when its fee is earned only by some invoices (a second
    /// inkassokrav or reminder for a debt issued since the first, a reminder after a demand
    /// about a debt no demand was about): those the fee is a cost of ([`FeeEarnedBy`]).
    fee_earned_by: Vec<FeeEarnedBy>,
    /// The day the claim's year of verkställighet runs from: the last verkställighet that
    /// started it ([`Ledger::starts_enforcement_year`]), and whether that was a further year.
    enforcement_year: Option<(Date, bool)>,
    /// The year as it stood at the start of the day of the step being replayed (a further year
    /// counts against it, not against an application of its own day: the order of the steps
    /// of a day does not matter).
    enforcement_year_at_day_start: (Option<Date>, Option<Date>),
    /// The steps (indices) whose grundavgift started the claim's year of verkställighet.
    enforcement_year_starts: Vec<usize>,
    /// [`Statement::unclaimed_without_debt`].
    unclaimed_without_debt: Vec<(usize, NoFeeReason)>,
    /// The verkställigheter (index, day, claimed from the debtor) whose grundavgift
    /// Kronofogden charged: those charged to the debtor (`true`), and those recorded without
    /// claiming it where, claimed, it would have been charged (`false`: a later application on
    /// the same title counts against them all the same).
    enforcement_fee_days: Vec<(usize, Date, bool)>,
    /// The steps that took the claim past reminders while something was overdue
    /// ([`crate::fees::takes_claim_past_reminders`]), in the order replayed: index, kind and
    /// day.
    demands: Vec<(usize, StepKind, Date)>,
    /// The claim's titles and their cases ([`limitation::title_starts`]), worked out once.
    titles: Vec<(Date, Date)>,
    /// The claim's cases as far as worked out ([`limitation::CaseFacts`]): each step's case is
    /// asked for again and again.
    facts: limitation::CaseFacts<'a>,
    /// Each step's exekutionstitel when it is a verkställighet
    /// ([`limitation::enforcement_title`]), worked out once (empty without one).
    enforcement_titles: Vec<Option<Date>>,
    allocations: Vec<Allocation>,
    warnings: WarningList,
    credit: Money,
    /// A payment paid capital while interest of earlier days was left out (days the rate table
    /// does not cover): a step finding the claim paid says the missing interest may change it.
    capital_paid_unvalued: bool,
    /// What the fee rules remember (one fee per claim, förseningsersättning's absorption).
    fees: FeeState,
    /// Interest lines computed so far (kept or not), bounded by [`MAX_INTEREST_LINES`].
    line_count: usize,
    /// A Julian day until which no invoice can be time-barred (the earliest issue date plus the
    /// shortest period's days at the least): steps until then are never asked about limitation.
    earliest_bar: i32,
}

/// Warnings in the order first given, with a sorted index of their code and subject:
/// [`WarningList::push_unique`] (the rule of [`crate::warning::push_unique`]) finds one given
/// before by binary search. A statement checks the rate's warnings for every interest line,
/// and a list scanned each time made a claim of many invoices over many half-years quadratic
/// (1 000 invoices over two centuries: over a second a statement, ten for `totals`).
#[derive(Debug, Clone, Default)]
struct WarningList {
    items: Vec<Warning>,
    /// The key of every warning of `items` ([`warning_key`]), sorted, each once.
    keys: Vec<WarningKey>,
}

/// A warning's code and subject, ordered: the code, the kind of subject, its index, its
/// half-year.
type WarningKey = (u8, u8, usize, i32, u8);

fn warning_key(warning: &Warning) -> WarningKey {
    let code = warning.code as u8;
    match warning.subject {
        Subject::Claim => (code, 0, 0, 0, 0),
        Subject::Invoice(i) => (code, 1, i, 0, 0),
        Subject::Step(i) => (code, 2, i, 0, 0),
        Subject::Payment(i) => (code, 3, i, 0, 0),
        Subject::Credit(i) => (code, 4, i, 0, 0),
        Subject::HalfYear(h) => (code, 5, 0, h.year(), h.half()),
        Subject::PerDiem(h) => (code, 6, 0, h.year(), h.half()),
        Subject::Entry => (code, 7, 0, 0, 0),
        Subject::Plan => (code, 8, 0, 0, 0),
    }
}

impl WarningList {
    /// Adds `warning` unless one with its code and subject was given.
    fn push_unique(&mut self, warning: Warning) {
        let key = warning_key(&warning);
        if let Err(at) = self.keys.binary_search(&key) {
            self.keys.insert(at, key);
            self.items.push(warning);
        }
    }

    /// Adds `warning`, even when one with its code and subject was given.
    fn push(&mut self, warning: Warning) {
        let key = warning_key(&warning);
        if let Err(at) = self.keys.binary_search(&key) {
            self.keys.insert(at, key);
        }
        self.items.push(warning);
    }

    /// Adds each of `warnings` ([`WarningList::push`]).
    fn extend(&mut self, warnings: impl IntoIterator<Item = Warning>) {
        for warning in warnings {
            self.push(warning);
        }
    }

    fn iter(&self) -> std::slice::Iter<'_, Warning> {
        self.items.iter()
    }

    fn as_slice(&self) -> &[Warning] {
        &self.items
    }

    fn into_vec(self) -> Vec<Warning> {
        self.items
    }
}

impl<'a> Ledger<'a> {
    fn new(claim: &'a Claim, options: &'a StatementOptions<'a>) -> Result<Self> {
        let invoices = invoice_states(claim)?;
        let mut priority: Vec<usize> = (0..invoices.len()).collect();
        crate::sort::sort_by_key(&mut priority, |&i| (invoices.get(i).map(|s| s.due), i));
        // A bound cheap to compute (no calendar arithmetic on the hot path): no period is
        // shorter than the shortest in the tables, and a year has at least 365 days.
        let shortest_days =
            i32::from(crate::params::shortest_limitation_years()).saturating_mul(365);
        let earliest_bar = claim
            .invoices
            .iter()
            .map(|i| i.issue_date.to_julian_day())
            .min()
            .map_or(i32::MAX, |day| day.saturating_add(shortest_days));
        let designated_payments = claim.payments.iter().any(|p| p.invoice.is_some());
        let (payment_invoice, credit_invoice) = if designated_payments || !claim.credits.is_empty()
        {
            let index = crate::claim::InvoiceIndex::of(&claim.invoices);
            let of_payment = |p: &Payment| p.invoice.as_deref().and_then(|n| index.find(n));
            (
                claim.payments.iter().map(of_payment).collect(),
                claim
                    .credits
                    .iter()
                    .map(|c| index.find(&c.invoice))
                    .collect(),
            )
        } else {
            (Vec::new(), Vec::new())
        };
        let facts = limitation::CaseFacts::of(claim);
        Ok(Ledger {
            claim,
            options,
            invoices,
            priority,
            fee_lines: Vec::new(),
            fee_unpaid: Vec::new(),
            fee_owner: Vec::new(),
            fee_scope: Vec::new(),
            designated_payments,
            payment_invoice,
            credit_invoice,
            fee_earned_by: Vec::new(),
            enforcement_year: None,
            enforcement_year_at_day_start: (None, None),
            enforcement_year_starts: Vec::new(),
            unclaimed_without_debt: Vec::new(),
            enforcement_fee_days: Vec::new(),
            demands: Vec::new(),
            titles: limitation::title_starts_in(&facts),
            enforcement_titles: enforcement_titles(&facts),
            facts,
            allocations: Vec::new(),
            warnings: WarningList::default(),
            credit: Money::ZERO,
            capital_paid_unvalued: false,
            fees: FeeState::new(claim),
            line_count: 0,
            earliest_bar,
        })
    }

    /// The events up to the statement date, in order; later ones become warnings.
    fn events(&mut self) -> Vec<Event> {
        let (now, later) = events_of(self.claim, &self.invoices, self.options.as_of);
        self.warnings.extend(later);
        now
    }

    fn apply(&mut self, event: Event) -> Result<()> {
        match event.kind {
            EventKind::Issue => {
                if let (Some(state), Some(invoice)) = (
                    self.invoices.get_mut(event.index),
                    self.claim.invoices.get(event.index),
                ) {
                    state.capital = invoice.amount;
                }
                Ok(())
            }
            EventKind::LateFee => self.late_fee(event.index, event.date),
            EventKind::Credit => self.credit_note(event.index),
            EventKind::Step => match self.claim.steps.get(event.index) {
                Some(step) => self.step(event.index, *step),
                None => Ok(()),
            },
            EventKind::Payment => match self.claim.payments.get(event.index) {
                Some(payment) => {
                    self.accrue_all(payment.date)?;
                    self.allocate(event.index, payment)
                }
                None => Ok(()),
            },
        }
    }

    /// Applies credit note `index`: closes its invoice's interest through the day before it,
    /// then reduces the invoice's capital from its date (not allocated like a payment). What
    /// exceeds the capital still unpaid (the invoice was partly paid) is owed back.
    fn credit_note(&mut self, index: usize) -> Result<()> {
        let Some(credit) = self.claim.credits.get(index) else {
            return Ok(());
        };
        let Some(i) = self.credit_invoice.get(index).copied().flatten() else {
            return Ok(());
        };
        let ctx = self.accrual_context();
        if let (Some(before), Some(state)) = (credit.date.previous_day(), self.invoices.get_mut(i))
        {
            ctx.accrue(state, before, &mut self.warnings, &mut self.line_count)?;
        }
        let Some(state) = self.invoices.get_mut(i) else {
            return Ok(());
        };
        let mut remaining = credit.amount;
        let unpaid_before = state.capital.is_positive();
        take(&mut remaining, &mut state.capital);
        let settles = unpaid_before && state.capital.is_zero();
        let (invoice, due, earned) = (state.index, state.due, state.interest);
        self.credited_after_due(index, invoice, due, earned, settles)?;
        if remaining.is_positive() {
            self.credit = self.credit.checked_add(remaining)?;
            let facts = Facts::CreditExceedsCapital {
                invoice: credit.invoice.clone(),
                date: credit.date,
                excess: remaining,
            };
            self.warnings
                .push(Warning::new(Subject::Credit(index), facts));
        }
        Ok(())
    }

    /// [`Claim::credited`] of invoice `owner` (its index) on `date`, from the credit notes'
    /// invoices looked up once ([`Ledger::credit_invoice`]): no invoice numbers compared.
    fn credited_by(&self, owner: usize, date: Date) -> Result<Money> {
        Money::sum(
            self.claim
                .credits
                .iter()
                .zip(&self.credit_invoice)
                .filter(|(c, o)| **o == Some(owner) && c.date <= date)
                .map(|(c, _)| c.amount),
        )
    }

    /// Warns when credit note `index` completes the crediting of the claim's invoice `invoice`
    /// (an index), or `settles` what was left unpaid of it, after its effective due date `due`,
    /// and the invoice had earned interest (`earned` unpaid) or förseningsersättning by then:
    /// they stay owed, which is right for a credit on a valid debt and wrong for one that
    /// corrects an invoice that was wrong (the caller knows which). The second case is the
    /// debtor who paid the right amount of a wrong invoice on time, and the creditor's credit
    /// note for the difference after the due date.
    fn credited_after_due(
        &mut self,
        index: usize,
        owner: usize,
        due: Date,
        earned: Money,
        settles: bool,
    ) -> Result<()> {
        let (Some(credit), Some(invoice)) = (
            self.claim.credits.get(index),
            self.claim.invoices.get(owner),
        ) else {
            return Ok(());
        };
        let number = invoice.number.as_str();
        let of_invoice = |i: usize| self.credit_invoice.get(i).copied().flatten() == Some(owner);
        // The credit notes of the invoice up to this one (those of the same day in input
        // order, as they are applied), with and without it.
        let earlier = Money::sum(
            self.claim
                .credits
                .iter()
                .enumerate()
                .filter(|(i, c)| {
                    of_invoice(*i)
                        && (c.date < credit.date || (c.date == credit.date && *i < index))
                })
                .map(|(_, c)| c.amount),
        )?;
        let completes =
            earlier < invoice.amount && earlier.checked_add(credit.amount)? >= invoice.amount;
        let late_fee = self
            .fee_lines
            .iter()
            .zip(&self.fee_owner)
            .any(|(f, o)| f.kind == FeeKind::LateFee && *o == Some(owner));
        if (completes || settles) && credit.date > due && (earned.is_positive() || late_fee) {
            let facts = Facts::CreditedAfterDue {
                invoice: number.to_owned(),
                date: credit.date,
                due,
                in_full: completes,
                interest: earned.is_positive(),
                late_fee,
            };
            self.warnings
                .push(Warning::new(Subject::Credit(index), facts));
        }
        Ok(())
    }

    fn accrual_context(&self) -> AccrualContext<'a> {
        AccrualContext {
            table: self.options.rates,
            strict: self.options.strict_rates,
            day_count: self.claim.day_count,
            keep_lines: self.options.detail == Detail::Full,
            debtor: self.claim.debtor,
        }
    }

    /// Closes every invoice's interest through `through` (inclusive).
    fn accrue_all(&mut self, through: Date) -> Result<()> {
        let ctx = self.accrual_context();
        for state in &mut self.invoices {
            ctx.accrue(state, through, &mut self.warnings, &mut self.line_count)?;
        }
        Ok(())
    }

    /// The value of what a court action (or an application for betalningsföreläggande) on
    /// `date` claims, as a court fee's category judges it: the capital unpaid of the invoices
    /// overdue that day (past their effective due date; one not yet due, or issued later, cannot
    /// be claimed) and their interest accrued and unpaid through the day before
    /// (rättegångsbalken 1 kap. 3 d § leaves out only the litigation costs; the collection fees
    /// are left out as well, since RB 18 kap. 8 § compensates an inkassoåtgärd before the trial
    /// as a litigation cost (SvJT 1972 s. 67; today's wording of 18:8: verify)). An invoice an
    /// earlier title decided is not in the case either ([`crate::limitation::decided_before`]:
    /// a legal review found a second case valued with the first case's debt, 2 500 kr where
    /// 600 kr was due). The interest is worked out on copies of the invoices' accounts, so the
    /// statement's own lines are not split at the action's day.
    ///
    /// Days past the rate table (not strict) are valued with the last known referensränta
    /// assumed, as time-barring is: left unvalued, they put a case in the lower category (a
    /// turn-of-the-year review, stop 69, found a stämningsansökan of 2027 charged 900 kr where
    /// any 2027 rate gave 2 800 kr, and the timeline, which assumes the rate, charged 2 800 kr).
    ///
    /// `case` is the day the case was brought, which decides its invoices; `date` the day it is
    /// valued on. They differ for a case brought by an application for betalningsföreläggande
    /// and transferred to the tingsrätt: RB 1 kap. 3 d § third paragraph (SFS 2010:1202) values
    /// it "vid rättens beslut att tvisten ska handläggas som tvistemål", read here as the
    /// transfer's day (the `courtAction` step; the court's decision follows it), with the
    /// invoices the application was about (a historic-law review, stop 70, found it valued on
    /// the application's day: 600 kr where 2 500 kr was due once the interest since had taken
    /// the claim over half a prisbasbelopp).
    ///
    /// With `since`, an application after an earlier one to the court
    /// ([`Ledger::latest_filing_before`]): it is for the invoices that fell due since that one,
    /// and is valued on them alone.
    fn claimed_value(&self, case: Date, date: Date, since: Option<Date>) -> Result<Money> {
        // The later of the two bounds (`None` is no bound). By the titles alone: a case asking
        // again for a title's debt (`check`'s CLAIM_ALREADY_DECIDED) is valued on nothing new,
        // as before that reading (a review found one valued on the judgment's debt, 2 800 kr
        // where it had been 900).
        let decided = crate::limitation::latest_decided(&self.titles, case).max(since);
        let in_case = |s: &InvoiceState| s.due < case && decided.is_none_or(|d| s.due >= d);
        Ok(self.unpaid_before(date, in_case)?.0)
    }

    /// The capital and interest unpaid at the start of `date` (interest accrued to the day
    /// before) of the invoices `which` picks, and whether interest of some day could not be
    /// valued (`RATE_NOT_COVERED`): what a court case is valued on, and what a further year's
    /// minimum is judged by.
    fn unpaid_before(
        &self,
        date: Date,
        which: impl Fn(&InvoiceState) -> bool,
    ) -> Result<(Money, bool)> {
        let before = date.previous_day();
        let table = value_table(self.options, before)?;
        let ctx = AccrualContext {
            keep_lines: false,
            table: &table,
            ..self.accrual_context()
        };
        let mut warnings = WarningList::default();
        let mut lines = 0;
        let mut value = Money::ZERO;
        for state in self.invoices.iter().filter(|s| which(s)) {
            let mut account = state.account();
            if let Some(before) = before {
                ctx.accrue(&mut account, before, &mut warnings, &mut lines)?;
            }
            value = value
                .checked_add(account.capital)?
                .checked_add(account.interest)?;
        }
        let unvalued = warnings
            .items
            .iter()
            .any(|w| w.code == WarningCode::RateNotCovered);
        Ok((value, unvalued))
    }

    /// The latest application to the court before the court action `index` of `date`, as
    /// the day its invoices were those overdue on: a stämningsansökan's own day, a transfer's
    /// betalningsföreläggande's (a review found an invoice that fell due between the order
    /// and its transfer read as in that case). Those of the same day listed before it count
    /// (steps of one day in the order given, DOMAIN.md 8.5: a review found a filing repeated on
    /// the day of the second charged a third fee). A betalningsföreläggande disputed but not
    /// transferred is no application to the court (a review found a later transfer valued
    /// without its invoices, which `limitation` reads as in the transferred case).
    fn latest_filing_before(&self, index: usize, date: Date) -> Option<Date> {
        let claim = self.claim;
        claim
            .steps
            .iter()
            .enumerate()
            .filter(|&(i, s)| s.kind == StepKind::CourtAction && (s.date, i) < (date, index))
            .map(|(i, s)| claim.transferred_by(i).unwrap_or(s.date))
            .max()
    }

    /// Capital and fees outstanding, summed as [`Ledger::finish`] sums them.
    fn capital_and_fees(&self) -> Result<(Money, Money)> {
        let capital = Money::sum(self.invoices.iter().map(|s| s.capital))?;
        let fees = Money::sum(self.fee_unpaid.iter().copied())?;
        Ok((capital, fees))
    }

    /// The claim on `date`, as the fee rules need it.
    fn day_state(&self, date: Date) -> Result<DayState> {
        Ok(DayState {
            overdue: self
                .invoices
                .iter()
                .any(|s| date > s.due && s.capital.is_positive()),
            settled: self.invoices.iter().all(|s| !s.capital.is_positive()),
            time_barred: false,
            claimed: None,
            transferred: false,
            costs_unpaid: self.costs_unpaid(date)?.is_positive(),
            renewed_debt_unpaid: true,
            last_enforcement_fee: None,
            last_enforcement_fee_claimed: true,
            further_year: false,
            unpaid_under_minimum: None,
            new_debt: false,
            demanded_by: None,
        })
    }

    /// For a further year of verkställighet on `step`'s day: what is unpaid in the case at the
    /// start of the day (the capital and interest, to the day before, of the invoices of the
    /// cases it renews, [`limitation::cases_of`], and the claim's unpaid costs) with the
    /// minimum in force, when it is under that minimum ([`crate::params::FURTHER_YEAR_FEE_MINIMUM`]:
    /// no new grundavgift then). `None` for any other step, or when interest of some day could
    /// not be valued (the amount would be too low to judge by).
    fn unpaid_under_minimum(&self, step: &Step) -> Result<Option<(Money, Money)>> {
        let Some(minimum) = crate::params::further_year_fee_minimum(step.date) else {
            return Ok(None);
        };
        if self.claim.renewed_by(step).is_none() {
            return Ok(None);
        }
        let minimum = Money::from_decimal(minimum)?;
        let fees = Money::sum(self.fee_unpaid.iter().copied())?;
        if fees >= minimum {
            return Ok(None); // interest only adds to it: no accrual needed
        }
        let cases = limitation::cases_of(&self.facts, &self.titles, step);
        let in_cases = |s: &InvoiceState| {
            cases
                .as_deref()
                .is_none_or(|cases| limitation::in_any_case(cases, s.due))
        };
        let capital = Money::sum(
            self.invoices
                .iter()
                .filter(|s| in_cases(s))
                .map(|s| s.capital),
        )?;
        if fees.checked_add(capital)? >= minimum {
            return Ok(None);
        }
        let (debt, unvalued) = self.unpaid_before(step.date, in_cases)?;
        if unvalued {
            return Ok(None);
        }
        let unpaid = fees.checked_add(debt)?;
        Ok((unpaid < minimum).then_some((unpaid, minimum)))
    }

    /// Whether an invoice issued after `since` is past its effective due date with capital
    /// unpaid on `day` (as a step of that day finds it), and not time-barred: a debt a reminder
    /// or inkassokrav of `since` could not cover, and that may be demanded.
    fn new_debt_since(&self, day: Date, since: Date) -> Result<bool> {
        self.debt_alive_where(day, |state| {
            self.claim
                .invoices
                .get(state.index)
                .is_some_and(|i| i.issue_date > since)
        })
    }

    /// Whether an invoice past its effective due date with capital unpaid on `day` is one no
    /// step of `demands` (indices, of earlier days) was about (an inkassokrav: the invoices
    /// past their due date on its day; legal action: those of its case, as
    /// [`limitation::Interruption::concerns`] reads them), and not time-barred: a reminder about
    /// it is its first demand.
    fn debt_never_demanded(&self, day: Date, demands: &[usize]) -> Result<bool> {
        let interruptions = limitation::step_interruptions(&self.facts, Some(day))?;
        // The demands before the day, picked once (not again for each invoice).
        let demanded: Vec<_> = interruptions
            .iter()
            .filter(|e| e.date < day && demands.contains(&e.index))
            .collect();
        let about = |state: &InvoiceState| {
            let Some(invoice) = self.claim.invoices.get(state.index) else {
                return false;
            };
            demanded
                .iter()
                .any(|e| e.concerns(invoice.issue_date, state.due))
        };
        self.debt_alive_where(day, |state| !about(state))
    }

    /// Whether an invoice that `is_new` picks is past its effective due date with capital
    /// unpaid on `day` and not time-barred then.
    fn debt_alive_where(&self, day: Date, is_new: impl Fn(&InvoiceState) -> bool) -> Result<bool> {
        let new = self
            .invoices
            .iter()
            .filter(|s| day > s.due && s.capital.is_positive() && is_new(s));
        self.any_alive(new, day)
    }

    /// For a verkställighet: the day of the last grundavgift charged that its own counts
    /// against ([`DayState::last_enforcement_fee`]): for an application, the last charged for
    /// a verkställighet on the same exekutionstitel ([`limitation::enforcement_title`]); for a
    /// further year, the one the claim's year runs from.
    fn last_enforcement_fee(&mut self, index: usize, step: &Step) -> Option<Date> {
        if self.claim.renewed_by(step).is_some() {
            return match self.enforcement_year {
                // Renewed by a further year of the same day already.
                Some((day, true)) if day == step.date => Some(day),
                _ => self.year_for_further_year(step.date),
            };
        }
        let title_of = |i: usize| self.enforcement_titles.get(i).copied().flatten();
        let title = title_of(index);
        // Charged to the debtor or not (`fee: false`): Kronofogden charged it (a legal
        // review found a claimed application again within the year on the title of one
        // recorded `fee: false` charged a second grundavgift).
        self.enforcement_fee_days
            .iter()
            .filter(|(i, _, _)| title_of(*i) == title)
            .map(|(_, day, _)| *day)
            .max()
    }

    /// Whether a grundavgift of `day` (one [`Self::last_enforcement_fee`] gave) was claimed
    /// from the debtor: `false` only when every verkställighet of that day that counts was
    /// recorded `fee: false`.
    fn enforcement_fee_claimed_on(&self, day: Date) -> bool {
        let mut of_day = self
            .enforcement_fee_days
            .iter()
            .filter(|(_, d, _)| *d == day);
        of_day.clone().next().is_none() || of_day.any(|(_, _, claimed)| *claimed)
    }

    /// The day the claim's year of verkställighet runs from on `day` (for a further year, or
    /// whether an application starts the year): the year at the start of the day, or, when the
    /// verkställighet it ran from has ended with its debt paid, the earliest later application
    /// still owed ([`limitation::year_moved_to`]).
    fn year_for_further_year(&mut self, day: Date) -> Option<Date> {
        let year = self.year_at_start_of(day)?;
        let titles = &self.titles;
        let costs = self.unpaid_costs_days();
        let invoices = &self.invoices;
        let facts = &self.facts;
        let unpaid = |case: limitation::EnforcedCase| {
            invoices
                .iter()
                .any(|s| s.capital.is_positive() && limitation::in_case(Some(case.1), s.due))
                || limitation::costs_in_case(facts, case, &costs)
        };
        Some(limitation::year_moved_to(facts, titles, year, day, unpaid).unwrap_or(year))
    }

    /// The claim's year of verkställighet as it stood at the start of `day`.
    fn year_at_start_of(&mut self, day: Date) -> Option<Date> {
        if self.enforcement_year_at_day_start.0 != Some(day) {
            self.enforcement_year_at_day_start = (Some(day), self.enforcement_year.map(|y| y.0));
        }
        self.enforcement_year_at_day_start.1
    }

    /// Whether the verkställighet `step`, charged its grundavgift (`charged`) or recorded
    /// without claiming it where, claimed, it would have been charged, starts the claim's year of verkställighet (the engine keeps one
    /// yearly fee for the claim, whose further years renew every verkställighet under way), as
    /// the timeline reads the year: when none runs, or the one running ended before its day
    /// (a year to the day after it started); else a charged further year does, and an
    /// application does when no verkställighet on another title is under way on its day with
    /// its debt unpaid at the start of the day ([`limitation::other_cases_under_way`]): its own
    /// grundavgift is then that title's (förordning 1992:1094 5 §), and the year runs on from
    /// the earlier one's.
    fn starts_enforcement_year(&mut self, step: &Step, charged: bool) -> Result<bool> {
        // The year as it runs on the step's day: moved to a later title's application once the
        // one it ran from has its debt paid (a review found a third title's application read
        // as after the year, ended on the first's anniversary, where it runs from the second's).
        let year = self.year_for_further_year(step.date);
        let ended = match year {
            Some(from) => step.date >= crate::fees::next_enforcement_fee_day(from)?,
            None => true,
        };
        if ended {
            return Ok(true);
        }
        if self.claim.renewed_by(step).is_some() {
            return Ok(charged);
        }
        let titles = &self.titles;
        let others = limitation::other_cases_under_way(&self.facts, titles, step);
        let costs = self.unpaid_costs_days();
        let spans: Vec<limitation::CaseSpan> = others.iter().map(|&(_, span)| span).collect();
        Ok(!self
            .invoices
            .iter()
            .any(|s| s.capital.is_positive() && limitation::in_any_case(&spans, s.due))
            && !others
                .iter()
                .any(|&case| limitation::costs_in_case(&self.facts, case, &costs)))
    }

    /// The days of the judgments whose litigation costs are unpaid (a part of their fee line).
    fn unpaid_costs_days(&self) -> Vec<Date> {
        self.fee_lines
            .iter()
            .zip(&self.fee_unpaid)
            .filter(|(line, unpaid)| line.kind == FeeKind::CourtCosts && unpaid.is_positive())
            .map(|(line, _)| line.date)
            .collect()
    }

    /// For a further year of verkställighet: whether an invoice of a case it renews
    /// ([`limitation::cases_of`]) has capital unpaid at the start of its day. `true` for any
    /// other step.
    fn renewed_debt_unpaid(&self, step: &Step) -> bool {
        if self.claim.renewed_by(step).is_none() {
            return true;
        }
        let titles = &self.titles;
        let cases = limitation::cases_of(&self.facts, titles, step);
        self.invoices.iter().any(|s| {
            s.capital.is_positive()
                && cases
                    .as_deref()
                    .is_none_or(|cases| limitation::in_any_case(cases, s.due))
        })
    }

    /// Whether the verkställighet `step` enforces a judgment's unpaid litigation costs: those
    /// of a judgment that decided a case it is about ([`limitation::cases_of`]: its title's, or
    /// for a further year every case it renews; [`limitation::costs_in_case`]). A review found
    /// a further year of an ended case charged for the costs of a later judgment it does not
    /// enforce.
    fn enforces_costs(&self, step: &Step) -> bool {
        let costs = self.unpaid_costs_days();
        if costs.is_empty() {
            return false;
        }
        let titles = &self.titles;
        limitation::enforced_cases_of(&self.facts, titles, step)
            .iter()
            .any(|&case| limitation::costs_in_case(&self.facts, case, &costs))
    }

    /// The litigation costs of the judgments given on or before `awarded_by` unpaid (their fee
    /// lines' unpaid parts).
    fn costs_unpaid(&self, awarded_by: Date) -> Result<Money> {
        Money::sum(
            self.fee_lines
                .iter()
                .zip(&self.fee_unpaid)
                .filter(|(line, _)| line.kind == FeeKind::CourtCosts && line.date <= awarded_by)
                .map(|(_, unpaid)| *unpaid),
        )
    }

    /// Every overdue invoice with capital unpaid (the debts a reminder, inkassokrav or plan of
    /// `date` demands; one issued later or not yet due is not) is time-barred on `date` (its
    /// period, with the interruptions up to that day, ended before it), as
    /// [`Ledger::time_barred`] and `check`'s `TIME_BARRED_DEMANDED` judge it. No invoice can be
    /// before `earliest_bar`.
    fn all_unpaid_time_barred(&self, date: Date) -> Result<bool> {
        let mut unpaid = self
            .invoices
            .iter()
            .filter(|s| s.capital.is_positive() && date > s.due)
            .peekable();
        if unpaid.peek().is_none() {
            return Ok(false);
        }
        Ok(!self.any_alive(unpaid, date)?)
    }

    /// Whether one of `states` is not time-barred on `day` (its period, with the interruptions
    /// up to that day, ends on or after it). No invoice can be before `earliest_bar`.
    fn any_alive<'s>(
        &self,
        mut states: impl Iterator<Item = &'s InvoiceState>,
        day: Date,
    ) -> Result<bool> {
        if day.to_julian_day() <= self.earliest_bar {
            return Ok(states.next().is_some());
        }
        let payments = limitation::payments_per_invoice(&self.allocations, self.invoices.len());
        let steps = limitation::step_interruptions(&self.facts, Some(day))?;
        for state in states {
            let paid = payments.get(state.index).map_or(&[][..], Vec::as_slice);
            let l = limitation::of_invoice(self.claim, state.index, paid, &steps, Some(day))?;
            if l.preskription_date >= day {
                return Ok(true);
            }
        }
        Ok(false)
    }

    fn late_fee(&mut self, index: usize, date: Date) -> Result<()> {
        let Some(state) = self.invoices.get(index) else {
            return Ok(());
        };
        let unpaid = state.capital.is_positive();
        let (decision, next) = self.fees.decide_late_fee(date, unpaid)?;
        self.fees = next;
        match decision {
            FeeDecision::Charged {
                fee,
                amount,
                rule,
                absorbed,
            } => {
                let invoice = Some(state.number.clone());
                self.charge(
                    FeeLine {
                        kind: fee,
                        date,
                        amount,
                        unpaid: amount,
                        invoice,
                        step: None,
                        step_kind: None,
                        rule,
                        absorbed,
                        title: None,
                    },
                    Some(index),
                );
            }
            FeeDecision::NotCharged { reason, .. } => {
                let mut facts = no_late_fee_facts(&state.number, reason, date);
                // Cancelled by credit notes by its due date, in full or in part, rather than
                // paid (a review of payments, stop 65: one paid 600 and credited 400 was "paid
                // by its due date").
                let credited = self.credited_by(index, state.due)?;
                let amount = self.claim.invoices.get(index).map(|i| i.amount);
                if let Facts::NoLateFee { reason, .. } = &mut facts {
                    if *reason == NoLateFeeReason::PaidByDueDate && credited.is_positive() {
                        *reason = if amount.is_some_and(|a| credited >= a) {
                            NoLateFeeReason::CreditedByDueDate
                        } else {
                            NoLateFeeReason::PaidAndCreditedByDueDate
                        };
                    }
                }
                self.warnings
                    .push(Warning::new(Subject::Invoice(index), facts));
            }
        }
        Ok(())
    }

    /// For a betalningsföreläggande or verkställighet recorded `fee: false`: whether, claiming
    /// its fee on the same day (`fees`, `day`), it would have earned none for want of a debt
    /// ([`Statement::unclaimed_without_debt`]).
    #[cfg_attr(inkasso_size, optimize(size))]
    fn note_unclaimed_without_debt(
        &mut self,
        index: usize,
        step: &Step,
        fees: FeeState,
        day: DayState,
    ) -> Result<()> {
        let claimed = Step { fee: None, ..*step };
        let (would, _) = fees.decide_step(&claimed, day)?;
        let reason = would.iter().find_map(|d| match d {
            FeeDecision::NotCharged {
                reason:
                    reason @ (NoFeeReason::ClaimSettled
                    | NoFeeReason::NotOverdue
                    | NoFeeReason::EnforcedDebtPaid),
                ..
            } => Some(*reason),
            _ => None,
        });
        if let Some(reason) = reason {
            self.unclaimed_without_debt.push((index, reason));
        }
        Ok(())
    }

    /// Asks the fee rules ([`FeeState::decide_step`]) and applies their decisions.
    fn step(&mut self, index: usize, step: Step) -> Result<()> {
        let mut day = self.day_state(step.date)?;
        day.renewed_debt_unpaid = self.renewed_debt_unpaid(&step);
        if step.kind == StepKind::Enforcement {
            day.costs_unpaid = self.enforces_costs(&step);
            day.last_enforcement_fee = self.last_enforcement_fee(index, &step);
            day.last_enforcement_fee_claimed = day
                .last_enforcement_fee
                .is_none_or(|previous| self.enforcement_fee_claimed_on(previous));
            day.further_year = self.claim.renewed_by(&step).is_some();
            day.unpaid_under_minimum = self.unpaid_under_minimum(&step)?;
        }
        if crate::fees::is_collection_cost(step.kind) && step.claims_fee() && day.overdue {
            day.time_barred = self.all_unpaid_time_barred(step.date)?;
        }
        self.fee_earned_by.clear();
        if let Some(used) = self.fees.used_on(step.kind) {
            day.new_debt = self.new_debt_since(step.date, used)?;
            if day.new_debt && self.designated_payments {
                self.fee_earned_by.push(FeeEarnedBy::IssuedAfter(used));
            }
        }
        if step.kind == StepKind::Reminder {
            // Those of earlier days (a reminder sent with an inkassokrav on one day is judged
            // alike whichever is recorded first), the last named, unless the reminder is about
            // an invoice none of them was about: its first demand.
            let earlier: Vec<usize> = self
                .demands
                .iter()
                .filter(|(_, _, date)| *date < step.date)
                .map(|(i, _, _)| *i)
                .collect();
            let last = self
                .demands
                .iter()
                .rev()
                .find(|(_, _, date)| *date < step.date);
            day.demanded_by = match last {
                Some(&(_, kind, date)) if !self.debt_never_demanded(step.date, &earlier)? => {
                    Some((kind, date))
                }
                _ => None,
            };
            if last.is_some() && day.demanded_by.is_none() && self.designated_payments {
                self.fee_earned_by
                    .push(FeeEarnedBy::NeverDemandedBy(earlier));
            }
        }
        if crate::fees::takes_claim_past_reminders(step.kind) && day.overdue {
            self.demands.push((index, step.kind, step.date));
        }
        let mut court_value = None;
        if step.kind == StepKind::CourtAction {
            // A transferred case is about the invoices of the application disputed, valued on
            // the transfer's day.
            let order = self.claim.transferred_by(index);
            day.transferred = order.is_some();
            // The day its invoices are those overdue on: a transfer's, its application's.
            let case_day = order.unwrap_or(step.date);
            // An application to the court after an earlier one (a stämningsansökan, or the
            // transfer of a later betalningsföreläggande) is its own, with its own fee, for what
            // fell due since: the debt no earlier case is about (a review found the second
            // case's fee read as already charged by the first, one case's fee for two, and
            // then a later case's transfer charged no tilläggsavgift).
            let since = self.latest_filing_before(index, step.date);
            let mut valued_since = None;
            if let Some(since) = since {
                // The invoices of its case (not those an earlier title decided) that fell due
                // since, owed and not time-barred.
                // By the titles alone: a case asking again for a title's debt brings nothing
                // new (`check`'s CLAIM_ALREADY_DECIDED), and earns no fee of its own (a review
                // found one charged 900 kr once such a case was read as about that debt).
                let decided = limitation::latest_decided(&self.titles, case_day);
                day.new_debt = self.debt_alive_where(step.date, |s| {
                    s.due >= since && s.due < case_day && decided.is_none_or(|d| s.due >= d)
                })?;
                // Valued on them, and its fee a cost of them (a payment made for another
                // invoice does not pay it); one about nothing new is the earlier case's again,
                // valued on all of it (charged when the earlier one claimed no fee).
                if day.new_debt {
                    valued_since = Some(since);
                    if self.designated_payments {
                        self.fee_earned_by.push(FeeEarnedBy::DueSince(since));
                    }
                }
            }
            let value = self.claimed_value(case_day, step.date, valued_since)?;
            day.claimed = Some((step.date, value));
            court_value = Some((step.date, value));
        }
        let before = self.fees;
        let (decisions, next) = self.fees.decide_step(&step, day)?;
        self.fees = next;
        if step.fee == Some(false)
            && matches!(step.kind, StepKind::PaymentOrder | StepKind::Enforcement)
        {
            self.note_unclaimed_without_debt(index, &step, before, day)?;
        }
        // A verkställighet charged its grundavgift, or recorded without claiming it (`fee:
        // false`) where claimed it would have been charged (Kronofogden charged the creditor),
        // may start the claim's year; one that enforced nothing does not, nor one applied for
        // again within the year on a debt it already charged for (a diff review: the
        // timeline's own record of such an application, `fee: false`, started the year again
        // once recorded, and `check` found the further year it projected within a year).
        let charged_enforcement = |decisions: &[FeeDecision]| {
            decisions.iter().any(|d| {
                matches!(
                    d,
                    FeeDecision::Charged {
                        fee: FeeKind::EnforcementFee,
                        ..
                    }
                )
            })
        };
        let not_claimed = decisions.iter().any(|d| {
            matches!(
                d,
                FeeDecision::NotCharged {
                    fee: Some(FeeKind::EnforcementFee),
                    reason: NoFeeReason::NotClaimed,
                }
            )
        });
        let counts = if charged_enforcement(&decisions) {
            Some(true)
        } else if not_claimed {
            let claimed = Step { fee: None, ..step };
            let (would, _) = before.decide_step(&claimed, day)?;
            charged_enforcement(&would).then_some(false)
        } else {
            None
        };
        if let Some(charged) = counts {
            self.enforcement_fee_days.push((index, step.date, charged));
            if self.starts_enforcement_year(&step, charged)? {
                let further_year = self.claim.renewed_by(&step).is_some();
                self.enforcement_year = Some((step.date, further_year));
                self.enforcement_year_starts.push(index);
            }
        }
        let court_fee_charged = decisions.iter().any(|d| {
            matches!(
                d,
                FeeDecision::Charged {
                    fee: FeeKind::CourtFee | FeeKind::CourtTransferFee,
                    ..
                }
            )
        });
        for decision in decisions {
            self.apply_fee(index, step, decision);
        }
        // A court fee from the table, in a category judged on an assumed prisbasbelopp.
        if let (true, None, Some((valued_on, value))) = (court_fee_charged, step.costs, court_value)
        {
            self.note_assumed_prisbasbelopp(index, step.date, valued_on, value);
        }
        Ok(())
    }

    /// A [`WarningCode::PrisbasbeloppAssumed`] on court action `index` of `date` when its fee's
    /// category is judged on a prisbasbelopp the table does not have
    /// ([`crate::fees::prisbasbelopp_assumed`]).
    fn note_assumed_prisbasbelopp(
        &mut self,
        index: usize,
        date: Date,
        valued_on: Date,
        value: Money,
    ) {
        if let Some((assumed, assumed_year)) = crate::fees::prisbasbelopp_assumed(valued_on, value)
        {
            let facts = Facts::PrisbasbeloppAssumed {
                date,
                year: valued_on.year(),
                assumed,
                assumed_year,
                value,
            };
            self.warnings
                .push(Warning::new(Subject::Step(index), facts));
        }
    }

    fn apply_fee(&mut self, index: usize, step: Step, decision: FeeDecision) {
        let subject = Subject::Step(index);
        match decision {
            FeeDecision::Charged {
                fee,
                amount,
                rule,
                absorbed,
            } => {
                if absorbed.is_positive() {
                    let facts = Facts::FeeAbsorbedByLateFee {
                        fee,
                        kind: step.kind,
                        date: step.date,
                        charged: amount,
                    };
                    self.warnings.push(Warning::new(subject, facts));
                }
                // Costs named by the judgment's title, as the steps show it.
                let title = match fee {
                    FeeKind::CourtCosts => title_of_step(self.claim, step.kind, step.date),
                    _ => None,
                };
                let rule = match fee {
                    FeeKind::CourtCosts => crate::fees::court_costs_rule(title),
                    _ => rule,
                };
                self.charge(
                    FeeLine {
                        kind: fee,
                        date: step.date,
                        amount,
                        unpaid: amount,
                        invoice: None,
                        step: Some(index),
                        step_kind: Some(step.kind),
                        rule,
                        absorbed,
                        title,
                    },
                    None,
                );
            }
            FeeDecision::NotCharged { fee, reason } => {
                // A reminder after the claim went past reminders earns no fee however the
                // interest comes out (lag 1981:739 4 §): no hedge for it.
                let past_reminders = step.kind == StepKind::Reminder && !self.demands.is_empty();
                let unvalued = self.capital_paid_unvalued && !past_reminders;
                if let Some(facts) = no_fee_facts(fee, step, reason, unvalued, self.claim) {
                    self.warnings.push(Warning::new(subject, facts));
                }
            }
        }
    }

    /// Whether interest of days so far was left out because the rate table does not cover
    /// them (a `RATE_NOT_COVERED` warning of a half-year): a payment applied since may have
    /// paid capital, or exceeded the claim, only because that interest is missing.
    fn interest_left_out(&self) -> bool {
        // Left out (no row), or at an assumed rate (a projection's, or a caller's guess): the
        // interest of those days is not known either way (the demo review: a timeline at the
        // assumed rate called the claim overpaid outright).
        self.warnings.iter().any(|w| {
            matches!(
                w.code,
                WarningCode::RateNotCovered | WarningCode::RateAssumed
            ) && matches!(w.subject, Subject::HalfYear(_))
        })
    }

    /// Charges `line`, an invoice's own fee when `owner` (its index) is given.
    fn charge(&mut self, line: FeeLine, owner: Option<usize>) {
        if self.designated_payments {
            let scope = match (owner, line.step) {
                (None, Some(step)) => self.step_fee_scope(step),
                _ => None,
            };
            self.fee_scope.push(scope);
        }
        self.fee_unpaid.push(line.amount);
        self.fee_owner.push(owner);
        self.fee_lines.push(line);
    }

    /// The invoices the fee of step `index` is a cost of, for a payment made for one invoice:
    /// those issued by its day that it was about (a reminder, inkassokrav or final notice is
    /// about the invoices past their due date on its day with capital unpaid, as `letter` and
    /// the timeline read a letter's coverage; legal action about those of its case,
    /// [`limitation::cases_of`], that still owe capital or interest on its day). `None` for a
    /// step the claim does not have.
    fn step_fee_scope(&self, index: usize) -> Option<Acknowledged> {
        let step = self.claim.steps.get(index)?;
        let letter = matches!(
            step.kind,
            StepKind::Reminder | StepKind::CollectionDemand | StepKind::FinalNotice
        );
        let cases = limitation::cases_of(&self.facts, &self.titles, step);
        let demands = match self
            .fee_earned_by
            .iter()
            .any(|e| matches!(e, FeeEarnedBy::NeverDemandedBy(_)))
        {
            true => {
                limitation::step_interruptions(&self.facts, Some(step.date)).unwrap_or_default()
            }
            false => Vec::new(),
        };
        let earned_by = |issued: Date, due: Date| {
            self.fee_earned_by.iter().all(|e| match e {
                FeeEarnedBy::IssuedAfter(used) => issued > *used,
                FeeEarnedBy::DueSince(since) => due >= *since,
                FeeEarnedBy::NeverDemandedBy(earlier) => !demands.iter().any(|d| {
                    d.date < step.date && earlier.contains(&d.index) && d.concerns(issued, due)
                }),
            })
        };
        Some(
            self.invoices
                .iter()
                .enumerate()
                .filter(|(_, s)| {
                    self.claim.invoices.get(s.index).is_some_and(|invoice| {
                        invoice.issue_date <= step.date && earned_by(invoice.issue_date, s.due)
                    }) && (!letter || (step.date > s.due && s.capital.is_positive()))
                        && cases
                            .as_deref()
                            .is_none_or(|c| limitation::in_any_case(c, s.due))
                        // Legal action seeks what is owed: not an invoice paid off by then (a
                        // B2B review, stop 70, found a payment made for an invoice paid on its
                        // due date paying a later betalningsföreläggande's costs).
                        && (letter || s.capital.is_positive() || s.interest.is_positive())
                })
                .map(|(i, _)| i)
                .collect(),
        )
    }

    /// Allocates one payment (see [`allocate`]) and records it; the rest is a credit.
    fn allocate(&mut self, index: usize, payment: &Payment) -> Result<()> {
        let designated = self.payment_invoice.get(index).copied().flatten();
        let parts = allocate(
            payment.amount,
            &mut self.fee_unpaid,
            &self.fee_owner,
            &self.fee_scope,
            &mut self.invoices,
            &self.priority,
            designated,
        )?;
        if (parts.capital.is_positive() || parts.credit.is_positive()) && self.interest_left_out() {
            self.capital_paid_unvalued = true;
        }
        if parts.credit.is_positive() {
            self.credit = self.credit.checked_add(parts.credit)?;
            let facts = Facts::Overpaid {
                date: payment.date,
                unvalued: self.interest_left_out(),
            };
            self.warnings
                .push_unique(Warning::new(Subject::Payment(index), facts));
        }
        self.allocations.push(Allocation {
            payment: index,
            date: payment.date,
            amount: payment.amount,
            fees: parts.fees,
            interest: parts.interest,
            capital: parts.capital,
            credit: parts.credit,
            invoices: parts.invoices,
        });
        Ok(())
    }

    /// [`WarningCode::PaymentOrderDisputed`] for each betalningsföreläggande on or before the
    /// statement date that a `dispute` followed by then (the first one on or after its day,
    /// before any later `paymentOrder`, with no `enforcement` or `judgment` between: that one
    /// is after a title), with no `judgment` recorded from the dispute to the statement date,
    /// whose costs were charged (a debtor-side review, stop 50: the 680 kr
    /// stood as owed with no word).
    fn disputed_payment_orders(&mut self) -> Result<()> {
        let as_of = self.options.as_of;
        let steps = &self.claim.steps;
        for (index, order) in steps.iter().enumerate() {
            if order.kind != StepKind::PaymentOrder || order.date > as_of {
                continue;
            }
            let next_order = steps
                .iter()
                .filter(|s| s.kind == StepKind::PaymentOrder && s.date > order.date)
                .map(|s| s.date)
                .min();
            let Some(disputed) = steps
                .iter()
                .filter(|s| {
                    s.is_dispute()
                        && s.date >= order.date
                        && s.date <= as_of
                        && next_order.is_none_or(|next| s.date < next)
                })
                .map(|s| s.date)
                .min()
            else {
                continue;
            };
            // A verkställighet or judgment between the application and the dispute: the order
            // gave its utslag (a title) before the dispute, which is then about what the title
            // left out (as `letter` and `check` read it), not this application.
            let titled = steps.iter().any(|s| {
                matches!(s.kind, StepKind::Enforcement | StepKind::Judgment)
                    && s.date >= order.date
                    && s.date <= disputed
            });
            if titled {
                continue;
            }
            let judged = steps
                .iter()
                .any(|s| s.kind == StepKind::Judgment && s.date >= disputed && s.date <= as_of);
            let costs = self.charged_for_step(index, |_| true)?;
            // The case transferred to the tingsrätt: a court action after the dispute, before
            // any later application.
            let transferred = steps
                .iter()
                .filter(|s| {
                    s.kind == StepKind::CourtAction
                        && s.date >= disputed
                        && s.date <= as_of
                        && next_order.is_none_or(|next| s.date < next)
                })
                .map(|s| s.date)
                .min();
            if !judged && costs.is_positive() {
                self.warnings.push(Warning::new(
                    Subject::Step(index),
                    Facts::PaymentOrderDisputed {
                        date: order.date,
                        disputed,
                        costs,
                        transferred,
                    },
                ));
            }
        }
        Ok(())
    }

    /// The fees step `index` charged, of the kinds `keep` takes.
    fn charged_for_step(&self, index: usize, keep: impl Fn(FeeKind) -> bool) -> Result<Money> {
        Money::sum(
            self.fee_lines
                .iter()
                .filter(|l| l.step == Some(index) && keep(l.kind))
                .map(|l| l.amount),
        )
    }

    /// [`WarningCode::CourtCasePending`] for each court action on or before the statement
    /// date that charged the tingsrätt's fee, with no judgment recorded on or after its day
    /// through that date: the fee is a litigation cost, owed only if the court awards it.
    fn pending_court_cases(&mut self) -> Result<()> {
        let as_of = self.options.as_of;
        let steps = &self.claim.steps;
        for (index, action) in steps.iter().enumerate() {
            if action.kind != StepKind::CourtAction || action.date > as_of {
                continue;
            }
            // A judgment, or a verkställighet (which rests on a title: `limitation` reads one
            // after a court action as ending its case), since the action; not a further year
            // of an earlier one (it rests on that one's title, and the timeline holds the case
            // pending: a diff review).
            let judged = steps.iter().any(|s| {
                matches!(s.kind, StepKind::Judgment | StepKind::Enforcement)
                    && self.claim.renewed_by(s).is_none()
                    && s.date >= action.date
                    && s.date <= as_of
            });
            let fee = self.charged_for_step(index, |kind| {
                matches!(kind, FeeKind::CourtFee | FeeKind::CourtTransferFee)
            })?;
            let transfer = self
                .charged_for_step(index, |kind| kind == FeeKind::CourtTransferFee)?
                .is_positive();
            if !judged && fee.is_positive() {
                self.warnings.push(Warning::new(
                    Subject::Step(index),
                    Facts::CourtCasePending {
                        date: action.date,
                        transfer,
                        fee,
                    },
                ));
            }
        }
        Ok(())
    }

    /// A warning for each invoice with capital unpaid that is time-barred on the statement
    /// date (its period, with the interruptions up to that day, ended before it;
    /// [`Ledger::preskription_dates`]).
    fn time_barred(&mut self) -> Result<()> {
        for (index, preskription_date) in self.time_barred_on(self.options.as_of)? {
            let number = self
                .invoices
                .get(index)
                .map(|s| s.number.clone())
                .unwrap_or_default();
            let facts = Facts::TimeBarred {
                invoice: number,
                preskription_date,
            };
            self.warnings
                .push(Warning::new(Subject::Invoice(index), facts));
        }
        Ok(())
    }

    /// The invoices (index, preskription date) with capital unpaid in these accounts that are
    /// time-barred on `as_of`, in claim order: the statement's `TIME_BARRED` warnings on
    /// `as_of` when the accounts hold the events up to it ([`Ledger::time_barred`]).
    fn time_barred_on(&self, as_of: Date) -> Result<Vec<(usize, Date)>> {
        let mut barred = Vec::new();
        if self.invoices.iter().all(|s| !s.capital.is_positive()) {
            return Ok(barred);
        }
        for (index, date) in self.preskription_dates(as_of)?.into_iter().enumerate() {
            if let Some(date) = date.filter(|&d| d < as_of) {
                barred.push((index, date));
            }
        }
        Ok(barred)
    }

    /// Each invoice's preskription date with the interruptions up to `as_of` (`None` for one
    /// with no capital unpaid in these accounts), in claim order.
    ///
    /// Which invoices a payment interrupts follows its allocation: where this statement left
    /// days after the rate table unvalued before a payment, the allocation of the claim valued
    /// with the last known referensränta assumed for them ([`Ledger::assumed_for_barring`]), as
    /// `check`, `limitation`, `letter`, the timeline and instalment plans judge it.
    fn preskription_dates(&self, as_of: Date) -> Result<Vec<Option<Date>>> {
        let assumed = self.assumed_for_barring(as_of)?;
        let allocations = assumed
            .as_ref()
            .map_or(&self.allocations, |s| &s.allocations);
        let payments = limitation::payments_per_invoice(allocations, self.invoices.len());
        let steps = limitation::step_interruptions(&self.facts, Some(as_of))?;
        let mut dates = Vec::with_capacity(self.invoices.len());
        for (index, state) in self.invoices.iter().enumerate() {
            if !state.capital.is_positive() {
                dates.push(None);
                continue;
            }
            let paid = payments.get(index).map_or(&[][..], Vec::as_slice);
            let l = limitation::of_invoice(self.claim, index, paid, &steps, Some(as_of))?;
            dates.push(Some(l.preskription_date));
        }
        Ok(dates)
    }

    /// The claim valued with the last known referensränta assumed past the rate table, when
    /// this statement (not strict) has a payment after the table's last day: its interest of
    /// those days is unvalued here, so the payment would seem to pay capital it does not.
    /// `None` otherwise (the allocations are the same).
    #[cfg_attr(inkasso_size, optimize(size))]
    fn assumed_for_barring(&self, as_of: Date) -> Result<Option<Statement>> {
        if self.options.strict_rates {
            return Ok(None);
        }
        let Some(end) = self.options.rates.last_day() else {
            return Ok(None);
        };
        if self.allocations.iter().all(|a| a.date <= end) {
            return Ok(None);
        }
        let rates = self
            .options
            .rates
            .assuming_through(calendar::next_day(as_of).unwrap_or(as_of))?;
        statement_of_valid(
            self.claim,
            &StatementOptions {
                as_of,
                rates: &rates,
                strict_rates: false,
                detail: Detail::Summary,
            },
        )
        .map(Some)
    }

    fn finish(mut self) -> Result<Statement> {
        self.time_barred()?;
        self.disputed_payment_orders()?;
        self.pending_court_cases()?;
        let per_diem = per_diem(
            &self.invoices,
            self.claim.day_count,
            self.options,
            &mut self.warnings,
        )?;
        let capital = Money::sum(self.invoices.iter().map(|s| s.capital))?;
        let interest = Money::sum(self.invoices.iter().map(|s| s.interest))?;
        let fees = Money::sum(self.fee_unpaid.iter().copied())?;
        let total = Money::sum([capital, interest, fees])?;
        let mut interest_lines = Vec::new();
        let mut invoices = Vec::with_capacity(self.invoices.len());
        for state in self.invoices {
            invoices.push(InvoiceStatus {
                number: state.number,
                effective_due_date: state.due,
                interest_from: state.first_day,
                capital: state.capital,
                interest: state.interest,
            });
            interest_lines.extend(state.lines);
        }
        let mut warnings = self.warnings.into_vec();
        crate::warning::merge_half_year_runs(&mut warnings);
        let mut fee_lines = self.fee_lines;
        for (line, unpaid) in fee_lines.iter_mut().zip(&self.fee_unpaid) {
            line.unpaid = *unpaid;
        }
        Ok(Statement {
            as_of: self.options.as_of,
            capital,
            interest,
            fees,
            total,
            credit: self.credit,
            per_diem,
            interest_lines,
            fee_lines,
            allocations: self.allocations,
            invoices,
            warnings,
            enforcement_year_starts: self.enforcement_year_starts,
            unclaimed_without_debt: self.unclaimed_without_debt,
            demanded_by: self.demands.last().map(|&(_, kind, date)| (kind, date)),
            demand_steps: self.demands.iter().map(|&(i, _, _)| i).collect(),
            fee_unpaid: self.fee_unpaid,
        })
    }
}

/// The amounts of a statement on one date ([`Replay::totals_on`]). Serialised as the JS API's
/// `totals` writes a date's record, but for its `timeBarred` ([`Replay::time_barred_on`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Totals {
    /// The date.
    #[serde(serialize_with = "serialize_date")]
    pub as_of: Date,
    /// Capital outstanding.
    pub capital: Money,
    /// Interest outstanding.
    pub interest: Money,
    /// Fees outstanding.
    pub fees: Money,
    /// What settles the claim if paid that day.
    pub total: Money,
    /// Overpaid, owed back to the debtor.
    pub credit: Money,
    /// Interest of the next day on the capital outstanding, as [`Statement::per_diem`].
    pub per_diem: Money,
    /// The rate table does not cover a half-year of the interest through `as_of` or of the
    /// per diem: that interest is left out of these figures (the statement's
    /// [`crate::warning::WarningCode::RateNotCovered`] warning), so they are short of what is owed.
    pub rate_not_covered: bool,
    /// A row of the table marked [`RateStatus::Assumed`] (a caller's guess at a referensränta
    /// not published yet) gave the rate of some of this interest or of the per diem (the
    /// statement's [`crate::warning::WarningCode::RateAssumed`] warning): the figures are
    /// assumed.
    pub assumed: bool,
    /// A row of the table marked [`RateStatus::Provisional`] (a referensränta not yet
    /// confirmed against the Riksbank's notice, as the embedded table's last half-year may be)
    /// gave the rate of some of this interest or of the per diem (the statement's
    /// [`crate::warning::WarningCode::ProvisionalRate`] warning): check the figures once it is.
    pub provisional: bool,
}

impl Totals {
    /// The amounts of `statement`.
    pub fn of(statement: &Statement) -> Totals {
        Totals {
            as_of: statement.as_of,
            capital: statement.capital,
            interest: statement.interest,
            fees: statement.fees,
            total: statement.total,
            credit: statement.credit,
            per_diem: statement.per_diem,
            rate_not_covered: any_of(&statement.warnings, WarningCode::RateNotCovered),
            assumed: any_of(&statement.warnings, WarningCode::RateAssumed),
            provisional: any_of(&statement.warnings, WarningCode::ProvisionalRate),
        }
    }
}

/// Whether `warnings` hold one of `code` ([`Totals::rate_not_covered`]: `RATE_NOT_COVERED`;
/// [`Totals::assumed`]: `RATE_ASSUMED`; [`Totals::provisional`]: `PROVISIONAL_RATE`).
fn any_of<'w>(warnings: impl IntoIterator<Item = &'w Warning>, code: WarningCode) -> bool {
    warnings.into_iter().any(|w| w.code == code)
}

/// One replay of a claim answering statements on many dates (issue 15: `totals(claim, dates)`,
/// a chart, a "what if I pay later" slider): the events are applied once, in order, and each
/// statement is a copy of the running accounts closed on its date. Each statement equals
/// [`statement`] on that date (a test compares them day by day), unless
/// [`Replay::totals_with_payments_on`] has left payments out: they stay out of every later
/// call until one counts them in. Dates in increasing order cost least; for dates in any
/// order, [`Replay::totals_of_dates`] works them out in date order (as the JS API's
/// `totals(claim, dates)` does).
///
/// # Totals on many dates
/// Between two events the accounts only accrue interest, and the lines of the half-years
/// before a date's do not depend on the date (lines split at 1 January and 1 July, each rounded
/// by itself). So [`Replay::totals_on`] closes them once per half-year asked, and again after
/// an event; each date then costs one line per invoice (the open half-year's days through the
/// date) and the per diem, itself kept while its inputs do not change. A date on
/// which anything would fail (a rate the strict mode refuses, too many lines, an overflow) is
/// answered by closing a copy of the accounts, as [`statement`] does, so the error is the
/// statement's.
pub struct Replay<'a> {
    ledger: Ledger<'a>,
    /// Every event of the claim, in order.
    events: Vec<Event>,
    /// The first event not yet applied.
    next: usize,
    /// The accounts closed through the half-year before the last date's, for that date's
    /// half-year (`None` in the second place when closing them failed); dropped when an event
    /// is applied.
    accrued: Option<(HalfYear, Option<Accrued>)>,
    /// The payments from this index on are left out ([`Replay::totals_with_payments_on`]).
    payments: usize,
    /// Each invoice's preskription date ([`Ledger::preskription_dates`]) for the events
    /// applied (the first of the key) and the steps known (dated by the date asked, the
    /// second): kept while neither changes ([`Replay::time_barred_on`]).
    preskription: Option<(ReplayPoint, Vec<Option<Date>>)>,
}

impl core::fmt::Debug for Replay<'_> {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Replay")
            .field("events", &self.events.len())
            .field("applied", &self.next)
            .finish_non_exhaustive()
    }
}

/// Where a [`Replay`] stands for preskription: the events applied and the steps known.
type ReplayPoint = (usize, usize);

/// The checks of a statement's date, made before anything is applied (by [`statement`] and
/// by [`Replay`] for each date): within the engine's range, and not before the first invoice
/// was issued (at `asOf`).
fn check_statement_date(claim: &Claim, as_of: Date) -> Result<()> {
    calendar::check_range(as_of).map_err(|e| e.at("asOf"))?;
    match claim.first_issue_date() {
        Some(first) if as_of < first => Err(Error::new(
            ErrorCode::AsOfBeforeIssue,
            message(
                "the statement date {0} is before the first invoice was issued ({1})",
                &[Arg::Date(as_of), Arg::Date(first)],
            ),
        )
        .at("asOf")),
        _ => Ok(()),
    }
}

impl<'a> Replay<'a> {
    /// Starts the replay of a claim, after [`Claim::validate`] (its error, as [`statement`]
    /// gives it). `options.as_of` is not used: each statement has its own date.
    ///
    /// The replay borrows the options: bind them to a variable first (a temporary
    /// `&StatementOptions::new(…)` would be dropped while still borrowed).
    ///
    /// ```
    /// use inkasso::calendar::parse_date as date;
    /// use inkasso::statement::Replay;
    /// use inkasso::{Claim, DebtorKind, Invoice, Money, StatementOptions};
    ///
    /// let claim = Claim::new(
    ///     DebtorKind::Consumer,
    ///     vec![Invoice::new("1", Money::parse("1000.00")?, date("2025-01-01")?, Some(date("2025-01-31")?))],
    /// );
    /// let options = StatementOptions::new(date("2025-01-01")?);
    /// let mut replay = Replay::new(&claim, &options)?;
    /// let february = replay.totals_on(date("2025-02-28")?)?;
    /// let march = replay.totals_on(date("2025-03-31")?)?;
    /// assert_eq!(february.total.to_string(), "1008.44");
    /// assert!(march.total > february.total);
    /// # Ok::<(), inkasso::Error>(())
    /// ```
    pub fn new(claim: &'a Claim, options: &'a StatementOptions<'a>) -> Result<Self> {
        claim.validate()?;
        Replay::of_valid(claim, options)
    }

    /// [`Replay::new`] of a claim that [`Claim::validate`] (or the engine's own check of a
    /// copy it extended) has already accepted.
    pub(crate) fn of_valid(claim: &'a Claim, options: &'a StatementOptions<'a>) -> Result<Self> {
        let ledger = Ledger::new(claim, options)?;
        let (events, _) = events_of(claim, &ledger.invoices, Date::MAX);
        Ok(Replay {
            ledger,
            events,
            next: 0,
            accrued: None,
            payments: usize::MAX,
            preskription: None,
        })
    }

    /// The statement on `as_of`, as [`statement`] with the replay's options on that date would
    /// give it. Dates should not decrease from one call to the next; an earlier date than an
    /// event already applied starts the replay again.
    pub fn statement_on(&mut self, as_of: Date) -> Result<Statement> {
        self.advance(as_of)?;
        let options = StatementOptions {
            as_of,
            ..*self.ledger.options
        };
        let later = self.events.get(self.next..).unwrap_or_default();
        let mut warnings = WarningList::default();
        warnings.extend(after_as_of(later));
        warnings.extend(self.ledger.warnings.iter().cloned());
        let mut snapshot = Ledger {
            options: &options,
            warnings,
            ..self.ledger.clone()
        };
        snapshot.accrue_all(as_of)?;
        snapshot.finish()
    }

    /// The invoices with capital unpaid on `as_of` that are time-barred on it (preskriptionslagen),
    /// by number, in claim order: the invoices of the `TIME_BARRED` warnings of
    /// [`Replay::statement_on`] (a test compares them). Each invoice's preskription date is
    /// worked out again only when an event or a step comes between two dates asked.
    ///
    /// ```
    /// use inkasso::calendar::parse_date as date;
    /// use inkasso::statement::Replay;
    /// use inkasso::{Claim, DebtorKind, Invoice, Money, StatementOptions};
    ///
    /// // A consumer's debt for a service: three years (preskriptionslagen 2 § 2 st.).
    /// let claim = Claim::new(
    ///     DebtorKind::Consumer,
    ///     vec![Invoice::new("1", Money::parse("1000.00")?, date("2020-01-01")?, Some(date("2020-01-31")?))],
    /// );
    /// let options = StatementOptions::new(date("2020-01-01")?);
    /// let mut replay = Replay::new(&claim, &options)?;
    /// assert!(replay.time_barred_on(date("2023-01-01")?)?.is_empty());
    /// assert_eq!(replay.time_barred_on(date("2023-01-02")?)?, ["1"]);
    /// # Ok::<(), inkasso::Error>(())
    /// ```
    pub fn time_barred_on(&mut self, as_of: Date) -> Result<Vec<&'a str>> {
        self.advance(as_of)?;
        self.time_barred_now(as_of)
    }

    /// [`Replay::time_barred_on`] right after [`Replay::totals_on`] of the same date (the
    /// events through `as_of` applied, none after it).
    pub(crate) fn time_barred_now(&mut self, as_of: Date) -> Result<Vec<&'a str>> {
        let claim = self.ledger.claim;
        let known = claim.steps.iter().filter(|s| s.date <= as_of).count();
        let key = (self.next, known);
        if let Some(((next, k), dates)) = &self.preskription {
            // Only payments and credit notes applied since (later than every event counted):
            // each preskription date can only have moved later, so none unpaid and not
            // time-barred then is time-barred now if none was on `as_of`.
            let later_events_only = *k == known && *next <= self.next;
            if (*next, *k) != key && later_events_only && self.none_barred_by(dates, as_of) {
                return Ok(Vec::new());
            }
        }
        let dates = match &self.preskription {
            Some((k, dates)) if *k == key => dates,
            _ => {
                let dates = self.ledger.preskription_dates(as_of)?;
                &self.preskription.insert((key, dates)).1
            }
        };
        let barred = dates
            .iter()
            .zip(&claim.invoices)
            .filter(|(date, _)| date.is_some_and(|d| d < as_of))
            .map(|(_, invoice)| invoice.number.as_str())
            .collect();
        Ok(barred)
    }

    /// Whether `dates` (preskription dates worked out before the events applied since, none of
    /// them a step) show no invoice with capital unpaid now time-barred on `as_of`: each
    /// unpaid one had a date then (it was unpaid) of `as_of` or later.
    fn none_barred_by(&self, dates: &[Option<Date>], as_of: Date) -> bool {
        self.ledger
            .invoices
            .iter()
            .zip(dates)
            .all(|(state, date)| !state.capital.is_positive() || date.is_some_and(|d| d >= as_of))
    }

    /// Each invoice's capital unpaid on `as_of`, in claim order (zero before its issue date):
    /// `invoices[i].capital` of [`Replay::statement_on`], without closing the interest (the
    /// capital changes only with events).
    pub fn capital_on(&mut self, as_of: Date) -> Result<Vec<Money>> {
        self.advance(as_of)?;
        Ok(self.ledger.invoices.iter().map(|s| s.capital).collect())
    }

    /// The amounts of [`Replay::statement_on`] (capital, interest, fees, total, credit, per
    /// diem), or its error, without building the statement or its warnings: about one interest
    /// line per invoice per date while the dates increase (see [`Replay`]).
    pub fn totals_on(&mut self, as_of: Date) -> Result<Totals> {
        self.totals(as_of, false).map(|(totals, _)| totals)
    }

    /// [`Replay::totals_on`] of each of `dates`, in the caller's order, worked out in date order
    /// on this replay (one pass however the dates are ordered: a date before the last one
    /// asked would start the replay over): the JS API's `totals(claim, dates)` without its
    /// time-barred invoices ([`Replay::time_barred_on`] gives them). An error is the first
    /// failing date's in the caller's order, named at `dates[i]` (an invoice whose interest
    /// starts before the rate table keeps its own path). A Rust user's review found 2 000
    /// shuffled dates taking 1.8 s through [`Replay::totals_on`], 8 ms sorted.
    pub fn totals_of_dates(&mut self, dates: &[Date]) -> Result<Vec<Totals>> {
        let mut order: Vec<usize> = (0..dates.len()).collect();
        crate::sort::sort_by_key(&mut order, |&i| dates.get(i).copied());
        let mut out: Vec<Option<Totals>> = Vec::new();
        out.resize_with(dates.len(), || None);
        let mut failed: Option<(usize, Error)> = None;
        let named = |i: usize, e: Error| {
            if e.field().is_none() || e.field() == Some("asOf") {
                e.at(crate::error::item_path("dates", i, ""))
            } else {
                e
            }
        };
        for (position, &i) in order.iter().enumerate() {
            // A date after the first failure in the caller's order cannot be the one named.
            if failed.as_ref().is_some_and(|(first, _)| i > *first) {
                continue;
            }
            let Some(&as_of) = dates.get(i) else {
                continue;
            };
            match self.totals_on(as_of) {
                Ok(totals) => {
                    if let Some(slot) = out.get_mut(i) {
                        *slot = Some(totals);
                    }
                }
                Err(e) => {
                    let ask = |first: usize| self.totals_on(*dates.get(first)?).err();
                    if let Some((first, error)) =
                        failure_past_line_cap(&order, position, i, &e, ask)
                    {
                        if failed.as_ref().is_none_or(|(f, _)| first < *f) {
                            failed = Some((first, named(first, error)));
                        }
                        break;
                    }
                    failed = Some((i, named(i, e)));
                }
            }
        }
        match failed {
            Some((_, e)) => Err(e),
            None => Ok(out.into_iter().flatten().collect()),
        }
    }

    /// [`Replay::totals_on`] of the claim with only its first `payments` payments, for a
    /// caller that adds payments as its dates go by (an instalment plan by amount,
    /// [`crate::plan`]): one replay instead of a statement per date. Every payment left out
    /// must be dated `as_of` or later; they stay left out of later calls until one counts
    /// them in.
    pub fn totals_with_payments_on(&mut self, as_of: Date, payments: usize) -> Result<Totals> {
        let applied = self.events.get(..self.next).unwrap_or_default();
        let applied_beyond = applied
            .iter()
            .any(|e| e.kind == EventKind::Payment && e.index >= payments);
        self.payments = payments;
        if applied_beyond {
            self.restart()?;
        }
        self.totals_on(as_of)
    }

    /// [`Replay::totals_on`], with the warnings of the statement on `as_of` but its
    /// `AFTER_AS_OF`, `TIME_BARRED` and `PAYMENT_ORDER_DISPUTED` ones (a statement's judgements
    /// of the whole history), in the same order: the events' up to `as_of`, the
    /// interest's and the per diem's (what a caller needs to know whether an assumed or
    /// provisional rate was used).
    pub fn totals_and_warnings_on(&mut self, as_of: Date) -> Result<(Totals, Vec<Warning>)> {
        self.totals(as_of, true)
    }

    /// The totals on `as_of`, with the warnings when `warnings` is set (else none).
    fn totals(&mut self, as_of: Date, warnings: bool) -> Result<(Totals, Vec<Warning>)> {
        self.advance(as_of)?;
        let half_year = HalfYear::of(as_of);
        match &mut self.accrued {
            Some((h, _)) if *h == half_year => {}
            // A later half-year with no event since: the accounts closed so far are closed
            // further, not again from the ledger (dates years apart cost each half-year once).
            Some((h, slot @ Some(_))) if *h < half_year => {
                *h = half_year;
                if let Some(accrued) = slot {
                    if accrued.advance(&self.ledger, half_year).is_err() {
                        *slot = None;
                    }
                }
            }
            _ => {
                let accrued = Accrued::new(&self.ledger, half_year).ok();
                self.accrued = Some((half_year, accrued));
            }
        }
        let accrued = self.accrued.as_mut().and_then(|(_, a)| a.as_mut());
        match accrued.map(|a| a.totals_on(&self.ledger, as_of, warnings)) {
            Some(Ok(Some(found))) => Ok(found),
            _ => self.closed_on(as_of, warnings),
        }
    }

    /// The totals on `as_of` from a copy of the accounts closed through it: what [`statement`]
    /// does, error included.
    fn closed_on(&self, as_of: Date, keep_warnings: bool) -> Result<(Totals, Vec<Warning>)> {
        let ledger = &self.ledger;
        let options = StatementOptions {
            as_of,
            ..*ledger.options
        };
        let ctx = AccrualContext {
            keep_lines: false,
            ..ledger.accrual_context()
        };
        let mut invoices: Vec<InvoiceState> =
            ledger.invoices.iter().map(InvoiceState::account).collect();
        let mut warnings = if keep_warnings {
            ledger.warnings.clone()
        } else {
            WarningList::default()
        };
        let mut line_count = ledger.line_count;
        for state in &mut invoices {
            ctx.accrue(state, as_of, &mut warnings, &mut line_count)?;
        }
        let per_diem = per_diem(&invoices, ledger.claim.day_count, &options, &mut warnings)?;
        let (capital, fees) = ledger.capital_and_fees()?;
        let interest = Money::sum(invoices.iter().map(|s| s.interest))?;
        let said = |code| {
            any_of(warnings.iter(), code)
                || (!keep_warnings && any_of(ledger.warnings.iter(), code))
        };
        let rate_not_covered = said(WarningCode::RateNotCovered);
        let assumed = said(WarningCode::RateAssumed);
        let provisional = said(WarningCode::ProvisionalRate);
        let totals = Totals {
            as_of,
            capital,
            interest,
            fees,
            total: Money::sum([capital, interest, fees])?,
            credit: ledger.credit,
            per_diem,
            rate_not_covered,
            assumed,
            provisional,
        };
        let mut warnings = warnings.into_vec();
        crate::warning::merge_half_year_runs(&mut warnings);
        Ok((totals, warnings))
    }

    /// Checks `as_of` as [`statement`] does and applies every event up to it (from the start
    /// again when it is earlier than an event already applied).
    fn advance(&mut self, as_of: Date) -> Result<()> {
        check_statement_date(self.ledger.claim, as_of)?;
        let applied_before = self.next.checked_sub(1).and_then(|i| self.events.get(i));
        if applied_before.is_some_and(|e| e.date > as_of) {
            self.restart()?;
        }
        while let Some(event) = self.events.get(self.next).copied() {
            // A payment left out comes after every other event of its day (events are in
            // date, kind, index order; payments are the last kind).
            let left_out = event.kind == EventKind::Payment && event.index >= self.payments;
            if event.date > as_of || left_out {
                break;
            }
            self.accrued = None;
            if let Err(e) = self.ledger.apply(event) {
                // The event may have changed the accounts in part: the next date starts again
                // (and meets the same error, as a statement would).
                self.restart()?;
                return Err(e);
            }
            self.next = self.next.saturating_add(1);
        }
        Ok(())
    }

    /// Back to the accounts before any event.
    fn restart(&mut self) -> Result<()> {
        self.ledger = Ledger::new(self.ledger.claim, self.ledger.options)?;
        self.next = 0;
        self.accrued = None;
        Ok(())
    }
}

/// The replay's accounts closed through the end of the half-year before a date's, for every
/// date of that half-year until the next event ([`Replay`]).
struct Accrued {
    /// Each invoice, in claim order.
    invoices: Vec<Closed>,
    /// The interest lines counted so far: the ledger's and the closed half-years'.
    lines: usize,
    /// Capital outstanding (it changes only with events).
    capital: Money,
    /// Fees outstanding (they change only with events).
    fees: Money,
    /// The interest of the closed half-years; a date adds its open lines. Sums of amounts are
    /// exact (whole öre, far from the decimals' 28 digits), so they equal the statement's sums
    /// in any order.
    interest: Money,
    /// Capital + the closed half-years' interest + fees; a date adds its open lines.
    total: Money,
    /// The last per diem computed.
    per_diem: Option<LastPerDiem>,
    /// Which of [`FLAG_CODES`] the ledger's warnings and the closed half-years' hold, worked
    /// out once per [`Accrued::advance`] (the ledger does not change while this lives): an
    /// invoice's warnings grow by one for each half-year the table does not cover, and looking
    /// through them on each date cost 1 ms a date for 1 000 invoices two centuries past the
    /// table (a red team: 3 000 dates, 3 s).
    closed_flags: [bool; 3],
}

/// The warning codes a date's [`Totals`] flag: `rate_not_covered`, `assumed`, `provisional`.
const FLAG_CODES: [WarningCode; 3] = [
    WarningCode::RateNotCovered,
    WarningCode::RateAssumed,
    WarningCode::ProvisionalRate,
];

/// Which of [`FLAG_CODES`] `warnings` hold.
fn flags_of<'w>(warnings: impl IntoIterator<Item = &'w Warning>) -> [bool; 3] {
    let mut flags = [false; 3];
    for w in warnings {
        for (flag, code) in flags.iter_mut().zip(FLAG_CODES) {
            *flag |= w.code == code;
        }
    }
    flags
}

/// A per diem with what it depends on.
struct LastPerDiem {
    key: PerDiemKey,
    /// The per diem and its warnings; `None` when computing it fails.
    value: Option<(Money, Vec<Warning>)>,
}

/// One invoice closed through the end of the half-year before a date's.
struct Closed {
    /// A copy of the invoice's account (without lines) closed through then: its `interest`
    /// is the interest outstanding then, its `next_line_day` the first day of the open line
    /// (its half-year's first day, or a later first day).
    state: InvoiceState,
    /// The warnings of the lines closed, each once, in order.
    warnings: WarningList,
    /// What the open line (`next_line_day` through the date) is charged.
    open: OpenLine,
    /// The warnings of the open line (its rate's, the same whatever its last day).
    open_warnings: WarningList,
}

/// What the open line of an invoice is charged.
#[derive(Clone, Copy)]
enum OpenLine {
    /// A line at this rate.
    At(Decimal),
    /// No line: the capital is paid, or the table does not cover the half-year (a warning).
    Nothing,
    /// Closing it fails (a half-year not covered in strict mode, an overflow): a date with an
    /// open line is answered as [`statement`] would be, error included.
    Fails,
}

/// What the per diem on a date depends on between two events: the half-year of the next day,
/// that day's day count and how many invoices accrue interest on it (with the capitals fixed,
/// those are the invoices with the earliest first days).
#[derive(Clone, Copy, PartialEq, Eq)]
struct PerDiemKey {
    /// The half-year of the next day.
    half_year: HalfYear,
    /// Its `(days, year_days)` ([`interest::accrual`] of that one day).
    accrual: (i64, i64),
    /// How many invoices with capital unpaid accrue interest on it.
    accruing: usize,
}

impl Accrued {
    /// Closes a copy of each invoice of `ledger` through the day before `half_year` and
    /// notes the rate of its open line.
    fn new(ledger: &Ledger<'_>, half_year: HalfYear) -> Result<Accrued> {
        let (capital, fees) = ledger.capital_and_fees()?;
        let invoices = ledger
            .invoices
            .iter()
            .map(|state| Closed {
                state: state.account(),
                warnings: WarningList::default(),
                open: OpenLine::Nothing,
                open_warnings: WarningList::default(),
            })
            .collect();
        let mut accrued = Accrued {
            invoices,
            lines: ledger.line_count,
            capital,
            fees,
            interest: Money::ZERO,
            total: Money::ZERO,
            per_diem: None,
            closed_flags: [false; 3],
        };
        accrued.advance(ledger, half_year)?;
        Ok(accrued)
    }

    /// Closes each invoice further, through the day before `half_year` (not before the
    /// half-year it was closed for), and notes the rate of its open line. Closing in two
    /// steps gives the lines of closing in one: lines split at each half-year's first day.
    fn advance(&mut self, ledger: &Ledger<'_>, half_year: HalfYear) -> Result<()> {
        let start = half_year.start()?;
        let ctx = AccrualContext {
            keep_lines: false,
            ..ledger.accrual_context()
        };
        for closed in &mut self.invoices {
            let state = &mut closed.state;
            if let Some(before) = start.previous_day().filter(|&d| d >= state.next_line_day) {
                ctx.accrue(state, before, &mut closed.warnings, &mut self.lines)?;
            }
            let mut open_warnings = WarningList::default();
            closed.open = if state.capital.is_positive() {
                match ctx.rate(state, state.next_line_day, &mut open_warnings) {
                    Ok(Some(rate)) => OpenLine::At(rate.rate),
                    Ok(None) => OpenLine::Nothing,
                    Err(_) => OpenLine::Fails,
                }
            } else {
                OpenLine::Nothing
            };
            closed.open_warnings = open_warnings;
        }
        self.interest = Money::sum(self.invoices.iter().map(|c| c.state.interest))?;
        self.total = Money::sum([self.capital, self.interest, self.fees])?;
        let closed = self.invoices.iter().flat_map(|c| c.warnings.iter());
        self.closed_flags = flags_of(ledger.warnings.iter().chain(closed));
        Ok(())
    }

    /// The totals on `as_of` (in the half-year this was closed for), with the warnings when
    /// `keep_warnings`. An error or `None` when they cannot be computed so (the caller then
    /// computes them as [`statement`] does, for its error).
    fn totals_on(
        &mut self,
        ledger: &Ledger<'_>,
        as_of: Date,
        keep_warnings: bool,
    ) -> Result<Option<(Totals, Vec<Warning>)>> {
        let day_count = ledger.claim.day_count;
        let mut lines = self.lines;
        let (mut interest, mut total) = (self.interest, self.total);
        for closed in &self.invoices {
            let state = &closed.state;
            if as_of < state.next_line_day {
                continue;
            }
            match closed.open {
                OpenLine::At(rate) => {
                    let (days, year_days) =
                        interest::accrual(day_count, state.next_line_day, as_of);
                    if days == 0 {
                        continue; // no line, as `AccrualContext::accrue` makes none
                    }
                    let line = interest::line_amount(state.capital, rate, days, year_days)?;
                    interest = interest.checked_add(line)?;
                    total = total.checked_add(line)?;
                    lines = lines.saturating_add(1);
                }
                OpenLine::Nothing => {}
                OpenLine::Fails => return Ok(None),
            }
        }
        if lines > MAX_INTEREST_LINES {
            return Ok(None);
        }
        let Some((per_diem, per_diem_warnings)) =
            Self::per_diem(&mut self.per_diem, ledger, as_of)?
        else {
            return Ok(None);
        };
        // The date's own: the open lines' and the per diem's.
        let open = self
            .invoices
            .iter()
            .filter(|closed| as_of >= closed.state.next_line_day)
            .flat_map(|closed| closed.open_warnings.iter());
        let mut flags = self.closed_flags;
        for (flag, said) in flags
            .iter_mut()
            .zip(flags_of(open.chain(per_diem_warnings)))
        {
            *flag |= said;
        }
        let [rate_not_covered, assumed, provisional] = flags;
        let totals = Totals {
            as_of,
            capital: self.capital,
            interest,
            fees: self.fees,
            total,
            credit: ledger.credit,
            per_diem,
            rate_not_covered,
            assumed,
            provisional,
        };
        if !keep_warnings {
            return Ok(Some((totals, Vec::new())));
        }
        let mut warnings = ledger.warnings.clone();
        for closed in &self.invoices {
            let open = if as_of >= closed.state.next_line_day {
                closed.open_warnings.as_slice()
            } else {
                &[]
            };
            for w in closed.warnings.iter().chain(open) {
                warnings.push_unique(w.clone());
            }
        }
        for w in per_diem_warnings {
            warnings.push_unique(w.clone());
        }
        let mut warnings = warnings.into_vec();
        crate::warning::merge_half_year_runs(&mut warnings);
        Ok(Some((totals, warnings)))
    }

    /// The per diem on `as_of` with its warnings ([`per_diem`]), computed again only when what
    /// it depends on changed since the last date; `None` when it fails.
    fn per_diem<'c>(
        last: &'c mut Option<LastPerDiem>,
        ledger: &Ledger<'_>,
        as_of: Date,
    ) -> Result<Option<(Money, &'c [Warning])>> {
        let day = calendar::next_day(as_of)?;
        let day_count = ledger.claim.day_count;
        let key = PerDiemKey {
            half_year: HalfYear::of(day),
            accrual: interest::accrual(day_count, day, day),
            accruing: ledger
                .invoices
                .iter()
                .filter(|s| s.capital.is_positive() && day >= s.first_day)
                .count(),
        };
        if last.as_ref().map(|l| l.key) != Some(key) {
            let options = StatementOptions {
                as_of,
                ..*ledger.options
            };
            let mut warnings = WarningList::default();
            let value = per_diem(&ledger.invoices, day_count, &options, &mut warnings).ok();
            let value = value.map(|v| (v, warnings.into_vec()));
            *last = Some(LastPerDiem { key, value });
        }
        let value = last.as_ref().and_then(|l| l.value.as_ref());
        Ok(value.map(|(v, w)| (*v, w.as_slice())))
    }
}

/// The running account of each invoice, before any event.
fn invoice_states(claim: &Claim) -> Result<Vec<InvoiceState>> {
    let mut invoices = Vec::with_capacity(claim.invoices.len());
    let first = claim.first_issue_date();
    for (i, invoice) in claim.invoices.iter().enumerate() {
        let due = claim
            .effective_due_date(invoice)
            .map_err(|e| e.at(crate::error::item_path("invoices", i, "dueDate")))?;
        let first_day = calendar::next_day(due)?;
        invoices.push(InvoiceState {
            index: i,
            contract: claim.contract_rate(invoice),
            number: invoice.number.clone(),
            due,
            first_day,
            next_line_day: first_day,
            // Owed from its issue date on (`EventKind::Issue`); one issued on the claim's first
            // issue date is owed from the start (nothing is dated before that day).
            capital: if issued_later(first, invoice) {
                Money::ZERO
            } else {
                invoice.amount
            },
            interest: Money::ZERO,
            lines: Vec::new(),
        });
    }
    Ok(invoices)
}

/// Whether `invoice` is issued after the claim's first issue date: it is owed from an `Issue`
/// event (the others from the start: no statement, step, payment or credit note is dated
/// before the first issue date, [`Claim::validate`]).
fn issued_later(first: Option<Date>, invoice: &crate::claim::Invoice) -> bool {
    first.is_some_and(|first| invoice.issue_date > first)
}

/// The claim's events in order (DOMAIN.md 8.5: förseningsersättning, then steps in input order,
/// then payments), split into those up to `as_of` and warnings for the later ones.
fn events_of(claim: &Claim, invoices: &[InvoiceState], as_of: Date) -> (Vec<Event>, Vec<Warning>) {
    let mut events = Vec::new();
    let first = claim.first_issue_date();
    for (index, invoice) in claim.invoices.iter().enumerate() {
        if issued_later(first, invoice) {
            events.push(Event {
                date: invoice.issue_date,
                kind: EventKind::Issue,
                index,
            });
        }
    }
    if claim.claims_late_fee() {
        for (index, inv) in invoices.iter().enumerate() {
            events.push(Event {
                date: inv.first_day,
                kind: EventKind::LateFee,
                index,
            });
        }
    }
    for (index, step) in claim.steps.iter().enumerate() {
        events.push(Event {
            date: step.date,
            kind: EventKind::Step,
            index,
        });
    }
    for (index, payment) in claim.payments.iter().enumerate() {
        events.push(Event {
            date: payment.date,
            kind: EventKind::Payment,
            index,
        });
    }
    for (index, credit) in claim.credits.iter().enumerate() {
        events.push(Event {
            date: credit.date,
            kind: EventKind::Credit,
            index,
        });
    }
    crate::sort::sort(&mut events);
    let (now, later): (Vec<Event>, Vec<Event>) = events.into_iter().partition(|e| e.date <= as_of);
    let warnings = after_as_of(&later);
    (now, warnings)
}

/// An `AFTER_AS_OF` warning for each invoice issued, step, payment or credit note in `later` (events after the
/// statement date, left out of it).
fn after_as_of(later: &[Event]) -> Vec<Warning> {
    later
        .iter()
        .filter_map(|e| {
            let subject = match e.kind {
                EventKind::LateFee => return None,
                EventKind::Issue => Subject::Invoice(e.index),
                EventKind::Step => Subject::Step(e.index),
                EventKind::Payment => Subject::Payment(e.index),
                EventKind::Credit => Subject::Credit(e.index),
            };
            Some(Warning::new(subject, Facts::AfterAsOf { date: e.date }))
        })
        .collect()
}

fn no_late_fee_facts(number: &str, reason: NoFeeReason, date: Date) -> Facts {
    let reason = match reason {
        NoFeeReason::PaidByDueDate => NoLateFeeReason::PaidByDueDate,
        _ => NoLateFeeReason::BeforeTheLaw {
            law_from: FeeKind::LateFee.table().first().map_or(date, |p| p.from),
        },
    };
    Facts::NoLateFee {
        invoice: number.to_owned(),
        reason,
    }
}

/// Why a step's fee is a cost of some of the invoices it was about only (fees.rs charges it
/// for them alone): a payment made for another invoice does not pay it first.
#[derive(Debug, Clone, PartialEq, Eq)]
enum FeeEarnedBy {
    /// A second reminder or inkassokrav, for the invoices issued after the day the first was
    /// charged (`DayState::new_debt`).
    IssuedAfter(Date),
    /// A second application to the court (a stämningsansökan, or a later order's transfer),
    /// for the invoices that fell due since the last one (`Ledger::latest_filing_before`).
    DueSince(Date),
    /// A reminder after a demand, for the invoices none of these earlier demands (step
    /// indices) was about (`Ledger::debt_never_demanded`).
    NeverDemandedBy(Vec<usize>),
}

/// How one payment was split.
struct Parts {
    fees: Money,
    interest: Money,
    capital: Money,
    credit: Money,
    invoices: Acknowledged,
}

/// Allocates `amount` (DOMAIN.md 8.6): outstanding fees oldest first, then outstanding
/// interest, then capital (both by earliest effective due date, then invoice order, as
/// `priority` lists them); the rest is a credit. A payment `designated` for an invoice (its
/// index; [`Payment::invoice`]) pays that invoice first: the fees that are costs of it
/// ([`cost_of`], oldest first), its interest, its capital; what is left goes as above.
///
/// The order costs → interest → capital is Swedish *practice*, applied "unless agreed
/// otherwise"; Germany has the same order by statute (BGB § 367). **Verify** (DOMAIN.md 6):
/// no Swedish statute or case for it has been pinned yet, so the order is a convention of
/// the product, not a cited rule.
fn allocate(
    amount: Money,
    fee_unpaid: &mut [Money],
    fee_owner: &[Option<usize>],
    fee_scope: &[Option<Acknowledged>],
    invoices: &mut [InvoiceState],
    priority: &[usize],
    designated: Option<usize>,
) -> Result<Parts> {
    let mut remaining = amount;
    let mut touched = Acknowledged::default();
    let (mut fees, mut interest, mut capital) = (Money::ZERO, Money::ZERO, Money::ZERO);
    if let Some(chosen) = designated {
        let only = [chosen];
        fees = pay_fees(
            &mut remaining,
            fee_unpaid,
            fee_owner,
            invoices,
            &mut touched,
            |k| cost_of(fee_owner, fee_scope, k, chosen),
            Some(chosen),
        )?;
        interest = pay_in_order(&mut remaining, invoices, &only, &mut touched, |s| {
            &mut s.interest
        })?;
        capital = pay_in_order(&mut remaining, invoices, &only, &mut touched, |s| {
            &mut s.capital
        })?;
    }
    let fees = fees.checked_add(pay_fees(
        &mut remaining,
        fee_unpaid,
        fee_owner,
        invoices,
        &mut touched,
        |_| true,
        None,
    )?)?;
    let interest = interest.checked_add(pay_in_order(
        &mut remaining,
        invoices,
        priority,
        &mut touched,
        |s| &mut s.interest,
    )?)?;
    let capital = capital.checked_add(pay_in_order(
        &mut remaining,
        invoices,
        priority,
        &mut touched,
        |s| &mut s.capital,
    )?)?;
    Ok(Parts {
        fees,
        interest,
        capital,
        credit: remaining,
        invoices: touched,
    })
}

/// Whether fee line `k` is a cost of invoice `chosen`: its own förseningsersättning, or the
/// fee of a step that was about it (every fee of the claim when its scope is not known).
fn cost_of(
    fee_owner: &[Option<usize>],
    fee_scope: &[Option<Acknowledged>],
    k: usize,
    chosen: usize,
) -> bool {
    match fee_owner.get(k).copied().flatten() {
        Some(owner) => owner == chosen,
        None => fee_scope
            .get(k)
            .and_then(Option::as_ref)
            .is_none_or(|scope| scope.contains(chosen)),
    }
}

/// Pays what `remaining` can of the unpaid fees (oldest first) that are `eligible` (by their
/// index), noting the invoices it acknowledged in `touched`; the sum paid. A payment that pays a fee of the
/// claim (a reminder's, an inkassokrav's, Kronofogden's) acknowledges the whole claim: every
/// invoice with capital unpaid before it, besides those whose interest or capital it pays.
/// One that pays an invoice's own förseningsersättning acknowledges that invoice, and one
/// made for an invoice (`for_invoice`) that pays a fee as its cost acknowledges that invoice
/// alone (the debtor said which debt it paid).
fn pay_fees(
    remaining: &mut Money,
    fee_unpaid: &mut [Money],
    fee_owner: &[Option<usize>],
    invoices: &[InvoiceState],
    touched: &mut Acknowledged,
    eligible: impl Fn(usize) -> bool,
    for_invoice: Option<usize>,
) -> Result<Money> {
    let mut fees = Money::ZERO;
    for (k, unpaid) in fee_unpaid.iter_mut().enumerate() {
        if !remaining.is_positive() {
            break;
        }
        if !unpaid.is_positive() {
            continue;
        }
        if !eligible(k) {
            continue;
        }
        let own = for_invoice.or(fee_owner.get(k).copied().flatten());
        fees = fees.checked_add(take(remaining, unpaid))?;
        match own {
            Some(i) => touched.insert(i),
            None => {
                for (i, s) in invoices.iter().enumerate() {
                    if s.capital.is_positive() {
                        touched.insert(i);
                    }
                }
            }
        }
    }
    Ok(fees)
}

/// Pays what `remaining` can of each invoice's `part` (interest or capital) in `priority`
/// order, noting the invoices it paid something of in `touched`; the sum paid.
fn pay_in_order(
    remaining: &mut Money,
    invoices: &mut [InvoiceState],
    priority: &[usize],
    touched: &mut Acknowledged,
    part: impl Fn(&mut InvoiceState) -> &mut Money,
) -> Result<Money> {
    let mut paid = Money::ZERO;
    for &i in priority {
        if let Some(state) = invoices.get_mut(i) {
            let amount = take(remaining, part(state));
            if amount.is_positive() {
                touched.insert(i);
            }
            paid = paid.checked_add(amount)?;
        }
    }
    Ok(paid)
}

/// The per diem on `as_of` (DOMAIN.md 8.8): the interest for the next day on the capital
/// outstanding of every invoice that accrues interest that day, summed and rounded once. A day
/// the rate table does not cover is an error in strict mode (DOMAIN.md 8.9), else a warning
/// and no interest for it.
fn per_diem(
    invoices: &[InvoiceState],
    day_count: crate::claim::DayCount,
    options: &StatementOptions<'_>,
    warnings: &mut WarningList,
) -> Result<Money> {
    let day = calendar::next_day(options.as_of)?;
    let half_year = HalfYear::of(day);
    // One accruing invoice (the usual case): its day's interest rounded once is the per diem,
    // by `line_amount`'s integer path. Two or more: their exact numerators summed, divided
    // once, then rounded (`interest::one_day_sum`).
    let mut only: Option<(Money, Decimal)> = None;
    let mut accruing: usize = 0;
    let mut numerator = Decimal::ZERO;
    for state in invoices {
        if !state.capital.is_positive() || day < state.first_day {
            continue;
        }
        let source = RateSource::of_contract(state.contract, options.rates);
        match source.rate_for(half_year)? {
            Some(rate) => {
                rate_status_warning(warnings, rate, Subject::PerDiem(half_year));
                accruing = accruing.saturating_add(1);
                if accruing == 1 {
                    only = Some((state.capital, rate.rate));
                    continue;
                }
                if let Some((capital, rate)) = only.take() {
                    numerator = interest::one_day_numerator(capital, rate, day_count, day)?;
                }
                let one = interest::one_day_numerator(state.capital, rate.rate, day_count, day)?;
                numerator = numerator
                    .checked_add(one)
                    .ok_or_else(|| Error::overflow("the per diem"))?;
            }
            None if options.strict_rates => {
                let field = uncovered_field(options.rates, state, day);
                let error = if field == "asOf" {
                    rates::per_diem_not_covered(options.rates, day)
                } else {
                    rates::not_covered(options.rates, day)
                };
                return Err(error.at(field).of_per_diem());
            }
            None => warnings.push_unique(Warning::new(
                Subject::PerDiem(half_year),
                Facts::RateNotCovered { through: None },
            )),
        }
    }
    match only {
        Some((capital, rate)) => interest::one_day(capital, rate, day_count, day),
        None => interest::one_day_sum(numerator, day_count, day),
    }
}

/// Moves `min(remaining, due)` from both: what `remaining` pays of `due`.
fn take(remaining: &mut Money, due: &mut Money) -> Money {
    let part = (*remaining).min(*due);
    if !part.is_positive() {
        return Money::ZERO;
    }
    // 0 < part ≤ both: neither difference can overflow or fall below zero.
    *remaining = remaining.saturating_sub_to_zero(part);
    *due = due.saturating_sub_to_zero(part);
    part
}

/// The input a strict statement's refusal of `day` names ([`ErrorCode::RateNotCovered`]):
/// the invoice whose interest starts before the table (`invoices[i]`: its dates, or a caller
/// row for that half-year, are the remedy), else `asOf`, the date the valuation reaches past
/// the table on (its interest, or its per diem's next day). Each function names its own date
/// input instead ([`renamed_as_of`]).
fn uncovered_field(table: &RateTable, state: &InvoiceState, day: Date) -> String {
    match table.first_day() {
        Some(first) if day < first => crate::error::item_path("invoices", state.index, ""),
        _ => "asOf".to_owned(),
    }
}

/// `e` with a strict statement's `asOf` named `field`: the date input of a function that
/// asks for statements on its own dates (a letter's `date`, a totals' `dates[i]`).
pub(crate) fn renamed_as_of(e: Error, field: &str) -> Error {
    if e.field() == Some("asOf") {
        e.at(field)
    } else {
        e
    }
}

/// Whether `e` is a strict statement's refusal of its per diem's next day alone (every day
/// of interest through its date was covered).
pub(crate) fn refuses_only_per_diem(e: &Error) -> bool {
    e.code() == ErrorCode::RateNotCovered && e.is_per_diem()
}

fn not_covered_warning(half_year: HalfYear) -> Warning {
    Warning::new(
        Subject::HalfYear(half_year),
        Facts::RateNotCovered { through: None },
    )
}

/// The title a judgment of `date` is, as the steps show ([`crate::limitation::title_of_judgment`]);
/// `None` for a step of any other kind.
fn title_of_step(claim: &Claim, kind: StepKind, date: Date) -> Option<crate::limitation::Title> {
    (kind == StepKind::Judgment)
        .then(|| crate::limitation::title_of_judgment(claim, date))
        .flatten()
}

/// The warning, if any, that says why a step earned no fee. A fee-free step (`fee: false`) and
/// a kind without a fee are silent (nothing was claimed), but for a final notice or
/// efterbevakning recorded with `fee: true`.
fn no_fee_facts(
    fee: Option<FeeKind>,
    step: Step,
    reason: NoFeeReason,
    unvalued: bool,
    claim: &Claim,
) -> Option<Facts> {
    let (kind, date) = (step.kind, step.date);
    match reason {
        // A final notice, efterbevakning or dispute that records it claimed a fee (lag 1981:739
        // 5 §; the debtor's dispute earns the creditor nothing either: an integrator's review
        // found `fee: true` on one accepted without a word).
        NoFeeReason::NoFeeForKind
            if step.fee == Some(true)
                && matches!(
                    kind,
                    StepKind::FinalNotice | StepKind::Surveillance | StepKind::Dispute
                ) =>
        {
            Some(Facts::NoFeeForKind { kind, date })
        }
        NoFeeReason::NotClaimed | NoFeeReason::NoFeeForKind | NoFeeReason::PaidByDueDate => None,
        NoFeeReason::NotOverdue => Some(Facts::NotOverdue {
            kind,
            date,
            unvalued,
        }),
        NoFeeReason::AlreadyCharged => Some(Facts::FeeAlreadyCharged { kind, date }),
        NoFeeReason::NotAgreed => Some(Facts::ReminderFeeNotAgreed),
        NoFeeReason::AbsorbedByLateFee => fee.map(|fee| Facts::FeeAbsorbedByLateFee {
            fee,
            kind,
            date,
            charged: Money::ZERO,
        }),
        NoFeeReason::NotCovered => fee.map(|fee| Facts::FeeNotCovered { fee, date }),
        NoFeeReason::AfterDemand {
            kind: after_kind,
            date: after_date,
        } => Some(Facts::ReminderAfterDemand {
            date,
            after_kind,
            after_date,
            after_title: title_of_step(claim, after_kind, after_date),
        }),
        NoFeeReason::ClaimSettled => Some(Facts::ClaimSettled {
            kind,
            date,
            unvalued,
        }),
        NoFeeReason::EnforcedDebtPaid => Some(Facts::EnforcedDebtPaid { date, unvalued }),
        NoFeeReason::UnpaidUnderMinimum { unpaid, minimum } => Some(Facts::UnpaidUnderMinimum {
            date,
            unpaid,
            minimum,
        }),
        NoFeeReason::TimeBarred => Some(Facts::StepOnTimeBarredDebt { kind, date }),
        NoFeeReason::EnforcementFeeThisYear {
            previous,
            further_year,
            previous_claimed,
        } => Some(Facts::EnforcementFeeThisYear {
            date,
            previous,
            further_year,
            previous_claimed,
        }),
    }
}

/// Most interest lines in one statement. Each line carries its texts (about half a kilobyte),
/// so this bounds a statement's memory to some 50 MB whatever the input: 1 000 invoices with
/// 1 000 payment dates over 300 years would otherwise need gigabytes, and in WebAssembly an
/// allocation failure traps the instance.
pub const MAX_INTEREST_LINES: usize = 100_000;

/// For dates worked out in date order (`order`: the caller's indices sorted by date), when the
/// one at `position` (index `i`) failed with `e`: the failure that ends the pass, when `e` is
/// the interest-line cap's ([`MAX_INTEREST_LINES`], named at a field or not). The lines
/// through a date only grow with it, so every later date fails too (with this error, or one
/// met on the way to it): the one to name is the first of them in the caller's order, its
/// error from `ask` (that date worked out alone), not each asked in turn (dates in decreasing
/// order each cost the work of the cap: a red team's 1 500 took 11 s). `None` for any other
/// error, or when that date does not fail after all: the pass goes on.
pub(crate) fn failure_past_line_cap(
    order: &[usize],
    position: usize,
    i: usize,
    e: &Error,
    ask: impl FnOnce(usize) -> Option<Error>,
) -> Option<(usize, Error)> {
    let cap = too_many_lines();
    if e.code() != cap.code() || e.message() != cap.message() {
        return None;
    }
    let later = order.get(position..).unwrap_or_default();
    let first = later.iter().copied().min().unwrap_or(i);
    if first == i {
        return Some((i, e.clone()));
    }
    ask(first).map(|error| (first, error))
}

fn too_many_lines() -> Error {
    Error::new(
        ErrorCode::TooManyItems,
        format!(
            "the statement would need more than {MAX_INTEREST_LINES} interest lines \
             (invoices × payment dates × half-years): split the claim or shorten the period"
        ),
    )
}

/// What interest closing needs to know.
#[derive(Clone, Copy)]
struct AccrualContext<'a> {
    table: &'a RateTable,
    strict: bool,
    day_count: crate::claim::DayCount,
    /// Keep each line with its explanation ([`Detail::Full`]).
    keep_lines: bool,
    /// Who owes: what an agreed rate below the statutory one means depends on it.
    debtor: crate::claim::DebtorKind,
}

impl AccrualContext<'_> {
    /// Closes `state`'s interest from its next open day through `through` into lines.
    fn accrue(
        &self,
        state: &mut InvoiceState,
        through: Date,
        warnings: &mut WarningList,
        line_count: &mut usize,
    ) -> Result<()> {
        if through < state.next_line_day {
            return Ok(());
        }
        let from = state.next_line_day;
        state.next_line_day = calendar::next_day(through)?;
        if !state.capital.is_positive() {
            return Ok(()); // an invoice whose capital is zero has no lines
        }
        for piece in interest::half_year_pieces(from, through) {
            let (start, end) = piece?;
            let Some(rate) = self.rate(state, start, warnings)? else {
                continue;
            };
            let (days, year_days) = interest::accrual(self.day_count, start, end);
            if days == 0 {
                // Under 30E/360 a 31st alone counts no day: no line of 0 days and 0.00.
                continue;
            }
            let amount = interest::line_amount(state.capital, rate.rate, days, year_days)?;
            state.interest = state.interest.checked_add(amount)?;
            *line_count = line_count.saturating_add(1);
            if *line_count > MAX_INTEREST_LINES {
                return Err(too_many_lines());
            }
            if !self.keep_lines {
                continue;
            }
            state.lines.push(InterestLine {
                invoice: state.number.clone(),
                from: start,
                to: end,
                days,
                year_days,
                base: state.capital,
                rate: rate.rate,
                reference_rate: rate.reference_rate,
                margin: rate.margin,
                amount,
                rule: rate.rule,
                assumed: rate.status == Some(RateStatus::Assumed),
                own_rate: rate.own_rate,
            });
        }
        Ok(())
    }

    /// The rate of `state`'s interest on the days of the half-year of `start` (a line's first
    /// day), with the warnings it calls for; `None` when the table does not cover the
    /// half-year (a warning; an error in strict mode). The same for every line of the
    /// half-year, whatever its days.
    fn rate(
        &self,
        state: &InvoiceState,
        start: Date,
        warnings: &mut WarningList,
    ) -> Result<Option<interest::AppliedRate>> {
        let half_year = HalfYear::of(start);
        let source = RateSource::of_contract(state.contract, self.table);
        let Some(rate) = source.rate_for(half_year)? else {
            if self.strict {
                return Err(rates::not_covered(self.table, start)
                    .at(uncovered_field(self.table, state, start)));
            }
            warnings.push_unique(not_covered_warning(half_year));
            return Ok(None);
        };
        rate_status_warning(warnings, rate, Subject::HalfYear(half_year));
        if state.contract.is_some_and(ContractRate::is_agreed) {
            below_statutory(warnings, state, self, rate.rate, half_year)?;
        }
        Ok(Some(rate))
    }
}

/// A warning, once per invoice, when its agreed rate is below the statutory one
/// (referensränta + 8, räntelagen 6 §) for a half-year whose referensränta is known (not
/// assumed): applied as agreed (räntelagen is optional law, 1 § andra stycket), but the creditor
/// may be owed more than it claims, or the term may not be what was meant; against a public
/// debtor such a term is without effect since 2013-03-16 (6 § andra stycket, the facts' `void`),
/// so the creditor may claim 6 §'s rate: given no agreed rate, the engine computes it.
fn below_statutory(
    warnings: &mut WarningList,
    state: &InvoiceState,
    ctx: &AccrualContext<'_>,
    agreed: Decimal,
    half_year: HalfYear,
) -> Result<()> {
    let table = ctx.table;
    // An assumed referensränta (a projection past the table) is no fact to compare with: the
    // warning waits until the Riksbank has set it.
    let Some(row) = table
        .lookup_half_year(half_year)
        .filter(|row| row.status != RateStatus::Assumed)
    else {
        return Ok(());
    };
    let statutory = row.late_payment_rate()?;
    if agreed < statutory {
        let facts = Facts::AgreedRateBelowStatutory {
            invoice: state.number.clone(),
            half_year,
            agreed,
            statutory,
            debtor: ctx.debtor,
            void: crate::params::lower_agreed_rate_void(state.due, ctx.debtor),
        };
        warnings.push_unique(Warning::new(Subject::Invoice(state.index), facts));
    }
    Ok(())
}

/// The warning a provisional or assumed rate calls for (once per subject: the half-year's
/// days, or the per diem).
fn rate_status_warning(warnings: &mut WarningList, rate: interest::AppliedRate, subject: Subject) {
    match rate.status {
        // The per diem's own warning when its day uses the rate (field `perDiem`), as for an
        // assumed or a missing rate: a valuation whose lines stop before that half-year
        // still says which figure rests on the provisional rate.
        Some(RateStatus::Provisional) => {
            warnings.push_unique(Warning::new(subject, Facts::ProvisionalRate))
        }
        Some(RateStatus::Assumed) => {
            let facts = Facts::RateAssumed {
                reference_rate: rate.reference_rate.unwrap_or_default(),
                through: None,
            };
            warnings.push_unique(Warning::new(subject, facts));
        }
        _ => {}
    }
}

#[cfg(test)]
mod replay_tests {
    use super::*;
    use crate::input::{read, ClaimInput};
    use crate::warning::WarningCode;
    use time::macros::date;

    fn claim_of(json: &str) -> Claim {
        let value: serde_json::Value = serde_json::from_str(json).expect("json");
        read::<ClaimInput, _>(value)
            .expect("claim")
            .into_claim()
            .expect("claim")
    }

    /// What [`Replay::totals_and_warnings_on`] must give on `day`: the amounts of the summary
    /// statement on that day (or its error) and its warnings but the after-as-of and
    /// time-barred ones.
    fn expected(
        claim: &Claim,
        options: &StatementOptions<'_>,
        day: Date,
    ) -> Result<(Totals, Vec<Warning>)> {
        let options = StatementOptions {
            as_of: day,
            detail: Detail::Summary,
            ..*options
        };
        let s = statement(claim, &options)?;
        let totals = Totals::of(&s);
        let warnings = s
            .warnings
            .into_iter()
            .filter(|w| {
                !matches!(
                    w.code,
                    WarningCode::AfterAsOf
                        | WarningCode::TimeBarred
                        | WarningCode::PaymentOrderDisputed
                        | WarningCode::CourtCasePending
                )
            })
            .collect();
        Ok((totals, warnings))
    }

    /// The invoices of the `TIME_BARRED` warnings of the statement on `day`, by number, or
    /// `None` when the statement fails.
    fn expected_barred(
        claim: &Claim,
        options: &StatementOptions<'_>,
        day: Date,
    ) -> Option<Vec<String>> {
        let options = StatementOptions {
            as_of: day,
            detail: Detail::Summary,
            ..*options
        };
        let s = statement(claim, &options).ok()?;
        let numbers = s
            .warnings
            .iter()
            .filter(|w| w.code == WarningCode::TimeBarred)
            .filter_map(|w| match w.subject {
                Subject::Invoice(i) => claim.invoices.get(i).map(|v| v.number.clone()),
                _ => None,
            })
            .collect();
        Some(numbers)
    }

    /// Every statement of a replay equals the statement computed from scratch on its date, on
    /// every day (summary) or every 5th day (full) of the benchmark claim's ten years and of a
    /// business claim with förseningsersättning, payments after the last date, and an agreed
    /// rate; so do the totals and their warnings.
    #[test]
    fn replay_equals_statement_on_every_date() {
        let bench: serde_json::Value =
            serde_json::from_str(include_str!("../bench/claim-10y.json")).expect("json");
        let claims = [
            claim_of(&bench["claim"].to_string()),
            claim_of(
                r#"{"debtor":"business","invoices":[{"number":"A","amount":"12000.00","issueDate":"2023-01-10","dueDate":"2023-02-09"},{"number":"B","amount":"800.50","issueDate":"2023-03-01","dueDate":"2023-03-31"}],"steps":[{"kind":"reminder","date":"2023-02-20"},{"kind":"collectionDemand","date":"2023-04-20"}],"payments":[{"date":"2023-05-01","amount":"5000"},{"date":"2023-09-15","amount":"9000"},{"date":"2026-01-01","amount":"1"}]}"#,
            ),
            claim_of(
                r#"{"debtor":"consumer","agreedRate":"15.5","invoices":[{"number":"1","amount":"999.99","issueDate":"2024-01-10","dueDate":"2024-02-10"}],"payments":[{"date":"2024-03-01","amount":"1500"}]}"#,
            ),
            // A disputed betalningsföreläggande: PAYMENT_ORDER_DISPUTED is the statement's
            // alone, as documented.
            claim_of(
                r#"{"debtor":"consumer","invoices":[{"number":"1","amount":"2400.00","issueDate":"2024-04-01","dueDate":"2024-04-30"}],"steps":[{"kind":"collectionDemand","date":"2024-05-06","paymentTermDays":10},{"kind":"paymentOrder","date":"2024-05-20"},{"kind":"dispute","date":"2024-06-03"}],"payments":[{"date":"2024-09-02","amount":"500"}]}"#,
            ),
        ];
        for claim in &claims {
            claim.validate().expect("valid");
            let first = claim.first_issue_date().expect("an invoice");
            for (detail, step) in [(Detail::Summary, 1), (Detail::Full, 5)] {
                let mut options = StatementOptions::new(first);
                options.detail = detail;
                let mut replay = Replay::new(claim, &options).expect("replay");
                let mut day = first;
                let mut n = 0;
                while day <= date!(2025 - 12 - 31) {
                    let expected_statement = statement(
                        claim,
                        &StatementOptions {
                            as_of: day,
                            ..options
                        },
                    );
                    assert_eq!(replay.statement_on(day), expected_statement, "{day}");
                    let want = expected(claim, &options, day);
                    if n % 2 == 0 {
                        let totals = replay.totals_on(day);
                        assert_eq!(totals, want.clone().map(|(t, _)| t), "{day}");
                    } else {
                        assert_eq!(replay.totals_and_warnings_on(day), want, "{day}");
                    }
                    n += 1;
                    for _ in 0..step {
                        day = day.next_day().expect("in range");
                    }
                }
                assert!(n > 100);
                // An earlier date starts again.
                assert_eq!(
                    replay.statement_on(first),
                    statement(
                        claim,
                        &StatementOptions {
                            as_of: first,
                            ..options
                        }
                    )
                );
            }
        }
    }

    /// The totals of a replay asked in any order (mostly increasing dates, daily or across
    /// half-years and events, the same date again, dates going back within a half-year or
    /// before events already applied, dates before the first invoice) equal the statement's,
    /// amounts, warnings and errors, for claims of several invoices (an agreed margin below the
    /// statutory rate, an agreed rate, a credit note, förseningsersättning, 30E/360) under rate
    /// tables with assumed, provisional and missing rates, strict or not.
    #[test]
    fn replay_totals_in_any_order_equal_statement() {
        let claims = [
            claim_of(
                r#"{"debtor":"consumer","reminderFeeAgreed":true,"invoices":[{"number":"A","amount":"5000.00","issueDate":"2015-03-01","dueDate":"2015-03-31"},{"number":"B","amount":"1200.40","issueDate":"2016-05-10","dueDate":"2016-06-09","agreedMargin":"2"},{"number":"C","amount":"300.00","issueDate":"2016-06-20","dueDate":"2016-07-20","agreedRate":"20"},{"number":"D","amount":"80000.00","issueDate":"2023-11-01","dueDate":"2023-12-01"}],"steps":[{"kind":"reminder","date":"2015-04-15"},{"kind":"collectionDemand","date":"2016-08-01"}],"payments":[{"date":"2015-06-30","amount":"1000"},{"date":"2016-07-01","amount":"2000"},{"date":"2017-01-01","amount":"50"},{"date":"2024-03-15","amount":"30000"},{"date":"2027-02-01","amount":"100"}],"credits":[{"invoice":"B","date":"2016-12-31","amount":"200.40"}]}"#,
            ),
            claim_of(
                r#"{"debtor":"business","dayCount":"30/360","invoices":[{"number":"1","amount":"10000.00","issueDate":"2022-01-15","dueDate":"2022-02-14"},{"number":"2","amount":"2500.00","issueDate":"2022-06-01","dueDate":"2022-06-30"},{"number":"3","amount":"700.00","issueDate":"2025-05-02","dueDate":"2025-06-01"}],"steps":[{"kind":"collectionDemand","date":"2022-07-15"}],"payments":[{"date":"2022-12-31","amount":"4000"},{"date":"2023-06-30","amount":"9000"},{"date":"2026-07-01","amount":"500"}]}"#,
            ),
        ];
        let embedded = RateTable::embedded();
        let assumed = embedded
            .assuming_through(date!(2028 - 12 - 31))
            .expect("assumed");
        let rows = embedded.rows().iter().filter(|r| {
            (HalfYear::of(date!(2016 - 01 - 01))..=HalfYear::of(date!(2024 - 01 - 01)))
                .contains(&r.half_year)
        });
        let short = RateTable::new(rows.cloned().collect()).expect("table");
        let tables = [
            (embedded, false),
            (embedded, true),
            (assumed.as_ref(), false),
            (&short, false),
            (&short, true),
        ];
        let (mut errors, mut warned, mut restarts, mut closed) = (0, 0, 0, 0);
        let (mut barred_days, mut changes, mut last_barred) = (0, 0, Vec::new());
        for claim in &claims {
            claim.validate().expect("valid");
            let first = claim.first_issue_date().expect("an invoice");
            let last = date!(2028 - 12 - 31);
            for (table, strict) in tables {
                let options = StatementOptions {
                    as_of: first,
                    rates: table,
                    strict_rates: strict,
                    detail: Detail::Summary,
                };
                let mut replay = Replay::new(claim, &options).expect("replay");
                let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
                let mut random = |n: i64| {
                    seed = seed
                        .wrapping_mul(6_364_136_223_846_793_005)
                        .wrapping_add(1_442_695_040_888_963_407);
                    (seed >> 33) as i64 % n
                };
                let mut day = first;
                for k in 0..700 {
                    let days = |n: i64| time::Duration::days(n);
                    day = match random(100) {
                        0..=49 => day + days(1 + random(3)),
                        50..=71 => day + days(1 + random(150)),
                        72..=81 => day,
                        82..=95 => day - days(1 + random(100)),
                        _ => day - days(1 + random(10)),
                    };
                    if day > last {
                        day = first + days(random(60));
                    }
                    let day = day.max(first.previous_day().expect("a day"));
                    let applied = replay.next;
                    let want = expected(claim, &options, day);
                    match k % 3 {
                        0 => assert_eq!(replay.totals_and_warnings_on(day), want, "{day}"),
                        1 => {
                            let totals = replay.totals_on(day);
                            assert_eq!(totals, want.clone().map(|(t, _)| t), "{day}");
                        }
                        _ => {
                            let totals = replay.totals_on(day);
                            assert_eq!(totals, want.clone().map(|(t, _)| t), "{day}");
                            assert_eq!(replay.totals_and_warnings_on(day), want, "{day}");
                        }
                    }
                    if let Some(want) = expected_barred(claim, &options, day) {
                        let barred = replay.time_barred_on(day).expect("time-barred");
                        assert_eq!(barred, want, "{day}");
                        barred_days += usize::from(!want.is_empty());
                        changes += usize::from(want != last_barred);
                        last_barred = want;
                    }
                    restarts += usize::from(replay.next < applied);
                    closed += usize::from(matches!(replay.accrued, Some((_, Some(_)))));
                    match want {
                        Err(_) => errors += 1,
                        Ok((_, w)) => {
                            warned += usize::from(w.iter().any(|w| {
                                matches!(
                                    w.code,
                                    WarningCode::RateAssumed
                                        | WarningCode::RateNotCovered
                                        | WarningCode::ProvisionalRate
                                )
                            }))
                        }
                    }
                }
            }
        }
        // The sequences did meet errors, rate warnings, restarts, and dates answered from
        // accounts closed through the half-year before.
        assert!(
            errors > 500 && warned > 1000 && restarts > 50 && closed > 3000,
            "{errors} {warned} {restarts} {closed}"
        );
        // And invoices time-barred on many of the dates, the set changing often.
        assert!(barred_days > 500 && changes > 20, "{barred_days} {changes}");
    }

    /// The preskription dates a replay keeps between dates are worked out again when a step
    /// becomes known: a judgment ends its case's proceedings before the day assumed for them,
    /// so the period runs from an earlier day than the one reckoned on the day before it (a
    /// date past the judgment's period but within the assumed one is time-barred). Dates going
    /// back, and a payment after the period ended (it revives nothing), are judged alike.
    #[test]
    fn replay_time_barred_follows_steps_known_and_dates_back() {
        let claim = claim_of(
            r#"{"debtor":"consumer","invoices":[{"number":"1","amount":"1000.00","issueDate":"2020-01-01","dueDate":"2020-01-31"},{"number":"2","amount":"500.00","issueDate":"2020-02-01","dueDate":"2020-03-01"}],"steps":[{"kind":"courtAction","date":"2020-06-01"},{"kind":"judgment","date":"2020-07-01"}],"payments":[{"date":"2023-08-01","amount":"10.00"}]}"#,
        );
        let options = StatementOptions::new(date!(2020 - 01 - 01));
        let mut replay = Replay::new(&claim, &options).expect("replay");
        let days = [
            date!(2020 - 06 - 02),
            date!(2023 - 07 - 02),
            date!(2023 - 06 - 30),
            date!(2023 - 08 - 02),
            date!(2023 - 07 - 01),
            date!(2026 - 08 - 02),
        ];
        let mut found = Vec::new();
        for day in days {
            let want = expected_barred(&claim, &options, day).expect("a statement");
            assert_eq!(
                replay.time_barred_on(day).expect("time-barred"),
                want,
                "{day}"
            );
            found.push(want.len());
        }
        // The judgment of 2020-07-01 starts the period of both (three years), not the day
        // assumed after the court action (2020-09-29).
        assert_eq!(found, [0, 2, 0, 2, 0, 2]);
        // Without the judgment the period runs from the assumed end of the case (and the
        // payment, which pays the court fee, interrupts it for both).
        let mut pending = claim.clone();
        pending.steps.truncate(1);
        let mut replay = Replay::new(&pending, &options).expect("replay");
        assert!(replay
            .time_barred_on(date!(2023 - 07 - 02))
            .expect("time-barred")
            .is_empty());
    }

    /// Dates years apart with no event between them (a chart over decades): each half-year
    /// is closed once, from the accounts closed for the date before, and the totals still
    /// equal the statement's on every date, errors included (strict rates past the table's
    /// end), for invoices with and without agreed rates.
    #[test]
    fn replay_totals_across_decades_equal_statement() {
        let invoices: Vec<String> = (0..40)
            .map(|i| {
                let agreed = match i % 4 {
                    0 => r#","agreedRate":"12""#,
                    1 => r#","agreedMargin":"3""#,
                    _ => "",
                };
                format!(
                    r#"{{"number":"{i}","amount":"{}.{:02}","issueDate":"2000-01-{:02}","dueDate":"2000-02-{:02}"{agreed}}}"#,
                    100 + i * 37,
                    i * 7 % 100,
                    1 + i % 28,
                    1 + i % 28
                )
            })
            .collect();
        let claim = claim_of(&format!(
            r#"{{"debtor":"business","invoices":[{}],"payments":[{{"date":"2003-05-05","amount":"700"}}]}}"#,
            invoices.join(",")
        ));
        claim.validate().expect("valid");
        let embedded = RateTable::embedded();
        let assumed = embedded
            .assuming_through(date!(2040 - 12 - 31))
            .expect("assumed");
        let mut checked = 0;
        for (table, strict) in [
            (embedded, false),
            (assumed.as_ref(), false),
            (embedded, true),
        ] {
            let options = StatementOptions {
                as_of: date!(2000 - 01 - 01),
                rates: table,
                strict_rates: strict,
                detail: Detail::Summary,
            };
            let mut replay = Replay::new(&claim, &options).expect("replay");
            let mut day = date!(2000 - 03 - 01);
            while day <= date!(2199 - 12 - 31) {
                let want = expected(&claim, &options, day);
                if checked % 2 == 0 {
                    assert_eq!(replay.totals_and_warnings_on(day), want, "{day}");
                } else {
                    assert_eq!(replay.totals_on(day), want.map(|(t, _)| t), "{day}");
                }
                checked += 1;
                day += time::Duration::days(397);
            }
        }
        assert!(checked > 500, "{checked}");
    }
}

#[cfg(test)]
mod acknowledged_tests {
    use super::Acknowledged;

    /// Indices on both sides of the 64 kept as bits, given in any order and twice, come back
    /// once each in increasing order.
    #[test]
    fn keeps_each_index_once_in_order() {
        let mut set = Acknowledged::default();
        assert!(set.is_empty());
        let given = [130, 3, 63, 0, 64, 3, 200, 64, 1, 63, 65];
        for index in given {
            set.insert(index);
        }
        assert!(!set.is_empty());
        let listed: Vec<usize> = set.iter().collect();
        assert_eq!(listed, vec![0, 1, 3, 63, 64, 65, 130, 200]);
        for index in 0..300 {
            assert_eq!(set.contains(index), listed.contains(&index), "{index}");
        }
        assert_eq!(set.len(), 8);
        assert_eq!(set.to_vec(), listed);
        assert_eq!((&set).into_iter().collect::<Vec<_>>(), listed);
        assert_eq!(format!("{set:?}"), "[0, 1, 3, 63, 64, 65, 130, 200]");
        assert_eq!(Acknowledged::from(given.to_vec()), set);
        assert_eq!(given.into_iter().collect::<Acknowledged>(), set);
    }
}

/// The rate table a claim's value for a court fee is worked out with through `before`: the
/// caller's, with the last known referensränta assumed past it when it ends earlier (not in
/// strict mode, which refuses those days) ([`Ledger::claimed_value`]). Out of line: rarely
/// needed, and kept off the statement's hot path.
#[inline(never)]
#[cfg_attr(inkasso_size, optimize(size))]
fn value_table<'t>(
    options: &StatementOptions<'t>,
    before: Option<Date>,
) -> Result<Cow<'t, RateTable>> {
    match (options.strict_rates, options.rates.last_day(), before) {
        (false, Some(end), Some(b)) if b > end => options.rates.assuming_through(b),
        _ => Ok(Cow::Borrowed(options.rates)),
    }
}
