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
//!   never projects a kind already taken or a stage before the latest taken one, nor a letter
//!   or betalningsföreläggande before the deadline (or date) of a taken step that counts,
//!   whatever its stage (verkställighet and the court path are dated from their own steps; a
//!   reminder,
//!   inkassokrav or final notice sent while only some invoices were overdue is sent again once
//!   all are: [`AdjustReason::RepeatsPartialStep`]). Projected steps
//!   are never dated before [`TimelineOptions::today`], but for the further years of a taken
//!   verkställighet, each dated a year to the day after the last grundavgift, not moved off a
//!   weekend or holiday (it is Kronofogden's yearly fee, no deadline; it is owed while
//!   enforcement lasts, whenever the timeline is asked). See [`crate::policy`] for the anchors.
//!   An amorteringsplan that is the latest taken step (by date, then input order), made once
//!   every invoice was overdue, ends the projection, as a projected one does: the debtor pays
//!   by it. After a verkställighet that counts, its further years (and efterbevakning) are
//!   still projected, until the debt enforced is paid by the payments recorded, and recording
//!   them leaves the plan the latest step. A broken plan is recorded by the day it `ended`
//!   ([`Step::ended`]), from which the projection continues, or by the step taken when it was
//!   broken (a betalningsföreläggande, say), recorded after it, from which it continues.
//! - **Verkställighet taken** that counts (charged, or some invoice overdue and unpaid that day,
//!   as the engine judges a grundavgift) rests on a title, a dom or an utslag the history may
//!   not record: no betalningsföreläggande is projected after it. When it covered every invoice
//!   (all overdue that day, and none that a recorded partial inkassokrav left out still owed),
//!   no inkassokrav either, and a dispute recorded before it is decided (after a disputed
//!   betalningsföreläggande its title can only be a dom) or after it disputes nothing; an
//!   invoice it could not cover gets the partial inkassokrav sent again (an inkassokrav sent
//!   after the title's case was brought stands for it, and so does a final notice after that
//!   inkassokrav), and its road goes on as the first round's did: the policy's final notice, a
//!   betalningsföreläggande after that inkassokrav's deadline, and a verkställighet after the
//!   assumed utslag (not an amorteringsplan: a policy that has one projects nothing after the
//!   letters), each with the engine's fees (the claim's one betalningsföreläggande fee; the
//!   verkställighet's own grundavgift, on a title of its own, also within the year of an
//!   earlier title's, förordning 1992:1094 5 §), the later years then enforcing every
//!   invoice overdue on its day and running from the grundavgift the claim's year runs from
//!   (the earlier verkställighet's while it is under way with its debt unpaid and the year
//!   has not ended, on the projection's reading or the engine's, which may still run from an
//!   older grundavgift than a verkställighet applied for again on its title after the
//!   anniversary; else the new one's: the years projected from an older one after a new one
//!   started the year go), at
//!   most 20 further years in all. A dispute recorded before a verkställighet that counts is decided even when it left
//!   invoices out. A recorded judgment is a title for the invoices overdue when its case was
//!   brought (its betalningsföreläggande or stämningsansökan): a verkställighet on it, taken or
//!   projected, leaves out an invoice issued or falling due later, whose road goes on as
//!   above. A verkställighet recorded as a further year ([`Step::further_year`], as the
//!   projected ones are marked, [`Entry::further_year`]) while one is under way, or recorded
//!   while the invoices one left out await a title of their own (no betalningsföreläggande or
//!   judgment recorded since), is a further year of the one under way, unless the engine reads
//!   it as resting on another title (the utslag of a betalningsföreläggande recorded since, one
//!   the timeline judges not lawful included, as `limitation` reads the case; then it is that
//!   title's application): its grundavgift starts
//!   the year, and their road goes on from the stage
//!   they reached. One applied for again on the same title within the year of its last
//!   grundavgift charges none and counts; the next grundavgift is
//!   projected a year after the one the claim's year runs from, whatever stops the escalation or efterbevakning
//!   (for a taken verkställighet the years come first, what is escalated after it is judged
//!   with their fees, and the years are then looked at again with the escalation's fees; a
//!   further year's fee reopens a settlement judged on the history alone, whatever its date),
//!   and the years end on a day the debt enforced is paid (no invoice
//!   overdue on the day of the latest verkställighet has capital unpaid, credit notes of the day
//!   counted, on the timeline's own figures: a projected grundavgift is paid first).
//!   Efterbevakning follows the first verkställighet, once.
//! - **A judgment's litigation costs** are a debt of their own (the judgment is a title for
//!   them, utsökningsbalken 3 kap. 1 §): when they are unpaid, the payments and credit
//!   notes recorded have settled the claim's capital (during the case, say) and nothing since
//!   the latest judgment recorded with `costs` enforces anything, a verkställighet is
//!   projected on it as after any judgment, and further years
//!   while they are unpaid ([`AdjustReason::EnforcesJudgmentCosts`] on each); the years of a
//!   verkställighet under way go on for them too once the capital is paid.
//! - **Deadlines** = sent date + payment term, moved off weekends and holidays with
//!   [`calendar::next_business_day`] (lag 1930:173).
//! - **Money** comes from the real engine: [`crate::statement()`] runs on a copy of the claim
//!   with the projected steps appended, so fees, the one-fee-per-claim rule,
//!   förseningsersättning and its absorption of the other fees, and interest are exactly the
//!   engine's. Each entry's value (`ifPaid`, what settles the claim if paid on that day) is the
//!   statement as of its deadline (or its date when it has none) with every step, taken or
//!   projected, dated on or before that day: a step the timeline sends before an entry's
//!   deadline is in that entry's value, and one sent on the deadline day too (on one day the
//!   steps come before the payments, DOMAIN.md 8.5). The values are sampled from one replay of
//!   the claim ([`crate::statement::Replay`]); the final value is the statement with every
//!   step on the horizon (or today, or the last date).
//! - **Fee choices** ([`FeePolicy`](crate::policy::FeePolicy)) apply to every step that does
//!   not state its own fee, taken or projected: a waived reminder or inkassokrav fee is
//!   obtained by passing those steps to the engine with `fee: false` (exact, including payment
//!   allocation); förseningsersättning by turning it off. A taken step's own `fee` wins (as in
//!   [`crate::compliance::check`]). `interestOnFees` and `feesOnTopOfLateFee` are never applied
//!   (the compliance check flags them). A final notice (slutlig påminnelse) is passed to the
//!   engine, which charges no fee for it.
//! - **Paid**: whether the claim is settled (its capital all paid) is decided on the same
//!   figures as the values: the taken steps under the policy's fee choices, and the fees of the
//!   steps projected so far, which the payments of their day and later pay first (but for a
//!   step projected in place of the taken history, dated before its latest step: whether a
//!   taken Kronofogden step counts rests on the history's settlement). Nothing is projected on
//!   or after the day the claim is settled. A history that records a step on or after the day
//!   its own payments settled the claim has run its course: nothing is projected in its place
//!   either, before that day (a betalningsföreläggande or verkställighet taken on the paid
//!   claim charges nothing, as [`crate::statement()`] values it and
//!   [`crate::compliance::check`] flags it, and is not replaced: a step of years before, its
//!   fee paid first by the settling payment, would leave the claim unpaid and the taken step
//!   charged); only the further years of a taken verkställighet that counts are still
//!   projected. Such a timeline is the one of any `today` (but for how far those years go).
//! - **An amorteringsplan** ([`Policy::payment_plan`]) is agreed for what is owed on its date:
//!   it is not dated before the last payment or credit note the claim records (a note says so,
//!   [`AdjustReason::AfterRecordedPayments`]), and a claim those settle gets none, like any
//!   other stage after the claim is paid. A claim too small for the policy's number of
//!   instalments (each at least 0.01) gets fewer, halved until they fit
//!   ([`AdjustReason::FewerInstalments`]), and one so large that an instalment would be more
//!   than the largest payment gets more, doubled until they fit
//!   ([`AdjustReason::MoreInstalments`]): a timeline of a valid claim and policy never fails
//!   on its plan (one too large even for [`crate::plan::MAX_INSTALMENTS`], or whose doubled
//!   instalments would run past the last date, is shown without a schedule: `plan` is `None`).
//! - **The calendar ends** on [`calendar::MAX_DATE`] (2199-12-31): a projected step that would
//!   fall after it (an amorteringsplan: whose last instalment would) is left out with every
//!   later one, and the timeline's warnings say so ([`WarningCode::BeyondLastDate`]); an entry
//!   whose deadline (or date) is after it is valued on it, with a note of the same code.
//! - **Limits**: the caller's steps are limited as [`Claim::validate`] limits them; the
//!   projected steps (a few per stage, [`MAX_PROJECTED_STEPS`]) do not count against it.

use serde::ser::SerializeStruct;
use serde::Serialize;
use time::Date;

use crate::calendar::{self, serialize_date};
use crate::claim::{Claim, Step, StepKind};
use crate::error::{Error, ErrorCode, Result};
use crate::fees::{self, FeeKind};
use crate::limitation;
use crate::money::Money;
use crate::params;
use crate::policy::{CourtStage, Policy};
use crate::rates::RateTable;
use crate::statement::{statement_of_valid, Detail, Replay, Statement, StatementOptions, Totals};
use crate::text::{self, message, Arg, Text};
use crate::warning::{push_unique, AdjustReason, Facts, Subject, Warning, WarningCode};

/// Reminder term assumed for a taken reminder when the policy has no reminder stage.
pub const DEFAULT_REMINDER_TERM_DAYS: u32 = 10;

/// Options for [`timeline`].
#[derive(Debug, Clone, Copy)]
pub struct TimelineOptions<'a> {
    /// The reference-rate table (default: [`RateTable::embedded`]).
    pub rates: &'a RateTable,
    /// Strict mode: a day the table does not cover is an error instead of a warning.
    pub strict_rates: bool,
    /// Today: projected steps are never dated before it, nor on or before the last recorded
    /// step's day (but for the further years of a taken verkställighet, a year after the last
    /// grundavgift), and without a horizon `final` is valued no earlier.
    /// `None`: no lower bound but the last recorded step's day.
    pub today: Option<Date>,
    /// The day `final` is valued on (even before the last entry, or before the due date:
    /// what is owed that day), and, while verkställighet lasts, how far the further years
    /// go: a further grundavgift is projected for each year up to it (without a horizon,
    /// up to the day `final` is valued on; at most 20 further years, the last with a note
    /// when the horizon is later). The escalation's steps are projected whatever it is. `None`: the later of
    /// `today` and the last entry's deadline (or date). Not before the first invoice was
    /// issued (`AS_OF_BEFORE_ISSUE` at `horizon`).
    pub horizon: Option<Date>,
}

impl Default for TimelineOptions<'static> {
    fn default() -> Self {
        TimelineOptions {
            rates: RateTable::embedded(),
            strict_rates: false,
            today: None,
            horizon: None,
        }
    }
}

/// What an entry of the timeline is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum EntryKind {
    /// The claim's due date (förfallodag).
    Due,
    /// Betalningspåminnelse.
    Reminder,
    /// Inkassokrav.
    CollectionDemand,
    /// Slutlig påminnelse (final notice), no fee.
    FinalNotice,
    /// Amorteringsplan: taken, or projected by [`crate::policy::Policy::payment_plan`].
    PaymentPlan,
    /// Ansökan om betalningsföreläggande.
    PaymentOrder,
    /// Ansökan om verkställighet.
    Enforcement,
    /// Bestridande (only as a taken step): no enforcement is projected on a disputed
    /// betalningsföreläggande until a judgment.
    Dispute,
    /// Stämningsansökan at the tingsrätt: taken, or projected by
    /// [`crate::policy::Policy::court`] once a dispute is taken.
    CourtAction,
    /// Dom or utslag: taken, or projected by [`crate::policy::Policy::court`] after the
    /// stämningsansökan; verkställighet may follow it.
    Judgment,
    /// Efterbevakning: taken, or projected by [`crate::policy::Policy::surveillance`].
    Surveillance,
}

impl EntryKind {
    /// Every kind, in escalation order (the JS API's `kinds()` lists them in this order).
    pub const ALL: [EntryKind; 11] = [
        Self::Due,
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

    /// The entry kind of a claim step.
    #[cfg_attr(inkasso_size, optimize(size))]
    pub fn of(kind: StepKind) -> EntryKind {
        match kind {
            StepKind::Reminder => Self::Reminder,
            StepKind::CollectionDemand => Self::CollectionDemand,
            StepKind::FinalNotice => Self::FinalNotice,
            StepKind::PaymentPlan => Self::PaymentPlan,
            StepKind::PaymentOrder => Self::PaymentOrder,
            StepKind::Enforcement => Self::Enforcement,
            StepKind::Dispute => Self::Dispute,
            StepKind::CourtAction => Self::CourtAction,
            StepKind::Judgment => Self::Judgment,
            StepKind::Surveillance => Self::Surveillance,
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
            Self::Dispute => Some(StepKind::Dispute),
            Self::CourtAction => Some(StepKind::CourtAction),
            Self::Judgment => Some(StepKind::Judgment),
            Self::Surveillance => Some(StepKind::Surveillance),
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
            Self::PaymentPlan
            | Self::Dispute
            | Self::CourtAction
            | Self::Judgment
            | Self::Surveillance => None,
        }
    }
}

/// Whether an entry happened or is projected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
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
    /// Overpaid, owed back to the debtor ([`Totals::credit`]): payments and credit notes
    /// beyond the claim. Not taken off `total`.
    pub credit: Money,
    /// Interest of the next day.
    pub per_diem: Money,
    /// Whether the interest or per diem uses an assumed rate: a half-year the Riksbank has
    /// not published yet, with the last known referensränta carried forward (serialised only
    /// when `true`).
    #[serde(skip_serializing_if = "core::ops::Not::not")]
    pub assumed: bool,
    /// Whether the interest or per diem uses a provisional rate: a row not yet confirmed
    /// against the Riksbank's notice, as the embedded table's newest half-year may be
    /// ([`Totals::provisional`]; serialised only when `true`).
    #[serde(skip_serializing_if = "core::ops::Not::not")]
    pub provisional: bool,
    /// Whether `interest` (and so `total`) uses an assumed rate, not only the per diem (the
    /// entry's text says so then). Not serialised.
    #[serde(skip)]
    pub(crate) interest_assumed: bool,
}

impl Valuation {
    #[cfg_attr(inkasso_size, optimize(size))]
    fn of(s: &Statement) -> Valuation {
        Valuation::of_totals(&Totals::of(s), &s.warnings)
    }

    /// The valuation of `totals`, assumed when `warnings` say an assumed rate was used.
    fn of_totals(totals: &Totals, warnings: &[Warning]) -> Valuation {
        Valuation {
            assumed: warnings.iter().any(|w| w.code == WarningCode::RateAssumed),
            interest_assumed: warnings.iter().any(|w| {
                w.code == WarningCode::RateAssumed && !matches!(w.subject, Subject::PerDiem(_))
            }),
            provisional: totals.provisional,
            as_of: totals.as_of,
            capital: totals.capital,
            interest: totals.interest,
            fees: totals.fees,
            total: totals.total,
            credit: totals.credit,
            per_diem: totals.per_diem,
        }
    }
}

/// One entry of the timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Entry {
    /// What it is.
    pub kind: EntryKind,
    /// Fact, taken or projected.
    pub status: EntryStatus,
    /// The index in `claim.steps` of a taken step.
    pub step: Option<usize>,
    /// The day it is sent or filed (the due date for `due`).
    pub date: Date,
    /// The payment deadline it sets, moved off days off; `None` for a betalningsföreläggande,
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
    /// For the `due` entry: its date is the last of several due dates (an invoice fell due
    /// earlier). Not serialised: the text says it ("Sista förfallodag").
    pub last_of_several: bool,
    /// For a taken `dispute`: the day it was withdrawn ([`Step::withdrawn`]); its text says
    /// so. Serialised as `withdrawn` only when given.
    pub withdrawn: Option<Date>,
    /// For a taken `dispute` the creditor judged groundless ([`Step::groundless`]): it does not
    /// stop the road; its text says so. Serialised as `groundless: true` only when true.
    pub groundless: bool,
    /// For a verkställighet: a further year of the one under way (one more grundavgift), not
    /// a new application: projected as one, or taken and recorded as one that renews an
    /// application ([`Claim::renewed_by`]: not one with none before it). Its text says so. Record a projected
    /// one with `furtherYear: true` ([`Step::further_year`]), so that it renews the
    /// verkställighet it was projected for. Serialised as `furtherYear: true` only when true.
    pub further_year: bool,
    /// For a `judgment`: which title it is, a dom or Kronofogden's utslag, as the history
    /// with the projected steps says ([`crate::limitation::title_of_judgment`]: a projected
    /// one follows a stämningsansökan or a case transferred to the tingsrätt, a dom); `None`
    /// for other entries, or when nothing recorded says which. The text names it ("Dom
    /// meddelad", "Utslag meddelat"). Serialised as `title` (`"dom"`, `"utslag"`) only when
    /// given.
    pub title: Option<crate::limitation::Title>,
    /// For a projected entry: the step to add to [`Claim::steps`] once it is done, as a
    /// [`crate::letter::Letter`]'s `step` is the letter to record. Its kind and date; the term
    /// as sent (`payment_term_days`: the days to the deadline before it was moved off a day
    /// off, or to the longer deadline an inkassokrav, or a final notice that is a demand,
    /// gives around a long weekend);
    /// `further_year` for a further year of verkställighet; and `fee: Some(false)` where the
    /// entry charges no fee of a kind that has one (a second reminder, an inkassokrav sent
    /// again, a fee the policy waives, which `letter` takes no policy to know, or the law
    /// refuses), so that `statement`, `check` and `timeline` read it as projected; not where
    /// förseningsersättning absorbs the fee (the statement absorbs it again), unless the
    /// policy charges its fees on top of it (`check` would read the step as charging it), nor
    /// on a judgment (record it with the `costs` it awards).
    /// `None` for the due date and taken steps. Serialised as `record` only when given.
    pub record: Option<Step>,
}

impl Entry {
    /// A one-line description, sv and en (rendered by the catalogue; serialised as `text`).
    pub fn text(&self) -> Text {
        text::entry(self)
    }
}

/// Serialised as `{ kind, status, step?, date, deadline, deadlineMovedFrom?, furtherYear?,
/// withdrawn?, groundless?, title?, fees, ifPaid, notes, text, record? }`.
impl Serialize for Entry {
    fn serialize<S: serde::Serializer>(&self, s: S) -> core::result::Result<S::Ok, S::Error> {
        let mut out = s.serialize_struct("Entry", 15)?;
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
        if self.further_year {
            out.serialize_field("furtherYear", &true)?;
        } else {
            out.skip_field("furtherYear")?;
        }
        match self.withdrawn {
            Some(d) => out.serialize_field("withdrawn", &calendar::format_date(d))?,
            None => out.skip_field("withdrawn")?,
        }
        if self.groundless {
            out.serialize_field("groundless", &true)?;
        } else {
            out.skip_field("groundless")?;
        }
        match self.title {
            Some(title) => out.serialize_field("title", &title)?,
            None => out.skip_field("title")?,
        }
        out.serialize_field("fees", &self.fees)?;
        out.serialize_field("ifPaid", &self.if_paid)?;
        out.serialize_field("notes", &self.notes)?;
        out.serialize_field("text", &self.text())?;
        match &self.record {
            Some(step) => out.serialize_field("record", step)?,
            None => out.skip_field("record")?,
        }
        out.end()
    }
}

/// The timeline of a claim under a policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Timeline {
    /// The policy's id as [`Policy::reported_id`] gives it: `custom` for a preset whose stages
    /// or fees were changed.
    pub policy: String,
    /// The claim's due date: the latest effective due date of its invoices, leaving out those
    /// credited in full ([`claim_due_date`]) and those that payments made for them
    /// ([`crate::claim::Payment::invoice`]) paid in full by their due date: they never fell
    /// due unpaid, so the road does not wait for them.
    #[serde(serialize_with = "serialize_date")]
    pub due_date: Date,
    /// The entries in date order (on one day: the due date, then taken steps, then projected
    /// ones). The due date comes first unless a taken step is dated before it: the claim's due
    /// date is its *latest* invoice's, and an earlier invoice may already have been reminded.
    pub entries: Vec<Entry>,
    /// What is owed if nothing is paid: on the horizon when one is given
    /// ([`TimelineOptions::horizon`], even before the last entry or `today`), else on the later
    /// of `today` and the last entry's deadline (or date).
    #[serde(rename = "final")]
    pub final_value: Valuation,
    /// Remarks on the whole claim (rates, …).
    pub warnings: Vec<Warning>,
    /// The schedule of a projected amorteringsplan ([`Policy::payment_plan`]), if one is
    /// projected: what the debtor pays, when, to settle the claim to the öre.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub plan: Option<crate::plan::Schedule>,
}

/// An entry under construction: what it is and when.
#[derive(Debug, Clone)]
struct Planned {
    kind: EntryKind,
    status: EntryStatus,
    step: Option<usize>,
    date: Date,
    deadline: Option<Date>,
    /// A taken final notice that is a demand: the deadline it should have given, when its
    /// recorded term leaves fewer bank days after receipt than god inkassosed asks (what
    /// follows waits for it, as for an inkassokrav).
    lawful_deadline: Option<Date>,
    moved_from: Option<Date>,
    /// Index in the engine copy's steps, when the step is passed to the engine.
    copy_index: Option<usize>,
    /// The step as the claim records it (taken steps: its fee and term facts; projected
    /// steps: the term and fee the projection gives them).
    fact: Option<Step>,
    /// Why the projection differs from the policy here, if it does.
    notes: Vec<Warning>,
}

impl Planned {
    /// The day what follows the entry waits for: its deadline (the lawful one of a final
    /// notice that is a demand, when later), or its date without one.
    fn waits_until(&self) -> Date {
        let deadline = self.deadline.unwrap_or(self.date);
        self.lawful_deadline
            .map_or(deadline, |lawful| deadline.max(lawful))
    }
}

/// The timeline of `claim` under `policy`.
///
/// In strict mode ([`TimelineOptions::strict_rates`]) a day the projection values that the
/// rate table does not cover is [`ErrorCode::RateNotCovered`] at `rates` (the rows the
/// caller can add), or at `invoices[i]` for an invoice whose interest starts before the table.
pub fn timeline(claim: &Claim, policy: &Policy, options: &TimelineOptions<'_>) -> Result<Timeline> {
    projected(claim, policy, options).map_err(|e| {
        let before_table = e.field().is_some_and(|f| f.starts_with("invoices["));
        if e.code() == ErrorCode::RateNotCovered && !before_table {
            e.at("rates")
        } else {
            e
        }
    })
}

#[cfg_attr(inkasso_size, optimize(size))]
fn projected(claim: &Claim, policy: &Policy, options: &TimelineOptions<'_>) -> Result<Timeline> {
    claim.validate()?;
    policy.validate()?;
    check_options(claim, options)?;
    let due = claim_due_date(claim)?;
    // Projections assume the last known referensränta continues (marked `assumed`); strict
    // mode keeps the table as it is (a day it does not cover is an error).
    let known_until = claim
        .steps
        .iter()
        .map(|s| s.date)
        .chain(claim.payments.iter().map(|p| p.date))
        .chain(options.today)
        .chain(options.horizon)
        .fold(due, Date::max);
    let table = projection_table(options, known_until)?;
    let options = &TimelineOptions {
        rates: &table,
        ..*options
    };
    // The history as the valuations see it: the policy's fee choices applied to the taken
    // steps that do not state their own fee.
    let mut taken = engine_copy(claim, policy);
    taken.steps = claim
        .steps
        .iter()
        .map(|s| engine_step(policy, *s))
        .collect();
    let history = History::of(&taken, options)?;
    // An invoice the history paid off by its due date never fell due unpaid: the claim falls
    // due with the others (no later than the due date above).
    let due = due_before(claim, calendar::MAX_DATE, &history.paid_off)?;
    let mut planned = vec![Planned {
        kind: EntryKind::Due,
        status: EntryStatus::Fact,
        step: None,
        date: due,
        deadline: Some(due),
        lawful_deadline: None,
        moved_from: due_moved_from(claim, due)?,
        copy_index: None,
        fact: None,
        notes: Vec::new(),
    }];
    for (index, step) in claim.steps.iter().enumerate() {
        let notice_demands = step.kind == StepKind::FinalNotice
            && final_notice_demands(&taken, index, options.rates)?;
        let demand = step.kind == StepKind::CollectionDemand || notice_demands;
        let term = match step.payment_term_days {
            Some(days) => Some(days),
            None => assumed_term(policy, step, notice_demands),
        };
        let mut notes = Vec::new();
        let mut lawful_deadline = None;
        let (deadline, moved_from) = match term {
            // A demand whose letter's term is not recorded is assumed lawful: extended around
            // a long weekend as `letter` extends it.
            Some(days) if demand && step.payment_term_days.is_none() => {
                let d = demand_deadline_noted(step.date, days, &mut notes)?;
                (Some(d.deadline), d.moved_from)
            }
            Some(days) => {
                // A final notice that is a demand, recorded with a term that does not leave
                // the bank days after receipt: what follows waits for the deadline it should
                // have given, as `check` dates it (an inkassokrav's is worked out with the
                // road, [`Projector::project`]).
                if notice_demands {
                    lawful_deadline = Some(calendar::demand_deadline(step.date, days)?.deadline);
                }
                deadline_after(step.date, days)?
            }
            None => (None, None),
        };
        planned.push(Planned {
            kind: EntryKind::of(step.kind),
            status: EntryStatus::Taken,
            step: Some(index),
            date: step.date,
            deadline,
            lawful_deadline,
            moved_from,
            copy_index: None,
            fact: Some(*step),
            notes,
        });
    }
    for (index, warning) in waived_fee_notes(claim, &taken, options)? {
        if let Some(p) = planned.iter_mut().find(|p| p.step == Some(index)) {
            p.notes.push(warning);
        }
    }
    let facts = planned.clone();
    let project = |planned: &mut Vec<Planned>, horizon: Option<Date>| {
        Projector {
            claim,
            engine: &taken,
            engine_credits: crate::claim::InvoiceCredits::of(&taken),
            policy,
            options,
            due,
            today: projection_floor(claim, options.today),
            horizon,
            history: &history,
            capital_memo: core::cell::RefCell::new(None),
        }
        .project(planned)
    };
    let first_horizon = options.horizon.or(options.today);
    let mut ends = project(&mut planned, first_horizon)?;
    // Without a horizon, `final` is valued on the later of `today` and the last entry's
    // deadline: the further years of a verkställighet up to that day are owed by then, and
    // are projected too (a docs review found a final notice's `ifPaid` and `final` without
    // the grundavgift of a further year within its term).
    // The further years may keep the claim from being time-barred, and the steps then projected
    // move that day on: again until it stays (a diff review found further years missing
    // between the first pass's day and the last one's). A pass is made only when a year's
    // anniversary of a verkställighet falls in the days added, so there are few.
    if options.horizon.is_none() {
        let mut horizon = first_horizon;
        for _ in 0..=MAX_ENFORCEMENT_YEARS {
            let final_day = default_final_day(&planned, due, options.today);
            if horizon.is_some_and(|h| h >= final_day)
                || !further_year_between(&planned, horizon, final_day)
            {
                break;
            }
            planned.clone_from(&facts);
            ends = project(&mut planned, Some(final_day))?;
            horizon = Some(final_day);
        }
    }
    // By date, facts first; a projected efterbevakning after the other steps of its day (it
    // charges nothing, and its `ifPaid` holds their fees).
    crate::sort::sort_by_key(&mut planned, |p| {
        (
            p.date,
            p.status != EntryStatus::Fact,
            p.status == EntryStatus::Projected && p.kind == EntryKind::Surveillance,
        )
    });
    let mut copy = engine_copy(claim, policy);
    for p in &mut planned {
        if let Some(kind) = p.kind.step_kind() {
            p.copy_index = Some(copy.steps.len());
            copy.steps.push(engine_step(
                policy,
                p.fact.unwrap_or(Step::new(kind, p.date)),
            ));
        }
    }
    // The caller's steps were checked against their limit; the projected ones are few (one per
    // stage and the further years of verkställighet) and do not count against it.
    if copy.steps.len() > claim.steps.len().saturating_add(MAX_PROJECTED_STEPS) {
        return Err(Error::overflow("the projected steps"));
    }
    let last = last_valued(&planned, due);
    let final_day = match options.horizon {
        Some(h) => h,
        None => default_final_day(&planned, due, options.today),
    };
    let table = projection_table(options, last.max(final_day))?;
    let options = &TimelineOptions {
        rates: &table,
        ..*options
    };
    let mut t = assemble(&copy, policy, &planned, due, final_day, options)?;
    if let Some((schedule, count)) = projected_plan(&copy, policy, &planned, options)? {
        let asked = policy.payment_plan.map_or(count, |st| st.count);
        let reason = match &schedule {
            None => Some(AdjustReason::PlanWithoutSchedule { asked }),
            Some(_) if count < asked => Some(AdjustReason::FewerInstalments { count, asked }),
            Some(_) if count > asked => Some(AdjustReason::MoreInstalments { count, asked }),
            Some(_) => None,
        };
        let plan_entry = t
            .entries
            .iter_mut()
            .find(|e| e.kind == EntryKind::PaymentPlan && e.status == EntryStatus::Projected);
        if let (Some(e), Some(reason)) = (plan_entry, reason) {
            e.notes.push(note(reason));
        }
        // The plan's instalments may run into half-years no entry reaches: the timeline's
        // warnings say which rates its figures rest on, the plan's included.
        for w in schedule.iter().flat_map(|s| &s.warnings) {
            if matches!(
                w.code,
                WarningCode::RateAssumed | WarningCode::ProvisionalRate
            ) {
                push_unique(&mut t.warnings, w.clone());
            }
        }
        t.plan = schedule.map(|mut s| {
            for w in &mut s.warnings {
                w.subject = plan_subject(w.subject, &planned);
            }
            s
        });
    }
    if let Some(w) = ends {
        push_unique(&mut t.warnings, w);
    }
    // The plan's runs of half-years and the timeline's as one each.
    crate::warning::merge_half_year_runs(&mut t.warnings);
    Ok(t)
}

/// `today` and `horizon` within the calendar, and the horizon (the day `final` is valued on)
/// not before the first invoice was issued: each error names the option at fault.
fn check_options(claim: &Claim, options: &TimelineOptions<'_>) -> Result<()> {
    if let Some(today) = options.today {
        calendar::check_range(today).map_err(|e| e.at("today"))?;
    }
    let Some(horizon) = options.horizon else {
        return Ok(());
    };
    calendar::check_range(horizon).map_err(|e| e.at("horizon"))?;
    match claim.first_issue_date() {
        Some(first) if horizon < first => Err(Error::new(
            ErrorCode::AsOfBeforeIssue,
            message(
                "the horizon {0} is before the first invoice was issued ({1}): the timeline values the claim on its horizon",
                &[Arg::Date(horizon), Arg::Date(first)],
            ),
        )
        .at("horizon")),
        _ => Ok(()),
    }
}

/// The day an entry is valued on: its deadline, or its date without one, and no later than
/// [`calendar::MAX_DATE`] (an entry beyond it is valued on it, with a note).
fn valued_on(p: &Planned) -> Date {
    p.deadline.unwrap_or(p.date).min(calendar::MAX_DATE)
}

/// The first day a step may be projected on (but for the further years of a taken
/// verkställighet, the anniversaries of its grundavgift): `today`, and never on or before the
/// day of the last recorded step. The creditor's history ends there; a step projected before
/// it, or on its day, would be read among the recorded steps and change what they are about
/// (a review of quotes, stop 69, found a verkställighet projected on a betalningsföreläggande's
/// utslag before a recorded stämningsansökan, whose court fee it then priced as about no
/// invoice: 900 kr where the statement of the history charges 2 800 kr).
fn projection_floor(claim: &Claim, today: Option<Date>) -> Option<Date> {
    let after_history = claim
        .steps
        .iter()
        .map(|s| s.date)
        .max()
        .and_then(|last| last.next_day());
    match (today, after_history) {
        (Some(t), Some(a)) => Some(t.max(a)),
        (t, a) => t.or(a),
    }
}

/// The day `final` is valued on without a horizon: the later of `today` and the last entry's
/// deadline (or date).
fn default_final_day(planned: &[Planned], due: Date, today: Option<Date>) -> Date {
    let last = last_valued(planned, due);
    today.map_or(last, |t| t.max(last))
}

/// Whether a further year of a verkställighet (taken or projected) could fall after `after`
/// and on or before `until`: a year (or years) after one of them.
fn further_year_between(planned: &[Planned], after: Option<Date>, until: Date) -> bool {
    planned
        .iter()
        .filter(|p| p.kind == EntryKind::Enforcement)
        .any(|p| anniversary_between(p.date, after, until))
}

/// Whether a year's anniversary of `start` (a year after it, and so on, as the further years
/// of a verkställighet fall) is after `after` and on or before `until`.
fn anniversary_between(start: Date, after: Option<Date>, until: Date) -> bool {
    let mut day = start;
    // At most one a year within the calendar's three centuries.
    for _ in 0..400 {
        let Ok(next) = fees::next_enforcement_fee_day(day) else {
            return false;
        };
        if next > until || next <= day {
            return false;
        }
        if after.is_none_or(|a| next > a) {
            return true;
        }
        day = next;
    }
    false
}

/// The latest day an entry is valued on (`due` without entries).
#[cfg_attr(inkasso_size, optimize(size))]
fn last_valued(planned: &[Planned], due: Date) -> Date {
    planned
        .iter()
        .map(valued_on)
        .max()
        .unwrap_or(due)
        .min(calendar::MAX_DATE)
}

/// The schedule of the projected amorteringsplan, if the policy projected one, and its number of
/// instalments: the claim as the engine sees it with every step before the plan, and the
/// policy's count (fewer for a claim too small for them) and interval.
#[cfg_attr(inkasso_size, optimize(size))]
fn projected_plan(
    copy: &Claim,
    policy: &Policy,
    planned: &[Planned],
    options: &TimelineOptions<'_>,
) -> Result<Option<(Option<crate::plan::Schedule>, u32)>> {
    let (Some(stage), Some(p)) = (
        policy.payment_plan,
        planned
            .iter()
            .find(|p| p.kind == EntryKind::PaymentPlan && p.status == EntryStatus::Projected),
    ) else {
        return Ok(None);
    };
    let mut before = copy.clone();
    before.steps = copy
        .steps
        .iter()
        .enumerate()
        .filter(|(i, _)| Some(*i) != p.copy_index)
        .map(|(_, s)| *s)
        .collect();
    let interval = crate::plan::Interval::Months(stage.interval_months);
    let plan_options = crate::plan::PlanOptions {
        rates: options.rates,
        strict_rates: options.strict_rates,
    };
    // A claim too small for the policy's number of instalments (each at least 0.01) gets
    // fewer: half as many, down to one, which always pays it.
    let mut count = stage.count;
    // A claim so large that an instalment would be more than the largest payment gets more:
    // doubled until they fit (at most `MAX_INSTALMENTS`).
    let mut raised = false;
    loop {
        let request = crate::plan::PlanRequest {
            date: p.date,
            first_date: crate::plan::instalment_date(p.date, interval, 1)?,
            interval,
            sizing: crate::plan::Sizing::Count(count),
            fee: true,
        };
        match crate::plan::plan_of_built(&before, &request, &plan_options, MAX_PROJECTED_STEPS) {
            Ok(schedule) => return Ok(Some((Some(schedule), count))),
            Err(e)
                if crate::plan::is_instalment_too_large(&e)
                    && count < crate::plan::MAX_INSTALMENTS =>
            {
                raised = true;
                count = count.saturating_mul(2).min(crate::plan::MAX_INSTALMENTS);
            }
            // Too large even at the most instalments, or doubled and running past the last
            // date: no schedule (the entry stays, its amounts unknown).
            Err(e) if raised || crate::plan::is_instalment_too_large(&e) => {
                return Ok(Some((None, count)))
            }
            Err(e)
                if count > 1
                    && e.code() == ErrorCode::InvalidPlan
                    && e.field() == Some("plan.count") =>
            {
                count = count.checked_div(2).unwrap_or(1).max(1);
            }
            // A rate the strict table lacks is the timeline's (`timeline` names it), not the
            // policy's.
            Err(e) if e.code() == ErrorCode::RateNotCovered => return Err(e),
            Err(e) => return Err(e.within("policy.paymentPlan")),
        }
    }
}

/// The subject of a projected plan's warning as the caller's claim knows it. The plan was made
/// on the engine copy without the plan's own step ([`projected_plan`]), whose `steps` are the
/// entries in date order, taken and projected alike: a taken step is the claim's `steps[i]`
/// again, and a projected one is no field of the claim (an integrator's review: a warning about
/// the projected inkassokrav said `steps[1]` on a claim with one step).
fn plan_subject(subject: Subject, planned: &[Planned]) -> Subject {
    let Subject::Step(index) = subject else {
        return subject;
    };
    let plan_index = planned
        .iter()
        .find(|p| p.kind == EntryKind::PaymentPlan && p.status == EntryStatus::Projected)
        .and_then(|p| p.copy_index);
    let copy_index = match plan_index {
        Some(plan) if index >= plan => index.saturating_add(1),
        _ => index,
    };
    planned
        .iter()
        .find(|p| p.copy_index == Some(copy_index))
        .and_then(|p| p.step)
        .map_or(Subject::Entry, Subject::Step)
}

/// The rate table a projection through `through` uses: `options.rates` extended with the last
/// known referensränta, marked assumed, up to the day after `through` (the per diem's day),
/// unless strict mode asks for the table as it is ([`RateTable::assuming_through`]).
#[cfg_attr(inkasso_size, optimize(size))]
fn projection_table<'t>(
    options: &TimelineOptions<'t>,
    through: Date,
) -> Result<std::borrow::Cow<'t, RateTable>> {
    if options.strict_rates {
        return Ok(std::borrow::Cow::Borrowed(options.rates));
    }
    options
        .rates
        .assuming_through(calendar::next_day(through).unwrap_or(through))
}

/// The latest effective due date of the claim's invoices, leaving out an invoice credited in
/// full (a credit note cancels it: there is nothing of it to collect, and its later due date
/// would hold back every step), unless every invoice is.
pub fn claim_due_date(claim: &Claim) -> Result<Date> {
    due_before(claim, calendar::MAX_DATE, &[])
}

/// The due date the claim's due date `due` was moved from (off a weekend or holiday,
/// skuldebrevslagen 5 §), when every invoice whose effective due date it is was moved to it:
/// the latest of their stated due dates. `None` when one of them is due on it as stated.
fn due_moved_from(claim: &Claim, due: Date) -> Result<Option<Date>> {
    let mut moved = None;
    for invoice in &claim.invoices {
        if claim.effective_due_date(invoice)? != due {
            continue;
        }
        let stated = Claim::stated_due_date(invoice)?;
        if stated == due {
            return Ok(None);
        }
        moved = moved.max(Some(stated));
    }
    Ok(moved)
}

/// The first day from `from` on that is past the due date standing on it ([`due_before`]):
/// the due date's next day, or sooner the day after a credit note that cancels the invoices
/// due later, or after the payment that paid one off (`paid_off`).
fn first_lawful_day(claim: &Claim, from: Date, paid_off: &[Option<Date>]) -> Result<Date> {
    let mut day = from;
    loop {
        let due = due_before(claim, day, paid_off)?;
        if day > due {
            return Ok(day);
        }
        let by_due = calendar::next_day(due)?;
        // A credit note dated on or after `day` and before the due date counts from its next
        // day: the due date may then stand earlier.
        let by_credit = claim
            .credits
            .iter()
            .map(|c| c.date)
            .chain(paid_off.iter().copied().flatten())
            .filter(|&d| d >= day && d < due)
            .min();
        day = match by_credit {
            Some(credit) => calendar::next_day(credit)?.min(by_due),
            None => by_due,
        };
    }
}

/// [`claim_due_date`] as it stands at the start of `day`: only the credit notes dated before
/// it cancel their invoices, and an invoice `paid_off` before it (one flag per invoice,
/// [`History::paid_off`]; empty: none) is left out too. A letter of `day` is lawful after this
/// date (what `check` and `letter` judge by the capital unpaid that day, credit notes
/// included): an invoice paid in full before its due date (by a payment made for it,
/// [`crate::claim::Payment::invoice`]) no longer holds back the steps for the others.
#[cfg_attr(inkasso_size, optimize(size))]
fn due_before(claim: &Claim, day: Date, paid_off: &[Option<Date>]) -> Result<Date> {
    let mut latest: Option<Date> = None;
    let mut latest_of_all: Option<Date> = None;
    let credits = crate::claim::InvoiceCredits::of(claim);
    for (i, invoice) in claim.invoices.iter().enumerate() {
        let due = claim
            .effective_due_date(invoice)
            .map_err(|e| e.at(crate::error::item_path("invoices", i, "dueDate")))?;
        latest_of_all = Some(latest_of_all.map_or(due, |l| l.max(due)));
        // The credit notes dated before `day` (none before the first day there is).
        let credited = match day.previous_day() {
            Some(before) => credits.credited(i, before)?,
            None => Money::ZERO,
        };
        let paid = paid_off.get(i).copied().flatten().is_some_and(|d| d < day);
        if credited < invoice.amount && !paid {
            latest = Some(latest.map_or(due, |l| l.max(due)));
        }
    }
    latest.or(latest_of_all).ok_or_else(|| {
        Error::new(ErrorCode::NoInvoices, "a claim needs at least one invoice").at("invoices")
    })
}

/// What a taken step covers ([`Projector::coverage`]).
#[derive(Debug, Clone, Copy)]
struct Coverage {
    /// The last effective due date of the invoices still owed and not yet overdue on its day
    /// (or issued later); `None`: it covers every invoice still owed.
    uncovered: Option<Date>,
    /// Some invoice still owed was overdue on its day.
    some_overdue: bool,
}

/// A taken step the projection does not rest on, and why.
#[derive(Debug, Clone, Copy)]
struct Superseded {
    kind: StepKind,
    date: Date,
    /// Sent while some invoices were overdue with capital unpaid but not all (the last due date
    /// of those it did not cover): sent again to cover every invoice. `None`: it does not
    /// count.
    partial_due: Option<Date>,
    /// The day of the step whose fee the engine charged (this one, or an earlier one of its
    /// kind it replaced): the step sent again claims none, unless an invoice issued after that
    /// day is among those it demands (a debt the charged one could not cover).
    charged_on: Option<Date>,
}

/// The payment term assumed for a taken step of `kind`.
fn taken_term(policy: &Policy, kind: StepKind) -> Option<u32> {
    match kind {
        StepKind::Reminder => Some(
            policy
                .reminder
                .map_or(DEFAULT_REMINDER_TERM_DAYS, |r| r.payment_term_days),
        ),
        // Never assumed shorter than the lawful minimum.
        StepKind::CollectionDemand => Some(policy.collection_demand.map_or(
            params::min_collection_term_days_now(),
            |s| {
                s.payment_term_days
                    .max(params::min_collection_term_days_now())
            },
        )),
        StepKind::FinalNotice => Some(
            policy
                .final_notice
                .map_or(DEFAULT_REMINDER_TERM_DAYS, |s| s.payment_term_days),
        ),
        StepKind::PaymentPlan
        | StepKind::PaymentOrder
        | StepKind::Enforcement
        | StepKind::Dispute
        | StepKind::CourtAction
        | StepKind::Judgment
        | StepKind::Surveillance => None,
    }
}

/// The step as the engine's copy has it: a step that does not state its own fee (`fee` unset)
/// claims none where the policy waives the fee of its kind; a step's own fact wins (a taken
/// step with `fee: true` keeps its fee, one with `fee: false` claims none), as in
/// [`crate::compliance::check`].
fn engine_step(policy: &Policy, step: Step) -> Step {
    policy.fees.engine_step(step)
}

/// [`Facts::TakenFeeWaived`] notes, by step index, for the taken steps of `claim` whose fee
/// the policy's fee choices waive in `taken` (the engine's copy, [`engine_step`]) where the
/// claim as recorded charges it: a statement of `claim` as of the latest such step, as
/// `statement` values it (förseningsersättning as the claim records it). A review found the
/// `lawfulMinimum` preset's amounts 60 kr below `statement` on a claim with a reminder fee
/// agreed, with no word of why. Nothing is computed when the policy waives no taken step's
/// fee.
fn waived_fee_notes(
    claim: &Claim,
    taken: &Claim,
    options: &TimelineOptions<'_>,
) -> Result<Vec<(usize, Warning)>> {
    let waived: Vec<usize> = claim
        .steps
        .iter()
        .zip(&taken.steps)
        .enumerate()
        .filter(|(_, (own, valued))| own.fee.is_none() && valued.fee == Some(false))
        .map(|(index, _)| index)
        .collect();
    let latest = waived
        .iter()
        .filter_map(|&index| claim.steps.get(index))
        .map(|s| s.date)
        .max();
    let (Some(latest), Some(first_issue)) = (latest, claim.first_issue_date()) else {
        return Ok(Vec::new());
    };
    // The claim as recorded, its own förseningsersättning included: a fee that it absorbs is not
    // charged, so not waived (a review found the note on a business claim under a policy that
    // also turns förseningsersättning off, where the statement absorbs the fee).
    let st = statement_of_valid(claim, &history_options(options, latest.max(first_issue)))?;
    Ok(st
        .fee_lines
        .iter()
        .filter(|line| line.amount.is_positive())
        .filter_map(|line| {
            let index = line.step.filter(|i| waived.contains(i))?;
            let facts = Facts::TakenFeeWaived {
                fee: line.kind,
                amount: line.amount,
            };
            Some((index, Warning::new(Subject::Entry, facts)))
        })
        .collect())
}

/// The term assumed for a taken step that records none: the policy's ([`taken_term`]),
/// assumed lawful. A final notice that is a demand (`notice_demands`,
/// [`final_notice_demands`]) gives at least the inkassokrav's term, as `letter` and `check`
/// hold it.
fn assumed_term(policy: &Policy, step: &Step, notice_demands: bool) -> Option<u32> {
    let term = taken_term(policy, step.kind)?;
    let min = params::min_collection_term_days(step.date);
    Some(if notice_demands { term.max(min) } else { term })
}

/// Whether the final notice at step `index` of `taken` (the engine's copy of the claim) is a
/// demand: after a lawful inkassokrav, or once Kronofogden or a court has the claim
/// ([`Claim::legal_step_before`]), as `letter` and `check` read it.
fn final_notice_demands(taken: &Claim, index: usize, rates: &RateTable) -> Result<bool> {
    let Some(step) = taken.steps.get(index) else {
        return Ok(false);
    };
    Ok(taken.legal_step_before(index)
        || crate::state::latest_valid_demand(taken, step.date, rates)?.is_some())
}

/// An inkassokrav's deadline ([`calendar::demand_deadline`]), with a note in `notes` when it
/// was extended for the bank days after its assumed receipt.
#[cfg_attr(inkasso_size, optimize(size))]
fn demand_deadline_noted(
    sent: Date,
    days: u32,
    notes: &mut Vec<Warning>,
) -> Result<calendar::DemandDeadline> {
    let d = calendar::demand_deadline(sent, days)?;
    if d.extended {
        notes.push(note(AdjustReason::DemandTermExtended {
            deadline: d.deadline,
            received: d.received,
            bank_days: params::min_bank_days_after_receipt(sent),
        }));
    }
    Ok(d)
}

/// A projected letter's term: the days it gives, and whether it is a demand (an inkassokrav,
/// or a final notice that is one), whose deadline also leaves the bank days god inkassosed asks
/// after its assumed receipt ([`calendar::demand_deadline`]).
#[derive(Debug, Clone, Copy)]
struct LetterTerm {
    /// The days to pay.
    days: u32,
    /// A demand, extended around a long weekend.
    demand: bool,
}

impl LetterTerm {
    /// A reminder's term (a final notice that is the last reminder's too).
    fn reminder(days: u32) -> Self {
        Self {
            days,
            demand: false,
        }
    }

    /// An inkassokrav's term.
    fn demand(days: u32) -> Self {
        Self { days, demand: true }
    }
}

/// The deadline `days` after `sent`, moved off days off, and the unmoved date if it moved.
fn deadline_after(sent: Date, days: u32) -> Result<(Option<Date>, Option<Date>)> {
    let raw = calendar::add_days(sent, i64::from(days))?;
    let moved = calendar::next_business_day(raw)?;
    Ok((Some(moved), (moved != raw).then_some(raw)))
}

/// What the history says before anything is projected: when the claim was settled (its capital
/// all paid), and which taken steps the engine charged a fee for. Whether a step would demand
/// a time-barred invoice is judged on its own day ([`Projector::barred_on`]).
struct History {
    /// The payment day on which the claim's capital reached zero, if it did.
    settled_on: Option<Date>,
    /// The taken steps (indices) the engine charged a fee for.
    charged: Vec<usize>,
    /// The taken verkställigheter (indices) whose grundavgift started the claim's year
    /// ([`Statement::enforcement_year_starts`]).
    year_starts: Vec<usize>,
    /// The taken further years (indices) that renew a debt already paid: the engine charges
    /// them nothing ([`crate::fees::NoFeeReason::EnforcedDebtPaid`], claimed or not) and
    /// `check` flags them (`FURTHER_YEAR_WITHOUT_DEBT`).
    renew_paid_debt: Vec<usize>,
    /// The day of the last taken step that took the claim past reminders
    /// ([`Statement::demanded_by`]): a reminder projected after it claims no fee, unless
    /// about an invoice issued since ([`NewDebt`]).
    demanded_on: Option<Date>,
    /// Each invoice's issue date, effective due date, and whether its capital is unpaid when
    /// the history ends ([`NewDebt`]).
    invoices: Vec<NewDebt>,
    /// For each invoice whose capital payments made for it paid off in the history by its
    /// effective due date (the rest credited, if any), the day
    /// of the last payment or credit note allocated to it: it never fell due unpaid, and from
    /// that day's next it no longer holds back the steps for the others ([`due_before`]), nor
    /// the claim's due date. `None`: owed when the history ends, paid off only after its due
    /// date (it held back nothing after that date anyway), or cancelled by credit notes alone
    /// (which [`due_before`] reads itself).
    paid_off: Vec<Option<Date>>,
}

/// An invoice as a projected reminder or inkassokrav asks of it: whether it is a debt issued
/// after the step that earned the claim's fee of that kind (or that took the claim past
/// reminders), overdue and unpaid on the projected day, so the step earns its own
/// ([`crate::fees::DayState::new_debt`], read as the statement reads it; capital unpaid when
/// the history ends stays unpaid: nothing projected pays it before a plan).
///
/// An invoice paid or credited by the end of the history counts as unpaid up to its own last
/// payment (that day included: a day's payments come after its steps) or credit note (that
/// day not: a day's credit notes come before): a step projected before them finds it as the
/// statement does, owed or not, and claims its fee for the statement to judge.
#[derive(Debug, Clone, Copy)]
struct NewDebt {
    issued: Date,
    due: Date,
    unpaid: bool,
    /// The last payment allocated to it.
    paid_on: Option<Date>,
    /// Its last credit note.
    credited_on: Option<Date>,
    /// A taken step that took the claim past reminders was about it
    /// ([`Statement::demand_steps`]).
    demanded: bool,
}

impl NewDebt {
    /// Overdue and (as far as the history tells) unpaid on `day`.
    fn owed_on(self, day: Date) -> bool {
        let unpaid = self.unpaid
            || self.paid_on.is_some_and(|d| day <= d)
            || self.credited_on.is_some_and(|d| day < d);
        unpaid && day > self.due
    }

    /// Overdue on `day`, paid or credited off by then in the history, but by a payment or
    /// credit note on or after `since`: a fee projected from `since` on would have taken part
    /// of it (the payments pay the fees first), so the history cannot tell whether it is owed.
    fn paid_off_after(self, since: Date, day: Date) -> bool {
        let off = self.paid_on.max(self.credited_on);
        !self.owed_on(day) && day > self.due && off.is_some_and(|d| d >= since)
    }
}

impl History {
    /// The history of `claim`: the engine's copy with the taken steps only.
    #[cfg_attr(inkasso_size, optimize(size))]
    fn of(claim: &Claim, options: &TimelineOptions<'_>) -> Result<History> {
        let s = whole_statement(claim, options)?;
        let settled_on = settled_on(claim, &s, options)?;
        let charged = s.fee_lines.iter().filter_map(|l| l.step).collect();
        let interruptions =
            crate::limitation::step_interruptions(&crate::limitation::CaseFacts::of(claim), None)?;
        let demanded = |issued: Date, due: Date| {
            interruptions
                .iter()
                .any(|e| s.demand_steps.contains(&e.index) && e.concerns(issued, due))
        };
        let paid = crate::limitation::payments_per_invoice(&s.allocations, claim.invoices.len());
        let credited_on = |number: &str| {
            claim
                .credits
                .iter()
                .filter(|c| c.invoice == number)
                .map(|c| c.date)
                .max()
        };
        let invoices: Vec<NewDebt> = claim
            .invoices
            .iter()
            .zip(&s.invoices)
            .zip(&paid)
            .map(|((i, status), paid)| NewDebt {
                issued: i.issue_date,
                due: status.effective_due_date,
                unpaid: status.capital.is_positive(),
                paid_on: paid.iter().map(|(_, d)| *d).max(),
                credited_on: credited_on(&i.number),
                demanded: demanded(i.issue_date, status.effective_due_date),
            })
            .collect();
        let paid_off = paid_off_by_due_dates(claim, options, &invoices, &paid)?;
        let renew_paid_debt = renewing_paid_debt(&s);
        Ok(History {
            settled_on,
            charged,
            year_starts: s.enforcement_year_starts,
            renew_paid_debt,
            demanded_on: s.demanded_by.map(|(_, date)| date),
            invoices,
            paid_off,
        })
    }
}

/// [`History::renew_paid_debt`]: the steps of statement `s` whose grundavgift, claimed or not,
/// the engine refuses because the debt the further year renews is paid.
fn renewing_paid_debt(s: &Statement) -> Vec<usize> {
    let warned = s
        .warnings
        .iter()
        .filter_map(|w| match (w.subject, &w.facts) {
            (Subject::Step(i), Facts::EnforcedDebtPaid { .. }) => Some(i),
            _ => None,
        });
    let unclaimed = s
        .unclaimed_without_debt
        .iter()
        .filter(|(_, reason)| *reason == crate::fees::NoFeeReason::EnforcedDebtPaid)
        .map(|&(i, _)| i);
    warned.chain(unclaimed).collect()
}

/// [`History::paid_off`]: for each invoice of `claim` (`invoices`, its [`NewDebt`]s) with no
/// capital unpaid on its effective due date (that day's payments and credit notes counted)
/// and paid by payments on or before it all made for it ([`crate::claim::Payment::invoice`];
/// `paid`: the payments allocated to each invoice,
/// [`crate::limitation::payments_per_invoice`]), the day of the last payment or credit note
/// of it on which its capital reached zero: it never fell due unpaid. A credit note after
/// that day (owed back) changes nothing (a campaign and a review found one moving the day, or
/// taking it past the due date).
#[cfg_attr(inkasso_size, optimize(size))]
fn paid_off_by_due_dates(
    claim: &Claim,
    options: &TimelineOptions<'_>,
    invoices: &[NewDebt],
    paid: &[Vec<(usize, Date)>],
) -> Result<Vec<Option<Date>>> {
    let mut out = vec![None; invoices.len()];
    // Paid by payments made for it alone: a payment in the usual order pays the fees of the
    // steps the timeline projects before it first (the further years of a verkställighet, say),
    // so whether it would still pay the invoice off is the projection's to judge (a test found
    // such an invoice read as paid off although the projected fees left it owed). A payment
    // made for an invoice pays no projected fee: none dated before its due date is about it.
    let made_for = |i: usize, payment: usize| {
        let number = claim.invoices.get(i).map(|v| v.number.as_str());
        claim
            .payments
            .get(payment)
            .is_some_and(|p| p.invoice.as_deref() == number)
    };
    let candidates: Vec<usize> = (0..invoices.len())
        .filter(|&i| {
            let (Some(debt), Some(payments)) = (invoices.get(i), paid.get(i)) else {
                return false;
            };
            let mut by_due = payments.iter().filter(|&&(_, day)| day <= debt.due);
            !debt.unpaid
                && by_due.clone().next().is_some()
                && by_due.all(|&(payment, _)| made_for(i, payment))
        })
        .collect();
    if candidates.is_empty() {
        return Ok(out);
    }
    let statement_options = history_options(options, calendar::MIN_DATE);
    let mut replay = Replay::of_valid(claim, &statement_options)?;
    for i in candidates {
        let (Some(debt), Some(invoice)) = (invoices.get(i), claim.invoices.get(i)) else {
            continue;
        };
        let unpaid_on = |replay: &mut Replay<'_>, day: Date| -> Result<bool> {
            Ok(replay
                .capital_on(day)?
                .get(i)
                .is_some_and(|c| c.is_positive()))
        };
        // A due date after the last date (moved, or 30 days after a late issue date): judged
        // on that date, after every payment and credit note.
        if unpaid_on(&mut replay, debt.due.min(calendar::MAX_DATE))? {
            continue;
        }
        // The first day of a payment or credit note of it by then whose close leaves none
        // of its capital unpaid.
        let mut days: Vec<Date> = paid
            .get(i)
            .map(|p| p.iter().map(|&(_, day)| day).collect())
            .unwrap_or_default();
        days.extend(
            claim
                .credits
                .iter()
                .filter(|c| c.invoice == invoice.number)
                .map(|c| c.date),
        );
        days.retain(|&d| d <= debt.due);
        crate::sort::sort(&mut days);
        days.dedup();
        for day in days {
            if !unpaid_on(&mut replay, day)? {
                if let Some(slot) = out.get_mut(i) {
                    *slot = Some(day);
                }
                break;
            }
        }
    }
    Ok(out)
}

/// How the history is valued on `as_of`: a summary with the timeline's rates (the last known
/// referensränta assumed after the table), never strict.
fn history_options<'o>(options: &TimelineOptions<'o>, as_of: Date) -> StatementOptions<'o> {
    StatementOptions {
        as_of,
        rates: options.rates,
        strict_rates: false,
        detail: Detail::Summary,
    }
}

/// The statement of `claim` as of its last event (step, payment, credit note or invoice issued): every
/// allocation of every payment.
fn whole_statement(claim: &Claim, options: &TimelineOptions<'_>) -> Result<Statement> {
    let last = claim.last_event();
    statement_of_valid(claim, &history_options(options, last))
}

/// The payment (or credit note) day on which the capital of `claim` reached zero in `s`, its
/// [`whole_statement`], if it did.
#[cfg_attr(inkasso_size, optimize(size))]
fn settled_on(claim: &Claim, s: &Statement, options: &TimelineOptions<'_>) -> Result<Option<Date>> {
    if s.warnings
        .iter()
        .any(|w| w.code == WarningCode::CreditExceedsCapital)
    {
        return settled_on_by_invoice(claim, options);
    }
    // Capital falls with the payments' capital parts and with credit notes (a credit note
    // before a payment of the same day, as the statement applies them).
    let mut reductions: Vec<(Date, u8, Money)> = s
        .allocations
        .iter()
        .map(|a| (a.date, 1, a.capital))
        .chain(claim.credits.iter().map(|c| (c.date, 0, c.amount)))
        .collect();
    crate::sort::sort_by_key(&mut reductions, |r| (r.0, r.1));
    let mut capital = claim.total_capital()?;
    for (date, _, amount) in reductions {
        capital = capital.saturating_sub_to_zero(amount);
        if !capital.is_positive() {
            return Ok(Some(date));
        }
    }
    Ok(None)
}

/// [`settled_on`] when a credit note cancels more than its invoice's capital still unpaid
/// (the excess is owed back, and settles nothing else): the capital of every invoice, replayed
/// to the end of each day with a payment or credit note, until all of it is paid and every
/// invoice issued.
fn settled_on_by_invoice(claim: &Claim, options: &TimelineOptions<'_>) -> Result<Option<Date>> {
    let mut days: Vec<Date> = claim
        .payments
        .iter()
        .map(|p| p.date)
        .chain(claim.credits.iter().map(|c| c.date))
        .collect();
    crate::sort::sort(&mut days);
    days.dedup();
    let last_issue = claim.invoices.iter().map(|i| i.issue_date).max();
    let statement_options = history_options(options, calendar::MIN_DATE);
    let mut replay = Replay::of_valid(claim, &statement_options)?;
    for day in days {
        if last_issue.is_some_and(|l| day < l) {
            continue; // an invoice is still to be issued: owed in full later
        }
        if replay.capital_on(day)?.iter().all(|c| !c.is_positive()) {
            return Ok(Some(day));
        }
    }
    Ok(None)
}

/// When the claim is settled with the steps projected so far in `planned`: the engine's copy
/// of the taken history `engine` with them, as the valuations see it (their fees come before
/// the payments of their day and later, so a projected fee may put off the settlement).
fn settled_with(
    engine: &Claim,
    policy: &Policy,
    planned: &[Planned],
    options: &TimelineOptions<'_>,
) -> Result<Option<Date>> {
    let claim = with_projected(engine, policy, planned);
    let s = whole_statement(&claim, options)?;
    settled_on(&claim, &s, options)
}

/// The engine's copy of the taken history `engine` with the steps projected so far in
/// `planned`, under the policy's fee choices.
#[cfg_attr(inkasso_size, optimize(size))]
fn with_projected(engine: &Claim, policy: &Policy, planned: &[Planned]) -> Claim {
    let mut claim = engine.clone();
    claim.steps.extend(
        planned
            .iter()
            .filter(|p| p.status == EntryStatus::Projected)
            .filter_map(|p| p.fact)
            .map(|step| engine_step(policy, step)),
    );
    claim
}

/// Projects the policy's stages after the latest lawful taken one, never unlawfully: no
/// reminder or inkassokrav before every invoice is overdue, no inkassokrav term under the
/// minimum, no betalningsföreläggande before a lawful inkassokrav's deadline has passed,
/// nothing after the claim is settled or time-barred, every send on a bank day; and while
/// verkställighet lasts, a further year of it up to the horizon.
struct Projector<'a> {
    claim: &'a Claim,
    /// The engine's copy of the claim with the taken steps (the policy's fee choices applied).
    engine: &'a Claim,
    /// What the credit notes of its invoices cancel by a date ([`Claim::credited`]).
    engine_credits: crate::claim::InvoiceCredits,
    policy: &'a Policy,
    options: &'a TimelineOptions<'a>,
    /// The claim's due date: the latest effective due date of its invoices.
    due: Date,
    today: Option<Date>,
    horizon: Option<Date>,
    history: &'a History,
    /// The last capital worked out by [`Projector::capital_at`].
    capital_memo: core::cell::RefCell<Option<CapitalMemo>>,
}

/// Each invoice's capital unpaid at the end of `day`, from the statement of a claim with the
/// engine's invoices, payments and credit notes and the steps `steps` through `day`. It holds
/// for a later day of a claim with the same steps through `day` when no invoice is issued and
/// no payment falls after `day` and by the later day, less the credit notes between: capital
/// changes only by them (a later step's fee takes only from a later payment; an invoice issued
/// later is no capital of the statement before its issue day; a credit note takes from its
/// invoice's capital down to zero, the rest owed back). The further years of a verkställighet ask for it year
/// after year (a red-team review: one statement each, 1.6 s for a timeline to 2060).
struct CapitalMemo {
    day: Date,
    steps: Vec<Step>,
    capital: Vec<Money>,
}

impl CapitalMemo {
    /// Whether it holds for `claim` (the engine's copy, with steps added) at the end of `day`.
    fn holds(&self, claim: &Claim, day: Date) -> bool {
        let moved = |date: Date| date > self.day && date <= day;
        self.day <= day
            && !claim.invoices.iter().any(|i| moved(i.issue_date))
            && !claim.payments.iter().any(|p| moved(p.date))
            && claim
                .steps
                .iter()
                .filter(|s| s.date <= self.day)
                .eq(self.steps.iter())
    }

    /// The capital at the end of `day`, where it [`holds`](CapitalMemo::holds): the credit
    /// notes after its day and by `day` (`credits`, the engine's) taken off.
    fn capital_on(&self, credits: &crate::claim::InvoiceCredits, day: Date) -> Result<Vec<Money>> {
        let mut capital = self.capital.clone();
        for (i, unpaid) in capital.iter_mut().enumerate() {
            let between = credits
                .credited(i, day)?
                .checked_sub(credits.credited(i, self.day)?)?;
            if between.is_positive() {
                *unpaid = unpaid.checked_sub(between)?.max(Money::ZERO);
            }
        }
        Ok(capital)
    }
}

/// The stage the projection resumes from.
#[derive(Debug, Clone)]
struct Reached {
    /// Each claim's year before a taken further year that started it again more than a year
    /// after that year's anniversary, with that further year's day: the anniversaries missed
    /// between them are projected ([`Projector::missed_years`]).
    year_gaps: Vec<(Date, Date)>,
    rank: u8,
    /// The last deadline (or date, for a step without one).
    anchor: Date,
    /// A lawful inkassokrav's deadline, once one is reached.
    demand_deadline: Option<Date>,
    /// The day that inkassokrav was sent.
    demand_sent: Option<Date>,
    /// The day of the latest lawful final notice (inkassokrav sista påminnelse) that reached
    /// its stage, taken or projected: one sent after a lawful inkassokrav (under a policy
    /// without one, after the reminders). One sent before any inkassokrav is not the policy's
    /// final notice, which follows the inkassokrav: it reaches the reminders' stage only.
    final_notice_sent: Option<Date>,
    /// The day of the inkassokrav ([`Reached::demand_sent`]) that final notice followed.
    final_notice_demand: Option<Date>,

    /// A lawful betalningsföreläggande's date.
    payment_order: Option<Date>,
    /// The verkställighet the year of the last grundavgift runs from (fees.rs charges none
    /// for one applied for again within it).
    enforcement: Option<Date>,
    /// The latest verkställighet that charged a grundavgift: taken, as the engine charged it
    /// (not one recorded with `fee: false`), or projected with its fee. One applied for
    /// within a year of it charges none (fees.rs).
    charged_enforcement: Option<Date>,
    /// The first verkställighet's date (efterbevakning follows it).
    first_enforcement: Option<Date>,
    /// The latest verkställighet that counts: the invoices overdue that day are the debt it
    /// enforces.
    enforced_on: Option<Date>,
    /// A taken verkställighet that counts covered every invoice on its day, and no recorded
    /// inkassokrav left one out: it rests on a title for the whole claim (a dom or an utslag
    /// the history may not record), so no inkassokrav is projected, and a dispute after it
    /// disputes nothing. One that did not reopens the road for the invoices it left out
    /// ([`Reached::reopen`]).
    titled: bool,
    /// A verkställighet that counts left invoices without a title ([`Reached::reopen`]), and no
    /// betalningsföreläggande or judgment is recorded since: a verkställighet recorded now
    /// can only be a further year of the one under way (the invoices left out have no title
    /// to enforce), not an application for them.
    awaiting_title: bool,
    /// Lawful reminders taken.
    reminders: u8,
    /// The latest taken dispute, unless a judgment followed it.
    disputed: bool,
    /// The latest taken dispute's date.
    dispute: Option<Date>,
    /// That dispute was recorded after a title, about the invoices it left out: only a
    /// judgment decides it (a verkställighet after it rests on the earlier title).
    dispute_after_title: bool,
    /// The court case under way: a taken court action's date (after the dispute, or that of the
    /// pending case a dispute contests), or a projected one whose dispute was paid before its
    /// judgment (its case then goes on as one not disputed).
    court_action: Option<Date>,
    /// A taken court action (stämningsansökan) with no dispute standing, the claim's first
    /// case or that of the invoices a title left out (brought on their road:
    /// [`Reached::awaiting_title`], [`Reached::left_out_case`]), not yet decided by a taken judgment or a verkställighet
    /// (which rests on a title): the case is before the
    /// tingsrätt (litispendens, rättegångsbalken 13 kap. 6 §), so the same debt is neither
    /// demanded again nor sent to Kronofogden; its judgment is projected (the policy's court
    /// path), then verkställighet. Recorded in the history, it is what the statement's
    /// `COURT_CASE_PENDING` reads.
    pending_case: Option<Date>,
    /// A case before the court ([`Reached::pending_case`], filed on this day) that holds no road
    /// only because an invoice not in it is owed (one road at a time): once that invoice is
    /// paid, the case holds the road again ([`Projector::case_resumes`]).
    dropped_case: Option<Date>,
    /// That case held the road again after steps projected since it was dropped, the latest
    /// on this day ([`Projector::case_resumes`]): its judgment comes after it, as it does once
    /// those steps are recorded (nothing is projected on or before a recorded step's day,
    /// [`projection_floor`]).
    resumed_after: Option<Date>,
    /// The day a taken amorteringsplan ended ([`Step::ended`]): no legal action is projected
    /// before it (`check` flags one during the plan, `LEGAL_ACTION_DURING_PLAN`).
    plan_ended: Option<Date>,
    /// A taken judgment's date: verkställighet rests on it.
    judgment: Option<Date>,
    /// The day the case a taken judgment decided was brought (its betalningsföreläggande or
    /// stämningsansökan, else the judgment's day): the judgment is a title for the invoices
    /// overdue then, not for one issued or falling due later.
    judgment_origin: Option<Date>,
    /// A taken judgment left out invoices still owed on its day (not overdue when its case was
    /// brought, or issued later): they have no title, and once verkställighet on the judgment
    /// is projected, their road goes on from the inkassokrav ([`Reached::reopen`]).
    judgment_left_out: bool,
    /// A taken dispute after a judgment that left invoices out, about them
    /// ([`Claim::dispute_standing`]): their road, once reopened ([`Reached::reopen`]), goes to
    /// court; with a taken court action of theirs after it.
    left_out_dispute: Option<(Date, Option<Date>)>,
    /// A taken court action (stämningsansökan) after a judgment that left invoices out, with
    /// no dispute standing and no betalningsföreläggande or judgment since: the case of those
    /// invoices, before the court once their road is reopened ([`Reached::pending_case`]).
    left_out_case: Option<Date>,
    /// A verkställighet (taken or projected), or a judgment whose own debt is paid, reopened
    /// the road ([`Reached::reopen`]) for the invoices not overdue on this day (those its title
    /// does not cover), and no taken judgment or verkställighet came since: the road goes on
    /// only while one of them is owed ([`Projector::left_out_settled`]).
    reopened_since: Option<Date>,
}

/// Whether a dispute of day `date`, standing on a judgment's day, is withdrawn later
/// ([`Step::withdrawn`], on a dispute of its day): it holds no road of the invoices the
/// judgment left out, which goes on from the withdrawal (the taken dispute's entry put the
/// road's next step on that day at the earliest). Before, the road reopened by the
/// verkställighet on the judgment stayed disputed to the projection's end, and went on once
/// that verkställighet was recorded (a property campaign, seed 14180).
fn withdrawn_later(claim: &Claim, date: Date) -> bool {
    claim
        .steps
        .iter()
        .any(|s| s.is_dispute() && s.date == date && s.withdrawn.is_some())
}

impl Reached {
    /// A verkställighet on `date` that counts; `starts_year`: the year of a grundavgift runs
    /// from it.
    fn enforce(&mut self, date: Date, starts_year: bool) {
        if starts_year {
            self.enforcement = Some(date);
        }
        self.enforced_on = Some(date);
        self.first_enforcement.get_or_insert(date);
    }

    /// A verkställighet that counts left out invoices (not yet overdue on its day, or left out
    /// by a recorded partial inkassokrav and still owed), and no judgment is recorded: no title
    /// covers them, so the road goes on for them as the first round went, from the inkassokrav
    /// (sent again) to a betalningsföreläggande and a verkställighet of their own. The
    /// inkassokrav is the stage reached, as after a partial one (no reminder), and the first
    /// round's inkassokrav and betalningsföreläggande are spent.
    ///
    /// `since`: the day the title's case was brought ([`Reached::reopened_since`]). A lawful
    /// inkassokrav sent after it covered every invoice owed on its day, those the title left
    /// out included: it stands for their road, which goes on after its deadline (a
    /// cross-export review found one `letter` issued after a judgment sent again once the
    /// verkställighet on it was projected). So does a lawful final notice sent after that
    /// inkassokrav: the road goes on from it (stop 55's Known limit: one recorded after a
    /// judgment was sent again once the verkställighet on the judgment was projected, not when
    /// it was recorded).
    fn reopen(&mut self, since: Option<Date>) {
        let demand_kept = self
            .demand_sent
            .zip(since)
            .is_some_and(|(sent, s)| sent > s);
        if !demand_kept {
            self.demand_deadline = None;
            self.demand_sent = None;
        }
        // An inkassokrav of the road: sent after the title's case was brought.
        let of_the_road = |demand: Option<Date>| demand.zip(since).is_some_and(|(d, s)| d > s);
        // A final notice that followed one (an inkassokrav sent again after it does not undo
        // it, as on the first round's road: a diff review).
        if !of_the_road(self.final_notice_demand) {
            self.final_notice_sent = None;
            self.final_notice_demand = None;
        }
        // A betalningsföreläggande applied for before the verkställighet that reopens the road
        // is spent: a verkställighet after it rests on the judgment by the engine's reading
        // ([`crate::limitation::enforced_utslag`]), so one kept would have its verkställighet
        // projected again once that was recorded (property campaigns, seeds 10200 and 10300).
        // It is applied for again (a Known limit).
        self.payment_order = None;
        let stage = if self.final_notice_sent.is_some() {
            EntryKind::FinalNotice
        } else {
            EntryKind::CollectionDemand
        };
        if let Some(rank) = stage.rank() {
            self.rank = rank;
        }
        // The invoices left out are not under the judgment either: their title is to come, on
        // a road of their own (disputed, and perhaps before the tingsrätt, when a dispute of
        // theirs was taken after the judgment).
        self.judgment = None;
        match self.left_out_dispute.take() {
            Some((date, filed)) => {
                self.disputed = true;
                self.dispute = Some(date);
                self.dispute_after_title = true;
                self.court_action = filed;
            }
            // A dispute of theirs taken after an earlier title stands: a verkställighet does
            // not decide it.
            None if self.disputed && self.dispute_after_title => {}
            None => {
                self.disputed = false;
                self.dispute = None;
                self.dispute_after_title = false;
                self.court_action = None;
            }
        }
        self.judgment_origin = None;
        self.judgment_left_out = false;
        self.reopened_since = since;
        // Their own case, brought after the judgment, is before the court (disputed, the
        // dispute's road goes to it, [`Reached::left_out_dispute`]).
        self.dropped_case = None;
        self.pending_case = self.left_out_case.take().filter(|_| !self.disputed);
        if self.pending_case.is_some() {
            self.court_action = self.pending_case;
        }
        self.awaiting_title = true;
    }

    /// The judgment's own debt paid while invoices it left out are owed
    /// ([`Projector::judgment_debt_paid`]): no verkställighet on it, and the road of those it
    /// left out goes on from the judgment ([`Reached::reopen`], no verkställighet being under
    /// way for them).
    fn reopen_after_judgment_paid(&mut self) {
        if let Some(judgment) = self.judgment {
            let awaiting_title = self.awaiting_title;
            let origin = self.judgment_origin;
            self.reopen(origin);
            self.awaiting_title = awaiting_title;
            self.anchor = self.anchor.max(judgment);
        }
    }

    /// A further year of the verkställighet under way, recorded as a step while the invoices
    /// it left out await a title of their own: its grundavgift starts a year
    /// (`starts_year`), and nothing else changes (the debt enforced, the stage reached and
    /// the road of the invoices left out stay as they were).
    fn further_year(&mut self, date: Date, starts_year: bool) {
        if starts_year {
            self.enforcement = Some(date);
        }
    }
}

/// When the claim is settled with the steps projected so far ([`Plan::settlement`]). A trait
/// object of one method, as [`Barred`]: a `dyn Fn`'s table also holds the closure's
/// `call_mut` and `call_once`, two more copies of its code in the module (issue 15, size).
trait Settlement {
    fn settled(&self, planned: &[Planned]) -> Result<Option<Date>>;
}

impl<F: Fn(&[Planned]) -> Result<Option<Date>>> Settlement for F {
    #[cfg_attr(inkasso_size, optimize(size))]
    fn settled(&self, planned: &[Planned]) -> Result<Option<Date>> {
        self(planned)
    }
}

/// Whether a step would demand an invoice time-barred and unpaid ([`Plan::barred`]).
trait Barred {
    fn barred(&self, planned: &[Planned], step: Step) -> Result<bool>;
}

impl<F: Fn(&[Planned], Step) -> Result<bool>> Barred for F {
    #[cfg_attr(inkasso_size, optimize(size))]
    fn barred(&self, planned: &[Planned], step: Step) -> Result<bool> {
        self(planned, step)
    }
}

/// The warnings a letter projected on a day carries ([`Projector::late_receipts`]). A trait
/// object of one method, as [`Barred`].
trait LateReceipts {
    fn late_receipts(&self, planned: &[Planned], date: Date) -> Result<Vec<Warning>>;
}

impl<F: Fn(&[Planned], Date) -> Result<Vec<Warning>>> LateReceipts for F {
    #[cfg_attr(inkasso_size, optimize(size))]
    fn late_receipts(&self, planned: &[Planned], date: Date) -> Result<Vec<Warning>> {
        self(planned, date)
    }
}

/// Which invoices have capital unpaid at the start of a day with the steps projected so far
/// ([`crate::compliance::unpaid_at_start`] of the claim with them). A trait object of one
/// method, as [`Barred`].
trait UnpaidAtStart {
    fn unpaid_at_start(&self, planned: &[Planned], date: Date) -> Result<Vec<bool>>;
}

impl<F: Fn(&[Planned], Date) -> Result<Vec<bool>>> UnpaidAtStart for F {
    #[cfg_attr(inkasso_size, optimize(size))]
    fn unpaid_at_start(&self, planned: &[Planned], date: Date) -> Result<Vec<bool>> {
        self(planned, date)
    }
}

/// Projected entries under construction, and what stops them.
struct Plan<'p> {
    planned: &'p mut Vec<Planned>,
    /// When the claim is settled with the steps projected so far in `planned`.
    settlement: &'p dyn Settlement,
    /// `settled_on` is only a lower bound: a step was projected before it since it was valued.
    settled_stale: bool,
    /// The latest taken step's date.
    history_end: Option<Date>,
    /// The history records a step on or after the day its own payments settled the claim: it
    /// has run its course (what it records from that day on is judged on that settlement),
    /// and nothing but a further year of a taken verkställighet is projected ([`Plan::stops`]).
    closed: bool,
    /// Taken steps that do not count, by kind.
    invalid: Vec<Superseded>,
    /// Whether the step would demand an invoice time-barred and unpaid on its day, with the
    /// steps projected so far and the step itself (its fee is charged before the day's
    /// payments).
    barred: &'p dyn Barred,
    /// `LIMITATION_BEFORE_RECEIPT` for a letter projected on a day, with the steps projected
    /// before it.
    late_receipts: &'p dyn LateReceipts,
    /// What is unpaid at the start of a day with the steps projected so far, asked only where
    /// the history cannot tell ([`Plan::owed_for_fees`]).
    unpaid_at_start: &'p dyn UnpaidAtStart,
    /// The day the claim is settled (its capital all paid), on the figures of the valuations.
    settled_on: Option<Date>,
    reminder_fee_agreed: bool,
    /// Reminders sent so far (taken and projected): a later one claims no fee once one earned it
    /// (`reminder_fee_on`).
    reminders: u8,
    /// The day a taken step took the claim past reminders ([`History::demanded_on`]): a
    /// reminder of a later day claims no fee.
    demanded_on: Option<Date>,
    /// The invoices as a reminder or inkassokrav sent again asks of them ([`NewDebt`]).
    invoices: Vec<NewDebt>,
    /// The day of the last reminder (taken and charged, or projected claiming it) with a
    /// fee: a later one claims its own only for an invoice issued since.
    reminder_fee_on: Option<Date>,
    /// The step left out because it would reach past [`calendar::MAX_DATE`], if one was.
    ends: Option<Warning>,
    /// The taken further years recorded late that the projection reads as a year's
    /// grundavgift ([`Projector::late_further_year`]): the claim's year runs from them.
    late_years: Vec<Date>,
}

impl Plan<'_> {
    /// Whether the projection stops before `step` (as it would be projected, [`Plan::fact`])
    /// that reaches `reach` (its date, or an amorteringsplan's last instalment): the claim is
    /// settled or time-barred by then, or `reach` is after [`calendar::MAX_DATE`] (then the
    /// timeline says so, [`Facts::ProjectionEnds`]).
    ///
    /// A history that records a step on or after the day its payments settled the claim
    /// (`closed`) stops every step but a `further_year` of a taken verkställighet: the claim was
    /// paid, and a betalningsföreläggande or verkställighet it records after that does not count
    /// and is not replaced (there is no lawful one to take on a paid claim). A step projected
    /// before that day, in place of the history, would have its fee paid first by the
    /// settling payments: it would leave unpaid the claim whose settlement the taken steps
    /// are judged on (charging the taken verkställighet that it was projected in place of, and
    /// reopening the further years). The timeline is then the one of any later `today`, and
    /// agrees with [`crate::compliance::check`] (`KRONOFOGDEN_WITHOUT_DEBT`). A verkställighet
    /// of a judgment's unpaid litigation costs (`enforces_costs`,
    /// [`AdjustReason::EnforcesJudgmentCosts`]) is stopped by neither: the judgment is a title
    /// for them whatever the capital.
    #[cfg_attr(inkasso_size, optimize(size))]
    fn stops(
        &mut self,
        step: Step,
        reach: Date,
        further_year: bool,
        enforces_costs: bool,
    ) -> Result<bool> {
        let (kind, date) = (step.kind, step.date);
        if self.closed && !further_year && !enforces_costs {
            return Ok(true); // the history settled the claim: nothing in its place
        }
        // A verkställighet of a judgment's unpaid litigation costs goes on once the capital is
        // paid (the caller judged the costs unpaid).
        if !enforces_costs && self.settled_by(date)? {
            return Ok(true); // settled: nothing more to project
        }
        if self.barred.barred(self.planned, step)? {
            // Time-barred: it may not be demanded. Said, so that a claim about to become
            // time-barred (its last day a weekend, the next step after it) is not shown with
            // nothing ahead and no word why (a legal review).
            if self.ends.is_none() {
                let facts = Facts::ProjectionBarred { kind, date };
                self.ends = Some(Warning::new(Subject::Claim, facts));
            }
            return Ok(true);
        }
        if reach > calendar::MAX_DATE {
            let facts = Facts::ProjectionEnds {
                kind,
                date,
                until: reach,
            };
            self.ends = Some(Warning::new(Subject::Claim, facts));
            return Ok(true);
        }
        Ok(false)
    }

    /// The road stops at a standing dispute or a case before the court, and the policy has no
    /// court path ([`Facts::ProjectionAwaitsCourt`]): the timeline says so, unless it ends for
    /// another reason already.
    fn awaits_court(&mut self, reached: &Reached) {
        if self.ends.is_none() {
            let facts = Facts::ProjectionAwaitsCourt {
                disputed: reached.dispute.filter(|_| reached.disputed),
                filed: reached.pending_case.or(reached.court_action),
            };
            self.ends = Some(Warning::new(Subject::Claim, facts));
        }
    }

    /// The step of `kind` on `date` as it would be projected (without its term): no fee for a
    /// reminder not agreed, after the first or after the claim went past reminders, nor for a
    /// step sent again after a partial one that was charged (its fee came with that one), each
    /// unless it is about an invoice issued since, overdue and unpaid ([`NewDebt`]). A further
    /// year of verkställighet replaces nothing.
    fn fact(&self, kind: StepKind, date: Date, further_year: bool) -> Result<Step> {
        let mut fact = Step::new(kind, date);
        fact.further_year = further_year && kind == StepKind::Enforcement;
        // Which invoices are owed on the day, worked out only when a fee turns on them (a
        // review: a further year or a betalningsföreläggande never asks).
        let mut owed: Option<Vec<bool>> = None;
        let mut owed_where = |pick: &dyn Fn(&NewDebt) -> bool| -> Result<bool> {
            let owed = match &mut owed {
                Some(owed) => owed,
                None => owed.insert(self.owed_for_fees(date)?),
            };
            let mut owing = self.invoices.iter().zip(owed.iter());
            Ok(owing.any(|(i, &owed)| owed && pick(i)))
        };
        // Sent again after a partial one of its kind that was charged: its fee came with that
        // one, unless it is about an invoice issued since.
        let charged_partial = self
            .invalid
            .iter()
            .find(|s| s.kind == kind)
            .filter(|s| !further_year && s.partial_due.is_some())
            .and_then(|s| s.charged_on);
        let repeats_charged = match charged_partial {
            Some(on) => !owed_where(&|i| i.issued > on)?,
            None => false,
        };
        // A later reminder claims none, unless it reminds of an invoice issued after the one
        // whose fee was charged (no earlier reminder could remind of it), or no earlier one
        // was charged its fee (recorded `fee: false`, or sent before anything was overdue):
        // the claim's one påminnelseavgift is still unused, as the statement and `letter`
        // charge it (a diff review: the timeline projected it without, its record said
        // `fee: false`, and `letter` charged it). Nor one after the claim went past
        // reminders, unless it is about an invoice never demanded.
        let no_reminder_fee = kind == StepKind::Reminder
            && (!self.reminder_fee_agreed
                || match self.reminder_fee_on.filter(|_| self.reminders > 0) {
                    Some(on) => !owed_where(&|i| i.issued > on)?,
                    None => false,
                }
                || match self.demanded_on.filter(|d| *d < date) {
                    Some(_) => !owed_where(&|i| !i.demanded)?,
                    None => false,
                });
        if repeats_charged || no_reminder_fee {
            fact.fee = Some(false);
        }
        Ok(fact)
    }

    /// Which invoices are overdue and unpaid on `date` as a step sent again asks of them
    /// ([`NewDebt::owed_on`]): as the history tells, and, where a step projected before
    /// `date` comes before the payment or credit note that paid an overdue invoice off in the
    /// history, as the accounts with the steps projected so far find it at the start of the
    /// day (a property campaign, seeds 11013 and 12020: a further year of verkställighet
    /// projected before a recorded payment took part of it, the invoice was still owed, and
    /// the inkassokrav sent again for it claimed no fee while the statement charged it).
    fn owed_for_fees(&self, date: Date) -> Result<Vec<bool>> {
        let mut owed: Vec<bool> = self.invoices.iter().map(|i| i.owed_on(date)).collect();
        let first_projected = self
            .planned
            .iter()
            .filter(|p| p.status == EntryStatus::Projected && p.date < date)
            .map(|p| p.date)
            .min();
        let Some(first) = first_projected else {
            return Ok(owed);
        };
        if !self.invoices.iter().any(|i| i.paid_off_after(first, date)) {
            return Ok(owed);
        }
        let unpaid = self.unpaid_at_start.unpaid_at_start(self.planned, date)?;
        for ((o, i), unpaid) in owed.iter_mut().zip(&self.invoices).zip(unpaid) {
            *o = *o || (unpaid && date > i.due);
        }
        Ok(owed)
    }

    /// Whether the claim is settled on or before `date` with the steps projected so far.
    /// `settled_on` is exact, or a lower bound once a projected step dated before it was added
    /// (a fee only puts the settlement off: the payments pay it first): the claim is valued
    /// again only when `date` reaches that bound, so a projection is valued at most a few times
    /// (usually never: only payments recorded after a projected step can put it off).
    fn settled_by(&mut self, date: Date) -> Result<bool> {
        if self.settled_on.is_some_and(|s| s <= date) && self.settled_stale {
            self.settled_on = self.settlement.settled(self.planned)?;
            self.settled_stale = false;
        }
        Ok(self.settled_on.is_some_and(|s| s <= date))
    }

    /// A history `closed` by its settlement (by further years recorded after it only,
    /// [`Projector::only_further_years_since_settled`]) is open again when the further years of its
    /// verkställighet projected before the settling payments (years the history does not
    /// record) leave the claim owed: their fees are paid first, so the claim was never
    /// settled, and the road goes on for what is owed, as once those years are recorded.
    /// Before, the timeline projected the years and nothing after them, and the debt they left
    /// unpaid went on to be time-barred, while the same history with the first of them
    /// recorded went on to an inkassokrav (a property campaign's stability check, seed 2055).
    ///
    /// `settled`: the day the history's payments settled the claim ([`History::settled_on`]),
    /// not the plan's [`Plan::settled_on`], which a further year projected before it may
    /// already have valued again, as unsettled, while the history stayed closed (the stability
    /// check with efterbevakning, seed 1688: none was projected until the first missed year
    /// was recorded).
    fn reopen_if_owed(&mut self, settled: Option<Date>) -> Result<()> {
        let (true, Some(settled), Some(end)) = (self.closed, settled, self.history_end) else {
            return Ok(());
        };
        let before_settlement = self
            .planned
            .iter()
            .any(|p| is_further_year(p) && p.date < settled);
        if !before_settlement {
            return Ok(());
        }
        self.settled_on = self.settlement.settled(self.planned)?;
        self.settled_stale = false;
        self.closed = self.settled_on.is_some_and(|s| end >= s);
        Ok(())
    }

    /// Drops the further years of verkställighet projected after `date` (a grundavgift charged
    /// on it starts the year again), and values the settlement again without them.
    fn drop_further_years_after(&mut self, date: Date) -> Result<()> {
        let before = self.planned.len();
        self.planned
            .retain(|p| !(is_further_year(p) && p.date > date));
        self.late_years.retain(|&d| d <= date);
        if self.planned.len() != before {
            self.settled_on = self.settlement.settled(self.planned)?;
            self.settled_stale = false;
        }
        Ok(())
    }

    /// Adds a projected step, unless the claim is settled or time-barred by then; its
    /// deadline (or date) when added.
    #[cfg_attr(inkasso_size, optimize(size))]
    fn push(
        &mut self,
        kind: EntryKind,
        date: Date,
        term: Option<LetterTerm>,
        mut notes: Vec<Warning>,
    ) -> Result<Option<Date>> {
        let step_kind = kind.step_kind().unwrap_or(StepKind::Enforcement);
        // A further year of verkställighet replaces nothing: it is the one under way, a year on.
        let further_year = notes.iter().any(|n| {
            matches!(
                n.facts,
                Facts::ProjectionAdjusted {
                    reason: AdjustReason::FurtherEnforcementYear { .. }
                }
            )
        });
        // A verkställighet of a judgment's unpaid litigation costs: the claim's capital may be
        // paid (the history settled), the costs are not.
        let enforces_costs = notes.iter().any(|n| {
            matches!(
                n.facts,
                Facts::ProjectionAdjusted {
                    reason: AdjustReason::EnforcesJudgmentCosts { .. }
                }
            )
        });
        let mut fact = self.fact(step_kind, date, further_year)?;
        if step_kind == StepKind::Reminder && fact.claims_fee() {
            self.reminder_fee_on = Some(date);
        }
        if self.stops(fact, date, further_year, enforces_costs)? {
            return Ok(None);
        }
        // A letter interrupts limitation on receipt: one that may reach the debtor too late
        // says so, as `letter` warns of it and `check` finds it once recorded (a legal review).
        if matches!(
            step_kind,
            StepKind::Reminder | StepKind::CollectionDemand | StepKind::FinalNotice
        ) {
            notes.extend(self.late_receipts.late_receipts(self.planned, date)?);
        }
        // The first projected step of a kind replaces (or repeats) the taken one; the note is
        // said once.
        let superseded = match self.invalid.iter().position(|s| s.kind == step_kind) {
            Some(i) if !further_year => Some(self.invalid.remove(i)),
            _ => None,
        };
        if let Some(s) = superseded {
            let (kind, date) = (s.kind, s.date);
            notes.push(note(match s.partial_due {
                Some(due) => AdjustReason::RepeatsPartialStep { kind, date, due },
                None => AdjustReason::ReplacesUnlawfulStep { kind, date },
            }));
        }
        let mut term_days = term.map(|t| t.days);
        let (deadline, moved_from) = match term {
            Some(LetterTerm { days, demand: true }) => {
                let d = demand_deadline_noted(date, days, &mut notes)?;
                if d.extended {
                    // The letter gives the longer term.
                    term_days = u32::try_from(calendar::days_between(date, d.deadline)).ok();
                }
                (Some(d.deadline), d.moved_from)
            }
            Some(LetterTerm { days, .. }) => deadline_after(date, days)?,
            None => (None, None),
        };
        fact.payment_term_days = term_days;
        if step_kind == StepKind::Reminder {
            self.reminders = self.reminders.saturating_add(1);
        }
        self.planned.push(Planned {
            kind,
            status: EntryStatus::Projected,
            step: None,
            date,
            deadline,
            lawful_deadline: None,
            moved_from,
            copy_index: None,
            fact: Some(fact),
            notes,
        });
        // A fee dated before the settling payment takes a part of it: the claim may be
        // settled later, or not at all. Not a step projected in place of the taken history
        // (dated before its latest step): whether a taken betalningsföreläggande or
        // verkställighet counts rests on the history's settlement, which it may not reopen.
        // A further year's fee counts whatever its date.
        let after_history = further_year || self.history_end.is_none_or(|h| date >= h);
        if after_history && self.settled_on.is_some_and(|s| date < s) {
            self.settled_stale = true;
        }
        Ok(Some(deadline.unwrap_or(date)))
    }
}

/// What a recorded amorteringsplan that is the claim's latest step means for the projection
/// ([`Projector::recorded_plan`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RecordedPlan {
    /// None is, or it does not cover every invoice still owed: the projection goes on.
    None,
    /// The debtor pays by it: nothing is projected.
    Pays,
    /// The debtor pays by it while a verkställighet that counts lasts: only its yearly
    /// grundavgift (and the policy's efterbevakning) is projected, until the debt enforced is
    /// paid by the payments recorded (the instalments are not assumed paid).
    PaysUnderEnforcement,
}

impl Projector<'_> {
    /// Projects the stages into `planned`; the warning that the projection ends at
    /// [`calendar::MAX_DATE`], when it does.
    #[cfg_attr(inkasso_size, optimize(size))]
    fn project(&self, planned: &mut Vec<Planned>) -> Result<Option<Warning>> {
        let recorded_plan = self.recorded_plan()?;
        if recorded_plan == RecordedPlan::Pays {
            return Ok(None);
        }
        let (reached, invalid, short_terms) = self.lawful_history(planned)?;
        // A taken inkassokrav whose own term ends before the lawful deadline the road waits
        // for says so (a docs review found the entry showing only the short deadline).
        for (step, kind, lawful) in short_terms {
            let taken = planned
                .iter_mut()
                .find(|p| p.status == EntryStatus::Taken && p.step == Some(step));
            if let Some(p) = taken {
                p.notes
                    .push(note(AdjustReason::ShortTermGiven { kind, lawful }));
            }
        }
        let settlement =
            |planned: &[Planned]| settled_with(self.engine, self.policy, planned, self.options);
        let barred = |planned: &[Planned], step: Step| self.barred_on(planned, step);
        let late_receipts = |planned: &[Planned], date: Date| self.late_receipts(planned, date);
        let unpaid_at_start = |planned: &[Planned], date: Date| {
            let claim = with_projected(self.engine, self.policy, planned);
            crate::compliance::unpaid_at_start(
                &claim,
                date.min(calendar::MAX_DATE),
                self.options.rates,
            )
        };
        let history_end = self.claim.steps.iter().map(|s| s.date).max();
        let closed = self
            .history
            .settled_on
            .zip(history_end)
            .is_some_and(|(settled, end)| end >= settled);
        let mut plan = Plan {
            planned,
            settlement: &settlement,
            settled_stale: false,
            history_end,
            closed,
            invalid,
            barred: &barred,
            late_receipts: &late_receipts,
            unpaid_at_start: &unpaid_at_start,
            settled_on: self.history.settled_on,
            reminder_fee_agreed: self.claim.reminder_fee_agreed,
            reminders: reached.reminders,
            demanded_on: self.history.demanded_on,
            invoices: self.history.invoices.clone(),
            reminder_fee_on: self
                .claim
                .steps
                .iter()
                .enumerate()
                .filter(|(i, s)| s.kind == StepKind::Reminder && self.history.charged.contains(i))
                .map(|(_, s)| s.date)
                .max(),
            ends: None,
            late_years: Vec::new(),
        };
        if recorded_plan == RecordedPlan::PaysUnderEnforcement {
            // The debtor pays by the plan; the verkställighet's yearly grundavgift is still owed
            // while it lasts (nothing else is projected: the plan covers every invoice).
            self.enforcement_years(&mut plan, &reached)?;
        } else {
            self.stages(&mut plan, reached.clone())?;
            self.costs_enforcement(&mut plan, &reached)?;
        }
        Ok(plan.ends)
    }

    fn stages(&self, plan: &mut Plan<'_>, mut reached: Reached) -> Result<()> {
        self.judge_pending_case(plan.planned, &mut reached)?;
        if reached.enforcement.is_some() {
            // A taken verkställighet under way: its years first, whatever stops the escalation
            // after it (the road of an invoice its title does not cover, from the inkassokrav
            // sent again to its own verkställighet, may come after the claim is settled or
            // time-barred, or past the last date), and the escalation judged with their fees
            // (paid first, they may leave the claim unpaid).
            self.enforcement_years(plan, &reached)?;
            if self.only_further_years_since_settled() {
                plan.reopen_if_owed(self.history.settled_on)?;
            }
            let charged_before = reached.charged_enforcement;
            // Once the invoices of a reopened road are paid, nothing but the verkställighet's
            // years (a diff review found a betalningsföreläggande and a verkställighet
            // projected for an invoice left out and paid since).
            let first_day = self.first_day(&reached);
            if !self.left_out_settled(plan.planned, &reached, first_day)? {
                self.escalate(plan, &mut reached)?;
                self.road_left_out_by_judgment(plan, &mut reached)?;
            }
            // A verkställighet projected for the invoices the taken one left out that charged a
            // grundavgift starts the year: the further years projected from the older one after
            // it would charge none (fees.rs) and go, and the years follow from it.
            if let Some(charged) = reached
                .charged_enforcement
                .filter(|c| charged_before.is_none_or(|b| *c > b))
            {
                plan.drop_further_years_after(charged)?;
            }
            // Again with the escalation's fees (paid first, they may leave the debt enforced
            // unpaid a year later): the years missing are added, for the debt a verkställighet
            // projected for the invoices the taken one left out enforces too (from its own
            // grundavgift, when it charged one).
            return self.enforcement_years(plan, &reached);
        }
        self.escalate(plan, &mut reached)?;
        self.road_left_out_by_judgment(plan, &mut reached)?;
        self.enforcement_years(plan, &reached)
    }

    /// Whether every step the history records on or after the day its payments settled the
    /// claim is a further year of verkställighet ([`Step::further_year`]): only then may the
    /// missed years' fees open the road again ([`Plan::reopen_if_owed`]). A betalningsföreläggande,
    /// a case or a verkställighet recorded after the settlement was judged on it (it does not
    /// count); the road opened again would replace it (the stability check found a
    /// verkställighet projected the day after a recorded one, in its place, that went once the
    /// missed year was recorded).
    fn only_further_years_since_settled(&self) -> bool {
        let Some(settled) = self.history.settled_on else {
            return false;
        };
        self.claim
            .steps
            .iter()
            .filter(|s| s.date >= settled)
            .all(|s| s.kind == StepKind::Enforcement && s.further_year)
    }

    /// Whether the road reopened for the invoices a title left out ([`Reached::reopened_since`])
    /// has none of them owed at the start of `day`, on the timeline's figures (the fees
    /// projected so far paid first): a step of that road dated then is not projected (a second
    /// diff review found one after the payment that settled them). False when no such road is
    /// open.
    fn left_out_settled(&self, planned: &[Planned], reached: &Reached, day: Date) -> Result<bool> {
        let Some(since) = reached.reopened_since else {
            return Ok(false);
        };
        let options = self.sampling_options(self.due);
        let claim = with_projected(self.engine, self.policy, planned);
        let mut replay = Replay::of_valid(&claim, &options)?;
        Ok(self
            .coverage_since(&mut replay, day, since, true)?
            .uncovered
            .is_none())
    }

    /// After a verkställighet projected on a judgment that left invoices out (issued, or
    /// falling due, after its case was brought): those still owed that day have no title, and
    /// their road goes on after it, from the inkassokrav sent again to a verkställighet of
    /// their own. (One taken on the judgment reopens the road in [`Projector::lawful_history`].)
    fn road_left_out_by_judgment(&self, plan: &mut Plan<'_>, reached: &mut Reached) -> Result<()> {
        // A judgment projected on that road may leave invoices out in its turn (not yet due
        // when its case was brought, or disputed and not in it: a review found an invoice
        // disputed and never tried left without a road, which recorded steps then gave it):
        // their road goes on after its verkställighet, and so on, a judgment at a time.
        let mut judged_last: Option<Date> = None;
        for _ in 0..=self.engine.invoices.len() {
            let (true, Some(judgment), Some(enforced), Some(origin)) = (
                reached.judgment_left_out,
                reached.judgment,
                reached.enforced_on,
                reached.judgment_origin,
            ) else {
                return Ok(());
            };
            if enforced < judgment || judged_last.is_some_and(|last| judgment <= last) {
                return Ok(()); // no verkställighet on a new judgment was projected
            }
            // On the timeline's figures: the fees projected so far are paid first.
            let options = self.sampling_options(self.due);
            let claim = with_projected(self.engine, self.policy, plan.planned);
            let mut replay = Replay::of_valid(&claim, &options)?;
            if self
                .coverage_since(&mut replay, enforced, origin, true)?
                .uncovered
                .is_none()
            {
                return Ok(());
            }
            judged_last = Some(judgment);
            reached.reopen(Some(origin));
            // The first round's betalningsföreläggande and verkställighet are spent, as when
            // the verkställighet is recorded ([`Projector::lawful_history`]): the ones projected
            // for the invoices left out replace none (a diff review found the projected one
            // noted as replacing the application that led to the judgment).
            plan.invalid
                .retain(|s| !matches!(s.kind, StepKind::PaymentOrder | StepKind::Enforcement));
            reached.anchor = reached.anchor.max(enforced);
            self.judge_pending_case(plan.planned, reached)?;
            self.escalate(plan, reached)?;
        }
        Ok(())
    }

    /// The stages up to verkställighet; returns when one cannot be projected.
    #[cfg_attr(inkasso_size, optimize(size))]
    fn escalate(&self, plan: &mut Plan<'_>, reached: &mut Reached) -> Result<()> {
        if reached.disputed {
            self.judge_dispute(plan.planned, reached)?;
        }
        // A stage after the latest lawful one; and an inkassokrav whenever none lawful was sent
        // yet, since a betalningsföreläggande rests on one.
        // A disputed claim goes to court (the policy's court path, if any) before anything
        // else: no further letter, betalningsföreläggande or plan is projected until a
        // judgment; and once a judgment is the title, only verkställighet (a demand after it is
        // efterbevakning, recorded by the caller).
        let wants = |kind: EntryKind, reached: &Reached| {
            let in_court = reached.disputed || reached.pending_case.is_some();
            if (in_court || reached.judgment.is_some()) && kind != EntryKind::Enforcement {
                return false;
            }
            kind.rank().is_some_and(|r| r > reached.rank)
                || (kind == EntryKind::CollectionDemand
                    && reached.demand_deadline.is_none()
                    && reached.payment_order.is_none()
                    && !reached.titled)
        };
        if let Some(r) = self
            .policy
            .reminder
            .filter(|_| wants(EntryKind::Reminder, reached))
        {
            let (date, notes) = self.send(plan.planned, reached.anchor, r.days_after_due, None)?;
            if self.left_out_settled(plan.planned, reached, date)? {
                return Ok(()); // the invoices of the reopened road are paid by then
            }
            if self.case_resumes(plan.planned, reached, date)? {
                return self.escalate(plan, reached); // its judgment, not this step
            }
            match plan.push(
                EntryKind::Reminder,
                date,
                Some(LetterTerm::reminder(r.payment_term_days)),
                notes,
            )? {
                Some(anchor) => reached.anchor = anchor,
                None => return Ok(()),
            }
        }
        // A second reminder (no fee) while no more than one has been sent and nothing later;
        // like every letter, none while a case is before the court (an integrator's review,
        // stop 67: one was projected during a pending stämningsansökan).
        if let Some(st) = self.policy.second_reminder.filter(|_| {
            reached.rank <= 1
                && plan.reminders == 1
                && !reached.disputed
                && reached.pending_case.is_none()
                && reached.judgment.is_none()
        }) {
            let after = self.after_deadline(reached.anchor)?;
            let (date, notes) = self.send(plan.planned, reached.anchor, st.days_after, after)?;
            if self.left_out_settled(plan.planned, reached, date)? {
                return Ok(()); // the invoices of the reopened road are paid by then
            }
            if self.case_resumes(plan.planned, reached, date)? {
                return self.escalate(plan, reached); // its judgment, not this step
            }
            match plan.push(
                EntryKind::Reminder,
                date,
                Some(LetterTerm::reminder(st.payment_term_days)),
                notes,
            )? {
                Some(anchor) => reached.anchor = anchor,
                None => return Ok(()),
            }
        }
        if let Some(st) = self
            .policy
            .collection_demand
            .filter(|_| wants(EntryKind::CollectionDemand, reached))
        {
            let after = self.after_deadline(reached.anchor)?;
            let (mut date, mut notes) =
                self.send(plan.planned, reached.anchor, st.days_after, after)?;
            // Not before the term of a recorded reminder has run out, one that did not reach
            // its stage included (sent while only some invoices were overdue); said only when
            // that is what put it off (a diff review: not when `today` did).
            if let Some((reminder, deadline)) = self
                .reminder_deadline(plan.planned)?
                .filter(|&(_, deadline)| date <= deadline)
            {
                let waited = Some(calendar::next_day(deadline)?);
                (date, notes) = self.send(plan.planned, reached.anchor, st.days_after, waited)?;
                notes.push(note(AdjustReason::WaitsForReminderDeadline {
                    reminder,
                    deadline,
                }));
            }
            let min = params::min_collection_term_days(date);
            if st.payment_term_days < min {
                notes.push(note(AdjustReason::TermRaisedToMinimum {
                    days: st.payment_term_days,
                    min,
                }));
            }
            let term = st.payment_term_days.max(min);
            if self.left_out_settled(plan.planned, reached, date)? {
                return Ok(()); // the invoices of the reopened road are paid by then
            }
            if self.case_resumes(plan.planned, reached, date)? {
                return self.escalate(plan, reached); // its judgment, not this step
            }
            match plan.push(
                EntryKind::CollectionDemand,
                date,
                Some(LetterTerm::demand(term)),
                notes,
            )? {
                Some(deadline) => {
                    reached.anchor = deadline;
                    reached.demand_deadline = Some(deadline);
                    reached.demand_sent = Some(date);
                }
                None => return Ok(()),
            }
        }
        if let Some(st) = self
            .policy
            .final_notice
            .filter(|_| wants(EntryKind::FinalNotice, reached))
        {
            let after = self.after_deadline(reached.anchor)?;
            let (date, mut notes) =
                self.send(plan.planned, reached.anchor, st.days_after, after)?;
            // After an inkassokrav, or once Kronofogden or a court has the claim, it is a
            // demand, held to the inkassokrav's term as `letter` holds it (a road of reminders
            // only ends with one that gives any term).
            // Its deadline leaves the bank days after receipt an inkassokrav's does.
            let min = params::min_collection_term_days(date);
            let demands = self.notice_demands(plan.planned, date)?;
            let term = if st.payment_term_days < min && demands {
                notes.push(note(AdjustReason::TermRaisedToMinimum {
                    days: st.payment_term_days,
                    min,
                }));
                min
            } else {
                st.payment_term_days
            };
            let term = LetterTerm {
                days: term,
                demand: demands,
            };
            if self.left_out_settled(plan.planned, reached, date)? {
                return Ok(()); // the invoices of the reopened road are paid by then
            }
            if self.case_resumes(plan.planned, reached, date)? {
                return self.escalate(plan, reached); // its judgment, not this step
            }
            match plan.push(EntryKind::FinalNotice, date, Some(term), notes)? {
                Some(anchor) => {
                    reached.anchor = anchor;
                    reached.final_notice_sent = Some(date);
                    reached.final_notice_demand = reached.demand_sent;
                }
                None => return Ok(()),
            }
        }
        // An amorteringsplan instead of Kronofogden: the projection ends with it. Not for the
        // invoices a verkställighet under way left out (the debtor is under enforcement, and
        // the policy's road is not Kronofogden's): nothing more for them.
        if let Some(st) = self
            .policy
            .payment_plan
            // Not after a recorded plan that ended (broken): on to Kronofogden.
            .filter(|_| {
                wants(EntryKind::PaymentOrder, reached)
                    && !reached.disputed
                    && reached.plan_ended.is_none()
            })
        {
            if reached.enforced_on.is_some() {
                return Ok(());
            }
            let (date, notes) = self.plan_date(plan.planned, reached.anchor, st.days_after)?;
            if self.case_resumes(plan.planned, reached, date)? {
                return self.escalate(plan, reached); // its judgment, not the plan
            }
            let interval = crate::plan::Interval::Months(st.interval_months);
            let request = crate::plan::PlanRequest {
                date,
                first_date: crate::plan::instalment_date(date, interval, 1)?,
                interval,
                sizing: crate::plan::Sizing::Count(st.count),
                fee: true,
            };
            let last = crate::plan::instalment_due_date(
                &request,
                st.count.saturating_sub(1),
                self.claim.shift_due_date,
            )?;
            if !plan.stops(Step::new(StepKind::PaymentPlan, date), last, false, false)? {
                plan.push(EntryKind::PaymentPlan, date, None, notes)?;
            }
            return Ok(());
        }
        if let Some(st) = self
            .policy
            .payment_order
            .filter(|_| wants(EntryKind::PaymentOrder, reached))
            // Not on a disputed claim (it goes to court) or one before the court, nor once a
            // judgment is the title.
            .filter(|_| {
                !reached.disputed && reached.pending_case.is_none() && reached.judgment.is_none()
            })
        {
            // Only on the strength of a lawful inkassokrav, after its deadline has passed.
            let Some(deadline) = reached.demand_deadline else {
                return Ok(());
            };
            // After the inkassokrav's deadline, and after the last letter's (a final notice's).
            let after = calendar::next_day(deadline)?;
            let after = self
                .after_deadline(reached.anchor)?
                .map_or(after, |a| a.max(after));
            let (date, notes) =
                self.send(plan.planned, reached.anchor, st.days_after, Some(after))?;
            if self.left_out_settled(plan.planned, reached, date)? {
                return Ok(()); // the invoices of the reopened road are paid by then
            }
            if self.case_resumes(plan.planned, reached, date)? {
                return self.escalate(plan, reached); // its judgment, not this step
            }
            match plan.push(EntryKind::PaymentOrder, date, None, notes)? {
                Some(_) => {
                    reached.payment_order = Some(date);
                    // The debt goes to Kronofogden, not on in the court case.
                    reached.dropped_case = None;
                }
                None => return Ok(()),
            }
        }
        let in_court = reached.disputed || reached.pending_case.is_some();
        if in_court && self.policy.court.is_none() {
            // Without a court path the road waits for the court; a payment or credit note the
            // history records later that pays what the dispute (or the case) is about ends
            // that wait, and the road goes on from its day, as it does once that day is
            // behind `today` ([`Projector::judge_dispute`], [`Projector::judge_pending_case`]).
            if self.moot_later(plan.planned, reached)? {
                return self.escalate(plan, reached);
            }
            // Else the road stops here whatever the policy projects after it: said, so that a
            // disputed claim is not shown with nothing ahead and no word why (not of one the
            // history's payments settle, nor when a court action would be time-barred: nothing
            // is left to go to court about).
            let day = self.first_day(reached).min(calendar::MAX_DATE);
            let barred = self.barred_on(plan.planned, Step::new(StepKind::CourtAction, day))?;
            if !barred && !plan.settled_by(calendar::MAX_DATE)? {
                plan.awaits_court(reached);
            }
        }
        let Some(e) = self.policy.enforcement else {
            return Ok(());
        };
        if in_court {
            // Disputed, or before the court: the court decides before anything is enforced;
            // the policy's court path, if any, is projected from the dispute or the filing.
            let Some(c) = self.policy.court else {
                return Ok(());
            };
            let filed = match (reached.court_action, reached.dispute) {
                (Some(filed), _) => filed,
                (None, None) => return Ok(()),
                (None, Some(disputed_on)) => {
                    // The day after the dispute at the earliest: the dispute's entry is valued on
                    // its day, without the court's fee. For invoices a title left out, after the
                    // verkställighet on it too, where their road starts (a review found their
                    // court action projected together with the first case's).
                    let start = if reached.dispute_after_title {
                        disputed_on.max(reached.anchor)
                    } else {
                        disputed_on
                    };
                    let after = calendar::next_day(start)?
                        .max(reached.plan_ended.unwrap_or(calendar::MIN_DATE));
                    let (date, notes) =
                        self.send(plan.planned, disputed_on, c.days_after_dispute, Some(after))?;
                    if !self.dispute_stands_on(plan.planned, date)? {
                        // What it was about is paid by then: the road goes on for the rest,
                        // from the day it was paid (not while the dispute stood), as it does
                        // once that day is behind `today` ([`Projector::judge_dispute`]; a
                        // review found the road a week later seen before the payment).
                        let moot =
                            self.settled_between(disputed_on, calendar::next_day(date)?, |d| {
                                self.dispute_stands_on(plan.planned, d)
                            })?;
                        reached.disputed = false;
                        reached.dispute_after_title = false;
                        reached.anchor = reached.anchor.max(moot.min(date));
                        return self.escalate(plan, reached);
                    }
                    let mut notes = notes;
                    notes.extend(self.late_transfer(plan.planned, date)?);
                    match plan.push(EntryKind::CourtAction, date, None, notes)? {
                        Some(_) => date,
                        None => return Ok(()),
                    }
                }
            };
            let decided = self.assumed_judgment_day(c, filed, reached)?;
            reached.resumed_after = None;
            // Judged at the start of its day: a payment of that day comes after it (DOMAIN.md
            // 8.5). A stability run found judgments projected on a debt paid before them, then
            // gone once the payment was behind `today`.
            if self.left_out_settled(plan.planned, reached, decided)? {
                return Ok(()); // the invoices of the reopened road are paid by then
            }
            let eve = decided.previous_day().unwrap_or(decided);
            if reached.disputed && !self.dispute_stands_on(plan.planned, eve)? {
                // What the dispute was about is paid by then: from that day the case filed goes
                // on as one not disputed, judged as it is once that is history
                // ([`Projector::judge_dispute`], [`Projector::judge_pending_case`]); held, to
                // its judgment on the same day.
                let moot = self
                    .settled_between(filed, decided, |d| self.dispute_stands_on(plan.planned, d))?;
                reached.disputed = false;
                reached.dispute_after_title = false;
                reached.pending_case = Some(filed);
                reached.court_action = Some(filed);
                reached.anchor = reached.anchor.max(moot);
                self.judge_pending_case(plan.planned, reached)?;
                if reached.pending_case.is_none() {
                    return self.escalate(plan, reached);
                }
            }
            if !reached.disputed && !self.case_debt_unpaid(plan.planned, filed, decided)? {
                // Its debt paid or credited before the judgment: the case ends without one
                // (the creditor withdraws it; the court then rules on its costs, rättegångsbalken
                // 18 kap. 5 §, not projected), as a pending case is judged once the payment is
                // history ([`Projector::judge_pending_case`]). The road goes on from the day it
                // was paid for what is still owed (a review found it waiting for the judgment
                // that never came).
                let paid = self.settled_between(filed, decided, |d| {
                    self.case_debt_unpaid(plan.planned, filed, calendar::next_day(d)?)
                })?;
                reached.pending_case = None;
                reached.anchor = reached.anchor.max(paid);
                return self.escalate(plan, reached);
            }
            let notes = vec![note(AdjustReason::AssumedJudgment {
                days: c.assumed_judgment_days.max(1),
            })];
            if plan
                .push(EntryKind::Judgment, decided, None, notes)?
                .is_none()
            {
                return Ok(());
            }
            reached.judgment = Some(decided);
            // The judgment decides the dispute and the case, as a recorded one does.
            reached.disputed = false;
            reached.dispute_after_title = false;
            reached.pending_case = None;
            // On the timeline's figures, as a recorded one would be (with the court's fee).
            let options = self.sampling_options(self.due);
            let claim = with_projected(self.engine, self.policy, plan.planned);
            // Like a recorded one, a title for the invoices of its case only: the case as
            // `limitation` and `check` read it, from the history and the projected steps.
            let origin =
                crate::limitation::case_start(&claim, StepKind::Judgment, decided).unwrap_or(filed);
            let mut replay = Replay::of_valid(&claim, &options)?;
            reached.judgment_origin = Some(origin);
            reached.judgment_left_out = self
                .coverage_since(&mut replay, decided, origin, true)?
                .uncovered
                .is_some();
            reached.left_out_dispute =
                self.dispute_left_out(&claim, &mut replay, decided, reached)?;
        }
        // A judgment of a later case, after an earlier title decided some of its invoices:
        // its verkställighet is for the invoices only it decides, whatever stage the earlier
        // title's road reached (a property run found a taken judgment's verkställighet
        // projected where the same judgment projected had none).
        let own_debt = self.judgment_own_debt(plan.planned, reached);
        if own_debt.is_some() || wants(EntryKind::Enforcement, reached) {
            // On a judgment's day, or the assumed utslag after a betalningsföreläggande.
            // No utslag on the day of the application (the debtor is served and given time to
            // answer): the day after it at the earliest, and verkställighet never on the day of
            // the entry it follows (whose value would then hold its grundavgift).
            let (decision, entry) = match (reached.judgment, reached.payment_order) {
                (Some(judgment), _) => (judgment, judgment),
                (None, Some(filed)) => (
                    calendar::add_days(filed, i64::from(e.assumed_decision_days.max(1)))?,
                    filed,
                ),
                (None, None) => return Ok(()),
            };
            // Not before a taken plan ended.
            let after =
                calendar::next_day(entry)?.max(reached.plan_ended.unwrap_or(calendar::MIN_DATE));
            let (date, notes) =
                self.send(plan.planned, decision, e.days_after_decision, Some(after))?;
            if let Some((decided, origin)) = own_debt {
                if !self.enforced_debt_unpaid(plan.planned, Some(decided), origin, date)? {
                    // Nothing of its own to enforce: the road of the invoices it left out, if
                    // any, goes on from the judgment, as when its own debt is paid.
                    if !reached.judgment_left_out {
                        return Ok(());
                    }
                    reached.reopen_after_judgment_paid();
                    self.judge_pending_case(plan.planned, reached)?;
                    return self.escalate(plan, reached);
                }
            }
            if self.judgment_debt_paid(plan.planned, reached, date)? {
                // Nothing is left to enforce under the judgment: only the invoices it left out
                // are owed, and their road goes on from the judgment.
                reached.reopen_after_judgment_paid();
                // Their own case brought since, if any, holds their road only as it stands
                // now (a diff review found it holding the road of an invoice not in it).
                self.judge_pending_case(plan.planned, reached)?;
                return self.escalate(plan, reached);
            }
            // A verkställighet projected here rests on a title of its own (the judgment or
            // utslag just reached): it costs its own grundavgift, also within the year of
            // another title's (förordning 1992:1094 5 §, fees.rs). It starts the claim's
            // year when that year ended before its day, or when the engine starts the year
            // with it (below).
            // The year as it runs that day: moved to a later title's application once the one
            // it ran from has its debt paid ([`crate::limitation::year_moved_to`]).
            let year = match claim_year(plan, reached, date) {
                Some(from) => Some(
                    self.year_moved_on(plan.planned, from, date)?
                        .unwrap_or(from),
                ),
                None => None,
            };
            let year_ended = match year {
                Some(from) => date >= fees::next_enforcement_fee_day(from)?,
                None => true,
            };
            if self.left_out_settled(plan.planned, reached, date)? {
                return Ok(()); // the invoices of the reopened road are paid by then
            }
            match plan.push(EntryKind::Enforcement, date, None, notes)? {
                Some(_) => {
                    // As the history reads it once recorded: the year ended on the
                    // projection's reading, or the engine starts the year with its grundavgift
                    // ([`Statement::enforcement_year_starts`]). The engine's year may be older
                    // than the projection's: a verkställighet applied for again on its title
                    // after the year's anniversary, charged nothing, starts the year as the
                    // history reads it, not as the engine does, whose year has then ended. Before,
                    // the further years of one projected within the projection's year, another
                    // title's case under way and unpaid, were projected on that year's
                    // anniversaries (the first charged nothing), and once it was recorded they
                    // moved to its own (a stability check, seeds 658, 8949, 13424 and 14227).
                    let starts_year = year_ended
                        || date > calendar::MAX_DATE
                        || self.engine_starts_year(plan.planned, date)?;
                    reached.enforce(date, starts_year);
                    if starts_year {
                        reached.charged_enforcement = Some(date);
                    }
                }
                None => return Ok(()),
            }
        }
        Ok(())
    }

    /// Efterbevakning after the first verkställighet, and a further grundavgift each year the
    /// verkställighet under way lasts, up to the horizon.
    #[cfg_attr(inkasso_size, optimize(size))]
    fn enforcement_years(&self, plan: &mut Plan<'_>, reached: &Reached) -> Result<()> {
        self.further_years(plan, reached)?;
        // Efterbevakning after the first verkställighet, if the policy keeps it: judged with
        // the further years' fees (one dated before it is paid first). Left out when the claim
        // is paid or time-barred by then: the further years before that day are owed all the
        // same. Left out too when the debt that verkställighet enforced (the invoices due
        // before it) is paid then: an invoice due later is no part of it (a property run found
        // efterbevakning projected for a verkställighet paid the day it began, an invoice
        // issued months later unpaid, and once recorded that invoice's road resuming from it).
        if let (Some(s), Some(enforced)) = (self.policy.surveillance, reached.first_enforcement) {
            let taken = plan
                .planned
                .iter()
                .any(|p| p.kind == EntryKind::Surveillance && p.date >= enforced);
            if !taken {
                let (date, notes) =
                    self.send(plan.planned, enforced, s.days_after_enforcement, None)?;
                if self.enforced_debt_unpaid(plan.planned, None, enforced, date)? {
                    plan.push(EntryKind::Surveillance, date, None, notes)?;
                }
            }
        }
        Ok(())
    }

    /// While enforcement lasts: one more grundavgift for each further year, up to the horizon,
    /// at most [`MAX_ENFORCEMENT_YEARS`] in the whole timeline (the years of a verkställighet
    /// projected for the invoices a taken one left out count with the taken one's).
    fn further_years(&self, plan: &mut Plan<'_>, reached: &Reached) -> Result<()> {
        let (Some(mut last), Some(_), Some(horizon)) =
            (reached.enforcement, reached.enforced_on, self.horizon)
        else {
            return Ok(());
        };
        self.missed_years(plan, reached)?;
        let mut year: u8 = 0;
        // The further years recorded since the application the projected ones continue: the
        // first projected is the year after them (a court-path review, stop 65: it was
        // "further year 1" after a recorded one).
        let recorded = recorded_further_years(plan.planned, last);
        // Each turn projects a year, finds one projected, or moves the year to a later
        // application (at most once per application).
        for _ in 0..u16::from(MAX_ENFORCEMENT_YEARS).saturating_mul(4) {
            if year >= MAX_ENFORCEMENT_YEARS {
                break;
            }
            // A year to the day, not moved off a weekend or holiday: Kronofogden's yearly fee is
            // no deadline, and a moved date would start each later year later.
            let next = fees::next_enforcement_fee_day(last)?;
            if next > horizon {
                break;
            }
            let projected = |p: &Planned| {
                p.kind == EntryKind::Enforcement
                    && p.status == EntryStatus::Projected
                    && p.date == next
            };
            if plan.planned.iter().any(projected) {
                year = year.saturating_add(1);
                last = next; // projected by an earlier pass
                continue;
            }
            // The verkställighet the year ran from ended with its debt paid, while a later
            // title's is owed: the year runs from that one's application, as the engine reads
            // it ([`crate::limitation::year_moved_to`]).
            if let Some(moved) = self.year_moved_on(plan.planned, last, next)? {
                last = moved;
                continue;
            }
            year = year.saturating_add(1);
            // A further year recorded late, within the year after the anniversary, while the
            // debt enforced is unpaid on the timeline's figures: it is that year's grundavgift,
            // as the engine charges it once the years before it are recorded. Before, the
            // anniversary was projected too, the recorded year charged nothing, and the road
            // moved to the recorded one's day once the first missed year was recorded (a review,
            // stop 71: a history settled only without that missed year's fee).
            if let Some(late) = self.late_further_year(plan.planned, next)? {
                plan.late_years.push(late);
                last = late;
                continue;
            }
            // The debt enforced is paid: the verkställighet ends, unless a judgment's litigation
            // costs are unpaid (the judgment is a title for them).
            let costs_of = if self.titled_debt_unpaid(plan.planned, next)? {
                None
            } else {
                match self.enforced_costs_judgment(plan.planned, next)? {
                    Some(judgment) => Some(judgment),
                    None => break,
                }
            };
            let before = plan.planned.iter().filter(|p| is_further_year(p)).count();
            if before >= usize::from(MAX_ENFORCEMENT_YEARS) {
                break;
            }
            let mut notes = self.further_year_notes(year.saturating_add(recorded), next);
            if let Some(judgment) = costs_of {
                notes.push(note(AdjustReason::EnforcesJudgmentCosts {
                    judgment,
                    title: crate::limitation::title_of_judgment(self.claim, judgment),
                }));
            }
            if before.saturating_add(1) == usize::from(MAX_ENFORCEMENT_YEARS) {
                // The last one projected: say so when the horizon reaches the next.
                let after = fees::next_enforcement_fee_day(next)?;
                if after <= horizon {
                    notes.push(note(AdjustReason::LastFurtherYearProjected {
                        years: MAX_ENFORCEMENT_YEARS,
                    }));
                }
            }
            if plan
                .push(EntryKind::Enforcement, next, None, notes)?
                .is_none()
            {
                break;
            }
            last = next;
        }
        Ok(())
    }

    /// The notes of the further year `year` projected on `date`: which year it is, and, before
    /// `today`, that it is not recorded.
    fn further_year_notes(&self, year: u8, date: Date) -> Vec<Warning> {
        let mut notes = vec![note(AdjustReason::FurtherEnforcementYear {
            year,
            fee: true,
        })];
        if let Some(today) = self.options.today.filter(|t| date < *t) {
            notes.push(note(AdjustReason::FurtherYearNotRecorded { today }));
        }
        notes
    }

    /// The further years a history missed before a taken further year that started the
    /// claim's year again more than a year after the anniversary of the year before
    /// ([`Reached::year_gaps`]): each anniversary between them while the debt enforced is unpaid
    /// on the timeline's figures, up to the one whose year the taken further year was recorded
    /// in (late, [`Projector::late_further_year`]). Before, the years were projected from the
    /// taken one on, and the gap showed only once the years before it were recorded (the
    /// stability check, seed 17154: a further year recorded days early, the next more than a
    /// year after it).
    fn missed_years(&self, plan: &mut Plan<'_>, reached: &Reached) -> Result<()> {
        for &(from, taken) in &reached.year_gaps {
            self.missed_years_between(plan, from, taken)?;
        }
        Ok(())
    }

    /// [`Projector::missed_years`] of one gap: from the year of `last` to the further year
    /// taken on `taken`.
    fn missed_years_between(&self, plan: &mut Plan<'_>, mut last: Date, taken: Date) -> Result<()> {
        let recorded = recorded_further_years(plan.planned, last);
        let mut year: u8 = 0;
        let mut turns: u16 = 0;
        while year < MAX_ENFORCEMENT_YEARS
            && turns < u16::from(MAX_ENFORCEMENT_YEARS).saturating_mul(4)
        {
            turns = turns.saturating_add(1);
            let next = fees::next_enforcement_fee_day(last)?;
            if fees::next_enforcement_fee_day(next)? > taken {
                break; // the taken one is this anniversary's year, recorded late
            }
            // The year moved to a later title's application, as the main loop reads it.
            if let Some(moved) = self.year_moved_on(plan.planned, last, next)? {
                last = moved;
                continue;
            }
            let projected = plan
                .planned
                .iter()
                .any(|p| p.kind == EntryKind::Enforcement && p.date == next);
            if !projected {
                if !self.titled_debt_unpaid(plan.planned, next)? {
                    break;
                }
                year = year.saturating_add(1);
                let notes = self.further_year_notes(year.saturating_add(recorded), next);
                if plan
                    .push(EntryKind::Enforcement, next, None, notes)?
                    .is_none()
                {
                    break;
                }
            }
            last = next;
        }
        Ok(())
    }

    /// The day of a further year of verkställighet recorded on or after the anniversary `next`
    /// and before the one after it, when the debt of the cases it renews is unpaid at the start
    /// of its day on the timeline's figures (not time-barred): the year's grundavgift,
    /// recorded late. `None` when there is none, or its debt is paid (the anniversary's year,
    /// not recorded, is then still projected).
    fn late_further_year(&self, planned: &[Planned], next: Date) -> Result<Option<Date>> {
        let following = fees::next_enforcement_fee_day(next)?;
        let late = planned
            .iter()
            .filter(|p| {
                p.kind == EntryKind::Enforcement
                    && p.status == EntryStatus::Taken
                    && p.fact.is_some_and(|f| f.further_year)
                    && p.date >= next
                    && p.date < following
            })
            .map(|p| p.date)
            .min();
        let Some(day) = late else {
            return Ok(None);
        };
        // The debt of the cases it renews, as the engine reads them: those under way, or the
        // application it rests on ([`crate::limitation::cases_of`]).
        let claim = with_projected(self.engine, self.policy, planned);
        let facts = crate::limitation::CaseFacts::of(&claim);
        let titles = crate::limitation::title_starts_in(&facts);
        let step = Step {
            further_year: true,
            ..Step::new(StepKind::Enforcement, day)
        };
        let spans = crate::limitation::cases_of(&facts, &titles, &step).unwrap_or_default();
        Ok(self.cases_debt_unpaid(&claim, &spans, day)?.then_some(day))
    }

    /// The day the court path assumes the judgment of the case filed on `filed`
    /// ([`CourtStage::assumed_judgment_days`] after it, the next bank day), with the floors the
    /// road puts on it.
    fn assumed_judgment_day(&self, c: CourtStage, filed: Date, reached: &Reached) -> Result<Date> {
        // Assumed some days after the filing, and like every projected step never before
        // today (a case filed long ago and not yet decided is decided no earlier).
        // A judgment comes the day after the filing at the earliest (0 days is the next day).
        let decided = calendar::add_days(filed, i64::from(c.assumed_judgment_days.max(1)))?;
        let decided = self.today.map_or(decided, |t| decided.max(t));
        // After a dispute contesting a case filed before it, not before the dispute.
        let decided = match reached.dispute.filter(|_| reached.disputed) {
            Some(d) => decided.max(calendar::next_day(d)?),
            None => decided,
        };
        // After a verkställighet on an earlier title, taken or projected (that of the
        // invoices this case is not about): a judgment of its day would be read as its
        // title (a diff review found the two projected on one day, the verkställighet
        // then read as resting on the new judgment).
        let decided = match reached.enforced_on {
            Some(e) => decided.max(calendar::next_day(e)?),
            None => decided,
        };
        // After the steps projected before a case held the road again.
        let decided = match reached.resumed_after {
            Some(last) => decided.max(calendar::next_day(last)?),
            None => decided,
        };
        calendar::next_business_day(decided)
    }

    /// A dispute stands only while an invoice it is about (issued by its day; after a title,
    /// one the title left out) is owed: judged on the first day the projection may take, on
    /// the timeline's figures, as `letter` would judge it that day
    /// ([`Claim::dispute_standing`]). Once they are paid or credited, the road goes on for the
    /// rest.
    fn judge_dispute(&self, planned: &[Planned], reached: &mut Reached) -> Result<()> {
        // Not before the dispute itself (a step projected after it).
        let day = self
            .first_day(reached)
            .max(self.due)
            .max(reached.dispute.unwrap_or(self.due));
        if !self.dispute_stands_on(planned, day)? {
            if self.judged_before_payment(planned, reached, day)? {
                return Ok(()); // the court path's judgment comes first, that day
            }
            // The road goes on from the day a payment or credit note made it moot, as it does
            // when that day is ahead of `today` ([`Projector::escalate`]): a campaign of court
            // cases found its first letter a week after the payment when seen before it, but
            // on `today` when seen after. A payment of that day comes after its steps
            // (DOMAIN.md 8.5), and `check` judges it so (`DEMAND_AFTER_DISPUTE`): the first
            // step comes after it.
            let since = reached.dispute.unwrap_or(self.due).max(self.due);
            let moot = self.settled_between(since, calendar::next_day(day)?, |d| {
                self.dispute_stands_on(planned, d)
            })?;
            // Not one that stood on no day (about nothing owed when it was made).
            let eve = moot.previous_day().unwrap_or(moot);
            if moot <= day && eve >= since && self.dispute_stands_on(planned, eve)? {
                reached.anchor = reached.anchor.max(moot);
            }
            self.lift_dispute(planned, reached)?;
        }
        Ok(())
    }

    /// Whether the court path's judgment of the case filed on the dispute falls on `day`, the
    /// first day the projection may take, with the dispute standing at the start of that day:
    /// judged at the start of its day, the judgment comes before that day's payments (DOMAIN.md
    /// 8.5), as it does when the road is seen from an earlier day (a campaign of court cases
    /// found the judgment projected when seen the day before a payment of its day made the
    /// dispute moot, and gone when seen on that day).
    fn judged_before_payment(
        &self,
        planned: &[Planned],
        reached: &Reached,
        day: Date,
    ) -> Result<bool> {
        let (Some(c), Some(filed)) = (self.policy.court, reached.court_action) else {
            return Ok(false);
        };
        if self.assumed_judgment_day(c, filed, reached)? != day {
            return Ok(false);
        }
        let Some(eve) = day.previous_day() else {
            return Ok(false);
        };
        Ok(eve >= reached.dispute.unwrap_or(self.due) && self.dispute_stands_on(planned, eve)?)
    }

    /// The dispute no longer stands (what it was about is paid): a case filed on it goes on
    /// as one not disputed, its judgment coming while its own debt is owed
    /// ([`Projector::judge_pending_case`]; a stability run found the case dropped once the
    /// disputed invoice was paid, though it was about others).
    fn lift_dispute(&self, planned: &[Planned], reached: &mut Reached) -> Result<()> {
        reached.disputed = false;
        reached.dispute_after_title = false;
        if let Some(filed) = reached.court_action {
            reached.pending_case = Some(filed);
            self.judge_pending_case(planned, reached)?;
        }
        Ok(())
    }

    /// A case before the court ([`Reached::pending_case`]) holds the road only when, on the
    /// first day the projection may take, its own debt (the invoices overdue when it was
    /// filed) is still owed, not time-barred, and every invoice owed is of it: a case made moot
    /// by payment, an invoice issued or falling due after the filing (not in the case), or a
    /// time-barred debt leaves the road as it was (a review found each of them holding the road
    /// for good; a later review found the invoice not in the case time-barred while the case
    /// held the road to its judgment: one road at a time).
    fn judge_pending_case(&self, planned: &[Planned], reached: &mut Reached) -> Result<()> {
        let Some(filed) = reached.pending_case else {
            return Ok(());
        };
        // Judged on the last date at the latest, as nothing is valued after it (an anchor, a
        // deadline, may be later: a Rust user's review found the timeline refused).
        let day = self.first_day(reached).max(filed).min(calendar::MAX_DATE);
        let options = self.sampling_options(self.due);
        let claim = with_projected(self.engine, self.policy, planned);
        let mut replay = Replay::of_valid(&claim, &options)?;
        // The case's own debt: the invoices overdue when it was brought and not decided by a
        // title before it (a later case is not about an earlier title's invoices).
        let open = self.case_debt_unpaid(planned, filed, day)?
            && !self.barred_on(planned, Step::new(StepKind::CourtAction, day))?;
        let covers = open
            && self
                .coverage_since(&mut replay, day, filed, false)?
                .uncovered
                .is_none();
        if !covers {
            reached.pending_case = None;
            // Held back only by an invoice not in it: it may hold the road again.
            reached.dropped_case = open.then_some(filed);
        }
        Ok(())
    }

    /// The first day the projection may take from `reached`: its anchor, never before `today`.
    fn first_day(&self, reached: &Reached) -> Date {
        self.today.map_or(reached.anchor, |t| t.max(reached.anchor))
    }

    /// Whether the dispute standing (or the case before the court) that holds the road, with no
    /// court path in the policy, is made moot by a payment or credit note the history records
    /// later: what the dispute is about, or the case's own debt, is paid by it. The road then
    /// goes on from that day (`reached` says so: the caller escalates again).
    fn moot_later(&self, planned: &[Planned], reached: &mut Reached) -> Result<bool> {
        let from = self.first_day(reached).min(calendar::MAX_DATE);
        if reached.disputed {
            let from = from.max(reached.dispute.unwrap_or(from));
            let moot = self.settled_between(from, calendar::MAX_DATE, |d| {
                self.dispute_stands_on(planned, d)
            })?;
            if moot >= calendar::MAX_DATE {
                return Ok(false);
            }
            // From that day (a case filed on it is judged from then).
            reached.anchor = reached.anchor.max(moot);
            self.lift_dispute(planned, reached)?;
            return Ok(true);
        }
        let Some(filed) = reached.pending_case else {
            return Ok(false);
        };
        let paid = self.settled_between(from, calendar::MAX_DATE, |d| {
            self.case_debt_unpaid(planned, filed, calendar::next_day(d)?)
        })?;
        if paid >= calendar::MAX_DATE {
            return Ok(false);
        }
        reached.pending_case = None;
        reached.anchor = reached.anchor.max(paid);
        Ok(true)
    }

    /// Whether a case before the court that held no road only because an invoice not in it
    /// was owed ([`Reached::dropped_case`]) holds it again before the step of the road on
    /// `day`, judged on the first day the projection may take after the steps projected so far
    /// (as once they are recorded), then on `day`: that invoice is paid by then, and the case's
    /// own debt is still owed and not time-barred. It is then before the court again (litispendens,
    /// rättegångsbalken 13 kap. 6 §): the caller projects its judgment instead of the step, as
    /// the timeline does once the steps before it are recorded (a campaign of court cases found
    /// a betalningsföreläggande projected for the case's debt, then a judgment once the
    /// inkassokrav before it was recorded).
    fn case_resumes(&self, planned: &[Planned], reached: &mut Reached, day: Date) -> Result<bool> {
        let Some(filed) = reached.dropped_case else {
            return Ok(false);
        };
        if reached.pending_case.is_some() || reached.disputed {
            return Ok(false);
        }
        // Judged as the history judges it once the steps projected so far are recorded: first
        // on the first day the projection may take after them (the last one's deadline; a
        // review found a case debt paid between that day and `day` leaving no judgment, which
        // came once the letter before it was recorded), then, still held back by the invoice
        // not in it, on `day`.
        reached.pending_case = Some(filed);
        self.judge_pending_case(planned, reached)?;
        if reached.pending_case.is_none() && reached.dropped_case.is_some() {
            reached.pending_case = Some(filed);
            let anchor = reached.anchor;
            reached.anchor = reached.anchor.max(day);
            self.judge_pending_case(planned, reached)?;
            reached.anchor = anchor;
        }
        if reached.pending_case.is_none() {
            return Ok(false);
        }
        reached.court_action = Some(filed);
        reached.dropped_case = None;
        reached.resumed_after = planned
            .iter()
            .filter(|p| p.status == EntryStatus::Projected)
            .filter(|p| !is_further_year(p) && !is_projected_surveillance(p))
            .map(|p| p.date)
            .max();
        Ok(true)
    }

    /// The first day from `from` and before `to` with a payment or credit note recorded after
    /// which `owed` (judged on that day) no longer holds: the day a debt was settled; `to` when
    /// none is. A debt once paid stays paid (payments and credit notes only lower what is
    /// owed), so the days are searched by halves: a few statements, not one per payment day.
    fn settled_between(
        &self,
        from: Date,
        to: Date,
        mut owed: impl FnMut(Date) -> Result<bool>,
    ) -> Result<Date> {
        let mut days: Vec<Date> = self
            .engine
            .payments
            .iter()
            .map(|p| p.date)
            .chain(self.engine.credits.iter().map(|c| c.date))
            .filter(|&d| d >= from && d < to)
            .collect();
        days.sort_unstable();
        days.dedup();
        // Owed on every day before `first`; the answer is in `first..last`.
        let (mut first, mut last) = (0, days.len());
        while first < last {
            let middle = first.midpoint(last);
            let Some(&day) = days.get(middle) else {
                break;
            };
            if owed(day)? {
                first = middle.saturating_add(1);
            } else {
                last = middle;
            }
        }
        Ok(days.get(first).copied().unwrap_or(to))
    }

    /// Whether the debt of the court case filed on `filed` (the invoices overdue then, not
    /// decided by a title before it) is unpaid at the start of `day`, on the timeline's figures
    /// and steps: the debt [`Projector::judge_pending_case`] holds the road for.
    fn case_debt_unpaid(&self, planned: &[Planned], filed: Date, day: Date) -> Result<bool> {
        let claim = with_projected(self.engine, self.policy, planned);
        let facts = crate::limitation::CaseFacts::of(&claim);
        let start = crate::limitation::case_start_in(&facts, StepKind::CourtAction, filed);
        let decided = crate::limitation::decided_before(
            &facts,
            &crate::limitation::title_starts_in(&facts),
            start.unwrap_or(filed),
        );
        self.enforced_debt_unpaid(planned, decided, filed, day)
    }

    /// Whether a dispute stands on `day`, as `letter` would judge it that day (the day's
    /// payments and credit notes counted), on the timeline's figures and steps (a judgment
    /// projected since decides it for the invoices of its case).
    fn dispute_stands_on(&self, planned: &[Planned], day: Date) -> Result<bool> {
        // Nothing is valued after the last date ([`Projector::sampling_options`]).
        let day = day.min(calendar::MAX_DATE);
        let claim = with_projected(self.engine, self.policy, planned);
        let s = statement_of_valid(&claim, &self.sampling_options(day))?;
        let owed: Vec<bool> = s.invoices.iter().map(|i| i.capital.is_positive()).collect();
        Ok(claim
            .dispute_standing(day, true)
            .is_some_and(|d| d.disputes(&claim, &owed)))
    }

    /// A dispute a judgment of day `judged` (on `claim`, the history with the steps projected
    /// so far) did not decide: about invoices its case left out, owed that day
    /// ([`Claim::dispute_standing`]). Their road, once reopened ([`Reached::reopen`]), goes to
    /// court, not to an inkassokrav (a review found a disputed invoice, never tried, demanded
    /// again after a judgment on another).
    fn dispute_left_out(
        &self,
        claim: &Claim,
        replay: &mut Replay<'_>,
        judged: Date,
        reached: &Reached,
    ) -> Result<Option<(Date, Option<Date>)>> {
        if !reached.judgment_left_out {
            return Ok(None);
        }
        let owed = self.owed_on(replay, judged, false)?;
        Ok(claim
            .dispute_standing(judged, true)
            .filter(|d| d.disputes(claim, &owed))
            .filter(|d| !withdrawn_later(claim, d.date))
            .map(|d| (d.date, None)))
    }

    /// Whether a judgment that left invoices out ([`Reached::judgment_left_out`]) has nothing
    /// left to enforce at the start of `day`: every invoice of its case (overdue when the case
    /// was brought) has its capital paid or credited, on the timeline's figures (payments pay
    /// fees and interest first, so nothing of the judgment's debt is left), while an invoice
    /// it left out is still owed. Verkställighet rests on the judgment only for its own debt
    /// (utsökningsbalken 3 kap. 1 §).
    fn judgment_debt_paid(
        &self,
        planned: &[Planned],
        reached: &Reached,
        day: Date,
    ) -> Result<bool> {
        match (reached.judgment, reached.judgment_origin) {
            (Some(_), Some(origin)) if reached.judgment_left_out => {
                let claim = with_projected(self.engine, self.policy, planned);
                let facts = crate::limitation::CaseFacts::of(&claim);
                let titles = crate::limitation::title_starts_in(&facts);
                let decided = crate::limitation::decided_before(&facts, &titles, origin);
                Ok(!self.enforced_debt_unpaid(planned, decided, origin, day)?)
            }
            _ => Ok(false),
        }
    }

    /// [`Projector::judgment_debt_paid`] on the history's figures, sampled from `replay` (days
    /// must not decrease from one call to the next): no statement of its own per step.
    fn judgment_debt_paid_replayed(
        &self,
        replay: &mut Replay<'_>,
        reached: &Reached,
        day: Date,
    ) -> Result<bool> {
        let (Some(_), Some(origin), true) = (
            reached.judgment,
            reached.judgment_origin,
            reached.judgment_left_out,
        ) else {
            return Ok(false);
        };
        // Not the invoices an earlier title decided ([`Projector::judgment_own_debt`]).
        let facts = crate::limitation::CaseFacts::of(self.engine);
        let titles = crate::limitation::title_starts_in(&facts);
        let decided = crate::limitation::decided_before(&facts, &titles, origin);
        let owed = self.owed_on(replay, day, false)?;
        for (invoice, owed) in self.engine.invoices.iter().zip(owed) {
            let due = self.engine.effective_due_date(invoice)?;
            if owed && invoice.issue_date < day && due < origin && decided.is_none_or(|d| due >= d)
            {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// For a judgment awaiting its verkställighet (none since its day) whose case was brought
    /// after an earlier title decided some of the invoices overdue then
    /// ([`crate::limitation::decided_before`]): the effective due dates of the invoices only it
    /// decides, from the first (the earlier title's case start) to before its own case start.
    fn judgment_own_debt(&self, planned: &[Planned], reached: &Reached) -> Option<(Date, Date)> {
        let (Some(judgment), Some(origin)) = (reached.judgment, reached.judgment_origin) else {
            return None;
        };
        if reached.enforced_on.is_some_and(|e| e >= judgment) {
            return None;
        }
        let claim = with_projected(self.engine, self.policy, planned);
        let facts = crate::limitation::CaseFacts::of(&claim);
        let titles = crate::limitation::title_starts_in(&facts);
        crate::limitation::decided_before(&facts, &titles, origin).map(|decided| (decided, origin))
    }

    /// Whether a debt under verkställighet is unpaid at the start of `day`, the day of a further
    /// year: an invoice of the case of a verkställighet still under way then (renewed year
    /// after year up to it, [`crate::limitation::spans_under_way`], as `limitation` reads the
    /// year) with capital unpaid and not time-barred on `day`, on the timeline's figures. One no
    /// title covers is not enforced, nor one time-barred, nor one whose verkställighet lapsed
    /// (reviews found further years projected for an invoice left out of the judgment, and
    /// time-barred, once the judgment's own debt was paid, for an earlier title's debt
    /// `limitation` called time-barred, and for the debt of a lapsed verkställighet, which the
    /// years did not keep from preskription).
    fn titled_debt_unpaid(&self, planned: &[Planned], day: Date) -> Result<bool> {
        let claim = with_projected(self.engine, self.policy, planned);
        let facts = crate::limitation::CaseFacts::of(&claim);
        let titles = crate::limitation::title_starts_in(&facts);
        let spans = crate::limitation::spans_under_way(&facts, &titles, day);
        self.cases_debt_unpaid(&claim, &spans, day)
    }

    /// Whether an invoice of one of the cases `spans`, not time-barred, has capital unpaid at
    /// the start of `day` on `claim`'s figures.
    fn cases_debt_unpaid(
        &self,
        claim: &Claim,
        spans: &[crate::limitation::CaseSpan],
        day: Date,
    ) -> Result<bool> {
        let barred = self.barred_invoices(claim, day)?;
        self.debt_unpaid(claim, day, |i, due| {
            crate::limitation::in_any_case(spans, due) && !barred.get(i).copied().unwrap_or(false)
        })
    }

    /// Which invoices of `claim` are time-barred with capital unpaid on `day`, on the
    /// timeline's figures (a statement only when the steps alone could let one be).
    fn barred_invoices(&self, claim: &Claim, day: Date) -> Result<Vec<bool>> {
        let day = day.min(calendar::MAX_DATE);
        if limitation::barred_after_at_the_earliest(claim, day)?.is_none_or(|b| b >= day) {
            return Ok(Vec::new());
        }
        let s = statement_of_valid(claim, &self.sampling_options(day))?;
        Ok(crate::state::of_statement(claim, &s)?
            .invoices
            .iter()
            .map(|i| i.time_barred)
            .collect())
    }

    /// Whether the debt under verkställighet is unpaid at the start of `day`: an invoice overdue
    /// on `enforced_on` (the latest verkställighet that counts) with capital unpaid, on the
    /// timeline's figures (the taken steps and those projected so far, whose fees the payments
    /// pay first). An invoice due later is not in its title, nor one due before `decided`
    /// (an earlier title's).
    fn enforced_debt_unpaid(
        &self,
        planned: &[Planned],
        decided: Option<Date>,
        enforced_on: Date,
        day: Date,
    ) -> Result<bool> {
        let claim = with_projected(self.engine, self.policy, planned);
        self.debt_unpaid(&claim, day, |_, due| {
            due < enforced_on && decided.is_none_or(|d| due >= d)
        })
    }

    /// The later application the claim's year of verkställighet moves to on `day`, when the one
    /// it ran from (started on `year`) ended with its debt paid
    /// ([`crate::limitation::year_moved_to`]), on the timeline's figures: `None` when it runs on
    /// (or no verkställighet came after `year`).
    fn year_moved_on(&self, planned: &[Planned], year: Date, day: Date) -> Result<Option<Date>> {
        let later = |d: Date| d > year && d < day;
        let any_later = self
            .claim
            .steps
            .iter()
            .any(|s| s.kind == StepKind::Enforcement && later(s.date))
            || planned
                .iter()
                .any(|p| p.kind == EntryKind::Enforcement && later(p.date));
        if !any_later {
            return Ok(None);
        }
        let claim = with_projected(self.engine, self.policy, planned);
        let facts = crate::limitation::CaseFacts::of(&claim);
        let titles = crate::limitation::title_starts_in(&facts);
        let dues = self.unpaid_dues(&claim, day)?;
        let costs = self.unpaid_costs_days(&claim, day)?;
        let unpaid = |case: crate::limitation::EnforcedCase| {
            dues.iter()
                .any(|&due| crate::limitation::in_case(Some(case.1), due))
                || crate::limitation::costs_in_case(&facts, case, &costs)
        };
        Ok(
            crate::limitation::year_moved_to(&facts, &titles, year, day, unpaid)
                .filter(|&m| m > year),
        )
    }

    /// [`Projector::year_moved_on`] on the history's figures, sampled from `replay` (days must
    /// not decrease from one call to the next): no statement of its own per step (a bench found
    /// the 89 KB timeline twice as slow with one).
    fn year_moved_replayed(
        &self,
        replay: &mut Replay<'_>,
        year: Date,
        day: Date,
    ) -> Result<Option<Date>> {
        let later = self
            .engine
            .steps
            .iter()
            .any(|s| s.kind == StepKind::Enforcement && s.date > year && s.date < day);
        if !later {
            return Ok(None);
        }
        let owed = self.owed_on(replay, day, false)?;
        let mut dues = Vec::new();
        for (invoice, owed) in self.engine.invoices.iter().zip(owed) {
            if owed {
                dues.push(self.engine.effective_due_date(invoice)?);
            }
        }
        let costs = self.unpaid_costs_days(self.engine, day)?;
        let facts = crate::limitation::CaseFacts::of(self.engine);
        let titles = crate::limitation::title_starts_in(&facts);
        let unpaid = |case: crate::limitation::EnforcedCase| {
            dues.iter()
                .any(|&due| crate::limitation::in_case(Some(case.1), due))
                || crate::limitation::costs_in_case(&facts, case, &costs)
        };
        Ok(
            crate::limitation::year_moved_to(&facts, &titles, year, day, unpaid)
                .filter(|&m| m > year),
        )
    }

    /// The latest judgment by `day` whose litigation costs (its `costs`) are unpaid at the start
    /// of `day` on the timeline's figures (the taken steps and those projected so far), when
    /// some are ([`crate::statement::costs_unpaid`]): the judgment is a title for them
    /// (utsökningsbalken 3 kap. 1 §), so a verkställighet goes on for them once the capital is
    /// paid.
    fn unpaid_costs_judgment(&self, planned: &[Planned], day: Date) -> Result<Option<Date>> {
        let Some(judgment) = self
            .claim
            .steps
            .iter()
            .filter(|s| s.kind == StepKind::Judgment && s.costs.is_some() && s.date < day)
            .map(|s| s.date)
            .max()
        else {
            return Ok(None);
        };
        let Some(before) = day.previous_day() else {
            return Ok(None);
        };
        let claim = with_projected(self.engine, self.policy, planned);
        let s = statement_of_valid(&claim, &self.sampling_options(before))?;
        Ok(crate::statement::costs_unpaid(&s)?
            .is_positive()
            .then_some(judgment))
    }

    /// Whether the payments of `day` pay every judgment's litigation costs still unpaid at its
    /// start, on the timeline's figures: a verkställighet of the costs projected that day would
    /// come before them (DOMAIN.md 8.5), its grundavgift taking part of the payment that settled
    /// the claim, as the capital's road is not projected on the day it is settled (a review of
    /// quotes, stop 69, found a debtor who paid the whole quote left owing 600 kr).
    fn costs_paid_by_end_of(&self, planned: &[Planned], day: Date) -> Result<bool> {
        let claim = with_projected(self.engine, self.policy, planned);
        let s = statement_of_valid(&claim, &self.sampling_options(day))?;
        Ok(!crate::statement::costs_unpaid(&s)?.is_positive())
    }

    /// The latest judgment whose unpaid litigation costs a further year on `day` enforces: one
    /// that decided a case of a verkställighet under way that day
    /// ([`crate::limitation::spans_under_way`], [`crate::limitation::costs_in_case`]), as the
    /// engine charges the year (a review found the years of an ended case going on for a later
    /// judgment's costs).
    fn enforced_costs_judgment(&self, planned: &[Planned], day: Date) -> Result<Option<Date>> {
        let claim = with_projected(self.engine, self.policy, planned);
        let costs = self.unpaid_costs_days(&claim, day)?;
        if costs.is_empty() {
            return Ok(None);
        }
        let facts = crate::limitation::CaseFacts::of(&claim);
        let titles = crate::limitation::title_starts_in(&facts);
        let cases = crate::limitation::cases_under_way(&facts, &titles, day);
        Ok(costs
            .iter()
            .copied()
            .filter(|&j| {
                cases
                    .iter()
                    .any(|&case| crate::limitation::costs_in_case(&facts, case, &[j]))
            })
            .max())
    }

    /// A verkställighet of the litigation costs of the latest judgment recorded with `costs`
    /// ([`Projector::unpaid_costs_judgment`]), when the history's payments and credit notes
    /// settled the claim's capital by its day (a payment pays the costs first) and nothing taken or
    /// projected since the judgment enforces anything, and its further years while they are
    /// unpaid. The policy's verkställighet stage dates it, as after any judgment. While capital
    /// is unpaid the road of the invoices decides what is projected (a property run found a
    /// verkställighet projected for the costs where the road of an invoice a title left out
    /// was to go on once it was recorded).
    #[cfg_attr(inkasso_size, optimize(size))]
    fn costs_enforcement(&self, plan: &mut Plan<'_>, reached: &Reached) -> Result<()> {
        let (Some(e), Some(judgment)) = (
            self.policy.enforcement,
            self.claim
                .steps
                .iter()
                .filter(|s| s.kind == StepKind::Judgment && s.costs.is_some())
                .map(|s| s.date)
                .max(),
        ) else {
            return Ok(());
        };
        // An application since the judgment (a further year of an older case enforces nothing
        // of it).
        let enforced_since = self.claim.steps.iter().any(|s| {
            s.kind == StepKind::Enforcement
                && s.date >= judgment
                && self.claim.renewed_by(s).is_none()
        }) || plan.planned.iter().any(|p| {
            p.kind == EntryKind::Enforcement
                && p.status == EntryStatus::Projected
                && p.date >= judgment
                && !is_further_year(p)
        });
        if enforced_since {
            return Ok(());
        }
        // Not before a taken plan ended (a property campaign, seed 8100: one was projected
        // while the plan stood).
        let after =
            calendar::next_day(judgment)?.max(reached.plan_ended.unwrap_or(calendar::MIN_DATE));
        let (date, mut notes) =
            self.send(plan.planned, judgment, e.days_after_decision, Some(after))?;
        // The capital paid or credited before its day (a payment pays the costs first): while
        // capital is owed the invoices' road decides (a property run found the costs'
        // verkställighet projected beside the road of an invoice issued after the judgment),
        // and on the settling payment's own day the step would come before it, its grundavgift
        // taking part of it (another found the claim then left unpaid once it was recorded).
        if date > calendar::MAX_DATE
            || self.history.settled_on.is_none_or(|s| s >= date)
            || self.unpaid_costs_judgment(plan.planned, date)? != Some(judgment)
            || self.costs_paid_by_end_of(plan.planned, date)?
        {
            return Ok(());
        }
        notes.push(note(AdjustReason::EnforcesJudgmentCosts {
            judgment,
            title: crate::limitation::title_of_judgment(self.claim, judgment),
        }));
        if plan
            .push(EntryKind::Enforcement, date, None, notes)?
            .is_none()
        {
            return Ok(());
        }
        let mut reached = reached.clone();
        reached.enforce(date, true);
        reached.charged_enforcement = Some(date);
        // Its years, and the policy's efterbevakning after it (none on the settled claim), as
        // for a recorded one.
        self.enforcement_years(plan, &reached)
    }

    /// Whether the engine starts the claim's year of verkställighet with the grundavgift of the
    /// verkställighet projected last (`planned`'s last projected step, of day `day`), on the
    /// timeline's figures ([`Statement::enforcement_year_starts`]): as the history reads it once
    /// recorded ([`Projector::lawful_history`]).
    fn engine_starts_year(&self, planned: &[Planned], day: Date) -> Result<bool> {
        let claim = with_projected(self.engine, self.policy, planned);
        let Some(index) = claim.steps.len().checked_sub(1) else {
            return Ok(false);
        };
        let s = statement_of_valid(&claim, &self.sampling_options(day))?;
        Ok(s.enforcement_year_starts.contains(&index))
    }

    /// The days of the judgments whose litigation costs are unpaid at the start of `day` on
    /// `claim`'s figures ([`crate::statement::unpaid_costs`]).
    fn unpaid_costs_days(&self, claim: &Claim, day: Date) -> Result<Vec<Date>> {
        if !claim
            .steps
            .iter()
            .any(|s| s.costs.is_some() && s.kind == StepKind::Judgment)
        {
            return Ok(Vec::new());
        }
        let Some(before) = day.previous_day() else {
            return Ok(Vec::new());
        };
        let s = statement_of_valid(claim, &self.sampling_options(before))?;
        Ok(crate::statement::unpaid_costs(&s)?
            .into_iter()
            .map(|(judgment, _)| judgment)
            .collect())
    }

    /// The effective due dates of the invoices of `claim` with capital unpaid at the start of
    /// `day` ([`Projector::debt_unpaid`]).
    fn unpaid_dues(&self, claim: &Claim, day: Date) -> Result<Vec<Date>> {
        let mut dues = Vec::new();
        self.debt_unpaid(claim, day, |_, due| {
            dues.push(due);
            false
        })?;
        Ok(dues)
    }

    /// Whether an invoice of `claim` whose effective due date `in_debt` accepts has capital
    /// unpaid at the start of `day` (the day's credit notes counted, its payments not).
    fn debt_unpaid(
        &self,
        claim: &Claim,
        day: Date,
        mut in_debt: impl FnMut(usize, Date) -> bool,
    ) -> Result<bool> {
        let first_issue = self.engine.first_issue_date();
        let Some(before) = day
            .previous_day()
            .filter(|b| first_issue.is_some_and(|f| *b >= f))
        else {
            return Ok(false);
        };
        let capital = self.capital_at(claim, before)?;
        let credits = crate::claim::InvoiceCredits::of(claim);
        for (i, (capital, invoice)) in capital.iter().zip(&claim.invoices).enumerate() {
            // The credit notes of the day come before its steps.
            let credited_on_day = credits
                .credited(i, day)?
                .checked_sub(credits.credited(i, before)?)?;
            let due = claim.effective_due_date(invoice)?;
            if *capital > credited_on_day && in_debt(i, due) {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Whether a final notice projected on `date` is a demand, as `letter` and `check` read it
    /// once it is recorded: after a lawful inkassokrav, taken or projected (one sent when no
    /// invoice issued by its day was unpaid and not yet past its due date, an invoice issued
    /// later left out), or once Kronofogden or a court has the claim.
    fn notice_demands(&self, planned: &[Planned], date: Date) -> Result<bool> {
        let claim = with_projected(self.engine, self.policy, planned);
        Ok(claim.legal_step_between(None, date)
            || crate::state::latest_valid_demand(&claim, date, self.options.rates)?.is_some())
    }

    /// Each invoice's capital unpaid at the end of `day` on the statement of `claim` (the
    /// engine's copy, with the steps projected so far added), from the last one worked out
    /// when that still holds ([`CapitalMemo`]).
    fn capital_at(&self, claim: &Claim, day: Date) -> Result<Vec<Money>> {
        if let Some(memo) = self
            .capital_memo
            .borrow()
            .as_ref()
            .filter(|m| m.holds(claim, day))
        {
            return memo.capital_on(&self.engine_credits, day);
        }
        let s = statement_of_valid(claim, &self.sampling_options(day))?;
        let capital: Vec<Money> = s.invoices.iter().map(|i| i.capital).collect();
        let steps = claim
            .steps
            .iter()
            .filter(|s| s.date <= day)
            .copied()
            .collect();
        self.capital_memo.replace(Some(CapitalMemo {
            day,
            steps,
            capital: capital.clone(),
        }));
        Ok(capital)
    }

    /// The recorded reminder with the latest deadline, and that deadline, among those that
    /// record their term and were sent when an invoice was past its due date with capital
    /// unpaid at the start of that day, as far as the history tells ([`NewDebt::owed_on`]):
    /// `check` judges an inkassokrav sent by then too early
    /// (`DEMAND_BEFORE_REMINDER_DEADLINE`), but not after a reminder that reminded of nothing
    /// (`REMINDER_NOT_OVERDUE`). Its deadline is its term moved off a day off. None when no
    /// reminder qualifies.
    #[cfg_attr(inkasso_size, optimize(size))]
    fn reminder_deadline(&self, planned: &[Planned]) -> Result<Option<(Date, Date)>> {
        let mut latest: Option<(Date, Date)> = None;
        for p in planned
            .iter()
            .filter(|p| p.status == EntryStatus::Taken && p.kind == EntryKind::Reminder)
        {
            let Some(term) = p.fact.and_then(|s| s.payment_term_days) else {
                continue;
            };
            let reminded = self
                .history
                .invoices
                .iter()
                .any(|i| i.issued <= p.date && i.owed_on(p.date));
            if !reminded {
                continue;
            }
            let (Some(deadline), _) = deadline_after(p.date, term)? else {
                continue;
            };
            if latest.is_none_or(|(_, d)| deadline > d) {
                latest = Some((p.date, deadline));
            }
        }
        Ok(latest)
    }

    /// The first day a letter may follow `anchor` when it is an earlier letter's deadline (or
    /// a step's day) after the claim's due date: the day after it, since the debtor may pay
    /// through the deadline and a letter sent on it would already charge the next fee (a
    /// stage's `daysAfter` of 0). `None` when `anchor` is the due date itself: the letter then
    /// waits until every invoice is overdue ([`Projector::send`]).
    #[cfg_attr(inkasso_size, optimize(size))]
    fn after_deadline(&self, anchor: Date) -> Result<Option<Date>> {
        if anchor > self.due {
            calendar::next_day(anchor).map(Some)
        } else {
            Ok(None)
        }
    }

    /// The send date `anchor + days`, not before `not_before`, not before every invoice is
    /// overdue (the day after the claim's due date; with a note when that moved it), not
    /// before today, moved to a bank day.
    #[cfg_attr(inkasso_size, optimize(size))]
    fn send(
        &self,
        projected: &[Planned],
        anchor: Date,
        days: u32,
        not_before: Option<Date>,
    ) -> Result<(Date, Vec<Warning>)> {
        let (mut date, notes) = self.send_on(anchor, days, not_before)?;
        // Not on the day of a further year or an efterbevakning projected so far: once
        // recorded, that entry is the last recorded step, and nothing is projected on its day
        // ([`projection_floor`]), so the step would move to the next day once it was (a
        // stability check over 20 000 generated histories found it in 19: a verkställighet on
        // a judgment projected on the anniversary, the day after the last recorded step; with
        // efterbevakning in the policy, an inkassokrav on its day in 2 of 3 failing checks).
        while projected
            .iter()
            .any(|p| (is_further_year(p) || is_projected_surveillance(p)) && p.date == date)
        {
            date = calendar::next_business_day(calendar::next_day(date)?)?;
        }
        Ok((date, notes))
    }

    /// [`Projector::send`] without the further years projected so far.
    #[cfg_attr(inkasso_size, optimize(size))]
    fn send_on(
        &self,
        anchor: Date,
        days: u32,
        not_before: Option<Date>,
    ) -> Result<(Date, Vec<Warning>)> {
        let planned = calendar::add_days(anchor, i64::from(days))?;
        let date = not_before.map_or(planned, |n| planned.max(n));
        let mut notes = Vec::new();
        // Not before today, then the first day that is lawful as it stands then (a credit note
        // cancels an invoice from its date on). The note says when the planned day had to wait
        // for the claim's due date to pass (not when a credit note made it lawful sooner).
        let paid_off = &self.history.paid_off;
        let due = due_before(self.claim, date, paid_off)?;
        let from = self.today.map_or(date, |t| date.max(t));
        let lawful = first_lawful_day(self.claim, from, paid_off)?;
        // Not when `today` (after the due date) moved it: then it waits for today, not for the
        // invoices to fall due.
        if date <= due && lawful > due && self.today.is_none_or(|t| t <= due) {
            notes.push(note(AdjustReason::WaitsUntilOverdue { due }));
        }
        Ok((calendar::next_business_day(lawful)?, notes))
    }

    /// The amorteringsplan's send date ([`Projector::send`]), not before the last payment or
    /// credit note the claim records: a plan is agreed for what is owed on its date, and its
    /// instalments are the payments after it ([`crate::plan::instalment_plan`] refuses a
    /// payment after the plan's date). A note says when that moved it.
    fn plan_date(
        &self,
        projected: &[Planned],
        anchor: Date,
        days: u32,
    ) -> Result<(Date, Vec<Warning>)> {
        let (date, notes) = self.send(projected, anchor, days, self.after_deadline(anchor)?)?;
        let recorded = self
            .claim
            .payments
            .iter()
            .map(|p| p.date)
            .chain(self.claim.credits.iter().map(|c| c.date))
            .max();
        match recorded {
            Some(last) if last > date => {
                let (moved, mut notes) = self.send(projected, anchor, days, Some(last))?;
                notes.push(note(AdjustReason::AfterRecordedPayments { date: last }));
                Ok((moved, notes))
            }
            _ => Ok((date, notes)),
        }
    }

    /// Whether the claim's latest step (by date, then input order) is an amorteringsplan that
    /// counts: the debtor pays by the plan, so nothing further is projected, as after a
    /// projected plan, but for the yearly grundavgift (and the policy's efterbevakning) of a
    /// verkställighet that counts, applied for before the plan
    /// ([`RecordedPlan::PaysUnderEnforcement`]: owed each year the enforcement lasts; its
    /// further years and efterbevakning recorded after the plan leave it the latest step). A
    /// plan counts when it covers every invoice still owed (each issued by its day, one not
    /// yet due included: [`Projector::plan_covers`]). A broken plan is recorded by the day it `ended`
    /// ([`Step::ended`]), or by the step taken next (a betalningsföreläggande, say), which
    /// projects again from there.
    fn recorded_plan(&self) -> Result<RecordedPlan> {
        let steps = &self.claim.steps;
        let latest_plan = steps
            .iter()
            .enumerate()
            .filter(|(_, s)| s.kind == StepKind::PaymentPlan)
            .max_by_key(|(i, s)| (s.date, *i));
        let Some((plan_index, plan)) = latest_plan else {
            return Ok(RecordedPlan::None);
        };
        // Recorded as ended ([`Step::ended`]: an instalment missed, or cancelled): broken, and
        // the road goes on from that day (`lawful_history` anchors it there).
        if plan.ended.is_some() {
            return Ok(RecordedPlan::None);
        }
        // Steps after the plan (by date, then input order): only a verkställighet's further
        // years and efterbevakning leave it the debtor's way of paying (under a verkställighet
        // that counts, checked below); anything else was taken because it was broken.
        let after = steps
            .iter()
            .enumerate()
            .filter(|(i, s)| (s.date, *i) > (plan.date, plan_index))
            .map(|(_, s)| s.kind);
        let mut enforced_after = false;
        for kind in after {
            match kind {
                StepKind::Enforcement => enforced_after = true,
                // Efterbevakning takes nothing from the debtor and demands nothing new.
                StepKind::Surveillance => {}
                _ => return Ok(RecordedPlan::None),
            }
        }
        // One replay, sampled in date order: the verkställigheter up to the plan, then the plan.
        let mut enforcements: Vec<(usize, Step)> = steps
            .iter()
            .enumerate()
            .filter(|(_, s)| s.kind == StepKind::Enforcement && s.date <= plan.date)
            .map(|(i, s)| (i, self.engine.steps.get(i).copied().unwrap_or(*s)))
            .collect();
        crate::sort::sort_by_key(&mut enforcements, |(_, s)| s.date);
        let options = self.sampling_options(self.due);
        let mut replay = Replay::of_valid(self.engine, &options)?;
        let mut enforced = false;
        for (i, step) in &enforcements {
            enforced |= self.enforcement_counts(&mut replay, *i, step)?;
        }
        Ok(match self.plan_covers(&mut replay, plan.date)? {
            false => RecordedPlan::None,
            true if enforced => RecordedPlan::PaysUnderEnforcement,
            // A verkställighet applied for after the plan, none counting before it: a new
            // case (the plan was broken), projected from.
            true if enforced_after => RecordedPlan::None,
            true => RecordedPlan::Pays,
        })
    }

    /// Whether the taken verkställighet `index` counts: the engine charged its grundavgift, or
    /// would have, as it judges (fees.rs): some invoice overdue with capital unpaid that day
    /// (sampled from `replay`, days not decreasing from one call to the next), the claim not
    /// settled. One that claims no fee, or is applied for again within the year of the last
    /// grundavgift (charged once a year), counts then. It may rest on a dom or an utslag the
    /// history does not record.
    #[cfg_attr(inkasso_size, optimize(size))]
    fn enforcement_counts(
        &self,
        replay: &mut Replay<'_>,
        index: usize,
        step: &Step,
    ) -> Result<bool> {
        if self.history.charged.contains(&index) {
            return Ok(true);
        }
        if self.history.settled_on.is_some_and(|s| step.date >= s) {
            return Ok(false);
        }
        Ok(self.coverage(replay, step.date)?.some_overdue)
    }

    /// Whether `step` would demand an invoice time-barred and unpaid on its day
    /// (preskriptionslagen; a time-barred debt may not be demanded), on the engine's figures
    /// with the steps projected so far and the step itself (their fees paid first, their
    /// interruptions counted), as the claim's state, `letter` and `check` judge it. The
    /// payments recorded after its day do not count. A statement is made only when an invoice
    /// could be time-barred by then on the steps alone: the payments only put the day off.
    fn barred_on(&self, planned: &[Planned], step: Step) -> Result<bool> {
        // Nothing is valued after the last date: a step after it is judged on that day (the
        // projection ends before it anyway, unless the claim is time-barred by then).
        let date = step.date.min(calendar::MAX_DATE);
        let mut claim = with_projected(self.engine, self.policy, planned);
        let step = engine_step(self.policy, Step { date, ..step });
        claim.steps.push(step);
        if limitation::barred_after_at_the_earliest(&claim, date)?.is_none_or(|b| b >= date) {
            return Ok(false);
        }
        let s = statement_of_valid(&claim, &self.sampling_options(date))?;
        Ok(crate::state::of_statement(&claim, &s)?
            .time_barred_demanded(&claim, &step)
            .next()
            .is_some())
    }

    /// [`Facts::ProjectedTransferLate`] for a court action projected on `date` after the steps
    /// `planned` that is the transfer of a disputed betalningsföreläggande
    /// ([`Claim::payment_order_disputed_by`]) after the four weeks to ask for it
    /// ([`crate::compliance::transfer_deadline`]): `today` is past them, and `check` warns of
    /// the same once it is recorded (a review of `TRANSFER_REQUEST_LATE`).
    fn late_transfer(&self, planned: &[Planned], date: Date) -> Result<Option<Warning>> {
        let claim = with_projected(self.engine, self.policy, planned);
        let Some(order) = claim.payment_order_disputed_by(date) else {
            return Ok(None);
        };
        let Some((dispute, deadline)) = crate::compliance::transfer_deadline(&claim, order)? else {
            return Ok(None);
        };
        Ok((date > deadline).then(|| {
            let facts = Facts::ProjectedTransferLate {
                order,
                dispute,
                deadline,
            };
            Warning::new(Subject::Entry, facts)
        }))
    }

    /// [`WarningCode::LimitationBeforeReceipt`] for a letter projected on `date` after the
    /// steps `planned`, as `letter` warns of one sent then
    /// ([`crate::letter::limitation_before_receipt`]): an invoice it demands whose limitation
    /// ends before the day it is assumed received.
    fn late_receipts(&self, planned: &[Planned], date: Date) -> Result<Vec<Warning>> {
        let claim = with_projected(self.engine, self.policy, planned);
        // Received after the last date the engine supports: no preskription date to compare.
        let Ok(received) = calendar::add_bank_days(date, params::demand_delivery_bank_days(date))
        else {
            return Ok(Vec::new());
        };
        // Cheap first: no invoice's limitation can end before the letter is received.
        if limitation::barred_after_at_the_earliest(&claim, date)?.is_none_or(|b| b >= received) {
            return Ok(Vec::new());
        }
        let st = statement_of_valid(&claim, &self.sampling_options(date))?;
        let capital: Vec<Money> = st.invoices.iter().map(|i| i.capital).collect();
        crate::letter::limitation_before_receipt(&claim, &capital, date, self.options.rates)
    }

    /// The options of the statements [`Projector::coverage`] and [`Projector::barred_on`]
    /// sample: a summary on `as_of` with the timeline's rate table. Nothing is valued after
    /// the last date: a day after it (a step projected past it, which the projection leaves
    /// out) is sampled on that date (a Rust user's review found a dispute's court action
    /// sampled after it refuse the whole timeline with `DATE_OUT_OF_RANGE`).
    fn sampling_options(&self, as_of: Date) -> StatementOptions<'_> {
        history_options(self.options, as_of.min(calendar::MAX_DATE))
    }

    /// What a taken step on `day` covers, on the engine's figures (the policy's fee choices,
    /// the payments before the day, the credit notes up to it, sampled from `replay` the day
    /// before; days must not decrease from one call to the next). An invoice is still owed
    /// when capital is unpaid, or when it is issued after the day (owed in full later, as
    /// `check` and the claim's state judge it).
    fn coverage(&self, replay: &mut Replay<'_>, day: Date) -> Result<Coverage> {
        self.coverage_since(replay, day, day, false)
    }

    /// Whether an amorteringsplan of `day` covers every invoice still owed: each one owed at the
    /// start of the day ([`Projector::owed_on`]) was issued by then. A plan schedules the whole
    /// debt issued by its day, an invoice not yet due included (`instalmentPlan` does: paying
    /// its schedule leaves nothing owed), so while it is kept no letter demands that invoice
    /// (lag 1981:739 3 § 2, a "fullständig plan för amortering av återstående del av
    /// skulden"; an `instalmentPlan` review, stop 68, found the timeline sending a debtor who
    /// paid every instalment to Kronofogden for an invoice that fell due during the plan).
    /// One issued after the plan's day is a debt the plan could not cover, unless the history
    /// pays it off, or credits it in full: by its due date (no step need cover it then; paid in
    /// the usual order too: nothing is projected while the plan stands, so no projected fee
    /// takes that payment first, as a review found a plan's road resumed for an invoice a
    /// payment without `invoice` had paid before it fell due), or by the history's last event
    /// (its road ended there, and a letter after it could only be about the plan's debt:
    /// `check`'s `DEMAND_DURING_PLAN`; a docs review, stop 68).
    fn plan_covers(&self, replay: &mut Replay<'_>, day: Date) -> Result<bool> {
        let owed = self.owed_on(replay, day, false)?;
        for (i, (invoice, owed)) in self.engine.invoices.iter().zip(owed).enumerate() {
            if !owed || invoice.issue_date <= day {
                continue;
            }
            let due = self.due_of(i)?;
            let paid_in_time =
                self.off_by_due(i, due)? || self.paid_by(i, due.max(self.engine.last_event()))?;
            if !paid_in_time {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Invoice `i`'s effective due date, an error naming its `dueDate`.
    fn due_of(&self, i: usize) -> Result<Date> {
        let invoice = self
            .engine
            .invoices
            .get(i)
            .ok_or_else(|| Error::overflow("an invoice"))?;
        self.engine
            .effective_due_date(invoice)
            .map_err(|e| e.at(crate::error::item_path("invoices", i, "dueDate")))
    }

    /// Whether the history pays invoice `i` off ([`History::paid_off`]), or credits it in
    /// full, by its due date `due`: it never falls due unpaid.
    fn off_by_due(&self, i: usize, due: Date) -> Result<bool> {
        let amount = self
            .engine
            .invoices
            .get(i)
            .map_or(Money::ZERO, |v| v.amount);
        Ok(self.history.paid_off.get(i).is_some_and(Option::is_some)
            || self.engine_credits.credited(i, due)? >= amount)
    }

    /// Whether invoice `i` has no capital unpaid at the end of `day` (its payments and credit
    /// notes of the day counted), on the engine's figures (a replay of its own: `day` may lie
    /// past the days a caller's replay has reached).
    fn paid_by(&self, i: usize, day: Date) -> Result<bool> {
        let on = day.min(calendar::MAX_DATE);
        let options = self.sampling_options(on);
        let mut own = Replay::of_valid(self.engine, &options)?;
        Ok(own
            .capital_on(on)?
            .get(i)
            .is_some_and(|capital| !capital.is_positive()))
    }

    /// [`Projector::coverage`] of what is still owed on `day`, with `uncovered` the invoices
    /// among them not yet overdue on `since` (on or before `day`): what a step of `since`
    /// could not cover and is still owed on `day`. `cancelled`: an invoice issued after `day`
    /// and credited in full (whenever) is not owed, as a title judges it; a step of `day`
    /// that did not cover it is still judged partial, as `check` judges it.
    #[cfg_attr(inkasso_size, optimize(size))]
    fn coverage_since(
        &self,
        replay: &mut Replay<'_>,
        day: Date,
        since: Date,
        cancelled: bool,
    ) -> Result<Coverage> {
        if since > due_before(self.engine, day, &self.history.paid_off)? {
            // Every invoice not credited away is overdue: it covers them all (no statement).
            return Ok(Coverage {
                uncovered: None,
                some_overdue: true,
            });
        }
        let owed = self.owed_on(replay, day, cancelled)?;
        let mut coverage = Coverage {
            uncovered: None,
            some_overdue: false,
        };
        for (i, owed) in owed.into_iter().enumerate() {
            if !owed {
                continue;
            }
            let due = self.due_of(i)?;
            // One the history pays off, or credits in full, by its due date never falls due
            // unpaid: no step need cover it (an integrator's review found a reminder sent
            // again for one paid off, a docs review for one credited).
            let paid_in_time = self.off_by_due(i, due)?;
            if since <= due && !paid_in_time {
                coverage.uncovered = Some(coverage.uncovered.map_or(due, |l| l.max(due)));
            }
            if day > due {
                coverage.some_overdue = true;
            }
        }
        Ok(coverage)
    }

    /// Which invoices are owed at the start of `day` (one flag per invoice), on the engine's
    /// figures sampled from `replay` the day before (days must not decrease from one call to
    /// the next): capital unpaid beyond the day's credit notes, or issued on the day or later
    /// (owed in full then). `cancelled`: one issued after `day` and credited in full
    /// (whenever) is not owed, as a title judges it.
    #[cfg_attr(inkasso_size, optimize(size))]
    fn owed_on(&self, replay: &mut Replay<'_>, day: Date, cancelled: bool) -> Result<Vec<bool>> {
        // Sampled on the last date at the latest: nothing is valued after it, and nothing after
        // it is projected (a step after it is judged on the claim as it stands then).
        let before = day
            .previous_day()
            .map(|b| b.min(calendar::MAX_DATE))
            .filter(|b| self.engine.first_issue_date().is_some_and(|f| *b >= f));
        let capital = match before {
            Some(b) => Some(replay.capital_on(b)?),
            None => None,
        };
        let mut owed_on = Vec::with_capacity(self.engine.invoices.len());
        for (i, invoice) in self.engine.invoices.iter().enumerate() {
            let owed = if invoice.issue_date > day {
                // Owed in full later (unless credit notes cancel it, for a title).
                !cancelled || self.engine_credits.credited(i, Date::MAX)? < invoice.amount
            } else {
                // Issued on the day itself: all of it (nothing was owed the day before).
                let unpaid = capital
                    .as_ref()
                    .filter(|_| invoice.issue_date < day)
                    .and_then(|c| c.get(i).copied())
                    .unwrap_or(invoice.amount);
                let credited_on_day = match before {
                    Some(b) => self
                        .engine_credits
                        .credited(i, day)?
                        .checked_sub(self.engine_credits.credited(i, b)?)?,
                    None => self.engine_credits.credited(i, day)?,
                };
                unpaid > credited_on_day
            };
            owed_on.push(owed);
        }
        Ok(owed_on)
    }

    /// A reminder, inkassokrav or final notice sent while some invoices were overdue with
    /// capital unpaid but not all is sent again to cover them
    /// ([`AdjustReason::RepeatsPartialStep`]; claiming no fee when the engine charged the
    /// taken one's): an inkassokrav only then is ground for a betalningsföreläggande. An
    /// inkassokrav so sent counts as the stage reached (no reminder is projected after it); a
    /// reminder so sent counts as a reminder sent (the one sent again is a second one). A
    /// lawful step of the kind taken later covers what the earlier one did not.
    ///
    /// Also: each taken inkassokrav (by step index) that counts, covering every invoice, whose
    /// own deadline comes before the lawful one the projection waits for, with that deadline.
    #[allow(clippy::type_complexity)]
    fn lawful_history(
        &self,
        planned: &[Planned],
    ) -> Result<(Reached, Vec<Superseded>, Vec<(usize, StepKind, Date)>)> {
        let mut reached = Reached {
            year_gaps: Vec::new(),
            rank: 0,
            anchor: self.due,
            demand_deadline: None,
            demand_sent: None,
            final_notice_sent: None,
            final_notice_demand: None,
            payment_order: None,
            enforcement: None,
            charged_enforcement: None,
            first_enforcement: None,
            enforced_on: None,
            titled: false,
            awaiting_title: false,
            reminders: 0,
            disputed: false,
            dispute: None,
            dispute_after_title: false,
            court_action: None,
            pending_case: None,
            dropped_case: None,
            resumed_after: None,
            plan_ended: None,
            judgment: None,
            judgment_origin: None,
            judgment_left_out: false,
            left_out_dispute: None,
            left_out_case: None,
            reopened_since: None,
        };
        let mut invalid = Vec::new();
        let mut short_terms = Vec::new();
        let mut taken: Vec<&Planned> = planned
            .iter()
            .filter(|p| p.status == EntryStatus::Taken)
            .collect();
        crate::sort::sort_by_key(&mut taken, |p| p.date);
        // One replay of the engine's copy, sampled at the taken steps' days in order.
        let options = self.sampling_options(self.due);
        let mut replay = Replay::of_valid(self.engine, &options)?;
        // The cases of the engine's history, for the titles its verkställigheter rest on.
        let facts = crate::limitation::CaseFacts::of(self.engine);
        // A plan that counts, once one is taken: the steps after it record its breach, and the
        // projection continues from them (not from the stages before the plan).
        let mut plan_made = false;
        // A final notice that reached no stage, by its day: a lawful inkassokrav of that same
        // day, listed before or after it, makes it the stage reached, as one that followed
        // that inkassokrav (the road does not depend on the order of a day's letters: a diff
        // review found it did).
        let mut notice_waiting: Option<Date> = None;
        for p in taken {
            // A letter, plan or betalningsföreläggande after a judgment whose own debt is paid
            // by its day is of the road of the invoices the judgment left out, as the
            // projection reads it ([`Projector::escalate`]): recorded, the road goes on.
            let of_the_road = matches!(
                p.kind,
                EntryKind::Reminder
                    | EntryKind::CollectionDemand
                    | EntryKind::FinalNotice
                    | EntryKind::PaymentOrder
            );
            if of_the_road && self.judgment_debt_paid_replayed(&mut replay, &reached, p.date)? {
                // From this step on: the projection does not go back before it.
                reached.reopen_after_judgment_paid();
                reached.anchor = reached.anchor.max(p.date);
            }
            // A further year of the verkställighet under way moves no anchor: the road of
            // the invoices it left out goes on as it was ([`Reached::further_year`]).
            // So is one recorded on the same title as the verkställighet under way, with no
            // betalningsföreläggande or judgment since it (a property run found one recorded
            // on the first's anniversary, as the timeline had projected it, read as a new one
            // that reopened the road of an invoice in court).
            let same_title = reached.titled
                && reached.enforced_on.is_some_and(|e| {
                    reached.payment_order.is_none_or(|o| o <= e)
                        && reached.judgment.is_none_or(|j| j <= e)
                });
            // And one recorded as a further year ([`Step::further_year`]) while one is under
            // way: it renews that one, whatever title came since (a review found one on an
            // older title read as the verkställighet on a later judgment, which the projection
            // had not assumed).
            let recorded_as_further_year =
                reached.enforced_on.is_some() && p.fact.is_some_and(|s| s.is_further_year());
            // Not one on another title than the verkställighet under way, as the engine reads
            // the titles (an utslag of a betalningsföreläggande the history records, one not
            // lawful by the timeline's reading included; [`crate::limitation::case_start`]):
            // the engine charges it a grundavgift of its own, within the year too, and the
            // timeline reads it as that title's application. The stability check (seed 11575)
            // found one after a betalningsföreläggande on a partial inkassokrav read as a
            // further year: the invoice of that application never had its title, and its road
            // was done again once a payment made a standing dispute moot.
            let other_title = p.kind == EntryKind::Enforcement
                && reached.enforced_on.is_some_and(|under_way| {
                    let title =
                        |day| crate::limitation::case_start_in(&facts, StepKind::Enforcement, day);
                    title(p.date) != title(under_way)
                });
            let a_further_year = p.kind == EntryKind::Enforcement
                && (recorded_as_further_year
                    || (!other_title && (reached.awaiting_title || same_title)));
            if plan_made && !a_further_year {
                reached.anchor = reached.anchor.max(p.waits_until());
            }
            if p.kind == EntryKind::PaymentPlan && self.plan_covers(&mut replay, p.date)? {
                plan_made = true;
            }
            // A plan recorded as ending on a day ([`Step::ended`]): no legal action before it,
            // as `check` reads it (`LEGAL_ACTION_DURING_PLAN`).
            // The latest plan's, as `check` reads it.
            if let Some(plan) = p.fact.filter(|s| s.kind == StepKind::PaymentPlan) {
                reached.plan_ended = plan.ended;
                if let Some(ended) = plan.ended {
                    reached.anchor = reached.anchor.max(ended.previous_day().unwrap_or(ended));
                }
            }
            match p.kind {
                // Judged groundless ([`Step::groundless`]): it stops nothing, and its withdrawal
                // ends nothing, as `letter` and `check` read it; the road goes on after its day (a
                // betalningsföreläggande projected before it, once recorded, would make it the
                // order's objection, which cannot be set aside: a property campaign found one).
                EntryKind::Dispute if p.fact.is_some_and(|s| s.groundless) => {
                    reached.anchor = reached.anchor.max(p.date);
                }
                // As `letter` and `check` read it ([`Claim::dispute_standing`]): after a
                // judgment or verkställighet, a dispute is about the invoices its title left
                // out (owed, and issued by then), or about nothing.
                EntryKind::Dispute => {
                    let owed = self.owed_on(&mut replay, p.date, false)?;
                    let standing = self
                        .engine
                        .dispute_standing(p.date, true)
                        .filter(|d| d.disputes(self.engine, &owed));
                    // A withdrawal ends every dispute up to its own day, those recorded the
                    // same day in any order included, as `letter` and `check` read it (a docs
                    // review found a dispute after a withdrawn one of its day standing here).
                    let withdrawn = self
                        .engine
                        .steps
                        .iter()
                        .filter(|s| s.is_dispute() && s.date == p.date)
                        .filter_map(|s| s.withdrawn)
                        .max();
                    match (standing, withdrawn) {
                        // Withdrawn (återkallat bestridande, [`Step::withdrawn`]): it ends
                        // every dispute up to its day, and the road goes on, its next step on
                        // the withdrawal's day at the earliest (after the dispute's own day),
                        // as `check` reads it.
                        (_, Some(withdrawn)) => {
                            let before = withdrawn.previous_day().unwrap_or(withdrawn);
                            reached.anchor = reached.anchor.max(before.max(p.date));
                            reached.disputed = false;
                            reached.dispute_after_title = false;
                            reached.left_out_dispute = None;
                        }
                        (None, None) => {}
                        // Their road comes after the verkställighet on the judgment.
                        // Their case brought already is the court it goes to.
                        (Some(_), None) if reached.judgment.is_some() => {
                            reached.left_out_dispute = Some((p.date, reached.left_out_case));
                        }
                        (Some(d), None) => {
                            reached.disputed = true;
                            reached.dispute = Some(p.date);
                            reached.dispute_after_title = d.left_out_since.is_some();
                            // Contested in a case already before the court: that case decides
                            // it; else the road goes to court from the dispute.
                            reached.court_action = reached.pending_case;
                        }
                    }
                }
                // A betalningsföreläggande applied for after it: the history takes the debt to
                // Kronofogden, not on in the court case.
                EntryKind::PaymentOrder => {
                    reached.pending_case = None;
                    reached.left_out_case = None;
                }
                EntryKind::CourtAction => {
                    reached.court_action = Some(p.date);
                    // The claim's first case, brought by a stämningsansökan: not one after a
                    // title, a betalningsföreläggande or a verkställighet (another case, of
                    // invoices left out), whose road stays as it was.
                    let first_case = reached.judgment.is_none()
                        && reached.enforced_on.is_none()
                        && reached.payment_order.is_none()
                        && !reached.titled;
                    // Or the case of the invoices a title left out, brought on their road (a
                    // verkställighet reopened it, and no betalningsföreläggande or judgment
                    // came since): theirs is before the court, as the first case's would be.
                    // A later stämningsansökan joins the case before the court, as `limitation`
                    // and `check` read which invoices it is about
                    // ([`crate::limitation::case_start`]: those overdue when the last was
                    // filed; a review found the invoice of the second read as not in the case,
                    // and a betalningsföreläggande projected for it); its judgment is assumed
                    // after the latest, as `limitation` assumes an undecided case's end.
                    if !reached.disputed && (first_case || reached.awaiting_title) {
                        reached.pending_case = Some(p.date);
                    }
                    // Or, after a judgment that left invoices out (no verkställighet reopened
                    // their road yet, and no betalningsföreläggande applied for since it),
                    // theirs: before the court once it is reopened.
                    let on_their_road = reached.judgment.is_some_and(|j| {
                        reached.judgment_left_out && reached.payment_order.is_none_or(|o| o < j)
                    });
                    if !reached.disputed && on_their_road {
                        // The latest: a later filing joins the case, as above.
                        reached.left_out_case = Some(p.date);
                    }
                    if let Some((_, filed)) = reached.left_out_dispute.as_mut() {
                        *filed = Some(p.date);
                    }
                }
                EntryKind::Judgment => {
                    reached.disputed = false;
                    reached.dispute_after_title = false;
                    reached.pending_case = None;
                    reached.left_out_dispute = None;
                    reached.left_out_case = None;
                    // A title of its own: its rules judge what it left out.
                    reached.reopened_since = None;
                    reached.judgment = Some(p.date);
                    reached.awaiting_title = false;
                    // The case was brought with the betalningsföreläggande (transferred when
                    // disputed) or the stämningsansökan, whichever came first, as `limitation`
                    // and `check` read it; a later case starts afresh.
                    let origin =
                        crate::limitation::case_start(self.engine, StepKind::Judgment, p.date)
                            .unwrap_or(p.date);
                    reached.judgment_origin = Some(origin);
                    reached.judgment_left_out = self
                        .coverage_since(&mut replay, p.date, origin, true)?
                        .uncovered
                        .is_some();
                    reached.left_out_dispute =
                        self.dispute_left_out(self.engine, &mut replay, p.date, &reached)?;
                }
                _ => {}
            }
            let (Some(kind), Some(rank)) = (p.kind.step_kind(), p.kind.rank()) else {
                continue; // an amorteringsplan is not a stage
            };
            let mut partial_due = None;
            // A verkställighet that counts and leaves invoices without a title.
            // The day before which the invoices it covers fell due, when it reopens the road.
            let mut reopens: Option<Date> = None;
            let further_year = a_further_year;
            let lawful = match kind {
                StepKind::Reminder | StepKind::CollectionDemand | StepKind::FinalNotice => {
                    let c = self.coverage(&mut replay, p.date)?;
                    match c.uncovered {
                        None => true,
                        Some(due) => {
                            if c.some_overdue {
                                partial_due = Some(due);
                            }
                            false
                        }
                    }
                }
                StepKind::PaymentOrder => {
                    reached.demand_deadline.is_some_and(|d| p.date > d)
                        && self.history.settled_on.is_none_or(|s| p.date < s)
                }
                // Verkställighet may rest on a dom or an utslag the history does not record: it
                // counts when the engine charged its grundavgift (the claim was overdue and
                // unpaid that day), or, claiming no fee, when it would have.
                StepKind::Enforcement => match (p.step, p.fact) {
                    (Some(i), Some(step)) if further_year => {
                        self.enforcement_counts(&mut replay, i, &step)?
                    }
                    (Some(i), Some(step)) => {
                        let counts = self.enforcement_counts(&mut replay, i, &step)?;
                        // An invoice a partial inkassokrav left out, still owed: no title covers
                        // it (a betalningsföreläggande needs a debt already due).
                        let partial = invalid.iter().find(|s: &&Superseded| {
                            s.kind == StepKind::CollectionDemand && s.partial_due.is_some()
                        });
                        // On a judgment, the invoices its case was brought for (whatever an
                        // inkassokrav before it covered); on an utslag, those its application
                        // asked for, overdue on its day ([`crate::limitation::enforced_utslag`]),
                        // or what a partial inkassokrav before it covered.
                        let on_utslag = || {
                            crate::limitation::enforced_utslag(self.engine, p.date)
                                .unwrap_or(p.date)
                        };
                        let since = reached
                            .judgment_origin
                            .unwrap_or_else(|| partial.map_or_else(on_utslag, |s| s.date));
                        // On a judgment that left nothing out (judged as the projection
                        // judges it, credit notes after its day included), every invoice.
                        let judged_all = reached.judgment.is_some() && !reached.judgment_left_out;
                        let covers_all = counts
                            && (judged_all
                                || self
                                    .coverage_since(&mut replay, p.date, since, true)?
                                    .uncovered
                                    .is_none());
                        if covers_all {
                            reached.titled = true;
                        }
                        if counts && !reached.dispute_after_title {
                            // After a disputed betalningsföreläggande the title can only be a
                            // dom: the dispute is decided (the invoices a partial one left out
                            // go on from their own inkassokrav). Not one recorded after a
                            // title: the verkställighet rests on that title.
                            reached.disputed = false;
                        }
                        if counts {
                            // It rests on a title: the case before the court was decided.
                            reached.pending_case = None;
                        }
                        reopens = (counts && !covers_all).then_some(since);
                        counts
                    }
                    _ => false,
                },
                StepKind::PaymentPlan
                | StepKind::Dispute
                | StepKind::CourtAction
                | StepKind::Judgment
                | StepKind::Surveillance => true,
            };
            let partial = partial_due.is_some();
            if !lawful {
                let mut charged_on = p
                    .step
                    .filter(|i| self.history.charged.contains(i))
                    .map(|_| p.date);
                // The latest of a kind is the one replaced or repeated; a fee charged with an
                // earlier one is charged still.
                if let Some(i) = invalid.iter().position(|s: &Superseded| s.kind == kind) {
                    let earlier = invalid.remove(i).charged_on;
                    charged_on = charged_on.or(earlier);
                }
                invalid.push(Superseded {
                    kind,
                    date: p.date,
                    partial_due,
                    charged_on,
                });
                if partial && kind == StepKind::Reminder {
                    // A reminder was sent: the one sent again is a second reminder.
                    reached.reminders = reached.reminders.saturating_add(1);
                }
                // A reminder or final notice that did not cover every invoice is sent again;
                // an inkassokrav is the stage reached (no reminder after it), and is sent
                // again to cover them before a betalningsföreläggande.
                if !partial || kind != StepKind::CollectionDemand {
                    continue;
                }
            } else {
                // A lawful step of the kind covers what an earlier one of it did not.
                invalid.retain(|s| s.kind != kind);
            }
            let anchor = p.waits_until();
            // A final notice that is a demand whose own term ends before the deadline it should
            // have given says so, as an inkassokrav does (a diff review, stop 70).
            if let (Some(step), Some(lawful)) = (p.step, p.lawful_deadline) {
                if p.deadline.is_some_and(|d| lawful > d) {
                    short_terms.push((step, kind, lawful));
                }
            }
            // The projection continues after every step that counts, whatever its stage (a
            // reminder taken after an inkassokrav puts off what follows), but a further year.
            if !further_year {
                reached.anchor = reached.anchor.max(anchor);
            }
            match kind {
                // Only an inkassokrav covering every invoice is ground for a
                // betalningsföreläggande.
                StepKind::CollectionDemand if partial => {}
                StepKind::CollectionDemand => {
                    let min = params::min_collection_term_days(p.date);
                    let lawful_deadline = calendar::demand_deadline(p.date, min)?.deadline;
                    if let (Some(step), true) = (p.step, lawful_deadline > anchor) {
                        short_terms.push((step, kind, lawful_deadline));
                    }
                    reached.demand_deadline = Some(anchor.max(lawful_deadline));
                    reached.demand_sent = Some(p.date);
                    // What follows waits for the lawful deadline, not a shorter term the
                    // letter gave: `letter` and `check` date the inkassokrav so (a final
                    // notice projected after a 3-day term was one `letter` refused as too
                    // early: a diff review).
                    reached.anchor = reached.anchor.max(anchor.max(lawful_deadline));
                    if notice_waiting == Some(p.date) || reached.final_notice_sent == Some(p.date) {
                        reached.final_notice_sent = Some(p.date);
                        reached.final_notice_demand = Some(p.date);
                        if let Some(notice) = EntryKind::FinalNotice.rank() {
                            reached.rank = reached.rank.max(notice);
                        }
                    }
                }
                StepKind::PaymentOrder => {
                    reached.payment_order = Some(p.date);
                    reached.awaiting_title = false;
                }
                // The year of a grundavgift runs from the verkställighet that charged it, as
                // the engine's (fees.rs): one applied for again within it charges none.
                StepKind::Enforcement => {
                    // A later title's own grundavgift while a verkställighet on another is
                    // under way and unpaid does not start the claim's year (as the engine
                    // reads it, [`Statement::enforcement_year_starts`]).
                    let starts_year = p
                        .step
                        .is_some_and(|i| self.history.year_starts.contains(&i));
                    // The year moved to a later title's application once the one it ran from
                    // has its debt paid ([`crate::limitation::year_moved_to`]).
                    if let Some(year) = reached.enforcement {
                        if let Some(moved) = self.year_moved_replayed(&mut replay, year, p.date)? {
                            reached.enforcement = Some(moved);
                        }
                    }
                    let within_year = match reached.enforcement {
                        Some(last) => p.date < fees::next_enforcement_fee_day(last)?,
                        None => false,
                    };
                    // A further year of a debt paid renews nothing: the claim's year runs on
                    // from the last (the stability check found one recorded after that year's
                    // anniversary starting the claim's year, so the anniversary's year, owed
                    // for another case's debt, was no longer projected once the year before
                    // was recorded).
                    let renews_paid_debt = p
                        .step
                        .is_some_and(|i| self.history.renew_paid_debt.contains(&i));
                    if further_year {
                        if !renews_paid_debt {
                            let starts = starts_year || !within_year;
                            if let (true, Some(last)) = (starts, reached.enforcement) {
                                let after_next = fees::next_enforcement_fee_day(
                                    fees::next_enforcement_fee_day(last)?,
                                )?;
                                if p.date >= after_next {
                                    reached.year_gaps.push((last, p.date));
                                }
                            }
                            reached.further_year(p.date, starts);
                        }
                    } else {
                        reached.enforce(p.date, starts_year || !within_year);
                    }
                    if starts_year {
                        reached.charged_enforcement = Some(p.date);
                    }
                }
                StepKind::Reminder => reached.reminders = reached.reminders.saturating_add(1),
                _ => {}
            }
            // A final notice reaches its stage after a lawful inkassokrav (a policy without one,
            // reminders only, sends it after the reminders). One before any inkassokrav of the
            // road is not the policy's final notice, which follows the inkassokrav: the road
            // goes on from the inkassokrav, as when one is to be sent again, with no påminnelse
            // after it (a diff review found one recorded after a judgment, before the
            // inkassokrav sent again, read as reached only when the verkställighet on the
            // judgment was recorded; a second found a påminnelse projected after one).
            // A road that sends no inkassokrav again (one resting on a title for the whole
            // claim, or with a betalningsföreläggande applied for) takes it as the stage, as
            // the projection sends it (a property campaign, seed 10412).
            let no_demand_to_come = reached.titled || reached.payment_order.is_some();
            let notice_reached = kind == StepKind::FinalNotice
                && (reached.demand_sent.is_some()
                    || no_demand_to_come
                    || self.policy.collection_demand.is_none());
            if notice_reached {
                reached.final_notice_sent = Some(p.date);
                reached.final_notice_demand = reached.demand_sent;
            } else if kind == StepKind::FinalNotice {
                notice_waiting = Some(p.date);
            }
            let rank = match EntryKind::CollectionDemand.rank() {
                Some(demand) if kind == StepKind::FinalNotice && !notice_reached => demand,
                _ => rank,
            };
            // A further year leaves the invoices left out at the stage they reached.
            if !further_year {
                reached.rank = reached.rank.max(rank);
            }
            if kind == StepKind::Enforcement && lawful && !further_year {
                // A verkställighet that counts: it reopens the road anew, or leaves none open.
                reached.reopened_since = None;
            }
            if let Some(since) = reopens {
                reached.reopen(Some(since));
                // The first round's betalningsföreläggande and verkställighet are spent: the ones
                // projected for the invoices left out replace none (a partial inkassokrav is
                // still the one sent again).
                invalid
                    .retain(|s| !matches!(s.kind, StepKind::PaymentOrder | StepKind::Enforcement));
            }
        }
        Ok((reached, invalid, short_terms))
    }
}

/// The most further years of verkställighet a timeline projects.
const MAX_ENFORCEMENT_YEARS: u8 = 20;

/// The most steps a timeline projects: one per stage (two reminders, inkassokrav, final
/// notice, amorteringsplan or betalningsföreläggande, court action, judgment, verkställighet,
/// efterbevakning) and the further years of verkställighet. They are added to the caller's
/// steps (at most [`crate::claim::MAX_STEPS`]) and do not count against that limit.
pub const MAX_PROJECTED_STEPS: usize = 30;

/// A projected further year of verkställighet.
/// The taken further years of verkställighet (recorded `furtherYear: true`) on or before `last`
/// and after the latest taken application by then: the years the verkställighet under way has
/// already lasted beyond its first.
fn recorded_further_years(planned: &[Planned], last: Date) -> u8 {
    let taken = || {
        planned.iter().filter(|p| {
            p.kind == EntryKind::Enforcement && p.status == EntryStatus::Taken && p.date <= last
        })
    };
    let marked = |p: &Planned| p.fact.is_some_and(|f| f.further_year);
    let application = taken().filter(|p| !marked(p)).map(|p| p.date).max();
    let years = taken()
        .filter(|p| marked(p) && application.is_none_or(|a| p.date > a))
        .count();
    u8::try_from(years).unwrap_or(u8::MAX)
}

fn is_further_year(p: &Planned) -> bool {
    projected_further_year(p.status, &p.notes)
}

/// Whether `p` is a projected efterbevakning.
fn is_projected_surveillance(p: &Planned) -> bool {
    p.status == EntryStatus::Projected && p.kind == EntryKind::Surveillance
}

/// Whether an entry of `status` with `notes` is a projected further year of verkställighet
/// (its note says so), for the projection.
pub(crate) fn projected_further_year(status: EntryStatus, notes: &[Warning]) -> bool {
    status == EntryStatus::Projected
        && notes.iter().any(|n| {
            matches!(
                n.facts,
                Facts::ProjectionAdjusted {
                    reason: AdjustReason::FurtherEnforcementYear { .. }
                }
            )
        })
}

/// The day the claim's year of verkställighet runs from on or before `day`, as the projection
/// reads it: the year reached by the history ([`Reached::enforcement`]), or a further year
/// projected since, or one recorded late that the projection reads as a year's grundavgift
/// ([`Plan::late_years`]: a diff review's stability check found a verkställighet projected
/// after one starting the claim's year, as the engine does not once the missed year before
/// it is recorded).
fn claim_year(plan: &Plan<'_>, reached: &Reached, day: Date) -> Option<Date> {
    plan.planned
        .iter()
        .filter(|p| is_further_year(p) && p.date < day)
        .map(|p| p.date)
        .chain(plan.late_years.iter().copied().filter(|&d| d < day))
        .chain(reached.enforcement)
        .max()
}

fn note(reason: AdjustReason) -> Warning {
    Warning::new(Subject::Entry, Facts::ProjectionAdjusted { reason })
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

#[cfg_attr(inkasso_size, optimize(size))]
fn assemble(
    copy: &Claim,
    policy: &Policy,
    planned: &[Planned],
    due: Date,
    final_day: Date,
    options: &TimelineOptions<'_>,
) -> Result<Timeline> {
    let last = last_valued(planned, due);
    let full = run(copy, |_| true, last.max(final_day), options)?;
    let final_value = if final_day >= last {
        Valuation::of(&full)
    } else {
        Valuation::of(&run(copy, |_| true, final_day, options)?)
    };
    let values = valuations(copy, planned, options)?;
    let mut entries = Vec::with_capacity(planned.len());
    for (p, value) in planned.iter().zip(values) {
        entries.push(entry(
            copy,
            p,
            &full,
            value,
            policy.fees.fees_on_top_of_late_fee,
        ));
    }
    let mut warnings = Vec::new();
    for w in &full.warnings {
        let about_step = matches!(w.subject, Subject::Step(_));
        if w.code != WarningCode::AfterAsOf && !about_step {
            push_unique(&mut warnings, w.clone());
        }
    }
    Ok(Timeline {
        policy: policy.reported_id().to_owned(),
        due_date: due,
        entries,
        final_value,
        warnings,
        plan: None,
    })
}

/// What settles the claim if paid by each entry's deadline (or on its date): the statement on
/// that day with every step, taken or projected, dated on or before it (on one day the steps
/// come before the payments, DOMAIN.md 8.5), so that a step the timeline sends before an
/// earlier entry's deadline is in that entry's value.
///
/// The claim is replayed once ([`Replay`]) and sampled on each entry's day in date order: the
/// work is one replay and about one interest line per invoice per entry, whatever the number
/// of entries.
#[cfg_attr(inkasso_size, optimize(size))]
fn valuations(
    copy: &Claim,
    planned: &[Planned],
    options: &TimelineOptions<'_>,
) -> Result<Vec<Valuation>> {
    let statement_options = StatementOptions {
        as_of: planned.first().map_or(calendar::MIN_DATE, |p| p.date),
        rates: options.rates,
        strict_rates: options.strict_rates,
        detail: Detail::Summary,
    };
    let mut replay = Replay::of_valid(copy, &statement_options)?;
    let mut order: Vec<usize> = (0..planned.len()).collect();
    crate::sort::sort_by_key(&mut order, |&k| planned.get(k).map(valued_on));
    let mut values: Vec<Option<Valuation>> = vec![None; planned.len()];
    for k in order {
        let Some(as_of) = planned.get(k).map(valued_on) else {
            continue;
        };
        let (totals, warnings) = replay.totals_and_warnings_on(as_of)?;
        if let Some(slot) = values.get_mut(k) {
            *slot = Some(Valuation::of_totals(&totals, &warnings));
        }
    }
    values
        .into_iter()
        .map(|v| v.ok_or_else(|| Error::overflow("a timeline valuation")))
        .collect()
}

fn entry(
    copy: &Claim,
    p: &Planned,
    full: &Statement,
    if_paid: Valuation,
    fees_on_top: bool,
) -> Entry {
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
    let mut notes = p.notes.clone();
    let day = p.deadline.unwrap_or(p.date);
    if day > calendar::MAX_DATE {
        notes.push(Warning::new(
            Subject::Entry,
            Facts::ValuedOnLastDate { date: day },
        ));
    }
    if let Some(i) = p.copy_index {
        notes.extend(
            full.warnings
                .iter()
                .filter(|w| w.subject == Subject::Step(i))
                .map(|w| w.clone().about(Subject::Entry)),
        );
    }
    // A further year under the 100 kr minimum costs no grundavgift: its note says so too (a
    // self-review: "one more basic fee" beside "no new basic fee").
    if notes
        .iter()
        .any(|n| n.code == crate::warning::WarningCode::UnpaidUnderMinimum)
    {
        for n in &mut notes {
            if let Facts::ProjectionAdjusted {
                reason: AdjustReason::FurtherEnforcementYear { fee, .. },
            } = &mut n.facts
            {
                *fee = false;
            }
        }
    }
    let last_of_several = p.kind == EntryKind::Due
        && full.invoices.iter().any(|i| i.effective_due_date < p.date)
        && full.invoices.iter().all(|i| i.effective_due_date <= p.date);
    // A taken one recorded as a further year renews an application (one with none before it
    // counts as the application).
    let further_year = is_further_year(p)
        || (p.status == EntryStatus::Taken
            && p.copy_index
                .and_then(|i| copy.steps.get(i))
                .is_some_and(|s| copy.renewed_by(s).is_some()));
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
        last_of_several,
        further_year,
        title: (p.kind == EntryKind::Judgment)
            .then(|| crate::limitation::title_of_judgment(copy, p.date))
            .flatten(),
        withdrawn: p
            .fact
            .filter(|s| s.kind == StepKind::Dispute && p.status == EntryStatus::Taken)
            .and_then(|s| s.withdrawn),
        groundless: p
            .fact
            .is_some_and(|s| s.kind == StepKind::Dispute && s.groundless),
        record: record_of(p, full, fees_on_top),
    }
}

/// The step that records projected entry `p` ([`Entry::record`]), from its projected fact
/// and the fees `full` (the statement of the claim with every entry) charged it: `fee:
/// false` as [`crate::letter::letter`] sets it, where no fee line is the step's and no fee of
/// it was absorbed by förseningsersättning, for the kinds that have a fee of their own. Under
/// a policy that charges its fees on top of förseningsersättning (`fees_on_top`), an absorbed
/// one is `fee: false` too: the timeline charges none, and `check` under that policy reads a
/// step that does not say so as charging it on top (a diff review).
fn record_of(p: &Planned, full: &Statement, fees_on_top: bool) -> Option<Step> {
    if p.status != EntryStatus::Projected {
        return None;
    }
    let kind = p.kind.step_kind()?;
    let fact = p.fact.unwrap_or(Step::new(kind, p.date));
    let mut step = Step::new(kind, p.date);
    step.payment_term_days = fact.payment_term_days;
    step.further_year = fact.further_year;
    let own = |i: usize| {
        crate::statement::step_charged(full, i)
            || (!fees_on_top && crate::statement::step_fee_absorbed(full, i))
    };
    let has_fee = kind != StepKind::Judgment && !fees::fees_of(kind).is_empty();
    if has_fee && !p.copy_index.is_some_and(own) {
        step.fee = Some(false);
    }
    Some(step)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_projected_steps_bound_counts_every_stage() {
        // Two reminders, inkassokrav, final notice, amorteringsplan, betalningsföreläggande,
        // court action, judgment, verkställighet, efterbevakning.
        let stages: usize = 10;
        let bound = stages.checked_add(usize::from(MAX_ENFORCEMENT_YEARS));
        assert!(bound.is_some_and(|b| b <= MAX_PROJECTED_STEPS), "{bound:?}");
    }

    #[test]
    fn all_names_every_entry_kind_once() {
        // Stops compiling when a kind is added: then add it to `EntryKind::ALL` too.
        let position = |k: EntryKind| match k {
            EntryKind::Due => 0,
            EntryKind::Reminder => 1,
            EntryKind::CollectionDemand => 2,
            EntryKind::FinalNotice => 3,
            EntryKind::PaymentPlan => 4,
            EntryKind::PaymentOrder => 5,
            EntryKind::Dispute => 6,
            EntryKind::CourtAction => 7,
            EntryKind::Judgment => 8,
            EntryKind::Enforcement => 9,
            EntryKind::Surveillance => 10,
        };
        for (i, kind) in EntryKind::ALL.iter().enumerate() {
            assert_eq!(position(*kind), i, "{kind:?}");
        }
    }
}
