//! A court case goes on to its judgment while its own debt (the invoices overdue when it was
//! filed and not decided by an earlier title) is owed at the start of the judgment's day (a
//! payment of that day comes after it, DOMAIN.md 8.5), and ends without one once that debt is
//! paid or credited before it; a case filed on a dispute goes on as a pending case once what
//! the dispute was about is paid. The same road whether the payment is ahead of `today` or
//! behind it: the stability check (seeds 4821, 8730 and 18277 of the standard sweep) found
//! judgments, and the verkställigheter on them, projected on a debt paid before them, then gone
//! once a step after the payment was recorded; a review found the road after a case made moot
//! waiting for the judgment that never came.
mod common;

use common::stability::{self, timeline};
use inkasso::timeline::{Entry, EntryKind, EntryStatus};
use serde_json::{json, Value};

/// Each projected entry as the check compares it ([`stability::key_with_fees`]).
fn key(e: &Entry) -> String {
    stability::key_with_fees(e)
}

/// The days of the judgments projected in the timeline of `claim` seen on `today`.
fn projected_judgments(
    claim: &Value,
    policy: &Value,
    today: Option<&str>,
    horizon: &str,
) -> Vec<String> {
    timeline(claim, policy, today, horizon)
        .entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected && e.kind == EntryKind::Judgment)
        .map(|e| e.date.to_string())
        .collect()
}

fn court() -> Value {
    json!({ "preset": "standard", "court": {} })
}

/// Seed 4821: a second stämningsansökan (2021-05-31, no fee claimed) for X, disputed before it
/// fell due, with F1 and F2 under verkställighet; X is paid on 2021-06-24, before the assumed
/// judgment (2021-09-28).
fn paid_before_the_judgment() -> Value {
    json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "F1", "amount": "12500.00", "issueDate": "2020-02-13", "dueDate": "2020-03-14" },
            { "number": "F2", "amount": "37234.00", "issueDate": "2020-12-10", "dueDate": "2021-01-09" },
            { "number": "X", "amount": "20000.00", "issueDate": "2020-10-03", "dueDate": "2021-04-21" }
        ],
        "steps": [
            { "kind": "reminder", "date": "2020-03-26" },
            { "kind": "collectionDemand", "date": "2020-04-20" },
            { "kind": "paymentOrder", "date": "2020-05-29" },
            { "kind": "enforcement", "date": "2020-08-15" },
            { "kind": "dispute", "date": "2020-10-07" },
            { "kind": "courtAction", "date": "2020-12-07" },
            { "kind": "reminder", "date": "2021-01-12" },
            { "kind": "collectionDemand", "date": "2021-01-29" },
            { "kind": "judgment", "date": "2021-02-27" },
            { "kind": "paymentOrder", "date": "2021-03-04" },
            { "kind": "enforcement", "date": "2021-05-30" },
            { "kind": "courtAction", "date": "2021-05-31", "fee": false }
        ],
        "payments": [
            { "date": "2021-06-24", "amount": "35000.00", "invoice": "X" },
            { "date": "2021-12-28", "amount": "11170.20" }
        ]
    })
}

#[test]
fn a_case_whose_debt_is_paid_before_the_judgment_ends_without_one() {
    let claim = paid_before_the_judgment();
    let horizon = "2025-12-28";
    assert!(
        projected_judgments(&claim, &court(), Some("2021-05-31"), horizon).is_empty(),
        "seen before the payment"
    );
    assert!(
        projected_judgments(&claim, &court(), Some("2021-08-15"), horizon).is_empty(),
        "seen after the payment"
    );
    stability::stays_the_same_from(claim, &court(), Some("2021-05-31"), horizon, 1, key);
}

/// Seed 8730: X disputed on its due date, after the betalningsföreläggande of the invoices
/// overdue then; its court action is projected on 2016-05-16 (no fee: the claim's was
/// charged), and X is paid in full the next day.
fn dispute_paid_the_day_after_filing() -> Value {
    json!({
        "debtor": "business",
        "reminderFeeAgreed": true,
        "invoices": [
            { "number": "F1", "amount": "12252.00", "issueDate": "2014-07-06", "dueDate": "2014-08-05" },
            { "number": "F2", "amount": "19461.00", "issueDate": "2015-03-21", "dueDate": "2015-04-20" },
            { "number": "X", "amount": "20000.00", "issueDate": "2015-06-19", "dueDate": "2015-07-19" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2014-08-20" },
            { "kind": "paymentOrder", "date": "2014-09-23" },
            { "kind": "dispute", "date": "2014-10-06" },
            { "kind": "courtAction", "date": "2014-10-20" },
            { "kind": "judgment", "date": "2015-02-28" },
            { "kind": "enforcement", "date": "2015-03-11" },
            { "kind": "reminder", "date": "2015-04-28" },
            { "kind": "collectionDemand", "date": "2015-05-22" },
            { "kind": "paymentOrder", "date": "2015-06-28" },
            { "kind": "dispute", "date": "2015-07-19" },
            { "kind": "enforcement", "date": "2015-08-23" },
            { "kind": "courtAction", "date": "2015-12-14" },
            { "kind": "judgment", "date": "2016-04-30" },
            { "kind": "enforcement", "date": "2016-05-13" }
        ],
        "payments": [
            { "date": "2016-05-17", "amount": "35000.00", "invoice": "X" },
            { "date": "2017-08-30", "amount": "12252.00", "invoice": "F1" }
        ]
    })
}

#[test]
fn a_disputed_debt_paid_after_filing_brings_no_judgment() {
    let claim = dispute_paid_the_day_after_filing();
    let horizon = "2020-05-13";
    let (first, _) = stability::road(&claim, &court(), None, horizon, key);
    assert!(
        first
            .iter()
            .any(|e| e.starts_with("CourtAction 2016-05-16")),
        "{first:?}"
    );
    assert!(
        projected_judgments(&claim, &court(), None, horizon).is_empty(),
        "{first:?}"
    );
    stability::stays_the_same(claim, &court(), horizon, 1, key);
}

/// Seed 18277: X disputed, then its stämningsansökan of 2019-01-08, while F1 is under
/// verkställighet; F2, overdue at the filing, is decided by no title as the engine reads the
/// history (its betalningsföreläggande came before the judgment's first verkställighet), so it
/// is in the case too. X is paid on 2019-02-04; F2 is not.
fn disputed_invoice_paid_another_owed() -> Value {
    json!({
        "debtor": "business",
        "reminderFeeAgreed": true,
        "invoices": [
            { "number": "F1", "amount": "12500.00", "issueDate": "2014-09-13", "dueDate": "2014-10-13" },
            { "number": "F2", "amount": "12500.00", "issueDate": "2015-11-20", "dueDate": "2015-12-20" },
            { "number": "X", "amount": "20000.00", "issueDate": "2015-01-11", "dueDate": "2015-07-30" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2014-10-28" },
            { "kind": "paymentOrder", "date": "2014-11-25" },
            { "kind": "enforcement", "date": "2015-01-15" },
            { "kind": "dispute", "date": "2015-03-10" },
            { "kind": "judgment", "date": "2015-07-15" },
            { "kind": "collectionDemand", "date": "2015-12-25" },
            { "kind": "enforcement", "date": "2016-01-11", "furtherYear": true },
            { "kind": "paymentOrder", "date": "2016-01-31" },
            { "kind": "enforcement", "date": "2016-04-07" },
            { "kind": "enforcement", "date": "2017-04-07", "furtherYear": true },
            { "kind": "enforcement", "date": "2018-01-05", "furtherYear": true },
            { "kind": "enforcement", "date": "2018-04-07", "furtherYear": true },
            { "kind": "enforcement", "date": "2019-01-07", "furtherYear": true },
            { "kind": "courtAction", "date": "2019-01-08" }
        ],
        "payments": [
            { "date": "2016-01-16", "amount": "6000.00" },
            { "date": "2019-02-04", "amount": "35000.00", "invoice": "X" }
        ]
    })
}

#[test]
fn a_case_filed_on_a_dispute_goes_on_for_its_other_invoices() {
    let claim = disputed_invoice_paid_another_owed();
    let horizon = "2023-02-04";
    // F2 is owed: the judgment is projected seen before X's payment and after it (before,
    // the case was dropped once the payment was behind `today`).
    for today in ["2019-01-08", "2019-04-07"] {
        assert_eq!(
            projected_judgments(&claim, &court(), Some(today), horizon),
            ["2019-05-08"],
            "seen on {today}"
        );
    }
    stability::stays_the_same_from(claim, &court(), Some("2019-01-08"), horizon, 3, key);
}

/// A review's: X disputed, then a stämningsansökan (2020-04-01) for the invoices overdue then,
/// X and Z; W falls due after it. X is paid on 2020-06-01, before the assumed judgment
/// (2020-07-30); Z and W are owed.
fn case_paid_in_part() -> Value {
    json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "X", "amount": "10000.00", "issueDate": "2020-01-01", "dueDate": "2020-01-31" },
            { "number": "Z", "amount": "4000.00", "issueDate": "2020-02-25", "dueDate": "2020-03-10" },
            { "number": "W", "amount": "3000.00", "issueDate": "2020-04-15", "dueDate": "2020-05-15" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2020-02-10" },
            { "kind": "dispute", "date": "2020-02-20" },
            { "kind": "courtAction", "date": "2020-04-01" }
        ],
        "payments": [{ "date": "2020-06-01", "amount": "12000.00", "invoice": "X" }]
    })
}

#[test]
fn a_case_left_with_an_invoice_not_in_it_owed_goes_on_from_the_payment() {
    let claim = case_paid_in_part();
    let horizon = "2022-12-31";
    // Once X is paid the case is read as one not disputed, and W (not in it) owed leaves the
    // road as it was, as it is read once the payment is history (the README's Known limit:
    // one road at a time): the inkassokrav a week after the payment (the policy's days), not
    // after the assumed judgment day (a review found the road waiting for a judgment that
    // never came), and no judgment.
    let (first, _) = stability::road(&claim, &court(), None, horizon, key);
    assert!(
        first
            .first()
            .is_some_and(|e| e.starts_with("CollectionDemand 2020-06-08")),
        "{first:?}"
    );
    assert!(
        projected_judgments(&claim, &court(), None, horizon).is_empty(),
        "{first:?}"
    );
    stability::stays_the_same(claim, &court(), horizon, 3, key);
}

/// A court campaign's claim 4166: F1 and F2 disputed and taken to court (2019-12-22); F1 paid
/// on 2019-12-31, F2 on 2020-02-12, before the assumed judgment: the case ends without one,
/// and the road of L0 and L1 (overdue, not in the dispute) goes on from that payment.
fn dispute_made_moot_before_the_judgment() -> Value {
    json!({
        "debtor": "consumer",
        "reminderFeeAgreed": true,
        "invoices": [
            { "number": "F1", "amount": "4000.00", "issueDate": "2019-08-31", "dueDate": "2019-09-30" },
            { "number": "F2", "amount": "4000.00", "issueDate": "2019-09-05", "dueDate": "2019-10-05" },
            { "number": "L0", "amount": "30000.00", "issueDate": "2020-01-05", "dueDate": "2020-02-04" },
            { "number": "L1", "amount": "1500.00", "issueDate": "2019-12-28", "dueDate": "2020-01-27" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2019-10-15", "paymentTermDays": 10 },
            { "kind": "dispute", "date": "2019-10-24" },
            { "kind": "courtAction", "date": "2019-12-22" }
        ],
        "payments": [
            { "date": "2019-12-31", "amount": "4800.00", "invoice": "F1" },
            { "date": "2020-02-12", "amount": "4800.00" }
        ]
    })
}

#[test]
fn the_road_after_a_moot_dispute_goes_on_from_its_payment_seen_before_or_after_it() {
    let claim = dispute_made_moot_before_the_judgment();
    let before = stability::road(&claim, &court(), Some("2020-02-05"), "2023-12-31", key);
    // Seen after the payment, before the first step projected then: the same road (its first
    // letter was projected on `today` instead, a week earlier).
    let after = stability::road(&claim, &court(), Some("2020-02-14"), "2023-12-31", key);
    assert_eq!(before, after);
    assert!(
        before
            .0
            .first()
            .is_some_and(|e| e.starts_with("CollectionDemand 2020-02-19")),
        "{before:?}"
    );
    assert!(projected_judgments(&claim, &court(), Some("2020-02-05"), "2023-12-31").is_empty());
}

/// A court campaign's claim 2542: a stämningsansökan (2022-06-11) for F1 and F2; L0 falls due
/// after it, so the case holds no road while L0 is owed (one road at a time), and its
/// inkassokrav is projected; L0 is paid the next day, and from then the case holds the road
/// again: its judgment, not a betalningsföreläggande for F2, whose case is before the court.
fn case_held_back_by_a_later_invoice() -> Value {
    json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "F1", "amount": "30000.00", "issueDate": "2022-04-13", "dueDate": "2022-05-13" },
            { "number": "F2", "amount": "12500.00", "issueDate": "2022-04-18", "dueDate": "2022-05-18" },
            { "number": "L0", "amount": "30000.00", "issueDate": "2022-07-04", "dueDate": "2022-08-03" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2022-05-23", "paymentTermDays": 10 },
            { "kind": "courtAction", "date": "2022-06-11" }
        ],
        "payments": [
            { "date": "2022-06-24", "amount": "36000.00", "invoice": "F1" },
            { "date": "2022-10-08", "amount": "36000.00", "invoice": "L0" }
        ]
    })
}

#[test]
fn a_case_held_back_by_a_later_invoice_holds_the_road_again_once_it_is_paid() {
    let claim = case_held_back_by_a_later_invoice();
    let (road, _) = stability::road(&claim, &court(), Some("2022-10-07"), "2026-12-31", key);
    assert!(
        road.first()
            .is_some_and(|e| e.starts_with("CollectionDemand 2022-10-07")),
        "{road:?}"
    );
    assert!(
        !road.iter().any(|e| e.starts_with("PaymentOrder")),
        "{road:?}"
    );
    assert_eq!(
        projected_judgments(&claim, &court(), Some("2022-10-07"), "2026-12-31"),
        ["2022-10-10"]
    );
    stability::stays_the_same_from(claim, &court(), Some("2022-10-07"), "2026-12-31", 3, key);
}

/// A court campaign's claim 3789: the case resumes after an inkassokrav projected on `today`,
/// the day its assumed judgment falls: the judgment comes the day after it, as once the
/// inkassokrav is recorded.
#[test]
fn a_resumed_case_is_judged_after_the_steps_projected_before_it() {
    let claim = json!({
        "debtor": "consumer",
        "reminderFeeAgreed": true,
        "invoices": [
            { "number": "F1", "amount": "30000.00", "issueDate": "2022-09-13", "dueDate": "2022-10-13" },
            { "number": "F2", "amount": "30000.00", "issueDate": "2022-09-18", "dueDate": "2022-10-18" },
            { "number": "L0", "amount": "1500.00", "issueDate": "2023-01-19", "dueDate": "2023-02-18" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2022-10-20", "paymentTermDays": 10 },
            { "kind": "courtAction", "date": "2022-11-15" }
        ],
        "payments": [
            { "date": "2023-04-19", "amount": "1800.00", "invoice": "L0" },
            { "date": "2023-05-04", "amount": "31500.00", "invoice": "F2" }
        ]
    });
    assert_eq!(
        projected_judgments(&claim, &court(), Some("2023-03-30"), "2027-12-31"),
        ["2023-03-31"]
    );
    stability::stays_the_same_from(claim, &court(), Some("2023-03-30"), "2027-12-31", 3, key);
}

/// A review's: F1 disputed, no court action recorded; F1 paid on 2024-03-27, before the court
/// action the court path would project (2024-04-03): the road for L1 goes on from the payment,
/// seen before it or after it.
#[test]
fn a_dispute_paid_before_its_projected_court_action_is_the_same_road_either_side() {
    let claim = json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "F1", "amount": "12000.00", "issueDate": "2024-01-10", "dueDate": "2024-02-09" },
            { "number": "L1", "amount": "1500.00", "issueDate": "2024-03-21", "dueDate": "2024-03-25" }
        ],
        "steps": [
            { "kind": "reminder", "date": "2024-02-20" },
            { "kind": "collectionDemand", "date": "2024-03-12" },
            { "kind": "dispute", "date": "2024-03-20" }
        ],
        "payments": [{ "date": "2024-03-27", "amount": "13500.00", "invoice": "F1" }]
    });
    let seen = |today| stability::road(&claim, &court(), Some(today), "2026-12-31", key);
    assert_eq!(seen("2024-03-22"), seen("2024-03-28"));
    assert_eq!(seen("2024-03-26"), seen("2024-03-28"));
}

/// A review's: the claim of 2542 with an amorteringsplan in the policy: the case held back by
/// L0 holds the road again before the plan (not a plan for a debt before the court).
#[test]
fn a_case_held_back_holds_the_road_again_before_a_plan() {
    let mut claim = case_held_back_by_a_later_invoice();
    claim["steps"]
        .as_array_mut()
        .expect("steps")
        .push(json!({ "kind": "collectionDemand", "date": "2022-08-10" }));
    claim["payments"] = json!([
        { "date": "2022-06-24", "amount": "36000.00", "invoice": "F1" },
        { "date": "2022-09-12", "amount": "36000.00", "invoice": "L0" },
        { "date": "2022-09-20", "amount": "500.00", "invoice": "F2" }
    ]);
    let policy = json!({ "preset": "standard", "paymentPlan": {}, "court": {} });
    let seen = |today| stability::road(&claim, &policy, Some(today), "2026-12-31", key);
    let early = seen("2022-08-20");
    assert_eq!(early, seen("2022-09-11"));
    assert_eq!(early, seen("2022-09-13"));
    assert!(
        !early.0.iter().any(|e| e.starts_with("PaymentPlan")),
        "{early:?}"
    );
    assert!(
        early.0.iter().any(|e| e.starts_with("Judgment")),
        "{early:?}"
    );
}

/// A review's: the claim of 2542 with F2 paid on 2022-10-20, after the judgment's day and
/// before the betalningsföreläggande's: the case holds the road at the inkassokrav's deadline,
/// as once the inkassokrav is recorded.
#[test]
fn a_case_debt_paid_after_the_judgment_day_still_brings_the_judgment() {
    let mut claim = case_held_back_by_a_later_invoice();
    claim["payments"]
        .as_array_mut()
        .expect("payments")
        .push(json!({ "date": "2022-10-20", "amount": "15000.00", "invoice": "F2" }));
    assert_eq!(
        projected_judgments(&claim, &court(), Some("2022-10-07"), "2026-12-31"),
        ["2022-10-10"]
    );
    stability::stays_the_same_from(claim, &court(), Some("2022-10-07"), "2026-12-31", 2, key);
}

/// The court campaign's claim 3614: F1 disputed (2022-10-09) and before the court
/// (2022-10-28); the court path assumes its judgment on 2023-03-27, the day F1 is paid in full;
/// L0, not in the case, is owed. Judged at the start of its day, the judgment comes before that
/// day's payment (DOMAIN.md 8.5), whether the road is seen before that day or on it (seen on
/// it, the payment made the dispute moot and the case gave way to L0's road).
fn dispute_paid_on_the_judgment_day() -> Value {
    json!({
        "debtor": "business",
        "reminderFeeAgreed": true,
        "invoices": [
            { "number": "F1", "amount": "30000.00", "issueDate": "2022-08-19", "dueDate": "2022-09-18" },
            { "number": "L0", "amount": "1500.00", "issueDate": "2022-12-21", "dueDate": "2023-01-20" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2022-10-04", "paymentTermDays": 10 },
            { "kind": "dispute", "date": "2022-10-09" },
            { "kind": "courtAction", "date": "2022-10-28" }
        ],
        "payments": [
            { "date": "2023-03-27", "amount": "36000.00", "invoice": "F1" }
        ]
    })
}

#[test]
fn a_dispute_paid_on_the_judgment_day_is_judged_first_seen_before_or_on_that_day() {
    let claim = dispute_paid_on_the_judgment_day();
    let horizon = "2030-12-31";
    for today in ["2023-03-25", "2023-03-26", "2023-03-27"] {
        assert_eq!(
            projected_judgments(&claim, &court(), Some(today), horizon),
            ["2023-03-27"],
            "seen on {today}"
        );
    }
    let before = stability::road(&claim, &court(), Some("2023-03-25"), horizon, key);
    let on = stability::road(&claim, &court(), Some("2023-03-27"), horizon, key);
    assert_eq!(before, on);
    // The day after, the judgment is behind `today` and not recorded: the dispute is moot and
    // the road is L0's.
    assert!(projected_judgments(&claim, &court(), Some("2023-03-28"), horizon).is_empty());
}
