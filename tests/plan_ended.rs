//! A recorded `paymentPlan` may say the day it `ended` (an instalment missed, or cancelled):
//! legal action from that day is not during the plan, and legal action before it, with the
//! debtor paying, is `LEGAL_ACTION_DURING_PLAN` as an error (the history itself says the plan
//! stood). Before, `check` could only ask to confirm the plan was broken (a Known limit of stop
//! 51: "a recorded payment plan cannot hold its terms").

mod common;

use inkasso::compliance::{check, FindingCode, Severity};
use serde_json::{json, Value};

fn claim(plan: Value) -> inkasso::Claim {
    common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "12000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" }],
        "steps": [
            { "kind": "collectionDemand", "date": "2025-02-20", "paymentTermDays": 10 },
            plan,
            { "kind": "paymentOrder", "date": "2025-06-10" }
        ],
        "payments": [
            { "date": "2025-04-01", "amount": "1000.00" },
            { "date": "2025-05-01", "amount": "1000.00" }
        ]
    }))
    .expect("claim")
}

fn during_plan(c: &inkasso::Claim) -> Vec<(Severity, String)> {
    check(c, None)
        .expect("check")
        .iter()
        .filter(|f| f.code == FindingCode::LegalActionDuringPlan)
        .map(|f| (f.severity, f.text().sv))
        .collect()
}

#[test]
fn a_plan_that_ended_before_the_action_is_not_set_aside() {
    // Without `ended`: a warning to confirm the plan was broken.
    let found = during_plan(&claim(
        json!({ "kind": "paymentPlan", "date": "2025-03-10" }),
    ));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, Severity::Warning);
    assert!(
        found[0]
            .1
            .ends_with("ange den dag planen upphörde (`ended`)."),
        "{}",
        found[0].1
    );
    // Ended (an instalment missed) by the application's day: nothing to find.
    for ended in ["2025-06-01", "2025-06-10"] {
        let c = claim(json!({ "kind": "paymentPlan", "date": "2025-03-10", "ended": ended }));
        assert!(during_plan(&c).is_empty(), "{ended}");
    }
    // Ended after it: the plan stood, by the history's own record: an error.
    let c = claim(json!({ "kind": "paymentPlan", "date": "2025-03-10", "ended": "2025-07-01" }));
    let found = during_plan(&c);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, Severity::Error);
    assert!(
        found[0].1.contains(
            "medan amorteringsplanen 2025-03-10 gällde (enligt historiken till 2025-07-01)"
        ),
        "{}",
        found[0].1
    );
}

#[test]
fn ended_is_read_checked_and_written_back() {
    let c = claim(json!({ "kind": "paymentPlan", "date": "2025-03-10", "ended": "2025-06-01" }));
    let json = serde_json::to_value(&c).expect("json");
    assert_eq!(json["steps"][1]["ended"], "2025-06-01");
    assert_eq!(common::claim(json).expect("read back"), c);
    let refused = |plan: Value| {
        let e = common::claim(json!({
            "debtor": "consumer",
            "invoices": [{ "number": "1", "amount": "12000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" }],
            "steps": [{ "kind": "collectionDemand", "date": "2025-02-20" }, plan]
        }))
        .expect_err("refused");
        (e.code().as_str().to_owned(), e.field().map(str::to_owned))
    };
    let at = Some("steps[1].ended".to_owned());
    assert_eq!(
        refused(json!({ "kind": "paymentPlan", "date": "2025-03-10", "ended": "2025-03-09" })),
        ("INVALID_PLAN".to_owned(), at.clone())
    );
    assert_eq!(
        refused(json!({ "kind": "reminder", "date": "2025-03-10", "ended": "2025-03-20" })),
        ("UNKNOWN_FIELD".to_owned(), at.clone())
    );
    assert_eq!(
        refused(json!({ "kind": "paymentPlan", "date": "2025-03-10", "ended": "2025-13-01" })),
        ("INVALID_DATE".to_owned(), at)
    );
}

#[test]
fn the_road_goes_on_from_the_day_the_plan_ended() {
    let c = common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "12000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" }],
        "steps": [
            { "kind": "collectionDemand", "date": "2025-02-20", "paymentTermDays": 10 },
            { "kind": "paymentPlan", "date": "2025-03-10", "ended": "2025-07-01" }
        ],
        "payments": [
            { "date": "2025-04-01", "amount": "1000.00" },
            { "date": "2025-05-01", "amount": "1000.00" }
        ]
    }))
    .expect("claim");
    let options = inkasso::timeline::TimelineOptions {
        today: Some(common::date("2025-05-15")),
        ..inkasso::timeline::TimelineOptions::default()
    };
    let t = inkasso::timeline::timeline(
        &c,
        &common::policy(json!({ "preset": "standard" })),
        &options,
    )
    .expect("timeline");
    let mut recorded = c.clone();
    let projected: Vec<_> = t
        .entries
        .iter()
        .filter(|e| e.status == inkasso::timeline::EntryStatus::Projected)
        .collect();
    // Broken: a betalningsföreläggande, not before the plan ended (a plan not ended is the
    // debtor's way of paying: nothing is projected after it).
    assert_eq!(
        projected.first().map(|e| e.kind),
        Some(inkasso::timeline::EntryKind::PaymentOrder)
    );
    for e in projected {
        assert!(
            e.date >= common::date("2025-07-01"),
            "{:?} {}",
            e.kind,
            e.date
        );
        recorded.steps.push(inkasso::claim::Step::new(
            e.kind.step_kind().expect("a step"),
            e.date,
        ));
    }
    assert!(during_plan(&recorded).is_empty());
}

/// Was a defect (a review of 9ff365e): a final notice between the plan and the application
/// hid the plan the history says still stood.
#[test]
fn a_step_between_does_not_hide_a_plan_that_stood() {
    let c = common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "12000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" }],
        "steps": [
            { "kind": "collectionDemand", "date": "2025-02-20", "paymentTermDays": 10 },
            { "kind": "paymentPlan", "date": "2025-03-10", "ended": "2025-09-01" },
            { "kind": "finalNotice", "date": "2025-05-20" },
            { "kind": "paymentOrder", "date": "2025-06-10" }
        ],
        "payments": [
            { "date": "2025-04-01", "amount": "1000.00" },
            { "date": "2025-05-01", "amount": "1000.00" }
        ]
    }))
    .expect("claim");
    let found = during_plan(&c);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, Severity::Error);
}

/// Was a defect (a review of e03765f): a policy with its own amorteringsplan stage offered
/// another plan after a broken one, and the debtor never reached Kronofogden.
#[test]
fn no_second_plan_after_a_broken_one() {
    let c = claim(json!({ "kind": "paymentPlan", "date": "2025-03-10", "ended": "2025-07-01" }));
    let mut c = c;
    c.steps.pop(); // no application recorded
    let options = inkasso::timeline::TimelineOptions {
        today: Some(common::date("2025-05-15")),
        ..inkasso::timeline::TimelineOptions::default()
    };
    let policy = common::policy(json!({ "preset": "standard", "paymentPlan": {} }));
    let t = inkasso::timeline::timeline(&c, &policy, &options).expect("timeline");
    let kinds: Vec<_> = t
        .entries
        .iter()
        .filter(|e| e.status == inkasso::timeline::EntryStatus::Projected)
        .map(|e| e.kind)
        .collect();
    assert_eq!(
        kinds.first(),
        Some(&inkasso::timeline::EntryKind::PaymentOrder),
        "{kinds:?}"
    );
}

/// Was a defect (property campaign, seed 8100): the verkställighet of a judgment's unpaid
/// costs was projected while a recorded plan still stood.
#[test]
fn no_verkstallighet_of_costs_before_the_plan_ended() {
    let c = common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "F-0", "amount": "811.74", "issueDate": "2009-12-02" }],
        "steps": [
            { "kind": "paymentPlan", "date": "2010-01-02", "ended": "2010-02-24" },
            { "kind": "courtAction", "date": "2010-01-03" },
            { "kind": "judgment", "date": "2010-02-22", "costs": "10.00" }
        ],
        "payments": [{ "date": "2010-02-21", "amount": "1623.48" }]
    }))
    .expect("claim");
    let t = inkasso::timeline::timeline(
        &c,
        &common::policy(json!({ "preset": "standard" })),
        &inkasso::timeline::TimelineOptions::default(),
    )
    .expect("timeline");
    for e in t
        .entries
        .iter()
        .filter(|e| e.status == inkasso::timeline::EntryStatus::Projected)
    {
        assert!(
            e.date >= common::date("2010-02-24"),
            "{:?} {}",
            e.kind,
            e.date
        );
    }
}

/// A Known limit of stop 54: `instalmentPlan` did not read `ended`. A plan made again on the
/// day of a recorded plan that ended gives the schedule as agreed, and says it ended
/// (`PLAN_ENDED`, about the plan); one that did not end, or a new plan, says nothing of it.
#[test]
fn a_plan_made_again_says_the_recorded_one_ended() {
    use inkasso::plan::{instalment_plan, Interval, PlanOptions, PlanRequest, Sizing};
    use inkasso::warning::{Facts, Subject, WarningCode};
    let made = |plan: Value, day: &str| {
        let c = common::claim(json!({
            "debtor": "consumer",
            "invoices": [{ "number": "1", "amount": "12000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" }],
            "steps": [
                { "kind": "collectionDemand", "date": "2025-02-20", "paymentTermDays": 10 },
                plan
            ]
        }))
        .expect("claim");
        let date = common::date(day);
        let request = PlanRequest {
            date,
            first_date: date.saturating_add(time::Duration::days(30)),
            interval: Interval::Months(1),
            sizing: Sizing::Count(6),
            fee: true,
        };
        instalment_plan(&c, &request, &PlanOptions::default()).expect("plan")
    };
    let ended = made(
        json!({ "kind": "paymentPlan", "date": "2025-03-10", "ended": "2025-05-12" }),
        "2025-03-10",
    );
    let said: Vec<_> = ended
        .warnings
        .iter()
        .filter(|w| w.code == WarningCode::PlanEnded)
        .collect();
    assert_eq!(said.len(), 1, "{:?}", ended.warnings);
    let warning = said.first().expect("one");
    assert_eq!(warning.subject, Subject::Plan);
    assert_eq!(
        warning.facts,
        Facts::PlanEnded {
            date: common::date("2025-03-10"),
            ended: common::date("2025-05-12"),
            after_last: None
        }
    );
    assert!(
        warning.text().en.contains("ended on 2025-05-12"),
        "{}",
        warning.text().en
    );
    // The schedule itself is the plan as agreed: the same as without `ended`.
    let stood = made(
        json!({ "kind": "paymentPlan", "date": "2025-03-10" }),
        "2025-03-10",
    );
    assert_eq!(ended.instalments, stood.instalments);
    assert!(!stood
        .warnings
        .iter()
        .any(|w| w.code == WarningCode::PlanEnded));
    // A new plan after the one that ended is no plan made again.
    let after = made(
        json!({ "kind": "paymentPlan", "date": "2025-03-10", "ended": "2025-05-12" }),
        "2025-06-02",
    );
    assert!(!after
        .warnings
        .iter()
        .any(|w| w.code == WarningCode::PlanEnded));
}
