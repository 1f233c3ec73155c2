//! Two reviews of stop 69. A preskription review (an independent model of preskriptionslagen
//! against `limitation`, 2 500 claims agreed) found the timeline projecting a
//! betalningsföreläggande and its verkställighet on a claim whose every invoice was time-barred,
//! and `check` passing the application once recorded: its case held no invoice of its own (an
//! earlier verkställighet had decided both), so nothing it was read as demanding was
//! time-barred. A review of quotes ("pay what we quote for day X, on day X, and you are done",
//! 10 500 claims) found the timeline projecting the verkställighet of a judgment's costs on the
//! very day a payment settled them, its grundavgift then left owed.

mod common;

use common::titles::{projected, timeline};

use inkasso::compliance::{check, FindingCode};
use inkasso::timeline::EntryKind;
use inkasso::{statement, Claim, StatementOptions};
use serde_json::json;

fn standard() -> inkasso::policy::Policy {
    inkasso::policy::Policy::preset(inkasso::policy::PresetId::Standard)
}

/// A consumer's two invoices: A (2 500 kr, 2010) time-barred on 2013-04-21, B (300 kr, due
/// 2014-04-07) under a verkställighet of 2014-04-13 on a title the history does not record,
/// time-barred on 2018-04-13; an inkassokrav sent again on 2020-10-27, and `more` steps.
fn barred_claim(more: &[serde_json::Value]) -> Claim {
    let mut steps = vec![
        json!({ "kind": "collectionDemand", "date": "2010-04-21", "paymentTermDays": 10 }),
        json!({ "kind": "enforcement", "date": "2014-04-13" }),
        json!({ "kind": "collectionDemand", "date": "2020-10-27", "paymentTermDays": 10 }),
    ];
    steps.extend(more.iter().cloned());
    common::claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "2500.00", "issueDate": "2010-02-09", "dueDate": "2010-04-10" },
            { "number": "B", "amount": "300.00", "issueDate": "2014-03-07", "dueDate": "2014-04-06" }
        ],
        "steps": steps
    }))
    .expect("claim")
}

#[test]
fn no_betalningsforelaggande_is_projected_on_a_claim_wholly_time_barred() {
    let c = barred_claim(&[]);
    let l = inkasso::limitation::limitation(&c).expect("limitation");
    let dates: Vec<String> = l
        .invoices
        .iter()
        .map(|i| i.preskription_date.to_string())
        .collect();
    assert_eq!(dates, ["2013-04-21", "2018-04-13"]);
    let t = timeline(&c, &standard(), "2020-10-28", "2021-06-30");
    assert_eq!(projected(&t), Vec::<(EntryKind, String)>::new());
}

#[test]
fn check_flags_a_betalningsforelaggande_of_a_time_barred_debt_its_case_holding_nothing_new() {
    let c = barred_claim(&[json!({ "kind": "paymentOrder", "date": "2020-11-16" })]);
    let on_the_order: Vec<FindingCode> = check(&c, None)
        .expect("check")
        .iter()
        .filter(|f| f.step == Some(3))
        .map(|f| f.code)
        .collect();
    assert_eq!(
        on_the_order,
        [
            FindingCode::TimeBarredDemanded,
            FindingCode::TimeBarredDemanded
        ],
        "one per invoice, as for the inkassokrav before it"
    );
    // A betalningsföreläggande for an invoice of its own is judged on that invoice alone: C,
    // issued in 2020 and overdue, is not time-barred, so the application is lawful.
    let mut with_c = c.clone();
    with_c.invoices.push(inkasso::Invoice::new(
        "C",
        inkasso::Money::parse("400.00").expect("amount"),
        common::date("2020-09-01"),
        Some(common::date("2020-10-01")),
    ));
    let on_the_order: Vec<FindingCode> = check(&with_c, None)
        .expect("check")
        .iter()
        .filter(|f| f.step == Some(3))
        .map(|f| f.code)
        .collect();
    assert_eq!(on_the_order, Vec::<FindingCode>::new());
}

/// A business invoice credited in full after a betalningsföreläggande; the judgment of
/// 2018-02-02 awards 513.32 kr of costs. `payments` after.
fn costs_only(payments: serde_json::Value) -> Claim {
    common::claim(json!({
        "debtor": "business",
        "invoices": [{ "number": "F1000", "amount": "690.83", "issueDate": "2017-10-02", "dueDate": "2017-11-01" }],
        "steps": [
            { "kind": "collectionDemand", "date": "2017-11-19", "paymentTermDays": 10 },
            { "kind": "paymentOrder", "date": "2017-12-12" },
            { "kind": "judgment", "date": "2018-02-02", "costs": "513.32" }
        ],
        "credits": [{ "invoice": "F1000", "date": "2017-12-13", "amount": "690.83" }],
        "payments": payments
    }))
    .expect("claim")
}

#[test]
fn no_verkstallighet_of_costs_is_projected_on_the_day_a_payment_settles_them() {
    let unpaid = costs_only(json!([]));
    let quote = statement(&unpaid, &StatementOptions::new(common::date("2018-07-23")))
        .expect("quote")
        .total;
    assert_eq!(quote.to_string(), "1649.14");
    // Unpaid that day: the costs' verkställighet is projected on it.
    let t = timeline(&unpaid, &standard(), "2018-07-23", "2018-12-31");
    assert_eq!(
        projected(&t).first(),
        Some(&(EntryKind::Enforcement, "2018-07-23".to_owned()))
    );
    // Paid that day: nothing, as for a claim whose capital that payment settles.
    let paid = costs_only(json!([{ "date": "2018-07-23", "amount": quote.to_string() }]));
    let s = statement(&paid, &StatementOptions::new(common::date("2018-07-23"))).expect("s");
    assert_eq!(s.total.to_string(), "0.00");
    for today in ["2018-07-23", "2018-07-24"] {
        let t = timeline(&paid, &standard(), today, "2018-12-31");
        assert_eq!(projected(&t), Vec::<(EntryKind, String)>::new(), "{today}");
        assert_eq!(t.final_value.total.to_string(), "0.00", "{today}");
    }
    // A part payment that leaves costs unpaid at the end of the day: the verkställighet is
    // projected. (One öre short would leave only interest, for which no title is enforced.)
    let short = costs_only(json!([{ "date": "2018-07-23", "amount": "1000.00" }]));
    let t = timeline(&short, &standard(), "2018-07-23", "2018-12-31");
    assert_eq!(
        projected(&t).first(),
        Some(&(EntryKind::Enforcement, "2018-07-23".to_owned()))
    );
}
