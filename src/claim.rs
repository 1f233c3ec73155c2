//! The claim: one or more unpaid invoices against one debtor, with the steps already taken and
//! the payments made, and the conventions the calculation follows.
//!
//! A [`Claim`] holds typed values. Build one directly, or read one from any serde format with
//! [`crate::input::ClaimInput`], which reports errors with a code and the path of the field.
//! [`Claim::validate`] checks the facts that types alone cannot (due date before issue date,
//! payments before the first invoice, duplicate invoice numbers, limits); every computation
//! calls it first.

use rust_decimal::Decimal;
use serde::Serialize;
use time::Date;

use crate::calendar::{self, serialize_date};
use crate::error::{item_path, Error, ErrorCode, Result};
use crate::money::{Money, MAX_INPUT};
use crate::policy::MAX_DAYS;
use crate::rates::{check_percent, PercentOf};
use crate::text::{message, Arg};

/// Most invoices in one claim.
pub const MAX_INVOICES: usize = 1_000;
/// Most payments in one claim.
pub const MAX_PAYMENTS: usize = 1_000;
/// Most steps in one claim.
pub const MAX_STEPS: usize = 100;
/// Longest invoice number, in characters.
pub const MAX_INVOICE_NUMBER_LEN: usize = 100;
/// Longest invoice description, in characters.
pub const MAX_DESCRIPTION_LEN: usize = 200;

/// Who owes the money. It decides the förseningsersättning (lag 1981:739 4 a §) and the
/// limitation period (preskriptionslagen 2 §).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum DebtorKind {
    /// A private person (konsument).
    Consumer,
    /// A business debtor acting in its trade (näringsidkare).
    Business,
    /// A public authority (myndighet).
    Public,
}

impl DebtorKind {
    /// True for business and public debtors: the ones to whom förseningsersättning applies.
    pub fn is_commercial(self) -> bool {
        matches!(self, Self::Business | Self::Public)
    }
}

/// How days are weighed when interest is computed (DOMAIN.md 8.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, serde::Deserialize)]
pub enum DayCount {
    /// Actual/actual by calendar year: a day in a leap year weighs 1/366, any other 1/365.
    /// Kronofogden's convention and the default.
    #[default]
    #[serde(rename = "actual/actual")]
    ActualActual,
    /// Every day weighs 1/365.
    #[serde(rename = "actual/365")]
    Actual365,
    /// 30E/360: months of 30 days, years of 360.
    #[serde(rename = "30/360")]
    Thirty360,
}

impl DayCount {
    /// The name used in inputs and outputs (`actual/actual`, `actual/365`, `30/360`).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::ActualActual => "actual/actual",
            Self::Actual365 => "actual/365",
            Self::Thirty360 => "30/360",
        }
    }
}

/// One invoice (faktura): one debt.
///
/// Serialised in the input shape ([`crate::input::InvoiceInput`]: an agreed rate as
/// `agreedRate` or `agreedMargin`), so a serialised [`Claim`] reads back as the same claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invoice {
    /// The invoice number, unique within the claim.
    pub number: String,
    /// The capital: what the invoice is for, in kronor: more than zero and at most 10^12 kr
    /// ([`crate::ErrorCode::AmountOutOfRange`] otherwise, from [`Claim::validate`];
    /// [`Money::parse`] reads larger amounts, for sums).
    pub amount: Money,
    /// The day the invoice was sent (fakturadatum).
    pub issue_date: Date,
    /// The due date agreed in advance (förfallodag). Without one, the due date is taken as 30
    /// days after the invoice was sent (räntelagen 4 §; one month before 2002-07-01), moved off
    /// a day off like any due date, and interest runs from the day after it (DOMAIN.md 8.1).
    /// Verify: 4 § ("från den dag som infaller trettio dagar efter") may start interest on that
    /// day itself, and without the move.
    ///
    /// Under 4 § the invoice (or demand) must be for a definite amount, and consumer guidance
    /// says it must also warn that interest will run if it is not paid. The engine **assumes**
    /// the invoice did both (DOMAIN.md 2 says "verify" before adding a flag for it). A due date
    /// that only appears on an invoice sent after the debt arose is, strictly, such a demand:
    /// the caller decides which it is by giving or leaving out `due_date`.
    pub due_date: Option<Date>,
    /// The dröjsmålsränta agreed for this invoice, replacing the claim's
    /// ([`Claim::agreed_rate`], [`Claim::agreed_margin`]) and the statutory one. `None`: the
    /// claim's terms apply.
    pub rate: Option<ContractRate>,
    /// What the invoice is for ("Konsulttjänster maj 2025"): the basis of the claim that an
    /// inkassokrav must state (inkassolagen 5 §: "det förhållande som fordringen grundar sig
    /// på"). Shown on the letter's invoice lines; without it an inkassokrav asks for the
    /// `claimBasis` placeholder. One line of 1 to [`MAX_DESCRIPTION_LEN`] characters, with
    /// something visible, without `{` or `}` ([`Claim::validate`] checks it:
    /// `INVALID_DESCRIPTION`).
    pub description: Option<String>,
}

impl Serialize for Invoice {
    fn serialize<S: serde::Serializer>(&self, s: S) -> core::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = s.serialize_struct("Invoice", 6)?;
        out.serialize_field("number", &self.number)?;
        out.serialize_field("amount", &self.amount)?;
        out.serialize_field("issueDate", &calendar::format_date(self.issue_date))?;
        match self.due_date {
            Some(due) => out.serialize_field("dueDate", &calendar::format_date(due))?,
            None => out.skip_field("dueDate")?,
        }
        match self.rate {
            Some(ContractRate::Fixed(rate)) => {
                out.serialize_field("agreedRate", &exact_percent(rate))?;
            }
            Some(ContractRate::Margin(margin)) => {
                out.serialize_field("agreedMargin", &exact_percent(margin))?;
            }
            Some(ContractRate::AtDueDate(rate)) => {
                out.serialize_field("rateAtDueDate", &exact_percent(rate))?;
            }
            None => {}
        }
        match &self.description {
            Some(text) => out.serialize_field("description", text)?,
            None => out.skip_field("description")?,
        }
        out.end()
    }
}

/// A percentage as its exact decimal text, without trailing zeros (`"8.125"`, `"10"`): what
/// the input readers accept back.
fn exact_percent(percent: Decimal) -> String {
    percent.normalize().to_string()
}

/// [`exact_percent`] for `#[serde(serialize_with)]` on an optional field that is skipped when
/// `None`.
fn serialize_exact_percent<S: serde::Serializer>(
    percent: &Option<Decimal>,
    s: S,
) -> core::result::Result<S::Ok, S::Error> {
    match percent {
        Some(p) => s.serialize_str(&exact_percent(*p)),
        None => s.serialize_none(),
    }
}

impl Invoice {
    /// An invoice of `amount` sent on `issue_date`, due on `due_date` (`None`: interest runs
    /// from 30 days after it was sent, one month before 2002-07-01), with the claim's rate terms and no description.
    pub fn new(
        number: impl Into<String>,
        amount: Money,
        issue_date: Date,
        due_date: Option<Date>,
    ) -> Invoice {
        Invoice {
            number: number.into(),
            amount,
            issue_date,
            due_date,
            rate: None,
            description: None,
        }
    }
}

/// An invoice's own dröjsmålsränta terms: a rate agreed by the parties (räntelagen is optional
/// law, 1 § andra stycket), fixed or as a margin over the referensränta (e.g. "referensränta +
/// 10 procentenheter"), or the interest the debt already carried when it fell due (räntelagen
/// 7 §, [`ContractRate::AtDueDate`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum ContractRate {
    /// A fixed rate, percent a year, whatever the referensränta: 0 … 100 with at most two
    /// decimals ([`crate::ErrorCode::InvalidRate`] otherwise).
    #[serde(serialize_with = "crate::rates::serialize_percent")]
    Fixed(Decimal),
    /// The referensränta of each half-year plus this many percentage points: −100 … 100 with
    /// at most two decimals; the rate it gives is never below 0 %.
    #[serde(serialize_with = "crate::rates::serialize_percent")]
    Margin(Decimal),
    /// Räntefoten vid förfallodagen: the debt carried interest at this rate (percent a year)
    /// when it fell due, e.g. a loan, and räntelagen 7 § continues it after the due date:
    /// "Löper fordran med ränta när den förfaller till betalning och försittes
    /// betalningstiden, utgår ränta i fortsättningen enligt samma räntefot som gällde vid
    /// förfallodagen. Räntan skall dock utgå lägst enligt den räntefot som anges i 6 §"
    /// (SFS 1975:635, as consolidated by Regeringskansliet's rättsdatabaser). So each
    /// half-year's rate is this one or referensränta + 8 (6 §), whichever is higher; like the
    /// statutory rate it needs the half-year's referensränta. Above 0 (a debt at 0 % does not
    /// "löpa med ränta": 6 § alone applies) and at most 100, with at most two decimals
    /// ([`crate::ErrorCode::InvalidRate`] otherwise). The invoice needs its `due_date`, the
    /// day it fell due ([`crate::ErrorCode::MissingField`] at `dueDate`), and the claim no
    /// agreed rate or margin, which would replace 7 § (`InvalidRate`): give agreed terms per
    /// invoice instead. The floor applies from the first interest day, as 7 § says for a due
    /// date fixed in advance ("genast", 3 § första stycket). A debt payable on demand (4 §)
    /// gets the floor only from 4 §'s day, 30 days after the demand was sent: not modelled, so
    /// such a debt entered with the demand's day as `dueDate` is floored about 30 days early
    /// (docs/LEGAL_RESEARCH.md, second pass).
    #[serde(serialize_with = "crate::rates::serialize_percent")]
    AtDueDate(Decimal),
}

impl ContractRate {
    /// Whether the parties agreed this dröjsmålsränta (räntelagen 1 § andra stycket: a fixed
    /// rate or a margin), rather than the statute continuing the debt's own rate (7 §).
    pub fn is_agreed(self) -> bool {
        matches!(self, ContractRate::Fixed(_) | ContractRate::Margin(_))
    }
}

/// What a creditor did to get paid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum StepKind {
    /// Betalningspåminnelse: a written payment reminder.
    Reminder,
    /// Inkassokrav: a written demand meeting inkassolagen 5 §.
    CollectionDemand,
    /// Slutlig påminnelse / slutligt krav: a last written demand before Kronofogden. It earns
    /// no fee (lag 1981:739 has none for it) but it is a written demand: it interrupts
    /// limitation (preskriptionslagen 5 §) and, with a payment term, sets the deadline a
    /// betalningsföreläggande waits for.
    FinalNotice,
    /// Amorteringsplan: a complete written instalment plan agreed with the debtor.
    PaymentPlan,
    /// Ansökan om betalningsföreläggande at Kronofogden.
    PaymentOrder,
    /// Ansökan om verkställighet (enforcement) at Kronofogden, or a further year of it
    /// ([`Step::further_year`]).
    Enforcement,
    /// Bestridande: the debtor disputes the claim (for example objects to a
    /// betalningsföreläggande). No cost; interest keeps running; it does not interrupt
    /// limitation (it is no acknowledgement).
    Dispute,
    /// Stämningsansökan at the tingsrätt, or a disputed betalningsföreläggande transferred
    /// there: the ansökningsavgift of förordning (1987:452) ([`crate::fees::COURT_FEE`], by the
    /// capital's value from 2014-07-01), or, after a `paymentOrder` that a `dispute` followed,
    /// the tilläggsavgift of a transferred case ([`crate::fees::COURT_TRANSFER_FEE`]); the
    /// `costs` given replace the amount when the fee paid differs
    /// ([`crate::fees::court_fee_on`]). Legal action: it interrupts limitation
    /// (preskriptionslagen 5 § 3).
    CourtAction,
    /// Dom or utslag: the decision that makes the claim enforceable (utsökningsbalken 3 kap.
    /// 1 §). The litigation costs it awards (rättegångskostnader, fixed by the court, not by a
    /// statute's table) are the step's `costs`. The proceedings end: a new limitation period
    /// runs from it (preskriptionslagen 7 §).
    Judgment,
    /// Efterbevakning: long-term surveillance after an enforcement title when the debtor has
    /// nothing to seize. No statute fixes a recoverable cost for it (lag 1981:739 5 §); a new
    /// application for enforcement is its own `enforcement` step (a grundavgift), and a demand
    /// letter sent during it is a `finalNotice` (it interrupts limitation). The step itself
    /// costs nothing and interrupts nothing.
    Surveillance,
}

impl StepKind {
    /// Every kind, in escalation order.
    pub const ALL: [StepKind; 10] = [
        Self::Reminder,
        Self::CollectionDemand,
        Self::FinalNotice,
        Self::PaymentPlan,
        Self::PaymentOrder,
        Self::Dispute,
        Self::CourtAction,
        Self::Judgment,
        Self::Enforcement,
        Self::Surveillance,
    ];

    /// The name used in inputs and outputs (`reminder`, `collectionDemand`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Reminder => "reminder",
            Self::CollectionDemand => "collectionDemand",
            Self::FinalNotice => "finalNotice",
            Self::PaymentPlan => "paymentPlan",
            Self::PaymentOrder => "paymentOrder",
            Self::Enforcement => "enforcement",
            Self::Dispute => "dispute",
            Self::CourtAction => "courtAction",
            Self::Judgment => "judgment",
            Self::Surveillance => "surveillance",
        }
    }

    /// Whether a step of this kind is a letter that gives the debtor a payment term
    /// ([`Step::payment_term_days`]): a reminder (betalningspåminnelse), an inkassokrav or a
    /// final notice.
    pub const fn gives_payment_term(self) -> bool {
        matches!(
            self,
            Self::Reminder | Self::CollectionDemand | Self::FinalNotice
        )
    }
}

/// A step already taken, on the day it was sent or filed, with the facts of what was sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Step {
    /// What was done.
    pub kind: StepKind,
    /// When.
    #[serde(serialize_with = "serialize_date")]
    pub date: Date,
    /// The payment term the letter gave, in days: only for a reminder, an inkassokrav or a
    /// final notice ([`StepKind::gives_payment_term`]; another kind's is
    /// [`crate::ErrorCode::UnknownField`]). `None`:
    /// not known; the timeline then assumes the policy's term for the kind (every reminder the
    /// `reminder` stage's, a second one too: record the term of a second reminder), or 10 days
    /// for a reminder, and `check` and the timeline the policy's term or the 8-day minimum for
    /// an inkassokrav. The check's `DEMAND_BEFORE_REMINDER_DEADLINE` judges only a recorded
    /// reminder term.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub payment_term_days: Option<u32>,
    /// Whether the step claimed its fee. `Some(false)`: no fee was claimed (a fee-free reminder
    /// is lawful whatever was agreed); the statement charges none and the check flags none.
    /// `Some(true)`: the fee the law allows is claimed. `None` (the default): the same in
    /// [`crate::statement()`], `check` without a policy, `letter` and `instalment_plan`; but a
    /// timeline (and `check` with a policy) applies the policy's fee choices to it, so a
    /// reminder without `fee` under a policy that waives the reminder fee
    /// (`lawfulMinimum`) is valued without it. State `Some(true)` for a fee the creditor did
    /// claim (a Rust user's review, stop 68).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fee: Option<bool>,
    /// Costs the caller gives where no statute fixes the amount: for a `judgment` the
    /// litigation costs it awards; for a `courtAction` the ansökningsavgift actually paid when
    /// it differs from the table's (the tables: [`crate::fees::court_fee_on`]). Only for those
    /// two kinds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub costs: Option<Money>,
    /// For an `enforcement` only: `true` when it is a further year of the verkställighet under
    /// way (förnyad handläggning: one more grundavgift, förordning 1992:1094 5 §), not a new
    /// application. It renews the latest application recorded before its day
    /// ([`Claim::application_day`]): it rests on that application's title and keeps that case's
    /// debt from being time-barred, and it is not the verkställighet on a judgment recorded
    /// since. `false` (the default): an application, or, with no betalningsföreläggande or
    /// judgment since the last one, read as a further year of it as before. The timeline marks
    /// the further years it projects the same way (`Entry::further_year`).
    #[serde(skip_serializing_if = "is_false")]
    pub further_year: bool,
    /// For a `dispute` only: the day the dispute ended without a judgment (återkallat
    /// bestridande): the debtor withdrew it, or accepted the claim (after a credit note for
    /// the part disputed, say). From that day neither it nor any dispute recorded before it
    /// stands ([`Claim::dispute_standing`]): the creditor may demand the claim again and apply
    /// for a betalningsföreläggande, a step of the withdrawal's own day included (but not of
    /// the dispute's own day: a betalningsföreläggande then would have it as its objection).
    /// On or after the dispute's day; not for the objection to a betalningsföreläggande,
    /// whose case goes to the tingsrätt or is dismissed: record what followed instead
    /// ([`crate::ErrorCode::InvalidWithdrawal`] otherwise; a later dispute's withdrawal ends
    /// it too). It is not read as an acknowledgement
    /// that interrupts preskription (preskriptionslagen 5 § 1): record a payment or a written
    /// demand for that.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::calendar::serialize_opt_date"
    )]
    pub withdrawn: Option<Date>,
    /// For a `paymentPlan` only: the day the amorteringsplan ended before it was paid in
    /// full: an instalment missed (the plan förfallen) or the plan cancelled. Legal action
    /// from that day is not during the plan (`check` finds none); legal action before it, with
    /// the debtor paying since the plan, is `LEGAL_ACTION_DURING_PLAN` as an error (the
    /// history itself says the plan stood). Without it `check` asks to confirm the plan was
    /// broken (a warning). On or after the plan's day ([`crate::ErrorCode::InvalidPlan`]
    /// otherwise).
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::calendar::serialize_opt_date"
    )]
    pub ended: Option<Date>,
    /// For a `dispute` only: `true` when the creditor judged the debtor's objection groundless
    /// (an osaklig invändning: the debtor gave no factual ground against the claim, such as
    /// only refusing to pay, pleading inability to pay or a counterclaim to set off). God
    /// inkassosed stops collection for an objection with a factual ground (en sakligt grundad
    /// invändning: the goods were not ordered, not as ordered, the claim was paid), not for
    /// one without (Finansinspektionen's questions and answers on inkasso; Inkassonämnden's
    /// practice): such a dispute never stands ([`Claim::dispute_standing`]), so the road goes
    /// on as if it had not been made, and the creditor answers for that judgment. **Verify**
    /// the judgment in each case; the engine only records it. Its [`Step::withdrawn`] ends no
    /// other dispute (dropping an objection without a factual ground gives up nothing of one
    /// with it). Not for the debtor's objection to a betalningsföreläggande, which goes to the
    /// tingsrätt at the creditor's request whatever its grounds
    /// ([`crate::ErrorCode::InvalidDispute`]).
    #[serde(skip_serializing_if = "is_false")]
    pub groundless: bool,
}

/// Checks a `paymentPlan`'s `ended` day ([`Step::ended`]): on a plan only, in range, not
/// before the plan.
#[cfg_attr(inkasso_size, optimize(size))]
fn check_plan_end(step: &Step, ended: Date) -> Result<()> {
    if step.kind != StepKind::PaymentPlan {
        // Not a field of this kind of step.
        return Err(Error::new(
            ErrorCode::UnknownField,
            message(
                "ended is given only for a paymentPlan, not for a step of kind {0}",
                &[Arg::S(step.kind.as_str())],
            ),
        ));
    }
    calendar::check_range(ended)?;
    if ended < step.date {
        return Err(Error::new(
            ErrorCode::InvalidPlan,
            message(
                "the instalment plan of {0} cannot end before it was agreed, on {1}",
                &[Arg::Date(step.date), Arg::Date(ended)],
            ),
        ));
    }
    Ok(())
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Step {
    /// A step of `kind` on `date`, its term unknown, its fee not stated ([`Step::fee`] `None`:
    /// the fee the law allows, unless a timeline's policy waives it).
    pub const fn new(kind: StepKind, date: Date) -> Step {
        Step {
            kind,
            date,
            payment_term_days: None,
            fee: None,
            costs: None,
            further_year: false,
            withdrawn: None,
            ended: None,
            groundless: false,
        }
    }

    /// Whether this is a `dispute` that counts as one: not judged `groundless`
    /// ([`Step::groundless`]), which never stands.
    pub const fn is_dispute(&self) -> bool {
        matches!(self.kind, StepKind::Dispute) && !self.groundless
    }

    /// Whether this is a further year of a verkställighet (an `enforcement` marked
    /// `furtherYear`), not an application of its own.
    pub const fn is_further_year(&self) -> bool {
        matches!(self.kind, StepKind::Enforcement) && self.further_year
    }

    /// Whether the step claims a fee (`fee` is not `Some(false)`).
    pub fn claims_fee(&self) -> bool {
        self.fee != Some(false)
    }
}

/// A payment from the debtor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Payment {
    /// The day the payment was made (the creditor had the money).
    #[serde(serialize_with = "serialize_date")]
    pub date: Date,
    /// How much (more than zero).
    pub amount: Money,
    /// The invoice (its number) the debtor paid it for, when the debtor said so (an OCR
    /// reference, a note with the payment): a destinerad betalning. The debtor chooses which
    /// debt a payment is for (handelsbalken 9 kap. 5 §, avräkningsordningen); within it, costs
    /// and interest come before capital. So it pays that invoice's costs first (its own
    /// förseningsersättning, and the fees of the steps that were about it: a reminder,
    /// inkassokrav or final notice sent after its due date, legal action whose case it is in
    /// while it still owed capital or interest, a plan; oldest first), then its interest, then its capital, and what is left pays the rest
    /// of the claim in the usual order ([`mod@crate::statement`]). **Verify**: reading a step's
    /// fee as a cost of each invoice the step was about is this product's convention. `None`:
    /// the usual order (DOMAIN.md 8.6).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub invoice: Option<String>,
}

impl Payment {
    /// A payment of `amount` on `date`, for no invoice in particular (the usual order).
    pub fn new(date: Date, amount: Money) -> Payment {
        Payment {
            date,
            amount,
            invoice: None,
        }
    }
}

/// A credit note (kreditfaktura) or the cancellation of (part of) an invoice: it reduces that
/// invoice's capital from its date. It is not a payment: it is not allocated to fees and
/// interest first, it is not the debtor's acknowledgement (it does not interrupt limitation),
/// and interest runs on the reduced capital from its date (the day itself included). An
/// invoice credited in full by its effective due date was never paid late: no
/// förseningsersättning, no fee for a step that needs it overdue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CreditNote {
    /// The number of the invoice it credits.
    pub invoice: String,
    /// The day it takes effect.
    #[serde(serialize_with = "serialize_date")]
    pub date: Date,
    /// How much of the invoice's capital it cancels (more than zero; together at most the
    /// invoice's amount).
    pub amount: Money,
}

/// A claim: the invoices one reminder or one demand covers, against one debtor.
///
/// Serialised (serde) in the input shape of the JS API and [`crate::input::ClaimInput`]
/// (camelCase keys, amounts and percentages as decimal strings, dates `YYYY-MM-DD`, empty
/// lists left out), so `serde_json::to_string(&claim)` reads back through `input::read` into
/// an equal claim: a claim can be stored, logged or sent to the JS API.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Claim {
    /// Who owes.
    pub debtor: DebtorKind,
    /// Whether a påminnelseavgift was agreed at the latest when the debt arose (lag 1981:739 2 §).
    pub reminder_fee_agreed: bool,
    /// Whether to claim förseningsersättning (lag 1981:739 4 a §) where it applies (business and
    /// public debtors); the creditor may choose not to. Default `true`.
    pub late_fee: bool,
    /// The day count for interest. Default actual/actual.
    pub day_count: DayCount,
    /// Whether a due date on a weekend or holiday moves to the next weekday (DOMAIN.md 8.1;
    /// skuldebrevslagen 5 §), and with it the dates of an instalment plan for the claim
    /// ([`crate::plan::instalment_due_date`]). Default `true`.
    pub shift_due_date: bool,
    /// A dröjsmålsränta rate (percent a year) agreed by the parties, replacing referensränta + 8
    /// (räntelagen 1 § 2 st.). A debt that carried interest when it fell due is not this: give
    /// that rate as the invoice's [`ContractRate::AtDueDate`] (räntelagen 7 §, never below
    /// referensränta + 8). 0 … 100 % with at most two decimals
    /// ([`crate::ErrorCode::InvalidRate`] at `agreedRate` otherwise, from [`Claim::validate`]).
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "serialize_exact_percent"
    )]
    pub agreed_rate: Option<Decimal>,
    /// An agreed margin over the referensränta, in percentage points ("referensränta + 10
    /// procentenheter"), replacing the statutory 8 for every invoice without its own
    /// [`Invoice::rate`]. Not together with [`Claim::agreed_rate`]. −100 … 100 percentage
    /// points with at most two decimals ([`crate::ErrorCode::InvalidRate`] at `agreedMargin`
    /// otherwise); the rate it gives is never below 0 %.
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "serialize_exact_percent"
    )]
    pub agreed_margin: Option<Decimal>,
    /// The invoices, in the order they are listed in the output.
    pub invoices: Vec<Invoice>,
    /// Steps taken, in the order they were taken (same-day steps keep this order).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<Step>,
    /// Payments made.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub payments: Vec<Payment>,
    /// Credit notes: each reduces one invoice's capital from its date ([`CreditNote`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub credits: Vec<CreditNote>,
}

/// A `dispute` that stands on a day ([`Claim::dispute_standing`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StandingDispute {
    /// The day of the dispute (bestridande).
    pub date: Date,
    /// Recorded after a `judgment` or `enforcement`: the day that title's case was brought
    /// (its betalningsföreläggande or stämningsansökan; for a verkställighet on an utslag, the
    /// day its betalningsföreläggande was applied for; a verkställighet's own first day when
    /// neither is recorded by it). The title covers the invoices overdue then, so the
    /// dispute is about those not yet overdue that day. `None`: no title before it, and the
    /// dispute is about the whole claim.
    pub left_out_since: Option<Date>,
}

impl StandingDispute {
    /// Whether the dispute is about something owed, given which invoices are (`owed`, one
    /// flag per invoice in the claim's order): whether an invoice issued by the dispute's day
    /// (a later one is not what the debtor disputed) is owed; for one after a title, an
    /// invoice the title left out.
    pub fn disputes(&self, claim: &Claim, owed: &[bool]) -> bool {
        claim.invoices.iter().zip(owed).any(|(invoice, owed)| {
            // A due date the claim's validation accepted (one it could not compute: not left
            // out).
            *owed
                && invoice.issue_date <= self.date
                && self.left_out_since.is_none_or(|since| {
                    claim
                        .effective_due_date(invoice)
                        .is_ok_and(|due| due >= since)
                })
        })
    }
}

/// Whether a step of `kind` puts the claim with Kronofogden or a court: a
/// betalningsföreläggande, a stämningsansökan, a dom or utslag, or a verkställighet.
fn on_legal_road(kind: StepKind) -> bool {
    matches!(
        kind,
        StepKind::PaymentOrder | StepKind::CourtAction | StepKind::Judgment | StepKind::Enforcement
    )
}

impl Claim {
    /// Whether a betalningsföreläggande, a stämningsansökan, a dom or utslag or a verkställighet
    /// is recorded after `after` (from the first day without it) and by `through`: Kronofogden
    /// or a court has the claim. A final notice is then a demand on that road, and a recorded
    /// amorteringsplan has been left for it (`letter` and `check` alike).
    pub(crate) fn legal_step_between(&self, after: Option<Date>, through: Date) -> bool {
        self.steps
            .iter()
            .any(|s| after.is_none_or(|a| s.date > a) && s.date <= through && on_legal_road(s.kind))
    }

    /// [`Claim::legal_step_between`] for the recorded step at `index`: a betalningsföreläggande,
    /// stämningsansökan, dom or utslag or verkställighet recorded before it, on an earlier day
    /// or listed before it on its day (steps of one day are in the order given, DOMAIN.md 8.5).
    /// A recorded final notice is a demand on that road only after it.
    pub(crate) fn legal_step_before(&self, index: usize) -> bool {
        let Some(step) = self.steps.get(index) else {
            return false;
        };
        self.steps.iter().enumerate().any(|(i, s)| {
            (s.date < step.date || (s.date == step.date && i < index)) && on_legal_road(s.kind)
        })
    }

    /// The days of the applications for verkställighet recorded: the `enforcement` steps that
    /// are no further year ([`Step::further_year`]), and a further year with no application
    /// before it (it rests on one the history does not record, and counts as one). A title is
    /// enforced by an application.
    pub(crate) fn applications(&self) -> impl Iterator<Item = Date> + '_ {
        let first = self
            .steps
            .iter()
            .filter(|s| s.kind == StepKind::Enforcement)
            .map(|s| s.date)
            .min();
        self.steps
            .iter()
            .filter(move |s| {
                s.kind == StepKind::Enforcement
                    && (!s.further_year || first.is_none_or(|f| f >= s.date))
            })
            .map(|s| s.date)
    }

    /// The application a further year renews: for an `enforcement` marked
    /// [`Step::further_year`], the day of the latest application recorded before it; `None`
    /// for any other step, and for one with no application before it (it counts as one).
    pub fn renewed_by(&self, step: &Step) -> Option<Date> {
        if !step.is_further_year() {
            return None;
        }
        self.applications().filter(|&a| a < step.date).max()
    }

    /// The day of the application a verkställighet of day `date` rests on: `date` itself when
    /// an application is recorded that day; when only further years ([`Step::further_year`])
    /// are, the application the first of them renews ([`Claim::renewed_by`]), or `date` with
    /// none before it.
    pub fn application_day(&self, date: Date) -> Date {
        let mut on_the_day = self
            .steps
            .iter()
            .filter(|s| s.kind == StepKind::Enforcement && s.date == date);
        match on_the_day.next() {
            Some(first) if on_the_day.all(|s| s.further_year) => {
                self.renewed_by(first).unwrap_or(date)
            }
            _ => date,
        }
    }

    /// A claim with the default conventions and no steps or payments.
    pub fn new(debtor: DebtorKind, invoices: Vec<Invoice>) -> Claim {
        Claim {
            debtor,
            reminder_fee_agreed: false,
            late_fee: true,
            day_count: DayCount::default(),
            shift_due_date: true,
            agreed_rate: None,
            agreed_margin: None,
            invoices,
            steps: Vec::new(),
            payments: Vec::new(),
            credits: Vec::new(),
        }
    }

    /// Checks the facts that the types cannot: limits, amounts, date order, unique numbers.
    pub fn validate(&self) -> Result<()> {
        self.validate_with_max_steps(MAX_STEPS)
    }

    /// [`Claim::validate`] for a claim an engine built from a valid caller's claim by adding
    /// at most `added` steps of its own (an instalment plan's step; a timeline's projected
    /// stages are bounded by `timeline::MAX_PROJECTED_STEPS` in the same spirit):
    /// [`MAX_STEPS`] limits the caller's steps only, so the limit is raised by the engine's
    /// bounded additions. The caller's claim has been validated with
    /// [`Claim::validate`] first: a claim of more than [`MAX_STEPS`] steps is refused there,
    /// with the same error whichever computation is asked for.
    pub(crate) fn validate_built(&self, added: usize) -> Result<()> {
        self.validate_with_max_steps(MAX_STEPS.saturating_add(added))
    }

    /// A payment on `date` designated for invoice `number` ([`Payment::invoice`]): the claim
    /// must have that invoice, issued by then. The error, and the payment's field it is about.
    #[cfg_attr(inkasso_size, optimize(size))]
    fn check_designation(
        &self,
        index: &InvoiceIndex<'_>,
        number: &str,
        date: Date,
    ) -> core::result::Result<(), (Error, &'static str)> {
        let Some(invoice) = index.find(number).and_then(|i| self.invoices.get(i)) else {
            let error = Error::new(
                ErrorCode::UnknownInvoice,
                message(
                    "the payment is for invoice {0}, which the claim does not have",
                    &[Arg::Quoted(number)],
                ),
            );
            return Err((error, "invoice"));
        };
        if date < invoice.issue_date {
            let error = Error::new(
                ErrorCode::PaymentBeforeIssue,
                message(
                    "the payment for invoice {0} on {1} is before it was issued ({2})",
                    &[
                        Arg::Quoted(number),
                        Arg::Date(date),
                        Arg::Date(invoice.issue_date),
                    ],
                ),
            );
            return Err((error, "date"));
        }
        Ok(())
    }

    #[cfg_attr(inkasso_size, optimize(size))]
    fn validate_with_max_steps(&self, max_steps: usize) -> Result<()> {
        if self.invoices.is_empty() {
            return Err(
                Error::new(ErrorCode::NoInvoices, "a claim needs at least one invoice")
                    .at("invoices"),
            );
        }
        check_count("invoices", self.invoices.len(), MAX_INVOICES)?;
        check_count("payments", self.payments.len(), MAX_PAYMENTS)?;
        check_count("steps", self.steps.len(), max_steps)?;
        let index = InvoiceIndex::of(&self.invoices);
        if let Some(rate) = self.agreed_rate {
            check_percent(rate, PercentOf::AgreedRate).map_err(|e| e.at("agreedRate"))?;
        }
        if self.agreed_rate.is_some() && self.agreed_margin.is_some() {
            return Err(Error::new(
                ErrorCode::InvalidRate,
                "give either an agreed rate or an agreed margin, not both",
            )
            .at("agreedMargin"));
        }
        if let Some(margin) = self.agreed_margin {
            check_percent(margin, PercentOf::AgreedMargin).map_err(|e| e.at("agreedMargin"))?;
        }
        let duplicate = index.first_duplicate();
        for (i, invoice) in self.invoices.iter().enumerate() {
            validate_invoice(invoice).map_err(|e| e.within(&item_path("invoices", i, "")))?;
            // An agreed dröjsmålsränta replaces the act's rules (räntelagen 1 § andra
            // stycket), 7 § among them: the claim's agreement and an invoice's 7 § rate
            // contradict each other (a review: the invoice's silently won).
            let claim_agreed = self.agreed_rate.is_some() || self.agreed_margin.is_some();
            if claim_agreed && matches!(invoice.rate, Some(ContractRate::AtDueDate(_))) {
                return Err(Error::new(
                    ErrorCode::InvalidRate,
                    "the claim's agreed rate or margin replaces räntelagen 7 § for every invoice: give this invoice no rate at the due date, or give the agreed terms per invoice instead",
                )
                .at(item_path("invoices", i, "rateAtDueDate")));
            }
            if duplicate == Some(i) {
                return Err(Error::new(
                    ErrorCode::DuplicateInvoiceNumber,
                    message(
                        "invoice number {0} is used twice",
                        &[Arg::Quoted(&invoice.number)],
                    ),
                )
                .at(item_path("invoices", i, "number")));
            }
        }
        let first_issue = self.first_issue_date().unwrap_or(calendar::MIN_DATE);
        for (i, payment) in self.payments.iter().enumerate() {
            // Paths are built only on the error path (validation runs on every call).
            let path = |field| item_path("payments", i, field);
            check_amount(payment.amount).map_err(|e| e.at(path("amount")))?;
            calendar::check_range(payment.date).map_err(|e| e.at(path("date")))?;
            if payment.date < first_issue {
                return Err(Error::new(
                    ErrorCode::PaymentBeforeIssue,
                    message(
                        "payment on {0} is before the first invoice was issued ({1})",
                        &[Arg::Date(payment.date), Arg::Date(first_issue)],
                    ),
                )
                .at(path("date")));
            }
            if let Some(number) = &payment.invoice {
                self.check_designation(&index, number, payment.date)
                    .map_err(|(e, field)| e.at(path(field)))?;
            }
        }
        check_count("credits", self.credits.len(), MAX_PAYMENTS)?;
        // Each credit note's invoice, looked up once (its sum of earlier credit notes then
        // compares indices, not numbers).
        let credit_invoices: Vec<Option<usize>> = self
            .credits
            .iter()
            .map(|c| index.find(&c.invoice))
            .collect();
        for (i, credit) in self.credits.iter().enumerate() {
            let path = |field| item_path("credits", i, field);
            check_amount(credit.amount).map_err(|e| e.at(path("amount")))?;
            calendar::check_range(credit.date).map_err(|e| e.at(path("date")))?;
            let of = credit_invoices.get(i).copied().flatten();
            let Some((invoice_index, invoice)) =
                of.and_then(|at| self.invoices.get(at).map(|invoice| (at, invoice)))
            else {
                return Err(Error::new(
                    ErrorCode::UnknownInvoice,
                    message(
                        "the credit note is for invoice {0}, which the claim does not have",
                        &[Arg::Quoted(&credit.invoice)],
                    ),
                )
                .at(path("invoice")));
            };
            if credit.date < invoice.issue_date {
                return Err(Error::new(
                    ErrorCode::PaymentBeforeIssue,
                    message(
                        "the credit note of {0} is before its invoice was issued ({1})",
                        &[Arg::Date(credit.date), Arg::Date(invoice.issue_date)],
                    ),
                )
                .at(path("date")));
            }
            let credited = Money::sum(
                self.credits
                    .iter()
                    .zip(&credit_invoices)
                    .take(i.saturating_add(1))
                    .filter(|(_, of)| **of == Some(invoice_index))
                    .map(|(c, _)| c.amount),
            )?;
            if credited > invoice.amount {
                return Err(Error::new(
                    ErrorCode::AmountOutOfRange,
                    message(
                        "credit notes of {0} exceed invoice {1} of {2}",
                        &[
                            Arg::Amount(credited),
                            Arg::Quoted(&invoice.number),
                            Arg::Amount(invoice.amount),
                        ],
                    ),
                )
                .at(path("amount")));
            }
        }
        for (i, step) in self.steps.iter().enumerate() {
            if let Some(costs) = step.costs {
                let path = item_path("steps", i, "costs");
                if !matches!(step.kind, StepKind::CourtAction | StepKind::Judgment) {
                    // Not a field of this kind of step.
                    return Err(Error::new(
                        ErrorCode::UnknownField,
                        message(
                            "costs are given only for a courtAction or a judgment, not for a step of kind {0}",
                            &[Arg::S(step.kind.as_str())],
                        ),
                    )
                    .at(path));
                }
                if !costs.is_positive() {
                    // Costs of nothing are no costs: the field is left out (a TypeScript user's
                    // review: "must be more than zero" alone left them guessing).
                    return Err(Error::new(
                        ErrorCode::AmountOutOfRange,
                        message(
                            "costs must be more than zero, got {0}: {1}",
                            &[
                                Arg::Amount(costs),
                                Arg::S(if step.kind == StepKind::Judgment {
                                    "leave costs out when the judgment awarded nothing beyond the fees the claim already charges"
                                } else {
                                    "leave costs out for the court's fee of the table, or give fee: false when no fee was paid"
                                }),
                            ],
                        ),
                    )
                    .at(path));
                }
                check_amount(costs).map_err(|e| e.at(path))?;
            }
            if step.further_year && step.kind != StepKind::Enforcement {
                // Not a field of this kind of step.
                return Err(Error::new(
                    ErrorCode::UnknownField,
                    message(
                        "furtherYear is given only for an enforcement, not for a step of kind {0}",
                        &[Arg::S(step.kind.as_str())],
                    ),
                )
                .at(item_path("steps", i, "furtherYear")));
            }
            if let Some(withdrawn) = step.withdrawn {
                self.check_withdrawal(step, withdrawn)
                    .map_err(|e| e.at(item_path("steps", i, "withdrawn")))?;
            }
            if let Some(ended) = step.ended {
                check_plan_end(step, ended).map_err(|e| e.at(item_path("steps", i, "ended")))?;
            }
            if step.groundless {
                self.check_groundless(step)
                    .map_err(|e| e.at(item_path("steps", i, "groundless")))?;
            }
            if let Some(days) = step.payment_term_days {
                check_term_days(step.kind, days)
                    .map_err(|e| e.at(item_path("steps", i, "paymentTermDays")))?;
            }
            let path = || item_path("steps", i, "date");
            calendar::check_range(step.date).map_err(|e| e.at(path()))?;
            if step.date < first_issue {
                return Err(Error::new(
                    ErrorCode::StepBeforeIssue,
                    message(
                        "{0} on {1} is before the first invoice was issued ({2})",
                        &[
                            Arg::S(step.kind.as_str()),
                            Arg::Date(step.date),
                            Arg::Date(first_issue),
                        ],
                    ),
                )
                .at(path()));
            }
        }
        Ok(())
    }

    /// Checks `step`'s `withdrawn` day ([`Step::withdrawn`]): on a `dispute` only, in range,
    /// not before the dispute, and not on a dispute of a betalningsföreläggande.
    #[cfg_attr(inkasso_size, optimize(size))]
    fn check_withdrawal(&self, step: &Step, withdrawn: Date) -> Result<()> {
        if step.kind != StepKind::Dispute {
            // Not a field of this kind of step.
            return Err(Error::new(
                ErrorCode::UnknownField,
                message(
                    "withdrawn is given only for a dispute, not for a step of kind {0}",
                    &[Arg::S(step.kind.as_str())],
                ),
            ));
        }
        calendar::check_range(withdrawn)?;
        if withdrawn < step.date {
            return Err(Error::new(
                ErrorCode::InvalidWithdrawal,
                message(
                    "the dispute of {0} cannot be withdrawn before it was made, on {1}",
                    &[Arg::Date(step.date), Arg::Date(withdrawn)],
                ),
            ));
        }
        if let Some(order) = self.order_disputed_by(step.date) {
            return Err(Error::new(
                ErrorCode::InvalidWithdrawal,
                message(
                    "the dispute of {0} is the objection to the betalningsföreläggande of {1}, \
                     whose case goes to the tingsrätt or is dismissed: record what followed \
                     instead of a withdrawal",
                    &[Arg::Date(step.date), Arg::Date(order)],
                ),
            ));
        }
        Ok(())
    }

    /// Checks a dispute recorded `groundless` ([`Step::groundless`]): a `dispute`, and not the
    /// debtor's objection to a betalningsföreläggande.
    #[cfg_attr(inkasso_size, optimize(size))]
    fn check_groundless(&self, step: &Step) -> Result<()> {
        if step.kind != StepKind::Dispute {
            // Not a field of this kind of step.
            return Err(Error::new(
                ErrorCode::UnknownField,
                message(
                    "groundless is given only for a dispute, not for a step of kind {0}",
                    &[Arg::S(step.kind.as_str())],
                ),
            ));
        }
        // Whether it would be the objection, were it a dispute that counts.
        let mut counted = self.clone();
        for s in counted.steps.iter_mut().filter(|s| s.date == step.date) {
            s.groundless = false;
        }
        if let Some(order) = counted.order_disputed_by(step.date) {
            return Err(Error::new(
                ErrorCode::InvalidDispute,
                message(
                    "the dispute of {0} is read as the objection to the betalningsföreläggande \
                     of {1} (the first dispute since it, with no utslag or judgment recorded \
                     between), which goes to the tingsrätt at the creditor's request whatever \
                     its grounds: it cannot be set aside as groundless (record the utslag as a \
                     judgment if the application ended in one before the dispute)",
                    &[Arg::Date(step.date), Arg::Date(order)],
                ),
            ));
        }
        Ok(())
    }

    /// The betalningsföreläggande that a `dispute` of day `dispute` disputes, if it is the
    /// first dispute of one ([`Claim::payment_order_disputed_by`]): the dispute is then the
    /// debtor's objection at Kronofogden.
    fn order_disputed_by(&self, dispute: Date) -> Option<Date> {
        self.payment_order_disputed_by(dispute).filter(|&order| {
            !self.steps.iter().any(|s| {
                s.date >= order
                    && ((s.is_dispute() && s.date < dispute)
                        // A title since the order (its utslag enforced, a judgment), by the
                        // dispute's day: the dispute is one after it, as `dispute_standing`
                        // reads it.
                        // (Not a further year of a verkställighet: it renews an older title.)
                        || (matches!(s.kind, StepKind::Judgment | StepKind::Enforcement)
                            && self.renewed_by(s).is_none()
                            && s.date > order
                            && s.date <= dispute))
            })
        })
    }

    /// The date of the claim's last event: a step, payment or credit note, or an invoice issued
    /// (one issued after every other event is owed, and may be time-barred); the first date
    /// supported for a claim with none.
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn last_event(&self) -> Date {
        self.steps
            .iter()
            .map(|s| s.date)
            .chain(self.payments.iter().map(|p| p.date))
            .chain(self.credits.iter().map(|c| c.date))
            .chain(self.invoices.iter().map(|i| i.issue_date))
            .max()
            .unwrap_or(calendar::MIN_DATE)
    }

    /// The earliest issue date of the claim's invoices.
    pub fn first_issue_date(&self) -> Option<Date> {
        self.invoices.iter().map(|i| i.issue_date).min()
    }

    /// The total capital of the invoices.
    pub fn total_capital(&self) -> Result<Money> {
        Money::sum(self.invoices.iter().map(|i| i.amount))
    }

    /// The betalningsföreläggande disputed on or before `date`, if one was: the latest
    /// `paymentOrder` step since the last judgment before `date` with a `dispute` step on or
    /// after it, by `date`, and no other betalningsföreläggande or a verkställighet between
    /// them (then it ended in an utslag, and the dispute is about something else), nor a court
    /// action on an earlier day since that dispute (the transfer, already). A court
    /// action then is that case transferred from Kronofogden to the tingsrätt (its fee is a
    /// tilläggsavgift, and the application counts as the stämningsansökan). A legal review found
    /// a creditor's own stämningsansökan for a later invoice charged as the transfer of an
    /// earlier betalningsföreläggande that had ended in an enforced utslag.
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn payment_order_disputed_by(&self, date: Date) -> Option<Date> {
        self.order_not_yet_transferred(date, |_, s| s.date < date)
    }

    /// The betalningsföreläggande the court action `index` (a step of the claim) transfers to
    /// the tingsrätt, if it is that transfer: [`Claim::payment_order_disputed_by`] its day,
    /// with the court actions of that day listed before it counted as earlier (steps of one
    /// day in the order given, DOMAIN.md 8.5: a review found a stämningsansökan listed after
    /// the transfer on its day read as a second transfer). `None` for any other step.
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn transferred_by(&self, index: usize) -> Option<Date> {
        let date = self
            .steps
            .get(index)
            .filter(|s| s.kind == StepKind::CourtAction)?
            .date;
        self.order_not_yet_transferred(date, |i, s| (s.date, i) < (date, index))
    }

    /// The latest betalningsföreläggande disputed by `date` (since the last judgment before
    /// it) that no court action `earlier` picks transferred already.
    fn order_not_yet_transferred(
        &self,
        date: Date,
        earlier: impl Fn(usize, &Step) -> bool,
    ) -> Option<Date> {
        let judged = self
            .steps
            .iter()
            .filter(|s| s.kind == StepKind::Judgment && s.date < date)
            .map(|s| s.date)
            .max();
        self.steps
            .iter()
            .filter(|s| {
                s.kind == StepKind::PaymentOrder
                    && s.date <= date
                    && judged.is_none_or(|j| s.date > j)
            })
            .map(|s| s.date)
            .filter(|&order| crate::limitation::disputed_order(self, order, date))
            // Transferred once: a court action on an earlier day after its dispute was the
            // transfer, and a later one a stämningsansökan of its own (a review found the
            // creditor's own for an invoice that fell due since charged nothing as a second
            // transfer, interrupting nothing, and the timeline projecting another for it).
            .filter(|&order| {
                !self.steps.iter().enumerate().any(|(i, s)| {
                    s.kind == StepKind::CourtAction
                        && s.date > order
                        && earlier(i, s)
                        && crate::limitation::disputed_order(self, order, s.date)
                })
            })
            .max()
    }

    /// The latest `dispute` that stands on `date`: recorded before it (on an earlier day, or
    /// also on `date` itself when `same_day`) and not decided by then. The claim is then
    /// disputed and not yet decided: god inkassosed (inkassolagen 4 §) takes a disputed claim
    /// to court, and neither demands it again nor applies for a betalningsföreläggande.
    /// `check` judges a recorded step against earlier days, and a reminder, inkassokrav or
    /// final notice also against a dispute of its own day listed before it (steps of one day
    /// are in the order given, DOMAIN.md 8.5; one listed after it may answer that day's step);
    /// `letter`, previewing a letter to send, counts a dispute of its own day.
    ///
    /// A dispute recorded `withdrawn` ([`Step::withdrawn`]) on or before `date` no longer
    /// stands (a step of the withdrawal's own day is not after a standing dispute), and
    /// neither does any dispute recorded on or before its day: the debtor accepted the claim
    /// (a review found an objection to a betalningsföreläggande, which cannot be withdrawn
    /// itself, standing for ever for an invoice its judgment left out). A dispute recorded
    /// after it may stand.
    ///
    /// A dispute is about the invoices issued by its day, and stands only while one of them is
    /// unpaid, as the caller judges with [`StandingDispute::disputes`]. As the timeline reads
    /// the history:
    /// - a `judgment` on or after the dispute (by `date`) decides it for the invoices of its
    ///   case, those overdue when the case was brought (its stämningsansökan or disputed betalningsföreläggande, as `limitation` reads it); it
    ///   stands for the others it is about (issued by its day, falling due later), never tried;
    /// - with no `judgment` or `enforcement` before the dispute, an `enforcement` on or after
    ///   it and before any judgment since decides it (it rests on a title the history may not
    ///   record);
    /// - after a `judgment` or `enforcement`, a dispute is about the invoices that title does
    ///   not cover: those not yet overdue when its case was brought (issued or falling due
    ///   later; see [`StandingDispute::left_out_since`]). With none, it disputes nothing
    ///   (`None`); else it stands while one of them is owed ([`StandingDispute::disputes`]),
    ///   until a `judgment` (a verkställighet after it rests on the earlier title).
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn dispute_standing(&self, date: Date, same_day: bool) -> Option<StandingDispute> {
        // The latest dispute withdrawn by `date`: it ends every dispute up to its own day (not
        // one judged groundless, which never stood: the debtor dropping an objection without a
        // factual ground gives up nothing of one with it; an integrator's review).
        let ended = self
            .steps
            .iter()
            .filter(|s| s.is_dispute() && s.withdrawn.is_some_and(|w| w <= date))
            .map(|s| s.date)
            .max();
        let dispute = self
            .steps
            .iter()
            .filter(|s| {
                s.is_dispute()
                    && (s.date < date || (same_day && s.date == date))
                    && ended.is_none_or(|e| s.date > e)
            })
            .map(|s| s.date)
            .max()?;
        let after_it = |kind: StepKind| {
            self.steps
                .iter()
                .filter(move |s| s.kind == kind && s.date >= dispute && s.date <= date)
                .map(|s| s.date)
        };
        // A judgment since decides it for the invoices of its case, overdue when that case was
        // brought; one it left out (issued by the dispute's day, falling due later) is still
        // disputed and was never tried (a review found it demanded again).
        let first_judgment = after_it(StepKind::Judgment).min();
        let judged = after_it(StepKind::Judgment)
            .max()
            .map(|j| crate::limitation::case_start(self, StepKind::Judgment, j).unwrap_or(j));
        let title = self
            .steps
            .iter()
            .filter(|s| {
                matches!(s.kind, StepKind::Judgment | StepKind::Enforcement)
                    && s.date < dispute
                    && self.renewed_by(s).is_none()
            })
            .max_by_key(|s| s.date);
        let since = match title {
            Some(title) => Some(crate::limitation::case_start(self, title.kind, title.date)?),
            // A verkställighet before any judgment since rests on a title the history does
            // not record.
            None if after_it(StepKind::Enforcement)
                .any(|e| first_judgment.is_none_or(|j| e < j)) =>
            {
                return None;
            }
            None => None,
        };
        let standing = StandingDispute {
            date: dispute,
            left_out_since: since.max(judged),
        };
        // About nothing when every invoice was overdue when the title's case was brought.
        let any = vec![true; self.invoices.len()];
        standing.disputes(self, &any).then_some(standing)
    }

    /// What the credit notes dated on or before `date` cancel of invoice `invoice`.
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn credited(&self, invoice: &Invoice, date: Date) -> Result<Money> {
        Money::sum(
            self.credits
                .iter()
                .filter(|c| c.invoice == invoice.number && c.date <= date)
                .map(|c| c.amount),
        )
    }

    /// The agreed dröjsmålsränta of invoice `invoice`: its own, else the claim's, else `None`
    /// (referensränta + 8, räntelagen 6 §).
    pub fn contract_rate(&self, invoice: &Invoice) -> Option<ContractRate> {
        invoice
            .rate
            .or(self.agreed_rate.map(ContractRate::Fixed))
            .or(self.agreed_margin.map(ContractRate::Margin))
    }

    /// Whether förseningsersättning applies: a business or public debtor, and the creditor
    /// claims it.
    pub fn claims_late_fee(&self) -> bool {
        self.late_fee && self.debtor.is_commercial()
    }

    /// The due date of invoice `invoice` before any move off a day off: the agreed due date, or
    /// without one the issue date + 30 days (räntelagen 4 §; see [`Claim::effective_due_date`]).
    pub fn stated_due_date(invoice: &Invoice) -> Result<Date> {
        match invoice.due_date {
            Some(d) => Ok(d),
            None => crate::params::due_without_agreed_date(invoice.issue_date),
        }
    }

    /// The effective due date of invoice `invoice` (DOMAIN.md 8.1): the agreed due date, or
    /// without one the issue date + 30 days (räntelagen 4 §; one month for an invoice
    /// sent before 2002-07-01, [`crate::params::WAIT_FOR_INTEREST_WITHOUT_DUE_DATE`]); moved to the next weekday when it
    /// falls on a day off, unless [`Claim::shift_due_date`] is off.
    pub fn effective_due_date(&self, invoice: &Invoice) -> Result<Date> {
        let due = Self::stated_due_date(invoice)?;
        if self.shift_due_date {
            calendar::next_business_day(due)
        } else {
            Ok(due)
        }
    }
}

/// A count for a message (`usize` to the renderer's whole number).
fn whole(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

#[inline]
fn check_count(field: &str, count: usize, max: usize) -> Result<()> {
    if count > max {
        return Err(Error::new(
            ErrorCode::TooManyItems,
            message(
                "{0} {1}: at most {2} are accepted in one claim",
                &[Arg::Int(whole(count)), Arg::S(field), Arg::Int(whole(max))],
            ),
        )
        .at(field));
    }
    Ok(())
}

/// A step's own term to pay (`paymentTermDays`) must be within 0 … [`MAX_DAYS`] days, as a
/// policy's terms are: the reader refuses more in the JSON input, and a typed claim the same.
/// Checks a step's payment term ([`Step::payment_term_days`]): a letter's to the debtor only
/// (a reminder, an inkassokrav, a final notice), in range. Kronofogden's, the court's and the
/// debtor's steps set the debtor no term of the creditor's: one recorded there would have made
/// a deadline whose `if_paid` held the fees of the steps after it (an integrator's review).
#[cfg_attr(inkasso_size, optimize(size))]
fn check_term_days(kind: StepKind, days: u32) -> Result<()> {
    if !kind.gives_payment_term() {
        // Not a field of this kind of step.
        return Err(Error::new(
            ErrorCode::UnknownField,
            message(
                "paymentTermDays is given only for a reminder, a collectionDemand or a finalNotice, not for a step of kind {0}",
                &[Arg::S(kind.as_str())],
            ),
        ));
    }
    if days > MAX_DAYS {
        return Err(days_out_of_range(&days));
    }
    Ok(())
}

/// `INVALID_DAYS` for a number of days (`shown` as the caller wrote it) outside 0 …
/// [`MAX_DAYS`]: one message for the reader and for a typed claim.
pub(crate) fn days_out_of_range(shown: &dyn core::fmt::Display) -> Error {
    Error::new(
        ErrorCode::InvalidDays,
        format!("{shown} days: a whole number from 0 to {MAX_DAYS} is expected"),
    )
}

/// An input amount must be more than zero and at most 10^12 kr.
pub(crate) fn check_amount(amount: Money) -> Result<()> {
    if !amount.is_positive() || amount > MAX_INPUT {
        return Err(amount_out_of_range(&amount, amount.is_positive()));
    }
    Ok(())
}

/// The error [`check_amount`] gives for `shown` (printed with two decimals), which is
/// positive (and too large) or not.
pub(crate) fn amount_out_of_range(shown: &dyn core::fmt::Display, positive: bool) -> Error {
    let message = if positive {
        format!("the amount must be at most 1000000000000.00, got {shown}")
    } else {
        format!("the amount must be more than zero, got {shown}")
    };
    Error::new(ErrorCode::AmountOutOfRange, message)
}

/// Characters that show nothing: spaces, and the invisible format and filler characters
/// (soft hyphen, zero-width and joiner marks, word joiner and invisible operators, variation
/// selectors, tags, Hangul and Braille fillers, the Mongolian vowel separator, the byte order
/// mark).
#[cfg_attr(inkasso_size, optimize(size))]
pub(crate) fn invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{ad}'
                | '\u{34f}'
                | '\u{61c}'
                | '\u{115f}'
                | '\u{1160}'
                | '\u{17b4}'..='\u{17b5}'
                | '\u{180b}'..='\u{180f}'
                | '\u{200b}'..='\u{200f}'
                | '\u{2060}'..='\u{206f}'
                | '\u{2800}'
                | '\u{3164}'
                | '\u{fe00}'..='\u{fe0f}'
                | '\u{feff}'
                | '\u{ffa0}'
                | '\u{fff0}'..='\u{fff8}'
                | '\u{1bca0}'..='\u{1bca3}'
                | '\u{1d173}'..='\u{1d17a}'
                | '\u{e0000}'..='\u{e0fff}'
        )
}

/// Why `text` cannot stand in one line of a letter, if it cannot: a control character (a line
/// break, a tab), a line or paragraph separator, a bidirectional mark (U+200E, U+200F,
/// U+061C), embedding, override or isolate (it would turn the rest of the line, or the
/// characters next to it, around), or `{` / `}` (they mark a letter's placeholders).
#[cfg_attr(inkasso_size, optimize(size))]
pub(crate) fn not_one_line(text: &str) -> Option<&'static str> {
    if text.chars().any(|c| {
        c.is_control()
            || matches!(
                c,
                '\u{2028}'
                    | '\u{2029}'
                    | '\u{061c}'
                    | '\u{200e}'
                    | '\u{200f}'
                    | '\u{202a}'..='\u{202e}'
                    | '\u{2066}'..='\u{2069}'
            )
    }) {
        return Some("one line, without control, line-break or bidirectional characters");
    }
    if text.contains(['{', '}']) {
        return Some("without { or }, which mark a letter's placeholders");
    }
    None
}

/// A description is one line a letter can show: 1 to [`MAX_DESCRIPTION_LEN`] characters with
/// something visible ([`invisible`]), and [`not_one_line`] has nothing against it.
#[cfg_attr(inkasso_size, optimize(size))]
fn check_description(description: &str) -> Result<()> {
    let invalid = |why: &str| {
        Err(Error::new(
            ErrorCode::InvalidDescription,
            message("a description must be {0}", &[Arg::S(why)]),
        ))
    };
    if description.chars().count() > MAX_DESCRIPTION_LEN {
        return invalid(&message(
            "at most {0} characters",
            &[Arg::Int(whole(MAX_DESCRIPTION_LEN))],
        ));
    }
    if description.chars().all(invisible) {
        return invalid("text, not blank");
    }
    match not_one_line(description) {
        Some(why) => invalid(why),
        None => Ok(()),
    }
}

fn validate_invoice(invoice: &Invoice) -> Result<()> {
    match invoice.rate {
        Some(ContractRate::Fixed(rate)) => {
            check_percent(rate, PercentOf::AgreedRate).map_err(|e| e.at("agreedRate"))?
        }
        Some(ContractRate::Margin(margin)) => {
            check_percent(margin, PercentOf::AgreedMargin).map_err(|e| e.at("agreedMargin"))?
        }
        Some(ContractRate::AtDueDate(rate)) => {
            check_percent(rate, PercentOf::RateAtDueDate).map_err(|e| e.at("rateAtDueDate"))?;
            // 7 § continues the rate of "förfallodagen": the caller says which day that was
            // (a review: without one, 4 §'s 30 days delayed the debt's own rate as well).
            if invoice.due_date.is_none() {
                return Err(Error::new(
                    ErrorCode::MissingField,
                    "an invoice with a rate at the due date needs its dueDate, the day the debt fell due (räntelagen 7 §)",
                )
                .at("dueDate"));
            }
        }
        None => {}
    }
    let len = invoice.number.chars().count();
    if invoice.number.chars().all(invisible) {
        return Err(Error::new(
            ErrorCode::InvalidInvoiceNumber,
            message(
                "an invoice number must be 1 to {0} characters, not blank",
                &[Arg::Int(whole(MAX_INVOICE_NUMBER_LEN))],
            ),
        )
        .at("number"));
    }
    // Said as too long, not as blank (an error-message review).
    if len > MAX_INVOICE_NUMBER_LEN {
        return Err(Error::new(
            ErrorCode::InvalidInvoiceNumber,
            message(
                "an invoice number must be at most {0} characters, got {1}",
                &[
                    Arg::Int(whole(MAX_INVOICE_NUMBER_LEN)),
                    Arg::Int(whole(len)),
                ],
            ),
        )
        .at("number"));
    }
    // Letters write the number into their lines and sentences: a line break or a tab is said
    // as such, before the invisible characters below (an error-message review found "a\nb"
    // called an invisible character).
    if let Some(why) = not_one_line(&invoice.number) {
        return Err(Error::new(
            ErrorCode::InvalidInvoiceNumber,
            message("an invoice number must be {0}", &[Arg::S(why)]),
        )
        .at("number"));
    }
    // " 1001" and "1001" would be two invoices that look like one (payments and credit notes
    // name an invoice by its number).
    if invoice.number.starts_with(invisible) || invoice.number.ends_with(invisible) {
        return Err(Error::new(
            ErrorCode::InvalidInvoiceNumber,
            "an invoice number must not begin or end with a space or an invisible character",
        )
        .at("number"));
    }
    // "1001" and "10\u{200b}01" would be two invoices printed alike (a red team found a
    // zero-width space, a soft hyphen and a word joiner accepted): no invisible character but
    // a plain space inside either.
    if invoice.number.chars().any(|c| c != ' ' && invisible(c)) {
        return Err(Error::new(
            ErrorCode::InvalidInvoiceNumber,
            "an invoice number must not contain an invisible character (a zero-width or \
             non-breaking space, a soft hyphen, a joiner): only a plain space between its parts",
        )
        .at("number"));
    }
    if let Some(description) = &invoice.description {
        check_description(description).map_err(|e| e.at("description"))?;
    }
    check_amount(invoice.amount).map_err(|e| e.at("amount"))?;
    calendar::check_range(invoice.issue_date).map_err(|e| e.at("issueDate"))?;
    if let Some(due) = invoice.due_date {
        calendar::check_range(due).map_err(|e| e.at("dueDate"))?;
        if due < invoice.issue_date {
            return Err(Error::new(
                ErrorCode::DueBeforeIssue,
                message(
                    "the due date {0} is before the issue date {1}",
                    &[Arg::Date(due), Arg::Date(invoice.issue_date)],
                ),
            )
            .at("dueDate"));
        }
    }
    Ok(())
}

/// What the credit notes of each invoice of a claim (claim order) cancel by a date, read in
/// one pass over the credit notes: [`Claim::credited`] of every invoice compares every credit
/// note's invoice number for each (a timeline of 1 000 invoices and 1 000 credit notes spent
/// 40 % of its time comparing them, a red-team review). Invoice numbers are unique in a
/// claim that [`Claim::validate`] accepts, so each credit note belongs to one invoice.
pub(crate) struct InvoiceCredits {
    /// Each invoice's credit notes, their dates and amounts, in claim order.
    of: Vec<Vec<(Date, Money)>>,
}

impl InvoiceCredits {
    /// The credit notes of `claim`'s invoices.
    pub(crate) fn of(claim: &Claim) -> InvoiceCredits {
        let mut of: Vec<Vec<(Date, Money)>> = Vec::new();
        of.resize_with(claim.invoices.len(), Vec::new);
        if !claim.credits.is_empty() {
            let index = InvoiceIndex::of(&claim.invoices);
            for credit in &claim.credits {
                if let Some(list) = index.find(&credit.invoice).and_then(|i| of.get_mut(i)) {
                    list.push((credit.date, credit.amount));
                }
            }
        }
        InvoiceCredits { of }
    }

    /// [`Claim::credited`] of the claim's invoice `invoice` (its index) on `date`.
    pub(crate) fn credited(&self, invoice: usize, date: Date) -> Result<Money> {
        Money::sum(
            self.of
                .get(invoice)
                .into_iter()
                .flatten()
                .filter(|(d, _)| *d <= date)
                .map(|(_, amount)| *amount),
        )
    }
}

/// The claim's invoices by number, for look-ups in n log n string comparisons rather than
/// n²: a claim of 1 000 invoices whose numbers share a long prefix, with 1 000 payments made
/// for one of them, compared the numbers one by one for each payment, byte by byte in wasm
/// (0.22 s a statement; a review's slow case, BENCHMARKS.md).
pub(crate) struct InvoiceIndex<'a> {
    /// Each invoice's number and index, in number order (then claim order).
    by_number: Vec<(&'a str, usize)>,
}

impl<'a> InvoiceIndex<'a> {
    /// The index of `invoices`.
    pub(crate) fn of(invoices: &'a [Invoice]) -> InvoiceIndex<'a> {
        let mut by_number: Vec<(&'a str, usize)> = invoices
            .iter()
            .enumerate()
            .map(|(i, invoice)| (invoice.number.as_str(), i))
            .collect();
        crate::sort::sort(&mut by_number);
        InvoiceIndex { by_number }
    }

    /// The index of the first invoice (in claim order) numbered `number`.
    pub(crate) fn find(&self, number: &str) -> Option<usize> {
        let at = self.by_number.partition_point(|(n, _)| *n < number);
        self.by_number
            .get(at)
            .filter(|(n, _)| *n == number)
            .map(|(_, i)| *i)
    }

    /// The first invoice (in claim order) whose number an earlier one has, if any.
    pub(crate) fn first_duplicate(&self) -> Option<usize> {
        let later_of_a_pair = |pair: &[(&str, usize)]| match pair {
            [(a, _), (b, later)] if a == b => Some(*later),
            _ => None,
        };
        self.by_number.windows(2).filter_map(later_of_a_pair).min()
    }
}
