//! A review of 8eeaced and 68c539f (one grundavgift per exekutionstitel, and one yearly fee for
//! the claim whose year runs from the verkställighet under way: `Ledger::starts_enforcement_year`,
//! `Statement::enforcement_year_starts`, the timeline's `History::year_starts` and
//! `other_case_under_way_unpaid`, instalmentPlan's `enforcement_continues`). Each test is a
//! history where the statement, `check`, the timeline and `instalmentPlan` disagree with each
//! other, or with the rule as the engine states it (pkg-template/README.md: "The claim's yearly
//! fee still runs from the earlier verkställighet while it is under way with its debt unpaid
//! (recorded with `fee: false` too: its year comes round all the same); once that debt is paid,
//! the new title's verkställighet starts the year and the further years run from it"). They
//! fail on 68c539f. Y1, Y2 and Y4 were fixed with the year read as the timeline reads it (a
//! year that ended before a later title's application lets it start the next; a fee-free
//! verkställighet starts a year too); Y3 by `limitation::year_moved_to` (the year moves to
//! the later title's application once the earlier's debt is paid); Y5 by reading a case's
//! debt with the costs of the judgment that decided it (`limitation::costs_in_case`).
//!
//! (The timeline's projection recorded as projected, `record_n`, was also compared with the
//! statement and `check` over some 2 600 generated histories: A enforced, B and C issued later,
//! A's title an utslag or a judgment, A's verkställighet with and without `fee: false`, A paid
//! or credited before, on and after B's verkställighet. Every projected fee was the statement's,
//! nothing was flagged, and the timeline recorded up to B's verkställighet projected the same
//! further years: `other_case_under_way_unpaid` reads the debt as the ledger does.)

mod common;

use common::date;
use common::titles::{further_years, timeline};

use inkasso::compliance::{check, FindingCode};
use inkasso::{statement, Claim, StatementOptions};
use serde_json::{json, Value};

/// A (10 000 kr, due 2025-02-10) and B (5 000 kr, issued 2025-09-01, due 2025-10-01).
fn ab() -> Value {
    json!([
        { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
        { "number": "B", "amount": "5000.00", "issueDate": "2025-09-01", "dueDate": "2025-10-01" }
    ])
}

fn claim(steps: &[Value], payments: Value, credits: Value) -> Claim {
    common::claim(json!({
        "debtor": "consumer", "invoices": ab(), "steps": steps,
        "payments": payments, "credits": credits
    }))
    .expect("claim")
}

/// A's case (utslag enforced 2025-05-15, with `a_fee` as its `fee` when given), B's own
/// inkassokrav 2025-10-10 and betalningsföreläggande `b_order`, then `rest`.
fn a_then_b(a_fee: Option<bool>, b_order: &str, rest: &[Value]) -> Vec<Value> {
    let mut a = json!({ "kind": "enforcement", "date": "2025-05-15" });
    if let Some(fee) = a_fee {
        a["fee"] = json!(fee);
    }
    let mut steps = vec![
        json!({ "kind": "collectionDemand", "date": "2025-02-20" }),
        json!({ "kind": "paymentOrder", "date": "2025-03-20" }),
        a,
        json!({ "kind": "collectionDemand", "date": "2025-10-10" }),
        json!({ "kind": "paymentOrder", "date": b_order }),
    ];
    steps.extend(rest.iter().cloned());
    steps
}

fn further_year(day: &str) -> Value {
    json!({ "kind": "enforcement", "date": day, "furtherYear": true })
}

/// The enforcement fee lines: their dates.
fn enforcement_fees(c: &Claim, as_of: &str) -> Vec<String> {
    statement(c, &StatementOptions::new(date(as_of)))
        .expect("statement")
        .fee_lines
        .iter()
        .filter(|l| l.kind.as_str() == "enforcementFee")
        .map(|l| l.date.to_string())
        .collect()
}

/// `check`'s ENFORCEMENT_WITHIN_A_YEAR findings (court policy): their steps.
fn within_a_year(c: &Claim) -> Vec<Option<usize>> {
    check(c, Some(&common::court_policy()))
        .expect("check")
        .iter()
        .filter(|f| f.code == FindingCode::EnforcementWithinAYear)
        .map(|f| f.step)
        .collect()
}

/// The first further year the timeline projects for `c` on `today`.
fn timeline_next(c: &Claim, today: &str) -> Option<String> {
    let t = timeline(c, &common::court_policy(), today, "2028-12-31");
    further_years(&t).into_iter().next()
}

/// instalmentPlan's ENFORCEMENT_CONTINUES for a plan agreed on `day` (24 monthly instalments):
/// (since, next).
fn plan_warning(c: &Claim, day: &str) -> Vec<(String, String)> {
    use inkasso::plan::{instalment_plan, Interval, PlanOptions, PlanRequest, Sizing};
    let request = PlanRequest {
        date: date(day),
        first_date: date(day).next_day().expect("day"),
        interval: Interval::Months(1),
        sizing: Sizing::Count(24),
        fee: true,
    };
    instalment_plan(c, &request, &PlanOptions::default())
        .expect("plan")
        .warnings
        .iter()
        .filter_map(|w| match w.facts {
            inkasso::warning::Facts::EnforcementContinues { since, next, .. } => {
                Some((since.to_string(), next.to_string()))
            }
            _ => None,
        })
        .collect()
}

/// Y1 (statement.rs `Ledger::starts_enforcement_year` with `limitation::other_cases_under_way`
/// / `applications_under_way`, whose year "reaches" its anniversary, `end >= reach`; against
/// timeline.rs `lawful_history` and plan.rs `enforcement_continues`, which start a year at a
/// verkställighet a year or more after the last start, `!within_year`).
///
/// A enforced on its utslag 2025-05-15 (unpaid). B's own betalningsföreläggande 2026-03-20 and
/// B's verkställighet on B's utslag on A's anniversary, 2026-05-15, charged its own grundavgift.
/// No further year of A is recorded that day.
///
/// - The ledger: A's application is "under way" on its anniversary with A unpaid, so B's
///   grundavgift does not start the claim's year, which stays on 2025-05-15 (a year already
///   run out).
/// - The timeline (today 2026-05-16) projects the next further year on 2027-05-15, and
///   instalmentPlan (agreed 2026-05-20) warns "since 2026-05-15, next 2027-05-15": both read
///   the year as B's.
/// - A further year recorded on 2026-09-01 (`furtherYear: true`, renewing B's application,
///   3½ months into its year) is charged 600 kr by the statement, and `check` finds nothing.
///   Before 68c539f (8eeaced) B's fee, a year after A's, started the year: none was charged.
///
/// Right: the exports agree. A's first year ended on its anniversary (the ledger itself charges
/// A's further year that day, grundavgift_review R1); unrenewed, it is not under way for B's
/// application, which starts the year as the timeline and the plan say: no fee on 2026-09-01,
/// and ENFORCEMENT_WITHIN_A_YEAR. (Were A read as under way instead, the timeline and the plan
/// should say the year ran from 2025-05-15 and the next fee fell due 2026-05-15.) The test asks
/// only that the statement charge the further year exactly when the plan's next fee is due.
#[test]
fn a_later_titles_application_on_the_earlier_ones_anniversary_starts_the_year_for_every_export() {
    let b = json!({ "kind": "enforcement", "date": "2026-05-15" });
    let history = claim(
        &a_then_b(None, "2026-03-20", std::slice::from_ref(&b)),
        json!([]),
        json!([]),
    );
    assert_eq!(
        enforcement_fees(&history, "2026-05-16"),
        ["2025-05-15", "2026-05-15"]
    );
    let warned = plan_warning(&history, "2026-05-20");
    let projected = timeline_next(&history, "2026-05-16");
    let (_, next) = warned.first().cloned().expect("ENFORCEMENT_CONTINUES");
    assert_eq!(
        projected.as_deref(),
        Some(next.as_str()),
        "timeline vs plan"
    );

    let renewed = claim(
        &a_then_b(None, "2026-03-20", &[b, further_year("2026-09-01")]),
        json!([]),
        json!([]),
    );
    let charged = enforcement_fees(&renewed, "2026-09-02").contains(&"2026-09-01".to_owned());
    let due = "2026-09-01" >= next.as_str();
    assert_eq!(
        (charged, within_a_year(&renewed).contains(&Some(6))),
        (due, !due),
        "the further year of 2026-09-01: the timeline and instalmentPlan {warned:?} put the next \
         yearly grundavgift on {next}"
    );
}

/// Y2 (statement.rs `Ledger::last_enforcement_fee`: a further year counts against
/// `self.enforcement_year`, which only a charged grundavgift that starts the year sets; against
/// the README, timeline.rs `lawful_history` and plan.rs `enforcement_continues`).
///
/// A enforced on its utslag 2025-05-15 recorded with `fee: false` (A unpaid). B's own
/// verkställighet on its utslag 2026-01-15, charged its own grundavgift; A under way and
/// unpaid, it does not start the claim's year (68c539f). So no grundavgift starts it at all:
/// `enforcement_year` is `None`.
///
/// - The timeline (today 2026-01-16) projects the next further year on 2026-05-15 and
///   instalmentPlan (2026-01-20) warns "since 2025-05-15, next 2026-05-15": the year runs from
///   A's fee-free verkställighet, as the README says ("recorded with `fee: false` too: its year
///   comes round all the same").
/// - A further year recorded on 2026-03-02 is charged 600 kr by the statement (nothing to count
///   against), six weeks after B's grundavgift and within A's year; `check` finds nothing.
///   On 8eeaced it was not charged (the year ran from B's fee).
///
/// Right: no grundavgift for a further year before 2026-05-15 (the statement should count it
/// against the year the fee-free verkställighet started, as the timeline and the plan do), and
/// ENFORCEMENT_WITHIN_A_YEAR for one claiming it.
#[test]
fn a_fee_free_verkstallighet_under_way_keeps_the_claims_year_for_a_further_year() {
    let b = json!({ "kind": "enforcement", "date": "2026-01-15" });
    let history = claim(
        &a_then_b(Some(false), "2025-11-10", std::slice::from_ref(&b)),
        json!([]),
        json!([]),
    );
    assert_eq!(enforcement_fees(&history, "2026-01-16"), ["2026-01-15"]);
    let warned = plan_warning(&history, "2026-01-20");
    let projected = timeline_next(&history, "2026-01-16");
    let (_, next) = warned.first().cloned().expect("ENFORCEMENT_CONTINUES");
    assert_eq!(
        projected.as_deref(),
        Some(next.as_str()),
        "timeline vs plan"
    );

    let renewed = claim(
        &a_then_b(Some(false), "2025-11-10", &[b, further_year("2026-03-02")]),
        json!([]),
        json!([]),
    );
    let charged = enforcement_fees(&renewed, "2026-03-03").contains(&"2026-03-02".to_owned());
    let due = "2026-03-02" >= next.as_str();
    assert_eq!(
        (charged, within_a_year(&renewed).contains(&Some(6))),
        (due, !due),
        "the further year of 2026-03-02: the timeline and instalmentPlan {warned:?} put the next \
         yearly grundavgift on {next}"
    );
}

/// Y3 (statement.rs `Ledger::starts_enforcement_year`, judged once, on the application's day;
/// timeline.rs `further_years` from `Reached::enforcement`; plan.rs `enforcement_continues`).
///
/// A enforced on its utslag 2025-05-15; B's own verkställighet 2026-01-15 (its own
/// grundavgift) while A is unpaid, so the claim's year stays on A's. A is then paid in full on
/// 2026-02-02 (13 480 kr, B's inkassokrav fee included: A 0.00, B 4 946.31 left): A's verkställighet ends, B's goes on alone.
///
/// - The timeline (2026-02-03) projects a further year on A's anniversary, 2026-05-15;
///   instalmentPlan (2026-02-03) warns "since 2025-05-15, next 2026-05-15"; recorded, the
///   statement charges it. B's case pays 1 200 kr within four months, on the anniversary of a
///   verkställighet that ended three months before: the harm grundavgift_review R2 fixed for A
///   paid before B's application, left when A is paid after it.
///
/// Right (README: "once that debt is paid, the new title's verkställighet starts the year and
/// the further years run from it"; 5 §: one more for each year B's verkställighet goes on):
/// B's next yearly grundavgift on 2027-01-15, nothing on 2026-05-15.
#[test]
fn the_claims_year_leaves_an_earlier_title_paid_after_a_later_titles_application() {
    let b = json!({ "kind": "enforcement", "date": "2026-01-15" });
    let payments = json!([{ "date": "2026-02-02", "amount": "13480.00" }]);
    let history = claim(
        &a_then_b(None, "2025-11-10", std::slice::from_ref(&b)),
        payments.clone(),
        json!([]),
    );
    let s = statement(&history, &StatementOptions::new(date("2026-02-02"))).expect("statement");
    let capital: Vec<String> = s
        .invoices
        .iter()
        .map(|i| format!("{} {}", i.number, i.capital))
        .collect();
    assert_eq!(
        capital,
        ["A 0.00", "B 4946.31"],
        "A paid after B's application"
    );

    let mut wrong = Vec::new();
    let projected = timeline_next(&history, "2026-02-03");
    if projected.as_deref() != Some("2027-01-15") {
        wrong.push(format!("timeline's next further year {projected:?}"));
    }
    let warned = plan_warning(&history, "2026-02-03");
    if warned.iter().any(|(_, next)| next != "2027-01-15") {
        wrong.push(format!("instalmentPlan ENFORCEMENT_CONTINUES {warned:?}"));
    }
    let renewed = claim(
        &a_then_b(None, "2025-11-10", &[b, further_year("2026-05-15")]),
        payments,
        json!([]),
    );
    let fees = enforcement_fees(&renewed, "2026-05-16");
    if fees != ["2025-05-15", "2026-01-15"] {
        wrong.push(format!(
            "statement charges A's anniversary four months into B's year: {fees:?}"
        ));
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// Y4 (statement.rs `Ledger::step`: only a charged grundavgift is judged by
/// `starts_enforcement_year`; timeline.rs `lawful_history` and plan.rs `enforcement_continues`
/// then fall back on "a year after the last start").
///
/// grundavgift_review R2 with B's verkställighet recorded `fee: false`: A enforced 2025-05-15
/// and paid in full 2025-08-01 (A's verkställighet ends); B's own verkställighet 2026-01-15,
/// recorded without a fee. Charged, it would start the claim's year (68c539f); fee-free it does
/// not, and the year stays on A's ended case.
///
/// - The timeline (2026-01-16) projects a further year on 2026-05-15; instalmentPlan
///   (2026-01-20) warns "since 2025-05-15, next 2026-05-15"; the statement charges one recorded
///   on 2026-05-15, four months into B's verkställighet, the only one under way.
///
/// Right (the README: a fee-free verkställighet's "year comes round all the same", and once the
/// earlier's debt is paid "the new title's verkställighet starts the year"): B's next yearly
/// grundavgift on 2027-01-15, nothing on A's anniversary, whether or not B's own was charged.
#[test]
fn a_fee_free_later_verkstallighet_after_the_earlier_was_paid_starts_the_year() {
    let b = json!({ "kind": "enforcement", "date": "2026-01-15", "fee": false });
    let payments = json!([{ "date": "2025-08-01", "amount": "11969.59" }]);
    let history = claim(
        &a_then_b(None, "2025-11-10", std::slice::from_ref(&b)),
        payments.clone(),
        json!([]),
    );
    let s = statement(&history, &StatementOptions::new(date("2026-01-16"))).expect("statement");
    let capital: Vec<String> = s
        .invoices
        .iter()
        .map(|i| format!("{} {}", i.number, i.capital))
        .collect();
    assert_eq!(
        capital,
        ["A 0.00", "B 5000.00"],
        "A paid before B's verkställighet"
    );

    let mut wrong = Vec::new();
    let projected = timeline_next(&history, "2026-01-16");
    if projected.as_deref() != Some("2027-01-15") {
        wrong.push(format!("timeline's next further year {projected:?}"));
    }
    let warned = plan_warning(&history, "2026-01-20");
    if warned.iter().any(|(_, next)| next != "2027-01-15") {
        wrong.push(format!("instalmentPlan ENFORCEMENT_CONTINUES {warned:?}"));
    }
    let renewed = claim(
        &a_then_b(None, "2025-11-10", &[b, further_year("2026-05-15")]),
        payments,
        json!([]),
    );
    let fees = enforcement_fees(&renewed, "2026-05-16");
    if fees != ["2025-05-15"] {
        wrong.push(format!(
            "statement charges A's anniversary four months into B's year: {fees:?}"
        ));
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// Y5 (statement.rs `Ledger::starts_enforcement_year` reads capital only; `FeeState::decide_step`
/// and `DayState::costs_unpaid` say a verkställighet enforces a judgment's unpaid litigation
/// costs).
///
/// A disputed and judged 2025-05-05 with litigation costs of 2 500 kr; A's verkställighet on
/// the judgment 2025-05-15. A's invoice is credited in full on 2025-09-01: its costs and fees
/// (5 160 kr) stay unpaid, and A's verkställighet goes on for them (the engine charges its
/// further year for them: `enforces_costs`). B's own verkställighet 2026-01-15: the ledger reads
/// A's debt as paid (capital 0.00), so B's grundavgift starts the claim's year.
///
/// - A's further year on its anniversary 2026-05-15 (`furtherYear: true`) is charged nothing,
///   FEE_ALREADY_CHARGED "the claim's year of enforcement runs from the basic fee of
///   2026-01-15", and `check` flags it ENFORCEMENT_WITHIN_A_YEAR; instalmentPlan (2026-01-20)
///   warns "since 2026-01-15, next 2027-01-15". On 8eeaced it was charged.
///
/// Right, by the rule as the engine states it: A's verkställighet is under way with its debt
/// (the costs it enforces) unpaid, so B's own grundavgift does not start the year: A's further
/// year of 2026-05-15 costs its grundavgift, nothing flagged, and the plan's next fee is on
/// 2026-05-15.
#[test]
fn litigation_costs_under_enforcement_keep_the_claims_year_on_their_verkstallighet() {
    let mut steps = vec![
        json!({ "kind": "collectionDemand", "date": "2025-02-20" }),
        json!({ "kind": "paymentOrder", "date": "2025-03-20" }),
        json!({ "kind": "dispute", "date": "2025-03-25" }),
        json!({ "kind": "courtAction", "date": "2025-04-10" }),
        json!({ "kind": "judgment", "date": "2025-05-05", "costs": "2500.00" }),
        json!({ "kind": "enforcement", "date": "2025-05-15" }),
        json!({ "kind": "collectionDemand", "date": "2025-10-10" }),
        json!({ "kind": "paymentOrder", "date": "2025-11-10" }),
        json!({ "kind": "enforcement", "date": "2026-01-15" }),
    ];
    let credits = json!([{ "invoice": "A", "date": "2025-09-01", "amount": "10000.00" }]);
    let history = claim(&steps, json!([]), credits.clone());
    let s = statement(&history, &StatementOptions::new(date("2026-01-16"))).expect("statement");
    assert!(
        s.invoices[0].capital.is_zero() && s.fees.is_positive(),
        "A's capital credited, its costs unpaid"
    );

    let mut wrong = Vec::new();
    let warned = plan_warning(&history, "2026-01-20");
    if warned.iter().any(|(_, next)| next != "2026-05-15") {
        wrong.push(format!("instalmentPlan ENFORCEMENT_CONTINUES {warned:?}"));
    }
    steps.push(further_year("2026-05-15"));
    let renewed = claim(&steps, json!([]), credits);
    let fees = enforcement_fees(&renewed, "2026-05-16");
    if fees != ["2025-05-15", "2026-01-15", "2026-05-15"] {
        wrong.push(format!("statement: {fees:?}"));
    }
    let flagged = within_a_year(&renewed);
    if !flagged.is_empty() {
        wrong.push(format!("check ENFORCEMENT_WITHIN_A_YEAR at {flagged:?}"));
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
