//! Were defects (a review of 0b173de found them; fixed): the further years of a verkställighet
//! go on while a debt under verkställighet (any title's, `limitation::enforced_spans`) is
//! unpaid and not time-barred, and an efterbevakning demands the debt of the verkställighet it
//! follows, not every invoice.

mod common;

use common::titles::*;

use common::date;
use inkasso::timeline::EntryKind;
use inkasso::Claim;
use serde_json::{json, Value};

fn claim(input: Value) -> Claim {
    common::claim(input).expect("claim")
}

/// The history of tests/barred_left_out.rs (consumer): A 10 000 kr due 2025-02-10; C 3 000 kr
/// issued 2025-03-01, due 2025-03-31. Inkassokrav 2025-02-20 (before C was issued);
/// stämningsansökan 2025-03-20 (A's case: C not yet due); judgment 2028-06-01 (a title for A
/// only). Nothing interrupted C: time-barred after 2028-03-01.
fn judged_a_barred_c(payments: Value, extra_steps: Value) -> Claim {
    let mut steps = vec![
        json!({ "kind": "collectionDemand", "date": "2025-02-20", "paymentTermDays": 10 }),
        json!({ "kind": "courtAction", "date": "2025-03-20" }),
        json!({ "kind": "judgment", "date": "2028-06-01" }),
    ];
    steps.extend(extra_steps.as_array().cloned().unwrap_or_default());
    claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "C", "amount": "3000.00", "issueDate": "2025-03-01", "dueDate": "2025-03-31" }
        ],
        "steps": steps,
        "payments": payments
    }))
}

/// Defect 1 (0b173de). History: [`judged_a_barred_c`], and the debtor pays 19 000 kr on
/// 2028-09-01: the judgment's debt (A) is paid in full, and 1 000-odd kr of C's capital is
/// left (C: time-barred since 2028-03-01, outside the judgment, no title of its own).
/// Timeline today 2028-06-02, horizon 2032-01-01 (court policy).
///
/// The timeline projects the verkställighet on the judgment (2028-06-02, right) and then
/// further years of verkställighet on 2029-06-02, 2030-06-02 and 2031-06-02, each with a
/// grundavgift; recorded, `check` finds nothing wrong with them, while `statement` warns
/// TIME_BARRED for C, `limitation` dates C 2028-03-01 and `letter` refuses any demand. The
/// only debt those years enforce is C: a time-barred invoice that no title covers
/// (preskriptionslagen; utsökningsbalken 3 kap. 1 §; god inkassosed). Expected: no further
/// year once A is paid (as before 0b173de, when `barred_on` stopped them).
///
/// Cause: `Projector::further_years` asks `enforced_debt_unpaid(.., None, enforced_on, ..)`,
/// which counts every invoice overdue on the verkställighet's day (C included, though the
/// judgment's case left it out), and `barred_on` now reads a verkställighet as demanding only
/// the judgment's case (A, paid), so nothing stops the year.
#[test]
fn no_further_verkstallighet_year_for_a_barred_invoice_outside_the_title() {
    let policy = common::court_policy();
    // 19 000 kr: A is paid also on the timeline's figures, with the last known referensränta
    // assumed after the table (16 000 kr left 309.75 kr of A unpaid then).
    let c = judged_a_barred_c(
        json!([{ "date": "2028-09-01", "amount": "19000.00" }]),
        json!([]),
    );
    let t = timeline(&c, &policy, "2028-06-02", "2032-01-01");
    let with = record_n(&c, &t, usize::MAX).0;
    // Preconditions: A paid, C owed and time-barred, on the timeline's own figures.
    assert!(!capital(&with, "2029-06-01", "A").is_positive());
    assert!(capital(&with, "2029-06-01", "C").is_positive());
    assert_eq!(preskription(&with, "C"), date("2028-03-01"));
    let years: Vec<_> = projected(&t)
        .into_iter()
        .filter(|(k, d)| *k == EntryKind::Enforcement && d.as_str() > "2028-09-01")
        .collect();
    assert!(
        years.is_empty(),
        "further years enforcing only the time-barred C: {years:?}; check on them: {:?}",
        barred_findings(&with, &policy)
    );
}

/// Defect 2 (0b173de left it). History: [`judged_a_barred_c`] with the verkställighet on the
/// judgment recorded 2028-06-02 and efterbevakning 2028-09-01; policy standard + court +
/// surveillance.
///
/// `check` flags the efterbevakning as TIME_BARRED_DEMANDED for C, and the timeline (today
/// 2028-06-02, nothing recorded after the judgment) projects no efterbevakning, where for the
/// same history without C it projects one on 2028-08-31. Efterbevakning is Kronofogden's
/// surveillance of the title's debt after the verkställighet (no demand of its own, as
/// `limitation` says: it interrupts nothing): it demands A, not C, which no title covers. This
/// is the very symptom 0b173de fixed for the verkställighet (the judgment's road stopped because
/// an invoice it left out was barred), left for the step that follows it. Expected: no finding
/// for it, and the efterbevakning projected. Cause: `limitation::case_start` is `None` for
/// `Surveillance`, so `time_barred_demanded` reads it as demanding every invoice.
#[test]
fn efterbevakning_on_a_judgment_does_not_demand_an_invoice_it_left_out() {
    let policy = common::policy(json!({ "preset": "standard", "court": {}, "surveillance": {} }));
    let recorded = judged_a_barred_c(
        json!([]),
        json!([
            { "kind": "enforcement", "date": "2028-06-02" },
            { "kind": "surveillance", "date": "2028-09-01" }
        ]),
    );
    let findings = barred_findings(&recorded, &policy);
    let t = timeline(
        &judged_a_barred_c(json!([]), json!([])),
        &policy,
        "2028-06-02",
        "2029-01-01",
    );
    let road = projected(&t);
    assert!(
        findings.is_empty() && road.iter().any(|(k, _)| *k == EntryKind::Surveillance),
        "check: {findings:?}; timeline: {road:?}"
    );
}

/// Defect 3 (0b173de relies on `limitation::case_span`). History (consumer): A 10 000 kr due
/// 2025-02-10; B 5 000 kr issued 2025-03-01, due 2025-06-02. Inkassokrav 2025-02-20;
/// stämningsansökan 2025-04-22 (A's case); judgment 2025-08-15 (A); verkställighet 2025-10-01
/// on it (grundavgift; B left out, so its road reopens); inkassokrav 2025-10-10,
/// betalningsföreläggande 2025-11-01 (B), verkställighet 2025-12-20 on its utslag (within the
/// year: no grundavgift). Today 2026-01-10, horizon 2032-01-01.
///
/// The timeline projects the further years of the verkställighet under way, 2026-10-01 …
/// 2031-10-01. Recorded plainly, `limitation` read every one of them as B's (`enforced_utslag`:
/// the latest betalningsföreläggande since the verkställighet on the judgment), so none
/// interrupted A, and A was time-barred after 2029-10-01 while the years went on (the README's
/// Known limit "Verkställighet" until further years were recorded as such). Recorded as the
/// timeline marks them (`furtherYear`), each renews both cases (preskriptionslagen 5 § 3,
/// 7 §): A is alive until three years after the last year's end. The exports must agree: a year
/// projected after A's bar date is for a debt that is alive (B, unpaid and not time-barred that
/// day), never for A alone, and `check` flags none of the recorded years.
#[test]
fn yearly_verkstallighet_after_a_second_utslag_keeps_the_judgment_debt_alive() {
    let policy = common::court_policy();
    let c = claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "5000.00", "issueDate": "2025-03-01", "dueDate": "2025-06-02" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2025-02-20", "paymentTermDays": 10 },
            { "kind": "courtAction", "date": "2025-04-22" },
            { "kind": "judgment", "date": "2025-08-15" },
            { "kind": "enforcement", "date": "2025-10-01" },
            { "kind": "collectionDemand", "date": "2025-10-10", "paymentTermDays": 10 },
            { "kind": "paymentOrder", "date": "2025-11-01" },
            { "kind": "enforcement", "date": "2025-12-20" }
        ]
    }));
    let t = timeline(&c, &policy, "2026-01-10", "2032-01-01");
    let road = projected(&t);
    let with = record_n(&c, &t, usize::MAX).0;
    let a = preskription(&with, "A");
    let b = preskription(&with, "B");
    for (_, d) in road
        .iter()
        .filter(|(k, d)| *k == EntryKind::Enforcement && date(d) > a)
    {
        assert!(
            capital(&with, d, "B").is_positive() && date(d) <= b,
            "a year on {d} after A's bar date {a} with B paid or barred ({b}): {road:?}"
        );
    }
    // The last year, 2031-10-01, ends 2032-10-01: three years on.
    assert_eq!(a.to_string(), "2035-10-01", "{road:?}");
    assert_eq!(b.to_string(), "2035-10-01", "{road:?}");
    assert_eq!(barred_findings(&with, &policy), vec![], "{road:?}");
    // Recorded without the mark, the years are B's alone, and A is barred while they go on.
    let mut plain = with.clone();
    for s in &mut plain.steps {
        s.further_year = false;
    }
    assert_eq!(preskription(&plain, "A").to_string(), "2029-10-01");
    assert_eq!(barred_findings(&plain, &policy), vec![], "{road:?}");
}
