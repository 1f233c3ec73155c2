//! Snapshot tests of whole timelines: every preset, for a consumer and a business debtor,
//! across Easter, midsommar and Christmas/New Year. Each snapshot is the serialised
//! [`Timeline`] under `tests/snapshots/`. Run with `UPDATE_SNAPSHOTS=1` to rewrite them, then
//! review every changed file by hand for legal sense (dates, holidays, fees) before committing.

use std::path::PathBuf;

use inkasso::input::{read, ClaimInput};
use inkasso::policy::{Policy, PolicyInput, PresetId};
use inkasso::timeline::{timeline, EntryKind, EntryStatus, Timeline, TimelineOptions};
use inkasso::{calendar::parse_date, Claim};
use serde_json::{json, Value};
use time::Date;

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
    // Saturday 2025-12-27: it is sent on the next bank day, Monday 2025-12-29. Its 10 days end
    // 2026-01-08; a demand, it leaves four bank days after its assumed receipt (2026-01-02:
    // 01-05, 01-07, 01-08, 01-09, trettondedag jul off), so its deadline is 2026-01-09.
    assert_eq!(got.entries[2].date, parse_date("2025-12-29").expect("date"));
    assert_eq!(
        got.entries[2].deadline,
        Some(parse_date("2026-01-09").expect("date"))
    );
    assert_eq!(got.entries[3].kind, EntryKind::PaymentOrder);
    assert!(got.entries[3].date > parse_date("2026-01-09").expect("date"));
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
    // → 01-07, extended to 01-09 for four bank days after its assumed receipt on 01-02
    // (nyårsafton and nyårsdagen are off): valued on 2199-12-31, the last supported date. The
    // betalningsföreläggande would be filed 2200-01-20 (10 days after the deadline, moved off
    // the weekend): left out, and the timeline says so.
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
                Some(s("2200-01-09")),
                s("2199-12-31")
            ),
        ]
    );
    // The term's extension, then the valuation on the last date.
    assert_eq!(
        note_codes(&t, EntryKind::CollectionDemand),
        ["PROJECTION_ADJUSTED", "BEYOND_LAST_DATE"]
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
        "The next step, the application for a payment order of 2200-01-20, is after 2199-12-31, the last date the engine supports: the timeline ends before it."
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

// ---------------------------------------------------------------------------------------------
// What settles the claim at each entry, and when the claim is paid (review of 2026-12).

fn claim_json(input: Value) -> Claim {
    read::<ClaimInput, _>(input)
        .and_then(ClaimInput::into_claim)
        .expect("claim")
}

fn policy_of(json: Value) -> Policy {
    match json {
        Value::String(id) => policy(json!({ "preset": id })),
        other => policy(other),
    }
}

fn on(today: &str) -> TimelineOptions<'static> {
    TimelineOptions {
        today: Some(parse_date(today).expect("date")),
        ..TimelineOptions::default()
    }
}

/// The steps as the timeline's engine sees them: every entry's step, taken (as the claim
/// records it) or projected (a reminder without a fee where none was agreed or one sent before
/// earned its fee; an inkassokrav at least the minimum term), with `fee: false` where the policy
/// waives the fee of its kind and the step does not state its own. An independent
/// reconstruction.
fn engine_steps(claim: &Claim, policy: &Policy, t: &Timeline) -> Vec<(Date, inkasso::Step)> {
    use inkasso::{Step, StepKind};
    let mut reminders = 0;
    // Whether a reminder's fee was charged (or absorbed by förseningsersättning).
    let earned = |e: &inkasso::timeline::Entry| {
        e.fees
            .iter()
            .any(|f| f.kind == inkasso::fees::FeeKind::ReminderFee)
            || e.notes
                .iter()
                .any(|n| n.code == inkasso::warning::WarningCode::FeeAbsorbedByLateFee)
    };
    let mut out = Vec::new();
    for e in &t.entries {
        let Some(kind) = e.kind.step_kind() else {
            continue;
        };
        let mut step = match e.step {
            Some(i) if e.status == EntryStatus::Taken => claim.steps[i],
            _ => {
                let mut s = Step::new(kind, e.date);
                s.further_year = e.further_year;
                if kind == StepKind::Reminder && (!claim.reminder_fee_agreed || reminders > 0) {
                    s.fee = Some(false);
                }
                s
            }
        };
        if kind == StepKind::Reminder && earned(e) {
            reminders += 1;
        }
        let waived = match kind {
            StepKind::Reminder => !policy.fees.reminder_fee,
            StepKind::CollectionDemand => !policy.fees.collection_fee,
            _ => false,
        };
        if waived && step.fee.is_none() {
            step.fee = Some(false);
        }
        out.push((e.date, step));
    }
    out
}

/// The statement on `as_of` of the claim with every step of the timeline dated on or before it
/// (taken and projected), under the policy's fee choices.
fn statement_with_steps_by(
    claim: &Claim,
    policy: &Policy,
    steps: &[(Date, inkasso::Step)],
    as_of: Date,
) -> inkasso::Statement {
    use inkasso::rates::RateTable;
    use inkasso::statement::{statement, StatementOptions};
    let mut copy = claim.clone();
    copy.late_fee = claim.late_fee && policy.fees.late_fee;
    copy.steps = steps
        .iter()
        .filter(|(d, _)| *d <= as_of)
        .map(|(_, s)| *s)
        .collect();
    let table = RateTable::embedded()
        .assuming_through(inkasso::calendar::next_day(as_of).expect("in range"))
        .expect("table");
    let options = StatementOptions {
        rates: &table,
        ..StatementOptions::new(as_of)
    };
    statement(&copy, &options).expect("statement")
}

/// Every entry's `ifPaid` is the statement on its day of the claim with every step of the
/// timeline dated on or before that day.
fn assert_if_paid_is_the_statement(claim: &Claim, policy: &Policy, t: &Timeline, case: &str) {
    let steps = engine_steps(claim, policy, t);
    for e in &t.entries {
        let p = &e.if_paid;
        let s = statement_with_steps_by(claim, policy, &steps, p.as_of);
        assert_eq!(
            (p.capital, p.interest, p.fees, p.total, p.per_diem),
            (s.capital, s.interest, s.fees, s.total, s.per_diem),
            "{case}: {:?} {:?} on {}, valued on {}",
            e.kind,
            e.status,
            e.date,
            p.as_of
        );
    }
}

/// The day the claim's capital is all paid with every step of the timeline, if it is.
fn settled_with_every_step(claim: &Claim, policy: &Policy, t: &Timeline) -> Option<Date> {
    let steps = engine_steps(claim, policy, t);
    let last = steps
        .iter()
        .map(|(d, _)| *d)
        .chain(claim.payments.iter().map(|p| p.date))
        .chain(claim.credits.iter().map(|c| c.date))
        .max()?
        .min(inkasso::calendar::MAX_DATE);
    let s = statement_with_steps_by(claim, policy, &steps, last);
    let mut reductions: Vec<(Date, u8, inkasso::Money)> = s
        .allocations
        .iter()
        .map(|a| (a.date, 1, a.capital))
        .chain(claim.credits.iter().map(|c| (c.date, 0, c.amount)))
        .collect();
    reductions.sort_by_key(|r| (r.0, r.1));
    let mut capital = claim.total_capital().expect("capital");
    for (date, _, amount) in reductions {
        capital = capital.saturating_sub_to_zero(amount);
        if !capital.is_positive() {
            return Some(date);
        }
    }
    None
}

/// (entry kind, status, date, deadline or "-", ifPaid as of, ifPaid fees, ifPaid total)
type Row = (
    EntryKind,
    EntryStatus,
    String,
    String,
    String,
    String,
    String,
);

fn rows_of(t: &Timeline) -> Vec<Row> {
    t.entries
        .iter()
        .map(|e| {
            (
                e.kind,
                e.status,
                e.date.to_string(),
                e.deadline.map_or("-".to_owned(), |d| d.to_string()),
                e.if_paid.as_of.to_string(),
                e.if_paid.fees.to_string(),
                e.if_paid.total.to_string(),
            )
        })
        .collect()
}

fn row(
    kind: EntryKind,
    status: EntryStatus,
    date: &str,
    deadline: &str,
    as_of: &str,
    fees: &str,
    total: &str,
) -> Row {
    let s = |x: &str| x.to_owned();
    (
        kind,
        status,
        s(date),
        s(deadline),
        s(as_of),
        s(fees),
        s(total),
    )
}

#[test]
fn if_paid_counts_every_step_sent_by_the_entry_s_day() {
    use EntryKind::{CollectionDemand as Demand, Due, Enforcement, PaymentOrder, Reminder};
    use EntryStatus::{Fact, Projected, Taken};
    let two_invoices = json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "1", "amount": "10000.00", "issueDate": "2025-02-12", "dueDate": "2025-03-14" },
            { "number": "2", "amount": "5000.00", "issueDate": "2025-02-20", "dueDate": "2025-03-20" }
        ],
        "steps": [{ "kind": "reminder", "date": "2025-03-17" }]
    });
    let one_invoice = json!({
        "debtor": "consumer", "reminderFeeAgreed": true,
        "invoices": [{ "number": "1", "amount": "10000.00", "issueDate": "2025-02-12", "dueDate": "2025-03-14" }]
    });
    let mut taken_demand = one_invoice.clone();
    taken_demand["steps"] =
        json!([{ "kind": "collectionDemand", "date": "2025-03-10", "paymentTermDays": 30 }]);
    let cases: Vec<(&str, Value, Value, &str, Vec<Row>)> = vec![
        (
            // The inkassokrav of 2025-03-21 (180 kr) is sent before the reminder's deadline
            // 2025-03-27: paying on that deadline settles it too. 10 000 at 10.50 % for 13 days
            // = 37.40; 5 000 for 7 days = 10.07 (…) as the statement of that history gives it.
            "a projected inkassokrav before a taken reminder's deadline",
            two_invoices,
            json!("lawfulMinimum"),
            "2025-03-17",
            vec![
                row(
                    Reminder,
                    Taken,
                    "2025-03-17",
                    "2025-03-27",
                    "2025-03-27",
                    "180.00",
                    "15229.73",
                ),
                row(
                    Due,
                    Fact,
                    "2025-03-20",
                    "2025-03-20",
                    "2025-03-20",
                    "0.00",
                    "15018.08",
                ),
                row(
                    Demand,
                    Projected,
                    "2025-03-21",
                    "2025-03-31",
                    "2025-03-31",
                    "180.00",
                    "15247.81",
                ),
                row(
                    PaymentOrder,
                    Projected,
                    "2025-04-01",
                    "-",
                    "2025-04-01",
                    "860.00",
                    "15932.33",
                ),
                row(
                    Enforcement,
                    Projected,
                    "2025-05-13",
                    "-",
                    "2025-05-13",
                    "1460.00",
                    "16722.19",
                ),
            ],
        ),
        (
            // An inkassokrav taken before the due date (it does not count, and earns no fee)
            // with a 30-day term: its deadline 2025-04-09 outlasts the projected reminder
            // (60 kr) and the inkassokrav that replaces it (2025-04-07, 180 kr), both in what
            // settles the claim on that deadline.
            "a taken inkassokrav whose deadline outlasts projected steps",
            taken_demand,
            json!("standard"),
            "2025-03-14",
            vec![
                row(
                    Demand,
                    Taken,
                    "2025-03-10",
                    "2025-04-09",
                    "2025-04-09",
                    "240.00",
                    "10318.36",
                ),
                row(
                    Due,
                    Fact,
                    "2025-03-14",
                    "2025-03-14",
                    "2025-03-14",
                    "0.00",
                    "10000.00",
                ),
                row(
                    Reminder,
                    Projected,
                    "2025-03-19",
                    "2025-03-31",
                    "2025-03-31",
                    "60.00",
                    "10111.23",
                ),
                row(
                    Demand,
                    Projected,
                    "2025-04-07",
                    "2025-04-17",
                    "2025-04-17",
                    "240.00",
                    "10342.47",
                ),
                row(
                    PaymentOrder,
                    Projected,
                    "2025-04-28",
                    "-",
                    "2025-04-28",
                    "920.00",
                    "11055.62",
                ),
                row(
                    Enforcement,
                    Projected,
                    "2025-06-10",
                    "-",
                    "2025-06-10",
                    "1520.00",
                    "11785.21",
                ),
            ],
        ),
        (
            // collectionDemand.daysAfter 0: the inkassokrav is sent the day after the reminder's
            // deadline (the debtor may pay through it), so paying on the deadline settles the
            // claim without the inkassokrav's 180 kr, as a betalningsföreläggande with
            // daysAfter 0 waits for the day after the inkassokrav's deadline.
            "an inkassokrav with daysAfter 0 after the reminder's deadline",
            one_invoice,
            json!({ "preset": "standard", "collectionDemand": { "daysAfter": 0, "paymentTermDays": 10 } }),
            "2025-03-14",
            vec![
                row(
                    Due,
                    Fact,
                    "2025-03-14",
                    "2025-03-14",
                    "2025-03-14",
                    "0.00",
                    "10000.00",
                ),
                // The deadline 2025-03-29 is a Saturday: Monday 2025-03-31.
                row(
                    Reminder,
                    Projected,
                    "2025-03-19",
                    "2025-03-31",
                    "2025-03-31",
                    "60.00",
                    "10111.23",
                ),
                row(
                    Demand,
                    Projected,
                    "2025-04-01",
                    "2025-04-11",
                    "2025-04-11",
                    "240.00",
                    "10324.38",
                ),
                row(
                    PaymentOrder,
                    Projected,
                    "2025-04-22",
                    "-",
                    "2025-04-22",
                    "920.00",
                    "11037.53",
                ),
                row(
                    Enforcement,
                    Projected,
                    "2025-06-04",
                    "-",
                    "2025-06-04",
                    "1520.00",
                    "11767.12",
                ),
            ],
        ),
    ];
    for (name, claim_input, policy_input, today, want) in cases {
        let claim = claim_json(claim_input);
        let policy = policy_of(policy_input);
        let t = timeline(&claim, &policy, &on(today)).expect(name);
        assert_if_paid_is_the_statement(&claim, &policy, &t, name);
        assert_eq!(rows_of(&t), want, "{name}");
    }
}

#[test]
fn nothing_is_projected_once_the_claim_is_paid_on_the_timeline_s_own_figures() {
    use EntryKind::{CollectionDemand, Due, Enforcement, PaymentOrder, Reminder};
    // 10 000 due 2025-02-10, a reminder taken 2025-02-14, 10 150 paid 2025-03-20: 38 days at
    // 11 % = 114.52 of interest. Without a reminder fee the payment settles the claim (with
    // 35.48 over); with the 60 kr fee 24.52 of capital stays owed.
    let paid = |fee: Option<bool>| {
        let mut reminder = json!({ "kind": "reminder", "date": "2025-02-14" });
        if let Some(fee) = fee {
            reminder["fee"] = json!(fee);
        }
        claim_json(json!({
            "debtor": "consumer", "reminderFeeAgreed": true,
            "invoices": [{ "number": "1", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" }],
            "steps": [reminder],
            "payments": [{ "date": "2025-03-20", "amount": "10150.00" }]
        }))
    };
    /// (case, the reminder's `fee`, policy, entry kinds, `final` total or "" for any)
    type Case<'a> = (&'a str, Option<bool>, Value, Vec<EntryKind>, &'a str);
    let cases: Vec<Case> = vec![
        // lawfulMinimum charges no reminder fee: the reminder that states none claims none,
        // the claim is paid on 2025-03-20 and nothing is projected (was: inkassokrav,
        // betalningsföreläggande and verkställighet, each "ifPaid 0.00").
        (
            "lawfulMinimum, the reminder's fee unstated",
            None,
            json!("lawfulMinimum"),
            vec![Due, Reminder],
            "0.00",
        ),
        (
            "lawfulMinimum, the reminder claimed no fee",
            Some(false),
            json!("lawfulMinimum"),
            vec![Due, Reminder],
            "0.00",
        ),
        // The reminder's own fact wins over the policy (as in `check`): 60 kr, 24.52 owed.
        (
            "lawfulMinimum, the reminder claimed its fee",
            Some(true),
            json!("lawfulMinimum"),
            vec![Due, Reminder, CollectionDemand, PaymentOrder, Enforcement],
            "",
        ),
        (
            "standard charges the reminder fee",
            None,
            json!("standard"),
            vec![Due, Reminder, CollectionDemand, PaymentOrder, Enforcement],
            "",
        ),
        (
            "standard, the reminder claimed no fee",
            Some(false),
            json!("standard"),
            vec![Due, Reminder],
            "0.00",
        ),
    ];
    for (name, fee, policy_input, kinds, final_total) in cases {
        let claim = paid(fee);
        let policy = policy_of(policy_input);
        let t = timeline(&claim, &policy, &on("2025-04-01")).expect(name);
        let got: Vec<EntryKind> = t.entries.iter().map(|e| e.kind).collect();
        assert_eq!(got, kinds, "{name}");
        if !final_total.is_empty() {
            assert_eq!(t.final_value.total.to_string(), final_total, "{name}");
        }
        assert_if_paid_is_the_statement(&claim, &policy, &t, name);
        // Every projected step comes before the claim is paid on the timeline's own figures,
        // and each is valued with capital still owed on its date.
        let settled = settled_with_every_step(&claim, &policy, &t);
        for e in t
            .entries
            .iter()
            .filter(|e| e.status == EntryStatus::Projected)
        {
            assert!(
                settled.is_none_or(|s| e.date < s),
                "{name}: {:?} {}",
                e.kind,
                e.date
            );
            assert!(
                e.notes.iter().all(|n| n.code.as_str() != "CLAIM_SETTLED"),
                "{name}: {:?}",
                e.kind
            );
        }
    }
}

#[test]
fn a_projected_fee_before_a_recorded_payment_puts_off_the_settlement() {
    use EntryKind::{CollectionDemand, Due, Enforcement, PaymentOrder};
    // 10 000 due 2025-02-10, a payment to come on 2025-03-20; today 2025-02-10, no reminder.
    // The inkassokrav (2025-02-17, 180 kr) and the betalningsföreläggande (2025-03-10, 300 +
    // 380 kr) come before the payment, which pays their fees first: 10 150 (more than capital
    // and interest) leaves capital owed, and verkställighet follows; 11 000 pays it all.
    let claim = |amount: &str| {
        claim_json(json!({
            "debtor": "consumer",
            "invoices": [{ "number": "1", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" }],
            "payments": [{ "date": "2025-03-20", "amount": amount }]
        }))
    };
    let policy = policy_of(json!({ "preset": "standard", "reminder": null }));
    let cases: Vec<(&str, Vec<EntryKind>)> = vec![
        (
            "10150.00",
            vec![Due, CollectionDemand, PaymentOrder, Enforcement],
        ),
        ("11000.00", vec![Due, CollectionDemand, PaymentOrder]),
    ];
    for (amount, kinds) in cases {
        let claim = claim(amount);
        let t = timeline(&claim, &policy, &on("2025-02-10")).expect(amount);
        let got: Vec<EntryKind> = t.entries.iter().map(|e| e.kind).collect();
        assert_eq!(got, kinds, "{amount}");
        assert_if_paid_is_the_statement(&claim, &policy, &t, amount);
        let settled = settled_with_every_step(&claim, &policy, &t);
        for e in t
            .entries
            .iter()
            .filter(|e| e.status == EntryStatus::Projected)
        {
            assert!(
                settled.is_none_or(|s| e.date < s),
                "{amount}: {:?} {}",
                e.kind,
                e.date
            );
        }
    }
}

#[test]
fn a_projected_plan_comes_after_the_recorded_payments() {
    use inkasso::plan::{instalment_plan, Interval, PlanOptions, PlanRequest, Sizing};
    use inkasso::{Money, Payment, Step, StepKind};
    use EntryKind::{CollectionDemand, Due, PaymentPlan};
    // 10 000 due 2025-02-10, today 2025-02-10, the plan route of seed 001: inkassokrav
    // 2025-02-17 (deadline 02-27), plan 5 days later, 2025-03-04. A payment is recorded for
    // 2025-03-20: the plan is agreed for what is owed after it (dated 2025-03-20, a note says
    // why), and a payment that settles the claim leaves no plan (was: INVALID_PLAN at
    // `policy.paymentPlan.plan.count`).
    let claim = |amount: &str| {
        claim_json(json!({
            "debtor": "consumer",
            "invoices": [{ "number": "1", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" }],
            "payments": [{ "date": "2025-03-20", "amount": amount }]
        }))
    };
    let policy = policy_of(json!({ "preset": "standard", "reminder": null, "paymentPlan": {} }));
    /// (the recorded payment, entries (kind, date), the plan's date if one is projected)
    type Case<'a> = (&'a str, Vec<(EntryKind, &'a str)>, Option<&'a str>);
    let cases: Vec<Case> = vec![
        (
            "10500.00",
            vec![(Due, "2025-02-10"), (CollectionDemand, "2025-02-17")],
            None,
        ),
        (
            "5000.00",
            vec![
                (Due, "2025-02-10"),
                (CollectionDemand, "2025-02-17"),
                (PaymentPlan, "2025-03-20"),
            ],
            Some("2025-03-20"),
        ),
    ];
    for (amount, want, plan_date) in cases {
        let claim = claim(amount);
        let t = timeline(&claim, &policy, &on("2025-02-10")).expect(amount);
        let got: Vec<(EntryKind, String)> = t
            .entries
            .iter()
            .map(|e| (e.kind, e.date.to_string()))
            .collect();
        let want: Vec<(EntryKind, String)> =
            want.into_iter().map(|(k, d)| (k, d.to_owned())).collect();
        assert_eq!(got, want, "{amount}");
        assert_if_paid_is_the_statement(&claim, &policy, &t, amount);
        let Some(plan_date) = plan_date else {
            assert!(t.plan.is_none(), "{amount}");
            continue;
        };
        assert_eq!(note_codes(&t, PaymentPlan), ["PROJECTION_ADJUSTED"]);
        let note = t
            .entries
            .iter()
            .find(|e| e.kind == PaymentPlan)
            .map(|e| e.notes[0].text().en);
        assert_eq!(
            note.as_deref(),
            Some("The plan covers what is unpaid when it is agreed: it is not dated before the last payment or credit note recorded (2025-03-20).")
        );
        // The schedule is `instalmentPlan`'s for that date, and following it leaves nothing
        // owed and nothing overpaid on its last date.
        let schedule = t.plan.clone().expect("a plan");
        let date = parse_date(plan_date).expect("date");
        assert_eq!(schedule.date, date);
        let mut with_demand = claim.clone();
        with_demand.steps.push(Step::new(
            StepKind::CollectionDemand,
            parse_date("2025-02-17").expect("date"),
        ));
        let request = PlanRequest {
            date,
            first_date: parse_date("2025-04-20").expect("date"),
            interval: Interval::Months(1),
            sizing: Sizing::Count(6),
            fee: true,
        };
        let direct =
            instalment_plan(&with_demand, &request, &PlanOptions::default()).expect("plan");
        assert_eq!(schedule, direct);
        let mut paid = with_demand;
        paid.steps.push(Step::new(StepKind::PaymentPlan, date));
        paid.payments
            .extend(schedule.instalments.iter().map(|i| Payment {
                date: i.date,
                amount: i.amount,
                invoice: None,
            }));
        let last = schedule
            .instalments
            .last()
            .map(|i| i.date)
            .expect("instalments");
        let s = inkasso::statement::statement(&paid, &inkasso::StatementOptions::new(last))
            .expect("statement");
        assert_eq!((s.total, s.credit), (Money::ZERO, Money::ZERO), "{amount}");
    }
}

/// A small deterministic generator (SplitMix64): the same cases on every run.
struct Gen(u64);

impl Gen {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// 0 … n − 1.
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    fn day(&mut self, from: Date, span: u64) -> Date {
        from + time::Duration::days(self.below(span) as i64)
    }
}

/// A claim, a policy and today, all generated from `seed`; `None` when the policy is not valid
/// (a second reminder without a first, …).
fn generated(seed: u64) -> Option<(Claim, Policy, Date, Value)> {
    let mut g = Gen(seed);
    let base = parse_date("2024-01-01").expect("date") + time::Duration::days(g.below(700) as i64);
    let mut invoices = Vec::new();
    let mut capital: u64 = 0;
    for n in 0..=g.below(3) {
        let issue = g.day(base, 40);
        let ore = 10_000 + g.below(5_000_000);
        capital += ore;
        let mut invoice = json!({
            "number": format!("F-{n}"),
            "amount": format!("{}.{:02}", ore / 100, ore % 100),
            "issueDate": issue.to_string(),
        });
        if g.chance(80) {
            invoice["dueDate"] = json!(g.day(issue, 40).to_string());
        }
        invoices.push(invoice);
    }
    let around = base + time::Duration::days(40);
    let kinds = ["reminder", "collectionDemand", "finalNotice"];
    let steps: Vec<Value> = (0..g.below(3))
        .map(|_| {
            let mut step = json!({
                "kind": kinds[g.below(3) as usize],
                "date": g.day(around, 60).to_string(),
            });
            match g.below(4) {
                0 => step["fee"] = json!(true),
                1 => step["fee"] = json!(false),
                _ => {}
            }
            if g.chance(30) {
                step["paymentTermDays"] = json!(g.below(40));
            }
            step
        })
        .collect();
    let payments: Vec<Value> = (0..g.below(3))
        .map(|_| {
            let ore = capital * (20 + g.below(110)) / 100 + g.below(50_000);
            json!({
                "date": g.day(around, 150).to_string(),
                "amount": format!("{}.{:02}", ore / 100, ore % 100),
            })
        })
        .collect();
    let input = json!({
        "debtor": if g.chance(60) { "consumer" } else { "business" },
        "reminderFeeAgreed": g.chance(50),
        "invoices": invoices,
        "steps": steps,
        "payments": payments,
    });
    let claim = claim_json(input.clone());
    let presets = PresetId::ALL;
    let mut policy = json!({ "preset": presets[g.below(presets.len() as u64) as usize].as_str() });
    if g.chance(30) {
        policy["fees"] = json!({
            "reminderFee": g.chance(50),
            "collectionFee": g.chance(50),
            "lateFee": g.chance(50),
        });
    }
    if g.chance(30) {
        policy["collectionDemand"] =
            json!({ "daysAfter": g.below(8), "paymentTermDays": 8 + g.below(20) });
    }
    if g.chance(20) {
        policy["secondReminder"] = json!({});
    }
    if g.chance(25) {
        policy["paymentPlan"] = json!({ "count": 1 + g.below(12) });
    }
    let today = g.day(base, 200);
    let valid = read::<PolicyInput, _>(policy.clone())
        .and_then(PolicyInput::into_policy)
        .ok()?;
    Some((
        claim,
        valid,
        today,
        json!({ "claim": input, "policy": policy }),
    ))
}

/// Over generated claims and policies (deterministic seeds): every timeline is computed (none
/// fails on a valid claim and policy), every entry's `ifPaid` is the statement on its day of the
/// claim with every step of the timeline dated on or before it, nothing is projected once the
/// claim is paid on those figures, and a projected plan is paid exactly by its schedule.
#[test]
fn generated_timelines_value_every_entry_with_the_steps_sent_by_its_day() {
    let cases: u64 = std::env::var("INKASSO_TIMELINE_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(400);
    let (mut plans, mut checked, mut overlaps) = (0, 0, 0);
    for seed in 0..cases {
        let Some((claim, policy, today, input)) = generated(seed) else {
            continue;
        };
        checked += 1;
        let case = format!("seed {seed}: {input}");
        let t = timeline(&claim, &policy, &on(&today.to_string()))
            .unwrap_or_else(|e| panic!("{case}: {e:?}"));
        assert_if_paid_is_the_statement(&claim, &policy, &t, &case);
        let settled = settled_with_every_step(&claim, &policy, &t);
        for e in t
            .entries
            .iter()
            .filter(|e| e.status == EntryStatus::Projected)
        {
            assert!(
                settled.is_none_or(|s| e.date < s),
                "{case}: {:?} on {} after the claim is paid on {settled:?}",
                e.kind,
                e.date
            );
        }
        // The situation of the review: a step sent on or before an earlier entry's day.
        let overlap = t.entries.iter().enumerate().any(|(i, e)| {
            t.entries[i + 1..]
                .iter()
                .any(|later| later.kind != EntryKind::Due && later.date <= e.if_paid.as_of)
        });
        overlaps += usize::from(overlap);
        if let Some(schedule) = &t.plan {
            plans += 1;
            assert!(
                claim.payments.iter().all(|p| p.date <= schedule.date),
                "{case}"
            );
        }
    }
    let summary = format!(
        "{checked} of {cases} cases checked, {plans} with a plan, {overlaps} with a step before an earlier entry's day"
    );
    eprintln!("{summary}");
    assert!(
        cases < 100 || (plans > 0 && overlaps > 0 && checked * 10 > cases * 8),
        "{summary}"
    );
}

#[test]
fn a_projected_plan_for_a_few_ore_has_fewer_instalments() {
    use EntryKind::{CollectionDemand, Due, PaymentPlan};
    // Business, 10 000 due 2025-02-10 with 450 kr förseningsersättning; a payment on
    // 2025-02-12 leaves a few öre of capital. The inkassokrav claims no fee (waived) and the
    // förseningsersättning covers the plan fee: 12 instalments of at least 0.01 do not fit in
    // 0.03 (was: INVALID_PLAN at `policy.paymentPlan.plan.count`), so the plan has fewer,
    // halving the number until they fit (12, 6, 3).
    let policy = policy_of(json!({
        "preset": "standard", "reminder": null, "fees": { "collectionFee": false },
        "paymentPlan": { "count": 12 }
    }));
    let cases: Vec<(&str, &str, usize, &str)> = vec![
        ("10456.00", "0.03", 3, "3 instalments instead of 12: what is unpaid is too small for 12 instalments of at least 0.01."),
        // 1.04 and a year's interest on it do not divide into 12 equal instalments to the öre:
        // the first ones are an öre more than the others (was: 6 instalments instead of 12).
        ("10455.00", "1.04", 12, ""),
        ("10400.00", "56.37", 12, ""),
    ];
    for (amount, owed, count, note) in cases {
        let claim = claim_json(json!({
            "debtor": "business",
            "invoices": [{ "number": "1", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" }],
            "payments": [{ "date": "2025-02-12", "amount": amount }]
        }));
        let t = timeline(&claim, &policy, &on("2025-02-10")).expect(amount);
        let kinds: Vec<EntryKind> = t.entries.iter().map(|e| e.kind).collect();
        assert_eq!(kinds, [Due, CollectionDemand, PaymentPlan], "{amount}");
        let schedule = t.plan.as_ref().expect("a plan");
        assert_eq!(
            (
                schedule.owed_at_start.to_string().as_str(),
                schedule.instalments.len()
            ),
            (owed, count),
            "{amount}"
        );
        let notes: Vec<String> = t.entries[2]
            .notes
            .iter()
            .filter(|n| n.code.as_str() == "PROJECTION_ADJUSTED")
            .map(|n| n.text().en)
            .collect();
        let want: Vec<String> = [note]
            .iter()
            .filter(|n| !n.is_empty())
            .map(|n| n.to_string())
            .collect();
        assert_eq!(notes, want, "{amount}");
        assert_if_paid_is_the_statement(&claim, &policy, &t, amount);
    }
}

// ---------------------------------------------------------------------------------------------
// A recorded amorteringsplan: the debtor pays by it, so nothing further is projected.

/// A taken step of `kind` on `date`.
fn taken(kind: inkasso::StepKind, date: &str) -> inkasso::Step {
    inkasso::Step::new(kind, parse_date(date).expect("date"))
}

/// The projected entries of `t`: kind and date.
fn projected_on(t: &Timeline) -> Vec<(EntryKind, String)> {
    t.entries
        .iter()
        .filter(|e| e.status == inkasso::timeline::EntryStatus::Projected)
        .map(|e| (e.kind, e.date.to_string()))
        .collect()
}

fn kinds_of(t: &Timeline) -> Vec<EntryKind> {
    t.entries.iter().map(|e| e.kind).collect()
}

#[test]
fn a_recorded_plan_ends_the_projection_until_a_later_step_is_recorded() {
    let mut claim = claim("consumer", "2025-01-10", "2025-02-10");
    claim.steps = vec![
        taken(inkasso::StepKind::CollectionDemand, "2025-02-20"),
        taken(inkasso::StepKind::PaymentPlan, "2025-03-20"),
    ];
    let policy = Policy::preset(PresetId::ReminderDemandFinalNotice);
    let t = timeline(&claim, &policy, &TimelineOptions::default()).expect("timeline");
    assert_eq!(
        kinds_of(&t),
        vec![
            EntryKind::Due,
            EntryKind::CollectionDemand,
            EntryKind::PaymentPlan
        ]
    );
    // Efterbevakning recorded after it (an odd history, no verkställighet) does not break it.
    let mut watched = claim.clone();
    watched
        .steps
        .push(taken(inkasso::StepKind::Surveillance, "2025-06-02"));
    let t = timeline(&watched, &policy, &TimelineOptions::default()).expect("timeline");
    assert!(
        t.entries
            .iter()
            .all(|e| e.status != inkasso::timeline::EntryStatus::Projected),
        "{:?}",
        kinds_of(&t)
    );
    // Broken: a betalningsföreläggande recorded after the plan projects verkställighet again.
    claim
        .steps
        .push(taken(inkasso::StepKind::PaymentOrder, "2025-06-02"));
    let t = timeline(&claim, &policy, &TimelineOptions::default()).expect("timeline");
    assert_eq!(
        kinds_of(&t),
        vec![
            EntryKind::Due,
            EntryKind::CollectionDemand,
            EntryKind::PaymentPlan,
            EntryKind::PaymentOrder,
            EntryKind::Enforcement
        ]
    );
    // A plan recorded before the latest step does not end it: the inkassokrav after it
    // leads to a betalningsföreläggande.
    claim.steps = vec![
        taken(inkasso::StepKind::PaymentPlan, "2025-02-20"),
        taken(inkasso::StepKind::CollectionDemand, "2025-03-20"),
    ];
    let t = timeline(&claim, &policy, &TimelineOptions::default()).expect("timeline");
    assert!(
        kinds_of(&t).contains(&EntryKind::PaymentOrder),
        "{:?}",
        kinds_of(&t)
    );
}

// ---------------------------------------------------------------------------------------------
// A step taken while some invoices were overdue but not all.

fn two_invoice_claim() -> Claim {
    claim_json(json!({
        "debtor": "consumer",
        "reminderFeeAgreed": true,
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "500.00", "issueDate": "2025-01-20", "dueDate": "2025-03-20" }
        ],
        "steps": [{ "kind": "collectionDemand", "date": "2025-02-20" }]
    }))
}

#[test]
fn an_inkassokrav_before_every_invoice_is_overdue_counts_but_is_sent_again() {
    let claim = two_invoice_claim();
    let policy = Policy::preset(PresetId::Standard);
    let t = timeline(&claim, &policy, &on("2025-02-25")).expect("timeline");
    // No reminder after the inkassokrav (the stage was reached, its fee charged); a second
    // inkassokrav once B is overdue, without a fee, then Kronofogden.
    assert_eq!(
        kinds_of(&t),
        vec![
            EntryKind::CollectionDemand,
            EntryKind::Due,
            EntryKind::CollectionDemand,
            EntryKind::PaymentOrder,
            EntryKind::Enforcement
        ]
    );
    let again = &t.entries[2];
    // The policy's days after the claim's due date.
    assert_eq!(again.date, parse_date("2025-03-27").expect("date"));
    assert!(again.fees.is_empty());
    let texts: Vec<String> = again
        .notes
        .iter()
        .map(|n| inkasso::text::warning(n).en)
        .collect();
    assert!(
        texts.contains(
            &"Sent again because the debt-collection demand of 2025-02-20 does not cover every invoice: the last falls due on 2025-03-20, after it.".to_owned()
        ),
        "{texts:?}"
    );
    let sv: Vec<String> = again
        .notes
        .iter()
        .map(|n| inkasso::text::warning(n).sv)
        .collect();
    assert!(
        sv.contains(
            &"Skickas igen eftersom inkassokravet 2025-02-20 inte omfattar alla fakturor: den sista förfaller 2025-03-20, efter den.".to_owned()
        ),
        "{sv:?}"
    );
    // The betalningsföreläggande rests on the second inkassokrav's deadline.
    let deadline = again.deadline.expect("a deadline");
    assert!(t.entries[3].date > deadline);
}

#[test]
fn an_inkassokrav_before_any_invoice_is_overdue_does_not_count() {
    let mut claim = two_invoice_claim();
    claim.steps[0].date = parse_date("2025-02-05").expect("date");
    let t = timeline(
        &claim,
        &Policy::preset(PresetId::Standard),
        &on("2025-02-25"),
    )
    .expect("timeline");
    assert_eq!(
        kinds_of(&t),
        vec![
            EntryKind::CollectionDemand,
            EntryKind::Due,
            EntryKind::Reminder,
            EntryKind::CollectionDemand,
            EntryKind::PaymentOrder,
            EntryKind::Enforcement
        ]
    );
    assert!(t.entries[3].notes.iter().any(|n| inkasso::text::warning(n)
        .en
        .starts_with("Planned instead of")));
}

/// A plan agreed while a verkställighet goes on, covering an invoice the verkställighet left
/// out: the debtor pays by the plan, so no inkassokrav or betalningsföreläggande is projected
/// for that invoice; only the verkställighet's yearly grundavgift while it lasts (a
/// cross-export review: the timeline sent the inkassokrav again, with its fee, and projected
/// Kronofogden over a plan `instalmentPlan` had made for the whole claim).
#[test]
fn a_recorded_plan_under_enforcement_projects_only_the_yearly_grundavgift() {
    use inkasso::plan::{instalment_plan, PlanOptions, PlanRequest};
    let mut claim = claim_json(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "5000.00", "issueDate": "2023-08-01", "dueDate": "2023-08-31" },
            { "number": "B", "amount": "1000.00", "issueDate": "2023-12-01", "dueDate": "2023-12-31" }
        ],
        "steps": [{ "kind": "enforcement", "date": "2023-11-20" }]
    }));
    let request = PlanRequest {
        date: parse_date("2024-02-12").expect("date"),
        first_date: parse_date("2024-03-12").expect("date"),
        interval: inkasso::plan::Interval::Months(1),
        sizing: inkasso::plan::Sizing::Count(3),
        fee: true,
    };
    let schedule = instalment_plan(&claim, &request, &PlanOptions::default()).expect("plan");
    claim
        .steps
        .push(taken(inkasso::StepKind::PaymentPlan, "2024-02-12"));
    claim
        .payments
        .extend(schedule.instalments.iter().map(|i| inkasso::Payment {
            date: i.date,
            amount: i.amount,
            invoice: None,
        }));
    let policy = Policy::preset(PresetId::Standard);
    let t = timeline(&claim, &policy, &on("2024-02-12")).expect("timeline");
    // The taken verkställighet's grundavgift year (2024-11-20) comes after the plan has paid
    // the claim (its last instalment 2024-05-13): nothing is projected.
    assert!(
        t.entries
            .iter()
            .all(|e| e.status != inkasso::timeline::EntryStatus::Projected),
        "{:?}",
        t.entries
            .iter()
            .map(|e| (e.kind, e.status, e.date.to_string()))
            .collect::<Vec<_>>()
    );
    let plan_entry = t
        .entries
        .iter()
        .find(|e| e.kind == EntryKind::PaymentPlan)
        .expect("the plan");
    assert_eq!(plan_entry.if_paid.total, schedule.owed_at_start);
    // Not followed (no instalments recorded): the claim is still owed in a year, and only the
    // further grundavgift is projected, not the inkassokrav for B.
    claim.payments.clear();
    let options = TimelineOptions {
        horizon: Some(parse_date("2025-12-31").expect("date")),
        ..on("2024-02-12")
    };
    let t = timeline(&claim, &policy, &options).expect("timeline");
    let projected: Vec<EntryKind> = t
        .entries
        .iter()
        .filter(|e| e.status == inkasso::timeline::EntryStatus::Projected)
        .map(|e| e.kind)
        .collect();
    assert!(!projected.is_empty(), "a further year is projected");
    // Each a further year of the taken verkställighet (an `enforcement` entry with the
    // grundavgift), never an inkassokrav or a betalningsföreläggande.
    assert!(
        projected.iter().all(|k| *k == EntryKind::Enforcement),
        "{projected:?}"
    );
    // The further year recorded, as the README advises: the plan is still the debtor's way of
    // paying (a diff review: the timeline sent B's inkassokrav again once it was recorded).
    claim
        .steps
        .push(taken(inkasso::StepKind::Enforcement, "2024-11-20"));
    let t = timeline(&claim, &policy, &options).expect("timeline");
    let projected = projected_on(&t);
    assert_eq!(
        projected,
        [(EntryKind::Enforcement, "2025-11-20".to_owned())]
    );
    // A betalningsföreläggande recorded after the plan breaks it: B's road is projected again.
    claim
        .steps
        .push(taken(inkasso::StepKind::PaymentOrder, "2025-01-15"));
    let t = timeline(&claim, &policy, &options).expect("timeline");
    let projected = projected_on(&t);
    // (The betalningsföreläggande rests on no inkassokrav for B: one is projected, then
    // Kronofogden, beside the taken verkställighet's next year.)
    assert_eq!(
        projected,
        [
            (EntryKind::CollectionDemand, "2025-01-22".to_owned()),
            (EntryKind::PaymentOrder, "2025-02-13".to_owned()),
            (EntryKind::Enforcement, "2025-03-28".to_owned()),
            (EntryKind::Enforcement, "2025-11-20".to_owned())
        ]
    );
}

/// A plan made before the claim was overdue covers it (the debtor pays the invoice by the plan,
/// as `instalmentPlan` schedules it; stop 68, an `instalmentPlan` review): nothing is
/// projected while it is kept. Stop 67 and before went on with the road.
#[test]
fn a_recorded_plan_before_the_claim_is_overdue_ends_the_projection() {
    let mut claim = claim("consumer", "2025-01-10", "2025-02-10");
    claim.steps = vec![inkasso::Step::new(
        inkasso::StepKind::PaymentPlan,
        parse_date("2025-02-01").expect("date"),
    )];
    let t = timeline(
        &claim,
        &Policy::preset(PresetId::Standard),
        &on("2025-06-01"),
    )
    .expect("timeline");
    assert!(
        !kinds_of(&t).contains(&EntryKind::PaymentOrder)
            && !kinds_of(&t).contains(&EntryKind::Reminder),
        "{:?}",
        kinds_of(&t)
    );
    // Ended (an instalment missed), the road goes on.
    claim.steps[0].ended = Some(parse_date("2025-03-01").expect("date"));
    let t = timeline(
        &claim,
        &Policy::preset(PresetId::Standard),
        &on("2025-06-01"),
    )
    .expect("timeline");
    assert!(
        kinds_of(&t).contains(&EntryKind::PaymentOrder),
        "{:?}",
        kinds_of(&t)
    );
}

/// A broken plan: the step recorded after it is where the projection continues from, not the
/// inkassokrav before the plan (nothing is projected while the plan stood).
#[test]
fn a_broken_plan_projects_from_the_step_recorded_after_it() {
    let mut claim = claim("consumer", "2025-01-10", "2025-02-10");
    claim.steps = vec![
        taken(inkasso::StepKind::CollectionDemand, "2025-02-20"),
        taken(inkasso::StepKind::PaymentPlan, "2025-03-10"),
        taken(inkasso::StepKind::Reminder, "2025-06-02"),
    ];
    let t = timeline(
        &claim,
        &Policy::preset(PresetId::Standard),
        &TimelineOptions::default(),
    )
    .expect("timeline");
    let reminder_deadline = t
        .entries
        .iter()
        .find(|e| e.kind == EntryKind::Reminder)
        .and_then(|e| e.deadline)
        .expect("the reminder's deadline");
    let projected: Vec<&inkasso::timeline::Entry> = t
        .entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected)
        .collect();
    assert!(!projected.is_empty());
    assert!(
        projected.iter().all(|e| e.date > reminder_deadline),
        "{:?}",
        projected
            .iter()
            .map(|e| (e.kind, e.date))
            .collect::<Vec<_>>()
    );
}

// ---------------------------------------------------------------------------------------------
// The second review of partial steps and recorded plans (each row once answered otherwise).

fn ab(extra: Value) -> Claim {
    let mut input = json!({
        "debtor": "consumer",
        "reminderFeeAgreed": true,
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "500.00", "issueDate": "2025-01-20", "dueDate": "2025-03-20" }
        ]
    });
    if let (Some(o), Value::Object(e)) = (input.as_object_mut(), extra) {
        o.extend(e);
    }
    claim_json(input)
}

fn projected_of(t: &Timeline) -> Vec<(EntryKind, String)> {
    t.entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected)
        .map(|e| (e.kind, e.date.to_string()))
        .collect()
}

fn note_texts(t: &Timeline) -> Vec<String> {
    t.entries
        .iter()
        .flat_map(|e| e.notes.iter().map(|n| inkasso::text::warning(n).en))
        .collect()
}

#[test]
fn a_reminder_taken_after_a_partial_inkassokrav_puts_off_what_follows() {
    let claim = ab(json!({ "steps": [
        { "kind": "collectionDemand", "date": "2025-02-20" },
        { "kind": "reminder", "date": "2025-04-15" }
    ]}));
    let t = timeline(
        &claim,
        &Policy::preset(PresetId::Standard),
        &TimelineOptions::default(),
    )
    .expect("timeline");
    let deadline = t
        .entries
        .iter()
        .find(|e| e.kind == EntryKind::Reminder)
        .and_then(|e| e.deadline)
        .expect("the reminder's deadline");
    let p = projected_of(&t);
    assert_eq!(
        p.first().map(|e| e.0),
        Some(EntryKind::CollectionDemand),
        "{p:?}"
    );
    assert!(
        t.entries
            .iter()
            .filter(|e| e.status == EntryStatus::Projected)
            .all(|e| e.date > deadline),
        "{p:?}"
    );
}

#[test]
fn a_step_is_partial_whatever_the_fee_choices() {
    // A was paid on its due date: on 2025-02-20 nothing was overdue, so the inkassokrav does
    // not count, with its fee claimed or not.
    let base = json!({
        "payments": [{ "date": "2025-02-10", "amount": "1000.00" }],
        "steps": [{ "kind": "collectionDemand", "date": "2025-02-20" }]
    });
    let with_fee = timeline(
        &ab(base.clone()),
        &Policy::preset(PresetId::Standard),
        &TimelineOptions::default(),
    )
    .expect("timeline");
    let mut fee_free = ab(base);
    fee_free.steps[0].fee = Some(false);
    let without_fee = timeline(
        &fee_free,
        &Policy::preset(PresetId::Standard),
        &TimelineOptions::default(),
    )
    .expect("timeline");
    assert_eq!(projected_of(&with_fee), projected_of(&without_fee));
    assert_eq!(
        projected_of(&with_fee).first().map(|e| e.0),
        Some(EntryKind::Reminder)
    );
    assert!(note_texts(&without_fee)
        .iter()
        .any(|n| n.starts_with("Planned instead of the debt-collection demand of 2025-02-20")));
}

#[test]
fn the_sent_again_note_is_said_once_and_not_after_a_later_step_covered_all() {
    let claim = ab(json!({ "reminderFeeAgreed": false, "steps": [
        { "kind": "reminder", "date": "2025-02-20" },
        { "kind": "reminder", "date": "2025-03-25" }
    ]}));
    let policy = policy_of(
        json!({ "preset": "remindersOnly", "secondReminder": { "daysAfter": 5, "paymentTermDays": 10 } }),
    );
    let t = timeline(&claim, &policy, &TimelineOptions::default()).expect("timeline");
    assert!(
        !note_texts(&t).iter().any(|n| n.starts_with("Sent again")),
        "{:?}",
        note_texts(&t)
    );
}

#[test]
fn the_sent_again_note_names_the_due_date_it_did_not_cover_and_claims_no_fee() {
    let claim = ab(json!({
        "steps": [{ "kind": "collectionDemand", "date": "2025-02-20" }],
        // Credited in part: B still falls due unpaid (one credited in full before its due
        // date never does, and needs no step to cover it).
        "credits": [{ "invoice": "B", "date": "2025-03-01", "amount": "200.00" }]
    }));
    let t = timeline(
        &claim,
        &Policy::preset(PresetId::Standard),
        &TimelineOptions::default(),
    )
    .expect("timeline");
    let again = t
        .entries
        .iter()
        .find(|e| e.status == EntryStatus::Projected && e.kind == EntryKind::CollectionDemand)
        .expect("sent again");
    let texts: Vec<String> = again
        .notes
        .iter()
        .map(|n| inkasso::text::warning(n).en)
        .collect();
    assert!(
        texts
            .iter()
            .any(|n| n.contains("the last falls due on 2025-03-20, after it")),
        "{texts:?}"
    );
    // Fee-free, as its fee was charged with the taken one: no FEE_ALREADY_CHARGED.
    assert!(again.fees.is_empty());
    assert!(
        again
            .notes
            .iter()
            .all(|n| n.code.as_str() == "PROJECTION_ADJUSTED"),
        "{texts:?}"
    );
}

#[test]
fn a_partial_final_notice_is_sent_again() {
    let claim = ab(json!({ "steps": [{ "kind": "finalNotice", "date": "2025-02-20" }] }));
    let t = timeline(
        &claim,
        &Policy::preset(PresetId::ReminderDemandFinalNotice),
        &TimelineOptions::default(),
    )
    .expect("timeline");
    let kinds: Vec<EntryKind> = projected_of(&t).iter().map(|e| e.0).collect();
    let at = |k| kinds.iter().position(|x| *x == k);
    assert!(
        at(EntryKind::FinalNotice).is_some()
            && at(EntryKind::FinalNotice) < at(EntryKind::PaymentOrder),
        "{kinds:?}"
    );
}

#[test]
fn a_plan_is_the_latest_step_by_input_order_on_its_day() {
    let mut claim = claim("consumer", "2025-01-10", "2025-02-10");
    claim.steps = vec![
        taken(inkasso::StepKind::CollectionDemand, "2025-02-20"),
        taken(inkasso::StepKind::PaymentPlan, "2025-02-20"),
    ];
    let t = timeline(
        &claim,
        &Policy::preset(PresetId::Standard),
        &TimelineOptions::default(),
    )
    .expect("timeline");
    assert!(projected_of(&t).is_empty(), "{:?}", projected_of(&t));
}

#[test]
fn a_plan_after_verkstallighet_does_not_stop_its_yearly_fees() {
    let mut claim = claim("consumer", "2025-01-10", "2025-02-10");
    claim.steps = vec![
        taken(inkasso::StepKind::CollectionDemand, "2025-02-20"),
        taken(inkasso::StepKind::PaymentOrder, "2025-03-20"),
        taken(inkasso::StepKind::Enforcement, "2025-05-02"),
        taken(inkasso::StepKind::PaymentPlan, "2025-06-02"),
    ];
    let t = timeline(
        &claim,
        &Policy::preset(PresetId::Standard),
        &on("2028-06-01"),
    )
    .expect("timeline");
    let years = projected_of(&t)
        .iter()
        .filter(|e| e.0 == EntryKind::Enforcement)
        .count();
    assert_eq!(years, 3, "{:?}", projected_of(&t));
}

// ---------------------------------------------------------------------------------------------
// The third review.

#[test]
fn a_verkstallighet_that_does_not_count_does_not_keep_a_plan_from_ending_the_projection() {
    let mut claim = claim("consumer", "2025-01-10", "2025-02-10");
    claim.steps = vec![
        taken(inkasso::StepKind::Enforcement, "2025-02-03"),
        taken(inkasso::StepKind::CollectionDemand, "2025-02-20"),
        taken(inkasso::StepKind::PaymentPlan, "2025-03-20"),
    ];
    let t = timeline(
        &claim,
        &Policy::preset(PresetId::Standard),
        &TimelineOptions::default(),
    )
    .expect("timeline");
    assert!(projected_of(&t).is_empty(), "{:?}", projected_of(&t));
}

#[test]
fn an_invoice_paid_before_its_due_date_is_covered() {
    // B was paid in full before A was issued: the inkassokrav about A covers all that is owed,
    // and the plan after it ends the projection.
    let claim = claim_json(json!({
        "debtor": "consumer", "reminderFeeAgreed": true,
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2025-03-01", "dueDate": "2025-03-05" },
            { "number": "B", "amount": "500.00", "issueDate": "2025-01-02", "dueDate": "2025-06-02" }
        ],
        "payments": [{ "date": "2025-02-03", "amount": "500.00" }],
        "steps": [
            { "kind": "collectionDemand", "date": "2025-03-10" },
            { "kind": "paymentPlan", "date": "2025-04-01" }
        ]
    }));
    let t = timeline(
        &claim,
        &Policy::preset(PresetId::Standard),
        &TimelineOptions::default(),
    )
    .expect("timeline");
    assert!(projected_of(&t).is_empty(), "{:?}", projected_of(&t));
}

#[test]
fn the_latest_partial_step_is_the_one_sent_again_and_its_fee_stays_charged() {
    let claim = ab(json!({ "steps": [
        { "kind": "collectionDemand", "date": "2025-02-20", "fee": false },
        { "kind": "collectionDemand", "date": "2025-03-01" }
    ]}));
    let t = timeline(
        &claim,
        &Policy::preset(PresetId::Standard),
        &TimelineOptions::default(),
    )
    .expect("timeline");
    let again = t
        .entries
        .iter()
        .find(|e| e.status == EntryStatus::Projected && e.kind == EntryKind::CollectionDemand)
        .expect("sent again");
    assert!(again.fees.is_empty());
    let texts: Vec<String> = again
        .notes
        .iter()
        .map(|n| inkasso::text::warning(n).en)
        .collect();
    assert_eq!(texts.len(), 1, "{texts:?}");
    assert!(
        texts[0].starts_with("Sent again because the debt-collection demand of 2025-03-01"),
        "{texts:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Verkställighet taken: the title exists, and a second application within the fee year counts.

#[test]
fn nothing_below_verkstallighet_is_projected_after_one_that_counts() {
    // A verkställighet on a title the history does not record (a dom, say): no inkassokrav or
    // betalningsföreläggande after it, only its efterbevakning and further years.
    let mut claim = claim("consumer", "2025-01-10", "2025-02-10");
    claim.steps = vec![taken(inkasso::StepKind::Enforcement, "2025-05-02")];
    let t = timeline(
        &claim,
        &Policy::preset(PresetId::Standard),
        &on("2026-06-01"),
    )
    .expect("timeline");
    let kinds: Vec<EntryKind> = projected_of(&t).iter().map(|e| e.0).collect();
    assert_eq!(
        kinds,
        vec![EntryKind::Enforcement],
        "{:?}",
        projected_of(&t)
    );
    assert_eq!(
        projected_of(&t).first().map(|e| e.1.as_str()),
        Some("2026-05-02"),
        "a year after the taken one, on a bank day"
    );
}

#[test]
fn a_second_verkstallighet_within_the_fee_year_counts_and_the_year_runs_from_the_first() {
    let mut claim = claim("consumer", "2025-01-10", "2025-02-10");
    claim.steps = vec![
        taken(inkasso::StepKind::CollectionDemand, "2025-02-20"),
        taken(inkasso::StepKind::PaymentOrder, "2025-03-20"),
        taken(inkasso::StepKind::Enforcement, "2025-05-02"),
        taken(inkasso::StepKind::Enforcement, "2025-09-01"),
    ];
    let t = timeline(
        &claim,
        &Policy::preset(PresetId::Standard),
        &on("2026-06-01"),
    )
    .expect("timeline");
    // The next grundavgift a year after the first (charged) one, with no note that a taken
    // step does not count.
    assert_eq!(
        projected_of(&t),
        vec![(EntryKind::Enforcement, "2026-05-02".to_string())]
    );
    let notes = note_texts(&t);
    assert!(
        notes.iter().all(|n| !n.contains("does not count")),
        "{notes:?}"
    );
}

// The review of the verkställighet rules (each row once answered otherwise).

fn until(today: &str, horizon: &str) -> TimelineOptions<'static> {
    TimelineOptions {
        horizon: Some(parse_date(horizon).expect("date")),
        ..on(today)
    }
}

/// The projected entries with their fees' amounts.
fn projected_fees(t: &Timeline) -> Vec<(EntryKind, String, Vec<String>)> {
    t.entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected)
        .map(|e| {
            let fees = e.fees.iter().map(|f| f.amount.to_string()).collect();
            (e.kind, e.date.to_string(), fees)
        })
        .collect()
}

/// A 12 500 kr invoice due 2025-02-10 with `steps`.
fn one_invoice(steps: Value) -> Claim {
    claim_json(json!({
        "debtor": "consumer",
        "reminderFeeAgreed": true,
        "invoices": [{ "number": "1001", "amount": "12500.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" }],
        "steps": steps
    }))
}

/// A due 2025-02-10 and B due 2025-08-29 (not yet due at a verkställighet of 2025-05-02).
fn a_then_b(steps: Value) -> Claim {
    claim_json(json!({
        "debtor": "consumer",
        "reminderFeeAgreed": true,
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "2000.00", "issueDate": "2025-01-10", "dueDate": "2025-08-29" }
        ],
        "steps": steps
    }))
}

#[test]
fn the_grundavgift_year_runs_from_the_verkstallighet_that_charged_it() {
    // The first claims no fee from the debtor, but Kronofogden charged it (förordning
    // 1992:1094 5 §: one grundavgift for each exekutionstitel applied on, and one for each
    // year): the second, on the same title within the year, charges none, and the year runs
    // from the first. (Until a legal review, the engine charged the second and ran the year
    // from it.)
    let claim = one_invoice(json!([
        { "kind": "collectionDemand", "date": "2025-02-20" },
        { "kind": "paymentOrder", "date": "2025-03-20" },
        { "kind": "enforcement", "date": "2025-05-02", "fee": false },
        { "kind": "enforcement", "date": "2025-09-01" }
    ]));
    let standard = Policy::preset(PresetId::Standard);
    let t = timeline(&claim, &standard, &on("2026-10-01")).expect("timeline");
    assert_eq!(
        projected_fees(&t),
        vec![(
            EntryKind::Enforcement,
            "2026-05-02".to_string(),
            vec!["600.00".to_string()]
        )]
    );
    assert_eq!(t.final_value.fees.to_string(), "1460.00");
    // `check` of the history with the projected steps finds nothing about a projected one.
    let mut with = claim.clone();
    for e in t
        .entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected)
    {
        with.steps.push(inkasso::Step::new(
            e.kind.step_kind().expect("a step"),
            e.date,
        ));
    }
    let findings = inkasso::compliance::check(&with, Some(&standard)).expect("check");
    assert!(
        findings
            .iter()
            .all(|f| f.step.is_none_or(|s| s < claim.steps.len())),
        "{findings:?}"
    );
}

/// The warning on a verkställighet within the year of one recorded `fee: false` says the
/// debtor was not asked to pay that grundavgift (it said "one was charged"); of one whose fee
/// was claimed, as before. The same for a further year within the year.
#[test]
fn a_grundavgift_not_claimed_from_the_debtor_is_said_so_in_the_next_ones_warning() {
    use inkasso::statement::{statement, StatementOptions};
    use inkasso::warning::Facts;
    let texts = |first_fee: bool, second: serde_json::Value| {
        let mut first = json!({ "kind": "enforcement", "date": "2025-05-02" });
        if !first_fee {
            first["fee"] = json!(false);
        }
        let claim = one_invoice(json!([
            { "kind": "collectionDemand", "date": "2025-02-20" },
            { "kind": "paymentOrder", "date": "2025-03-20" },
            first,
            second
        ]));
        let s = statement(
            &claim,
            &StatementOptions::new(parse_date("2026-04-01").expect("d")),
        )
        .expect("statement");
        s.warnings
            .iter()
            .filter(|w| matches!(w.facts, Facts::EnforcementFeeThisYear { .. }))
            .map(|w| {
                let Facts::EnforcementFeeThisYear {
                    previous_claimed, ..
                } = w.facts
                else {
                    unreachable!()
                };
                (previous_claimed, inkasso::text::warning(w).en)
            })
            .collect::<Vec<_>>()
    };
    let application = json!({ "kind": "enforcement", "date": "2025-09-01" });
    assert_eq!(
        texts(false, application.clone()),
        [(false, "No new basic fee for the application for enforcement of 2025-09-01: Kronofogden charged one for the same enforcement title on 2025-05-02 (the debtor was not asked to pay it), and it is charged once for each year enforcement lasts.".to_string())]
    );
    assert_eq!(
        texts(true, application),
        [(true, "No new basic fee for the application for enforcement of 2025-09-01: one was charged for the same enforcement title on 2025-05-02, and it is charged once for each year enforcement lasts.".to_string())]
    );
    let further = json!({ "kind": "enforcement", "date": "2026-03-02", "furtherYear": true });
    assert_eq!(
        texts(false, further.clone()),
        [(false, "No basic fee for a new year of enforcement from 2026-03-02: the claim's year of enforcement runs from the basic fee of 2025-05-02, which Kronofogden charged but the debtor was not asked to pay, and has not ended.".to_string())]
    );
    assert_eq!(
        texts(true, further),
        [(true, "No basic fee for a new year of enforcement from 2026-03-02: the claim's year of enforcement runs from the basic fee of 2025-05-02 and has not ended.".to_string())]
    );
}

#[test]
fn a_verkstallighet_counts_when_some_invoice_is_overdue_whatever_its_fee_fact() {
    // Invoice A overdue, B not yet due: the engine charges the first verkställighet; the second
    // within the year charges none and counts all the same.
    let claim = a_then_b(json!([
        { "kind": "collectionDemand", "date": "2025-02-20" },
        { "kind": "paymentOrder", "date": "2025-03-20" },
        { "kind": "enforcement", "date": "2025-05-02" },
        { "kind": "enforcement", "date": "2025-07-01" }
    ]));
    let standard = Policy::preset(PresetId::Standard);
    let t = timeline(&claim, &standard, &until("2025-07-10", "2026-12-01")).expect("timeline");
    let notes = note_texts(&t);
    assert!(
        notes.iter().all(|n| !n.contains("does not count")),
        "{notes:?}"
    );
    // One that claims no fee counts as the same one claiming it would.
    let run = |fee: Option<bool>| {
        let mut e = json!({ "kind": "enforcement", "date": "2025-05-02" });
        if let Some(f) = fee {
            e["fee"] = json!(f);
        }
        let claim = a_then_b(json!([
            { "kind": "collectionDemand", "date": "2025-02-20" },
            { "kind": "paymentOrder", "date": "2025-03-20" },
            e
        ]));
        projected_of(&timeline(&claim, &standard, &until("2025-06-01", "2026-12-01")).expect("t"))
    };
    // The partial inkassokrav is sent again for B once it is due, and B's road goes on to a
    // betalningsföreläggande and a verkställighet of its own (its own grundavgift, on its own
    // title); the claim's year goes on from the taken one, under way with A unpaid, also when
    // it was recorded without a fee (its case's year comes round all the same).
    let b_road = |year: &str| {
        vec![
            (EntryKind::CollectionDemand, "2025-09-05".to_string()),
            (EntryKind::PaymentOrder, "2025-09-25".to_string()),
            (EntryKind::Enforcement, "2025-11-07".to_string()),
            (EntryKind::Enforcement, year.to_string()),
        ]
    };
    assert_eq!(run(None), b_road("2026-05-02"));
    assert_eq!(run(Some(false)), b_road("2026-05-02"));
}

#[test]
fn an_invoice_issued_after_the_verkstallighet_is_still_demanded() {
    // No title can cover B (a betalningsföreläggande needs a debt already due): the partial
    // inkassokrav is sent again once B is due, and B's betalningsföreläggande and verkställighet
    // follow.
    let claim = claim_json(json!({
        "debtor": "consumer",
        "reminderFeeAgreed": true,
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "2000.00", "issueDate": "2025-06-02", "dueDate": "2025-07-02" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2025-02-20" },
            { "kind": "paymentOrder", "date": "2025-03-20" },
            { "kind": "enforcement", "date": "2025-05-02" }
        ]
    }));
    let t = timeline(
        &claim,
        &Policy::preset(PresetId::Standard),
        &until("2025-06-10", "2026-12-01"),
    )
    .expect("timeline");
    assert_eq!(
        projected_of(&t),
        vec![
            (EntryKind::CollectionDemand, "2025-07-09".to_string()),
            (EntryKind::PaymentOrder, "2025-07-31".to_string()),
            (EntryKind::Enforcement, "2025-09-12".to_string()),
            (EntryKind::Enforcement, "2026-05-02".to_string())
        ]
    );
}

#[test]
fn a_dispute_after_a_verkstallighet_on_the_whole_claim_disputes_nothing() {
    let court = policy(json!({
        "preset": "standard",
        "court": { "daysAfterDispute": 14, "assumedJudgmentDays": 120 }
    }));
    let claim = one_invoice(json!([
        { "kind": "collectionDemand", "date": "2025-02-20" },
        { "kind": "paymentOrder", "date": "2025-03-20" },
        { "kind": "enforcement", "date": "2025-05-02" },
        { "kind": "dispute", "date": "2025-06-01" }
    ]));
    let t = timeline(&claim, &court, &until("2025-06-10", "2026-12-01")).expect("timeline");
    assert_eq!(
        projected_of(&t),
        vec![(EntryKind::Enforcement, "2026-05-02".to_string())]
    );
}

#[test]
fn efterbevakning_follows_the_first_verkstallighet_once() {
    let surveillance = policy(json!({
        "preset": "standard",
        "surveillance": { "daysAfterEnforcement": 90 }
    }));
    let claim = one_invoice(json!([
        { "kind": "collectionDemand", "date": "2025-02-20" },
        { "kind": "paymentOrder", "date": "2025-03-20" },
        { "kind": "enforcement", "date": "2025-05-02" },
        { "kind": "surveillance", "date": "2025-08-01" },
        { "kind": "enforcement", "date": "2026-05-04" }
    ]));
    let t = timeline(&claim, &surveillance, &until("2026-06-01", "2027-12-01")).expect("timeline");
    assert_eq!(
        projected_of(&t),
        vec![(EntryKind::Enforcement, "2027-05-04".to_string())]
    );
}

#[test]
fn every_projected_further_year_of_verkstallighet_carries_its_grundavgift() {
    // Two taken verkställigheter on every pair of these days, each claiming its fee or not:
    // before the due date, within and past each other's year.
    let standard = Policy::preset(PresetId::Standard);
    let days = [
        "2025-02-05",
        "2025-05-02",
        "2025-09-01",
        "2026-03-02",
        "2026-06-01",
        "2026-09-01",
    ];
    let fees = [None, Some(false)];
    let mut wrong = Vec::new();
    for (i, d1) in days.iter().enumerate() {
        for d2 in days.iter().skip(i) {
            for f1 in fees {
                for f2 in fees {
                    let step = |date: &str, fee: Option<bool>| {
                        let mut s = json!({ "kind": "enforcement", "date": date });
                        if let Some(f) = fee {
                            s["fee"] = json!(f);
                        }
                        s
                    };
                    let claim = one_invoice(json!([
                        { "kind": "collectionDemand", "date": "2025-02-20" },
                        { "kind": "paymentOrder", "date": "2025-03-20" },
                        step(d1, f1),
                        step(d2, f2)
                    ]));
                    let t = timeline(&claim, &standard, &until("2026-10-01", "2029-01-01"))
                        .expect("timeline");
                    for e in t
                        .entries
                        .iter()
                        .filter(|e| e.status == EntryStatus::Projected)
                    {
                        if e.fees.is_empty() {
                            wrong.push(format!(
                                "{d1} {f1:?}, {d2} {f2:?}: {} without a fee",
                                e.date
                            ));
                        }
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn a_projected_court_action_past_the_prisbasbelopp_table_near_the_line_says_so() {
    let court = policy(json!({
        "preset": "standard",
        "court": { "daysAfterDispute": 14, "assumedJudgmentDays": 120 }
    }));
    let claim = |amount: &str| {
        claim_json(json!({
            "debtor": "business",
            "invoices": [{ "number": "1", "amount": amount, "issueDate": "2026-09-01", "dueDate": "2026-10-01" }],
            "steps": [{ "kind": "dispute", "date": "2026-12-20" }]
        }))
    };
    let notes_of_court_action = |amount: &str| -> Vec<&'static str> {
        let t = timeline(&claim(amount), &court, &on("2026-12-21")).expect("timeline");
        t.entries
            .iter()
            .filter(|e| e.kind == EntryKind::CourtAction)
            .flat_map(|e| e.notes.iter().map(|n| n.code.as_str()))
            .collect()
    };
    assert!(
        notes_of_court_action("29000.00").contains(&"PRISBASBELOPP_ASSUMED"),
        "{:?}",
        notes_of_court_action("29000.00")
    );
    assert!(!notes_of_court_action("3000.00").contains(&"PRISBASBELOPP_ASSUMED"));
}

// The second review of the verkställighet rules.

/// The errors `check` finds about the projected steps of `t`, run on the history with them.
fn errors_about_projected(claim: &Claim, policy: &Policy, t: &Timeline) -> Vec<String> {
    let mut with = claim.clone();
    for e in t
        .entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected)
    {
        let mut step = inkasso::Step::new(e.kind.step_kind().expect("a step"), e.date);
        if let Some(deadline) = e.deadline {
            step.payment_term_days = u32::try_from((deadline - e.date).whole_days()).ok();
        }
        with.steps.push(step);
    }
    inkasso::compliance::check(&with, Some(policy))
        .expect("check")
        .iter()
        .filter(|f| f.step.is_some_and(|s| s >= claim.steps.len()))
        .filter(|f| f.severity == inkasso::compliance::Severity::Error)
        .map(|f| f.text().en)
        .collect()
}

#[test]
fn no_further_year_of_verkstallighet_once_nothing_is_overdue() {
    // A is enforced and then paid; what is left is B, not due until 2026-08-31: the debt
    // enforced is paid, and no further year of A's verkställighet is projected. B gets its own
    // road once due (its grundavgift and further year are its verkställighet's).
    let standard = Policy::preset(PresetId::Standard);
    let claim = claim_json(json!({
        "debtor": "consumer", "reminderFeeAgreed": true,
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "2000.00", "issueDate": "2025-01-10", "dueDate": "2026-08-31" }
        ],
        "payments": [{ "date": "2025-06-02", "amount": "3000.00" }],
        "steps": [
            { "kind": "collectionDemand", "date": "2025-02-20" },
            { "kind": "paymentOrder", "date": "2025-03-20" },
            { "kind": "enforcement", "date": "2025-05-02" }
        ]
    }));
    let t = timeline(&claim, &standard, &until("2025-06-10", "2027-12-01")).expect("timeline");
    assert_eq!(
        further_years(&t),
        ["2027-11-10"],
        "{:?}",
        projected_fees(&t)
    );
    assert_eq!(
        projected_enforcements(&t),
        ["2026-11-10", "2027-11-10"],
        "{:?}",
        projected_fees(&t)
    );
    assert_eq!(
        errors_about_projected(&claim, &standard, &t),
        Vec::<String>::new()
    );
}

#[test]
fn a_dispute_before_a_verkstallighet_on_the_whole_claim_is_decided_by_it() {
    // After a disputed betalningsföreläggande, the title a verkställighet rests on can only
    // be a dom: the timeline goes on as with the dispute after it.
    let before = one_invoice(json!([
        { "kind": "collectionDemand", "date": "2025-02-20" },
        { "kind": "paymentOrder", "date": "2025-03-20" },
        { "kind": "dispute", "date": "2025-04-01" },
        { "kind": "enforcement", "date": "2025-05-02" }
    ]));
    let after = one_invoice(json!([
        { "kind": "collectionDemand", "date": "2025-02-20" },
        { "kind": "paymentOrder", "date": "2025-03-20" },
        { "kind": "enforcement", "date": "2025-05-02" },
        { "kind": "dispute", "date": "2025-06-01" }
    ]));
    let court = policy(json!({
        "preset": "standard",
        "court": { "daysAfterDispute": 14, "assumedJudgmentDays": 120 }
    }));
    for p in [Policy::preset(PresetId::Standard), court] {
        let options = until("2025-06-10", "2026-12-01");
        let t_before = timeline(&before, &p, &options).expect("timeline");
        let t_after = timeline(&after, &p, &options).expect("timeline");
        assert_eq!(
            projected_fees(&t_before),
            projected_fees(&t_after),
            "{}",
            p.id
        );
        assert_eq!(
            projected_fees(&t_before),
            vec![(
                EntryKind::Enforcement,
                "2026-05-02".to_string(),
                vec!["600.00".to_string()]
            )]
        );
    }
}

#[test]
fn a_credit_note_beyond_its_invoice_s_capital_settles_nothing_else() {
    // A is mostly paid, then credited in full: the excess is owed back, and B's 500 kr is
    // still unpaid, so verkställighet goes on.
    let claim = claim_json(json!({
        "debtor": "consumer", "reminderFeeAgreed": true,
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "500.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" }
        ],
        "payments": [{ "date": "2025-03-01", "amount": "900.00" }],
        "credits": [{ "invoice": "A", "date": "2025-04-01", "amount": "1000.00" }],
        "steps": [
            { "kind": "collectionDemand", "date": "2025-02-20" },
            { "kind": "paymentOrder", "date": "2025-03-20" },
            { "kind": "enforcement", "date": "2025-05-02" }
        ]
    }));
    let t = timeline(
        &claim,
        &Policy::preset(PresetId::Standard),
        &until("2025-06-01", "2027-01-01"),
    )
    .expect("timeline");
    assert_eq!(t.final_value.capital.to_string(), "500.00");
    assert_eq!(
        projected_fees(&t),
        vec![(
            EntryKind::Enforcement,
            "2026-05-02".to_string(),
            vec!["600.00".to_string()]
        )]
    );
}

#[test]
fn an_invoice_a_partial_inkassokrav_left_out_and_since_credited_leaves_no_gap_in_the_title() {
    let claim = a_then_b(json!([
        { "kind": "collectionDemand", "date": "2025-02-20" },
        { "kind": "paymentOrder", "date": "2025-04-10" },
        { "kind": "enforcement", "date": "2025-05-02" },
        { "kind": "dispute", "date": "2025-05-05" }
    ]));
    let mut claim = claim;
    claim.credits.push(inkasso::CreditNote {
        invoice: "B".to_string(),
        date: parse_date("2025-04-01").expect("date"),
        amount: inkasso::Money::kr(2000),
    });
    let court = policy(json!({
        "preset": "standard",
        "court": { "daysAfterDispute": 14, "assumedJudgmentDays": 120 }
    }));
    let t = timeline(&claim, &court, &until("2025-05-10", "2026-12-01")).expect("timeline");
    assert_eq!(
        projected_fees(&t),
        vec![(
            EntryKind::Enforcement,
            "2026-05-02".to_string(),
            vec!["600.00".to_string()]
        )]
    );
}

// The third review of the verkställighet rules.

/// The dates of the projected further years (and any projected verkställighet).
fn projected_enforcements(t: &Timeline) -> Vec<String> {
    projected_of(t)
        .into_iter()
        .filter(|e| e.0 == EntryKind::Enforcement)
        .map(|e| e.1)
        .collect()
}

/// The dates of the projected further years of verkställighet (no verkställighet applied for).
fn further_years(t: &Timeline) -> Vec<String> {
    t.entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected)
        .filter(|e| {
            e.notes.iter().any(|n| {
                inkasso::text::warning(n)
                    .en
                    .starts_with("Enforcement continues")
            })
        })
        .map(|e| e.date.to_string())
        .collect()
}

/// What `claim` owes on `day` (its statement's total): a payment of it settles the history.
fn owed_on(claim: &Claim, day: &str) -> inkasso::Money {
    inkasso::statement(
        claim,
        &inkasso::StatementOptions::new(parse_date(day).expect("date")),
    )
    .expect("statement")
    .total
}

/// The timeline leaves capital unpaid and projects an inkassokrav for it.
fn assert_unpaid_and_demanded(t: &Timeline) {
    assert!(t.final_value.capital.is_positive());
    assert!(
        projected_of(t)
            .iter()
            .any(|e| e.0 == EntryKind::CollectionDemand),
        "{:?}",
        projected_of(t)
    );
}

/// A enforced from 2024-05-02 (5 000 kr), B issued 2024-06-03 falling due on `b_due`.
fn enforced_a_then_b(a: &str, b: &str, b_issue: &str, b_due: &str, payments: Value) -> Claim {
    claim_json(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": a, "issueDate": "2024-01-10", "dueDate": "2024-02-12" },
            { "number": "B", "amount": b, "issueDate": b_issue, "dueDate": b_due }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2024-02-20" },
            { "kind": "paymentOrder", "date": "2024-03-20" },
            { "kind": "enforcement", "date": "2024-05-02" }
        ],
        "payments": payments
    }))
}

#[test]
fn the_further_years_go_on_when_the_inkassokrav_for_a_later_invoice_cannot_be_sent() {
    let standard = Policy::preset(PresetId::Standard);
    let options = until("2024-07-01", "2027-12-31");
    // The inkassokrav for B would come after the claim is paid (2026-12-01).
    let paid = enforced_a_then_b(
        "5000.00",
        "800.00",
        "2024-06-03",
        "2026-12-31",
        json!([{ "date": "2026-12-01", "amount": "20000.00" }]),
    );
    let t = timeline(&paid, &standard, &options).expect("timeline");
    assert_eq!(projected_enforcements(&t), ["2025-05-02", "2026-05-02"]);
    // It would come after A is time-barred (2027-05-02, three years after the verkställighet).
    let barred = enforced_a_then_b("5000.00", "800.00", "2024-06-03", "2027-12-31", json!([]));
    let t = timeline(&barred, &standard, &options).expect("timeline");
    assert!(
        projected_enforcements(&t)
            .starts_with(&["2025-05-02".to_string(), "2026-05-02".to_string()]),
        "{:?}",
        projected_of(&t)
    );
}

#[test]
fn a_further_year_s_fee_paid_first_keeps_the_debt_enforced_unpaid() {
    // The payment of 2025-06-02 is all that is owed but B's capital on the taken figures; the
    // projected grundavgift of 2025-05-02 takes part of it, so A is still unpaid in 2026.
    let standard = Policy::preset(PresetId::Standard);
    let of = |payments: Value| {
        enforced_a_then_b("10000.00", "500.00", "2024-01-10", "2026-12-31", payments)
    };
    let owed = owed_on(&of(json!([])), "2025-06-02")
        .checked_sub(inkasso::Money::kr(500))
        .expect("money");
    let claim = of(json!([{ "date": "2025-06-02", "amount": owed.to_string() }]));
    let t = timeline(&claim, &standard, &until("2024-06-01", "2027-06-30")).expect("timeline");
    assert_eq!(
        further_years(&t),
        ["2025-05-02", "2026-05-02", "2027-05-02"]
    );
    // B's own verkställighet (after its inkassokrav and betalningsföreläggande): its own
    // grundavgift, within the claim's year, which still runs from A's.
    assert_eq!(
        projected_enforcements(&t),
        ["2025-05-02", "2026-05-02", "2027-03-16", "2027-05-02"]
    );
}

#[test]
fn the_further_years_end_when_the_debt_enforced_is_paid_whatever_else_is_overdue() {
    // A (enforced) is paid in full on 2024-09-02; B, issued later, is overdue but not under
    // verkställighet: no further grundavgift for A's. Under a policy without Kronofogden's
    // stages B gets only its inkassokrav; under `standard` its own road, whose verkställighet
    // (2025-01-17, on B's own utslag: its own grundavgift) starts the year again, A's
    // verkställighet having ended with its debt paid: B's later years are on its own
    // anniversary (a review found A's anniversary charging B a second 600 kr in four months).
    let claim = enforced_a_then_b(
        "10000.00",
        "500.00",
        "2024-10-01",
        "2024-10-31",
        json!([{ "date": "2024-09-02", "amount": "12125.58" }]),
    );
    let options = until("2024-11-15", "2026-06-30");
    let letters_only = policy(json!({
        "preset": "standard", "paymentOrder": null, "enforcement": null
    }));
    let t = timeline(&claim, &letters_only, &options).expect("timeline");
    assert_eq!(
        projected_of(&t),
        vec![(EntryKind::CollectionDemand, "2024-11-15".to_string())]
    );
    let t = timeline(&claim, &Policy::preset(PresetId::Standard), &options).expect("timeline");
    assert_eq!(
        projected_fees(&t),
        vec![
            // B, issued after A's inkassokrav, is a debt that one could not demand: its own
            // inkassokrav earns its own fee (DOMAIN.md 1: one fee per claim, a claim being the
            // invoices one demand covers); Kronofogden's application costs once per claim.
            (
                EntryKind::CollectionDemand,
                "2024-11-15".to_string(),
                vec!["180.00".to_string()]
            ),
            (EntryKind::PaymentOrder, "2024-12-05".to_string(), vec![]),
            (
                EntryKind::Enforcement,
                "2025-01-17".to_string(),
                vec!["600.00".to_string()]
            ),
            (
                EntryKind::Enforcement,
                "2026-01-17".to_string(),
                vec!["600.00".to_string()]
            ),
        ]
    );
}

#[test]
fn an_invoice_issued_after_the_verkstallighet_and_credited_away_leaves_the_title_whole() {
    let court = policy(json!({
        "preset": "standard",
        "court": { "daysAfterDispute": 14, "assumedJudgmentDays": 120 }
    }));
    let of = |dispute: bool| {
        let mut claim = claim_json(json!({
            "debtor": "consumer",
            "invoices": [
                { "number": "A", "amount": "1000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
                { "number": "B", "amount": "2000.00", "issueDate": "2025-06-02", "dueDate": "2025-07-02" }
            ],
            "credits": [{ "invoice": "B", "date": "2025-06-02", "amount": "2000.00" }],
            "steps": [
                { "kind": "collectionDemand", "date": "2025-02-20" },
                { "kind": "paymentOrder", "date": "2025-03-20" },
                { "kind": "enforcement", "date": "2025-05-02" }
            ]
        }));
        if dispute {
            claim
                .steps
                .push(taken(inkasso::StepKind::Dispute, "2025-07-15"));
        }
        claim
    };
    let options = until("2025-08-01", "2026-12-01");
    let want = vec![(EntryKind::Enforcement, "2026-05-02".to_string())];
    for dispute in [false, true] {
        let t = timeline(&of(dispute), &court, &options).expect("timeline");
        assert_eq!(projected_of(&t), want, "dispute {dispute}");
    }
}

// The fourth review.

#[test]
fn no_further_year_on_the_day_a_credit_note_cancels_the_debt_enforced() {
    // Credit notes come before the steps of their day: A is cancelled on the day its further
    // year would come, and B is not under verkställighet.
    let mut claim = enforced_a_then_b("5000.00", "800.00", "2024-06-03", "2025-12-31", json!([]));
    claim.credits.push(inkasso::CreditNote {
        invoice: "A".to_string(),
        date: parse_date("2025-05-02").expect("date"),
        amount: inkasso::Money::kr(5000),
    });
    let standard = Policy::preset(PresetId::Standard);
    let t = timeline(&claim, &standard, &until("2024-07-01", "2025-12-01")).expect("timeline");
    assert!(further_years(&t).is_empty(), "{:?}", projected_fees(&t));
    // B's own verkställighet, more than a year after the last grundavgift: one of its own.
    assert_eq!(
        projected_fees(&t).last(),
        Some(&(
            EntryKind::Enforcement,
            "2026-03-13".to_string(),
            vec!["600.00".to_string()]
        ))
    );
    assert_eq!(
        errors_about_projected(&claim, &standard, &t),
        Vec::<String>::new()
    );
}

#[test]
fn efterbevakning_left_out_leaves_the_further_years_owed() {
    let with = policy(json!({
        "preset": "standard",
        "surveillance": { "daysAfterEnforcement": 60 }
    }));
    let claim = claim_json(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "A", "amount": "5000.00", "issueDate": "2024-01-10", "dueDate": "2024-02-12" }],
        "steps": [
            { "kind": "collectionDemand", "date": "2024-02-20" },
            { "kind": "paymentOrder", "date": "2024-03-20" },
            { "kind": "enforcement", "date": "2024-05-02" }
        ],
        "payments": [{ "date": "2026-06-01", "amount": "20000.00" }]
    }));
    let options = until("2026-07-01", "2027-12-01");
    let without = timeline(&claim, &Policy::preset(PresetId::Standard), &options).expect("t");
    let t = timeline(&claim, &with, &options).expect("timeline");
    assert_eq!(projected_enforcements(&t), projected_enforcements(&without));
    assert_eq!(
        projected_enforcements(&t).len(),
        2,
        "{:?}",
        projected_of(&t)
    );
}

#[test]
fn the_escalation_after_a_verkstallighet_is_judged_with_its_further_years() {
    // The payment of 2026-12-01 is what the history owes that day; the further years' fees,
    // paid first, leave B unpaid, so B's inkassokrav is projected.
    let standard = Policy::preset(PresetId::Standard);
    let of = |payments: Value| {
        enforced_a_then_b("5000.00", "800.00", "2024-06-03", "2026-12-31", payments)
    };
    let owed = owed_on(&of(json!([])), "2026-12-01");
    let claim = of(json!([{ "date": "2026-12-01", "amount": owed.to_string() }]));
    let t = timeline(&claim, &standard, &until("2024-07-01", "2027-12-31")).expect("timeline");
    assert_unpaid_and_demanded(&t);
}

// The fifth review.

#[test]
fn a_further_year_lost_to_the_fees_projected_after_it_is_added_again() {
    // The inkassokrav sent again (the taken one claimed no fee) charges 180 kr; the payments
    // pay it first, so A is still unpaid on 2026-08-17, a year after the last grundavgift.
    let claim = claim_json(json!({
        "debtor": "consumer", "reminderFeeAgreed": true,
        "invoices": [
            { "number": "A", "amount": "3380.00", "issueDate": "2023-01-10", "dueDate": "2023-02-09" },
            { "number": "B0", "amount": "2782.00", "issueDate": "2024-05-30", "dueDate": "2024-07-25" },
            { "number": "B1", "amount": "2312.00", "issueDate": "2024-03-05", "dueDate": "2024-05-06" }
        ],
        "credits": [{ "invoice": "B1", "date": "2027-05-02", "amount": "944.00" }],
        "payments": [
            { "date": "2025-07-04", "amount": "1595.00" },
            { "date": "2026-07-22", "amount": "6694.00" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2023-02-23", "fee": false },
            { "kind": "paymentOrder", "date": "2023-04-18" },
            { "kind": "enforcement", "date": "2023-08-17" }
        ]
    }));
    let t = timeline(
        &claim,
        &Policy::preset(PresetId::Standard),
        &until("2023-11-27", "2027-10-24"),
    )
    .expect("timeline");
    assert!(
        projected_enforcements(&t).contains(&"2026-08-17".to_string()),
        "{:?}",
        projected_fees(&t)
    );
}

#[test]
fn a_step_without_a_fee_changes_no_further_year() {
    // Efterbevakning (no fee) in the policy, or taken: the further years' fees, dated before
    // the latest taken step, still reopen a settlement judged on the history alone.
    let claim = claim_json(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "F0", "amount": "5906.00", "issueDate": "2022-01-10", "dueDate": "2022-02-13" }],
        "payments": [
            { "date": "2024-08-20", "amount": "1204.00" },
            { "date": "2025-08-20", "amount": "8276.00" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2022-03-16" },
            { "kind": "paymentOrder", "date": "2022-04-24" },
            { "kind": "enforcement", "date": "2023-08-20", "fee": false },
            { "kind": "reminder", "date": "2024-11-23" }
        ]
    }));
    let options = until("2025-05-09", "2028-07-29");
    let with = policy(json!({
        "preset": "standard",
        "surveillance": { "daysAfterEnforcement": 30 }
    }));
    let years = |p: &Policy| projected_enforcements(&timeline(&claim, p, &options).expect("t"));
    assert_eq!(years(&with), years(&Policy::preset(PresetId::Standard)));
    // A taken efterbevakning after the years: what follows is still judged with their fees.
    let standard = Policy::preset(PresetId::Standard);
    let of = |payments: Value| {
        let mut claim =
            enforced_a_then_b("5000.00", "800.00", "2024-06-03", "2026-12-31", payments);
        claim
            .steps
            .push(taken(inkasso::StepKind::Surveillance, "2026-11-02"));
        claim
    };
    let owed = owed_on(&of(json!([])), "2026-12-01");
    let claim = of(json!([{ "date": "2026-12-01", "amount": owed.to_string() }]));
    let t = timeline(&claim, &standard, &until("2024-07-01", "2027-12-31")).expect("timeline");
    assert_unpaid_and_demanded(&t);
}

// The sixth review.

#[test]
fn a_further_year_replaces_no_taken_verkstallighet_that_does_not_count() {
    // Paid on 2025-06-02 what the history owed; a verkställighet taken after that counts for
    // nothing on the history. The further years' fees (paid first) leave 600 kr unpaid: the
    // same years are owed with or without that step, and none "replaces" it.
    let standard = Policy::preset(PresetId::Standard);
    let of = |payments: Value| {
        claim_json(json!({
            "debtor": "consumer",
            "invoices": [{ "number": "A", "amount": "5000.00", "issueDate": "2024-01-10", "dueDate": "2024-02-12" }],
            "steps": [
                { "kind": "collectionDemand", "date": "2024-02-20" },
                { "kind": "paymentOrder", "date": "2024-03-20" },
                { "kind": "enforcement", "date": "2024-05-02" }
            ],
            "payments": payments
        }))
    };
    let owed = owed_on(&of(json!([])), "2025-06-02");
    let without = of(json!([{ "date": "2025-06-02", "amount": owed.to_string() }]));
    let mut with = without.clone();
    with.steps
        .push(taken(inkasso::StepKind::Enforcement, "2025-07-01"));
    let options = until("2025-08-01", "2027-12-31");
    let t_without = timeline(&without, &standard, &options).expect("timeline");
    let t_with = timeline(&with, &standard, &options).expect("timeline");
    assert_eq!(
        projected_enforcements(&t_without),
        ["2025-05-02", "2026-05-02", "2027-05-02"]
    );
    assert_eq!(
        projected_enforcements(&t_with),
        projected_enforcements(&t_without)
    );
    assert!(
        note_texts(&t_with)
            .iter()
            .all(|n| !n.contains("Planned instead")),
        "{:?}",
        note_texts(&t_with)
    );
}

/// A time-barred after 2025-11-20 (a consumer's three years from its issue date), B owed, with
/// `payments`.
fn barred_in_november(payments: Value) -> Claim {
    claim_json(json!({
        "debtor": "consumer",
        "reminderFeeAgreed": true,
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2022-11-20", "dueDate": "2022-12-20" },
            { "number": "B", "amount": "2000.00", "issueDate": "2025-06-02", "dueDate": "2025-07-02" }
        ],
        "payments": payments
    }))
}

#[test]
fn a_payment_after_today_does_not_lift_the_time_barring_before_it() {
    // A is time-barred after 2025-11-20; the claim is paid in full only on 2026-06-01
    // (recorded ahead of today). Nothing may be demanded before that day: every step would
    // demand A, time-barred and unpaid.
    let standard = Policy::preset(PresetId::Standard);
    let options = on("2025-12-01");
    for amount in ["1000.00", "3000.00"] {
        let later = barred_in_november(json!([{ "date": "2026-06-01", "amount": amount }]));
        let t = timeline(&later, &standard, &options).expect("timeline");
        assert!(
            projected_of(&t).is_empty(),
            "{amount}: {:?}",
            projected_of(&t)
        );
    }
    // The same without the payment; with it paid before the day, B's escalation goes on.
    let never = barred_in_november(json!([]));
    let t = timeline(&never, &standard, &options).expect("timeline");
    assert!(projected_of(&t).is_empty(), "{:?}", projected_of(&t));
    let early = barred_in_november(json!([{ "date": "2025-11-14", "amount": "1000.00" }]));
    let t = timeline(&early, &standard, &options).expect("timeline");
    assert!(
        projected_of(&t)
            .iter()
            .any(|e| e.0 == EntryKind::Enforcement),
        "{:?}",
        projected_of(&t)
    );
    assert!(errors_about_projected(&early, &standard, &t).is_empty());
}

#[test]
fn the_last_further_year_projected_says_enforcement_may_go_on() {
    // Verkställighet from 2025-05-02; the timeline projects at most 20 further years (into
    // May 2045). With the horizon past the 21st, the 20th says so; up to the 20th, nothing is said.
    let claim = one_invoice(json!([
        { "kind": "collectionDemand", "date": "2025-02-20" },
        { "kind": "paymentOrder", "date": "2025-03-20" },
        { "kind": "enforcement", "date": "2025-05-02" }
    ]));
    let standard = Policy::preset(PresetId::Standard);
    let said = |t: &Timeline| -> Vec<String> {
        t.entries
            .iter()
            .flat_map(|e| e.notes.iter())
            .map(|n| inkasso::text::warning(n).en)
            .filter(|text| text.contains("at most 20 further years"))
            .collect()
    };
    let far = timeline(&claim, &standard, &until("2025-06-01", "2060-01-01")).expect("timeline");
    let years = projected_enforcements(&far);
    assert_eq!(years.len(), 20, "{years:?}");
    // (Each year a year to the day after the last, not moved off days off: 2045-05-02.)
    assert!(
        years.last().is_some_and(|d| d.starts_with("2045-05")),
        "{years:?}"
    );
    assert_eq!(said(&far).len(), 1);
    let last = far
        .entries
        .iter()
        .rev()
        .find(|e| e.kind == EntryKind::Enforcement);
    assert!(last.is_some_and(|e| e.notes.len() == 2));
    let near = timeline(&claim, &standard, &until("2025-06-01", "2046-05-01")).expect("timeline");
    assert_eq!(projected_enforcements(&near).len(), 20);
    assert!(said(&near).is_empty());
}

// ---------------------------------------------------------------------------------------------
// A history that records steps after its own payments settled the claim (the closing note's
// known limit: a verkställighet taken on a paid claim was replaced by projected steps from years
// before, whose fees, paid first by the settling payment, left the claim unpaid: the taken
// verkställighet was then charged, and the projected one said it did not count).

/// 1 000 kr due 2020-01-31, no interest, a reminder (2020-02-05) and an inkassokrav
/// (2020-02-20) taken, `paid` on 2021-06-01, and `later` steps recorded.
fn paid_in_2021(debtor: &str, agreed: bool, paid: &str, later: Value) -> Claim {
    let mut steps = vec![
        json!({ "kind": "reminder", "date": "2020-02-05" }),
        json!({ "kind": "collectionDemand", "date": "2020-02-20" }),
    ];
    steps.extend(later.as_array().cloned().unwrap_or_default());
    claim_json(json!({
        "debtor": debtor,
        "reminderFeeAgreed": agreed,
        "agreedRate": "0",
        "invoices": [{ "number": "1", "amount": "1000.00", "issueDate": "2020-01-01", "dueDate": "2020-01-31" }],
        "steps": steps,
        "payments": [{ "date": "2021-06-01", "amount": paid }]
    }))
}

/// Each entry as (kind, status, date, fees, note codes).
type Shown = (
    EntryKind,
    EntryStatus,
    String,
    Vec<String>,
    Vec<&'static str>,
);

fn shown(t: &Timeline) -> Vec<Shown> {
    t.entries
        .iter()
        .map(|e| {
            (
                e.kind,
                e.status,
                e.date.to_string(),
                e.fees.iter().map(|f| f.amount.to_string()).collect(),
                e.notes.iter().map(|n| n.code.as_str()).collect(),
            )
        })
        .collect()
}

#[test]
fn a_verkstallighet_taken_after_the_history_settled_the_claim_is_not_replaced() {
    use inkasso::compliance::{check, FindingCode};
    let standard = Policy::preset(PresetId::Standard);
    // (case, claim, the taken steps the history settled before)
    let cases = [
        // The betalningsföreläggande (2020-04-01, 680 kr) before the payment, the verkställighet
        // after it: 60 + 180 + 680 + 1 000 = 1 920 ≤ 2 000 (consumer), settled on 2021-06-01.
        // Was: a verkställighet projected on 2020-05-14 "instead of" the taken one, its 600 kr
        // (and with a horizon the further years') paid first, the taken one charged.
        (
            "payment order before, consumer",
            paid_in_2021(
                "consumer",
                true,
                "2000.00",
                json!([
                    { "kind": "paymentOrder", "date": "2020-04-01" },
                    { "kind": "enforcement", "date": "2021-11-01" }
                ]),
            ),
            vec![3],
        ),
        (
            "payment order before, a payment with room for the projected fees",
            paid_in_2021(
                "consumer",
                true,
                "3000.00",
                json!([
                    { "kind": "paymentOrder", "date": "2020-04-01" },
                    { "kind": "enforcement", "date": "2021-11-01" }
                ]),
            ),
            vec![3],
        ),
        // Both Kronofogden steps after the payment (the reminder fee agreed or not, consumer or
        // business: the förseningsersättning replaces the reminder and inkassokrav fees).
        (
            "both after, consumer, reminder fee agreed",
            paid_in_2021(
                "consumer",
                true,
                "2000.00",
                json!([
                    { "kind": "paymentOrder", "date": "2021-09-01" },
                    { "kind": "enforcement", "date": "2021-11-01" }
                ]),
            ),
            vec![2, 3],
        ),
        (
            "both after, consumer, reminder fee not agreed",
            paid_in_2021(
                "consumer",
                false,
                "2000.00",
                json!([
                    { "kind": "paymentOrder", "date": "2021-09-01" },
                    { "kind": "enforcement", "date": "2021-11-01" }
                ]),
            ),
            vec![2, 3],
        ),
        (
            "both after, business",
            paid_in_2021(
                "business",
                true,
                "2000.00",
                json!([
                    { "kind": "paymentOrder", "date": "2021-09-01" },
                    { "kind": "enforcement", "date": "2021-11-01" }
                ]),
            ),
            vec![2, 3],
        ),
        // Paid on 2021-05-03, the verkställighet on the day a year after the one that was
        // projected in its place (2020-05-14): it was charged as a further application.
        (
            "on the replacement's anniversary",
            {
                let mut claim = paid_in_2021(
                    "consumer",
                    true,
                    "2000.00",
                    json!([
                        { "kind": "paymentOrder", "date": "2020-04-01" },
                        { "kind": "enforcement", "date": "2021-05-14" }
                    ]),
                );
                for p in &mut claim.payments {
                    p.date = parse_date("2021-05-03").expect("date");
                }
                claim
            },
            vec![3],
        ),
    ];
    let options = [
        ("no today, no horizon", TimelineOptions::default()),
        (
            "a horizon, no today",
            TimelineOptions {
                horizon: Some(parse_date("2024-01-01").expect("date")),
                ..TimelineOptions::default()
            },
        ),
        (
            "today before the payment",
            until("2020-03-01", "2024-01-01"),
        ),
        ("today after the history", on("2024-01-01")),
    ];
    for (case, claim, flagged) in cases {
        // `check` finds each Kronofogden step after the payment made on a paid claim.
        let found: Vec<usize> = check(&claim, Some(&standard))
            .expect("check")
            .iter()
            .filter(|f| f.code == FindingCode::KronofogdenWithoutDebt)
            .filter_map(|f| f.step)
            .collect();
        assert_eq!(found, flagged, "{case}");
        let mut first: Option<Vec<Shown>> = None;
        for (when, options) in &options {
            let name = format!("{case}, {when}");
            let t = timeline(&claim, &standard, options).expect("timeline");
            // Nothing is projected: not in place of the history, not a further year.
            assert_eq!(projected_of(&t), [], "{name}");
            assert!(
                note_texts(&t).iter().all(|n| !n.contains("instead of")),
                "{name}: {:?}",
                note_texts(&t)
            );
            // The taken steps `check` flags are shown as taken, charge nothing, and say why:
            // the claim's capital was paid.
            for &step in &flagged {
                let e = t
                    .entries
                    .iter()
                    .find(|e| e.step == Some(step))
                    .expect("taken");
                assert_eq!(e.status, EntryStatus::Taken, "{name}");
                assert!(e.fees.is_empty(), "{name}: {:?}", e.fees);
                let codes: Vec<&str> = e.notes.iter().map(|n| n.code.as_str()).collect();
                assert_eq!(codes, ["CLAIM_SETTLED"], "{name}");
                assert!(e.if_paid.total.is_zero(), "{name}: {:?}", e.if_paid);
            }
            // The claim is paid, as the history says.
            assert!(t.final_value.total.is_zero(), "{name}: {:?}", t.final_value);
            assert_if_paid_is_the_statement(&claim, &standard, &t, &name);
            // The same timeline whenever it is asked.
            let got = shown(&t);
            match &first {
                Some(want) => assert_eq!(&got, want, "{name}"),
                None => first = Some(got),
            }
        }
    }
}

#[test]
fn a_history_settled_after_its_last_step_is_still_projected_and_its_years_still_reopen_it() {
    // Unchanged by the rule above. (1) The payment comes after every taken step: the projected
    // betalningsföreläggande and verkställighet (2020) are the road from the inkassokrav, their
    // fees paid first by the payment of 2021, which leaves capital unpaid.
    let standard = Policy::preset(PresetId::Standard);
    let open = paid_in_2021("consumer", true, "2000.00", json!([]));
    let t = timeline(&open, &standard, &TimelineOptions::default()).expect("timeline");
    assert_eq!(
        projected_of(&t),
        [
            (EntryKind::PaymentOrder, "2020-03-12".to_string()),
            (EntryKind::Enforcement, "2020-04-24".to_string())
        ]
    );
    assert!(t.final_value.capital.is_positive());
    // (2) A verkställighet that counts (2020-05-04): its further years are Kronofogden's and
    // still projected when the history records a step after the payment the history alone
    // settles it with (a further year's fee reopens that settlement, whatever its date).
    let enforced = claim_json(json!({
        "debtor": "consumer",
        "agreedRate": "0",
        "invoices": [{ "number": "1", "amount": "1000.00", "issueDate": "2020-01-01", "dueDate": "2020-01-31" }],
        "steps": [
            { "kind": "collectionDemand", "date": "2020-02-20" },
            { "kind": "paymentOrder", "date": "2020-04-01" },
            { "kind": "enforcement", "date": "2020-05-04" },
            { "kind": "enforcement", "date": "2022-09-01" }
        ],
        "payments": [{ "date": "2021-06-01", "amount": "2460.00" }]
    }));
    let horizon = TimelineOptions {
        horizon: Some(parse_date("2024-01-01").expect("date")),
        ..TimelineOptions::default()
    };
    let t = timeline(&enforced, &standard, &horizon).expect("timeline");
    assert_eq!(
        projected_enforcements(&t),
        ["2021-05-04", "2022-05-04", "2023-05-04"]
    );
}

// ---------------------------------------------------------------------------------------------
// An inkassokrav sent again after a verkställighet (the closing note's known limit: it was never
// followed by a betalningsföreläggande, and the invoice it demands never by a verkställighet of
// its own).

/// Each entry as (kind, status, date, deadline or "-", fees as "kind amount", note texts (en),
/// ifPaid total).
type Road = (
    EntryKind,
    EntryStatus,
    String,
    String,
    Vec<String>,
    Vec<String>,
    String,
);

fn road(t: &Timeline) -> Vec<Road> {
    t.entries
        .iter()
        .map(|e| {
            (
                e.kind,
                e.status,
                e.date.to_string(),
                e.deadline.map_or("-".to_owned(), |d| d.to_string()),
                e.fees
                    .iter()
                    .map(|f| format!("{} {}", f.kind.as_str(), f.amount))
                    .collect(),
                e.notes
                    .iter()
                    .map(|n| inkasso::text::warning(n).en)
                    .collect(),
                e.if_paid.total.to_string(),
            )
        })
        .collect()
}

fn step_of(
    kind: EntryKind,
    status: EntryStatus,
    date: &str,
    deadline: &str,
    fees: &[&str],
    notes: &[&str],
    total: &str,
) -> Road {
    let strings = |xs: &[&str]| xs.iter().map(|x| (*x).to_owned()).collect::<Vec<_>>();
    (
        kind,
        status,
        date.to_owned(),
        deadline.to_owned(),
        strings(fees),
        strings(notes),
        total.to_owned(),
    )
}

/// The findings `check` makes about the projected steps of `t`, recorded as the timeline
/// projects them (their terms, and `fee: false` for one that charged nothing).
fn findings_about_projected(claim: &Claim, policy: &Policy, t: &Timeline) -> Vec<String> {
    let mut with = claim.clone();
    for e in t
        .entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected)
    {
        with.steps
            .push(e.record.expect("a projected entry's record"));
    }
    inkasso::compliance::check(&with, Some(policy))
        .expect("check")
        .iter()
        .filter(|f| f.step.is_some_and(|s| s >= claim.steps.len()))
        .map(|f| f.text().en)
        .collect()
}

/// A projected entry recorded as the step taken, as the package README says: its term, and
/// `fee: false` for one that charged nothing.
fn recorded(e: &inkasso::timeline::Entry) -> inkasso::Step {
    let mut step = inkasso::Step::new(e.kind.step_kind().expect("a step"), e.date);
    if let Some(deadline) = e.deadline {
        step.payment_term_days = u32::try_from((deadline - e.date).whole_days()).ok();
    }
    if e.fees.is_empty() {
        step.fee = Some(false);
    }
    step.further_year = e.further_year;
    step
}

const B_SENT_AGAIN: &str = "Sent again because the debt-collection demand of 2025-02-20 does not cover every invoice: the last falls due on 2025-08-29, after it.";
const ONE_MORE_YEAR: &str =
    "Enforcement continues another year (further year 1): one more basic fee.";

#[test]
fn an_inkassokrav_sent_again_after_a_verkstallighet_goes_on_to_its_own_verkstallighet() {
    use EntryKind::{CollectionDemand as Demand, Due, Enforcement, PaymentOrder};
    use EntryStatus::{Fact, Projected, Taken};
    // A (1 000 kr, due 2025-02-10) is enforced on 2025-05-02 after a partial inkassokrav and a
    // betalningsföreläggande; B (2 000 kr, due 2025-08-29) was not yet due. Was: B's
    // inkassokrav sent again, then only A's further years.
    let claim = a_then_b(json!([
        { "kind": "collectionDemand", "date": "2025-02-20" },
        { "kind": "paymentOrder", "date": "2025-03-20" },
        { "kind": "enforcement", "date": "2025-05-02" }
    ]));
    let standard = Policy::preset(PresetId::Standard);
    let t = timeline(&claim, &standard, &until("2025-06-01", "2026-12-01")).expect("timeline");
    assert_eq!(
        road(&t),
        vec![
            step_of(Demand, Taken, "2025-02-20", "2025-03-03", &["collectionFee 180.00"], &[], "3186.33"),
            step_of(
                PaymentOrder,
                Taken,
                "2025-03-20",
                "-",
                &["paymentOrderFee 300.00", "paymentOrderCompensation 380.00"],
                &[],
                "3871.45"
            ),
            step_of(Enforcement, Taken, "2025-05-02", "-", &["enforcementFee 600.00"], &[], "4484.41"),
            step_of(Due, Fact, "2025-08-29", "2025-08-29", &[], &[], "4518.63"),
            // Sent again, its fee charged with the partial one.
            step_of(Demand, Projected, "2025-09-05", "2025-09-15", &[], &[B_SENT_AGAIN], "4532.61"),
            // Ten days after its deadline (`paymentOrder.daysAfter`); the claim's one
            // betalningsföreläggande fee was charged with the taken one.
            step_of(
                PaymentOrder,
                Projected,
                "2025-09-25",
                "-",
                &[],
                &["No fee for another application for a payment order on 2025-09-25: one fee per claim."],
                "4540.82"
            ),
            // The assumed utslag 42 days after the application, and a day after it
            // (`enforcement`): on B's own title (its utslag), so its own grundavgift, also
            // within the year of A's of 2025-05-02 (förordning 1992:1094 5 §).
            step_of(Enforcement, Projected, "2025-11-07", "-", &["enforcementFee 600.00"], &[], "5176.17"),
            // The claim's year runs on from 2025-05-02, and the debt enforced is now A and B.
            step_of(
                Enforcement,
                Projected,
                "2026-05-02",
                "-",
                &["enforcementFee 600.00"],
                &[ONE_MORE_YEAR],
                "5920.82"
            ),
        ]
    );
    assert_eq!(t.final_value.capital.to_string(), "3000.00");
    assert_eq!(t.final_value.fees.to_string(), "2660.00");
    assert_eq!(t.final_value.total.to_string(), "6095.89");
    assert_eq!(
        findings_about_projected(&claim, &standard, &t),
        Vec::<String>::new()
    );
}

#[test]
fn a_verkstallighet_on_a_title_not_recorded_is_followed_by_b_s_own_betalningsforelaggande() {
    use EntryKind::{CollectionDemand as Demand, Due, Enforcement, PaymentOrder};
    use EntryStatus::{Fact, Projected, Taken};
    // Only the verkställighet of A is recorded (on a dom, say): B's inkassokrav, then the
    // claim's first betalningsföreläggande (300 + 380 kr), then B's verkställighet.
    let claim = a_then_b(json!([{ "kind": "enforcement", "date": "2025-05-02" }]));
    let standard = Policy::preset(PresetId::Standard);
    let t = timeline(&claim, &standard, &until("2025-06-01", "2026-12-01")).expect("timeline");
    assert_eq!(
        road(&t),
        vec![
            step_of(
                Enforcement,
                Taken,
                "2025-05-02",
                "-",
                &["enforcementFee 600.00"],
                &[],
                "3624.41"
            ),
            step_of(Due, Fact, "2025-08-29", "2025-08-29", &[], &[], "3658.63"),
            step_of(
                Demand,
                Projected,
                "2025-09-05",
                "2025-09-15",
                &["collectionFee 180.00"],
                &[],
                "3852.61"
            ),
            step_of(
                PaymentOrder,
                Projected,
                "2025-09-25",
                "-",
                &["paymentOrderFee 300.00", "paymentOrderCompensation 380.00"],
                &[],
                "4540.82"
            ),
            // B's own title: its own grundavgift.
            step_of(
                Enforcement,
                Projected,
                "2025-11-07",
                "-",
                &["enforcementFee 600.00"],
                &[],
                "5176.17"
            ),
            step_of(
                Enforcement,
                Projected,
                "2026-05-02",
                "-",
                &["enforcementFee 600.00"],
                &[ONE_MORE_YEAR],
                "5920.82"
            ),
        ]
    );
    assert_eq!(t.final_value.total.to_string(), "6095.89");
    assert_eq!(
        findings_about_projected(&claim, &standard, &t),
        Vec::<String>::new()
    );
    // The inkassokrav recorded as sent: the road goes on from it, the same.
    let mut recorded = claim.clone();
    recorded
        .steps
        .push(taken(inkasso::StepKind::CollectionDemand, "2025-09-05"));
    let later = timeline(&recorded, &standard, &until("2025-09-10", "2026-12-01")).expect("t");
    assert_eq!(
        projected_fees(&later),
        vec![
            (
                PaymentOrder,
                "2025-09-25".to_string(),
                vec!["300.00".to_string(), "380.00".to_string()]
            ),
            (
                Enforcement,
                "2025-11-07".to_string(),
                vec!["600.00".to_string()]
            ),
            (
                Enforcement,
                "2026-05-02".to_string(),
                vec!["600.00".to_string()]
            ),
        ]
    );
}

#[test]
fn the_road_after_a_verkstallighet_stops_when_the_claim_is_paid_or_the_policy_ends() {
    let claim = |payments: Value| {
        let mut c = a_then_b(json!([{ "kind": "enforcement", "date": "2025-05-02" }]));
        c.payments = claim_json(json!({
            "debtor": "consumer",
            "invoices": [{ "number": "A", "amount": "1.00", "issueDate": "2025-01-10" }],
            "payments": payments
        }))
        .payments;
        c
    };
    let standard = Policy::preset(PresetId::Standard);
    let options = until("2025-06-01", "2026-12-01");
    // Paid in full after the inkassokrav's deadline: no betalningsföreläggande, no further year.
    let paid = claim(json!([{ "date": "2025-09-18", "amount": "10000.00" }]));
    let t = timeline(&paid, &standard, &options).expect("timeline");
    assert_eq!(
        projected_of(&t),
        vec![(EntryKind::CollectionDemand, "2025-09-05".to_string())]
    );
    // A policy whose road ends with the inkassokrav: nothing after it but A's further year.
    let letters_only = policy(json!({
        "preset": "standard", "paymentOrder": null, "enforcement": null
    }));
    let t = timeline(&claim(json!([])), &letters_only, &options).expect("timeline");
    assert_eq!(
        projected_of(&t),
        vec![
            (EntryKind::CollectionDemand, "2025-09-05".to_string()),
            (EntryKind::Enforcement, "2026-05-02".to_string())
        ]
    );
}

#[test]
fn a_verkstallighet_covering_every_invoice_projects_no_second_round() {
    // A due 2025-02-10 and B due 2025-03-20, both overdue at the inkassokrav and the
    // verkställighet: only the further year.
    let claim = ab(json!({ "steps": [
        { "kind": "collectionDemand", "date": "2025-03-25" },
        { "kind": "paymentOrder", "date": "2025-04-22" },
        { "kind": "enforcement", "date": "2025-06-02" }
    ] }));
    let t = timeline(
        &claim,
        &Policy::preset(PresetId::Standard),
        &until("2025-07-01", "2026-12-01"),
    )
    .expect("timeline");
    assert_eq!(
        projected_fees(&t),
        vec![(
            EntryKind::Enforcement,
            "2026-06-02".to_string(),
            vec!["600.00".to_string()]
        )]
    );
}

#[test]
fn the_further_years_of_both_rounds_are_at_most_twenty_in_all() {
    // A enforced from 2025-05-02 and credited away on 2035-06-01 (ten further years); B due in
    // 2036 gets its own verkställighet, more than a year after the last grundavgift, and its
    // years: ten more, the twentieth saying enforcement may go on (no overflow of the projected
    // steps). B is issued in 2035: A's verkställighet does not interrupt B's preskription (B
    // was not in its case), so a B issued in 2025 would be time-barred in 2035.
    let claim = claim_json(json!({
        "debtor": "business",
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "2000.00", "issueDate": "2035-12-01", "dueDate": "2036-03-31" }
        ],
        "credits": [{ "invoice": "A", "date": "2035-06-01", "amount": "1000.00" }],
        "steps": [{ "kind": "enforcement", "date": "2025-05-02" }]
    }));
    let t = timeline(
        &claim,
        &Policy::preset(PresetId::Standard),
        &until("2025-06-01", "2070-01-01"),
    )
    .expect("timeline");
    let years = further_years(&t);
    assert_eq!(years.len(), 20, "{:?}", projected_fees(&t));
    // The tenth a year after the ninth (days off move them), before the credit note.
    assert!(
        years.get(9).is_some_and(|y| y.starts_with("2035-05"))
            && years.get(10).is_some_and(|y| y.starts_with("2037-")),
        "{years:?}"
    );
    let own = projected_fees(&t)
        .into_iter()
        .find(|e| e.0 == EntryKind::Enforcement && !years.contains(&e.1));
    assert!(
        own.as_ref()
            .is_some_and(|e| e.1.starts_with("2036-") && e.2 == ["600.00"]),
        "{own:?}"
    );
    let last = t
        .entries
        .iter()
        .rev()
        .find(|e| e.kind == EntryKind::Enforcement);
    assert!(last.is_some_and(|e| e.notes.len() == 2), "{last:?}");
}

/// A verkställighet recorded with `fee: false` charged no grundavgift: the one projected for
/// the invoice it left out charges one (as the engine does once it is recorded), and the
/// timeline's fees are those of a statement of the steps it projects.
#[test]
fn a_verkstallighet_recorded_without_a_fee_leaves_the_next_one_its_grundavgift() {
    let claim = a_then_b(json!([{ "kind": "enforcement", "date": "2025-05-02", "fee": false }]));
    let standard = Policy::preset(PresetId::Standard);
    let t = timeline(&claim, &standard, &until("2025-06-01", "2026-12-01")).expect("timeline");
    let b_enforced = t
        .entries
        .iter()
        .find(|e| {
            e.kind == EntryKind::Enforcement
                && e.status == EntryStatus::Projected
                && e.date.to_string() == "2025-11-07"
        })
        .expect("B's verkställighet");
    assert_eq!(
        b_enforced
            .fees
            .iter()
            .map(|f| format!("{} {}", f.kind.as_str(), f.amount))
            .collect::<Vec<_>>(),
        ["enforcementFee 600.00"]
    );
    assert!(
        b_enforced.notes.is_empty(),
        "{:?}",
        b_enforced
            .notes
            .iter()
            .map(|n| inkasso::text::warning(n).en)
            .collect::<Vec<_>>()
    );
    assert_eq!(
        findings_about_projected(&claim, &standard, &t),
        Vec::<String>::new()
    );
    // Recorded as projected, the steps are charged the same by the engine, and the timeline
    // asked again projects what is left the same.
    let mut recorded = claim.clone();
    for e in t.entries.iter().filter(|e| {
        e.status == EntryStatus::Projected && e.date.to_string().as_str() <= "2025-11-07"
    }) {
        let mut step = inkasso::Step::new(e.kind.step_kind().expect("a step"), e.date);
        if let Some(deadline) = e.deadline {
            step.payment_term_days = u32::try_from((deadline - e.date).whole_days()).ok();
        }
        recorded.steps.push(step);
    }
    let again = timeline(&recorded, &standard, &until("2025-11-08", "2026-12-01")).expect("t");
    assert_eq!(again.final_value, t.final_value);
    assert_eq!(projected_fees(&again), {
        let all = projected_fees(&t);
        all.into_iter()
            .filter(|(_, date, _)| date.as_str() > "2025-11-07")
            .collect::<Vec<_>>()
    });
}

/// A dispute recorded before a verkställighet that counts was decided (its title can only be a
/// dom), whether or not the verkställighet covered every invoice: the invoice it left out goes
/// on from its own inkassokrav, not to court on the other invoice's dispute.
#[test]
fn a_dispute_before_a_partial_verkstallighet_is_decided_and_the_invoice_left_out_goes_on() {
    let claim = a_then_b(json!([
        { "kind": "collectionDemand", "date": "2025-02-20" },
        { "kind": "paymentOrder", "date": "2025-03-20" },
        { "kind": "dispute", "date": "2025-03-30" },
        { "kind": "enforcement", "date": "2025-05-02" }
    ]));
    for policy in [
        Policy::preset(PresetId::Standard),
        policy(json!({ "preset": "standard", "court": {} })),
    ] {
        let t = timeline(&claim, &policy, &until("2025-06-01", "2026-12-01")).expect("timeline");
        assert_eq!(
            projected_of(&t),
            vec![
                (EntryKind::CollectionDemand, "2025-09-05".to_string()),
                (EntryKind::PaymentOrder, "2025-09-25".to_string()),
                (EntryKind::Enforcement, "2025-11-07".to_string()),
                (EntryKind::Enforcement, "2026-05-02".to_string()),
            ],
            "{}",
            policy.id
        );
        assert_eq!(
            findings_about_projected(&claim, &policy, &t),
            Vec::<String>::new()
        );
    }
}

/// `check` values a history that runs past the rate table with the last known referensränta
/// assumed, as the timeline projects: a payment after the table pays those days' interest
/// first, so the projected steps the timeline found owed are not "capital already paid".
#[test]
fn check_values_a_history_past_the_rate_table_as_the_timeline_does() {
    let claim = claim_json(json!({
        "debtor": "business",
        "lateFee": false,
        "invoices": [
            { "number": "I0", "amount": "12987.00", "issueDate": "2024-07-05", "dueDate": "2024-08-04" },
            { "number": "I1", "amount": "63.00", "issueDate": "2024-09-14", "dueDate": "2024-10-14" }
        ],
        "payments": [{ "date": "2028-09-07", "amount": "18367.00" }],
        "steps": [{ "kind": "enforcement", "date": "2025-02-04", "fee": false }]
    }));
    let policy = Policy::preset(PresetId::LawfulMinimum);
    let t = timeline(&claim, &policy, &until("2025-02-05", "2029-11-19")).expect("timeline");
    let late = t
        .entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected && e.date.year() >= 2028)
        .count();
    assert!(late > 0, "{:?}", projected_of(&t));
    assert_eq!(
        findings_about_projected(&claim, &policy, &t),
        Vec::<String>::new()
    );
}

#[test]
fn a_further_year_recorded_while_invoices_await_a_title_is_not_their_verkstallighet() {
    use EntryKind::{CollectionDemand as Demand, Due, Enforcement, PaymentOrder};
    use EntryStatus::{Fact, Projected, Taken};
    // A is enforced on 2025-05-02; B's inkassokrav was sent again on 2025-09-05, and A's
    // further year of 2026-05-04 is recorded, but no betalningsföreläggande for B: B has no
    // title, so the recorded verkställighet is A's further year and B's road goes on. Was: read
    // as B's verkställighet, with B's betalningsföreläggande and verkställighet gone.
    let claim = a_then_b(json!([
        { "kind": "collectionDemand", "date": "2025-02-20" },
        { "kind": "paymentOrder", "date": "2025-03-20" },
        { "kind": "enforcement", "date": "2025-05-02" },
        { "kind": "collectionDemand", "date": "2025-09-05" },
        { "kind": "enforcement", "date": "2026-05-04" }
    ]));
    let standard = Policy::preset(PresetId::Standard);
    let t = timeline(&claim, &standard, &until("2026-06-01", "2027-12-01")).expect("timeline");
    assert_eq!(
        road(&t)[5..],
        vec![
            step_of(Enforcement, Taken, "2026-05-04", "-", &["enforcementFee 600.00"], &[], "5322.47"),
            step_of(
                PaymentOrder,
                Projected,
                "2026-06-01",
                "-",
                &[],
                &["No fee for another application for a payment order on 2026-06-01: one fee per claim."],
                "5345.48"
            ),
            // Within the year of the recorded further year's grundavgift, but on the utslag of
            // the invoices it left out: a title of its own, so its own grundavgift
            // (förordning 1992:1094 5 §); the claim's year still runs from 2026-05-04.
            step_of(
                Enforcement,
                Projected,
                "2026-07-14",
                "-",
                &["enforcementFee 600.00"],
                &[],
                "5980.83"
            ),
            step_of(
                Enforcement,
                Projected,
                "2027-05-04",
                "-",
                &["enforcementFee 600.00"],
                &[ONE_MORE_YEAR],
                "6822.47"
            ),
        ]
    );
    assert_eq!(
        road(&t)[3],
        step_of(Due, Fact, "2025-08-29", "2025-08-29", &[], &[], "4518.63")
    );
    assert_eq!(road(&t)[4].0, Demand);
    assert_eq!(
        findings_about_projected(&claim, &standard, &t),
        Vec::<String>::new()
    );
    // Recorded before B's inkassokrav was sent again: the same further year, and B's road from
    // its inkassokrav.
    let claim = a_then_b(json!([
        { "kind": "collectionDemand", "date": "2025-02-20" },
        { "kind": "paymentOrder", "date": "2025-03-20" },
        { "kind": "enforcement", "date": "2025-05-02" },
        { "kind": "enforcement", "date": "2026-05-04" }
    ]));
    let t = timeline(&claim, &standard, &until("2026-06-01", "2027-12-01")).expect("timeline");
    let kinds: Vec<(EntryKind, EntryStatus, String)> = road(&t)[4..]
        .iter()
        .map(|r| (r.0, r.1, r.2.clone()))
        .collect();
    assert_eq!(
        kinds,
        vec![
            (Enforcement, Taken, "2026-05-04".to_owned()),
            (Demand, Projected, "2026-06-01".to_owned()),
            (PaymentOrder, Projected, "2026-06-22".to_owned()),
            (Enforcement, Projected, "2026-08-04".to_owned()),
            (Enforcement, Projected, "2027-05-04".to_owned()),
        ]
    );
}

#[test]
fn a_further_year_reads_as_the_case_going_on_not_as_an_application() {
    // A verkställighet taken on 2025-05-02: the year after it is Kronofogden's yearly fee on the
    // case under way, and its entry says so (it read "Application for enforcement planned").
    let claim = one_invoice(json!([
        { "kind": "collectionDemand", "date": "2025-02-20" },
        { "kind": "paymentOrder", "date": "2025-03-20" },
        { "kind": "enforcement", "date": "2025-05-02" }
    ]));
    let standard = Policy::preset(PresetId::Standard);
    let t = timeline(&claim, &standard, &until("2025-06-01", "2026-06-01")).expect("timeline");
    let further: Vec<_> = t
        .entries
        .iter()
        .filter(|e| e.kind == EntryKind::Enforcement && e.status == EntryStatus::Projected)
        .collect();
    let [year] = further.as_slice() else {
        panic!("one further year: {further:?}");
    };
    let text = inkasso::text::entry(year);
    assert!(
        text.sv.starts_with(&format!(
            "Verkställigheten pågår ett år till från {}, avgift 600,00",
            year.date
        )),
        "{}",
        text.sv
    );
    assert!(
        text.en.starts_with(&format!(
            "Enforcement continues another year from {}, fee SEK 600.00",
            year.date
        )),
        "{}",
        text.en
    );
    let note = year.notes.first().map(inkasso::text::warning);
    assert_eq!(
        note.map(|n| n.sv),
        Some(
            "Verkställigheten pågår ett år till (ytterligare år 1): en ny grundavgift.".to_owned()
        )
    );
    // The taken one is still an application.
    let taken = t
        .entries
        .iter()
        .find(|e| e.kind == EntryKind::Enforcement)
        .expect("taken");
    assert!(inkasso::text::entry(taken)
        .en
        .starts_with("Application for enforcement filed on 2025-05-02"));
}

#[test]
fn recording_a_further_year_moves_nothing_the_invoices_left_out_wait_for() {
    // B (due 2026-04-10) was left out of A's verkställighet of 2025-05-02. Seen on 2025-06-01:
    // B's inkassokrav 2026-04-17, A's further year 2026-05-02, B's betalningsföreläggande
    // 2026-05-07 and verkställighet. Recording the first two changes nothing after them. Was:
    // the recorded year became the anchor, and B's betalningsföreläggande moved to 2026-05-15.
    let claim = claim_json(json!({
        "debtor": "consumer",
        "reminderFeeAgreed": true,
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "2000.00", "issueDate": "2025-01-10", "dueDate": "2026-04-10" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2025-02-20" },
            { "kind": "paymentOrder", "date": "2025-03-20" },
            { "kind": "enforcement", "date": "2025-05-02" }
        ]
    }));
    let standard = Policy::preset(PresetId::Standard);
    let first = timeline(&claim, &standard, &until("2025-06-01", "2027-12-01")).expect("timeline");
    let through = parse_date("2026-05-05").expect("date");
    let mut recorded_claim = claim.clone();
    for e in first
        .entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected && e.date <= through)
    {
        recorded_claim.steps.push(recorded(e));
    }
    assert_eq!(
        recorded_claim.steps.len(),
        5,
        "B's inkassokrav and A's further year"
    );
    let again = timeline(
        &recorded_claim,
        &standard,
        &until("2026-05-05", "2027-12-01"),
    )
    .expect("timeline");
    // The notes aside: a further year's number counts from the last one recorded.
    let after = |t: &Timeline| -> Vec<Road> {
        road(t)
            .into_iter()
            .filter(|r| r.1 == EntryStatus::Projected && r.2.as_str() > "2026-05-05")
            .map(|mut r| {
                r.5.clear();
                r
            })
            .collect()
    };
    assert_eq!(after(&again), after(&first));
    assert_eq!(
        after(&first)
            .iter()
            .map(|r| (r.0, r.2.clone()))
            .collect::<Vec<_>>(),
        vec![
            (EntryKind::PaymentOrder, "2026-05-07".to_owned()),
            (EntryKind::Enforcement, "2026-06-22".to_owned()),
            (EntryKind::Enforcement, "2027-05-02".to_owned()),
        ]
    );
    assert_eq!(again.final_value, first.final_value);
}

/// A projected amorteringsplan dated before a step the history records later (an
/// efterbevakning, a betalningsföreläggande without an inkassokrav: neither moves the
/// anchors; a `courtAction` without a dispute did, until it became a case before the court
/// that nothing but its judgment follows: `tests/pending_court_case.rs`) is still projected: `instalmentPlan`'s refusal of later steps is for a
/// caller's own plan, not for the timeline's.
#[test]
fn a_projected_plan_before_a_later_recorded_step_is_still_projected() {
    for steps in [
        json!([
            { "kind": "reminder", "date": "2025-10-06" },
            { "kind": "collectionDemand", "date": "2025-10-27" },
            { "kind": "surveillance", "date": "2026-01-20" }
        ]),
        json!([{ "kind": "paymentOrder", "date": "2025-09-01" }]),
    ] {
        let claim = claim_json(json!({
            "debtor": "consumer", "reminderFeeAgreed": true,
            "invoices": [{ "number": "A1", "amount": "5000.00", "issueDate": "2025-09-01", "dueDate": "2025-10-01" }],
            "steps": steps
        }));
        let policy = policy_of(json!({ "preset": "standard", "paymentPlan": {} }));
        let t = timeline(&claim, &policy, &TimelineOptions::default()).expect("timeline");
        assert!(
            t.entries.iter().any(|e| e.kind == EntryKind::PaymentPlan),
            "{steps}"
        );
    }
}

/// With a stage's `daysAfter: 0`, a betalningsföreläggande after a final notice and an
/// amorteringsplan after an inkassokrav come the day after the last letter's deadline at the
/// earliest: paying by a deadline settles the claim without the next step's costs.
#[test]
fn no_step_on_the_last_letters_deadline_day() {
    let claim = claim_json(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "A1", "amount": "5000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" }]
    }));
    for (policy, before, after) in [
        (
            json!({ "preset": "reminderDemandFinalNotice", "paymentOrder": { "daysAfter": 0 } }),
            EntryKind::FinalNotice,
            EntryKind::PaymentOrder,
        ),
        (
            json!({ "preset": "standard", "paymentPlan": { "daysAfter": 0 } }),
            EntryKind::CollectionDemand,
            EntryKind::PaymentPlan,
        ),
    ] {
        let t = timeline(&claim, &policy_of(policy.clone()), &on("2025-01-15")).expect("timeline");
        let entry = |kind: EntryKind| {
            t.entries
                .iter()
                .find(|e| e.kind == kind && e.status == EntryStatus::Projected)
                .unwrap_or_else(|| panic!("{kind:?} in {policy}"))
        };
        let (letter, next) = (entry(before), entry(after));
        let deadline = letter.deadline.expect("deadline");
        assert!(
            next.date > deadline,
            "{policy}: {} on {deadline}",
            next.date
        );
        // What settles the claim by the letter's deadline holds none of the next step's fees.
        let next_fees: Vec<_> = next.fees.iter().map(|f| f.kind).collect();
        assert!(
            letter.fees.iter().all(|f| !next_fees.contains(&f.kind))
                && letter.if_paid.fees < next.if_paid.fees,
            "{policy}"
        );
    }
}

/// Zero-day handling times: no utslag on the day of the application, no judgment on the day
/// of the filing, no stämningsansökan on the day of the dispute, no verkställighet on the day
/// of the entry it follows; so no entry's value holds the next step's fee.
#[test]
fn zero_day_handling_times_are_a_day() {
    let claim = claim_json(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "8000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" }]
    }));
    let policy = policy_of(json!({
        "preset": "standard",
        "enforcement": { "assumedDecisionDays": 0, "daysAfterDecision": 0 }
    }));
    let t = timeline(&claim, &policy, &on("2025-02-03")).expect("timeline");
    let at = |kind: EntryKind| {
        t.entries
            .iter()
            .find(|e| e.kind == kind)
            .unwrap_or_else(|| panic!("{kind:?}"))
    };
    let (order, enforcement) = (at(EntryKind::PaymentOrder), at(EntryKind::Enforcement));
    assert!(
        enforcement.date > order.date,
        "{} {}",
        order.date,
        enforcement.date
    );
    assert!(order.if_paid.fees.lt(&enforcement.if_paid.fees));

    let disputed = claim_json(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "8000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" }],
        "steps": [
            { "kind": "collectionDemand", "date": "2025-02-05", "paymentTermDays": 10 },
            { "kind": "dispute", "date": "2025-02-10" }
        ]
    }));
    let court = policy_of(json!({
        "preset": "standard",
        "court": { "daysAfterDispute": 0, "assumedJudgmentDays": 0 },
        "enforcement": { "assumedDecisionDays": 0, "daysAfterDecision": 0 }
    }));
    let t = timeline(&disputed, &court, &on("2025-02-10")).expect("timeline");
    let dates: Vec<(EntryKind, String)> = t
        .entries
        .iter()
        .filter(|e| {
            matches!(
                e.kind,
                EntryKind::Dispute
                    | EntryKind::CourtAction
                    | EntryKind::Judgment
                    | EntryKind::Enforcement
            )
        })
        .map(|e| (e.kind, e.date.to_string()))
        .collect();
    assert_eq!(
        dates,
        vec![
            (EntryKind::Dispute, "2025-02-10".to_string()),
            (EntryKind::CourtAction, "2025-02-11".to_string()),
            (EntryKind::Judgment, "2025-02-12".to_string()),
            (EntryKind::Enforcement, "2025-02-13".to_string()),
        ]
    );
}

/// The note that a step waits for every invoice to fall due is given only when that is why
/// it moved, not when `today` (later than the due date) dated it.
#[test]
fn waiting_for_the_due_date_is_said_only_when_it_is_the_reason() {
    let claim = claim_json(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "A", "amount": "3000.00", "issueDate": "2025-09-01", "dueDate": "2025-10-01" }]
    }));
    let policy = policy_of(json!({ "preset": "standard", "reminder": { "daysAfterDue": 0 } }));
    let reminder = |today: &str| {
        let t = timeline(&claim, &policy, &on(today)).expect("timeline");
        let e = t
            .entries
            .iter()
            .find(|e| e.kind == EntryKind::Reminder)
            .expect("reminder")
            .clone();
        let waits = e.notes.iter().any(|n| {
            n.text()
                .en
                .starts_with("Waits until every invoice is overdue")
        });
        (e.date.to_string(), waits)
    };
    assert_eq!(reminder("2025-09-20"), ("2025-10-02".to_string(), true));
    assert_eq!(reminder("2025-10-15"), ("2025-10-15".to_string(), false));
}

/// A projected efterbevakning comes after the other steps projected on its day (a cross-export
/// review: it was listed before an inkassokrav of the same day whose fee its `ifPaid` held).
/// Since the fifty-sixth round no step is projected on a projected efterbevakning's day (once
/// recorded, nothing could be): the inkassokrav of that day moves to the next bank day, after
/// the efterbevakning.
#[test]
fn a_projected_efterbevakning_is_listed_after_the_steps_of_its_day() {
    let claim = claim_json(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2023-08-14", "dueDate": "2023-08-28" },
            { "number": "B", "amount": "2000.00", "issueDate": "2024-01-12", "dueDate": "2024-02-01" }
        ],
        "steps": [
            { "kind": "reminder", "date": "2023-09-01", "paymentTermDays": 10 },
            { "kind": "paymentOrder", "date": "2023-11-13" },
            { "kind": "enforcement", "date": "2024-01-05" }
        ]
    }));
    let policy = policy(json!({ "preset": "standard", "surveillance": {} }));
    let t = timeline(&claim, &policy, &on("2024-06-03")).expect("timeline");
    let from_today: Vec<(EntryKind, String)> = t
        .entries
        .iter()
        .filter(|e| e.date >= parse_date("2024-06-03").expect("date"))
        .map(|e| (e.kind, e.date.to_string()))
        .take(2)
        .collect();
    assert_eq!(
        from_today,
        [
            (EntryKind::Surveillance, "2024-06-03".to_string()),
            (EntryKind::CollectionDemand, "2024-06-04".to_string())
        ]
    );
}

/// The due entry of a claim whose earlier invoice fell due first says the förseningsersättning
/// already added, only while it is unpaid (the diff review found it said after a payment had
/// paid it).
#[test]
fn the_due_entry_names_the_late_fee_already_added_only_while_unpaid() {
    let due_text = |payments: Value| {
        let claim = claim_json(json!({
            "debtor": "business",
            "invoices": [
                { "number": "A", "amount": "10000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" },
                { "number": "B", "amount": "20000.00", "issueDate": "2025-03-01", "dueDate": "2025-03-31" }
            ],
            "payments": payments
        }));
        let t =
            timeline(&claim, &policy_of(json!("standard")), &on("2025-03-10")).expect("timeline");
        t.entries
            .iter()
            .find(|e| e.kind == EntryKind::Due)
            .expect("the due entry")
            .text()
    };
    let unpaid = due_text(json!([]));
    // B's due date is the last of two.
    assert!(
        unpaid.sv.starts_with("Sista förfallodag 2025-03-31;")
            && unpaid.en.starts_with("Last due date 2025-03-31;"),
        "{} / {}",
        unpaid.sv,
        unpaid.en
    );
    let one = timeline(
        &claim("consumer", "2025-01-01", "2025-01-31"),
        &policy_of(json!("standard")),
        &on("2025-02-10"),
    )
    .expect("timeline");
    let due = one.entries.first().expect("the due entry").text();
    assert!(due.sv.starts_with("Förfallodag 2025-01-31;"), "{}", due.sv);
    assert!(
        unpaid
            .sv
            .contains("(varav 450,00\u{a0}kr är förseningsersättning som redan har tillkommit och inte är betald)"),
        "{}",
        unpaid.sv
    );
    // A's capital, its förseningsersättning and its interest paid on 2025-03-10.
    let paid = due_text(json!([{ "date": "2025-03-10", "amount": "10564.52" }]));
    assert!(!paid.sv.contains("har redan tillkommit"), "{}", paid.sv);
    assert!(!paid.en.contains("already added"), "{}", paid.en);
    assert!(
        !paid.sv.contains("förseningsersättning som redan"),
        "{}",
        paid.sv
    );
}

/// A court action after a disputed betalningsföreläggande is the case transferred: said so
/// whether or not the tingsrätt charged its tilläggsavgift (none before 2014-07-01; the diff
/// review found "Stämningsansökan inlämnad" there).
#[test]
fn a_transferred_case_reads_as_transferred_before_the_transfer_fee_too() {
    let court_entry = |year: i32| {
        let claim = claim_json(json!({
            "debtor": "consumer",
            "invoices": [{ "number": "1", "amount": "12500.00", "issueDate": format!("{year}-01-01"), "dueDate": format!("{year}-01-31") }],
            "steps": [
                { "kind": "collectionDemand", "date": format!("{year}-03-11") },
                { "kind": "paymentOrder", "date": format!("{year}-04-02") },
                { "kind": "dispute", "date": format!("{year}-04-22") },
                { "kind": "courtAction", "date": format!("{year}-05-27") }
            ]
        }));
        let today = format!("{year}-06-03");
        let t = timeline(&claim, &policy_of(json!("standard")), &on(&today)).expect("timeline");
        t.entries
            .iter()
            .find(|e| e.kind == EntryKind::CourtAction)
            .expect("the court action")
            .text()
    };
    for year in [2013, 2025] {
        let text = court_entry(year);
        assert!(
            text.sv.starts_with("Målet överlämnat till tingsrätten"),
            "{year}: {}",
            text.sv
        );
    }
}

/// A taken reminder that does not record its term is assumed the policy's reminder term, a
/// second one too (which reminder is the policy's "second" depends on which ones counted):
/// record `paymentTermDays` for the second reminder to give its own deadline.
#[test]
fn a_taken_reminder_without_a_term_has_the_reminder_stages_term() {
    let with_second_term = |term: Option<u32>| {
        let mut second = json!({ "kind": "reminder", "date": "2025-06-16" });
        if let Some(t) = term {
            second["paymentTermDays"] = json!(t);
        }
        claim_json(json!({
            "debtor": "business",
            "invoices": [{ "number": "1", "amount": "2000.00", "issueDate": "2025-05-02", "dueDate": "2025-06-02" }],
            "steps": [{ "kind": "reminder", "date": "2025-06-05" }, second]
        }))
    };
    let policy = policy_of(json!({
        "preset": "remindersOnly",
        "reminder": { "daysAfterDue": 2, "paymentTermDays": 5 },
        "secondReminder": { "daysAfter": 3, "paymentTermDays": 12 }
    }));
    let deadlines = |c: &Claim| -> Vec<Option<Date>> {
        timeline(c, &policy, &on("2025-06-20"))
            .expect("timeline")
            .entries
            .iter()
            .filter(|e| e.kind == EntryKind::Reminder && e.status == EntryStatus::Taken)
            .map(|e| e.deadline)
            .collect()
    };
    let d = |s: &str| Some(parse_date(s).expect("date"));
    // 06-05 + 5 = 06-10; 06-16 + 5 = 06-21 (midsommardagen, a Saturday): Monday 06-23.
    assert_eq!(
        deadlines(&with_second_term(None)),
        vec![d("2025-06-10"), d("2025-06-23")]
    );
    // Recorded: 06-16 + 12 = 06-28, a Saturday: Monday 06-30.
    assert_eq!(
        deadlines(&with_second_term(Some(12))),
        vec![d("2025-06-10"), d("2025-06-30")]
    );
}

/// The `due` entry names the stated due date it was moved from, as `letter` does: a B2B review
/// found "Förfallodag 2025-02-03" for an invoice due on Saturday 2025-02-01. Not when an
/// invoice is due on the effective date as stated; the latest stated date when several moved.
#[test]
fn the_due_entry_says_which_due_date_it_was_moved_from() {
    let due_entry = |invoices: Value| {
        let claim = read::<ClaimInput, _>(json!({ "debtor": "business", "invoices": invoices }))
            .and_then(ClaimInput::into_claim)
            .expect("claim");
        let t = timeline(
            &claim,
            &Policy::preset(PresetId::Standard),
            &TimelineOptions::default(),
        )
        .expect("timeline");
        let e = t.entries.first().expect("due entry").clone();
        assert_eq!(e.kind, EntryKind::Due);
        (
            e.date.to_string(),
            e.deadline_moved_from.map(|d| d.to_string()),
            e.text().sv,
        )
    };
    let saturday = json!({ "number": "A", "amount": "1000", "issueDate": "2025-01-01", "dueDate": "2025-02-01" });
    let (date, from, sv) = due_entry(json!([saturday]));
    assert_eq!(
        (date.as_str(), from.as_deref()),
        ("2025-02-03", Some("2025-02-01"))
    );
    assert!(
        sv.starts_with(
            "Förfallodag 2025-02-01, flyttad till 2025-02-03; betalas senast 2025-02-03"
        ),
        "{sv}"
    );
    // Another invoice due on Monday 2025-02-03 as stated: the date was not moved.
    let monday = json!({ "number": "B", "amount": "500", "issueDate": "2025-01-01", "dueDate": "2025-02-03" });
    assert_eq!(due_entry(json!([saturday, monday])).1, None);
    // Saturday and Sunday both moved to Monday, after an earlier invoice: the last due date,
    // moved from the later stated one.
    let sunday = json!({ "number": "C", "amount": "500", "issueDate": "2025-01-01", "dueDate": "2025-02-02" });
    let earlier = json!({ "number": "D", "amount": "500", "issueDate": "2025-01-01", "dueDate": "2025-01-15" });
    let (_, from, sv) = due_entry(json!([earlier, saturday, sunday]));
    assert_eq!(from.as_deref(), Some("2025-02-02"));
    assert!(
        sv.starts_with("Sista förfallodag 2025-02-02, flyttad till 2025-02-03"),
        "{sv}"
    );
}

/// A projected entry's kind and date, with its `LIMITATION_BEFORE_RECEIPT` notes: (field,
/// English text).
type LateReceipt = (EntryKind, Date, Vec<(Option<String>, String)>);

/// Each projected entry of `claim`'s timeline under preset `policy` on `today`
/// ([`LateReceipt`]).
fn late_receipts(claim: &Claim, policy: &str, today: &str) -> Vec<LateReceipt> {
    timeline(claim, &policy_of(json!(policy)), &on(today))
        .expect("timeline")
        .entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected)
        .map(|e| {
            let notes = e
                .notes
                .iter()
                .filter(|n| n.code.as_str() == "LIMITATION_BEFORE_RECEIPT")
                .map(|n| (n.field(), n.text().en))
                .collect();
            (e.kind, e.date, notes)
        })
        .collect()
}

/// A legal review: a letter projected so late that it reaches the debtor only after an
/// invoice's preskription date says so (`LIMITATION_BEFORE_RECEIPT` at the invoice), as
/// `letter` warns of the same letter (on the history up to its day: `check`, once it is
/// recorded, also counts what the history records after it). One projected in good time says
/// nothing of it.
#[test]
fn a_letter_projected_to_arrive_after_the_preskription_date_says_so() {
    // A consumer invoice reminded 2023-12-08: time-barred after 2026-12-08 (a Tuesday).
    let c = claim_json(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "OLD", "amount": "3000.00", "issueDate": "2023-10-01", "dueDate": "2023-10-31" }],
        "steps": [{ "kind": "reminder", "date": "2023-12-08", "paymentTermDays": 10, "fee": false }]
    }));
    let late = |today: &str| -> Vec<(String, Vec<String>)> {
        late_receipts(&c, "standard", today)
            .into_iter()
            .map(|(kind, date, notes)| {
                let notes = notes
                    .iter()
                    .map(|(field, en)| format!("{field:?} {en}"))
                    .collect();
                (format!("{kind:?} {date}"), notes)
            })
            .collect()
    };
    let got = late("2026-12-05");
    assert_eq!(
        got.first(),
        Some(&(
            "CollectionDemand 2026-12-07".to_owned(),
            vec!["Some(\"invoices[0]\") Invoice OLD becomes time-barred after 2026-12-08, but the letter is assumed to reach the debtor only on 2026-12-09: limitation is interrupted when the debtor receives the demand (preskriptionslagen 5 §), so the letter may come too late. Send it earlier, or so that the debtor has it by 2026-12-08.".to_owned()]
        )),
        "{got:?}"
    );
    // Only the letter: the steps after it say nothing of it.
    assert!(
        got.iter().skip(1).all(|(_, notes)| notes.is_empty()),
        "{got:?}"
    );
    // A month earlier the inkassokrav arrives in time.
    let early = late("2026-11-02");
    assert!(early.iter().all(|(_, notes)| notes.is_empty()), "{early:?}");
    // A reminder too, at the invoice it concerns, as `letter` warns of it: OLD, the second
    // invoice, is time-barred after 2026-11-10; a reminder of Monday 2026-11-09 is received on
    // the 11th, one of Friday the 6th on the 10th.
    let two = claim_json(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "NEW", "amount": "500.00", "issueDate": "2026-09-01", "dueDate": "2026-10-01" },
            { "number": "OLD", "amount": "3000.00", "issueDate": "2023-11-10", "dueDate": "2023-12-10" }
        ]
    }));
    let notes_of = |today: &str| -> Vec<(EntryKind, Vec<Option<String>>)> {
        late_receipts(&two, "remindersOnly", today)
            .into_iter()
            .map(|(kind, _, notes)| (kind, notes.into_iter().map(|(field, _)| field).collect()))
            .collect()
    };
    assert_eq!(
        notes_of("2026-11-09"),
        [
            (EntryKind::Reminder, vec![Some("invoices[1]".to_owned())]),
            (EntryKind::FinalNotice, vec![])
        ]
    );
    assert!(notes_of("2026-11-06").iter().all(|(_, f)| f.is_empty()));
}

/// A Rust user's review (about 5 % of random claims near the last date): the timeline refused
/// with `DATE_OUT_OF_RANGE` at `asOf` (a field it does not take) when a step it judged fell
/// after 2199-12-31: a dispute's court action, a pending case judged on a deadline after it, an
/// invoice due after it. It now ends at the last date like any other projection.
#[test]
fn a_history_at_the_last_date_projects_up_to_it() {
    let cases = [
        // A dispute on the last day: its court action would come after it.
        (
            json!({ "debtor": "consumer", "invoices": [
                { "number": "1", "amount": "299.10", "issueDate": "2199-11-24", "dueDate": "2199-11-26" }],
                "steps": [{ "kind": "reminder", "date": "2199-12-31" }, { "kind": "dispute", "date": "2199-12-31" }] }),
            json!({ "preset": "standard" }),
        ),
        (
            json!({ "debtor": "consumer", "invoices": [
                { "number": "1", "amount": "299.10", "issueDate": "2199-11-24", "dueDate": "2199-11-26" }],
                "steps": [{ "kind": "reminder", "date": "2199-12-20" }, { "kind": "dispute", "date": "2199-12-21" }] }),
            json!({ "preset": "standard", "court": { "daysAfterDispute": 14, "assumedJudgmentDays": 120 } }),
        ),
        // A case before the court, judged on a deadline after the last date; an invoice without
        // a due date issued late in 2199 (due 30 days later) paid by then.
        (
            json!({ "debtor": "consumer", "invoices": [
                { "number": "0", "amount": "1608.27", "issueDate": "2199-12-31" },
                { "number": "2", "amount": "2978.52", "issueDate": "2199-10-30" },
                { "number": "3", "amount": "7133.77", "issueDate": "2199-12-13", "dueDate": "2199-12-17" }],
                "steps": [
                    { "kind": "judgment", "date": "2199-12-31", "costs": "606.85" },
                    { "kind": "paymentOrder", "date": "2199-12-31" },
                    { "kind": "courtAction", "date": "2199-12-31" }],
                "payments": [{ "date": "2199-12-31", "amount": "4908.75" }, { "date": "2199-12-26", "amount": "4914.07" }] }),
            json!({ "preset": "standard", "collectionDemand": { "daysAfter": 22, "paymentTermDays": 2334 }, "court": { "daysAfterDispute": 1, "assumedJudgmentDays": 0 } }),
        ),
        (
            json!({ "debtor": "business", "invoices": [
                { "number": "A", "amount": "500.00", "issueDate": "2199-12-20" }],
                "payments": [{ "date": "2199-12-30", "amount": "500.00", "invoice": "A" }] }),
            json!({ "preset": "standard" }),
        ),
    ];
    for (i, (claim, policy)) in cases.into_iter().enumerate() {
        let c = claim_json(claim);
        let t = timeline(&c, &policy_of(policy), &TimelineOptions::default());
        let t = t.unwrap_or_else(|e| panic!("case {i}: {e}"));
        assert!(
            t.entries
                .iter()
                .filter(|e| e.status == EntryStatus::Projected)
                .all(|e| e.date <= inkasso::calendar::MAX_DATE),
            "case {i}: {:?}",
            t.entries
                .iter()
                .map(|e| (e.kind, e.status, e.date))
                .collect::<Vec<_>>()
        );
    }
}

/// A Rust user's review: a policy built in Rust with an id that is neither its preset's nor
/// `custom` was taken, while the same policy through JSON is refused (`INVALID_POLICY` at `id`).
#[test]
fn a_policy_built_in_rust_is_held_to_the_id_rule() {
    let c = claim("consumer", "2025-01-01", "2025-01-31");
    let mut p = Policy::preset(PresetId::Standard);
    assert!(p.validate().is_ok());
    p.id = inkasso::policy::CUSTOM_ID.to_owned();
    assert!(p.validate().is_ok());
    p.id = "nonsense".to_owned();
    let e = timeline(&c, &p, &TimelineOptions::default()).expect_err("refused");
    assert_eq!(
        e.to_string(),
        "INVALID_POLICY at id: \"nonsense\": the policy's preset is \"standard\", so its id is \"standard\" or \"custom\"; choose a preset with `preset`"
    );
    assert_eq!(p.validate(), Err(e));
}

/// A third diff review: a final notice and an inkassokrav sent on one day gave a road that
/// depended on which was listed first (a final notice listed first was read as sent before any
/// inkassokrav). Either order is now read as the final notice following the inkassokrav.
#[test]
fn a_final_notice_and_an_inkassokrav_of_one_day_give_one_road_in_either_order() {
    let claim = |notice_first: bool| {
        let demand =
            json!({ "kind": "collectionDemand", "date": "2025-02-20", "paymentTermDays": 10 });
        let notice = json!({ "kind": "finalNotice", "date": "2025-02-20", "paymentTermDays": 10 });
        let steps = if notice_first {
            json!([notice, demand])
        } else {
            json!([demand, notice])
        };
        claim_json(json!({
            "debtor": "consumer",
            "invoices": [{ "number": "F-1", "amount": "1000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-09" }],
            "steps": steps
        }))
    };
    let road = |notice_first: bool| -> Vec<(EntryKind, Date)> {
        timeline(
            &claim(notice_first),
            &policy_of(json!("reminderDemandFinalNotice")),
            &on("2025-03-01"),
        )
        .expect("timeline")
        .entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected)
        .map(|e| (e.kind, e.date))
        .collect()
    };
    assert_eq!(road(true), road(false));
    assert_eq!(
        road(true).first().map(|(k, _)| *k),
        Some(EntryKind::PaymentOrder),
        "{:?}",
        road(true)
    );
}

/// Each projected entry's `record` is the step to add once it is done: for a letter, the step
/// `letter` gives for the same day and term (a TypeScript user's review: the README's recipe
/// recorded an inkassokrav whose fee förseningsersättning absorbed with `fee: false`, where
/// `letter` leaves `fee` out); recorded, `check` finds nothing about them and the timeline
/// of the claim with them is the same road, taken, with the same figures.
#[test]
fn a_projected_entry_records_as_its_record_and_as_the_letter_would() {
    use inkasso::letter::{letter, LetterOptions};
    for (period, issue, due) in PERIODS {
        for debtor in ["consumer", "business"] {
            let claim = claim(debtor, issue, due);
            for id in PresetId::ALL {
                let policy = Policy::preset(id);
                let options = until(issue, "2027-06-30");
                let t = timeline(&claim, &policy, &options).expect("timeline");
                let label = format!("{period} {debtor} {id:?}");
                let mut with = claim.clone();
                for e in t.entries.iter() {
                    let Some(record) = e.record else {
                        assert_ne!(e.status, EntryStatus::Projected, "{label}");
                        continue;
                    };
                    assert_eq!(e.status, EntryStatus::Projected, "{label}");
                    assert_eq!(Some(record.kind), e.kind.step_kind(), "{label}");
                    assert_eq!(record.date, e.date, "{label}");
                    assert_eq!(record.further_year, e.further_year, "{label}");
                    // The term as sent: to the deadline before it was moved.
                    let to = e.deadline_moved_from.or(e.deadline);
                    assert_eq!(
                        record.payment_term_days.map(i64::from),
                        to.map(|d| (d - e.date).whole_days()),
                        "{label} {:?}",
                        e.kind
                    );
                    if matches!(
                        record.kind,
                        inkasso::StepKind::Reminder | inkasso::StepKind::CollectionDemand
                    ) {
                        let term = record.payment_term_days.expect("a letter's term");
                        let l = letter(&with, record.kind, e.date, term, &LetterOptions::default())
                            .expect("letter");
                        assert_eq!(l.step, record, "{label} {:?} {}", e.kind, e.date);
                    }
                    with.steps.push(record);
                }
                assert_eq!(
                    findings_about_projected(&claim, &policy, &t),
                    Vec::<String>::new(),
                    "{label}"
                );
                let recorded = timeline(&with, &policy, &options).expect("timeline");
                let figures = |t: &Timeline| -> Vec<(EntryKind, String, Vec<String>, String)> {
                    t.entries
                        .iter()
                        .map(|e| {
                            let fees = e.fees.iter().map(|f| f.amount.to_string()).collect();
                            (
                                e.kind,
                                e.date.to_string(),
                                fees,
                                e.if_paid.total.to_string(),
                            )
                        })
                        .collect()
                };
                assert_eq!(figures(&recorded), figures(&t), "{label}");
                assert!(
                    recorded
                        .entries
                        .iter()
                        .all(|e| e.status != EntryStatus::Projected
                            || e.kind == EntryKind::Enforcement),
                    "{label}"
                );
                assert_eq!(recorded.final_value, t.final_value, "{label}");
            }
        }
    }
}

/// A reminder projected after one recorded `fee: false` (or one sent before anything was
/// overdue) claims the claim's one påminnelseavgift, as `letter` and the statement charge it (a
/// diff review: the timeline projected it without, and its record said `fee: false`).
#[test]
fn a_reminder_after_one_that_earned_no_fee_claims_the_fee() {
    use inkasso::letter::{letter, LetterOptions};
    let second = policy(json!({ "preset": "standard", "secondReminder": {} }));
    for first in [
        json!({ "kind": "reminder", "date": "2025-03-19", "paymentTermDays": 10, "fee": false }),
        // Before the due date: it reminds of nothing and does not count.
        json!({ "kind": "reminder", "date": "2025-03-10", "paymentTermDays": 10 }),
    ] {
        let claim = claim_json(json!({
            "debtor": "consumer", "reminderFeeAgreed": true,
            "invoices": [{ "number": "1", "amount": "12500.00", "issueDate": "2025-02-12", "dueDate": "2025-03-14" }],
            "steps": [first]
        }));
        let t = timeline(&claim, &second, &on("2025-03-20")).expect("timeline");
        let reminder = t
            .entries
            .iter()
            .find(|e| e.status == EntryStatus::Projected && e.kind == EntryKind::Reminder)
            .expect("a projected reminder");
        assert_eq!(
            reminder
                .fees
                .iter()
                .map(|f| f.amount.to_string())
                .collect::<Vec<_>>(),
            vec!["60.00"],
            "{first}"
        );
        let record = reminder.record.expect("its record");
        assert_eq!(record.fee, None, "{first}");
        let l = letter(
            &claim,
            record.kind,
            record.date,
            record.payment_term_days.expect("a term"),
            &LetterOptions::default(),
        )
        .expect("letter");
        assert_eq!(l.step, record, "{first}");
        assert_eq!(l.fees, reminder.if_paid.fees, "{first}");
    }
}

/// An inkassokrav waits for the term of a recorded reminder sent while only some invoices were
/// overdue (a diff review: it was projected before that reminder's deadline, and `check` of the
/// history with it recorded warned `DEMAND_BEFORE_REMINDER_DEADLINE`).
#[test]
fn an_inkassokrav_waits_for_a_partial_reminders_term() {
    let claim = claim_json(json!({
        "debtor": "consumer", "reminderFeeAgreed": true,
        "invoices": [
            { "number": "1", "amount": "5000.00", "issueDate": "2025-02-01", "dueDate": "2025-03-03" },
            { "number": "2", "amount": "3000.00", "issueDate": "2025-02-20", "dueDate": "2025-03-24" }
        ],
        "steps": [{ "kind": "reminder", "date": "2025-03-20", "paymentTermDays": 10 }]
    }));
    for p in [
        Policy::preset(PresetId::LawfulMinimum),
        policy(json!({ "preset": "standard", "reminder": null })),
    ] {
        let t = timeline(&claim, &p, &on("2025-03-24")).expect("timeline");
        let demand = t
            .entries
            .iter()
            .find(|e| e.status == EntryStatus::Projected && e.kind == EntryKind::CollectionDemand)
            .expect("an inkassokrav");
        // The reminder's deadline is 2025-03-31 (a Monday): the day after it.
        assert_eq!(demand.date.to_string(), "2025-04-01");
        assert!(
            demand.notes.iter().any(|n| n.text().en
                == "Waits until the payment term of the payment reminder of 2025-03-20 has run out (2025-03-31)."),
            "{:?}",
            demand.notes
        );
        assert_eq!(
            findings_about_projected(&claim, &p, &t),
            Vec::<String>::new()
        );
    }
}

/// Under a policy that charges its fees on top of förseningsersättning, a projected letter
/// whose fee the law absorbs records `fee: false`: the timeline charged none, and `check` under
/// that policy reads a step that does not say so as charging it on top (a diff review: the
/// records gave a history error with a fee the timeline never charged).
#[test]
fn records_under_a_fees_on_top_policy_read_back_as_projected() {
    let claim = claim_json(json!({
        "debtor": "business", "reminderFeeAgreed": true,
        "invoices": [{ "number": "1", "amount": "12500.00", "issueDate": "2025-02-12", "dueDate": "2025-03-14" }]
    }));
    let on_top = policy(json!({ "preset": "standard", "fees": { "feesOnTopOfLateFee": true } }));
    let t = timeline(&claim, &on_top, &on("2025-03-14")).expect("timeline");
    let letters: Vec<_> = t
        .entries
        .iter()
        .filter(|e| {
            e.status == EntryStatus::Projected
                && matches!(e.kind, EntryKind::Reminder | EntryKind::CollectionDemand)
        })
        .collect();
    assert_eq!(letters.len(), 2);
    for e in &letters {
        assert!(e.fees.is_empty(), "{:?}", e.kind);
        assert_eq!(e.record.and_then(|r| r.fee), Some(false), "{:?}", e.kind);
    }
    assert_eq!(
        findings_about_projected(&claim, &on_top, &t),
        Vec::<String>::new()
    );
    // Under the law's own reading (the preset), the same letters leave `fee` out, as `letter`
    // does: the statement absorbs the fee again.
    let standard = Policy::preset(PresetId::Standard);
    let t = timeline(&claim, &standard, &on("2025-03-14")).expect("timeline");
    assert!(t
        .entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected
            && matches!(e.kind, EntryKind::Reminder | EntryKind::CollectionDemand))
        .all(|e| e.record.is_some_and(|r| r.fee.is_none())));
}

/// A recorded reminder that reminded of nothing (the only overdue invoice paid before its due
/// date) does not hold back the inkassokrav, and a wait that `today` made moot is not noted (a
/// diff review of the wait for a reminder's term).
#[test]
fn the_inkassokrav_waits_only_for_a_reminder_that_reminded_of_something() {
    let claim = claim_json(json!({
        "debtor": "consumer", "reminderFeeAgreed": true,
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2025-01-02", "dueDate": "2025-01-31" },
            { "number": "B", "amount": "1000.00", "issueDate": "2025-01-20", "dueDate": "2025-03-03" }
        ],
        "payments": [{ "date": "2025-01-20", "amount": "1000.00" }],
        "steps": [{ "kind": "reminder", "date": "2025-02-10", "paymentTermDays": 60 }]
    }));
    let waits = |t: &Timeline| {
        t.entries.iter().any(|e| {
            e.notes
                .iter()
                .any(|n| n.text().en.starts_with("Waits until the payment term"))
        })
    };
    let demand_date = |t: &Timeline| {
        t.entries
            .iter()
            .find(|e| e.status == EntryStatus::Projected && e.kind == EntryKind::CollectionDemand)
            .map(|e| e.date.to_string())
    };
    let t = timeline(
        &claim,
        &Policy::preset(PresetId::Standard),
        &TimelineOptions::default(),
    )
    .expect("timeline");
    assert!(!waits(&t));
    let mut without_term = claim.clone();
    if let Some(s) = without_term.steps.first_mut() {
        s.payment_term_days = None;
    }
    let same = timeline(
        &without_term,
        &Policy::preset(PresetId::Standard),
        &TimelineOptions::default(),
    )
    .expect("timeline");
    assert_eq!(demand_date(&t), demand_date(&same));
    // A reminder that counts, its term long run out by `today`: no note.
    let paid_later = claim_json(json!({
        "debtor": "consumer", "reminderFeeAgreed": true,
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2025-01-02", "dueDate": "2025-02-03" },
            { "number": "B", "amount": "1000.00", "issueDate": "2025-01-20", "dueDate": "2025-02-20" }
        ],
        "steps": [{ "kind": "reminder", "date": "2025-02-10", "paymentTermDays": 20 }]
    }));
    for p in [
        Policy::preset(PresetId::LawfulMinimum),
        policy(json!({ "preset": "standard", "reminder": null })),
    ] {
        let t = timeline(&paid_later, &p, &on("2025-06-02")).expect("timeline");
        assert_eq!(demand_date(&t).as_deref(), Some("2025-06-02"));
        assert!(!waits(&t));
    }
}

/// Without a horizon, `final` is valued on the last entry's deadline: a further year of the
/// verkställighet under way that falls by then is projected, and its grundavgift is in `final`
/// and in the `ifPaid` of the letter whose term it falls within (a docs review found both
/// without it: the further years went only up to `today`).
#[test]
fn without_a_horizon_the_further_years_reach_the_day_final_is_valued_on() {
    let claim = claim_json(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "2025-118", "amount": "12500.00", "issueDate": "2025-02-12", "dueDate": "2025-03-14" }],
        "steps": [
            { "kind": "collectionDemand", "date": "2025-04-07", "paymentTermDays": 10 },
            { "kind": "paymentOrder", "date": "2025-04-28" },
            { "kind": "enforcement", "date": "2025-06-10" },
            { "kind": "finalNotice", "date": "2026-06-05", "paymentTermDays": 10 }
        ]
    }));
    let standard = Policy::preset(PresetId::Standard);
    let run = |horizon: Option<&str>| {
        let options = TimelineOptions {
            today: Some(parse_date("2026-06-06").expect("date")),
            horizon: horizon.map(|h| parse_date(h).expect("date")),
            ..TimelineOptions::default()
        };
        timeline(&claim, &standard, &options).expect("timeline")
    };
    let t = run(None);
    let further: Vec<_> = t
        .entries
        .iter()
        .filter(|e| e.further_year)
        .map(|e| (e.status, e.date.to_string()))
        .collect();
    assert_eq!(
        further,
        vec![(EntryStatus::Projected, "2026-06-10".to_owned())]
    );
    let notice = t
        .entries
        .iter()
        .find(|e| e.kind == EntryKind::FinalNotice)
        .expect("final notice");
    assert_eq!(
        notice.deadline.map(|d| d.to_string()),
        Some("2026-06-15".to_owned())
    );
    assert_eq!(notice.if_paid.as_of.to_string(), "2026-06-15");
    // The grundavgift of 600 kr on top of the fees before it: as with a horizon on that day.
    let with_horizon = run(Some("2026-06-15"));
    assert_eq!(t.final_value, with_horizon.final_value);
    assert_eq!(t.final_value.as_of.to_string(), "2026-06-15");
    let fees_of = |t: &Timeline| {
        t.entries
            .iter()
            .find(|e| e.kind == EntryKind::FinalNotice)
            .map(|e| e.if_paid.fees.to_string())
    };
    assert_eq!(fees_of(&t), fees_of(&with_horizon));
    assert_eq!(fees_of(&t), Some("2060.00".to_owned()));
    assert_eq!(t.final_value.fees.to_string(), "2060.00");
    // Before the year is up, nothing: `final` on 2026-06-09.
    let early = run(Some("2026-06-09"));
    assert!(early.entries.iter().all(|e| !e.further_year));
}

/// A taken inkassokrav whose recorded term ends before the lawful deadline keeps its own
/// deadline (what the letter said) and says, in a `PROJECTION_ADJUSTED` note, the deadline it
/// should have given, which the next step waits for (a docs review: the entry showed only the
/// short deadline). Over Easter 2025 an 8-day term sent on Monday 04-14 ends on 04-22, but
/// four bank days after its assumed receipt (04-16) are 04-24; a 5-day term is under the
/// minimum of 8 days.
#[test]
fn a_taken_inkassokrav_with_a_short_term_says_its_lawful_deadline() {
    let run = |date: &str, days: u32| {
        let claim = claim_json(json!({
            "debtor": "consumer",
            "invoices": [{ "number": "1", "amount": "12500.00", "issueDate": "2025-02-12", "dueDate": "2025-03-14" }],
            "steps": [{ "kind": "collectionDemand", "date": date, "paymentTermDays": days }]
        }));
        let t = timeline(
            &claim,
            &Policy::preset(PresetId::Standard),
            &TimelineOptions::default(),
        )
        .expect("timeline");
        let demand = t
            .entries
            .iter()
            .find(|e| e.kind == EntryKind::CollectionDemand)
            .expect("demand");
        let next = t
            .entries
            .iter()
            .find(|e| e.status == EntryStatus::Projected)
            .map(|e| (e.kind, e.date.to_string()));
        (
            demand.deadline.map(|d| d.to_string()),
            demand.notes.iter().map(|n| n.text().en).collect::<Vec<_>>(),
            next,
        )
    };
    assert_eq!(
        run("2025-04-14", 8),
        (
            Some("2025-04-22".to_owned()),
            vec!["The debt-collection demand gave a shorter term than good collection practice requires: it should have run through 2025-04-24, and a final notice or a payment order waits until after that day.".to_owned()],
            Some((EntryKind::PaymentOrder, "2025-05-05".to_owned()))
        )
    );
    let (deadline, notes, _) = run("2025-10-06", 5);
    assert_eq!(deadline.as_deref(), Some("2025-10-13"));
    assert_eq!(notes.len(), 1);
    assert!(notes[0].contains("through 2025-10-14"), "{notes:?}");
    // A lawful term: no note.
    assert_eq!(run("2025-04-14", 10).1, Vec::<String>::new());
    assert_eq!(run("2025-10-06", 8).1, Vec::<String>::new());
}

/// The further years may keep a claim from being time-barred, and the steps then projected
/// move `final`'s day on: the further years reach the last day, as with that day as the
/// horizon (a diff review: an invoice due years after a verkställighet; one pass stopped the
/// further years at the first pass's day).
#[test]
fn the_further_years_reach_final_s_day_however_it_moves() {
    let claim = claim_json(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2020-01-01", "dueDate": "2020-01-31" },
            { "number": "B", "amount": "999.00", "issueDate": "2034-12-28", "dueDate": "2035-01-27" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2020-02-03", "paymentTermDays": 10 },
            { "kind": "paymentOrder", "date": "2020-02-20" },
            { "kind": "enforcement", "date": "2020-03-20" }
        ]
    }));
    let standard = Policy::preset(PresetId::Standard);
    let t = timeline(&claim, &standard, &TimelineOptions::default()).expect("timeline");
    let with_horizon = timeline(
        &claim,
        &standard,
        &TimelineOptions {
            horizon: Some(t.final_value.as_of),
            ..TimelineOptions::default()
        },
    )
    .expect("timeline");
    assert_eq!(t.final_value, with_horizon.final_value);
    assert_eq!(t.entries, with_horizon.entries);
    let further: Vec<_> = t
        .entries
        .iter()
        .filter(|e| e.further_year)
        .map(|e| e.date.to_string())
        .collect();
    assert_eq!(further.len(), 15, "{further:?}");
    assert_eq!(further.last().map(String::as_str), Some("2035-03-20"));
    assert!(t.final_value.as_of.to_string().as_str() > "2035-03-20");
}

/// The note of a short term is on an inkassokrav the road waits for: not on one sent before
/// every invoice was overdue, which the projection does not count (a diff review: the note
/// said a final notice waits, and the timeline projected one on its day).
#[test]
fn a_short_term_note_only_on_an_inkassokrav_that_counts() {
    let claim = claim_json(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2024-06-20", "dueDate": "2024-07-04" },
            { "number": "B", "amount": "1000.00", "issueDate": "2024-06-20", "dueDate": "2024-08-07" }
        ],
        "steps": [{ "kind": "collectionDemand", "date": "2024-08-02", "paymentTermDays": 3 }]
    }));
    for preset in [PresetId::RemindersOnly, PresetId::Standard] {
        let t = timeline(&claim, &Policy::preset(preset), &TimelineOptions::default())
            .expect("timeline");
        let demand = t
            .entries
            .iter()
            .find(|e| e.kind == EntryKind::CollectionDemand && e.status == EntryStatus::Taken)
            .expect("demand");
        assert!(demand.notes.is_empty(), "{preset:?}: {:?}", demand.notes);
    }
}

/// A review of business debtors (stop 65): under a policy's `fees.lateFee: false` the
/// timeline charges the reminder and inkassokrav fees that förseningsersättning would absorb,
/// and its records, pushed onto the claim, gave a statement 210 kr more than `final` (the 450
/// charged, the 60 and 180 absorbed) while the README said they read the history as projected.
/// No step can record the choice: the claim's `lateFee: false` does, as the README now says.
#[test]
fn records_under_a_policy_without_late_fee_need_the_claims_late_fee_off() {
    let input = json!({
        "debtor": "business", "reminderFeeAgreed": true,
        "invoices": [{ "number": "A", "amount": "10000.00", "issueDate": "2025-02-12", "dueDate": "2025-03-14" }]
    });
    let policy =
        read::<PolicyInput, _>(json!({ "preset": "standard", "fees": { "lateFee": false } }))
            .and_then(PolicyInput::into_policy)
            .expect("policy");
    let claim: Claim = read::<ClaimInput, _>(input)
        .and_then(ClaimInput::into_claim)
        .expect("claim");
    let options = TimelineOptions {
        today: Some(parse_date("2025-03-14").expect("date")),
        ..TimelineOptions::default()
    };
    let t = timeline(&claim, &policy, &options).expect("timeline");
    let mut recorded = claim.clone();
    recorded.steps.extend(
        t.entries
            .iter()
            .filter(|e| e.status == EntryStatus::Projected)
            .filter_map(|e| e.record),
    );
    let valued = |late_fee: bool| {
        let mut c = recorded.clone();
        c.late_fee = late_fee;
        let s = inkasso::statement(&c, &inkasso::StatementOptions::new(t.final_value.as_of))
            .expect("statement");
        (s.total.to_string(), s.fees.to_string())
    };
    let final_value = (
        t.final_value.total.to_string(),
        t.final_value.fees.to_string(),
    );
    assert_eq!(valued(false), final_value);
    assert_ne!(
        valued(true),
        final_value,
        "the claim's own lateFee decides the statement"
    );
}

/// A review of the timeline's words (stop 65): the due entry said "late-payment compensation of
/// SEK 350.00 already added" of a 450 kr förseningsersättning a payment had paid 100 kr of; the
/// amount in the entry is the unpaid part, and the text now says so.
#[test]
fn the_due_entry_says_the_late_fee_it_includes_is_the_unpaid_part() {
    let claim: Claim = read::<ClaimInput, _>(json!({
        "debtor": "business",
        "invoices": [
            { "number": "1", "amount": "1000", "issueDate": "2025-01-01", "dueDate": "2025-02-03" },
            { "number": "2", "amount": "1000", "issueDate": "2025-01-15", "dueDate": "2025-02-14" }
        ],
        "payments": [{ "date": "2025-02-10", "amount": "100" }]
    }))
    .and_then(ClaimInput::into_claim)
    .expect("claim");
    let policy = Policy::preset(PresetId::Standard);
    let t = timeline(&claim, &policy, &TimelineOptions::default()).expect("timeline");
    let due = t
        .entries
        .iter()
        .find(|e| e.kind == EntryKind::Due)
        .expect("due entry");
    let text = inkasso::text::entry(due);
    assert!(
        text.en.contains(
            "(including SEK 350.00 of late-payment compensation already added and not yet paid)"
        ),
        "{}",
        text.en
    );
    assert!(!text.en.contains("SEK 350.00 already added"), "{}", text.en);
}
