//! Letter previews for a reminder and an inkassokrav.

use inkasso::calendar::parse_date;
use inkasso::input::{read, ClaimInput};
use inkasso::letter::{letter, LetterOptions, SectionId};
use inkasso::{Claim, ErrorCode, StepKind};
use serde_json::json;

fn claim(steps: serde_json::Value) -> Claim {
    read::<ClaimInput, _>(json!({
        "debtor": "consumer",
        "reminderFeeAgreed": true,
        "invoices": [
            { "number": "1001", "amount": "12500.00", "issueDate": "2025-11-09", "dueDate": "2025-12-09" }
        ],
        "steps": steps
    }))
    .and_then(ClaimInput::into_claim)
    .expect("claim")
}

fn d(s: &str) -> time::Date {
    parse_date(s).expect("date")
}

#[test]
fn collection_demand_shows_what_inkassolagen_5_requires() {
    let c = claim(json!([{ "kind": "reminder", "date": "2025-12-14" }]));
    let l = letter(
        &c,
        StepKind::CollectionDemand,
        d("2025-12-23"),
        8,
        &LetterOptions::default(),
    )
    .expect("letter");
    let ids: Vec<SectionId> = l.sections.iter().map(|s| s.id).collect();
    assert_eq!(
        ids,
        vec![
            SectionId::Claim,
            SectionId::Creditor,
            SectionId::Amounts,
            SectionId::Interest,
            SectionId::Payment,
            SectionId::Consequences,
            SectionId::Objection
        ]
    );
    // 2025-12-23 + 8 = 2025-12-31 (nyårsafton) → 2026-01-02.
    assert_eq!(l.deadline, d("2026-01-02"));
    assert_eq!(l.deadline_moved_from, Some(d("2025-12-31")));
    // 14 days at 10 % on 12 500 kr = 47.95; fees 60 + 180.
    assert_eq!(l.interest.to_string(), "47.95");
    assert_eq!(l.fees.to_string(), "240.00");
    assert_eq!(l.total.to_string(), "12787.95");
    let json = serde_json::to_value(&l).expect("json");
    let placeholders: Vec<String> = l
        .sections
        .iter()
        .flat_map(|s| s.placeholders.iter().map(|p| p.to_string()))
        .collect();
    for p in [
        "creditorName",
        "collectorName",
        "paymentAccount",
        "paymentReference",
        "objectionContact",
    ] {
        assert!(placeholders.contains(&p.to_owned()), "{p}");
    }
    assert_eq!(json["kind"], json!("collectionDemand"));
    assert_eq!(json["sections"][0]["lines"][0]["amount"], json!("12500.00"));
    let consequences = &l.sections[5].body;
    assert!(consequences.sv.contains("betalningsföreläggande"));
    assert!(consequences.sv.contains("utmätning"));
    assert!(consequences.sv.contains("betalningsanmärkning"));
}

#[test]
fn reminder_is_shorter_and_includes_its_fee() {
    let l = letter(
        &claim(json!([])),
        StepKind::Reminder,
        d("2025-12-14"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    let ids: Vec<SectionId> = l.sections.iter().map(|s| s.id).collect();
    assert_eq!(
        ids,
        vec![
            SectionId::Claim,
            SectionId::Amounts,
            SectionId::Interest,
            SectionId::Payment
        ]
    );
    assert_eq!(l.fees.to_string(), "60.00");
    assert_eq!(l.deadline, d("2025-12-29")); // 24 December → Monday 29th
}

#[test]
fn rejects_other_kinds_and_short_terms() {
    let c = claim(json!([]));
    let o = LetterOptions::default();
    let e = letter(&c, StepKind::PaymentOrder, d("2025-12-20"), 10, &o).expect_err("kind");
    assert_eq!(
        (e.code(), e.field()),
        (ErrorCode::UnknownVariant, Some("kind"))
    );
    let e = letter(&c, StepKind::CollectionDemand, d("2025-12-20"), 7, &o).expect_err("term");
    assert_eq!(
        (e.code(), e.field()),
        (ErrorCode::InvalidPolicy, Some("paymentTermDays"))
    );
    let e = letter(&c, StepKind::Reminder, d("2025-01-01"), 10, &o).expect_err("date");
    assert_eq!(e.field(), Some("date"));
}
