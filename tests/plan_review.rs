//! An `instalmentPlan` review (stop 68). A plan on a disputed claim: the plan and its fee were
//! made without a word, and `check` found nothing in a recorded one, while `letter` refuses a
//! letter then (`CLAIM_DISPUTED`); a debtor who agrees a plan accepts the claim, and the history
//! records that day as the dispute's `withdrawn`. A plan of only fees and interest said
//! "nothing in the claim was overdue". The tests but the withdrawn and groundless ones fail on
//! the code before it.

mod common;

use common::date;
use inkasso::compliance::{check, FindingCode};
use inkasso::plan::{instalment_plan, Interval, PlanOptions, PlanRequest, Sizing};
use inkasso::{Claim, ErrorCode};
use serde_json::{json, Value};

fn claim(dispute: Value, plan: bool) -> Claim {
    let mut steps = vec![
        json!({ "kind": "collectionDemand", "date": "2025-02-10" }),
        dispute,
    ];
    if plan {
        steps.push(json!({ "kind": "paymentPlan", "date": "2025-03-03" }));
    }
    common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "5000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" }],
        "steps": steps
    }))
    .expect("claim")
}

fn request() -> PlanRequest {
    PlanRequest {
        date: date("2025-03-03"),
        first_date: date("2025-03-31"),
        interval: Interval::Months(1),
        sizing: Sizing::Count(3),
        fee: true,
    }
}

#[test]
fn a_plan_for_a_disputed_claim_is_refused() {
    let c = claim(json!({ "kind": "dispute", "date": "2025-02-15" }), false);
    let e = instalment_plan(&c, &request(), &PlanOptions::default()).expect_err("disputed");
    assert_eq!(e.code(), ErrorCode::ClaimDisputed);
    assert_eq!(e.field(), Some("plan.date"));
    assert!(e.to_string().contains("2025-02-15"), "{e}");
    assert!(e.to_string().contains("withdrawn"), "{e}");
}

#[test]
fn a_recorded_plan_after_a_dispute_is_a_demand_after_it() {
    let c = claim(json!({ "kind": "dispute", "date": "2025-02-15" }), true);
    let findings = check(&c, None).expect("check");
    let f = findings
        .iter()
        .find(|f| f.code == FindingCode::DemandAfterDispute)
        .expect("DEMAND_AFTER_DISPUTE");
    assert_eq!(f.step, Some(2));
    assert_eq!(f.fee.map(|m| m.to_string()), Some("170.00".to_owned()));
    let t = f.text();
    assert!(
        t.sv.starts_with(
            "Amorteringsplanen 2025-03-03 gjordes sedan gäldenären bestridit fordran 2025-02-15"
        ),
        "{}",
        t.sv
    );
    assert!(t.en.contains("not collected by a plan"), "{}", t.en);
}

#[test]
fn a_dispute_withdrawn_by_the_plans_day_leaves_it_lawful() {
    let dispute = json!({ "kind": "dispute", "date": "2025-02-15", "withdrawn": "2025-03-03" });
    let c = claim(dispute.clone(), false);
    instalment_plan(&c, &request(), &PlanOptions::default()).expect("plan");
    let recorded = claim(dispute, true);
    assert!(check(&recorded, None)
        .expect("check")
        .iter()
        .all(|f| f.code != FindingCode::DemandAfterDispute));
}

#[test]
fn a_groundless_dispute_stops_no_plan() {
    let c = claim(
        json!({ "kind": "dispute", "date": "2025-02-15", "groundless": true }),
        false,
    );
    instalment_plan(&c, &request(), &PlanOptions::default()).expect("plan");
}

/// The capital credited in full, fees and interest overdue: no plan fee (the act covers getting
/// an overdue debt paid: DOMAIN.md 1), but not because "nothing was overdue".
#[test]
fn a_plan_of_fees_and_interest_says_why_it_earns_no_fee() {
    let c = common::claim(json!({
        "debtor": "consumer", "reminderFeeAgreed": true,
        "invoices": [{ "number": "1", "amount": "10000.00", "issueDate": "2024-12-01", "dueDate": "2024-12-31" }],
        "steps": [{ "kind": "reminder", "date": "2025-01-10" }, { "kind": "collectionDemand", "date": "2025-01-25" }],
        "credits": [{ "invoice": "1", "date": "2025-02-20", "amount": "10000.00" }]
    }))
    .expect("claim");
    let schedule = instalment_plan(&c, &request(), &PlanOptions::default()).expect("plan");
    let texts: Vec<_> = schedule
        .warnings
        .iter()
        .filter(|w| w.code == inkasso::warning::WarningCode::NotOverdue)
        .map(|w| w.text())
        .collect();
    assert_eq!(texts.len(), 1, "{:?}", schedule.warnings);
    assert_eq!(
        texts[0].en,
        "No fee for the instalment plan of 2025-03-03: no invoice was past its due date with capital unpaid that day."
    );
    assert_eq!(
        texts[0].sv,
        "Ingen avgift för amorteringsplanen 2025-03-03: ingen faktura var förfallen med obetalt kapital den dagen."
    );
}
