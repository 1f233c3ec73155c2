//! A further year of verkställighet recorded as one (`furtherYear: true` on an `enforcement`):
//! it renews the latest application before it and rests on that application's title, not on a
//! judgment given since. Before, a further year was no step kind of its own, so one recorded
//! after a later judgment was read as the verkställighet on that judgment: the projection
//! changed once recorded, and `limitation` let the older title's debt be time-barred (a
//! review of fb20511 found it; a README Known limit until then).

mod common;

use common::date;
use common::titles::*;

use inkasso::Claim;
use serde_json::{json, Value};

fn findings(c: &Claim, policy: &inkasso::policy::Policy) -> Vec<(Option<usize>, String, String)> {
    inkasso::compliance::check(c, Some(policy))
        .expect("check")
        .iter()
        .filter(|f| format!("{:?}", f.severity) == "Error")
        .map(|f| (f.step, f.code.as_str().to_owned(), f.text().en))
        .collect()
}

/// Records the first k projected entries for every k, projects again from the last one's day:
/// the rest of the road must be the same, and `check` must find nothing of the recorded road.
fn stable(c: &Claim, today: &str, horizon: &str) -> Vec<String> {
    let policy = common::court_policy();
    let t = timeline(c, &policy, today, horizon);
    let road = projected(&t);
    let mut problems = Vec::new();
    for k in 1..=road.len() {
        let (with, last) = record_n(c, &t, k);
        let day = if last.as_str() > today {
            last.as_str()
        } else {
            today
        };
        let again = projected(&timeline(&with, &policy, day, horizon));
        if again[..] != road[k..] {
            problems.push(format!(
                "k={k} ({last}): road {:?} then {again:?}",
                &road[k..]
            ));
        }
        let f: Vec<_> = findings(&with, &policy)
            .into_iter()
            .filter(|f| f.0.is_some_and(|i| i >= c.steps.len()))
            .collect();
        if !f.is_empty() {
            problems.push(format!("k={k}: check {f:?}"));
        }
    }
    problems
}

fn claim(invoices: Value, steps: Value, payments: Value) -> Claim {
    common::claim(
        json!({ "debtor": "consumer", "invoices": invoices, "steps": steps, "payments": payments }),
    )
    .expect("claim")
}

fn ab_enforced(b_issue: &str, b_due: &str) -> Value {
    json!([
        { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
        { "number": "B", "amount": "5000.00", "issueDate": b_issue, "dueDate": b_due }
    ])
}

fn second_steps() -> Value {
    json!([
        { "kind": "collectionDemand", "date": "2025-02-20" },
        { "kind": "paymentOrder", "date": "2025-03-20" },
        { "kind": "enforcement", "date": "2025-05-15" },
        { "kind": "collectionDemand", "date": "2025-10-10" },
        { "kind": "paymentOrder", "date": "2025-11-10" },
        { "kind": "dispute", "date": "2025-11-20" },
        { "kind": "courtAction", "date": "2025-12-01" },
        { "kind": "judgment", "date": "2026-03-02" }
    ])
}

/// Recorded-vs-projected instability (present on fb20511 and on its parent, not introduced
/// by it; fixed by recording further years as such). History: tests/old_titles.rs `second_case` (A enforced on its utslag 2025-05-15; B's
/// judgment 2026-03-02, no verkställighet on it taken) plus a payment of 3 000 kr on
/// 2027-06-01; today 2027-06-02, horizon 2036-01-01, court policy. The timeline projects A's
/// further year 2026-05-15, 2027-05-15, the verkställighet on B's judgment 2027-06-02 and the
/// years on. Record the first projected entry (the year of 2026-05-15) and project again: the
/// verkställighet on B's judgment is gone. Cause: a recorded further year is read by
/// `limitation::case_start` as the verkställighet on the latest judgment by its day (B's), so
/// recording A's year "enforced" B's judgment, which the projection did not assume. The
/// entry now says `further_year`, and recorded so, it renews A's verkställighet.
#[test]
fn recording_an_old_titles_further_year_drops_the_verkstallighet_on_a_later_judgment() {
    let c = claim(
        ab_enforced("2025-09-01", "2025-10-01"),
        second_steps(),
        json!([{ "date": "2027-06-01", "amount": "3000.00" }]),
    );
    let problems = stable(&c, "2027-06-02", "2036-01-01");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A: enforced on its utslag 2020-05-15. B: its own betalningsföreläggande and utslag (recorded
/// as a judgment) in 2021, never enforced. A's further years 2021-05-15, 2022-05-15 and
/// 2023-05-15 recorded; the last two come after B's judgment.
fn a_renewed_after_bs_judgment(flagged: bool) -> Claim {
    let year = |d: &str| json!({ "kind": "enforcement", "date": d, "furtherYear": flagged });
    claim(
        json!([
            { "number": "A", "amount": "10000.00", "issueDate": "2020-01-10", "dueDate": "2020-02-10" },
            { "number": "B", "amount": "5000.00", "issueDate": "2021-09-01", "dueDate": "2021-10-01" }
        ]),
        json!([
            { "kind": "collectionDemand", "date": "2020-02-20" },
            { "kind": "paymentOrder", "date": "2020-03-20" },
            { "kind": "enforcement", "date": "2020-05-15" },
            year("2021-05-15"),
            { "kind": "collectionDemand", "date": "2021-10-10" },
            { "kind": "paymentOrder", "date": "2021-11-10" },
            { "kind": "judgment", "date": "2021-12-20" },
            year("2022-05-15"),
            year("2023-05-15")
        ]),
        json!([]),
    )
}

#[test]
fn further_years_recorded_after_a_later_judgment_keep_the_older_titles_debt_alive() {
    // Consumer claim: three years from when the verkställighet's year ends (a year after its
    // last recorded year, 2023-05-15): 2024-05-15 + 3 years.
    let flagged = a_renewed_after_bs_judgment(true);
    assert_eq!(preskription(&flagged, "A").to_string(), "2027-05-15");
    // Not marked, the years after B's judgment are read as the verkställighet on it: A's
    // debt runs from its 2021-05-15 year (the Known limit of stop 46).
    let plain = a_renewed_after_bs_judgment(false);
    assert_eq!(preskription(&plain, "A").to_string(), "2025-05-15");
    // B's judgment is not enforced by A's years: its own period runs from the utslag.
    assert_eq!(preskription(&flagged, "B").to_string(), "2024-12-20");
}

#[test]
fn a_further_year_costs_its_grundavgift_as_an_application_does() {
    let fees = |c: &Claim| -> Vec<(String, String)> {
        inkasso::statement(c, &inkasso::StatementOptions::new(date("2024-01-01")))
            .expect("statement")
            .fee_lines
            .iter()
            .filter(|l| l.kind.as_str() == "enforcementFee")
            .map(|l| (l.date.to_string(), l.amount.to_string()))
            .collect()
    };
    let flagged = fees(&a_renewed_after_bs_judgment(true));
    assert_eq!(flagged, fees(&a_renewed_after_bs_judgment(false)));
    assert_eq!(flagged.len(), 4, "{flagged:?}");
}

#[test]
fn the_timeline_marks_the_further_years_it_projects_and_those_recorded() {
    let c = claim(
        ab_enforced("2025-09-01", "2025-10-01"),
        second_steps(),
        json!([{ "date": "2027-06-01", "amount": "3000.00" }]),
    );
    let policy = common::court_policy();
    let t = timeline(&c, &policy, "2027-06-02", "2030-01-01");
    let marked: Vec<(String, bool)> = t
        .entries
        .iter()
        .filter(|e| e.status == inkasso::timeline::EntryStatus::Projected)
        .filter(|e| e.kind == inkasso::timeline::EntryKind::Enforcement)
        .map(|e| (e.date.to_string(), e.further_year))
        .collect();
    // A's years, the verkställighet on B's judgment (an application, within the year of the
    // last grundavgift: it charges none), then the years on from 2027-05-15.
    assert_eq!(
        marked,
        [
            ("2026-05-15".to_owned(), true),
            ("2027-05-15".to_owned(), true),
            ("2027-06-02".to_owned(), false),
            ("2028-05-15".to_owned(), true),
            ("2029-05-15".to_owned(), true),
        ],
        "{:?}",
        projected(&t)
    );
    let json = serde_json::to_value(&t).expect("json");
    let flags: Vec<Option<&Value>> = json["entries"]
        .as_array()
        .expect("entries")
        .iter()
        .map(|e| e.get("furtherYear"))
        .collect();
    assert_eq!(
        flags
            .iter()
            .filter(|f| **f == Some(&Value::Bool(true)))
            .count(),
        4
    );
    assert!(flags
        .iter()
        .all(|f| f.is_none() || *f == Some(&Value::Bool(true))));
    // Recorded as it says, the first is a taken further year, and says so.
    let (with, _) = record_n(&c, &t, 1);
    assert!(with.steps.last().is_some_and(|s| s.further_year));
    let again = timeline(&with, &policy, "2027-06-02", "2030-01-01");
    let taken = again
        .entries
        .iter()
        .find(|e| e.step == Some(c.steps.len()))
        .expect("the recorded year");
    assert!(taken.further_year);
    assert!(
        taken
            .text()
            .en
            .starts_with("Enforcement continues another year from 2026-05-15,"),
        "{}",
        taken.text().en
    );
    // One with no verkställighet before it is the application: its entry says so.
    let alone = claim(
        ab_enforced("2025-01-10", "2025-02-10"),
        json!([
            { "kind": "collectionDemand", "date": "2025-02-20" },
            { "kind": "enforcement", "date": "2025-05-15", "furtherYear": true }
        ]),
        json!([]),
    );
    let t = timeline(&alone, &policy, "2025-06-01", "2025-07-01");
    let application = t
        .entries
        .iter()
        .find(|e| e.step == Some(1))
        .expect("the recorded step");
    assert!(!application.further_year);
    assert!(
        application
            .text()
            .en
            .starts_with("Application for enforcement filed on 2025-05-15"),
        "{}",
        application.text().en
    );
}

#[test]
fn a_further_year_with_no_application_before_it_counts_as_one() {
    let steps = |flagged: bool| {
        json!([
            { "kind": "collectionDemand", "date": "2025-02-20" },
            { "kind": "enforcement", "date": "2025-05-15", "furtherYear": flagged }
        ])
    };
    let one = ab_enforced("2025-01-10", "2025-02-10");
    let plain = claim(one.clone(), steps(false), json!([]));
    let flagged = claim(one, steps(true), json!([]));
    for invoice in ["A", "B"] {
        assert_eq!(
            preskription(&flagged, invoice),
            preskription(&plain, invoice)
        );
    }
    assert_eq!(
        flagged.application_day(date("2025-05-15")),
        date("2025-05-15")
    );
}

#[test]
fn further_year_is_only_a_field_of_an_enforcement() {
    for kind in ["reminder", "paymentOrder", "judgment", "surveillance"] {
        let err = common::claim(json!({
            "debtor": "consumer",
            "invoices": [{ "number": "A", "amount": "100.00", "issueDate": "2025-01-10" }],
            "steps": [
                { "kind": "enforcement", "date": "2025-05-15", "furtherYear": true },
                { "kind": kind, "date": "2025-06-15", "furtherYear": true }
            ]
        }))
        .and_then(|c| c.validate().map(|()| c))
        .expect_err(kind);
        assert_eq!(err.code().as_str(), "UNKNOWN_FIELD", "{kind}");
        assert_eq!(err.field(), Some("steps[1].furtherYear"), "{kind}");
    }
    // `false` is the default, on any kind.
    let c = common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "A", "amount": "100.00", "issueDate": "2025-01-10" }],
        "steps": [{ "kind": "reminder", "date": "2025-03-15", "furtherYear": false }]
    }))
    .expect("claim");
    assert!(c.validate().is_ok());
}

/// A and B: A 10 000 kr due 2025-02-10, B 5 000 kr issued 2025-09-01 due 2025-10-01.
fn ab(steps: Value) -> Claim {
    claim(ab_enforced("2025-09-01", "2025-10-01"), steps, json!([]))
}

fn consequences(c: &Claim, d: &str) -> String {
    let l = inkasso::letter::letter(
        c,
        inkasso::StepKind::CollectionDemand,
        date(d),
        10,
        &inkasso::letter::LetterOptions::default(),
    )
    .expect("letter");
    l.sections
        .iter()
        .find(|s| s.id == inkasso::letter::SectionId::Consequences)
        .expect("the section")
        .body
        .en
        .clone()
}

/// A review of 067a330 (D1): A's further year between B's betalningsföreläggande and its
/// dispute was read as the verkställighet on B's utslag (`disputed_order` took any
/// enforcement for one), so B's court action was charged as a stämningsansökan of its own
/// (900 kr) instead of the tilläggsavgift of a transferred case (600 kr).
#[test]
fn a_further_year_does_not_end_a_pending_payment_order() {
    let history = |year: &str| {
        ab(json!([
            { "kind": "collectionDemand", "date": "2025-02-20" },
            { "kind": "paymentOrder", "date": "2025-03-20" },
            { "kind": "enforcement", "date": "2025-05-15" },
            { "kind": "collectionDemand", "date": "2026-03-10" },
            { "kind": "paymentOrder", "date": "2026-04-20" },
            { "kind": "enforcement", "date": year, "furtherYear": true },
            { "kind": "dispute", "date": "2026-05-20" },
            { "kind": "courtAction", "date": "2026-06-01" }
        ]))
    };
    let transfer = vec![("courtTransferFee".to_owned(), "600.00".to_owned())];
    let after = history("2026-05-25");
    assert_eq!(common::court_fee_lines(&after, "2026-06-02"), transfer);
    let before = history("2026-05-15");
    assert_eq!(
        before.payment_order_disputed_by(date("2026-06-01")),
        Some(date("2026-04-20"))
    );
    assert_eq!(common::court_fee_lines(&before, "2026-06-02"), transfer);
}

/// The review's D2: a further year is no title, so a letter while B's betalningsföreläggande
/// is pending names it (it read the year as a title that left B out, and told the debtor that
/// a betalningsföreläggande may come).
#[test]
fn a_letter_reads_no_title_in_a_further_year() {
    let mut steps = vec![
        json!({ "kind": "collectionDemand", "date": "2025-02-20" }),
        json!({ "kind": "paymentOrder", "date": "2025-03-20" }),
        json!({ "kind": "enforcement", "date": "2025-05-15" }),
        json!({ "kind": "collectionDemand", "date": "2026-03-10" }),
        json!({ "kind": "paymentOrder", "date": "2026-04-20" }),
    ];
    let without = ab(Value::Array(steps.clone()));
    steps.push(json!({ "kind": "enforcement", "date": "2026-05-15", "furtherYear": true }));
    let with = ab(Value::Array(steps));
    let said = consequences(&without, "2026-05-20");
    assert!(
        said.contains("applied to Kronofogden for a payment order on 2026-04-20"),
        "{said}"
    );
    assert_eq!(consequences(&with, "2026-05-20"), said);
}

/// The review's D3: a further year with no application before it counts as one everywhere:
/// it ends the court case brought before it as an unmarked one does, so B's own later case is
/// not read as that one (B's preskription, and the road after B's judgment, are the same).
#[test]
fn a_further_year_with_no_application_ends_the_case_before_it_as_one_does() {
    let history = |marked: bool| {
        common::claim(json!({ "debtor": "consumer",
            "invoices": [
                { "number": "A", "amount": "10000.00", "issueDate": "2024-01-10", "dueDate": "2024-02-10" },
                { "number": "B", "amount": "5000.00", "issueDate": "2024-10-01", "dueDate": "2024-11-01" }],
            "steps": [
                { "kind": "collectionDemand", "date": "2024-02-20" },
                { "kind": "courtAction", "date": "2024-03-20" },
                { "kind": "enforcement", "date": "2024-09-02", "furtherYear": marked },
                { "kind": "collectionDemand", "date": "2024-11-11" },
                { "kind": "courtAction", "date": "2024-12-10" },
                { "kind": "judgment", "date": "2025-03-03" }] }))
        .expect("claim")
    };
    let (marked, plain) = (history(true), history(false));
    assert_eq!(preskription(&plain, "B").to_string(), "2028-03-03");
    let policy = common::court_policy();
    let road = |c: &Claim| projected(&timeline(c, &policy, "2025-03-04", "2027-01-01"));
    assert_eq!(
        (preskription(&marked, "B"), road(&marked)),
        (preskription(&plain, "B"), road(&plain))
    );
}

/// The review's D4: a further year of A's verkställighet and the verkställighet on B's
/// judgment on the same day; recorded so, the year still renews A (it was read, by its day,
/// as B's application). The timeline projected both on that day; it now projects B's on the
/// next business day (once the year is recorded, nothing is projected on its day: a
/// stability check, stop 72), and the two recorded on one day are read as before.
#[test]
fn a_further_year_on_the_day_of_an_application_still_renews_the_older_case() {
    let c = claim(
        ab_enforced("2025-09-01", "2025-10-01"),
        second_steps(),
        json!([]),
    );
    let policy = common::court_policy();
    let t = timeline(&c, &policy, "2026-05-15", "2026-06-01");
    let road: Vec<(String, bool)> = t
        .entries
        .iter()
        .filter(|e| e.status == inkasso::timeline::EntryStatus::Projected)
        .map(|e| (e.date.to_string(), e.further_year))
        .collect();
    assert_eq!(
        road,
        [
            ("2026-05-15".to_owned(), true),
            ("2026-05-18".to_owned(), false)
        ]
    );
    let (next_day, _) = record_n(&c, &t, 2);
    let mut same_day = next_day.clone();
    if let Some(s) = same_day.steps.last_mut() {
        s.date = date("2026-05-15");
    }
    assert_eq!(preskription(&next_day, "A").to_string(), "2030-05-15");
    assert_eq!(preskription(&same_day, "A"), preskription(&next_day, "A"));
}

/// A verkställighet applied for again within the year on the debt the year's grundavgift was
/// charged for, recorded without claiming a fee (`fee: false`, as the timeline records it: no
/// new grundavgift), does not start the year again: the further year a year after the first
/// costs its grundavgift, and `check` finds it lawful (a diff review: once the timeline's road
/// was recorded, the further year it projected was `ENFORCEMENT_WITHIN_A_YEAR` and charged
/// nothing).
#[test]
fn an_application_again_without_its_fee_does_not_start_the_year_again() {
    let steps = |again: Value| {
        json!([
            { "kind": "collectionDemand", "date": "2025-04-08" },
            { "kind": "paymentOrder", "date": "2025-04-27" },
            { "kind": "enforcement", "date": "2025-05-21" },
            { "kind": "judgment", "date": "2025-05-21" },
            again,
            { "kind": "enforcement", "date": "2026-05-21", "furtherYear": true }
        ])
    };
    let invoices = json!([{ "number": "1001", "amount": "9040.07", "issueDate": "2025-03-08", "dueDate": "2025-03-28" }]);
    for again in [
        json!({ "kind": "enforcement", "date": "2025-05-22", "fee": false }),
        json!({ "kind": "enforcement", "date": "2025-05-22" }),
    ] {
        let c = claim(invoices.clone(), steps(again.clone()), json!([]));
        let s = inkasso::statement(&c, &inkasso::StatementOptions::new(date("2026-06-30")))
            .expect("statement");
        let grundavgifter: Vec<_> = s
            .fee_lines
            .iter()
            .filter(|l| l.kind == inkasso::fees::FeeKind::EnforcementFee && l.amount.is_positive())
            .map(|l| (l.date.to_string(), l.amount.to_string()))
            .collect();
        assert_eq!(
            grundavgifter,
            vec![
                ("2025-05-21".to_owned(), "600.00".to_owned()),
                ("2026-05-21".to_owned(), "600.00".to_owned())
            ],
            "{again}"
        );
    }
    // As the timeline records it, `check` finds nothing of the enforcement.
    let c = claim(
        invoices,
        steps(json!({ "kind": "enforcement", "date": "2025-05-22", "fee": false })),
        json!([]),
    );
    let policy = inkasso::policy::Policy::preset(inkasso::policy::PresetId::Standard);
    let within: Vec<_> = findings(&c, &policy)
        .into_iter()
        .filter(|f| f.1 == "ENFORCEMENT_WITHIN_A_YEAR")
        .collect();
    assert_eq!(within, vec![]);
}
