//! Consecutive half-years with no referensränta (`RATE_NOT_COVERED`), or with the same assumed
//! one (`RATE_ASSUMED`), are one warning: `halfYear` the first, `throughHalfYear` the last. A
//! statement in 2040 of a 2026 invoice said 28 warnings, one for each half-year from 2027-H1
//! (a Known limit of stop 51: "a run of missing or assumed half-years is one warning each").

mod common;

use inkasso::warning::{Facts, Subject, Warning, WarningCode};
use serde_json::{json, Value};

fn input(as_of: &str, rates: Option<Value>) -> Value {
    let mut v = json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "1000.00", "issueDate": "2026-01-01", "dueDate": "2026-02-01" }],
        "asOf": as_of
    });
    if let Some(r) = rates {
        v["rates"] = r;
    }
    v
}

/// (code, field, halfYear, throughHalfYear) of each rate warning.
fn rate_warnings(s: &inkasso::Statement) -> Vec<(String, Option<String>, String, Option<String>)> {
    s.warnings
        .iter()
        .filter(|w| {
            matches!(
                w.code,
                WarningCode::RateNotCovered | WarningCode::RateAssumed
            )
        })
        .map(|w| {
            (
                w.code.as_str().to_owned(),
                w.field(),
                w.half_year().map(|h| h.to_string()).unwrap_or_default(),
                w.through_half_year().map(|h| h.to_string()),
            )
        })
        .collect()
}

#[test]
fn fourteen_years_without_a_rate_are_one_warning() {
    let s = common::ok(input("2040-12-31", None));
    assert_eq!(
        rate_warnings(&s),
        [
            (
                "RATE_NOT_COVERED".to_owned(),
                None,
                "2027-H1".to_owned(),
                Some("2040-H2".to_owned())
            ),
            // The per diem's day (2041-01-01) is its own.
            (
                "RATE_NOT_COVERED".to_owned(),
                Some("perDiem".to_owned()),
                "2041-H1".to_owned(),
                None
            ),
        ]
    );
    let run = s
        .warnings
        .iter()
        .find(|w| w.through_half_year().is_some())
        .expect("the run");
    let text = run.text();
    assert!(
        text.sv.starts_with("Referensräntan för första halvåret 2027 till och med andra halvåret 2040 saknas i tabellen: ingen ränta har beräknats för de halvåren"),
        "{}",
        text.sv
    );
    assert!(
        text.en.starts_with("The rate table has no referensränta for the first half of 2027 through the second half of 2040: no interest has been computed for those half-years"),
        "{}",
        text.en
    );
    let json = serde_json::to_value(run).expect("json");
    assert_eq!(json["halfYear"], "2027-H1");
    assert_eq!(json["throughHalfYear"], "2040-H2");
    // One half-year alone has no `throughHalfYear`.
    let one = common::ok(input("2027-03-01", None));
    let json = serde_json::to_value(&one.warnings).expect("json");
    let not_covered: Vec<&Value> = json
        .as_array()
        .expect("array")
        .iter()
        .filter(|w| w["code"] == "RATE_NOT_COVERED" && w.get("field").is_none())
        .collect();
    assert_eq!(not_covered.len(), 1);
    assert!(not_covered[0].get("throughHalfYear").is_none());
}

#[test]
fn assumed_rates_run_while_they_are_the_same() {
    let rates = json!([
        { "from": "2027-01-01", "percent": "2.00", "status": "assumed", "source": "guess" },
        { "from": "2027-07-01", "percent": "2.00", "status": "assumed", "source": "guess" },
        { "from": "2028-01-01", "percent": "2.50", "status": "assumed", "source": "guess" }
    ]);
    let s = common::ok(input("2028-12-31", Some(rates)));
    assert_eq!(
        rate_warnings(&s),
        [
            (
                "RATE_ASSUMED".to_owned(),
                None,
                "2027-H1".to_owned(),
                Some("2027-H2".to_owned())
            ),
            ("RATE_ASSUMED".to_owned(), None, "2028-H1".to_owned(), None),
            (
                "RATE_NOT_COVERED".to_owned(),
                None,
                "2028-H2".to_owned(),
                None
            ),
            (
                "RATE_NOT_COVERED".to_owned(),
                Some("perDiem".to_owned()),
                "2029-H1".to_owned(),
                None
            ),
        ]
    );
    let run = &s
        .warnings
        .iter()
        .find(|w| w.through_half_year().is_some())
        .expect("run")
        .text();
    assert!(
        run.sv.replace('\u{a0}', " ").contains(
            "för första halvåret 2027 till och med andra halvåret 2027: 2,00 % antas gälla"
        ),
        "{}",
        run.sv
    );
}

#[test]
fn a_timeline_says_one_run_from_its_statements_and_plan() {
    let claim = common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "1000.00", "issueDate": "2026-01-01", "dueDate": "2026-02-01" }]
    }))
    .expect("claim");
    let options = inkasso::timeline::TimelineOptions {
        today: Some(common::date("2026-12-05")),
        horizon: Some(common::date("2035-06-30")),
        ..inkasso::timeline::TimelineOptions::default()
    };
    let policy = common::policy(json!({ "preset": "standard", "paymentPlan": {} }));
    let t = inkasso::timeline::timeline(&claim, &policy, &options).expect("timeline");
    let assumed: Vec<_> = t
        .warnings
        .iter()
        .filter(|w| w.code == WarningCode::RateAssumed && matches!(w.subject, Subject::HalfYear(_)))
        .map(|w| {
            (
                w.half_year().map(|h| h.to_string()),
                w.through_half_year().map(|h| h.to_string()),
            )
        })
        .collect();
    assert_eq!(
        assumed,
        [(Some("2027-H1".to_owned()), Some("2035-H1".to_owned()))]
    );
}

#[test]
fn merging_keeps_other_warnings_and_their_order() {
    let h = |y, half| inkasso::rates::HalfYear::new(y, half).expect("half-year");
    let not_covered = |y, half| {
        Warning::new(
            Subject::HalfYear(h(y, half)),
            Facts::RateNotCovered { through: None },
        )
    };
    let mut list = vec![
        not_covered(2027, 1),
        Warning::new(Subject::Claim, Facts::ProvisionalRate),
        not_covered(2027, 2),
        not_covered(2029, 1),
        not_covered(2028, 1),
        not_covered(2028, 2),
    ];
    inkasso::warning::merge_half_year_runs(&mut list);
    let got: Vec<_> = list
        .iter()
        .map(|w| {
            (
                w.code,
                w.half_year().map(|h| h.to_string()),
                w.through_half_year().map(|h| h.to_string()),
            )
        })
        .collect();
    // In whatever order they came (2029-H1 before 2028-H1): one run, where its first was.
    assert_eq!(
        got,
        [
            (
                WarningCode::RateNotCovered,
                Some("2027-H1".to_owned()),
                Some("2029-H1".to_owned())
            ),
            (WarningCode::ProvisionalRate, None, None),
        ]
    );
    // Gathered from another statement, a longer run reaches further.
    let mut longer = not_covered(2027, 1);
    if let Facts::RateNotCovered { through } = &mut longer.facts {
        *through = Some(h(2030, 2));
    }
    inkasso::warning::push_unique(&mut list, longer);
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].through_half_year(), Some(h(2030, 2)));
}

/// Was a defect (a review of 20c8825): warnings come invoice by invoice, so an invoice falling
/// due later listed its half-years first and the run was split in two.
#[test]
fn a_run_is_one_whatever_order_the_invoices_come_in() {
    let s = common::ok(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2026-01-01", "dueDate": "2028-02-01" },
            { "number": "B", "amount": "1000.00", "issueDate": "2026-01-01", "dueDate": "2027-02-01" }
        ],
        "asOf": "2029-12-31"
    }));
    assert_eq!(
        rate_warnings(&s),
        [
            (
                "RATE_NOT_COVERED".to_owned(),
                None,
                "2027-H1".to_owned(),
                Some("2029-H2".to_owned())
            ),
            (
                "RATE_NOT_COVERED".to_owned(),
                Some("perDiem".to_owned()),
                "2030-H1".to_owned(),
                None
            ),
        ]
    );
}
