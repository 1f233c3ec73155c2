//! Letter preview: the structured content a betalningspåminnelse, an inkassokrav or a final
//! notice (slutlig påminnelse) must show, as sections with sv/en texts, for a front end to
//! render.
//!
//! For an inkassokrav, inkassolagen (1974:182) 5 § and god inkassosed (DOMAIN.md §4) require:
//! the claim and its basis (the invoices), the creditor and who collects, the amounts broken
//! down (capital, interest and how it is computed, fees), a demand to pay within a stated time
//! (at least 8 days) and how to pay, what happens if the debtor does not pay
//! (betalningsföreläggande or stämning, then utmätning; a betalningsanmärkning can follow), and
//! that the debtor can object, and to whom. A reminder shows the claim, the amounts, the
//! deadline and how to pay.
//!
//! A final notice ([`StepKind::FinalNotice`]: the last written demand before Kronofogden, or
//! a demand sent during efterbevakning) is a demand of the collection as the inkassokrav is,
//! so it shows the same sections under inkassolagen 5 § (**verify**: no statute names the
//! final notice; the engine reads it as a further krav of the collection), gives the
//! inkassokrav's 8 days at least, and says first that it is a final notice (and of which
//! inkassokrav). Its deadline leaves the four bank days after its assumed receipt that god
//! inkassosed asks of an inkassokrav (extended around a long weekend,
//! [`calendar::demand_deadline`]), as the timeline and `check` date a final notice that is a
//! demand. It differs from an inkassokrav where the engine's reading of the step does: it
//! earns no fee (lag 1981:739 has none for it). After an inkassokrav it follows one left unpaid by its
//! deadline ([`ErrorCode::FinalNoticeTooEarly`] otherwise), unless Kronofogden or a court has
//! the claim. With no lawful inkassokrav before it (the `remindersOnly` preset's last letter),
//! it is the last reminder: a reminder's sections, any term, and its deadline that term moved
//! off a day off, never extended.
//!
//! Amounts come from [`statement`](crate::statement()) as of the letter date, on a copy of the
//! claim with the letter's step appended (unless a step of that kind and date is already
//! there), so the fee the letter earns is included exactly as the engine charges it. Names,
//! accounts and addresses are left to the caller: each section lists its `placeholders`
//! (`creditorName`, `collectorName`, `paymentAccount`, `paymentReference`, `objectionContact`),
//! written in the texts as `{name}`.
//!
//! # Reconciliation
//! The debtor must be able to check the amount (inkassolagen 5 §), so the letter shows how it
//! is reached, to the öre, both as lines and as a typed [`Breakdown`]:
//! - the `claim` section lists each invoice with its own due date (or, without one, the day
//!   räntelagen 4 § gives), the effective one where it differs (moved off a day off, DOMAIN.md
//!   8.1), and the capital still unpaid (zero, and said to be paid, for a paid invoice);
//! - the `amounts` section gives the capital invoiced, what credit notes took off it, and each
//!   payment with its allocation
//!   ([`LineRole::Detail`]), then the parts of the total ([`LineRole::Part`]): each invoice's
//!   capital outstanding, the interest unpaid and each fee still unpaid (charged less what the
//!   payments paid of it as they are allocated, DOMAIN.md 8.6: oldest fee first, or a payment
//!   made for one invoice that invoice's costs first; a fee paid in full is a detail, never
//!   owed), and the total ([`LineRole::Total`]). The parts add up to
//!   [`Letter::total`], which is the statement's total.
//!
//! # Refusals
//! A letter is refused for a claim paid in full, before the due date of an invoice with capital
//! unpaid (or with no capital unpaid), for a time-barred debt, for a disputed one, and a final
//! notice on or before an inkassokrav's deadline: see [`letter`].

use serde::Serialize;
use time::Date;

use crate::calendar::{self, serialize_date, serialize_opt_date};
use crate::claim::ContractRate;
use crate::claim::{Claim, Step, StepKind};
use crate::error::{Error, ErrorCode, Result};
use crate::fees::FeeKind;
use crate::interest::RateSource;
use crate::money::Money;
use crate::params;
use crate::policy::MAX_DAYS;
use crate::rates::{self, HalfYear, RateStatus, RateTable};
use crate::state::ClaimState;
use crate::statement::{
    statement_of_valid, Allocation, Detail, InterestLine, Statement, StatementOptions,
};
use crate::text::letter::{self as texts, AmountLine, InvoiceFacts, PaidTo, RateChange, Standing};
use crate::text::{message, Arg, Text};
use crate::warning::{Facts, Subject, Warning, WarningCode};
use rust_decimal::Decimal;

/// Options for [`letter`].
#[derive(Debug, Clone, Copy)]
pub struct LetterOptions<'a> {
    /// The reference-rate table (default: [`RateTable::embedded`]).
    pub rates: &'a RateTable,
    /// Strict mode: the per diem's next day must be covered too. A day of interest through the
    /// letter's date that the table does not cover is an error either way (a letter would
    /// demand too little): [`ErrorCode::RateNotCovered`] at `date`; so is one covered only by
    /// a row marked [`RateStatus::Assumed`] (the letter would state a guess as the law's rate),
    /// at `rates`.
    pub strict_rates: bool,
}

impl Default for LetterOptions<'static> {
    fn default() -> Self {
        LetterOptions {
            rates: RateTable::embedded(),
            strict_rates: false,
        }
    }
}

/// Which part of the letter a section is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum SectionId {
    /// The claim and its basis: the invoices.
    Claim,
    /// The creditor and who collects.
    Creditor,
    /// The amounts broken down.
    Amounts,
    /// How the interest is computed.
    Interest,
    /// The demand to pay by the deadline, and how.
    Payment,
    /// What happens if the debtor does not pay.
    Consequences,
    /// That the debtor can object, and to whom.
    Objection,
}

/// What a line of a section is to the total.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub enum LineRole {
    /// Information: an invoice, a payment and its allocation, what was accrued or paid.
    Detail,
    /// A part of the total: the lines of this role in the `amounts` section add up to
    /// [`Letter::total`] exactly, to the öre.
    Part,
    /// The total.
    Total,
}

/// One line of a section: a label and an amount.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct LetterLine {
    /// What the line is.
    pub label: Text,
    /// The amount (every line of a letter is money).
    pub amount: Money,
    /// What the line is to the total.
    pub role: LineRole,
}

/// One section of the letter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Section {
    /// Which part.
    pub id: SectionId,
    /// Heading, sv and en.
    pub heading: Text,
    /// Body text, sv and en (may contain `{placeholder}`s).
    pub body: Text,
    /// Lines (invoices, amounts).
    pub lines: Vec<LetterLine>,
    /// Fields the caller fills in.
    pub placeholders: Vec<&'static str>,
    /// The statute that requires the section, if one does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<&'static str>,
}

/// One invoice of the letter's claim on the letter date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct InvoiceBreakdown {
    /// The invoice number.
    pub number: String,
    /// The invoice date.
    #[serde(serialize_with = "serialize_date")]
    pub issue_date: Date,
    /// The invoice's own due date (`invoice.due_date`), or without one the day räntelagen 4 §
    /// gives (the invoice date + 30 days; one month before 2002-07-01), not moved off days off.
    #[serde(serialize_with = "serialize_date")]
    pub due_date: Date,
    /// Whether `due_date` was agreed (`false`: computed under räntelagen 4 §).
    pub due_date_agreed: bool,
    /// The effective due date (DOMAIN.md 8.1): `due_date` moved off a day off.
    #[serde(serialize_with = "serialize_date")]
    pub effective_due_date: Date,
    /// The capital as invoiced.
    pub amount: Money,
    /// Capital cancelled by credit notes dated up to the letter (at most what was unpaid).
    pub credited: Money,
    /// Capital paid by the payments (what is neither outstanding nor credited).
    pub capital_paid: Money,
    /// Capital outstanding.
    pub capital: Money,
    /// Interest outstanding on this invoice.
    pub interest: Money,
    /// Whether the capital is paid in full.
    pub paid: bool,
}

/// One fee of the claim: charged, paid by the payments (as they are allocated, DOMAIN.md 8.6)
/// and still unpaid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct FeeBreakdown {
    /// Which fee.
    pub kind: FeeKind,
    /// The day of the action that earned it.
    #[serde(serialize_with = "serialize_date")]
    pub date: Date,
    /// The amount charged.
    pub charged: Money,
    /// Paid by the payments.
    pub paid: Money,
    /// Still unpaid: `charged − paid`.
    pub unpaid: Money,
    /// What the fee is for, sv and en.
    pub explanation: Text,
    /// The invoice number whose own fee it is (a förseningsersättning; [`crate::statement::FeeLine::invoice`]):
    /// a payment made for one invoice pays that invoice's own fee and not another's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub invoice: Option<String>,
    /// The index in `claim.steps` of the step that earned it ([`crate::statement::FeeLine::step`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub step: Option<usize>,
}

/// The letter's amounts, reconciled: what was invoiced and charged, what the payments paid,
/// and what is left. `total` is the sum of the invoices' `capital`, `interest` and the fees'
/// `unpaid`, and equals [`Letter::total`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Breakdown {
    /// Each invoice, in the claim's order.
    pub invoices: Vec<InvoiceBreakdown>,
    /// Each payment up to the letter date and how it was allocated.
    pub payments: Vec<Allocation>,
    /// Every interest line (rate, days, base, amount, explanation).
    pub interest_lines: Vec<InterestLine>,
    /// Interest accrued: the sum of the interest lines.
    pub interest_accrued: Money,
    /// Interest paid by the payments.
    pub interest_paid: Money,
    /// Interest outstanding: `interest_accrued − interest_paid`.
    pub interest: Money,
    /// Every fee charged, in date order, with what is paid of it.
    pub fees: Vec<FeeBreakdown>,
    /// Overpaid, owed back to the debtor.
    pub credit: Money,
    /// Capital, interest and fees outstanding.
    pub total: Money,
}

/// A letter preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Letter {
    /// `reminder`, `collectionDemand` or `finalNotice`.
    pub kind: StepKind,
    /// The letter date.
    #[serde(serialize_with = "serialize_date")]
    pub date: Date,
    /// The payment term given, in days: the one asked for, or, for an inkassokrav (or a final
    /// notice that is a demand) whose deadline is extended around a long weekend
    /// ([`calendar::demand_deadline`]), the days to that deadline (record the letter as a step
    /// with this term).
    pub payment_term_days: u32,
    /// The deadline, moved off days off (lag 1930:173).
    #[serde(serialize_with = "serialize_date")]
    pub deadline: Date,
    /// The deadline before it was moved, if it was.
    #[serde(
        serialize_with = "serialize_opt_date",
        skip_serializing_if = "Option::is_none"
    )]
    pub deadline_moved_from: Option<Date>,
    /// Capital outstanding on the letter date.
    pub capital: Money,
    /// Interest outstanding on the letter date.
    pub interest: Money,
    /// Fees outstanding on the letter date, the letter's own included.
    pub fees: Money,
    /// What settles the claim if paid on the letter date.
    pub total: Money,
    /// Interest of each further day: 0.00 when the day after the letter has no published
    /// referensränta (the table lacks it, or has it only as a row marked assumed; the
    /// `interest` section then says the per diem depends on the referensränta from that day).
    /// Under 30/360, a regular day's (1/360 of a year), not the next day's weight (the 31st
    /// weighs nothing, the last day of February up to three days).
    pub per_diem: Money,
    /// The amounts reconciled: invoices, payments and their allocation, interest, fees.
    pub breakdown: Breakdown,
    /// The sections, in the order to show them.
    pub sections: Vec<Section>,
    /// The engine's remarks (a fee not allowed, a provisional rate, …), with the field of the
    /// input each concerns when it concerns one (a half-year's provisional rate has none);
    /// those about the letter's own step (its fee not agreed, not recoverable) have none, the
    /// letter not being among the claim's steps.
    pub warnings: Vec<Warning>,
    /// The letter as the step to record in the claim's `steps` once it is sent: its kind, date
    /// and the term it gives ([`Letter::payment_term_days`]), with `fee: Some(false)` when it
    /// earns no fee (a second reminder or inkassokrav, a reminder fee not agreed or not
    /// recoverable; not when förseningsersättning absorbs it, which the statement then
    /// explains; not a final notice, whose kind has no fee to waive): recorded so, the statement, `check` and the timeline read it as this letter
    /// does (recorded without it, `check` would find the fee the letter did not claim). A
    /// letter of a step already recorded (same kind and day) gives the step as this letter
    /// makes it: replace the recorded one with it.
    pub step: Step,
}

const RULE_5: &str = "inkassolagen (1974:182) 5 §";

/// The most interest lines one letter lists (inkassolagen 5 § asks for the interest to be
/// specified, line by line): a claim that needs more gets `TOO_MANY_ITEMS`, and is better sent
/// as several letters. Bounds the work and the text of one call.
pub const MAX_INTEREST_LINES: usize = 1000;

/// The preview of a `kind` letter (reminder, inkassokrav or final notice) dated `date`, giving
/// `payment_term_days` days to pay.
///
/// ```
/// use inkasso::letter::{letter, LetterOptions};
/// use inkasso::{Claim, DebtorKind, Invoice, Money, StepKind};
/// use inkasso::calendar::parse_date;
///
/// let mut claim = Claim::new(
///     DebtorKind::Consumer,
///     vec![Invoice::new("1", Money::parse("5000.00")?, parse_date("2025-02-12")?, Some(parse_date("2025-03-14")?))],
/// );
/// claim.reminder_fee_agreed = true;
/// let l = letter(&claim, StepKind::CollectionDemand, parse_date("2025-03-26")?, 10, &LetterOptions::default())?;
/// assert_eq!(l.deadline.to_string(), "2025-04-07"); // 10 days, moved off a Sunday
/// assert_eq!(l.fees.to_string(), "180.00"); // the inkassoavgift (no reminder was sent)
/// for section in &l.sections {
///     println!("{}", section.heading.sv);
/// }
/// claim.steps.push(l.step); // once it is sent
/// # Ok::<(), inkasso::Error>(())
/// ```
///
/// # Refusals
/// A letter is only previewed for a debt that may be demanded on its date:
/// - [`ErrorCode::NothingToCollect`]: the claim's total is zero on `date` (paid in full, no
///   invoice issued later);
/// - [`ErrorCode::CollectionDemandNotOverdue`]: no invoice has capital unpaid, or an invoice
///   with capital unpaid (or issued after `date`: owed later, so not yet due) is not yet past
///   its effective due date (an inkassokrav may be sent only after the due date has passed,
///   DOMAIN.md 4, and a reminder before it has nothing to remind of);
/// - [`ErrorCode::TimeBarred`]: an invoice with capital unpaid is time-barred on `date`
///   ([`crate::limitation`]): demanding it is against god inkassosed.
/// - [`ErrorCode::ClaimDisputed`]: the debtor disputed the claim (a `dispute` step on or
///   before `date`, not `withdrawn` by then) and no `judgment` or `enforcement` has decided
///   it by then, or one
///   recorded after a title is about an invoice that title left out, still unpaid on `date`
///   ([`Claim::dispute_standing`]): a disputed claim is taken to court, not demanded again.
/// - [`ErrorCode::InvalidDays`] at `paymentTermDays`: a final notice that is a demand (after an
///   inkassokrav, or once Kronofogden or a court has the claim) giving under the
///   inkassokrav's 8 days; the last reminder gives what its sender gives, as a reminder does.
/// - [`ErrorCode::FinalNoticeTooEarly`]: a final notice with no betalningsföreläggande,
///   stämningsansökan, dom or utslag or verkställighet recorded by `date`, dated on or before
///   the deadline of the latest lawful inkassokrav ([`crate::state::DemandState`]): it would
///   cut that term short. With no lawful inkassokrav before it, a final notice is the last
///   reminder and has a reminder's sections.
///
/// - [`ErrorCode::RateNotCovered`]: a day of interest through `date` that the rate table
///   does not cover (the letter would demand too little), whatever
///   [`LetterOptions::strict_rates`] says; judged after the others.
///
/// Each has the field `date` (`invoices[i]` for interest before the table). A claim whose
/// letter would list more than
/// [`MAX_INTEREST_LINES`] interest lines, and that may otherwise be demanded (judged after
/// the first four above), is [`ErrorCode::TooManyItems`] at `invoices` (the remedy: a letter
/// for each invoice or a few).
///
/// Before any of these, the request itself is checked:
/// - [`ErrorCode::UnknownVariant`] at `kind`: `kind` is not [`StepKind::Reminder`],
///   [`StepKind::CollectionDemand`] or [`StepKind::FinalNotice`];
/// - [`ErrorCode::InvalidDays`] at `paymentTermDays` (this function's `payment_term_days`):
///   0 (the deadline would be the letter's own date), more than 3650 days, or under the 8
///   days an inkassokrav must give (god inkassosed);
/// - the claim's own checks ([`Claim::validate`]), and [`ErrorCode::AsOfBeforeIssue`] at
///   `date` for a letter dated before the first invoice's issue date.
///
/// After the refusals above (and before [`ErrorCode::RateNotCovered`]):
/// [`ErrorCode::DateOutOfRange`] when the letter's deadline would be after 2199-12-31: at
/// `paymentTermDays`, or at `date` when even the shortest term the kind allows would be.
#[cfg_attr(inkasso_size, optimize(size))]
pub fn letter(
    claim: &Claim,
    kind: StepKind,
    date: Date,
    payment_term_days: u32,
    options: &LetterOptions<'_>,
) -> Result<Letter> {
    check_kind_and_term(kind, payment_term_days)?;
    calendar::check_range(date).map_err(|e| e.at("date"))?;
    claim.validate()?;
    if let Some(first) = claim.first_issue_date().filter(|f| date < *f) {
        return Err(Error::new(
            ErrorCode::AsOfBeforeIssue,
            message(
                "the letter date {0} is before the first invoice was issued ({1})",
                &[Arg::Date(date), Arg::Date(first)],
            ),
        )
        .at("date"));
    }
    let raw = calendar::add_days(date, i64::from(payment_term_days))?;
    // A final notice's role decides its deadline; a refusal it gives is judged where it always
    // was, after the refusals before it.
    let notice_role = match kind {
        StepKind::FinalNotice => Some(final_notice_role(claim, date, options.rates)),
        _ => None,
    };
    let extends = match &notice_role {
        None => kind == StepKind::CollectionDemand,
        Some(role) => matches!(role, Ok(r) if *r != FinalNoticeRole::LastReminder),
    };
    // An inkassokrav, and a final notice that is a demand as it is, leaves the debtor the bank
    // days god inkassosed asks after its assumed receipt: around a long weekend its deadline is
    // later than the term, and the term it gives is the days to that deadline.
    let demand_deadline = if extends {
        Some(calendar::demand_deadline(date, payment_term_days)?)
    } else {
        None
    };
    let deadline = match demand_deadline {
        Some(d) => d.deadline,
        None => calendar::next_business_day(raw)?,
    };
    let extended = demand_deadline
        .filter(|d| d.extended)
        .map(|d| (d.received, params::min_bank_days_after_receipt(date)));
    let term_given = match extended {
        Some(_) => u32::try_from(calendar::days_between(date, deadline))
            .map_err(|_| Error::overflow("the extended payment term"))?,
        None => payment_term_days,
    };
    check_paid_before(claim, date, options)?;
    let mut copy = claim.clone();
    let recorded = copy
        .steps
        .iter()
        .position(|s| s.kind == kind && s.date == date);
    let already = recorded.is_some();
    let own_index = recorded.unwrap_or(claim.steps.len());
    if !already {
        let mut step = Step::new(kind, date);
        step.payment_term_days = Some(term_given);
        copy.steps.push(step);
    }
    // Valued leniently, like `check_paid_before`: a missing rate is refused last.
    let s = statement_of_valid(
        &copy,
        &StatementOptions {
            as_of: date,
            rates: options.rates,
            strict_rates: false,
            detail: Detail::Full,
        },
    )?;
    let state = crate::state::of_statement(&copy, &s)?;
    // Paid in full only if the days past the table were: without their rate, unknown (unless
    // an invoice issued later makes it not yet due: `check_collectable`).
    let issued_later = state.invoices.iter().any(|i| !i.issued);
    if !s.total.is_positive() && !issued_later && misses_interest_days(&s) {
        return Err(rate_refusal(&copy, date, options));
    }
    check_collectable(claim, &s, &state, kind, date)?;
    check_not_time_barred(&s, date)?;
    check_not_disputed(claim, &s, kind, date, options.rates)?;
    let notice = notice_role.transpose()?;
    // A final notice that is a demand gives the inkassokrav's days; the last reminder, like
    // any reminder, whatever its sender gives.
    let demand = is_demand(kind) && notice != Some(FinalNoticeRole::LastReminder);
    if kind == StepKind::FinalNotice && demand {
        check_demand_term(
            "a final notice, a demand as an inkassokrav is,",
            payment_term_days,
        )?;
    }
    // Too long for one letter: judged once it may be sent at all (a review found a
    // time-barred debt refused as too long, with advice to split a letter that could never
    // be sent).
    if s.interest_lines.len() > MAX_INTEREST_LINES {
        return Err(Error::new(
            ErrorCode::TooManyItems,
            format!(
                "the letter would list {} interest lines (one for each invoice, rate and part payment): at most {MAX_INTEREST_LINES} fit in one letter; send one for each invoice or a few invoices",
                s.interest_lines.len()
            ),
        )
        .at("invoices"));
    }
    let breakdown = breakdown(claim, &s)?;
    // A deadline the engine could not take back (a step dated after 2199-12-31): the term's
    // fault, or the date's when even no term would do.
    calendar::check_range(deadline).map_err(|_| {
        // The shortest term the letter allows (a demand's lawful minimum).
        let shortest = if demand {
            params::min_collection_term_days(date)
        } else {
            0
        };
        let first = if extends {
            calendar::demand_deadline(date, shortest).map(|d| d.deadline)
        } else {
            calendar::add_days(date, i64::from(shortest)).and_then(calendar::next_business_day)
        };
        let field = match first {
            Ok(first) if first <= calendar::MAX_DATE => "paymentTermDays",
            _ => "date",
        };
        Error::new(
            ErrorCode::DateOutOfRange,
            message(
                "the deadline, {0}, would be after {1}, the last date supported",
                &[Arg::Date(deadline), Arg::Date(calendar::MAX_DATE)],
            ),
        )
        .at(field)
    })?;
    // Refused last of all: whether it may be sent at all is judged first (time-barring with
    // the last rate assumed, like every function).
    let per_diem_refused = options.strict_rates
        && s.warnings
            .iter()
            .any(|w| w.code == WarningCode::RateNotCovered);
    if misses_interest_days(&s) || per_diem_refused {
        return Err(rate_refusal(&copy, date, options));
    }
    if let Some(half_year) = assumed_interest_half_year(&s) {
        return Err(assumed_rate_refusal(half_year));
    }
    // A per diem at a guessed referensränta is not told to the debtor as a figure (a review:
    // the letter said "2,88 kr per dag" at a row marked assumed): the interest section says
    // it depends on the referensränta from its day, as for a half-year the table lacks.
    let mut s = s;
    if per_diem_assumed(&s) {
        s.per_diem = Money::ZERO;
    } else if claim.day_count == crate::claim::DayCount::Thirty360 {
        // The next day's weight is no daily amount under 30/360: a regular day's, in every
        // section and in `per_diem` alike (a diff review, stop 69, found the payment section
        // saying 31.50 kr a day where the interest section said 10.50).
        if let Some(regular) =
            regular_day_interest(claim, &s, options.rates, calendar::next_day(date)?)?
        {
            s.per_diem = regular;
        }
    }
    let mut warnings =
        own_step_warnings(s.warnings.clone(), (!already).then_some(claim.steps.len()));
    let capital: Vec<Money> = s.invoices.iter().map(|i| i.capital).collect();
    warnings.extend(limitation_before_receipt(
        claim,
        &capital,
        date,
        options.rates,
    )?);
    warnings.extend(plan_running(claim, date, options.rates)?);
    if kind == StepKind::CollectionDemand {
        warnings.extend(before_reminder_deadline(&copy, own_index, options.rates)?);
    }
    // A final notice with no inkassokrav before it is the last reminder, and reads as one.
    let mut claim_part = claim_section(claim, &breakdown, demand);
    if let Some(role) = notice {
        let follows = match role {
            FinalNoticeRole::AfterDemand(d) => Some(d),
            FinalNoticeRole::OnLegalRoad | FinalNoticeRole::LastReminder => None,
        };
        let intro = texts::final_notice_intro(follows);
        claim_part.body.sv.insert_str(0, &intro.sv);
        claim_part.body.en.insert_str(0, &intro.en);
    }
    let mut sections = vec![claim_part];
    sections.push(if demand {
        creditor_section()
    } else {
        reminder_creditor_section(claim.invoices.len() > 1)
    });
    sections.push(amounts_section(&s, &breakdown, demand));
    sections.push(interest_section(
        claim,
        &s,
        options.rates,
        deadline,
        demand,
    )?);
    sections.push(payment_section(claim, &s, deadline, extended, demand));
    for w in provisional_changes(claim, &s, options.rates, date, deadline)? {
        crate::warning::push_unique(&mut warnings, w);
    }
    if demand {
        let stage = stage_on(claim, &s, date)?;
        // The claim's one betalningsföreläggande fee (DOMAIN.md 1), on the bill already.
        let order_fee_charged = s
            .fee_lines
            .iter()
            .any(|l| l.kind == crate::fees::FeeKind::PaymentOrderFee);
        let business = claim.debtor == crate::claim::DebtorKind::Business;
        let next_step = deadline
            .next_day()
            .ok_or_else(|| Error::overflow("the day after the deadline"))?;
        // Under efterbevakning, a new application the day after the deadline costs a
        // grundavgift only once the year of the last has passed (a court-path review, stop 65:
        // the letter threatened one the engine would not charge).
        let reapplication_fee = match stage {
            texts::Stage::Surveillance(..) => reapplication_charged(&copy, next_step, options)?,
            _ => true,
        };
        sections.push(consequences_section(
            stage,
            next_step,
            order_fee_charged,
            business,
            reapplication_fee,
        ));
        sections.push(objection_section(stage));
    }
    // The step to record: no fee line and no fee förseningsersättning absorbed (which the
    // statement explains once recorded, and which still counts as the claim's fee of its
    // kind): the letter earns none.
    let earns_fee = crate::statement::step_charged(&s, own_index)
        || crate::statement::step_fee_absorbed(&s, own_index);
    let mut step = Step::new(kind, date);
    step.payment_term_days = Some(term_given);
    // A kind with no fee (a final notice) records none to waive, as the timeline's records.
    step.fee = (!earns_fee && !crate::fees::fees_of(kind).is_empty()).then_some(false);
    Ok(Letter {
        kind,
        date,
        payment_term_days: term_given,
        deadline,
        // Extended: the term given ends on the deadline, which was not moved.
        deadline_moved_from: (extended.is_none() && deadline != raw).then_some(raw),
        capital: s.capital,
        interest: s.interest,
        fees: s.fees,
        total: s.total,
        per_diem: s.per_diem,
        breakdown,
        sections,
        warnings,
        step,
    })
}

/// [`WarningCode::LimitationBeforeReceipt`] for each invoice with capital unpaid on `date`
/// (`capital`: each invoice's, in claim order, as a statement on `date` gives it) whose
/// preskription date, before the letter (the steps of earlier days and those of its day that
/// interrupt without being received, such as an amorteringsplan or a betalningsföreläggande;
/// the payments and credit notes through `date`), falls before the day the letter is assumed
/// received
/// ([`params::demand_delivery_bank_days`] bank days after `date`): the letter interrupts on
/// receipt under preskriptionslagen 5 §, and may come too late.
#[cfg_attr(inkasso_size, optimize(size))]
pub(crate) fn limitation_before_receipt(
    claim: &Claim,
    capital: &[Money],
    date: Date,
    rates: &RateTable,
) -> Result<Vec<Warning>> {
    let received = calendar::add_bank_days(date, params::demand_delivery_bank_days(date))?;
    let mut before = claim.clone();
    // A letter of the same day (this one, or another) interrupts on receipt too.
    let letter_kind = |kind: StepKind| {
        matches!(
            kind,
            StepKind::Reminder | StepKind::CollectionDemand | StepKind::FinalNotice
        )
    };
    before
        .steps
        .retain(|step| step.date < date || (step.date == date && !letter_kind(step.kind)));
    before.payments.retain(|p| p.date <= date);
    before.credits.retain(|c| c.date <= date);
    // Cheap first: no invoice's limitation can end before the letter is received.
    if crate::limitation::barred_after_at_the_earliest(&before, date)?.is_none_or(|b| b >= received)
    {
        return Ok(Vec::new());
    }
    // The claim is valid (the letter's caller's, or a timeline's copy with its projected
    // steps) and `before` keeps a part of its steps, payments and credit notes.
    let lim = crate::limitation::limitation_of_valid(
        &before,
        &crate::limitation::LimitationOptions { rates },
    )?;
    let mut out = Vec::new();
    for (index, (unpaid, l)) in capital.iter().zip(&lim.invoices).enumerate() {
        if unpaid.is_positive() && l.preskription_date >= date && l.preskription_date < received {
            out.push(Warning::new(
                Subject::Invoice(index),
                Facts::LimitationBeforeReceipt {
                    invoice: l.invoice.clone(),
                    preskription_date: l.preskription_date,
                    received,
                },
            ));
        }
    }
    Ok(out)
}

/// [`WarningCode::DemandDuringPlan`] (at `steps[i]`, the plan) when the latest amorteringsplan
/// recorded up to `date` is not `ended` by then and nothing on Kronofogden's or a court's road
/// has followed it (that road, `check` judges: `LEGAL_ACTION_DURING_PLAN`), unless the letter
/// may be about an invoice the plan could not cover, as `check` judges a recorded one
/// ([`crate::compliance::demands_beyond_plan`], with what is unpaid at the start of `date`
/// valued with `rates`). A legal review found a final notice demanding the whole claim while
/// the debtor paid by the plan, without a word.
fn plan_running(claim: &Claim, date: Date, rates: &RateTable) -> Result<Option<Warning>> {
    let Some((index, plan)) = claim
        .steps
        .iter()
        .enumerate()
        .filter(|(_, s)| s.kind == StepKind::PaymentPlan && s.date <= date)
        .max_by_key(|(_, s)| s.date)
    else {
        return Ok(None);
    };
    let ended = plan.ended.is_some_and(|e| e <= date);
    if ended || claim.legal_step_between(Some(plan.date), date) {
        return Ok(None);
    }
    let unpaid = crate::compliance::unpaid_at_start(claim, date, rates)?;
    // A letter lists every invoice with capital unpaid: one also about an invoice issued after
    // the plan (what `check` reads a recorded one as demanding, `demands_beyond_plan`) demands
    // the plan's invoices too (a timeline words review, stop 68: a letter for such an invoice
    // listed the plan's, with no warning). Only about later invoices, it is lawful.
    let beyond = if crate::compliance::demands_beyond_plan(claim, plan.date, date, &unpaid)? {
        let numbers = |covered: bool| -> Vec<String> {
            claim
                .invoices
                .iter()
                .zip(&unpaid)
                .filter(|(i, &owed)| owed && i.issue_date <= date)
                .filter(|(i, _)| (i.issue_date <= plan.date) == covered)
                .map(|(i, _)| i.number.clone())
                .collect()
        };
        let covered = numbers(true);
        if covered.is_empty() {
            return Ok(None);
        }
        (covered, numbers(false))
    } else {
        (Vec::new(), Vec::new())
    };
    Ok(Some(Warning::new(
        Subject::Step(index),
        Facts::DemandDuringPlan {
            plan: plan.date,
            ended: plan.ended,
            beyond,
        },
    )))
}

/// [`WarningCode::DemandBeforeReminderDeadline`] (of the letter itself) when the inkassokrav
/// at step `own` of `copy` (the claim with the letter's step) comes on or before a reminder's
/// deadline, or on the day of one with no term recorded, as `check` judges a recorded one
/// ([`crate::compliance::letter_before_reminder_deadline`]).
fn before_reminder_deadline(
    copy: &Claim,
    own: usize,
    rates: &RateTable,
) -> Result<Option<Warning>> {
    use crate::compliance::FindingFacts;
    let facts = match crate::compliance::letter_before_reminder_deadline(copy, own, rates)? {
        Some(FindingFacts::DemandBeforeReminderDeadline {
            reminder, deadline, ..
        }) => Facts::DemandBeforeReminderDeadline {
            reminder,
            deadline: Some(deadline),
        },
        Some(FindingFacts::DemandOnReminderDay { date }) => Facts::DemandBeforeReminderDeadline {
            reminder: date,
            deadline: None,
        },
        _ => return Ok(None),
    };
    Ok(Some(Warning::new(Subject::Entry, facts)))
}

/// The engine's warnings, those about the letter's own step (added to the claim's steps at
/// `own`, when it is not recorded) said of the letter itself: no `field`, since the caller's
/// claim has no such step; an event after the letter's date said to be after it
/// ([`Facts::AfterLetterDate`]).
fn own_step_warnings(mut warnings: Vec<Warning>, own: Option<usize>) -> Vec<Warning> {
    for w in &mut warnings {
        if own.is_some_and(|own| w.subject == Subject::Step(own)) {
            w.subject = Subject::Entry;
        }
        // An event after the letter's date: said of the letter, not of a statement date.
        if let Facts::AfterAsOf { date } = w.facts {
            w.facts = Facts::AfterLetterDate { date };
        }
    }
    warnings
}

/// `NOTHING_TO_COLLECT` for a claim paid in full on `date` before the letter: its step comes
/// first on its day (DOMAIN.md 8.5), so its fee would take a payment of that day that settles
/// the claim, and the letter would demand its own fee.
#[cfg_attr(inkasso_size, optimize(size))]
fn check_paid_before(claim: &Claim, date: Date, options: &LetterOptions<'_>) -> Result<()> {
    if claim.invoices.iter().any(|i| i.issue_date > date)
        || !claim.payments.iter().any(|p| p.date == date)
    {
        return Ok(());
    }
    // Valued leniently: whether the rate of a day is missing is judged after the checks of
    // whether the letter may be sent at all (`rate_refusal`).
    let s = statement_of_valid(
        claim,
        &StatementOptions {
            as_of: date,
            rates: options.rates,
            strict_rates: false,
            detail: Detail::Summary,
        },
    )?;
    if s.total.is_positive() {
        return Ok(());
    }
    // Paid in full only if the days past the table were: without their rate, unknown.
    if misses_interest_days(&s) {
        return Err(rate_refusal(claim, date, options));
    }
    Err(Error::new(
        ErrorCode::NothingToCollect,
        message(
            "nothing is owed on {0}: the claim is paid in full",
            &[Arg::Date(date)],
        ),
    )
    .at("date"))
}

/// Whether `s` left out interest for days the rate table does not cover (through its date:
/// its per diem's next day aside).
fn misses_interest_days(s: &Statement) -> bool {
    s.warnings
        .iter()
        .any(|w| w.code == WarningCode::RateNotCovered && matches!(w.subject, Subject::HalfYear(_)))
}

/// The first half-year whose interest through the letter's date `s` computed at a row marked
/// [`crate::rates::RateStatus::Assumed`] (its per diem's next day aside).
fn assumed_interest_half_year(s: &Statement) -> Option<HalfYear> {
    s.warnings.iter().find_map(|w| match w.subject {
        Subject::HalfYear(half_year) if w.code == WarningCode::RateAssumed => Some(half_year),
        _ => None,
    })
}

/// Whether the per diem's day takes its referensränta from a row marked assumed.
fn per_diem_assumed(s: &Statement) -> bool {
    s.warnings
        .iter()
        .any(|w| w.code == WarningCode::RateAssumed && matches!(w.subject, Subject::PerDiem(_)))
}

/// A letter that would demand interest at a referensränta the caller marked assumed: refused
/// (a review: the letter stated the guess as the law's rate, and a debtor cannot tell). A
/// letter demands interest only at a rate the Riksbank has set (räntelagen 9 §; inkassolagen
/// 5 § asks how the interest is computed); a half-year after its date may be assumed, and the
/// letter then says the rate may change.
#[cfg_attr(inkasso_size, optimize(size))]
fn assumed_rate_refusal(half_year: HalfYear) -> Error {
    Error::new(
        ErrorCode::RateNotCovered,
        message(
            "the referensränta for {0} is a row marked assumed, and a letter demands the interest to its date: pass the Riksbank's rate for that half-year in `rates`, not marked assumed",
            &[Arg::Half(half_year)],
        ),
    )
    .at("rates")
}

/// A letter whose figures would leave out interest for days the rate table does not cover,
/// refused whatever [`LetterOptions::strict_rates`] says: it would demand too little, and
/// say wrongly where a payment went. The strict statement's error, named as [`rate_error`]
/// names it.
#[cfg_attr(inkasso_size, optimize(size))]
fn rate_refusal(claim: &Claim, date: Date, options: &LetterOptions<'_>) -> Error {
    let strict = StatementOptions {
        as_of: date,
        rates: options.rates,
        strict_rates: true,
        detail: Detail::Summary,
    };
    match statement_of_valid(claim, &strict) {
        Err(e) => rate_error(e),
        // Not reached: the lenient statement's warning is the strict one's error.
        Ok(_) => rates::not_covered(options.rates, date).at("date"),
    }
}

/// A strict statement's [`ErrorCode::RateNotCovered`] at `asOf`, named for the letter: at
/// `date`, and for days through it with what to do. Interest before the table keeps its
/// `invoices[i]`; any other error is unchanged.
#[cfg_attr(inkasso_size, optimize(size))]
fn rate_error(e: Error) -> Error {
    if crate::statement::refuses_only_per_diem(&e) {
        return crate::statement::renamed_as_of(e, "date");
    }
    if e.code() != ErrorCode::RateNotCovered || e.field() != Some("asOf") {
        return e;
    }
    Error::new(
        ErrorCode::RateNotCovered,
        format!(
            "{}; a letter demands the interest to its date: pass that half-year's referensränta in `rates`",
            rates::without_remedy(e.message())
        ),
    )
    .at("date")
}

/// Refuses a letter with nothing to collect, or for a debt not (all) overdue on `date`.
#[cfg_attr(inkasso_size, optimize(size))]
fn check_collectable(
    claim: &Claim,
    st: &Statement,
    state: &ClaimState,
    kind: StepKind,
    date: Date,
) -> Result<()> {
    // An invoice issued later is owed then, not yet due now (below): the claim is not paid in
    // full.
    let issued_later = state.invoices.iter().any(|i| !i.issued);
    if !st.total.is_positive() && !issued_later {
        return Err(Error::new(
            ErrorCode::NothingToCollect,
            message(
                "nothing is owed on {0}: the claim is paid in full",
                &[Arg::Date(date)],
            ),
        )
        .at("date"));
    }
    let what = letter_noun(kind);
    if state.settled() {
        return Err(Error::new(
            ErrorCode::CollectionDemandNotOverdue,
            message(
                "{0} dated {1}: no invoice has capital unpaid, so none is overdue",
                &[Arg::S(what), Arg::Date(date)],
            ),
        )
        .at("date"));
    }
    if let Some(early) = state.not_yet_due() {
        // The stated due date, when it was moved off a weekend or holiday.
        let stated = claim
            .invoices
            .iter()
            .find(|i| i.number == early.number)
            .map(Claim::stated_due_date)
            .transpose()?
            .filter(|&d| d != early.effective_due_date);
        let moved = match stated {
            Some(from) => message(" (moved from {0}, a day off)", &[Arg::Date(from)]),
            None => String::new(),
        };
        return Err(Error::new(
            ErrorCode::CollectionDemandNotOverdue,
            message(
                "{0} may only be sent after the due date has passed: invoice {1} is due {2}{3} \
                 and the letter is dated {4}",
                &[
                    Arg::S(what),
                    Arg::Quoted(&early.number),
                    Arg::Date(early.effective_due_date),
                    Arg::S(&moved),
                    Arg::Date(date),
                ],
            ),
        )
        .at("date"));
    }
    Ok(())
}

/// Refuses a letter that would demand a time-barred debt: an invoice with capital unpaid whose
/// preskription date ([`crate::limitation::limitation`]) is before `date`, as the statement
/// `st` of the letter's day warns (`TIME_BARRED`: judged, past the rate table, on the
/// allocation with the last known referensränta assumed, as `check` and `limitation` judge it).
#[cfg_attr(inkasso_size, optimize(size))]
fn check_not_time_barred(st: &Statement, date: Date) -> Result<()> {
    let barred = st.warnings.iter().find_map(|w| match &w.facts {
        Facts::TimeBarred {
            invoice,
            preskription_date,
        } => Some((invoice, *preskription_date)),
        _ => None,
    });
    if let Some((number, preskription_date)) = barred {
        return Err(Error::new(
            ErrorCode::TimeBarred,
            message(
                "invoice {0} was time-barred after {1} (preskriptionslagen): the letter dated \
                 {2} must not demand it",
                &[
                    Arg::Quoted(number),
                    Arg::Date(preskription_date),
                    Arg::Date(date),
                ],
            ),
        )
        .at("date"));
    }
    Ok(())
}

/// "a reminder", "a final notice" or "an inkassokrav", as a refusal's message names the letter.
fn letter_noun(kind: StepKind) -> &'static str {
    match kind {
        StepKind::Reminder => "a reminder",
        StepKind::FinalNotice => "a final notice",
        _ => "an inkassokrav",
    }
}

/// Whether a letter of `kind` is a demand of the collection (an inkassokrav or a final
/// notice), with the sections inkassolagen 5 § asks for; a reminder is not.
fn is_demand(kind: StepKind) -> bool {
    matches!(kind, StepKind::CollectionDemand | StepKind::FinalNotice)
}

/// Refuses a letter dated on or after a `dispute` that stands on its day
/// ([`Claim::dispute_standing`], the dispute's own day included: the letter is composed
/// knowing it): god inkassosed takes a disputed claim to court rather than demanding it again
/// (inkassolagen 4 §; Inkassonämnden 340/2022).
#[cfg_attr(inkasso_size, optimize(size))]
fn check_not_disputed(
    claim: &Claim,
    s: &Statement,
    kind: StepKind,
    date: Date,
    rates: &RateTable,
) -> Result<()> {
    // One after a title stands while an invoice it left out has capital unpaid: at the start
    // of the letter's day, before that day's payments (DOMAIN.md 8.5: a step of the day comes
    // before them), as `check` and the timeline judge it.
    let owed: Vec<bool> = if claim.payments.iter().any(|p| p.date == date) {
        crate::compliance::unpaid_at_start(claim, date, rates)?
    } else {
        s.invoices.iter().map(|i| i.capital.is_positive()).collect()
    };
    let Some(disputed) = claim
        .dispute_standing(date, true)
        .filter(|d| d.disputes(claim, &owed))
    else {
        return Ok(());
    };
    let disputed = disputed.date;
    let what = letter_noun(kind);
    Err(Error::new(
        ErrorCode::ClaimDisputed,
        message(
            "{0} dated {1}: the debtor disputed the claim on {2} and no judgment has decided all of it \
             since; a disputed claim is taken to court (god inkassosed), not demanded again",
            &[Arg::S(what), Arg::Date(date), Arg::Date(disputed)],
        ),
    )
    .at("date"))
}

/// What a final notice is on its day, as the timeline reads the step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FinalNoticeRole {
    /// The last demand after the inkassokrav of the date, left unpaid by its deadline: a
    /// demand with the sections of inkassolagen 5 §.
    AfterDemand(Date),
    /// A demand once Kronofogden or a court has the claim (during efterbevakning, say).
    OnLegalRoad,
    /// With no lawful inkassokrav before it: the last reminder (the `remindersOnly` preset's
    /// road; on another, the timeline sends the inkassokrav after it), read as a reminder.
    LastReminder,
}

/// The [`FinalNoticeRole`] of a final notice dated `date`, or
/// [`ErrorCode::FinalNoticeTooEarly`] for one on or before the deadline of the latest
/// inkassokrav up to `date` that `check` finds lawful as to the debt it demands
/// ([`crate::state::DemandState`], its deadline as `check` sets it): it would cut that
/// inkassokrav's term short. Not judged once a betalningsföreläggande, a court case, a dom or
/// utslag or a verkställighet is recorded by `date`.
#[cfg_attr(inkasso_size, optimize(size))]
fn final_notice_role(claim: &Claim, date: Date, rates: &RateTable) -> Result<FinalNoticeRole> {
    if claim.legal_step_between(None, date) {
        return Ok(FinalNoticeRole::OnLegalRoad);
    }
    match crate::state::latest_valid_demand(claim, date, rates)? {
        Some(demand) if date > demand.deadline => Ok(FinalNoticeRole::AfterDemand(demand.date)),
        Some(demand) => Err(Error::new(
            ErrorCode::FinalNoticeTooEarly,
            message(
                "a final notice dated {0} is not after the deadline ({1}) of the inkassokrav of {2}: \
                 it follows an inkassokrav left unpaid by its deadline",
                &[
                    Arg::Date(date),
                    Arg::Date(demand.deadline),
                    Arg::Date(demand.date),
                ],
            ),
        )
        .at("date")),
        None => Ok(FinalNoticeRole::LastReminder),
    }
}

/// The amounts of `st` reconciled per invoice, payment and fee.
#[cfg_attr(inkasso_size, optimize(size))]
fn breakdown(claim: &Claim, st: &Statement) -> Result<Breakdown> {
    let mut invoices = Vec::with_capacity(claim.invoices.len());
    let credits = crate::claim::InvoiceCredits::of(claim);
    for (index, (invoice, status)) in claim.invoices.iter().zip(&st.invoices).enumerate() {
        let due_date = match invoice.due_date {
            Some(due) => due,
            None => params::due_without_agreed_date(invoice.issue_date)?,
        };
        let settled = invoice.amount.checked_sub(status.capital)?;
        // What its credit notes took off its capital: not what they cancelled beyond it (owed
        // back, a line of its own), which would count that part twice.
        let mut beyond = Money::ZERO;
        for w in &st.warnings {
            if let Facts::CreditExceedsCapital {
                invoice: number,
                excess,
                ..
            } = &w.facts
            {
                if *number == invoice.number {
                    beyond = beyond.checked_add(*excess)?;
                }
            }
        }
        let credited = credits
            .credited(index, st.as_of)?
            .checked_sub(beyond)?
            .min(settled);
        invoices.push(InvoiceBreakdown {
            number: invoice.number.clone(),
            issue_date: invoice.issue_date,
            due_date,
            due_date_agreed: invoice.due_date.is_some(),
            effective_due_date: status.effective_due_date,
            amount: invoice.amount,
            credited,
            capital_paid: settled.checked_sub(credited)?,
            capital: status.capital,
            interest: status.interest,
            paid: !status.capital.is_positive(),
        });
    }
    // What each fee line has left unpaid, as the allocation left it (a payment made for one
    // invoice may leave an older fee of another invoice unpaid).
    let mut fees = Vec::with_capacity(st.fee_lines.len());
    for (line, &unpaid) in st.fee_lines.iter().zip(&st.fee_unpaid) {
        let paid = line.amount.checked_sub(unpaid)?;
        fees.push(FeeBreakdown {
            kind: line.kind,
            date: line.date,
            charged: line.amount,
            paid,
            unpaid: line.amount.checked_sub(paid)?,
            explanation: texts::fee_owed(line, paid),
            invoice: line.invoice.clone(),
            step: line.step,
        });
    }
    let interest_accrued = Money::sum(st.interest_lines.iter().map(|l| l.amount))?;
    let interest_paid = Money::sum(st.allocations.iter().map(|a| a.interest))?;
    let interest = interest_accrued.checked_sub(interest_paid)?;
    let total = Money::sum(
        invoices
            .iter()
            .map(|i| i.capital)
            .chain([interest])
            .chain(fees.iter().map(|f| f.unpaid)),
    )?;
    Ok(Breakdown {
        invoices,
        payments: st.allocations.clone(),
        interest_lines: st.interest_lines.clone(),
        interest_accrued,
        interest_paid,
        interest,
        fees,
        credit: st.credit,
        total,
    })
}

/// `UNKNOWN_VARIANT` at `kind` unless a letter of that kind is previewed (a reminder, an
/// inkassokrav or a final notice): the first check of [`letter`].
pub(crate) fn check_kind(kind: StepKind) -> Result<()> {
    if matches!(
        kind,
        StepKind::Reminder | StepKind::CollectionDemand | StepKind::FinalNotice
    ) {
        return Ok(());
    }
    Err(Error::new(
        ErrorCode::UnknownVariant,
        format!(
            "a letter is a reminder, a collectionDemand or a finalNotice, not {}",
            kind.as_str()
        ),
    )
    .at("kind"))
}

fn check_kind_and_term(kind: StepKind, days: u32) -> Result<()> {
    check_kind(kind)?;
    if days > MAX_DAYS {
        return Err(crate::claim::days_out_of_range(&days).at("paymentTermDays"));
    }
    // A letter dated its own deadline reaches the debtor after it: a reminder (outside
    // inkassolagen, no minimum of its own) gives a day at least (a letters review, stop 79:
    // "senast 2026-12-18" in a letter of 2026-12-18).
    if days == 0 {
        return Err(Error::new(
            ErrorCode::InvalidDays,
            "a letter gives at least 1 day to pay, not 0: its deadline would be its own date, before it reaches the debtor",
        )
        .at("paymentTermDays"));
    }
    // A final notice's minimum depends on what it is on its day: judged in `letter` once
    // that is known (`check_demand_term`).
    if kind == StepKind::CollectionDemand {
        check_demand_term("an inkassokrav", days)?;
    }
    Ok(())
}

/// [`ErrorCode::InvalidDays`] at `paymentTermDays` for a demand (`what`) giving fewer days
/// than god inkassosed's minimum for an inkassokrav.
fn check_demand_term(what: &str, days: u32) -> Result<()> {
    let min = params::min_collection_term_days_now();
    if days < min {
        return Err(Error::new(
            ErrorCode::InvalidDays,
            format!("{what} gives at least {min} days to pay (god inkassosed), not {days}"),
        )
        .at("paymentTermDays"));
    }
    Ok(())
}

fn section(id: SectionId, (heading, body): (Text, Text), rule: Option<&'static str>) -> Section {
    Section {
        id,
        heading,
        body,
        lines: Vec::new(),
        placeholders: Vec::new(),
        rule,
    }
}

/// Appends a line of `amount` to `lines` (out of line: a letter's sections push lines at many
/// places, and each push moves the whole line).
#[inline(never)]
fn push_line(lines: &mut Vec<LetterLine>, label: Text, amount: Money, role: LineRole) {
    lines.push(LetterLine {
        label,
        amount,
        role,
    });
}

/// Appends a detail line of `amount` to `lines`.
fn push_money_line(lines: &mut Vec<LetterLine>, label: Text, amount: Money) {
    push_line(lines, label, amount, LineRole::Detail);
}

/// inkassolagen 5 § governs the content of an inkassokrav and a final notice; a reminder cites
/// nothing.
fn rule_5(demand: bool) -> Option<&'static str> {
    demand.then_some(RULE_5)
}

/// Each invoice with its own due date, the effective one where it differs, and its capital
/// outstanding (zero, and said to be paid, when it is).
///
/// An inkassokrav or a final notice must say what the claim is for (inkassolagen 5 §): each invoice's
/// `description` does; when one has none, the section asks for it as the `claimBasis`
/// placeholder.
#[cfg_attr(inkasso_size, optimize(size))]
fn claim_section(claim: &Claim, b: &Breakdown, demand: bool) -> Section {
    let mut s = section(
        SectionId::Claim,
        texts::claim(demand, claim.invoices.len()),
        rule_5(demand),
    );
    let undescribed: Vec<&str> = claim
        .invoices
        .iter()
        .filter(|i| i.description.is_none())
        .map(|i| i.number.as_str())
        .collect();
    if demand && !undescribed.is_empty() {
        let basis = texts::claim_basis(&undescribed, undescribed.len() == claim.invoices.len());
        s.body.sv.push_str(&basis.sv);
        s.body.en.push_str(&basis.en);
        s.placeholders = vec!["claimBasis"];
    }
    for (invoice, i) in claim.invoices.iter().zip(&b.invoices) {
        let standing = if i.paid && !i.capital_paid.is_positive() && i.credited.is_positive() {
            Standing::Credited
        } else if i.paid && i.credited.is_positive() {
            Standing::PaidAndCredited
        } else if i.paid {
            Standing::Paid
        } else if i.credited.is_positive() && i.capital_paid.is_positive() {
            Standing::PartlyPaidAndCredited
        } else if i.credited.is_positive() {
            Standing::PartlyCredited
        } else if i.capital_paid.is_positive() {
            Standing::PartlyPaid
        } else {
            Standing::Unpaid
        };
        let facts = InvoiceFacts {
            number: &invoice.number,
            issued: i.issue_date,
            amount: i.amount,
            due: i.due_date,
            agreed: i.due_date_agreed,
            notice_required: crate::params::interest_notice_required(
                i.issue_date,
                claim.debtor.is_commercial(),
            ),
            moved_to: (i.effective_due_date != i.due_date).then_some(i.effective_due_date),
            description: invoice.description.as_deref(),
            standing,
        };
        push_money_line(&mut s.lines, texts::invoice(&facts), i.capital);
    }
    s
}

#[cfg_attr(inkasso_size, optimize(size))]
fn creditor_section() -> Section {
    let mut s = section(SectionId::Creditor, texts::creditor(), Some(RULE_5));
    s.placeholders = vec!["creditorName", "collectorName"];
    s
}

/// A reminder's creditor: whom the debtor owes and whom to ask (no statute asks it of a
/// reminder, but a debtor cannot act on one that names no one: a letter review).
#[cfg_attr(inkasso_size, optimize(size))]
fn reminder_creditor_section(several: bool) -> Section {
    let mut s = section(SectionId::Creditor, texts::reminder_creditor(several), None);
    s.placeholders = vec!["creditorName", "objectionContact"];
    s
}

/// The amounts reconciled: each invoice's capital as invoiced and as credited, each payment and where it went
/// (details); then the parts of the total: each invoice's capital outstanding, the interest
/// unpaid, each fee still unpaid (a fee paid in full is a detail); then the total.
#[cfg_attr(inkasso_size, optimize(size))]
fn amounts_section(st: &Statement, b: &Breakdown, demand: bool) -> Section {
    let mut s = section(SectionId::Amounts, texts::amounts(st.as_of), rule_5(demand));
    // A pending case's court fee is in the total, as the statement charges it, but the debtor
    // owes it only if the court so orders: said to the debtor, not only in the warnings (a
    // review of letters, stop 66).
    for w in &st.warnings {
        if let Facts::CourtCasePending {
            date,
            transfer,
            fee,
        } = w.facts
        {
            let said = texts::court_fee_pending(date, transfer, fee);
            s.body.sv.push_str(&said.sv);
            s.body.en.push_str(&said.en);
        }
    }
    for i in &b.invoices {
        push_money_line(
            &mut s.lines,
            texts::invoice_capital(&i.number, false),
            i.amount,
        );
    }
    // What credit notes took off each invoice's capital: invoiced − credited − paid is what
    // is outstanding.
    for i in b.invoices.iter().filter(|i| i.credited.is_positive()) {
        push_money_line(&mut s.lines, texts::invoice_credited(&i.number), i.credited);
    }
    // A credit note beyond its invoice's capital is owed back, not set off: said, so that the
    // total below is not read as all there is between the parties.
    let overpaid = Money::sum(b.payments.iter().map(|a| a.credit)).unwrap_or(Money::ZERO);
    let credited_back = st.credit.checked_sub(overpaid).unwrap_or(Money::ZERO);
    if credited_back.is_positive() {
        push_money_line(
            &mut s.lines,
            texts::amount_label(AmountLine::CreditOwedBack),
            credited_back,
        );
    }
    for a in &b.payments {
        push_money_line(&mut s.lines, texts::payment_received(a.date), a.amount);
        for (to, amount) in [
            (PaidTo::Fees, a.fees),
            (PaidTo::Interest, a.interest),
            (PaidTo::Capital, a.capital),
            (PaidTo::Credit, a.credit),
        ] {
            if amount.is_positive() {
                push_money_line(&mut s.lines, texts::paid_to(to), amount);
            }
        }
    }
    for i in b.invoices.iter().filter(|i| i.capital.is_positive()) {
        push_line(
            &mut s.lines,
            texts::invoice_capital(&i.number, true),
            i.capital,
            LineRole::Part,
        );
    }
    if b.interest_paid.is_positive() {
        push_money_line(
            &mut s.lines,
            texts::amount_label(AmountLine::InterestAccrued),
            b.interest_accrued,
        );
        push_money_line(
            &mut s.lines,
            texts::amount_label(AmountLine::InterestPaid),
            b.interest_paid,
        );
    }
    push_line(
        &mut s.lines,
        texts::amount_label(AmountLine::Interest),
        b.interest,
        LineRole::Part,
    );
    for fee in &b.fees {
        if fee.unpaid.is_positive() {
            push_line(
                &mut s.lines,
                fee.explanation.clone(),
                fee.unpaid,
                LineRole::Part,
            );
        } else {
            push_money_line(&mut s.lines, fee.explanation.clone(), fee.charged);
        }
    }
    push_line(
        &mut s.lines,
        texts::amount_label(AmountLine::Total),
        st.total,
        LineRole::Total,
    );
    s
}

/// How the interest is computed, for the invoices whose capital is unpaid (their interest runs
/// on): where the rate comes from (räntelagen or an agreement, naming the invoices when both),
/// the interest of a day from the day after the letter (or that it waits for a referensränta
/// not published yet), the referensränta's next half-year when it starts by the deadline and
/// changes (the new dröjsmålsräntor), or may change beyond the table, and each interest line
/// with its invoice and period (inkassolagen 5 §).
#[cfg_attr(inkasso_size, optimize(size))]
fn interest_section(
    claim: &Claim,
    st: &Statement,
    rates: &RateTable,
    deadline: Date,
    demand: bool,
) -> Result<Section> {
    let running: Vec<(&str, Option<ContractRate>)> = claim
        .invoices
        .iter()
        .zip(&st.invoices)
        .filter(|(_, status)| status.capital.is_positive())
        .map(|(i, _)| (i.number.as_str(), claim.contract_rate(i)))
        .collect();
    // Räntelagen 7 § (a debt's own rate at its due date) is the statute's, not an agreement
    // on dröjsmålsränta: its interest lines cite 7 §.
    let agreed_terms = |c: &Option<ContractRate>| c.is_some_and(|c| c.is_agreed());
    let statutory: Vec<&str> = running
        .iter()
        .filter(|(_, c)| !agreed_terms(c))
        .map(|(n, _)| *n)
        .collect();
    let agreed: Vec<&str> = running
        .iter()
        .filter(|(_, c)| agreed_terms(c))
        .map(|(n, _)| *n)
        .collect();
    let fixed = running
        .iter()
        .any(|(_, c)| matches!(c, Some(ContractRate::Fixed(_))));
    let none_runs = !running.is_empty()
        && running
            .iter()
            .all(|(_, c)| matches!(c, Some(ContractRate::Fixed(r)) if r.is_zero()));
    let per_diem_from = calendar::next_day(st.as_of)?;
    let per_diem_known = !st.warnings.iter().any(|w| {
        matches!(
            w.code,
            WarningCode::RateNotCovered | WarningCode::RateAssumed
        ) && matches!(w.subject, Subject::PerDiem(_))
    });
    // Each half-year that starts by the deadline and changes a running invoice's
    // dröjsmålsränta (as the statement charges it: referensränta + margin, never below 0 %),
    // up to the first the table does not have yet.
    let mut rate_changes = Vec::new();
    let follows_reference = running
        .iter()
        .any(|(_, c)| !matches!(c, Some(ContractRate::Fixed(_))));
    let mut before = per_diem_from;
    let mut change = next_half_year(per_diem_from)?;
    while follows_reference && change <= deadline {
        // A row the caller gave as assumed is not the Riksbank's yet: the rate may change.
        let Some(next) = rates
            .lookup(change)
            .filter(|r| r.status != RateStatus::Assumed)
        else {
            rate_changes.push(RateChange::Unknown(change));
            break;
        };
        let mut new_rates: Vec<(Decimal, texts::RateBasis)> = Vec::new();
        let mut changed = false;
        for (_, c) in &running {
            if matches!(c, Some(ContractRate::Fixed(_))) {
                continue;
            }
            let then = late_rate(rates, *c, change)?;
            if late_rate(rates, *c, before)? == then {
                // Not said as a change (räntelagen 7 §: a debt's own rate above 6 §'s on both
                // sides of the day; a review found "15,00 % … och 10,00 %" for an unchanged 15).
                continue;
            }
            changed = true;
            if let Some(rate) = then {
                let basis = match c {
                    Some(ContractRate::AtDueDate(_)) => texts::RateBasis::AtDueDate,
                    Some(_) => texts::RateBasis::Agreed,
                    None => texts::RateBasis::Statute,
                };
                if !new_rates.contains(&(rate, basis)) {
                    new_rates.push((rate, basis));
                }
            }
        }
        if changed {
            rate_changes.push(RateChange::To {
                day: change,
                reference: next.percent,
                rates: new_rates,
            });
        }
        before = change;
        change = next_half_year(change)?;
    }
    let without_due_date = claim
        .invoices
        .iter()
        .zip(&st.invoices)
        .any(|(i, status)| status.capital.is_positive() && i.due_date.is_none());
    let facts = texts::InterestFacts {
        without_due_date,
        per_diem: per_diem_known.then_some(st.per_diem),
        thirty_360: claim.day_count == crate::claim::DayCount::Thirty360,
        per_diem_from,
        statutory,
        agreed,
        none_runs,
        fixed,
        changes: rate_changes,
    };
    let mut s = section(SectionId::Interest, texts::interest(&facts), rule_5(demand));
    for line in &st.interest_lines {
        push_money_line(&mut s.lines, texts::interest_line(line), line.amount);
    }
    Ok(s)
}

/// The dröjsmålsränta `statement` charges on `day` for an invoice under `contract` (the
/// statement's own [`RateSource`]: referensränta + margin, never below 0 %), or `None` when the
/// table does not have the day's referensränta.
#[cfg_attr(inkasso_size, optimize(size))]
fn late_rate(
    rates: &RateTable,
    contract: Option<ContractRate>,
    day: Date,
) -> Result<Option<Decimal>> {
    let applied = RateSource::of_contract(contract, rates).rate_for(HalfYear::of(day))?;
    Ok(applied.map(|a| a.rate))
}

/// `PROVISIONAL_RATE` for each half-year starting after `date` and by `deadline` whose row is
/// provisional, when an invoice with capital unpaid follows the referensränta: the interest
/// section tells the debtor the rate it changes to (a turn-of-the-year review, stop 69, found a
/// provisional 2027-H1 row stated as fact with no warning, where the README promises one
/// wherever a provisional row is used).
#[cfg_attr(inkasso_size, optimize(size))]
fn provisional_changes(
    claim: &Claim,
    st: &Statement,
    rates: &RateTable,
    date: Date,
    deadline: Date,
) -> Result<Vec<Warning>> {
    let follows_reference = claim.invoices.iter().zip(&st.invoices).any(|(i, status)| {
        status.capital.is_positive()
            && !matches!(claim.contract_rate(i), Some(ContractRate::Fixed(_)))
    });
    let mut out = Vec::new();
    if !follows_reference {
        return Ok(out);
    }
    // From the half-year after the per diem's day, as the interest section's changes run.
    let mut change = next_half_year(calendar::next_day(date)?)?;
    while change <= deadline {
        if rates
            .lookup(change)
            .is_some_and(|r| r.status == RateStatus::Provisional)
        {
            out.push(Warning::new(
                Subject::HalfYear(HalfYear::of(change)),
                Facts::ProvisionalRate,
            ));
        }
        change = next_half_year(change)?;
    }
    Ok(out)
}

/// Under 30/360 a day's weight depends on the day (the 31st weighs nothing, the last day of
/// February up to three days), so the per diem of the day after a letter is no daily amount:
/// the interest of a regular day (1/360 of a year) at the rates of `day` on the capital whose
/// interest runs by then, summed and rounded once as the per diem is; `None` when a rate is
/// not in the table. A turn-of-the-year review (stop 69) found a letter saying "less than
/// 0.01 kr a day" on the 30th of a 31-day month and "31.50 kr a day" on 28 February, 10.50 kr
/// a day being right.
#[cfg_attr(inkasso_size, optimize(size))]
fn regular_day_interest(
    claim: &Claim,
    st: &Statement,
    rates: &RateTable,
    day: Date,
) -> Result<Option<Money>> {
    // In whole numbers (no Decimal division): Σ öre × rate in millionths of a percent, over
    // 100 % × 360 days × 10^6.
    const SCALE: u32 = 6;
    const DENOMINATOR: i128 = 36_000_000_000;
    const HALF: i128 = 18_000_000_000;
    let overflow = || Error::overflow("a day's interest");
    let mut numerator: i128 = 0;
    for (invoice, status) in claim.invoices.iter().zip(&st.invoices) {
        if !status.capital.is_positive() || status.interest_from > day {
            continue;
        }
        let Some(rate) = late_rate(rates, claim.contract_rate(invoice), day)? else {
            return Ok(None);
        };
        let Some(widen) = SCALE.checked_sub(rate.scale()) else {
            return Ok(None); // a rate finer than a millionth of a percent: not said
        };
        let millionths = 10_i128
            .checked_pow(widen)
            .and_then(|f| rate.mantissa().checked_mul(f))
            .ok_or_else(overflow)?;
        numerator = i128::from(status.capital.ore())
            .checked_mul(millionths)
            .and_then(|x| numerator.checked_add(x))
            .ok_or_else(overflow)?;
    }
    // Half away from zero, as every amount (DOMAIN.md 8.4); the capital is positive and a
    // rate below 0 % is charged as 0 %, so the sum is not negative.
    let ore = numerator
        .checked_add(HALF)
        .and_then(|x| x.checked_div(DENOMINATOR))
        .and_then(|x| i64::try_from(x).ok())
        .ok_or_else(overflow)?;
    Ok(Some(Money::from_ore(ore)))
}

/// The first day of the half-year after the one `date` is in (1 January or 1 July): the day
/// the referensränta can next change (räntelagen 9 §).
#[cfg_attr(inkasso_size, optimize(size))]
fn next_half_year(date: Date) -> Result<Date> {
    let (year, month) = if date.month() >= time::Month::July {
        (date.year().checked_add(1), time::Month::January)
    } else {
        (Some(date.year()), time::Month::July)
    };
    year.and_then(|y| Date::from_calendar_date(y, month, 1).ok())
        .ok_or_else(|| {
            Error::new(
                ErrorCode::DateOutOfRange,
                "a date after the range supported",
            )
        })
}

/// How to pay and by when; when the term was extended around a long weekend, why.
#[cfg_attr(inkasso_size, optimize(size))]
fn payment_section(
    claim: &Claim,
    st: &Statement,
    deadline: Date,
    extended: Option<(Date, u32)>,
    demand: bool,
) -> Section {
    let mut s = section(
        SectionId::Payment,
        texts::payment(
            st.total,
            deadline,
            extended,
            st.per_diem,
            interest_runs(claim, st),
        ),
        rule_5(demand),
    );
    s.placeholders = vec!["paymentAccount", "paymentReference"];
    s
}

/// Whether interest runs after the letter: a per diem, or an invoice with capital unpaid whose
/// rate is not an agreed fixed 0 % (a referensränta not published yet, a rate floored at 0 % that
/// may rise, a 30E/360 31st: said to run). Only a claim whose capital is paid, or whose unpaid
/// invoices all carry an agreed 0 %, is said to earn none.
fn interest_runs(claim: &Claim, st: &Statement) -> bool {
    st.per_diem.is_positive()
        || claim.invoices.iter().any(|invoice| {
            let unpaid = st
                .invoices
                .iter()
                .any(|i| i.number == invoice.number && i.capital.is_positive());
            let agreed_zero = matches!(
                claim.contract_rate(invoice),
                Some(crate::claim::ContractRate::Fixed(rate)) if rate.is_zero()
            );
            unpaid && !agreed_zero
        })
}

/// How far the claim's recorded steps have taken it by `date`: efterbevakning recorded after
/// the latest verkställighet (or after a dom or utslag with none), else the latest of a
/// verkställighet, a dom or utslag, a stämningsansökan and a betalningsföreläggande, in that
/// order of precedence. When an invoice with capital unpaid (in `st`, the statement of the letter's
/// day) falls outside every title by then ([`crate::limitation::decided_before`]: issued or
/// falling due after the title's case was brought), the stage is that invoice's road: only the
/// steps after the latest title count. A legal review found an inkassokrav for such an
/// invoice saying it could be collected by utmätning, with objections to Kronofogden, where a
/// betalningsföreläggande is what follows. A claim disputed by then and not decided is not
/// demanded at all ([`check_not_disputed`]).
#[cfg_attr(inkasso_size, optimize(size))]
fn stage_on(claim: &Claim, st: &Statement, date: Date) -> Result<texts::Stage> {
    let titles = crate::limitation::title_starts(claim);
    // Every title recorded by the letter's day decides what its case was about.
    let decided = titles
        .iter()
        .filter(|(day, _)| *day <= date)
        .map(|(_, start)| *start)
        .max();
    let mut left_out = false;
    if let Some(decided) = decided {
        for (invoice, status) in claim.invoices.iter().zip(&st.invoices) {
            left_out |= status.capital.is_positive()
                && invoice.issue_date <= date
                && claim.effective_due_date(invoice)? >= decided;
        }
    }
    let after = titles
        .iter()
        .map(|(day, _)| *day)
        .filter(|&day| left_out && day <= date)
        .max();
    let latest = |kind: StepKind| {
        claim
            .steps
            .iter()
            .filter(|s| s.kind == kind && s.date <= date && after.is_none_or(|a| s.date > a))
            .map(|s| s.date)
            .max()
    };
    // A further year recorded as one is no verkställighet of its own: the claim has been under
    // enforcement since the application it renews, and one renewing an application before
    // the title that left an invoice out says nothing of that invoice.
    let enforced_since = claim
        .steps
        .iter()
        .filter(|s| s.kind == StepKind::Enforcement && s.date <= date)
        .map(|s| claim.application_day(s.date))
        .filter(|&a| after.is_none_or(|after| a > after))
        .max();
    // Efterbevakning recorded after the latest application: Kronofogden's case has ended.
    // Efterbevakning rests on a title: a recorded dom or utslag, or the one a verkställighet
    // rests on.
    let titled = enforced_since.is_some() || latest(StepKind::Judgment).is_some();
    // After every verkställighet step by then, a further year's own day included (a diff
    // review: a further year recorded after efterbevakning, whose grundavgift the letter
    // charges, was read as efterbevakning).
    let last_enforcement = latest(StepKind::Enforcement);
    let surveillance = latest(StepKind::Surveillance)
        .filter(|&since| titled && last_enforcement.is_none_or(|e| since > e));
    // The title the verkställigheter under way (or the dom or utslag watched) rest on, when
    // the history says and they all rest on the same kind.
    let enforced_title = || {
        let mut applications = claim
            .steps
            .iter()
            .filter(|s| s.kind == StepKind::Enforcement && s.date <= date)
            .map(|s| claim.application_day(s.date))
            .filter(|&a| after.is_none_or(|after| a > after))
            .map(|a| crate::limitation::title_enforced(claim, a));
        match applications.next() {
            Some(first) => applications.all(|t| t == first).then_some(first).flatten(),
            None => latest(StepKind::Judgment)
                .and_then(|j| crate::limitation::title_of_judgment(claim, j)),
        }
    };
    let stage = if let Some(d) = surveillance {
        texts::Stage::Surveillance(d, enforced_title())
    } else if let Some(d) = enforced_since {
        texts::Stage::Enforcement(d, enforced_title())
    } else if let Some(d) = latest(StepKind::Judgment) {
        texts::Stage::Judgment(d, crate::limitation::title_of_judgment(claim, d))
    } else if let Some(d) = latest(StepKind::CourtAction) {
        texts::Stage::CourtAction(d)
    } else if let Some(d) = latest(StepKind::PaymentOrder) {
        texts::Stage::PaymentOrder(d)
    } else {
        texts::Stage::Letters
    };
    // A case pending (no title yet) is about the invoices overdue when it was brought (a
    // transferred one, when its betalningsföreläggande was; a joined one, when the last was):
    // one with capital unpaid that fell due since is on its own road, with nothing at
    // Kronofogden or in court yet (a court-path review, stop 65: a letter demanding only an
    // invoice issued after a stämningsansökan said the debt was before the court).
    let pending = match stage {
        // As `limitation` reads the case: a later stämningsansökan joins it, and a transfer
        // is dated by its betalningsföreläggande (a review found a stämningsansökan listed
        // after the transfer on its day taken for the transfer).
        texts::Stage::CourtAction(d) => {
            Some(crate::limitation::case_start(claim, StepKind::CourtAction, d).unwrap_or(d))
        }
        texts::Stage::PaymentOrder(d) => Some(d),
        _ => None,
    };
    if let Some(brought) = pending {
        for (invoice, status) in claim.invoices.iter().zip(&st.invoices) {
            if status.capital.is_positive()
                && invoice.issue_date <= date
                && claim.effective_due_date(invoice)? >= brought
            {
                return Ok(texts::Stage::Letters);
            }
        }
    }
    Ok(stage)
}

/// What an inkassokrav or a final notice says happens if the debtor does not pay, at `stage`: a cost already on
/// the bill is never threatened again. The costs it names are those in force on the first day
/// after `deadline`, the first day the next step can be taken. A `business` debtor is also
/// told that for a legal person the application itself can lead to a betalningsanmärkning.
#[cfg_attr(inkasso_size, optimize(size))]
fn consequences_section(
    stage: texts::Stage,
    next_step: Date,
    order_fee_charged: bool,
    business: bool,
    reapplication_fee: bool,
) -> Section {
    section(
        SectionId::Consequences,
        texts::consequences(
            next_step,
            stage,
            order_fee_charged,
            business,
            reapplication_fee,
        ),
        Some(RULE_5),
    )
}

/// Whether an application for verkställighet on `day`, after the history of `copy` (the
/// letter's step recorded), would cost its grundavgift as the engine charges it: not within the
/// year of the last one on the same title.
#[cfg_attr(inkasso_size, optimize(size))]
fn reapplication_charged(copy: &Claim, day: Date, options: &LetterOptions<'_>) -> Result<bool> {
    let mut again = copy.clone();
    let index = again.steps.len();
    again.steps.push(Step::new(StepKind::Enforcement, day));
    let s = statement_of_valid(
        &again,
        &StatementOptions {
            as_of: day,
            rates: options.rates,
            strict_rates: false,
            detail: Detail::Full,
        },
    )?;
    Ok(crate::statement::step_charged(&s, index))
}

#[cfg_attr(inkasso_size, optimize(size))]
fn objection_section(stage: texts::Stage) -> Section {
    let mut s = section(SectionId::Objection, texts::objection(stage), Some(RULE_5));
    s.placeholders = vec!["objectionContact"];
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::{DebtorKind, Invoice, Step};
    use time::macros::date;

    /// The timeline asks for a projected letter's limitation before receipt on its copy of the
    /// claim, whose projected steps may take it past [`crate::claim::MAX_STEPS`]: a review
    /// found a 100-step history's timeline refused `TOO_MANY_ITEMS` ("110 steps") there. The
    /// copy is valid (the engine's steps do not count against the caller's limit).
    #[test]
    fn a_copy_with_more_steps_than_a_caller_may_give_is_judged() {
        let invoice = Invoice::new(
            "A",
            crate::Money::kr(1000),
            date!(2020 - 01 - 01),
            Some(date!(2020 - 01 - 31)),
        );
        let mut claim = Claim::new(DebtorKind::Consumer, vec![invoice]);
        // Disputes interrupt nothing: the invoice's preskription stays 2023-01-01.
        claim.steps = (0..110)
            .map(|_| Step::new(StepKind::Dispute, date!(2020 - 03 - 01)))
            .collect();
        let capital = [crate::Money::kr(1000)];
        let warnings = limitation_before_receipt(
            &claim,
            &capital,
            date!(2022 - 12 - 30),
            RateTable::embedded(),
        )
        .expect("judged");
        assert_eq!(warnings.len(), 1, "{warnings:?}");
    }
}
