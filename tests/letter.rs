//! Letter previews for a reminder and an inkassokrav.

use inkasso::calendar::parse_date;
use inkasso::input::{read, ClaimInput};
use inkasso::letter::{letter, LetterOptions, LineRole, SectionId};
use inkasso::rates::{HalfYear, RateRow, RateStatus, RateTable};
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

/// The embedded table with `percent` (in hundredths) for each of `halves`, at `status`.
fn caller_table(halves: &[(i32, u8)], percent: i64, status: RateStatus) -> RateTable {
    let rows = halves
        .iter()
        .map(|&(year, half)| RateRow {
            half_year: HalfYear::new(year, half).expect("half-year"),
            percent: rust_decimal::Decimal::new(percent, 2),
            status,
            source: "test".into(),
        })
        .collect();
    RateTable::embedded().with_overrides(rows).expect("table")
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
    // 2025-12-23 + 8 = 2025-12-31 (nyårsafton) → 2026-01-02; but sent on the eve of julafton it
    // is assumed received Tuesday 12-30 (12-29 and 12-30 are the two bank days after sending),
    // and the debtor gets four bank days after that: 01-02, 01-05, 01-07 (trettondedag jul is
    // off), 01-08.
    assert_eq!(l.deadline, d("2026-01-08"));
    // Extended, not moved off a day off: the term given ends on the deadline.
    assert_eq!(l.deadline_moved_from, None);
    // The term the letter gives is the days to that deadline.
    assert_eq!(l.payment_term_days, 16);
    let payment = &l.sections[4].body.sv;
    assert!(
        payment.contains("senast 2026-01-08")
            && payment.contains(
                "Betalningstiden är förlängd så att du har fyra bankdagar på dig efter att kravet kan antas ha kommit fram (2025-12-30)."
            ),
        "{payment}"
    );
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
    // Paying and objecting both stop the next step (inkassolagen 5 §), and a claim disputed on
    // substantive grounds goes to court, not to a betalningsföreläggande (god inkassosed).
    assert!(
        consequences.sv.starts_with(
            "Om du varken betalar eller invänder mot kravet på saklig grund senast på sista betalningsdagen"
        ),
        "{}",
        consequences.sv
    );
    let objection = &l.sections[6].body;
    assert!(
        objection
            .sv
            .contains("lämnas inte till Kronofogden för betalningsföreläggande")
            && objection
                .en
                .contains("is not sent to Kronofogden for a payment order"),
        "{objection:?}"
    );
}

/// The costs an inkassokrav threatens are those in force when the next step can first be
/// taken, the day after its deadline: sent 2013-12-20 with 10 days, the deadline is
/// 2014-01-07 (2013-12-30 + the holidays), and the ersättning for an application is 380 kr from
/// 2014-01-01 (340 kr before).
#[test]
fn consequences_name_the_costs_of_the_day_after_the_deadline() {
    let c = claim_of(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "1000.00", "issueDate": "2013-01-02", "dueDate": "2013-02-01" }]
    }));
    let l = letter(
        &c,
        StepKind::CollectionDemand,
        d("2013-12-20"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    assert_eq!(l.deadline, d("2014-01-07"));
    let consequences = &l.sections[5].body;
    assert!(
        consequences.sv.contains("(300\u{a0}kr och 380\u{a0}kr)"),
        "{}",
        consequences.sv
    );
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
            SectionId::Creditor,
            SectionId::Amounts,
            SectionId::Interest,
            SectionId::Payment
        ]
    );
    // A reminder names the creditor and whom to ask or tell of an objection (a letter review
    // found reminders naming no one); no statute asks it of a reminder, so no rule.
    let creditor = &l.sections[1];
    assert_eq!(
        creditor.placeholders,
        vec!["creditorName", "objectionContact"]
    );
    assert_eq!(creditor.rule, None);
    assert!(
        creditor.body.sv.contains("{creditorName}")
            && creditor.body.sv.contains("{objectionContact}")
    );
    assert!(
        creditor.body.en.contains("{creditorName}")
            && creditor.body.en.contains("{objectionContact}")
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
        (ErrorCode::InvalidDays, Some("paymentTermDays"))
    );
    let e = letter(&c, StepKind::Reminder, d("2025-01-01"), 10, &o).expect_err("date");
    assert_eq!(e.field(), Some("date"));
    // A term of 0 days dates the deadline the letter's own day, before it can reach the
    // debtor: refused for every kind (a letters review, stop 79); one day is a letter.
    for kind in [
        StepKind::Reminder,
        StepKind::CollectionDemand,
        StepKind::FinalNotice,
    ] {
        let e = letter(&c, kind, d("2025-12-20"), 0, &o).expect_err("a term of 0");
        assert_eq!(
            (e.code(), e.field()),
            (ErrorCode::InvalidDays, Some("paymentTermDays"))
        );
        assert!(e.to_string().contains("at least 1 day"), "{e}");
    }
    assert!(letter(&c, StepKind::Reminder, d("2025-12-20"), 1, &o).is_ok());
}

fn claim_of(value: serde_json::Value) -> Claim {
    read::<ClaimInput, _>(value)
        .and_then(ClaimInput::into_claim)
        .expect("claim")
}

/// The amounts section as (role, sv label, amount) rows.
fn amount_rows(l: &inkasso::letter::Letter) -> Vec<(LineRole, String, String)> {
    l.sections
        .iter()
        .find(|s| s.id == SectionId::Amounts)
        .expect("amounts")
        .lines
        .iter()
        .map(|line| (line.role, line.label.sv.clone(), line.amount.to_string()))
        .collect()
}

#[test]
fn a_partial_payment_is_shown_allocated_and_the_total_reconciles() {
    // 12 500 kr due Tue 2025-12-09 at 10 % (referensränta 2.00 + 8). Reminder 2025-12-14
    // (60 kr, agreed). 1 000 kr paid 2025-12-20, inkassokrav dated 2025-12-23.
    // Interest 2025-12-10 … 12-20, 11 days: 12 500 × 0.10 × 11/365 = 37.671 → 37.67.
    // The payment: 60.00 to the reminder fee, 37.67 to interest, 902.33 to capital → 11 597.67.
    // Interest 12-21 … 12-23, 3 days: 11 597.67 × 0.10 × 3/365 = 9.532 → 9.53.
    // Inkassokrav fee 180. Total 11 597.67 + 9.53 + 180.00 = 11 787.20.
    let c = claim_of(json!({
        "debtor": "consumer", "reminderFeeAgreed": true,
        "invoices": [{ "number": "1001", "amount": "12500.00", "issueDate": "2025-11-09", "dueDate": "2025-12-09" }],
        "steps": [{ "kind": "reminder", "date": "2025-12-14" }],
        "payments": [{ "date": "2025-12-20", "amount": "1000.00" }]
    }));
    let l = letter(
        &c,
        StepKind::CollectionDemand,
        d("2025-12-23"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    use LineRole::{Detail, Part, Total};
    let rows: Vec<(LineRole, &str)> = [
        (Detail, "12500.00"),
        (Detail, "1000.00"),
        (Detail, "60.00"),
        (Detail, "37.67"),
        (Detail, "902.33"),
        (Part, "11597.67"),
        (Detail, "47.20"),
        (Detail, "37.67"),
        (Part, "9.53"),
        (Detail, "60.00"),
        (Part, "180.00"),
        (Total, "11787.20"),
    ]
    .to_vec();
    let got = amount_rows(&l);
    assert_eq!(
        got.iter()
            .map(|(r, _, a)| (*r, a.as_str()))
            .collect::<Vec<_>>(),
        rows
    );
    let labels: Vec<&str> = got.iter().map(|(_, l, _)| l.as_str()).collect();
    assert_eq!(labels[0], "Faktura 1001: fakturerat kapitalbelopp");
    assert_eq!(labels[1], "Inbetalning 2025-12-20");
    assert_eq!(labels[2], "varav till avgifter");
    assert_eq!(labels[5], "Faktura 1001: kvarstående kapitalbelopp");
    assert!(
        labels[9].ends_with("Avgiften 60,00\u{a0}kr är betald."),
        "{}",
        labels[9]
    );
    assert_eq!(l.total.to_string(), "11787.20");
    assert_eq!(l.breakdown.total, l.total);
    assert_eq!(l.fees.to_string(), "180.00");
    // The typed breakdown: the reminder fee paid, the inkassokrav fee owed.
    let fees: Vec<(String, String, String)> = l
        .breakdown
        .fees
        .iter()
        .map(|f| {
            (
                f.charged.to_string(),
                f.paid.to_string(),
                f.unpaid.to_string(),
            )
        })
        .collect();
    assert_eq!(
        fees,
        [
            ("60.00".into(), "60.00".into(), "0.00".into()),
            ("180.00".into(), "0.00".into(), "180.00".into())
        ]
    );
    let inv = &l.breakdown.invoices[0];
    assert_eq!(
        (
            inv.amount.to_string(),
            inv.capital_paid.to_string(),
            inv.capital.to_string(),
            inv.paid
        ),
        ("12500.00".into(), "902.33".into(), "11597.67".into(), false)
    );
    assert_eq!(
        (
            l.breakdown.interest_accrued.to_string(),
            l.breakdown.interest_paid.to_string(),
            l.breakdown.interest.to_string()
        ),
        ("47.20".into(), "37.67".into(), "9.53".into())
    );
    let days: Vec<(i64, String)> = l
        .breakdown
        .interest_lines
        .iter()
        .map(|i| (i.days, i.amount.to_string()))
        .collect();
    assert_eq!(days, [(11, "37.67".into()), (3, "9.53".into())]);
    let claim_line = &l.sections[0].lines[0];
    assert_eq!(claim_line.amount.to_string(), "11597.67");
    assert!(claim_line
        .label
        .sv
        .ends_with("förfallodag 2025-12-09. Delvis betald."));
    // The JSON has the breakdown and the roles.
    let json = serde_json::to_value(&l).expect("json");
    assert_eq!(json["breakdown"]["fees"][0]["unpaid"], json!("0.00"));
    assert_eq!(json["breakdown"]["payments"][0]["capital"], json!("902.33"));
    assert_eq!(json["sections"][2]["lines"][5]["role"], json!("part"));
}

#[test]
fn a_fee_partly_paid_is_owed_only_for_the_rest() {
    // As above, but 30 kr paid on 2025-12-20: all of it to the 60 kr reminder fee.
    // Interest lines split at the payment: 11 days 37.67 + 3 days 12 500 × 0.10 × 3/365 =
    // 10.274 → 10.27 (47.94). Total 12 500.00 + 47.94 + 30.00 + 180.00 = 12 757.94.
    let c = claim_of(json!({
        "debtor": "consumer", "reminderFeeAgreed": true,
        "invoices": [{ "number": "1001", "amount": "12500.00", "issueDate": "2025-11-09", "dueDate": "2025-12-09" }],
        "steps": [{ "kind": "reminder", "date": "2025-12-14" }],
        "payments": [{ "date": "2025-12-20", "amount": "30.00" }]
    }));
    let l = letter(
        &c,
        StepKind::CollectionDemand,
        d("2025-12-23"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    use LineRole::{Detail, Part, Total};
    let got = amount_rows(&l);
    let rows: Vec<(LineRole, &str)> = got.iter().map(|(r, _, a)| (*r, a.as_str())).collect();
    assert_eq!(
        rows,
        [
            (Detail, "12500.00"),
            (Detail, "30.00"),
            (Detail, "30.00"),
            (Part, "12500.00"),
            (Part, "47.94"),
            (Part, "30.00"),
            (Part, "180.00"),
            (Total, "12757.94"),
        ]
    );
    assert!(
        got[5].1.contains("varav 30,00\u{a0}kr är betalt"),
        "{}",
        got[5].1
    );
    assert_eq!(l.total.to_string(), "12757.94");
    assert_eq!(l.fees.to_string(), "210.00");
}

#[test]
fn the_claim_lists_own_and_effective_due_dates_and_paid_invoices() {
    // B: 500 kr due Fri 2025-11-28, paid that day in full. A: 1 000 kr issued 2025-11-06 with
    // no agreed due date: 30 days → Sat 2025-12-06, effective Mon 2025-12-08. Reminder
    // 2025-12-15 (60 kr): interest on A 12-09 … 12-15, 7 days: 1 000 × 0.10 × 7/365 = 1.918
    // → 1.92. Total 1 000.00 + 1.92 + 60.00 = 1 061.92.
    let c = claim_of(json!({
        "debtor": "consumer", "reminderFeeAgreed": true,
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2025-11-06" },
            { "number": "B", "amount": "500.00", "issueDate": "2025-11-01", "dueDate": "2025-11-28" }
        ],
        "payments": [{ "date": "2025-11-28", "amount": "500.00" }]
    }));
    let l = letter(
        &c,
        StepKind::Reminder,
        d("2025-12-15"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    let lines = &l.sections[0].lines;
    assert_eq!(
        lines
            .iter()
            .map(|x| (x.label.en.as_str(), Some(x.amount.to_string())))
            .collect::<Vec<_>>(),
        [
            (
                "Invoice A, dated 2025-11-06, invoiced SEK 1,000.00, no agreed due date: under \
                 räntelagen 4 §, interest runs only once 30 days have passed since the invoice \
                 was sent with notice that late-payment interest would otherwise be charged \
                 (counted from the invoice date), that is, after 2025-12-06, a Saturday, so moved to 2025-12-08. Unpaid.",
                Some("1000.00".to_owned())
            ),
            (
                "Invoice B, dated 2025-11-01, invoiced SEK 500.00, due 2025-11-28. Paid: no \
                 capital remains.",
                Some("0.00".to_owned())
            ),
        ]
    );
    let b = &l.breakdown.invoices;
    assert_eq!(
        (b[0].due_date, b[0].due_date_agreed, b[0].effective_due_date),
        (d("2025-12-06"), false, d("2025-12-08"))
    );
    assert_eq!((b[1].paid, b[1].capital.to_string()), (true, "0.00".into()));
    assert_eq!(l.total.to_string(), "1061.92");
    // A paid invoice has no "capital outstanding" part.
    let parts: Vec<String> = amount_rows(&l)
        .into_iter()
        .filter(|(r, _, _)| *r == LineRole::Part)
        .map(|(_, _, a)| a)
        .collect();
    assert_eq!(parts, ["1000.00", "1.92", "60.00"]);
}

#[test]
fn refuses_letters_that_may_not_be_sent() {
    let one = |due: &str, payments: serde_json::Value| {
        claim_of(json!({
            "debtor": "consumer", "reminderFeeAgreed": true,
            "invoices": [{ "number": "1001", "amount": "12500.00", "issueDate": "2025-11-09", "dueDate": due }],
            "payments": payments
        }))
    };
    let two = claim_of(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "1", "amount": "100.00", "issueDate": "2025-11-09", "dueDate": "2025-12-09" },
            { "number": "2", "amount": "100.00", "issueDate": "2025-11-09", "dueDate": "2026-01-15" }
        ]
    }));
    let barred = |debtor: &str| {
        claim_of(json!({
            "debtor": debtor,
            "invoices": [{ "number": "9", "amount": "800.00", "issueDate": "2020-01-10", "dueDate": "2020-02-10" }]
        }))
    };
    let due_sat = one("2025-12-13", json!([])); // Sat → effective Mon 2025-12-15
    use ErrorCode::{CollectionDemandNotOverdue as Early, NothingToCollect, TimeBarred};
    use StepKind::{CollectionDemand as Demand, Reminder};
    let none = json!([]);
    let cases: Vec<(&str, Claim, StepKind, &str, Option<ErrorCode>)> = vec![
        (
            "demand on the due date",
            one("2025-12-09", none.clone()),
            Demand,
            "2025-12-09",
            Some(Early),
        ),
        (
            "demand the day after",
            one("2025-12-09", none.clone()),
            Demand,
            "2025-12-10",
            None,
        ),
        (
            "reminder on the due date",
            one("2025-12-09", none.clone()),
            Reminder,
            "2025-12-09",
            Some(Early),
        ),
        (
            "reminder before it",
            one("2025-12-09", none.clone()),
            Reminder,
            "2025-12-01",
            Some(Early),
        ),
        (
            "reminder the day after",
            one("2025-12-09", none.clone()),
            Reminder,
            "2025-12-10",
            None,
        ),
        (
            "on the effective due date",
            due_sat.clone(),
            Demand,
            "2025-12-15",
            Some(Early),
        ),
        (
            "after the effective due date",
            due_sat,
            Demand,
            "2025-12-16",
            None,
        ),
        (
            "one invoice not yet due",
            two.clone(),
            Demand,
            "2025-12-23",
            Some(Early),
        ),
        ("both past due", two, Demand, "2026-01-16", None),
        (
            "paid in full by the due date",
            one(
                "2025-12-09",
                json!([{ "date": "2025-12-09", "amount": "12500.00" }]),
            ),
            Demand,
            "2025-12-23",
            Some(NothingToCollect),
        ),
        (
            "overpaid",
            one(
                "2025-12-09",
                json!([{ "date": "2025-12-01", "amount": "13000.00" }]),
            ),
            Reminder,
            "2025-12-23",
            Some(NothingToCollect),
        ),
        // Consumer: 3 years from 2020-01-10, so time-barred after 2023-01-10.
        (
            "consumer, last day",
            barred("consumer"),
            Demand,
            "2023-01-10",
            None,
        ),
        (
            "consumer, time-barred",
            barred("consumer"),
            Demand,
            "2023-01-11",
            Some(TimeBarred),
        ),
        (
            "consumer, reminder too",
            barred("consumer"),
            Reminder,
            "2024-06-01",
            Some(TimeBarred),
        ),
        // Business: 10 years.
        (
            "business, 3 years on",
            barred("business"),
            Demand,
            "2023-01-11",
            None,
        ),
        (
            "business, time-barred",
            barred("business"),
            Demand,
            "2030-01-11",
            Some(TimeBarred),
        ),
    ];
    for (name, claim, kind, date, want) in cases {
        let got = letter(&claim, kind, d(date), 10, &LetterOptions::default());
        match (got, want) {
            (Ok(_), None) => {}
            (Err(e), Some(code)) => {
                assert_eq!((e.code(), e.field()), (code, Some("date")), "{name}: {e}")
            }
            (Ok(l), Some(code)) => panic!("{name}: expected {code}, got a letter of {}", l.total),
            (Err(e), None) => panic!("{name}: expected a letter, got {e}"),
        }
    }
}

/// A letter refused before an invoice's effective due date names the stated due date it was
/// moved from, when it was (a B2B review: 'invoice "A" is due 2025-01-02' for an invoice due on
/// nyårsafton 2024-12-31 read as a mistake), and only then.
#[test]
fn a_letter_refused_before_a_moved_due_date_names_the_stated_one() {
    let on = |due: &str| {
        let claim = claim_of(json!({
            "debtor": "business",
            "invoices": [{ "number": "A", "amount": "1000.00", "issueDate": "2024-12-01", "dueDate": due }]
        }));
        let e = letter(
            &claim,
            StepKind::CollectionDemand,
            d("2025-01-02"),
            10,
            &LetterOptions::default(),
        )
        .expect_err("not yet due");
        (e.code(), e.message().to_owned())
    };
    assert_eq!(
        on("2024-12-31"),
        (
            ErrorCode::CollectionDemandNotOverdue,
            "an inkassokrav may only be sent after the due date has passed: invoice \"A\" is due 2025-01-02 (moved from 2024-12-31, a day off) and the letter is dated 2025-01-02".to_owned()
        )
    );
    assert_eq!(
        on("2025-01-02").1,
        "an inkassokrav may only be sent after the due date has passed: invoice \"A\" is due 2025-01-02 and the letter is dated 2025-01-02"
    );
}

/// A deadline after 2199-12-31 (the last date the engine supports, and takes back) is refused
/// at `paymentTermDays`; it was returned (2209-12-18 for a letter of 2199-12-20 with 3 650
/// days). The last deadline that fits is accepted.
#[test]
fn a_deadline_after_the_last_supported_date_is_refused() {
    let c = read::<ClaimInput, _>(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "1", "amount": "1000.00", "issueDate": "2199-10-01", "dueDate": "2199-11-01" }
        ]
    }))
    .and_then(ClaimInput::into_claim)
    .expect("claim");
    // A letter demands interest to its date at published rates: the table must reach 2199
    // (2.00 % from 2027).
    let halves: Vec<(i32, u8)> = (2027..=2199)
        .flat_map(|year| [1, 2].map(|half| (year, half)))
        .collect();
    let table = caller_table(&halves, 200, RateStatus::Confirmed);
    let options = LetterOptions {
        rates: &table,
        strict_rates: false,
    };
    let run = |days| {
        letter(
            &c,
            StepKind::CollectionDemand,
            d("2199-12-16"),
            days,
            &options,
        )
    };
    // Monday 2199-12-16 + 10 = Friday 2199-12-27 (four bank days after its receipt on
    // 12-18: 12-19, 12-20, 12-23, 12-27).
    assert_eq!(run(10).expect("letter").deadline, d("2199-12-27"));
    for days in [16, 3650] {
        let e = run(days).expect_err("past 2199");
        assert_eq!(
            (e.code(), e.field()),
            (ErrorCode::DateOutOfRange, Some("paymentTermDays")),
            "{days}: {e}"
        );
        assert!(e.message().contains("after 2199-12-31"), "{e}");
    }
    // Dated so late that not even the inkassokrav's 8-day minimum, with its four bank days
    // after receipt, fits: the date is at fault.
    for date in ["2199-12-18", "2199-12-23", "2199-12-31"] {
        let e = letter(
            &c,
            StepKind::CollectionDemand,
            d(date),
            8,
            &LetterOptions::default(),
        )
        .expect_err("past 2199");
        assert_eq!(
            (e.code(), e.field()),
            (ErrorCode::DateOutOfRange, Some("date")),
            "{date}"
        );
    }
}

fn section_of(l: &inkasso::letter::Letter, id: SectionId) -> &inkasso::letter::Section {
    l.sections.iter().find(|s| s.id == id).expect("section")
}

/// Inkassolagen 5 §: an inkassokrav states what the claim is for ("det förhållande som
/// fordringen grundar sig på"). Each invoice's `description` is on its line; when one has
/// none, the claim section asks for it as the `claimBasis` placeholder. A reminder does not.
#[test]
fn an_inkassokrav_states_what_the_claim_is_for() {
    let of = |descriptions: [Option<&str>; 2]| {
        let invoices: Vec<serde_json::Value> = descriptions
            .iter()
            .enumerate()
            .map(|(i, desc)| {
                let mut v = json!({ "number": format!("A-{i}"), "amount": "1000.00",
                    "issueDate": "2025-11-03", "dueDate": "2025-12-03" });
                if let Some(text) = desc {
                    v["description"] = json!(text);
                }
                v
            })
            .collect();
        claim_of(json!({ "debtor": "consumer", "invoices": invoices }))
    };
    let demand = |c: &Claim| {
        letter(
            c,
            StepKind::CollectionDemand,
            d("2025-12-16"),
            10,
            &LetterOptions::default(),
        )
        .expect("letter")
    };
    let both = of([Some("Konsulttjänster oktober 2025"), Some("Licens 2026")]);
    let l = demand(&both);
    let claim_section = section_of(&l, SectionId::Claim);
    assert!(claim_section.placeholders.is_empty());
    assert!(!claim_section.body.sv.contains("{claimBasis}"));
    assert!(claim_section.lines[0]
        .label
        .sv
        .starts_with("Faktura A-0 (avser: Konsulttjänster oktober 2025), fakturadatum 2025-11-03"));
    assert!(claim_section.lines[1]
        .label
        .en
        .starts_with("Invoice A-1 (for: Licens 2026), dated 2025-11-03"));
    assert!(claim_section
        .body
        .sv
        .starts_with("Kravet avser följande fakturor."));
    let one = of([Some("Konsulttjänster oktober 2025"), None]);
    let l = demand(&one);
    let claim_section = section_of(&l, SectionId::Claim);
    assert_eq!(claim_section.placeholders, ["claimBasis"]);
    // Only A-1 has no description: the placeholder is for it.
    assert!(claim_section
        .body
        .sv
        .ends_with(" Faktura A-1 avser: {claimBasis}."));
    assert!(claim_section
        .body
        .en
        .ends_with(" Invoice A-1 is for: {claimBasis}."));
    // None described: the claim as a whole.
    let none = of([None, None]);
    let none_letter = demand(&none);
    let body = &section_of(&none_letter, SectionId::Claim).body;
    assert!(body.sv.ends_with(" Fordringen avser: {claimBasis}."));
    assert!(body.en.ends_with(" The claim is for: {claimBasis}."));
    let reminder = letter(
        &one,
        StepKind::Reminder,
        d("2025-12-16"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    assert!(section_of(&reminder, SectionId::Claim)
        .placeholders
        .is_empty());
    // One invoice: the singular.
    let single = claim(json!([]));
    let l = demand(&single);
    assert!(section_of(&l, SectionId::Claim)
        .body
        .sv
        .starts_with("Kravet avser följande faktura. Beloppet på raden"));
}

#[test]
fn a_description_is_one_line_of_one_to_two_hundred_characters() {
    let long = "x".repeat(201);
    for (description, ok) in [
        (json!("Hyra december"), true),
        (json!("x".repeat(200)), true),
        (json!(null), true),
        (json!(""), false),
        (json!("   "), false),
        (json!(long), false),
        // Invisible only, a line break, a tab, a placeholder's braces.
        (json!("\u{200b}"), false),
        (json!(" \u{feff}\u{ad} "), false),
        (json!("Rad ett\nRad två"), false),
        (json!("Hyra\tjuni"), false),
        (json!("Hyra {creditorName}"), false),
        (json!("Hyra }"), false),
        // Quotes, emoji and a non-breaking space are text.
        (json!("Hyra \"juni\" 🏠\u{a0}2025"), true),
    ] {
        let result = read::<ClaimInput, _>(json!({
            "debtor": "consumer",
            "invoices": [
                { "number": "1", "amount": "10.00", "issueDate": "2025-01-01" },
                { "number": "2", "amount": "10.00", "issueDate": "2025-01-01", "description": description }
            ]
        }))
        .and_then(ClaimInput::into_claim);
        match result {
            Ok(c) => {
                assert!(ok, "{description}");
                assert_eq!(c.invoices[1].description.as_deref(), description.as_str());
            }
            Err(e) => {
                assert!(!ok, "{description}: {e}");
                assert_eq!(e.code(), ErrorCode::InvalidDescription);
                assert_eq!(e.field(), Some("invoices[1].description"));
            }
        }
    }
}

/// Inkassolagen 5 §: the interest is specified with its rate, the time and the capital it is
/// computed on. Each line names its invoice and period; the section says where the rate comes
/// from (räntelagen or an agreement) and, when the referensränta's next half-year starts by
/// the deadline, its new rate if it changes, or that it may change if the table does not have
/// it yet (räntelagen 9 §: the rate is fixed each half-year and may stay the same).
#[test]
fn the_interest_section_names_invoice_period_basis_and_rate_change() {
    // 1001: 12 500 kr due 2025-12-09; inkassokrav 2025-12-23 with 10 days: deadline after
    // 2026-01-01, but the referensränta is 2.00 % in both half-years: nothing to say.
    let c = claim(json!([]));
    let l = letter(
        &c,
        StepKind::CollectionDemand,
        d("2025-12-23"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    let s = section_of(&l, SectionId::Interest);
    assert!(s.lines[0]
        .label
        .sv
        .starts_with("Faktura 1001, 2025-12-10 – 2025-12-23: dröjsmålsränta "));
    assert_eq!(
        s.body.sv,
        "Dröjsmålsränta enligt räntelagen (1975:635) räknas på kapitalbeloppet från dagen efter förfallodagen och löper tills betalning sker; från 2025-12-24 är den 3,42\u{a0}kr per dag."
    );
    // Due 2025-05-30; inkassokrav 2025-06-24 with 10 days (deadline 2025-07-04): the
    // referensränta falls from 3.00 % to 2.00 % on 2025-07-01.
    let june = claim_of(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "5000.00", "issueDate": "2025-04-30", "dueDate": "2025-05-30" }]
    }));
    let l = letter(
        &june,
        StepKind::CollectionDemand,
        d("2025-06-24"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    let body = &section_of(&l, SectionId::Interest).body;
    assert!(
        body.sv.ends_with("; från 2025-06-25 är den 1,51\u{a0}kr per dag. Referensräntan ändras 2025-07-01 till 2,00\u{a0}%: dröjsmålsräntan blir då 10,00\u{a0}% enligt räntelagen."),
        "{}",
        body.sv
    );
    assert!(body.en.ends_with("; from 2025-06-25 it is SEK 1.51 a day. The reference rate changes on 2025-07-01 to 2.00%: late-payment interest is then 10.00% under räntelagen."), "{}", body.en);
    // On the last day of the half-year the interest of a day is already the new half-year's,
    // and the next change is half a year on: nothing more to say.
    let l = letter(
        &june,
        StepKind::CollectionDemand,
        d("2025-06-30"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    let body = &section_of(&l, SectionId::Interest).body;
    assert!(
        body.sv
            .ends_with("; från 2025-07-01 är den 1,37\u{a0}kr per dag."),
        "{}",
        body.sv
    );
    // A shorter term ends before the change: nothing said of it.
    let l = letter(
        &june,
        StepKind::CollectionDemand,
        d("2025-06-20"),
        8,
        &LetterOptions::default(),
    )
    .expect("letter");
    assert!(!section_of(&l, SectionId::Interest)
        .body
        .sv
        .contains("Referensräntan"));
    // Beyond the table (it ends with 2026-H2): it may change.
    let december = claim_of(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "5000.00", "issueDate": "2026-10-30", "dueDate": "2026-11-30" }]
    }));
    let l = letter(
        &december,
        StepKind::CollectionDemand,
        d("2026-12-22"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    assert!(section_of(&l, SectionId::Interest)
        .body
        .sv
        .ends_with("Referensräntan kan ändras 2027-01-01, och dröjsmålsräntan med den."));
    // Dated the table's last day: the interest of the next day waits for a referensränta not
    // published yet (not "0,00 kr").
    let l = letter(
        &december,
        StepKind::CollectionDemand,
        d("2026-12-31"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    let body = &section_of(&l, SectionId::Interest).body;
    assert!(
        body.sv.ends_with("; hur mycket den är per dag från 2027-01-01 beror på den referensränta som gäller från den dagen."),
        "{}",
        body.sv
    );
    // An agreed fixed rate: "enligt avtal", and no referensränta change matters.
    let agreed = claim_of(json!({
        "debtor": "consumer", "agreedRate": "18.00",
        "invoices": [{ "number": "1", "amount": "5000.00", "issueDate": "2025-11-09", "dueDate": "2025-12-09" }]
    }));
    let l = letter(
        &agreed,
        StepKind::CollectionDemand,
        d("2025-12-23"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    let body = &section_of(&l, SectionId::Interest).body;
    assert!(body
        .sv
        .starts_with("Dröjsmålsränta enligt avtal (räntelagen 1 § andra stycket)"));
    assert!(body.en.starts_with("Late-payment interest as agreed"));
    assert!(!body.sv.contains("Referensräntan ändras"));
    // One invoice at an agreed margin, one at the statutory rate: both named.
    let mixed = claim_of(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "1", "amount": "5000.00", "issueDate": "2025-11-09", "dueDate": "2025-12-09", "agreedMargin": "10" },
            { "number": "2", "amount": "5000.00", "issueDate": "2025-11-09", "dueDate": "2025-12-09" }
        ]
    }));
    let l = letter(
        &mixed,
        StepKind::CollectionDemand,
        d("2025-12-23"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    let body = &section_of(&l, SectionId::Interest).body;
    assert!(
        body.sv.starts_with("Dröjsmålsränta räknas på kapitalbeloppet från dagen efter förfallodagen och löper tills betalning sker, enligt avtal (räntelagen 1 § andra stycket) på faktura 1 och enligt räntelagen (1975:635) på faktura 2; från 2025-12-24 är den "),
        "{}",
        body.sv
    );
    assert!(body.en.starts_with("Late-payment interest runs on the capital from the day after the due date until payment, as agreed (räntelagen 1 § andra stycket) on invoice 1 and under räntelagen (1975:635) on invoice 2; from 2025-12-24 it is "), "{}", body.en);
    // Across 2026-07-01 (referensränta 2.00 → the table's 2.00: no change) nothing; an agreed
    // margin and the statutory rate each get their new rate when it changes (2025-07-01).
    let mixed_june = claim_of(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "1", "amount": "5000.00", "issueDate": "2025-04-30", "dueDate": "2025-05-30", "agreedMargin": "10" },
            { "number": "2", "amount": "5000.00", "issueDate": "2025-04-30", "dueDate": "2025-05-30" },
            { "number": "3", "amount": "5000.00", "issueDate": "2025-04-30", "dueDate": "2025-05-30", "agreedRate": "15" }
        ]
    }));
    let l = letter(
        &mixed_june,
        StepKind::CollectionDemand,
        d("2025-06-24"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    let body = &section_of(&l, SectionId::Interest).body;
    assert!(
        body.sv.ends_with("Referensräntan ändras 2025-07-01 till 2,00\u{a0}%: dröjsmålsräntan blir då 12,00\u{a0}% enligt avtal och 10,00\u{a0}% enligt räntelagen. En avtalad fast ränta ändras inte."),
        "{}",
        body.sv
    );
    assert!(body.sv.contains("enligt avtal (räntelagen 1 § andra stycket) på fakturorna 1 och 3 och enligt räntelagen (1975:635) på faktura 2"), "{}", body.sv);
    // An agreed rate of 0 %: no interest runs.
    let free = claim_of(json!({
        "debtor": "consumer", "agreedRate": "0",
        "invoices": [{ "number": "1", "amount": "5000.00", "issueDate": "2025-11-09", "dueDate": "2025-12-09" }]
    }));
    let l = letter(
        &free,
        StepKind::CollectionDemand,
        d("2025-12-23"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    assert_eq!(
        section_of(&l, SectionId::Interest).body.sv,
        "Enligt avtal löper ingen dröjsmålsränta (0,00 %)."
    );
    // Invoice 1 at an agreed rate paid in full before the letter: only the statutory interest
    // is on it.
    let paid_agreed = claim_of(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "1", "amount": "5000.00", "issueDate": "2025-11-09", "dueDate": "2025-11-20", "agreedRate": "20" },
            { "number": "2", "amount": "5000.00", "issueDate": "2025-11-09", "dueDate": "2025-12-09" }
        ],
        "payments": [{ "date": "2025-11-20", "amount": "5000.00" }]
    }));
    let l = letter(
        &paid_agreed,
        StepKind::CollectionDemand,
        d("2025-12-23"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    let body = &section_of(&l, SectionId::Interest).body;
    assert!(
        body.sv
            .starts_with("Dröjsmålsränta enligt räntelagen (1975:635)"),
        "{}",
        body.sv
    );
}

/// A due date moved off a day off names the day: a Saturday is not a helgdag (lag 1930:173
/// lists them apart), and a named day by its name.
#[test]
fn a_moved_due_date_names_the_day_off() {
    for (due, sv, en) in [
        (
            "2025-05-31",
            "som infaller på en lördag och därför flyttas till 2025-06-02",
            "a Saturday, so moved to 2025-06-02",
        ),
        (
            "2025-06-01",
            "som infaller på en söndag och därför flyttas till 2025-06-02",
            "a Sunday, so moved to 2025-06-02",
        ),
        (
            "2025-06-20",
            "som infaller på midsommarafton och därför flyttas till 2025-06-23",
            "Midsummer Eve (midsommarafton), so moved to 2025-06-23",
        ),
        (
            "2025-12-24",
            "som infaller på julafton och därför flyttas till 2025-12-29",
            "Christmas Eve (julafton), so moved to 2025-12-29",
        ),
    ] {
        let c = claim_of(json!({
            "debtor": "consumer",
            "invoices": [{ "number": "1", "amount": "1000.00", "issueDate": "2025-04-01", "dueDate": due }]
        }));
        let l = letter(
            &c,
            StepKind::Reminder,
            d("2026-01-15"),
            10,
            &LetterOptions::default(),
        )
        .expect("letter");
        let line = &section_of(&l, SectionId::Claim).lines[0].label;
        assert!(line.sv.contains(sv), "{due}: {}", line.sv);
        assert!(line.en.contains(en), "{due}: {}", line.en);
    }
}

/// The first entry of `kind` in the timeline of `claim` under `preset` from `today`.
fn timeline_entry(
    claim: &Claim,
    preset: inkasso::policy::PresetId,
    today: &str,
    kind: inkasso::timeline::EntryKind,
) -> inkasso::timeline::Entry {
    entry_under(claim, &inkasso::policy::Policy::preset(preset), today, kind)
}

/// The first timeline entry of `kind` under `policy`, today `today`.
fn entry_under(
    claim: &Claim,
    policy: &inkasso::policy::Policy,
    today: &str,
    kind: inkasso::timeline::EntryKind,
) -> inkasso::timeline::Entry {
    inkasso::timeline::timeline(
        claim,
        policy,
        &inkasso::timeline::TimelineOptions {
            today: Some(d(today)),
            ..Default::default()
        },
    )
    .expect("timeline")
    .entries
    .into_iter()
    .find(|e| e.kind == kind)
    .expect("an entry of the kind")
}

/// The letter, the timeline and the check agree on one inkassokrav: recorded as a step with
/// the term the letter reports, its deadline is the letter's, and `check` finds its term
/// lawful.
#[test]
fn a_letter_recorded_as_a_step_keeps_its_deadline_everywhere() {
    let c = claim(json!([]));
    let l = letter(
        &c,
        StepKind::CollectionDemand,
        d("2025-12-19"),
        8,
        &LetterOptions::default(),
    )
    .expect("letter");
    assert_eq!(l.deadline, d("2026-01-05"));
    assert_eq!(l.payment_term_days, 17);
    let recorded = claim(json!([
        { "kind": "collectionDemand", "date": "2025-12-19", "paymentTermDays": l.payment_term_days }
    ]));
    let findings = inkasso::compliance::check(&recorded, None).expect("check");
    assert!(
        findings
            .iter()
            .all(|f| f.code != inkasso::compliance::FindingCode::CollectionTermTooShort),
        "{findings:?}"
    );
    let demand = timeline_entry(
        &recorded,
        inkasso::policy::PresetId::Standard,
        "2025-12-20",
        inkasso::timeline::EntryKind::CollectionDemand,
    );
    assert_eq!(demand.deadline, Some(l.deadline));
}

/// A description is shown trimmed, in parentheses (a full stop of its own reads well there).
#[test]
fn a_description_is_shown_trimmed_in_parentheses() {
    let c = claim_of(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "N1", "amount": "1000.00", "issueDate": "2025-11-03", "dueDate": "2025-12-03",
            "description": "  Reparation av tak.  " }]
    }));
    let l = letter(
        &c,
        StepKind::CollectionDemand,
        d("2025-12-16"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    let line = &section_of(&l, SectionId::Claim).lines[0].label;
    assert!(
        line.sv
            .starts_with("Faktura N1 (avser: Reparation av tak.), fakturadatum"),
        "{}",
        line.sv
    );
    assert!(
        line.en
            .starts_with("Invoice N1 (for: Reparation av tak.), dated"),
        "{}",
        line.en
    );
}

/// The rates a letter announces are those `statement` charges: never below 0 % (räntelagen has
/// no negative dröjsmålsränta; an agreed margin is floored the same way), and a change only
/// when a rate changes, over every half-year up to the deadline.
#[test]
fn announced_rates_are_the_rates_charged() {
    let of = |margin: Option<&str>, issue: &str, due: &str| {
        let mut invoice =
            json!({ "number": "1", "amount": "5000.00", "issueDate": issue, "dueDate": due });
        if let Some(m) = margin {
            invoice["agreedMargin"] = json!(m);
        }
        claim_of(json!({ "debtor": "consumer", "invoices": [invoice] }))
    };
    let body = |c: &Claim, kind: StepKind, date: &str, days: u32| {
        let l = letter(c, kind, d(date), days, &LetterOptions::default()).expect("letter");
        section_of(&l, SectionId::Interest).body.clone()
    };
    // 2016-07-01: referensränta 0.00 → −0.50. Margin 0.25: 0.25 % → 0 %, not −0.25 %.
    let b = body(
        &of(Some("0.25"), "2016-04-30", "2016-05-31"),
        StepKind::CollectionDemand,
        "2016-06-24",
        10,
    );
    assert!(
        b.sv.ends_with("Referensräntan ändras 2016-07-01 till \u{2212}0,50\u{a0}%: dröjsmålsräntan blir då 0,00\u{a0}% enligt avtal."),
        "{}",
        b.sv
    );
    // Margin 0: 0 % before and after: no change to announce.
    let b = body(
        &of(Some("0"), "2016-04-30", "2016-05-31"),
        StepKind::CollectionDemand,
        "2016-06-24",
        10,
    );
    assert!(!b.sv.contains("Referensräntan"), "{}", b.sv);
    // A reminder of 2021-12-20 with 200 days (deadline 2022-07-08): nothing changes on
    // 2022-01-01 (0.00 → 0.00), 2022-07-01 does (0.50: 8.50 %).
    let b = body(
        &of(None, "2021-10-01", "2021-11-30"),
        StepKind::Reminder,
        "2021-12-20",
        200,
    );
    assert!(
        b.sv.ends_with("; från 2021-12-21 är den 1,10\u{a0}kr per dag. Referensräntan ändras 2022-07-01 till 0,50\u{a0}%: dröjsmålsräntan blir då 8,50\u{a0}% enligt räntelagen."),
        "{}",
        b.sv
    );
}

/// Invoice numbers and descriptions are written into the letter's lines and sentences: one
/// line each, no bidirectional controls, no placeholder braces; a description only of
/// invisible characters is blank.
#[test]
fn numbers_and_descriptions_stay_on_one_line() {
    for (number, description, code, field) in [
        (
            "{paymentAccount}",
            None,
            ErrorCode::InvalidInvoiceNumber,
            "invoices[0].number",
        ),
        (
            "B\n2",
            None,
            ErrorCode::InvalidInvoiceNumber,
            "invoices[0].number",
        ),
        (
            "B\u{2028}2",
            None,
            ErrorCode::InvalidInvoiceNumber,
            "invoices[0].number",
        ),
        (
            "1",
            Some("Hyra \u{202e}juni"),
            ErrorCode::InvalidDescription,
            "invoices[0].description",
        ),
        (
            "1",
            Some("Hyra\u{2029}juni"),
            ErrorCode::InvalidDescription,
            "invoices[0].description",
        ),
        (
            "F\u{200f}-12",
            None,
            ErrorCode::InvalidInvoiceNumber,
            "invoices[0].number",
        ),
        (
            "F\u{200e}12",
            None,
            ErrorCode::InvalidInvoiceNumber,
            "invoices[0].number",
        ),
        (
            "1",
            Some("Hyra \u{061c}juni"),
            ErrorCode::InvalidDescription,
            "invoices[0].description",
        ),
        (
            "1",
            Some("\u{2066}\u{2069}"),
            ErrorCode::InvalidDescription,
            "invoices[0].description",
        ),
        (
            "1",
            Some("\u{3164}\u{2800}\u{fe0f}"),
            ErrorCode::InvalidDescription,
            "invoices[0].description",
        ),
    ] {
        let mut invoice = json!({ "number": number, "amount": "10.00", "issueDate": "2025-01-01" });
        if let Some(text) = description {
            invoice["description"] = json!(text);
        }
        let e = read::<ClaimInput, _>(json!({ "debtor": "consumer", "invoices": [invoice] }))
            .and_then(ClaimInput::into_claim)
            .expect_err("refused");
        assert_eq!(
            (e.code(), e.field()),
            (code, Some(field)),
            "{number:?} {description:?}"
        );
    }
    // A number only of invisible characters is blank.
    for number in ["\u{200b}", "\u{ad}", "\u{3164}", "\u{61c}"] {
        let e = read::<ClaimInput, _>(json!({ "debtor": "consumer",
            "invoices": [{ "number": number, "amount": "10.00", "issueDate": "2025-01-01" }] }))
        .and_then(ClaimInput::into_claim)
        .expect_err("blank");
        assert_eq!(e.code(), ErrorCode::InvalidInvoiceNumber, "{number:?}");
    }
    // Spaces or invisible characters around a number would make " 1001" and "1001" two
    // invoices that look like one.
    for number in [
        " 1001",
        "1001 ",
        "1001\u{a0}",
        "\u{feff}1001",
        "1001\u{200b}",
        "\u{3000}F-1",
    ] {
        let e = read::<ClaimInput, _>(json!({ "debtor": "consumer",
            "invoices": [{ "number": number, "amount": "10.00", "issueDate": "2025-01-01" }] }))
        .and_then(ClaimInput::into_claim)
        .expect_err("surrounded");
        assert_eq!(
            (e.code(), e.field(), e.message()),
            (
                ErrorCode::InvalidInvoiceNumber,
                Some("invoices[0].number"),
                "an invoice number must not begin or end with a space or an invisible character"
            ),
            "{number:?}"
        );
    }
    // Nor inside it: "10\u{200b}01" and "1001" would be two invoices printed alike (a red
    // team found a zero-width space, a soft hyphen and a word joiner accepted).
    for number in [
        "10\u{200b}01",
        "10\u{ad}01",
        "10\u{2060}01",
        "10\u{a0}01",
        "A\u{3000}1",
    ] {
        let e = read::<ClaimInput, _>(json!({ "debtor": "consumer",
            "invoices": [{ "number": number, "amount": "10.00", "issueDate": "2025-01-01" }] }))
        .and_then(ClaimInput::into_claim)
        .expect_err("invisible inside");
        assert_eq!(
            (e.code(), e.field()),
            (ErrorCode::InvalidInvoiceNumber, Some("invoices[0].number")),
            "{number:?}"
        );
        assert!(
            e.message().contains("invisible character"),
            "{}",
            e.message()
        );
    }
    // Ordinary numbers stay valid, spaces inside them too.
    for number in ["2025-118", "F/12 (kopia)", "Nr 7 – äldre", "INV#001", "A 1"] {
        read::<ClaimInput, _>(json!({ "debtor": "consumer",
            "invoices": [{ "number": number, "amount": "10.00", "issueDate": "2025-01-01" }] }))
        .and_then(ClaimInput::into_claim)
        .expect(number);
    }
}

#[test]
fn a_letter_lists_at_most_a_thousand_interest_lines() {
    // Every part payment splits every invoice's interest: 30 invoices and 60 part payments
    // need more lines than a letter lists; 5 invoices do not.
    let of = |invoices: usize| {
        let invoices: Vec<_> = (0..invoices)
            .map(|i| json!({ "number": format!("F{i}"), "amount": "1000.00", "issueDate": "2015-01-01", "dueDate": "2015-01-31" }))
            .collect();
        let payments: Vec<_> = (0..60)
            .map(|i| json!({ "date": format!("2015-{:02}-{:02}", 3 + i / 28, 1 + i % 28), "amount": "1.00" }))
            .collect();
        inkasso::input::read::<inkasso::input::ClaimInput, _>(json!({
            "debtor": "business",
            "invoices": invoices,
            "payments": payments
        }))
        .and_then(inkasso::input::ClaimInput::into_claim)
        .expect("claim")
    };
    let date = inkasso::calendar::parse_date("2017-10-16").expect("date");
    let options = inkasso::letter::LetterOptions::default();
    let many = of(30);
    let lines = inkasso::statement(&many, &inkasso::StatementOptions::new(date))
        .expect("statement")
        .interest_lines
        .len();
    assert!(lines > inkasso::letter::MAX_INTEREST_LINES, "{lines}");
    let e = inkasso::letter::letter(&many, inkasso::StepKind::Reminder, date, 10, &options)
        .expect_err("too many lines");
    assert_eq!(
        (e.code().as_str(), e.field()),
        ("TOO_MANY_ITEMS", Some("invoices"))
    );
    assert!(
        inkasso::letter::letter(&of(5), inkasso::StepKind::Reminder, date, 10, &options).is_ok()
    );
    // Was a defect (a review of stop 54): a letter that may not be sent at all was refused as
    // too long, with advice to split it. Time-barred (a business debt: ten years), it is
    // TIME_BARRED; disputed, CLAIM_DISPUTED.
    let late = inkasso::calendar::parse_date("2025-03-03").expect("date");
    let e = inkasso::letter::letter(&many, inkasso::StepKind::Reminder, late, 10, &options)
        .expect_err("time-barred");
    assert_eq!(
        (e.code().as_str(), e.field()),
        ("TIME_BARRED", Some("date"))
    );
    let mut disputed = many.clone();
    disputed.steps.push(inkasso::Step::new(
        inkasso::StepKind::Dispute,
        inkasso::calendar::parse_date("2017-10-01").expect("date"),
    ));
    let e = inkasso::letter::letter(&disputed, inkasso::StepKind::Reminder, date, 10, &options)
        .expect_err("disputed");
    assert_eq!(e.code().as_str(), "CLAIM_DISPUTED");
}

/// The amounts section shows what credit notes took off each invoice, so that invoiced −
/// credited − capital paid is the capital outstanding line by line.
#[test]
fn the_amounts_section_shows_each_invoice_credited() {
    let c = read::<ClaimInput, _>(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "1", "amount": "1000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31", "description": "Hyra januari" },
            { "number": "2", "amount": "500.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31", "description": "Hyra februari" }
        ],
        "credits": [
            { "invoice": "2", "date": "2025-02-10", "amount": "300.00" },
            { "invoice": "2", "date": "2025-02-12", "amount": "200.00" },
            { "invoice": "1", "date": "2025-02-20", "amount": "100.00" }
        ],
        "payments": [{ "date": "2025-02-15", "amount": "200.00" }]
    }))
    .and_then(ClaimInput::into_claim)
    .expect("claim");
    let l = letter(
        &c,
        StepKind::CollectionDemand,
        d("2025-03-03"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    let amounts = l
        .sections
        .iter()
        .find(|s| s.id == SectionId::Amounts)
        .expect("amounts");
    let lines: Vec<(String, String)> = amounts
        .lines
        .iter()
        .map(|line| (line.label.sv.clone(), line.amount.to_string()))
        .collect();
    let find = |label: &str| {
        lines
            .iter()
            .find(|(l, _)| l == label)
            .map(|(_, a)| a.clone())
            .unwrap_or_else(|| panic!("{label}: {lines:?}"))
    };
    assert_eq!(find("Faktura 1: fakturerat kapitalbelopp"), "1000.00");
    assert_eq!(find("Faktura 1: krediterat kapitalbelopp"), "100.00");
    assert_eq!(find("Faktura 2: krediterat kapitalbelopp"), "500.00");
    // Invoiced − credited − paid to capital = outstanding; invoice 2 has nothing outstanding.
    let m = |label: &str| inkasso::Money::parse(&find(label)).expect("amount");
    let outstanding = m("Faktura 1: fakturerat kapitalbelopp")
        .checked_sub(m("Faktura 1: krediterat kapitalbelopp"))
        .and_then(|x| x.checked_sub(m("varav till kapital")))
        .expect("difference");
    assert_eq!(m("Faktura 1: kvarstående kapitalbelopp"), outstanding);
    assert!(lines
        .iter()
        .all(|(l, _)| l != "Faktura 2: kvarstående kapitalbelopp"));
    let en = &amounts
        .lines
        .iter()
        .find(|line| line.label.sv == "Faktura 2: krediterat kapitalbelopp")
        .expect("line")
        .label
        .en;
    assert_eq!(en, "Invoice 2: capital credited");
}

/// An inkassokrav's consequences follow the stage the history has reached: before
/// The body of section `id` of an inkassokrav of 2026-06-01 (10 days to pay) for a claim
/// with `steps`.
fn demand_section(steps: serde_json::Value, id: SectionId) -> inkasso::text::Text {
    let l = letter(
        &claim(steps),
        StepKind::CollectionDemand,
        d("2026-06-01"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    l.sections
        .iter()
        .find(|s| s.id == id)
        .expect("the section")
        .body
        .clone()
}

/// Kronofogden, the betalningsföreläggande and its costs; after one, what comes next, never
/// its costs again (they are on the bill already).
#[test]
fn the_consequences_follow_the_stage_the_claim_has_reached() {
    let consequences = |steps| demand_section(steps, SectionId::Consequences);
    let before = consequences(json!([]));
    assert!(
        before.sv.contains("ansöka om betalningsföreläggande"),
        "{}",
        before.sv
    );
    assert!(
        before.sv.contains("(300\u{a0}kr och 380\u{a0}kr)"),
        "{}",
        before.sv
    );
    let ordered = consequences(json!([
        { "kind": "collectionDemand", "date": "2025-12-15" },
        { "kind": "paymentOrder", "date": "2026-01-20" }
    ]));
    assert!(
        ordered.sv.starts_with(
            "Borgenären har ansökt om betalningsföreläggande hos Kronofogden 2026-01-20."
        ),
        "{}",
        ordered.sv
    );
    assert!(!ordered.sv.contains("380"), "{}", ordered.sv);
    let enforced = consequences(json!([
        { "kind": "collectionDemand", "date": "2025-12-15" },
        { "kind": "paymentOrder", "date": "2026-01-20" },
        { "kind": "enforcement", "date": "2026-03-10" }
    ]));
    assert!(
        enforced
            .sv
            .contains("Sedan 2026-03-10 drivs fordran helt eller delvis in genom verkställighet hos Kronofogden."),
        "{}",
        enforced.sv
    );
    assert!(
        enforced.en.contains(
            "has been, in whole or in part, under enforcement at Kronofogden since 2026-03-10"
        ),
        "{}",
        enforced.en
    );
    // A further year recorded as one renews the verkställighet of 2026-03-10: the claim has
    // been under enforcement since then, not since the renewal (read as an application of its
    // own without the mark, as before).
    let renewed = |further_year: bool| {
        consequences(json!([
            { "kind": "collectionDemand", "date": "2025-12-15" },
            { "kind": "paymentOrder", "date": "2026-01-20" },
            { "kind": "enforcement", "date": "2026-03-10" },
            { "kind": "enforcement", "date": "2026-05-20", "furtherYear": further_year }
        ]))
        .en
    };
    assert!(renewed(true).contains("under enforcement at Kronofogden since 2026-03-10"));
    assert!(renewed(false).contains("under enforcement at Kronofogden since 2026-05-20"));
    // In court the court's fee is already in the amount: only the litigation costs are to come
    // (the diff review found "också … tingsrättens avgift" beside a total holding it).
    let sued = consequences(json!([{ "kind": "courtAction", "date": "2026-01-20" }]));
    assert!(
        sued.sv.ends_with(
            "Med en dom kan du också bli skyldig att betala borgenärens rättegångskostnader."
        ) && !sued.sv.contains("tingsrättens avgift"),
        "{}",
        sued.sv
    );
    let judged = consequences(json!([
        { "kind": "courtAction", "date": "2026-01-20" },
        { "kind": "judgment", "date": "2026-04-01" }
    ]));
    // After a stämningsansökan the title is a dom (a review of letters, stop 66: named "en dom
    // eller ett utslag" where the history said which).
    assert!(
        judged
            .sv
            .starts_with("Det finns en dom om skulden från 2026-04-01."),
        "{}",
        judged.sv
    );
    let decided = consequences(json!([
        { "kind": "paymentOrder", "date": "2026-01-20" },
        { "kind": "judgment", "date": "2026-03-02" }
    ]));
    assert!(
        decided
            .sv
            .starts_with("Det finns ett utslag från Kronofogden om skulden från 2026-03-02."),
        "{}",
        decided.sv
    );
    // Nothing recorded says which: both named.
    let unknown = consequences(json!([{ "kind": "judgment", "date": "2026-03-02" }]));
    assert!(
        unknown
            .sv
            .starts_with("Det finns en dom eller ett utslag om skulden från 2026-03-02."),
        "{}",
        unknown.sv
    );
    let sued = consequences(json!([{ "kind": "courtAction", "date": "2026-01-20" }]));
    assert!(
        sued.sv
            .starts_with("Borgenären har väckt talan vid tingsrätten 2026-01-20."),
        "{}",
        sued.sv
    );
}

/// A business debtor is told that, for a legal person, the application for a
/// betalningsföreläggande itself can lead to a betalningsanmärkning (credit reference practice:
/// for a private person only the utslag does), while that application is still to come or
/// pending; a consumer is not, and nor is a business once a title or a court has the claim.
#[test]
fn a_business_debtor_is_told_the_application_itself_can_be_a_payment_remark() {
    let consequences = |debtor: &str, steps: serde_json::Value| {
        let c = read::<ClaimInput, _>(json!({
            "debtor": debtor,
            "invoices": [
                { "number": "1001", "amount": "12500.00", "issueDate": "2025-11-09", "dueDate": "2025-12-09" }
            ],
            "steps": steps
        }))
        .and_then(ClaimInput::into_claim)
        .expect("claim");
        letter(
            &c,
            StepKind::CollectionDemand,
            d("2026-06-01"),
            10,
            &LetterOptions::default(),
        )
        .expect("letter")
        .sections
        .into_iter()
        .find(|s| s.id == SectionId::Consequences)
        .expect("the section")
        .body
    };
    // Said after the costs, whose "då" is the utslag's (a diff review: put before them, it
    // read as if the remark added them).
    let before = consequences("business", json!([]));
    assert!(
        before.sv.ends_with(
            "läggs då till skulden. För ett aktiebolag eller en annan juridisk person kan redan en ansökan om betalningsföreläggande leda till en betalningsanmärkning."
        ),
        "{}",
        before.sv
    );
    assert!(
        before.en.ends_with(
            "are then added to the debt. For a limited company or another legal person, an application for a payment order can itself lead to a payment remark."
        ),
        "{}",
        before.en
    );
    let pending = consequences(
        "business",
        json!([
            { "kind": "collectionDemand", "date": "2025-12-15" },
            { "kind": "paymentOrder", "date": "2026-01-20" }
        ]),
    );
    assert!(
        pending.sv.contains(
            "läggs då till skulden. För ett aktiebolag eller en annan juridisk person kan ansökan redan ha lett till en betalningsanmärkning. Bestrider du ansökan"
        ),
        "{}",
        pending.sv
    );
    // With the claim's one betalningsföreläggande fee on the bill already (no costs named).
    use inkasso::text::letter::{consequences as texts_consequences, Stage};
    let (_, charged) = texts_consequences(d("2026-06-12"), Stage::Letters, true, true, true);
    assert!(
        charged.sv.ends_with(
            "och ett utslag kan leda till en betalningsanmärkning. För ett aktiebolag eller en annan juridisk person kan redan en ansökan om betalningsföreläggande leda till en betalningsanmärkning."
        ),
        "{}",
        charged.sv
    );
    let (_, consumer) = texts_consequences(d("2026-06-12"), Stage::Letters, true, false, true);
    assert!(
        consumer
            .sv
            .ends_with("och ett utslag kan leda till en betalningsanmärkning."),
        "{}",
        consumer.sv
    );
    for (debtor, steps) in [
        ("consumer", json!([])),
        (
            "consumer",
            json!([
                { "kind": "collectionDemand", "date": "2025-12-15" },
                { "kind": "paymentOrder", "date": "2026-01-20" }
            ]),
        ),
        ("public", json!([])),
        (
            "business",
            json!([
                { "kind": "collectionDemand", "date": "2025-12-15" },
                { "kind": "paymentOrder", "date": "2026-01-20" },
                { "kind": "enforcement", "date": "2026-03-10" }
            ]),
        ),
        (
            "business",
            json!([{ "kind": "courtAction", "date": "2026-01-20" }]),
        ),
    ] {
        let body = consequences(debtor, steps.clone());
        assert!(
            !body.sv.contains("juridisk person") && !body.en.contains("legal person"),
            "{debtor} {steps}: {}",
            body.sv
        );
    }
}

/// A warning about the letter's own step (not in the caller's claim) names no field.
#[test]
fn a_warning_about_the_letter_itself_names_no_field() {
    let c = read::<ClaimInput, _>(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "1000.00", "issueDate": "2025-01-02", "dueDate": "2025-02-03" }]
    }))
    .and_then(ClaimInput::into_claim)
    .expect("claim");
    let l = letter(
        &c,
        StepKind::Reminder,
        d("2025-02-10"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    let w = l
        .warnings
        .iter()
        .find(|w| w.code == inkasso::warning::WarningCode::ReminderFeeNotAgreed)
        .expect("the reminder fee not agreed");
    assert_eq!(w.subject.field(), None);
}

/// A credit note beyond what its invoice still owed is owed back, not set off: the letter says
/// so beside its total, and the invoice paid and then credited reads as both. Was: nothing in
/// the letter's texts or lines named the 300 kr, and invoice 1 read "Betald".
#[test]
fn a_credit_owed_back_is_shown_beside_the_total() {
    let c = claim_of(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "1", "amount": "1000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "2", "amount": "400.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" }
        ],
        "payments": [{ "date": "2025-02-01", "amount": "800" }],
        "credits": [{ "invoice": "1", "date": "2025-03-01", "amount": "500" }]
    }));
    let l = letter(
        &c,
        StepKind::CollectionDemand,
        d("2025-03-10"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    let amounts = l
        .sections
        .iter()
        .find(|s| s.id == SectionId::Amounts)
        .expect("amounts");
    let owed_back: Vec<_> = amounts
        .lines
        .iter()
        .filter(|line| line.label.en.starts_with("Credited beyond"))
        .map(|line| Some(line.amount.to_string()))
        .collect();
    assert_eq!(owed_back, vec![Some("300.00".to_owned())]);
    let claim_lines = l
        .sections
        .iter()
        .find(|s| s.id == SectionId::Claim)
        .expect("claim section");
    let first = claim_lines
        .lines
        .first()
        .expect("invoice 1")
        .label
        .sv
        .clone();
    assert!(
        first.ends_with(". Delvis betald och delvis krediterad: inget kapital återstår."),
        "{first}"
    );
    // Without a credit beyond the capital, no such line.
    let plain = claim_of(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "1000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" }],
        "payments": [{ "date": "2025-03-01", "amount": "1500" }]
    }));
    let l = letter(
        &plain,
        StepKind::Reminder,
        d("2025-02-20"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    assert!(l
        .sections
        .iter()
        .flat_map(|s| &s.lines)
        .all(|line| !line.label.en.starts_with("Credited beyond")));
}

/// No letter while a dispute stands: a disputed claim is taken to court, not demanded again
/// (god inkassosed; Inkassonämnden 340/2022). A legal review found an inkassokrav previewed
/// after a recorded `dispute`, with no warning. A judgment or verkställighet decides the
/// dispute, a dispute after a judgment disputes nothing, and a letter before the dispute is
/// not concerned.
#[test]
fn no_letter_while_a_dispute_stands() {
    let with_steps = |steps: serde_json::Value| {
        claim_of(json!({
            "debtor": "consumer",
            "invoices": [{ "number": "1", "amount": "1000.00", "issueDate": "2025-05-02", "dueDate": "2025-06-02" }],
            "steps": steps
        }))
    };
    let demand = json!({ "kind": "collectionDemand", "date": "2025-06-10", "paymentTermDays": 10 });
    let dispute = json!({ "kind": "dispute", "date": "2025-06-24" });
    let outcome = |c: &Claim, kind: StepKind, date: &str| {
        letter(c, kind, d(date), 10, &LetterOptions::default())
            .map(|_| ())
            .map_err(|e| {
                (
                    e.code().as_str(),
                    e.field().map(str::to_owned),
                    e.message().to_owned(),
                )
            })
    };
    let disputed = with_steps(json!([demand, dispute]));
    for kind in [StepKind::Reminder, StepKind::CollectionDemand] {
        for date in ["2025-06-24", "2025-07-01", "2026-03-01"] {
            let (code, field, message) = outcome(&disputed, kind, date).expect_err("refused");
            assert_eq!(
                (code, field.as_deref()),
                ("CLAIM_DISPUTED", Some("date")),
                "{date}"
            );
            assert!(
                message.contains("the debtor disputed the claim on 2025-06-24"),
                "{message}"
            );
        }
        // Before the dispute, nothing stands in the way.
        assert_eq!(outcome(&disputed, kind, "2025-06-23"), Ok(()));
    }
    assert_eq!(
        outcome(&disputed, StepKind::CollectionDemand, "2025-07-01")
            .expect_err("refused")
            .2,
        "an inkassokrav dated 2025-07-01: the debtor disputed the claim on 2025-06-24 and no \
         judgment has decided all of it since; a disputed claim is taken to court (god inkassosed), not \
         demanded again"
    );
    // Decided by a judgment (or a verkställighet on a title), the claim may be demanded again;
    // a dispute after the judgment disputes nothing.
    for steps in [
        json!([demand, dispute, { "kind": "courtAction", "date": "2025-08-01" }, { "kind": "judgment", "date": "2025-11-03" }]),
        json!([demand, { "kind": "judgment", "date": "2025-06-20" }, dispute]),
        json!([demand, dispute, { "kind": "enforcement", "date": "2025-09-01" }]),
    ] {
        let c = with_steps(steps.clone());
        assert_eq!(
            outcome(&c, StepKind::CollectionDemand, "2026-01-12"),
            Ok(()),
            "{steps}"
        );
    }
    // A court action pending without a dispute recorded: the letter says the court tries it.
    let sued = with_steps(json!([demand, { "kind": "courtAction", "date": "2025-08-01" }]));
    assert_eq!(
        outcome(&sued, StepKind::CollectionDemand, "2025-09-01"),
        Ok(())
    );
}

#[test]
fn the_objection_section_follows_the_stage_the_claim_has_reached() {
    // A Swedish-law review: the objection section said an objection keeps the claim from
    // Kronofogden even when a betalningsföreläggande was pending or a dom, an utslag or a
    // verkställighet had settled the claim.
    let objection = |steps| demand_section(steps, SectionId::Objection);
    let demand = json!({ "kind": "collectionDemand", "date": "2025-12-15" });
    let order = json!({ "kind": "paymentOrder", "date": "2026-01-20" });
    let cases = [
        (json!([]), "lämnas inte till Kronofogden för betalningsföreläggande"),
        (json!([demand, order]), "Ansökan om betalningsföreläggande gjordes 2026-01-20: har Kronofogden inte meddelat utslag, ska du också bestrida ansökan hos Kronofogden"),
        (
            json!([demand, { "kind": "courtAction", "date": "2026-02-01" }]),
            "Fordran prövas av tingsrätten sedan 2026-02-01",
        ),
        (
            json!([demand, order, { "kind": "judgment", "date": "2026-03-02" }]),
            // Only within the time the title states (a review of letters, stop 66: seven months
            // on, the letter still invited an appeal), and the title named as the history says:
            // an undisputed betalningsföreläggande ends in an utslag.
            "Fordran är fastställd genom Kronofogdens utslag 2026-03-02. Utslaget kan angripas bara inom den tid som anges i det, genom ansökan om återvinning; har den tiden gått ut står utslaget fast.",
        ),
        (
            json!([demand, order, { "kind": "dispute", "date": "2026-02-01" }, { "kind": "judgment", "date": "2026-04-02" }]),
            // Disputed, it went to the tingsrätt: a dom.
            "Fordran är fastställd genom dom 2026-04-02. Domen kan angripas bara inom den tid som anges i den, genom att den överklagas (eller, för en tredskodom, genom ansökan om återvinning); har den tiden gått ut står domen fast.",
        ),
        (
            json!([demand, { "kind": "judgment", "date": "2026-03-02" }]),
            "Fordran är fastställd genom dom eller utslag 2026-03-02. Avgörandet kan angripas bara inom den tid som anges i det, genom att domen överklagas eller genom ansökan om återvinning av utslaget; har den tiden gått ut står avgörandet fast.",
        ),
        (
            json!([demand, order, { "kind": "judgment", "date": "2026-03-02" }, { "kind": "enforcement", "date": "2026-03-10" }]),
            // On that utslag (stop 67: named as the history says).
            "Sedan 2026-03-10 drivs fordran helt eller delvis in genom verkställighet, på grund av ett utslag från Kronofogden",
        ),
    ];
    for (steps, want) in cases {
        let body = objection(steps.clone());
        assert!(body.sv.contains(want), "{steps}: {}", body.sv);
        assert!(body.sv.contains("{objectionContact}") && body.en.contains("{objectionContact}"));
        let pending_or_title = steps.as_array().is_some_and(|s| !s.is_empty());
        assert_eq!(
            body.sv.contains("lämnas inte till Kronofogden"),
            !pending_or_title,
            "{steps}: {}",
            body.sv
        );
    }
}

#[test]
fn a_credit_note_beyond_the_capital_is_counted_once() {
    // A differential review: invoice A (100 kr) was paid 60 kr on 2025-01-10, then credited
    // 100 kr on 2025-02-10. The credit cancels the 40 kr left and 60 kr is owed back. The
    // letter said A was credited 100 kr (and paid nothing) besides the 60 kr owed back: 160 kr
    // of credit from one note of 100.
    let c = claim_of(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "100", "issueDate": "2025-01-01", "dueDate": "2025-01-31" },
            { "number": "B", "amount": "500", "issueDate": "2025-01-01", "dueDate": "2025-01-31" }
        ],
        "payments": [{ "date": "2025-01-10", "amount": "60" }],
        "credits": [{ "invoice": "A", "date": "2025-02-10", "amount": "100" }]
    }));
    let l = letter(
        &c,
        StepKind::Reminder,
        d("2025-03-01"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    let a = &l.breakdown.invoices[0];
    assert_eq!(
        (
            a.credited.to_string(),
            a.capital_paid.to_string(),
            a.capital.to_string()
        ),
        ("40.00".to_owned(), "60.00".to_owned(), "0.00".to_owned())
    );
    let paid: Vec<String> = l
        .breakdown
        .invoices
        .iter()
        .map(|i| i.capital_paid.to_string())
        .collect();
    assert_eq!(paid, ["60.00", "0.00"]);
    let amounts = l
        .sections
        .iter()
        .find(|s| s.id == SectionId::Amounts)
        .expect("amounts");
    let lines: Vec<(String, String)> = amounts
        .lines
        .iter()
        .map(|line| (line.label.en.clone(), line.amount.to_string()))
        .collect();
    assert!(
        lines.contains(&("Invoice A: capital credited".to_owned(), "40.00".to_owned())),
        "{lines:?}"
    );
    assert!(
        lines
            .iter()
            .any(|(label, amount)| label.starts_with("Credited beyond") && amount == "60.00"),
        "{lines:?}"
    );
}

/// The payment section says interest runs until payment only when some does: not for an agreed
/// 0 % (the text review found "Enligt avtal löper ingen dröjsmålsränta (0,00 %)" beside "Räntan
/// fortsätter att löpa till betalningsdagen").
#[test]
fn the_payment_section_says_interest_runs_only_when_it_does() {
    let o = LetterOptions::default();
    let payment = |agreed_rate: Option<&str>| {
        let mut c = json!({
            "debtor": "consumer",
            "invoices": [{ "number": "7", "amount": "2000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31", "description": "Städning" }]
        });
        if let Some(rate) = agreed_rate {
            c["agreedRate"] = json!(rate);
        }
        let l = letter(
            &claim_of(c),
            StepKind::CollectionDemand,
            d("2025-03-03"),
            10,
            &o,
        )
        .expect("letter");
        section_of(&l, SectionId::Payment).body.clone()
    };
    let zero = payment(Some("0"));
    assert!(!zero.sv.contains("Räntan fortsätter"), "{}", zero.sv);
    assert!(!zero.en.contains("Interest runs"), "{}", zero.en);
    let statutory = payment(None);
    assert!(
        statutory
            .sv
            .contains("Räntan fortsätter att löpa till betalningsdagen, för närvarande"),
        "{}",
        statutory.sv
    );
    let agreed = payment(Some("5"));
    assert!(
        agreed.en.contains("Interest runs until the day of payment"),
        "{}",
        agreed.en
    );
    // The day after the rate table has no per diem yet, but interest runs all the same (the
    // diff review found the sentence dropped). A letter dated on the table's last day: every
    // day it demands is covered, only its per diem's is not.
    let past_table = claim_of(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "A", "amount": "10000.00", "issueDate": "2026-11-01", "dueDate": "2026-12-01" }]
    }));
    let l = letter(&past_table, StepKind::Reminder, d("2026-12-31"), 10, &o).expect("letter");
    let body = &section_of(&l, SectionId::Payment).body;
    assert!(
        body.sv
            .ends_with(" Räntan fortsätter att löpa till betalningsdagen."),
        "{}",
        body.sv
    );
}

/// The year-end review: without a rate for 2027, a letter dated in 2027 demanded too little
/// (no interest from 2027-01-01) and said a January payment went to capital; nothing in it
/// said so. Such a letter is refused at `date` until the half-year's rate is given; a letter
/// whose only uncovered day is its per diem's is made, as before.
#[test]
fn a_letter_needs_the_rate_of_every_day_it_demands() {
    let c = claim_of(json!({
        "debtor": "business",
        "invoices": [{ "number": "B-1", "amount": "50000.00", "issueDate": "2026-10-31", "dueDate": "2026-11-30" }],
        "payments": [{ "date": "2027-01-10", "amount": "1000.00" }]
    }));
    let o = LetterOptions::default();
    let e = letter(&c, StepKind::CollectionDemand, d("2027-01-25"), 10, &o).expect_err("no rate");
    assert_eq!(
        (e.code(), e.field()),
        (ErrorCode::RateNotCovered, Some("date"))
    );
    assert!(
        e.message()
            .starts_with("no referensränta for 2027-01-01 (half-year 2027-H1)")
            && e.message()
                .ends_with("pass that half-year's referensränta in `rates`"),
        "{e}"
    );
    // With the rate: the payment pays the fee and the interest, none of the capital.
    let table = caller_table(&[(2027, 1)], 200, RateStatus::Confirmed);
    let given = LetterOptions {
        rates: &table,
        strict_rates: false,
    };
    let l = letter(&c, StepKind::CollectionDemand, d("2027-01-25"), 10, &given).expect("letter");
    assert_eq!(l.capital.to_string(), "50000.00");
    assert!(l.interest.is_positive(), "{}", l.interest);
    // Paid in full on the letter's date without the rate: whether it was is not known.
    let paid = claim_of(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "1000.00", "issueDate": "2026-10-01", "dueDate": "2026-11-01" }],
        "payments": [{ "date": "2027-01-20", "amount": "1020.00" }]
    }));
    let e = letter(&paid, StepKind::Reminder, d("2027-01-20"), 10, &o).expect_err("unknown");
    assert_eq!(
        (e.code(), e.field()),
        (ErrorCode::RateNotCovered, Some("date"))
    );
    // Dated on the table's last day: only the per diem's day is past it. Made, unless strict.
    let l = letter(&paid, StepKind::Reminder, d("2026-12-31"), 10, &o).expect("letter");
    assert!(l.per_diem.is_zero());
    let strict = LetterOptions {
        strict_rates: true,
        ..o
    };
    let e = letter(&paid, StepKind::Reminder, d("2026-12-31"), 10, &strict).expect_err("strict");
    assert_eq!(
        (e.code(), e.field()),
        (ErrorCode::RateNotCovered, Some("date"))
    );
    // Not "a letter demands the interest to its date": only its per diem's day is past the
    // table; the remedy is the general one.
    assert!(!e.message().contains("a letter demands"), "{e}");
    assert!(
        e.message()
            .ends_with("; pass that half-year's referensränta in `rates`"),
        "{e}"
    );
}

/// The year-end review: a caller's row marked `assumed` for the next half-year was told to
/// the debtor as fact ("Referensräntan ändras 2027-01-01 till 1,50 %"). It may change.
#[test]
fn an_assumed_next_rate_is_said_to_be_able_to_change() {
    let c = claim_of(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "10000.00", "issueDate": "2026-10-17", "dueDate": "2026-11-16" }]
    }));
    let sentence = |status: RateStatus| {
        let table = caller_table(&[(2027, 1)], 150, status);
        let options = LetterOptions {
            rates: &table,
            strict_rates: false,
        };
        let l = letter(&c, StepKind::Reminder, d("2026-12-21"), 14, &options).expect("letter");
        section_of(&l, SectionId::Interest).body.sv.clone()
    };
    let assumed = sentence(RateStatus::Assumed);
    assert!(
        assumed.contains("Referensräntan kan ändras 2027-01-01, och dröjsmålsräntan med den."),
        "{assumed}"
    );
    let confirmed = sentence(RateStatus::Confirmed);
    assert!(
        confirmed.contains("Referensräntan ändras 2027-01-01 till 1,50\u{a0}%"),
        "{confirmed}"
    );
}

/// The diff review: whether a letter may be sent is judged before a missing rate, in strict
/// mode too. An invoice issued after the letter's date makes the claim not yet due (not "paid
/// in full, if the days past the table were"); a time-barred claim is refused as such.
#[test]
fn whether_a_letter_may_be_sent_is_judged_before_the_rate() {
    let later = claim_of(json!({ "debtor": "consumer", "invoices": [
        { "number": "A", "amount": "1000.00", "issueDate": "2026-10-01", "dueDate": "2026-11-01" },
        { "number": "B", "amount": "500.00", "issueDate": "2027-03-01", "dueDate": "2027-04-01" }],
        "payments": [{ "date": "2027-01-20", "amount": "1030.00" }] }));
    let barred = claim_of(json!({ "debtor": "consumer", "invoices": [
        { "number": "T", "amount": "1000.00", "issueDate": "2022-01-01", "dueDate": "2022-02-01" }] }));
    for strict_rates in [false, true] {
        let o = LetterOptions {
            strict_rates,
            ..LetterOptions::default()
        };
        let e = letter(&later, StepKind::Reminder, d("2027-02-10"), 10, &o).expect_err("refused");
        assert_eq!(e.code(), ErrorCode::CollectionDemandNotOverdue, "{e}");
        let e = letter(&barred, StepKind::CollectionDemand, d("2027-02-10"), 10, &o)
            .expect_err("refused");
        assert_eq!(
            e.code(),
            ErrorCode::TimeBarred,
            "strict {strict_rates}: {e}"
        );
    }
}

/// A letter sent on or just before an invoice's preskription date is assumed to reach the
/// debtor after it: limitation is interrupted on receipt (preskriptionslagen 5 §), so the
/// letter warns `LIMITATION_BEFORE_RECEIPT` at the invoice (a legal review: a demand dated on
/// the last day was previewed without a word). A letter received by that day does not warn.
#[test]
fn a_letter_that_arrives_after_the_preskription_date_warns() {
    // A consumer invoice issued 2021-03-01: time-barred after 2024-03-01 (a Friday).
    let c = claim_of(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "K-1", "amount": "1000.00", "issueDate": "2021-03-01", "dueDate": "2021-03-31" },
            { "number": "K-2", "amount": "500.00", "issueDate": "2023-06-01", "dueDate": "2023-07-01" }
        ]
    }));
    let warned = |kind: StepKind, date: &str| -> Vec<(Option<String>, String)> {
        letter(&c, kind, d(date), 10, &LetterOptions::default())
            .expect("letter")
            .warnings
            .iter()
            .filter(|w| w.code == inkasso::warning::WarningCode::LimitationBeforeReceipt)
            .map(|w| (w.subject.field(), w.text().en))
            .collect()
    };
    for kind in [StepKind::Reminder, StepKind::CollectionDemand] {
        // Received two bank days later: Thursday 02-29 and Friday 03-01 are in time.
        assert_eq!(warned(kind, "2024-02-27"), vec![]);
        assert_eq!(warned(kind, "2024-02-28"), vec![]);
        // Thursday 02-29 → Monday 03-04; Friday 03-01 → Tuesday 03-05.
        for (date, received) in [("2024-02-29", "2024-03-04"), ("2024-03-01", "2024-03-05")] {
            assert_eq!(
                warned(kind, date),
                vec![(
                    Some("invoices[0]".to_owned()),
                    format!(
                        "Invoice K-1 becomes time-barred after 2024-03-01, but the letter is assumed to reach the debtor only on {received}: limitation is interrupted when the debtor receives the demand (preskriptionslagen 5 §), so the letter may come too late. Send it earlier, or so that the debtor has it by 2024-03-01."
                    )
                )],
                "{date}"
            );
        }
    }
    // No warning when a step keeps the claim alive: one of the letter's day that interrupts
    // without being received (an amorteringsplan, the debtor's acknowledgement: a diff review
    // found a warning; a payment of the day was already counted), or an earlier reminder.
    for (step, kind) in [
        (
            json!({ "kind": "paymentPlan", "date": "2024-03-01", "fee": false }),
            StepKind::Reminder,
        ),
        (
            json!({ "kind": "reminder", "date": "2023-12-01", "fee": false }),
            StepKind::CollectionDemand,
        ),
    ] {
        let kept = claim_of(json!({
            "debtor": "consumer",
            "invoices": [{ "number": "K-1", "amount": "1000.00", "issueDate": "2021-03-01", "dueDate": "2021-03-31" }],
            "steps": [step]
        }));
        let l =
            letter(&kept, kind, d("2024-03-01"), 10, &LetterOptions::default()).expect("letter");
        assert!(l
            .warnings
            .iter()
            .all(|w| w.code != inkasso::warning::WarningCode::LimitationBeforeReceipt));
    }
}

/// A dispute made moot by the payment of the letter's own day still stands for the letter:
/// a step of the day comes before the day's payments (DOMAIN.md 8.5), as `check`
/// (`DEMAND_AFTER_DISPUTE`) and the timeline judge it. A diff review found `letter` judging it
/// after them: it sent the inkassokrav `check` then flagged. The day after, the dispute is moot.
#[test]
fn a_dispute_made_moot_by_the_payment_of_the_letters_day_still_stands_for_it() {
    let with = |demand: bool| {
        let mut steps = vec![json!({ "kind": "dispute", "date": "2025-04-01" })];
        if demand {
            steps.push(
                json!({ "kind": "collectionDemand", "date": "2025-06-02", "paymentTermDays": 10 }),
            );
        }
        claim_of(json!({
            "debtor": "business",
            "invoices": [
                { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
                { "number": "C", "amount": "2000.00", "issueDate": "2025-04-10", "dueDate": "2025-05-12" }
            ],
            "steps": steps,
            // Pays A, the disputed invoice, in full on the letter's day; C stays owed.
            "payments": [{ "date": "2025-06-02", "amount": "12000.00" }]
        }))
    };
    let send = |day: &str| {
        letter(
            &with(false),
            StepKind::CollectionDemand,
            d(day),
            10,
            &LetterOptions::default(),
        )
        .map(|_| ())
        .map_err(|e| (e.code(), e.field().map(str::to_owned)))
    };
    assert_eq!(
        send("2025-06-02"),
        Err((ErrorCode::ClaimDisputed, Some("date".to_owned())))
    );
    let flagged = inkasso::compliance::check(&with(true), None)
        .expect("check")
        .iter()
        .any(|f| f.code.as_str() == "DEMAND_AFTER_DISPUTE");
    assert!(flagged, "check flags the same inkassokrav");
    assert_eq!(send("2025-06-03"), Ok(()));
}

/// A docs review found an inkassokrav for an invoice a title left out naming the
/// betalningsföreläggande's fees (300 kr and 380 kr) as what would be added, while the claim's
/// one betalningsföreläggande fee was charged with the first case (the timeline projects the
/// second one with none, `FEE_ALREADY_CHARGED`). It no longer names them.
#[test]
fn a_demand_after_a_title_names_no_order_fee_the_claim_already_paid() {
    let c = claim_of(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" },
            { "number": "B", "amount": "5000.00", "issueDate": "2025-09-01", "dueDate": "2026-05-31" }
        ],
        "steps": [
            { "kind": "collectionDemand", "date": "2025-02-20" },
            { "kind": "paymentOrder", "date": "2025-03-20" },
            { "kind": "enforcement", "date": "2025-05-15" }
        ]
    }));
    let l = letter(
        &c,
        StepKind::CollectionDemand,
        d("2026-06-05"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    let said = &l
        .sections
        .iter()
        .find(|s| s.id == SectionId::Consequences)
        .expect("consequences")
        .body;
    assert!(
        said.en
            .contains("may apply to Kronofogden (the Enforcement Authority) for a payment order"),
        "{}",
        said.en
    );
    assert!(
        !said.en.contains("380") && !said.sv.contains("380"),
        "{}",
        said.en
    );
    // Before any betalningsföreläggande, its fees are named.
    let first = letter(
        &claim(json!([])),
        StepKind::CollectionDemand,
        d("2026-01-10"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    let named = &first
        .sections
        .iter()
        .find(|s| s.id == SectionId::Consequences)
        .expect("consequences")
        .body;
    assert!(named.en.contains("(SEK 300 and SEK 380)"), "{}", named.en);
}

/// An integrator's review (stop 50): a letter said nothing of how to record it, and a letter
/// that earned no fee recorded as a plain step was found by `check` claiming one
/// (`FEE_CHARGED_TWICE`, 167 of 1 266 random letters). `Letter::step` is the step to record:
/// recorded, the statement on its date is the letter's, and `check` finds no fee about it.
#[test]
fn a_letter_gives_the_step_to_record_with_no_fee_when_it_earns_none() {
    use inkasso::compliance::check;
    use inkasso::{statement, StatementOptions};
    let o = LetterOptions::default();
    // (earlier steps, agreed, kind, date, the fee the step to record says)
    let cases = [
        (json!([]), true, StepKind::Reminder, "2025-12-15", None),
        (
            json!([]),
            false,
            StepKind::Reminder,
            "2025-12-15",
            Some(false),
        ),
        (
            json!([{ "kind": "reminder", "date": "2025-12-12", "paymentTermDays": 10 }]),
            true,
            StepKind::Reminder,
            "2026-01-12",
            Some(false),
        ),
        (
            json!([{ "kind": "reminder", "date": "2025-12-12", "paymentTermDays": 10 }]),
            true,
            StepKind::CollectionDemand,
            "2026-01-12",
            None,
        ),
        (
            json!([{ "kind": "collectionDemand", "date": "2025-12-12", "paymentTermDays": 10 }]),
            true,
            StepKind::CollectionDemand,
            "2026-01-12",
            Some(false),
        ),
        (
            json!([{ "kind": "collectionDemand", "date": "2025-12-12", "paymentTermDays": 10 }]),
            true,
            StepKind::Reminder,
            "2026-01-12",
            Some(false),
        ),
    ];
    for (i, (steps, agreed, kind, date, fee)) in cases.into_iter().enumerate() {
        let mut c = claim(steps);
        c.reminder_fee_agreed = agreed;
        let l = letter(&c, kind, d(date), 10, &o).expect("letter");
        assert_eq!((l.step.kind, l.step.date), (kind, d(date)), "case {i}");
        assert_eq!(
            l.step.payment_term_days,
            Some(l.payment_term_days),
            "case {i}"
        );
        assert_eq!(l.step.fee, fee, "case {i}");
        c.steps.push(l.step);
        let s = statement(&c, &StatementOptions::new(d(date))).expect("statement");
        assert_eq!((s.total, s.fees), (l.total, l.fees), "case {i}");
        let index = c.steps.len() - 1;
        let about_fees: Vec<&str> = check(&c, None)
            .expect("check")
            .into_iter()
            .filter(|f| f.step == Some(index) && f.code.as_str().starts_with("FEE"))
            .map(|f| f.code.as_str())
            .collect();
        assert_eq!(about_fees, Vec::<&str>::new(), "case {i}");
        // The letter of the step now recorded gives it back as it is.
        let again = letter(&c, kind, d(date), 10, &o).expect("letter again");
        assert_eq!(again.step, l.step, "case {i}");
    }
}

/// A review of the change above: a reminder whose fee förseningsersättning absorbs earns its
/// fee (the claim's one reminder fee, explained by the statement once recorded), so its step
/// records no `fee: false`; and a letter of a step already recorded gives the step as the
/// letter makes it (its term, its fee), not the recorded one as it was.
#[test]
fn a_letters_step_when_absorbed_and_when_already_recorded() {
    use inkasso::warning::WarningCode;
    use inkasso::{statement, DebtorKind, StatementOptions};
    let o = LetterOptions::default();
    let mut business = claim(json!([]));
    business.debtor = DebtorKind::Business;
    let l = letter(&business, StepKind::Reminder, d("2025-12-15"), 10, &o).expect("letter");
    assert!(l
        .warnings
        .iter()
        .any(|w| w.code == WarningCode::FeeAbsorbedByLateFee));
    assert_eq!(l.step.fee, None);
    business.steps.push(l.step);
    let s = statement(&business, &StatementOptions::new(d("2025-12-15"))).expect("statement");
    assert!(s
        .warnings
        .iter()
        .any(|w| w.code == WarningCode::FeeAbsorbedByLateFee
            && w.field().as_deref() == Some("steps[0]")));

    // A second reminder recorded with another term and no `fee`: the letter's step is the
    // letter's (term 10, no fee), to replace the recorded one.
    let recorded = claim(json!([
        { "kind": "reminder", "date": "2025-12-12" },
        { "kind": "reminder", "date": "2026-01-12", "paymentTermDays": 20 }
    ]));
    let l = letter(&recorded, StepKind::Reminder, d("2026-01-12"), 10, &o).expect("letter");
    assert_eq!(l.payment_term_days, 10);
    assert_eq!(
        (l.step.payment_term_days, l.step.fee),
        (Some(10), Some(false))
    );
}

/// The year-end review: a row marked `assumed` for days of interest through the letter's date
/// let an inkassokrav demand that interest with the guess stated as the law's rate ("referensränta
/// 2,00 % + 8 procentenheter"), strict or not. Such a letter is refused at `rates`, as one
/// without the row is at `date`; the same row for a half-year after its date is still taken
/// (the letter says the rate may change), and a provisional or confirmed row is taken.
#[test]
fn a_letter_does_not_demand_interest_at_an_assumed_rate() {
    let c = claim_of(json!({
        "debtor": "consumer",
        "reminderFeeAgreed": true,
        "invoices": [{ "number": "1", "amount": "10000.00", "issueDate": "2026-10-01", "dueDate": "2026-10-31" }],
        "steps": [{ "kind": "reminder", "date": "2026-11-05", "paymentTermDays": 10 }]
    }));
    for strict_rates in [false, true] {
        let table = caller_table(&[(2027, 1)], 200, RateStatus::Assumed);
        let options = LetterOptions {
            rates: &table,
            strict_rates,
        };
        let e = letter(
            &c,
            StepKind::CollectionDemand,
            d("2027-01-11"),
            10,
            &options,
        )
        .expect_err("an assumed rate is not demanded");
        assert_eq!(e.code(), ErrorCode::RateNotCovered, "{e}");
        assert_eq!(e.field(), Some("rates"), "{e}");
        assert!(
            e.message()
                .contains("the first half of 2027 is a row marked assumed"),
            "{e}"
        );
        // Before the half-year, the same row is only a change the letter announces.
        letter(
            &c,
            StepKind::CollectionDemand,
            d("2026-12-28"),
            10,
            &options,
        )
        .expect("a letter before the assumed half-year");
        for status in [RateStatus::Provisional, RateStatus::Confirmed] {
            let table = caller_table(&[(2027, 1)], 200, status);
            let options = LetterOptions {
                rates: &table,
                strict_rates,
            };
            letter(
                &c,
                StepKind::CollectionDemand,
                d("2027-01-11"),
                10,
                &options,
            )
            .expect("a published rate is demanded");
        }
    }
}

/// The diff review: a letter on the table's last day, with a row marked assumed for the next
/// half-year, told the debtor the per diem from that day as a figure ("2,88 kr per dag") where
/// without the row it says the per diem depends on the referensränta then. A guess is not
/// told as a figure: the same words as without the row, and a per diem of 0.00.
#[test]
fn a_letter_gives_no_per_diem_at_an_assumed_rate() {
    let c = claim_of(json!({
        "debtor": "consumer",
        "reminderFeeAgreed": true,
        "invoices": [{ "number": "1", "amount": "10000.00", "issueDate": "2026-10-01", "dueDate": "2026-11-02" }]
    }));
    let sections = |table: &RateTable| {
        let options = LetterOptions {
            rates: table,
            strict_rates: false,
        };
        let l = letter(
            &c,
            StepKind::CollectionDemand,
            d("2026-12-31"),
            10,
            &options,
        )
        .expect("letter");
        (
            l.per_diem,
            section_of(&l, SectionId::Interest).body.sv.clone(),
            section_of(&l, SectionId::Payment).body.sv.clone(),
        )
    };
    let guessed = sections(&caller_table(&[(2027, 1)], 250, RateStatus::Assumed));
    let unknown = sections(RateTable::embedded());
    assert!(guessed.0.is_zero(), "{}", guessed.0);
    assert_eq!(guessed, unknown);
    assert!(!guessed.1.contains("kr per dag"), "{}", guessed.1);
    // A published row gives the figure.
    let known = sections(&caller_table(&[(2027, 1)], 250, RateStatus::Confirmed));
    assert!(known.0.is_positive());
    assert!(known.1.contains("per dag"), "{}", known.1);
}

/// A final notice (slutlig påminnelse), the reminderDemandFinalNotice preset's last letter: a
/// demand with the sections of an inkassokrav (inkassolagen 5 §), no fee of its own, and the
/// deadline the timeline and `check` give a final notice that is a demand (extended for the
/// bank days after receipt around a long weekend, since stop 70); recorded as the step the
/// letter reports, the statement, `check` and the timeline read it as the letter does.
#[test]
fn a_final_notice_is_a_demand_without_a_fee_of_its_own() {
    let c = claim(json!([
        { "kind": "reminder", "date": "2025-12-10", "paymentTermDays": 7 },
        { "kind": "collectionDemand", "date": "2025-12-12", "paymentTermDays": 8 }
    ]));
    let l = letter(
        &c,
        StepKind::FinalNotice,
        d("2025-12-23"),
        8,
        &LetterOptions::default(),
    )
    .expect("final notice");
    assert_eq!(l.kind, StepKind::FinalNotice);
    let sections: Vec<(SectionId, Option<&str>)> =
        l.sections.iter().map(|s| (s.id, s.rule)).collect();
    let rule = Some("inkassolagen (1974:182) 5 §");
    assert_eq!(
        sections,
        vec![
            (SectionId::Claim, rule),
            (SectionId::Creditor, rule),
            (SectionId::Amounts, rule),
            (SectionId::Interest, rule),
            (SectionId::Payment, rule),
            (SectionId::Consequences, rule),
            (SectionId::Objection, rule),
        ]
    );
    // The påminnelseavgift and the inkassoersättning, nothing for the final notice.
    assert_eq!(l.fees.to_string(), "240.00");
    let fees: Vec<StepKind> = l
        .breakdown
        .fees
        .iter()
        .filter_map(|f| f.step.and_then(|i| c.steps.get(i)).map(|s| s.kind))
        .collect();
    assert_eq!(fees, vec![StepKind::Reminder, StepKind::CollectionDemand]);
    // 2025-12-23 + 8 = nyårsafton, moved to 2026-01-02; a demand, it is extended to
    // 2026-01-08 as an inkassokrav of that day and term is
    // (`collection_demand_shows_what_inkassolagen_5_requires`; before stop 70 it was not).
    assert_eq!(l.deadline, d("2026-01-08"));
    assert_eq!(l.deadline_moved_from, None);
    assert_eq!(l.payment_term_days, 16);
    assert_eq!(l.step.kind, StepKind::FinalNotice);
    assert_eq!(l.step.payment_term_days, Some(16));
    // No fee to waive: the step as the timeline records a projected final notice.
    assert_eq!(l.step.fee, None);
    let consequences = &section_of(&l, SectionId::Consequences).body.sv;
    assert!(
        consequences.contains("betalningsföreläggande"),
        "{consequences}"
    );

    // It says what it is, and the inkassokrav it follows.
    let claim_body = &section_of(&l, SectionId::Claim).body;
    assert!(
        claim_body.sv.starts_with(
            "Detta är en slutlig påminnelse: inkassokravet av 2025-12-12 har inte betalats i sin helhet. Kravet avser"
        ),
        "{}",
        claim_body.sv
    );
    assert!(
        claim_body.en.starts_with(
            "This is a final notice: the debt-collection demand of 2025-12-12 has not been paid in full. The demand concerns"
        ),
        "{}",
        claim_body.en
    );

    // A demand as the inkassokrav is: at least the inkassokrav's 8 days (god inkassosed).
    let short = letter(
        &c,
        StepKind::FinalNotice,
        d("2026-01-13"),
        7,
        &LetterOptions::default(),
    )
    .expect_err("a final notice of seven days");
    assert_eq!(
        (short.code(), short.field()),
        (ErrorCode::InvalidDays, Some("paymentTermDays"))
    );

    // It follows an inkassokrav left unpaid by its deadline (2025-12-12 + 8 days: Saturday
    // 12-20, moved to Monday 12-22), not one still running.
    let too_early = |c: &Claim, day: &str| {
        let e = letter(
            c,
            StepKind::FinalNotice,
            d(day),
            10,
            &LetterOptions::default(),
        )
        .expect_err("too early");
        assert_eq!(
            (e.code(), e.field()),
            (ErrorCode::FinalNoticeTooEarly, Some("date")),
            "{e}"
        );
        e.message().to_owned()
    };
    assert_eq!(
        too_early(&c, "2025-12-22"),
        "a final notice dated 2025-12-22 is not after the deadline (2025-12-22) of the inkassokrav of 2025-12-12: it follows an inkassokrav left unpaid by its deadline"
    );
    // With no inkassokrav before it, it is the last reminder (the remindersOnly preset's
    // road): a reminder's sections, no statute.
    let reminded = claim(json!([{ "kind": "reminder", "date": "2025-12-10" }]));
    let last = letter(
        &reminded,
        StepKind::FinalNotice,
        d("2026-01-13"),
        10,
        &LetterOptions::default(),
    )
    .expect("the last reminder");
    let sections: Vec<(SectionId, Option<&str>)> =
        last.sections.iter().map(|s| (s.id, s.rule)).collect();
    assert_eq!(
        sections,
        vec![
            (SectionId::Claim, None),
            (SectionId::Creditor, None),
            (SectionId::Amounts, None),
            (SectionId::Interest, None),
            (SectionId::Payment, None),
        ]
    );
    assert!(section_of(&last, SectionId::Claim)
        .body
        .sv
        .starts_with("Detta är en slutlig påminnelse. Påminnelsen avser"));
    // Any term, as a reminder's: the inkassokrav's 8 days are a demand's.
    let short_reminder = letter(
        &reminded,
        StepKind::FinalNotice,
        d("2026-01-13"),
        5,
        &LetterOptions::default(),
    )
    .expect("the last reminder of five days");
    assert_eq!(short_reminder.payment_term_days, 5);
    // Once Kronofogden has the claim, a final notice is a demand on that road: not judged.
    let ordered = claim(json!([{ "kind": "paymentOrder", "date": "2026-01-12" }]));
    let after_order = letter(
        &ordered,
        StepKind::FinalNotice,
        d("2026-01-13"),
        10,
        &LetterOptions::default(),
    )
    .expect("a final notice after a betalningsföreläggande");
    assert!(section_of(&after_order, SectionId::Claim)
        .body
        .sv
        .starts_with("Detta är en slutlig påminnelse. Kravet avser"));

    // Before the due date it is refused as a reminder or an inkassokrav is, by its own name.
    let early = letter(
        &claim(json!([])),
        StepKind::FinalNotice,
        d("2025-12-05"),
        10,
        &LetterOptions::default(),
    )
    .expect_err("a final notice before the due date");
    assert_eq!(early.code(), ErrorCode::CollectionDemandNotOverdue);
    assert!(
        early
            .message()
            .starts_with("a final notice may only be sent after the due date"),
        "{}",
        early.message()
    );

    // Recorded as the step the letter gives.
    let mut recorded = c.clone();
    recorded.steps.push(l.step);
    let s = inkasso::statement(&recorded, &inkasso::StatementOptions::new(d("2025-12-23")))
        .expect("statement");
    assert_eq!(s.total, l.total);
    let findings = inkasso::compliance::check(&recorded, None).expect("check");
    assert!(findings.iter().all(|f| f.step != Some(2)), "{findings:?}");
    let notice = timeline_entry(
        &recorded,
        inkasso::policy::PresetId::ReminderDemandFinalNotice,
        "2025-12-24",
        inkasso::timeline::EntryKind::FinalNotice,
    );
    assert_eq!(notice.step, Some(2));
    assert_eq!(notice.deadline, Some(l.deadline));
}

/// During efterbevakning Kronofogden's case has ended: a demand says the creditor may apply for
/// verkställighet again (a legal review found it saying enforcement was under way, with
/// objections to the enforcement put to Kronofogden).
#[test]
fn a_demand_during_efterbevakning_names_a_new_application() {
    let c = claim_of(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "5000.00", "issueDate": "2023-10-01", "dueDate": "2023-10-31" }],
        "steps": [
            { "kind": "collectionDemand", "date": "2023-11-06" },
            { "kind": "paymentOrder", "date": "2023-12-01" },
            { "kind": "judgment", "date": "2024-01-20" },
            { "kind": "enforcement", "date": "2024-02-01" },
            { "kind": "surveillance", "date": "2024-06-01" }
        ]
    }));
    for kind in [StepKind::FinalNotice, StepKind::CollectionDemand] {
        let l = letter(&c, kind, d("2025-09-01"), 10, &LetterOptions::default()).expect("letter");
        let consequences = &section_of(&l, SectionId::Consequences).body;
        assert!(
            consequences.sv.starts_with(
                "Fordran är fastställd genom Kronofogdens utslag och bevakas sedan 2024-06-01 (efterbevakning). Betalar du inte kan borgenären på nytt ansöka om verkställighet hos Kronofogden"
            ),
            "{}",
            consequences.sv
        );
        assert!(
            consequences
                .en
                .contains("may apply to Kronofogden for enforcement again"),
            "{}",
            consequences.en
        );
        let objection = &section_of(&l, SectionId::Objection).body;
        assert!(!objection.sv.contains("verkställighet"), "{}", objection.sv);
    }
    // A further year of the verkställighet recorded after it: under enforcement still (a diff
    // review: the letter charged that year's grundavgift and spoke of efterbevakning).
    let mut further = c.clone();
    let mut year = inkasso::claim::Step::new(StepKind::Enforcement, d("2025-02-01"));
    year.further_year = true;
    further.steps.push(year);
    let l = letter(
        &further,
        StepKind::FinalNotice,
        d("2025-09-01"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    assert!(section_of(&l, SectionId::Consequences)
        .body
        .sv
        .starts_with("Sedan 2024-02-01 drivs fordran"));
    // A new verkställighet after it: under enforcement again.
    let mut again = c.clone();
    again.steps.push(inkasso::claim::Step::new(
        StepKind::Enforcement,
        d("2025-03-03"),
    ));
    let l = letter(
        &again,
        StepKind::FinalNotice,
        d("2025-09-01"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    assert!(section_of(&l, SectionId::Consequences)
        .body
        .sv
        .starts_with("Sedan 2025-03-03 drivs fordran"));
}

/// A letter while a recorded amorteringsplan runs warns that the whole claim may not be
/// demanded while the debtor keeps it (a legal review found a final notice demanding it all
/// without a word); not once the plan `ended`, nor once Kronofogden's road followed it.
#[test]
fn a_letter_during_a_running_plan_warns() {
    let with = |plan: serde_json::Value, more: &[serde_json::Value]| {
        let mut steps = vec![
            json!({ "kind": "collectionDemand", "date": "2025-02-24" }),
            plan,
        ];
        steps.extend(more.iter().cloned());
        claim_of(json!({
            "debtor": "consumer",
            "invoices": [{ "number": "1", "amount": "10000.00", "issueDate": "2025-01-02", "dueDate": "2025-02-03" }],
            "steps": steps,
            "payments": [{ "date": "2025-04-10", "amount": "1700.00" }]
        }))
    };
    let warned = |c: &Claim, kind: StepKind| {
        letter(c, kind, d("2025-04-20"), 10, &LetterOptions::default())
            .expect("letter")
            .warnings
            .into_iter()
            .filter(|w| w.code == inkasso::warning::WarningCode::DemandDuringPlan)
            .collect::<Vec<_>>()
    };
    let running = with(json!({ "kind": "paymentPlan", "date": "2025-03-10" }), &[]);
    for kind in [
        StepKind::FinalNotice,
        StepKind::CollectionDemand,
        StepKind::Reminder,
    ] {
        let w = warned(&running, kind);
        assert_eq!(w.len(), 1, "{kind:?}");
        assert_eq!(w[0].subject.field().as_deref(), Some("steps[1]"));
        assert_eq!(
            inkasso::text::warning(&w[0]).sv,
            "En amorteringsplan avtalades 2025-03-10 och är inte registrerad som avslutad: så länge gäldenären följer planen får hela fordran inte krävas (god inkassosed). Har planen brutits, registrera den dag den upphörde (ended)."
        );
    }
    let ended = with(
        json!({ "kind": "paymentPlan", "date": "2025-03-10", "ended": "2025-04-15" }),
        &[],
    );
    assert!(warned(&ended, StepKind::FinalNotice).is_empty());
    // The day it ended is no longer during it; the day before is (a mutation test found the
    // boundary untested).
    let ended_on = |day: &str| {
        with(
            json!({ "kind": "paymentPlan", "date": "2025-03-10", "ended": day }),
            &[],
        )
    };
    assert!(warned(&ended_on("2025-04-20"), StepKind::FinalNotice).is_empty());
    assert_eq!(
        warned(&ended_on("2025-04-21"), StepKind::FinalNotice).len(),
        1
    );
    let ordered = with(
        json!({ "kind": "paymentPlan", "date": "2025-03-10" }),
        &[json!({ "kind": "paymentOrder", "date": "2025-04-18" })],
    );
    assert!(warned(&ordered, StepKind::FinalNotice).is_empty());
}

/// The projected entry of `kind` under `policy` (JSON), today `today`.
fn projected_entry(
    claim: &Claim,
    policy: serde_json::Value,
    today: &str,
    kind: inkasso::timeline::EntryKind,
) -> inkasso::timeline::Entry {
    let policy = read::<inkasso::policy::PolicyInput, _>(policy)
        .and_then(inkasso::policy::PolicyInput::into_policy)
        .expect("policy");
    entry_under(claim, &policy, today, kind)
}

/// A policy's final notice term under the inkassokrav's 8 days: after an inkassokrav the
/// timeline projects the notice with the 8 days (and says so), the letter `letter` accepts
/// for that day; on a road of reminders only, the policy's term as it is. A note of stop 62:
/// the timeline projected a notice `letter` refused with `INVALID_DAYS`.
#[test]
fn a_policy_final_notice_term_is_raised_to_the_inkassokravs_after_one() {
    use inkasso::timeline::EntryKind;
    let c = claim(json!([]));
    let after_demand = projected_entry(
        &c,
        json!({ "preset": "reminderDemandFinalNotice", "finalNotice": { "paymentTermDays": 5 } }),
        "2025-12-10",
        EntryKind::FinalNotice,
    );
    let codes: Vec<&str> = after_demand.notes.iter().map(|n| n.code.as_str()).collect();
    assert_eq!(
        codes,
        vec!["PROJECTION_ADJUSTED"],
        "{:?}",
        after_demand.notes
    );
    assert_eq!(
        after_demand.notes[0].text().en,
        "The policy's term of 5 days is shorter than good collection practice allows: 8 days given."
    );
    // The letter on the notice's day, once the projected inkassokrav is recorded.
    let demand = projected_entry(
        &c,
        json!({ "preset": "reminderDemandFinalNotice" }),
        "2025-12-10",
        EntryKind::CollectionDemand,
    );
    let demand_term = demand.deadline.expect("deadline") - demand.date;
    let sent = claim(json!([
        { "kind": "collectionDemand", "date": demand.date.to_string(), "paymentTermDays": demand_term.whole_days() }
    ]));
    let opts = LetterOptions::default();
    let accepted =
        letter(&sent, StepKind::FinalNotice, after_demand.date, 8, &opts).expect("letter");
    assert_eq!(Some(accepted.deadline), after_demand.deadline);
    let refused = letter(&sent, StepKind::FinalNotice, after_demand.date, 5, &opts)
        .expect_err("a 5-day demand");
    assert_eq!(
        (refused.code(), refused.field()),
        (ErrorCode::InvalidDays, Some("paymentTermDays"))
    );

    let last_reminder = projected_entry(
        &c,
        json!({ "preset": "remindersOnly", "finalNotice": { "paymentTermDays": 5 } }),
        "2025-12-10",
        EntryKind::FinalNotice,
    );
    assert!(last_reminder.notes.is_empty(), "{:?}", last_reminder.notes);
    let five = letter(&c, StepKind::FinalNotice, last_reminder.date, 5, &opts).expect("letter");
    assert_eq!(Some(five.deadline), last_reminder.deadline);

    // Recorded without its term after an inkassokrav, it is assumed to have given the 8 days.
    let recorded = claim(json!([
        { "kind": "collectionDemand", "date": "2025-12-19", "paymentTermDays": 17 },
        { "kind": "finalNotice", "date": "2026-01-12" }
    ]));
    let notice = projected_entry(
        &recorded,
        json!({ "preset": "reminderDemandFinalNotice", "finalNotice": { "paymentTermDays": 5 } }),
        "2026-01-13",
        EntryKind::FinalNotice,
    );
    assert_eq!(notice.deadline, Some(d("2026-01-20")));
}

/// After an inkassokrav recorded with a term under the 8 days, what the timeline projects
/// waits for the lawful deadline, as `letter` dates that inkassokrav: the final notice after it
/// is one `letter` previews (a diff review found one projected the day after the 3-day term,
/// refused as `FINAL_NOTICE_TOO_EARLY`).
#[test]
fn a_final_notice_after_a_short_recorded_term_waits_for_the_lawful_deadline() {
    use inkasso::timeline::EntryKind;
    let c = claim_of(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "5000.00", "issueDate": "2026-03-05", "dueDate": "2026-03-15" }],
        "steps": [{ "kind": "collectionDemand", "date": "2026-03-24", "paymentTermDays": 3 }]
    }));
    let notice = projected_entry(
        &c,
        json!({ "preset": "reminderDemandFinalNotice", "finalNotice": { "paymentTermDays": 2 } }),
        "2026-03-25",
        EntryKind::FinalNotice,
    );
    // 2026-03-24 + 8 days = 2026-04-01, the inkassokrav's lawful deadline.
    assert!(notice.date > d("2026-04-01"), "{}", notice.date);
    let l = letter(
        &c,
        StepKind::FinalNotice,
        notice.date,
        8,
        &LetterOptions::default(),
    )
    .expect("letter");
    assert_eq!(Some(l.deadline), notice.deadline);
}

/// The claim section's line of an invoice without an agreed due date: a consumer's invoice had
/// to say that interest would run (räntelagen 4 § första stycket); a business's or an
/// authority's did not since 2002-07-01 (4 § andra stycket, SFS 2002:352), and the letter must
/// not hand the debtor a defence the law does not give (a review of letters, stop 66).
#[test]
fn the_notice_of_interest_is_asked_only_of_a_consumers_invoice_without_a_due_date() {
    let line = |debtor: &str, issued: &str, date: &str| {
        let c = claim_of(json!({
            "debtor": debtor,
            "invoices": [{ "number": "A2", "amount": "4000.00", "issueDate": issued, "description": "x" }]
        }));
        let l = letter(
            &c,
            StepKind::CollectionDemand,
            d(date),
            10,
            &LetterOptions::default(),
        )
        .expect("letter");
        let section = section_of(&l, SectionId::Claim);
        let line = section.lines.first().expect("line");
        (line.label.sv.clone(), line.label.en.clone())
    };
    let (sv, en) = line("consumer", "2025-03-01", "2025-04-10");
    assert!(
        sv.contains("skickades med upplysning om att dröjsmålsränta annars tas ut (räknat"),
        "{sv}"
    );
    assert!(
        en.contains(
            "sent with notice that late-payment interest would otherwise be charged (counted"
        ),
        "{en}"
    );
    for debtor in ["business", "public"] {
        let (sv, en) = line(debtor, "2025-03-01", "2025-04-10");
        assert!(
            sv.contains("30 dagar har gått från att fakturan skickades (räknat från fakturadatum), alltså efter 2025-03-31"),
            "{sv}"
        );
        assert!(!sv.contains("upplysning"), "{sv}");
        assert!(!en.contains("notice"), "{en}");
        // Before SFS 2002:352 the notice was asked of every debtor, and the wait was a month.
        let (sv, en) = line(debtor, "2002-05-31", "2002-07-10");
        assert!(
            sv.contains("en månad har gått från att fakturan skickades med upplysning om att dröjsmålsränta annars tas ut"),
            "{sv}"
        );
        assert!(en.contains("with notice that"), "{en}");
    }
}

/// A reminder's creditor section speaks of the invoices when the claim has several (a review
/// of letters, stop 66: "Har du frågor om fakturan, eller anser du att den är felaktig" of two).
#[test]
fn a_reminders_creditor_section_speaks_of_every_invoice() {
    let body = |invoices: serde_json::Value| {
        let c = claim_of(json!({ "debtor": "consumer", "invoices": invoices }));
        let l = letter(
            &c,
            StepKind::Reminder,
            d("2025-06-10"),
            10,
            &LetterOptions::default(),
        )
        .expect("letter");
        section_of(&l, SectionId::Creditor).body.clone()
    };
    let one = body(
        json!([{ "number": "A", "amount": "100.00", "issueDate": "2025-04-01", "dueDate": "2025-05-01" }]),
    );
    assert!(
        one.sv
            .contains("frågor om fakturan, eller anser du att den är felaktig"),
        "{}",
        one.sv
    );
    assert!(
        one.en.contains("about the invoice, or think it is wrong"),
        "{}",
        one.en
    );
    let two = body(json!([
        { "number": "A", "amount": "100.00", "issueDate": "2025-04-01", "dueDate": "2025-05-01" },
        { "number": "B", "amount": "100.00", "issueDate": "2025-04-02", "dueDate": "2025-05-02" }
    ]));
    assert!(
        two.sv
            .contains("frågor om fakturorna, eller anser du att någon av dem är felaktig"),
        "{}",
        two.sv
    );
    assert!(
        two.en
            .contains("about the invoices, or think any of them is wrong"),
        "{}",
        two.en
    );
}

/// An inkassokrav letter inside a reminder's payment term warns as `check` finds of the
/// recorded demand (a review of letters, stop 66: it charged its fee without a word while
/// `check` at once said DEMAND_BEFORE_REMINDER_DEADLINE); one after the deadline does not.
#[test]
fn a_demand_within_a_reminders_term_warns_as_check_finds() {
    use inkasso::compliance::check;
    use inkasso::warning::WarningCode;
    let c = |steps: serde_json::Value| {
        claim_of(json!({
            "debtor": "consumer",
            "reminderFeeAgreed": true,
            "invoices": [{ "number": "A", "amount": "1000.00", "issueDate": "2025-04-01", "dueDate": "2025-05-01", "description": "a" }],
            "steps": steps
        }))
    };
    let warned = |claim: &Claim, date: &str| {
        let l = letter(
            claim,
            StepKind::CollectionDemand,
            d(date),
            10,
            &LetterOptions::default(),
        )
        .expect("letter");
        let w: Vec<_> = l
            .warnings
            .iter()
            .filter(|w| w.code == WarningCode::DemandBeforeReminderDeadline)
            .map(|w| (w.field(), w.text().en))
            .collect();
        (l, w)
    };
    // Reminder 2025-05-06 with 14 days: its deadline Tue 2025-05-20.
    let termed = c(json!([{ "kind": "reminder", "date": "2025-05-06", "paymentTermDays": 14 }]));
    let (l, w) = warned(&termed, "2025-05-12");
    assert_eq!(
        w,
        vec![(None, "The debt-collection demand is sent before the payment term of the reminder of 2025-05-06 has run out (2025-05-20): the debtor does not get the time the reminder gave, so a fee for the demand is hardly reasonably called for (lag 1981:739 4 §). Send the demand after 2025-05-20.".to_owned())]
    );
    // The letter's step, recorded, is what check finds.
    let mut recorded = termed.clone();
    recorded.steps.push(l.step);
    let findings = check(&recorded, None).expect("check");
    assert!(findings
        .iter()
        .any(|f| f.code.as_str() == "DEMAND_BEFORE_REMINDER_DEADLINE"));
    // On the deadline too (paying on it is in time); the day after, nothing.
    assert_eq!(warned(&termed, "2025-05-20").1.len(), 1);
    assert!(warned(&termed, "2025-05-21").1.is_empty());
    // A reminder of the letter's own day with no term recorded.
    let same_day = c(json!([{ "kind": "reminder", "date": "2025-05-12" }]));
    let (_, w) = warned(&same_day, "2025-05-12");
    assert_eq!(w.len(), 1);
    assert!(
        w[0].1.starts_with(
            "The debt-collection demand is sent on the day of the reminder of 2025-05-12"
        ),
        "{}",
        w[0].1
    );
    // A reminder with no term, on an earlier day: judged only on its own day, as check does.
    let earlier = c(json!([{ "kind": "reminder", "date": "2025-05-06" }]));
    assert!(warned(&earlier, "2025-05-12").1.is_empty());
    // A reminder sent before anything was overdue reminded of nothing.
    let early = c(json!([{ "kind": "reminder", "date": "2025-04-20", "paymentTermDays": 30 }]));
    assert!(warned(&early, "2025-05-12").1.is_empty());
}

/// A per diem that rounds to nothing on a small balance still runs: the interest section says
/// it is under one öre a day, not "0,00 kr per dag" (a review of letters, stop 66).
#[test]
fn a_per_diem_under_one_ore_is_said_to_be_so() {
    let c = claim_of(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "A", "amount": "20000.00", "issueDate": "2025-04-01", "dueDate": "2025-05-01", "description": "x" }],
        "payments": [{ "date": "2025-05-20", "amount": "20100.00" }]
    }));
    let l = letter(
        &c,
        StepKind::CollectionDemand,
        d("2025-05-26"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    assert!(l.capital.is_positive() && l.per_diem.is_zero());
    let interest = &section_of(&l, SectionId::Interest).body;
    assert!(
        interest
            .sv
            .ends_with("; från 2025-05-27 är den mindre än 0,01\u{a0}kr per dag."),
        "{}",
        interest.sv
    );
    assert!(
        interest
            .en
            .ends_with("; from 2025-05-27 it is less than SEK 0.01 a day."),
        "{}",
        interest.en
    );
}

/// A pending case's court fee is in the letter's total, as the statement charges it, and the
/// amounts section tells the debtor that it is owed only if the court orders it (a review of
/// letters, stop 66: 900 kr demanded as owed, the warning only for the caller).
#[test]
fn a_pending_court_fee_is_said_to_be_owed_only_if_the_court_orders_it() {
    let c = claim_of(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "F1", "amount": "20000.00", "issueDate": "2025-04-01", "dueDate": "2025-05-01", "description": "Revision" }],
        "steps": [
            { "kind": "collectionDemand", "date": "2025-05-06", "paymentTermDays": 10 },
            { "kind": "courtAction", "date": "2025-06-02" }
        ]
    }));
    let l = letter(
        &c,
        StepKind::FinalNotice,
        d("2025-07-25"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    let amounts = &section_of(&l, SectionId::Amounts).body;
    assert!(
        amounts.sv.contains(" I beloppet ingår ansökningsavgiften till tingsrätten, 900,00\u{a0}kr, i målet som väcktes 2025-06-02: den är en rättegångskostnad som du behöver betala bara om tingsrätten förpliktar dig att ersätta den eller du och borgenären kommer överens om det."),
        "{}",
        amounts.sv
    );
    assert!(amounts.en.contains("The amount includes the district court's fee, SEK 900.00, in the case brought on 2025-06-02"), "{}", amounts.en);
    // Once judged, nothing is said.
    let mut judged = c.clone();
    judged.steps.push(inkasso::claim::Step::new(
        StepKind::Judgment,
        d("2025-07-01"),
    ));
    let l = letter(
        &judged,
        StepKind::FinalNotice,
        d("2025-07-25"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    let amounts = &section_of(&l, SectionId::Amounts).body;
    assert!(!amounts.sv.contains("tingsrätten"), "{}", amounts.sv);
}

/// Räntelagen 7 §: an invoice whose own rate at its due date runs on is under the statute (not
/// "as agreed"), its new rate said as 7 §'s when the referensränta changes it (here the floor
/// of 6 § gives way to the debt's own 10.50 % on 2025-07-01) and not at all when it does not
/// (a debt at 15 %), and each of its lines cites 7 §.
#[test]
fn a_rate_at_the_due_date_is_the_statute_s_in_the_interest_section() {
    let claim = claim_of(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "1", "amount": "5000.00", "issueDate": "2025-04-30", "dueDate": "2025-05-30", "rateAtDueDate": "10.5" },
            { "number": "2", "amount": "5000.00", "issueDate": "2025-04-30", "dueDate": "2025-05-30" },
            { "number": "3", "amount": "5000.00", "issueDate": "2025-04-30", "dueDate": "2025-05-30", "agreedRate": "15" }
        ]
    }));
    let l = letter(
        &claim,
        StepKind::CollectionDemand,
        d("2025-06-24"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    let section = section_of(&l, SectionId::Interest);
    let body = &section.body;
    assert!(body.sv.contains("enligt avtal (räntelagen 1 § andra stycket) på faktura 3 och enligt räntelagen (1975:635) på fakturorna 1 och 2"), "{}", body.sv);
    assert!(
        body.sv.ends_with("Referensräntan ändras 2025-07-01 till 2,00\u{a0}%: dröjsmålsräntan blir då 10,50\u{a0}% enligt räntelagen 7 § och 10,00\u{a0}% enligt räntelagen. En avtalad fast ränta ändras inte."),
        "{}",
        body.sv
    );
    let first = section
        .lines
        .iter()
        .find(|line| line.label.sv.starts_with("Faktura 1,"))
        .expect("invoice 1 has an interest line");
    assert!(
        first.label.sv.contains(
            "högre än räntefoten 10,50\u{a0}% vid förfallodagen; räntelagen 7 § andra meningen"
        ),
        "{}",
        first.label.sv
    );
    // A debt at 15 % keeps its rate across 2025-07-01: only the statutory invoice's change.
    let mut high = claim.clone();
    high.invoices[0].rate = Some(inkasso::ContractRate::AtDueDate(
        inkasso::rust_decimal::Decimal::new(15, 0),
    ));
    let l = letter(
        &high,
        StepKind::CollectionDemand,
        d("2025-06-24"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    let body = &section_of(&l, SectionId::Interest).body;
    assert!(
        body.sv.ends_with("Referensräntan ändras 2025-07-01 till 2,00\u{a0}%: dröjsmålsräntan blir då 10,00\u{a0}% enligt räntelagen. En avtalad fast ränta ändras inte."),
        "{}",
        body.sv
    );
}

#[test]
fn an_event_after_the_letter_is_said_to_be_after_its_date() {
    // A payment after the letter's date: left out of what it demands, and said so of the
    // letter (an invoice issued after it refuses the letter: the claim is not all overdue) (a letters review, stop 79: the text spoke of "the statement
    // date", a word the letter's reader never sees).
    let c = read::<ClaimInput, _>(json!({
        "debtor": "consumer",
        "reminderFeeAgreed": true,
        "invoices": [
            { "number": "1001", "amount": "12500.00", "issueDate": "2025-11-09", "dueDate": "2025-12-09" }
        ],
        "payments": [{ "date": "2025-12-18", "amount": "100.00" }]
    }))
    .and_then(ClaimInput::into_claim)
    .expect("claim");
    let l = letter(
        &c,
        StepKind::Reminder,
        d("2025-12-14"),
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    let after: Vec<(String, String)> = l
        .warnings
        .iter()
        .filter(|w| w.code == inkasso::warning::WarningCode::AfterAsOf)
        .map(|w| (w.text().sv, w.text().en))
        .collect();
    assert_eq!(
        after,
        [(
            "Händelsen 2025-12-18 infaller efter brevets datum och har inte tagits med i kravet."
                .to_owned(),
            "The event on 2025-12-18 is after the letter's date and is not in what it demands."
                .to_owned()
        )],
        "{:?}",
        l.warnings
    );
    // A statement of the same day still speaks of its statement date.
    let s = inkasso::statement::statement(
        &c,
        &inkasso::statement::StatementOptions::new(d("2025-12-14")),
    )
    .expect("statement");
    assert!(s
        .warnings
        .iter()
        .any(|w| w.text().en.contains("after the statement date")));
}
