//! A `dispute` recorded after a judgment or verkställighet (a title) is about the invoices that
//! title left out, and a judgment whose own debt is paid leaves nothing to enforce: `letter`,
//! `check` and the timeline read both alike. Each test is a case a review of the change found
//! (each failed before its fix).

mod common;

use common::date;
use inkasso::claim::StepKind;
use inkasso::compliance::Severity;
use serde_json::{json, Value};

/// The codes of `check`'s errors.
fn errors(claim: &inkasso::Claim) -> Vec<String> {
    inkasso::compliance::check(claim, None)
        .expect("check")
        .into_iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| f.code.as_str().to_owned())
        .collect()
}

/// Whether an inkassokrav (10 days to pay) may be sent on `day`.
fn letter_ok(claim: &inkasso::Claim, day: &str) -> bool {
    inkasso::letter::letter(
        claim,
        StepKind::CollectionDemand,
        date(day),
        10,
        &inkasso::letter::LetterOptions::default(),
    )
    .is_ok()
}

/// A business claim of `invoices` taken to court for A (inkassokrav, betalningsföreläggande,
/// dispute, stämningsansökan, judgment of 2025-08-15), then `extra` steps.
fn judged(invoices: Value, extra: Value, payments: Value, credits: Value) -> inkasso::Claim {
    let mut steps = vec![
        json!({ "kind": "collectionDemand", "date": "2025-02-20" }),
        json!({ "kind": "paymentOrder", "date": "2025-03-20" }),
        json!({ "kind": "dispute", "date": "2025-04-01" }),
        json!({ "kind": "courtAction", "date": "2025-04-20" }),
        json!({ "kind": "judgment", "date": "2025-08-15" }),
    ];
    steps.extend(extra.as_array().cloned().unwrap_or_default());
    common::claim(json!({
        "debtor": "business",
        "invoices": invoices,
        "steps": steps,
        "payments": payments,
        "credits": credits
    }))
    .expect("claim")
}

/// Invoice A (10 000 kr, due 2025-02-10) and B (5 000 kr, issued after A's case was brought).
fn a_and_b() -> Value {
    json!([
        { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
        { "number": "B", "amount": "5000.00", "issueDate": "2025-09-01", "dueDate": "2025-10-01" }
    ])
}

/// The judgment's own invoice paid: the road projected for B (no verkställighet on the
/// judgment), once its inkassokrav is recorded, goes on to the betalningsföreläggande rather
/// than starting again.
#[test]
fn the_road_after_a_paid_judgment_is_kept_once_recorded() {
    let paid = json!([{ "date": "2025-09-10", "amount": "13000.00" }]);
    let first = common::projected(
        &judged(a_and_b(), json!([]), paid.clone(), json!([])),
        &common::court_policy(),
        "2025-11-01",
    );
    assert_eq!(
        first.first(),
        Some(&("collectionDemand".to_owned(), "2025-11-03".to_owned())),
        "{first:?}"
    );
    let demand = json!([{
        "kind": "collectionDemand", "date": "2025-11-03", "fee": false, "paymentTermDays": 10
    }]);
    let again = common::projected(
        &judged(a_and_b(), demand, paid, json!([])),
        &common::court_policy(),
        "2025-11-03",
    );
    assert_eq!(
        again.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(),
        vec!["paymentOrder", "enforcement"],
        "{again:?}"
    );
}

/// A dispute about B, credited in full since: it disputes nothing, for the inkassokrav and the
/// betalningsföreläggande of invoice C as for `letter`.
#[test]
fn a_payment_order_after_a_dispute_about_a_credited_invoice_is_not_flagged() {
    let invoices = json!([
        { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
        { "number": "B", "amount": "5000.00", "issueDate": "2025-09-01", "dueDate": "2025-10-01" },
        { "number": "C", "amount": "2000.00", "issueDate": "2025-10-25", "dueDate": "2025-11-24" }
    ]);
    let claim = judged(
        invoices,
        json!([
            { "kind": "enforcement", "date": "2025-09-15" },
            { "kind": "dispute", "date": "2025-10-15" },
            { "kind": "collectionDemand", "date": "2025-12-01" },
            { "kind": "paymentOrder", "date": "2025-12-22" }
        ]),
        json!([]),
        json!([{ "invoice": "B", "date": "2025-10-20", "amount": "5000.00" }]),
    );
    assert!(letter_ok(&claim, "2025-12-22"));
    let found = errors(&claim);
    assert!(
        !found.iter().any(|c| c.ends_with("AFTER_DISPUTE")),
        "{found:?}"
    );
}

/// The same dispute in the timeline: once B is credited, no court action is projected for it.
#[test]
fn the_timeline_drops_a_dispute_once_the_invoice_it_is_about_is_credited() {
    let claim = judged(
        a_and_b(),
        json!([
            { "kind": "enforcement", "date": "2025-09-15" },
            { "kind": "dispute", "date": "2025-10-15" }
        ]),
        json!([]),
        json!([{ "invoice": "B", "date": "2025-10-20", "amount": "5000.00" }]),
    );
    assert!(letter_ok(&claim, "2025-11-03"));
    let got = common::projected(&claim, &common::court_policy(), "2025-11-01");
    assert!(!got.iter().any(|(k, _)| k == "courtAction"), "{got:?}");
}

/// A verkställighet on the utslag of B's own betalningsföreläggande covers B: a dispute after
/// it disputes nothing (after an utslag the debtor may only ask for återvinning).
#[test]
fn a_dispute_after_the_verkstallighet_of_a_second_case_disputes_nothing() {
    let claim = judged(
        a_and_b(),
        json!([
            { "kind": "enforcement", "date": "2025-09-15" },
            { "kind": "collectionDemand", "date": "2025-10-10" },
            { "kind": "paymentOrder", "date": "2025-11-10" },
            { "kind": "enforcement", "date": "2025-12-15" },
            { "kind": "dispute", "date": "2026-01-12" }
        ]),
        json!([]),
        json!([]),
    );
    assert!(claim.dispute_standing(date("2026-01-20"), true).is_none());
    assert!(letter_ok(&claim, "2026-01-20"));
}

/// A further year of a verkställighet rests on the same utslag: B, issued after the first,
/// is still left out, and a dispute of it stands.
#[test]
fn a_further_year_does_not_cover_an_invoice_the_first_verkstallighet_left_out() {
    let claim = common::claim(json!({
        "debtor": "business",
        "invoices": a_and_b(),
        "steps": [
            { "kind": "collectionDemand", "date": "2025-02-20" },
            { "kind": "paymentOrder", "date": "2025-03-20" },
            { "kind": "enforcement", "date": "2025-05-15" },
            { "kind": "enforcement", "date": "2026-05-20" },
            { "kind": "dispute", "date": "2026-06-01" }
        ]
    }))
    .expect("claim");
    let standing = claim
        .dispute_standing(date("2026-06-10"), true)
        .expect("stands");
    // What the utslag decided: the invoices overdue when the application was made.
    assert_eq!(standing.left_out_since, Some(date("2025-03-20")));
    assert!(!letter_ok(&claim, "2026-06-10"));
    let got = common::projected(&claim, &common::court_policy(), "2026-06-10");
    assert_eq!(
        got.first().map(|(k, _)| k.as_str()),
        Some("courtAction"),
        "{got:?}"
    );
}

/// A verkställighet on the judgment's own day is its first: a betalningsföreläggande after it
/// (for B) gives the later verkställighet its own utslag, whether the first came that day or
/// later, and `limitation` keeps B alive through the further years alike.
#[test]
fn a_verkstallighet_on_the_judgments_day_is_the_first_on_it() {
    let preskription = |first: &str| {
        let claim = common::claim(json!({
            "debtor": "consumer",
            "invoices": [
                { "number": "A", "amount": "10000.00", "issueDate": "2015-01-10", "dueDate": "2015-02-10" },
                { "number": "B", "amount": "5000.00", "issueDate": "2015-06-01", "dueDate": "2015-07-01" }
            ],
            "steps": [
                { "kind": "collectionDemand", "date": "2015-03-01" },
                { "kind": "paymentOrder", "date": "2015-04-01" },
                { "kind": "judgment", "date": "2015-05-15" },
                { "kind": "enforcement", "date": first },
                { "kind": "collectionDemand", "date": "2015-08-03" },
                { "kind": "paymentOrder", "date": "2015-09-01" },
                { "kind": "enforcement", "date": "2015-11-02" },
                { "kind": "enforcement", "date": "2016-11-02" },
                { "kind": "enforcement", "date": "2017-11-02" },
                { "kind": "enforcement", "date": "2018-11-02" }
            ]
        }))
        .expect("claim");
        inkasso::limitation::limitation(&claim)
            .expect("limitation")
            .invoices
            .into_iter()
            .find(|i| i.invoice == "B")
            .map(|i| i.preskription_date.to_string())
    };
    assert_eq!(preskription("2015-05-18"), Some("2022-11-02".to_owned()));
    assert_eq!(preskription("2015-05-15"), Some("2022-11-02".to_owned()));
}
