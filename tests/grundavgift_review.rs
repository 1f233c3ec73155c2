//! A review of 8eeaced (one grundavgift per exekutionstitel, förordning 1992:1094 5 §): each
//! test is a history where the exports disagreed with each other or with the rule after that
//! commit, which counted the claim's year from a later title's own grundavgift whenever it came
//! a year after the last start. A later title's grundavgift now starts the claim's year only
//! when no verkställighet on another title is under way with its debt unpaid
//! (`Statement::enforcement_year_starts`), and the texts tell a further year from an
//! application. They fail on 8eeaced.

mod common;

use common::date;
use common::titles::{enforcement_fees, further_years, timeline};

use inkasso::compliance::{check, FindingCode};
use inkasso::timeline::EntryStatus;
use inkasso::{statement, Claim, StatementOptions};
use serde_json::{json, Value};

/// A (10 000 kr, due 2025-02-10) and B (5 000 kr, issued 2025-09-01, due 2025-10-01).
fn ab() -> Value {
    json!([
        { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
        { "number": "B", "amount": "5000.00", "issueDate": "2025-09-01", "dueDate": "2025-10-01" }
    ])
}

fn claim(steps: Vec<Value>, payments: Value) -> Claim {
    common::claim(
        json!({ "debtor": "consumer", "invoices": ab(), "steps": steps,
        "payments": payments }),
    )
    .expect("claim")
}

/// `check`'s findings (court policy): (step, code).
fn findings(c: &Claim) -> Vec<(Option<usize>, FindingCode)> {
    check(c, Some(&common::court_policy()))
        .expect("check")
        .iter()
        .map(|f| (f.step, f.code))
        .collect()
}

/// A's case (utslag enforced 2025-05-15) and B's own betalningsföreläggande on `b_order`.
fn a_enforced_b_ordered(b_order: &str) -> Vec<Value> {
    vec![
        json!({ "kind": "collectionDemand", "date": "2025-02-20" }),
        json!({ "kind": "paymentOrder", "date": "2025-03-20" }),
        json!({ "kind": "enforcement", "date": "2025-05-15" }),
        json!({ "kind": "collectionDemand", "date": "2025-10-10" }),
        json!({ "kind": "paymentOrder", "date": b_order }),
    ]
}

/// R1 (statement.rs `last_enforcement_fee` with `fees::enforcement_year_start`; same-day
/// steps). A enforced on its utslag 2025-05-15; B's own betalningsföreläggande 2026-03-20. On
/// A's anniversary, 2026-05-15, the creditor records two steps: B's verkställighet on B's
/// utslag (an application) and A's further year (`furtherYear: true`).
///
/// The timeline, given B's order applied for 2026-04-01, projected exactly these two entries
/// on 2026-05-15 (B's now on the next business day), each with its grundavgift, the further
/// year listed first; recorded in that
/// order the statement charges both. Recorded with B's application first (the same facts),
/// the statement charges only B's: B's own fee, charged a year after A's, "starts the claim's
/// year" in `enforcement_year_start`, so A's further year is "within the year" — no fee, a
/// FEE_ALREADY_CHARGED warning saying one was charged "for the same enforcement title" (it was
/// B's, the further year renews A's), and `check` flags ENFORCEMENT_WITHIN_A_YEAR. Before
/// 8eeaced both orders gave one fee; now the fees depend on the order of same-day steps.
///
/// Right by 5 §: B's title costs its own grundavgift and A's verkställighet entering its second
/// year costs its yearly one: three fees in either order, and nothing flagged.
#[test]
fn a_further_year_and_a_later_titles_application_on_one_day_cost_the_same_in_either_order() {
    // The timeline (B's order 2026-04-01) projected both on 2026-05-15, the further year
    // first, each with its fee; it now projects B's application on the next business day
    // (once the year is recorded, nothing is projected on its day: a stability check, stop
    // 72), each still with its fee. The creditor may record both on one day, as below.
    let t = timeline(
        &claim(a_enforced_b_ordered("2026-04-01"), json!([])),
        &common::court_policy(),
        "2026-04-02",
        "2026-06-01",
    );
    let around_the_day: Vec<(String, bool, usize)> = t
        .entries
        .iter()
        .filter(|e| {
            e.status == EntryStatus::Projected
                && e.kind == inkasso::timeline::EntryKind::Enforcement
                && e.date >= date("2026-05-15")
                && e.date <= date("2026-05-18")
        })
        .map(|e| (e.date.to_string(), e.further_year, e.fees.len()))
        .collect();
    assert_eq!(
        around_the_day,
        [
            ("2026-05-15".to_owned(), true, 1),
            ("2026-05-18".to_owned(), false, 1)
        ]
    );
    let application = json!({ "kind": "enforcement", "date": "2026-05-15" });
    let year = json!({ "kind": "enforcement", "date": "2026-05-15", "furtherYear": true });
    let mut year_first = a_enforced_b_ordered("2026-03-20");
    year_first.extend([year.clone(), application.clone()]);
    let mut application_first = a_enforced_b_ordered("2026-03-20");
    application_first.extend([application, year]);
    let year_first = claim(year_first, json!([]));
    let application_first = claim(application_first, json!([]));
    let expected = [
        "2025-05-15 600.00",
        "2026-05-15 600.00",
        "2026-05-15 600.00",
    ];
    assert_eq!(enforcement_fees(&year_first, "2026-06-01"), expected);
    let flagged: Vec<_> = findings(&application_first)
        .into_iter()
        .filter(|(_, code)| *code == FindingCode::EnforcementWithinAYear)
        .collect();
    assert_eq!(
        (enforcement_fees(&application_first, "2026-06-01"), flagged),
        (expected.map(str::to_owned).to_vec(), vec![]),
        "the same two steps of 2026-05-15, B's application listed before A's further year"
    );
}

/// R2 (`fees::enforcement_year_start`, and the same reading in timeline.rs `lawful_history`
/// `starts_year` and plan.rs `enforcement_continues`). A enforced on its utslag 2025-05-15 and
/// paid in full on 2025-08-01 (11 969.59 kr: A's verkställighet ends). B's own case:
/// betalningsföreläggande 2025-11-10, B's verkställighet 2026-01-15, charged its own
/// grundavgift (new in 8eeaced). B's is then the only verkställighet under way.
///
/// The claim's year still runs from A's fee (B's came within A's year, so it "does not start
/// the year"): the timeline projects a further year on 2026-05-15, four months into B's
/// verkställighet; recorded, the statement charges it (renewed_debt_unpaid: B is owed), and an
/// instalment plan agreed 2026-02-02 warns of "the enforcement since 2025-05-15" (A's, ended)
/// with its next fee on 2026-05-15. So B's case pays 1 200 kr within its first four months.
/// Before 8eeaced B's application was free and the year ran from A's: one fee a year. The
/// README's Known limit speaks only of the engine charging less than Kronofogden while two
/// cases go on.
///
/// Right by 5 §: B's grundavgift at its application, its yearly one a year later
/// (2027-01-15); nothing on A's anniversary, A's verkställighet having ended.
#[test]
fn a_later_titles_verkstallighet_is_not_renewed_on_an_ended_titles_anniversary() {
    let mut steps = a_enforced_b_ordered("2025-11-10");
    steps.push(json!({ "kind": "enforcement", "date": "2026-01-15" }));
    let payments = json!([{ "date": "2025-08-01", "amount": "11969.59" }]);
    let c = claim(steps.clone(), payments.clone());
    let s = statement(&c, &StatementOptions::new(date("2026-01-16"))).expect("statement");
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
    let t = timeline(&c, &common::court_policy(), "2026-01-16", "2027-06-30");
    let years = further_years(&t);
    if years.first().map(String::as_str) != Some("2027-01-15") {
        wrong.push(format!(
            "timeline further years {years:?}, expected from 2027-01-15"
        ));
    }
    let mut renewed = steps;
    renewed.push(json!({ "kind": "enforcement", "date": "2026-05-15", "furtherYear": true }));
    let fees = enforcement_fees(&claim(renewed, payments), "2026-06-01");
    if fees != ["2025-05-15 600.00", "2026-01-15 600.00"] {
        wrong.push(format!(
            "statement charges a further year of 2026-05-15 within B's first year: {fees:?}"
        ));
    }
    {
        use inkasso::plan::{instalment_plan, Interval, PlanOptions, PlanRequest, Sizing};
        let request = PlanRequest {
            date: date("2026-02-02"),
            first_date: date("2026-03-01"),
            interval: Interval::Months(1),
            sizing: Sizing::Count(12),
            fee: true,
        };
        let warned: Vec<String> = instalment_plan(&c, &request, &PlanOptions::default())
            .expect("plan")
            .warnings
            .iter()
            .filter_map(|w| match w.facts {
                inkasso::warning::Facts::EnforcementContinues { since, next, .. } => {
                    Some(format!("since {since} next {next}"))
                }
                _ => None,
            })
            .collect();
        if warned != ["since 2026-01-15 next 2027-01-15"] {
            wrong.push(format!("instalmentPlan ENFORCEMENT_CONTINUES {warned:?}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// R3 (text.rs `EnforcementFeeThisYear`, `EnforcementWithinAYear`). A enforced on its utslag
/// 2025-05-15; B's verkställighet on its own utslag 2026-01-15 (its own fee); a further year
/// recorded 2026-04-01 (`furtherYear: true`). Rightly no fee (within the claim's year, which
/// runs from A's fee, as the README says), and `check` rightly flags a fee recorded for it.
///
/// But the further year renews the latest application (`Claim::renewed_by`: B's of
/// 2026-01-15, on B's title), and the fee it counts against is A's of 2025-05-15, on A's
/// title. The statement says "one was charged for the same enforcement title on 2025-05-15"
/// and `check` "comes less than a year after the one of 2025-05-15 on the same enforcement
/// title": both untrue (two titles; and it is a further year, not an application). The texts
/// should speak of the claim's year of verkställighet for a further year.
#[test]
fn a_further_year_counted_against_another_titles_fee_is_not_told_it_is_the_same_title() {
    let mut steps = a_enforced_b_ordered("2025-11-10");
    steps.push(json!({ "kind": "enforcement", "date": "2026-01-15" }));
    steps.push(json!({ "kind": "enforcement", "date": "2026-04-01", "furtherYear": true }));
    let c = claim(steps, json!([]));
    assert_eq!(
        enforcement_fees(&c, "2026-06-01"),
        ["2025-05-15 600.00", "2026-01-15 600.00"]
    );
    let s = statement(&c, &StatementOptions::new(date("2026-06-01"))).expect("statement");
    let warning: Vec<String> = s
        .warnings
        .iter()
        .filter(|w| w.subject == inkasso::warning::Subject::Step(6))
        .map(|w| inkasso::text::warning(w).en)
        .collect();
    let finding: Vec<String> = check(&c, Some(&common::court_policy()))
        .expect("check")
        .iter()
        .filter(|f| f.step == Some(6))
        .map(|f| f.text().en)
        .collect();
    assert!(
        !warning.is_empty() && !finding.is_empty(),
        "{warning:?} {finding:?}"
    );
    let untrue: Vec<&String> = warning
        .iter()
        .chain(&finding)
        .filter(|t| t.contains("same enforcement title"))
        .collect();
    assert!(
        untrue.is_empty(),
        "the further year of 2026-04-01 renews B's application; the fee of 2025-05-15 was A's: {untrue:#?}"
    );
}

/// R4 (text.rs `finding_rule`, `EnforcementWithinAYear`). The legal basis `check` gives for
/// ENFORCEMENT_WITHIN_A_YEAR still reads "en grundavgift per ansökan och år" (one per
/// application and year), the rule 8eeaced replaced: a second application on the same title
/// within its year is flagged (`the_same_title_applied_for_again_within_its_year_…` in
/// grundavgift_per_title.rs), which "per ansökan" says costs one. It should name the
/// exekutionstitel, as the finding's own text and fees.rs do.
#[test]
fn the_rule_of_enforcement_within_a_year_says_one_per_title() {
    let c = common::claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2025-02-20" },
            { "kind": "paymentOrder", "date": "2025-03-20" },
            { "kind": "enforcement", "date": "2025-05-15" },
            { "kind": "enforcement", "date": "2025-08-01" }
        ]
    }))
    .expect("claim");
    let rules: Vec<String> = check(&c, Some(&common::court_policy()))
        .expect("check")
        .iter()
        .filter(|f| f.code == FindingCode::EnforcementWithinAYear)
        .map(|f| f.rule().into_owned())
        .collect();
    assert_eq!(rules.len(), 1, "{rules:?}");
    assert!(
        rules.iter().all(|r| r.contains("exekutionstitel")),
        "{rules:?}"
    );
}
