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

/// The codes of `check`'s findings (no policy) about the step at `step`.
fn codes_on(c: &Claim, step: usize) -> Vec<FindingCode> {
    check(c, None)
        .expect("check")
        .iter()
        .filter(|f| f.step == Some(step))
        .map(|f| f.code)
        .collect()
}

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
    let on_the_order = codes_on(&c, 3);
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
    let on_the_order = codes_on(&with_c, 3);
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

/// A consumer invoice of 28 528.28 kr; an inkassokrav, a betalningsföreläggande of 2016-09-10
/// and a stämningsansökan of 2016-11-11 (no dispute recorded: a case of its own).
fn sued_after_an_order() -> Claim {
    common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "28528.28", "issueDate": "2016-03-09", "dueDate": "2016-03-23" }],
        "steps": [
            { "kind": "collectionDemand", "date": "2016-06-26", "paymentTermDays": 14 },
            { "kind": "paymentOrder", "date": "2016-09-10" },
            { "kind": "courtAction", "date": "2016-11-11" }
        ]
    }))
    .expect("claim")
}

#[test]
fn nothing_is_projected_among_the_recorded_steps_and_a_recorded_step_keeps_its_fee() {
    let c = sued_after_an_order();
    let quote = statement(&c, &StatementOptions::new(common::date("2016-11-11"))).expect("quote");
    let court_fee = |fee_lines: Vec<(inkasso::fees::FeeKind, String)>| {
        fee_lines
            .into_iter()
            .find(|(kind, _)| *kind == inkasso::fees::FeeKind::CourtFee)
            .map(|(_, amount)| amount)
    };
    assert_eq!(
        court_fee(
            quote
                .fee_lines
                .iter()
                .map(|l| (l.kind, l.amount.to_string()))
                .collect()
        ),
        Some("2800.00".to_owned())
    );
    // Whatever `today`, before or on the stämningsansökan's day: the verkställighet on the
    // order's utslag comes after it, and the stämningsansökan keeps the statement's fee (it
    // was priced at 900 kr, as about no invoice, with the verkställighet projected before it).
    for today in ["2016-09-11", "2016-11-11"] {
        let t = timeline(&c, &standard(), today, "2016-12-31");
        let first = projected(&t).first().cloned();
        assert_eq!(
            first,
            Some((EntryKind::Enforcement, "2016-11-14".to_owned())),
            "{today}"
        );
        let action = t
            .entries
            .iter()
            .find(|e| e.kind == EntryKind::CourtAction)
            .expect("the stämningsansökan");
        assert_eq!(
            court_fee(
                action
                    .fees
                    .iter()
                    .map(|f| (f.kind, f.amount.to_string()))
                    .collect()
            ),
            Some("2800.00".to_owned()),
            "{today}"
        );
        assert_eq!(action.if_paid.total, quote.total, "{today}");
    }
}

/// A further year of verkställighet projected before `today` says it is not recorded: the
/// preskription review (stop 69) found the timeline keeping a debt alive with years projected a
/// decade back while `statement` and `limitation` called it time-barred, with nothing said.
#[test]
fn a_further_year_projected_before_today_says_it_is_not_recorded() {
    let c = common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "A", "amount": "2500.00", "issueDate": "2010-02-09", "dueDate": "2010-04-10" }],
        "steps": [
            { "kind": "collectionDemand", "date": "2010-04-21", "paymentTermDays": 10 },
            { "kind": "paymentOrder", "date": "2010-05-05" },
            { "kind": "judgment", "date": "2010-05-20" },
            { "kind": "enforcement", "date": "2010-06-01" }
        ]
    }))
    .expect("claim");
    let not_recorded = "The year falls before today (2012-10-28) but is not recorded";
    let t = timeline(&c, &standard(), "2012-10-28", "2014-12-31");
    let years: Vec<(String, bool)> = t
        .entries
        .iter()
        .filter(|e| e.kind == EntryKind::Enforcement && e.further_year)
        .map(|e| {
            (
                e.date.to_string(),
                e.notes
                    .iter()
                    .any(|n| inkasso::text::warning(n).en.starts_with(not_recorded)),
            )
        })
        .collect();
    assert_eq!(
        years,
        [
            ("2011-06-01".to_owned(), true),
            ("2012-06-01".to_owned(), true),
            ("2013-06-01".to_owned(), false),
            ("2014-06-01".to_owned(), false),
        ]
    );
    // Without `today`, nothing is before it.
    let options = inkasso::timeline::TimelineOptions {
        horizon: Some(common::date("2012-12-31")),
        ..inkasso::timeline::TimelineOptions::default()
    };
    let t = inkasso::timeline::timeline(&c, &standard(), &options).expect("timeline");
    assert!(t
        .entries
        .iter()
        .flat_map(|e| &e.notes)
        .all(|n| !inkasso::text::warning(n).en.contains("but is not recorded")));
}

/// A verkställighet applied for twelve years after the only invoice was time-barred is flagged
/// even after a premature one (applied for before the invoice fell due): it was read as resting
/// on that one's title, which decided nothing, so nothing it demanded was judged time-barred
/// (the preskription review, stop 69).
#[test]
fn a_verkstallighet_resting_on_one_that_decided_nothing_demands_every_invoice() {
    let with_premature = |premature: bool| {
        let mut steps = Vec::new();
        if premature {
            steps.push(json!({ "kind": "enforcement", "date": "1995-04-03" }));
        }
        steps.push(json!({ "kind": "enforcement", "date": "2010-12-01" }));
        common::claim(json!({
            "debtor": "consumer",
            "invoices": [{ "number": "F1", "amount": "12000.00", "issueDate": "1995-03-29", "dueDate": "1995-04-28" }],
            "steps": steps
        }))
        .expect("claim")
    };
    for premature in [false, true] {
        let c = with_premature(premature);
        let late = c.steps.len() - 1;
        let flagged = codes_on(&c, late);
        assert!(
            flagged.contains(&FindingCode::TimeBarredDemanded),
            "premature {premature}: {flagged:?}"
        );
    }
}

/// A payment of the application's own day does not make its case empty: a step comes before
/// the payments of its day (DOMAIN.md 8.5), so a betalningsföreläggande for invoice C, paid that
/// day, is judged on C alone, as without the payment (a diff review of stop 69's rule).
#[test]
fn a_payment_on_the_applications_day_leaves_it_about_its_own_invoice() {
    for payment_day in [None, Some("2020-11-16"), Some("2020-11-17")] {
        let mut c = barred_claim(&[json!({ "kind": "paymentOrder", "date": "2020-11-16" })]);
        c.invoices.push(inkasso::Invoice::new(
            "C",
            inkasso::Money::parse("400.00").expect("amount"),
            common::date("2020-09-01"),
            Some(common::date("2020-10-01")),
        ));
        if let Some(day) = payment_day {
            let mut p = inkasso::Payment::new(
                common::date(day),
                inkasso::Money::parse("2000.00").expect("amount"),
            );
            p.invoice = Some("C".to_owned());
            c.payments.push(p);
        }
        let on_the_order: Vec<FindingCode> = codes_on(&c, 3)
            .into_iter()
            .filter(|&code| code == FindingCode::TimeBarredDemanded)
            .collect();
        assert_eq!(on_the_order, Vec::<FindingCode>::new(), "{payment_day:?}");
    }
}
