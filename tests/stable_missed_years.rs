//! A timeline that projects further years of verkställighet the history does not record
//! (missed years) is the same road once they are recorded, one by one: the projected entries
//! after the one recorded, their fees and what the claim comes to, are unchanged. Two
//! histories found by the timeline's stability check (a diff review's harness, stop 71) went
//! another way once a year was recorded:
//! - a further year recorded after the anniversary of the last, renewing only a paid debt (the
//!   engine charges it nothing, `CLAIM_SETTLED`), started the claim's year once that last
//!   year was recorded, so the anniversary's year, owed for another case's debt, was no
//!   longer projected (seed 1688);
//! - a history settled by its payments, but for the fees of the missed years that its
//!   payments pay first, projected those years and nothing after them: the invoice they left
//!   unpaid went on to be time-barred, while the same history with the first year recorded
//!   went on to an inkassokrav for it (seed 2055);
//! - with the first fix, a verkställighet projected for an invoice a title left out, after
//!   a further year recorded late that the projection reads as the year's grundavgift, started
//!   the claim's year, and once the missed year before was recorded it did not (seeds 2415
//!   and 1377 of the diff harness, the second on the court path);
//! - a year missed between two recorded ones (one recorded days early, the next more than a
//!   year after it) was projected only once the years before it were recorded (seed 17154);
//! - a verkställighet on a judgment projected on the anniversary of a further year, the day
//!   after the last recorded step, moved to the next day once the year was recorded (seed
//!   18566).

mod common;

use common::stability::{self, paid_renewal};
use inkasso::timeline::Entry;
use serde_json::{json, Value};

/// Each projected entry as the check compares it: kind, date, what the claim comes to if paid on its day.
fn key(e: &Entry) -> String {
    format!("{:?} {} {}", e.kind, e.date, e.if_paid.total)
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

#[test]
fn a_late_further_year_renewing_a_paid_debt_starts_no_year() {
    let policy = json!({ "preset": "standard" });
    let (first, _) = road(&paid_renewal(), &policy, None, "2028-08-15");
    // The missed years 2022-07-12 and 2023-07-12 of the first title's case (F1's capital is
    // owed after the payment of 2022-08-13 paid F2's), then its years on.
    assert_eq!(
        first
            .iter()
            .map(|e| e.split(' ').nth(1).unwrap_or(""))
            .collect::<Vec<_>>(),
        [
            "2022-07-12",
            "2023-07-12",
            "2024-07-12",
            "2025-07-12",
            "2026-07-12",
            "2027-07-12",
            "2028-07-12"
        ]
    );
    stays_the_same(paid_renewal(), &policy, "2028-08-15", 3);
}

#[test]
fn the_late_further_year_is_charged_nothing() {
    // The engine's reading the timeline follows: recorded after the anniversary of the last
    // year, it renews the second title's case (paid), not the first's.
    let mut claim = paid_renewal();
    claim["steps"]
        .as_array_mut()
        .expect("steps")
        .push(json!({ "kind": "enforcement", "date": "2022-07-12", "furtherYear": true }));
    let s = common::run({
        let mut input = claim;
        input["asOf"] = json!("2024-01-01");
        input
    })
    .expect("statement");
    assert!(common::has_warning(
        &s,
        inkasso::warning::WarningCode::ClaimSettled,
        Some("steps[7]")
    ));
}

fn settled_but_for_missed_years() -> Value {
    json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "F1", "amount": "2213.00", "issueDate": "2018-04-03", "dueDate": "2018-05-03" },
            { "number": "F2", "amount": "12500.00", "issueDate": "2018-12-03", "dueDate": "2019-01-02" },
            { "number": "X", "amount": "3000.00", "issueDate": "2018-08-09", "dueDate": "2019-09-13" }
        ],
        "steps": [
            { "kind": "paymentOrder", "date": "2018-06-10" },
            { "kind": "enforcement", "date": "2018-08-17" },
            { "kind": "courtAction", "date": "2019-03-10" },
            { "kind": "judgment", "date": "2019-05-27" },
            { "kind": "enforcement", "date": "2019-06-14" },
            { "kind": "enforcement", "date": "2021-02-25", "furtherYear": true }
        ],
        "payments": [
            { "date": "2019-06-23", "amount": "900.00" },
            { "date": "2021-02-01", "amount": "23000.00", "invoice": "F2" }
        ]
    })
}

#[test]
fn missed_years_that_leave_the_claim_owed_reopen_the_road() {
    let policy = json!({ "preset": "standard", "court": {} });
    let (first, final_total) = road(&settled_but_for_missed_years(), &policy, None, "2024-02-26");
    let kinds: Vec<&str> = first
        .iter()
        .map(|e| e.split(' ').next().unwrap_or(""))
        .collect();
    // The two missed years, then X's road: it is owed once their fees are paid first.
    assert_eq!(
        kinds,
        [
            "Enforcement",
            "Enforcement",
            "CollectionDemand",
            "PaymentOrder",
            "Enforcement",
            "Enforcement",
            "Enforcement"
        ]
    );
    assert_ne!(final_total, "0.00");
    stays_the_same(settled_but_for_missed_years(), &policy, "2024-02-26", 4);
}

#[test]
fn missed_years_the_payments_still_cover_keep_the_history_closed() {
    // Paid enough for the missed years' fees too: the claim is settled, and nothing but those
    // years is projected (no inkassokrav for a paid invoice).
    let mut claim = settled_but_for_missed_years();
    claim["payments"][1]["amount"] = json!("30000.00");
    let policy = json!({ "preset": "standard", "court": {} });
    let (first, _) = road(&claim, &policy, None, "2024-02-26");
    assert_eq!(
        first
            .iter()
            .map(|e| e.split(' ').take(2).collect::<Vec<_>>().join(" "))
            .collect::<Vec<_>>(),
        ["Enforcement 2019-08-17", "Enforcement 2020-08-17"]
    );
}

#[test]
fn a_late_further_year_holds_the_claims_year_for_a_later_title() {
    let claim = json!({
        "debtor": "consumer",
        "reminderFeeAgreed": false,
        "invoices": [
            {
                "number": "F1",
                "amount": "49411.00",
                "issueDate": "2018-08-23",
                "dueDate": "2018-09-22"
            },
            {
                "number": "F2",
                "amount": "45000.00",
                "issueDate": "2019-05-09",
                "dueDate": "2019-06-08"
            },
            {
                "number": "X",
                "amount": "3000.00",
                "issueDate": "2019-08-02",
                "dueDate": "2019-10-01"
            }
        ],
        "steps": [
            {
                "kind": "enforcement",
                "date": "2019-01-21"
            },
            {
                "kind": "paymentOrder",
                "date": "2019-07-09"
            },
            {
                "kind": "enforcement",
                "date": "2019-12-15"
            },
            {
                "kind": "enforcement",
                "date": "2020-01-16",
                "furtherYear": true
            },
            {
                "kind": "enforcement",
                "date": "2021-01-16",
                "furtherYear": true
            },
            {
                "kind": "enforcement",
                "date": "2022-08-24",
                "furtherYear": true
            },
            {
                "kind": "enforcement",
                "date": "2023-08-24",
                "furtherYear": true
            }
        ],
        "payments": [
            {
                "date": "2021-07-02",
                "amount": "75000.00",
                "invoice": "F2"
            }
        ]
    });
    let policy = json!({ "preset": "standard" });
    let (first, _) = road(&claim, &policy, None, "2027-08-25");
    // X's own verkställighet does not start the year: the further years run from the one
    // recorded late (2023-08-24), whose case is owed.
    assert!(
        first
            .iter()
            .any(|e| e.starts_with("Enforcement 2024-08-24 ")),
        "{first:?}"
    );
    stays_the_same(claim, &policy, "2027-08-25", 3);
}

#[test]
fn a_missed_year_before_a_later_case_on_the_court_path() {
    let claim = json!({
        "debtor": "consumer",
        "reminderFeeAgreed": true,
        "invoices": [
            {
                "number": "F1",
                "amount": "7022.00",
                "issueDate": "2014-12-09",
                "dueDate": "2015-01-08"
            },
            {
                "number": "F2",
                "amount": "12500.00",
                "issueDate": "2015-09-06",
                "dueDate": "2015-10-06"
            },
            {
                "number": "X",
                "amount": "20000.00",
                "issueDate": "2015-08-08",
                "dueDate": "2016-09-11"
            }
        ],
        "steps": [
            {
                "kind": "reminder",
                "date": "2015-01-22"
            },
            {
                "kind": "collectionDemand",
                "date": "2015-02-16"
            },
            {
                "kind": "paymentOrder",
                "date": "2015-03-27"
            },
            {
                "kind": "enforcement",
                "date": "2015-05-22"
            },
            {
                "kind": "dispute",
                "date": "2015-08-23"
            },
            {
                "kind": "collectionDemand",
                "date": "2015-10-20"
            },
            {
                "kind": "paymentOrder",
                "date": "2015-11-20"
            },
            {
                "kind": "enforcement",
                "date": "2016-01-12"
            },
            {
                "kind": "judgment",
                "date": "2016-02-24"
            },
            {
                "kind": "enforcement",
                "date": "2016-03-08"
            },
            {
                "kind": "enforcement",
                "date": "2017-05-22",
                "furtherYear": true
            }
        ],
        "payments": []
    });
    let policy = json!({ "preset": "standard", "court": {} });
    stays_the_same(claim, &policy, "2021-05-23", 3);
}

#[test]
fn steps_recorded_after_the_settlement_keep_the_history_closed() {
    // Settled by the payment of 2014-07-17 but for the missed year 2014-05-23; a case, its
    // judgment and a verkställighet recorded after it were judged on that settlement. The
    // road is not opened again: it would replace the recorded verkställighet with one of the
    // next day, which went once the missed year was recorded (the stability check, seed 4241).
    let claim = json!({
        "debtor": "business",
        "reminderFeeAgreed": false,
        "invoices": [
            {
                "number": "F1",
                "amount": "1500.00",
                "issueDate": "2012-12-28",
                "dueDate": "2013-01-27"
            },
            {
                "number": "F2",
                "amount": "1654.00",
                "issueDate": "2014-05-29",
                "dueDate": "2014-06-28"
            }
        ],
        "steps": [
            {
                "kind": "collectionDemand",
                "date": "2013-02-10"
            },
            {
                "kind": "paymentOrder",
                "date": "2013-03-14"
            },
            {
                "kind": "enforcement",
                "date": "2013-05-23"
            },
            {
                "kind": "reminder",
                "date": "2014-07-01"
            },
            {
                "kind": "collectionDemand",
                "date": "2014-07-15"
            },
            {
                "kind": "courtAction",
                "date": "2014-08-24"
            },
            {
                "kind": "judgment",
                "date": "2014-11-02"
            },
            {
                "kind": "enforcement",
                "date": "2014-11-11"
            }
        ],
        "payments": [
            {
                "date": "2014-07-17",
                "amount": "5400.00",
                "invoice": "F1"
            },
            {
                "date": "2016-02-13",
                "amount": "5400.00",
                "invoice": "F1"
            }
        ]
    });
    let policy = json!({ "preset": "standard" });
    let (first, _) = road(&claim, &policy, None, "2016-11-12");
    assert!(
        first
            .iter()
            .all(|e| !e.starts_with("Enforcement 2014-11-12")),
        "{first:?}"
    );
    stays_the_same(claim, &policy, "2016-11-12", 1);
}

#[test]
fn nothing_is_projected_on_the_day_of_a_projected_further_year() {
    // The last recorded step is a further year a day before the anniversary: the anniversary's
    // year and the verkställighet on the judgment both fell on 2015-02-25, and once the year
    // was recorded the verkställighet moved to the next day (nothing is projected on the last
    // recorded step's day). It is projected on the next day from the start (the stability
    // check, seed 18566).
    let claim = json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "F1", "amount": "1000.00", "issueDate": "2013-11-02", "dueDate": "2013-12-02" },
            { "number": "X", "amount": "1000.00", "issueDate": "2014-04-11", "dueDate": "2014-06-10" }
        ],
        "steps": [
            { "kind": "enforcement", "date": "2014-02-25" },
            { "kind": "judgment", "date": "2014-10-09" },
            { "kind": "enforcement", "date": "2015-02-24", "furtherYear": true }
        ]
    });
    let policy = json!({ "preset": "standard" });
    let (first, _) = road(&claim, &policy, None, "2015-03-31");
    let days: Vec<&str> = first.iter().filter_map(|e| e.split(' ').nth(1)).collect();
    assert_eq!(days, ["2015-02-25", "2015-02-26"], "{first:?}");
    stays_the_same(claim, &policy, "2015-03-31", 1);
}

#[test]
fn a_year_missed_between_two_recorded_ones_is_projected() {
    // Further years recorded on 2020-07-17 (ten days before the anniversary: no fee), on
    // 2021-07-17 and on 2022-09-26: the anniversaries 2020-07-27 and 2021-07-27 are missed, and
    // 2022-09-26 is the year after them, recorded late. Once 2020-07-27 was recorded, the
    // taken 2022-09-26 started the claim's year and 2021-07-27 was no longer projected.
    let claim = json!({
        "debtor": "business",
        "reminderFeeAgreed": false,
        "invoices": [
            {
                "number": "F1",
                "amount": "1500.00",
                "issueDate": "2018-12-13",
                "dueDate": "2019-01-12"
            },
            {
                "number": "X",
                "amount": "20000.00",
                "issueDate": "2019-09-13",
                "dueDate": "2020-03-31"
            }
        ],
        "steps": [
            {
                "kind": "collectionDemand",
                "date": "2019-01-18"
            },
            {
                "kind": "paymentOrder",
                "date": "2019-02-23"
            },
            {
                "kind": "dispute",
                "date": "2019-03-08"
            },
            {
                "kind": "courtAction",
                "date": "2019-03-23"
            },
            {
                "kind": "judgment",
                "date": "2019-07-05"
            },
            {
                "kind": "enforcement",
                "date": "2019-07-27"
            },
            {
                "kind": "dispute",
                "date": "2019-09-26"
            },
            {
                "kind": "courtAction",
                "date": "2020-01-01"
            },
            {
                "kind": "judgment",
                "date": "2020-04-27"
            },
            {
                "kind": "enforcement",
                "date": "2020-07-17",
                "furtherYear": true
            },
            {
                "kind": "enforcement",
                "date": "2021-07-17",
                "furtherYear": true
            },
            {
                "kind": "enforcement",
                "date": "2022-09-26",
                "furtherYear": true
            }
        ],
        "payments": [
            {
                "date": "2020-12-18",
                "amount": "6000.00"
            }
        ]
    });
    let policy = json!({ "preset": "standard" });
    let (first, _) = road(&claim, &policy, None, "2023-01-01");
    let days: Vec<&str> = first.iter().filter_map(|e| e.split(' ').nth(1)).collect();
    assert_eq!(days, ["2020-07-27", "2021-07-27"], "{first:?}");
    stays_the_same(claim, &policy, "2023-01-01", 2);
}

#[test]
fn every_gap_between_recorded_years_is_projected() {
    // Two gaps: 2019-10-16 between the application and the further year of 2020-10-16, and
    // 2021-10-16 before the one of 2022-12-04. A first version kept only the latest gap, and
    // once 2021-10-16 was recorded the earlier one showed (the sweep, seed 8795).
    let claim = json!({
        "debtor": "consumer",
        "reminderFeeAgreed": true,
        "invoices": [
            {
                "number": "F1",
                "amount": "5896.00",
                "issueDate": "2018-06-15",
                "dueDate": "2018-07-15"
            }
        ],
        "steps": [
            {
                "kind": "reminder",
                "date": "2018-07-22"
            },
            {
                "kind": "collectionDemand",
                "date": "2018-08-07"
            },
            {
                "kind": "paymentOrder",
                "date": "2018-08-28"
            },
            {
                "kind": "enforcement",
                "date": "2018-10-16"
            },
            {
                "kind": "enforcement",
                "date": "2020-10-16",
                "furtherYear": true
            },
            {
                "kind": "enforcement",
                "date": "2022-12-04",
                "furtherYear": true
            }
        ]
    });
    let policy = json!({ "preset": "standard" });
    let (first, _) = road(&claim, &policy, None, "2023-01-01");
    let days: Vec<&str> = first.iter().filter_map(|e| e.split(' ').nth(1)).collect();
    assert_eq!(days, ["2019-10-16", "2021-10-16"], "{first:?}");
    stays_the_same(claim, &policy, "2023-01-01", 2);
}

#[test]
fn a_gap_follows_the_year_moved_to_a_later_title() {
    // The first title's debt paid on 2016-09-17: the claim's year runs from the judgment's
    // verkställighet of 2016-05-25, so the years missed before the further year of 2019-04-22
    // are its anniversaries, not the first application's (the sweep, seed 3236).
    let claim = json!({
        "debtor": "business",
        "reminderFeeAgreed": true,
        "invoices": [
            {
                "number": "F1",
                "amount": "1500.00",
                "issueDate": "2015-05-14",
                "dueDate": "2015-06-13"
            },
            {
                "number": "X",
                "amount": "3000.00",
                "issueDate": "2015-10-14",
                "dueDate": "2015-12-13"
            }
        ],
        "steps": [
            {
                "kind": "collectionDemand",
                "date": "2015-06-20"
            },
            {
                "kind": "paymentOrder",
                "date": "2015-07-21"
            },
            {
                "kind": "enforcement",
                "date": "2015-09-27"
            },
            {
                "kind": "dispute",
                "date": "2015-11-13"
            },
            {
                "kind": "judgment",
                "date": "2016-05-14"
            },
            {
                "kind": "enforcement",
                "date": "2016-05-25"
            },
            {
                "kind": "enforcement",
                "date": "2019-04-22",
                "furtherYear": true
            }
        ],
        "payments": [
            {
                "date": "2016-09-17",
                "amount": "5400.00",
                "invoice": "F1"
            },
            {
                "date": "2019-10-30",
                "amount": "5400.00",
                "invoice": "F1"
            }
        ]
    });
    let policy = json!({ "preset": "standard" });
    let (first, _) = road(&claim, &policy, None, "2019-05-01");
    assert!(first.iter().all(|e| !e.contains("-09-27 ")), "{first:?}");
    stays_the_same(claim, &policy, "2019-05-01", 1);
}
