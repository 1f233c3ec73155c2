//! A disputed debt that the payments the history records pay (or credit notes cancel) is no
//! longer disputed from the day they do: the dispute holds the road until that day, and the
//! road goes on from it. The payments are facts of any `today`, so the timeline is the same
//! road however it is asked, and once its entries are recorded one by one (the projected
//! entries after the one recorded, their fees and what the claim comes to, are unchanged).
//! The timeline's stability check (a diff review's harness, stop 73) found two families that
//! went another way:
//! - a case projected on a dispute had its judgment projected 120 days after the filing,
//!   though a payment the day after the filing paid what the case was about; once the filing
//!   was recorded, the dispute was judged on the next day, moot, and the judgment went (seeds
//!   8730 and 4821 of the court path's sweep, the second with a further year of verkställighet
//!   recorded after the payment);
//! - without a court path, a dispute whose debt a later payment paid held the road for good
//!   while `today` was before that payment, and reopened it once `today` passed the payment
//!   (seed 11575: a further year of verkställighet recorded after the payment brought an
//!   inkassokrav, a betalningsföreläggande and a verkställighet for the invoice the dispute had
//!   held).

mod common;

use inkasso::timeline::{EntryStatus, Timeline, TimelineOptions};
use serde_json::{json, Value};

/// The timeline of `claim` under `policy` seen on `today`, to `horizon`.
fn timeline(claim: &Value, policy: &Value, today: Option<&str>, horizon: Option<&str>) -> Timeline {
    let c = common::claim(claim.clone()).expect("claim");
    let options = TimelineOptions {
        today: today.map(common::date),
        horizon: horizon.map(common::date),
        ..TimelineOptions::default()
    };
    inkasso::timeline::timeline(&c, &common::policy(policy.clone()), &options).expect("timeline")
}

/// The projected entries (kind, date, deadline, fees, what the claim comes to if paid on its
/// deadline or day) and the final total of the timeline of `claim` under `policy` seen on
/// `today`.
fn road(
    claim: &Value,
    policy: &Value,
    today: Option<&str>,
    horizon: Option<&str>,
) -> (Vec<String>, String) {
    let t = timeline(claim, policy, today, horizon);
    let projected = t
        .entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected)
        .map(|e| {
            let fees: Vec<String> = e.fees.iter().map(|f| f.amount.to_string()).collect();
            format!(
                "{:?} {} {:?} {} [{}] {}",
                e.kind,
                e.date,
                e.deadline,
                e.further_year,
                fees.join(" "),
                e.if_paid.total
            )
        })
        .collect();
    (projected, t.final_value.total.to_string())
}

/// The kinds and days of the projected entries.
fn kinds_and_days(road: &[String]) -> Vec<String> {
    road.iter()
        .map(|e| e.split(' ').take(2).collect::<Vec<_>>().join(" "))
        .collect()
}

/// Records the projected entries one by one (`rounds` of them, at most as many as there
/// are), each time on its day: the rest of the road and the final total stay as first
/// projected.
fn stays_the_same(mut claim: Value, policy: &Value, horizon: Option<&str>, rounds: usize) {
    let mut today: Option<String> = None;
    let (mut expected, final_total) = road(&claim, policy, None, horizon);
    for round in 0..rounds {
        let t = timeline(&claim, policy, today.as_deref(), horizon);
        let Some(first) = t
            .entries
            .iter()
            .find(|e| e.status == EntryStatus::Projected)
        else {
            break;
        };
        let record =
            serde_json::to_value(first.record.as_ref().expect("a record")).expect("record as JSON");
        let day = first.date.to_string();
        claim["steps"].as_array_mut().expect("steps").push(record);
        expected.remove(0);
        today = Some(today.map_or(day.clone(), |t| t.max(day)));
        let (now, now_final) = road(&claim, policy, today.as_deref(), horizon);
        assert_eq!(now, expected, "after recording {} entries", round + 1);
        assert_eq!(
            now_final,
            final_total,
            "final total after recording {} entries",
            round + 1
        );
    }
}

fn court() -> Value {
    json!({ "preset": "standard", "court": {} })
}

fn standard() -> Value {
    json!({ "preset": "standard" })
}

/// F1 demanded, sent to Kronofogden and disputed; F2, issued after the dispute (not
/// disputed), falls due while it stands and is held with it. `paid` pays F1 (designated).
fn disputed_then_paid(paid: &str) -> Value {
    json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "F1", "amount": "10000.00", "issueDate": "2020-01-01", "dueDate": "2020-01-31" },
            { "number": "F2", "amount": "5000.00", "issueDate": "2020-03-15", "dueDate": "2020-03-20" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2020-02-10" },
            { "kind": "paymentOrder", "date": "2020-03-02" },
            { "kind": "dispute", "date": "2020-03-10" }
        ],
        "payments": [
            { "date": paid, "amount": "12000.00", "invoice": "F1" }
        ]
    })
}

#[test]
fn a_case_paid_the_day_after_its_filing_is_not_judged() {
    // The court action is projected 14 days after the dispute (2020-03-24), F1 is paid the
    // next day: nothing is left to judge, and F2's road goes on from the payment (an
    // inkassokrav a week later), as it does once the court action is recorded.
    let claim = disputed_then_paid("2020-03-25");
    stays_the_same(claim.clone(), &court(), None, 4);
    let (first, _) = road(&claim, &court(), None, None);
    assert_eq!(
        kinds_and_days(&first),
        [
            "CourtAction 2020-03-24",
            "CollectionDemand 2020-04-01",
            "PaymentOrder 2020-04-24",
            "Enforcement 2020-06-08"
        ]
    );
}

#[test]
fn a_case_paid_before_its_judgment_is_the_same_road_whatever_today() {
    // The court action recorded, F1 paid six weeks later: no judgment, and F2's road goes on
    // from the payment seen on the filing day as seen the day after the payment.
    let mut claim = disputed_then_paid("2020-05-04");
    claim["steps"]
        .as_array_mut()
        .expect("steps")
        .push(json!({ "kind": "courtAction", "date": "2020-03-24" }));
    let on_filing = road(&claim, &court(), Some("2020-03-24"), None);
    let after_payment = road(&claim, &court(), Some("2020-05-05"), None);
    assert_eq!(on_filing.0, after_payment.0);
    assert!(!on_filing.0.iter().any(|e| e.starts_with("Judgment")));
    assert_eq!(
        kinds_and_days(&on_filing.0),
        [
            "CollectionDemand 2020-05-11",
            "PaymentOrder 2020-06-01",
            "Enforcement 2020-07-14"
        ]
    );
}

#[test]
fn a_case_paid_after_its_judgment_is_judged() {
    // Paid the day after the assumed judgment: the case is judged, and its verkställighet
    // follows (the judgment's debt paid the next day, F2's road goes on after it).
    let claim = disputed_then_paid("2020-07-23");
    let (first, _) = road(&claim, &court(), None, None);
    let kinds = kinds_and_days(&first);
    assert_eq!(
        kinds.get(..3),
        Some(
            &[
                "CourtAction 2020-03-24".to_owned(),
                "Judgment 2020-07-22".to_owned(),
                "Enforcement 2020-07-23".to_owned()
            ][..]
        )
    );
    stays_the_same(claim, &court(), None, 6);
}

#[test]
fn without_a_court_path_the_road_reopens_on_the_payment_whatever_today() {
    // No court path: the dispute holds the road until F1 is paid (2020-06-15), then F2's road
    // goes on from that day, seen before the payment as after it.
    let claim = disputed_then_paid("2020-06-15");
    let before = road(&claim, &standard(), None, None);
    let after = road(&claim, &standard(), Some("2020-06-16"), None);
    assert_eq!(before, after);
    assert_eq!(
        kinds_and_days(&before.0),
        [
            "CollectionDemand 2020-06-22",
            "PaymentOrder 2020-07-13",
            "Enforcement 2020-08-25"
        ]
    );
}

#[test]
fn a_dispute_paid_between_further_years_reopens_the_road_when_projected() {
    // F1 under verkställighet; X, issued after its title's case, disputed; F2, issued after
    // the dispute, held with it. X is paid on 2021-06-01, between the further years of F1's
    // verkställighet: F2's road goes on from that day when projected, as once a further year
    // after the payment is recorded.
    let claim = json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "F1", "amount": "10000.00", "issueDate": "2020-01-01", "dueDate": "2020-01-31" },
            { "number": "X", "amount": "3000.00", "issueDate": "2020-05-01", "dueDate": "2020-05-31" },
            { "number": "F2", "amount": "5000.00", "issueDate": "2020-06-01", "dueDate": "2020-07-01" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2020-02-10" },
            { "kind": "paymentOrder", "date": "2020-03-02" },
            { "kind": "enforcement", "date": "2020-04-20" },
            { "kind": "dispute", "date": "2020-05-10" }
        ],
        "payments": [
            { "date": "2021-06-01", "amount": "3500.00", "invoice": "X" }
        ]
    });
    let horizon = Some("2023-12-31");
    stays_the_same(claim.clone(), &standard(), horizon, 6);
    let (first, _) = road(&claim, &standard(), None, horizon);
    assert_eq!(
        kinds_and_days(&first),
        [
            "Enforcement 2021-04-20",
            "CollectionDemand 2021-06-08",
            "PaymentOrder 2021-06-28",
            "Enforcement 2021-08-10",
            "Enforcement 2022-04-20",
            "Enforcement 2023-04-20"
        ]
    );
}
