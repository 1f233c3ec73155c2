//! An invoice is owed from its issue date (DOMAIN.md 8.6 allocates a payment to what is
//! outstanding on its day): a statement, a replay, a letter and a timeline dated before an
//! invoice's issue date leave it out, and a payment before it cannot pay it.

mod common;

use common::{date, has_warning, ok};
use inkasso::statement::{Replay, StatementOptions};
use inkasso::warning::WarningCode;
use serde_json::{json, Value};

/// Invoice A (1 000 kr, issued 2025-01-10, due 2025-02-10) and invoice B (500 kr, issued
/// 2025-03-03, due 2025-04-02), with `payments` and the statement date `as_of`.
fn two_invoices(payments: Value, as_of: &str) -> Value {
    json!({
        "debtor": "consumer",
        "reminderFeeAgreed": false,
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "500.00", "issueDate": "2025-03-03", "dueDate": "2025-04-02" }
        ],
        "payments": payments,
        "asOf": as_of
    })
}

/// The claim of [`two_invoices`] (without a statement date).
fn two_invoice_claim(payments: Value) -> inkasso::Claim {
    let mut input = two_invoices(payments, "2025-01-10");
    input.as_object_mut().map(|o| o.remove("asOf"));
    common::claim(input).expect("claim")
}

/// The inkassokrav `letter` of `claim` dated `day`, 10 days to pay.
fn demand_letter(
    claim: &inkasso::Claim,
    day: &str,
) -> Result<inkasso::letter::Letter, inkasso::Error> {
    inkasso::letter::letter(
        claim,
        inkasso::claim::StepKind::CollectionDemand,
        date(day),
        10,
        &inkasso::letter::LetterOptions::default(),
    )
}

#[test]
fn an_invoice_issued_after_the_statement_date_is_left_out() {
    let s = ok(two_invoices(json!([]), "2025-03-02"));
    assert_eq!(s.capital.to_string(), "1000.00");
    assert_eq!(s.invoices[1].capital.to_string(), "0.00");
    assert_eq!(s.invoices[0].capital.to_string(), "1000.00");
    assert!(has_warning(&s, WarningCode::AfterAsOf, Some("invoices[1]")));
    let w = s
        .warnings
        .iter()
        .find(|w| w.code == WarningCode::AfterAsOf)
        .expect("the warning");
    assert_eq!(
        inkasso::text::warning(w).en,
        "The invoice is issued on 2025-03-03, after the statement date, and is left out."
    );
}

#[test]
fn an_invoice_is_owed_from_its_issue_date() {
    let s = ok(two_invoices(json!([]), "2025-03-03"));
    assert_eq!(s.capital.to_string(), "1500.00");
    assert_eq!(s.invoices[1].capital.to_string(), "500.00");
    assert!(!has_warning(&s, WarningCode::AfterAsOf, None));
}

#[test]
fn a_payment_before_an_invoice_is_issued_cannot_pay_it() {
    // 1 200 kr on 2025-02-01 pays A's 1 000 kr; the 200 kr left are a credit, and B, issued a
    // month later, is owed in full.
    let payments = json!([{ "date": "2025-02-01", "amount": "1200.00" }]);
    let before = ok(two_invoices(payments.clone(), "2025-02-01"));
    assert_eq!(before.capital.to_string(), "0.00");
    assert_eq!(before.credit.to_string(), "200.00");
    let after = ok(two_invoices(payments, "2025-03-10"));
    assert_eq!(after.capital.to_string(), "500.00");
    assert_eq!(after.credit.to_string(), "200.00");
    assert_eq!(after.allocations[0].capital.to_string(), "1000.00");
    assert_eq!(after.allocations[0].credit.to_string(), "200.00");
    assert!(has_warning(
        &after,
        WarningCode::Overpaid,
        Some("payments[0]")
    ));
}

#[test]
fn a_payment_on_the_issue_date_pays_the_invoice() {
    let payments = json!([{ "date": "2025-03-03", "amount": "1200.00" }]);
    let s = ok(two_invoices(payments, "2025-03-10"));
    // A's interest (2025-02-11 – 2025-03-03), then its capital, then 200 kr of B's.
    let a = &s.allocations[0];
    assert_eq!(a.interest.to_string(), "6.33");
    assert_eq!(a.capital.to_string(), "1193.67");
    assert_eq!(s.invoices[0].capital.to_string(), "0.00");
    assert_eq!(s.invoices[1].capital.to_string(), "306.33");
    assert_eq!(s.credit.to_string(), "0.00");
}

#[test]
fn the_replay_agrees_with_the_statement_across_the_issue_date() {
    let input = two_invoices(
        json!([{ "date": "2025-02-01", "amount": "300.00" }]),
        "2025-01-10",
    );
    let claim = common::claim({
        let mut c = input.clone();
        c.as_object_mut().map(|o| o.remove("asOf"));
        c
    })
    .expect("claim");
    let options = StatementOptions::new(date("2025-01-10"));
    let mut replay = Replay::new(&claim, &options).expect("replay");
    let mut day = date("2025-01-10");
    while day <= date("2025-05-01") {
        let mut dated = input.clone();
        dated["asOf"] = json!(day.to_string());
        let s = ok(dated);
        let t = replay.totals_on(day).expect("totals");
        assert_eq!(
            (t.capital, t.interest, t.fees, t.total, t.credit, t.per_diem),
            (s.capital, s.interest, s.fees, s.total, s.credit, s.per_diem),
            "{day}"
        );
        day = day.next_day().expect("in range");
    }
}

#[test]
fn a_letter_before_an_invoice_is_issued_is_refused_as_that_invoice_is_not_yet_due() {
    // A letter is for the claim as it stands: an inkassokrav dated before B is due (or issued)
    // would list B too, so `letter` refuses it, and the timeline sends none before B is due.
    let claim = two_invoice_claim(json!([]));
    let e = demand_letter(&claim, "2025-02-20").expect_err("refused");
    assert_eq!(
        (e.code().as_str(), e.field(), e.message()),
        (
            "COLLECTION_DEMAND_NOT_OVERDUE",
            Some("date"),
            "an inkassokrav may only be sent after the due date has passed: invoice \"B\" is due 2025-04-02 and the letter is dated 2025-02-20"
        )
    );
    let state = inkasso::state::claim_state(&claim, date("2025-02-20")).expect("state");
    assert!(!state.settled());
    assert_eq!(state.not_yet_due().map(|i| i.number.as_str()), Some("B"));
}

/// `check` judges a recorded inkassokrav on the invoices issued by its day: one sent before B
/// was issued did not demand B, and is lawful for A (a legal review found a lawful first round
/// flagged COLLECTION_DEMAND_NOT_OVERDUE, and its betalningsföreläggande
/// PAYMENT_ORDER_ON_INVALID_DEMAND, for an invoice issued seven months later), with or without
/// a payment before it. One sent after B was issued and before it fell due is flagged, naming
/// B; one sent when nothing issued by its day was owed is a demand without a debt.
#[test]
fn check_judges_an_inkassokrav_on_the_invoices_issued_by_its_day() {
    let findings = |payments: Value, steps: Value| {
        let mut input = two_invoices(payments, "2025-02-20");
        let o = input.as_object_mut().expect("object");
        o.remove("asOf");
        o.insert("steps".into(), steps);
        let claim = common::claim(input).expect("claim");
        let policy = inkasso::policy::Policy::preset(inkasso::policy::PresetId::Standard);
        inkasso::compliance::check(&claim, Some(&policy))
            .expect("check")
            .into_iter()
            .filter(|f| f.severity == inkasso::compliance::Severity::Error)
            .map(|f| (f.code.as_str(), f.text().en))
            .collect::<Vec<_>>()
    };
    let before_b = json!([{ "kind": "collectionDemand", "date": "2025-02-20" }]);
    for payments in [
        json!([]),
        json!([{ "date": "2025-02-15", "amount": "1.00" }]),
    ] {
        assert_eq!(
            findings(payments.clone(), before_b.clone()),
            vec![],
            "{payments}"
        );
    }
    // A betalningsföreläggande on it after B was issued, before B fell due: for A alone, on a
    // lawful demand (a legal review found it called PAYMENT_ORDER_ON_INVALID_DEMAND, the
    // demand "sent before the due date had passed for invoice B").
    let all = |steps: Value| {
        let mut input = two_invoices(json!([]), "2025-02-20");
        let o = input.as_object_mut().expect("object");
        o.remove("asOf");
        o.insert("steps".into(), steps);
        let claim = common::claim(input).expect("claim");
        inkasso::compliance::check(&claim, None)
            .expect("check")
            .into_iter()
            .map(|f| (f.code.as_str(), f.severity, f.text().en))
            .collect::<Vec<_>>()
    };
    let order = |date: &str| {
        all(json!([
            { "kind": "collectionDemand", "date": "2025-02-20" },
            { "kind": "paymentOrder", "date": date }
        ]))
    };
    assert_eq!(order("2025-03-20"), vec![]);
    // After B fell due: B was never demanded (a warning, as for an application with no
    // inkassokrav at all), and the demand is not called early.
    let late = order("2025-04-10");
    assert_eq!(
        late.iter().map(|f| (f.0, f.1)).collect::<Vec<_>>(),
        vec![(
            "PAYMENT_ORDER_WITHOUT_DEMAND",
            inkasso::compliance::Severity::Warning
        )]
    );
    assert!(
        late[0]
            .2
            .contains("covers invoice B, which no debt-collection demand has demanded")
            && late[0]
                .2
                .contains("demand of 2025-02-20 was sent before it was issued"),
        "{late:?}"
    );

    let b_not_yet_due = findings(
        json!([]),
        json!([{ "kind": "collectionDemand", "date": "2025-03-10" }]),
    );
    assert_eq!(
        b_not_yet_due.iter().map(|f| f.0).collect::<Vec<_>>(),
        vec!["COLLECTION_DEMAND_NOT_OVERDUE"]
    );
    assert!(b_not_yet_due[0].1.contains("B"), "{b_not_yet_due:?}");
    // A paid (with its interest) before the demand, B not yet issued: nothing it could demand.
    let nothing = findings(
        json!([{ "date": "2025-02-15", "amount": "1010.00" }]),
        json!([{ "kind": "collectionDemand", "date": "2025-02-20" }]),
    );
    assert_eq!(
        nothing.iter().map(|f| f.0).collect::<Vec<_>>(),
        vec!["COLLECTION_DEMAND_NOT_OVERDUE"]
    );
    assert!(
        nothing[0].1.contains("nothing overdue was left"),
        "{nothing:?}"
    );
}

/// The timeline's history covers every invoice issued, even one issued after the last step or
/// payment: B, time-barred, is not demanded.
#[test]
fn a_timeline_does_not_demand_an_invoice_issued_after_every_event_once_time_barred() {
    let claim = common::claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2020-01-10", "dueDate": "2020-02-10" },
            { "number": "B", "amount": "500.00", "issueDate": "2020-03-03", "dueDate": "2020-04-02" }
        ],
        "payments": [{ "date": "2020-02-01", "amount": "1000.00" }]
    }))
    .expect("claim");
    let t = inkasso::timeline::timeline(
        &claim,
        &inkasso::policy::Policy::preset(inkasso::policy::PresetId::Standard),
        &inkasso::timeline::TimelineOptions {
            today: Some(date("2024-01-15")),
            ..Default::default()
        },
    )
    .expect("timeline");
    let kinds: Vec<_> = t.entries.iter().map(|e| e.kind).collect();
    assert_eq!(kinds, vec![inkasso::timeline::EntryKind::Due]);
}

/// A paid first invoice and a second one issued later: the letter is refused as not yet due
/// (the claim is not paid in full), as `check` and the claim's state judge it.
#[test]
fn a_letter_with_only_a_later_invoice_owed_is_not_yet_due_rather_than_nothing_to_collect() {
    let claim = two_invoice_claim(json!([{ "date": "2025-02-10", "amount": "1000.00" }]));
    let e = demand_letter(&claim, "2025-02-20").expect_err("refused");
    assert_eq!(e.code().as_str(), "COLLECTION_DEMAND_NOT_OVERDUE", "{e}");
    let state = inkasso::state::claim_state(&claim, date("2025-02-20")).expect("state");
    assert!(!state.invoices[1].issued && !state.settled());
}

/// A claim judged (after a disputed betalningsföreläggande) for invoice A, and invoice B issued
/// after the judgment, with `extra` steps after it.
fn judged_then_issued(extra: Value) -> inkasso::Claim {
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
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "5000.00", "issueDate": "2025-09-01", "dueDate": "2025-10-01" }
        ],
        "steps": steps
    }))
    .expect("claim")
}

/// The projected entries of the timeline of `claim` under `policy` on `today`.
fn projected_entries(
    claim: &inkasso::Claim,
    policy: &inkasso::policy::Policy,
    today: Option<&str>,
) -> Vec<inkasso::timeline::Entry> {
    let options = inkasso::timeline::TimelineOptions {
        today: today.map(date),
        ..inkasso::timeline::TimelineOptions::default()
    };
    inkasso::timeline::timeline(claim, policy, &options)
        .expect("timeline")
        .entries
        .into_iter()
        .filter(|e| e.status == inkasso::timeline::EntryStatus::Projected)
        .collect()
}

/// An entry's kind as the JS API names it (`collectionDemand`).
fn kind_name(e: &inkasso::timeline::Entry) -> String {
    serde_json::to_value(e.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn standard() -> inkasso::policy::Policy {
    inkasso::policy::Policy::preset(inkasso::policy::PresetId::Standard)
}

/// The projected entries of the `standard` timeline of `claim` on `today`: (kind, date, fees).
fn projected(claim: &inkasso::Claim, today: &str) -> Vec<(String, String, Vec<String>)> {
    projected_entries(claim, &standard(), Some(today))
        .iter()
        .map(|e| {
            (
                kind_name(e),
                e.date.to_string(),
                e.fees
                    .iter()
                    .map(|f| format!("{} {}", f.kind.as_str(), f.amount))
                    .collect(),
            )
        })
        .collect()
}

/// A judgment is a title for the invoices its case was brought for (overdue when the
/// betalningsföreläggande or the stämningsansökan was filed), not for an invoice issued after
/// it: the timeline projects verkställighet on the judgment, and for the later invoice the road
/// from the inkassokrav (sent again) to a betalningsföreläggande and a verkställighet of its own.
/// Was (a Known limit): one verkställighet that took in the later invoice, with no title for it.
#[test]
fn a_judgment_does_not_cover_an_invoice_issued_after_it() {
    let kinds: Vec<String> = projected(&judged_then_issued(json!([])), "2025-11-01")
        .into_iter()
        .map(|(kind, _, _)| kind)
        .collect();
    assert_eq!(
        kinds,
        vec![
            "enforcement",
            "collectionDemand",
            "paymentOrder",
            "enforcement"
        ],
        "{:?}",
        projected(&judged_then_issued(json!([])), "2025-11-01")
    );
}

/// The same after a recorded verkställighet on the judgment, dated when invoice B was overdue:
/// it enforces the judgment (invoice A), so B still has no title and its road is projected.
/// Was (a Known limit): the verkställighet read as covering B, and no inkassokrav for it.
#[test]
fn a_verkstallighet_on_a_judgment_does_not_cover_an_invoice_issued_after_the_judgment() {
    let claim = judged_then_issued(json!([{ "kind": "enforcement", "date": "2025-10-15" }]));
    let kinds: Vec<String> = projected(&claim, "2025-11-01")
        .into_iter()
        .map(|(kind, _, _)| kind)
        .collect();
    assert_eq!(
        kinds.iter().take(3).cloned().collect::<Vec<_>>(),
        vec!["collectionDemand", "paymentOrder", "enforcement"],
        "{:?}",
        projected(&claim, "2025-11-01")
    );
}

/// What the timeline projects for `claim` on `today` is lawful: recorded as steps (their fees
/// as projected, their terms to their deadlines), `check` finds no error about them (the
/// taken inkassokrav, dated before invoice B was issued, is judged partial by `check` on a
/// claim of both invoices: only the projected steps are looked at).
fn assert_projection_lawful(claim: &inkasso::Claim, today: Option<&str>) {
    assert_projection_lawful_under(claim, &standard(), today);
}

/// [`assert_projection_lawful`] under `policy`.
fn assert_projection_lawful_under(
    claim: &inkasso::Claim,
    policy: &inkasso::policy::Policy,
    today: Option<&str>,
) {
    let taken = claim.steps.len();
    let mut with_projection = claim.clone();
    for e in projected_entries(claim, policy, today) {
        let Some(kind) = e.kind.step_kind() else {
            continue;
        };
        let mut step = inkasso::Step::new(kind, e.date);
        step.fee = Some(!e.fees.is_empty());
        step.further_year = e.further_year;
        step.payment_term_days = e
            .deadline
            .and_then(|d| u32::try_from((d - e.date).whole_days()).ok());
        with_projection.steps.push(step);
    }
    let errors: Vec<_> = inkasso::compliance::check(&with_projection, None)
        .expect("check")
        .into_iter()
        .filter(|f| {
            f.severity == inkasso::compliance::Severity::Error && f.step.is_some_and(|i| i >= taken)
        })
        .map(|f| f.text().en)
        .collect();
    assert!(errors.is_empty(), "{today:?}: {errors:?}");
}

#[test]
fn the_road_projected_for_an_invoice_a_judgment_left_out_is_lawful() {
    for extra in [
        json!([]),
        json!([{ "kind": "enforcement", "date": "2025-10-15" }]),
    ] {
        assert_projection_lawful(&judged_then_issued(extra), Some("2025-11-01"));
    }
}

/// Invoice A (due 2025-02-10) and B (`b_issue`, `b_due`), with `steps` and `credits`.
fn a_and_b(b_issue: &str, b_due: &str, steps: Value, credits: Value) -> inkasso::Claim {
    common::claim(json!({
        "debtor": "business",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "5000.00", "issueDate": b_issue, "dueDate": b_due }
        ],
        "steps": steps,
        "credits": credits
    }))
    .expect("claim")
}

fn kinds_and_dates(claim: &inkasso::Claim, today: Option<&str>) -> Vec<(String, String)> {
    projected_entries(claim, &standard(), today)
        .iter()
        .map(|e| (kind_name(e), e.date.to_string()))
        .collect()
}

/// Cases a review of the change found (each failed before its fix): the road of the invoice
/// left out comes after the verkställighet on the judgment, never before the judgment; a
/// judgment on a betalningsföreläggande (its utslag) covers what was overdue when it was
/// applied for, lawful or not; an invoice credited in full before the verkställighet needs no
/// road; a second case is judged from its own start.
#[test]
fn the_road_of_an_invoice_a_judgment_left_out_comes_after_it() {
    let court = json!([
        { "kind": "collectionDemand", "date": "2025-02-20" },
        { "kind": "paymentOrder", "date": "2025-03-20" },
        { "kind": "dispute", "date": "2025-04-01" },
        { "kind": "courtAction", "date": "2025-04-20" },
        { "kind": "judgment", "date": "2025-08-15" }
    ]);
    // B falls due during the court case: its road after the verkställighet on the judgment.
    for today in [None, Some("2025-07-01"), Some("2025-08-15")] {
        let got = kinds_and_dates(
            &a_and_b("2025-05-01", "2025-06-01", court.clone(), json!([])),
            today,
        );
        let kinds: Vec<&str> = got.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            kinds,
            vec![
                "enforcement",
                "collectionDemand",
                "paymentOrder",
                "enforcement"
            ],
            "{today:?}: {got:?}"
        );
        assert!(
            got.iter().all(|(_, d)| d.as_str() > "2025-08-15"),
            "{today:?}: {got:?}"
        );
        let dates: Vec<&str> = got.iter().map(|(_, d)| d.as_str()).collect();
        assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{today:?}: {got:?}");
        assert_projection_lawful(
            &a_and_b("2025-05-01", "2025-06-01", court.clone(), json!([])),
            today,
        );
    }
    // A judgment on an undisputed betalningsföreläggande (its utslag): B, issued after the
    // application, is left out.
    let utslag = json!([
        { "kind": "collectionDemand", "date": "2025-02-20" },
        { "kind": "paymentOrder", "date": "2025-03-20" },
        { "kind": "judgment", "date": "2025-05-15" }
    ]);
    let got = kinds_and_dates(
        &a_and_b("2025-04-01", "2025-05-01", utslag, json!([])),
        Some("2025-06-01"),
    );
    assert_eq!(
        got.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(),
        vec![
            "enforcement",
            "collectionDemand",
            "paymentOrder",
            "enforcement"
        ],
        "{got:?}"
    );
    // B credited in full after the judgment, before the verkställighet: nothing more for it.
    let sued = json!([
        { "kind": "collectionDemand", "date": "2025-02-20" },
        { "kind": "courtAction", "date": "2025-03-20" },
        { "kind": "judgment", "date": "2025-08-15" }
    ]);
    let credited = a_and_b(
        "2025-05-01",
        "2025-06-01",
        sued,
        json!([{ "invoice": "B", "date": "2025-08-20", "amount": "5000.00" }]),
    );
    let got = kinds_and_dates(&credited, Some("2025-09-01"));
    assert_eq!(
        got.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(),
        vec!["enforcement"],
        "{got:?}"
    );
    // A second case (inkassokrav, betalningsföreläggande, judgment) for B: its judgment covers
    // B, so only the verkställighet follows.
    let two_cases = json!([
        { "kind": "collectionDemand", "date": "2025-02-20" },
        { "kind": "courtAction", "date": "2025-03-20" },
        { "kind": "judgment", "date": "2025-08-15" },
        { "kind": "collectionDemand", "date": "2025-10-15" },
        { "kind": "paymentOrder", "date": "2025-11-20" },
        { "kind": "judgment", "date": "2026-01-15" }
    ]);
    let got = kinds_and_dates(
        &a_and_b("2025-09-01", "2025-10-01", two_cases, json!([])),
        Some("2026-02-01"),
    );
    assert_eq!(
        got.iter().map(|(k, _)| k.as_str()).collect::<Vec<_>>(),
        vec!["enforcement"],
        "{got:?}"
    );
}

fn projected_kinds(claim: &Value, policy: Value, today: &str) -> Vec<String> {
    let claim = common::claim(claim.clone()).expect("claim");
    projected_entries(&claim, &common::policy(policy), Some(today))
        .iter()
        .map(kind_name)
        .collect()
}

/// A cross-export fuzz of the change: a projected judgment (the court path after a recorded
/// dispute) is a title only for the invoices of its case too, so recording what the timeline
/// projected does not change what it projects next; and a judgment covers an invoice overdue
/// when its case was brought even when the inkassokrav before it was sent before that
/// invoice fell due (no second road after a recorded verkställighet).
#[test]
fn a_projected_judgment_covers_what_a_recorded_one_would() {
    // The case was brought by the betalningsföreläggande of 2024-08-21, before B was issued.
    let mut claim = json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2024-07-13", "dueDate": "2024-07-28" },
            { "number": "B", "amount": "5000.00", "issueDate": "2024-09-14", "dueDate": "2024-10-01" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2024-08-01", "paymentTermDays": 10 },
            { "kind": "paymentOrder", "date": "2024-08-21" },
            { "kind": "dispute", "date": "2024-11-20" }
        ]
    });
    let policy = json!({ "preset": "standard", "court": {} });
    let before = projected_kinds(&claim, policy.clone(), "2024-11-21");
    assert_eq!(
        before,
        vec![
            "courtAction",
            "judgment",
            "enforcement",
            "courtAction",
            "judgment",
            "enforcement"
        ]
    );
    // Recorded as projected (court action, judgment, verkställighet): the same road for B.
    // B was issued by the dispute's day, so it is disputed too; the judgment on A's case does
    // not decide it, and its road goes to court (a review found it demanded again).
    let c = common::claim(claim.clone()).expect("claim");
    let recorded: Vec<Value> =
        projected_entries(&c, &common::policy(policy.clone()), Some("2024-11-21"))
            .iter()
            .take(3)
            .map(|e| {
                json!({
                    "kind": kind_name(e),
                    "date": e.date.to_string(),
                    "fee": !e.fees.is_empty()
                })
            })
            .collect();
    let last = recorded
        .last()
        .and_then(|s| s["date"].as_str())
        .unwrap_or("")
        .to_owned();
    if let Some(steps) = claim["steps"].as_array_mut() {
        steps.extend(recorded);
    }
    assert_eq!(
        projected_kinds(&claim, policy, &last),
        vec!["courtAction", "judgment", "enforcement"]
    );

    // B overdue when the betalningsföreläggande was applied for (2024-07-25), though the
    // inkassokrav of 2024-06-27 came before B fell due: the judgment covers it.
    let covered = |extra: Value| {
        let mut steps = vec![
            json!({ "kind": "collectionDemand", "date": "2024-06-27", "paymentTermDays": 10 }),
            json!({ "kind": "paymentOrder", "date": "2024-07-25" }),
            json!({ "kind": "judgment", "date": "2024-08-04" }),
        ];
        steps.extend(extra.as_array().cloned().unwrap_or_default());
        json!({
            "debtor": "business",
            "invoices": [
                { "number": "A", "amount": "6541.00", "issueDate": "2024-05-18", "dueDate": "2024-06-17" },
                { "number": "B", "amount": "25443.00", "issueDate": "2024-07-02", "dueDate": "2024-07-12" }
            ],
            "steps": steps
        })
    };
    assert_eq!(
        projected_kinds(
            &covered(json!([])),
            json!({ "preset": "standard" }),
            "2024-08-05"
        ),
        vec!["enforcement"]
    );
    assert_eq!(
        projected_kinds(
            &covered(json!([{ "kind": "enforcement", "date": "2024-08-05" }])),
            json!({ "preset": "standard" }),
            "2024-08-05"
        ),
        Vec::<String>::new()
    );
}

/// After an earlier case's verkställighet (taken), a later judgment that left an invoice out:
/// that invoice's road follows, as when a verkställighet on the judgment is recorded (a
/// cross-export fuzz found it only once the projected verkställighet was recorded). The
/// judgment decides nothing of its own (A, the only invoice overdue when its case was brought,
/// was decided by the enforced utslag), so no verkställighet is projected on it: the
/// projection is the same whether the judgment is taken or projected (a court-path property
/// run found them different).
#[test]
fn a_judgment_after_an_earlier_verkstallighet_leaves_out_a_later_invoice_too() {
    let mut claim = json!({
        "debtor": "business",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2024-01-10", "dueDate": "2024-02-10" },
            { "number": "B", "amount": "5000.00", "issueDate": "2024-11-01", "dueDate": "2024-12-02" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2024-02-20" },
            { "kind": "paymentOrder", "date": "2024-03-20" },
            { "kind": "enforcement", "date": "2024-05-06" },
            { "kind": "courtAction", "date": "2024-09-02" },
            { "kind": "judgment", "date": "2024-12-16" }
        ]
    });
    let policy = json!({ "preset": "standard" });
    let before = projected_kinds(&claim, policy.clone(), "2025-01-07");
    assert_eq!(
        before,
        vec!["collectionDemand", "paymentOrder", "enforcement"],
        "{before:?}"
    );
    if let Some(steps) = claim["steps"].as_array_mut() {
        steps.push(json!({ "kind": "enforcement", "date": "2025-01-07" }));
    }
    let after = projected_kinds(&claim, policy, "2025-01-07");
    assert_eq!(
        after,
        vec!["collectionDemand", "paymentOrder", "enforcement"],
        "{after:?}"
    );
}

/// The judgment's own invoice paid after it, while an invoice it left out is owed: nothing is
/// left to enforce under the judgment, so no verkställighet (and no grundavgift) is projected
/// on it; the road of the invoice left out goes on from the inkassokrav sent again.
/// Was (a Known limit): a verkställighet on the judgment, with its grundavgift, projected
/// first because some invoice was overdue and unpaid.
#[test]
fn no_verkstallighet_on_a_judgment_whose_own_debt_is_paid() {
    // 13 000 kr on 2025-09-10 pays every fee, the interest and A's capital (earliest due
    // first); the rest of it pays part of B, issued 2025-09-01.
    let paid = judged_then_issued(json!([]));
    let mut paid_value = serde_json::to_value(&paid).expect("claim serialises");
    paid_value["payments"] = json!([{ "date": "2025-09-10", "amount": "13000.00" }]);
    let paid = common::claim(paid_value).expect("claim");
    let s = inkasso::statement::statement(&paid, &StatementOptions::new(date("2025-09-11")))
        .expect("statement");
    assert_eq!(s.invoices[0].capital.to_string(), "0.00");
    assert!(
        s.invoices[1].capital.to_string() != "0.00",
        "{:?}",
        s.invoices[1]
    );
    let got = projected(&paid, "2025-11-01");
    let kinds: Vec<&str> = got.iter().map(|(k, _, _)| k.as_str()).collect();
    assert_eq!(
        kinds,
        vec!["collectionDemand", "paymentOrder", "enforcement"],
        "{got:?}"
    );
    // B's own verkställighet charges the grundavgift: none was charged before it.
    assert!(
        got.last().is_some_and(|(_, _, fees)| !fees.is_empty()),
        "{got:?}"
    );
    assert_projection_lawful(&paid, Some("2025-11-01"));
    // A paid only in part: the judgment's debt is owed, and its verkställighet comes first.
    let mut part_value = serde_json::to_value(&paid).expect("claim serialises");
    part_value["payments"] = json!([{ "date": "2025-09-10", "amount": "5000.00" }]);
    let part = common::claim(part_value).expect("claim");
    let got = projected(&part, "2025-11-01");
    assert_eq!(
        got.iter().map(|(k, _, _)| k.as_str()).collect::<Vec<_>>(),
        vec![
            "enforcement",
            "collectionDemand",
            "paymentOrder",
            "enforcement"
        ],
        "{got:?}"
    );
}

/// `standard` with the court path.
fn with_court() -> inkasso::policy::Policy {
    common::policy(json!({ "preset": "standard", "court": {} }))
}

/// The kinds the timeline of `claim` projects on `today` under [`with_court`].
fn court_kinds(claim: &inkasso::Claim, today: &str) -> Vec<String> {
    projected_entries(claim, &with_court(), Some(today))
        .iter()
        .map(kind_name)
        .collect()
}

/// Invoice B's own dispute, recorded after the judgment on A.
fn b_disputed_after_judgment(dispute: &str) -> inkasso::Claim {
    judged_then_issued(json!([{ "kind": "dispute", "date": dispute }]))
}

/// The kinds of the entries `check` flags as errors, in step order.
fn error_codes(claim: &inkasso::Claim) -> Vec<String> {
    inkasso::compliance::check(claim, None)
        .expect("check")
        .into_iter()
        .filter(|f| f.severity == inkasso::compliance::Severity::Error)
        .map(|f| f.code.as_str().to_owned())
        .collect()
}

/// A dispute recorded after a judgment is about the invoices the judgment left out (here B,
/// issued after the case was brought, disputed after it fell due): `letter` refuses, `check`
/// flags an inkassokrav sent after it, and the timeline takes B's road to court after the
/// verkställighet on the judgment, as the three read a dispute of the whole claim. One
/// recorded before B was issued, or after a judgment that left nothing out, disputes nothing.
/// Was (a Known limit): a dispute after a judgment disputed nothing in any function.
#[test]
fn a_dispute_after_a_judgment_is_about_the_invoices_it_left_out() {
    let disputed = b_disputed_after_judgment("2025-10-15");
    let refused = demand_letter(&disputed, "2025-11-03").expect_err("disputed");
    assert_eq!(
        refused.code(),
        inkasso::ErrorCode::ClaimDisputed,
        "{refused}"
    );
    let mut with_demand = disputed.clone();
    with_demand.steps.push(inkasso::Step::new(
        inkasso::claim::StepKind::CollectionDemand,
        date("2025-11-03"),
    ));
    assert!(
        error_codes(&with_demand).contains(&"DEMAND_AFTER_DISPUTE".to_owned()),
        "{:?}",
        error_codes(&with_demand)
    );
    let kinds = court_kinds(&disputed, "2025-11-01");
    assert_eq!(
        kinds,
        vec!["enforcement", "courtAction", "judgment", "enforcement"],
        "{kinds:?}"
    );
    assert_projection_lawful_under(&disputed, &with_court(), Some("2025-11-01"));
    // Without a court path, nothing after the verkställighet on the judgment (no demand).
    let kinds: Vec<String> = projected(&disputed, "2025-11-01")
        .into_iter()
        .map(|(kind, _, _)| kind)
        .collect();
    assert_eq!(kinds, vec!["enforcement"]);

    // Recorded before B was issued (2025-09-01): about nothing the judgment left out.
    let early = b_disputed_after_judgment("2025-08-20");
    assert!(demand_letter(&early, "2025-11-03").is_ok());
    let kinds = court_kinds(&early, "2025-11-01");
    assert_eq!(
        kinds,
        vec![
            "enforcement",
            "collectionDemand",
            "paymentOrder",
            "enforcement"
        ]
    );

    // A judgment that covers every invoice: a dispute after it disputes nothing.
    let covered = common::claim(json!({
        "debtor": "business",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2025-02-20" },
            { "kind": "paymentOrder", "date": "2025-03-20" },
            { "kind": "judgment", "date": "2025-05-15" },
            { "kind": "dispute", "date": "2025-06-01" }
        ]
    }))
    .expect("claim");
    assert!(demand_letter(&covered, "2025-06-10").is_ok());
    assert!(covered.dispute_standing(date("2025-06-10"), true).is_none());
}

/// The same after a verkställighet on the judgment: a dispute of B then stands until a
/// judgment (the verkställighet rests on A's title), and only while B is unpaid.
#[test]
fn a_dispute_after_a_verkstallighet_stands_while_an_invoice_it_left_out_is_unpaid() {
    let claim = judged_then_issued(json!([
        { "kind": "enforcement", "date": "2025-09-15" },
        { "kind": "dispute", "date": "2025-10-15" }
    ]));
    let refused = demand_letter(&claim, "2025-11-03").expect_err("disputed");
    assert_eq!(
        refused.code(),
        inkasso::ErrorCode::ClaimDisputed,
        "{refused}"
    );
    let kinds = court_kinds(&claim, "2025-11-01");
    assert_eq!(
        kinds,
        vec!["courtAction", "judgment", "enforcement"],
        "{kinds:?}"
    );
    assert_projection_lawful_under(&claim, &with_court(), Some("2025-11-01"));
    // B credited in full after the dispute: it no longer stands, and A's debt may be demanded.
    let mut credited_value = serde_json::to_value(&claim).expect("claim serialises");
    credited_value["credits"] =
        json!([{ "invoice": "B", "date": "2025-10-20", "amount": "5000.00" }]);
    let credited = common::claim(credited_value).expect("claim");
    let letter = demand_letter(&credited, "2025-11-03");
    assert!(letter.is_ok(), "{:?}", letter.err());
}

/// A verkställighet recorded after a dispute about invoices a title left out rests on that
/// title, and does not decide the dispute: only a judgment does, in `letter`, `check` and the
/// timeline alike. Was (a Known limit): the timeline took it to decide the dispute once a
/// betalningsföreläggande for the invoices left out was recorded.
#[test]
fn a_verkstallighet_does_not_decide_a_dispute_recorded_after_a_title() {
    let claim = common::claim(json!({
        "debtor": "business",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "5000.00", "issueDate": "2025-06-01", "dueDate": "2025-07-01" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2025-02-20" },
            { "kind": "paymentOrder", "date": "2025-03-20" },
            { "kind": "enforcement", "date": "2025-05-02" },
            { "kind": "collectionDemand", "date": "2025-07-03" },
            { "kind": "dispute", "date": "2025-07-15" },
            { "kind": "paymentOrder", "date": "2025-08-20" },
            { "kind": "enforcement", "date": "2025-09-25" }
        ]
    }))
    .expect("claim");
    let refused = demand_letter(&claim, "2025-10-06").expect_err("disputed");
    assert_eq!(
        refused.code(),
        inkasso::ErrorCode::ClaimDisputed,
        "{refused}"
    );
    let kinds = court_kinds(&claim, "2025-10-01");
    assert!(
        kinds.starts_with(&["courtAction".to_owned(), "judgment".to_owned()]),
        "{kinds:?}"
    );
}
