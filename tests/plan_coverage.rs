//! What an amorteringsplan covers: every invoice issued by its day, one not yet due included
//! (stop 68). Stop 67 read a plan made before an invoice fell due as agreed for what was overdue
//! then: the timeline went on with that invoice's road, and `check` and `letter` read the letters
//! after it as its demand. But `instalmentPlan` schedules the whole debt issued by its day, and
//! an `instalmentPlan` review found the timeline sending a debtor who paid every instalment on
//! time to Kronofogden, with an inkassokrav `check` found lawful. Now such a plan stops the road
//! while it is kept, and a letter during it is `DEMAND_DURING_PLAN`; only an invoice issued
//! after the plan's day is a debt it could not cover. The first three tests fail on the code
//! before it.

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

/// The entries the timeline projects for `c` under `standard` on `today`.
fn projected(c: &Claim, today: &str) -> Vec<(StepKind, String)> {
    common::timeline_on(c, &common::policy(json!({ "preset": "standard" })), today)
        .entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected)
        .filter_map(|e| e.record.as_ref())
        .map(|r| (r.kind, r.date.to_string()))
        .collect()
}

#[test]
fn a_plan_made_before_an_invoice_fell_due_covers_it() {
    // B falls due during the plan: the debtor pays it by the plan, and nothing is projected.
    let c = claim(json!([{ "date": "2025-04-01", "amount": "1000.00" }]), &[]);
    assert_eq!(projected(&c, "2025-03-04"), vec![]);
}

#[test]
fn a_letter_for_an_invoice_the_plan_covers_is_a_demand_during_it() {
    let c = claim(json!([]), &[]);
    assert!(letter_warns(&c, StepKind::Reminder, "2025-03-24"));
    assert!(letter_warns(&c, StepKind::CollectionDemand, "2025-04-10"));
    let recorded = claim(
        json!([]),
        &[json!({ "kind": "collectionDemand", "date": "2025-04-10" })],
    );
    assert_eq!(during_plan(&recorded), vec![2]);
}

/// The review's case: the plan `instalmentPlan` makes, kept to the öre, and nothing projected.
#[test]
fn the_plan_instalment_plan_makes_is_kept_without_a_letter() {
    let base = json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-02", "dueDate": "2025-02-03" },
            { "number": "B", "amount": "4000.00", "issueDate": "2025-02-15", "dueDate": "2025-04-15" }
        ]
    });
    let c = common::claim(base.clone()).expect("claim");
    let request = inkasso::plan::PlanRequest {
        date: date("2025-03-03"),
        first_date: date("2025-03-31"),
        interval: inkasso::plan::Interval::Months(1),
        sizing: inkasso::plan::Sizing::Count(6),
        fee: true,
    };
    let plan = inkasso::plan::instalment_plan(&c, &request, &inkasso::plan::PlanOptions::default())
        .expect("plan");
    let mut followed = base;
    followed["steps"] = json!([{ "kind": "paymentPlan", "date": "2025-03-03" }]);
    followed["payments"] = plan
        .instalments
        .iter()
        .map(|i| json!({ "date": i.date.to_string(), "amount": i.amount.to_string() }))
        .collect();
    let followed = common::claim(followed).expect("claim");
    assert_eq!(projected(&followed, "2025-03-04"), vec![]);
    assert_eq!(check(&followed, None).expect("check"), vec![]);
}

#[test]
fn an_invoice_issued_after_the_plan_has_its_own_road() {
    // C is issued after the plan: its letters are lawful, and `check` finds nothing of them. A
    // letter `letter` renders lists A too, the plan's: it says so, and to send C's alone (a
    // timeline words review, stop 68: it said nothing).
    let make = |steps: &[Value]| {
        let mut all = vec![
            json!({ "kind": "reminder", "date": "2025-02-10" }),
            json!({ "kind": "paymentPlan", "date": "2025-03-03" }),
        ];
        all.extend(steps.iter().cloned());
        common::claim(json!({
            "debtor": "consumer", "reminderFeeAgreed": true,
            "invoices": [
                { "number": "A", "amount": "6000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" },
                { "number": "C", "amount": "3000.00", "issueDate": "2025-03-10", "dueDate": "2025-04-09" }
            ],
            "steps": all
        }))
        .expect("claim")
    };
    let letters: Vec<(StepKind, String)> = projected(&make(&[]), "2025-03-11")
        .into_iter()
        .filter(|(k, _)| matches!(k, StepKind::Reminder | StepKind::CollectionDemand))
        .collect();
    assert_eq!(letters.len(), 2, "{letters:?}");
    let mut recorded = Vec::new();
    for (kind, day) in &letters {
        let rendered = letter(
            &make(&recorded),
            *kind,
            date(day),
            10,
            &LetterOptions::default(),
        )
        .expect("letter");
        let texts: Vec<String> = rendered
            .warnings
            .iter()
            .filter(|w| w.code == WarningCode::DemandDuringPlan)
            .map(|w| w.text().sv)
            .collect();
        assert_eq!(
            texts,
            vec!["En amorteringsplan avtalades 2025-03-03 och omfattar faktura A: brevet kräver också den delen, fast den inte får krävas så länge gäldenären följer planen (god inkassosed). Skicka brevet för faktura C som en egen fordran.".to_owned()],
            "{kind:?} {day}"
        );
        let kind_name = if *kind == StepKind::Reminder {
            "reminder"
        } else {
            "collectionDemand"
        };
        recorded.push(json!({ "kind": kind_name, "date": day }));
        assert_eq!(
            during_plan(&make(&recorded)),
            Vec::<usize>::new(),
            "{recorded:?}"
        );
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

/// A letter only about invoices issued after the plan (the plan's paid off) says nothing.
#[test]
fn a_letter_only_about_a_later_invoice_is_lawful() {
    let c = common::claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "600.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" },
            { "number": "C", "amount": "3000.00", "issueDate": "2025-03-10", "dueDate": "2025-04-09" }
        ],
        "steps": [{ "kind": "paymentPlan", "date": "2025-03-03", "fee": false }],
        "payments": [{ "date": "2025-04-01", "amount": "650.00", "invoice": "A" }]
    }))
    .expect("claim");
    assert!(!letter_warns(&c, StepKind::CollectionDemand, "2025-04-15"));
}
