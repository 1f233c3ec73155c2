//! A verkställighet projected on a title of its own, in a history of several titles
//! (exekutionstitlar), is the same road once it is recorded: its further years, their fees and
//! what the claim comes to stay as first projected. The timeline's stability check (seeds 658,
//! 14227, 8949 and 13424 of the standard sweep) found histories where it went another way: a
//! verkställighet applied for again on the same title after the anniversary of the claim's
//! year (charged nothing: its title's grundavgift was charged within the year) starts the
//! claim's year as the timeline reads the history, while the engine's year is still the
//! older one, ended. A later title's verkställighet projected within the timeline's year, with
//! the older title's case under way and unpaid, was read as not starting the year, so its
//! further years were projected on the older anniversaries (the first charged nothing, within
//! a year of the new grundavgift as the engine reads it); once recorded, the engine started the
//! year with it, and the years moved to its own anniversaries.

mod common;

use common::stability::{self, paid_renewal, timeline};
use inkasso::timeline::{Entry, EntryKind, EntryStatus};
use serde_json::{json, Value};

/// Each projected entry as the check compares it ([`stability::key_with_fees`]).
fn key(e: &Entry) -> String {
    stability::key_with_fees(e)
}

/// The projected entries ([`key`]) and the final total of the timeline of `claim` under
/// `policy` seen on `today`.
fn road(
    claim: &Value,
    policy: &Value,
    today: Option<&str>,
    horizon: &str,
) -> (Vec<String>, String) {
    stability::road(claim, policy, today, horizon, key)
}

/// [`stability::stays_the_same`], each entry as [`key`] writes it.
fn stays_the_same(claim: Value, policy: &Value, horizon: &str, rounds: usize) {
    stability::stays_the_same(claim, policy, horizon, rounds, key)
}

/// The dates of the further years projected in the timeline of `claim` seen without `today`.
fn further_years(claim: &Value, policy: &Value, horizon: &str) -> Vec<String> {
    timeline(claim, policy, None, horizon)
        .entries
        .iter()
        .filter(|e| {
            e.status == EntryStatus::Projected && e.kind == EntryKind::Enforcement && e.further_year
        })
        .map(|e| e.date.to_string())
        .collect()
}

/// Seed 658, shrunk: F1's verkställighet (2020-05-03, on a title the history does not record),
/// F2's utslag enforced on 2021-04-05 (its own grundavgift, within F1's year) and again on
/// 2021-05-23 (charged nothing, after F1's anniversary), then an inkassokrav and a
/// betalningsföreläggande (a third case in the seed; with F2 under its utslag, no verkställighet
/// of their own is projected).
fn reapplied_after_the_anniversary() -> Value {
    json!({
        "debtor": "business",
        "invoices": [
            { "number": "F1", "amount": "45000.00", "issueDate": "2019-12-03", "dueDate": "2020-01-02" },
            { "number": "F2", "amount": "30544.00", "issueDate": "2020-08-02", "dueDate": "2020-09-01" }
        ],
        "steps": [
            { "kind": "enforcement", "date": "2020-05-03" },
            { "kind": "paymentOrder", "date": "2020-10-18" },
            { "kind": "enforcement", "date": "2021-04-05" },
            { "kind": "enforcement", "date": "2021-05-23" },
            { "kind": "collectionDemand", "date": "2021-07-16" },
            { "kind": "paymentOrder", "date": "2021-08-05" }
        ]
    })
}

#[test]
fn a_later_titles_verkstallighet_after_the_engines_year_starts_the_year() {
    let policy = json!({ "preset": "standard" });
    let claim = reapplied_after_the_anniversary();
    // The engine charged the verkställighet of 2021-04-05 a grundavgift of its own within F1's
    // year: it rests on F2's utslag, a title of its own (not a further year of F1's), and with
    // it every invoice is under a title: the later inkassokrav and betalningsföreläggande bring
    // no verkställighet of their own (seed 11575 found the other reading, a further year,
    // leaving F2 with no title). The application of 2021-05-23 on the same title, after F1's
    // anniversary, starts the timeline's year; the further years follow it.
    assert_eq!(
        further_years(&claim, &policy, "2025-05-23"),
        ["2022-05-23", "2023-05-23", "2024-05-23", "2025-05-23"]
    );
    // Each further year charges its grundavgift (none within a year of another).
    let (first, _) = road(&claim, &policy, None, "2025-05-23");
    assert!(
        first.iter().all(|e| e.contains("EnforcementFee:600.00")),
        "{first:?}"
    );
    stays_the_same(claim, &policy, "2025-05-23", 3);
}

/// Seed 13424 on the court path, shrunk: the second title a judgment, the third one too.
fn a_third_judgment() -> Value {
    json!({
        "debtor": "business",
        "invoices": [
            { "number": "F1", "amount": "30612.00", "issueDate": "2021-02-13", "dueDate": "2021-03-15" },
            { "number": "F3", "amount": "12500.00", "issueDate": "2022-04-01", "dueDate": "2022-05-01" }
        ],
        "steps": [
            { "kind": "enforcement", "date": "2021-06-25" },
            { "kind": "judgment", "date": "2022-02-03" },
            { "kind": "enforcement", "date": "2022-02-17" },
            { "kind": "enforcement", "date": "2022-08-18" },
            { "kind": "judgment", "date": "2022-12-19" }
        ]
    })
}

#[test]
fn a_later_judgments_verkstallighet_after_the_engines_year_starts_the_year() {
    let policy = json!({ "preset": "standard", "court": {} });
    let claim = a_third_judgment();
    assert_eq!(
        further_years(&claim, &policy, "2026-08-18"),
        ["2023-12-20", "2024-12-20", "2025-12-20"]
    );
    stays_the_same(claim, &policy, "2026-08-18", 3);
}

#[test]
fn missed_years_that_leave_the_claim_owed_bring_efterbevakning() {
    let policy = json!({ "preset": "standard", "surveillance": {} });
    let (first, _) = road(&paid_renewal(), &policy, None, "2028-08-15");
    // F1's capital is owed once the missed years' fees are paid first: efterbevakning follows
    // the first verkställighet, the day after the last recorded step.
    assert!(
        first
            .iter()
            .any(|e| e.starts_with("Surveillance 2023-08-16")),
        "{first:?}"
    );
    stays_the_same(paid_renewal(), &policy, "2028-08-15", 3);
}
