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

#[test]
fn a_horizon_before_the_first_invoice_is_the_horizon_at_fault() {
    // Issued 2025-01-10: `final` is valued on the horizon, which may not be before it.
    let claim = claim("consumer", "2025-01-10", "2025-02-10");
    let standard = Policy::preset(PresetId::Standard);
    let options = TimelineOptions {
        today: Some(parse_date("2025-03-01").expect("date")),
        horizon: Some(parse_date("2024-01-01").expect("date")),
        ..TimelineOptions::default()
    };
    let err = timeline(&claim, &standard, &options).expect_err("horizon");
    assert_eq!(
        (err.code(), err.field(), err.message()),
        (
            inkasso::ErrorCode::AsOfBeforeIssue,
            Some("horizon"),
            "the horizon 2024-01-01 is before the first invoice was issued (2025-01-10): the timeline values the claim on its horizon"
        )
    );
    // The issue date itself is a horizon; `today` before the issue date is only a lower bound
    // for the projected steps.
    for (today, horizon) in [(None, Some("2025-01-10")), (Some("2024-01-01"), None)] {
        let options = TimelineOptions {
            today: today.map(|d| parse_date(d).expect("date")),
            horizon: horizon.map(|d| parse_date(d).expect("date")),
            ..TimelineOptions::default()
        };
        let t = timeline(&claim, &standard, &options).expect("timeline");
        assert!(t.entries.len() > 1, "{today:?} {horizon:?}");
    }
}

/// The codes of the notes of the entry of `kind`.
fn note_codes(t: &inkasso::timeline::Timeline, kind: EntryKind) -> Vec<&'static str> {
    t.entries
        .iter()
        .filter(|e| e.kind == kind)
        .flat_map(|e| e.notes.iter().map(|n| n.code.as_str()))
        .collect()
}

#[test]
fn a_claim_late_in_the_calendar_ends_at_its_last_date() {
    use inkasso::calendar::MAX_DATE;
    use inkasso::statement::{statement, StatementOptions};
    // Due Sunday 2199-12-01 → Monday 12-02. Reminder 12-09, deadline 12-19; inkassokrav 7 days
    // later, 12-26 (annandag jul) → 12-27, deadline 10 days later 2200-01-06 (trettondedag jul)
    // → 01-07: valued on 2199-12-31, the last supported date. The betalningsföreläggande would
    // be filed 2200-01-17: left out, and the timeline says so.
    let claim = claim("consumer", "2199-11-01", "2199-12-01");
    let standard = Policy::preset(PresetId::Standard);
    let options = TimelineOptions {
        today: Some(parse_date("2199-12-01").expect("date")),
        ..TimelineOptions::default()
    };
    let t = timeline(&claim, &standard, &options).expect("timeline");
    let got: Vec<(EntryKind, String, Option<String>, String)> = t
        .entries
        .iter()
        .map(|e| {
            (
                e.kind,
                e.date.to_string(),
                e.deadline.map(|d| d.to_string()),
                e.if_paid.as_of.to_string(),
            )
        })
        .collect();
    let s = |x: &str| x.to_owned();
    assert_eq!(
        got,
        [
            (
                EntryKind::Due,
                s("2199-12-02"),
                Some(s("2199-12-02")),
                s("2199-12-02")
            ),
            (
                EntryKind::Reminder,
                s("2199-12-09"),
                Some(s("2199-12-19")),
                s("2199-12-19")
            ),
            (
                EntryKind::CollectionDemand,
                s("2199-12-27"),
                Some(s("2200-01-07")),
                s("2199-12-31")
            ),
        ]
    );
    assert_eq!(
        note_codes(&t, EntryKind::CollectionDemand),
        ["BEYOND_LAST_DATE"]
    );
    assert!(note_codes(&t, EntryKind::Reminder).is_empty());
    let ends: Vec<_> = t
        .warnings
        .iter()
        .filter(|w| w.code.as_str() == "BEYOND_LAST_DATE")
        .collect();
    assert_eq!(ends.len(), 1, "{:?}", t.warnings);
    assert_eq!(
        ends[0].text().en,
        "The next step, the application for a payment order of 2200-01-17, is after 2199-12-31, the last date the engine supports: the timeline ends before it."
    );
    assert_eq!(ends[0].field(), None);
    // The values are the statement's on 2199-12-31 with the two projected steps.
    assert_eq!(t.final_value.as_of, MAX_DATE);
    let mut with_steps = claim.clone();
    for (kind, date) in [
        (inkasso::StepKind::Reminder, "2199-12-09"),
        (inkasso::StepKind::CollectionDemand, "2199-12-27"),
    ] {
        with_steps
            .steps
            .push(inkasso::Step::new(kind, parse_date(date).expect("date")));
    }
    // The timeline assumes the last known referensränta beyond the table; so does this.
    let assumed = inkasso::rates::RateTable::embedded()
        .assuming_through(MAX_DATE.next_day().expect("2200-01-01"))
        .expect("table");
    let st = statement(
        &with_steps,
        &StatementOptions {
            rates: &assumed,
            ..StatementOptions::new(MAX_DATE)
        },
    )
    .expect("statement");
    assert_eq!(t.final_value.total, st.total);
    assert_eq!(t.entries[2].if_paid.total, st.total);
    assert_eq!(st.fees.to_string(), "240.00");
    // Every preset, for both debtors, with and without today: a timeline, never an error, and
    // nothing valued after the last date.
    for debtor in ["consumer", "business"] {
        let claim = claim_of(debtor, "2199-11-01", "2199-12-01");
        for id in PresetId::ALL {
            for today in [None, Some("2199-12-01"), Some("2199-12-31")] {
                let options = TimelineOptions {
                    today: today.map(|d| parse_date(d).expect("date")),
                    ..TimelineOptions::default()
                };
                let t = timeline(&claim, &Policy::preset(id), &options).expect("timeline");
                assert!(t.entries.iter().all(|e| e.date <= MAX_DATE
                    || e.kind == EntryKind::Due
                    || e.status == EntryStatus::Taken));
                assert!(t.entries.iter().all(|e| e.if_paid.as_of <= MAX_DATE));
                assert!(t.final_value.as_of <= MAX_DATE);
            }
        }
    }
}

fn claim_of(debtor: &str, issue: &str, due: &str) -> Claim {
    claim(debtor, issue, due)
}

#[test]
fn a_due_date_moved_past_the_calendar_projects_nothing() {
    use inkasso::calendar::MAX_DATE;
    // Due 2199-12-31 (nyårsafton, a day off) → 2200-01-02: the due entry is valued on
    // 2199-12-31, and the reminder (after the due date) is left out.
    let claim = claim("consumer", "2199-11-01", "2199-12-31");
    let t = timeline(
        &claim,
        &Policy::preset(PresetId::Standard),
        &TimelineOptions::default(),
    )
    .expect("timeline");
    assert_eq!(t.entries.len(), 1);
    let due = &t.entries[0];
    assert_eq!(due.date.to_string(), "2200-01-02");
    assert_eq!(due.if_paid.as_of, MAX_DATE);
    assert_eq!(due.if_paid.total.to_string(), "12500.00");
    assert_eq!(note_codes(&t, EntryKind::Due), ["BEYOND_LAST_DATE"]);
    assert_eq!(
        due.notes[0].text().en,
        "The deadline 2200-01-02 is after 2199-12-31, the last date the engine supports: what settles the claim is valued on 2199-12-31 instead."
    );
    let codes: Vec<&str> = t.warnings.iter().map(|w| w.code.as_str()).collect();
    assert_eq!(codes, ["BEYOND_LAST_DATE"]);
    assert_eq!(t.final_value.as_of, MAX_DATE);
}

#[test]
fn a_projected_plan_that_would_run_past_the_calendar_is_left_out() {
    // Instalments for twelve months from early 2199 run into 2200: the plan is left out.
    let plan_policy = policy(json!({
        "preset": "standard",
        "paymentPlan": { "daysAfter": 10, "count": 12, "intervalMonths": 1 }
    }));
    let claim = claim("consumer", "2198-11-01", "2199-01-01");
    let t = timeline(&claim, &plan_policy, &TimelineOptions::default()).expect("timeline");
    assert!(t.plan.is_none());
    assert!(t.entries.iter().all(|e| e.kind != EntryKind::PaymentPlan));
    let ends: Vec<String> = t
        .warnings
        .iter()
        .filter(|w| w.code.as_str() == "BEYOND_LAST_DATE")
        .map(|w| w.text().en)
        .collect();
    assert_eq!(
        ends,
        ["The next step, the instalment plan of 2199-02-14, runs until 2200-02-14, after 2199-12-31, the last date the engine supports: the timeline ends before it."]
    );
    // A year earlier it fits: the plan is projected, its last instalment 2199-02-15.
    let claim = claim_of("consumer", "2197-11-01", "2198-01-01");
    let t = timeline(&claim, &plan_policy, &TimelineOptions::default()).expect("timeline");
    let schedule = t.plan.expect("a plan");
    assert_eq!(
        schedule.instalments.last().map(|i| i.date.to_string()),
        Some("2199-02-15".to_owned())
    );
    assert!(t
        .warnings
        .iter()
        .all(|w| w.code.as_str() != "BEYOND_LAST_DATE"));
}
