//! A judgment is an exekutionstitel for the litigation costs it awards (utsökningsbalken 3 kap.
//! 1 §). The statement and `check` already read a recorded verkställighet of unpaid costs as
//! lawful, with its grundavgift; the timeline read the claim as settled once its capital was
//! paid and projected nothing for the costs (a Known limit). It now projects the verkställighet
//! of the costs and its further years while they are unpaid, and recorded as projected, the
//! statement, `check` and the timeline agree.

mod common;

use common::titles::{projected, record_n, timeline};

use inkasso::compliance::{check, Severity};
use inkasso::timeline::{EntryKind, EntryStatus, Timeline};
use inkasso::{statement, Claim, StatementOptions};
use serde_json::{json, Value};

/// A consumer invoice of 10 000 kr due 2025-02-14, paid in full on its due date; the creditor
/// had sued, and the judgment of 2025-05-15 awards 2 000 kr of costs. `more` payments after.
fn paid_then_judged(more: &[Value]) -> Claim {
    let mut payments = vec![json!({ "date": "2025-02-14", "amount": "10000.00" })];
    payments.extend(more.iter().cloned());
    common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "L1", "amount": "10000.00", "issueDate": "2025-01-15", "dueDate": "2025-02-14" }],
        "steps": [{ "kind": "judgment", "date": "2025-05-15", "costs": "2000.00" }],
        "payments": payments
    }))
    .expect("claim")
}

fn standard() -> inkasso::policy::Policy {
    inkasso::policy::Policy::preset(inkasso::policy::PresetId::Standard)
}

/// The projected entries' English notes, by date.
fn notes(t: &Timeline) -> Vec<(String, Vec<String>)> {
    t.entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected)
        .map(|e| {
            (
                e.date.to_string(),
                e.notes
                    .iter()
                    .map(|n| inkasso::text::warning(n).en)
                    .collect(),
            )
        })
        .collect()
}

const COSTS_NOTE: &str = "The judgment or decision (utslag) of 2025-05-15 is an enforcement title for the costs it awarded (utsökningsbalken 3 kap. 1 §), and they are unpaid.";

#[test]
fn unpaid_costs_get_their_verkstallighet_and_further_years() {
    let c = paid_then_judged(&[]);
    let t = timeline(&c, &standard(), "2025-06-02", "2027-12-31");
    assert_eq!(
        projected(&t),
        [
            (EntryKind::Enforcement, "2025-06-02".to_owned()),
            (EntryKind::Enforcement, "2026-06-02".to_owned()),
            (EntryKind::Enforcement, "2027-06-02".to_owned())
        ]
    );
    // Each says why: the judgment's costs.
    for (date, notes) in notes(&t) {
        assert!(notes.iter().any(|n| n == COSTS_NOTE), "{date}: {notes:?}");
    }
    // 2 000 kr of costs and three grundavgifter.
    assert_eq!(t.final_value.total.to_string(), "3800.00");
    assert_eq!(t.final_value.capital.to_string(), "0.00");
}

#[test]
fn recorded_as_projected_the_exports_agree() {
    let c = paid_then_judged(&[]);
    let t = timeline(&c, &standard(), "2025-06-02", "2027-12-31");
    let (recorded, _) = record_n(&c, &t, usize::MAX);
    // The statement charges each grundavgift the timeline showed.
    let s = statement(
        &recorded,
        &StatementOptions::new(common::date("2027-12-31")),
    )
    .expect("statement");
    assert_eq!(s.total, t.final_value.total);
    let grundavgifter = s
        .fee_lines
        .iter()
        .filter(|l| l.kind.as_str() == "enforcementFee")
        .count();
    assert_eq!(grundavgifter, 3);
    // `check` finds them lawful.
    let errors: Vec<String> = check(&recorded, None)
        .expect("check")
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| f.code.as_str().to_owned())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    // And the timeline of the recorded history projects the same road on.
    let again = timeline(&recorded, &standard(), "2025-06-02", "2027-12-31");
    assert_eq!(projected(&again), []);
    assert_eq!(again.final_value.total, t.final_value.total);
}

#[test]
fn the_years_end_when_the_costs_are_paid() {
    // The costs and the first grundavgift paid on 2025-09-01: no further year.
    let c = paid_then_judged(&[json!({ "date": "2025-09-01", "amount": "2600.00" })]);
    let t = timeline(&c, &standard(), "2025-06-02", "2027-12-31");
    assert_eq!(
        projected(&t),
        [(EntryKind::Enforcement, "2025-06-02".to_owned())]
    );
    assert_eq!(t.final_value.total.to_string(), "0.00");
    // Paid before the verkställighet would be applied for: nothing at all.
    let c = paid_then_judged(&[json!({ "date": "2025-05-20", "amount": "2000.00" })]);
    let t = timeline(&c, &standard(), "2025-06-02", "2027-12-31");
    assert_eq!(projected(&t), []);
}

#[test]
fn a_recorded_verkstallighet_of_the_costs_goes_on_for_them() {
    let mut c = paid_then_judged(&[]);
    c.steps.push(inkasso::Step::new(
        inkasso::StepKind::Enforcement,
        common::date("2025-06-10"),
    ));
    let t = timeline(&c, &standard(), "2025-07-01", "2027-12-31");
    assert_eq!(
        projected(&t),
        [
            (EntryKind::Enforcement, "2026-06-10".to_owned()),
            (EntryKind::Enforcement, "2027-06-10".to_owned())
        ]
    );
    // A policy without verkställighet projects no verkställighet for the costs.
    let letters_only = common::policy(json!({ "preset": "standard", "enforcement": null }));
    let t = timeline(
        &paid_then_judged(&[]),
        &letters_only,
        "2025-06-02",
        "2027-12-31",
    );
    assert_eq!(projected(&t), []);
}
