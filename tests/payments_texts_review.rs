//! A review of payments and credit notes across the exports (stop 65, a helper with its own
//! BigInt-öre calculator): the figures agreed to the öre everywhere; three sentences stated
//! wrong facts:
//! - `check`'s `REMINDER_NOT_OVERDUE` said the claim's capital was already paid when the
//!   invoice past its due date was paid but another, not yet due, was owed;
//! - a letter called an invoice partly paid and partly credited, with capital still unpaid,
//!   "partly credited";
//! - `NO_LATE_FEE` called an invoice paid in part and credited in part by its due date "paid by
//!   its due date".

mod common;

use inkasso::compliance::{check, FindingCode};
use inkasso::letter::{letter, LetterOptions};
use inkasso::warning::WarningCode;
use inkasso::{statement, StatementOptions};
use serde_json::json;

#[test]
fn a_reminder_while_the_rest_is_not_yet_due_is_not_said_to_find_the_claim_paid() {
    let run = |payments: serde_json::Value, invoices: serde_json::Value| {
        let c = common::claim(json!({
            "debtor": "consumer", "reminderFeeAgreed": true,
            "invoices": invoices, "payments": payments,
            "steps": [{ "kind": "reminder", "date": "2025-02-10" }]
        }))
        .expect("claim");
        check(&c, None)
            .expect("check")
            .into_iter()
            .filter(|f| f.code == FindingCode::ReminderNotOverdue)
            .map(|f| f.text().en)
            .collect::<Vec<_>>()
    };
    let a = json!({ "number": "A", "amount": "1000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" });
    let b = json!({ "number": "B", "amount": "2000.00", "issueDate": "2025-01-15", "dueDate": "2025-03-03" });
    let paid_a = json!([{ "date": "2025-01-20", "amount": "1000.00", "invoice": "A" }]);
    assert_eq!(
        run(paid_a.clone(), json!([a.clone(), b])),
        ["The payment reminder of 2025-02-10 was sent when the invoices past their due date were already paid or credited and no other was yet due: it reminds of nothing, earns no fee and does not count as the claim's reminder."]
    );
    // A alone, paid: the claim's capital was paid.
    assert_eq!(
        run(paid_a, json!([a.clone()])),
        ["The payment reminder of 2025-02-10 was sent when the claim's capital was already paid or credited: it reminds of nothing, earns no fee and does not count as the claim's reminder."]
    );
    // Nothing past due yet.
    let late = json!({ "number": "A", "amount": "1000.00", "issueDate": "2025-01-01", "dueDate": "2025-03-03" });
    assert_eq!(
        run(json!([]), json!([late])),
        ["The payment reminder of 2025-02-10 was sent before any invoice was overdue: it reminds of nothing, earns no fee and does not count as the claim's reminder."]
    );
}

#[test]
fn an_invoice_paid_and_credited_in_part_is_said_to_be() {
    let c = common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "A", "amount": "3000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" }],
        "payments": [{ "date": "2025-02-10", "amount": "800.00" }],
        "credits": [{ "invoice": "A", "date": "2025-02-05", "amount": "1000.00" }]
    }))
    .expect("claim");
    let l = letter(
        &c,
        inkasso::StepKind::CollectionDemand,
        common::date("2025-03-10"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    let all: String = l
        .sections
        .iter()
        .flat_map(|s| s.lines.iter().map(|line| line.label.en.as_str()))
        .collect();
    assert!(all.contains(". Partly paid and partly credited."), "{all}");
    assert!(!all.contains(". Partly credited."), "{all}");
}

#[test]
fn no_late_fee_for_an_invoice_paid_and_credited_by_its_due_date_says_both() {
    let texts = |payments: serde_json::Value, credit: &str| {
        let c = common::claim(json!({
            "debtor": "business",
            "invoices": [{ "number": "A", "amount": "1000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" }],
            "payments": payments,
            "credits": [{ "invoice": "A", "date": "2025-01-31", "amount": credit }]
        }))
        .expect("claim");
        statement(&c, &StatementOptions::new(common::date("2025-02-10")))
            .expect("statement")
            .warnings
            .iter()
            .filter(|w| w.code == WarningCode::NoLateFee)
            .map(|w| inkasso::text::warning(w).en)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        texts(
            json!([{ "date": "2025-01-20", "amount": "600.00" }]),
            "400.00"
        ),
        ["No late-payment compensation for invoice A: it was paid and credited by its due date."]
    );
    assert_eq!(
        texts(json!([]), "1000.00"),
        ["No late-payment compensation for invoice A: it was credited in full by its due date."]
    );
    assert_eq!(
        texts(
            json!([{ "date": "2025-01-20", "amount": "1000.00" }]),
            "0.01"
        ),
        ["No late-payment compensation for invoice A: it was paid and credited by its due date."]
    );
}
