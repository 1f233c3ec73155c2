//! A payment the debtor made for one invoice (`invoice` on a payment: a destinerad betalning,
//! handelsbalken 9 kap. 5 §) pays the claim's fees that are not another invoice's own, then
//! that invoice's interest, then its capital; what is left pays the rest of the claim in the
//! usual order. Before, every payment went by the usual order (fees, then interest and capital
//! by earliest due date): a Known limit ("a payment cannot be tied to an invoice").

mod common;

use inkasso::limitation::limitation;
use inkasso::ErrorCode;
use serde_json::{json, Value};

/// Two invoices of a consumer claim: A due 2025-02-10, B due 2025-03-10 (A comes first in
/// the usual order), with `payments`, and a reminder with its agreed 60 kr fee when `reminder`.
fn two_invoices(reminder: bool, payments: Value) -> Value {
    json!({
        "debtor": "consumer",
        "reminderFeeAgreed": true,
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "2000.00", "issueDate": "2025-02-08", "dueDate": "2025-03-10" }
        ],
        "steps": if reminder { json!([{ "kind": "reminder", "date": "2025-03-20" }]) } else { json!([]) },
        "payments": payments,
        "asOf": "2025-06-30"
    })
}

/// A case: its name, whether a reminder was sent, the payments, the last payment's allocation
/// and each invoice's capital left.
type Row = (
    &'static str,
    bool,
    Value,
    [&'static str; 4],
    [&'static str; 2],
);

/// One row per case: the payments, then the allocation of the last payment as
/// `(fees, interest, capital, credit)` and each invoice's capital left on 2025-06-30. At
/// 11.00 % (2025-H1: referensränta 3.00 + 8), through 2025-04-01: A's interest is
/// 1000 × 11 % × 50/365 = 15.07, B's 2000 × 11 % × 22/365 = 13.26.
#[test]
fn a_designated_payment_pays_its_invoice_first() {
    #[rustfmt::skip]
    let rows: &[Row] = &[
        // The usual order: the fee, A's interest then B's, A's capital, then B's.
        ("no invoice", true,
         json!([{ "date": "2025-04-01", "amount": "1500.00" }]),
         ["60.00", "28.33", "1411.67", "0.00"], ["0.00", "1588.33"]),
        // For B: the claim's fee (a cost of every invoice), B's interest, B's capital; A's
        // interest and capital wait.
        ("for B", true,
         json!([{ "date": "2025-04-01", "amount": "1500.00", "invoice": "B" }]),
         ["60.00", "13.26", "1426.74", "0.00"], ["1000.00", "573.26"]),
        // More than B owes: the rest goes to A in the usual order, then a credit.
        ("for B, more than it owes", true,
         json!([{ "date": "2025-04-01", "amount": "3500.00", "invoice": "B" }]),
         ["60.00", "28.33", "3000.00", "411.67"], ["0.00", "0.00"]),
        // null is no invoice.
        ("null", true,
         json!([{ "date": "2025-04-01", "amount": "1500.00", "invoice": null }]),
         ["60.00", "28.33", "1411.67", "0.00"], ["0.00", "1588.33"]),
        // For A, which comes first anyway: the usual order.
        ("for A", false,
         json!([{ "date": "2025-04-01", "amount": "500.00", "invoice": "A" }]),
         ["0.00", "15.07", "484.93", "0.00"], ["515.07", "2000.00"]),
        // For B once B is paid: all of it in the usual order.
        ("for B, paid", false,
         json!([
             { "date": "2025-04-01", "amount": "2013.26", "invoice": "B" },
             { "date": "2025-04-02", "amount": "100.00", "invoice": "B" }
         ]),
         ["0.00", "15.37", "84.63", "0.00"], ["915.37", "0.00"]),
    ];
    for (name, reminder, payments, allocation, capitals) in rows {
        let s = common::ok(two_invoices(*reminder, payments.clone()));
        let a = s.allocations.last().expect("an allocation");
        let got = [a.fees, a.interest, a.capital, a.credit].map(|m| m.to_string());
        assert_eq!(got, allocation.map(str::to_owned), "{name}: {a:?}");
        let left: Vec<String> = s.invoices.iter().map(|i| i.capital.to_string()).collect();
        assert_eq!(left, capitals.to_vec(), "{name}");
        let paid = [a.fees, a.interest, a.capital, a.credit]
            .into_iter()
            .try_fold(inkasso::Money::ZERO, |sum, m| sum.checked_add(m))
            .expect("sum");
        assert_eq!(paid, a.amount, "{name}: the payment is all accounted for");
    }
}

/// A business claim: each invoice earns its own förseningsersättning (450 kr). A payment for
/// B pays B's, not A's, before B's interest and capital; A's waits for what is left, and then
/// comes first, as every fee does in the usual order.
#[test]
fn a_designated_payment_leaves_another_invoices_own_fee() {
    let input = |payment: Value| {
        json!({
            "debtor": "business",
            "invoices": [
                { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
                { "number": "B", "amount": "20000.00", "issueDate": "2025-01-20", "dueDate": "2025-03-10" }
            ],
            "payments": [payment],
            "asOf": "2025-04-30"
        })
    };
    let usual = common::ok(input(json!({ "date": "2025-04-01", "amount": "1000.00" })));
    let a = usual.allocations.first().expect("allocation");
    assert_eq!(a.fees.to_string(), "900.00", "both fees first");
    let for_b = common::ok(input(
        json!({ "date": "2025-04-01", "amount": "1000.00", "invoice": "B" }),
    ));
    let a = for_b.allocations.first().expect("allocation");
    assert_eq!(a.fees.to_string(), "450.00", "B's own fee only: {a:?}");
    assert!(a.interest.is_positive() && a.capital.is_positive(), "{a:?}");
    assert_eq!(for_b.invoices[0].capital.to_string(), "10000.00");
    assert_eq!(for_b.fees.to_string(), "450.00", "A's fee is still owed");
    // More than B owes: A's fee, then A's interest and capital.
    let all = common::ok(input(
        json!({ "date": "2025-04-01", "amount": "25000.00", "invoice": "B" }),
    ));
    assert_eq!(all.fees.to_string(), "0.00");
    assert_eq!(all.invoices[1].capital.to_string(), "0.00");
    assert!(all.invoices[0].capital < "10000.00".parse().expect("money"));
}

/// A payment for B acknowledges B alone when it pays no fee of the claim: A's preskription
/// runs on; the same payment without `invoice` pays A first and interrupts A's.
#[test]
fn a_designated_payment_interrupts_its_own_invoices_preskription() {
    let preskription = |payment: Value| {
        let mut input = two_invoices(false, json!([payment]));
        input.as_object_mut().expect("object").remove("asOf");
        let claim = common::claim(input).expect("claim");
        let l = limitation(&claim).expect("limitation");
        l.invoices
            .iter()
            .map(|i| i.preskription_date.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        preskription(json!({ "date": "2026-05-01", "amount": "100.00", "invoice": "B" })),
        ["2028-01-10", "2029-05-01"]
    );
    assert_eq!(
        preskription(json!({ "date": "2026-05-01", "amount": "100.00" })),
        ["2029-05-01", "2028-02-08"]
    );
}

#[test]
fn an_invoice_the_claim_does_not_have_or_not_yet_issued_is_refused() {
    let e = common::run(two_invoices(
        false,
        json!([{ "date": "2025-04-01", "amount": "100.00", "invoice": "C" }]),
    ))
    .expect_err("no invoice C");
    assert_eq!(e.code(), ErrorCode::UnknownInvoice);
    assert_eq!(e.field(), Some("payments[0].invoice"));
    assert!(e.message().contains("\"C\""), "{}", e.message());
    let e = common::run(two_invoices(
        false,
        json!([{ "date": "2025-02-01", "amount": "100.00", "invoice": "B" }]),
    ))
    .expect_err("B issued 2025-02-08");
    assert_eq!(e.code(), ErrorCode::PaymentBeforeIssue);
    assert_eq!(e.field(), Some("payments[0].date"));
    for bad in [json!(7), json!(true), json!(["B"])] {
        let e = common::run(two_invoices(
            false,
            json!([{ "date": "2025-04-01", "amount": "100.00", "invoice": bad }]),
        ))
        .expect_err("not a string");
        assert_eq!(e.code(), ErrorCode::InvalidType, "{bad}");
        assert_eq!(e.field(), Some("payments[0].invoice"), "{bad}");
    }
}

/// The claim reads back from its own JSON with the designation (and without the key when
/// there is none).
#[test]
fn a_claim_with_a_designated_payment_reads_back_from_its_json() {
    let mut input = two_invoices(
        true,
        json!([
            { "date": "2025-04-01", "amount": "100.00", "invoice": "B" },
            { "date": "2025-04-02", "amount": "100.00" }
        ]),
    );
    input.as_object_mut().expect("object").remove("asOf");
    let claim = common::claim(input).expect("claim");
    let text = serde_json::to_value(&claim).expect("json");
    assert_eq!(text["payments"][0]["invoice"], json!("B"));
    assert!(text["payments"][1].get("invoice").is_none());
    assert_eq!(common::claim(text).expect("read back"), claim);
}
