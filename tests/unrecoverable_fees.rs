//! Fees a step cannot earn, found by a legal review of `letter` and `check` (lag 1981:739):
//! a reminder after the claim went on to an inkassokrav, Kronofogden or a court (4 §: not
//! "skäligen påkallad"), a final notice or efterbevakning recorded as claiming a fee (5 §),
//! and a plan's fee before anything was overdue (1 §). The statement charges none and says
//! why (`FEE_NOT_RECOVERABLE`, `NOT_OVERDUE`); `check` finds each one claimed
//! (`FEE_NOT_RECOVERABLE`, an error); `letter` charges a reminder none.

mod common;

use inkasso::compliance::{check, Severity};
use inkasso::letter::{letter, LetterOptions};
use inkasso::StepKind;
use serde_json::{json, Value};

fn invoice() -> Value {
    json!([{ "number": "1", "amount": "5000.00", "issueDate": "2025-04-01", "dueDate": "2025-05-01" }])
}

fn claim_with(steps: Value) -> Value {
    json!({ "debtor": "consumer", "reminderFeeAgreed": true, "invoices": invoice(), "steps": steps })
}

fn fee_kinds(s: &inkasso::Statement) -> Vec<String> {
    s.fee_lines
        .iter()
        .map(|l| format!("{} {} {}", l.kind.as_str(), l.date, l.amount))
        .collect()
}

fn findings(steps: Value) -> Vec<(&'static str, Severity, Option<usize>, String)> {
    let claim = common::claim(claim_with(steps)).expect("claim");
    check(&claim, None)
        .expect("check")
        .into_iter()
        .map(|f| (f.code.as_str(), f.severity, f.step, f.text().en))
        .collect()
}

/// A reminder after an inkassokrav, a betalningsföreläggande or a verkställighet earns no fee
/// (the review: `letter` charged 60 kr on top of them, `check` said nothing).
#[test]
fn a_reminder_after_the_claim_went_past_reminders_earns_no_fee() {
    let steps = json!([
        { "kind": "collectionDemand", "date": "2025-05-06", "paymentTermDays": 10 },
        { "kind": "paymentOrder", "date": "2025-05-20" },
        { "kind": "enforcement", "date": "2025-07-07" },
        { "kind": "reminder", "date": "2025-08-04", "paymentTermDays": 10 }
    ]);
    let mut input = claim_with(steps.clone());
    input["asOf"] = json!("2025-08-10");
    let s = common::ok(input);
    assert_eq!(
        fee_kinds(&s),
        [
            "collectionFee 2025-05-06 180.00",
            "paymentOrderFee 2025-05-20 300.00",
            "paymentOrderCompensation 2025-05-20 380.00",
            "enforcementFee 2025-07-07 600.00"
        ]
    );
    let w = s
        .warnings
        .iter()
        .find(|w| w.code.as_str() == "FEE_NOT_RECOVERABLE")
        .expect("the reminder's warning");
    assert_eq!(w.field().as_deref(), Some("steps[3]"));
    assert!(
        w.text()
            .en
            .contains("already gone on to the application for enforcement of 2025-07-07"),
        "{:?}",
        w.text()
    );
    let found = findings(steps);
    assert_eq!(
        found.iter().map(|f| (f.0, f.1, f.2)).collect::<Vec<_>>(),
        [("FEE_NOT_RECOVERABLE", Severity::Error, Some(3))],
        "{found:?}"
    );
    // Recorded without its fee: lawful, nothing to say.
    assert_eq!(
        findings(json!([
            { "kind": "collectionDemand", "date": "2025-05-06", "paymentTermDays": 10 },
            { "kind": "reminder", "date": "2025-05-20", "fee": false }
        ])),
        []
    );
    // The letter: a reminder after the inkassokrav alone charges no reminder fee.
    let claim = common::claim(claim_with(json!([
        { "kind": "collectionDemand", "date": "2025-05-06", "paymentTermDays": 10 }
    ])))
    .expect("claim");
    let l = letter(
        &claim,
        StepKind::Reminder,
        common::date("2025-05-20"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    assert_eq!(l.fees.to_string(), "180.00");
}

/// The first reminder earns its fee; one sent on the inkassokrav's own day too (the same in
/// either order), as before; only a later day's reminder is after it.
#[test]
fn a_reminder_before_or_with_the_inkassokrav_keeps_its_fee() {
    for steps in [
        json!([
            { "kind": "reminder", "date": "2025-05-06" },
            { "kind": "collectionDemand", "date": "2025-05-06" }
        ]),
        json!([
            { "kind": "collectionDemand", "date": "2025-05-06" },
            { "kind": "reminder", "date": "2025-05-06" }
        ]),
    ] {
        let mut input = claim_with(steps);
        input["asOf"] = json!("2025-06-01");
        let mut fees = fee_kinds(&common::ok(input));
        fees.sort();
        assert_eq!(
            fees,
            [
                "collectionFee 2025-05-06 180.00",
                "reminderFee 2025-05-06 60.00"
            ]
        );
    }
    // An inkassokrav sent before anything was due took the claim nowhere: a reminder after the
    // due date still earns its fee (the demand is flagged on its own).
    let mut input = claim_with(json!([
        { "kind": "collectionDemand", "date": "2025-04-20" },
        { "kind": "reminder", "date": "2025-05-10" }
    ]));
    input["asOf"] = json!("2025-06-01");
    assert_eq!(
        fee_kinds(&common::ok(input)),
        ["reminderFee 2025-05-10 60.00"]
    );
}

/// A final notice or an efterbevakning recorded with `fee: true` earns nothing, and `check`
/// says the fee must go; a plan's fee claimed before anything was due too.
#[test]
fn fees_claimed_for_steps_that_earn_none_are_found() {
    for kind in ["finalNotice", "surveillance"] {
        let steps = json!([
            { "kind": "collectionDemand", "date": "2025-05-06" },
            { "kind": "paymentOrder", "date": "2025-05-20" },
            { "kind": "enforcement", "date": "2025-07-07" },
            { "kind": kind, "date": "2025-08-20", "fee": true }
        ]);
        let mut input = claim_with(steps.clone());
        input["asOf"] = json!("2025-09-01");
        let s = common::ok(input);
        assert_eq!(s.fees.to_string(), "1460.00", "{kind}");
        assert_eq!(common::warning_codes(&s), ["FEE_NOT_RECOVERABLE"], "{kind}");
        let found = findings(steps.clone());
        assert_eq!(
            found.iter().map(|f| (f.0, f.2)).collect::<Vec<_>>(),
            [("FEE_NOT_RECOVERABLE", Some(3))],
            "{kind}: {found:?}"
        );
        assert!(found[0].3.contains("must be removed"), "{found:?}");
        // Without `fee: true` nothing was claimed.
        let mut quiet = steps;
        quiet[3].as_object_mut().expect("step").remove("fee");
        assert_eq!(findings(quiet), [], "{kind}");
    }
    let plan_before_due = json!([{ "kind": "paymentPlan", "date": "2025-04-20", "fee": true }]);
    let found = findings(plan_before_due);
    assert_eq!(
        found.iter().map(|f| (f.0, f.1, f.2)).collect::<Vec<_>>(),
        [("FEE_NOT_RECOVERABLE", Severity::Error, Some(0))],
        "{found:?}"
    );
    assert!(
        found[0]
            .3
            .contains("no invoice was past its due date with capital unpaid"),
        "{found:?}"
    );
    // Recorded as `instalmentPlan` made it (no fee on a debt not yet overdue), with `fee`
    // unsaid or false: nothing claimed (a review found the package's own recipe flagged).
    for plan in [
        json!({ "kind": "paymentPlan", "date": "2025-04-20", "fee": false }),
        json!({ "kind": "paymentPlan", "date": "2025-04-20" }),
    ] {
        assert_eq!(findings(json!([plan])), []);
    }
    assert_eq!(
        findings(json!([{ "kind": "paymentPlan", "date": "2025-05-20" }])),
        []
    );
}

/// A betalningsföreläggande recorded with no inkassokrav: the timeline's road starts again
/// from the policy's first stage, and the reminder it projects after the application claims
/// no fee (a property found `check` calling the projected reminder's fee unrecoverable).
#[test]
fn a_reminder_projected_after_a_recorded_payment_order_claims_no_fee() {
    let claim = common::claim(json!({
        "debtor": "consumer",
        "reminderFeeAgreed": true,
        "invoices": [{ "number": "F-0", "amount": "1000.00", "issueDate": "2025-03-14", "dueDate": "2025-04-14" }],
        "steps": [{ "kind": "paymentOrder", "date": "2025-04-22" }]
    }))
    .expect("claim");
    let policy = inkasso::policy::Policy::preset(inkasso::policy::PresetId::Standard);
    let t = common::timeline_on(&claim, &policy, "2025-04-23");
    let reminder = common::projected_entries(&t, inkasso::timeline::EntryKind::Reminder)
        .into_iter()
        .next()
        .expect("a projected reminder");
    assert!(reminder.fees.is_empty(), "{:?}", reminder.fees);
    // Projected as claiming none, as a reminder not agreed is: no note that a fee was refused.
    assert!(
        reminder
            .notes
            .iter()
            .all(|n| n.code != inkasso::warning::WarningCode::FeeNotRecoverable),
        "{:?}",
        reminder.notes
    );
    assert!(
        t.entries.iter().all(|e| e
            .fees
            .iter()
            .all(|f| f.kind != inkasso::fees::FeeKind::ReminderFee)),
        "{:?}",
        t.entries
    );
}
