//! Letter preview: the structured content a betalningspåminnelse or an inkassokrav must show,
//! as sections with sv/en texts, for a front end to render.
//!
//! For an inkassokrav, inkassolagen (1974:182) 5 § and god inkassosed (DOMAIN.md §4) require:
//! the claim and its basis (the invoices), the creditor and who collects, the amounts broken
//! down (capital, interest and how it is computed, fees), a demand to pay within a stated time
//! (at least 8 days) and how to pay, what happens if the debtor does not pay
//! (betalningsföreläggande or stämning, then utmätning; a betalningsanmärkning can follow), and
//! that the debtor can object, and to whom. A reminder shows the claim, the amounts, the
//! deadline and how to pay.
//!
//! Amounts come from [`statement`] as of the letter date, on a copy of the claim with the
//! letter's step appended (unless a step of that kind and date is already there), so the fee
//! the letter earns is included exactly as the engine charges it. Names, accounts and addresses
//! are left to the caller: each section lists its `placeholders` (`creditorName`,
//! `collectorName`, `paymentAccount`, `paymentReference`, `objectionContact`), written in the
//! texts as `{name}`.

use serde::Serialize;
use time::Date;

use crate::calendar::{self, serialize_date, serialize_opt_date};
use crate::claim::{Claim, Step, StepKind};
use crate::error::{Error, ErrorCode, Result};
use crate::money::Money;
use crate::params;
use crate::policy::MAX_DAYS;
use crate::rates::RateTable;
use crate::statement::{statement_of_valid, Detail, Statement, StatementOptions};
use crate::text::letter::{self as texts, AmountLine};
use crate::text::Text;
use crate::warning::Warning;

/// Options for [`letter`].
#[derive(Debug, Clone, Copy)]
pub struct LetterOptions<'a> {
    /// The reference-rate table (default: [`RateTable::embedded`]).
    pub rates: &'a RateTable,
    /// Strict mode: a day the table does not cover is an error instead of a warning.
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

/// One line of a section: a label and, for money, an amount.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LetterLine {
    /// What the line is.
    pub label: Text,
    /// The amount, if the line is money.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub amount: Option<Money>,
}

/// One section of the letter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
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

/// A letter preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Letter {
    /// `reminder` or `collectionDemand`.
    pub kind: StepKind,
    /// The letter date.
    #[serde(serialize_with = "serialize_date")]
    pub date: Date,
    /// The payment term given, in days.
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
    /// Interest of each further day.
    pub per_diem: Money,
    /// The sections, in the order to show them.
    pub sections: Vec<Section>,
    /// The engine's remarks (a fee not allowed, a provisional rate, …).
    pub warnings: Vec<Warning>,
}

const RULE_5: &str = "inkassolagen (1974:182) 5 §";

/// The preview of a `kind` letter (reminder or inkassokrav) dated `date`, giving
/// `payment_term_days` days to pay.
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
            format!("the letter date {date} is before the first invoice was issued ({first})"),
        )
        .at("date"));
    }
    let mut copy = claim.clone();
    let already = copy.steps.iter().any(|s| s.kind == kind && s.date == date);
    if !already {
        let mut step = Step::new(kind, date);
        step.payment_term_days = Some(payment_term_days);
        copy.steps.push(step);
    }
    let s = statement_of_valid(
        &copy,
        &StatementOptions {
            as_of: date,
            rates: options.rates,
            strict_rates: options.strict_rates,
            detail: Detail::Full,
        },
    )?;
    let raw = calendar::add_days(date, i64::from(payment_term_days))?;
    let deadline = calendar::next_business_day(raw)?;
    let demand = kind == StepKind::CollectionDemand;
    let mut sections = vec![claim_section(claim, demand)?];
    if demand {
        sections.push(creditor_section());
    }
    sections.push(amounts_section(&s, demand));
    sections.push(interest_section(&s, demand));
    sections.push(payment_section(&s, deadline, demand));
    if demand {
        sections.push(consequences_section(date));
        sections.push(objection_section());
    }
    Ok(Letter {
        kind,
        date,
        payment_term_days,
        deadline,
        deadline_moved_from: (deadline != raw).then_some(raw),
        capital: s.capital,
        interest: s.interest,
        fees: s.fees,
        total: s.total,
        per_diem: s.per_diem,
        sections,
        warnings: s.warnings,
    })
}

fn check_kind_and_term(kind: StepKind, days: u32) -> Result<()> {
    if !matches!(kind, StepKind::Reminder | StepKind::CollectionDemand) {
        return Err(Error::new(
            ErrorCode::UnknownVariant,
            format!(
                "a letter is a reminder or a collectionDemand, not {}",
                kind.as_str()
            ),
        )
        .at("kind"));
    }
    if days > MAX_DAYS {
        return Err(Error::new(
            ErrorCode::InvalidPolicy,
            format!("{days} days: at most {MAX_DAYS} days are accepted"),
        )
        .at("paymentTermDays"));
    }
    let min = params::min_collection_term_days_now();
    if kind == StepKind::CollectionDemand && days < min {
        return Err(Error::new(
            ErrorCode::InvalidPolicy,
            format!("an inkassokrav gives at least {min} days to pay (god inkassosed), not {days}"),
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

fn money_line(label: Text, amount: Money) -> LetterLine {
    LetterLine {
        label,
        amount: Some(amount),
    }
}

/// inkassolagen 5 § governs the content of an inkassokrav; a reminder cites nothing.
fn rule_5(demand: bool) -> Option<&'static str> {
    demand.then_some(RULE_5)
}

fn claim_section(claim: &Claim, demand: bool) -> Result<Section> {
    let mut s = section(SectionId::Claim, texts::claim(demand), rule_5(demand));
    for invoice in &claim.invoices {
        let due = invoice_due_date(claim, invoice)?;
        s.lines.push(money_line(
            texts::invoice(&invoice.number, invoice.issue_date, due),
            invoice.amount,
        ));
    }
    Ok(s)
}

/// The due date printed for an invoice: its effective one (DOMAIN.md 8.1).
fn invoice_due_date(claim: &Claim, invoice: &crate::claim::Invoice) -> Result<Date> {
    claim.effective_due_date(invoice)
}

fn creditor_section() -> Section {
    let mut s = section(SectionId::Creditor, texts::creditor(), Some(RULE_5));
    s.placeholders = vec!["creditorName", "collectorName"];
    s
}

fn amounts_section(st: &Statement, demand: bool) -> Section {
    let mut s = section(SectionId::Amounts, texts::amounts(st.as_of), rule_5(demand));
    s.lines.push(money_line(
        texts::amount_label(AmountLine::Capital),
        st.capital,
    ));
    s.lines.push(money_line(
        texts::amount_label(AmountLine::Interest),
        st.interest,
    ));
    for fee in &st.fee_lines {
        s.lines.push(money_line(fee.explanation(), fee.amount));
    }
    if st.fees != Money::sum(st.fee_lines.iter().map(|f| f.amount)).unwrap_or(st.fees) {
        s.lines.push(money_line(
            texts::amount_label(AmountLine::FeesUnpaid),
            st.fees,
        ));
    }
    s.lines
        .push(money_line(texts::amount_label(AmountLine::Total), st.total));
    s
}

fn interest_section(st: &Statement, demand: bool) -> Section {
    let mut s = section(
        SectionId::Interest,
        texts::interest(st.per_diem),
        rule_5(demand),
    );
    for line in &st.interest_lines {
        s.lines.push(money_line(line.explanation(), line.amount));
    }
    s
}

fn payment_section(st: &Statement, deadline: Date, demand: bool) -> Section {
    let mut s = section(
        SectionId::Payment,
        texts::payment(st.total, deadline),
        rule_5(demand),
    );
    s.placeholders = vec!["paymentAccount", "paymentReference"];
    s
}

fn consequences_section(date: Date) -> Section {
    section(
        SectionId::Consequences,
        texts::consequences(date),
        Some(RULE_5),
    )
}

fn objection_section() -> Section {
    let mut s = section(SectionId::Objection, texts::objection(), Some(RULE_5));
    s.placeholders = vec!["objectionContact"];
    s
}
