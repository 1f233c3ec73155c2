//! The warnings of a timeline's projected instalment plan point at the claim's own fields: a
//! taken step at its `steps[i]`, a projected step at none (an integrator's review, stop 50:
//! a warning about the projected inkassokrav said `steps[1]` on a claim with one step, so a
//! UI highlighting it would mark a row that does not exist).

mod common;

use inkasso::warning::{Warning, WarningCode};
use serde_json::{json, Value};

/// The warnings of the plan the standard policy with a payment plan projects for a business
/// claim of 12 500 kr due 2025-03-14 with `steps`, on `today`.
fn plan_warnings(steps: Value, today: &str) -> Vec<Warning> {
    let claim = common::claim(json!({
        "debtor": "business", "reminderFeeAgreed": true,
        "invoices": [{ "number": "1", "amount": "12500.00", "issueDate": "2025-02-12", "dueDate": "2025-03-14" }],
        "steps": steps
    }))
    .expect("claim");
    let policy = common::policy(json!({ "preset": "standard", "paymentPlan": {} }));
    let t = common::timeline_on(&claim, &policy, today);
    t.plan.expect("a projected plan").warnings
}

/// The fields of the `FEE_ABSORBED_BY_LATE_FEE` warnings among `warnings`, in order.
fn absorbed_fields(warnings: &[Warning]) -> Vec<Option<String>> {
    warnings
        .iter()
        .filter(|w| w.code == WarningCode::FeeAbsorbedByLateFee)
        .map(Warning::field)
        .collect()
}

#[test]
fn a_projected_plans_warnings_name_only_fields_the_claim_has() {
    let warnings = plan_warnings(
        json!([{ "kind": "reminder", "date": "2025-03-19", "paymentTermDays": 10 }]),
        "2025-03-19",
    );
    // The taken reminder, the projected inkassokrav (no field), the plan's own fee.
    assert_eq!(
        absorbed_fields(&warnings),
        [Some("steps[0]".to_owned()), None, Some("plan".to_owned())]
    );
    for w in &warnings {
        if let Some(field) = w.field().filter(|f| f.starts_with("steps[")) {
            assert_eq!(field, "steps[0]", "{w:?}");
        }
    }
}

/// Taken steps keep their own indices in a projected plan's warnings, whatever the order the
/// claim lists them in (each is mapped back from the engine copy's entry order, which is by
/// date, to the claim's `steps`).
#[test]
fn taken_steps_keep_their_indices() {
    // The inkassokrav listed before the reminder it follows.
    let warnings = plan_warnings(
        json!([
            { "kind": "collectionDemand", "date": "2025-04-07", "paymentTermDays": 10 },
            { "kind": "reminder", "date": "2025-03-19", "paymentTermDays": 10 }
        ]),
        "2025-04-07",
    );
    // By date: the reminder (steps[1]), the inkassokrav (steps[0]), the plan's own fee.
    assert_eq!(
        absorbed_fields(&warnings),
        [
            Some("steps[1]".to_owned()),
            Some("steps[0]".to_owned()),
            Some("plan".to_owned())
        ]
    );
}
