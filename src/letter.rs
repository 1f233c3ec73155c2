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
use crate::policy::{MAX_DAYS, MIN_COLLECTION_TERM_DAYS};
use crate::rates::RateTable;
use crate::statement::{statement, Detail, Statement, StatementOptions};
use crate::text::{kr_en, kr_sv, Text};
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
    let step = Step { kind, date };
    if !copy.steps.contains(&step) {
        copy.steps.push(step);
    }
    let s = statement(
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
    let mut sections = vec![claim_section(claim)?];
    let demand = kind == StepKind::CollectionDemand;
    if demand {
        sections.push(creditor_section());
    }
    sections.push(amounts_section(&s));
    sections.push(interest_section(&s));
    sections.push(payment_section(&s, deadline, demand));
    if demand {
        sections.push(consequences_section());
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
    if kind == StepKind::CollectionDemand && days < MIN_COLLECTION_TERM_DAYS {
        return Err(Error::new(
            ErrorCode::InvalidPolicy,
            format!("an inkassokrav gives at least {MIN_COLLECTION_TERM_DAYS} days to pay (god inkassosed), not {days}"),
        )
        .at("paymentTermDays"));
    }
    Ok(())
}

fn section(id: SectionId, heading: Text, body: Text, rule: Option<&'static str>) -> Section {
    Section {
        id,
        heading,
        body,
        lines: Vec::new(),
        placeholders: Vec::new(),
        rule,
    }
}

fn money_line(sv: String, en: String, amount: Money) -> LetterLine {
    LetterLine {
        label: Text::new(sv, en),
        amount: Some(amount),
    }
}

fn claim_section(claim: &Claim) -> Result<Section> {
    let mut s = section(
        SectionId::Claim,
        Text::new("Fordran", "The claim"),
        Text::new(
            "Kravet avser följande obetalda fakturor.",
            "The demand concerns the following unpaid invoices.",
        ),
        Some(RULE_5),
    );
    for invoice in &claim.invoices {
        let issued = calendar::format_date(invoice.issue_date);
        let due = calendar::format_date(claim.effective_due_date(invoice)?);
        s.lines.push(money_line(
            format!(
                "Faktura {}, fakturadatum {issued}, förfallodag {due}",
                invoice.number
            ),
            format!("Invoice {}, dated {issued}, due {due}", invoice.number),
            invoice.amount,
        ));
    }
    Ok(s)
}

fn creditor_section() -> Section {
    let mut s = section(
        SectionId::Creditor,
        Text::new("Borgenär och inkasserande", "Creditor and collector"),
        Text::new(
            "Borgenär: {creditorName}. Kravet skickas av: {collectorName}.",
            "Creditor: {creditorName}. Sent by: {collectorName}.",
        ),
        Some(RULE_5),
    );
    s.placeholders = vec!["creditorName", "collectorName"];
    s
}

fn amounts_section(st: &Statement) -> Section {
    let mut s = section(
        SectionId::Amounts,
        Text::new("Att betala", "Amount due"),
        Text::new(
            format!("Specifikation per {}.", calendar::format_date(st.as_of)),
            format!("Breakdown as of {}.", calendar::format_date(st.as_of)),
        ),
        Some(RULE_5),
    );
    s.lines.push(money_line(
        "Kapitalbelopp".into(),
        "Capital".into(),
        st.capital,
    ));
    s.lines.push(money_line(
        "Dröjsmålsränta".into(),
        "Late-payment interest".into(),
        st.interest,
    ));
    for fee in &st.fee_lines {
        s.lines.push(LetterLine {
            label: fee.explanation.clone(),
            amount: Some(fee.amount),
        });
    }
    if st.fees != Money::sum(st.fee_lines.iter().map(|f| f.amount)).unwrap_or(st.fees) {
        s.lines.push(money_line(
            "Obetalda avgifter efter betalningar".into(),
            "Fees unpaid after payments".into(),
            st.fees,
        ));
    }
    s.lines.push(money_line(
        "Summa att betala".into(),
        "Total to pay".into(),
        st.total,
    ));
    s
}

fn interest_section(st: &Statement) -> Section {
    let mut s = section(
        SectionId::Interest,
        Text::new("Så beräknas räntan", "How interest is computed"),
        Text::new(
            format!(
                "Dröjsmålsränta enligt räntelagen (1975:635) räknas på kapitalbeloppet från dagen efter förfallodagen och fortsätter att löpa tills betalning sker, med {} per dag.",
                kr_sv(st.per_diem)
            ),
            format!(
                "Late-payment interest under räntelagen (1975:635) runs on the capital from the day after the due date until payment, {} a day.",
                kr_en(st.per_diem)
            ),
        ),
        Some(RULE_5),
    );
    for line in &st.interest_lines {
        s.lines.push(LetterLine {
            label: line.explanation.clone(),
            amount: Some(line.amount),
        });
    }
    s
}

fn payment_section(st: &Statement, deadline: Date, demand: bool) -> Section {
    let dl = calendar::format_date(deadline);
    let mut s = section(
        SectionId::Payment,
        Text::new("Betalning", "Payment"),
        Text::new(
            format!(
                "Betala {} senast {dl} till {{paymentAccount}} och ange {{paymentReference}}. Räntan fortsätter att löpa till betalningsdagen.",
                kr_sv(st.total)
            ),
            format!(
                "Pay {} by {dl} to {{paymentAccount}}, quoting {{paymentReference}}. Interest runs until the day of payment.",
                kr_en(st.total)
            ),
        ),
        demand.then_some(RULE_5),
    );
    s.placeholders = vec!["paymentAccount", "paymentReference"];
    s
}

fn consequences_section() -> Section {
    section(
        SectionId::Consequences,
        Text::new("Om du inte betalar", "If you do not pay"),
        Text::new(
            "Betalar du inte i tid kan borgenären ansöka om betalningsföreläggande hos Kronofogden (eller väcka talan vid tingsrätten). Med ett utslag kan skulden drivas in genom utmätning, och ett utslag kan leda till en betalningsanmärkning. Kronofogdens avgifter och ersättningen för ansökan (300 kr och 380 kr) läggs då till skulden.",
            "If you do not pay in time, the creditor may apply to Kronofogden (the Enforcement Authority) for a payment order (or sue in the district court). With a decision the debt can be collected by attachment (utmätning), and a decision can lead to a payment remark (betalningsanmärkning). Kronofogden's fee and the compensation for the application (SEK 300 and SEK 380) are then added to the debt.",
        ),
        Some(RULE_5),
    )
}

fn objection_section() -> Section {
    let mut s = section(
        SectionId::Objection,
        Text::new("Invändningar", "Objections"),
        Text::new(
            "Anser du att kravet är felaktigt ska du snarast, och före sista betalningsdagen, höra av dig till {objectionContact} och förklara varför.",
            "If you think the demand is wrong, contact {objectionContact} as soon as possible, and before the deadline, and explain why.",
        ),
        Some(RULE_5),
    );
    s.placeholders = vec!["objectionContact"];
    s
}
