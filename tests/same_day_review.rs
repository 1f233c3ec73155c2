//! A same-day review (stop 67): steps of one day in every order, and payments on a step's day.
//! The README: steps of one day are in the order given, and a day's payments come after its
//! steps. Each test fails on the code before it:
//! - a final notice listed before a judgment of its day, while a dispute stood, was not
//!   flagged (`DEMAND_AFTER_DISPUTE`): the later-listed judgment was read as deciding it first;
//! - a final notice recorded after a betalningsföreläggande of its day (`letter` accepted it)
//!   made the application an error, judged against the notice's deadline;
//! - an inkassokrav listed after a betalningsföreläggande of its day counted as the demand
//!   before it;
//! - `LEGAL_ACTION_DURING_PLAN` left out a payment on the plan's own day (made under the plan)
//!   and counted one on the action's day (made after it).

mod common;

use inkasso::compliance::{check, FindingCode};
use inkasso::letter::{letter, LetterOptions};
use inkasso::{Claim, StepKind};
use serde_json::{json, Value};

fn claim(steps: Value, payments: Value) -> Claim {
    common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "5000.00", "issueDate": "2024-01-10", "dueDate": "2024-02-09" }],
        "steps": steps,
        "payments": payments
    }))
    .expect("claim")
}

fn codes(c: &Claim) -> Vec<(FindingCode, Option<usize>)> {
    check(c, None)
        .expect("check")
        .iter()
        .map(|f| (f.code, f.step))
        .collect()
}

fn demand() -> Value {
    json!({ "kind": "collectionDemand", "date": "2024-03-01", "paymentTermDays": 10 })
}

#[test]
fn a_letter_listed_before_the_judgment_of_its_day_is_sent_during_the_dispute() {
    let steps = |notice: &str| {
        json!([
            demand(),
            { "kind": "dispute", "date": "2024-04-01" },
            { "kind": "courtAction", "date": "2024-05-02" },
            { "kind": "finalNotice", "date": notice, "paymentTermDays": 10 },
            { "kind": "judgment", "date": "2024-07-01" }
        ])
    };
    for day in ["2024-06-30", "2024-07-01"] {
        let c = claim(steps(day), json!([]));
        assert!(
            codes(&c).contains(&(FindingCode::DemandAfterDispute, Some(3))),
            "{day}: {:?}",
            codes(&c)
        );
    }
    // Listed after the judgment, it comes after it: the dispute is decided.
    let after = claim(
        json!([
            demand(),
            { "kind": "dispute", "date": "2024-04-01" },
            { "kind": "courtAction", "date": "2024-05-02" },
            { "kind": "judgment", "date": "2024-07-01" },
            { "kind": "finalNotice", "date": "2024-07-01", "paymentTermDays": 10 }
        ]),
        json!([]),
    );
    assert!(
        !codes(&after)
            .iter()
            .any(|(c, _)| *c == FindingCode::DemandAfterDispute),
        "{:?}",
        codes(&after)
    );
}

#[test]
fn a_letter_recorded_after_an_application_of_its_day_does_not_judge_it() {
    let c = claim(
        json!([demand(), { "kind": "paymentOrder", "date": "2024-04-02" }]),
        json!([]),
    );
    let l = letter(
        &c,
        StepKind::FinalNotice,
        common::date("2024-04-02"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    let mut recorded = c.clone();
    recorded.steps.push(l.step);
    assert_eq!(codes(&recorded), vec![]);
}

#[test]
fn an_inkassokrav_listed_after_an_application_of_its_day_is_not_its_demand() {
    let c = claim(
        json!([
            { "kind": "paymentOrder", "date": "2024-03-01" },
            { "kind": "collectionDemand", "date": "2024-03-01", "paymentTermDays": 10 }
        ]),
        json!([]),
    );
    let found = codes(&c);
    assert!(
        found.contains(&(FindingCode::PaymentOrderWithoutDemand, Some(0))),
        "{found:?}"
    );
    assert!(
        !found
            .iter()
            .any(|(c, _)| *c == FindingCode::PaymentOrderBeforeDeadline),
        "{found:?}"
    );
}

#[test]
fn a_payment_on_the_plans_day_is_paid_under_it() {
    let steps = json!([
        { "kind": "collectionDemand", "date": "2024-03-15", "paymentTermDays": 10 },
        { "kind": "paymentPlan", "date": "2024-04-15" },
        { "kind": "paymentOrder", "date": "2024-06-17" }
    ]);
    let during = |paid: &str| {
        let c = claim(steps.clone(), json!([{ "date": paid, "amount": "500.00" }]));
        codes(&c)
            .iter()
            .any(|(c, _)| *c == FindingCode::LegalActionDuringPlan)
    };
    assert!(during("2024-04-15"), "a payment on the plan's day");
    assert!(during("2024-04-16"), "a payment the day after");
    assert!(
        !during("2024-06-17"),
        "a payment on the action's day comes after it"
    );
}
