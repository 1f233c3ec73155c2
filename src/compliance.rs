//! Compliance check of a claim's history (`claim.steps`) and, if given, of an escalation
//! [`Policy`]: the things a creditor must not do under inkassolagen (1974:182), god inkassosed
//! (IMY's general advice) and lag (1981:739) om ersättning för inkassokostnader.
//!
//! The history records the steps, not the fees charged. The check therefore assumes the
//! creditor charges the fees the policy says it charges ([`FeePolicy`]); without a policy, the
//! default: every statutory fee, no interest on fees, nothing on top of förseningsersättning.
//! Where the fee rules are the engine's (one fee per claim, absorption by
//! förseningsersättning), the check asks the engine ([`statement`]) so both agree.
//!
//! | code | severity | when |
//! |---|---|---|
//! | `COLLECTION_DEMAND_NOT_OVERDUE` | error | an inkassokrav on or before an invoice's effective due date (history), or a policy that sends it on the due date |
//! | `COLLECTION_TERM_TOO_SHORT` | error | the policy's inkassokrav term is under 8 days |
//! | `REMINDER_FEE_NOT_AGREED` | error | a reminder fee is charged (policy) but none was agreed when the debt arose |
//! | `FEE_CHARGED_TWICE` | warning | a second reminder, inkassokrav or plan in the history: it earns no fee |
//! | `FEE_ON_TOP_OF_LATE_FEE` | error | the policy charges 60/180 kr in full on top of 450 kr förseningsersättning |
//! | `INTEREST_ON_FEES` | warning | the policy charges interest on fees |
//! | `PAYMENT_ORDER_BEFORE_DEADLINE` | error | a betalningsföreläggande on or before the inkassokrav's deadline |
//! | `PAYMENT_ORDER_WITHOUT_DEMAND` | warning | a betalningsföreläggande with no inkassokrav before it in the history |
//!
//! For history, the inkassokrav's deadline is its date + the policy's term (8 days without a
//! policy), moved off days off.

use serde::Serialize;
use time::Date;

use crate::calendar;
use crate::claim::{Claim, StepKind};
use crate::error::Result;
use crate::policy::{FeePolicy, Policy, MIN_COLLECTION_TERM_DAYS};
use crate::statement::{statement, StatementOptions};
use crate::text::Text;
use crate::timeline::EntryKind;
use crate::warning::WarningCode;

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
        }
    }
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Finding {
    /// What.
    pub code: FindingCode,
    /// How serious.
    pub severity: Severity,
    /// History or policy.
    pub source: Source,
    /// The index in `claim.steps` (history findings about one step).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub step: Option<usize>,
    /// The kind of step concerned, if one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<EntryKind>,
    /// The statute or guidance.
    pub rule: &'static str,
    /// What it means, sv and en.
    pub text: Text,
}

const RULE_OVERDUE: &str = "inkassolagen (1974:182), god inkassosed (IMY:s allmänna råd): inkassokrav först när förfallodagen har passerat";
const RULE_TERM: &str =
    "inkassolagen (1974:182), god inkassosed (IMY:s allmänna råd): minst 8 dagars betalningstid";
const RULE_REMINDER_FEE: &str = "lag (1981:739) om ersättning för inkassokostnader m.m. 2 §";
const RULE_ONCE: &str =
    "lag (1981:739); IMY:s allmänna råd; RH 2022:7: en avgift av varje slag per fordran";
const RULE_LATE_FEE: &str = "lag (1981:739) 4 a § (förseningsersättningen ersätter inkassokostnaderna upp till sitt belopp; verifiera stycket)";
const RULE_INTEREST_ON_FEES: &str =
    "räntelagen (1975:635) 4 §; RH 2010:18: rättsläget är oklart, ingen ränta på avgifter som standard";
const RULE_PAYMENT_ORDER: &str = "lag (1990:746) om betalningsföreläggande och handräckning; inkassolagen (1974:182): ansökan först när inkassokravets betalningstid har gått ut";

fn finding(
    code: FindingCode,
    severity: Severity,
    source: Source,
    step: Option<usize>,
    kind: Option<EntryKind>,
    rule: &'static str,
    text: Text,
) -> Finding {
    Finding {
        code,
        severity,
        source,
        step,
        kind,
        rule,
        text,
    }
}

/// Checks `claim`'s history and, if given, `policy`. A clean history and plan give no findings.
pub fn check(claim: &Claim, policy: Option<&Policy>) -> Result<Vec<Finding>> {
    claim.validate()?;
    if let Some(p) = policy {
        p.validate()?;
    }
    let fees = policy.map_or_else(FeePolicy::default, |p| p.fees);
    let mut findings = Vec::new();
    history_not_overdue(claim, &mut findings)?;
    history_engine_fees(claim, &fees, &mut findings)?;
    history_payment_orders(claim, policy, &mut findings)?;
    if let Some(p) = policy {
        policy_findings(claim, p, &mut findings);
    }
    Ok(findings)
}

/// Inkassokrav sent on or before an invoice's effective due date.
fn history_not_overdue(claim: &Claim, out: &mut Vec<Finding>) -> Result<()> {
    for (index, step) in claim.steps.iter().enumerate() {
        if step.kind != StepKind::CollectionDemand {
            continue;
        }
        let mut early = Vec::new();
        for invoice in &claim.invoices {
            if step.date <= claim.effective_due_date(invoice)? {
                early.push(invoice.number.as_str());
            }
        }
        if early.is_empty() {
            continue;
        }
        let list = early.join(", ");
        let date = calendar::format_date(step.date);
        out.push(finding(
            FindingCode::CollectionDemandNotOverdue,
            Severity::Error,
            Source::History,
            Some(index),
            Some(EntryKind::CollectionDemand),
            RULE_OVERDUE,
            Text::new(
                format!("Inkassokravet {date} skickades innan förfallodagen hade passerat för faktura {list}."),
                format!("The inkassokrav of {date} was sent before the due date had passed for invoice {list}."),
            ),
        ));
    }
    Ok(())
}

/// The fee rules the engine knows: a second step of a kind, a reminder fee not agreed, fees
/// absorbed by förseningsersättning (flagged when the policy charges them on top).
fn history_engine_fees(claim: &Claim, fees: &FeePolicy, out: &mut Vec<Finding>) -> Result<()> {
    let Some(last) = claim.steps.iter().map(|s| s.date).max() else {
        return Ok(());
    };
    let as_of = claim
        .first_issue_date()
        .map_or(last, |first| first.max(last));
    let result = statement(claim, &StatementOptions::new(as_of))?;
    for (index, step) in claim.steps.iter().enumerate() {
        let field = format!("steps[{index}]");
        let has = |code: WarningCode| {
            result
                .warnings
                .iter()
                .any(|w| w.code == code && w.field.as_deref() == Some(field.as_str()))
        };
        let kind = Some(EntryKind::of(step.kind));
        let date = calendar::format_date(step.date);
        let charged = match step.kind {
            StepKind::Reminder => fees.reminder_fee && claim.reminder_fee_agreed,
            StepKind::CollectionDemand => fees.collection_fee,
            StepKind::PaymentPlan => true,
            StepKind::PaymentOrder | StepKind::Enforcement => false,
        };
        if charged && has(WarningCode::FeeAlreadyCharged) {
            out.push(finding(
                FindingCode::FeeChargedTwice,
                Severity::Warning,
                Source::History,
                Some(index),
                kind,
                RULE_ONCE,
                Text::new(
                    format!("Ytterligare en {} {date} ger ingen ny avgift: har en tagits ut ska den tas bort.", step.kind.name_sv()),
                    format!("Another {} on {date} earns no new fee: if one was charged, it must be removed.", step.kind.name_en()),
                ),
            ));
        }
        if fees.reminder_fee && has(WarningCode::ReminderFeeNotAgreed) {
            out.push(reminder_fee_finding(Source::History, Some(index), &date));
        }
        if fees.fees_on_top_of_late_fee && has(WarningCode::FeeAbsorbedByLateFee) {
            out.push(on_top_finding(Source::History, Some(index), kind));
        }
    }
    Ok(())
}

fn reminder_fee_finding(source: Source, step: Option<usize>, date: &str) -> Finding {
    let (sv, en) = if date.is_empty() {
        (
            "Planen tar ut påminnelseavgift, men ingen avgift avtalades när skulden uppkom."
                .to_owned(),
            "The plan charges a reminder fee, but none was agreed when the debt arose.".to_owned(),
        )
    } else {
        (
            format!("Ingen påminnelseavgift får tas ut för påminnelsen {date}: den avtalades inte när skulden uppkom."),
            format!("No reminder fee may be charged for the reminder of {date}: it was not agreed when the debt arose."),
        )
    };
    finding(
        FindingCode::ReminderFeeNotAgreed,
        Severity::Error,
        source,
        step,
        Some(EntryKind::Reminder),
        RULE_REMINDER_FEE,
        Text::new(sv, en),
    )
}

fn on_top_finding(source: Source, step: Option<usize>, kind: Option<EntryKind>) -> Finding {
    finding(
        FindingCode::FeeOnTopOfLateFee,
        Severity::Error,
        source,
        step,
        kind,
        RULE_LATE_FEE,
        Text::new(
            "Förseningsersättningen på 450 kr ersätter påminnelse- och inkassoavgiften upp till sitt belopp: de får inte tas ut ovanpå.",
            "The 450 kr late-payment compensation replaces the reminder and collection fees up to its amount: they may not be charged on top.",
        ),
    )
}

/// Betalningsföreläggande before the inkassokrav's deadline, or without an inkassokrav.
fn history_payment_orders(
    claim: &Claim,
    policy: Option<&Policy>,
    out: &mut Vec<Finding>,
) -> Result<()> {
    let term = policy
        .and_then(|p| p.collection_demand)
        .map_or(MIN_COLLECTION_TERM_DAYS, |s| s.payment_term_days);
    for (index, step) in claim.steps.iter().enumerate() {
        if step.kind != StepKind::PaymentOrder {
            continue;
        }
        let demand = claim
            .steps
            .iter()
            .filter(|s| s.kind == StepKind::CollectionDemand && s.date <= step.date)
            .map(|s| s.date)
            .max();
        let date = calendar::format_date(step.date);
        let Some(demand) = demand else {
            out.push(finding(
                FindingCode::PaymentOrderWithoutDemand,
                Severity::Warning,
                Source::History,
                Some(index),
                Some(EntryKind::PaymentOrder),
                RULE_PAYMENT_ORDER,
                Text::new(
                    format!("Betalningsföreläggandet {date} föregås inte av något inkassokrav."),
                    format!("The payment order of {date} is not preceded by an inkassokrav."),
                ),
            ));
            continue;
        };
        let deadline = demand_deadline(demand, term)?;
        if step.date <= deadline {
            let dl = calendar::format_date(deadline);
            out.push(finding(
                FindingCode::PaymentOrderBeforeDeadline,
                Severity::Error,
                Source::History,
                Some(index),
                Some(EntryKind::PaymentOrder),
                RULE_PAYMENT_ORDER,
                Text::new(
                    format!("Betalningsföreläggandet {date} söktes innan inkassokravets sista betalningsdag {dl} hade passerat."),
                    format!("The payment order of {date} was applied for before the inkassokrav's deadline {dl} had passed."),
                ),
            ));
        }
    }
    Ok(())
}

fn demand_deadline(sent: Date, term: u32) -> Result<Date> {
    calendar::next_business_day(calendar::add_days(sent, i64::from(term))?)
}

/// Findings about the plan itself.
fn policy_findings(claim: &Claim, policy: &Policy, out: &mut Vec<Finding>) {
    let fees = policy.fees;
    let has = |code: FindingCode, out: &Vec<Finding>| out.iter().any(|f| f.code == code);
    if let Some(demand) = policy.collection_demand {
        let before = policy
            .reminder
            .map_or(0, |r| r.days_after_due.saturating_add(r.payment_term_days));
        if before.saturating_add(demand.days_after) == 0 {
            out.push(finding(
                FindingCode::CollectionDemandNotOverdue,
                Severity::Error,
                Source::Policy,
                None,
                Some(EntryKind::CollectionDemand),
                RULE_OVERDUE,
                Text::new(
                    "Planen skickar inkassokravet på förfallodagen: det får skickas först när den har passerat.",
                    "The plan sends the inkassokrav on the due date: it may be sent only after that day has passed.",
                ),
            ));
        }
        if demand.payment_term_days < MIN_COLLECTION_TERM_DAYS {
            let days = demand.payment_term_days;
            out.push(finding(
                FindingCode::CollectionTermTooShort,
                Severity::Error,
                Source::Policy,
                None,
                Some(EntryKind::CollectionDemand),
                RULE_TERM,
                Text::new(
                    format!("Inkassokravet ger {days} dagars betalningstid; god inkassosed kräver minst 8 dagar."),
                    format!("The inkassokrav gives {days} days to pay; good collection practice requires at least 8 days."),
                ),
            ));
        }
        let after = policy
            .final_notice
            .map_or(0, |f| f.days_after.saturating_add(f.payment_term_days));
        if let Some(order) = policy.payment_order {
            if after.saturating_add(order.days_after) == 0 {
                out.push(finding(
                    FindingCode::PaymentOrderBeforeDeadline,
                    Severity::Error,
                    Source::Policy,
                    None,
                    Some(EntryKind::PaymentOrder),
                    RULE_PAYMENT_ORDER,
                    Text::new(
                        "Planen ansöker om betalningsföreläggande på inkassokravets sista betalningsdag: vänta tills den har passerat.",
                        "The plan applies for a payment order on the inkassokrav's deadline: wait until it has passed.",
                    ),
                ));
            }
        }
    }
    let reminder_planned = policy.reminder.is_some();
    if reminder_planned
        && fees.reminder_fee
        && !claim.reminder_fee_agreed
        && !has(FindingCode::ReminderFeeNotAgreed, out)
    {
        out.push(reminder_fee_finding(Source::Policy, None, ""));
    }
    let absorbable = reminder_planned || policy.collection_demand.is_some();
    if fees.fees_on_top_of_late_fee
        && fees.late_fee
        && claim.claims_late_fee()
        && absorbable
        && !has(FindingCode::FeeOnTopOfLateFee, out)
    {
        out.push(on_top_finding(Source::Policy, None, None));
    }
    if fees.interest_on_fees {
        out.push(finding(
            FindingCode::InterestOnFees,
            Severity::Warning,
            Source::Policy,
            None,
            None,
            RULE_INTEREST_ON_FEES,
            Text::new(
                "Planen tar ut ränta på avgifter: rättsläget är oklart (RH 2010:18); gör det inte som standard.",
                "The plan charges interest on fees: the law is not settled (RH 2010:18); do not do it by default.",
            ),
        ));
    }
}
