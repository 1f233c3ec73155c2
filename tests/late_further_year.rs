//! A further year of verkställighet recorded late (after the anniversary, within the year
//! after it) is that year's grundavgift once the years before it are taken into account, in
//! the first projection as once they are recorded. Before, a history settled only without a
//! missed year's fee gave a road that moved once that year was recorded: the timeline
//! projected the missed year 2017-03-20, then the anniversary 2018-03-20 before the recorded
//! further year of 2018-04-02 (then `FEE_ALREADY_CHARGED`), and once 2017-03-20 was recorded,
//! the recorded one was charged and the years ran from it (a review, stop 71, seed 152).

mod common;

use serde_json::{json, Value};

fn claim(extra: &[Value]) -> inkasso::Claim {
    let mut steps = vec![
        json!({ "kind": "collectionDemand", "date": "2016-01-14" }),
        json!({ "kind": "paymentOrder", "date": "2016-02-04" }),
        json!({ "kind": "enforcement", "date": "2016-03-20" }),
        json!({ "kind": "collectionDemand", "date": "2017-01-21", "fee": false }),
        json!({ "kind": "paymentOrder", "date": "2017-02-04", "fee": false }),
        json!({ "kind": "enforcement", "date": "2017-03-19" }),
        json!({ "kind": "enforcement", "date": "2018-04-02", "furtherYear": true }),
    ];
    steps.extend(extra.iter().cloned());
    common::claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "4000.00", "issueDate": "2015-12-04", "dueDate": "2016-01-03" },
            { "number": "B", "amount": "3000.00", "issueDate": "2016-12-11", "dueDate": "2017-01-10" }
        ],
        "steps": Value::Array(steps),
        "payments": [
            { "date": "2017-03-24", "amount": "3645.00", "invoice": "B" },
            { "date": "2017-12-18", "amount": "6055.77", "invoice": "A" }
        ]
    }))
    .expect("claim")
}

fn road(c: &inkasso::Claim) -> Vec<(String, String)> {
    let policy = common::policy(json!({ "preset": "standard" }));
    let options = inkasso::timeline::TimelineOptions {
        today: Some(common::date("2019-04-02")),
        horizon: Some(common::date("2021-04-02")),
        ..inkasso::timeline::TimelineOptions::default()
    };
    inkasso::timeline::timeline(c, &policy, &options)
        .expect("timeline")
        .entries
        .iter()
        .filter(|e| e.status == inkasso::timeline::EntryStatus::Projected)
        .map(|e| (format!("{:?}", e.kind), e.date.to_string()))
        .collect()
}

fn enforcement(days: &[&str]) -> Vec<(String, String)> {
    days.iter()
        .map(|d| ("Enforcement".to_owned(), (*d).to_owned()))
        .collect()
}

#[test]
fn the_missed_year_then_the_recorded_one() {
    let first = road(&claim(&[]));
    assert_eq!(
        first,
        enforcement(&["2017-03-20", "2019-04-02", "2020-04-02", "2021-04-02"])
    );
    let recorded =
        claim(&[json!({ "kind": "enforcement", "date": "2017-03-20", "furtherYear": true })]);
    assert_eq!(road(&recorded), first[1..]);
}

#[test]
fn the_recorded_year_is_charged_on_the_timelines_figures() {
    let policy = common::policy(json!({ "preset": "standard" }));
    let options = inkasso::timeline::TimelineOptions {
        today: Some(common::date("2019-04-02")),
        horizon: Some(common::date("2021-04-02")),
        ..inkasso::timeline::TimelineOptions::default()
    };
    let t = inkasso::timeline::timeline(&claim(&[]), &policy, &options).expect("timeline");
    let recorded = t
        .entries
        .iter()
        .find(|e| {
            e.status == inkasso::timeline::EntryStatus::Taken && e.date.to_string() == "2018-04-02"
        })
        .expect("the recorded further year");
    let fees: Vec<String> = recorded.fees.iter().map(|f| f.amount.to_string()).collect();
    assert_eq!(fees, ["600.00"]);
    assert_eq!(t.final_value.total.to_string(), "3186.38");
}

/// A further year whose renewed debt is paid, while another invoice is owed but not yet due:
/// its reason is the paid debt (`CLAIM_SETTLED`, "the debt under enforcement was already
/// paid"), as when another invoice is overdue, not "not overdue" (a review, stop 71).
#[test]
fn a_further_year_of_a_paid_debt_before_another_invoice_falls_due() {
    let c = common::claim(json!({
        "debtor": "business",
        "invoices": [
            { "number": "A1", "amount": "19600.00", "issueDate": "2017-04-29", "dueDate": "2017-05-29" },
            { "number": "B1", "amount": "20000.00", "issueDate": "2020-07-31", "dueDate": "2020-08-30" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2017-06-10" },
            { "kind": "paymentOrder", "date": "2017-07-02" },
            { "kind": "enforcement", "date": "2017-08-19" },
            { "kind": "enforcement", "date": "2020-08-06", "furtherYear": true }
        ],
        "payments": [{ "date": "2017-09-20", "amount": "21789.13", "invoice": "A1" }]
    }))
    .expect("claim");
    let s = inkasso::statement(
        &c,
        &inkasso::StatementOptions::new(common::date("2020-12-31")),
    )
    .expect("statement");
    let on_step: Vec<(&str, String)> = s
        .warnings
        .iter()
        .filter(|w| w.field().as_deref() == Some("steps[3]"))
        .map(|w| (w.code.as_str(), w.text().en))
        .collect();
    assert_eq!(
        on_step,
        [(
            "CLAIM_SETTLED",
            "No basic fee for a new year of enforcement from 2020-08-06: the debt under enforcement was already paid or credited.".to_owned()
        )]
    );
}
