//! "May this be demanded?" on a time-barred debt, answered alike by the timeline, `check`,
//! `limitation`, the claim's state and `instalment_plan`: an invoice is time-barred on a day
//! when its period (preskriptionslagen, with the steps and the payments up to that day as
//! interruptions) ran out before it and its capital is unpaid that day. One row per situation
//! a review found answered wrongly (stop 31); dates checked by hand against DOMAIN.md §5.

mod common;

use inkasso::compliance::{check, FindingCode};
use inkasso::limitation::limitation;
use inkasso::plan::{instalment_plan, Interval, PlanOptions, PlanRequest, Sizing};
use inkasso::policy::{PaymentPlanStage, Policy, PresetId};
use inkasso::timeline::{timeline, EntryStatus, Timeline, TimelineOptions};
use inkasso::{Claim, Payment, Step};
use serde_json::{json, Value};

fn claim(input: Value) -> Claim {
    common::claim(input).expect("claim")
}

/// `claim` with every projected step of `t` recorded: `fee: false` where the timeline charged
/// none (a reminder not agreed, say), else without a fee of its own.
fn with_projected(claim: &Claim, t: &Timeline) -> Claim {
    let mut with = claim.clone();
    for e in t
        .entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected)
    {
        let mut step = Step::new(e.kind.step_kind().expect("a step"), e.date);
        step.further_year = e.further_year;
        if e.fees.is_empty() {
            step.fee = Some(false);
        }
        with.steps.push(step);
    }
    with
}

/// The steps (index) `check` finds demanding a time-barred invoice, with the invoice.
fn barred_demands(claim: &Claim, policy: Option<&Policy>) -> Vec<(usize, String)> {
    check(claim, policy)
        .expect("check")
        .iter()
        .filter(|f| f.code == FindingCode::TimeBarredDemanded)
        .map(|f| {
            let text = f.text().en;
            let invoice = text
                .split("invoice ")
                .nth(1)
                .and_then(|rest| rest.split(',').next())
                .unwrap_or_default()
                .to_owned();
            (f.step.expect("a step"), invoice)
        })
        .collect()
}

/// [`barred_demands`] of `claim` with the projected steps of `t`, about those steps only.
fn barred_demands_projected(claim: &Claim, t: &Timeline, policy: &Policy) -> Vec<(usize, String)> {
    barred_demands(&with_projected(claim, t), Some(policy))
        .into_iter()
        .filter(|(step, _)| *step >= claim.steps.len())
        .collect()
}

/// A policy's amorteringsplan stage: `days_after` the last deadline, `count` instalments
/// `interval_months` apart.
fn plan_stage(days_after: u32, count: u32, interval_months: u32) -> PaymentPlanStage {
    PaymentPlanStage {
        days_after,
        count,
        interval_months,
    }
}

#[test]
fn the_timeline_stops_before_a_plan_that_would_demand_a_time_barred_invoice() {
    // F0 is time-barred after 2020-05-22 (three years after the payment of 2017-05-22). On the
    // history alone the payment of 2020-08-23 pays it, but the projected fees come first, so
    // it is still unpaid when the policy's amorteringsplan would be made (2020-08-24): the
    // timeline stops (it used to fail with TIME_BARRED at policy.paymentPlan.plan.date).
    let c = claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "F0", "amount": "3191.58", "issueDate": "2016-05-10" }],
        "payments": [
            { "date": "2017-05-22", "amount": "2504.25" },
            { "date": "2020-08-23", "amount": "1322.85" }
        ]
    }));
    let mut policy = Policy::preset(PresetId::ReminderDemandFinalNotice);
    policy.payment_plan = Some(plan_stage(10, 1, 1));
    let t = timeline(&c, &policy, &TimelineOptions::default()).expect("timeline");
    assert!(
        t.entries
            .iter()
            .all(|e| e.date <= common::date("2020-05-22") || e.status != EntryStatus::Projected),
        "{:?}",
        t.entries
            .iter()
            .map(|e| (e.kind, e.date, e.status))
            .collect::<Vec<_>>()
    );
    assert!(barred_demands(&with_projected(&c, &t), Some(&policy)).is_empty());
}

#[test]
fn the_timeline_projects_nothing_while_an_unpaid_invoice_is_time_barred() {
    // F0 is time-barred after 2019-01-10 and unpaid until the payment of 2019-09-02 (which
    // pays everything): no step may be projected before it, so none is.
    let c = claim(json!({
        "debtor": "consumer",
        "reminderFeeAgreed": true,
        "invoices": [
            { "number": "F0", "amount": "1000.00", "issueDate": "2016-01-10", "dueDate": "2016-02-10" },
            { "number": "F1", "amount": "1000.00", "issueDate": "2019-03-01", "dueDate": "2019-04-01" }
        ],
        "payments": [{ "date": "2019-09-02", "amount": "3000.00" }]
    }));
    let policy = Policy::preset(PresetId::Standard);
    let t = timeline(&c, &policy, &TimelineOptions::default()).expect("timeline");
    let projected: Vec<_> = t
        .entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected)
        .map(|e| (e.kind, e.date))
        .collect();
    assert!(projected.is_empty(), "{projected:?}");
}

#[test]
fn check_values_the_history_with_the_policy_s_fee_choices() {
    // Under LawfulMinimum the reminder of 2017-07-07 claims no fee, and the payment of
    // 2019-07-23 pays the inkassokrav's fee and reaches F1's interest: it interrupts F1's
    // period (to 2022-07-23). `check` with the policy agrees with the timeline: none of its
    // steps demands a time-barred invoice. Charging the reminder's fee too (no policy), the
    // payment's money stops at F0, but a payment that pays fees acknowledges the whole claim
    // (it used to leave F1 time-barred after 2020-07-07: paying fees counted for less than
    // paying interest), so nothing is time-barred either.
    let c = claim(json!({
        "debtor": "consumer",
        "reminderFeeAgreed": true,
        "invoices": [
            { "number": "F0", "amount": "2410.96", "issueDate": "2016-01-17" },
            { "number": "F1", "amount": "1832.83", "issueDate": "2017-02-02", "dueDate": "2017-02-20" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2016-12-25" },
            { "kind": "reminder", "date": "2017-07-07" }
        ],
        "payments": [
            { "date": "2019-07-23", "amount": "852.66" },
            { "date": "2020-12-20", "amount": "2962.38" }
        ]
    }));
    let policy = Policy::preset(PresetId::LawfulMinimum);
    let options = TimelineOptions {
        today: Some(common::date("2022-02-02")),
        ..TimelineOptions::default()
    };
    let t = timeline(&c, &policy, &options).expect("timeline");
    assert!(t.entries.iter().any(|e| e.status == EntryStatus::Projected));
    let with = with_projected(&c, &t);
    assert_eq!(barred_demands(&with, Some(&policy)), []);
    assert_eq!(barred_demands(&with, None), []);
    // A policy that charges no fees at all, and a first payment of 100 kr: it pays part of
    // F0's interest, nothing of F1 and no fee of the claim, so F1's period is not interrupted
    // and F1 is time-barred after 2020-07-07, which a reminder of 2021-03-01 demands. Charging
    // the fees (no policy), the same 100 kr pays the inkassokrav's fee and acknowledges the
    // whole claim: nothing is time-barred. The history is valued by the policy's fee choices.
    let mut small = c.clone();
    small.payments[0].amount = "100.00".parse().expect("money");
    small.steps.push(Step::new(
        inkasso::StepKind::Reminder,
        common::date("2021-03-01"),
    ));
    let mut no_fees = policy.clone();
    no_fees.fees.collection_fee = false;
    no_fees.fees.reminder_fee = false;
    assert_eq!(
        barred_demands(&small, Some(&no_fees)),
        [(2, "F1".to_owned())]
    );
    assert_eq!(barred_demands(&small, None), []);
}

/// A time-barred after 2022-01-10, B issued 2022-06-01; a payment of 1 600 kr on 2023-04-01
/// and `steps`.
fn a_barred_then_paid(steps: Value) -> Claim {
    claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2019-01-10", "dueDate": "2019-02-10" },
            { "number": "B", "amount": "1000.00", "issueDate": "2022-06-01", "dueDate": "2022-07-01" }
        ],
        "steps": steps,
        "payments": [{ "date": "2023-04-01", "amount": "1600.00" }]
    }))
}

#[test]
fn check_judges_each_step_on_its_own_day() {
    // The reminder of 2022-03-01 demands A, unpaid and time-barred that day; A is paid
    // later, so the inkassokrav of 2023-06-01 demands only B.
    let c = a_barred_then_paid(json!([
        { "kind": "reminder", "date": "2022-03-01", "fee": false },
        { "kind": "collectionDemand", "date": "2023-06-01", "fee": false }
    ]));
    let state = inkasso::state::claim_state(&c, common::date("2022-03-01")).expect("state");
    assert!(state.invoices.first().is_some_and(|a| a.time_barred));
    assert_eq!(barred_demands(&c, None), [(0, "A".to_owned())]);
    let finding = check(&c, None).expect("check");
    let text = finding
        .iter()
        .find(|f| f.code == FindingCode::TimeBarredDemanded)
        .map(|f| f.text().en)
        .unwrap_or_default();
    assert!(text.contains("2022-01-10"), "{text}");
}

#[test]
fn only_the_creditor_s_steps_demand_payment() {
    // A dispute and a judgment are the debtor's and the court's acts; an amorteringsplan is
    // the creditor's demand (and `instalment_plan` refuses one).
    let of = |kind: &str| {
        claim(json!({
            "debtor": "consumer",
            "invoices": [{ "number": "A", "amount": "1000.00", "issueDate": "2019-01-10", "dueDate": "2019-02-10" }],
            "steps": [{ "kind": kind, "date": "2023-03-01" }]
        }))
    };
    for kind in ["dispute", "judgment"] {
        assert_eq!(barred_demands(&of(kind), None), [], "{kind}");
    }
    for kind in [
        "reminder",
        "collectionDemand",
        "finalNotice",
        "paymentPlan",
        "paymentOrder",
        "courtAction",
        "enforcement",
        "surveillance",
    ] {
        assert_eq!(
            barred_demands(&of(kind), None),
            [(0, "A".to_owned())],
            "{kind}"
        );
    }
    let plan = PlanRequest {
        date: common::date("2023-03-01"),
        first_date: common::date("2023-04-01"),
        interval: Interval::Months(1),
        sizing: Sizing::Count(3),
        fee: true,
    };
    let refused = instalment_plan(&of("dispute"), &plan, &PlanOptions::default())
        .expect_err("a plan for a time-barred debt");
    assert_eq!(refused.code().as_str(), "TIME_BARRED");
}

#[test]
fn a_paid_invoice_is_not_the_claim_s_first_time_barred() {
    // A is paid in full on 2021-02-01; B's period runs from its part payment of 2022-08-01.
    let c = claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "100.00", "issueDate": "2021-01-10", "dueDate": "2021-02-10" },
            { "number": "B", "amount": "5000.00", "issueDate": "2021-01-10", "dueDate": "2021-06-10" }
        ],
        "payments": [
            { "date": "2021-02-01", "amount": "100.00" },
            { "date": "2022-08-01", "amount": "100.00" }
        ]
    }));
    let l = limitation(&c).expect("limitation");
    assert_eq!(
        (l.invoice.as_str(), l.preskription_date),
        ("B", common::date("2025-08-01"))
    );
    // Each invoice's own date is still given; A's is its payment's three years on.
    let a = l.invoices.first().expect("A");
    assert_eq!(a.preskription_date, common::date("2024-02-01"));
    // With nothing left of any invoice, the earliest date is the claim's.
    let mut paid = c.clone();
    paid.payments.push(Payment {
        date: common::date("2022-09-01"),
        amount: inkasso::Money::kr(6000),
        invoice: None,
    });
    let l = limitation(&paid).expect("limitation");
    assert_eq!(l.invoice, "A");
}

#[test]
fn a_plan_with_too_many_instalments_blames_its_sizing() {
    let mut c = claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "100000.00", "issueDate": "2020-01-01", "dueDate": "2020-01-31" }]
    }));
    let first = common::date("2020-02-01");
    for k in 0..990 {
        c.payments.push(Payment {
            date: first.checked_add(time::Duration::days(k)).expect("date"),
            amount: inkasso::Money::from_ore(100),
            invoice: None,
        });
    }
    let mut plan = PlanRequest {
        date: common::date("2023-01-01"),
        first_date: common::date("2023-02-01"),
        interval: Interval::Months(1),
        sizing: Sizing::Count(20),
        fee: true,
    };
    let e = instalment_plan(&c, &plan, &PlanOptions::default()).expect_err("too many");
    assert_eq!(
        (e.code().as_str(), e.field()),
        ("TOO_MANY_ITEMS", Some("plan.count"))
    );
    plan.sizing = Sizing::Amount(inkasso::Money::kr(1000));
    let e = instalment_plan(&c, &plan, &PlanOptions::default()).expect_err("too many");
    assert_eq!(
        (e.code().as_str(), e.field()),
        ("TOO_MANY_ITEMS", Some("plan.amount"))
    );
    // Ten instalments fit.
    plan.sizing = Sizing::Count(10);
    assert!(instalment_plan(&c, &plan, &PlanOptions::default()).is_ok());
}

#[test]
fn a_step_past_the_last_date_ends_the_projection_rather_than_failing() {
    // A business claim of 2002, never demanded, previewed on Saturday 2199-12-31: the first
    // step would be sent on 2200-01-02, the next bank day, past the last date. It failed with
    // DATE_OUT_OF_RANGE at asOf while asking whether that step was time-barred; it is judged on
    // the last date instead: time-barred since 2012, so nothing is projected.
    let c = claim(json!({
        "debtor": "business",
        "agreedMargin": "100",
        "invoices": [{ "number": "1", "amount": "1000000000000", "issueDate": "2002-07-01", "dueDate": "2002-07-31" }]
    }));
    let options = TimelineOptions {
        today: Some(common::date("2199-12-31")),
        ..TimelineOptions::default()
    };
    let t = timeline(&c, &Policy::preset(PresetId::Standard), &options).expect("timeline");
    assert!(t.final_value.total.is_positive());
    assert!(t.entries.iter().all(|e| e.status != EntryStatus::Projected));
    // An invoice of 2199 (not time-barred): the projection ends at the last date, and says so.
    let fresh = claim(json!({
        "debtor": "business",
        "invoices": [{ "number": "1", "amount": "1000.00", "issueDate": "2199-06-01", "dueDate": "2199-07-01" }]
    }));
    let t = timeline(&fresh, &Policy::preset(PresetId::Standard), &options).expect("timeline");
    let ends = t
        .warnings
        .iter()
        .filter(|w| matches!(w.facts, inkasso::warning::Facts::ProjectionEnds { .. }))
        .count();
    assert_eq!(ends, 1);
}

#[test]
fn a_plan_instalment_above_the_largest_payment_is_refused_at_the_sizing() {
    // 10^12 kr owed since 2020 with interest: one instalment would be more than a payment may be.
    let c = claim(json!({
        "debtor": "business",
        "lateFee": false,
        "invoices": [{ "number": "1", "amount": "1000000000000.00", "issueDate": "2020-01-10", "dueDate": "2020-02-10" }]
    }));
    let mut plan = PlanRequest {
        date: common::date("2025-01-02"),
        first_date: common::date("2025-02-03"),
        interval: Interval::Months(1),
        sizing: Sizing::Count(1),
        fee: true,
    };
    let e = instalment_plan(&c, &plan, &PlanOptions::default()).expect_err("too large");
    assert_eq!(
        (e.code().as_str(), e.field()),
        ("INVALID_PLAN", Some("plan.count"))
    );
    assert!(e.to_string().contains("make more instalments"), "{e}");
    plan.sizing = Sizing::Count(3);
    let schedule = instalment_plan(&c, &plan, &PlanOptions::default()).expect("three fit");
    assert_eq!(schedule.instalments.len(), 3);
}

/// A (1 000 kr, time-barred after 2019-01-10) and B (5 000 kr), no interest, with `steps` and
/// one payment of `paid` on 2019-06-03.
fn a_and_b_paid_on_june_3(steps: Value, paid: &str) -> Claim {
    claim(json!({
        "debtor": "consumer",
        "agreedRate": "0",
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2016-01-10", "dueDate": "2016-02-10" },
            { "number": "B", "amount": "5000.00", "issueDate": "2019-01-10", "dueDate": "2019-02-10" }
        ],
        "steps": steps,
        "payments": [{ "date": "2019-06-03", "amount": paid }]
    }))
}

#[test]
fn a_step_is_judged_with_its_own_fee_charged_before_the_day_s_payment() {
    // The payment of 2019-06-03 pays the inkassokrav fee (180) and A (1 000) only if nothing
    // else is charged first: a plan or an inkassokrav of that day, with its fee, leaves A
    // unpaid and time-barred, so neither is projected on it.
    let c = a_and_b_paid_on_june_3(
        json!([{ "kind": "collectionDemand", "date": "2019-03-01" }]),
        "1280.00",
    );
    let mut policy = Policy::preset(PresetId::Standard);
    policy.payment_plan = Some(plan_stage(5, 3, 1));
    let t =
        timeline(&c, &policy, &TimelineOptions::default()).expect("a timeline, not TIME_BARRED");
    // (The taken inkassokrav of 2019-03-01 demanded A, time-barred: a finding of the history.)
    assert_eq!(
        barred_demands(&with_projected(&c, &t), Some(&policy)),
        [(0, "A".to_owned())]
    );
    let c = a_and_b_paid_on_june_3(
        json!([{ "kind": "reminder", "date": "2019-03-01", "fee": false }]),
        "1100.00",
    );
    let policy = Policy::preset(PresetId::Standard);
    let options = TimelineOptions {
        today: Some(common::date("2019-06-03")),
        ..TimelineOptions::default()
    };
    let t = timeline(&c, &policy, &options).expect("timeline");
    assert_eq!(barred_demands_projected(&c, &t, &policy), []);
    for e in t
        .entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected)
    {
        if let Some(kind @ (inkasso::StepKind::Reminder | inkasso::StepKind::CollectionDemand)) =
            e.kind.step_kind()
        {
            let options = inkasso::letter::LetterOptions::default();
            let refused = inkasso::letter::letter(&c, kind, e.date, 10, &options)
                .err()
                .map(|e| e.code().as_str());
            assert_ne!(refused, Some("TIME_BARRED"), "{kind:?} {}", e.date);
        }
    }
}

#[test]
fn efterbevakning_is_judged_with_the_further_years_dated_before_it() {
    // A further year of the verkställighet of 2016 (2017-10-18) charges a grundavgift that the
    // payment of 2023-12-28 pays first; it then no longer reaches F0, time-barred after that
    // day. Efterbevakning on 2023-12-29 would demand F0: it is not projected (it was judged
    // before the year's fee was projected).
    let c = claim(json!({
        "debtor": "consumer",
        "agreedRate": "10",
        "invoices": [
            { "number": "F0", "amount": "100.00", "issueDate": "2018-08-13" },
            { "number": "F1", "amount": "8748.20", "issueDate": "2016-09-16" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2018-07-16", "fee": true },
            { "kind": "reminder", "date": "2020-12-28", "fee": false },
            { "kind": "enforcement", "date": "2016-10-18" }
        ],
        "payments": [
            { "date": "2023-12-28", "amount": "4926.49" },
            { "date": "2018-07-15", "amount": "2170.61" }
        ]
    }));
    let mut policy = Policy::preset(PresetId::Standard);
    policy.surveillance = Some(inkasso::policy::SurveillanceStage {
        days_after_enforcement: 0,
    });
    policy.fees.reminder_fee = false;
    policy.fees.collection_fee = false;
    policy.fees.late_fee = false;
    for (today, horizon) in [
        (Some("2023-12-29"), Some("2017-10-18")),
        (Some("2023-12-29"), None),
        (None, Some("2017-10-18")),
    ] {
        let options = TimelineOptions {
            today: today.map(common::date),
            horizon: horizon.map(common::date),
            ..TimelineOptions::default()
        };
        let t = timeline(&c, &policy, &options).expect("timeline");
        assert_eq!(
            barred_demands_projected(&c, &t, &policy),
            [],
            "{today:?} {horizon:?}"
        );
    }
}

#[test]
fn a_timeline_plan_too_large_for_its_count_gets_more_instalments() {
    // 1 500 000 000 000 kr and interest: one instalment would be more than the largest
    // payment, so the timeline doubles the count (it halved it, and failed, before).
    let c = claim(json!({
        "debtor": "business",
        "invoices": [
            { "number": "A", "amount": "750000000000.00", "issueDate": "2024-01-10", "dueDate": "2024-02-10" },
            { "number": "B", "amount": "750000000000.00", "issueDate": "2024-01-10", "dueDate": "2024-02-10" }
        ]
    }));
    let mut policy = Policy::preset(PresetId::Standard);
    policy.payment_plan = Some(plan_stage(10, 1, 1));
    let t = timeline(&c, &policy, &TimelineOptions::default()).expect("timeline");
    let schedule = t.plan.as_ref().expect("a plan");
    assert_eq!(schedule.instalments.len(), 2);
    assert!(schedule
        .instalments
        .iter()
        .all(|i| i.amount <= inkasso::Money::kr(1_000_000_000_000)));
    let notes: Vec<String> = t
        .entries
        .iter()
        .flat_map(|e| e.notes.iter())
        .map(|n| inkasso::text::warning(n).en)
        .filter(|n| n.contains("instalments instead of"))
        .collect();
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(
        notes
            .iter()
            .all(|n| n.starts_with("2 instalments instead of 1")),
        "{notes:?}"
    );
}

#[test]
fn a_plan_no_count_can_make_is_refused_and_the_timeline_shows_it_without_a_schedule() {
    // 400 invoices of 10^12 kr: more than 360 of the largest payments. `instalment_plan`
    // refuses at once (it overflowed summing instalments); the timeline keeps its plan entry
    // without a schedule instead of failing.
    let invoices: Vec<_> = (0..400)
        .map(|i| json!({ "number": format!("F{i}"), "amount": "1000000000000.00", "issueDate": "2024-01-10", "dueDate": "2024-02-10" }))
        .collect();
    let c = claim(json!({ "debtor": "business", "lateFee": false, "invoices": invoices }));
    let plan = PlanRequest {
        date: common::date("2024-06-03"),
        first_date: common::date("2024-07-01"),
        interval: Interval::Months(1),
        sizing: Sizing::Count(360),
        fee: true,
    };
    let e = instalment_plan(&c, &plan, &PlanOptions::default()).expect_err("too large");
    assert_eq!(
        (e.code().as_str(), e.field()),
        ("INVALID_PLAN", Some("plan.count"))
    );
    let mut policy = Policy::preset(PresetId::Standard);
    policy.payment_plan = Some(plan_stage(10, 7, 1));
    let t = timeline(&c, &policy, &TimelineOptions::default()).expect("timeline");
    assert!(t.plan.is_none());
    let said = |t: &Timeline| {
        t.entries
            .iter()
            .filter(|e| e.kind == inkasso::timeline::EntryKind::PaymentPlan)
            .flat_map(|e| e.notes.iter())
            .any(|n| {
                inkasso::text::warning(n)
                    .en
                    .starts_with("The plan's instalments cannot be worked out")
            })
    };
    assert!(said(&t));
    // Doubled instalments that would run past 2199-12-31: no schedule either.
    let late = claim(json!({
        "debtor": "business",
        "invoices": [
            { "number": "A", "amount": "750000000000.00", "issueDate": "2197-01-10", "dueDate": "2197-02-11" },
            { "number": "B", "amount": "750000000000.00", "issueDate": "2197-01-10", "dueDate": "2197-02-11" }
        ]
    }));
    policy.payment_plan = Some(plan_stage(10, 1, 24));
    let t = timeline(&late, &policy, &TimelineOptions::default()).expect("timeline");
    assert!(t.plan.is_none());
    assert!(said(&t));
}

#[test]
fn check_values_the_history_with_the_policy_s_late_fee_choice() {
    // The policy claims no förseningsersättning: A is paid in full on 2016-03-01, and the
    // verkställighet of 2018-03-27 had no debt due (the timeline replaces it). `check` agrees:
    // no ENFORCEMENT_WITHIN_A_YEAR for the projected one a year later.
    let c = claim(json!({
        "debtor": "business",
        "lateFee": true,
        "agreedRate": "0",
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2016-01-04", "dueDate": "2016-02-04" },
            { "number": "B", "amount": "100.00", "issueDate": "2018-11-27", "dueDate": "2018-12-27" }
        ],
        "steps": [{ "kind": "enforcement", "date": "2018-03-27" }],
        "payments": [{ "date": "2016-03-01", "amount": "1000.00" }]
    }));
    let mut policy = Policy::preset(PresetId::Standard);
    policy.fees.late_fee = false;
    let t = timeline(&c, &policy, &TimelineOptions::default()).expect("timeline");
    let with = with_projected(&c, &t);
    let errors: Vec<_> = check(&with, Some(&policy))
        .expect("check")
        .iter()
        .filter(|f| f.step.is_some_and(|s| s >= c.steps.len()))
        .filter(|f| f.severity == inkasso::compliance::Severity::Error)
        .map(|f| f.text().en)
        .collect();
    assert_eq!(errors, Vec::<String>::new());
    // The taken one is flagged as a verkställighet without debt, on the policy's figures.
    let findings = check(&c, Some(&policy)).expect("check");
    assert!(findings
        .iter()
        .any(|f| f.code == FindingCode::KronofogdenWithoutDebt && f.step == Some(0)));
}

#[test]
fn a_plan_whose_instalments_fit_is_not_refused_for_its_later_interest() {
    // 10 invoices of 10^12 kr at 30 %: twelve instalments of about 989 000 000 000 kr each fit
    // under the largest payment, though what is owed on the last date with nothing paid is
    // more than twelve of them (the plan's interest on the full capital).
    let invoices: Vec<_> = (0..10)
        .map(|i| json!({ "number": format!("F{i}"), "amount": "1000000000000.00", "issueDate": "2024-01-10", "dueDate": "2024-02-12" }))
        .collect();
    let c = claim(json!({ "debtor": "consumer", "agreedRate": "30", "invoices": invoices }));
    let plan = PlanRequest {
        date: common::date("2024-03-01"),
        first_date: common::date("2024-04-01"),
        interval: Interval::Months(1),
        sizing: Sizing::Count(12),
        fee: true,
    };
    let schedule = instalment_plan(&c, &plan, &PlanOptions::default()).expect("twelve fit");
    assert_eq!(schedule.instalments.len(), 12);
    assert!(schedule
        .instalments
        .iter()
        .all(|i| i.amount <= inkasso::Money::kr(1_000_000_000_000)));
}

#[test]
fn a_verkstallighet_runs_the_new_period_from_the_end_of_its_handling_year() {
    // Preskriptionslagen 5 § 3 and 7 §: an application for verkställighet relies on the claim
    // at Kronofogden, so the new period runs from when the case ends, assumed a year after
    // the application (NJA 1994 s. 553). Consumer, 3 years: the enforcement of 2020-08-03
    // ends 2021-08-03, so the claim is time-barred after 2024-08-03, not after 2023-08-03
    // (a review found the statement warning TIME_BARRED in January 2024 while the timeline
    // projected the enforcement's further years).
    let c = claim(json!({
        "debtor": "consumer", "reminderFeeAgreed": true,
        "invoices": [{ "number": "1", "amount": "10000.00", "issueDate": "2020-03-15", "dueDate": "2020-04-14" }],
        "steps": [
            { "kind": "reminder", "date": "2020-04-20" }, { "kind": "collectionDemand", "date": "2020-05-05" },
            { "kind": "paymentOrder", "date": "2020-06-01" }, { "kind": "judgment", "date": "2020-07-10" },
            { "kind": "enforcement", "date": "2020-08-03" }
        ]
    }));
    let l = limitation(&c).expect("limitation");
    let used = l.invoices[0]
        .interruption
        .as_ref()
        .expect("an interruption");
    assert_eq!(used.period_from.to_string(), "2021-08-03");
    assert_eq!(l.preskription_date.to_string(), "2024-08-03");
    let day = |text: &str| inkasso::calendar::parse_date(text).expect("a date");
    let on = |date: &str| {
        let options = inkasso::StatementOptions::new(day(date));
        inkasso::statement(&c, &options).expect("statement")
    };
    let barred = |s: &inkasso::Statement| {
        s.warnings
            .iter()
            .any(|w| w.code == inkasso::warning::WarningCode::TimeBarred)
    };
    assert!(
        !barred(&on("2024-01-10")),
        "the enforcement's case ended 2021-08-03"
    );
    assert!(barred(&on("2024-08-05")));
    // A further year recorded (another enforcement): its case ends a year after it.
    let mut further = c.clone();
    further
        .steps
        .push(Step::new(inkasso::StepKind::Enforcement, day("2021-08-03")));
    assert_eq!(
        limitation(&further)
            .expect("limitation")
            .preskription_date
            .to_string(),
        "2025-08-03"
    );
}

#[test]
fn a_payment_that_pays_fees_interrupts_for_every_invoice_whatever_else_it_pays() {
    // A review found 100 kr (fees only) restarting both invoices, but 400 kr (the fees and
    // part of A's interest) only A: paying more acknowledged less. A payment that pays the
    // claim's fees acknowledges the whole claim (preskriptionslagen 5 § 1).
    for amount in ["100.00", "400.00"] {
        let c = claim(json!({
            "debtor": "consumer", "reminderFeeAgreed": true,
            "invoices": [
                { "number": "A", "amount": "3000.00", "issueDate": "2022-09-01", "dueDate": "2022-10-01" },
                { "number": "B", "amount": "2000.00", "issueDate": "2022-10-01", "dueDate": "2022-10-31" }
            ],
            "steps": [
                { "kind": "reminder", "date": "2022-11-05" },
                { "kind": "collectionDemand", "date": "2022-11-20", "paymentTermDays": 10 }
            ],
            "payments": [{ "date": "2023-06-01", "amount": amount }]
        }));
        let l = limitation(&c).expect("limitation");
        for invoice in &l.invoices {
            assert_eq!(
                invoice.preskription_date.to_string(),
                "2026-06-01",
                "{amount}: {}",
                invoice.invoice
            );
        }
        assert_eq!(l.preskription_date.to_string(), "2026-06-01", "{amount}");
    }
}

#[test]
fn paying_an_invoice_s_own_late_fee_interrupts_for_that_invoice_only() {
    // The diff review: 450 kr paying only invoice A's förseningsersättning restarted
    // preskription for B as well (B not even due), as if it paid a fee of the whole claim.
    let c = claim(json!({
        "debtor": "business", "lateFee": true,
        "invoices": [
            { "number": "A", "amount": "5000.00", "issueDate": "2020-01-01", "dueDate": "2020-01-31" },
            { "number": "B", "amount": "5000.00", "issueDate": "2020-01-01", "dueDate": "2020-03-31" }
        ],
        "payments": [{ "date": "2020-02-14", "amount": "450.00" }]
    }));
    let l = limitation(&c).expect("limitation");
    let dates: Vec<String> = l
        .invoices
        .iter()
        .map(|i| i.preskription_date.to_string())
        .collect();
    assert_eq!(dates, ["2030-02-14", "2030-01-01"]);
}

/// The answer of each function to "is an invoice time-barred on `day`?" for `claim`, whose
/// only payment falls after the rate table (2026-12-31): `limitation`, a reminder `letter` on
/// `day`, an `instalment_plan` agreed on it, `check` of a reminder on it (no fee), the claim's
/// state on it, and the `TIME_BARRED` warnings of its statement on it (which values no interest
/// after the table, and judges the payment's allocation with the last rate assumed).
fn barred_answers(claim: &Claim, day: &str) -> [bool; 6] {
    use inkasso::letter::{letter, LetterOptions};
    use inkasso::StepKind;
    let date = common::date(day);
    let by_limitation = limitation(claim)
        .expect("limitation")
        .invoices
        .iter()
        .any(|i| i.preskription_date < date);
    let by_letter = match letter(
        claim,
        StepKind::Reminder,
        date,
        10,
        &LetterOptions::default(),
    ) {
        Ok(_) => false,
        Err(e) if e.code() == inkasso::ErrorCode::TimeBarred => true,
        // Not time-barred (judged first, with the last rate assumed), then refused: a letter
        // needs the referensränta of every day it demands interest for.
        Err(e) if e.code() == inkasso::ErrorCode::RateNotCovered => false,
        Err(e) => panic!("letter: {e}"),
    };
    let plan = PlanRequest {
        date,
        first_date: date,
        interval: Interval::Months(1),
        sizing: Sizing::Count(2),
        fee: false,
    };
    let by_plan = match instalment_plan(claim, &plan, &PlanOptions::default()) {
        Ok(_) => false,
        Err(e) if e.code() == inkasso::ErrorCode::TimeBarred => true,
        Err(e) => panic!("plan: {e}"),
    };
    let mut reminded = claim.clone();
    let mut step = Step::new(StepKind::Reminder, date);
    step.fee = Some(false);
    reminded.steps.push(step);
    let by_check = !barred_demands(&reminded, None).is_empty();
    let by_state = inkasso::state::claim_state(claim, date)
        .expect("state")
        .time_barred()
        .is_some();
    let by_statement = inkasso::statement(claim, &inkasso::StatementOptions::new(date))
        .expect("statement")
        .warnings
        .iter()
        .any(|w| w.code == inkasso::warning::WarningCode::TimeBarred);
    [
        by_limitation,
        by_letter,
        by_plan,
        by_check,
        by_state,
        by_statement,
    ]
}

/// A cross-export review: with a payment after the rate table, `limitation` and `letter`
/// valued no interest for its days (the payment then seemed to pay capital of the first
/// invoice only, interrupting nothing else), while `check`, the timeline and instalment plans
/// assume the last known referensränta (the payment then pays interest of both). They
/// disagreed both ways on whether an invoice was time-barred. Every one now judges on the
/// history valued as `check` values it.
#[test]
fn a_payment_after_the_rate_table_interrupts_the_same_invoices_for_every_function() {
    // The 2 000 kr of 2027-06-01 pays A's interest (about 583 without 2027's days, about 1 040
    // with them assumed), then B's interest: B (issued 2026-12-01, 3 years) is interrupted and
    // is not time-barred on 2029-12-03.
    let c = claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2026-05-01", "dueDate": "2026-06-01" },
            { "number": "B", "amount": "1000.00", "issueDate": "2026-12-01", "dueDate": "2026-12-31" }
        ],
        "payments": [{ "date": "2027-06-01", "amount": "2000.00" }]
    }));
    assert_eq!(barred_answers(&c, "2029-12-03"), [false; 6]);
    let b = &limitation(&c).expect("limitation").invoices[1];
    assert_eq!(b.preskription_date, common::date("2030-06-01"));
    // The other way: 200 kr of 2028-05-02 pays A's interest only once 2027's and 2028's days
    // are valued; B (issued 2025-06-02) is not interrupted and is time-barred after 2028-06-02.
    let c = claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2025-05-02", "dueDate": "2025-06-02" },
            { "number": "B", "amount": "1000.00", "issueDate": "2025-06-02", "dueDate": "2025-07-02" }
        ],
        "payments": [{ "date": "2028-05-02", "amount": "200.00" }]
    }));
    assert_eq!(barred_answers(&c, "2028-06-05"), [true; 6]);
}
