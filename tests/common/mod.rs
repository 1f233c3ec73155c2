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

/// The standard policy with the court path (a `dispute` goes to the tingsrätt).
pub fn court_policy() -> inkasso::policy::Policy {
    policy(serde_json::json!({ "preset": "standard", "court": {} }))
}

/// The projected entries of the timeline of `claim` under `policy` on `today`: (kind as the
/// JS API names it, date).
pub fn projected(
    claim: &Claim,
    policy: &inkasso::policy::Policy,
    today: &str,
) -> Vec<(String, String)> {
    let options = inkasso::timeline::TimelineOptions {
        today: Some(date(today)),
        ..inkasso::timeline::TimelineOptions::default()
    };
    inkasso::timeline::timeline(claim, policy, &options)
        .expect("timeline")
        .entries
        .into_iter()
        .filter(|e| e.status == inkasso::timeline::EntryStatus::Projected)
        .map(|e| {
            let kind = serde_json::to_value(e.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            (kind, e.date.to_string())
        })
        .collect()
}

/// The court fee lines (Kronofogden's and the tingsrätt's) of the statement of `claim` on
/// `as_of`: (kind as the JS API names it, amount).
pub fn court_fee_lines(claim: &Claim, as_of: &str) -> Vec<(String, String)> {
    let options = inkasso::statement::StatementOptions::new(date(as_of));
    let s = statement(claim, &options).expect("statement");
    let v = serde_json::to_value(&s).expect("statement as JSON");
    v["feeLines"]
        .as_array()
        .expect("fee lines")
        .iter()
        .filter_map(|f| Some((f["kind"].as_str()?, f["amount"].as_str()?)))
        .filter(|(kind, _)| kind.starts_with("court"))
        .map(|(kind, amount)| (kind.to_owned(), amount.to_owned()))
        .collect()
}

/// Helpers of the suites about titles and verkställighet years.
/// The timeline of `claim` under `policy` as seen on `today`.
pub fn timeline_on(
    claim: &Claim,
    policy: &inkasso::policy::Policy,
    today: &str,
) -> inkasso::timeline::Timeline {
    let options = inkasso::timeline::TimelineOptions {
        today: Some(date(today)),
        ..inkasso::timeline::TimelineOptions::default()
    };
    inkasso::timeline::timeline(claim, policy, &options).expect("timeline")
}

/// The projected entries of `kind` of `t`, in order.
pub fn projected_entries(
    t: &inkasso::timeline::Timeline,
    kind: inkasso::timeline::EntryKind,
) -> Vec<&inkasso::timeline::Entry> {
    t.entries
        .iter()
        .filter(|e| e.kind == kind && e.status == inkasso::timeline::EntryStatus::Projected)
        .collect()
}

pub mod stability;
pub mod titles;
