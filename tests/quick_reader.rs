//! The quick claim reader (`inkasso::input::quick`, the wasm boundary's fast path) against the
//! general one (serde, then `ClaimInput::into_claim`): whenever the quick reader reads a claim,
//! that claim equals what the general reader makes of the same JSON, and it gives `None` for
//! everything the general reader refuses (the caller then reads the text again with the general
//! reader, whose error is the only one thrown). It also reads the common shapes (the benchmark
//! claim, the worked cases), so the fast path is taken where it matters.

// proptest is a native-only dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

mod prop_common;

use std::path::Path;

use inkasso::input::{quick, read, ClaimInput};
use prop_common::config_with_at_least;
use proptest::prelude::*;
use serde_json::{json, Map, Value};

/// The general reader's claim, or its error's code.
fn general(json: &str) -> Result<inkasso::Claim, String> {
    read::<ClaimInput, _>(&mut serde_json::Deserializer::from_str(json))
        .and_then(ClaimInput::into_claim)
        .map_err(|e| e.code().as_str().to_owned())
}

/// The quick reader never differs from the general one on `json`; `true` when it read it.
fn agrees(json: &str) -> Result<bool, TestCaseError> {
    let general = general(json);
    match quick::claim(json) {
        Some(claim) => {
            prop_assert_eq!(Ok(claim), general, "{}", json);
            Ok(true)
        }
        None => Ok(false),
    }
}

fn bench_claim() -> Value {
    let text =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("bench/claim-10y.json"))
            .expect("bench claim");
    let value: Value = serde_json::from_str(&text).expect("json");
    value["claim"].clone()
}

#[test]
fn reads_the_benchmark_claim_compact_and_pretty() {
    let claim = bench_claim();
    for json in [
        serde_json::to_string(&claim).expect("json"),
        serde_json::to_string_pretty(&claim).expect("json"),
    ] {
        assert!(agrees(&json).expect("agrees"), "{json}");
    }
}

#[test]
fn reads_every_worked_case_without_agreed_rates() {
    let dir = match std::env::var_os("INKASSO_CASES_DIR") {
        Some(dir) => dir.into(),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/cases"),
    };
    let mut read = 0;
    for entry in std::fs::read_dir(&dir).expect("cases dir") {
        let path = entry.expect("entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let case: Value =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("case")).expect("json");
        let mut input = case["input"].clone();
        input.as_object_mut().expect("object").remove("asOf");
        let json = serde_json::to_string(&input).expect("json");
        let common = !json.contains("agreed") && !json.contains("paymentTermDays");
        let quickly = agrees(&json).expect("agrees");
        assert!(
            quickly || !common,
            "{}: the quick reader left it",
            path.display()
        );
        read += usize::from(quickly);
    }
    assert!(read >= 5, "only {read} worked cases read quickly");
}

#[test]
fn leaves_what_it_does_not_handle_to_the_general_reader() {
    let base = r#"{"debtor":"consumer","invoices":[{"number":"1","amount":"100.00","issueDate":"2025-01-10"}]}"#;
    assert!(agrees(base).expect("agrees"));
    for json in [
        // A key twice (serde refuses it), an unknown key, a number amount, an escape.
        r#"{"debtor":"consumer","debtor":"business","invoices":[{"number":"1","amount":"100.00","issueDate":"2025-01-10"}]}"#,
        r#"{"debtor":"consumer","x":1,"invoices":[{"number":"1","amount":"100.00","issueDate":"2025-01-10"}]}"#,
        r#"{"debtor":"consumer","invoices":[{"number":"1","amount":100,"issueDate":"2025-01-10"}]}"#,
        r#"{"debtor":"consumer","invoices":[{"number":"1\"","amount":"100.00","issueDate":"2025-01-10"}]}"#,
        // An agreed rate, a payment term, a bad date, a bad amount, no invoices, trailing text.
        r#"{"debtor":"consumer","agreedRate":"10","invoices":[{"number":"1","amount":"100.00","issueDate":"2025-01-10"}]}"#,
        r#"{"debtor":"consumer","invoices":[{"number":"1","amount":"100.00","issueDate":"2025-01-10"}],"steps":[{"kind":"reminder","date":"2025-03-01","paymentTermDays":10}]}"#,
        r#"{"debtor":"consumer","invoices":[{"number":"1","amount":"100.00","issueDate":"2025-02-30"}]}"#,
        r#"{"debtor":"consumer","invoices":[{"number":"1","amount":"100.001","issueDate":"2025-01-10"}]}"#,
        r#"{"debtor":"consumer","invoices":[]}"#,
        r#"{"debtor":"consumer"}"#,
        r#"{"debtor":"consumer","invoices":[{"number":"1","amount":"100.00","issueDate":"2025-01-10"}]} x"#,
        // The wrapper's extended JSON: undefined, NaN, markers.
        r#"{"debtor":"consumer","lateFee":undefined,"invoices":[{"number":"1","amount":"100.00","issueDate":"2025-01-10"}]}"#,
        r#"{"debtor":"consumer","invoices":[{"number":"1","amount":NaN,"issueDate":"2025-01-10"}]}"#,
        r#"{"debtor":!bigint,"invoices":[{"number":"1","amount":"100.00","issueDate":"2025-01-10"}]}"#,
    ] {
        assert_eq!(quick::claim(json), None, "{json}");
    }
}

#[test]
fn leaves_lone_surrogates_to_the_general_reader() {
    // A `\u` escape of a lone surrogate (what `JSON.stringify` writes of one): the quick reader
    // leaves every escape to the general reader, which refuses it at the field; a proper pair
    // reads there too.
    let claim = |number: &str, key: &str| {
        format!(
            r#"{{"debtor":"consumer","invoices":[{{"number":"{number}","amount":"100.00","issueDate":"2025-01-10"{key}}}]}}"#
        )
    };
    for (json, field) in [
        (claim(r"\ud800", ""), "invoices[0].number"),
        (claim(r"X\udfff", ""), "invoices[0].number"),
        (claim("1", r#","x\ud800":1"#), "invoices[0]"),
    ] {
        assert_eq!(quick::claim(&json), None, "{json}");
        assert_eq!(quick::claim_prefix(&json), None, "{json}");
        let e = inkasso::input::reader::read_text::<ClaimInput>(json.as_bytes(), "").unwrap_err();
        assert_eq!(e.code().as_str(), "INVALID_TYPE", "{json}");
        assert_eq!(e.field(), Some(field), "{json}");
    }
    let pair = claim(r"\ud83d\ude00", "");
    assert_eq!(quick::claim(&pair), None);
    let read = inkasso::input::reader::read_text::<ClaimInput>(pair.as_bytes(), "")
        .and_then(ClaimInput::into_claim)
        .expect("a surrogate pair");
    assert_eq!(read.invoices[0].number, "\u{1F600}");
    assert_eq!(Ok(read), general(&pair));
}

#[test]
fn null_for_an_optional_field_reads_quickly_as_left_out() {
    let with_nulls = r#"{"debtor":"consumer","reminderFeeAgreed":null,"lateFee":null,"invoices":[{"number":"1","amount":"100.00","issueDate":"2025-01-10","dueDate":null}],"steps":null,"payments":null,"credits":null}"#;
    let without = r#"{"debtor":"consumer","invoices":[{"number":"1","amount":"100.00","issueDate":"2025-01-10"}]}"#;
    let read = quick::claim(with_nulls).expect("read quickly");
    assert_eq!(Some(read.clone()), quick::claim(without));
    assert_eq!(Ok(read), general(with_nulls));
}

#[test]
fn a_claim_at_the_start_of_an_array() {
    let one = r#"{"debtor":"consumer","invoices":[{"number":"1","amount":"100.00","issueDate":"2025-01-10"}]}"#;
    let text = format!("{one},{one}]");
    let (claim, len) = quick::claim_prefix(&text).expect("read");
    assert_eq!(len, one.len());
    assert_eq!(Ok(claim), general(one));
}

/// One of `good` (each ten times as likely as the rest), one of `bad`, or the key left out
/// (`None`).
fn one_of(good: Vec<Value>, bad: Vec<Value>) -> impl Strategy<Value = Option<Value>> {
    let (g, b) = (good.len(), bad.len());
    prop_oneof![
        10 * g as u32 => (0..g).prop_map(move |i| good.get(i).cloned()),
        1 => Just(None),
        b as u32 => (0..b.max(1)).prop_map(move |i| bad.get(i).cloned()),
    ]
}

fn date() -> impl Strategy<Value = Value> {
    prop_oneof![
        40 => (2015i32..2027, 1u32..13, 1u32..29)
            .prop_map(|(y, m, d)| json!(format!("{y:04}-{m:02}-{d:02}"))),
        1 => Just(json!("2025-02-30")),
        1 => Just(json!("20250101")),
        1 => Just(json!(20250101)),
    ]
}

fn amount() -> impl Strategy<Value = Value> {
    prop_oneof![
        40 => (1u64..5_000_000).prop_map(|c| json!(format!("{}.{:02}", c / 100, c % 100))),
        1 => (0u64..50_000).prop_map(|k| json!(k.to_string())),
        1 => Just(json!("0.00")),
        1 => Just(json!("-5.00")),
        1 => Just(json!("1e3")),
        1 => Just(json!("12.345")),
        1 => Just(json!(100.5)),
        1 => Just(json!(null)),
    ]
}

fn put(object: &mut Map<String, Value>, key: &str, value: Option<Value>) {
    if let Some(value) = value {
        object.insert(key.to_owned(), value);
    }
}

fn invoice() -> impl Strategy<Value = Value> {
    (
        one_of(
            vec![json!("F1"), json!("F2")],
            vec![json!("F\"3"), json!(7)],
        ),
        amount(),
        date(),
        proptest::option::of(prop_oneof![date(), Just(json!(null))]),
        one_of(vec![json!(null)], vec![json!("5.00"), json!(12)]),
        0u8..40,
    )
        .prop_map(|(number, amount, issue, due, rate, extra)| {
            let mut o = Map::new();
            put(&mut o, "number", number);
            o.insert("amount".into(), amount);
            o.insert("issueDate".into(), issue);
            put(&mut o, "dueDate", due);
            if extra == 0 {
                put(&mut o, "agreedRate", rate);
            } else if extra == 1 {
                o.insert("surprise".into(), json!(1));
            }
            Value::Object(o)
        })
}

fn step() -> impl Strategy<Value = Value> {
    (
        one_of(
            [
                "reminder",
                "collectionDemand",
                "finalNotice",
                "paymentPlan",
                "paymentOrder",
                "enforcement",
                "dispute",
            ]
            .iter()
            .map(|k| json!(k))
            .collect(),
            vec![json!("bogus")],
        ),
        date(),
        one_of(
            vec![json!(null), json!(true), json!(false)],
            vec![json!("no")],
        ),
        one_of(vec![json!(null), json!("300.00")], vec![json!("x")]),
        one_of(vec![json!(null)], vec![json!(10), json!(true)]),
        prop_oneof![date(), Just(json!(null)), Just(json!(true))],
        0u8..16,
    )
        .prop_map(|(kind, date, fee, costs, term, withdrawn, which)| {
            let mut o = Map::new();
            put(&mut o, "kind", kind);
            o.insert("date".into(), date);
            match which {
                0 => put(&mut o, "fee", fee),
                1 => put(&mut o, "costs", costs),
                2 => put(&mut o, "paymentTermDays", term),
                3 | 4 => put(&mut o, "withdrawn", Some(withdrawn.clone())),
                5 => put(&mut o, "furtherYear", fee),
                6 | 7 => put(&mut o, "ended", Some(withdrawn)),
                8 | 9 => put(&mut o, "groundless", fee),
                _ => {}
            }
            Value::Object(o)
        })
}

fn payment() -> impl Strategy<Value = Value> {
    (
        date(),
        amount(),
        one_of(
            vec![json!(null), json!("F1"), json!("F2")],
            vec![json!("X"), json!("F\"3"), json!(7)],
        ),
        0u8..3,
    )
        .prop_map(|(date, amount, invoice, which)| {
            let mut o = Map::new();
            o.insert("date".into(), date);
            o.insert("amount".into(), amount);
            // Most payments for no invoice in particular.
            if which == 0 {
                put(&mut o, "invoice", invoice);
            }
            Value::Object(o)
        })
}

fn credit() -> impl Strategy<Value = Value> {
    (
        one_of(vec![json!("F1"), json!("F2")], vec![json!("X")]),
        date(),
        amount(),
    )
        .prop_map(|(invoice, date, amount)| {
            let mut o = Map::new();
            put(&mut o, "invoice", invoice);
            o.insert("date".into(), date);
            o.insert("amount".into(), amount);
            Value::Object(o)
        })
}

fn claim() -> impl Strategy<Value = Value> {
    let flags = (
        one_of(
            vec![json!("consumer"), json!("business"), json!("public")],
            vec![json!("x"), json!(5)],
        ),
        one_of(vec![json!(true), json!(false), json!(null)], vec![json!(0)]),
        one_of(
            vec![json!(null), json!(true), json!(false)],
            vec![json!("x")],
        ),
        one_of(
            vec![
                json!(null),
                json!("actual/actual"),
                json!("actual/365"),
                json!("30/360"),
            ],
            vec![json!("x")],
        ),
        one_of(vec![json!(null), json!(true), json!(false)], vec![]),
        one_of(vec![json!(null)], vec![json!("8.00")]),
    );
    let lists = (
        proptest::collection::vec(invoice(), 1..3),
        proptest::collection::vec(step(), 0..3),
        proptest::collection::vec(payment(), 0..3),
        proptest::collection::vec(credit(), 0..2),
        0u8..30,
    );
    (flags, lists).prop_map(
        |(
            (debtor, agreed_fee, late, count, shift, rate),
            (invoices, steps, payments, credits, leave),
        )| {
            let mut o = Map::new();
            put(&mut o, "debtor", debtor);
            put(&mut o, "reminderFeeAgreed", agreed_fee);
            put(&mut o, "lateFee", late);
            put(&mut o, "dayCount", count);
            put(&mut o, "shiftDueDate", shift);
            if leave == 0 {
                put(&mut o, "agreedMargin", rate);
            }
            if leave != 1 {
                o.insert("invoices".into(), Value::Array(invoices));
            }
            // `null` for a list is no items, in both readers.
            if leave == 3 {
                o.insert("steps".into(), json!(null));
            } else {
                o.insert("steps".into(), Value::Array(steps));
            }
            if leave == 4 {
                o.insert("payments".into(), json!(null));
            } else {
                o.insert("payments".into(), Value::Array(payments));
            }
            if leave == 2 {
                o.insert("credits".into(), json!(null));
            } else {
                o.insert("credits".into(), Value::Array(credits));
            }
            if leave == 5 {
                o.insert("credits".into(), json!(7));
            }
            Value::Object(o)
        },
    )
}

proptest! {
    // Some 6 % of the generated claims are valid and read quickly; the rest (refused, or left
    // to the general reader) check that the quick reader gives them up.
    #![proptest_config(config_with_at_least(4_000))]

    /// Whatever the quick reader reads equals the general reader's claim, compact or pretty.
    #[test]
    fn never_differs_from_the_general_reader(claim in claim()) {
        agrees(&serde_json::to_string(&claim).expect("json"))?;
        agrees(&serde_json::to_string_pretty(&claim).expect("json"))?;
    }
}

/// The generated claims are not all left to the general reader (the property above would hold
/// vacuously): a fixed sample is read quickly often enough.
#[test]
fn the_property_is_not_vacuous() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let (mut quick_reads, mut total) = (0, 0);
    for _ in 0..2_000 {
        let value = claim().new_tree(&mut runner).expect("tree").current();
        let json = serde_json::to_string(&value).expect("json");
        total += 1;
        if agrees(&json).expect("agrees") {
            quick_reads += 1;
        }
    }
    assert!(
        quick_reads * 20 >= total,
        "{quick_reads} of {total} read quickly"
    );
}
