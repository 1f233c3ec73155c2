//! A review of 51507e9 (costs and the claim's year read alike: `Ledger::enforces_costs`, the
//! timeline's `enforced_costs_judgment`, `plan::YearDebt`, the year's move applied to
//! applications) and ee82aaa + db8fcaf (appeal judgments, `limitation::case_start` /
//! `appeal_of`). Each test is a history where the exports disagree with each other, or read an
//! ordinary Swedish collection history wrongly; each fails on db8fcaf.
//! R1 and R2 are fixed by the costs a judgment awards counting as the debt only of a
//! verkställighet applied for by its day (`limitation::costs_in_case` with the application's
//! day). R3 is a Known limit, kept ignored: read by the disputes left standing, the appeal
//! broke the letter property's reading of a second judgment (seed 333, persisted), so a
//! judgment given after another invoice fell due is still read as that invoice's case.

mod common;

use common::date;
use common::titles::{enforcement_fees, projected, record_n, timeline};

use inkasso::compliance::Severity;
use inkasso::timeline::{EntryKind, EntryStatus, Timeline};
use inkasso::Claim;
use serde_json::{json, Value};

fn claim(invoices: Value, steps: Value, payments: Value) -> Claim {
    common::claim(json!({
        "debtor": "consumer", "invoices": invoices, "steps": steps, "payments": payments
    }))
    .expect("claim")
}

fn f0() -> Value {
    json!([{ "number": "F-0", "amount": "1000.00", "issueDate": "2024-12-02", "dueDate": "2025-01-02" }])
}

/// F-0 sued 2025-02-10, tingsrätt judgment 2025-05-08 (no costs), verkställighet on it
/// 2025-06-10 (grundavgift 600), everything paid 2025-07-01 (3 000 kr), then the hovrätt's
/// judgment 2025-08-08 awarding 2 000 kr litigation costs; `more` steps after.
fn appeal_costs_after_paid(more: &[Value]) -> Claim {
    let mut steps = vec![
        json!({ "kind": "collectionDemand", "date": "2025-01-10" }),
        json!({ "kind": "courtAction", "date": "2025-02-10" }),
        json!({ "kind": "judgment", "date": "2025-05-08" }),
        json!({ "kind": "enforcement", "date": "2025-06-10" }),
        json!({ "kind": "judgment", "date": "2025-08-08", "costs": "2000.00" }),
    ];
    steps.extend(more.iter().cloned());
    claim(
        f0(),
        Value::Array(steps),
        json!([{ "date": "2025-07-01", "amount": "3000.00" }]),
    )
}

/// The grundavgifter the timeline projects: "date amount".
fn projected_fees(t: &Timeline) -> Vec<String> {
    t.entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected && e.kind == EntryKind::Enforcement)
        .flat_map(|e| {
            e.fees
                .iter()
                .map(move |f| format!("{} {}", e.date, f.amount))
        })
        .collect()
}

fn errors(c: &Claim) -> Vec<String> {
    inkasso::compliance::check(c, Some(&common::court_policy()))
        .expect("check")
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| f.code.as_str().to_owned())
        .collect()
}

/// R1. `appeal_costs_after_paid` on 2025-09-01. The appeal has the first judgment's case start,
/// so its costs are read as part of the 2025-06-10 verkställighet's (paid) case
/// (`costs_in_case`), while `costs_enforcement` still projects the costs' own verkställighet
/// (no application since the appeal). The timeline projects two chains: 2025-09-01 (no fee),
/// further years 2026-06-10 and 2027-06-10 charged 600 kr each, and 2026-09-01, 2027-09-01
/// without a fee. Recorded as projected: the statement charges neither 600 kr year (only
/// 2025-06-10), `check` flags both ENFORCEMENT_WITHIN_A_YEAR, and the timeline re-run on the
/// recorded history projects 2026-06-10 and 2027-06-10 again. Right: one year chain, charged
/// alike by all three (the first case ended with its debt paid, so the costs' application
/// runs its own year), nothing flagged, nothing more projected.
#[test]
fn appeal_costs_after_a_paid_verkstallighet_are_read_alike() {
    let c = appeal_costs_after_paid(&[]);
    let policy = common::court_policy();
    let t = timeline(&c, &policy, "2025-09-01", "2027-12-31");
    let (recorded, _) = record_n(&c, &t, usize::MAX);
    let mut charged = enforcement_fees(&recorded, "2027-12-31");
    charged.retain(|f| f.as_str() > "2025-08-08");
    assert_eq!(charged, projected_fees(&t), "statement vs timeline");
    assert_eq!(
        errors(&recorded),
        Vec::<String>::new(),
        "check on the recorded projection"
    );
    let again = timeline(&recorded, &policy, "2025-09-01", "2027-12-31");
    assert_eq!(
        projected(&again),
        [],
        "the timeline re-run on the recorded history"
    );
}

/// R2. `appeal_costs_after_paid` with the costs' verkställighet recorded 2025-09-01
/// (`fee: false`, as the timeline projects it), and a plan of 18 instalments agreed 2025-10-03.
/// instalmentPlan's ENFORCEMENT_CONTINUES says the year runs from 2025-09-01, next grundavgift
/// 2026-09-01; the timeline with the plan recorded projects the next further year on
/// 2026-06-10 (the first verkställighet's anniversary, its case reading the appeal's costs as
/// unpaid). Right: the same next year from both.
#[test]
fn plan_and_timeline_agree_after_the_appeal_costs_verkstallighet() {
    use inkasso::plan::{instalment_plan, Interval, PlanOptions, PlanRequest, Sizing};
    let c = appeal_costs_after_paid(&[
        json!({ "kind": "enforcement", "date": "2025-09-01", "fee": false }),
    ]);
    let request = PlanRequest {
        date: date("2025-10-03"),
        first_date: date("2025-11-01"),
        interval: Interval::Months(1),
        sizing: Sizing::Count(18),
        fee: true,
    };
    let warned: Vec<String> = instalment_plan(&c, &request, &PlanOptions::default())
        .expect("plan")
        .warnings
        .iter()
        .filter_map(|w| match w.facts {
            inkasso::warning::Facts::EnforcementContinues { next, .. } => Some(next.to_string()),
            _ => None,
        })
        .collect();
    let mut with_plan = c.clone();
    with_plan.steps.push(inkasso::Step::new(
        inkasso::StepKind::PaymentPlan,
        date("2025-10-03"),
    ));
    let t = timeline(
        &with_plan,
        &common::court_policy(),
        "2025-10-04",
        "2027-05-01",
    );
    let first_year: Vec<String> = t
        .entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected && e.further_year)
        .map(|e| e.date.to_string())
        .take(1)
        .collect();
    assert_eq!(
        warned, first_year,
        "plan's next vs the timeline's next further year"
    );
}

/// R3. F-0 (due 2025-01-02) sued 2025-02-10, tingsrätt judgment 2025-05-08, hovrätt judgment
/// 2025-08-08; meanwhile F-1 (500 kr, issued 2025-05-20) fell due 2025-06-20 and was never
/// demanded nor sued. `appeal_of` refuses the appeal reading because F-1 fell due in between,
/// so the hovrätt judgment is read as a case of its own day deciding F-1: `limitation` keeps
/// F-0 interrupted by the tingsrätt judgment (preskription 2028-05-08), the timeline projects a
/// verkställighet 2025-08-11 straight away (F-1 enforced with no title and no demand) and
/// further years to 2029 while F-0's judged debt is never enforced: with the projection
/// recorded F-0 is still time-barred on 2028-05-08. With F-1 due 2025-08-20 instead, the same
/// judgment is the appeal (F-0 interrupted 2025-08-08, enforced) and F-1 gets its own road.
/// Right: with no case brought and no dispute since the first judgment, the second is its
/// appeal whatever fell due meanwhile: F-0 interrupted by 2025-08-08 and enforced, F-1 on its
/// own road (collectionDemand, betalningsföreläggande) before any verkställighet covers it.
#[test]
#[ignore = "a Known limit (README, \"Invoices a title does not cover\"): a judgment after another invoice fell due is read as that invoice's case, not as the appeal (the letter property's reading of a second judgment)"]
fn an_appeal_stays_an_appeal_when_another_invoice_fell_due_meanwhile() {
    let c = claim(
        json!([
            { "number": "F-0", "amount": "1000.00", "issueDate": "2024-12-02", "dueDate": "2025-01-02" },
            { "number": "F-1", "amount": "500.00", "issueDate": "2025-05-20", "dueDate": "2025-06-20" }
        ]),
        json!([
            { "kind": "collectionDemand", "date": "2025-01-10" },
            { "kind": "courtAction", "date": "2025-02-10" },
            { "kind": "judgment", "date": "2025-05-08" },
            { "kind": "judgment", "date": "2025-08-08" }
        ]),
        json!([]),
    );
    let l = inkasso::limitation::limitation(&c).expect("limitation");
    let f0 = l.invoices.iter().find(|i| i.invoice == "F-0").expect("F-0");
    assert_eq!(
        f0.interruption
            .as_ref()
            .map(|i| i.date.to_string())
            .as_deref(),
        Some("2025-08-08"),
        "the appeal ends F-0's proceedings"
    );
    let t = timeline(&c, &common::court_policy(), "2025-08-09", "2029-12-31");
    let kinds: Vec<EntryKind> = projected(&t).into_iter().map(|(k, _)| k).collect();
    assert!(
        kinds.contains(&EntryKind::PaymentOrder),
        "F-1's own road: {:?}",
        projected(&t)
    );
    let (recorded, _) = record_n(&c, &t, usize::MAX);
    assert!(
        common::titles::preskription(&recorded, "F-0") > date("2028-05-08"),
        "F-0 enforced by the recorded verkställigheter"
    );
}
