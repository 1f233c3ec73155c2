//! The timeline's stability check as the suites `stable_missed_years.rs`, `stable_reopened_road.rs`,
//! `stable_multi_title.rs` and `stable_court_case.rs` run it: record the first projected entry (its `record`), see the
//! timeline again on its day, and the rest of the road and the final total stay as first
//! projected.

use inkasso::timeline::{Entry, EntryStatus, Timeline, TimelineOptions};
use serde_json::{json, Value};

/// Each projected entry as the check compares it: kind, date, further year or not, fees,
/// what the claim comes to if paid on its day.
pub fn key_with_fees(e: &Entry) -> String {
    let fees: Vec<String> = e
        .fees
        .iter()
        .map(|f| format!("{:?}:{}", f.kind, f.amount))
        .collect();
    format!(
        "{:?} {}{} [{}] {}",
        e.kind,
        e.date,
        if e.further_year { " FY" } else { "" },
        fees.join("+"),
        e.if_paid.total
    )
}

/// The timeline of `claim` under `policy` seen on `today`, to `horizon`.
pub fn timeline(claim: &Value, policy: &Value, today: Option<&str>, horizon: &str) -> Timeline {
    let c = super::claim(claim.clone()).expect("claim");
    let options = TimelineOptions {
        today: today.map(super::date),
        horizon: Some(super::date(horizon)),
        ..TimelineOptions::default()
    };
    inkasso::timeline::timeline(&c, &super::policy(policy.clone()), &options).expect("timeline")
}

/// The projected entries, each as `key` writes it, and the final total of the timeline of
/// `claim` under `policy` seen on `today`.
pub fn road(
    claim: &Value,
    policy: &Value,
    today: Option<&str>,
    horizon: &str,
    key: fn(&Entry) -> String,
) -> (Vec<String>, String) {
    let t = timeline(claim, policy, today, horizon);
    let projected = t
        .entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected)
        .map(key)
        .collect();
    (projected, t.final_value.total.to_string())
}

/// The first projected entry's record ([`inkasso::timeline::Entry::record`]) of the
/// timeline of `claim` seen on `today`, with its day.
pub fn first_record(
    claim: &Value,
    policy: &Value,
    today: Option<&str>,
    horizon: &str,
) -> Option<(Value, String)> {
    let t = timeline(claim, policy, today, horizon);
    let first = t
        .entries
        .iter()
        .find(|e| e.status == EntryStatus::Projected)?;
    let record = serde_json::to_value(first.record.as_ref()?).expect("record as JSON");
    Some((record, first.date.to_string()))
}

/// Records the projected entries one by one (`rounds` of them), each time on its day: the rest
/// of the road (each entry as `key` writes it) and the final total stay as first projected.
pub fn stays_the_same(
    claim: Value,
    policy: &Value,
    horizon: &str,
    rounds: usize,
    key: fn(&Entry) -> String,
) {
    stays_the_same_from(claim, policy, None, horizon, rounds, key)
}

/// [`stays_the_same`], the timeline first seen on `today`.
pub fn stays_the_same_from(
    mut claim: Value,
    policy: &Value,
    today: Option<&str>,
    horizon: &str,
    rounds: usize,
    key: fn(&Entry) -> String,
) {
    let mut today: Option<String> = today.map(str::to_string);
    let (mut expected, final_total) = road(&claim, policy, today.as_deref(), horizon, key);
    for round in 0..rounds {
        let (record, day) =
            first_record(&claim, policy, today.as_deref(), horizon).expect("a projected entry");
        claim["steps"].as_array_mut().expect("steps").push(record);
        expected.remove(0);
        today = Some(day);
        let (now, now_final) = road(&claim, policy, today.as_deref(), horizon, key);
        assert_eq!(now, expected, "after recording {round} entries");
        assert_eq!(
            now_final, final_total,
            "final total after recording {round} entries"
        );
    }
}

/// A history of two judgments on two invoices, whose further years of verkställighet renew a
/// paid debt (seed 1688 of the stability check).
pub fn paid_renewal() -> Value {
    json!({
        "debtor": "business",
        "reminderFeeAgreed": true,
        "invoices": [
            { "number": "F1", "amount": "1500.00", "issueDate": "2018-11-23", "dueDate": "2018-12-23" },
            { "number": "F2", "amount": "8000.00", "issueDate": "2020-12-26", "dueDate": "2021-01-25" }
        ],
        "steps": [
            { "kind": "courtAction", "date": "2019-03-02" },
            { "kind": "judgment", "date": "2019-05-23", "costs": "573.00" },
            { "kind": "enforcement", "date": "2019-06-12" },
            { "kind": "enforcement", "date": "2020-07-02", "furtherYear": true },
            { "kind": "enforcement", "date": "2021-07-12", "furtherYear": true },
            { "kind": "judgment", "date": "2021-08-09", "costs": "1047.00" },
            { "kind": "enforcement", "date": "2021-08-14" },
            { "kind": "enforcement", "date": "2023-08-15", "furtherYear": true }
        ],
        "payments": [
            { "date": "2022-01-17", "amount": "1500.00", "invoice": "F1" },
            { "date": "2022-08-13", "amount": "15800.00", "invoice": "F2" }
        ]
    })
}
