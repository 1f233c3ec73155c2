//! Dröjsmålsränta (DOMAIN.md 2 and 8.1–8.4), table-driven: every half-year of 2022–2026, leap
//! years, one-day periods, payments on and before the due date and on a half-year boundary, the
//! day-count options, an agreed rate, and Kronofogden's own calculator results.
//!
//! Expected amounts are computed by hand: `base × rate/100 × days / year_days`, rounded once per
//! line to the öre, half away from zero.

mod common;

use common::ok;
use inkasso::rates::format_percent;
use inkasso::warning::WarningCode;
use inkasso::Statement;
use serde_json::{json, Value};

/// (from, to, days, base, rate, amount)
type Line = (
    &'static str,
    &'static str,
    i64,
    &'static str,
    &'static str,
    &'static str,
);

struct Case {
    name: &'static str,
    /// Extra claim fields (`dayCount`, `agreedRate`, `shiftDueDate`, `payments`, …).
    extra: fn() -> Value,
    amount: &'static str,
    issue: &'static str,
    /// `None`: no agreed due date (räntelagen 4 §: issue date + 30 days).
    due: Option<&'static str>,
    as_of: &'static str,
    lines: &'static [Line],
    /// Interest outstanding on the statement date.
    interest: &'static str,
    capital: &'static str,
}

fn none() -> Value {
    json!({})
}
fn no_shift() -> Value {
    json!({ "shiftDueDate": false })
}

/// One whole half-year: due the day before it starts (move off), statement on its last day.
macro_rules! half_year {
    ($name:expr, $due:expr, $from:expr, $to:expr, $days:expr, $rate:expr, $amount:expr) => {
        Case {
            name: $name,
            extra: no_shift,
            amount: "10000.00",
            issue: "2021-12-01",
            due: Some($due),
            as_of: $to,
            lines: &[($from, $to, $days, "10000.00", $rate, $amount)],
            interest: $amount,
            capital: "10000.00",
        }
    };
}

const CASES: &[Case] = &[
    half_year!(
        "2022 H1 (0.00 + 8)",
        "2021-12-31",
        "2022-01-01",
        "2022-06-30",
        181,
        "8.00",
        "396.71"
    ),
    half_year!(
        "2022 H2 (0.50 + 8)",
        "2022-06-30",
        "2022-07-01",
        "2022-12-31",
        184,
        "8.50",
        "428.49"
    ),
    half_year!(
        "2023 H1 (2.50 + 8)",
        "2022-12-31",
        "2023-01-01",
        "2023-06-30",
        181,
        "10.50",
        "520.68"
    ),
    half_year!(
        "2023 H2 (3.50 + 8)",
        "2023-06-30",
        "2023-07-01",
        "2023-12-31",
        184,
        "11.50",
        "579.73"
    ),
    half_year!(
        "2024 H1 (4.00 + 8), leap year /366",
        "2023-12-31",
        "2024-01-01",
        "2024-06-30",
        182,
        "12.00",
        "596.72"
    ),
    half_year!(
        "2024 H2 (4.00 + 8), leap year /366",
        "2024-06-30",
        "2024-07-01",
        "2024-12-31",
        184,
        "12.00",
        "603.28"
    ),
    half_year!(
        "2025 H1 (3.00 + 8)",
        "2024-12-31",
        "2025-01-01",
        "2025-06-30",
        181,
        "11.00",
        "545.48"
    ),
    half_year!(
        "2025 H2 (2.00 + 8)",
        "2025-06-30",
        "2025-07-01",
        "2025-12-31",
        184,
        "10.00",
        "504.11"
    ),
    half_year!(
        "2026 H1 (2.00 + 8)",
        "2025-12-31",
        "2026-01-01",
        "2026-06-30",
        181,
        "10.00",
        "495.89"
    ),
    half_year!(
        "2026 H2 (2.00 + 8, provisional)",
        "2026-06-30",
        "2026-07-01",
        "2026-12-31",
        184,
        "10.00",
        "504.11"
    ),
    Case {
        name: "2022–2026 in one claim: a line per half-year",
        extra: no_shift,
        amount: "10000.00",
        issue: "2021-12-01",
        due: Some("2021-12-31"),
        as_of: "2026-12-31",
        lines: &[
            (
                "2022-01-01",
                "2022-06-30",
                181,
                "10000.00",
                "8.00",
                "396.71",
            ),
            (
                "2022-07-01",
                "2022-12-31",
                184,
                "10000.00",
                "8.50",
                "428.49",
            ),
            (
                "2023-01-01",
                "2023-06-30",
                181,
                "10000.00",
                "10.50",
                "520.68",
            ),
            (
                "2023-07-01",
                "2023-12-31",
                184,
                "10000.00",
                "11.50",
                "579.73",
            ),
            (
                "2024-01-01",
                "2024-06-30",
                182,
                "10000.00",
                "12.00",
                "596.72",
            ),
            (
                "2024-07-01",
                "2024-12-31",
                184,
                "10000.00",
                "12.00",
                "603.28",
            ),
            (
                "2025-01-01",
                "2025-06-30",
                181,
                "10000.00",
                "11.00",
                "545.48",
            ),
            (
                "2025-07-01",
                "2025-12-31",
                184,
                "10000.00",
                "10.00",
                "504.11",
            ),
            (
                "2026-01-01",
                "2026-06-30",
                181,
                "10000.00",
                "10.00",
                "495.89",
            ),
            (
                "2026-07-01",
                "2026-12-31",
                184,
                "10000.00",
                "10.00",
                "504.11",
            ),
        ],
        interest: "5175.20",
        capital: "10000.00",
    },
    Case {
        name: "leap day 2024-02-29 counted, /366",
        extra: none,
        amount: "10000.00",
        issue: "2024-01-15",
        due: Some("2024-02-27"),
        as_of: "2024-02-29",
        lines: &[("2024-02-28", "2024-02-29", 2, "10000.00", "12.00", "6.56")],
        interest: "6.56",
        capital: "10000.00",
    },
    Case {
        name: "2100 is not a leap year (/365, agreed rate outside the table)",
        extra: || json!({ "agreedRate": "10", "shiftDueDate": false }),
        amount: "10000.00",
        issue: "2100-01-15",
        due: Some("2100-02-27"),
        as_of: "2100-03-01",
        lines: &[("2100-02-28", "2100-03-01", 2, "10000.00", "10.00", "5.48")],
        interest: "5.48",
        capital: "10000.00",
    },
    Case {
        name: "2000 is a leap year (/366)",
        extra: || json!({ "agreedRate": "10", "shiftDueDate": false }),
        amount: "10000.00",
        issue: "2000-01-15",
        due: Some("2000-02-27"),
        as_of: "2000-02-29",
        lines: &[("2000-02-28", "2000-02-29", 2, "10000.00", "10.00", "5.46")],
        interest: "5.46",
        capital: "10000.00",
    },
    Case {
        name: "one day",
        extra: none,
        amount: "10000.00",
        issue: "2025-02-01",
        due: Some("2025-03-13"),
        as_of: "2025-03-14",
        lines: &[("2025-03-14", "2025-03-14", 1, "10000.00", "11.00", "3.01")],
        interest: "3.01",
        capital: "10000.00",
    },
    Case {
        name: "statement on the due date: no interest yet",
        extra: none,
        amount: "10000.00",
        issue: "2025-02-01",
        due: Some("2025-03-13"),
        as_of: "2025-03-13",
        lines: &[],
        interest: "0.00",
        capital: "10000.00",
    },
    Case {
        name: "two one-day lines around 1 July",
        extra: no_shift,
        amount: "10000.00",
        issue: "2023-06-01",
        due: Some("2023-06-29"),
        as_of: "2023-07-01",
        lines: &[
            ("2023-06-30", "2023-06-30", 1, "10000.00", "10.50", "2.88"),
            ("2023-07-01", "2023-07-01", 1, "10000.00", "11.50", "3.15"),
        ],
        interest: "6.03",
        capital: "10000.00",
    },
    Case {
        name: "paid in full on the due date: no interest",
        extra: || json!({ "payments": [{ "date": "2025-03-14", "amount": "10000.00" }] }),
        amount: "10000.00",
        issue: "2025-02-01",
        due: Some("2025-03-14"),
        as_of: "2025-04-14",
        lines: &[],
        interest: "0.00",
        capital: "0.00",
    },
    Case {
        name: "partly paid on the due date: interest on the rest",
        extra: || json!({ "payments": [{ "date": "2025-03-14", "amount": "4000.00" }] }),
        amount: "10000.00",
        issue: "2025-02-01",
        due: Some("2025-03-14"),
        as_of: "2025-04-14",
        lines: &[("2025-03-15", "2025-04-14", 31, "6000.00", "11.00", "56.05")],
        interest: "56.05",
        capital: "6000.00",
    },
    Case {
        name: "partly paid before the due date: interest on the rest from the due date",
        extra: || json!({ "payments": [{ "date": "2025-03-01", "amount": "2500.00" }] }),
        amount: "10000.00",
        issue: "2025-02-01",
        due: Some("2025-03-14"),
        as_of: "2025-04-14",
        lines: &[("2025-03-15", "2025-04-14", 31, "7500.00", "11.00", "70.07")],
        interest: "70.07",
        capital: "7500.00",
    },
    Case {
        name: "paid on the last day of a half-year (2025-06-30)",
        extra: || json!({ "payments": [{ "date": "2025-06-30", "amount": "5000.00" }] }),
        amount: "10000.00",
        issue: "2025-04-30",
        due: Some("2025-05-30"),
        as_of: "2025-07-31",
        lines: &[
            ("2025-05-31", "2025-06-30", 31, "10000.00", "11.00", "93.42"),
            ("2025-07-01", "2025-07-31", 31, "5093.42", "10.00", "43.26"),
        ],
        interest: "43.26",
        capital: "5093.42",
    },
    Case {
        name: "paid on the first day of a half-year (2025-07-01)",
        extra: || json!({ "payments": [{ "date": "2025-07-01", "amount": "5000.00" }] }),
        amount: "10000.00",
        issue: "2025-04-30",
        due: Some("2025-05-30"),
        as_of: "2025-07-31",
        lines: &[
            ("2025-05-31", "2025-06-30", 31, "10000.00", "11.00", "93.42"),
            ("2025-07-01", "2025-07-01", 1, "10000.00", "10.00", "2.74"),
            ("2025-07-02", "2025-07-31", 30, "5096.16", "10.00", "41.89"),
        ],
        interest: "41.89",
        capital: "5096.16",
    },
    Case {
        name: "no agreed due date: due 30 days after the invoice (räntelagen 4 §)",
        extra: none,
        amount: "10000.00",
        issue: "2025-02-12",
        due: None,
        as_of: "2025-04-14",
        // 2025-02-12 + 30 = 2025-03-14 (a Friday)
        lines: &[("2025-03-15", "2025-04-14", 31, "10000.00", "11.00", "93.42")],
        interest: "93.42",
        capital: "10000.00",
    },
    Case {
        name: "negative referensränta: 7.50 % in 2017",
        extra: no_shift,
        amount: "10000.00",
        issue: "2016-12-01",
        due: Some("2016-12-31"),
        as_of: "2017-06-30",
        lines: &[(
            "2017-01-01",
            "2017-06-30",
            181,
            "10000.00",
            "7.50",
            "371.92",
        )],
        interest: "371.92",
        capital: "10000.00",
    },
    Case {
        name: "Kronofogden's calculator: 6 780 kr at 8 % 2021-01-01..2021-04-20 → 163.46",
        extra: || json!({ "agreedRate": "8", "shiftDueDate": false }),
        amount: "6780.00",
        issue: "2020-12-01",
        due: Some("2020-12-31"),
        as_of: "2021-04-20",
        lines: &[("2021-01-01", "2021-04-20", 110, "6780.00", "8.00", "163.46")],
        interest: "163.46",
        capital: "6780.00",
    },
    Case {
        name: "Kronofogden's calculator: 10 000 kr at 8 % 2019-07-01..2020-06-28 → 796.73",
        extra: || json!({ "agreedRate": 8, "shiftDueDate": false }),
        amount: "10000.00",
        issue: "2019-06-01",
        due: Some("2019-06-30"),
        as_of: "2020-06-28",
        lines: &[
            (
                "2019-07-01",
                "2019-12-31",
                184,
                "10000.00",
                "8.00",
                "403.29",
            ),
            (
                "2020-01-01",
                "2020-06-28",
                180,
                "10000.00",
                "8.00",
                "393.44",
            ),
        ],
        interest: "796.73",
        capital: "10000.00",
    },
    Case {
        name: "the same under actual/365 → 797.81",
        extra: || json!({ "agreedRate": "8.00", "shiftDueDate": false, "dayCount": "actual/365" }),
        amount: "10000.00",
        issue: "2019-06-01",
        due: Some("2019-06-30"),
        as_of: "2020-06-28",
        lines: &[
            (
                "2019-07-01",
                "2019-12-31",
                184,
                "10000.00",
                "8.00",
                "403.29",
            ),
            (
                "2020-01-01",
                "2020-06-28",
                180,
                "10000.00",
                "8.00",
                "394.52",
            ),
        ],
        interest: "797.81",
        capital: "10000.00",
    },
    Case {
        name: "actual/365 in a leap year",
        extra: || json!({ "shiftDueDate": false, "dayCount": "actual/365" }),
        amount: "10000.00",
        issue: "2023-12-01",
        due: Some("2023-12-31"),
        as_of: "2024-06-30",
        lines: &[(
            "2024-01-01",
            "2024-06-30",
            182,
            "10000.00",
            "12.00",
            "598.36",
        )],
        interest: "598.36",
        capital: "10000.00",
    },
    Case {
        name: "30/360: February counts 30 days",
        extra: || json!({ "shiftDueDate": false, "dayCount": "30/360" }),
        amount: "10000.00",
        issue: "2024-01-01",
        due: Some("2024-01-31"),
        as_of: "2024-03-31",
        lines: &[(
            "2024-02-01",
            "2024-03-31",
            60,
            "10000.00",
            "12.00",
            "200.00",
        )],
        interest: "200.00",
        capital: "10000.00",
    },
    Case {
        name: "30/360 across 1 July",
        extra: || json!({ "shiftDueDate": false, "dayCount": "30/360" }),
        amount: "10000.00",
        issue: "2024-05-01",
        due: Some("2024-05-31"),
        as_of: "2024-07-31",
        lines: &[
            (
                "2024-06-01",
                "2024-06-30",
                30,
                "10000.00",
                "12.00",
                "100.00",
            ),
            (
                "2024-07-01",
                "2024-07-31",
                30,
                "10000.00",
                "12.00",
                "100.00",
            ),
        ],
        interest: "200.00",
        capital: "10000.00",
    },
    Case {
        name: "agreed rate replaces referensränta + 8",
        extra: || json!({ "agreedRate": "15.00", "shiftDueDate": false }),
        amount: "10000.00",
        issue: "2025-01-01",
        due: Some("2025-01-31"),
        as_of: "2025-03-02",
        lines: &[(
            "2025-02-01",
            "2025-03-02",
            30,
            "10000.00",
            "15.00",
            "123.29",
        )],
        interest: "123.29",
        capital: "10000.00",
    },
    Case {
        name: "agreed rate 0: no interest, but no error",
        extra: || json!({ "agreedRate": "0", "shiftDueDate": false }),
        amount: "10000.00",
        issue: "2025-01-01",
        due: Some("2025-01-31"),
        as_of: "2025-03-02",
        lines: &[("2025-02-01", "2025-03-02", 30, "10000.00", "0.00", "0.00")],
        interest: "0.00",
        capital: "10000.00",
    },
];

fn input(case: &Case) -> Value {
    let mut invoice = json!({ "number": "R-1", "amount": case.amount, "issueDate": case.issue });
    if let Some(due) = case.due {
        invoice["dueDate"] = json!(due);
    }
    let mut v = json!({ "debtor": "consumer", "invoices": [invoice], "asOf": case.as_of });
    if let (Some(o), Value::Object(extra)) = (v.as_object_mut(), (case.extra)()) {
        o.extend(extra);
    }
    v
}

fn lines(s: &Statement) -> Vec<(String, String, i64, String, String, String)> {
    s.interest_lines
        .iter()
        .map(|l| {
            (
                inkasso::calendar::format_date(l.from),
                inkasso::calendar::format_date(l.to),
                l.days,
                l.base.to_string(),
                format_percent(l.rate),
                l.amount.to_string(),
            )
        })
        .collect()
}

#[test]
fn interest_cases() {
    let mut failures = Vec::new();
    for case in CASES {
        let s = ok(input(case));
        let want: Vec<_> = case
            .lines
            .iter()
            .map(|(f, t, d, b, r, a)| {
                (
                    (*f).to_owned(),
                    (*t).to_owned(),
                    *d,
                    (*b).to_owned(),
                    (*r).to_owned(),
                    (*a).to_owned(),
                )
            })
            .collect();
        let got = lines(&s);
        if got != want {
            failures.push(format!(
                "{}: lines\n  want {want:?}\n  got  {got:?}",
                case.name
            ));
        }
        if s.interest.to_string() != case.interest || s.capital.to_string() != case.capital {
            failures.push(format!(
                "{}: interest/capital want {}/{}, got {}/{}",
                case.name, case.interest, case.capital, s.interest, s.capital
            ));
        }
        for l in &s.interest_lines {
            let yd = l.year_days;
            let expected_yd = match (&(case.extra)()["dayCount"], l.from.year()) {
                (Value::String(d), _) if d == "actual/365" => 365,
                (Value::String(d), _) if d == "30/360" => 360,
                (_, y) if time::util::is_leap_year(y) => 366,
                _ => 365,
            };
            if yd != expected_yd || l.from.year() != l.to.year() {
                failures.push(format!("{}: line {} year days {yd}", case.name, l.from));
            }
            if l.rule.is_empty() || l.explanation().en.is_empty() {
                failures.push(format!(
                    "{}: line {} without rule or text",
                    case.name, l.from
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn rules_cited() {
    let statutory = ok(input(&CASES[0]));
    assert!(statutory.interest_lines[0]
        .rule
        .contains("räntelagen (1975:635) 6 §"));
    assert_eq!(
        statutory.interest_lines[0]
            .reference_rate
            .map(format_percent),
        Some("0.00".into())
    );
    let agreed = CASES
        .iter()
        .find(|c| c.name.starts_with("agreed rate replaces"))
        .expect("case");
    let s = ok(input(agreed));
    assert!(
        s.interest_lines[0].rule.contains("1 § andra stycket"),
        "{}",
        s.interest_lines[0].rule
    );
    assert_eq!(s.interest_lines[0].reference_rate, None);
}

#[test]
fn provisional_half_year_warns_only_when_used() {
    let provisional = CASES
        .iter()
        .find(|c| c.name.contains("provisional"))
        .expect("case");
    let s = ok(input(provisional));
    assert!(s
        .warnings
        .iter()
        .any(|w| w.code == WarningCode::ProvisionalRate));
    // 2025 H2, and its per diem is for 2026-01-01: no provisional rate used.
    let s = ok(input(&CASES[7]));
    assert!(!s
        .warnings
        .iter()
        .any(|w| w.code == WarningCode::ProvisionalRate));
}

#[test]
fn agreed_rate_needs_no_table() {
    // 1990 is outside the table: with an agreed rate there is nothing to warn about.
    let s = ok(json!({
        "debtor": "consumer",
        "agreedRate": "12",
        "shiftDueDate": false,
        "invoices": [{ "number": "1", "amount": "10000.00", "issueDate": "1990-01-01", "dueDate": "1990-01-31" }],
        "asOf": "1990-12-31",
    }));
    assert!(s.warnings.is_empty(), "{:?}", s.warnings);
    // 10 000 × 12 % × 334/365
    assert_eq!(s.interest.to_string(), "1098.08");
}

#[test]
fn per_diem() {
    for (as_of, due, extra, want) in [
        // 10 000 × 12 % / 366
        ("2024-03-31", "2024-01-31", json!({}), "3.28"),
        // the next day is in the next half-year: 10 000 × 11 % / 365
        ("2024-12-31", "2024-01-31", json!({}), "3.01"),
        // not yet accruing the next day
        ("2024-01-30", "2024-01-31", json!({}), "0.00"),
        // the next day is the first interest day
        ("2024-01-31", "2024-01-31", json!({}), "3.28"),
        // actual/365 in a leap year: 10 000 × 12 % / 365
        (
            "2024-03-31",
            "2024-01-31",
            json!({ "dayCount": "actual/365" }),
            "3.29",
        ),
        // 30/360: the 31st is no day
        (
            "2024-03-30",
            "2024-01-31",
            json!({ "dayCount": "30/360" }),
            "0.00",
        ),
        (
            "2024-03-31",
            "2024-01-31",
            json!({ "dayCount": "30/360" }),
            "3.33",
        ),
    ] {
        let mut v = json!({
            "debtor": "consumer",
            "shiftDueDate": false,
            "invoices": [{ "number": "1", "amount": "10000.00", "issueDate": "2024-01-01", "dueDate": due }],
            "asOf": as_of,
        });
        if let (Some(o), Value::Object(e)) = (v.as_object_mut(), extra.clone()) {
            o.extend(e);
        }
        assert_eq!(ok(v).per_diem.to_string(), want, "{as_of} {extra}");
    }
}

/// The per diem of several invoices is their one day's interest summed exactly, then rounded
/// once (DOMAIN.md 8.8), half away from zero (8.4): a sum of exactly half an öre rounds up.
/// Each row's exact sum is worked out by hand over the common denominator `year_days × 100`.
#[test]
fn per_diem_of_several_invoices_rounds_an_exact_half_ore_up() {
    for (invoices, as_of, want) in [
        // (10 159.14 + 4 745.15) × 10 + 4 610.92 × 5 = 172 097.50 over 365 × 100:
        // 4.715 exactly → 4.72 (a quotient per invoice, cut at 28 digits, gave 4.71).
        (
            json!([
                { "number": "F0", "amount": "10159.14", "issueDate": "2025-07-01", "dueDate": "2025-08-01" },
                { "number": "F1", "amount": "4610.92", "issueDate": "2025-07-01", "dueDate": "2025-08-01", "agreedRate": "5" },
                { "number": "F2", "amount": "4745.15", "issueDate": "2025-07-01", "dueDate": "2025-08-01" },
            ]),
            "2025-09-01",
            "4.72",
        ),
        // 1 000.00 × 10 + 825.00 × 10 = 18 250.00 over 36 500: 0.50 exactly, no rounding.
        (
            json!([
                { "number": "A", "amount": "1000.00", "issueDate": "2025-07-01", "dueDate": "2025-08-01" },
                { "number": "B", "amount": "825.00", "issueDate": "2025-07-01", "dueDate": "2025-08-01" },
            ]),
            "2025-09-01",
            "0.50",
        ),
        // (18.25 + 18.25) × 10 = 365.00 over 36 500: 0.01 exactly.
        (
            json!([
                { "number": "A", "amount": "18.25", "issueDate": "2025-07-01", "dueDate": "2025-08-01" },
                { "number": "B", "amount": "18.25", "issueDate": "2025-07-01", "dueDate": "2025-08-01" },
            ]),
            "2025-09-01",
            "0.01",
        ),
        // (9.13 + 9.12) × 10 = 182.50 over 36 500: 0.005 exactly → 0.01.
        (
            json!([
                { "number": "A", "amount": "9.13", "issueDate": "2025-07-01", "dueDate": "2025-08-01" },
                { "number": "B", "amount": "9.12", "issueDate": "2025-07-01", "dueDate": "2025-08-01" },
            ]),
            "2025-09-01",
            "0.01",
        ),
    ] {
        let s = ok(json!({ "debtor": "consumer", "invoices": invoices, "asOf": as_of }));
        assert_eq!(s.per_diem.to_string(), want, "{invoices}");
    }
}

/// A caller's referensränta below −8 % gives no negative dröjsmålsränta: the rate is 0, as
/// with an agreed margin, so interest never eats into the capital (a red-team table at −50 %
/// made the interest −749.04 on 1 000 kr). −8 % exactly is 0 too; −7.5 % is 0.5 %.
#[test]
fn a_late_payment_rate_is_never_below_zero() {
    for (percent, rate, interest) in [
        ("-50", "0.00", "0.00"),
        ("-8", "0.00", "0.00"),
        // 1 000 × 0.5 % × 177/365: the due date, nyårsafton 2026, moves to 2027-01-04
        ("-7.5", "0.50", "2.42"),
    ] {
        let s = ok(json!({
            "debtor": "business",
            "lateFee": false,
            "invoices": [{ "number": "1", "amount": "1000.00", "issueDate": "2026-11-01", "dueDate": "2026-12-31" }],
            "asOf": "2027-06-30",
            "rates": [{ "from": "2027-01-01", "percent": percent }],
        }));
        let line = s.interest_lines.last().expect("a line");
        assert_eq!(format_percent(line.rate), rate, "{percent}");
        assert_eq!(s.interest.to_string(), interest, "{percent}");
        assert_eq!(s.total, s.capital.checked_add(s.interest).expect("sum"));
    }
}

#[test]
fn several_invoices_accrue_on_their_own_and_split_at_every_payment() {
    // Two invoices; a payment on 2025-03-31 splits the lines of both, pays the interest of
    // both (earliest due first), then the capital of the earlier one.
    let s = ok(json!({
        "debtor": "consumer",
        "shiftDueDate": false,
        "invoices": [
            { "number": "B", "amount": "2000.00", "issueDate": "2025-01-01", "dueDate": "2025-02-28" },
            { "number": "A", "amount": "1000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" },
        ],
        "payments": [{ "date": "2025-03-31", "amount": "500.00" }],
        "asOf": "2025-04-30",
    }));
    let got: Vec<_> = s
        .interest_lines
        .iter()
        .map(|l| {
            (
                l.invoice.as_str(),
                inkasso::calendar::format_date(l.from),
                l.base.to_string(),
                l.amount.to_string(),
            )
        })
        .collect();
    // B: 2000 × 11 % × 31/365 = 18.68, then 30 days on 2000 = 18.08
    // A: 1000 × 11 % × 59/365 = 17.78; after the payment (500 − 18.68 − 17.78 = 463.54 to A's
    // capital) 536.46 × 11 % × 30/365 = 4.85
    assert_eq!(
        got,
        [
            (
                "B",
                "2025-03-01".to_owned(),
                "2000.00".to_owned(),
                "18.68".to_owned()
            ),
            (
                "B",
                "2025-04-01".to_owned(),
                "2000.00".to_owned(),
                "18.08".to_owned()
            ),
            (
                "A",
                "2025-02-01".to_owned(),
                "1000.00".to_owned(),
                "17.78".to_owned()
            ),
            (
                "A",
                "2025-04-01".to_owned(),
                "536.46".to_owned(),
                "4.85".to_owned()
            ),
        ]
    );
    let a = &s.allocations[0];
    assert_eq!(
        (
            a.fees.to_string(),
            a.interest.to_string(),
            a.capital.to_string(),
            a.credit.to_string()
        ),
        (
            "0.00".into(),
            "36.46".into(),
            "463.54".into(),
            "0.00".into()
        )
    );
    assert_eq!(s.capital.to_string(), "2536.46");
    assert_eq!(s.interest.to_string(), "22.93");
}

#[test]
fn an_agreed_negative_margin_is_written_with_its_sign_and_a_floored_rate_says_so() {
    // Referensränta 4,00 % in 2024-H1. A margin of −2 points: 2,00 %, "− 2", never "+ -2". A
    // margin of −100 points floors the rate at 0 %: the line says so instead of a margin of
    // −4 points that nobody agreed.
    let of = |margin: &str| {
        ok(json!({
            "debtor": "business",
            "lateFee": false,
            "agreedMargin": margin,
            "invoices": [{ "number": "A", "amount": "1000.00", "issueDate": "2024-01-01", "dueDate": "2024-01-31" }],
            "asOf": "2024-03-31"
        }))
    };
    let minus_two = of("-2");
    let line = minus_two.interest_lines.first().expect("a line");
    let text = line.explanation();
    // (The Swedish texts put a no-break space before "%".)
    let sv = text.sv.replace('\u{a0}', " ");
    assert!(
        sv.contains("2,00 % (referensränta 4,00 % − 2 procentenheter)"),
        "{sv}"
    );
    assert!(
        text.en
            .contains("(reference rate 4.00% − 2 percentage points)"),
        "{}",
        text.en
    );
    // A decimal margin: a comma in Swedish, a point in English (the demo review found
    // "+ 2.5 procentenheter").
    let half = of("2.5");
    let text = half.interest_lines.first().expect("a line").explanation();
    let sv = text.sv.replace('\u{a0}', " ");
    assert!(
        sv.contains("6,50 % (referensränta 4,00 % + 2,5 procentenheter)"),
        "{sv}"
    );
    assert!(
        text.en
            .contains("(reference rate 4.00% + 2.5 percentage points)"),
        "{}",
        text.en
    );
    // A margin of −100 points floors the rate at 0 %: the line gives the margin agreed and says
    // the rate never goes below 0 %.
    let floored = of("-100");
    let line = floored.interest_lines.first().expect("a line");
    let text = line.explanation();
    let sv = text.sv.replace('\u{a0}', " ");
    assert!(
        sv.contains("0,00 % (referensränta 4,00 % − 100 procentenheter, men aldrig under 0 %)"),
        "{sv}"
    );
    assert!(
        text.en
            .contains("0.00% (reference rate 4.00% − 100 percentage points, but never below 0%)"),
        "{}",
        text.en
    );
    for s in [&minus_two, &floored] {
        for line in &s.interest_lines {
            let text = line.explanation();
            assert!(!text.sv.contains("+ -") && !text.en.contains("+ -"));
        }
    }
}

#[test]
fn under_a_negative_referensranta_a_floored_line_gives_the_margin_agreed() {
    // Referensränta −0,50 % in 2017-H1. Each margin below 0.50 points floors the rate at 0 %;
    // the line gives the margin as agreed (the integration review found "+ 0.5" written for
    // margins of 0, 0.25 and −2: the rate minus the referensränta, not the agreement). A margin
    // of exactly 0.50 points makes 0 % without a floor.
    let of = |margin: &str| {
        let s = ok(json!({
            "debtor": "business",
            "lateFee": false,
            "agreedMargin": margin,
            "invoices": [{ "number": "A", "amount": "10000.00", "issueDate": "2017-01-01", "dueDate": "2017-02-01" }],
            "asOf": "2017-03-01"
        }));
        let line = s.interest_lines.first().expect("a line").clone();
        let text = line.explanation();
        (line, text.sv.replace('\u{a0}', " "), text.en)
    };
    for (margin, rate, en, sv) in [
        (
            "0",
            "0.00",
            "(reference rate −0.50% + 0 percentage points, but never below 0%)",
            "(referensränta −0,50 % + 0 procentenheter, men aldrig under 0 %)",
        ),
        (
            "0.25",
            "0.00",
            "(reference rate −0.50% + 0.25 percentage points, but never below 0%)",
            "(referensränta −0,50 % + 0,25 procentenheter, men aldrig under 0 %)",
        ),
        (
            "-2",
            "0.00",
            "(reference rate −0.50% − 2 percentage points, but never below 0%)",
            "(referensränta −0,50 % − 2 procentenheter, men aldrig under 0 %)",
        ),
        (
            "0.5",
            "0.00",
            "(reference rate −0.50% + 0.5 percentage points) on",
            "(referensränta −0,50 % + 0,5 procentenheter) på",
        ),
        // One point is singular (the text review found "1 procentenheter").
        (
            "1",
            "0.50",
            "(reference rate −0.50% + 1 percentage point) on",
            "(referensränta −0,50 % + 1 procentenhet) på",
        ),
        (
            "-1",
            "0.00",
            "(reference rate −0.50% − 1 percentage point, but never below 0%)",
            "(referensränta −0,50 % − 1 procentenhet, men aldrig under 0 %)",
        ),
        (
            "8",
            "7.50",
            "(reference rate −0.50% + 8 percentage points) on",
            "(referensränta −0,50 % + 8 procentenheter) på",
        ),
    ] {
        let (line, sv_text, en_text) = of(margin);
        assert_eq!(format!("{:.2}", line.rate), rate, "margin {margin}");
        assert!(en_text.contains(en), "margin {margin}: {en_text}");
        assert!(sv_text.contains(sv), "margin {margin}: {sv_text}");
    }
}

#[test]
fn a_statutory_rate_floored_at_zero_says_so() {
    // A caller's referensränta of −9 %: referensränta + 8 is −1 %, charged as 0 %.
    let s = ok(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "A", "amount": "10000.00", "issueDate": "2026-11-01", "dueDate": "2026-12-01" }],
        "asOf": "2027-02-01",
        "rates": [{ "from": "2027-01-01", "percent": "-9.00" }]
    }));
    let line = s
        .interest_lines
        .iter()
        .find(|l| l.from.year() == 2027)
        .expect("a line of 2027");
    assert_eq!(format!("{:.2}", line.rate), "0.00");
    let text = line.explanation();
    assert!(
        text.en
            .contains("0.00% (reference rate −9.00% + 8 percentage points, but never below 0%)"),
        "{}",
        text.en
    );
    let before = s
        .interest_lines
        .first()
        .expect("a line of 2026")
        .explanation();
    assert!(!before.en.contains("never below"), "{}", before.en);
}
