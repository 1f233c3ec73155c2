//! A verkställighet whose year ran out is not renewed by another title's application: only a
//! further year renews the cases still under way on its day. Before, `limitation` chained the
//! cases that overlapped one after the other (A's application, C's within A's year, B's within
//! C's), so a further year of B renewed A's case, which had ended before B's application (a
//! day-by-day review of stop 70 found it; a package README Known limit until then).

mod common;

use common::date;
use inkasso::limitation::limitation;
use inkasso::warning::WarningCode;
use inkasso::{statement, Claim, StatementOptions};
use serde_json::{json, Value};

fn claim(further_year: bool) -> Claim {
    let mut steps = vec![
        json!({ "kind": "collectionDemand", "date": "2021-02-10" }),
        json!({ "kind": "paymentOrder", "date": "2021-03-01" }),
        json!({ "kind": "enforcement", "date": "2021-04-13" }),
        json!({ "kind": "collectionDemand", "date": "2021-06-04" }),
        json!({ "kind": "paymentOrder", "date": "2021-06-21" }),
        json!({ "kind": "enforcement", "date": "2021-08-03" }),
        json!({ "kind": "collectionDemand", "date": "2022-04-05" }),
        json!({ "kind": "paymentOrder", "date": "2022-04-25" }),
        json!({ "kind": "enforcement", "date": "2022-06-07" }),
    ];
    if further_year {
        steps.push(json!({ "kind": "enforcement", "date": "2023-06-07", "furtherYear": true }));
    }
    common::claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2021-01-04", "dueDate": "2021-02-03" },
            { "number": "C", "amount": "4000.00", "issueDate": "2021-05-03", "dueDate": "2021-06-02" },
            { "number": "B", "amount": "5000.00", "issueDate": "2022-03-01", "dueDate": "2022-03-31" }
        ],
        "steps": Value::Array(steps),
    }))
    .expect("claim")
}

fn preskription_dates(c: &Claim) -> Vec<(String, String)> {
    limitation(c)
        .expect("limitation")
        .invoices
        .iter()
        .map(|i| (i.invoice.clone(), i.preskription_date.to_string()))
        .collect()
}

fn barred_on(c: &Claim, day: &str) -> Vec<Option<String>> {
    statement(c, &StatementOptions::new(date(day)))
        .expect("statement")
        .warnings
        .iter()
        .filter(|w| w.code == WarningCode::TimeBarred)
        .map(|w| w.field())
        .collect()
}

#[test]
fn each_case_ends_a_year_after_its_last_renewal() {
    let expected = [
        ("A".to_owned(), "2025-04-13".to_owned()),
        ("C".to_owned(), "2025-08-03".to_owned()),
        ("B".to_owned(), "2027-06-07".to_owned()),
    ];
    assert_eq!(
        preskription_dates(&claim(false)),
        expected[..2]
            .iter()
            .cloned()
            .chain([("B".to_owned(), "2026-06-07".to_owned())])
            .collect::<Vec<_>>()
    );
    // The further year renews B's case alone: A's ended 2022-04-13, C's 2022-08-03.
    assert_eq!(preskription_dates(&claim(true)), expected);
}

#[test]
fn a_lapsed_case_is_time_barred_whatever_a_later_title_does() {
    let with = claim(true);
    assert_eq!(
        barred_on(&with, "2025-05-01"),
        [Some("invoices[0]".to_owned())]
    );
    assert_eq!(
        barred_on(&with, "2025-09-01"),
        [
            Some("invoices[0]".to_owned()),
            Some("invoices[1]".to_owned())
        ]
    );
    assert!(barred_on(&with, "2025-04-13").is_empty());
}
