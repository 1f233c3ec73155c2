//! The seed processes of DOMAIN.md §7 (000–004), each expressed as a policy and snapshot-tested
//! end to end: the policy itself, `check` of the policy against the claim (no finding: the
//! process is lawful as the engine models it), and the timeline of one claim under it; for
//! seed 001 also the instalment plan that is its alternative route, and for seeds 000 and 003
//! the court path up to efterbevakning as taken steps. Snapshots under `tests/snapshots/seeds/`,
//! rewritten with `UPDATE_SNAPSHOTS=1` (review every change by hand).
//!
//! The claim: a consumer owes 12 500 kr on invoice 2025-118, due Friday 2025-03-14, with a
//! påminnelseavgift agreed; today is the due date.

use std::path::PathBuf;

use inkasso::input::{read, ClaimInput};
use inkasso::policy::PolicyInput;
use inkasso::timeline::{timeline, EntryKind, EntryStatus, TimelineOptions};
use inkasso::{calendar::parse_date, Claim};
use serde_json::{json, Value};

fn claim(steps: Value) -> Claim {
    read::<ClaimInput, _>(json!({
        "debtor": "consumer", "reminderFeeAgreed": true,
        "invoices": [{ "number": "2025-118", "amount": "12500.00", "issueDate": "2025-02-12", "dueDate": "2025-03-14" }],
        "steps": steps
    }))
    .and_then(ClaimInput::into_claim)
    .expect("claim")
}

fn snapshot(name: &str, got: &Value) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/seeds");
    let path = dir.join(format!("{name}.json"));
    let text = format!("{}\n", serde_json::to_string_pretty(got).expect("json"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(&dir).expect("dir");
        std::fs::write(&path, text).expect("write snapshot");
        return;
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("no snapshot seeds/{name}.json: run with UPDATE_SNAPSHOTS=1"));
    assert_eq!(want, text, "snapshot seeds/{name} differs");
}

/// The seeds: (name, policy, taken steps, today, what the projection must contain).
fn seeds() -> Vec<(&'static str, Value, Value, &'static str, Vec<EntryKind>)> {
    use EntryKind::*;
    vec![
        // 000: "en eller två betalningspåminnelser", reminders only.
        (
            "000-two-reminders-only",
            json!({ "preset": "remindersOnly", "secondReminder": {}, "finalNotice": null }),
            json!([]),
            "2025-03-14",
            vec![Due, Reminder, Reminder],
        ),
        // 000: the full module: reminders → collection → legal → efterbevakning. The court path,
        // the verkställighet on the judgment and efterbevakning are facts the creditor records
        // (taken steps); nothing more is projected up to today (the next grundavgift year is
        // 2026-10-13).
        (
            "000-full-module-with-surveillance",
            json!({ "preset": "standard", "secondReminder": {}, "court": {}, "surveillance": {} }),
            json!([
                { "kind": "reminder", "date": "2025-03-19" },
                { "kind": "reminder", "date": "2025-04-07", "fee": false },
                { "kind": "collectionDemand", "date": "2025-04-24" },
                { "kind": "paymentOrder", "date": "2025-05-15" },
                { "kind": "dispute", "date": "2025-05-26" },
                { "kind": "courtAction", "date": "2025-06-09" },
                { "kind": "judgment", "date": "2025-10-06", "costs": "2500.00" },
                { "kind": "enforcement", "date": "2025-10-13" },
                { "kind": "surveillance", "date": "2026-02-02" }
            ]),
            "2026-02-02",
            vec![
                Due,
                Reminder,
                Reminder,
                CollectionDemand,
                PaymentOrder,
                Dispute,
                CourtAction,
                Judgment,
                Enforcement,
                Surveillance,
            ],
        ),
        // 001: registration, an inkassokrav with the statutory fee, then Kronofogden (the plan
        // route is snapshot below).
        (
            "001-demand-then-kronofogden",
            json!({ "preset": "standard", "reminder": null }),
            json!([]),
            "2025-03-14",
            vec![Due, CollectionDemand, PaymentOrder, Enforcement],
        ),
        // 001: … or, after checking the debtor's finances, an amorteringsplan (the timeline
        // carries its schedule).
        (
            "001-demand-then-plan",
            json!({ "preset": "standard", "reminder": null, "paymentPlan": {} }),
            json!([]),
            "2025-03-14",
            vec![Due, CollectionDemand, PaymentPlan],
        ),
        // 002: SMS reminder, 10 days, then collection automatically.
        (
            "002-sms-reminder",
            json!({ "preset": "smsReminder" }),
            json!([]),
            "2025-03-14",
            vec![Due, Reminder, CollectionDemand, PaymentOrder, Enforcement],
        ),
        // 003: reminder → inkassokrav → betalningsföreläggande → verkställighet; the disputed
        // branch goes to the tingsrätt.
        (
            "003-standard",
            json!({ "preset": "standard" }),
            json!([]),
            "2025-03-14",
            vec![Due, Reminder, CollectionDemand, PaymentOrder, Enforcement],
        ),
        // The debtor disputes the betalningsföreläggande: the policy's court path is projected
        // (stämningsansökan, an assumed judgment, then verkställighet).
        (
            "003-disputed-to-tingsratten",
            json!({ "preset": "standard", "court": {} }),
            json!([
                { "kind": "reminder", "date": "2025-03-19" },
                { "kind": "collectionDemand", "date": "2025-04-07" },
                { "kind": "paymentOrder", "date": "2025-04-28" },
                { "kind": "dispute", "date": "2025-05-12" }
            ]),
            "2025-05-20",
            vec![
                Due,
                Reminder,
                CollectionDemand,
                PaymentOrder,
                Dispute,
                CourtAction,
                Judgment,
                Enforcement,
            ],
        ),
        // … and once the judgment is a fact (with the litigation costs it awarded).
        (
            "003-judgment-then-enforcement",
            json!({ "preset": "standard", "court": {} }),
            json!([
                { "kind": "reminder", "date": "2025-03-19" },
                { "kind": "collectionDemand", "date": "2025-04-07" },
                { "kind": "paymentOrder", "date": "2025-04-28" },
                { "kind": "dispute", "date": "2025-05-12" },
                { "kind": "courtAction", "date": "2025-06-02" },
                { "kind": "judgment", "date": "2025-09-15", "costs": "2500.00" }
            ]),
            "2025-09-15",
            vec![
                Due,
                Reminder,
                CollectionDemand,
                PaymentOrder,
                Dispute,
                CourtAction,
                Judgment,
                Enforcement,
            ],
        ),
        // 004: reminder → inkassokrav → final notice, betalningsföreläggande only after that.
        (
            "004-reminder-demand-final-notice",
            json!({ "preset": "reminderDemandFinalNotice" }),
            json!([]),
            "2025-03-14",
            vec![
                Due,
                Reminder,
                CollectionDemand,
                FinalNotice,
                PaymentOrder,
                Enforcement,
            ],
        ),
    ]
}

#[test]
fn every_seed_process_as_a_policy_end_to_end() {
    for (name, policy_json, steps, today, kinds) in seeds() {
        let policy = read::<PolicyInput, _>(policy_json.clone())
            .and_then(PolicyInput::into_policy)
            .expect("policy");
        let claim = claim(steps);
        let findings = inkasso::compliance::check(&claim, Some(&policy)).expect("check");
        assert!(
            findings.is_empty(),
            "{name}: {:?}",
            findings.iter().map(|f| f.code).collect::<Vec<_>>()
        );
        let options = TimelineOptions {
            today: Some(parse_date(today).expect("date")),
            ..TimelineOptions::default()
        };
        let t = timeline(&claim, &policy, &options).expect("timeline");
        let got: Vec<EntryKind> = t.entries.iter().map(|e| e.kind).collect();
        assert_eq!(got, kinds, "{name}");
        // Every projected step lies after the taken ones.
        let last_taken = t
            .entries
            .iter()
            .filter(|e| e.status == EntryStatus::Taken)
            .map(|e| e.date)
            .max();
        assert!(t
            .entries
            .iter()
            .filter(|e| e.status == EntryStatus::Projected)
            .all(|e| last_taken.is_none_or(|l| e.date >= l)));
        snapshot(
            name,
            &json!({
                "policyInput": policy_json,
                "policy": serde_json::to_value(&policy).expect("json"),
                "today": today,
                "timeline": serde_json::to_value(&t).expect("json"),
            }),
        );
    }
}

/// Seed 001's other route: after the inkassokrav (sent 2025-03-17, deadline 2025-03-27) the
/// debtor's finances are checked and an amorteringsplan is agreed on 2025-04-01: six monthly
/// instalments from 2025-05-01, with the 170 kr plan fee.
#[test]
fn seed_001_instalment_plan_route() {
    use inkasso::plan::{instalment_plan, PlanOptions};
    let claim =
        claim(json!([{ "kind": "collectionDemand", "date": "2025-03-17", "paymentTermDays": 10 }]));
    let plan = read::<inkasso::input::plan::PlanInput, _>(
        json!({ "date": "2025-04-01", "firstDate": "2025-05-01", "count": 6 }),
    )
    .and_then(inkasso::input::plan::PlanInput::into_request)
    .expect("plan");
    let s = instalment_plan(&claim, &plan, &PlanOptions::default()).expect("schedule");
    assert_eq!(s.instalments.len(), 6);
    assert_eq!(s.plan_fee.to_string(), "170.00");
    // The inkassokrav's 180 kr and the plan's 170 kr are paid by the first instalment.
    assert_eq!(s.instalments[0].fees.to_string(), "350.00");
    snapshot(
        "001-instalment-plan",
        &serde_json::to_value(&s).expect("json"),
    );
}
