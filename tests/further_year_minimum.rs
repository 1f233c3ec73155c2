//! Förordning (1992:1094) om avgifter vid Kronofogdemyndigheten 5 § fjärde stycket (SFS
//! 2007:1297, from 2008-01-01): "Någon ny grundavgift ska inte heller tas ut om det obetalda
//! beloppet understiger 100 kronor." A further year of verkställighet when less than 100 kr is
//! unpaid costs no grundavgift (`UNPAID_UNDER_MINIMUM`); the case goes on, and the next year's
//! fee is judged again.
//! Until stop 80 the engine charged it 600 kr (a Known limit).

mod common;

use inkasso::statement::{statement, StatementOptions};
use inkasso::warning::WarningCode;
use inkasso::Claim;
use serde_json::json;

/// 1 000 kr due 2024-01-31 taken to verkställighet on 2024-05-02; a payment on 2025-04-29
/// leaves `left` unpaid (of the claim as valued that day); a further year on 2025-05-02 and
/// `more` steps.
fn enforced(left: &str, more: &[serde_json::Value]) -> Claim {
    let steps = |extra: &[serde_json::Value]| {
        let mut steps = vec![
            json!({ "kind": "collectionDemand", "date": "2024-02-10" }),
            json!({ "kind": "paymentOrder", "date": "2024-03-11" }),
            json!({ "kind": "judgment", "date": "2024-04-15" }),
            json!({ "kind": "enforcement", "date": "2024-05-02" }),
        ];
        steps.extend(extra.iter().cloned());
        steps
    };
    let base = json!({
        "debtor": "consumer",
        "invoices": [{ "number": "F1", "amount": "1000.00", "issueDate": "2024-01-01", "dueDate": "2024-01-31" }],
        "steps": steps(&[])
    });
    let owed = statement(
        &common::claim(base).expect("claim"),
        &StatementOptions::new(common::date("2025-04-29")),
    )
    .expect("statement")
    .total;
    let left: inkasso::Money = left.parse().expect("money");
    let paid = owed.checked_sub(left).expect("amount");
    let mut all = vec![json!({ "kind": "enforcement", "date": "2025-05-02", "furtherYear": true })];
    all.extend(more.iter().cloned());
    common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "F1", "amount": "1000.00", "issueDate": "2024-01-01", "dueDate": "2024-01-31" }],
        "steps": steps(&all),
        "payments": [{ "date": "2025-04-29", "amount": paid.to_string() }]
    }))
    .expect("claim")
}

use common::titles::enforcement_fees as grundavgifter;

#[test]
fn under_100_kr_unpaid_a_further_year_costs_nothing() {
    let c = enforced("60.00", &[]);
    assert_eq!(grundavgifter(&c, "2025-06-01"), ["2024-05-02 600.00"]);
    let s = statement(&c, &StatementOptions::new(common::date("2025-06-01"))).expect("statement");
    let w = s
        .warnings
        .iter()
        .find(|w| w.code == WarningCode::UnpaidUnderMinimum)
        .expect("UNPAID_UNDER_MINIMUM");
    let en = w.text().en;
    assert!(en.starts_with("No new basic fee for the year of enforcement from 2025-05-02: the amount unpaid, SEK 60."), "{en}");
    assert!(en.contains("is under SEK 100.00"), "{en}");
    // Check finds nothing wrong with the further year itself.
    let findings = inkasso::compliance::check(&c, None).expect("check");
    assert!(findings.iter().all(|f| f.step != Some(4)), "{findings:?}");
}

#[test]
fn at_100_kr_or_more_it_is_charged() {
    let c = enforced("150.00", &[]);
    assert_eq!(
        grundavgifter(&c, "2025-06-01"),
        ["2024-05-02 600.00", "2025-05-02 600.00"]
    );
}

#[test]
fn the_next_year_is_judged_again() {
    // The next further year, a year on, is judged again: with 60 kr left it is under the
    // minimum again.
    let c = enforced(
        "60.00",
        &[json!({ "kind": "enforcement", "date": "2026-05-04", "furtherYear": true })],
    );
    assert_eq!(grundavgifter(&c, "2026-06-01"), ["2024-05-02 600.00"]);
    // A further year recorded within the year after it is within that year: no fee, as
    // before.
    let within = enforced(
        "150.00",
        &[json!({ "kind": "enforcement", "date": "2025-11-03", "furtherYear": true })],
    );
    assert_eq!(
        grundavgifter(&within, "2026-01-01"),
        ["2024-05-02 600.00", "2025-05-02 600.00"]
    );
}

#[test]
fn the_timeline_projects_the_years_without_a_fee_under_the_minimum() {
    let c = enforced("60.00", &[]);
    let t = common::titles::timeline(&c, &common::court_policy(), "2025-06-01", "2026-06-01");
    let years: Vec<(String, usize)> = t
        .entries
        .iter()
        .filter(|e| e.status == inkasso::timeline::EntryStatus::Projected)
        .map(|e| (e.date.to_string(), e.fees.len()))
        .collect();
    assert_eq!(years, [("2026-05-02".to_owned(), 0)], "{years:?}");
    // Its note does not promise a fee the other note says is not taken.
    let notes: Vec<String> = t
        .entries
        .iter()
        .filter(|e| e.status == inkasso::timeline::EntryStatus::Projected)
        .flat_map(|e| e.notes.iter().map(|n| n.text().en))
        .collect();
    assert!(
        notes.contains(&"Enforcement continues another year (further year 2).".to_owned()),
        "{notes:?}"
    );
    assert!(
        notes.iter().all(|n| !n.contains("one more basic fee")),
        "{notes:?}"
    );
}
