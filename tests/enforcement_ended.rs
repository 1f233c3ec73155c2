//! A further year of verkställighet that falls before the timeline's `today` and is not
//! recorded did not happen (stop 70): no grundavgift was charged, as the statement reads it,
//! and the timeline projects no further year. A diff review of that change found the note's
//! "ended" date at the year's end where `limitation` keeps the case under way until a year
//! after a later application within the year, the note missing when the horizon came before
//! the year's end, and a plan agreed on the year's own day saying nothing of its grundavgift.

mod common;

use common::titles::{projected, timeline};
use inkasso::timeline::EntryKind;
use inkasso::warning::{AdjustReason, Facts};
use inkasso::{statement, Claim, StatementOptions};
use serde_json::json;

/// A consumer's 10 000 kr (due 2020-02-10) enforced on its utslag 2020-05-15, and `more` steps.
fn enforced(more: &[serde_json::Value]) -> Claim {
    let mut steps = vec![
        json!({ "kind": "collectionDemand", "date": "2020-02-20" }),
        json!({ "kind": "paymentOrder", "date": "2020-03-20" }),
        json!({ "kind": "enforcement", "date": "2020-05-15" }),
    ];
    steps.extend(more.iter().cloned());
    common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "A", "amount": "10000.00", "issueDate": "2020-01-10", "dueDate": "2020-02-10" }],
        "steps": steps
    }))
    .expect("claim")
}

/// The (year due, case ended) of the timeline's `EnforcementEnded` notes.
fn ended(t: &inkasso::timeline::Timeline) -> Vec<(String, String)> {
    t.entries
        .iter()
        .flat_map(|e| &e.notes)
        .filter_map(|n| match n.facts {
            Facts::ProjectionAdjusted {
                reason: AdjustReason::EnforcementEnded { year_due, ended },
            } => Some((year_due.to_string(), ended.to_string())),
            _ => None,
        })
        .collect()
}

#[test]
fn the_case_ends_a_year_after_its_latest_application_as_limitation_reads_it() {
    // Applied for again within the year (no grundavgift): the year's fee falls due
    // 2021-05-15, but the case is under way until 2021-10-01.
    let c = enforced(&[json!({ "kind": "enforcement", "date": "2020-10-01", "fee": false })]);
    let policy = common::court_policy();
    let t = timeline(&c, &policy, "2021-06-01", "2024-01-01");
    assert_eq!(
        ended(&t),
        [("2021-05-15".to_owned(), "2021-10-01".to_owned())]
    );
    assert!(projected(&t).is_empty(), "{:?}", projected(&t));
    let l = inkasso::limitation::limitation(&c).expect("limitation");
    assert_eq!(l.invoices[0].preskription_date.to_string(), "2024-10-01");
    let s = statement(&c, &StatementOptions::new(common::date("2024-01-01"))).expect("statement");
    assert_eq!(s.total, t.final_value.total);
    // With no application after it, the case ends with the year.
    let t = timeline(&enforced(&[]), &policy, "2021-06-01", "2024-01-01");
    assert_eq!(
        ended(&t),
        [("2021-05-15".to_owned(), "2021-05-15".to_owned())]
    );
    // Said once, on the verkställighet the year runs from.
    let with_note: Vec<String> = t
        .entries
        .iter()
        .filter(|e| !ended_of(e).is_empty())
        .map(|e| format!("{:?} {}", e.kind, e.date))
        .collect();
    assert_eq!(with_note, ["Enforcement 2020-05-15"]);
}

fn ended_of(e: &inkasso::timeline::Entry) -> Vec<&inkasso::warning::Warning> {
    e.notes
        .iter()
        .filter(|n| {
            matches!(
                n.facts,
                Facts::ProjectionAdjusted {
                    reason: AdjustReason::EnforcementEnded { .. }
                }
            )
        })
        .collect()
}

#[test]
fn the_note_does_not_depend_on_the_horizon() {
    let c = enforced(&[]);
    let policy = common::court_policy();
    for horizon in ["2021-01-01", "2021-05-15", "2023-01-01"] {
        let t = timeline(&c, &policy, "2023-01-01", horizon);
        assert_eq!(
            ended(&t),
            [("2021-05-15".to_owned(), "2021-05-15".to_owned())],
            "{horizon}"
        );
    }
    // Today on the year's day: the year is projected, and nothing ended.
    let t = timeline(&c, &policy, "2021-05-15", "2021-12-31");
    assert!(ended(&t).is_empty());
    assert_eq!(
        projected(&t).first(),
        Some(&(EntryKind::Enforcement, "2021-05-15".to_owned()))
    );
}

/// The grundavgift `instalmentPlan` warns of (ENFORCEMENT_CONTINUES): its next day.
fn plan_warns(c: &Claim, day: &str) -> Vec<String> {
    use inkasso::plan::{instalment_plan, Interval, PlanOptions, PlanRequest, Sizing};
    let request = PlanRequest {
        date: common::date(day),
        first_date: common::date(day).next_day().expect("day"),
        interval: Interval::Months(1),
        sizing: Sizing::Count(12),
        fee: true,
    };
    instalment_plan(c, &request, &PlanOptions::default())
        .expect("plan")
        .warnings
        .iter()
        .filter_map(|w| match w.facts {
            Facts::EnforcementContinues { next, .. } => Some(next.to_string()),
            _ => None,
        })
        .collect()
}

#[test]
fn a_plan_warns_of_the_grundavgift_the_timeline_projects_within_it() {
    let c = enforced(&[]);
    let policy = common::court_policy();
    for (day, warned) in [
        ("2021-05-14", vec!["2021-05-15"]),
        // The plan's own day: the timeline (the plan recorded, today that day) projects the
        // year on it, and the schedule does not hold it (a diff review found neither said so).
        ("2021-05-15", vec!["2021-05-15"]),
        // After it, not recorded: no grundavgift, and the timeline projects no year.
        ("2021-05-16", vec![]),
    ] {
        assert_eq!(plan_warns(&c, day), warned, "{day}");
        let mut with = c.clone();
        with.steps.push(inkasso::Step::new(
            inkasso::StepKind::PaymentPlan,
            common::date(day),
        ));
        let t = timeline(&with, &policy, day, "2022-06-30");
        let years: Vec<String> = projected(&t)
            .into_iter()
            .filter(|(kind, _)| *kind == EntryKind::Enforcement)
            .map(|(_, date)| date)
            .take(1)
            .collect();
        assert_eq!(years, warned, "{day}");
    }
}
