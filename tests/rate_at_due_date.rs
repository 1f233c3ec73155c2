//! Räntelagen 7 §: a debt that carried interest when it fell due (`rateAtDueDate`, e.g. a loan)
//! carries dröjsmålsränta at that same rate, but never below 6 §'s referensränta + 8 of each
//! half-year. One row per case; amounts by hand: `10 000 × rate/100 × days / year_days`,
//! rounded once per line to the öre.
//!
//! The half-years crossed: 2023-H1 referensränta 2.50 (6 §: 10.50 %), 2023-H2 3.50 (11.50 %),
//! 2024-H1 4.00 (12.00 %).

mod common;

use common::{claim, ok, run};
use inkasso::interest::{RATE_AT_DUE_DATE_FLOOR_RULE, RATE_AT_DUE_DATE_RULE};
use inkasso::rates::LATE_PAYMENT_RATE_RULE;
use inkasso::{ContractRate, ErrorCode, Money, Statement};
use rust_decimal::Decimal;
use serde_json::{json, Value};

/// A consumer's 10 000 kr invoice due 2023-06-15, valued on 2024-02-15, with `terms` merged
/// into the invoice.
fn input(terms: Value) -> Value {
    let mut invoice = json!({
        "number": "L-1", "amount": "10000.00", "issueDate": "2023-05-15", "dueDate": "2023-06-15"
    });
    if let (Some(target), Value::Object(extra)) = (invoice.as_object_mut(), terms) {
        target.extend(extra);
    }
    json!({ "debtor": "consumer", "invoices": [invoice], "asOf": "2024-02-15" })
}

/// (from, to, rate, amount, rule) of each interest line.
fn lines(s: &Statement) -> Vec<(String, String, String, String, &'static str)> {
    s.interest_lines
        .iter()
        .map(|l| {
            (
                inkasso::calendar::format_date(l.from),
                inkasso::calendar::format_date(l.to),
                l.rate.to_string(),
                l.amount.to_string(),
                l.rule,
            )
        })
        .collect()
}

type Row = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
);

fn expect(rows: &[Row]) -> Vec<(String, String, String, String, &'static str)> {
    rows.iter()
        .map(|(from, to, rate, amount, rule)| {
            (
                (*from).to_owned(),
                (*to).to_owned(),
                (*rate).to_owned(),
                (*amount).to_owned(),
                *rule,
            )
        })
        .collect()
}

#[test]
fn a_rate_above_six_paragraph_runs_on_as_it_was() {
    let s = ok(input(json!({ "rateAtDueDate": "15" })));
    assert_eq!(
        lines(&s),
        expect(&[
            (
                "2023-06-16",
                "2023-06-30",
                "15.00",
                "61.64",
                RATE_AT_DUE_DATE_RULE
            ),
            (
                "2023-07-01",
                "2023-12-31",
                "15.00",
                "756.16",
                RATE_AT_DUE_DATE_RULE
            ),
            (
                "2024-01-01",
                "2024-02-15",
                "15.00",
                "188.52",
                RATE_AT_DUE_DATE_RULE
            ),
        ])
    );
    assert_eq!(s.interest.to_string(), "1006.32");
    // The line keeps the half-year's referensränta: whether the floor applies depends on it.
    let first = &s.interest_lines[0];
    assert_eq!(first.reference_rate, Some(Decimal::new(250, 2)));
    let text = first.explanation();
    assert!(
        text.sv.starts_with("Dröjsmålsränta 15,00\u{a0}% (räntefoten vid förfallodagen, räntelagen 7 §; minst referensränta 2,50\u{a0}% + 8 procentenheter) på 10\u{a0}000,00\u{a0}kr"),
        "{}",
        text.sv
    );
    assert!(
        text.en.starts_with("Late-payment interest at 15.00% (the rate at the due date, räntelagen 7 §; at least the reference rate 2.50% + 8 percentage points) on"),
        "{}",
        text.en
    );
}

#[test]
fn the_floor_of_six_paragraph_applies_half_year_by_half_year() {
    // 11 % is above 2023-H1's 10.50 % and below the later half-years' 11.50 % and 12.00 %.
    let s = ok(input(json!({ "rateAtDueDate": "11" })));
    assert_eq!(
        lines(&s),
        expect(&[
            (
                "2023-06-16",
                "2023-06-30",
                "11.00",
                "45.21",
                RATE_AT_DUE_DATE_RULE
            ),
            (
                "2023-07-01",
                "2023-12-31",
                "11.50",
                "579.73",
                RATE_AT_DUE_DATE_FLOOR_RULE
            ),
            (
                "2024-01-01",
                "2024-02-15",
                "12.00",
                "150.82",
                RATE_AT_DUE_DATE_FLOOR_RULE
            ),
        ])
    );
    let floor = s.interest_lines[1].explanation();
    assert!(
        floor.sv.starts_with("Dröjsmålsränta 11,50\u{a0}% (referensränta 3,50\u{a0}% + 8 procentenheter, högre än räntefoten 11,00\u{a0}% vid förfallodagen; räntelagen 7 § andra meningen) på"),
        "{}",
        floor.sv
    );
    assert!(
        floor.en.contains("(reference rate 3.50% + 8 percentage points, above the rate of 11.00% at the due date; räntelagen 7 § andra meningen)"),
        "{}",
        floor.en
    );
}

#[test]
fn a_rate_below_six_paragraph_everywhere_charges_the_statutory_amounts() {
    let low = ok(input(json!({ "rateAtDueDate": "3.25" })));
    let statutory = ok(input(json!({})));
    assert_eq!(low.interest, statutory.interest);
    assert_eq!(low.total, statutory.total);
    for (a, b) in low.interest_lines.iter().zip(&statutory.interest_lines) {
        assert_eq!((a.rate, a.amount), (b.rate, b.amount));
        assert_eq!(a.rule, RATE_AT_DUE_DATE_FLOOR_RULE);
        assert_eq!(b.rule, LATE_PAYMENT_RATE_RULE);
    }
    // No AGREED_RATE_BELOW_STATUTORY: 7 § is no agreement, and its floor is 6 §'s rate.
    assert!(low.warnings.is_empty(), "{:?}", low.warnings);
}

#[test]
fn seven_paragraph_never_charges_less_than_the_statute_or_the_rate_itself() {
    let statutory = ok(input(json!({}))).interest;
    for percent in [
        "0.01", "5", "10.5", "10.51", "11.49", "11.5", "12", "12.01", "20", "100",
    ] {
        let seven = ok(input(json!({ "rateAtDueDate": percent }))).interest;
        let fixed = ok(input(json!({ "agreedRate": percent }))).interest;
        assert!(seven >= statutory, "{percent}: {seven} < {statutory}");
        assert!(seven >= fixed, "{percent}: {seven} < {fixed}");
        // At or below 2023-H1's 10.50 % the floor applies throughout; at or above 2024-H1's
        // 12.00 % the debt's own rate does; in between, each half-year takes the higher.
        let d: Decimal = percent.parse().expect("a rate");
        if d <= Decimal::new(1050, 2) {
            assert_eq!(seven, statutory, "{percent}");
        } else if d >= Decimal::new(12, 0) {
            assert_eq!(seven, fixed, "{percent}");
        } else {
            assert!(seven > statutory && seven > fixed, "{percent}");
        }
    }
}

#[test]
fn read_checked_and_written_back() {
    let c = claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "L-1", "amount": "10000", "issueDate": "2023-05-15", "dueDate": "2023-06-15", "rateAtDueDate": 9.75 }]
    }))
    .expect("a claim");
    assert_eq!(
        c.invoices[0].rate,
        Some(ContractRate::AtDueDate(Decimal::new(975, 2)))
    );
    assert!(!ContractRate::AtDueDate(Decimal::ONE).is_agreed());
    assert!(ContractRate::Fixed(Decimal::ONE).is_agreed());
    let written = serde_json::to_value(&c.invoices[0]).expect("serialises");
    assert_eq!(written["rateAtDueDate"], "9.75");
    assert_eq!(written.get("agreedRate"), None);

    for (terms, field, message) in [
        (
            json!({ "rateAtDueDate": "101" }),
            "invoices[0].rateAtDueDate",
            "the rate at the due date must be above 0 and at most 100 %, got 101",
        ),
        (
            json!({ "rateAtDueDate": "-0.5" }),
            "invoices[0].rateAtDueDate",
            "the rate at the due date must be above 0 and at most 100 %, got -0.5",
        ),
        // A debt at 0 % does not "löpa med ränta": 6 § alone applies, without this field.
        (
            json!({ "rateAtDueDate": 0 }),
            "invoices[0].rateAtDueDate",
            "the rate at the due date must be above 0 and at most 100 %, got 0",
        ),
        (
            json!({ "rateAtDueDate": "8", "agreedRate": "8" }),
            "invoices[0].rateAtDueDate",
            "give only one of an agreed rate, an agreed margin and the rate at the due date",
        ),
        (
            json!({ "rateAtDueDate": "8", "agreedMargin": "2" }),
            "invoices[0].rateAtDueDate",
            "give only one of an agreed rate, an agreed margin and the rate at the due date",
        ),
    ] {
        let e = run(input(terms.clone())).expect_err("refused");
        assert_eq!(e.code(), ErrorCode::InvalidRate, "{terms}");
        assert_eq!(e.field(), Some(field), "{terms}");
        assert_eq!(e.message(), message, "{terms}");
    }
}

/// An agreed dröjsmålsränta replaces the act's rules, 7 § among them (räntelagen 1 § andra
/// stycket): the claim's agreement and an invoice's 7 § rate cannot both hold.
#[test]
fn the_claim_s_agreed_terms_and_a_rate_at_the_due_date_are_refused_together() {
    for (key, value) in [("agreedRate", "30"), ("agreedMargin", "2")] {
        let mut both = input(json!({ "rateAtDueDate": "15" }));
        both[key] = json!(value);
        let e = run(both).expect_err("refused");
        assert_eq!(e.code(), ErrorCode::InvalidRate, "{key}");
        assert_eq!(e.field(), Some("invoices[0].rateAtDueDate"), "{key}");
        assert!(
            e.message()
                .starts_with("the claim's agreed rate or margin replaces räntelagen 7 §"),
            "{}",
            e.message()
        );
    }
    // Per invoice, an agreement on one and 7 § on another are fine.
    let mut mixed = input(json!({ "rateAtDueDate": "15" }));
    mixed["invoices"]
        .as_array_mut()
        .expect("invoices")
        .push(json!({ "number": "F-2", "amount": "100.00", "issueDate": "2023-05-15", "dueDate": "2023-06-15", "agreedRate": "30" }));
    let s = ok(mixed);
    assert!(s
        .interest_lines
        .iter()
        .any(|l| l.rule == RATE_AT_DUE_DATE_RULE));
    assert!(s
        .interest_lines
        .iter()
        .any(|l| l.rule == inkasso::interest::AGREED_RATE_RULE));
    assert_eq!(s.invoices[0].interest, Money::from_ore(100_632));
}

/// 7 § continues the rate of "förfallodagen": without a due date the engine would have to
/// guess it (4 §'s 30 days delay only the floor, not the debt's own rate), so it asks for it.
#[test]
fn a_rate_at_the_due_date_needs_the_due_date() {
    let mut no_due = input(json!({ "rateAtDueDate": "15" }));
    no_due["invoices"][0]
        .as_object_mut()
        .expect("invoice")
        .remove("dueDate");
    let e = run(no_due).expect_err("refused");
    assert_eq!(e.code(), ErrorCode::MissingField);
    assert_eq!(e.field(), Some("invoices[0].dueDate"));
    assert_eq!(
        e.message(),
        "an invoice with a rate at the due date needs its dueDate, the day the debt fell due (räntelagen 7 §)"
    );
}

#[test]
fn a_half_year_past_the_table_is_not_covered() {
    // 7 § needs each half-year's referensränta, as 6 § does: none is invented.
    let mut late = input(json!({ "rateAtDueDate": "50" }));
    late["asOf"] = json!("2027-02-01");
    let s = ok(late);
    assert!(
        common::warning_codes(&s).contains(&"RATE_NOT_COVERED"),
        "{:?}",
        common::warning_codes(&s)
    );
    assert!(s
        .interest_lines
        .iter()
        .all(|l| l.to < common::date("2027-01-01")));
}
