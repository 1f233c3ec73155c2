//! An invoice is owed from its issue date (DOMAIN.md 8.6 allocates a payment to what is
//! outstanding on its day): a statement, a replay, a letter and a timeline dated before an
//! invoice's issue date leave it out, and a payment before it cannot pay it.

mod common;

use common::{date, has_warning, ok};
use inkasso::statement::{Replay, StatementOptions};
use inkasso::warning::WarningCode;
use serde_json::{json, Value};

/// Invoice A (1 000 kr, issued 2025-01-10, due 2025-02-10) and invoice B (500 kr, issued
/// 2025-03-03, due 2025-04-02), with `payments` and the statement date `as_of`.
fn two_invoices(payments: Value, as_of: &str) -> Value {
    json!({
        "debtor": "consumer",
        "reminderFeeAgreed": false,
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "500.00", "issueDate": "2025-03-03", "dueDate": "2025-04-02" }
        ],
        "payments": payments,
        "asOf": as_of
    })
}

#[test]
fn an_invoice_issued_after_the_statement_date_is_left_out() {
    let s = ok(two_invoices(json!([]), "2025-03-02"));
    assert_eq!(s.capital.to_string(), "1000.00");
    assert_eq!(s.invoices[1].capital.to_string(), "0.00");
    assert_eq!(s.invoices[0].capital.to_string(), "1000.00");
    assert!(has_warning(&s, WarningCode::AfterAsOf, Some("invoices[1]")));
    let w = s
        .warnings
        .iter()
        .find(|w| w.code == WarningCode::AfterAsOf)
        .expect("the warning");
    assert_eq!(
        inkasso::text::warning(w).en,
        "The invoice is issued on 2025-03-03, after the statement date, and is left out."
    );
}

#[test]
fn an_invoice_is_owed_from_its_issue_date() {
    let s = ok(two_invoices(json!([]), "2025-03-03"));
    assert_eq!(s.capital.to_string(), "1500.00");
    assert_eq!(s.invoices[1].capital.to_string(), "500.00");
    assert!(!has_warning(&s, WarningCode::AfterAsOf, None));
}

#[test]
fn a_payment_before_an_invoice_is_issued_cannot_pay_it() {
    // 1 200 kr on 2025-02-01 pays A's 1 000 kr; the 200 kr left are a credit, and B, issued a
    // month later, is owed in full.
    let payments = json!([{ "date": "2025-02-01", "amount": "1200.00" }]);
    let before = ok(two_invoices(payments.clone(), "2025-02-01"));
    assert_eq!(before.capital.to_string(), "0.00");
    assert_eq!(before.credit.to_string(), "200.00");
    let after = ok(two_invoices(payments, "2025-03-10"));
    assert_eq!(after.capital.to_string(), "500.00");
    assert_eq!(after.credit.to_string(), "200.00");
    assert_eq!(after.allocations[0].capital.to_string(), "1000.00");
    assert_eq!(after.allocations[0].credit.to_string(), "200.00");
    assert!(has_warning(
        &after,
        WarningCode::Overpaid,
        Some("payments[0]")
    ));
}

#[test]
fn a_payment_on_the_issue_date_pays_the_invoice() {
    let payments = json!([{ "date": "2025-03-03", "amount": "1200.00" }]);
    let s = ok(two_invoices(payments, "2025-03-10"));
    // A's interest (2025-02-11 – 2025-03-03), then its capital, then 200 kr of B's.
    let a = &s.allocations[0];
    assert_eq!(a.interest.to_string(), "6.33");
    assert_eq!(a.capital.to_string(), "1193.67");
    assert_eq!(s.invoices[0].capital.to_string(), "0.00");
    assert_eq!(s.invoices[1].capital.to_string(), "306.33");
    assert_eq!(s.credit.to_string(), "0.00");
}

#[test]
fn the_replay_agrees_with_the_statement_across_the_issue_date() {
    let input = two_invoices(
        json!([{ "date": "2025-02-01", "amount": "300.00" }]),
        "2025-01-10",
    );
    let claim = common::claim({
        let mut c = input.clone();
        c.as_object_mut().map(|o| o.remove("asOf"));
        c
    })
    .expect("claim");
    let options = StatementOptions::new(date("2025-01-10"));
    let mut replay = Replay::new(&claim, &options).expect("replay");
    let mut day = date("2025-01-10");
    while day <= date("2025-05-01") {
        let mut dated = input.clone();
        dated["asOf"] = json!(day.to_string());
        let s = ok(dated);
        let t = replay.totals_on(day).expect("totals");
        assert_eq!(
            (t.capital, t.interest, t.fees, t.total, t.credit, t.per_diem),
            (s.capital, s.interest, s.fees, s.total, s.credit, s.per_diem),
            "{day}"
        );
        day = day.next_day().expect("in range");
    }
}

#[test]
fn a_letter_before_an_invoice_is_issued_leaves_it_out() {
    let mut input = two_invoices(json!([]), "2025-02-20");
    input.as_object_mut().map(|o| o.remove("asOf"));
    let claim = common::claim(input).expect("claim");
    let letter = inkasso::letter::letter(
        &claim,
        inkasso::claim::StepKind::Reminder,
        date("2025-02-20"),
        10,
        &inkasso::letter::LetterOptions::default(),
    )
    .expect("letter");
    // A's capital and its interest (2025-02-11 – 2025-02-20): nothing of B.
    assert_eq!(letter.total.to_string(), "1003.01");
    assert_eq!(letter.breakdown.interest.to_string(), "3.01");
    assert_eq!(letter.breakdown.invoices.len(), 1);
    assert_eq!(letter.breakdown.invoices[0].number, "A");
    let text: String = letter
        .sections
        .iter()
        .flat_map(|s| s.lines.iter().map(|l| l.label.en.clone()))
        .collect();
    assert!(!text.contains("invoice B"), "{text}");
}
