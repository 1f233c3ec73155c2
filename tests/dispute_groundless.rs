//! A `dispute` recorded `groundless` (an osaklig invändning: the creditor judged that the
//! debtor gave no factual ground against the claim): it never stands, so `check`, `letter`
//! and the timeline let the road go on as if it had not been made (before, every later demand
//! was flagged until a judgment: a Known limit of stops 51–53). What is refused: `groundless`
//! on another kind of step, and on the debtor's objection to a betalningsföreläggande (that
//! goes to the tingsrätt at the creditor's request whatever its grounds).
//!
//! History (consumer): invoice 1001, 12 500 kr due 2025-03-14; reminder 2025-03-24 (10 days);
//! inkassokrav 2025-04-10 (10 days); the debtor objects on 2025-04-15.

mod common;

use common::date;
use inkasso::claim::StepKind;
use inkasso::compliance::check;
use inkasso::letter::{letter, LetterOptions};
use inkasso::timeline::{EntryKind, EntryStatus, TimelineOptions};
use inkasso::{Claim, ErrorCode};
use serde_json::{json, Value};

fn input(steps: Value) -> Value {
    json!({
        "debtor": "consumer",
        "reminderFeeAgreed": true,
        "invoices": [
            { "number": "1001", "amount": "12500.00", "issueDate": "2025-02-12", "dueDate": "2025-03-14" }
        ],
        "steps": steps
    })
}

fn claim(steps: Value) -> Claim {
    common::claim(input(steps)).expect("claim")
}

/// The history, its dispute `groundless` or not, then `later` steps.
fn history(groundless: bool, later: Value) -> Claim {
    let mut dispute = json!({ "kind": "dispute", "date": "2025-04-15" });
    if groundless {
        dispute["groundless"] = json!(true);
    }
    let mut steps = vec![
        json!({ "kind": "reminder", "date": "2025-03-24", "paymentTermDays": 10 }),
        json!({ "kind": "collectionDemand", "date": "2025-04-10", "paymentTermDays": 10 }),
        dispute,
    ];
    if let Value::Array(more) = later {
        steps.extend(more);
    }
    claim(Value::Array(steps))
}

fn flagged(claim: &Claim, code: &str) -> Vec<Option<usize>> {
    check(claim, None)
        .expect("check")
        .iter()
        .filter(|f| f.code.as_str() == code)
        .map(|f| f.step)
        .collect()
}

#[test]
fn demands_and_a_payment_order_after_a_groundless_dispute_are_not_flagged() {
    let later = json!([
        { "kind": "finalNotice", "date": "2025-05-10", "paymentTermDays": 10 },
        { "kind": "paymentOrder", "date": "2025-06-02" }
    ]);
    // Control: the dispute stands, so both are flagged.
    let standing = history(false, later.clone());
    assert_eq!(flagged(&standing, "DEMAND_AFTER_DISPUTE"), [Some(3)]);
    assert_eq!(flagged(&standing, "PAYMENT_ORDER_AFTER_DISPUTE"), [Some(4)]);
    let groundless = history(true, later);
    assert!(flagged(&groundless, "DEMAND_AFTER_DISPUTE").is_empty());
    assert!(flagged(&groundless, "PAYMENT_ORDER_AFTER_DISPUTE").is_empty());
    // And the betalningsföreläggande is not read as disputed by it: no transfer to court.
    let s = inkasso::statement(
        &groundless,
        &inkasso::StatementOptions::new(date("2025-09-01")),
    )
    .expect("statement");
    assert!(!s
        .warnings
        .iter()
        .any(|w| w.code.as_str() == "PAYMENT_ORDER_DISPUTED"));
}

#[test]
fn a_letter_is_not_refused_after_a_groundless_dispute() {
    let on = |c: &Claim| {
        letter(
            c,
            StepKind::CollectionDemand,
            date("2025-05-10"),
            10,
            &LetterOptions::default(),
        )
        .map(|_| ())
        .map_err(|e| e.code())
    };
    assert_eq!(
        on(&history(false, json!([]))),
        Err(ErrorCode::ClaimDisputed)
    );
    assert_eq!(on(&history(true, json!([]))), Ok(()));
}

#[test]
fn a_groundless_dispute_does_not_hide_one_that_stands() {
    // A dispute with a factual ground, then a groundless one: the first still stands.
    let c = claim(json!([
        { "kind": "collectionDemand", "date": "2025-04-10", "paymentTermDays": 10 },
        { "kind": "dispute", "date": "2025-04-15" },
        { "kind": "dispute", "date": "2025-04-20", "groundless": true },
        { "kind": "finalNotice", "date": "2025-05-10", "paymentTermDays": 10 }
    ]));
    assert_eq!(flagged(&c, "DEMAND_AFTER_DISPUTE"), [Some(3)]);
    // Nor does its withdrawal end the one before it (was a defect, an integrator's review:
    // the debtor dropping an objection without a factual ground gives up nothing of one with
    // it); a withdrawal of the dispute that stands does.
    let c = claim(json!([
        { "kind": "collectionDemand", "date": "2025-04-10", "paymentTermDays": 10 },
        { "kind": "dispute", "date": "2025-04-15" },
        { "kind": "dispute", "date": "2025-04-20", "groundless": true, "withdrawn": "2025-05-01" },
        { "kind": "finalNotice", "date": "2025-05-10", "paymentTermDays": 10 }
    ]));
    assert_eq!(flagged(&c, "DEMAND_AFTER_DISPUTE"), [Some(3)]);
    assert_eq!(
        letter(
            &c,
            StepKind::CollectionDemand,
            date("2025-05-10"),
            10,
            &LetterOptions::default()
        )
        .map(|_| ())
        .map_err(|e| e.code()),
        Err(ErrorCode::ClaimDisputed)
    );
    let t = timeline(&c, "2025-05-02");
    assert!(
        t.entries
            .iter()
            .any(|e| e.status == EntryStatus::Projected && e.kind == EntryKind::CourtAction),
        "the road goes to court"
    );
    let c = claim(json!([
        { "kind": "collectionDemand", "date": "2025-04-10", "paymentTermDays": 10 },
        { "kind": "dispute", "date": "2025-04-15", "withdrawn": "2025-05-01" },
        { "kind": "dispute", "date": "2025-04-20", "groundless": true },
        { "kind": "finalNotice", "date": "2025-05-10", "paymentTermDays": 10 }
    ]));
    assert!(flagged(&c, "DEMAND_AFTER_DISPUTE").is_empty());
}

fn timeline(c: &Claim, today: &str) -> inkasso::timeline::Timeline {
    let options = TimelineOptions {
        today: Some(date(today)),
        ..TimelineOptions::default()
    };
    inkasso::timeline::timeline(c, &common::court_policy(), &options).expect("timeline")
}

#[test]
fn the_timeline_goes_on_past_a_groundless_dispute() {
    let kinds = |t: &inkasso::timeline::Timeline| -> Vec<EntryKind> {
        t.entries
            .iter()
            .filter(|e| e.status == EntryStatus::Projected)
            .map(|e| e.kind)
            .collect()
    };
    // Control: a standing dispute takes the road to court.
    let standing = timeline(&history(false, json!([])), "2025-04-20");
    assert_eq!(kinds(&standing).first(), Some(&EntryKind::CourtAction));
    // Groundless: the road of an undisputed claim, the same as with no dispute recorded.
    let t = timeline(&history(true, json!([])), "2025-04-20");
    let undisputed = claim(json!([
        { "kind": "reminder", "date": "2025-03-24", "paymentTermDays": 10 },
        { "kind": "collectionDemand", "date": "2025-04-10", "paymentTermDays": 10 }
    ]));
    let plain = timeline(&undisputed, "2025-04-20");
    assert!(
        !kinds(&t).contains(&EntryKind::CourtAction),
        "{:?}",
        kinds(&t)
    );
    assert_eq!(kinds(&t), kinds(&plain));
    let projected = |t: &inkasso::timeline::Timeline| -> Vec<(EntryKind, String, String)> {
        t.entries
            .iter()
            .filter(|e| e.status == EntryStatus::Projected)
            .map(|e| (e.kind, e.date.to_string(), e.if_paid.total.to_string()))
            .collect()
    };
    assert_eq!(projected(&t), projected(&plain));
    // The dispute's entry says it was judged groundless.
    let entry = t
        .entries
        .iter()
        .find(|e| e.kind == EntryKind::Dispute)
        .expect("the dispute's entry");
    assert!(entry.groundless);
    let text = entry.text();
    assert!(
        text.sv.starts_with(
            "Bestridande gjort 2025-04-15, bedömt som osakligt (utan saklig grund): indrivningen fortsätter"
        ),
        "{}",
        text.sv
    );
    assert!(
        text.en.starts_with(
            "Dispute made on 2025-04-15, judged groundless (no factual ground): collection goes on"
        ),
        "{}",
        text.en
    );
    let json = serde_json::to_value(entry).expect("json");
    assert_eq!(json["groundless"], true);
    let standing_entry = standing
        .entries
        .iter()
        .find(|e| e.kind == EntryKind::Dispute)
        .expect("the dispute's entry");
    assert!(serde_json::to_value(standing_entry)
        .expect("json")
        .get("groundless")
        .is_none());
}

/// The error of `steps` as (code, field).
fn refused(steps: Value) -> (String, Option<String>) {
    let e = common::claim(input(steps)).expect_err("refused");
    (e.code().as_str().to_owned(), e.field().map(str::to_owned))
}

#[test]
fn groundless_is_refused_where_it_cannot_be() {
    let field = Some("steps[1].groundless".to_owned());
    assert_eq!(
        refused(json!([
            { "kind": "collectionDemand", "date": "2025-04-10" },
            { "kind": "reminder", "date": "2025-04-15", "groundless": true }
        ])),
        ("UNKNOWN_FIELD".to_owned(), field)
    );
    // The debtor's objection to a betalningsföreläggande goes to the tingsrätt whatever its
    // grounds.
    assert_eq!(
        refused(json!([
            { "kind": "collectionDemand", "date": "2025-04-10" },
            { "kind": "paymentOrder", "date": "2025-05-01" },
            { "kind": "dispute", "date": "2025-05-20", "groundless": true }
        ])),
        (
            "INVALID_DISPUTE".to_owned(),
            Some("steps[2].groundless".to_owned())
        )
    );
    // Also when a groundless dispute came first: the later one would still be the objection.
    assert_eq!(
        refused(json!([
            { "kind": "collectionDemand", "date": "2025-04-10" },
            { "kind": "paymentOrder", "date": "2025-05-01" },
            { "kind": "dispute", "date": "2025-05-20", "groundless": true },
            { "kind": "dispute", "date": "2025-05-25", "groundless": true }
        ]))
        .0,
        "INVALID_DISPUTE"
    );
    // `false` is the plain dispute; after an objection (a second dispute), or after the
    // order's utslag was enforced, a groundless dispute is accepted.
    claim(json!([
        { "kind": "collectionDemand", "date": "2025-04-10" },
        { "kind": "paymentOrder", "date": "2025-05-01" },
        { "kind": "dispute", "date": "2025-05-20", "groundless": false }
    ]));
    claim(json!([
        { "kind": "collectionDemand", "date": "2025-04-10" },
        { "kind": "paymentOrder", "date": "2025-05-01" },
        { "kind": "dispute", "date": "2025-05-20" },
        { "kind": "dispute", "date": "2025-05-25", "groundless": true }
    ]));
    claim(json!([
        { "kind": "collectionDemand", "date": "2025-04-10" },
        { "kind": "paymentOrder", "date": "2025-05-01" },
        { "kind": "enforcement", "date": "2025-06-10" },
        { "kind": "dispute", "date": "2025-06-20", "groundless": true }
    ]));
    // Before any betalningsföreläggande, then one applied for after it: lawful, not disputed.
    let c = claim(json!([
        { "kind": "collectionDemand", "date": "2025-04-10", "paymentTermDays": 10 },
        { "kind": "dispute", "date": "2025-04-25", "groundless": true },
        { "kind": "paymentOrder", "date": "2025-05-01" }
    ]));
    assert!(flagged(&c, "PAYMENT_ORDER_AFTER_DISPUTE").is_empty());
}

#[test]
fn a_groundless_dispute_reads_back() {
    let c = history(true, json!([]));
    let text = serde_json::to_value(&c).expect("json");
    assert_eq!(text["steps"][2]["groundless"], true);
    assert!(text["steps"][1].get("groundless").is_none());
    assert_eq!(common::claim(text).expect("read back"), c);
}

/// Was a defect (the court-path property suite, on this feature's first version): the road
/// went on from the inkassokrav's deadline, before the groundless dispute's day, so the
/// projected betalningsföreläggande, once recorded, made the dispute its objection, which
/// cannot be groundless (the claim was refused). It now goes on after the dispute's day.
#[test]
fn the_road_goes_on_after_the_groundless_disputes_day() {
    let c = common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "F-0", "amount": "100.00", "issueDate": "2017-07-23" }],
        "steps": [
            { "kind": "collectionDemand", "date": "2017-11-14" },
            { "kind": "dispute", "date": "2017-12-16", "groundless": true }
        ]
    }))
    .expect("claim");
    let policy = common::policy(json!({ "preset": "standard" }));
    let t =
        inkasso::timeline::timeline(&c, &policy, &TimelineOptions::default()).expect("timeline");
    let order = t
        .entries
        .iter()
        .find(|e| e.status == EntryStatus::Projected && e.kind == EntryKind::PaymentOrder)
        .expect("a projected betalningsföreläggande");
    assert!(order.date > date("2017-12-16"), "{}", order.date);
    let mut recorded = c.clone();
    recorded.steps.push(inkasso::claim::Step::new(
        StepKind::PaymentOrder,
        order.date,
    ));
    recorded.validate().expect("still valid");
    assert!(flagged(&recorded, "PAYMENT_ORDER_AFTER_DISPUTE").is_empty());
}
