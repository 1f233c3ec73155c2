//! Issue 16, table-driven with hand-computed expectations: rates beyond the table, policies
//! with two reminders, contract interest, credit notes, instalment plans, the court path and
//! the seed processes as policies.

use inkasso::input::{read, ClaimInput};
use inkasso::policy::{Policy, PolicyInput, PresetId};
use inkasso::statement::{statement, StatementOptions};
use inkasso::timeline::{timeline, EntryKind, TimelineOptions};
use inkasso::warning::WarningCode;
use inkasso::{calendar::parse_date, Claim};
use serde_json::{json, Value};
use time::Date;

fn claim(input: Value) -> Claim {
    read::<ClaimInput, _>(input)
        .and_then(ClaimInput::into_claim)
        .expect("claim")
}

fn policy(json: Value) -> Policy {
    read::<PolicyInput, _>(json)
        .and_then(PolicyInput::into_policy)
        .expect("policy")
}

fn d(s: &str) -> Date {
    parse_date(s).expect("date")
}

fn codes(w: &[inkasso::warning::Warning]) -> Vec<WarningCode> {
    w.iter().map(|w| w.code).collect()
}

// ---------------------------------------------------------------------------------------------
// (1) Rates beyond the table

/// 10 000 kr due Tuesday 2026-12-01, reminder fee agreed, `standard`, today 2026-12-01.
/// Reminder 2026-12-06 (Sunday) → 2026-12-07, deadline 2026-12-17; inkassokrav 7 days later
/// 2026-12-24 (julafton) → 2026-12-28 (after juldagen, annandag jul and a Sunday), deadline
/// 2027-01-07. The table ends 2026-12-31 (2026-H2: 2.00 %, provisional): 2027-H1 is assumed at
/// 2.00 + 8 = 10 %.
fn december_claim() -> Claim {
    claim(json!({
        "debtor": "consumer", "reminderFeeAgreed": true,
        "invoices": [{ "number": "1", "amount": "10000.00", "issueDate": "2026-11-01", "dueDate": "2026-12-01" }]
    }))
}

#[test]
fn timelines_assume_the_last_known_rate_and_say_so() {
    let options = TimelineOptions {
        today: Some(d("2026-12-01")),
        ..TimelineOptions::default()
    };
    let t = timeline(
        &december_claim(),
        &Policy::preset(PresetId::Standard),
        &options,
    )
    .expect("timeline");
    // (kind, date, deadline, interest, total, per diem, assumed)
    // reminder: 16 days 12-02 … 12-17 at 10 %: 10 000 × 0.10 × 16/365 = 43.835… → 43.84;
    //   total 10 000 + 43.84 + 60 = 10 103.84; per diem 1 000/365 = 2.7397 → 2.74.
    // inkassokrav of Monday 12-28 with 10 days: 2027-01-07, extended to Friday 01-08 so that
    //   the debtor has four bank days after its assumed receipt on 12-30 (01-04, 01-05, 01-07,
    //   01-08: nyårsafton, nyårsdagen and trettondedag jul are off).
    //   2026: 30 days → 82.191… → 82.19; 2027 (assumed): 8 days → 21.917… → 21.92;
    //   interest 104.11, total 10 000 + 104.11 + 240 = 10 344.11.
    let want = [
        (
            EntryKind::Reminder,
            "2026-12-07",
            "2026-12-17",
            "43.84",
            "10103.84",
            "2.74",
            false,
        ),
        (
            EntryKind::CollectionDemand,
            "2026-12-28",
            "2027-01-08",
            "104.11",
            "10344.11",
            "2.74",
            true,
        ),
    ];
    for (kind, date, deadline, interest, total, per_diem, assumed) in want {
        let e = t.entries.iter().find(|e| e.kind == kind).expect("entry");
        assert_eq!(e.date, d(date), "{kind:?}");
        assert_eq!(e.deadline, Some(d(deadline)), "{kind:?}");
        assert_eq!(e.if_paid.interest.to_string(), interest, "{kind:?}");
        assert_eq!(e.if_paid.total.to_string(), total, "{kind:?}");
        assert_eq!(e.if_paid.per_diem.to_string(), per_diem, "{kind:?}");
        assert_eq!(e.if_paid.assumed, assumed, "{kind:?}");
        // The text an app shows says so too, not only the flag (a debtor-side review).
        let text = e.text();
        assert_eq!(
            text.sv.contains("antagen referensränta"),
            assumed,
            "{kind:?}: {}",
            text.sv
        );
        assert_eq!(
            text.en.contains("assumes a referensränta"),
            assumed,
            "{kind:?}: {}",
            text.en
        );
    }
    assert!(t.final_value.assumed);
    let w = t
        .warnings
        .iter()
        .find(|w| w.code == WarningCode::RateAssumed)
        .expect("RATE_ASSUMED");
    assert_eq!(w.half_year().map(|h| h.to_string()), Some("2027-H1".into()));
    let json = serde_json::to_value(&t).expect("json");
    let entry = &json["entries"][2];
    assert_eq!(entry["kind"], "collectionDemand");
    assert_eq!(entry["ifPaid"]["assumed"], true);
    assert!(json["entries"][1]["ifPaid"].get("assumed").is_none());
}

/// An entry valued on the table's last day is exact: only its per diem (the next day's
/// interest) rests on the assumed 2027-H1 rate (`ifPaid.assumed`), and its text does not say
/// the amount is assumed (a diff review found the sentence on a dispute's entry valued on
/// 2026-12-31, whose total a statement of that day gives exactly).
#[test]
fn an_amount_whose_per_diem_alone_is_assumed_is_not_said_to_be() {
    let c = claim(json!({
        "debtor": "consumer", "reminderFeeAgreed": true,
        "invoices": [{ "number": "1", "amount": "10000.00", "issueDate": "2026-10-01", "dueDate": "2026-10-31" }],
        "steps": [
            { "kind": "reminder", "date": "2026-11-03", "paymentTermDays": 10 },
            { "kind": "dispute", "date": "2026-12-31" }
        ]
    }));
    let options = TimelineOptions {
        today: Some(d("2026-12-31")),
        ..TimelineOptions::default()
    };
    let t = timeline(&c, &Policy::preset(PresetId::Standard), &options).expect("timeline");
    let e = t
        .entries
        .iter()
        .find(|e| e.kind == EntryKind::Dispute)
        .expect("dispute");
    assert_eq!(e.if_paid.as_of, d("2026-12-31"));
    assert!(e.if_paid.assumed, "the per diem's day is 2027-01-01");
    let s = statement(&c, &StatementOptions::new(d("2026-12-31"))).expect("statement");
    assert_eq!(e.if_paid.total, s.total);
    let text = e.text();
    assert!(!text.sv.contains("antagen referensränta"), "{}", text.sv);
    assert!(!text.en.contains("assumes a referensränta"), "{}", text.en);
}

#[test]
fn statements_stay_strict_beyond_the_table() {
    let c = december_claim();
    let s = statement(&c, &StatementOptions::new(d("2027-01-07"))).expect("statement");
    // Only the 30 days of 2026: 82.19; no interest and a zero per diem for 2027.
    assert_eq!(s.interest.to_string(), "82.19");
    assert_eq!(s.per_diem.to_string(), "0.00");
    assert!(codes(&s.warnings).contains(&WarningCode::RateNotCovered));
    assert!(!codes(&s.warnings).contains(&WarningCode::RateAssumed));
    assert!(s.interest_lines.iter().all(|l| !l.assumed));
    // A statement over an extended table marks the assumed lines.
    let table = inkasso::rates::RateTable::embedded()
        .assuming_through(d("2027-06-30"))
        .expect("table");
    let opts = StatementOptions {
        rates: &table,
        ..StatementOptions::new(d("2027-01-07"))
    };
    let s = statement(&c, &opts).expect("statement");
    let lines: Vec<(String, bool)> = s
        .interest_lines
        .iter()
        .map(|l| (l.amount.to_string(), l.assumed))
        .collect();
    assert_eq!(lines, vec![("82.19".into(), false), ("19.18".into(), true)]);
    // Strict timelines keep the table as it is: an error.
    let strict = TimelineOptions {
        strict_rates: true,
        today: Some(d("2026-12-01")),
        ..TimelineOptions::default()
    };
    let err = timeline(&c, &Policy::preset(PresetId::Standard), &strict).expect_err("strict");
    assert_eq!(err.code().as_str(), "RATE_NOT_COVERED");
}

#[test]
fn assumed_rows_carry_the_last_rate_forward() {
    let t = inkasso::rates::RateTable::embedded();
    assert!(matches!(
        t.assuming_through(d("2026-12-31")).expect("table"),
        std::borrow::Cow::Borrowed(_)
    ));
    let ext = t.assuming_through(d("2028-01-01")).expect("table");
    // 2027-H1, 2027-H2, 2028-H1 added.
    assert_eq!(ext.rows().len(), t.rows().len() + 3);
    let row = ext.lookup(d("2028-01-01")).expect("row");
    assert_eq!(row.status, inkasso::rates::RateStatus::Assumed);
    assert_eq!(row.percent.to_string(), "2.00");
}

// ---------------------------------------------------------------------------------------------
// (2) One or two reminders

fn march_claim(steps: Value) -> Claim {
    claim(json!({
        "debtor": "consumer", "reminderFeeAgreed": true,
        "invoices": [{ "number": "2025-118", "amount": "12500.00", "issueDate": "2025-02-12", "dueDate": "2025-03-14" }],
        "steps": steps
    }))
}

/// (kind, status, date, deadline, fees, total if paid by the deadline or on the date)
type Row = (
    EntryKind,
    &'static str,
    &'static str,
    Option<&'static str>,
    &'static str,
    &'static str,
);

fn rows(
    t: &inkasso::timeline::Timeline,
) -> Vec<(EntryKind, String, String, Option<String>, String, String)> {
    t.entries
        .iter()
        .map(|e| {
            let status = serde_json::to_value(e.status).expect("json");
            (
                e.kind,
                status.as_str().unwrap_or_default().to_owned(),
                e.date.to_string(),
                e.deadline.map(|d| d.to_string()),
                e.fees
                    .iter()
                    .map(|f| f.amount.to_string())
                    .collect::<Vec<_>>()
                    .join("+"),
                e.if_paid.total.to_string(),
            )
        })
        .collect()
}

fn want(rows: &[Row]) -> Vec<(EntryKind, String, String, Option<String>, String, String)> {
    rows.iter()
        .map(|(k, s, d, dl, f, t)| {
            (
                *k,
                (*s).into(),
                (*d).into(),
                dl.map(Into::into),
                (*f).into(),
                (*t).into(),
            )
        })
        .collect()
}

#[test]
fn a_second_reminder_is_projected_without_a_fee() {
    use EntryKind::*;
    let p = policy(json!({ "preset": "standard", "secondReminder": {}, "enforcement": null }));
    assert_eq!(p.id, "custom");
    let today = TimelineOptions {
        today: Some(d("2025-03-14")),
        ..TimelineOptions::default()
    };
    // 11 % (referensränta 3.00 + 8) on 12 500: 1 375 kr a year.
    // reminder 03-19, deadline 03-29 (Saturday) → 03-31: 17 days → 64.04; + 60.
    // second reminder 03-31 + 5 = 04-05 (Saturday) → 04-07, deadline 04-17: 34 days →
    //   1 375 × 34/365 = 128.08; no fee.
    // inkassokrav 04-17 + 7 = 04-24, deadline 05-04 (Sunday) → 05-05: 52 days → 195.89; + 180.
    // betalningsföreläggande 05-05 + 10 = 05-15: 62 days → 233.56; + 300 + 380: 13 653.56.
    let t = timeline(&march_claim(json!([])), &p, &today).expect("timeline");
    assert_eq!(
        rows(&t),
        want(&[
            (
                Due,
                "fact",
                "2025-03-14",
                Some("2025-03-14"),
                "",
                "12500.00"
            ),
            (
                Reminder,
                "projected",
                "2025-03-19",
                Some("2025-03-31"),
                "60.00",
                "12624.04"
            ),
            (
                Reminder,
                "projected",
                "2025-04-07",
                Some("2025-04-17"),
                "",
                "12688.08"
            ),
            (
                CollectionDemand,
                "projected",
                "2025-04-24",
                Some("2025-05-05"),
                "180.00",
                "12935.89"
            ),
            (
                PaymentOrder,
                "projected",
                "2025-05-15",
                None,
                "300.00+380.00",
                "13653.56"
            ),
        ])
    );
    assert!(t.entries.iter().all(|e| e.notes.is_empty()), "no fee notes");

    // One reminder taken on 03-19 (deadline 03-31), today 04-10: the second is sent today,
    // deadline 04-20 (påskdagen) → 04-21 (annandag påsk) → 04-22.
    let later = TimelineOptions {
        today: Some(d("2025-04-10")),
        ..TimelineOptions::default()
    };
    let one = march_claim(json!([{ "kind": "reminder", "date": "2025-03-19" }]));
    let t = timeline(&one, &p, &later).expect("timeline");
    let second = t.entries.get(2).expect("entry");
    assert_eq!(
        (second.kind, second.date, second.deadline),
        (Reminder, d("2025-04-10"), Some(d("2025-04-22")))
    );
    assert!(second.fees.is_empty());

    // Two reminders taken: the next projected step is the inkassokrav.
    let two = march_claim(json!([
        { "kind": "reminder", "date": "2025-03-19" },
        { "kind": "reminder", "date": "2025-04-07", "fee": false }
    ]));
    let t = timeline(&two, &p, &later).expect("timeline");
    let kinds: Vec<EntryKind> = t.entries.iter().map(|e| e.kind).collect();
    assert_eq!(
        kinds,
        vec![Due, Reminder, Reminder, CollectionDemand, PaymentOrder]
    );
}

#[test]
fn a_second_reminder_needs_a_first() {
    let err = read::<PolicyInput, _>(json!({ "reminder": null, "secondReminder": {} }))
        .and_then(PolicyInput::into_policy)
        .expect_err("invalid");
    assert_eq!(
        (err.code().as_str(), err.field()),
        ("INVALID_POLICY", Some("secondReminder"))
    );
    let err = read::<PolicyInput, _>(json!({ "secondReminder": { "paymentTermDays": -1 } }))
        .and_then(PolicyInput::into_policy)
        .expect_err("invalid");
    assert_eq!(err.field(), Some("secondReminder.paymentTermDays"));
}

// ---------------------------------------------------------------------------------------------
// (3) Contract interest

/// Invoices due Friday 2025-03-14; 2025-H1 referensränta 3.00, 2025-H2 2.00.
fn contract_claim(extra: Value, invoices: Value) -> Claim {
    let mut input = json!({ "debtor": "consumer", "invoices": invoices });
    if let (Some(obj), Some(extra)) = (input.as_object_mut(), extra.as_object()) {
        for (k, v) in extra {
            obj.insert(k.clone(), v.clone());
        }
    }
    claim(input)
}

fn inv(number: &str, amount: &str, terms: Value) -> Value {
    let mut v = json!({ "number": number, "amount": amount, "issueDate": "2025-02-12", "dueDate": "2025-03-14" });
    if let (Some(obj), Some(terms)) = (v.as_object_mut(), terms.as_object()) {
        for (k, t) in terms {
            obj.insert(k.clone(), t.clone());
        }
    }
    v
}

#[test]
fn contract_interest_margin_fixed_per_claim_and_per_invoice() {
    // (claim terms, invoices, as of, [(invoice, from, to, rate, amount)], interest, warnings)
    type Line = (
        &'static str,
        &'static str,
        &'static str,
        &'static str,
        &'static str,
    );
    type Case = (
        Value,
        Value,
        &'static str,
        Vec<Line>,
        &'static str,
        Vec<&'static str>,
    );
    let cases: Vec<Case> = vec![
        // Referensränta + 10 on 10 000: 13 % for 108 days (03-15 … 06-30) = 1 300 × 108/365
        // = 384.657… → 384.66; 12 % for 46 days (07-01 … 08-15) = 1 200 × 46/365 = 151.23.
        (
            json!({ "agreedMargin": "10" }),
            json!([inv("A", "10000.00", json!({}))]),
            "2025-08-15",
            vec![
                ("A", "2025-03-15", "2025-06-30", "13.00", "384.66"),
                ("A", "2025-07-01", "2025-08-15", "12.00", "151.23"),
            ],
            "535.89",
            vec![],
        ),
        // Per invoice: A at a fixed 6 % (below the statutory 11 %: reported), B statutory.
        // 30 days (03-15 … 04-13): A 600 × 30/365 = 49.315… → 49.32; B 550 × 30/365 = 45.21.
        (
            json!({}),
            json!([
                inv("A", "10000.00", json!({ "agreedRate": "6" })),
                inv("B", "5000.00", json!({}))
            ]),
            "2025-04-13",
            vec![
                ("A", "2025-03-15", "2025-04-13", "6.00", "49.32"),
                ("B", "2025-03-15", "2025-04-13", "11.00", "45.21"),
            ],
            "94.53",
            vec!["AGREED_RATE_BELOW_STATUTORY invoices[0]"],
        ),
        // The invoice's own margin (+2: 5 %, below 11 %) overrides the claim's fixed 20 %.
        // A 500 × 30/365 = 41.095… → 41.10; B 1 000 × 30/365 = 82.191… → 82.19.
        (
            json!({ "agreedRate": "20" }),
            json!([
                inv("A", "10000.00", json!({ "agreedMargin": "2" })),
                inv("B", "5000.00", json!({}))
            ]),
            "2025-04-13",
            vec![
                ("A", "2025-03-15", "2025-04-13", "5.00", "41.10"),
                ("B", "2025-03-15", "2025-04-13", "20.00", "82.19"),
            ],
            "123.29",
            vec!["AGREED_RATE_BELOW_STATUTORY invoices[0]"],
        ),
    ];
    for (terms, invoices, as_of, lines, interest, warnings) in cases {
        let c = contract_claim(terms.clone(), invoices);
        let s = statement(&c, &StatementOptions::new(d(as_of))).expect("statement");
        let got: Vec<(String, String, String, String, String)> = s
            .interest_lines
            .iter()
            .map(|l| {
                (
                    l.invoice.clone(),
                    l.from.to_string(),
                    l.to.to_string(),
                    inkasso::rates::format_percent(l.rate),
                    l.amount.to_string(),
                )
            })
            .collect();
        let want: Vec<(String, String, String, String, String)> = lines
            .iter()
            .map(|(a, b, c, d, e)| {
                (
                    (*a).into(),
                    (*b).into(),
                    (*c).into(),
                    (*d).into(),
                    (*e).into(),
                )
            })
            .collect();
        assert_eq!(got, want, "{terms}");
        assert_eq!(s.interest.to_string(), interest, "{terms}");
        let got_w: Vec<String> = s
            .warnings
            .iter()
            .map(|w| format!("{} {}", w.code.as_str(), w.field().unwrap_or_default()))
            .collect();
        assert_eq!(got_w, warnings, "{terms}");
    }
}

#[test]
fn a_margin_line_explains_itself_and_cites_the_agreement() {
    let c = contract_claim(
        json!({ "agreedMargin": "10" }),
        json!([inv("A", "10000.00", json!({}))]),
    );
    let s = statement(&c, &StatementOptions::new(d("2025-04-13"))).expect("statement");
    let line = &s.interest_lines[0];
    assert_eq!(line.rule, inkasso::interest::AGREED_MARGIN_RULE);
    assert_eq!(
        line.reference_rate.map(inkasso::rates::format_percent),
        Some("3.00".into())
    );
    let text = line.explanation();
    let plain = |t: &str| t.replace(['\u{a0}', '\u{202f}'], " ");
    let text = inkasso::text::Text::new(plain(&text.sv), plain(&text.en));
    assert!(
        text.sv.starts_with(
            "Avtalad dröjsmålsränta 13,00 % (referensränta 3,00 % + 10 procentenheter)"
        ),
        "{}",
        text.sv
    );
    assert!(
        text.en.starts_with(
            "Agreed late-payment interest at 13.00% (reference rate 3.00% + 10 percentage points)"
        ),
        "{}",
        text.en
    );
    let w = statement(
        &contract_claim(
            json!({}),
            json!([inv("A", "10000.00", json!({ "agreedRate": "6" }))]),
        ),
        &StatementOptions::new(d("2025-04-13")),
    )
    .expect("statement")
    .warnings
    .remove(0);
    assert_eq!(
        plain(&w.text().en),
        "The agreed late-payment interest for invoice A, 6.00%, is below the statutory 11.00% for the first half of 2025 (reference rate + 8 percentage points, 6 §). It is applied here as agreed (1 § second paragraph)."
    );
}

#[test]
fn contract_interest_input_errors() {
    for (input, field) in [
        (
            json!({ "debtor": "consumer", "agreedRate": "9", "agreedMargin": "2", "invoices": [inv("A", "1", json!({}))] }),
            "agreedMargin",
        ),
        (
            json!({ "debtor": "consumer", "invoices": [inv("A", "1", json!({ "agreedRate": "9", "agreedMargin": "2" }))] }),
            "invoices[0].agreedMargin",
        ),
        (
            json!({ "debtor": "consumer", "invoices": [inv("A", "1", json!({ "agreedMargin": "101" }))] }),
            "invoices[0].agreedMargin",
        ),
        (
            json!({ "debtor": "consumer", "invoices": [inv("A", "1", json!({ "agreedRate": "-1" }))] }),
            "invoices[0].agreedRate",
        ),
    ] {
        let err = read::<ClaimInput, _>(input)
            .and_then(ClaimInput::into_claim)
            .expect_err("invalid");
        assert_eq!(
            (err.code().as_str(), err.field()),
            ("INVALID_RATE", Some(field))
        );
    }
}

// ---------------------------------------------------------------------------------------------
// (4) Credit notes

#[test]
fn credit_notes_reduce_capital_from_their_date() {
    // Business debtor, 11 % (2025-H1). A 10 000 and B 4 000, both due Friday 2025-03-14.
    // B is credited in full on 03-10 (before its due date): no förseningsersättning, no lines.
    // A is credited 2 000 on 04-01: 03-15 … 03-31, 17 days on 10 000 = 1 100 × 17/365 =
    // 51.232… → 51.23; 04-01 … 04-30, 30 days on 8 000 = 880 × 30/365 = 72.328… → 72.33.
    // Total 8 000 + 123.56 + 450 (A's förseningsersättning) = 8 573.56; per diem 880/365 → 2.41.
    let c = claim(json!({
        "debtor": "business",
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-02-12", "dueDate": "2025-03-14" },
            { "number": "B", "amount": "4000.00", "issueDate": "2025-02-12", "dueDate": "2025-03-14" }
        ],
        "credits": [
            { "invoice": "B", "date": "2025-03-10", "amount": "4000.00" },
            { "invoice": "A", "date": "2025-04-01", "amount": "2000.00" }
        ]
    }));
    let s = statement(&c, &StatementOptions::new(d("2025-04-30"))).expect("statement");
    let lines: Vec<(String, String, String, String)> = s
        .interest_lines
        .iter()
        .map(|l| {
            (
                l.invoice.clone(),
                l.from.to_string(),
                l.base.to_string(),
                l.amount.to_string(),
            )
        })
        .collect();
    assert_eq!(
        lines,
        vec![
            (
                "A".into(),
                "2025-03-15".into(),
                "10000.00".into(),
                "51.23".into()
            ),
            (
                "A".into(),
                "2025-04-01".into(),
                "8000.00".into(),
                "72.33".into()
            ),
        ]
    );
    let fees: Vec<(String, Option<String>)> = s
        .fee_lines
        .iter()
        .map(|f| (f.amount.to_string(), f.invoice.clone()))
        .collect();
    assert_eq!(fees, vec![("450.00".into(), Some("A".into()))]);
    assert_eq!(
        (
            s.capital.to_string(),
            s.interest.to_string(),
            s.total.to_string(),
            s.per_diem.to_string()
        ),
        (
            "8000.00".into(),
            "123.56".into(),
            "8573.56".into(),
            "2.41".into()
        )
    );
    assert!(s.allocations.is_empty(), "a credit note is not a payment");
    assert_eq!(codes(&s.warnings), vec![WarningCode::NoLateFee]);
    assert_eq!(
        s.warnings[0].text().en,
        "No late-payment compensation for invoice B: it was credited in full by its due date."
    );
}

#[test]
fn credit_notes_beyond_the_unpaid_capital_and_fees() {
    // Consumer, 1 000 due 2025-03-14, 600 paid on the due date; a credit note of 1 000 on
    // 03-20 cancels the 400 left: 600 owed back. Interest 03-15 … 03-19, 5 days on 400 =
    // 44 × 5/365 = 0.602… → 0.60.
    let c = claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "1000.00", "issueDate": "2025-02-12", "dueDate": "2025-03-14" }],
        "payments": [{ "date": "2025-03-14", "amount": "600.00" }],
        "credits": [{ "invoice": "1", "date": "2025-03-20", "amount": "1000.00" }]
    }));
    let s = statement(&c, &StatementOptions::new(d("2025-03-31"))).expect("statement");
    assert_eq!(
        (
            s.capital.to_string(),
            s.interest.to_string(),
            s.credit.to_string()
        ),
        ("0.00".into(), "0.60".into(), "600.00".into())
    );
    let w: Vec<(String, Option<String>)> = s
        .warnings
        .iter()
        .map(|w| (w.code.as_str().to_owned(), w.field()))
        .collect();
    // Credited in full after the due date: the 0.60 of interest earned before stays owed,
    // and a warning says so (wrong if the credit note corrects a wrong invoice).
    assert_eq!(
        w,
        vec![
            ("CREDITED_AFTER_DUE".into(), Some("credits[0]".into())),
            ("CREDIT_EXCEEDS_CAPITAL".into(), Some("credits[0]".into()))
        ]
    );

    // Credited in full on 03-18: a reminder on 03-19 finds nothing overdue (no fee); interest
    // 03-15 … 03-17, 3 days on 1 000 = 110 × 3/365 = 0.904… → 0.90.
    let c = claim(json!({
        "debtor": "consumer", "reminderFeeAgreed": true,
        "invoices": [{ "number": "1", "amount": "1000.00", "issueDate": "2025-02-12", "dueDate": "2025-03-14" }],
        "steps": [{ "kind": "reminder", "date": "2025-03-19" }],
        "credits": [{ "invoice": "1", "date": "2025-03-18", "amount": "1000.00" }]
    }));
    let s = statement(&c, &StatementOptions::new(d("2025-03-31"))).expect("statement");
    assert_eq!(
        (s.fees.to_string(), s.total.to_string()),
        ("0.00".into(), "0.90".into())
    );
    assert_eq!(
        codes(&s.warnings),
        vec![WarningCode::CreditedAfterDue, WarningCode::NotOverdue]
    );
    // … and the timeline projects nothing after the credit note settled the claim.
    let t = timeline(
        &c,
        &Policy::preset(PresetId::Standard),
        &TimelineOptions {
            today: Some(d("2025-03-14")),
            ..TimelineOptions::default()
        },
    )
    .expect("timeline");
    assert!(t
        .entries
        .iter()
        .all(|e| e.status != inkasso::timeline::EntryStatus::Projected));
}

#[test]
fn credit_notes_and_limitation() {
    // Consumer (3 years). A (issued 2022-01-10) credited in full: nothing of it can be
    // time-barred, so the claim's date is B's: issued 2023-05-01 → 2026-05-01 (A's would be
    // 2025-01-10). A credit note is not the debtor's acknowledgement: no interruption.
    let c = claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "A", "amount": "1000.00", "issueDate": "2022-01-10", "dueDate": "2022-02-10" },
            { "number": "B", "amount": "500.00", "issueDate": "2023-05-01", "dueDate": "2023-05-31" }
        ],
        "credits": [{ "invoice": "A", "date": "2022-02-01", "amount": "1000.00" }]
    }));
    let l = inkasso::limitation::limitation(&c).expect("limitation");
    assert_eq!(
        (l.invoice.as_str(), l.preskription_date),
        ("B", d("2026-05-01"))
    );
    assert_eq!(l.invoices[0].preskription_date, d("2025-01-10"));
    assert!(l.invoices[0].interruption.is_none());
}

#[test]
fn credit_note_input_errors() {
    let base = |credits: Value| {
        json!({
            "debtor": "consumer",
            "invoices": [{ "number": "1", "amount": "1000.00", "issueDate": "2025-02-12" }],
            "credits": credits
        })
    };
    for (credits, code, field) in [
        (
            json!([{ "invoice": "2", "date": "2025-03-01", "amount": "1" }]),
            "UNKNOWN_INVOICE",
            "credits[0].invoice",
        ),
        (
            json!([{ "invoice": "1", "date": "2025-02-11", "amount": "1" }]),
            "PAYMENT_BEFORE_ISSUE",
            "credits[0].date",
        ),
        (
            json!([{ "invoice": "1", "date": "2025-03-01", "amount": "600" }, { "invoice": "1", "date": "2025-03-02", "amount": "400.01" }]),
            "AMOUNT_OUT_OF_RANGE",
            "credits[1].amount",
        ),
        (
            json!([{ "invoice": "1", "date": "2025-03-01", "amount": "-1" }]),
            "AMOUNT_OUT_OF_RANGE",
            "credits[0].amount",
        ),
        (
            json!([{ "invoice": "1", "date": "2025-03-01", "amount": "1", "note": "x" }]),
            "UNKNOWN_FIELD",
            "credits[0].note",
        ),
    ] {
        let err = read::<ClaimInput, _>(base(credits))
            .and_then(ClaimInput::into_claim)
            .expect_err("invalid");
        assert_eq!((err.code().as_str(), err.field()), (code, Some(field)));
    }
}

// ---------------------------------------------------------------------------------------------
// (5) Instalment plans

fn plan_claim(debtor: &str) -> Claim {
    claim(json!({
        "debtor": debtor,
        "invoices": [{ "number": "1", "amount": "12000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" }]
    }))
}

fn plan(json: Value) -> inkasso::plan::PlanRequest {
    read::<inkasso::input::plan::PlanInput, _>(json)
        .and_then(inkasso::input::plan::PlanInput::into_request)
        .expect("plan")
}

/// (date, amount, fees, interest, capital, capital after)
fn instalments(
    s: &inkasso::plan::Schedule,
) -> Vec<(String, String, String, String, String, String)> {
    s.instalments
        .iter()
        .map(|i| {
            (
                i.date.to_string(),
                i.amount.to_string(),
                i.fees.to_string(),
                i.interest.to_string(),
                i.capital.to_string(),
                i.capital_after.to_string(),
            )
        })
        .collect()
}

fn rows6(
    rows: &[(&str, &str, &str, &str, &str, &str)],
) -> Vec<(String, String, String, String, String, String)> {
    rows.iter()
        .map(|r| {
            (
                r.0.into(),
                r.1.into(),
                r.2.into(),
                r.3.into(),
                r.4.into(),
                r.5.into(),
            )
        })
        .collect()
}

#[test]
fn an_instalment_plan_by_number_pays_the_claim_to_the_ore() {
    use inkasso::plan::{instalment_plan, PlanOptions};
    // Consumer, 12 000 due Friday 2025-01-31, 11 % (referensränta 3.00 + 8). Plan agreed Monday
    // 2025-03-03 (overdue: 170 kr plan fee, lag 1981:739 3 § 2), three monthly instalments from
    // 2025-04-01: 04-01, 05-01 (första maj) moved to Friday 05-02, 06-01 (a Sunday) moved to
    // Monday 06-02 (skuldebrevslagen 5 §). With A each: 04-01: 60 days (02-01 … 04-01) on
    // 12 000 = 1 320 × 60/365 = 216.99; A pays 170 + 216.99 + capital. 05-02: 31 days
    // (04-02 … 05-02) on what is left; 06-02: 31 days. The smallest A (öre) with a last
    // instalment ≤ A is 4 167.45 (at 4 167.44 the last would be 4 167.47):
    // 12 000 − (4 167.45 − 386.99) = 8 219.54; 8 219.54 × 0.11 × 31/365 = 76.79;
    // 8 219.54 − (4 167.45 − 76.79) = 4 128.88; 4 128.88 × 0.11 × 31/365 = 38.57; last
    // 4 128.88 + 38.57 = 4 167.45. Total 12 502.35 = 12 000 + 170 + 332.35 interest.
    let s = instalment_plan(
        &plan_claim("consumer"),
        &plan(json!({ "date": "2025-03-03", "firstDate": "2025-04-01", "count": 3 })),
        &PlanOptions::default(),
    )
    .expect("schedule");
    assert_eq!(
        instalments(&s),
        rows6(&[
            (
                "2025-04-01",
                "4167.45",
                "170.00",
                "216.99",
                "3780.46",
                "8219.54"
            ),
            (
                "2025-05-02",
                "4167.45",
                "0.00",
                "76.79",
                "4090.66",
                "4128.88"
            ),
            ("2025-06-02", "4167.45", "0.00", "38.57", "4128.88", "0.00"),
        ])
    );
    assert_eq!(
        s.instalments
            .iter()
            .map(|i| i.moved_from.map(|d| d.to_string()))
            .collect::<Vec<_>>(),
        [None, Some("2025-05-01".into()), Some("2025-06-01".into())]
    );
    assert_eq!(
        (
            s.plan_fee.to_string(),
            s.total.to_string(),
            s.interest.to_string(),
            s.fees.to_string()
        ),
        (
            "170.00".into(),
            "12502.35".into(),
            "332.35".into(),
            "170.00".into()
        )
    );
    // Owed on 03-03: 12 000 + 31 days (02-01 … 03-03) 1 320 × 31/365 = 112.11 + 170.
    assert_eq!(s.owed_at_start.to_string(), "12282.11");
    assert_eq!(
        s.plan_fee_rule,
        Some("lag (1981:739) 3 § 2 och 4 § andra stycket 3")
    );
}

/// Instalment dates on days off fall due on the next weekday (skuldebrevslagen 5 §; lag
/// 1930:173's list of days): Easter 2025 (långfredagen 04-18, påskafton, påskdagen, annandag
/// påsk 04-21) with a daily interval, where four instalments share Tuesday 04-22; and
/// Christmas 2025 (julafton, a Wednesday, to Sunday 12-28) monthly, and a Saturday.
#[test]
fn instalment_dates_around_easter_and_christmas() {
    use inkasso::plan::{instalment_plan, PlanOptions};
    let dates = |p: Value| -> Vec<(String, Option<String>)> {
        instalment_plan(&plan_claim("consumer"), &plan(p), &PlanOptions::default())
            .expect("schedule")
            .instalments
            .iter()
            .map(|i| (i.date.to_string(), i.moved_from.map(|d| d.to_string())))
            .collect()
    };
    let row = |date: &str, from: Option<&str>| (date.to_owned(), from.map(str::to_owned));
    assert_eq!(
        dates(
            json!({ "date": "2025-04-16", "firstDate": "2025-04-17", "count": 5, "intervalDays": 1 })
        ),
        [
            row("2025-04-17", None),
            row("2025-04-22", Some("2025-04-18")),
            row("2025-04-22", Some("2025-04-19")),
            row("2025-04-22", Some("2025-04-20")),
            row("2025-04-22", Some("2025-04-21")),
        ]
    );
    assert_eq!(
        dates(json!({ "date": "2025-10-01", "firstDate": "2025-10-24", "count": 4 })),
        [
            row("2025-10-24", None),
            row("2025-11-24", None),
            row("2025-12-29", Some("2025-12-24")),
            row("2026-01-26", Some("2026-01-24")),
        ]
    );
}

#[test]
fn an_instalment_plan_by_amount_and_without_a_fee() {
    use inkasso::plan::{instalment_plan, PlanOptions};
    // 5 000 a month: 04-01 pays 170 + 216.99 + 4 613.01 → 7 386.99 left; 05-02 (första maj
    // moved): 31 days 7 386.99 × 0.11 × 31/365 = 69.01, owed 7 456.00 > 5 000: pays 69.01 +
    // 4 930.99 → 2 456.00; 06-02 (a Sunday moved): 31 days = 22.95, owed 2 478.95 ≤ 5 000: the
    // last instalment.
    let s = instalment_plan(
        &plan_claim("consumer"),
        &plan(json!({ "date": "2025-03-03", "firstDate": "2025-04-01", "amount": "5000" })),
        &PlanOptions::default(),
    )
    .expect("schedule");
    assert_eq!(
        instalments(&s),
        rows6(&[
            (
                "2025-04-01",
                "5000.00",
                "170.00",
                "216.99",
                "4613.01",
                "7386.99"
            ),
            (
                "2025-05-02",
                "5000.00",
                "0.00",
                "69.01",
                "4930.99",
                "2456.00"
            ),
            ("2025-06-02", "2478.95", "0.00", "22.95", "2456.00", "0.00"),
        ])
    );
    // fee: false: no plan fee; two instalments 14 days apart. 04-01 pays 216.99 interest and
    // A − 216.99 capital; 04-15: 14 days on 12 216.99 − A. A ≈ 12 216.99 × (1 + r) / (2 + r)
    // with r = 0.11 × 14/365 = 0.0042192: 6 121.36 (at 6 121.35 the last would be 6 121.37):
    // capital left 6 095.63, × 0.11 × 14/365 = 25.72, last 6 121.35.
    let s = instalment_plan(
        &plan_claim("consumer"),
        &plan(json!({ "date": "2025-03-03", "firstDate": "2025-04-01", "count": 2, "intervalDays": 14, "fee": false })),
        &PlanOptions::default(),
    )
    .expect("schedule");
    assert!(s.plan_fee.is_zero());
    assert_eq!(
        instalments(&s),
        rows6(&[
            (
                "2025-04-01",
                "6121.36",
                "0.00",
                "216.99",
                "5904.37",
                "6095.63"
            ),
            ("2025-04-15", "6121.35", "0.00", "25.72", "6095.63", "0.00"),
        ])
    );
    // A business debtor: förseningsersättning 450 (02-01) covers the 170 kr plan fee.
    let s = instalment_plan(
        &plan_claim("business"),
        &plan(json!({ "date": "2025-03-03", "firstDate": "2025-04-01", "count": 3 })),
        &PlanOptions::default(),
    )
    .expect("schedule");
    assert!(s.plan_fee.is_zero());
    assert_eq!(s.instalments[0].fees.to_string(), "450.00");
}

#[test]
fn a_plan_whose_step_the_claim_records_is_that_plan_made_again() {
    use inkasso::plan::{instalment_plan, PlanOptions};
    // The claim records the plan's own step (paymentPlan on the plan's date), as a caller does
    // once the plan is agreed, and asks for the schedule again to print it: the same schedule,
    // the same 170 kr plan fee, and no "another plan" warning (the integration review found
    // planFee 0.00 and FEE_ALREADY_CHARGED while the 170 kr was still charged).
    let request = json!({ "date": "2025-03-03", "firstDate": "2025-04-01", "count": 3 });
    let fresh = instalment_plan(
        &plan_claim("consumer"),
        &plan(request.clone()),
        &PlanOptions::default(),
    )
    .expect("schedule");
    let mut recorded = plan_claim("consumer");
    recorded.steps.push(inkasso::Step::new(
        inkasso::StepKind::PaymentPlan,
        d("2025-03-03"),
    ));
    let again = instalment_plan(&recorded, &plan(request.clone()), &PlanOptions::default())
        .expect("schedule");
    assert_eq!(again.plan_fee.to_string(), "170.00");
    assert_eq!(again.plan_fee, fresh.plan_fee);
    assert_eq!(again.owed_at_start, fresh.owed_at_start);
    assert_eq!(instalments(&again), instalments(&fresh));
    assert_eq!(codes(&again.warnings), codes(&fresh.warnings));
    assert!(!codes(&again.warnings).contains(&WarningCode::FeeAlreadyCharged));
    // `fee: false` on the recorded step: no fee. On the plan while the recorded step claims
    // it: refused at `plan.fee` (the claim as recorded charges it, so the schedule would not
    // settle it).
    let no_fee =
        json!({ "date": "2025-03-03", "firstDate": "2025-04-01", "count": 3, "fee": false });
    let fresh = instalment_plan(
        &plan_claim("consumer"),
        &plan(no_fee.clone()),
        &PlanOptions::default(),
    )
    .expect("schedule");
    let refused =
        instalment_plan(&recorded, &plan(no_fee), &PlanOptions::default()).expect_err("refused");
    assert_eq!(refused.field(), Some("plan.fee"));
    let mut fee_free = plan_claim("consumer");
    let mut step = inkasso::Step::new(inkasso::StepKind::PaymentPlan, d("2025-03-03"));
    step.fee = Some(false);
    fee_free.steps.push(step);
    let again = instalment_plan(&fee_free, &plan(request.clone()), &PlanOptions::default())
        .expect("schedule");
    assert!(again.plan_fee.is_zero());
    assert_eq!(again.owed_at_start, fresh.owed_at_start);
    // Two paymentPlan steps recorded on the plan's date (the diff review found planFee 0.00
    // while 170 kr was charged, and the plan's fee: false left on one): both are the plan's.
    let two = |first_fee: Option<bool>| {
        let mut c = plan_claim("consumer");
        let mut first = inkasso::Step::new(inkasso::StepKind::PaymentPlan, d("2025-03-03"));
        first.fee = first_fee;
        c.steps.push(first);
        c.steps.push(inkasso::Step::new(
            inkasso::StepKind::PaymentPlan,
            d("2025-03-03"),
        ));
        c
    };
    for first_fee in [None, Some(false)] {
        let s = instalment_plan(
            &two(first_fee),
            &plan(request.clone()),
            &PlanOptions::default(),
        )
        .expect("schedule");
        assert_eq!(
            (s.plan_fee.to_string(), s.fees.to_string()),
            ("170.00".into(), "170.00".into()),
            "{first_fee:?}"
        );
    }
    let mut no_fee_request = request.clone();
    no_fee_request["fee"] = json!(false);
    let refused = instalment_plan(&two(None), &plan(no_fee_request), &PlanOptions::default())
        .expect_err("refused");
    assert_eq!(refused.field(), Some("plan.fee"));
    // A payment on the plan's date that settles the claim before the plan's fee: nothing to
    // collect, with the plan's step recorded or not.
    let owed = inkasso::statement(
        &plan_claim("consumer"),
        &inkasso::StatementOptions::new(d("2025-03-03")),
    )
    .expect("statement")
    .total;
    for mut paid in [plan_claim("consumer"), recorded.clone()] {
        paid.payments.push(inkasso::Payment {
            date: d("2025-03-03"),
            amount: owed,
            invoice: None,
        });
        let err = instalment_plan(&paid, &plan(request.clone()), &PlanOptions::default())
            .expect_err("nothing to collect");
        assert_eq!(err.code(), inkasso::ErrorCode::NothingToCollect, "{err}");
    }
}

#[test]
fn monthly_dates_keep_the_day_or_take_the_month_end() {
    use inkasso::plan::{instalment_date, Interval};
    for (first, k, want) in [
        ("2025-01-31", 1, "2025-02-28"),
        ("2024-01-31", 1, "2024-02-29"),
        ("2025-01-31", 2, "2025-03-31"),
        ("2025-11-15", 3, "2026-02-15"),
    ] {
        assert_eq!(
            instalment_date(d(first), Interval::Months(1), k).expect("date"),
            d(want)
        );
    }
}

#[test]
fn instalment_plan_errors() {
    use inkasso::plan::{instalment_plan, PlanOptions};
    let c = plan_claim("consumer");
    for (input, code, field) in [
        (
            json!({ "date": "2025-03-03", "firstDate": "2025-04-01" }),
            "INVALID_PLAN",
            "plan.count",
        ),
        (
            json!({ "date": "2025-03-03", "firstDate": "2025-04-01", "count": 2, "amount": "1" }),
            "INVALID_PLAN",
            "plan.count",
        ),
        (
            json!({ "date": "2025-03-03", "firstDate": "2025-03-01", "count": 2 }),
            "INVALID_PLAN",
            "plan.firstDate",
        ),
        (
            json!({ "date": "2025-03-03", "firstDate": "2025-04-01", "count": 0 }),
            "INVALID_PLAN",
            "plan.count",
        ),
        (
            json!({ "date": "2025-03-03", "firstDate": "2025-04-01", "count": 361 }),
            "INVALID_PLAN",
            "plan.count",
        ),
        (
            json!({ "date": "2025-03-03", "firstDate": "2025-04-01", "count": 2, "intervalMonths": 0 }),
            "INVALID_PLAN",
            "plan.intervalMonths",
        ),
        // 10 kr a month never pays 12 000 at 11 % (110 kr of interest a month).
        (
            json!({ "date": "2025-03-03", "firstDate": "2025-04-01", "amount": "10" }),
            "INVALID_PLAN",
            "plan.amount",
        ),
    ] {
        let err = read::<inkasso::input::plan::PlanInput, _>(input.clone())
            .and_then(inkasso::input::plan::PlanInput::into_request)
            .and_then(|p| instalment_plan(&c, &p, &PlanOptions::default()))
            .expect_err("invalid");
        assert_eq!(
            (err.code().as_str(), err.field()),
            (code, Some(field)),
            "{input}"
        );
    }
}

/// A plan request built in Rust with a number out of range is refused with the words the
/// reader uses, the number first.
#[test]
fn instalment_plan_request_built_in_rust_out_of_range() {
    use inkasso::plan::{instalment_plan, Interval, PlanOptions, PlanRequest, Sizing};
    let c = plan_claim("consumer");
    let refused = |interval: Interval, count: u32| {
        let request = PlanRequest {
            date: parse_date("2025-03-03").expect("date"),
            first_date: parse_date("2025-04-01").expect("date"),
            interval,
            sizing: Sizing::Count(count),
            fee: true,
        };
        let e = instalment_plan(&c, &request, &PlanOptions::default()).expect_err("invalid");
        (
            e.code().as_str().to_owned(),
            e.field().map(str::to_owned),
            e.message().to_owned(),
        )
    };
    let expect = |field: &str, message: &str| {
        (
            "INVALID_PLAN".to_owned(),
            Some(field.to_owned()),
            message.to_owned(),
        )
    };
    assert_eq!(
        refused(Interval::Months(1), 361),
        expect(
            "plan.count",
            "361: the number of instalments must be 1 … 360"
        )
    );
    assert_eq!(
        refused(Interval::Months(1), 0),
        expect("plan.count", "0: the number of instalments must be 1 … 360")
    );
    assert_eq!(
        refused(Interval::Months(121), 3),
        expect(
            "plan.intervalMonths",
            "121: the interval must be 1 … 120 months"
        )
    );
    assert_eq!(
        refused(Interval::Days(0), 3),
        expect("plan.intervalDays", "0: the interval must be 1 … 3650 days")
    );
    assert_eq!(
        refused(Interval::Days(3651), 3),
        expect(
            "plan.intervalDays",
            "3651: the interval must be 1 … 3650 days"
        )
    );
}

/// With several faults, the reader and a request built in Rust name the same one: the dates'
/// own range, then the count, then the interval, then what depends on the claim (a diff review
/// found the reader naming the count where Rust named the interval or a date).
#[test]
fn instalment_plan_faults_named_in_the_same_order_by_reader_and_rust() {
    use inkasso::input::plan::PlanInput;
    use inkasso::plan::{instalment_plan, Interval, PlanOptions, PlanRequest, Sizing};
    let c = plan_claim("consumer");
    let field = |e: inkasso::Error| e.field().map(str::to_owned);
    let cases: [(&str, &str, Interval, u32, &str); 4] = [
        (
            r#"{"date":"2025-03-03","firstDate":"2025-04-01","count":0,"intervalMonths":0}"#,
            "2025-03-03",
            Interval::Months(0),
            0,
            "plan.count",
        ),
        (
            r#"{"date":"2025-03-03","firstDate":"2025-04-01","count":3,"intervalMonths":0}"#,
            "2025-03-03",
            Interval::Months(0),
            3,
            "plan.intervalMonths",
        ),
        (
            r#"{"date":"2025-03-03","firstDate":"2025-02-01","count":0}"#,
            "2025-03-03",
            Interval::Months(1),
            0,
            "plan.count",
        ),
        (
            r#"{"date":"2000-03-03","firstDate":"2000-04-01","count":0}"#,
            "2000-03-03",
            Interval::Months(1),
            0,
            "plan.count",
        ),
    ];
    for (text, date, interval, count, expected) in cases {
        let read = read::<PlanInput, _>(&mut serde_json::Deserializer::from_str(text))
            .and_then(PlanInput::into_request)
            .and_then(|p| instalment_plan(&c, &p, &PlanOptions::default()))
            .expect_err("invalid");
        let first = serde_json::from_str::<Value>(text).expect("json")["firstDate"]
            .as_str()
            .map(d)
            .expect("firstDate");
        let built = PlanRequest {
            date: d(date),
            first_date: first,
            interval,
            sizing: Sizing::Count(count),
            fee: true,
        };
        let rust = instalment_plan(&c, &built, &PlanOptions::default()).expect_err("invalid");
        assert_eq!(field(read), Some(expected.to_owned()), "{text}");
        assert_eq!(field(rust), Some(expected.to_owned()), "{text}");
    }
}

/// A whole number out of range gives the code and message of the range check, whatever its
/// size (not one message for numbers that fit 32 bits and another for those beyond), in the
/// native API and through the wrapper's text reader, after the number as given (as a policy's
/// `paymentPlan.count` says it: an error-message review found the plan's not echoed); `-0` is 0.
#[test]
fn instalment_plan_numbers_out_of_range_whatever_their_size() {
    use inkasso::input::plan::PlanInput;
    use inkasso::input::reader::read_text;
    use inkasso::plan::{instalment_plan, PlanOptions};
    let c = plan_claim("consumer");
    let run = |text: &str| {
        let native = read::<PlanInput, _>(&mut serde_json::Deserializer::from_str(text))
            .and_then(PlanInput::into_request)
            .and_then(|p| instalment_plan(&c, &p, &PlanOptions::default()))
            .expect_err("invalid");
        let wasm = read_text::<PlanInput>(text.as_bytes(), "")
            .and_then(PlanInput::into_request)
            .and_then(|p| instalment_plan(&c, &p, &PlanOptions::default()))
            .expect_err("invalid");
        let parts = |e: &inkasso::Error| {
            (
                e.code().as_str().to_owned(),
                e.field().map(str::to_owned),
                e.message().to_owned(),
            )
        };
        assert_eq!(parts(&native), parts(&wasm), "{text}");
        parts(&wasm)
    };
    let count = "the number of instalments must be 1 … 360";
    let days = "the interval must be 1 … 3650 days";
    let months = "the interval must be 1 … 120 months";
    for (field, value, said, rule) in [
        ("count", "-1", "-1", count),
        ("count", "-0", "0", count),
        ("count", "0", "0", count),
        ("count", "361", "361", count),
        ("count", "2147483648", "2147483648", count),
        ("count", "4294967296", "4294967296", count),
        ("count", "-4294967297", "-4294967297", count),
        ("count", "1e21", "1e+21", count),
        ("intervalDays", "-1", "-1", days),
        ("intervalDays", "0", "0", days),
        ("intervalDays", "3651", "3651", days),
        ("intervalDays", "2147483648", "2147483648", days),
        ("intervalDays", "4294967296", "4294967296", days),
        ("intervalDays", "1e300", "1e+300", days),
        ("intervalMonths", "0", "0", months),
        ("intervalMonths", "121", "121", months),
        ("intervalMonths", "-7", "-7", months),
    ] {
        let message = format!("{said}: {rule}");
        let sized = if field == "count" {
            ""
        } else {
            r#","count":2"#
        };
        let text =
            format!(r#"{{"date":"2025-03-03","firstDate":"2025-04-01","{field}":{value}{sized}}}"#);
        assert_eq!(
            run(&text),
            (
                "INVALID_PLAN".to_owned(),
                Some(format!("plan.{field}")),
                message
            ),
            "{text}"
        );
    }
}

/// A count or interval that is not a whole number (a fraction, text, a boolean) is
/// `INVALID_TYPE` at its field, as in a policy's `paymentPlan.count`; it was `INVALID_PLAN`, and
/// `true` got the message of an amount.
#[test]
fn instalment_plan_numbers_that_are_not_whole() {
    use inkasso::input::plan::PlanInput;
    use inkasso::input::reader::read_text;
    for (field, value) in [
        ("count", "2.5"),
        ("count", r#""3""#),
        ("count", "true"),
        ("intervalMonths", r#""1""#),
        ("intervalMonths", "0.5"),
        ("intervalDays", "false"),
    ] {
        let sized = if field == "count" {
            ""
        } else {
            r#","count":2"#
        };
        let text =
            format!(r#"{{"date":"2025-03-03","firstDate":"2025-04-01","{field}":{value}{sized}}}"#);
        let native = read::<PlanInput, _>(&mut serde_json::Deserializer::from_str(&text))
            .expect_err("native");
        let wasm = read_text::<PlanInput>(text.as_bytes(), "plan").expect_err("wasm");
        for e in [&native, &wasm] {
            assert_eq!(e.code(), inkasso::ErrorCode::InvalidType, "{text}: {e}");
            assert!(
                e.message().contains("expected a whole number"),
                "{text}: {e}"
            );
        }
        assert_eq!(native.field(), Some(field), "{text}");
        assert_eq!(
            wasm.field(),
            Some(format!("plan.{field}").as_str()),
            "{text}"
        );
    }
}

/// A plan must end by 2199-12-31, the last date the engine supports: by number, the error
/// names `plan.count`; by amount, `plan.amount` (the sizing decides how far a plan runs).
#[test]
fn instalment_plans_end_by_the_last_supported_date() {
    use inkasso::plan::{instalment_plan, PlanOptions};
    let late = claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "1000.00", "issueDate": "2199-11-01", "dueDate": "2199-12-01" }]
    }));
    let run = |input: Value| instalment_plan(&late, &plan(input), &PlanOptions::default());
    for (input, field, message) in [
        (
            json!({ "date": "2199-12-10", "firstDate": "2199-12-20", "count": 3, "intervalDays": 3650 }),
            "plan.count",
            "instalment 3 of 3 would fall on 2219-12-16, after 2199-12-31, the last date the engine supports: give fewer instalments, a shorter interval or an earlier first date",
        ),
        (
            json!({ "date": "2199-12-10", "firstDate": "2199-12-20", "count": 2, "intervalMonths": 1 }),
            "plan.count",
            "instalment 2 of 2 would fall on 2200-01-20, after 2199-12-31, the last date the engine supports: give fewer instalments, a shorter interval or an earlier first date",
        ),
        (
            json!({ "date": "2199-12-10", "firstDate": "2199-12-20", "amount": "10", "intervalDays": 3 }),
            "plan.amount",
            "instalments of 10.00 do not pay the claim by 2199-12-31, the last date the engine supports (instalment 5 would fall on 2200-01-01): give a larger amount, a shorter interval or an earlier first date",
        ),
        (
            json!({ "date": "2199-12-10", "firstDate": "2199-12-20", "amount": "10" }),
            "plan.amount",
            "instalments of 10.00 do not pay the claim by 2199-12-31, the last date the engine supports (instalment 2 would fall on 2200-01-20): give a larger amount, a shorter interval or an earlier first date",
        ),
    ] {
        let err = run(input.clone()).expect_err("past the last date");
        assert_eq!(
            (err.code().as_str(), err.field(), err.message()),
            ("INVALID_PLAN", Some(field), message),
            "{input}"
        );
    }
    // Up to the last date itself: a schedule. 2199-12-31 is nyårsafton, a day off: an
    // instalment on it falls due on 2200-01-02, past the last date, unless the claim keeps its
    // dates as written (`shiftDueDate: false`).
    let kept = claim(json!({
        "debtor": "consumer", "shiftDueDate": false,
        "invoices": [{ "number": "1", "amount": "1000.00", "issueDate": "2199-11-01", "dueDate": "2199-12-01" }]
    }));
    for (c, input, last) in [
        (
            &kept,
            json!({ "date": "2199-12-10", "firstDate": "2199-12-31", "count": 1 }),
            "2199-12-31",
        ),
        (
            &late,
            json!({ "date": "2199-12-10", "firstDate": "2199-12-30", "count": 1 }),
            "2199-12-30",
        ),
        (
            // 12-20, 12-23, 12-26 (annandag jul, moved to 12-27), 12-29 (a Sunday, moved to 12-30).
            &late,
            json!({ "date": "2199-12-10", "firstDate": "2199-12-20", "count": 4, "intervalDays": 3 }),
            "2199-12-30",
        ),
        (
            &kept,
            json!({ "date": "2199-12-10", "firstDate": "2199-12-20", "count": 4, "intervalDays": 3 }),
            "2199-12-29",
        ),
        (
            &kept,
            json!({ "date": "2199-12-10", "firstDate": "2199-12-20", "amount": "600", "intervalDays": 11 }),
            "2199-12-31",
        ),
    ] {
        let s =
            instalment_plan(c, &plan(input.clone()), &PlanOptions::default()).expect("schedule");
        assert_eq!(
            s.instalments.last().map(|i| i.date),
            Some(d(last)),
            "{input}"
        );
    }
    for (input, field, message) in [
        (
            json!({ "date": "2199-12-10", "firstDate": "2199-12-31", "count": 1 }),
            "plan.firstDate",
            "the first instalment would fall on 2200-01-02 (moved from 2199-12-31, a day off), after 2199-12-31, the last date the engine supports: give an earlier first date, or keep the claim's dates as written (shiftDueDate: false)",
        ),
        (
            json!({ "date": "2199-12-10", "firstDate": "2199-12-24", "count": 2, "intervalDays": 7 }),
            "plan.count",
            "instalment 2 of 2 would fall on 2200-01-02 (moved from 2199-12-31, a day off), after 2199-12-31, the last date the engine supports: give an earlier first date, fewer instalments or a shorter interval, or keep the claim's dates as written (shiftDueDate: false)",
        ),
        (
            json!({ "date": "2199-12-10", "firstDate": "2199-12-20", "amount": "600", "intervalDays": 11 }),
            "plan.amount",
            "instalments of 600.00 do not pay the claim by 2199-12-31, the last date the engine supports (instalment 2 would fall on 2200-01-02, moved from 2199-12-31, a day off): give a larger amount, an earlier first date or a shorter interval, or keep the claim's dates as written (shiftDueDate: false)",
        ),
    ] {
        let err = run(input.clone()).expect_err("moved past the last date");
        assert_eq!(
            (err.code().as_str(), err.field(), err.message()),
            ("INVALID_PLAN", Some(field), message),
            "{input}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// (6) The court path

fn court_claim(steps: Value) -> Claim {
    claim(json!({
        "debtor": "consumer", "reminderFeeAgreed": true,
        "invoices": [{ "number": "2025-118", "amount": "12500.00", "issueDate": "2025-02-12", "dueDate": "2025-03-14" }],
        "steps": steps
    }))
}

fn court_steps() -> Value {
    json!([
        { "kind": "reminder", "date": "2025-03-19" },
        { "kind": "collectionDemand", "date": "2025-04-07" },
        { "kind": "paymentOrder", "date": "2025-04-28" },
        { "kind": "dispute", "date": "2025-05-12" },
        { "kind": "courtAction", "date": "2025-06-02" },
        { "kind": "judgment", "date": "2025-09-15", "costs": "2500.00" },
        { "kind": "enforcement", "date": "2025-09-22" },
        { "kind": "surveillance", "date": "2026-03-01" }
    ])
}

#[test]
fn the_court_path_costs_and_interest() {
    // Fees: reminder 60, inkassokrav 180, betalningsföreläggande 300 + 380, tingsrätt 600 (the
    // disputed betalningsföreläggande is transferred: tilläggsavgift, förordning 1987:452 from
    // 2014-07-01, 12 500 kr being below half the prisbasbelopp of 2025, 29 400 kr), litigation
    // costs 2 500 (the judgment's, given), grundavgift 600: 4 620. Dispute and efterbevakning
    // cost nothing.
    // Interest runs throughout: 11 % 03-15 … 06-30, 108 days = 1 375 × 108/365 = 406.85;
    // 10 % 07-01 … 09-22, 84 days = 1 250 × 84/365 = 287.67; 694.52.
    let c = court_claim(court_steps());
    let s = statement(&c, &StatementOptions::new(d("2025-09-22"))).expect("statement");
    let fees: Vec<(String, String)> = s
        .fee_lines
        .iter()
        .map(|f| {
            (
                serde_json::to_value(f.kind)
                    .expect("json")
                    .as_str()
                    .unwrap_or_default()
                    .to_owned(),
                f.amount.to_string(),
            )
        })
        .collect();
    let want: Vec<(String, String)> = [
        ("reminderFee", "60.00"),
        ("collectionFee", "180.00"),
        ("paymentOrderFee", "300.00"),
        ("paymentOrderCompensation", "380.00"),
        ("courtTransferFee", "600.00"),
        ("courtCosts", "2500.00"),
        ("enforcementFee", "600.00"),
    ]
    .iter()
    .map(|(k, a)| ((*k).into(), (*a).into()))
    .collect();
    assert_eq!(fees, want);
    assert_eq!(
        (
            s.interest.to_string(),
            s.fees.to_string(),
            s.total.to_string()
        ),
        ("694.52".into(), "4620.00".into(), "17814.52".into())
    );
    let court = s
        .fee_lines
        .iter()
        .find(|f| f.kind == inkasso::fees::FeeKind::CourtTransferFee)
        .expect("court fee");
    assert!(court.rule.starts_with("förordning (1987:452)"));
    assert!(court.rule.contains("tilläggsavgift"));
    // The transfer fee is for the case the tingsrätt takes over, and litigation costs are
    // awarded by the judgment (the text review found "Tilläggsavgift i tingsrätten för
    // stämningsansökan" and "Rättegångskostnader för domen eller utslaget").
    let text = court.explanation();
    assert_eq!(
        (text.sv.as_str(), text.en.as_str()),
        (
            "Tilläggsavgift i tingsrätten för målet som överlämnades från Kronofogden 2025-06-02.",
            "District court supplementary fee for the case transferred from Kronofogden on 2025-06-02."
        )
    );
    let costs = s
        .fee_lines
        .iter()
        .find(|f| f.kind == inkasso::fees::FeeKind::CourtCosts)
        .expect("costs")
        .explanation();
    assert!(
        costs.sv.starts_with("Rättegångskostnader enligt domen"),
        "{}",
        costs.sv
    );
    assert!(
        costs
            .en
            .starts_with("Litigation costs awarded by the judgment"),
        "{}",
        costs.en
    );
    // Before 2014-07-01 the fee was 450 (SFS 2007:10); a caller's `costs` replaces the table.
    for (steps, fee) in [
        (
            json!([{ "kind": "courtAction", "date": "2025-06-02", "costs": "2800.00" }]),
            "2800.00",
        ),
        (
            json!([{ "kind": "courtAction", "date": "2025-06-02" }]),
            "900.00",
        ),
    ] {
        let s = statement(&court_claim(steps), &StatementOptions::new(d("2025-06-02")))
            .expect("statement");
        assert_eq!(s.fees.to_string(), fee);
    }
    // A fee given as `costs` cites the wording in force on the day of the action, as a fee
    // from the table does (it cited the latest wording whatever the date).
    for (date, rule) in [
        (
            "2025-06-02",
            "förordning (1987:452) om avgifter vid de allmänna domstolarna, kategori A (SFS 2018:769)",
        ),
        (
            "2010-03-01",
            "förordning (1987:452) om avgifter vid de allmänna domstolarna (SFS 2007:10)",
        ),
        (
            "2014-06-30",
            "förordning (1987:452) om avgifter vid de allmänna domstolarna (SFS 2007:10)",
        ),
        // 900 kr from 2014-07-01 (SFS 2014:256), kategori A only from 2018-07-01 (SFS
        // 2018:769): a review found 2014 and 2016 actions citing the 2018 wording.
        (
            "2016-03-01",
            "förordning (1987:452) om avgifter vid de allmänna domstolarna (SFS 2014:256)",
        ),
        (
            "2018-06-29",
            "förordning (1987:452) om avgifter vid de allmänna domstolarna (SFS 2014:256)",
        ),
        (
            "2005-03-01",
            "förordning (1987:452) om avgifter vid de allmänna domstolarna",
        ),
    ] {
        let c = claim(json!({
            "debtor": "business", "lateFee": false,
            "invoices": [{ "number": "1", "amount": "1000.00", "issueDate": "2005-01-01", "dueDate": "2005-01-31" }],
            "steps": [{ "kind": "courtAction", "date": date, "costs": "2800.00" }]
        }));
        let s = statement(&c, &StatementOptions::new(d(date))).expect("statement");
        let lines: Vec<(&str, String)> = s
            .fee_lines
            .iter()
            .map(|f| (f.rule, f.amount.to_string()))
            .collect();
        assert_eq!(lines, [(rule, "2800.00".to_owned())], "{date}");
    }
    let old = claim(json!({
        "debtor": "business", "lateFee": false,
        "invoices": [{ "number": "1", "amount": "1000.00", "issueDate": "2010-01-01", "dueDate": "2010-01-31" }],
        "steps": [{ "kind": "courtAction", "date": "2010-03-01" }, { "kind": "judgment", "date": "2010-06-01" }]
    }));
    let s = statement(&old, &StatementOptions::new(d("2010-06-01"))).expect("statement");
    // A judgment without costs given charges none.
    assert_eq!(s.fees.to_string(), "450.00");
}

#[test]
fn the_court_path_and_limitation() {
    // Consumer: 3 years. The latest interruption is the verkställighet of 2025-09-22, whose
    // new period runs from the end of its handling year (7 §), 2026-09-22: 2029-09-22, with
    // or without the efterbevakning of 2026-03-01 (it interrupts nothing, and the timeline
    // projects further years beside it). Without the verkställighet, the judgment of
    // 2025-09-15 (the proceedings ended): 2028-09-15. A dispute is no acknowledgement: after a
    // reminder of 2025-03-19 and a dispute, 2028-03-19.
    let without_surveillance = json!([
        { "kind": "courtAction", "date": "2025-06-02" }, { "kind": "judgment", "date": "2025-09-15" },
        { "kind": "enforcement", "date": "2025-09-22" }
    ]);
    let cases = [
        (court_steps(), "2029-09-22"),
        (without_surveillance, "2029-09-22"),
        (
            json!([{ "kind": "courtAction", "date": "2025-06-02" }, { "kind": "judgment", "date": "2025-09-15" }]),
            "2028-09-15",
        ),
        (
            json!([{ "kind": "reminder", "date": "2025-03-19" }, { "kind": "dispute", "date": "2025-05-12" }]),
            "2028-03-19",
        ),
    ];
    for (steps, want) in cases {
        let l = inkasso::limitation::limitation(&court_claim(steps.clone())).expect("limitation");
        assert_eq!(l.preskription_date, d(want), "{steps}");
    }
}

#[test]
fn the_court_path_in_the_timeline() {
    let p = Policy::preset(PresetId::Standard);
    let options = TimelineOptions {
        today: Some(d("2025-05-20")),
        ..TimelineOptions::default()
    };
    // Disputed after the betalningsföreläggande: nothing is projected (the court decides).
    let disputed = court_claim(json!([
        { "kind": "reminder", "date": "2025-03-19" },
        { "kind": "collectionDemand", "date": "2025-04-07" },
        { "kind": "paymentOrder", "date": "2025-04-28" },
        { "kind": "dispute", "date": "2025-05-12" }
    ]));
    let t = timeline(&disputed, &p, &options).expect("timeline");
    assert!(t
        .entries
        .iter()
        .all(|e| e.status != inkasso::timeline::EntryStatus::Projected));
    assert_eq!(t.entries.last().map(|e| e.kind), Some(EntryKind::Dispute));
    // With a judgment on Monday 2025-09-15: verkställighet 1 day after it (the policy's
    // daysAfterDecision), Tuesday 2025-09-16, with its grundavgift. The court action after the
    // disputed betalningsföreläggande is the case transferred: a tilläggsavgift of 600 kr.
    let mut judged = disputed.clone();
    judged.steps.push(inkasso::Step::new(
        inkasso::StepKind::CourtAction,
        d("2025-06-02"),
    ));
    judged.steps.push(inkasso::Step::new(
        inkasso::StepKind::Judgment,
        d("2025-09-15"),
    ));
    let t = timeline(&judged, &p, &options).expect("timeline");
    let projected: Vec<(EntryKind, String, String)> = t
        .entries
        .iter()
        .filter(|e| e.status == inkasso::timeline::EntryStatus::Projected)
        .map(|e| {
            (
                e.kind,
                e.date.to_string(),
                e.fees.iter().map(|f| f.amount.to_string()).collect(),
            )
        })
        .collect();
    assert_eq!(
        projected,
        vec![(EntryKind::Enforcement, "2025-09-16".into(), "600.00".into())]
    );
    let court = t
        .entries
        .iter()
        .find(|e| e.kind == EntryKind::CourtAction)
        .expect("court action");
    assert_eq!(
        court
            .fees
            .iter()
            .map(|f| (f.kind, f.amount.to_string()))
            .collect::<Vec<_>>(),
        [(
            inkasso::fees::FeeKind::CourtTransferFee,
            "600.00".to_owned()
        )]
    );
}

/// A dispute before any inkassokrav: the claim goes to court (the policy's court path, if
/// any); no further reminder, inkassokrav, final notice, plan or betalningsföreläggande is
/// projected. They once were (an inkassokrav with its 180 kr after the dispute).
#[test]
fn a_dispute_stops_the_letters_too() {
    let options = TimelineOptions {
        today: Some(d("2025-03-14")),
        ..TimelineOptions::default()
    };
    let projected = |policy: &Policy, steps: Value| -> Vec<(EntryKind, String)> {
        timeline(&court_claim(steps), policy, &options)
            .expect("timeline")
            .entries
            .iter()
            .filter(|e| e.status == inkasso::timeline::EntryStatus::Projected)
            .map(|e| (e.kind, e.date.to_string()))
            .collect()
    };
    let dispute = json!([{ "kind": "dispute", "date": "2025-03-20" }]);
    let reminded = json!([
        { "kind": "reminder", "date": "2025-03-19" },
        { "kind": "dispute", "date": "2025-03-20" }
    ]);
    for preset in [
        PresetId::Standard,
        PresetId::SmsReminder,
        PresetId::ReminderDemandFinalNotice,
        PresetId::RemindersOnly,
    ] {
        let p = Policy::preset(preset);
        assert_eq!(projected(&p, dispute.clone()), [], "{preset:?}");
        assert_eq!(projected(&p, reminded.clone()), [], "{preset:?}");
    }
    // With the court path: stämningsansökan 03-20 + 14 = Thursday 04-03, judgment 120 days
    // later (Friday 08-01), verkställighet the next bank day (Monday 08-04).
    let p = policy(json!({ "preset": "standard", "court": {} }));
    assert_eq!(
        projected(&p, dispute),
        [
            (EntryKind::CourtAction, "2025-04-03".into()),
            (EntryKind::Judgment, "2025-08-01".into()),
            (EntryKind::Enforcement, "2025-08-04".into()),
        ]
    );
}

/// Once a judgment is the title, a timeline projects verkställighet only: it projected a
/// reminder and an inkassokrav (240 kr) after the judgment, out of date order with the
/// verkställighet. A judgment assumed for a case filed long ago is dated no earlier than today.
#[test]
fn after_a_judgment_only_enforcement_and_no_judgment_in_the_past() {
    let projected = |c: &Claim, policy: &Policy, today: &str| -> Vec<(EntryKind, String)> {
        let options = TimelineOptions {
            today: Some(d(today)),
            ..TimelineOptions::default()
        };
        timeline(c, policy, &options)
            .expect("timeline")
            .entries
            .iter()
            .filter(|e| e.status == inkasso::timeline::EntryStatus::Projected)
            .map(|e| (e.kind, e.date.to_string()))
            .collect()
    };
    let standard = Policy::preset(PresetId::Standard);
    // Straight to court, judged on Monday 2025-06-02: verkställighet the next day.
    for steps in [
        json!([
            { "kind": "courtAction", "date": "2025-03-20" },
            { "kind": "judgment", "date": "2025-06-02", "costs": "1000" }
        ]),
        json!([
            { "kind": "paymentOrder", "date": "2025-03-20" },
            { "kind": "judgment", "date": "2025-06-02" }
        ]),
    ] {
        assert_eq!(
            projected(&court_claim(steps.clone()), &standard, "2025-05-20"),
            [(EntryKind::Enforcement, "2025-06-03".into())],
            "{steps}"
        );
        // Today after it: verkställighet today (Tuesday 2025-07-01), nothing else.
        assert_eq!(
            projected(&court_claim(steps.clone()), &standard, "2025-07-01"),
            [(EntryKind::Enforcement, "2025-07-01".into())],
            "{steps}"
        );
    }
    // Filed 2020-05-04, still pending on Saturday 2023-07-01: the judgment is assumed no
    // earlier than today (Monday 2023-07-03; it was 2020-09-01), verkställighet the day after.
    let pending = claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "10000.00", "issueDate": "2020-02-12", "dueDate": "2020-03-13" }],
        "steps": [
            { "kind": "collectionDemand", "date": "2020-04-10" },
            { "kind": "dispute", "date": "2020-04-20" },
            { "kind": "courtAction", "date": "2020-05-04" }
        ]
    }));
    let court = policy(json!({ "preset": "standard", "court": {} }));
    assert_eq!(
        projected(&pending, &court, "2023-07-01"),
        [
            (EntryKind::Judgment, "2023-07-03".into()),
            (EntryKind::Enforcement, "2023-07-04".into()),
        ]
    );
}

/// The court fee by the value of the claim (förordning 1987:452 from 2014-07-01): the
/// ansökningsavgift is 900 kr for a claim not above half the prisbasbelopp of the action's year
/// and 2 800 kr above it; a betalningsföreläggande disputed and transferred to the tingsrätt
/// costs a tilläggsavgift instead, 600 / 2 500 kr. The value is the capital and interest
/// unpaid on the day. Before 2014-07-01 every tvistemål paid 450 kr, and a transferred case
/// nothing at the tingsrätt.
#[test]
fn court_fees_by_the_claims_value() {
    use inkasso::fees::FeeKind::{CourtFee, CourtTransferFee};
    let direct = |date: &str| json!([{ "kind": "courtAction", "date": date }]);
    let transferred = |order: &str, dispute: &str, date: &str| {
        json!([
            { "kind": "paymentOrder", "date": order },
            { "kind": "dispute", "date": dispute },
            { "kind": "courtAction", "date": date }
        ])
    };
    // (amount, paid before the action, steps, kind, fee)
    let rows = [
        // Half the prisbasbelopp of 2025 is 29 400 kr: not above it is 900.
        ("29400.00", None, direct("2025-06-03"), CourtFee, "900.00"),
        ("29400.01", None, direct("2025-06-03"), CourtFee, "2800.00"),
        // 2024: 28 650 kr; 2026: 29 600 kr.
        ("29000.00", None, direct("2024-06-04"), CourtFee, "2800.00"),
        ("29000.00", None, direct("2025-06-03"), CourtFee, "900.00"),
        ("29600.00", None, direct("2026-03-03"), CourtFee, "900.00"),
        ("29700.00", None, direct("2026-03-03"), CourtFee, "2800.00"),
        // After the table's last year, its last amount (2026's).
        ("29700.00", None, direct("2027-03-02"), CourtFee, "2800.00"),
        // Before 2014-07-01 one fee for every tvistemål; from then on 2014's line, 22 200 kr.
        ("50000.00", None, direct("2014-06-30"), CourtFee, "450.00"),
        ("50000.00", None, direct("2014-07-01"), CourtFee, "2800.00"),
        ("22200.00", None, direct("2014-07-01"), CourtFee, "900.00"),
        // What is unpaid on the day counts, not the invoice's amount.
        (
            "40000.00",
            Some("20000.00"),
            direct("2025-06-03"),
            CourtFee,
            "900.00",
        ),
        // A disputed betalningsföreläggande transferred to the tingsrätt: tilläggsavgift.
        (
            "12500.00",
            None,
            transferred("2025-04-28", "2025-05-12", "2025-06-02"),
            CourtTransferFee,
            "600.00",
        ),
        (
            "40000.00",
            None,
            transferred("2025-04-28", "2025-05-12", "2025-06-02"),
            CourtTransferFee,
            "2500.00",
        ),
        // A dispute before the betalningsföreläggande is not one of it: a new action.
        (
            "40000.00",
            None,
            transferred("2025-05-12", "2025-04-28", "2025-06-02"),
            CourtFee,
            "2800.00",
        ),
    ];
    // The invoice falls due on the weekday before the first step (the due date stands): a
    // direct action's value has no interest in it (but for the flat fee of 2014-06-30); the
    // interest of a transferred case moves it by far less than the margin of those rows.
    for (amount, paid, steps, kind, fee) in rows {
        let step_date = |i: usize| d(steps[i]["date"].as_str().unwrap_or_default());
        let date = step_date(steps.as_array().map_or(0, |s| s.len() - 1)).to_string();
        let mut due = step_date(0) - time::Duration::days(1);
        while matches!(
            due.weekday(),
            time::Weekday::Saturday | time::Weekday::Sunday
        ) {
            due -= time::Duration::days(1);
        }
        let payments = match paid {
            Some(p) => json!([{ "date": due.to_string(), "amount": p }]),
            None => json!([]),
        };
        let c = claim(json!({
            "debtor": "business", "lateFee": false,
            "invoices": [{ "number": "1", "amount": amount,
                "issueDate": (due - time::Duration::days(30)).to_string(), "dueDate": due.to_string() }],
            "payments": payments,
            "steps": steps
        }));
        let s = statement(&c, &StatementOptions::new(d(&date))).expect("statement");
        let court: Vec<(inkasso::fees::FeeKind, String)> = s
            .fee_lines
            .iter()
            .filter(|f| matches!(f.kind, CourtFee | CourtTransferFee))
            .map(|f| (f.kind, f.amount.to_string()))
            .collect();
        assert_eq!(court, [(kind, fee.to_owned())], "{amount} {paid:?} {steps}");
    }
    // Before 2014-07-01 the tingsrätt charged nothing for a transferred case: no fee, and the
    // warning that the table starts later.
    let c = claim(json!({
        "debtor": "business", "lateFee": false,
        "invoices": [{ "number": "1", "amount": "40000.00", "issueDate": "2014-01-01", "dueDate": "2014-01-31" }],
        "steps": transferred("2014-04-28", "2014-05-12", "2014-06-02")
    }));
    let s = statement(&c, &StatementOptions::new(d("2014-06-02"))).expect("statement");
    assert!(s
        .fee_lines
        .iter()
        .all(|f| !matches!(f.kind, CourtFee | CourtTransferFee)));
    assert_eq!(s.fees.to_string(), "680.00"); // the betalningsföreläggande's 300 + 380
    assert!(s
        .warnings
        .iter()
        .any(|w| w.code.as_str() == "FEE_NOT_COVERED"
            && w.facts
                == inkasso::warning::Facts::FeeNotCovered {
                    fee: CourtTransferFee,
                    date: d("2014-06-02")
                }));
    assert!(s
        .warnings
        .iter()
        .any(|w| w.text().en.starts_with("No district court fee for a transferred payment order on 2014-06-02: it was introduced on 2014-07-01")));
    // A transferred case is valued when the tingsrätt decides to try it (RB 1 kap. 3 d § third
    // paragraph, SFS 2010:1202: "vid rättens beslut att tvisten ska handläggas som
    // tvistemål"), read as the transfer's day: 28 500 kr due 2025-01-31, applied for
    // 2025-03-10 (value then 28 817.79, below 29 400), transferred 2025-09-10 when the interest
    // has passed the line: 2 500 kr. (Until stop 70 it was valued on the application's day:
    // 600 kr.)
    let late_transfer = claim(json!({
        "debtor": "business", "lateFee": false,
        "invoices": [{ "number": "1", "amount": "28500.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" }],
        "steps": transferred("2025-03-10", "2025-03-20", "2025-09-10")
    }));
    let s = statement(&late_transfer, &StatementOptions::new(d("2025-09-10"))).expect("statement");
    let court: Vec<String> = s
        .fee_lines
        .iter()
        .filter(|f| f.kind == CourtTransferFee)
        .map(|f| f.amount.to_string())
        .collect();
    assert_eq!(court, ["2500.00"]);
    // Transferred while the interest is still below the line: 600 kr.
    let early_transfer = claim(json!({
        "debtor": "business", "lateFee": false,
        "invoices": [{ "number": "1", "amount": "28500.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" }],
        "steps": transferred("2025-03-10", "2025-03-20", "2025-04-01")
    }));
    let s = statement(&early_transfer, &StatementOptions::new(d("2025-04-01"))).expect("statement");
    assert_eq!(
        s.fee_lines
            .iter()
            .filter(|f| f.kind == CourtTransferFee)
            .map(|f| f.amount.to_string())
            .collect::<Vec<_>>(),
        ["600.00"]
    );
    // The same claim sued directly on 2025-09-10 is valued that day: 2 800 kr.
    let direct_late = claim(json!({
        "debtor": "business", "lateFee": false,
        "invoices": [{ "number": "1", "amount": "28500.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" }],
        "steps": direct("2025-09-10")
    }));
    let s = statement(&direct_late, &StatementOptions::new(d("2025-09-10"))).expect("statement");
    let court: Vec<String> = s
        .fee_lines
        .iter()
        .filter(|f| f.kind == CourtFee)
        .map(|f| f.amount.to_string())
        .collect();
    assert_eq!(court, ["2800.00"]);
    // Several applications: the one disputed (the latest before the dispute) is the
    // stämningsansökan. 27 500 kr due 2025-01-02: on 2025-01-15 below 29 400; on 2026-01-15,
    // a year of interest on, above half of 2026's 59 200: 2 500.
    let twice = claim(json!({
        "debtor": "business", "lateFee": false,
        "invoices": [{ "number": "1", "amount": "27500.00", "issueDate": "2024-12-02", "dueDate": "2025-01-02" }],
        "steps": [
            { "kind": "paymentOrder", "date": "2025-01-15" },
            { "kind": "paymentOrder", "date": "2026-01-15" },
            { "kind": "dispute", "date": "2026-02-02" },
            { "kind": "courtAction", "date": "2026-03-02" }
        ]
    }));
    let s = statement(&twice, &StatementOptions::new(d("2026-03-02"))).expect("statement");
    let court: Vec<String> = s
        .fee_lines
        .iter()
        .filter(|f| f.kind == CourtTransferFee)
        .map(|f| f.amount.to_string())
        .collect();
    assert_eq!(court, ["2500.00"]);
    // Only what the application could claim: invoices overdue on its day. B, issued after it,
    // does not count: 20 000 kr and its interest, 600 kr.
    let later_invoice = claim(json!({
        "debtor": "business", "lateFee": false,
        "invoices": [
            { "number": "A", "amount": "20000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" },
            { "number": "B", "amount": "15000.00", "issueDate": "2025-05-01", "dueDate": "2025-05-30" }
        ],
        "steps": transferred("2025-03-03", "2025-03-20", "2025-09-10")
    }));
    let s = statement(&later_invoice, &StatementOptions::new(d("2025-09-10"))).expect("statement");
    let court: Vec<String> = s
        .fee_lines
        .iter()
        .filter(|f| f.kind == CourtTransferFee)
        .map(|f| f.amount.to_string())
        .collect();
    assert_eq!(court, ["600.00"]);
    // Interest counts in the value (rättegångsbalken 1 kap. 3 d § leaves out only the
    // litigation costs): 29 000 kr of capital at 10 % from 2025-01-01 passes 29 400 kr in
    // about 50 days.
    for (date, fee) in [("2025-02-03", "900.00"), ("2025-03-03", "2800.00")] {
        let c = claim(json!({
            "debtor": "business", "lateFee": false,
            "invoices": [{ "number": "1", "amount": "29000.00", "issueDate": "2024-12-01", "dueDate": "2024-12-31" }],
            "steps": direct(date)
        }));
        let s = statement(&c, &StatementOptions::new(d(date))).expect("statement");
        let amounts: Vec<String> = s
            .fee_lines
            .iter()
            .filter(|f| f.kind == CourtFee)
            .map(|f| f.amount.to_string())
            .collect();
        assert_eq!(amounts, [fee], "{date}: interest {}", s.interest);
    }
    // A fee given as `costs` keeps the kind and cites the row of the claim's category.
    let c = claim(json!({
        "debtor": "business", "lateFee": false,
        "invoices": [{ "number": "1", "amount": "40000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" }],
        "steps": [
            { "kind": "paymentOrder", "date": "2025-04-28" },
            { "kind": "dispute", "date": "2025-05-12" },
            { "kind": "courtAction", "date": "2025-06-02", "costs": "2400.00" }
        ]
    }));
    let s = statement(&c, &StatementOptions::new(d("2025-06-02"))).expect("statement");
    let line = s
        .fee_lines
        .iter()
        .find(|f| f.kind == CourtTransferFee)
        .expect("tilläggsavgift");
    assert_eq!(line.amount.to_string(), "2400.00");
    assert_eq!(
        line.rule,
        inkasso::fees::COURT_TRANSFER_FEE_ABOVE_HALF_PRISBASBELOPP[0].rule
    );
}

#[test]
fn costs_only_for_court_steps() {
    let err = read::<ClaimInput, _>(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "1000.00", "issueDate": "2025-02-12" }],
        "steps": [{ "kind": "reminder", "date": "2025-04-01", "costs": "10" }]
    }))
    .and_then(ClaimInput::into_claim)
    .expect_err("invalid");
    assert_eq!(err.field(), Some("steps[0].costs"));
}

#[test]
fn the_court_path_projected_by_a_policy() {
    // Disputed on Monday 2025-05-12 after a betalningsföreläggande; the policy takes the court
    // path (defaults: 14 days to the stämningsansökan, an assumed 120 days to the judgment) and
    // keeps the claim under efterbevakning 90 days after verkställighet:
    // court action 05-12 + 14 = Monday 05-26 (the case transferred: tilläggsavgift 600 kr); judgment 05-26 + 120 = Tuesday 09-23;
    // verkställighet 1 day later, Wednesday 09-24 (600 kr); efterbevakning 09-24 + 90 =
    // Tuesday 12-23.
    let p = policy(json!({ "preset": "standard", "court": {}, "surveillance": {} }));
    let disputed = court_claim(json!([
        { "kind": "reminder", "date": "2025-03-19" },
        { "kind": "collectionDemand", "date": "2025-04-07" },
        { "kind": "paymentOrder", "date": "2025-04-28" },
        { "kind": "dispute", "date": "2025-05-12" }
    ]));
    let options = TimelineOptions {
        today: Some(d("2025-05-20")),
        ..TimelineOptions::default()
    };
    let t = timeline(&disputed, &p, &options).expect("timeline");
    let projected: Vec<(EntryKind, String, String)> = t
        .entries
        .iter()
        .filter(|e| e.status == inkasso::timeline::EntryStatus::Projected)
        .map(|e| {
            (
                e.kind,
                e.date.to_string(),
                e.fees.iter().map(|f| f.amount.to_string()).collect(),
            )
        })
        .collect();
    assert_eq!(
        projected,
        vec![
            (EntryKind::CourtAction, "2025-05-26".into(), "600.00".into()),
            (EntryKind::Judgment, "2025-09-23".into(), String::new()),
            (EntryKind::Enforcement, "2025-09-24".into(), "600.00".into()),
            (EntryKind::Surveillance, "2025-12-23".into(), String::new()),
        ]
    );
    let judgment = t
        .entries
        .iter()
        .find(|e| e.kind == EntryKind::Judgment)
        .expect("judgment");
    assert_eq!(judgment.notes[0].text().en, "The judgment is assumed to come 120 days after the court action (an assumption, not a rule).");
    // Without a dispute the court path is not projected.
    let t = timeline(&court_claim(json!([])), &p, &options).expect("timeline");
    assert!(t
        .entries
        .iter()
        .all(|e| !matches!(e.kind, EntryKind::CourtAction | EntryKind::Judgment)));
    assert_eq!(
        t.entries.last().map(|e| e.kind),
        Some(EntryKind::Surveillance)
    );
    // Efterbevakning needs verkställighet.
    let err = read::<PolicyInput, _>(json!({ "enforcement": null, "surveillance": {} }))
        .and_then(PolicyInput::into_policy)
        .expect_err("invalid");
    assert_eq!(err.field(), Some("surveillance"));
}

#[test]
fn an_instalment_plan_as_a_timeline_stage() {
    // Seed 001: inkassokrav, then an amorteringsplan instead of Kronofogden. `standard`
    // without the reminder: inkassokrav 2025-03-14 + 7 = 03-21, deadline 03-31; the plan
    // 5 days later, 04-05 (a Saturday) → Monday 04-07, with its 170 kr; six monthly
    // instalments from 05-07; nothing projected after the plan.
    let p = policy(json!({ "preset": "standard", "reminder": null, "paymentPlan": {} }));
    let c = march_claim(json!([]));
    let t = timeline(
        &c,
        &p,
        &TimelineOptions {
            today: Some(d("2025-03-14")),
            ..TimelineOptions::default()
        },
    )
    .expect("timeline");
    let kinds: Vec<(EntryKind, String)> = t
        .entries
        .iter()
        .map(|e| (e.kind, e.date.to_string()))
        .collect();
    assert_eq!(
        kinds,
        vec![
            (EntryKind::Due, "2025-03-14".into()),
            (EntryKind::CollectionDemand, "2025-03-21".into()),
            (EntryKind::PaymentPlan, "2025-04-07".into()),
        ]
    );
    let plan_entry = &t.entries[2];
    assert_eq!(
        plan_entry
            .fees
            .iter()
            .map(|f| f.amount.to_string())
            .collect::<Vec<_>>(),
        ["170.00"]
    );
    let s = t.plan.as_ref().expect("schedule");
    let dates: Vec<String> = s.instalments.iter().map(|i| i.date.to_string()).collect();
    // Saturday 06-07 and Sunday 09-07 fall due on the Monday after (skuldebrevslagen 5 §).
    assert_eq!(
        dates,
        [
            "2025-05-07",
            "2025-06-09",
            "2025-07-07",
            "2025-08-07",
            "2025-09-08",
            "2025-10-07"
        ]
    );
    assert_eq!(s.plan_fee.to_string(), "170.00");
    // The first instalment pays both fees (180 + 170) first; the schedule settles the claim.
    assert_eq!(s.instalments[0].fees.to_string(), "350.00");
    assert!(s.instalments[5].capital_after.is_zero());
    // What is owed on the plan's day equals the timeline's value of the plan entry: 12 500 +
    // 24 days (03-15 … 04-07) at 11 % = 1 375 × 24/365 = 90.41, + 350.
    assert_eq!(s.owed_at_start.to_string(), "12940.41");
    assert_eq!(plan_entry.if_paid.total.to_string(), "12940.41");
}

#[test]
fn a_letter_shows_credited_invoices() {
    // Two invoices due 2025-03-14: A (10 000) credited 2 000 on 04-01, B (4 000) credited in
    // full on 03-10. A reminder on 2025-04-30: A is "partly credited", B "credited", and the
    // breakdown says what was credited.
    let c = claim(json!({
        "debtor": "consumer", "reminderFeeAgreed": true,
        "invoices": [
            { "number": "A", "amount": "10000.00", "issueDate": "2025-02-12", "dueDate": "2025-03-14" },
            { "number": "B", "amount": "4000.00", "issueDate": "2025-02-12", "dueDate": "2025-03-14" }
        ],
        "credits": [
            { "invoice": "B", "date": "2025-03-10", "amount": "4000.00" },
            { "invoice": "A", "date": "2025-04-01", "amount": "2000.00" }
        ]
    }));
    let l = inkasso::letter::letter(
        &c,
        inkasso::StepKind::Reminder,
        d("2025-04-30"),
        10,
        &inkasso::letter::LetterOptions::default(),
    )
    .expect("letter");
    let b: Vec<(String, String, String)> = l
        .breakdown
        .invoices
        .iter()
        .map(|i| {
            (
                i.credited.to_string(),
                i.capital_paid.to_string(),
                i.capital.to_string(),
            )
        })
        .collect();
    assert_eq!(
        b,
        vec![
            ("2000.00".into(), "0.00".into(), "8000.00".into()),
            ("4000.00".into(), "0.00".into(), "0.00".into()),
        ]
    );
    let json = serde_json::to_string(&l).expect("json");
    assert!(json.contains("Partly credited."), "{json}");
    assert!(json.contains("Credited: no capital remains."), "{json}");
}

#[test]
fn an_agreed_margin_never_makes_a_negative_rate() {
    // 2019-H1: referensränta −0.50. A margin of 0.25 would give −0.25 %: the rate is 0.00
    // (and the statutory 7.50 % is reported as higher). Found by tests/plan_properties.rs.
    let c = claim(json!({
        "debtor": "consumer", "agreedMargin": "0.25",
        "invoices": [{ "number": "1", "amount": "1000.00", "issueDate": "2019-01-01", "dueDate": "2019-01-31" }]
    }));
    let s = statement(&c, &StatementOptions::new(d("2019-03-01"))).expect("statement");
    assert_eq!(
        s.interest_lines
            .iter()
            .map(|l| inkasso::rates::format_percent(l.rate))
            .collect::<Vec<_>>(),
        ["0.00"]
    );
    assert_eq!(
        (s.interest.to_string(), s.total.to_string()),
        ("0.00".into(), "1000.00".into())
    );
    assert_eq!(
        codes(&s.warnings),
        vec![WarningCode::AgreedRateBelowStatutory]
    );
}

/// A plan is agreed for what is owed on its date: a payment, credit note, step or invoice
/// recorded after it is refused (`INVALID_PLAN` at `plan.date`, naming it), since the schedule would leave the claim
/// owed or overpaid on its last date; one on the plan's date counts (after the plan's step).
#[test]
fn an_instalment_plan_refuses_payments_recorded_after_its_date() {
    use inkasso::plan::{instalment_plan, PlanOptions};
    let request = plan(json!({ "date": "2025-03-03", "firstDate": "2025-04-01", "count": 3 }));
    let with = |payments: Value, credits: Value| {
        claim(json!({
            "debtor": "consumer",
            "invoices": [{ "number": "1", "amount": "12000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" }],
            "payments": payments,
            "credits": credits
        }))
    };
    let refused = |what: &str, at: &str, date: &str| {
        format!("the claim records {what} ({at}) on {date}, after the plan's date 2025-03-03: a plan schedules what is owed on its date, and its instalments are the payments after it; date the plan on or after {date}, or leave it out of the claim")
    };
    let cases: Vec<(&str, Value, Value, Option<String>)> = vec![
        (
            "a payment between the plan's date and its first instalment",
            json!([{ "date": "2025-02-15", "amount": "100.00" }, { "date": "2025-03-20", "amount": "500.00" }]),
            json!([]),
            Some(refused("a payment", "payments[1]", "2025-03-20")),
        ),
        (
            "a payment after the last instalment",
            json!([{ "date": "2025-07-01", "amount": "500.00" }]),
            json!([]),
            Some(refused("a payment", "payments[0]", "2025-07-01")),
        ),
        (
            "a credit note after the plan's date",
            json!([]),
            json!([{ "invoice": "1", "date": "2025-03-04", "amount": "1000.00" }]),
            Some(refused("a credit note", "credits[0]", "2025-03-04")),
        ),
        (
            "a payment on the plan's date counts",
            json!([{ "date": "2025-03-03", "amount": "2000.00" }]),
            json!([{ "invoice": "1", "date": "2025-03-03", "amount": "1000.00" }]),
            None,
        ),
    ];
    // An invoice issued after the plan's date is not owed on it: refused, naming the invoice.
    let mut later = with(json!([]), json!([]));
    later.invoices.push(inkasso::Invoice {
        number: "2".into(),
        amount: inkasso::Money::parse("500.00").expect("amount"),
        issue_date: parse_date("2025-03-10").expect("date"),
        due_date: None,
        rate: None,
        description: None,
    });
    let e = instalment_plan(&later, &request, &PlanOptions::default()).expect_err("refused");
    assert_eq!(
        (e.code().as_str(), e.field(), e.message()),
        (
            "INVALID_PLAN",
            Some("plan.date"),
            refused("an invoice issued", "invoices[1]", "2025-03-10").as_str()
        )
    );
    // A step that may charge a fee after the plan's date: its fee was not owed on it (the
    // plan would collect it unannounced). One on the plan's date counts.
    let mut stepped = with(json!([]), json!([]));
    stepped.steps.push(inkasso::Step::new(
        inkasso::StepKind::CollectionDemand,
        parse_date("2025-03-20").expect("date"),
    ));
    let e = instalment_plan(&stepped, &request, &PlanOptions::default()).expect_err("refused");
    assert_eq!(
        (e.code().as_str(), e.field(), e.message()),
        (
            "INVALID_PLAN",
            Some("plan.date"),
            refused("a step that may charge a fee", "steps[0]", "2025-03-20").as_str()
        )
    );
    // One that charges nothing may follow: a dispute, a final notice, an inkassokrav with
    // `fee: false`.
    let mut free = with(json!([]), json!([]));
    for (kind, fee) in [
        (inkasso::StepKind::Dispute, None),
        (inkasso::StepKind::FinalNotice, None),
        (inkasso::StepKind::CollectionDemand, Some(false)),
    ] {
        let mut step = inkasso::Step::new(kind, parse_date("2025-03-20").expect("date"));
        step.fee = fee;
        free.steps.push(step);
    }
    assert!(instalment_plan(&free, &request, &PlanOptions::default()).is_ok());
    if let Some(step) = stepped.steps.first_mut() {
        step.date = parse_date("2025-03-03").expect("date");
    }
    let s = instalment_plan(&stepped, &request, &PlanOptions::default()).expect("on its date");
    // The inkassokrav's 180 kr and the plan's 170 kr, both owed on the plan's date.
    assert_eq!(s.fees.to_string(), "350.00");
    for (name, payments, credits, want) in cases {
        let c = with(payments, credits);
        let got = instalment_plan(&c, &request, &PlanOptions::default());
        match (got, want) {
            (Err(e), Some(message)) => assert_eq!(
                (e.code().as_str(), e.field(), e.message()),
                ("INVALID_PLAN", Some("plan.date"), message.as_str()),
                "{name}"
            ),
            (Ok(s), None) => {
                // Paying the schedule leaves nothing owed and nothing overpaid on its last date.
                let mut paid = c.clone();
                paid.steps.push(inkasso::Step::new(
                    inkasso::StepKind::PaymentPlan,
                    request.date,
                ));
                paid.payments
                    .extend(s.instalments.iter().map(|i| inkasso::Payment {
                        date: i.date,
                        amount: i.amount,
                        invoice: None,
                    }));
                let last = s.instalments.last().map(|i| i.date).expect("instalments");
                let st = statement(&paid, &StatementOptions::new(last)).expect("statement");
                assert_eq!(
                    (st.total.to_string(), st.credit.to_string()),
                    ("0.00".into(), "0.00".into()),
                    "{name}"
                );
            }
            (got, want) => panic!("{name}: {got:?}, wanted {want:?}"),
        }
    }
}

/// A plan for a time-barred debt demands it: refused with `TIME_BARRED` at `plan.date`, as
/// `letter` refuses a letter (it was made, with its 170 kr). The day the period ends still
/// takes one.
#[test]
fn no_instalment_plan_for_a_time_barred_debt() {
    use inkasso::plan::{instalment_plan, PlanOptions};
    // Consumer, issued 2020-02-12: time-barred after 2023-02-12.
    let old = claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "10000.00", "issueDate": "2020-02-12", "dueDate": "2020-03-13" }]
    }));
    let run = |date: &str, first: &str| {
        instalment_plan(
            &old,
            &plan(json!({ "date": date, "firstDate": first, "count": 3 })),
            &PlanOptions::default(),
        )
    };
    let e = run("2025-03-03", "2025-04-01").expect_err("time-barred");
    assert_eq!(
        (e.code(), e.field()),
        (inkasso::ErrorCode::TimeBarred, Some("plan.date"))
    );
    assert!(e.message().contains("time-barred after 2023-02-12"), "{e}");
    assert!(run("2023-02-12", "2023-03-01").is_ok());
    assert_eq!(
        run("2023-02-13", "2023-03-01")
            .map(|_| ())
            .map_err(|e| e.code()),
        Err(inkasso::ErrorCode::TimeBarred)
    );
}

/// An invoice credited in full is not collected: its later due date no longer holds back the
/// timeline (its `dueDate` was the cancelled invoice's, and an inkassokrav sent after the
/// other invoice's due date counted as too early).
#[test]
fn an_invoice_credited_in_full_does_not_hold_back_the_timeline() {
    let c = claim(json!({
        "debtor": "consumer",
        "invoices": [
            { "number": "1", "amount": "10000.00", "issueDate": "2025-02-12", "dueDate": "2025-03-14" },
            { "number": "2", "amount": "3000.00", "issueDate": "2025-03-01", "dueDate": "2025-03-31" }
        ],
        "credits": [{ "invoice": "2", "date": "2025-03-10", "amount": "3000.00" }],
        "steps": [{ "kind": "collectionDemand", "date": "2025-03-20", "paymentTermDays": 10 }]
    }));
    assert_eq!(
        inkasso::timeline::claim_due_date(&c).expect("due"),
        d("2025-03-14")
    );
    let options = TimelineOptions {
        today: Some(d("2025-03-20")),
        ..TimelineOptions::default()
    };
    let t = timeline(&c, &Policy::preset(PresetId::Standard), &options).expect("timeline");
    let entries: Vec<(EntryKind, String, usize)> = t
        .entries
        .iter()
        .map(|e| (e.kind, e.date.to_string(), e.notes.len()))
        .collect();
    // The inkassokrav of 03-20 counts: deadline Monday 03-31; the betalningsföreläggande 10
    // days after it, Thursday 04-10.
    assert_eq!(entries[0], (EntryKind::Due, "2025-03-14".into(), 0));
    assert_eq!(
        entries[1],
        (EntryKind::CollectionDemand, "2025-03-20".into(), 0)
    );
    assert_eq!(entries[2].0, EntryKind::PaymentOrder);
    assert_eq!(entries[2].1, "2025-04-10");
    // Every invoice credited: the latest due date still stands.
    let mut all = c.clone();
    all.credits.push(inkasso::CreditNote {
        invoice: "1".into(),
        date: d("2025-03-10"),
        amount: inkasso::Money::from_ore(1_000_000),
    });
    assert_eq!(
        inkasso::timeline::claim_due_date(&all).expect("due"),
        d("2025-03-31")
    );
}

/// A claim with a credit owed back (a credit note beyond its invoice's capital) and interest
/// still unpaid: a plan splits what is owed; the credit the claim already has is not one the
/// instalments made. (It was refused as "too small for that many instalments".)
#[test]
fn a_plan_for_a_claim_with_a_credit_owed_back() {
    use inkasso::plan::{instalment_plan, PlanOptions};
    let claim = read::<ClaimInput, _>(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "1000", "issueDate": "2025-01-01", "dueDate": "2025-01-31" }],
        "payments": [{ "date": "2025-02-01", "amount": "800" }],
        "credits": [{ "invoice": "1", "date": "2025-02-10", "amount": "500" }]
    }))
    .and_then(ClaimInput::into_claim)
    .expect("claim");
    let s = instalment_plan(
        &claim,
        &plan(json!({ "date": "2025-03-01", "firstDate": "2025-03-15", "count": 2, "fee": false })),
        &PlanOptions::default(),
    )
    .expect("schedule");
    let amounts: Vec<String> = s.instalments.iter().map(|i| i.amount.to_string()).collect();
    let sum = s.instalments.iter().fold(inkasso::Money::ZERO, |a, i| {
        a.checked_add(i.amount).expect("sum")
    });
    assert_eq!(amounts.len(), 2, "{amounts:?}");
    assert_eq!(sum.to_string(), s.total.to_string());
    assert!(
        s.instalments.iter().all(|i| i.amount.is_positive()),
        "{amounts:?}"
    );
}

/// `fee: false` on the plan while the claim records the plan's own step claiming its fee is
/// refused at `plan.fee`: the claim as recorded charges the 170 kr the schedule left out, so
/// paying the schedule left 173.20 kr owed. With the step's own `fee: false`, the plan is made.
#[test]
fn a_plan_without_its_fee_on_a_claim_recording_its_step_with_one() {
    use inkasso::plan::{instalment_plan, PlanOptions};
    let claim_with = |step: Value| {
        read::<ClaimInput, _>(json!({
            "debtor": "consumer",
            "invoices": [{ "number": "1", "amount": "12000.00", "issueDate": "2025-01-15", "dueDate": "2025-02-14" }],
            "steps": [step]
        }))
        .and_then(ClaimInput::into_claim)
        .expect("claim")
    };
    let request =
        plan(json!({ "date": "2025-03-03", "firstDate": "2025-04-01", "count": 3, "fee": false }));
    let e = instalment_plan(
        &claim_with(json!({ "kind": "paymentPlan", "date": "2025-03-03" })),
        &request,
        &PlanOptions::default(),
    )
    .expect_err("refused");
    assert_eq!(
        (e.code(), e.field()),
        (inkasso::ErrorCode::InvalidPlan, Some("plan.fee"))
    );
    assert!(e.message().contains("steps[0]"), "{}", e.message());
    let s = instalment_plan(
        &claim_with(json!({ "kind": "paymentPlan", "date": "2025-03-03", "fee": false })),
        &request,
        &PlanOptions::default(),
    )
    .expect("schedule");
    assert_eq!(s.plan_fee.to_string(), "0.00");
}

/// ... but a recorded plan step that charges no fee is no conflict: `fee: false` gives the
/// same schedule as leaving it out. A diff review found both refused: a business claim whose
/// förseningsersättning absorbs the 170 kr, and a plan made again after an earlier one took the
/// claim's one plan fee.
#[test]
fn a_plan_without_its_fee_on_a_claim_recording_its_step_charging_none() {
    use inkasso::plan::{instalment_plan, PlanOptions};
    let claim_with = |debtor: &str, steps: Value| {
        read::<ClaimInput, _>(json!({
            "debtor": debtor,
            "invoices": [{ "number": "1", "amount": "12000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" }],
            "steps": steps
        }))
        .and_then(ClaimInput::into_claim)
        .expect("claim")
    };
    let on = json!({ "kind": "paymentPlan", "date": "2025-03-03" });
    let earlier = json!({ "kind": "paymentPlan", "date": "2025-02-20" });
    for c in [
        claim_with("business", json!([on])),
        claim_with("consumer", json!([earlier, on])),
    ] {
        let schedule = |fee: bool| {
            instalment_plan(
                &c,
                &plan(json!({ "date": "2025-03-03", "firstDate": "2025-04-01", "count": 3, "fee": fee })),
                &PlanOptions::default(),
            )
            .map(|s| {
                (
                    s.plan_fee.to_string(),
                    s.instalments
                        .iter()
                        .map(|i| i.amount.to_string())
                        .collect::<Vec<_>>(),
                )
            })
            .map_err(|e| e.to_string())
        };
        let with = schedule(true).expect("with its fee");
        assert_eq!(with.0, "0.00");
        assert_eq!(schedule(false), Ok(with));
    }
}

/// Every count gives a plan: where no equal amount comes out at that count (the smallest that
/// settles pays the claim off before the last date), the first instalments are an öre more
/// than the others, and the last is not larger than the first. A 300 kr claim refused 123 of
/// the counts 1–360 as "too small for that many instalments" (168 among them, for
/// instalments of about 3.35 kr).
#[test]
fn every_count_gives_a_plan() {
    use inkasso::plan::{instalment_plan, PlanOptions};
    let claim = read::<ClaimInput, _>(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "300.00", "issueDate": "2026-01-01", "dueDate": "2026-01-31" }]
    }))
    .and_then(ClaimInput::into_claim)
    .expect("claim");
    for count in 2..=360u32 {
        let request = plan(json!({
            "date": "2026-03-02", "firstDate": "2026-04-01", "count": count, "fee": false
        }));
        let s = instalment_plan(&claim, &request, &PlanOptions::default())
            .unwrap_or_else(|e| panic!("count {count}: {e}"));
        assert_eq!(s.instalments.len(), count as usize);
        let (last, rest) = s.instalments.split_last().expect("instalments");
        let first = rest.first().expect("two or more").amount;
        let amounts: Vec<i64> = s.instalments.iter().map(|i| i.amount.ore()).collect();
        // The first ones of one amount, any others an öre less, the last not larger.
        assert!(
            rest.windows(2).all(|w| w[1].amount <= w[0].amount)
                && rest.iter().all(|i| first.ore() - i.amount.ore() <= 1)
                && last.amount <= first
                && last.amount.is_positive(),
            "count {count}: {amounts:?}"
        );
        // Paid as scheduled, the claim is settled on the last date.
        let mut paid = claim.clone();
        paid.payments
            .extend(s.instalments.iter().map(|i| inkasso::Payment {
                date: i.date,
                amount: i.amount,
                invoice: None,
            }));
        // With the last known referensränta assumed past the table, as the plan assumes it.
        let rates = inkasso::rates::RateTable::embedded()
            .assuming_through(last.date)
            .expect("table");
        let options = StatementOptions {
            rates: &rates,
            ..StatementOptions::new(last.date)
        };
        let after = statement(&paid, &options).expect("statement");
        assert_eq!(
            (after.total.to_string(), after.credit.to_string()),
            ("0.00".to_owned(), "0.00".to_owned()),
            "count {count}"
        );
    }
}

/// A plan of many small instalments where no equal amount comes out: the last is never larger
/// than the first (an integrator's review: 19.42 kr in 100 daily instalments was 99 × 0.20
/// and a last of 0.21; 34.15 kr, 99 × 0.35 and 0.36).
#[test]
fn the_last_of_many_small_instalments_is_not_the_largest() {
    use inkasso::plan::{instalment_plan, PlanOptions};
    for (amount, counts) in [("19.42", 60..=140u32), ("34.15", 95..=105)] {
        let claim = read::<ClaimInput, _>(json!({
            "debtor": "consumer",
            "invoices": [{ "number": "1", "amount": amount, "issueDate": "2025-01-01", "dueDate": "2025-01-31" }]
        }))
        .and_then(ClaimInput::into_claim)
        .expect("claim");
        for count in counts {
            let request = plan(json!({
                "date": "2025-03-03", "firstDate": "2025-03-31", "count": count, "intervalDays": 1, "fee": false
            }));
            let s = instalment_plan(&claim, &request, &PlanOptions::default())
                .unwrap_or_else(|e| panic!("{amount} in {count}: {e}"));
            let amounts: Vec<i64> = s.instalments.iter().map(|i| i.amount.ore()).collect();
            let (last, rest) = amounts.split_last().expect("instalments");
            let first = *rest.first().expect("two or more");
            assert!(
                rest.windows(2).all(|w| w[1] <= w[0])
                    && rest.iter().all(|a| first - a <= 1)
                    && *last <= first
                    && *last > 0,
                "{amount} in {count}: {amounts:?}"
            );
        }
    }
}

/// A plan of a few öre an instalment over a long time, where one öre more early already pays
/// the claim off before the last date: a plan all equal but the last, an öre more, not a
/// refusal (a diff review: 0.30 kr in 16 instalments every two months was "too small" while
/// 15 and 17 had plans).
#[test]
fn a_long_plan_of_a_few_ore_is_made() {
    use inkasso::plan::{instalment_plan, PlanOptions};
    let claim = read::<ClaimInput, _>(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "0.30", "issueDate": "2024-10-26", "dueDate": "2024-11-08" }]
    }))
    .and_then(ClaimInput::into_claim)
    .expect("claim");
    for count in 15..=17u32 {
        let request = plan(json!({
            "date": "2024-12-22", "firstDate": "2025-01-12", "count": count, "intervalMonths": 2, "fee": false
        }));
        let s = instalment_plan(&claim, &request, &PlanOptions::default())
            .unwrap_or_else(|e| panic!("count {count}: {e}"));
        let amounts: Vec<i64> = s.instalments.iter().map(|i| i.amount.ore()).collect();
        let (last, rest) = amounts.split_last().expect("instalments");
        let first = *rest.first().expect("two or more");
        assert!(
            rest.iter().all(|a| first - a <= 1 && *a > 0) && *last > 0 && *last <= first + 1,
            "count {count}: {amounts:?}"
        );
    }
}

/// Litigation costs a judgment awards (given as its `costs`) are owed for every judgment (an
/// appeal's too) and whatever the capital that day (paid during the case): they are the
/// court's decision, not a fee of lag 1981:739 charged once per claim.
#[test]
fn every_judgment_s_costs_are_owed_whatever_the_capital() {
    let fees_of = |c: &Claim, as_of: &str| {
        let s = statement(c, &StatementOptions::new(d(as_of))).expect("statement");
        s.fee_lines
            .iter()
            .filter(|l| l.kind == inkasso::fees::FeeKind::CourtCosts)
            .map(|l| (l.date.to_string(), l.amount.to_string()))
            .collect::<Vec<_>>()
    };
    let base = |steps: Value, payments: Value| {
        claim(json!({
            "debtor": "consumer",
            "invoices": [{ "number": "1", "amount": "20000.00", "issueDate": "2025-01-02", "dueDate": "2025-02-03" }],
            "steps": steps,
            "payments": payments
        }))
    };
    let appealed = base(
        json!([
            { "kind": "courtAction", "date": "2025-03-10" },
            { "kind": "judgment", "date": "2025-06-10", "costs": "3500" },
            { "kind": "judgment", "date": "2025-11-10", "costs": "6000" }
        ]),
        json!([]),
    );
    assert_eq!(
        fees_of(&appealed, "2025-12-01"),
        [
            ("2025-06-10".to_string(), "3500.00".to_string()),
            ("2025-11-10".to_string(), "6000.00".to_string())
        ]
    );
    let paid_during_the_case = base(
        json!([
            { "kind": "courtAction", "date": "2025-03-10" },
            { "kind": "judgment", "date": "2025-06-10", "costs": "3500" }
        ]),
        json!([{ "date": "2025-04-01", "amount": "22000.00" }]),
    );
    assert_eq!(
        fees_of(&paid_during_the_case, "2025-07-01"),
        [("2025-06-10".to_string(), "3500.00".to_string())]
    );
    // A judgment without costs given still charges nothing.
    let without = base(
        json!([
            { "kind": "courtAction", "date": "2025-03-10" },
            { "kind": "judgment", "date": "2025-06-10" }
        ]),
        json!([]),
    );
    assert!(fees_of(&without, "2025-07-01").is_empty());
}

/// An invoice credited in full after its due date keeps what it earned before the credit
/// (interest, förseningsersättning), and a warning says so, on the credit note that completes
/// the crediting: the caller knows whether the credit note corrects a wrong invoice (then
/// leave it out of the claim). Not for one credited by its due date, a partial credit, or one
/// that earned nothing.
#[test]
fn an_invoice_credited_in_full_after_its_due_date_says_what_it_keeps() {
    let with = |debtor: &str, credits: Value| {
        claim(json!({
            "debtor": debtor,
            "invoices": [
                { "number": "K-1", "amount": "18750.00", "issueDate": "2025-03-03", "dueDate": "2025-04-02" },
                { "number": "K-2", "amount": "2500.00", "issueDate": "2025-03-03", "dueDate": "2025-04-02" }
            ],
            "credits": credits
        }))
    };
    let on = |c: &Claim| {
        statement(c, &StatementOptions::new(d("2025-06-02")))
            .expect("statement")
            .warnings
            .iter()
            .filter(|w| w.code == WarningCode::CreditedAfterDue)
            .map(|w| (w.field(), w.text().sv))
            .collect::<Vec<_>>()
    };
    // The public-authority debtor of the review: 450 kr förseningsersättning and 8 days of
    // interest on K-2 before the credit note of 2025-04-10.
    let late = with(
        "public",
        json!([{ "invoice": "K-2", "date": "2025-04-10", "amount": "2500.00" }]),
    );
    assert_eq!(
        on(&late),
        vec![(
            Some("credits[0]".to_owned()),
            "Faktura K-2 krediterades i sin helhet 2025-04-10, efter förfallodagen 2025-04-02: ränta och förseningsersättning som fakturan gav före krediteringen ingår fortfarande. Om kreditnotan rättar en felaktig faktura har inget av detta varit skuld; ta då bort fakturan ur fordran.".to_owned()
        )]
    );
    // Only what the invoice earned is named: a consumer owes no förseningsersättning, so
    // interest alone (a legal review found it named for every debtor); in English, "is".
    let consumer = with(
        "consumer",
        json!([{ "invoice": "K-2", "date": "2025-04-10", "amount": "2500.00" }]),
    );
    assert_eq!(
        on(&consumer),
        vec![(
            Some("credits[0]".to_owned()),
            "Faktura K-2 krediterades i sin helhet 2025-04-10, efter förfallodagen 2025-04-02: ränta som fakturan gav före krediteringen ingår fortfarande. Om kreditnotan rättar en felaktig faktura har inget av detta varit skuld; ta då bort fakturan ur fordran.".to_owned()
        )]
    );
    let en = statement(&consumer, &StatementOptions::new(d("2025-06-02")))
        .expect("statement")
        .warnings
        .iter()
        .find(|w| w.code == WarningCode::CreditedAfterDue)
        .map(|w| w.text().en)
        .expect("the warning");
    assert!(
        en.contains(": the interest it earned before the credit is still included."),
        "{en}"
    );
    // A business debtor credited the day after the due date: förseningsersättning, no
    // interest day yet.
    let next_day = with(
        "business",
        json!([{ "invoice": "K-2", "date": "2025-04-03", "amount": "2500.00" }]),
    );
    let said = on(&next_day);
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(
        said.iter().all(|(_, sv)| sv.contains(
            "2025-04-02: förseningsersättning som fakturan gav före krediteringen ingår fortfarande."
        )),
        "{said:?}"
    );
    // In two parts: only the one that completes it.
    let parts = with(
        "consumer",
        json!([
            { "invoice": "K-2", "date": "2025-04-10", "amount": "1000.00" },
            { "invoice": "K-2", "date": "2025-04-20", "amount": "1500.00" }
        ]),
    );
    let got: Vec<_> = on(&parts).into_iter().map(|(f, _)| f).collect();
    assert_eq!(got, vec![Some("credits[1]".to_owned())]);
    // By the due date, partly, or nothing earned (credited the day after the due date: no
    // interest day yet, a consumer): no warning.
    for credits in [
        json!([{ "invoice": "K-2", "date": "2025-04-02", "amount": "2500.00" }]),
        json!([{ "invoice": "K-2", "date": "2025-04-10", "amount": "2400.00" }]),
        json!([{ "invoice": "K-2", "date": "2025-04-03", "amount": "2500.00" }]),
    ] {
        assert_eq!(on(&with("consumer", credits.clone())), vec![], "{credits}");
    }
}

/// A credit note after the due date that settles what payments left unpaid of an invoice warns
/// as one that credits it in full: the B2B debtor who paid the right 800 kr of a 1 000 kr
/// invoice on its due date, and the creditor's credit note for the wrong 200 kr afterwards,
/// keep 450 kr förseningsersättning and 0.96 kr interest owed unless the invoice is given its
/// corrected amount (a B2B review found the figures owed with no word). Not for a partial
/// credit that leaves capital unpaid, nor for one that settles it by the due date.
#[test]
fn a_credit_note_that_settles_an_invoice_after_its_due_date_says_what_it_keeps() {
    let with = |credit: Value| {
        claim(json!({
            "debtor": "business",
            "invoices": [{ "number": "A", "amount": "1000.00", "issueDate": "2025-01-01", "dueDate": "2025-02-03" }],
            "payments": [{ "date": "2025-02-03", "amount": "800.00" }],
            "credits": [credit]
        }))
    };
    let on = |c: &Claim| {
        let s = statement(c, &StatementOptions::new(d("2025-03-01"))).expect("statement");
        let warned = s
            .warnings
            .iter()
            .filter(|w| w.code == WarningCode::CreditedAfterDue)
            .map(|w| (w.field(), w.text().sv, w.text().en))
            .collect::<Vec<_>>();
        (s.total.to_string(), warned)
    };
    let (total, warned) = on(&with(
        json!({ "invoice": "A", "date": "2025-02-20", "amount": "200.00" }),
    ));
    assert_eq!(total, "450.96");
    assert_eq!(
        warned,
        vec![(
            Some("credits[0]".to_owned()),
            "Kreditnotan 2025-02-20 reglerade det som återstod obetalt av faktura A, efter förfallodagen 2025-02-03: ränta och förseningsersättning som den obetalda delen gav före krediteringen ingår fortfarande. Om kreditnotan rättar ett fel i fakturan har den delen aldrig varit skuld; ange då fakturans rättade belopp i stället för kreditnotan.".to_owned(),
            "The credit note of 2025-02-20 settled what was left unpaid of invoice A, after its due date 2025-02-03: the interest and late-payment compensation the unpaid part earned before the credit are still included. If the credit note corrects an error in the invoice, that part was never owed; give the invoice's corrected amount instead of the credit note.".to_owned()
        )]
    );
    // The corrected invoice owes nothing: what the warning says to do.
    let corrected = claim(json!({
        "debtor": "business",
        "invoices": [{ "number": "A", "amount": "800.00", "issueDate": "2025-01-01", "dueDate": "2025-02-03" }],
        "payments": [{ "date": "2025-02-03", "amount": "800.00" }]
    }));
    assert_eq!(on(&corrected), ("0.00".to_owned(), vec![]));
    // A partial credit leaving capital unpaid, or one settling it on the due date: no warning.
    for credit in [
        json!({ "invoice": "A", "date": "2025-02-20", "amount": "150.00" }),
        json!({ "invoice": "A", "date": "2025-02-03", "amount": "200.00" }),
    ] {
        assert_eq!(on(&with(credit.clone())).1, vec![], "{credit}");
    }
}

#[test]
fn an_instalment_plan_s_warnings_about_its_own_step_name_the_plan() {
    use inkasso::plan::{instalment_plan, PlanOptions};
    // A review found FEE_ALREADY_CHARGED at `steps[1]` for a claim of one step (and
    // NOT_OVERDUE at `steps[0]` for a claim of none): the plan's own step, not the caller's.
    let mut c = plan_claim("consumer");
    c.steps.push(inkasso::Step::new(
        inkasso::StepKind::PaymentPlan,
        d("2025-02-03"),
    ));
    let again = instalment_plan(
        &c,
        &plan(json!({ "date": "2025-02-10", "firstDate": "2025-02-28", "count": 2 })),
        &PlanOptions::default(),
    )
    .expect("plan");
    let fields = |s: &inkasso::plan::Schedule| -> Vec<(String, Option<String>)> {
        s.warnings
            .iter()
            .map(|w| (w.code.as_str().to_owned(), w.subject.field()))
            .collect()
    };
    assert_eq!(
        fields(&again),
        [("FEE_ALREADY_CHARGED".to_owned(), Some("plan".to_owned()))]
    );
    let early = instalment_plan(
        &plan_claim("consumer"),
        &plan(json!({ "date": "2025-01-20", "firstDate": "2025-02-01", "count": 2 })),
        &PlanOptions::default(),
    )
    .expect("plan");
    assert_eq!(
        fields(&early),
        [("NOT_OVERDUE".to_owned(), Some("plan".to_owned()))]
    );
}

#[test]
fn a_strict_instalment_plan_needs_no_rate_past_its_last_instalment() {
    use inkasso::plan::{instalment_plan, PlanOptions};
    // A differential review: strict plans that use no day past the rate table (2026-12-31)
    // were refused with RATE_NOT_COVERED at `perDiem`, the day after an instalment; a schedule
    // has no per diem. The non-strict plan is the same and assumes nothing. The table's last
    // day is nyårsafton: claims that keep their dates (`shiftDueDate: false`) pay on it.
    let cases = [
        (
            json!({ "debtor": "consumer", "shiftDueDate": false, "invoices": [{ "number": "1", "amount": "1000.00", "issueDate": "2026-01-01", "dueDate": "2026-01-31" }] }),
            json!({ "date": "2026-12-01", "firstDate": "2026-12-31", "count": 1 }),
        ),
        (
            json!({ "debtor": "consumer", "invoices": [
                { "number": "A", "amount": "100.00", "issueDate": "2026-01-01", "dueDate": "2026-01-31" },
                { "number": "B", "amount": "10000.00", "issueDate": "2026-01-01", "dueDate": "2026-02-28", "agreedRate": "10" }
            ] }),
            json!({ "date": "2026-12-01", "firstDate": "2026-12-15", "count": 2 }),
        ),
    ];
    // The last instalment on the table's last day: only its per diem (2027-01-01) is past it
    // (the diff review: nothing else tested the strict statement valued again without it).
    let last_day = claim(
        json!({ "debtor": "consumer", "shiftDueDate": false, "invoices": [{ "number": "1", "amount": "1000.00", "issueDate": "2026-01-01", "dueDate": "2026-01-31" }] }),
    );
    let on_last_day = plan(json!({ "date": "2026-12-31", "firstDate": "2026-12-31", "count": 1 }));
    let strict = PlanOptions {
        strict_rates: true,
        ..PlanOptions::default()
    };
    // A claim that moves its dates pays on Monday 2027-01-04 (nyårsafton, nyårsdagen and a
    // weekend moved over): past the table, which strict rates refuse.
    let moved = claim(
        json!({ "debtor": "consumer", "invoices": [{ "number": "1", "amount": "1000.00", "issueDate": "2026-01-01", "dueDate": "2026-01-31" }] }),
    );
    let err = instalment_plan(&moved, &on_last_day, &strict).expect_err("past the table");
    assert_eq!(
        (err.code(), err.field(), err.message()),
        (
            inkasso::ErrorCode::RateNotCovered,
            Some("rates"),
            "no referensränta for 2027-01-01 (half-year 2027-H1): the table covers 2002-07-01 to 2026-12-31, and instalment 1 falls due on 2027-01-04, moved from 2026-12-31, a day off (skuldebrevslagen 5 §); pass that half-year's referensränta in `rates`"
        )
    );
    let loose = instalment_plan(&moved, &on_last_day, &PlanOptions::default()).expect("plan");
    assert_eq!(
        loose
            .instalments
            .iter()
            .map(|i| (i.date.to_string(), i.moved_from.map(|d| d.to_string())))
            .collect::<Vec<_>>(),
        [("2027-01-04".to_owned(), Some("2026-12-31".to_owned()))]
    );
    assert!(loose.assumed);
    let s = instalment_plan(&last_day, &on_last_day, &strict).expect("no per diem needed");
    assert!(
        !s.assumed
            && s.warnings
                .iter()
                .all(|w| w.code != inkasso::warning::WarningCode::RateAssumed)
    );
    for (c, p) in cases {
        let (c, p) = (claim(c), plan(p));
        let loose = instalment_plan(&c, &p, &PlanOptions::default()).expect("plan");
        let strict = PlanOptions {
            strict_rates: true,
            ..PlanOptions::default()
        };
        let strict = instalment_plan(&c, &p, &strict).expect("a strict plan");
        assert_eq!(instalments(&strict), instalments(&loose));
        assert!(!strict.assumed && !loose.assumed);
    }
}

#[test]
fn a_timeline_s_warnings_name_the_rates_its_plan_assumes() {
    // A differential review: the plan's last instalment, 2027-01-06, rests on an assumed
    // 2027-H1 rate (`plan.assumed`), but the timeline's own warnings did not say so.
    let p = policy(json!({ "preset": "standard", "reminder": null, "paymentPlan": {} }));
    let c = claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "1000.00", "issueDate": "2026-01-01", "dueDate": "2026-01-31" }],
        "steps": [{ "kind": "collectionDemand", "date": "2026-06-20", "paymentTermDays": 10 }]
    }));
    let t = timeline(&c, &p, &TimelineOptions::default()).expect("timeline");
    let plan = t.plan.as_ref().expect("a plan");
    assert!(plan.assumed);
    assert!(plan.instalments.last().expect("instalments").date > d("2026-12-31"));
    let assumed: Vec<Option<String>> = t
        .warnings
        .iter()
        .filter(|w| w.code == inkasso::warning::WarningCode::RateAssumed)
        .map(|w| w.subject.half_year().map(|h| h.to_string()))
        .collect();
    assert_eq!(assumed, [Some("2027-H1".to_owned())]);
}

#[test]
fn an_agreed_rate_is_not_compared_with_an_assumed_statutory_one() {
    // A differential review: the timeline warned that 0.5 % agreed was "below the statutory
    // 10.00 % for 2027-H1", a rate it had assumed (the table ends 2026-12-31), with no
    // RATE_ASSUMED, while the statement of the same days said nothing.
    let c = claim(json!({
        "debtor": "business", "lateFee": false,
        "invoices": [{ "number": "F1", "amount": "4000.00", "issueDate": "2027-01-01", "dueDate": "2027-01-31", "agreedRate": "0.5" }]
    }));
    let t = timeline(
        &c,
        &Policy::preset(PresetId::Standard),
        &TimelineOptions::default(),
    )
    .expect("timeline");
    let below = |warnings: &[inkasso::warning::Warning]| {
        warnings
            .iter()
            .any(|w| w.code == inkasso::warning::WarningCode::AgreedRateBelowStatutory)
    };
    assert!(!below(&t.warnings));
    assert!(t.entries.iter().all(|e| !below(&e.notes)));
    // A known rate is compared: 2026-H1's 2.00 + 8 = 10.00 %.
    let known = claim(json!({
        "debtor": "business", "lateFee": false,
        "invoices": [{ "number": "F1", "amount": "4000.00", "issueDate": "2026-01-01", "dueDate": "2026-01-31", "agreedRate": "0.5" }]
    }));
    let s = statement(&known, &StatementOptions::new(d("2026-03-01"))).expect("statement");
    assert!(below(&s.warnings));
}

#[test]
fn a_plan_during_a_verkstallighet_warns_of_its_yearly_fee() {
    use inkasso::plan::{instalment_plan, PlanOptions};
    use inkasso::warning::{Facts, WarningCode};
    // A Swedish-law review: a 24-month plan agreed during a verkställighet of 2024-05-02 said
    // it paid the claim to the öre, while the timeline projected 600 kr on 2025-05-02 and
    // 2026-05-02 (förordning 1992:1094 5 §: a grundavgift for each year the case goes on).
    let steps = json!([
        { "kind": "collectionDemand", "date": "2024-02-20" }, { "kind": "paymentOrder", "date": "2024-03-11" },
        { "kind": "judgment", "date": "2024-04-22" }, { "kind": "enforcement", "date": "2024-05-02" }
    ]);
    let c = |steps: &Value| {
        claim(json!({
            "debtor": "consumer",
            "invoices": [{ "number": "1", "amount": "10000.00", "issueDate": "2024-01-10", "dueDate": "2024-02-09" }],
            "steps": steps
        }))
    };
    let continues = |c: &Claim, count: u32| -> Vec<Facts> {
        let p = plan(json!({ "date": "2024-09-02", "firstDate": "2024-10-01", "count": count }));
        instalment_plan(c, &p, &PlanOptions::default())
            .expect("plan")
            .warnings
            .into_iter()
            .filter(|w| w.code == WarningCode::EnforcementContinues)
            .inspect(|w| {
                assert_eq!(w.subject.field().as_deref(), Some("plan"));
                let text = w.text();
                assert!(text.sv.starts_with("Verkställigheten hos Kronofogden pågår under planen, och fordrans verkställighetsår löper från 2024-05-02: fortsätter verkställigheten efter 2025-05-02 läggs Kronofogdens grundavgift (600\u{a0}kr) till skulden"), "{}", text.sv);
                assert!(text.en.contains("Kronofogden's basic fee (SEK 600) is added"), "{}", text.en);
            })
            .map(|w| w.facts)
            .collect()
    };
    assert_eq!(
        continues(&c(&steps), 24),
        [Facts::EnforcementContinues {
            since: d("2024-05-02"),
            next: d("2025-05-02"),
            fee: "600.00".parse().expect("money"),
        }]
    );
    // Paid before the next fee falls due: nothing to say.
    assert_eq!(continues(&c(&steps), 6), []);
    // A second verkställighet within the year charges no grundavgift: the next still falls
    // due a year after the first (the diff review found it dated from the second, and no
    // warning for a 9-month plan).
    let mut again = steps.as_array().expect("steps").clone();
    again.push(json!({ "kind": "enforcement", "date": "2024-08-01" }));
    let again = c(&Value::Array(again));
    assert_eq!(continues(&again, 9).len(), 1);
    assert_eq!(continues(&again, 24), continues(&c(&steps), 24));
}

/// A letter or a plan dated on the day a payment settles the claim: nothing to collect. Their
/// step comes first on its day, so its fee took the payment, and the letter demanded its own
/// 60 kr (an inkassokrav its 180 kr, a plan its 170 kr) on a claim the statement calls paid (a
/// cross-export review).
#[test]
fn a_letter_or_plan_on_the_day_a_payment_settles_the_claim_has_nothing_to_collect() {
    use inkasso::letter::{letter, LetterOptions};
    use inkasso::plan::{instalment_plan, PlanOptions};
    let base = claim(json!({
        "debtor": "consumer", "reminderFeeAgreed": true,
        "invoices": [{ "number": "1", "amount": "1000.00", "issueDate": "2025-01-10", "dueDate": "2025-02-10" }]
    }));
    let day = d("2025-03-10");
    let owed = statement(&base, &StatementOptions::new(day))
        .expect("statement")
        .total;
    let mut paid = base.clone();
    paid.payments.push(inkasso::Payment {
        date: day,
        amount: owed,
        invoice: None,
    });
    for kind in [
        inkasso::StepKind::Reminder,
        inkasso::StepKind::CollectionDemand,
    ] {
        let err = letter(&paid, kind, day, 10, &LetterOptions::default()).expect_err("paid");
        assert_eq!(
            (err.code(), err.field()),
            (inkasso::ErrorCode::NothingToCollect, Some("date")),
            "{kind:?}: {err}"
        );
    }
    let err = instalment_plan(
        &paid,
        &plan(json!({ "date": "2025-03-10", "firstDate": "2025-04-10", "count": 2 })),
        &PlanOptions::default(),
    )
    .expect_err("paid");
    assert_eq!(
        (err.code(), err.field()),
        (inkasso::ErrorCode::NothingToCollect, Some("plan.date"))
    );
    // A payment of that day that leaves something owed: the letter is sent, its fee charged.
    let mut part = base.clone();
    part.payments.push(inkasso::Payment {
        date: day,
        amount: inkasso::Money::parse("500.00").expect("amount"),
        invoice: None,
    });
    let l = letter(
        &part,
        inkasso::StepKind::Reminder,
        day,
        10,
        &LetterOptions::default(),
    )
    .expect("letter");
    assert!(l.total.is_positive());
}

/// The year-end review: a strict plan whose first instalment is already past the rate table
/// blamed its last instalment's move off a day off ("instalment 3 falls due on 2027-03-22,
/// moved from 2027-03-20"). The move is named only when it is why; the error is at `rates`
/// (the plan's date at `plan.date`).
#[test]
fn a_strict_plan_past_the_table_names_the_move_only_when_it_is_why() {
    use inkasso::plan::{instalment_plan, PlanOptions};
    let c = claim(
        json!({ "debtor": "consumer", "invoices": [{ "number": "C-1", "amount": "10000.00", "issueDate": "2026-10-17", "dueDate": "2026-11-16" }] }),
    );
    let strict = PlanOptions {
        strict_rates: true,
        ..PlanOptions::default()
    };
    let p = plan(json!({ "date": "2026-12-21", "firstDate": "2027-01-20", "count": 3 }));
    let err = instalment_plan(&c, &p, &strict).expect_err("past the table");
    assert_eq!(
        (err.code(), err.field(), err.message()),
        (
            inkasso::ErrorCode::RateNotCovered,
            Some("rates"),
            "no referensränta for 2027-01-01 (half-year 2027-H1): the table covers 2002-07-01 to 2026-12-31; pass that half-year's referensränta in `rates`"
        )
    );
    let late = plan(json!({ "date": "2027-01-11", "firstDate": "2027-01-20", "count": 3 }));
    let err = instalment_plan(&c, &late, &strict).expect_err("past the table");
    assert_eq!(
        (err.code(), err.field()),
        (inkasso::ErrorCode::RateNotCovered, Some("plan.date"))
    );
}

/// The field review: a first instalment on nyårsafton 2199, moved past the last supported
/// date, was blamed on `plan.count` ("give fewer instalments", of one) or on `plan.amount`
/// ("instalments of 2000.00 do not pay the claim", more than was owed). The first date is at
/// fault, whatever the sizing.
#[test]
fn a_first_instalment_moved_past_2199_blames_the_first_date() {
    use inkasso::plan::{instalment_plan, PlanOptions};
    let c = claim(
        json!({ "debtor": "business", "invoices": [{ "number": "1", "amount": "1000.00", "issueDate": "2199-01-02", "dueDate": "2199-02-01" }] }),
    );
    for sizing in [json!({ "count": 1 }), json!({ "amount": "2000" })] {
        let mut p = json!({ "date": "2199-06-01", "firstDate": "2199-12-31" });
        if let (Some(p), Some(s)) = (p.as_object_mut(), sizing.as_object()) {
            p.extend(s.clone());
        }
        let err = instalment_plan(&c, &plan(p), &PlanOptions::default()).expect_err("past 2199");
        assert_eq!(
            (err.code(), err.field(), err.message()),
            (
                inkasso::ErrorCode::InvalidPlan,
                Some("plan.firstDate"),
                "the first instalment would fall on 2200-01-02 (moved from 2199-12-31, a day off), after 2199-12-31, the last date the engine supports: give an earlier first date, or keep the claim's dates as written (shiftDueDate: false)"
            ),
            "{sizing}"
        );
    }
    // Kept as written, it falls on 2199-12-31 and pays the claim.
    let kept = claim(
        json!({ "debtor": "business", "shiftDueDate": false, "invoices": [{ "number": "1", "amount": "1000.00", "issueDate": "2199-01-02", "dueDate": "2199-02-01" }] }),
    );
    let s = instalment_plan(
        &kept,
        &plan(json!({ "date": "2199-06-01", "firstDate": "2199-12-31", "count": 1 })),
        &PlanOptions::default(),
    )
    .expect("plan");
    assert_eq!(s.instalments.len(), 1);
}

/// The diff review: a strict plan none of whose days of interest needs the table (an agreed
/// rate; an invoice whose interest starts the day after the plan, paid on it) is made; only
/// the per diem's day (which a schedule has not) was past the table, though the plan's date
/// is too.
#[test]
fn a_strict_plan_needing_no_referensranta_is_made() {
    // And an error's equality does not see the engine's per-diem mark (the second diff
    // review): the strict statement's refusal equals the same error made anew.
    let one = claim(json!({ "debtor": "consumer", "invoices": [
        { "number": "A", "amount": "1000.00", "issueDate": "2026-01-01", "dueDate": "2026-02-01" }] }));
    let e = inkasso::statement(
        &one,
        &inkasso::StatementOptions {
            strict_rates: true,
            ..inkasso::StatementOptions::new(time::macros::date!(2026 - 12 - 31))
        },
    )
    .expect_err("per diem");
    let field = e.field().map(str::to_owned).unwrap_or_default();
    assert_eq!(e, inkasso::Error::new(e.code(), e.message()).at(field));
    use inkasso::plan::{instalment_plan, PlanOptions};
    let c = claim(json!({ "debtor": "consumer", "invoices": [
        { "number": "F", "amount": "1000.00", "issueDate": "2026-10-01", "dueDate": "2026-11-01", "agreedRate": "12.00" },
        { "number": "R", "amount": "1000.00", "issueDate": "2026-12-01", "dueDate": "2027-01-12" }] }));
    let p = plan(json!({ "date": "2027-01-12", "firstDate": "2027-01-12", "count": 1 }));
    let strict = PlanOptions {
        strict_rates: true,
        ..PlanOptions::default()
    };
    let s = instalment_plan(&c, &p, &strict).expect("no day needs a referensränta");
    assert_eq!(s.instalments.len(), 1);
}

/// The second diff review: the per diem's day of a strict plan may lie before the table too
/// (interest from 2002-06-28, the plan on 2002-06-27): a schedule needs no per diem, so the
/// plan is made, as the lenient one is.
#[test]
fn a_strict_plan_whose_per_diem_is_before_the_table_is_made() {
    use inkasso::plan::{instalment_plan, PlanOptions};
    let c = claim(json!({ "debtor": "consumer", "invoices": [
        { "number": "F", "amount": "1000.00", "issueDate": "2002-05-01", "dueDate": "2002-06-01", "agreedRate": "12.00" },
        { "number": "R", "amount": "1000.00", "issueDate": "2002-05-01", "dueDate": "2002-06-27" }] }));
    let p = plan(json!({ "date": "2002-06-27", "firstDate": "2002-06-27", "count": 1 }));
    let lenient = instalment_plan(&c, &p, &PlanOptions::default()).expect("lenient");
    let strict = PlanOptions {
        strict_rates: true,
        ..PlanOptions::default()
    };
    let s = instalment_plan(&c, &p, &strict).expect("strict");
    assert_eq!(s.instalments, lenient.instalments);
}

/// A plan agreed before a business invoice falls due whose schedule leaves it unpaid at its due
/// date: the förseningsersättning is charged during the plan, part of its instalments, and a
/// warning at `plan` says so; a count with no equal split is refused for that reason, not as
/// "too small" (a review of instalment plans, stop 66: a 300 kr invoice became a 750 kr plan with
/// only NOT_OVERDUE said, and two instalments were refused as too small).
#[test]
fn a_plan_that_leaves_an_invoice_unpaid_at_its_due_date_says_what_it_adds() {
    use inkasso::plan::{instalment_plan, PlanOptions};
    let claim = claim(json!({
        "debtor": "business",
        "invoices": [{ "number": "1", "amount": "300.00", "issueDate": "2025-03-01", "dueDate": "2025-03-31" }]
    }));
    let s = instalment_plan(
        &claim,
        &plan(json!({ "date": "2025-03-20", "firstDate": "2025-03-25", "amount": "299.99" })),
        &PlanOptions::default(),
    )
    .expect("schedule");
    assert_eq!(s.total.to_string(), "750.00");
    let w: Vec<_> = s
        .warnings
        .iter()
        .filter(|w| w.code == WarningCode::LateFeeDuringPlan)
        .map(|w| (w.field(), w.text().en))
        .collect();
    assert_eq!(
        w,
        vec![(
            Some("plan".to_owned()),
            "Under the plan, invoice 1 is not paid in full when it falls due: late-payment compensation of SEK 450.00 is added on 2025-04-01 (lag 1981:739 4 a §) and is part of the plan's instalments. Paid by its due date, the invoice earns none.".to_owned()
        )]
    );
    // A first instalment that pays the invoice by its due date: none.
    let paid = instalment_plan(
        &claim,
        &plan(json!({ "date": "2025-03-20", "firstDate": "2025-03-25", "amount": "300.00" })),
        &PlanOptions::default(),
    )
    .expect("schedule");
    assert!(paid
        .warnings
        .iter()
        .all(|w| w.code != WarningCode::LateFeeDuringPlan));
    // Two equal instalments cannot be: the reason is the jump, not the claim's size.
    let e = instalment_plan(
        &claim,
        &plan(json!({ "date": "2025-03-20", "firstDate": "2025-03-25", "count": 2 })),
        &PlanOptions::default(),
    )
    .expect_err("no split");
    assert_eq!(e.field(), Some("plan.count"));
    assert!(
        e.to_string()
            .contains("no plan of that many instalments pays the claim"),
        "{e}"
    );
    // Overdue already on the plan's day: the fee is in what is owed at the start, not said.
    let late = instalment_plan(
        &claim,
        &plan(json!({ "date": "2025-04-10", "firstDate": "2025-04-25", "count": 2 })),
        &PlanOptions::default(),
    )
    .expect("schedule");
    assert!(late
        .warnings
        .iter()
        .all(|w| w.code != WarningCode::LateFeeDuringPlan));
}

/// Instalments that do not cover the interest between them are refused for that reason, not as
/// not paying the claim by 2199-12-31 (a review of instalment plans, stop 66: 1 000 kr a year
/// against about 1 200 kr of interest a year).
#[test]
fn an_amount_below_the_interest_of_its_interval_is_refused_as_such() {
    use inkasso::plan::{instalment_plan, PlanOptions};
    let claim = claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "12000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" }]
    }));
    let e = instalment_plan(
        &claim,
        &plan(json!({ "date": "2025-03-03", "firstDate": "2025-04-01", "amount": "1000", "intervalMonths": 12 })),
        &PlanOptions::default(),
    )
    .expect_err("never pays");
    assert_eq!(e.field(), Some("plan.amount"));
    let said = e.to_string();
    assert!(said.contains("instalments of 1000.00 do not cover the interest between them, so they never pay the claim: what is owed grows from"), "{said}");
    assert!(!said.contains("2199-12-31"), "{said}");
    // Monthly, the same amount pays it.
    assert!(instalment_plan(
        &claim,
        &plan(json!({ "date": "2025-03-03", "firstDate": "2025-04-01", "amount": "1000" })),
        &PlanOptions::default(),
    )
    .is_ok());
}

/// A plan recorded twice on its day is the plan made again: its fee once, and no "no fee for
/// another plan" said of it beside that fee (a review of instalment plans, stop 66).
#[test]
fn a_plan_recorded_twice_on_its_day_is_one_plan() {
    use inkasso::plan::{instalment_plan, PlanOptions};
    let claim = claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "1", "amount": "12000.00", "issueDate": "2025-01-01", "dueDate": "2025-01-31" }],
        "steps": [{ "kind": "paymentPlan", "date": "2025-03-20" }, { "kind": "paymentPlan", "date": "2025-03-20" }]
    }));
    let s = instalment_plan(
        &claim,
        &plan(json!({ "date": "2025-03-20", "firstDate": "2025-04-01", "count": 2 })),
        &PlanOptions::default(),
    )
    .expect("schedule");
    assert_eq!(s.plan_fee.to_string(), "170.00");
    assert!(
        s.warnings
            .iter()
            .all(|w| w.code != WarningCode::FeeAlreadyCharged),
        "{:?}",
        s.warnings
    );
}
