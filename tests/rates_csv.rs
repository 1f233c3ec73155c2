//! The embedded referensränta table against `shared/rates/referensranta.csv`, and how the
//! engine treats days outside it, provisional rows and caller-supplied tables (DOMAIN.md 2,
//! 8.9).

mod common;

use std::path::Path;

use common::{has_warning, ok, run};
use inkasso::rates::{format_percent, HalfYear, RateRow, RateStatus, RateTable};
use inkasso::warning::WarningCode;
use inkasso::ErrorCode;
use rust_decimal::Decimal;
use serde_json::json;

/// One data row of the CSV: (from, percent, status, source).
fn csv_rows() -> Vec<(String, String, String, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/rates/referensranta.csv");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut lines = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'));
    assert_eq!(lines.next(), Some("from,percent,status,source"), "header");
    lines
        .map(|line| {
            let mut cols = line.splitn(4, ',');
            let mut next = || cols.next().unwrap_or_default().trim().to_owned();
            (next(), next(), next(), next())
        })
        .collect()
}

#[test]
fn embedded_table_equals_the_csv_row_by_row() {
    let csv = csv_rows();
    let table = RateTable::embedded();
    assert_eq!(table.rows().len(), csv.len(), "row count");
    for (i, (row, (from, percent, status, source))) in table.rows().iter().zip(&csv).enumerate() {
        let start = row.half_year.start().expect("start");
        assert_eq!(
            inkasso::calendar::format_date(start),
            *from,
            "row {i}: from"
        );
        assert_eq!(
            format_percent(row.percent),
            *percent,
            "row {i} ({from}): percent"
        );
        assert_eq!(row.status.as_str(), status, "row {i} ({from}): status");
        assert_eq!(row.source, source.as_str(), "row {i} ({from}): source");
    }
    assert_eq!(table.first_day(), Some(common::date("2002-07-01")));
    assert_eq!(table.last_day(), Some(common::date("2026-12-31")));
}

#[test]
fn late_payment_rate_is_reference_plus_eight() {
    for (day, reference, late) in [
        ("2002-07-01", "4.50", "12.50"),
        ("2016-07-01", "-0.50", "7.50"),
        ("2019-06-30", "-0.50", "7.50"),
        ("2019-07-01", "0.00", "8.00"),
        ("2023-01-01", "2.50", "10.50"),
        ("2024-12-31", "4.00", "12.00"),
        ("2026-12-31", "2.00", "10.00"),
    ] {
        let r = inkasso::rates::rate_on(RateTable::embedded(), common::date(day)).expect(day);
        assert_eq!(format_percent(r.reference_rate), reference, "{day}");
        assert_eq!(format_percent(r.late_payment_rate), late, "{day}");
    }
}

fn consumer(due: &str, as_of: &str) -> serde_json::Value {
    json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "10000.00", "issueDate": "2002-01-01", "dueDate": due }],
        "shiftDueDate": false,
        "asOf": as_of,
    })
}

#[test]
fn days_before_2002_07_01_are_not_covered() {
    // Default: a warning, no interest for the uncovered days, interest from 2002-07-01 on.
    let s = ok(consumer("2002-05-31", "2002-07-31"));
    assert!(
        has_warning(&s, WarningCode::RateNotCovered, None),
        "{:?}",
        s.warnings
    );
    let w = s
        .warnings
        .iter()
        .find(|w| w.code == WarningCode::RateNotCovered)
        .expect("warning");
    assert_eq!(w.half_year(), HalfYear::new(2002, 1));
    assert_eq!(s.interest_lines.len(), 1);
    assert_eq!(s.interest_lines[0].from, common::date("2002-07-01"));
    // 10 000 × 12.50 % × 31/365
    assert_eq!(s.interest.to_string(), "106.16");

    // Entirely before the table: no interest at all, still a warning.
    let s = ok(consumer("2002-01-31", "2002-03-31"));
    assert!(s.interest_lines.is_empty());
    assert!(s.interest.is_zero());
    assert!(has_warning(&s, WarningCode::RateNotCovered, None));

    // Strict mode: an error.
    let mut strict = consumer("2002-05-31", "2002-07-31");
    strict["strictRates"] = json!(true);
    let err = run(strict).expect_err("strict");
    assert_eq!(err.code(), ErrorCode::RateNotCovered);

    // Strict mode with every day covered is fine.
    let mut covered = consumer("2002-07-31", "2002-08-31");
    covered["strictRates"] = json!(true);
    assert!(run(covered).is_ok());

    // After the table (2027) without a caller table: warning, or error in strict mode.
    let s = ok(consumer("2026-12-15", "2027-01-31"));
    assert!(has_warning(&s, WarningCode::RateNotCovered, None));
    let mut strict = consumer("2026-12-15", "2027-01-31");
    strict["strictRates"] = json!(true);
    assert_eq!(
        run(strict).map_err(|e| e.code()).err(),
        Some(ErrorCode::RateNotCovered)
    );
}

#[test]
fn a_provisional_row_warns() {
    let s = ok(consumer("2026-06-30", "2026-07-10"));
    let w = s
        .warnings
        .iter()
        .find(|w| w.code == WarningCode::ProvisionalRate)
        .expect("provisional warning");
    assert_eq!(w.half_year().map(|h| h.to_string()), Some("2026-H2".into()));
    // Only the provisional half-year warns.
    let s = ok(consumer("2026-01-31", "2026-06-29"));
    assert!(
        !has_warning(&s, WarningCode::ProvisionalRate, None),
        "{:?}",
        s.warnings
    );
    // The per diem of 2026-06-30 is the interest of 2026-07-01: it uses the provisional rate.
    let s = ok(consumer("2026-01-31", "2026-06-30"));
    assert!(s
        .interest_lines
        .iter()
        .all(|l| l.to <= common::date("2026-06-30")));
    assert_eq!(s.per_diem.to_string(), "2.74");
    let w = s
        .warnings
        .iter()
        .find(|w| w.code == WarningCode::ProvisionalRate)
        .expect("the per diem uses 2026-H2");
    assert_eq!(w.half_year().map(|h| h.to_string()), Some("2026-H2".into()));
    // Only the per diem uses it, so the warning is the per diem's (as for an assumed or a
    // missing rate: README, "Warnings"), with its own words.
    let provisional = |s: &inkasso::Statement| -> Vec<Option<String>> {
        s.warnings
            .iter()
            .filter(|w| w.code == WarningCode::ProvisionalRate)
            .map(|w| w.field())
            .collect()
    };
    assert_eq!(provisional(&s), [Some("perDiem".to_owned())]);
    assert!(w.text().en.contains("per diem"), "{:?}", w.text());
    // Lines and per diem both in 2026-H2: one warning for the days, one for the per diem.
    let s = ok(consumer("2026-01-31", "2026-07-10"));
    assert_eq!(provisional(&s), [None, Some("perDiem".to_owned())]);
}

fn caller_row(year: i32, half: u8, hundredths: i64, status: RateStatus) -> RateRow {
    RateRow {
        half_year: HalfYear::new(year, half).expect("half"),
        percent: Decimal::new(hundredths, 2),
        status,
        source: "caller".into(),
    }
}

#[test]
fn a_caller_table_extending_to_2027_is_used() {
    let table = RateTable::embedded()
        .with_overrides(vec![
            caller_row(2026, 2, 250, RateStatus::Confirmed),
            caller_row(2027, 1, 150, RateStatus::Confirmed),
            caller_row(2027, 2, 100, RateStatus::Confirmed),
        ])
        .expect("contiguous");
    assert_eq!(table.last_day(), Some(common::date("2027-12-31")));
    let claim = common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "10000.00", "issueDate": "2026-05-01", "dueDate": "2026-06-30" }],
        "shiftDueDate": false,
    }))
    .expect("claim");
    // Strict: the per diem is the interest of 2028-01-01, a day the table does not cover, so a
    // strict statement on the table's last day is an error (DOMAIN.md 8.9) at `asOf`, the
    // input that reaches past the table (the per diem is an output, not an input).
    let strict = inkasso::StatementOptions {
        as_of: common::date("2027-12-31"),
        rates: &table,
        strict_rates: true,
        detail: inkasso::Detail::Full,
    };
    let err = inkasso::statement(&claim, &strict).expect_err("per diem not covered");
    assert_eq!(
        (err.code().as_str(), err.field()),
        ("RATE_NOT_COVERED", Some("asOf"))
    );
    let strict_day_before = inkasso::StatementOptions {
        as_of: common::date("2027-12-30"),
        ..strict
    };
    assert!(inkasso::statement(&claim, &strict_day_before).is_ok());
    let options = inkasso::StatementOptions {
        strict_rates: false,
        ..strict
    };
    let s = inkasso::statement(&claim, &options).expect("covered by the caller table");
    let rates: Vec<String> = s
        .interest_lines
        .iter()
        .map(|l| format_percent(l.rate))
        .collect();
    assert_eq!(rates, ["10.50", "9.50", "9.00"]);
    // 2026 H2: 10 000 × 10.50 % × 184/365; 2027 H1: × 9.50 % × 181/365; H2: × 9 % × 184/365
    let amounts: Vec<String> = s
        .interest_lines
        .iter()
        .map(|l| l.amount.to_string())
        .collect();
    assert_eq!(amounts, ["529.32", "471.10", "453.70"]);
    assert!(!has_warning(&s, WarningCode::ProvisionalRate, None));
    // Not strict: the statement's days are all covered; only the per diem (the interest of
    // 2028-01-01, a projection) is not, which is a warning about `perDiem`.
    let uncovered: Vec<_> = s
        .warnings
        .iter()
        .filter(|w| w.code == WarningCode::RateNotCovered)
        .map(|w| w.field())
        .collect();
    assert_eq!(uncovered, [Some("perDiem".to_owned())]);
    assert!(s.per_diem.is_zero());
}

#[test]
fn a_caller_table_from_json_options_is_used() {
    let s = ok(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "10000.00", "issueDate": "2026-05-01", "dueDate": "2026-12-31" }],
        "shiftDueDate": false,
        "asOf": "2027-01-31",
        "strictRates": true,
        "rates": [{ "from": "2027-01-01", "percent": "1.50", "source": "Riksbank notice" }],
    }));
    assert_eq!(s.interest_lines.len(), 1);
    assert_eq!(format_percent(s.interest_lines[0].rate), "9.50");
    // 10 000 × 9.50 % × 31/365
    assert_eq!(s.interest.to_string(), "80.68");

    // A caller row marked provisional warns like the embedded ones.
    let s = ok(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "10000.00", "issueDate": "2026-05-01", "dueDate": "2026-12-31" }],
        "shiftDueDate": false,
        "asOf": "2027-01-31",
        "rates": [{ "from": "2027-01-01", "percent": 1.5, "status": "provisional" }],
    }));
    assert!(s
        .warnings
        .iter()
        .any(|w| w.code == WarningCode::ProvisionalRate
            && w.half_year().map(|h| h.to_string()) == Some("2027-H1".into())));
}

#[test]
fn caller_tables_are_checked() {
    let base = |rates: serde_json::Value| {
        json!({
            "debtor": "consumer",
            "invoices": [{ "number": "1", "amount": "100.00", "issueDate": "2025-01-01" }],
            "asOf": "2025-06-01",
            "rates": rates,
        })
    };
    for (rates, code, field) in [
        // The row a table is refused for: past a gap, the second of a half-year given twice,
        // before the embedded table the one before the gap.
        (
            json!([{ "from": "2028-01-01", "percent": "1.00" }]),
            ErrorCode::InvalidRateTable,
            "rates[0].from",
        ),
        (
            json!([{ "from": "2027-01-01", "percent": "1.00" }, { "from": "2028-01-01", "percent": "1.00" }]),
            ErrorCode::InvalidRateTable,
            "rates[1].from",
        ),
        (
            json!([{ "from": "2027-01-01", "percent": "1.00" }, { "from": "2027-01-01", "percent": "1.00" }]),
            ErrorCode::InvalidRateTable,
            "rates[1].from",
        ),
        (
            json!([{ "from": "2001-01-01", "percent": "1.00" }]),
            ErrorCode::InvalidRateTable,
            "rates[0].from",
        ),
        (
            json!([{ "from": "2027-02-01", "percent": "1.00" }]),
            ErrorCode::InvalidRateTable,
            "rates[0].from",
        ),
        (
            json!([{ "from": "2027-13-01", "percent": "1.00" }]),
            ErrorCode::InvalidDate,
            "rates[0].from",
        ),
        (
            json!([{ "from": "2027-01-01", "percent": "1.005" }]),
            ErrorCode::InvalidRate,
            "rates[0].percent",
        ),
        (
            json!([{ "from": "2027-01-01", "percent": "101" }]),
            ErrorCode::InvalidRate,
            "rates[0].percent",
        ),
        (
            json!([{ "from": "2027-01-01", "percent": "1", "status": "guess" }]),
            ErrorCode::UnknownVariant,
            "rates[0].status",
        ),
        (
            json!([{ "from": "2027-01-01" }]),
            ErrorCode::MissingField,
            "rates[0].percent",
        ),
    ] {
        let err = run(base(rates.clone())).expect_err("rejected");
        assert_eq!(
            (err.code(), err.field()),
            (code, Some(field)),
            "{rates}: {err}"
        );
    }
}
