//! Helpers shared by the integration tests: build claims from the JSON shape of
//! `shared/cases` (through the same input path as JavaScript callers) and compute statements.
#![allow(dead_code)]

use inkasso::input::{read, ClaimInput, StatementOptionsInput};
use inkasso::warning::WarningCode;
use inkasso::{statement, Claim, Error, Statement};
use serde_json::Value;
use time::Date;

/// A claim from a JSON value in the `shared/cases` input shape (without `asOf`).
pub fn claim(input: Value) -> Result<Claim, Error> {
    read::<ClaimInput, _>(input).and_then(ClaimInput::into_claim)
}

/// The statement of `input` (a claim in the `shared/cases` shape, with `asOf` and optionally
/// `rates` / `strictRates`, which go to the statement options).
pub fn run(mut input: Value) -> Result<Statement, Error> {
    let object = input.as_object_mut().expect("input is an object");
    let mut options = serde_json::Map::new();
    for key in ["asOf", "rates", "strictRates"] {
        if let Some(v) = object.remove(key) {
            options.insert(key.to_owned(), v);
        }
    }
    let claim = claim(input)?;
    let options = read::<StatementOptionsInput, _>(Value::Object(options))
        .and_then(StatementOptionsInput::into_options)?;
    statement(&claim, &options.as_options())
}

/// The statement, which must be `Ok`.
pub fn ok(input: Value) -> Statement {
    match run(input.clone()) {
        Ok(s) => s,
        Err(e) => panic!("{e} for {input}"),
    }
}

/// `YYYY-MM-DD` → date (test data only).
pub fn date(text: &str) -> Date {
    inkasso::calendar::parse_date(text).expect("test date")
}

/// The warning codes of a statement, as their strings.
pub fn warning_codes(s: &Statement) -> Vec<&'static str> {
    s.warnings.iter().map(|w| w.code.as_str()).collect()
}

/// True when the statement has a warning `code` (optionally about `field`).
pub fn has_warning(s: &Statement, code: WarningCode, field: Option<&str>) -> bool {
    s.warnings
        .iter()
        .any(|w| w.code == code && (field.is_none() || w.field().as_deref() == field))
}

/// A policy from a JSON value (through the same input path as JavaScript callers).
pub fn policy(input: Value) -> inkasso::policy::Policy {
    read::<inkasso::policy::PolicyInput, _>(input)
        .and_then(inkasso::policy::PolicyInput::into_policy)
        .expect("policy")
}
