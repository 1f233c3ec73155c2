//! Were defects (a review found them; fixed): a second case's legal step filed on the very day of the first case's verkställighet.
//! `decided_before` counts only titles dated strictly before the case start, and
//! `enforced_utslag` only betalningsföreläggande strictly after the judgment's first
//! verkställighet, so an application sent to Kronofogden together with the verkställighet on
//! the first title (one envelope, one day) is read as if that title did not exist.

mod common;

use common::date;
use inkasso::timeline::{EntryStatus, TimelineOptions};
use serde_json::{json, Value};

fn claim(debtor: &str, a: &str, steps: Value) -> inkasso::Claim {
    common::claim(json!({
        "debtor": debtor,
        "invoices": [
            { "number": "A", "amount": a, "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "5000.00", "issueDate": "2025-04-01", "dueDate": "2025-05-01" }
        ],
        "steps": steps,
        "payments": []
    }))
    .expect("claim")
}

/// A (40 000 kr): inkassokrav, betalningsföreläggande 2025-03-20, verkställighet on its utslag
/// 2025-06-02. B (5 000 kr): its own inkassokrav, and its betalningsföreläggande applied for
/// the same day as A's verkställighet, disputed and transferred. A's utslag decided A; B's case
/// is worth ≈ 5 000 kr, so its tilläggsavgift is 600 kr (as `multi_case.rs` and
/// `utslag_coverage.rs` value such a case). The engine values it with A's 40 000 kr: 2 500 kr.
/// One day later (BF 2025-06-03) it charges 600 kr.
#[test]
fn bs_case_filed_on_as_verkstallighet_day_is_valued_without_a() {
    let steps = |bf: &str| {
        json!([
            { "kind": "collectionDemand", "date": "2025-02-20", "paymentTermDays": 10 },
            { "kind": "paymentOrder", "date": "2025-03-20" },
            { "kind": "collectionDemand", "date": "2025-05-12", "paymentTermDays": 10 },
            { "kind": "enforcement", "date": "2025-06-02" },
            { "kind": "paymentOrder", "date": bf },
            { "kind": "dispute", "date": "2025-06-10" },
            { "kind": "courtAction", "date": "2025-07-01" }
        ])
    };
    let next_day = common::court_fee_lines(
        &claim("business", "40000.00", steps("2025-06-03")),
        "2025-07-02",
    );
    let same_day = common::court_fee_lines(
        &claim("business", "40000.00", steps("2025-06-02")),
        "2025-07-02",
    );
    assert_eq!(
        same_day, next_day,
        "same day {same_day:?}, next day {next_day:?}"
    );
}

/// A: judgment 2025-06-02 (its disputed betalningsföreläggande), verkställighet 2025-06-12.
/// B: inkassokrav 2025-06-03 (8 days), betalningsföreläggande applied for 2025-06-12 (with A's
/// verkställighet), verkställighet on its utslag 2025-08-05. With A's verkställighet a day
/// earlier (2025-06-11) every function reads B's verkställighet as B's. The README ("Verkställighet"): an enforcement recorded after a
/// betalningsföreläggande for invoices an earlier verkställighet left out is read as their
/// verkställighet. On the same day `limitation` ignores it for B (enforced_utslag wants the
/// order strictly after the judgment's first verkställighet): B is dated from its
/// betalningsföreläggande's assumed end, 2028-07-24, a year and more early (preskriptionslagen
/// 5 § 3, 7 §: B's verkställighet is legal action about B). The timeline (control test, passes)
/// reads both histories alike, so the two disagree.
fn judged_then_same_day(enf: &str) -> inkasso::Claim {
    claim(
        "consumer",
        "10000.00",
        json!([
            { "kind": "collectionDemand", "date": "2025-02-20", "paymentTermDays": 10 },
            { "kind": "paymentOrder", "date": "2025-03-20" },
            { "kind": "dispute", "date": "2025-03-25" },
            { "kind": "courtAction", "date": "2025-04-01" },
            { "kind": "judgment", "date": "2025-06-02" },
            { "kind": "collectionDemand", "date": "2025-06-03", "paymentTermDays": 8 },
            { "kind": "enforcement", "date": enf },
            { "kind": "paymentOrder", "date": "2025-06-12" },
            { "kind": "enforcement", "date": "2025-08-05" }
        ]),
    )
}

#[test]
fn bs_verkstallighet_interrupts_b_when_its_order_shares_as_verkstallighet_day() {
    let b_of = |c: &inkasso::Claim| {
        let lim = inkasso::limitation::limitation(c).expect("limitation");
        lim.invoices
            .iter()
            .find(|i| i.invoice == "B")
            .expect("B")
            .preskription_date
    };
    let day_before = b_of(&judged_then_same_day("2025-06-11"));
    let same_day = b_of(&judged_then_same_day("2025-06-12"));
    assert_eq!(day_before, date("2029-08-05"));
    assert_eq!(same_day, date("2029-08-05"));
}

#[test]
fn control_timeline_reads_bs_verkstallighet_alike_either_day() {
    let options = TimelineOptions {
        today: Some(date("2025-08-06")),
        ..TimelineOptions::default()
    };
    let kinds = |c: &inkasso::Claim| -> Vec<String> {
        inkasso::timeline::timeline(c, &common::court_policy(), &options)
            .expect("timeline")
            .entries
            .into_iter()
            .filter(|e| e.status == EntryStatus::Projected)
            .map(|e| format!("{:?}", e.kind))
            .collect()
    };
    let day_before = kinds(&judged_then_same_day("2025-06-11"));
    let same_day = kinds(&judged_then_same_day("2025-06-12"));
    assert_eq!(
        same_day, day_before,
        "same day {same_day:?}, day before {day_before:?}"
    );
}
