//! Every input in `tests/fuzz-corpus/*.json` (crashes the fuzzer found, now fixed, and a small
//! minimized corpus) run through the fuzz harness: no panic, every invariant holds, and the
//! outcome is the one recorded in the file name's prefix (`ok-…` for a statement, `err-CODE-…`
//! for an input refused with that error code, `junk-…` for bytes that are not a claim at all).
//! See ROBUSTNESS.md.

mod fuzz_common;

use std::path::Path;

use fuzz_common::{check, Outcome};

#[test]
fn corpus_inputs_keep_their_outcome() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-corpus");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/fuzz-corpus")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 5, "the corpus is missing: {}", dir.display());
    let mut failures = Vec::new();
    for path in &paths {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default();
        let data = std::fs::read(path).expect("read");
        let outcome = std::panic::catch_unwind(|| check(&data));
        let got = match outcome {
            Ok(Outcome::Statement) => "ok".to_owned(),
            Ok(Outcome::Refused(code)) => format!("err-{code}"),
            Ok(Outcome::NotAPair) => "junk".to_owned(),
            Err(_) => {
                failures.push(format!("{name}: panicked"));
                continue;
            }
        };
        if !name.starts_with(&format!("{got}-")) {
            failures.push(format!("{name}: got {got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Names inputs for the corpus: `FUZZ_CLASSIFY=dir cargo test --test fuzz_regressions -- \
/// --ignored --nocapture` prints the outcome prefix of every file in `dir` (see ROBUSTNESS.md).
#[test]
#[ignore = "a tool for adding inputs to tests/fuzz-corpus, not a test"]
fn classify() {
    let Ok(dir) = std::env::var("FUZZ_CLASSIFY") else {
        return;
    };
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("dir")
        .map(|e| e.expect("entry").path())
        .collect();
    paths.sort();
    for path in paths {
        let data = std::fs::read(&path).expect("read");
        let got = match std::panic::catch_unwind(|| check(&data)) {
            Ok(Outcome::Statement) => "ok".to_owned(),
            Ok(Outcome::Refused(code)) => format!("err-{code}"),
            Ok(Outcome::NotAPair) => "junk".to_owned(),
            Err(_) => "PANIC".to_owned(),
        };
        println!("{got}\t{}", path.display());
    }
}
