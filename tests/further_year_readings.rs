//! How a further year recorded as one (`furtherYear`) is read, found by a second review of the
//! furtherYear commits (067a330 … 2359cde): no title for a dispute (R1), an application only
//! on the first verkställighet's day (R2), ending a betalningsföreläggande when it counts as an
//! application (R3), and renewing the application it renews when the years lapsed (R4).

mod common;

use common::date;
use common::titles::*;

use inkasso::timeline::EntryKind;
use inkasso::Claim;
use serde_json::{json, Value};

fn claim(invoices: Value, steps: Value) -> Claim {
    common::claim(json!({ "debtor": "consumer", "invoices": invoices, "steps": steps }))
        .expect("claim")
}

fn errors(c: &Claim) -> Vec<(Option<usize>, String)> {
    inkasso::compliance::check(c, Some(&common::court_policy()))
        .expect("check")
        .iter()
        .filter(|f| format!("{:?}", f.severity) == "Error")
        .map(|f| (f.step, f.code.as_str().to_owned()))
        .collect()
}

fn road(c: &Claim, today: &str, horizon: &str) -> Vec<(EntryKind, String)> {
    projected(&timeline(c, &common::court_policy(), today, horizon))
}

/// A enforced on its utslag 2025-05-15; B's own betalningsföreläggande 2025-11-10, its
/// utslag recorded as a judgment 2026-01-20 (B is decided, not enforced yet); A's further year
/// 2026-05-15 (`year`: None = not recorded, Some(marked)); the debtor disputes 2026-06-01.
/// C is issued after the dispute (2026-07-01, due 2026-08-01).
fn disputed_after_a_year(year: Option<bool>) -> Claim {
    let mut steps = vec![
        json!({ "kind": "collectionDemand", "date": "2025-02-20" }),
        json!({ "kind": "paymentOrder", "date": "2025-03-20" }),
        json!({ "kind": "enforcement", "date": "2025-05-15" }),
        json!({ "kind": "collectionDemand", "date": "2025-10-10" }),
        json!({ "kind": "paymentOrder", "date": "2025-11-10" }),
        json!({ "kind": "judgment", "date": "2026-01-20" }),
    ];
    if let Some(marked) = year {
        steps.push(json!({ "kind": "enforcement", "date": "2026-05-15", "furtherYear": marked }));
    }
    steps.push(json!({ "kind": "dispute", "date": "2026-06-01" }));
    claim(
        json!([
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "5000.00", "issueDate": "2025-09-01", "dueDate": "2025-10-01" },
            { "number": "C", "amount": "3000.00", "issueDate": "2026-07-01", "dueDate": "2026-08-01" }
        ]),
        Value::Array(steps),
    )
}

/// R1: `Claim::dispute_standing` takes the latest judgment or enforcement before the dispute
/// as its title, a marked further year included: A's year (recorded as the timeline projected
/// it) is read as A's title, so a dispute after B's judgment is read as about B. `check` flags
/// an inkassokrav for C, `letter` refuses one, and the timeline, once the year is recorded,
/// projects a court road for B (judged already) instead of C's road.
#[test]
fn a_dispute_after_a_marked_year_is_judged_against_the_latest_title() {
    let marked = disputed_after_a_year(Some(true));
    let plain = disputed_after_a_year(Some(false));
    assert_eq!(plain.dispute_standing(date("2026-06-10"), false), None);
    assert_eq!(marked.dispute_standing(date("2026-06-10"), false), None);
}

/// R1, the timeline: recorded as projected, A's year changes the road after it.
#[test]
fn recording_the_projected_year_before_a_dispute_keeps_the_road() {
    let none = disputed_after_a_year(None);
    let policy = common::court_policy();
    let t = timeline(&none, &policy, "2026-06-02", "2027-12-01");
    let first = projected(&t);
    assert_eq!(first[0], (EntryKind::Enforcement, "2026-05-15".to_owned()));
    let (recorded, _) = record_n(&none, &t, 1);
    assert!(recorded.steps.iter().any(|s| s.further_year));
    assert_eq!(road(&recorded, "2026-06-02", "2027-12-01"), first[1..]);
}

/// R1, `check` and `letter`: an inkassokrav for C (issued after the dispute) is lawful.
#[test]
fn an_inkassokrav_after_a_dispute_that_disputes_nothing_is_lawful() {
    let marked = disputed_after_a_year(Some(true));
    let mut demanded = marked.clone();
    demanded.steps.push(inkasso::Step::new(
        inkasso::StepKind::CollectionDemand,
        date("2026-08-11"),
    ));
    assert_eq!(errors(&demanded), []);
    let letter = inkasso::letter::letter(
        &marked,
        inkasso::StepKind::CollectionDemand,
        date("2026-08-10"),
        10,
        &inkasso::letter::LetterOptions::default(),
    );
    assert!(letter.is_ok(), "{:?}", letter.err());
}

/// A (2020) enforced on its utslag; the history records that verkställighet marked
/// `furtherYear` (its application is not recorded: it counts as one, D3 of the first review)
/// or not; B's own betalningsföreläggande 2021-04-10 (C not due yet), A's further year
/// 2021-05-15 (marked), B's utslag recorded as a judgment 2021-05-25.
fn first_year_marked(first_marked: bool) -> Claim {
    claim(
        json!([
            { "number": "A", "amount": "10000.00", "issueDate": "2020-01-10", "dueDate": "2020-02-10" },
            { "number": "B", "amount": "5000.00", "issueDate": "2021-01-05", "dueDate": "2021-02-05" },
            { "number": "C", "amount": "3000.00", "issueDate": "2021-03-20", "dueDate": "2021-04-20" }
        ]),
        json!([
            { "kind": "collectionDemand", "date": "2020-02-20" },
            { "kind": "paymentOrder", "date": "2020-03-20" },
            { "kind": "enforcement", "date": "2020-05-15", "furtherYear": first_marked },
            { "kind": "collectionDemand", "date": "2021-02-20" },
            { "kind": "paymentOrder", "date": "2021-04-10" },
            { "kind": "enforcement", "date": "2021-05-15", "furtherYear": true },
            { "kind": "judgment", "date": "2021-05-25" }
        ]),
    )
}

/// R2: `Claim::applications` counts every marked year before the first unmarked enforcement,
/// not only one with nothing before it: with the first verkställighet marked, A's second year
/// is an application too, read as enforcing B's utslag, so B's judgment is read as a case of
/// its own that covers C. C's preskription and the road differ from the same history with the
/// first one unmarked.
#[test]
fn only_the_first_marked_year_counts_as_an_application() {
    let (marked, plain) = (first_year_marked(true), first_year_marked(false));
    assert_eq!(preskription(&plain, "C").to_string(), "2024-03-20");
    assert_eq!(preskription(&marked, "C"), preskription(&plain, "C"));
    assert_eq!(
        road(&marked, "2021-06-01", "2023-01-01"),
        road(&plain, "2021-06-01", "2023-01-01")
    );
}

/// A's betalningsföreläggande 2025-03-20 and its verkställighet 2025-05-15 (marked or not: no
/// application before it, so it counts as one); B (due 2025-05-01, after A's application) is
/// disputed 2025-06-01 and taken to court 2025-06-10.
fn first_marked_then_dispute(marked: bool) -> Claim {
    claim(
        json!([
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "5000.00", "issueDate": "2025-04-01", "dueDate": "2025-05-01" }
        ]),
        json!([
            { "kind": "collectionDemand", "date": "2025-02-20" },
            { "kind": "paymentOrder", "date": "2025-03-20" },
            { "kind": "enforcement", "date": "2025-05-15", "furtherYear": marked },
            { "kind": "dispute", "date": "2025-06-01" },
            { "kind": "courtAction", "date": "2025-06-10" }
        ]),
    )
}

/// R3: `limitation::disputed_order` leaves out every marked enforcement (`!s.further_year`),
/// also one that counts as an application: the verkställighet on A's utslag no longer ends A's
/// betalningsföreläggande, so a dispute after it is read as disputing it; B's stämningsansökan
/// is charged as a transfer (600 kr, not 900), B's preskription moves, and the timeline
/// projects a second court road.
#[test]
fn a_marked_year_that_counts_as_an_application_ends_the_payment_order() {
    let (marked, plain) = (
        first_marked_then_dispute(true),
        first_marked_then_dispute(false),
    );
    assert_eq!(plain.payment_order_disputed_by(date("2025-06-10")), None);
    assert_eq!(marked.payment_order_disputed_by(date("2025-06-10")), None);
    assert_eq!(
        common::court_fee_lines(&marked, "2025-06-11"),
        common::court_fee_lines(&plain, "2025-06-11")
    );
    assert_eq!(preskription(&marked, "B"), preskription(&plain, "B"));
    assert_eq!(
        road(&marked, "2025-06-11", "2027-01-01"),
        road(&plain, "2025-06-11", "2027-01-01")
    );
}

/// R4 (edge): a further year recorded after A's verkställighet lapsed, on the same day as the
/// application on B's judgment: `cases_of` falls back to `case_span(step.date)`, and
/// `application_day` of that day is B's application, so the year renews B, not A (as it does
/// the day before B's application: D4 of the first review, left out of the fallback).
#[test]
fn a_lapsed_further_year_on_an_applications_day_renews_the_application_it_renews() {
    let history = |application: &str| {
        claim(
            json!([
                { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
                { "number": "B", "amount": "5000.00", "issueDate": "2025-09-01", "dueDate": "2025-10-01" }
            ]),
            json!([
                { "kind": "collectionDemand", "date": "2025-02-20" },
                { "kind": "paymentOrder", "date": "2025-03-20" },
                { "kind": "enforcement", "date": "2025-05-15" },
                { "kind": "collectionDemand", "date": "2025-10-10" },
                { "kind": "paymentOrder", "date": "2025-11-10" },
                { "kind": "judgment", "date": "2026-01-20" },
                { "kind": "enforcement", "date": "2026-08-01", "furtherYear": true },
                { "kind": "enforcement", "date": application }
            ]),
        )
    };
    let (same_day, next_day) = (history("2026-08-01"), history("2026-08-04"));
    assert_eq!(preskription(&next_day, "A").to_string(), "2030-08-01");
    assert_eq!(preskription(&same_day, "A"), preskription(&next_day, "A"));
}
