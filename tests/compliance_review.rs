//! A compliance officer's review of `check` (stop 67): about 100 case files typed by hand, not
//! generated from the timeline, 73 planted violations. Each test fails on the code before it:
//! - a letter to a debtor who disputed the claim, and a betalningsföreläggande made too early,
//!   after a dispute or on an invalid inkassokrav, gave no `fee` at stake, though the statement
//!   charges it;
//! - `FEE_CHARGED_TWICE` cited RH 2022:7 for one fee per claim (it allows a further
//!   inkassobrev's fee for invoices falling due later), and lag 1981:739 for Kronofogden's and
//!   the court's fees;
//! - after an inkassokrav with a term under 8 days, `PAYMENT_ORDER_BEFORE_DEADLINE` called the
//!   8-day deadline the demand's own.

mod common;

use inkasso::compliance::{check, Finding, FindingCode};
use serde_json::{json, Value};

fn findings(steps: Value) -> Vec<Finding> {
    let c = common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "A-1001", "amount": "2000.00", "issueDate": "2025-01-02", "dueDate": "2025-02-03" }],
        "steps": steps
    }))
    .expect("claim");
    check(&c, None).expect("check")
}

fn fee_of(findings: &[Finding], code: FindingCode) -> Option<String> {
    findings
        .iter()
        .find(|f| f.code == code)
        .and_then(|f| f.fee)
        .map(|m| m.to_string())
}

#[test]
fn a_demand_after_a_dispute_puts_its_fee_at_stake() {
    let f = findings(json!([
        { "kind": "dispute", "date": "2025-02-17" },
        { "kind": "collectionDemand", "date": "2025-02-17", "paymentTermDays": 10 }
    ]));
    assert_eq!(
        fee_of(&f, FindingCode::DemandAfterDispute).as_deref(),
        Some("180.00")
    );
}

#[test]
fn an_early_payment_order_puts_its_costs_at_stake() {
    let f = findings(json!([
        { "kind": "collectionDemand", "date": "2025-02-17", "paymentTermDays": 10 },
        { "kind": "paymentOrder", "date": "2025-02-20" }
    ]));
    assert_eq!(
        fee_of(&f, FindingCode::PaymentOrderBeforeDeadline).as_deref(),
        Some("680.00")
    );
    let disputed = findings(json!([
        { "kind": "collectionDemand", "date": "2025-02-17", "paymentTermDays": 10 },
        { "kind": "dispute", "date": "2025-02-20" },
        { "kind": "paymentOrder", "date": "2025-03-10" }
    ]));
    assert_eq!(
        fee_of(&disputed, FindingCode::PaymentOrderAfterDispute).as_deref(),
        Some("680.00")
    );
}

#[test]
fn fee_charged_twice_cites_the_rule_of_its_kind() {
    let rule = |steps: Value| {
        findings(steps)
            .iter()
            .find(|f| f.code == FindingCode::FeeChargedTwice)
            .map(|f| f.rule().into_owned())
            .expect("FEE_CHARGED_TWICE")
    };
    let demands = rule(json!([
        { "kind": "collectionDemand", "date": "2025-02-17", "paymentTermDays": 10 },
        { "kind": "collectionDemand", "date": "2025-03-17", "paymentTermDays": 10 }
    ]));
    assert!(demands.starts_with("lag (1981:739)"), "{demands}");
    assert!(
        demands.contains("en faktura som förfaller senare kan ge en ny (RH 2022:7)"),
        "{demands}"
    );
    let orders = rule(json!([
        { "kind": "collectionDemand", "date": "2025-02-17", "paymentTermDays": 10 },
        { "kind": "paymentOrder", "date": "2025-03-10" },
        { "kind": "paymentOrder", "date": "2025-04-10" }
    ]));
    assert!(orders.starts_with("förordning (1992:1094)"), "{orders}");
    assert!(!orders.contains("1981:739"), "{orders}");
}

#[test]
fn an_order_after_a_short_term_names_the_deadline_the_demand_should_have_given() {
    let f = findings(json!([
        { "kind": "collectionDemand", "date": "2025-03-03", "paymentTermDays": 6 },
        { "kind": "paymentOrder", "date": "2025-03-10" }
    ]));
    let text = f
        .iter()
        .find(|f| f.code == FindingCode::PaymentOrderBeforeDeadline)
        .map(|f| f.text())
        .expect("PAYMENT_ORDER_BEFORE_DEADLINE");
    assert_eq!(
        text.en,
        "The payment order of 2025-03-10 was applied for before the term to pay had run out: the debt-collection demand should have given at least 8 days to pay, with 2025-03-11 as its deadline (good collection practice)."
    );
}

#[test]
fn efterbevakning_without_a_title_is_flagged() {
    let code = |steps: Value| {
        findings(steps)
            .iter()
            .filter(|f| f.code == FindingCode::EnforcementWithoutTitle)
            .map(|f| (f.step, f.text().sv))
            .collect::<Vec<_>>()
    };
    let untitled = code(json!([
        { "kind": "collectionDemand", "date": "2025-02-17", "paymentTermDays": 10 },
        { "kind": "surveillance", "date": "2025-06-02" }
    ]));
    assert_eq!(untitled.len(), 1, "{untitled:?}");
    assert_eq!(untitled[0].0, Some(1));
    assert!(
        untitled[0]
            .1
            .starts_with("Före efterbevakningen 2025-06-02 finns ingen exekutionstitel"),
        "{untitled:?}"
    );
    // After an utslag (a betalningsföreläggande not disputed), or a verkställighet: titled.
    for title in [
        json!({ "kind": "paymentOrder", "date": "2025-03-10" }),
        json!({ "kind": "judgment", "date": "2025-03-10" }),
    ] {
        let steps = json!([
            { "kind": "collectionDemand", "date": "2025-02-17", "paymentTermDays": 10 },
            title,
            { "kind": "surveillance", "date": "2025-06-02" }
        ]);
        assert_eq!(code(steps.clone()), vec![], "{steps}");
    }
}
