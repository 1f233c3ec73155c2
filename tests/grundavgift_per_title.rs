//! The grundavgift for verkställighet is charged once per exekutionstitel, and once more for
//! each year a verkställighet goes on (förordning 1992:1094 5 §; DOMAIN.md 1: "charged by
//! Kronofogden per enforcement title"). Before, the engine kept one grundavgift a year for the
//! whole claim: the verkställighet on a later case's own title within a year of an earlier
//! one was charged nothing, and `check` flagged its lawful fee as an error
//! (`ENFORCEMENT_WITHIN_A_YEAR`). The claim keeps one yearly fee, from the verkställighet under
//! way.

mod common;

use common::date;
use common::titles::enforcement_fees;

use inkasso::compliance::{check, FindingCode};
use inkasso::{statement, Claim, StatementOptions};
use serde_json::{json, Value};

/// A (10 000 kr) enforced on its utslag 2025-05-15; B (5 000 kr, issued later) through its own
/// inkassokrav and betalningsföreläggande, its utslag enforced 2026-01-15, within A's year.
fn two_titles(more: &[Value]) -> Claim {
    let mut steps = vec![
        json!({ "kind": "collectionDemand", "date": "2025-02-20" }),
        json!({ "kind": "paymentOrder", "date": "2025-03-20" }),
        json!({ "kind": "enforcement", "date": "2025-05-15" }),
        json!({ "kind": "collectionDemand", "date": "2025-10-10" }),
        json!({ "kind": "paymentOrder", "date": "2025-11-10" }),
        json!({ "kind": "enforcement", "date": "2026-01-15" }),
    ];
    steps.extend(more.iter().cloned());
    common::claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "5000.00", "issueDate": "2025-09-01", "dueDate": "2025-10-01" }
        ],
        "steps": steps
    }))
    .expect("claim")
}

fn fee(day: &str) -> String {
    format!("{day} 600.00")
}

/// The codes of `check`'s findings about step `step`.
fn findings_at(c: &Claim, step: usize) -> Vec<FindingCode> {
    check(c, Some(&common::court_policy()))
        .expect("check")
        .iter()
        .filter(|f| f.step == Some(step))
        .map(|f| f.code)
        .collect()
}

#[test]
fn a_later_title_s_verkstallighet_within_the_year_costs_its_own_grundavgift() {
    let c = two_titles(&[]);
    assert_eq!(
        enforcement_fees(&c, "2026-02-01"),
        [fee("2025-05-15"), fee("2026-01-15")]
    );
    // Lawful: no ENFORCEMENT_WITHIN_A_YEAR for B's application.
    assert!(
        !findings_at(&c, 5).contains(&FindingCode::EnforcementWithinAYear),
        "{:?}",
        findings_at(&c, 5)
    );
    // The statement says nothing of a fee not charged for it (B's inkassokrav and
    // betalningsföreläggande are the claim's second: those are).
    let s = statement(&c, &StatementOptions::new(date("2026-02-01"))).expect("statement");
    assert!(
        !s.warnings
            .iter()
            .any(|w| w.subject == inkasso::warning::Subject::Step(5)),
        "{:?}",
        s.warnings
    );
}

#[test]
fn the_same_title_applied_for_again_within_its_year_costs_nothing_and_is_flagged() {
    // A's utslag applied for again on 2025-08-01 (before B's case): the same title, within its
    // year.
    let c = common::claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2025-02-20" },
            { "kind": "paymentOrder", "date": "2025-03-20" },
            { "kind": "enforcement", "date": "2025-05-15" },
            { "kind": "enforcement", "date": "2025-08-01" }
        ]
    }))
    .expect("claim");
    assert_eq!(enforcement_fees(&c, "2025-09-01"), [fee("2025-05-15")]);
    assert!(findings_at(&c, 3).contains(&FindingCode::EnforcementWithinAYear));
    let s = statement(&c, &StatementOptions::new(date("2025-09-01"))).expect("statement");
    let texts: Vec<String> = s
        .warnings
        .iter()
        .map(|w| inkasso::text::warning(w).en)
        .collect();
    assert!(
        texts.iter().any(|t| t
            == "No new basic fee for the application for enforcement of 2025-08-01: one was charged for the same enforcement title on 2025-05-15, and it is charged once for each year enforcement lasts."),
        "{texts:?}"
    );
}

#[test]
fn the_claim_s_year_still_runs_from_the_first_title() {
    // A further year on A's anniversary is charged (a year since the grundavgift the claim's
    // year runs from), though B's own came four months before it.
    let year = json!({ "kind": "enforcement", "date": "2026-05-15", "furtherYear": true });
    let c = two_titles(&[year]);
    assert_eq!(
        enforcement_fees(&c, "2026-06-01"),
        [fee("2025-05-15"), fee("2026-01-15"), fee("2026-05-15")]
    );
    assert!(findings_at(&c, 6).is_empty(), "{:?}", findings_at(&c, 6));
    // One recorded before it (2026-04-01) is within the year: none, and flagged.
    let early = json!({ "kind": "enforcement", "date": "2026-04-01", "furtherYear": true });
    let c = two_titles(&[early]);
    assert_eq!(
        enforcement_fees(&c, "2026-06-01"),
        [fee("2025-05-15"), fee("2026-01-15")]
    );
    assert!(findings_at(&c, 6).contains(&FindingCode::EnforcementWithinAYear));
    // Known limit (README "Verkställighet"): unmarked, the renewal is read as an application on
    // the latest title by its day, B's, within B's year: none, and flagged.
    let unmarked = json!({ "kind": "enforcement", "date": "2026-05-15" });
    let c = two_titles(&[unmarked]);
    assert_eq!(
        enforcement_fees(&c, "2026-06-01"),
        [fee("2025-05-15"), fee("2026-01-15")]
    );
    assert!(findings_at(&c, 6).contains(&FindingCode::EnforcementWithinAYear));
}

#[test]
fn the_timeline_projects_b_s_verkstallighet_with_its_fee_and_the_years_from_a_s() {
    // Only A's case is recorded: the timeline projects B's road, B's verkställighet with its
    // own grundavgift, and the further years on A's anniversaries; recorded as projected, the
    // statement charges the same and `check` finds nothing wrong.
    let c = common::claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "5000.00", "issueDate": "2025-09-01", "dueDate": "2025-10-01" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2025-02-20" },
            { "kind": "paymentOrder", "date": "2025-03-20" },
            { "kind": "enforcement", "date": "2025-05-15" }
        ]
    }))
    .expect("claim");
    let policy = common::court_policy();
    let t = common::titles::timeline(&c, &policy, "2025-10-05", "2027-06-30");
    let enforcements: Vec<(String, bool, usize)> = t
        .entries
        .iter()
        .filter(|e| e.status == inkasso::timeline::EntryStatus::Projected)
        .filter(|e| e.kind == inkasso::timeline::EntryKind::Enforcement)
        .map(|e| (e.date.to_string(), e.further_year, e.fees.len()))
        .collect();
    // B's own (not a further year, with its fee) within A's year, then A's anniversaries.
    let (first, rest) = enforcements.split_first().expect("B's verkställighet");
    assert!(!first.1 && first.2 == 1, "{enforcements:?}");
    assert!(first.0.as_str() < "2026-05-15", "{enforcements:?}");
    assert_eq!(
        rest.iter().map(|e| e.0.as_str()).collect::<Vec<_>>(),
        ["2026-05-15", "2027-05-15"],
        "{enforcements:?}"
    );
    assert!(rest.iter().all(|e| e.1 && e.2 == 1), "{enforcements:?}");
    let (recorded, _) = common::titles::record_n(&c, &t, usize::MAX);
    let as_of = "2027-06-30";
    let fees = enforcement_fees(&recorded, as_of);
    assert_eq!(fees.len(), 4, "{fees:?}");
    for step in 0..recorded.steps.len() {
        assert!(
            !findings_at(&recorded, step).contains(&FindingCode::EnforcementWithinAYear),
            "step {step}: {:?}",
            recorded.steps
        );
    }
}
