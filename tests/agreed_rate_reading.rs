//! What an agreed rate below räntelagen's means, said by debtor (stop 67). A legal review read
//! räntelagen 6 § andra stycket as SFS 2013:55 worded it: against a public body, a business's
//! term for a lower rate is without effect against the creditor. The warning used to say, for
//! every debtor alike, that such a term "may be" without effect between businesses or for a
//! public body; a consumer was told of rules that are not theirs. Each test fails on the code
//! before it.

mod common;

use common::date;
use inkasso::warning::{Facts, WarningCode};
use inkasso::{statement, StatementOptions};
use serde_json::json;

/// The `AGREED_RATE_BELOW_STATUTORY` warning of a 5 % invoice of `debtor`, due on `due`,
/// valued 60 days later: its facts' `void`, and its text (sv, en).
fn below(debtor: &str, due: &str) -> (bool, String, String) {
    let issue = date(due) - time::Duration::days(30);
    let c = common::claim(json!({
        "debtor": debtor, "lateFee": false,
        "invoices": [{ "number": "1", "amount": "10000.00", "issueDate": issue.to_string(), "dueDate": due, "agreedRate": "5" }]
    }))
    .expect("claim");
    let as_of = date(due) + time::Duration::days(60);
    let s = statement(&c, &StatementOptions::new(as_of)).expect("statement");
    let w = s
        .warnings
        .iter()
        .find(|w| w.code == WarningCode::AgreedRateBelowStatutory)
        .expect("the warning");
    let Facts::AgreedRateBelowStatutory { void, .. } = w.facts else {
        panic!("facts {:?}", w.facts)
    };
    let text = inkasso::text::warning(w);
    (void, text.sv, text.en)
}

#[test]
fn a_public_debtors_lower_rate_is_without_effect_against_the_creditor() {
    let (void, sv, en) = below("public", "2025-03-14");
    assert!(void);
    assert!(
        sv.contains("Den tillämpas här som avtalad (1 § andra stycket)."),
        "{sv}"
    );
    assert!(
        sv.contains("är ett sådant villkor dock utan verkan mot borgenären")
            && sv.contains("(6 § andra stycket, SFS 2013:55)"),
        "{sv}"
    );
    assert!(
        en.contains("without effect against the creditor")
            && en.contains("the creditor may claim the rate of 6 §"),
        "{en}"
    );
}

#[test]
fn before_2013_03_16_a_public_debtors_lower_rate_stands() {
    let (void, sv, _) = below("public", "2013-03-15");
    assert!(!void);
    assert!(
        sv.ends_with("Den tillämpas här som avtalad (1 § andra stycket)."),
        "{sv}"
    );
    let (void, _, _) = below("public", "2013-03-16");
    assert!(void);
}

#[test]
fn between_businesses_only_a_term_without_interest_is_void() {
    let (void, sv, en) = below("business", "2025-03-14");
    assert!(!void);
    assert!(
        sv.contains("befriar gäldenären från dröjsmålsränta (4 a §); en lägre ränta kan avtalas."),
        "{sv}"
    );
    assert!(!sv.contains("myndighet"), "{sv}");
    assert!(
        en.ends_with("a lower rate may be agreed. Check the term."),
        "{en}"
    );
}

#[test]
fn a_consumer_is_told_only_that_the_agreed_rate_is_applied() {
    let (void, sv, en) = below("consumer", "2025-03-14");
    assert!(!void);
    assert!(
        sv.ends_with("Den tillämpas här som avtalad (1 § andra stycket)."),
        "{sv}"
    );
    assert!(
        en.ends_with("It is applied here as agreed (1 § second paragraph)."),
        "{en}"
    );
}
