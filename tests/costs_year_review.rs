//! A review of 1b1752b, b6bd375 and c396733 (the timeline's verkställighet of a judgment's unpaid
//! litigation costs), efef41e (the claim's year of verkställighet read alike, with
//! `limitation::year_moved_to`) and b9135c9 (instalmentPlan's ENFORCEMENT_CONTINUES after a
//! missed year). Each test is a history where the exports disagree with each other or with what
//! the README and the code docs say; each fails on c396733. Fixed by: a verkställighet
//! enforcing only the costs of a judgment that decided a case it is about (C1); the plan
//! reading the costs' own unpaid part (C2) and the debt of each day before the plan on that
//! day, with the further years the timeline projects before it (C3); the year's move applied
//! to applications too, in the ledger, the timeline and the plan (C4); the costs' road judged
//! by the claim's settlement by the day of its verkställighet, a credit note included (C5).

mod common;

use common::date;
use common::titles::timeline;

use inkasso::compliance::{check, FindingCode};
use inkasso::timeline::{EntryKind, EntryStatus, Timeline};
use inkasso::{statement, Claim, StatementOptions};
use serde_json::{json, Value};

/// The projected enforcement entries of `t`: (date, further year?).
fn enforcements(t: &Timeline) -> Vec<(String, bool)> {
    t.entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected && e.kind == EntryKind::Enforcement)
        .map(|e| (e.date.to_string(), e.further_year))
        .collect()
}

/// The projected further years of `t`.
fn further_years(t: &Timeline) -> Vec<String> {
    enforcements(t)
        .into_iter()
        .filter(|(_, year)| *year)
        .map(|(d, _)| d)
        .collect()
}

/// instalmentPlan's ENFORCEMENT_CONTINUES for a plan agreed on `day`, `count` monthly
/// instalments from `first`: (since, next).
fn plan_warning(c: &Claim, day: &str, first: &str, count: u32) -> Vec<(String, String)> {
    use inkasso::plan::{instalment_plan, Interval, PlanOptions, PlanRequest, Sizing};
    let request = PlanRequest {
        date: date(day),
        first_date: date(first),
        interval: Interval::Months(1),
        sizing: Sizing::Count(count),
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

/// The grundavgifter a statement of `c` on `as_of` charges: their dates.
fn enforcement_fees(c: &Claim, as_of: &str) -> Vec<String> {
    statement(c, &StatementOptions::new(date(as_of)))
        .expect("statement")
        .fee_lines
        .iter()
        .filter(|l| l.kind.as_str() == "enforcementFee")
        .map(|l| l.date.to_string())
        .collect()
}

/// Capital by invoice on `as_of`: "A 0.00".
fn capital(c: &Claim, as_of: &str) -> Vec<String> {
    statement(c, &StatementOptions::new(date(as_of)))
        .expect("statement")
        .invoices
        .iter()
        .map(|i| format!("{} {}", i.number, i.capital))
        .collect()
}

fn ab() -> Value {
    json!([
        { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
        { "number": "B", "amount": "5000.00", "issueDate": "2025-09-01", "dueDate": "2025-10-01" }
    ])
}

fn further_year(day: &str) -> Value {
    json!({ "kind": "enforcement", "date": day, "furtherYear": true })
}

/// C1 (timeline.rs `Projector::further_years` with `unpaid_costs_judgment`, and
/// `costs_enforcement`'s `enforced_since`; 1b1752b).
///
/// A (10 000 kr) enforced on its utslag 2025-05-15 and paid in full 2025-08-01 (11 969.59 kr):
/// A's verkställighet ends with its debt. B (issued 2025-09-01) disputed and sued; B's capital,
/// interest and fees paid 2026-01-10 (5 738.36 kr) during the case; the judgment of 2026-02-02
/// awards 3 000 kr of costs, unpaid. Every invoice's capital is 0.00 by the judgment's day.
///
/// - Timeline (today 2026-02-10, court policy): no application on B's judgment; instead a
///   *further year* of A's ended verkställighet on A's anniversary 2026-05-15 (note: "the
///   judgment of 2026-02-02 is an enforcement title…"), then 2027-05-15, 2028-05-15.
///   `further_years` continues A's case because *some* judgment's costs are unpaid on the
///   anniversary (`unpaid_costs_judgment` takes any judgment before the day, not one the case
///   enforces), and that projected year, dated after the judgment, makes `costs_enforcement`
///   read the judgment as enforced (`enforced_since`). instalmentPlan (2026-02-10) warns "since
///   2025-05-15, next 2026-05-15"; recorded, the statement charges the year and `check` is
///   silent (fees.rs `enforces_costs` is claim-wide too).
/// - The same history without A's verkställighet: an application on the judgment 2026-02-10
///   (its own grundavgift, the costs note), years 2027-02-10, 2028-02-10.
///
/// Right (README "Credit notes": "the timeline projects a verkställighet on the latest
/// judgment with `costs` when nothing since it enforces anything"; module docs: "the years of a
/// verkställighet under way go on for them"): A's case, applied for nine months before the
/// judgment and ended with its debt, enforces none of B's judgment's costs. The road is the
/// application on the judgment, 2026-02-10, as without A's case.
#[test]
fn a_paid_verkstallighet_before_the_judgment_is_not_renewed_for_its_costs() {
    let steps = |with_a: bool| {
        let mut s = vec![
            json!({ "kind": "collectionDemand", "date": "2025-02-20" }),
            json!({ "kind": "paymentOrder", "date": "2025-03-20" }),
        ];
        if with_a {
            s.push(json!({ "kind": "enforcement", "date": "2025-05-15" }));
        }
        s.extend([
            json!({ "kind": "collectionDemand", "date": "2025-10-10" }),
            json!({ "kind": "paymentOrder", "date": "2025-11-10" }),
            json!({ "kind": "dispute", "date": "2025-11-20" }),
            json!({ "kind": "courtAction", "date": "2025-12-01" }),
            json!({ "kind": "judgment", "date": "2026-02-02", "costs": "3000.00" }),
        ]);
        s
    };
    let history = |with_a: bool, a_paid: &str| {
        common::claim(
            json!({ "debtor": "consumer", "invoices": ab(), "steps": steps(with_a),
            "payments": [{ "date": "2025-08-01", "amount": a_paid },
                         { "date": "2026-01-10", "amount": "5918.36" }] }),
        )
        .expect("claim")
    };
    let with_a = history(true, "11969.59");
    let without_a = history(false, "11369.59");
    for c in [&with_a, &without_a] {
        assert_eq!(capital(c, "2026-02-01"), ["A 0.00", "B 0.00"]);
    }
    let policy = common::court_policy();
    let reference = timeline(&without_a, &policy, "2026-02-10", "2028-12-31");
    assert_eq!(
        enforcements(&reference).first(),
        Some(&("2026-02-10".to_owned(), false)),
        "without A's case: the application on the judgment"
    );

    let t = timeline(&with_a, &policy, "2026-02-10", "2028-12-31");
    let warned = plan_warning(&with_a, "2026-02-10", "2026-03-01", 24);
    let mut recorded = steps(true);
    recorded.push(further_year("2026-05-15"));
    let renewed = common::claim(
        json!({ "debtor": "consumer", "invoices": ab(), "steps": recorded,
        "payments": [{ "date": "2025-08-01", "amount": "11969.59" },
                     { "date": "2026-01-10", "amount": "5918.36" }] }),
    )
    .expect("claim");
    assert_eq!(
        enforcements(&t),
        enforcements(&reference),
        "A's verkställighet ended 2025-08-01; the costs' road is the application on the judgment \
         (plan warns {warned:?}; a further year of A recorded 2026-05-15 is charged: {:?})",
        enforcement_fees(&renewed, "2026-05-16")
    );
}

/// C2 (plan.rs `enforcement_continues`: `costs_unpaid` is `at_start.fees.is_positive()` and a
/// `CourtCosts` line exists, not the costs' unpaid part, `statement::costs_unpaid`).
///
/// L1 (10 000 kr) paid in full on its due date 2025-02-14; the judgment of 2025-05-15 awards
/// 2 000 kr of costs; their verkställighet 2025-06-10 (grundavgift 600 kr, as the timeline
/// projects it). The debtor pays 2 000 kr on 2025-07-01: fees are paid oldest first, so the
/// costs are paid and the 600 kr grundavgift is what is left.
///
/// - instalmentPlan agreed 2025-08-01 (12 months) for the 600 kr: ENFORCEMENT_CONTINUES "since
///   2025-06-10, next 2026-06-10".
/// - Timeline (the plan recorded as a `paymentPlan` step, today 2025-08-02): no further year
///   (`unpaid_costs_judgment`: the costs are paid). Recorded all the same on 2026-06-10
///   (`furtherYear: true`), the statement charges nothing (the debt enforced is paid).
///
/// Right (README ENFORCEMENT_CONTINUES: "agreed while a verkställighet goes on (its debt
/// unpaid…)"; the fn's doc: "None while the debt … is paid: the timeline projects no further
/// year then"): no warning. A grundavgift owed is not a debt the verkställighet enforces.
#[test]
fn a_plan_does_not_warn_of_a_year_once_the_judgments_costs_are_paid() {
    let history = |more: &[Value]| {
        let mut steps = vec![
            json!({ "kind": "judgment", "date": "2025-05-15", "costs": "2000.00" }),
            json!({ "kind": "enforcement", "date": "2025-06-10" }),
        ];
        steps.extend(more.iter().cloned());
        common::claim(json!({
            "debtor": "consumer",
            "invoices": [{ "number": "L1", "amount": "10000.00", "issueDate": "2025-01-15", "dueDate": "2025-02-14" }],
            "steps": steps,
            "payments": [{ "date": "2025-02-14", "amount": "10000.00" },
                         { "date": "2025-07-01", "amount": "2000.00" }]
        }))
        .expect("claim")
    };
    let c = history(&[]);
    let s = statement(&c, &StatementOptions::new(date("2025-08-01"))).expect("statement");
    assert_eq!(
        (s.fees.to_string(), s.total.to_string()),
        ("600.00".to_owned(), "600.00".to_owned()),
        "only the grundavgift is owed"
    );
    let with_plan = history(&[json!({ "kind": "paymentPlan", "date": "2025-08-01" })]);
    let policy = inkasso::policy::Policy::preset(inkasso::policy::PresetId::Standard);
    let t = timeline(&with_plan, &policy, "2025-08-02", "2026-12-31");
    assert_eq!(further_years(&t), Vec::<String>::new());
    assert_eq!(
        enforcement_fees(&history(&[further_year("2026-06-10")]), "2026-06-11"),
        ["2025-06-10"],
        "a further year recorded on 2026-06-10 costs nothing"
    );
    let warned = plan_warning(&c, "2025-08-01", "2025-09-01", 12);
    assert_eq!(warned, Vec::<(String, String)>::new());
}

/// C3 (plan.rs `enforcement_continues`: `year_moved_to` judged with the debt as it stands on the
/// plan's date, at the first anniversary even when it is before the plan, then b9135c9's `while
/// next <= date` steps a year at a time from the moved year; against timeline.rs
/// `further_years`, which judges the move on each anniversary's own day).
///
/// A enforced on its utslag 2025-05-15; B's own verkställighet 2026-01-15 while A is unpaid
/// (the claim's year stays A's). No further year is recorded on A's anniversary 2026-05-15. A is
/// paid in full on 2026-07-01 (14 180 kr, B's inkassokrav fee included; B 4 858.64 kr left). A plan agreed 2026-07-02
/// (24 months).
///
/// - Timeline (the plan recorded, today 2026-07-03): further years 2026-05-15 (missed: A unpaid
///   that day, the year A's) and 2027-05-15, the year running from 2026-05-15; recorded, the
///   statement charges both.
/// - instalmentPlan: "since 2026-01-15, next 2027-01-15": A is paid on the plan's date, so the
///   year moves to B's application, though on 2026-05-15 it had not.
/// - The same with A paid on its anniversary 2026-05-15 (after that day's steps), or credited
///   2026-05-16.
///
/// Right (plan.rs doc: "when that day is before the plan's, the first year after it (the
/// timeline projects the years missed, and those after them)"; README: ENFORCEMENT_CONTINUES
/// dates the next one "as the timeline projects it"): next 2027-05-15.
#[test]
fn a_plan_after_a_missed_year_warns_of_the_timelines_next_year_when_the_earlier_title_was_paid_since(
) {
    let steps = vec![
        json!({ "kind": "collectionDemand", "date": "2025-02-20" }),
        json!({ "kind": "paymentOrder", "date": "2025-03-20" }),
        json!({ "kind": "enforcement", "date": "2025-05-15" }),
        json!({ "kind": "collectionDemand", "date": "2025-10-10" }),
        json!({ "kind": "paymentOrder", "date": "2025-11-10" }),
        json!({ "kind": "enforcement", "date": "2026-01-15" }),
    ];
    let history = |steps: &[Value]| {
        common::claim(
            json!({ "debtor": "consumer", "invoices": ab(), "steps": steps,
            "payments": [{ "date": "2026-07-01", "amount": "14180.00" }] }),
        )
        .expect("claim")
    };
    let c = history(&steps);
    let left = capital(&c, "2026-07-02");
    assert_eq!(left[0], "A 0.00", "{left:?}");
    assert_ne!(left[1], "B 0.00", "{left:?}");

    let mut with_plan = steps.clone();
    with_plan.push(json!({ "kind": "paymentPlan", "date": "2026-07-02" }));
    let t = timeline(
        &history(&with_plan),
        &common::court_policy(),
        "2026-07-03",
        "2028-09-01",
    );
    assert_eq!(
        further_years(&t),
        ["2026-05-15", "2027-05-15", "2028-05-15"]
    );
    let mut recorded = steps.clone();
    recorded.extend([further_year("2026-05-15"), further_year("2027-05-15")]);
    assert_eq!(
        enforcement_fees(&history(&recorded), "2027-05-16"),
        ["2025-05-15", "2026-01-15", "2026-05-15", "2027-05-15"],
        "the statement charges the timeline's years"
    );

    let warned = plan_warning(&c, "2026-07-02", "2026-08-01", 24);
    assert_eq!(
        warned.first().map(|w| w.1.as_str()),
        Some("2027-05-15"),
        "plan {warned:?}, timeline's years {:?}",
        further_years(&t)
    );
}

/// C4 (statement.rs `Ledger::starts_enforcement_year` for an application: `ended` against
/// `year_at_start_of`, the year before any move; timeline.rs `claim_year` in `escalate` and
/// plan.rs `enforcement_continues` likewise; efef41e applies `year_moved_to` to further years
/// only).
///
/// Three titles. A (10 000 kr) enforced on its utslag 2025-05-15; B's own verkställighet
/// 2026-01-15 while A is unpaid (the year stays A's); A paid in full 2026-02-02 (13 480 kr, B's
/// inkassokrav fee included; B 4 946.31 left): the year moves to B's application, 2026-01-15 (Y3, efef41e). C (3 000 kr,
/// issued 2026-02-10) gets its own utslag and verkställighet 2026-06-01, while B's case is under
/// way with B unpaid.
///
/// - Statement: C's application starts the claim's year (A's year, from 2025-05-15, "ended" on
///   2026-05-15, though the year had moved to B's). B's further year recorded on its
///   anniversary 2027-01-15 (`furtherYear: true`) is charged nothing (FEE_ALREADY_CHARGED, "the
///   claim's year of enforcement runs from the basic fee of 2026-06-01"), and `check` flags it
///   ENFORCEMENT_WITHIN_A_YEAR. The timeline (today 2026-06-02) projects 2027-06-01; the plan
///   warns "since 2026-06-01". B's verkställighet runs 16½ months without a yearly fee.
///   (The timeline on 2026-02-03, C's road projected, reads it alike: C's application
///   2026-05-20 starts the year.)
///
/// Right (README "Verkställighet": "a later title's application starts it again only when no
/// verkställighet on another title is under way with its debt unpaid … once the earlier one's
/// debt is paid, the year runs from the later one's application"): the year is B's from
/// 2026-01-15 and has not ended on 2026-06-01; B is under way and unpaid, so C's own
/// grundavgift does not start it: B's further year 2027-01-15 costs its grundavgift, nothing
/// is flagged, and the timeline's next further year is 2027-01-15.
#[test]
fn a_third_titles_application_does_not_start_the_year_that_moved_to_a_case_under_way() {
    let invoices = json!([
        { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
        { "number": "B", "amount": "5000.00", "issueDate": "2025-09-01", "dueDate": "2025-10-01" },
        { "number": "C", "amount": "3000.00", "issueDate": "2026-02-10", "dueDate": "2026-03-10" }
    ]);
    let steps = vec![
        json!({ "kind": "collectionDemand", "date": "2025-02-20" }),
        json!({ "kind": "paymentOrder", "date": "2025-03-20" }),
        json!({ "kind": "enforcement", "date": "2025-05-15" }),
        json!({ "kind": "collectionDemand", "date": "2025-10-10" }),
        json!({ "kind": "paymentOrder", "date": "2025-11-10" }),
        json!({ "kind": "enforcement", "date": "2026-01-15" }),
        json!({ "kind": "collectionDemand", "date": "2026-03-20" }),
        json!({ "kind": "paymentOrder", "date": "2026-04-20" }),
        json!({ "kind": "enforcement", "date": "2026-06-01" }),
    ];
    let history = |steps: &[Value]| {
        common::claim(
            json!({ "debtor": "consumer", "invoices": invoices.clone(), "steps": steps,
            "payments": [{ "date": "2026-02-02", "amount": "13480.00" }] }),
        )
        .expect("claim")
    };
    let c = history(&steps);
    assert_eq!(
        capital(&c, "2026-06-02"),
        ["A 0.00", "B 4946.31", "C 3000.00"]
    );

    let mut wrong = Vec::new();
    let t = timeline(&c, &common::court_policy(), "2026-06-02", "2028-12-31");
    if further_years(&t).first().map(String::as_str) != Some("2027-01-15") {
        wrong.push(format!("timeline's further years {:?}", further_years(&t)));
    }
    let warned = plan_warning(&c, "2026-06-10", "2026-07-01", 24);
    if warned.iter().any(|(_, next)| next != "2027-01-15") {
        wrong.push(format!("instalmentPlan ENFORCEMENT_CONTINUES {warned:?}"));
    }
    let mut renewed = steps.clone();
    renewed.push(further_year("2027-01-15"));
    let renewed = history(&renewed);
    let fees = enforcement_fees(&renewed, "2027-01-16");
    if !fees.contains(&"2027-01-15".to_owned()) {
        wrong.push(format!(
            "statement: B's further year 2027-01-15 not charged: {fees:?}"
        ));
    }
    let flagged: Vec<Option<usize>> = check(&renewed, Some(&common::court_policy()))
        .expect("check")
        .iter()
        .filter(|f| f.code == FindingCode::EnforcementWithinAYear)
        .map(|f| f.step)
        .collect();
    if !flagged.is_empty() {
        wrong.push(format!("check ENFORCEMENT_WITHIN_A_YEAR at {flagged:?}"));
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// C5 (timeline.rs `costs_enforcement`: `history.settled_on.is_none_or(|s| s > judgment)`,
/// c396733).
///
/// L1 (10 000 kr, due 2025-02-14), nothing paid; the judgment of 2025-05-15 awards 2 000 kr of
/// costs; L1 is credited in full (a credit note of 10 000 kr). Two histories differ only in the
/// credit's day: 2025-05-15 (the judgment's) or 2025-05-16.
///
/// - Credited 2025-05-15: the timeline (today 2025-06-03) projects the costs' verkställighet
///   2025-06-03 and its further years (EnforcesJudgmentCosts).
/// - Credited 2025-05-16: nothing at all; the costs stay owed (statement: 2 000 kr of fees),
///   and a verkställighet recorded 2025-06-03 is charged its grundavgift by the statement,
///   found lawful by `check`, and the timeline then projects its further years for the costs.
///   c396733 keys on the claim's settlement day, which a credit note after the judgment moves
///   past it, though no capital is owed after it (no invoice's road to decide anything: the
///   property case c396733 fixed had an invoice still to fall due).
///
/// Right (module docs: "when they are unpaid and nothing since the latest judgment recorded
/// with `costs` enforces anything … a verkställighet is projected on it"): the same road a day
/// later, or, if credited capital is left out on purpose, none in either history (the README's
/// "Credit notes" limit says only "once the payments have paid the claim's capital").
#[test]
fn a_credit_note_the_day_after_the_judgment_does_not_drop_the_costs_road() {
    let history = |credit_day: &str, more: &[Value]| {
        let mut steps =
            vec![json!({ "kind": "judgment", "date": "2025-05-15", "costs": "2000.00" })];
        steps.extend(more.iter().cloned());
        common::claim(json!({
            "debtor": "consumer",
            "invoices": [{ "number": "L1", "amount": "10000.00", "issueDate": "2025-01-15", "dueDate": "2025-02-14" }],
            "steps": steps,
            "credits": [{ "invoice": "L1", "date": credit_day, "amount": "10000.00" }]
        }))
        .expect("claim")
    };
    let policy = inkasso::policy::Policy::preset(inkasso::policy::PresetId::Standard);
    let on_day = timeline(
        &history("2025-05-15", &[]),
        &policy,
        "2025-06-03",
        "2027-12-31",
    );
    let day_after = timeline(
        &history("2025-05-16", &[]),
        &policy,
        "2025-06-03",
        "2027-12-31",
    );
    // Recorded, a verkställighet the day after is charged and lawful.
    let recorded = history(
        "2025-05-16",
        &[json!({ "kind": "enforcement", "date": "2025-06-03" })],
    );
    assert_eq!(enforcement_fees(&recorded, "2025-06-04"), ["2025-06-03"]);
    assert!(check(&recorded, Some(&policy))
        .expect("check")
        .iter()
        .all(|f| f.severity != inkasso::compliance::Severity::Error));
    assert_eq!(
        enforcements(&day_after).len(),
        enforcements(&on_day).len(),
        "credited on the judgment's day: {:?}; the day after: {:?}",
        enforcements(&on_day),
        enforcements(&day_after)
    );
}
