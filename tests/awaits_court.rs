//! A timeline whose road stops at a dispute that stands, or at a case before the tingsrätt,
//! under a policy without a court path, says why (`AWAITS_COURT`): before, the road ended with
//! nothing ahead and no word (stop 75's note on seed 11575).
mod common;

use common::stability::timeline;
use inkasso::timeline::{EntryKind, EntryStatus, Timeline};
use inkasso::warning::{Facts, WarningCode};
use serde_json::{json, Value};

fn claim(steps: Value) -> Value {
    json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "F1", "amount": "12000.00", "issueDate": "2024-01-10", "dueDate": "2024-02-09" }
        ],
        "steps": steps
    })
}

fn awaits_court(t: &Timeline) -> Vec<Facts> {
    t.warnings
        .iter()
        .filter(|w| w.code == WarningCode::AwaitsCourt)
        .map(|w| w.facts.clone())
        .collect()
}

fn projected(t: &Timeline) -> Vec<EntryKind> {
    t.entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected)
        .map(|e| e.kind)
        .collect()
}

fn disputed() -> Value {
    claim(json!([
        { "kind": "reminder", "date": "2024-02-20" },
        { "kind": "collectionDemand", "date": "2024-03-12" },
        { "kind": "dispute", "date": "2024-03-20" }
    ]))
}

#[test]
fn a_standing_dispute_without_a_court_path_is_said() {
    let t = timeline(
        &disputed(),
        &json!({ "preset": "standard" }),
        None,
        "2026-12-31",
    );
    assert_eq!(projected(&t), [] as [EntryKind; 0]);
    assert_eq!(
        awaits_court(&t),
        [Facts::ProjectionAwaitsCourt {
            disputed: Some(common::date("2024-03-20")),
            filed: None
        }]
    );
    let w = t
        .warnings
        .iter()
        .find(|w| w.code == WarningCode::AwaitsCourt)
        .expect("the warning");
    let text = w.text();
    assert!(text.sv.contains("2024-03-20") && text.sv.contains("bestridandet står kvar"));
    assert!(text.en.contains("2024-03-20") && text.en.contains("no court path"));
    assert_eq!(w.code.as_str(), "AWAITS_COURT");
}

#[test]
fn a_court_path_goes_to_court_with_no_such_warning() {
    let policy = json!({ "preset": "standard", "court": {} });
    let t = timeline(&disputed(), &policy, None, "2026-12-31");
    assert!(awaits_court(&t).is_empty());
    assert_eq!(
        projected(&t).first(),
        Some(&EntryKind::CourtAction),
        "{:?}",
        projected(&t)
    );
}

#[test]
fn a_withdrawn_dispute_stops_nothing() {
    let c = claim(json!([
        { "kind": "reminder", "date": "2024-02-20" },
        { "kind": "collectionDemand", "date": "2024-03-12" },
        { "kind": "dispute", "date": "2024-03-20", "withdrawn": "2024-04-02" }
    ]));
    let t = timeline(&c, &json!({ "preset": "standard" }), None, "2026-12-31");
    assert!(awaits_court(&t).is_empty());
    assert!(projected(&t).contains(&EntryKind::PaymentOrder));
}

#[test]
fn a_case_before_the_court_without_a_court_path_is_said() {
    let c = claim(json!([
        { "kind": "reminder", "date": "2024-02-20" },
        { "kind": "collectionDemand", "date": "2024-03-12" },
        { "kind": "courtAction", "date": "2024-04-15" }
    ]));
    let t = timeline(&c, &json!({ "preset": "standard" }), None, "2026-12-31");
    assert_eq!(projected(&t), [] as [EntryKind; 0]);
    assert_eq!(
        awaits_court(&t),
        [Facts::ProjectionAwaitsCourt {
            disputed: None,
            filed: Some(common::date("2024-04-15"))
        }]
    );
    let w = t
        .warnings
        .iter()
        .find(|w| w.code == WarningCode::AwaitsCourt)
        .expect("the warning");
    assert!(w.text().en.contains("filed on 2024-04-15"));
}

#[test]
fn a_dispute_paid_before_the_road_would_stop_is_not_said() {
    // Paid in full on 2024-04-01: nothing is disputed any more, and nothing is owed.
    let mut c = disputed();
    c["payments"] = json!([{ "date": "2024-04-01", "amount": "12500.00" }]);
    let t = timeline(&c, &json!({ "preset": "standard" }), None, "2026-12-31");
    assert!(awaits_court(&t).is_empty(), "{:?}", t.warnings);
}

#[test]
fn not_said_when_a_court_action_would_be_time_barred() {
    // A review's: disputed in 2019, seen in 2026: the debt is time-barred, and a court path
    // would project nothing either.
    let c = json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "F1", "amount": "12000.00", "issueDate": "2019-01-10", "dueDate": "2019-02-09" }
        ],
        "steps": [
            { "kind": "reminder", "date": "2019-02-20" },
            { "kind": "collectionDemand", "date": "2019-03-12" },
            { "kind": "dispute", "date": "2019-03-20" }
        ]
    });
    let t = timeline(
        &c,
        &json!({ "preset": "standard" }),
        Some("2026-06-01"),
        "2027-12-31",
    );
    assert!(awaits_court(&t).is_empty(), "{:?}", t.warnings);
    assert_eq!(projected(&t), [] as [EntryKind; 0]);
}

/// A review's: F1 disputed, F2 issued later; F1 paid on 2024-06-03, after `today`.
fn disputed_debt_paid_later() -> Value {
    json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "F1", "amount": "12000.00", "issueDate": "2024-01-10", "dueDate": "2024-02-09" },
            { "number": "F2", "amount": "5000.00", "issueDate": "2024-04-01", "dueDate": "2024-05-01" }
        ],
        "steps": [
            { "kind": "reminder", "date": "2024-02-20" },
            { "kind": "collectionDemand", "date": "2024-03-12" },
            { "kind": "dispute", "date": "2024-03-20" }
        ],
        "payments": [{ "date": "2024-06-03", "amount": "13500.00", "invoice": "F1" }]
    })
}

#[test]
fn a_dispute_the_history_pays_later_ends_the_wait_on_that_day() {
    let policy = json!({ "preset": "standard" });
    let c = disputed_debt_paid_later();
    let key = common::stability::key_with_fees;
    let before = common::stability::road(&c, &policy, Some("2024-04-15"), "2026-12-31", key);
    let after = common::stability::road(&c, &policy, Some("2024-06-04"), "2026-12-31", key);
    assert_eq!(before, after);
    assert!(
        before
            .0
            .first()
            .is_some_and(|e| e.starts_with("Reminder 2024-06-")
                || e.starts_with("CollectionDemand 2024-06-")),
        "{before:?}"
    );
    let t = timeline(&c, &policy, Some("2024-04-15"), "2026-12-31");
    assert!(awaits_court(&t).is_empty(), "{:?}", t.warnings);
}
