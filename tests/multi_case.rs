//! Claims whose invoices go through more than one legal process, from a legal review
//! (inkassojurist): invoice A has an inkassokrav, a betalningsföreläggande and a verkställighet
//! on its utslag (2025); invoice B, issued months later, has a road of its own. Each test
//! failed before its fix.

mod common;

use common::date;
use inkasso::claim::StepKind;
use inkasso::compliance::Severity;
use inkasso::timeline::{EntryStatus, TimelineOptions};
use serde_json::{json, Value};

/// A (due 2025-02-10): inkassokrav, betalningsföreläggande, verkställighet 2025-05-15.
/// B (issued 2025-09-01, due 2025-10-01), then `extra` steps.
fn two_rounds(debtor: &str, a_amount: &str, extra: Value, payments: Value) -> inkasso::Claim {
    let mut steps = vec![
        json!({ "kind": "collectionDemand", "date": "2025-02-20", "paymentTermDays": 10 }),
        json!({ "kind": "paymentOrder", "date": "2025-03-20" }),
        json!({ "kind": "enforcement", "date": "2025-05-15" }),
    ];
    steps.extend(extra.as_array().cloned().unwrap_or_default());
    common::claim(json!({
        "debtor": debtor,
        "invoices": [
            { "number": "A", "amount": a_amount, "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "5000.00", "issueDate": "2025-09-01", "dueDate": "2025-10-01" }
        ],
        "steps": steps,
        "payments": payments
    }))
    .expect("claim")
}

/// (1) A's inkassokrav of 2025-02-20 was sent after A fell due, seven months before B was even
/// issued: it cannot have been premature for invoice B, and A's betalningsföreläggande does
/// not rest on an invalid demand. The timeline itself keeps both as lawful taken steps.
#[test]
fn check_does_not_condemn_the_first_round_for_an_invoice_issued_later() {
    let claim = two_rounds("consumer", "10000.00", json!([]), json!([]));
    let errors: Vec<String> = inkasso::compliance::check(&claim, Some(&common::court_policy()))
        .expect("check")
        .into_iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| format!("{} step {:?}", f.code.as_str(), f.step))
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

/// (2) B's stämningsansökan (B disputed before any betalningsföreläggande of its own) is not the
/// transfer of A's betalningsföreläggande, which ended in an utslag and a verkställighet: an
/// ansökningsavgift (900 kr, B's value ≈ 5 100 kr ≤ half a prisbasbelopp), not a
/// tilläggsavgift, and certainly not 2 500 kr.
#[test]
fn bs_own_stamningsansokan_is_not_a_transfer_of_as_payment_order() {
    let claim = two_rounds(
        "business",
        "40000.00",
        json!([
            { "kind": "collectionDemand", "date": "2025-10-10", "paymentTermDays": 10 },
            { "kind": "dispute", "date": "2025-10-15" },
            { "kind": "courtAction", "date": "2025-11-03" }
        ]),
        json!([]),
    );
    assert_eq!(
        common::court_fee_lines(&claim, "2025-11-04"),
        vec![("courtFee".to_owned(), "900.00".to_owned())]
    );
}

/// (2b) The same in the timeline: the stämningsansökan projected on B's dispute.
#[test]
fn the_projected_stamningsansokan_for_b_is_not_a_transfer() {
    let claim = two_rounds(
        "business",
        "40000.00",
        json!([{ "kind": "dispute", "date": "2025-10-15" }]),
        json!([]),
    );
    let options = TimelineOptions {
        today: Some(date("2025-10-20")),
        ..TimelineOptions::default()
    };
    let t =
        inkasso::timeline::timeline(&claim, &common::court_policy(), &options).expect("timeline");
    let v = serde_json::to_value(&t).unwrap();
    let court_action = v["entries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "courtAction")
        .expect("a court action is projected");
    let fees: Vec<(String, String)> = court_action["fees"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["kind"].as_str().unwrap().to_owned(),
                f["amount"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(fees, vec![("courtFee".to_owned(), "900.00".to_owned())]);
}

/// (3) B's own betalningsföreläggande, disputed and transferred: the tilläggsavgift's category is
/// the value of B's case (≈ 5 100 kr: 600 kr), not A's 40 000 kr decided by its utslag and
/// under verkställighet (2 500 kr).
#[test]
fn bs_transferred_case_is_valued_on_b_alone() {
    let claim = two_rounds(
        "business",
        "40000.00",
        json!([
            { "kind": "collectionDemand", "date": "2025-10-10", "paymentTermDays": 10 },
            { "kind": "paymentOrder", "date": "2025-11-10" },
            { "kind": "dispute", "date": "2025-11-20" },
            { "kind": "courtAction", "date": "2025-12-01" }
        ]),
        json!([]),
    );
    assert_eq!(
        common::court_fee_lines(&claim, "2025-12-02"),
        vec![("courtTransferFee".to_owned(), "600.00".to_owned())]
    );
}

/// (4) Preskription of A (consumer, 3 years): A's verkställighet of 2025-05-15 (its case assumed
/// to end 2026-05-15) and B's inkassokrav of 2025-10-10 (which lists A) interrupt A: 2029-05-15.
/// B's betalningsföreläggande, stämningsansökan, dom and verkställighet are B's case (A already
/// has its utslag: res judicata), so they do not interrupt A. The engine dates A 2030-03-16
/// (via B's verkställighet), ten months after A is in fact time-barred.
#[test]
fn bs_legal_action_does_not_keep_a_alive() {
    let claim = two_rounds(
        "consumer",
        "10000.00",
        json!([
            { "kind": "collectionDemand", "date": "2025-10-10", "paymentTermDays": 10 },
            { "kind": "paymentOrder", "date": "2025-11-10" },
            { "kind": "dispute", "date": "2025-11-20" },
            { "kind": "courtAction", "date": "2025-12-01" },
            { "kind": "judgment", "date": "2026-03-02", "costs": "1500.00" },
            { "kind": "enforcement", "date": "2026-03-16" }
        ]),
        json!([]),
    );
    let lim = inkasso::limitation::limitation(&claim).expect("limitation");
    let a = lim.invoices.iter().find(|i| i.invoice == "A").expect("A");
    assert_eq!(a.preskription_date, date("2029-05-15"), "{a:?}");
}

/// (5) An inkassokrav for B (due, no title, no Kronofogden step of its own) must tell the
/// debtor what happens to B if unpaid (inkassolagen 5 §): a betalningsföreläggande. The letter
/// says only that the claim is under verkställighet and can be collected by utmätning, and
/// sends objections to Kronofogden. The timeline's next step for B is a betalningsföreläggande.
#[test]
fn a_demand_for_b_names_the_betalningsforelaggande_that_follows() {
    let claim = two_rounds("consumer", "10000.00", json!([]), json!([]));
    let options = TimelineOptions {
        today: Some(date("2025-10-06")),
        ..TimelineOptions::default()
    };
    let t =
        inkasso::timeline::timeline(&claim, &common::court_policy(), &options).expect("timeline");
    assert!(t.entries.iter().any(|e| e.status == EntryStatus::Projected
        && serde_json::to_value(e.kind).unwrap() == "paymentOrder"));
    let l = inkasso::letter::letter(
        &claim,
        StepKind::CollectionDemand,
        date("2025-10-06"),
        10,
        &inkasso::letter::LetterOptions::default(),
    )
    .expect("letter");
    let v = serde_json::to_value(&l).unwrap();
    let consequences = v["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "consequences")
        .unwrap()["body"]["sv"]
        .as_str()
        .unwrap()
        .to_owned();
    assert!(
        consequences.contains("betalningsföreläggande"),
        "{consequences}"
    );
}
