//! Was a defect (a review found it; fixed): a dispute about invoices a later court case leaves out is read as decided by that
//! case's judgment. After A's enforced utslag, the debtor disputes (2025-07-15) the invoices A's
//! title left out, B and C (dispute_standing: "about the invoices that title does not cover").
//! The creditor's stämningsansökan of 2025-08-14 is B's case only: C falls due that very day
//! and is not overdue (every function agrees: C's preskription is not interrupted by it, the
//! timeline projects C a road of its own). Yet the judgment on B is read as deciding the
//! dispute as a whole, so the disputed and never tried invoice C is demanded again and sent to
//! betalningsföreläggande: `letter` writes the inkassokrav, `check` passes it, the timeline
//! projects it. The engine's own rule (Claim::dispute_standing, DOMAIN.md 4, god inkassosed):
//! a disputed claim is taken to court, not demanded again.

mod common;

use common::date;
use inkasso::claim::StepKind;
use inkasso::timeline::{EntryStatus, TimelineOptions};
use serde_json::{json, Value};

fn claim(extra: Value) -> inkasso::Claim {
    let mut steps = vec![
        json!({ "kind": "collectionDemand", "date": "2025-02-20", "paymentTermDays": 10 }),
        json!({ "kind": "paymentOrder", "date": "2025-03-20" }),
        json!({ "kind": "enforcement", "date": "2025-05-15" }),
        json!({ "kind": "collectionDemand", "date": "2025-07-10", "paymentTermDays": 10 }),
        json!({ "kind": "dispute", "date": "2025-07-15" }),
        json!({ "kind": "courtAction", "date": "2025-08-14" }),
        json!({ "kind": "judgment", "date": "2025-11-25" }),
    ];
    steps.extend(extra.as_array().cloned().unwrap_or_default());
    common::claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "5000.00", "issueDate": "2025-06-02", "dueDate": "2025-07-02" },
            { "number": "C", "amount": "7000.00", "issueDate": "2025-06-20", "dueDate": "2025-08-14" }
        ],
        "steps": steps,
        "payments": []
    }))
    .expect("claim")
}

/// The engine itself reads C as outside B's court case (sanity: passes). Nor does the
/// inkassokrav of 2025-07-10 interrupt C's preskription: C was not yet due, so the demand was
/// not about it (a later legal review; it had been 2028-07-10): three years from C's issue.
#[test]
fn c_is_not_in_the_court_case() {
    let lim = inkasso::limitation::limitation(&claim(json!([]))).expect("limitation");
    let c = lim.invoices.iter().find(|i| i.invoice == "C").expect("C");
    assert_eq!(c.preskription_date, date("2028-06-20"), "{c:?}");
    assert_eq!(c.interruption, None, "{c:?}");
}

/// `letter` writes an inkassokrav demanding C, disputed on 2025-07-15 and never tried.
#[test]
fn letter_refuses_to_demand_the_disputed_invoice_left_out_of_the_judgment() {
    let r = inkasso::letter::letter(
        &claim(json!([])),
        StepKind::CollectionDemand,
        date("2025-12-03"),
        10,
        &inkasso::letter::LetterOptions::default(),
    );
    assert_eq!(
        r.as_ref().err().map(|e| e.code().as_str()),
        Some("CLAIM_DISPUTED"),
        "{:?}",
        r.as_ref().map(|_| "letter written")
    );
}

/// `check` passes a recorded inkassokrav and betalningsföreläggande for C.
#[test]
fn check_flags_demand_and_payment_order_on_the_disputed_invoice() {
    let c = claim(json!([
        { "kind": "collectionDemand", "date": "2025-12-03", "paymentTermDays": 10 },
        { "kind": "paymentOrder", "date": "2025-12-29" }
    ]));
    let codes: Vec<&str> = inkasso::compliance::check(&c, Some(&common::court_policy()))
        .expect("check")
        .iter()
        .map(|f| f.code.as_str())
        .collect();
    assert!(
        codes.contains(&"DEMAND_AFTER_DISPUTE") && codes.contains(&"PAYMENT_ORDER_AFTER_DISPUTE"),
        "{codes:?}"
    );
}

/// The timeline projects inkassokrav and betalningsföreläggande for C instead of its court road.
#[test]
fn timeline_takes_the_disputed_invoice_to_court() {
    let options = TimelineOptions {
        today: Some(date("2025-11-26")),
        ..TimelineOptions::default()
    };
    let kinds: Vec<String> =
        inkasso::timeline::timeline(&claim(json!([])), &common::court_policy(), &options)
            .expect("timeline")
            .entries
            .into_iter()
            .filter(|e| e.status == EntryStatus::Projected)
            .map(|e| format!("{:?} {}", e.kind, e.date))
            .collect();
    assert!(
        !kinds
            .iter()
            .any(|k| k.starts_with("CollectionDemand") || k.starts_with("PaymentOrder")),
        "{kinds:?}"
    );
}
