//! Compliance check of a claim's history (`claim.steps`) and, if given, of an escalation
//! [`Policy`]: the things a creditor must not do under inkassolagen (1974:182), god inkassosed
//! (IMY's general advice) and lag (1981:739) om ersättning för inkassokostnader.
//!
//! The history records the steps and, where the caller knows them, what each step said: its
//! payment term (`paymentTermDays`) and whether it claimed a fee (`fee`). Where a step does
//! not say, the check assumes the creditor charges the fees the policy says it charges
//! ([`FeePolicy`]); without a policy, the default: every statutory fee, no interest on fees,
//! nothing on top of förseningsersättning. A step with `fee: false` claimed nothing and is
//! never flagged for a fee (a fee-free reminder is lawful whatever was agreed). Where the fee
//! rules are the engine's (one fee per claim, absorption by förseningsersättning), the check
//! reads the engine's typed warnings about each step ([`crate::statement()`]) so both agree.
//! The history is valued as the timeline values it, with the policy's fee choices applied to
//! the steps without a `fee` of their own ([`FeePolicy`]): a fee the policy waives is not paid
//! first, so a payment may leave nothing due where the claim as recorded would still owe.
//! [`crate::letter::letter`] agrees when the steps record their `fee`.
//!
//! | code | severity | when |
//! |---|---|---|
//! | `COLLECTION_DEMAND_NOT_OVERDUE` | error | an inkassokrav on or before the effective due date of an invoice with capital unpaid at the start of its day, or when no invoice had capital unpaid (history, among the invoices issued by its day; [`crate::letter::letter`] refuses the same, counting that day's payments and credit notes too, and an invoice of the claim issued later as not yet due: the letter is for the whole claim); or a policy that sends it on the due date |
//! | `COLLECTION_TERM_TOO_SHORT` | error | an inkassokrav's own term (`paymentTermDays`), or the policy's, is under the minimum in force ([`params::MIN_COLLECTION_TERM_DAYS`], 8 days); so is a final notice's that is a demand (after a lawful inkassokrav, or once Kronofogden or a court has the claim; the policy's, when the policy sends an inkassokrav before it): what `letter` refuses (**verify**: no statute names the final notice; the engine holds it to the inkassokrav's term) |
//! | `REMINDER_FEE_NOT_AGREED` | error | a reminder in the history records that it claimed a fee (`fee: true`) that was not agreed when the debt arose (a policy's reminder fee is charged only where it was agreed, as the timeline charges it) |
//! | `FEE_CHARGED_TWICE` | warning | a second fee-claiming reminder, inkassokrav, plan or betalningsföreläggande in the history (one of Kronofogden's claims its fee unless `fee: false`): it earns no fee |
//! | `FEE_ON_TOP_OF_LATE_FEE` | error | the policy charges the reminder (where agreed) or inkassokrav fee in full on top of förseningsersättning, or a step records that it claimed a fee (`fee: true`) that förseningsersättning replaces |
//! | `INTEREST_ON_FEES` | warning | the policy charges interest on fees |
//! | `PAYMENT_ORDER_BEFORE_DEADLINE` | error | a betalningsföreläggande on or before the inkassokrav's deadline, or after it on or before the latest deadline of the final notices sent since (each one's term, else the policy's, moved off a day off; one with neither is not judged) |
//! | `PAYMENT_ORDER_WITHOUT_DEMAND` | warning | a betalningsföreläggande with no inkassokrav before it in the history |
//! | `PAYMENT_ORDER_ON_INVALID_DEMAND` | error | a betalningsföreläggande whose inkassokrav was sent on or before the effective due date of an invoice still unpaid when the application was made |
//! | `PAYMENT_ORDER_AFTER_DISPUTE` | error | a betalningsföreläggande applied for after a `dispute` (bestridande) recorded on an earlier day, with no `judgment` or `enforcement` (which rests on a title) recorded by then (a judgment decides it for the invoices of its case only) and not `withdrawn` by the application's day, or one recorded after a title about an invoice that title left out ([`Claim::dispute_standing`]): a disputed claim is tried by a court, not sent to betalningsföreläggande (god inkassosed) |
//! | `KRONOFOGDEN_WITHOUT_DEBT` | error | a betalningsföreläggande or verkställighet when the claim's capital was paid, or nothing was due yet (a verkställighet while a judgment's litigation costs are unpaid enforces them: lawful); whatever the step's `fee`: one recorded `fee: false` has no fee at stake |
//! | `ENFORCEMENT_WITHIN_A_YEAR` | error | a verkställighet less than a year after the last on the same title (a further year: after the one the claim's year runs from): no new grundavgift |
//! | `FURTHER_YEAR_WITHOUT_APPLICATION` | warning | an `enforcement` recorded `furtherYear: true` with no application for enforcement recorded before it: it renews nothing, so it is read (and charged) as an application; the history may leave out the application it renews |
//! | `ENFORCEMENT_WITHOUT_TITLE` | warning | the first verkställighet with no enforcement title recorded before it: no judgment, and no utslag of a betalningsföreläggande (utsökningsbalken 3 kap. 1 §); likewise the first efterbevakning with no judgment, verkställighet or such utslag before it. A warning: the history may not record the title (the timeline assumes one) |
//! | `TIME_BARRED_DEMANDED` | error | a step (any but a dispute or a judgment: an amorteringsplan too) on a day an invoice it demands is time-barred with capital unpaid (legal action demands the invoices of its case, every invoice when its case holds none, an efterbevakning those of the verkställighet it follows, else of the dom or utslag it watches, every invoice with neither: `ClaimState::time_barred_demanded`), valued with the policy's fee choices; a payment after the step does not count (preskriptionslagen; god inkassosed) |
//! | `REMINDER_NOT_OVERDUE` | warning | a reminder or final notice sent when no invoice was overdue with capital unpaid: it reminds of nothing, earns no fee and does not count as the claim's reminder |
//! | `DEMAND_AFTER_DISPUTE` | error | a reminder, inkassokrav or final notice sent after a `dispute` recorded on an earlier day (or listed before it on the same day) that no `judgment` or `enforcement` has decided by then (a judgment decides it for the invoices of its case only) and that was not `withdrawn` by the step's day, or one recorded after a title about an invoice that title left out, still unpaid ([`Claim::dispute_standing`]): a disputed claim is taken to court, not demanded again (god inkassosed; Inkassonämnden 340/2022) |
//! | `FEE_NOT_RECOVERABLE` | error | a fee a step records it claimed (`fee: true`) that the step cannot earn: a reminder's after an inkassokrav or a step at Kronofogden or in court (lag 1981:739 4 §), a final notice's, efterbevakning's or a dispute's (5 §; the debtor's dispute earns the creditor nothing), or a plan's set up before anything was overdue (1 §) |
//! | `RATE_ASSUMED` | warning | a payment after the rate table: the history is valued with a referensränta assumed for the days before it, so which debt it paid, and the findings that turn on it, may change once the Riksbank's rate is given |
//! | `LIMITATION_BEFORE_RECEIPT` | warning | a reminder, inkassokrav or final notice sent on or before an invoice's preskription date but assumed to reach the debtor only after it (preskriptionslagen 5 §: limitation is interrupted on receipt; **verify** the engine's reading of a letter as interrupting on its day) |
//! | `LEGAL_ACTION_DURING_PLAN` | warning (error when the plan's `ended` is after the action) | legal action whose latest step before it is an amorteringsplan, with payments recorded since the plan: an agreed plan that is kept may not be set aside (god inkassosed); confirm it was broken |
//! | `FINAL_NOTICE_TOO_EARLY` | warning | a final notice on or before the deadline of the latest lawful inkassokrav before it (its own term, else the policy's, never under the minimum), while neither Kronofogden nor a court has the claim: what `letter` refuses |
//! | `DEMAND_DURING_PLAN` | warning | a reminder, inkassokrav or final notice while a recorded amorteringsplan ran (not `ended` by its day, nothing on Kronofogden's or a court's road since): what `letter` warns of |
//! | `TRANSFER_REQUEST_LATE` | warning | a `courtAction` read as the transfer of a disputed betalningsföreläggande ([`Claim::transferred_by`]), its date the day the request was made, after four weeks from the dispute, moved off a day off ([`params::TRANSFER_REQUEST_DAYS`]): the request must reach Kronofogden within four weeks of the day it sent notice of the dispute, or the case is written off (lag 1990:746 34 §, 37 §), and the court action is then a stämningsansökan; or a policy whose `court.daysAfterDispute` is over four weeks. A request made in the application itself may never be late (**verify**): then the warning does not apply |
//! | `CLAIM_ALREADY_DECIDED` | error | a `paymentOrder`, or a `courtAction` that is no transfer, with nothing of its own to decide: every invoice overdue on its day was decided by a judgment or utslag recorded before it (rättegångsbalken 17 kap. 11 §, 13 kap. 6 § while the case is pending; lag 1990:746 64 §; RH 2007:34): the application should be dismissed; apply for verkställighet on the title. Where none was applied for on it, the engine reads its case as about the decided invoices (it interrupts their preskription, and an utslag given on it is a title for them) |
//! | `DEMAND_BEFORE_REMINDER_DEADLINE` | warning | an inkassokrav on or before the deadline of an earlier reminder that records its term (`paymentTermDays`; moved off a day off), or on the day of one that records none: its fee is hardly "skäligen påkallad" (lag 1981:739 4 § första stycket) |
//!
//! The history is valued with the embedded rate table and, for the half-years after it up to
//! the claim's last event, the last known referensränta assumed unchanged, as the timeline
//! projects (a payment after the table pays those days' interest first).
//!
//! For history, the inkassokrav's deadline is its date + its own term (`paymentTermDays`), else
//! the policy's term, else the minimum in force on its date (never less than that minimum: an
//! unlawful shorter term does not make an earlier application lawful), moved off days off.
//!
//! Förseningsersättning replaces the other collection costs up to its amount under lag 1981:739
//! 5 § andra stycket (as amended by SFS 2013:56; confirmed in the consolidated text,
//! 2026-12-07): the fees of 2 and 3 §§ are owed only where their sum exceeds it.

use std::borrow::Cow;

use serde::ser::SerializeStruct;
use serde::Serialize;
use time::Date;

use crate::calendar;
use crate::claim::{Claim, Step, StepKind};
use crate::error::Result;
use crate::fees::{FeeKind, NoFeeReason};
use crate::limitation;
use crate::money::Money;
use crate::params;
use crate::policy::{FeePolicy, Policy};
use crate::rates::{HalfYear, RateTable};
use crate::state::ClaimState;
use crate::statement::{statement_of_valid, Replay, Statement, StatementOptions};
use crate::text::{self, Text};
use crate::timeline::EntryKind;
use crate::warning::{Facts, Subject, WarningCode};
use rust_decimal::Decimal;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Severity {
    /// Unlawful or against god inkassosed.
    Error,
    /// Probably wrong, or not settled law: check it.
    Warning,
}

/// Where a finding comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Source {
    /// The steps already taken.
    History,
    /// The escalation plan.
    Policy,
}

/// A stable finding code (`SCREAMING_SNAKE_CASE` when serialised). Codes are never renamed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[non_exhaustive]
pub enum FindingCode {
    /// An inkassokrav before the debt is overdue.
    CollectionDemandNotOverdue,
    /// An inkassokrav term under 8 days.
    CollectionTermTooShort,
    /// A reminder fee without prior agreement.
    ReminderFeeNotAgreed,
    /// A second fee of a kind that earns one per claim.
    FeeChargedTwice,
    /// A reminder or inkassokrav fee on top of förseningsersättning.
    FeeOnTopOfLateFee,
    /// Interest on fees.
    InterestOnFees,
    /// A betalningsföreläggande before the inkassokrav's deadline passed.
    PaymentOrderBeforeDeadline,
    /// A betalningsföreläggande without an inkassokrav.
    PaymentOrderWithoutDemand,
    /// A betalningsföreläggande whose inkassokrav was itself sent before the due date.
    PaymentOrderOnInvalidDemand,
    /// A betalningsföreläggande after the debtor disputed the claim (no judgment between): a
    /// disputed claim goes to court.
    PaymentOrderAfterDispute,
    /// A betalningsföreläggande or verkställighet when no capital was due and unpaid (the
    /// claim was paid, or not yet due).
    KronofogdenWithoutDebt,
    /// A verkställighet less than a year after the last on the same title (a further year:
    /// after the one the claim's year runs from): no new grundavgift.
    EnforcementWithinAYear,
    /// The first verkställighet with no enforcement title (dom or utslag) recorded before it.
    EnforcementWithoutTitle,
    /// A further year of verkställighet with no application recorded before it: it renews
    /// nothing and is read as an application.
    FurtherYearWithoutApplication,
    /// A demand (reminder, inkassokrav, final notice, Kronofogden) for a time-barred debt.
    TimeBarredDemanded,
    /// A reminder or final notice sent when nothing in the claim was overdue: it reminds of
    /// nothing, earns no fee and does not count as the claim's reminder.
    ReminderNotOverdue,
    /// A reminder, inkassokrav or final notice sent after the debtor disputed the claim (no
    /// judgment between): a disputed claim goes to court, it is not demanded again.
    DemandAfterDispute,
    /// An inkassokrav sent on or before the deadline a reminder gave: its fee is hardly
    /// "skäligen påkallad" (lag 1981:739 4 §). A warning.
    DemandBeforeReminderDeadline,
    /// A fee claimed that the step cannot earn: a reminder's after an inkassokrav or a step at
    /// Kronofogden or in court (lag 1981:739 4 §), a final notice's or efterbevakning's (5 §),
    /// a dispute's (the debtor's own act earns the creditor nothing), or a plan's set up
    /// before anything was overdue (1 §).
    FeeNotRecoverable,
    /// A payment after the rate table: the history is valued with a referensränta assumed
    /// for the days before it (the last known one carried forward, or a caller's row marked
    /// assumed), so which debt it paid, and the findings that turn on it, may change once the
    /// Riksbank's rate is given (a year-end review: `check` judged on a guess and said
    /// nothing). A warning.
    RateAssumed,
    /// A reminder, inkassokrav or final notice sent on or before an invoice's preskription
    /// date but assumed to reach the debtor only after it: limitation is interrupted when the
    /// debtor receives a written demand (preskriptionslagen 5 §), while the engine takes a
    /// letter to interrupt on the day it is sent (**verify**), so the invoice may have been
    /// time-barred and every later step demands a time-barred debt. A warning, as `letter`'s
    /// warning of the same code (a compliance review: `check` missed it on a closed file).
    LimitationBeforeReceipt,
    /// Legal action (a betalningsföreläggande, a stämningsansökan, a verkställighet) whose
    /// latest step before it is an amorteringsplan, with payments recorded since the plan: the
    /// debtor may be keeping it, and an agreed plan that is kept may not be set aside (god
    /// inkassosed). The plan's terms are not recorded, so this asks to confirm it was broken.
    /// A warning (a compliance review).
    LegalActionDuringPlan,
    /// A final notice sent on or before the deadline of the latest lawful inkassokrav before
    /// it, while neither Kronofogden nor a court has the claim: what `letter` refuses
    /// (`FINAL_NOTICE_TOO_EARLY`). It cuts the inkassokrav's term short. A warning.
    FinalNoticeTooEarly,
    /// A reminder, inkassokrav or final notice sent while a recorded amorteringsplan ran: the
    /// latest plan before it not `ended` by its day, and no betalningsföreläggande, court case,
    /// title or verkställighet since. While the debtor keeps an agreed plan the whole claim may
    /// not be demanded (god inkassosed); `letter` warns of the same (`DEMAND_DURING_PLAN`). A
    /// warning: the plan may have been broken without its `ended` recorded.
    DemandDuringPlan,
    /// A court action read as the transfer of a disputed betalningsföreläggande to the
    /// tingsrätt, made more than four weeks after the dispute (moved off a day off): the
    /// request must reach Kronofogden within four weeks of the day it sent notice of the
    /// dispute, or the case is written off (lag 1990:746 34 §, 37 §), and the court action is
    /// then a stämningsansökan of its own. The notice's day is not recorded (it follows the
    /// dispute), so a warning. Also a policy whose `court.daysAfterDispute` is over four weeks.
    TransferRequestLate,
    /// A betalningsföreläggande or stämningsansökan with nothing of its own to decide: every
    /// invoice overdue on its day was decided by a judgment or utslag recorded before it, and
    /// none fell due since that judgment's case was brought. A
    /// matter decided may not be tried again (rättegångsbalken 17 kap. 11 §; lag 1990:746
    /// 64 § for an utslag; RH 2007:34), nor while its case is pending (13 kap. 6 §): the
    /// application should be dismissed, and verkställighet applied for on the title.
    ClaimAlreadyDecided,
}

impl FindingCode {
    /// The code as serialised, e.g. `FEE_CHARGED_TWICE`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::CollectionDemandNotOverdue => "COLLECTION_DEMAND_NOT_OVERDUE",
            Self::CollectionTermTooShort => "COLLECTION_TERM_TOO_SHORT",
            Self::ReminderFeeNotAgreed => "REMINDER_FEE_NOT_AGREED",
            Self::FeeChargedTwice => "FEE_CHARGED_TWICE",
            Self::FeeOnTopOfLateFee => "FEE_ON_TOP_OF_LATE_FEE",
            Self::InterestOnFees => "INTEREST_ON_FEES",
            Self::PaymentOrderBeforeDeadline => "PAYMENT_ORDER_BEFORE_DEADLINE",
            Self::PaymentOrderWithoutDemand => "PAYMENT_ORDER_WITHOUT_DEMAND",
            Self::PaymentOrderOnInvalidDemand => "PAYMENT_ORDER_ON_INVALID_DEMAND",
            Self::PaymentOrderAfterDispute => "PAYMENT_ORDER_AFTER_DISPUTE",
            Self::RateAssumed => "RATE_ASSUMED",
            Self::LimitationBeforeReceipt => "LIMITATION_BEFORE_RECEIPT",
            Self::LegalActionDuringPlan => "LEGAL_ACTION_DURING_PLAN",
            Self::FinalNoticeTooEarly => "FINAL_NOTICE_TOO_EARLY",
            Self::DemandDuringPlan => "DEMAND_DURING_PLAN",
            Self::TransferRequestLate => "TRANSFER_REQUEST_LATE",
            Self::ClaimAlreadyDecided => "CLAIM_ALREADY_DECIDED",
            Self::KronofogdenWithoutDebt => "KRONOFOGDEN_WITHOUT_DEBT",
            Self::EnforcementWithinAYear => "ENFORCEMENT_WITHIN_A_YEAR",
            Self::EnforcementWithoutTitle => "ENFORCEMENT_WITHOUT_TITLE",
            Self::FurtherYearWithoutApplication => "FURTHER_YEAR_WITHOUT_APPLICATION",
            Self::TimeBarredDemanded => "TIME_BARRED_DEMANDED",
            Self::ReminderNotOverdue => "REMINDER_NOT_OVERDUE",
            Self::DemandAfterDispute => "DEMAND_AFTER_DISPUTE",
            Self::DemandBeforeReminderDeadline => "DEMAND_BEFORE_REMINDER_DEADLINE",
            Self::FeeNotRecoverable => "FEE_NOT_RECOVERABLE",
        }
    }
}

/// The facts a finding reports, one variant per situation; the code, the rule and the sv/en
/// text follow from them ([`crate::text::finding`]).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum FindingFacts {
    /// An inkassokrav of `date` sent on or before the effective due date of `invoices`.
    DemandNotOverdue {
        /// The inkassokrav's date.
        date: Date,
        /// The invoices not yet overdue that day.
        invoices: Vec<String>,
    },
    /// An inkassokrav of `date` sent when no invoice had capital unpaid (the claim's capital
    /// was paid or credited before that day).
    DemandWithoutDebt {
        /// The inkassokrav's date.
        date: Date,
    },
    /// The policy, as written, sends the inkassokrav on the due date (no reminder before it,
    /// `daysAfter` 0; the timeline moves it to the next day). A warning.
    PolicyDemandOnDueDate,
    /// The policy, as written, sends the reminder on the due date (`reminder.daysAfterDue`
    /// 0): it would remind of nothing overdue, and the timeline moves it to the next day. A
    /// warning.
    PolicyReminderOnDueDate,
    /// An inkassokrav's term of `days` under the minimum `min` (a step's, with its `date`, or
    /// the policy's), or a final notice's that is a demand (`kind`
    /// [`StepKind::FinalNotice`]).
    TermTooShort {
        /// The letter: [`StepKind::CollectionDemand`] or [`StepKind::FinalNotice`].
        kind: StepKind,
        /// The term given.
        days: u32,
        /// The minimum in force.
        min: u32,
        /// The inkassokrav's date, for a step of the history.
        date: Option<Date>,
    },
    /// An inkassokrav of `date`, or a final notice that is a demand (`kind`
    /// [`StepKind::FinalNotice`]), whose deadline, `deadline`, leaves the debtor `bank_days`
    /// bank days after the day it can be assumed received (`received`), fewer than the `min`
    /// god inkassosed asks: it should have been extended (a long weekend).
    TermShortAfterReceipt {
        /// The letter: [`StepKind::CollectionDemand`] or [`StepKind::FinalNotice`].
        kind: StepKind,
        /// The letter's date.
        date: Date,
        /// Its deadline (its term, moved off a day off).
        deadline: Date,
        /// The day it is assumed received.
        received: Date,
        /// The bank days after receipt it leaves.
        bank_days: u32,
        /// The bank days god inkassosed asks.
        min: u32,
    },
    /// The reminder of `date` records that it claimed a fee (`fee: true`) that was not agreed.
    ReminderFeeNotAgreed {
        /// The reminder's date.
        date: Date,
    },
    /// A second step of a kind that earns one fee per claim.
    FeeChargedTwice {
        /// The step's kind.
        kind: StepKind,
        /// Its date.
        date: Date,
        /// The step records that it claimed the fee (`fee: true`), rather than the policy's
        /// choices implying it did.
        recorded: bool,
    },
    /// Reminder or inkassokrav fees charged on top of förseningsersättning.
    FeeOnTopOfLateFee {
        /// The förseningsersättning in force.
        late_fee: Money,
        /// The step that charged its fee on top (history), with its date; none for the policy.
        step: Option<(StepKind, Date)>,
    },
    /// The policy charges interest on fees.
    InterestOnFees,
    /// A betalningsföreläggande of `date` on or before the inkassokrav's `deadline`.
    PaymentOrderBeforeDeadline {
        /// The application's date.
        date: Date,
        /// The inkassokrav's deadline.
        deadline: Date,
        /// The deadline is later than the one the inkassokrav's term gave (moved off a day
        /// off): the one it should have given, four bank days after it can be assumed received
        /// around a long weekend (god inkassosed). The text says so rather than that the
        /// demand gave it (a compliance review).
        extended: bool,
        /// The inkassokrav gave (or the policy gives it) a term under the minimum of god
        /// inkassosed, this many days: `deadline` is the one the minimum gives, which it should
        /// have given; the text says so (a compliance review, stop 67: the text called it the
        /// demand's own deadline).
        minimum: Option<u32>,
    },
    /// A betalningsföreläggande of `date`, after the inkassokrav's deadline, on or before the
    /// `deadline` of a final notice of `notice` sent since that inkassokrav: the notice told the
    /// debtor Kronofogden would come only after it.
    PaymentOrderBeforeNoticeDeadline {
        /// The application's date.
        date: Date,
        /// The final notice's date.
        notice: Date,
        /// Its deadline: its term (its own, else the policy's, never under the inkassokrav's
        /// for one that is a demand), moved off a day off; for one that is a demand, no
        /// earlier than the bank days after its assumed receipt that god inkassosed asks.
        deadline: Date,
        /// The deadline is later than the one the notice's term gave (a demand sent around a
        /// long weekend): the one it should have given.
        extended: bool,
    },
    /// The policy, as written, applies for a betalningsföreläggande on the inkassokrav's
    /// deadline (`daysAfter` 0; the timeline moves it to the next day). A warning.
    PolicyPaymentOrderOnDeadline,
    /// The policy, as written, sends the inkassokrav on its reminder's deadline (`daysAfter` 0;
    /// the timeline moves it to the next day), as a history's inkassokrav on or before a
    /// recorded reminder's deadline is flagged. A warning (a compliance review: the policy
    /// passed where the same history did not, and its betalningsföreläggande on the deadline
    /// was an error).
    PolicyDemandOnReminderDeadline,
    /// A betalningsföreläggande of `date` with no inkassokrav before it.
    PaymentOrderWithoutDemand {
        /// The application's date.
        date: Date,
    },
    /// A reminder of `date` that claimed its fee after the claim went on to the step of
    /// `after_kind` on `after_date` (an inkassokrav, Kronofogden, a court).
    ReminderFeeAfterDemand {
        /// The reminder's date.
        date: Date,
        /// The kind of the step that took the claim past reminders.
        after_kind: StepKind,
        /// Its date.
        after_date: Date,
        /// For a judgment, the title it is as the steps show (dom or utslag), if they do.
        after_title: Option<crate::limitation::Title>,
    },
    /// A final notice or efterbevakning of `date` recorded as claiming a fee (`fee: true`).
    FeeForStepWithoutFee {
        /// The step's kind.
        kind: StepKind,
        /// Its date.
        date: Date,
    },
    /// A plan of `date` that claimed its fee when nothing in the claim was overdue.
    PlanFeeNotOverdue {
        /// The plan's date.
        date: Date,
    },
    /// A reminder of `date` that records it claimed its fee (`fee: true`, the fee agreed)
    /// when no invoice was overdue with capital unpaid: it earns none (DOMAIN.md 1, "only for
    /// an overdue debt"). Without the agreement it is [`FindingFacts::ReminderFeeNotAgreed`].
    ReminderFeeNotOverdue {
        /// The reminder's date.
        date: Date,
    },
    /// A betalningsföreläggande of `date` for `invoices`, issued after the last inkassokrav
    /// (`demand`) and overdue and unpaid by the application: no inkassokrav demanded them.
    PaymentOrderOnUndemandedInvoices {
        /// The application's date.
        date: Date,
        /// The last inkassokrav before it.
        demand: Date,
        /// The invoices issued after it.
        invoices: Vec<String>,
    },
    /// A betalningsföreläggande of `date` resting on the inkassokrav of `demand`, which was
    /// sent before the due date had passed.
    PaymentOrderOnInvalidDemand {
        /// The application's date.
        date: Date,
        /// The invalid inkassokrav's date.
        demand: Date,
        /// The invoices not yet overdue when it was sent.
        invoices: Vec<String>,
    },
    /// A betalningsföreläggande of `date` applied for after the debtor disputed the claim on
    /// `disputed`, with no judgment since.
    PaymentOrderAfterDispute {
        /// The application's date.
        date: Date,
        /// The dispute's date.
        disputed: Date,
    },
    /// A Kronofogden step of `kind` on `date` with no capital due and unpaid.
    KronofogdenWithoutDebt {
        /// Betalningsföreläggande or verkställighet.
        kind: StepKind,
        /// Its date.
        date: Date,
        /// True: the claim's capital was paid; false: nothing was due yet.
        settled: bool,
    },
    /// A further year of verkställighet on `date` ([`crate::claim::Step::further_year`]) when
    /// the debt of the cases it renews was paid or credited: nothing is left to go on enforcing
    /// (`KRONOFOGDEN_WITHOUT_DEBT`).
    FurtherYearWithoutDebt {
        /// Its date.
        date: Date,
    },
    /// A verkställighet of `date` less than a year after the one of `previous`.
    EnforcementWithinAYear {
        /// Its date.
        date: Date,
        /// The day the last grundavgift was charged that it counts against (its title's; for
        /// a further year, the one the claim's year runs from).
        previous: Date,
        /// A further year of the verkställighet under way, not an application.
        further_year: bool,
    },
    /// A verkställighet of `date` with no judgment and no undisputed betalningsföreläggande
    /// before it.
    EnforcementWithoutTitle {
        /// Its date.
        date: Date,
    },
    /// An efterbevakning of `date` with no judgment, no verkställighet and no undisputed
    /// betalningsföreläggande before it: it watches a title the history does not record.
    /// Reported as `ENFORCEMENT_WITHOUT_TITLE`.
    SurveillanceWithoutTitle {
        /// Its date.
        date: Date,
    },
    /// An `enforcement` of `date` recorded as a further year ([`Step::further_year`]) with no
    /// application before it ([`Claim::renewed_by`]).
    FurtherYearWithoutApplication {
        /// Its date.
        date: Date,
    },
    /// A reminder or final notice (`kind`) of `date` when no invoice was overdue with capital
    /// unpaid that day.
    ReminderNotOverdue {
        /// Reminder or final notice.
        kind: StepKind,
        /// Its date.
        date: Date,
        /// True: an invoice was past its due date, but its capital was paid or credited by
        /// then; false: none was past its due date yet.
        settled: bool,
        /// An invoice issued by then had capital unpaid (not yet due): with `settled`, the
        /// claim's capital was not all paid (a review of payments, stop 65, found the text
        /// saying it was).
        owed_not_due: bool,
    },
    /// A reminder, inkassokrav or final notice (`kind`) of `date` sent after the debtor
    /// disputed the claim on `disputed`, with no judgment since.
    DemandAfterDispute {
        /// Reminder, inkassokrav or final notice.
        kind: StepKind,
        /// Its date.
        date: Date,
        /// The dispute's date.
        disputed: Date,
    },
    /// An inkassokrav of `date` sent on or before `deadline`, the deadline of the reminder of
    /// `reminder` (the term it records).
    DemandBeforeReminderDeadline {
        /// The inkassokrav's date.
        date: Date,
        /// The reminder's date.
        reminder: Date,
        /// The reminder's deadline (its term, moved off a day off).
        deadline: Date,
    },
    /// An inkassokrav of `date` sent on the day of a reminder before it that records no term:
    /// whatever the term, its deadline had not passed (a docs review found a reminder and an
    /// inkassokrav of one day both earning their fees without a word).
    DemandOnReminderDay {
        /// The inkassokrav's date, the reminder's too.
        date: Date,
    },
    /// A step of `kind` on `date` demanding `invoice`, time-barred after `preskription_date`.
    TimeBarredDemanded {
        /// The step's kind.
        kind: StepKind,
        /// Its date.
        date: Date,
        /// The invoice.
        invoice: String,
        /// The last day of its limitation period.
        preskription_date: Date,
    },
    /// The history valued with the referensränta `reference_rate` assumed from `half_year` on
    /// (no published row for it), and the payment of `payment` allocated on it.
    RateAssumed {
        /// The first half-year assumed.
        half_year: HalfYear,
        /// The referensränta assumed for it.
        reference_rate: Decimal,
        /// The first payment after the assumption starts.
        payment: Date,
    },
    /// The letter of `kind` sent on `date`, assumed received on `received`, after `invoice`'s
    /// preskription date `preskription_date` (with the interruptions before it).
    LimitationBeforeReceipt {
        /// The letter's kind.
        kind: StepKind,
        /// The day it was sent.
        date: Date,
        /// The invoice.
        invoice: String,
        /// Its preskription date before the letter.
        preskription_date: Date,
        /// The day the letter is assumed received.
        received: Date,
    },
    /// Legal action of `kind` on `date` after the amorteringsplan of `plan`, with the latest
    /// payment since the plan on `paid`.
    LegalActionDuringPlan {
        /// The action's kind.
        kind: StepKind,
        /// Its date.
        date: Date,
        /// The plan's date.
        plan: Date,
        /// The latest payment after the plan, by the action's day.
        paid: Date,
        /// The day the history says the plan ended ([`Step::ended`]), after the action: the
        /// plan stood when it was taken (an error). `None`: the history does not say (a
        /// warning: confirm the plan was broken).
        ended: Option<Date>,
    },
    /// A final notice of `date` sent on or before the `deadline` of the inkassokrav of `demand`.
    FinalNoticeTooEarly {
        /// The final notice's date.
        date: Date,
        /// The inkassokrav's date.
        demand: Date,
        /// Its deadline.
        deadline: Date,
    },
    /// A letter of `kind` on `date` during the amorteringsplan of `plan`.
    DemandDuringPlan {
        /// The letter's kind.
        kind: StepKind,
        /// Its date.
        date: Date,
        /// The plan's date.
        plan: Date,
        /// The day the history records it ended, after the letter's (`None`: not recorded).
        ended: Option<Date>,
    },
    /// The court action of `date`, the transfer of the betalningsföreläggande of `order`
    /// disputed on `dispute`, after `deadline`: four weeks after the dispute, moved off a day
    /// off (the earliest day the time to ask for it can end).
    TransferRequestLate {
        /// The court action's date.
        date: Date,
        /// The betalningsföreläggande's date.
        order: Date,
        /// The dispute's date.
        dispute: Date,
        /// Four weeks after the dispute, moved off a day off.
        deadline: Date,
    },
    /// The `kind` (a betalningsföreläggande or a stämningsansökan) of `date`, about nothing but
    /// the invoices the `title` (a judgment step) of `decided` decided.
    ClaimAlreadyDecided {
        /// `PaymentOrder` or `CourtAction`.
        kind: StepKind,
        /// Its date.
        date: Date,
        /// The day of the judgment step that decided them.
        decided: Date,
        /// Which title that is, when the history says ([`limitation::title_of_judgment`]).
        title: Option<limitation::Title>,
    },
    /// The policy's court path transfers a disputed betalningsföreläggande `days` days after
    /// the dispute, more than the `max` the law allows from Kronofogden's notice. A warning.
    PolicyTransferRequestLate {
        /// The policy's `court.daysAfterDispute`.
        days: u32,
        /// The days the law gives (four weeks).
        max: u32,
    },
}

impl FindingFacts {
    /// How serious this finding is: its code's [`FindingCode::severity`], but an error for
    /// a fee charged twice that the step records as claimed (`fee: true`): the creditor's own
    /// record says the fee was taken, which the law does not allow (a debtor-side review, stop
    /// 50: a site listing errors as amounts to dispute missed it).
    pub fn severity(&self) -> Severity {
        match self {
            Self::FeeChargedTwice { recorded: true, .. } => Severity::Error,
            // The history says the plan still stood.
            Self::LegalActionDuringPlan { ended: Some(_), .. } => Severity::Error,
            // As written only: the timeline applies the day after the deadline, and sends the
            // inkassokrav the day after the due date (a reviewer, stop 51: the same policy
            // was an error for the one and a warning for the other).
            Self::PolicyPaymentOrderOnDeadline | Self::PolicyDemandOnDueDate => Severity::Warning,
            // On the assumed receipt (two bank days after sending), as a letter's
            // LIMITATION_BEFORE_RECEIPT: one delivered sooner (digitally, on its day) leaves
            // the debtor more (a legal review, stop 57: an error for a term of 14 days around
            // Christmas, on an assumption).
            Self::TermShortAfterReceipt { .. } => Severity::Warning,
            _ => self.code().severity(),
        }
    }

    /// The step whose fee is at stake, with its day: one that claims (or, without its own
    /// `fee`, would claim under the policy) a fee the law does not allow it there. `None` for
    /// a finding about no fee, or about the policy as a whole.
    pub fn fee_step(&self) -> Option<(StepKind, Date)> {
        match *self {
            Self::ReminderFeeNotAgreed { date }
            | Self::ReminderFeeAfterDemand { date, .. }
            | Self::ReminderFeeNotOverdue { date } => Some((StepKind::Reminder, date)),
            Self::FeeChargedTwice { kind, date, .. }
            | Self::KronofogdenWithoutDebt { kind, date, .. } => Some((kind, date)),
            Self::FeeOnTopOfLateFee { step, .. } => step,
            Self::FurtherYearWithoutDebt { date } | Self::EnforcementWithinAYear { date, .. } => {
                Some((StepKind::Enforcement, date))
            }
            Self::PlanFeeNotOverdue { date } => Some((StepKind::PaymentPlan, date)),
            // A letter that may not be sent yet (or at all) claims a fee it cannot earn.
            Self::DemandNotOverdue { date, .. } | Self::DemandWithoutDebt { date } => {
                Some((StepKind::CollectionDemand, date))
            }
            Self::ReminderNotOverdue { kind, date, .. } => Some((kind, date)),
            // A letter to a debtor who disputed the claim, and an application made too early,
            // after a dispute or on an invalid inkassokrav, claim costs not "skäligen påkallade"
            // (lag 1981:739 4 §; a compliance review, stop 67: the statement charged them and
            // the finding gave no amount).
            Self::DemandAfterDispute { kind, date, .. } => Some((kind, date)),
            Self::PaymentOrderBeforeDeadline { date, .. }
            | Self::PaymentOrderBeforeNoticeDeadline { date, .. }
            | Self::PaymentOrderOnInvalidDemand { date, .. }
            | Self::PaymentOrderAfterDispute { date, .. } => Some((StepKind::PaymentOrder, date)),
            // An application that should be dismissed claims costs the debtor should not bear.
            Self::ClaimAlreadyDecided { kind, date, .. } => Some((kind, date)),
            _ => None,
        }
    }

    /// The fee at stake ([`FindingFacts::fee_step`]): the statutory amount of the step's kind
    /// on its day (lag 1981:739, Kronofogden's förordningar: [`crate::fees`]), what it claims
    /// that may be owed back; both costs of a betalningsföreläggande together.
    pub fn fee(&self) -> Option<Money> {
        // A court action's fee turns on the claim's value (and on a transfer), not on its day
        // alone ([`crate::fees::court_fee_on`]): no amount is given for it.
        let (kind, date) = self
            .fee_step()
            .filter(|(kind, _)| *kind != StepKind::CourtAction)?;
        let amounts = crate::fees::fees_of(kind)
            .iter()
            .filter_map(|fee| fee.parameter_on(date).map(|p| p.amount));
        Money::sum(amounts).ok().filter(|m| m.is_positive())
    }

    /// The code these facts are reported under.
    pub fn code(&self) -> FindingCode {
        match self {
            Self::DemandNotOverdue { .. }
            | Self::DemandWithoutDebt { .. }
            | Self::PolicyDemandOnDueDate => FindingCode::CollectionDemandNotOverdue,
            Self::PolicyReminderOnDueDate => FindingCode::ReminderNotOverdue,
            Self::TermTooShort { .. } | Self::TermShortAfterReceipt { .. } => {
                FindingCode::CollectionTermTooShort
            }
            Self::ReminderFeeNotAgreed { .. } => FindingCode::ReminderFeeNotAgreed,
            Self::FeeChargedTwice { .. } => FindingCode::FeeChargedTwice,
            Self::FeeOnTopOfLateFee { .. } => FindingCode::FeeOnTopOfLateFee,
            Self::InterestOnFees => FindingCode::InterestOnFees,
            Self::PaymentOrderBeforeDeadline { .. }
            | Self::PaymentOrderBeforeNoticeDeadline { .. }
            | Self::PolicyPaymentOrderOnDeadline => FindingCode::PaymentOrderBeforeDeadline,
            Self::PaymentOrderWithoutDemand { .. }
            | Self::PaymentOrderOnUndemandedInvoices { .. } => {
                FindingCode::PaymentOrderWithoutDemand
            }
            Self::PaymentOrderOnInvalidDemand { .. } => FindingCode::PaymentOrderOnInvalidDemand,
            Self::PaymentOrderAfterDispute { .. } => FindingCode::PaymentOrderAfterDispute,
            Self::KronofogdenWithoutDebt { .. } | Self::FurtherYearWithoutDebt { .. } => {
                FindingCode::KronofogdenWithoutDebt
            }
            Self::EnforcementWithinAYear { .. } => FindingCode::EnforcementWithinAYear,
            Self::EnforcementWithoutTitle { .. } | Self::SurveillanceWithoutTitle { .. } => {
                FindingCode::EnforcementWithoutTitle
            }
            Self::FurtherYearWithoutApplication { .. } => {
                FindingCode::FurtherYearWithoutApplication
            }
            Self::TimeBarredDemanded { .. } => FindingCode::TimeBarredDemanded,
            Self::ReminderNotOverdue { .. } => FindingCode::ReminderNotOverdue,
            Self::DemandAfterDispute { .. } => FindingCode::DemandAfterDispute,
            Self::DemandBeforeReminderDeadline { .. }
            | Self::DemandOnReminderDay { .. }
            | Self::PolicyDemandOnReminderDeadline => FindingCode::DemandBeforeReminderDeadline,
            Self::ReminderFeeAfterDemand { .. }
            | Self::FeeForStepWithoutFee { .. }
            | Self::PlanFeeNotOverdue { .. }
            | Self::ReminderFeeNotOverdue { .. } => FindingCode::FeeNotRecoverable,
            Self::RateAssumed { .. } => FindingCode::RateAssumed,
            Self::LimitationBeforeReceipt { .. } => FindingCode::LimitationBeforeReceipt,
            Self::LegalActionDuringPlan { .. } => FindingCode::LegalActionDuringPlan,
            Self::FinalNoticeTooEarly { .. } => FindingCode::FinalNoticeTooEarly,
            Self::DemandDuringPlan { .. } => FindingCode::DemandDuringPlan,
            Self::TransferRequestLate { .. } | Self::PolicyTransferRequestLate { .. } => {
                FindingCode::TransferRequestLate
            }
            Self::ClaimAlreadyDecided { .. } => FindingCode::ClaimAlreadyDecided,
        }
    }
}

impl FindingCode {
    /// How serious a finding of this code is, as a rule ([`FindingFacts::severity`] makes a
    /// fee charged twice that the step records as claimed an error).
    pub fn severity(self) -> Severity {
        match self {
            Self::FeeChargedTwice
            | Self::InterestOnFees
            | Self::PaymentOrderWithoutDemand
            | Self::EnforcementWithoutTitle
            | Self::FurtherYearWithoutApplication
            | Self::ReminderNotOverdue
            | Self::DemandBeforeReminderDeadline
            | Self::RateAssumed
            | Self::LimitationBeforeReceipt
            | Self::LegalActionDuringPlan
            | Self::FinalNoticeTooEarly
            | Self::DemandDuringPlan
            | Self::TransferRequestLate => Severity::Warning,
            _ => Severity::Error,
        }
    }
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Finding {
    /// What (always `facts.code()`).
    pub code: FindingCode,
    /// How serious.
    pub severity: Severity,
    /// History or policy.
    pub source: Source,
    /// The index in `claim.steps` (history findings about one step).
    pub step: Option<usize>,
    /// The kind of step concerned, if one.
    pub kind: Option<EntryKind>,
    /// What it reports.
    pub facts: FindingFacts,
    /// The fee at stake ([`FindingFacts::fee`]), once per step (on its first error, else its
    /// first warning): `None` where the step claimed
    /// no fee (`fee: false`, or one the policy waives or the reminder fee not agreed), or
    /// where an earlier finding about the same step gives it (serialised as `fee`).
    pub fee: Option<Money>,
}

impl Finding {
    /// A finding from `source` about `step` (of `kind`) with `facts`.
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn new(
        source: Source,
        step: Option<usize>,
        kind: Option<EntryKind>,
        facts: FindingFacts,
    ) -> Finding {
        let code = facts.code();
        Finding {
            code,
            severity: facts.severity(),
            source,
            step,
            kind,
            fee: match source {
                Source::History => facts.fee(),
                Source::Policy => None,
            },
            facts,
        }
    }

    /// The statute or guidance (rendered by the catalogue).
    pub fn rule(&self) -> Cow<'static, str> {
        text::finding_rule(&self.facts)
    }

    /// The input at fault, as an error's or a warning's `field` names it: `steps[i]` for a
    /// finding about a step of the history, the policy setting for a finding about the
    /// policy (`policy.fees.feesOnTopOfLateFee`, `policy.collectionDemand.paymentTermDays`,
    /// …), none for one about the history as a whole (an integrator's review, stop 50: a form
    /// could not highlight the input a finding is about).
    pub fn field(&self) -> Option<Cow<'static, str>> {
        match (self.source, self.step) {
            (Source::History, Some(step)) => Some(Cow::Owned(format!("steps[{step}]"))),
            // The remedy: the half-year's referensränta in `rates`.
            (Source::History, None) if matches!(self.facts, FindingFacts::RateAssumed { .. }) => {
                Some(Cow::Borrowed("rates"))
            }
            (Source::History, None) => None,
            (Source::Policy, _) => Some(Cow::Borrowed(match self.facts {
                FindingFacts::FeeOnTopOfLateFee { .. } => "policy.fees.feesOnTopOfLateFee",
                FindingFacts::InterestOnFees => "policy.fees.interestOnFees",
                FindingFacts::TermTooShort {
                    kind: StepKind::FinalNotice,
                    ..
                } => "policy.finalNotice.paymentTermDays",
                FindingFacts::TermTooShort { .. } => "policy.collectionDemand.paymentTermDays",
                FindingFacts::PolicyDemandOnDueDate => "policy.collectionDemand.daysAfter",
                FindingFacts::PolicyReminderOnDueDate => "policy.reminder.daysAfterDue",
                FindingFacts::PolicyPaymentOrderOnDeadline => "policy.paymentOrder.daysAfter",
                FindingFacts::PolicyDemandOnReminderDeadline => "policy.collectionDemand.daysAfter",
                FindingFacts::PolicyTransferRequestLate { .. } => "policy.court.daysAfterDispute",
                _ => "policy",
            })),
        }
    }

    /// What it means, sv and en (rendered by the catalogue).
    pub fn text(&self) -> Text {
        text::finding(self)
    }
}

/// Serialised as `{ code, severity, source, step?, kind?, field?, halfYear?, fee?, rule, text }`
/// (`halfYear`: the first half-year a `RATE_ASSUMED` finding is about; `fee`: the fee at stake,
/// [`FindingFacts::fee`]).
impl Serialize for Finding {
    fn serialize<S: serde::Serializer>(&self, s: S) -> core::result::Result<S::Ok, S::Error> {
        let mut out = s.serialize_struct("Finding", 10)?;
        out.serialize_field("code", &self.code)?;
        out.serialize_field("severity", &self.severity)?;
        out.serialize_field("source", &self.source)?;
        match self.step {
            Some(step) => out.serialize_field("step", &step)?,
            None => out.skip_field("step")?,
        }
        match self.kind {
            Some(kind) => out.serialize_field("kind", &kind)?,
            None => out.skip_field("kind")?,
        }
        match self.field() {
            Some(field) => out.serialize_field("field", &field)?,
            None => out.skip_field("field")?,
        }
        match self.facts {
            FindingFacts::RateAssumed { half_year, .. } => {
                out.serialize_field("halfYear", &half_year)?;
            }
            _ => out.skip_field("halfYear")?,
        }
        match self.fee {
            Some(fee) => out.serialize_field("fee", &fee)?,
            None => out.skip_field("fee")?,
        }
        out.serialize_field("rule", &self.rule())?;
        out.serialize_field("text", &self.text())?;
        out.end()
    }
}

/// Options for [`check_with`].
#[derive(Debug, Clone, Copy)]
pub struct CheckOptions<'a> {
    /// The reference-rate table the history is valued with (default: [`RateTable::embedded`]),
    /// with the last known referensränta assumed after it.
    pub rates: &'a RateTable,
}

impl Default for CheckOptions<'static> {
    fn default() -> Self {
        CheckOptions {
            rates: RateTable::embedded(),
        }
    }
}

/// Checks `claim`'s history and, if given, `policy` ([`check_with`] the embedded rate table).
///
/// ```
/// use inkasso::compliance::{check, FindingCode};
/// use inkasso::{Claim, DebtorKind, Invoice, Money, Step, StepKind};
/// use inkasso::calendar::parse_date;
///
/// let due = parse_date("2025-03-14")?;
/// let mut claim = Claim::new(
///     DebtorKind::Consumer,
///     vec![Invoice::new("1", Money::parse("5000.00")?, parse_date("2025-02-12")?, Some(due))],
/// );
/// // An inkassokrav on the due date itself: too early (it may be sent once the day has passed).
/// claim.steps.push(Step::new(StepKind::CollectionDemand, due));
/// let findings = check(&claim, None)?;
/// assert_eq!(findings[0].code, FindingCode::CollectionDemandNotOverdue);
/// assert_eq!(findings[0].step, Some(0));
/// println!("{}", findings[0].text().en);
/// # Ok::<(), inkasso::Error>(())
/// ```
pub fn check(claim: &Claim, policy: Option<&Policy>) -> Result<Vec<Finding>> {
    check_with(claim, policy, &CheckOptions::default())
}

/// Checks `claim`'s history and, if given, `policy`. A clean history and plan give no findings.
#[cfg_attr(inkasso_size, optimize(size))]
pub fn check_with(
    claim: &Claim,
    policy: Option<&Policy>,
    options: &CheckOptions<'_>,
) -> Result<Vec<Finding>> {
    claim.validate()?;
    if let Some(p) = policy {
        p.validate()?;
    }
    let fees = policy.map_or_else(FeePolicy::default, |p| p.fees);
    // The history valued as the engine values it under the policy's fee choices (a step
    // without its own `fee` claims none where they waive its kind's; förseningsersättning only
    // where both claim it), as the timeline values it: the payments pay the fees first, so
    // the choices decide what is unpaid on a step's day.
    let engine = fees.engine_claim(claim);
    let rates = history_rates(claim, options.rates)?;
    let mut findings = Vec::new();
    let demands = demand_days(&engine, &rates)?;
    history_not_overdue(claim, &demands, &mut findings)?;
    history_terms(claim, &mut findings)?;
    history_engine_fees(&engine, &fees, &rates, &mut findings)?;
    time_barred_findings(claim, &fees, &rates, &mut findings)?;
    history_payment_orders(claim, policy, &demands, &mut findings)?;
    history_demands_after_dispute(claim, &demands, &mut findings);
    history_demands_before_reminder_deadline(claim, &demands, &mut findings)?;
    history_enforcement_titles(claim, &mut findings);
    history_further_years(claim, &mut findings);
    history_receipts_after_preskription(claim, &engine, &rates, &mut findings)?;
    history_legal_action_during_plan(claim, &mut findings);
    history_final_notices(claim, policy, &demands, &mut findings)?;
    history_demands_during_plan(claim, &demands, &mut findings)?;
    history_transfers(claim, &mut findings)?;
    history_claims_already_decided(claim, &mut findings);
    if let Some((half_year, reference_rate, payment)) =
        limitation::assumed_valuation(claim, &rates)?
    {
        let facts = FindingFacts::RateAssumed {
            half_year,
            reference_rate,
            payment,
        };
        findings.push(Finding::new(Source::History, None, None, facts));
    }
    if let Some(p) = policy {
        let late_fee_arises = !fees_on_top_without_late_fee(&engine, p, &rates)?;
        policy_findings(claim, p, late_fee_arises, &mut findings);
    }
    fees_at_stake(&engine, &mut findings);
    Ok(findings)
}

/// Keeps each finding's fee at stake only where its step claims one, and once per step: a
/// step with `fee: false` (or a fee the policy waives: `engine` is the claim under its
/// choices) claims none, nor a reminder whose fee was not agreed unless it records `fee:
/// true`; two findings about one step (a second verkställighet within the year, and its fee
/// charged twice) give its fee once (a review found 600 kr counted twice), on the first
/// error about it when there is one, else on the first warning (an app that lists only the
/// errors sees every fee to remove).
fn fees_at_stake(engine: &Claim, findings: &mut [Finding]) {
    let mut given: Vec<usize> = Vec::new();
    for errors in [true, false] {
        for f in findings.iter_mut() {
            if (f.severity == Severity::Error) != errors {
                continue;
            }
            let Some(index) = f.step.filter(|_| f.fee.is_some()) else {
                continue;
            };
            let claims = engine.steps.get(index).is_some_and(|s| match s.fee {
                Some(claimed) => claimed,
                None => s.kind != StepKind::Reminder || engine.reminder_fee_agreed,
            });
            if !claims || given.contains(&index) {
                f.fee = None;
            } else {
                given.push(index);
            }
        }
    }
}

/// Whether the policy's `feesOnTopOfLateFee` concerns nothing in this claim: no invoice earns
/// förseningsersättning, each having fallen due before lag 1981:739 4 a § was in force
/// (2013-03-16) or been paid or credited in full by its effective due date (a legal review of
/// business claims, stop 50: `check` called such a policy an error for a 2012 invoice and for
/// one paid on time).
#[cfg_attr(inkasso_size, optimize(size))]
fn fees_on_top_without_late_fee(
    engine: &Claim,
    policy: &Policy,
    rates: &RateTable,
) -> Result<bool> {
    if !policy.fees.fees_on_top_of_late_fee || !engine.claims_late_fee() {
        return Ok(false);
    }
    for (index, invoice) in engine.invoices.iter().enumerate() {
        let due = engine.effective_due_date(invoice)?;
        if FeeKind::LateFee.parameter_on(due).is_none() {
            continue;
        }
        // Capital unpaid at the end of its effective due date, as the statement judges it (that
        // day's payments and credit notes counted, not the next day's).
        let s = statement_of_valid(engine, &summary_on(due, rates))?;
        let unpaid = s
            .invoices
            .get(index)
            .is_none_or(|i| i.capital.is_positive());
        if unpaid {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Inkassokrav sent on or before the effective due date of an invoice with capital unpaid
/// that day, or when no invoice had capital unpaid: what [`crate::letter::letter`] refuses. The
/// capital is the one before the day's payments and credit notes (on one day the steps come
/// first, DOMAIN.md 8.5; `letter`, previewing a letter to send, counts them); an invoice paid
/// or credited in full before the day is not demanded.
fn history_not_overdue(claim: &Claim, demands: &DemandDays, out: &mut Vec<Finding>) -> Result<()> {
    for (index, step) in claim.steps.iter().enumerate() {
        if matches!(step.kind, StepKind::Reminder | StepKind::FinalNotice) {
            reminder_not_overdue(claim, demands, index, step, out)?;
        }
        if step.kind != StepKind::CollectionDemand {
            continue;
        }
        let unpaid = demands.unpaid_on(step.date);
        // Only the invoices issued by its day: it cannot have demanded a later one.
        let issued = claim.invoices.iter().map(|i| i.issue_date <= step.date);
        let facts = if unpaid.iter().zip(issued).all(|(u, issued)| !u || !issued) {
            FindingFacts::DemandWithoutDebt { date: step.date }
        } else {
            let early = early_invoices(claim, unpaid, step.date)?;
            if early.is_empty() {
                continue;
            }
            FindingFacts::DemandNotOverdue {
                date: step.date,
                invoices: early,
            }
        };
        out.push(Finding::new(
            Source::History,
            Some(index),
            Some(EntryKind::CollectionDemand),
            facts,
        ));
    }
    Ok(())
}

/// A reminder or final notice sent when no invoice was overdue with capital unpaid at the start
/// of its day: it reminds of nothing (the statement charges it no fee, `letter` refuses it,
/// the timeline sends it again).
fn reminder_not_overdue(
    claim: &Claim,
    demands: &DemandDays,
    index: usize,
    step: &Step,
    out: &mut Vec<Finding>,
) -> Result<()> {
    let (overdue, settled) = overdue_on(claim, demands, step.date)?;
    if overdue {
        return Ok(());
    }
    // Not overdue: any invoice issued by then with capital unpaid is not yet due.
    let owed_not_due = claim
        .invoices
        .iter()
        .zip(demands.unpaid_on(step.date))
        .any(|(invoice, unpaid)| *unpaid && invoice.issue_date <= step.date);
    out.push(Finding::new(
        Source::History,
        Some(index),
        Some(EntryKind::of(step.kind)),
        FindingFacts::ReminderNotOverdue {
            kind: step.kind,
            date: step.date,
            settled,
            owed_not_due,
        },
    ));
    Ok(())
}

/// Whether an invoice issued by `date` is past its effective due date with capital unpaid at
/// the start of that day (a reminder then reminds of something), and whether one is past it
/// but paid or credited in full by then.
fn overdue_on(claim: &Claim, demands: &DemandDays, date: Date) -> Result<(bool, bool)> {
    overdue_with(claim, demands.unpaid_on(date), date)
}

/// [`overdue_on`], with which invoices had capital unpaid at the start of `date` given.
fn overdue_with(claim: &Claim, unpaid: &[bool], date: Date) -> Result<(bool, bool)> {
    let mut settled = false;
    for (invoice, unpaid) in claim.invoices.iter().zip(unpaid) {
        if invoice.issue_date <= date && date > claim.effective_due_date(invoice)? {
            if *unpaid {
                return Ok((true, settled));
            }
            settled = true;
        }
    }
    Ok((false, settled))
}

/// Steps that tell the debtor to pay (a reminder, a final notice, an inkassokrav): what they
/// demand is judged on the capital unpaid at the start of their day ([`DemandDays`]).
fn reminds(kind: StepKind) -> bool {
    matches!(
        kind,
        StepKind::Reminder | StepKind::FinalNotice | StepKind::CollectionDemand
    )
}

/// The invoices with capital unpaid (`unpaid`) that an inkassokrav of `date` came too early
/// for: issued by its day and on or before their effective due date. One issued later is not
/// what it demanded (a legal review found a lawful first round flagged, and its
/// betalningsföreläggande with it, for an invoice issued seven months later); a
/// betalningsföreläggande for it rests on no inkassokrav ([`undemanded_invoices`]).
#[cfg_attr(inkasso_size, optimize(size))]
pub(crate) fn early_invoices(claim: &Claim, unpaid: &[bool], date: Date) -> Result<Vec<String>> {
    let mut early = Vec::new();
    for (invoice, unpaid) in claim.invoices.iter().zip(unpaid) {
        if *unpaid && invoice.issue_date <= date && date <= claim.effective_due_date(invoice)? {
            early.push(invoice.number.clone());
        }
    }
    Ok(early)
}

/// The invoices a betalningsföreläggande of `order` is for that no inkassokrav demanded: issued
/// after the last one (of `demand`), past their effective due date and with capital unpaid at
/// the start of the application's day (a legal review found a lawful inkassokrav called too
/// early for an invoice issued after it).
#[cfg_attr(inkasso_size, optimize(size))]
fn undemanded_invoices(
    claim: &Claim,
    demands: &DemandDays,
    demand: Date,
    order: Date,
) -> Result<Vec<String>> {
    let mut out = Vec::new();
    for (invoice, unpaid) in claim.invoices.iter().zip(demands.unpaid_on(order)) {
        if *unpaid
            && invoice.issue_date > demand
            && invoice.issue_date <= order
            && order > claim.effective_due_date(invoice)?
        {
            out.push(invoice.number.clone());
        }
    }
    Ok(out)
}

/// For each day a reminder, final notice, inkassokrav or betalningsföreläggande was sent,
/// which invoices had capital unpaid at its start: after the payments and credit notes of the
/// days before it (on one day the steps come first, DOMAIN.md 8.5), the capital at the end of
/// the day before, for each distinct day with a payment or credit note before it, all from
/// one [`Replay`] of the history.
struct DemandDays {
    days: Vec<(Date, Vec<bool>)>,
    /// Every invoice unpaid: a day before any payment or credit note.
    all: Vec<bool>,
}

impl DemandDays {
    fn unpaid_on(&self, day: Date) -> &[bool] {
        self.days
            .iter()
            .find(|(d, _)| *d == day)
            .map_or(&self.all[..], |(_, unpaid)| &unpaid[..])
    }
}

/// The rates the history is valued with: `table`, with the last known referensränta assumed
/// for the half-years after it up to the claim's last event, as the timeline projects (without
/// it a payment after the table would pay no interest of those days, and seem to pay capital
/// it does not: the timeline and `check` would disagree on what a step demanded).
fn history_rates<'t>(
    claim: &Claim,
    table: &'t RateTable,
) -> Result<std::borrow::Cow<'t, RateTable>> {
    let last = claim.last_event();
    table.assuming_through(calendar::next_day(last).unwrap_or(last))
}

/// Which invoices had capital unpaid at the start of each of `days` (in date order), as
/// [`unpaid_at_start`] gives it for one day, from one [`Replay`] of the history
/// ([`crate::state::claim_state_with`]'s inkassokrav: a statement per demand took a claim of
/// 100 of them from 4 to 210 ms, a review found). Native only: [`demand_days`] keeps its own
/// copy of the loop, since calling this from it added 1.2 KB to the wasm module.
pub(crate) fn unpaid_at_start_of(
    claim: &Claim,
    days: &[Date],
    rates: &RateTable,
) -> Result<Vec<Vec<bool>>> {
    let options = summary_on(calendar::MIN_DATE, rates);
    let mut replay: Option<Replay<'_>> = None;
    days.iter()
        .map(|&day| {
            unpaid_at_start_by(claim, day, |before| {
                started(&mut replay, claim, &options)?.capital_on(before)
            })
        })
        .collect()
}

fn demand_days(claim: &Claim, rates: &RateTable) -> Result<DemandDays> {
    let all = vec![true; claim.invoices.len()];
    // A betalningsföreläggande's and an amorteringsplan's day too: whether a dispute before it
    // stands turns on what is unpaid then (`history_payment_orders`,
    // `history_demands_after_dispute`; a review, stop 68, found a plan flagged after a dispute
    // whose invoice was paid, judged on every invoice unpaid).
    let mut dates: Vec<Date> = claim
        .steps
        .iter()
        .filter(|s| {
            reminds(s.kind) || matches!(s.kind, StepKind::PaymentOrder | StepKind::PaymentPlan)
        })
        .map(|s| s.date)
        .collect();
    // The crate's small sort: the standard library's would add its own copy for dates.
    crate::sort::sort_by_key(&mut dates, |d| *d);
    dates.dedup();
    // One replay for the days in order (a statement of the day before each from scratch was
    // the claim's history once per step: about a second for a claim of hundreds of invoices).
    let options = summary_on(calendar::MIN_DATE, rates);
    let mut replay: Option<Replay<'_>> = None;
    let mut days = Vec::with_capacity(dates.len());
    for day in dates {
        let unpaid = unpaid_at_start_by(claim, day, |before| {
            let replay = started(&mut replay, claim, &options)?;
            replay.capital_on(before)
        })?;
        days.push((day, unpaid));
    }
    Ok(DemandDays { days, all })
}

/// Which invoices have capital unpaid at the start of `day`, after that day's credit notes and
/// before its payments (DOMAIN.md 8.5: credit notes of the day come before its steps, payments
/// after), as a step of that day finds them; an invoice issued on the day or later counts as
/// unpaid (and not yet due). Valued with `rates`.
pub(crate) fn unpaid_at_start(claim: &Claim, day: Date, rates: &RateTable) -> Result<Vec<bool>> {
    unpaid_at_start_by(claim, day, |before| {
        let s = statement_of_valid(claim, &summary_on(before, rates))?;
        Ok(s.invoices.iter().map(|i| i.capital).collect())
    })
}

/// [`unpaid_at_start`], with each invoice's capital unpaid at the end of a day before `day`
/// (in claim order, as a summary statement of that day gives it) from `capital_on`, asked
/// only when a payment or credit note came before `day`.
fn unpaid_at_start_by(
    claim: &Claim,
    day: Date,
    capital_on: impl FnOnce(Date) -> Result<Vec<Money>>,
) -> Result<Vec<bool>> {
    let first = claim.first_issue_date().unwrap_or(calendar::MIN_DATE);
    let paid_before = claim.payments.iter().any(|p| p.date < day);
    let credited_by = claim.credits.iter().any(|c| c.date <= day);
    if !paid_before && !credited_by {
        // Nothing paid or credited before it: every invoice unpaid.
        return Ok(vec![true; claim.invoices.len()]);
    }
    let mut capital: Vec<Money> = claim.invoices.iter().map(|i| i.amount).collect();
    if day > first && (paid_before || claim.credits.iter().any(|c| c.date < day)) {
        let before = capital_on(calendar::add_days(day, -1)?.min(calendar::MAX_DATE))?;
        // An invoice issued on the day or later has no capital then: all of it unpaid.
        for (c, (paid_down, invoice)) in capital.iter_mut().zip(before.iter().zip(&claim.invoices))
        {
            if invoice.issue_date < day {
                *c = *paid_down;
            }
        }
    }
    for credit in claim.credits.iter().filter(|c| c.date == day) {
        let index = claim
            .invoices
            .iter()
            .position(|i| i.number == credit.invoice);
        if let Some(c) = index.and_then(|i| capital.get_mut(i)) {
            *c = c.saturating_sub_to_zero(credit.amount);
        }
    }
    // An invoice issued later is unpaid (and not yet due) on the day.
    let unpaid = capital.iter().zip(&claim.invoices);
    Ok(unpaid
        .map(|(c, invoice)| c.is_positive() || invoice.issue_date > day)
        .collect())
}

/// Verkställighet needs an enforcement title (utsökningsbalken 3 kap. 1 §): a judgment (dom
/// or utslag) on or before it, or a betalningsföreläggande before it (not on the same day: no
/// utslag is given on the day of the application, and the timeline assumes it a day later at
/// the earliest) that was not disputed (a disputed one goes to the tingsrätt and gives no
/// utslag).
/// Only the first verkställighet is flagged: the later ones (a further year) rest on the
/// same title. A warning, not an error: the history may simply not record the title, and the
/// timeline takes a taken verkställighet as resting on one.
#[cfg_attr(inkasso_size, optimize(size))]
fn history_enforcement_titles(claim: &Claim, out: &mut Vec<Finding>) {
    let steps = &claim.steps;
    if let Some((index, step)) = first_of(steps, StepKind::Enforcement) {
        let judged = steps
            .iter()
            .any(|s| s.kind == StepKind::Judgment && s.date <= step.date);
        if !judged && !undisputed_order_before(steps, index) {
            out.push(Finding::new(
                Source::History,
                Some(index),
                Some(EntryKind::Enforcement),
                FindingFacts::EnforcementWithoutTitle { date: step.date },
            ));
        }
    }
    // Efterbevakning watches a title: the first one with none recorded before it (a
    // compliance review, stop 67: an inkassokrav followed by efterbevakning said nothing).
    if let Some((index, step)) = first_of(steps, StepKind::Surveillance) {
        let titled = steps.iter().enumerate().any(|(i, s)| {
            (s.date, i) < (step.date, index)
                && matches!(s.kind, StepKind::Judgment | StepKind::Enforcement)
        }) || undisputed_order_before(steps, index);
        if !titled {
            out.push(Finding::new(
                Source::History,
                Some(index),
                Some(EntryKind::Surveillance),
                FindingFacts::SurveillanceWithoutTitle { date: step.date },
            ));
        }
    }
}

/// The first step of `kind` (by day, then as listed), with its index.
fn first_of(steps: &[Step], kind: StepKind) -> Option<(usize, &Step)> {
    steps
        .iter()
        .enumerate()
        .filter(|(_, s)| s.kind == kind)
        .min_by_key(|(i, s)| (s.date, *i))
}

/// Whether a betalningsföreläggande on an earlier day than step `index` was not disputed
/// before that step: its utslag is a title for it. A dispute of the step's own day listed
/// after it comes after it (steps of one day in the order given; an integrator's review, stop
/// 67).
fn undisputed_order_before(steps: &[Step], index: usize) -> bool {
    let Some(step) = steps.get(index) else {
        return false;
    };
    steps.iter().any(|order| {
        order.kind == StepKind::PaymentOrder
            && order.date < step.date
            && !steps.iter().enumerate().any(|(di, d)| {
                d.is_dispute() && d.date >= order.date && (d.date, di) < (step.date, index)
            })
    })
}

/// A further year (`furtherYear: true`) renews the verkställighet under way: one with no
/// application recorded before it renews nothing, and the engine reads it, and charges its
/// grundavgift, as an application ([`Claim::renewed_by`]). A warning, as
/// `ENFORCEMENT_WITHOUT_TITLE`: the history may begin after the application (a review of the
/// grundavgift year, stop 65: nothing said so). Only one that is the claim's only
/// verkställighet by its day: with another on the same day, that one is the application, and
/// this one's fee is the year's.
#[cfg_attr(inkasso_size, optimize(size))]
fn history_further_years(claim: &Claim, out: &mut Vec<Finding>) {
    let steps = &claim.steps;
    for (index, step) in steps.iter().enumerate() {
        let alone = !steps.iter().enumerate().any(|(other, s)| {
            other != index && s.kind == StepKind::Enforcement && s.date <= step.date
        });
        if step.is_further_year() && alone {
            out.push(Finding::new(
                Source::History,
                Some(index),
                Some(EntryKind::Enforcement),
                FindingFacts::FurtherYearWithoutApplication { date: step.date },
            ));
        }
    }
}

/// Inkassokrav whose own term (`paymentTermDays`) is under the minimum in force on its date,
/// or that leaves fewer bank days after its assumed receipt than god inkassosed asks (sent
/// around a long weekend without a longer term).
fn history_terms(claim: &Claim, out: &mut Vec<Finding>) -> Result<()> {
    for (index, step) in claim.steps.iter().enumerate() {
        let Some(days) = step.payment_term_days else {
            continue;
        };
        if step.kind != StepKind::CollectionDemand {
            continue;
        }
        let min = params::min_collection_term_days(step.date);
        let facts = if days < min {
            FindingFacts::TermTooShort {
                kind: StepKind::CollectionDemand,
                days,
                min,
                date: Some(step.date),
            }
        } else {
            match short_after_receipt(StepKind::CollectionDemand, step.date, days)? {
                Some(facts) => facts,
                None => continue,
            }
        };
        out.push(Finding::new(
            Source::History,
            Some(index),
            Some(EntryKind::CollectionDemand),
            facts,
        ));
    }
    Ok(())
}

/// The fee rules the engine knows, read from its typed warnings about each step: a second step
/// of a kind, a reminder fee not agreed, fees absorbed by förseningsersättning (flagged when the
/// creditor charges them on top). A step's own `fee` says whether it claimed a fee; without it,
/// the policy's fee choices are assumed.
#[cfg_attr(inkasso_size, optimize(size))]
fn history_engine_fees(
    claim: &Claim,
    fees: &FeePolicy,
    rates: &RateTable,
    out: &mut Vec<Finding>,
) -> Result<()> {
    let Some(last) = claim.steps.iter().map(|s| s.date).max() else {
        return Ok(());
    };
    let as_of = claim
        .first_issue_date()
        .map_or(last, |first| first.max(last));
    let options = StatementOptions {
        rates,
        ..StatementOptions::new(as_of)
    };
    let result = statement_of_valid(claim, &options)?;
    for (index, step) in claim.steps.iter().enumerate() {
        let has = |code: WarningCode| {
            result
                .warnings
                .iter()
                .any(|w| w.code == code && w.subject == Subject::Step(index))
        };
        let kind = Some(EntryKind::of(step.kind));
        let policy_charges = match step.kind {
            StepKind::Reminder => fees.reminder_fee && claim.reminder_fee_agreed,
            StepKind::CollectionDemand => fees.collection_fee,
            // An application for betalningsföreläggande always costs Kronofogden's fee and the
            // ersättning, a stämningsansökan the court's fee (no policy waives them): a second
            // one claims them again unless its `fee` says it did not.
            StepKind::PaymentPlan | StepKind::PaymentOrder | StepKind::CourtAction => true,
            StepKind::FinalNotice
            | StepKind::Enforcement
            | StepKind::Dispute
            | StepKind::Judgment
            | StepKind::Surveillance => false,
        };
        let charged = step.fee.unwrap_or(policy_charges);
        // A verkställighet's grundavgift within the year is `ENFORCEMENT_WITHIN_A_YEAR`
        // ([`kronofogden_findings`]), one finding for one fee (a review of the grundavgift
        // year found both).
        if charged && step.kind != StepKind::Enforcement && has(WarningCode::FeeAlreadyCharged) {
            out.push(Finding::new(
                Source::History,
                Some(index),
                kind,
                FindingFacts::FeeChargedTwice {
                    kind: step.kind,
                    date: step.date,
                    recorded: step.fee == Some(true),
                },
            ));
        }
        // A policy's reminder fee is charged where it was agreed (as the timeline and the
        // statement charge it): without that agreement only a reminder that records it claimed
        // one (`fee: true`) did. One sent before anything was overdue says so too: the
        // statement gives it the one reason, not overdue, and `check` said only that, as a
        // warning (a TypeScript user's review: a fee the creditor's record says was taken,
        // unlawful twice over, was flagged less than either fault alone).
        let not_overdue = has(WarningCode::NotOverdue);
        if charged
            && (has(WarningCode::ReminderFeeNotAgreed)
                || (not_overdue && step.kind == StepKind::Reminder && !claim.reminder_fee_agreed))
        {
            out.push(Finding::new(
                Source::History,
                Some(index),
                Some(EntryKind::Reminder),
                FindingFacts::ReminderFeeNotAgreed { date: step.date },
            ));
        }
        // Charged on top of förseningsersättning: as the policy's choice, or as the step
        // records it (`fee: true`: it claimed its fee, which förseningsersättning replaces).
        let on_top = (fees.fees_on_top_of_late_fee && step.claims_fee()) || step.fee == Some(true);
        if on_top && has(WarningCode::FeeAbsorbedByLateFee) {
            out.push(on_top_finding(
                Source::History,
                Some((index, step.kind)),
                step.date,
            ));
        }
        if let Some(facts) =
            unrecoverable_fee(&result, index, step, charged, claim.reminder_fee_agreed)
        {
            out.push(Finding::new(Source::History, Some(index), kind, facts));
        }
        kronofogden_findings(&result, index, step, out);
    }
    Ok(())
}

/// A fee the step claimed (`charged`: its `fee`, or the policy's) that it cannot earn, read
/// from the statement's typed warnings about it: a reminder's after the claim went on past
/// reminders, a final notice's or efterbevakning's (`fee: true`), a plan's before anything was
/// overdue (a legal review found each passed without a word).
fn unrecoverable_fee(
    result: &Statement,
    index: usize,
    step: &Step,
    charged: bool,
    claim_agreed: bool,
) -> Option<FindingFacts> {
    let about_step = |w: &&crate::warning::Warning| w.subject == Subject::Step(index);
    result
        .warnings
        .iter()
        .filter(about_step)
        .find_map(|w| match w.facts {
            Facts::ReminderAfterDemand {
                date,
                after_kind,
                after_date,
                after_title,
            } if charged => Some(FindingFacts::ReminderFeeAfterDemand {
                date,
                after_kind,
                after_date,
                after_title,
            }),
            Facts::NoFeeForKind { kind, date } => {
                Some(FindingFacts::FeeForStepWithoutFee { kind, date })
            }
            // Only a plan that records it claimed its fee (`fee: true`): one recorded as the
            // package's plan was made (`instalmentPlan` charged none) claims nothing.
            Facts::NotOverdue { date, .. }
                if step.fee == Some(true) && step.kind == StepKind::PaymentPlan =>
            {
                Some(FindingFacts::PlanFeeNotOverdue { date })
            }
            // Likewise a reminder recording `fee: true` (without the agreement, the finding is
            // `ReminderFeeNotAgreed`, above).
            Facts::NotOverdue { date, .. }
                if step.fee == Some(true) && step.kind == StepKind::Reminder && claim_agreed =>
            {
                Some(FindingFacts::ReminderFeeNotOverdue { date })
            }
            _ => None,
        })
}

/// A betalningsföreläggande or verkställighet without capital due and unpaid, and a further
/// verkställighet within a year, read from the engine's typed warnings about the step.
fn kronofogden_findings(result: &Statement, index: usize, step: &Step, out: &mut Vec<Finding>) {
    if !matches!(step.kind, StepKind::PaymentOrder | StepKind::Enforcement) {
        return;
    }
    let kind = Some(EntryKind::of(step.kind));
    for w in result
        .warnings
        .iter()
        .filter(|w| w.subject == Subject::Step(index))
    {
        let facts = match w.facts {
            Facts::ClaimSettled { .. } => FindingFacts::KronofogdenWithoutDebt {
                kind: step.kind,
                date: step.date,
                settled: true,
            },
            Facts::NotOverdue { .. } => FindingFacts::KronofogdenWithoutDebt {
                kind: step.kind,
                date: step.date,
                settled: false,
            },
            Facts::EnforcedDebtPaid { date, .. } => FindingFacts::FurtherYearWithoutDebt { date },
            Facts::EnforcementFeeThisYear {
                previous,
                further_year,
                ..
            } => FindingFacts::EnforcementWithinAYear {
                date: step.date,
                previous,
                further_year,
            },
            _ => continue,
        };
        out.push(Finding::new(Source::History, Some(index), kind, facts));
    }
    // One recorded `fee: false` claims nothing, but was made without a debt all the same (a
    // review of the grundavgift year, stop 65: an inkassokrav on a paid claim was flagged
    // whatever its fee, a betalningsföreläggande or verkställighet not).
    for &(_, reason) in result
        .unclaimed_without_debt
        .iter()
        .filter(|(i, _)| *i == index)
    {
        let facts = match reason {
            NoFeeReason::ClaimSettled | NoFeeReason::NotOverdue => {
                FindingFacts::KronofogdenWithoutDebt {
                    kind: step.kind,
                    date: step.date,
                    settled: reason == NoFeeReason::ClaimSettled,
                }
            }
            _ => FindingFacts::FurtherYearWithoutDebt { date: step.date },
        };
        out.push(Finding::new(Source::History, Some(index), kind, facts));
    }
}

/// Steps that demand payment of an invoice time-barred on their day while its capital is
/// unpaid that day: against god inkassosed (a time-barred debt may not be demanded). The
/// history is valued as the engine values it under `fees` (the policy's fee choices for the
/// steps that do not state their own: the payments pay the fees first, and which invoices they
/// reach decides what they interrupt), each step on its own day, as the claim's state, `letter`
/// and the timeline judge it. A payment recorded after the step does not count.
#[cfg_attr(inkasso_size, optimize(size))]
fn time_barred_findings(
    claim: &Claim,
    fees: &FeePolicy,
    rates: &RateTable,
    out: &mut Vec<Finding>,
) -> Result<()> {
    let engine = fees.engine_claim(claim);
    let mut demands: Vec<(Date, usize)> = claim
        .steps
        .iter()
        .enumerate()
        .filter(|(_, step)| demands_payment(step.kind))
        .map(|(index, step)| (step.date, index))
        .collect();
    crate::sort::sort(&mut demands);
    // One replay for the days in order (a statement each from scratch was the claim's
    // history once per step).
    let options = summary_on(calendar::MIN_DATE, rates);
    let mut replay: Option<Replay<'_>> = None;
    let mut state: Option<ClaimState> = None;
    for (date, index) in demands {
        // No statement while the steps alone keep every invoice within its period.
        if limitation::barred_after_at_the_earliest(&engine, date)?.is_none_or(|b| b >= date) {
            continue;
        }
        if state.as_ref().is_none_or(|s| s.as_of != date) {
            let replay = started(&mut replay, &engine, &options)?;
            let statement = replay.statement_on(date)?;
            state = Some(crate::state::of_statement(&engine, &statement)?);
        }
        let (Some(s), Some(step)) = (&state, claim.steps.get(index)) else {
            continue;
        };
        for invoice in s.time_barred_demanded(&engine, step) {
            out.push(Finding::new(
                Source::History,
                Some(index),
                Some(EntryKind::of(step.kind)),
                FindingFacts::TimeBarredDemanded {
                    kind: step.kind,
                    date: step.date,
                    invoice: invoice.number.clone(),
                    preskription_date: invoice.preskription_date,
                },
            ));
        }
    }
    Ok(())
}

/// Whether a step of `kind` demands payment of the claim: every kind but a dispute and a
/// judgment (the debtor's and the court's acts). An amorteringsplan demands it too: the
/// debtor's agreement after the period does not revive a time-barred debt, and
/// [`crate::plan::instalment_plan`] refuses one.
fn demands_payment(kind: StepKind) -> bool {
    !matches!(kind, StepKind::Dispute | StepKind::Judgment)
}

/// The replay in `slot`, started on `claim` the first time one is needed: a history replayed
/// once for many days, and not at all when no day asks.
fn started<'s, 'a>(
    slot: &'s mut Option<Replay<'a>>,
    claim: &'a Claim,
    options: &'a StatementOptions<'a>,
) -> Result<&'s mut Replay<'a>> {
    match slot {
        Some(replay) => Ok(replay),
        None => Ok(slot.insert(Replay::of_valid(claim, options)?)),
    }
}

/// The options of a summary statement on `as_of` with `rates`; on the last date for a day
/// after it (an invoice due after 2199-12-31: nothing is valued later, and no event comes
/// after it; a fuzz run found `check` refused with `DATE_OUT_OF_RANGE` at `asOf`).
fn summary_on(as_of: Date, rates: &RateTable) -> StatementOptions<'_> {
    StatementOptions {
        detail: crate::statement::Detail::Summary,
        rates,
        ..StatementOptions::new(as_of.min(calendar::MAX_DATE))
    }
}

#[cfg_attr(inkasso_size, optimize(size))]
fn on_top_finding(source: Source, step: Option<(usize, StepKind)>, date: Date) -> Finding {
    let late_fee = FeeKind::LateFee
        .parameter_on(date)
        .or_else(|| FeeKind::LateFee.table().last().copied())
        .map_or(Money::ZERO, |p| p.amount);
    Finding::new(
        source,
        step.map(|(index, _)| index),
        step.map(|(_, kind)| EntryKind::of(kind)),
        FindingFacts::FeeOnTopOfLateFee {
            late_fee,
            step: step.map(|(_, kind)| (kind, date)),
        },
    )
}

/// Betalningsföreläggande before the inkassokrav's deadline, or without an inkassokrav, or after
/// a dispute that stands ([`Claim::dispute_standing`], on an earlier day). The deadline is the inkassokrav's own term
/// when the step records one, else the policy's, else the minimum in force on its date.
#[cfg_attr(inkasso_size, optimize(size))]
fn history_payment_orders(
    claim: &Claim,
    policy: Option<&Policy>,
    demands: &DemandDays,
    out: &mut Vec<Finding>,
) -> Result<()> {
    let policy_term = policy
        .and_then(|p| p.collection_demand)
        .map(|s| s.payment_term_days);
    for (index, step) in claim.steps.iter().enumerate() {
        if step.kind != StepKind::PaymentOrder {
            continue;
        }
        let order_finding = |facts| {
            Finding::new(
                Source::History,
                Some(index),
                Some(EntryKind::PaymentOrder),
                facts,
            )
        };
        if let Some(disputed) = claim
            .dispute_standing(step.date, false)
            .filter(|d| d.disputes(claim, demands.unpaid_on(step.date)))
        {
            out.push(order_finding(FindingFacts::PaymentOrderAfterDispute {
                date: step.date,
                disputed: disputed.date,
            }));
        }
        // Sent before the application: one of its day listed after it is not (steps of one
        // day in the order given).
        let demand = claim
            .steps
            .iter()
            .enumerate()
            .filter(|(i, s)| {
                s.kind == StepKind::CollectionDemand && (s.date, *i) < (step.date, index)
            })
            .max_by_key(|(i, s)| (s.date, *i))
            .map(|(_, s)| s);
        let Some(demand) = demand else {
            out.push(order_finding(FindingFacts::PaymentOrderWithoutDemand {
                date: step.date,
            }));
            continue;
        };
        // The term the debtor had: the demand's own, else the policy's, never less than the
        // lawful minimum (an unlawful 5-day term does not make an earlier application lawful).
        let min = params::min_collection_term_days(demand.date);
        let given = demand.payment_term_days.or(policy_term);
        let term = given.map_or(min, |t| t.max(min));
        let due = calendar::demand_deadline(demand.date, term)?;
        let deadline = due.deadline;
        // Judged as the inkassokrav itself is (`history_not_overdue`): on the invoices with
        // capital unpaid at the start of its day, among those issued by then (a later one was
        // not demanded at all: below), and still unpaid at the start of the application's: one
        // paid since is not what the betalningsföreläggande seeks (the timeline projects one
        // after an invoice paid off before its due date; a property campaign found it flagged).
        let still_unpaid = demands.unpaid_on(step.date);
        let unpaid_both: Vec<bool> = demands
            .unpaid_on(demand.date)
            .iter()
            .zip(still_unpaid)
            .map(|(then, now)| *then && *now)
            .collect();
        let early = early_invoices(claim, &unpaid_both, demand.date)?;
        let undemanded = undemanded_invoices(claim, demands, demand.date, step.date)?;
        if !undemanded.is_empty() {
            out.push(order_finding(
                FindingFacts::PaymentOrderOnUndemandedInvoices {
                    date: step.date,
                    demand: demand.date,
                    invoices: undemanded,
                },
            ));
        }
        if !early.is_empty() {
            out.push(order_finding(FindingFacts::PaymentOrderOnInvalidDemand {
                date: step.date,
                demand: demand.date,
                invoices: early,
            }));
        }
        if step.date <= deadline {
            out.push(order_finding(FindingFacts::PaymentOrderBeforeDeadline {
                date: step.date,
                deadline,
                extended: due.extended,
                minimum: given.filter(|&t| t < min).map(|_| min),
            }));
        } else if let Some((notice, due)) =
            notice_since(claim, policy, demands, demand.date, (step.date, index))?
                .filter(|(_, d)| step.date <= d.deadline)
        {
            out.push(order_finding(
                FindingFacts::PaymentOrderBeforeNoticeDeadline {
                    date: step.date,
                    notice,
                    deadline: due.deadline,
                    extended: due.extended,
                },
            ));
        }
    }
    Ok(())
}

/// Of the final notices after the inkassokrav of `demand` and before `order` (the
/// application's day and index: one of its day listed before it counts), the one whose
/// deadline is the latest, with that deadline as the
/// timeline dates it: its own term, else the policy's (never under the inkassokrav's for one
/// that is a demand, [`final_notice_demands`]), moved off a day off, and for one that is a
/// demand no earlier than the bank days after its assumed receipt god inkassosed asks
/// ([`calendar::demand_deadline`]). A notice that
/// records no term, judged without a policy, is left out: its term is not known, and a guess
/// would find an error the timeline's road, with the policy's term, does not make (a property
/// campaign). Every notice counts, not only the latest: a later one with a shorter term does
/// not take back the time an earlier one gave (a diff review).
fn notice_since(
    claim: &Claim,
    policy: Option<&Policy>,
    demands: &DemandDays,
    demand: Date,
    order: (Date, usize),
) -> Result<Option<(Date, NoticeDeadline)>> {
    let policy_term = policy
        .and_then(|p| p.final_notice)
        .map(|s| s.payment_term_days);
    let mut latest: Option<(Date, NoticeDeadline)> = None;
    for (index, notice) in claim
        .steps
        .iter()
        .enumerate()
        // Sent before the application: on its day, listed before it (steps of one day in the
        // order given; a same-day review, stop 67, found one listed after it judged).
        .filter(|(i, s)| s.kind == StepKind::FinalNotice && s.date > demand && (s.date, *i) < order)
    {
        let is_demand = final_notice_demands(claim, demands, index)?;
        let term = match (notice.payment_term_days, policy_term) {
            (Some(own), _) => own,
            // The policy's, assumed lawful as the timeline assumes it: a final notice that is
            // a demand gives at least the inkassokrav's term.
            (None, Some(days)) if is_demand => {
                days.max(params::min_collection_term_days(notice.date))
            }
            (None, Some(days)) => days,
            (None, None) => continue,
        };
        let given = calendar::next_business_day(calendar::add_days(notice.date, i64::from(term))?)?;
        // A final notice that is a demand leaves the bank days after receipt an inkassokrav
        // does: around a long weekend, the deadline it should have given.
        let deadline = if is_demand {
            calendar::demand_deadline(notice.date, term)?.deadline
        } else {
            given
        };
        let deadline = NoticeDeadline {
            deadline,
            extended: deadline > given,
        };
        if latest.is_none_or(|(_, d)| deadline.deadline > d.deadline) {
            latest = Some((notice.date, deadline));
        }
    }
    Ok(latest)
}

/// A final notice's deadline, as [`notice_since`] dates it.
#[derive(Debug, Clone, Copy)]
struct NoticeDeadline {
    /// The deadline.
    deadline: Date,
    /// Later than the term the notice gives (moved off a day off): it is a demand, and the
    /// term does not leave the bank days after its assumed receipt that god inkassosed asks.
    extended: bool,
}

/// Reminders, inkassokrav and final notices sent after a dispute that stands
/// ([`Claim::dispute_standing`]: on an earlier day, or listed before them on the same day, as
/// steps of one day are in the order given, DOMAIN.md 8.5; `letter` refuses one on the
/// dispute's day alike): god inkassosed takes a disputed claim to court (Inkassonämnden
/// 340/2022: demands after a substantive dispute are undue pressure).
#[cfg_attr(inkasso_size, optimize(size))]
fn history_demands_after_dispute(claim: &Claim, demands: &DemandDays, out: &mut Vec<Finding>) {
    for (index, step) in claim.steps.iter().enumerate() {
        // An amorteringsplan too: it collects the claim, as `instalmentPlan` refuses one then
        // (an `instalmentPlan` review, stop 68).
        if !reminds(step.kind) && step.kind != StepKind::PaymentPlan {
            continue;
        }
        let disputed_that_day = claim
            .steps
            .get(..index)
            .is_some_and(|before| before.iter().any(|s| s.is_dispute() && s.date == step.date));
        // Judged on the steps before it: a judgment or verkställighet of its day listed after
        // it does not decide the dispute it was sent during (steps of one day in the order
        // given; a same-day review, stop 67).
        let before_it;
        let history = if claim
            .steps
            .iter()
            .skip(index.saturating_add(1))
            .any(|s| s.date == step.date)
        {
            let mut c = claim.clone();
            c.steps = claim
                .steps
                .iter()
                .enumerate()
                .filter(|(i, s)| s.date != step.date || *i <= index)
                .map(|(_, s)| *s)
                .collect();
            before_it = c;
            &before_it
        } else {
            claim
        };
        // A dispute after a title stands while an invoice it left out is unpaid.
        if let Some(disputed) = history
            .dispute_standing(step.date, disputed_that_day)
            .filter(|d| d.disputes(history, demands.unpaid_on(step.date)))
        {
            out.push(Finding::new(
                Source::History,
                Some(index),
                Some(EntryKind::of(step.kind)),
                FindingFacts::DemandAfterDispute {
                    kind: step.kind,
                    date: step.date,
                    disputed: disputed.date,
                },
            ));
        }
    }
}

/// Inkassokrav sent on or before the deadline of a reminder sent before them (on an earlier
/// day, or listed before them on the same day) that records its term (`paymentTermDays`): a
/// fact, not the policy's assumption, since the rule is one of reasonableness (a reminder
/// without a recorded term is judged only on its own day: [`FindingFacts::DemandOnReminderDay`]),
/// and that reminded of something (an invoice
/// overdue with capital unpaid that day: one that did not is `REMINDER_NOT_OVERDUE`, and the
/// timeline does not wait for it). The deadline is the term's last day moved off a day off,
/// and paying on it is in time, so a demand on it is early too.
#[cfg_attr(inkasso_size, optimize(size))]
fn history_demands_before_reminder_deadline(
    claim: &Claim,
    demands: &DemandDays,
    out: &mut Vec<Finding>,
) -> Result<()> {
    for (index, step) in claim.steps.iter().enumerate() {
        if step.kind != StepKind::CollectionDemand {
            continue;
        }
        let facts = demand_before_reminder(claim, index, step.date, |day| {
            Ok(overdue_on(claim, demands, day)?.0)
        })?;
        if let Some(facts) = facts {
            out.push(Finding::new(
                Source::History,
                Some(index),
                Some(EntryKind::CollectionDemand),
                facts,
            ));
        }
    }
    Ok(())
}

/// The inkassokrav at step `index` of `claim`, dated `date`, judged against the reminders
/// before it as [`history_demands_before_reminder_deadline`] judges them:
/// [`FindingFacts::DemandBeforeReminderDeadline`] (the latest deadline it comes on or before),
/// [`FindingFacts::DemandOnReminderDay`], or `None`. `reminded(day)`: whether a reminder of
/// that day reminded of something ([`overdue_on`]).
fn demand_before_reminder(
    claim: &Claim,
    index: usize,
    date: Date,
    mut reminded: impl FnMut(Date) -> Result<bool>,
) -> Result<Option<FindingFacts>> {
    let mut latest: Option<(Date, Date)> = None;
    let mut same_day = false;
    for (r, reminder) in claim.steps.iter().enumerate() {
        let before = reminder.date < date || (reminder.date == date && r < index);
        if reminder.kind != StepKind::Reminder || !before || !reminded(reminder.date)? {
            continue;
        }
        let Some(term) = reminder.payment_term_days else {
            // No term recorded: judged only on the reminder's own day, early whatever it was.
            same_day |= reminder.date == date;
            continue;
        };
        let deadline =
            calendar::next_business_day(calendar::add_days(reminder.date, i64::from(term))?)?;
        if date <= deadline && latest.is_none_or(|(_, d)| deadline > d) {
            latest = Some((reminder.date, deadline));
        }
    }
    Ok(match latest {
        Some((reminder, deadline)) => Some(FindingFacts::DemandBeforeReminderDeadline {
            date,
            reminder,
            deadline,
        }),
        None => same_day.then_some(FindingFacts::DemandOnReminderDay { date }),
    })
}

/// [`demand_before_reminder`] for a letter: the inkassokrav at step `index` of `claim` (the
/// claim with the letter's own step), with what each reminder reminded of valued with `rates`
/// (the last known referensränta assumed after them, as `check` values the history). `None`
/// at once when no reminder comes before it.
pub(crate) fn letter_before_reminder_deadline(
    claim: &Claim,
    index: usize,
    rates: &RateTable,
) -> Result<Option<FindingFacts>> {
    let Some(step) = claim.steps.get(index) else {
        return Ok(None);
    };
    let date = step.date;
    if !claim
        .steps
        .iter()
        .any(|r| r.kind == StepKind::Reminder && r.date <= date)
    {
        return Ok(None);
    }
    let rates = history_rates(claim, rates)?;
    demand_before_reminder(claim, index, date, |day| {
        let unpaid = unpaid_at_start(claim, day, &rates)?;
        overdue_with(claim, &unpaid, day).map(|(overdue, _)| overdue)
    })
}

/// Whether the final notice recorded at step `index` is a demand: sent after a lawful
/// inkassokrav, or once Kronofogden or a court has the claim ([`Claim::legal_step_before`];
/// else it is the last reminder), as `letter` reads one.
fn final_notice_demands(claim: &Claim, demands: &DemandDays, index: usize) -> Result<bool> {
    let Some(step) = claim.steps.get(index) else {
        return Ok(false);
    };
    Ok(claim.legal_step_before(index)
        || crate::state::latest_valid_demand_by(claim, step.date, None, |day| {
            Some(demands.unpaid_on(day))
        })?
        .is_some())
}

/// For each final notice: [`FindingCode::FinalNoticeTooEarly`] when it is on or before the
/// deadline of the latest lawful inkassokrav before it (its own term, else the policy's, as
/// the timeline dates it and [`history_payment_orders`] judges it; a docs review found a
/// notice the policy's term made early passed), with neither Kronofogden nor a court
/// having the claim ([`Claim::legal_step_before`]); [`FindingCode::CollectionTermTooShort`]
/// when it is a demand (after a lawful inkassokrav, or once Kronofogden or a court has the
/// claim) and its own term is under the inkassokrav's minimum, or (a warning,
/// [`FindingFacts::TermShortAfterReceipt`]) leaves fewer bank days after its assumed receipt
/// than god inkassosed asks of an inkassokrav. What `letter` refuses
/// (**verify**: no statute names the final notice; the engine holds one that is a demand to
/// the inkassokrav's term).
#[cfg_attr(inkasso_size, optimize(size))]
fn history_final_notices(
    claim: &Claim,
    policy: Option<&Policy>,
    demands: &DemandDays,
    out: &mut Vec<Finding>,
) -> Result<()> {
    let policy_term = policy
        .and_then(|p| p.collection_demand)
        .map(|s| s.payment_term_days);
    for (index, step) in claim.steps.iter().enumerate() {
        if step.kind != StepKind::FinalNotice {
            continue;
        }
        let on_legal_road = claim.legal_step_before(index);
        let demand = if on_legal_road {
            None
        } else {
            crate::state::latest_valid_demand_by(claim, step.date, policy_term, |day| {
                Some(demands.unpaid_on(day))
            })?
        };
        let notice_finding = |facts| {
            Finding::new(
                Source::History,
                Some(index),
                Some(EntryKind::FinalNotice),
                facts,
            )
        };
        // With no lawful inkassokrav before it and nothing at Kronofogden or in court, it is
        // the last reminder (the `remindersOnly` preset's road): any term, as a reminder.
        if let Some(d) = demand.filter(|d| step.date <= d.deadline) {
            out.push(notice_finding(FindingFacts::FinalNoticeTooEarly {
                date: step.date,
                demand: d.date,
                deadline: d.deadline,
            }));
        }
        let min = params::min_collection_term_days(step.date);
        let Some(days) = step
            .payment_term_days
            .filter(|_| on_legal_road || demand.is_some())
        else {
            continue;
        };
        if days < min {
            out.push(notice_finding(FindingFacts::TermTooShort {
                kind: StepKind::FinalNotice,
                days,
                min,
                date: Some(step.date),
            }));
        } else if let Some(facts) = short_after_receipt(StepKind::FinalNotice, step.date, days)? {
            out.push(notice_finding(facts));
        }
    }
    Ok(())
}

/// [`FindingFacts::TermShortAfterReceipt`] for a demand (`kind`) sent on `date` giving `days`
/// (at least the minimum) whose deadline leaves fewer bank days after its assumed receipt than
/// god inkassosed asks; `None` when it leaves enough.
fn short_after_receipt(kind: StepKind, date: Date, days: u32) -> Result<Option<FindingFacts>> {
    let lawful = calendar::demand_deadline(date, days)?;
    if !lawful.extended {
        return Ok(None);
    }
    let deadline = calendar::next_business_day(calendar::add_days(date, i64::from(days))?)?;
    Ok(Some(FindingFacts::TermShortAfterReceipt {
        kind,
        date,
        deadline,
        received: lawful.received,
        bank_days: calendar::bank_days_after(lawful.received, deadline),
        min: params::min_bank_days_after_receipt(date),
    }))
}

/// Whether a reminder, inkassokrav or final notice of `day` may be about an invoice the
/// amorteringsplan of `plan` could not cover: one with capital unpaid at the start of `day`
/// (`unpaid`, in claim order, as [`unpaid_at_start`] gives it), past its effective due date on
/// `day`, and issued after the plan's day. A plan schedules the whole debt issued by its day,
/// an invoice not yet due included (`instalmentPlan` does, and the timeline reads such a plan
/// as stopping the road: `Projector::plan_covers`); a step cannot say which invoices it
/// demands, so a letter that may be about a later invoice is read as its demand, not the
/// plan's debt's. (Stop 67 read a plan as covering only what was overdue on its day; an
/// `instalmentPlan` review, stop 68, found the timeline then sending a debtor who paid every
/// instalment to Kronofogden.)
pub(crate) fn demands_beyond_plan(
    claim: &Claim,
    plan: Date,
    day: Date,
    unpaid: &[bool],
) -> Result<bool> {
    for (invoice, &owed) in claim.invoices.iter().zip(unpaid) {
        if !owed || invoice.issue_date > day {
            continue;
        }
        if invoice.issue_date > plan && claim.effective_due_date(invoice)? < day {
            return Ok(true);
        }
    }
    Ok(false)
}

/// [`FindingCode::DemandDuringPlan`] for each reminder, inkassokrav or final notice whose
/// latest amorteringsplan before it (in the steps' order: by day, then as listed) had not
/// `ended` by its day, with nothing on Kronofogden's or a court's road since the plan, unless
/// it may be about an invoice the plan could not cover ([`demands_beyond_plan`], with what is
/// unpaid at the start of its day from `demands`): what `letter` warns of
/// (`DEMAND_DURING_PLAN`).
fn history_demands_during_plan(
    claim: &Claim,
    demands: &DemandDays,
    out: &mut Vec<Finding>,
) -> Result<()> {
    for (index, step) in claim.steps.iter().enumerate() {
        if !reminds(step.kind) {
            continue;
        }
        let Some(plan) = claim
            .steps
            .iter()
            .enumerate()
            .filter(|(i, s)| s.kind == StepKind::PaymentPlan && (s.date, *i) < (step.date, index))
            .max_by_key(|(i, s)| (s.date, *i))
            .map(|(_, s)| s)
        else {
            continue;
        };
        if plan.ended.is_some_and(|e| e <= step.date)
            || claim.legal_step_between(Some(plan.date), step.date)
            || demands_beyond_plan(claim, plan.date, step.date, demands.unpaid_on(step.date))?
        {
            continue;
        }
        out.push(Finding::new(
            Source::History,
            Some(index),
            Some(EntryKind::of(step.kind)),
            FindingFacts::DemandDuringPlan {
                kind: step.kind,
                date: step.date,
                plan: plan.date,
                ended: plan.ended,
            },
        ));
    }
    Ok(())
}

/// [`FindingCode::TransferRequestLate`] for each court action read as the transfer of a
/// disputed betalningsföreläggande ([`Claim::transferred_by`]) made after four weeks from the
/// dispute ([`params::transfer_request_days`]; the first dispute on or after the order, as
/// [`limitation::disputed_order`] reads it), moved off a day off (lag 1930:173 2 §): the
/// earliest day the time can end, since Kronofogden sends its notice once the dispute is in.
fn history_transfers(claim: &Claim, out: &mut Vec<Finding>) -> Result<()> {
    for (index, step) in claim.steps.iter().enumerate() {
        let Some(order) = claim.transferred_by(index) else {
            continue;
        };
        let Some((dispute, deadline)) = transfer_deadline(claim, order)? else {
            continue;
        };
        if step.date > deadline {
            out.push(Finding::new(
                Source::History,
                Some(index),
                Some(EntryKind::of(step.kind)),
                FindingFacts::TransferRequestLate {
                    date: step.date,
                    order,
                    dispute,
                    deadline,
                },
            ));
        }
    }
    Ok(())
}

/// [`FindingCode::ClaimAlreadyDecided`] for each betalningsföreläggande, and each court action
/// that is not the transfer of one ([`Claim::transferred_by`]), whose case asks for nothing but
/// a title's debt again (`limitation::title_asked_again`).
fn history_claims_already_decided(claim: &Claim, out: &mut Vec<Finding>) {
    let facts = limitation::CaseFacts::of(claim);
    let titles = limitation::title_starts_in(&facts);
    for (index, step) in claim.steps.iter().enumerate() {
        let application = match step.kind {
            StepKind::PaymentOrder => true,
            StepKind::CourtAction => claim.transferred_by(index).is_none(),
            _ => false,
        };
        if !application {
            continue;
        }
        // A case brought by an application starts on its own day (`title_asked_again`'s).
        let Some((decided, _)) = limitation::title_asked_again(&facts, &titles, step.date) else {
            continue;
        };
        // The transfer of a betalningsföreläggande applied for since that title and disputed:
        // that order was the application (a review found one on the judgment's own day,
        // which `Claim::transferred_by` does not see, flagged twice).
        let transfer = step.kind == StepKind::CourtAction
            && claim.steps.iter().any(|o| {
                o.kind == StepKind::PaymentOrder
                    && o.date >= decided
                    && o.date <= step.date
                    && limitation::disputed_order(claim, o.date, step.date)
            });
        if transfer {
            continue;
        }
        out.push(Finding::new(
            Source::History,
            Some(index),
            Some(EntryKind::of(step.kind)),
            FindingFacts::ClaimAlreadyDecided {
                kind: step.kind,
                date: step.date,
                decided,
                title: limitation::title_of_judgment(claim, decided),
            },
        ));
    }
}

/// The dispute of the betalningsföreläggande of day `order` (the first on or after it, as
/// [`limitation::disputed_order`] reads it) and the earliest day the time to ask for its
/// transfer can end: four weeks after that dispute ([`params::transfer_request_days`]; the time
/// runs from Kronofogden's notice, sent once the dispute is in), moved off a day off (lag
/// 1930:173 2 §). A transfer after it may be late ([`FindingCode::TransferRequestLate`]).
/// `None` when no dispute follows the order.
pub(crate) fn transfer_deadline(claim: &Claim, order: Date) -> Result<Option<(Date, Date)>> {
    let Some(dispute) = claim
        .steps
        .iter()
        .filter(|s| s.is_dispute() && s.date >= order)
        .map(|s| s.date)
        .min()
    else {
        return Ok(None);
    };
    let days = i64::from(params::transfer_request_days(dispute));
    let deadline = calendar::next_business_day(calendar::add_days(dispute, days)?)?;
    Ok(Some((dispute, deadline)))
}

/// [`FindingCode::LegalActionDuringPlan`] for each betalningsföreläggande, stämningsansökan or
/// verkställighet (an application, not a further year) whose latest step before it is an
/// amorteringsplan (or after one recorded as ending after it, whatever came between), with a
/// payment recorded on or after the plan's day and before the action's (a day's payments come
/// after its steps), unless the plan records that it
/// ended by the action's day ([`Step::ended`]). The
/// steps are ordered as the timeline orders them (by date, then by their order in `steps`),
/// and a further year of verkställighet or an efterbevakning after the plan leaves the plan
/// the latest step, as the timeline reads it.
fn history_legal_action_during_plan(claim: &Claim, out: &mut Vec<Finding>) {
    let counts = |s: &Step| !s.is_further_year() && s.kind != StepKind::Surveillance;
    for (index, step) in claim.steps.iter().enumerate() {
        let legal = matches!(
            step.kind,
            StepKind::PaymentOrder | StepKind::CourtAction | StepKind::Enforcement
        );
        if !legal || !counts(step) {
            continue;
        }
        let before = |i: usize, s: &Step| (s.date, i) < (step.date, index) && counts(s);
        let latest = claim
            .steps
            .iter()
            .enumerate()
            .filter(|(i, s)| before(*i, s))
            .max_by_key(|(i, s)| (s.date, *i))
            .map(|(_, s)| s)
            .filter(|s| s.kind == StepKind::PaymentPlan);
        // Or the latest plan before it, recorded as ending after it, whatever came between
        // (a final notice, say: a review found it hid the plan).
        let plan = latest.or_else(|| {
            claim
                .steps
                .iter()
                .enumerate()
                .filter(|(i, s)| s.kind == StepKind::PaymentPlan && before(*i, s))
                .max_by_key(|(i, s)| (s.date, *i))
                .map(|(_, s)| s)
                .filter(|s| s.ended.is_some_and(|e| e > step.date))
        });
        let Some(latest) = plan else {
            continue;
        };
        // The plan had ended (an instalment missed, or cancelled) by the action's day.
        if latest.ended.is_some_and(|e| e <= step.date) {
            continue;
        }
        let paid = claim
            .payments
            .iter()
            // A day's payments come after its steps (DOMAIN.md 8.5): one on the plan's day is
            // paid under it (the first instalment at signing), one on the action's day after it
            // (a same-day review, stop 67).
            .filter(|p| p.date >= latest.date && p.date < step.date)
            .map(|p| p.date)
            .max();
        if let Some(paid) = paid {
            out.push(Finding::new(
                Source::History,
                Some(index),
                Some(EntryKind::of(step.kind)),
                FindingFacts::LegalActionDuringPlan {
                    kind: step.kind,
                    date: step.date,
                    plan: latest.date,
                    paid,
                    ended: latest.ended,
                },
            ));
        }
    }
}

/// [`FindingCode::LimitationBeforeReceipt`] for each recorded reminder, inkassokrav or final
/// notice sent on or before the preskription date of an invoice it demands (capital unpaid that
/// day) and assumed received after it, as `letter` warns before one is sent; only where nothing
/// else in the history (a payment, legal action, a letter received in time) interrupts that
/// invoice's limitation by that date. Valued as `engine` (the claim under the policy's fee
/// choices) values it, as time-barring is judged ([`time_barred_findings`]).
#[cfg_attr(inkasso_size, optimize(size))]
fn history_receipts_after_preskription(
    claim: &Claim,
    engine: &Claim,
    rates: &RateTable,
    out: &mut Vec<Finding>,
) -> Result<()> {
    let Some(first_issue) = claim.first_issue_date() else {
        return Ok(());
    };
    let possible = possible_preskription_dates(claim)?;
    // One replay for the letters' days (a statement each from scratch was the history once
    // per letter near a preskription date); only the capital unpaid is read.
    let options = summary_on(calendar::MIN_DATE, rates);
    let mut replay: Option<Replay<'_>> = None;
    for (index, step) in claim.steps.iter().enumerate() {
        if !is_letter(step.kind) || step.date < first_issue {
            continue;
        }
        let received = received_on(step.date)?;
        // Cheap first: no date the limitation can end on falls near the letter's days.
        let near = |p: &Date| {
            calendar::add_days(*p, 5).is_ok_and(|late| late >= step.date)
                && calendar::add_days(received, 5).is_ok_and(|early| *p <= early)
        };
        if !possible.iter().any(near) {
            continue;
        }
        let replay = started(&mut replay, engine, &options)?;
        let capital = replay.capital_on(step.date)?;
        for w in crate::letter::limitation_before_receipt(engine, &capital, step.date, rates)? {
            let (
                Subject::Invoice(invoice_index),
                Facts::LimitationBeforeReceipt {
                    invoice,
                    preskription_date,
                    received,
                },
            ) = (w.subject, w.facts)
            else {
                continue;
            };
            if interrupted_otherwise(engine, invoice_index, preskription_date, rates)? {
                continue;
            }
            out.push(Finding::new(
                Source::History,
                Some(index),
                Some(EntryKind::of(step.kind)),
                FindingFacts::LimitationBeforeReceipt {
                    kind: step.kind,
                    date: step.date,
                    invoice,
                    preskription_date,
                    received,
                },
            ));
        }
    }
    Ok(())
}

/// A reminder, inkassokrav or final notice: a letter that interrupts limitation on receipt.
fn is_letter(kind: StepKind) -> bool {
    matches!(
        kind,
        StepKind::Reminder | StepKind::CollectionDemand | StepKind::FinalNotice
    )
}

/// The day a letter sent on `sent` is assumed received.
fn received_on(sent: Date) -> Result<Date> {
    calendar::add_bank_days(sent, params::demand_delivery_bank_days(sent))
}

/// Every date an invoice's limitation could end on, or near (a superset): 3 or 10 years from
/// any date of the claim (an invoice's issue or due date, a payment, a credit note, a step, an
/// interruption's period start) or from a case's assumed end after it (42 or 120 days, a year).
fn possible_preskription_dates(claim: &Claim) -> Result<Vec<Date>> {
    let mut base: Vec<Date> = claim
        .invoices
        .iter()
        .flat_map(|i| [Some(i.issue_date), i.due_date])
        .flatten()
        .chain(claim.payments.iter().map(|p| p.date))
        .chain(claim.credits.iter().map(|c| c.date))
        .chain(claim.steps.iter().map(|s| s.date))
        .collect();
    for event in limitation::step_interruptions(&limitation::CaseFacts::of(claim), None)? {
        base.push(event.period_from);
    }
    base.sort_unstable();
    base.dedup();
    let mut out = Vec::with_capacity(base.len().saturating_mul(8));
    for day in base {
        let starts = [
            Ok(day),
            calendar::add_days(day, 42),
            calendar::add_days(day, 120),
            limitation::add_years(day, 1),
        ];
        for start in starts.into_iter().flatten() {
            for years in [3, 10] {
                if let Ok(end) = limitation::add_years(start, years) {
                    out.push(end);
                }
            }
        }
    }
    Ok(out)
}

/// Whether invoice `index` of `claim` is interrupted by `preskription_date` by something other
/// than the letters sent by then and received after it: its preskription date, with those
/// letters left out, is later.
fn interrupted_otherwise(
    claim: &Claim,
    index: usize,
    preskription_date: Date,
    rates: &RateTable,
) -> Result<bool> {
    let mut without = claim.clone();
    let mut late = Vec::new();
    for step in &claim.steps {
        late.push(
            is_letter(step.kind)
                && step.date <= preskription_date
                && received_on(step.date)? > preskription_date,
        );
    }
    let mut flags = late.into_iter();
    without.steps.retain(|_| !flags.next().unwrap_or(false));
    // `claim` is the validated history; `without` keeps a part of its steps.
    let lim = limitation::limitation_of_valid(&without, &limitation::LimitationOptions { rates })?;
    Ok(lim
        .invoices
        .get(index)
        .is_some_and(|l| l.preskription_date > preskription_date))
}

/// Findings about the plan itself.
#[cfg_attr(inkasso_size, optimize(size))]
/// `late_fee_arises`: some invoice of the claim earns förseningsersättning
/// ([`fees_on_top_without_late_fee`]), so the policy's fees on top of it concern the claim.
fn policy_findings(claim: &Claim, policy: &Policy, late_fee_arises: bool, out: &mut Vec<Finding>) {
    let fees = policy.fees;
    // Of the policy itself: a step's finding of the same code names the fee to remove, this
    // one the setting to change (a compliance review, stop 67: the policy's went once a step
    // had one).
    let has = |code: FindingCode, out: &Vec<Finding>| {
        out.iter()
            .any(|f| f.code == code && f.source == Source::Policy)
    };
    let policy_finding = |kind: Option<EntryKind>, facts: FindingFacts| {
        Finding::new(Source::Policy, None, kind, facts)
    };
    // A reminder on the due date reminds of nothing overdue (a TypeScript user's review: the
    // timeline moved it a day with a note, `check` of the same policy said nothing, while an
    // inkassokrav on the due date was flagged).
    if policy.reminder.is_some_and(|r| r.days_after_due == 0) {
        out.push(policy_finding(
            Some(EntryKind::Reminder),
            FindingFacts::PolicyReminderOnDueDate,
        ));
    }
    if let Some(demand) = policy.collection_demand {
        let before = policy
            .reminder
            .map_or(0, |r| r.days_after_due.saturating_add(r.payment_term_days));
        if before.saturating_add(demand.days_after) == 0 {
            out.push(policy_finding(
                Some(EntryKind::CollectionDemand),
                FindingFacts::PolicyDemandOnDueDate,
            ));
        }
        let reminded = policy.reminder.is_some() || policy.second_reminder.is_some();
        if reminded && demand.days_after == 0 {
            out.push(policy_finding(
                Some(EntryKind::CollectionDemand),
                FindingFacts::PolicyDemandOnReminderDeadline,
            ));
        }
        let min = params::min_collection_term_days_now();
        if demand.payment_term_days < min {
            out.push(policy_finding(
                Some(EntryKind::CollectionDemand),
                FindingFacts::TermTooShort {
                    kind: StepKind::CollectionDemand,
                    days: demand.payment_term_days,
                    min,
                    date: None,
                },
            ));
        }
        // The final notice follows the inkassokrav: a demand, held to its term (`letter`).
        if let Some(notice) = policy.final_notice.filter(|n| n.payment_term_days < min) {
            out.push(policy_finding(
                Some(EntryKind::FinalNotice),
                FindingFacts::TermTooShort {
                    kind: StepKind::FinalNotice,
                    days: notice.payment_term_days,
                    min,
                    date: None,
                },
            ));
        }
        let after = policy
            .final_notice
            .map_or(0, |f| f.days_after.saturating_add(f.payment_term_days));
        if let Some(order) = policy.payment_order {
            if after.saturating_add(order.days_after) == 0 {
                out.push(policy_finding(
                    Some(EntryKind::PaymentOrder),
                    FindingFacts::PolicyPaymentOrderOnDeadline,
                ));
            }
        }
    }
    // Only a fee the policy charges can be on top: a reminder fee where it was agreed, the
    // inkassokrav fee where an inkassokrav is planned.
    let reminder_planned = policy.reminder.is_some();
    let absorbable = (reminder_planned && fees.reminder_fee && claim.reminder_fee_agreed)
        || (policy.collection_demand.is_some() && fees.collection_fee);
    if fees.fees_on_top_of_late_fee
        && fees.late_fee
        && claim.claims_late_fee()
        && late_fee_arises
        && absorbable
        && !has(FindingCode::FeeOnTopOfLateFee, out)
    {
        let today_law = FeeKind::LateFee
            .table()
            .last()
            .map_or(calendar::MIN_DATE, |p| p.from);
        out.push(on_top_finding(Source::Policy, None, today_law));
    }
    if fees.interest_on_fees {
        out.push(policy_finding(None, FindingFacts::InterestOnFees));
    }
    // The court path's transfer of a disputed betalningsföreläggande (a policy with a court
    // path applies for one: its verkställighet needs it).
    let max = params::transfer_request_days_now();
    if let Some(court) = policy.court.filter(|c| c.days_after_dispute > max) {
        out.push(policy_finding(
            Some(EntryKind::of(StepKind::CourtAction)),
            FindingFacts::PolicyTransferRequestLate {
                days: court.days_after_dispute,
                max,
            },
        ));
    }
}
