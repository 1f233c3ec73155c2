//! A verkställighet whose year ran out is not renewed by another title's application within
//! the claim's year: the grundavgift that starts the claim's year (a further year, or an
//! application on or after the year's anniversary) renews the cases still under way on its
//! day, as the engine charges one yearly grundavgift for the claim. Before, `limitation`
//! chained the cases that overlapped one after the other (A's application, C's within A's
//! year, B's within C's), so a further year of B renewed A's case, which had ended before B's
//! application (a day-by-day review of stop 70 found it; a package README Known limit until
//! then). A review of the first fix (cases renewed by further years only) found the timeline's
//! further years, projected on the claim's year, leaving cases to lapse that it took as
//! renewed: the last two tests.

mod common;

use common::date;
use inkasso::limitation::limitation;
use inkasso::warning::WarningCode;
use inkasso::{statement, Claim, StatementOptions};
use serde_json::{json, Value};

fn claim(further_year: bool) -> Claim {
    let mut steps = vec![
        json!({ "kind": "collectionDemand", "date": "2021-02-10" }),
        json!({ "kind": "paymentOrder", "date": "2021-03-01" }),
        json!({ "kind": "enforcement", "date": "2021-04-13" }),
        json!({ "kind": "collectionDemand", "date": "2021-06-04" }),
        json!({ "kind": "paymentOrder", "date": "2021-06-21" }),
        json!({ "kind": "enforcement", "date": "2021-08-03" }),
        json!({ "kind": "collectionDemand", "date": "2022-04-05" }),
        json!({ "kind": "paymentOrder", "date": "2022-04-25" }),
        json!({ "kind": "enforcement", "date": "2022-06-07" }),
    ];
    if further_year {
        steps.push(json!({ "kind": "enforcement", "date": "2023-06-07", "furtherYear": true }));
    }
    common::claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2021-01-04", "dueDate": "2021-02-03" },
            { "number": "C", "amount": "4000.00", "issueDate": "2021-05-03", "dueDate": "2021-06-02" },
            { "number": "B", "amount": "5000.00", "issueDate": "2022-03-01", "dueDate": "2022-03-31" }
        ],
        "steps": Value::Array(steps),
    }))
    .expect("claim")
}

fn preskription_dates(c: &Claim) -> Vec<(String, String)> {
    limitation(c)
        .expect("limitation")
        .invoices
        .iter()
        .map(|i| (i.invoice.clone(), i.preskription_date.to_string()))
        .collect()
}

fn barred_on(c: &Claim, day: &str) -> Vec<Option<String>> {
    statement(c, &StatementOptions::new(date(day)))
        .expect("statement")
        .warnings
        .iter()
        .filter(|w| w.code == WarningCode::TimeBarred)
        .map(|w| w.field())
        .collect()
}

#[test]
fn each_case_ends_a_year_after_its_last_renewal() {
    // A's case ended 2022-04-13: C's application within A's year renewed nothing. B's, after
    // the claim's year ran out, is the grundavgift of its next year: it renews C, still under
    // way (to 2022-08-03), for the further years; C's own verkställighet still ends its
    // interruption without one.
    assert_eq!(
        preskription_dates(&claim(false)),
        pairs(&[
            ("A", "2025-04-13"),
            ("C", "2025-08-03"),
            ("B", "2026-06-07")
        ])
    );
    // The further year renews B's case and C's (renewed by B's application); A's had ended.
    assert_eq!(
        preskription_dates(&claim(true)),
        pairs(&[
            ("A", "2025-04-13"),
            ("C", "2027-06-07"),
            ("B", "2027-06-07")
        ])
    );
}

fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
    p.iter()
        .map(|&(a, b)| (a.to_owned(), b.to_owned()))
        .collect()
}

#[test]
fn a_lapsed_case_is_time_barred_whatever_a_later_title_does() {
    let with = claim(true);
    assert_eq!(
        barred_on(&with, "2025-05-01"),
        [Some("invoices[0]".to_owned())]
    );
    assert_eq!(
        barred_on(&with, "2025-09-01"),
        [Some("invoices[0]".to_owned())]
    );
    assert!(barred_on(&with, "2025-04-13").is_empty());
}

fn two_titles(steps: Value) -> Claim {
    common::claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2021-01-04", "dueDate": "2021-02-03" },
            { "number": "B", "amount": "5000.00", "issueDate": "2022-01-03", "dueDate": "2022-02-02" }
        ],
        "steps": steps,
    }))
    .expect("claim")
}

/// The further years the timeline projects, and its TIME_BARRED warnings' fields.
fn timeline_barred(c: &Claim, today: &str, horizon: &str) -> (Vec<String>, Vec<Option<String>>) {
    let options = inkasso::timeline::TimelineOptions {
        today: Some(date(today)),
        horizon: Some(date(horizon)),
        ..inkasso::timeline::TimelineOptions::default()
    };
    let policy = common::policy(json!({ "preset": "standard" }));
    let t = inkasso::timeline::timeline(c, &policy, &options).expect("timeline");
    let further: Vec<String> = t
        .entries
        .iter()
        .filter(|e| e.status == inkasso::timeline::EntryStatus::Projected && e.further_year)
        .map(|e| e.date.to_string())
        .collect();
    let barred = t
        .warnings
        .iter()
        .filter(|w| w.code == WarningCode::TimeBarred)
        .map(|w| w.field())
        .collect();
    (further, barred)
}

/// B applied for on A's anniversary: its grundavgift is the claim's year's, and renews A's
/// case, which ends that day; the timeline projects the further years from it, and A is not
/// time-barred while they go on.
#[test]
fn an_application_on_the_anniversary_renews_the_case_ending_that_day() {
    let steps = json!([
        { "kind": "collectionDemand", "date": "2021-02-10" },
        { "kind": "paymentOrder", "date": "2021-03-01" },
        { "kind": "enforcement", "date": "2021-04-13" },
        { "kind": "collectionDemand", "date": "2022-02-09", "fee": false },
        { "kind": "paymentOrder", "date": "2022-03-01", "fee": false },
        { "kind": "enforcement", "date": "2022-04-13" }
    ]);
    let (further, barred) = timeline_barred(&two_titles(steps.clone()), "2022-05-02", "2026-05-02");
    assert_eq!(
        further,
        ["2023-04-13", "2024-04-13", "2025-04-13", "2026-04-13"]
    );
    assert!(barred.is_empty(), "{barred:?}");
    let mut recorded = steps;
    if let Value::Array(s) = &mut recorded {
        s.push(json!({ "kind": "enforcement", "date": "2023-04-13", "furtherYear": true }));
    }
    assert_eq!(
        preskription_dates(&two_titles(recorded)),
        pairs(&[("A", "2027-04-13"), ("B", "2027-04-13")])
    );
}

/// A further year recorded a day early (within the year: no fee) renews A's and C's cases to
/// 2023-04-12; B's application after the anniversary starts the claim's year and renews them
/// again, so the further years projected from it keep them under way.
#[test]
fn an_application_after_the_anniversary_renews_the_cases_under_way() {
    let mut c = claim(false);
    c.steps.push(inkasso::claim::Step {
        further_year: true,
        ..inkasso::claim::Step::new(inkasso::claim::StepKind::Enforcement, date("2022-04-12"))
    });
    let (further, barred) = timeline_barred(&c, "2022-09-01", "2027-09-01");
    assert_eq!(
        further,
        [
            "2023-06-07",
            "2024-06-07",
            "2025-06-07",
            "2026-06-07",
            "2027-06-07"
        ]
    );
    assert!(barred.is_empty(), "{barred:?}");
}

/// The fees keep the wider reading of the cases under way: a further year a day after A's
/// anniversary, while B (applied within A's year) is under way, is the claim's further year
/// and charged, and the years run from it. A review of the claim's-year reading used for the
/// fees too found it moving the year to B's application and charging the further year
/// nothing (348 of 4 000 claims lost a further year's fee).
#[test]
fn a_further_year_a_day_late_is_charged_beside_another_title() {
    let c = common::claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2022-01-10", "dueDate": "2022-02-09" },
            { "number": "B", "amount": "5000.00", "issueDate": "2022-06-01", "dueDate": "2022-07-01" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2022-02-15" },
            { "kind": "paymentOrder", "date": "2022-03-15" },
            { "kind": "enforcement", "date": "2022-05-16" },
            { "kind": "collectionDemand", "date": "2022-07-11" },
            { "kind": "paymentOrder", "date": "2022-08-10" },
            { "kind": "enforcement", "date": "2022-10-17" },
            { "kind": "enforcement", "date": "2023-05-17", "furtherYear": true }
        ]
    }))
    .expect("claim");
    let s = statement(&c, &StatementOptions::new(date("2023-06-30"))).expect("statement");
    assert_eq!(s.total.to_string(), "19571.63");
    let (further, _) = timeline_barred(&c, "2023-05-18", "2025-06-30");
    assert_eq!(further, ["2024-05-17", "2025-05-17"]);
}

/// Another title's application after the claim's anniversary starts the year: the further
/// years run from it, not from an earlier title's application still under way.
#[test]
fn the_years_run_from_an_application_after_the_anniversary() {
    let c = common::claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "8000.00", "issueDate": "2018-01-10", "dueDate": "2018-02-09" },
            { "number": "B", "amount": "5000.00", "issueDate": "2018-05-20", "dueDate": "2018-06-19" },
            { "number": "C", "amount": "3000.00", "issueDate": "2018-12-01", "dueDate": "2018-12-31" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2018-02-20" },
            { "kind": "paymentOrder", "date": "2018-03-20" },
            { "kind": "enforcement", "date": "2018-05-15" },
            { "kind": "collectionDemand", "date": "2018-07-01", "fee": false },
            { "kind": "paymentOrder", "date": "2018-08-01" },
            { "kind": "enforcement", "date": "2018-10-01" },
            { "kind": "collectionDemand", "date": "2019-01-10", "fee": false },
            { "kind": "paymentOrder", "date": "2019-02-01" },
            { "kind": "enforcement", "date": "2019-06-01" }
        ]
    }))
    .expect("claim");
    let (further, _) = timeline_barred(&c, "2019-06-02", "2021-12-31");
    assert_eq!(further, ["2020-06-01", "2021-06-01"]);
}
