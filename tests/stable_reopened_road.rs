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
