//! A betalningsföreläggande the debtor disputed: its costs stay in the figures, with a warning
//! that a disputed application gives no utslag, so they are recoverable only if the case goes
//! on to the tingsrätt and the court awards them (a debtor-side review, stop 50: the 680 kr
//! stood as owed with no word).

mod common;

use inkasso::warning::{Facts, Warning, WarningCode};
use serde_json::json;

fn claim(steps: serde_json::Value) -> serde_json::Value {
    json!({
        "debtor": "consumer",
        "invoices": [{ "number": "F-55", "amount": "2400.00", "issueDate": "2025-04-01", "dueDate": "2025-04-30" }],
        "steps": steps
    })
}

/// The statement's warnings of `code` for the claim with `steps` on `as_of`.
fn warnings_of(steps: serde_json::Value, as_of: &str, code: WarningCode) -> Vec<Warning> {
    let mut input = claim(steps);
    input["asOf"] = json!(as_of);
    common::run(input)
        .expect("statement")
        .warnings
        .into_iter()
        .filter(|w| w.code == code)
        .collect()
}

fn disputed(
    steps: serde_json::Value,
    as_of: &str,
) -> Vec<(Option<String>, String, String, String)> {
    warnings_of(steps, as_of, WarningCode::PaymentOrderDisputed)
        .iter()
        .map(|w| match &w.facts {
            Facts::PaymentOrderDisputed {
                date,
                disputed,
                costs,
                ..
            } => (
                w.field(),
                date.to_string(),
                disputed.to_string(),
                costs.to_string(),
            ),
            other => panic!("{other:?}"),
        })
        .collect()
}

#[test]
fn a_disputed_payment_order_warns_until_a_judgment() {
    let demand = json!({ "kind": "collectionDemand", "date": "2025-05-05", "paymentTermDays": 10 });
    let order = json!({ "kind": "paymentOrder", "date": "2025-05-20" });
    let dispute = json!({ "kind": "dispute", "date": "2025-06-01" });
    // Disputed: the 300 + 380 kr, at the application.
    assert_eq!(
        disputed(json!([demand, order, dispute]), "2025-09-01"),
        [(
            Some("steps[1]".to_owned()),
            "2025-05-20".to_owned(),
            "2025-06-01".to_owned(),
            "680.00".to_owned()
        )]
    );
    // Not yet disputed on the statement date, or not disputed at all: no warning.
    assert_eq!(disputed(json!([demand, order, dispute]), "2025-05-31"), []);
    assert_eq!(disputed(json!([demand, order]), "2025-09-01"), []);
    // Transferred to the tingsrätt: still open until the judgment.
    let transfer = json!({ "kind": "courtAction", "date": "2025-06-20" });
    assert_eq!(
        disputed(json!([demand, order, dispute, transfer]), "2025-09-01").len(),
        1
    );
    let judgment = json!({ "kind": "judgment", "date": "2025-10-01" });
    assert_eq!(
        disputed(
            json!([demand, order, dispute, transfer, judgment]),
            "2025-10-01"
        ),
        []
    );
    // A dispute before the application is about the claim, not about this application.
    let early = json!({ "kind": "dispute", "date": "2025-05-12" });
    assert_eq!(disputed(json!([demand, early, order]), "2025-09-01"), []);
    // A verkställighet (or a judgment) between the application and the dispute: the order gave
    // its utslag first, and the dispute is after a title (as `letter` reads it).
    let enforced = json!({ "kind": "enforcement", "date": "2025-06-15" });
    let after = json!({ "kind": "dispute", "date": "2025-07-01" });
    assert_eq!(
        disputed(json!([demand, order, enforced, after]), "2025-09-01"),
        []
    );
    // A later application's dispute is not the first one's.
    let second = json!({ "kind": "paymentOrder", "date": "2025-08-01" });
    let later = json!({ "kind": "dispute", "date": "2025-08-10" });
    let found = disputed(json!([demand, order, second, later]), "2025-09-01");
    assert!(
        found
            .iter()
            .all(|(field, ..)| field.as_deref() != Some("steps[1]")),
        "{found:?}"
    );
}

/// A compliance review: the tingsrätt's fee of a stämningsansökan stood as owed while the
/// case was pending, with no word; it is a litigation cost, owed only if the court awards it.
/// The fee stays in the figures (as every recorded action's), with `COURT_CASE_PENDING` until
/// a judgment is recorded. A transferred case's tilläggsavgift is said alike.
#[test]
fn a_pending_court_case_says_its_fee_is_owed_only_if_awarded() {
    let pending = |steps: serde_json::Value, as_of: &str| {
        warnings_of(steps, as_of, WarningCode::CourtCasePending)
            .iter()
            .map(|w| (w.field(), w.text().en))
            .collect::<Vec<_>>()
    };
    let steps = json!([
        { "kind": "collectionDemand", "date": "2025-05-12", "paymentTermDays": 10 },
        { "kind": "dispute", "date": "2025-05-18" },
        { "kind": "courtAction", "date": "2025-06-05" }
    ]);
    assert_eq!(
        pending(steps.clone(), "2025-07-01"),
        vec![(
            Some("steps[2]".to_owned()),
            "The district court's fee, SEK 900.00, in the case brought on 2025-06-05 is a litigation cost: the debtor need pay it only if the court orders the debtor to (rättegångsbalken 18 kap.) or the parties agree so. No decision in the case is recorded.".to_owned()
        )]
    );
    // Before the action, nothing; once a judgment is recorded, nothing.
    assert!(pending(steps.clone(), "2025-06-04").is_empty());
    let mut judged = steps.as_array().cloned().expect("steps");
    judged.push(json!({ "kind": "judgment", "date": "2025-09-15", "costs": "1500.00" }));
    assert!(pending(json!(judged), "2025-10-01").is_empty());
    // A verkställighet after it rests on a title (a judgment not recorded): the case ended, as
    // `limitation` reads it (the second diff review).
    let mut enforced = steps.as_array().cloned().expect("steps");
    enforced.push(json!({ "kind": "enforcement", "date": "2025-10-01" }));
    assert!(pending(json!(enforced), "2025-10-15").is_empty());
    // A disputed betalningsföreläggande transferred: its tilläggsavgift, beside the order's own
    // PAYMENT_ORDER_DISPUTED.
    let transferred = json!([
        { "kind": "collectionDemand", "date": "2025-05-12", "paymentTermDays": 10 },
        { "kind": "paymentOrder", "date": "2025-05-26" },
        { "kind": "dispute", "date": "2025-06-02" },
        { "kind": "courtAction", "date": "2025-06-20" }
    ]);
    let said = pending(transferred, "2025-07-01");
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(
        said.iter().all(|(_, text)| text.contains("2025-06-20")),
        "{said:?}"
    );
}

/// The demo review: in a transferred case the court warning spoke of a stämningsansökan's
/// ansökningsavgift where the fee line is the tilläggsavgift for the transfer, and the
/// disputed order's warning still said its costs are recoverable only if the creditor has the
/// case transferred, though the transfer was recorded.
#[test]
fn a_transferred_case_is_worded_as_one() {
    let steps = json!([
        { "kind": "collectionDemand", "date": "2025-05-12", "paymentTermDays": 10 },
        { "kind": "paymentOrder", "date": "2025-05-26" },
        { "kind": "dispute", "date": "2025-06-02" },
        { "kind": "courtAction", "date": "2025-06-20" }
    ]);
    let text = |code: WarningCode| {
        warnings_of(steps.clone(), "2025-07-01", code)
            .first()
            .map(|w| w.text().en)
            .expect("the warning")
    };
    assert!(
        text(WarningCode::CourtCasePending)
            .starts_with("The district court's supplementary fee, SEK 600.00, for the case transferred from Kronofogden on 2025-06-20"),
        "{}",
        text(WarningCode::CourtCasePending)
    );
    assert_eq!(
        text(WarningCode::PaymentOrderDisputed),
        "The application for a payment order of 2025-05-26 was disputed on 2025-06-02, and the case was transferred to the district court on 2025-06-20. Its costs, SEK 680.00, can be claimed from the debtor only if the court orders the debtor to pay them (rättegångsbalken 18 kap.) or the parties agree so."
    );
}
