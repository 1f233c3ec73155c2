//! The crate as a native Rust library: what a review by a Rust user found (stop 33). Public
//! helpers never panic, typed inputs are checked as the JSON reader checks them, and the
//! types behave as Rust types are expected to.

use inkasso::calendar::add_days;
use inkasso::plan::{instalment_date, Interval};
use inkasso::rates::{HalfYear, RateRow, RateStatus, RateTable};
use inkasso::rust_decimal::Decimal;
use inkasso::statement::Replay;
use inkasso::time::macros::date;
use inkasso::time::Date;
use inkasso::{
    statement, Claim, ContractRate, DayCount, DebtorKind, ErrorCode, Invoice, Money, Payment,
    StatementOptions,
};

fn money(text: &str) -> Money {
    Money::parse(text).expect("money")
}

fn one_invoice(amount: &str, issue: Date, due: Date) -> Claim {
    Claim::new(
        DebtorKind::Consumer,
        vec![Invoice::new("1", money(amount), issue, Some(due))],
    )
}

#[test]
fn a_day_count_far_out_of_range_is_an_overflow_error_not_a_panic() {
    for days in [200_000_000_000_000, i64::MAX, i64::MIN, -3_000_000_000] {
        let e = add_days(date!(2025 - 01 - 01), days).expect_err("out of range");
        assert_eq!(e.code(), ErrorCode::Overflow, "{days}");
    }
    assert_eq!(
        add_days(Date::MAX, i64::MAX).map_err(|e| e.code()),
        Err(ErrorCode::Overflow)
    );
    assert_eq!(
        add_days(date!(2025 - 01 - 01), 365).ok(),
        Some(date!(2026 - 01 - 01))
    );
    assert_eq!(
        add_days(date!(2025 - 01 - 01), -1).ok(),
        Some(date!(2024 - 12 - 31))
    );
    let far = instalment_date(date!(2025 - 01 - 01), Interval::Days(u32::MAX), u32::MAX);
    assert_eq!(far.map_err(|e| e.code()), Err(ErrorCode::Overflow));
}

#[test]
fn a_typed_rate_with_more_than_two_decimals_is_refused_as_the_reader_refuses_it() {
    let mut claim = one_invoice("100000", date!(2025 - 01 - 01), date!(2025 - 01 - 31));
    let too_fine = Decimal::new(8125, 3);
    if let Some(invoice) = claim.invoices.first_mut() {
        invoice.rate = Some(ContractRate::Fixed(too_fine));
    }
    let e = claim.validate().expect_err("8.125 %");
    assert_eq!(e.code(), ErrorCode::InvalidRate);
    assert_eq!(e.field(), Some("invoices[0].agreedRate"));
    assert!(e.message().contains("two decimals"), "{}", e.message());

    if let Some(invoice) = claim.invoices.first_mut() {
        invoice.rate = Some(ContractRate::Margin(Decimal::new(1005, 3)));
    }
    let e = claim.validate().expect_err("1.005 pp");
    assert_eq!(
        (e.code(), e.field()),
        (ErrorCode::InvalidRate, Some("invoices[0].agreedMargin"))
    );

    if let Some(invoice) = claim.invoices.first_mut() {
        invoice.rate = None;
    }
    claim.agreed_rate = Some(too_fine);
    let e = claim.validate().expect_err("claim's 8.125 %");
    assert_eq!(
        (e.code(), e.field()),
        (ErrorCode::InvalidRate, Some("agreedRate"))
    );

    // Trailing zeros are no decimals: 8.100 is 8.10.
    claim.agreed_rate = Some(Decimal::new(8100, 3));
    assert!(claim.validate().is_ok());
}

#[test]
fn a_line_at_an_agreed_whole_rate_shows_it_with_two_decimals() {
    let mut claim = one_invoice("100000", date!(2025 - 01 - 01), date!(2025 - 01 - 31));
    claim.agreed_rate = Some(Decimal::new(8, 0));
    let s = statement(&claim, &StatementOptions::new(date!(2025 - 04 - 01))).expect("statement");
    let line = s.interest_lines.first().expect("a line");
    assert_eq!(line.rate.to_string(), "8.00");
    // 100 000 × 8 % × 60/365 = 1 315.07
    assert_eq!(line.amount.to_string(), "1315.07");
}

#[test]
fn a_custom_rate_table_refuses_rates_the_reader_refuses() {
    let row = |percent: Decimal| RateRow {
        half_year: HalfYear::new(2025, 1).expect("half-year"),
        percent,
        status: RateStatus::Confirmed,
        source: "test".into(),
    };
    for percent in [Decimal::new(-500, 0), Decimal::new(1, 28), Decimal::MAX] {
        let e = RateTable::new(vec![row(percent)]).expect_err("refused");
        assert_eq!(e.code(), ErrorCode::InvalidRate, "{percent}");
        assert!(
            e.message().starts_with("half-year 2025-H1: "),
            "{}",
            e.message()
        );
    }
    let table = RateTable::new(vec![row(Decimal::new(3, 0))]).expect("3 %");
    assert_eq!(
        table
            .rows()
            .first()
            .map(|r| r.percent.to_string())
            .as_deref(),
        Some("3.00")
    );
}

#[test]
fn money_pads_like_a_number_and_parses_with_from_str() {
    let fee: Money = "60".parse().expect("parses");
    assert_eq!(
        format!("[{fee:>9}] [{fee:<9}] [{fee:*^9}]"),
        "[    60.00] [60.00    ] [**60.00**]"
    );
    // A precision never cuts an amount (a string's would), and a sign pads as a number's.
    let amount: Money = "1234.50".parse().expect("parses");
    assert_eq!(
        format!("[{amount:.2}] [{amount:.0}] [{amount:>12.2}]"),
        "[1234.50] [1234.50] [     1234.50]"
    );
    let negative = Money::from_ore(-6000);
    assert_eq!(
        format!("[{negative:>8}] [{negative:08}] [{fee:+}]"),
        "[  -60.00] [-0060.00] [+60.00]"
    );
    assert_eq!(
        "1e3".parse::<Money>().map_err(|e| e.code()),
        Err(ErrorCode::InvalidAmount)
    );
}

#[test]
fn a_replay_of_an_invalid_claim_is_refused_as_a_statement_is() {
    let empty = Claim::new(DebtorKind::Consumer, vec![]);
    let options = StatementOptions::new(date!(2025 - 06 - 01));
    let replay = Replay::new(&empty, &options)
        .map(|_| ())
        .map_err(|e| e.code());
    assert_eq!(replay, Err(ErrorCode::NoInvoices));
    let negative = Claim::new(
        DebtorKind::Consumer,
        vec![Invoice::new(
            "1",
            Money::from_ore(-100_000),
            date!(2025 - 01 - 01),
            Some(date!(2025 - 01 - 31)),
        )],
    );
    let expected = statement(&negative, &options)
        .map(|_| ())
        .map_err(|e| e.code());
    assert!(expected.is_err());
    assert_eq!(
        Replay::new(&negative, &options)
            .map(|_| ())
            .map_err(|e| e.code()),
        expected
    );
}

#[test]
fn under_30e_360_a_31st_alone_makes_no_line() {
    // Due 2025-01-15; 100.00 paid on 2025-01-30; valued on 2025-01-31. The 31st counts no day
    // under 30E/360: the lines end on the payment day, none of 0 days follows.
    let mut claim = one_invoice("1000", date!(2024 - 12 - 16), date!(2025 - 01 - 15));
    claim.day_count = DayCount::Thirty360;
    claim.payments = vec![Payment {
        date: date!(2025 - 01 - 30),
        amount: money("100"),
        invoice: None,
    }];
    let full = statement(&claim, &StatementOptions::new(date!(2025 - 01 - 31))).expect("statement");
    assert!(
        full.interest_lines.iter().all(|l| l.days > 0),
        "{:?}",
        full.interest_lines
    );
    assert_eq!(full.interest_lines.len(), 1);
    let mut options = StatementOptions::new(date!(2025 - 01 - 31));
    options.detail = inkasso::Detail::Summary;
    let summary = statement(&claim, &options).expect("summary");
    assert_eq!(summary.total, full.total);
    let mut replay = Replay::new(&claim, &options).expect("replay");
    let totals = replay.totals_on(date!(2025 - 01 - 31)).expect("totals");
    assert_eq!(totals.total, full.total);
}

/// A claim serialised and read back through the input path (what JS callers pass).
fn read_back(json: &str) -> Claim {
    inkasso::input::read::<inkasso::input::ClaimInput, _>(&mut serde_json::Deserializer::from_str(
        json,
    ))
    .and_then(inkasso::input::ClaimInput::into_claim)
    .expect("a serialised claim reads back")
}

#[test]
fn a_claim_serialises_in_the_input_shape_and_reads_back_equal() {
    let mut claim = Claim::new(
        DebtorKind::Business,
        vec![
            Invoice::new("A-1", money("1000.50"), date!(2025 - 01 - 10), None),
            Invoice {
                rate: Some(ContractRate::Fixed(Decimal::new(825, 2))),
                description: Some("Konsulttjänster maj 2025".into()),
                ..Invoice::new(
                    "A-2",
                    money("20"),
                    date!(2025 - 01 - 12),
                    Some(date!(2025 - 02 - 11)),
                )
            },
            Invoice {
                rate: Some(ContractRate::Margin(Decimal::new(10, 0))),
                ..Invoice::new(
                    "A-3",
                    money("5"),
                    date!(2025 - 01 - 12),
                    Some(date!(2025 - 02 - 11)),
                )
            },
        ],
    );
    claim.reminder_fee_agreed = true;
    claim.late_fee = false;
    claim.day_count = DayCount::Thirty360;
    claim.shift_due_date = false;
    claim.agreed_margin = Some(Decimal::new(105, 1));
    let mut demand = inkasso::Step::new(inkasso::StepKind::CollectionDemand, date!(2025 - 03 - 03));
    demand.payment_term_days = Some(10);
    demand.fee = Some(false);
    let mut judgment = inkasso::Step::new(inkasso::StepKind::Judgment, date!(2025 - 09 - 01));
    judgment.costs = Some(money("1200"));
    claim.steps = vec![demand, judgment];
    claim.payments = vec![Payment {
        date: date!(2025 - 04 - 01),
        amount: money("100"),
        invoice: None,
    }];
    claim.credits = vec![inkasso::CreditNote {
        invoice: "A-1".into(),
        date: date!(2025 - 02 - 01),
        amount: money("0.50"),
    }];
    let json = serde_json::to_string(&claim).expect("json");
    assert_eq!(
        json,
        concat!(
            r#"{"debtor":"business","reminderFeeAgreed":true,"lateFee":false,"dayCount":"30/360","shiftDueDate":false,"agreedMargin":"10.5","#,
            r#""invoices":[{"number":"A-1","amount":"1000.50","issueDate":"2025-01-10"},"#,
            r#"{"number":"A-2","amount":"20.00","issueDate":"2025-01-12","dueDate":"2025-02-11","agreedRate":"8.25","description":"Konsulttjänster maj 2025"},"#,
            r#"{"number":"A-3","amount":"5.00","issueDate":"2025-01-12","dueDate":"2025-02-11","agreedMargin":"10"}],"#,
            r#""steps":[{"kind":"collectionDemand","date":"2025-03-03","paymentTermDays":10,"fee":false},{"kind":"judgment","date":"2025-09-01","costs":"1200.00"}],"#,
            r#""payments":[{"date":"2025-04-01","amount":"100.00"}],"credits":[{"invoice":"A-1","date":"2025-02-01","amount":"0.50"}]}"#
        )
    );
    assert_eq!(read_back(&json), claim);
    // The defaults and empty lists are written as such, and read back.
    let plain = one_invoice("100", date!(2025 - 01 - 10), date!(2025 - 02 - 10));
    let json = serde_json::to_string(&plain).expect("json");
    assert_eq!(
        json,
        r#"{"debtor":"consumer","reminderFeeAgreed":false,"lateFee":true,"dayCount":"actual/actual","shiftDueDate":true,"invoices":[{"number":"1","amount":"100.00","issueDate":"2025-01-10","dueDate":"2025-02-10"}]}"#
    );
    assert_eq!(read_back(&json), plain);
}

#[test]
fn every_worked_case_reads_back_equal_after_serialising() {
    let dir = match std::env::var_os("INKASSO_CASES_DIR") {
        Some(dir) => std::path::PathBuf::from(dir),
        None => std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/cases"),
    };
    let mut read = 0;
    for entry in std::fs::read_dir(&dir).expect("cases dir") {
        let path = entry.expect("entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let case: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("case")).expect("json");
        let mut input = case["input"].clone();
        input.as_object_mut().expect("object").remove("asOf");
        let claim = read_back(&serde_json::to_string(&input).expect("json"));
        let again = read_back(&serde_json::to_string(&claim).expect("json"));
        assert_eq!(again, claim, "{}", path.display());
        read += 1;
    }
    assert!(read >= 5, "only {read} worked cases");
}

/// Under 30E/360 the per diem is the next day as the basis weighs it: nothing after the 30th of
/// a 31-day month, three days after 28 February of a common year (an independent arithmetic
/// review found it undocumented; README's per diem paragraph now says so).
#[test]
fn the_per_diem_under_30_360_weighs_the_next_day_as_the_basis_does() {
    let mut claim = one_invoice("36500", date!(2024 - 11 - 01), date!(2024 - 12 - 02));
    claim.day_count = DayCount::Thirty360;
    let per_diem = |as_of: Date| {
        statement(&claim, &StatementOptions::new(as_of))
            .expect("statement")
            .per_diem
            .to_string()
    };
    assert_eq!(per_diem(date!(2025 - 01 - 29)), "11.15");
    assert_eq!(per_diem(date!(2025 - 01 - 30)), "0.00");
    assert_eq!(per_diem(date!(2025 - 01 - 31)), "11.15");
    assert_eq!(per_diem(date!(2025 - 02 - 28)), "33.46");
}

/// A review by a Rust user (stop 50): with a referensränta of 0.00 % (2015-H1 … 2016-H1) the
/// dröjsmålsränta printed `8` natively (rust_decimal's 0.00 + 8 keeps the scale of 8) where
/// the other rows print `7.50`; the JSON said `8.00`. Every rate the engine gives has two
/// decimals, as in the JSON.
#[test]
fn rates_of_a_zero_referensranta_have_two_decimals_natively() {
    let claim = one_invoice("10000", date!(2015 - 01 - 01), date!(2015 - 01 - 30));
    let s = statement(&claim, &StatementOptions::new(date!(2016 - 08 - 01))).expect("statement");
    let rates: Vec<String> = s
        .interest_lines
        .iter()
        .map(|l| l.rate.to_string())
        .collect();
    assert_eq!(rates, ["8.00", "8.00", "8.00", "7.50"]);
    for line in &s.interest_lines {
        assert_eq!(line.margin.map(|m| m.to_string()).as_deref(), Some("8.00"));
        let reference = line.reference_rate.map(|r| r.to_string());
        assert!(
            reference.as_deref().is_some_and(|r| r.len() >= 4),
            "{reference:?}"
        );
    }
    let row = RateTable::embedded()
        .lookup(date!(2016 - 03 - 01))
        .expect("2016-H1");
    assert_eq!(row.late_payment_rate().expect("rate").to_string(), "8.00");
}

/// The same review: `Totals` said `assumed` and `rate_not_covered` but not when a provisional
/// row (the embedded table's newest half-year, until confirmed) gave its rate; only
/// `totals_and_warnings_on` showed it.
#[test]
fn totals_say_when_a_provisional_rate_gave_them() {
    let claim = one_invoice("1000", date!(2025 - 01 - 01), date!(2025 - 02 - 01));
    let options = StatementOptions::new(date!(2025 - 01 - 01));
    let mut replay = Replay::new(&claim, &options).expect("replay");
    let last = RateTable::embedded().rows().last().cloned().expect("a row");
    for day in [date!(2025 - 06 - 30), date!(2026 - 12 - 30)] {
        let (totals, warnings) = replay.totals_and_warnings_on(day).expect("totals");
        let said = warnings
            .iter()
            .any(|w| w.code == inkasso::warning::WarningCode::ProvisionalRate);
        assert_eq!(totals.provisional, said, "{day}");
        assert_eq!(replay.totals_on(day).expect("totals").provisional, said);
        let s = statement(&claim, &StatementOptions::new(day)).expect("statement");
        assert_eq!(inkasso::statement::Totals::of(&s).provisional, said);
    }
    let on_last = replay.totals_on(date!(2026 - 12 - 30)).expect("totals");
    assert_eq!(on_last.provisional, last.status == RateStatus::Provisional);
}

/// The timeline's valuations say it too (`Valuation::provisional`, `ifPaid.provisional` in
/// JS), as the statement of the same day does (an integrator's review: only `assumed` was
/// shown).
#[test]
fn a_timelines_valuations_say_when_a_provisional_rate_gave_them() {
    let claim = one_invoice("1000", date!(2026 - 05 - 01), date!(2026 - 06 - 01));
    let policy = inkasso::policy::Policy::preset(inkasso::policy::PresetId::Standard);
    let options = inkasso::timeline::TimelineOptions {
        today: Some(date!(2026 - 12 - 04)),
        ..inkasso::timeline::TimelineOptions::default()
    };
    let t = inkasso::timeline::timeline(&claim, &policy, &options).expect("timeline");
    let last = RateTable::embedded().rows().last().cloned().expect("a row");
    let mut seen = false;
    for e in &t.entries {
        let v = &e.if_paid;
        let in_last = v.as_of >= last.half_year.start().expect("start");
        let assumed_only = v.as_of > date!(2026 - 12 - 31);
        if in_last && !assumed_only && last.status == RateStatus::Provisional {
            assert!(v.provisional, "{:?} {}", e.kind, v.as_of);
            seen = true;
        }
        // (The per diem is the next day's: a valuation on the day before the half-year uses it.)
        if v.as_of.next_day().expect("next day") < last.half_year.start().expect("start") {
            assert!(!v.provisional, "{:?} {}", e.kind, v.as_of);
        }
    }
    assert!(
        seen || last.status != RateStatus::Provisional,
        "no entry valued in the provisional half-year"
    );
}

/// A timeline's valuation says what is owed back, as the statement of its day does (a review:
/// an overpaid claim's `final` showed a total of 0.00 and nothing of the 310.16 kr to repay).
#[test]
fn a_timelines_valuation_carries_the_statements_credit() {
    let mut claim = one_invoice("1000", date!(2024 - 01 - 10), date!(2024 - 02 - 09));
    claim.payments.push(Payment {
        date: date!(2024 - 03 - 01),
        amount: money("1300"),
        invoice: None,
    });
    let policy = inkasso::policy::Policy::preset(inkasso::policy::PresetId::Standard);
    let options = inkasso::timeline::TimelineOptions {
        today: Some(date!(2024 - 03 - 10)),
        ..inkasso::timeline::TimelineOptions::default()
    };
    let t = inkasso::timeline::timeline(&claim, &policy, &options).expect("timeline");
    let at = inkasso::statement::StatementOptions::new(t.final_value.as_of);
    let s = inkasso::statement::statement(&claim, &at).expect("statement");
    assert!(
        s.credit.is_positive(),
        "the claim is overpaid: {}",
        s.credit
    );
    assert_eq!(t.final_value.credit, s.credit);
    assert_eq!(t.final_value.total, Money::ZERO);
}

/// The year-end review: an interest line at a row marked assumed stated the guess as the law's
/// rate ("referensränta 2,00 % + 8 procentenheter"). It says it is assumed; a confirmed row's
/// line is worded as before.
#[test]
fn an_interest_line_at_an_assumed_rate_says_so() {
    let claim = one_invoice("10000", date!(2026 - 10 - 01), date!(2026 - 10 - 31));
    let explanation = |status: RateStatus| {
        let row = RateRow {
            half_year: HalfYear::new(2027, 1).expect("half-year"),
            percent: Decimal::new(200, 2),
            status,
            source: "test".into(),
        };
        let table = RateTable::embedded()
            .with_overrides(vec![row])
            .expect("table");
        let mut options = StatementOptions::new(date!(2027 - 01 - 20));
        options.rates = &table;
        let s = statement(&claim, &options).expect("statement");
        let line = s
            .interest_lines
            .iter()
            .find(|l| l.from >= date!(2027 - 01 - 01))
            .expect("a line in 2027")
            .clone();
        (line.assumed, line.explanation())
    };
    let (assumed, text) = explanation(RateStatus::Assumed);
    assert!(assumed);
    assert!(
        text.sv
            .contains("(antagen referensränta 2,00\u{a0}% + 8 procentenheter)"),
        "{}",
        text.sv
    );
    assert!(
        text.en
            .contains("(assumed reference rate 2.00% + 8 percentage points)"),
        "{}",
        text.en
    );
    let (assumed, text) = explanation(RateStatus::Confirmed);
    assert!(!assumed);
    assert!(
        text.sv
            .contains("(referensränta 2,00\u{a0}% + 8 procentenheter)"),
        "{}",
        text.sv
    );
}

/// The year-end review: a row of `referenceRates()` (`referenceRate`, with `to`, `halfYear`
/// and `latePaymentRate`) is read as a rate row by the native reader too, its extra fields
/// checked against it.
#[test]
fn a_rate_row_as_reference_rates_gives_it_reads_back() {
    use inkasso::input::{read, RateRowInput};
    let row = |value: serde_json::Value| {
        read::<RateRowInput, _>(value).and_then(|r| r.into_row("rates[0]"))
    };
    let read_out = row(serde_json::json!({
        "from": "2027-01-01", "to": "2027-06-30", "halfYear": "2027-H1",
        "referenceRate": "2.50", "latePaymentRate": "10.50", "status": "confirmed", "source": "Riksbanken"
    }))
    .expect("a row read out");
    let plain =
        row(serde_json::json!({ "from": "2027-01-01", "percent": "2.50", "source": "Riksbanken" }))
            .expect("a plain row");
    assert_eq!(read_out, plain);
    let e = row(serde_json::json!({ "from": "2027-01-01", "referenceRate": "2.50", "latePaymentRate": "11.00" }))
        .expect_err("disagrees");
    assert_eq!(e.code(), ErrorCode::InvalidRateTable);
    assert_eq!(e.field(), Some("rates[0].latePaymentRate"));
    let e = row(
        serde_json::json!({ "from": "2027-01-01", "percent": "2.50", "referenceRate": "2.50" }),
    )
    .expect_err("twice");
    assert_eq!(e.field(), Some("rates[0].referenceRate"));
    let e = row(serde_json::json!({ "from": "2027-01-01" })).expect_err("none");
    assert_eq!(
        (e.code(), e.field()),
        (ErrorCode::MissingField, Some("rates[0].percent"))
    );
}

/// The year-end review: with 2027's days unvalued (no rate for them yet), a payment that does
/// not cover the claim at any real rate was called an overpayment, "a credit owed to the
/// debtor", and a betalningsföreläggande after it cost nothing "because the capital was
/// paid". The warnings still say what the figures show, and that the missing interest may
/// change it; with the days valued, there is no such warning.
#[test]
fn an_overpayment_on_unvalued_days_says_it_may_not_be_one() {
    let mut claim = one_invoice("10000", date!(2026 - 10 - 01), date!(2026 - 10 - 31));
    claim.payments.push(Payment {
        date: date!(2027 - 02 - 01),
        amount: money("10250"),
        invoice: None,
    });
    claim.steps.push(inkasso::Step::new(
        inkasso::StepKind::PaymentOrder,
        date!(2027 - 02 - 10),
    ));
    let s = statement(&claim, &StatementOptions::new(date!(2027 - 02 - 15))).expect("statement");
    let text = |code: inkasso::warning::WarningCode| {
        s.warnings
            .iter()
            .find(|w| w.code == code)
            .map(|w| w.text())
            .expect("the warning")
    };
    let overpaid = text(inkasso::warning::WarningCode::Overpaid);
    assert!(
        overpaid.en.contains("exceeds the claim as computed here. Interest for days without a referensränta fixed by the Riksbank in the table is left out, or rests on an assumed rate"),
        "{}",
        overpaid.en
    );
    assert!(
        overpaid
            .sv
            .contains("kan överskottet vara mindre eller saknas"),
        "{}",
        overpaid.sv
    );
    let settled = text(inkasso::warning::WarningCode::ClaimSettled);
    assert!(
        settled
            .en
            .contains("part of the capital may have been unpaid at the real rate; the cost may then have been due"),
        "{}",
        settled.en
    );
    // Valued, the payment leaves interest unpaid: no overpayment, and the application costs.
    let row = RateRow {
        half_year: HalfYear::new(2027, 1).expect("half-year"),
        percent: Decimal::new(250, 2),
        status: RateStatus::Confirmed,
        source: "test".into(),
    };
    let table = RateTable::embedded()
        .with_overrides(vec![row])
        .expect("table");
    let mut options = StatementOptions::new(date!(2027 - 02 - 15));
    options.rates = &table;
    let valued = statement(&claim, &options).expect("statement");
    assert!(!valued.credit.is_positive());
    assert!(valued.warnings.iter().all(|w| !matches!(
        w.code,
        inkasso::warning::WarningCode::Overpaid | inkasso::warning::WarningCode::ClaimSettled
    )));
    // An overpayment within the table reads as before.
    let mut paid = one_invoice("1000", date!(2025 - 01 - 01), date!(2025 - 01 - 31));
    paid.payments.push(Payment {
        date: date!(2025 - 02 - 10),
        amount: money("1100"),
        invoice: None,
    });
    let s = statement(&paid, &StatementOptions::new(date!(2025 - 03 - 01))).expect("statement");
    let w = s
        .warnings
        .iter()
        .find(|w| w.code == inkasso::warning::WarningCode::Overpaid)
        .expect("overpaid");
    assert_eq!(
        w.text().en,
        "The payment of 2025-02-10 exceeds the claim: the excess is a credit owed to the debtor."
    );
}

/// The year-end review: `check` and `limitation` valued a payment after the rate table with
/// the last known referensränta assumed and said nothing, so a compliance gate passed or
/// failed on a guess. `check` now says `RATE_ASSUMED` (a warning at `rates`) and `limitation`
/// `assumed`, while a payment depends on an assumed rate (carried forward, or a caller's row
/// marked assumed), and not once the rate is given.
#[test]
fn check_and_limitation_say_when_a_payment_rests_on_an_assumed_rate() {
    use inkasso::compliance::{check_with, CheckOptions, FindingCode, Severity};
    use inkasso::limitation::{limitation_with, LimitationOptions};
    let mut claim = one_invoice("10000", date!(2026 - 10 - 01), date!(2026 - 10 - 31));
    claim.payments.push(Payment {
        date: date!(2027 - 02 - 01),
        amount: money("10250"),
        invoice: None,
    });
    let with = |status: RateStatus| {
        RateTable::embedded()
            .with_overrides(vec![RateRow {
                half_year: HalfYear::new(2027, 1).expect("half-year"),
                percent: Decimal::new(150, 2),
                status,
                source: "test".into(),
            }])
            .expect("table")
    };
    let judged = |claim: &Claim, table: &RateTable| {
        let findings = check_with(claim, None, &CheckOptions { rates: table }).expect("check");
        let assumed = findings
            .iter()
            .find(|f| f.code == FindingCode::RateAssumed)
            .cloned();
        let l = limitation_with(claim, &LimitationOptions { rates: table }).expect("limitation");
        (assumed, l.assumed)
    };
    let (finding, assumed) = judged(&claim, RateTable::embedded());
    let finding = finding.expect("RATE_ASSUMED");
    assert!(assumed);
    let l = inkasso::limitation::limitation(&claim).expect("limitation");
    assert!(
        l.text().en.ends_with(" How the payments are allocated rests on an assumed referensränta, so the limitation dates may change once the fixed rate is entered."),
        "{}",
        l.text().en
    );
    assert_eq!(finding.severity, Severity::Warning);
    assert_eq!(finding.field().as_deref(), Some("rates"));
    assert_eq!(
        finding.text().en,
        "The rate table has no referensränta fixed by the Riksbank for the first half of 2027: the history has been computed with 2.00% as an assumed referensränta (the last known rate, or a row marked as assumed), and the payments from 2027-02-01 on allocated accordingly. Findings that turn on what was unpaid may change once the fixed rate is entered."
    );
    let (finding, assumed) = judged(&claim, &with(RateStatus::Assumed));
    assert!(finding.is_some() && assumed);
    let (finding, assumed) = judged(&claim, &with(RateStatus::Confirmed));
    assert!(finding.is_none() && !assumed);
    // No payment after the table: nothing rests on the assumption.
    claim.payments.clear();
    let (finding, assumed) = judged(&claim, RateTable::embedded());
    assert!(finding.is_none() && !assumed);
}

/// The year-end review: an instalment plan over the provisional half-year did not say so,
/// where `totals` and the timeline did (`Schedule::provisional`).
#[test]
fn a_schedule_says_when_a_provisional_rate_gave_its_interest() {
    use inkasso::plan::{instalment_plan, PlanOptions, PlanRequest};
    let claim = one_invoice("12000", date!(2026 - 05 - 01), date!(2026 - 06 - 01));
    let last = RateTable::embedded().rows().last().cloned().expect("a row");
    let request: PlanRequest = inkasso::input::read::<inkasso::input::plan::PlanInput, _>(
        serde_json::json!({ "date": "2026-08-03", "firstDate": "2026-09-01", "count": 3 }),
    )
    .and_then(inkasso::input::plan::PlanInput::into_request)
    .expect("plan");
    let s = instalment_plan(&claim, &request, &PlanOptions::default()).expect("schedule");
    assert_eq!(s.provisional, last.status == RateStatus::Provisional);
    assert_eq!(
        s.provisional,
        s.warnings
            .iter()
            .any(|w| w.code == inkasso::warning::WarningCode::ProvisionalRate)
    );
}

/// The diff review: `RATE_ASSUMED` and `assumed` fired whenever a payment fell after an
/// assumed row's first day, though no interest before it was computed at that rate: a guessed
/// row for a half-year long before the claim, a fixed agreed rate, a claim paid off before the
/// table ended, interest starting after the payment. Only a payment whose allocation counts
/// interest at an assumed rate is one.
#[test]
fn rate_assumed_only_where_a_payment_counts_interest_at_an_assumed_rate() {
    use inkasso::compliance::{check_with, CheckOptions, FindingCode};
    use inkasso::limitation::{limitation_with, LimitationOptions};
    let flagged = |claim: &Claim, table: &RateTable| {
        let findings = check_with(claim, None, &CheckOptions { rates: table }).expect("check");
        let finding = findings.iter().any(|f| f.code == FindingCode::RateAssumed);
        let l = limitation_with(claim, &LimitationOptions { rates: table }).expect("limitation");
        assert_eq!(finding, l.assumed, "check and limitation agree");
        finding
    };
    let paid = |claim: &mut Claim, day: Date, amount: &str| {
        claim.payments.push(Payment {
            date: day,
            amount: money(amount),
            invoice: None,
        })
    };
    // A row marked assumed for 2010, long before a 2024 claim.
    let mut claim = one_invoice("10000", date!(2024 - 01 - 01), date!(2024 - 02 - 01));
    paid(&mut claim, date!(2024 - 06 - 01), "500");
    let old_guess = RateTable::embedded()
        .with_overrides(vec![RateRow {
            half_year: HalfYear::new(2010, 1).expect("half-year"),
            percent: Decimal::new(100, 2),
            status: RateStatus::Assumed,
            source: "test".into(),
        }])
        .expect("table");
    assert!(!flagged(&claim, &old_guess));
    // Paid off in 2024; a payment in 2027 counts no interest of 2027.
    let mut off = one_invoice("10000", date!(2024 - 01 - 01), date!(2024 - 02 - 01));
    paid(&mut off, date!(2024 - 03 - 01), "20000");
    paid(&mut off, date!(2027 - 03 - 01), "100");
    assert!(!flagged(&off, RateTable::embedded()));
    // A fixed agreed rate: no referensränta used.
    let mut fixed = one_invoice("10000", date!(2024 - 01 - 01), date!(2024 - 02 - 01));
    fixed.agreed_rate = Some(Decimal::new(12, 0));
    paid(&mut fixed, date!(2027 - 03 - 01), "500");
    assert!(!flagged(&fixed, RateTable::embedded()));
    // Interest starting after the payment.
    let mut later = one_invoice("10000", date!(2027 - 01 - 15), date!(2027 - 02 - 15));
    paid(&mut later, date!(2027 - 02 - 01), "500");
    assert!(!flagged(&later, RateTable::embedded()));
    // A payment after interest at the assumed rate: flagged, naming the first such payment.
    paid(&mut later, date!(2027 - 03 - 01), "500");
    paid(&mut later, date!(2027 - 04 - 01), "500");
    assert!(flagged(&later, RateTable::embedded()));
    let findings = inkasso::compliance::check(&later, None).expect("check");
    let f = findings
        .iter()
        .find(|f| f.code == FindingCode::RateAssumed)
        .expect("RATE_ASSUMED");
    assert!(
        f.text().en.contains("the payments from 2027-03-01 on"),
        "{}",
        f.text().en
    );
}

/// The diff review: `CLAIM_SETTLED` said the missing interest might change it when a credit
/// note, not a payment, had cleared the capital; a demand after a payment that paid capital
/// only because interest was missing said nothing of it.
#[test]
fn a_step_on_a_paid_claim_is_hedged_only_when_a_payment_paid_it_without_interest() {
    let text_of = |claim: &Claim, code: inkasso::warning::WarningCode| {
        let s = statement(claim, &StatementOptions::new(date!(2027 - 04 - 01))).expect("statement");
        s.warnings
            .iter()
            .find(|w| w.code == code)
            .map(|w| w.text().en)
            .expect("the warning")
    };
    // Credited in full in 2027: the credit does not depend on interest.
    let mut credited = one_invoice("10000", date!(2026 - 01 - 01), date!(2026 - 02 - 01));
    credited.credits.push(inkasso::claim::CreditNote {
        invoice: "1".to_owned(),
        date: date!(2027 - 02 - 01),
        amount: money("10000"),
    });
    credited.steps.push(inkasso::Step::new(
        inkasso::StepKind::PaymentOrder,
        date!(2027 - 03 - 01),
    ));
    let settled = text_of(&credited, inkasso::warning::WarningCode::ClaimSettled);
    assert!(!settled.contains("left out"), "{settled}");
    // Paid in 2027 what the claim comes to without 2027's interest: an inkassokrav after it
    // is not "overdue" only as computed here.
    let mut paid = one_invoice("10000", date!(2026 - 10 - 01), date!(2026 - 10 - 31));
    let s = statement(&paid, &StatementOptions::new(date!(2027 - 02 - 01))).expect("statement");
    paid.payments.push(Payment {
        date: date!(2027 - 02 - 01),
        amount: s.total,
        invoice: None,
    });
    paid.steps.push(inkasso::Step::new(
        inkasso::StepKind::CollectionDemand,
        date!(2027 - 03 - 01),
    ));
    let not_overdue = text_of(&paid, inkasso::warning::WarningCode::NotOverdue);
    assert!(
        not_overdue.contains(
            "as computed here, no invoice was past its due date with capital unpaid that day. Interest for days without a referensränta fixed by the Riksbank in the table is left out, or rests on an assumed rate"
        ),
        "{not_overdue}"
    );
}

/// The demo review: a timeline (which assumes the last known rate past the table) called a
/// payment in 2027 an overpayment outright, though the hedge applies to an assumed rate as
/// much as to a missing one; and a reminder after an inkassokrav, which earns no fee however
/// the interest comes out, was told its fee "may have been due".
#[test]
fn hedges_cover_assumed_rates_and_not_fees_that_can_never_be_due() {
    let mut claim = one_invoice("10000", date!(2026 - 10 - 01), date!(2026 - 10 - 31));
    claim.payments.push(Payment {
        date: date!(2027 - 01 - 20),
        amount: money("10400"),
        invoice: None,
    });
    let policy = inkasso::policy::Policy::preset(inkasso::policy::PresetId::Standard);
    let options = inkasso::timeline::TimelineOptions {
        today: Some(date!(2027 - 02 - 15)),
        ..inkasso::timeline::TimelineOptions::default()
    };
    let t = inkasso::timeline::timeline(&claim, &policy, &options).expect("timeline");
    let overpaid = t
        .warnings
        .iter()
        .find(|w| w.code == inkasso::warning::WarningCode::Overpaid)
        .map(|w| w.text().en)
        .expect("overpaid");
    assert!(
        overpaid.contains("or rests on an assumed rate"),
        "{overpaid}"
    );
    // A reminder after the inkassokrav, once the payment paid the capital without 2027's
    // interest: no fee, and no hedge.
    let mut later = claim.clone();
    later.steps.push(inkasso::Step::new(
        inkasso::StepKind::CollectionDemand,
        date!(2026 - 11 - 10),
    ));
    later.steps.push(inkasso::Step::new(
        inkasso::StepKind::Reminder,
        date!(2027 - 02 - 01),
    ));
    let s = statement(&later, &StatementOptions::new(date!(2027 - 02 - 15))).expect("statement");
    let texts: Vec<String> = s
        .warnings
        .iter()
        .filter(|w| w.subject == inkasso::warning::Subject::Step(1))
        .map(|w| w.text().en)
        .collect();
    assert!(!texts.is_empty());
    assert!(
        texts.iter().all(|t| !t.contains("may then have been due")),
        "{texts:?}"
    );
}

/// A date's totals serialise as the JS API's `totals` writes a date's record (less its
/// `timeBarred`, which `Replay::time_barred_on` gives): a Rust user's review found no way to
/// send them as JSON.
#[test]
fn totals_serialise_as_the_js_record() {
    let claim = one_invoice("100.00", date!(2025 - 01 - 01), date!(2025 - 01 - 31));
    let options = StatementOptions::new(date!(2025 - 06 - 01));
    let mut replay = Replay::new(&claim, &options).expect("replay");
    let t = replay.totals_on(date!(2025 - 06 - 01)).expect("totals");
    assert_eq!(
        serde_json::to_value(t).expect("json"),
        serde_json::json!({
            "asOf": "2025-06-01", "capital": "100.00", "interest": t.interest.to_string(),
            "fees": "0.00", "total": t.total.to_string(), "credit": "0.00",
            "perDiem": t.per_diem.to_string(), "rateNotCovered": false, "assumed": false,
            "provisional": false
        })
    );
}

/// Timeline options as JSON, read as the JS API reads them: `today` and `horizon` checked at
/// their fields, the caller's rate rows into the table (a Rust user's review found every caller
/// re-doing it).
#[test]
fn timeline_options_read_as_the_js_api_reads_them() {
    use inkasso::input::options::TimelineOptionsInput;
    use inkasso::input::read;
    use inkasso::timeline::timeline;
    let read_options = |json: serde_json::Value| {
        read::<TimelineOptionsInput, _>(json).and_then(TimelineOptionsInput::into_options)
    };
    let options = read_options(serde_json::json!({
        "today": "2025-03-01", "horizon": "2027-06-30",
        "rates": [{ "from": "2027-01-01", "percent": "2.00" }]
    }))
    .expect("options");
    let claim = one_invoice("1000.00", date!(2025 - 01 - 01), date!(2025 - 01 - 31));
    let standard = inkasso::policy::Policy::preset(inkasso::policy::PresetId::Standard);
    let t = timeline(&claim, &standard, &options.as_options()).expect("timeline");
    assert_eq!(t.final_value.as_of, date!(2027 - 06 - 30));
    for (json, field) in [
        (serde_json::json!({ "today": "2025-02-30" }), "today"),
        (serde_json::json!({ "horizon": "soon" }), "horizon"),
        (
            serde_json::json!({ "rates": [{ "from": "2027-02-01", "percent": "2" }] }),
            "rates[0].from",
        ),
    ] {
        let e = read_options(json).err().expect("refused");
        assert_eq!(e.field(), Some(field));
    }
}

/// The options of `totals` and `instalmentPlan` as JSON, read as the JS API reads them: the
/// caller's rate rows into the table (errors at `rates[i]`), `strictRates` kept (a Rust user's
/// review: no `into_options` for them, so every caller re-did the reading).
#[test]
fn totals_and_plan_options_read_as_the_js_api_reads_them() {
    use inkasso::input::options::TotalsOptionsInput;
    use inkasso::input::plan::{PlanInput, PlanOptionsInput};
    use inkasso::input::read;
    let claim = one_invoice("1000.00", date!(2026 - 10 - 01), date!(2026 - 10 - 31));
    let rows = serde_json::json!({
        "rates": [{ "from": "2027-01-01", "percent": "3.00" }], "strictRates": true
    });
    // A replay answering totals past the embedded table with the caller's 2027 rate.
    let totals = read::<TotalsOptionsInput, _>(rows.clone())
        .and_then(TotalsOptionsInput::into_options)
        .expect("options");
    assert!(totals.strict_rates);
    let statement_options = totals.statement_options(date!(2027 - 03 - 31));
    let mut replay = Replay::new(&claim, &statement_options).expect("replay");
    let march = replay.totals_on(date!(2027 - 03 - 31)).expect("totals");
    // The statement on the same options: its 2027 line at 3 + 8 = 11 %, and the replay's
    // interest the statement's.
    let st = statement(&claim, &statement_options).expect("statement");
    let last = st.interest_lines.last().expect("an interest line");
    assert_eq!(
        (last.from, last.rate),
        (date!(2027 - 01 - 01), Decimal::from(11))
    );
    assert_eq!(march.interest, st.interest);
    // Without the row, strict: the same day is refused.
    let strict_only = read::<TotalsOptionsInput, _>(serde_json::json!({ "strictRates": true }))
        .and_then(TotalsOptionsInput::into_options)
        .expect("options");
    let without = strict_only.statement_options(date!(2027 - 03 - 31));
    assert!(Replay::new(&claim, &without)
        .and_then(|mut r| r.totals_on(date!(2027 - 03 - 31)))
        .is_err_and(|e| e.code() == ErrorCode::RateNotCovered));

    let plan_options = read::<PlanOptionsInput, _>(rows)
        .and_then(PlanOptionsInput::into_options)
        .expect("options");
    let request = read::<PlanInput, _>(serde_json::json!({
        "date": "2027-01-15", "firstDate": "2027-02-15", "count": 3
    }))
    .and_then(PlanInput::into_request)
    .expect("plan");
    let plan = inkasso::plan::instalment_plan(&claim, &request, &plan_options.plan_options())
        .expect("a plan at the caller's 2027 rate");
    assert_eq!(plan.instalments.len(), 3);

    for json in [
        serde_json::json!({ "rates": [{ "from": "2027-02-01", "percent": "2" }] }),
        serde_json::json!({ "rates": [{ "from": "2027-01-01", "percent": "x" }] }),
    ] {
        let totals = read::<TotalsOptionsInput, _>(json.clone())
            .and_then(TotalsOptionsInput::into_options)
            .err()
            .expect("refused");
        let plan = read::<PlanOptionsInput, _>(json)
            .and_then(PlanOptionsInput::into_options)
            .err()
            .expect("refused");
        assert_eq!(totals.field(), plan.field());
        assert!(
            totals.field().is_some_and(|f| f.starts_with("rates[0].")),
            "{totals}"
        );
    }
}

/// `Replay::totals_of_dates` answers dates in any order as `statement` does each, in the
/// caller's order, in one pass; a failing date is named at `dates[i]`, the first in the
/// caller's order (a Rust user's review: `totals_on` of shuffled dates started the replay
/// over at each date that went back, 1.8 s for 2 000 dates).
#[test]
fn totals_of_dates_in_any_order_are_each_dates_statement() {
    let mut claim = one_invoice("12500.00", date!(2025 - 02 - 12), date!(2025 - 03 - 14));
    claim.payments = vec![
        Payment {
            date: date!(2025 - 05 - 02),
            amount: money("3000"),
            invoice: None,
        },
        Payment {
            date: date!(2025 - 09 - 30),
            amount: money("4000"),
            invoice: None,
        },
    ];
    let dates: Vec<Date> = [40i64, 3, 200, 95, 0, 150, 3, 310]
        .iter()
        .map(|d| add_days(date!(2025 - 03 - 01), *d).expect("date"))
        .collect();
    let options = StatementOptions::new(date!(2025 - 03 - 01));
    let mut replay = Replay::new(&claim, &options).expect("replay");
    let totals = replay.totals_of_dates(&dates).expect("totals");
    assert_eq!(totals.len(), dates.len());
    for (t, d) in totals.iter().zip(&dates) {
        let s = statement(&claim, &StatementOptions::new(*d)).expect("statement");
        assert_eq!(
            (t.as_of, t.total, t.interest, t.fees),
            (*d, s.total, s.interest, s.fees)
        );
    }
    // The first failing date in the caller's order is named, whatever the date order.
    let bad = [
        date!(2025 - 06 - 01),
        date!(2025 - 01 - 01),
        date!(2024 - 01 - 01),
    ];
    let mut replay = Replay::new(&claim, &options).expect("replay");
    let err = replay
        .totals_of_dates(&bad)
        .expect_err("before the invoice");
    assert_eq!(err.field(), Some("dates[1]"));
}

/// Past the interest-line cap every later date fails too: `totals_of_dates` names the first
/// failing date in the caller's order, as asking each date in turn would, in any order of the
/// dates (a red team: 1 500 dates in decreasing order took 11 s to be refused, each asked up
/// to the cap; now two are).
#[test]
fn totals_of_dates_past_the_line_cap_name_the_first_failing_date_in_any_order() {
    let invoices: Vec<serde_json::Value> = (0..1000)
        .map(|i| {
            serde_json::json!({
                "number": i.to_string(), "amount": "1000.00", "issueDate": "2003-01-01",
                "agreedRate": 50
            })
        })
        .collect();
    let claim =
        read_back(&serde_json::json!({ "debtor": "business", "invoices": invoices }).to_string());
    let day = |y: i32, m: u8, d: u8| {
        Date::from_calendar_date(y, inkasso::time::Month::try_from(m).expect("m"), d).expect("date")
    };
    let lawful = day(2040, 1, 1);
    let past_cap = [day(2199, 12, 31), day(2100, 6, 30), day(2150, 1, 1)];
    let before_issue = day(2002, 6, 1);
    let orders: [Vec<Date>; 6] = [
        vec![past_cap[0], past_cap[2], past_cap[1], lawful],
        vec![lawful, past_cap[1], past_cap[2], past_cap[0]],
        vec![past_cap[2], lawful, past_cap[0], past_cap[1]],
        vec![past_cap[0], before_issue, lawful, past_cap[1]],
        vec![lawful, lawful, past_cap[1]],
        vec![lawful, before_issue, past_cap[0]],
    ];
    let options = StatementOptions::new(lawful);
    let mut codes = Vec::new();
    for dates in orders {
        // Each date asked in turn: the first that fails, named at its place.
        let expected = dates.iter().enumerate().find_map(|(i, d)| {
            let mut one = Replay::new(&claim, &options).expect("replay");
            one.totals_on(*d)
                .err()
                .map(|e| (e.code(), format!("dates[{i}]"), e.message().to_string()))
        });
        let mut replay = Replay::new(&claim, &options).expect("replay");
        let err = replay.totals_of_dates(&dates).expect_err("past the cap");
        assert_eq!(
            Some((
                err.code(),
                err.field().unwrap_or_default().to_string(),
                err.message().to_string()
            )),
            expected,
            "{dates:?}"
        );
        codes.push((err.code(), err.field().unwrap_or_default().to_string()));
    }
    let field = |i: usize| format!("dates[{i}]");
    assert_eq!(
        codes,
        [
            (ErrorCode::TooManyItems, field(0)),
            (ErrorCode::TooManyItems, field(1)),
            (ErrorCode::TooManyItems, field(0)),
            (ErrorCode::TooManyItems, field(0)),
            (ErrorCode::TooManyItems, field(2)),
            (ErrorCode::AsOfBeforeIssue, field(1)),
        ]
    );
}

/// A rate row built in Rust is held to what a row read from JSON is: an empty source is
/// refused at `rates[i].source` (a Rust user's review found it taken).
#[test]
fn a_rate_row_built_in_rust_needs_a_source() {
    let row = |source: &'static str| RateRow {
        half_year: HalfYear::new(2027, 1).expect("half-year"),
        percent: Decimal::new(200, 2),
        status: RateStatus::Confirmed,
        source: source.into(),
    };
    let err = RateTable::embedded()
        .with_overrides(vec![row("Riksbanken"), row("")])
        .expect_err("an empty source");
    assert_eq!(err.code(), ErrorCode::InvalidRateTable);
    assert_eq!(err.field(), Some("rates[1].source"));
    assert!(RateTable::embedded()
        .with_overrides(vec![row("Riksbanken, 2026-12-31")])
        .is_ok());
}

#[test]
fn an_error_serialises_as_javascript_receives_it() {
    let bad = r#"{"debtor":"consumer","invoices":[{"number":"1","amount":"1e3","issueDate":"2025-01-01"}]}"#;
    let err = inkasso::input::read::<inkasso::input::ClaimInput, _>(
        &mut serde_json::Deserializer::from_str(bad),
    )
    .and_then(inkasso::input::ClaimInput::into_claim)
    .expect_err("an exponent is refused");
    let json = serde_json::to_value(&err).expect("serialises");
    assert_eq!(json["code"], "INVALID_AMOUNT");
    assert_eq!(json["field"], "invoices[0].amount");
    assert_eq!(json["message"], err.message());
    assert_eq!(json.as_object().map(|o| o.len()), Some(3), "{json}");
    // No field: `null`, as the JS error's `field`.
    let whole = inkasso::Error::new(ErrorCode::NoInvoices, "none");
    assert_eq!(
        serde_json::to_string(&whole).expect("serialises"),
        r#"{"code":"NO_INVOICES","field":null,"message":"none"}"#
    );
    // Every code as it is printed.
    for code in ErrorCode::ALL {
        assert_eq!(
            serde_json::to_value(code).expect("serialises"),
            code.as_str()
        );
    }
}

/// The field paths of the Rust API, as the README says them: a policy's own validation names
/// its fields without a prefix (the JS call adds `policy.`, its argument's name), while an
/// instalment plan's errors say `plan.` because they may name the claim's fields as well.
#[test]
fn a_policy_names_its_own_fields_and_a_plan_prefixes_them() {
    use inkasso::input::plan::PlanInput;
    use inkasso::input::policy::PolicyInput;
    use inkasso::plan::{instalment_plan, PlanOptions};
    let policy = inkasso::input::read::<PolicyInput, _>(serde_json::json!({
        "reminder": { "daysAfterDue": 100000 }
    }))
    .and_then(PolicyInput::into_policy)
    .expect_err("too many days");
    assert_eq!(policy.field(), Some("reminder.daysAfterDue"));
    let claim = one_invoice("1000", date!(2025 - 01 - 02), date!(2025 - 02 - 03));
    let request = inkasso::input::read::<PlanInput, _>(
        serde_json::json!({ "date": "2025-03-03", "firstDate": "2025-02-01", "count": 3 }),
    )
    .and_then(PlanInput::into_request)
    .expect("read");
    let plan = instalment_plan(&claim, &request, &PlanOptions::default())
        .expect_err("a first date before the plan's date");
    assert_eq!(plan.field(), Some("plan.firstDate"));
}

/// A Rust user's review (stop 68): `Money` was `Serialize` only, so it could not be kept in a
/// caller's own serde types. It reads back its own text, strictly.
#[test]
fn money_reads_back_its_own_text() {
    #[derive(serde::Deserialize, serde::Serialize)]
    struct Row {
        amount: inkasso::Money,
    }
    let row: Row = serde_json::from_str(r#"{ "amount": "1234.50" }"#).expect("row");
    assert_eq!(row.amount.to_string(), "1234.50");
    assert_eq!(
        serde_json::to_string(&row).expect("json"),
        r#"{"amount":"1234.50"}"#
    );
    for bad in [
        r#"{ "amount": 12 }"#,
        r#"{ "amount": "1e3" }"#,
        r#"{ "amount": "1.005" }"#,
    ] {
        assert!(serde_json::from_str::<Row>(bad).is_err(), "{bad}");
    }
}

/// `input::read` of an array too short to be a struct's fields says so in JSON words: serde's
/// `invalid length 7, expected struct ClaimInput with 11 elements` named neither the array nor
/// what was missing (a Rust user's review, stop 68).
#[test]
fn read_of_a_short_array_for_an_object_says_an_array_was_found() {
    use inkasso::input::{read, ClaimInput, InvoiceInput};
    for json in [r#"["consumer"]"#, "[]"] {
        let err = read::<ClaimInput, _>(&mut serde_json::Deserializer::from_str(json))
            .expect_err("a short array");
        assert_eq!(err.code(), ErrorCode::InvalidType, "{err}");
        assert!(
            err.message()
                .starts_with("expected an object, found an array"),
            "{err}"
        );
        assert_eq!(err.field(), None);
    }
    let json = r#"{"debtor":"consumer","invoices":[["1"]]}"#;
    let err = read::<ClaimInput, _>(&mut serde_json::Deserializer::from_str(json))
        .expect_err("a short array for an invoice");
    assert_eq!(err.field(), Some("invoices[0]"), "{err}");
    assert!(
        err.message()
            .starts_with("expected an object, found an array"),
        "{err}"
    );
    // A whole array is still read, as the docs say.
    let json = r#"["1", "100.00", "2025-01-01", null, null, null, null]"#;
    let whole = read::<InvoiceInput, _>(&mut serde_json::Deserializer::from_str(json));
    assert!(whole.is_ok(), "{:?}", whole.err());
}

/// Two statements are equal when their public fields are, and a replay prints what it holds
/// without its ledger (a Rust user's review, stop 68).
#[test]
fn statements_compare_by_what_they_show_and_a_replay_prints() {
    // A betalningsföreläggande recorded `fee: false` after the claim was paid shows nothing in
    // the statement (the engine keeps it for `check`): equal to the statement without it.
    let mut claim = one_invoice("1000.00", date!(2025 - 01 - 01), date!(2025 - 01 - 31));
    claim
        .payments
        .push(Payment::new(date!(2025 - 01 - 20), money("1000.00")));
    let mut applied = claim.clone();
    let mut order = inkasso::Step::new(inkasso::StepKind::PaymentOrder, date!(2025 - 03 - 01));
    order.fee = Some(false);
    applied.steps.push(order);
    let options = StatementOptions::new(date!(2025 - 04 - 01));
    let a = statement(&claim, &options).expect("a");
    let b = statement(&applied, &options).expect("b");
    assert_eq!(
        serde_json::to_value(&a).expect("json"),
        serde_json::to_value(&b).expect("json")
    );
    assert_eq!(a, b);
    let c = statement(&claim, &StatementOptions::new(date!(2025 - 04 - 02))).expect("c");
    assert_ne!(a, c);
    let options = StatementOptions::new(date!(2025 - 03 - 01));
    let replay = Replay::new(&claim, &options).expect("replay");
    let shown = format!("{replay:?}");
    assert!(
        shown.starts_with("Replay {") && shown.ends_with(".. }"),
        "{shown}"
    );
}

/// A preset edited in Rust keeps its `id`, but a timeline reports it as `custom`, as it does a
/// policy read from JSON with the same overrides (a Rust user's review, stop 68).
#[test]
fn a_preset_edited_in_rust_is_reported_as_custom() {
    use inkasso::policy::{Policy, PresetId};
    use inkasso::timeline::{timeline, TimelineOptions};
    let claim = one_invoice("1000.00", date!(2025 - 01 - 01), date!(2025 - 01 - 31));
    let options = TimelineOptions::default();
    let preset = Policy::preset(PresetId::Standard);
    assert_eq!(
        timeline(&claim, &preset, &options).expect("t").policy,
        "standard"
    );
    let mut edited = preset.clone();
    edited.reminder = None;
    assert_eq!(edited.id, "standard");
    let t = timeline(&claim, &edited, &options).expect("t");
    assert_eq!(t.policy, "custom");
    let read = inkasso::input::read::<inkasso::input::policy::PolicyInput, _>(
        serde_json::json!({ "reminder": null }),
    )
    .and_then(|p| p.into_policy())
    .expect("policy");
    assert_eq!(read.id, t.policy);
}

/// A number where an invoice number or a date is wanted says how to write it, alike from the
/// JS API's reader and from serde (a review of quotes, stop 69: `invoice: 1` was refused with no
/// hint); another text field's message is as it was.
#[test]
fn a_number_for_an_invoice_number_or_a_date_says_to_write_text() {
    use inkasso::input::reader::read_text;
    use inkasso::input::{read, ClaimInput};
    let cases = [
        (
            r#"{"debtor":"consumer","invoices":[{"number":1,"amount":"1","issueDate":"2025-01-01"}]}"#,
            "invoices[0].number",
            "invalid type: the number `1`, expected a string (an invoice number is text: write it in quotes, `\"1\"`)",
        ),
        (
            r#"{"debtor":"consumer","invoices":[{"number":"1","amount":"1","issueDate":20250101}]}"#,
            "invoices[0].issueDate",
            "invalid type: the number `20250101`, expected a string (a date is text: `\"2025-03-14\"`)",
        ),
        (
            r#"{"debtor":"consumer","invoices":[{"number":"1","amount":"1","issueDate":"2025-01-01"}],"payments":[{"date":"2025-02-01","amount":"1","invoice":7}]}"#,
            "payments[0].invoice",
            "invalid type: the number `7`, expected a string (an invoice number is text: write it in quotes, `\"1\"`)",
        ),
        (
            r#"{"debtor":"consumer","invoices":[{"number":"1","amount":"1","issueDate":"2025-01-01","description":5}]}"#,
            "invoices[0].description",
            "invalid type: the number `5`, expected a string",
        ),
    ];
    for (json, field, message) in cases {
        let from_reader = read_text::<ClaimInput>(json.as_bytes(), "").expect_err(json);
        let from_serde =
            read::<ClaimInput, _>(&mut serde_json::Deserializer::from_str(json)).expect_err(json);
        for e in [from_reader, from_serde] {
            assert_eq!(e.code(), ErrorCode::InvalidType);
            assert_eq!(e.field(), Some(field));
            assert_eq!(e.message(), message);
        }
    }
}

/// `FeeState::decide_step` takes a `DayState` a caller builds: it stays open to a struct
/// literal while the result types are `#[non_exhaustive]` (a diff review, stop 69, found it
/// closed, the function unusable from outside the crate).
#[test]
fn a_day_state_is_built_by_a_caller_and_decides_a_reminders_fee() {
    use inkasso::fees::{DayState, FeeDecision, FeeState};
    let mut claim = one_invoice("1000.00", date!(2025 - 01 - 01), date!(2025 - 01 - 31));
    claim.reminder_fee_agreed = true;
    let day = DayState {
        overdue: true,
        settled: false,
        time_barred: false,
        claimed: None,
        transferred: false,
        costs_unpaid: false,
        renewed_debt_unpaid: true,
        last_enforcement_fee: None,
        last_enforcement_fee_claimed: true,
        further_year: false,
        unpaid_under_minimum: None,
        new_debt: false,
        demanded_by: None,
    };
    let step = inkasso::Step::new(inkasso::StepKind::Reminder, date!(2025 - 02 - 05));
    let (decisions, _) = FeeState::new(&claim)
        .decide_step(&step, day)
        .expect("decision");
    assert!(
        matches!(decisions.first(), Some(FeeDecision::Charged { .. })),
        "{decisions:?}"
    );
}
