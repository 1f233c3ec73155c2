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
            "Amorteringsplanen 2025-03-03 avtalades sedan gäldenären bestridit fordran 2025-02-15"
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

/// A second review of the plan reading (stop 68): `check` judged a recorded plan after a
/// dispute on every invoice unpaid (the plan's day was not among the days it values), so a plan
/// after a dispute whose only invoice was paid was flagged, while `instalmentPlan` made it.
#[test]
fn a_plan_after_a_dispute_whose_invoice_was_paid_is_lawful() {
    let base = json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "2000.00", "issueDate": "2025-02-03", "dueDate": "2025-03-03" }
        ],
        "steps": [{ "kind": "dispute", "date": "2025-01-20" }],
        "payments": [{ "date": "2025-01-27", "amount": "1000.00" }]
    });
    let c = common::claim(base.clone()).expect("claim");
    let request = PlanRequest {
        date: date("2025-03-10"),
        first_date: date("2025-04-10"),
        ..request()
    };
    let schedule = instalment_plan(&c, &request, &PlanOptions::default()).expect("plan");
    let mut recorded = base;
    recorded["steps"] = json!([
        { "kind": "dispute", "date": "2025-01-20" },
        serde_json::to_value(schedule.step).expect("step")
    ]);
    let recorded = common::claim(recorded).expect("claim");
    assert_eq!(check(&recorded, None).expect("check"), vec![]);
}

/// The same review: an invoice issued after the plan and paid before it fell due by a payment
/// without `invoice` (the usual order) had its road projected during the plan, and each letter
/// was `DEMAND_DURING_PLAN`.
#[test]
fn an_invoice_paid_before_it_fell_due_holds_no_road_during_a_plan() {
    let c = common::claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "2500.00", "issueDate": "2023-07-18", "dueDate": "2023-09-01" },
            { "number": "B", "amount": "3800.00", "issueDate": "2023-07-27", "dueDate": "2023-08-16" }
        ],
        "steps": [{ "kind": "paymentPlan", "date": "2023-07-21" }],
        "payments": [{ "date": "2023-08-02", "amount": "3800.00" }]
    }))
    .expect("claim");
    let t = common::timeline_on(
        &c,
        &common::policy(json!({ "preset": "standard" })),
        "2023-07-21",
    );
    let projected: Vec<_> = t
        .entries
        .iter()
        .filter(|e| e.status == inkasso::timeline::EntryStatus::Projected)
        .map(|e| (e.kind, e.date))
        .collect();
    assert_eq!(projected, vec![]);
}

/// A docs review (stop 68): an invoice issued after the plan and paid in full after its due
/// date, before `today`, kept its road projected, and each letter, which could only be about
/// the plan's debt, was `DEMAND_DURING_PLAN`.
#[test]
fn an_invoice_paid_late_before_today_holds_no_road_during_a_plan() {
    let c = common::claim(json!({
        "debtor": "consumer", "reminderFeeAgreed": true,
        "invoices": [
            { "number": "A", "amount": "5000.00", "issueDate": "2025-02-12", "dueDate": "2025-03-14" },
            { "number": "C", "amount": "1000.00", "issueDate": "2025-04-20", "dueDate": "2025-05-20" }
        ],
        "steps": [{ "kind": "reminder", "date": "2025-03-19" }, { "kind": "paymentPlan", "date": "2025-04-10" }],
        "payments": [{ "date": "2025-06-01", "amount": "1010.00", "invoice": "C" }]
    }))
    .expect("claim");
    let t = common::timeline_on(
        &c,
        &common::policy(json!({ "preset": "standard" })),
        "2025-06-05",
    );
    let projected: Vec<_> = t
        .entries
        .iter()
        .filter(|e| e.status == inkasso::timeline::EntryStatus::Projected)
        .map(|e| (e.kind, e.date))
        .collect();
    assert_eq!(projected, vec![]);
}

/// A timeline words review (stop 68): a letter during a plan recorded as ended later said the
/// plan "is not recorded as ended" and asked for the day it ended.
#[test]
fn a_plan_that_ended_after_the_letter_is_said_to_have_stood() {
    let c = common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "A", "amount": "10000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" }],
        "steps": [{ "kind": "paymentPlan", "date": "2025-03-03", "ended": "2025-05-10" }]
    }))
    .expect("claim");
    let l = inkasso::letter::letter(
        &c,
        inkasso::StepKind::CollectionDemand,
        date("2025-04-01"),
        10,
        &inkasso::letter::LetterOptions::default(),
    )
    .expect("letter");
    let w = l
        .warnings
        .iter()
        .find(|w| w.code == inkasso::warning::WarningCode::DemandDuringPlan)
        .expect("DEMAND_DURING_PLAN");
    assert_eq!(
        w.text().sv,
        "En amorteringsplan avtalades 2025-03-03 och upphörde enligt historiken först 2025-05-10: så länge gäldenären följer planen får hela fordran inte krävas (god inkassosed)."
    );
    let mut recorded = c.clone();
    recorded.steps.push(inkasso::Step::new(
        inkasso::StepKind::Reminder,
        date("2025-04-01"),
    ));
    let findings = check(&recorded, None).expect("check");
    let f = findings
        .iter()
        .find(|f| f.code == FindingCode::DemandDuringPlan)
        .expect("finding");
    assert!(
        f.text()
            .en
            .contains("(it ended only on 2025-05-10, as the history records)"),
        "{}",
        f.text().en
    );
    assert!(!f.text().sv.contains("registrera"), "{}", f.text().sv);
}

/// The same review: the advice for a plan after the objection to a betalningsföreläggande
/// (which cannot be withdrawn: `INVALID_WITHDRAWAL`) works as given: a dispute of the plan's day,
/// withdrawn that day, ends the objection, and the plan is made.
#[test]
fn the_advice_after_an_objection_to_a_payment_order_works() {
    let steps = json!([
        { "kind": "collectionDemand", "date": "2025-02-05" },
        { "kind": "paymentOrder", "date": "2025-02-20" },
        { "kind": "dispute", "date": "2025-03-01" }
    ]);
    let base = |steps: Value| {
        common::claim(json!({
            "debtor": "consumer",
            "invoices": [{ "number": "A", "amount": "10000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" }],
            "steps": steps
        }))
        .expect("claim")
    };
    let request = PlanRequest {
        date: date("2025-04-01"),
        first_date: date("2025-05-01"),
        ..request()
    };
    let e = instalment_plan(&base(steps.clone()), &request, &PlanOptions::default())
        .expect_err("disputed");
    assert!(
        e.to_string()
            .contains("a `dispute` of that day withdrawn that day"),
        "{e}"
    );
    let mut followed = steps.as_array().cloned().expect("steps");
    followed.push(json!({ "kind": "dispute", "date": "2025-04-01", "withdrawn": "2025-04-01" }));
    instalment_plan(
        &base(Value::Array(followed)),
        &request,
        &PlanOptions::default(),
    )
    .expect("plan");
}

/// The same review: a plan recorded as ended after its last instalment said "the instalments
/// after that day", of none.
#[test]
fn a_plan_ended_after_its_last_instalment_says_it_was_not_kept() {
    let c = common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "A", "amount": "10000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" }],
        "steps": [{ "kind": "paymentPlan", "date": "2025-03-03", "ended": "2025-09-10" }]
    }))
    .expect("claim");
    let request = PlanRequest {
        first_date: date("2025-04-01"),
        ..request()
    };
    let s = instalment_plan(&c, &request, &PlanOptions::default()).expect("plan");
    let w = s
        .warnings
        .iter()
        .find(|w| w.code == inkasso::warning::WarningCode::PlanEnded)
        .expect("PLAN_ENDED");
    assert!(
        w.text()
            .en
            .contains("after its last instalment of 2025-06-02"),
        "{}",
        w.text().en
    );
    assert!(
        w.text().sv.contains("den följdes alltså inte"),
        "{}",
        w.text().sv
    );
}
