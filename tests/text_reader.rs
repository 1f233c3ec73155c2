//! The hand-written reader of the JS wrapper's text (`inkasso::input::reader`, what the wasm
//! module reads every argument with) against the serde derives of the native API
//! (`inkasso::input::read` over `serde_json`), on the same JSON text:
//!
//! - one row per case for its own words (codes, paths, messages);
//! - every worked case and fuzz-corpus claim, and thousands of mutations of a claim, options,
//!   a policy, a plan and a letter (wrong types, unknown and missing keys, bad names, odd
//!   numbers): the same value (compared by `Debug`), or the same error code and field path,
//!   and the same message except where a value of the wrong type is described (serde_json
//!   says `string "abc"`, the reader `a string`), and
//!   where serde_json reads a struct from an array (by position) or a name from an object,
//!   which the reader refuses (serde_json also says `expected value` of a name that is not a
//!   string);
//! - numbers kept as written turn into the digits Rust prints for the same `f64`.

// proptest is a native-only dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

mod prop_common;

use std::fmt::Debug;
use std::path::Path;

use inkasso::input::options::{LetterInput, TimelineOptionsInput, TotalsOptionsInput};
use inkasso::input::plan::PlanInput;
use inkasso::input::policy::PolicyInput;
use inkasso::input::reader::{read_text, ReadText, WrittenNumber};
use inkasso::input::{read, ClaimInput, NumberInput, StatementOptionsInput};
use prop_common::config_with_at_least;
use proptest::prelude::*;
use serde_json::{json, Value};

/// What reading `text` as `T` gave: the value's `Debug`, or the error's code, field, message.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    Value(String),
    Error {
        code: String,
        field: Option<String>,
        message: String,
    },
}

fn outcome<T: Debug>(result: inkasso::Result<T>) -> Outcome {
    match result {
        Ok(value) => Outcome::Value(format!("{value:?}")),
        Err(e) => Outcome::Error {
            code: e.code().as_str().to_owned(),
            field: e.field().map(str::to_owned),
            message: e.message().to_owned(),
        },
    }
}

fn by_reader<'a, T: ReadText<'a> + Debug>(text: &'a str) -> Outcome {
    outcome(read_text::<T>(text.as_bytes(), ""))
}

fn by_serde<T: serde::de::DeserializeOwned + Debug>(text: &str) -> Outcome {
    outcome(read::<T, _>(&mut serde_json::Deserializer::from_str(text)))
}

/// serde_json reads a struct from an array too (its fields by position), and a name from an
/// object (`{"name": …}`); the reader refuses both, as the JS API always has (what serde_json
/// makes of them, a value or a later error, is not compared).
fn by_serde_json_only(message: &str) -> bool {
    message == "invalid type: an array, expected an object"
        || (message.starts_with("invalid type: an object, expected ") && message.contains('`'))
}

/// The two readers agree on `text` read as `T` (see the module docs for what may differ).
fn agree<T>(text: &str) -> Result<(), String>
where
    T: serde::de::DeserializeOwned + for<'a> ReadText<'a> + Debug,
{
    let ours = by_reader::<T>(text);
    let theirs = by_serde::<T>(text);
    let same = match (&ours, &theirs) {
        (
            Outcome::Error {
                code: c1,
                field: f1,
                message: m1,
            },
            Outcome::Error {
                code: c2,
                field: f2,
                message: m2,
            },
        ) => {
            // serde_json's own words for a value of the wrong type ("expected value" for a
            // name that is not a string).
            let described = m2.starts_with("invalid type")
                || m2.starts_with("invalid value")
                || m2 == "expected value";
            by_serde_json_only(m1) || (c1 == c2 && f1 == f2 && (described || m1 == m2))
        }
        (Outcome::Error { message, .. }, Outcome::Value(_)) => by_serde_json_only(message),
        _ => ours == theirs,
    };
    if same {
        Ok(())
    } else {
        Err(format!("{text}\nreader: {ours:?}\nserde:  {theirs:?}"))
    }
}

#[test]
fn rows() {
    type Row = (&'static str, &'static str, &'static str, &'static str);
    // (JSON of a claim, code, field, message); "" code: read without error.
    let claims: &[Row] = &[
        (r#"{"debtor":"consumer","invoices":[]}"#, "", "", ""),
        (
            r#"{"debtor":"consumer"}"#,
            "MISSING_FIELD",
            "invoices",
            "missing field `invoices`",
        ),
        (
            r#"{"invoices":[],"zz":1}"#,
            "UNKNOWN_FIELD",
            "zz",
            "unknown field `zz`, expected one of `debtor`, `reminderFeeAgreed`, `lateFee`, `dayCount`, `shiftDueDate`, `agreedRate`, `agreedMargin`, `invoices`, `steps`, `payments`, `credits`",
        ),
        (
            r#"{"debtor":"person","invoices":[]}"#,
            "UNKNOWN_VARIANT",
            "debtor",
            "unknown variant `person`, expected one of `consumer`, `business`, `public`",
        ),
        (
            r#"{"debtor":5,"invoices":[]}"#,
            "INVALID_TYPE",
            "debtor",
            "invalid type: the number `5`, expected one of `consumer`, `business`, `public`",
        ),
        (
            r#"{"debtor":"consumer","invoices":[{"number":"1","amount":"1","issueDate":3.25}]}"#,
            "INVALID_TYPE",
            "invoices[0].issueDate",
            "invalid type: the number `3.25`, expected a string (a date is text: `\"2025-03-14\"`)",
        ),
        (
            r#"{"debtor":"consumer","invoices":{}}"#,
            "INVALID_TYPE",
            "invoices",
            "invalid type: an object, expected an array",
        ),
        // `null` is absent for every optional field (its default), and a wrong type for a
        // required one.
        (
            r#"{"debtor":"consumer","invoices":[],"reminderFeeAgreed":null,"steps":null,"payments":null,"credits":null}"#,
            "",
            "",
            "",
        ),
        (
            r#"{"debtor":"consumer","invoices":null}"#,
            "INVALID_TYPE",
            "invoices",
            "invalid type: null, expected an array",
        ),
        (
            r#"{"debtor":"consumer","invoices":[],"reminderFeeAgreed":0}"#,
            "INVALID_TYPE",
            "reminderFeeAgreed",
            "invalid type: the number `0`, expected a boolean",
        ),
        (
            r#"{"debtor":"consumer","invoices":[{"number":"1","amount":true,"issueDate":"x"}]}"#,
            "INVALID_TYPE",
            "invoices[0].amount",
            "invalid type: boolean `true`, expected a finite number or a string holding one",
        ),
        (
            r#"{"debtor":"consumer","invoices":[],"steps":[{"kind":"reminder","date":"2025-01-01","paymentTermDays":[]}]}"#,
            "INVALID_TYPE",
            "steps[0].paymentTermDays",
            "invalid type: an array, expected a whole number of days",
        ),
        (
            r#"{"debtor":"consumer","invoices":[{"number":"1","amount":"1"}]}"#,
            "MISSING_FIELD",
            "invoices[0].issueDate",
            "missing field `issueDate`",
        ),
        (
            r#"{"debtor":"consumer","invoices":[],"steps":[{"kind":"letter","date":"2025-01-01"}]}"#,
            "UNKNOWN_VARIANT",
            "steps[0].kind",
            "unknown variant `letter`, expected one of `reminder`, `collectionDemand`, `finalNotice`, `paymentPlan`, `paymentOrder`, `enforcement`, `dispute`, `courtAction`, `judgment`, `surveillance`",
        ),
        (
            r#"{"debtor":"consumer","invoices":[],"dayCount":"30/365"}"#,
            "UNKNOWN_VARIANT",
            "dayCount",
            "unknown variant `30/365`, expected one of `actual/actual`, `actual/365`, `30/360` (did you mean `30/360`?)",
        ),
        (
            r#"[1]"#,
            "INVALID_TYPE",
            "",
            "invalid type: an array, expected an object",
        ),
        // A key that is not an identifier is written as JS would index it, escaped as
        // JSON.stringify escapes it, so that the path reads as one key; a message is one line.
        (
            r#"{"debtor":"consumer","invoices":[],"k\u00e9\"y":1}"#,
            "UNKNOWN_FIELD",
            "[\"ké\\\"y\"]",
            "",
        ),
        (
            r#"{"debtor":"consumer","invoices":[{"number":"1","amount":"1","issueDate":"2025-01-01","amount.x":1}]}"#,
            "UNKNOWN_FIELD",
            "invoices[0][\"amount.x\"]",
            "",
        ),
        (
            r#"{"debtor":"consumer","invoices":[],"invoices[0]":1}"#,
            "UNKNOWN_FIELD",
            "[\"invoices[0]\"]",
            "",
        ),
        (
            r#"{"debtor":"consumer","invoices":[{"number":"1","amount":"1","issueDate":"2025-01-01","":1}]}"#,
            "UNKNOWN_FIELD",
            "invoices[0][\"\"]",
            "",
        ),
        (
            r#"{"debtor":"consumer","invoices":[],"a\bb\u2028c\u0085":1}"#,
            "UNKNOWN_FIELD",
            "[\"a\\bb\\u2028c\\u0085\"]",
            "unknown field `a\\bb\\u2028c\\u0085`, expected one of `debtor`, `reminderFeeAgreed`, `lateFee`, `dayCount`, `shiftDueDate`, `agreedRate`, `agreedMargin`, `invoices`, `steps`, `payments`, `credits`",
        ),
        (
            r#"{"debtor":"consumer","invoices":[],"a\nb\u0001":1}"#,
            "UNKNOWN_FIELD",
            "[\"a\\nb\\u0001\"]",
            "unknown field `a\\nb\\u0001`, expected one of `debtor`, `reminderFeeAgreed`, `lateFee`, `dayCount`, `shiftDueDate`, `agreedRate`, `agreedMargin`, `invoices`, `steps`, `payments`, `credits`",
        ),
        (
            r#"{"debtor":"consumer","invoices":[],"debtor":"business"}"#,
            "INVALID_TYPE",
            "",
            "duplicate field `debtor`",
        ),
    ];
    for (text, code, field, message) in claims {
        // The native (serde) path says the same, odd keys included.
        if text.contains("[{")
            || text.contains("\"k")
            || text.contains("\"a")
            || text.contains("[0]\"")
        {
            assert_eq!(
                by_serde::<ClaimInput>(text),
                by_reader::<ClaimInput>(text),
                "{text}"
            );
        }
        match (read_text::<ClaimInput>(text.as_bytes(), ""), *code) {
            (Ok(_), "") => {}
            (Ok(claim), _) => panic!("{text}: read {claim:?}, expected {code}"),
            (Err(e), _) => {
                assert_eq!(e.code().as_str(), *code, "{text}: {e}");
                assert_eq!(e.field().unwrap_or(""), *field, "{text}: {e}");
                if !message.is_empty() {
                    assert_eq!(e.message(), *message, "{text}");
                }
            }
        }
    }
}

/// `null` for an optional field is the field left out, read by serde as by the reader, in
/// every input with a default that is not `None` (`false`, no items, the default detail).
#[test]
fn null_is_absent_for_every_optional_field() {
    let with_nulls = r#"{"debtor":"consumer","invoices":[{"number":"1","amount":"5","issueDate":"2025-01-01","dueDate":null,"description":null}],"reminderFeeAgreed":null,"lateFee":null,"steps":null,"payments":null,"credits":null}"#;
    let without = r#"{"debtor":"consumer","invoices":[{"number":"1","amount":"5","issueDate":"2025-01-01"}]}"#;
    assert_eq!(
        by_reader::<ClaimInput>(with_nulls),
        by_reader::<ClaimInput>(without)
    );
    assert_eq!(
        by_serde::<ClaimInput>(with_nulls),
        by_serde::<ClaimInput>(without)
    );
    agree::<ClaimInput>(with_nulls).expect("serde and the reader agree");
    let options = r#"{"asOf":"2025-06-30","rates":null,"strictRates":null,"detail":null}"#;
    assert_eq!(
        by_serde::<StatementOptionsInput>(options),
        by_serde::<StatementOptionsInput>(r#"{"asOf":"2025-06-30"}"#)
    );
    agree::<StatementOptionsInput>(options).expect("serde and the reader agree");
    for required in [
        r#"{"debtor":null,"invoices":[]}"#,
        r#"{"debtor":"consumer","invoices":null}"#,
    ] {
        agree::<ClaimInput>(required).expect("serde and the reader agree");
        assert!(matches!(
            by_reader::<ClaimInput>(required),
            Outcome::Error { ref code, .. } if code == "INVALID_TYPE"
        ));
    }
}

/// Code, field and message of what reading and checking a claim gave.
fn claim_error(result: inkasso::Result<ClaimInput>) -> (String, Option<String>, String) {
    let e = result.and_then(ClaimInput::into_claim).unwrap_err();
    (
        e.code().as_str().to_owned(),
        e.field().map(str::to_owned),
        e.message().to_owned(),
    )
}

#[test]
fn numbers_are_shown_as_javascript_writes_them() {
    // A value of the wrong type: the number as JS writes it, never Rust's `5.0` or `inf`; the
    // native API (serde_json) says the same where JSON can write the number.
    for (text, shown, json) in [
        ("5", "5", true),
        ("-0", "-0", false),
        ("-0.0", "-0", true),
        ("5.5", "5.5", true),
        ("1e20", "100000000000000000000", true),
        ("100000000000000000000", "100000000000000000000", true),
        ("1e+21", "1e+21", true),
        ("1.5e-7", "1.5e-7", true),
        ("NaN", "NaN", false),
        ("Infinity", "Infinity", false),
        ("-Infinity", "-Infinity", false),
    ] {
        let message = format!("invalid type: the number `{shown}`, expected an object");
        let e = read_text::<StatementOptionsInput>(text.as_bytes(), "").unwrap_err();
        assert_eq!(
            (e.code().as_str(), e.message()),
            ("INVALID_TYPE", message.as_str())
        );
        if json {
            let native =
                read::<StatementOptionsInput, _>(&mut serde_json::Deserializer::from_str(text))
                    .unwrap_err();
            assert_eq!(native.message(), message, "{text}");
        }
    }
    // Amounts, rates and a step's payment term.
    let claim = |invoice: &str, step: &str| {
        format!(
            r#"{{"debtor":"consumer","invoices":[{{"number":"1","issueDate":"2025-01-01",{invoice}}}],"steps":[{{"kind":"reminder","date":"2025-03-01"{step}}}]}}"#
        )
    };
    let days = |shown: &str| {
        (
            "INVALID_DAYS",
            "steps[0].paymentTermDays",
            format!("{shown} days: a whole number from 0 to 3650 is expected"),
        )
    };
    for (text, json, (code, field, message)) in [
        (
            claim(r#""amount":Infinity"#, ""),
            false,
            (
                "INVALID_AMOUNT",
                "invoices[0].amount",
                "amount must be a finite number, got Infinity".to_owned(),
            ),
        ),
        (
            claim(r#""amount":NaN"#, ""),
            false,
            (
                "INVALID_AMOUNT",
                "invoices[0].amount",
                "amount must be a finite number, got NaN".to_owned(),
            ),
        ),
        (
            claim(r#""amount":"1","agreedRate":-Infinity"#, ""),
            false,
            (
                "INVALID_RATE",
                "invoices[0].agreedRate",
                "a rate must be a finite number, got -Infinity".to_owned(),
            ),
        ),
        (
            claim(r#""amount":"1""#, r#","paymentTermDays":-Infinity"#),
            false,
            days("-Infinity"),
        ),
        (
            claim(r#""amount":"1""#, r#","paymentTermDays":NaN"#),
            false,
            days("NaN"),
        ),
        (
            claim(r#""amount":"1""#, r#","paymentTermDays":2.5"#),
            true,
            days("2.5"),
        ),
        (
            claim(r#""amount":"1""#, r#","paymentTermDays":-1"#),
            true,
            days("-1"),
        ),
        (
            claim(r#""amount":"1""#, r#","paymentTermDays":4294967296"#),
            true,
            days("4294967296"),
        ),
        (
            claim(r#""amount":"1""#, r#","paymentTermDays":1e21"#),
            true,
            days("1e+21"),
        ),
        (
            claim(r#""amount":"1""#, r#","paymentTermDays":1e-7"#),
            true,
            days("1e-7"),
        ),
    ] {
        let want = (code.to_owned(), Some(field.to_owned()), message);
        assert_eq!(claim_error(read_text(text.as_bytes(), "")), want, "{text}");
        if json {
            let native = read::<ClaimInput, _>(&mut serde_json::Deserializer::from_str(&text));
            assert_eq!(claim_error(native), want, "{text}");
        }
    }
    // -0 days is 0 days (`JSON.stringify(-0)` is `0`).
    let zero = read_text::<ClaimInput>(
        claim(r#""amount":"1""#, r#","paymentTermDays":-0"#).as_bytes(),
        "",
    )
    .and_then(ClaimInput::into_claim)
    .unwrap();
    assert_eq!(zero.steps[0].payment_term_days, Some(0));
}

#[test]
fn lone_surrogates_are_refused_where_they_are() {
    // `JSON.stringify` writes a lone surrogate of a JS string as a `\u` escape: the string is
    // not Unicode text, and nothing is put in its place (two invoice numbers would be equal).
    let invoice = |number: &str| {
        format!(
            r#"{{"debtor":"consumer","invoices":[{{"number":"{number}","amount":"1","issueDate":"2025-01-01"}}]}}"#
        )
    };
    let lone = |unit: &str| {
        format!("the text is not valid Unicode (it contains a lone surrogate, U+{unit})")
    };
    let cases = [
        (invoice(r"\ud800"), "invoices[0].number", "D800"),
        (invoice(r"\udbff"), "invoices[0].number", "DBFF"),
        (invoice(r"X\udfff"), "invoices[0].number", "DFFF"),
        (invoice(r"\uDC00x"), "invoices[0].number", "DC00"),
        (invoice(r"\ud800x"), "invoices[0].number", "D800"),
        (invoice(r"\ud800\u0041"), "invoices[0].number", "D800"),
        (invoice(r"\ud800\ud800\udc00"), "invoices[0].number", "D800"),
        (invoice(r"\ud800\n"), "invoices[0].number", "D800"),
        (invoice(r"\ude00\ud83d"), "invoices[0].number", "DE00"),
        // A key: at the object holding it.
        (
            r#"{"debtor":"consumer","invoices":[],"x\ud800":1}"#.to_owned(),
            "",
            "D800",
        ),
        (
            r#"{"debtor":"consumer","invoices":[{"number":"1","amount":"1","issueDate":"2025-01-01","\udfffa":1}]}"#
                .to_owned(),
            "invoices[0]",
            "DFFF",
        ),
        // A name (an enum's) and a date.
        (
            r#"{"debtor":"consumer\ud800","invoices":[]}"#.to_owned(),
            "debtor",
            "D800",
        ),
        (
            r#"{"debtor":"consumer","invoices":[],"steps":[{"kind":"reminder","date":"2025-01-0\udc01"}]}"#
                .to_owned(),
            "steps[0].date",
            "DC01",
        ),
    ];
    for (text, field, unit) in &cases {
        let e = read_text::<ClaimInput>(text.as_bytes(), "").unwrap_err();
        assert_eq!(e.code().as_str(), "INVALID_TYPE", "{text}");
        assert_eq!(e.field().unwrap_or(""), *field, "{text}");
        assert_eq!(e.message(), lone(unit), "{text}");
        // The native API (serde_json) refuses it too, at the same field, in plain words.
        let native =
            read::<ClaimInput, _>(&mut serde_json::Deserializer::from_str(text)).unwrap_err();
        assert_eq!(native.code().as_str(), "INVALID_TYPE", "{text}");
        assert_eq!(native.field().unwrap_or(""), *field, "{text}");
        assert_eq!(
            native.message(),
            "the text is not valid Unicode (it contains a lone surrogate)",
            "{text}"
        );
    }
    // A surrogate pair is one character; literal UTF-8 reads as it is.
    for (number, read) in [
        (r"\ud83d\ude00", "\u{1F600}"),
        (r"\uD83D\uDE00!", "\u{1F600}!"),
        ("é😀", "é😀"),
        (r"a\u00e9\udbff\udfff", "aé\u{10FFFF}"),
    ] {
        let claim = read_text::<ClaimInput>(invoice(number).as_bytes(), "")
            .and_then(ClaimInput::into_claim)
            .unwrap();
        assert_eq!(claim.invoices[0].number, read, "{number}");
    }
}

#[test]
fn wrapper_values_and_whole_numbers() {
    // Values only the wrapper writes (JSON has none of them).
    let policy = |text: &str| {
        read_text::<PolicyInput>(text.as_bytes(), "")
            .map(|p| format!("{p:?}"))
            .map_err(|e| {
                (
                    e.code().as_str().to_owned(),
                    e.field().map(str::to_owned),
                    e.message().to_owned(),
                )
            })
    };
    let err = |code: &str, field: &str, message: &str| {
        Err((code.to_owned(), Some(field.to_owned()), message.to_owned()))
    };
    assert_eq!(
        policy(r#"{"reminder":{"daysAfterDue":"5"}}"#),
        err(
            "INVALID_TYPE",
            "reminder.daysAfterDue",
            "invalid type: a string, expected a whole number"
        )
    );
    // -0 is the whole number 0 (`JSON.stringify(-0)` is `0`).
    assert_eq!(
        policy(r#"{"reminder":{"daysAfterDue":-0}}"#),
        policy(r#"{"reminder":{"daysAfterDue":0}}"#)
    );
    assert_eq!(
        policy(r#"{"reminder":{"daysAfterDue":2.5}}"#),
        err(
            "INVALID_TYPE",
            "reminder.daysAfterDue",
            "invalid type: the number `2.5`, expected a whole number"
        )
    );
    assert_eq!(
        policy(r#"{"reminder":{"daysAfterDue":NaN}}"#),
        err(
            "INVALID_TYPE",
            "reminder.daysAfterDue",
            "invalid type: the number `NaN`, expected a whole number"
        )
    );
    assert_eq!(
        policy(r#"{"reminder":{"daysAfterDue":-Infinity}}"#),
        err(
            "INVALID_TYPE",
            "reminder.daysAfterDue",
            "invalid type: the number `-Infinity`, expected a whole number"
        )
    );
    assert_eq!(
        policy(r#"{"reminder":{"daysAfterDue":!bigint}}"#),
        err(
            "INVALID_TYPE",
            "reminder.daysAfterDue",
            "invalid type: a BigInt, expected a whole number"
        )
    );
    assert_eq!(
        policy(r#"{"reminder":{"daysAfterDue":!bigarray}}"#),
        err(
            "INVALID_TYPE",
            "reminder.daysAfterDue",
            "invalid type: an array, expected a whole number"
        )
    );
    // A whole number of any size reads, and is refused by the range check with the code and
    // message of any other number out of range, whatever the width of an integer type.
    let built = |text: &str| {
        read_text::<PolicyInput>(text.as_bytes(), "")
            .and_then(PolicyInput::into_policy)
            .map(|p| format!("{p:?}"))
            .map_err(|e| {
                (
                    e.code().as_str().to_owned(),
                    e.field().map(str::to_owned),
                    e.message().to_owned(),
                )
            })
    };
    for (days, message) in [
        ("3651", "3651 days: at most 3650 days are accepted"),
        (
            "2147483648",
            "2147483648 days: at most 3650 days are accepted",
        ),
        (
            "4294967296",
            "4294967296 days: at most 3650 days are accepted",
        ),
        (
            "9007199254740992",
            "9007199254740992 days: at most 3650 days are accepted",
        ),
        (
            "100000000000000000000",
            "100000000000000000000 days: at most 3650 days are accepted",
        ),
        ("1e21", "1e+21 days: at most 3650 days are accepted"),
        ("-1", "-1 days: a number of days cannot be negative"),
        (
            "-4294967296",
            "-4294967296 days: a number of days cannot be negative",
        ),
        (
            "-1e+300",
            "-1e+300 days: a number of days cannot be negative",
        ),
    ] {
        assert_eq!(
            built(&format!(r#"{{"reminder":{{"daysAfterDue":{days}}}}}"#)),
            err("INVALID_POLICY", "reminder.daysAfterDue", message),
            "{days}"
        );
        // The native API (serde) says the same.
        let native = read::<PolicyInput, _>(&mut serde_json::Deserializer::from_str(&format!(
            r#"{{"reminder":{{"daysAfterDue":{days}}}}}"#
        )))
        .and_then(PolicyInput::into_policy)
        .unwrap_err();
        assert_eq!(
            (native.code().as_str(), native.field(), native.message()),
            ("INVALID_POLICY", Some("reminder.daysAfterDue"), message),
            "{days}"
        );
        // A plan's count is a number of instalments, worded as such.
        let count = read::<PolicyInput, _>(&mut serde_json::Deserializer::from_str(&format!(
            r#"{{"paymentPlan":{{"count":{days}}}}}"#
        )))
        .and_then(PolicyInput::into_policy)
        .unwrap_err();
        assert_eq!(
            (count.code().as_str(), count.field()),
            ("INVALID_POLICY", Some("paymentPlan.count")),
            "{days}"
        );
        assert!(
            count
                .message()
                .ends_with(": the number of instalments must be 1 … 360"),
            "{}",
            count.message()
        );
    }
    assert!(
        policy(r#"{"reminder":{"daysAfterDue":9007199254740991},"enforcement":undefined}"#).is_ok()
    );
    // A letter's payment term: the same for every whole number out of range (the reader no
    // longer refuses one beyond the width of an integer type), and the same code and words as
    // a step's `paymentTermDays` (a review by a user, stop 50: it was INVALID_POLICY, and a
    // fraction INVALID_TYPE).
    for days in ["-1", "3651", "2147483648", "4294967296", "1e+21", "2.5"] {
        let message = format!("{days} days: a whole number from 0 to 3650 is expected");
        let text = format!(r#"{{"kind":"reminder","date":"2025-01-01","paymentTermDays":{days}}}"#);
        let letter = read_text::<LetterInput>(text.as_bytes(), "")
            .and_then(|l| l.term_days())
            .unwrap_err();
        assert_eq!(letter.code().as_str(), "INVALID_DAYS", "{days}");
        assert_eq!(letter.message(), message, "{days}");
        assert_eq!(letter.field(), Some("paymentTermDays"));
    }
    let term = |text: &str| {
        read_text::<LetterInput>(text.as_bytes(), "")
            .and_then(|l| l.term_days())
            .map_err(|e| (e.code().as_str().to_owned(), e.field().map(str::to_owned)))
    };
    assert_eq!(
        term(r#"{"kind":"reminder","date":"2025-01-01","paymentTermDays":-0}"#),
        Ok(0)
    );
    // The kind is checked first, as `letter` checks it.
    assert_eq!(
        term(r#"{"kind":"paymentOrder","date":"2025-01-01","paymentTermDays":4294967296}"#),
        Err(("UNKNOWN_VARIANT".to_owned(), Some("kind".to_owned())))
    );
    let fraction = read_text::<LetterInput>(
        br#"{"kind":"reminder","date":"2025-01-01","paymentTermDays":10.5}"#,
        "",
    )
    .and_then(|l| l.term_days())
    .unwrap_err();
    assert_eq!(
        (fraction.code().as_str(), fraction.message()),
        (
            "INVALID_DAYS",
            "10.5 days: a whole number from 0 to 3650 is expected"
        )
    );
    // Text is of the wrong type, as for a step's term.
    assert_eq!(
        term(r#"{"kind":"reminder","date":"2025-01-01","paymentTermDays":"10"}"#),
        Err((
            "INVALID_TYPE".to_owned(),
            Some("paymentTermDays".to_owned())
        ))
    );
}

/// A policy as `presets()` gives it (serialised `Policy`) reads back
/// as the same policy, by both readers; its `id` is checked, never chosen by.
#[test]
fn a_policy_passed_back_whole_is_the_same_policy() {
    use inkasso::policy::{Policy, PresetId};
    let built = |text: &str| -> [Outcome; 2] {
        [
            outcome(
                read_text::<PolicyInput>(text.as_bytes(), "").and_then(PolicyInput::into_policy),
            ),
            outcome(
                read::<PolicyInput, _>(&mut serde_json::Deserializer::from_str(text))
                    .and_then(PolicyInput::into_policy),
            ),
        ]
    };
    let customised = read::<PolicyInput, _>(&mut serde_json::Deserializer::from_str(
        r#"{"preset":"smsReminder","finalNotice":{},"fees":{"lateFee":false}}"#,
    ))
    .and_then(PolicyInput::into_policy)
    .unwrap();
    assert_eq!(customised.id, "custom");
    let mut policies: Vec<Policy> = PresetId::ALL.into_iter().map(Policy::preset).collect();
    policies.push(customised);
    for policy in policies {
        let text = serde_json::to_string(&policy).unwrap();
        let expected = Outcome::Value(format!("{policy:?}"));
        assert_eq!(built(&text), [expected.clone(), expected], "{text}");
    }
    // Overrides that change nothing leave the preset as it is.
    let same =
        built(r#"{"preset":"standard","reminder":{"daysAfterDue":5},"fees":{"lateFee":true}}"#);
    let standard = Outcome::Value(format!("{:?}", Policy::preset(PresetId::Standard)));
    assert_eq!(same, [standard.clone(), standard.clone()]);
    // `custom`, the preset's own id, and null are accepted; the labels are not read.
    for text in [
        r#"{"id":"custom"}"#,
        r#"{"id":"standard","preset":"standard"}"#,
        r#"{"id":null,"name":null,"description":null}"#,
        r#"{"name":{"sv":"Min egen"},"description":{}}"#,
    ] {
        assert_eq!(built(text), [standard.clone(), standard.clone()], "{text}");
    }
    // An id never chooses the preset: another preset's id, or any other, is refused at `id`.
    let refused = |message: &str| Outcome::Error {
        code: "INVALID_POLICY".to_owned(),
        field: Some("id".to_owned()),
        message: message.to_owned(),
    };
    let wrong = refused(
        r#""lawfulMinimum": the policy's preset is "standard", so its id is "standard" or "custom"; choose a preset with `preset`"#,
    );
    assert_eq!(built(r#"{"id":"lawfulMinimum"}"#), [wrong.clone(), wrong]);
    let other = refused(
        r#""Custom": the policy's preset is "remindersOnly", so its id is "remindersOnly" or "custom"; choose a preset with `preset`"#,
    );
    assert_eq!(
        built(r#"{"id":"Custom","preset":"remindersOnly"}"#),
        [other.clone(), other]
    );
    // A label's shape is checked as any other field's.
    for (text, code, field) in [
        (r#"{"name":{"fr":"x"}}"#, "UNKNOWN_FIELD", "name.fr"),
        (r#"{"name":"Standard"}"#, "INVALID_TYPE", "name"),
        (
            r#"{"description":{"sv":1}}"#,
            "INVALID_TYPE",
            "description.sv",
        ),
        (r#"{"id":5}"#, "INVALID_TYPE", "id"),
    ] {
        for result in built(text) {
            let Outcome::Error {
                code: c, field: f, ..
            } = &result
            else {
                panic!("{text}: {result:?}");
            };
            assert_eq!((c.as_str(), f.as_deref()), (code, Some(field)), "{text}");
        }
    }
}

#[test]
fn written_numbers_read_as_rust_prints_them() {
    for (written, display, integer) in [
        ("0", "0", Some(0)),
        ("-0", "-0", None),
        ("12500", "12500", Some(12500)),
        ("12500.5", "12500.5", None),
        ("0.1", "0.1", None),
        ("1e+21", "1000000000000000000000", None),
        ("1e21", "1000000000000000000000", None),
        ("1.5e-7", "0.00000015", None),
        ("2.5E3", "2500", Some(2500)),
        (
            "9007199254740991",
            "9007199254740991",
            Some(9_007_199_254_740_991),
        ),
        (
            "-9007199254740991",
            "-9007199254740991",
            Some(-9_007_199_254_740_991),
        ),
        ("9007199254740992", "9007199254740992", None),
        ("NaN", "NaN", None),
        ("Infinity", "inf", None),
        ("-Infinity", "-inf", None),
    ] {
        let n = WrittenNumber::new(written);
        assert_eq!(n.display(), display, "{written}");
        assert_eq!(n.safe_integer(), integer, "{written}");
    }
    // As JavaScript writes the number (`String(n)`), whatever text wrote it.
    for (written, described) in [
        ("5", "5"),
        ("5.0", "5"),
        ("-0", "-0"),
        ("-0.0", "-0"),
        ("0", "0"),
        ("5.5", "5.5"),
        ("-12.25", "-12.25"),
        ("100000000000000000000", "100000000000000000000"),
        ("1e20", "100000000000000000000"),
        ("123456789012345678901", "123456789012345678901"),
        ("1e21", "1e+21"),
        ("1e+21", "1e+21"),
        ("1000000000000000000000", "1e+21"),
        ("1.7976931348623157e+308", "1.7976931348623157e+308"),
        ("0.000001", "0.000001"),
        ("1e-6", "0.000001"),
        ("1.5e-7", "1.5e-7"),
        ("0.00000015", "1.5e-7"),
        ("5e-324", "5e-324"),
        ("-2.5E3", "-2500"),
        ("NaN", "NaN"),
        ("Infinity", "Infinity"),
        ("-Infinity", "-Infinity"),
    ] {
        assert_eq!(
            WrittenNumber::new(written).described(),
            described,
            "{written}"
        );
    }
    assert_eq!(
        NumberInput::Written("1e-7".into())
            .to_money()
            .unwrap_err()
            .message(),
        "more than two decimals: \"0.0000001\" (write amounts like \"12500.00\"): a JS number \
         from arithmetic (0.1 + 0.2)? Round it to öre first, Math.round(x * 100) / 100, or pass \
         the amount as a string"
    );
}

proptest! {
    #![proptest_config(config_with_at_least(2000))]

    /// Rust's `{:e}` writes an f64's shortest digits with an exponent (as JS does from 1e21 and
    /// below 1e-6); turned into plain digits they are what `{}` prints.
    #[test]
    fn exponent_forms_print_as_display(bits in any::<u64>()) {
        let v = f64::from_bits(bits);
        prop_assume!(v.is_finite());
        let display = format!("{v}");
        let exp = format!("{v:e}");
        prop_assert_eq!(WrittenNumber::new(&exp).display(), display.as_str(), "{}", exp);
        prop_assert_eq!(WrittenNumber::new(&display).display(), display.as_str());
        let integral = v.fract() == 0.0 && v.abs() <= 9_007_199_254_740_991.0 && !(v == 0.0 && v.is_sign_negative());
        #[allow(clippy::cast_possible_truncation)]
        let expected = integral.then_some(v as i64);
        prop_assert_eq!(WrittenNumber::new(&exp).safe_integer(), expected);
    }
}

/// The JSON claims of the worked cases and the fuzz corpus (their `input`, without `asOf`).
fn corpus_claims() -> Vec<Value> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in [root.join("../shared/cases"), root.join("tests/fuzz-corpus")] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.extension().and_then(|e| e.to_str()) != Some("json") {
                continue;
            }
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let Ok(mut value) = serde_json::from_str::<Value>(&text) else {
                continue;
            };
            if let Some(input) = value.get_mut("input") {
                value = input.take();
            }
            if let Some(object) = value.as_object_mut() {
                object.remove("asOf");
            }
            out.push(value);
        }
    }
    out
}

#[test]
fn corpus_reads_the_same() {
    let claims = corpus_claims();
    assert!(claims.len() >= 16, "{} claims", claims.len());
    for claim in claims {
        agree::<ClaimInput>(&claim.to_string()).unwrap();
    }
}

/// A value of any kind a mutation puts somewhere: every JSON kind, numbers both readers see
/// alike (JS-exact integers, shortest decimals, exponents, `-0`; not `5.0`, which serde_json
/// reads as a float and JS never writes), enum-like names right and
/// wrong, dates and amounts.
fn odd_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        (-5_000i64..5_000).prop_map(|n| json!(n)),
        prop_oneof![
            Just(0.5f64),
            Just(-0.0),
            Just(1e21),
            Just(1.5e-7),
            Just(12.345),
            Just(-3.25)
        ]
        .prop_map(|f| json!(f)),
        prop_oneof![
            Just("consumer"),
            Just("Consumer"),
            Just("reminder"),
            Just("collectionDemand"),
            Just("summary"),
            Just("standard"),
            Just("sms"),
            Just("2025-01-01"),
            Just("2025-02-30"),
            Just("12.50"),
            Just("1e5"),
            Just(""),
            Just("é`\"")
        ]
        .prop_map(|s| json!(s)),
        Just(json!([])),
        Just(json!([1, "a"])),
        Just(json!({})),
        Just(json!({"a": 1})),
    ]
}

/// A field name to add: right for some object, unknown, or odd.
fn odd_key() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("amount"),
        Just("date"),
        Just("kind"),
        Just("rates"),
        Just("daysAfter"),
        Just("zz"),
        Just("a`b"),
        Just("ké"),
        Just("__proto__")
    ]
    .prop_map(str::to_owned)
}

#[derive(Debug, Clone)]
enum Mutation {
    Replace(usize, Value),
    Remove(usize),
    Add(usize, String, Value),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), odd_value()).prop_map(|(at, v)| Mutation::Replace(at, v)),
        any::<usize>().prop_map(Mutation::Remove),
        (any::<usize>(), odd_key(), odd_value()).prop_map(|(at, k, v)| Mutation::Add(at, k, v)),
    ]
}

/// Every node of `value`, depth first (the root first).
fn count(value: &Value) -> usize {
    1 + match value {
        Value::Array(items) => items.iter().map(count).sum(),
        Value::Object(map) => map.values().map(count).sum(),
        _ => 0,
    }
}

/// The node numbered `at` (depth first, the root 0, modulo the count).
fn node(value: &mut Value, at: usize) -> &mut Value {
    fn walk<'v>(value: &'v mut Value, at: &mut usize) -> Option<&'v mut Value> {
        if *at == 0 {
            return Some(value);
        }
        *at -= 1;
        match value {
            Value::Array(items) => items.iter_mut().find_map(|v| walk(v, at)),
            Value::Object(map) => map.values_mut().find_map(|v| walk(v, at)),
            _ => None,
        }
    }
    let mut at = at % count(value);
    walk(value, &mut at).expect("a node numbered below the count")
}

fn apply(mut value: Value, mutations: &[Mutation]) -> Value {
    for m in mutations {
        match m {
            Mutation::Replace(at, v) => *node(&mut value, *at) = v.clone(),
            Mutation::Remove(at) => match node(&mut value, *at) {
                Value::Object(map) if !map.is_empty() => {
                    let key = map.keys().nth(*at % map.len()).cloned().unwrap_or_default();
                    map.remove(&key);
                }
                Value::Array(items) if !items.is_empty() => {
                    items.remove(*at % items.len());
                }
                _ => {}
            },
            Mutation::Add(at, key, v) => {
                if let Value::Object(map) = node(&mut value, *at) {
                    map.insert(key.clone(), v.clone());
                }
            }
        }
    }
    value
}

fn base_claim() -> Value {
    json!({
        "debtor": "business",
        "reminderFeeAgreed": true,
        "lateFee": true,
        "dayCount": "actual/365",
        "shiftDueDate": false,
        "agreedMargin": 10,
        "invoices": [
            {"number": "1", "amount": "1000.00", "issueDate": "2024-01-01", "dueDate": "2024-01-31"},
            {"number": "2", "amount": 250.5, "issueDate": "2024-02-01", "agreedRate": "12.5"}
        ],
        "steps": [
            {"kind": "reminder", "date": "2024-03-01", "paymentTermDays": 10, "fee": true},
            {"kind": "judgment", "date": "2024-09-01", "costs": "500"}
        ],
        "payments": [{"date": "2024-04-01", "amount": "100"}],
        "credits": [{"invoice": "1", "date": "2024-02-01", "amount": 50}]
    })
}

fn rates() -> Value {
    json!([{"from": "2030-01-01", "percent": 2.5, "status": "provisional", "source": "x"}])
}

proptest! {
    #![proptest_config(config_with_at_least(3000))]

    #[test]
    fn mutated_inputs_read_the_same(
        mutations in proptest::collection::vec(mutation(), 0..4),
        which in 0usize..7,
    ) {
        let result = match which {
            0 => agree::<ClaimInput>(&apply(base_claim(), &mutations).to_string()),
            1 => agree::<StatementOptionsInput>(
                &apply(json!({"asOf": "2025-01-01", "rates": rates(), "strictRates": true, "detail": "summary"}), &mutations).to_string(),
            ),
            2 => agree::<PolicyInput>(
                &apply(json!({
                    "id": "custom",
                    "name": {"sv": "Egen", "en": "Own"},
                    "description": {"sv": "Text", "en": "Text"},
                    "preset": "lawfulMinimum",
                    "reminder": {"daysAfterDue": 5, "paymentTermDays": 10, "channel": "email"},
                    "secondReminder": null,
                    "collectionDemand": {"daysAfter": 3, "paymentTermDays": 10},
                    "paymentOrder": {"daysAfter": 1},
                    "enforcement": {"assumedDecisionDays": 30, "daysAfterDecision": 1},
                    "paymentPlan": {"daysAfter": 1, "count": 3, "intervalMonths": 1},
                    "court": {"daysAfterDispute": 1, "assumedJudgmentDays": 100},
                    "surveillance": {"daysAfterEnforcement": 365},
                    "fees": {"reminderFee": true, "collectionFee": false, "lateFee": true, "interestOnFees": false, "feesOnTopOfLateFee": false}
                }), &mutations).to_string(),
            ),
            3 => agree::<PlanInput>(
                &apply(json!({"date": "2025-01-01", "firstDate": "2025-02-01", "count": 3, "intervalMonths": 1, "fee": false}), &mutations).to_string(),
            ),
            4 => agree::<LetterInput>(
                &apply(json!({"kind": "collectionDemand", "date": "2025-01-01", "paymentTermDays": 10, "rates": rates(), "strictRates": false}), &mutations).to_string(),
            ),
            5 => agree::<TimelineOptionsInput>(
                &apply(json!({"today": "2025-01-01", "horizon": "2027-01-01", "rates": rates(), "strictRates": false}), &mutations).to_string(),
            ),
            _ => agree::<TotalsOptionsInput>(
                &apply(json!({"rates": rates(), "strictRates": true}), &mutations).to_string(),
            ),
        };
        prop_assert!(result.is_ok(), "{}", result.unwrap_err());
    }
}
