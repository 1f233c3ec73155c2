//! The timeline's `FEE_WAIVED_BY_POLICY` note: a taken step whose fee the policy's fee choices
//! waive says so, with the fee and the amount the claim as recorded charges (a user review of
//! stop 79 found the `lawfulMinimum` preset's amounts 60 kr below `statement` with no word).

mod common;

use inkasso::timeline::{EntryKind, EntryStatus, Timeline};
use inkasso::warning::WarningCode;
use serde_json::{json, Value};

fn claim(steps: Value, extra: Value) -> inkasso::Claim {
    let mut input = json!({
        "debtor": "consumer", "reminderFeeAgreed": true,
        "invoices": [{ "number": "I0", "amount": "8689.70", "issueDate": "2022-12-22", "dueDate": "2023-01-21" }],
        "steps": steps
    });
    if let (Some(base), Some(more)) = (input.as_object_mut(), extra.as_object()) {
        base.extend(more.clone());
    }
    common::claim(input).expect("claim")
}

/// The notes of code `FEE_WAIVED_BY_POLICY` on the taken entries of `kind`, as (date, text).
fn waived(t: &Timeline, kind: EntryKind) -> Vec<(String, String)> {
    t.entries
        .iter()
        .filter(|e| e.kind == kind && e.status == EntryStatus::Taken)
        .flat_map(|e| {
            e.notes
                .iter()
                .filter(|n| n.code == WarningCode::FeeWaivedByPolicy)
                .map(move |n| (e.date.to_string(), n.text().en))
        })
        .collect()
}

#[test]
fn a_taken_reminder_whose_agreed_fee_the_preset_waives_says_so() {
    let c = claim(
        json!([{ "kind": "reminder", "date": "2023-02-06", "paymentTermDays": 10 }]),
        json!({}),
    );
    let minimum = common::policy(json!({ "preset": "lawfulMinimum" }));
    let t = common::timeline_on(&c, &minimum, "2023-02-19");
    let notes = waived(&t, EntryKind::Reminder);
    assert_eq!(notes.len(), 1, "{notes:?}");
    let (date, text) = &notes[0];
    assert_eq!(date, "2023-02-06");
    assert!(text.contains("reminder fee of SEK 60.00"), "{text}");
    assert!(text.contains("`fee: true`"), "{text}");
    // The entry's own fees are empty, and its value is 60 kr below the statement's.
    let entry = t
        .entries
        .iter()
        .find(|e| e.kind == EntryKind::Reminder)
        .expect("the reminder");
    assert!(entry.fees.is_empty());
    // Under the standard preset, which charges it, no note.
    let standard = common::policy(json!({ "preset": "standard" }));
    let t = common::timeline_on(&c, &standard, "2023-02-19");
    assert!(waived(&t, EntryKind::Reminder).is_empty());
}

#[test]
fn no_note_where_the_claim_charges_no_fee_anyway_or_the_step_states_its_own() {
    let minimum = common::policy(json!({ "preset": "lawfulMinimum" }));
    // No reminder fee agreed: the claim charges none, the policy waives nothing.
    let c = claim(
        json!([{ "kind": "reminder", "date": "2023-02-06" }]),
        json!({ "reminderFeeAgreed": false }),
    );
    assert!(waived(
        &common::timeline_on(&c, &minimum, "2023-02-19"),
        EntryKind::Reminder
    )
    .is_empty());
    // The step's own `fee: true` wins over the policy: charged, no note.
    let c = claim(
        json!([{ "kind": "reminder", "date": "2023-02-06", "fee": true }]),
        json!({}),
    );
    let t = common::timeline_on(&c, &minimum, "2023-02-19");
    assert!(waived(&t, EntryKind::Reminder).is_empty());
    let entry = t
        .entries
        .iter()
        .find(|e| e.kind == EntryKind::Reminder)
        .expect("the reminder");
    assert_eq!(entry.fees.len(), 1);
    // A second reminder earns no fee of its own (one per claim): only the first is noted.
    let c = claim(
        json!([
            { "kind": "reminder", "date": "2023-02-06" },
            { "kind": "reminder", "date": "2023-02-20" }
        ]),
        json!({}),
    );
    let notes = waived(
        &common::timeline_on(&c, &minimum, "2023-03-01"),
        EntryKind::Reminder,
    );
    assert_eq!(
        notes.iter().map(|(d, _)| d.as_str()).collect::<Vec<_>>(),
        ["2023-02-06"]
    );
}

#[test]
fn a_taken_inkassokrav_whose_fee_the_policy_waives_says_so() {
    let c = claim(
        json!([{ "kind": "collectionDemand", "date": "2023-02-06", "paymentTermDays": 10 }]),
        json!({}),
    );
    let policy =
        common::policy(json!({ "preset": "standard", "fees": { "collectionFee": false } }));
    let notes = waived(
        &common::timeline_on(&c, &policy, "2023-02-19"),
        EntryKind::CollectionDemand,
    );
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(
        notes[0].1.contains("collection fee of SEK 180.00"),
        "{}",
        notes[0].1
    );
}

#[test]
fn no_note_where_the_claims_own_late_fee_absorbs_the_fee() {
    // A business claim: its förseningsersättning (450 kr) absorbs the reminder fee, so the
    // claim as recorded charges none, even under a policy that turns förseningsersättning off
    // (the differential review of this note).
    let c = claim(
        json!([{ "kind": "reminder", "date": "2024-06-05" }]),
        json!({ "debtor": "business", "invoices": [
            { "number": "1", "amount": "1000.00", "issueDate": "2024-05-01", "dueDate": "2024-05-31" }
        ]}),
    );
    for fees in [json!({ "lateFee": false }), json!({})] {
        let policy = common::policy(json!({ "preset": "lawfulMinimum", "fees": fees }));
        let t = common::timeline_on(&c, &policy, "2024-06-20");
        assert!(waived(&t, EntryKind::Reminder).is_empty(), "{fees}");
    }
    // The claim without förseningsersättning charges the fee: noted.
    let c = claim(
        json!([{ "kind": "reminder", "date": "2024-06-05" }]),
        json!({ "debtor": "business", "lateFee": false, "invoices": [
            { "number": "1", "amount": "1000.00", "issueDate": "2024-05-01", "dueDate": "2024-05-31" }
        ]}),
    );
    let policy = common::policy(json!({ "preset": "lawfulMinimum" }));
    let notes = waived(
        &common::timeline_on(&c, &policy, "2024-06-20"),
        EntryKind::Reminder,
    );
    assert_eq!(notes.len(), 1, "{notes:?}");
}
