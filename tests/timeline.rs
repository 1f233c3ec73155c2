//! Snapshot tests of whole timelines: every preset, for a consumer and a business debtor,
//! across Easter, midsommar and Christmas/New Year. Each snapshot is the serialised
//! [`Timeline`] under `tests/snapshots/`. Run with `UPDATE_SNAPSHOTS=1` to rewrite them, then
//! review every changed file by hand for legal sense (dates, holidays, fees) before committing.

use std::path::PathBuf;

use inkasso::input::{read, ClaimInput};
use inkasso::policy::{Policy, PolicyInput, PresetId};
use inkasso::timeline::{timeline, EntryKind, EntryStatus, TimelineOptions};
use inkasso::{calendar::parse_date, Claim};
use serde_json::{json, Value};

/// (name, issue date, due date): the due date puts a deadline of `standard` on the holidays.
const PERIODS: [(&str, &str, &str); 3] = [
    // Reminder 2025-04-08 → deadline 2025-04-18 (långfredagen) → 2025-04-22.
    ("easter", "2025-03-04", "2025-04-03"),
    // Reminder 2025-06-10 → deadline 2025-06-20 (midsommarafton) → 2025-06-23.
    ("midsommar", "2025-05-06", "2025-06-05"),
    // Reminder 2025-12-14 → deadline 2025-12-24 (julafton) → 2025-12-29.
    ("christmas", "2025-11-09", "2025-12-09"),
];

fn claim(debtor: &str, issue: &str, due: &str) -> Claim {
    let input = json!({
        "debtor": debtor,
        "reminderFeeAgreed": true,
        "invoices": [{ "number": "1001", "amount": "12500.00", "issueDate": issue, "dueDate": due }]
    });
    read::<ClaimInput, _>(input)
        .and_then(ClaimInput::into_claim)
        .expect("claim")
}

fn policy(json: Value) -> Policy {
    read::<PolicyInput, _>(json)
        .and_then(PolicyInput::into_policy)
        .expect("policy")
}

fn snapshot(name: &str, got: &Value) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(format!("{name}.json"));
    let text = format!("{}\n", serde_json::to_string_pretty(got).expect("json"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some_and(|v| v == "1") {
        std::fs::write(&path, text).expect("write snapshot");
        return;
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("no snapshot {name}.json: run with UPDATE_SNAPSHOTS=1"));
    assert_eq!(want, text, "snapshot {name} differs");
}

#[test]
fn every_preset_for_both_debtors_across_holidays() {
    for (period, issue, due) in PERIODS {
        for debtor in ["consumer", "business"] {
            let claim = claim(debtor, issue, due);
            for id in PresetId::ALL {
                let got = timeline(&claim, &Policy::preset(id), &TimelineOptions::default())
                    .expect("timeline");
                let got = serde_json::to_value(&got).expect("json");
                snapshot(&format!("{period}-{debtor}-{}", id.as_str()), &got);
            }
        }
    }
}

#[test]
fn taken_steps_are_kept_and_projection_resumes_after_today() {
    let mut claim = claim("consumer", "2025-03-04", "2025-04-03");
    let reminder = parse_date("2025-04-08").expect("date");
    claim
        .steps
        .push(inkasso::Step::new(inkasso::StepKind::Reminder, reminder));
    let today = parse_date("2025-05-20").expect("date");
    let options = TimelineOptions {
        today: Some(today),
        ..TimelineOptions::default()
    };
    let got = timeline(&claim, &Policy::preset(PresetId::Standard), &options).expect("timeline");
    let kinds: Vec<(EntryKind, EntryStatus)> =
        got.entries.iter().map(|e| (e.kind, e.status)).collect();
    assert_eq!(
        kinds,
        vec![
            (EntryKind::Due, EntryStatus::Fact),
            (EntryKind::Reminder, EntryStatus::Taken),
            (EntryKind::CollectionDemand, EntryStatus::Projected),
            (EntryKind::PaymentOrder, EntryStatus::Projected),
            (EntryKind::Enforcement, EntryStatus::Projected),
        ]
    );
    let taken = &got.entries[1];
    assert_eq!(taken.step, Some(0));
    assert_eq!(taken.date, reminder);
    // The reminder's deadline 2025-04-18 is långfredagen: moved to 2025-04-22.
    assert_eq!(
        taken.deadline,
        Some(parse_date("2025-04-22").expect("date"))
    );
    // The inkassokrav would be 2025-04-29 but is not dated before today.
    let demand = &got.entries[2];
    assert_eq!(demand.date, today);
    assert_eq!(
        demand.deadline,
        Some(parse_date("2025-05-30").expect("date"))
    );
    for e in &got.entries[2..] {
        assert!(e.date >= today);
    }
    snapshot(
        "taken-reminder-today",
        &serde_json::to_value(&got).expect("json"),
    );
}

#[test]
fn no_re_projection_of_a_taken_kind_and_no_stage_before_the_latest() {
    let mut claim = claim("business", "2025-11-09", "2025-12-09");
    claim.steps.push(inkasso::Step::new(
        inkasso::StepKind::CollectionDemand,
        parse_date("2025-12-12").expect("date"),
    ));
    let got = timeline(
        &claim,
        &Policy::preset(PresetId::ReminderDemandFinalNotice),
        &TimelineOptions::default(),
    )
    .expect("timeline");
    let kinds: Vec<EntryKind> = got.entries.iter().map(|e| e.kind).collect();
    assert_eq!(
        kinds,
        vec![
            EntryKind::Due,
            EntryKind::CollectionDemand,
            EntryKind::FinalNotice,
            EntryKind::PaymentOrder,
            EntryKind::Enforcement,
        ]
    );
    // The inkassokrav's deadline 2025-12-22 (10 days); the final notice 5 days later would be
    // Saturday 2025-12-27: it is sent on the next bank day, Monday 2025-12-29, its deadline
    // 10 days later 2026-01-08.
    assert_eq!(got.entries[2].date, parse_date("2025-12-29").expect("date"));
    assert_eq!(
        got.entries[2].deadline,
        Some(parse_date("2026-01-08").expect("date"))
    );
}

#[test]
fn waived_fees_are_left_out_exactly() {
    let claim = claim("consumer", "2025-11-09", "2025-12-09");
    let charged = timeline(
        &claim,
        &Policy::preset(PresetId::Standard),
        &TimelineOptions::default(),
    )
    .expect("timeline");
    let waived = timeline(
        &claim,
        &policy(json!({ "fees": { "collectionFee": false, "reminderFee": false } })),
        &TimelineOptions::default(),
    )
    .expect("timeline");
    assert_eq!(waived.policy, "custom");
    let fee_kinds = |t: &inkasso::timeline::Timeline| -> Vec<String> {
        t.entries
            .iter()
            .flat_map(|e| e.fees.iter().map(|f| format!("{:?}", f.kind)))
            .collect()
    };
    assert_eq!(
        fee_kinds(&charged),
        vec![
            "ReminderFee",
            "CollectionFee",
            "PaymentOrderFee",
            "PaymentOrderCompensation",
            "EnforcementFee"
        ]
    );
    assert_eq!(
        fee_kinds(&waived),
        vec![
            "PaymentOrderFee",
            "PaymentOrderCompensation",
            "EnforcementFee"
        ]
    );
    let diff = charged
        .final_value
        .total
        .checked_sub(waived.final_value.total)
        .expect("sub");
    assert_eq!(diff.to_string(), "240.00");
}

#[test]
fn rejects_an_invalid_policy_and_today_out_of_range() {
    let claim = claim("consumer", "2025-11-09", "2025-12-09");
    let mut p = Policy::preset(PresetId::Standard);
    p.payment_order = None;
    let err = timeline(&claim, &p, &TimelineOptions::default()).expect_err("invalid");
    assert_eq!(err.code(), inkasso::ErrorCode::InvalidPolicy);
    let options = TimelineOptions {
        today: time::Date::from_calendar_date(2500, time::Month::January, 1).ok(),
        ..TimelineOptions::default()
    };
    let err = timeline(&claim, &Policy::preset(PresetId::Standard), &options).expect_err("today");
    assert_eq!(
        (err.code(), err.field()),
        (inkasso::ErrorCode::DateOutOfRange, Some("today"))
    );
}
