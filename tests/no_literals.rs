//! Words at the edge, numbers in the tables: a check over the crate's own source.
//!
//! - Fee amounts are built with `Money::kr(..)` only in the dated tables of `src/fees.rs`.
//! - No string literal outside the tables states an amount in kronor (`60 kr`, `SEK 450`), a
//!   margin in percentage points or a period in years: texts take them from the tables.
//! - Sv/en texts are constructed (`Text::new`, `Text { .. }`) only in the catalogue,
//!   `src/text.rs`.
//!
//! Unit-test modules (`#[cfg(test)]` and after) are not checked.

use std::path::{Path, PathBuf};

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("src")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

/// The file without its unit-test module and without comments.
fn code_of(path: &Path) -> String {
    let text = std::fs::read_to_string(path).expect("source");
    let text = match text.find("#[cfg(test)]") {
        Some(at) => &text[..at],
        None => &text[..],
    };
    text.lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The string literals of `code` (plain `"…"` literals; good enough for this crate's style).
fn string_literals(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = code.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\'' {
            // A char literal such as '"' must not open a string.
            let mut lit = String::new();
            for d in chars.by_ref() {
                if d == '\'' {
                    break;
                }
                lit.push(d);
                if lit.len() > 4 {
                    break; // a lifetime, not a char literal
                }
            }
            continue;
        }
        if c != '"' {
            continue;
        }
        let mut lit = String::new();
        while let Some(d) = chars.next() {
            match d {
                '\\' => {
                    if let Some(e) = chars.next() {
                        lit.push('\\');
                        lit.push(e);
                    }
                }
                '"' => break,
                _ => lit.push(d),
            }
        }
        out.push(lit);
    }
    out
}

/// True when `text` has a number directly before `unit` (a space or no-break space between).
fn number_before(text: &str, unit: &str) -> bool {
    let mut from = 0;
    while let Some(at) = text[from..].find(unit) {
        let start = from + at;
        let before = text[..start].trim_end_matches([' ', '\u{a0}']);
        let gap = start - before.len();
        let after = &text[start + unit.len()..];
        let ends_word = after.chars().next().is_none_or(|c| !c.is_alphanumeric());
        if gap > 0 && ends_word && before.chars().last().is_some_and(|c| c.is_ascii_digit()) {
            return true;
        }
        from = start + unit.len();
    }
    false
}

#[test]
fn fee_amounts_live_only_in_the_fee_tables() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&root, &mut files);
    let mut found = Vec::new();
    for path in &files {
        let name = path
            .strip_prefix(&root)
            .expect("in src")
            .display()
            .to_string();
        let code = code_of(path);
        if name != "fees.rs" && code.contains("Money::kr(") {
            found.push(format!("{name}: Money::kr(..) outside the fee tables"));
        }
        for lit in string_literals(&code) {
            let says_amount = number_before(&lit, "kr")
                || lit.contains("SEK 0")
                || (1..=9).any(|d| lit.contains(&format!("SEK {d}")))
                || number_before(&lit, "procentenheter")
                || number_before(&lit, "points")
                || number_before(&lit, "år")
                || number_before(&lit, "years");
            if says_amount {
                found.push(format!(
                    "{name}: literal states a statutory number: {lit:?}"
                ));
            }
        }
    }
    assert!(found.is_empty(), "\n{}", found.join("\n"));
}

#[test]
fn texts_are_built_only_in_the_catalogue() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&root, &mut files);
    let mut found = Vec::new();
    for path in &files {
        let name = path
            .strip_prefix(&root)
            .expect("in src")
            .display()
            .to_string();
        if name == "text.rs" {
            continue;
        }
        // `-> Text {` (a method returning one) and the TS `interface Text {` build nothing.
        let code = code_of(path)
            .replace("-> Text {", "")
            .replace("interface Text {", "");
        for needle in ["Text::new(", "Text {"] {
            let standalone = code.match_indices(needle).any(|(at, _)| {
                code[..at]
                    .chars()
                    .last()
                    .is_none_or(|c| !(c.is_alphanumeric() || c == '_'))
            });
            if standalone {
                found.push(format!("{name}: {needle} outside src/text.rs"));
            }
        }
    }
    assert!(found.is_empty(), "\n{}", found.join("\n"));
}

#[test]
fn the_checks_catch_what_they_look_for() {
    // The scanner itself: a literal with an amount, and one without.
    assert!(number_before("avgift 60 kr", "kr"));
    assert!(number_before("avgift 60\u{a0}kr.", "kr"));
    assert!(!number_before("inkassokrav", "kr"));
    assert!(!number_before("kronor", "kr"));
    assert!(number_before("3 år", "år"));
    let lits = string_literals(r#"let a = "x \"60 kr\""; let c = '"'; let b = "y";"#);
    assert_eq!(lits, [r#"x \"60 kr\""#, "y"]);
}

/// The module docs of `compliance` list every finding code in their table (a Rust docs
/// review found four missing: `FEE_NOT_RECOVERABLE`, `RATE_ASSUMED`,
/// `LIMITATION_BEFORE_RECEIPT`, `LEGAL_ACTION_DURING_PLAN`).
#[test]
fn the_compliance_docs_list_every_finding_code() {
    let source = include_str!("../src/compliance.rs");
    let start = source
        .find("impl FindingCode {")
        .expect("FindingCode's impl");
    let end = start + source[start..].find("\n}\n").expect("its end");
    let codes: Vec<&str> = source[start..end]
        .lines()
        .filter_map(|line| line.split("=> \"").nth(1))
        .filter_map(|rest| rest.split('"').next())
        .collect();
    assert!(codes.len() >= 21, "the codes were not read: {codes:?}");
    for code in codes {
        assert!(
            source.contains(&format!("//! | `{code}` |")),
            "src/compliance.rs's table does not list {code}"
        );
    }
}
