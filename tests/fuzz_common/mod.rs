//! The fuzz harness, shared by the cargo-fuzz target (`fuzz/fuzz_targets/statement.rs`) and the
//! regression suite (`tests/fuzz_regressions.rs`), so that a saved input is checked exactly as
//! the fuzzer checked it.
//!
//! An input is JSON: `{"claim": <Claim>, "options": <StatementOptions>}`. Both halves go through
//! the same path as the wasm API's `statement`: `inkasso::input::read` (with serde_path_to_error
//! and the coded errors) → `into_claim` / `into_options` → `inkasso::statement`. Bytes that are
//! not such a pair are ignored; an input error is fine; a panic or a broken invariant is a bug.

use inkasso::input::{read, ClaimInput, StatementOptionsInput};
use inkasso::statement::{Detail, Statement, StatementOptions};
use inkasso::Money;
use serde::Deserialize;
use serde_json::value::RawValue;

/// The two halves of an input, kept as raw JSON text so that each is read by its own
/// deserializer, the way the JS API reads its two arguments.
#[derive(Deserialize)]
struct Pair<'a> {
    #[serde(borrow)]
    claim: &'a RawValue,
    #[serde(borrow)]
    options: &'a RawValue,
}

/// What one input did.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Not a `{claim, options}` JSON object: nothing to check.
    NotAPair,
    /// Refused with an error code (validation or computation).
    Refused(&'static str),
    /// A statement, every invariant checked.
    Statement,
}

/// Runs one input through the API path and checks the invariants; panics on a broken one.
pub fn check(data: &[u8]) -> Outcome {
    let Ok(text) = core::str::from_utf8(data) else {
        return Outcome::NotAPair;
    };
    let Ok(pair) = serde_json::from_str::<Pair<'_>>(text) else {
        return Outcome::NotAPair;
    };
    let claim = read::<ClaimInput, _>(&mut serde_json::Deserializer::from_str(pair.claim.get()))
        .and_then(ClaimInput::into_claim);
    let options = read::<StatementOptionsInput, _>(&mut serde_json::Deserializer::from_str(
        pair.options.get(),
    ))
    .and_then(StatementOptionsInput::into_options);
    let (claim, options) = match (claim, options) {
        (Ok(c), Ok(o)) => (c, o),
        (Err(e), _) | (_, Err(e)) => return refused(&e),
    };
    // Whatever detail the input asks for, the full statement is checked, and the summary must
    // be the same statement without its interest lines (or the same error).
    let mut full_options = options.as_options();
    full_options.detail = Detail::Full;
    let summary_options = StatementOptions {
        detail: Detail::Summary,
        ..full_options
    };
    let full = inkasso::statement(&claim, &full_options);
    let summary = inkasso::statement(&claim, &summary_options);
    match (full, summary) {
        (Ok(s), Ok(summary)) => {
            invariants(&claim, &s);
            let mut expected = s;
            expected.interest_lines.clear();
            assert_eq!(
                summary, expected,
                "the summary differs from the full statement"
            );
            Outcome::Statement
        }
        (Err(e), Err(summary)) => {
            assert_eq!(e.code(), summary.code(), "the summary fails differently");
            refused(&e)
        }
        (full, summary) => panic!(
            "full and summary disagree: {:?} vs {:?}",
            full.map(|s| s.total),
            summary.map(|s| s.total)
        ),
    }
}

fn refused(e: &inkasso::Error) -> Outcome {
    // Every error has a code and a message; the message is what users see.
    assert!(!e.message().is_empty(), "an error without a message: {e:?}");
    Outcome::Refused(e.code().as_str())
}

fn sum(items: impl IntoIterator<Item = Money>) -> Money {
    Money::sum(items).expect("sums of valid amounts do not overflow")
}

/// The invariants of every statement.
pub fn invariants(claim: &inkasso::Claim, s: &Statement) {
    let zero = Money::ZERO;
    // total = capital + interest + fees
    assert_eq!(s.total, sum([s.capital, s.interest, s.fees]), "total");
    // No outstanding amount is negative. (Interest only when no rate is: a caller's rate table
    // may hold a referensränta down to −100 %, and then interest is negative.)
    let rates_nonnegative = s
        .interest_lines
        .iter()
        .all(|l| l.rate >= rust_decimal::Decimal::ZERO);
    for (what, m) in [
        ("capital", s.capital),
        ("fees", s.fees),
        ("credit", s.credit),
    ] {
        assert!(m >= zero, "{what} is negative: {m}");
    }
    if rates_nonnegative {
        assert!(s.interest >= zero, "interest is negative: {}", s.interest);
    }
    // The statement's capital and interest are the sums over its invoices.
    assert_eq!(
        s.capital,
        sum(s.invoices.iter().map(|i| i.capital)),
        "capital = Σ invoices"
    );
    assert_eq!(
        s.interest,
        sum(s.invoices.iter().map(|i| i.interest)),
        "interest = Σ invoices"
    );
    // Each payment is allocated exactly: fees + interest + capital + credit = amount.
    for a in &s.allocations {
        assert!(a.fees >= zero && a.interest >= zero && a.capital >= zero && a.credit >= zero);
        assert_eq!(
            sum([a.fees, a.interest, a.capital, a.credit]),
            a.amount,
            "allocation of payment {} is not conserved",
            a.payment
        );
    }
    assert_eq!(
        s.credit,
        sum(s.allocations.iter().map(|a| a.credit)),
        "credit = Σ credits"
    );
    // Money is conserved: what was charged (capital + interest lines + fee lines) minus what was
    // paid and kept (payments less their credit) is what is outstanding. An invoice issued after
    // `asOf` is not owed yet and is left out of the figures (`AFTER_AS_OF`; the fuzzer found
    // one, 2026-12-07).
    let charged = sum(claim
        .invoices
        .iter()
        .filter(|i| i.issue_date <= s.as_of)
        .map(|i| i.amount)
        .chain(s.interest_lines.iter().map(|l| l.amount))
        .chain(s.fee_lines.iter().map(|f| f.amount)));
    let kept = sum(s
        .allocations
        .iter()
        .map(|a| sum([a.fees, a.interest, a.capital])));
    assert_eq!(
        charged.checked_sub(kept).expect("difference"),
        s.total,
        "money is not conserved"
    );
    // Lines are well formed.
    for l in &s.interest_lines {
        assert!(
            l.from <= l.to && l.to <= s.as_of,
            "interest line outside its range"
        );
        assert!(l.days >= 0, "negative day count");
        assert!(
            l.rate < rust_decimal::Decimal::ZERO || l.amount >= zero,
            "negative interest line"
        );
    }
    assert!(s.allocations.iter().all(|a| a.date <= s.as_of));
    assert!(s
        .fee_lines
        .iter()
        .all(|f| f.date <= s.as_of && f.amount >= zero));
    // The result serialises (what the JS boundary does next).
    serde_json::to_string(s).expect("a statement serialises");
}
