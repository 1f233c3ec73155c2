//! The statement of a claim on a date: capital, interest per line, fees per line, payments with
//! their allocation, the total that settles the claim if paid that day, and the per diem.
//!
//! # How it is computed
//! The claim's events are replayed in date order; on one day förseningsersättning comes first,
//! then the steps in the order given, then the payments (DOMAIN.md 8.5). Before each payment,
//! interest of every invoice is closed through the payment day (a line split); then the payment
//! is allocated: outstanding fees (oldest first), then outstanding interest (invoice with the
//! earliest effective due date first, then invoice order), then capital (same order), and what
//! is left is a credit (DOMAIN.md 8.6; the order is Swedish practice, the same as BGB § 367 in
//! Germany; a Swedish source is still to be verified). At the end interest is closed through
//! the statement date.
//!
//! Fees (DOMAIN.md 1): the reminder, inkassokrav and plan fees are earned once per claim, only
//! when on the step's day some invoice is past its effective due date with capital unpaid; the
//! reminder fee only if agreed in advance. For a business or public debtor, förseningsersättning
//! (450 kr per invoice, dated on the invoice's first interest day, if its capital was unpaid at
//! the end of its due date) replaces those three fees up to its amount: they are charged only
//! for the part of their running sum that exceeds the förseningsersättning charged so far.
//! Kronofogden's costs are charged for the steps given: a betalningsföreläggande once per claim,
//! every enforcement step once.

use rust_decimal::Decimal;
use serde::Serialize;
use time::Date;

use crate::calendar::{self, format_date, serialize_date};
use crate::claim::{Claim, Payment, Step, StepKind};
use crate::error::{Error, ErrorCode, Result};
use crate::fees::FeeKind;
use crate::interest::{self, RateSource};
use crate::money::push_int;
use crate::money::Money;
use crate::rates::{self, serialize_percent, HalfYear, RateStatus, RateTable};
use crate::text::{kr_en, kr_sv, push_kr_en, push_kr_sv, push_pct_en, push_pct_sv, Text};
use crate::warning::{push_unique, Warning, WarningCode};

/// Options for [`statement`].
#[derive(Debug, Clone, Copy)]
pub struct StatementOptions<'a> {
    /// The date of the statement: what settles the claim if paid that day.
    pub as_of: Date,
    /// The reference-rate table (default: [`RateTable::embedded`]).
    pub rates: &'a RateTable,
    /// Strict mode: a day the table does not cover is an error instead of a warning.
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct InterestLine {
    /// The invoice number.
    pub invoice: String,
    /// First interest day of the line.
    #[serde(serialize_with = "serialize_date")]
    pub from: Date,
    /// Last interest day of the line (inclusive).
    #[serde(serialize_with = "serialize_date")]
    pub to: Date,
    /// Days counted (actual days; 30E/360 days under that convention).
    pub days: i64,
    /// The year length the days are divided by (366, 365 or 360).
    pub year_days: i64,
    /// The capital the interest runs on.
    pub base: Money,
    /// The rate, percent a year.
    #[serde(serialize_with = "serialize_percent")]
    pub rate: Decimal,
    /// The referensränta the rate is built on (absent for an agreed rate).
    #[serde(serialize_with = "serialize_opt_percent")]
    pub reference_rate: Option<Decimal>,
    /// `base × rate/100 × days/yearDays`, rounded to the öre.
    pub amount: Money,
    /// The statute.
    pub rule: &'static str,
    /// What the line is.
    pub explanation: Text,
}

/// One fee charged to the debtor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FeeLine {
    /// Which fee.
    pub kind: FeeKind,
    /// The day of the action that earned it.
    #[serde(serialize_with = "serialize_date")]
    pub date: Date,
    /// The amount charged.
    pub amount: Money,
    /// The invoice it belongs to (förseningsersättning), if one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub invoice: Option<String>,
    /// The index of the step in the claim that earned it, if a step did.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub step: Option<usize>,
    /// The statute.
    pub rule: &'static str,
    /// What the fee is for.
    pub explanation: Text,
}

/// How one payment was allocated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
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
}

/// Where one invoice stands on the statement date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
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
    /// Interest of the next day on the capital outstanding (DOMAIN.md 8.8).
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
}

fn serialize_opt_percent<S: serde::Serializer>(
    value: &Option<Decimal>,
    s: S,
) -> core::result::Result<S::Ok, S::Error> {
    match value {
        Some(v) => serialize_percent(v, s),
        None => s.serialize_none(),
    }
}

/// The statement of `claim` as of `options.as_of`.
pub fn statement(claim: &Claim, options: &StatementOptions<'_>) -> Result<Statement> {
    claim.validate()?;
    calendar::check_range(options.as_of).map_err(|e| e.at("asOf"))?;
    if let Some(first) = claim.first_issue_date() {
        if options.as_of < first {
            return Err(Error::new(
                ErrorCode::AsOfBeforeIssue,
                format!(
                    "the statement date {} is before the first invoice was issued ({first})",
                    options.as_of
                ),
            )
            .at("asOf"));
        }
    }
    let mut ledger = Ledger::new(claim, options)?;
    for event in ledger.events()? {
        ledger.apply(event)?;
    }
    ledger.accrue_all(options.as_of)?;
    ledger.finish()
}

/// What happens on a day, in the order of [`EventKind`] and then input order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum EventKind {
    LateFee,
    Step,
    Payment,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Event {
    date: Date,
    kind: EventKind,
    index: usize,
}

#[derive(Debug)]
struct InvoiceState {
    number: String,
    due: Date,
    first_day: Date,
    /// First day not yet closed into a line.
    next_line_day: Date,
    capital: Money,
    interest: Money,
    lines: Vec<InterestLine>,
}

/// The claim's running accounts while its events are replayed.
struct Ledger<'a> {
    claim: &'a Claim,
    options: &'a StatementOptions<'a>,
    source: RateSource<'a>,
    invoices: Vec<InvoiceState>,
    /// Invoice indices in allocation order: earliest effective due date, then input order.
    priority: Vec<usize>,
    fee_lines: Vec<FeeLine>,
    fee_unpaid: Vec<Money>,
    allocations: Vec<Allocation>,
    warnings: Vec<Warning>,
    credit: Money,
    /// Full value of the reminder/inkassokrav/plan fees earned so far.
    ordinary_earned: Money,
    /// What of them was charged.
    ordinary_charged: Money,
    /// Förseningsersättning charged so far.
    late_fees: Money,
    /// Step kinds whose one step per claim has happened.
    done: Vec<StepKind>,
    /// Interest lines computed so far (kept or not), bounded by [`MAX_INTEREST_LINES`].
    line_count: usize,
}

impl<'a> Ledger<'a> {
    fn new(claim: &'a Claim, options: &'a StatementOptions<'a>) -> Result<Self> {
        let mut invoices = Vec::with_capacity(claim.invoices.len());
        for (i, invoice) in claim.invoices.iter().enumerate() {
            let due = claim
                .effective_due_date(invoice)
                .map_err(|e| e.at(format!("invoices[{i}].dueDate")))?;
            let first_day = calendar::next_day(due)?;
            invoices.push(InvoiceState {
                number: invoice.number.clone(),
                due,
                first_day,
                next_line_day: first_day,
                capital: invoice.amount,
                interest: Money::ZERO,
                lines: Vec::new(),
            });
        }
        let mut priority: Vec<usize> = (0..invoices.len()).collect();
        priority.sort_by_key(|&i| (invoices.get(i).map(|s| s.due), i));
        let source = match claim.agreed_rate {
            Some(rate) => RateSource::Agreed(rate),
            None => RateSource::Statutory(options.rates),
        };
        Ok(Ledger {
            claim,
            options,
            source,
            invoices,
            priority,
            fee_lines: Vec::new(),
            fee_unpaid: Vec::new(),
            allocations: Vec::new(),
            warnings: Vec::new(),
            credit: Money::ZERO,
            ordinary_earned: Money::ZERO,
            ordinary_charged: Money::ZERO,
            late_fees: Money::ZERO,
            done: Vec::new(),
            line_count: 0,
        })
    }

    /// The events up to the statement date, in order; later ones become warnings.
    fn events(&mut self) -> Result<Vec<Event>> {
        let as_of = self.options.as_of;
        let mut events = Vec::new();
        if self.claim.claims_late_fee() {
            for (index, inv) in self.invoices.iter().enumerate() {
                events.push(Event {
                    date: inv.first_day,
                    kind: EventKind::LateFee,
                    index,
                });
            }
        }
        for (index, step) in self.claim.steps.iter().enumerate() {
            events.push(Event {
                date: step.date,
                kind: EventKind::Step,
                index,
            });
        }
        for (index, payment) in self.claim.payments.iter().enumerate() {
            events.push(Event {
                date: payment.date,
                kind: EventKind::Payment,
                index,
            });
        }
        events.sort();
        let (now, later): (Vec<Event>, Vec<Event>) =
            events.into_iter().partition(|e| e.date <= as_of);
        for e in later {
            let field = match e.kind {
                EventKind::LateFee => continue,
                EventKind::Step => format!("steps[{}]", e.index),
                EventKind::Payment => format!("payments[{}]", e.index),
            };
            self.warnings.push(
                Warning::new(
                    WarningCode::AfterAsOf,
                    format!(
                        "Händelsen {} är efter beräkningsdagen och ingår inte.",
                        format_date(e.date)
                    ),
                    format!(
                        "The event on {} is after the statement date and is left out.",
                        format_date(e.date)
                    ),
                )
                .at(field),
            );
        }
        Ok(now)
    }

    fn apply(&mut self, event: Event) -> Result<()> {
        match event.kind {
            EventKind::LateFee => self.late_fee(event.index, event.date),
            EventKind::Step => match self.claim.steps.get(event.index) {
                Some(step) => self.step(event.index, *step),
                None => Ok(()),
            },
            EventKind::Payment => match self.claim.payments.get(event.index) {
                Some(payment) => {
                    self.accrue_all(payment.date)?;
                    self.allocate(event.index, *payment)
                }
                None => Ok(()),
            },
        }
    }

    /// Closes every invoice's interest through `through` (inclusive).
    fn accrue_all(&mut self, through: Date) -> Result<()> {
        let ctx = AccrualContext {
            source: self.source,
            table: self.options.rates,
            strict: self.options.strict_rates,
            day_count: self.claim.day_count,
            keep_lines: self.options.detail == Detail::Full,
        };
        for state in &mut self.invoices {
            ctx.accrue(state, through, &mut self.warnings, &mut self.line_count)?;
        }
        Ok(())
    }

    fn overdue_on(&self, date: Date) -> bool {
        self.invoices
            .iter()
            .any(|s| date > s.due && s.capital.is_positive())
    }

    fn late_fee(&mut self, index: usize, date: Date) -> Result<()> {
        let Some(state) = self.invoices.get(index) else {
            return Ok(());
        };
        let number = state.number.clone();
        if !state.capital.is_positive() {
            // Paid by its due date: no right to compensation (lag 1981:739 4 a § follows the
            // right to interest, which never arose).
            self.warnings.push(
                Warning::new(
                    WarningCode::NoLateFee,
                    format!("Ingen förseningsersättning för faktura {number}: den betalades senast på förfallodagen."),
                    format!("No late-payment compensation for invoice {number}: it was paid by its due date."),
                )
                .at(format!("invoices[{index}]")),
            );
            return Ok(());
        }
        let Some(param) = FeeKind::LateFee.parameter_on(date) else {
            self.warnings.push(
                Warning::new(
                    WarningCode::NoLateFee,
                    format!("Ingen förseningsersättning för faktura {number}: den blev förfallen före 2013-03-16."),
                    format!("No late-payment compensation for invoice {number}: it fell due before 2013-03-16."),
                )
                .at(format!("invoices[{index}]")),
            );
            return Ok(());
        };
        self.late_fees = self.late_fees.checked_add(param.amount)?;
        let explanation = Text::new(
            format!(
                "Förseningsersättning för faktura {number}: dröjsmålsränta löper från {}.",
                format_date(date)
            ),
            format!(
                "Late-payment compensation for invoice {number}: interest runs from {}.",
                format_date(date)
            ),
        );
        self.charge(FeeLine {
            kind: FeeKind::LateFee,
            date,
            amount: param.amount,
            invoice: Some(number),
            step: None,
            rule: param.rule,
            explanation,
        });
        Ok(())
    }

    fn step(&mut self, index: usize, step: Step) -> Result<()> {
        let field = format!("steps[{index}]");
        let once_per_claim = !matches!(step.kind, StepKind::Enforcement);
        let act_fee = matches!(
            step.kind,
            StepKind::Reminder | StepKind::CollectionDemand | StepKind::PaymentPlan
        );
        if act_fee && !self.overdue_on(step.date) {
            self.warnings.push(
                Warning::new(
                    WarningCode::NotOverdue,
                    format!(
                        "Ingen avgift för {} {}: inget i fordran var förfallet den dagen.",
                        step.kind.name_sv(),
                        format_date(step.date)
                    ),
                    format!(
                        "No fee for the {} of {}: nothing in the claim was overdue that day.",
                        step.kind.name_en(),
                        format_date(step.date)
                    ),
                )
                .at(field),
            );
            return Ok(());
        }
        if once_per_claim && self.done.contains(&step.kind) {
            self.warnings.push(
                Warning::new(
                    WarningCode::FeeAlreadyCharged,
                    format!(
                        "Ingen avgift för ytterligare en {} {}: en avgift per fordran.",
                        step.kind.name_sv(),
                        format_date(step.date)
                    ),
                    format!(
                        "No fee for another {} on {}: one fee per claim.",
                        step.kind.name_en(),
                        format_date(step.date)
                    ),
                )
                .at(field),
            );
            return Ok(());
        }
        self.done.push(step.kind);
        match step.kind {
            StepKind::Reminder if !self.claim.reminder_fee_agreed => {
                self.warnings.push(
                    Warning::new(
                        WarningCode::ReminderFeeNotAgreed,
                        "Ingen påminnelseavgift: den var inte avtalad när skulden uppkom (lag 1981:739 2 §).",
                        "No reminder fee: it was not agreed when the debt arose (lag 1981:739 2 §).",
                    )
                    .at(field),
                );
                Ok(())
            }
            StepKind::Reminder => self.charge_ordinary(FeeKind::ReminderFee, index, step),
            StepKind::CollectionDemand => self.charge_ordinary(FeeKind::CollectionFee, index, step),
            StepKind::PaymentPlan => self.charge_ordinary(FeeKind::PaymentPlanFee, index, step),
            StepKind::PaymentOrder => {
                self.charge_plain(FeeKind::PaymentOrderFee, index, step);
                self.charge_plain(FeeKind::PaymentOrderCompensation, index, step);
                Ok(())
            }
            StepKind::Enforcement => {
                self.charge_plain(FeeKind::EnforcementFee, index, step);
                Ok(())
            }
        }
    }

    fn step_explanation(kind: FeeKind, step: Step, note_sv: &str, note_en: &str) -> Text {
        Text::new(
            format!(
                "{} för {} {}{note_sv}.",
                capitalise(kind.name_sv()),
                step.kind.name_sv(),
                format_date(step.date)
            ),
            format!(
                "{} for the {} of {}{note_en}.",
                capitalise(kind.name_en()),
                step.kind.name_en(),
                format_date(step.date)
            ),
        )
    }

    /// A Kronofogden cost: charged in full.
    fn charge_plain(&mut self, kind: FeeKind, index: usize, step: Step) {
        let Some(param) = kind.parameter_on(step.date) else {
            self.fee_not_covered(kind, index, step);
            return;
        };
        let explanation = Self::step_explanation(kind, step, "", "");
        self.charge(FeeLine {
            kind,
            date: step.date,
            amount: param.amount,
            invoice: None,
            step: Some(index),
            rule: param.rule,
            explanation,
        });
    }

    /// A reminder, inkassokrav or plan fee: replaced by förseningsersättning up to its amount.
    fn charge_ordinary(&mut self, kind: FeeKind, index: usize, step: Step) -> Result<()> {
        let Some(param) = kind.parameter_on(step.date) else {
            self.fee_not_covered(kind, index, step);
            return Ok(());
        };
        self.ordinary_earned = self.ordinary_earned.checked_add(param.amount)?;
        let amount = if self.claim.claims_late_fee() {
            let allowed = self.ordinary_earned.saturating_sub_to_zero(self.late_fees);
            allowed.saturating_sub_to_zero(self.ordinary_charged)
        } else {
            param.amount
        };
        if amount < param.amount {
            self.warnings.push(
                Warning::new(
                    WarningCode::FeeAbsorbedByLateFee,
                    format!(
                        "{} för {} {} ersätts av förseningsersättningen (lag 1981:739 4 a §): {} debiteras.",
                        capitalise(kind.name_sv()),
                        step.kind.name_sv(),
                        format_date(step.date),
                        kr_sv(amount)
                    ),
                    format!(
                        "The {} for the {} of {} is replaced by the late-payment compensation (lag 1981:739 4 a §): {} charged.",
                        kind.name_en(),
                        step.kind.name_en(),
                        format_date(step.date),
                        kr_en(amount)
                    ),
                )
                .at(format!("steps[{index}]")),
            );
        }
        if amount.is_positive() {
            self.ordinary_charged = self.ordinary_charged.checked_add(amount)?;
            let (note_sv, note_en) = if amount < param.amount {
                (
                    ", utöver förseningsersättningen",
                    ", beyond the late-payment compensation",
                )
            } else {
                ("", "")
            };
            let explanation = Self::step_explanation(kind, step, note_sv, note_en);
            self.charge(FeeLine {
                kind,
                date: step.date,
                amount,
                invoice: None,
                step: Some(index),
                rule: param.rule,
                explanation,
            });
        }
        Ok(())
    }

    fn fee_not_covered(&mut self, kind: FeeKind, index: usize, step: Step) {
        self.warnings.push(
            Warning::new(
                WarningCode::FeeNotCovered,
                format!(
                    "Ingen {} för {}: avgiftstabellen börjar senare.",
                    kind.name_sv(),
                    format_date(step.date)
                ),
                format!(
                    "No {} for {}: the fee table starts later.",
                    kind.name_en(),
                    format_date(step.date)
                ),
            )
            .at(format!("steps[{index}]")),
        );
    }

    fn charge(&mut self, line: FeeLine) {
        self.fee_unpaid.push(line.amount);
        self.fee_lines.push(line);
    }

    /// Allocates one payment (DOMAIN.md 8.6): outstanding fees oldest first, then outstanding
    /// interest, then capital (both by earliest effective due date, then invoice order); the
    /// rest is a credit.
    ///
    /// The order costs → interest → capital is Swedish *practice*, applied "unless agreed
    /// otherwise"; Germany has the same order by statute (BGB § 367). **Verify** (DOMAIN.md 6):
    /// no Swedish statute or case for it has been pinned yet, so the order is a convention of
    /// the product, not a cited rule.
    fn allocate(&mut self, index: usize, payment: Payment) -> Result<()> {
        let mut remaining = payment.amount;
        let mut to_fees = Money::ZERO;
        for unpaid in &mut self.fee_unpaid {
            let part = take(&mut remaining, unpaid)?;
            to_fees = to_fees.checked_add(part)?;
        }
        let mut to_interest = Money::ZERO;
        for &i in &self.priority {
            if let Some(state) = self.invoices.get_mut(i) {
                let part = take(&mut remaining, &mut state.interest)?;
                to_interest = to_interest.checked_add(part)?;
            }
        }
        let mut to_capital = Money::ZERO;
        for &i in &self.priority {
            if let Some(state) = self.invoices.get_mut(i) {
                let part = take(&mut remaining, &mut state.capital)?;
                to_capital = to_capital.checked_add(part)?;
            }
        }
        if remaining.is_positive() {
            self.credit = self.credit.checked_add(remaining)?;
            push_unique(
                &mut self.warnings,
                Warning::new(
                    WarningCode::Overpaid,
                    format!(
                        "Betalningen {} överstiger fordran: överskottet är en tillgodohavande för gäldenären.",
                        format_date(payment.date)
                    ),
                    format!(
                        "The payment of {} exceeds the claim: the excess is a credit owed to the debtor.",
                        format_date(payment.date)
                    ),
                )
                .at(format!("payments[{index}]")),
            );
        }
        self.allocations.push(Allocation {
            payment: index,
            date: payment.date,
            amount: payment.amount,
            fees: to_fees,
            interest: to_interest,
            capital: to_capital,
            credit: remaining,
        });
        Ok(())
    }

    fn per_diem(&mut self) -> Result<Money> {
        let day = calendar::next_day(self.options.as_of)?;
        let half_year = HalfYear::of(day);
        let mut exact = Decimal::ZERO;
        for state in &self.invoices {
            if !state.capital.is_positive() || day < state.first_day {
                continue;
            }
            match self.source.rate_for(half_year)? {
                Some(rate) => {
                    if rate.status == Some(RateStatus::Provisional) {
                        push_unique(&mut self.warnings, provisional_warning(half_year));
                    }
                    let one = interest::one_day_exact(
                        state.capital,
                        rate.rate,
                        self.claim.day_count,
                        day,
                    )?;
                    exact = exact
                        .checked_add(one)
                        .ok_or_else(|| Error::overflow("the per diem"))?;
                }
                None => push_unique(
                    &mut self.warnings,
                    not_covered_warning(half_year).at("perDiem"),
                ),
            }
        }
        Ok(Money::round(exact))
    }

    fn finish(mut self) -> Result<Statement> {
        let per_diem = self.per_diem()?;
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
        Ok(Statement {
            as_of: self.options.as_of,
            capital,
            interest,
            fees,
            total,
            credit: self.credit,
            per_diem,
            interest_lines,
            fee_lines: self.fee_lines,
            allocations: self.allocations,
            invoices,
            warnings: self.warnings,
        })
    }
}

/// Moves `min(remaining, due)` from both: what `remaining` pays of `due`.
fn take(remaining: &mut Money, due: &mut Money) -> Result<Money> {
    let part = (*remaining).min(*due);
    if !part.is_positive() {
        return Ok(Money::ZERO);
    }
    *remaining = remaining.checked_sub(part)?;
    *due = due.checked_sub(part)?;
    Ok(part)
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn not_covered_warning(half_year: HalfYear) -> Warning {
    Warning::new(
        WarningCode::RateNotCovered,
        format!("Referensräntan för {half_year} saknas i tabellen: ingen ränta är beräknad för de dagarna."),
        format!("The rate table has no referensränta for {half_year}: no interest is computed for those days."),
    )
    .for_half_year(half_year)
}

/// Most interest lines in one statement. Each line carries its texts (about half a kilobyte),
/// so this bounds a statement's memory to some 50 MB whatever the input: 1 000 invoices with
/// 1 000 payment dates over 300 years would otherwise need gigabytes, and in WebAssembly an
/// allocation failure traps the instance.
pub const MAX_INTEREST_LINES: usize = 100_000;

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
    source: RateSource<'a>,
    table: &'a RateTable,
    strict: bool,
    day_count: crate::claim::DayCount,
    /// Keep each line with its explanation ([`Detail::Full`]).
    keep_lines: bool,
}

impl AccrualContext<'_> {
    /// Closes `state`'s interest from its next open day through `through` into lines.
    fn accrue(
        &self,
        state: &mut InvoiceState,
        through: Date,
        warnings: &mut Vec<Warning>,
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
        for (start, end) in interest::split_by_half_year(from, through)? {
            let half_year = HalfYear::of(start);
            let Some(rate) = self.source.rate_for(half_year)? else {
                if self.strict {
                    return Err(rates::not_covered(self.table, start));
                }
                push_unique(warnings, not_covered_warning(half_year));
                continue;
            };
            if rate.status == Some(RateStatus::Provisional) {
                push_unique(warnings, provisional_warning(half_year));
            }
            let (days, year_days) = interest::accrual(self.day_count, start, end);
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
                amount,
                rule: rate.rule,
                explanation: interest_explanation(&rate, state.capital, days, year_days),
            });
        }
        Ok(())
    }
}

fn provisional_warning(half_year: HalfYear) -> Warning {
    Warning::new(
        WarningCode::ProvisionalRate,
        format!("Referensräntan för {half_year} är preliminär: kontrollera den mot Riksbankens besked."),
        format!("The referensränta for {half_year} is provisional: check it against the Riksbank's notice."),
    )
    .for_half_year(half_year)
}

fn interest_explanation(
    rate: &interest::AppliedRate,
    base: Money,
    days: i64,
    year_days: i64,
) -> Text {
    // Built with push_str rather than format!: this runs for every interest line and was most
    // of a statement's time (BENCHMARKS.md). The texts are the same as with format!:
    //   "Dröjsmålsränta {rate} (referensränta {ref} + 8 procentenheter) på {base} i {days}
    //    dagar, {days}/{year_days} av ett år." (and "Avtalad dröjsmålsränta …" for an agreed
    //   rate), and the English "Late-payment interest at …" / "Agreed late-payment interest at …".
    let mut sv = String::with_capacity(128);
    let mut en = String::with_capacity(128);
    match rate.reference_rate {
        Some(reference) => {
            sv.push_str("Dröjsmålsränta ");
            push_pct_sv(&mut sv, rate.rate);
            sv.push_str(" (referensränta ");
            push_pct_sv(&mut sv, reference);
            sv.push_str(" + 8 procentenheter) på ");
            en.push_str("Late-payment interest at ");
            push_pct_en(&mut en, rate.rate);
            en.push_str(" (reference rate ");
            push_pct_en(&mut en, reference);
            en.push_str(" + 8 points) on ");
        }
        None => {
            sv.push_str("Avtalad dröjsmålsränta ");
            push_pct_sv(&mut sv, rate.rate);
            sv.push_str(" på ");
            en.push_str("Agreed late-payment interest at ");
            push_pct_en(&mut en, rate.rate);
            en.push_str(" on ");
        }
    }
    push_kr_sv(&mut sv, base);
    sv.push_str(" i ");
    push_int(&mut sv, days);
    sv.push_str(" dagar, ");
    push_int(&mut sv, days);
    sv.push('/');
    push_int(&mut sv, year_days);
    sv.push_str(" av ett år.");
    push_kr_en(&mut en, base);
    en.push_str(" for ");
    push_int(&mut en, days);
    en.push_str(" days, ");
    push_int(&mut en, days);
    en.push('/');
    push_int(&mut en, year_days);
    en.push_str(" of a year.");
    Text { sv, en }
}
