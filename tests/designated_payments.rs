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

/// Two invoices of a business claim, each earning its own förseningsersättning (450 kr): A
/// due 2025-02-10, B due 2025-03-10, with one payment, valued on 2025-04-30.
fn business_two_invoices(payment: Value) -> Value {
    json!({
        "debtor": "business",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "20000.00", "issueDate": "2025-01-20", "dueDate": "2025-03-10" }
        ],
        "payments": [payment],
        "asOf": "2025-04-30"
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

/// Each invoice's preskription date (`limitation`), in claim order.
fn preskription_dates(claim: &inkasso::Claim) -> Vec<String> {
    let l = limitation(claim).expect("limitation");
    l.invoices
        .iter()
        .map(|i| i.preskription_date.to_string())
        .collect()
}

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
    let input = business_two_invoices;
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
        preskription_dates(&common::claim(input).expect("claim"))
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

/// The business claim of the review of the designated payments: A's and B's own
/// förseningsersättning (450 kr each), a payment of 1 000 kr for B.
fn business_claim(extra: Value) -> inkasso::Claim {
    let mut input = json!({
        "debtor": "business",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "20000.00", "issueDate": "2025-01-20", "dueDate": "2025-03-10" }
        ],
        "payments": [{ "date": "2025-04-01", "amount": "1000.00", "invoice": "B" }]
    });
    if let (Some(object), Some(more)) = (input.as_object_mut(), extra.as_object()) {
        for (key, value) in more {
            object.insert(key.clone(), value.clone());
        }
    }
    common::claim(input).expect("claim")
}

/// A letter's breakdown says which fee is paid as the allocation left it: B's own, paid by
/// the payment made for B, not A's older one (it spread the fees paid over the lines oldest
/// first).
#[test]
fn a_letters_fees_follow_the_allocation() {
    use inkasso::letter::{letter, LetterOptions};
    let c = business_claim(json!({}));
    let l = letter(
        &c,
        inkasso::StepKind::Reminder,
        common::date("2025-04-15"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    let fees: Vec<(String, String, String, Option<String>)> = l
        .breakdown
        .fees
        .iter()
        .map(|f| {
            let row = (f.date.to_string(), f.paid.to_string(), f.unpaid.to_string());
            (row.0, row.1, row.2, f.invoice.clone())
        })
        .collect();
    assert_eq!(
        fees,
        [
            (
                "2025-02-11".into(),
                "0.00".into(),
                "450.00".into(),
                Some("A".into())
            ),
            (
                "2025-03-11".into(),
                "450.00".into(),
                "0.00".into(),
                Some("B".into())
            )
        ]
    );
}

/// A judgment's costs paid by a payment made for B are paid: the timeline projects no
/// verkställighet for them, and a plan warns of no further year (both read the costs unpaid
/// while A's own fee, older, was: they spread the fees paid oldest first).
#[test]
fn a_judgments_costs_paid_by_a_designated_payment_are_paid() {
    use inkasso::plan::{instalment_plan, Interval, PlanOptions, PlanRequest, Sizing};
    use inkasso::policy::{Policy, PresetId};
    use inkasso::timeline::{timeline, EntryKind, TimelineOptions};
    use inkasso::warning::WarningCode;
    let extra = json!({
        "steps": [{ "kind": "judgment", "date": "2025-05-15", "costs": "2000.00" }],
        "credits": [{ "invoice": "A", "date": "2025-04-01", "amount": "10000.00" }],
        "payments": [{ "date": "2025-05-20", "amount": "22877.95", "invoice": "B" }]
    });
    let c = business_claim(extra.clone());
    let s = inkasso::statement(
        &c,
        &inkasso::StatementOptions::new(common::date("2025-06-02")),
    )
    .expect("statement");
    assert_eq!(s.capital.to_string(), "0.00");
    assert_eq!(
        s.fees.to_string(),
        "450.00",
        "A's own fee is what is left of the fees"
    );
    let options = TimelineOptions {
        today: Some(common::date("2025-06-02")),
        horizon: Some(common::date("2027-12-31")),
        ..TimelineOptions::default()
    };
    let t = timeline(&c, &Policy::preset(PresetId::Standard), &options).expect("timeline");
    assert!(
        !t.entries.iter().any(|e| e.kind == EntryKind::Enforcement),
        "{:?}",
        t.entries
            .iter()
            .map(|e| (e.kind, e.date))
            .collect::<Vec<_>>()
    );
    let mut with_enforcement = extra;
    with_enforcement["steps"]
        .as_array_mut()
        .expect("steps")
        .push(json!({ "kind": "enforcement", "date": "2025-06-02" }));
    let c = business_claim(with_enforcement);
    let plan = PlanRequest {
        date: common::date("2025-07-01"),
        first_date: common::date("2025-08-01"),
        interval: Interval::Months(1),
        sizing: Sizing::Count(12),
        fee: false,
    };
    let schedule = instalment_plan(&c, &plan, &PlanOptions::default()).expect("plan");
    assert!(
        !schedule
            .warnings
            .iter()
            .any(|w| w.code == WarningCode::EnforcementContinues),
        "{:?}",
        schedule.warnings.iter().map(|w| w.code).collect::<Vec<_>>()
    );
}

/// The fee of a step that was not about the invoice is no cost of it: a reminder sent before
/// B fell due was about A alone, so a payment for B leaves its fee to what is left after B.
#[test]
fn a_fee_of_a_step_not_about_the_invoice_waits() {
    let mut input = two_invoices(
        true,
        json!([{ "date": "2025-04-01", "amount": "1500.00", "invoice": "B" }]),
    );
    input["steps"] = json!([{ "kind": "reminder", "date": "2025-03-01" }]);
    let s = common::ok(input.clone());
    let a = s.allocations.last().expect("an allocation");
    let got = [a.fees, a.interest, a.capital, a.credit].map(|m| m.to_string());
    assert_eq!(got, ["0.00", "13.26", "1486.74", "0.00"], "{a:?}");
    assert_eq!(s.fees.to_string(), "60.00");
    // More than B owes (2 013.26): of the 86.74 left, the reminder's fee first, then A's
    // interest (15.07), then 11.67 of A's capital.
    input["payments"][0]["amount"] = json!("2100.00");
    let s = common::ok(input);
    let a = s.allocations.last().expect("an allocation");
    assert_eq!(a.fees.to_string(), "60.00");
    assert_eq!(s.invoices[1].capital.to_string(), "0.00");
    assert_eq!(s.invoices[0].capital.to_string(), "988.33");
}

/// A judgment's litigation costs are costs of the invoices of its case: a payment for an
/// invoice issued after the judgment pays that invoice, not the costs (a review's question).
#[test]
fn a_cases_costs_are_costs_of_its_invoices_only() {
    let s = common::ok(json!({
        "debtor": "business",
        "lateFee": false,
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "5000.00", "issueDate": "2025-07-01", "dueDate": "2025-07-31" }
        ],
        "steps": [
            { "kind": "courtAction", "date": "2025-03-01" },
            { "kind": "judgment", "date": "2025-06-01", "costs": "2000.00" }
        ],
        "payments": [{ "date": "2025-09-01", "amount": "1000.00", "invoice": "B" }],
        "asOf": "2025-09-30"
    }));
    let a = s.allocations.last().expect("an allocation");
    assert!(!a.fees.is_positive(), "{a:?}");
    assert!(a.capital.is_positive(), "{a:?}");
    assert!(s.invoices[1].capital.to_string() != "5000.00");
    assert_eq!(s.invoices[0].capital.to_string(), "10000.00");
}

/// A payment made for A that pays a reminder's fee as A's cost acknowledges A alone: B's
/// preskription runs on (it acknowledged every invoice with capital unpaid, as a payment of a
/// fee of the claim does).
#[test]
fn a_designated_payment_of_a_fee_acknowledges_its_invoice_alone() {
    let mut input = two_invoices(
        true,
        json!([{ "date": "2026-05-01", "amount": "100.00", "invoice": "A" }]),
    );
    input["steps"] = json!([{ "kind": "reminder", "date": "2025-02-20" }]);
    input.as_object_mut().expect("object").remove("asOf");
    let claim = common::claim(input).expect("claim");
    assert_eq!(preskription_dates(&claim), ["2029-05-01", "2028-02-08"]);
}

/// A fee earned only by a newer invoice is its cost alone: a second inkassokrav (charged for
/// B, issued after the first) or a reminder after a demand (about B, which no demand was
/// about) is no cost of A, so a payment for A pays A's own demand's fee, interest and capital.
#[test]
fn a_fee_earned_by_a_newer_invoice_is_not_an_older_ones_cost() {
    let claim = |steps: Value| {
        json!({
            "debtor": "consumer",
            "reminderFeeAgreed": true,
            "invoices": [
                { "number": "A", "amount": "1000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
                { "number": "B", "amount": "2000.00", "issueDate": "2025-03-01", "dueDate": "2025-03-31" }
            ],
            "steps": steps,
            "payments": [{ "date": "2025-04-15", "amount": "400.00", "invoice": "A" }],
            "asOf": "2025-04-30"
        })
    };
    for steps in [
        json!([
            { "kind": "collectionDemand", "date": "2025-02-20" },
            { "kind": "collectionDemand", "date": "2025-04-10" }
        ]),
        json!([
            { "kind": "collectionDemand", "date": "2025-02-20" },
            { "kind": "reminder", "date": "2025-04-10" }
        ]),
    ] {
        let s = common::ok(claim(steps.clone()));
        let a = s.allocations.last().expect("an allocation");
        // A's interest: 1 000 × 11 % × 64/365 = 19.29.
        let got = [a.fees, a.interest, a.capital].map(|m| m.to_string());
        assert_eq!(got, ["180.00", "19.29", "200.71"], "{steps}: {a:?}");
    }
}

/// A letter sent after an invoice was paid in full is no cost of it: a payment made later
/// for that invoice (a settled OCR number quoted again) pays the claim in the usual order,
/// and interrupts the preskription of the invoice it reaches (a docs review's finding).
#[test]
fn a_letter_after_an_invoice_was_settled_is_no_cost_of_it() {
    let input = |invoice: Value| {
        json!({
            "debtor": "consumer",
            "reminderFeeAgreed": true,
            "invoices": [
                { "number": "A", "amount": "1000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
                { "number": "B", "amount": "2000.00", "issueDate": "2024-12-20", "dueDate": "2025-01-20" }
            ],
            "steps": [
                { "kind": "reminder", "date": "2025-01-25" },
                { "kind": "collectionDemand", "date": "2025-03-01" }
            ],
            "payments": [
                { "date": "2025-02-05", "amount": "1000.00", "invoice": "A" },
                { "date": "2025-03-20", "amount": "100.00", "invoice": invoice }
            ]
        })
    };
    let preskription = |invoice: Value| {
        let claim = common::claim(input(invoice)).expect("claim");
        let s = inkasso::statement(
            &claim,
            &inkasso::StatementOptions::new(common::date("2025-03-31")),
        )
        .expect("statement");
        let a = s.allocations.last().expect("allocation").clone();
        (a.fees.to_string(), preskription_dates(&claim))
    };
    let usual = preskription(Value::Null);
    assert_eq!(usual.0, "100.00");
    assert_eq!(
        preskription(json!("A")),
        usual,
        "A was settled before the inkassokrav"
    );
}

/// Was a Known limit (stop 53): an invoice paid in full by a payment made for it before its
/// due date held the timeline's road until that due date, although nothing of it was owed
/// (`letter` and `check` judge by the capital unpaid). Now the road goes on once the other
/// invoices are overdue, as for an invoice credited in full, and the claim's due date (the
/// due entry) is the others' (it never fell due unpaid); paid off only after its due date, it
/// held the road until then, as before.
#[test]
fn an_invoice_paid_off_before_its_due_date_does_not_hold_the_road() {
    let with_credits = |payment: Value, credits: Value| {
        common::claim(json!({
            "debtor": "consumer",
            "invoices": [
                { "number": "A", "amount": "1000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
                { "number": "B", "amount": "2000.00", "issueDate": "2025-01-20", "dueDate": "2025-05-20" }
            ],
            "payments": [payment],
            "credits": credits
        }))
        .expect("claim")
    };
    let claim = |payment: Value| with_credits(payment, json!([]));
    let first_step = |c: &inkasso::Claim| {
        let (t, e) = first_projected(c, "2025-02-05");
        (e.kind, e.date, t.due_date)
    };
    // B paid in full on 2025-02-01 by a payment made for it: the road starts after A's due
    // date.
    let paid = claim(json!({ "date": "2025-02-01", "amount": "2000.00", "invoice": "B" }));
    let (kind, day, due) = first_step(&paid);
    assert_eq!(kind, inkasso::timeline::EntryKind::Reminder);
    assert!(
        day > common::date("2025-02-10") && day < common::date("2025-03-01"),
        "{day}"
    );
    assert_eq!(due, common::date("2025-02-10"));
    // A credit note on B after that (owed back) changes nothing: B was paid off in time (was a
    // defect: the credit note's day was taken as the day B was paid off; a campaign found it).
    // So does one before B's due date (a review found the road waiting for it).
    for (on, amount) in [
        ("2025-06-01", "0.01"),
        ("2025-03-05", "100.00"),
        ("2025-06-05", "100.00"),
    ] {
        let credited = with_credits(
            json!({ "date": "2025-02-01", "amount": "2000.00", "invoice": "B" }),
            json!([{ "invoice": "B", "date": on, "amount": amount }]),
        );
        assert_eq!(first_step(&credited), (kind, day, due), "{on}");
    }
    // A credit note that completes B's payment before its due date: paid off on its day.
    let completed = with_credits(
        json!({ "date": "2025-02-01", "amount": "1900.00", "invoice": "B" }),
        json!([{ "invoice": "B", "date": "2025-03-05", "amount": "100.00" }]),
    );
    let (_, completed_day, completed_due) = first_step(&completed);
    assert_eq!(completed_due, common::date("2025-02-10"));
    assert!(
        completed_day > common::date("2025-03-05") && completed_day < common::date("2025-03-12"),
        "{completed_day}"
    );
    // `letter` and `check` agree: a reminder that day may be sent, and is lawful recorded.
    inkasso::letter::letter(
        &paid,
        inkasso::claim::StepKind::Reminder,
        day,
        10,
        &inkasso::letter::LetterOptions::default(),
    )
    .expect("a reminder may be sent");
    let mut recorded = paid.clone();
    recorded.steps.push(inkasso::claim::Step::new(
        inkasso::claim::StepKind::Reminder,
        day,
    ));
    let findings = inkasso::compliance::check(&recorded, None).expect("check");
    assert!(
        !findings
            .iter()
            .any(|f| f.severity == inkasso::compliance::Severity::Error),
        "{findings:?}"
    );
    // Control: B paid in part, and the same payment without `invoice` (it pays A first and
    // leaves B owed): the road waits for B's due date.
    for other in [
        json!({ "date": "2025-02-01", "amount": "1999.99", "invoice": "B" }),
        json!({ "date": "2025-02-01", "amount": "2000.00" }),
    ] {
        let (_, day, _) = first_step(&claim(other));
        assert!(day > common::date("2025-05-20"), "{day}");
    }
    // Paid off after A's due date, before its own: the road starts the day after the
    // payment, and the claim's due date is A's (B never fell due unpaid).
    let late = claim(json!({ "date": "2025-03-03", "amount": "2000.00", "invoice": "B" }));
    let (_, day, due) = first_step(&late);
    assert!(
        day > common::date("2025-03-03") && day < common::date("2025-03-10"),
        "{day}"
    );
    assert_eq!(due, common::date("2025-02-10"));
}

/// Was a defect (an integrator's review): a reminder sent while B was not yet due was taken
/// as not covering B, so the timeline sent it again once B "fell due", although B was paid
/// off before its due date and never fell due unpaid.
#[test]
fn a_step_need_not_cover_an_invoice_paid_off_in_time() {
    let c = reminded_before_b_fell_due(json!({
        "payments": [{ "date": "2025-04-01", "amount": "2000.00", "invoice": "B" }]
    }));
    let policy = common::policy(json!({ "preset": "standard" }));
    let (t, first) = first_projected(&c, "2025-04-02");
    assert_eq!(first.kind, inkasso::timeline::EntryKind::CollectionDemand);
    assert!(first.date < common::date("2025-04-10"), "{}", first.date);
    assert_eq!(t.due_date, common::date("2025-03-14"));
    // Recorded, `check` finds it lawful.
    let mut recorded = c.clone();
    let mut step =
        inkasso::claim::Step::new(inkasso::claim::StepKind::CollectionDemand, first.date);
    step.payment_term_days = first
        .deadline
        .map(|d| u32::try_from((d - first.date).whole_days()).expect("days"));
    recorded.steps.push(step);
    let findings = inkasso::compliance::check(&recorded, Some(&policy)).expect("check");
    assert!(
        !findings
            .iter()
            .any(|f| f.severity == inkasso::compliance::Severity::Error),
        "{findings:?}"
    );
}

/// Was a defect (a docs review): the same with B credited in full before its due date
/// instead. The README says neither needs a step to cover it, but the timeline sent the
/// reminder again for the credited one.
#[test]
fn a_step_need_not_cover_an_invoice_credited_in_full_in_time() {
    let c = reminded_before_b_fell_due(json!({
        "credits": [{ "invoice": "B", "date": "2025-04-01", "amount": "2000.00" }]
    }));
    let (t, first) = first_projected(&c, "2025-04-02");
    assert_eq!(first.kind, inkasso::timeline::EntryKind::CollectionDemand);
    assert!(first.date < common::date("2025-04-10"), "{}", first.date);
    assert_eq!(t.due_date, common::date("2025-03-14"));
}

/// A (due 2025-03-14) and B (due 2025-05-14), reminded on 2025-03-19 while B was not yet due,
/// with the fields of `extra` (B's payments or credit notes).
fn reminded_before_b_fell_due(extra: serde_json::Value) -> inkasso::Claim {
    let mut input = json!({
        "debtor": "consumer",
        "reminderFeeAgreed": true,
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2025-02-12", "dueDate": "2025-03-14" },
            { "number": "B", "amount": "2000.00", "issueDate": "2025-02-12", "dueDate": "2025-05-14" }
        ],
        "steps": [{ "kind": "reminder", "date": "2025-03-19" }]
    });
    if let (Some(o), serde_json::Value::Object(e)) = (input.as_object_mut(), extra) {
        o.extend(e);
    }
    common::claim(input).expect("claim")
}

/// The timeline of `claim` under the standard policy on `today`, and its first projected entry.
fn first_projected(
    claim: &inkasso::Claim,
    today: &str,
) -> (inkasso::timeline::Timeline, inkasso::timeline::Entry) {
    let options = inkasso::timeline::TimelineOptions {
        today: Some(common::date(today)),
        ..inkasso::timeline::TimelineOptions::default()
    };
    let policy = common::policy(json!({ "preset": "standard" }));
    let t = inkasso::timeline::timeline(claim, &policy, &options).expect("timeline");
    let first = t
        .entries
        .iter()
        .find(|e| e.status == inkasso::timeline::EntryStatus::Projected)
        .expect("a projected step")
        .clone();
    (t, first)
}

/// Each fee line says what is unpaid of it (`FeeLine::unpaid`): the lines' unpaid parts sum
/// to the statement's fees, the oldest fee is paid first in the usual order, and a payment
/// made for B leaves A's own förseningsersättning unpaid while it pays B's, which the sum of
/// fees paid alone could not tell (a debtor-side review: only `letter` said it).
#[test]
fn each_fee_line_says_what_is_unpaid_of_it() {
    let consumer = common::ok(json!({
        "debtor": "consumer",
        "reminderFeeAgreed": true,
        "invoices": [{ "number": "1", "amount": "1000.00", "issueDate": "2026-06-01", "dueDate": "2026-07-01" }],
        "steps": [
            { "kind": "reminder", "date": "2026-07-08" },
            { "kind": "collectionDemand", "date": "2026-07-20" }
        ],
        "payments": [{ "date": "2026-08-01", "amount": "100.00" }],
        "asOf": "2026-08-31"
    }));
    let unpaid: Vec<(String, String)> = consumer
        .fee_lines
        .iter()
        .map(|l| (l.amount.to_string(), l.unpaid.to_string()))
        .collect();
    assert_eq!(
        unpaid,
        [
            ("60.00".into(), "0.00".into()),
            ("180.00".into(), "140.00".into())
        ]
    );
    assert_eq!(consumer.fees.to_string(), "140.00");
    let business = |payment: Value| common::ok(business_two_invoices(payment));
    let for_b = business(json!({ "date": "2025-04-01", "amount": "1000.00", "invoice": "B" }));
    let by_invoice: Vec<(Option<&str>, String)> = for_b
        .fee_lines
        .iter()
        .map(|l| (l.invoice.as_deref(), l.unpaid.to_string()))
        .collect();
    assert_eq!(
        by_invoice,
        [(Some("A"), "450.00".into()), (Some("B"), "0.00".into())]
    );
    let usual = business(json!({ "date": "2025-04-01", "amount": "700.00" }));
    let unpaid: Vec<String> = usual
        .fee_lines
        .iter()
        .map(|l| l.unpaid.to_string())
        .collect();
    assert_eq!(unpaid, ["0.00", "200.00"], "the oldest first");
    for s in [&consumer, &for_b, &usual] {
        let sum = inkasso::Money::sum(s.fee_lines.iter().map(|l| l.unpaid)).expect("sum");
        assert_eq!(sum, s.fees);
    }
}

/// A betalningsföreläggande's costs are not a cost of an invoice paid off before it was
/// applied for: the application seeks what is owed (a B2B review, stop 70: a payment made for
/// A, paid on its due date, paid B's betalningsföreläggande fees ahead of B's older
/// förseningsersättning, where the same payment without `invoice` pays the oldest fee first).
#[test]
fn a_payment_for_an_invoice_paid_off_before_legal_action_pays_none_of_its_costs() {
    let input = |invoice: Option<&str>| {
        let mut late = json!({ "date": "2024-04-02", "amount": "500.00" });
        if let Some(number) = invoice {
            late["invoice"] = json!(number);
        }
        json!({
            "debtor": "business",
            "invoices": [
                { "number": "A", "amount": "1000.00", "issueDate": "2024-02-01", "dueDate": "2024-03-01" },
                { "number": "B", "amount": "5000.00", "issueDate": "2024-02-10", "dueDate": "2024-03-11" }
            ],
            "steps": [{ "kind": "paymentOrder", "date": "2024-03-20" }],
            "payments": [{ "date": "2024-03-01", "amount": "1000.00" }, late],
            "asOf": "2024-04-30"
        })
    };
    let unpaid = |s: &inkasso::Statement| -> Vec<(String, String)> {
        s.fee_lines
            .iter()
            .map(|f| (format!("{:?}", f.kind), f.unpaid.to_string()))
            .collect()
    };
    let for_a = common::ok(input(Some("A")));
    let usual = common::ok(input(None));
    assert_eq!(unpaid(&for_a), unpaid(&usual));
    assert_eq!(
        unpaid(&for_a),
        vec![
            ("LateFee".to_owned(), "0.00".to_owned()),
            ("PaymentOrderFee".to_owned(), "250.00".to_owned()),
            ("PaymentOrderCompensation".to_owned(), "380.00".to_owned()),
        ]
    );
    assert_eq!(for_a.total, usual.total);
}
