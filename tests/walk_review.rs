//! An integrator's review (stop 67) walked 14 000 generated claims through the timeline step by
//! step: each projected step rendered with `letter`, recorded as projected, the history
//! checked, and the timeline asked again. Each test here fails on the code before it:
//! - a second reminder was projected while a stämningsansökan was pending;
//! - a dispute listed after a verkställighet of its own day was read as the objection to the
//!   betalningsföreläggande before it, making the verkställighet one on an earlier title
//!   (`ENFORCEMENT_WITHIN_A_YEAR`, its grundavgift gone) or one without a title;
//! - `instalmentPlan` gave no step to record, and a second plan recorded as the README showed
//!   made `check` find the fee the schedule did not claim (`FEE_CHARGED_TWICE`);
//! - a policy with the court path and no verkställighet was accepted and projected nothing
//!   after a dispute, without a word.

mod common;

use inkasso::compliance::{check, FindingCode};
use inkasso::error::ErrorCode;
use inkasso::input::read;
use inkasso::plan::{instalment_plan, PlanOptions};
use inkasso::timeline::{EntryKind, EntryStatus};
use inkasso::StepKind;
use serde_json::json;

#[test]
fn no_second_reminder_while_a_court_case_is_pending() {
    let c = common::claim(json!({
        "debtor": "consumer", "reminderFeeAgreed": true,
        "invoices": [{ "number": "1", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" }],
        "steps": [
            { "kind": "reminder", "date": "2025-02-17", "paymentTermDays": 10 },
            { "kind": "dispute", "date": "2025-02-20", "withdrawn": "2025-04-01" },
            { "kind": "courtAction", "date": "2025-03-06" }
        ]
    }))
    .expect("claim");
    let policy = common::policy(json!({ "preset": "standard", "secondReminder": {}, "court": {} }));
    let t = common::timeline_on(&c, &policy, "2025-04-01");
    let projected: Vec<(EntryKind, String)> = t
        .entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected)
        .map(|e| (e.kind, e.date.to_string()))
        .collect();
    assert_eq!(
        projected,
        [
            (EntryKind::Judgment, "2025-07-04".to_owned()),
            (EntryKind::Enforcement, "2025-07-07".to_owned())
        ]
    );
}

fn codes(c: &inkasso::Claim) -> Vec<FindingCode> {
    check(c, Some(&common::policy(json!({ "preset": "standard" }))))
        .expect("check")
        .iter()
        .map(|f| f.code)
        .collect()
}

#[test]
fn a_dispute_listed_after_a_verkställighet_of_its_day_comes_after_it() {
    let base = |dispute: &str| {
        common::claim(json!({
            "debtor": "consumer",
            "invoices": [
                { "number": "1", "amount": "10000.00", "issueDate": "2024-01-10", "dueDate": "2024-02-09" },
                { "number": "2", "amount": "3000.00", "issueDate": "2024-11-01", "dueDate": "2024-12-01" }
            ],
            "steps": [
                { "kind": "collectionDemand", "date": "2024-02-20", "paymentTermDays": 10 },
                { "kind": "paymentOrder", "date": "2024-03-12" },
                { "kind": "enforcement", "date": "2024-04-24" },
                { "kind": "collectionDemand", "date": "2024-12-03", "paymentTermDays": 10 },
                { "kind": "paymentOrder", "date": "2024-12-23", "fee": false },
                { "kind": "enforcement", "date": "2025-02-04" },
                { "kind": "dispute", "date": dispute }
            ]
        }))
        .expect("claim")
    };
    for day in ["2025-02-04", "2025-02-05"] {
        let c = base(day);
        assert_eq!(codes(&c), vec![], "dispute of {day}");
        // The second utslag's verkställighet keeps its own grundavgift.
        let t = common::timeline_on(&c, &common::policy(json!({ "preset": "standard" })), day);
        let fees: Vec<String> = t
            .entries
            .iter()
            .filter(|e| e.step == Some(5))
            .flat_map(|e| e.fees.iter().map(|f| f.amount.to_string()))
            .collect();
        assert_eq!(fees, ["600.00"], "dispute of {day}");
    }
    // One invoice: the verkställighet rests on the utslag of an order not disputed before it.
    let one = common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "10000.00", "issueDate": "2024-01-10", "dueDate": "2024-02-09" }],
        "steps": [
            { "kind": "collectionDemand", "date": "2024-02-20", "paymentTermDays": 10 },
            { "kind": "paymentOrder", "date": "2024-03-12" },
            { "kind": "enforcement", "date": "2024-04-24" },
            { "kind": "dispute", "date": "2024-04-24" }
        ]
    }))
    .expect("claim");
    assert_eq!(codes(&one), vec![]);
}

#[test]
fn a_schedule_gives_its_step_to_record() {
    let claim = |steps: serde_json::Value, payments: serde_json::Value| {
        common::claim(json!({
            "debtor": "consumer",
            "invoices": [{ "number": "1", "amount": "5000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" }],
            "steps": steps,
            "payments": payments
        }))
        .expect("claim")
    };
    let paid = json!([{ "date": "2025-04-10", "amount": "1800.00" }]);
    let demand = json!({ "kind": "collectionDemand", "date": "2025-02-20", "paymentTermDays": 10 });
    let broken = json!({ "kind": "paymentPlan", "date": "2025-03-10", "ended": "2025-05-20" });
    let request = |date: &str| {
        read::<inkasso::input::plan::PlanInput, _>(
            json!({ "date": date, "firstDate": "2025-07-01", "count": 3 }),
        )
        .and_then(inkasso::input::plan::PlanInput::into_request)
        .expect("plan")
    };
    // A first plan earns its fee: its step claims it.
    let first = claim(json!([demand]), json!([]));
    let s =
        instalment_plan(&first, &request("2025-03-10"), &PlanOptions::default()).expect("schedule");
    assert_eq!(s.step.kind, StepKind::PaymentPlan);
    assert_eq!(s.step.fee, None);
    assert_eq!(s.plan_fee.to_string(), "170.00");
    // A second one, after the first was broken, earns none: its step says so, and recorded
    // so the history is clean.
    let second = claim(json!([demand, broken]), paid);
    let s = instalment_plan(&second, &request("2025-06-02"), &PlanOptions::default())
        .expect("schedule");
    assert_eq!(s.plan_fee.to_string(), "0.00");
    assert_eq!(s.step.fee, Some(false));
    let mut recorded = second.clone();
    recorded.steps.push(s.step);
    assert!(
        !codes(&recorded).contains(&FindingCode::FeeChargedTwice),
        "{:?}",
        codes(&recorded)
    );
    let serialised = serde_json::to_value(&s).expect("schedule as JSON");
    assert_eq!(
        serialised["step"],
        json!({ "kind": "paymentPlan", "date": "2025-06-02", "fee": false })
    );
}

#[test]
fn the_court_path_needs_verkställighet() {
    let err = json!({ "preset": "remindersOnly", "court": {} });
    let refused = read::<inkasso::policy::PolicyInput, _>(err)
        .and_then(inkasso::policy::PolicyInput::into_policy)
        .expect_err("refused");
    assert_eq!(refused.code(), ErrorCode::InvalidPolicy);
    assert_eq!(refused.field(), Some("court"));
}
