//! `check`'s policy finding `FEE_ON_TOP_OF_LATE_FEE` only where förseningsersättning arises.

mod common;

/// A legal review of business claims (stop 50): a policy charging fees on top of
/// förseningsersättning was an error in `check` even for a claim where none can arise (an
/// invoice due before 2013-03-16, or paid on its due date). It concerns only claims where one
/// does.
#[test]
fn fees_on_top_of_late_fee_only_where_a_late_fee_arises() {
    use inkasso::compliance::{check, FindingCode};
    let policy = common::policy(
        serde_json::json!({ "preset": "standard", "fees": { "feesOnTopOfLateFee": true } }),
    );
    let on_top = |claim: serde_json::Value| {
        let claim = common::claim(claim).expect("claim");
        check(&claim, Some(&policy))
            .expect("check")
            .iter()
            .any(|f| f.code == FindingCode::FeeOnTopOfLateFee)
    };
    let invoice = |issue: &str, due: &str| serde_json::json!([{ "number": "A", "amount": "5000.00", "issueDate": issue, "dueDate": due }]);
    assert!(on_top(
        serde_json::json!({ "debtor": "business", "invoices": invoice("2024-01-05", "2024-02-05") })
    ));
    assert!(!on_top(
        serde_json::json!({ "debtor": "business", "invoices": invoice("2012-01-05", "2012-02-06") })
    ));
    assert!(!on_top(serde_json::json!({
        "debtor": "business", "invoices": invoice("2024-01-05", "2024-02-05"),
        "payments": [{ "date": "2024-02-05", "amount": "5000.00" }]
    })));
    // Paid a day late: it arises.
    assert!(on_top(serde_json::json!({
        "debtor": "business", "invoices": invoice("2024-01-05", "2024-02-05"),
        "payments": [{ "date": "2024-02-06", "amount": "5000.00" }]
    })));
    assert!(!on_top(
        serde_json::json!({ "debtor": "consumer", "invoices": invoice("2024-01-05", "2024-02-05") })
    ));
}
