//! What the property suites (`properties.rs`, `timeline_properties.rs`) share: the case count
//! convention and date arithmetic that never fails.

use proptest::test_runner::Config as ProptestConfig;
use time::{Date, Duration};

/// The proptest configuration: proptest's default (which honours `PROPTEST_CASES`), raised to
/// 10 000 cases when `INKASSO_LONG=1` (the "long mode", ROBUSTNESS.md).
pub fn config() -> ProptestConfig {
    let mut config = ProptestConfig::default();
    if std::env::var("INKASSO_LONG").is_ok_and(|v| v == "1") {
        config.cases = config.cases.max(10_000);
    }
    config
}

/// [`config`] with at least `cases` cases (a suite that promises a number of generated inputs
/// per run, whatever `PROPTEST_CASES` says).
#[allow(dead_code)]
pub fn config_with_at_least(cases: u32) -> ProptestConfig {
    let mut config = config();
    config.cases = config.cases.max(cases);
    config
}

/// `base` + `offset` days, or `base` where that leaves the calendar.
#[allow(dead_code)]
pub fn day(base: Date, offset: i64) -> Date {
    base.checked_add(Duration::days(offset)).unwrap_or(base)
}

/// Marks some of `claim`'s payments as made for one invoice (a destinerad betalning,
/// `Payment::invoice`), chosen from each payment's amount so that the strategies, and the
/// seeds persisted for them, draw as before: one payment in eight, for an invoice issued by
/// its day.
#[allow(dead_code)]
pub fn designate_some(claim: &mut inkasso::Claim) {
    let issued: Vec<(String, Date)> = claim
        .invoices
        .iter()
        .map(|i| (i.number.clone(), i.issue_date))
        .collect();
    if issued.is_empty() {
        return;
    }
    for payment in &mut claim.payments {
        let ore = payment.amount.ore().unsigned_abs();
        if ore % 8 != 1 {
            continue;
        }
        let k = usize::try_from(ore / 8).unwrap_or(0) % issued.len();
        if let Some((number, issue)) = issued.get(k) {
            if *issue <= payment.date {
                payment.invoice = Some(number.clone());
            }
        }
    }
}
