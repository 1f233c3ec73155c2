//! A letter after an amorteringsplan that could not cover every invoice (stop 67). A plan made
//! before an invoice fell due is agreed for what was overdue then; the timeline goes on with
//! the road of the invoice that falls due later, but `check` and `letter` warned
//! `DEMAND_DURING_PLAN` of every letter it projected (a known disagreement since stop 65: a
//! step cannot say which invoices it demands). A letter that may be about an invoice with
//! capital unpaid that was not yet due on the plan's day is now read as that invoice's demand;
//! one that can only be about the plan's debt is still flagged. The first test fails on the
//! code before it; the others keep what was right.

mod common;

use common::date;
use inkasso::compliance::{check, FindingCode};
use inkasso::letter::{letter, LetterOptions};
use inkasso::timeline::EntryStatus;
use inkasso::warning::WarningCode;
use inkasso::{Claim, StepKind};
use serde_json::{json, Value};

/// A (due 2025-01-31) overdue and reminded when the plan is made on 2025-03-03; B (due
/// 2025-03-17) not yet due then. `payments` as given.
fn claim(payments: Value, more_steps: &[Value]) -> Claim {
    let mut steps = vec![
        json!({ "kind": "reminder", "date": "2025-02-10" }),
        json!({ "kind": "paymentPlan", "date": "2025-03-03" }),
    ];
    steps.extend(more_steps.iter().cloned());
    common::claim(json!({
        "debtor": "consumer", "reminderFeeAgreed": true,
        "invoices": [
            { "number": "A", "amount": "6000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" },
            { "number": "B", "amount": "3000.00", "issueDate": "2025-02-15", "dueDate": "2025-03-17" }
        ],
        "steps": steps,
        "payments": payments
    }))
    .expect("claim")
}

fn during_plan(c: &Claim) -> Vec<usize> {
    check(c, None)
        .expect("check")
        .iter()
        .filter(|f| f.code == FindingCode::DemandDuringPlan)
        .filter_map(|f| f.step)
        .collect()
}

fn letter_warns(c: &Claim, kind: StepKind, day: &str) -> bool {
    letter(c, kind, date(day), 10, &LetterOptions::default())
        .expect("letter")
        .warnings
        .iter()
        .any(|w| w.code == WarningCode::DemandDuringPlan)
}

#[test]
fn the_letters_the_timeline_projects_for_an_invoice_due_after_the_plan_are_lawful() {
    let payments = json!([{ "date": "2025-04-01", "amount": "1000.00" }]);
    let c = claim(payments.clone(), &[]);
    let t = common::timeline_on(
        &c,
        &common::policy(json!({ "preset": "standard" })),
        "2025-03-04",
    );
    let letters: Vec<Value> = t
        .entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected)
        .filter_map(|e| e.record.as_ref())
        .filter(|r| matches!(r.kind, StepKind::Reminder | StepKind::CollectionDemand))
        .map(|r| serde_json::to_value(r).expect("record"))
        .collect();
    assert_eq!(letters.len(), 2, "{letters:?}");
    // Each letter, as `letter` renders it on its day and as `check` judges it once recorded.
    let mut recorded = Vec::new();
    for record in &letters {
        let kind = if record["kind"] == "reminder" {
            StepKind::Reminder
        } else {
            StepKind::CollectionDemand
        };
        let day = record["date"].as_str().expect("date");
        let before = claim(payments.clone(), &recorded);
        assert!(!letter_warns(&before, kind, day), "{record}");
        recorded.push(record.clone());
        let after = claim(payments.clone(), &recorded);
        assert_eq!(during_plan(&after), Vec::<usize>::new(), "{recorded:?}");
    }
}

#[test]
fn a_letter_after_the_later_invoice_was_paid_demands_the_plans_debt() {
    // B paid in full (late; its payment pays the claim's fees first) on 2025-03-20, before the
    // reminder of 2025-03-24: that reminder can only be about A, which the plan covers.
    let payments = json!([{ "date": "2025-03-20", "amount": "3300.00", "invoice": "B" }]);
    let c = claim(payments.clone(), &[]);
    assert!(letter_warns(&c, StepKind::Reminder, "2025-03-24"));
    let recorded = claim(
        payments,
        &[json!({ "kind": "reminder", "date": "2025-03-24", "fee": false })],
    );
    assert_eq!(during_plan(&recorded), vec![2]);
}

#[test]
fn a_letter_before_the_later_invoice_is_overdue_demands_the_plans_debt() {
    // On B's due date B is not yet overdue: a letter then is about A (`letter` refuses it, as
    // it refuses any letter while an invoice is not overdue: `check` judges the record).
    let recorded = claim(
        json!([]),
        &[json!({ "kind": "finalNotice", "date": "2025-03-17" })],
    );
    assert_eq!(during_plan(&recorded), vec![2]);
}

#[test]
fn a_plan_made_once_every_invoice_was_overdue_covers_them_all() {
    let c = common::claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "6000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" },
            { "number": "B", "amount": "3000.00", "issueDate": "2025-02-15", "dueDate": "2025-03-17" }
        ],
        "steps": [
            { "kind": "paymentPlan", "date": "2025-03-20" },
            { "kind": "collectionDemand", "date": "2025-04-10" }
        ]
    }))
    .expect("claim");
    assert_eq!(during_plan(&c), vec![1]);
}
