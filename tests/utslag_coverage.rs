//! Invoice B falls due after A's betalningsföreläggande was applied for but before the
//! verkställighet on its utslag. B was not in that application, so A's utslag (and its
//! verkställighet) is no title for B (utsökningsbalken 3 kap. 1 §): a verkställighet on an
//! utslag covers the invoices overdue on the application's day. A review found it read as
//! covering every invoice overdue on its own day, so B counted as decided by A's title: A's
//! verkställighet kept B from preskription, B's own case neither interrupted it nor counted it
//! in its court fee, and the timeline projected no verkställighet on B's own judgment. Each
//! test failed before the fix, with and without an inkassokrav before A's application.

mod common;

use common::date;
use inkasso::statement::StatementOptions;
use inkasso::timeline::{EntryKind, EntryStatus, TimelineOptions};
use serde_json::{json, Value};

/// A (due 2025-02-10): inkassokrav 2025-02-20, betalningsföreläggande 2025-03-20, verkställighet
/// 2025-05-15. B issued 2025-03-25, due 2025-04-15 (after A's application, before its
/// verkställighet).
fn claim(debtor: &str, b_amount: &str, extra: Value) -> inkasso::Claim {
    let mut steps = vec![
        json!({ "kind": "collectionDemand", "date": "2025-02-20", "paymentTermDays": 10 }),
        json!({ "kind": "paymentOrder", "date": "2025-03-20" }),
        json!({ "kind": "enforcement", "date": "2025-05-15" }),
    ];
    steps.extend(extra.as_array().cloned().unwrap_or_default());
    common::claim(json!({
        "debtor": debtor,
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": b_amount, "issueDate": "2025-03-25", "dueDate": "2025-04-15" }
        ],
        "steps": steps,
        "payments": []
    }))
    .expect("claim")
}

/// B's own road after A's verkställighet: inkassokrav, betalningsföreläggande, disputed,
/// transferred to the tingsrätt.
fn bs_case() -> Value {
    json!([
        { "kind": "collectionDemand", "date": "2025-06-02", "paymentTermDays": 10 },
        { "kind": "paymentOrder", "date": "2025-07-01" },
        { "kind": "dispute", "date": "2025-07-10" },
        { "kind": "courtAction", "date": "2025-08-01" }
    ])
}

fn projected(claim: &inkasso::Claim, today: &str) -> Vec<(EntryKind, String)> {
    let options = TimelineOptions {
        today: Some(date(today)),
        ..TimelineOptions::default()
    };
    inkasso::timeline::timeline(claim, &common::court_policy(), &options)
        .expect("timeline")
        .entries
        .into_iter()
        .filter(|e| e.status == EntryStatus::Projected)
        .map(|e| (e.kind, e.date.to_string()))
        .collect()
}

/// (1) Preskription, consumer: nothing ever interrupted B (A's inkassokrav predates B, A's
/// betalningsföreläggande and its verkställighet are not about B), so B is time-barred
/// 2028-03-25 (preskriptionslagen 2 § 2 st., 5 §: legal action interrupts for the claim it is
/// about). The engine dates B 2029-05-15 via A's verkställighet: 14 months in which it calls a
/// time-barred consumer debt collectable.
#[test]
fn as_verkstallighet_does_not_interrupt_b() {
    let c = claim("consumer", "5000.00", json!([]));
    let lim = inkasso::limitation::limitation(&c).expect("limitation");
    let b = lim.invoices.iter().find(|i| i.invoice == "B").expect("B");
    assert_eq!(b.preskription_date, date("2028-03-25"), "{b:?}");
}

/// (2) B's own betalningsföreläggande, disputed and its case decided by a judgment, is legal
/// action about B: B's new period runs from the judgment (7 §). With B's road a year later, the
/// engine leaves B's own case out of B's limitation (decided_before: "decided" by A's
/// verkställighet) and dates B from B's inkassokrav only.
#[test]
fn bs_own_case_interrupts_b() {
    let c = claim(
        "consumer",
        "5000.00",
        json!([
            { "kind": "collectionDemand", "date": "2026-09-01", "paymentTermDays": 10 },
            { "kind": "paymentOrder", "date": "2026-10-01" },
            { "kind": "dispute", "date": "2026-10-12" },
            { "kind": "courtAction", "date": "2026-11-02" },
            { "kind": "judgment", "date": "2027-03-01" }
        ]),
    );
    let lim = inkasso::limitation::limitation(&c).expect("limitation");
    let b = lim.invoices.iter().find(|i| i.invoice == "B").expect("B");
    assert_eq!(b.preskription_date, date("2030-03-01"), "{b:?}");
}

/// (3) Court fee: B's transferred case is about B (40 000 kr), so its tilläggsavgift is in the
/// 2 500 kr category, as multi_case.rs (3) values a 40 000 kr case. The engine values B's case
/// at nothing (B "decided" by A's verkställighet): 600 kr.
#[test]
fn bs_transferred_case_is_valued_with_b() {
    let c = claim("business", "40000.00", bs_case());
    let s = inkasso::statement(&c, &StatementOptions::new(date("2025-08-02"))).expect("statement");
    let v = serde_json::to_value(&s).unwrap();
    let fees: Vec<(String, String)> = v["feeLines"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"].as_str().unwrap().starts_with("court"))
        .map(|f| {
            (
                f["kind"].as_str().unwrap().to_owned(),
                f["amount"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        fees,
        vec![("courtTransferFee".to_owned(), "2500.00".to_owned())]
    );
}

/// (4) Timeline: B's betalningsföreläggande was disputed and transferred to the tingsrätt (the
/// taken court action carries a courtTransferFee), so no utslag will come of it: what follows
/// is the judgment. The timeline projects a verkställighet on 2025-08-13 (the application + the
/// assumed 42 days, i.e. on the utslag of the disputed application) and no judgment.
#[test]
fn no_verkstallighet_on_a_disputed_transferred_order() {
    let c = claim("consumer", "5000.00", bs_case());
    let road = projected(&c, "2025-08-02");
    let first = road.first().cloned();
    assert_eq!(first.map(|f| f.0), Some(EntryKind::Judgment), "{road:?}");
}

/// (5) Stability: at 2025-06-20 the timeline projects B's road to its own verkställighet (it
/// reads B as left out of A's title). With that road recorded through B's court case and the
/// judgment (B's own title, B unpaid), it projects nothing at all: no verkställighet on B's
/// judgment.
#[test]
fn bs_judgment_gets_its_verkstallighet() {
    let before = claim("consumer", "5000.00", json!([]));
    let road = projected(&before, "2025-06-02");
    assert!(
        road.iter().any(|e| e.0 == EntryKind::Enforcement),
        "{road:?}"
    );
    let mut extra = bs_case().as_array().unwrap().clone();
    extra.push(json!({ "kind": "judgment", "date": "2025-11-03" }));
    let after = claim("consumer", "5000.00", Value::Array(extra));
    let road = projected(&after, "2025-11-04");
    assert!(
        road.iter().any(|e| e.0 == EntryKind::Enforcement),
        "{road:?}"
    );
}

/// The same without any inkassokrav that could have left B out (so not the Known limit about
/// "a history whose inkassokrav left an invoice out before a verkställighet"): A's
/// betalningsföreläggande 2025-03-20, B issued 2025-03-01 and due 2025-04-15 (not in A's
/// application: not yet due), A's verkställighet 2025-05-15.
fn without_demand(debtor: &str, b_amount: &str, extra: Value) -> inkasso::Claim {
    let mut steps = vec![
        json!({ "kind": "paymentOrder", "date": "2025-03-20" }),
        json!({ "kind": "enforcement", "date": "2025-05-15" }),
    ];
    steps.extend(extra.as_array().cloned().unwrap_or_default());
    common::claim(json!({
        "debtor": debtor,
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": b_amount, "issueDate": "2025-03-01", "dueDate": "2025-04-15" }
        ],
        "steps": steps,
        "payments": []
    }))
    .expect("claim")
}

#[test]
fn without_demand_as_verkstallighet_does_not_interrupt_b() {
    let c = without_demand("consumer", "5000.00", json!([]));
    let lim = inkasso::limitation::limitation(&c).expect("limitation");
    let b = lim.invoices.iter().find(|i| i.invoice == "B").expect("B");
    assert_eq!(b.preskription_date, date("2028-03-01"), "{b:?}");
}

#[test]
fn without_demand_bs_transferred_case_is_valued_with_b() {
    let c = without_demand("business", "40000.00", bs_case());
    let s = inkasso::statement(&c, &StatementOptions::new(date("2025-08-02"))).expect("statement");
    let v = serde_json::to_value(&s).unwrap();
    let fees: Vec<(String, String)> = v["feeLines"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["kind"].as_str().unwrap().starts_with("court"))
        .map(|f| {
            (
                f["kind"].as_str().unwrap().to_owned(),
                f["amount"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        fees,
        vec![("courtTransferFee".to_owned(), "2500.00".to_owned())]
    );
}

#[test]
fn without_demand_no_verkstallighet_on_a_disputed_transferred_order() {
    let c = without_demand("consumer", "5000.00", bs_case());
    let road = projected(&c, "2025-08-02");
    assert_eq!(
        road.first().map(|f| f.0),
        Some(EntryKind::Judgment),
        "{road:?}"
    );
}

#[test]
fn without_demand_bs_judgment_gets_its_verkstallighet() {
    let mut extra = bs_case().as_array().unwrap().clone();
    extra.push(json!({ "kind": "judgment", "date": "2025-11-03" }));
    let after = without_demand("consumer", "5000.00", Value::Array(extra));
    let road = projected(&after, "2025-11-04");
    assert!(
        road.iter().any(|e| e.0 == EntryKind::Enforcement),
        "{road:?}"
    );
}
