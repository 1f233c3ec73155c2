//! A judgment in a second case, after the first case ended in an utslag and its
//! verkställighet, is a title for the invoices of its own case (a diff review found it read as
//! the first case's judgment: B, the invoice it decided, left out in every function).

mod common;

use common::date;
use inkasso::timeline::{EntryStatus, TimelineOptions};
use serde_json::{json, Value};

fn court() -> inkasso::policy::Policy {
    common::policy(json!({ "preset": "standard", "court": {} }))
}

fn projected(claim: &inkasso::Claim, today: &str) -> Vec<(String, String)> {
    let options = TimelineOptions {
        today: Some(date(today)),
        ..TimelineOptions::default()
    };
    inkasso::timeline::timeline(claim, &court(), &options)
        .expect("timeline")
        .entries
        .into_iter()
        .filter(|e| e.status == EntryStatus::Projected)
        .map(|e| {
            let kind = serde_json::to_value(e.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            (kind, e.date.to_string())
        })
        .collect()
}

/// A: first case (inkassokrav, betalningsföreläggande, verkställighet on its utslag).
/// B: issued later, its own case (inkassokrav, betalningsföreläggande, disputed, stämning,
/// judgment). `extra` steps after.
fn second_case(debtor: &str, extra: Value, payments: Value) -> inkasso::Claim {
    let mut steps = vec![
        json!({ "kind": "collectionDemand", "date": "2025-02-20" }),
        json!({ "kind": "paymentOrder", "date": "2025-03-20" }),
        json!({ "kind": "enforcement", "date": "2025-05-15" }),
        json!({ "kind": "collectionDemand", "date": "2025-10-10" }),
        json!({ "kind": "paymentOrder", "date": "2025-11-10" }),
        json!({ "kind": "dispute", "date": "2025-11-20" }),
        json!({ "kind": "courtAction", "date": "2025-12-01" }),
        json!({ "kind": "judgment", "date": "2026-03-02" }),
    ];
    steps.extend(extra.as_array().cloned().unwrap_or_default());
    common::claim(json!({
        "debtor": debtor,
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "5000.00", "issueDate": "2025-09-01", "dueDate": "2025-10-01" }
        ],
        "steps": steps,
        "payments": payments
    }))
    .expect("claim")
}

/// B's judgment is B's title: after it, the timeline projects no new inkassokrav or
/// betalningsföreläggande for B (its road ended in court).
#[test]
fn no_new_road_for_an_invoice_its_own_judgment_decided() {
    let claim = second_case("business", json!([]), json!([]));
    let got = projected(&claim, "2026-03-03");
    assert!(
        !got.iter()
            .any(|(k, _)| k == "collectionDemand" || k == "paymentOrder"),
        "{got:?}"
    );
}

/// A dispute after B's own judgment disputes nothing (the judgment decided it): an
/// inkassokrav... is not refused as disputed; dispute_standing is None.
#[test]
fn a_dispute_after_bs_own_judgment_disputes_nothing() {
    let claim = second_case(
        "business",
        json!([{ "kind": "dispute", "date": "2026-03-20" }]),
        json!([]),
    );
    let standing = claim.dispute_standing(date("2026-04-01"), true);
    assert!(standing.is_none(), "{standing:?}");
}

/// Consumer (3 years): verkställighet on B's judgment each year keeps B alive, as it keeps A.
#[test]
fn verkstallighet_on_bs_judgment_interrupts_b() {
    let claim = second_case(
        "consumer",
        json!([
            { "kind": "enforcement", "date": "2026-03-16" },
            { "kind": "enforcement", "date": "2027-03-16" },
            { "kind": "enforcement", "date": "2028-03-16" },
            { "kind": "enforcement", "date": "2029-03-16" },
            { "kind": "enforcement", "date": "2030-03-18" }
        ]),
        json!([]),
    );
    let lim = inkasso::limitation::limitation(&claim).expect("limitation");
    let of = |n: &str| {
        lim.invoices
            .iter()
            .find(|i| i.invoice == n)
            .map(|i| i.preskription_date.to_string())
    };
    assert_eq!(of("B"), of("A"), "{lim:?}");
}

/// Projected variant: a dispute about B after A's verkställighet (on A's utslag) goes to
/// court; the projected judgment is B's title, yet the timeline then projects a new
/// inkassokrav and betalningsföreläggande for B.
#[test]
fn a_projected_judgment_on_bs_dispute_is_bs_title() {
    let claim = common::claim(json!({
        "debtor": "business",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "5000.00", "issueDate": "2025-09-01", "dueDate": "2025-10-01" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2025-02-20" },
            { "kind": "paymentOrder", "date": "2025-03-20" },
            { "kind": "enforcement", "date": "2025-05-15" },
            { "kind": "dispute", "date": "2025-10-15" }
        ]
    }))
    .expect("claim");
    let got = projected(&claim, "2025-10-20");
    let judged = got
        .iter()
        .position(|(k, _)| k == "judgment")
        .expect("a judgment is projected");
    let after: Vec<_> = got[judged..].to_vec();
    assert!(
        !after
            .iter()
            .any(|(k, _)| k == "collectionDemand" || k == "paymentOrder"),
        "{got:?}"
    );
}

/// B's own stämningsansökan (no second betalningsföreläggande) and judgment do not interrupt
/// B's limitation: consumer, 3 years, B's period runs from its inkassokrav of 2025-10-10.
#[test]
fn bs_own_court_action_and_judgment_interrupt_b() {
    let claim = common::claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "5000.00", "issueDate": "2025-09-01", "dueDate": "2025-10-01" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2025-02-20" },
            { "kind": "paymentOrder", "date": "2025-03-20" },
            { "kind": "enforcement", "date": "2025-05-15" },
            { "kind": "collectionDemand", "date": "2025-10-10" },
            { "kind": "courtAction", "date": "2025-12-01" },
            { "kind": "judgment", "date": "2026-03-02" }
        ]
    }))
    .expect("claim");
    let lim = inkasso::limitation::limitation(&claim).expect("limitation");
    let b = lim.invoices.iter().find(|i| i.invoice == "B").expect("B");
    // The judgment ends B's proceedings: a new period from 2026-03-02 at the earliest.
    assert!(b.preskription_date >= common::date("2029-03-02"), "{b:?}");
}
