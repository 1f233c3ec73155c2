//! A judgment in a second case, after the first case ended in an utslag and its
//! verkställighet, is a title for the invoices of its own case (a diff review found it read as
//! the first case's judgment: B, the invoice it decided, left out in every function).

mod common;

use common::date;
use serde_json::{json, Value};

/// A: first case (inkassokrav, betalningsföreläggande, verkställighet on its utslag).
/// B: issued later, its own case (inkassokrav, betalningsföreläggande, disputed, stämning,
/// judgment). `extra` steps after.
fn second_case(debtor: &str, extra: Value, payments: Value) -> inkasso::Claim {
    let mut steps = vec![
        json!({ "kind": "collectionDemand", "date": "2025-02-20" }),
        json!({ "kind": "paymentOrder", "date": "2025-03-20" }),
        json!({ "kind": "enforcement", "date": "2025-05-15" }),
        json!({ "kind": "collectionDemand", "date": "2025-10-10" }),
        json!({ "kind": "paymentOrder", "date": "2025-11-10" }),
        json!({ "kind": "dispute", "date": "2025-11-20" }),
        json!({ "kind": "courtAction", "date": "2025-12-01" }),
        json!({ "kind": "judgment", "date": "2026-03-02" }),
    ];
    steps.extend(extra.as_array().cloned().unwrap_or_default());
    common::claim(json!({
        "debtor": debtor,
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "5000.00", "issueDate": "2025-09-01", "dueDate": "2025-10-01" }
        ],
        "steps": steps,
        "payments": payments
    }))
    .expect("claim")
}

/// B's judgment is B's title: after it, the timeline projects no new inkassokrav or
/// betalningsföreläggande for B (its road ended in court).
#[test]
fn no_new_road_for_an_invoice_its_own_judgment_decided() {
    let claim = second_case("business", json!([]), json!([]));
    let got = common::projected(&claim, &common::court_policy(), "2026-03-03");
    assert!(
        !got.iter()
            .any(|(k, _)| k == "collectionDemand" || k == "paymentOrder"),
        "{got:?}"
    );
}

/// A dispute after B's own judgment disputes nothing (the judgment decided it): an
/// inkassokrav... is not refused as disputed; dispute_standing is None.
#[test]
fn a_dispute_after_bs_own_judgment_disputes_nothing() {
    let claim = second_case(
        "business",
        json!([{ "kind": "dispute", "date": "2026-03-20" }]),
        json!([]),
    );
    let standing = claim.dispute_standing(date("2026-04-01"), true);
    assert!(standing.is_none(), "{standing:?}");
}

/// Consumer (3 years): verkställighet on B's judgment each year keeps B alive, and not A,
/// which its own enforced utslag decided: A's period runs from the end of its verkställighet's
/// assumed handling year (2026-05-15), three years on (a legal review found B's case keeping A
/// alive too, to 2034-03-18).
#[test]
fn verkstallighet_on_bs_judgment_interrupts_b() {
    let claim = second_case(
        "consumer",
        json!([
            { "kind": "enforcement", "date": "2026-03-16" },
            { "kind": "enforcement", "date": "2027-03-16" },
            { "kind": "enforcement", "date": "2028-03-16" },
            { "kind": "enforcement", "date": "2029-03-16" },
            { "kind": "enforcement", "date": "2030-03-18" }
        ]),
        json!([]),
    );
    let lim = inkasso::limitation::limitation(&claim).expect("limitation");
    let of = |n: &str| {
        lim.invoices
            .iter()
            .find(|i| i.invoice == n)
            .map(|i| i.preskription_date.to_string())
    };
    assert_eq!(of("B").as_deref(), Some("2034-03-18"), "{lim:?}");
    assert_eq!(of("A").as_deref(), Some("2029-05-15"), "{lim:?}");
}

/// Projected variant: a dispute about B after A's verkställighet (on A's utslag) goes to
/// court; the projected judgment is B's title, yet the timeline then projects a new
/// inkassokrav and betalningsföreläggande for B.
#[test]
fn a_projected_judgment_on_bs_dispute_is_bs_title() {
    let claim = common::claim(json!({
        "debtor": "business",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "5000.00", "issueDate": "2025-09-01", "dueDate": "2025-10-01" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2025-02-20" },
            { "kind": "paymentOrder", "date": "2025-03-20" },
            { "kind": "enforcement", "date": "2025-05-15" },
            { "kind": "dispute", "date": "2025-10-15" }
        ]
    }))
    .expect("claim");
    let got = common::projected(&claim, &common::court_policy(), "2025-10-20");
    let judged = got
        .iter()
        .position(|(k, _)| k == "judgment")
        .expect("a judgment is projected");
    let after: Vec<_> = got[judged..].to_vec();
    assert!(
        !after
            .iter()
            .any(|(k, _)| k == "collectionDemand" || k == "paymentOrder"),
        "{got:?}"
    );
}

/// B's own stämningsansökan (no second betalningsföreläggande) and judgment do not interrupt
/// B's limitation: consumer, 3 years, B's period runs from its inkassokrav of 2025-10-10.
#[test]
fn bs_own_court_action_and_judgment_interrupt_b() {
    let claim = common::claim(json!({
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
            { "kind": "courtAction", "date": "2025-12-01" },
            { "kind": "judgment", "date": "2026-03-02" }
        ]
    }))
    .expect("claim");
    let lim = inkasso::limitation::limitation(&claim).expect("limitation");
    let b = lim.invoices.iter().find(|i| i.invoice == "B").expect("B");
    // The judgment ends B's proceedings: a new period from 2026-03-02 at the earliest.
    assert!(b.preskription_date >= common::date("2029-03-02"), "{b:?}");
}

// Histories from a review of the rule above (each failed before its fix): the case a judgment
// decides starts with its stämningsansökan or disputed betalningsföreläggande; one not
// disputed ends in an utslag (a `judgment` step records one when no court case was brought),
// and one whose utslag was enforced ended there.

fn stamning_before_the_verkstallighet(debtor: &str, extra: Value) -> inkasso::Claim {
    let mut steps = vec![
        json!({ "kind": "collectionDemand", "date": "2025-02-20" }),
        json!({ "kind": "paymentOrder", "date": "2025-03-20" }),
        json!({ "kind": "courtAction", "date": "2025-04-22" }),
        json!({ "kind": "enforcement", "date": "2025-05-15" }),
        json!({ "kind": "judgment", "date": "2025-09-01" }),
    ];
    steps.extend(extra.as_array().cloned().unwrap_or_default());
    common::claim(json!({
        "debtor": debtor,
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "5000.00", "issueDate": "2025-02-25", "dueDate": "2025-03-27" },
            { "number": "C", "amount": "3000.00", "issueDate": "2025-05-20", "dueDate": "2025-06-19" }
        ],
        "steps": steps
    }))
    .expect("claim")
}

/// The second_case history with a further year of A's verkställighet (2026-05-15) while B's
/// disputed betalningsföreläggande (2025-11-10) is before the tingsrätt (stämningsansökan
/// 2025-12-01), judgment 2026-06-01. C falls due 2025-11-14: after B's betalningsföreläggande
/// was applied for, before the stämningsansökan.
fn further_year_while_b_is_in_court(debtor: &str, extra: Value) -> inkasso::Claim {
    let mut steps = vec![
        json!({ "kind": "collectionDemand", "date": "2025-02-20" }),
        json!({ "kind": "paymentOrder", "date": "2025-03-20" }),
        json!({ "kind": "enforcement", "date": "2025-05-15" }),
        json!({ "kind": "collectionDemand", "date": "2025-10-10" }),
        json!({ "kind": "paymentOrder", "date": "2025-11-10" }),
        json!({ "kind": "dispute", "date": "2025-11-20" }),
        json!({ "kind": "courtAction", "date": "2025-12-01" }),
        json!({ "kind": "enforcement", "date": "2026-05-15" }),
        json!({ "kind": "judgment", "date": "2026-06-01" }),
    ];
    steps.extend(extra.as_array().cloned().unwrap_or_default());
    common::claim(json!({
        "debtor": debtor,
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "5000.00", "issueDate": "2025-09-01", "dueDate": "2025-10-01" },
            { "number": "C", "amount": "3000.00", "issueDate": "2025-10-15", "dueDate": "2025-11-14" }
        ],
        "steps": steps
    }))
    .expect("claim")
}

/// Finding 1. The timeline's reset at a verkställighet on an utslag drops a stämningsansökan
/// filed after that betalningsföreläggande but before the verkställighet: B's judgment is read
/// as a case brought on its own day, covering C (due 2025-06-19), while `case_start` (and so
/// `dispute_standing`, `letter`, `check`, `limitation`) reads it as brought with the
/// stämningsansökan of 2025-04-22, before C fell due: C left out. The same history with the
/// stämningsansökan filed after the verkställighet (2025-05-20) gives C's road; the order of
/// A's verkställighet and B's stämningsansökan must not decide whether B's judgment covers C.
#[test]
fn stamning_filed_before_the_verkstallighet_is_not_forgotten() {
    let claim = stamning_before_the_verkstallighet("business", json!([]));
    // The engine's own reading of the judgment's case.
    let disputed = stamning_before_the_verkstallighet(
        "business",
        json!([{ "kind": "dispute", "date": "2025-09-10" }]),
    );
    let standing = disputed.dispute_standing(date("2025-09-20"), true);
    assert_eq!(
        standing.and_then(|d| d.left_out_since),
        Some(date("2025-04-22")),
        "case_start reads B's judgment as brought with the stämningsansökan"
    );
    // Control: the stämningsansökan after the verkställighet.
    let mut later = claim.clone();
    for s in &mut later.steps {
        if s.date == date("2025-04-22") {
            s.date = date("2025-05-20");
        }
    }
    let road = |got: &[(String, String)]| {
        got.iter()
            .any(|(k, _)| k == "collectionDemand" || k == "paymentOrder")
    };
    let control = common::projected(&later, &common::court_policy(), "2025-09-02");
    assert!(
        road(&control),
        "control: C's own road after the verkställighet on B's judgment: {control:?}"
    );
    let got = common::projected(&claim, &common::court_policy(), "2025-09-02");
    assert!(
        road(&got),
        "the timeline reads B's judgment as C's title (its case 'brought' 2025-09-01), \
         though case_start says 2025-04-22: {got:?}"
    );
}

/// Finding 1, limitation side: B's judgment does not interrupt C's preskription (case brought
/// 2025-04-22), yet the timeline projects the verkställighet on that judgment as C's title
/// and no road of C's own: for a consumer, C is time-barred 2028-05-20 with the timeline
/// projecting nothing that interrupts it but enforcement on a judgment that does not cover it.
#[test]
fn judgment_that_does_not_interrupt_c_is_not_cs_title_in_the_timeline() {
    let claim = stamning_before_the_verkstallighet("consumer", json!([]));
    let lim = inkasso::limitation::limitation(&claim).expect("limitation");
    let c = lim.invoices.iter().find(|i| i.invoice == "C").expect("C");
    assert!(c.interruption.is_none(), "{c:?}");
    let got = common::projected(&claim, &common::court_policy(), "2025-09-02");
    assert!(
        got.iter()
            .any(|(k, _)| k == "collectionDemand" || k == "paymentOrder"),
        "limitation says B's judgment is not C's (no interruption of C), the timeline enforces C on it: {got:?}"
    );
}

/// Finding 2. A further year of A's verkställighet (2026-05-15), recorded while B's disputed
/// betalningsföreläggande (2025-11-10, disputed 2025-11-20) is before the tingsrätt, is read
/// by `enforced_utslag` as resting on B's utslag, which a disputed betalningsföreläggande never
/// gets. `case_start` then dates B's judgment's case from the stämningsansökan (2025-12-01),
/// so C (due 2025-11-14, not overdue when B's betalningsföreläggande was applied for) counts
/// as covered: a dispute about C after the judgment disputes nothing, and `letter` would send
/// C an inkassokrav. The timeline, meanwhile, reads the judgment as leaving C out (it projects
/// a new inkassokrav and betalningsföreläggande for C).
#[test]
fn further_year_is_not_an_utslag_of_a_disputed_payment_order() {
    let claim = further_year_while_b_is_in_court(
        "business",
        json!([{ "kind": "dispute", "date": "2026-06-10" }]),
    );
    let standing = claim.dispute_standing(date("2026-06-20"), true);
    let got = common::projected(&claim, &common::court_policy(), "2026-06-20");
    // At 3bb96d9: standing (left out since 2025-03-20) and the timeline projected a
    // stämningsansökan and judgment for C. Now: None, and a new inkassokrav for the disputed C.
    assert!(
        standing.is_some() && !got.iter().any(|(k, _)| k == "collectionDemand"),
        "dispute_standing {standing:?}; timeline {got:?}"
    );
}

/// A: betalningsföreläggande disputed, stämning, judgment 2025-06-02. B: its own
/// betalningsföreläggande 2025-06-10, applied for after A's judgment but before the first
/// verkställighet on it (2025-06-20); a verkställighet 2025-09-15 (on B's utslag). C: its own
/// inkassokrav, dispute, stämningsansökan 2025-11-03 and judgment 2026-02-02.
fn payment_order_before_the_first_verkstallighet(debtor: &str, extra: Value) -> inkasso::Claim {
    let mut steps = vec![
        json!({ "kind": "collectionDemand", "date": "2025-02-20" }),
        json!({ "kind": "paymentOrder", "date": "2025-03-20" }),
        json!({ "kind": "dispute", "date": "2025-03-25" }),
        json!({ "kind": "courtAction", "date": "2025-04-01" }),
        json!({ "kind": "judgment", "date": "2025-06-02" }),
        json!({ "kind": "collectionDemand", "date": "2025-05-12" }),
        json!({ "kind": "paymentOrder", "date": "2025-06-10" }),
        json!({ "kind": "enforcement", "date": "2025-06-20" }),
        json!({ "kind": "enforcement", "date": "2025-09-15" }),
        json!({ "kind": "collectionDemand", "date": "2025-10-10" }),
        json!({ "kind": "dispute", "date": "2025-10-20" }),
        json!({ "kind": "courtAction", "date": "2025-11-03" }),
        json!({ "kind": "judgment", "date": "2026-02-02" }),
    ];
    steps.extend(extra.as_array().cloned().unwrap_or_default());
    common::claim(json!({
        "debtor": debtor,
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "5000.00", "issueDate": "2025-04-01", "dueDate": "2025-05-01" },
            { "number": "C", "amount": "3000.00", "issueDate": "2025-09-01", "dueDate": "2025-10-01" }
        ],
        "steps": steps
    }))
    .expect("claim")
}

/// Left by the change: C's own judgment (its stämningsansökan 2025-11-03, after B's
/// undisputed betalningsföreläggande) is read as B's case (brought 2025-06-10), so it leaves
/// C out: a dispute after it stands and the judgment does not interrupt C's preskription.
#[test]
fn later_cases_judgment_after_a_payment_order_before_the_first_verkstallighet() {
    let claim = payment_order_before_the_first_verkstallighet(
        "business",
        json!([{ "kind": "dispute", "date": "2026-02-20" }]),
    );
    let standing = claim.dispute_standing(date("2026-03-01"), true);
    let claim = payment_order_before_the_first_verkstallighet("consumer", json!([]));
    let lim = inkasso::limitation::limitation(&claim).expect("limitation");
    let c = lim.invoices.iter().find(|i| i.invoice == "C").expect("C");
    let got = common::projected(&claim, &common::court_policy(), "2026-02-03");
    assert!(
        standing.is_none() && c.preskription_date >= date("2029-02-02"),
        "C's own judgment read as another case's: standing {standing:?}, C {c:?}, timeline {got:?}"
    );
}

/// Finding 2, letter side: the inkassokrav for C, disputed after B's judgment that did not
/// decide it (B's case was brought with the disputed betalningsföreläggande of 2025-11-10,
/// before C fell due), is sent. At 3bb96d9 it was refused (CLAIM_DISPUTED) and the timeline
/// took C's dispute to court.
#[test]
fn letter_demands_c_disputed_after_bs_judgment() {
    let claim = further_year_while_b_is_in_court(
        "business",
        json!([{ "kind": "dispute", "date": "2026-06-10" }]),
    );
    let got = inkasso::letter::letter(
        &claim,
        inkasso::StepKind::CollectionDemand,
        date("2026-06-20"),
        10,
        &inkasso::letter::LetterOptions::default(),
    )
    .map(|_| ())
    .map_err(|e| (e.code(), e.message().to_owned()));
    assert!(matches!(got, Err((inkasso::ErrorCode::ClaimDisputed, _))));
}
