//! Were defects (a review of 113964b found them; fixed): an old title's time-barred debt
//! neither blocks a later title's verkställighet nor ends its further years. 113964b read a
//! verkställighet against every enforced title's case; it is read against its own case, and
//! the years go on while a debt under verkställighet is unpaid and not time-barred.

mod common;

use common::titles::*;

use common::date;
use inkasso::timeline::EntryKind;
use inkasso::Claim;
use serde_json::{json, Value};

fn claim(input: Value) -> Claim {
    common::claim(input).expect("claim")
}

/// History (consumer): A 10 000 kr due 2025-02-10; B 5 000 kr issued 2026-12-01, due
/// 2026-12-31. A's case: inkassokrav 2025-02-20, betalningsföreläggande 2025-03-20,
/// verkställighet on its utslag 2025-05-15, never renewed (no further year recorded). B's case:
/// inkassokrav 2027-01-15 (A still alive: it interrupts both), betalningsföreläggande
/// 2027-02-15 (B only: A was decided by its utslag), verkställighet on B's utslag 2030-02-01.
fn lapsed_title(extra: Value, payments: Value) -> Claim {
    let mut steps = vec![
        json!({ "kind": "collectionDemand", "date": "2025-02-20", "paymentTermDays": 10 }),
        json!({ "kind": "paymentOrder", "date": "2025-03-20" }),
        json!({ "kind": "enforcement", "date": "2025-05-15" }),
        json!({ "kind": "collectionDemand", "date": "2027-01-15", "paymentTermDays": 10 }),
        json!({ "kind": "paymentOrder", "date": "2027-02-15" }),
        json!({ "kind": "enforcement", "date": "2030-02-01" }),
    ];
    steps.extend(extra.as_array().cloned().unwrap_or_default());
    claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "5000.00", "issueDate": "2026-12-01", "dueDate": "2026-12-31" }
        ],
        "steps": steps,
        "payments": payments
    }))
}

/// Defect 1: an old title's time-barred debt blocks a new title's verkställighet. History:
/// [`lapsed_title`] (policy: standard + court). `limitation` dates A 2030-01-15 (its own
/// verkställighet lapsed in 2026, nothing since interrupted it) and B 2034-02-01: it reads the
/// verkställighet of 2030-02-01 as B's (its utslag), not interrupting A. Yet `check` flags that
/// verkställighet TIME_BARRED_DEMANDED "demands invoice A", and the timeline (today 2030-02-02)
/// projects nothing: no further year 2031-02-01 … while B, 5 000 kr under a title and alive to
/// 2034, is unpaid. On 0b173de: no finding, further years 2031-02-01 … 2034-02-01.
///
/// The verkställighet of 2030-02-01 rests on B's utslag (utsökningsbalken 3 kap. 1 §); A's
/// application was not renewed after its year, so A is no debt under verkställighet then (were it
/// still enforced, it would not be time-barred: `limitation` would count its years). Expected:
/// no finding for B's verkställighet, and its further years projected while B is unpaid.
/// Cause: `enforced_spans` is every verkställighet ever recorded by the day, lapsed ones too,
/// so `time_barred_demanded` (check, `barred_on`) reads A's barred capital as demanded.
#[test]
fn a_lapsed_titles_barred_debt_does_not_block_a_new_titles_verkstallighet() {
    let policy = common::court_policy();
    let c = lapsed_title(json!([]), json!([]));
    // Preconditions: A barred before B's verkställighet, which interrupts B alone.
    assert_eq!(preskription(&c, "A"), date("2030-01-15"));
    assert_eq!(preskription(&c, "B"), date("2034-02-01"));
    let findings = barred_findings(&c, &policy);
    let road = projected(&timeline(&c, &policy, "2030-02-02", "2034-06-01"));
    assert!(
        findings.is_empty() && road.contains(&(EntryKind::Enforcement, "2031-02-01".to_owned())),
        "check: {findings:?}; timeline: {road:?}"
    );
}

/// The history of tests/second_case.rs (consumer): A 10 000 kr due 2025-02-10, B 5 000 kr
/// issued 2025-09-01 due 2025-10-01. A: inkassokrav 2025-02-20, betalningsföreläggande
/// 2025-03-20, verkställighet on its utslag 2025-05-15. B: inkassokrav 2025-10-10,
/// betalningsföreläggande 2025-11-10 disputed 2025-11-20, stämningsansökan 2025-12-01,
/// judgment 2026-03-02. No payments.
fn second_case() -> Claim {
    claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "5000.00", "issueDate": "2025-09-01", "dueDate": "2025-10-01" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2025-02-20" },
            { "kind": "paymentOrder", "date": "2025-03-20" },
            { "kind": "enforcement", "date": "2025-05-15" },
            { "kind": "collectionDemand", "date": "2025-10-10" },
            { "kind": "paymentOrder", "date": "2025-11-10" },
            { "kind": "dispute", "date": "2025-11-20" },
            { "kind": "courtAction", "date": "2025-12-01" },
            { "kind": "judgment", "date": "2026-03-02" }
        ]
    }))
}

/// Defect 2: B's judgment debt loses its verkställighet because A is time-barred. History:
/// [`second_case`]; timeline today 2026-03-03, horizon 2036-01-01 (court policy).
///
/// The timeline projects the verkställighet on B's judgment (2026-03-03) and the further years
/// 2026-05-15 … 2029-05-15, then stops. Recorded, `limitation` reads those years as B's
/// verkställighet (B alive to 2033-05-15), not A's (A time-barred after 2029-05-15), and B's
/// 5 000 kr are unpaid on 2030-05-15: the year 2030-05-15 is owed for B's title, which
/// Kronofogden goes on enforcing. It is not projected because `barred_on` reads the year as
/// demanding A too (`enforced_spans` holds A's 2025 verkställighet). On 0b173de the years run to
/// the horizon. Expected: 2030-05-15 projected (B unpaid, alive, under a title); A's being
/// time-barred is a reason to drop A from the verkställighet, not to end B's. (Nothing else is
/// projected for B after that: every letter is refused for A, so B is simply never collected.)
#[test]
fn a_barred_old_title_does_not_end_the_verkstallighet_of_a_later_judgment() {
    let policy = common::court_policy();
    let c = second_case();
    let t = timeline(&c, &policy, "2026-03-03", "2036-01-01");
    let road = projected(&t);
    let n = road.len();
    let (marked, _) = record_n(&c, &t, n);
    // Recorded as the timeline marks them (further years of A's verkställighet, then of both),
    // the years keep A alive too.
    assert!(preskription(&marked, "A") > date("2030-05-15"));
    // Recorded as plain applications, they are read as the verkställighet on B's judgment and
    // its years: A is barred while B is alive and unpaid on 2030-05-15.
    let mut with = marked.clone();
    for s in &mut with.steps {
        s.further_year = false;
    }
    assert!(preskription(&with, "A") < date("2030-05-15"));
    assert!(preskription(&with, "B") > date("2030-05-15"));
    assert!(capital(&with, "2030-05-14", "B").is_positive());
    assert!(
        road.contains(&(EntryKind::Enforcement, "2030-05-15".to_owned())),
        "timeline: {road:?}; limitation A {} B {}",
        preskription(&with, "A"),
        preskription(&with, "B")
    );
}

/// A docs review: B's dispute and judgment, a case of its own after A's verkställighet, were
/// read as ending A's betalningsföreläggande (the first judgment after it, with a dispute
/// between), so A's preskription ran from B's judgment (2029-08-20) instead of from the end of
/// its verkställighet's year (2029-05-15). A betalningsföreläggande whose utslag was enforced
/// is not disputed by a later dispute (`limitation::disputed_order`).
#[test]
fn a_later_cases_dispute_and_judgment_do_not_move_an_enforced_utslags_preskription() {
    let history = |disputed: bool| {
        let mut steps = vec![
            json!({ "kind": "collectionDemand", "date": "2025-02-20" }),
            json!({ "kind": "paymentOrder", "date": "2025-03-20" }),
            json!({ "kind": "enforcement", "date": "2025-05-15" }),
            json!({ "kind": "collectionDemand", "date": "2025-10-10", "fee": false }),
        ];
        if disputed {
            steps.push(json!({ "kind": "dispute", "date": "2025-11-20" }));
        }
        steps.push(json!({ "kind": "courtAction", "date": "2025-12-01" }));
        steps.push(json!({ "kind": "judgment", "date": "2026-08-20" }));
        claim(json!({
            "debtor": "consumer",
            "invoices": [
                { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
                { "number": "B", "amount": "5000.00", "issueDate": "2025-09-01", "dueDate": "2025-10-01" }
            ],
            "steps": steps
        }))
    };
    assert_eq!(preskription(&history(false), "A"), date("2029-05-15"));
    assert_eq!(preskription(&history(true), "A"), date("2029-05-15"));
}
