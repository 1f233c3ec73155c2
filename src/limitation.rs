//! Preskription (limitation) under preskriptionslagen (1981:130), DOMAIN.md §5.
//!
//! - **Period** (2 §): 10 years from when the claim arose; **3 years** for a claim against a
//!   consumer for goods, services or other utilities a business supplied in its business
//!   (2 § 2 st.). The engine assumes every consumer claim is of that kind (an invoice from a
//!   business); business and public debtors get 10 years.
//! - **Start**: the claim arises when the performance is made; the engine uses each invoice's
//!   **issue date** as the best date it has (the delivery date is not an input). Verify against
//!   the real delivery date where it is earlier.
//! - **Interruption** (avbrott, 5 §): a payment (the debtor acknowledges the claim), a written
//!   reminder, demand or final notice from the creditor, an amorteringsplan (acknowledgement),
//!   or legal action (betalningsföreläggande, verkställighet). A new period of the same length
//!   starts on the day of the interruption (6 §). A written reminder, demand or final notice
//!   interrupts the invoices past their effective due date on its day (one not yet due is not
//!   what it is about: the timeline sends it again), an amorteringsplan every invoice issued
//!   on or before its day; **legal action only the debts its
//!   case is about**: the invoices overdue when the betalningsföreläggande or the
//!   stämningsansökan was filed (a judgment's case started with the first of them since the
//!   judgment before it; a verkställighet's is that of the latest judgment, else its own day:
//!   the invoices overdue then), as the timeline reads a title's coverage. A **payment interrupts the invoices it was allocated to** (interest or
//!   capital of that invoice, or its förseningsersättning; a payment that pays a fee of the
//!   claim, a reminder's, an inkassokrav's or Kronofogden's, acknowledges the whole claim and
//!   interrupts every invoice with capital unpaid as well, so that paying more never
//!   interrupts less): the statement's allocation decides. A
//!   written reminder or demand interrupts on the day it is **sent** (DOMAIN.md §5), while 5 §
//!   2 speaks of the debtor receiving it ("får ett skriftligt krav"): a letter sent within a
//!   few days of the end of the period may reach the debtor after it. **Verify**; dating it at
//!   the assumed receipt ([`crate::params::DEMAND_DELIVERY_BANK_DAYS`]) would be the cautious
//!   reading.
//! - **Legal action** (7 §): when preskription is interrupted by legal action, the new period
//!   runs from when the proceedings end, not from the application. A recorded `judgment` (dom
//!   or utslag) on or after a stämningsansökan ends its proceedings on its day; after a
//!   betalningsföreläggande, when it comes within the assumed handling time below (the utslag)
//!   or after a dispute (the case went to court). Without one, the engine assumes the proceedings of a betalningsföreläggande end
//!   [`PAYMENT_ORDER_PROCEEDINGS_DAYS`] days after the application (Kronofogden's usual handling
//!   time, the policies' `assumedDecisionDays`), and those of a stämningsansökan
//!   [`COURT_PROCEEDINGS_DAYS`] days after it (the policies' `assumedJudgmentDays`: a pending
//!   case is not time-barred in the meantime); the interruption reports that day as
//!   `periodFrom`. 7 §'s text, read 2026-12-07 (docs/LEGAL_RESEARCH.md): the new period runs
//!   "från den dag dom eller slutligt beslut meddelas eller det rättsliga förfarandet avslutas
//!   på annat sätt", and 6 § makes it a period "enligt 2 §": 3 years against a consumer stay 3
//!   after an utslag or a dom. The handling times above are the engine's assumptions.
//! - **Verkställighet** (5 § 3, 7 §): an application for enforcement relies on the claim at
//!   Kronofogden, so the new period runs from when the enforcement case ends (NJA 1994 s. 553:
//!   from the day it ended with Kronofogden's report), not from the application. A private
//!   case (enskilt mål) is handled for a year, and for one more year each time the creditor
//!   asks and pays a further grundavgift ([`params::ENFORCEMENT_FEE_PERIOD_YEARS`]); the
//!   engine assumes each recorded `enforcement` ends a year after its day, and a further year
//!   is recorded as another `enforcement` marked `further_year` (the timeline projects them
//!   while the debt is unpaid, and marks them), so a claim under enforcement is not
//!   time-barred while it goes on. A further year interrupts for the debt of every
//!   verkställighet still under way (applied for, and renewed within each handling year up to
//!   it), whatever title came since: the engine charges one grundavgift a year for the claim,
//!   where Kronofogden renews each case on its own (**verify** for a claim with several). An
//!   efterbevakning (`surveillance`) does not change this: the timeline goes on projecting
//!   further years of verkställighet beside it, and a later application is an `enforcement`
//!   of its own. **Verify**
//!   against Kronofogden's practice where a case ends earlier (paid, withdrawn, or reported
//!   with an obstacle before the year is out).
//! - An interruption after the period has run out does not revive the claim.
//! - A **credit note** is the creditor's, not the debtor's acknowledgement: it does not
//!   interrupt. An invoice paid or credited in full has nothing left to be time-barred, so the
//!   claim's date comes from the other invoices (each invoice's own date is still given).
//! - **The date**: N years after the start, on the same month and day; where that day does not
//!   exist (29 February), the last day of the month (lag 1930:173 1 §). The claim is
//!   time-barred after this day unless interrupted at the latest on it. The date is not moved
//!   off weekends or holidays: lag 1930:173 2 § moves the last day for an act a law requires,
//!   and NJA 1948 s. 550 held it inapplicable to (criminal) limitation; no civil case was
//!   found (a research pass of 2026-12-07 found none either: the annotations to lag 1930:173
//!   list that case and others under other acts, none under preskriptionslagen), so **verify**
//!   whether an interruption on the next weekday is in time (unmoved is the creditor's safe
//!   reading).

use serde::ser::SerializeStruct;
use serde::Serialize;
use time::{Date, Month};

use crate::calendar::{self, serialize_date};
use crate::claim::{Claim, DebtorKind, Step, StepKind};
use crate::error::{Error, Result};
use crate::params;
use crate::rates::{HalfYear, RateStatus, RateTable};
use crate::statement::{statement_of_valid, Allocation, Detail, StatementOptions};
use crate::text::{self, Text};
use rust_decimal::Decimal;

/// The rule the result follows.
pub const RULE: &str = "preskriptionslagen (1981:130) 2 §, 5 §, 6 § och 7 §";

/// Days from a betalningsföreläggande's application to the end of the proceedings, assumed
/// (not statutory; the same as the policies' default `assumedDecisionDays`).
pub const PAYMENT_ORDER_PROCEEDINGS_DAYS: i64 = 42;

/// Days from a stämningsansökan to the end of the proceedings (the judgment), assumed while no
/// judgment is recorded (not statutory; the same as the policies' default
/// `assumedJudgmentDays`).
pub const COURT_PROCEEDINGS_DAYS: i64 = 120;

/// What interrupted the period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum InterruptionKind {
    /// A payment: the debtor acknowledges the claim.
    Payment,
    /// A written reminder.
    Reminder,
    /// An inkassokrav.
    CollectionDemand,
    /// A final notice (a written demand).
    FinalNotice,
    /// An amorteringsplan: the debtor acknowledges the claim.
    PaymentPlan,
    /// A betalningsföreläggande (legal action).
    PaymentOrder,
    /// Verkställighet (legal action).
    Enforcement,
    /// A stämningsansökan at the tingsrätt (legal action).
    CourtAction,
    /// A dom or utslag: the proceedings ended.
    Judgment,
}

impl InterruptionKind {
    /// A written reminder, inkassokrav or final notice: about the invoices past their due
    /// date on its day ([`Interruption::concerns`]).
    fn is_letter(self) -> bool {
        matches!(
            self,
            Self::Reminder | Self::CollectionDemand | Self::FinalNotice
        )
    }

    /// The interruption a step of `kind` is, if it is one: a dispute (no acknowledgement) and
    /// efterbevakning (no demand of its own) are not.
    fn of(kind: StepKind) -> Option<InterruptionKind> {
        Some(match kind {
            StepKind::Reminder => Self::Reminder,
            StepKind::CollectionDemand => Self::CollectionDemand,
            StepKind::FinalNotice => Self::FinalNotice,
            StepKind::PaymentPlan => Self::PaymentPlan,
            StepKind::PaymentOrder => Self::PaymentOrder,
            StepKind::Enforcement => Self::Enforcement,
            StepKind::CourtAction => Self::CourtAction,
            StepKind::Judgment => Self::Judgment,
            StepKind::Dispute | StepKind::Surveillance => return None,
        })
    }
}

/// The interruption a period runs from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Interruption {
    /// What interrupted.
    pub kind: InterruptionKind,
    /// When.
    #[serde(serialize_with = "serialize_date")]
    pub date: Date,
    /// Its index in `claim.steps` or `claim.payments`.
    pub index: usize,
    /// The day the new period runs from: the interruption's date, or for legal action the
    /// (assumed) end of the proceedings (7 §).
    #[serde(serialize_with = "serialize_date")]
    pub period_from: Date,
    /// For legal action, the cases it is about ([`cases_of`]): it interrupts only for their
    /// invoices. `None`: every invoice issued by its day (a payment, an amorteringsplan), or
    /// for a written reminder, demand or final notice every one past its due date then
    /// ([`Interruption::concerns`]).
    #[serde(skip)]
    pub(crate) cases: Option<Vec<CaseSpan>>,
    /// A further year of verkställighet ([`crate::claim::Step::further_year`]): the texts
    /// name it as one, not as an application (a court-path review, stop 65). Not serialised
    /// (`kind` is `enforcement`).
    #[serde(skip)]
    pub(crate) further_year: bool,
    /// For a `judgment`: which title it is, when the history says ([`title_of_judgment`]);
    /// the texts name it (a dom, Kronofogden's utslag). Not serialised.
    #[serde(skip)]
    pub(crate) title: Option<Title>,
}

impl Interruption {
    /// Whether it interrupts the period of an invoice that arose on `arose` with the
    /// effective due date `due`. A written reminder or demand is about the invoices past their
    /// due date on its day (preskriptionslagen 5 § 2: a demand or reminder "om fordringen";
    /// the timeline and `check` read a letter as covering those, and one not yet due is sent
    /// again: a legal review found a reminder that did not cover B interrupting B's
    /// preskription).
    pub(crate) fn concerns(&self, arose: Date, due: Date) -> bool {
        self.date >= arose
            && (!self.kind.is_letter() || self.date > due)
            && self
                .cases
                .as_deref()
                .is_none_or(|cases| in_any_case(cases, due))
    }
}

/// The day the case of a legal step was brought, as the timeline reads a judgment's coverage:
/// a betalningsföreläggande's own day; for a stämningsansökan or a judgment, the first
/// stämningsansökan or disputed betalningsföreläggande (transferred to the tingsrätt,
/// [`disputed_order`]) recorded since the judgment before it and not followed by a
/// verkställighet on an unrecorded title (which ended that case); without one (the judgment then
/// records an utslag), the first betalningsföreläggande since that judgment whose utslag no
/// verkställighet before it rests on; else, for a judgment after another, that one's case (an
/// appeal: hovrätt or Högsta domstolen), or its own day. One not disputed ends in an utslag,
/// not in court, and one whose utslag was enforced ended there (reviews found a second case's
/// judgment read as the first's, the invoices it decided left out); for a
/// verkställighet, that of the latest judgment by its day, unless a betalningsföreläggande was
/// applied for since (and not disputed): it then rests on that one's utslag, recorded or not,
/// and covers the invoices overdue on the application's day, as the timeline reads its
/// coverage; with neither, the first verkställighet's day.
/// `None` for a step that is no legal action.
#[cfg_attr(inkasso_size, optimize(size))]
#[inline(never)]
pub(crate) fn case_start(claim: &Claim, kind: StepKind, date: Date) -> Option<Date> {
    case_start_in(&CaseFacts::of(claim), kind, date)
}

/// What a claim's cases are made of, worked out once per claim and kept while it is read: the
/// effective due dates of its invoices (those that have one), its verkställigheter on no
/// recorded title, and the day each step's case was brought ([`case_start`]), remembered as
/// they are asked for. [`appeal_of`] asks for the due dates on every judgment of a chain of
/// appeals, and [`title_starts`] for every title (a fuzz run found `check` taking seconds on a
/// claim of hundreds of invoices and judgments, most of it in the calendar); a statement asks
/// for the case of every verkställighet and further year (a review found a timeline of 45
/// judgments with their verkställigheter taking 5 s, each case worked out again from every
/// step). The claim must not change while one is kept.
#[derive(Clone)]
pub(crate) struct CaseFacts<'c> {
    claim: &'c Claim,
    dues: core::cell::OnceCell<Vec<Date>>,
    unrecorded: core::cell::OnceCell<Vec<Date>>,
    /// The case starts asked for so far: (the step's kind, its day, its case's start).
    starts: core::cell::RefCell<Vec<(StepKind, Date, Option<Date>)>>,
}

impl<'c> CaseFacts<'c> {
    /// None worked out yet.
    pub(crate) fn of(claim: &'c Claim) -> Self {
        CaseFacts {
            claim,
            dues: core::cell::OnceCell::new(),
            unrecorded: core::cell::OnceCell::new(),
            starts: core::cell::RefCell::new(Vec::new()),
        }
    }

    /// The claim they are about.
    pub(crate) fn claim(&self) -> &'c Claim {
        self.claim
    }

    /// The verkställigheter (applications) on no recorded title: no utslag of a
    /// betalningsföreläggande ([`enforced_utslag`]) and no judgment by their day. Worked out
    /// once: [`case_start_in`] asks for those before each day it looks at, and a review found
    /// a history of 45 judgments, each with its verkställighet, taking 30 s when every look
    /// worked them out again (each application's utslag read from every step).
    fn unrecorded(&self) -> &[Date] {
        self.unrecorded.get_or_init(|| {
            let claim = self.claim;
            claim
                .applications()
                .filter(|&x| enforced_utslag(claim, x).is_none())
                .filter(|&x| {
                    !claim
                        .steps
                        .iter()
                        .any(|s| s.kind == StepKind::Judgment && s.date <= x)
                })
                .collect()
        })
    }

    /// The effective due dates of the invoices that have one.
    pub(crate) fn dues(&self) -> &[Date] {
        self.dues.get_or_init(|| {
            self.claim
                .invoices
                .iter()
                .filter_map(|i| self.claim.effective_due_date(i).ok())
                .collect()
        })
    }

    /// The case start of a step of `kind` on `date`, when asked for before (`Some` of it).
    fn known_start(&self, kind: StepKind, date: Date) -> Option<Option<Date>> {
        let starts = self.starts.try_borrow().ok()?;
        starts
            .iter()
            .find(|&&(k, d, _)| k == kind && d == date)
            .map(|&(_, _, start)| start)
    }

    /// Remembers the case start of a step of `kind` on `date` (forgotten, never wrong, should
    /// the memo be in use).
    fn remember_start(&self, kind: StepKind, date: Date, start: Option<Date>) {
        if let Ok(mut starts) = self.starts.try_borrow_mut() {
            starts.push((kind, date, start));
        }
    }
}

/// [`case_start`], each asked for worked out once per [`CaseFacts`].
pub(crate) fn case_start_in(facts: &CaseFacts<'_>, kind: StepKind, date: Date) -> Option<Date> {
    if let Some(start) = facts.known_start(kind, date) {
        return start;
    }
    let start = work_out_case_start(facts, kind, date);
    facts.remember_start(kind, date, start);
    start
}

/// [`case_start`], worked out.
#[cfg_attr(inkasso_size, optimize(size))]
fn work_out_case_start(facts: &CaseFacts<'_>, kind: StepKind, date: Date) -> Option<Date> {
    let claim = facts.claim;
    let dates = |k: StepKind| {
        claim
            .steps
            .iter()
            .filter(move |s| s.kind == k)
            .map(|s| s.date)
    };
    let utslag_of = |e: Date| enforced_utslag(claim, e);
    // The case decided on `until`, since the last judgment before it: the first
    // stämningsansökan or disputed betalningsföreläggande (a court case), joined by the later
    // ones when `join`; without one, the first betalningsföreläggande whose utslag no
    // verkställighet before `until` rests on (a judgment step is also how an utslag is
    // recorded).
    let brought = |until: Date, join: bool| {
        let since = dates(StepKind::Judgment).filter(|&j| j < until).max();
        let after_since = move |d: &Date| *d <= until && since.is_none_or(|j| *d > j);
        let orders = || dates(StepKind::PaymentOrder).filter(after_since);
        // A verkställighet before `until` on no recorded title (no utslag of a
        // betalningsföreläggande, no judgment by its day) rests on one the history does not
        // record: it ended the court case brought before it.
        let unrecorded = facts.unrecorded();
        let open = |d: &Date| !unrecorded.iter().any(|&x| x < until && x > *d);
        let court = dates(StepKind::CourtAction)
            .filter(after_since)
            .chain(orders().filter(|&p| disputed_order(claim, p, until)))
            .filter(open)
            .min();
        // A stämningsansökan since then, while the case is before the court, brings the
        // invoices overdue on its day into it (the transfer of a betalningsföreläggande
        // disputed since, those overdue on the order's day; the transfer of the case's own,
        // nothing): the engine's convention that the court joins the cases of one creditor
        // against one debtor (rättegångsbalken 14 kap. 6 §, at its discretion, and not an
        // FT-mål with an ordinary case, 14 kap. 7 §: a Known limit), so that the judgment
        // decides them all. A review found a second stämningsansökan read as the first's, so
        // that it interrupted no preskription of the invoice it was about, and that invoice
        // was demanded again after the judgment.
        let joined = |start: Date| {
            let filings = claim
                .steps
                .iter()
                .enumerate()
                .filter(|&(_, s)| {
                    s.kind == StepKind::CourtAction && s.date > start && s.date <= until
                })
                .map(|(i, s)| claim.transferred_by(i).unwrap_or(s.date));
            // Not a betalningsföreläggande disputed but not yet transferred: its case is at
            // Kronofogden until the transfer, and a judgment given before it does not decide
            // it (a review found the transfer recorded after the judgment read as a filing
            // about nothing new, and the invoice's preskription running from that judgment).
            filings
                .filter(open)
                .max()
                .map_or(start, |reach| reach.max(start))
        };
        let court = if join { court.map(joined) } else { court };
        let enforced_after = |p: Date| claim.applications().any(|e| e > p && e < until);
        court.or_else(|| orders().filter(|&p| !enforced_after(p)).min())
    };
    // Followed by a judgment with no case of its own since (no stämningsansökan,
    // betalningsföreläggande or dispute recorded between them: a review found the utslag of a
    // later betalningsföreläggande taken for the second case's judgment).
    let judged_again = |date: Date| {
        dates(StepKind::Judgment)
            .filter(|&j| j > date)
            .min()
            .is_some_and(|next| {
                !claim.steps.iter().any(|s| {
                    (matches!(s.kind, StepKind::CourtAction | StepKind::PaymentOrder)
                        || s.is_dispute())
                        && s.date > date
                        && s.date <= next
                })
            })
    };
    let first_enforcement_after = |day: Date, date: Date| {
        claim
            .applications()
            .filter(|&e| e > day && e <= date)
            .min()
            .unwrap_or(date)
    };
    match kind {
        StepKind::PaymentOrder => Some(date),
        StepKind::CourtAction => Some(brought(date, true).unwrap_or(date)),
        // A judgment with no case brought since the judgment before it, nor a dispute recorded
        // since, is that case's appeal (hovrätt, Högsta domstolen) when it would decide
        // nothing of its own ([`appeal_of`]): it decides the same invoices, and ends the same
        // proceedings (a review found an appeal judgment read as deciding nothing, so no
        // verkställighet was projected on the unpaid debt).
        // A judgment followed by another with no case brought between them decides the
        // first case alone: the history records a judgment for each (the diff harness's seed
        // 1409: two filings, two judgments, the second read as the first's appeal once the
        // first decided both).
        StepKind::Judgment => Some(match brought(date, !judged_again(date)) {
            Some(start) => start,
            None => {
                let before = dates(StepKind::Judgment).filter(|&j| j < date).max();
                // A dispute of the first judgment's own day comes after it on that day, as
                // `Claim::dispute_standing` reads it.
                let disputed = |j: Date| {
                    claim
                        .steps
                        .iter()
                        .any(|s| s.is_dispute() && s.date >= j && s.date <= date)
                };
                let appeal = before.filter(|&j| !disputed(j));
                match appeal.and_then(|j| case_start_in(facts, StepKind::Judgment, j)) {
                    Some(start) if appeal_of(facts.dues(), start, date) => start,
                    _ => date,
                }
            }
        }),
        StepKind::Enforcement => {
            // A further year rests on the title of the application it renews.
            let date = claim.application_day(date);
            let judgment = dates(StepKind::Judgment).filter(|&j| j <= date).max();
            // A betalningsföreläggande since the verkställighet on that judgment: the
            // verkställighet rests on its utslag, which decided what the application asked
            // for, the invoices overdue on its day (a review found an invoice falling due
            // between the application and the verkställighet read as decided by it).
            let order = utslag_of(date);
            Some(match (order, judgment) {
                (None, Some(judgment)) => {
                    case_start_in(facts, StepKind::Judgment, judgment).unwrap_or(judgment)
                }
                (Some(order), _) => order,
                (None, None) => first_enforcement_after(calendar::MIN_DATE, date),
            })
        }
        _ => None,
    }
}

/// Whether a judgment of day `judgment`, with no case brought and no dispute since the one
/// before it (whose case was brought on `start`), is that case's appeal: that case decided an
/// invoice (one fell due before `start`), and no invoice fell due between `start` and
/// `judgment`, which a case of the judgment's own day would decide (property runs found such a
/// judgment read as the appeal, leaving that invoice undecided and its dispute standing). A
/// Known limit: an appeal given after another invoice fell due is read as that case.
fn appeal_of(dues: &[Date], start: Date, judgment: Date) -> bool {
    dues.iter().any(|&due| due < start) && !dues.iter().any(|&due| due >= start && due < judgment)
}

/// Which title a `judgment` recorded on `date` is, as the history says: a dom when a
/// stämningsansökan or a disputed betalningsföreläggande (transferred to the tingsrätt: a
/// dispute on or after it, before any later one or a verkställighet) is recorded since the
/// judgment before it, or when it follows another judgment with nothing between (an appeal's,
/// or an återvinning's); an utslag when only a betalningsföreläggande not disputed by then is;
/// a dom when, with neither, a dispute (not groundless, not withdrawn by then) is; `None` when
/// nothing recorded says which (the texts then say "dom eller utslag").
pub fn title_of_judgment(claim: &Claim, date: Date) -> Option<Title> {
    let before = claim
        .steps
        .iter()
        .filter(|s| s.kind == StepKind::Judgment && s.date < date)
        .map(|s| s.date)
        .max();
    let window = |s: &&Step| s.date <= date && before.is_none_or(|b| s.date > b);
    let mut steps = claim.steps.iter().filter(window);
    let court = steps.clone().any(|s| {
        s.kind == StepKind::CourtAction
            || (s.kind == StepKind::PaymentOrder && disputed_order(claim, s.date, date))
    });
    if court {
        return Some(Title::Dom);
    }
    if steps.clone().any(|s| s.kind == StepKind::PaymentOrder) {
        return Some(Title::Utslag);
    }
    // A dispute standing with nothing at Kronofogden: only a court tries a disputed claim (a
    // demo review, stop 67: "dom eller utslag" where only a dom fits).
    if steps.any(|s| s.is_dispute() && s.withdrawn.is_none_or(|w| w > date)) {
        return Some(Title::Dom);
    }
    before.map(|_| Title::Dom)
}

/// Which title the verkställighet applied for on `application` rests on: Kronofogden's
/// utslag when it enforces a betalningsföreläggande not disputed ([`enforced_utslag`]), else
/// the latest judgment recorded by then, named as [`title_of_judgment`] names it; `None` when
/// nothing recorded says which.
pub(crate) fn title_enforced(claim: &Claim, application: Date) -> Option<Title> {
    if enforced_utslag(claim, application).is_some() {
        return Some(Title::Utslag);
    }
    claim
        .steps
        .iter()
        .filter(|s| s.kind == StepKind::Judgment && s.date <= application)
        .map(|s| s.date)
        .max()
        .and_then(|judgment| title_of_judgment(claim, judgment))
}

/// An exekutionstitel recorded as a `judgment` ([`title_of_judgment`]). Serialised as
/// `"dom"` or `"utslag"` (a timeline entry's `title`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Title {
    /// A court's judgment (dom): the tingsrätt's, or an appeal's.
    Dom,
    /// Kronofogden's decision on an undisputed betalningsföreläggande (utslag).
    Utslag,
}

/// Whether the betalningsföreläggande of day `order` was disputed by `until`: a `dispute`
/// recorded on or after it (by `until`) with no other betalningsföreläggande since it, nor a
/// verkställighet before the dispute (then the dispute is one after a title, about what it
/// left out; steps of one day in the order given: a verkställighet listed before a dispute of
/// its day comes first, an integrator's review found the dispute read as the order's
/// objection, and the verkställighet as a second one on the earlier title). Disputed, it goes
/// to the tingsrätt (DOMAIN.md 4) and its case is decided by a judgment; not disputed, it ends
/// in an utslag.
pub(crate) fn disputed_order(claim: &Claim, order: Date, until: Date) -> bool {
    // The first dispute on or after it (by day, then as listed): a later one has whatever came
    // between them too.
    let Some(dispute) = claim
        .steps
        .iter()
        .enumerate()
        .filter(|(_, d)| d.is_dispute() && d.date >= order)
        .map(|(i, d)| (d.date, i))
        .min()
    else {
        return false;
    };
    dispute.0 <= until
        && !claim.steps.iter().enumerate().any(|(i, s)| {
            s.date > order
                && ((s.kind == StepKind::PaymentOrder && s.date <= dispute.0)
                    || (s.kind == StepKind::Enforcement
                        && claim.renewed_by(s).is_none()
                        && (s.date, i) < dispute))
        })
}

/// The betalningsföreläggande whose utslag a verkställighet of day `e` rests on: one applied
/// for since the verkställighet on the latest judgment by then (the first after it), the
/// latest such not disputed by then ([`disputed_order`]: a disputed one gives no utslag). One
/// applied for before the judgment's first verkställighet leaves that one on the judgment, as
/// the timeline reads it; one applied for on that verkställighet's own day is a case of its own
/// (a review found its verkställighet left out of `limitation` while the timeline read it as
/// the order's). (One on the judgment's own day counts: it rests on it.) `None`: it rests on
/// the judgment, or on no recorded title.
pub(crate) fn enforced_utslag(claim: &Claim, e: Date) -> Option<Date> {
    let dates = |k: StepKind| {
        claim
            .steps
            .iter()
            .filter(move |s| s.kind == k)
            .map(|s| s.date)
    };
    let judgment = dates(StepKind::Judgment).filter(|&j| j <= e).max();
    let on_judgment = judgment.map(|j| {
        claim
            .applications()
            .filter(|&x| x >= j && x <= e)
            .min()
            .unwrap_or(e)
    });
    dates(StepKind::PaymentOrder)
        .filter(|&p| p < e && on_judgment.is_none_or(|x| p >= x))
        .filter(|&p| !disputed_order(claim, p, e))
        .max()
}

/// The exekutionstitel a verkställighet `step` rests on, as the day its case was brought
/// ([`case_start`]), for its grundavgift (one per title, förordning 1992:1094 5 §): two
/// verkställigheter on the same title have the same day. A further year's is that of the
/// application it renews.
pub(crate) fn enforcement_title(facts: &CaseFacts<'_>, step: &Step) -> Option<Date> {
    let day = facts.claim.renewed_by(step).unwrap_or(step.date);
    case_start_in(facts, StepKind::Enforcement, day)
}

/// The days the cases of the claim's titles (its judgments and verkställigheter) were brought,
/// each with the title's day ([`case_start`]): a title decides the invoices overdue then.
/// Worked out once for a claim.
pub(crate) fn title_starts(claim: &Claim) -> Vec<(Date, Date)> {
    title_starts_in(&CaseFacts::of(claim))
}

/// [`title_starts`] from facts worked out already.
pub(crate) fn title_starts_in(facts: &CaseFacts<'_>) -> Vec<(Date, Date)> {
    let claim = facts.claim;
    claim
        .steps
        .iter()
        .filter(|s| matches!(s.kind, StepKind::Judgment | StepKind::Enforcement))
        // A further year is no title: the application it renews is one.
        .filter(|s| claim.renewed_by(s).is_none())
        .filter_map(|s| case_start_in(facts, s.kind, s.date).map(|start| (s.date, start)))
        .collect()
}

/// The day before which the invoices that fell due are decided by a title recorded by
/// `before`, the day a later case was brought (`titles` from [`title_starts`]): that case is
/// not about them. A title of that same day counts when its own case was brought earlier (a
/// betalningsföreläggande sent with the verkställighet on the first title, one envelope, is a
/// case of its own: a review found it valued with the first case's debt). `None` when no
/// title comes before it. When the case was brought by an application (a
/// betalningsföreläggande or a stämningsansökan of that day) with nothing of its own to
/// decide, on a title no verkställighet was applied for on ([`title_asked_again`]), it is
/// about the invoices of that title's case: the bound is that case's own. The creditor asked
/// again for what a title decided, which rättegångsbalken 17 kap. 11 § and 13 kap. 6 § bar and `check` flags
/// (`CLAIM_ALREADY_DECIDED`), but the application still asserts the claim
/// (preskriptionslagen 5 § 3), and the utslag Kronofogden may give on it is a title for that
/// debt (before, such a case was read as about nothing: the timeline projected no
/// verkställighet after its utslag, and one recorded did not keep the debt from preskription).
pub(crate) fn decided_before(
    facts: &CaseFacts<'_>,
    titles: &[(Date, Date)],
    before: Date,
) -> Option<Date> {
    let decided = latest_decided(titles, before)?;
    match title_asked_again(facts, titles, before) {
        // The invoices of the title asked again: its own case's, bounded as that case was
        // (`decided` is its start, earlier than `before`, so this ends). Not every invoice
        // overdue: one an earlier title decided, on which a verkställighet was applied for,
        // stays that title's (a review found it read into the case asked again).
        Some((_, false)) => decided_before(facts, titles, decided),
        _ => Some(decided),
    }
}

/// [`decided_before`] by the titles alone: the latest case start of a title recorded by
/// `before`, whatever the case brought then asks for (the court fee's "nothing new" reads
/// it so: a case asking again for a title's debt brings nothing new).
pub(crate) fn latest_decided(titles: &[(Date, Date)], before: Date) -> Option<Date> {
    titles
        .iter()
        .filter(|(day, start)| *day <= before && *start < before)
        .map(|(_, start)| *start)
        .max()
}

/// The title whose debt a case brought on `start` by an application (a `paymentOrder` or
/// `courtAction` recorded that day) asks for again, when it has nothing of its own to decide:
/// a judgment (a dom or an utslag) recorded by then decided the invoices overdue on that day,
/// at least one was, and none fell due since that title's case was brought. Its day, and whether a verkställighet
/// was applied for on it by `start` (the same day included: one envelope); the debt was then
/// enforced, and the later case is read as about nothing, as a case after a title is about
/// the invoices it left out ([`decided_before`]), even where that verkställighet has since
/// lapsed. `None` otherwise. `start` is the application's own day: a case brought by a
/// `paymentOrder`, or by a `courtAction` that is no transfer, starts on it.
pub(crate) fn title_asked_again(
    facts: &CaseFacts<'_>,
    titles: &[(Date, Date)],
    start: Date,
) -> Option<(Date, bool)> {
    let claim = facts.claim;
    // Cheap tests first: this is asked for every case span.
    let applied = claim.steps.iter().any(|s| {
        matches!(s.kind, StepKind::PaymentOrder | StepKind::CourtAction) && s.date == start
    });
    if !applied {
        return None;
    }
    let decided = latest_decided(titles, start)?;
    let dues = facts.dues();
    // The title whose case decided the most (the latest case start): a recorded judgment (a
    // dom or an utslag). Not a verkställighet on a title the history does not record, whose
    // invoices the timeline reads by the inkassokrav before it (a property run found an
    // invoice that a partial inkassokrav left out, due before such a verkställighet, flagged
    // in the betalningsföreläggande the timeline projects for it).
    let judged = |day: Date| {
        claim
            .steps
            .iter()
            .any(|s| s.kind == StepKind::Judgment && s.date == day)
    };
    let title = titles
        .iter()
        .filter(|&&(day, s)| day <= start && s == decided && judged(day))
        .map(|&(day, _)| day)
        .min()?;
    // An invoice that fell due since that case was brought, by its due date or by the day it
    // moves to off a day off (with `shiftDueDate: false`, the timeline reads an invoice due on
    // a Sunday as left out by a verkställighet of the Monday: a property run found the
    // betalningsföreläggande it projects for it flagged).
    let new_since = |due: Date| {
        due < start
            && (due >= decided || calendar::next_business_day(due).is_ok_and(|d| d >= decided))
    };
    let asked_again =
        dues.iter().any(|&due| due < decided) && !dues.iter().any(|&due| new_since(due));
    let enforced = claim.applications().any(|x| x >= title && x <= start);
    asked_again.then_some((title, enforced))
}

/// Limitation of one invoice.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct InvoiceLimitation {
    /// The invoice number.
    pub invoice: String,
    /// When the claim arose (the issue date).
    pub arose: Date,
    /// The last interruption that counted, if any.
    pub interruption: Option<Interruption>,
    /// The last day of the period: time-barred after it unless interrupted by then.
    pub preskription_date: Date,
    /// The period, in years.
    pub period_years: u8,
    /// No capital of this invoice is left through the claim's last event (paid or credited in
    /// full): none of it can be time-barred, and `preskription_date` is only the date it would
    /// have had. Set by [`limitation_with`]; `false` where an invoice is judged on its own.
    pub settled: bool,
}

impl InvoiceLimitation {
    /// What it means, sv and en (rendered by the catalogue; serialised as `text`).
    pub fn text(&self) -> Text {
        text::invoice_limitation(self)
    }
}

/// Serialised as `{ invoice, arose, interruption, preskriptionDate, settled, text }`.
impl Serialize for InvoiceLimitation {
    fn serialize<S: serde::Serializer>(&self, s: S) -> core::result::Result<S::Ok, S::Error> {
        let mut out = s.serialize_struct("InvoiceLimitation", 6)?;
        out.serialize_field("invoice", &self.invoice)?;
        out.serialize_field("arose", &calendar::format_date(self.arose))?;
        out.serialize_field("interruption", &self.interruption)?;
        out.serialize_field(
            "preskriptionDate",
            &calendar::format_date(self.preskription_date),
        )?;
        out.serialize_field("settled", &self.settled)?;
        out.serialize_field("text", &self.text())?;
        out.end()
    }
}

/// Limitation of a claim.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limitation {
    /// 3 (consumer) or 10.
    pub period_years: u8,
    /// The earliest preskription date of the claim's invoices.
    pub preskription_date: Date,
    /// The invoice that is time-barred first.
    pub invoice: String,
    /// No capital of any invoice is left through the claim's last event (paid or credited in
    /// full): nothing can be time-barred; the date is then the one the claim would have had.
    pub settled: bool,
    /// Each invoice.
    pub invoices: Vec<InvoiceLimitation>,
    /// The statute.
    pub rule: &'static str,
    /// A payment's allocation, and so which invoices it interrupts and whether any is left
    /// unpaid, counts interest at an assumed referensränta (a half-year after the rate table,
    /// the last known one carried forward, or a row marked assumed): the dates may change once
    /// the Riksbank's rate is given (serialised only when `true`; `check` says `RATE_ASSUMED`).
    pub assumed: bool,
}

impl Limitation {
    /// What it means, sv and en (rendered by the catalogue; serialised as `text`).
    pub fn text(&self) -> Text {
        text::limitation(self)
    }
}

/// Serialised as `{ periodYears, preskriptionDate, invoice, settled, invoices, rule, text,
/// assumed? }` (`assumed` only when `true`).
impl Serialize for Limitation {
    fn serialize<S: serde::Serializer>(&self, s: S) -> core::result::Result<S::Ok, S::Error> {
        let mut out = s.serialize_struct("Limitation", 8)?;
        out.serialize_field("periodYears", &self.period_years)?;
        out.serialize_field(
            "preskriptionDate",
            &calendar::format_date(self.preskription_date),
        )?;
        out.serialize_field("invoice", &self.invoice)?;
        out.serialize_field("settled", &self.settled)?;
        out.serialize_field("invoices", &self.invoices)?;
        out.serialize_field("rule", self.rule)?;
        out.serialize_field("text", &self.text())?;
        if self.assumed {
            out.serialize_field("assumed", &true)?;
        } else {
            out.skip_field("assumed")?;
        }
        out.end()
    }
}

/// The limitation period for `debtor`, in years.
///
/// The periods are dated parameters ([`params::LIMITATION_YEARS_CONSUMER`],
/// [`params::LIMITATION_YEARS`]) valued on the day the claim arose.
pub fn period_years(debtor: DebtorKind, arose: Date) -> u8 {
    match debtor {
        DebtorKind::Consumer => params::value_on(params::LIMITATION_YEARS_CONSUMER, arose, 0),
        DebtorKind::Business | DebtorKind::Public => {
            params::value_on(params::LIMITATION_YEARS, arose, 0)
        }
    }
}

/// `date` + `years` years; 29 February becomes 28 February in a common year.
#[cfg_attr(inkasso_size, optimize(size))]
pub fn add_years(date: Date, years: u8) -> Result<Date> {
    let year = date
        .year()
        .checked_add(i32::from(years))
        .ok_or_else(|| Error::overflow("a date"))?;
    let month: Month = date.month();
    let last = month.length(year);
    Date::from_calendar_date(year, month, date.day().min(last))
        .map_err(|_| Error::overflow("a date"))
}

/// Options for [`limitation_with`].
#[derive(Debug, Clone, Copy)]
pub struct LimitationOptions<'a> {
    /// The reference-rate table the history is valued with (default: [`RateTable::embedded`]),
    /// with the last known referensränta assumed after it.
    pub rates: &'a RateTable,
}

impl Default for LimitationOptions<'static> {
    fn default() -> Self {
        LimitationOptions {
            rates: RateTable::embedded(),
        }
    }
}

/// Where a valuation of `claim`'s history with `rates` rests on an assumed referensränta:
/// the first payment whose allocation (which debt it paid, which invoices it interrupts)
/// counts interest computed at a row marked [`RateStatus::Assumed`] (the last known rate
/// carried forward past the table, or a caller's guess), with the first such half-year and
/// its referensränta. `None` when no payment does: no interest at an assumed rate before it
/// (the claim paid before, a fixed agreed rate, interest starting after it, a guessed row for
/// a half-year with no interest).
pub(crate) fn assumed_valuation(
    claim: &Claim,
    rates: &RateTable,
) -> Result<Option<(HalfYear, Decimal, Date)>> {
    let Some(start) = rates
        .rows()
        .iter()
        .find(|row| row.status == RateStatus::Assumed)
        .and_then(|row| row.half_year.start().ok())
    else {
        return Ok(None);
    };
    let first_issue = claim.first_issue_date().unwrap_or(start);
    let mut days: Vec<Date> = claim
        .payments
        .iter()
        .map(|p| p.date)
        .filter(|&day| day >= start && day >= first_issue)
        .collect();
    days.sort_unstable();
    days.dedup();
    // Interest lines only accumulate: once the valuation through one payment's day counts an
    // assumed rate, so does every later one's. The first is found by halving.
    let (mut low, mut high) = (0usize, days.len());
    let mut found = None;
    while low < high {
        let mid = low.saturating_add(high.saturating_sub(low).checked_div(2).unwrap_or(0));
        let Some(&day) = days.get(mid) else { break };
        match assumed_interest_through(claim, rates, day)? {
            Some((half_year, reference_rate)) => {
                found = Some((half_year, reference_rate, day));
                high = mid;
            }
            None => low = mid.saturating_add(1),
        }
    }
    Ok(found)
}

/// The first half-year (and its referensränta) whose interest through `day` was computed at a
/// row marked assumed, if any (the statement's `RATE_ASSUMED` warnings of the days; the per
/// diem's aside).
fn assumed_interest_through(
    claim: &Claim,
    rates: &RateTable,
    day: Date,
) -> Result<Option<(HalfYear, Decimal)>> {
    let options = StatementOptions {
        rates,
        detail: Detail::Summary,
        ..StatementOptions::new(day)
    };
    let s = statement_of_valid(claim, &options)?;
    Ok(s.warnings
        .iter()
        .filter_map(|w| match (&w.facts, w.subject) {
            (
                crate::warning::Facts::RateAssumed { reference_rate, .. },
                crate::warning::Subject::HalfYear(h),
            ) => Some((h, *reference_rate)),
            _ => None,
        })
        .min_by_key(|(h, _)| h.ordinal()))
}

/// The limitation of `claim`, with every interruption in its history
/// ([`limitation_with`] the embedded rate table).
///
/// ```
/// use inkasso::limitation::limitation;
/// use inkasso::{Claim, DebtorKind, Invoice, Money, Step, StepKind};
/// use inkasso::calendar::parse_date;
///
/// let mut claim = Claim::new(
///     DebtorKind::Consumer,
///     vec![Invoice::new("1", Money::parse("5000.00")?, parse_date("2025-02-12")?, Some(parse_date("2025-03-14")?))],
/// );
/// claim.steps.push(Step::new(StepKind::CollectionDemand, parse_date("2025-03-26")?));
/// let l = limitation(&claim)?;
/// assert_eq!(l.period_years, 3); // a consumer's debt (preskriptionslagen 2 §)
/// println!("{}", l.invoices[0].text().en);
/// # Ok::<(), inkasso::Error>(())
/// ```
pub fn limitation(claim: &Claim) -> Result<Limitation> {
    limitation_with(claim, &LimitationOptions::default())
}

/// The limitation of `claim`, with every interruption in its history.
///
/// Which invoices a payment interrupts follows the statement's allocation (the claim replayed
/// through its last event), with the days after the rate table valued at the last known
/// referensränta, as [`crate::compliance::check`], the timeline and instalment plans value a
/// history: without interest for those days, a payment after the table would seem to pay
/// capital it does not, and interrupt other invoices than they judge.
#[cfg_attr(inkasso_size, optimize(size))]
pub fn limitation_with(claim: &Claim, options: &LimitationOptions<'_>) -> Result<Limitation> {
    claim.validate()?;
    limitation_of_valid(claim, options)
}

/// [`limitation_with`] of a claim already validated: the caller's, or the engine's copy of it
/// with steps of its own (the timeline's projected ones, which do not count against
/// [`crate::claim::MAX_STEPS`]: a review found a timeline of a 100-step history refused
/// `TOO_MANY_ITEMS` once a letter it projected was judged for a limitation before receipt).
#[cfg_attr(inkasso_size, optimize(size))]
pub(crate) fn limitation_of_valid(
    claim: &Claim,
    options: &LimitationOptions<'_>,
) -> Result<Limitation> {
    // Through the last event, every invoice issued included.
    let last = claim.last_event();
    let rates = options
        .rates
        .assuming_through(calendar::next_day(last).unwrap_or(last))?;
    let options = StatementOptions {
        rates: &rates,
        detail: Detail::Summary,
        ..StatementOptions::new(last)
    };
    let s = statement_of_valid(claim, &options)?;
    let payments = payments_per_invoice(&s.allocations, claim.invoices.len());
    let steps = step_interruptions(&CaseFacts::of(claim), None)?;
    let mut invoices = Vec::with_capacity(claim.invoices.len());
    for ((index, paid), status) in payments.iter().enumerate().zip(&s.invoices) {
        let mut invoice = of_invoice(claim, index, paid, &steps, None)?;
        // An invoice paid or credited in full leaves nothing to be time-barred.
        invoice.settled = !status.capital.is_positive();
        invoices.push(invoice);
    }
    // The claim's date comes from the invoices with capital left, unless none has any.
    let open = invoices
        .iter()
        .filter(|i| !i.settled)
        .min_by_key(|i| i.preskription_date);
    let settled = open.is_none();
    let first = open
        .or_else(|| invoices.iter().min_by_key(|i| i.preskription_date))
        .ok_or_else(|| Error::overflow("the limitation"))?;
    Ok(Limitation {
        period_years: first.period_years,
        preskription_date: first.preskription_date,
        invoice: first.invoice.clone(),
        settled,
        rule: RULE,
        invoices,
        assumed: assumed_valuation(claim, &rates)?.is_some(),
    })
}

/// The payments allocated to each invoice, from the statement's allocations: for invoice `i`,
/// the (payment index, date) of every payment that interrupts its limitation. One pass, so that
/// the per-invoice look-ups stay linear in the claim's size.
#[cfg_attr(inkasso_size, optimize(size))]
pub(crate) fn payments_per_invoice(
    allocations: &[Allocation],
    invoices: usize,
) -> Vec<Vec<(usize, Date)>> {
    let mut out = vec![Vec::new(); invoices];
    for a in allocations {
        for i in a.invoices.iter() {
            if let Some(list) = out.get_mut(i) {
                list.push((a.payment, a.date));
            }
        }
    }
    out
}

/// The effective due dates a legal step's case is about: before its case start, and not
/// before the day an earlier title's case start decided ([`decided_before`]), if any.
pub(crate) type CaseSpan = (Date, Option<Date>);

/// The effective due dates the legal step of `kind` on `date` is about ([`CaseSpan`]): before
/// its case start ([`case_start`]) and not before the day an earlier title decided
/// ([`decided_before`]; `titles` from [`title_starts`]). `None` for a step that is no legal
/// action: it is about every invoice.
pub(crate) fn case_span(
    facts: &CaseFacts<'_>,
    titles: &[(Date, Date)],
    kind: StepKind,
    date: Date,
) -> Option<CaseSpan> {
    case_start_in(facts, kind, date).map(|start| (start, decided_before(facts, titles, start)))
}

/// The cases a step of `kind` on `date` is about, each as its [`CaseSpan`]: for legal action
/// its own ([`case_span`]); for a further year of verkställighet
/// ([`crate::claim::Step::further_year`]) those of every verkställighet still under way that
/// day ([`applications_under_way`]): the engine charges the grundavgift once a year for the
/// claim, so the year renews each case under way (its own, when none is). `None` for a step
/// that is no legal action: it is about every invoice.
pub(crate) fn cases_of(
    facts: &CaseFacts<'_>,
    titles: &[(Date, Date)],
    step: &Step,
) -> Option<Vec<CaseSpan>> {
    cases_of_in(facts, titles, step, false)
}

/// [`cases_of`] for preskription: a further year renews the cases [`applications_renewed`]
/// reads as under way (not the fees' wider [`applications_under_way`]): the debts whose
/// preskription it interrupts, and those it demands.
pub(crate) fn cases_renewed_of(
    facts: &CaseFacts<'_>,
    titles: &[(Date, Date)],
    step: &Step,
) -> Option<Vec<CaseSpan>> {
    cases_of_in(facts, titles, step, true)
}

/// [`cases_of`] (`renewed`: [`cases_renewed_of`]) with the claim's due dates worked out at
/// most once.
fn cases_of_in(
    facts: &CaseFacts<'_>,
    titles: &[(Date, Date)],
    step: &Step,
    renewed_only: bool,
) -> Option<Vec<CaseSpan>> {
    let claim = facts.claim;
    if let Some(renewed) = claim.renewed_by(step) {
        let spans: Vec<CaseSpan> = if renewed_only {
            applications_renewed(claim, step.date)
                .into_iter()
                .filter_map(|a| case_span(facts, titles, StepKind::Enforcement, a))
                .collect()
        } else {
            spans_under_way(facts, titles, step.date)
        };
        if !spans.is_empty() {
            return Some(spans);
        }
        return case_span(facts, titles, StepKind::Enforcement, renewed).map(|span| vec![span]);
    }
    case_span(facts, titles, step.kind, step.date).map(|span| vec![span])
}

/// The cases of the verkställigheter on other titles than `step`'s
/// ([`enforcement_title`]) still under way on its day ([`applications_under_way`]), each as
/// its [`CaseSpan`]: while one's debt is unpaid, the claim's year of verkställighet runs on
/// from its grundavgift (fees.rs).
pub(crate) fn other_cases_under_way(
    facts: &CaseFacts<'_>,
    titles: &[(Date, Date)],
    step: &Step,
) -> Vec<EnforcedCase> {
    let title = enforcement_title(facts, step);
    cases_under_way(facts, titles, step.date)
        .into_iter()
        .filter(|&(a, _)| case_start_in(facts, StepKind::Enforcement, a) != title)
        .collect()
}

/// A verkställighet's case: the day of its application and the [`CaseSpan`] of its title.
pub(crate) type EnforcedCase = (Date, CaseSpan);

/// The verkställigheter a step is about, as [`cases_of`] reads them, each with its
/// application's day ([`EnforcedCase`]): for a further year, every one under way (or the one it
/// renews); for an application, its own. Empty for any other step.
pub(crate) fn enforced_cases_of(
    facts: &CaseFacts<'_>,
    titles: &[(Date, Date)],
    step: &Step,
) -> Vec<EnforcedCase> {
    if step.kind != StepKind::Enforcement {
        return Vec::new();
    }
    let application = match facts.claim.renewed_by(step) {
        Some(renewed) => {
            let under_way = cases_under_way(facts, titles, step.date);
            if !under_way.is_empty() {
                return under_way;
            }
            renewed
        }
        None => step.date,
    };
    case_span(facts, titles, StepKind::Enforcement, application)
        .map(|span| vec![(application, span)])
        .unwrap_or_default()
}

/// The verkställigheter still under way on `date` ([`applications_under_way`]), each with
/// its case ([`EnforcedCase`]).
pub(crate) fn cases_under_way(
    facts: &CaseFacts<'_>,
    titles: &[(Date, Date)],
    date: Date,
) -> Vec<EnforcedCase> {
    applications_under_way(facts.claim, date)
        .into_iter()
        .filter_map(|a| case_span(facts, titles, StepKind::Enforcement, a).map(|span| (a, span)))
        .collect()
}

/// The day the claim's year of verkställighet runs from on `day`, when the verkställighet it
/// ran from (started on `year`) has ended: the debt of every verkställighet under way on `day`
/// ([`applications_under_way`]) applied for by `year` (or renewed by it) is paid, `unpaid`
/// judging each case, while one applied for after `year` is owed: its own year then runs, from
/// the earliest such application (Kronofogden's case on the earlier title ended with its
/// debt; a review found the later title charged a further year on the earlier one's
/// anniversary). `None`: the year runs on from `year`.
pub(crate) fn year_moved_to(
    facts: &CaseFacts<'_>,
    titles: &[(Date, Date)],
    year: Date,
    day: Date,
    unpaid: impl Fn(EnforcedCase) -> bool,
) -> Option<Date> {
    let under_way = cases_under_way(facts, titles, day);
    if under_way
        .iter()
        .filter(|&&(a, _)| a <= year)
        .any(|&case| unpaid(case))
    {
        return None;
    }
    under_way
        .iter()
        .filter(|&&(a, _)| a > year)
        .filter(|&&case| unpaid(case))
        .map(|&(a, _)| a)
        .min()
}

/// Whether the verkställighet `case` enforces the litigation costs of a judgment of one of the
/// days `judgments` (whose costs are unpaid): one given by its application's day that decided
/// its case (the judgment is a title for them, utsökningsbalken 3 kap. 1 §), so its debt is
/// not paid while they are not. Costs an appeal awards later are a title of their own, for a
/// verkställighet applied for since (a review found them read as the debt of a paid case's
/// verkställighet, whose years then went on beside the costs' own).
pub(crate) fn costs_in_case(facts: &CaseFacts<'_>, case: EnforcedCase, judgments: &[Date]) -> bool {
    let (application, span) = case;
    judgments
        .iter()
        .any(|&j| j <= application && case_start_in(facts, StepKind::Judgment, j) == Some(span.0))
}

/// The cases of the verkställigheter still under way on `date` ([`applications_under_way`]),
/// each as its [`CaseSpan`]: the debts a further year of that day renews.
pub(crate) fn spans_under_way(
    facts: &CaseFacts<'_>,
    titles: &[(Date, Date)],
    date: Date,
) -> Vec<CaseSpan> {
    cases_under_way(facts, titles, date)
        .into_iter()
        .map(|(_, span)| span)
        .collect()
}

/// The applications for verkställighet still under way on `date`: going back from it through
/// the `enforcement` steps recorded before it (applications and further years), each within
/// the handling year of the one before it ([`params::enforcement_fee_period_years`]), the
/// applications among them and those the further years among them renew. One whose years lapsed before a later one was recorded is not
/// under way (a review found an old title's time-barred debt read as demanded by a later
/// title's further year). The fees' reading, and the timeline's: for preskription, a case is
/// renewed only as [`applications_renewed`] reads it (a day-by-day review found this chain
/// renewing a case on another title that had ended before the title of the further year was
/// applied for).
fn applications_under_way(claim: &Claim, date: Date) -> Vec<Date> {
    let steps = enforcement_steps_before(claim, date);
    let mut reach = date;
    let mut under_way = Vec::new();
    for &step in steps.iter().rev() {
        let day = step.date;
        let year_end = add_years(day, params::enforcement_fee_period_years(day));
        if !year_end.is_ok_and(|end| end >= reach) {
            break;
        }
        reach = day;
        // A further year renews its application, even one recorded after that one's year
        // ran out (as `cases_of` reads it).
        let application = claim.renewed_by(step).unwrap_or(day);
        if !under_way.contains(&application) {
            under_way.push(application);
        }
    }
    under_way
}

/// The applications for verkställighet whose cases a step of `date` finds renewed, for preskription
/// ([`Interruption`]'s cases of a further year, [`cases_renewed_of`]), in the order of their last
/// renewal, latest first: the `enforcement` steps recorded before it, read in date order. An
/// application opens its case for a handling year ([`params::enforcement_fee_period_years`]).
/// The engine charges the grundavgift once a year for the claim (fees.rs), so the grundavgift
/// that starts the claim's year renews every case still under way on its day: a further year
/// (with the application it rests on, [`Claim::renewed_by`], even when that one's year ran out
/// before, as `cases_of` reads it), or another title's application on or after the year's
/// anniversary; a further year within the year renews them too. An application within the
/// claim's year renews no other case: a review found a case whose year had run out read as
/// under way because later titles' cases overlapped one after the other (A's, then C's within
/// A's year, then B's within C's), so B's further year renewed A's ended case. One whose years
/// lapsed before a later step was recorded is not under way (a review found an old title's
/// time-barred debt read as demanded by a later title's further year). The claim's year is
/// read from the days alone: a year `fees.rs` moves to a later application once the earlier
/// case's debt is paid renews only paid cases here. The fees keep the wider reading of
/// [`applications_under_way`] (a review found this one, there, moving the claim's year to a
/// later title's application when a further year came a day after the earlier case's year
/// ended, and charging it nothing).
fn applications_renewed(claim: &Claim, date: Date) -> Vec<Date> {
    let steps = enforcement_steps_before(claim, date);
    // Each case as (its application, the day its handling year runs out).
    let mut cases: Vec<(Date, Option<Date>)> = Vec::new();
    // The claim's year, as the day it runs out.
    let mut year_end: Option<Date> = None;
    // A year that cannot be dated (past the calendar) never runs out.
    let under_way = |end: Option<Date>, day: Date| end.is_none_or(|end| end >= day);
    for step in steps {
        let day = step.date;
        let end = add_years(day, params::enforcement_fee_period_years(day)).ok();
        let renewed = claim.renewed_by(step);
        let starts_year = year_end.is_none_or(|e| day >= e);
        if renewed.is_some() || starts_year {
            for case in cases.iter_mut() {
                if renewed == Some(case.0) || under_way(case.1, day) {
                    case.1 = end;
                }
            }
        }
        if starts_year {
            year_end = end;
        }
        let application = renewed.unwrap_or(day);
        if !cases.iter().any(|c| c.0 == application) {
            cases.push((application, end));
        }
    }
    let mut live: Vec<(Date, Option<Date>)> = cases
        .into_iter()
        .filter(|&(_, end)| under_way(end, date))
        .collect();
    crate::sort::sort_by_key(&mut live, |&(a, end)| {
        (
            std::cmp::Reverse(end.unwrap_or(Date::MAX)),
            std::cmp::Reverse(a),
        )
    });
    live.into_iter().map(|(a, _)| a).collect()
}

/// The `enforcement` steps (applications and further years) recorded before `date`, in date
/// order (those of a day in the claim's order).
fn enforcement_steps_before(claim: &Claim, date: Date) -> Vec<&Step> {
    let mut steps: Vec<&Step> = claim
        .steps
        .iter()
        .filter(|s| s.kind == StepKind::Enforcement && s.date < date)
        .collect();
    crate::sort::sort_by_key(&mut steps, |s| s.date);
    steps
}

/// Whether an invoice with the effective due date `due` is in one of the cases `spans`.
pub(crate) fn in_any_case(spans: &[CaseSpan], due: Date) -> bool {
    spans.iter().any(|&span| in_case(Some(span), due))
}

/// Whether an invoice with the effective due date `due` is in the case `span`
/// ([`case_span`]; `None`: every invoice).
pub(crate) fn in_case(span: Option<CaseSpan>, due: Date) -> bool {
    span.is_none_or(|(start, decided)| due < start && decided.is_none_or(|d| due >= d))
}

/// A lower bound of the preskription date of every invoice of `claim` on `up_to`: the steps
/// dated up to then as interruptions on their own days, no payments. Payments and the end of
/// legal proceedings only put an invoice's day off, so when the bound is not before `up_to`
/// no invoice is time-barred then, whatever was paid. One pass over the steps per invoice,
/// for callers that would otherwise make a statement to find out (the timeline).
#[cfg_attr(inkasso_size, optimize(size))]
pub(crate) fn barred_after_at_the_earliest(claim: &Claim, up_to: Date) -> Result<Option<Date>> {
    let facts = CaseFacts::of(claim);
    let titles = title_starts_in(&facts);
    // A written reminder or demand concerns only the invoices past their due date on its day
    // ([`Interruption::concerns`]); a bound that counted it for the others would say an
    // invoice alive that is not (a review found `check` and the timeline passing a demand
    // `letter` refused as time-barred).
    let mut days: Vec<(Date, bool, Option<Vec<CaseSpan>>)> = claim
        .steps
        .iter()
        .filter_map(|s| {
            let kind = InterruptionKind::of(s.kind).filter(|_| s.date <= up_to)?;
            Some((
                s.date,
                kind.is_letter(),
                cases_of_in(&facts, &titles, s, true),
            ))
        })
        .collect();
    crate::sort::sort_by_key(&mut days, |d| d.0);
    let mut earliest: Option<Date> = None;
    for invoice in &claim.invoices {
        let arose = invoice.issue_date;
        let due = claim.effective_due_date(invoice)?;
        let years = period_years(claim.debtor, arose);
        let mut end = add_years(arose, years)?;
        let concerned = days
            .iter()
            .filter(|(d, letter, cases)| {
                *d >= arose
                    && (!letter || *d > due)
                    && cases.as_deref().is_none_or(|cases| in_any_case(cases, due))
            })
            .map(|(d, _, _)| *d);
        // Each day in the chain puts the end off to `years` after it. The days come in order,
        // so the end is that of the latest day in the chain: worked out only when a day
        // falls after the end known so far (`add_years` per day was a fifth of a timeline
        // of 1 000 invoices and 100 steps).
        let mut latest: Option<Date> = None;
        for day in concerned {
            if day > end {
                if let Some(last) = latest.take() {
                    end = end.max(add_years(last, years)?);
                }
                if day > end {
                    break; // already time-barred: a later step does not revive the claim
                }
            }
            latest = Some(day);
        }
        if let Some(last) = latest {
            end = end.max(add_years(last, years)?);
        }
        earliest = Some(earliest.map_or(end, |e| e.min(end)));
    }
    Ok(earliest)
}

/// The interruptions by the claim's steps dated up to `up_to` (all, without it), in date
/// order (steps on the same day in the claim's order): the same for every invoice but for the
/// day each arose ([`of_invoice`] leaves out those before). Worked out once for all the
/// invoices of a claim.
#[cfg_attr(inkasso_size, optimize(size))]
pub(crate) fn step_interruptions(
    facts: &CaseFacts<'_>,
    up_to: Option<Date>,
) -> Result<Vec<Interruption>> {
    let claim = facts.claim;
    let known = |d: Date| up_to.is_none_or(|u| d <= u);
    // The recorded steps of a kind (known by `up_to`) on or after `from`.
    let dated = |kind: StepKind, from: Date| {
        claim
            .steps
            .iter()
            .filter(move |s| s.kind == kind && known(s.date) && s.date >= from)
            .map(|s| s.date)
    };
    let titles = title_starts_in(facts);
    let mut events = Vec::new();
    for (i, step) in claim.steps.iter().enumerate() {
        if let (true, Some(kind)) = (known(step.date), InterruptionKind::of(step.kind)) {
            let judged = dated(StepKind::Judgment, step.date)
                .min()
                .filter(|&judgment| {
                    // A betalningsföreläggande's proceedings end with a judgment only when it is
                    // its utslag (within the assumed handling time) or the court's after it was
                    // disputed; a judgment years later on an undisputed one is a case of its own,
                    // which may not revive a claim already time-barred.
                    // Disputed as `disputed_order` reads it: not a dispute after a verkställighet
                    // on its utslag, or after a later betalningsföreläggande (a docs review
                    // found a later case's dispute and judgment moving an enforced utslag's
                    // preskription).
                    step.kind != StepKind::PaymentOrder
                        || calendar::add_days(step.date, PAYMENT_ORDER_PROCEEDINGS_DAYS)
                            .is_ok_and(|assumed| judgment <= assumed)
                        || disputed_order(claim, step.date, judgment)
                });
            events.push(Interruption {
                kind,
                date: step.date,
                index: i,
                period_from: period_start(step.kind, step.date, judged)?,
                cases: cases_of_in(facts, &titles, step, true),
                further_year: claim.renewed_by(step).is_some(),
                title: (kind == InterruptionKind::Judgment)
                    .then(|| title_of_judgment(claim, step.date))
                    .flatten(),
            });
        }
    }
    crate::sort::sort_by_key(&mut events, |e| e.date);
    Ok(events)
}

/// The limitation of invoice `index` of `claim`, counting `steps` (the claim's, from
/// [`step_interruptions`] with the same `up_to`) and `payments` (this invoice's, from
/// [`payments_per_invoice`]) up to `up_to` (all, without it). The interruptions are taken in
/// date order, a day's payments before its steps.
#[cfg_attr(inkasso_size, optimize(size))]
pub(crate) fn of_invoice(
    claim: &Claim,
    index: usize,
    payments: &[(usize, Date)],
    steps: &[Interruption],
    up_to: Option<Date>,
) -> Result<InvoiceLimitation> {
    let invoice = claim
        .invoices
        .get(index)
        .ok_or_else(|| Error::overflow("an invoice index"))?;
    let arose = invoice.issue_date;
    let years = period_years(claim.debtor, arose);
    let within = |d: Date| d >= arose && up_to.is_none_or(|u| d <= u);
    let paid = payments
        .iter()
        .filter(|(_, date)| within(*date))
        .map(|&(payment, date)| Event::Payment(payment, date));
    let due = claim.effective_due_date(invoice)?;
    let steps = steps.iter().filter(|e| e.concerns(arose, due));
    // The statement allocates payments in date order; sorted anyway if a caller's are not.
    if payments.is_sorted_by_key(|&(_, date)| date) {
        return for_invoice(&invoice.number, arose, years, in_date_order(paid, steps));
    }
    let mut paid: Vec<Event<'_>> = paid.collect();
    crate::sort::sort_by_key(&mut paid, Event::date);
    for_invoice(
        &invoice.number,
        arose,
        years,
        in_date_order(paid.into_iter(), steps),
    )
}

/// An interruption of one invoice's period, as [`of_invoice`] takes them: a payment (its index
/// and day) made without a copy, or a step of the claim's.
#[derive(Clone, Copy)]
enum Event<'a> {
    Payment(usize, Date),
    Step(&'a Interruption),
}

impl Event<'_> {
    fn date(&self) -> Date {
        match self {
            Event::Payment(_, date) => *date,
            Event::Step(step) => step.date,
        }
    }

    fn period_from(&self) -> Date {
        match self {
            Event::Payment(_, date) => *date,
            Event::Step(step) => step.period_from,
        }
    }

    fn into_interruption(self) -> Interruption {
        match self {
            Event::Payment(index, date) => Interruption {
                kind: InterruptionKind::Payment,
                date,
                index,
                period_from: date,
                cases: None,
                further_year: false,
                title: None,
            },
            Event::Step(step) => step.clone(),
        }
    }
}

/// `paid` (in date order) and `steps` (in date order) merged in date order, a day's payments
/// before its steps.
fn in_date_order<'a>(
    paid: impl Iterator<Item = Event<'a>>,
    steps: impl Iterator<Item = &'a Interruption>,
) -> impl Iterator<Item = Event<'a>> {
    let mut paid = paid.peekable();
    let mut steps = steps.peekable();
    core::iter::from_fn(move || match (paid.peek(), steps.peek()) {
        (Some(payment), Some(step)) if step.date < payment.date() => steps.next().map(Event::Step),
        (Some(_), _) => paid.next(),
        (None, _) => steps.next().map(Event::Step),
    })
}

/// The day a new period runs from after a step of `kind` on `date`: for legal action, the end
/// of its proceedings, the first recorded judgment on or after it (`judged`) or else the
/// assumed end; for a verkställighet, the end of its handling year.
fn period_start(kind: StepKind, date: Date, judged: Option<Date>) -> Result<Date> {
    let assumed = match kind {
        StepKind::PaymentOrder => PAYMENT_ORDER_PROCEEDINGS_DAYS,
        StepKind::CourtAction => COURT_PROCEEDINGS_DAYS,
        // A judgment does not end a verkställighet: its handling year does, unless a further
        // year is recorded (another `enforcement`, an interruption of its own).
        StepKind::Enforcement => {
            return add_years(date, params::enforcement_fee_period_years(date));
        }
        _ => return Ok(date),
    };
    match judged {
        Some(judgment) => Ok(judgment),
        None => calendar::add_days(date, assumed),
    }
}

fn for_invoice<'a>(
    number: &str,
    arose: Date,
    years: u8,
    events: impl Iterator<Item = Event<'a>>,
) -> Result<InvoiceLimitation> {
    let mut end = add_years(arose, years)?;
    let mut used: Option<Event<'a>> = None;
    for event in events {
        if event.date() > end {
            break; // already time-barred: a later step does not revive the claim
        }
        let candidate = add_years(event.period_from(), years)?;
        if candidate >= end {
            end = candidate;
            used = Some(event);
        }
    }
    Ok(InvoiceLimitation {
        invoice: number.to_owned(),
        arose,
        interruption: used.map(Event::into_interruption),
        preskription_date: end,
        period_years: years,
        settled: false,
    })
}

#[cfg(test)]
mod bound_tests {
    use super::*;
    use crate::input::{read, ClaimInput};

    fn claim(steps: &[(&str, &str)]) -> Claim {
        let steps: Vec<serde_json::Value> = steps
            .iter()
            .map(|(kind, date)| serde_json::json!({ "kind": kind, "date": date }))
            .collect();
        let value = serde_json::json!({
            "debtor": "consumer",
            "invoices": [
                { "number": "A", "amount": "100.00", "issueDate": "2020-01-10", "dueDate": "2020-02-10" },
                { "number": "B", "amount": "100.00", "issueDate": "2020-03-01", "dueDate": "2020-06-30" }
            ],
            "steps": steps
        });
        let input: ClaimInput = match read(value) {
            Ok(input) => input,
            Err(e) => panic!("{e}"),
        };
        match input.into_claim() {
            Ok(claim) => claim,
            Err(e) => panic!("{e}"),
        }
    }

    /// With letters only and nothing paid, the bound is the earliest preskription date
    /// `limitation` gives: the chain of interruptions, broken by a gap of more than the period,
    /// and a letter before an invoice's due date not counted for it.
    #[test]
    fn the_bound_is_the_earliest_preskription_date_of_a_history_of_letters() {
        let cases: [&[(&str, &str)]; 6] = [
            &[],
            &[("reminder", "2020-03-01")],
            &[
                ("reminder", "2020-03-01"),
                ("collectionDemand", "2021-06-01"),
                ("reminder", "2023-12-01"),
            ],
            // A gap of more than three years: A is time-barred before the later letters.
            &[
                ("reminder", "2020-03-01"),
                ("reminder", "2023-03-02"),
                ("reminder", "2025-01-01"),
            ],
            // Before B's due date: it counts for A only.
            &[
                ("reminder", "2020-05-01"),
                ("collectionDemand", "2020-06-15"),
            ],
            &[
                ("reminder", "2020-02-29"),
                ("reminder", "2022-02-28"),
                ("reminder", "2024-02-29"),
            ],
        ];
        for steps in cases {
            let c = claim(steps);
            let earliest = match limitation(&c) {
                Ok(l) => l.invoices.iter().map(|i| i.preskription_date).min(),
                Err(e) => panic!("{e}"),
            };
            let up_to = calendar::MAX_DATE;
            assert_eq!(
                barred_after_at_the_earliest(&c, up_to).ok().flatten(),
                earliest,
                "{steps:?}"
            );
        }
    }
}
