//! A recorded betalningsföreläggande judged not lawful (its inkassokrav was partial), then a
//! verkställighet the engine charges a grundavgift of its own within the year of the one under
//! way: the road is the same whether `today` is before or after a later payment. The stability
//! check (seed 11575 of the standard sweep) found the verkställighet read as a further year of
//! the earlier title, so the invoice its application was for never had a title, and its road
//! was done again once a payment made a standing dispute moot.
mod common;

use common::stability::{self};
use inkasso::timeline::Entry;
use serde_json::{json, Value};

/// Each projected entry as the check compares it ([`stability::key_with_fees`]).
fn key(e: &Entry) -> String {
    stability::key_with_fees(e)
}

/// Seed 11575: F1 judged and enforced; X disputed before it fell due; a second judgment and its
/// verkställighet (2021-12-24) leave F2 out; F2's reminder, its inkassokrav (partial: X not yet
/// due), its betalningsföreläggande and a verkställighet charged a grundavgift (2022-04-12); X
/// paid on 2023-02-05.
fn seed_11575() -> Value {
    json!({
        "debtor": "business",
        "reminderFeeAgreed": true,
        "invoices": [
            { "number": "F1", "amount": "11200.00", "issueDate": "2020-11-11", "dueDate": "2020-12-11" },
            { "number": "F2", "amount": "45000.00", "issueDate": "2021-11-26", "dueDate": "2021-12-26" },
            { "number": "X", "amount": "3000.00", "issueDate": "2021-07-08", "dueDate": "2022-08-12" }
        ],
        "steps": [
            { "kind": "reminder", "date": "2020-12-20" },
            { "kind": "collectionDemand", "date": "2021-01-11" },
            { "kind": "paymentOrder", "date": "2021-02-01" },
            { "kind": "dispute", "date": "2021-02-08" },
            { "kind": "courtAction", "date": "2021-03-04" },
            { "kind": "judgment", "date": "2021-05-07", "costs": "1301.00" },
            { "kind": "enforcement", "date": "2021-06-04" },
            { "kind": "dispute", "date": "2021-07-17" },
            { "kind": "judgment", "date": "2021-12-13" },
            { "kind": "enforcement", "date": "2021-12-24" },
            { "kind": "reminder", "date": "2021-12-30" },
            { "kind": "collectionDemand", "date": "2022-01-21" },
            { "kind": "paymentOrder", "date": "2022-03-01" },
            { "kind": "enforcement", "date": "2022-04-12" }
        ],
        "payments": [
            { "date": "2022-02-24", "amount": "20920.00", "invoice": "F1" },
            { "date": "2023-02-05", "amount": "7800.00", "invoice": "X" }
        ]
    })
}

#[test]
fn the_road_is_the_same_on_either_side_of_a_payment() {
    let policy = json!({ "preset": "standard" });
    let claim = seed_11575();
    let before = stability::road(&claim, &policy, Some("2023-02-04"), "2027-02-05", key);
    let after = stability::road(&claim, &policy, Some("2023-02-06"), "2027-02-05", key);
    assert_eq!(before, after);
    // The verkställighet of 2022-04-12 rests on F2's utslag: no inkassokrav or
    // betalningsföreläggande for F2 again, only the further years of the one under way.
    assert!(
        before
            .0
            .iter()
            .all(|e| e.starts_with("Enforcement ") && e.contains(" FY ")),
        "{before:?}"
    );
    assert_eq!(before.0.len(), 4, "{before:?}");
}

#[test]
fn recording_the_road_changes_nothing() {
    let policy = json!({ "preset": "standard" });
    stability::stays_the_same_from(
        seed_11575(),
        &policy,
        Some("2023-02-04"),
        "2027-02-05",
        3,
        key,
    );
}

/// Seed 11575 with its last verkställighet changed: `fee: false` (Kronofogden charged the
/// grundavgift, not passed on), or applied for after the anniversary of the claim's year (the
/// engine charges it on the utslag of 2022-03-01 all the same): the same reading, by the title
/// it rests on (a review found both read as a further year again).
fn with_last_enforcement(step: Value) -> Value {
    let mut claim = seed_11575();
    let steps = claim["steps"].as_array_mut().expect("steps");
    steps.pop();
    steps.push(step);
    claim
}

#[test]
fn the_title_decides_not_the_fee_or_the_date() {
    let policy = json!({ "preset": "standard" });
    for step in [
        json!({ "kind": "enforcement", "date": "2022-04-12", "fee": false }),
        json!({ "kind": "enforcement", "date": "2022-06-10" }),
        json!({ "kind": "enforcement", "date": "2022-12-20" }),
    ] {
        let claim = with_last_enforcement(step.clone());
        let before = stability::road(&claim, &policy, Some("2023-02-04"), "2027-02-05", key);
        let after = stability::road(&claim, &policy, Some("2023-02-06"), "2027-02-05", key);
        assert_eq!(before, after, "{step}");
        assert!(
            before
                .0
                .iter()
                .all(|e| e.starts_with("Enforcement ") && e.contains(" FY ")),
            "{step}: {before:?}"
        );
        stability::stays_the_same_from(claim, &policy, Some("2023-02-04"), "2027-02-05", 3, key);
    }
}

/// A review's smaller history: F1's verkställighet (2019-12-06, on a title the history does
/// not record) and its further year, two betalningsföreläggande for F2 (the first before F2
/// was issued) and F2's verkställighet (2021-11-12), `fee: false` or not.
#[test]
fn a_second_titles_verkstallighet_recorded_without_its_fee_is_that_titles() {
    let policy = json!({ "preset": "standard" });
    let claim = |fee: bool| {
        let mut last = json!({ "kind": "enforcement", "date": "2021-11-12" });
        if !fee {
            last["fee"] = json!(false);
        }
        json!({
            "debtor": "business",
            "invoices": [
                { "number": "F1", "amount": "5000.00", "issueDate": "2019-10-19", "dueDate": "2019-11-18" },
                { "number": "F2", "amount": "2000.00", "issueDate": "2020-03-25", "dueDate": "2020-04-24" }
            ],
            "steps": [
                { "kind": "enforcement", "date": "2019-12-06" },
                { "kind": "enforcement", "date": "2021-01-07" },
                { "kind": "paymentOrder", "date": "2021-04-29" },
                { "kind": "paymentOrder", "date": "2021-07-03" },
                last
            ],
            "payments": [{ "date": "2022-08-31", "amount": "1016.00", "invoice": "F1" }]
        })
    };
    let kinds = |fee: bool| -> Vec<String> {
        stability::road(&claim(fee), &policy, None, "2026-12-21", key)
            .0
            .iter()
            .map(|e| e.split(' ').next().unwrap_or("").to_string())
            .collect()
    };
    assert_eq!(kinds(true), kinds(false));
    assert!(
        kinds(false).iter().all(|k| k == "Enforcement"),
        "{:?}",
        kinds(false)
    );
}
