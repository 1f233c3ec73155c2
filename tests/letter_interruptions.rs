//! A written reminder or demand interrupts preskription for the invoices it is about: those
//! past their due date on its day (preskriptionslagen 5 § 2, "om fordringen"). A legal review
//! found a reminder sent before B fell due interrupting B's preskription, while the timeline
//! said the same reminder did not cover B and sent it again. And a timeline that stops
//! before a step because of preskription says so.

mod common;

use serde_json::json;

fn claim(steps: serde_json::Value) -> inkasso::Claim {
    common::claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "3000.00", "issueDate": "2022-01-10", "dueDate": "2022-02-09" },
            { "number": "B", "amount": "2000.00", "issueDate": "2022-01-20", "dueDate": "2022-04-29" }
        ],
        "steps": steps
    }))
    .expect("claim")
}

fn dates(c: &inkasso::Claim) -> Vec<(String, String, Option<String>)> {
    inkasso::limitation::limitation(c)
        .expect("limitation")
        .invoices
        .iter()
        .map(|i| {
            (
                i.invoice.clone(),
                i.preskription_date.to_string(),
                i.interruption.as_ref().map(|e| e.date.to_string()),
            )
        })
        .collect()
}

#[test]
fn a_letter_before_an_invoice_fell_due_does_not_interrupt_it() {
    for kind in ["reminder", "collectionDemand", "finalNotice"] {
        let c = claim(json!([{ "kind": kind, "date": "2022-02-15" }]));
        assert_eq!(
            dates(&c),
            [
                ("A".into(), "2025-02-15".into(), Some("2022-02-15".into())),
                ("B".into(), "2025-01-20".into(), None)
            ],
            "{kind}"
        );
        // Sent again once B is overdue, it interrupts B too.
        let again = claim(json!([
            { "kind": kind, "date": "2022-02-15" },
            { "kind": kind, "date": "2022-05-10" }
        ]));
        assert_eq!(dates(&again)[1].1, "2025-05-10", "{kind}");
    }
}

/// The statement reads it alike: B is time-barred after 2025-01-20, A is not.
#[test]
fn the_statement_warns_of_b_time_barred_on_its_own_day() {
    let mut input = json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "3000.00", "issueDate": "2022-01-10", "dueDate": "2022-02-09" },
            { "number": "B", "amount": "2000.00", "issueDate": "2022-01-20", "dueDate": "2022-04-29" }
        ],
        "steps": [{ "kind": "reminder", "date": "2022-02-15" }],
        "asOf": "2025-02-05"
    });
    let s = common::ok(input.clone());
    let barred: Vec<Option<String>> = s
        .warnings
        .iter()
        .filter(|w| w.code.as_str() == "TIME_BARRED")
        .map(|w| w.field())
        .collect();
    assert_eq!(barred, [Some("invoices[1]".to_owned())]);
    input["asOf"] = json!("2025-01-20");
    assert!(!common::warning_codes(&common::ok(input)).contains(&"TIME_BARRED"));
}

/// A legal review: on a claim's last day before preskription (a Saturday), the next step falls
/// after it; the timeline projected nothing and said nothing. It now says why.
#[test]
fn a_timeline_says_why_nothing_is_projected_before_preskription() {
    let claim = common::claim(json!({
        "debtor": "consumer", "reminderFeeAgreed": true,
        "invoices": [{ "number": "1", "amount": "5000.00", "issueDate": "2022-03-01", "dueDate": "2022-03-31" }]
    }))
    .expect("claim");
    let policy = inkasso::policy::Policy::preset(inkasso::policy::PresetId::Standard);
    let t = common::timeline_on(&claim, &policy, "2025-03-01");
    assert!(t
        .entries
        .iter()
        .all(|e| e.status != inkasso::timeline::EntryStatus::Projected));
    let barred: Vec<String> = t
        .warnings
        .iter()
        .filter(|w| w.code.as_str() == "TIME_BARRED")
        .map(|w| w.text().en)
        .collect();
    assert_eq!(
        barred,
        ["The payment reminder of 2025-03-03 is not projected: a debt it would demand is time-barred by then (preskriptionslagen) and may not be demanded."]
    );
}

/// A review: the timeline and `check` judged time-barring by a bound that still counted a
/// reminder sent before B fell due, so they passed (and projected) a demand `letter` refused.
#[test]
fn check_and_the_timeline_read_a_letter_before_the_due_date_alike() {
    let steps = |more: serde_json::Value| {
        let mut s = vec![json!({ "kind": "reminder", "date": "2020-02-14" })];
        s.extend(more.as_array().cloned().unwrap_or_default());
        s
    };
    let claim = |more: serde_json::Value| {
        common::claim(json!({
            "debtor": "consumer", "reminderFeeAgreed": true,
            "invoices": [
                { "number": "A", "amount": "1000.00", "issueDate": "2020-01-10", "dueDate": "2020-02-10" },
                { "number": "B", "amount": "1000.00", "issueDate": "2020-01-20", "dueDate": "2020-03-20" }
            ],
            "steps": steps(more)
        }))
        .expect("claim")
    };
    let with_demand = claim(json!([{ "kind": "collectionDemand", "date": "2023-01-25" }]));
    let codes: Vec<&str> = inkasso::compliance::check(&with_demand, None)
        .expect("check")
        .iter()
        .map(|f| f.code.as_str())
        .collect();
    assert!(codes.contains(&"TIME_BARRED_DEMANDED"), "{codes:?}");
    let policy = inkasso::policy::Policy::preset(inkasso::policy::PresetId::Standard);
    let t = common::timeline_on(&claim(json!([])), &policy, "2023-01-25");
    assert!(
        t.entries
            .iter()
            .all(|e| e.status != inkasso::timeline::EntryStatus::Projected),
        "{:?}",
        t.entries
    );
}
