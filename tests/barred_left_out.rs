//! A verkställighet is about the invoices its title decided: an invoice the title left out
//! being time-barred does not stop it (a review found the timeline projecting nothing at all,
//! not even the verkställighet on the judgment, once an invoice left out of the judgment's case
//! was time-barred, and `check` flagging a recorded one as demanding that invoice).
//!
//! History (consumer): A 10 000 kr, due 2025-02-10; C 3 000 kr, issued 2025-03-01, due
//! 2025-03-31. Inkassokrav 2025-02-20 (before C was issued); stämningsansökan 2025-03-20 (A's
//! case: C not yet due); a slow court, judgment 2028-06-01. Nothing ever interrupted C's
//! preskription (preskriptionslagen 2 § 2 st.: three years for a consumer's debt), so it is
//! time-barred after 2028-03-01; the judgment is a title for A (utsökningsbalken 3 kap. 1 §),
//! and its verkställighet demands A alone.

mod common;

use common::date;
use serde_json::{json, Value};

fn claim(extra: Value) -> inkasso::Claim {
    let mut steps = vec![
        json!({ "kind": "collectionDemand", "date": "2025-02-20", "paymentTermDays": 10 }),
        json!({ "kind": "courtAction", "date": "2025-03-20" }),
        json!({ "kind": "judgment", "date": "2028-06-01" }),
    ];
    steps.extend(extra.as_array().cloned().unwrap_or_default());
    common::claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "C", "amount": "3000.00", "issueDate": "2025-03-01", "dueDate": "2025-03-31" }
        ],
        "steps": steps
    }))
    .expect("claim")
}

/// Sanity: C is time-barred (after 2028-03-01), A is not (the judgment started a new period).
#[test]
fn c_is_time_barred_and_a_is_not() {
    let lim = inkasso::limitation::limitation(&claim(json!([]))).expect("limitation");
    let of = |n: &str| {
        lim.invoices
            .iter()
            .find(|i| i.invoice == n)
            .expect("invoice")
            .preskription_date
    };
    assert_eq!(of("C"), date("2028-03-01"));
    assert!(of("A") > date("2030-01-01"), "{:?}", of("A"));
}

/// The timeline projects the verkställighet on the judgment.
#[test]
fn the_judgment_is_enforced_though_c_is_time_barred() {
    let got = common::projected(&claim(json!([])), &common::court_policy(), "2028-06-02");
    assert_eq!(
        got.first().map(|(kind, _)| kind.as_str()),
        Some("enforcement"),
        "{got:?}"
    );
}

/// `check` finds a recorded verkställighet on the judgment lawful: it does not demand C.
#[test]
fn check_does_not_read_the_verkstallighet_as_demanding_c() {
    let c = claim(json!([{ "kind": "enforcement", "date": "2028-06-10" }]));
    let findings: Vec<String> = inkasso::compliance::check(&c, Some(&common::court_policy()))
        .expect("check")
        .iter()
        .map(|f| f.code.as_str().to_owned())
        .collect();
    assert!(
        !findings.iter().any(|c| c == "TIME_BARRED_DEMANDED"),
        "{findings:?}"
    );
}
