//! Non-fatal findings returned with a result, as typed data: a fee that the facts do not allow,
//! a provisional rate, a day the rate table does not cover. Each [`Warning`] has a stable
//! [`WarningCode`], a typed [`Subject`] (the claim, an invoice, a step, a payment, a half-year)
//! and the [`Facts`] it needs (dates, amounts, kinds). Words come only at the edge: the JS
//! `field` path is derived from the subject, and the sv/en text is rendered by the catalogue
//! ([`crate::text`]) when the warning is serialised or [`Warning::text`] is asked for.

use serde::ser::SerializeStruct;
use serde::Serialize;
use time::Date;

use crate::claim::StepKind;
use crate::fees::FeeKind;
use crate::money::Money;
use crate::rates::HalfYear;
use crate::text::{self, Text};

/// A stable warning code (`SCREAMING_SNAKE_CASE` when serialised).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[non_exhaustive]
pub enum WarningCode {
    /// A referensränta marked provisional in the table was used.
    ProvisionalRate,
    /// Days the rate table does not cover: no interest was computed for them.
    RateNotCovered,
    /// A projection (the timeline) assumed the last known referensränta for a half-year the
    /// Riksbank has not published yet: the lines and valuations that use it are `assumed`.
    RateAssumed,
    /// A reminder claimed a fee but none was agreed in advance (lag 1981:739 2 §).
    ReminderFeeNotAgreed,
    /// A second step of a kind that earns one fee per claim (a reminder, an inkassokrav, a
    /// betalningsföreläggande, …): no fee. Also a further verkställighet within a year of the
    /// last grundavgift (förordning 1992:1094 5 §): no new grundavgift.
    FeeAlreadyCharged,
    /// A step taken when nothing in the claim was overdue: no fee.
    NotOverdue,
    /// A reminder, inkassokrav or plan fee replaced (wholly or partly) by förseningsersättning.
    FeeAbsorbedByLateFee,
    /// An action dated before the fee table starts: no fee.
    FeeNotCovered,
    /// An invoice paid by its due date, or overdue before 2013-03-16: no förseningsersättning.
    NoLateFee,
    /// A step, payment or credit note after the statement date, or an invoice issued after it:
    /// left out of the statement.
    AfterAsOf,
    /// Payments exceed the claim: the excess is a credit owed back to the debtor.
    Overpaid,
    /// A credit note cancels more than its invoice's capital still unpaid (the invoice was
    /// partly paid): the excess is owed back to the debtor.
    CreditExceedsCapital,
    /// An invoice credited in full after its due date keeps the interest and the
    /// förseningsersättning it earned before the credit: owed, unless the credit note corrects
    /// an invoice that was wrong (then nothing was ever owed on it: leave it out of the claim).
    CreditedAfterDue,
    /// A betalningsföreläggande or verkställighet for a claim whose capital was paid, or a
    /// further year of verkställighet whose debt was paid (`Facts::EnforcedDebtPaid`): no cost.
    ClaimSettled,
    /// An invoice with capital unpaid is time-barred (preskriptionslagen): it may not be
    /// demanded.
    TimeBarred,
    /// An invoice's agreed dröjsmålsränta is below the statutory one (referensränta + 8,
    /// räntelagen 6 §) for some half-year: applied as agreed, reported. Since 2013-03-16
    /// (SFS 2013:55, prop. 2012/13:36) a term taking away the right to interest between
    /// businesses, or giving a public body a lower rate, is without effect; the text says so,
    /// and the engine does not decide it (**verify** the paragraph, räntelagen 6 § or 1 §).
    AgreedRateBelowStatutory,
    /// A projected timeline step differs from the policy so that it is lawful (or is a further
    /// year of verkställighet).
    ProjectionAdjusted,
    /// A timeline reaches past 2199-12-31 ([`crate::calendar::MAX_DATE`]), the last date the
    /// engine supports: the steps the policy would take after it are left out (a warning of the
    /// timeline, [`Facts::ProjectionEnds`]), and an entry whose deadline (or date) is after it
    /// is valued on that last date (a note of the entry, [`Facts::ValuedOnLastDate`]).
    BeyondLastDate,
    /// A court fee's category (above half a prisbasbelopp or not) was judged with the last
    /// prisbasbelopp the table has, for a later year whose own amount is not in it, and the
    /// claim's value is near enough to the line that the year's amount could change the fee
    /// ([`crate::fees::prisbasbelopp_assumed`]).
    PrisbasbeloppAssumed,
    /// A letter dated on or before an invoice's preskription date that is assumed to reach the
    /// debtor only after it ([`crate::params::demand_delivery_bank_days`]): limitation is
    /// interrupted when the debtor receives a written demand (preskriptionslagen 5 §), so the
    /// letter may come too late. The engine takes a letter to interrupt on the day it is sent
    /// (**verify**); this warns where the two readings differ.
    LimitationBeforeReceipt,
    /// A fee the step cannot earn, whatever was agreed: a reminder after the claim went on to
    /// an inkassokrav, Kronofogden or a court (not a cost "skäligen påkallad", lag 1981:739
    /// 4 §), or a final notice or efterbevakning recorded as claiming a fee (the act gives none
    /// for them, 5 §): no fee.
    FeeNotRecoverable,
    /// An instalment plan agreed while a verkställighet goes on, whose instalments run past the
    /// day its next yearly grundavgift falls due (förordning 1992:1094 5 §): the schedule does
    /// not include that fee.
    EnforcementContinues,
    /// A betalningsföreläggande the debtor disputed, with no judgment recorded since: its costs
    /// (ansökningsavgift and ersättning, lag 1990:746 48 §) are charged as the engine charges
    /// every recorded application, but a disputed application gives no utslag, so they are
    /// recoverable only if the case goes on to the tingsrätt and the court awards them (a
    /// withdrawn application leaves them with the creditor).
    PaymentOrderDisputed,
    /// A stämningsansökan (or a transferred case) with no judgment recorded since: the
    /// tingsrätt's fee is charged as the engine charges every recorded court action, but it is
    /// a litigation cost, owed by the debtor only if the court awards it (rättegångsbalken 18
    /// kap.; a compliance review: the fee showed as owed while the case was pending).
    CourtCasePending,
    /// An instalment plan made again on the day of a recorded `paymentPlan` that `ended`
    /// ([`crate::claim::Step::ended`]: broken or cancelled): the schedule is the plan as agreed,
    /// but its instalments after that day are not owed under it.
    PlanEnded,
    /// A letter dated while a recorded amorteringsplan runs: the latest `paymentPlan` up to
    /// its date is not recorded as `ended` by then, and no betalningsföreläggande, court case,
    /// dom or utslag or verkställighet has followed it. While the debtor keeps an agreed plan
    /// the whole claim may not be demanded (god inkassosed, as `check`'s
    /// `LEGAL_ACTION_DURING_PLAN` for legal action); if it was broken, its `ended` says so.
    DemandDuringPlan,
    /// An inkassokrav letter sent on or before the deadline of a reminder before it that
    /// records its term, or on the day of one that does not (and that reminded of something):
    /// the debtor does not get the time the reminder gave, and the demand's fee is hardly
    /// skäligen påkallad (lag 1981:739 4 §), as `check`'s finding of the same code says of a
    /// recorded one (a review of letters, stop 66: the letter charged it without a word).
    DemandBeforeReminderDeadline,
    /// An instalment plan whose schedule leaves a business or public invoice unpaid at the end
    /// of its effective due date, after the plan's day: the förseningsersättning (räntelagen
    /// 4 a §) is charged during the plan and is part of its instalments (a review of
    /// instalment plans, stop 66: a 300 kr invoice became a 750 kr plan with only
    /// `NOT_OVERDUE` said).
    LateFeeDuringPlan,
    /// A timeline's road stops at a dispute that stands (bestridande), or at a case before the
    /// tingsrätt, and the policy has no court path (`court`): a disputed debt is decided by a
    /// court, not by a betalningsföreläggande or verkställighet (DOMAIN.md 4), so no letter,
    /// application or court step is projected (only the further years of a verkställighet
    /// under way) until a judgment (or the dispute's withdrawal) is recorded.
    AwaitsCourt,
    /// A note of a timeline's projected court action that transfers a disputed
    /// betalningsföreläggande to the tingsrätt more than four weeks after the dispute (moved
    /// off a day off): `today` is past the time to ask for it (lag 1990:746 34 §), so unless a
    /// request came in time the case is written off (37 §) and the court action is a
    /// stämningsansökan with the full fee; `check`'s finding of the same code once recorded.
    TransferRequestLate,
    /// A note of a timeline's taken step whose fee the policy's fee choices (`fees`) waive: the
    /// step records no `fee` of its own, the claim as recorded charges it (as `statement` does),
    /// and the timeline's amounts leave it out. Give the step `fee: true` to keep it.
    FeeWaivedByPolicy,
    /// A further year of verkställighet when less than 100 kr is unpaid in the case: no new
    /// grundavgift (förordning 1992:1094 5 § fjärde stycket, from 2008-01-01); the case goes on.
    UnpaidUnderMinimum,
}

impl WarningCode {
    /// The code as serialised, e.g. `PROVISIONAL_RATE`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ProvisionalRate => "PROVISIONAL_RATE",
            Self::RateNotCovered => "RATE_NOT_COVERED",
            Self::RateAssumed => "RATE_ASSUMED",
            Self::ReminderFeeNotAgreed => "REMINDER_FEE_NOT_AGREED",
            Self::FeeAlreadyCharged => "FEE_ALREADY_CHARGED",
            Self::NotOverdue => "NOT_OVERDUE",
            Self::FeeAbsorbedByLateFee => "FEE_ABSORBED_BY_LATE_FEE",
            Self::FeeNotCovered => "FEE_NOT_COVERED",
            Self::NoLateFee => "NO_LATE_FEE",
            Self::AfterAsOf => "AFTER_AS_OF",
            Self::Overpaid => "OVERPAID",
            Self::CreditExceedsCapital => "CREDIT_EXCEEDS_CAPITAL",
            Self::CreditedAfterDue => "CREDITED_AFTER_DUE",
            Self::ClaimSettled => "CLAIM_SETTLED",
            Self::TimeBarred => "TIME_BARRED",
            Self::ProjectionAdjusted => "PROJECTION_ADJUSTED",
            Self::AgreedRateBelowStatutory => "AGREED_RATE_BELOW_STATUTORY",
            Self::BeyondLastDate => "BEYOND_LAST_DATE",
            Self::PrisbasbeloppAssumed => "PRISBASBELOPP_ASSUMED",
            Self::EnforcementContinues => "ENFORCEMENT_CONTINUES",
            Self::LimitationBeforeReceipt => "LIMITATION_BEFORE_RECEIPT",
            Self::FeeNotRecoverable => "FEE_NOT_RECOVERABLE",
            Self::PaymentOrderDisputed => "PAYMENT_ORDER_DISPUTED",
            Self::CourtCasePending => "COURT_CASE_PENDING",
            Self::PlanEnded => "PLAN_ENDED",
            Self::DemandDuringPlan => "DEMAND_DURING_PLAN",
            Self::DemandBeforeReminderDeadline => "DEMAND_BEFORE_REMINDER_DEADLINE",
            Self::LateFeeDuringPlan => "LATE_FEE_DURING_PLAN",
            Self::AwaitsCourt => "AWAITS_COURT",
            Self::TransferRequestLate => "TRANSFER_REQUEST_LATE",
            Self::FeeWaivedByPolicy => "FEE_WAIVED_BY_POLICY",
            Self::UnpaidUnderMinimum => "UNPAID_UNDER_MINIMUM",
        }
    }
}

/// What a warning (or a finding) is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Subject {
    /// The claim as a whole.
    Claim,
    /// `invoices[i]`.
    Invoice(usize),
    /// `steps[i]`.
    Step(usize),
    /// `payments[i]`.
    Payment(usize),
    /// `credits[i]`.
    Credit(usize),
    /// A half-year of the rate table.
    HalfYear(HalfYear),
    /// The per diem, for days of a half-year.
    PerDiem(HalfYear),
    /// The timeline entry the note is attached to (no field of its own).
    Entry,
    /// The instalment plan of `instalment_plan` (its `plan` argument): its own step and its
    /// instalments, which are not in the claim's `steps` and `payments`.
    Plan,
}

impl Subject {
    /// The JS field path (`steps[1]`, `invoices[0]`, `perDiem`), if the subject is a field.
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn field(self) -> Option<String> {
        self.field_parts().map(|(name, index)| match index {
            Some(i) => format!("{name}[{i}]"),
            None => name.to_owned(),
        })
    }

    /// [`Subject::field`] as its name and index (`("steps", Some(1))`, `("perDiem", None)`),
    /// for writers that print it without formatting.
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn field_parts(self) -> Option<(&'static str, Option<usize>)> {
        match self {
            Self::Invoice(i) => Some(("invoices", Some(i))),
            Self::Step(i) => Some(("steps", Some(i))),
            Self::Payment(i) => Some(("payments", Some(i))),
            Self::Credit(i) => Some(("credits", Some(i))),
            Self::PerDiem(_) => Some(("perDiem", None)),
            Self::Plan => Some(("plan", None)),
            Self::Claim | Self::HalfYear(_) | Self::Entry => None,
        }
    }

    /// The half-year, for rate warnings.
    pub fn half_year(self) -> Option<HalfYear> {
        match self {
            Self::HalfYear(h) | Self::PerDiem(h) => Some(h),
            _ => None,
        }
    }
}

/// Why no förseningsersättning was charged for an invoice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum NoLateFeeReason {
    /// Paid by its effective due date.
    PaidByDueDate,
    /// Cancelled in full by credit notes by its effective due date.
    CreditedByDueDate,
    /// Paid in part and cancelled in part by credit notes by its effective due date.
    PaidAndCreditedByDueDate,
    /// Overdue before förseningsersättning existed (the table's first row).
    BeforeTheLaw {
        /// The day the law starts (lag 1981:739 4 a §, SFS 2013:56).
        law_from: Date,
    },
}

/// Why a projected timeline step differs from the policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AdjustReason {
    /// It replaces a taken step of `kind` on `date` that does not count: sent before the claim
    /// was overdue, or resting on such a step.
    ReplacesUnlawfulStep {
        /// The taken step's kind.
        kind: StepKind,
        /// Its date.
        date: Date,
    },
    /// It repeats a taken step of `kind` on `date` sent while some invoices were overdue but
    /// not all (the last falls due on `due`): that step counts, but does not cover every
    /// invoice, so a betalningsföreläggande cannot rest on it.
    RepeatsPartialStep {
        /// The taken step's kind.
        kind: StepKind,
        /// Its date.
        date: Date,
        /// The claim's due date (the last invoice's effective due date).
        due: Date,
    },
    /// It waits until every invoice is overdue (the day after the claim's due date `due`).
    WaitsUntilOverdue {
        /// The claim's due date.
        due: Date,
    },
    /// An inkassokrav that waits until the payment term of a recorded reminder (of `reminder`,
    /// one that records its term and reminded of an invoice overdue and unpaid on its day,
    /// whether or not it reached its stage) has run out, on `deadline`, as `check`'s
    /// `DEMAND_BEFORE_REMINDER_DEADLINE` asks.
    WaitsForReminderDeadline {
        /// The reminder's date.
        reminder: Date,
        /// Its deadline (its recorded term, moved off a day off).
        deadline: Date,
    },
    /// The policy's term `days` for an inkassokrav, or for a final notice after one (a demand,
    /// held to the inkassokrav's term), is under the minimum `min`: `min` is given.
    TermRaisedToMinimum {
        /// The policy's term.
        days: u32,
        /// The minimum in force.
        min: u32,
    },
    /// An inkassokrav's deadline (or a final notice's that is a demand) extended to `deadline`
    /// so that the debtor has
    /// `bank_days` bank days after the day it is assumed received (`received`), as god
    /// inkassosed asks around a long weekend.
    DemandTermExtended {
        /// The deadline given.
        deadline: Date,
        /// The day the inkassokrav is assumed received.
        received: Date,
        /// The bank days after receipt it leaves.
        bank_days: u32,
    },
    /// A taken inkassokrav's recorded term (or a final notice's that is a demand, `kind`
    /// [`StepKind::FinalNotice`]) ends before the deadline god inkassosed asks (`lawful`: the
    /// minimum term, and the bank days after its assumed receipt): the next step waits until
    /// after `lawful`.
    ShortTermGiven {
        /// The letter: [`StepKind::CollectionDemand`] or [`StepKind::FinalNotice`].
        kind: StepKind,
        /// The lawful deadline.
        lawful: Date,
    },
    /// A projected dom or utslag, dated an assumed `days` after the court action.
    AssumedJudgment {
        /// The policy's assumed days.
        days: u32,
    },
    /// A further year of verkställighet (the `year`th after the first): one more grundavgift,
    /// unless less than the minimum is unpaid then (`fee: false`, with an
    /// `UNPAID_UNDER_MINIMUM` note beside it).
    FurtherEnforcementYear {
        /// Which further year.
        year: u8,
        /// It costs a new grundavgift.
        fee: bool,
    },
    /// A further year of verkställighet projected before `today` that the history does not
    /// record: the timeline assumes the case went on that year, while the statement of the
    /// history and `limitation` take it to have ended a year after the last recorded
    /// grundavgift (a preskription review, stop 69: a debt they called time-barred the
    /// timeline kept alive with years projected ten years back, saying nothing of it).
    FurtherYearNotRecorded {
        /// The timeline's `today`.
        today: Date,
    },
    /// A verkställighet (or a further year of one) of the litigation costs the judgment of
    /// `judgment` awarded, unpaid (every invoice's capital may be paid): the judgment is an
    /// exekutionstitel for them (utsökningsbalken 3 kap. 1 §).
    EnforcesJudgmentCosts {
        /// The judgment's day.
        judgment: Date,
        /// Which title it is, when the history says
        /// ([`crate::limitation::title_of_judgment`]); the text names it.
        title: Option<crate::limitation::Title>,
    },
    /// The last further year of verkställighet the timeline projects (`years` after the first,
    /// a bound on its work): the horizon is later, and enforcement may go on after it.
    LastFurtherYearProjected {
        /// The further years projected.
        years: u8,
    },
    /// An amorteringsplan of `count` instalments instead of the policy's `asked`: with fewer,
    /// an instalment would be more than the largest payment a claim may record.
    MoreInstalments {
        /// The instalments projected.
        count: u32,
        /// The policy's number.
        asked: u32,
    },
    /// An amorteringsplan whose instalments cannot be worked out: even with the most
    /// instalments a plan may have, one would be more than the largest payment, or they would
    /// run past the last date. The policy asked for `asked`.
    PlanWithoutSchedule {
        /// The policy's number.
        asked: u32,
    },
    /// An amorteringsplan dated no earlier than the last payment or credit note the claim
    /// records (on `date`): a plan is agreed for what is owed on its date.
    AfterRecordedPayments {
        /// The last payment's or credit note's date.
        date: Date,
    },
    /// An amorteringsplan of `count` instalments instead of the policy's `asked`: what is owed
    /// is too small for that many instalments of at least 0.01.
    FewerInstalments {
        /// The instalments projected.
        count: u32,
        /// The policy's number.
        asked: u32,
    },
}

/// The facts a warning needs, one variant per code.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Facts {
    /// [`WarningCode::ProvisionalRate`].
    ProvisionalRate,
    /// [`WarningCode::RateNotCovered`].
    RateNotCovered {
        /// The last half-year of a run of consecutive ones (the subject's is the first), when
        /// the warning is about more than one ([`merge_half_year_runs`]).
        through: Option<HalfYear>,
    },
    /// [`WarningCode::RateAssumed`].
    RateAssumed {
        /// The referensränta assumed (the last known half-year's), percent.
        reference_rate: rust_decimal::Decimal,
        /// The last half-year of a run of consecutive ones assuming the same rate (the
        /// subject's is the first), when the warning is about more than one
        /// ([`merge_half_year_runs`]).
        through: Option<HalfYear>,
    },
    /// [`WarningCode::ReminderFeeNotAgreed`].
    ReminderFeeNotAgreed,
    /// [`WarningCode::FeeAlreadyCharged`].
    FeeAlreadyCharged {
        /// The step's kind.
        kind: StepKind,
        /// Its date.
        date: Date,
    },
    /// [`WarningCode::NotOverdue`].
    NotOverdue {
        /// The step's kind.
        kind: StepKind,
        /// Its date.
        date: Date,
        /// Capital was paid while interest of earlier days was left out (the rate table does
        /// not cover them): with that interest it may have been unpaid, and the text says so.
        unvalued: bool,
    },
    /// [`WarningCode::FeeAbsorbedByLateFee`].
    FeeAbsorbedByLateFee {
        /// The fee.
        fee: FeeKind,
        /// The step's kind.
        kind: StepKind,
        /// Its date.
        date: Date,
        /// What was still charged of it (zero: wholly absorbed).
        charged: Money,
    },
    /// [`WarningCode::FeeNotCovered`].
    FeeNotCovered {
        /// The fee.
        fee: FeeKind,
        /// The day of the action.
        date: Date,
    },
    /// [`WarningCode::NoLateFee`].
    NoLateFee {
        /// The invoice number.
        invoice: String,
        /// Why.
        reason: NoLateFeeReason,
    },
    /// [`WarningCode::AfterAsOf`].
    AfterAsOf {
        /// The event's date.
        date: Date,
    },
    /// [`WarningCode::UnpaidUnderMinimum`]: the further year of verkställighet of `date` costs
    /// no new grundavgift, `unpaid` being under `minimum` (förordning 1992:1094 5 § fjärde
    /// stycket).
    UnpaidUnderMinimum {
        /// The further year's day.
        date: Date,
        /// What was unpaid in the case at the start of that day.
        unpaid: Money,
        /// The minimum in force.
        minimum: Money,
    },
    /// [`WarningCode::AfterAsOf`] in a letter ([`crate::letter::letter`]): an event after the
    /// letter's date, left out of what it demands (a letters review: the text said "the
    /// statement date", a word the letter's reader never sees).
    AfterLetterDate {
        /// The event's date.
        date: Date,
    },
    /// [`WarningCode::Overpaid`].
    Overpaid {
        /// The payment day.
        date: Date,
        /// Interest of days before it is left out (the rate table does not cover them, a
        /// `RATE_NOT_COVERED` warning): with it, the payment may not cover the claim, and
        /// the text says so (a review: a debtor who still owed was told of a refund).
        unvalued: bool,
    },
    /// [`WarningCode::FeeAlreadyCharged`], for verkställighet: one grundavgift a year.
    EnforcementFeeThisYear {
        /// The verkställighet's date.
        date: Date,
        /// The day the last grundavgift was charged that it counts against: for an
        /// application, its title's; for a further year, the one the claim's year runs from.
        previous: Date,
        /// A further year of the verkställighet under way, not an application.
        further_year: bool,
        /// That grundavgift was claimed from the debtor; `false` when its verkställighet was
        /// recorded `fee: false` (Kronofogden charged it, the creditor did not pass it on).
        previous_claimed: bool,
    },
    /// [`WarningCode::ClaimSettled`].
    ClaimSettled {
        /// The step's kind.
        kind: StepKind,
        /// Its date.
        date: Date,
        /// Capital was paid while interest of earlier days was left out (the rate table does
        /// not cover them): the payments may not have paid the capital, and the text says so.
        unvalued: bool,
    },
    /// [`WarningCode::ClaimSettled`], for a further year of verkställighet: the debt of the
    /// cases it renews was paid or credited, though another invoice may be owed.
    EnforcedDebtPaid {
        /// The further year's date.
        date: Date,
        /// Capital was paid while interest of earlier days was left out (the rate table does
        /// not cover them): with that interest it may have been unpaid, and the text says so.
        unvalued: bool,
    },
    /// [`WarningCode::ProjectionAdjusted`].
    ProjectionAdjusted {
        /// Why.
        reason: AdjustReason,
    },
    /// [`WarningCode::AgreedRateBelowStatutory`].
    AgreedRateBelowStatutory {
        /// The invoice number.
        invoice: String,
        /// The first half-year where it is below.
        half_year: HalfYear,
        /// The agreed rate, percent.
        agreed: rust_decimal::Decimal,
        /// The statutory rate that half-year, percent.
        statutory: rust_decimal::Decimal,
        /// Who owes: the text says what such a term means for that debtor.
        debtor: crate::claim::DebtorKind,
        /// The term is without effect against the creditor: a public debtor, the invoice due
        /// on or after 2013-03-16 ([`crate::params::lower_agreed_rate_void`], räntelagen 6 §
        /// andra stycket).
        void: bool,
    },
    /// [`WarningCode::CreditExceedsCapital`].
    CreditExceedsCapital {
        /// The invoice number.
        invoice: String,
        /// The credit note's date.
        date: Date,
        /// What it cancels beyond the capital unpaid: owed back.
        excess: Money,
    },
    /// [`WarningCode::CreditedAfterDue`].
    CreditedAfterDue {
        /// The invoice number.
        invoice: String,
        /// The day the credit notes cancel its capital in full, or the credit note's day that
        /// settles what was left unpaid of it.
        date: Date,
        /// Its effective due date.
        due: Date,
        /// Whether the credit notes cancel the invoice's whole amount; false when the credit
        /// note settles what payments left unpaid.
        in_full: bool,
        /// Whether the invoice earned interest before the credit.
        interest: bool,
        /// Whether a förseningsersättning was charged for the invoice (none for a consumer, or
        /// when the creditor waives it): the text names only what is still included.
        late_fee: bool,
    },
    /// [`WarningCode::LimitationBeforeReceipt`].
    LimitationBeforeReceipt {
        /// The invoice number.
        invoice: String,
        /// The last day of its limitation period, before the letter.
        preskription_date: Date,
        /// The day the letter is assumed received.
        received: Date,
    },
    /// [`WarningCode::TimeBarred`].
    TimeBarred {
        /// The invoice number.
        invoice: String,
        /// The last day of its limitation period.
        preskription_date: Date,
    },
    /// [`WarningCode::TimeBarred`], of a step: a reminder, inkassokrav or plan dated when every
    /// invoice with capital unpaid was time-barred earns no fee (it demands a debt that may
    /// not be demanded: not a cost "skäligen påkallad", lag 1981:739 4 §).
    StepOnTimeBarredDebt {
        /// The step's kind.
        kind: StepKind,
        /// Its date.
        date: Date,
    },
    /// [`WarningCode::FeeNotRecoverable`], of a reminder sent after the claim went on past
    /// reminders: the first such step (an inkassokrav, a betalningsföreläggande, …) was of
    /// `after_kind` on `after_date`.
    ReminderAfterDemand {
        /// The reminder's date.
        date: Date,
        /// The kind of the step that took the claim past reminders.
        after_kind: StepKind,
        /// Its date.
        after_date: Date,
        /// For a judgment, the title it is as the steps show (dom or utslag), if they do.
        after_title: Option<crate::limitation::Title>,
    },
    /// [`WarningCode::FeeNotRecoverable`], of a final notice or efterbevakning recorded with
    /// `fee: true`: lag 1981:739 gives no fee for it.
    NoFeeForKind {
        /// The step's kind.
        kind: StepKind,
        /// Its date.
        date: Date,
    },
    /// [`WarningCode::PaymentOrderDisputed`]: the betalningsföreläggande of `date`, disputed on
    /// `disputed`, whose costs charged are `costs`.
    PaymentOrderDisputed {
        /// The application's date.
        date: Date,
        /// The dispute's date.
        disputed: Date,
        /// Its costs charged (ansökningsavgift and ersättning).
        costs: Money,
        /// The day the case was transferred to the tingsrätt (a court action recorded after
        /// the dispute), if it was.
        transferred: Option<Date>,
    },
    /// [`WarningCode::CourtCasePending`]: the court action of `date`, whose fee charged is
    /// `fee`, with no judgment recorded since.
    CourtCasePending {
        /// The court action's date.
        date: Date,
        /// The case was transferred from Kronofogden (the fee is a tilläggsavgift).
        transfer: bool,
        /// The tingsrätt's fee charged for it (ansökningsavgift or tilläggsavgift).
        fee: Money,
    },
    /// [`WarningCode::BeyondLastDate`], of a timeline: the next step the policy projects would
    /// reach a date after the last date the engine supports, so the timeline ends before it.
    ProjectionEnds {
        /// The step left out (and every later one).
        kind: StepKind,
        /// The day it would be sent or filed.
        date: Date,
        /// The last day it reaches: `date`, or an amorteringsplan's last instalment.
        until: Date,
    },
    /// [`WarningCode::TimeBarred`], of a timeline: the next step the policy projects, of
    /// `kind` on `date`, would demand a debt time-barred by then, so it is not projected.
    ProjectionBarred {
        /// The step left out.
        kind: StepKind,
        /// The day it would be sent or filed.
        date: Date,
    },
    /// [`WarningCode::AwaitsCourt`], of a timeline: the road stops at the dispute of `disputed`
    /// that stands, or at the case filed on `filed` (a stämningsansökan, or a
    /// betalningsföreläggande's case transferred to the tingsrätt) not yet decided, and the
    /// policy has no court path to project its judgment.
    ProjectionAwaitsCourt {
        /// The standing dispute's day (`None`: no dispute stands; the case is one filed
        /// without one).
        disputed: Option<Date>,
        /// The day the case before the court was filed (`None`: none is filed yet).
        filed: Option<Date>,
    },
    /// [`WarningCode::TransferRequestLate`], a note of a projected court action: the transfer
    /// of the betalningsföreläggande of `order`, disputed on `dispute`, comes after `deadline`
    /// (four weeks after the dispute, moved off a day off).
    ProjectedTransferLate {
        /// The betalningsföreläggande's date.
        order: Date,
        /// The dispute's date.
        dispute: Date,
        /// Four weeks after the dispute, moved off a day off.
        deadline: Date,
    },
    /// [`WarningCode::FeeWaivedByPolicy`], a note of a taken timeline entry: the claim as
    /// recorded charges `fee` of `amount` for the step, which the policy's fee choices waive.
    TakenFeeWaived {
        /// The fee waived.
        fee: FeeKind,
        /// What the claim as recorded charges for it.
        amount: Money,
    },
    /// [`WarningCode::BeyondLastDate`], a note of a timeline entry: its deadline (or its date,
    /// without one) is after the last date the engine supports, so what settles the claim is
    /// valued on that last date instead (`ifPaid.asOf`).
    ValuedOnLastDate {
        /// The entry's deadline (or date).
        date: Date,
    },
    /// [`WarningCode::DemandDuringPlan`], of a letter.
    DemandDuringPlan {
        /// The plan's day.
        plan: Date,
        /// The day the history records it ended, after the letter's (`None`: not recorded).
        ended: Option<Date>,
        /// When the letter is also about invoices issued after the plan (overdue, unpaid):
        /// the numbers of the invoices the plan covers that it demands too, then those later
        /// ones; both empty otherwise.
        beyond: (Vec<String>, Vec<String>),
    },
    /// [`WarningCode::DemandBeforeReminderDeadline`], of an inkassokrav letter.
    DemandBeforeReminderDeadline {
        /// The reminder's day.
        reminder: Date,
        /// Its deadline (the term's last day moved off a day off), or `None` for a reminder of
        /// the letter's own day that records no term.
        deadline: Option<Date>,
    },
    /// [`WarningCode::LateFeeDuringPlan`], of an instalment plan.
    LateFeeDuringPlan {
        /// The invoice number.
        invoice: String,
        /// The day the förseningsersättning is charged (the day after the effective due date).
        date: Date,
        /// Its amount.
        fee: Money,
    },
    /// [`WarningCode::PlanEnded`], of an instalment plan made again.
    PlanEnded {
        /// The plan's day.
        date: Date,
        /// The day the recorded plan ended.
        ended: Date,
        /// The last instalment's day, when the plan ended after it (its schedule was not kept).
        after_last: Option<Date>,
    },
    /// [`WarningCode::EnforcementContinues`], of an instalment plan.
    EnforcementContinues {
        /// The day the claim's current year of verkställighet runs from: the grundavgift that
        /// started it (an application, a further year recorded or, for a year that ended
        /// before the plan with none recorded, the one the timeline projects), a year before
        /// `next`.
        since: Date,
        /// The day its next grundavgift falls due if it goes on.
        next: Date,
        /// That grundavgift.
        fee: Money,
    },
    /// [`WarningCode::PrisbasbeloppAssumed`], of a court action.
    PrisbasbeloppAssumed {
        /// The court action's date.
        date: Date,
        /// The year whose prisbasbelopp decides the category (the day the claim is valued on).
        year: i32,
        /// The prisbasbelopp used instead: the table's last.
        assumed: Money,
        /// That amount's year.
        assumed_year: i32,
        /// The claim's value the category is judged by.
        value: Money,
    },
}

impl Facts {
    /// The code these facts are reported under.
    pub fn code(&self) -> WarningCode {
        match self {
            Self::ProvisionalRate => WarningCode::ProvisionalRate,
            Self::RateNotCovered { .. } => WarningCode::RateNotCovered,
            Self::RateAssumed { .. } => WarningCode::RateAssumed,
            Self::ReminderFeeNotAgreed => WarningCode::ReminderFeeNotAgreed,
            Self::FeeAlreadyCharged { .. } => WarningCode::FeeAlreadyCharged,
            Self::NotOverdue { .. } => WarningCode::NotOverdue,
            Self::FeeAbsorbedByLateFee { .. } => WarningCode::FeeAbsorbedByLateFee,
            Self::FeeNotCovered { .. } => WarningCode::FeeNotCovered,
            Self::NoLateFee { .. } => WarningCode::NoLateFee,
            Self::AfterAsOf { .. } | Self::AfterLetterDate { .. } => WarningCode::AfterAsOf,
            Self::UnpaidUnderMinimum { .. } => WarningCode::UnpaidUnderMinimum,
            Self::Overpaid { .. } => WarningCode::Overpaid,
            Self::EnforcementFeeThisYear { .. } => WarningCode::FeeAlreadyCharged,
            Self::ClaimSettled { .. } | Self::EnforcedDebtPaid { .. } => WarningCode::ClaimSettled,
            Self::TimeBarred { .. }
            | Self::StepOnTimeBarredDebt { .. }
            | Self::ProjectionBarred { .. } => WarningCode::TimeBarred,
            Self::CreditExceedsCapital { .. } => WarningCode::CreditExceedsCapital,
            Self::LimitationBeforeReceipt { .. } => WarningCode::LimitationBeforeReceipt,
            Self::CreditedAfterDue { .. } => WarningCode::CreditedAfterDue,
            Self::ProjectionAdjusted { .. } => WarningCode::ProjectionAdjusted,
            Self::AgreedRateBelowStatutory { .. } => WarningCode::AgreedRateBelowStatutory,
            Self::ProjectionEnds { .. } | Self::ValuedOnLastDate { .. } => {
                WarningCode::BeyondLastDate
            }
            Self::PrisbasbeloppAssumed { .. } => WarningCode::PrisbasbeloppAssumed,
            Self::EnforcementContinues { .. } => WarningCode::EnforcementContinues,
            Self::ReminderAfterDemand { .. } | Self::NoFeeForKind { .. } => {
                WarningCode::FeeNotRecoverable
            }
            Self::PaymentOrderDisputed { .. } => WarningCode::PaymentOrderDisputed,
            Self::CourtCasePending { .. } => WarningCode::CourtCasePending,
            Self::PlanEnded { .. } => WarningCode::PlanEnded,
            Self::LateFeeDuringPlan { .. } => WarningCode::LateFeeDuringPlan,
            Self::ProjectionAwaitsCourt { .. } => WarningCode::AwaitsCourt,
            Self::ProjectedTransferLate { .. } => WarningCode::TransferRequestLate,
            Self::TakenFeeWaived { .. } => WarningCode::FeeWaivedByPolicy,
            Self::DemandDuringPlan { .. } => WarningCode::DemandDuringPlan,
            Self::DemandBeforeReminderDeadline { .. } => WarningCode::DemandBeforeReminderDeadline,
        }
    }
}

/// One warning: a code, what it is about, and its facts.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Warning {
    /// What kind of warning (always `facts.code()`).
    pub code: WarningCode,
    /// What it is about.
    pub subject: Subject,
    /// The facts it reports.
    pub facts: Facts,
}

impl Warning {
    /// A warning about `subject` with `facts`.
    pub fn new(subject: Subject, facts: Facts) -> Warning {
        Warning {
            code: facts.code(),
            subject,
            facts,
        }
    }

    /// The JS field path of the subject (`steps[1]`), if it is a field.
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn field(&self) -> Option<String> {
        self.subject.field()
    }

    /// The half-year it concerns (rate warnings): the first of a run.
    pub fn half_year(&self) -> Option<HalfYear> {
        self.subject.half_year()
    }

    /// The last half-year of the run of consecutive half-years it concerns, when it is about
    /// more than one ([`merge_half_year_runs`]; serialised as `throughHalfYear`).
    pub fn through_half_year(&self) -> Option<HalfYear> {
        match self.facts {
            Facts::RateNotCovered { through } | Facts::RateAssumed { through, .. } => through,
            _ => None,
        }
    }

    /// The last half-year it concerns: its run's last, else its own.
    fn last_half_year(&self) -> Option<HalfYear> {
        self.through_half_year().or_else(|| self.half_year())
    }

    /// Makes this warning's run of half-years reach `last` ([`merge_half_year_runs`]).
    fn run_through(&mut self, last: HalfYear) {
        self.set_through(Some(last));
    }

    /// Sets the last half-year of this warning's run (`None`: its own half-year alone).
    fn set_through(&mut self, last: Option<HalfYear>) {
        if let Facts::RateNotCovered { through } | Facts::RateAssumed { through, .. } =
            &mut self.facts
        {
            *through = last;
        }
    }

    /// What it means, in Swedish and English (rendered by the catalogue).
    pub fn text(&self) -> Text {
        text::warning(self)
    }

    /// The same warning about another subject (a timeline note about its own entry).
    #[must_use]
    pub fn about(mut self, subject: Subject) -> Warning {
        self.subject = subject;
        self
    }
}

/// Serialised as `{ code, field?, halfYear?, throughHalfYear?, text: { sv, en } }`.
impl Serialize for Warning {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_warning(self, true, s)
    }
}

/// A warning serialised without its `text`: `{ code, field?, halfYear?, throughHalfYear? }`,
/// the facts only, for
/// a caller that renders the text later, only when it is read (the JS wrapper does, issue 15).
#[derive(Debug, Clone, Copy)]
pub struct WithoutText<'a>(pub &'a Warning);

impl Serialize for WithoutText<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        serialize_warning(self.0, false, s)
    }
}

fn serialize_warning<S: serde::Serializer>(
    warning: &Warning,
    with_text: bool,
    s: S,
) -> Result<S::Ok, S::Error> {
    let mut out = s.serialize_struct("Warning", 5)?;
    out.serialize_field("code", &warning.code)?;
    match warning.field() {
        Some(field) => out.serialize_field("field", &field)?,
        None => out.skip_field("field")?,
    }
    match warning.half_year() {
        Some(h) => out.serialize_field("halfYear", &h)?,
        None => out.skip_field("halfYear")?,
    }
    match warning.through_half_year() {
        Some(h) => out.serialize_field("throughHalfYear", &h)?,
        None => out.skip_field("throughHalfYear")?,
    }
    if with_text {
        out.serialize_field("text", &warning.text())?;
    } else {
        out.skip_field("text")?;
    }
    out.end()
}

/// Adds `warning` unless an equal one (same code and subject) is already there; for a run of
/// half-years ([`merge_half_year_runs`]), the one there then reaches the later last half-year
/// of the two (warnings gathered from statements of different dates).
#[doc(hidden)]
#[cfg_attr(inkasso_size, optimize(size))]
pub fn push_unique(warnings: &mut Vec<Warning>, warning: Warning) {
    let seen = warnings
        .iter_mut()
        .find(|w| w.code == warning.code && w.subject == warning.subject);
    match seen {
        Some(w) => {
            if let (Some(last), Some(there)) = (warning.through_half_year(), w.last_half_year()) {
                if last > there {
                    w.run_through(last);
                }
            }
        }
        None => warnings.push(warning),
    }
}

/// Merges the rate warnings of consecutive half-years into one warning each run: the
/// `RATE_NOT_COVERED` warnings (and the `RATE_ASSUMED` ones of one assumed rate) whose
/// half-years (or runs) overlap or follow each other, in whatever order they came (invoice by
/// invoice, a review found a run split in two), are one warning from the first half-year
/// through the last (`through`), where the first of them was listed. A statement asked about a
/// date years past the table said one warning for each half-year (28 for 14 years); a caller
/// reading a half-year's warning finds the run's first.
#[cfg_attr(inkasso_size, optimize(size))]
pub fn merge_half_year_runs(warnings: &mut Vec<Warning>) {
    let runs = |w: &Warning| {
        matches!(w.subject, Subject::HalfYear(_))
            && matches!(
                w.code,
                WarningCode::RateNotCovered | WarningCode::RateAssumed
            )
    };
    if warnings.iter().filter(|w| runs(w)).nth(1).is_none() {
        return; // nothing to merge (the common case: no allocation)
    }
    // Each run as (code, assumed rate, first, last), sorted, then joined where they overlap
    // or touch.
    let mut spans: Vec<(u8, Option<rust_decimal::Decimal>, HalfYear, HalfYear)> = warnings
        .iter()
        .filter(|w| runs(w))
        .filter_map(|w| {
            let first = w.half_year()?;
            Some((
                w.code as u8,
                assumed_rate(&w.facts),
                first,
                w.last_half_year()?,
            ))
        })
        .collect();
    crate::sort::sort_by_key(&mut spans, |&(code, rate, first, _)| (code, rate, first));
    let mut merged: Vec<(u8, Option<rust_decimal::Decimal>, HalfYear, HalfYear)> =
        Vec::with_capacity(spans.len());
    for span in spans {
        match merged.last_mut() {
            Some(last)
                if last.0 == span.0
                    && last.1 == span.1
                    && span.2.ordinal() <= last.3.ordinal().saturating_add(1) =>
            {
                last.3 = last.3.max(span.3);
            }
            _ => merged.push(span),
        }
    }
    let mut said = vec![false; merged.len()];
    let mut kept: Vec<Warning> = Vec::with_capacity(warnings.len());
    for mut warning in warnings.drain(..) {
        let (true, Some(h)) = (runs(&warning), warning.half_year()) else {
            kept.push(warning);
            continue;
        };
        let (code, rate) = (warning.code as u8, assumed_rate(&warning.facts));
        let found = merged
            .iter()
            .position(|m| m.0 == code && m.1 == rate && m.2 <= h && h <= m.3);
        let Some(at) = found else {
            kept.push(warning);
            continue;
        };
        if said.get(at).copied().unwrap_or(true) {
            continue; // said with its run
        }
        if let (Some(slot), Some(&(_, _, first, last))) = (said.get_mut(at), merged.get(at)) {
            *slot = true;
            warning.subject = Subject::HalfYear(first);
            warning.set_through((last > first).then_some(last));
            kept.push(warning);
        }
    }
    *warnings = kept;
}

/// The referensränta a `RATE_ASSUMED` warning assumes (`None` for any other).
fn assumed_rate(facts: &Facts) -> Option<rust_decimal::Decimal> {
    match facts {
        Facts::RateAssumed { reference_rate, .. } => Some(*reference_rate),
        _ => None,
    }
}
