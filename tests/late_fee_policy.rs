//! `check`'s policy finding `FEE_ON_TOP_OF_LATE_FEE` only where förseningsersättning arises, and the input each finding names (`field`).

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
    // Credited in full on its due date: none arises; the day after (the first interest day):
    // it has arisen, as the statement charges it (a review of this change).
    let credited = |date: &str| {
        serde_json::json!({
            "debtor": "business", "invoices": invoice("2024-01-05", "2024-02-05"),
            "credits": [{ "invoice": "A", "date": date, "amount": "5000.00" }]
        })
    };
    assert!(!on_top(credited("2024-02-05")));
    assert!(on_top(credited("2024-02-06")));
    // Paid in part on the due date, the rest credited the next day: it has arisen.
    assert!(on_top(serde_json::json!({
        "debtor": "business", "invoices": invoice("2024-01-05", "2024-02-05"),
        "payments": [{ "date": "2024-02-05", "amount": "3000.00" }],
        "credits": [{ "invoice": "A", "date": "2024-02-06", "amount": "2000.00" }]
    })));
    // Due on a Saturday, paid on the Monday it moves to: on time.
    assert!(!on_top(serde_json::json!({
        "debtor": "business", "invoices": invoice("2024-01-05", "2024-02-03"),
        "payments": [{ "date": "2024-02-05", "amount": "5000.00" }]
    })));
}

/// An integrator's review (stop 50): findings named no input, so a form could not highlight
/// the setting or step at fault as it does for errors and warnings. `field` names it.
#[test]
fn findings_name_the_input_at_fault() {
    use inkasso::compliance::{check, FindingCode, Source};
    let claim = common::claim(serde_json::json!({
        "debtor": "business", "reminderFeeAgreed": true,
        "invoices": [{ "number": "A", "amount": "5000.00", "issueDate": "2024-01-05", "dueDate": "2024-02-05" }],
        "steps": [
            { "kind": "collectionDemand", "date": "2024-02-01", "paymentTermDays": 5 },
            { "kind": "collectionDemand", "date": "2024-03-01", "paymentTermDays": 10 }
        ]
    }))
    .expect("claim");
    let policy = common::policy(serde_json::json!({
        "preset": "standard",
        "collectionDemand": { "paymentTermDays": 5 },
        "fees": { "feesOnTopOfLateFee": true, "interestOnFees": true }
    }));
    let findings = check(&claim, Some(&policy)).expect("check");
    for f in &findings {
        let field = f.field().map(|c| c.into_owned());
        match (f.source, f.step) {
            (Source::History, Some(i)) => assert_eq!(field, Some(format!("steps[{i}]")), "{f:?}"),
            (Source::History, None) => assert_eq!(field, None, "{f:?}"),
            (Source::Policy, _) => assert!(
                field.as_deref().is_some_and(|p| p.starts_with("policy")),
                "{f:?}"
            ),
        }
    }
    // The policy's own findings, on the claim before any step (a history finding of the same
    // code would stand for the policy's).
    let mut plain = claim.clone();
    plain.steps.clear();
    let policy_findings = check(&plain, Some(&policy)).expect("check");
    let policy_field = |code: FindingCode| {
        policy_findings
            .iter()
            .find(|f| f.source == Source::Policy && f.code == code)
            .and_then(|f| f.field())
            .map(|c| c.into_owned())
    };
    assert_eq!(
        policy_field(FindingCode::FeeOnTopOfLateFee).as_deref(),
        Some("policy.fees.feesOnTopOfLateFee")
    );
    assert_eq!(
        policy_field(FindingCode::InterestOnFees).as_deref(),
        Some("policy.fees.interestOnFees")
    );
    assert_eq!(
        policy_field(FindingCode::CollectionTermTooShort).as_deref(),
        Some("policy.collectionDemand.paymentTermDays")
    );
    assert!(findings
        .iter()
        .any(|f| f.source == Source::History && f.step == Some(0)));
    // In the JSON, as errors and warnings have it.
    let json = serde_json::to_value(&findings).expect("json");
    assert!(json
        .as_array()
        .expect("array")
        .iter()
        .any(|f| f["field"] == "steps[0]"));
}
