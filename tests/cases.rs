//! The worked-case runner (../shared/cases/README.md): every `*.json` in the cases folder is one
//! claim with the statement it must produce, exact to the öre. The folder is `../shared/cases`
//! unless `INKASSO_CASES_DIR` names another one. A case the engine cannot take is a failure.

use std::path::{Path, PathBuf};

use inkasso::input::{read, ClaimInput, StatementOptionsInput};
use inkasso::statement;
use serde_json::{json, Value};

fn cases_dir() -> PathBuf {
    match std::env::var_os("INKASSO_CASES_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/cases"),
    }
}

/// Runs one case; returns the list of differences (empty when it passes).
fn run_case(case: &Value) -> Result<Vec<String>, String> {
    let mut input = case.get("input").cloned().ok_or("no `input`")?;
    let expected = case.get("expected").ok_or("no `expected`")?;
    let as_of = input
        .as_object_mut()
        .and_then(|o| o.remove("asOf"))
        .ok_or("no `input.asOf`")?;
    let claim = read::<ClaimInput, _>(input)
        .and_then(ClaimInput::into_claim)
        .map_err(|e| format!("claim rejected: {e}"))?;
    let options = read::<StatementOptionsInput, _>(json!({ "asOf": as_of }))
        .and_then(StatementOptionsInput::into_options)
        .map_err(|e| format!("options rejected: {e}"))?;
    let got = statement(&claim, &options.as_options()).map_err(|e| format!("engine error: {e}"))?;
    let got = serde_json::to_value(&got).map_err(|e| e.to_string())?;
    let mut diffs = Vec::new();
    let expected = expected.as_object().ok_or("`expected` is not an object")?;
    for (key, want) in expected {
        if key == "warnings" {
            check_warnings(want, got.get("warnings"), &mut diffs);
            continue;
        }
        let have = got.get(key).cloned().unwrap_or(Value::Null);
        compare(key, want, &have, &mut diffs);
    }
    Ok(diffs)
}

/// Compares only the fields `want` lists (the engine may return more).
fn compare(path: &str, want: &Value, have: &Value, diffs: &mut Vec<String>) {
    match (want, have) {
        (Value::Object(w), Value::Object(h)) => {
            for (k, wv) in w {
                compare(
                    &format!("{path}.{k}"),
                    wv,
                    h.get(k).unwrap_or(&Value::Null),
                    diffs,
                );
            }
        }
        (Value::Array(w), Value::Array(h)) => {
            if w.len() != h.len() {
                diffs.push(format!(
                    "{path}: expected {} entries, got {}:\n    expected {}\n    got      {}",
                    w.len(),
                    h.len(),
                    want,
                    strip(have, want)
                ));
                return;
            }
            for (i, (wv, hv)) in w.iter().zip(h).enumerate() {
                compare(&format!("{path}[{i}]"), wv, hv, diffs);
            }
        }
        _ if want == have => {}
        _ => diffs.push(format!("{path}: expected {want}, got {have}")),
    }
}

/// `have` limited to the keys of the first element of `want` (for readable diffs).
fn strip(have: &Value, want: &Value) -> Value {
    let keys: Vec<String> = want
        .as_array()
        .and_then(|a| a.first())
        .and_then(Value::as_object)
        .map(|o| o.keys().cloned().collect())
        .unwrap_or_default();
    match have {
        Value::Array(items) if !keys.is_empty() => Value::Array(
            items
                .iter()
                .map(|item| {
                    Value::Object(
                        keys.iter()
                            .filter_map(|k| item.get(k).map(|v| (k.clone(), v.clone())))
                            .collect(),
                    )
                })
                .collect(),
        ),
        other => other.clone(),
    }
}

/// Each `provisional:<half-year>` expected must be reported as a PROVISIONAL_RATE warning for
/// that half-year.
fn check_warnings(want: &Value, have: Option<&Value>, diffs: &mut Vec<String>) {
    let reported: Vec<String> = have
        .and_then(Value::as_array)
        .map(|ws| {
            ws.iter()
                .filter(|w| w.get("code") == Some(&json!("PROVISIONAL_RATE")))
                .filter_map(|w| w.get("halfYear").and_then(Value::as_str))
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    for w in want.as_array().into_iter().flatten() {
        let Some(text) = w.as_str() else { continue };
        if let Some(half_year) = text.strip_prefix("provisional:") {
            if !reported.iter().any(|r| r == half_year) {
                diffs.push(format!(
                    "warnings: expected a provisional-rate warning for {half_year}, got {reported:?}"
                ));
            }
        }
    }
}

#[test]
fn worked_cases_pass_to_the_ore() {
    let dir = cases_dir();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read the cases folder {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "no *.json cases in {}", dir.display());
    let mut failures = Vec::new();
    for path in &paths {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let result = std::fs::read_to_string(path)
            .map_err(|e| e.to_string())
            .and_then(|text| serde_json::from_str::<Value>(&text).map_err(|e| e.to_string()))
            .and_then(|case| run_case(&case));
        match result {
            Ok(diffs) if diffs.is_empty() => println!("case {name}: ok"),
            Ok(diffs) => {
                println!("case {name}: FAILED");
                for d in &diffs {
                    println!("  {d}");
                }
                failures.push(name);
            }
            Err(reason) => {
                println!("case {name}: FAILED ({reason})");
                failures.push(name);
            }
        }
    }
    println!("{} cases, {} failed", paths.len(), failures.len());
    assert!(failures.is_empty(), "failed cases: {failures:?}");
}
