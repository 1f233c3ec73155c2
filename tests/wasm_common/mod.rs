//! The boundary suite, shared by `wasm_node.rs` (Node) and `wasm_browser.rs` (headless
//! Chromium): every export, the shape of thrown errors, and round-trips of every type. The
//! exports take the texts the JS wrapper writes of its arguments (JSON, extended with `NaN`,
//! `undefined` and the like, see `src/input/reader.rs`), so the inputs here are written as such.

/// The exports as the tests call them: with the argument texts as `&str` (the exports take
/// their UTF-8 bytes, as the wrapper sends them).
mod wasm {
    use inkasso::wasm as exports;
    use wasm_bindgen::JsValue;

    pub use exports::ThrownError;
    type Result = core::result::Result<JsValue, ThrownError>;
    fn owned(text: Option<String>) -> Option<Vec<u8>> {
        text.map(String::into_bytes)
    }

    pub fn version() -> String {
        exports::version()
    }
    pub fn presets() -> Result {
        exports::presets()
    }
    pub fn statement(claim: &str, options: &str) -> Result {
        exports::statement(claim.as_bytes(), options.as_bytes())
    }
    pub fn statement_many(claims: &str, options: &str) -> Result {
        exports::statement_many(claims.as_bytes(), options.as_bytes())
    }
    pub fn reference_rate(date: &str, options: Option<String>) -> Result {
        exports::reference_rate(date.as_bytes(), owned(options))
    }
    pub fn reference_rates(options: Option<String>) -> Result {
        exports::reference_rates(owned(options))
    }
    pub fn holidays(year: &str) -> Result {
        exports::holidays(year.as_bytes())
    }
    pub fn next_bank_day(date: &str) -> Result {
        exports::next_bank_day(date.as_bytes())
    }
    pub fn timeline(claim: &str, policy: Option<String>, options: Option<String>) -> Result {
        exports::timeline(claim.as_bytes(), owned(policy), owned(options))
    }
    pub fn check(claim: &str, policy: Option<String>, options: Option<String>) -> Result {
        exports::check(claim.as_bytes(), owned(policy), owned(options))
    }
    pub fn limitation(claim: &str, options: Option<String>) -> Result {
        exports::limitation(claim.as_bytes(), owned(options))
    }
    pub fn letter(claim: &str, options: &str) -> Result {
        exports::letter(claim.as_bytes(), options.as_bytes())
    }
}
use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

/// Parses JSON text into a JS value (test inputs are written as JSON).
pub fn js(text: &str) -> JsValue {
    JSON::parse(text).unwrap_or_else(|_| panic!("bad test JSON: {text}"))
}

/// The statements in a statement export's text as the objects the JS wrapper makes of them,
/// without their texts (the lines' explanations and the warnings' texts, which the wrapper asks
/// `statementTexts` for when first read). The text: each statement's fields, each ended by
/// U+0001 (`asOf`, six amounts, then its five arrays: interest lines and allocations as one
/// JSON field each, fee lines, invoices and warnings as their count and their items' fields),
/// NUL, then each array written apart (`0` or `-` in the record), NUL-ended, in order.
pub fn statement_objects(result: &JsValue) -> Vec<JsValue> {
    let text = result.as_string().expect("a string");
    assert!(text.is_ascii(), "ASCII throughout");
    let mut parts = text.split('\0');
    let records = parts.next().expect("records");
    let mut fields = records.split('\u{1}');
    let mut statements = Vec::new();
    loop {
        let Some(as_of) = fields.next() else {
            panic!("the records end with a field's end");
        };
        if as_of.is_empty() && fields.clone().next().is_none() {
            break;
        }
        let head = js_sys::Object::new();
        let set = |key: &str, value: &JsValue| {
            Reflect::set(&head, &key.into(), value).expect("set");
        };
        set("asOf", &as_of.into());
        for key in ["capital", "interest", "fees", "total", "credit", "perDiem"] {
            set(key, &fields.next().expect("an amount").into());
        }
        for key in [
            "interestLines",
            "feeLines",
            "allocations",
            "invoices",
            "warnings",
        ] {
            let first = fields.next().expect("an array");
            let value = match key {
                "interestLines" | "allocations" => {
                    let rows = if first == "0" {
                        js(parts.next().expect("a part"))
                    } else {
                        js(first)
                    };
                    if key == "interestLines" {
                        interest_lines(&rows)
                    } else {
                        allocations(&rows)
                    }
                }
                _ if first == "-" => {
                    let part = parts.next().expect("a part");
                    let mut own = part.split('\u{1}');
                    let count = own.next().expect("a count");
                    let items = items(key, count, &mut own);
                    assert_eq!(own.next(), Some(""), "a part ends with a field's end");
                    assert_eq!(own.next(), None);
                    items
                }
                _ => items(key, first, &mut fields),
            };
            set(key, &value);
        }
        statements.push(head.into());
    }
    assert_eq!(parts.next(), Some(""), "every part ends with NUL");
    assert_eq!(parts.next(), None);
    statements
}

/// A text field: as it is, or a JSON string when it starts with `"`.
fn text_field(field: &str) -> JsValue {
    if field.starts_with('"') {
        js(field)
    } else {
        assert!(!field.is_empty(), "a text is never empty as it is");
        field.into()
    }
}

/// `count` fee lines, invoices or warnings (`key`) from `fields`, as the wrapper makes them.
fn items<'a>(key: &str, count: &str, fields: &mut impl Iterator<Item = &'a str>) -> JsValue {
    let count: usize = count.parse().expect("a count");
    let out = Array::new();
    let mut next = || fields.next().expect("a field");
    for _ in 0..count {
        let item = js_sys::Object::new();
        let set = |key: &str, value: JsValue| {
            Reflect::set(&item, &key.into(), &value).expect("set");
        };
        match key {
            "feeLines" => {
                set("kind", next().into());
                set("date", next().into());
                set("amount", next().into());
                set("unpaid", next().into());
                let invoice = next();
                if !invoice.is_empty() {
                    set("invoice", text_field(invoice));
                }
                let step = next();
                if !step.is_empty() {
                    set("step", JsValue::from_f64(step.parse().expect("a step")));
                }
                set("rule", text_field(next()));
            }
            "invoices" => {
                set("number", text_field(next()));
                for key in ["effectiveDueDate", "interestFrom", "capital", "interest"] {
                    set(key, next().into());
                }
            }
            _ => {
                set("code", next().into());
                for key in ["field", "halfYear"] {
                    let value = next();
                    if !value.is_empty() {
                        set(key, value.into());
                    }
                }
            }
        }
        out.push(&item);
    }
    out.into()
}

/// Interest lines from their rows (one flat array of 11 values a line, `invoice, from, to, days,
/// yearDays, base, rate, referenceRate, amount, rule, assumed (0/1)`; `0` for an invoice, base,
/// rate, referenceRate or rule that is the previous line's), as the wrapper builds them
/// (without their explanations).
fn interest_lines(values: &JsValue) -> JsValue {
    const KEYS: [&str; 10] = [
        "invoice",
        "from",
        "to",
        "days",
        "yearDays",
        "base",
        "rate",
        "referenceRate",
        "amount",
        "rule",
    ];
    const CARRIED: [usize; 5] = [0, 5, 6, 7, 9];
    let values: Vec<JsValue> = Array::from(values).iter().collect();
    let stride = 11;
    assert_eq!(values.len() % stride, 0, "whole rows");
    let lines = Array::new();
    let mut previous: Vec<JsValue> = vec![JsValue::UNDEFINED; KEYS.len()];
    for row in values.chunks(stride) {
        let line = js_sys::Object::new();
        for (i, key) in KEYS.iter().enumerate() {
            let mut value = row[i].clone();
            if CARRIED.contains(&i) && value.as_f64() == Some(0.0) {
                value = previous[i].clone();
            }
            previous[i] = value.clone();
            Reflect::set(&line, &(*key).into(), &value).expect("set");
        }
        if row[10].as_f64() == Some(1.0) {
            Reflect::set(&line, &"assumed".into(), &JsValue::TRUE).expect("set");
        }
        lines.push(&line);
    }
    lines.into()
}

/// Allocations from their rows (one flat array of 7 integers each: `payment, day, amount, fees,
/// interest, capital, credit`, the day counted from 1970-01-01 and the amounts in öre), as the
/// wrapper builds them.
fn allocations(values: &JsValue) -> JsValue {
    const KEYS: [&str; 7] = [
        "payment", "date", "amount", "fees", "interest", "capital", "credit",
    ];
    let values: Vec<i64> = Array::from(values)
        .iter()
        .map(|v| v.as_f64().expect("an integer") as i64)
        .collect();
    assert_eq!(values.len() % KEYS.len(), 0, "whole rows");
    let out = Array::new();
    for row in values.chunks(KEYS.len()) {
        let object = js_sys::Object::new();
        let date = time::Date::from_julian_day((row[1] + 2_440_588) as i32).expect("a day");
        let texts = [
            row[0].to_string(),
            format!(
                "{:04}-{:02}-{:02}",
                date.year(),
                u8::from(date.month()),
                date.day()
            ),
        ]
        .into_iter()
        .chain(row[2..].iter().map(|&ore| {
            let sign = if ore < 0 { "-" } else { "" };
            format!("{sign}{}.{:02}", ore.abs() / 100, ore.abs() % 100)
        }));
        for (i, (key, text)) in KEYS.iter().zip(texts).enumerate() {
            let value = if i == 0 {
                JsValue::from_f64(row[0] as f64)
            } else {
                JsValue::from_str(&text)
            };
            Reflect::set(&object, &(*key).into(), &value).expect("set");
        }
        out.push(&object);
    }
    out.into()
}

/// A single statement's result as an object.
pub fn statement_object(result: JsValue) -> JsValue {
    let mut all = statement_objects(&result);
    assert_eq!(all.len(), 1);
    all.remove(0)
}

/// The statement of `claim` on `options` (texts), as an object.
pub fn statement(claim: &str, options: &str) -> JsValue {
    statement_object(wasm::statement(claim, options).expect("statement"))
}

/// The JSON text of a JS value.
pub fn json(value: &JsValue) -> String {
    JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

/// `value[key]`.
pub fn get_value(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &key.into()).expect("a property")
}

/// `value[key]` as a string (`"<missing>"` when absent or not a string).
pub fn get(value: &JsValue, key: &str) -> String {
    Reflect::get(value, &key.into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| "<missing>".to_owned())
}

/// Unwraps a thrown error into `(name, code, field, isError)`.
pub fn thrown(
    result: Result<JsValue, wasm::ThrownError>,
) -> (String, String, Option<String>, bool) {
    let error: JsValue = match result {
        Ok(v) => panic!("expected an error, got {}", json(&v)),
        Err(e) => e.into(),
    };
    let field = Reflect::get(&error, &"field".into())
        .ok()
        .and_then(|v| v.as_string());
    (
        get(&error, "name"),
        get(&error, "code"),
        field,
        error.is_instance_of::<js_sys::Error>(),
    )
}

const CLAIM: &str = r#"{
  "debtor": "consumer", "reminderFeeAgreed": true,
  "invoices": [{ "number": "2025-118", "amount": "12500.00", "issueDate": "2025-02-12", "dueDate": "2025-03-14" }],
  "steps": [{ "kind": "reminder", "date": "2025-03-19" }, { "kind": "collectionDemand", "date": "2025-03-26" }]
}"#;

#[wasm_bindgen_test]
fn reference_rate_answers_from_the_table() {
    let r = wasm::reference_rate("\"2024-03-15\"", None).expect("rate");
    assert_eq!(get(&r, "referenceRate"), "4.00");
    assert_eq!(get(&r, "latePaymentRate"), "12.00");
    assert_eq!(get(&r, "halfYear"), "2024-H1");
    assert_eq!(get(&r, "validTo"), "2024-06-30");
    assert_eq!(get(&r, "status"), "confirmed");
    let negative = wasm::reference_rate("\"2017-03-01\"", Some("null".to_owned())).expect("rate");
    assert_eq!(get(&negative, "referenceRate"), "-0.50");
    assert_eq!(get(&negative, "latePaymentRate"), "7.50");
}

#[wasm_bindgen_test]
fn reference_rate_accepts_caller_rows() {
    let options = r#"{ "rates": [{ "from": "2027-01-01", "percent": "2.50" }] }"#.to_owned();
    let r = wasm::reference_rate("\"2027-02-01\"", Some(options)).expect("rate");
    assert_eq!(get(&r, "latePaymentRate"), "10.50");
}

#[wasm_bindgen_test]
fn reference_rate_errors_are_invoicing_errors() {
    for (date, code) in [
        ("\"2024-3-15\"", "INVALID_DATE"),
        ("\"2025-02-30\"", "INVALID_DATE"),
        ("\"0000-01-01\"", "DATE_OUT_OF_RANGE"),
        ("\"2001-01-01\"", "RATE_NOT_COVERED"),
        ("20240315", "INVALID_TYPE"),
        ("undefined", "INVALID_TYPE"),
    ] {
        let (name, got, field, is_error) = thrown(wasm::reference_rate(date, None));
        assert_eq!(name, "InvoicingError");
        assert!(is_error, "a real Error");
        assert_eq!(got, code);
        assert_eq!(field.as_deref(), Some("date"));
    }
}

#[wasm_bindgen_test]
fn reference_rates_lists_every_half_year() {
    let rows = wasm::reference_rates(None).expect("rows");
    let rows: Array = rows.into();
    assert!(rows.length() >= 49, "2002-H2 … 2026-H2");
    assert_eq!(get(&rows.get(0), "from"), "2002-07-01");
    assert_eq!(get(&rows.get(0), "referenceRate"), "4.50");
}

#[wasm_bindgen_test]
fn statement_round_trips_money_and_dates() {
    let s = statement(CLAIM, r#"{ "asOf": "2025-08-15" }"#);
    assert_eq!(get(&s, "total"), "13304.38");
    assert_eq!(get(&s, "interest"), "564.38");
    assert_eq!(get(&s, "fees"), "240.00");
    assert_eq!(get(&s, "perDiem"), "3.42");
    assert_eq!(get(&s, "asOf"), "2025-08-15");
    let lines: Array = Reflect::get(&s, &"interestLines".into())
        .expect("lines")
        .into();
    assert_eq!(lines.length(), 2);
    assert_eq!(get(&lines.get(0), "rate"), "11.00");
    assert_eq!(get(&lines.get(0), "from"), "2025-03-15");
}

#[wasm_bindgen_test]
fn numbers_are_accepted_exactly() {
    let claim = CLAIM.replace(r#""12500.00""#, "12500");
    let s = statement(&claim, r#"{ "asOf": "2025-08-15" }"#);
    assert_eq!(get(&s, "total"), "13304.38");
    let claim = CLAIM.replace(r#""12500.00""#, "0.1");
    let s = statement(&claim, r#"{ "asOf": "2025-03-14" }"#);
    assert_eq!(get(&s, "capital"), "0.10");
}

#[wasm_bindgen_test]
fn statement_errors_carry_code_and_field() {
    for (claim, code, field) in [
        (
            CLAIM.replace("\"debtor\"", "\"debtr\""),
            "UNKNOWN_FIELD",
            Some("debtr"),
        ),
        (
            CLAIM.replace("12500.00", "1e3"),
            "INVALID_AMOUNT",
            Some("invoices[0].amount"),
        ),
        (
            CLAIM.replace("12500.00", "12,50"),
            "INVALID_AMOUNT",
            Some("invoices[0].amount"),
        ),
        (
            CLAIM.replace("12500.00", "-5"),
            "AMOUNT_OUT_OF_RANGE",
            Some("invoices[0].amount"),
        ),
        (
            CLAIM.replace("2025-03-14", "2025-01-01"),
            "DUE_BEFORE_ISSUE",
            Some("invoices[0].dueDate"),
        ),
        (
            CLAIM.replace("\"consumer\"", "\"alien\""),
            "UNKNOWN_VARIANT",
            Some("debtor"),
        ),
        (
            CLAIM.replace("\"reminder\"", "\"nag\""),
            "UNKNOWN_VARIANT",
            Some("steps[0].kind"),
        ),
        ("[]".to_owned(), "INVALID_TYPE", Some("claim")),
        (
            r#"{"debtor":"consumer","invoices":[]}"#.to_owned(),
            "NO_INVOICES",
            Some("invoices"),
        ),
    ] {
        let (name, got, got_field, _) =
            thrown(wasm::statement(&claim, r#"{ "asOf": "2025-08-15" }"#));
        assert_eq!(name, "InvoicingError");
        assert_eq!(
            (got.as_str(), got_field.as_deref()),
            (code, field),
            "{claim}"
        );
    }
}

#[wasm_bindgen_test]
fn hostile_numbers_never_trap() {
    for bad in ["NaN", "Infinity", "-Infinity", "0.125", "1e-7", "-0.001"] {
        let claim = CLAIM.replace("\"12500.00\"", bad);
        let (_, code, field, _) = thrown(wasm::statement(&claim, r#"{"asOf":"2025-08-15"}"#));
        assert_eq!(code, "INVALID_AMOUNT", "{bad}");
        assert_eq!(field.as_deref(), Some("invoices[0].amount"));
    }
    // Values no input accepts, and text the wrapper never writes: errors, never a trap.
    for (bad, code) in [
        ("!bigint", "INVALID_TYPE"),
        ("!function", "INVALID_TYPE"),
        ("!symbol", "INVALID_TYPE"),
        // An amount takes no array, however long: the wrong type (a docs review).
        ("!bigarray", "INVALID_TYPE"),
        ("!manygetters", "INVALID_TYPE"),
        ("undefined", "INVALID_TYPE"),
        ("[1,2", "INVALID_TYPE"),
        // A lone surrogate is no text at all: refused as a wrong type, where it stands.
        ("\"\\ud800\"", "INVALID_TYPE"),
    ] {
        let claim = CLAIM.replace("\"12500.00\"", bad);
        let (_, got, field, _) = thrown(wasm::statement(&claim, r#"{"asOf":"2025-08-15"}"#));
        assert_eq!(
            (got.as_str(), field.as_deref()),
            (code, Some("invoices[0].amount")),
            "{bad}"
        );
    }
    let trailing = format!("{CLAIM} x");
    for truncated in ["", "{", "{\"debtor\"", "nul", "\"abc", &trailing] {
        let (_, got, _, _) = thrown(wasm::statement(truncated, r#"{"asOf":"2025-08-15"}"#));
        assert_eq!(got, "INVALID_TYPE", "{truncated}");
    }
    // The instance is still alive.
    let s = statement(CLAIM, r#"{ "asOf": "2025-08-15" }"#);
    assert_eq!(get(&s, "total"), "13304.38");
}

#[wasm_bindgen_test]
fn statement_many_prefixes_the_index() {
    let claims = format!("[{CLAIM}, {CLAIM}]");
    let chunks: Array = wasm::statement_many(&claims, r#"{ "asOf": "2025-08-15" }"#)
        .expect("statements")
        .into();
    assert_eq!(
        chunks.length(),
        3,
        "one chunk of two small statements (bytes) and its groups, then the ranges"
    );
    // The statements in groups, each written as `statement` writes its one: here one group
    // of two, from the start.
    let bytes = js_sys::Uint8Array::new(&chunks.get(0)).to_vec();
    let text = String::from_utf8(bytes).expect("UTF-8");
    let groups = js_sys::Uint32Array::new(&chunks.get(1)).to_vec();
    assert_eq!(groups, vec![0, 2], "(start, count) of each group");
    let all = statement_objects(&JsValue::from_str(&text));
    assert_eq!(all.len(), 2);
    assert_eq!(get(&all[1], "total"), "13304.38");
    // The last element: each claim's byte range in the argument, for its texts.
    let ranges: Vec<usize> = js_sys::Uint32Array::new(&chunks.get(2))
        .to_vec()
        .into_iter()
        .map(|n| n as usize)
        .collect();
    assert_eq!(ranges.len(), 4);
    for range in ranges.chunks(2) {
        assert_eq!(&claims[range[0]..range[1]], CLAIM.trim());
    }
    let own = &claims.as_bytes()[ranges[2]..ranges[3]];
    let texts = inkasso::wasm::statement_texts(own, br#"{ "asOf": "2025-08-15" }"#).expect("texts");
    let fees: Array = Reflect::get(&texts, &"feeLines".into())
        .expect("fees")
        .into();
    assert_eq!(
        fees.length(),
        Array::from(&get_value(&all[1], "feeLines")).length()
    );
    let warnings: Array = Reflect::get(&texts, &"warnings".into())
        .expect("warnings")
        .into();
    assert_eq!(
        warnings.length(),
        Array::from(&get_value(&all[1], "warnings")).length()
    );
    let bad = format!("[{CLAIM}, {}]", CLAIM.replace("12500.00", "x"));
    let (_, code, field, _) = thrown(wasm::statement_many(&bad, r#"{ "asOf": "2025-08-15" }"#));
    assert_eq!(
        (code.as_str(), field.as_deref()),
        ("INVALID_AMOUNT", Some("[1].invoices[0].amount"))
    );
}

#[wasm_bindgen_test]
fn summary_is_the_statement_without_interest_lines() {
    let full = statement(CLAIM, r#"{ "asOf": "2025-08-15" }"#);
    let summary = statement(CLAIM, r#"{ "asOf": "2025-08-15", "detail": "summary" }"#);
    let lines = Reflect::get(&full, &"interestLines".into()).expect("lines");
    assert!(Array::from(&lines).length() > 0);
    Reflect::set(&full, &"interestLines".into(), &Array::new()).expect("set");
    assert_eq!(json(&summary), json(&full));
    let (_, code, field, _) = thrown(wasm::statement(
        CLAIM,
        r#"{ "asOf": "2025-08-15", "detail": "short" }"#,
    ));
    assert_eq!(
        (code.as_str(), field.as_deref()),
        ("UNKNOWN_VARIANT", Some("detail"))
    );
}

#[wasm_bindgen_test]
fn calendar_exports() {
    let days: Array = wasm::holidays("2025").expect("holidays").into();
    assert_eq!(days.length(), 16);
    assert_eq!(get(&days.get(0), "date"), "2025-01-01");
    assert_eq!(get(&days.get(0), "nameSv"), "nyårsdagen");
    let next = wasm::next_bank_day("\"2025-12-24\"").expect("next");
    assert_eq!(next.as_string().as_deref(), Some("2025-12-29"));
    let (_, code, field, _) = thrown(wasm::holidays("1.5"));
    assert_eq!(
        (code.as_str(), field.as_deref()),
        ("DATE_OUT_OF_RANGE", Some("year"))
    );
    assert_eq!(wasm::version(), env!("CARGO_PKG_VERSION"));
}

#[wasm_bindgen_test]
fn presets_timeline_check_limitation_letter() {
    let presets: Array = wasm::presets().expect("presets").into();
    assert_eq!(presets.length(), 5);
    assert_eq!(get(&presets.get(0), "id"), "standard");

    let claim = CLAIM;
    let t = wasm::timeline(claim, Some(r#"{ "preset": "standard" }"#.to_owned()), None)
        .expect("timeline");
    let entries: Array = Reflect::get(&t, &"entries".into()).expect("entries").into();
    assert_eq!(get(&entries.get(0), "kind"), "due");
    assert_eq!(get(&entries.get(1), "status"), "taken");
    let last = entries.get(entries.length() - 1);
    assert_eq!(get(&last, "kind"), "enforcement");
    let final_value = Reflect::get(&t, &"final".into()).expect("final");
    assert_eq!(
        get(&final_value, "fees"),
        "1520.00",
        "60 + 180 + 300 + 380 + 600"
    );

    let findings: Array = wasm::check(claim, None, None).expect("check").into();
    assert_eq!(findings.length(), 0, "a clean history");
    let early = CLAIM.replace("2025-03-26", "2025-03-10");
    let findings: Array = wasm::check(&early, None, None).expect("check").into();
    assert_eq!(
        get(&findings.get(0), "code"),
        "COLLECTION_DEMAND_NOT_OVERDUE"
    );

    let l = wasm::limitation(claim, None).expect("limitation");
    assert_eq!(get(&l, "preskriptionDate"), "2028-03-26");
    // The caller's rows, read as every export reads `{ rates }`: refused at the row.
    let (_, code, field, _) = thrown(wasm::limitation(
        claim,
        Some(r#"{ "rates": [{ "from": "2027-02-01", "percent": "1.00" }] }"#.to_owned()),
    ));
    assert_eq!(
        (code.as_str(), field.as_deref()),
        ("INVALID_RATE_TABLE", Some("rates[0].from"))
    );
    // A payment after the table: valued with the last known rate assumed it pays A's interest
    // only, and B is time-barred after 2028-06-02 (check finds the reminder demanding it); with
    // the caller's rows (no dröjsmålsränta from 2027) it pays B's interest too, interrupting B.
    let late = r#"{ "debtor": "consumer", "invoices": [
        { "number": "A", "amount": "1000.00", "issueDate": "2025-05-02", "dueDate": "2025-06-02" },
        { "number": "B", "amount": "1000.00", "issueDate": "2025-06-02", "dueDate": "2025-07-02" } ],
        "payments": [{ "date": "2028-05-02", "amount": "200.00" }],
        "steps": [{ "kind": "reminder", "date": "2028-06-05", "fee": false }] }"#;
    let rows = r#"{ "rates": [{ "from": "2027-01-01", "percent": "-8.00" }, { "from": "2027-07-01", "percent": "-8.00" }, { "from": "2028-01-01", "percent": "-8.00" }] }"#;
    let assumed: Array = wasm::check(late, None, None).expect("check").into();
    assert_eq!(get(&assumed.get(0), "code"), "TIME_BARRED_DEMANDED");
    let given: Array = wasm::check(late, None, Some(rows.to_owned()))
        .expect("check")
        .into();
    assert_eq!(given.length(), 0, "B interrupted with the caller's rows");
    let l = wasm::limitation(late, Some(rows.to_owned())).expect("limitation");
    assert_eq!(get(&l, "preskriptionDate"), "2031-06-05");

    let letter = wasm::letter(
        claim,
        r#"{ "kind": "collectionDemand", "date": "2025-04-01", "paymentTermDays": 10 }"#,
    )
    .expect("letter");
    assert_eq!(get(&letter, "deadline"), "2025-04-11");

    let (_, code, field, _) = thrown(wasm::timeline(
        claim,
        Some(
            r#"{ "preset": "standard", "collectionDemand": { "paymentTermDays": -1 } }"#.to_owned(),
        ),
        None,
    ));
    assert_eq!(
        (code.as_str(), field.as_deref()),
        (
            "INVALID_POLICY",
            Some("policy.collectionDemand.paymentTermDays")
        )
    );
    let (_, code, field, _) = thrown(wasm::timeline(
        claim,
        Some(r#"{ "preset": "fastest" }"#.to_owned()),
        None,
    ));
    assert_eq!(
        (code.as_str(), field.as_deref()),
        ("UNKNOWN_VARIANT", Some("policy.preset"))
    );
    let (_, code, field, _) = thrown(wasm::letter(
        claim,
        r#"{ "kind": "collectionDemand", "date": "2025-04-01", "paymentTermDays": 5 }"#,
    ));
    assert_eq!(
        (code.as_str(), field.as_deref()),
        ("INVALID_DAYS", Some("paymentTermDays"))
    );
}
