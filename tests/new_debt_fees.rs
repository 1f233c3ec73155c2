//! A reminder or inkassokrav for an invoice issued after the one that earned the claim's fee
//! earns its own (DOMAIN.md 1: one fee per claim, "a claim here is the set of invoices that
//! one reminder / one demand covers"; IMY and RH 2022:7 ask for the debts due to be demanded
//! together, and one not yet issued cannot be). A legal review found `letter` charging nothing
//! for B's first inkassokrav and `check` calling its fee one to remove (`FEE_CHARGED_TWICE`).
//! An invoice issued before the first demand and not yet due then is unchanged: that demand
//! was premature for it (`COLLECTION_DEMAND_NOT_OVERDUE`), and the one sent again earns
//! nothing.

mod common;

use inkasso::compliance::check;
use inkasso::letter::{letter, LetterOptions};
use inkasso::StepKind;
use serde_json::{json, Value};

fn claim_of(b_issued: &str, b_due: &str, steps: Value, payments: Value) -> inkasso::Claim {
    common::claim(json!({
        "debtor": "consumer",
        "reminderFeeAgreed": true,
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2025-04-01", "dueDate": "2025-05-01" },
            { "number": "B", "amount": "1000.00", "issueDate": b_issued, "dueDate": b_due }
        ],
        "steps": steps,
        "payments": payments
    }))
    .expect("claim")
}

fn fee_lines(claim: &inkasso::Claim, as_of: &str) -> Vec<String> {
    inkasso::statement(claim, &inkasso::StatementOptions::new(common::date(as_of)))
        .expect("statement")
        .fee_lines
        .iter()
        .map(|l| format!("{} {} {}", l.kind.as_str(), l.date, l.amount))
        .collect()
}

fn codes(claim: &inkasso::Claim) -> Vec<&'static str> {
    check(claim, None)
        .expect("check")
        .into_iter()
        .map(|f| f.code.as_str())
        .collect()
}

/// The review's case: A's inkassokrav of 2025-05-06, before B was issued; A paid; B's first
/// inkassokrav earns 180 kr, by `letter` and recorded alike.
#[test]
fn an_inkassokrav_for_an_invoice_issued_after_the_first_earns_its_fee() {
    let first =
        json!([{ "kind": "collectionDemand", "date": "2025-05-06", "paymentTermDays": 10 }]);
    let paid = json!([{ "date": "2025-05-15", "amount": "1183.92" }]);
    let claim = claim_of("2025-05-10", "2025-06-09", first, paid.clone());
    let l = letter(
        &claim,
        StepKind::CollectionDemand,
        common::date("2025-06-16"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    assert_eq!(l.fees.to_string(), "180.00");
    let recorded = claim_of(
        "2025-05-10",
        "2025-06-09",
        json!([
            { "kind": "collectionDemand", "date": "2025-05-06", "paymentTermDays": 10 },
            { "kind": "collectionDemand", "date": "2025-06-16", "paymentTermDays": 10, "fee": true }
        ]),
        paid,
    );
    assert_eq!(
        fee_lines(&recorded, "2025-06-20"),
        [
            "collectionFee 2025-05-06 180.00",
            "collectionFee 2025-06-16 180.00"
        ]
    );
    assert_eq!(codes(&recorded), Vec::<&str>::new());
    // A still unpaid: the second demands both, and earns its fee for B.
    let both = claim_of(
        "2025-05-10",
        "2025-06-09",
        json!([
            { "kind": "collectionDemand", "date": "2025-05-06", "paymentTermDays": 10 },
            { "kind": "collectionDemand", "date": "2025-06-16", "paymentTermDays": 10 }
        ]),
        json!([]),
    );
    assert_eq!(fee_lines(&both, "2025-06-20").len(), 2);
    // Everything paid before the second (B too): nothing new to demand, no second fee.
    let settled_b = claim_of(
        "2025-05-10",
        "2025-06-09",
        json!([
            { "kind": "collectionDemand", "date": "2025-05-06", "paymentTermDays": 10 },
            { "kind": "collectionDemand", "date": "2025-06-16", "paymentTermDays": 10 }
        ]),
        json!([{ "date": "2025-06-12", "amount": "2400.00" }]),
    );
    assert_eq!(
        fee_lines(&settled_b, "2025-06-20"),
        ["collectionFee 2025-05-06 180.00"]
    );
}

/// B issued before A's inkassokrav and not yet due then: that demand was premature for B, and
/// the one sent again earns nothing (unchanged).
#[test]
fn an_invoice_issued_before_the_first_demand_earns_no_second_fee() {
    let claim = claim_of(
        "2025-04-20",
        "2025-05-20",
        json!([
            { "kind": "collectionDemand", "date": "2025-05-06", "paymentTermDays": 10 },
            { "kind": "collectionDemand", "date": "2025-05-26", "paymentTermDays": 10 }
        ]),
        json!([]),
    );
    assert_eq!(
        fee_lines(&claim, "2025-06-01"),
        ["collectionFee 2025-05-06 180.00"]
    );
    assert!(codes(&claim).contains(&"COLLECTION_DEMAND_NOT_OVERDUE"));
}

/// Reminders alike: B's first reminder after A's earns its own 60 kr, and so does one after
/// A's inkassokrav (the claim went past reminders for A, not for B); a reminder of A again
/// after A's inkassokrav earns none.
#[test]
fn a_reminder_for_an_invoice_issued_later_earns_its_fee() {
    let claim = claim_of(
        "2025-05-10",
        "2025-06-09",
        json!([
            { "kind": "reminder", "date": "2025-05-05" },
            { "kind": "reminder", "date": "2025-06-12" }
        ]),
        json!([]),
    );
    assert_eq!(
        fee_lines(&claim, "2025-06-20"),
        [
            "reminderFee 2025-05-05 60.00",
            "reminderFee 2025-06-12 60.00"
        ]
    );
    let after_demand = claim_of(
        "2025-05-10",
        "2025-06-09",
        json!([
            { "kind": "collectionDemand", "date": "2025-05-06", "paymentTermDays": 10 },
            { "kind": "reminder", "date": "2025-06-12" }
        ]),
        json!([]),
    );
    assert_eq!(
        fee_lines(&after_demand, "2025-06-20"),
        [
            "collectionFee 2025-05-06 180.00",
            "reminderFee 2025-06-12 60.00"
        ]
    );
    assert_eq!(codes(&after_demand), Vec::<&str>::new());
    // Before B falls due: A alone, after its inkassokrav: none.
    let a_again = claim_of(
        "2025-05-10",
        "2025-06-09",
        json!([
            { "kind": "collectionDemand", "date": "2025-05-06", "paymentTermDays": 10 },
            { "kind": "reminder", "date": "2025-05-20" }
        ]),
        json!([]),
    );
    assert_eq!(
        fee_lines(&a_again, "2025-06-01"),
        ["collectionFee 2025-05-06 180.00"]
    );
    assert_eq!(codes(&a_again), ["FEE_NOT_RECOVERABLE"]);
}

/// The timeline sends B's inkassokrav with its fee, as `letter` would.
#[test]
fn the_timeline_projects_the_later_invoices_inkassokrav_with_its_fee() {
    let claim = claim_of(
        "2025-05-10",
        "2025-06-09",
        json!([{ "kind": "collectionDemand", "date": "2025-05-06", "paymentTermDays": 10 }]),
        json!([]),
    );
    let policy = inkasso::policy::Policy::preset(inkasso::policy::PresetId::Standard);
    let options = inkasso::timeline::TimelineOptions {
        today: Some(common::date("2025-05-20")),
        ..inkasso::timeline::TimelineOptions::default()
    };
    let t = inkasso::timeline::timeline(&claim, &policy, &options).expect("timeline");
    let again = t
        .entries
        .iter()
        .find(|e| {
            e.kind == inkasso::timeline::EntryKind::CollectionDemand
                && e.status == inkasso::timeline::EntryStatus::Projected
        })
        .expect("B's inkassokrav");
    assert_eq!(
        again
            .fees
            .iter()
            .map(|f| f.amount.to_string())
            .collect::<Vec<_>>(),
        ["180.00"]
    );
}
