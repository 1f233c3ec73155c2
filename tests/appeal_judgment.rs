//! A judgment with no case brought since the judgment before it (no stämningsansökan, no
//! betalningsföreläggande) is that case's appeal, in the hovrätt or Högsta domstolen: it
//! decides the same invoices and ends the same proceedings. It was read as a case of its own
//! begun on its own day, about no invoice (every one was decided by the first judgment): the
//! timeline projected no verkställighet at all on an unpaid judgment debt, and a verkställighet
//! recorded on it did not interrupt the debt's preskription.

mod common;

use common::titles::{projected, record_n, timeline};

use inkasso::compliance::Severity;
use inkasso::timeline::EntryKind;
use inkasso::Claim;
use serde_json::{json, Value};

/// 1 000 kr due 2025-01-02, sued on 2025-02-10, judged 2025-05-08 and on appeal 2025-08-08;
/// `more` steps after.
fn appealed(more: &[Value]) -> Claim {
    let mut steps = vec![
        json!({ "kind": "collectionDemand", "date": "2025-01-10" }),
        json!({ "kind": "courtAction", "date": "2025-02-10" }),
        json!({ "kind": "judgment", "date": "2025-05-08" }),
        json!({ "kind": "judgment", "date": "2025-08-08" }),
    ];
    steps.extend(more.iter().cloned());
    common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "F-0", "amount": "1000.00", "issueDate": "2024-12-02", "dueDate": "2025-01-02" }],
        "steps": steps
    }))
    .expect("claim")
}

#[test]
fn the_appeal_judgment_is_enforced() {
    let c = appealed(&[]);
    let t = timeline(&c, &common::court_policy(), "2025-09-01", "2026-12-31");
    assert_eq!(
        projected(&t),
        [
            (EntryKind::Enforcement, "2025-09-01".to_owned()),
            (EntryKind::Enforcement, "2026-09-01".to_owned())
        ]
    );
    // Recorded as projected: charged, lawful, and nothing more to project.
    let (recorded, _) = record_n(&c, &t, usize::MAX);
    let fees = common::titles::enforcement_fees(&recorded, "2026-12-31");
    assert_eq!(fees, ["2025-09-01 600.00", "2026-09-01 600.00"]);
    let errors: Vec<String> = inkasso::compliance::check(&recorded, Some(&common::court_policy()))
        .expect("check")
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| f.code.as_str().to_owned())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let again = timeline(
        &recorded,
        &common::court_policy(),
        "2025-09-01",
        "2026-12-31",
    );
    assert_eq!(projected(&again), []);
}

#[test]
fn the_appeal_ends_the_proceedings_and_its_verkstallighet_interrupts() {
    // The new period runs from the appeal judgment, the last of the proceedings.
    let l = inkasso::limitation::limitation(&appealed(&[])).expect("limitation");
    let interruption = l.invoices[0].interruption.clone().expect("interrupted");
    assert_eq!(interruption.date.to_string(), "2025-08-08");
    assert_eq!(l.preskription_date.to_string(), "2028-08-08");
    // A verkställighet on it interrupts for the debt it decided (its handling year, then the
    // period).
    let enforced = appealed(&[json!({ "kind": "enforcement", "date": "2025-09-01" })]);
    let l = inkasso::limitation::limitation(&enforced).expect("limitation");
    let interruption = l.invoices[0].interruption.clone().expect("interrupted");
    assert_eq!(interruption.date.to_string(), "2025-09-01");
    assert_eq!(l.preskription_date.to_string(), "2029-09-01");
}

#[test]
fn a_judgment_after_a_dispute_or_after_one_that_decided_nothing_is_no_appeal() {
    // After a dispute recorded since the first judgment, the second decides the dispute's case
    // (its own day): here the dispute is about nothing the first left out, so it decides
    // nothing and nothing is projected on it.
    let mut c = appealed(&[]);
    c.steps.insert(
        3,
        inkasso::Step::new(inkasso::StepKind::Dispute, common::date("2025-05-20")),
    );
    let l = inkasso::limitation::limitation(&c).expect("limitation");
    let interruption = l.invoices[0].interruption.clone().expect("interrupted");
    assert_eq!(interruption.date.to_string(), "2025-05-08");
    // A first judgment given before any invoice fell due decided nothing: the second is the
    // case of its own day, about the invoices overdue then.
    let early = common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "F-0", "amount": "1000.00", "issueDate": "2024-12-02", "dueDate": "2025-01-02" }],
        "steps": [
            { "kind": "judgment", "date": "2024-12-20" },
            { "kind": "collectionDemand", "date": "2025-01-10" },
            { "kind": "judgment", "date": "2025-05-08" }
        ]
    }))
    .expect("claim");
    let l = inkasso::limitation::limitation(&early).expect("limitation");
    let interruption = l.invoices[0].interruption.clone().expect("interrupted");
    assert_eq!(interruption.date.to_string(), "2025-05-08");
}
