//! A betalningsföreläggande (or stämningsansökan) with nothing of its own to decide: every
//! invoice overdue on its day was decided by a judgment recorded before it. `check` flags it
//! (`CLAIM_ALREADY_DECIDED`: rättegångsbalken 17 kap. 11 §, lag 1990:746 64 §). Where no
//! verkställighet was applied for on the judgment, the application is read as about those
//! invoices: it interrupts their preskription, its utslag is a title for them, and the
//! timeline projects the verkställighet after it. Until stop 80 the case was read as about
//! nothing: the timeline projected nothing after the utslag, with no warning, and a
//! verkställighet recorded there kept nothing from preskription.

mod common;

use common::titles::{projected, timeline};

use inkasso::compliance::{FindingCode, Severity};
use inkasso::timeline::EntryKind;
use inkasso::Claim;
use serde_json::{json, Value};

/// 10 000 kr due 2024-01-31, sued 2024-04-01, judged 2024-08-01; a betalningsföreläggande for
/// the same invoice on 2024-10-01 and its utslag on 2024-11-15; `more` steps after.
fn asked_again(more: &[Value]) -> Claim {
    let mut steps = vec![
        json!({ "kind": "reminder", "date": "2024-02-10" }),
        json!({ "kind": "collectionDemand", "date": "2024-02-25" }),
        json!({ "kind": "courtAction", "date": "2024-04-01" }),
        json!({ "kind": "judgment", "date": "2024-08-01" }),
        json!({ "kind": "paymentOrder", "date": "2024-10-01" }),
        json!({ "kind": "judgment", "date": "2024-11-15" }),
    ];
    steps.extend(more.iter().cloned());
    common::claim(json!({
        "debtor": "consumer",
        "reminderFeeAgreed": true,
        "invoices": [{ "number": "F1", "amount": "10000.00", "issueDate": "2024-01-01", "dueDate": "2024-01-31" }],
        "steps": steps
    }))
    .expect("claim")
}

/// The statement of `c` on `as_of`, and the amounts of its fee lines of `day`.
fn fees_of_day(c: &Claim, as_of: &str, day: &str) -> (inkasso::statement::Statement, Vec<String>) {
    let s = inkasso::statement::statement(
        c,
        &inkasso::statement::StatementOptions::new(common::date(as_of)),
    )
    .expect("statement");
    let amounts = s
        .fee_lines
        .iter()
        .filter(|f| f.date.to_string() == day)
        .map(|f| f.amount.to_string())
        .collect();
    (s, amounts)
}

fn policy() -> inkasso::policy::Policy {
    common::court_policy()
}

#[test]
fn check_flags_the_application_as_an_error_with_its_costs() {
    let findings = inkasso::compliance::check(&asked_again(&[]), Some(&policy())).expect("check");
    let decided: Vec<_> = findings
        .iter()
        .filter(|f| f.code == FindingCode::ClaimAlreadyDecided)
        .collect();
    assert_eq!(decided.len(), 1, "{findings:?}");
    let f = decided[0];
    assert_eq!(f.severity, Severity::Error);
    assert_eq!(f.step, Some(4));
    assert_eq!(f.field().as_deref(), Some("steps[4]"));
    assert_eq!(f.fee.map(|m| m.to_string()).as_deref(), Some("680.00"));
    let text = f.text();
    assert!(text.sv.contains("domen 2024-08-01"), "{}", text.sv);
    assert!(text.en.contains("judgment of 2024-08-01"), "{}", text.en);
    assert!(f.rule().contains("17 kap. 11 §"));
}

#[test]
fn a_court_action_asking_again_is_flagged_but_not_the_transfer_nor_a_new_invoice_s_case() {
    // A second stämningsansökan after the judgment, nothing new overdue: flagged.
    let again = common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "F1", "amount": "10000.00", "issueDate": "2024-01-01", "dueDate": "2024-01-31" }],
        "steps": [
            { "kind": "collectionDemand", "date": "2024-02-25" },
            { "kind": "courtAction", "date": "2024-04-01" },
            { "kind": "judgment", "date": "2024-08-01" },
            { "kind": "courtAction", "date": "2024-10-01" }
        ]
    }))
    .expect("claim");
    let codes = |c: &Claim| -> Vec<(FindingCode, Option<usize>)> {
        inkasso::compliance::check(c, None)
            .expect("check")
            .iter()
            .map(|f| (f.code, f.step))
            .collect()
    };
    assert!(codes(&again).contains(&(FindingCode::ClaimAlreadyDecided, Some(3))));
    // The first case's own application and transfer: not flagged.
    let transferred = common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "F1", "amount": "10000.00", "issueDate": "2024-01-01", "dueDate": "2024-01-31" }],
        "steps": [
            { "kind": "collectionDemand", "date": "2024-02-25" },
            { "kind": "paymentOrder", "date": "2024-03-20" },
            { "kind": "dispute", "date": "2024-03-28" },
            { "kind": "courtAction", "date": "2024-04-05" },
            { "kind": "judgment", "date": "2024-08-01" }
        ]
    }))
    .expect("claim");
    assert!(!codes(&transferred)
        .iter()
        .any(|(c, _)| *c == FindingCode::ClaimAlreadyDecided));
    // A betalningsföreläggande after the judgment for an invoice that fell due since: its own
    // case, not flagged.
    let new_invoice = common::claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "F1", "amount": "10000.00", "issueDate": "2024-01-01", "dueDate": "2024-01-31" },
            { "number": "F2", "amount": "2000.00", "issueDate": "2024-05-01", "dueDate": "2024-05-31" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2024-02-25" },
            { "kind": "courtAction", "date": "2024-04-01" },
            { "kind": "judgment", "date": "2024-08-01" },
            { "kind": "collectionDemand", "date": "2024-08-20" },
            { "kind": "paymentOrder", "date": "2024-10-01" }
        ]
    }))
    .expect("claim");
    assert!(!codes(&new_invoice)
        .iter()
        .any(|(c, _)| *c == FindingCode::ClaimAlreadyDecided));
}

#[test]
fn the_timeline_projects_verkstallighet_after_the_utslag() {
    let c = asked_again(&[]);
    let t = timeline(&c, &policy(), "2025-01-10", "2026-06-01");
    let p = projected(&t);
    assert_eq!(
        p,
        [
            (EntryKind::Enforcement, "2025-01-10".to_owned()),
            (EntryKind::Enforcement, "2026-01-10".to_owned()),
        ],
        "{p:?}"
    );
    // Recorded as projected: charged, and nothing more to project; the only error is the
    // application's.
    let (recorded, _) = common::titles::record_n(&c, &t, usize::MAX);
    let fees = common::titles::enforcement_fees(&recorded, "2026-06-01");
    assert_eq!(fees, ["2025-01-10 600.00", "2026-01-10 600.00"]);
    let again = timeline(&recorded, &policy(), "2026-01-10", "2026-06-01");
    assert_eq!(projected(&again), []);
    let errors: Vec<FindingCode> = inkasso::compliance::check(&recorded, Some(&policy()))
        .expect("check")
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| f.code)
        .collect();
    assert_eq!(errors, [FindingCode::ClaimAlreadyDecided]);
}

#[test]
fn a_recorded_verkstallighet_after_the_utslag_keeps_the_debt_from_preskription() {
    let c = asked_again(&[json!({ "kind": "enforcement", "date": "2024-12-10" })]);
    let l = inkasso::limitation::limitation(&c).expect("limitation");
    let interruption = l.invoices[0].interruption.clone().expect("interrupted");
    assert_eq!(
        interruption.kind,
        inkasso::limitation::InterruptionKind::Enforcement
    );
    // Its further years are projected while the debt is unpaid.
    let t = timeline(&c, &policy(), "2025-01-10", "2026-06-01");
    assert_eq!(
        projected(&t),
        [(EntryKind::Enforcement, "2025-12-10".to_owned())]
    );
    // Without it, the application interrupts (preskriptionslagen 5 § 3), and the utslag ends
    // the proceedings: the new period runs from it.
    let l = inkasso::limitation::limitation(&asked_again(&[])).expect("limitation");
    let interruption = l.invoices[0].interruption.clone().expect("interrupted");
    assert_eq!(interruption.date.to_string(), "2024-11-15");
}

#[test]
fn after_a_verkstallighet_on_the_judgment_the_later_case_is_about_nothing() {
    // The verkställighet under way enforces the judgment's debt: a betalningsföreläggande for
    // it is still flagged, but read as about nothing (the timeline goes on with the
    // verkställighet's years, and projects no second verkställighet).
    let c = common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "F1", "amount": "10000.00", "issueDate": "2024-01-01", "dueDate": "2024-01-31" }],
        "steps": [
            { "kind": "collectionDemand", "date": "2024-02-25" },
            { "kind": "courtAction", "date": "2024-04-01" },
            { "kind": "judgment", "date": "2024-08-01" },
            { "kind": "enforcement", "date": "2024-09-02" },
            { "kind": "paymentOrder", "date": "2024-10-01" },
            { "kind": "judgment", "date": "2024-11-15" }
        ]
    }))
    .expect("claim");
    let findings = inkasso::compliance::check(&c, None).expect("check");
    assert!(findings
        .iter()
        .any(|f| f.code == FindingCode::ClaimAlreadyDecided && f.step == Some(4)));
    let t = timeline(&c, &policy(), "2025-01-10", "2026-06-01");
    assert_eq!(
        projected(&t),
        [(EntryKind::Enforcement, "2025-09-02".to_owned())]
    );
}

/// The three findings of a review of the change (stop 80), each as it was found.
mod review {
    use super::*;

    #[test]
    fn an_earlier_enforced_judgment_keeps_its_invoice() {
        // F1: judged 2020 and enforced. F2: an utslag of 2022-12-16, then a
        // betalningsföreläggande asking for it again: about F2 alone, not F1 too.
        let c = common::claim(json!({
            "debtor": "consumer",
            "reminderFeeAgreed": true,
            "invoices": [
                { "number": "F1", "amount": "10000.00", "issueDate": "2020-01-01", "dueDate": "2020-01-31" },
                { "number": "F2", "amount": "2000.00", "issueDate": "2022-08-15", "dueDate": "2022-09-30" }
            ],
            "steps": [
                { "kind": "collectionDemand", "date": "2020-02-25" },
                { "kind": "courtAction", "date": "2020-04-01" },
                { "kind": "judgment", "date": "2020-08-03" },
                { "kind": "enforcement", "date": "2020-09-02" },
                { "kind": "collectionDemand", "date": "2022-10-10" },
                { "kind": "paymentOrder", "date": "2022-11-01" },
                { "kind": "judgment", "date": "2022-12-16" },
                { "kind": "paymentOrder", "date": "2023-02-03" },
                { "kind": "judgment", "date": "2023-03-17" }
            ]
        }))
        .expect("claim");
        let l = inkasso::limitation::limitation(&c).expect("limitation");
        let f1 = l.invoices[0].interruption.clone().expect("interrupted");
        assert_eq!(f1.date.to_string(), "2022-10-10", "{f1:?}");
        let f2 = l.invoices[1].interruption.clone().expect("interrupted");
        assert_eq!(f2.date.to_string(), "2023-03-17", "{f2:?}");
        let texts: Vec<String> = inkasso::compliance::check(&c, None)
            .expect("check")
            .iter()
            .filter(|f| f.code == FindingCode::ClaimAlreadyDecided)
            .map(|f| f.text().en)
            .collect();
        assert_eq!(texts.len(), 1, "{texts:?}");
        assert!(
            texts[0].contains("of 2022-12-16 already decided"),
            "{}",
            texts[0]
        );
    }

    #[test]
    fn the_transfer_of_an_order_of_the_judgment_s_day_is_not_flagged_again() {
        let c = common::claim(json!({
            "debtor": "consumer",
            "reminderFeeAgreed": true,
            "invoices": [{ "number": "F1", "amount": "10000.00", "issueDate": "2024-01-01", "dueDate": "2024-01-31" }],
            "steps": [
                { "kind": "collectionDemand", "date": "2024-02-25" },
                { "kind": "courtAction", "date": "2024-04-01" },
                { "kind": "judgment", "date": "2024-08-01" },
                { "kind": "paymentOrder", "date": "2024-08-01" },
                { "kind": "dispute", "date": "2024-08-09" },
                { "kind": "courtAction", "date": "2024-08-20" },
                { "kind": "judgment", "date": "2024-12-02" }
            ]
        }))
        .expect("claim");
        let steps: Vec<Option<usize>> = inkasso::compliance::check(&c, None)
            .expect("check")
            .iter()
            .filter(|f| f.code == FindingCode::ClaimAlreadyDecided)
            .map(|f| f.step)
            .collect();
        assert_eq!(steps, [Some(3)]);
    }

    #[test]
    fn a_court_action_asking_again_earns_no_fee_of_its_own() {
        let c = common::claim(json!({
            "debtor": "consumer",
            "invoices": [
                { "number": "F0", "amount": "10095.37", "issueDate": "2016-10-08", "dueDate": "2016-10-31" },
                { "number": "F1", "amount": "3046.90", "issueDate": "2017-01-28", "dueDate": "2017-02-11" }
            ],
            "steps": [
                { "kind": "collectionDemand", "date": "2016-12-06" },
                { "kind": "courtAction", "date": "2017-01-14" },
                { "kind": "judgment", "date": "2017-02-15" },
                { "kind": "paymentOrder", "date": "2017-02-15" },
                { "kind": "judgment", "date": "2017-03-15" },
                { "kind": "courtAction", "date": "2017-06-16" }
            ]
        }))
        .expect("claim");
        let (s, court_fees) = fees_of_day(&c, "2017-07-01", "2017-06-16");
        assert_eq!(court_fees, Vec::<String>::new());
        assert!(s.warnings.iter().any(|w| {
            w.code == inkasso::warning::WarningCode::FeeAlreadyCharged
                && w.text().en.contains("2017-06-16")
        }));
        let codes: Vec<FindingCode> = inkasso::compliance::check(&c, None)
            .expect("check")
            .iter()
            .filter(|f| f.step == Some(5))
            .map(|f| f.code)
            .collect();
        assert!(
            codes.contains(&FindingCode::ClaimAlreadyDecided),
            "{codes:?}"
        );
    }
}

/// A second review (stop 80): the first court filing after an utslag, asking again for its
/// debt, was valued on that debt (2 800 kr) where it had been valued on nothing new (900 kr).
#[test]
fn a_court_action_asking_again_is_valued_on_nothing_new() {
    let c = common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "F0", "amount": "30000.00", "issueDate": "2020-01-01", "dueDate": "2020-01-31" }],
        "steps": [
            { "kind": "collectionDemand", "date": "2020-02-20" },
            { "kind": "paymentOrder", "date": "2020-03-16" },
            { "kind": "judgment", "date": "2020-05-04" },
            { "kind": "courtAction", "date": "2020-08-03" }
        ]
    }))
    .expect("claim");
    let (_, court) = fees_of_day(&c, "2020-09-01", "2020-08-03");
    assert_eq!(court, ["900.00"]);
}
