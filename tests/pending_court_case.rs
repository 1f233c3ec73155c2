//! A `courtAction` recorded with no dispute standing is a case before the tingsrätt until a
//! judgment (or a verkställighet, which rests on a title): the timeline projects no letter and
//! no betalningsföreläggande for the same debt meanwhile (litispendens, rättegångsbalken 13
//! kap. 6 §), only the case's judgment on the policy's court path, then verkställighet. Before,
//! it projected a betalningsföreläggande on the day after `today`, with the court's case still
//! pending (a reviewer's finding, stop 51), and a `dispute` recorded during the case sent the
//! claim to court a second time.
//!
//! History (consumer): invoice 1001, 12 500 kr due 2025-03-14; inkassokrav 2025-03-24 (10
//! days); stämningsansökan 2025-04-20.

mod common;

use common::date;
use inkasso::compliance::{check, Severity};
use inkasso::timeline::{EntryKind, EntryStatus, Timeline, TimelineOptions};
use inkasso::Claim;
use serde_json::{json, Value};

fn claim(later: Value) -> Claim {
    let mut steps = vec![
        json!({ "kind": "collectionDemand", "date": "2025-03-24", "paymentTermDays": 10 }),
        json!({ "kind": "courtAction", "date": "2025-04-20" }),
    ];
    if let Value::Array(more) = later {
        steps.extend(more);
    }
    common::claim(json!({
        "debtor": "consumer",
        "reminderFeeAgreed": true,
        "invoices": [
            { "number": "1001", "amount": "12500.00", "issueDate": "2025-02-12", "dueDate": "2025-03-14" }
        ],
        "steps": steps
    }))
    .expect("claim")
}

fn timeline(c: &Claim, policy: Value, today: &str) -> Timeline {
    let options = TimelineOptions {
        today: Some(date(today)),
        ..TimelineOptions::default()
    };
    inkasso::timeline::timeline(c, &common::policy(policy), &options).expect("timeline")
}

/// The projected entries: (kind, date).
fn road(t: &Timeline) -> Vec<(EntryKind, String)> {
    t.entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected)
        .map(|e| (e.kind, e.date.to_string()))
        .collect()
}

fn court() -> Value {
    json!({ "preset": "standard", "court": {} })
}

#[test]
fn nothing_but_the_judgment_while_the_case_is_before_the_court() {
    // Without a court path: nothing to project (no betalningsföreläggande, as before).
    assert_eq!(
        road(&timeline(
            &claim(json!([])),
            json!({ "preset": "standard" }),
            "2025-05-01"
        )),
        []
    );
    // With one: the judgment an assumed 120 days after the filing, then verkställighet.
    assert_eq!(
        road(&timeline(&claim(json!([])), court(), "2025-05-01")),
        [
            (EntryKind::Judgment, "2025-08-18".to_owned()),
            (EntryKind::Enforcement, "2025-08-19".to_owned()),
        ]
    );
}

#[test]
fn the_projection_recorded_is_lawful_and_stays_the_road() {
    let first = timeline(&claim(json!([])), court(), "2025-05-01");
    let mut recorded = claim(json!([]));
    for e in first
        .entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected)
    {
        let kind = e.kind.step_kind().expect("a step");
        recorded.steps.push(inkasso::claim::Step::new(kind, e.date));
    }
    let errors: Vec<_> = check(&recorded, Some(&common::policy(court())))
        .expect("check")
        .into_iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| f.code.as_str())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let again = timeline(&recorded, court(), "2025-05-01");
    assert!(
        road(&again)
            .iter()
            .all(|(k, _)| *k == EntryKind::Enforcement || *k == EntryKind::Surveillance),
        "{:?}",
        road(&again)
    );
}

#[test]
fn a_dispute_during_the_case_is_decided_by_it() {
    let t = timeline(
        &claim(json!([{ "kind": "dispute", "date": "2025-05-01" }])),
        court(),
        "2025-05-10",
    );
    // No second stämningsansökan: the case filed decides the dispute, not before it.
    assert_eq!(
        road(&t),
        [
            (EntryKind::Judgment, "2025-08-18".to_owned()),
            (EntryKind::Enforcement, "2025-08-19".to_owned()),
        ]
    );
    let t = timeline(
        &claim(json!([{ "kind": "dispute", "date": "2025-09-01" }])),
        court(),
        "2025-09-02",
    );
    assert_eq!(
        road(&t).first(),
        Some(&(EntryKind::Judgment, "2025-09-02".to_owned()))
    );
}

#[test]
fn a_payment_order_after_it_takes_the_debt_to_kronofogden() {
    let t = timeline(
        &claim(json!([{ "kind": "paymentOrder", "date": "2025-05-05" }])),
        court(),
        "2025-05-10",
    );
    assert_eq!(
        road(&t).first().map(|(k, _)| *k),
        Some(EntryKind::Enforcement)
    );
}

#[test]
fn a_judgment_or_a_verkstallighet_ends_the_case() {
    for later in [
        json!([{ "kind": "judgment", "date": "2025-06-20" }]),
        json!([{ "kind": "enforcement", "date": "2025-06-20" }]),
    ] {
        let t = timeline(&claim(later.clone()), court(), "2025-07-10");
        assert!(
            !road(&t).iter().any(|(k, _)| *k == EntryKind::Judgment),
            "{later}: {:?}",
            road(&t)
        );
    }
}

#[test]
fn a_court_action_after_a_withdrawn_dispute_is_a_case_before_the_court() {
    let c = common::claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "1001", "amount": "12500.00", "issueDate": "2025-02-12", "dueDate": "2025-03-14" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2025-03-24", "paymentTermDays": 10 },
            { "kind": "dispute", "date": "2025-04-10", "withdrawn": "2025-04-15" },
            { "kind": "courtAction", "date": "2025-04-20" }
        ]
    }))
    .expect("claim");
    assert_eq!(
        road(&timeline(&c, court(), "2025-05-01")).first(),
        Some(&(EntryKind::Judgment, "2025-08-18".to_owned()))
    );
}

// A review of 6931020 found the rule holding the road where it should not; each of these was
// a defect then.

fn two_invoices(steps: Value, payments: Value) -> Claim {
    common::claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "1", "amount": "5000.00", "issueDate": "2025-01-01", "dueDate": "2025-02-01" },
            { "number": "2", "amount": "3000.00", "issueDate": "2025-05-01", "dueDate": "2025-06-01" }
        ],
        "steps": steps,
        "payments": payments
    }))
    .expect("claim")
}

#[test]
fn a_second_case_after_a_judgment_does_not_hold_its_verkstallighet() {
    let c = two_invoices(
        json!([
            { "kind": "collectionDemand", "date": "2025-02-10", "paymentTermDays": 10 },
            { "kind": "courtAction", "date": "2025-03-01" },
            { "kind": "judgment", "date": "2025-05-15" },
            { "kind": "collectionDemand", "date": "2025-06-10", "paymentTermDays": 10 },
            { "kind": "courtAction", "date": "2025-07-01" }
        ]),
        json!([]),
    );
    for policy in [json!({ "preset": "standard" }), court()] {
        let t = timeline(&c, policy.clone(), "2025-07-10");
        assert_eq!(
            road(&t).first(),
            Some(&(EntryKind::Enforcement, "2025-07-10".to_owned())),
            "{policy}"
        );
    }
}

#[test]
fn an_invoice_not_in_the_case_has_its_own_road() {
    // Invoice 1's case is moot (paid); invoice 2, issued after the filing, is not in it.
    let c = two_invoices(
        json!([
            { "kind": "collectionDemand", "date": "2025-02-10", "paymentTermDays": 10, "fee": false },
            { "kind": "courtAction", "date": "2025-03-01" }
        ]),
        json!([{ "date": "2025-04-01", "amount": "5000.00" }]),
    );
    for policy in [json!({ "preset": "standard" }), court()] {
        let t = timeline(&c, policy.clone(), "2025-06-10");
        assert!(
            road(&t)
                .iter()
                .any(|(k, _)| *k == EntryKind::CollectionDemand),
            "{policy}: {:?}",
            road(&t)
        );
        assert!(
            !road(&t).iter().any(|(k, _)| *k == EntryKind::Judgment),
            "{policy}"
        );
    }
}

#[test]
fn a_time_barred_case_projects_no_judgment() {
    let c = common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "5000.00", "issueDate": "2020-01-01", "dueDate": "2020-02-01" }],
        "steps": [
            { "kind": "collectionDemand", "date": "2020-02-10", "paymentTermDays": 10 },
            { "kind": "courtAction", "date": "2020-04-01" }
        ]
    }))
    .expect("claim");
    let t = timeline(&c, court(), "2025-01-10");
    assert_eq!(road(&t), []);
}

#[test]
fn a_court_action_after_a_verkstallighet_is_no_first_case() {
    // The court-path property's seed 140: once its projection (a verkställighet) was recorded,
    // a court action after it held the road for a judgment no verkställighet followed.
    let c = common::claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "F-0", "amount": "100.00", "issueDate": "2009-12-02" },
            { "number": "F-1", "amount": "100.00", "issueDate": "2010-04-03" }
        ],
        "steps": [
            { "kind": "reminder", "date": "2009-12-31" },
            { "kind": "collectionDemand", "date": "2010-01-07" },
            { "kind": "dispute", "date": "2010-01-14" },
            { "kind": "collectionDemand", "date": "2010-05-04" },
            { "kind": "paymentOrder", "date": "2010-05-14" },
            { "kind": "enforcement", "date": "2010-06-28" },
            { "kind": "courtAction", "date": "2010-06-29" }
        ],
        "credits": [
            { "invoice": "F-0", "date": "2009-12-02", "amount": "19.00" },
            { "invoice": "F-0", "date": "2010-01-15", "amount": "81.00" }
        ]
    }))
    .expect("claim");
    let options = TimelineOptions::default();
    let policy =
        common::policy(json!({ "preset": "lawfulMinimum", "court": {}, "surveillance": {} }));
    let t = inkasso::timeline::timeline(&c, &policy, &options).expect("timeline");
    assert!(
        !road(&t).iter().any(|(k, _)| *k == EntryKind::Judgment),
        "{:?}",
        road(&t)
    );
}

/// A: inkassokrav, betalningsföreläggande and verkställighet on its utslag. B, issued later
/// and left out of that title: its own inkassokrav, then its own stämningsansökan of
/// 2025-12-01, with no dispute. `extra` steps and `payments` after.
fn later_case(extra: Value, payments: Value) -> Claim {
    let mut steps = a_enforced();
    steps.push(json!({ "kind": "collectionDemand", "date": "2025-10-10" }));
    steps.push(json!({ "kind": "courtAction", "date": "2025-12-01" }));
    steps.extend(extra.as_array().cloned().unwrap_or_default());
    ab(steps, payments)
}

/// A (10 000 kr, due 2025-02-10) and B (5 000 kr, issued 2025-09-01, due 2025-10-01), a
/// consumer's, with `steps` and `payments`.
fn ab(steps: Vec<Value>, payments: Value) -> Claim {
    common::claim(json!({
        "debtor": "consumer",
        "invoices": [
            invoice("A", "10000.00", "2025-01-10", "2025-02-10"),
            invoice("B", "5000.00", "2025-09-01", "2025-10-01")
        ],
        "steps": steps,
        "payments": payments
    }))
    .expect("claim")
}

/// The error-severity findings of `check` (court policy) once the entries `t` projects for
/// `claim` are recorded as its steps (further years marked).
fn projection_errors(claim: &Claim, t: &Timeline) -> Vec<String> {
    let mut recorded = claim.clone();
    for e in t
        .entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected)
    {
        let mut step = inkasso::claim::Step::new(e.kind.step_kind().expect("a step"), e.date);
        step.further_year = e.further_year;
        recorded.steps.push(step);
    }
    check(&recorded, Some(&common::policy(court())))
        .expect("check")
        .into_iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| f.code.as_str().to_owned())
        .collect()
}

#[test]
fn a_later_case_of_the_invoices_a_title_left_out_holds_their_road() {
    // Stop 54's Known limit: B's case was before the tingsrätt, yet the timeline projected a
    // betalningsföreläggande for B (and its verkställighet) the day after `today`.
    let c = later_case(json!([]), json!([]));
    let without_court = timeline(&c, json!({ "preset": "standard" }), "2026-01-15");
    assert!(
        !road(&without_court)
            .iter()
            .any(|(k, _)| matches!(k, EntryKind::CollectionDemand | EntryKind::PaymentOrder)),
        "{:?}",
        road(&without_court)
    );
    // With a court path: B's judgment an assumed 120 days after its filing, then its
    // verkställighet; no letter and no betalningsföreläggande.
    let with_court = timeline(&c, court(), "2026-01-15");
    let got = road(&with_court);
    assert!(
        !got.iter()
            .any(|(k, _)| matches!(k, EntryKind::CollectionDemand | EntryKind::PaymentOrder)),
        "{got:?}"
    );
    let judgment = got
        .iter()
        .position(|(k, d)| *k == EntryKind::Judgment && d == "2026-03-31")
        .unwrap_or_else(|| panic!("B's judgment: {got:?}"));
    assert!(
        got.iter()
            .skip(judgment)
            .any(|(k, _)| *k == EntryKind::Enforcement),
        "{got:?}"
    );
}

#[test]
fn a_later_case_made_moot_leaves_the_road_as_it_was() {
    // B paid after its filing (its costs, interest and capital; what is left goes to A):
    // only A's verkställighet goes on, no judgment for B.
    let c = later_case(
        json!([]),
        json!([{ "date": "2025-12-10", "amount": "7000.00", "invoice": "B" }]),
    );
    let got = road(&timeline(&c, court(), "2026-01-15"));
    assert!(
        !got.iter().any(|(k, _)| *k == EntryKind::Judgment),
        "{got:?}"
    );
}

#[test]
fn the_later_case_projected_and_recorded_is_lawful() {
    let c = later_case(json!([]), json!([]));
    let errors = projection_errors(&c, &timeline(&c, court(), "2026-01-15"));
    assert!(errors.is_empty(), "{errors:?}");
}

/// A's case ended in a judgment (no verkställighet recorded on it); B, issued later and left
/// out of it, got its own inkassokrav and its own stämningsansökan of 2025-12-01.
fn later_case_after_a_judgment(extra: Value) -> Claim {
    let mut steps = vec![
        json!({ "kind": "collectionDemand", "date": "2025-02-20" }),
        json!({ "kind": "courtAction", "date": "2025-03-10" }),
        json!({ "kind": "judgment", "date": "2025-05-15" }),
        json!({ "kind": "collectionDemand", "date": "2025-10-10" }),
        json!({ "kind": "courtAction", "date": "2025-12-01" }),
    ];
    steps.extend(extra.as_array().cloned().unwrap_or_default());
    ab(steps, json!([]))
}

#[test]
fn a_later_case_after_a_judgment_holds_the_road_of_what_it_left_out() {
    for extra in [
        json!([]),
        // With the verkställighet on A's judgment recorded too.
        json!([{ "kind": "enforcement", "date": "2025-12-15" }]),
    ] {
        let got = road(&timeline(
            &later_case_after_a_judgment(extra.clone()),
            court(),
            "2026-01-15",
        ));
        assert!(
            !got.iter()
                .any(|(k, _)| matches!(k, EntryKind::CollectionDemand | EntryKind::PaymentOrder)),
            "{extra}: {got:?}"
        );
        assert!(
            got.contains(&(EntryKind::Judgment, "2026-03-31".to_owned())),
            "{extra}: {got:?}"
        );
        // Recorded as projected, the steps are lawful.
        let c = later_case_after_a_judgment(extra.clone());
        let errors = projection_errors(&c, &timeline(&c, court(), "2026-01-15"));
        assert!(errors.is_empty(), "{extra}: {errors:?}");
        let without_court = road(&timeline(
            &later_case_after_a_judgment(extra.clone()),
            json!({ "preset": "standard" }),
            "2026-01-15",
        ));
        assert!(
            !without_court
                .iter()
                .any(|(k, _)| matches!(k, EntryKind::CollectionDemand | EntryKind::PaymentOrder)),
            "{extra}: {without_court:?}"
        );
    }
}

#[test]
fn a_dispute_in_the_later_case_is_decided_by_it() {
    // B disputes in its case before the court: no second court action is projected for it.
    let c = later_case_after_a_judgment(json!([{ "kind": "dispute", "date": "2025-12-20" }]));
    let got = road(&timeline(&c, court(), "2026-01-15"));
    assert!(
        !got.iter().any(|(k, _)| *k == EntryKind::CourtAction),
        "{got:?}"
    );
    assert!(
        got.contains(&(EntryKind::Judgment, "2026-03-31".to_owned())),
        "{got:?}"
    );
}

// A diff review of the later cases (stop 55). A: its case and judgment; B: issued later, its
// own stämningsansökan; C: issued after B's filing.

fn invoice(number: &str, amount: &str, issue: &str, due: &str) -> Value {
    json!({ "number": number, "amount": amount, "issueDate": issue, "dueDate": due })
}

fn abc(steps: Value, payments: Value) -> Claim {
    common::claim(json!({
        "debtor": "consumer",
        "invoices": [
            invoice("A", "10000.00", "2025-01-10", "2025-02-10"),
            invoice("B", "5000.00", "2025-09-01", "2025-10-01"),
            invoice("C", "3000.00", "2025-12-05", "2026-01-05")
        ],
        "steps": steps,
        "payments": payments
    }))
    .expect("claim")
}

fn a_judged() -> Vec<Value> {
    vec![
        json!({ "kind": "collectionDemand", "date": "2025-02-20" }),
        json!({ "kind": "courtAction", "date": "2025-03-10" }),
        json!({ "kind": "judgment", "date": "2025-05-15" }),
    ]
}

fn a_enforced() -> Vec<Value> {
    vec![
        json!({ "kind": "collectionDemand", "date": "2025-02-20" }),
        json!({ "kind": "paymentOrder", "date": "2025-03-20" }),
        json!({ "kind": "enforcement", "date": "2025-05-15" }),
    ]
}

#[test]
fn bs_case_does_not_hold_cs_road_once_as_judgment_debt_is_paid() {
    // Was a regression: A's judgment debt paid after B's filing reopened the road with B's
    // case held unjudged, so C (not in it) got nothing projected.
    let mut steps = a_judged();
    steps.push(json!({ "kind": "courtAction", "date": "2025-12-01" }));
    let c = abc(
        Value::Array(steps),
        json!([{ "date": "2025-12-10", "amount": "12000.00", "invoice": "A" }]),
    );
    for policy in [json!({ "preset": "standard" }), court()] {
        let got = road(&timeline(&c, policy.clone(), "2026-02-15"));
        assert!(
            got.first()
                .is_some_and(|(k, d)| *k == EntryKind::CollectionDemand && d == "2026-02-16"),
            "{policy}: {got:?}"
        );
    }
}

#[test]
fn bs_judgment_comes_after_the_verkstallighet_on_as() {
    // Both were projected on `today`, the verkställighet then read as resting on B's judgment.
    let mut steps = a_judged();
    steps.push(json!({ "kind": "courtAction", "date": "2025-12-01" }));
    let c = ab(steps, json!([]));
    let t = timeline(&c, court(), "2026-06-01");
    let got = road(&t);
    let day_of = |kind: EntryKind| {
        got.iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, d)| d.clone())
            .unwrap_or_else(|| panic!("{kind:?}: {got:?}"))
    };
    assert!(
        day_of(EntryKind::Enforcement) < day_of(EntryKind::Judgment),
        "{got:?}"
    );
    // Recorded as projected, lawful; and the verkställighet on B's judgment costs its own
    // grundavgift.
    let errors = projection_errors(&c, &t);
    assert!(errors.is_empty(), "{errors:?}");
    let on_b = t
        .entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected && e.kind == EntryKind::Enforcement)
        .nth(1)
        .expect("B's verkställighet");
    assert!(!on_b.fees.is_empty(), "{got:?}");
}

#[test]
fn a_later_filing_joins_the_case_whatever_the_history_before() {
    // Two filings on B's road, C falling due between them: the second joins the case before
    // the court (the engine's convention, rättegångsbalken 14 kap. 6 §; `limitation` reads the case's invoices as those
    // overdue when the last was filed), so the case holds C's road too after a verkställighet
    // or a judgment alike: no inkassokrav for C, the case's judgment with a court path, and
    // nothing but `AWAITS_COURT` without one. (Before stop 77 the case was the first filing's
    // alone, and C got an inkassokrav and a betalningsföreläggande while before the court.)
    let two = [
        json!({ "kind": "courtAction", "date": "2025-12-01" }),
        json!({ "kind": "courtAction", "date": "2026-02-01" }),
    ];
    for history in [a_enforced(), a_judged()] {
        let steps: Vec<Value> = history.into_iter().chain(two.clone()).collect();
        let c = abc(Value::Array(steps), json!([]));
        // (A's own title enforced first, where A was judged.)
        let waits = timeline(&c, json!({ "preset": "standard" }), "2026-03-01");
        assert!(
            road(&waits)
                .iter()
                .all(|(k, _)| *k == EntryKind::Enforcement),
            "{:?}",
            road(&waits)
        );
        assert!(
            waits
                .warnings
                .iter()
                .any(|w| w.code == inkasso::warning::WarningCode::AwaitsCourt),
            "{:?}",
            waits.warnings
        );
        let got = road(&timeline(&c, court(), "2026-03-01"));
        // (After a further year of A's verkställighet, where A's utslag was enforced.)
        assert!(
            got.contains(&(EntryKind::Judgment, "2026-06-01".to_owned())),
            "{got:?}"
        );
        assert!(
            !got.iter()
                .any(|(k, _)| matches!(k, EntryKind::CollectionDemand | EntryKind::PaymentOrder)),
            "{got:?}"
        );
    }
}

#[test]
fn a_further_year_of_as_verkstallighet_does_not_end_bs_case() {
    // The statement's COURT_CASE_PENDING read a further year of A's verkställighet after B's
    // filing as deciding B's case, while the timeline held it pending.
    let mut steps = a_enforced();
    steps.push(json!({ "kind": "collectionDemand", "date": "2025-10-10" }));
    steps.push(json!({ "kind": "courtAction", "date": "2025-12-01" }));
    steps.push(json!({ "kind": "enforcement", "date": "2026-05-15", "furtherYear": true }));
    let c = ab(steps, json!([]));
    let s = inkasso::statement::statement(
        &c,
        &inkasso::statement::StatementOptions::new(common::date("2026-06-01")),
    )
    .expect("statement");
    assert!(
        s.warnings
            .iter()
            .any(|w| w.code == inkasso::warning::WarningCode::CourtCasePending),
        "{:?}",
        s.warnings
    );
    let got = road(&timeline(&c, court(), "2026-06-01"));
    assert!(
        got.iter().any(|(k, _)| *k == EntryKind::Judgment),
        "{got:?}"
    );
}

#[test]
fn nothing_is_projected_for_an_invoice_left_out_and_paid_since() {
    // A diff review (present before this round): B, left out of A's verkställighet, paid in
    // full after its own inkassokrav: the timeline projected a betalningsföreläggande and a
    // verkställighet (with its grundavgift) for the debt already under enforcement.
    let mut steps = a_enforced();
    steps.push(json!({ "kind": "collectionDemand", "date": "2025-10-10" }));
    let c = ab(
        steps,
        json!([{ "date": "2025-12-10", "amount": "7000.00", "invoice": "B" }]),
    );
    for policy in [json!({ "preset": "standard" }), court()] {
        let got = road(&timeline(&c, policy.clone(), "2026-01-15"));
        assert!(
            got.iter()
                .all(|(k, d)| *k == EntryKind::Enforcement && d.as_str() >= "2026-05-15"),
            "{policy}: {got:?}"
        );
    }
    // Unpaid, B's road goes on.
    let mut unpaid = c.clone();
    unpaid.payments.clear();
    let got = road(&timeline(&unpaid, court(), "2026-01-15"));
    assert!(
        got.iter().any(|(k, _)| *k == EntryKind::PaymentOrder),
        "{got:?}"
    );
}

#[test]
fn an_inkassokrav_sent_after_the_judgment_stands_for_the_road_it_left_out() {
    // A cross-export review: `letter` issued an inkassokrav for A and B after A's judgment (B
    // issued after A's betalningsföreläggande, overdue by then); the timeline sent it again
    // once the verkställighet on the judgment was projected, but not when that verkställighet
    // was recorded before the letter on the same day.
    let demand =
        || json!([{ "kind": "collectionDemand", "date": "2023-05-10", "paymentTermDays": 10 }]);
    let standard = || json!({ "preset": "standard" });
    let projected = road(&timeline(
        &judged_a_then(None, demand()),
        standard(),
        "2023-05-10",
    ));
    let recorded = road(&timeline(
        &judged_a_then(Some("2023-05-10"), demand()),
        standard(),
        "2023-05-10",
    ));
    assert!(
        !projected
            .iter()
            .any(|(k, _)| *k == EntryKind::CollectionDemand),
        "{projected:?}"
    );
    assert_eq!(
        first_order(&projected),
        Some("2023-06-01".to_owned()),
        "{projected:?}"
    );
    assert_eq!(
        first_order(&projected),
        first_order(&recorded),
        "{recorded:?}"
    );
}

/// The date of the first betalningsföreläggande of a projected road.
fn first_order(r: &[(EntryKind, String)]) -> Option<String> {
    r.iter()
        .find(|(k, _)| *k == EntryKind::PaymentOrder)
        .map(|(_, d)| d.clone())
}

#[test]
fn no_step_of_the_left_out_road_after_the_payment_that_settles_it() {
    // A second diff review: the road of the invoice a verkställighet (or a judgment) left out
    // was judged only on its first day, so steps after the payment that paid that invoice
    // were still projected (and recording the first of them took the rest away).
    let mut steps = a_enforced();
    steps.push(json!({ "kind": "collectionDemand", "date": "2025-10-10" }));
    let paid_b = ab(
        steps,
        json!([{ "date": "2025-12-10", "amount": "7000.00", "invoice": "B" }]),
    );
    for today in [None, Some("2025-10-25")] {
        let options = TimelineOptions {
            today: today.map(common::date),
            ..TimelineOptions::default()
        };
        let t = inkasso::timeline::timeline(
            &paid_b,
            &common::policy(json!({ "preset": "standard" })),
            &options,
        )
        .expect("timeline");
        let got = road(&t);
        assert!(
            got.iter().all(|(k, d)| !(*k == EntryKind::Enforcement
                && d.as_str() > "2025-12-10"
                && d.as_str() < "2026-05-15")),
            "{today:?}: {got:?}"
        );
    }
    // The judgment path: B paid after the verkställighet on A's judgment is projected.
    let judged = common::claim(json!({
        "debtor": "consumer",
        "reminderFeeAgreed": true,
        "invoices": [
            invoice("A", "10000.00", "2025-01-01", "2025-01-31"),
            invoice("B", "3000.00", "2025-03-20", "2025-04-19")
        ],
        "steps": [
            { "kind": "reminder", "date": "2025-02-05", "paymentTermDays": 12 },
            { "kind": "collectionDemand", "date": "2025-02-24", "paymentTermDays": 10 },
            { "kind": "paymentOrder", "date": "2025-03-17" },
            { "kind": "judgment", "date": "2025-04-22" }
        ],
        "payments": [{ "date": "2025-05-08", "amount": "3100.00", "invoice": "B" }]
    }))
    .expect("claim");
    let got = road(&timeline(
        &judged,
        json!({ "preset": "standard" }),
        "2025-05-06",
    ));
    assert!(
        !got.iter().any(|(k, d)| matches!(
            k,
            EntryKind::CollectionDemand | EntryKind::PaymentOrder
        ) && d.as_str() > "2025-05-08"),
        "{got:?}"
    );
}

#[test]
fn a_final_notice_sent_after_the_judgment_stands_for_the_road_it_left_out() {
    // Stop 55's Known limit: with the verkställighet on A's judgment projected, a final notice
    // recorded after the judgment (after the inkassokrav that stands for B's road) was sent
    // again, while with the verkställighet recorded it stood. The betalningsföreläggande
    // follows the recorded final notice's deadline either way.
    let letters = || {
        json!([
            { "kind": "collectionDemand", "date": "2023-05-10", "paymentTermDays": 10 },
            { "kind": "finalNotice", "date": "2023-05-26", "paymentTermDays": 10 }
        ])
    };
    let policy = || json!({ "preset": "reminderDemandFinalNotice" });
    let projected = road(&timeline(
        &judged_a_then(None, letters()),
        policy(),
        "2023-05-26",
    ));
    let recorded = road(&timeline(
        &judged_a_then(Some("2023-05-10"), letters()),
        policy(),
        "2023-05-26",
    ));
    for r in [&projected, &recorded] {
        assert!(
            !r.iter()
                .any(|(k, _)| matches!(k, EntryKind::CollectionDemand | EntryKind::FinalNotice)),
            "{r:?}"
        );
    }
    // After the final notice's deadline (2023-06-05), as the policy's betalningsföreläggande
    // follows it.
    assert_eq!(
        first_order(&projected),
        Some("2023-06-15".to_owned()),
        "{projected:?}"
    );
    assert_eq!(
        first_order(&projected),
        first_order(&recorded),
        "{recorded:?}"
    );
}

/// A's judgment (B issued after A's betalningsföreläggande) with the verkställighet on it
/// recorded or not; `later` after it.
fn judged_a_then(with_enforcement: Option<&str>, later: Value) -> Claim {
    let mut steps = vec![
        json!({ "kind": "collectionDemand", "date": "2023-02-06", "paymentTermDays": 10 }),
        json!({ "kind": "paymentOrder", "date": "2023-03-01" }),
        json!({ "kind": "judgment", "date": "2023-04-14" }),
    ];
    if let Some(date) = with_enforcement {
        steps.push(json!({ "kind": "enforcement", "date": date }));
    }
    if let Value::Array(more) = later {
        steps.extend(more);
    }
    common::claim(json!({
        "debtor": "consumer",
        "invoices": [
            invoice("A", "1000.00", "2023-01-01", "2023-01-31"),
            invoice("B", "1000.00", "2023-04-01", "2023-05-01")
        ],
        "steps": steps
    }))
    .expect("claim")
}

/// The projected road of B's letters and application: (kind, date), without verkställighet.
fn letters_and_order(r: &[(EntryKind, String)]) -> Vec<(EntryKind, String)> {
    r.iter()
        .filter(|(k, _)| {
            matches!(
                k,
                EntryKind::Reminder
                    | EntryKind::CollectionDemand
                    | EntryKind::FinalNotice
                    | EntryKind::PaymentOrder
            )
        })
        .cloned()
        .collect()
}

#[test]
fn a_final_notice_before_the_inkassokrav_sent_again_reaches_no_stage() {
    // A diff review: a final notice recorded after A's judgment but before any inkassokrav
    // covering B was read as reached when the verkställighet on the judgment was recorded (no
    // final notice after B's inkassokrav), and not when it was projected. The policy's final
    // notice follows the inkassokrav: it is projected after B's, on both readings.
    let notice = || json!([{ "kind": "finalNotice", "date": "2023-05-26", "paymentTermDays": 10 }]);
    let policy = || json!({ "preset": "reminderDemandFinalNotice" });
    let projected = road(&timeline(
        &judged_a_then(None, notice()),
        policy(),
        "2023-05-26",
    ));
    let recorded = road(&timeline(
        &judged_a_then(Some("2023-05-10"), notice()),
        policy(),
        "2023-05-26",
    ));
    let kinds: Vec<EntryKind> = letters_and_order(&projected)
        .iter()
        .map(|(k, _)| *k)
        .collect();
    assert_eq!(
        kinds,
        [
            EntryKind::CollectionDemand,
            EntryKind::FinalNotice,
            EntryKind::PaymentOrder
        ],
        "{projected:?}"
    );
    assert_eq!(
        letters_and_order(&projected),
        letters_and_order(&recorded),
        "{recorded:?}"
    );
    // Sent on the same day as B's inkassokrav, a final notice follows it whichever is listed
    // first (a third diff review found the road depending on the order): no other is projected.
    let same_day = |notice_first: bool| {
        let notice = json!({ "kind": "finalNotice", "date": "2023-05-10", "paymentTermDays": 10 });
        let demand =
            json!({ "kind": "collectionDemand", "date": "2023-05-10", "paymentTermDays": 10 });
        let steps = if notice_first {
            json!([notice, demand])
        } else {
            json!([demand, notice])
        };
        road(&timeline(
            &judged_a_then(None, steps),
            policy(),
            "2023-05-10",
        ))
    };
    assert_eq!(same_day(true), same_day(false));
    assert!(
        !same_day(true)
            .iter()
            .any(|(k, _)| *k == EntryKind::FinalNotice),
        "{:?}",
        same_day(true)
    );
}

#[test]
fn the_left_out_road_replaces_no_application_of_the_first_round() {
    // A diff review: with the verkställighet on A's judgment projected, B's
    // betalningsföreläggande was noted as replacing A's application of 2023-03-01 (which led
    // to the judgment), a note the recorded reading never gave. The notes are alike now.
    let later =
        || json!([{ "kind": "collectionDemand", "date": "2023-05-10", "paymentTermDays": 10 }]);
    let notes = |claim: &Claim| -> Vec<String> {
        timeline(claim, json!({ "preset": "standard" }), "2023-05-10")
            .entries
            .iter()
            .filter(|e| e.status == EntryStatus::Projected && e.kind == EntryKind::PaymentOrder)
            .flat_map(|e| e.notes.iter().map(|n| n.code.as_str().to_owned()))
            .collect()
    };
    let projected = notes(&judged_a_then(None, later()));
    let recorded = notes(&judged_a_then(Some("2023-05-10"), later()));
    assert!(
        !projected.iter().any(|c| c == "PROJECTION_ADJUSTED"),
        "{projected:?}"
    );
    assert_eq!(projected, recorded);
}

/// The projected road of `later` after A's judgment, with the verkställighet on it projected
/// (`None`) or recorded on each of `recorded`, all on `today`: (kind, date) without the
/// verkställighet on the judgment itself.
fn roads_after_judgment(
    later: fn() -> Value,
    policy: fn() -> Value,
    today: &str,
    recorded: &[&str],
) -> Vec<Vec<(EntryKind, String)>> {
    let mut out = vec![road(&timeline(
        &judged_a_then(None, later()),
        policy(),
        today,
    ))];
    for &day in recorded {
        let mut steps = later();
        if let Value::Array(s) = &mut steps {
            s.push(json!({ "kind": "enforcement", "date": day }));
        }
        out.push(road(&timeline(
            &judged_a_then(None, steps),
            policy(),
            today,
        )));
    }
    out.into_iter()
        .map(|r| {
            r.into_iter()
                .filter(|(k, d)| !(*k == EntryKind::Enforcement && d.as_str() <= today))
                .collect()
        })
        .collect()
}

#[test]
fn an_inkassokrav_sent_again_after_the_final_notice_leaves_it_standing() {
    // A second diff review: B's final notice after its inkassokrav was sent again once an
    // inkassokrav was sent again after it, only when the verkställighet on A's judgment was
    // projected; as on the first round's road, it stands.
    let later = || {
        json!([
            { "kind": "collectionDemand", "date": "2023-05-10", "paymentTermDays": 10 },
            { "kind": "finalNotice", "date": "2023-05-22", "paymentTermDays": 10 },
            { "kind": "collectionDemand", "date": "2023-05-24", "paymentTermDays": 10, "fee": false }
        ])
    };
    let roads = roads_after_judgment(
        later,
        || json!({ "preset": "reminderDemandFinalNotice" }),
        "2023-05-25",
        &["2023-05-05", "2023-05-15", "2023-05-23", "2023-05-25"],
    );
    for r in &roads {
        assert!(
            !r.iter().any(|(k, _)| *k == EntryKind::FinalNotice),
            "{roads:?}"
        );
        assert_eq!(r, &roads[1], "{roads:?}");
    }
}

#[test]
fn a_final_notice_before_any_inkassokrav_is_followed_by_no_reminder() {
    // A second diff review: a final notice recorded before any inkassokrav got a påminnelse
    // (with its fee) projected after it. The road goes on from the inkassokrav.
    let c = common::claim(json!({
        "debtor": "consumer",
        "reminderFeeAgreed": true,
        "invoices": [invoice("1", "1000.00", "2025-02-12", "2025-03-14")],
        "steps": [{ "kind": "finalNotice", "date": "2025-03-20", "paymentTermDays": 10 }]
    }))
    .expect("claim");
    for policy in [
        json!({ "preset": "standard" }),
        json!({ "preset": "standard", "secondReminder": {} }),
        json!({ "preset": "reminderDemandFinalNotice" }),
    ] {
        let r = road(&timeline(&c, policy.clone(), "2025-04-01"));
        assert_eq!(
            r.first().map(|(k, _)| *k),
            Some(EntryKind::CollectionDemand),
            "{policy}: {r:?}"
        );
        assert!(
            !r.iter().any(|(k, _)| *k == EntryKind::Reminder),
            "{policy}: {r:?}"
        );
    }
}
