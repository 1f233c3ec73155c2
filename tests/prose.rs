//! Snapshots of everything the engine says in words: full-detail statements of every worked
//! case, timelines, letters, findings and limitation, serialised exactly as the JS API returns
//! them. They pin the prose: a change of wording shows up here as a diff to review (run with
//! `UPDATE_SNAPSHOTS=1` to rewrite them, then read every changed line before committing).

mod common;

use std::path::PathBuf;

use inkasso::compliance::check;
use inkasso::letter::{letter, LetterOptions};
use inkasso::limitation::limitation;
use inkasso::policy::{Policy, PresetId};
use inkasso::timeline::{timeline, TimelineOptions};
use inkasso::{Claim, StepKind};
use serde_json::Value;

fn snapshot(name: &str, got: &Value) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots/prose")
        .join(format!("{name}.json"));
    let text = format!("{}\n", serde_json::to_string_pretty(got).expect("json"));
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some_and(|v| v == "1") {
        std::fs::write(&path, text).expect("write snapshot");
        return;
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("no snapshot prose/{name}.json: run with UPDATE_SNAPSHOTS=1"));
    assert_eq!(want, text, "snapshot prose/{name} differs");
}

/// The worked cases of ../shared/cases (the pinned copy, not INKASSO_CASES_DIR).
fn cases() -> Vec<(String, Value)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/cases");
    let mut out = Vec::new();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("shared/cases")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    for path in paths {
        let text = std::fs::read_to_string(&path).expect("case");
        let case: Value = serde_json::from_str(&text).expect("case json");
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .expect("name")
            .to_owned();
        out.push((name, case["input"].clone()));
    }
    out
}

fn claim_of(input: &Value) -> Claim {
    let mut input = input.clone();
    if let Some(o) = input.as_object_mut() {
        o.remove("asOf");
    }
    common::claim(input).expect("claim")
}

#[test]
fn statements_in_full_detail() {
    for (name, input) in cases() {
        let s = common::ok(input);
        snapshot(
            &format!("statement-{name}"),
            &serde_json::to_value(&s).expect("json"),
        );
    }
}

#[test]
fn timelines_findings_letters_and_limitation() {
    for (name, input) in cases() {
        let claim = claim_of(&input);
        let as_of = common::date(input["asOf"].as_str().expect("asOf"));
        let mut out = serde_json::Map::new();
        for id in PresetId::ALL {
            let t = timeline(&claim, &Policy::preset(id), &TimelineOptions::default());
            out.insert(
                format!("timeline-{}", id.as_str()),
                match t {
                    Ok(t) => serde_json::to_value(&t).expect("json"),
                    Err(e) => Value::String(format!("{}: {e}", e.code().as_str())),
                },
            );
        }
        let findings = check(&claim, Some(&Policy::preset(PresetId::ALL[0]))).expect("check");
        out.insert(
            "findings".into(),
            serde_json::to_value(&findings).expect("json"),
        );
        let findings = check(&claim, None).expect("check");
        out.insert(
            "findingsNoPolicy".into(),
            serde_json::to_value(&findings).expect("json"),
        );
        for (kind, days) in [
            (StepKind::Reminder, 10),
            (StepKind::CollectionDemand, 10),
            (StepKind::FinalNotice, 10),
        ] {
            let l = letter(&claim, kind, as_of, days, &LetterOptions::default());
            out.insert(
                format!("letter-{}", kind.as_str()),
                match l {
                    Ok(l) => serde_json::to_value(&l).expect("json"),
                    Err(e) => Value::String(format!("{}: {e}", e.code().as_str())),
                },
            );
        }
        let lim = limitation(&claim).expect("limitation");
        out.insert(
            "limitation".into(),
            serde_json::to_value(&lim).expect("json"),
        );
        snapshot(&format!("road-{name}"), &Value::Object(out));
    }
}

/// Claims chosen so that every warning and finding code is said at least once.
fn special_claims() -> Vec<(&'static str, Value, Value, &'static str)> {
    use serde_json::json;
    vec![
        (
            "rates-beyond-table",
            json!({ "debtor": "consumer", "invoices": [{ "number": "A1", "amount": "1000.00", "issueDate": "2026-05-01", "dueDate": "2026-06-01" }] }),
            json!({ "preset": "standard" }),
            "2027-02-15",
        ),
        (
            "before-tables",
            json!({ "debtor": "business", "reminderFeeAgreed": true, "invoices": [{ "number": "B1", "amount": "5000.00", "issueDate": "2001-01-10", "dueDate": "2001-02-10" }],
                    "steps": [{ "kind": "reminder", "date": "2001-03-01" }, { "kind": "paymentOrder", "date": "2001-06-01" }] }),
            json!({ "preset": "standard" }),
            "2003-01-01",
        ),
        (
            "paid-by-due-and-late-steps",
            json!({ "debtor": "business", "invoices": [{ "number": "C1", "amount": "2000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" }, { "number": "C2", "amount": "3000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" }],
                    "steps": [{ "kind": "collectionDemand", "date": "2025-02-10" }, { "kind": "paymentOrder", "date": "2025-02-14" }, { "kind": "collectionDemand", "date": "2025-03-03" }, { "kind": "reminder", "date": "2025-09-01" }],
                    "payments": [{ "date": "2025-02-10", "amount": "2000.00" }, { "date": "2025-08-01", "amount": "100.00" }] }),
            json!({ "preset": "standard", "reminder": { "daysAfterDue": 0, "paymentTermDays": 0 }, "collectionDemand": { "daysAfter": 0, "paymentTermDays": 5 }, "finalNotice": null, "paymentOrder": { "daysAfter": 0 },
                    "fees": { "interestOnFees": true, "feesOnTopOfLateFee": true } }),
            "2025-06-30",
        ),
        (
            "payment-order-without-demand",
            json!({ "debtor": "consumer", "reminderFeeAgreed": false, "invoices": [{ "number": "D1", "amount": "800.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" }],
                    "steps": [{ "kind": "reminder", "date": "2025-02-20", "fee": true }, { "kind": "reminder", "date": "2025-03-05" }, { "kind": "paymentOrder", "date": "2025-04-01" }, { "kind": "enforcement", "date": "2025-06-01" }] }),
            json!({ "preset": "smsReminder" }),
            "2025-07-01",
        ),
        (
            "reminder-on-a-time-barred-debt",
            json!({ "debtor": "consumer", "reminderFeeAgreed": true, "invoices": [{ "number": "T1", "amount": "1000.00", "issueDate": "2020-02-12", "dueDate": "2020-03-13" }],
                    "steps": [{ "kind": "reminder", "date": "2023-03-01" }] }),
            json!({ "preset": "standard" }),
            "2023-04-30",
        ),
        (
            "reminder-before-the-due-date",
            json!({ "debtor": "consumer", "reminderFeeAgreed": true, "invoices": [{ "number": "R1", "amount": "5000.00", "issueDate": "2025-09-01", "dueDate": "2025-10-01" }],
                    "steps": [{ "kind": "reminder", "date": "2025-09-25" }, { "kind": "finalNotice", "date": "2025-10-01" }] }),
            json!({ "preset": "reminderDemandFinalNotice" }),
            "2025-10-15",
        ),
        (
            "paid-demand-and-enforcement-without-title",
            json!({ "debtor": "consumer", "invoices": [{ "number": "E1", "amount": "1000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" }],
                    "steps": [{ "kind": "collectionDemand", "date": "2025-03-10" }, { "kind": "enforcement", "date": "2025-04-01" }],
                    "payments": [{ "date": "2025-03-01", "amount": "1100.00" }] }),
            json!({ "preset": "standard" }),
            "2025-06-30",
        ),
        (
            "dispute-withdrawn",
            json!({ "debtor": "consumer", "reminderFeeAgreed": true, "invoices": [{ "number": "W1", "amount": "12500.00", "issueDate": "2025-02-12", "dueDate": "2025-03-14" }],
                    "steps": [{ "kind": "reminder", "date": "2025-03-24", "paymentTermDays": 10 }, { "kind": "collectionDemand", "date": "2025-04-10", "paymentTermDays": 10 },
                              { "kind": "dispute", "date": "2025-04-15", "withdrawn": "2025-05-05" }, { "kind": "finalNotice", "date": "2025-05-01", "paymentTermDays": 10 }] }),
            json!({ "preset": "standard", "court": {} }),
            "2025-05-20",
        ),
    ]
}

#[test]
fn special_claims_say_every_code() {
    use inkasso::input::{read, ClaimInput};
    use inkasso::policy::PolicyInput;
    for (name, claim, policy, as_of) in special_claims() {
        let claim = read::<ClaimInput, _>(claim)
            .and_then(ClaimInput::into_claim)
            .expect("claim");
        let policy = read::<PolicyInput, _>(policy)
            .and_then(PolicyInput::into_policy)
            .expect("policy");
        let as_of = common::date(as_of);
        let mut out = serde_json::Map::new();
        let s = inkasso::statement(&claim, &inkasso::StatementOptions::new(as_of));
        out.insert(
            "statement".into(),
            match s {
                Ok(s) => serde_json::to_value(&s).expect("json"),
                Err(e) => Value::String(format!("{}: {e}", e.code().as_str())),
            },
        );
        let t = timeline(&claim, &policy, &TimelineOptions::default());
        out.insert(
            "timeline".into(),
            match t {
                Ok(t) => serde_json::to_value(&t).expect("json"),
                Err(e) => Value::String(format!("{}: {e}", e.code().as_str())),
            },
        );
        let f = check(&claim, Some(&policy));
        out.insert(
            "findings".into(),
            match f {
                Ok(f) => serde_json::to_value(&f).expect("json"),
                Err(e) => Value::String(format!("{}: {e}", e.code().as_str())),
            },
        );
        let l = letter(
            &claim,
            StepKind::CollectionDemand,
            as_of,
            10,
            &LetterOptions::default(),
        );
        out.insert(
            "letter".into(),
            match l {
                Ok(l) => serde_json::to_value(&l).expect("json"),
                Err(e) => Value::String(format!("{}: {e}", e.code().as_str())),
            },
        );
        snapshot(&format!("special-{name}"), &Value::Object(out));
    }
}

#[test]
fn presets_in_words() {
    snapshot(
        "presets",
        &serde_json::to_value(Policy::presets()).expect("json"),
    );
}
