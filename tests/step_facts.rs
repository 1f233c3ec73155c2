//! What a taken step says: `fee: false` (no fee claimed), `paymentTermDays` (the term the
//! letter gave) and the `finalNotice` kind, through `statement`, `timeline`, `check` and
//! `limitation`. One row per case; every expectation is worked out by hand from DOMAIN.md
//! (dates checked against the calendar: 2025-03-14 is a Friday, 2025-04-01 a Tuesday).

mod common;

use inkasso::compliance::check;
use inkasso::limitation::{limitation, InterruptionKind};
use inkasso::policy::{Policy, PresetId};
use inkasso::timeline::{timeline, EntryKind, EntryStatus, TimelineOptions};
use inkasso::{statement, StatementOptions};
use serde_json::{json, Value};

fn claim_with(agreed: bool, steps: Value) -> inkasso::Claim {
    common::claim(json!({
        "debtor": "consumer",
        "reminderFeeAgreed": agreed,
        "invoices": [{ "number": "S1", "amount": "1000.00", "issueDate": "2025-02-12", "dueDate": "2025-03-14" }],
        "steps": steps,
    }))
    .expect("claim")
}

fn fees_of(claim: &inkasso::Claim, as_of: &str) -> Vec<(String, String, String)> {
    let s = statement(claim, &StatementOptions::new(common::date(as_of))).expect("statement");
    s.fee_lines
        .iter()
        .map(|l| {
            (
                l.kind.as_str().to_owned(),
                l.date.to_string(),
                l.amount.to_string(),
            )
        })
        .collect()
}

fn warning_codes(claim: &inkasso::Claim, as_of: &str) -> Vec<&'static str> {
    let s = statement(claim, &StatementOptions::new(common::date(as_of))).expect("statement");
    s.warnings.iter().map(|w| w.code.as_str()).collect()
}

fn finding_codes(claim: &inkasso::Claim) -> Vec<(&'static str, Option<usize>)> {
    check(claim, None)
        .expect("check")
        .iter()
        .map(|f| (f.code.as_str(), f.step))
        .collect()
}

#[test]
fn fee_false_charges_nothing_and_is_never_flagged() {
    struct Row {
        name: &'static str,
        agreed: bool,
        steps: Value,
        fees: &'static [(&'static str, &'static str, &'static str)],
        warnings: &'static [&'static str],
        findings: &'static [(&'static str, Option<usize>)],
    }
    let rows = [
        Row {
            name: "a fee-free reminder without agreement is lawful and silent",
            agreed: false,
            steps: json!([{ "kind": "reminder", "date": "2025-03-20", "fee": false }]),
            fees: &[],
            warnings: &[],
            findings: &[],
        },
        Row {
            name: "the same reminder not saying: no fee, a warning saying why, no finding (the fee is charged only where agreed)",
            agreed: false,
            steps: json!([{ "kind": "reminder", "date": "2025-03-20" }]),
            fees: &[],
            warnings: &["REMINDER_FEE_NOT_AGREED"],
            findings: &[],
        },
        Row {
            name: "the same reminder recording that it claimed its fee: no fee, a warning, an error finding",
            agreed: false,
            steps: json!([{ "kind": "reminder", "date": "2025-03-20", "fee": true }]),
            fees: &[],
            warnings: &["REMINDER_FEE_NOT_AGREED"],
            findings: &[("REMINDER_FEE_NOT_AGREED", Some(0))],
        },
        Row {
            name: "a fee-free first reminder does not use the claim's one reminder fee",
            agreed: true,
            steps: json!([
                { "kind": "reminder", "date": "2025-03-20", "fee": false },
                { "kind": "reminder", "date": "2025-04-03" }
            ]),
            fees: &[("reminderFee", "2025-04-03", "60.00")],
            warnings: &[],
            findings: &[],
        },
        Row {
            name: "a fee-free inkassokrav: no 180 kr",
            agreed: true,
            steps: json!([{ "kind": "collectionDemand", "date": "2025-03-20", "fee": false }]),
            fees: &[],
            warnings: &[],
            findings: &[],
        },
        Row {
            name: "a final notice earns no fee and says nothing",
            agreed: true,
            steps: json!([
                { "kind": "collectionDemand", "date": "2025-03-20", "paymentTermDays": 10 },
                { "kind": "finalNotice", "date": "2025-04-03", "paymentTermDays": 10 }
            ]),
            fees: &[("collectionFee", "2025-03-20", "180.00")],
            warnings: &[],
            findings: &[],
        },
    ];
    for row in rows {
        let claim = claim_with(row.agreed, row.steps);
        let got: Vec<(String, String, String)> = fees_of(&claim, "2025-05-01");
        let want: Vec<(String, String, String)> = row
            .fees
            .iter()
            .map(|(k, d, a)| ((*k).to_owned(), (*d).to_owned(), (*a).to_owned()))
            .collect();
        assert_eq!(got, want, "{}: fees", row.name);
        assert_eq!(
            warning_codes(&claim, "2025-05-01"),
            row.warnings,
            "{}: warnings",
            row.name
        );
        assert_eq!(
            finding_codes(&claim),
            row.findings,
            "{}: findings",
            row.name
        );
    }
}

#[test]
fn a_steps_own_term_decides_the_8_day_rule_and_the_payment_order_deadline() {
    // (steps, findings): demand 2025-04-01 (Tuesday).
    type Findings = &'static [(&'static str, Option<usize>)];
    let rows: [(Value, Findings); 5] = [
        // 5 days is under the 8-day minimum.
        (
            json!([{ "kind": "collectionDemand", "date": "2025-04-01", "paymentTermDays": 5 }]),
            &[("COLLECTION_TERM_TOO_SHORT", Some(0))],
        ),
        // 8 days is the minimum: lawful.
        (
            json!([{ "kind": "collectionDemand", "date": "2025-04-01", "paymentTermDays": 8 }]),
            &[],
        ),
        // Without a term the 8-day minimum is assumed: deadline 2025-04-09; an application on
        // 2025-04-10 is after it.
        (
            json!([
                { "kind": "collectionDemand", "date": "2025-04-01" },
                { "kind": "paymentOrder", "date": "2025-04-10" }
            ]),
            &[],
        ),
        // With 14 days the deadline is 2025-04-15: the same application is too early.
        (
            json!([
                { "kind": "collectionDemand", "date": "2025-04-01", "paymentTermDays": 14 },
                { "kind": "paymentOrder", "date": "2025-04-10" }
            ]),
            &[("PAYMENT_ORDER_BEFORE_DEADLINE", Some(1))],
        ),
        // On the deadline itself is still too early; the day after is lawful.
        (
            json!([
                { "kind": "collectionDemand", "date": "2025-04-01", "paymentTermDays": 14 },
                { "kind": "paymentOrder", "date": "2025-04-16" }
            ]),
            &[],
        ),
    ];
    for (steps, want) in rows {
        let claim = claim_with(true, steps.clone());
        assert_eq!(finding_codes(&claim), want, "{steps}");
    }
}

#[test]
fn the_timeline_keeps_a_taken_steps_term_and_kind() {
    // Reminder 2025-03-20 with 14 days → 2025-04-03 (Thursday); final notice 2025-05-05
    // (Monday) with 10 days → 2025-05-15 (Thursday).
    let claim = claim_with(
        true,
        json!([
            { "kind": "reminder", "date": "2025-03-20", "paymentTermDays": 14 },
            { "kind": "finalNotice", "date": "2025-05-05", "paymentTermDays": 10, "fee": false }
        ]),
    );
    let t = timeline(
        &claim,
        &Policy::preset(PresetId::Standard),
        &TimelineOptions::default(),
    )
    .expect("timeline");
    let taken: Vec<(EntryKind, String, Option<String>)> = t
        .entries
        .iter()
        .filter(|e| e.status == EntryStatus::Taken)
        .map(|e| {
            (
                e.kind,
                e.date.to_string(),
                e.deadline.map(|d| d.to_string()),
            )
        })
        .collect();
    assert_eq!(
        taken,
        [
            (
                EntryKind::Reminder,
                "2025-03-20".to_owned(),
                Some("2025-04-03".to_owned())
            ),
            (
                EntryKind::FinalNotice,
                "2025-05-05".to_owned(),
                Some("2025-05-15".to_owned())
            ),
        ]
    );
    // The final notice is the latest taken stage, but no inkassokrav was sent: a
    // betalningsföreläggande rests on one, so the projection sends it first, then goes on
    // with the payment order; no reminder or final notice again.
    let projected: Vec<EntryKind> = t
        .entries
        .iter()
        .filter(|e| e.status == EntryStatus::Projected)
        .map(|e| e.kind)
        .collect();
    assert_eq!(
        projected,
        [
            EntryKind::CollectionDemand,
            EntryKind::PaymentOrder,
            EntryKind::Enforcement
        ]
    );
    // The reminder's 60 kr is the only collection fee; the final notice adds none.
    let notice = t
        .entries
        .iter()
        .find(|e| e.kind == EntryKind::FinalNotice)
        .expect("final notice");
    assert!(notice.fees.is_empty() && notice.notes.is_empty());
}

#[test]
fn a_final_notice_interrupts_limitation() {
    let claim = claim_with(
        false,
        json!([{ "kind": "finalNotice", "date": "2025-05-05", "fee": false }]),
    );
    let l = limitation(&claim).expect("limitation");
    let first = &l.invoices[0];
    assert_eq!(
        first.interruption.as_ref().map(|i| i.kind),
        Some(InterruptionKind::FinalNotice)
    );
    // Consumer: 3 years from the interruption.
    assert_eq!(first.preskription_date.to_string(), "2028-05-05");
}

#[test]
fn step_facts_are_read_strictly() {
    let cases: [(Value, &str, &str); 10] = [
        (
            json!({ "kind": "reminder", "date": "2025-03-20", "paymentTermDays": -1 }),
            "INVALID_DAYS",
            "steps[0].paymentTermDays",
        ),
        (
            json!({ "kind": "reminder", "date": "2025-03-20", "paymentTermDays": 3651 }),
            "INVALID_DAYS",
            "steps[0].paymentTermDays",
        ),
        (
            json!({ "kind": "reminder", "date": "2025-03-20", "paymentTermDays": 2.5 }),
            "INVALID_DAYS",
            "steps[0].paymentTermDays",
        ),
        (
            json!({ "kind": "reminder", "date": "2025-03-20", "paymentTermDays": "10" }),
            "INVALID_TYPE",
            "steps[0].paymentTermDays",
        ),
        (
            json!({ "kind": "reminder", "date": "2025-03-20", "fee": "no" }),
            "INVALID_TYPE",
            "steps[0].fee",
        ),
        (
            json!({ "kind": "finalNotise", "date": "2025-03-20" }),
            "UNKNOWN_VARIANT",
            "steps[0].kind",
        ),
        // Only a letter to the debtor gives a term: one on Kronofogden's, the court's or the
        // debtor's step made a deadline whose ifPaid held the next steps' fees (a review).
        (
            json!({ "kind": "paymentOrder", "date": "2025-04-20", "paymentTermDays": 60 }),
            "UNKNOWN_FIELD",
            "steps[0].paymentTermDays",
        ),
        (
            json!({ "kind": "dispute", "date": "2025-04-20", "paymentTermDays": 10 }),
            "UNKNOWN_FIELD",
            "steps[0].paymentTermDays",
        ),
        (
            json!({ "kind": "courtAction", "date": "2025-04-20", "paymentTermDays": 0 }),
            "UNKNOWN_FIELD",
            "steps[0].paymentTermDays",
        ),
        (
            json!({ "kind": "paymentPlan", "date": "2025-04-20", "paymentTermDays": 30 }),
            "UNKNOWN_FIELD",
            "steps[0].paymentTermDays",
        ),
    ];
    for (step, code, field) in cases {
        let err = common::claim(json!({
            "debtor": "consumer",
            "invoices": [{ "number": "S1", "amount": "1000.00", "issueDate": "2025-02-12" }],
            "steps": [step.clone()],
        }))
        .expect_err("must fail");
        assert_eq!(
            (err.code().as_str(), err.field()),
            (code, Some(field)),
            "{step}"
        );
    }
    let ok = common::claim(json!({
        "debtor": "consumer",
        "invoices": [{ "number": "S1", "amount": "1000.00", "issueDate": "2025-02-12" }],
        "steps": [{ "kind": "finalNotice", "date": "2025-04-01", "paymentTermDays": 0, "fee": null }],
    }))
    .expect("ok");
    assert_eq!(ok.steps[0].payment_term_days, Some(0));
    assert_eq!(ok.steps[0].fee, None);
}

/// `fee: true` on a kind the act gives no fee for (a final notice, efterbevakning, the debtor's
/// dispute) is said, in the statement and by `check`; on a judgment it is the default (its
/// litigation costs are its `costs`). An integrator's review found the dispute's accepted
/// without a word.
#[test]
fn a_fee_claimed_for_a_kind_without_one_is_said() {
    for (kind, said) in [
        ("finalNotice", true),
        ("surveillance", true),
        ("dispute", true),
        ("judgment", false),
    ] {
        let c = claim_with(
            true,
            json!([{ "kind": kind, "date": "2025-03-20", "fee": true }]),
        );
        let warned = warning_codes(&c, "2025-04-01").contains(&"FEE_NOT_RECOVERABLE");
        let found = finding_codes(&c).contains(&("FEE_NOT_RECOVERABLE", Some(0)));
        assert_eq!((warned, found), (said, said), "{kind}");
        assert!(fees_of(&c, "2025-04-01").is_empty(), "{kind}");
    }
}

/// The words for a fee claimed on the debtor's dispute: no fee of lag 1981:739 is about the
/// debtor's own act (a Swedish legal review found "ingen ersättning för den (5 §)", the
/// creditor's other actions' paragraph, with the wrong pronoun for "bestridandet").
#[test]
fn a_fee_claimed_for_a_dispute_is_said_in_its_own_words() {
    let c = claim_with(
        true,
        json!([{ "kind": "dispute", "date": "2025-03-20", "fee": true }]),
    );
    let s = statement(&c, &StatementOptions::new(common::date("2025-04-01"))).expect("statement");
    let warning = s
        .warnings
        .iter()
        .find(|w| w.code.as_str() == "FEE_NOT_RECOVERABLE")
        .expect("warned")
        .text();
    assert_eq!(
        warning.sv,
        "Ingen avgift för bestridandet 2025-03-20: gäldenärens bestridande ger borgenären ingen ersättning."
    );
    assert_eq!(
        warning.en,
        "No fee for the dispute of 2025-03-20: the debtor's dispute earns the creditor no compensation."
    );
    let findings = check(&c, None).expect("check");
    let finding = findings
        .iter()
        .find(|f| f.code.as_str() == "FEE_NOT_RECOVERABLE")
        .expect("found")
        .text();
    assert_eq!(
        finding.sv,
        "Avgiften som togs ut för bestridandet 2025-03-20 ska tas bort: gäldenärens bestridande ger borgenären ingen ersättning."
    );
    // A final notice keeps the act's words.
    let c = claim_with(
        true,
        json!([{ "kind": "finalNotice", "date": "2025-03-20", "fee": true }]),
    );
    let s = statement(&c, &StatementOptions::new(common::date("2025-04-01"))).expect("statement");
    let said = s
        .warnings
        .iter()
        .find(|w| w.code.as_str() == "FEE_NOT_RECOVERABLE")
        .expect("warned")
        .text();
    assert!(
        said.sv.contains("ger ingen ersättning för den (5 §)"),
        "{}",
        said.sv
    );
}
