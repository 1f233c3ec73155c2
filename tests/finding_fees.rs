//! A finding about a fee the law does not allow says the fee at stake (`fee`): the statutory
//! amount of the step's kind on its day, what may be owed back to the debtor (a Known limit of
//! stop 51: "findings carry no amounts").

mod common;

use inkasso::compliance::{check, FindingCode};
use serde_json::{json, Value};

fn claim(debtor: &str, agreed: bool, steps: Value, payments: Value) -> inkasso::Claim {
    common::claim(json!({
        "debtor": debtor,
        "reminderFeeAgreed": agreed,
        "invoices": [{ "number": "A1", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" }],
        "steps": steps,
        "payments": payments
    }))
    .expect("claim")
}

/// (code, step, fee) of each finding.
fn fees(c: &inkasso::Claim) -> Vec<(FindingCode, Option<usize>, Option<String>)> {
    check(c, None)
        .expect("check")
        .iter()
        .map(|f| (f.code, f.step, f.facts.fee().map(|m| m.to_string())))
        .collect()
}

#[test]
fn each_fee_finding_names_its_fee() {
    // A reminder fee recorded as claimed though not agreed: the 60 kr of lag 1981:739 2 §.
    let c = claim(
        "consumer",
        false,
        json!([{ "kind": "reminder", "date": "2025-02-20", "fee": true }]),
        json!([]),
    );
    assert_eq!(
        fees(&c),
        [(
            FindingCode::ReminderFeeNotAgreed,
            Some(0),
            Some("60.00".to_owned())
        )]
    );
    // A second inkassokrav recorded as claiming its fee: 180 kr.
    let c = claim(
        "consumer",
        true,
        json!([
            { "kind": "collectionDemand", "date": "2025-02-20" },
            { "kind": "collectionDemand", "date": "2025-03-20", "fee": true }
        ]),
        json!([]),
    );
    assert!(fees(&c).contains(&(
        FindingCode::FeeChargedTwice,
        Some(1),
        Some("180.00".to_owned())
    )));
    // A betalningsföreläggande after the capital was paid: Kronofogden's 300 kr and the
    // creditor's 380 kr.
    let c = claim(
        "consumer",
        true,
        json!([
            { "kind": "collectionDemand", "date": "2025-02-20" },
            { "kind": "paymentOrder", "date": "2025-04-01" }
        ]),
        json!([{ "date": "2025-03-15", "amount": "10500.00" }]),
    );
    assert!(
        fees(&c).contains(&(
            FindingCode::KronofogdenWithoutDebt,
            Some(1),
            Some("680.00".to_owned())
        )),
        "{:?}",
        fees(&c)
    );
    // A verkställighet within a year of the last: its grundavgift, 600 kr.
    let c = claim(
        "consumer",
        true,
        json!([
            { "kind": "collectionDemand", "date": "2025-02-20" },
            { "kind": "paymentOrder", "date": "2025-03-20" },
            { "kind": "enforcement", "date": "2025-05-20" },
            { "kind": "enforcement", "date": "2025-09-20" }
        ]),
        json!([]),
    );
    assert!(
        fees(&c).contains(&(
            FindingCode::EnforcementWithinAYear,
            Some(3),
            Some("600.00".to_owned())
        )),
        "{:?}",
        fees(&c)
    );
    // A business debtor's inkassokrav fee on top of förseningsersättning: 180 kr.
    let c = claim(
        "business",
        true,
        json!([{ "kind": "collectionDemand", "date": "2025-02-20", "fee": true }]),
        json!([]),
    );
    assert!(
        fees(&c).contains(&(
            FindingCode::FeeOnTopOfLateFee,
            Some(0),
            Some("180.00".to_owned())
        )),
        "{:?}",
        fees(&c)
    );
}

#[test]
fn findings_about_no_fee_have_none_and_the_json_says_it() {
    let c = claim(
        "consumer",
        false,
        json!([
            { "kind": "reminder", "date": "2025-02-20", "fee": true },
            { "kind": "collectionDemand", "date": "2025-02-05" }
        ]),
        json!([]),
    );
    let f = check(&c, None).expect("check");
    let json = serde_json::to_value(&f).expect("json");
    for (finding, value) in f.iter().zip(json.as_array().expect("array")) {
        match finding.code {
            FindingCode::ReminderFeeNotAgreed => assert_eq!(value["fee"], "60.00"),
            FindingCode::CollectionDemandNotOverdue => assert!(value.get("fee").is_none()),
            _ => {}
        }
    }
    assert!(f
        .iter()
        .any(|x| x.code == FindingCode::CollectionDemandNotOverdue));
    // The fee in force on the step's day: an inkassokrav's was 160 kr before SFS 2013:56.
    let old = common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "A1", "amount": "10000.00", "issueDate": "2012-01-10", "dueDate": "2012-02-10" }],
        "steps": [
            { "kind": "collectionDemand", "date": "2012-02-20" },
            { "kind": "collectionDemand", "date": "2012-03-20", "fee": true }
        ]
    }))
    .expect("claim");
    let twice = fees(&old)
        .into_iter()
        .find(|(code, _, _)| *code == FindingCode::FeeChargedTwice)
        .and_then(|(_, _, fee)| fee);
    let table = inkasso::fees::FeeKind::CollectionFee
        .parameter_on(common::date("2012-03-20"))
        .map(|p| p.amount.to_string());
    assert_eq!(twice.as_deref(), Some("160.00"));
    assert_eq!(twice, table);
}
