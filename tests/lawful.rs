//! Lawful previews: one row per situation that the engine previewed unlawfully before, each
//! with the result written by hand from DOMAIN.md (dates checked against the calendar: 2025-02-14
//! and 2025-06-13 are Fridays, 2025-06-02 a Monday, 2026-06-02 a Tuesday). Every row failed on
//! the engine before this suite (it charged, projected or demanded what the law does not allow).

mod common;

use inkasso::compliance::{check, FindingCode, Severity};
use inkasso::limitation::limitation;
use inkasso::policy::{Policy, PresetId};
use inkasso::timeline::{timeline, EntryKind, EntryStatus, TimelineOptions};
use inkasso::warning::WarningCode;
use inkasso::{statement, Claim, StatementOptions};
use serde_json::{json, Value};

/// A consumer claim of 10 000 kr due Friday 2025-02-14 with `steps` and `payments`.
fn claim(steps: Value, payments: Value) -> Claim {
    common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "L1", "amount": "10000.00", "issueDate": "2025-01-15", "dueDate": "2025-02-14" }],
        "steps": steps,
        "payments": payments,
    }))
    .expect("claim")
}

fn fees(c: &Claim, as_of: &str) -> (String, String, Vec<(&'static str, Option<String>)>) {
    let s = statement(c, &StatementOptions::new(common::date(as_of))).expect("statement");
    let warnings = s
        .warnings
        .iter()
        .map(|w| (w.code.as_str(), w.field()))
        .collect();
    (s.fees.to_string(), s.total.to_string(), warnings)
}

fn findings(c: &Claim) -> Vec<(FindingCode, Severity, Option<usize>)> {
    check(c, None)
        .expect("check")
        .iter()
        .map(|f| (f.code, f.severity, f.step))
        .collect()
}

#[test]
fn kronofogden_costs_need_capital_due_and_unpaid() {
    let paid_on_due = json!([{ "date": "2025-02-14", "amount": "10000.00" }]);
    // Paid in full on the due date: a betalningsföreläggande afterwards costs nothing (was 680.00).
    let c = claim(
        json!([{ "kind": "paymentOrder", "date": "2025-03-20" }]),
        paid_on_due.clone(),
    );
    let (fees_owed, total, warnings) = fees(&c, "2025-03-31");
    assert_eq!((fees_owed.as_str(), total.as_str()), ("0.00", "0.00"));
    assert_eq!(warnings, [("CLAIM_SETTLED", Some("steps[0]".to_owned()))]);
    assert_eq!(
        findings(&c),
        [
            (
                FindingCode::KronofogdenWithoutDebt,
                Severity::Error,
                Some(0)
            ),
            (
                FindingCode::PaymentOrderWithoutDemand,
                Severity::Warning,
                Some(0)
            ),
        ]
    );
    // Three enforcement steps on one day after full payment: nothing (was 1 800.00).
    let c = claim(
        json!([
            { "kind": "enforcement", "date": "2025-04-01" },
            { "kind": "enforcement", "date": "2025-04-01" },
            { "kind": "enforcement", "date": "2025-04-01" }
        ]),
        paid_on_due,
    );
    let (fees_owed, total, warnings) = fees(&c, "2025-04-30");
    assert_eq!((fees_owed.as_str(), total.as_str()), ("0.00", "0.00"));
    assert_eq!(warnings.len(), 3);
    assert!(warnings.iter().all(|(code, _)| *code == "CLAIM_SETTLED"));
    // A betalningsföreläggande before anything is due: no cost, an error finding.
    let c = claim(
        json!([
            { "kind": "collectionDemand", "date": "2025-01-20" },
            { "kind": "paymentOrder", "date": "2025-02-01" }
        ]),
        json!([]),
    );
    let (fees_owed, _, _) = fees(&c, "2025-02-10");
    assert_eq!(fees_owed, "0.00");
    let f = findings(&c);
    assert!(f.contains(&(
        FindingCode::KronofogdenWithoutDebt,
        Severity::Error,
        Some(1)
    )));
    assert!(f.contains(&(
        FindingCode::PaymentOrderOnInvalidDemand,
        Severity::Error,
        Some(1)
    )));
}

/// A judgment is an exekutionstitel for the litigation costs it awards (utsökningsbalken 3 kap.
/// 1 §): with every invoice's capital paid, a verkställighet of unpaid costs is lawful and costs
/// its grundavgift (was: no fee, `CLAIM_SETTLED`, and `check`'s error
/// `KRONOFOGDEN_WITHOUT_DEBT`). Once the costs are paid, it enforces nothing.
#[test]
fn a_verkstallighet_of_a_judgments_unpaid_costs_costs_its_grundavgift() {
    let paid_on_due = json!({ "date": "2025-02-14", "amount": "10000.00" });
    let steps = json!([
        { "kind": "judgment", "date": "2025-05-15", "costs": "2000.00" },
        { "kind": "enforcement", "date": "2025-06-02" }
    ]);
    let c = claim(steps.clone(), json!([paid_on_due]));
    let (fees_owed, total, warnings) = fees(&c, "2025-06-30");
    assert_eq!((fees_owed.as_str(), total.as_str()), ("2600.00", "2600.00"));
    assert!(
        warnings.iter().all(|(code, _)| *code != "CLAIM_SETTLED"),
        "{warnings:?}"
    );
    assert!(
        !findings(&c)
            .iter()
            .any(|f| f.0 == FindingCode::KronofogdenWithoutDebt),
        "{:?}",
        findings(&c)
    );
    // The costs paid before the application: nothing left to enforce.
    let costs_paid = json!({ "date": "2025-05-30", "amount": "2000.00" });
    let c = claim(steps, json!([paid_on_due, costs_paid]));
    let (fees_owed, total, warnings) = fees(&c, "2025-06-30");
    assert_eq!((fees_owed.as_str(), total.as_str()), ("0.00", "0.00"));
    assert_eq!(warnings, [("CLAIM_SETTLED", Some("steps[1]".to_owned()))]);
    assert!(findings(&c).contains(&(
        FindingCode::KronofogdenWithoutDebt,
        Severity::Error,
        Some(1)
    )));
}

/// A judgment's unpaid costs alone get a projected verkställighet (the judgment is a title for
/// them, utsökningsbalken 3 kap. 1 §) and its further years while they are unpaid (this was a
/// Known limit: nothing was projected once the capital was paid). One recorded is valued as the
/// statement values it (its grundavgift owed), and its further years follow.
#[test]
fn the_timeline_values_a_recorded_verkstallighet_of_a_judgments_costs() {
    let paid_on_due = json!({ "date": "2025-02-14", "amount": "10000.00" });
    let options = TimelineOptions {
        today: Some(common::date("2025-06-02")),
        horizon: Some(common::date("2026-12-31")),
        ..TimelineOptions::default()
    };
    let standard = Policy::preset(PresetId::Standard);
    let judgment = json!([{ "kind": "judgment", "date": "2025-05-15", "costs": "2000.00" }]);
    let c = claim(judgment, json!([paid_on_due.clone()]));
    let t = timeline(&c, &standard, &options).expect("timeline");
    assert_eq!(
        projected(&t),
        [
            (EntryKind::Enforcement, "2025-06-02".to_owned()),
            (EntryKind::Enforcement, "2026-06-02".to_owned())
        ]
    );
    assert_eq!(t.final_value.total.to_string(), "3200.00");
    let recorded = json!([
        { "kind": "judgment", "date": "2025-05-15", "costs": "2000.00" },
        { "kind": "enforcement", "date": "2025-06-02" }
    ]);
    let c = claim(recorded, json!([paid_on_due]));
    let t = timeline(&c, &standard, &options).expect("timeline");
    assert_eq!(
        projected(&t),
        [(EntryKind::Enforcement, "2026-06-02".to_owned())]
    );
    assert_eq!(t.final_value.total.to_string(), "3200.00");
}

#[test]
fn one_grundavgift_per_year_of_enforcement() {
    // 100 enforcement steps on one day (Monday 2025-06-02) for an unpaid claim: one grundavgift
    // of 600 kr, not 60 000 kr.
    let steps: Vec<Value> = (0..100)
        .map(|_| json!({ "kind": "enforcement", "date": "2025-06-02" }))
        .collect();
    let c = claim(Value::Array(steps), json!([]));
    let s = statement(&c, &StatementOptions::new(common::date("2025-06-02"))).expect("statement");
    assert_eq!(s.fee_lines.len(), 1);
    assert_eq!(s.fees.to_string(), "600.00");
    // Two applications ten days apart: one grundavgift and an error finding for the second; a
    // year later (2026-06-02) a further grundavgift.
    let c = claim(
        json!([
            { "kind": "enforcement", "date": "2025-06-02" },
            { "kind": "enforcement", "date": "2025-06-12" },
            { "kind": "enforcement", "date": "2026-06-02" }
        ]),
        json!([]),
    );
    let s = statement(&c, &StatementOptions::new(common::date("2026-06-30"))).expect("statement");
    let charged: Vec<String> = s.fee_lines.iter().map(|l| l.date.to_string()).collect();
    assert_eq!(charged, ["2025-06-02", "2026-06-02"]);
    assert_eq!(s.fees.to_string(), "1200.00");
    assert!(findings(&c).contains(&(
        FindingCode::EnforcementWithinAYear,
        Severity::Error,
        Some(1)
    )));
}

#[test]
fn check_takes_no_unlawful_term_and_no_invalid_demand() {
    // A policy term of 5 days (unlawful): the inkassokrav of Tuesday 2025-04-01 still gives
    // 8 days, deadline Wednesday 2025-04-09, so an application on 2025-04-08 is too early.
    let c = claim(
        json!([
            { "kind": "collectionDemand", "date": "2025-04-01" },
            { "kind": "paymentOrder", "date": "2025-04-08" }
        ]),
        json!([]),
    );
    let p = common::policy(
        json!({ "preset": "standard", "collectionDemand": { "paymentTermDays": 5 } }),
    );
    let f = check(&c, Some(&p)).expect("check");
    let codes: Vec<(FindingCode, Option<usize>)> = f.iter().map(|x| (x.code, x.step)).collect();
    assert!(codes.contains(&(FindingCode::PaymentOrderBeforeDeadline, Some(1))));
    assert!(f
        .iter()
        .any(|x| x.code == FindingCode::PaymentOrderBeforeDeadline
            && x.text().en.contains("2025-04-09")));
    // An inkassokrav on the due date is invalid, and so is the betalningsföreläggande resting
    // on it.
    let c = claim(
        json!([
            { "kind": "collectionDemand", "date": "2025-02-14" },
            { "kind": "paymentOrder", "date": "2025-03-03" }
        ]),
        json!([]),
    );
    assert_eq!(
        findings(&c),
        [
            (
                FindingCode::CollectionDemandNotOverdue,
                Severity::Error,
                Some(0)
            ),
            (
                FindingCode::PaymentOrderOnInvalidDemand,
                Severity::Error,
                Some(1)
            ),
        ]
    );
}

fn projected(t: &inkasso::timeline::Timeline) -> Vec<(EntryKind, String)> {
    t.entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected)
        .map(|e| (e.kind, e.date.to_string()))
        .collect()
}

fn notes_of(t: &inkasso::timeline::Timeline, kind: EntryKind) -> Vec<&'static str> {
    t.entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected && e.kind == kind)
        .flat_map(|e| e.notes.iter().map(|n| n.code.as_str()))
        .collect()
}

#[test]
fn timelines_never_project_what_cannot_lawfully_happen() {
    // A settled claim: nothing is projected and nothing is owed (Kronofogden fees on a paid
    // claim before).
    let c = claim(
        json!([]),
        json!([{ "date": "2025-02-14", "amount": "10000.00" }]),
    );
    let t = timeline(
        &c,
        &Policy::preset(PresetId::Standard),
        &TimelineOptions::default(),
    )
    .expect("timeline");
    assert!(projected(&t).is_empty());
    assert_eq!(t.final_value.total.to_string(), "0.00");

    // An inkassokrav on the due date (Friday 2025-06-13) does not count: under lawfulMinimum a
    // lawful one is projected the day after the due date, Saturday 06-14, sent Monday 06-16,
    // 8 days to Tuesday 06-24, extended to Wednesday 06-25: assumed received Wednesday 06-18,
    // it must leave four bank days after it, and midsommarafton (06-20) is off (06-19, 06-23,
    // 06-24, 06-25); the betalningsföreläggande the day after, Thursday 06-26.
    let due_june = |steps: Value| {
        common::claim(json!({
            "debtor": "consumer",
            "invoices": [{ "number": "J1", "amount": "5000.00", "issueDate": "2025-05-14", "dueDate": "2025-06-13" }],
            "steps": steps,
        }))
        .expect("claim")
    };
    let c = due_june(json!([{ "kind": "collectionDemand", "date": "2025-06-13" }]));
    let t = timeline(
        &c,
        &Policy::preset(PresetId::LawfulMinimum),
        &TimelineOptions::default(),
    )
    .expect("timeline");
    let p = projected(&t);
    assert_eq!(
        p[..2],
        [
            (EntryKind::CollectionDemand, "2025-06-16".to_owned()),
            (EntryKind::PaymentOrder, "2025-06-26".to_owned()),
        ]
    );
    let demand = t
        .entries
        .iter()
        .find(|e| e.status == EntryStatus::Projected && e.kind == EntryKind::CollectionDemand)
        .expect("demand");
    assert_eq!(
        demand.deadline.map(|d| d.to_string()).as_deref(),
        Some("2025-06-25")
    );
    // Extended, not moved: the term given ends on it.
    assert_eq!(demand.deadline_moved_from, None);
    // It replaces the unlawful one, and its term is extended for midsommar.
    assert_eq!(
        notes_of(&t, EntryKind::CollectionDemand),
        ["PROJECTION_ADJUSTED", "PROJECTION_ADJUSTED"]
    );
    assert!(demand.notes.iter().any(|n| n.text().sv.starts_with(
        "Betalningstiden förlängs till 2025-06-25 så att gäldenären har fyra bankdagar på sig efter att kravet kan antas ha kommit fram (2025-06-18)"
    )));

    // A premature reminder (2025-06-02, 2 days to pay) does not count: the standard plan's
    // reminder is sent 5 days after the due date (Wednesday 06-18), 10 days to pay → Saturday
    // 06-28 → Monday 06-30; the inkassokrav 7 days later, Monday 07-07, never before the due date.
    let c = due_june(json!([{ "kind": "reminder", "date": "2025-06-02", "paymentTermDays": 2 }]));
    let t = timeline(
        &c,
        &Policy::preset(PresetId::Standard),
        &TimelineOptions::default(),
    )
    .expect("timeline");
    let p = projected(&t);
    assert_eq!(
        p[..2],
        [
            (EntryKind::Reminder, "2025-06-18".to_owned()),
            (EntryKind::CollectionDemand, "2025-07-07".to_owned()),
        ]
    );
    assert_eq!(notes_of(&t, EntryKind::Reminder), ["PROJECTION_ADJUSTED"]);
}

#[test]
fn a_multi_invoice_claim_waits_until_every_invoice_is_overdue() {
    // A due Friday 2025-03-14, B due Friday 2025-06-13; a reminder for A on 2025-03-20. The
    // projection waits for B: the reminder 5 days after 06-13 is Wednesday 06-18 (before: an
    // inkassokrav from A's reminder, in April, before B was due).
    let c = common::claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2025-02-12", "dueDate": "2025-03-14" },
            { "number": "B", "amount": "2000.00", "issueDate": "2025-05-14", "dueDate": "2025-06-13" }
        ],
        "steps": [{ "kind": "reminder", "date": "2025-03-20" }],
    }))
    .expect("claim");
    let t = timeline(
        &c,
        &Policy::preset(PresetId::Standard),
        &TimelineOptions::default(),
    )
    .expect("timeline");
    let p = projected(&t);
    assert_eq!(p[0], (EntryKind::Reminder, "2025-06-18".to_owned()));
    assert!(p.iter().all(|(_, d)| d.as_str() > "2025-06-13"), "{p:?}");
    // The reminder for A did not cover B (not yet issued): it is sent again, and says why.
    let again = t
        .entries
        .iter()
        .find(|e| e.status == EntryStatus::Projected && e.kind == EntryKind::Reminder)
        .expect("the reminder");
    let texts: Vec<String> = again
        .notes
        .iter()
        .map(|n| inkasso::text::warning(n).en)
        .collect();
    assert!(
        texts.contains(&"Sent again because the payment reminder of 2025-03-20 does not cover every invoice: the last falls due on 2025-06-13, after it.".to_owned()),
        "{texts:?}"
    );
}

#[test]
fn final_is_valued_today_and_enforcement_costs_a_grundavgift_each_year() {
    // Taken: inkassokrav 2025-03-10 (deadline 03-20), betalningsföreläggande 2025-04-01,
    // verkställighet 2025-06-02. Fees: 180 + 300 + 380 + 600 = 1 460; no reminder fee.
    let c = claim(
        json!([
            { "kind": "collectionDemand", "date": "2025-03-10" },
            { "kind": "paymentOrder", "date": "2025-04-01" },
            { "kind": "enforcement", "date": "2025-06-02" }
        ]),
        json!([]),
    );
    // Today 2027-06-01: `final` is valued today, not on the last step (2025-06-02), and the
    // further year of 2026-06-02 (a Tuesday) is projected with one more 600 kr.
    let options = TimelineOptions {
        today: Some(common::date("2027-06-01")),
        ..TimelineOptions::default()
    };
    let t = timeline(&c, &Policy::preset(PresetId::Standard), &options).expect("timeline");
    assert_eq!(t.final_value.as_of.to_string(), "2027-06-01");
    assert_eq!(
        projected(&t),
        [(EntryKind::Enforcement, "2026-06-02".to_owned())]
    );
    assert_eq!(t.final_value.fees.to_string(), "2060.00");
    // With a horizon of 2028-12-31: 2026-06-02, 2027-06-02 (Wednesday), 2028-06-02 (Friday):
    // 180 + 680 + 4 × 600 = 3 260.
    let options = TimelineOptions {
        horizon: Some(common::date("2028-12-31")),
        ..options
    };
    let t = timeline(&c, &Policy::preset(PresetId::Standard), &options).expect("timeline");
    assert_eq!(
        projected(&t),
        [
            (EntryKind::Enforcement, "2026-06-02".to_owned()),
            (EntryKind::Enforcement, "2027-06-02".to_owned()),
            (EntryKind::Enforcement, "2028-06-02".to_owned()),
        ]
    );
    assert_eq!(t.final_value.as_of.to_string(), "2028-12-31");
    assert_eq!(t.final_value.fees.to_string(), "3260.00");
}

#[test]
fn preskription_is_part_of_every_preview() {
    // A consumer invoice issued 2020-01-10, never demanded: time-barred after 2023-01-10.
    let old = |steps: Value| {
        common::claim(json!({
            "debtor": "consumer",
            "invoices": [{ "number": "P1", "amount": "5000.00", "issueDate": "2020-01-10", "dueDate": "2020-02-10" }],
            "steps": steps,
        }))
        .expect("claim")
    };
    let c = old(json!([]));
    let s = statement(&c, &StatementOptions::new(common::date("2023-03-01"))).expect("statement");
    let barred: Vec<(WarningCode, Option<String>)> = s
        .warnings
        .iter()
        .filter(|w| w.code == WarningCode::TimeBarred)
        .map(|w| (w.code, w.field()))
        .collect();
    assert_eq!(
        barred,
        [(WarningCode::TimeBarred, Some("invoices[0]".to_owned()))]
    );
    // The day it ends, it is not yet time-barred.
    let s = statement(&c, &StatementOptions::new(common::date("2023-01-10"))).expect("statement");
    assert!(s.warnings.iter().all(|w| w.code != WarningCode::TimeBarred));
    // A reminder after that day demands a time-barred debt: an error finding.
    let c = old(json!([{ "kind": "reminder", "date": "2023-02-01", "fee": false }]));
    assert!(findings(&c).contains(&(FindingCode::TimeBarredDemanded, Severity::Error, Some(0))));
    // Nothing is projected for it either.
    let options = TimelineOptions {
        today: Some(common::date("2023-03-01")),
        ..TimelineOptions::default()
    };
    let t = timeline(
        &old(json!([])),
        &Policy::preset(PresetId::Standard),
        &options,
    )
    .expect("timeline");
    assert!(projected(&t).is_empty());
    assert!(t.warnings.iter().any(|w| w.code == WarningCode::TimeBarred));
}

#[test]
fn a_payment_interrupts_only_the_invoices_it_paid() {
    // A due 2020-02-10 and B due 2021-07-01, both issued 2020-01-10; 500 kr on 2021-06-01 pays
    // A's interest and capital only (B has no interest yet): A restarts (2024-06-01), B keeps
    // 3 years from its issue date (2023-01-10).
    let c = common::claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2020-01-10", "dueDate": "2020-02-10" },
            { "number": "B", "amount": "1000.00", "issueDate": "2020-01-10", "dueDate": "2021-07-01" }
        ],
        "payments": [{ "date": "2021-06-01", "amount": "500.00" }],
    }))
    .expect("claim");
    let l = limitation(&c).expect("limitation");
    let dates: Vec<String> = l
        .invoices
        .iter()
        .map(|i| i.preskription_date.to_string())
        .collect();
    assert_eq!(dates, ["2024-06-01", "2023-01-10"]);
}

#[test]
fn the_claim_state_on_a_date() {
    use inkasso::state::{claim_state, KronofogdenStage};
    // Inkassokrav Monday 2025-03-10 (no term of its own: the 8-day minimum, deadline Tuesday
    // 03-18), betalningsföreläggande 2025-04-01 (proceedings assumed to end 42 days later,
    // 2025-05-13, so a consumer's new period runs to 2028-05-13).
    let c = claim(
        json!([
            { "kind": "collectionDemand", "date": "2025-03-10" },
            { "kind": "paymentOrder", "date": "2025-04-01" }
        ]),
        json!([]),
    );
    let s = claim_state(&c, common::date("2025-04-15")).expect("state");
    assert!(s.overdue() && !s.settled());
    assert_eq!(
        s.collection_demand.map(|d| (d.date, d.deadline)),
        Some((common::date("2025-03-10"), common::date("2025-03-18")))
    );
    assert_eq!(s.kronofogden, KronofogdenStage::PaymentOrder);
    let i = &s.invoices[0];
    assert_eq!(
        (
            i.capital.to_string(),
            i.preskription_date.to_string(),
            i.time_barred
        ),
        ("10000.00".to_owned(), "2028-05-13".to_owned(), false)
    );
    // On the due date itself nothing is overdue yet.
    let s = claim_state(&c, common::date("2025-02-14")).expect("state");
    assert!(!s.overdue());
    assert_eq!(s.not_yet_due().map(|i| i.number.as_str()), Some("L1"));
    assert_eq!(s.collection_demand, None);
    assert_eq!(s.kronofogden, KronofogdenStage::None);
}

/// The state's inkassokrav is the one `check` and the timeline read (a Rust user's review):
/// its deadline at least four bank days after its assumed receipt (sent Friday 2025-12-19:
/// received Tuesday 12-23, four bank days on, Tuesday 2026-01-05 … the 8 days end Saturday
/// 12-27), and valid when an invoice not yet due was paid off before it.
#[test]
fn the_claim_states_inkassokrav_is_checks() {
    use inkasso::state::{claim_state, claim_state_with};
    let c = common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "1000.00", "issueDate": "2025-11-01", "dueDate": "2025-12-01" }],
        "steps": [{ "kind": "collectionDemand", "date": "2025-12-19" }]
    }))
    .expect("claim");
    let deadline = inkasso::calendar::demand_deadline(common::date("2025-12-19"), 8)
        .expect("deadline")
        .deadline;
    let s = claim_state(&c, common::date("2025-12-30")).expect("state");
    assert_eq!(
        s.collection_demand.map(|d| (d.date, d.deadline)),
        Some((common::date("2025-12-19"), deadline))
    );
    assert!(deadline > common::date("2025-12-30"), "{deadline}");
    // An application on the state's deadline's next day is one `check` does not flag.
    let mut applied = c.clone();
    let after = inkasso::calendar::next_day(deadline).expect("day");
    applied.steps.push(inkasso::Step::new(
        inkasso::claim::StepKind::PaymentOrder,
        after,
    ));
    assert!(check(&applied, None)
        .expect("check")
        .iter()
        .all(|f| f.code != FindingCode::PaymentOrderBeforeDeadline));
    // B, not due until June, paid off by a payment made for it in February: the inkassokrav
    // of March demands A alone, and is valid.
    let c = common::claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" },
            { "number": "B", "amount": "500.00", "issueDate": "2025-01-15", "dueDate": "2025-06-30" }
        ],
        "steps": [{ "kind": "collectionDemand", "date": "2025-03-03", "paymentTermDays": 10 }],
        "payments": [{ "date": "2025-02-03", "amount": "500.00", "invoice": "B" }]
    }))
    .expect("claim");
    let table = inkasso::rates::RateTable::embedded();
    let s = claim_state_with(&c, common::date("2025-03-20"), table).expect("state");
    assert_eq!(
        s.collection_demand.map(|d| d.date.to_string()),
        Some("2025-03-03".to_owned())
    );
    assert!(check(&c, None).expect("check").is_empty());
}

/// Verkställighet needs a title (utsökningsbalken 3 kap. 1 §): a judgment, or a
/// betalningsföreläggande not disputed. Without one the history was found clean.
#[test]
fn enforcement_needs_a_title() {
    let without = (FindingCode::EnforcementWithoutTitle, Severity::Warning);
    for (steps, flagged) in [
        (
            json!([
                { "kind": "collectionDemand", "date": "2025-03-20" },
                { "kind": "enforcement", "date": "2025-04-25" }
            ]),
            Some(1),
        ),
        // Disputed: the betalningsföreläggande gives no utslag.
        (
            json!([
                { "kind": "collectionDemand", "date": "2025-03-20" },
                { "kind": "paymentOrder", "date": "2025-04-10" },
                { "kind": "dispute", "date": "2025-04-20" },
                { "kind": "enforcement", "date": "2025-05-26" }
            ]),
            Some(3),
        ),
        // Enforcement before the betalningsföreläggande.
        (
            json!([
                { "kind": "collectionDemand", "date": "2025-03-20" },
                { "kind": "enforcement", "date": "2025-04-07" },
                { "kind": "paymentOrder", "date": "2025-04-10" }
            ]),
            Some(1),
        ),
        (
            json!([
                { "kind": "collectionDemand", "date": "2025-03-20" },
                { "kind": "paymentOrder", "date": "2025-04-10" },
                { "kind": "enforcement", "date": "2025-05-26" }
            ]),
            None,
        ),
        // Disputed, then judged: the judgment is the title.
        (
            json!([
                { "kind": "collectionDemand", "date": "2025-03-20" },
                { "kind": "paymentOrder", "date": "2025-04-10" },
                { "kind": "dispute", "date": "2025-04-20" },
                { "kind": "courtAction", "date": "2025-05-05" },
                { "kind": "judgment", "date": "2025-09-01" },
                { "kind": "enforcement", "date": "2025-09-02" }
            ]),
            None,
        ),
    ] {
        let found: Vec<Option<usize>> = findings(&claim(steps.clone(), json!([])))
            .into_iter()
            .filter(|(code, severity, _)| (*code, *severity) == without)
            .map(|(_, _, step)| step)
            .collect();
        assert_eq!(
            found,
            flagged.map(Some).into_iter().collect::<Vec<_>>(),
            "{steps}"
        );
    }
}

/// An inkassokrav judged as `letter` judges it: on a claim whose capital was paid before its
/// day, `COLLECTION_DEMAND_NOT_OVERDUE` (it passed); an invoice credited in full before it is
/// not demanded, so its later due date does not make the inkassokrav early (it did).
#[test]
fn an_inkassokrav_needs_capital_unpaid_that_day() {
    let demand = json!([{ "kind": "collectionDemand", "date": "2025-04-07" }]);
    let paid = claim(
        demand.clone(),
        json!([{ "date": "2025-03-18", "amount": "10200.00" }]),
    );
    let f = check(&paid, None).expect("check");
    assert_eq!(
        f.iter().map(|f| (f.code, f.step)).collect::<Vec<_>>(),
        [(FindingCode::CollectionDemandNotOverdue, Some(0))]
    );
    assert_eq!(
        f[0].text().en,
        "The debt-collection demand of 2025-04-07 was sent when the claim's capital was already paid or credited: nothing overdue was left to demand."
    );
    // The same day's payment comes after the step (DOMAIN.md 8.5): the inkassokrav stands.
    let same_day = claim(
        demand.clone(),
        json!([{ "date": "2025-04-07", "amount": "10100.00" }]),
    );
    assert_eq!(findings(&same_day), []);
    let credited = common::claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "1", "amount": "10000.00", "issueDate": "2025-02-12", "dueDate": "2025-03-14" },
            { "number": "2", "amount": "3000.00", "issueDate": "2025-03-01", "dueDate": "2025-03-31" }
        ],
        "credits": [{ "invoice": "2", "date": "2025-03-10", "amount": "3000.00" }],
        "steps": [{ "kind": "collectionDemand", "date": "2025-03-20" }]
    }))
    .expect("claim");
    assert_eq!(findings(&credited), []);
    // Not credited: invoice 2 is not yet due on 2025-03-20.
    let mut open = credited.clone();
    open.credits.clear();
    assert_eq!(
        findings(&open),
        [(
            FindingCode::CollectionDemandNotOverdue,
            Severity::Error,
            Some(0)
        )]
    );
}

/// A reminder, inkassokrav or plan dated when all the capital unpaid is time-barred earns no
/// fee (a time-barred debt may not be demanded: not a cost "skäligen påkallad", lag 1981:739
/// 4 §); it was charged while `check` flagged the step. Kronofogden's costs stay (limitation is
/// the debtor's objection to raise). With one invoice still within its period the fee stands.
#[test]
fn no_collection_fee_for_a_time_barred_debt() {
    // Consumer, issued 2020-02-12: time-barred after 2023-02-12.
    let old = |invoices: Value| {
        common::claim(json!({
            "debtor": "consumer", "reminderFeeAgreed": true,
            "invoices": invoices,
            "steps": [
                { "kind": "reminder", "date": "2023-03-01" },
                { "kind": "collectionDemand", "date": "2023-03-10" },
                { "kind": "paymentOrder", "date": "2023-04-01" }
            ]
        }))
        .expect("claim")
    };
    let barred = old(json!([
        { "number": "1", "amount": "10000.00", "issueDate": "2020-02-12", "dueDate": "2020-03-13" }
    ]));
    let s =
        statement(&barred, &StatementOptions::new(common::date("2023-04-30"))).expect("statement");
    let lines: Vec<(Option<usize>, String)> = s
        .fee_lines
        .iter()
        .map(|l| (l.step, l.amount.to_string()))
        .collect();
    assert_eq!(
        lines,
        [(Some(2), "300.00".into()), (Some(2), "380.00".into())]
    );
    let on_steps: Vec<(&str, Option<String>)> = s
        .warnings
        .iter()
        .filter(|w| w.code == WarningCode::TimeBarred)
        .map(|w| (w.code.as_str(), w.field()))
        .collect();
    assert_eq!(
        on_steps,
        [
            ("TIME_BARRED", Some("steps[0]".into())),
            ("TIME_BARRED", Some("steps[1]".into())),
            ("TIME_BARRED", Some("invoices[0]".into())),
        ]
    );
    let texts: Vec<String> = s
        .warnings
        .iter()
        .filter(|w| w.field().as_deref() == Some("steps[0]"))
        .map(|w| w.text().en)
        .collect();
    assert_eq!(
        texts,
        ["No fee for the payment reminder of 2023-03-01: all the overdue capital unpaid was time-barred that day and may not be demanded."]
    );
    // One invoice within its period (issued 2021-06-01): the fees stand.
    let mixed = old(json!([
        { "number": "1", "amount": "10000.00", "issueDate": "2020-02-12", "dueDate": "2020-03-13" },
        { "number": "2", "amount": "500.00", "issueDate": "2021-06-01", "dueDate": "2021-07-01" }
    ]));
    let s =
        statement(&mixed, &StatementOptions::new(common::date("2023-04-30"))).expect("statement");
    assert_eq!(s.fees.to_string(), "920.00");
}

/// The review of the day's changes: each row once answered differently by two functions.
#[test]
fn credits_titles_judgments_and_later_invoices_agree_everywhere() {
    let c = |json: Value| common::claim(json).expect("claim");
    let projected = |claim: &Claim, today: &str| -> Vec<(EntryKind, String)> {
        let options = TimelineOptions {
            today: Some(common::date(today)),
            ..TimelineOptions::default()
        };
        timeline(claim, &Policy::preset(PresetId::Standard), &options)
            .expect("timeline")
            .entries
            .iter()
            .filter(|e| e.status == EntryStatus::Projected)
            .map(|e| (e.kind, e.date.to_string()))
            .collect()
    };
    // (1) An invoice credited only after the inkassokrav: the inkassokrav was early that day
    // (check). Credited in full before its due date, B never fell due unpaid, so the timeline
    // need not send it again to cover B (as for an invoice paid off in time by payments made
    // for it; a docs review, stop 55): the betalningsföreläggande follows, which `check` does
    // not flag (B's capital is credited away when it is applied for).
    let credited_later = c(json!({
        "debtor": "business", "lateFee": false,
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "500.00", "issueDate": "2025-03-01", "dueDate": "2025-06-30" }
        ],
        "credits": [{ "invoice": "B", "date": "2025-05-20", "amount": "500.00" }],
        "steps": [{ "kind": "collectionDemand", "date": "2025-03-06" }]
    }));
    assert_eq!(
        findings(&credited_later),
        [(
            FindingCode::CollectionDemandNotOverdue,
            Severity::Error,
            Some(0)
        )]
    );
    let p = projected(&credited_later, "2025-06-02");
    assert_eq!(
        p.first(),
        Some(&(EntryKind::PaymentOrder, "2025-06-02".to_owned())),
        "{p:?}"
    );
    let mut ordered = credited_later.clone();
    ordered.steps.push(inkasso::claim::Step::new(
        inkasso::claim::StepKind::PaymentOrder,
        common::date("2025-06-02"),
    ));
    assert_eq!(
        findings(&ordered),
        [(
            FindingCode::CollectionDemandNotOverdue,
            Severity::Error,
            Some(0)
        )]
    );
    // A credit note before today cancels its invoice for the projection too: the reminder goes
    // today (it waited for the cancelled invoice's due date, 2025-07-01), or without a today
    // the day after the credit note.
    let no_steps = c(json!({
        "debtor": "business", "lateFee": false,
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "500.00", "issueDate": "2025-01-15", "dueDate": "2025-06-30" }
        ],
        "credits": [{ "invoice": "B", "date": "2025-05-20", "amount": "500.00" }]
    }));
    assert_eq!(
        projected(&no_steps, "2025-05-26").first(),
        Some(&(EntryKind::Reminder, "2025-05-26".to_owned()))
    );
    let untimed = timeline(
        &no_steps,
        &Policy::preset(PresetId::Standard),
        &TimelineOptions::default(),
    )
    .expect("timeline");
    let first = untimed
        .entries
        .iter()
        .find(|e| e.status == EntryStatus::Projected)
        .expect("projected");
    assert_eq!(
        (first.kind, first.date.to_string()),
        (EntryKind::Reminder, "2025-05-21".to_owned())
    );
    assert!(first.notes.is_empty(), "{:?}", first.notes);
    // (3) Credited before the inkassokrav: the betalningsföreläggande on it rests on a valid one.
    let credited_before = c(json!({
        "debtor": "business", "lateFee": false,
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "500.00", "issueDate": "2025-01-15", "dueDate": "2025-06-30" }
        ],
        "credits": [{ "invoice": "B", "date": "2025-01-20", "amount": "500.00" }],
        "steps": [{ "kind": "collectionDemand", "date": "2025-03-03" }, { "kind": "paymentOrder", "date": "2025-03-20" }]
    }));
    assert_eq!(findings(&credited_before), []);
    // (2) Verkställighet without a recorded title: one warning, for the first only.
    let untitled = claim(
        json!([
            { "kind": "collectionDemand", "date": "2025-03-06" },
            { "kind": "enforcement", "date": "2025-04-01" },
            { "kind": "enforcement", "date": "2026-04-01" }
        ]),
        json!([]),
    );
    assert_eq!(
        findings(&untitled),
        [(
            FindingCode::EnforcementWithoutTitle,
            Severity::Warning,
            Some(1)
        )]
    );
    // (5) A reminder when the only overdue invoice is time-barred earns no fee, whatever the
    // later invoices (one issued after it, one not yet due).
    for later in ["2022-06-01", "2022-02-20"] {
        let barred = c(json!({
            "debtor": "consumer", "reminderFeeAgreed": true,
            "invoices": [
                { "number": "A", "amount": "1000.00", "issueDate": "2019-01-10", "dueDate": "2019-02-10" },
                { "number": "B", "amount": "1000.00", "issueDate": later, "dueDate": "2022-07-01" }
            ],
            "steps": [{ "kind": "reminder", "date": "2022-03-01" }]
        }));
        assert_eq!(fees(&barred, "2022-03-31").0, "0.00", "{later}");
    }
    // (6) A judgment years after an undisputed betalningsföreläggande does not revive a claim
    // time-barred meanwhile: 2021-01-11 + 42 days = 2021-02-22, barred after 2024-02-22.
    let late_judgment = c(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "A", "amount": "1000.00", "issueDate": "2020-01-10", "dueDate": "2020-02-10" }],
        "steps": [{ "kind": "paymentOrder", "date": "2021-01-11" }, { "kind": "judgment", "date": "2025-01-29" }]
    }));
    let l = limitation(&late_judgment).expect("limitation");
    assert_eq!(l.preskription_date.to_string(), "2024-02-22");
    // (7) A dispute after a judgment disputes nothing: verkställighet is projected.
    let judged = claim(
        json!([
            { "kind": "courtAction", "date": "2025-03-20" },
            { "kind": "judgment", "date": "2025-04-22" },
            { "kind": "dispute", "date": "2025-04-25" }
        ]),
        json!([]),
    );
    assert_eq!(
        projected(&judged, "2025-05-05"),
        [(EntryKind::Enforcement, "2025-05-05".to_owned())]
    );
}

/// God inkassosed: an inkassokrav leaves the debtor at least four bank days after the day it
/// can be assumed received (two bank days after sending). One sent Friday 2025-12-19 with 8
/// days (Monday 12-29) is assumed received Tuesday 12-23 and leaves one bank day (12-29): it
/// should have been extended to 2026-01-05 (12-29, 12-30, 01-02, 01-05). A betalningsföreläggande
/// before that day rests on a term the debtor did not have.
#[test]
fn an_inkassokrav_around_a_long_weekend_leaves_four_bank_days_after_receipt() {
    let of = |steps: Value| {
        common::claim(json!({
            "debtor": "consumer",
            "invoices": [{ "number": "1", "amount": "5000.00", "issueDate": "2025-10-15", "dueDate": "2025-11-14" }],
            "steps": steps,
        }))
        .expect("claim")
    };
    let short =
        of(json!([{ "kind": "collectionDemand", "date": "2025-12-19", "paymentTermDays": 8 }]));
    let f = check(&short, None).expect("check");
    let term: Vec<_> = f
        .iter()
        .filter(|x| x.code == FindingCode::CollectionTermTooShort)
        .collect();
    assert_eq!(term.len(), 1, "{f:?}");
    assert_eq!(term[0].step, Some(0));
    // A warning: it rests on the assumed receipt (a legal review, stop 57).
    assert_eq!(term[0].severity, Severity::Warning);
    assert_eq!(
        term[0].facts,
        inkasso::compliance::FindingFacts::TermShortAfterReceipt {
            kind: inkasso::StepKind::CollectionDemand,
            date: common::date("2025-12-19"),
            deadline: common::date("2025-12-29"),
            received: common::date("2025-12-23"),
            bank_days: 1,
            min: 4,
        }
    );
    assert!(
        term[0].text().sv.contains("lämnar en bankdag efter"),
        "{}",
        term[0].text().sv
    );
    // The minimum with its unit (it said "kräver minst 4:"), a small number in words.
    assert!(
        term[0]
            .text()
            .sv
            .contains("god inkassosed kräver minst fyra bankdagar:")
            && term[0]
                .text()
                .en
                .contains("requires at least four bank days:"),
        "{} / {}",
        term[0].text().sv,
        term[0].text().en
    );
    // A term long enough (20 days: 2026-01-08) and an ordinary week (8 days from Monday
    // 2025-12-01) are lawful.
    for steps in [
        json!([{ "kind": "collectionDemand", "date": "2025-12-19", "paymentTermDays": 20 }]),
        json!([{ "kind": "collectionDemand", "date": "2025-12-01", "paymentTermDays": 8 }]),
    ] {
        let f = check(&of(steps.clone()), None).expect("check");
        assert!(
            f.iter()
                .all(|x| x.code != FindingCode::CollectionTermTooShort),
            "{steps}: {f:?}"
        );
    }
    // A betalningsföreläggande on 2026-01-02, after the 10-day deadline (12-29) but before the
    // four bank days ran out (01-05).
    let early = of(json!([
        { "kind": "collectionDemand", "date": "2025-12-19", "paymentTermDays": 10 },
        { "kind": "paymentOrder", "date": "2026-01-02" }
    ]));
    let f = check(&early, None).expect("check");
    let before: Vec<_> = f
        .iter()
        .filter(|x| x.code == FindingCode::PaymentOrderBeforeDeadline)
        .collect();
    assert_eq!(before.len(), 1, "{f:?}");
    assert!(
        before[0].text().en.contains("2026-01-05"),
        "{}",
        before[0].text().en
    );
    // Recorded without a term, the inkassokrav is assumed lawful: the timeline gives it the
    // extended deadline (with a note), as `letter` would, and `check` finds nothing.
    let untermed = of(json!([{ "kind": "collectionDemand", "date": "2025-12-19" }]));
    let t = timeline(
        &untermed,
        &Policy::preset(PresetId::Standard),
        &TimelineOptions {
            today: Some(common::date("2025-12-20")),
            ..TimelineOptions::default()
        },
    )
    .expect("timeline");
    let demand = t
        .entries
        .iter()
        .find(|e| e.kind == EntryKind::CollectionDemand)
        .expect("demand");
    assert_eq!(demand.deadline, Some(common::date("2026-01-05")));
    assert_eq!(demand.deadline_moved_from, None);
    assert_eq!(
        demand
            .notes
            .iter()
            .map(|n| n.code.as_str())
            .collect::<Vec<_>>(),
        ["PROJECTION_ADJUSTED"]
    );
    let f = check(&untermed, None).expect("check");
    assert!(
        f.iter()
            .all(|x| x.code != FindingCode::CollectionTermTooShort),
        "{f:?}"
    );
    // On 2026-01-07 it is lawful.
    let later = of(json!([
        { "kind": "collectionDemand", "date": "2025-12-19", "paymentTermDays": 10 },
        { "kind": "paymentOrder", "date": "2026-01-07" }
    ]));
    let f = check(&later, None).expect("check");
    assert!(
        f.iter()
            .all(|x| x.code != FindingCode::PaymentOrderBeforeDeadline),
        "{f:?}"
    );
}
