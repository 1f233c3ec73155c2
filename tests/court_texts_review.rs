//! A review of the court path's words (stop 65, a helper reading the distinct sentence shapes
//! of 4 500 generated histories). Each test fails on the code before it:
//! - the timeline's note that a judgment is a title for its costs called an utslag "Domen";
//! - a judgment recording no costs, after the capital was credited, was said to cost nothing
//!   because the capital was paid (its costs are owed whatever the capital, and it had none);
//! - projected further years were numbered from 1 after recorded ones;
//! - a letter under efterbevakning threatened the grundavgift of a new application that the
//!   engine charges only once the year of the last has passed;
//! - a letter demanding only an invoice that fell due after a pending stämningsansökan said
//!   the debt was before the court.

mod common;

use common::date;
use inkasso::letter::{letter, LetterOptions, SectionId};
use inkasso::timeline::{timeline, EntryKind, EntryStatus, TimelineOptions};
use inkasso::warning::WarningCode;
use inkasso::{statement, Claim, StatementOptions, StepKind};
use serde_json::{json, Value};

fn claim(input: Value) -> Claim {
    common::claim(input).expect("claim")
}

fn a1() -> Value {
    json!({ "number": "A1", "amount": "10000.00", "issueDate": "2024-01-10", "dueDate": "2024-02-09" })
}

/// A0 (10 000 kr, due 2023-01-09) under verkställighet from 2023-05-01, with its further year
/// of 2024-05-01 recorded.
fn enforced_with_a_further_year() -> Claim {
    let a0 = json!({ "number": "A0", "amount": "10000.00", "issueDate": "2022-12-10", "dueDate": "2023-01-09" });
    claim(json!({
        "debtor": "consumer", "invoices": [a0],
        "steps": [
            { "kind": "collectionDemand", "date": "2023-02-15" },
            { "kind": "paymentOrder", "date": "2023-03-10" },
            { "kind": "enforcement", "date": "2023-05-01" },
            { "kind": "enforcement", "date": "2024-05-01", "furtherYear": true }
        ]
    }))
}

fn timeline_on(
    c: &Claim,
    policy: &inkasso::policy::Policy,
    today: &str,
) -> inkasso::timeline::Timeline {
    let options = TimelineOptions {
        today: Some(date(today)),
        ..TimelineOptions::default()
    };
    timeline(c, policy, &options).expect("timeline")
}

#[test]
fn a_title_for_costs_is_a_judgment_or_an_utslag() {
    let c = claim(json!({
        "debtor": "consumer", "invoices": [a1()],
        "steps": [
            { "kind": "collectionDemand", "date": "2024-02-15" },
            { "kind": "paymentOrder", "date": "2024-03-10" },
            { "kind": "judgment", "date": "2024-04-20", "costs": "1500.00" }
        ],
        "credits": [{ "invoice": "A1", "date": "2024-05-01", "amount": "10000.00" }]
    }));
    let t = timeline_on(
        &c,
        &common::policy(json!({ "preset": "standard" })),
        "2024-05-02",
    );
    let notes: Vec<String> = t
        .entries
        .iter()
        .flat_map(|e| e.notes.iter().map(|n| inkasso::text::warning(n).sv))
        .filter(|n| n.contains("exekutionstitel för de"))
        .collect();
    assert_eq!(
        notes,
        // After a betalningsföreläggande not disputed: Kronofogden's utslag (named so, stop 67),
        // whose costs are the mål's, not rättegångskostnader (a timeline words review, stop 68).
        ["Kronofogdens utslag 2024-04-20 är en exekutionstitel för de tillerkända kostnaderna (utsökningsbalken 3 kap. 1 §), och de är obetalda."]
    );
}

#[test]
fn a_judgment_without_costs_is_not_said_to_cost_nothing_for_a_paid_capital() {
    let c = claim(json!({
        "debtor": "consumer", "invoices": [a1()],
        "steps": [
            { "kind": "collectionDemand", "date": "2024-02-15" },
            { "kind": "courtAction", "date": "2024-03-10" },
            { "kind": "judgment", "date": "2025-01-27" }
        ],
        "credits": [{ "invoice": "A1", "date": "2025-01-20", "amount": "10000.00" }]
    }));
    let s = statement(&c, &StatementOptions::new(date("2025-02-01"))).expect("statement");
    let about_judgment: Vec<_> = s
        .warnings
        .iter()
        .filter(|w| w.subject == inkasso::warning::Subject::Step(2))
        .map(|w| w.code)
        .collect();
    assert_eq!(about_judgment, Vec::<WarningCode>::new());
    // With costs: owed whatever the capital, as before.
    let mut with_costs = c.clone();
    if let Some(j) = with_costs.steps.get_mut(2) {
        j.costs = Some("1500.00".parse().expect("money"));
    }
    let s = statement(&with_costs, &StatementOptions::new(date("2025-02-01"))).expect("statement");
    assert!(s
        .fee_lines
        .iter()
        .any(|l| l.step == Some(2) && l.amount.to_string() == "1500.00"));
}

#[test]
fn projected_further_years_count_on_from_the_recorded_ones() {
    let c = enforced_with_a_further_year();
    let options = TimelineOptions {
        today: Some(date("2024-06-01")),
        horizon: Some(date("2026-06-01")),
        ..TimelineOptions::default()
    };
    let t = timeline(
        &c,
        &common::policy(json!({ "preset": "standard" })),
        &options,
    )
    .expect("timeline");
    let years: Vec<String> = t
        .entries
        .iter()
        .filter(|e| e.kind == EntryKind::Enforcement && e.status == EntryStatus::Projected)
        .flat_map(|e| e.notes.iter().map(|n| inkasso::text::warning(n).en))
        .filter(|n| n.starts_with("Enforcement continues another year"))
        .collect();
    assert_eq!(
        years,
        [
            "Enforcement continues another year (further year 2): one more basic fee.",
            "Enforcement continues another year (further year 3): one more basic fee."
        ]
    );
}

fn consequences(c: &Claim, kind: StepKind, day: &str) -> String {
    letter(c, kind, date(day), 10, &LetterOptions::default())
        .expect("letter")
        .sections
        .iter()
        .find(|s| s.id == SectionId::Consequences)
        .map(|s| s.body.en.clone())
        .expect("consequences")
}

#[test]
fn a_letter_under_efterbevakning_threatens_a_grundavgift_only_after_the_year() {
    let steps = |surveillance: &str| {
        json!([
            { "kind": "collectionDemand", "date": "2024-02-15" },
            { "kind": "paymentOrder", "date": "2024-03-10" },
            { "kind": "enforcement", "date": "2024-05-01" },
            { "kind": "surveillance", "date": surveillance }
        ])
    };
    // Within the year of 2024-05-01: a new application the day after the deadline is free.
    let within =
        claim(json!({ "debtor": "consumer", "invoices": [a1()], "steps": steps("2024-08-01") }));
    let text = consequences(&within, StepKind::FinalNotice, "2024-09-02");
    assert!(
        text.ends_with(
            "No new basic fee is charged for that until a year has passed since the last one."
        ),
        "{text}"
    );
    // After it: the grundavgift, as before.
    let after =
        claim(json!({ "debtor": "consumer", "invoices": [a1()], "steps": steps("2025-06-02") }));
    let text = consequences(&after, StepKind::FinalNotice, "2025-07-01");
    assert!(
        text.ends_with("Kronofogden's basic fee (SEK 600) is then added to the debt."),
        "{text}"
    );
}

#[test]
fn a_letter_for_an_invoice_outside_a_pending_court_case_is_on_its_own_road() {
    let a2 = json!({ "number": "A2", "amount": "5000.00", "issueDate": "2024-04-01", "dueDate": "2024-05-01" });
    let c = claim(json!({
        "debtor": "consumer", "invoices": [a1(), a2],
        "steps": [
            { "kind": "collectionDemand", "date": "2024-02-15" },
            { "kind": "courtAction", "date": "2024-03-10" }
        ],
        "payments": [{ "date": "2024-04-20", "amount": "12000.00", "invoice": "A1" }]
    }));
    let text = consequences(&c, StepKind::CollectionDemand, "2024-05-10");
    assert!(
        text.starts_with("If you neither pay nor object to the demand"),
        "{text}"
    );
    assert!(!text.contains("district court on 2024-03-10"), "{text}");
    // A1 still owed: the court case is what comes next, as before.
    let owed = claim(json!({
        "debtor": "consumer", "invoices": [a1()],
        "steps": [
            { "kind": "collectionDemand", "date": "2024-02-15" },
            { "kind": "courtAction", "date": "2024-03-10" }
        ]
    }));
    let text = consequences(&owed, StepKind::FinalNotice, "2024-05-10");
    assert!(
        text.starts_with("The creditor sued in the district court on 2024-03-10."),
        "{text}"
    );
}

fn limitation_texts(c: &Claim) -> Vec<(String, String)> {
    let l = inkasso::limitation::limitation(c).expect("limitation");
    l.invoices
        .iter()
        .map(|i| {
            let t = inkasso::text::invoice_limitation(i);
            (t.sv, t.en)
        })
        .collect()
}

/// A further year interrupts as a further year, not as an application for enforcement.
#[test]
fn limitation_names_a_further_year_as_one() {
    let c = enforced_with_a_further_year();
    let texts = limitation_texts(&c);
    assert_eq!(texts.len(), 1);
    assert!(
        texts[0].0.starts_with(
            "Faktura A0: preskriptionen avbröts genom verkställighetsåret från 2024-05-01;"
        ),
        "{}",
        texts[0].0
    );
    assert!(texts[0].1.starts_with("Invoice A0: limitation was interrupted by the further year of enforcement of 2024-05-01;"), "{}", texts[0].1);
}

/// A dom or utslag ends the proceedings that interrupted: it is not itself the interruption
/// (and after a stämningsansökan it is a dom, named so: stop 67).
#[test]
fn limitation_names_the_proceedings_a_judgment_ended() {
    let c = claim(json!({
        "debtor": "consumer", "invoices": [a1()],
        "steps": [
            { "kind": "collectionDemand", "date": "2024-02-15" },
            { "kind": "courtAction", "date": "2024-03-10" },
            { "kind": "judgment", "date": "2024-09-20" }
        ]
    }));
    let texts = limitation_texts(&c);
    assert_eq!(
        texts,
        [(
            "Faktura A1: preskriptionen avbröts genom rättsliga åtgärder som avslutades genom dom 2024-09-20; ny preskriptionstid på 3 år från den dagen löper till och med 2027-09-20.".to_string(),
            "Invoice A1: limitation was interrupted by legal proceedings that ended with the judgment of 2024-09-20; a new 3-year period from that day runs through 2027-09-20.".to_string()
        )]
    );
}

/// An efterbevakning demands the invoices of the verkställighet it follows, else of the dom or
/// utslag it watches (a review of preskription, stop 65: one after a judgment was read as
/// demanding every invoice, one the judgment left out too); with neither recorded it rests on
/// a title the history does not record, and demands every invoice, as before.
#[test]
fn an_efterbevakning_after_a_judgment_demands_that_judgments_invoices() {
    let a = json!({ "number": "A", "amount": "1000.00", "issueDate": "2020-01-10", "dueDate": "2020-02-10" });
    let b = json!({ "number": "B", "amount": "2000.00", "issueDate": "2021-07-01", "dueDate": "2021-08-01" });
    let barred = |invoices: Value, steps: Value| {
        let c = claim(json!({ "debtor": "consumer", "invoices": invoices, "steps": steps }));
        inkasso::compliance::check(&c, None)
            .expect("check")
            .into_iter()
            .filter(|f| f.code == inkasso::compliance::FindingCode::TimeBarredDemanded)
            .map(|f| f.text().en)
            .collect::<Vec<_>>()
    };
    let judged = json!([
        { "kind": "judgment", "date": "2021-06-01" },
        { "kind": "surveillance", "date": "2024-09-01" }
    ]);
    // A's new period from the judgment ends 2024-06-01; B, issued after it and never
    // demanded, is time-barred from 2024-08-02: the efterbevakning watches A only.
    let texts = barred(json!([a.clone(), b]), judged);
    assert_eq!(texts.len(), 1, "{texts:?}");
    assert!(
        texts[0].contains("invoice A") && !texts[0].contains("invoice B"),
        "{texts:?}"
    );
    // Alone: every invoice.
    assert_eq!(
        barred(
            json!([a]),
            json!([{ "kind": "surveillance", "date": "2023-06-01" }])
        )
        .len(),
        1
    );
}

/// A further year that renews nothing (no verkställighet before it) is read as an
/// application (`FURTHER_YEAR_WITHOUT_APPLICATION`): `limitation` names it as one.
#[test]
fn limitation_names_a_further_year_that_renews_nothing_as_an_application() {
    let c = claim(json!({
        "debtor": "consumer", "invoices": [a1()],
        "steps": [
            { "kind": "collectionDemand", "date": "2024-02-15" },
            { "kind": "paymentOrder", "date": "2024-03-10" },
            { "kind": "enforcement", "date": "2024-05-01", "furtherYear": true }
        ]
    }));
    let texts = limitation_texts(&c);
    assert!(
        texts[0]
            .1
            .contains("interrupted by the application for enforcement of 2024-05-01"),
        "{}",
        texts[0].1
    );
}
