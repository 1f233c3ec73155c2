//! A review of the turn of the year (stop 69): an integrator on 2027-01-02, before and after
//! the 2027-H1 referensränta is known. Every export agreed to the öre once the row was passed
//! in `rates` (tens of thousands of statements, letters, timeline valuations and plans); three
//! findings: a stämningsansökan's court fee valued without the 2027 interest (900 kr where any
//! 2027 rate gave 2 800 kr, and the timeline 2 800 kr), a letter's per-diem sentence under
//! 30/360, and a provisional row stated as fact in a letter with no `PROVISIONAL_RATE`.

mod common;

use inkasso::fees::FeeKind;
use inkasso::letter::{letter, LetterOptions, SectionId};
use inkasso::rates::{HalfYear, RateRow, RateStatus, RateTable};
use inkasso::warning::WarningCode;
use inkasso::{statement, StatementOptions, StepKind};
use serde_json::json;

fn table_with_2027_h1(percent: i64, status: RateStatus) -> RateTable {
    RateTable::embedded()
        .with_overrides(vec![RateRow {
            half_year: HalfYear::new(2027, 1).expect("half-year"),
            percent: inkasso::rust_decimal::Decimal::new(percent, 2),
            status,
            source: "test".into(),
        }])
        .expect("table")
}

fn court_fee(s: &inkasso::Statement) -> Option<String> {
    s.fee_lines
        .iter()
        .find(|l| l.kind == FeeKind::CourtFee)
        .map(|l| l.amount.to_string())
}

#[test]
fn a_court_fee_past_the_table_is_valued_with_the_last_known_rate_assumed() {
    // 20 000 kr at 90 % over the referensränta (a business's agreed margin) from 2026-10-02:
    // the capital alone is under half a prisbasbelopp, with the interest through 2027-05-31
    // it is over it.
    let c = common::claim(json!({
        "debtor": "business",
        "lateFee": false,
        "agreedMargin": "90",
        "invoices": [{ "number": "1", "amount": "20000.00", "issueDate": "2026-09-01", "dueDate": "2026-10-01" }],
        "steps": [
            { "kind": "collectionDemand", "date": "2026-10-05", "paymentTermDays": 10 },
            { "kind": "dispute", "date": "2026-10-20" },
            { "kind": "courtAction", "date": "2027-06-01" }
        ]
    }))
    .expect("claim");
    let on = common::date("2027-06-01");
    let without = statement(&c, &StatementOptions::new(on)).expect("without the rate");
    assert!(without
        .warnings
        .iter()
        .any(|w| w.code == WarningCode::RateNotCovered));
    assert_eq!(court_fee(&without).as_deref(), Some("2800.00"));
    for percent in [0, 200, 400] {
        let table = table_with_2027_h1(percent, RateStatus::Confirmed);
        let with = statement(
            &c,
            &StatementOptions {
                rates: &table,
                ..StatementOptions::new(on)
            },
        )
        .expect("with the rate");
        assert_eq!(court_fee(&with).as_deref(), Some("2800.00"), "{percent}");
    }
}

fn thirty_360_claim() -> inkasso::Claim {
    common::claim(json!({
        "debtor": "consumer",
        "dayCount": "30/360",
        "invoices": [{ "number": "1", "amount": "36000.00", "issueDate": "2026-09-01", "dueDate": "2026-10-01" }]
    }))
    .expect("claim")
}

fn interest_en(l: &inkasso::letter::Letter) -> String {
    l.sections
        .iter()
        .find(|s| s.id == SectionId::Interest)
        .map(|s| s.body.en.clone())
        .expect("the interest section")
}

#[test]
fn under_30_360_a_letter_tells_a_regular_days_interest() {
    let table = table_with_2027_h1(250, RateStatus::Confirmed);
    let options = LetterOptions {
        rates: &table,
        ..LetterOptions::default()
    };
    let c = thirty_360_claim();
    // 36 000 kr at 10 % (2026-H2: 2 % + 8) is 10.00 kr a 1/360 day; at 10.50 % in 2027-H1,
    // 10.50 kr. The 31st weighs nothing and the last of February three days under 30E/360:
    // neither is the daily amount.
    for (date, said) in [
        (
            "2026-12-30",
            "from 2026-12-31 it is SEK 10.00 a day (counting 30 days a month).",
        ),
        (
            "2027-02-28",
            "from 2027-03-01 it is SEK 10.50 a day (counting 30 days a month).",
        ),
        (
            "2027-03-10",
            "from 2027-03-11 it is SEK 10.50 a day (counting 30 days a month).",
        ),
    ] {
        let l = letter(
            &c,
            StepKind::CollectionDemand,
            common::date(date),
            10,
            &options,
        )
        .expect("letter");
        assert!(
            interest_en(&l).contains(said),
            "{date}: {}",
            interest_en(&l)
        );
        // The payment section and `per_diem` say the same day's interest.
        let regular = if date == "2026-12-30" {
            "10.00"
        } else {
            "10.50"
        };
        assert_eq!(l.per_diem.to_string(), regular, "{date}");
        let payment = l
            .sections
            .iter()
            .find(|s| s.id == SectionId::Payment)
            .map(|s| s.body.en.clone())
            .expect("the payment section");
        assert!(!payment.contains("31.50"), "{date}: {payment}");
    }
}

#[test]
fn a_provisional_row_a_letter_tells_the_debtor_is_warned_of() {
    let c = thirty_360_claim();
    let warned = |status: RateStatus| {
        let table = table_with_2027_h1(250, status);
        let options = LetterOptions {
            rates: &table,
            ..LetterOptions::default()
        };
        let l = letter(
            &c,
            StepKind::CollectionDemand,
            common::date("2026-12-28"),
            10,
            &options,
        )
        .expect("letter");
        l.warnings.iter().any(|w| {
            w.code == WarningCode::ProvisionalRate && w.half_year() == HalfYear::new(2027, 1)
        })
    };
    assert!(warned(RateStatus::Provisional));
    assert!(!warned(RateStatus::Confirmed));
}
