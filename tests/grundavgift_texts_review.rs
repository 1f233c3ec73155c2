//! A review of the grundavgift year's words (stop 65, a helper reading every export against
//! the README). The fees were right everywhere; what was said of them was not:
//! - `instalmentPlan`'s `ENFORCEMENT_CONTINUES` said "the enforcement since <day>" of the day
//!   its year ran from: a further year's day (the verkställighet began a year earlier), or,
//!   after a year that ended with no further year recorded, the application two years back
//!   while the next fee fell a year after the projected one. It now says the year runs from
//!   that day, and the day is always a year before the next fee;
//! - a further year's warning called the grundavgift it counts against "the application for
//!   enforcement" when that was a further year too (`FEE_ALREADY_CHARGED`, and `check`'s
//!   `ENFORCEMENT_WITHIN_A_YEAR` after a further year);
//! - `check` found a verkställighet recorded `fee: true` within the year twice, as
//!   `FEE_CHARGED_TWICE` and `ENFORCEMENT_WITHIN_A_YEAR`, for one fee.

mod common;

use common::date;
use inkasso::compliance::{check, FindingCode};
use inkasso::plan::{instalment_plan, Interval, PlanOptions, PlanRequest, Sizing};
use inkasso::warning::Facts;
use inkasso::{statement, Claim, StatementOptions};
use serde_json::{json, Value};

/// One invoice of 10 000 kr due 2024-01-31, its inkassokrav and betalningsföreläggande, then
/// `rest`.
fn claim(rest: &[Value]) -> Claim {
    let mut steps = vec![
        json!({ "kind": "collectionDemand", "date": "2024-02-20" }),
        json!({ "kind": "paymentOrder", "date": "2024-03-15" }),
    ];
    steps.extend_from_slice(rest);
    common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "10000.00", "issueDate": "2024-01-01", "dueDate": "2024-01-31" }],
        "steps": steps
    }))
    .expect("claim")
}

fn enforcement(day: &str) -> Value {
    json!({ "kind": "enforcement", "date": day })
}

fn further_year(day: &str) -> Value {
    json!({ "kind": "enforcement", "date": day, "furtherYear": true })
}

/// `ENFORCEMENT_CONTINUES` of a 24-month plan agreed on `day`: (since, next, English text).
fn continues(c: &Claim, day: &str) -> Vec<(String, String, String)> {
    let request = PlanRequest {
        date: date(day),
        first_date: date(day).next_day().expect("day"),
        interval: Interval::Months(1),
        sizing: Sizing::Count(24),
        fee: true,
    };
    instalment_plan(c, &request, &PlanOptions::default())
        .expect("plan")
        .warnings
        .iter()
        .filter_map(|w| match w.facts {
            Facts::EnforcementContinues { since, next, .. } => Some((
                since.to_string(),
                next.to_string(),
                inkasso::text::warning(w).en,
            )),
            _ => None,
        })
        .collect()
}

#[test]
fn a_plans_enforcement_year_runs_from_the_day_a_year_before_its_next_fee() {
    // (history, plan's day, the year's first day, the next fee's day)
    let cases: [(Vec<Value>, &str, &str, &str); 5] = [
        // The application.
        (
            vec![enforcement("2024-05-02")],
            "2024-10-01",
            "2024-05-02",
            "2025-05-02",
        ),
        // A further year recorded: the year runs from it (it said "the enforcement since"
        // that day, a year after the verkställighet began).
        (
            vec![enforcement("2024-05-02"), further_year("2025-05-02")],
            "2025-10-01",
            "2025-05-02",
            "2026-05-02",
        ),
        // A year that ended with none recorded: the timeline projects it, and the year runs
        // from that one (it said 2024-05-02, two years before the next fee).
        (
            vec![enforcement("2024-05-02")],
            "2025-10-01",
            "2025-05-02",
            "2026-05-02",
        ),
        // Applied for again within the year: it starts no year.
        (
            vec![enforcement("2024-05-02"), enforcement("2024-09-02")],
            "2024-10-01",
            "2024-05-02",
            "2025-05-02",
        ),
        // Applied for again after the year ended (an efterbevakning between): a new year.
        (
            vec![
                enforcement("2024-05-02"),
                json!({ "kind": "surveillance", "date": "2024-07-02" }),
                enforcement("2025-09-02"),
            ],
            "2025-10-01",
            "2025-09-02",
            "2026-09-02",
        ),
    ];
    for (steps, day, since, next) in cases {
        let warned = continues(&claim(&steps), day);
        assert_eq!(warned.len(), 1, "{steps:?}: {warned:?}");
        let (s, n, en) = &warned[0];
        assert_eq!((s.as_str(), n.as_str()), (since, next), "{steps:?}");
        assert_eq!(
            en,
            &format!("Enforcement at Kronofogden goes on during the plan, and the claim's year of enforcement runs from {since}: if enforcement continues past {next}, Kronofogden's basic fee (SEK 600) is added to the debt for each further year, and the plan does not include it. Withdraw the application for enforcement once the plan is agreed, or allow for the fee."),
        );
    }
}

/// A further year within the year of a further year recorded `fee: false`: the grundavgift
/// it counts against is that further year's, not an application's.
#[test]
fn a_further_years_warning_names_a_further_years_fee_as_a_fee() {
    let c = claim(&[
        enforcement("2024-05-02"),
        json!({ "kind": "enforcement", "date": "2025-05-02", "furtherYear": true, "fee": false }),
        further_year("2026-03-01"),
    ]);
    let s = statement(&c, &StatementOptions::new(date("2026-04-01"))).expect("statement");
    let texts: Vec<_> = s
        .warnings
        .iter()
        .filter(|w| matches!(w.facts, Facts::EnforcementFeeThisYear { .. }))
        .map(inkasso::text::warning)
        .collect();
    assert_eq!(texts.len(), 1, "{texts:?}");
    assert_eq!(texts[0].en, "No basic fee for a new year of enforcement from 2026-03-01: the claim's year of enforcement runs from the basic fee of 2025-05-02, which Kronofogden charged but the debtor was not asked to pay, and has not ended.");
    assert_eq!(texts[0].sv, "Ingen grundavgift för ett nytt verkställighetsår från 2026-03-01: fordrans verkställighetsår löper från grundavgiften 2025-05-02, som Kronofogden tog ut men som inte krävdes av gäldenären, och har inte gått ut.");
}

/// An application within the year of a further year: `check` says "the basic fee of" that
/// day, not "the one" (an application) of it.
#[test]
fn an_application_within_a_further_years_year_is_measured_from_its_fee() {
    let c = claim(&[
        enforcement("2024-05-02"),
        further_year("2025-05-02"),
        enforcement("2025-08-01"),
    ]);
    let findings = check(&c, None).expect("check");
    let within: Vec<_> = findings
        .iter()
        .filter(|f| f.code == FindingCode::EnforcementWithinAYear)
        .collect();
    assert_eq!(within.len(), 1, "{findings:?}");
    assert_eq!(within[0].text().en, "The application for enforcement of 2025-08-01 comes less than a year after the basic fee of 2025-05-02 for the same enforcement title: no new basic fee may be charged.");
}

/// A verkställighet within the year that records it claimed its fee: one finding, an error,
/// with the 600 kr at stake (it was `FEE_CHARGED_TWICE` and `ENFORCEMENT_WITHIN_A_YEAR`). A
/// further year recorded early with `fee: true` likewise.
#[test]
fn a_claimed_grundavgift_within_the_year_is_one_finding() {
    for second in [
        json!({ "kind": "enforcement", "date": "2024-09-02", "fee": true }),
        json!({ "kind": "enforcement", "date": "2025-03-01", "furtherYear": true, "fee": true }),
    ] {
        let c = claim(&[enforcement("2024-05-02"), second.clone()]);
        let on_step: Vec<_> = check(&c, None)
            .expect("check")
            .into_iter()
            .filter(|f| f.step == Some(3))
            .collect();
        assert_eq!(
            on_step.iter().map(|f| f.code).collect::<Vec<_>>(),
            [FindingCode::EnforcementWithinAYear],
            "{second}: {on_step:?}"
        );
        assert_eq!(
            on_step[0].severity,
            inkasso::compliance::Severity::Error,
            "{second}"
        );
    }
}

/// A further year with no application before it renews nothing: the engine reads and charges
/// it as an application, and `check` now says so (a warning: the history may begin after the
/// application). Not for a further year that renews one, nor for one with another
/// verkställighet on its day.
#[test]
fn a_further_year_that_renews_nothing_is_said_to() {
    let flagged = |steps: &[Value]| -> Vec<(Option<usize>, String)> {
        check(&claim(steps), None)
            .expect("check")
            .into_iter()
            .filter(|f| f.code == FindingCode::FurtherYearWithoutApplication)
            .inspect(|f| assert_eq!(f.severity, inkasso::compliance::Severity::Warning))
            .map(|f| (f.step, f.text().en))
            .collect()
    };
    assert_eq!(
        flagged(&[further_year("2024-05-02")]),
        [(Some(2), "The verkställighet of 2024-05-02 is recorded as a further year of one under way (furtherYear), but no application for enforcement is recorded before it: it is read as an application, and its basic fee is charged as one. Record the application it renews, or record the step without furtherYear.".to_string())]
    );
    // Charged as the application it is read as.
    let s = statement(
        &claim(&[further_year("2024-05-02")]),
        &StatementOptions::new(date("2024-06-01")),
    )
    .expect("statement");
    let enforcement_fees: Vec<_> = s
        .fee_lines
        .iter()
        .filter(|l| l.step == Some(2))
        .map(|l| l.amount.to_string())
        .collect();
    assert_eq!(enforcement_fees, ["600.00"]);
    assert_eq!(
        flagged(&[enforcement("2024-05-02"), further_year("2025-05-02")]),
        []
    );
    assert_eq!(
        flagged(&[enforcement("2024-05-02"), further_year("2024-05-02")]),
        []
    );
    assert_eq!(
        flagged(&[further_year("2024-05-02"), further_year("2024-05-02")]),
        []
    );
    // Two, the first renewing nothing: only the first.
    assert_eq!(
        flagged(&[further_year("2024-05-02"), further_year("2025-05-02")]).len(),
        1
    );
}

/// A betalningsföreläggande or verkställighet made without a debt is `KRONOFOGDEN_WITHOUT_DEBT`
/// whatever its `fee`, as an inkassokrav on a paid claim is `COLLECTION_DEMAND_NOT_OVERDUE`
/// whatever its own: one recorded `fee: false` was not flagged at all. With `fee: false` no
/// fee is at stake.
#[test]
fn kronofogden_without_a_debt_is_flagged_whatever_the_fee() {
    let invoice = json!([{ "number": "1", "amount": "1000.00", "issueDate": "2024-01-01", "dueDate": "2024-01-31" }]);
    let run = |steps: Value, payments: Value| {
        let c = common::claim(json!({
            "debtor": "consumer", "invoices": invoice, "steps": steps, "payments": payments
        }))
        .expect("claim");
        check(&c, None)
            .expect("check")
            .into_iter()
            .filter(|f| f.code == FindingCode::KronofogdenWithoutDebt)
            .map(|f| {
                (
                    f.step,
                    f.severity,
                    f.fee.map(|m| m.to_string()),
                    f.text().en,
                )
            })
            .collect::<Vec<_>>()
    };
    let paid = json!([{ "date": "2024-02-10", "amount": "2000.00" }]);
    for kind in ["paymentOrder", "enforcement"] {
        for (payments, day) in [(paid.clone(), "2024-02-20"), (json!([]), "2024-01-20")] {
            let claimed = run(json!([{ "kind": kind, "date": day }]), payments.clone());
            let unclaimed = run(
                json!([{ "kind": kind, "date": day, "fee": false }]),
                payments,
            );
            assert_eq!(claimed.len(), 1, "{kind} {day}: {claimed:?}");
            assert_eq!(unclaimed.len(), 1, "{kind} {day}: {unclaimed:?}");
            let ((s1, sev1, fee1, text1), (s2, sev2, fee2, text2)) = (&claimed[0], &unclaimed[0]);
            assert_eq!((s1, sev1, text1), (s2, sev2, text2), "{kind} {day}");
            assert!(
                fee1.is_some() && fee2.is_none(),
                "{kind} {day}: {fee1:?} {fee2:?}"
            );
        }
    }
    // A further year recorded `fee: false` after the debt it renews was paid.
    let steps = json!([
        { "kind": "collectionDemand", "date": "2024-02-20" },
        { "kind": "paymentOrder", "date": "2024-03-15" },
        { "kind": "enforcement", "date": "2024-05-02" },
        { "kind": "enforcement", "date": "2025-05-02", "furtherYear": true, "fee": false }
    ]);
    let later = json!([{ "date": "2024-12-01", "amount": "5000.00" }]);
    let flagged = run(steps, later);
    assert_eq!(flagged.len(), 1, "{flagged:?}");
    assert_eq!((flagged[0].0, flagged[0].2.clone()), (Some(3), None));
    // Recorded `fee: false` on a debt owed: nothing.
    let owed = run(
        json!([
            { "kind": "collectionDemand", "date": "2024-02-20" },
            { "kind": "paymentOrder", "date": "2024-03-15", "fee": false },
            { "kind": "enforcement", "date": "2024-05-02", "fee": false }
        ]),
        json!([]),
    );
    assert_eq!(owed, []);
}
